"""(Re)writes the Bình Định test set deterministically (random seed 2509).

    /work/main/.venv/bin/python /work/main/tests/data/elsewhere/binh_dinh/make_set.py

Writes:
  corpus/guidance/huong-dan-45-hd-btgtu-bao-cao-chinh-tri-cap-huyen-scan.pdf
      Hướng dẫn số 45-HD/BTGTU (23/9/2024) of Ban Tuyên giáo Tỉnh ủy Bình Định as a scanned-and-OCR'd PDF: the
      OCR text layer laid out page by page (monospace), with the running header, "Trang k/N" footers, words
      hyphenated at line ends, OCR slips, the timeline table flattened into text lines, the signature block.
  corpus/guidance/huong-dan-45-hd-btgtu-bao-cao-chinh-tri-cap-huyen-scan.ocr.txt
      The same OCR output as plain text (hard-wrapped lines, blank line between paragraphs, form feed + running
      header at each page, "Trang k/N" footer).
  corpus/guidance/fw-thong-bao-ket-luan-527-tb-tu-du-thao-bcct-phu-cat-tay-son-van-canh.txt
      E-mail forwarded by Văn phòng Huyện ủy Tây Sơn carrying Thông báo kết luận số 527-TB/TU (18/12/2024) of
      the Ban Thường vụ Tỉnh ủy (headers, "-----Original Message-----", a ">" quoted question, signature,
      disclaimer; CRLF, one paragraph per line).
  corpus/guidance/ke-hoach-san-xuat-vu-dong-xuan-2024-2025.txt
      Distractor: Kế hoạch số 3618/KH-SNN of Sở Nông nghiệp và PTNT on the winter-spring rice crop.
  corpus/reports/bao-cao-chinh-tri-dang-bo-huyen-hoai-an-2020-2025.docx
      Political report of Huyện ủy Hoài Ân to its XXIII congress (results 2020 - 2025, targets 2025 - 2030).
  gazetteer.json, requirements.json, questions.jsonl, drafts/*.txt, drafts/expected.json
Then runs check_set.py. Texts: texts_guide.py, texts_docs.py, texts_drafts.py; data: set_data.py.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import datetime as dt  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import textwrap  # noqa: E402
import unicodedata  # noqa: E402
import zipfile  # noqa: E402
from pathlib import Path  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from fpdf import FPDF  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts_docs as T  # noqa: E402
import texts_guide as TG  # noqa: E402

SEED = 2509
CORPUS = HERE / "corpus"
GUIDE_PDF = CORPUS / "guidance" / "huong-dan-45-hd-btgtu-bao-cao-chinh-tri-cap-huyen-scan.pdf"
GUIDE_TXT = CORPUS / "guidance" / "huong-dan-45-hd-btgtu-bao-cao-chinh-tri-cap-huyen-scan.ocr.txt"
NOTICE = CORPUS / "guidance" / "fw-thong-bao-ket-luan-527-tb-tu-du-thao-bcct-phu-cat-tay-son-van-canh.txt"
CROP = CORPUS / "guidance" / "ke-hoach-san-xuat-vu-dong-xuan-2024-2025.txt"
REPORT = CORPUS / "reports" / "bao-cao-chinh-tri-dang-bo-huyen-hoai-an-2020-2025.docx"
DRAFTS = HERE / "drafts"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.datetime(2025, 7, 15, 8, 0, 0)
ZIP_TIME = (2025, 7, 15, 8, 0, 0)

DOC_PATHS = {"P": GUIDE_PDF, "O": GUIDE_TXT, "N": NOTICE, "X": CROP, "R": REPORT}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================
# (1) OCR layout of the Hướng dẫn: wrap, hyphenate, paginate
# =====================================================================================================
WIDTH = 80          # characters per OCR line
BODY_LINES = 44     # text lines per page (without running header / footer)
HYPH_EVERY = 1      # every overflowing long word whose first part fits is hyphenated
VOWELS = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _split_word(w: str):
    """'trưởng,' -> ('trư', 'ởng,'): break a long syllable after its first vowel (letters only, >= 5)."""
    core = w.rstrip(",.;:)")
    if len(core) < 4 or not core.isalpha():
        return None
    low = core.lower()
    for i, ch in enumerate(low):
        if ch in VOWELS and 1 <= i + 1 < len(core) - 1:
            return core[:i + 1], core[i + 1:] + w[len(core):]
    return None


def wrap_hyph(text: str, width: int = WIDTH, state=None) -> tuple[list[str], int]:
    """Greedy wrap; every HYPH_EVERY-th overflowing long word is hyphenated when its first part fits."""
    state = state if state is not None else [0]
    lines: list[str] = []
    cur = ""
    fired = 0
    for w in text.split():
        cand = w if not cur else cur + " " + w
        if len(cand) <= width:
            cur = cand
            continue
        sp = _split_word(w)
        if sp and cur and len(cur + " " + sp[0] + "-") <= width:
            state[0] += 1
            if state[0] % HYPH_EVERY == 0:
                lines.append(cur + " " + sp[0] + "-")
                cur = sp[1]
                fired += 1
                continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines, fired


def table_row(cells, widths=(3, 32, 21, 22)) -> list[str]:
    cols = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
    n = max(len(c) for c in cols)
    out = []
    for i in range(n):
        parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
        out.append(" ".join(parts).rstrip())
    return out


def guide_body_lines() -> tuple[list[str], int]:
    """The OCR text as one stream of lines (blank line between blocks), before pagination."""
    out: list[str] = []
    fired = 0
    state = [0]
    for kind, val in TG.GUIDE:
        if kind in ("head", "sig"):
            for ln in val:
                out.append(ln)
                if kind == "head":
                    out.append("")
        elif kind == "t":
            for ln in val.split("\n"):
                out.append(ln.center(WIDTH).rstrip())
        elif kind in ("h", "p"):
            ls, f = wrap_hyph(val, WIDTH, state)
            fired += f
            out.extend(ls)
        elif kind == "row":
            out.extend(table_row(val))
        else:
            raise ValueError(kind)
        if kind != "head":
            out.append("")
    while out and not out[-1]:
        out.pop()
    return [nfc(x) for x in out], fired


def guide_pages() -> tuple[list[list[str]], int]:
    lines, fired = guide_body_lines()
    chunks: list[list[str]] = []
    i = 0
    while i < len(lines):
        while i < len(lines) and not lines[i] and chunks:
            i += 1  # a page does not start with a blank line
        chunks.append(lines[i:i + BODY_LINES])
        i += BODY_LINES
    n = len(chunks)
    pages = []
    for k, body in enumerate(chunks, 1):
        while body and not body[-1]:
            body = body[:-1]
        page = []
        if k > 1:
            page += [nfc(TG.HEADER), nfc(TG.HEADER2), ""]
        page += body + ["", f"Trang {k}/{n}"]
        pages.append(page)
    return pages, fired


def make_guide_txt(path: Path, pages) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n\f".join("\n".join(p) for p in pages) + "\n"
    path.write_bytes(text.encode("utf-8"))


class ScanPDF(FPDF):
    pass


CHAR_MM = 2.05   # one OCR column on the page


def make_guide_pdf(path: Path, pages) -> None:
    pdf = ScanPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
    pdf.set_title("HD 45-HD/BTGTU (scan)")
    pdf.set_author("Ban Tuyên giáo Tỉnh ủy Bình Định")
    pdf.set_creator("Canon iR-ADV C3530 / OCR")
    pdf.set_producer("ScanOCR 3.2")
    pdf.set_creation_date(dt.datetime(2024, 9, 25, 9, 12, tzinfo=dt.UTC))
    rng = random.Random(SEED)
    for page in pages:
        pdf.add_page()
        # scanner noise: a faint grey edge and a few specks
        pdf.set_fill_color(236, 236, 236)
        pdf.rect(0, 0, 4, 297, style="F")
        pdf.set_fill_color(200, 200, 200)
        for _ in range(14):
            pdf.circle(rng.uniform(8, 202), rng.uniform(8, 289), rng.uniform(0.2, 0.6), style="F")
        pdf.set_font("Sans", "", 10)
        y = 14.0
        for ln in page:
            # runs separated by 2+ spaces (letterhead, table columns, centring) keep their column
            for m in re.finditer(r"\S+(?: \S+)*", ln):
                pdf.set_xy(20 + m.start() * CHAR_MM, y)
                pdf.cell(0, 5.2, m.group(0))
            y += 5.55
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def txt_paragraph_blocks(text: str) -> list[str]:
    """Blank-line separated groups of lines, joined with a space (the 'paragraph as the file lays it out')."""
    out, cur = [], []
    for ln in text.splitlines():
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


# =====================================================================================================
# (2) E-mail and distractor (.txt)
# =====================================================================================================
def make_notice(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(nfc(x) for x in T.NOTICE_LINES) + "\r\n").encode("utf-8"))


def make_crop(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(nfc(x) for x in T.CROP_LINES) + "\n").encode("utf-8"))


# =====================================================================================================
# (3) Báo cáo chính trị Hoài Ân (.docx)
# =====================================================================================================
def _stacked_cell(cell, lines, size=13) -> None:
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (text, bold) in enumerate(lines):
        run = p.add_run(nfc(text))
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _save_deterministic(doc, path: Path) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Văn phòng Huyện ủy"
    cp.title = "Báo cáo chính trị trình Đại hội lần thứ XXIII"
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def make_report(path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), T.REPORT_LEFT)
    _stacked_cell(head.cell(0, 1), T.REPORT_RIGHT)
    doc.add_paragraph("")
    for text, size, bold, italic in ((T.REPORT_TITLE, 16, True, False), (T.REPORT_SUBTITLE, 14, True, False),
                                     (T.REPORT_THEME, 13, False, True)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(text))
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
    for kind, text in T.REPORT:
        p = doc.add_paragraph()
        r = p.add_run(nfc(text))
        if kind == "h1":
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h2":
            r.bold = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        p.paragraph_format.space_after = Pt(6)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 1), [("T/M BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN", True), ("BÍ THƯ", True),
                                    ("(Đã ký)", False), ("Đoàn Văn Phúc", True)])
    _save_deterministic(doc, path)


# =====================================================================================================
# JSON / JSONL / drafts
# =====================================================================================================
def write_json(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=2) + "\n"), encoding="utf-8")


def main() -> None:
    import set_data as sd

    pages, fired = guide_pages()
    make_guide_txt(GUIDE_TXT, pages)
    make_guide_pdf(GUIDE_PDF, pages)
    make_notice(NOTICE)
    make_crop(CROP)
    make_report(REPORT)
    print(f"hướng dẫn: {len(pages)} pages, {fired} words hyphenated at line ends")

    write_json(HERE / "gazetteer.json", sd.GAZETTEER)
    write_json(HERE / "requirements.json", sd.REQUIREMENTS)

    # halves: alternate dev / heldout within each shape, in the order the questions are written
    qs = [dict(q) for q in sd.QUESTIONS]
    seen: dict[str, int] = {}
    for q in qs:
        n = seen.get(q["shape"], 0)
        q["half"] = "dev" if n % 2 == 0 else "heldout"
        seen[q["shape"]] = n + 1
    order = ("question", "shape", "half", "gold", "expect", "forbid", "unanswerable")
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in qs:
            f.write(nfc(json.dumps({k: q[k] for k in order}, ensure_ascii=False)) + "\n")

    DRAFTS.mkdir(parents=True, exist_ok=True)
    names = sorted(sd.DRAFTS_TEXT)
    rng = random.Random(SEED)
    order_d = names[:]
    rng.shuffle(order_d)
    halves = {n: ("dev" if k < (len(order_d) + 1) // 2 else "heldout") for k, n in enumerate(order_d)}
    for name in names:
        (DRAFTS / name).write_text(nfc(sd.DRAFTS_TEXT[name]).strip() + "\n", encoding="utf-8")
    exp = {"_comment": sd.EXPECTED["_comment"], "drafts": {}}
    for name in names:
        d = sd.EXPECTED["drafts"][name]
        exp["drafts"][name] = {"district": d["district"], "half": halves[name], "expected": d["expected"]}
    write_json(DRAFTS / "expected.json", exp)
    print(f"wrote {len(qs)} questions, {len(names)} drafts")

    rc = subprocess.call([sys.executable, "-B", str(HERE / "check_set.py")])
    sys.exit(rc)


if __name__ == "__main__":
    main()
