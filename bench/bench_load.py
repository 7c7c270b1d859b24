"""Load benchmark: simulated users chat with a real `duthao serve` while the index is rebuilt under them.

The seed corpus (corpus/) is copied into a work folder and indexed by `python -m app index`; then a real
`python -m app serve` process serves it on a free 127.0.0.1 port, without logins. Each simulated user is a
gradio_client.Client — a session of its own, like a browser tab — that asks as the "Hỏi" button does (/_pose
shows the question, /_answer streams its answer) the questions of tests/data/dev_questions.jsonl and
eval/seed.jsonl in a random order. As the page does, it fetches the conversation's downloads after each
answer (/_conversation_files) and passes the chat and the conversation the browser keeps back with the next
question; every --turns questions it starts a new conversation (/_clear). Users start no question after
--seconds; the ones in flight are waited for.

At --rebuild-at seconds one more guidance document (tests/data/corpus/guidance/ket-luan-ban-thuong-vu.md) is
copied into the served corpus folder and `python -m app index` runs as a separate process on the same index
folder: the serving process must follow the new generation, answering meanwhile, without errors. A question
only that document answers is asked in a fresh session before and after the rebuild.

    python bench/bench_load.py                                  # 20 users, 60 s, rebuild at 30 s
    python bench/bench_load.py --users 4 --seconds 30 --json load.json
    python bench/bench_load.py --no-rebuild --keep /tmp/duthao-load   # reuse corpus + index next time
    python bench/bench_load.py --server-log /tmp/serve.log      # keep the server's output

Prints users, seconds, answers completed, throughput, latency p50/p95/max, errors (count and the first
messages), the server's log errors, its peak RSS (its process tree, sampled), the files it left in its
temporary folder (TMPDIR points into the work folder), the rebuild's seconds and the latency of the answers
it overlapped, and whether the new document answers its question before / after. Exit 1 when an answer
failed or the new document was not answered after the rebuild.

An answer is an error when gradio_client raises, when the app shows a notice instead of an answer (a fault —
"Lỗi ngoài ý muốn" — or a "Chưa hỏi được" notice, which is what a missing or unreadable index gives), or when
the chat's last message is not a finished answer (empty, still "Đang tìm…", or still streaming). A "not
found" answer ("Không tìm thấy …") is an answer, not an error.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import random
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
from gradio_client import Client

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.web import texts as T  # noqa: E402  (only strings: the bench recognises what the page shows)
from app.web.render import esc  # noqa: E402

SEED_CORPUS = REPO / "corpus"
QUESTION_FILES = (
    REPO / "tests" / "data" / "dev_questions.jsonl",
    REPO / "tests" / "data" / "eval" / "seed.jsonl",
)
NEW_DOCUMENT = REPO / "tests" / "data" / "corpus" / "guidance" / "ket-luan-ban-thuong-vu.md"
NEW_DOCUMENT_QUESTIONS = REPO / "tests" / "data" / "eval" / "md.jsonl"
NEW_SOURCE = f"guidance/{NEW_DOCUMENT.name}"  # its source path as the index names it (relative to the corpus)

# app/web/page.py names no api_name: gradio names each event after its function, so the "Hỏi" button's
# click is /_pose then /_answer (Enter in the box: /_pose_1, /_answer_1, the same functions), and the `.then`
# the page runs after it is /_conversation_files. NO_DISTRICT is the district dropdown's "Hỏi về mọi huyện".
POSE_ENDPOINT, ANSWER_ENDPOINT = "/_pose", "/_answer"
DOWNLOADS_ENDPOINT, CLEAR_ENDPOINT = "/_conversation_files", "/_clear"
NO_DISTRICT = ""
STILL_STREAMING = " ▌"  # app.web.actions.answer_events' cursor after a piece of a streamed answer
ERRORS_SHOWN = 5
RSS_SAMPLE_SECONDS = 0.5


@dataclass
class Outcome:
    """One question asked by one user: when, its latency, the final chat and sources panel, or what went
    wrong."""

    started: float  # time.monotonic()
    seconds: float
    error: str | None = None
    chat: list[dict[str, Any]] = field(default_factory=list)
    sources: str = ""
    kept: Any = None  # the conversation as the browser keeps it (app/web/conversation.py)

    @property
    def answer(self) -> str:
        return message_text(self.chat[-1]) if self.chat else ""


@dataclass
class Tally:
    """What all the users saw; appended to from their threads."""

    answered: list[tuple[float, float]] = field(default_factory=list)  # (started, seconds) of each answer
    errors: list[str] = field(default_factory=list)
    downloads_failed: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, outcome: Outcome) -> None:
        with self.lock:
            if outcome.error is None:
                self.answered.append((outcome.started, outcome.seconds))
            else:
                self.errors.append(outcome.error)


@dataclass
class Result:
    users: int
    seconds: int
    load_seconds: float  # from the first question to the last answer (the questions in flight at --seconds)
    answers: int
    answers_per_s: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    errors: int
    first_errors: list[str]
    server_log_errors: int  # ERROR records and bare tracebacks in the server's output
    server_log_warnings: int  # WARNING records: notices the server gave instead of answers, among others
    server_start_seconds: float
    index_seconds: float
    server_idle_rss_mb: float
    server_peak_rss_mb: float  # the server's process tree, summed, sampled every RSS_SAMPLE_SECONDS
    server_hwm_mb: float  # the kernel's high-water mark of each process of the tree, summed
    server_temp_files: int  # left in the server's TMPDIR when it stopped
    server_temp_mb: float
    rebuild_seconds: float | None
    rebuild_answers: int | None  # answers being worked on while the rebuild ran (asked before or during it)
    rebuild_p50_ms: float | None
    rebuild_max_ms: float | None
    rebuild_exit_code: int | None
    rebuild_in_load: bool | None  # the rebuild finished before the users stopped asking
    new_document_before: bool | None  # the new document's question answered from it before the rebuild
    new_document_after: bool | None
    new_document_question: str | None


# ---- questions -------------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_questions() -> list[str]:
    """Every question of the seed's question sets, answerable or not: users ask both kinds."""
    return sorted({row["question"] for path in QUESTION_FILES for row in read_jsonl(path)})


def new_document_question() -> tuple[str, list[str]]:
    """A narrow question about the new document whose expected phrases the seed does not hold: an answer
    that has them can only come from the new document."""
    seed_text = "\n".join(p.read_text(encoding="utf-8") for p in SEED_CORPUS.rglob("*.txt")).lower()
    for row in read_jsonl(NEW_DOCUMENT_QUESTIONS):
        expect = row.get("expect") or []
        narrow = row.get("shape") == "narrow" and not row["unanswerable"] and expect
        if narrow and not any(phrase.lower() in seed_text for phrase in expect):
            return row["question"], expect
    raise SystemExit(f"no question in {NEW_DOCUMENT_QUESTIONS} is answered only by {NEW_DOCUMENT.name}")


# ---- what the page shows ---------------------------------------------------------------------------------


def message_text(message: dict[str, Any]) -> str:
    """A chat message's text (gradio_client gives content as a list of {"text", "type"} parts)."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or [] if isinstance(part, dict))


def plain(notice: str) -> str:
    """A pop-up's HTML (app.web.actions.popup_text) as one line of text."""
    return html.unescape(re.sub(r"<br\s*/?>", ": ", re.sub(r"<(?!br)[^>]+>", "", notice))).strip()


def notices(job: Any) -> list[str]:
    """The pop-ups (gr.Warning / gr.Info) the server sent while the job ran.

    gradio_client queues them as status updates with a `log`; the job is over, so the queue is only read.
    """
    shown = []
    updates = job.communicator.updates if job.communicator else None
    while updates is not None and not updates.empty():
        update = updates.get_nowait()
        log = getattr(update, "log", None)
        if log:
            shown.append(plain(log[0]))
    return shown


def unfinished(chat: Any) -> str | None:
    """Why the chat returned is not a finished answer, or None when it is one."""
    if not isinstance(chat, list) or not chat:
        # the callback caught something and left the page as it was: gradio sends a skip, not a chat
        return "no answer: the page was left as it was"
    last = chat[-1]
    text = message_text(last).strip()
    if last.get("role") != "assistant" or not text:
        return "empty answer"
    if text == T.SEARCHING or text.endswith(STILL_STREAMING.strip()):
        return f"unfinished answer: {text[-80:]!r}"
    return None


def ask(client: Client, question: str, chat: list[dict[str, Any]], kept: Any, timeout: float) -> Outcome:
    """Ask as the "Hỏi" button does (the question posed, then answered, with the conversation the browser
    keeps); the outcome says whether a finished answer came back."""
    started, clock = time.monotonic(), time.perf_counter()
    jobs = [client.submit(question, chat, api_name=POSE_ENDPOINT)]
    try:
        posed, _ = jobs[0].result(timeout=timeout)
        jobs.append(client.submit(posed, kept, NO_DISTRICT, api_name=ANSWER_ENDPOINT))
        new_chat, kept, sources, _ = jobs[-1].result(timeout=timeout)
    except Exception as exc:  # gradio_client raises the server's error, a timeout, a broken connection …
        jobs[-1].cancel()
        return Outcome(started, time.perf_counter() - clock, f"{type(exc).__name__}: {exc}".strip()[:300])
    seconds = time.perf_counter() - clock
    # any pop-up on an ask means it was not answered: a fault, or a "Chưa hỏi được" (e.g. no usable index)
    shown = [notice for job in jobs for notice in notices(job)]
    if shown:
        return Outcome(started, seconds, f"notice: {shown[0]}")
    problem = unfinished(new_chat)
    if problem:
        return Outcome(started, seconds, problem)
    return Outcome(started, seconds, chat=new_chat, sources=sources, kept=kept)


def cites(sources: str, source: str) -> bool:
    """The sources panel cites `source` (a citation, not one of the "possibly related" passages)."""
    cited = "class='not-found'" not in sources
    return cited and f"<span class='cite-file'>{esc(source)}</span>" in sources


# ---- users -----------------------------------------------------------------------------------------------


def connect(url: str) -> Client:
    # download_files=False: the conversation's files stay on the server, as a browser leaves them until
    # clicked; the timeout is for connecting and joining the queue (the answer's stream has none)
    return Client(
        url, verbose=False, analytics_enabled=False, download_files=False, httpx_kwargs={"timeout": 60}
    )


def simulate_user(
    number: int,
    client: Client,
    questions: list[str],
    args: argparse.Namespace,
    stop_at: float,
    tally: Tally,
) -> None:
    """Ask until stop_at: a conversation of --turns questions, then a new one."""
    rng = random.Random(number)  # each user its own order, the same on every run
    chat: list[dict[str, Any]] = []
    kept: Any = None  # what the browser keeps: None is a new conversation
    turns = 0
    try:
        while time.monotonic() < stop_at:
            outcome = ask(client, rng.choice(questions), chat, kept, args.timeout)
            tally.add(outcome)
            if outcome.error is not None:
                turns = 0  # what a user does after a failed answer: start again
                chat, kept, *_ = client.predict(api_name=CLEAR_ENDPOINT)
                continue
            chat, kept, turns = outcome.chat, outcome.kept, turns + 1
            try:
                client.predict(kept, api_name=DOWNLOADS_ENDPOINT)
            except Exception:  # counted apart: the answer itself was given
                with tally.lock:
                    tally.downloads_failed += 1
            if turns >= args.turns:
                turns = 0
                chat, kept, *_ = client.predict(api_name=CLEAR_ENDPOINT)
    except Exception as exc:  # the user itself broke (e.g. /_clear failed): said, and counted as an error
        with tally.lock:
            tally.errors.append(f"user {number} stopped: {type(exc).__name__}: {exc}"[:300])


# ---- processes -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def app_env(corpus: Path, index: Path, tmp: Path, port: int, embeddings: str | None) -> dict[str, str]:
    """The environment of `python -m app …`: this checkout's app package, our folders, no logins.

    TMPDIR: each session's conversation downloads (and gradio's copies of them) are written there; in the
    work folder what the server leaves when it stops is counted, and removed with it.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("DUTHAO_USERS", "DUTHAO_CHROMA_URL")}
    env.update(
        PYTHONPATH=str(REPO),
        DUTHAO_CORPUS_DIR=str(corpus),
        DUTHAO_INDEX_DIR=str(index),
        DUTHAO_HOST="127.0.0.1",
        DUTHAO_PORT=str(port),
        GRADIO_ANALYTICS_ENABLED="False",
        TMPDIR=str(tmp),
    )
    if embeddings:
        env["DUTHAO_EMBEDDINGS"] = embeddings
    return env


def run_index(env: dict[str, str], log: Path) -> tuple[float, int, dict[str, Any] | None]:
    """`python -m app index --json` as its own process: (seconds, exit code, its report)."""
    started = time.perf_counter()
    with log.open("a", encoding="utf-8") as errors:
        done = subprocess.run(
            [sys.executable, "-m", "app", "index", "--json", "--quiet"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            start_new_session=True,  # Ctrl-C reaches the bench, which decides; a killed build is safe anyway
        )
    seconds = time.perf_counter() - started
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        report = None
    return seconds, done.returncode, report


def start_server(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        # a session of its own: at the end its whole process group is stopped, whatever it started
        return subprocess.Popen(
            [sys.executable, "-m", "app", "serve"],
            cwd=REPO,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_until_serving(server: subprocess.Popen[bytes], url: str, log: Path, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}:\n{tail(log)}")
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server did not answer {url} within {timeout:.0f} s:\n{tail(log)}")


def stop_server(server: subprocess.Popen[bytes] | None) -> None:
    """Stop the server's process group: SIGTERM, then SIGKILL if it has not gone in 10 s."""
    if server is None or server.poll() is not None:
        return
    for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue


def tail(log: Path, lines: int = 20) -> str:
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


class RssSampler(threading.Thread):
    """The resident memory of a process and its descendants, summed, every RSS_SAMPLE_SECONDS; the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.hwm_kb: dict[int, int] = {}  # per process: VmHWM, the kernel's own peak (misses no spike)
        self.stopped = threading.Event()

    def tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            for children in Path(f"/proc/{pid}/task").glob("*/children"):
                with contextlib.suppress(OSError):  # the thread or process has just ended
                    todo += [int(c) for c in children.read_text().split()]
        return pids

    def sample(self) -> int:
        total = 0
        for pid in self.tree():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            fields = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.MULTILINE))
            total += int(fields.get("VmRSS", 0))
            self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), int(fields.get("VmHWM", 0)))
        self.peak_kb = max(self.peak_kb, total)
        return total

    def run(self) -> None:
        while not self.stopped.wait(RSS_SAMPLE_SECONDS):
            self.sample()


LOG_RECORD = re.compile(r"(DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+: ")  # app.cli's logging format


def server_log_errors(log: Path) -> tuple[int, list[str]]:
    """How many errors the server wrote — ERROR records (app.web.actions.fault logs each fault as one, with
    its traceback) and tracebacks printed outside a record — and the first one in full."""
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    starts: list[int] = []
    in_error = False
    for n, line in enumerate(lines):
        if LOG_RECORD.match(line):
            in_error = line.startswith(("ERROR", "CRITICAL"))
            if in_error:
                starts.append(n)
        elif line.startswith("Traceback (most recent call last)") and not in_error:
            starts.append(n)
            in_error = True  # its lines, up to the next record, are this error's
    if not starts:
        return 0, []
    first = starts[0]
    end = next((n for n in range(first + 1, len(lines)) if LOG_RECORD.match(lines[n])), len(lines))
    return len(starts), lines[first : min(end, first + 60)]


# ---- the run ---------------------------------------------------------------------------------------------


def prepare_corpus(corpus: Path) -> None:
    """The seed, exactly: a --keep folder loses the document an earlier run's rebuild added."""
    shutil.copytree(
        SEED_CORPUS, corpus, ignore=shutil.ignore_patterns("README.md", ".gitkeep"), dirs_exist_ok=True
    )
    (corpus / NEW_SOURCE).unlink(missing_ok=True)


def check_new_document(url: str, question: str, expect: list[str], timeout: float) -> tuple[bool, str]:
    """Ask the new document's question in a fresh session: (answered from the new document, a summary)."""
    client = connect(url)
    try:
        outcome = ask(client, question, [], None, timeout)
    finally:
        client.close()
    if outcome.error:
        return False, f"error: {outcome.error}"
    answered = cites(outcome.sources, NEW_SOURCE) and any(p.lower() in outcome.answer.lower() for p in expect)
    first_line = outcome.answer.strip().splitlines()[0] if outcome.answer.strip() else ""
    return answered, f"{outcome.seconds:.1f} s: {first_line[:140]}"


def run(work: Path, args: argparse.Namespace, server_log: Path) -> Result:
    corpus, index, server_tmp = work / "corpus", work / "index", work / "server-tmp"
    prepare_corpus(corpus)
    shutil.rmtree(server_tmp, ignore_errors=True)  # a --keep folder's files are the last run's
    server_tmp.mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = app_env(corpus, index, server_tmp, port, args.embeddings)
    index_log = work / "index.log"

    print(f"indexing the seed into {index} …", file=sys.stderr, flush=True)
    index_seconds, code, _ = run_index(env, index_log)
    if code != 0:
        raise SystemExit(f"`python -m app index` exited with {code}:\n{tail(index_log)}")

    server = None
    sampler = None
    try:
        server = start_server(env, server_log)
        start_seconds = wait_until_serving(server, url, server_log, args.start_timeout)
        sampler = RssSampler(server.pid)
        idle_kb = sampler.sample()
        sampler.start()
        print(f"serving {url} (pid {server.pid}) after {start_seconds:.1f} s", file=sys.stderr, flush=True)

        questions = seed_questions()
        before, check_question = None, None
        if not args.no_rebuild:  # asked before the users start, so the rebuild starts on time
            check_question, expect = new_document_question()
            before, said = check_new_document(url, check_question, expect, args.timeout)
            print(f"before the rebuild, {check_question!r} → {said}", file=sys.stderr, flush=True)
        clients = [connect(url) for _ in range(args.users)]  # before the clock: connecting is not load
        tally = Tally()
        started = time.monotonic()
        stop_at = started + args.seconds
        users = [
            threading.Thread(
                target=simulate_user,
                args=(n, client, questions, args, stop_at, tally),
                daemon=True,  # Ctrl-C must not wait for them
            )
            for n, client in enumerate(clients)
        ]
        for user in users:
            user.start()
        print(f"{args.users} users asking for {args.seconds} s …", file=sys.stderr, flush=True)

        rebuild_seconds = rebuild_code = rebuild_in_load = after = None
        rebuild_window = (0.0, 0.0)
        if not args.no_rebuild:
            time.sleep(max(0.0, started + args.rebuild_at - time.monotonic()))
            shutil.copy2(NEW_DOCUMENT, corpus / NEW_SOURCE)
            print(f"rebuilding with {NEW_SOURCE} at {time.monotonic() - started:.0f} s …", file=sys.stderr)
            rebuild_started = time.monotonic()
            rebuild_seconds, rebuild_code, report = run_index(env, index_log)
            rebuild_window = (rebuild_started, time.monotonic())
            rebuild_in_load = time.monotonic() < stop_at
            added = report["added"] if report else "?"
            print(f"rebuilt in {rebuild_seconds:.1f} s (exit {rebuild_code}, added {added})", file=sys.stderr)
            after, said = check_new_document(url, check_question, expect, args.timeout)
            print(f"after the rebuild, {check_question!r} → {said}", file=sys.stderr, flush=True)

        for user in users:
            user.join()
        load_seconds = time.monotonic() - started
        sampler.stopped.set()
        sampler.sample()
        for client in clients:
            client.close()
    finally:
        if sampler is not None:
            sampler.stopped.set()
        stop_server(server)

    log_errors, first_traceback = server_log_errors(server_log)
    log_warnings = len(
        re.findall(r"^WARNING ", server_log.read_text(encoding="utf-8", errors="replace"), re.M)
    )
    if first_traceback:
        print("first error in the server log:\n  " + "\n  ".join(first_traceback), file=sys.stderr)
    latencies = [seconds * 1000 for _, seconds in tally.answered]
    # what users waited while the rebuild competed with them for the CPU and the index changed under them
    overlapping = [
        seconds * 1000
        for asked, seconds in tally.answered
        if asked < rebuild_window[1] and asked + seconds > rebuild_window[0]
    ]
    temp_files = [f for f in server_tmp.rglob("*") if f.is_file()]
    return Result(
        users=args.users,
        seconds=args.seconds,
        load_seconds=round(load_seconds, 1),
        answers=len(latencies),
        answers_per_s=round(len(latencies) / load_seconds, 3),
        p50_ms=round(percentile(latencies, 0.50)),
        p95_ms=round(percentile(latencies, 0.95)),
        max_ms=round(max(latencies, default=0.0)),
        errors=len(tally.errors) + tally.downloads_failed,
        first_errors=tally.errors[:ERRORS_SHOWN]
        + ([f"{tally.downloads_failed} conversation downloads failed"] if tally.downloads_failed else []),
        server_log_errors=log_errors,
        server_log_warnings=log_warnings,
        server_start_seconds=round(start_seconds, 1),
        index_seconds=round(index_seconds, 1),
        server_idle_rss_mb=round(idle_kb / 1024, 1),
        server_peak_rss_mb=round(sampler.peak_kb / 1024, 1),
        server_hwm_mb=round(sum(sampler.hwm_kb.values()) / 1024, 1),
        server_temp_files=len(temp_files),
        server_temp_mb=round(sum(f.stat().st_size for f in temp_files) / 1024**2, 1),
        rebuild_seconds=round(rebuild_seconds, 1) if rebuild_seconds is not None else None,
        rebuild_answers=None if args.no_rebuild else len(overlapping),
        rebuild_p50_ms=None if args.no_rebuild else round(percentile(overlapping, 0.50)),
        rebuild_max_ms=None if args.no_rebuild else round(max(overlapping, default=0.0)),
        rebuild_exit_code=rebuild_code,
        rebuild_in_load=rebuild_in_load,
        new_document_before=before,
        new_document_after=after,
        new_document_question=check_question,
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    pos = (len(ordered) - 1) * q
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def yes_no(flag: bool | None) -> str:
    return "—" if flag is None else ("yes" if flag else "no")


def print_result(r: Result) -> None:
    print(f"users                 {r.users}")
    print(f"seconds               {r.seconds} (questions in flight then finished at {r.load_seconds:.1f} s)")
    print(f"answers completed     {r.answers}")
    print(f"throughput            {r.answers_per_s:.2f} answers/s")
    print(f"latency p50/p95/max   {r.p50_ms:.0f} / {r.p95_ms:.0f} / {r.max_ms:.0f} ms")
    print(f"errors                {r.errors}")
    for message in r.first_errors:
        print(f"  - {message}")
    print(f"server log            {r.server_log_errors} errors, {r.server_log_warnings} warnings")
    print(f"server start          {r.server_start_seconds:.1f} s (initial index {r.index_seconds:.1f} s)")
    print(
        f"server RSS            idle {r.server_idle_rss_mb:.0f} MB, peak {r.server_peak_rss_mb:.0f} MB "
        f"(sampled every {RSS_SAMPLE_SECONDS} s; VmHWM {r.server_hwm_mb:.0f} MB)"
    )
    print(f"server temp files     {r.server_temp_files} files, {r.server_temp_mb:.1f} MB left in its TMPDIR")
    if r.rebuild_seconds is None:
        print("rebuild               skipped (--no-rebuild)")
        return
    during = "during the load" if r.rebuild_in_load else "after the users had stopped asking"
    print(f"rebuild               {r.rebuild_seconds:.1f} s, exit {r.rebuild_exit_code}, finished {during}")
    print(
        f"answers over rebuild  {r.rebuild_answers}, latency p50/max {r.rebuild_p50_ms:.0f} / "
        f"{r.rebuild_max_ms:.0f} ms"
    )
    print(
        f"new document answered before: {yes_no(r.new_document_before)}, "
        f"after: {yes_no(r.new_document_after)}  ({r.new_document_question})"
    )


def interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20, help="simulated users (default 20)")
    parser.add_argument("--seconds", type=int, default=60, help="how long users start questions (default 60)")
    parser.add_argument("--rebuild-at", type=float, help="seconds into the load (default: half of --seconds)")
    parser.add_argument("--no-rebuild", action="store_true", help="no document added, no rebuild")
    parser.add_argument("--turns", type=int, default=3, help="questions per conversation (default 3)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before an answer is an error")
    parser.add_argument("--start-timeout", type=float, default=300, help="seconds the server has to start")
    parser.add_argument("--embeddings", help="override DUTHAO_EMBEDDINGS for the index and the server")
    parser.add_argument("--keep", type=Path, help="corpus + index here, reused on the next run")
    parser.add_argument("--server-log", type=Path, help="the server's output (default: in the work folder)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    if args.rebuild_at is None:
        args.rebuild_at = args.seconds / 2
    if args.keep and REPO in args.keep.resolve().parents:
        parser.error("--keep must be outside the repository (benchmark data is never copied into it)")
    print("$ " + " ".join(shlex.quote(a) for a in ["python", *sys.argv]))

    # SIGTERM (a `timeout`, a CI cancel) stops the bench as Ctrl-C does: through the `finally`s
    signal.signal(signal.SIGTERM, interrupt)
    try:
        with tempfile.TemporaryDirectory(prefix="duthao-load-") as tmp:
            work = args.keep.resolve() if args.keep else Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            server_log = args.server_log or work / "server.log"
            server_log.write_text("", encoding="utf-8")
            result = run(work, args, server_log)
    except KeyboardInterrupt:  # the server has been stopped and the work folder removed on the way out
        print("interrupted", file=sys.stderr)
        return 130
    print_result(result)
    if args.json:
        args.json.write_text(json.dumps(asdict(result), ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if result.errors or result.new_document_after is False else 0


if __name__ == "__main__":
    sys.exit(main())
