"""HTML → blocks: h1–h6 → heading_level, li → item; text between nested blocks is kept, page furniture
(scripts, navigation, headers, footers, forms) is dropped.

A saved web page holds far more than its article: menus, breadcrumbs, banners, share and print links, photo
captions, "Tin liên quan" lists and footers, often in plain divs and tables that no tag marks as furniture.
The article is found by a maintained main-content extractor (trafilatura, with htmldate for the page's date)
rather than by rules of our own; its text decides which of our blocks are kept, so that headings, items and
the page's own line breaks stay as our walker read them:
- the article runs from its headline (or the first block the extractor kept) to the last block it kept:
  what lies outside is furniture;
- a page trailer's heading ("Tin cùng chuyên mục", "Ý kiến bạn đọc") after the article's last paragraph ends
  it: the extractor may keep the list after it, never the heading;
- inside, a short block the extractor left out (a caption, "Chia sẻ", a byline) is furniture too, while a
  longer one (a lead paragraph the extractor sets apart) stays;
- the line stating the page's publication date is kept wherever it stands, so that the date is the page's,
  not a banner's ("Kỷ niệm … (1930 - 2025)"); so is the byline naming the author the extractor found (who
  wrote an article is asked about).
A page the extractor finds nothing in (a bare document saved as HTML) is read whole, as before.
"""

from __future__ import annotations

import re
from typing import Any

from app.documents.readers.common import (
    LAYOUT_CELL_LINES,
    LAYOUT_TABLE_ROWS,
    _block,
    _join_plain,
    trailer_heading,
)
from app.domain import RawBlock
from app.text import normalize_inline

# A block outside the extracted article but inside its span is kept when it has at least this many words: a
# lead paragraph the extractor sets apart is long, a caption, a byline or a share link is short.
KEPT_OUTSIDE_WORDS = 25
# The extracted article must hold this share of the page's blocks' text to be trusted; less means it found
# only a fragment (a page of short items), and the page is read whole.
MIN_ARTICLE_SHARE = 0.2
MAX_BYLINE_CHARS = 80  # "MINH ĐỨC", "Minh Hằng (Ban Tuyên giáo Tỉnh ủy)"
MAX_DATELINE_CHARS = 120  # "Thứ Ba, 15/10/2024 - 09:12 | Lượt xem: 1.254": a dateline is a short line

# div too: many pages hold their text in divs without any <p>
_HTML_BLOCKS = frozenset(
    ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "blockquote", "pre", "dd", "dt", "div"]
    + ["section", "article", "main", "aside", "ul", "ol", "dl", "table", "tr", "thead", "tbody", "tfoot"]
    + ["caption", "figure", "figcaption", "address", "body", "html", "form", "header", "fieldset", "center"]
)
# A table row whose cells hold only text (a task table: "2 | Gửi dự thảo … | Ban Thường vụ … | Chậm nhất ngày
# 31/10/2024") is one block, its cells joined as the Word reader joins them: the deadline stays with its task.
# A cell holding one of these lays out the page (an old site's layout table) and is walked as blocks.
_LAYOUT_IN_CELL = ["table", "ul", "ol", "li", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6"]
CELL_SEPARATOR = " | "
_HTML_DROP = ["script", "style", "noscript", "template", "nav", "footer", "head"]
# A <form> or <header> is furniture (a search box, a login, a comment box, the site's masthead) unless it
# holds the page: ASP.NET portals wrap the whole body in one <form>, and an article's own <header> holds its
# headline and lead. A form holding at least this share of the page's text wraps the page.
_MAYBE_FURNITURE = ["form", "header"]
FORM_WRAPS_PAGE_SHARE = 0.5


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
    page_chars = len(soup.get_text(" ", strip=True)) or 1
    for tag in soup(_MAYBE_FURNITURE):
        if not _holds_the_page(tag, page_chars):
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
            elif isinstance(child, Tag) and child.name == "tr" and _is_data_row(child):
                flush()
                cells = (
                    normalize_inline(c.get_text(" ")) for c in child.find_all(["td", "th"], recursive=False)
                )
                blocks.append(_block(CELL_SEPARATOR.join(c for c in cells if c), heading_level=level))
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
    article = _main_content(html)
    if article is None:
        return title, blocks
    headline, text, date, author = article
    # "Headline - Cổng thông tin …": a page's <title> that holds the headline adds the portal's name to it
    if title is None or headline and _norm(headline) in _norm(title):
        title = headline or title
    return title, _article_blocks(blocks, text, date, headline, author)


def _cells(row: Any) -> list[Any]:
    return row.find_all(["td", "th"], recursive=False)


def _is_data_row(row: Any) -> bool:
    cells = _cells(row)
    if len(cells) < 2 or any(c.find(_LAYOUT_IN_CELL) for c in cells):
        return False
    # a letterhead or a signature block, as the Word reader tells it: a small two-column table with lines
    # stacked in a cell (the number, the date and the signer each on a line)
    table = row.find_parent("table")
    rows = table.find_all("tr") if table is not None else [row]
    small = len(rows) <= LAYOUT_TABLE_ROWS and max(len(_cells(r)) for r in rows) <= 2
    stacked = any(len(c.find_all(["br", "p"])) + 1 >= LAYOUT_CELL_LINES for c in cells)
    return not (small and stacked)


def _inside(text: str, article: str) -> bool:
    """The extractor kept the block: its text, or every cell of a table row, is in the article's text."""
    parts = [p for p in _norm(text).split(CELL_SEPARATOR.strip()) if p.strip()] or [""]
    return all(p.strip() in article for p in parts)


def _holds_the_page(tag: Any, page_chars: int) -> bool:
    if tag.name == "header":
        return tag.find_parent(["article", "main"]) is not None
    return len(tag.get_text(" ", strip=True)) >= FORM_WRAPS_PAGE_SHARE * page_chars


def _norm(text: str) -> str:
    return normalize_inline(text).lower()


def _main_content(html: str) -> tuple[str | None, str, str | None, str | None] | None:
    """(headline, article text, publication date as yyyy-mm-dd, author) by trafilatura, or None when it finds
    no article. Its own failures are no reason to refuse the page: the page is then read whole."""
    try:
        import trafilatura

        text = trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True)
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 — a third-party parser on arbitrary pages: read the page whole
        return None
    if not text:
        return None
    if meta is None:
        return None, _norm(text), None, None
    return meta.title, _norm(text), meta.date, meta.author


def _states_date(text: str, iso: str) -> bool:
    """True when the text states the date (yyyy-mm-dd) as pages print it: 15/10/2024, 15-10-2024, 15.10.2024,
    ngày 15 tháng 10 năm 2024, with or without leading zeros."""
    year, month, day = (int(x) for x in iso[:10].split("-"))
    numeric = rf"(?<!\d)0?{day}\s*[/.-]\s*0?{month}\s*[/.-]\s*{year}(?!\d)"
    spelled = rf"ngày\s+0?{day}\s+tháng\s+0?{month}\s+năm\s+{year}"
    return bool(re.search(numeric, text) or re.search(spelled, text, re.IGNORECASE))


def _article_blocks(
    blocks: list[RawBlock], article: str, date: str | None, headline: str | None, author: str | None = None
) -> list[RawBlock]:
    inside = [bool(b.text.strip()) and _inside(b.text, article) for b in blocks]
    page_words = sum(len(b.text.split()) for b in blocks) or 1
    kept_words = sum(len(b.text.split()) for b, keep in zip(blocks, inside, strict=True) if keep)
    if not any(inside) or kept_words / page_words < MIN_ARTICLE_SHARE:
        return blocks
    first = inside.index(True)
    last = len(inside) - 1 - inside[::-1].index(True)
    # the extractor may keep a "Tin cùng chuyên mục" list, never its heading: the article ends before a
    # trailer heading after its last paragraph of text (a share bar, "Chia sẻ", may stand above the text)
    paragraphs = [
        i for i in range(first, last + 1) if inside[i] and len(blocks[i].text.split()) >= KEPT_OUTSIDE_WORDS
    ]
    text_end = max(paragraphs, default=first)
    headings = (i for i in range(text_end + 1, last + 1) if trailer_heading().match(blocks[i].text))
    trailer = next(headings, None)
    if trailer is not None:
        last = max((i for i in range(first, trailer) if inside[i]), default=first)
    # the article starts at its headline: a breadcrumb the extractor kept from a table layout lies before it
    wanted = _norm(headline) if headline else None
    heading = next((i for i, b in enumerate(blocks[: last + 1]) if wanted and _norm(b.text) == wanted), None)
    if heading is not None:
        first = heading
    dated = None
    if date:
        stating = [
            i
            for i, b in enumerate(blocks)
            if len(b.text) <= MAX_DATELINE_CHARS and _states_date(b.text, date)
        ]
        # the article's own dateline ("Cập nhật lúc 08:35, 14/05/2020") rather than a top bar's "Thứ Năm,
        # ngày 14/05/2020 RSS Liên hệ": the one inside the article, else the nearest before it
        dated = min(stating, key=lambda i: (not first <= i <= last, abs(i - first)), default=None)
    byline = None
    if author:
        named = (i for i, b in enumerate(blocks) if i >= first and len(b.text) <= MAX_BYLINE_CHARS)
        byline = next((i for i in named if _norm(author) in _norm(blocks[i].text)), None)
    out = []
    for i, block in enumerate(blocks):
        within = first <= i <= last and (inside[i] or len(block.text.split()) >= KEPT_OUTSIDE_WORDS)
        if within or i in (first, dated, byline):
            out.append(block)
    return out
