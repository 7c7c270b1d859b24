"""Is this sentence a requirement? A learned signal beside the rules of requirements.py (issue 17).

The rules decide from cue words ("cần", "phải", "yêu cầu" …), negation and list leads; they take narration
("các đại biểu thống nhất …", "Một số ý kiến đề nghị …") for requirements when it holds a cue, and miss a
norm written without one ("Báo cáo có dung lượng từ 20 đến 25 trang"). A logistic regression scores each
sentence the catalogue decides on:

    p = sigmoid(w · v + g · h + u · (f − mean) / scale + b)

v is the sentence's e5 passage vector, the one the index build has already embedded for answers (builder.py
embeds every sentence of a new chunk: the catalogue only looks it up); h its hashed syllable uni- and bigrams
(diacritics folded, L2-normalised: ngram_columns); f a few features of its form (FORM_FEATURES: the rules'
own decision, the kinds of cue, negation, a closing ':', an item, its position in the document, a number,
its length). The weights, the thresholds and the embedder's fingerprint are
app/data/requirement_model.json, fitted by bench/experiments/fit_requirement_model.py on the labelled
sentences of tests/data/requirement_labels/ (the thresholds chosen by cross-validation on those labels).

A signal, not a filter: a sentence the rules make a requirement is dropped only when p < drop, and a
sentence they pass over (no cue, not negated, not a lead) is admitted whole only when p ≥ admit. The model
was fitted on one embedder's vectors: it speaks only when the embedder gives the probe sentence the vector it
gave at fitting time. Under another embedder (a test's hashing one) there is no signal and the rules decide
alone.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.catalogue.cues import find_cues, negated
from app.text import fold, syllables

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "requirement_model.json"
PROBE_AGREEMENT = 0.999  # cosine of the probe now and at fitting: same embedder (its query side: 0.968)
MAX_LENGTH_FEATURE = 80  # syllables: a longer sentence counts as this long

Vectors = Callable[[Sequence[str]], Sequence[np.ndarray]]  # texts → their passage vectors
Held = Callable[[Sequence[str]], Sequence[np.ndarray]]  # texts → the vectors already held for some, none made


@dataclass(frozen=True)
class Unit:
    """One sentence the catalogue decides on: a sentence of running text, or a guidance item."""

    text: str
    item: bool  # a list item (a requirement whole, cue or not, by the rules)
    position: float  # where it stands in its document: 0 at the first paragraph, 1 at the last
    rule: bool  # the rules make a requirement of it
    admissible: bool  # the rules pass over it without having ruled it out (negated, a lead, a question …)


FORM_FEATURES = (
    "rule",
    "cue_modal",
    "cue_report",
    "cue_content",
    "negated",
    "ends_colon",
    "item",
    "position",
    "has_number",
    "length",
)


def form_features(unit: Unit) -> np.ndarray:
    """The unit's FORM_FEATURES, in that order."""
    kinds = {cue.kind for cue in find_cues(unit.text)}
    words = len(re.findall(r"\w+", unit.text))
    return np.array(
        [
            unit.rule,
            "modal" in kinds,
            "report" in kinds,
            "content" in kinds,
            negated(unit.text, unit.text),
            unit.text.rstrip().endswith(":"),
            unit.item,
            unit.position,
            bool(re.search(r"\d", unit.text)),
            math.log1p(min(words, MAX_LENGTH_FEATURE)),
        ],
        dtype=np.float64,
    )


def ngram_columns(text: str, dim: int) -> list[int]:
    """The hashed columns of the text's folded syllables and syllable bigrams, each once, in order."""
    words = syllables(fold(text))
    grams = [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]
    return sorted(
        {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") % dim for g in grams}
    )


def ngram_score(text: str, weights: dict[int, float], dim: int) -> float:
    """g · h: the n-gram weights of the text's columns, each column 1/√(columns) (L2-normalised)."""
    columns = ngram_columns(text, dim)
    return sum(weights.get(c, 0.0) for c in columns) / math.sqrt(len(columns)) if columns else 0.0


@dataclass(frozen=True)
class RequirementModel:
    """The fitted coefficients (app/data/requirement_model.json) and the decision they make."""

    vector_weights: np.ndarray
    form_weights: np.ndarray
    form_mean: np.ndarray
    form_scale: np.ndarray
    bias: float
    drop: float  # a rule's requirement with p below this is dropped
    admit: float  # a sentence the rules pass over, with p at least this, is admitted
    probe: str  # the fingerprint of the embedder it was fitted on: a text …
    probe_vector: np.ndarray  # … and its vector then
    ngram_weights: dict[int, float]  # column → weight (columns never seen in training weigh 0: left out)
    ngram_dim: int

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> RequirementModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if list(data["form_features"]) != list(FORM_FEATURES):
            raise ValueError(f"{path}: form features {data['form_features']} are not {list(FORM_FEATURES)}")
        return cls(
            vector_weights=np.asarray(data["vector_weights"], dtype=np.float64),
            form_weights=np.asarray(data["form_weights"], dtype=np.float64),
            form_mean=np.asarray(data["form_mean"], dtype=np.float64),
            form_scale=np.asarray(data["form_scale"], dtype=np.float64),
            bias=float(data["bias"]),
            drop=float(data["drop"]),
            admit=float(data["admit"]),
            probe=data["probe"],
            probe_vector=np.asarray(data["probe_vector"], dtype=np.float64),
            ngram_weights={int(c): float(w) for c, w in data.get("ngram_weights", {}).items()},
            ngram_dim=int(data.get("ngram_dim", 1)),
        )

    def probabilities(self, units: Sequence[Unit], vectors: Sequence[np.ndarray]) -> np.ndarray:
        """P(requirement) of each unit, given its passage vector."""
        if not units:
            return np.zeros(0)
        forms = np.stack([form_features(u) for u in units])
        scores = np.stack(vectors).astype(np.float64) @ self.vector_weights
        scores += ((forms - self.form_mean) / self.form_scale) @ self.form_weights + self.bias
        if self.ngram_weights:
            scores += [ngram_score(u.text, self.ngram_weights, self.ngram_dim) for u in units]
        return 1.0 / (1.0 + np.exp(-scores))

    def keeps(self, unit: Unit, probability: float) -> bool:
        """The decision: the rules' requirement unless p < drop; else admitted when p ≥ admit."""
        if unit.rule:
            return probability >= self.drop
        return unit.admissible and probability >= self.admit

    def knows(self, vectors: Vectors) -> bool:
        """True when `vectors` is the embedder the model was fitted on (same vector for the probe)."""
        found = np.asarray(vectors([self.probe])[0], dtype=np.float64)
        if found.shape != self.probe_vector.shape:
            return False
        norms = np.linalg.norm(found) * np.linalg.norm(self.probe_vector)
        cosine = found @ self.probe_vector / (norms or 1.0)
        return bool(cosine >= PROBE_AGREEMENT)


class Judge:
    """The model with the index's embedder: decides which units are requirements. Loads the model and checks
    the embedder on first use (a build that extracts no guidance pays nothing): a vector the build already
    holds of another dimension rules it out at once; else the probe is embedded once and compared."""

    def __init__(self, vectors: Vectors, held: Held | None = None, path: Path | None = None) -> None:
        self._vectors = vectors
        self._held = held
        self._path = path
        self._model: RequirementModel | None = None
        self._ready = False
        self._lock = threading.Lock()

    def model(self, texts: Sequence[str] = ()) -> RequirementModel | None:
        """The model, or None when it cannot speak for this embedder (then the rules decide alone); `texts`
        are sentences the build may have embedded already, for the dimension check."""
        with self._lock:
            if not self._ready:
                self._ready = True
                model = RequirementModel.load(self._path or MODEL_FILE)
                known = self._held(texts[:1]) if self._held is not None else []
                same_size = all(v.shape == model.probe_vector.shape for v in known)
                if same_size and model.knows(self._vectors):
                    self._model = model
                else:
                    log.info("Mô hình nhận diện yêu cầu không khớp mô hình nhúng này: chỉ dùng luật")
        return self._model

    def keep(self, units: Sequence[Unit]) -> list[bool]:
        """For each unit, whether it is a requirement: the rules' decision moved by the model's signal."""
        kept = [u.rule for u in units]
        # only a sentence the model may move needs its vector: one the rules ruled out stays out
        open_ = [i for i, u in enumerate(units) if u.rule or u.admissible]
        model = self.model([units[i].text for i in open_]) if open_ else None
        if model is None:
            return kept
        scored = [units[i] for i in open_]
        probabilities = model.probabilities(scored, self._vectors([u.text for u in scored]))
        for i, unit, p in zip(open_, scored, probabilities, strict=True):
            kept[i] = model.keeps(unit, float(p))
        return kept
