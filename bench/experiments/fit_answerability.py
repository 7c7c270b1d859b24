"""Fit the learned "not found" judge (app/answers/answerability.py) and compare it with the rules, per half.

Every question set bench/bench_answers.py runs (the team's sets, fresh, fresh2 and every
tests/data/elsewhere set, each corpus indexed the same way) is asked twice through `Assistant.ask`: once
with the judge forced to say "answered", once forced to say "not found". Each time the judge is asked, the
Evidence it was given is recorded. A judge's outcome on a question is then read off the two runs: what the
user would be shown had it said yes or no. Questions the judge is never asked (lists, a filter that leaves
nothing) come out the same in both runs and count alike for every judge.

Fitted on the dev halves only: an answerable question's Evidence is labelled "answered", an unanswerable
one's "not found" (the measure of bench_answers: refusal accuracy). Logistic regression (scikit-learn,
standardised features) with C and the threshold chosen by cross-validation grouped by question set (a set's
questions are never split across folds), maximising right decisions out of fold. tests/data/fresh2 has no
dev half: it is reported, never fitted on.

    python bench/experiments/fit_answerability.py --work /tmp/answerability   # ask, fit, report

The held-out table prints, per half and per set, for the rules and the learned judge: narrow answer hit,
refusal accuracy, answerable refused, unanswerable refused, list recall and forbidden hits.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import shutil
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_answers import ELSEWHERE, EVAL, FRESH, SEED_SETS, make_corpus  # noqa: E402

from app.answers import answerability  # noqa: E402
from app.evaluation import contains_gold, load_questions, phrase_share  # noqa: E402
from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402

SEED = 17
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FEATURES = (
    "rule",
    "coverage",
    "best_terms",
    "dense",
    "log_topic_words",
    "no_topic_words",
    "years_stated",
    "asks_number",
    "number_missing",
    "count_stated",
    "asks_who",
    "person_named",
    "english",
    "unaccented",
    "inverse_rank",
    "passage_share",
)


def features(ev: answerability.Evidence) -> dict[str, float]:
    """The numbers the learned judge weighs: the Evidence's measurements and the rules' own verdict."""
    values = {k: float(v) for k, v in asdict(ev).items() if k not in ("topic_words", "passage_rank")}
    values["log_topic_words"] = math.log1p(ev.topic_words)
    values["inverse_rank"] = 1.0 / max(ev.passage_rank, 1)
    values["no_topic_words"] = float(ev.topic_words == 0)
    values["number_missing"] = float(ev.asks_number and not ev.figure_stated)
    values["rule"] = float(answerability.rule_says_answered(ev))
    return values


def question_sets(corpus_name: str) -> dict[str, Path]:
    if corpus_name == "seed":
        return dict(SEED_SETS)
    folder = FRESH.get(corpus_name) or ELSEWHERE.get(corpus_name) or EVAL
    return {p.name: p for p in sorted(folder.glob("*.jsonl")) if p.name != "seed.jsonl"}


def outcome(answer, q) -> dict:
    hit = None
    if not q.unanswerable and q.gold:
        hit = bool(answer.found and contains_gold(answer.text, q.gold))
    recall = None
    if q.expect and not q.unanswerable:
        recall = phrase_share(answer.text, q.expect) if answer.found else 0.0
    return {
        "found": answer.found,
        "answer_hit": hit,
        "refusal_ok": answer.found != q.unanswerable,
        "list_recall": recall,
        "forbidden_hit": any(contains_gold(answer.text, [f]) for f in q.forbid),
    }


def ask_all(work: Path, corpora: list[str]) -> list[dict]:
    """Every question of every set, asked with the judge forced each way; the Evidence it was shown."""
    seen: list[answerability.Evidence] = []
    forced = {"value": True}

    def recording(ev: answerability.Evidence) -> bool:
        seen.append(ev)
        return forced["value"]

    answerability.says_answered = recording  # the answerer looks it up on the module at each question
    rows = []
    for corpus_name in corpora:
        corpus = work / corpus_name / "corpus"
        gazetteer = None
        if not corpus.exists():
            if corpus_name in ELSEWHERE:
                shutil.copytree(ELSEWHERE[corpus_name] / "corpus", corpus)
            else:
                make_corpus(corpus, corpus_name != "seed", 0, corpus_name if corpus_name in FRESH else None)
        if corpus_name in ELSEWHERE and (ELSEWHERE[corpus_name] / "gazetteer.json").exists():
            gazetteer = ELSEWHERE[corpus_name] / "gazetteer.json"
        settings = Settings(
            corpus_dir=corpus, index_dir=work / corpus_name / "index", llm="none", gazetteer=gazetteer
        )
        assistant = build_assistant(settings)
        assistant.build_index()
        for set_name, path in question_sets(corpus_name).items():
            for q in load_questions(path):
                row = {"corpus": corpus_name, "set": f"{corpus_name}/{set_name}", "half": q.half}
                row |= {"question": q.question, "shape": q.shape, "unanswerable": q.unanswerable}
                for value in (True, False):
                    forced["value"] = value
                    seen.clear()
                    answer = assistant.ask(q.question)
                    row["yes" if value else "no"] = outcome(answer, q)
                    if value:
                        row["evidence"] = features(seen[-1]) if seen else None
                        row["judged"] = len(seen)
                rows.append(row)
        print(f"# {corpus_name}: {sum(r['corpus'] == corpus_name for r in rows)} questions", flush=True)
    return rows


def matrix(rows: list[dict]) -> np.ndarray:
    return np.array([[r["evidence"][f] for f in FEATURES] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    centre, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=SEED)
    model.fit((x - centre) / scale, y)
    return model, centre, scale


def probabilities(fitted, x: np.ndarray) -> np.ndarray:
    model, centre, scale = fitted
    return model.predict_proba((x - centre) / scale)[:, 1]


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    grid = np.round(np.arange(0.05, 0.96, 0.05), 2)
    right = [((p >= t) == y).sum() for t in grid]
    top = max(right)
    # among the best, the middle one: a threshold at the edge of a plateau is fitted to a few questions
    best = [t for t, r in zip(grid, right, strict=True) if r == top]
    return float(best[len(best) // 2])


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float) -> np.ndarray:
    p = np.zeros(len(y))
    for g in np.unique(groups):
        test = groups == g
        train = ~test
        if len(np.unique(y[train])) < 2:
            p[test] = y[train].mean()
            continue
        p[test] = probabilities(fit(x[train], y[train], c), x[test])
    return p


def decided(rows: list[dict], says: dict[int, bool]) -> list[dict]:
    """What the user is shown under a judge: its verdict picks the run (questions never judged: either)."""
    return [r["yes"] if says.get(i, True) else r["no"] for i, r in enumerate(rows)]


def totals(rows: list[dict], outs: list[dict]) -> dict:
    narrow = [o["answer_hit"] for r, o in zip(rows, outs, strict=True) if r["shape"] == "narrow"]
    lists = [
        o["list_recall"]
        for r, o in zip(rows, outs, strict=True)
        if r["shape"] in ("broad", "which") and o["list_recall"] is not None
    ]
    answerable = [o for r, o in zip(rows, outs, strict=True) if not r["unanswerable"]]
    unanswerable = [o for r, o in zip(rows, outs, strict=True) if r["unanswerable"]]
    return {
        "n": len(rows),
        "narrow": f"{sum(map(bool, narrow))}/{len(narrow)}",
        "refusal": sum(o["refusal_ok"] for o in outs),
        "ans_refused": f"{sum(not o['found'] for o in answerable)}/{len(answerable)}",
        "unans_refused": f"{sum(not o['found'] for o in unanswerable)}/{len(unanswerable)}",
        "list": round(sum(lists) / len(lists), 3) if lists else None,
        "forbidden": sum(o["forbidden_hit"] for o in outs),
    }


def report(rows: list[dict], judges: dict[str, dict[int, bool]]) -> None:
    for half in ("dev", "heldout"):
        idx = [i for i, r in enumerate(rows) if r["half"] == half]
        print(f"\n## {half}: totals over every set")
        for name, says in judges.items():
            outs = decided(rows, says)
            print(f"  {name:8s}", totals([rows[i] for i in idx], [outs[i] for i in idx]))
        print(f"## {half}: refusal accuracy per set (rules → learned; questions right)")
        for s in sorted({rows[i]["set"] for i in idx}):
            sub = [i for i in idx if rows[i]["set"] == s]
            counts = [sum(decided(rows, says)[i]["refusal_ok"] for i in sub) for says in judges.values()]
            hits = [
                sum(bool(decided(rows, says)[i]["answer_hit"]) for i in sub if rows[i]["shape"] == "narrow")
                for says in judges.values()
            ]
            mark = "  ▼" if counts[1] < counts[0] - 1 or hits[1] < hits[0] - 1 else ""
            print(
                f"  {s:40s} n={len(sub):3d} refusal {counts[0]:3d} → {counts[1]:3d}  "
                f"narrow {hits[0]} → {hits[1]}{mark}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--work", type=Path, required=True, help="indexes and the recorded runs (reused)")
    parser.add_argument("--corpora", default=",".join(["seed", "all", *FRESH, *ELSEWHERE]))
    parser.add_argument("--ask-again", action="store_true", help="ask again even when runs are recorded")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    args.work.mkdir(parents=True, exist_ok=True)
    recorded = args.work / "runs.json"
    if args.ask_again or not recorded.exists():
        recorded.write_text(json.dumps(ask_all(args.work, args.corpora.split(",")), ensure_ascii=False))
    rows = json.loads(recorded.read_text())
    judged = [i for i, r in enumerate(rows) if r["evidence"] is not None]
    dev = [i for i in judged if rows[i]["half"] == "dev"]
    x_all = matrix([rows[i] for i in judged])
    x = matrix([rows[i] for i in dev])
    y = np.array([not rows[i]["unanswerable"] for i in dev])
    groups = np.array([rows[i]["set"] for i in dev])
    print(f"judged {len(judged)} of {len(rows)} questions; dev {len(dev)} ({int((~y).sum())} unanswerable)")

    rule_right = int(((x[:, FEATURES.index("rule")] > 0.5) == y).sum())
    print(f"dev, rules: {rule_right}/{len(y)} right decisions")
    best = None
    for c in C_GRID:
        p = out_of_fold(x, y, groups, c)
        t = best_threshold(p, y)
        right = int(((p >= t) == y).sum())
        print(f"dev out of fold, C={c}: threshold {t:.2f}, {right}/{len(y)} right")
        if best is None or right > best[0]:
            best = (right, c, t)
    _, c, t = best
    fitted = fit(x, y, c)
    threshold = t
    p_all = probabilities(fitted, x_all)
    learned = {i: bool(p >= threshold) for i, p in zip(judged, p_all, strict=True)}
    rules = {i: rows[i]["evidence"]["rule"] > 0.5 for i in judged}
    report(rows, {"rules": rules, "learned": learned})
    model = fitted[0]
    weights = dict(zip(FEATURES, map(float, model.coef_[0]), strict=True))
    print("\nweights (standardised):", json.dumps({k: round(v, 2) for k, v in weights.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
