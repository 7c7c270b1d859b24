"""Checks the An Giang set: JSON validity; every gold inside ONE block (paragraph, list item, table cell,
heading) of one of the question's source documents as a browser / Markdown viewer shows them; every expect in
those documents; forbid phrases never in the gold block and never overlapping an expect; every requirement key
once in its document and inside one block; not_requirements present and not overlapping a key; scopes in the
gazetteer; draft labels consistent with the catalogue; halves balanced; the traps in place.
Comparison is after NFC, whitespace folding and casefolding. Exit 1 on error.

    /work/main/.venv/bin/python /work/newsets/an_giang/check_set.py
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import json
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import set_data as sd  # noqa: E402

CORPUS = HERE / "corpus"
KEYS = ["question", "shape", "half", "gold", "expect", "forbid", "unanswerable"]
BLOCK = {"p", "div", "li", "ol", "ul", "h1", "h2", "h3", "h4", "td", "th", "tr", "table", "title", "header",
         "footer", "nav", "aside", "section", "article", "main", "figure", "figcaption", "br", "marquee",
         "button", "label", "option", "select", "form", "textarea", "time", "span"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


class _Html(HTMLParser):
    """Text blocks of a page as a browser shows it (scripts, styles and attributes are not text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.skip = 0

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
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


def html_blocks(path: Path) -> list[str]:
    h = _Html()
    h.feed(path.read_text(encoding="utf-8"))
    h.flush()
    return h.blocks


def _is_item(line: str) -> bool:
    head = line.split(" ", 1)[0]
    return head == "-" or (head.endswith(".") and head[:-1].isdigit())


def _md_inline(s: str) -> str:
    s = s.replace("\\*", "\x00")
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)      # images -> alt text
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)       # links -> text
    s = s.replace("**", "").replace("*", "")
    s = re.sub(r"^#+\s*", "", s)
    s = re.sub(r"^>\s*", "", s)
    return re.sub(r"\s+", " ", s.replace("\x00", "*")).strip()


def md_blocks(path: Path) -> list[str]:
    """Blocks of a Markdown file as a viewer renders them: paragraphs, headings, one block per list item."""
    out = []
    for raw in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        lines = [ln for ln in raw.split("\n") if ln.strip()]
        if not lines:
            continue
        if all(_is_item(ln) for ln in lines):
            for ln in lines:
                out.append(_md_inline(ln.split(" ", 1)[1]))
        else:
            out.append(_md_inline(" ".join(ln.strip() for ln in lines)))
    return [b for b in out if b]


def main() -> int:
    errors: list[str] = []
    warn: list[str] = []

    # ---- documents -----------------------------------------------------------------------------------
    raw: dict[str, list[str]] = {}
    for code, name in sd.DOC_NAMES.items():
        path = CORPUS / name
        if not path.exists():
            errors.append(f"missing document {name}")
            raw[code] = []
            continue
        text = path.read_text(encoding="utf-8")
        if text != unicodedata.normalize("NFC", text):
            errors.append(f"{name}: not NFC")
        raw[code] = html_blocks(path) if name.endswith(".html") else md_blocks(path)
        words = sum(len(b.split()) for b in raw[code])
        print(f"  {code:2s} {name}: {path.stat().st_size} bytes, {len(raw[code])} blocks, {words} words shown")
    extra = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file()
                   and str(p.relative_to(CORPUS)) not in sd.DOC_NAMES.values())
    if extra:
        errors.append(f"unexpected corpus files: {extra}")
    blocks = {c: [norm(b) for b in bl] for c, bl in raw.items()}
    full = {c: " \n ".join(bl) for c, bl in blocks.items()}
    everything = " || ".join(full.values())

    # ---- traps -------------------------------------------------------------------------------------
    # the report names its district only in the page title and the letterhead
    cp = [b for b in blocks["R"] if "châu phú" in b]
    if len(cp) != 2 or not cp[0].startswith("toàn văn dự thảo") or not cp[1].startswith("đảng bộ tỉnh an giang"):
        errors.append(f"report should name Châu Phú only in its title and letterhead, found {len(cp)} blocks")
    if "2025 - 2030" not in full["R"] or "2020 - 2025" not in full["R"]:
        errors.append("report lacks its two terms")
    # two different site templates
    m1 = (CORPUS / sd.DOC_NAMES["M1"]).read_text(encoding="utf-8")
    m2 = (CORPUS / sd.DOC_NAMES["M2"]).read_text(encoding="utf-8")
    if "angiang.dcs.vn" not in m1 or "baoangiang.com.vn" not in m2 or 'class="news-detail"' in m2:
        errors.append("the two sites' templates are not distinct")
    # clutter shares words with requirements / questions
    for code, s in (("M1", "chợ mới: chủ động di dời dân cư ra khỏi vùng sạt lở bờ sông tiền"),
                    ("M2", "tịnh biên phát triển kinh tế cửa khẩu gắn với du lịch núi cấm"),
                    ("M2", "đề nghị báo cáo chính trị của thị xã tân châu"),
                    ("D", "ban thường vụ tỉnh ủy góp ý dự thảo báo cáo chính trị đảng bộ huyện tri tôn, an phú"),
                    ("D", "chuyển đổi cơ cấu cây trồng"), ("G", "tứ giác long xuyên"),
                    ("M1", "tp long xuyên, tỉnh an giang")):
        if s not in full[code]:
            errors.append(f"trap clutter missing in {code}: {s!r}")
    # Tri Tôn and Châu Thành get no comments on the meeting pages (only passing mentions)
    for code, unit, n in (("M1", "tri tôn", 1), ("M1", "châu thành", 3), ("M2", "tri tôn", 1)):
        got = sum(unit in b for b in blocks[code])
        if got != n:
            errors.append(f"{code}: {unit!r} in {got} blocks, want {n}")
    # phrases the unanswerable questions rely on being absent
    for absent in ("khai mạc ngày", "đại biểu chính thức", "kinh phí", "thông báo kết luận số",
                   "đồng tháp quy định", "ngày tổ chức đại hội điểm", "ý kiến góp ý của nhân dân đã"):
        if absent in everything:
            errors.append(f"trap phrase present in corpus: {absent!r}")
    # numbers written as words and ranges
    for s in ("mười hai trang", "ba mươi phút", "mười lăm ngày", "từ ba đến bốn", "từ hai đến ba", "16 - 20",
              "không quá ba,", "sáu bài học"):
        if s not in everything:
            errors.append(f"number form missing: {s!r}")

    # ---- gazetteer -----------------------------------------------------------------------------------
    try:
        gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    except Exception as ex:  # noqa: BLE001
        errors.append(f"gazetteer.json: {ex}")
        gaz = {"units": []}
    names = {u["name"] for u in gaz["units"]}
    if len(names) != 11 or len(gaz["units"]) != 11:
        errors.append(f"gazetteer has {len(names)} units, want 11")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        if any(norm(a) == "an giang" for a in u["aliases"]):
            errors.append("alias equals the province name")
    kinds = Counter(u["kind"] for u in gaz["units"])
    if kinds != Counter({"huyện": 7, "thị xã": 2, "thành phố": 2}):
        errors.append(f"gazetteer kinds {dict(kinds)}")

    # ---- questions -----------------------------------------------------------------------------------
    counts: Counter = Counter()
    qlines = (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    if len(qlines) != len(sd.QUESTIONS):
        errors.append("questions.jsonl out of date: rerun make_set.py")
    forbid_present = 0
    for n, (line, src) in enumerate(zip(qlines, sd.QUESTIONS), 1):
        try:
            rec = json.loads(line)
        except Exception as ex:  # noqa: BLE001
            errors.append(f"q{n}: invalid JSON: {ex}")
            continue
        if list(rec) != KEYS:
            errors.append(f"q{n}: keys {list(rec)}")
            continue
        if rec["question"] != unicodedata.normalize("NFC", src["question"]):
            errors.append(f"q{n}: out of date")
        if rec["shape"] not in sd.SHAPES or rec["half"] not in ("dev", "heldout"):
            errors.append(f"q{n}: bad shape/half")
        counts[(rec["shape"], rec["half"])] += 1
        if rec["unanswerable"] != (rec["shape"] == "unanswerable"):
            errors.append(f"q{n}: unanswerable flag")
        for f in rec["forbid"]:
            if f and norm(f) in everything:
                forbid_present += 1
            for ex_ in rec["expect"]:
                if norm(ex_) in norm(f) or norm(f) in norm(ex_):
                    errors.append(f"q{n}: forbid {f!r} overlaps expect {ex_!r}")
        if rec["unanswerable"]:
            if rec["gold"] or rec["expect"]:
                errors.append(f"q{n}: unanswerable with gold/expect")
            continue
        if not rec["gold"] or not rec["expect"] or not src["src"]:
            errors.append(f"q{n}: answerable without gold/expect/source")
            continue
        pool = [b for c in src["src"] for b in blocks[c]]
        gold_blocks = []
        for g in rec["gold"]:
            hit = [b for b in pool if norm(g) in b]
            if not hit:
                errors.append(f"q{n}: gold not inside one block of {src['src']}: {g!r}")
            gold_blocks += hit
        for ex_ in rec["expect"]:
            if not any(norm(ex_) in full[c] for c in src["src"]):
                errors.append(f"q{n}: expect not in {src['src']}: {ex_!r}")
        if rec["shape"] in ("narrow", "meta", "when", "who", "which"):
            for ex_ in rec["expect"]:
                if not any(norm(ex_) in b for b in gold_blocks):
                    warn.append(f"q{n}: expect {ex_!r} not in the gold block")
        if rec["shape"] == "broad" and not 3 <= len(rec["expect"]) <= 6:
            errors.append(f"q{n}: broad with {len(rec['expect'])} expects")
        for f in rec["forbid"]:
            if any(norm(f) in b for b in gold_blocks):
                errors.append(f"q{n}: forbid {f!r} occurs in the gold block itself")
    total = sum(counts.values())
    print(f"  questions: {total}")
    for shape in sd.SHAPES:
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        print(f"    {shape:13s} dev {d:2d}  heldout {h:2d}")
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")
    if not 45 <= total <= 55:
        errors.append(f"{total} questions, want 45-55")
    print(f"  forbid phrases present in the documents: {forbid_present}")

    # ---- requirements --------------------------------------------------------------------------------
    try:
        req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    except Exception as ex:  # noqa: BLE001
        errors.append(f"requirements.json: {ex}")
        return 1
    code_of = {v: k for k, v in sd.DOC_NAMES.items()}
    all_keys: dict[str, list[str]] = {}
    nreq = nnot = 0
    for doc, body in req["documents"].items():
        code = code_of.get(doc)
        if code is None or not doc.startswith("guidance/"):
            errors.append(f"requirements: unknown document {doc}")
            continue
        keys = [r["key"] for r in body["requirements"]]
        if len(set(keys)) != len(keys):
            errors.append(f"{doc}: duplicate keys")
        for r in body["requirements"]:
            nreq += 1
            if r["key"] in all_keys:
                errors.append(f"key in two documents: {r['key']!r}")
            all_keys[r["key"]] = r["scope"]
            c = full[code].count(norm(r["key"]))
            hits = [b for b in blocks[code] if norm(r["key"]) in b]
            if c != 1 or len(hits) != 1:
                errors.append(f"{code}: key found {c}x / in {len(hits)} blocks: {r['key']!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"{code}: scope {s!r} not in gazetteer")
        for s in body["not_requirements"]:
            nnot += 1
            if not any(norm(s) in b for b in blocks[code]):
                errors.append(f"{code}: not_requirement absent: {s!r}")
            for k in keys:
                if norm(k) in norm(s) or norm(s) in norm(k):
                    errors.append(f"{code}: not_requirement {s!r} overlaps key {k!r}")
        if len(body["not_requirements"]) < 10:
            errors.append(f"{code}: fewer than 10 not_requirements")
        print(f"  requirements[{code}]: {len(keys)} keys, {len(body['not_requirements'])} not_requirements")
    if set(req["documents"]) != {sd.DOC_NAMES[c] for c in ("M1", "M2", "G", "D")}:
        errors.append("requirements.json must cover the four guidance pages")
    print(f"  requirements: {nreq} keys, {nnot} not_requirements")

    # ---- drafts --------------------------------------------------------------------------------------
    try:
        exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    except Exception as ex:  # noqa: BLE001
        errors.append(f"expected.json: {ex}")
        return 1
    halves: Counter = Counter()
    labels_all: Counter = Counter()
    for name, d in exp["drafts"].items():
        path = HERE / "drafts" / name
        if not path.exists():
            errors.append(f"draft missing: {name}")
            continue
        words = len(path.read_text(encoding="utf-8").split())
        halves[d["half"]] += 1
        labels = Counter(d["expected"].values())
        labels_all.update(labels)
        print(f"  draft {name}: {d['district']}, {d['half']}, {words} words, {dict(labels)}")
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
            elif all_keys[k] and d["district"] not in all_keys[k]:
                errors.append(f"{name}: key {k!r} not addressed to {d['district']}")
    extra = sorted(p.name for p in (HERE / "drafts").glob("*.txt") if p.name not in exp["drafts"])
    if extra:
        errors.append(f"drafts without labels: {extra}")
    if abs(halves["dev"] - halves["heldout"]) > 1:
        errors.append(f"draft halves unbalanced {dict(halves)}")
    print(f"  drafts: {dict(halves)}, labels {dict(labels_all)}")
    if list(HERE.rglob("__pycache__")):
        errors.append("__pycache__ in the set folder")

    for w in warn:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
