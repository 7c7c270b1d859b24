"""Answers from the requirement catalogue, with no LLM: report questions as lists, "which districts…"
questions, and the report outline.

A report question ("Báo cáo chính trị của Nam Sách cần đề cập những gì [về giao thông]?") lists the
district's own requirements first, then the general ones; without a topic they are grouped by the part of
the report they belong to (Theme), with a topic only those about it are listed, the most on-topic first.
Every line is a verbatim quote with its [n]; a quote whose subject is implicit ("Huyện cần…", "Trong đó,
cần…") is preceded by its referent in square brackets, the Vietnamese mark of an editor's insertion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app import places
from app.answers.citing import Citing, quoted
from app.answers.intent import Intent, names_draft, tells_of_review
from app.answers.matching import list_topic_terms, term_coverage, without_phrases
from app.catalogue.cues import negated_part
from app.catalogue.requirements import applies_to
from app.documents import planted
from app.domain import Answer, Chunk, Citation, Language, Outline, OutlineSection, Passage, Requirement, Theme
from app.index.vectors import SentenceVectors
from app.labels import EN_LEAD, THEME_TITLES
from app.text import fold, glossary_terms, split_sentences, syllables

# Answers are plain text (the chat shows document text escaped, never as markup): the list's structure is
# carried by these marks, one line each.
GROUP_MARK, THEME_MARK, ITEM_MARK = "■", "▸", "•"
TOPIC_COVERAGE = 0.5  # share of a list question's topic a requirement must hold to be listed for it
WHICH_COVERAGE = 0.4  # … a sentence must hold to name its district in a "which districts" answer
WHICH_RATIO = 0.6  # … and this share of the best sentence's coverage
RELATED = 3  # requirements offered as possibly related when none is about the topic

OWN_HEADING = {
    Language.VI: "Yêu cầu riêng đối với {district}",
    Language.EN: "Requirements for {district} in particular",
}
GENERAL_HEADING = {
    Language.VI: "Yêu cầu chung cho các đơn vị",
    Language.EN: "Requirements for every district",
}
NO_TOPIC = {
    Language.VI: "Hướng dẫn chưa nêu yêu cầu về {topic} đối với {district}.",
    Language.EN: "The guidance states no requirement about {topic} for {district}.",
}
RELATED_LEAD = {
    Language.VI: "Các yêu cầu gần nhất, có thể liên quan:",
    Language.EN: "The closest requirements, possibly related:",
}
EVERY_DISTRICT = {Language.VI: "các đơn vị", Language.EN: "the districts"}
NO_REQUIREMENTS = {
    Language.VI: "Các văn bản hướng dẫn đã lập chỉ mục chưa nêu yêu cầu nào đối với {district}.",
    Language.EN: "The indexed guidance states no requirement for {district}.",
}
FOR_OTHERS = {  # after NO_REQUIREMENTS: whom the guidance indexed does speak to
    Language.VI: " Các yêu cầu trong đó dành cho {others}.",
    Language.EN: " Its requirements are for {others}.",
}
OTHERS_NAMED = 6  # at most this many districts named in FOR_OTHERS
# asked which districts must do something, the documents only say of some that they need not or must not
NEGATED_ONLY = {
    Language.VI: "Không tìm thấy đơn vị nào được yêu cầu như vậy trong tài liệu đã lập chỉ mục; tài liệu chỉ "
    "nêu {districts} không cần hoặc không được làm việc này (xem các đoạn liên quan).",
    Language.EN: "No district is asked to do this in the indexed documents; they only say that {districts} "
    "need not or must not (see the related passages).",
}
NO_SPECIFIC = {
    Language.VI: "Không tìm thấy yêu cầu riêng đối với {district} trong văn bản hướng dẫn được hỏi; "
    "các yêu cầu chung cho mọi đơn vị vẫn áp dụng.",
    Language.EN: "No requirement for {district} in particular was found in the guidance asked about; the "
    "requirements for every district apply.",
}


_ABOUT = re.compile(r"\b(?:về|ve|about|on|regarding)\s+(.+?)\s*[?.!]*$", re.IGNORECASE)


def cite(citing: Citing, r: Requirement) -> str:
    """The marker of a requirement's quote: one per cited paragraph, whose citation gathers the quotes of
    that paragraph listed."""

    def again(c: Citation) -> Citation:
        return c if r.quote in c.quote else _citation(c.n, r, f"{c.quote} {r.quote}", c.passage_text)

    return citing.cite((r.source, r.paragraph), lambda n: _citation(n, r, r.quote, r.quote), again)


def _citation(n: int, r: Requirement, quote: str, passage_text: str) -> Citation:
    return Citation(
        n,
        r.source,
        r.title,
        r.date,
        r.paragraph,
        quote,
        passage_text=passage_text,
        section=r.section,
        page=r.page,
    )


def _line(r: Requirement, citing: Citing, who: str = "") -> str:
    """One listed requirement: its referent or district, its verbatim quote, its marker."""
    return f"{ITEM_MARK} {who}{referent(r)}{quoted(r.quote)} {cite(citing, r)}"


def referent(r: Requirement) -> str:
    """ "[Nam Sách] " when the quote does not name the district it is scoped to, else ""."""
    if not r.districts or set(places.find(r.quote)) & set(r.districts):
        return ""
    return "[" + " và ".join(r.districts) + "] "


def applicable(
    requirements: Sequence[Requirement], district: str | None, addressed: bool = True
) -> tuple[list, list]:
    """(the district's own requirements, the general ones): with `addressed`, only the general ones of the
    documents for that district (catalogue.applies_to: what the guidance says to it, for answers); without,
    every document's (what a draft is checked against: the outline, like the review). All the general ones
    for no district."""
    own = [r for r in requirements if district and district in r.districts]
    general = [
        r
        for r in requirements
        if not r.districts and (district is None or not addressed or applies_to(r, district))
    ]
    return own, general


def _topic_phrase(question: str, terms: Sequence[str]) -> str:
    """What the question is about, as the user wrote it: the words after "về", else its topic words with
    their diacritics ("hoàn chỉnh", not the folded "hoan chinh" the terms hold)."""
    m = _ABOUT.search(question)
    if m:
        return m.group(1)
    words = {t for t in terms if "_" not in t}
    written: dict[str, str] = {}  # each topic word once, where the question first writes it
    for w in syllables(question):
        if fold(w).lower() in words:
            written.setdefault(fold(w).lower(), w)
    return " ".join(written.values()) or " ".join(t for t in terms if "_" not in t)


def _unique_quotes(requirements: Sequence[Requirement]) -> list[Requirement]:
    """One line per quoted sentence: atomic points of one sentence are listed once, by the first."""
    seen: set[tuple[str, int, str]] = set()
    out = []
    for r in requirements:
        key = (r.source, r.paragraph, r.quote)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _on_topic(requirements: Sequence[Requirement], terms: Sequence[str]) -> list[tuple[float, Requirement]]:
    scored = []
    for r in requirements:
        coverage = term_coverage(terms, f"{r.quote} {r.text} {r.section}")
        if coverage >= TOPIC_COVERAGE:
            mentions = sum(syllables(fold(r.quote)).count(t) for t in terms if "_" not in t)
            scored.append((coverage + 0.01 * mentions, r))
    scored.sort(key=lambda pair: -pair[0])
    return scored


def _lines(requirements: Sequence[Requirement], citing: Citing, grouped: bool) -> list[str]:
    lines: list[str] = []
    if grouped:
        for theme in Theme:
            rows = [r for r in requirements if r.theme == theme]
            if rows:
                lines.append(f"{THEME_MARK} {THEME_TITLES[theme]}")
                lines.extend(_line(r, citing) for r in rows)
    else:
        lines.extend(_line(r, citing) for r in requirements)
    return lines


def report_answer(
    question: str,
    intent: Intent,
    requirements: Sequence[Requirement],
    passages: Sequence[Passage] = (),
    naming: Sequence[str] = (),
) -> Answer | None:
    """The list answer to a report question, or None when the catalogue has nothing to say (no guidance).
    `naming`: how the question names a document ("Hướng dẫn 12-HD/TU"): those words are not its topic."""
    if not requirements:
        return None
    lang = intent.language
    group = intent.districts if intent.together else ()
    district = intent.districts[0] if intent.districts and not intent.general else None
    own, general = applicable(requirements, district)
    if group:
        # "Ba huyện A, B, C cùng được yêu cầu những gì?": what was addressed to all of them together
        own = [r for r in requirements if set(group) <= set(r.districts)]
        district = _names(group, lang)
    who = district or EVERY_DISTRICT[lang]
    if not own and not general:
        text = NO_REQUIREMENTS[lang].format(district=who)
        others = list(dict.fromkeys(d for r in requirements for d in r.districts or r.for_districts))
        if others and len(others) <= OTHERS_NAMED:
            text += FOR_OTHERS[lang].format(others=_names(others, lang))
        return Answer(question, text, False, (), tuple(passages), lang)
    if district and not own and intent.specific and not group:
        # "lưu ý riêng gì cho Thanh Hà?": the general requirements are not what was asked (asked what several
        # districts were asked together, what was asked of every district is)
        return no_specific_answer(question, intent, district, passages)
    terms = without_phrases(list_topic_terms(question), naming)
    citing = Citing()
    parts: list[str] = []
    if terms:
        own_hits = [r for _, r in _on_topic(own, terms)]
        general_hits = [r for _, r in _on_topic(general, terms)]
        if not own_hits and not general_hits:
            return None  # the catalogue has nothing on the topic: the passages may (answered as narrow)
        groups = ((own_hits, True), (general_hits, False))
        grouped = False
    else:
        groups = ((own, True), (general, False))
        grouped = True
    for rows, is_own in groups:
        rows = _unique_quotes(rows)
        if not rows:
            continue
        heading = OWN_HEADING[lang].format(district=district) if is_own else GENERAL_HEADING[lang]
        parts.append(f"{GROUP_MARK} {heading}")
        parts.extend(_lines(rows, citing, grouped))
    body = "\n".join(parts)
    text = f"{EN_LEAD}\n{body}" if lang == Language.EN else body
    return citing.answer(question, text, passages, lang)


def _names(districts: Sequence[str], lang: Language) -> str:
    """ "Lục Ngạn, Sơn Động và Yên Thế"; one name alone."""
    if len(districts) == 1:
        return districts[0]
    last = " và " if lang == Language.VI else " and "
    return ", ".join(districts[:-1]) + last + districts[-1]


def no_specific_answer(question: str, intent: Intent, district: str, passages: Sequence[Passage]) -> Answer:
    """Nothing was said of the district in particular (its draft was not reviewed, or no item names it)."""
    text = NO_SPECIFIC[intent.language].format(district=district)
    return Answer(question, text, False, (), tuple(passages), intent.language)


def no_topic_answer(
    question: str,
    intent: Intent,
    requirements: Sequence[Requirement],
    passages: Sequence[Passage],
    vectors: SentenceVectors,
) -> Answer:
    """ "Hướng dẫn chưa nêu yêu cầu về X đối với Y", with the closest requirements as possibly related."""
    lang = intent.language
    district = intent.districts[0] if intent.districts and not intent.general else None
    own, general = applicable(requirements, district)
    terms = list_topic_terms(question)
    pool = _unique_quotes(own + general)
    related: list[Requirement] = []
    if pool:
        sims = vectors([r.quote for r in pool]) @ vectors.query(question)
        related = [pool[i] for i in sims.argsort()[::-1][:RELATED]]
    text = NO_TOPIC[lang].format(  # the question's own words: a "[1]" typed there is no marker
        topic=quoted(_topic_phrase(question, terms)), district=district or EVERY_DISTRICT[lang]
    )
    citing = Citing()
    if related:  # each quoted with its source, like any list: not found, but what is shown is cited
        text += "\n" + RELATED_LEAD[lang] + "\n" + "\n".join(_lines(related, citing, False))
    return citing.answer(question, text, passages, lang, found=False)


def _sentence_requirement(sentence: str, chunk: Chunk, districts: Sequence[str]) -> Requirement:
    """A sentence of a passage, quoted as a requirement of the districts it names is."""
    return Requirement(
        id="",
        text=sentence,
        quote=sentence,
        source=chunk.source,
        title=chunk.title,
        date=chunk.date,
        paragraph=chunk.paragraph,
        districts=tuple(districts),
        section=chunk.section,
        page=chunk.page,
    )


def which_answer(
    question: str,
    intent: Intent,
    requirements: Sequence[Requirement],
    passages: Sequence[Passage],
    naming: Sequence[str] = (),
    openings: Sequence[Sequence[Chunk]] = (),
) -> Answer | None:
    """Each district the question's topic is said of, with its best quote; None when none is. Without a
    topic ("Những đơn vị nào có yêu cầu riêng?") every district with requirements of its own; asked whose
    drafts were reviewed, those the openings of the documents reviewing them name (`openings`: the first
    chunks of each guidance document found)."""
    terms = without_phrases(list_topic_terms(question), naming)
    # an English question's own words stand in for its topic when the glossary knows none of them
    if intent.asks_reviewed and (
        not terms or intent.language == Language.EN and not glossary_terms(question)
    ):
        # "… cho ý kiến vào dự thảo của những huyện nào?": its words are all a review's, which the list words
        # remove; the districts are those the documents reviewing drafts name
        reviewed = _reviewed_answer(question, intent, passages, openings)
        if reviewed is not None:
            return reviewed
    if not terms:
        own = [r for r in requirements if r.districts]
        if not own:
            return None
        citing = Citing()
        lines = []
        for d in dict.fromkeys(d for r in own for d in r.districts):
            first = next(r for r in own if d in r.districts)
            lines.append(f"{ITEM_MARK} {d}: {quoted(first.quote)} {cite(citing, first)}")
        text = "\n".join(lines)
        if intent.language == Language.EN:
            text = f"{EN_LEAD}\n{text}"
        return citing.answer(question, text, passages, intent.language)
    candidates: list[tuple[float, str, Requirement]] = []
    # "Những huyện nào phải đưa chỉ tiêu … vào …?" is not answered by "Hội nghị thống nhất không đưa chỉ tiêu
    # … vào … của thị xã Buôn Hồ": what a text says a district need not or must not do is no item, unless
    # that is asked; it still sets how well an item must match (an item far below it is no answer either)
    asks_negated = bool(negated_part(question))

    def negates_topic(text: str) -> bool:
        return not asks_negated and term_coverage(terms, negated_part(text)) >= WHICH_COVERAGE

    # a text naming several districts is said of each of them: "những huyện nào …" lists every one named
    for r in requirements:
        if r.districts:
            coverage = term_coverage(terms, r.quote)
            for d in r.districts:
                candidates.append((coverage, d, r))
    for p in passages:
        chunk = p.chunk
        for sentence in split_sentences(chunk.text):
            if planted.is_planted(sentence):
                continue  # never an answer (app/documents/planted.py)
            named = places.find(sentence) or (() if places.is_overview(chunk.districts) else chunk.districts)
            if not named:
                continue
            as_requirement = _sentence_requirement(sentence, chunk, named)
            coverage = term_coverage(terms, sentence)
            for d in named:
                candidates.append((coverage, d, as_requirement))
    if not candidates:
        return None
    best = max(c for c, _, _ in candidates)
    if best < WHICH_COVERAGE:
        return None
    per_district: dict[str, tuple[float, Requirement]] = {}
    for coverage, d, r in candidates:
        if negates_topic(r.quote):
            continue
        if coverage >= max(WHICH_COVERAGE, WHICH_RATIO * best) and coverage > per_district.get(d, (-1.0,))[0]:
            per_district[d] = (coverage, r)
    if not per_district:
        negated = [d for c, d, r in candidates if c == best and negates_topic(r.quote)]
        if not negated:
            return None
        text = NEGATED_ONLY[intent.language].format(
            districts=_names(list(dict.fromkeys(negated)), intent.language)
        )
        return Answer(question, text, False, (), tuple(passages), intent.language)
    citing = Citing()
    lines = []
    for d, (_, r) in sorted(per_district.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"{ITEM_MARK} {d}: {quoted(r.quote)} {cite(citing, r)}")
    lang = intent.language
    body = "\n".join(lines)
    text = f"{EN_LEAD}\n{body}" if lang == Language.EN else body
    return citing.answer(question, text, passages, lang)


def _reviewed_answer(
    question: str, intent: Intent, passages: Sequence[Passage], openings: Sequence[Sequence[Chunk]]
) -> Answer | None:
    """Each district whose draft a document found reviews, with the sentence of its opening naming it; None
    when no document found reviews one. A meeting's report or a conclusion notice names the drafts it
    reviews in its title and lead ("Góp ý dự thảo báo cáo chính trị … 4 huyện", then "… các Huyện ủy Hiệp
    Hòa, Tân Yên, …"); its passages further on are comments on one draft each. Without such an opening,
    the sentences of the passages found that tell of a review."""
    citing = Citing()
    lines: dict[str, str] = {}

    def named_sentences(chunks: Sequence[Chunk]) -> list[tuple[str, Chunk, tuple[str, ...]]]:
        """The chunks' sentences naming a district, with the districts they name (planted ones left out)."""
        found = []
        for chunk in chunks:
            for sentence in split_sentences(chunk.text):
                named = places.find(sentence)
                if named and not planted.is_planted(sentence):
                    found.append((sentence, chunk, named))
        return found

    def name_from(sentences: Sequence[tuple[str, Chunk, tuple[str, ...]]]) -> None:
        # the sentence naming the most districts is quoted for each it names
        for sentence, chunk, named in sorted(sentences, key=lambda s: -len(s[2])):
            new = [d for d in named if d not in lines]
            if new:
                r = _sentence_requirement(sentence, chunk, new)
                for d in new:
                    lines[d] = f"{ITEM_MARK} {d}: {quoted(sentence)} {cite(citing, r)}"

    for chunks in openings:
        if not chunks or not names_draft(
            chunks[0].title
        ):  # "Góp ý dự thảo …", "Thông báo kết luận … về dự thảo …"
            continue
        sentences = named_sentences(chunks)
        # the sentence that tells of the review and names the districts ("Ban Thường vụ … cho ý kiến vào dự
        # thảo … các huyện A, B, C"), else one naming their drafts ("… nghe các huyện ủy A, B báo cáo dự
        # thảo …"), else the opening's names ("… dự thảo … của 4 huyện", then "… các Huyện ủy A, B, C, D")
        for tells in (tells_of_review, names_draft, lambda _: True):
            telling = [s for s in sentences if tells(s[0])]
            if telling:
                name_from(telling)
                break
    if not lines:
        name_from([s for s in named_sentences([p.chunk for p in passages]) if tells_of_review(s[0])])
    if not lines:
        return None
    body = "\n".join(lines.values())
    text = f"{EN_LEAD}\n{body}" if intent.language == Language.EN else body
    return citing.answer(question, text, passages, intent.language)


def outline(district: str, requirements: Sequence[Requirement]) -> Outline:
    """Every requirement that applies to the district, under the usual sections of a political report.
    The atomic points of one quoted sentence are one item, the sentence's first point (under its theme):
    each item shows its quote, and three items quoting one sentence read as the sentence said three times."""
    own, general = applicable(requirements, district, addressed=False)
    shown = _unique_quotes(own + general)
    sections = []
    for theme in Theme:
        rows = tuple(r for r in shown if r.theme == theme)
        if rows:
            sections.append(OutlineSection(theme, THEME_TITLES[theme], rows))
    return Outline(district, tuple(sections))
