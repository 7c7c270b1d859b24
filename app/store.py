"""The Chroma adapter: one persistent collection per embedding model. The only module that imports chromadb.

Chroma is the source of truth for chunks: their text, metadata and vectors. Metadata values must be
scalars, so a chunk's districts are stored framed and joined ("|Kim Thành|Nam Sách|").

Why `reopen()` exists: each process keeps its own in-memory copy of a collection's vector index. Another
process's writes reach the shared SQLite file but not that copy, so asking this process for the vector of a
chunk added elsewhere fails ("Error finding id"). Whoever learns that another process has written (a new
generation published, the start of a build) reopens the store; calls in flight finish first, on the old copy.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import numpy as np

from app.domain import Chunk

if TYPE_CHECKING:  # chromadb takes seconds to import: only a process that reads the index pays for it
    import chromadb
    from chromadb.api.client import Client

log = logging.getLogger(__name__)

DELETE_BATCH = 1000  # ids per delete call: SQLite limits the variables of one statement

Field = Literal["documents", "embeddings", "metadatas"]  # what `get` can return beside the ids


def chunk_metadata(chunk: Chunk, n_chunks: int, parser: int) -> dict[str, Any]:
    """A chunk as Chroma metadata (scalars only); `n_chunks` tells a later build if its document is whole."""
    return {
        "doc_hash": chunk.doc_hash,
        "source": chunk.source,
        "title": chunk.title,
        "date": chunk.date or "",
        "doc_type": chunk.doc_type,
        "paragraph": chunk.paragraph,
        "paragraph_end": chunk.paragraph_end,
        "districts": "|" + "|".join(chunk.districts) + "|" if chunk.districts else "",
        "inherited": chunk.inherited,
        "section": chunk.section,
        "page": chunk.page if chunk.page is not None else -1,
        "kind": chunk.kind,
        "n_chunks": n_chunks,
        "parser": parser,
        "text": chunk.text,
    }


def chunk_from_metadata(chunk_id: str, meta: dict[str, Any]) -> Chunk:
    """The chunk that `chunk_metadata` stored."""
    return Chunk(
        id=chunk_id,
        doc_hash=meta["doc_hash"],
        source=meta["source"],
        title=meta["title"],
        date=meta.get("date") or None,
        doc_type=meta["doc_type"],
        paragraph=int(meta["paragraph"]),
        paragraph_end=int(meta["paragraph_end"]),
        text=meta["text"],
        districts=tuple(d for d in str(meta.get("districts", "")).split("|") if d),
        inherited=bool(meta.get("inherited")),
        section=str(meta.get("section") or ""),
        page=None if int(meta.get("page", -1)) < 0 else int(meta["page"]),
        kind=str(meta.get("kind") or "text"),
    )


class _SharedLock:
    """Many calls at once, or one reopen alone; a waiting reopen goes before new calls."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._calls = 0
        self._reopening = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: not self._reopening)
            self._calls += 1
        try:
            yield
        finally:
            with self._changed:
                self._calls -= 1
                self._changed.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: not self._reopening)
            self._reopening = True
            self._changed.wait_for(lambda: self._calls == 0)
        try:
            yield
        finally:
            with self._changed:
                self._reopening = False
                self._changed.notify_all()


class ChromaStore:
    """The persistent collection of one embedding model (cosine space), opened on first use."""

    def __init__(self, path: Path, collection_name: str) -> None:
        self.path = Path(path)
        self.collection_name = collection_name
        self._client: Client | None = None
        self._collection: chromadb.Collection | None = None
        self._lock = _SharedLock()
        self._opening = threading.Lock()  # one client per store: reopen() must close the only one

    @contextmanager
    def _open(self) -> Iterator[chromadb.Collection]:
        """The collection, held open for the duration of one call."""
        with self._lock.shared():
            with self._opening:
                if self._collection is None:
                    import chromadb

                    self.path.mkdir(parents=True, exist_ok=True)
                    client = chromadb.PersistentClient(
                        path=str(self.path),
                        settings=chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False),
                    )
                    self._client = cast("Client", client)  # typed as the API; it is the Client, with close()
                    self._collection = self._client.get_or_create_collection(
                        self.collection_name, metadata={"hnsw:space": "cosine"}, embedding_function=None
                    )
                collection = self._collection
            yield collection

    def reopen(self) -> None:
        """Drop this process's copy of the collection: the next call reads what other processes wrote."""
        with self._lock.exclusive():
            if self._client is not None:
                log.info("reopening Chroma collection %s", self.collection_name)
                # the last client of a path stops chromadb's shared system, and with it the stale vectors
                self._client.close()
            self._client = self._collection = None

    def add(
        self,
        ids: Sequence[str],
        vectors: Sequence[Sequence[float]],
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        """Store chunks with their vectors; an id already held is overwritten."""
        with self._open() as collection:
            collection.upsert(
                ids=list(ids), embeddings=list(vectors), documents=list(documents), metadatas=list(metadatas)
            )

    def get(
        self,
        ids: Sequence[str] | None = None,
        where: dict[str, Any] | None = None,
        include: Sequence[Field] = ("metadatas",),
    ) -> dict[str, list[Any]]:
        """Stored chunks (all, or by id, or by metadata filter): {"ids": [...], and one list per include}."""
        with self._open() as collection:
            result = collection.get(
                ids=list(ids) if ids is not None else None, where=where, include=list(include)
            )
        out: dict[str, list[Any]] = {"ids": list(result["ids"])}
        for name in include:
            values = result[name]
            out[name] = list(values) if values is not None else []
        return out

    def delete(self, ids: Sequence[str]) -> None:
        """Remove chunks by id (ids not held are ignored)."""
        ids = list(ids)
        with self._open() as collection:
            for start in range(0, len(ids), DELETE_BATCH):
                collection.delete(ids=ids[start : start + DELETE_BATCH])

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        """Replace the metadata of held chunks; their vectors stay."""
        if not ids:
            return
        with self._open() as collection:
            collection.update(ids=list(ids), metadatas=list(metadatas))

    def nearest(self, vector: Sequence[float], n: int) -> list[tuple[str, float]]:
        """The n chunks nearest to the vector, nearest first, with their cosine similarity."""
        if n <= 0:
            return []
        with self._open() as collection:
            result = collection.query(
                query_embeddings=[float(x) for x in vector], n_results=n, include=["distances"]
            )
        distances = result["distances"] or [[]]
        return [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], distances[0], strict=True)]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of the given chunks (ids not held are left out)."""
        if not ids:
            return {}
        with self._open() as collection:
            result = collection.get(ids=list(ids), include=["embeddings"])
        embeddings = result["embeddings"] if result["embeddings"] is not None else []
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(result["ids"], embeddings, strict=True)}
