"""Whether the documents, a document or a sentence are about the places a question names.

- **Places the documents do not cover.** The gazetteer holds one province's units, but a question may name
  any place: "Tỉnh ủy Nghệ An yêu cầu gì …" asked of Hải Dương's guidance must not be answered from Hải
  Dương's text. A place named by its form (places.named_by_form: a unit word and a capitalised name) that
  the gazetteer does not hold and that no indexed paragraph mentions is outside what the documents cover:
  the answer says so, with the passages found, instead of quoting another place's text.
- **Documents about another place.** When the documents do mention such a place (a corpus mixing three
  provinces' pages), only the documents that mention it may answer a question naming it: Nam Định's page
  limit is no answer to "Tỉnh ủy Hà Nam quy định bao nhiêu trang?" (PlaceScope). A name written without its
  unit word ("các huyện ủy ở Nam Định", places.bare_names) counts when the documents name it by form.
- **Sentences about another district.** A question about a district of the gazetteer is answered only by a
  sentence about it (speaks_for): one naming it, or one in a paragraph, section or document addressed to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app import lexicon, places
from app.answers.citing import quoted
from app.domain import Answer, Language, Passage
from app.index.corpus import CorpusIndex
from app.text import fold

NOT_COVERED = {
    Language.VI: "Các tài liệu đã lập chỉ mục không nói về {names}, nên không trả lời được câu hỏi này.",
    Language.EN: "The indexed documents say nothing about {names}, so this question cannot be answered.",
}


def uncovered_places(question: str, mentioned: Callable[[str], bool]) -> tuple[str, ...]:
    """The places the question names by form that no indexed paragraph mentions."""
    return tuple(name for name in places.named_by_form(question) if not mentioned(name))


def not_covered_answer(
    question: str, names: Sequence[str], language: Language, passages: Sequence[Passage]
) -> Answer:
    joined = quoted(", ".join(names))  # the question's words: a "[1]" there is no marker
    return Answer(question, NOT_COVERED[language].format(names=joined), False, (), tuple(passages), language)


class PlaceScope:
    """Which documents may answer a question naming places the gazetteer does not hold ("Tỉnh ủy Hà Nam").

    A document is about another place when it names some place outside the gazetteer by form ("Tỉnh ủy
    Nam Định") and mentions none of the asked ones, neither in its text nor in its title, nor speaks of a
    district the question names. Every other document may answer: one naming no outside place may belong
    to any province (a kế hoạch saying only "Tỉnh ủy"). Documents are read only when asked about."""

    def __init__(
        self,
        names: Sequence[str] = (),
        mentioning: frozenset[str] = frozenset(),
        places_of: Callable[[str], frozenset[str]] | None = None,
        districts_of: Callable[[str], Sequence[str]] | None = None,
        asked_districts: Sequence[str] = (),
    ) -> None:
        self.names = tuple(names)
        self._mentioning = mentioning
        self._places_of = places_of
        self._districts_of = districts_of
        self._asked_districts = tuple(asked_districts)
        self._folded = {fold(n).lower() for n in self.names}
        self._admits: dict[str, bool] = {}

    def admits(self, source: str) -> bool:
        if not self.names or self._places_of is None:
            return True
        known = self._admits.get(source)
        if known is None:
            known = self._decide(source)
            self._admits[source] = known
        return known

    def _decide(self, source: str) -> bool:
        if source in self._mentioning:
            return True
        if self._districts_of is not None and any(
            d in self._districts_of(source) for d in self._asked_districts
        ):
            return True
        assert self._places_of is not None
        elsewhere = self._places_of(source)
        return not elsewhere or any(fold(p).lower() in self._folded for p in elsewhere)


def place_scope(question: str, index: CorpusIndex, asked_districts: Sequence[str] = ()) -> PlaceScope:
    """The documents that may answer a question naming places the gazetteer does not hold. A bare name
    ("ở Nam Định") is a place only if some paragraph names it by form."""
    names = list(places.named_by_form(question))
    for name in places.bare_names(question):
        if name not in names and any(index.mentions(f"{unit} {name}") for unit in _units()):
            names.append(name)
    if not names:
        return PlaceScope()
    snap = index.snapshot()
    mentioning: frozenset[str] = frozenset()
    for name in names:
        # "Ý Yên … giao thông kết nối với hai tỉnh Hà Nam, Ninh Bình": a mention inside a district's
        # paragraph is that district's neighbour, not what the document is about
        mentioning |= index.sources_mentioning(name, snap, where=lambda chunk: not chunk.districts)
    return PlaceScope(
        names,
        mentioning,
        snap.places_named_by_form,
        lambda source: snap.document_districts.get(source, ()),
        asked_districts,
    )


def _units() -> tuple[str, ...]:
    return lexicon.words("administrative_units")


def speaks_for(passage: Passage, named: Sequence[str], asked: Sequence[str], specific: bool = False) -> bool:
    """Whether a sentence of the passage, naming the districts `named`, may answer a question about the
    `asked` districts: one naming another district only does not; one naming none must sit in a paragraph
    about an asked district, or in a paragraph about none of a document that speaks of one. Asked what was
    said of a district in particular (`specific`), only a sentence or paragraph naming it answers: a
    general paragraph of a meeting that merely lists it among others says nothing of it in particular."""
    if not asked:
        return True
    if named and not any(d in named for d in asked):
        return False
    if not named and not any(passage.speaks_for(d) for d in asked):
        return False
    return not specific or any(d in named or d in passage.chunk.districts for d in asked)
