"""Checks the web_pages test set: JSON validity, every gold/expect/key/not_requirement substring present
verbatim (after NFC, whitespace collapsing and casefolding) in the document texts, gold inside ONE block
(paragraph) of a document, draft labels consistent with the catalogue, counts by shape and half.

    /work/main/.venv/bin/python tests/data/elsewhere/web_pages/check_set.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "div", "ul", "ol", "section",
         "article", "aside", "footer", "header", "nav", "td", "tr", "table", "form", "marquee", "figure",
         "title", "option", "select", "body", "html", "head", "button", "textarea"}
errors: list[str] = []
warnings: list[str] = []


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def html_blocks(path: Path) -> list[str]:
    """Each block element's own text: the strings whose nearest block ancestor is that element."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for t in soup(["script", "style"]):
        t.decompose()
    own: dict[int, list[str]] = {}
    order: list[int] = []
    for s in soup.find_all(string=True):
        if not s.strip():
            continue
        anc = next((a for a in s.parents if a.name in BLOCK), None)
        if anc is None:
            continue
        if id(anc) not in own:
            own[id(anc)] = []
            order.append(id(anc))
        own[id(anc)].append(str(s))
    return [" ".join(own[i]) for i in order]


def txt_blocks(path: Path) -> list[str]:
    return [b for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]


def load_docs() -> dict[str, list[str]]:
    docs = {}
    for p in sorted(CORPUS.rglob("*")):
        if p.suffix == ".html":
            docs[str(p.relative_to(CORPUS))] = [norm(b) for b in html_blocks(p)]
        elif p.suffix in (".txt", ".md"):
            docs[str(p.relative_to(CORPUS))] = [norm(b) for b in txt_blocks(p)]
    return docs


def words(blocks: list[str]) -> int:
    return sum(len(b.split()) for b in blocks)


def main() -> int:
    docs = load_docs()
    full = {k: " \n ".join(v) for k, v in docs.items()}
    for k, v in docs.items():
        print(f"doc {k}: {len(v)} blocks, ~{words(v)} words (incl. furniture)")

    # ---- gazetteer
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = [u["name"] for u in gaz["units"]]
    if len(names) != 24 or len(set(names)) != 24:
        errors.append(f"gazetteer: expected 24 unique units, got {len(names)}")
    for u in gaz["units"]:
        if u["kind"] not in ("huyện", "thành phố", "thị xã") or not u["aliases"]:
            errors.append(f"gazetteer: bad unit {u}")
        for a in u["aliases"]:
            if a != unicodedata.normalize("NFC", a):
                errors.append(f"gazetteer alias not NFC: {a}")
            if norm(a) in ("nam định", "ninh bình", "hà nam"):
                errors.append(f"gazetteer alias equals a province name: {a}")

    # ---- questions
    qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
    if not 40 <= len(qs) <= 50:
        errors.append(f"questions: {len(qs)} not in 40..50")
    count = Counter((q["shape"], q["half"]) for q in qs)
    for q in qs:
        tag = q["question"][:60]
        if set(q) != {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}:
            errors.append(f"q fields: {tag}")
        if q["unanswerable"] != (q["shape"] == "unanswerable"):
            errors.append(f"q unanswerable flag: {tag}")
        if q["unanswerable"]:
            if q["gold"] or q["expect"]:
                errors.append(f"unanswerable with gold/expect: {tag}")
            continue
        if not q["gold"] or not q["expect"]:
            errors.append(f"answerable without gold/expect: {tag}")
        gold_docs = set()
        for g in q["gold"]:
            hits = [(d, i) for d, bl in docs.items() for i, b in enumerate(bl) if norm(g) in b]
            if not hits:
                errors.append(f"gold not inside one block: {g!r} ({tag})")
            gold_docs |= {d for d, _ in hits}
            if len(g) < 12 and g != "Phạm Đức Thịnh":
                warnings.append(f"short gold {g!r}")
        for x in q["expect"]:
            where = [d for d in gold_docs if norm(x) in full[d]]
            if not where:
                errors.append(f"expect not in the gold document: {x!r} ({tag})")
        gold_blocks = [b for bl in docs.values() for b in bl if any(norm(g) in b for g in q["gold"])]
        for x in q["forbid"]:
            if any(norm(x) in b for b in gold_blocks):
                errors.append(f"forbid phrase inside the gold paragraph itself: {x!r} ({tag})")
            where = [d for d in full if norm(x) in full[d]]
            if where and any(norm(x) in full[d] for d in gold_docs):
                warnings.append(f"forbid phrase occurs in the gold doc (ok if not a requirement): {x!r} ({tag})")

    # ---- requirements
    reqs = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    all_keys: dict[str, list[str]] = {}
    for doc, entry in reqs["documents"].items():
        if doc not in docs:
            errors.append(f"requirements: unknown document {doc}")
            continue
        for r in entry["requirements"]:
            k = norm(r["key"])
            n = full[doc].count(k)
            if n == 0:
                errors.append(f"req key missing in {doc}: {r['key']!r}")
            elif n > 1:
                warnings.append(f"req key occurs {n}x in {doc}: {r['key']!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"scope not in gazetteer: {s}")
            all_keys[r["key"]] = r["scope"]
        nr = entry["not_requirements"]
        if len(nr) < 10:
            warnings.append(f"{doc}: only {len(nr)} not_requirements")
        for x in nr:
            if norm(x) not in full[doc]:
                errors.append(f"not_requirement missing in {doc}: {x!r}")
            for r in entry["requirements"]:
                if norm(x) in norm(r["key"]) or norm(r["key"]) in norm(x):
                    errors.append(f"not_requirement overlaps key: {x!r} / {r['key']!r}")

    # ---- drafts
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    dcount = Counter()
    for name, d in exp["drafts"].items():
        p = HERE / "drafts" / name
        if not p.exists():
            errors.append(f"draft file missing: {name}")
            continue
        nw = len(p.read_text(encoding="utf-8").split())
        if not 300 <= nw <= 900:
            errors.append(f"draft {name}: {nw} words")
        if d["district"] not in names:
            errors.append(f"draft {name}: district {d['district']} not in gazetteer")
        if not 8 <= len(d["expected"]) <= 20:
            errors.append(f"draft {name}: {len(d['expected'])} labels")
        for k, v in d["expected"].items():
            if v not in ("addressed", "partly", "missing"):
                errors.append(f"draft {name}: bad label {v}")
            if k not in all_keys:
                errors.append(f"draft {name}: key not in catalogue: {k!r}")
            elif all_keys[k] and d["district"] not in all_keys[k]:
                errors.append(f"draft {name}: key scoped to {all_keys[k]} used for {d['district']}")
        dcount[d["half"]] += 1
        print(f"draft {name}: {d['district']}, {d['half']}, {nw} words, "
              f"{dict(Counter(d['expected'].values()))}")

    print("questions by shape/half:")
    for shape in ("narrow", "broad", "which", "meta", "unanswerable"):
        print(f"  {shape:13s} dev={count[(shape, 'dev')]:2d} heldout={count[(shape, 'heldout')]:2d}")
    print(f"drafts by half: {dict(dcount)}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
