"""Planted-instruction detector (app/documents/planted.py) against labelled sentences and real news.

- tests/data/planted/sentences.jsonl: sentences written to steer an assistant (planted: true) and ordinary
  guidance that looks like them (planted: false), written before the rule was. They are split in two fixed
  halves by a hash of the text (held_out): the rule was designed looking at the dev half only; the held-out
  half was measured once (precision 1.000, recall 0.882), then four of its misses were mended, so it is no
  longer unseen. Precision and recall are printed for each half.
- tests/data/planted/fresh.jsonl: a second set (44 planted, 66 ordinary), written after that first look and
  before the mending. Its first measurement is the rule's honest estimate: precision 0.944 (34/36), recall
  0.773 (34/44). Misses it showed were then mended in general form (see app/documents/planted.py), so its
  later numbers are no longer unseen either.
- ../shared/data/vietnews_gov.jsonl.gz: real Vietnamese news about party and government work. A fixed sample
  of its sentences is run through the detector; every one flagged is a false positive (--show lists them).

    python bench/bench_planted.py                   # 5,000 news sentences
    python bench/bench_planted.py --news 500000     # every news sentence (461,124; about 3 minutes)
    python bench/bench_planted.py --news 50000 --show
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.documents import planted  # noqa: E402
from app.text import split_sentences  # noqa: E402

LABELLED = REPO / "tests" / "data" / "planted" / "sentences.jsonl"
FRESH = REPO / "tests" / "data" / "planted" / "fresh.jsonl"
NEWS = REPO.parent / "shared" / "data" / "vietnews_gov.jsonl.gz"


def held_out(text: str) -> bool:
    """A fixed half of the labels, by a hash of the text (never by what the rule does with it)."""
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 1


def labelled(path: Path = LABELLED) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def news_sentences(count: int, seed: int = 18) -> list[str]:
    """`count` sentences drawn at random (fixed seed) from the news articles' bodies."""
    pool: list[str] = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            for paragraph in [article.get("lead", ""), *article.get("body", [])]:
                pool.extend(s for s in split_sentences(paragraph) if len(s) > 15)
    return random.Random(seed).sample(pool, min(count, len(pool)))


def scores(rows: list[dict]) -> dict[str, float]:
    tp = sum(r["planted"] and r["flagged"] for r in rows)
    fp = sum(not r["planted"] and r["flagged"] for r in rows)
    fn = sum(r["planted"] and not r["flagged"] for r in rows)
    return {
        "planted": tp + fn,
        "ordinary": sum(not r["planted"] for r in rows),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=5000, help="news sentences sampled (default 5000)")
    parser.add_argument("--show", action="store_true", help="list the sentences the rule gets wrong")
    parser.add_argument(
        "--set", choices=("dev", "held-out", "fresh", "all"), default="all", help="labelled sets measured"
    )
    args = parser.parse_args()

    rows = [
        dict(r, flagged=planted.is_planted(r["text"]), set="held-out" if held_out(r["text"]) else "dev")
        for r in labelled()
    ]
    rows += [dict(r, flagged=planted.is_planted(r["text"]), set="fresh") for r in labelled(FRESH)]
    for name in ("dev", "held-out", "fresh") if args.set == "all" else (args.set,):
        mine = [r for r in rows if r["set"] == name]
        s = scores(mine)
        print(
            f"{name:9} {s['planted']:3} planted, {s['ordinary']:3} ordinary: precision {s['precision']:.3f} "
            f"({s['tp']}/{s['tp'] + s['fp']}), recall {s['recall']:.3f} ({s['tp']}/{s['planted']})"
        )
        if args.show:
            for r in mine:
                if r["planted"] != r["flagged"]:
                    print(f"    {'missed' if r['planted'] else 'false positive'}: {r['text']}")

    if not NEWS.exists():
        print(f"news: {NEWS} not found, skipped")
        return
    sentences = news_sentences(args.news)
    started = time.perf_counter()
    flagged = [s for s in sentences if planted.is_planted(s)]
    seconds = time.perf_counter() - started
    print(
        f"news      {len(flagged)} of {len(sentences)} sentences flagged (false positives); "
        f"{seconds * 1000 / max(len(sentences), 1):.3f} ms a sentence"
    )
    if args.show:
        for s in flagged:
            print(f"    flagged: {s}")


if __name__ == "__main__":
    main()
