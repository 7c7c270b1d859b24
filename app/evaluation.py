"""`duthao eval`: retrieval and answer quality of the running configuration on a JSONL question set."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import DocumentError
from app.service import Assistant
from app.text import normalize_inline


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    gold: tuple[str, ...]
    unanswerable: bool


def load_questions(path: Path) -> list[EvalQuestion]:
    """One JSON object per line: {"question", "gold": [substring, …], "unanswerable": bool}."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            questions.append(
                EvalQuestion(
                    row["question"], tuple(row.get("gold", [])), bool(row.get("unanswerable", False))
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise DocumentError(str(path), f"line {number}: not a question object ({exc})") from exc
    return questions


def contains_gold(text: str, gold: Sequence[str]) -> bool:
    """NFC/whitespace-normalised, case-insensitive substring match of any gold string."""
    haystack = normalize_inline(text).lower()
    return any(normalize_inline(g).lower() in haystack for g in gold if g.strip())


def evaluate(assistant: Assistant, questions: Sequence[EvalQuestion], k: int = 10) -> dict:
    """R@1, R@5, MRR@10 (answerable questions), answer hit rate, refusal accuracy, latency p50/p95."""
    ranks: list[int | None] = []
    answer_hits: list[bool] = []
    refusals_right: list[bool] = []
    latencies: list[float] = []
    details = []
    for q in questions:
        passages = assistant.retriever.search(q.question, k)
        rank = next((p.rank for p in passages if contains_gold(p.chunk.text, q.gold)), None)
        start = time.perf_counter()
        answer = assistant.ask(q.question)
        latencies.append(time.perf_counter() - start)
        refused_right = answer.found != q.unanswerable
        refusals_right.append(refused_right)
        hit = None
        if not q.unanswerable:
            ranks.append(rank)
            hit = answer.found and contains_gold(answer.text, q.gold)
            answer_hits.append(hit)
        details.append(
            {
                "question": q.question,
                "unanswerable": q.unanswerable,
                "rank": rank,
                "found": answer.found,
                "answer_hit": hit,
                "refusal_ok": refused_right,
            }
        )
    answerable = max(len(ranks), 1)
    return {
        "questions": len(questions),
        "answerable": len(ranks),
        "unanswerable": len(questions) - len(ranks),
        "recall@1": sum(r is not None and r <= 1 for r in ranks) / answerable,
        "recall@5": sum(r is not None and r <= 5 for r in ranks) / answerable,
        "mrr@10": sum(1 / r for r in ranks if r is not None and r <= 10) / answerable,
        "answer_hit": sum(answer_hits) / answerable,
        "refusal_accuracy": sum(refusals_right) / max(len(questions), 1),
        "latency_p50_ms": float(np.percentile(latencies, 50) * 1000) if latencies else 0.0,
        "latency_p95_ms": float(np.percentile(latencies, 95) * 1000) if latencies else 0.0,
        "details": details,
    }
