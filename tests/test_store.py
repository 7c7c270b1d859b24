"""app.store: the Chroma adapter — chunks as metadata, neighbours, vectors, other processes' writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.ingest import make_chunks, read_document
from app.store import ChromaStore, chunk_from_metadata, chunk_metadata
from tests.conftest import REPO, SEED

pytestmark = pytest.mark.integration

ADD_SCRIPT = """
import sys
from pathlib import Path
from app.store import ChromaStore

ChromaStore(Path(sys.argv[1]), "chunks-test").add(["elsewhere"], [[0.0, 0.0, 1.0]], ["text"], [{"n": 1}])
"""


def test_a_chunk_survives_its_metadata() -> None:
    for chunk in make_chunks(read_document(SEED, SEED.parent.parent)):
        meta = chunk_metadata(chunk, 16, parser=7)
        assert all(isinstance(v, str | int | float | bool) for v in meta.values())  # Chroma takes scalars
        assert meta["parser"] == 7 and meta["n_chunks"] == 16
        assert chunk_from_metadata(chunk.id, meta) == chunk


def test_nearest_and_vectors(tmp_path: Path) -> None:
    store = ChromaStore(tmp_path / "chroma", "chunks-test")
    store.add(["x", "y"], [[1.0, 0.0, 0.0], [0.6, 0.8, 0.0]], ["x", "y"], [{"n": 1}, {"n": 2}])
    [(first, similarity), (second, _)] = store.nearest([1.0, 0.0, 0.0], 5)
    assert (first, second) == ("x", "y") and similarity == pytest.approx(1.0)
    vectors = store.vectors(["y", "not-held"])
    assert list(vectors) == ["y"] and np.allclose(vectors["y"], [0.6, 0.8, 0.0])
    store.update_metadata(["y"], [{"n": 3}])
    store.delete(["x"])
    assert store.get(include=["metadatas"]) == {"ids": ["y"], "metadatas": [{"n": 3}]}


def test_reopen_reads_what_another_process_added(tmp_path: Path) -> None:
    store = ChromaStore(tmp_path / "chroma", "chunks-test")
    store.add(["here"], [[1.0, 0.0, 0.0]], ["text"], [{"n": 0}])
    assert store.nearest([1.0, 0.0, 0.0], 1)[0][0] == "here"  # this process now holds the vectors in memory
    done = subprocess.run(
        [sys.executable, "-c", ADD_SCRIPT, str(tmp_path / "chroma")],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    store.reopen()
    assert list(store.vectors(["here", "elsewhere"])) == ["here", "elsewhere"]
    assert store.nearest([0.0, 0.0, 1.0], 1)[0][0] == "elsewhere"
