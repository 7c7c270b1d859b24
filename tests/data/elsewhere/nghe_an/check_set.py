"""Checks the Nghệ An set: JSON validity; every gold inside ONE paragraph (block, table cell) of one of the
question's source documents; every expect in those documents; every requirement key once in its document and
inside one paragraph; not_requirements present and not overlapping a key; scopes in the gazetteer; draft labels
consistent with the catalogue; halves balanced; word counts and page counts; the traps in place.
Comparison is after NFC, whitespace folding and casefolding.

    /work/main/.venv/bin/python tests/data/elsewhere/nghe_an/check_set.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_set as ms  # noqa: E402

SHAPES = set(ms.SHAPES)
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "td", "title", "header", "footer", "nav", "aside", "br", "tr",
         "section", "marquee", "button"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


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


def html_paragraphs(path: Path) -> list[str]:
    h = _Html()
    h.feed(path.read_text(encoding="utf-8"))
    h.flush()
    return h.blocks


def main() -> int:
    errors: list[str] = []
    warn: list[str] = []

    # ---- documents -----------------------------------------------------------------------------------
    raw: dict[str, list[str]] = {
        ms.DOC_NAMES["G"]: ms.guide_paragraphs(),
        ms.DOC_NAMES["A"]: ms.amend_paragraphs(),
        ms.DOC_NAMES["N"]: html_paragraphs(ms.NOTICE),
        ms.DOC_NAMES["R"]: ms.txt_paragraphs(ms.REPORT),
    }
    paras = {n: [norm(p) for p in ps if p.strip()] for n, ps in raw.items()}
    full = {n: " \n ".join(ps) for n, ps in paras.items()}
    everything = " || ".join(full.values())
    for name, ps in raw.items():
        for p in ps:
            if p != unicodedata.normalize("NFC", p):
                errors.append(f"{name}: not NFC: {p[:50]!r}")
        print(f"{name}: {len(ps)} blocks, {sum(len(p.split()) for p in ps)} words")
    gw = sum(len(p.split()) for p in raw[ms.DOC_NAMES["G"]])
    if not 6000 <= gw <= 7000:
        errors.append(f"hướng dẫn: {gw} words, want 6000-7000")

    # PDF: 2 pages, text extractable, every paragraph's opening found
    reader = PdfReader(ms.AMEND)
    if len(reader.pages) != 2:
        errors.append(f"công văn pdf has {len(reader.pages)} pages")
    pdf_text = norm(" ".join((pg.extract_text() or "") for pg in reader.pages))
    for p in paras[ms.DOC_NAMES["A"]]:
        if p[:40] not in pdf_text:
            errors.append(f"pdf extraction lacks {p[:40]!r}")
    # TXT: hard-wrapped; a wrapped line never starts with "- "; only the pasted menu line is long
    lines = ms.REPORT.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if n > 1 and len(line) > 90:
            errors.append(f"txt line {n} is {len(line)} columns")
        if line.startswith("- ") and n > 1 and lines[n - 2].strip():
            errors.append(f"txt line {n} continues a paragraph with '- '")
    tail = " ".join(lines[-8:])
    if not lines[0].startswith("Trang chủ |") or "Chia sẻ" not in tail or "Bình luận" not in tail:
        errors.append("txt lacks the leftover menu line or the Chia sẻ line")
    # the report names its district only in the heading/letterhead lines
    heading = {norm(x) for x in ms.T.REPORT_PRE}
    for p in paras[ms.DOC_NAMES["R"]]:
        if "đô lương" in p and p not in heading:
            errors.append(f"report names Đô Lương outside its heading: {p[:60]!r}")
    if sum("đô lương" in p for p in paras[ms.DOC_NAMES["R"]]) != 2:
        errors.append("report should name Đô Lương in exactly 2 heading blocks")
    # the notice: Quỳ Hợp only present (attendees) and in furniture, never in a requirement paragraph
    notice = paras[ms.DOC_NAMES["N"]]
    qh = [p for p in notice if "quỳ hợp" in p]
    if len(qh) != 2:
        errors.append(f"Quỳ Hợp in {len(qh)} notice blocks, want 2 (attendees, related news)")
    # phrases that unanswerable questions rely on being absent
    for absent in ("hà tĩnh", "đại biểu chính thức", "tái cử", "bí thư huyện ủy", "khai mạc ngày",
                   "nhiệm kỳ 2025 - 2030 của huyện đô lương"):
        if absent in everything:
            errors.append(f"trap phrase present in corpus: {absent!r}")

    # ---- gazetteer -----------------------------------------------------------------------------------
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = {u["name"] for u in gaz["units"]}
    if len(names) != 21 or len(gaz["units"]) != 21:
        errors.append(f"gazetteer has {len(names)} units, want 21")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        if any(a == "Nghệ An" for a in u["aliases"]):
            errors.append("alias equals the province name")
    kinds = Counter(u["kind"] for u in gaz["units"])
    if kinds != Counter({"huyện": 17, "thị xã": 3, "thành phố": 1}):
        errors.append(f"gazetteer kinds {dict(kinds)}")

    # ---- questions -----------------------------------------------------------------------------------
    counts: Counter = Counter()
    qlines = ms.QUESTIONS_OUT.read_text(encoding="utf-8").splitlines()
    if len(qlines) != len(ms.SOURCES):
        errors.append("questions.jsonl out of date: rerun make_set.py")
    for n, (line, src) in enumerate(zip(qlines, ms.SOURCES), 1):
        rec = json.loads(line)
        if set(rec) != KEYS:
            errors.append(f"q{n}: keys {sorted(rec)}")
            continue
        if line != unicodedata.normalize("NFC", line):
            errors.append(f"q{n}: not NFC")
        if rec["shape"] not in SHAPES or rec["half"] not in ("dev", "heldout"):
            errors.append(f"q{n}: bad shape/half")
        counts[(rec["shape"], rec["half"])] += 1
        if rec["unanswerable"] != (rec["shape"] == "unanswerable"):
            errors.append(f"q{n}: unanswerable flag")
        for f in rec["forbid"]:
            for e in rec["expect"]:
                if norm(e) in norm(f) or norm(f) in norm(e):
                    errors.append(f"q{n}: forbid {f!r} overlaps expect {e!r}")
        if rec["unanswerable"]:
            if rec["gold"] or rec["expect"]:
                errors.append(f"q{n}: unanswerable with gold/expect")
            continue
        if not rec["gold"] or not rec["expect"] or not src:
            errors.append(f"q{n}: answerable without gold/expect/source")
            continue
        srcs = [ms.DOC_NAMES[c] for c in src]
        pool = [p for d in srcs for p in paras[d]]
        for g in rec["gold"]:
            if not any(norm(g) in p for p in pool):
                errors.append(f"q{n}: gold not inside one paragraph of {src}: {g!r}")
        for e in rec["expect"]:
            if not any(norm(e) in full[d] for d in srcs):
                errors.append(f"q{n}: expect not in {src}: {e!r}")
        if rec["shape"] in ("narrow", "meta", "when", "who"):
            gp = [p for p in pool if any(norm(g) in p for g in rec["gold"])]
            for e in rec["expect"]:
                if not any(norm(e) in p for p in gp):
                    warn.append(f"q{n}: expect {e!r} not in the gold paragraph")
        if rec["shape"] == "broad" and not 2 <= len(rec["expect"]) <= 6:
            errors.append(f"q{n}: broad with {len(rec['expect'])} expects")
        for f in rec["forbid"]:
            if any(norm(f) in p for p in pool if any(norm(g) in p for g in rec["gold"])):
                errors.append(f"q{n}: forbid {f!r} occurs in the gold paragraph itself")
    total = sum(counts.values())
    print(f"questions: {total}")
    for shape in ms.SHAPES:
        d, h = counts[(shape, "dev")], counts[(shape, "heldout")]
        print(f"  {shape:13s} dev {d:2d}  heldout {h:2d}")
        if abs(d - h) > 1:
            errors.append(f"{shape}: halves unbalanced {d}/{h}")
    if total < 50:
        errors.append(f"only {total} questions")

    # ---- requirements --------------------------------------------------------------------------------
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    all_keys: dict[str, list[str]] = {}
    nreq = nnot = 0
    for doc, body in req["documents"].items():
        if doc not in paras:
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
            c = full[doc].count(norm(r["key"]))
            hits = [p for p in paras[doc] if norm(r["key"]) in p]
            if c != 1 or len(hits) != 1:
                errors.append(f"{doc}: key found {c}x / in {len(hits)} paragraphs: {r['key']!r}")
            for s in r["scope"]:
                if s not in names:
                    errors.append(f"{doc}: scope {s!r} not in gazetteer")
        for s in body["not_requirements"]:
            nnot += 1
            if not any(norm(s) in p for p in paras[doc]):
                errors.append(f"{doc}: not_requirement absent: {s!r}")
            for k in keys:
                if norm(k) in norm(s) or norm(s) in norm(k):
                    errors.append(f"{doc}: not_requirement {s!r} overlaps key {k!r}")
        if len(body["not_requirements"]) < 10:
            errors.append(f"{doc}: fewer than 10 not_requirements")
    print(f"requirements: {nreq} keys, {nnot} not_requirements")

    # ---- drafts --------------------------------------------------------------------------------------
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
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
        print(f"  {name}: {d['district']}, {d['half']}, {words} words, {dict(labels)}")
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
    print(f"drafts: {dict(halves)}, labels {dict(labels_all)}")

    for w in warn:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
