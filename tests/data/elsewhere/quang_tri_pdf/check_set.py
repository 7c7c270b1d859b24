"""Checks the Quảng Trị (PDF) set as it lies on disk.

    /work/main/.venv/bin/python -B /work/newsets/quang_tri_pdf/check_set.py

It reads the corpus files themselves:
  - .pdf with pypdf when importable (text per page); the paragraph boundaries of the PDF come from the
    source blocks in texts_docs.py, and every gold / key is also looked up in the extracted text;
    without pypdf the source blocks alone are used (and a warning is printed);
  - .docx as paragraphs plus table cells (python-docx);
  - .html as text blocks (p, li, h1-h3, figcaption, div, title), script and style skipped;
  - .txt one line per block.
Text is compared after NFC and whitespace collapsing. Exit code 1 on any error.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SHAPES = {"narrow", "broad", "which", "when", "who", "meta", "unanswerable"}
ONE_BLOCK_SHAPES = {"narrow", "when", "who", "meta"}  # broad / which may gather several paragraphs
LABELS = {"addressed", "partly", "missing"}

errors: list[str] = []
notes: list[str] = []


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def err(msg: str) -> None:
    errors.append(msg)


# ------------------------------------------------------------------ readers
HTML_BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "figcaption", "div", "title", "td", "th", "br",
                             "footer", "header", "section", "ol", "ul", "nav", "figure", "article", "aside"})


class _HTMLBlocks(HTMLParser):

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        t = norm("".join(self.cur))
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in HTML_BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag) -> None:
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in HTML_BLOCK_TAGS:
            self._flush()

    def handle_data(self, data) -> None:
        if not self.skip:
            self.cur.append(data)


def read_html(path: Path) -> list[str]:
    p = _HTMLBlocks()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    p._flush()
    return p.blocks


def read_docx(path: Path) -> tuple[list[str], str]:
    from docx import Document

    d = Document(str(path))
    blocks = [norm(p.text) for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                if cell.text.strip():
                    blocks.append(norm(cell.text))
    return blocks, d.core_properties.title or ""


def read_txt(path: Path) -> list[str]:
    return [norm(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def read_pdf(path: Path) -> tuple[list[str], str | None, int]:
    """(source blocks, extracted full text or None, page count or 0)."""
    sys.path.insert(0, str(HERE))
    td = importlib.import_module("texts_docs")

    blocks = [norm(x) for x in td.HD_LEFT + td.HD_RIGHT if x.strip()]
    for _kind, text in td.HUONGDAN:
        if _kind in ("nr", "sig"):
            blocks.extend(norm(x) for x in text.split("\n"))
        else:
            blocks.append(norm(text))
    try:
        from pypdf import PdfReader
    except ImportError:
        notes.append("pypdf not importable: the PDF is checked against its source strings only")
        return blocks, None, 0
    reader = PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    return blocks, norm("\n".join(pages)), len(pages)


# ------------------------------------------------------------------ main
def main() -> int:
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    questions = [json.loads(x) for x in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if x.strip()]
    unit_names = {u["name"] for u in gaz["units"]}
    if len(unit_names) != 10:
        err(f"gazetteer has {len(unit_names)} units, expected 10")

    # ---- corpus
    blocks: dict[str, list[str]] = {}
    fulltext: dict[str, str] = {}
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    if len(files) != 5:
        err(f"corpus has {len(files)} files, expected 5")
    for p in files:
        rel = p.relative_to(CORPUS).as_posix()
        if p.suffix == ".pdf":
            b, extracted, npages = read_pdf(p)
            blocks[rel] = b
            if extracted is not None:
                fulltext[rel] = extracted
                if npages < 3:
                    err(f"{rel}: {npages} pages, expected 3+")
                if "Tuyên giáo" not in extracted or "Cồn Cỏ" not in extracted:
                    err(f"{rel}: Vietnamese text not extractable")
                if f"Trang 2/{npages}" not in extracted:
                    err(f"{rel}: page footer 'Trang 2/{npages}' not found")
                straddle = [x[:60] for x in b if x not in extracted]
                notes.append(f"{rel}: {npages} pages; {len(straddle)} source paragraph(s) not contiguous "
                             "in the "
                             f"extracted text (page break / running header inside): {straddle}")
            else:
                fulltext[rel] = " ".join(b)
        elif p.suffix == ".docx":
            b, title = read_docx(p)
            blocks[rel] = b
            fulltext[rel] = " ".join(b)
            if title != "Thông báo kết luận 318-TB/TU":
                err(f"{rel}: core title is {title!r}")
        elif p.suffix == ".html":
            blocks[rel] = read_html(p)
            fulltext[rel] = " ".join(blocks[rel])
        elif p.suffix == ".txt":
            blocks[rel] = read_txt(p)
            fulltext[rel] = " ".join(blocks[rel])
        else:
            err(f"unexpected corpus file {rel}")
    all_text = " ".join(fulltext.values())

    def where(s: str) -> list[tuple[str, int]]:
        s = norm(s)
        return [(d, i) for d, bl in blocks.items() for i, b in enumerate(bl) if s in b]

    def in_extracted(s: str, doc: str) -> bool:
        return norm(s) in fulltext[doc]

    # ---- questions
    shape_half: Counter = Counter()
    unans_half: Counter = Counter()
    for n, q in enumerate(questions, 1):
        tag = f"q{n} ({q.get('question', '')[:50]}…)"
        for f in ("question", "shape", "half", "gold", "expect", "forbid", "unanswerable"):
            if f not in q:
                err(f"{tag}: missing field {f}")
        if q["shape"] not in SHAPES:
            err(f"{tag}: shape {q['shape']}")
        if q["half"] not in ("dev", "heldout"):
            err(f"{tag}: half {q['half']}")
        shape_half[(q["shape"], q["half"])] += 1
        if q["unanswerable"]:
            unans_half[q["half"]] += 1
            if q["gold"] or q["expect"]:
                err(f"{tag}: unanswerable with gold/expect")
            if not q["forbid"]:
                err(f"{tag}: unanswerable without forbid")
        elif not q["gold"] or not q["expect"]:
            err(f"{tag}: answerable without gold/expect")
        hits_per_gold = []
        for g in q["gold"]:
            w = where(g)
            if not w:
                err(f"{tag}: gold not in any corpus block: {g!r}")
            for d, _i in w:
                if not in_extracted(g, d):
                    err(f"{tag}: gold not in the extracted text of {d}: {g!r}")
            hits_per_gold.append(set(w))
        one_block = q["shape"] in ONE_BLOCK_SHAPES
        if q["gold"] and one_block and hits_per_gold and not set.intersection(*hits_per_gold):
            err(f"{tag}: gold strings are not in one paragraph")
        for e in q["expect"]:
            if norm(e) not in all_text:
                err(f"{tag}: expect not in corpus: {e!r}")
        for f in q["forbid"]:
            if norm(f) not in all_text:
                err(f"{tag}: forbid not in corpus (a wrong answer could not quote it): {f!r}")
    for shape in sorted({s for s, _h in shape_half}):
        dev, held = shape_half[(shape, "dev")], shape_half[(shape, "heldout")]
        if abs(dev - held) > 1:
            err(f"shape {shape}: dev {dev} vs heldout {held}")
    tot = Counter(q["half"] for q in questions)
    if abs(tot["dev"] - tot["heldout"]) > 1:
        err(f"halves unbalanced: {dict(tot)}")
    if abs(unans_half["dev"] - unans_half["heldout"]) > 1:
        err(f"unanswerable unbalanced: {dict(unans_half)}")

    # ---- requirements
    all_keys: dict[str, list[str]] = {}
    for doc, entry in req["documents"].items():
        if doc not in blocks:
            err(f"requirements.json: unknown document {doc}")
            continue
        for r in entry["requirements"]:
            k = r["key"]
            n_blocks = sum(1 for b in blocks[doc] if norm(k) in b)
            if n_blocks != 1:
                err(f"key in {n_blocks} blocks of {doc}: {k!r}")
            if not in_extracted(k, doc):
                err(f"key not in extracted text of {doc}: {k!r}")
            for u in r["scope"]:
                if u not in unit_names:
                    err(f"scope name not in gazetteer: {u!r}")
            all_keys[k] = r["scope"]
        for k in entry["not_requirements"]:
            if not any(norm(k) in b for b in blocks[doc]):
                err(f"not_requirement not in {doc}: {k!r}")

    # ---- drafts
    lab_count: Counter = Counter()
    for fname, d in exp["drafts"].items():
        path = HERE / "drafts" / fname
        if not path.exists():
            err(f"draft missing: {fname}")
            continue
        words = len(path.read_text(encoding="utf-8").split())
        if not 600 <= words <= 1200:
            err(f"{fname}: {words} words, expected 600-1200")
        if d["district"] not in unit_names:
            err(f"{fname}: district {d['district']!r} not in gazetteer")
        for k, v in d["expected"].items():
            if k not in all_keys:
                err(f"{fname}: label key not in requirements.json: {k!r}")
            elif all_keys[k] and d["district"] not in all_keys[k]:
                err(f"{fname}: requirement not addressed to {d['district']}: {k!r}")
            if v not in LABELS:
                err(f"{fname}: label {v!r}")
            lab_count[v] += 1
        notes.append(f"{fname}: {words} words, {len(d['expected'])} labels")

    # ---- report
    print(f"questions: {len(questions)}  halves: {dict(tot)}  unanswerable per half: {dict(unans_half)}")
    for shape in ("narrow", "broad", "which", "when", "who", "meta", "unanswerable"):
        dev, held = shape_half[(shape, "dev")], shape_half[(shape, "heldout")]
        if dev or held:
            print(f"  {shape:8s} dev {dev:2d}  heldout {held:2d}")
    n_req = sum(len(e["requirements"]) for e in req["documents"].values())
    n_not = sum(len(e["not_requirements"]) for e in req["documents"].values())
    print(f"requirements: {n_req} keys, {n_not} not_requirements; draft labels: {dict(lab_count)}")
    for m in notes:
        print("note:", m)
    for m in errors:
        print("ERROR:", m)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
