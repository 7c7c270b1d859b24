"""Checks the Đắk Lắk (Word / minutes / HTML) set against the files on disk.

    /work/main/.venv/bin/python -B /work/newsets/dak_lak_docx/check_set.py

Reads the documents as a user's tools would ("normal reading"):
  .docx  paragraphs plus table cells (python-docx; a cell with line breaks is one block);
  .txt   one block per line;
  .html  the ARTICLE BODY only for gold and expect strings: the blocks inside <article> minus the share
         buttons and the tag list (title, date line, sapo, paragraphs, caption, byline). The whole page
         (menu, banner date, related and most-read headlines, footer) counts only for forbid phrases, which a
         wrong answer could quote from the clutter. If trafilatura is importable, every gold string of an
         HTML question must also survive trafilatura.extract().
Compares after NFC, whitespace collapsing and casefolding. Exit status 1 on error.
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
EN_START = re.compile(r"^(what|which|when|who|how|by|under|according|on|besides|the|in)\b", re.IGNORECASE)
NEGATED = re.compile(r"\bkhông (cần|đưa|đọc|nêu lại|có ý kiến)\b")
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "title", "div", "span",
              "section", "header", "footer", "nav", "ul", "ol", "figure", "article", "main", "form", "body",
              "aside", "strong"}
VOID = {"img", "br", "meta", "link", "input", "hr", "source"}
EXPECTED_UNITS = {
    "TP Buôn Ma Thuột": "thành phố", "TX Buôn Hồ": "thị xã", "Ea H'leo": "huyện", "Ea Súp": "huyện",
    "Buôn Đôn": "huyện", "Cư M'gar": "huyện", "Krông Búk": "huyện", "Krông Năng": "huyện", "Ea Kar": "huyện",
    "M'Đrắk": "huyện", "Krông Bông": "huyện", "Krông Pắc": "huyện", "Krông A Na": "huyện", "Lắk": "huyện",
    "Cư Kuin": "huyện",
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().casefold()


# ------------------------------------------------------------------------------------------------ readers
class _Blocks(HTMLParser):
    """Block texts of a page; with article_only, only inside <article> and outside share/tag boxes."""

    def __init__(self, article_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.article_only = article_only
        self.blocks: list[str] = []
        self.buf: list[str] = []
        self.skip = 0  # script / style
        self.in_article = 0
        self.drop_depth = 0  # depth inside a share / tags box

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            self.blocks.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
            return
        if tag in VOID:
            return
        cls = dict(attrs).get("class") or ""
        if tag == "article":
            self.in_article += 1
        if self.drop_depth:
            self.drop_depth += 1
        elif self.in_article and ("share" in cls or "tags" in cls):
            self.drop_depth = 1
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
            return
        if tag in VOID:
            return
        if tag in BLOCK_TAGS:
            self._flush()
        if self.drop_depth:
            self.drop_depth -= 1
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data):
        if self.skip:
            return
        if self.article_only and (not self.in_article or self.drop_depth):
            return
        self.buf.append(data)


def html_blocks(text: str, article_only: bool) -> list[str]:
    p = _Blocks(article_only)
    p.feed(text)
    p.close()
    p._flush()
    return p.blocks


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


def load_corpus() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    """-> (normal-reading blocks, whole-file blocks, raw text) per document."""
    read, full, raw = {}, {}, {}
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(CORPUS).as_posix()
        if p.suffix == ".docx":
            read[rel] = full[rel] = docx_blocks(p)
            raw[rel] = "\n".join(read[rel])
            continue
        text = p.read_bytes().decode("utf-8")
        raw[rel] = text
        if p.suffix == ".html":
            read[rel] = html_blocks(text, article_only=True)
            full[rel] = html_blocks(text, article_only=False)
        elif p.suffix == ".txt":
            read[rel] = full[rel] = [ln for ln in text.splitlines() if ln.strip()]
        else:
            raise SystemExit(f"unexpected corpus file {rel}")
    return read, full, raw


# ------------------------------------------------------------------------------------------------ main
def main() -> int:
    errors: list[str] = []
    notes: list[str] = []
    read_raw, full_raw, raw_text = load_corpus()
    read = {d: [norm(b) for b in bl] for d, bl in read_raw.items()}
    full = {d: [norm(b) for b in bl] for d, bl in full_raw.items()}
    rawn = {d: norm(t) for d, t in raw_text.items()}
    everything_read = " || ".join(" \n ".join(bl) for bl in read.values())
    everything_full = " || ".join(" \n ".join(bl) for bl in full.values())
    for d, bl in read_raw.items():
        words = sum(len(b.split()) for b in bl)
        print(f"  {d}: {len(bl)} blocks read ({len(full_raw[d])} in the whole file), {words} words")
        if raw_text[d] != unicodedata.normalize("NFC", raw_text[d]):
            errors.append(f"{d}: not NFC")
    suffixes = Counter(Path(d).suffix for d in read)
    if suffixes != Counter({".docx": 2, ".txt": 2, ".html": 1}):
        errors.append(f"corpus should hold 2 .docx, 2 .txt, 1 .html; has {dict(suffixes)}")
    reports = [d for d in read if d.startswith("reports/")]
    if len(reports) != 1:
        errors.append("corpus/reports must hold exactly one document")
    gdocx = next(d for d in read if d.startswith("guidance/huong-dan") and d.endswith(".docx"))
    bb = next(d for d in read if d.startswith("guidance/bien-ban"))
    htm = next(d for d in read if d.endswith(".html"))
    rep = reports[0]
    dist = next(d for d in read if d.startswith("guidance/ke-hoach"))

    def hits(s: str, where: dict) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(d, i) for d, bl in where.items() for i, b in enumerate(bl) if ns in b]

    # ---- JSON files ---------------------------------------------------------------------------------------
    loaded = {}
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            loaded[f] = json.loads((HERE / f).read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            print(f"{f}: invalid JSON: {e}")
            return 1
    gaz, reqs, exp = loaded["gazetteer.json"], loaded["requirements.json"], loaded["drafts/expected.json"]

    # ---- gazetteer ----------------------------------------------------------------------------------------
    draft_texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "drafts").glob("*.txt"))}
    names = [u["name"] for u in gaz["units"]]
    if {u["name"]: u["kind"] for u in gaz["units"]} != EXPECTED_UNITS or len(names) != 15:
        errors.append("gazetteer units/kinds differ from the 15 district-level units of Đắk Lắk in 2020")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        for a in u["aliases"]:
            if a in ("Lắk", "Buôn Ma Thuột"):
                errors.append(f"bare alias {a!r} would match 'Đắk Lắk' / the place of issue")
    for phrase in ("Buôn Ma Thuột, ngày", "Đắk Lắk, ngày", "hồ Lắk", "hồ Ea Súp Thượng",
                   "Vườn quốc gia Yok Đôn", "Vườn quốc gia Chư Yang Sin", "sông Krông Ana", "xã Krông Búk",
                   "Phước An", "buôn Akô Dhông", "buôn Jun", "Cụm công nghiệp Buôn Hồ", "Mondulkiri",
                   "Koh Nhek", "Nam Ka", "Ia Rvê", "Lễ hội Cà phê Buôn Ma Thuột"):
        if phrase not in gaz["_comment"]:
            errors.append(f"gazetteer _comment does not name {phrase!r}")
        in_drafts = any(norm(phrase) in norm(t) for t in draft_texts.values())
        if norm(phrase) not in everything_full and not in_drafts:
            errors.append(f"gazetteer _comment phrase {phrase!r} is neither in the corpus nor in a draft")
    name_set = set(names)

    # ---- requirements -------------------------------------------------------------------------------------
    n_keys = n_scoped = 0
    key_block: dict[str, tuple[str, int]] = {}
    negated_blocks = set()
    per_doc = Counter()
    n_neg = 0
    for doc, entry in reqs["documents"].items():
        if doc not in read:
            errors.append(f"requirements.json names unknown document {doc}")
            continue
        for nr in entry["not_requirements"]:
            h = [i for i, b in enumerate(full[doc]) if norm(nr) in b]
            if not h:
                errors.append(f"{doc}: not_requirement not in one block: {nr!r}")
            if NEGATED.search(norm(nr)):
                n_neg += 1
                negated_blocks.update((doc, full[doc][i]) for i in h)
        for r in entry["requirements"]:
            n_keys += 1
            per_doc[doc] += 1
            k, scope = r["key"], r["scope"]
            if set(r) != {"key", "scope"}:
                errors.append(f"requirement malformed: {r}")
            cnt = " \n ".join(read[doc]).count(norm(k))
            if cnt != 1:
                errors.append(f"{doc}: key occurs {cnt} times: {k!r}")
            h = [i for i, b in enumerate(read[doc]) if norm(k) in b]
            if len(h) != 1:
                errors.append(f"{doc}: key not inside exactly one block: {k!r}")
            else:
                key_block[k] = (doc, read[doc][h[0]])
                if NEGATED.search(read[doc][h[0]]):
                    errors.append(f"{doc}: key sits in a negated block: {k!r}")
            if not doc.endswith(".docx") and norm(k) not in rawn[doc]:
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
            errors.append(f"key sits in a negated not_requirement block: {k!r}")
    if n_neg < 6:
        errors.append(f"only {n_neg} negated not_requirements")
    all_keys = {r["key"]: r["scope"] for e in reqs["documents"].values() for r in e["requirements"]}
    g_nr = [norm(x) for x in reqs["documents"][gdocx]["not_requirements"]]
    if norm("Không quá 35 trang khổ A4") not in g_nr or "Không quá 35 trang khổ A4" in all_keys:
        errors.append("the superseded 35-page cell must be a not_requirement, not a key")
    if "báo cáo chính trị dài không quá 30 trang khổ A4" not in all_keys:
        errors.append("the amended 30-page limit is not a key")
    joint = [s for k, s in all_keys.items()
             if k.startswith("bổ sung đánh giá kết quả thực hiện quy chế dân chủ")]
    if joint != [["Cư M'gar", "Ea Súp", "Krông Bông"]]:
        errors.append(f"the three-district remark has scope {joint}")

    # ---- questions ----------------------------------------------------------------------------------------
    qs = [json.loads(ln) for ln in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
          if ln.strip()]
    per_shape: dict = defaultdict(list)
    n_en = n_nodia = n_forbid_neighbour = 0
    per_doc_q = Counter()
    lang_half = Counter()
    html_golds: list[str] = []
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
            if "\n" in g:
                errors.append(f"{tag}: gold contains a line break")
            h = hits(g, read)
            if not h:
                where = "only outside the article body" if hits(g, full) else "nowhere"
                errors.append(f"{tag}: gold not inside one block of the normal reading ({where}): {g!r}")
            for d, _i in h:
                if not d.endswith(".docx") and norm(g) not in rawn[d]:
                    errors.append(f"{tag}: gold has markup inside it in {d}: {g!r}")
                if d == htm:
                    html_golds.append(g)
            gold_blocks.update(h)
        gold_docs = {d for d, _ in gold_blocks}
        if len(gold_docs) > 1 and q["shape"] != "which":
            errors.append(f"{tag}: gold spread over several documents {sorted(gold_docs)}")
        for d in gold_docs:
            per_doc_q[d] += 1
        for e in q["expect"]:
            if norm(e) not in everything_read:
                errors.append(f"{tag}: expect not in the normal reading of the corpus: {e!r}")
            elif gold_docs and not any(norm(e) in " \n ".join(read[d]) for d in gold_docs):
                errors.append(f"{tag}: expect {e!r} not in the gold document(s)")
        for f in q["forbid"]:
            if norm(f) not in everything_full:
                errors.append(f"{tag}: forbid not in corpus (a wrong answer could not quote it): {f!r}")
            for g in q["gold"]:
                if norm(f) in norm(g):
                    errors.append(f"{tag}: forbid {f!r} is inside gold {g!r}")
            for e in q["expect"]:
                if norm(f) in norm(e) or norm(e) in norm(f):
                    errors.append(f"{tag}: forbid {f!r} overlaps expect {e!r}")
            if any(norm(f) in read[d][i] for d, i in gold_blocks):
                n_forbid_neighbour += 1
        text = q["question"]
        if EN_START.search(text):  # English, possibly with a Vietnamese term in brackets
            n_en += 1
            lang_half[("en", q["half"])] += 1
        elif not VI_MARKS.search(text):
            n_nodia += 1
            lang_half[("nodia", q["half"])] += 1
    for shape in SHAPES:
        lst = per_shape[shape]
        for i, q in enumerate(lst):
            want = "dev" if i % 2 == 0 else "heldout"
            if q["half"] != want:
                errors.append(f"{shape} #{i}: half {q['half']} want {want}")
        c = Counter(q["half"] for q in lst)
        if c["dev"] != c["heldout"] or not lst:
            errors.append(f"{shape}: halves unbalanced {dict(c)}")
    un = Counter(q["half"] for q in qs if q["unanswerable"])
    if un["dev"] != un["heldout"]:
        errors.append(f"unanswerable questions unbalanced between halves {dict(un)}")
    n_un = sum(q["unanswerable"] for q in qs)
    if not 7 <= n_un <= 9:
        errors.append(f"{n_un} unanswerable questions, want about 8")
    if not 52 <= len(qs) <= 60:
        errors.append(f"{len(qs)} questions, want about 56")
    if not 0.22 <= n_en / len(qs) <= 0.30:
        errors.append(f"{n_en} English questions ({n_en / len(qs):.0%}), want about 25%")
    if not 0.12 <= n_nodia / len(qs) <= 0.18:
        errors.append(f"{n_nodia} questions without diacritics ({n_nodia / len(qs):.0%}), want about 15%")
    for lang in ("en", "nodia"):
        if abs(lang_half[(lang, "dev")] - lang_half[(lang, "heldout")]) > 1:
            errors.append(f"{lang} questions unbalanced between halves: dev {lang_half[(lang, 'dev')]}, "
                          f"heldout {lang_half[(lang, 'heldout')]}")
    for d in read:
        if per_doc_q[d] == 0:
            errors.append(f"no question takes its gold from {d}")
    print(f"  {len(qs)} questions; {n_un} unanswerable; {n_en} English (dev {lang_half[('en', 'dev')]}); "
          f"{n_nodia} without diacritics (dev {lang_half[('nodia', 'dev')]}); "
          f"{n_forbid_neighbour} forbid phrases sit in a gold block (neighbouring values)")
    tot = Counter()
    for shape in SHAPES:
        lst = per_shape[shape]
        c = Counter(q["half"] for q in lst)
        u = Counter(q["half"] for q in lst if q["unanswerable"])
        tot.update(c)
        print(f"    {shape:7s} {len(lst):2d}  dev {c['dev']:2d} / heldout {c['heldout']:2d}   "
              f"unanswerable dev {u['dev']} / heldout {u['heldout']}")
    print(f"    all     {len(qs):2d}  dev {tot['dev']:2d} / heldout {tot['heldout']:2d}")
    print("  questions per gold document: "
          + ", ".join(f"{Path(d).name[:32]}… {v}" for d, v in per_doc_q.items()))

    # ---- unanswerable: the key facts must be absent -------------------------------------------------------
    allblocks = [(d, b) for d, bl in full.items() for b in bl]

    def none(pred) -> bool:
        return not any(pred(d, b) for d, b in allblocks)

    absent = {
        "huyện Ea Súp đạt tốc độ tăng trưởng": none(
            lambda d, b: "ea súp" in b and re.search(r"đạt \d+(,\d+)?%", b)),
        "Tỉnh ủy Đắk Nông": "đắk nông" not in everything_full,
        "tình hình thế giới và khu vực": none(lambda d, b: "thế giới và khu vực" in b and "trang" in b),
        "Huyện ủy Cư Kuin?": ("cư kuin" not in " ".join(full[bb]) and "cư kuin" not in " ".join(read[htm])),
        "tỷ lệ che phủ rừng vào hệ thống": none(
            lambda d, b: "che phủ rừng" in b and not NEGATED.search(b)
            and re.search(r"đề nghị|yêu cầu|phải", b)),
        "huyện Ea Súp nhiệm kỳ 2020 - 2025 khai mạc": none(lambda d, b: "ea súp" in b and "khai mạc" in b),
        "Krong A Na": none(
            lambda d, b: "krông a na" in b or ("krông ana" in b and "sông krông ana" not in b)),
        "Thông báo kết luận của hội nghị": "thông báo kết luận" not in everything_full
        and "-tb/tu" not in everything_full,
    }
    for q in qs:
        if not q["unanswerable"]:
            continue
        k = [a for a in absent if a in q["question"]]
        if len(k) != 1:
            errors.append(f"unanswerable question has no absent-fact check: {q['question']!r}")
        elif not absent[k[0]]:
            errors.append(f"unanswerable question is answerable from the corpus: {q['question']!r}")

    # ---- trafilatura: gold of HTML questions must survive a standard extractor ----------------------------
    try:
        import trafilatura
    except ImportError:
        notes.append("trafilatura not importable: extractor check skipped")
    else:
        extracted = norm(trafilatura.extract(raw_text[htm], include_comments=False) or "")
        lost = sorted({g for g in html_golds if norm(g) not in extracted})
        sapo_or_byline = [b for b in read_raw[htm][:4] + read_raw[htm][-1:]]
        for g in lost:
            if any(norm(g) in norm(b) for b in sapo_or_byline):
                notes.append(f"trafilatura drops the sapo/byline gold {g!r} (planted trap, see README)")
            else:
                errors.append(f"trafilatura drops the HTML body gold {g!r}")
        for clutter in ("Tin đọc nhiều", "Tòa soạn", "Thứ Hai, 25/05/2020"):
            if norm(clutter) in extracted:
                notes.append(f"trafilatura keeps clutter {clutter!r}")

    # ---- drafts -------------------------------------------------------------------------------------------
    labels = Counter()
    aliases = {u["name"]: u["aliases"] for u in gaz["units"]}
    halves = []
    for fname, d in exp["drafts"].items():
        if fname not in draft_texts:
            errors.append(f"draft missing: {fname}")
            continue
        if set(d) != {"district", "half", "expected"}:
            errors.append(f"{fname}: keys {sorted(d)}")
        halves.append(d["half"])
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
        text = draft_texts[fname]
        words = len(text.split())
        if not 600 <= words <= 1200:
            errors.append(f"{fname}: {words} words, want 600-1200")
        verbatim = sum(1 for k in d["expected"] if norm(k) in norm(text))
        c = Counter(d["expected"].values())
        print(f"  draft {fname}: {words} words, {len(d['expected'])} labels {dict(c)}, "
              f"{verbatim} keys verbatim in the text")
        if fname.startswith("03") and verbatim > 3:
            errors.append(f"{fname}: the paraphrasing draft repeats {verbatim} keys verbatim")
        if fname.startswith("01") and c["addressed"] < len(d["expected"]) - 3:
            errors.append(f"{fname}: the nearly complete draft has too many gaps")
        if fname.startswith("02") and c["missing"] < 8:
            errors.append(f"{fname}: the incomplete draft misses only {c['missing']} requirements")
        for ln in text.splitlines():
            if ln.startswith(("Chủ đề:", "Phương châm hành động:")):
                theme = ln.split(":", 1)[1]
                theme_label = d["expected"].get("ngắn gọn, dễ nhớ, không quá 50 chữ")
                if len(theme.split()) > 50 and theme_label == "addressed":
                    errors.append(f"{fname}: theme has {len(theme.split())} words (> 50)")
        for name, al in aliases.items():
            if name == d["district"]:
                continue
            for a in al:
                if re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text):
                    errors.append(f"{fname}: names another unit {a!r}")
    if halves != ["dev", "heldout", "dev"]:
        errors.append(f"draft halves {halves}")
    print(f"  labels {dict(labels)}")

    # ---- genre checks: the Word guidance ------------------------------------------------------------------
    gd = Document(str(CORPUS / gdocx))
    styled = [(p.style.name, p.text) for p in gd.paragraphs]
    h1 = [t for s, t in styled if s == "Heading 1"]
    want_h1 = ("I. ", "II. ", "III. ", "IV. ", "V. ", "PHỤ LỤC")
    if [t.split(" ")[0] for t in h1] != [w.split(" ")[0] for w in want_h1]:
        errors.append(f"guidance Heading 1 sequence is {h1}")
    n_h2 = sum(s == "Heading 2" for s, _ in styled)
    n_h3 = sum(s == "Heading 3" for s, _ in styled)
    if n_h2 < 15 or n_h3 < 8:
        errors.append(f"guidance has {n_h2} Heading 2 and {n_h3} Heading 3 paragraphs")
    for marker in ("a) ", "b) ", "c) ", "d) "):
        if not any(t.startswith(marker) for _s, t in styled):
            errors.append(f"guidance lacks sub-items {marker!r}")
    lim_tables = [t for t in gd.tables if [c.text for c in t.rows[0].cells] == ["STT", "Văn bản", "Giới hạn",
                                                                                  "Ghi chú"]]
    if len(lim_tables) != 1:
        errors.append("guidance lacks the limits table")
    else:
        cells = " ".join(c.text for r in lim_tables[0].rows for c in r.cells)
        for w in ("35 trang", "15 trang", "12 trang", "35 phút"):
            if w not in cells:
                errors.append(f"limits table lacks {w!r}")
        for w in ("22 chỉ tiêu", "3 khâu", "5 năm"):
            if w in cells:
                errors.append(f"{w!r} should sit outside the table")
    texts = [t for _s, t in styled]
    note = [i for i, t in enumerate(texts) if t.startswith("Ghi chú:")]
    amend = [i for i, t in enumerate(texts) if "mục II.3 nêu trên được điều chỉnh như sau" in t]
    v_head = [i for i, t in enumerate(texts) if t.startswith("V. ")]
    if len(note) != 1 or "5 năm" not in texts[note[0]]:
        errors.append("guidance lacks the single 'Ghi chú:' note with the years limit")
    if len(amend) != 1 or not v_head or amend[0] < v_head[0]:
        errors.append("the amendment of mục II.3 must sit once, in part V")
    if not any("Đề cương gợi ý".casefold() in t.casefold() for t in texts):
        errors.append("guidance lacks the appendix 'Đề cương gợi ý'")
    gwords = sum(len(b.split()) for b in read_raw[gdocx])
    est = gwords / 330  # Times New Roman 14 pt on A4 carries roughly 330 words a page
    print(f"  guidance: {len(h1)} Heading 1, {n_h2} Heading 2, {n_h3} Heading 3; {gwords} words "
          f"(about {est:.1f} pages at 330 words a page, plus tables)")
    if not 8 <= est <= 12.5:
        errors.append(f"guidance is about {est:.1f} pages, want 8-12")
    if gd.core_properties.title != "Hướng dẫn 38-HD/BTGTU":
        errors.append(f"guidance title property {gd.core_properties.title!r}")

    # ---- the old report: district named only in the letterhead --------------------------------------------
    rd = Document(str(CORPUS / rep))
    para_hits = [p.text for p in rd.paragraphs if "krông pắc" in norm(p.text)]
    head_cell = rd.tables[0].rows[0].cells[0].text
    if para_hits or "HUYỆN ỦY KRÔNG PẮC" not in head_cell:
        errors.append(f"report names Krông Pắc outside its letterhead cell: {para_hits}")
    if sum("krông pắc" in b for b in read[rep]) != 1:
        errors.append("report: 'Krông Pắc' must occur in exactly one block (the letterhead)")
    cp = rd.core_properties
    meta = (cp.title, cp.author, cp.subject, cp.keywords)
    if any("krông" in norm(x or "") for x in meta) or "krong" in rep:
        errors.append("report metadata or file name reveals the district")
    for bait in ("xã krông búk", "thành phố buôn ma thuột", "huyện ea kar"):
        if not any(bait in b for b in read[rep]):
            errors.append(f"report lacks the passing mention {bait!r}")

    # ---- the minutes --------------------------------------------------------------------------------------
    bbt = read[bb]
    if sum(bool(NEGATED.search(b)) for b in bbt) < 4:
        errors.append("minutes: want at least 4 negated statements")
    jl = [b for b in bbt if "các huyện cư m'gar, ea súp và krông bông" in b]
    if len(jl) != 1 or "buôn hồ" in jl[0]:
        errors.append("minutes: the three-district remark is missing or names Buôn Hồ")
    for sect in ("i. dự thảo", "ii. dự thảo", "iii. dự thảo", "iv. dự thảo", "kết luận của đồng chí chủ trì"):
        if not any(b.startswith(sect) for b in bbt):
            errors.append(f"minutes lack section {sect!r}")

    # ---- the news page ------------------------------------------------------------------------------------
    for mark in ("<!DOCTYPE html>", "saved from url", "<nav", "breadcrumb", "share-buttons", "Tin liên quan",
                 "Tin đọc nhiều", "<footer", "<script", "<figcaption", "Tin, ảnh:"):
        if mark not in raw_text[htm]:
            errors.append(f"html lacks {mark!r}")
    body = " \n ".join(read[htm])
    if "25/05/2020" in body or "25/05/2020" not in " ".join(full[htm]):
        errors.append("html: the banner date must be outside the article body")
    if "20/05/2020" not in body or "chiều 19/5" not in body:
        errors.append("html: article date / session date missing from the article body")
    for clutter in ("tin liên quan", "tin đọc nhiều", "tòa soạn", "chia sẻ", "từ khóa"):
        if clutter in body:
            errors.append(f"html article body contains clutter {clutter!r}")

    # ---- the distractor -----------------------------------------------------------------------------------
    for w in ("báo cáo", "kế hoạch", "chỉ tiêu", "thời hạn", "trước ngày", "kinh phí", "cư kuin", "ea súp"):
        if w not in rawn[dist]:
            errors.append(f"distractor lacks {w!r}")
    if "báo cáo chính trị" in rawn[dist]:
        errors.append("distractor must not be about political reports")

    print(f"  requirements: {n_keys} keys ({n_scoped} scoped) "
          + ", ".join(f"{Path(k).suffix} {v}" for k, v in per_doc.items())
          + f"; {sum(len(e['not_requirements']) for e in reqs['documents'].values())} not_requirements "
          f"({n_neg} negated)")
    for n_ in notes:
        print(f"  note: {n_}")
    if errors:
        print("\nERRORS:")
        print("\n".join("  - " + e for e in errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
