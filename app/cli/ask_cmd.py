"""`duthao ask`: answer one question, or one per line of stdin, with its sources."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.common import _where
from app.cli.exit_codes import EXIT_ERROR, EXIT_OK
from app.domain import Language
from app.errors import QuestionTooLongError
from app.settings import Settings


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
