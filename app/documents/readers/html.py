"""HTML → blocks: h1–h6 → heading_level, li → item; text between nested blocks is kept, page furniture
(scripts, navigation, headers, footers, forms) is dropped.
"""

from __future__ import annotations

import re

from app.documents.readers.common import _block, _join_plain
from app.domain import RawBlock

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
