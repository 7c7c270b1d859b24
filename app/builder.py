"""Builds: bring one embedding model's index in line with the corpus folder; only new content is embedded.

A build, holding the writer lock of the index folder:
  1. plan from the corpus folder and what Chroma holds: new or changed documents (their content hash is not
     whole in Chroma) to embed, renamed ones, removed ones, duplicates, rejected files;
  2. embed the new documents in batches, with progress, adding them to Chroma (the store embeds);
  3. publish a new generation: the chunks from Chroma, the requirement catalogue, the BM25 fields;
  4. delete from Chroma the chunks the new generation no longer lists.

Why this is safe to kill at any moment: chunk ids carry the document's content hash, so step 2 only adds;
readers only see chunks listed by the generation they loaded, so the previous one keeps answering until
step 3 makes the new one live, and the next build finishes whatever a killed one left.

One writer at a time: two builds at once would pick the same generation and embed the same chunks twice.
The lock is an flock on a file in the index folder, so a killed build never leaves it held.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app import planted
from app.domain import BlockKind, Chunk, DocType, Document, IndexReport, Requirement, chunk_id_of, piece_id
from app.errors import DocumentError, IndexBusyError
from app.ingest import (
    DocumentLimits,
    check_readable,
    content_hash,
    doc_type_of,
    iter_corpus_files,
    make_chunks,
    parser_key,
    read_document,
    source_of,
)
from app.requirements import CATALOGUE_VERSION, diff_requirements, extract_requirements
from app.snapshot import GenerationKey, Generations, Snapshot
from app.store import ChromaStore, chunk_from_metadata, chunk_metadata

log = logging.getLogger(__name__)

EMBED_BATCH = 32
LOCK_FILE = "build.lock"  # in the index folder: held by the one build running on it

Progress = Callable[[int, int], None]  # (chunks embedded so far, chunks to embed)
Published = Callable[[Snapshot, GenerationKey], None]  # told as soon as a new generation is live


@contextmanager
def writer_lock(index_dir: Path, wait: bool = True) -> Iterator[None]:
    """Hold the index folder's writer lock; wait for it, or raise IndexBusyError when `wait` is False."""
    index_dir.mkdir(parents=True, exist_ok=True)
    handle = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise IndexBusyError(str(index_dir)) from None
            log.warning(
                "Chỉ mục %s đang được cập nhật bởi một tiến trình khác; đang chờ tiến trình đó xong…",
                index_dir,
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # releases the lock; so does the death of the process


@dataclass
class BuildPlan:
    """What a build will do, decided from the corpus folder, the live generation and what Chroma holds."""

    files: dict[str, str] = field(default_factory=dict)  # corpus path → content hash
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # content hash → document facts
    to_embed: list[tuple[Document, list[Chunk]]] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (content hash, new corpus path)
    rejected: dict[str, str] = field(default_factory=dict)  # corpus path → reason
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, same content as path)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, what was repaired to read it)


def held_documents(store: ChromaStore) -> dict[str, dict[str, Any]]:
    """What Chroma holds, per content hash: chunk ids, expected count, source.

    Chunks made by an older parser are keyed apart, so they count as stale and get replaced.
    """
    held: dict[str, dict[str, Any]] = {}
    result = store.get(include=["metadatas"])
    for record_id, meta in zip(result["ids"], result["metadatas"], strict=True):
        key = meta["doc_hash"] if meta.get("parser") == parser_key() else f"{meta['doc_hash']}@old-parser"
        entry = held.setdefault(key, {"ids": [], "chunks": 0, "n_chunks": meta["n_chunks"]})
        entry["ids"].append(record_id)  # every record, embedding pieces included: all go when stale
        entry["chunks"] += chunk_id_of(record_id) == record_id
        entry["source"] = meta["source"]
    return held


def plan_build(
    corpus_dir: Path,
    previous: Snapshot | None,
    held: dict[str, dict[str, Any]],
    limits: DocumentLimits | None = None,
) -> BuildPlan:
    """Read what is new or changed in the corpus folder; keep what the live generation already has."""
    prev_files = previous.files if previous else {}
    prev_docs = previous.documents if previous else {}
    plan = BuildPlan()
    for path in iter_corpus_files(corpus_dir):
        source = source_of(path, corpus_dir)
        try:
            check_readable(path, corpus_dir)  # before hashing: a link out of the corpus is never read
            digest = content_hash(path.read_bytes())
        except DocumentError as exc:
            plan.rejected[source] = exc.reason
            continue
        except OSError as exc:
            plan.rejected[source] = f"không đọc được tệp: {exc.strerror or exc}"
            continue
        if digest in plan.documents:
            plan.duplicates.append((source, plan.documents[digest]["source"]))
            plan.files[source] = digest
            continue
        complete = digest in held and held[digest]["chunks"] == held[digest]["n_chunks"]
        if complete and digest in prev_docs:
            # the folder gives the type: a file moved between guidance/ and reports/ changes it
            plan.documents[digest] = dict(prev_docs[digest], source=source, doc_type=doc_type_of(source))
            if held[digest]["source"] != source:
                plan.renamed.append((digest, source))
        else:
            try:
                doc = read_document(path, corpus_dir, limits)
            except DocumentError as exc:
                plan.rejected[source] = exc.reason
                continue
            plan.warnings.extend((source, message) for message in doc.warnings)
            chunks = make_chunks(doc)
            plan.documents[digest] = {
                "source": source,
                "title": doc.title,
                "date": doc.date,
                "doc_type": doc.doc_type,
                "paragraphs": len(doc.paragraphs),
                "chunks": len(chunks),
                "issuer": doc.issuer,
                "number": doc.number,
                "signer": doc.signer,
                "letterhead": _letterhead(doc),
            }
            if complete:
                plan.renamed.append((digest, source))
            else:
                plan.to_embed.append((doc, chunks))
        plan.files[source] = digest

    # A file that became unreadable keeps its last good version in the index: nothing is lost.
    for source, reason in plan.rejected.items():
        old = prev_files.get(source)
        if old and old in prev_docs and old not in plan.documents:
            plan.documents[old] = dict(prev_docs[old], source=source)
            plan.files[source] = old
            plan.rejected[source] = reason + " — phiên bản trước vẫn được giữ trong chỉ mục"
    return plan


def _file_changes(plan: BuildPlan, previous: Snapshot | None) -> IndexReport:
    """The report's file lists: added, updated, removed or unchanged since the live generation."""
    prev_files = previous.files if previous else {}
    report = IndexReport(
        duplicates=list(plan.duplicates), rejected=sorted(plan.rejected.items()), warnings=list(plan.warnings)
    )
    duplicates = {path for path, _ in plan.duplicates}
    for source, digest in sorted(plan.files.items()):
        if source in plan.rejected or source in duplicates:
            continue
        if source not in prev_files:
            report.added.append(source)
        elif prev_files[source] != digest:
            report.updated.append(source)
        else:
            report.unchanged.append(source)
    report.removed = sorted(s for s in prev_files if s not in plan.files and s not in plan.rejected)
    return report


class Builder:
    """Builds one embedding model's index: Chroma (through the store) and its published generations."""

    def __init__(self, store: ChromaStore, generations: Generations) -> None:
        self.store = store
        self.generations = generations

    def build(
        self,
        corpus_dir: Path,
        progress: Progress | None,
        published: Published,
        wait: bool = True,
        limits: DocumentLimits | None = None,
    ) -> IndexReport:
        """Plan, embed, publish, clean up, holding the writer lock; `published` hears of the generation.
        A document over `limits` is rejected."""
        with writer_lock(self.generations.index_dir, wait):
            # another process may have written since this one opened Chroma (a build, finished or killed)
            self.store.reopen()
            previous = self.generations.load_current()
            held = held_documents(self.store)
            plan = plan_build(corpus_dir, previous, held, limits)
            report = _file_changes(plan, previous)
            self._embed_and_add(plan.to_embed, held, progress, report)
            for digest, source in plan.renamed:
                self._set_source(digest, source)

            snapshot, key = self._publish(plan, previous, report)
            published(snapshot, key)
            report.chunks_total = len(snapshot.chunks)
            report.requirements_total = len(snapshot.requirements)
            report.requirement_changes = diff_requirements(
                previous.requirements if previous else [], snapshot.requirements
            )
            self._delete_stale(set(plan.documents))
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
                self.store.delete(held[doc.content_hash]["ids"])
            for start in range(0, len(chunks), EMBED_BATCH):
                batch = chunks[start : start + EMBED_BATCH]
                # what is embedded carries a context header; the chunk's own text is kept in its metadata. A
                # chunk longer than the embedder's window is embedded in pieces, added with it in one call
                records = [
                    (piece_id(c.id, k), text, meta)
                    for c in batch
                    for meta in [chunk_metadata(c, len(chunks), parser_key())]
                    for k, text in enumerate(c.embed_pieces())
                ]
                self.store.add(
                    ids=[r[0] for r in records],
                    texts=[r[1] for r in records],
                    metadatas=[r[2] for r in records],
                )
                done += len(batch)
                report.chunks_embedded += len(batch)
                if progress:
                    progress(done, total)

    def _set_source(self, digest: str, source: str) -> None:
        """A renamed (or de-duplicated) document keeps its embeddings; only its path (and type) change."""
        result = self.store.get(where={"doc_hash": digest}, include=["metadatas"])
        metadatas = [dict(m, source=source, doc_type=doc_type_of(source)) for m in result["metadatas"]]
        self.store.update_metadata(result["ids"], metadatas)

    def _publish(
        self, plan: BuildPlan, previous: Snapshot | None, report: IndexReport
    ) -> tuple[Snapshot, GenerationKey]:
        """Derive the snapshot and requirement catalogue from Chroma; make them live as a new generation."""
        chunks: list[Chunk] = []
        if plan.documents:
            result = self.store.get(
                where={"$and": [{"doc_hash": {"$in": sorted(plan.documents)}}, {"parser": parser_key()}]},
                include=["metadatas"],
            )
            chunks = [
                chunk_from_metadata(i, m)
                for i, m in zip(result["ids"], result["metadatas"], strict=True)
                if chunk_id_of(i) == i  # a chunk's further embedding pieces are not chunks
            ]
        chunks.sort(key=lambda c: (c.source, c.id))
        flag_planted(chunks, plan.documents, report)
        snapshot = Snapshot(
            self.generations.next_number(),
            self.generations.embeddings_name,
            chunks,
            plan.files,
            plan.documents,
            plan.rejected,
        )
        started = time.perf_counter()
        snapshot.requirements = catalogue(chunks, plan.documents, previous)
        snapshot.catalogue_version = CATALOGUE_VERSION
        report.catalogue_seconds = time.perf_counter() - started
        snapshot.index_lexical()
        return snapshot, self.generations.publish(snapshot)

    def _delete_stale(self, live: set[str]) -> None:
        """Chunks of content no longer in the corpus (removed, changed, half-written) leave Chroma."""
        held = held_documents(self.store)
        self.store.delete(
            [chunk_id for digest, entry in held.items() if digest not in live for chunk_id in entry["ids"]]
        )


def flag_planted(chunks: list[Chunk], documents: dict[str, dict[str, Any]], report: IndexReport) -> None:
    """Note in each document's facts the sentences planted to steer an assistant (app/planted.py), for the
    Tài liệu tab; a document read under the same rules keeps its note. Newly flagged ones are warned of."""
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_doc.setdefault(chunk.doc_hash, []).append(chunk)
    for digest, doc in documents.items():
        if doc.get("planted_rules") == planted.RULES_ID:
            continue
        ordered = sorted(by_doc.get(digest, []), key=lambda c: (c.paragraph, c.id))
        found = list(dict.fromkeys(s for c in ordered for s in planted.planted_sentences(c.text)))
        doc["planted"], doc["planted_rules"] = found[: planted.MAX_LISTED], planted.RULES_ID
        if found:
            report.warnings.append((doc["source"], planted.warning(found)))


def catalogue(
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
        if doc["doc_type"] != DocType.GUIDANCE:
            continue
        was = previous.documents.get(digest) if previous is not None and same_rules else None
        if (
            was is not None
            and was.get("doc_type") == DocType.GUIDANCE
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


def _letterhead(doc: Document) -> list[str]:
    """The letterhead lines at the top and the closing lines at the end (issuer, date, signer, byline)."""
    lines = [p.text for p in doc.paragraphs if p.kind is BlockKind.LETTERHEAD]
    return lines if len(lines) <= 12 else lines[:8] + lines[-4:]
