"""Checks the Thanh Hóa test set: JSON validity; every gold / expect / key / not_requirement / label string present
verbatim (after NFC, whitespace folding and casefolding) in the text of the right document; golds inside ONE
paragraph; keys in exactly one paragraph of their document and no key inside another; scopes in the gazetteer;
PDF text extractable; halves balanced per shape and for drafts; word counts; traps in place.

    /work/main/.venv/bin/python tests/data/elsewhere/thanh_hoa/check_set.py
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
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE))
import make_set as ms  # noqa: E402

SHAPES = set(ms.SHAPES)
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "td", "title", "header", "footer", "nav", "aside", "br", "tr",
         "figcaption", "figure", "section", "ol", "ul"}


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
    if path.suffix == ".pdf":
        return ms.report_paragraphs()
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        h = _Html()
        h.feed(raw)
        h.flush()
        return h.blocks
    return [x for x in re.split(r"\n\s*\n", raw) if x.strip()]


def main() -> int:
    errors: list[str] = []
    warn: list[str] = []
    docs = {str(p.relative_to(CORPUS)): paragraphs(p) for p in sorted(CORPUS.rglob("*")) if p.is_file()}
    expected_docs = {ms.A, ms.B, ms.C, ms.DD, ms.T.DOC_E_NAME}
    if set(docs) != expected_docs:
        errors.append(f"corpus files {sorted(docs)}")
    for name, paras in docs.items():
        for t in paras:
            if t != unicodedata.normalize("NFC", t):
                errors.append(f"{name}: not NFC: {t[:50]!r}")
        print(f"{name}: {len(' '.join(paras).split())} words, {len(paras)} blocks")
    npar = {n: [norm(x) for x in p] for n, p in docs.items()}
    full = {n: " \n ".join(p) for n, p in npar.items()}

    # PDF: text must be extractable and carry every paragraph of the report
    pdf_path = CORPUS / ms.T.DOC_E_NAME
    reader = PdfReader(pdf_path)
    pdf_text = norm(" ".join((pg.extract_text() or "") for pg in reader.pages))
    print(f"pdf: {len(reader.pages)} pages, {len(pdf_text.split())} extracted words")
    # a paragraph that runs over a page break has the page number and running header inside it: strip them
    furniture = re.compile(r" \d+ " + re.escape(norm(ms.T.E_RUNNING)) + " ")
    pdf_clean = furniture.sub(" ", pdf_text)
    for p in npar[ms.T.DOC_E_NAME]:
        if p not in pdf_clean:
            errors.append(f"pdf extraction lacks paragraph {p[:60]!r}")
        elif p not in pdf_text:
            warn.append(f"pdf paragraph runs over a page break: {p[:60]!r}")

    # gazetteer
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    if len(gaz["units"]) != 27 or len(names) != 27:
        errors.append(f"gazetteer has {len(gaz['units'])} units")
    kinds = Counter(u["kind"] for u in gaz["units"])
    if kinds != Counter({"thành phố": 2, "thị xã": 2, "huyện": 23}):
        errors.append(f"gazetteer kinds {kinds}")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        if any(norm(a) == "thanh hóa" for a in u["aliases"]):
            errors.append("alias equals the province name")

    # questions
    counts: Counter = Counter()
    lines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    all_paras = [(d, p) for d, ps in npar.items() for p in ps]
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"q{n}: bad JSON {e}")
            continue
        if set(r) != KEYS:
            errors.append(f"q{n}: keys {sorted(r)}")
            continue
        if r["shape"] not in SHAPES or r["half"] not in ("dev", "heldout"):
            errors.append(f"q{n}: bad shape/half {r['shape']}/{r['half']}")
        if line != unicodedata.normalize("NFC", line):
            errors.append(f"q{n}: not NFC")
        counts[(r["shape"], r["half"])] += 1
        if r["unanswerable"] != (r["shape"] == "unanswerable"):
            errors.append(f"q{n}: unanswerable flag")
        if r["unanswerable"]:
            if r["gold"] or r["expect"]:
                errors.append(f"q{n}: unanswerable with gold/expect")
        elif not (r["gold"] and r["expect"]):
            errors.append(f"q{n}: answerable without gold/expect")
        gold_docs = set()
        for g in r["gold"]:
            hits = {d for d, p in all_paras if norm(g) in p}
            if not hits:
                errors.append(f"q{n}: gold not inside one paragraph: {g!r}")
            if ms.T.DOC_E_NAME in hits and norm(g) not in pdf_text:
                errors.append(f"q{n}: gold not in the PDF's extracted text: {g!r}")
            gold_docs |= hits
        for e in r["expect"]:
            if not any(norm(e) in f for f in full.values()):
                errors.append(f"q{n}: expect not in corpus: {e!r}")
            elif gold_docs and not any(norm(e) in full[d] for d in gold_docs):
                errors.append(f"q{n}: expect {e!r} outside the gold document(s)")
        if r["shape"] in ("narrow", "when", "who", "meta"):
            gp = [p for d, p in all_paras if any(norm(g) in p for g in r["gold"])]
            for e in r["expect"]:
                if not any(norm(e) in p for p in gp):
                    warn.append(f"q{n}: expect {e!r} not in a gold paragraph")
        for f in r["forbid"]:
            for e in r["expect"]:
                if norm(e) in norm(f) or norm(f) in norm(e):
                    errors.append(f"q{n}: forbid {f!r} overlaps expect {e!r}")
            if not any(norm(f) in t for t in full.values()):
                warn.append(f"q{n}: forbid {f!r} does not occur in the corpus")
        if r["shape"] == "broad" and not 2 <= len(r["expect"]) <= 6:
            errors.append(f"q{n}: broad with {len(r['expect'])} expects")
    total = sum(counts.values())
    print(f"questions: {total}")
    for shape in ms.SHAPES:
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        print(f"  {shape:13s} dev {d:2d}  heldout {h:2d}")
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")
    if total < 50:
        errors.append(f"only {total} questions")
    english = sum(1 for ln in lines if not re.search(r"[à-ỹđ]", json.loads(ln)["question"].casefold()))
    print(f"  questions without any Vietnamese letter (English or no diacritics): {english}")

    # requirements
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    all_keys: dict[str, str] = {}
    nreq = nnot = 0
    for doc, spec in req["documents"].items():
        if doc not in npar:
            errors.append(f"requirements: unknown document {doc}")
            continue
        if doc.startswith("reports/"):
            errors.append(f"requirements: a report is not guidance: {doc}")
        if len(spec["not_requirements"]) < 10:
            errors.append(f"{doc}: fewer than 10 not_requirements")
        keys = [r["key"] for r in spec["requirements"]]
        if len(set(keys)) != len(keys):
            errors.append(f"{doc}: duplicate keys")
        for r in spec["requirements"]:
            nreq += 1
            k = r["key"]
            all_keys[k] = doc
            hits = [p for p in npar[doc] if norm(k) in p]
            if len(hits) != 1 or full[doc].count(norm(k)) != 1:
                errors.append(f"{doc}: key in {len(hits)} paragraphs / {full[doc].count(norm(k))}x: {k!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"{doc}: scope {s!r} not in gazetteer")
        for s in spec["not_requirements"]:
            nnot += 1
            if not any(norm(s) in p for p in npar[doc]):
                errors.append(f"{doc}: not_requirement absent: {s!r}")
            for k in keys:
                if norm(k) in norm(s) or norm(s) in norm(k):
                    errors.append(f"{doc}: not_requirement overlaps key {k!r}")
    for k1 in all_keys:
        for k2 in all_keys:
            if k1 != k2 and norm(k1) in norm(k2):
                errors.append(f"key {k1!r} lies inside key {k2!r}")
    print(f"requirements: {nreq} keys, {nnot} not_requirements")

    # drafts
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    halves: Counter = Counter()
    scope_of = {r["key"]: r["scope"] for b in req["documents"].values() for r in b["requirements"]}
    for fn, spec in exp["drafts"].items():
        path = HERE / "drafts" / fn
        if not path.exists():
            errors.append(f"draft missing: {fn}")
            continue
        w = len(path.read_text(encoding="utf-8").split())
        halves[spec["half"]] += 1
        labels = Counter(spec["expected"].values())
        print(f"  drafts/{fn}: {spec['district']}, {spec['half']}, {w} words, {dict(labels)}")
        if not 300 <= w <= 900:
            errors.append(f"{fn}: {w} words")
        if not 8 <= len(spec["expected"]) <= 20:
            errors.append(f"{fn}: {len(spec['expected'])} labels")
        if spec["district"] not in names:
            errors.append(f"{fn}: district {spec['district']!r} not in gazetteer")
        for k, v in spec["expected"].items():
            if v not in ("addressed", "partly", "missing"):
                errors.append(f"{fn}: bad label {v}")
            if k not in scope_of:
                errors.append(f"{fn}: label key not a requirement key: {k!r}")
                continue
            if scope_of[k] and spec["district"] not in scope_of[k]:
                errors.append(f"{fn}: key {k!r} not addressed to {spec['district']}")
            doc = all_keys[k]
            if spec["district"] not in " ".join(docs[doc]) and spec["district"].replace("TX ", "") not in \
                    " ".join(docs[doc]):
                errors.append(f"{fn}: {k!r} comes from a document that does not deal with {spec['district']}")
    extra = sorted(p.name for p in (HERE / "drafts").glob("*.txt") if p.name not in exp["drafts"])
    if extra:
        errors.append(f"unlabelled drafts: {extra}")
    if abs(halves["dev"] - halves["heldout"]) > 1:
        errors.append(f"draft halves unbalanced {dict(halves)}")
    print(f"drafts: {dict(halves)}; labels {Counter(v for s in exp['drafts'].values() for v in s['expected'].values())}")

    # traps
    b = full[ms.B]
    if b.count("hậu lộc") != 2:  # attendee line + a related-news title, never a comment
        errors.append(f"Hậu Lộc occurs {b.count('hậu lộc')}x in the Báo Thanh Hóa page")
    if "thọ xuân" in full[ms.A] + full[ms.C] + full[ms.DD]:
        errors.append("Thọ Xuân named in a guidance document other than the page's furniture")
    for absent in ("quỳnh lưu", "phông chữ", "kinh phí tổ chức đại hội đảng bộ huyện được"):
        if any(absent in t for t in full.values()):
            errors.append(f"trap phrase present: {absent}")
    if "lang chánh, ngọc lặc" not in full[ms.A] or "vĩnh lộc" not in full[ms.C]:
        errors.append("passing mentions of neighbouring districts missing")
    for n, t in full.items():
        if "tĩnh gia" in t:
            errors.append(f"{n}: Tĩnh Gia named (the set only uses Nghi Sơn in passing)")

    for w_ in warn:
        print("WARN", w_)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
