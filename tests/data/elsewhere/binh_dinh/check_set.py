"""Checks the Bình Định set against the files on disk.

    /work/main/.venv/bin/python /work/main/tests/data/elsewhere/binh_dinh/check_set.py

Reads the documents as a user's tools would: the OCR .txt as paragraphs the way the file lays them out (groups of
lines between blank lines, joined with a space - so a hyphenated line end "trư-" / "ởng" and a page break with its
footer and running header split what they split); the scanned PDF's text as pypdf extracts it; the e-mail and the
distractor .txt line by line; the .docx's paragraphs and table cells (python-docx). Verifies that every gold /
expect / key / not_requirement string is present (NFC, whitespace collapsed, casefolded); that gold strings and
requirement keys sit inside ONE block (for the Hướng dẫn: one paragraph of the OCR .txt, and also present in the
PDF's extracted text); gold strings have 4-15 words; each key occurs once in its document; the JSON files parse;
scopes and draft districts are gazetteer names and labels refer to catalogue keys applicable to the draft's
district; halves alternate/balance; sizes; the traps in place. Exit status 1 on any error.
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
EN = re.compile(r"\b(what|who|when|which|how|the|did|must)\b", re.I)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_blocks(path: Path) -> list[str]:
    d = Document(str(path))
    out = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        seen: list = []
        for row in t.rows:
            for c in row.cells:
                if not any(c._tc is e for e in seen):
                    seen.append(c._tc)
                    if c.text.strip():
                        out.append(c.text)
    return out


def txt_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_bytes().decode("utf-8").splitlines() if ln.strip()]


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    P, O, N, X, R = sd.P, sd.O, sd.N, sd.X, sd.R  # noqa: E741

    # ---- documents ---------------------------------------------------------------------------------------
    otext = ms.GUIDE_TXT.read_bytes().decode("utf-8")
    reader = PdfReader(str(ms.GUIDE_PDF))
    ptext = "\n".join(pg.extract_text() or "" for pg in reader.pages)
    raw = {
        O: ms.txt_paragraph_blocks(otext),
        N: txt_lines(ms.NOTICE),
        X: txt_lines(ms.CROP),
        R: docx_blocks(ms.REPORT),
    }
    raw[P] = raw[O]  # the PDF is the same scan: its blocks are the OCR paragraphs, checked against pypdf below
    pnorm = norm(ptext)
    blocks = {d: [norm(b) for b in bl] for d, bl in raw.items()}
    full = {d: " \n ".join(bl) for d, bl in blocks.items()}
    everything = " || ".join(full[d] for d in (O, N, X, R))
    for name, bl in raw.items():
        for b in bl:
            if b != unicodedata.normalize("NFC", b):
                errors.append(f"{name}: not NFC: {b[:50]!r}")
    words = {d: sum(len(b.split()) for b in raw[d]) for d in (O, N, X, R)}
    for d in (O, N, X, R):
        print(f"  {d}: {len(raw[d])} blocks, {words[d]} words")
    if not 2800 <= words[O] <= 3600:
        errors.append(f"hướng dẫn: {words[O]} words, want about 3000")
    npages = len(reader.pages)
    print(f"  hướng dẫn pdf: {npages} pages")
    # every OCR paragraph is in the PDF's extracted text
    for b in blocks[O]:
        if b not in pnorm:
            errors.append(f"pypdf text lacks OCR paragraph {b[:60]!r}")

    # OCR traits
    hy = re.findall(r"\w-\n\w", otext)
    foot = re.findall(r"^Trang (\d+)/(\d+)$", otext, re.M)
    if len(hy) < 4:
        errors.append(f"only {len(hy)} hyphenated line ends in the OCR text")
    if len(foot) != npages or any(int(b) != npages for _, b in foot):
        errors.append(f"footers {foot} do not match {npages} pages")
    if otext.count("\f") != npages - 1 or otext.count(ms.TG.HEADER) != npages - 1:
        errors.append("running header / form feed not on every page after the first")
    para_split = sum(1 for m in re.finditer(r"[^\n.:;)]\n\nTrang \d+/\d+\n\f", otext))
    if para_split < 2:
        errors.append(f"only {para_split} paragraph(s) run across a page break")
    for slip in ("khâu dột phá", "tại dại hội", "bao cáo chính trị của các địa phương", "3l/01/2025", "l2 trang"):
        if norm(slip) not in full[O]:
            errors.append(f"OCR slip missing: {slip!r}")
    for neg in ("không cần", "không nhất thiết", "không phải"):
        if neg not in full[O]:
            errors.append(f"hướng dẫn lacks a negated sentence with {neg!r}")
    print(f"  OCR: {len(hy)} hyphenated line ends, {len(foot)} footers, {para_split} paragraphs across a page break")
    # e-mail traits
    ntext = ms.NOTICE.read_bytes().decode("utf-8")
    for chrome in ("From:", "Sent:", "To:", "Subject: FW:", "-----Original Message-----", "\r\n> ",
                   "Thư điện tử này"):
        if chrome not in ntext:
            errors.append(f"e-mail lacks {chrome!r}")
    if "thay cho mức quy định tại mục iii.1 của hướng dẫn số 45-hd/btgtu" not in full[N]:
        errors.append("notice does not amend the Hướng dẫn's page limit")
    if "35 trang" in full[N]:
        errors.append("notice restates the old page limit")
    hn = [b for b in blocks[N] if "hoài nhơn" in b]
    if len(hn) != 2:
        errors.append(f"Hoài Nhơn should appear twice in the notice (observer, example): {len(hn)}")
    if not any(b.startswith("bổ sung kết quả chống khai thác iuu") for b in blocks[N]):
        errors.append("notice lacks the Phù Cát follow-on paragraph without the name")
    # report and distractor
    if not any("huyện ủy hoài ân" in b for b in blocks[R]):
        errors.append("report letterhead does not name Huyện ủy Hoài Ân")
    if any(p_ in full[R] for p_ in ("phù cát", "tây sơn", "vân canh")):
        errors.append("report mentions a pilot district")
    crop_units = [u for u in ("phù mỹ", "phù cát", "tây sơn", "tuy phước", "an nhơn", "hoài nhơn", "hoài ân")
                  if u in full[X]]
    if len(crop_units) < 5:
        errors.append("distractor mentions too few units")
    for absent in ("phú yên", "kinh phí", "khai mạc ngày", "bí thư huyện ủy vân canh", "vượt thêm", "an lão phấn đấu",
                   "tàu cá mất kết nối thiết bị giám sát hành trình là", "năm 2020 đạt"):
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
    if kinds != Counter({"huyện": 8, "thị xã": 2, "thành phố": 1}):
        errors.append(f"gazetteer kinds {dict(kinds)}")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        if any(norm(a) == norm("Bình Định") for a in u["aliases"]):
            errors.append("gazetteer: province name used as alias")

    def present(doc: str, s: str) -> bool:
        ns = norm(s)
        ok = ns in full[doc]
        if ok and doc in (O, P) and ns not in pnorm:
            errors.append(f"{doc}: {s!r} is in the OCR text but pypdf does not extract it")
        return ok

    def in_one_block(doc: str, s: str) -> list[int]:
        ns = norm(s)
        return [i for i, b in enumerate(blocks[doc]) if ns in b]

    # ---- questions -------------------------------------------------------------------------------------------
    counts: Counter = Counter()
    qlines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    if len(qlines) != len(sd.SOURCES):
        errors.append("questions.jsonl out of date: rerun make_set.py")
    forbid_present = n_en = n_ascii = 0
    last_half: dict[str, str] = {}
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
        if last_half.get(rec["shape"]) == rec["half"]:
            errors.append(f"{ctx}: halves do not alternate within the shape")
        last_half[rec["shape"]] = rec["half"]
        counts[(rec["shape"], rec["half"])] += 1
        if EN.search(rec["question"]):
            n_en += 1
        elif rec["question"].isascii():
            n_ascii += 1
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
        doc = sd.DOC_OF[src]
        gold_blocks = []
        for g in rec["gold"]:
            if not 4 <= len(g.split()) <= 15:
                errors.append(f"{ctx}: gold has {len(g.split())} words: {g!r}")
            hits = in_one_block(doc, g)
            if not hits:
                errors.append(f"{ctx}: gold not inside one block of {doc}: {g!r}")
            for i in hits:
                present(doc, g)
                gold_blocks.append(blocks[doc][i])
        for e in rec["expect"]:
            if not present(doc, e):
                errors.append(f"{ctx}: expect not in {doc}: {e!r}")
        if rec["shape"] in ("narrow", "when", "who", "which"):
            for e in rec["expect"]:
                if not any(norm(e) in b for b in gold_blocks):
                    warnings.append(f"{ctx}: expect {e!r} not in a gold block")
        if rec["shape"] == "broad" and not 3 <= len(rec["expect"]) <= 6:
            errors.append(f"{ctx}: broad with {len(rec['expect'])} expects")
        for f in rec["forbid"]:
            if any(norm(f) in b for b in gold_blocks):
                errors.append(f"{ctx}: forbid {f!r} occurs in a gold block itself")
    total = sum(counts.values())
    print(f"  questions: {total} ({n_en} in English, {n_ascii} without diacritics)")
    for shape in sd.SHAPES:
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        print(f"    {shape:13s} dev {d:2d}  heldout {h:2d}")
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")
    if not 50 <= total <= 56:
        errors.append(f"{total} questions, want 50-56")
    if not 10 <= sum(counts[("unanswerable", h)] for h in ("dev", "heldout")) <= 14:
        errors.append("want about 12 unanswerable questions")
    if n_en < 5 or n_ascii < 3:
        errors.append(f"want ~6 English and ~4 no-diacritics questions, have {n_en} / {n_ascii}")

    # ---- requirements ------------------------------------------------------------------------------------------
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    catalogue: dict[str, list[str]] = {}
    nreq = nnot = 0
    if req["documents"][P] != req["documents"][O]:
        errors.append("PDF and OCR .txt of the Hướng dẫn must carry the same catalogue")
    for doc, body in req["documents"].items():
        if doc not in blocks:
            errors.append(f"requirements: unknown document {doc}")
            continue
        keys = [x["key"] for x in body["requirements"]]
        for x in body["requirements"]:
            if doc != O:  # the OCR .txt repeats the PDF's catalogue
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
            if doc != O:
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
    print(f"  requirements (Hướng dẫn counted once): {nreq} keys, {nnot} not_requirements")

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
    if len(exp["drafts"]) != 4 or abs(halves["dev"] - halves["heldout"]) > 1:
        errors.append(f"want 4 drafts split 2/2, have {dict(halves)}")
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
