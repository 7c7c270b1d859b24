"""Checks the Thái Bình set against the files on disk.

    /work/main/.venv/bin/python tests/data/elsewhere/thai_binh/check_set.py

Reads the documents as a user's tools would (HTML text outside script/style, .docx paragraphs and table
cells, PDF text extracted with pypdf) and verifies that every gold / expect / key / not_requirement
string is present (NFC, whitespace collapsed, casefolded), that gold strings and requirement keys sit
inside ONE block (paragraph, cell, list item), that labels refer to catalogue keys applicable to the
draft's district, that the JSON files parse, and reports counts. forbid strings may be present; they are
only counted. Exit status 1 on any error.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx import Document  # noqa: E402
from pypdf import PdfReader  # noqa: E402

CORPUS = HERE / "corpus"
errors: list[str] = []
warnings: list[str] = []


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "div", "figcaption", "title", "nav", "ul", "section",
              "header", "footer", "article", "figure", "aside", "main", "form", "br"}


class HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.blocks: list[str] = []
        self.cur: list[str] = []

    def flush(self) -> None:
        t = "".join(self.cur).strip()
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_blocks(path: Path) -> list[str]:
    p = HTMLText()
    p.feed(path.read_text(encoding="utf-8"))
    p.flush()
    return p.blocks


def docx_blocks(path: Path) -> list[str]:
    d = Document(str(path))
    out = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        seen: list = []  # keep the elements alive: merged cells repeat the same <w:tc>
        for row in t.rows:
            for c in row.cells:
                if not any(c._tc is e for e in seen):
                    seen.append(c._tc)
                    out.append(c.text)
    return out


def pdf_blocks(path: Path) -> tuple[list[str], str]:
    """Blocks as written by make_set.py (to locate paragraphs) and the text pypdf extracts."""
    import make_set

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return make_set.report_blocks(), text


def main() -> int:
    import set_data as sd

    docs: dict[str, list[str]] = {}
    docs[sd.HTML_KEY] = html_blocks(CORPUS / sd.HTML_KEY)
    docs[sd.DOCX_KEY] = docx_blocks(CORPUS / sd.DOCX_KEY)
    pdf_src, pdf_text = pdf_blocks(CORPUS / sd.PDF_KEY)
    docs[sd.PDF_KEY] = pdf_src
    pdf_norm = norm(pdf_text)
    nblocks = {name: [norm(b) for b in blocks] for name, blocks in docs.items()}

    def where(s: str) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(name, i) for name, bl in nblocks.items() for i, b in enumerate(bl) if ns in b]

    def in_pdf_extraction(s: str, ctx: str) -> None:
        hits = where(s)
        if any(n == sd.PDF_KEY for n, _ in hits) and norm(s) not in pdf_norm:
            warnings.append(f"{ctx}: {s!r} is in the PDF source but not in pypdf's extracted text")

    # ---- files & JSON
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            json.loads((HERE / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: invalid JSON: {e}")
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    if len(names) != 8:
        errors.append(f"gazetteer: {len(names)} units, expected 8")
    for u in gaz["units"]:
        for a in u["aliases"]:
            if norm(a) == norm("Thái Bình"):
                errors.append("gazetteer: bare province name used as alias")

    # ---- questions
    qs = []
    for n, line in enumerate((HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            qs.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            errors.append(f"questions.jsonl:{n}: invalid JSON: {e}")
    shapes = Counter((q["shape"], q["half"]) for q in qs)
    forbid_present = 0
    for n, q in enumerate(qs, 1):
        ctx = f"q{n} ({q['shape']})"
        if q["shape"] not in ("narrow", "broad", "which", "meta", "unanswerable"):
            errors.append(f"{ctx}: bad shape")
        if q["half"] not in ("dev", "heldout"):
            errors.append(f"{ctx}: bad half")
        if q["unanswerable"] != (q["shape"] == "unanswerable"):
            errors.append(f"{ctx}: unanswerable flag does not match shape")
        if q["unanswerable"]:
            if q["gold"] or q["expect"]:
                errors.append(f"{ctx}: unanswerable with gold/expect")
            continue
        if not q["gold"] or not q["expect"]:
            errors.append(f"{ctx}: answerable question without gold/expect")
        gold_docs = set()
        for g in q["gold"]:
            hits = where(g)
            if not hits:
                errors.append(f"{ctx}: gold not found in one block: {g!r}")
            gold_docs |= {h[0] for h in hits}
            in_pdf_extraction(g, ctx)
        for e in q["expect"]:
            hits = where(e)
            if not hits:
                errors.append(f"{ctx}: expect not found: {e!r}")
            in_pdf_extraction(e, ctx)
        for fb in q["forbid"]:
            if where(fb):
                forbid_present += 1

    # ---- requirements
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    catalogue: dict[str, dict] = {}
    for docname, d in req["documents"].items():
        if docname not in nblocks:
            errors.append(f"requirements: unknown document {docname}")
            continue
        for r in d["requirements"]:
            hits = [i for i, b in enumerate(nblocks[docname]) if norm(r["key"]) in b]
            if not hits:
                errors.append(f"requirements[{docname}]: key not in one block: {r['key']!r}")
            elif len(hits) > 1:
                warnings.append(f"requirements[{docname}]: key in {len(hits)} blocks: {r['key']!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"requirements: scope {s!r} not in gazetteer")
            if r["key"] in catalogue:
                errors.append(f"requirements: duplicate key {r['key']!r}")
            catalogue[r["key"]] = r
        for s in d["not_requirements"]:
            if not any(norm(s) in b for b in nblocks[docname]):
                errors.append(f"not_requirements[{docname}]: not found: {s!r}")
        if len(d["not_requirements"]) < 10:
            warnings.append(f"{docname}: only {len(d['not_requirements'])} not_requirements")
        keyset = [norm(r["key"]) for r in d["requirements"]]
        for s in d["not_requirements"]:
            for kk in keyset:
                if norm(s) in kk or kk in norm(s):
                    errors.append(f"{docname}: not_requirement overlaps a key: {s!r}")

    # ---- drafts
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    label_counts = Counter()
    for name, d in exp["drafts"].items():
        path = HERE / "drafts" / name
        if not path.exists():
            errors.append(f"expected.json: missing draft file {name}")
            continue
        words = len(path.read_text(encoding="utf-8").split())
        if not 300 <= words <= 900:
            errors.append(f"{name}: {words} words (want 300-900)")
        if d["district"] not in names:
            errors.append(f"{name}: district {d['district']!r} not in gazetteer")
        if not 8 <= len(d["expected"]) <= 20:
            errors.append(f"{name}: {len(d['expected'])} labels (want 8-20)")
        for key, lab in d["expected"].items():
            label_counts[lab] += 1
            if lab not in ("addressed", "partly", "missing"):
                errors.append(f"{name}: bad label {lab!r}")
            r = catalogue.get(key)
            if r is None:
                errors.append(f"{name}: label key is not a catalogue key: {key!r}")
            elif r["scope"] and d["district"] not in r["scope"]:
                errors.append(f"{name}: key scoped to {r['scope']} labelled for {d['district']}: {key!r}")
        print(f"  draft {name}: {d['district']}, {d['half']}, {words} words, {len(d['expected'])} labels")

    # ---- document sizes
    html_article = " ".join(b for b in docs[sd.HTML_KEY] if len(b.split()) > 25)
    print(f"  html article ~{len(html_article.split())} words (blocks > 25 words); "
          f"docx {sum(len(b.split()) for b in docs[sd.DOCX_KEY])} words; "
          f"pdf {len(pdf_text.split())} words, {len(PdfReader(str(CORPUS / sd.PDF_KEY)).pages)} pages")
    print("  questions:", len(qs), dict(sorted(Counter(q["shape"] for q in qs).items())))
    print("  halves:", dict(sorted(shapes.items())))
    print(f"  forbid phrases present in the documents: {forbid_present}")
    print(f"  requirements: {sum(len(d['requirements']) for d in req['documents'].values())} keys, "
          f"{sum(len(d['not_requirements']) for d in req['documents'].values())} not_requirements")
    print("  draft labels:", dict(label_counts))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
