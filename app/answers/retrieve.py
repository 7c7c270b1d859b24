"""Question → ranked Passages: dense (Chroma) and lexical (bm25s) scores fused, district preferred."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from app import lexicon, places
from app.answers.evidence import asks_deadline, counted_words, states_count, states_deadline
from app.answers.matching import without_source_clause
from app.domain import Chunk, DocType, Passage
from app.index.corpus import CorpusIndex
from app.index.snapshot import Snapshot
from app.settings import Settings
from app.text import (
    detect_language,
    fold,
    folded_tokens,
    glossary_terms,
    has_diacritics,
    lexical_tokens,
    restore_diacritics,
    syllables,
)

log = logging.getLogger(__name__)

# District preference, on the fused 0..1 scale: a passage about the asked district gains, one about only
# other districts loses; an overview naming three or more districts gains less (a passage that names a
# second place in passing, "vệ tinh của TP Hải Dương", is still about its district).
DISTRICT_BOOST = 0.15
SHARED_DISTRICT_BOOST = 0.05
OTHER_DISTRICT_PENALTY = 0.15


# e5 embeds Vietnamese typed without diacritics poorly, while the folded BM25 field matches it well
# (ALQAC unaccented MRR@10 0.913 → 0.944 at 0.5; bench/experiments/proposed.py, in git history before
# 6f22e6d). With the diacritics restored before embedding (text.restore_diacritics) the dense score is worth
# more: ALQAC unaccented MRR@10 0.9668 at 0.5, 0.9694 at 0.65 and 0.75, 0.9722 at 0.85, 0.9683 at 1.0
# (bench/bench_retrieval.py, alqac-unaccented).
UNACCENTED_DENSE_FACTOR = 0.85


# A question asking what is required, advised or noted (app/lexicon/requirement_question_cues.txt) prefers
# guidance over reports and news by this much on the fused 0..1 scale. Seed + 600 news articles: the issue's
# "Về công tác xây dựng Đảng, Bí thư Tỉnh ủy yêu cầu điều gì?" finds guidance at rank 7 with 0, 5 with 0.05,
# 2 with 0.1 and 0.15; the dev questions (duthao eval) are unchanged from 0 to 0.15 (R@1 0.972, R@5 1.000).
GUIDANCE_PRIOR = 0.1
_REQUIREMENT_CUES = tuple(syllables(cue) for cue in lexicon.words("requirement_question_cues"))


# A document a question seems to name (its type, issuer or most of its title's words, facts.named_document)
# is a signal, never a filter: its passages gain this much on the fused 0..1 scale, like GUIDANCE_PRIOR, so
# that a passage of another document the retriever ranks well ahead still comes first.
NAMED_DOCUMENT_PRIOR = 0.1

# A question naming a place the gazetteer does not hold ("Tỉnh ủy Hà Nam …") of a corpus mixing provinces:
# a document that never mentions it loses as much as a paragraph about another district
# (answers/coverage.PlaceScope; only such documents may answer, this ranks what is shown).
OTHER_PLACE_PENALTY = OTHER_DISTRICT_PENALTY


# A question asking for a count of a thing ("dài bao nhiêu trang", "mấy khâu đột phá") or for a deadline
# ("phải gửi … trước ngày nào?"): a passage that states one (evidence.states_count: "không quá 22 trang",
# "ba khâu đột phá"; evidence.states_deadline: "trước ngày 20/3/2025") gains this much on the fused 0..1
# scale. Such a paragraph is often a short item ("a) Báo cáo chính trị có dung lượng không quá 22 trang khổ
# A4") that shares few words with a long question and ranked below 5 without it.
ANSWER_FORM_PRIOR = 0.1


def answer_form(question: str) -> Callable[[str], bool] | None:
    """Whether a text states what the question asks for, when the question asks for a count or a
    deadline; None for other questions."""
    counted = counted_words(question)
    if counted:
        return lambda text: states_count(question, [text], counted)
    if asks_deadline(question):
        return states_deadline
    return None


def document_titles(snap: Snapshot) -> Iterator[str]:
    """The titles of the indexed documents (a question's source clause may quote one, commas and all)."""
    return (doc.get("title") or "" for doc in snap.documents.values())


def asks_what_is_required(question: str) -> bool:
    """True when the question holds a requirement cue ("cần", "yêu cầu", "must"); folded when typed without
    diacritics."""
    accented = has_diacritics(question)
    words = syllables(question if accented else fold(question))
    for cue in _REQUIREMENT_CUES:
        cue = cue if accented else syllables(fold(" ".join(cue)))
        n = len(cue)
        if any(words[i : i + n] == cue for i in range(len(words) - n + 1)):
            return True
    return False


def doc_type_adjustment(chunk: Chunk, requirement_question: bool) -> float:
    """How much a passage's document type moves its score: guidance gains when requirements are asked."""
    return GUIDANCE_PRIOR if requirement_question and chunk.doc_type == DocType.GUIDANCE else 0.0


def _min_max(values: np.ndarray) -> np.ndarray:
    if values.size == 0:
        return values
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-9:
        return np.ones_like(values) if high > 0 else np.zeros_like(values)
    return (values - low) / (high - low)


def district_adjustment(chunk: Chunk, asked: Sequence[str]) -> float:
    """How much a passage's districts move its score for a question about `asked` districts."""
    if not asked or not chunk.districts:
        return 0.0
    if any(d in chunk.districts for d in asked):
        return SHARED_DISTRICT_BOOST if places.is_overview(chunk.districts) else DISTRICT_BOOST
    return -OTHER_DISTRICT_PENALTY


class Retriever:
    """Hybrid retrieval over a CorpusIndex."""

    def __init__(self, index: CorpusIndex, settings: Settings) -> None:
        self.index = index
        self.dense_weight = settings.dense_weight
        self.candidates = settings.candidates

    def search(
        self,
        question: str,
        k: int = 5,
        districts: Sequence[str] | None = None,
        preferred_source: str | None = None,
        admits: Callable[[str], bool] | None = None,
    ) -> list[Passage]:
        """Top-k passages for the question. `districts` overrides the districts named in the question;
        `preferred_source`: a document the question seems to name, whose passages gain
        NAMED_DOCUMENT_PRIOR; `admits`: whether a document may speak for the places outside the gazetteer
        the question names (answers/coverage.PlaceScope); the others lose OTHER_PLACE_PENALTY."""
        snap = self.index.snapshot()  # one snapshot throughout: a rebuild may publish a new one meanwhile
        if not snap.chunks or not question.strip():
            return []
        asked = tuple(districts) if districts else places.find(question)

        # the clause naming where to look ("Theo Hướng dẫn … báo cáo chính trị …, ") is left to the named
        # document's prior: its title's words would rank the title and opening above what is asked
        searched = without_source_clause(question, document_titles(snap))
        lexical_query = searched
        language = detect_language(question)
        if language == "en":  # English words cannot match Vietnamese text: add equivalents
            lexical_query += " " + " ".join(glossary_terms(searched))
        exact, folded = self.index.lexical_scores(
            lexical_tokens(lexical_query), folded_tokens(lexical_query), snap
        )
        # With diacritics typed the exact field is the sharper signal; without, only the folded one matches.
        lexical = (
            (_min_max(exact) + _min_max(folded)) / 2 if has_diacritics(lexical_query) else _min_max(folded)
        )

        unaccented = language == "vi" and not has_diacritics(question)
        # an English question is embedded with the Vietnamese equivalents of its policy words too; one typed
        # without diacritics with them put back as the corpus spells its words (e5 reads it poorly without)
        if language == "en":
            dense_query = lexical_query
        elif unaccented and snap.accents is not None:
            dense_query = restore_diacritics(searched, snap.accents)
        else:
            dense_query = searched
        query_vector = self.index.embeddings.embed_query(dense_query)
        dense = self.index.dense_search(query_vector, self.candidates, snap)
        lexical_top = [snap.chunks[i].id for i in _top(lexical, self.candidates) if lexical[i] > 0]
        missing = [cid for cid in lexical_top if cid not in dense]
        dense.update(self.index.similarities(query_vector, missing, snap))

        ids = list(dict.fromkeys([*dense, *lexical_top]))
        positions = [snap.position[cid] for cid in ids]
        dense_norm = _min_max(np.array([dense.get(cid, 0.0) for cid in ids], dtype=np.float32))
        lexical_norm = _min_max(lexical[positions])
        weight = self.dense_weight
        if unaccented:
            weight *= UNACCENTED_DENSE_FACTOR
        fused = weight * dense_norm + (1 - weight) * lexical_norm

        requirement_question = asks_what_is_required(question)
        states_answer = answer_form(question)
        scored = []
        for j, position in enumerate(positions):
            chunk = snap.chunks[position]
            adjustment = district_adjustment(chunk, asked) + doc_type_adjustment(chunk, requirement_question)
            if preferred_source is not None and chunk.source == preferred_source:
                adjustment += NAMED_DOCUMENT_PRIOR
            if admits is not None and not admits(chunk.source):
                adjustment -= OTHER_PLACE_PENALTY
            if states_answer is not None and states_answer(chunk.text):
                adjustment += ANSWER_FORM_PRIOR
            scored.append((float(fused[j]) + adjustment, chunk))
        scored.sort(key=lambda row: -row[0])
        return [
            Passage(r, chunk, score, snap.document_districts.get(chunk.source, ()))
            for r, (score, chunk) in enumerate(scored[:k], 1)
        ]


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    """The positions of the n highest scores, highest first (a partition first: 100k chunks, few wanted)."""
    if len(scores) <= n:
        return np.argsort(-scores, kind="stable")
    best = np.argpartition(-scores, n)[:n]
    return best[np.argsort(-scores[best], kind="stable")]
