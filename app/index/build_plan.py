"""Build plans: what a build must do, decided from the corpus folder, the live generation and (only for
content the live generation does not hold) what Chroma holds.

A document whose content the live generation holds whole, read by today's parser, is trusted as it is:
neither read again nor asked of Chroma. Every other file is read, and Chroma says whether a killed build
already embedded it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.documents import planted
from app.documents.ingest import (
    DocumentLimits,
    check_readable,
    content_hash,
    doc_type_of,
    make_chunks,
    parser_key,
    planted_sentences,
    read_document,
    scan_corpus,
    source_of,
)
from app.domain import BlockKind, Chunk, Document, IndexReport, chunk_id_of
from app.errors import DocumentError
from app.index.snapshot import Snapshot
from app.index.store import ChromaStore

DIGESTS_PER_QUERY = 500  # content hashes per Chroma filter: one SQL statement holds a limited number


@dataclass
class BuildPlan:
    """What a build will do, decided from the corpus folder, the live generation and what Chroma holds."""

    files: dict[str, str] = field(default_factory=dict)  # corpus path → content hash
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # content hash → document facts
    to_embed: list[tuple[Document, list[Chunk]]] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (content hash, new corpus path)
    rejected: dict[str, str] = field(default_factory=dict)  # corpus path → reason
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, same content as path)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, what was repaired, or planted)
    parsed: dict[str, list[Chunk]] = field(default_factory=dict)  # content hash → chunks, of documents read
    hidden: list[str] = field(default_factory=list)  # hidden files and folders ("." names), not read


def held_documents(store: ChromaStore, digests: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """What Chroma holds, per content hash (of all documents, or only of `digests`): chunk ids, expected
    count, source.

    Chunks made by an older parser are keyed apart, so they count as stale and get replaced.
    """
    held: dict[str, dict[str, Any]] = {}
    if digests is None:
        results = [store.get(include=["metadatas"])]
    else:
        ordered = sorted(digests)
        results = [
            store.get(
                where={"doc_hash": {"$in": ordered[start : start + DIGESTS_PER_QUERY]}}, include=["metadatas"]
            )
            for start in range(0, len(ordered), DIGESTS_PER_QUERY)
        ]
    for result in results:
        for record_id, meta in zip(result["ids"], result["metadatas"], strict=True):
            key = meta["doc_hash"] if meta.get("parser") == parser_key() else f"{meta['doc_hash']}@old-parser"
            entry = held.setdefault(key, {"ids": [], "chunks": 0, "n_chunks": meta["n_chunks"]})
            entry["ids"].append(record_id)  # every record, embedding pieces included: all go when stale
            entry["chunks"] += chunk_id_of(record_id) == record_id
            entry["source"] = meta["source"]
    return held


def trusted_documents(previous: Snapshot | None) -> dict[str, dict[str, Any]]:
    """The documents the live generation holds whole, read by today's parser: Chroma need not be asked."""
    if previous is None:
        return {}
    return {
        digest: {
            "n_chunks": doc["chunks"],
            "chunks": doc["chunks"],
            "source": doc["source"],
        }
        for digest, doc in previous.documents.items()
        if doc.get("parser") == parser_key() and doc.get("segment")
    }


def plan_build(
    corpus_dir: Path,
    previous: Snapshot | None,
    held: dict[str, dict[str, Any]] | Callable[[list[str]], dict[str, dict[str, Any]]],
    limits: DocumentLimits | None = None,
    reading: Callable[[int, int], None] | None = None,
) -> BuildPlan:
    """Read what is new or changed in the corpus folder; keep what the live generation already has.

    `held` is what Chroma holds (held_documents), or a function that asks Chroma about the content hashes
    given (those the live generation does not hold whole). `reading` hears (files done, files) as each file
    is looked at: reading a large corpus for the first time takes a while before anything is embedded."""
    prev_files = previous.files if previous else {}
    prev_docs = previous.documents if previous else {}
    plan = BuildPlan()
    hashed: list[tuple[Path, str, str]] = []
    files, plan.hidden = scan_corpus(corpus_dir)
    for path in files:
        source = source_of(path, corpus_dir)
        try:
            check_readable(path, corpus_dir)  # before hashing: a link out of the corpus is never read
            hashed.append((path, source, content_hash(path.read_bytes())))
        except DocumentError as exc:
            plan.rejected[source] = exc.reason
        except OSError as exc:
            plan.rejected[source] = f"không đọc được tệp: {exc.strerror or exc}"
    if callable(held):
        trusted = trusted_documents(previous)
        held = {**trusted, **held(sorted({d for _, _, d in hashed if d not in trusted}))}
    for done, (path, source, digest) in enumerate(hashed):
        if reading:
            reading(done, len(hashed))
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
            found = planted_sentences(doc)  # left out of the chunks; listed in the Tài liệu tab
            if found:
                plan.warnings.append((source, planted.warning(found)))
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
                "letterhead": letterhead_lines(doc),
                "parser": parser_key(),
                "planted": found[: planted.MAX_LISTED],
            }
            plan.parsed[digest] = chunks
            if complete:
                plan.renamed.append((digest, source))
            else:
                plan.to_embed.append((doc, chunks))
        plan.files[source] = digest
    if reading:
        reading(len(hashed), len(hashed))

    # A file that became unreadable keeps its last good version in the index: nothing is lost.
    for source, reason in plan.rejected.items():
        old = prev_files.get(source)
        if old and old in prev_docs and old not in plan.documents:
            plan.documents[old] = dict(prev_docs[old], source=source)
            plan.files[source] = old
            plan.rejected[source] = reason + " — phiên bản trước vẫn được giữ trong chỉ mục"
    return plan


def file_changes(plan: BuildPlan, previous: Snapshot | None) -> IndexReport:
    """The report's file lists: added, updated, removed or unchanged since the live generation."""
    prev_files = previous.files if previous else {}
    report = IndexReport(
        duplicates=list(plan.duplicates),
        rejected=sorted(plan.rejected.items()),
        warnings=list(plan.warnings),
        hidden=list(plan.hidden),
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


def letterhead_lines(doc: Document) -> list[str]:
    """The letterhead lines at the top and the closing lines at the end (issuer, date, signer, byline)."""
    # a letterhead line is quoted when asked for a date: one written to steer an assistant is not kept
    lines = [
        p.text for p in doc.paragraphs if p.kind is BlockKind.LETTERHEAD and not planted.is_planted(p.text)
    ]
    return lines if len(lines) <= 12 else lines[:8] + lines[-4:]
