"""Sentence vectors shared by answers, lists and reviews: L2-normalised, cached, from any Embedder."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

from app.domain import Embedder


def unit(vector: Any) -> np.ndarray:
    """A float32 copy of the vector scaled to length 1 (cosine similarity becomes a dot product)."""
    v = np.asarray(vector, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


class SentenceVectors:
    """Passage-side embeddings of sentences, L2-normalised and cached (LRU), shared by answers and reviews.

    Questions keep landing on the same passages and teams re-review the same draft after each edit;
    embedding those sentences is most of an answer's or a review's time.
    """

    def __init__(self, embeddings: Embedder, size: int = 20000) -> None:
        self.embeddings = embeddings
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        """One row per sentence; new sentences are embedded in one batch."""
        with self._lock:
            missing = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        vectors = self.embeddings.embed_documents(missing) if missing else []
        with self._lock:
            for sentence, vector in zip(missing, vectors, strict=True):
                self._cache[sentence] = unit(vector)
            for sentence in sentences:
                self._cache.move_to_end(sentence)
            out = np.stack([self._cache[s] for s in sentences])
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return out

    def query(self, text: str) -> np.ndarray:
        """The query-side embedding of a text, L2-normalised (not cached: questions rarely repeat)."""
        return unit(self.embeddings.embed_query(text))

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()
