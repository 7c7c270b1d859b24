"""`duthao eval`: retrieval and answer metrics on a JSONL question set, printed or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import _file_error
from app.cli.exit_codes import EXIT_OK
from app.settings import Settings

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
