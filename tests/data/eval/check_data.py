"""Sanity checks for the test data: documents open, and every gold/expect/forbid phrase and every expected.json
key occurs verbatim (NFC, case-insensitive, whitespace collapsed) in the corpus.

Run:  .venv/bin/python tests/data/eval/check_data.py
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
REPO = DATA.parents[1]
CORPUS = DATA / "corpus"
SEED_DIR = REPO / "corpus" / "guidance"
errors: list[str] = []


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def docx_paras(p: Path) -> list[str]:
    from docx import Document

    d = Document(p)
    names = {s.name for s in d.styles}
    for style in ("Title", "Heading 1", "Heading 2"):
        if style not in names or not any(par.style.name == style for par in d.paragraphs):
            errors.append(f"{p.name}: style {style} missing or unused")
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return cells + [par.text for par in d.paragraphs if par.text.strip()]


def pdf_paras(p: Path) -> list[str]:
    from pypdf import PdfReader

    r = PdfReader(p)
    if not 3 <= len(r.pages) <= 5:
        errors.append(f"{p.name}: {len(r.pages)} pages")
    # paragraphs are not recoverable exactly from the PDF: treat the whole text as one block
    return ["\n".join(pg.extract_text() for pg in r.pages)]


def text_paras(p: Path) -> list[str]:
    t = p.read_text(encoding="utf-8")
    if p.suffix == ".html":
        t = re.sub(r"</p>|</h1>", "\n\n", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    # blank-line separated blocks; within a block, a line starting with "- ", "+ " or "N. " starts a new paragraph
    out = []
    for block in re.split(r"\n\s*\n", t):
        cur: list[str] = []
        for line in block.splitlines():
            if re.match(r"\s*([-+]|\d+\.|[a-zđ]\)|#+)\s", line) and cur:
                out.append(" ".join(cur))
                cur = []
            cur.append(line)
        if cur:
            out.append(" ".join(cur))
    return out


def load() -> dict[str, list[str]]:
    docs: dict[str, list[str]] = {}
    for p in sorted(SEED_DIR.glob("*.txt")):
        docs["seed:" + p.name] = text_paras(p)
    for p in sorted(CORPUS.rglob("*")):
        if p.suffix == ".docx":
            docs[p.name] = docx_paras(p)
        elif p.suffix == ".pdf":
            docs[p.name] = pdf_paras(p)
        elif p.suffix in (".txt", ".md", ".html"):
            docs[p.name] = text_paras(p)
    for name, paras in docs.items():
        raw = "\n".join(paras)
        if unicodedata.normalize("NFC", raw) != raw:
            errors.append(f"{name}: not NFC")
    return {k: [norm(x) for x in v] for k, v in docs.items()}


def date_variants(s: str) -> list[str]:
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if not m:
        return [s]
    d, mo, y = int(m[1]), int(m[2]), m[3]
    return [
        s,
        f"{d}/{mo}/{y}",
        f"{d:02d}/{mo}/{y}",
        f"{d}/{mo:02d}/{y}",
        f"ngày {d:02d} tháng {mo:02d} năm {y}",
        f"ngày {d} tháng {mo} năm {y}",
        f"ngày {d:02d} tháng {mo} năm {y}",
        f"ngày {d}.{mo}",
    ]


def occurs(phrase: str, docs: dict[str, list[str]]) -> bool:
    variants = [norm(v) for v in date_variants(phrase)]
    return any(v in para for paras in docs.values() for para in paras for v in variants)


def main() -> None:
    docs = load()
    shapes = Counter()
    for f in sorted((DATA / "eval").glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            it = json.loads(line)
            where = f"{f.name}:{n}"
            if set(it) != {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}:
                errors.append(f"{where}: keys {sorted(it)}")
            if it["half"] not in ("dev", "heldout") or it["shape"] not in (
                "narrow",
                "broad",
                "which",
                "meta",
                "unanswerable",
            ):
                errors.append(f"{where}: bad half/shape")
            shapes[(f.stem, it["shape"], it["half"])] += 1
            if it["unanswerable"] != (it["shape"] == "unanswerable"):
                errors.append(f"{where}: unanswerable flag")
            if it["unanswerable"] and (it["gold"] or it["expect"]):
                errors.append(f"{where}: unanswerable with gold/expect")
            if it["shape"] in ("narrow", "meta") and not it["gold"]:
                errors.append(f"{where}: narrow/meta without gold")
            if it["gold"]:
                golds = [norm(g) for g in it["gold"]]
                if not any(all(g in para for g in golds) for paras in docs.values() for para in paras):
                    errors.append(f"{where}: gold not in one paragraph: {it['gold']}")
            for ph in it["expect"] + it["forbid"]:
                if unicodedata.normalize("NFC", ph) != ph:
                    errors.append(f"{where}: not NFC: {ph}")
                if not occurs(ph, docs):
                    errors.append(f"{where}: phrase not found: {ph!r}")
            for ph in it["forbid"]:
                if norm(ph) in [norm(e) for e in it["expect"]]:
                    errors.append(f"{where}: phrase both expected and forbidden: {ph}")

    guidance = {k: v for k, v in docs.items() if not k.endswith(".pdf")}
    exp = json.loads((DATA / "drafts_guidance" / "expected.json").read_text(encoding="utf-8"))
    raw_txt = [
        norm(line)
        for line in (CORPUS / "guidance" / "ke-hoach-ban-tuyen-giao.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    keys_seen: set[str] = set()
    for name, entry in exp["drafts"].items():
        p = DATA / "drafts_guidance" / name
        if not p.exists():
            errors.append(f"draft missing: {name}")
            continue
        words = len(p.read_text(encoding="utf-8").split())
        if not 150 <= words <= 500:
            errors.append(f"{name}: {words} words")
        if entry.get("half") not in ("dev", "heldout"):
            errors.append(f"{name}: half")
        for key, status in entry["expected"].items():
            if status not in ("addressed", "partly", "missing"):
                errors.append(f"{name}: status {status}")
            keys_seen.add(key)
    for key in sorted(keys_seen):
        k = norm(key)
        hits = [(d, i) for d, paras in guidance.items() for i, para in enumerate(paras) if k in para]
        if len(hits) != 1:
            errors.append(f"expected.json key {key!r} occurs in {len(hits)} guidance paragraphs: {hits[:4]}")
        elif (
            hits[0][0].endswith(".txt")
            and not hits[0][0].startswith("seed:")
            and not any(k in line for line in raw_txt)
        ):
            errors.append(f"expected.json key {key!r} spans a hard line break in the txt")

    for (f, shape, half), c in sorted(shapes.items()):
        print(f"{f:7s} {shape:13s} {half:8s} {c}")
    print(f"{sum(shapes.values())} questions; {len(exp['drafts'])} drafts; {len(keys_seen)} requirement keys")
    if errors:
        print("\n".join(["ERRORS:"] + errors))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
