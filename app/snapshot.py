"""Snapshots: the read-only view a query runs against, and the generation folders that hold them on disk.

Layout under the index folder, per embedding model:
  lexical/<model>/<generation>/  manifest.json, chunks.jsonl, requirements.jsonl, bm25 exact/ and folded/,
                                 accents.json (text.Accents: the corpus's spellings, for unaccented questions)
  CURRENT-<model>                the live generation's folder name, replaced atomically (os.replace)

A generation is written into `<generation>.tmp`, flushed, renamed into place, and only then named by CURRENT,
so a reader that follows CURRENT never sees half a generation. The generation CURRENT named before stays
one more round: another process may be loading it right now. Writers take turns (the builder's lock); the
numbers and .tmp folders here are chosen under it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from app.domain import Chunk, DocType, Requirement
from app.text import Accents, accent_map, folded_tokens, lexical_tokens

log = logging.getLogger(__name__)

# What a generation folder holds and how; a folder of another version is rebuilt, never half-read.
MANIFEST_VERSION = 1

# BM25 term saturation and length normalisation of both lexical fields (bm25s default method). The bm25s
# defaults won on every set we tune on (MRR@10 ALQAC 0.9734, unaccented 0.9720, ViMedAQA 0.8728; k1 1.2–1.8,
# b 0.4–0.9 all lower; bench/experiments/NOTES.md)
BM25_K1 = 1.5
BM25_B = 0.75


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
    # how the chunks spell each syllable and bigram: restores the diacritics of a question typed without them
    accents: Accents | None = None

    def __post_init__(self) -> None:
        self.position = {c.id: i for i, c in enumerate(self.chunks)}
        districts: dict[str, dict[str, None]] = {}
        for chunk in self.chunks:
            districts.setdefault(chunk.source, {}).update(dict.fromkeys(chunk.districts))
        self.document_districts = {source: tuple(names) for source, names in districts.items()}

    def index_lexical(self) -> None:
        """Build both BM25 fields over the chunks."""
        # the section path counts in both fields: a clause is found by its article's heading ("Điều 12. …"),
        # measured on ALQAC (MRR@10 0.971 → 0.973 with it)
        self.exact = bm25_index([lexical_tokens(f"{c.section} {c.text}") for c in self.chunks])
        # the folded field also holds the title and section path: "Một là, …" under "III. Bài học kinh
        # nghiệm" is found by "bài học". The title once: a title line counted twice outweighs the rest
        # (MRR@10 ALQAC 0.9759 → 0.9762, unaccented 0.9721 → 0.9725, ViMedAQA 0.8734 → 0.8741)
        self.folded = bm25_index(
            [folded_tokens(f"{c.own_title()} {c.section} {c.text}") for c in self.chunks]
        )
        self.accents = accent_map(c.text for c in self.chunks)

    def lexical_scores(self, exact_tokens: list[str], folded: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """BM25 scores of every chunk, exact and folded field."""
        n = len(self.chunks)
        return bm25_scores(self.exact, exact_tokens, n), bm25_scores(self.folded, folded, n)


class GenerationKey(NamedTuple):
    """What CURRENT said when it was read: a changed key means another generation is live."""

    name: str  # the generation's folder name
    stamp: int  # CURRENT's mtime in ns: a folder name used again after the index was deleted still differs


class SnapshotUnreadable(Exception):
    """A generation folder is missing, damaged or of another manifest version; the message says why."""


class Generations:
    """One embedding model's published generations, and the CURRENT file naming the live one."""

    def __init__(self, index_dir: Path, embeddings_name: str) -> None:
        self.index_dir = Path(index_dir)
        self.embeddings_name = embeddings_name
        self.folder = self.index_dir / "lexical" / embeddings_name
        self.current_file = self.index_dir / f"CURRENT-{embeddings_name}"

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
            with open(folder / "chunks.jsonl", encoding="utf-8") as lines:
                rows = [json.loads(line) for line in lines]
            chunks = [
                Chunk(**dict(row, districts=tuple(row["districts"]), doc_type=DocType(row["doc_type"])))
                for row in rows
            ]
            with open(folder / "requirements.jsonl", encoding="utf-8") as lines:
                requirements = [Requirement.from_json(json.loads(line)) for line in lines]
            import bm25s

            # inside the try: missing or damaged bm25 files also mean "rebuild", not a crash
            exact = bm25s.BM25.load(str(folder / "exact"), show_progress=False)
            folded = bm25s.BM25.load(str(folder / "folded"), show_progress=False)
            # a generation published before accents.json existed is read by counting its chunks again
            # (0.6 s for the seed + 600 news articles; reading the file takes 0.04 s)
            accents_file = folder / "accents.json"
            accents = (
                Accents.from_json(json.loads(accents_file.read_text(encoding="utf-8")))
                if accents_file.exists()
                else accent_map(c.text for c in chunks)
            )
            snapshot = Snapshot(
                manifest["generation"],
                manifest["embeddings"],
                chunks,
                manifest["files"],
                manifest["documents"],
                manifest.get("rejected", {}),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SnapshotUnreadable(
                f"chỉ mục ở {folder} không đọc được ({exc}): chạy `duthao index` để dựng lại"
            ) from exc
        snapshot.exact, snapshot.folded, snapshot.accents = exact, folded, accents
        snapshot.requirements = requirements
        snapshot.catalogue_version = int(manifest.get("catalogue_version", 0))
        return snapshot

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
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as out:
            for c in snapshot.chunks:
                out.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
        with open(tmp / "requirements.jsonl", "w", encoding="utf-8") as out:
            for r in snapshot.requirements:
                out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        snapshot.exact.save(str(tmp / "exact"), show_progress=False)
        snapshot.folded.save(str(tmp / "folded"), show_progress=False)
        if snapshot.accents is not None:
            (tmp / "accents.json").write_text(
                json.dumps(snapshot.accents.to_json(), ensure_ascii=False), encoding="utf-8"
            )
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
        return key


def bm25_index(token_lists: list[list[str]]) -> Any:
    """A BM25 index over the token lists, one row per chunk."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG on its own handler
    retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
    # bm25s cannot index an empty corpus; a placeholder row keeps the shapes valid and never matches.
    retriever.index(token_lists or [["\x00"]], show_progress=False)
    return retriever


def bm25_scores(retriever: Any, tokens: list[str], n_docs: int) -> np.ndarray:
    """BM25 scores of the first n_docs rows; tokens outside the vocabulary are ignored."""
    vocab = retriever.vocab_dict
    known = [t for t in tokens if t in vocab]
    if not known or n_docs == 0:
        return np.zeros(n_docs, dtype=np.float32)
    return np.asarray(retriever.get_scores(known), dtype=np.float32)[:n_docs]


def _fsync_files(path: Path) -> None:
    """Flush a file, or a folder's files, before it is renamed into place (a crash must not publish empty
    files)."""
    for item in [path] if path.is_file() else path.rglob("*"):
        if item.is_file():
            with open(item, "rb") as handle:
                os.fsync(handle.fileno())
