"""Checks the Sơn La (biên bản) set against the files on disk.

    /work/main/.venv/bin/python -B /work/newsets/son_la_bienban/check_set.py

Reads the documents as a user's tools would: .docx paragraphs and table cells (python-docx; a cell with line
breaks is one block), .txt files line by line. Compares after NFC, whitespace collapsing and casefolding.
Verifies: JSON files parse; question keys/shapes/halves (halves alternate dev, heldout, ... within each shape);
every gold string is 4-15 words and lies inside ONE block of one document; expect strings occur in the corpus;
forbid strings are not inside any gold block of their question; unanswerable <=> gold == []; every requirement key
occurs exactly once in its document and inside one block; not_requirements are present and negated ones carry a
negation; scopes and draft districts are gazetteer names; draft labels refer to catalogue keys applicable to the
draft's unit; the traps are in place. Exit status 1 on any error.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

from docx import Document  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
SHAPES = {"narrow", "broad", "which", "when", "who"}
VI_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


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


def txt_blocks(path: Path) -> list[str]:
    return [ln for ln in path.read_bytes().decode("utf-8").splitlines() if ln.strip()]


def load_corpus() -> dict[str, list[str]]:
    out = {}
    for p in sorted(CORPUS.rglob("*")):
        if p.is_file():
            rel = p.relative_to(CORPUS).as_posix()
            if p.suffix == ".docx":
                out[rel] = docx_blocks(p)
            elif p.suffix == ".txt":
                out[rel] = txt_blocks(p)
            else:
                raise SystemExit(f"unexpected corpus file {rel}")
    return out


def main() -> int:
    errors: list[str] = []
    raw = load_corpus()
    blocks = {d: [norm(b) for b in bl] for d, bl in raw.items()}
    full = {d: " \n ".join(bl) for d, bl in blocks.items()}
    everything = " || ".join(full.values())
    for d, bl in raw.items():
        words = sum(len(b.split()) for b in bl)
        print(f"  {d}: {len(bl)} blocks, {words} words")
        for b in bl:
            if b != unicodedata.normalize("NFC", b):
                errors.append(f"{d}: not NFC: {b[:50]!r}")
    for sub in ("guidance", "reports"):
        if not any(d.startswith(sub + "/") for d in raw):
            errors.append(f"corpus/{sub}/ is empty")

    def hits(s: str) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(d, i) for d, bl in blocks.items() for i, b in enumerate(bl) if ns in b]

    # ---- JSON files --------------------------------------------------------------------------------------------
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            json.loads((HERE / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: invalid JSON: {e}")
            print("\n".join(errors))
            return 1
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    reqs = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    exp = json.loads((HERE / "drafts/expected.json").read_text(encoding="utf-8"))

    # ---- gazetteer --------------------------------------------------------------------------------------------
    names = [u["name"] for u in gaz["units"]]
    if len(set(names)) != 12:
        errors.append(f"gazetteer has {len(set(names))} units, want 12")
    if Counter(u["kind"] for u in gaz["units"]) != Counter({"huyện": 11, "thành phố": 1}):
        errors.append("gazetteer kinds wrong")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
    for phrase in ("thủy điện Sơn La", "cao nguyên Mộc Châu", "Khu du lịch quốc gia Mộc Châu", "Sân bay Nà Sản",
                   "sông Mã", "Khu công nghiệp Mai Sơn"):
        if phrase not in gaz["_comment"]:
            errors.append(f"gazetteer _comment does not name {phrase!r}")
        if norm(phrase) not in everything:
            errors.append(f"gazetteer _comment phrase {phrase!r} not in the corpus")
    name_set = set(names)

    # ---- requirements ------------------------------------------------------------------------------------------
    n_keys = n_scoped = 0
    key_block: dict[str, tuple[str, int]] = {}
    negated_blocks = set()
    for doc, entry in reqs["documents"].items():
        if doc not in blocks:
            errors.append(f"requirements.json names unknown document {doc}")
            continue
        for nr in entry["not_requirements"]:
            h = [i for i, b in enumerate(blocks[doc]) if norm(nr) in b]
            if not h:
                errors.append(f"{doc}: not_requirement not in one block: {nr!r}")
            if re.search(r"\bkhông (cần|yêu cầu|nhắc lại|có ý kiến)", norm(nr)):
                negated_blocks.update((doc, i) for i in h)
        for r in entry["requirements"]:
            n_keys += 1
            k, scope = r["key"], r["scope"]
            if set(r) != {"key", "scope"}:
                errors.append(f"requirement malformed: {r}")
            cnt = full[doc].count(norm(k))
            if cnt != 1:
                errors.append(f"{doc}: key occurs {cnt} times: {k!r}")
            h = [i for i, b in enumerate(blocks[doc]) if norm(k) in b]
            if len(h) != 1:
                errors.append(f"{doc}: key not inside exactly one block: {k!r}")
            else:
                key_block[k] = (doc, h[0])
            if scope:
                n_scoped += 1
            for s in scope:
                if s not in name_set:
                    errors.append(f"scope {s!r} is not a gazetteer name (key {k!r})")
            if len(k.split()) < 3:
                errors.append(f"key too short: {k!r}")
    for k, db in key_block.items():
        if db in negated_blocks:
            errors.append(f"key sits in a negated block: {k!r}")
    n_neg = sum(1 for e in reqs["documents"].values() for nr in e["not_requirements"]
                if re.search(r"\bkhông (cần|yêu cầu|nhắc lại)", norm(nr)))
    if n_neg < 4:
        errors.append(f"only {n_neg} negated not_requirements")
    all_keys = {r["key"]: r["scope"] for e in reqs["documents"].values() for r in e["requirements"]}

    # ---- questions ---------------------------------------------------------------------------------------------
    qs = [json.loads(ln) for ln in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    per_shape: dict = defaultdict(list)
    n_en = n_nodia = 0
    for n, q in enumerate(qs, 1):
        tag = f"q{n}"
        if set(q) != KEYS:
            errors.append(f"{tag}: keys {sorted(q)}")
            continue
        if q["shape"] not in SHAPES:
            errors.append(f"{tag}: shape {q['shape']}")
        per_shape[q["shape"]].append(q)
        if q["unanswerable"] != (q["gold"] == []):
            errors.append(f"{tag}: unanswerable flag vs gold")
        if q["unanswerable"] and q["expect"]:
            errors.append(f"{tag}: unanswerable question with expect")
        if not q["unanswerable"] and not q["expect"]:
            errors.append(f"{tag}: answerable question without expect")
        gold_blocks = set()
        for g in q["gold"]:
            nw = len(g.split())
            if not 4 <= nw <= 15:
                errors.append(f"{tag}: gold has {nw} words: {g!r}")
            h = hits(g)
            if not h:
                errors.append(f"{tag}: gold not inside one block: {g!r}")
            gold_blocks.update(h)
        for e in q["expect"]:
            if norm(e) not in everything:
                errors.append(f"{tag}: expect not in corpus: {e!r}")
        for f in q["forbid"]:
            for d, i in gold_blocks:
                if norm(f) in blocks[d][i]:
                    errors.append(f"{tag}: forbid {f!r} is inside a gold block")
        if "\n" in "".join(q["gold"]):
            errors.append(f"{tag}: gold contains a line break")
        text = q["question"]
        if not VI_MARKS.search(text):
            if re.search(r"\b(what|which|when|who|how|did|does)\b", text, re.I):
                n_en += 1
            else:
                n_nodia += 1
    for shape, lst in per_shape.items():
        for i, q in enumerate(lst):
            want = "dev" if i % 2 == 0 else "heldout"
            if q["half"] != want:
                errors.append(f"{shape} #{i}: half {q['half']} want {want}")
    if n_en != 4 or n_nodia != 4:
        errors.append(f"English questions {n_en}, no-diacritics {n_nodia}; want 4 and 4")
    n_un = sum(q["unanswerable"] for q in qs)
    if not 10 <= n_un <= 12:
        errors.append(f"{n_un} unanswerable questions, want 10-12")
    print(f"  {len(qs)} questions; {n_un} unanswerable; {n_en} English; {n_nodia} without diacritics")
    for shape in ("narrow", "broad", "which", "when", "who"):
        lst = per_shape[shape]
        c = Counter(q["half"] for q in lst)
        u = Counter(q["half"] for q in lst if q["unanswerable"])
        print(f"    {shape:7s} {len(lst):2d}  dev {c['dev']:2d} / heldout {c['heldout']:2d}   "
              f"unanswerable dev {u['dev']} / heldout {u['heldout']}")

    # ---- drafts ------------------------------------------------------------------------------------------------
    labels = Counter()
    for fname, d in exp["drafts"].items():
        p = HERE / "drafts" / fname
        if not p.is_file():
            errors.append(f"draft missing: {fname}")
            continue
        if set(d) != {"district", "half", "expected"}:
            errors.append(f"{fname}: keys {sorted(d)}")
        if d["district"] not in name_set:
            errors.append(f"{fname}: district {d['district']!r} not in gazetteer")
        for k, v in d["expected"].items():
            labels[v] += 1
            if v not in {"addressed", "partly", "missing"}:
                errors.append(f"{fname}: label {v!r}")
            if k not in all_keys:
                errors.append(f"{fname}: label key not in catalogue: {k!r}")
            elif all_keys[k] and d["district"] not in all_keys[k]:
                errors.append(f"{fname}: key not applicable to {d['district']}: {k!r}")
        words = len(p.read_text(encoding="utf-8").split())
        print(f"  draft {fname}: {words} words, {len(d['expected'])} labels "
              f"{dict(Counter(d['expected'].values()))}")
    print(f"  labels {dict(labels)}")
    for fname in exp["drafts"]:
        for ln in (HERE / "drafts" / fname).read_text(encoding="utf-8").splitlines():
            if ln.startswith(("Chủ đề:", "Khẩu hiệu hành động")):
                theme = ln.split(":", 1)[1]
                if len(theme.split()) > 50:
                    errors.append(f"{fname}: theme has {len(theme.split())} words (> 50)")

    # ---- traps -------------------------------------------------------------------------------------------------
    rep = [d for d in blocks if d.startswith("reports/")][0]
    ms = [b for b in blocks[rep] if "mai sơn" in b]
    if len(ms) != 1 or not ms[0].startswith("đảng bộ huyện mai sơn"):
        errors.append(f"report names Mai Sơn outside its letterhead: {ms}")
    if "mai-son" in rep:
        errors.append("report file name reveals the district")
    bb = [d for d in blocks if "bien-ban" in d][0]
    tb = [d for d in blocks if "thong-bao" in d][0]
    for name in ("sốp cộp",):
        for d in (bb, tb):
            for b in blocks[d]:
                if name in b and not ("phối hợp với huyện sốp cộp" in b or "để tham khảo" in b):
                    errors.append(f"{d}: Sốp Cộp appears outside its passing mentions: {b[:60]}")
    if not any("yên châu giáp ranh" in b for b in blocks[bb]):
        errors.append("biên bản lacks the neighbour mention of Yên Châu")
    if not any("huyện vân hồ và huyện mộc châu" in b for b in blocks[bb]):
        errors.append("biên bản lacks the joint remark")
    if not any(b == "cơ bản thống nhất, không có ý kiến bổ sung" for b in blocks[tb]):
        errors.append("thông báo lacks the 'no comment' cell")
    if not any("\n" in r and "tính toán lại" in norm(r) for r in raw[tb]):
        errors.append("thông báo: Thuận Châu cell should use line breaks")
    g = [d for d in blocks if "huong-dan" in d][0]
    if not any(b.startswith("hướng dẫn này thay thế") for b in blocks[g]):
        errors.append("hướng dẫn lacks the 'thay thế' sentence")
    for absent in ("điện biên", "lai châu", "bí thư huyện ủy thuận châu", "khai mạc", "kinh phí xây dựng báo cáo",
                   "dự báo tình hình thế giới và khu vực, viết"):
        if absent in everything:
            errors.append(f"trap phrase present in corpus: {absent!r}")
    yc_row = [b for b in blocks[tb] if "yên châu" in b]
    if any("gửi lại" in b for b in yc_row):
        errors.append("Yên Châu has a deadline")

    print(f"  requirements: {n_keys} keys ({n_scoped} scoped), "
          f"{sum(len(e['not_requirements']) for e in reqs['documents'].values())} not_requirements")
    if errors:
        print("\nERRORS:")
        print("\n".join("  - " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
