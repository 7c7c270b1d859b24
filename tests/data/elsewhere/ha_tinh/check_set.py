"""Checks the Hà Tĩnh set against the files on disk.

    /work/main/.venv/bin/python -B check_set.py

Reads the documents as a user's tools would: .txt split into blocks at blank lines (hard-wrapped lines of a
block joined), .docx paragraphs and table cells, .md headings / paragraphs / list items / blockquotes / table
cells. Verifies that every gold / expect / key / not_requirement string is present (NFC, whitespace collapsed,
casefolded), that gold strings and requirement keys sit inside ONE block, that labels refer to catalogue keys
applicable to the draft's unit, that the JSON files parse, that halves are balanced and that the traps are in
place; reports counts. forbid strings may be present in the documents; they are only counted. Exit status 1 on
any error.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import set_data as sd  # noqa: E402
from docx import Document  # noqa: E402

CORPUS = HERE / "corpus"
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
errors: list[str] = []
warnings: list[str] = []


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


# ---------------------------------------------------------------------------------------------------------
# readers
# ---------------------------------------------------------------------------------------------------------
def txt_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [b.strip() for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def docx_blocks(path: Path) -> list[str]:
    d = Document(str(path))
    out = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        seen: list = []  # merged cells repeat the same <w:tc>
        for row in t.rows:
            for c in row.cells:
                if not any(c._tc is e for e in seen):
                    seen.append(c._tc)
                    out.append(c.text)
    return out


def md_blocks(path: Path) -> list[str]:
    out: list[str] = []
    para: list[str] = []

    def flush():
        if para:
            out.append(" ".join(para))
            para.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s:
            flush()
        elif s.startswith("#"):
            flush()
            out.append(s.lstrip("#").strip())
        elif s.startswith("|"):
            flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            out.extend(c for c in cells if c)
        elif re.match(r"^([-*+]|\d+\.)\s", s):
            flush()
            out.append(re.sub(r"^([-*+]|\d+\.)\s+", "", s))
        elif s.startswith(">"):
            flush()
            out.append(s.lstrip(">").strip())
        else:
            para.append(s)
    flush()
    return out


def read_all() -> dict[str, list[str]]:
    docs = {}
    for key in sd.DOC_KEYS:
        path = CORPUS / key
        if not path.exists():
            errors.append(f"missing document {key}")
            docs[key] = []
        elif key.endswith(".txt"):
            docs[key] = txt_blocks(path)
        elif key.endswith(".docx"):
            docs[key] = docx_blocks(path)
        elif key.endswith(".md"):
            docs[key] = md_blocks(path)
    return docs


def main() -> int:
    docs = read_all()
    nblocks = {name: [norm(b) for b in blocks] for name, blocks in docs.items()}
    full = {name: " \n ".join(bl) for name, bl in nblocks.items()}
    everything = " || ".join(full.values())

    def where(s: str) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(name, i) for name, bl in nblocks.items() for i, b in enumerate(bl) if ns in b]

    # ---- files: NFC, no bytecode
    for p in sorted(HERE.rglob("*")):
        if p.is_dir() and p.name == "__pycache__":
            errors.append(f"__pycache__ present: {p.relative_to(HERE)}")
        if p.is_file() and p.suffix in (".txt", ".md", ".json", ".jsonl", ".py"):
            t = p.read_text(encoding="utf-8")
            if t != unicodedata.normalize("NFC", t):
                errors.append(f"{p.relative_to(HERE)}: not NFC")
    for name, bl in docs.items():
        for b in bl:
            if b != unicodedata.normalize("NFC", b):
                errors.append(f"{name}: block not NFC: {b[:40]!r}")

    # ---- JSON
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            json.loads((HERE / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: invalid JSON: {e}")

    # ---- gazetteer
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    if len(names) != 13 or len(gaz["units"]) != 13:
        errors.append(f"gazetteer: {len(names)} units, expected 13")
    kinds = Counter(u["kind"] for u in gaz["units"])
    if kinds != Counter({"huyện": 10, "thị xã": 2, "thành phố": 1}):
        errors.append(f"gazetteer kinds {dict(kinds)}")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        for a in u["aliases"]:
            if norm(a) in (norm("Hà Tĩnh"), norm("Kỳ Anh")):
                errors.append(f"gazetteer: ambiguous bare alias {a!r}")

    # ---- questions
    qs = []
    for n, line in enumerate((HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            qs.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            errors.append(f"questions.jsonl:{n}: invalid JSON: {e}")
    if len(qs) != len(sd.QUESTIONS):
        errors.append("questions.jsonl out of date: rerun make_set.py")
    counts: Counter = Counter()
    forbid_present = 0
    for n, q in enumerate(qs, 1):
        ctx = f"q{n} ({q.get('shape')})"
        if set(q) != KEYS:
            errors.append(f"{ctx}: keys {sorted(q)}")
            continue
        if q["shape"] not in sd.SHAPES:
            errors.append(f"{ctx}: bad shape")
        if q["half"] not in ("dev", "heldout"):
            errors.append(f"{ctx}: bad half")
        counts[(q["shape"], q["half"])] += 1
        if q["unanswerable"] != (q["shape"] == "unanswerable"):
            errors.append(f"{ctx}: unanswerable flag does not match shape")
        for fb in q["forbid"]:
            if where(fb):
                forbid_present += 1
            for e in q["expect"]:
                if norm(e) in norm(fb) or norm(fb) in norm(e):
                    errors.append(f"{ctx}: forbid {fb!r} overlaps expect {e!r}")
        if q["unanswerable"]:
            if q["gold"] or q["expect"]:
                errors.append(f"{ctx}: unanswerable with gold/expect")
            continue
        if not q["gold"] or not q["expect"]:
            errors.append(f"{ctx}: answerable question without gold/expect")
            continue
        gold_blocks = []
        for g in q["gold"]:
            hits = where(g)
            if not hits:
                errors.append(f"{ctx}: gold not inside one block: {g!r}")
            gold_blocks += [nblocks[d][i] for d, i in hits]
        for e in q["expect"]:
            if norm(e) not in everything:
                errors.append(f"{ctx}: expect not found: {e!r}")
        if q["shape"] in ("narrow", "meta", "when", "who", "which"):
            for e in q["expect"]:
                if not any(norm(e) in b for b in gold_blocks):
                    warnings.append(f"{ctx}: expect {e!r} not in a gold block")
        if q["shape"] == "broad" and not 3 <= len(q["expect"]) <= 6:
            errors.append(f"{ctx}: broad with {len(q['expect'])} expects (want 3-6)")
        for fb in q["forbid"]:
            if any(norm(fb) in b for b in gold_blocks):
                errors.append(f"{ctx}: forbid {fb!r} occurs in a gold block")
    total = sum(counts.values())
    if not 45 <= total <= 55:
        errors.append(f"{total} questions (want 45-55)")
    for shape in sd.SHAPES:
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")

    # ---- requirements
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    catalogue: dict[str, dict] = {}
    for docname, d in req["documents"].items():
        if docname not in nblocks:
            errors.append(f"requirements: unknown document {docname}")
            continue
        for r in d["requirements"]:
            hits = [i for i, b in enumerate(nblocks[docname]) if norm(r["key"]) in b]
            if len(hits) != 1 or full[docname].count(norm(r["key"])) != 1:
                errors.append(f"requirements[{docname}]: key in {len(hits)} blocks (want exactly 1): {r['key']!r}")
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
            errors.append(f"{docname}: only {len(d['not_requirements'])} not_requirements")
        keyset = [norm(r["key"]) for r in d["requirements"]]
        for s in d["not_requirements"]:
            for kk in keyset:
                if norm(s) in kk or kk in norm(s):
                    errors.append(f"{docname}: not_requirement overlaps a key: {s!r}")

    # ---- drafts
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    label_counts: Counter = Counter()
    dhalves: Counter = Counter()
    for name, d in exp["drafts"].items():
        path = HERE / "drafts" / name
        if not path.exists():
            errors.append(f"expected.json: missing draft file {name}")
            continue
        words = len(path.read_text(encoding="utf-8").split())
        dhalves[d["half"]] += 1
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
        print(f"  draft {name}: {d['district']}, {d['half']}, {words} words, {len(d['expected'])} labels, "
              f"{dict(Counter(d['expected'].values()))}")
    extra = sorted(p.name for p in (HERE / "drafts").glob("*.txt") if p.name not in exp["drafts"])
    if extra:
        errors.append(f"drafts without labels: {extra}")
    if abs(dhalves["dev"] - dhalves["heldout"]) > 1:
        errors.append(f"draft halves unbalanced {dict(dhalves)}")

    # ---- traps
    for absent in ("quảng bình", "che phủ", "phúc trạch", "khai mạc ngày", "ủy viên ban chấp hành",
                   "vốn đầu tư toàn xã hội", "bưởi"):
        if absent in everything:
            errors.append(f"trap phrase present in corpus: {absent!r}")
    can_loc = [(n, b) for n, bl in nblocks.items() for b in bl if "can lộc" in b]
    if len(can_loc) != 3:
        errors.append(f"Can Lộc in {len(can_loc)} blocks, want 3 (neighbour mention, related news, table cell)")
    for key, r in catalogue.items():
        if "Can Lộc" in r["scope"]:
            errors.append("a requirement is scoped to Can Lộc")
    for n, b in [(n, b) for n, bl in nblocks.items() for b in bl if "nghi xuân" in b]:
        if re.search(r"\d+ trang", b) and "hương sơn" not in b and "25 trang" not in b:
            errors.append(f"a Nghi Xuân block states a page count: {b[:60]!r}")
    a2_lines = (CORPUS / sd.A2_KEY).read_text(encoding="utf-8").splitlines()
    long_lines = [ln for ln in a2_lines[1:] if len(ln) > 100]
    if long_lines:
        errors.append(f"article 2 not hard-wrapped: {long_lines[0][:50]!r}")
    prev = ""
    for ln in a2_lines:
        if ln.startswith("- ") and prev.strip():
            errors.append(f"article 2: wrapped line starts with '- ': {ln[:40]!r}")
        prev = ln
    md_text = (CORPUS / sd.MD_KEY).read_text(encoding="utf-8")
    if sum(1 for ln in md_text.splitlines() if re.fullmatch(r"\|(\s*-{3,}\s*\|)+", ln.strip())) != 1:
        errors.append("md note should have exactly one table")
    hs_docs = {n for n, bl in nblocks.items() for b in bl if "hương sơn" in b}
    if not {sd.A1_KEY, sd.A3_KEY} <= hs_docs:
        errors.append("Hương Sơn should be discussed in articles 1 and 3")

    # ---- report
    sizes = []
    for name in sd.DOC_KEYS:
        path = CORPUS / name
        sizes.append(f"{Path(name).suffix[1:]} {sum(len(b.split()) for b in docs[name])} words "
                     f"{len(docs[name])} blocks {path.stat().st_size} B")
    print("  documents:", "; ".join(sizes))
    print("  questions:", total, dict(sorted(Counter(s for s, _ in counts.elements()).items())))
    print("  halves:", dict(sorted(counts.items())))
    print(f"  forbid phrases present in the documents: {forbid_present}")
    print(f"  requirements: {sum(len(d['requirements']) for d in req['documents'].values())} keys, "
          f"{sum(len(d['not_requirements']) for d in req['documents'].values())} not_requirements")
    print("  drafts:", dict(dhalves), "labels:", dict(label_counts))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
