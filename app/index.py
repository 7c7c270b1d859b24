"""The index: a persistent Chroma collection (source of truth) and a lexical snapshot derived from it.

Layout under the index folder:
  chroma/                     Chroma database: chunk text, metadata, embeddings
  lexical/<model>/<generation>/  snapshot: manifest.json, chunks.jsonl, bm25 exact + folded fields
  CURRENT-<model>             the live generation, replaced atomically (os.replace) after a good build

Why this is safe to kill at any moment: a build only *adds* chunks to Chroma (ids carry the document's
content hash), then publishes a new snapshot by replacing CURRENT, and only then deletes chunks that the
new snapshot no longer lists. Readers only see chunks listed by the snapshot they loaded, so the previous
index keeps answering until the switch, and the next build finishes whatever a killed one left.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from app.domain import BlockKind, Chunk, Document, DocumentInfo, IndexReport, Requirement
from app.errors import DocumentError, IndexMissingError
from app.ingest import (
    PARSER_VERSION,
    content_hash,
    doc_type_of,
    iter_corpus_files,
    make_chunks,
    read_document,
)
from app.requirements import CATALOGUE_VERSION, diff_requirements, extract_requirements
from app.text import folded_tokens, lexical_tokens

log = logging.getLogger(__name__)

EMBED_BATCH = 32
MANIFEST_VERSION = 1

Progress = Callable[[int, int], None]  # (chunks embedded so far, chunks to embed)


@dataclass
class Snapshot:
    """The live, read-only view a query runs against."""

    generation: int
    embeddings: str
    chunks: list[Chunk]
    files: dict[str, str]  # corpus path → content hash (accepted files, duplicates included)
    documents: dict[str, dict[str, Any]]  # content hash → {source, title, date, doc_type, paragraphs, chunks}
    rejected: dict[str, str] = field(default_factory=dict)
    exact: Any = None  # bm25s.BM25 over syllables + bigrams
    folded: Any = None  # bm25s.BM25 over diacritic-folded syllables + bigrams
    position: dict[str, int] = field(default_factory=dict)
    # the districts each document speaks of anywhere: a paragraph naming none applies to these
    document_districts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the requirement catalogue: every requirement of every guidance document, built at index time
    requirements: list[Requirement] = field(default_factory=list)
    catalogue_version: int = 0

    def __post_init__(self) -> None:
        self.position = {c.id: i for i, c in enumerate(self.chunks)}
        districts: dict[str, dict[str, None]] = {}
        for chunk in self.chunks:
            districts.setdefault(chunk.source, {}).update(dict.fromkeys(chunk.districts))
        self.document_districts = {source: tuple(names) for source, names in districts.items()}


def _chunk_metadata(chunk: Chunk, n_chunks: int) -> dict[str, Any]:
    # Chroma metadata values are scalars: districts are joined with "|" (and framed, for $contains).
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
        "parser": PARSER_VERSION,
        "text": chunk.text,
    }


def _chunk_from_chroma(chunk_id: str, meta: dict[str, Any]) -> Chunk:
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


def _bm25(token_lists: list[list[str]]) -> Any:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG on its own handler
    retriever = bm25s.BM25()
    # bm25s cannot index an empty corpus; a placeholder row keeps the shapes valid and never matches.
    retriever.index(token_lists or [["\x00"]], show_progress=False)
    return retriever


def _bm25_scores(retriever: Any, tokens: list[str], n_docs: int) -> np.ndarray:
    vocab = retriever.vocab_dict
    known = [t for t in tokens if t in vocab]
    if not known or n_docs == 0:
        return np.zeros(n_docs, dtype=np.float32)
    return np.asarray(retriever.get_scores(known), dtype=np.float32)[:n_docs]


class CorpusIndex:
    """Build (incrementally) and read the index of one corpus with one embedding model."""

    def __init__(self, index_dir: Path, embeddings: Embeddings, embeddings_name: str) -> None:
        self.index_dir = Path(index_dir)
        self.embeddings = embeddings
        self.embeddings_name = embeddings_name
        self.collection_name = f"chunks-{embeddings_name}"[:60]
        self._store: Any = None
        self._snapshot: Snapshot | None = None
        self._snapshot_key: tuple[str, float] | None = None
        self._lock = threading.RLock()
        self._build_lock = threading.Lock()

    # ---- Chroma -------------------------------------------------------------------------------------

    @property
    def store(self) -> Any:
        """The langchain-chroma vector store over the persistent collection (opened lazily)."""
        with self._lock:
            if self._store is None:
                import chromadb
                from langchain_chroma import Chroma

                self.index_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(
                    path=str(self.index_dir / "chroma"),
                    settings=chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False),
                )
                self._store = Chroma(
                    client=client,
                    collection_name=self.collection_name,
                    embedding_function=self.embeddings,
                    collection_metadata={"hnsw:space": "cosine"},
                )
        return self._store

    def _chroma_documents(self) -> dict[str, dict[str, Any]]:
        """What Chroma holds, per content hash: chunk ids, expected count, source.

        Chunks made by an older parser are keyed apart, so they count as stale and get replaced.
        """
        held: dict[str, dict[str, Any]] = {}
        result = self.store.get(include=["metadatas"])
        for chunk_id, meta in zip(result["ids"], result["metadatas"], strict=True):
            key = (
                meta["doc_hash"] if meta.get("parser") == PARSER_VERSION else f"{meta['doc_hash']}@old-parser"
            )
            entry = held.setdefault(key, {"ids": [], "n_chunks": meta["n_chunks"]})
            entry["ids"].append(chunk_id)
            entry["source"] = meta["source"]
        return held

    # ---- building -----------------------------------------------------------------------------------

    def build(self, corpus_dir: Path, progress: Progress | None = None) -> IndexReport:
        """Bring the index in line with the corpus folder; only new or changed content is embedded."""
        corpus_dir = Path(corpus_dir)
        if not corpus_dir.is_dir():
            raise IndexMissingError(f"corpus folder {corpus_dir} does not exist")
        with self._build_lock:
            return self._build(corpus_dir, progress)

    def _build(self, corpus_dir: Path, progress: Progress | None) -> IndexReport:
        report = IndexReport()
        previous = self._load_published()
        prev_files = previous.files if previous else {}
        prev_docs = previous.documents if previous else {}
        held = self._chroma_documents()

        files: dict[str, str] = {}
        documents: dict[str, dict[str, Any]] = {}
        to_embed: list[tuple[Document, list[Chunk]]] = []
        renamed: list[tuple[str, str]] = []  # (content hash, new source)
        rejected: dict[str, str] = {}

        for path in iter_corpus_files(corpus_dir):
            source = path.relative_to(corpus_dir).as_posix()
            try:
                digest = content_hash(path.read_bytes())
            except OSError as exc:
                rejected[source] = f"không đọc được tệp: {exc.strerror or exc}"
                continue
            if digest in documents:
                report.duplicates.append((source, documents[digest]["source"]))
                files[source] = digest
                continue
            complete = digest in held and len(held[digest]["ids"]) == held[digest]["n_chunks"]
            if complete and digest in prev_docs:
                # the folder gives the type: a file moved between guidance/ and reports/ changes it
                documents[digest] = dict(prev_docs[digest], source=source, doc_type=doc_type_of(source))
                if held[digest]["source"] != source:
                    renamed.append((digest, source))
            else:
                try:
                    doc = read_document(path, corpus_dir)
                except DocumentError as exc:
                    rejected[source] = exc.reason
                    continue
                chunks = make_chunks(doc)
                documents[digest] = {
                    "source": source,
                    "title": doc.title,
                    "date": doc.date,
                    "doc_type": doc.doc_type,
                    "paragraphs": len(doc.paragraphs),
                    "chunks": len(chunks),
                    "issuer": doc.issuer,
                    "number": doc.number,
                    "signer": doc.signer,
                    "letterhead": [p.text for p in doc.paragraphs if p.kind is BlockKind.LETTERHEAD][:8],
                }
                if complete:
                    renamed.append((digest, source))
                else:
                    to_embed.append((doc, chunks))
            files[source] = digest

        # A file that became unreadable keeps its last good version in the index: nothing is lost.
        for source, reason in rejected.items():
            old = prev_files.get(source)
            if old and old in prev_docs and old not in documents:
                documents[old] = dict(prev_docs[old], source=source)
                files[source] = old
                rejected[source] = reason + " — phiên bản trước vẫn được giữ trong chỉ mục"
        report.rejected = sorted(rejected.items())

        self._embed_and_add(to_embed, held, progress, report)
        for digest, source in renamed:
            self._set_source(digest, source)

        for source, digest in sorted(files.items()):
            if source in rejected or any(source == d for d, _ in report.duplicates):
                continue
            if source not in prev_files:
                report.added.append(source)
            elif prev_files[source] != digest:
                report.updated.append(source)
            else:
                report.unchanged.append(source)
        report.removed = sorted(s for s in prev_files if s not in files and s not in rejected)

        snapshot = self._publish(
            files, documents, rejected, previous.generation + 1 if previous else 1, previous, report
        )
        report.chunks_total = len(snapshot.chunks)
        report.requirements_total = len(snapshot.requirements)
        report.requirement_changes = diff_requirements(
            previous.requirements if previous else [], snapshot.requirements
        )
        self._delete_stale(set(documents))
        return report

    def _embed_and_add(
        self,
        to_embed: list[tuple[Document, list[Chunk]]],
        held: dict[str, dict[str, Any]],
        progress: Progress | None,
        report: IndexReport,
    ) -> None:
        total = sum(len(chunks) for _, chunks in to_embed)
        done = 0
        if progress:
            progress(0, total)
        for doc, chunks in to_embed:
            if doc.content_hash in held:  # left half-written by a killed build
                self.store.delete(ids=held[doc.content_hash]["ids"])
            for start in range(0, len(chunks), EMBED_BATCH):
                batch = chunks[start : start + EMBED_BATCH]
                # what is embedded carries a context header; the stored document text is the original
                self.store.add_texts(
                    texts=[c.embed_text() for c in batch],
                    metadatas=[_chunk_metadata(c, len(chunks)) for c in batch],
                    ids=[c.id for c in batch],
                )
                done += len(batch)
                report.chunks_embedded += len(batch)
                if progress:
                    progress(done, total)

    def _set_source(self, digest: str, source: str) -> None:
        """A renamed (or de-duplicated) document keeps its embeddings; only its path (and type) change."""
        result = self.store.get(where={"doc_hash": digest}, include=["metadatas"])
        metadatas = [dict(m, source=source, doc_type=doc_type_of(source)) for m in result["metadatas"]]
        if result["ids"]:
            self.store._collection.update(ids=result["ids"], metadatas=metadatas)

    def _publish(
        self,
        files: dict[str, str],
        documents: dict[str, dict[str, Any]],
        rejected: dict[str, str],
        generation: int,
        previous: Snapshot | None = None,
        report: IndexReport | None = None,
    ) -> Snapshot:
        """Derive the lexical snapshot and requirement catalogue from Chroma; make them live atomically."""
        chunks: list[Chunk] = []
        if documents:
            result = self.store.get(
                where={"$and": [{"doc_hash": {"$in": sorted(documents)}}, {"parser": PARSER_VERSION}]},
                include=["metadatas"],
            )
            chunks = [
                _chunk_from_chroma(i, m) for i, m in zip(result["ids"], result["metadatas"], strict=True)
            ]
        chunks.sort(key=lambda c: (c.source, c.id))
        snapshot = Snapshot(generation, self.embeddings_name, chunks, files, documents, rejected)
        started = time.perf_counter()
        snapshot.requirements = _catalogue(chunks, documents, previous)
        snapshot.catalogue_version = CATALOGUE_VERSION
        if report is not None:
            report.catalogue_seconds = time.perf_counter() - started
        snapshot.exact = _bm25([lexical_tokens(c.text) for c in chunks])
        # the folded field also holds the title and section path: "Một là, …" under "III. Bài học kinh
        # nghiệm" is found by "bài học"
        snapshot.folded = _bm25([folded_tokens(f"{c.title} {c.section} {c.text}") for c in chunks])

        lexical_dir = self._lexical_dir()
        final = lexical_dir / f"{generation:06d}"
        tmp = lexical_dir / f"{generation:06d}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(final, ignore_errors=True)
        tmp.mkdir(parents=True)
        (tmp / "manifest.json").write_text(
            json.dumps(
                {
                    "version": MANIFEST_VERSION,
                    "generation": generation,
                    "embeddings": self.embeddings_name,
                    "files": files,
                    "documents": documents,
                    "rejected": rejected,
                    "catalogue_version": CATALOGUE_VERSION,
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as out:
            for c in chunks:
                out.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
        with open(tmp / "requirements.jsonl", "w", encoding="utf-8") as out:
            for r in snapshot.requirements:
                out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        snapshot.exact.save(str(tmp / "exact"), show_progress=False)
        snapshot.folded.save(str(tmp / "folded"), show_progress=False)
        _fsync_dir(tmp)
        os.replace(tmp, final)
        replaced = self._read_key()
        current_tmp = self.index_dir / "CURRENT.tmp"
        current_tmp.write_text(f"{generation:06d}\n", encoding="utf-8")
        os.replace(current_tmp, self._current_file())
        # the generation just replaced stays one more round: another process may be loading it right now
        keep = {final.name, replaced[0] if replaced else final.name}
        for old in lexical_dir.iterdir():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)
        with self._lock:
            self._snapshot = snapshot
            self._snapshot_key = self._read_key()
        return snapshot

    def _delete_stale(self, live: set[str]) -> None:
        """Chunks of content no longer in the corpus (removed, changed, half-written) leave Chroma."""
        held = self._chroma_documents()
        stale = [
            chunk_id for digest, entry in held.items() if digest not in live for chunk_id in entry["ids"]
        ]
        for start in range(0, len(stale), 1000):
            self.store.delete(ids=stale[start : start + 1000])

    # ---- reading ------------------------------------------------------------------------------------

    def _lexical_dir(self) -> Path:
        return self.index_dir / "lexical" / self.embeddings_name

    def _current_file(self) -> Path:
        return self.index_dir / f"CURRENT-{self.embeddings_name}"

    def _read_key(self) -> tuple[str, float] | None:
        try:
            current = self._current_file()
            return current.read_text(encoding="utf-8").strip(), current.stat().st_mtime
        except FileNotFoundError:
            return None

    def exists(self) -> bool:
        return self._read_key() is not None

    def _load_published(self) -> Snapshot | None:
        key = self._read_key()
        if key is None:
            return None
        folder = self._lexical_dir() / key[0]
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            with open(folder / "chunks.jsonl", encoding="utf-8") as lines:
                rows = [json.loads(line) for line in lines]
            chunks = [Chunk(**dict(row, districts=tuple(row["districts"]))) for row in rows]
            with open(folder / "requirements.jsonl", encoding="utf-8") as lines:
                requirements = [Requirement.from_json(json.loads(line)) for line in lines]
            import bm25s

            # inside the try: missing or damaged bm25 files also mean "rebuild", not a crash
            exact = bm25s.BM25.load(str(folder / "exact"), show_progress=False)
            folded = bm25s.BM25.load(str(folder / "folded"), show_progress=False)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("index snapshot %s unreadable (%s); it will be rebuilt", folder, exc)
            return None
        snapshot = Snapshot(
            manifest["generation"],
            manifest["embeddings"],
            chunks,
            manifest["files"],
            manifest["documents"],
            manifest.get("rejected", {}),
        )
        snapshot.exact, snapshot.folded = exact, folded
        snapshot.requirements = requirements
        snapshot.catalogue_version = int(manifest.get("catalogue_version", 0))
        return snapshot

    def snapshot(self) -> Snapshot:
        """The live snapshot; reloaded when another process (or a rebuild) has published a new one."""
        with self._lock:
            key = self._read_key()
            if key is None:
                raise IndexMissingError("no index yet: run `duthao index` first")
            if self._snapshot is None or key != self._snapshot_key:
                loaded = self._load_published()
                if loaded is None:
                    raise IndexMissingError("the index is unreadable: run `duthao index` to rebuild it")
                self._snapshot, self._snapshot_key = loaded, key
            return self._snapshot

    def dense_search(
        self, query_vector: list[float], n: int, snap: Snapshot | None = None
    ) -> dict[str, float]:
        """Cosine similarity of the n nearest chunks of the snapshot (the live one by default)."""
        snap = snap or self.snapshot()
        if not snap.chunks:
            return {}
        # over-fetch: Chroma may still hold chunks a newer build has not yet deleted
        found = self.store.similarity_search_by_vector_with_relevance_scores(
            query_vector, k=min(n * 2, len(snap.chunks) * 2)
        )
        scores: dict[str, float] = {}
        for document, distance in found:
            if document.id in snap.position and len(scores) < n:
                scores[document.id] = 1.0 - float(distance)
        return scores

    def similarities(self, query_vector: list[float], chunk_ids: Iterable[str]) -> dict[str, float]:
        """Cosine similarity of given chunks (for lexical hits outside the dense top-n)."""
        ids = list(chunk_ids)
        if not ids:
            return {}
        result = self.store.get(ids=ids, include=["embeddings"])
        q = np.asarray(query_vector, dtype=np.float32)
        q /= np.linalg.norm(q) or 1.0
        out = {}
        for chunk_id, vector in zip(result["ids"], result["embeddings"], strict=True):
            v = np.asarray(vector, dtype=np.float32)
            out[chunk_id] = float(v @ q / (np.linalg.norm(v) or 1.0))
        return out

    def lexical_scores(
        self, exact_tokens: list[str], folded: list[str], snap: Snapshot | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk of the snapshot (the live one by default), exact and folded field."""
        snap = snap or self.snapshot()
        n = len(snap.chunks)
        return _bm25_scores(snap.exact, exact_tokens, n), _bm25_scores(snap.folded, folded, n)

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
                    doc["doc_type"],
                    doc["paragraphs"],
                    doc["chunks"],
                    others,
                )
            )
        return sorted(infos, key=lambda d: d.source)


def _catalogue(
    chunks: list[Chunk], documents: dict[str, dict[str, Any]], previous: Snapshot | None
) -> list[Requirement]:
    """The requirements of every guidance document. A document the previous generation already extracted
    (same content, same type, same extraction rules) keeps its requirements; only new ones are extracted."""
    reuse: dict[str, list[Requirement]] = {}
    same_rules = previous is not None and previous.catalogue_version == CATALOGUE_VERSION
    if previous is not None and same_rules:
        for r in previous.requirements:
            reuse.setdefault(r.doc_hash, []).append(r)
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_doc.setdefault(chunk.doc_hash, []).append(chunk)
    out: list[Requirement] = []
    for digest in sorted(documents, key=lambda d: documents[d]["source"]):
        doc = documents[digest]
        if doc["doc_type"] != "guidance":
            continue
        was = previous.documents.get(digest) if previous is not None and same_rules else None
        if (
            was is not None
            and was.get("doc_type") == "guidance"
            and "requirements" in was
            and (digest in reuse or was["requirements"] == 0)
        ):
            found = [replace(r, source=doc["source"]) for r in reuse.get(digest, [])]
        else:
            ordered = sorted(by_doc.get(digest, []), key=lambda c: (c.paragraph, c.id))
            found = extract_requirements(ordered)
        doc["requirements"] = len(found)
        out.extend(found)
    return out


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's files before it is renamed into place (a crash must not publish empty files)."""
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
