"""(Re)writes the Lạng Sơn test set deterministically (random seed 2411).

    /work/main/.venv/bin/python /work/newsets/lang_son/make_set.py

Writes:
  corpus/guidance/huong-dan-38-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-cap-huyen.docx
      Hướng dẫn số 38-HD/BTGTU (16/9/2024) of Ban Tuyên giáo Tỉnh ủy Lạng Sơn: letterhead table, parts I-IV,
      district-specific items, an 8-row task/deadline table, signer table (~3,300 words).
  corpus/guidance/thong-bao-ket-luan-412-tb-tu-du-thao-bao-cao-chinh-tri-van-lang-huu-lung-bac-son.txt
      Thông báo kết luận số 412-TB/TU (12/12/2024) of Ban Thường vụ Tỉnh ủy, saved from Word as plain text
      (one paragraph per line, CRLF, letterhead/signer tables flattened with tabs).
  corpus/guidance/cong-van-1472-cv-btgtu-dieu-chinh-huong-dan-38.pdf
      Công văn số 1472-CV/BTGTU (20/12/2024): 30 -> 25 pages, deadline 20/01/2025 -> 25/02/2025 (2 pages).
  corpus/reports/bao-cao-chinh-tri-dang-bo-huyen-chi-lang-2020-2025.pdf
      Political report of Huyện ủy Chi Lăng to its XXIII congress (2020); the district is named only in the
      title block.
  gazetteer.json, requirements.json, questions.jsonl, drafts/*.txt, drafts/expected.json
Then runs check_set.py. Texts: texts_guide.py, texts_docs.py; data: set_data.py.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import datetime as dt  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
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

SEED = 2411
CORPUS = HERE / "corpus"
GUIDE = CORPUS / "guidance" / "huong-dan-38-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-cap-huyen.docx"
NOTICE = CORPUS / "guidance" / "thong-bao-ket-luan-412-tb-tu-du-thao-bao-cao-chinh-tri-van-lang-huu-lung-bac-son.txt"
AMEND = CORPUS / "guidance" / "cong-van-1472-cv-btgtu-dieu-chinh-huong-dan-38.pdf"
REPORT = CORPUS / "reports" / "bao-cao-chinh-tri-dang-bo-huyen-chi-lang-2020-2025.pdf"
DRAFTS = HERE / "drafts"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.datetime(2024, 9, 16, 8, 0, 0)
ZIP_TIME = (2024, 9, 16, 8, 0, 0)

# document ids used by the questions' source tags (set_data.py) and by check_set.py
DOC_NAMES = {
    "G": "guidance/" + GUIDE.name,
    "N": "guidance/" + NOTICE.name,
    "A": "guidance/" + AMEND.name,
    "R": "reports/" + REPORT.name,
}
DOC_PATHS = {"G": GUIDE, "N": NOTICE, "A": AMEND, "R": REPORT}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================
# (1) Hướng dẫn số 38-HD/BTGTU (.docx)
# =====================================================================================================
def _setup(doc) -> None:
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)


def _stacked_cell(cell, lines, size=13, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = align
    for i, (text, bold) in enumerate(lines):
        run = p.add_run(nfc(text))
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _grid(doc, header, rows, widths) -> None:
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate([header] + rows):
        for c, text in enumerate(cells):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            run = p.add_run(nfc(text))
            run.font.size = Pt(12)
            run.bold = r == 0
            if c == 0 or r == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _save_deterministic(doc, path: Path, title: str) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"
    cp.title = title
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1
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


def make_guide(path: Path) -> None:
    doc = Document()
    _setup(doc)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), TG.GUIDE_LEFT)
    _stacked_cell(head.cell(0, 1), TG.GUIDE_RIGHT)
    head.cell(0, 1).paragraphs[0].runs[-1].italic = True
    doc.add_paragraph("")
    for kind, text in TG.GUIDE_BODY:
        if kind == "table":
            _grid(doc, TG.TABLE_HEADER, TG.TABLE_ROWS, [1.0, 8.0, 4.0, 3.5])
            continue
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind == "title":
            run.bold = True
            run.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "c":
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "ci":
            run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "h3":
            run.bold = run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        else:
            raise ValueError(kind)
        p.paragraph_format.space_after = Pt(6)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), TG.GUIDE_NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _stacked_cell(tail.cell(0, 1), TG.GUIDE_SIGNER)
    _save_deterministic(doc, path, "Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố "
                                   "nhiệm kỳ 2025 - 2030")


# =====================================================================================================
# (2) Thông báo kết luận số 412-TB/TU (.txt, Word "Plain Text" export)
# =====================================================================================================
def make_notice(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\r\n".join(nfc(x) for x in T.NOTICE_LINES) + "\r\n"
    path.write_bytes(text.encode("utf-8"))


# =====================================================================================================
# (3) Công văn số 1472-CV/BTGTU (.pdf)
# =====================================================================================================
BODY_PT = 13
LINE = 6.6


class Letter(FPDF):
    def footer(self) -> None:
        if self.page_no() > 1:
            self.set_y(-15)
            self.set_font("Serif", "", 10)
            self.cell(0, 5, str(self.page_no()), align="C")


def _fonts(pdf: FPDF) -> None:
    for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                         ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / fname))


def make_amend(path: Path) -> int:
    pdf = Letter(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    _fonts(pdf)
    pdf.set_title("Công văn 1472-CV/BTGTU điều chỉnh một số nội dung tại Hướng dẫn số 38-HD/BTGTU")
    pdf.set_author("Ban Tuyên giáo Tỉnh ủy Lạng Sơn")
    pdf.set_creation_date(dt.datetime(2024, 12, 20, 9, 30, tzinfo=dt.UTC))
    pdf.add_page()
    top = pdf.get_y()
    for i, line in enumerate(T.AMEND_LEFT):
        pdf.set_xy(22, top + i * 5.8)
        style = "B" if i in (0, 1) else ("I" if i >= 4 else "")
        pdf.set_font("Serif", style, 10.5 if i >= 4 else 11.5)
        pdf.cell(72, 5.8, nfc(line), align="C")
    for i, line in enumerate(T.AMEND_RIGHT):
        pdf.set_xy(98, top + i * 12)
        pdf.set_font("Serif", "B" if i == 0 else "I", 11.5)
        pdf.cell(97, 7, nfc(line), align="C")
    pdf.set_y(top + len(T.AMEND_LEFT) * 5.8 + 8)
    pdf.set_font("Serif", "", BODY_PT)
    pdf.set_x(45)
    pdf.cell(0, 7, nfc(T.AMEND_TO), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    lh = LINE / (BODY_PT * 0.3528)
    for kind, text in T.AMEND_BODY:
        text = nfc(text)
        if kind == "h":
            pdf.set_font("Serif", "B", BODY_PT)
            pdf.set_x(40)
            pdf.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font("Serif", "", BODY_PT)
        with (pdf.text_columns(text_align="J", line_height=lh) as cols,
              cols.paragraph(first_line_indent=10) as par):
            par.write(text)
        pdf.ln(3)
    pdf.ln(6)
    y = pdf.get_y()
    if y > 225:
        pdf.add_page()
        y = pdf.get_y()
    for i, line in enumerate(T.AMEND_NOI_NHAN):
        pdf.set_xy(30, y + i * 5.2)
        pdf.set_font("Serif", "BI" if i == 0 else "", 11 if i == 0 else 10)
        pdf.cell(70, 5.2, nfc(line))
    for i, line in enumerate(T.AMEND_SIGNER):
        gap = 16 if i == 3 else 0
        pdf.set_xy(105, y + i * 6.5 + gap)
        pdf.set_font("Serif", "I" if i == 2 else "B", 12)
        pdf.cell(90, 6.5, nfc(line), align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.page_no()


def amend_blocks() -> list[str]:
    """The công văn's text as written, one string per block."""
    out = list(T.AMEND_LEFT) + list(T.AMEND_RIGHT) + [T.AMEND_TO]
    out += [t for _, t in T.AMEND_BODY] + list(T.AMEND_NOI_NHAN) + list(T.AMEND_SIGNER)
    return [nfc(x) for x in out]


# =====================================================================================================
# (4) Báo cáo chính trị Chi Lăng 2020 (.pdf)
# =====================================================================================================
class ReportPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", "I", 10)
            self.set_y(10)
            self.cell(0, 5, T.RUNNING_HEADER, align="C")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 11)
        self.cell(0, 5, str(self.page_no()), align="C")


def make_report(path: Path) -> tuple[int, int]:
    body, line = 13, 6.4
    pdf = ReportPDF(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    _fonts(pdf)
    pdf.set_title("Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIII")
    pdf.set_creation_date(dt.datetime(2020, 6, 22, 8, 0, tzinfo=dt.UTC))
    pdf.add_page()
    for text, size in T.REPORT_TITLE_BLOCK:
        pdf.set_font("Serif", "B", size)
        pdf.cell(0, 6, nfc(text), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "*", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(0, 10, T.REPORT_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", body)
    pdf.set_x(40)
    pdf.multi_cell(140, line, nfc(T.REPORT_SUBTITLE), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "BI", 12)
    pdf.set_x(40)
    pdf.multi_cell(140, 6, nfc(T.REPORT_MOTTO), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    across = 0
    lh = line / (body * 0.3528)
    for kind, text in T.REPORT:
        text = nfc(text)
        before = pdf.page_no()
        if kind == "part":
            pdf.ln(4)
            for i, ln_ in enumerate(text.split("\n")):
                pdf.set_font("Serif", "B", 15 if i == 0 else 13.5)
                pdf.multi_cell(0, 7, ln_, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("Serif", "B", 13.5)
            pdf.multi_cell(0, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h2":
            pdf.set_font("Serif", "B", body)
            pdf.multi_cell(0, line, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Serif", "", body)
            with (pdf.text_columns(text_align="J", line_height=lh) as cols,
                  cols.paragraph(first_line_indent=10) as par):
                par.write(text)
            pdf.ln(2.5)
        elif kind == "item":
            pdf.set_font("Serif", "", body)
            pdf.set_x(40)
            pdf.multi_cell(0, line, text, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)
        if kind in ("p", "item") and pdf.page_no() != before:
            across += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.page_no(), across


def report_blocks() -> list[str]:
    """The report's text as written, one string per block (title block first)."""
    out = [t for t, _ in T.REPORT_TITLE_BLOCK] + [T.REPORT_TITLE, T.REPORT_SUBTITLE, T.REPORT_MOTTO]
    out += [t.replace("\n", " ") for _, t in T.REPORT]
    return [nfc(x) for x in out]


# =====================================================================================================
# JSON / JSONL / drafts
# =====================================================================================================
def write_json(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=2) + "\n"), encoding="utf-8")


def main() -> None:
    import set_data as sd

    make_guide(GUIDE)
    make_notice(NOTICE)
    pages = make_amend(AMEND)
    rpages, across = make_report(REPORT)
    print(f"công văn pdf: {pages} pages; report pdf: {rpages} pages, {across} block(s) run over a page break")

    write_json(HERE / "gazetteer.json", sd.GAZETTEER)
    write_json(HERE / "requirements.json", sd.REQUIREMENTS)

    # halves: per shape, shuffle the indices with one Random(SEED); first half (rounded up) -> dev
    rng = random.Random(SEED)
    qs = [dict(q) for q in sd.QUESTIONS]
    for shape in sd.SHAPES:
        idx = [i for i, q in enumerate(qs) if q["shape"] == shape]
        rng.shuffle(idx)
        cut = (len(idx) + 1) // 2
        for n, i in enumerate(idx):
            qs[i]["half"] = "dev" if n < cut else "heldout"
    order = ("question", "shape", "half", "gold", "expect", "forbid", "unanswerable")
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in qs:
            f.write(nfc(json.dumps({k: q[k] for k in order}, ensure_ascii=False)) + "\n")

    DRAFTS.mkdir(parents=True, exist_ok=True)
    names = sorted(sd.DRAFTS_TEXT)
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
