"""Builds: bring one embedding model's index in line with the corpus folder; only new content is embedded.

A build, holding the writer lock of the index folder:
  1. plan (build_plan.py) from the corpus folder and the live generation: new or changed documents (their
     content is not in the live generation; Chroma is asked only about those) to embed, renamed ones,
     removed ones, duplicates, rejected files;
  2. embed the new chunks in batches across documents, with progress, adding them to Chroma while the next
     batch is embedded; then the sentences of those chunks, for answers to look up (vector_cache.py);
  3. publish a new generation: the live generation's segments plus one segment of the new chunks (small or
     mostly-dead segments merged, lexical.py), the requirement catalogue;
  4. delete from Chroma the chunks of documents the new generation no longer lists.

What a build costs is in proportion to what changed: unchanged documents are neither read back from Chroma
nor indexed again. Vectors come from the vector cache when the same text was embedded before (a parser
change, a document added back).

Why this is safe to kill at any moment: chunk ids carry the document's content hash, so step 2 only adds;
readers only see chunks listed by the generation they loaded, so the previous one keeps answering until
step 3 makes the new one live, and the next build finishes whatever a killed one left (when Chroma holds
more chunks than the live generation lists, the next build sweeps it whole).

One writer at a time: two builds at once would pick the same generation and embed the same chunks twice.
The lock is an flock on a file in the index folder, so a killed build never leaves it held.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from app.catalogue.changes import diff_requirements
from app.catalogue.learned import Judge
from app.catalogue.requirements import CATALOGUE_VERSION, extract_requirements
from app.documents.ingest import (
    DocumentLimits,
    doc_type_of,
    parser_key,
)
from app.domain import Chunk, DocType, Document, IndexReport, Requirement, piece_id
from app.errors import IndexBusyError
from app.index.build_plan import BuildPlan, file_changes, held_documents, plan_build
from app.index.lexical import SEGMENT_ROWS, Segment, plan_segments
from app.index.snapshot import GenerationKey, Generations, Snapshot
from app.index.store import ChromaStore, chunk_from_metadata, chunk_metadata
from app.index.vector_cache import CachedEmbeddings
from app.text import split_sentences

log = logging.getLogger(__name__)

EMBED_BATCH = 32  # texts per call of the embedder, across documents
LOCK_FILE = "build.lock"  # in the index folder: held by the one build running on it

Progress = Callable[[int, int], None]  # (texts embedded so far, texts to embed: chunks, then sentences)
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


class Builder:
    """Builds one embedding model's index: Chroma (through the store) and its published generations."""

    def __init__(self, store: ChromaStore, generations: Generations, embedder: CachedEmbeddings) -> None:
        self.store = store
        self.generations = generations
        self.embedder = embedder
        # piece 0 of each chunk embedded by this build: its segment keeps it (no second read of the cache)
        self._fresh: dict[str, np.ndarray] = {}

    def build(
        self,
        corpus_dir: Path,
        progress: Progress | None,
        published: Published,
        wait: bool = True,
        limits: DocumentLimits | None = None,
        reading: Progress | None = None,
    ) -> IndexReport:
        """Plan, embed, publish, clean up, holding the writer lock; `published` hears of the generation.
        A document over `limits` is rejected; `reading` hears (files read, files) while the plan is made."""
        with writer_lock(self.generations.index_dir, wait):
            # another process may have written since this one opened Chroma (a build, finished or killed)
            self.store.reopen()
            previous = self.generations.load_current()
            # Without a live generation, Chroma is read whole: it may hold everything already. So it is when
            # it holds fewer chunks than the live generation lists (a Chroma server reset, a folder restored
            # from an older backup): the documents it lost are then embedded again (from the vector cache).
            whole = previous is None or self.store.count() < len(previous.chunks)
            held = held_documents(self.store) if whole else self._held_of
            plan = plan_build(corpus_dir, previous, held, limits, reading)
            report = file_changes(plan, previous)
            embedded_before = self.embedder.embedded
            sentences = self._sentences_to_embed(plan)
            # what progress counts, and the result message says: chunks and sentences (labels.PROGRESS_UNIT)
            total = sum(len(chunks) for _, chunks in plan.to_embed) + len(sentences)
            report.sentences_embedded = len(sentences)
            done = self._embed_and_add(plan.to_embed, progress, report, total)
            self._embed_sentences(sentences, progress, done, total)
            for digest, source in plan.renamed:
                self._set_source(digest, source)

            snapshot, key = self._publish(plan, previous, report)
            published(snapshot, key)
            report.chunks_total = len(snapshot.chunks)
            report.requirements_total = len(snapshot.requirements)
            report.requirement_changes = diff_requirements(
                previous.requirements if previous else [], snapshot.requirements
            )
            self._delete_stale(snapshot, previous)
            report.texts_embedded = self.embedder.embedded - embedded_before
        return report

    def _held_of(self, digests: list[str]) -> dict[str, dict[str, Any]]:
        return held_documents(self.store, digests)

    def _embed_and_add(
        self,
        to_embed: list[tuple[Document, list[Chunk]]],
        progress: Progress | None,
        report: IndexReport,
        total: int,
    ) -> int:
        """Embed the chunks in batches across documents; Chroma stores one batch while the next is embedded
        (the embedder runs outside the GIL), so the embedder is the only thing on the critical path."""
        held = held_documents(self.store, [doc.content_hash for doc, _ in to_embed])
        leftovers = [
            i for doc, _ in to_embed if doc.content_hash in held for i in held[doc.content_hash]["ids"]
        ]
        self.store.delete(leftovers)  # left half-written by a killed build
        # a chunk longer than the embedder's window is embedded in pieces: one record each, the first under
        # the chunk's id
        rows = [
            (chunk, len(chunks), k, text)
            for _, chunks in to_embed
            for chunk in chunks
            for k, text in enumerate(chunk.embed_pieces())
        ]
        done = 0
        if progress:
            progress(0, total)
        writing: Future[None] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chroma-add") as writer:
            for start in range(0, len(rows), EMBED_BATCH):
                batch = rows[start : start + EMBED_BATCH]
                # what is embedded carries a context header; the chunk's own text is kept in its metadata
                texts = [text for _, _, _, text in batch]
                vectors = self.embedder.passage_vectors(texts)
                self._fresh.update(
                    (chunk.id, v) for (chunk, _, k, _), v in zip(batch, vectors, strict=True) if k == 0
                )
                if writing is not None:
                    writing.result()  # one batch in flight: an error stops the build here
                writing = writer.submit(
                    self.store.add,
                    [piece_id(chunk.id, k) for chunk, _, k, _ in batch],
                    texts,
                    [chunk_metadata(chunk, n, parser_key()) for chunk, n, _, _ in batch],
                    [v.tolist() for v in vectors],
                )
                chunks_done = sum(k == 0 for _, _, k, _ in batch)
                done += chunks_done
                report.chunks_embedded += chunks_done
                if progress:
                    progress(done, total)
            if writing is not None:
                writing.result()
        return done

    def _sentences_to_embed(self, plan: BuildPlan) -> list[str]:
        """The sentences of the new chunks that the vector cache does not hold."""
        sentences = [
            s for _, chunks in plan.to_embed for chunk in chunks for s in split_sentences(chunk.text)
        ]
        return self.embedder.missing(sentences)

    def _embed_sentences(
        self, sentences: list[str], progress: Progress | None, done: int, total: int
    ) -> None:
        """Sentence vectors, embedded once here: answers only look them up (vectors.SentenceVectors)."""
        for start in range(0, len(sentences), EMBED_BATCH):
            batch = sentences[start : start + EMBED_BATCH]
            self.embedder.passage_vectors(batch)
            done += len(batch)
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
        """The live generation's segments, one more of the documents read now (merging small or mostly-dead
        ones), and the requirement catalogue, made live as a new generation."""
        number = self.generations.next_number()
        documents = plan.documents
        segments = list(previous.segments) if previous is not None else []
        new_segments: list[Segment] = []
        new_chunks = [
            chunk_from_metadata(c.id, chunk_metadata(c, len(chunks), parser_key()))  # as Chroma holds it
            for digest, chunks in plan.parsed.items()
            if digest in documents
            for c in chunks
        ]
        new_chunks.sort(key=lambda c: (c.source, c.id))

        def live_rows(segment: Segment) -> list[int]:
            return [
                i
                for i, c in enumerate(segment.chunks)
                if documents.get(c.doc_hash, {}).get("segment") == segment.name
            ]

        for digest in plan.parsed:
            if digest in documents:
                documents[digest]["segment"] = None  # until the new segment is named below
        batches = _segment_batches(new_chunks)
        for group in plan_segments(segments, [live_rows(s) for s in segments], len(batches)):
            merged = Segment.merge(
                _segment_name(number), [(segments[i], live_rows(segments[i])) for i in group]
            )
            for chunk in merged.chunks:
                documents[chunk.doc_hash]["segment"] = merged.name
            segments = [s for i, s in enumerate(segments) if i not in group]
            if merged.chunks:
                segments.append(merged)
                new_segments.append(merged)
        for batch in batches:
            added = Segment.build(_segment_name(number), batch, self._chunk_vectors(batch))
            for chunk in batch:
                documents[chunk.doc_hash]["segment"] = added.name
            segments.append(added)
            new_segments.append(added)
        segments = [s for s in segments if live_rows(s)]

        snapshot = Snapshot.of_segments(
            number, self.generations.embeddings_name, segments, plan.files, documents, plan.rejected
        )
        snapshot.new_segments = new_segments
        started = time.perf_counter()
        # the learned signal reads the sentence vectors embedded above (learned.py): looked up, not embedded
        judge = Judge(self.embedder.passage_vectors, self.embedder.held)
        snapshot.requirements = catalogue(snapshot.chunks, documents, previous, judge)
        snapshot.catalogue_version = CATALOGUE_VERSION
        report.catalogue_seconds = time.perf_counter() - started
        self._embed_quotes(snapshot, previous)
        return snapshot, self.generations.publish(snapshot)

    def _chunk_vectors(self, chunks: list[Chunk]) -> np.ndarray:
        """The new chunks' vectors, for their segment: as this build embedded them, else from the vector
        cache (a chunk a killed build wrote to Chroma). A chunk in pieces keeps its first: it is scored
        from Chroma (index.py)."""
        missing = [c for c in chunks if c.id not in self._fresh]
        if missing:
            vectors = self.embedder.passage_vectors([c.embed_pieces()[0] for c in missing])
            self._fresh.update((c.id, v) for c, v in zip(missing, vectors, strict=True))
        return np.stack([self._fresh[c.id] for c in chunks]).astype(np.float32)

    def _embed_quotes(self, snapshot: Snapshot, previous: Snapshot | None) -> None:
        """The quotes of requirements new in this generation, embedded for list answers to look up."""
        known = {r.quote for r in previous.requirements} if previous is not None else set()
        missing = self.embedder.missing([r.quote for r in snapshot.requirements if r.quote not in known])
        for start in range(0, len(missing), EMBED_BATCH):
            self.embedder.passage_vectors(missing[start : start + EMBED_BATCH])

    def _delete_stale(self, snapshot: Snapshot, previous: Snapshot | None) -> None:
        """Chunks of content no longer in the corpus (removed, changed) leave Chroma. When Chroma then holds
        more than the generation lists (a killed build's leftovers, an older parser's chunks), it is swept."""
        if previous is not None:
            live = set(snapshot.position)
            self.store.delete(
                [
                    piece_id(c.id, k)
                    for c in previous.chunks
                    if c.id not in live
                    for k in range(len(c.embed_pieces()))
                ]
            )
        if previous is None or self.store.count() != sum(len(c.embed_pieces()) for c in snapshot.chunks):
            held = held_documents(self.store)
            self.store.delete(
                [
                    chunk_id
                    for digest, entry in held.items()
                    if digest not in snapshot.documents
                    for chunk_id in entry["ids"]
                ]
            )


def _segment_batches(chunks: list[Chunk]) -> list[list[Chunk]]:
    """The chunks in batches of about SEGMENT_ROWS, a document's chunks all in one (a document lives in one
    segment)."""
    batches: list[list[Chunk]] = []
    current: list[Chunk] = []
    for chunk in chunks:  # sorted by source: a document's chunks come together
        if len(current) >= SEGMENT_ROWS and chunk.doc_hash != current[-1].doc_hash:
            batches.append(current)
            current = []
        current.append(chunk)
    return [*batches, current] if current else batches


def _segment_name(generation: int) -> str:
    """A new segment's folder name: its generation, and a random part (a killed build's may be left)."""
    return f"{generation:06d}-{secrets.token_hex(3)}"


def catalogue(
    chunks: list[Chunk],
    documents: dict[str, dict[str, Any]],
    previous: Snapshot | None,
    judge: Judge | None = None,
) -> list[Requirement]:
    """The requirements of every guidance document. A document the previous generation already extracted
    (same content, same type, same extraction rules, same chunks: parsed under the same parser key) keeps its
    requirements; only new ones are extracted. A document parsed again under new rules (the planted-
    instruction rules take sentences out of its chunks) is extracted again: a requirement may have gone."""
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
            and was.get("parser") == doc.get("parser")
            and "requirements" in was
            and (digest in reuse or was["requirements"] == 0)
        ):
            found = [replace(r, source=doc["source"]) for r in reuse.get(digest, [])]
        else:
            ordered = sorted(by_doc.get(digest, []), key=lambda c: (c.paragraph, c.id))
            found = extract_requirements(ordered, judge)
        doc["requirements"] = len(found)
        out.extend(found)
    return out
