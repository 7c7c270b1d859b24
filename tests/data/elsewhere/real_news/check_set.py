#!/usr/bin/env python3
"""Validate the real_news test set (python3 stdlib only).

Run:  /work/main/.venv/bin/python /work/newsets/real_news/check_set.py

Loads the chosen articles by id from the read-only news dump, rebuilds each
article's lines exactly as the benchmark writes them (title, lead, then each
body paragraph; whitespace collapsed; empty lines dropped) and checks
articles.txt and questions.jsonl.  Exits 1 if any error is found.
"""
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[4].parent / "shared" / "data" / "vietnews_gov.jsonl.gz"
FOLDERS = {"guidance", "news"}
SHAPES = {"narrow", "who", "when", "broad", "which"}
HALVES = {"dev", "heldout"}
KEYS = ["question", "shape", "half", "gold", "expect", "forbid", "unanswerable"]

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    return collapse(unicodedata.normalize("NFC", s)).casefold()


def nwords(s):
    return len(collapse(s).split(" "))


def article_lines(rec):
    raw = [rec.get("title") or "", rec.get("lead") or ""] + list(rec.get("body") or [])
    out = []
    for x in raw:
        x = collapse(x)
        if x:
            out.append(x)
    return out


# ---------------------------------------------------------------- articles
entries = []
for n, line in enumerate((HERE / "articles.txt").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    parts = line.strip().split("/", 1)
    if len(parts) != 2 or parts[0] not in FOLDERS:
        err(f"articles.txt:{n}: bad line {line!r} (want '<guidance|news>/<id>')")
        continue
    entries.append((parts[0], parts[1]))

ids = [i for _, i in entries]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"articles.txt: id {i} listed {c} times")
if not 14 <= len(set(ids)) <= 20:
    err(f"articles.txt: {len(set(ids))} articles, want 14-20")

wanted = set(ids)
recs = {}
with gzip.open(DATA, "rt", encoding="utf-8") as f:
    for line in f:
        rec = json.loads(line)
        if rec["id"] in wanted:
            recs[rec["id"]] = rec
for i in ids:
    if i not in recs:
        err(f"articles.txt: id {i} not found in {DATA}")

lines = {i: article_lines(recs[i]) for i in ids if i in recs}
nlines = {i: [norm(x) for x in ls] for i, ls in lines.items()}

# duplicate texts among chosen articles
seen = {}
for i, ls in nlines.items():
    key = "\n".join(ls[2:]) or "\n".join(ls)
    if key in seen:
        err(f"duplicate article text: {i} and {seen[key]}")
    seen[key] = i
    tkey = ls[0] if ls else ""
    for j, ls2 in nlines.items():
        if j < i and ls2 and ls2[0] == tkey:
            err(f"duplicate title: {i} and {j}")
# near duplicates: many identical body lines
for i in nlines:
    for j in nlines:
        if j <= i:
            continue
        a = set(x for x in nlines[i][2:] if len(x) > 40)
        b = set(x for x in nlines[j][2:] if len(x) > 40)
        if a and b:
            share = len(a & b) / min(len(a), len(b))
            if share >= 0.5:
                err(f"near-duplicate articles {i} / {j}: {share:.0%} of body lines shared")
            elif share > 0:
                warn(f"articles {i} / {j} share {len(a & b)} body line(s)")

# ---------------------------------------------------------------- questions
qs = []
for n, line in enumerate((HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        qs.append((n, json.loads(line)))
    except json.JSONDecodeError as e:
        err(f"questions.jsonl:{n}: bad JSON: {e}")

if not 50 <= len(qs) <= 60:
    err(f"questions.jsonl: {len(qs)} questions, want 50-60")

qtexts = Counter(norm(q.get("question", "")) for _, q in qs)
for t, c in qtexts.items():
    if c > 1:
        err(f"duplicate question text x{c}: {t[:80]}")


def where(phrase):
    """All (article id, line index) whose normalised line contains phrase."""
    p = norm(phrase)
    return [(i, k) for i, ls in nlines.items() for k, x in enumerate(ls) if p in x]


shape_half = defaultdict(Counter)
n_un = 0
for n, q in qs:
    tag = f"questions.jsonl:{n}"
    if not isinstance(q, dict) or list(q.keys()) != KEYS:
        err(f"{tag}: keys must be exactly {KEYS} in that order, got {list(q) if isinstance(q, dict) else type(q)}")
        if not isinstance(q, dict):
            continue
    if not isinstance(q.get("question"), str) or not q.get("question", "").strip():
        err(f"{tag}: empty/invalid question")
    shape, half, un = q.get("shape"), q.get("half"), q.get("unanswerable")
    if shape not in SHAPES:
        err(f"{tag}: bad shape {shape!r}")
    if half not in HALVES:
        err(f"{tag}: bad half {half!r}")
    if not isinstance(un, bool):
        err(f"{tag}: unanswerable must be bool")
    for k in ("gold", "expect", "forbid"):
        v = q.get(k)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            err(f"{tag}: {k} must be a list of non-empty strings")
            q[k] = []
    shape_half[shape][half] += 1
    if un:
        n_un += 1
        if q["gold"] or q["expect"]:
            err(f"{tag}: unanswerable question must have empty gold and expect")
        for fb in q["forbid"]:
            if not where(fb):
                warn(f"{tag}: forbid {fb!r} not found in any chosen article")
        continue

    # answerable
    if not q["gold"]:
        err(f"{tag}: answerable question without gold")
    gold_lines = set()
    for g in q["gold"]:
        wc = nwords(g)
        if not 4 <= wc <= 15:
            err(f"{tag}: gold {g!r} has {wc} words (want 4-15)")
        hits = where(g)
        if len(hits) != 1:
            err(f"{tag}: gold {g!r} found in {len(hits)} lines {hits[:5]} (want exactly 1)")
        else:
            gold_lines.add(hits[0])
    if len(gold_lines) > 1:
        err(f"{tag}: gold strings point to different lines {sorted(gold_lines)}")
    for e in q["expect"]:
        if not where(e):
            err(f"{tag}: expect {e!r} not found in any chosen article")
    if shape in ("broad", "which"):
        if not 3 <= len(q["expect"]) <= 6:
            err(f"{tag}: {shape} question needs 3-6 expect phrases, has {len(q['expect'])}")
        for e in q["expect"]:
            wc = nwords(e)
            if not 3 <= wc <= 8:
                err(f"{tag}: expect {e!r} has {wc} words (want 3-8 for {shape})")
    for fb in q["forbid"]:
        for (i, k) in gold_lines:
            if norm(fb) in nlines[i][k]:
                err(f"{tag}: forbid {fb!r} occurs in the gold line itself ({i} line {k})")
        for e in q["expect"]:
            if norm(fb) in norm(e):
                err(f"{tag}: forbid {fb!r} is inside expect {e!r}")

for s in SHAPES:
    d, h = shape_half[s]["dev"], shape_half[s]["heldout"]
    if d + h == 0:
        err(f"shape {s}: no questions")
    elif abs(d - h) > 1:
        err(f"shape {s}: halves unbalanced dev={d} heldout={h}")

# ---------------------------------------------------------------- report
print(f"articles: {len(ids)} ({sum(1 for f, _ in entries if f == 'guidance')} guidance, "
      f"{sum(1 for f, _ in entries if f == 'news')} news)")
print(f"questions: {len(qs)}, unanswerable: {n_un}")
for s in sorted(SHAPES):
    print(f"  {s:7s} dev={shape_half[s]['dev']:2d} heldout={shape_half[s]['heldout']:2d}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
if errors:
    print(f"FAILED with {len(errors)} error(s)")
    sys.exit(1)
print("OK: all checks passed")
