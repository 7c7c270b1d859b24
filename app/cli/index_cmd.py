"""`duthao index`: build or update the index, then report what was read, refused and changed."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app import labels
from app.cli.common import _build_bars
from app.cli.exit_codes import EXIT_OK, EXIT_PARTIAL
from app.settings import Settings


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant

    assistant = build_assistant(settings)
    reading, update, close = _build_bars() if not args.quiet else (None, None, lambda: None)
    try:
        report = assistant.build_index(update, wait=not args.no_wait, reading=reading)
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
                    "sentences_embedded": report.sentences_embedded,
                    "rejected_files": [{"path": p, "reason": r} for p, r in report.rejected],
                    "warnings": [{"path": p, "message": m} for p, m in report.warnings],
                    "duplicate_files": [{"path": p, "same_as": o} for p, o in report.duplicates],
                    "hidden_files": report.hidden,
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
            + f" — {labels.embedded_counts(report.chunks_embedded, report.sentences_embedded)}; "
            f"chỉ mục có {report.chunks_total} khối"
        )
        for path, other in report.duplicates:
            print(f"  trùng nội dung: {path} giống hệt {other} (chỉ lập chỉ mục một lần)")
        if report.hidden:
            print("  " + labels.hidden_skipped(report.hidden))
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
