"""app.builder: planning a build from the corpus folder, and the writer lock (builds: tests/test_index.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.builder import plan_build, writer_lock
from app.errors import IndexBusyError
from app.ingest import make_chunks, read_document
from tests.conftest import SEED

SEED_SOURCE = f"guidance/{SEED.name}"


def _held(corpus_dir: Path, source: str, whole: bool = True) -> dict[str, dict]:
    """What Chroma would hold for the seed, stored under `source`."""
    doc = read_document(corpus_dir / SEED_SOURCE, corpus_dir)
    ids = [c.id for c in make_chunks(doc)]
    return {doc.content_hash: {"ids": ids if whole else ids[:3], "n_chunks": len(ids), "source": source}}


def test_a_fresh_corpus_is_read_once_per_content(corpus_dir: Path) -> None:
    shutil.copy(corpus_dir / SEED_SOURCE, corpus_dir / "reports" / "ban-sao.txt")
    (corpus_dir / "reports" / "bang.xlsx").write_bytes(b"PK\x03\x04")
    plan = plan_build(corpus_dir, None, {})
    assert [doc.source for doc, _ in plan.to_embed] == [SEED_SOURCE]
    assert plan.duplicates == [("reports/ban-sao.txt", SEED_SOURCE)]
    assert list(plan.rejected) == ["reports/bang.xlsx"]
    assert set(plan.files) == {SEED_SOURCE, "reports/ban-sao.txt"}
    assert plan.renamed == []


def test_content_chroma_holds_whole_is_not_embedded_again(corpus_dir: Path) -> None:
    plan = plan_build(corpus_dir, None, _held(corpus_dir, "guidance/ten-cu.txt"))
    assert plan.to_embed == []
    assert [source for _, source in plan.renamed] == [SEED_SOURCE]  # only its path changes
    half = plan_build(corpus_dir, None, _held(corpus_dir, SEED_SOURCE, whole=False))
    assert [doc.source for doc, _ in half.to_embed] == [SEED_SOURCE]  # a killed build's half is redone


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    held = writer_lock(tmp_path / "index")
    busy = writer_lock(tmp_path / "index", wait=False)
    with held, pytest.raises(IndexBusyError, match="tiến trình khác"), busy:
        pass
    with writer_lock(tmp_path / "index", wait=False):  # released when the holder is done
        assert (tmp_path / "index" / "build.lock").exists()
