"""`duthao review` and `duthao outline`: a draft checked against the guidance for its district, and the
outline of every requirement for a district (Markdown, JSON or Word)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import labels
from app.cli.common import _file_error, _where
from app.cli.exit_codes import EXIT_OK, EXIT_USAGE
from app.errors import DocumentError
from app.settings import Settings


def _format_review(review: Any) -> str:
    from app.web.review_html import (
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


def cmd_outline(args: argparse.Namespace, settings: Settings) -> int:
    from app.export.docx import outline_docx
    from app.export.markdown import outline_markdown
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
