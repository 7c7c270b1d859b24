"""PDF → blocks, by layout: text runs with their position and size (pypdf's visitor_text) → lines →
paragraphs; see _pdf_blocks. Falls back to extract_text() lines when the visitor yields nothing.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from app.documents.readers.common import (
    _PAGE_NUMBER,
    _SENTENCE_END,
    CAPS_HEADING_CHARS,
    HEADING_START,
    _block,
    _continues_range,
    _is_item,
    _letter_case,
    _wraps,
    furniture_key,
)
from app.domain import RawBlock
from app.errors import DocumentError
from app.text import normalize

log = logging.getLogger(__name__)

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


_READING: ContextVar[str] = ContextVar("pdf_source", default="?")  # the file pypdf is reading, for its notes


class _DamageNotes(logging.Handler):
    """pypdf logs what it repairs in a damaged PDF ("EOF marker not found") as WARNINGs under its module
    names. That is about the user's file, which they are told of in Vietnamese when it cannot be read: in
    the log it is a note at INFO, under our name and with the file, not a warning in the terminal."""

    def emit(self, record: logging.LogRecord) -> None:
        log.info("%s: pypdf: %s", _READING.get(), record.getMessage())


def _pypdf_notes_as_info() -> None:
    """pypdf's records go to _DamageNotes only; checked at each read, since a logging configuration made
    since (uvicorn's, a test's) may have reset the logger."""
    pypdf_log = logging.getLogger("pypdf")
    if not any(isinstance(h, _DamageNotes) for h in pypdf_log.handlers):
        pypdf_log.addHandler(_DamageNotes())
    pypdf_log.propagate = False


def _pdf_blocks(data: bytes, source: str) -> tuple[str | None, list[RawBlock]]:
    """The blocks of a PDF (_read_pdf), pypdf's notes on a damaged file logged at INFO."""
    _pypdf_notes_as_info()
    reading = _READING.set(source)
    try:
        return _read_pdf(data, source)
    finally:
        _READING.reset(reading)


def _read_pdf(data: bytes, source: str) -> tuple[str | None, list[RawBlock]]:
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
    recurring = Counter(key for page in outer for key in {furniture_key(ln.text) for ln in page})
    enough = max(2, math.ceil(len(pages) / 2))
    kept: list[_Line] = []
    for lines, edges, outside in zip(pages, edge_lines, outer, strict=True):
        drop = {id(ln) for ln in edges if _PAGE_NUMBER.fullmatch(ln.text)}
        drop |= {
            id(ln)
            for ln in outside
            if len(ln.text) <= CAPS_HEADING_CHARS and recurring[furniture_key(ln.text)] >= enough
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
