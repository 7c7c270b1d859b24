"""Snapshots: the read-only view a query runs against, and the generation folders that hold them on disk.

Layout under the index folder, per embedding model:
  segments/<model>/<segment>/    chunks written by one build, with their BM25 postings and spellings
                                 (app/index/lexical.py); written once, shared by the generations
                                 that list them
  lexical/<model>/<generation>/  manifest.json (files, documents and the segment holding each, segments),
                                 requirements.jsonl
  CURRENT-<model>                the live generation's folder name, replaced atomically (os.replace)

A generation is written into `<generation>.tmp`, flushed, renamed into place, and only then named by CURRENT,
so a reader that follows CURRENT never sees half a generation; its new segments are in place before it is.
The generation CURRENT named before stays one more round: another process may be loading it right now.
Writers take turns (the builder's lock); the numbers and .tmp folders here are chosen under it.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from app import places
from app.catalogue.requirements import OPENING_CHUNKS, addressed_districts
from app.domain import Chunk, DocType, Requirement
from app.index.lexical import FIELDS, LexicalIndex, Postings, Segment
from app.text import Accents, days_named

log = logging.getLogger(__name__)

# What a generation folder holds and how; a folder of another version is rebuilt, never half-read.
MANIFEST_VERSION = 3  # 3: segments keep their chunks' vectors


@dataclass
class Snapshot:
    """The live, read-only view a query runs against."""

    generation: int
    embeddings: str
    chunks: list[Chunk]
    files: dict[str, str]  # corpus path → content hash (accepted files, duplicates included)
    # content hash → {source, title, date, doc_type, paragraphs, chunks, segment, …}
    documents: dict[str, dict[str, Any]]
    rejected: dict[str, str] = field(default_factory=dict)
    lexical: LexicalIndex | None = None  # BM25 over the chunks, in their order
    position: dict[str, int] = field(default_factory=dict)
    # the districts each document speaks of anywhere: a paragraph naming none applies to these
    document_districts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the requirement catalogue: every requirement of every guidance document, built at index time
    requirements: list[Requirement] = field(default_factory=list)
    catalogue_version: int = 0
    new_segments: list[Segment] = field(default_factory=list)  # to be written when it is published
    _places_by_form: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _opening_districts: dict[str, frozenset[str]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.position = {c.id: i for i, c in enumerate(self.chunks)}
        districts: dict[str, dict[str, None]] = {}
        for chunk in self.chunks:
            districts.setdefault(chunk.source, {}).update(dict.fromkeys(chunk.districts))
        self.document_districts = {source: tuple(names) for source, names in districts.items()}

    @classmethod
    def of_segments(
        cls,
        generation: int,
        embeddings: str,
        segments: list[Segment],
        files: dict[str, str],
        documents: dict[str, dict[str, Any]],
        rejected: dict[str, str] | None = None,
    ) -> Snapshot:
        """The snapshot whose chunks are the rows of `segments` that `documents` says each one holds."""

        def live(segment: Segment, chunk: Chunk) -> bool:
            return documents.get(chunk.doc_hash, {}).get("segment") == segment.name

        lexical = LexicalIndex(segments, live)
        chunks = []
        for chunk in lexical.chunks():
            doc = documents[chunk.doc_hash]
            source, doc_type = doc.get("source", chunk.source), DocType(doc.get("doc_type", chunk.doc_type))
            if chunk.source != source or chunk.doc_type != doc_type:  # renamed, or moved to another folder
                chunk = replace(chunk, source=source, doc_type=doc_type)
            chunks.append(chunk)
        return cls(generation, embeddings, chunks, files, documents, rejected or {}, lexical)

    def index_lexical(self) -> None:
        """Index the chunks as they are, in one segment (for snapshots made by hand: tests, benchmarks)."""
        segment = Segment.build(f"{self.generation:06d}-0", self.chunks)
        for chunk in self.chunks:
            self.documents.setdefault(chunk.doc_hash, {"source": chunk.source})["segment"] = segment.name
        self.lexical = LexicalIndex([segment], lambda _segment, _chunk: True)
        self.new_segments = [segment]

    def places_named_by_form(self, source: str) -> frozenset[str]:
        """The places outside the gazetteer that a document names by form ("Tỉnh ủy Nam Định"), its title
        included; read once per document and snapshot, when a question first needs it."""
        cached = self._places_by_form.get(source)
        if cached is None:
            chunks = self.chunks_by_source.get(source, [])
            texts = [chunks[0].title] if chunks else []
            texts += [c.text for c in chunks]
            cached = frozenset(name for text in texts for name in places.named_by_form(text))
            self._places_by_form[source] = cached
        return cached

    def sources_opening_with(self, district: str) -> frozenset[str]:
        """The documents whose title or opening name the district (catalogue's addressed_districts): a
        meeting's report or a conclusion notice on its draft names the drafts it reviews there; guidance
        written for every district names a district, if at all, in one of its items further on."""
        cached = self._opening_districts
        if cached is None:
            cached = {}
            for source, chunks in self.chunks_by_source.items():
                if chunks[0].doc_type != DocType.GUIDANCE:
                    continue  # a district's own report reviews no draft
                cached[source] = frozenset(addressed_districts(chunks, ()))
            self._opening_districts = cached
        return frozenset(source for source, names in cached.items() if district in names)

    def opening(self, source: str) -> list[Chunk]:
        """A document's first chunks, where a meeting's report or a conclusion notice names the drafts it
        reviews (as in sources_opening_with)."""
        return self.chunks_by_source.get(source, [])[:OPENING_CHUNKS]

    def sources_naming(self, days: set[tuple[int, int]]) -> set[str]:
        """The documents whose text or date names one of the (day, month) pairs."""
        return {source for source, named in self._days_by_source.items() if named & days}

    def sources_where(self, holds: Callable[[str], bool], among: Iterable[str] | None = None) -> list[str]:
        """The documents with a chunk whose text holds, in index order; only those `among`, when given (a
        question's passages' documents, not every document of the index)."""
        wanted = None if among is None else set(among)
        return [
            source
            for source, chunks in self.chunks_by_source.items()
            if (wanted is None or source in wanted) and any(holds(c.text) for c in chunks)
        ]

    @functools.cached_property
    def _days_by_source(self) -> dict[str, set[tuple[int, int]]]:
        """Every (day, month) each document names or is dated, read once per snapshot, when a question
        naming a day first needs it."""
        out: dict[str, set[tuple[int, int]]] = {}
        for source, chunks in self.chunks_by_source.items():
            date = chunks[0].date or ""
            named = {(int(date[8:10]), int(date[5:7]))} if len(date) >= 10 else set()
            for chunk in chunks:
                named |= days_named(chunk.text)
            out[source] = named
        return out

    @functools.cached_property
    def chunks_by_source(self) -> dict[str, list[Chunk]]:
        """Each document's chunks in order, grouped once per snapshot (answers read a document's sections
        and lists; a pass over 100k chunks per question would not do)."""
        grouped: dict[str, list[Chunk]] = {}
        for chunk in self.chunks:
            grouped.setdefault(chunk.source, []).append(chunk)
        return grouped

    @property
    def segments(self) -> list[Segment]:
        return self.lexical.segments if self.lexical is not None else []

    @property
    def accents(self) -> Accents | None:
        """How the chunks spell each syllable and bigram: restores an unaccented question's diacritics."""
        return self.lexical.accents if self.lexical is not None else None

    def lexical_scores(self, exact_tokens: list[str], folded: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk, exact and folded field."""
        if self.lexical is None:
            n = len(self.chunks)
            return np.zeros(n, dtype=np.float32), np.zeros(n, dtype=np.float32)
        return self.lexical.scores("exact", exact_tokens), self.lexical.scores("folded", folded)


class GenerationKey(NamedTuple):
    """What CURRENT said when it was read: a changed key means another generation is live."""

    name: str  # the generation's folder name
    stamp: int  # CURRENT's mtime in ns: a folder name used again after the index was deleted still differs


class SnapshotUnreadable(Exception):
    """A generation folder is missing, damaged or of another manifest version; the message says why."""


class Generations:
    """One embedding model's published generations, their segments, and CURRENT naming the live one."""

    def __init__(self, index_dir: Path, embeddings_name: str) -> None:
        self.index_dir = Path(index_dir)
        self.embeddings_name = embeddings_name
        self.folder = self.index_dir / "lexical" / embeddings_name
        self.segments_folder = self.index_dir / "segments" / embeddings_name
        self.current_file = self.index_dir / f"CURRENT-{embeddings_name}"
        # segments already read by this process: a new generation only costs its new segments
        self._segments: dict[str, Segment] = {}
        self._segments_lock = threading.Lock()

    def read_key(self) -> GenerationKey | None:
        """The live generation (None before the first build); one small read and a stat."""
        try:
            name = self.current_file.read_text(encoding="utf-8").strip()
            return GenerationKey(name, self.current_file.stat().st_mtime_ns)
        except FileNotFoundError:
            return None

    def load(self, name: str) -> Snapshot:
        """Read one generation folder; SnapshotUnreadable when it cannot be used as it is."""
        folder = self.folder / name
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            version = manifest.get("version")
            if version != MANIFEST_VERSION:
                raise SnapshotUnreadable(
                    f"chỉ mục ở {folder} có định dạng {version}, phiên bản này đọc định dạng "
                    f"{MANIFEST_VERSION}: chạy `duthao index` để dựng lại"
                )
            with open(folder / "requirements.jsonl", encoding="utf-8") as lines:
                requirements = [Requirement.from_json(json.loads(line)) for line in lines]
            segments = [self._segment(segment_name) for segment_name in manifest["segments"]]
            # read now, by builds too: a damaged file is found here, not in a question (and a build must not
            # carry a damaged segment into the next generation)
            for segment in segments:
                for postings in segment.fields.values():
                    del postings
            snapshot = Snapshot.of_segments(
                manifest["generation"],
                manifest["embeddings"],
                segments,
                manifest["files"],
                manifest["documents"],
                manifest.get("rejected", {}),
            )
        except SnapshotUnreadable:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise SnapshotUnreadable(
                f"chỉ mục ở {folder} không đọc được ({exc}): chạy `duthao index` để dựng lại"
            ) from exc
        snapshot.requirements = requirements
        snapshot.catalogue_version = int(manifest.get("catalogue_version", 0))
        return snapshot

    def _segment(self, name: str) -> Segment:
        """A segment, read once per process (segments never change once written)."""
        with self._segments_lock:
            if name in self._segments:
                return self._segments[name]
        segment = read_segment(self.segments_folder / name, name)
        with self._segments_lock:
            self._segments[name] = segment
        return segment

    def load_current(self) -> Snapshot | None:
        """The live generation as a build starts from it; None when there is none or it must be rebuilt."""
        key = self.read_key()
        if key is None:
            return None
        try:
            return self.load(key.name)
        except SnapshotUnreadable as exc:
            log.warning("%s; bản dựng này làm lại từ đầu (không nhúng lại những gì Chroma đã có)", exc)
            return None

    def next_number(self) -> int:
        """A generation number never used in this folder (call it holding the writer lock)."""
        used = [0]
        key = self.read_key()
        if key is not None and key.name.isdigit():
            used.append(int(key.name))
        if self.folder.is_dir():
            used.extend(
                int(p.name.split(".")[0]) for p in self.folder.iterdir() if p.name.split(".")[0].isdigit()
            )
        return max(used) + 1

    def publish(self, snapshot: Snapshot) -> GenerationKey:
        """Write the snapshot as a new generation and make it live (call it holding the writer lock)."""
        for segment in snapshot.new_segments:
            write_segment(self.segments_folder, segment)
            with self._segments_lock:
                self._segments[segment.name] = segment
        snapshot.new_segments = []
        name = f"{snapshot.generation:06d}"
        final = self.folder / name
        tmp = self.folder / f"{name}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)  # left by a killed build
        tmp.mkdir(parents=True)
        (tmp / "manifest.json").write_text(
            json.dumps(
                {
                    "version": MANIFEST_VERSION,
                    "generation": snapshot.generation,
                    "embeddings": snapshot.embeddings,
                    "segments": [segment.name for segment in snapshot.segments],
                    "files": snapshot.files,
                    "documents": snapshot.documents,
                    "rejected": snapshot.rejected,
                    "catalogue_version": snapshot.catalogue_version,
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
        with open(tmp / "requirements.jsonl", "w", encoding="utf-8") as out:
            for r in snapshot.requirements:
                out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        _fsync_files(tmp)
        os.replace(tmp, final)

        replaced = self.read_key()
        current_tmp = self.current_file.with_name(self.current_file.name + ".tmp")
        current_tmp.write_text(f"{name}\n", encoding="utf-8")
        _fsync_files(current_tmp)
        os.replace(current_tmp, self.current_file)
        key = self.read_key()
        assert key is not None
        keep = {name, replaced.name if replaced else name}
        for old in self.folder.iterdir():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)
        self._remove_unlisted_segments(keep)
        return key

    def _remove_unlisted_segments(self, generations: set[str]) -> None:
        """Segments no kept generation lists (replaced, compacted, or left by a killed build) are deleted."""
        listed: set[str] = set()
        for name in generations:
            try:
                manifest = json.loads((self.folder / name / "manifest.json").read_text(encoding="utf-8"))
                listed.update(manifest.get("segments", []))
            except (OSError, ValueError):
                return  # cannot tell what is listed: delete nothing
        if not self.segments_folder.is_dir():
            return
        for folder in self.segments_folder.iterdir():
            if folder.name not in listed:
                shutil.rmtree(folder, ignore_errors=True)
                with self._segments_lock:
                    self._segments.pop(folder.name, None)


def write_segment(parent: Path, segment: Segment) -> None:
    """Write a segment folder (into .tmp, flushed, then renamed into place); one already there stays."""
    final = parent / segment.name
    if final.is_dir():
        return
    tmp = parent / f"{segment.name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as out:
        for c in segment.chunks:
            out.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
    for field_name, postings in segment.fields.items():
        postings.save(tmp, field_name)
    if segment.vectors is not None:
        np.save(tmp / "vectors.npy", np.asarray(segment.vectors, dtype=np.float32))
    words, bigrams = segment.spellings()
    (tmp / "spelling.json").write_text(
        json.dumps({"words": words, "bigrams": bigrams}, ensure_ascii=False), encoding="utf-8"
    )
    _fsync_files(tmp)
    os.replace(tmp, final)


class _PostingsOnDisk(Mapping[str, Postings]):
    """A segment's fields, each read from its folder the first time it is asked for (Generations.load asks
    at once)."""

    def __init__(self, folder: Path, rows: int) -> None:
        self.folder = folder
        self.rows = rows
        self._read: dict[str, Postings] = {}
        self._lock = threading.Lock()

    def __getitem__(self, field_name: str) -> Postings:
        if field_name not in FIELDS:
            raise KeyError(field_name)
        with self._lock:
            if field_name not in self._read:
                postings = Postings.load(self.folder, field_name)
                if len(postings.lengths) != self.rows:
                    raise SnapshotUnreadable(
                        f"chỉ mục ở {self.folder} hỏng ({len(postings.lengths)} dòng cho {self.rows} khối): "
                        "chạy `duthao index` để dựng lại"
                    )
                self._read[field_name] = postings
            return self._read[field_name]

    def __iter__(self) -> Iterator[str]:
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)


def read_segment(folder: Path, name: str) -> Segment:
    """A segment folder: its chunks and vectors now; its postings and spellings when first used (spellings
    only serve questions typed without diacritics: 0.3 s and 100+ MB at 100k chunks)."""
    with open(folder / "chunks.jsonl", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    chunks = [
        Chunk(**dict(row, districts=tuple(row["districts"]), doc_type=DocType(row["doc_type"])))
        for row in rows
    ]
    for needed in ("exact.npz", "exact.terms.json", "folded.npz", "folded.terms.json", "spelling.json"):
        if not (folder / needed).is_file():
            raise FileNotFoundError(folder / needed)

    @functools.cache
    def spellings() -> tuple[dict[str, int], dict[str, int]]:
        try:
            spelling = json.loads((folder / "spelling.json").read_text(encoding="utf-8"))
            return spelling["words"], spelling["bigrams"]
        except (OSError, ValueError, KeyError) as exc:  # only questions typed without diacritics need them
            log.warning("không đọc được %s (%s): câu hỏi không dấu sẽ được tìm như gõ", folder, exc)
            return {}, {}

    vectors = None
    if (folder / "vectors.npy").exists():
        # mapped, not read: the pages a query touches are read, and the OS may drop them again
        vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        if len(vectors) != len(chunks):
            raise ValueError(f"segment {name}: {len(vectors)} vectors for {len(chunks)} chunks")
    return Segment(name, chunks, _PostingsOnDisk(folder, len(chunks)), spellings, vectors)


def _fsync_files(path: Path) -> None:
    """Flush a file, or a folder's files, before it is renamed into place (a crash must not publish empty
    files)."""
    for item in [path] if path.is_file() else path.rglob("*"):
        if item.is_file():
            with open(item, "rb") as handle:
                os.fsync(handle.fileno())
