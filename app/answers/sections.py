"""A question that names a heading of a document is answered with that section, whole.

"Báo cáo chính trị Tứ Kỳ nêu những hạn chế, yếu kém gì?" names the heading "1. Hạn chế, yếu kém" of the
district's report; "Các bài học kinh nghiệm là gì?" names "III. Bài học kinh nghiệm". Retrieval finds one
paragraph of such a section; the answer is every paragraph under the heading, in the document's order, each
quoted verbatim and cited. A heading is named when it holds a two-syllable word of the question's topic that
every report uses not (app/lexicon/generic_report_words.txt): "hạn chế", "bài học", "chỉ tiêu", "đột phá".
A question asking what is required ("cần chú ý những gì") is left to the requirement catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answers.citing import Citing, quoted
from app.answers.matching import STOPWORDS, generic_terms, list_topic_terms
from app.answers.retrieve import asks_what_is_required
from app.domain import SECTION_SEPARATOR, Answer, Chunk, Citation, Language, Passage
from app.labels import EN_LEAD
from app.text import fold, syllables, with_bigrams

HEADING_SHARE = 0.5  # … or the question holds this share of the heading's words, and at least
MIN_HEADING_WORDS = 3  # this many
_NUMBERING = re.compile(r"[ivxlc]+|\d+|[a-z]")  # "IV.", "2.", "a)" before a heading's words
HEADING_PASSAGES = 3  # the heading is looked for in the sections of the best passages only
MAX_SECTION_PARAGRAPHS = 12  # a longer section is quoted up to this many paragraphs, the rest named

_LIST_MARK = re.compile(r"[-+•*]\s")
SECTION_LEAD = {
    Language.VI: 'Mục "{heading}" của {title}:',
    Language.EN: 'The section "{heading}" of {title} says (quoted in Vietnamese):',
}
SECTION_MORE = {
    Language.VI: "(Mục này còn {n} đoạn nữa.)",
    Language.EN: "(The section has {n} more paragraphs.)",
}


def _pairs(text: str) -> set[str]:
    """The folded two-syllable words of a text ("han_che")."""
    return {t for t in with_bigrams(syllables(fold(text))) if "_" in t}


def named_heading(question: str, section: str) -> str | None:
    """The deepest part of a section path that the question names, as the path up to it; None if none.
    Named: the heading holds a distinctive two-syllable word of the question, or the question repeats most
    of the heading ("những nhóm nhiệm vụ, giải pháp nào" names "IV. Nhiệm vụ và giải pháp chủ yếu")."""
    terms = list_topic_terms(question)
    asked = [t for t in terms if "_" in t and t not in generic_terms()]
    words = {t for t in terms if "_" not in t}
    if not terms or not section:
        return None
    parts = section.split(SECTION_SEPARATOR)
    for depth in range(len(parts), 0, -1):
        heading = parts[depth - 1]
        if any(t in _pairs(heading) for t in asked):
            return SECTION_SEPARATOR.join(parts[:depth])
        own = [w for w in syllables(fold(heading)) if w not in STOPWORDS and not _NUMBERING.fullmatch(w)]
        found = sum(w in words for w in own)
        if found >= MIN_HEADING_WORDS and found >= HEADING_SHARE * len(own):
            return SECTION_SEPARATOR.join(parts[:depth])
    return None


def _in_section(chunk: Chunk, path: str) -> bool:
    return chunk.section == path or chunk.section.startswith(path + SECTION_SEPARATOR)


def section_answer(
    question: str,
    passages: Sequence[Passage],
    chunks_of: dict[str, list[Chunk]],
    districts: Sequence[str],
    language: Language,
) -> Answer | None:
    """The section of one of the best passages whose heading the question names, quoted whole; None when
    no heading is named, or the section is one paragraph (the extractive answer quotes that already).
    `chunks_of`: each document's chunks in order. A question about districts takes a section of a passage
    about them only."""
    if asks_what_is_required(question):
        # "khi viết phần hạn chế cần chú ý những gì?" asks what the guidance requires: the requirement
        # catalogue gathers that from every guidance document, one section of one would miss the rest
        return None
    for passage in passages[:HEADING_PASSAGES]:
        if districts and not all(passage.speaks_for(d) for d in districts):
            continue
        path = named_heading(question, passage.chunk.section)
        if path is None:
            continue
        members = [c for c in chunks_of.get(passage.chunk.source, []) if _in_section(c, path)]
        if len(members) < 2:
            continue
        shown = members[:MAX_SECTION_PARAGRAPHS]
        heading = path.rsplit(SECTION_SEPARATOR, 1)[-1]
        lead = SECTION_LEAD[language].format(heading=heading, title=passage.chunk.title)
        lines = [quoted(lead)]
        citing = Citing()
        for chunk in shown:
            mark = citing.cite(chunk.id, lambda n, chunk=chunk: Citation.of_chunk(n, chunk, chunk.text))
            bullet = "" if _LIST_MARK.match(chunk.text) else "• "  # "- Quy mô …" shows its own dash
            lines.append(f"{bullet}{quoted(chunk.text)} {mark}")
        if len(members) > len(shown):
            lines.append(SECTION_MORE[language].format(n=len(members) - len(shown)))
        text = "\n".join(lines)
        if language == Language.EN:
            text = f"{EN_LEAD}\n{text}"
        return citing.answer(question, text, passages, language)
    return None
