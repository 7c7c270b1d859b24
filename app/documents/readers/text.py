"""Plain text and Markdown → blocks.

- txt: paragraphs between blank lines; inside one, a line opening with an item marker or a heading-like line
  (roman numeral, "Phần/Chương/Mục …", short ALL-CAPS) starts a new block, and a heading-like line ends it.
  A scanned document's OCR text keeps its pages (form feeds, or "Trang 3/7" lines): their running headers,
  footers and page numbers are dropped, and a paragraph runs on over the page break; a word hyphenated at
  a line's end is joined again.
- md: "#" headings, list items (each its own block; "1." / "a)" labels kept, bullets dropped), paragraphs
  between blank lines with wrapped lines joined, inline markup stripped.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from app.documents.readers.common import (
    _PAGE_NUMBER,
    _SENTENCE_END,
    CAPS_HEADING_CHARS,
    RULE_LINE,
    SUBJECT_LINE,
    _block,
    _continues_range,
    _is_heading_like,
    _is_item,
    furniture_key,
)
from app.domain import RawBlock
from app.text import normalize

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

    lines = _unhyphenated(normalize(_without_page_furniture(text)).split("\n"))
    width = _wrap_width(lines)
    for line in lines:
        if not line:
            flush()
            continue
        if current and _continues_range(current[-1], line):
            current.append(line)
        elif SUBJECT_LINE.match(line):
            flush()  # a công văn's subject ("V/v …") is never the letterhead line above it
            current = [line]
        elif RULE_LINE.fullmatch(line):
            flush()  # "-----", "==========": a rule between parts, never the start of a paragraph
            blocks.append(_block(line))
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


EDGE_LINES = 3  # lines at a page's top and bottom that may be its running header, footer or number
# a page break in a text without form feeds: a line "Trang 3/7", "Page 3", "- 3 -" (a bare number may be text)
_PAGE_LINE = re.compile(
    r"(?:trang|page)\s*\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.I
)
# "báo cá-" at a line's end, then "o …": one word the scan's layout cut (not "2020-" before "2025")
_HYPHENATED = re.compile(r"(?<=[^\W\d])-$")


def _pages(text: str) -> list[list[str]]:
    """A text's pages as lines: split at form feeds, or after each "Trang 3/7" line when it has none."""
    if "\f" in text:
        return [page.split("\n") for page in text.split("\f")]
    pages: list[list[str]] = [[]]
    for line in text.split("\n"):
        pages[-1].append(line)
        if _PAGE_LINE.fullmatch(line.strip()):
            pages.append([])
    return pages


def _without_page_furniture(text: str) -> str:
    """The text without its pages' running headers and footers: among the EDGE_LINES non-blank lines at a
    page's top and bottom, a page number, and a short line that recurs (digits aside) on half the pages or
    more; the first page's top is its letterhead and title, and stays but for a page number. Pages are
    joined by a single line break, so a paragraph cut by the page goes on."""
    pages = _pages(text)
    if len(pages) < 2:
        return text
    edges: list[list[int]] = []
    letterhead: set[int] = set()  # the first page's top lines
    for number, lines in enumerate(pages):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edges.append(sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])))
        if number == 0:
            letterhead = set(filled[:EDGE_LINES])
    recurring = Counter(
        key
        for lines, at in zip(pages, edges, strict=True)
        for key in {furniture_key(lines[i].strip()) for i in at}
    )
    enough = max(2, math.ceil(len(pages) / 2))
    kept: list[str] = []
    for number, (lines, at) in enumerate(zip(pages, edges, strict=True)):
        drop = set()
        for i in at:
            line = lines[i].strip()
            if _PAGE_NUMBER.fullmatch(line) or (
                (number or i not in letterhead)
                and len(line) <= CAPS_HEADING_CHARS
                and recurring[furniture_key(line)] >= enough
            ):
                drop.add(i)
        page = [line for i, line in enumerate(lines) if i not in drop]
        while page and not page[0].strip():
            page.pop(0)
        while page and not page[-1].strip():
            page.pop()
        kept.append("\n".join(page))
    return "\n".join(page for page in kept if page)


def _unhyphenated(lines: list[str]) -> list[str]:
    """A word cut at a line's end by a hyphen joins its rest on the next line ("báo cá-" + "o cáo …")."""
    out: list[str] = []
    for line in lines:
        if out and _HYPHENATED.search(out[-1]) and line[:1].islower():
            head, _, rest = line.partition(" ")
            out[-1] = out[-1][:-1] + head
            line = rest
            if not line:
                continue
        out.append(line)
    return out


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
# A link's destination as CommonMark reads it: <…>, or characters other than spaces whose parentheses are
# balanced (two levels deep: javascript:alert(f(1)), a Wikipedia address), then an optional title. Cutting
# at the first ")" left the rest of javascript:alert(1) — a stray ")" — in the text; a destination that is
# not one (a space in it, a parenthesis left open) is no link, and the text is kept as typed.
_MD_PARENS = r"\((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*\)"
_MD_DESTINATION = rf"(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|{_MD_PARENS})*)"
_MD_TITLE = r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?"""
_MD_TARGET = rf"\(\s*{_MD_DESTINATION}{_MD_TITLE}\s*\)"
_MD_IMAGE = re.compile(rf"!\[([^\]]*)\]{_MD_TARGET}")
_MD_LINK = re.compile(rf"\[([^\]]+)\]{_MD_TARGET}")
_MD_INLINE = re.compile(r"\*\*|__|`")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_INLINE.sub("", text)
    return _MD_EMPHASIS.sub(r"\1", text)


# A markdown export's front matter ("---", "title: …", "source: …", "date: …", "---" at the very top): the
# page's metadata, not its text
_MD_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n((?:[^\n]*\n){0,40}?)---[ \t]*(?:\n|\Z)")
_MD_FRONT_TITLE = re.compile(r"^title\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def _md_front_matter(text: str) -> tuple[str | None, str]:
    """(the front matter's title, the text after it); (None, text) without front matter. Only lines of
    "key: value" make front matter: a document opening with a rule and prose keeps it."""
    m = _MD_FRONT_MATTER.match(text)
    if not m or not all(
        re.match(r"^[\w-]+\s*:", line) or line.startswith((" ", "-", "\t")) or not line.strip()
        for line in m.group(1).splitlines()
    ):
        return None, text
    title = _MD_FRONT_TITLE.search(m.group(1))
    return (title.group(1).strip("\"'") if title else None), text[m.end() :]


def _md_blocks(text: str) -> tuple[str | None, list[RawBlock]]:
    """ATX/setext headings, list items (one block each), table rows, paragraphs of joined lines; front
    matter is metadata (its title is the title when no "# heading" gives one)."""
    front_title, text = _md_front_matter(normalize(text))
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
    title = next((b.text for b in blocks if b.heading_level == 1), None) or front_title
    return title, blocks
