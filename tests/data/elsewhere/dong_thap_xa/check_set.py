"""Checks the Đồng Tháp commune-level set against the files on disk.

    /work/main/.venv/bin/python -B /work/newsets/dong_thap_xa/check_set.py

Reads the documents as a user's tools would: the .docx's paragraphs and table cells (python-docx); the saved
HTML page's visible text per block element (p, h1-h6, li, figcaption, div, td, ...; script/style/head skipped);
the .txt files line by line. Matching is on NFC text with whitespace collapsed, casefolded. Exit status 1 on
any error.
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from collections import Counter  # noqa: E402
from html.parser import HTMLParser  # noqa: E402
from pathlib import Path  # noqa: E402

from docx import Document  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import set_data as sd  # noqa: E402

KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
SHAPES = {"narrow", "broad", "which", "when", "who"}
LABELS = {"addressed", "partly", "missing"}


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
                if not any(c._tc is x for x in seen):
                    seen.append(c._tc)
                    if c.text.strip():
                        out.append(c.text)
    return out


class _Blocks(HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "figure", "div", "td", "th", "tr",
             "header", "nav", "footer", "section", "article", "aside", "main", "ul", "ol", "body", "br"}
    SKIP = {"script", "style", "head", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def flush(self):
        t = "".join(self.buf).strip()
        if t:
            self.blocks.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_blocks(path: Path) -> list[str]:
    p = _Blocks()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    p.flush()
    return p.blocks


def txt_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def read_blocks(rel: str) -> list[str]:
    path = HERE / "corpus" / rel
    if rel.endswith(".docx"):
        b = docx_blocks(path)
    elif rel.endswith(".html"):
        b = html_blocks(path)
    else:
        b = txt_lines(path)
    return [norm(x) for x in b]


def words(s: str) -> int:
    return len(s.split())


def main() -> int:
    errs: list[str] = []
    err = errs.append

    docs = {rel: read_blocks(rel) for rel in sd.CORPUS}
    for rel in sd.CORPUS:
        if not docs[rel]:
            err(f"no text read from {rel}")
    on_disk = sorted(str(p.relative_to(HERE / "corpus")) for p in (HERE / "corpus").rglob("*") if p.is_file())
    if on_disk != sorted(sd.CORPUS):
        err(f"corpus files on disk differ from set_data.CORPUS: {on_disk}")
    all_blocks = [(rel, b) for rel in sd.CORPUS for b in docs[rel]]
    full = "\n".join(b for _, b in all_blocks)

    def blocks_with(s: str) -> list[tuple[str, str]]:
        n = norm(s)
        return [(rel, b) for rel, b in all_blocks if n in b]

    # ---- gazetteer
    gaz = json.loads((HERE / "gazetteer.json").read_text(encoding="utf-8"))
    names = [u["name"] for u in gaz["units"]]
    if not gaz.get("_comment"):
        err("gazetteer has no _comment")
    if not 12 <= len(names) <= 14 or len(set(names)) != len(names):
        err(f"gazetteer: {len(names)} units / duplicates")
    for u in gaz["units"]:
        if u["kind"] not in ("xã", "phường") or not u["aliases"]:
            err(f"gazetteer unit {u}")
    if "Gò Công" in [a for u in gaz["units"] for a in u["aliases"]]:
        err("bare 'Gò Công' must not be an alias (prefix of Gò Công Đông)")

    # ---- questions
    qs = [json.loads(ln) for ln in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    turn: dict[str, int] = {}
    for i, q in enumerate(qs, 1):
        tag = f"Q{i}"
        if set(q) != KEYS:
            err(f"{tag}: keys {sorted(q)}")
            continue
        if q["shape"] not in SHAPES:
            err(f"{tag}: shape {q['shape']}")
        want = "dev" if turn.get(q["shape"], 0) % 2 == 0 else "heldout"
        turn[q["shape"]] = turn.get(q["shape"], 0) + 1
        if q["half"] != want:
            err(f"{tag}: half {q['half']} but alternation wants {want}")
        if q["unanswerable"] != (q["gold"] == []):
            err(f"{tag}: unanswerable flag vs gold")
        if q["unanswerable"] and q["expect"]:
            err(f"{tag}: unanswerable question with expect")
        gold_blocks: list[str] = []
        for g in q["gold"]:
            if not 4 <= words(g) <= 15:
                err(f"{tag}: gold has {words(g)} words: {g!r}")
            hits = blocks_with(g)
            if len({rel for rel, _ in hits}) > 1:
                print(f"note {tag}: gold found in {len(hits)} blocks of {len({r for r, _ in hits})} documents: {g!r}")
            if not hits:
                err(f"{tag}: gold not inside one block: {g!r}")
            gold_blocks += [b for _, b in hits]
        for x in q["expect"]:
            if norm(x) not in full:
                err(f"{tag}: expect not in corpus: {x!r}")
            elif not any(norm(x) in b for b in gold_blocks):
                err(f"{tag}: expect not in a gold block: {x!r}")
        for f in q["forbid"]:
            if any(norm(f) in b for b in gold_blocks):
                err(f"{tag}: forbid inside a gold block: {f!r}")
            for x in q["expect"]:
                if norm(f) in norm(x) or norm(x) in norm(f):
                    err(f"{tag}: forbid {f!r} overlaps expect {x!r}")

    # ---- requirements
    req = json.loads((HERE / "requirements.json").read_text(encoding="utf-8"))
    if not req.get("_comment"):
        err("requirements has no _comment")
    catalogue: dict[str, list[str]] = {}
    for rel, entry in req["documents"].items():
        if rel not in docs:
            err(f"requirements names unknown document {rel}")
            continue
        text = "\n".join(docs[rel])
        for r in entry["requirements"]:
            k = r["key"]
            c = text.count(norm(k))
            if c != 1:
                err(f"key occurs {c} times in {rel}: {k!r}")
            if not any(norm(k) in b for b in docs[rel]):
                err(f"key not inside one block of {rel}: {k!r}")
            for s in r["scope"]:
                if s not in names:
                    err(f"scope {s!r} not a gazetteer name ({k!r})")
            if k in catalogue:
                err(f"duplicate key {k!r}")
            catalogue[k] = r["scope"]
        for n in entry["not_requirements"]:
            if not any(norm(n) in b for b in docs[rel]):
                err(f"not_requirement not inside one block of {rel}: {n!r}")
            for r in entry["requirements"]:
                if norm(n) in norm(r["key"]) or norm(r["key"]) in norm(n):
                    err(f"not_requirement {n!r} overlaps key {r['key']!r}")
    # negated sentences must be listed as not_requirements, never as keys
    neg = re.compile(r"\b(không cần|không đưa|không nhắc lại|không xây dựng|không lặp lại)\b")
    for k in catalogue:
        if neg.search(norm(k)):
            err(f"negated key: {k!r}")

    # ---- drafts
    exp = json.loads((HERE / "drafts" / "expected.json").read_text(encoding="utf-8"))
    if not exp.get("_comment"):
        err("expected.json has no _comment")
    halves = Counter()
    for name, d in exp["drafts"].items():
        if not (HERE / "drafts" / name).is_file():
            err(f"draft file missing: {name}")
        if d["district"] not in names:
            err(f"{name}: district {d['district']!r} not in gazetteer")
        halves[d["half"]] += 1
        for k, v in d["expected"].items():
            if k not in catalogue:
                err(f"{name}: label key not in catalogue: {k!r}")
            elif catalogue[k] and d["district"] not in catalogue[k]:
                err(f"{name}: key does not apply to {d['district']}: {k!r}")
            if v not in LABELS:
                err(f"{name}: label {v!r}")
    if set(halves) != {"dev", "heldout"}:
        err(f"draft halves {dict(halves)}")

    # ---- traps
    hd, news, tb, rp, dx = (docs[r] for r in sd.CORPUS)
    tbt, hdt, _newst = "\n".join(tb), "\n".join(hd), "\n".join(news)
    for s in sd.ABSENT:
        if norm(s) in full:
            err(f"phrase that must be absent is present: {s!r}")
    checks = [
        ("HD states the old deadline", "trước ngày 31/7/2025" in hdt),
        ("TB does not restate the old deadline", "31/7/2025" not in tbt),
        ("TB names the Hướng dẫn by number", "07-hd/btgdvtu" in tbt),
        ("page limit only in HD", full.count("không quá 20 trang") == 1),
        ("HD has >= 2 tables' cells", any("nhóm 3: biên giới" == b for b in hd) and any(b == "kinh tế" for b in hd)),
        ("banner date is a block of its own", "thứ năm, 14/8/2025" in news),
        ("banner date not in article text", not any("14/8/2025" in b and len(b) > 30 for b in news)),
        ("article date", any("08/08/2025" in b for b in news)),
        ("footer address names phường Mỹ Tho", any(b.startswith("địa chỉ:") and "phường mỹ tho" in b for b in news)),
        ("passing mention of phường Gò Công in Gò Công Đông's paragraph",
         any("gò công đông" in b and "phường gò công," in b for b in news)),
        ("head <title> not read as text", not any(b.endswith("báo đồng tháp điện tử") for b in news)),
        ("report: commune named only in letterhead/title",
         sum("tân phú đông" in b for b in rp) == 2),
        ("report mentions Gò Công Đông in passing", any("gò công đông" in b for b in rp)),
        ("distractor names communes", sum(n in "\n".join(dx) for n in ("cao lãnh", "sa đéc", "cái bè")) == 3),
        ("negations present", all(norm(x) in full for x in (
            "không cần phân tích bối cảnh quốc tế", "không nhắc lại toàn văn",
            "các phường không cần đánh giá chương trình xây dựng nông thôn mới")))
    ]
    for what, ok in checks:
        if not ok:
            err(f"trap not in place: {what}")
    # draft figures
    def chu_de(name):
        t = (HERE / "drafts" / name).read_text(encoding="utf-8")
        m = re.search(r"^Chủ đề: (.*)$", t, re.M)
        return words(m.group(1)) if m else 0
    if not chu_de("01_phuong_cao_lanh_gan_day_du.txt") <= 35:
        err("draft 01 chủ đề over 35 words")
    if not chu_de("02_xa_tan_hong_con_thieu.txt") > 35:
        err("draft 02 chủ đề not over 35 words")
    if list(HERE.rglob("__pycache__")):
        err("__pycache__ present")

    # ---- languages: 4 English, 4 Vietnamese typed without diacritics
    en = re.compile(r"\b(what|who|when|which|how|the|must|should)\b", re.I)
    ascii_q = [q for q in qs if all(ord(ch) < 128 for ch in q["question"])]
    n_en = sum(bool(en.search(q["question"])) for q in qs)
    n_plain = sum(not en.search(q["question"]) for q in ascii_q)
    if n_en != 4 or n_plain != 4:
        err(f"language mix: {n_en} English, {n_plain} without diacritics")

    # ---- summary
    c = Counter((q["shape"], q["half"], q["unanswerable"]) for q in qs)
    print(f"questions: {len(qs)}")
    for s in ("narrow", "broad", "which", "when", "who"):
        n = sum(v for (sh, _, _), v in c.items() if sh == s)
        dv = sum(v for (sh, h, _), v in c.items() if sh == s and h == "dev")
        un = sum(v for (sh, _, u), v in c.items() if sh == s and u)
        print(f"  {s:7s} {n:2d}  dev {dv:2d} / heldout {n - dv:2d}  unanswerable {un}")
    print(f"  unanswerable total {sum(q['unanswerable'] for q in qs)}; "
          f"dev {sum(q['half'] == 'dev' for q in qs)} / heldout {sum(q['half'] == 'heldout' for q in qs)}")
    for rel, entry in req["documents"].items():
        print(f"catalogue {rel}: {len(entry['requirements'])} keys "
              f"({sum(bool(r['scope']) for r in entry['requirements'])} scoped), "
              f"{len(entry['not_requirements'])} not_requirements")
    for name, d in exp["drafts"].items():
        print(f"draft {name} ({d['district']}, {d['half']}): {dict(Counter(d['expected'].values()))}")
    if errs:
        print(f"\n{len(errs)} ERROR(S):")
        for x in errs:
            print("  -", x)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
