"""The index tests' way to open an index: tests/index/test_index.py and test_index_processes.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.index.corpus import CorpusIndex
from tests.fakes import HashEmbeddings

OpenIndex = Callable[..., CorpusIndex]


@pytest.fixture
def new_index(tmp_path: Path, chroma_url: str | None) -> OpenIndex:
    """Opens tmp_path/index as one more process would, on the test's Chroma (embedded, then a server)."""

    def open_index(embeddings: HashEmbeddings | None = None, name: str = "hash-test") -> CorpusIndex:
        return CorpusIndex(tmp_path / "index", embeddings or HashEmbeddings(), name, chroma_url=chroma_url)

    return open_index
