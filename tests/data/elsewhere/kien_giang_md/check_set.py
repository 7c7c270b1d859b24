"""Checks the Kiên Giang (Markdown/HTML) set against the files on disk.

    /work/main/.venv/bin/python -B /work/newsets/kien_giang_md/check_set.py

Reads the documents as a user's tools would:
  .md    one block per line (heading / list markers, '**' and link targets dropped), one block per table cell;
  .html  one block per <p>, <li>, <h1-6>, <td>, <figcaption>, <title>, ... (script and style skipped);
  .txt   one block per line;
  .docx  paragraphs plus table cells (python-docx; a cell with line breaks is one block).
Every gold string and requirement key must also occur verbatim in the raw file text of a .md/.html file, so
no markup sits inside it. Compares after NFC, whitespace collapsing and casefolding. Exit status 1 on error.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

from docx import Document

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
SHAPES = ("narrow", "broad", "which", "when", "who", "meta")
VI_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
NEGATED = re.compile(r"\bkhông (cần|nêu lại|có ý kiến)")
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "title", "div",
              "section", "header", "footer", "nav", "ul", "ol", "figure", "article", "main", "form", "body"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            self.blocks.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_blocks(text: str) -> list[str]:
    p = _Blocks()
    p.feed(text)
    p.close()
    p._flush()
    return p.blocks


def md_blocks(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or re.fullmatch(r"-{3,}", s) or re.fullmatch(r"\|[-| :]+\|", s):
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            out.extend(c.replace("**", "") for c in cells if c)
            continue
        s = re.sub(r"^(#+\s*|[-*]\s+|\d+\.\s+)", "", s)
        s = s.replace("**", "")
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        if len(s) > 1 and s.startswith("*") and s.endswith("*"):
            s = s[1:-1]
        out.append(s)
    return out


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


def load_corpus() -> tuple[dict[str, list[str]], dict[str, str]]:
    blocks, raw = {}, {}
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(CORPUS).as_posix()
        if p.suffix == ".docx":
            blocks[rel] = docx_blocks(p)
            raw[rel] = "\n".join(blocks[rel])
            continue
        text = p.read_bytes().decode("utf-8")
        raw[rel] = text
        if p.suffix == ".md":
            blocks[rel] = md_blocks(text)
        elif p.suffix == ".html":
            blocks[rel] = html_blocks(text)
        elif p.suffix == ".txt":
            blocks[rel] = [ln for ln in text.splitlines() if ln.strip()]
        else:
            raise SystemExit(f"unexpected corpus file {rel}")
    return blocks, raw


def main() -> int:
    errors: list[str] = []
    raw_blocks, raw_text = load_corpus()
    blocks = {d: [norm(b) for b in bl] for d, bl in raw_blocks.items()}
    rawn = {d: norm(t) for d, t in raw_text.items()}
    everything = " || ".join(" \n ".join(bl) for bl in blocks.values())
    for d, bl in raw_blocks.items():
        words = sum(len(b.split()) for b in bl)
        print(f"  {d}: {len(bl)} blocks, {words} words")
        if raw_text[d] != unicodedata.normalize("NFC", raw_text[d]):
            errors.append(f"{d}: not NFC")
    suffixes = Counter(Path(d).suffix for d in raw_blocks)
    if suffixes != Counter({".md": 1, ".docx": 1, ".html": 1, ".txt": 2}) or len(raw_blocks) != 5:
        errors.append(f"corpus should hold 1 .md, 1 .docx, 1 .html, 2 .txt; has {dict(suffixes)}")
    if sum(d.startswith("reports/") for d in raw_blocks) != 1:
        errors.append("corpus/reports must hold exactly one document")

    def hits(s: str) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(d, i) for d, bl in blocks.items() for i, b in enumerate(bl) if ns in b]

    def in_raw(s: str, d: str) -> bool:
        return norm(s) in rawn[d]

    # ---- JSON files ----------------------------------------------------------------------------------------
    loaded = {}
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            loaded[f] = json.loads((HERE / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            print(f"{f}: invalid JSON: {e}")
            return 1
    gaz, reqs, exp = loaded["gazetteer.json"], loaded["requirements.json"], loaded["drafts/expected.json"]

    # ---- gazetteer -----------------------------------------------------------------------------------------
    draft_texts = [p.read_text(encoding="utf-8") for p in sorted((HERE / "drafts").glob("*.txt"))]
    names = [u["name"] for u in gaz["units"]]
    if len(set(names)) != 15:
        errors.append(f"gazetteer has {len(set(names))} units, want 15")
    if Counter(u["kind"] for u in gaz["units"]) != Counter({"huyện": 12, "thành phố": 3}):
        errors.append("gazetteer kinds wrong: want 12 huyện and 3 thành phố")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
    for phrase in ("Vườn quốc gia Phú Quốc", "Vườn quốc gia U Minh Thượng", "Khu kinh tế cửa khẩu",
                   "các huyện vùng U Minh Thượng", "Rạch Giá, ngày", "Minh Lương", "hồ Dương Đông", "Nam Du",
                   "Thứ Mười Một", "Kampot", "Kiên Giang, ngày"):
        if phrase not in gaz["_comment"]:
            errors.append(f"gazetteer _comment does not name {phrase!r}")
        if norm(phrase) not in everything and not any(phrase in t for t in draft_texts):
            errors.append(f"gazetteer _comment phrase {phrase!r} is neither in the corpus nor in a draft")
    for phrase in ("Châu Thành A", "U Minh Hạ"):
        if phrase not in gaz["_comment"]:
            errors.append(f"gazetteer _comment does not warn about {phrase!r}")
    name_set = set(names)

    # ---- requirements --------------------------------------------------------------------------------------
    n_keys = n_scoped = 0
    key_block: dict[str, tuple[str, int]] = {}
    negated_blocks = set()
    per_doc = Counter()
    for doc, entry in reqs["documents"].items():
        if doc not in blocks:
            errors.append(f"requirements.json names unknown document {doc}")
            continue
        for nr in entry["not_requirements"]:
            h = [i for i, b in enumerate(blocks[doc]) if norm(nr) in b]
            if not h:
                errors.append(f"{doc}: not_requirement not in one block: {nr!r}")
            if NEGATED.search(norm(nr)):
                negated_blocks.update((doc, i) for i in h)
        for r in entry["requirements"]:
            n_keys += 1
            per_doc[doc] += 1
            k, scope = r["key"], r["scope"]
            if set(r) != {"key", "scope"}:
                errors.append(f"requirement malformed: {r}")
            cnt = " \n ".join(blocks[doc]).count(norm(k))
            if cnt != 1:
                errors.append(f"{doc}: key occurs {cnt} times: {k!r}")
            h = [i for i, b in enumerate(blocks[doc]) if norm(k) in b]
            if len(h) != 1:
                errors.append(f"{doc}: key not inside exactly one block: {k!r}")
            else:
                key_block[k] = (doc, h[0])
            if not doc.endswith(".docx") and not in_raw(k, doc):
                errors.append(f"{doc}: key has markup inside it in the raw file: {k!r}")
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
                if NEGATED.search(norm(nr)))
    if n_neg < 3:
        errors.append(f"only {n_neg} negated not_requirements")
    all_keys = {r["key"]: r["scope"] for e in reqs["documents"].values() for r in e["requirements"]}

    # ---- questions -----------------------------------------------------------------------------------------
    qs = [json.loads(ln) for ln in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
          if ln.strip()]
    per_shape: dict = defaultdict(list)
    n_en = n_nodia = n_forbid_neighbour = 0
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
        if q["unanswerable"] and not q["forbid"] and q["shape"] != "which":
            errors.append(f"{tag}: unanswerable question without forbid")
        gold_blocks = set()
        for g in q["gold"]:
            nw = len(g.split())
            if not 3 <= nw <= 20:
                errors.append(f"{tag}: gold has {nw} words: {g!r}")
            h = hits(g)
            if not h:
                errors.append(f"{tag}: gold not inside one block: {g!r}")
            for d, _i in h:
                if not d.endswith(".docx") and not in_raw(g, d):
                    errors.append(f"{tag}: gold has markup inside it in {d}: {g!r}")
            gold_blocks.update(h)
            if "\n" in g:
                errors.append(f"{tag}: gold contains a line break")
        if len({d for d, _ in gold_blocks}) > 1 and q["shape"] != "which":
            errors.append(f"{tag}: gold spread over several documents")
        for e in q["expect"]:
            if norm(e) not in everything:
                errors.append(f"{tag}: expect not in corpus: {e!r}")
        for f in q["forbid"]:
            if norm(f) not in everything:
                errors.append(f"{tag}: forbid not in corpus (a wrong answer could not quote it): {f!r}")
            for g in q["gold"]:
                if norm(f) in norm(g):
                    errors.append(f"{tag}: forbid {f!r} is inside gold {g!r}")
            for e in q["expect"]:
                if norm(f) in norm(e) or norm(e) == norm(f):
                    errors.append(f"{tag}: forbid {f!r} overlaps expect {e!r}")
            if any(norm(f) in blocks[d][i] for d, i in gold_blocks):
                n_forbid_neighbour += 1
        text = q["question"]
        if not VI_MARKS.search(text):
            if re.search(r"\b(what|which|when|who|how|did|does|under|by)\b", text, re.IGNORECASE):
                n_en += 1
            else:
                n_nodia += 1
    for shape in SHAPES:
        lst = per_shape[shape]
        for i, q in enumerate(lst):
            want = "dev" if i % 2 == 0 else "heldout"
            if q["half"] != want:
                errors.append(f"{shape} #{i}: half {q['half']} want {want}")
        c = Counter(q["half"] for q in lst)
        if c["dev"] != c["heldout"]:
            errors.append(f"{shape}: halves unbalanced {dict(c)}")
    if n_en != 4 or n_nodia != 4:
        errors.append(f"English questions {n_en}, no-diacritics {n_nodia}; want 4 and 4")
    n_un = sum(q["unanswerable"] for q in qs)
    if not 8 <= n_un <= 10:
        errors.append(f"{n_un} unanswerable questions, want 8-10")
    if not 48 <= len(qs) <= 60:
        errors.append(f"{len(qs)} questions, want about 50")
    print(f"  {len(qs)} questions; {n_un} unanswerable; {n_en} English; {n_nodia} without diacritics; "
          f"{n_forbid_neighbour} forbid phrases sit in the gold paragraph (neighbouring limits)")
    tot = Counter()
    for shape in SHAPES:
        lst = per_shape[shape]
        c = Counter(q["half"] for q in lst)
        u = Counter(q["half"] for q in lst if q["unanswerable"])
        tot.update(c)
        print(f"    {shape:7s} {len(lst):2d}  dev {c['dev']:2d} / heldout {c['heldout']:2d}   "
              f"unanswerable dev {u['dev']} / heldout {u['heldout']}")
    print(f"    all     {len(qs):2d}  dev {tot['dev']:2d} / heldout {tot['heldout']:2d}")

    # ---- drafts --------------------------------------------------------------------------------------------
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
        text = p.read_text(encoding="utf-8")
        words = len(text.split())
        if not 600 <= words <= 1200:
            errors.append(f"{fname}: {words} words, want 600-1200")
        print(f"  draft {fname}: {words} words, {len(d['expected'])} labels "
              f"{dict(Counter(d['expected'].values()))}")
        for ln in text.splitlines():
            if ln.startswith(("Chủ đề:", "Phương châm hành động")):
                theme = ln.split(":", 1)[1]
                theme_label = d["expected"].get("Chủ đề đại hội không quá 40 chữ")
                if len(theme.split()) > 40 and theme_label == "addressed":
                    errors.append(f"{fname}: theme has {len(theme.split())} words (> 40)")
        for name in names:
            if name != d["district"] and name not in ("TP Hà Tiên", "TP Phú Quốc") and name in text:
                errors.append(f"{fname}: names another unit {name!r}")
    print(f"  labels {dict(labels)}")

    # ---- traps ---------------------------------------------------------------------------------------------
    md = next(d for d in raw_text if d.endswith(".md"))
    html = next(d for d in raw_text if d.endswith(".html"))
    dx = next(d for d in raw_text if d.endswith(".docx"))
    rep = next(d for d in raw_text if d.startswith("reports/"))
    dist = next(d for d in raw_text if d.startswith("guidance/ke-hoach"))
    # Markdown export
    for mark, what in (("\n# ", "a # heading"), ("\n## ", "## headings"), ("**", "bold text"),
                       ("](", "a link"), ("\n| ", "a pipe table"), ("\n|---", "a table separator row"),
                       ("\n- ", "bullets"), ("\n1. ", "numbered items")):
        if mark not in raw_text[md]:
            errors.append(f"markdown lacks {what}")
    lim = [b for b in blocks[md] if "không quá 30 trang" in b]
    want = ["không quá 12 trang", "không quá 10 trang", "không quá 30 phút", "không quá 40 chữ",
            "không quá 20 chỉ tiêu", "không quá 3 khâu đột phá", "từ 3 đến 5 bài học"]
    if len(lim) != 1 or not all(w in lim[0] for w in want):
        errors.append("markdown: the limits are not together in one paragraph")
    for neg in ("không cần phân tích tình hình thế giới", "không nêu lại các chỉ tiêu"):
        if not any(b.startswith(neg) for b in blocks[md]):
            errors.append(f"markdown lacks the negated instruction {neg!r}")
    island = [b for b in blocks[md] if b.startswith("các đơn vị biển, đảo")]
    border = [b for b in blocks[md] if b.startswith("các đơn vị biên giới")]
    if not (island and border and "hà tiên" in island[0] and "hà tiên" in border[0]):
        errors.append("Hà Tiên should be in both the island and the border item")
    # docx
    d = Document(str(CORPUS / dx))
    if d.core_properties.title != "Báo cáo 86-BC/BTGTU":
        errors.append(f"docx title property is {d.core_properties.title!r}")
    big = [t for t in d.tables if len(t.columns) == 4]
    if len(big) != 1:
        errors.append("docx: want exactly one 4-column table")
    else:
        head = [c.text for c in big[0].rows[0].cells]
        if head != ["STT", "Đơn vị", "Ưu điểm", "Nội dung đề nghị bổ sung, chỉnh sửa"]:
            errors.append(f"docx table header {head}")
        last = [c.text for c in big[0].rows[-1].cells]
        if last[1] != "Huyện ủy Tân Hiệp" or last[3] != "Thống nhất với dự thảo, không có ý kiến thêm.":
            errors.append(f"docx: Tân Hiệp row is {last}")
        col4 = [r.cells[3].text for r in big[0].rows[1:]]
        if not any("\n" in c for c in col4) or not any(c.count(";") >= 3 for c in col4):
            errors.append("docx: want cells split by line breaks and cells split by ';'")
    # news page
    for mark in ("<nav", "breadcrumb", "Tin liên quan", "share", "<footer", "<figcaption", "Bài, ảnh:",
                 "<script", "<!DOCTYPE html>"):
        if mark not in raw_text[html]:
            errors.append(f"html lacks {mark!r}")
    for place in ("hội trường", "tại trụ sở", "phòng họp", "diễn ra tại", "tổ chức tại"):
        if place in rawn[html]:
            errors.append(f"html names the session's place ({place!r}); the 'where' question must stay open")
    # old report: district named only in the letterhead and title
    ct = [i for i, b in enumerate(blocks[rep]) if "châu thành" in b]
    if not ct or max(ct) > 7:
        errors.append(f"report names Châu Thành outside its letterhead/title (blocks {ct})")
    if "chau-thanh" in rep:
        errors.append("report file name reveals the district")
    if not any("thành phố rạch giá" in b for b in blocks[rep]):
        errors.append("report lacks the passing mention of Rạch Giá")
    # distractor
    for w in ("kinh phí", "trước ngày", "báo cáo kết quả", "an minh", "u minh thượng", "châu thành"):
        if w not in rawn[dist]:
            errors.append(f"distractor lacks {w!r}")
    # things no document may say (they make unanswerable questions answerable)
    for absent in ("an giang", "đại biểu chính thức", "bí thư huyện ủy kiên hải", "kinh phí xây dựng báo cáo",
                   "thế giới và khu vực, viết", "nêu lại toàn bộ", "hà tiên bổ sung", "thành ủy hà tiên"):
        if absent in everything:
            errors.append(f"trap phrase present in corpus: {absent!r}")
    if any("rạch giá" in b and "tăng trưởng" in b for b in blocks[rep]):
        errors.append("report gives a growth figure next to Rạch Giá")

    print(f"  requirements: {n_keys} keys ({n_scoped} scoped) "
          + ", ".join(f"{Path(k).suffix} {v}" for k, v in per_doc.items())
          + f"; {sum(len(e['not_requirements']) for e in reqs['documents'].values())} not_requirements")
    if errors:
        print("\nERRORS:")
        print("\n".join("  - " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
