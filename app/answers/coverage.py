"""Whether the documents cover the places a question names.

The gazetteer holds one province's units, but a question may name any place: "Tỉnh ủy Nghệ An yêu cầu gì …"
asked of Hải Dương's guidance must not be answered from Hải Dương's text. A place named by its form
(places.named_by_form: a unit word and a capitalised name) that the gazetteer does not hold and that no
indexed paragraph mentions is outside what the documents cover: the answer says so, with the passages
found, instead of quoting another place's text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app import places
from app.answers.citing import quoted
from app.domain import Answer, Language, Passage

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
