"""Vectors already computed, kept on disk and keyed by (model, side, text hash): nothing is embedded twice.

Embedding is most of a build's time and much of an answer's. The cache makes these cheap:
  - a parser-version bump or a chunking change: only texts that really changed are embedded again;
  - a document removed and added back, or the same paragraph in two documents;
  - the sentences of every indexed chunk, embedded once at index time (builder.py), so that an answer only
    looks its candidate sentences up.

One SQLite file (WAL: one writer and any number of readers, across processes) holds every model's vectors as
float32 blobs. A damaged or unwritable cache is only a slower path: every error is logged and the text is
embedded as if the cache were empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from app.domain import Embedder

log = logging.getLogger(__name__)

LOOKUP_BATCH = 500  # keys per SELECT … IN (…): well under SQLite's limit on bound parameters
RECENT_QUERIES = 64  # question vectors kept in memory
PASSAGE, QUERY = "p", "q"  # the side a text was embedded as: e5 embeds the same text differently on each


def text_key(side: str, text: str) -> bytes:
    """The key of a text: 16 bytes of its BLAKE2b hash, with the side it was embedded as."""
    return hashlib.blake2b(f"{side}\x00{text}".encode(), digest_size=16).digest()


class VectorCache:
    """One SQLite file of vectors: (model, key) → float32 vector."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()  # one connection per thread: sqlite3 connections are not shared
        self._broken = False

    def _connection(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")  # a lost last write only means embedding it again
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key BLOB NOT NULL, "
                    "vector BLOB NOT NULL, PRIMARY KEY (model, key)) WITHOUT ROWID"
                )
            except (sqlite3.Error, OSError) as exc:
                log.warning("Bộ nhớ vectơ %s không dùng được (%s): sẽ nhúng lại mọi văn bản", self.path, exc)
                self._broken = True
                return None
            self._local.conn = conn
        return conn

    def get(self, model: str, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """The vectors held for the keys (keys not held are left out)."""
        conn = self._connection()
        found: dict[bytes, np.ndarray] = {}
        if conn is None or not keys:
            return found
        unique = list(dict.fromkeys(keys))
        try:
            for start in range(0, len(unique), LOOKUP_BATCH):
                part = unique[start : start + LOOKUP_BATCH]
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})",
                    [model, *part],
                ).fetchall()
                for key, blob in rows:
                    found[bytes(key)] = np.frombuffer(blob, dtype=np.float32)
        except sqlite3.Error as exc:
            log.warning("Không đọc được bộ nhớ vectơ %s (%s)", self.path, exc)
        return found

    def put(self, model: str, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        """Keep the vectors (a key already held keeps its vector: the same text gives the same one)."""
        conn = self._connection()
        if conn is None or not items:
            return
        rows = [(model, key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in items]
        try:
            conn.execute("BEGIN")
            conn.executemany("INSERT OR IGNORE INTO vectors (model, key, vector) VALUES (?, ?, ?)", rows)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            log.warning("Không ghi được bộ nhớ vectơ %s (%s)", self.path, exc)
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")

    def count(self, model: str) -> int:
        conn = self._connection()
        if conn is None:
            return 0
        return int(conn.execute("SELECT COUNT(*) FROM vectors WHERE model = ?", [model]).fetchone()[0])

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class CachedEmbeddings:
    """An Embedder that looks passages up in a VectorCache before embedding them (domain.Embedder).

    Questions are not written to disk: they rarely repeat across days. The last few are kept in memory,
    because one answer embeds its question at several stages (retrieval, then a list's ranking).
    """

    def __init__(self, inner: Embedder, cache: VectorCache, model: str) -> None:
        self.inner = inner
        self.cache = cache
        self.model = model
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._queries_lock = threading.Lock()
        self.embedded = 0  # passages the model embedded (cache misses), for build reports

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [v.tolist() for v in self.passage_vectors(texts)]

    def passage_vectors(self, texts: Sequence[str]) -> list[np.ndarray]:
        """One float32 vector per text, from the cache or embedded (missing texts in one batch)."""
        if not texts:
            return []
        keys = [text_key(PASSAGE, t) for t in texts]
        held = self.cache.get(self.model, keys)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in held))
        if missing:
            fresh = [np.asarray(v, dtype=np.float32) for v in self.inner.embed_documents(missing)]
            with self._queries_lock:
                self.embedded += len(missing)
            made = [(text_key(PASSAGE, t), v) for t, v in zip(missing, fresh, strict=True)]
            self.cache.put(self.model, made)
            held.update(made)
        return [held[k] for k in keys]

    def held(self, texts: Sequence[str]) -> list[np.ndarray]:
        """The vectors the cache holds for some of the texts, embedding none (the others are left out)."""
        held = self.cache.get(self.model, [text_key(PASSAGE, t) for t in texts])
        return list(held.values())

    def missing(self, texts: Sequence[str]) -> list[str]:
        """The texts (once each) the cache does not hold yet."""
        keys = {text_key(PASSAGE, t): t for t in texts}
        held = self.cache.get(self.model, list(keys))
        return [t for k, t in keys.items() if k not in held]

    def embed_query(self, text: str) -> list[float]:
        with self._queries_lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return list(self._queries[text])
        vector = self.inner.embed_query(text)
        with self._queries_lock:
            self._queries[text] = list(vector)
            while len(self._queries) > RECENT_QUERIES:
                self._queries.popitem(last=False)
        return vector
