"""app.index.snapshot: generation folders on disk — round trip, manifest version, numbers never reused."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.documents.ingest import make_chunks, read_document
from app.errors import IndexMissingError
from app.index.corpus import CorpusIndex
from app.index.snapshot import MANIFEST_VERSION, Generations, Snapshot, SnapshotUnreadable
from tests.conftest import SEED
from tests.fakes import HashEmbeddings

pytestmark = pytest.mark.integration


def _seed_snapshot(generation: int) -> Snapshot:
    chunks = make_chunks(read_document(SEED, SEED.parent.parent))
    snapshot = Snapshot(generation, "hash-test", chunks, {"guidance/seed.txt": chunks[0].doc_hash}, {})
    snapshot.index_lexical()
    return snapshot


def test_a_published_generation_reads_back(tmp_path: Path) -> None:
    generations = Generations(tmp_path, "hash-test")
    assert generations.read_key() is None and generations.next_number() == 1
    written = _seed_snapshot(1)
    key = generations.publish(written)
    assert key == generations.read_key() and key.name == "000001"
    read = generations.load(key.name)
    assert read.chunks == written.chunks and read.files == written.files
    tokens = (["giao", "thông"], ["giao", "thong"])
    for got, expected in zip(read.lexical_scores(*tokens), written.lexical_scores(*tokens), strict=True):
        assert got.tolist() == pytest.approx(expected.tolist())
    assert generations.next_number() == 2


def test_generation_numbers_are_never_reused(tmp_path: Path) -> None:
    generations = Generations(tmp_path, "hash-test")
    generations.publish(_seed_snapshot(3))
    (generations.folder / "000007.tmp").mkdir()  # left by a killed build
    assert generations.next_number() == 8
    generations.publish(_seed_snapshot(8))
    assert sorted(p.name for p in generations.folder.iterdir()) == ["000003", "000008"]


def test_a_manifest_of_another_version_means_rebuild(
    tmp_path: Path, corpus_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    embeddings = HashEmbeddings()
    CorpusIndex(tmp_path / "index", embeddings, "hash-test").build(corpus_dir)
    manifest = tmp_path / "index" / "lexical" / "hash-test" / "000001" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(dict(data, version=MANIFEST_VERSION + 1)), encoding="utf-8")

    with pytest.raises(SnapshotUnreadable, match=f"định dạng {MANIFEST_VERSION + 1}"):
        Generations(tmp_path / "index", "hash-test").load("000001")
    index = CorpusIndex(tmp_path / "index", embeddings, "hash-test")
    with caplog.at_level(logging.WARNING), pytest.raises(IndexMissingError, match="duthao index"):
        index.snapshot()
    assert "dựng lại" in caplog.text
    calls = embeddings.calls
    report = index.build(corpus_dir)
    assert report.added == [f"guidance/{SEED.name}"]
    assert embeddings.calls == calls  # Chroma still had every chunk: nothing re-embedded
    assert index.snapshot().generation == 2


def test_the_corpus_spelling_reads_back(tmp_path: Path) -> None:
    written = _seed_snapshot(1)
    key = Generations(tmp_path, "hash-test").publish(written)
    assert written.accents is not None and written.accents.forms["thanh"]
    read = Generations(tmp_path, "hash-test").load(key.name)  # another process: nothing in memory
    assert read.accents == written.accents


def test_a_generation_reuses_the_segments_of_the_one_before(tmp_path: Path) -> None:
    generations = Generations(tmp_path, "hash-test")
    first = _seed_snapshot(1)
    generations.publish(first)
    (segment,) = first.segments
    # the next generation lists the same segment and writes nothing new for it
    second = Snapshot.of_segments(2, "hash-test", [segment], first.files, first.documents)
    generations.publish(second)
    assert [p.name for p in generations.segments_folder.iterdir()] == [segment.name]
    again = Generations(tmp_path, "hash-test").load("000002")
    assert [c.id for c in again.chunks] == [c.id for c in first.chunks]


def test_segments_no_kept_generation_lists_are_deleted(tmp_path: Path) -> None:
    generations = Generations(tmp_path, "hash-test")
    for number in (1, 2, 3):
        generations.publish(_seed_snapshot(number))
    # generations 2 (kept one more round) and 3 are listed; generation 1's segment is gone
    assert len(list(generations.segments_folder.iterdir())) == 2
