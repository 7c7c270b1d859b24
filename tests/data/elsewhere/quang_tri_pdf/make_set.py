"""Writes every file of the Quảng Trị (PDF) set deterministically, then runs check_set.py.

    /work/main/.venv/bin/python -B /work/newsets/quang_tri_pdf/make_set.py

The .pdf gets a fixed creation date, the .docx is re-zipped with fixed timestamps, so two runs give
the same bytes (with the same fpdf2 / python-docx versions).
"""

from __future__ import annotations

import html
import importlib
import io
import json
import subprocess
import sys
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sd = importlib.import_module("set_data")
td = importlib.import_module("texts_docs")
tdr = importlib.import_module("texts_drafts")

CORPUS = HERE / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PDF_DATE = datetime(2019, 11, 12, 8, 30, 0, tzinfo=timezone(timedelta(hours=7)))
DOCX_DATE = (2020, 5, 8, 9, 0, 0)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(nfc("\n".join(lines) + "\n").encode("utf-8"))


# ------------------------------------------------------------------ PDF (hướng dẫn)
class GuidancePDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, nfc(td.HD_RUNNING_HEADER), align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def write_pdf(path: Path) -> None:
    pdf = GuidancePDF(format="A4")
    pdf.creation_date = PDF_DATE
    pdf.set_title(nfc(td.HD_PDF_TITLE))
    pdf.set_author(nfc("Ban Tuyên giáo Tỉnh ủy Quảng Trị"))
    pdf.set_creator("Microsoft Word 2016")
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DV", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # letterhead: two columns
    top = pdf.get_y()
    for i, line in enumerate(td.HD_LEFT):
        pdf.set_xy(pdf.l_margin, top + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.cell(75, 5.5, nfc(line), align="C")
    for i, line in enumerate(td.HD_RIGHT):
        pdf.set_xy(pdf.l_margin + 80, top + i * 5.5)
        pdf.set_font("DV", "B" if i == 0 else "I", 10.5)
        pdf.cell(90, 5.5, nfc(line), align="C")
    pdf.set_xy(pdf.l_margin, top + 5.5 * max(len(td.HD_LEFT), len(td.HD_RIGHT)) + 6)

    width = pdf.w - pdf.l_margin - pdf.r_margin
    nr_text = sig_text = ""
    body = td.HUONGDAN
    last_p = max(i for i, (kind, _t) in enumerate(body) if kind == "p")
    for n, (kind, text) in enumerate(body):
        text = nfc(text)
        if n == last_p:
            # keep the closing paragraph with the signature block, as a word processor would
            pdf.set_font("DV", "", 11.5)
            need = pdf.multi_cell(width, 6.2, text, dry_run=True, output="HEIGHT") + 55
            if pdf.get_y() + need > pdf.h - pdf.b_margin:
                pdf.add_page()
        if kind == "title":
            pdf.set_font("DV", "B", 14)
            pdf.multi_cell(width, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("DV", "B", 11.5)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(width - 24, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sep":
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(width, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("h1", "h2", "h3"):
            pdf.set_font("DV", {"h1": "B", "h2": "B", "h3": "BI"}[kind], 11.5)
            pdf.ln(1.5)
            pdf.multi_cell(width, 6.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DV", "", 11.5)
            pdf.multi_cell(width, 6.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "nr":
            nr_text = text
        elif kind == "sig":
            sig_text = text
        else:
            raise ValueError(kind)

    # "Nơi nhận" (left) and signature (right), side by side
    pdf.ln(4)
    y = pdf.get_y()
    nr_lines = nr_text.split("\n")
    pdf.set_font("DV", "BI", 10)
    pdf.cell(80, 5, nr_lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for line in nr_lines[1:]:
        pdf.cell(80, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(sig_text.split("\n")):
        pdf.set_xy(pdf.l_margin + 88, y + i * 6 + (12 if i == 3 else 0))
        pdf.set_font("DV", "I" if line.startswith("(") else "B", 11)
        pdf.cell(80, 6, line, align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))


# ------------------------------------------------------------------ DOCX (thông báo kết luận)
def _table(doc, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = nfc(text)  # "\n" becomes a line break inside the cell
            for r in cell.paragraphs[0].runs:
                r.bold = i == 0 and not text.startswith("Nơi nhận")
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def write_docx(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    _table(doc, td.TB_HEADER)
    for kind, text in td.THONGBAO:
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind in ("title", "sub", "sep"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = kind != "sep"
            if kind == "title":
                run.font.size = Pt(15)
        elif kind in ("h1", "h2"):
            run.bold = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _table(doc, td.TB_SIGN)
    cp = doc.core_properties
    cp.title = nfc(td.TB_CORE_TITLE)
    cp.author = nfc("Văn phòng Tỉnh ủy Quảng Trị")
    cp.last_modified_by = nfc("Văn phòng Tỉnh ủy Quảng Trị")
    cp.created = datetime(*DOCX_DATE)
    cp.modified = datetime(*DOCX_DATE)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=DOCX_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ------------------------------------------------------------------ HTML (tin bài)
def article_html() -> str:
    out = []
    for kind, text in td.HTML_ARTICLE:
        t = html.escape(nfc(text), quote=False)
        if kind == "sapo":
            out.append(f'    <div class="sapo"><strong>{t}</strong></div>')
            out.append('    <div class="content">')
        elif kind == "p":
            out.append(f"      <p>{t}</p>")
        elif kind == "fig":
            out.append('      <figure class="image">')
            img = "./thuong-truc-tinh-uy-lam-viec_files/lam-viec-gio-linh-dakrong.jpg"
            out.append(f'        <img src="{img}" '
                       f'alt="{html.escape(nfc(text))}">')
            out.append(f"        <figcaption>{t}</figcaption>")
            out.append("      </figure>")
        elif kind == "author":
            out.append(f'      <p class="author"><strong>{t}</strong></p>')
            out.append("    </div>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def write_html(path: Path) -> None:
    page = "\n".join(td.HTML_TEMPLATE).replace("{{ARTICLE}}", article_html())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(nfc(page + "\n").encode("utf-8"))


# ------------------------------------------------------------------ JSON files
def dump_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    write_pdf(CORPUS / sd.G)
    write_docx(CORPUS / sd.N)
    write_html(CORPUS / sd.H)
    write_lines(CORPUS / sd.C, [t for _k, t in td.CONGVAN])
    write_lines(CORPUS / sd.R, [t for _k, t in td.REPORT_2015])

    dump_json(HERE / "gazetteer.json", sd.GAZETTEER)

    docs: dict = {}
    for doc in (sd.G, sd.C, sd.N, sd.H):
        docs[doc] = {"requirements": [], "not_requirements": [nfc(x) for x in sd.NOT_REQ.get(doc, [])]}
    for doc, key, scope in sd.REQ.values():
        docs[doc]["requirements"].append({"key": nfc(key), "scope": list(scope)})
    dump_json(HERE / "requirements.json", {"_comment": nfc(sd.REQ_COMMENT), "documents": docs})

    lines = []
    for shape, half, q, gold, expect, forbid, unans in sd.Q:
        obj = {"question": nfc(q), "shape": shape, "half": half, "gold": [nfc(g) for g in gold],
               "expect": [nfc(e) for e in expect], "forbid": [nfc(f) for f in forbid], "unanswerable": unans}
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    exp = {"_comment": nfc(sd.DRAFT_COMMENT), "drafts": {}}
    for fname, (district, var, half, labels) in sd.DRAFTS.items():
        write_lines(HERE / "drafts" / fname, [t for _k, t in getattr(tdr, var)])
        exp["drafts"][fname] = {
            "district": district,
            "half": half,
            "expected": {nfc(sd.REQ[k][1]): v for k, v in labels.items()},
        }
    dump_json(HERE / "drafts" / "expected.json", exp)

    print("written; running check_set.py")
    return subprocess.call([sys.executable, "-B", str(HERE / "check_set.py")])


if __name__ == "__main__":
    raise SystemExit(main())
