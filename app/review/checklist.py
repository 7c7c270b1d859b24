"""Draft (+ district) → Review: which requirements of the guidance the draft addresses, partly or not at all.

Without an LLM every status comes from one explainable score per requirement, taken at the draft passage
(a sentence, or two consecutive sentences of a paragraph) that serves it best:

    score = SEMANTIC_WEIGHT · similarity + (1 − SEMANTIC_WEIGHT) · coverage

- similarity: cosine of the requirement (embedded as a query) and the passage, rescaled so that 0 is the
  similarity a requirement has to the other requirements of the guidance (their median) and 1 is identity —
  this keeps the scale independent of the embedding model. Text typed without diacritics embeds poorly, so
  such a passage is judged on coverage alone;
- coverage: the weighted share of the requirement's key terms found in the passage, matched with diacritics
  ("độ" is not "đó") unless the passage was typed without them, then folded. A term weighs by how rare it is
  among the requirements (idf); words every political report uses ("phát triển", "nhiệm vụ"), bare verbs
  ("thực hiện"), the purpose of a requirement ("… để tạo sự đồng thuận") and the heading it was given under
  count less; the genre's usual synonyms count as the term ("so với" for "so sánh", "còn thấp" or "chưa đạt"
  for "hạn chế"), found in the requirement's own words even across function words ("không đạt"). What a
  requirement asks to compare with ("so sánh với 5-10 năm trước") is no term: any comparison meets it.
  Key terms, their weights and the matching: app.review.terms.

A paragraph the drafting team has left to be written ("[Bổ sung sau.]", "(Đang chờ số liệu …)", a short stub
ending in "…") restates what is asked rather than meeting it: its passages' scores count a quarter, and it
states no count (app.review.counts).

A requirement listing several things is judged by the same score: demoting it to "partly" unless half of
its items were each found by their own words was tried and removed (bench/experiments/NOTES.md): drafts that
word the items differently were told they met the requirement only partly.

With an LLM (prompts/review.md) the missing and partly met points get concrete suggestions, each citing the
requirement [R<n>] it serves; a suggestion citing no listed requirement, or sharing no key term with the one
it cites, is dropped.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from app import lexicon, places
from app.catalogue.requirements import applicable, applies_to
from app.documents import planted
from app.domain import ChatModel, Embedder, Requirement, Review, ReviewItem, Status
from app.index.corpus import CorpusIndex
from app.index.vectors import SentenceVectors, unit
from app.labels import STATUS_LABELS
from app.prompts import load_prompt_parts
from app.review.counts import status_by_count
from app.review.terms import requirement_units, term_grams, unit_present
from app.text import has_diacritics, normalize, split_sentences, syllables

log = logging.getLogger(__name__)

# Score and thresholds: calibrated on tests/data/drafts (bench/bench_review.py prints the accuracy); the
# weight 0.25 (was 0.3) on the dev half of tests/data/drafts_guidance without lowering the seed drafts'.
SEMANTIC_WEIGHT = 0.25
ADDRESSED = 0.34
PARTLY = 0.28
WINDOW = 2  # a requirement may be met across this many consecutive sentences of a paragraph
SEMANTIC_CANDIDATES = 2  # sentences embedded per requirement: those sharing the most key terms with it …
CANDIDATE_RATIO = 0.7  # … and at least this share of the best one's coverage
MIN_SENTENCE_SYLLABLES = 3  # headings such as "I." are not passages
# A paragraph still to be written ("Kinh tế biển: Đánh giá kết quả … [Bổ sung sau.]", "Sạt lở bờ biển: …")
# restates what the guidance asks; its score counts this much, so that text written elsewhere wins (0.25
# over 0.5 on the dev halves of the draft sets: 768 against 758 of 1036 labels)
UNWRITTEN_WEIGHT = 0.25
STUB_SYLLABLES = 25  # a paragraph this short ending in "…" is a stub still to be written
LLM_DRAFT_CHARS = 12000  # the draft as the LLM sees it, cut here

EMPTY_DRAFT = "Dự thảo trống: hãy dán một đoạn hoặc một phần của dự thảo báo cáo chính trị để rà soát."
# Said wherever the review is shown (web app, command line, JSON): each adds how to give the district there.
NEEDS_DISTRICT = (
    "Chưa nhận ra dự thảo này của huyện, thị xã hay thành phố nào, nên mới rà soát theo các yêu cầu chung. "
    "Hãy cho biết đơn vị để rà soát cả các yêu cầu riêng của đơn vị đó; các đơn vị của tỉnh: {names}."
)
UNKNOWN_DISTRICT = "Không nhận ra đơn vị “{name}”. Hãy chọn một trong: {names}."
NO_GUIDANCE = (
    "Chỉ mục chưa có yêu cầu nào từ văn bản hướng dẫn (thư mục corpus/guidance): hãy thêm văn bản hướng dẫn "
    "rồi chạy `duthao index`."
)
# The guidance indexed is for other districts only (a notice on other districts' drafts): the draft is checked
# against its general points, and told so.
NOT_FOR_DISTRICT = (
    "Các văn bản hướng dẫn đã lập chỉ mục chưa nêu yêu cầu nào đối với {district} (các văn bản dành cho "
    "{others}); bản rà soát dưới đây đối chiếu với các yêu cầu chung của các văn bản đó."
)
LLM_FAILED = (
    "Không gọi được mô hình ngôn ngữ ({error}); kết quả chỉ dựa trên chấm điểm tự động, không có gợi ý."
)
DROPPED = "Đã bỏ {n} gợi ý của mô hình ngôn ngữ vì không dẫn đúng yêu cầu nào."
_MARKER = re.compile(r"\[R(\d+)\]", re.IGNORECASE)


@dataclass(frozen=True)
class RequirementSet:
    """The requirements of one index snapshot, with what scoring needs: embeddings, term weights, baseline."""

    key: tuple[int, int]  # (snapshot generation, number of requirements)
    requirements: tuple[Requirement, ...]
    vectors: np.ndarray  # one L2-normalised query-side row per requirement
    terms: tuple[dict[str, float], ...]  # per requirement: unit (syllable(s) or "~group") → weight
    baseline: float  # median cosine of a requirement and the other requirements: "unrelated" on this scale


@dataclass
class _Passage:
    text: str  # the draft's text (whitespace-normalised): one sentence or consecutive ones
    rows: tuple[int, ...]  # its sentences, as rows of the sentence matrix
    grams: frozenset[str]  # syllable n-grams, folded if the passage was typed without diacritics
    accented: bool
    unwritten: bool = False  # its paragraph holds a placeholder: the text is still to be written


def build_requirement_set(
    key: tuple[int, int], requirements: Sequence[Requirement], embeddings: Embedder
) -> RequirementSet:
    """Embed the requirements and weight their key terms (idf over the requirements)."""
    requirements = tuple(requirements)
    raw = [requirement_units(r) for r in requirements]
    df = Counter(u for units in raw for u in units)
    n = len(requirements)

    def idf(unit: str) -> float:
        return math.log((n + 1) / max(df[unit], 1)) + 0.1

    terms = tuple({u: idf(u) * w for u, w in units.items()} for units in raw)
    if not requirements:
        return RequirementSet(key, requirements, np.zeros((0, 1), dtype=np.float32), terms, 0.0)
    texts = [r.text for r in requirements]
    queries = np.stack([unit(embeddings.embed_query(t)) for t in texts])
    baseline = 0.0
    if n >= 2:
        passages = np.stack([unit(v) for v in embeddings.embed_documents(texts)])
        sims = queries @ passages.T
        baseline = float(np.median(sims[~np.eye(n, dtype=bool)]))
    return RequirementSet(key, requirements, queries, terms, baseline)


def detect_district(text: str) -> str | None:
    """The district a draft is about: the one it names most often (ties: the first named), else None."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for i, sentence in enumerate(s for para in text.split("\n") for s in split_sentences(para)):
        for name in places.find(sentence):
            counts[name] += 1
            order.setdefault(name, i)
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], -order[name]))


SUMMARY_COUNT = "{label}: {n}/{total} yêu cầu"
SUMMARY_MISSING = "Các yêu cầu còn thiếu:"
SUMMARY_NONE_MISSING = "Không thiếu yêu cầu nào."


def summarize(items: Sequence[ReviewItem]) -> str:
    """A readable list: one line per status with its count, then each missing requirement in full.

    Counts the verdict of each item (the user's, when they set one).
    """
    total = len(items)
    lines = [
        SUMMARY_COUNT.format(label=label, n=sum(i.verdict == status for i in items), total=total)
        for status, label in STATUS_LABELS.items()
    ]
    missing = [" ".join(i.requirement.text.split()) for i in items if i.verdict == Status.MISSING]
    if missing:
        return "\n".join([*lines, SUMMARY_MISSING, *(f"- {text}" for text in missing)])
    return "\n".join([*lines, SUMMARY_NONE_MISSING])


_ELLIPSIS_END = re.compile(r"(?:…|\.{3})\s*[)\]]?\s*$")


def is_unwritten(paragraph: str) -> bool:
    """Whether a draft's paragraph is still to be written: it holds a drafting team's placeholder
    (app/lexicon/draft_placeholders.txt: "[Bổ sung sau.]", "(Đang chờ số liệu …)"), or it is a short stub
    ending in an ellipsis ("Tình hình sạt lở bờ biển, cửa sông và giải pháp ứng phó: …"); a paragraph of
    text that trails off at its end has been written."""
    if lexicon.pattern("draft_placeholders").search(paragraph):
        return True
    return bool(_ELLIPSIS_END.search(paragraph)) and len(syllables(paragraph)) <= STUB_SYLLABLES


class Reviewer:
    """Reviews drafts against the requirements of the live index; requirements follow index rebuilds."""

    def __init__(
        self,
        index: CorpusIndex,
        embeddings: Embedder,
        chat_model: ChatModel | None = None,
        vectors: SentenceVectors | None = None,
    ) -> None:
        self.index = index
        self.embeddings = embeddings
        self.chat_model = chat_model
        self._set: RequirementSet | None = None
        self._lock = threading.Lock()
        self.vectors = vectors or SentenceVectors(embeddings)

    # ---- requirements ---------------------------------------------------------------------------------

    def requirement_set(self) -> RequirementSet:
        """The requirements of the live snapshot, extracted and embedded once per snapshot generation."""
        snap = self.index.snapshot()
        key = (snap.generation, len(snap.requirements))
        with self._lock:
            if self._set is None or self._set.key != key:
                requirements = snap.requirements  # the catalogue, built when the index was
                log.info("%d requirements from snapshot %d", len(requirements), snap.generation)
                self._set = build_requirement_set(key, requirements, self.embeddings)
            return self._set

    def requirements(self, district: str | None = None) -> list[Requirement]:
        """All requirements, or those that apply to a district (the general ones and its own)."""
        reqs = list(self.requirement_set().requirements)
        return reqs if district is None else applicable(reqs, district)

    # ---- review ---------------------------------------------------------------------------------------

    def review(self, draft: str, district: str | None = None) -> Review:
        """The checklist of the requirements that apply to the draft's district. A sentence of the draft
        written to steer an assistant (app/documents/planted.py) meets no requirement and is not sent to
        an LLM."""
        text = planted.redact(normalize(draft or ""))
        name: str | None = None
        if district and district.strip():
            name = places.canonical(district)
            if name is None:
                message = UNKNOWN_DISTRICT.format(name=district.strip(), names=", ".join(places.names()))
                return Review(None, message, needs_district=True)
        if not text.strip():
            return Review(name, EMPTY_DRAFT)
        if name is None:
            name = detect_district(text)
        if name is None:
            return self._general_review(text)

        rset = self.requirement_set()
        rows = [i for i, r in enumerate(rset.requirements) if not r.districts or name in r.districts]
        notice = None
        if rows and not any(applies_to(r, name) for r in rset.requirements):
            # nothing was written for this district: the general points of what there is, said to be so
            others = dict.fromkeys(d for r in rset.requirements for d in r.districts or r.for_districts)
            notice = NOT_FOR_DISTRICT.format(district=name, others=", ".join(others))
        if not rows:
            return Review(name, NO_GUIDANCE)
        items = self._score(text, rset, rows)
        review = Review(name, summarize(items), tuple(items))
        if self.chat_model is not None and any(i.status != Status.ADDRESSED for i in items):
            review = self._suggest(review, text)
        if notice is not None:
            review = replace(review, notice="\n".join(n for n in (notice, review.notice) if n))
        return review

    def _general_review(self, text: str) -> Review:
        """No district given or named: the draft against the requirements for every district, and a
        request for the district (needs_district) so that its own requirements can be added."""
        asked = NEEDS_DISTRICT.format(names=", ".join(places.names()))
        rset = self.requirement_set()
        rows = [i for i, r in enumerate(rset.requirements) if not r.districts]
        if not rows:
            return Review(None, NO_GUIDANCE, needs_district=True, notice=asked)
        items = self._score(text, rset, rows)
        review = Review(None, summarize(items), tuple(items))
        if self.chat_model is not None and any(i.status != Status.ADDRESSED for i in items):
            review = self._suggest(review, text)
        notice = "\n".join(n for n in (asked, review.notice) if n)
        return replace(review, needs_district=True, notice=notice)

    def _passages(self, text: str) -> tuple[list[str], list[_Passage]]:
        sentences: list[str] = []
        passages: list[_Passage] = []
        for paragraph in text.split("\n"):
            own = [s for s in split_sentences(paragraph) if len(syllables(s)) >= MIN_SENTENCE_SYLLABLES]
            first = len(sentences)
            sentences.extend(own)
            unwritten = is_unwritten(paragraph)
            for i in range(len(own)):
                for size in range(1, min(WINDOW, len(own) - i) + 1):
                    passage_text = " ".join(own[i : i + size])
                    rows = tuple(range(first + i, first + i + size))
                    accented = has_diacritics(passage_text)
                    grams = term_grams(passage_text, accented)
                    passages.append(_Passage(passage_text, rows, grams, accented, unwritten))
        return sentences, passages

    def _score(self, text: str, rset: RequirementSet, rows: Sequence[int]) -> list[ReviewItem]:
        sentences, passages = self._passages(text)
        # a paragraph still to be written counts nothing ("Bài học kinh nghiệm: rút ra từ ba đến bốn bài học.
        # (Đang hoàn thiện.)")
        paragraphs = [normalize(p) for p in text.split("\n") if p.strip() and not is_unwritten(p)]
        if not passages:
            return [ReviewItem(rset.requirements[r], Status.MISSING, 0.0) for r in rows]
        coverage = np.zeros((len(rows), len(passages)))
        for k, r in enumerate(rows):
            terms = rset.terms[r]
            total = sum(terms.values()) or 1.0
            coverage[k] = [
                sum(w for u, w in terms.items() if unit_present(u, p.grams, p.accented)) / total
                for p in passages
            ]
        similarity = self._similarity(rset, rows, sentences, passages, coverage)
        # text without diacritics embeds poorly: there the key terms decide alone
        weight = np.array([SEMANTIC_WEIGHT if p.accented else 0.0 for p in passages])
        written = np.array([UNWRITTEN_WEIGHT if p.unwritten else 1.0 for p in passages])
        scores = (weight * similarity + (1 - weight) * coverage) * written
        items = []
        for k, r in enumerate(rows):
            best = int(np.argmax(scores[k]))
            score = float(scores[k, best])
            status = (
                Status.ADDRESSED
                if score >= ADDRESSED
                else Status.PARTLY
                if score >= PARTLY
                else Status.MISSING
            )
            quote = passages[best].text if status != Status.MISSING else None
            # "Rút ra từ 3 đến 4 bài học": how many the draft has decides, not how it words them
            counted = status_by_count(rset.requirements[r].text, paragraphs)
            if counted is not None:
                status, quote = counted
            items.append(
                ReviewItem(
                    rset.requirements[r],
                    status,
                    round(score, 4),
                    quote,
                    similarity=round(float(similarity[k, best]), 4),
                    coverage=round(float(coverage[k, best]), 4),
                )
            )
        return items

    def _similarity(
        self,
        rset: RequirementSet,
        rows: Sequence[int],
        sentences: Sequence[str],
        passages: Sequence[_Passage],
        coverage: np.ndarray,
    ) -> np.ndarray:
        """Rescaled requirement × passage similarity. Only the sentences that share most terms with some
        requirement are embedded (the SEMANTIC_CANDIDATES best by coverage, near the best): embedding is
        most of a review's time, and a sentence sharing no key term with a requirement does not meet it.
        A passage of two sentences takes the closer one's similarity."""
        single = {p.rows[0]: i for i, p in enumerate(passages) if len(p.rows) == 1 and p.accented}
        chosen: set[int] = set()
        for k in range(len(rows)):
            ranked = sorted(single, key=lambda s: -coverage[k, single[s]])[:SEMANTIC_CANDIDATES]
            best = coverage[k, single[ranked[0]]] if ranked else 0.0
            chosen.update(s for s in ranked if coverage[k, single[s]] >= max(CANDIDATE_RATIO * best, 1e-9))
        per_sentence = np.zeros((len(rows), len(sentences)))
        if chosen:
            order = sorted(chosen)
            cosine = rset.vectors[list(rows)] @ self.vectors([sentences[s] for s in order]).T
            per_sentence[:, order] = np.clip((cosine - rset.baseline) / (1.0 - rset.baseline), 0.0, 1.0)
        return np.stack([per_sentence[:, list(p.rows)].max(axis=1) for p in passages], axis=1)

    # ---- LLM suggestions ------------------------------------------------------------------------------

    def _suggest(self, review: Review, text: str) -> Review:
        if self.chat_model is None:
            return review
        numbered = {n: item for n, item in enumerate(review.items, 1) if item.status != Status.ADDRESSED}
        listing = "\n".join(
            f"[R{n}] ({STATUS_LABELS[item.status]}) {item.requirement.text}\n"
            f"    Trích hướng dẫn: “{item.requirement.quote}”"
            for n, item in numbered.items()
        )
        system, user = load_prompt_parts("review")
        prompt = (
            user.replace("{district}", review.district or "")
            .replace("{requirements}", listing)
            .replace("{draft}", text[:LLM_DRAFT_CHARS])
        )
        try:
            reply = self.chat_model.invoke([("system", system), ("human", prompt)])
        except Exception as exc:  # any provider error: the deterministic review still stands
            log.warning("LLM review failed: %s", exc)
            return Review(
                review.district,
                review.summary,
                review.items,
                notice=LLM_FAILED.format(error=type(exc).__name__),
            )
        content = getattr(reply, "content", reply)
        suggestions, dropped = parse_suggestions(str(content), numbered)
        items = tuple(replace(i, suggestion=suggestions.get(n)) for n, i in enumerate(review.items, 1))
        notice = DROPPED.format(n=dropped) if dropped else None
        return Review(review.district, review.summary, items, notice=notice)


def parse_suggestions(reply: str, numbered: dict[int, ReviewItem]) -> tuple[dict[int, str], int]:
    """Suggestions by requirement number from lines like "[R3] …"; (suggestions, number dropped).

    A line is kept only for the listed requirements it cites and shares a key term with (a suggestion
    about something else, citing [R3], does not serve R3).
    """
    out: dict[int, list[str]] = {}
    dropped = 0
    for raw in reply.splitlines():
        line = raw.strip().lstrip("-*•0123456789.) ").strip()
        cited = [int(n) for n in _MARKER.findall(line)]
        claim = " ".join(_MARKER.sub(" ", line).split()).strip(" :-–")
        if not cited:
            continue  # an introduction or a closing remark, not a suggestion
        if not claim:
            dropped += 1
            continue
        kept = False
        for n in dict.fromkeys(cited):
            item = numbered.get(n)
            if item is not None and _relevant(claim, item.requirement):
                out.setdefault(n, []).append(claim)
                kept = True
        dropped += not kept
    return {n: " ".join(parts) for n, parts in out.items()}, dropped


def _relevant(claim: str, requirement: Requirement) -> bool:
    """The suggestion shares a content term (or its synonym) with the requirement it cites."""
    accented = has_diacritics(claim)
    grams = term_grams(claim, accented)
    # a content term: not a generic word or a bare verb ("thể hiện" must not match "thể thao")
    units = requirement_units(requirement)
    return any(unit_present(unit, grams, accented) for unit, weight in units.items() if weight >= 1.0)
