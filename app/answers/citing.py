"""Where an answer's markers and citations are made together.

Every answer path writes its markers through one `Citing`: `cite(key, make)` returns the "[n]" of the
source `key` names (a chunk, a paragraph, an LLM's passage number), making its Citation n the first time
and handing back the same n after. The text is the caller's; `answer()` puts it together with exactly the
citations cited, and domain.Answer checks that the two match (app/markers.py), so a marker cannot reach
the user without its source, nor a source without its marker. Document text the caller writes into the
answer goes through `quoted` (markers.literal), so a "[17]" of the document is not taken for a marker.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from app import markers
from app.domain import Answer, Citation, Language, Passage


class Citing:
    """The numbered sources of one answer, in the order first cited."""

    def __init__(self) -> None:
        self._numbers: dict[Hashable, int] = {}
        self._citations: list[Citation] = []

    def cite(
        self,
        key: Hashable,
        make: Callable[[int], Citation],
        again: Callable[[Citation], Citation] | None = None,
    ) -> str:
        """The marker of the source `key`: a new one (its citation `make(n)`) or the one it already has,
        whose citation `again` may change (a second sentence of the paragraph joins its quote)."""
        n = self._numbers.get(key)
        if n is None:
            n = self._numbers[key] = len(self._citations) + 1
            citation = make(n)
            if citation.n != n:
                raise ValueError(f"citation {citation.n} made for marker [{n}]")
            self._citations.append(citation)
        elif again is not None:
            self._citations[n - 1] = again(self._citations[n - 1])
        return markers.marker(n)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(self._citations)

    def answer(
        self,
        question: str,
        text: str,
        passages: Sequence[Passage],
        language: Language,
        found: bool = True,
        unsupported: tuple[str, ...] = (),
    ) -> Answer:
        """The Answer of `text` with the citations its markers point to (checked by domain.Answer)."""
        return Answer(
            question, text, found, self.citations, tuple(passages), language, unsupported=unsupported
        )


def quoted(text: str) -> str:
    """Document text as an answer holds it: verbatim, but a "[17]" it prints is no marker ("［17］")."""
    return markers.literal(text)
