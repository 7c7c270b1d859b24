"""The index of one corpus with one embedding model: what the rest of the code reads and rebuilds.

A thin facade over three parts, each with one job:
  store.py     the Chroma collection (source of truth: chunk text, metadata, vectors)
  snapshot.py  the published generations (chunks, requirement catalogue, BM25 fields) and CURRENT
  builder.py   a build: plan from the corpus folder (build_plan.py), embed, publish, report; one writer at
               a time
  lexical.py   BM25 over segments; vector_cache.py  passage vectors by (model, text), never embedded twice

Layout under the index folder:
  chroma/                          Chroma database (embedded; with a Chroma server, on the server)
  CHROMA-ID                        with a Chroma server: names this folder's collections there
  lexical/<model>/<generation>/    a generation's snapshot
  segments/<model>/<segment>/      the chunks and BM25 postings the generations are made of
  CURRENT-<model>                  the live generation
  vectors.sqlite                   the vector cache (vector_cache.py): every model's passage vectors
  build.lock                       held by the build running on this folder

A process follows the builds of any other: every query compares CURRENT with the generation it holds (a
small read and a stat). When another generation is live it loads that one, and reopens Chroma, whose
in-memory vectors would not know the chunks another process added. Processes on one Chroma server share this
folder too: the snapshots, CURRENT and the writer lock stay with the application, beside the collection.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from app.documents.ingest import DocumentLimits
from app.domain import Chunk, DocType, DocumentInfo, Embedder, IndexReport, chunk_id_of, piece_id
from app.errors import IndexMissingError
from app.index.builder import Builder, Progress
from app.index.snapshot import GenerationKey, Generations, Snapshot, SnapshotUnreadable
from app.index.store import DEFAULT_TIMEOUT, ChromaStore, load_libraries
from app.index.vector_cache import CachedEmbeddings, VectorCache
from app.text import folded_tokens, has_diacritics, lexical_tokens

__all__ = ["CorpusIndex", "Progress", "Snapshot"]

log = logging.getLogger(__name__)

VECTOR_CACHE_FILE = "vectors.sqlite"
LOAD_ATTEMPTS = (
    3  # a slow reader may see the generation it is loading replaced twice; it then reads the new one
)


class CorpusIndex:
    """Build (incrementally) and read the index of one corpus with one embedding model."""

    def __init__(
        self,
        index_dir: Path,
        embeddings: Embedder,
        embeddings_name: str,
        chroma_url: str | None = None,
        vector_cache: Path | None = None,
        chroma_timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        """`chroma_url` (settings.chroma_url): a Chroma server to keep the collection on, else this folder;
        `chroma_timeout` (settings.chroma_timeout): seconds a request to that server may take.
        `vector_cache` (settings.vector_cache): the vector cache file, else vectors.sqlite in this folder."""
        self.index_dir = Path(index_dir)
        cache = VectorCache(vector_cache or self.index_dir / VECTOR_CACHE_FILE)
        # builds, answers and reviews all embed passages through the cache
        self.embeddings = CachedEmbeddings(embeddings, cache, embeddings_name)
        self.embeddings_name = embeddings_name
        self.store = ChromaStore.for_index(
            self.index_dir, self.embeddings, embeddings_name, chroma_url, chroma_timeout
        )
        self.generations = Generations(self.index_dir, embeddings_name)
        self._view: Snapshot | None = None
        self._view_key: GenerationKey | None = None
        self._lock = threading.RLock()

    @staticmethod
    def load_libraries() -> None:
        """Import the vector store's libraries now (seconds), not at the first build or question."""
        load_libraries()

    def exists(self) -> bool:
        """A generation has been published."""
        return self.generations.read_key() is not None

    def build(
        self,
        corpus_dir: Path,
        progress: Progress | None = None,
        wait: bool = True,
        limits: DocumentLimits | None = None,
        reading: Progress | None = None,
    ) -> IndexReport:
        """Bring the index in line with the corpus folder; only new or changed content is embedded, and a
        document over `limits` is rejected. `progress` hears (texts embedded, texts to embed), `reading`
        (files read, files) before that.

        Waits while another process builds on this index folder, or raises IndexBusyError if not `wait`.
        """
        corpus_dir = Path(corpus_dir)
        if not corpus_dir.is_dir():
            raise IndexMissingError(f"corpus folder {corpus_dir} does not exist")
        builder = Builder(self.store, self.generations, self.embeddings)
        return builder.build(corpus_dir, progress, self._published, wait, limits, reading)

    def _published(self, snapshot: Snapshot, key: GenerationKey) -> None:
        # this process wrote it: its Chroma client already holds every chunk
        with self._lock:
            self._view, self._view_key = snapshot, key

    def snapshot(self) -> Snapshot:
        """The live snapshot; reloaded (with Chroma reopened) when another generation has been published."""
        with self._lock:
            for _ in range(LOAD_ATTEMPTS):
                key = self.generations.read_key()
                if key is None:
                    raise IndexMissingError("Chưa có chỉ mục: chạy `duthao index` trước.")
                if self._view is not None and key == self._view_key:
                    return self._view
                try:
                    loaded = self.generations.load(key.name)
                except SnapshotUnreadable as exc:
                    if self.generations.read_key() != key:
                        continue  # replaced while it was being read: read the new one
                    log.warning("%s", exc)
                    raise IndexMissingError(f"Chỉ mục không dùng được: {exc}.") from exc
                # Chroma is reopened after CURRENT was read: it holds at least every chunk `loaded` lists
                self.store.reopen()
                self._view, self._view_key = loaded, key
                return loaded
            raise IndexMissingError("Chỉ mục đang được thay liên tục; hãy thử lại sau giây lát.")

    def dense_search(
        self, query_vector: list[float], n: int, snap: Snapshot | None = None
    ) -> dict[str, float]:
        """Cosine similarity of the n nearest chunks of the snapshot (the live one by default); a chunk
        embedded in pieces scores its best piece."""
        snap = snap or self.snapshot()
        if not snap.chunks:
            return {}
        # over-fetch: Chroma may still hold chunks a newer build has not yet deleted, and a long chunk's
        # pieces come up together
        scores: dict[str, float] = {}
        for record_id, similarity in self.store.nearest(query_vector, min(n * 3, len(snap.chunks) * 3)):
            chunk_id = chunk_id_of(record_id)  # nearest first: a chunk's first piece found is its best
            if chunk_id in snap.position and chunk_id not in scores and len(scores) < n:
                scores[chunk_id] = similarity
        return scores

    def similarities(
        self, query_vector: list[float], chunk_ids: Iterable[str], snap: Snapshot | None = None
    ) -> dict[str, float]:
        """Cosine similarity of given chunks of the snapshot (for lexical hits outside the dense top-n); a
        chunk embedded in pieces scores its best piece (read from Chroma: a segment keeps one vector a
        chunk)."""
        snap = snap or self.snapshot()
        ids = [chunk_id for chunk_id in chunk_ids if chunk_id in snap.position]  # never ask Chroma for more
        if not ids:
            return {}
        q = np.asarray(query_vector, dtype=np.float32)
        q /= np.linalg.norm(q) or 1.0
        pieces = {i: len(snap.chunks[snap.position[i]].embed_pieces()) for i in ids}
        whole = [i for i in ids if pieces[i] == 1]
        held = snap.lexical.vectors([snap.position[i] for i in whole]) if snap.lexical is not None else None
        scores: dict[str, float] = {}
        if held is not None:  # the generation's own copy: no round trip to Chroma
            norms = np.linalg.norm(held, axis=1)
            norms[norms == 0] = 1.0
            scores.update(zip(whole, (held @ q / norms).tolist(), strict=True))
        records = [piece_id(i, k) for i in ids if i not in scores for k in range(pieces[i])]
        for record_id, v in self.store.vectors(records).items():
            chunk_id = chunk_id_of(record_id)
            similarity = float(v @ q / (np.linalg.norm(v) or 1.0))
            scores[chunk_id] = max(similarity, scores.get(chunk_id, -1.0))
        return scores

    def lexical_scores(
        self, exact_tokens: list[str], folded: list[str], snap: Snapshot | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk of the snapshot (the live one by default), exact and folded field."""
        return (snap or self.snapshot()).lexical_scores(exact_tokens, folded)

    def mentions(self, phrase: str, snap: Snapshot | None = None) -> bool:
        """True when some chunk holds every syllable pair of the phrase (its one syllable, if it has one),
        with diacritics when the phrase has them: "Nghệ An" anywhere in the corpus. A lexical lookup, no
        scan."""
        held = self._holding(phrase, snap)
        return bool(held is not None and held.any())

    def sources_mentioning(
        self, phrase: str, snap: Snapshot | None = None, where: Callable[[Chunk], bool] | None = None
    ) -> frozenset[str]:
        """The documents some chunk of which holds the phrase, as `mentions` finds it (and, given `where`,
        that chunk passes it)."""
        snap = snap or self.snapshot()
        held = self._holding(phrase, snap)
        if held is None:
            return frozenset()
        chunks = (snap.chunks[int(i)] for i in np.flatnonzero(held))
        return frozenset(c.source for c in chunks if where is None or where(c))

    def _holding(self, phrase: str, snap: Snapshot | None) -> np.ndarray | None:
        """Per chunk, whether it holds every syllable pair of the phrase; None for a phrase of no words."""
        accented = has_diacritics(phrase)
        tokens = lexical_tokens(phrase) if accented else folded_tokens(phrase)
        pairs = [t for t in tokens if "_" in t] or tokens
        if not pairs:
            return None
        held: np.ndarray | None = None
        for token in pairs:
            if accented:
                present = self.lexical_scores([token], [], snap)[0] > 0
            else:
                present = self.lexical_scores([], [token], snap)[1] > 0
            held = present if held is None else held & present
        return held

    def documents(self) -> list[DocumentInfo]:
        """The indexed documents, for listings."""
        snap = self.snapshot()
        by_hash: dict[str, list[str]] = {}
        for source, digest in snap.files.items():
            by_hash.setdefault(digest, []).append(source)
        infos = []
        for digest, doc in snap.documents.items():
            others = tuple(s for s in sorted(by_hash.get(digest, [])) if s != doc["source"])
            infos.append(
                DocumentInfo(
                    doc["source"],
                    doc["title"],
                    doc["date"],
                    DocType(doc["doc_type"]),
                    doc["paragraphs"],
                    doc["chunks"],
                    others,
                    planted=tuple(doc.get("planted", ())),
                )
            )
        return sorted(infos, key=lambda d: d.source)
