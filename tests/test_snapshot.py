"""app.snapshot: generation folders on disk — round trip, manifest version, numbers never reused."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.errors import IndexMissingError
from app.index import CorpusIndex
from app.ingest import make_chunks, read_document
from app.snapshot import MANIFEST_VERSION, Generations, Snapshot, SnapshotUnreadable
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


def test_the_corpus_spelling_reads_back_or_is_counted_again(tmp_path: Path) -> None:
    generations = Generations(tmp_path, "hash-test")
    written = _seed_snapshot(1)
    key = generations.publish(written)
    assert written.accents is not None and written.accents.forms["thanh"]
    assert generations.load(key.name).accents == written.accents
    # a generation published before accents.json existed: counted again from its chunks
    (generations.folder / key.name / "accents.json").unlink()
    assert generations.load(key.name).accents == written.accents
