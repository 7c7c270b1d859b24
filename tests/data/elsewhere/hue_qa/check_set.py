"""Checks the Thừa Thiên Huế (interview / PDF / Công văn) set against the files on disk.

    /work/main/.venv/bin/python -B /work/newsets/hue_qa/check_set.py

Reads the documents as a user's tools would ("normal reading"):
  .pdf   with pypdf (required): the paragraph boundaries come from the source blocks in texts_guidance.py, and
         every gold, key and expect string of the PDF must also occur in the text pypdf extracts (whitespace
         collapsed), so none of them straddles a line the extractor breaks badly or a page break;
  .docx  paragraphs plus table cells (python-docx; a cell with line breaks is one block);
  .txt   one block per line;
  .md    one block per line (heading / list markers and '**' dropped), one block per table cell;
  .html  the ARTICLE BODY only for gold and expect strings: the blocks inside <article> minus the share
         buttons and the tag list (title, date line, sapo, reporter's questions, answers, caption, byline).
         The whole page (menu, banner date, related and most-read headlines, footer) counts only for forbid
         phrases and not_requirements. If trafilatura is importable, every HTML gold string outside the
         title/date lines and the byline must survive trafilatura.extract().
Gold strings and keys of .txt/.md/.html files must also occur verbatim in the raw file (no markup inside).
Compares after NFC, whitespace collapsing, casefolding and U+2019→'. Exit status 1 on error.
"""

from __future__ import annotations

import importlib
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
NEGATED = re.compile(r"\bkhông (cần|đưa|đọc|nên|nêu lại)\b")
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "title", "div", "span",
              "section", "header", "footer", "nav", "ul", "ol", "figure", "article", "main", "form", "body",
              "aside", "strong"}
VOID = {"img", "br", "meta", "link", "input", "hr", "source"}
EXPECTED_UNITS = {
    "TP Huế": "thành phố", "Hương Thủy": "thị xã", "Hương Trà": "thị xã", "Phong Điền": "huyện",
    "Quảng Điền": "huyện", "Phú Vang": "huyện", "Phú Lộc": "huyện", "Nam Đông": "huyện", "A Lưới": "huyện",
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
        self.skip = 0
        self.in_article = 0
        self.drop_depth = 0

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


def md_blocks(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or re.fullmatch(r"\|[-| :]+\|", s):
            continue
        if s.startswith("|"):
            out.extend(c.strip().replace("**", "") for c in s.strip("|").split("|") if c.strip())
            continue
        s = re.sub(r"^(#+\s*|[-*]\s+|\d+\.\s+)", "", s).replace("**", "")
        if len(s) > 1 and s.startswith("*") and s.endswith("*"):
            s = s[1:-1]
        out.append(s)
    return out


def guidance_source() -> tuple[list[tuple[str, str]], list[str]]:
    """(kind, text) entries of the PDF guidance and its source blocks, from texts_guidance.py."""
    sys.path.insert(0, str(HERE))
    tg = importlib.import_module("texts_guidance")
    ents = []
    for line in tg.GUIDANCE.strip("\n").split("\n"):
        kind, text = line.split("|", 1)
        ents.append((kind, unicodedata.normalize("NFC", text)))
    blocks = list(tg.HD_LEFT) + list(tg.HD_RIGHT) + [t for _k, t in ents]
    return ents, blocks


def load_corpus():
    """-> (normal-reading blocks, whole-file blocks, raw text, pdf extraction info) per document."""
    from pypdf import PdfReader  # required: the PDF is the genre under test

    read, full, raw = {}, {}, {}
    pdf_info: dict = {}
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(CORPUS).as_posix()
        if p.suffix == ".pdf":
            _ents, blocks = guidance_source()
            reader = PdfReader(str(p))
            pages = [pg.extract_text() or "" for pg in reader.pages]
            read[rel] = full[rel] = blocks
            raw[rel] = "\n".join(pages)
            pdf_info = {"doc": rel, "pages": pages, "meta": reader.metadata}
            continue
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
        elif p.suffix == ".md":
            read[rel] = full[rel] = md_blocks(text)
        else:
            raise SystemExit(f"unexpected corpus file {rel}")
    return read, full, raw, pdf_info


# ------------------------------------------------------------------------------------------------ main
def main() -> int:
    errors: list[str] = []
    notes: list[str] = []
    read_raw, full_raw, raw_text, pdf_info = load_corpus()
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
    if suffixes != Counter({".pdf": 1, ".docx": 1, ".txt": 2, ".html": 1, ".md": 1}):
        errors.append(f"corpus should hold 1 .pdf, 1 .docx, 2 .txt, 1 .html, 1 .md; has {dict(suffixes)}")
    pdf = next(d for d in read if d.endswith(".pdf"))
    cv = next(d for d in read if d.endswith(".docx"))
    tb = next(d for d in read if d.startswith("guidance/thong-bao-ket-luan"))
    htm = next(d for d in read if d.endswith(".html"))
    dist = next(d for d in read if d.startswith("guidance/ke-hoach"))
    rep = next(d for d in read if d.startswith("reports/"))
    pdf_text = rawn[pdf]

    def hits(s: str, where: dict) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(d, i) for d, bl in where.items() for i, b in enumerate(bl) if ns in b]

    def verbatim_in_file(s: str, d: str) -> bool:
        return d.endswith(".docx") or norm(s) in rawn[d]

    # ---- JSON files ---------------------------------------------------------------------------------------
    loaded = {}
    for f in ("gazetteer.json", "requirements.json", "drafts/expected.json"):
        try:
            loaded[f] = json.loads((HERE / f).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"{f}: invalid JSON: {e}")
            return 1
    gaz, reqs, exp = loaded["gazetteer.json"], loaded["requirements.json"], loaded["drafts/expected.json"]

    # ---- gazetteer ----------------------------------------------------------------------------------------
    draft_texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((HERE / "drafts").glob("*.txt"))}
    names = [u["name"] for u in gaz["units"]]
    if {u["name"]: u["kind"] for u in gaz["units"]} != EXPECTED_UNITS or len(names) != 9:
        errors.append("gazetteer units/kinds differ from the 9 district-level units of Thừa Thiên Huế "
                      "in 2020")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        for a in u["aliases"]:
            if a in ("Huế", "Hương"):
                errors.append(f"bare alias {a!r} would match 'Thừa Thiên Huế' / 'Festival Huế' / "
                              "'sông Hương'")
    for phrase in ("Thừa Thiên Huế", "Huế, ngày", "Festival Huế", "Trung tâm Festival Huế", "Cố đô Huế",
                   "thành phố trực thuộc Trung ương", "Phú Bài", "Thuận An", "Chân Mây - Lăng Cô",
                   "Vinh Hiền", "Lập An", "Tứ Hạ", "Hương Văn", "Khe Tre", "A Đớt", "Tam Giang - Cầu Hai",
                   "Bạch Mã",
                   "Khu bảo tồn Sao La", "Quảng trường Ngọ Môn", "Sê Kông", "Sa La Van", "Ta Ôi", "Sa Muội",
                   "Ca Lum"):
        if phrase not in gaz["_comment"]:
            errors.append(f"gazetteer _comment does not name {phrase!r}")
        in_drafts = any(norm(phrase) in norm(t) for t in draft_texts.values())
        if norm(phrase) not in everything_full and not in_drafts:
            errors.append(f"gazetteer _comment phrase {phrase!r} is neither in the corpus nor in a draft")
    if "quảng trị" in everything_full:
        errors.append("'Quảng Trị' must not be in the corpus (unanswerable question)")
    name_set = set(names)
    all_aliases = {a: u["name"] for u in gaz["units"] for a in u["aliases"]}
    # the bare 'Huế' occurs in running text outside the unit's own aliases (the reason it is left out)
    bare_hue = sum(len(re.findall(r"(?<!\w)huế(?!\w)", b)) for bl in full.values() for b in bl)
    unit_hue = sum(len(re.findall(r"(?<!\w)(tp\.? huế|thành phố huế|thành ủy huế)(?!\w)", b))
                   for bl in full.values() for b in bl)
    if bare_hue - unit_hue < 10:
        errors.append("the corpus should use the bare 'Huế' often outside the TP Huế aliases")

    # ---- requirements -------------------------------------------------------------------------------------
    n_keys = n_scoped = n_neg = 0
    per_doc = Counter()
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
            elif NEGATED.search(read[doc][h[0]]):
                errors.append(f"{doc}: key sits in a negated block: {k!r}")
            if doc == pdf and norm(k) not in pdf_text:
                errors.append(f"PDF key not found in the pypdf extraction: {k!r}")
            elif doc != pdf and not verbatim_in_file(k, doc):
                errors.append(f"{doc}: key has markup inside it in the raw file: {k!r}")
            if scope:
                n_scoped += 1
            for s in scope:
                if s not in name_set:
                    errors.append(f"scope {s!r} is not a gazetteer name (key {k!r})")
            if len(k.split()) < 3:
                errors.append(f"key too short: {k!r}")
            if "30 trang" in k or "31/3/2020" in k:
                errors.append(f"a key carries a superseded value: {k!r}")
    if n_neg < 6:
        errors.append(f"only {n_neg} negated not_requirements")
    all_keys = {r["key"]: r["scope"] for e in reqs["documents"].values() for r in e["requirements"]}
    key_doc = {r["key"]: d for d, e in reqs["documents"].items() for r in e["requirements"]}
    g_nr = [norm(x) for x in reqs["documents"][pdf]["not_requirements"]]
    for old in ("Báo cáo chính trị dài không quá 30 trang khổ A4", "trước ngày 31/3/2020 để cho ý kiến"):
        if norm(old) not in g_nr:
            errors.append(f"the superseded value {old!r} must be a not_requirement of the guidance")
    for new in ("báo cáo chính trị dài không quá 25 trang khổ A4", "là trước ngày 20/4/2020"):
        if key_doc.get(new) != cv:
            errors.append(f"the amended value {new!r} must be a key of the Công văn")
    joint = [s for k, s in all_keys.items() if k.startswith("bổ sung đánh giá công tác quản lý, bảo vệ rừng")]
    if joint != [["A Lưới", "Hương Trà"]]:
        errors.append(f"the two-unit remark has scope {joint}")

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
            h = hits(g, read)
            if not h:
                where = "only outside the article body" if hits(g, full) else "nowhere"
                errors.append(f"{tag}: gold not inside one block of the normal reading ({where}): {g!r}")
            for d, _i in h:
                if d == pdf and norm(g) not in pdf_text:
                    errors.append(f"{tag}: PDF gold not found in the pypdf extraction: {g!r}")
                elif d != pdf and not verbatim_in_file(g, d):
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
            if gold_docs and not any(norm(e) in " ".join(read[d]) for d in gold_docs):
                errors.append(f"{tag}: expect not in the gold document(s): {e!r}")
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
        # amended values: a question forbidding the old value must take its gold from the Công văn
        stale = any(f in ("30 trang", "31/3/2020") for f in q["forbid"])
        if stale and q["gold"] and gold_docs not in ({cv}, {dist}, {htm}):
            errors.append(f"{tag}: forbids a superseded value but its gold is not in the Công văn")
        text = q["question"]
        if EN_START.search(text):
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
    if n_un != 8:
        errors.append(f"{n_un} unanswerable questions, want 8")
    if not 52 <= len(qs) <= 60:
        errors.append(f"{len(qs)} questions, want about 56")
    if not 0.22 <= n_en / len(qs) <= 0.30:
        errors.append(f"{n_en} English questions ({n_en / len(qs):.0%}), want about 25%")
    if not 0.11 <= n_nodia / len(qs) <= 0.16:
        errors.append(f"{n_nodia} questions without diacritics ({n_nodia / len(qs):.0%}), want about 12%")
    for lang in ("en", "nodia"):
        if abs(lang_half[(lang, "dev")] - lang_half[(lang, "heldout")]) > 1:
            errors.append(f"{lang} questions unbalanced between halves: dev {lang_half[(lang, 'dev')]}, "
                          f"heldout {lang_half[(lang, 'heldout')]}")
    for d in read:
        if per_doc_q[d] == 0:
            errors.append(f"no question takes its gold from {d}")
    reporter_q = [q for q in qs if q["question"].startswith("Phóng viên hỏi")]
    if len(reporter_q) < 2:
        errors.append("want at least two questions that quote the reporter")
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
          + ", ".join(f"{Path(d).name[:34]}… {v}" for d, v in per_doc_q.items()))

    # ---- unanswerable: the key facts must be absent -------------------------------------------------------
    allblocks = [(d, b) for d, bl in full.items() for b in bl]

    def none(pred) -> bool:
        return not any(pred(d, b) for d, b in allblocks)

    tb_text = " ".join(full[tb])
    absent = {
        "tình hình thế giới và trong nước": none(lambda d, b: "thế giới và trong nước" in b and "trang" in b),
        "Huyện ủy Phú Vang dài bao nhiêu trang": none(
            lambda d, b: "phú vang" in b and re.search(r"\d+ trang", b)),
        "Tỉnh ủy Quảng Trị": "quảng trị" not in everything_full,
        "Huyện ủy Nam Đông bổ sung": "nam đông" not in tb_text,
        "tỷ lệ đô thị hóa vào hệ thống": none(
            lambda d, b: "đô thị hóa" in b and not NEGATED.search(b)
            and re.search(r"đề nghị|yêu cầu|phải", b)),
        "huyện A Lưới nhiệm kỳ 2020 - 2025 khai mạc": none(lambda d, b: "a lưới" in b and "khai mạc" in b),
        "Bí thư Huyện ủy A Lưới nhiệm kỳ": none(lambda d, b: "bí thư huyện ủy a lưới" in b)
        and any("thay đồng chí bí thư huyện ủy đang đi học" in b for b in full[tb]),
        "phu vang mang so hieu": "phú vang" not in tb_text
        and none(lambda d, b: "phú vang" in b and "-tb/tu" in b),
    }
    for q in qs:
        if not q["unanswerable"]:
            continue
        k = [a for a in absent if a in q["question"]]
        if len(k) != 1:
            errors.append(f"unanswerable question has no absent-fact check: {q['question']!r}")
        elif not absent[k[0]]:
            errors.append(f"unanswerable question is answerable from the corpus: {q['question']!r}")

    # ---- trafilatura --------------------------------------------------------------------------------------
    try:
        import trafilatura
    except ImportError:
        notes.append("trafilatura not importable: extractor check skipped")
    else:
        extracted = norm(trafilatura.extract(raw_text[htm], include_comments=False) or "")
        exempt = read_raw[htm][:3] + read_raw[htm][-1:]  # title, date line, views; byline
        for g in sorted(set(html_golds)):
            if norm(g) in extracted:
                continue
            if any(norm(g) in norm(b) for b in exempt):
                notes.append(f"trafilatura drops the header/byline gold {g!r}")
            else:
                errors.append(f"trafilatura drops the HTML body gold {g!r}")
        for clutter in ("Tin đọc nhiều", "Tòa soạn", "Thứ Ba, 03/03/2020"):
            if norm(clutter) in extracted:
                notes.append(f"trafilatura keeps clutter {clutter!r}")

    # ---- drafts -------------------------------------------------------------------------------------------
    labels = Counter()
    halves = []
    for fname, d in exp["drafts"].items():
        if fname not in draft_texts:
            errors.append(f"draft missing: {fname}")
            continue
        if set(d) != {"district", "half", "expected"}:
            errors.append(f"{fname}: keys {sorted(d)}")
        halves.append(d["half"])
        if d["district"] != "A Lưới":
            errors.append(f"{fname}: district {d['district']!r}, want A Lưới")
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
        if fname.startswith("03") and verbatim > 0:
            errors.append(f"{fname}: the paraphrasing draft repeats {verbatim} keys verbatim")
        if fname.startswith("01") and c["addressed"] < len(d["expected"]) - 3:
            errors.append(f"{fname}: the nearly complete draft has too many gaps")
        if fname.startswith("02") and c["missing"] < 8:
            errors.append(f"{fname}: the incomplete draft misses only {c['missing']} requirements")
        theme_label = d["expected"].get("viết ngắn gọn, không quá 45 chữ")
        has_theme = False
        for ln in text.splitlines():
            if ln.startswith(("Chủ đề:", "Phương châm hành động:")):
                has_theme = True
                nw = len(ln.split(":", 1)[1].split())
                if nw > 45 and theme_label == "addressed":
                    errors.append(f"{fname}: theme has {nw} words (> 45)")
        if has_theme != (theme_label == "addressed"):
            errors.append(f"{fname}: theme line vs label {theme_label!r}")
        for a, unit in all_aliases.items():
            if unit != d["district"] and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text):
                errors.append(f"{fname}: names another unit {a!r}")
    if halves != ["dev", "heldout", "dev"]:
        errors.append(f"draft halves {halves}")
    print(f"  labels {dict(labels)}")

    # ---- genre checks: the PDF guidance -------------------------------------------------------------------
    ents, _blocks = guidance_source()
    npages = len(pdf_info["pages"])
    if npages < 3:
        errors.append(f"guidance PDF has {npages} pages, want 3+")
    if f"trang 2/{npages}" not in pdf_text:
        errors.append("guidance PDF lacks the page footer 'Trang 2/N'")
    h1 = [t for k, t in ents if k == "h1"]
    if [t.split(" ")[0] for t in h1] != ["I.", "II.", "III.", "IV.", "V."]:
        errors.append(f"guidance parts are {h1}")
    n_h2 = sum(k == "h2" for k, _t in ents)
    if n_h2 < 8:
        errors.append(f"guidance has only {n_h2} numbered sub-headings")
    for t in h1 + [t for k, t in ents if k == "h2"]:
        if norm(t) not in pdf_text:
            errors.append(f"heading not in the PDF extraction: {t!r}")
    for marker in ("a) ", "b) ", "c) ", "d) ", "đ) "):
        if not any(t.startswith(marker) for _k, t in ents):
            errors.append(f"guidance lacks sub-items {marker!r}")
    for w in ("30 trang", "12 trang", "10 trang", "30 phút", "20 chỉ tiêu", "3 khâu đột phá", "45 chữ",
              "31/3/2020", "đối với thị xã", "riêng huyện a lưới", "riêng huyện phú lộc"):
        if norm(w) not in pdf_text:
            errors.append(f"guidance PDF lacks {w!r}")
    if "25 trang" in pdf_text or "20/4/2020" in pdf_text:
        errors.append("the amended values must not be in the guidance itself")
    meta = pdf_info["meta"] or {}
    if meta.get("/Title") != "Hướng dẫn 27-HD/BTGTU":
        errors.append(f"guidance PDF title {meta.get('/Title')!r}")
    # the places the Công văn amends: tiết a, điểm 3, mục II and điểm 2, mục V
    kinds = [k for k, _t in ents]
    texts = [t for _k, t in ents]
    i_ii, i_iii, i_v = (texts.index(t) for t in h1[1:3] + h1[4:5])
    i_dl = next(i for i, t in enumerate(texts) if t == "3. Dung lượng")
    limit_a = texts[i_dl + 1].startswith("a) Báo cáo chính trị dài không quá 30 trang")
    if not (i_ii < i_dl < i_iii and limit_a):
        errors.append("tiết a, điểm 3, mục II of the guidance is not the 30-page limit")
    if not any(t.startswith("2. ") and "31/3/2020" in t for t in texts[i_v:]) or kinds[i_v] != "h1":
        errors.append("điểm 2, mục V of the guidance is not the 31/3/2020 deadline")

    # ---- the Công văn -------------------------------------------------------------------------------------
    cvd = Document(str(CORPUS / cv))
    cvt = " ".join(read[cv])
    if cvd.core_properties.title != "Công văn 1350-CV/VPTU":
        errors.append(f"Công văn title property {cvd.core_properties.title!r}")
    for w in ("27-hd/btgtu", "tiết a, điểm 3, mục ii", "điểm 2, mục v", "25 trang", "20/4/2020", "covid-19",
              "1350-cv/vptu", "giữ nguyên"):
        if w not in cvt:
            errors.append(f"Công văn lacks {w!r}")
    if "30 trang" in cvt or "31/3/2020" in cvt:
        errors.append("the Công văn should not repeat the old values (a correct answer would quote them)")

    # ---- the conclusion notice ----------------------------------------------------------------------------
    tbt = read[tb]
    if sum(bool(NEGATED.search(b)) for b in tbt) < 4:
        errors.append("notice: want at least 4 negated statements")
    jl = [b for b in tbt if "đối với huyện ủy a lưới và thị ủy hương trà" in b]
    if len(jl) != 1 or "phú lộc" in jl[0]:
        errors.append("notice: the two-unit remark is missing or names Phú Lộc")
    for sect in ("i. đánh giá chung", "ii. ý kiến", "iii. ý kiến", "iv. kết luận chung", "1. dự thảo của",
                 "2. dự thảo của", "3. dự thảo của"):
        if not any(b.startswith(sect) for b in tbt):
            errors.append(f"notice lacks section {sect!r}")
    if "712-tb/tu" not in " ".join(tbt) or not any("đánh giá cao" in b for b in tbt):
        errors.append("notice lacks its number or its praise")

    # ---- the interview page -------------------------------------------------------------------------------
    for mark in ("<!DOCTYPE html>", "saved from url", "<nav", "breadcrumb", "share-buttons", "Tin liên quan",
                 "Tin đọc nhiều", "<footer", "<script", "<figcaption", "(thực hiện)", 'class="question"'):
        if mark not in raw_text[htm]:
            errors.append(f"html lacks {mark!r}")
    body = " \n ".join(read[htm])
    pv = [b for b in read[htm] if b.startswith("pv:")]
    if len([b for b in pv if b.endswith("?")]) < 4:
        errors.append("html: want at least 4 reporter's questions (PV: …?) in the article body")
    if "03/03/2020" in body or "03/03/2020" not in " ".join(full[htm]):
        errors.append("html: the banner date must be outside the article body")
    if "20/02/2020" not in body:
        errors.append("html: article date missing from the article body")
    for clutter in ("tin liên quan", "tin đọc nhiều", "tòa soạn", "chia sẻ", "từ khóa", "phú vang"):
        if clutter in body:
            errors.append(f"html article body contains clutter {clutter!r}")
    for stale in ("30 trang", "31/3/2020"):
        if stale not in body:
            errors.append(f"html: the interview should restate the later-superseded {stale!r}")

    # ---- the distractor -----------------------------------------------------------------------------------
    for w in ("báo cáo", "kế hoạch", "chỉ tiêu", "thời hạn", "trước ngày", "kinh phí", "không quá", "trang",
              "phút", "a lưới", "31/3/2020"):
        if w not in rawn[dist]:
            errors.append(f"distractor lacks {w!r}")
    if "báo cáo chính trị" in rawn[dist]:
        errors.append("distractor must not be about political reports")

    # ---- the 2015 report (.md) ----------------------------------------------------------------------------
    rt = raw_text[rep]
    if not rt.startswith("# ") or "\n## " not in rt or "\n| " not in rt or "nam đông" not in rawn[rep]:
        errors.append("the .md report lacks headings, a table or its district")
    if any(w in rawn[rep] for w in ("2020 - 2025", "20 chỉ tiêu")):
        errors.append("the 2015 report must not carry 2020-2025 guidance values")

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
