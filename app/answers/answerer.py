"""Question (+ history) + passages → Answer with verified citations.

Without an LLM the answer is extractive: the sentences of the top passages that best answer the question,
quoted verbatim, each followed by its [n] marker. With an LLM (a domain.ChatModel) the reply streams,
then every marker and every cited sentence is checked against the passages before the Answer is final.
Follow-ups are resolved by app.answers.follow_up; the years and figures an answer must state are checked
by app.answers.evidence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from app import markers, places
from app.answers import answerability
from app.answers.answerability import MIN_TERM_COVERAGE
from app.answers.candidates import MAX_SENTENCES, SLOT_RATIO, Candidate, first_near_best
from app.answers.citing import Citing, quoted
from app.answers.coverage import speaks_for
from app.answers.evidence import (
    asked_act,
    asked_event,
    asked_slot,
    asks_day,
    asks_deadline,
    asks_for_list,
    asks_for_number,
    asks_meeting_date,
    asks_venue,
    asks_who,
    fills_slot,
    meeting_words_asked,
    of_another_term,
    states_act,
    states_day,
    states_deadline,
    states_event,
    states_figure,
    states_ordinals,
    states_time,
    states_venue,
    states_years,
    tells_of_meeting,
)
from app.answers.figures import (
    only_the_figure_asked,
    owners_first,
    with_other_figures,
    without_superseded,
)
from app.answers.follow_up import condense, condense_with_llm
from app.answers.matching import STOPWORDS, question_topic_terms, term_coverage, without_phrases
from app.catalogue.cues import is_directive
from app.documents import planted
from app.domain import Answer, ChatModel, Citation, Embedder, Language, Passage, Turn
from app.index.vectors import SentenceVectors
from app.labels import EN_LEAD
from app.prompts import load_prompt
from app.text import (
    detect_language,
    fold,
    normalize_inline,
    split_sentences,
    syllables,
)

log = logging.getLogger(__name__)

NOT_FOUND = {
    Language.VI: "Không tìm thấy thông tin này trong tài liệu đã lập chỉ mục.",
    Language.EN: "This information was not found in the indexed documents.",
}
LLM_FAILED = {
    Language.VI: (
        "Không gọi được mô hình ngôn ngữ ({error}); dưới đây là câu trả lời trích nguyên văn tài liệu."
    ),
    Language.EN: "The language model could not be reached ({error}); below, the documents quoted directly.",
}

_MARKER = markers.MARKER
_UNMARKED = re.compile(r"\s*" + _MARKER.pattern)  # a marker with the space before it

# Extractive sentence scoring and the "not found" decision. Calibrated on tests/data/dev_questions.jsonl
# with 600 news articles as distractors (see bench/ and the README); not tied to any document's wording.
SENTENCE_WEIGHTS = {"dense": 0.4, "terms": 0.45, "passage": 0.15}
DENSE_SPREAD = 0.1
DISTRICT_BONUS = 0.15  # the sentence or its own paragraph names the district (not only its document)
UNASKED_DISTRICT_PENALTY = 0.075  # … names a district the question does not (which names none)
EXTRA_SENTENCE_RATIO = 0.85
SAME_PASSAGE_RATIO = 0.7  # a sentence of the best sentence's own paragraph joins more easily
MAX_LIST_SENTENCES = 8  # a list question quotes its paragraph whole up to this many sentences
SUPPORT_TERM_COVERAGE = 0.5  # an LLM sentence is supported when half its content words are in its passage
SUPPORT_DENSE = 0.86


class Answerer:
    """Writes Answers from passages; `chat_model` is optional."""

    def __init__(
        self,
        embeddings: Embedder,
        chat_model: ChatModel | None = None,
        vectors: SentenceVectors | None = None,
    ) -> None:
        self.chat_model = chat_model
        self.vectors = vectors or SentenceVectors(embeddings)

    # ---- follow-ups ----------------------------------------------------------------------------------

    def standalone_question(self, question: str, history: Sequence[Turn]) -> str:
        """Resolve a follow-up ("Còn Nam Sách thì sao?") into a question that stands on its own."""
        if not history:
            return question
        if self.chat_model is not None:
            try:
                return condense_with_llm(self.chat_model, question, history)
            except Exception as exc:  # the deterministic rule below still gives a usable question
                log.warning("condensing with the LLM failed (%s); using the rule", exc)
        return condense(question, history)

    # ---- answers -------------------------------------------------------------------------------------

    def answer_stream(
        self,
        question: str,
        passages: Sequence[Passage],
        asked_districts: Sequence[str] = (),
        naming: Sequence[str] = (),
        asks_when: bool = False,
        specific: bool = False,
    ) -> Iterator[str | Answer]:
        """Yield text pieces, then the final Answer. `naming`: words the question names its document
        with ("Thông báo kết luận"), not part of its topic; `asks_when`: the question asks for a date;
        `specific`: it asks what was said of its districts in particular ("góp ý riêng …")."""
        language = Language(detect_language(question))
        model = self.chat_model
        if model is None or not passages:
            answer = self.extractive(question, passages, asked_districts, naming, asks_when, specific)
            # one cited sentence at a time, like a model writing: the reader starts before the end
            parts = re.split(r"(?<=\]) ", answer.text)
            for i, part in enumerate(parts):
                yield part if i == len(parts) - 1 else part + " "
            yield answer
            return
        pieces: list[str] = []
        try:
            for piece in model.stream(self._answer_messages(question, passages, language)):
                text = str(getattr(piece, "content", piece))
                if text:
                    pieces.append(text)
                    yield text
        except Exception as exc:
            log.warning("LLM answer failed: %s", exc)
            fallback = self.extractive(question, passages, asked_districts)
            notice = LLM_FAILED[language].format(error=type(exc).__name__)
            yield "\n\n" + fallback.text
            yield Answer(
                fallback.question,
                fallback.text,
                fallback.found,
                fallback.citations,
                fallback.passages,
                language,
                notice=notice,
            )
            return
        yield self.verify("".join(pieces), question, passages, language)

    def _answer_messages(
        self, question: str, passages: Sequence[Passage], language: Language
    ) -> list[tuple[str, str]]:
        # planted instructions are data the model must not read as instructions: they are not sent at all
        numbered = "\n\n".join(
            f"[{i}] ({p.chunk.title}; {p.chunk.source}, ¶{p.chunk.paragraph})\n{planted.redact(p.chunk.text)}"
            for i, p in enumerate(passages, 1)
        )
        system = load_prompt("answer").format(
            language="Vietnamese" if language == Language.VI else "English", not_found=NOT_FOUND[language]
        )
        return [("system", system), ("human", f"Passages:\n\n{numbered}\n\nQuestion: {question}")]

    def extractive(
        self,
        question: str,
        passages: Sequence[Passage],
        asked_districts: Sequence[str] = (),
        naming: Sequence[str] = (),
        asks_when: bool = False,
        specific: bool = False,
    ) -> Answer:
        """Pick the passages' sentences that answer the question; say "not found" when none does. A question
        asking when is answered only by a sentence that states a time ("trước ngày 20/4", "tháng 5/2025")."""
        language = Language(detect_language(question))
        passages = tuple(passages)
        if not passages:
            return Answer(question, NOT_FOUND[language], False, (), passages, language)
        terms = without_phrases(question_topic_terms(question), naming)
        # asked the day of a meeting ("họp góp ý … vào ngày nào?"), a sentence dating one tells of it in its
        # own words ("tổ chức hội nghị cho ý kiến"): the question's meeting words count as held by it
        asked_acts = meeting_words_asked(question) if asks_when and asks_meeting_date(question) else ""
        candidates = self._score_sentences(question, passages, terms, asked_districts, specific, asked_acts)
        # a question naming a year is answered from a paragraph stating that year (2019, not 2025)
        pool = [c for c in candidates if states_years(question, [c.passage.chunk.text])] or candidates
        if asks_for_number(question):  # "bao nhiêu": sentences stating the figure come first
            pool = [c for c in pool if states_figure(question, [c.sentence])] or pool
            pool = owners_first(question, pool)
        if asks_who(question):  # "Ai chủ trì …?": sentences naming a person come first
            pool = [c for c in pool if places.names_person(c.sentence)] or pool
            pool = _doers_first(question, pool)
        pool = _slot_fillers_first(question, pool)
        if asks_when:  # a deadline or a date the documents do not state is not found, not guessed
            pool = [c for c in pool if states_time(c.sentence)]
            if asks_deadline(question):  # "trước ngày nào?": a deadline, not the day a meeting was held
                pool = [c for c in pool if states_deadline(c.sentence)]
            elif asked_acts:  # "họp … vào ngày nào?": the day of a meeting, not a deadline
                pool = [c for c in pool if tells_of_meeting(c.sentence)]
            if not asks_deadline(question) and asks_day(question):  # "ngày nào?": a day, not a month
                pool = [c for c in pool if states_day(c.sentence)]
            # "Đại hội … khai mạc ngày nào?": a sentence dating a meeting on the draft "trình đại hội" does
            # not date the congress; one that speaks of the congress itself may
            event = asked_event(question)
            if event:
                pool = [c for c in pool if states_event([c.sentence, c.passage.lead], event)]
        # "Hội nghị … tổ chức ở đâu?": a sentence telling of a meeting and naming its place, or not found
        # ("… bảo vệ rừng tại Vườn quốc gia Phú Quốc" names a place, not the meeting's)
        if asks_venue(question):
            pool = [c for c in pool if tells_of_meeting(c.sentence) and states_venue(c.sentence)]
        if asks_when or asks_for_number(question):  # the figure or date of another term is not the one asked
            pool = [c for c in pool if not of_another_term(question, _nearest_first(c))]
        # "Hội nghị Tỉnh ủy lần thứ 25 …" is answered from what is said of that conference, or not at all
        pool = [c for c in pool if states_ordinals(question, [*_nearest_first(c), c.passage.chunk.text])]
        # asked what was said of a district in particular, with no topic ("góp ý riêng gì cho X?"): what was
        # asked of it answers, whatever its words; a sentence naming it among those present does not
        if specific and not terms:
            pool = [c for c in pool if is_directive(c.sentence)]
        chosen = self._choose(pool)
        chosen = without_superseded(question, with_other_figures(question, chosen, pool, naming))
        chosen = only_the_figure_asked(question, chosen)
        chosen = self._with_asked_years(question, chosen, candidates)
        if asks_when or asks_for_number(question):
            chosen = self._with_topic_sentence(chosen, candidates)
        if chosen and asks_for_list(question):
            chosen = self._whole_paragraph(chosen, candidates)
        chosen = _each_sentence_once(chosen)
        # judged within one paragraph: words scattered over unrelated sentences do not make an answer
        # the headings (and a list's lead) count, as in each sentence's score: "Ba là, đột phá về …" under
        # "Ba khâu đột phá"; "- Năm 2022 đạt 412,9 tỷ đồng" under "Kết quả thu ngân sách … như sau:"
        # A date belongs to its sentence's own event: asked when, the headings a sentence sits under do not
        # count ("Tuyến cao tốc … thông xe tháng 9/2018" under "Kết quả thực hiện Nghị quyết Đại hội …" tells
        # nothing of when a congress opens); the lead of its list does ("Tiến độ:" → "- Hoàn thành trước …")
        by_passage: dict[str, list[str]] = {}
        for cand in chosen:
            context = cand.passage.lead if asks_when else cand.passage.context
            by_passage.setdefault(cand.passage.chunk.id, [context, asked_acts]).append(cand.sentence)
        coverage = max((term_coverage(terms, " ".join(v)) for v in by_passage.values()), default=0.0)
        about_it = specific and not terms and bool(chosen)
        # the honest "not found": do the chosen sentences answer? (app.answers.answerability)
        # the sentences near the best, chosen or not: "Không cần dự báo …" says there is no figure to state
        floor = SLOT_RATIO * candidates[0].score if candidates else 0.0
        near = [c.sentence for c in candidates if c.score >= floor]
        evidence = self._evidence(question, terms, chosen, coverage, passages, near) if chosen else None
        if not about_it and not (evidence and answerability.says_answered(evidence)):
            return self._not_found(question, passages, language)

        citing = Citing()
        parts: list[str] = []
        for cand in sorted(chosen, key=lambda c: (c.passage.rank, c.position)):
            chunk, sentence = cand.passage.chunk, cand.sentence
            mark = citing.cite(
                chunk.id,
                lambda n, chunk=chunk, sentence=sentence: Citation.of_chunk(n, chunk, sentence),
                # a second sentence from the same passage extends that citation's quote
                lambda old, sentence=sentence: replace(old, quote=old.quote + " " + sentence),
            )
            prefix = implicit_referent(cand.named, chunk.districts)
            if cand.passage.lead and cand.position == 0:  # what the item is an item of, as an insertion
                prefix += f"[{quoted(cand.passage.lead)}] "
            parts.append(f"{prefix}{quoted(sentence)} {mark}")
        body = " ".join(parts)
        text = f"{EN_LEAD} {body}" if language == Language.EN else body
        return citing.answer(question, text, passages, language)

    def _score_sentences(
        self,
        question: str,
        passages: Sequence[Passage],
        terms: Sequence[str],
        asked: Sequence[str],
        specific: bool = False,
        asked_acts: str = "",
    ) -> list[Candidate]:
        candidates = [
            cand
            for p in passages
            for i, s in enumerate(split_sentences(p.chunk.text))
            if len(s) > 15 and not planted.is_planted(s)  # a sentence written to steer us is never an answer
            # the districts a sentence is about: not one named as a neighbour ("các huyện lân cận Phù Mỹ")
            for cand in [Candidate(p, s, i, places.about(s))]
            if speaks_for(p, cand.named, asked, specific)
        ]
        if not candidates:
            return []
        dense = self.vectors([c.sentence for c in candidates]) @ self.vectors.query(question)
        top_score = max(p.score for p in passages) or 1.0
        high = float(dense.max())
        for cand, d in zip(candidates, dense, strict=True):
            cand.dense = float(d)
            # relative to the best sentence over a fixed spread: e5 similarities differ by hundredths,
            # and min-max over a handful of sentences would blow those up past the topic-word evidence
            dense_norm = max(0.0, 1.0 - (high - float(d)) / DENSE_SPREAD)
            # the headings a paragraph sits under say what it is about ("III. Bài học kinh nghiệm")
            held = f"{cand.passage.context} {cand.sentence}"
            if asked_acts and tells_of_meeting(cand.sentence):
                held += f" {asked_acts}"
            cand.terms = term_coverage(terms, held)
            cand.score = (
                SENTENCE_WEIGHTS["dense"] * dense_norm
                + SENTENCE_WEIGHTS["terms"] * cand.terms
                + SENTENCE_WEIGHTS["passage"] * max(cand.passage.score, 0.0) / top_score
                + self._district_effect(cand, asked)
            )
        return sorted(candidates, key=lambda c: -c.score)

    @staticmethod
    def _district_effect(cand: Candidate, asked: Sequence[str]) -> float:
        # a document about one district only (its own report) is about it in every paragraph
        whole = cand.passage.doc_districts if len(cand.passage.doc_districts) == 1 else ()
        about = cand.named or cand.passage.chunk.districts or whole
        if not asked:
            # a question naming no district asks what holds for all: a sentence said of one district ("[Tân
            # Hồng] Phần hạn chế còn chung chung …", Tây Sơn's "ba bài học") ranks below the general one
            return -UNASKED_DISTRICT_PENALTY if about else 0.0
        return DISTRICT_BONUS if any(d in about for d in asked) else 0.0

    @staticmethod
    def _choose(candidates: list[Candidate]) -> list[Candidate]:
        if not candidates:
            return []
        best = candidates[0]
        chosen = [best]
        for cand in candidates[1:]:
            if len(chosen) >= MAX_SENTENCES:
                break
            if cand.terms == 0:
                continue
            if cand.passage is best.passage:
                # the best sentence's own paragraph: a sentence joins if it is nearly as good, or if it
                # covers the question's topic words as fully (it continues the same point)
                joins = cand.score >= SAME_PASSAGE_RATIO * best.score or cand.terms >= best.terms
            else:  # another paragraph: only a sentence that answers on its own
                joins = cand.score >= EXTRA_SENTENCE_RATIO * best.score and cand.terms >= MIN_TERM_COVERAGE
            if joins:
                chosen.append(cand)
        return chosen

    @staticmethod
    def _with_asked_years(
        question: str, chosen: list[Candidate], candidates: list[Candidate]
    ) -> list[Candidate]:
        """ "Thu ngân sách năm 2019?": when the best sentence names the topic and a later sentence of its
        paragraph states the year ("Năm 2019 đạt 205,4 tỷ đồng"), that sentence joins the answer."""
        if not chosen or states_years(question, [c.sentence for c in chosen]):
            return chosen
        best = chosen[0].passage
        for cand in sorted((c for c in candidates if c.passage is best), key=lambda c: c.position):
            if cand not in chosen and states_years(question, [cand.sentence]):
                return [*chosen, cand]
        return chosen

    @staticmethod
    def _with_topic_sentence(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
        """ "Thu ngân sách năm 2019 là bao nhiêu?": when the figure stands in a later sentence of its
        paragraph ("Năm 2015 đạt 118,6 tỷ đồng; năm 2019 đạt 205,4 tỷ đồng") and the paragraph's opening
        sentence names the topic better ("2. Thu ngân sách nhà nước … tăng khá qua các năm."), that opening
        sentence joins the answer: the figure means nothing without it."""
        if not chosen:
            return chosen
        best = chosen[0]
        opening = next((c for c in candidates if c.passage is best.passage and c.position == 0), None)
        if opening is None or opening in chosen or best.position == 0 or opening.terms <= best.terms:
            return chosen
        return [*chosen, opening]

    @staticmethod
    def _whole_paragraph(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
        """A question asking for a list ("những … nào") gets the best paragraph's enumeration whole."""
        best = chosen[0].passage
        same = sorted((c for c in candidates if c.passage is best), key=lambda c: c.position)
        if len(same) > MAX_LIST_SENTENCES:
            return chosen
        others = [c for c in chosen if c.passage is not best]
        return sorted([*same, *others], key=lambda c: -c.score)

    @staticmethod
    def _evidence(
        question: str,
        terms: Sequence[str],
        chosen: Sequence[Candidate],
        coverage: float,
        passages: Sequence[Passage],
        nearby: Sequence[str] = (),
    ) -> answerability.Evidence:
        best = chosen[0].passage
        top = max(p.score for p in passages)
        return answerability.Evidence.measure(
            question,
            topic_words=len(terms),
            sentences=[c.sentence for c in chosen],
            coverage=coverage,
            best_terms=chosen[0].terms,
            dense=max(c.dense for c in chosen),
            passage_rank=best.rank,
            passage_share=max(best.score, 0.0) / top if top > 0 else 0.0,
            context=[t for c in chosen for t in (c.passage.context, c.passage.chunk.title)],
            nearby=nearby,
        )

    @staticmethod
    def _not_found(question: str, passages: Sequence[Passage], language: Language) -> Answer:
        return Answer(question, NOT_FOUND[language], False, (), tuple(passages), language)

    # ---- verification of LLM answers -----------------------------------------------------------------

    def verify(self, reply: str, question: str, passages: Sequence[Passage], language: Language) -> Answer:
        """Drop markers that point to no passage; a cited sentence its passages do not support loses its
        markers and is flagged. The markers left are renumbered in the order first cited (app.answers.citing),
        each with its passage's sentence closest to what was said as the quote."""
        passages = tuple(passages)
        reply = reply.strip()
        if not reply or _says_not_found(reply):
            return self._not_found(question, passages, language)

        def keep_valid(match: re.Match[str]) -> str:
            return match.group(0) if 1 <= int(match.group(1)) <= len(passages) else ""

        cleaned = re.sub(r"\s+([.,;:])", r"\1", _MARKER.sub(keep_valid, reply))
        claims: dict[int, list[str]] = {}  # passage number → what the reply says it supports
        unsupported: list[str] = []
        judged: list[tuple[str, bool]] = []
        for sentence in split_sentences(cleaned):
            numbers = [int(n) for n in _MARKER.findall(sentence)]
            claim = _UNMARKED.sub("", sentence).strip()
            if not numbers or not any(self._supports(passages[n - 1], claim) for n in numbers):
                unsupported.append(claim)
                judged.append((claim, False))
                continue
            for n in numbers:
                claims.setdefault(n, []).append(claim)
            judged.append((sentence, True))

        citing = Citing()

        def cite(match: re.Match[str]) -> str:
            number = int(match[1])
            chunk = passages[number - 1].chunk
            quote = _best_quote(chunk.text, " ".join(claims[number]))
            return citing.cite(number, lambda n: Citation.of_chunk(n, chunk, quote))

        out = [_MARKER.sub(cite, sentence) if ok else f"{sentence} ⚠" for sentence, ok in judged]
        if not citing.citations:
            return replace(self._not_found(question, passages, language), unsupported=tuple(unsupported))
        return citing.answer(question, " ".join(out), passages, language, unsupported=tuple(unsupported))

    def _supports(self, passage: Passage, claim: str) -> bool:
        text = planted.redact(
            passage.chunk.text
        )  # what the model was given: a planted sentence supports nothing
        terms = [w for w in syllables(fold(claim)) if w not in STOPWORDS]
        if terms and term_coverage(terms, text) >= SUPPORT_TERM_COVERAGE:
            return True
        if not claim or not text.strip():
            return False
        sentences = split_sentences(text) or [text]
        sims = self.vectors(sentences) @ self.vectors.query(claim)
        return float(sims.max()) >= SUPPORT_DENSE


def _doers_first(question: str, pool: list[Candidate]) -> list[Candidate]:
    """Asked who did something ("Ai chủ trì cuộc họp …?"), the sentences telling of that act ("Đồng chí …,
    Phó Bí thư Tỉnh ủy chủ trì hội nghị") come first: a sentence naming the same person doing something
    else does not answer."""
    act = asked_act(question)
    return pool if act is None else first_near_best(pool, lambda c: states_act(c.sentence, act))


def _slot_fillers_first(question: str, pool: list[Candidate]) -> list[Candidate]:
    """The sentences that fill the slot the question asks about (evidence.asked_slot) come first: a
    heading repeating the question's names does not say "bằng hình thức gì"."""
    slot = asked_slot(question)
    return pool if slot is None else first_near_best(pool, lambda c: fills_slot(question, slot, c.sentence))


def _each_sentence_once(chosen: list[Candidate]) -> list[Candidate]:
    """A sentence two documents hold word for word (a scanned PDF and its OCR text, a notice and the page
    reprinting it) is quoted once, from the first: the same words twice read as two rules."""
    seen: set[str] = set()
    out = []
    for cand in chosen:
        key = " ".join(syllables(fold(cand.sentence)))
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out


def _nearest_first(cand: Candidate) -> list[str]:
    """What a sentence is said under, nearest first: itself, its list's lead, its headings (innermost
    first), its document's title."""
    headings = [h for h in cand.passage.chunk.section.split(" › ") if h][::-1]
    return [cand.sentence, cand.passage.lead, *headings, cand.passage.chunk.title]


def implicit_referent(named: Sequence[str], chunk_districts: Sequence[str]) -> str:
    """ "[Nam Sách] " before a quote whose paragraph is about one or two districts it does not name itself
    ("Trong đó, cần ưu tiên…"): square brackets mark an editor's insertion. The quote stays verbatim."""
    if named or not chunk_districts or places.is_overview(chunk_districts):
        return ""
    return "[" + " và ".join(chunk_districts) + "] "


def _says_not_found(reply: str) -> bool:
    folded = fold(normalize_inline(reply)).lower()
    return any(fold(v).lower().rstrip(".") in folded for v in NOT_FOUND.values()) and not _MARKER.search(
        reply
    )


def _best_quote(passage_text: str, claim: str) -> str:
    """The passage sentence sharing the most words with the claim: the verbatim quote for a citation."""
    sentences = [s for s in split_sentences(passage_text) if not planted.is_planted(s)] or [passage_text]
    claim_terms = set(syllables(fold(claim)))
    return max(sentences, key=lambda s: len(claim_terms & set(syllables(fold(s)))))
