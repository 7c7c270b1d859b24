"""A corpus file's bytes → its title and its blocks (domain.RawBlock), in document order.

One reader per format, chosen by the file's suffix. Every block's text is NFC (text.normalize) with its
whitespace folded to single spaces; empty blocks are dropped. What each format marks is kept:

- docx: paragraphs and tables in document order; the Title style → heading_level 0, "Heading N" (or a
  localised name, or the style chain's outline level) → N; Word numbering or a List style → item.
- md: "#" headings, list items (each its own block; "1." / "a)" labels kept, bullets dropped), paragraphs
  between blank lines with wrapped lines joined, inline markup stripped.
- html: h1–h6 → heading_level, li → item; text between nested blocks is kept.
- txt: paragraphs between blank lines; inside one, a line opening with an item marker or a heading-like line
  (roman numeral, "Phần/Chương/Mục …", short ALL-CAPS) starts a new block, and a heading-like line ends it.
- pdf: text runs with their position and size (pypdf's visitor_text) → lines → paragraphs by layout; see
  _pdf_blocks. Falls back to extract_text() lines when the visitor yields nothing.

Problems the user can act on raise errors.DocumentError with a Vietnamese reason.
"""

from __future__ import annotations

import codecs
import io
import logging
import math
import re
import statistics
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import RawBlock
from app.errors import DocumentError
from app.settings import Settings
from app.text import normalize

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")


@dataclass(frozen=True)
class DocumentLimits:
    """How big one document may be (settings max_document_chars / max_document_paragraphs)."""

    max_chars: int = Settings.model_fields["max_document_chars"].default
    max_paragraphs: int = Settings.model_fields["max_document_paragraphs"].default

    @classmethod
    def from_settings(cls, settings: Settings) -> DocumentLimits:
        return cls(settings.max_document_chars, settings.max_document_paragraphs)


def read_blocks(
    path: Path,
    data: bytes,
    source: str,
    limits: DocumentLimits | None = None,
    warnings: list[str] | None = None,
) -> tuple[str | None, list[RawBlock]]:
    """The document's title (None when the file states none) and its blocks, in document order.

    A document over `limits` is refused, before parsing when its size tells (text length, a docx's
    uncompressed XML), else right after. What the reader had to repair is appended to `warnings`."""
    suffix = path.suffix.lower()
    limits = limits or DocumentLimits()
    if suffix not in SUFFIXES:
        raise DocumentError(
            source,
            f"định dạng {suffix or '(không có đuôi)'} không được hỗ trợ (chỉ nhận {', '.join(SUFFIXES)})",
        )
    if not data.strip():
        raise DocumentError(source, "tệp rỗng")
    if suffix == ".docx":
        _check_docx_size(data, source, limits)
    try:
        if suffix in (".txt", ".md", ".html", ".htm"):
            text = decode_bytes(data, source, warnings)
            # markup is not text: an html page may hold several times its text in tags
            budget = limits.max_chars * (HTML_MARKUP_FACTOR if suffix in (".html", ".htm") else 1)
            if len(text) > budget:
                raise DocumentError(source, _too_many_chars(len(text), limits))
        if suffix == ".txt":
            title, blocks = None, _txt_blocks(text)
        elif suffix == ".md":
            title, blocks = _md_blocks(text)
        elif suffix == ".docx":
            title, blocks = _docx_blocks(data)
        elif suffix == ".pdf":
            title, blocks = _pdf_blocks(data, source)
        else:
            title, blocks = _html_blocks(text)
    except DocumentError:
        raise
    except Exception as exc:  # parsers raise many types for corrupt files; the user needs the file + reason
        log.info("%s: parser error %s: %s", source, type(exc).__name__, exc)
        reason = (
            "tệp hỏng hoặc không đọc được: hãy mở và lưu lại tệp (bằng Word hoặc trình đọc PDF) rồi thêm lại"
        )
        raise DocumentError(source, reason) from exc
    blocks = [b for b in blocks if b.text]
    if not blocks:
        raise DocumentError(source, "không có văn bản nào đọc được (tệp quét ảnh hoặc rỗng?)")
    if len(blocks) > limits.max_paragraphs:
        raise DocumentError(
            source,
            f"tài liệu quá dài: {_n(len(blocks))} đoạn, giới hạn là {_n(limits.max_paragraphs)} đoạn "
            f"(DUTHAO_MAX_DOCUMENT_PARAGRAPHS): {SPLIT_ADVICE}",
        )
    chars = sum(len(b.text) for b in blocks)
    if chars > limits.max_chars:
        raise DocumentError(source, _too_many_chars(chars, limits))
    return (_fold(title) or None) if title else None, blocks


# Limits that can be checked before parsing. Word writes 5–15 bytes of XML per character of text (runs,
# properties, revision marks); 25 leaves room for heavily formatted documents and still refuses a zip bomb
# (a 0.9 MB docx expanding to 200 MB of XML) before python-docx builds it in memory.
DOCX_XML_BYTES_PER_CHAR = 25
# styles, themes, headers and pictures: python-docx reads every part, but none of them grows with the text
DOCX_OTHER_PARTS_BYTES = 100 * 1024 * 1024
HTML_MARKUP_FACTOR = 4
SPLIT_ADVICE = "hãy tách thành nhiều tệp nhỏ hơn"


def _n(value: int) -> str:
    """A count as Vietnamese write it: 2.000.000."""
    return f"{value:,}".replace(",", ".")


def _too_many_chars(chars: int, limits: DocumentLimits) -> str:
    return (
        f"tài liệu quá dài: {_n(chars)} ký tự, giới hạn là {_n(limits.max_chars)} ký tự "
        f"(DUTHAO_MAX_DOCUMENT_CHARS): {SPLIT_ADVICE}"
    )


def _check_docx_size(data: bytes, source: str, limits: DocumentLimits) -> None:
    """Refuse a docx whose parts would expand past the limits, from the sizes its zip directory declares
    (zipfile never inflates a part past its declared size, so the check holds for python-docx too)."""
    try:
        parts = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError):
        return  # not a zip: the parser says the file is damaged
    body = sum(p.file_size for p in parts if p.filename == "word/document.xml")
    others = sum(p.file_size for p in parts) - body
    budget = limits.max_chars * DOCX_XML_BYTES_PER_CHAR
    if body > budget or others > DOCX_OTHER_PARTS_BYTES:
        mb = max(body, others) / 1024 / 1024
        limit_mb = (budget if body > budget else DOCX_OTHER_PARTS_BYTES) / 1024 / 1024
        raise DocumentError(
            source,
            f"tệp Word giải nén ra {mb:,.0f} MB, quá giới hạn {limit_mb:,.0f} MB "
            f"(tương ứng {_n(limits.max_chars)} ký tự, DUTHAO_MAX_DOCUMENT_CHARS): tệp hỏng hoặc cố ý "
            f"phình to; hãy mở và lưu lại bằng Word, hoặc {SPLIT_ADVICE}",
        )


# A file this much of which decodes as UTF-8 is UTF-8 with a few damaged bytes: it is read with them replaced
# (and a warning). Windows-1258 Vietnamese fails on most of its accented letters, far more than this.
UTF8_MIN_SHARE = 0.995
# one U+FFFD per bad byte (Python's "replace" gives one per broken sequence), so they can be counted
_ONE_PER_BYTE = "duthao-replace-each-byte"


def _replace_one_byte(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return "\ufffd", exc.start + 1


codecs.register_error(_ONE_PER_BYTE, _replace_one_byte)


def decode_bytes(data: bytes, source: str = "", warnings: list[str] | None = None) -> str:
    """UTF-8 (with or without BOM, a few bad bytes replaced), UTF-16 (BOM or NUL pattern), else
    Windows-1258. A repair is described in `warnings` (Vietnamese, for the person who owns the file)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _mostly_utf8(data[3:], warnings) or data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: ASCII letters leave NULs on the odd (LE) or even (BE) bytes.
        odd_nuls = sample[1::2].count(b"\x00")
        return data.decode("utf-16-le" if odd_nuls > sample[0::2].count(b"\x00") else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data, warnings)
    if mostly is not None:
        return mostly
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200):
        raise DocumentError(source, "không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258)")
    return text


def _mostly_utf8(data: bytes, warnings: list[str] | None) -> str | None:
    """The text when at least UTF8_MIN_SHARE of the bytes decode as UTF-8 and the file really writes
    UTF-8 (more multi-byte letters than bad bytes), with U+FFFD for each bad byte; else None."""
    text = data.decode("utf-8", errors=_ONE_PER_BYTE)
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    letters = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad <= 0 or bad > len(data) * (1 - UTF8_MIN_SHARE) or letters <= bad:
        return None
    if warnings is not None:
        warnings.append(
            f"{_n(bad)} byte không đọc được theo UTF-8 đã được thay bằng “\ufffd”; phần còn lại vẫn được "
            "lập chỉ mục. Hãy mở tệp, sửa các chỗ đó rồi lưu lại dạng UTF-8"
        )
    return text


def _fold(text: str) -> str:
    """NFC, whitespace (newlines included) folded to single spaces."""
    return " ".join(normalize(text).split())


def _block(
    text: str, heading_level: int | None = None, page: int | None = None, item: bool = False
) -> RawBlock:
    return RawBlock(_fold(text), heading_level=heading_level, page=page, item=item)


# --- line patterns shared by the txt and pdf readers ---

# "1." "1)" "1.1." "1.1" "a)" "đ)" "(1)" "(a)" and bullets "-" "+" "•" "–" "*" …, followed by text
ITEM_MARKER = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|[a-zđ]\)|\((?:\d{1,3}|[a-zđ])\)|[-+•–—*▪●◦○·])\s+\S"
)
# A section opening: "I. ", "IV) ", "Phần thứ nhất", "PHẦN I", "Chương 2", "Mục 3"
HEADING_START = re.compile(r"^(?:[IVXLC]{1,6}[.)]\s|(?i:phần|chương|mục)\s+(?:(?i:thứ)\s+\w|[IVXLC]+\b|\d))")
# A wrapped "2010\n- 2015": the dash opens the line but continues a range, it is no bullet
DASH_RANGE = re.compile(r"^[-–—]\s*\d")
# How a sentence or a clause may end a line (an open parenthesis or a comma never does).
_SENTENCE_END = '.!?:;…"”)»'
# A line in capitals this short is a heading or a letterhead line, not running text.
CAPS_HEADING_CHARS = 100


def _is_item(line: str) -> bool:
    return bool(ITEM_MARKER.match(line))


def _capitals(line: str) -> bool:
    return _letter_case(line) > 0


def _letter_case(line: str) -> int:
    """1 for a line in capitals, -1 for one with small letters, 0 when it has too few letters to tell."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 4:
        return 0
    return 1 if all(c.isupper() for c in letters) else -1


def _is_heading_like(line: str) -> bool:
    """Roman-numbered or "Phần/Chương/Mục" section openings, and short lines in capitals."""
    return bool(HEADING_START.match(line)) or (len(line) <= CAPS_HEADING_CHARS and _capitals(line))


def _continues_range(previous: str, line: str) -> bool:
    return bool(previous) and previous[-1].isdigit() and bool(DASH_RANGE.match(line))


# --- txt ---


def _txt_blocks(text: str) -> list[RawBlock]:
    """Blank lines separate paragraphs; inside one, item markers and heading-like lines start blocks."""
    blocks: list[RawBlock] = []
    current: list[str] = []
    item = False

    def flush() -> None:
        nonlocal current, item
        if current:
            blocks.append(_block(" ".join(current), item=item))
        current, item = [], False

    lines = normalize(text).split("\n")
    width = _wrap_width(lines)
    for line in lines:
        if not line:
            flush()
            continue
        if current and _continues_range(current[-1], line):
            current.append(line)
        elif _is_heading_like(line):
            flush()
            blocks.append(_block(line))  # a heading ends its block too
        elif _is_item(line):
            flush()
            current, item = [line], True
        elif current and not _wrapped(current[-1], line, width):
            flush()  # a caption or a one-line paragraph, then a new sentence: two paragraphs
            current = [line]
        else:
            current.append(line)
    flush()
    return blocks


# A text is hard-wrapped when most of its long lines are no longer than this (e-mail and typewriter widths).
HARD_WRAP_MAX = 110
WRAP_FILL = 0.7  # a line filling this share of the wrap width was cut by the wrapping, not by the writer


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at (90th percentile of its line lengths), else None."""
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width <= HARD_WRAP_MAX else None


def _wrapped(previous: str, line: str, width: int | None) -> bool:
    """Whether `line` continues `previous`: it starts in lower case or with a digit after an unfinished
    line, or the text is hard-wrapped and `previous` filled its width."""
    if previous[-1] in _SENTENCE_END:
        return width is not None and len(previous) >= WRAP_FILL * width and not line[:1].isupper()
    if line[:1].islower() or line[:1].isdigit():
        return True
    return width is not None and len(previous) >= WRAP_FILL * width


# --- markdown ---

_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")
_MD_ORDERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zđ]\))\s+")
_MD_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_INLINE = re.compile(r"\*\*|__|`")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_INLINE.sub("", text)
    return _MD_EMPHASIS.sub(r"\1", text)


def _md_blocks(text: str) -> tuple[str | None, list[RawBlock]]:
    """ATX/setext headings, list items (one block each), table rows, paragraphs of joined lines."""
    blocks: list[RawBlock] = []
    current: list[str] = []
    item = False
    in_fence = False

    def flush() -> None:
        nonlocal current, item
        if current:
            blocks.append(_block(_md_inline(" ".join(current)), item=item))
        current, item = [], False

    for raw in normalize(text).split("\n"):
        line = re.sub(r"^(?:>\s?)+", "", raw)  # a quote's text is text
        if line.startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if not line or in_fence and not line.strip():
            flush()
            continue
        heading = _MD_HEADING.match(line)
        setext = _MD_SETEXT.match(line)
        if heading:
            flush()
            blocks.append(_block(_md_inline(heading.group(2)), heading_level=len(heading.group(1))))
        elif setext and len(current) == 1 and not item:
            text_line, current = current[0], []
            blocks.append(_block(_md_inline(text_line), heading_level=1 if "=" in setext.group(1) else 2))
        elif _MD_RULE.match(line) or _MD_TABLE_RULE.match(line) and "|" in line:
            flush()
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            blocks.append(_block(_md_inline(" | ".join(c for c in cells if c))))
        elif current and _continues_range(current[-1], line):
            current.append(line)
        elif _MD_BULLET.match(line):
            flush()
            current, item = [_MD_BULLET.sub("", line, count=1)], True
        elif _MD_ORDERED.match(line):
            flush()
            current, item = [line.strip()], True
        else:
            current.append(line)
    flush()
    title = next((b.text for b in blocks if b.heading_level == 1), None)
    return title, blocks


# --- docx ---

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word's built-in names are English in the file; documents made elsewhere may carry localised ones.
_DOCX_HEADING_NAME = re.compile(r"^(?:heading|tiêu đề|đầu đề|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_DOCX_TITLE_NAME = re.compile(r"^(?:title|tiêu đề|tựa đề|titel|titre)$", re.IGNORECASE)


# a table of at most this many rows and two columns, with this many lines stacked in a cell, lays out a
# letterhead or a signature block rather than data ("Huyện | Nhiệm vụ" stays a row)
LAYOUT_TABLE_ROWS = 3
LAYOUT_CELL_LINES = 3


def _docx_blocks(data: bytes) -> tuple[str | None, list[RawBlock]]:
    import docx  # python-docx; imported here so the CLI starts fast
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    blocks: list[RawBlock] = []
    title_paragraph: str | None = None
    # paragraphs and tables in document order, so paragraph numbers match what the reader sees
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            # a letterhead or a signature block: two columns, a row or two, lines stacked in a cell
            layout = len(part.rows) <= LAYOUT_TABLE_ROWS and len(part.columns) <= 2
            for row in part.rows:
                cells: list[str] = []
                for cell in row.cells:
                    if cell.text.strip() and cell.text not in cells:  # a merged cell repeats in each column
                        cells.append(cell.text)
                if layout and any(
                    len([x for x in c.split("\n") if x.strip()]) >= LAYOUT_CELL_LINES for c in cells
                ):
                    # each line of each cell a block of its own, column after column: the number, the date
                    # and the signer each on a line, as the letterhead and the signature read
                    blocks.extend(_block(line) for cell in cells for line in cell.split("\n") if line.strip())
                elif cells:
                    blocks.append(_block(" | ".join(cells)))
            continue
        if not part.text.strip():
            continue
        level = _docx_heading_level(part)
        if level == 0 and title_paragraph is None:
            title_paragraph = part.text
        item = level is None and _docx_numbered(part)
        blocks.append(_block(part.text, heading_level=level, item=item))
    title = (document.core_properties.title or "").strip() or title_paragraph
    return title, blocks


def _docx_styles(paragraph: Any) -> Iterable[Any]:
    """The paragraph's style, then the styles it is based on."""
    style, seen = paragraph.style, set()
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        yield style
        style = style.base_style


def _docx_heading_level(paragraph: Any) -> int | None:
    """0 for the Title style, N for "Heading N" (by name or outline level), else None."""
    ppr = paragraph._p.pPr
    outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    for style in _docx_styles(paragraph):
        name = (style.name or "").strip()
        if _DOCX_TITLE_NAME.match(name):
            return 0
        if m := _DOCX_HEADING_NAME.match(name):
            return int(m.group(1))
        style_ppr = style.element.pPr
        if outline is None and style_ppr is not None:
            outline = style_ppr.find(f"{_W}outlineLvl")
    if outline is not None:
        value = int(outline.get(f"{_W}val", "9"))
        if value < 9:  # 9 means body text
            return value + 1
    return None


def _docx_numbered(paragraph: Any) -> bool:
    """Word numbering on the paragraph or its style chain (numId 0 switches it off), or a List style."""
    for element in [paragraph._p, *(s.element for s in _docx_styles(paragraph))]:
        ppr = element.pPr
        num = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num is not None:
            num_id = num.find(f"{_W}numId")
            return num_id is None or num_id.get(f"{_W}val") != "0"
    return any((s.name or "").lower().startswith("list") for s in _docx_styles(paragraph))


# --- html ---

# div too: many pages hold their text in divs without any <p>
_HTML_BLOCKS = frozenset(
    ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "blockquote", "pre", "dd", "dt", "div"]
    + ["section", "article", "main", "aside", "ul", "ol", "dl", "table", "tr", "thead", "tbody", "tfoot"]
    + ["caption", "figure", "figcaption", "address", "body", "html"]
)
_HTML_DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "form", "head"]


def _html_blocks(html: str) -> tuple[str | None, list[RawBlock]]:
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    title = None
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    elif soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    for tag in soup(_HTML_DROP):
        tag.decompose()

    blocks: list[RawBlock] = []

    def walk(element: Tag, level: int | None, item: bool) -> None:
        """Text outside nested blocks is a block of its element; an li marks its first block as the item.
        Lines broken by <br> are joined as in plain text (see _join_plain)."""
        pending: list[str] = []

        def flush() -> None:
            nonlocal item
            for text in _join_plain("".join(pending).split("\n")):
                blocks.append(_block(text, heading_level=level, item=item))
                item = False
            pending.clear()

        for child in element.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, doctype or CDATA
                    pending.append(str(child).replace("\n", " "))
            elif isinstance(child, Tag) and child.name == "br":
                pending.append("\n")
            elif isinstance(child, Tag) and child.name in _HTML_BLOCKS:
                flush()
                heading = re.fullmatch(r"h([1-6])", child.name)
                child_item = child.name == "li" or item
                before = len(blocks)
                walk(child, int(heading.group(1)) if heading else level, child_item)
                if len(blocks) > before:
                    item = False  # the li's label belongs to its first block only
            elif isinstance(child, Tag):
                for br in child.find_all("br"):
                    br.replace_with("\u2028")  # kept apart from the source's own newlines
                pending.append(child.get_text().replace("\n", " ").replace("\u2028", "\n"))
        flush()

    walk(soup, None, False)
    return title, blocks


# --- pdf ---

# Thresholds of the layout reader, in units of the body font size or the page's usual line spacing.
GAP_RATIO = 1.2  # a vertical gap this many times the usual baseline spacing separates paragraphs
INDENT_EM = 0.5  # a line starting this far right of the body's left margin is indented (first-line indent)
HEADING_PT = 1.0  # lines this many points larger than the body text are headings …
BOLD_HEADING_PT = 0.5  # … and bold lines this much larger (sizes are rounded to half points)
MAX_HEADING_LEVEL = 3  # heading sizes ranked from the largest: levels 1, 2, then 3 for every smaller one
SPACE_EM = 0.15  # runs on a line further apart than this are separate words
SHORT_SLACK_EM = 0.3  # measuring slack when asking "would the next line's first word have fitted?"
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running headers or footers
MAX_HEADING_CHARS = 250  # a longer block in big type is running text (a cover page, a quotation)

_PAGE_NUMBER = re.compile(
    r"(?:(?:trang|page)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:/|trên|of)\s*\d{1,4})?", re.IGNORECASE
)


@dataclass
class _Run:
    x: float
    y: float
    size: float
    text: str
    width: float
    bold: bool
    measure: Callable[[str], float]


@dataclass
class _Line:
    page: int
    y: float
    runs: list[_Run]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False

    def __post_init__(self) -> None:
        self.runs.sort(key=lambda r: r.x)
        text = self.runs[0].text
        for before, run in zip(self.runs, self.runs[1:], strict=False):
            gap = run.x - (before.x + before.width)
            glue = " " if gap > SPACE_EM * run.size and not text.endswith(" ") else ""
            text += glue + run.text
        self.text = " ".join(text.split())
        self.x0 = self.runs[0].x
        self.x1 = max(r.x + r.width for r in self.runs)
        weight = Counter[float]()
        bold = 0
        for r in self.runs:
            weight[round(r.size * 2) / 2] += len(r.text)
            bold += len(r.text) if r.bold else -len(r.text)
        self.size = weight.most_common(1)[0][0]
        self.bold = bold > 0

    def measure(self, text: str) -> float:
        return self.runs[0].measure(text)


@dataclass
class _Layout:
    """The body text's measures: what a normal line looks like, per page where margins may differ."""

    body_size: float
    spacing: float  # usual distance between baselines of body lines
    width: float  # usual width of a full body line
    left: dict[int, float] = field(default_factory=dict)  # per page: the body's left margin

    def left_of(self, page: int) -> float:
        return self.left.get(page, min(self.left.values(), default=0.0))

    def right_of(self, page: int) -> float:
        return self.left_of(page) + self.width

    def indented(self, line: _Line) -> bool:
        return line.x0 > self.left_of(line.page) + INDENT_EM * self.body_size

    def centred_pair(self, before: _Line, line: _Line) -> bool:
        """Two lines clear of both margins around the same centre: a centred title over several lines."""
        inset = INDENT_EM * self.body_size
        for ln in (before, line):
            if ln.x0 - self.left_of(ln.page) < inset or self.right_of(ln.page) - ln.x1 < inset:
                return False
        return abs((before.x0 + before.x1) - (line.x0 + line.x1)) / 2 < 1.5 * line.size

    def short(self, line: _Line, following: _Line) -> bool:
        """The line ends where the next line's first word would still have fitted: a deliberate break."""
        first_word = following.text.split(" ", 1)[0]
        needed = following.measure(" " + first_word) + SHORT_SLACK_EM * line.size
        return self.right_of(line.page) - line.x1 > needed

    def is_heading(self, line: _Line) -> bool:
        extra = line.size - self.body_size
        return extra >= HEADING_PT or (line.bold and extra >= BOLD_HEADING_PT)


def _pdf_blocks(data: bytes, source: str) -> tuple[str | None, list[RawBlock]]:
    """Layout reader: runs → lines (by baseline) → paragraphs (by spacing, indent, markers, size, line ends).

    A page-number or repeated header/footer line at a page's top or bottom is dropped. A paragraph that runs
    over a page break is joined back and keeps the page it starts on. Headings are lines in bigger type:
    heading_level 1 for the document's largest heading size, 2 for the next, 3 for any smaller one.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise DocumentError(source, "PDF có mật khẩu: hãy bỏ mật khẩu rồi thêm lại")
    pages_lines: list[list[_Line]] = []
    plain: list[str] = []
    for number, page in enumerate(reader.pages, 1):
        runs: list[_Run] = []
        plain.append(page.extract_text(visitor_text=_run_collector(runs)) or "")
        pages_lines.append(_lines(runs, number))
    title = None
    if reader.metadata and reader.metadata.title:
        title = str(reader.metadata.title).strip() or None
    if not any(pages_lines):
        log.info("%s: no positioned text runs, reading extract_text() lines", source)
        return title, _pdf_plain_blocks(plain)
    heights = [float(p.mediabox.height) for p in reader.pages]
    lines = _drop_furniture(pages_lines, heights)
    if not lines:
        return title, []
    layout = _measure(lines)
    blocks = _paragraphs(lines, layout)
    if title is None:
        title = next((b.text for b in blocks if b.page == 1 and b.heading_level == 1), None)
    return title, blocks


def _run_collector(runs: list[_Run]) -> Callable[[Any, Any, Any, Any, Any], None]:
    widths: dict[int, Callable[[str], float] | None] = {}

    def visit(text: Any, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        m = _multiply(tm, cm)
        scale_x, scale_y = math.hypot(m[0], m[1]), math.hypot(m[2], m[3])
        size = float(font_size or 0) * (scale_y or 1.0)
        if size <= 0:
            return
        key = id(font_dict)
        if key not in widths:
            widths[key] = _char_widths(font_dict)
        units = widths[key]
        hsize = float(font_size) * (scale_x or 1.0)

        def measure(s: str, units: Callable[[str], float] | None = units, hsize: float = hsize) -> float:
            return (units(s) if units else 500.0 * len(s)) / 1000 * hsize

        name = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        bold = bool(re.search(r"bold|black|heavy|semibold|,b\b", name, re.IGNORECASE))
        # one visit may carry several lines (T*, '): each goes one leading lower
        for k, piece in enumerate(normalize(text).split("\n")):
            stripped = piece.lstrip()
            if not stripped.strip():
                continue
            x = m[4] + measure(piece[: len(piece) - len(stripped)])
            content = stripped.rstrip()
            y = m[5] - k * size * 1.2
            runs.append(_Run(x, y, size, content, measure(content), bold, measure))

    return visit


def _multiply(a: Any, b: Any) -> list[float]:
    """The 2×3 PDF matrix product a × b."""
    a0, a1, a2, a3, a4, a5 = (float(v) for v in a)
    b0, b1, b2, b3, b4, b5 = (float(v) for v in b)
    return [
        a0 * b0 + a1 * b2,
        a0 * b1 + a1 * b3,
        a2 * b0 + a3 * b2,
        a2 * b1 + a3 * b3,
        a4 * b0 + a5 * b2 + b4,
        a4 * b1 + a5 * b3 + b5,
    ]


def _char_widths(font_dict: Any) -> Callable[[str], float] | None:
    """Glyph widths (1/1000 em) by Unicode character, from the font's widths and its ToUnicode map.

    pypdf keys a font's widths by character code; for the subset fonts PDF writers embed, that code is not the
    character the visitor hands us, so the map is turned round through the font's character map.
    None when the font cannot be read: lines are then measured at half an em per character.
    """
    if font_dict is None:
        return None
    try:
        from pypdf.generic._font import Font  # not exported by pypdf; the fallback covers its absence

        font = Font.from_font_resource(font_dict)
        raw = font.character_widths
        by_char: dict[str, float] = {}
        for code, char in font.character_map.items():
            key = code if isinstance(code, str) else chr(code)
            if isinstance(char, str) and len(char) == 1 and raw.get(key):
                by_char.setdefault(char, float(raw[key]))
        if not by_char:
            by_char = {k: float(v) for k, v in raw.items() if len(k) == 1 and v}
        if not by_char:
            return None
        default = statistics.median(by_char.values())
        return lambda s: sum(by_char.get(c, default) for c in s)
    except Exception:  # a font pypdf cannot model: measure by character count instead
        log.debug("font widths unavailable", exc_info=True)
        return None


def _lines(runs: list[_Run], page: int) -> list[_Line]:
    """Runs on one baseline (within 0.4 of the smaller size) make a line; lines from the top down."""
    lines: list[_Line] = []
    group: list[_Run] = []
    for run in sorted(runs, key=lambda r: (-r.y, r.x)):
        if group and abs(group[0].y - run.y) > 0.4 * min(run.size, group[0].size):
            lines.append(_Line(page, group[0].y, group))
            group = []
        group.append(run)
    if group:
        lines.append(_Line(page, group[0].y, group))
    return [line for line in lines if line.text]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> list[_Line]:
    """Page numbers and running headers/footers among the first and last lines of each page: a page number
    ("1", "- 2 -", "Trang 3", "3/5") wherever it sits; a line in the page's outer eighth that recurs, digits
    aside, on half the pages or more (two at least).
    """
    edge_lines = [lines[:EDGE_LINES] + lines[-EDGE_LINES:] for lines in pages]
    outer = [
        [ln for ln in edges if ln.y > height * 7 / 8 or ln.y < height / 8]
        for edges, height in zip(edge_lines, heights, strict=True)
    ]
    recurring = Counter(key for page in outer for key in {_furniture_key(ln.text) for ln in page})
    enough = max(2, math.ceil(len(pages) / 2))
    kept: list[_Line] = []
    for lines, edges, outside in zip(pages, edge_lines, outer, strict=True):
        drop = {id(ln) for ln in edges if _PAGE_NUMBER.fullmatch(ln.text)}
        drop |= {
            id(ln)
            for ln in outside
            if len(ln.text) <= CAPS_HEADING_CHARS and recurring[_furniture_key(ln.text)] >= enough
        }
        kept += [ln for ln in lines if id(ln) not in drop]
    return kept


def _measure(lines: list[_Line]) -> _Layout:
    sizes = Counter[float]()
    for line in lines:
        sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0]
    body = [ln for ln in lines if abs(ln.size - body_size) < 0.6]
    lefts: dict[int, Counter[float]] = {}
    for line in body:
        lefts.setdefault(line.page, Counter())[round(line.x0)] += 1
    left = {page: counter.most_common(1)[0][0] for page, counter in lefts.items()}
    gaps = Counter[float]()
    for above, below in zip(body, body[1:], strict=False):
        gap = above.y - below.y
        if above.page == below.page and 0.8 * body_size < gap < 3 * body_size:
            gaps[round(gap * 2) / 2] += 1
    spacing = gaps.most_common(1)[0][0] if gaps else 1.2 * body_size
    default_left = min(left.values(), default=min(ln.x0 for ln in lines))
    widths = sorted(ln.x1 - left.get(ln.page, default_left) for ln in body) or [0.0]
    width = widths[min(len(widths) - 1, int(len(widths) * 0.95))]
    return _Layout(body_size, spacing, width, left)


def _continues(before: _Line, line: _Line, layout: _Layout) -> bool:
    """A running sentence wrapped: the line before fills the width with no closing punctuation, and this one
    goes on in lower case, with a number, or with the dash of a range ("2010" / "- 2015")."""
    if before.text[-1] in _SENTENCE_END or layout.short(before, line):
        return False
    if _continues_range(before.text, line.text):
        return True
    if _is_item(line.text) or HEADING_START.match(line.text):
        return False
    return line.text[0].islower() or line.text[0].isdigit()


def _starts_paragraph(before: _Line, line: _Line, first_of_block: bool, layout: _Layout) -> bool:
    if before.size != line.size or _letter_case(before.text) * _letter_case(line.text) < 0:
        return True  # a paragraph keeps one type size, and its lines are in capitals or none are
    if before.page != line.page:  # over a page break only a wrapped sentence goes on
        return layout.indented(line) or before.bold != line.bold or not _continues(before, line, layout)
    if before.y - line.y > GAP_RATIO * layout.spacing * line.size / layout.body_size:
        return True
    if _continues(before, line, layout):
        return False
    if _is_item(line.text) or HEADING_START.match(line.text):
        return True
    if layout.centred_pair(before, line):
        return False
    if layout.indented(line) and (first_of_block or abs(line.x0 - before.x0) > INDENT_EM * layout.body_size):
        return True  # a first-line indent (an indented block keeps its continuation lines' x)
    # a line ended early on purpose: a paragraph's last line, or a title, date or signature line
    ends = before.text[-1] in _SENTENCE_END or line.text[0].isupper() or before.bold != line.bold
    return ends and layout.short(before, line)


def _paragraphs(lines: list[_Line], layout: _Layout) -> list[RawBlock]:
    groups: list[list[_Line]] = []
    for line in lines:
        if groups and not _starts_paragraph(groups[-1][-1], line, len(groups[-1]) == 1, layout):
            groups[-1].append(line)
        else:
            groups.append([line])
    heading_sizes = sorted({g[0].size for g in groups if layout.is_heading(g[0])}, reverse=True)
    heading_sizes = heading_sizes[: MAX_HEADING_LEVEL - 1] + [0.0]
    blocks = []
    for group in groups:
        text = " ".join(ln.text for ln in group)
        level = None
        if layout.is_heading(group[0]) and len(text) <= MAX_HEADING_CHARS:
            level = next(rank for rank, size in enumerate(heading_sizes, 1) if group[0].size >= size)
        item = level is None and _is_item(text)
        blocks.append(_block(text, heading_level=level, page=group[0].page, item=item))
    return blocks


def _pdf_plain_blocks(pages: list[str]) -> list[RawBlock]:
    """Without positions: extract_text() lines with page numbers dropped, joined by _join_plain."""
    lines = [
        (line, number)
        for number, page_text in enumerate(pages, 1)
        for line in normalize(page_text).split("\n")
        if not _PAGE_NUMBER.fullmatch(line)
    ]
    blocks: list[RawBlock] = []
    current, start = "", 0
    for line, number in lines:
        if current and _wraps(current, line):
            current += " " + line
            continue
        if current:
            blocks.append(_block(current, page=start, item=_is_item(current)))
        current, start = line, number
    if current:
        blocks.append(_block(current, page=start, item=_is_item(current)))
    return blocks


def _wraps(current: str, line: str) -> bool:
    """A line goes on with the text before it when that has no closing punctuation and it starts in lower
    case (hard-wrapped text, PDF lines without positions). A blank line always separates."""
    return bool(line) and current[-1] not in _SENTENCE_END and line[0].islower()


def _join_plain(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    for raw in lines:
        line = " ".join(raw.split())
        if paragraphs and paragraphs[-1] and _wraps(paragraphs[-1], line):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return [p for p in paragraphs if p]
