"""Retrieval benchmark, before and after: ALQAC (with and without diacritics), ViMedAQA, distractor corpus.

Sets, each indexed through the product code path (build_assistant(Settings(...)).build_index(), then
assistant.retriever.search(question, k=10)) in a temporary folder, never in the repo:
  alqac, alqac-unaccented  ViRE ALQAC (../shared/data/vire): each unique statute passage is one .txt document;
                           a hit is a passage of the gold document. The unaccented row asks the same questions
                           with the diacritics folded, on the same index
  vimedaqa                 ViRE ViMedAQA, the same way
  distractor               the seed guidance among 600 news articles (scripts/make_distractor_corpus.py, seed
                           13); questions: the answerable ones of tests/data/dev_questions.jsonl, a hit is a
                           passage holding a gold phrase
  neighbour                the same corpus; 10 questions about news paragraphs that do not repeat who they
                           are about ("ông Điều"), bench/data/neighbour_questions.jsonl (written for issue 11)

Beside the retriever's ranking, "shown MRR@10" ranks the passages a user is shown: Assistant.ask(question,
k=10)'s passages, after everything the answer stage does to them (a document the question seems to name,
list items, sections). The two should not differ by more than 0.01.

Each set is split in two fixed halves by a hash of the question (held_out()): MRR@10 is printed for the half
retrieval is tuned on and for the frozen held-out half, beside the whole set.

"Before" is the code at a baseline git ref (default 1d21a65, main before issue 11): a temporary worktree of
it is made under /work (beside the repo, so that ../shared resolves), this script runs there with
--only-after --json, and the worktree is removed. "After" is the code of this checkout.

    python bench/bench_retrieval.py                                 # every set, before and after
    python bench/bench_retrieval.py --only-after --datasets alqac --limit 100
    python bench/bench_retrieval.py --keep /tmp/duthao-bench        # reuse built indexes on the next run
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.text import fold, normalize_inline  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "vire"
VIRE = {"alqac": "ALQAC.csv", "vimedaqa": "ViMedAQA_v2.csv"}
DATASETS = ("alqac", "alqac-unaccented", "vimedaqa", "distractor", "neighbour")
DEV_QUESTIONS = REPO / "tests" / "data" / "dev_questions.jsonl"
NEIGHBOUR_QUESTIONS = REPO / "bench" / "data" / "neighbour_questions.jsonl"
BASELINE = "1d21a65"
DISTRACTOR_ARTICLES, DISTRACTOR_SEED = 600, 13
K = 10


def load_dataset(name: str) -> tuple[list[str], list[tuple[str, int]]]:
    """Unique contexts (in first-seen order) and (question, context number) pairs."""
    with open(DATA / VIRE[name], encoding="utf-8-sig", newline="") as handle:
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


def holds(text: str, phrases: list[str]) -> bool:
    """A gold phrase is in the text (NFC, whitespace and case normalised)."""
    haystack = normalize_inline(text).lower()
    return any(normalize_inline(p).lower() in haystack for p in phrases if p.strip())


def held_out(question: str) -> bool:
    """The frozen half of a set that retrieval is not tuned on: a fixed hash of the question (with its
    diacritics, so a question and its unaccented copy fall in the same half). Fixed before issue 11's
    second round of tuning; changes since are tuned on the other half and reported on both."""
    return hashlib.blake2b(question.strip().encode("utf-8"), digest_size=8).digest()[0] % 2 == 1


def mrr(ranks: list[int | None]) -> float:
    return round(sum(1 / r for r in ranks if r) / (len(ranks) or 1), 4)


def shown_rank(assistant: object, question: str, is_gold: object) -> int | None:
    """The gold passage's rank among the passages Assistant.ask shows for the question."""
    answer = assistant.ask(question, k=K)  # type: ignore[attr-defined]
    return next((p.rank for p in answer.passages if p.rank <= K and is_gold(p)), None)  # type: ignore[operator]


def metrics(
    ranks: list[int | None], held: list[bool] | None = None, shown: list[int | None] | None = None
) -> dict[str, float]:
    """R@1, R@5, MRR@10 over every question, and MRR@10 over each half (tuned on / held out); MRR@10 of the
    passages shown by Assistant.ask when measured."""
    n = len(ranks) or 1
    held = held if held is not None else [False] * len(ranks)
    extra = {"shown_mrr_at_10": mrr(shown)} if shown is not None else {}
    return {
        **extra,
        "questions": len(ranks),
        "r_at_1": round(sum(r == 1 for r in ranks) / n, 4),
        "r_at_5": round(sum(r is not None and r <= 5 for r in ranks) / n, 4),
        "mrr_at_10": mrr(ranks),
        "mrr_tune": mrr([r for r, h in zip(ranks, held, strict=True) if not h]),
        "mrr_held_out": mrr([r for r, h in zip(ranks, held, strict=True) if h]),
        "held_out": sum(held),
    }


def build(corpus_dir: Path, index_dir: Path, label: str) -> tuple[object, dict]:
    assistant = build_assistant(Settings(corpus_dir=corpus_dir, index_dir=index_dir))
    print(f"[{label}] indexing {corpus_dir} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    report = assistant.build_index()
    facts = {
        "chunks": report.chunks_total,
        "chunks_embedded": report.chunks_embedded,
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    assistant.retriever.search("khởi động", k=1)  # load the query model outside the timings
    return assistant, facts


def run_vire(name: str, work: Path, args: argparse.Namespace, wanted: list[str]) -> dict[str, dict]:
    contexts, questions = load_dataset(name)
    if args.limit:
        questions = questions[: args.limit]
    corpus_dir = work / name / "corpus"
    sources = write_corpus(corpus_dir, name, contexts)
    assistant, facts = build(corpus_dir, work / name / "index", name)
    out = {}
    for label in wanted:
        asked = [(fold(q), n) if label.endswith("-unaccented") else (q, n) for q, n in questions]
        ranks, shown = [], []
        for question, number in asked:
            passages = assistant.retriever.search(question, k=K)  # type: ignore[attr-defined]
            ranks.append(next((p.rank for p in passages if p.chunk.source == sources[number]), None))
            if args.shown:
                gold_source = sources[number]
                shown.append(shown_rank(assistant, question, lambda p, s=gold_source: p.chunk.source == s))
        held = [held_out(q) for q, _ in questions]
        out[label] = {**facts, **metrics(ranks, held, shown if args.shown else None)}
    return out


def run_distractor(work: Path, args: argparse.Namespace, wanted: list[str]) -> dict[str, dict]:
    from make_distractor_corpus import make_corpus

    corpus_dir = work / "distractor" / "corpus"
    make_corpus(corpus_dir, DISTRACTOR_ARTICLES, DISTRACTOR_SEED)
    assistant, facts = build(corpus_dir, work / "distractor" / "index", "distractor")
    out = {}
    for label in wanted:
        path = args.questions if label == "distractor" else args.neighbour_questions
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        questions = [(r["question"], r["gold"]) for r in rows if r.get("gold") and not r.get("unanswerable")]
        if args.limit:
            questions = questions[: args.limit]
        ranks, shown = [], []
        for question, gold in questions:
            passages = assistant.retriever.search(question, k=K)  # type: ignore[attr-defined]
            ranks.append(next((p.rank for p in passages if holds(p.chunk.text, gold)), None))
            if args.shown:
                shown.append(shown_rank(assistant, question, lambda p, g=gold: holds(p.chunk.text, g)))
        held = [held_out(q) for q, _ in questions]
        out[label] = {**facts, **metrics(ranks, held, shown if args.shown else None)}
    return out


def run_all(work: Path, args: argparse.Namespace) -> dict[str, dict]:
    """This checkout's numbers for the chosen sets."""
    results: dict[str, dict] = {}
    for base in ("alqac", "vimedaqa"):
        wanted = [d for d in args.datasets if d.split("-")[0] == base]
        if wanted:
            results.update(run_vire(base, work, args, wanted))
    wanted = [d for d in args.datasets if d in ("distractor", "neighbour")]
    if wanted:
        results.update(run_distractor(work, args, wanted))
    return results


def run_baseline(ref: str, work: Path, args: argparse.Namespace) -> dict[str, dict]:
    """The same benchmark on the code at `ref`, run by this script in a temporary worktree beside the repo."""
    tree = Path(tempfile.mkdtemp(prefix="bench-baseline-", dir=REPO.parent))
    tree.rmdir()
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), ref], check=True)
    try:
        script = tree / "bench" / "bench_retrieval.py"
        shutil.copyfile(Path(__file__).resolve(), script)  # the same measurement, the old code under it
        out = work / "before.json"
        command = [
            sys.executable,
            str(script),
            "--only-after",
            "--json",
            str(out),
            "--keep",
            str(work),
            "--side",
            "before",
            "--datasets",
            ",".join(args.datasets),
            "--questions",
            str(args.questions.resolve()),
            "--neighbour-questions",
            str(args.neighbour_questions.resolve()),
            *(["--limit", str(args.limit)] if args.limit else []),
        ]
        print(f"[before] {ref}: {shlex.join(command)}", file=sys.stderr, flush=True)
        env = dict(os.environ, PYTHONPATH=str(tree))
        subprocess.run(command, check=True, cwd=tree, env=env, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8"))["after"]
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)


def print_table(before: dict[str, dict] | None, after: dict[str, dict], ref: str) -> None:
    names = [d for d in DATASETS if d in after]
    heads = ["dataset", "questions", "chunks"]
    sides = [("before", before), ("after", after)] if before else [("after", after)]
    columns = ("r_at_1", "r_at_5", "mrr_at_10", "mrr_tune", "mrr_held_out")
    for side, _ in sides:
        heads += [f"{side} R@1", f"{side} R@5", f"{side} MRR@10", "tune", "held-out"]
    shown = any("shown_mrr_at_10" in r for r in after.values())
    if shown:
        heads.append("shown MRR@10")
    if before:
        heads.append("Δ MRR@10")
    rows = []
    for name in names:
        chunks = "/".join(str(r[name]["chunks"]) for _, r in sides if r and name in r)
        row = [name, f"{after[name]['questions']} ({after[name].get('held_out', '?')} held out)", chunks]
        for _, result in sides:
            m = (result or {}).get(name)
            row += [f"{m[k]:.4f}" if m and k in m else "-" for k in columns]
        if shown:
            row.append(f"{after[name]['shown_mrr_at_10']:.4f}" if "shown_mrr_at_10" in after[name] else "-")
        if before:
            delta = after[name]["mrr_at_10"] - before[name]["mrr_at_10"] if name in before else None
            row.append(f"{delta:+.4f}" if delta is not None else "-")
        rows.append(row)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]
    if before:
        print(f"before = {ref}, after = this checkout; k={K}; chunks before/after")
    print("tune / held-out: MRR@10 of the half tuned on and of the frozen half (held_out())")
    print("  ".join(h.rjust(w) for h, w in zip(heads, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default=",".join(DATASETS), help=f"comma list of {', '.join(DATASETS)}")
    parser.add_argument("--limit", type=int, help="ask only the first N questions of each set")
    parser.add_argument("--baseline", default=BASELINE, help=f"git ref of 'before' (default {BASELINE})")
    parser.add_argument("--only-after", action="store_true", help="skip the baseline: this checkout only")
    parser.add_argument("--keep", type=Path, help="build corpora + indexes here and reuse them next time")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--questions", type=Path, default=DEV_QUESTIONS, help="distractor-set questions")
    parser.add_argument(
        "--neighbour-questions", type=Path, default=NEIGHBOUR_QUESTIONS, help="neighbour-set questions"
    )
    parser.add_argument(
        "--no-shown", dest="shown", action="store_false", help="skip the passages shown by Assistant.ask"
    )
    parser.add_argument("--side", default="after", help=argparse.SUPPRESS)  # keep folder: before/ or after/
    args = parser.parse_args(argv)
    args.datasets = [d for d in args.datasets.split(",") if d]
    unknown = [d for d in args.datasets if d not in DATASETS]
    if unknown:
        parser.error(f"unknown dataset(s) {unknown}: choose from {', '.join(DATASETS)}")
    logging.basicConfig(level=logging.WARNING)
    if args.keep and REPO in args.keep.resolve().parents:
        parser.error("--keep must be outside the repository (benchmark data is never copied into it)")
    print("$ " + shlex.join(["python", *sys.argv]))

    with tempfile.TemporaryDirectory(prefix="duthao-bench-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        before = None if args.only_after else run_baseline(args.baseline, work, args)
        after = run_all(work / args.side, args)
    print_table(before, after, args.baseline)
    if args.json:
        args.json.write_text(json.dumps({"before": before, "after": after}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
