"""Deterministic stand-ins for unit tests: a hashing embedder (no model), fake chat models."""

from __future__ import annotations

import hashlib

import numpy as np
from langchain_core.embeddings import Embeddings

from app.text import folded_tokens


class HashEmbeddings(Embeddings):
    """Bag of folded syllables and bigrams hashed into a fixed number of dimensions, L2-normalised.

    Similar texts share tokens and so get similar vectors: enough to test plumbing, not semantics.
    """

    name = "hash-test"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.calls = 0  # texts embedded as documents: tests assert unchanged documents are not re-embedded

    def _vector(self, text: str) -> list[float]:
        v = np.zeros(self.dim, dtype=np.float32)
        for token in folded_tokens(text):
            h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if h & 1 else -1.0
        norm = np.linalg.norm(v)
        if norm == 0:
            v[0] = 1.0
            norm = 1.0
        return (v / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)
