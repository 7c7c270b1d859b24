"""Checks the Bắc Giang test set: JSON validity, every gold/expect/key/not_requirement substring present in
the document texts (NFC, whitespace-collapsed, casefolded), gold inside ONE paragraph, scopes valid,
counts by shape/half, word counts, traps in place.

    /work/main/.venv/bin/python tests/data/elsewhere/bac_giang/check_set.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "td", "title", "header", "footer", "nav", "aside", "br", "tr"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


class _Html(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.cur, self.skip = [], [], 0

    def flush(self):
        t = "".join(self.cur).strip()
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def paragraphs(path: Path) -> list[str]:
    if path.suffix == ".docx":
        d = Document(path)
        out = [p.text for p in d.paragraphs]
        out += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return [x for x in out if x.strip()]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        h = _Html()
        h.feed(raw)
        h.flush()
        return h.blocks
    return [x for x in re.split(r"\n\s*\n", raw) if x.strip()]


def main() -> int:
    errors: list[str] = []
    docs = {str(p.relative_to(CORPUS)): paragraphs(p) for p in sorted(CORPUS.rglob("*")) if p.is_file()}
    for name, paras in docs.items():
        for t in paras:
            if t != unicodedata.normalize("NFC", t):
                errors.append(f"{name}: not NFC: {t[:50]!r}")
        print(f"{name}: {len(' '.join(paras).split())} words, {len(paras)} blocks")
    full = {n: norm(" \n ".join(p) ) for n, p in docs.items()}
    npar = {n: [norm(x) for x in p] for n, p in docs.items()}
    alltext = " || ".join(full.values())

    def where(s: str) -> list[str]:
        return [n for n, f in full.items() if norm(s) in f]

    # gazetteer
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    assert len(gaz["units"]) == 10, "expected 10 units"

    # questions
    counts: Counter = Counter()
    keys = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
    for n, line in enumerate((HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        if set(r) != keys:
            errors.append(f"q{n}: keys {set(r)}")
        counts[(r["shape"], r["half"])] += 1
        if r["unanswerable"] != (r["shape"] == "unanswerable"):
            errors.append(f"q{n}: unanswerable flag")
        if r["unanswerable"] and (r["gold"] or r["expect"]):
            errors.append(f"q{n}: unanswerable with gold/expect")
        if not r["unanswerable"] and not (r["gold"] and r["expect"]):
            errors.append(f"q{n}: answerable without gold/expect")
        for g in r["gold"]:
            hits = [d for d, ps in npar.items() if any(norm(g) in p for p in ps)]
            if not hits:
                errors.append(f"q{n}: gold not inside one paragraph: {g!r}")
        for e in r["expect"]:
            if not where(e):
                errors.append(f"q{n}: expect missing: {e!r}")
        if r["shape"] in ("broad", "which") and r["gold"]:
            # each expect should occur in the answering document(s)
            gd = {d for g in r["gold"] for d, ps in npar.items() if any(norm(g) in p for p in ps)}
            for e in r["expect"]:
                if not any(norm(e) in full[d] for d in gd):
                    print(f"  note q{n}: expect {e!r} lies outside the gold document(s)")
        for f in r["forbid"]:
            if norm(f) in [norm(e) for e in r["expect"]]:
                errors.append(f"q{n}: forbid equals expect {f!r}")
            for e in r["expect"]:
                if norm(e) in norm(f) or (norm(f) in norm(e)):
                    errors.append(f"q{n}: forbid {f!r} overlaps expect {e!r}")
    print("questions by (shape, half):", dict(sorted(counts.items())))
    total = sum(counts.values())
    if not 40 <= total <= 50:
        errors.append(f"{total} questions")

    # requirements
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    all_keys = set()
    for doc, spec in req["documents"].items():
        if doc not in full:
            errors.append(f"requirements: unknown doc {doc}")
            continue
        if len(spec["not_requirements"]) < 10:
            errors.append(f"{doc}: fewer than 10 not_requirements")
        for r in spec["requirements"]:
            k = r["key"]
            all_keys.add(k)
            c = full[doc].count(norm(k))
            if c != 1:
                errors.append(f"{doc}: key found {c}x: {k!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"{doc}: scope {s!r} not in gazetteer")
        for k in spec["not_requirements"]:
            if norm(k) not in full[doc]:
                errors.append(f"{doc}: not_requirement missing: {k!r}")
            for r in spec["requirements"]:
                if norm(k) in norm(r["key"]) or norm(r["key"]) in norm(k):
                    errors.append(f"{doc}: not_req overlaps key {k!r}")

    # drafts
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    for fn, spec in exp["drafts"].items():
        text = (HERE / "drafts" / fn).read_text(encoding="utf-8")
        w = len(text.split())
        print(f"drafts/{fn}: {w} words, {len(spec['expected'])} labels, {spec['half']}, {spec['district']}")
        if not 300 <= w <= 900:
            errors.append(f"{fn}: {w} words")
        if not 8 <= len(spec["expected"]) <= 20:
            errors.append(f"{fn}: {len(spec['expected'])} labels")
        if spec["district"] not in names:
            errors.append(f"{fn}: district {spec['district']}")
        for k, v in spec["expected"].items():
            if k not in all_keys:
                errors.append(f"{fn}: label key not a requirement key: {k!r}")
            if v not in ("addressed", "partly", "missing"):
                errors.append(f"{fn}: bad label {v}")
    print("draft labels:", Counter(v for s in exp["drafts"].values() for v in s["expected"].values()))

    # traps
    ln = docs["reports/bao-cao-chinh-tri-dang-bo-huyen-luc-nam-2020-2025.docx"]
    ln_hits = [p for p in ln if "lục nam" in norm(p)]
    print("Lục Nam named in report blocks:", [p[:40] for p in ln_hits])
    if len(ln_hits) > 3:
        errors.append("Lục Nam named in report body")
    b = full["guidance/gop-y-du-thao-bao-cao-chinh-tri-4-huyen.md"]
    if b.count("yên dũng") != 1:
        errors.append(f"Yên Dũng occurs {b.count('yên dũng')}x in doc B")
    for absent in ("phông chữ", "cỡ chữ", "đại biểu chính thức", "kinh phí", "hữu lũng", "lạng sơn yêu"):
        if absent in alltext:
            errors.append(f"trap phrase present: {absent}")
    if "giáp ranh với huyện lục nam" not in full[
            "guidance/btv-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-luc-ngan-son-dong-yen-the.txt"]:
        errors.append("neighbour mention missing")

    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
