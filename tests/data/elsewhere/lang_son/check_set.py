"""Checks the Lạng Sơn set against the files on disk.

    /work/main/.venv/bin/python /work/newsets/lang_son/check_set.py

Reads the documents as a user's tools would: .docx paragraphs and table cells (python-docx), the .txt file line by
line (Word's plain-text export puts one paragraph on one line), the PDFs' text as extracted by pypdf. Verifies that
every gold / expect / key / not_requirement string is present (NFC, whitespace collapsed, casefolded); that gold
strings and requirement keys sit inside ONE block (paragraph, table cell, line; for the PDFs the blocks make_set.py
wrote, and the string must also be in pypdf's extracted text); that each key occurs once in its document; that the
JSON files parse; that scopes and draft districts are gazetteer names and labels refer to catalogue keys applicable
to the draft's district; halves balanced; sizes; the traps in place. Exit status 1 on any error.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import json  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

from docx import Document  # noqa: E402
from pypdf import PdfReader  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_set as ms  # noqa: E402
import set_data as sd  # noqa: E402

KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_blocks(path: Path) -> list[str]:
    d = Document(str(path))
    out = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        seen: list = []  # merged cells repeat the same <w:tc>
        for row in t.rows:
            for c in row.cells:
                if not any(c._tc is e for e in seen):
                    seen.append(c._tc)
                    if c.text.strip():
                        out.append(c.text)
    return out


def txt_blocks(path: Path) -> list[str]:
    return [ln for ln in path.read_bytes().decode("utf-8").splitlines() if ln.strip()]


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    return "\n".join(pg.extract_text() or "" for pg in reader.pages), len(reader.pages)


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []

    # ---- documents ---------------------------------------------------------------------------------------
    raw = {
        sd.G: docx_blocks(ms.GUIDE),
        sd.N: txt_blocks(ms.NOTICE),
        sd.A: ms.amend_blocks(),
        sd.R: ms.report_blocks(),
    }
    a_text, a_pages = pdf_text(ms.AMEND)
    r_text, r_pages = pdf_text(ms.REPORT)
    extracted = {sd.A: norm(a_text), sd.R: norm(r_text)}
    blocks = {d: [norm(b) for b in bl] for d, bl in raw.items()}
    full = {d: " \n ".join(bl) for d, bl in blocks.items()}
    everything = " || ".join(full.values())
    for name, bl in raw.items():
        for b in bl:
            if b != unicodedata.normalize("NFC", b):
                errors.append(f"{name}: not NFC: {b[:50]!r}")
    words = {d: sum(len(b.split()) for b in bl) for d, bl in raw.items()}
    for d in raw:
        print(f"  {d}: {len(raw[d])} blocks, {words[d]} words")
    if not 3000 <= words[sd.G] <= 4000:
        errors.append(f"hướng dẫn: {words[sd.G]} words, want 3000-4000")
    if not 2 <= a_pages <= 3:
        errors.append(f"công văn pdf has {a_pages} pages, want 2-3")
    print(f"  công văn pdf {a_pages} pages; report pdf {r_pages} pages")
    # the PDFs' written blocks must be what pypdf extracts (each block's opening and ending)
    for d in (sd.A, sd.R):
        for b in blocks[d]:
            for piece in (b[:35], b[-35:]):
                if piece not in extracted[d]:
                    errors.append(f"{d}: pypdf text lacks {piece!r}")

    def present(doc: str, s: str) -> bool:
        ns = norm(s)
        ok = ns in full[doc]
        if ok and doc in extracted and ns not in extracted[doc]:
            errors.append(f"{doc}: {s!r} is written but pypdf does not extract it")
        return ok

    def in_one_block(doc: str, s: str) -> list[int]:
        ns = norm(s)
        return [i for i, b in enumerate(blocks[doc]) if ns in b]

    # the report names Chi Lăng in its title block only
    r_hits = [b for b in blocks[sd.R] if "chi lăng" in b]
    if r_hits != ["huyện ủy chi lăng"]:
        errors.append(f"report names Chi Lăng outside the title block: {r_hits}")
    if extracted[sd.R].count("chi lăng") != 1:
        errors.append("pypdf text of the report names Chi Lăng more than once")
    # the công văn names the document it amends by number
    if "hướng dẫn số 38-hd/btgtu" not in full[sd.A]:
        errors.append("công văn does not name Hướng dẫn số 38-HD/BTGTU")
    # the notice: a follow-on paragraph without the district's name; Tràng Định only as an attendee
    if not any(b.startswith("phần khâu đột phá cần nêu") and "bắc sơn" not in b for b in blocks[sd.N]):
        errors.append("notice lacks the Bắc Sơn follow-on paragraph without the name")
    td = [b for b in blocks[sd.N] if "tràng định" in b]
    if len(td) != 1 or "rút kinh nghiệm" not in td[0]:
        errors.append(f"Tràng Định should appear once in the notice, as an attendee: {len(td)}")
    if "\t" not in "".join(raw[sd.N][:3]):
        errors.append("notice letterhead is not the tab-flattened table")
    # phrases that unanswerable questions rely on being absent
    for absent in ("cao bằng", "lề phải", "đại biểu chính thức", "kinh phí", "khai mạc ngày", "bí thư huyện ủy bắc sơn",
                   "nhiệm kỳ 2025 - 2030 của huyện chi lăng", "bình gia phấn đấu", "giai đoạn 2020 - 2025 đạt"):
        if absent in everything:
            errors.append(f"trap phrase present in corpus: {absent!r}")

    # ---- JSON / gazetteer ----------------------------------------------------------------------------------
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            json.loads((HERE / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: invalid JSON: {e}")
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    if len(names) != 11 or len(gaz["units"]) != 11:
        errors.append(f"gazetteer has {len(names)} units, want 11")
    kinds = Counter(u["kind"] for u in gaz["units"])
    if kinds != Counter({"huyện": 10, "thành phố": 1}):
        errors.append(f"gazetteer kinds {dict(kinds)}")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        if any(norm(a) == norm("Lạng Sơn") for a in u["aliases"]):
            errors.append("gazetteer: bare province name used as alias")

    # ---- questions -------------------------------------------------------------------------------------------
    counts: Counter = Counter()
    qlines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    if len(qlines) != len(sd.SOURCES):
        errors.append("questions.jsonl out of date: rerun make_set.py")
    forbid_present = 0
    for n, (line, src) in enumerate(zip(qlines, sd.SOURCES), 1):
        try:
            rec = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append(f"q{n}: invalid JSON: {e}")
            continue
        ctx = f"q{n} ({rec.get('shape')})"
        if set(rec) != KEYS:
            errors.append(f"{ctx}: keys {sorted(rec)}")
            continue
        if line != unicodedata.normalize("NFC", line):
            errors.append(f"{ctx}: not NFC")
        if rec["shape"] not in sd.SHAPES or rec["half"] not in ("dev", "heldout"):
            errors.append(f"{ctx}: bad shape/half")
        counts[(rec["shape"], rec["half"])] += 1
        if rec["unanswerable"] != (rec["shape"] == "unanswerable"):
            errors.append(f"{ctx}: unanswerable flag")
        for f in rec["forbid"]:
            if norm(f) in everything:
                forbid_present += 1
            for e in rec["expect"]:
                if norm(e) in norm(f) or norm(f) in norm(e):
                    errors.append(f"{ctx}: forbid {f!r} overlaps expect {e!r}")
        if rec["unanswerable"]:
            if rec["gold"] or rec["expect"] or src:
                errors.append(f"{ctx}: unanswerable with gold/expect/source")
            continue
        if not rec["gold"] or not rec["expect"] or not src:
            errors.append(f"{ctx}: answerable without gold/expect/source")
            continue
        docs = [sd.DOC_OF[c] for c in src]
        gold_blocks = []
        for g in rec["gold"]:
            hits = [(d, i) for d in docs for i in in_one_block(d, g)]
            if not hits:
                errors.append(f"{ctx}: gold not inside one block of {src}: {g!r}")
            for d, i in hits:
                present(d, g)
                gold_blocks.append(blocks[d][i])
        for e in rec["expect"]:
            if not any(present(d, e) for d in docs):
                errors.append(f"{ctx}: expect not in {src}: {e!r}")
        if rec["shape"] in ("narrow", "meta", "when", "who", "which"):
            for e in rec["expect"]:
                if not any(norm(e) in b for b in gold_blocks):
                    warnings.append(f"{ctx}: expect {e!r} not in a gold block")
        if rec["shape"] == "broad" and not 3 <= len(rec["expect"]) <= 6:
            errors.append(f"{ctx}: broad with {len(rec['expect'])} expects")
        for f in rec["forbid"]:
            if any(norm(f) in b for b in gold_blocks):
                errors.append(f"{ctx}: forbid {f!r} occurs in a gold block itself")
    total = sum(counts.values())
    print(f"  questions: {total}")
    for shape in sd.SHAPES:
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        print(f"    {shape:13s} dev {d:2d}  heldout {h:2d}")
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")
    if not 45 <= total <= 55:
        errors.append(f"{total} questions, want 45-55")

    # ---- requirements ------------------------------------------------------------------------------------------
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    catalogue: dict[str, list[str]] = {}
    nreq = nnot = 0
    for doc, body in req["documents"].items():
        if doc not in blocks:
            errors.append(f"requirements: unknown document {doc}")
            continue
        keys = [x["key"] for x in body["requirements"]]
        for x in body["requirements"]:
            nreq += 1
            if x["key"] in catalogue:
                errors.append(f"duplicate key {x['key']!r}")
            catalogue[x["key"]] = x["scope"]
            c = full[doc].count(norm(x["key"]))
            hits = in_one_block(doc, x["key"])
            if c != 1 or len(hits) != 1:
                errors.append(f"{doc}: key found {c}x / in {len(hits)} blocks: {x['key']!r}")
            else:
                present(doc, x["key"])
            for s in x["scope"]:
                if s not in names:
                    errors.append(f"{doc}: scope {s!r} not in gazetteer")
        for s in body["not_requirements"]:
            nnot += 1
            if not in_one_block(doc, s):
                errors.append(f"{doc}: not_requirement absent: {s!r}")
            else:
                present(doc, s)
            for k in keys:
                if norm(k) in norm(s) or norm(s) in norm(k):
                    errors.append(f"{doc}: not_requirement {s!r} overlaps key {k!r}")
        if len(body["not_requirements"]) < 10:
            errors.append(f"{doc}: fewer than 10 not_requirements")
        scoped = sum(1 for x in body["requirements"] if x["scope"])
        print(f"  {doc}: {len(keys)} keys ({scoped} scoped), {len(body['not_requirements'])} not_requirements")
    print(f"  requirements: {nreq} keys, {nnot} not_requirements")

    # ---- drafts ------------------------------------------------------------------------------------------------
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    halves: Counter = Counter()
    labels_all: Counter = Counter()
    for name, d in exp["drafts"].items():
        path = HERE / "drafts" / name
        if not path.exists():
            errors.append(f"draft missing: {name}")
            continue
        nw = len(path.read_text(encoding="utf-8").split())
        halves[d["half"]] += 1
        labels = Counter(d["expected"].values())
        labels_all.update(labels)
        print(f"  draft {name}: {d['district']}, {d['half']}, {nw} words, {dict(labels)}")
        if not 300 <= nw <= 900:
            errors.append(f"{name}: {nw} words (want 300-900)")
        if d["district"] not in names:
            errors.append(f"{name}: district {d['district']!r} not in gazetteer")
        if not 8 <= len(d["expected"]) <= 20:
            errors.append(f"{name}: {len(d['expected'])} labels (want 8-20)")
        for k, v in d["expected"].items():
            if v not in ("addressed", "partly", "missing"):
                errors.append(f"{name}: bad label {v!r}")
            if k not in catalogue:
                errors.append(f"{name}: label key not in catalogue: {k!r}")
            elif catalogue[k] and d["district"] not in catalogue[k]:
                errors.append(f"{name}: key {k!r} not addressed to {d['district']}")
    extra = sorted(p.name for p in (HERE / "drafts").glob("*.txt") if p.name not in exp["drafts"])
    if extra:
        errors.append(f"drafts without labels: {extra}")
    if abs(halves["dev"] - halves["heldout"]) > 1:
        errors.append(f"draft halves unbalanced {dict(halves)}")
    print(f"  drafts: {dict(halves)}, labels {dict(labels_all)}")
    print(f"  forbid phrases present in the documents: {forbid_present}")

    if list(HERE.rglob("__pycache__")):
        errors.append("__pycache__ present in the set folder")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
