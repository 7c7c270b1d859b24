"""Corpus files → Documents of numbered paragraphs with metadata → Chunks.

Formats: .txt, .md, .docx, .pdf, .html/.htm. Text is decoded (UTF-8, UTF-16, Windows-1258), normalised to
NFC with odd whitespace folded; text typed in the legacy TCVN3/VNI font encodings is refused with a message.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from app.domain import Chunk, Document, Paragraph
from app.errors import DocumentError
from app.places import assign_districts
from app.text import legacy_font_encoding, normalize, split_sentences

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
DOC_TYPES = {"guidance": "guidance", "reports": "report", "report": "report"}

# Bump when parsing or chunking changes: the index then re-parses and re-embeds every document once.
PARSER_VERSION = 2

# A paragraph this short (a date line, a signature) is merged into its neighbour when chunking.
TINY_CHARS = 50
# A paragraph longer than this is split at sentence ends into pieces of about TARGET_CHARS.
LONG_CHARS = 1200
TARGET_CHARS = 700


def iter_corpus_files(corpus_dir: Path) -> Iterator[Path]:
    """Every file under the corpus folder, sorted, hidden files skipped (unsupported ones included)."""
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir)
        if (
            path.is_file()
            and not any(part.startswith(".") for part in rel.parts)
            and path.name != "README.md"
        ):
            yield path


def doc_type_of(source: str) -> str:
    """The folder gives a document its type: guidance/… or reports/…."""
    top = source.split("/", 1)[0] if "/" in source else ""
    return DOC_TYPES.get(top.lower(), "other")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path, corpus_dir: Path) -> Document:
    """Parse one file. Raises DocumentError naming the file and the reason."""
    source = path.relative_to(corpus_dir).as_posix()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            source,
            f"định dạng {suffix or '(không có đuôi)'} không được hỗ trợ "
            f"(chỉ nhận {', '.join(SUPPORTED_SUFFIXES)})",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(source, f"không đọc được tệp: {exc.strerror or exc}") from exc
    if not data.strip():
        raise DocumentError(source, "tệp rỗng")
    try:
        if suffix in (".txt", ".md"):
            title, blocks = _text_blocks(decode_bytes(data, source), markdown=suffix == ".md")
        elif suffix == ".docx":
            title, blocks = _docx_blocks(path)
        elif suffix == ".pdf":
            title, blocks = _pdf_blocks(path)
        else:
            title, blocks = _html_blocks(decode_bytes(data, source))
    except DocumentError:
        raise
    except Exception as exc:  # parsers raise many types for corrupt files; the user needs the file + reason
        raise DocumentError(source, f"tệp hỏng hoặc không đọc được ({type(exc).__name__}: {exc})") from exc

    blocks = [b for b in (" ".join(normalize(b).split()) for b in blocks) if b]
    if not blocks:
        raise DocumentError(source, "không có văn bản nào đọc được (tệp quét ảnh hoặc rỗng?)")
    legacy = legacy_font_encoding("\n".join(blocks[:50]))
    if legacy:
        raise DocumentError(
            source,
            f"văn bản gõ bằng bảng mã cũ {legacy}: hãy chuyển sang Unicode "
            "(ví dụ Unikey → Công cụ chuyển mã) rồi thêm lại",
        )
    title = " ".join(normalize(title or blocks[0]).split())[:300]
    date = find_date(" \n".join(blocks[:6]))
    doc_type = doc_type_of(source)
    paragraphs = tuple(
        Paragraph(source, title, date, doc_type, i, text, districts, inherited)
        for i, (text, (districts, inherited)) in enumerate(
            zip(blocks, assign_districts(blocks), strict=True), 1
        )
    )
    return Document(source, title, date, doc_type, paragraphs, content_hash(data))


def decode_bytes(data: bytes, source: str = "") -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), else Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
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
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200):
        raise DocumentError(source, "không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258)")
    return text


_SENTENCE_END_CHARS = '.!?:;…"”)»'


def _join_wrapped_lines(lines: list[str]) -> list[str]:
    """Lines → paragraphs: a line continues the previous one when that one has no closing punctuation and
    this one starts in lower case (hard-wrapped text, PDF lines). Blank lines always separate."""
    paragraphs: list[str] = []
    current = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and current[-1] not in _SENTENCE_END_CHARS and line[0].islower():
            current += " " + line
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


_MD_PREFIX = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_MD_INLINE = re.compile(r"(\*\*|__|`)")


def _text_blocks(text: str, markdown: bool) -> tuple[str | None, list[str]]:
    lines = normalize(text).split("\n")
    title = None
    if markdown:
        for line in lines:
            if line.startswith("# "):
                title = line[2:].strip()
                break
        # a markdown heading or list item is its own paragraph: blank lines around it keep it apart
        marked: list[str] = []
        for line in lines:
            prefix = _MD_PREFIX.match(line)
            text = _MD_INLINE.sub("", line[prefix.end() :] if prefix else line)
            if prefix and not prefix.group(1).startswith(">"):
                marked += ["", text] + ([""] if prefix.group(1).startswith("#") else [])
            else:
                marked.append(text)
        lines = marked
    return title, _join_wrapped_lines(lines)


def _docx_blocks(path: Path) -> tuple[str | None, list[str]]:
    import docx  # python-docx; imported here so the CLI starts fast
    from docx.table import Table

    document = docx.Document(str(path))
    blocks: list[str] = []
    # paragraphs and tables in document order, so paragraph numbers match what the reader sees
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    if cell.text.strip() and cell.text not in cells:
                        cells.append(cell.text)
                if cells:
                    blocks.append(" | ".join(cells))
        elif item.text.strip():
            blocks.append(item.text)
    title = (document.core_properties.title or "").strip() or None
    return title, blocks


def _pdf_blocks(path: Path) -> tuple[str | None, list[str]]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    lines: list[str] = []
    for page in reader.pages:
        for line in normalize(page.extract_text() or "").split("\n"):
            if not re.fullmatch(r"\s*(trang\s*)?\d+\s*(/\s*\d+)?\s*", line, re.IGNORECASE):  # page numbers
                lines.append(line)
    title = None
    if reader.metadata and reader.metadata.title:
        title = str(reader.metadata.title).strip() or None
    return title, _join_wrapped_lines(lines)


# div too: many pages hold their text in divs without any <p>
_BLOCK_TAGS = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "td",
    "th",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "div",
]


def _html_blocks(html: str) -> tuple[str | None, list[str]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer", "form"]):
        tag.decompose()
    title = None
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    elif soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    blocks = []
    for element in soup.find_all(_BLOCK_TAGS):
        if element.find(_BLOCK_TAGS):
            continue  # the innermost block carries the text
        text = element.get_text(" ", strip=True)
        if text:
            blocks.append(text)
    if not blocks:
        body = soup.body or soup
        blocks = _join_wrapped_lines(body.get_text("\n").split("\n"))
    return title, blocks


_DMY = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})\b")
_VN_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)


def find_date(text: str) -> str | None:
    """The first date the text states (dd/mm/yyyy, dd-mm-yyyy, 'ngày d tháng m năm yyyy'), as ISO."""
    best: tuple[int, str] | None = None
    for pattern in (_DMY, _VN_DATE):
        for m in pattern.finditer(text):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= day <= 31 and 1 <= month <= 12:
                if best is None or m.start() < best[0]:
                    best = (m.start(), f"{year:04d}-{month:02d}-{day:02d}")
                break
    return best[1] if best else None


def make_chunks(doc: Document) -> list[Chunk]:
    """Chunks follow paragraphs: tiny ones merge into a neighbour, long ones split at sentence ends."""
    groups: list[list[Paragraph]] = []
    for para in doc.paragraphs:
        if len(para.text) < TINY_CHARS and groups:
            groups[-1].append(para)  # a date line or signature belongs with what precedes it
        elif groups and sum(len(p.text) for p in groups[-1]) < TINY_CHARS:
            groups[-1].append(para)  # a tiny first paragraph joins the next one
        else:
            groups.append([para])

    pieces: list[tuple[list[Paragraph], str]] = []
    for group in groups:
        text = "\n".join(p.text for p in group)
        if len(text) <= LONG_CHARS:
            pieces.append((group, text))
            continue
        for part in _split_long(text):
            pieces.append((group, part))

    chunks = []
    for i, (group, text) in enumerate(pieces):
        districts: list[str] = []
        for p in group:
            districts.extend(d for d in p.districts if d not in districts)
        chunks.append(
            Chunk(
                id=f"{doc.content_hash[:16]}-p{PARSER_VERSION}-{i:04d}",
                doc_hash=doc.content_hash,
                source=doc.source,
                title=doc.title,
                date=doc.date,
                doc_type=doc.doc_type,
                paragraph=group[0].number,
                paragraph_end=group[-1].number,
                text=text,
                districts=tuple(districts),
                inherited=all(p.inherited for p in group if p.districts) and any(p.inherited for p in group),
            )
        )
    return chunks


def _split_long(text: str) -> list[str]:
    parts: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        while len(sentence) > LONG_CHARS:  # a run-on "sentence": cut at a space
            cut = sentence.rfind(" ", 0, TARGET_CHARS) if " " in sentence[:TARGET_CHARS] else TARGET_CHARS
            parts.append((current + " " + sentence[:cut]).strip())
            current, sentence = "", sentence[cut:].strip()
        if current and len(current) + len(sentence) + 1 > TARGET_CHARS:
            parts.append(current)
            current = sentence
        else:
            current = (current + " " + sentence).strip()
    if current:
        parts.append(current)
    return parts
