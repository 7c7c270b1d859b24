"""Draft (+ district) → Review: which of the guidance's requirements the draft addresses, partly or not at all.

Without an LLM every status comes from one explainable score per requirement, taken at the draft passage
(a sentence, or two consecutive sentences of a paragraph) that serves it best:

    score = SEMANTIC_WEIGHT · similarity + (1 − SEMANTIC_WEIGHT) · coverage

- similarity: cosine of the requirement and the passage embeddings, rescaled so that 0 is the similarity two
  unrelated requirements of the same guidance have (their median cosine) and 1 is identity — this makes the
  scale independent of the embedding model;
- coverage: the share of the requirement's key terms (content syllables and the pairs they form) present in the
  passage, diacritics folded, each term weighted by how rare it is among the requirements (a word every
  requirement uses, "phát triển", proves little).

With an LLM (prompts/review.md) the missing and partly-met points get concrete suggestions, each citing the
requirement [R<n>] it serves; a suggestion citing no listed requirement, or sharing no key term with the one it
cites, is dropped.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from app.domain import Requirement, Review, ReviewItem
from app.index import CorpusIndex
from app.places import DISTRICT_NAMES, canonical_district, find_districts
from app.requirements import applicable, extract_requirements
from app.text import fold, normalize, split_sentences, syllables

log = logging.getLogger(__name__)

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"

# Score and thresholds: calibrated on tests/data/drafts (see bench/bench_review.py), on the scale above.
SEMANTIC_WEIGHT = 0.5
ADDRESSED = 0.5
PARTLY = 0.3
WINDOW = 2  # sentences of one paragraph a requirement may be met across
MIN_SENTENCE_SYLLABLES = 3  # headings such as "I." are not passages
SENTENCE_CACHE_SIZE = 5000
LLM_DRAFT_CHARS = 12000  # the draft as the LLM sees it, cut here

STATUS_LABELS = {"addressed": "Đã đáp ứng", "partly": "Đáp ứng một phần", "missing": "Chưa có"}
EMPTY_DRAFT = "Dự thảo trống: hãy dán một đoạn hoặc một phần của dự thảo báo cáo chính trị để rà soát."
NEEDS_DISTRICT = (
    "Không xác định được dự thảo này của huyện, thị xã hay thành phố nào. Hãy cho biết đơn vị (ví dụ: "
    "--district \"Kim Thành\"); các đơn vị của tỉnh: {names}."
)
UNKNOWN_DISTRICT = "Không nhận ra đơn vị “{name}”. Hãy chọn một trong: {names}."
NO_GUIDANCE = (
    "Chỉ mục chưa có yêu cầu nào từ văn bản hướng dẫn (thư mục corpus/guidance): hãy thêm văn bản hướng dẫn "
    "rồi chạy `duthao index`."
)
LLM_FAILED = "Không gọi được mô hình ngôn ngữ ({error}); kết quả chỉ dựa trên chấm điểm tự động, không có gợi ý."
DROPPED = "Đã bỏ {n} gợi ý của mô hình ngôn ngữ vì không dẫn đúng yêu cầu nào."
_MARKER = re.compile(r"\[R(\d+)\]", re.IGNORECASE)


@dataclass(frozen=True)
class RequirementSet:
    """The requirements of one index snapshot, with what scoring needs: embeddings, term weights, baseline."""

    key: tuple[Any, ...]
    requirements: tuple[Requirement, ...]
    vectors: np.ndarray  # one L2-normalised row per requirement
    terms: tuple[dict[str, float], ...]  # folded key term → weight, per requirement
    baseline: float  # median cosine between different requirements: "unrelated" on this model's scale


@dataclass
class _Passage:
    text: str  # verbatim (whitespace-normalised) draft text: one sentence or consecutive ones
    rows: tuple[int, ...]  # its sentences, as rows of the sentence matrix
    tokens: frozenset[str]


def _tokens(text: str) -> frozenset[str]:
    """Folded syllables and adjacent-syllable pairs: what key terms are matched against."""
    words = syllables(fold(text))
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def _term_units(term: str) -> list[str]:
    words = syllables(fold(term))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _unit(vector: Sequence[float]) -> np.ndarray:
    v = np.asarray(vector, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


def build_requirement_set(key: tuple[Any, ...], requirements: Sequence[Requirement],
                          embeddings: Embeddings) -> RequirementSet:
    """Embed the requirements and weight their key terms (idf over the requirements)."""
    requirements = tuple(requirements)
    units = [set(u for term in r.key_terms for u in _term_units(term)) for r in requirements]
    df = Counter(u for us in units for u in us)
    n = len(requirements)
    terms = tuple({u: math.log((n + 1) / df[u]) + 0.1 for u in us} for us in units)
    if requirements:
        vectors = np.stack([_unit(v) for v in embeddings.embed_documents([r.text for r in requirements])])
    else:
        vectors = np.zeros((0, 1), dtype=np.float32)
    baseline = 0.0
    if n >= 2:
        sims = vectors @ vectors.T
        baseline = float(np.median(sims[~np.eye(n, dtype=bool)]))
    return RequirementSet(key, requirements, vectors, terms, baseline)


def detect_district(text: str) -> str | None:
    """The district a draft is about: the one it names most often (ties: the first named), else None."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for i, line in enumerate(s for para in text.split("\n") for s in split_sentences(para)):
        for name in find_districts(line):
            counts[name] += 1
            order.setdefault(name, i)
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], -order[name]))


def load_prompt(name: str) -> tuple[str, str]:
    """A prompt file split into its system and user parts (at the line '---')."""
    text = (PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8")
    system, _, user = text.partition("\n---\n")
    return system.strip(), user.strip()


def summarize(items: Sequence[ReviewItem]) -> str:
    """'Đã đáp ứng X/N yêu cầu, đáp ứng một phần Y; thiếu: …'."""
    n = len(items)
    done = sum(i.status == "addressed" for i in items)
    partly = sum(i.status == "partly" for i in items)
    missing = [i.requirement.text for i in items if i.status == "missing"]
    text = f"Đã đáp ứng {done}/{n} yêu cầu, đáp ứng một phần {partly}"
    if missing:
        return text + "; thiếu: " + "; ".join(_short(m) for m in missing) + "."
    return text + "; không thiếu yêu cầu nào."


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


class Reviewer:
    """Reviews drafts against the requirements of the live index; requirements follow index rebuilds."""

    def __init__(self, index: CorpusIndex, embeddings: Embeddings, chat_model: Any = None) -> None:
        self.index = index
        self.embeddings = embeddings
        self.chat_model = chat_model
        self._set: RequirementSet | None = None
        self._lock = threading.Lock()
        self._sentence_vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    # ---- requirements ---------------------------------------------------------------------------------

    def requirement_set(self) -> RequirementSet:
        """The requirements of the live snapshot, extracted and embedded once per snapshot generation."""
        snap = self.index.snapshot()
        guidance = [c for c in snap.chunks if c.doc_type == "guidance"]
        key = (snap.generation, tuple(c.id for c in guidance))
        with self._lock:
            if self._set is None or self._set.key != key:
                requirements = extract_requirements(guidance)
                log.info("%d requirements from snapshot %d", len(requirements), snap.generation)
                self._set = build_requirement_set(key, requirements, self.embeddings)
            return self._set

    def requirements(self, district: str | None = None) -> list[Requirement]:
        """All requirements, or those that apply to a district (the general ones and its own)."""
        reqs = list(self.requirement_set().requirements)
        return reqs if district is None else applicable(reqs, district)

    # ---- review ---------------------------------------------------------------------------------------

    def review(self, draft: str, district: str | None = None) -> Review:
        """The checklist of the requirements that apply to the draft's district."""
        text = normalize(draft or "")
        name: str | None = None
        if district and district.strip():
            name = canonical_district(district)
            if name is None:
                return Review(None, UNKNOWN_DISTRICT.format(name=district.strip(), names=", ".join(DISTRICT_NAMES)),
                              needs_district=True)
        if not text.strip():
            return Review(name, EMPTY_DRAFT)
        if name is None:
            name = detect_district(text)
            if name is None:
                return Review(None, NEEDS_DISTRICT.format(names=", ".join(DISTRICT_NAMES)), needs_district=True)

        rset = self.requirement_set()
        rows = [i for i, r in enumerate(rset.requirements) if not r.districts or name in r.districts]
        if not rows:
            return Review(name, NO_GUIDANCE)
        items = self._score(text, rset, rows)
        review = Review(name, summarize(items), tuple(items))
        if self.chat_model is not None and any(i.status != "addressed" for i in items):
            review = self._suggest(review, text)
        return review

    def _passages(self, text: str) -> tuple[list[str], list[_Passage]]:
        sentences: list[str] = []
        passages: list[_Passage] = []
        for paragraph in text.split("\n"):
            own = [s for s in split_sentences(paragraph) if len(syllables(s)) >= MIN_SENTENCE_SYLLABLES]
            first = len(sentences)
            sentences.extend(own)
            for i in range(len(own)):
                for size in range(1, WINDOW + 1):
                    if i + size <= len(own):
                        chosen = own[i : i + size]
                        passage_text = " ".join(chosen)
                        rows = tuple(range(first + i, first + i + size))
                        passages.append(_Passage(passage_text, rows, _tokens(passage_text)))
        return sentences, passages

    def sentence_vectors(self, sentences: Sequence[str]) -> np.ndarray:
        """Embeddings of draft sentences (one batch for the new ones), L2-normalised, cached (LRU)."""
        missing = list(dict.fromkeys(s for s in sentences if s not in self._sentence_vectors))
        if missing:
            for sentence, vector in zip(missing, self.embeddings.embed_documents(missing), strict=True):
                self._sentence_vectors[sentence] = _unit(vector)
        for sentence in sentences:
            self._sentence_vectors.move_to_end(sentence)
        while len(self._sentence_vectors) > SENTENCE_CACHE_SIZE:
            self._sentence_vectors.popitem(last=False)
        return np.stack([self._sentence_vectors[s] for s in sentences])

    def _score(self, text: str, rset: RequirementSet, rows: Sequence[int]) -> list[ReviewItem]:
        sentences, passages = self._passages(text)
        if not passages:
            return [ReviewItem(rset.requirements[r], "missing", 0.0) for r in rows]
        sentence_vecs = self.sentence_vectors(sentences)
        passage_vecs = np.stack([_unit(sentence_vecs[list(p.rows)].sum(axis=0)) for p in passages])
        cosine = rset.vectors[list(rows)] @ passage_vecs.T  # requirements × passages
        similarity = np.clip((cosine - rset.baseline) / (1.0 - rset.baseline), 0.0, 1.0)
        items = []
        for k, r in enumerate(rows):
            weights = rset.terms[r]
            total = sum(weights.values())
            coverage = np.array(
                [sum(w for t, w in weights.items() if t in p.tokens) / total if total else 0.0 for p in passages]
            )
            scores = SEMANTIC_WEIGHT * similarity[k] + (1 - SEMANTIC_WEIGHT) * coverage
            best = int(np.argmax(scores))
            score = float(scores[best])
            status = "addressed" if score >= ADDRESSED else "partly" if score >= PARTLY else "missing"
            quote = passages[best].text if status != "missing" else None
            items.append(ReviewItem(rset.requirements[r], status, score, quote))
        return items

    # ---- LLM suggestions ------------------------------------------------------------------------------

    def _suggest(self, review: Review, text: str) -> Review:
        numbered = {n: item for n, item in enumerate(review.items, 1) if item.status != "addressed"}
        listing = "\n".join(
            f"[R{n}] ({STATUS_LABELS[item.status]}) {item.requirement.text}\n"
            f"    Trích hướng dẫn: “{item.requirement.quote}”"
            for n, item in numbered.items()
        )
        system, user = load_prompt("review")
        prompt = (
            user.replace("{district}", review.district or "")
            .replace("{requirements}", listing)
            .replace("{draft}", text[:LLM_DRAFT_CHARS])
        )
        try:
            reply = self.chat_model.invoke([("system", system), ("human", prompt)])
        except Exception as exc:  # any provider error: the deterministic review still stands
            log.warning("LLM review failed: %s", exc)
            return Review(review.district, review.summary, review.items,
                          notice=LLM_FAILED.format(error=type(exc).__name__))
        content = getattr(reply, "content", reply)
        suggestions, dropped = parse_suggestions(str(content), numbered)
        items = tuple(
            ReviewItem(i.requirement, i.status, i.score, i.draft_quote, suggestions.get(n))
            for n, i in enumerate(review.items, 1)
        )
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
    claim_tokens = _tokens(claim)
    return any(u in claim_tokens for term in requirement.key_terms for u in syllables(fold(term)))
