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
    gold: tuple[str, ...]  # substrings of the one paragraph that answers (retrieval and answer hit)
    unanswerable: bool
    expect: tuple[str, ...] = ()  # phrases a complete answer contains (list recall)
    forbid: tuple[str, ...] = ()  # phrases it must not contain (another district's own requirements)
    shape: str = "narrow"  # narrow | broad | which | meta | unanswerable
    half: str = "dev"  # dev | heldout: the held-out half is never tuned on


def load_questions(path: Path, half: str | None = None) -> list[EvalQuestion]:
    """One JSON object per line: {"question", "gold": [substring, …], "unanswerable": bool, "expect": […],
    "forbid": […], "shape", "half"}; only the given half when `half` is set."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            unanswerable = bool(row.get("unanswerable", False))
            question = EvalQuestion(
                row["question"],
                tuple(row.get("gold", [])),
                unanswerable,
                tuple(row.get("expect", [])),
                tuple(row.get("forbid", [])),
                row.get("shape") or ("unanswerable" if unanswerable else "narrow"),
                row.get("half", "dev"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise DocumentError(str(path), f"dòng {number}: không phải một câu hỏi hợp lệ ({exc})") from exc
        if half is None or question.half == half:
            questions.append(question)
    return questions


def phrase_share(text: str, phrases: Sequence[str]) -> float:
    """The share of the phrases found in the text (NFC, whitespace and case normalised)."""
    if not phrases:
        return 1.0
    return sum(contains_gold(text, [p]) for p in phrases) / len(phrases)


def contains_gold(text: str, gold: Sequence[str]) -> bool:
    """NFC/whitespace-normalised, case-insensitive substring match of any gold string."""
    haystack = normalize_inline(text).lower()
    return any(normalize_inline(g).lower() in haystack for g in gold if g.strip())


def evaluate(assistant: Assistant, questions: Sequence[EvalQuestion], k: int = 10) -> dict:
    """R@1, R@5, MRR@10 (answerable questions), answer hit rate, refusal accuracy, latency p50/p95."""
    ranks: list[int | None] = []
    shown_ranks: list[int | None] = []  # the gold paragraph's place among the passages the user is shown
    answer_hits: list[bool] = []
    recalls: list[float] = []
    forbidden = 0
    by_shape: dict[str, dict[str, list[float]]] = {}
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
        shape = by_shape.setdefault(q.shape, {"refusal_ok": [], "answer_hit": [], "list_recall": []})
        shape["refusal_ok"].append(float(refused_right))
        if not q.unanswerable and q.gold:
            ranks.append(rank)
            shown = [p for p in answer.passages if p.rank <= k]
            shown_ranks.append(next((p.rank for p in shown if contains_gold(p.chunk.text, q.gold)), None))
            hit = answer.found and contains_gold(answer.text, q.gold)
            answer_hits.append(hit)
            shape["answer_hit"].append(float(hit))
        recall = None
        if q.expect and not q.unanswerable:
            recall = phrase_share(answer.text, q.expect) if answer.found else 0.0
            recalls.append(recall)
            shape["list_recall"].append(recall)
        forbidden_hit = any(contains_gold(answer.text, [f]) for f in q.forbid)
        forbidden += forbidden_hit
        details.append(
            {
                "question": q.question,
                "unanswerable": q.unanswerable,
                "rank": rank,
                "shown_rank": shown_ranks[-1] if not q.unanswerable and q.gold else None,
                "found": answer.found,
                "answer_hit": hit,
                "refusal_ok": refused_right,
                "list_recall": recall,
                "forbidden_hit": forbidden_hit,
                "shape": q.shape,
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
        "shown_mrr@10": sum(1 / r for r in shown_ranks if r is not None and r <= 10) / answerable,
        "answer_hit": sum(answer_hits) / answerable,
        "refusal_accuracy": sum(refusals_right) / max(len(questions), 1),
        "list_recall": sum(recalls) / len(recalls) if recalls else None,
        "forbidden_hits": forbidden,
        "by_shape": {
            name: {
                "n": len(v["refusal_ok"]),
                **{k: sum(x) / len(x) for k, x in v.items() if x},
            }
            for name, v in sorted(by_shape.items())
        },
        "latency_p50_ms": float(np.percentile(latencies, 50) * 1000) if latencies else 0.0,
        "latency_p95_ms": float(np.percentile(latencies, 95) * 1000) if latencies else 0.0,
        "details": details,
    }
