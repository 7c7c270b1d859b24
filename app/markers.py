"""An answer's "[n]" markers: how one is written and read, and the rule that ties markers to citations.

The rule: every "[n]" in an answer's text is the marker of its citation n, and every citation is marked.
domain.Answer refuses to be made otherwise (`unmatched` says what is wrong), so no path — extractive,
catalogue list, section, letterhead fact, an LLM's verified reply — can show a marker that points nowhere or
a source nothing points to. The sources panel, the chat's links and the exports' footnotes read the markers
with `MARKER` and find each one's citation.

Document text put into an answer goes through `literal` first: a "[17]" a document prints ("[17] điểm
giao dịch" in a news article) is text, not a marker, and is shown with full-width brackets ("［17］") so
that neither a reader nor the code takes it for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MARKER = re.compile(r"\[(\d+)\]")


def marker(n: int) -> str:
    """The marker of citation n: "[n]"."""
    return f"[{n}]"


def numbers(text: str) -> list[int]:
    """The citation numbers the text's markers point to, in the order written (repeats kept)."""
    return [int(m) for m in MARKER.findall(text)]


def literal(text: str) -> str:
    """Document text as an answer may hold it: its "[17]" become "［17］", never a marker."""
    return MARKER.sub(lambda m: f"［{m[1]}］", text)


def unmatched(text: str, cited: Iterable[int]) -> str | None:
    """What breaks the rule between a text's markers and its citations' numbers, or None when they match."""
    cited = list(cited)
    if len(set(cited)) != len(cited):
        return f"two citations share a number: {sorted(cited)}"
    written = set(numbers(text))
    pointing_nowhere = sorted(written - set(cited))
    unmarked = sorted(set(cited) - written)
    if pointing_nowhere:
        return f"markers {pointing_nowhere} have no citation"
    if unmarked:
        return f"citations {unmarked} are not marked in the text"
    return None
