"""Checks the Quảng Ninh set: JSON validity, every gold/expect/key/label substring present verbatim (after NFC,
whitespace collapsing and casefolding) in the documents, golds inside ONE paragraph, PDF text extractable,
halves balanced, word counts in range.

    /work/main/.venv/bin/python tests/data/elsewhere/quang_ninh/check_set.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_set as ms  # noqa: E402

SHAPES = {"narrow", "broad", "which", "meta", "unanswerable"}
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def main() -> int:
    errors: list[str] = []
    warn: list[str] = []

    # ---- documents -----------------------------------------------------------------------------------
    docs: dict[str, list[str]] = {
        "guidance/" + ms.GUIDE.name: ms.guide_paragraphs(),
        "guidance/" + ms.DISPATCH.name: ms.dispatch_paragraphs(),
        "reports/" + ms.REPORT.name: ms.report_paragraphs(),
    }
    paras = {name: [norm(p) for p in ps if p.strip()] for name, ps in docs.items()}
    full = {name: " \n ".join(ps) for name, ps in paras.items()}
    all_paras = [p for ps in paras.values() for p in ps]
    everything = " \n ".join(full.values())

    for name, ps in docs.items():
        for p in ps:
            if p != unicodedata.normalize("NFC", p):
                errors.append(f"{name}: not NFC: {p[:50]!r}")
        words = sum(len(p.split()) for p in ps)
        print(f"{name}: {len(ps)} paragraphs, {words} words")
    gw = sum(len(p.split()) for p in docs["guidance/" + ms.GUIDE.name])
    if not 3000 <= gw <= 4500:
        errors.append(f"hướng dẫn word count {gw} outside 3000-4500")

    # PDF: the text must be extractable and contain the report's paragraphs
    pdf_text = norm(" ".join((pg.extract_text() or "") for pg in PdfReader(ms.REPORT).pages))
    print(f"pdf: {len(PdfReader(ms.REPORT).pages)} pages, {len(pdf_text.split())} extracted words")
    for p in paras["reports/" + ms.REPORT.name]:
        probe = p[:40]
        if probe not in pdf_text:
            warn.append(f"pdf extraction lacks {probe!r}")
    # txt: no wrapped line may start with "- " (it would read as a new list item)
    for n, line in enumerate(ms.DISPATCH.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("- ") and not any(x in line for x in ("Như trên", "Thường trực", "Lưu VT")):
            errors.append(f"txt line {n} starts with '- ': {line!r}")
        if len(line) > 80:
            errors.append(f"txt line {n} longer than 80 columns")

    def in_one_para(s: str, pool: list[str]) -> bool:
        return any(norm(s) in p for p in pool)

    # ---- questions -----------------------------------------------------------------------------------
    counts: Counter = Counter()
    lines = ms.QUESTIONS_OUT.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"q{n}: bad JSON {e}")
            continue
        if set(rec) != KEYS:
            errors.append(f"q{n}: keys {sorted(rec)}")
            continue
        if rec["shape"] not in SHAPES or rec["half"] not in ("dev", "heldout"):
            errors.append(f"q{n}: bad shape/half")
        if line != unicodedata.normalize("NFC", line):
            errors.append(f"q{n}: not NFC")
        counts[(rec["shape"], rec["half"])] += 1
        if rec["unanswerable"] != (rec["shape"] == "unanswerable"):
            errors.append(f"q{n}: unanswerable flag")
        if rec["unanswerable"]:
            if rec["gold"] or rec["expect"]:
                errors.append(f"q{n}: unanswerable with gold/expect")
            continue
        if rec["shape"] != "broad" and not rec["gold"]:
            errors.append(f"q{n}: no gold")
        for g in rec["gold"]:
            if not in_one_para(g, all_paras):
                errors.append(f"q{n}: gold not inside one paragraph: {g!r}")
        for e in rec["expect"]:
            if norm(e) not in everything:
                errors.append(f"q{n}: expect not in documents: {e!r}")
            if rec["gold"] and not any(norm(e) in p for p in all_paras if any(norm(g) in p for g in rec["gold"])):
                if rec["shape"] in ("narrow", "meta"):
                    # the fact should sit in the gold paragraph (meta: letterhead may split number/date)
                    warn.append(f"q{n}: expect {e!r} not in the gold paragraph")
        for f in rec["forbid"]:
            if norm(f) in {norm(e) for e in rec["expect"]}:
                errors.append(f"q{n}: forbid equals expect: {f!r}")
        if rec["shape"] == "broad" and not 2 <= len(rec["expect"]) <= 6:
            errors.append(f"q{n}: broad expects {len(rec['expect'])}")
    total = sum(counts.values())
    print(f"questions: {total}")
    for shape in sorted(SHAPES):
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        print(f"  {shape:13s} dev {d:2d}  heldout {h:2d}")
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")
    if not 40 <= total <= 50:
        errors.append(f"{total} questions, want 40-50")

    # ---- gazetteer -----------------------------------------------------------------------------------
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    if len(names) != 13:
        errors.append(f"gazetteer has {len(names)} units")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        if any(a == "Quảng Ninh" for a in u["aliases"]):
            errors.append("alias equals province name")

    # ---- requirements --------------------------------------------------------------------------------
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    nreq = 0
    all_keys: set[str] = set()
    for doc, body in req["documents"].items():
        if doc not in paras:
            errors.append(f"requirements: unknown document {doc}")
            continue
        pool = paras[doc]
        keys = [r["key"] for r in body["requirements"]]
        if len(set(keys)) != len(keys):
            errors.append(f"{doc}: duplicate keys")
        for r in body["requirements"]:
            nreq += 1
            all_keys.add(r["key"])
            hits = [p for p in pool if norm(r["key"]) in p]
            if len(hits) != 1:
                errors.append(f"{doc}: key in {len(hits)} paragraphs: {r['key']!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"{doc}: scope {s!r} not in gazetteer")
        for s in body["not_requirements"]:
            if not in_one_para(s, pool):
                errors.append(f"{doc}: not_requirement absent: {s!r}")
            if any(norm(k) in norm(s) or norm(s) in norm(k) for k in keys):
                errors.append(f"{doc}: not_requirement overlaps a key: {s!r}")
        if len(body["not_requirements"]) < 10:
            errors.append(f"{doc}: fewer than 10 not_requirements")
    print(f"requirements: {nreq} keys")

    # ---- drafts --------------------------------------------------------------------------------------
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    halves = Counter()
    for name, d in exp["drafts"].items():
        path = HERE / "drafts" / name
        if not path.exists():
            errors.append(f"draft missing: {name}")
            continue
        text = path.read_text(encoding="utf-8")
        words = len(text.split())
        halves[d["half"]] += 1
        labels = Counter(d["expected"].values())
        print(f"  {name}: {d['district']}, {d['half']}, {words} words, {dict(labels)}")
        if not 300 <= words <= 900:
            errors.append(f"{name}: {words} words")
        if d["district"] not in names:
            errors.append(f"{name}: district {d['district']!r} not in gazetteer")
        if not 8 <= len(d["expected"]) <= 20:
            errors.append(f"{name}: {len(d['expected'])} labels")
        for k, v in d["expected"].items():
            if v not in ("addressed", "partly", "missing"):
                errors.append(f"{name}: bad label {v}")
            if k not in all_keys:
                errors.append(f"{name}: label key not in catalogue: {k!r}")
            scope = next((r["scope"] for b in req["documents"].values() for r in b["requirements"]
                          if r["key"] == k), [])
            if scope and d["district"] not in scope:
                errors.append(f"{name}: key {k!r} not addressed to {d['district']}")
    print(f"drafts: {dict(halves)}")

    for w in warn:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
