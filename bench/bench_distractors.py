"""Distractor benchmark: the seed guidance among N real news articles (scripts/make_distractor_corpus.py).

Builds corpus + index in a temporary folder through the product code path, then reports index throughput,
peak memory, the rank of the Kim Thành transport passage for the Vietnamese, unaccented and English
question, and query latency over ~50 questions.

    python bench/bench_distractors.py                       # temporary folder, removed afterwards
    python bench/bench_distractors.py --keep /tmp/duthao-distractors   # reuse the index on the next run
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import shlex
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from make_distractor_corpus import make_corpus, select_articles  # noqa: E402

from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.text import fold, normalize_inline  # noqa: E402

NEEDLE = "phá bỏ thế độc đạo về giao thông"
KIM_THANH = {
    "vi": "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?",
    "vi-unaccented": fold("Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?"),
    "en": "What must Kim Thành's report address about transport?",
}
# More questions about the seed, for latency and a top-hit check; article titles fill up to --questions.
SEED_QUESTIONS = [
    "Tứ Kỳ cần có tầm nhìn đến năm nào?",
    "Thanh Miện cần định hướng gì về phát triển công nghiệp?",
    "Nam Sách đặt mục tiêu trở thành thị xã trước năm nào?",
    "Nam Sach can uu tien phat trien gi?",
    "Thuong truc Tinh uy luu y gi ve cong tac xay dung Dang?",
    "What should Nam Sách's political report say about urban development?",
    "Dự thảo báo cáo chính trị cần đánh giá kết quả nhiệm kỳ qua như thế nào?",
    "Bí thư Tỉnh ủy yêu cầu gì về khát vọng vươn lên?",
    "Kim Thành có lợi thế gì?",
    "What does the provincial committee say about Thanh Miện becoming a town?",
]
RANK_DEPTH = 20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def run(work: Path, args: argparse.Namespace) -> dict:
    corpus_dir, index_dir = work / "corpus", work / "index"
    counts = make_corpus(corpus_dir, args.n, args.seed)
    print(
        f"corpus: seed + {counts['articles']} articles ({counts['hai_duong_party']} Hải Dương party-work, "
        f"{counts['hai_duong_other']} other Hải Dương, {counts['party_other']} other party-work)",
        file=sys.stderr,
    )
    overrides: dict[str, object] = {"corpus_dir": corpus_dir, "index_dir": index_dir}
    if args.dense_weight is not None:
        overrides["dense_weight"] = args.dense_weight
    if args.embeddings:
        overrides["embeddings"] = args.embeddings
    settings = Settings(**overrides)
    assistant = build_assistant(settings)

    printed = [-1]

    def progress(done: int, total: int) -> None:
        if total and (done == total or done // 1000 != printed[0]):
            printed[0] = done // 1000
            print(
                f"  embedded {done}/{total} chunks ({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
                flush=True,
            )

    started, cpu_started = time.perf_counter(), time.process_time()
    report = assistant.build_index(progress)
    build_seconds = time.perf_counter() - started
    build_cpu = time.process_time() - cpu_started  # CPU time is steadier on a shared machine
    # throughput only means something for a full build (a --keep rerun may embed nothing or a few documents)
    full_build = report.chunks_embedded == report.chunks_total > 0
    rss_after_build = peak_rss_mb()

    assistant.retriever.search("khởi động", k=1)  # load the query model outside the timings
    kim_thanh = {}
    for label, question in KIM_THANH.items():
        passages = assistant.retriever.search(question, k=RANK_DEPTH)
        rank = next((p.rank for p in passages if NEEDLE in normalize_inline(p.chunk.text)), None)
        kim_thanh[label] = {
            "question": question,
            "rank": rank,
            "top3": [f"{p.chunk.source}#{p.chunk.paragraph} ({p.score:.3f})" for p in passages[:3]],
        }

    titles = [a["title"] for a in select_articles(args.n, args.seed)]
    questions = [*KIM_THANH.values(), *SEED_QUESTIONS]
    questions += titles[: max(0, args.questions - len(questions))]
    latencies = []
    seed_top1 = 0
    for i, question in enumerate(questions):
        t0 = time.perf_counter()
        passages = assistant.retriever.search(question, k=settings.k)
        latencies.append((time.perf_counter() - t0) * 1000)
        if i < len(KIM_THANH) + len(SEED_QUESTIONS) and passages and passages[0].chunk.doc_type == "guidance":
            seed_top1 += 1

    return {
        "command": " ".join(shlex.quote(a) for a in ["python", *sys.argv]),
        "articles": counts["articles"],
        "documents": len(assistant.documents()),
        "chunks": report.chunks_total,
        "chunks_embedded": report.chunks_embedded,
        "build_seconds": round(build_seconds, 1),
        "build_cpu_seconds": round(build_cpu, 1),
        "full_build": full_build,
        "docs_per_s": round(len(assistant.documents()) / build_seconds, 2) if full_build else None,
        "chunks_per_s": round(report.chunks_total / build_seconds, 2) if full_build else None,
        "peak_rss_mb_after_build": round(rss_after_build, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "kim_thanh": kim_thanh,
        "seed_questions_top1_guidance": f"{seed_top1}/{len(KIM_THANH) + len(SEED_QUESTIONS)}",
        "latency_questions": len(latencies),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "dense_weight": settings.dense_weight,
        "candidates": settings.candidates,
        "embeddings": settings.embeddings,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600, help="news articles (default 600)")
    parser.add_argument("--seed", type=int, default=13, help="article selection seed")
    parser.add_argument("--questions", type=int, default=50, help="questions for the latency figures")
    parser.add_argument("--keep", type=Path, help="build corpus + index here and reuse them on the next run")
    parser.add_argument("--dense-weight", type=float, help="override Settings.dense_weight")
    parser.add_argument("--embeddings", help="override Settings.embeddings")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.keep and REPO in args.keep.resolve().parents:
        parser.error("--keep must be outside the repository")

    print("$ " + " ".join(shlex.quote(a) for a in ["python", *sys.argv]))
    with tempfile.TemporaryDirectory(prefix="duthao-distractors-") as tmp:
        result = run(args.keep.resolve() if args.keep else Path(tmp), args)

    reused = not result["full_build"]
    print(
        f"dense_weight={result['dense_weight']}  candidates={result['candidates']}  "
        f"embeddings={result['embeddings']}"
    )
    print(
        f"documents          {result['documents']} (seed + {result['articles']} articles), "
        f"{result['chunks']} chunks"
    )
    if reused:
        print(
            f"index              reused: {result['chunks_embedded']} chunks embedded, "
            f"{result['build_seconds']} s to check and republish"
        )
    else:
        print(
            f"index build        {result['build_seconds']} s: {result['docs_per_s']} docs/s, "
            f"{result['chunks_per_s']} chunks/s ({result['chunks_embedded']} chunks embedded; "
            f"{result['build_cpu_seconds']} CPU s)"
        )
    print(
        f"peak RSS           {result['peak_rss_mb_after_build']:.0f} MB after build, "
        f"{result['peak_rss_mb']:.0f} MB at the end"
    )
    print(f"rank of the passage with «{NEEDLE}» (top {RANK_DEPTH}):")
    for label, row in result["kim_thanh"].items():
        print(f"  {label:<14} {str(row['rank'] or f'>{RANK_DEPTH}'):>4}   {row['question']}")
        print(f"  {'':<14}        top3: {', '.join(row['top3'])}")
    print(f"seed questions whose top passage is the guidance: {result['seed_questions_top1_guidance']}")
    print(
        f"query latency      p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms "
        f"over {result['latency_questions']} questions"
    )
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
