"""What several readers share: counts as Vietnamese write them, a block's folded text, the line patterns of
the txt, md and pdf readers (item markers, section openings, capitals, ranges), the joining of plain
lines (html, pdf without positions), and the headings of a page's trailer (html, and documents.structure
for pages pasted as text).
"""

from __future__ import annotations

import functools
import re

from app import lexicon
from app.domain import RawBlock
from app.text import normalize


def _n(value: int) -> str:
    """A count as Vietnamese write it: 2.000.000."""
    return f"{value:,}".replace(",", ".")


def _fold(text: str) -> str:
    """NFC, whitespace (newlines included) folded to single spaces."""
    return " ".join(normalize(text).split())


# a table of at most this many rows and two columns, with this many lines stacked in a cell, lays out a
# letterhead or a signature block rather than data ("Huyện | Nhiệm vụ" stays a row)
LAYOUT_TABLE_ROWS = 3
LAYOUT_CELL_LINES = 3


def _block(
    text: str, heading_level: int | None = None, page: int | None = None, item: bool = False
) -> RawBlock:
    return RawBlock(_fold(text), heading_level=heading_level, page=page, item=item)


@functools.cache
def trailer_heading() -> re.Pattern[str]:
    """ "Tin liên quan:", "Từ khóa: …" (app/lexicon/page_trailer_headings.txt), alone or before a colon."""
    words = sorted(lexicon.words("page_trailer_headings"), key=len, reverse=True)
    # "Các tin cùng chuyên mục", "Những bài viết liên quan": with or without the plural word before it
    return re.compile(
        r"^\W*(?:(?:các|những)\s+)?(?:" + "|".join(map(re.escape, words)) + r")\W*(?::|$)", re.IGNORECASE
    )


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


# A page number alone on its line ("1", "- 2 -", "Trang 3", "3/5", "Page 2 of 7"): page furniture
_PAGE_NUMBER = re.compile(
    r"(?:(?:trang|page)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:/|trên|of)\s*\d{1,4})?", re.IGNORECASE
)


def furniture_key(text: str) -> str:
    """A running header's or footer's line with its page number left out: the same on every page."""
    return re.sub(r"\d+", "#", text.lower())


# "-----", "==========": a rule between parts (under a title, between a mail and the notice it carries)
RULE_LINE = re.compile(r"\s*[-=_*~–—]{3,}\s*")
# a công văn's subject ("V/v điều chỉnh …"): under its number, never the letterhead line above it
SUBJECT_LINE = re.compile(r"^\s*V/v\b", re.IGNORECASE)
