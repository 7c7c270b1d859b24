"""Word (.docx) → blocks: paragraphs and tables in document order.

The Title style → heading_level 0, "Heading N" (or a localised name, or the style chain's outline level)
→ N; Word numbering or a List style → item. A small two-column table that lays out a letterhead or a
signature block gives one block per line.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from app.documents.readers.common import LAYOUT_CELL_LINES, LAYOUT_TABLE_ROWS, _block
from app.domain import RawBlock

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word's built-in names are English in the file; documents made elsewhere may carry localised ones.
_DOCX_HEADING_NAME = re.compile(r"^(?:heading|tiêu đề|đầu đề|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_DOCX_TITLE_NAME = re.compile(r"^(?:title|tiêu đề|tựa đề|titel|titre)$", re.IGNORECASE)


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
