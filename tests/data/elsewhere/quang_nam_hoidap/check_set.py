"""Checks the Quảng Nam (Hỏi - Đáp booklet / speech page / notice) set against the files on disk.

    /work/main/.venv/bin/python -B /work/newsets/quang_nam_hoidap/check_set.py

Reads the documents as a user's tools would ("normal reading"):
  .docx  paragraphs plus table cells (python-docx; a cell with line breaks is one block);
  .pdf   with pypdf (required): the paragraph boundaries come from the source blocks in texts_docs.py, and
         every gold and expect string of the PDF must also occur in the text pypdf extracts (whitespace
         collapsed), so none of them straddles a line the extractor breaks badly or a page break;
  .txt   one block per line;
  .html  the ARTICLE BODY only for gold and expect strings: the blocks inside <article> minus the share
         buttons and the tag list (title, date line, sapo, paragraphs, caption, byline). The whole page
         (menu, banner date, related and most-read headlines, footer) counts only for forbid phrases and
         not_requirements. If trafilatura is importable, every HTML gold string outside the title/date lines
         and the byline must survive trafilatura.extract().
Gold strings and keys of .txt/.html files must also occur verbatim in the raw file (no markup inside).
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
SHAPES = ("narrow", "broad", "which", "when", "who")
VI_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
EN_START = re.compile(r"^(what|which|when|who|how|by|on|according|the|in)\b", re.IGNORECASE)
NEGATED = re.compile(r"\bkhông (cần|đưa|nên)\b")
OPTIONAL = re.compile(r"\b(không bắt buộc|có thể)\b")
BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "title", "div", "span",
              "section", "header", "footer", "nav", "ul", "ol", "figure", "article", "main", "form", "body",
              "aside", "strong"}
VOID = {"img", "br", "meta", "link", "input", "hr", "source"}
MOUNTAIN = ["Nam Giang", "Đông Giang", "Tây Giang", "Phước Sơn", "Bắc Trà My", "Nam Trà My", "Hiệp Đức",
            "Tiên Phước", "Nông Sơn"]
EXPECTED_UNITS = {"TP Tam Kỳ": "thành phố", "TP Hội An": "thành phố", "Điện Bàn": "thị xã",
                  **{n: "huyện" for n in ["Núi Thành", "Phú Ninh", "Thăng Bình", "Quế Sơn", "Duy Xuyên",
                                           "Đại Lộc", *MOUNTAIN]}}
OLD_VALUES = ("35 trang", "15/4/2020")
# by design, two questions forbid an old value as a look-alike of a different figure in the booklet:
# the summary's 35 phút (vs 35 trang) and the outline deadline 20/01/2020 (vs 15/4/2020)
LOOKALIKE_OK = {"35 phút", "20/01/2020"}


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


def report_source() -> tuple[list[tuple[str, str]], list[str]]:
    """(kind, text) entries of the PDF report and its source blocks, from texts_docs.py."""
    sys.path.insert(0, str(HERE))
    td = importlib.import_module("texts_docs")
    ents = []
    for line in td.REPORT.strip("\n").split("\n"):
        kind, text = line.split("|", 1)
        ents.append((kind, unicodedata.normalize("NFC", text)))
    blocks = list(td.RP_LEFT) + list(td.RP_RIGHT) + [t for _k, t in ents]
    return ents, blocks


def load_corpus():
    """-> (normal-reading blocks, whole-file blocks, raw text, pdf extraction info) per document."""
    from pypdf import PdfReader  # required: the 2015 report is a PDF

    read, full, raw = {}, {}, {}
    pdf_info: dict = {}
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(CORPUS).as_posix()
        if p.suffix == ".pdf":
            _ents, blocks = report_source()
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
    if suffixes != Counter({".pdf": 1, ".docx": 1, ".txt": 2, ".html": 1}):
        errors.append(f"corpus should hold 1 .pdf, 1 .docx, 2 .txt, 1 .html; has {dict(suffixes)}")
    bk = next(d for d in read if d.endswith(".docx"))
    htm = next(d for d in read if d.endswith(".html"))
    tb = next(d for d in read if d.startswith("guidance/thong-bao"))
    dist = next(d for d in read if d.startswith("guidance/ke-hoach"))
    pdf = next(d for d in read if d.endswith(".pdf"))
    pdf_text = rawn[pdf]

    def hits(s: str, where: dict) -> list[tuple[str, int]]:
        ns = norm(s)
        return [(d, i) for d, bl in where.items() for i, b in enumerate(bl) if ns in b]

    def verbatim_in_file(s: str, d: str) -> bool:
        if d == pdf:
            return norm(s) in pdf_text
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
    if {u["name"]: u["kind"] for u in gaz["units"]} != EXPECTED_UNITS or len(names) != 18:
        errors.append("gazetteer units/kinds differ from the 18 district-level units of Quảng Nam in 2020")
    for u in gaz["units"]:
        if set(u) != {"name", "kind", "aliases"} or not u["aliases"]:
            errors.append(f"gazetteer unit malformed: {u}")
        for a in u["aliases"]:
            if a in ("Tam Kỳ", "Trà My", "Quảng Nam"):
                errors.append(f"bare alias {a!r} would match 'Tam Kỳ, ngày' / 'quế Trà My' / the province")
    for phrase in ("Tam Kỳ, ngày", "Quảng Nam, ngày", "tại Tam Kỳ", "Trà My", "hồ Phú Ninh",
                   "Đô thị cổ Hội An", "Cù Lao Chàm", "Khu đền tháp Mỹ Sơn", "sông Thu Bồn",
                   "Điện Nam - Điện Ngọc", "Khâm Đức",
                   "Đăk Sa", "Đăk Mi 4", "Tà Bhing", "Sông Bung 4", "cửa khẩu quốc tế Nam Giang",
                   "sâm Ngọc Linh", "Sê Kông", "Đắc Chưng", "Kà Lừm", "Hà Nội"):
        if phrase not in gaz["_comment"]:
            errors.append(f"gazetteer _comment does not name {phrase!r}")
        in_drafts = any(norm(phrase) in norm(t) for t in draft_texts.values())
        if norm(phrase) not in everything_full and not in_drafts:
            errors.append(f"gazetteer _comment phrase {phrase!r} is neither in the corpus nor in a draft")
    if "quảng ngãi" in everything_full:
        errors.append("'Quảng Ngãi' must not be in the corpus (unanswerable question)")
    name_set = set(names)
    all_aliases = {a: u["name"] for u in gaz["units"] for a in u["aliases"]}
    bare_tk = sum(len(re.findall(r"(?<!\w)tam kỳ(?!\w)", b)) for bl in full.values() for b in bl)
    unit_tk = sum(len(re.findall(r"(?<!\w)(tp\.? tam kỳ|thành phố tam kỳ|thành ủy tam kỳ)(?!\w)", b))
                  for bl in full.values() for b in bl)
    if bare_tk - unit_tk < 4:
        errors.append("the corpus should use the bare 'Tam Kỳ' outside the TP Tam Kỳ aliases")

    # ---- requirements -------------------------------------------------------------------------------------
    n_keys = n_scoped = n_neg = n_opt = 0
    per_doc = Counter()
    for doc, entry in reqs["documents"].items():
        if doc not in read:
            errors.append(f"requirements.json names unknown document {doc}")
            continue
        for nr in entry["not_requirements"]:
            if not [i for i, b in enumerate(full[doc]) if norm(nr) in b]:
                errors.append(f"{doc}: not_requirement not in one block: {nr!r}")
            if NEGATED.search(norm(nr)):
                n_neg += 1
            elif OPTIONAL.search(norm(nr)):
                n_opt += 1
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
                blk = read[doc][h[0]]
                if NEGATED.search(blk) or OPTIONAL.search(blk):
                    errors.append(f"{doc}: key sits in a negated or optional block: {k!r}")
                if blk.startswith("câu hỏi"):
                    errors.append(f"{doc}: key sits in one of the booklet's questions: {k!r}")
            if not verbatim_in_file(k, doc):
                errors.append(f"{doc}: key has markup inside it in the raw file: {k!r}")
            if scope:
                n_scoped += 1
            for s in scope:
                if s not in name_set:
                    errors.append(f"scope {s!r} is not a gazetteer name (key {k!r})")
            if len(k.split()) < 3:
                errors.append(f"key too short: {k!r}")
            if any(v in k for v in OLD_VALUES):
                errors.append(f"a key carries a superseded value: {k!r}")
    if n_neg < 10 or n_opt < 5:
        errors.append(f"only {n_neg} negated and {n_opt} optional not_requirements")
    all_keys = {r["key"]: r["scope"] for e in reqs["documents"].values() for r in e["requirements"]}
    key_doc = {r["key"]: d for d, e in reqs["documents"].items() for r in e["requirements"]}
    b_nr = [norm(x) for x in reqs["documents"][bk]["not_requirements"]]
    for old in ("Báo cáo chính trị dài không quá 35 trang khổ A4", "trước ngày 15/4/2020 để cho ý kiến"):
        if norm(old) not in b_nr:
            errors.append(f"the superseded value {old!r} must be a not_requirement of the booklet")
    for new in ("báo cáo chính trị cấp huyện dài không quá 30 trang khổ A4",
                "dự thảo lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy trước ngày 15/5/2020"):
        if key_doc.get(new) != htm:
            errors.append(f"the amended value {new!r} must be a key of the speech")
    questions_in_booklet = [b for b in read[bk] if re.match(r"câu hỏi \d+: .*\?$", b)]
    if not 12 <= len(questions_in_booklet) <= 16:
        errors.append(f"booklet has {len(questions_in_booklet)} 'Câu hỏi N: …?' lines, want 12-16")
    for qb in questions_in_booklet:
        if not any(n in qb for n in b_nr):
            errors.append(f"booklet question is not a not_requirement: {qb[:60]!r}")
    answers = [b for b in read[bk] if b.startswith("trả lời:")]
    if len(answers) != len(questions_in_booklet):
        errors.append("every booklet question needs one 'Trả lời:' answer")
    expect_scopes = {
        "hiệu quả mô hình du lịch cộng đồng gắn với làng truyền thống của đồng bào Cơ Tu":
            ["Tây Giang", "Đông Giang", "Nam Giang"],
        "sắp xếp, bố trí dân cư vùng có nguy cơ sạt lở đất, lũ quét": ["Nam Giang", "Tây Giang"],
        "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 25/6/2020":
            ["Nam Giang", "Tây Giang"],
        "bảo tồn văn hóa truyền thống của đồng bào Cơ Tu, Gié Triêng, Xơ Đăng": MOUNTAIN,
        "hiệu quả khai thác cửa khẩu quốc tế Nam Giang": ["Nam Giang"],
    }
    for k, want in expect_scopes.items():
        if all_keys.get(k) != want:
            errors.append(f"scope of {k!r} is {all_keys.get(k)}, want {want}")
    if any("Bắc Trà My" in s for k, s in all_keys.items() if key_doc[k] == htm):
        errors.append("the speech's passing mention of Bắc Trà My must not become a requirement")

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
                if not verbatim_in_file(g, d):
                    errors.append(f"{tag}: gold not verbatim in the raw/extracted text of {d}: {g!r}")
                if d == htm:
                    html_golds.append(g)
            gold_blocks.update(h)
        gold_docs = {d for d, _ in gold_blocks}
        if len(gold_docs) > 1:
            errors.append(f"{tag}: gold spread over several documents {sorted(gold_docs)}")
        for d in gold_docs:
            per_doc_q[d] += 1
        for e in q["expect"]:
            if norm(e) not in everything_read:
                errors.append(f"{tag}: expect not in the normal reading of the corpus: {e!r}")
            if gold_docs and not any(norm(e) in " ".join(read[d]) for d in gold_docs):
                errors.append(f"{tag}: expect not in the gold document(s): {e!r}")
            if pdf in gold_docs and norm(e) not in pdf_text:
                errors.append(f"{tag}: expect not in the PDF extraction: {e!r}")
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
        # amended values: a question forbidding the old value must take its gold from the speech
        lookalike = set(q["expect"]) & LOOKALIKE_OK
        if any(f in OLD_VALUES for f in q["forbid"]) and q["gold"] and gold_docs != {htm} and not lookalike:
            errors.append(f"{tag}: forbids a superseded value but its gold is not in the speech")
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
    if len(qs) != 56:
        errors.append(f"{len(qs)} questions, want 56")
    if n_en != 14:
        errors.append(f"{n_en} English questions, want 14 (25%)")
    if n_nodia != 7:
        errors.append(f"{n_nodia} questions without diacritics, want 7 (12.5%)")
    for lang in ("en", "nodia"):
        if abs(lang_half[(lang, "dev")] - lang_half[(lang, "heldout")]) > 1:
            errors.append(f"{lang} questions unbalanced between halves: dev {lang_half[(lang, 'dev')]}, "
                          f"heldout {lang_half[(lang, 'heldout')]}")
    for d in read:
        if per_doc_q[d] == 0:
            errors.append(f"no question takes its gold from {d}")
    # traps that must be present
    booklet_title = "tài liệu hỏi \u2013 đáp về xây dựng báo cáo chính trị"
    title_traps = [q for q in qs if booklet_title in norm(q["question"]) and q["gold"]
                   and all(hits(g, {htm: read[htm]}) for g in q["gold"])]
    if not title_traps:
        errors.append("want a question with the booklet's title words answered by the speech")
    if not any(q["expect"] == ["không bắt buộc"] for q in qs):
        errors.append("want a question asking an optional point as if required (expect 'không bắt buộc')")
    if sum(any(norm(e) in ("không cần", "không đưa") for e in q["expect"]) for q in qs) < 2:
        errors.append("want at least two questions answered by a negated sentence")
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
        "phụ lục ảnh, bản đồ": none(lambda d, b: "phụ lục ảnh" in b and re.search(r"\d+ trang", b)),
        "Huyện ủy Đông Giang dài bao nhiêu trang": none(
            lambda d, b: "đông giang" in b and re.search(r"\d+ trang", b)),
        "Tỉnh ủy Quảng Ngãi": "quảng ngãi" not in everything_full,
        "organising the district party congresses": none(lambda d, b: "kinh phí" in b and "đại hội" in b),
        "Huyện ủy Bắc Trà My bổ sung": "bắc trà my" not in tb_text,
        "vốn đầu tư nước ngoài vào hệ thống chỉ tiêu chủ yếu?": none(
            lambda d, b: "đầu tư nước ngoài" in b and not NEGATED.search(b)),
        "huyện Nam Giang nhiệm kỳ 2020 - 2025 khai mạc": none(
            lambda d, b: "nam giang" in b and "khai mạc" in b),
        "Bí thư Huyện ủy Tây Giang nhiệm kỳ": none(lambda d, b: "bí thư huyện ủy tây giang" in b)
        and any("thay đồng chí bí thư huyện ủy đang dự lớp" in b for b in full[tb]),
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
        for clutter in ("Tin đọc nhiều", "Tòa soạn", "Thứ Hai, 16/03/2020"):
            if norm(clutter) in extracted:
                notes.append(f"trafilatura keeps clutter {clutter!r}")

    # ---- drafts -------------------------------------------------------------------------------------------
    labels = Counter()
    halves = []
    theme_key = "dài không quá 40 chữ"
    scoped_keys = {k for k, s in all_keys.items() if s}
    for fname, d in exp["drafts"].items():
        if fname not in draft_texts:
            errors.append(f"draft missing: {fname}")
            continue
        if set(d) != {"district", "half", "expected"}:
            errors.append(f"{fname}: keys {sorted(d)}")
        halves.append(d["half"])
        if d["district"] != "Nam Giang":
            errors.append(f"{fname}: district {d['district']!r}, want Nam Giang")
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
        if not 28 <= len(d["expected"]) <= 32:
            errors.append(f"{fname}: {len(d['expected'])} labels, want about 30")
        verbatim = [k for k in d["expected"] if norm(k) in norm(text)]
        c = Counter(d["expected"].values())
        print(f"  draft {fname}: {words} words, {len(d['expected'])} labels {dict(c)}, "
              f"{len(verbatim)} keys verbatim in the text")
        if fname.startswith("02"):
            every_key = [k for k in all_keys if norm(k) in norm(text)]
            if every_key:
                errors.append(f"{fname}: the paraphrasing draft repeats catalogue keys verbatim: {every_key}")
            if c["addressed"] < len(d["expected"]) - 2:
                errors.append(f"{fname}: the paraphrasing draft should cover nearly everything")
        if fname.startswith("01") and c["addressed"] < len(d["expected"]) - 3:
            errors.append(f"{fname}: the nearly complete draft has too many gaps")
        if fname.startswith("03"):
            if c["missing"] < 8:
                errors.append(f"{fname}: the incomplete draft misses only {c['missing']} requirements")
            m_ind = re.search(r"đề ra (\d+) chỉ tiêu", text)
            after = text.split("khâu đột phá", 1)[-1][:400]
            n_bt = len(re.findall(r"(?:một|hai|ba|bốn|năm) là ", after, re.IGNORECASE))
            if not m_ind or int(m_ind.group(1)) <= 22 or n_bt <= 3:
                errors.append(f"{fname}: should break the 22-indicator and 3-breakthrough limits")
            for k in ("không quá 22 chỉ tiêu, chia thành 3 nhóm", "lựa chọn tối đa 3 khâu đột phá"):
                if d["expected"].get(k) != "missing":
                    errors.append(f"{fname}: broken count {k!r} must be labelled missing")
        if fname.startswith("04"):
            if words > 800:
                errors.append(f"{fname}: the short draft has {words} words")
            bad = [k for k in d["expected"] if k in scoped_keys and d["expected"][k] != "missing"]
            if bad:
                errors.append(f"{fname}: the general-only draft addresses scoped items {bad}")
            for w in ("cơ tu", "biên giới", "cửa khẩu", "sê kông", "sông bung", "giao rừng", "ba kích"):
                if w in norm(text):
                    errors.append(f"{fname}: the general-only draft mentions {w!r}")
        theme_label = d["expected"].get(theme_key)
        has_theme = False
        for ln in text.splitlines():
            if ln.startswith(("Chủ đề:", "Phương châm hành động:")):
                has_theme = True
                nw = len(ln.split(":", 1)[1].split())
                if nw > 40 and theme_label == "addressed":
                    errors.append(f"{fname}: theme has {nw} words (> 40)")
        if has_theme != (theme_label == "addressed"):
            errors.append(f"{fname}: theme line vs label {theme_label!r}")
        for a, unit in all_aliases.items():
            if unit != d["district"] and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text):
                errors.append(f"{fname}: names another unit {a!r}")
    if halves != ["dev", "heldout", "dev", "heldout"]:
        errors.append(f"draft halves {halves}")
    print(f"  labels {dict(labels)}")

    # ---- genre checks: the booklet ------------------------------------------------------------------------
    bkd = Document(str(CORPUS / bk))
    bkt = " ".join(read[bk])
    if bkd.core_properties.title != "Tài liệu Hỏi \u2013 Đáp về xây dựng báo cáo chính trị cấp huyện":
        errors.append(f"booklet title property {bkd.core_properties.title!r}")
    nums = [int(m.group(1)) for b in read[bk] if (m := re.match(r"câu hỏi (\d+):", b))]
    if nums != list(range(1, len(nums) + 1)):
        errors.append(f"booklet questions are not numbered 1..N: {nums}")
    for w in ("không bắt buộc", "không cần", "có thể", "35 trang", "15/4/2020", "40 chữ", "22 chỉ tiêu",
              "tối đa 3 khâu đột phá", "không quá 4 bài học", "riêng huyện nam giang", "thành phố hội an",
              "tam kỳ, ngày 16 tháng 12 năm 2019"):
        if w not in bkt:
            errors.append(f"booklet lacks {w!r}")
    if "30 trang" in bkt or "15/5/2020" in bkt:
        errors.append("the amended values must not be in the booklet itself")

    # ---- genre checks: the speech page --------------------------------------------------------------------
    for mark in ("<!DOCTYPE html>", "saved from url", "<nav", "breadcrumb", "share-buttons", "Tin liên quan",
                 "Tin đọc nhiều", "<footer", "<script", "<figcaption"):
        if mark not in raw_text[htm]:
            errors.append(f"html lacks {mark!r}")
    body = " \n ".join(read[htm])
    if "16/03/2020" in body or "16/03/2020" not in " ".join(full[htm]):
        errors.append("html: the banner date must be outside the article body")
    if "06/03/2020" not in body:
        errors.append("html: article date missing from the article body")
    for w in ("tôi đề nghị", "tôi rất vui", "với ba huyện tây giang, đông giang và nam giang", "bắc trà my",
              "30 trang", "15/5/2020"):
        if w not in body:
            errors.append(f"html article body lacks {w!r}")
    for clutter in ("tin liên quan", "tin đọc nhiều", "tòa soạn", "chia sẻ", "từ khóa", "núi thành"):
        if clutter in body:
            errors.append(f"html article body contains clutter {clutter!r}")
    for old in OLD_VALUES:
        if old in body:
            errors.append(f"the speech should not repeat the old value {old!r}")

    # ---- genre checks: the notice -------------------------------------------------------------------------
    tbt = read[tb]
    if sum(bool(NEGATED.search(b)) for b in tbt) < 3:
        errors.append("notice: want at least 3 negated lines")
    mt = [b for b in tbt if "các huyện miền núi" in b]
    if len(mt) != 2 or "nam giang, tây giang" not in mt[0]:
        errors.append("notice: the mountain-district heading (names listed once) and its remark are wrong")
    for sect in ("i. đánh giá chung", "ii. ý kiến", "iii. ý kiến", "iv. kết luận chung", "1. dự thảo của",
                 "2. dự thảo của", "3. dự thảo của", "4. dự thảo của"):
        if not any(b.startswith(sect) for b in tbt):
            errors.append(f"notice lacks section {sect!r}")
    dl = [b for b in tbt if "25/6/2020" in b]
    if len(dl) != 1 or not all(u in dl[0] for u in ("nam giang", "tây giang")) or "hội an" in dl[0]:
        errors.append("notice: the deadline must be for exactly Nam Giang and Tây Giang")

    # ---- genre checks: the PDF report ---------------------------------------------------------------------
    ents, _blocks = report_source()
    npages = len(pdf_info["pages"])
    if npages < 3:
        errors.append(f"report PDF has {npages} pages, want 3+")
    if f"trang 2/{npages}" not in pdf_text:
        errors.append("report PDF lacks the page footer 'Trang 2/N'")
    if norm("Báo cáo chính trị Đại hội đại biểu Đảng bộ huyện Phước Sơn lần thứ XXI") not in norm(
            pdf_info["pages"][1]):
        errors.append("report PDF lacks the running header on page 2")
    for _k, t in ents:
        if _k != "sig" and norm(t) not in pdf_text:
            errors.append(f"report block not found in the PDF extraction: {t[:50]!r}")
    meta = pdf_info["meta"] or {}
    if meta.get("/Title") != "Báo cáo chính trị Đảng bộ huyện Phước Sơn 2015 - 2020":
        errors.append(f"report PDF title {meta.get('/Title')!r}")
    if any(w in pdf_text for w in ("2020 - 2025", "22 chỉ tiêu")):
        errors.append("the 2015 report must not carry 2020-2025 guidance values")

    # ---- the distractor -----------------------------------------------------------------------------------
    for w in ("báo cáo", "kế hoạch", "chỉ tiêu", "huyện", "thời hạn", "trước ngày", "kinh phí", "không quá",
              "trang", "nam giang"):
        if w not in rawn[dist]:
            errors.append(f"distractor lacks {w!r}")
    if "báo cáo chính trị" in rawn[dist]:
        errors.append("distractor must not be about political reports")

    print(f"  requirements: {n_keys} keys ({n_scoped} scoped) "
          + ", ".join(f"{Path(k).suffix} {v}" for k, v in per_doc.items())
          + f"; {sum(len(e['not_requirements']) for e in reqs['documents'].values())} not_requirements "
          f"({n_neg} negated, {n_opt} optional)")
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
