"""Question (+ passages) → Answer with citations. Extractive without an LLM."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain import Answer, Citation, Passage
from app.text import detect_language

NOT_FOUND = {
    "vi": "Không tìm thấy thông tin này trong tài liệu đã lập chỉ mục.",
    "en": "This information was not found in the indexed documents.",
}


def citation_for(n: int, passage: Passage, quote: str) -> Citation:
    c = passage.chunk
    return Citation(n, c.source, c.title, c.date, c.paragraph, quote, passage_text=c.text)


def quote_best_passage(question: str, passages: Sequence[Passage]) -> Answer:
    """The simplest honest answer: the best passage, quoted and cited."""
    language = detect_language(question)
    if not passages:
        return Answer(question, NOT_FOUND[language], False, language=language)
    best = passages[0]
    citation = citation_for(1, best, best.chunk.text)
    return Answer(question, f"{best.chunk.text} [1]", True, (citation,), tuple(passages), language)
