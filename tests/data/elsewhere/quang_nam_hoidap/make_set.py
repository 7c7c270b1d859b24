"""Writes every file of the Quảng Nam (Hỏi - Đáp booklet / speech page / notice) set deterministically, then
runs check_set.py.

    /work/main/.venv/bin/python -B /work/newsets/quang_nam_hoidap/make_set.py

The .pdf gets a fixed creation date and the .docx is re-zipped with fixed timestamps and core properties, so
two runs give the same bytes (with the same fpdf2 / python-docx versions).
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
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sd = importlib.import_module("set_data")
tg = importlib.import_module("texts_guidance")
td = importlib.import_module("texts_docs")
tdr = importlib.import_module("texts_drafts")

CORPUS = HERE / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PDF_DATE = datetime(2015, 7, 20, 9, 30, 0, tzinfo=timezone(timedelta(hours=7)))
DOCX_DATE = (2019, 12, 16, 8, 0, 0)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def entries(block: str) -> list[tuple[str, str]]:
    """'kind|text' lines -> [(kind, text)] (backslash continuations are already joined by Python)."""
    out = []
    for line in block.strip("\n").split("\n"):
        kind, text = line.split("|", 1)
        out.append((kind, nfc(text)))
    return out


def write_text(path: Path, text: str) -> None:
    """Writes UTF-8 text with LF line ends and exactly one final newline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((nfc(text).rstrip("\n") + "\n").encode("utf-8"))


# ----------------------------------------------------------------------------------------- 4. PDF report 2015
class ReportPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, nfc(td.RP_RUNNING_HEADER), align="C", new_x="LMARGIN", new_y="NEXT")
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
    pdf = ReportPDF(format="A4")
    pdf.creation_date = PDF_DATE
    pdf.set_title(nfc(td.RP_PDF_TITLE))
    pdf.set_author(nfc("Huyện ủy Phước Sơn"))
    pdf.set_creator("Microsoft Word 2010")
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DV", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    top = pdf.get_y()  # letterhead in two columns
    for i, line in enumerate(td.RP_LEFT):
        pdf.set_xy(pdf.l_margin, top + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.cell(75, 5.5, nfc(line), align="C")
    for i, line in enumerate(td.RP_RIGHT):
        pdf.set_xy(pdf.l_margin + 80, top + i * 5.5)
        pdf.set_font("DV", "B" if i == 0 else "I", 10.5)
        pdf.cell(90, 5.5, nfc(line), align="C")
    pdf.set_xy(pdf.l_margin, top + 5.5 * max(len(td.RP_LEFT), len(td.RP_RIGHT)) + 6)

    width = pdf.w - pdf.l_margin - pdf.r_margin
    sig: list[str] = []
    for kind, text in entries(td.REPORT):
        if kind == "title":
            pdf.set_font("DV", "B", 14)
            pdf.multi_cell(width, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("DV", "B", 11.5)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(width - 24, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "theme":
            pdf.set_font("DV", "I", 11)
            pdf.multi_cell(width, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("h1", "h2"):
            pdf.set_font("DV", "B" if kind == "h1" else "BI", 11.5)
            pdf.ln(1.5)
            pdf.multi_cell(width, 6.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DV", "", 11.5)
            # keep a paragraph on one page, as the office's template does ("keep lines together")
            need = pdf.multi_cell(width, 6.2, text, dry_run=True, output="HEIGHT")
            if pdf.get_y() + need > pdf.h - pdf.b_margin:
                pdf.add_page()
            pdf.multi_cell(width, 6.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "sig":
            sig.append(text)
        else:
            raise ValueError(kind)
    if pdf.get_y() + 30 > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.ln(4)
    y = pdf.get_y()
    for i, line in enumerate(sig):
        pdf.set_xy(pdf.l_margin + 88, y + i * 6 + (12 if i == len(sig) - 1 else 0))
        pdf.set_font("DV", "B", 11)
        pdf.cell(80, 6, line, align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))


# ------------------------------------------------------------------------------------------ 1. booklet docx
def _table(doc, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = nfc(text)  # "\n" becomes a line break inside the cell
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.bold = True
                    r.font.size = Pt(12)


def write_docx(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = 10692130, 7560310  # A4 in EMU
    _table(doc, tg.HD_HEADER)
    for kind, text in entries(tg.BOOKLET):
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "sub", "intro", "end"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = kind != "sub" or not text.startswith("(")
            run.italic = text.startswith("(")
            if kind == "title":
                run.font.size = Pt(16)
        elif kind == "sig":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run.bold = True
        elif kind == "q":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run.bold = True
            p.paragraph_format.space_before = Pt(10)
        elif kind in ("p", "a"):
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.title = nfc(tg.HD_DOCX_TITLE)
    cp.author = nfc("Ban Tuyên giáo Tỉnh ủy Quảng Nam")
    cp.last_modified_by = cp.author
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


# ------------------------------------------------------------------------------------------ 2. speech page
def article_html() -> str:
    out = []
    for kind, text in entries(tg.ARTICLE):
        t = html.escape(text, quote=False)
        if kind == "sapo":
            out.append(f'    <p class="sapo"><strong>{t}</strong></p>')
            out.append('    <div class="detail-content">')
        elif kind == "p":
            out.append(f"      <p>{t}</p>")
        elif kind == "fig":
            out.append('      <figure class="image">')
            img = f"{tg.FILES}/bi-thu-tinh-uy-phat-bieu.jpg"
            out.append(f'        <img src="{img}" alt="{html.escape(text)}">')
            out.append(f"        <figcaption>{t}</figcaption>")
            out.append("      </figure>")
        elif kind == "author":
            out.append(f'      <p class="author"><strong>{t}</strong></p>')
            out.append("    </div>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def write_html(path: Path) -> None:
    url_len = len(f"{tg.SITE}/thoi-su/chinh-tri/{tg.SLUG}.html")
    page = tg.HTML_TEMPLATE.format(SITE=tg.SITE, SLUG=tg.SLUG, FILES=tg.FILES, DATE=tg.ARTICLE_DATE,
                                   TITLE=html.escape(tg.ARTICLE_TITLE), ARTICLE=article_html())
    page = page.replace("url=(0000)", f"url=({url_len:04d})")
    write_text(path, page)


# ------------------------------------------------------------------------------------------------------ JSON
def dump_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    # ---- corpus
    write_docx(CORPUS / sd.B)
    write_html(CORPUS / sd.S)
    write_text(CORPUS / sd.T, "\n".join(t for _k, t in entries(td.THONGBAO)))
    write_text(CORPUS / sd.D, "\n".join(t for _k, t in entries(td.OCOP)))
    write_pdf(CORPUS / sd.R)

    # ---- gazetteer
    dump_json(HERE / "gazetteer.json", sd.GAZETTEER)

    # ---- requirements
    docs: dict = {}
    for doc in (sd.B, sd.S, sd.T):
        docs[doc] = {"requirements": [], "not_requirements": [nfc(x) for x in sd.NOT_REQ.get(doc, [])]}
    for doc, key, scope in sd.REQ.values():
        docs[doc]["requirements"].append({"key": nfc(key), "scope": list(scope)})
    dump_json(HERE / "requirements.json", {"_comment": nfc(sd.REQ_COMMENT), "documents": docs})

    # ---- questions (halves alternate within each shape, dev first)
    seen: dict = defaultdict(int)
    lines = []
    for shape, q, gold, expect, forbid in sd.Q:
        half = "dev" if seen[shape] % 2 == 0 else "heldout"
        seen[shape] += 1
        obj = {"question": nfc(q), "shape": shape, "half": half, "gold": [nfc(g) for g in gold],
               "expect": [nfc(e) for e in expect], "forbid": [nfc(f) for f in forbid],
               "unanswerable": not gold}
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # ---- drafts
    exp = {"_comment": nfc(sd.DRAFT_COMMENT), "drafts": {}}
    for i, (fname, (district, var, labels)) in enumerate(sd.DRAFTS.items()):
        write_text(HERE / "drafts" / fname, getattr(tdr, var))
        exp["drafts"][fname] = {
            "district": district,
            "half": "dev" if i % 2 == 0 else "heldout",
            "expected": {nfc(sd.REQ[k][1]): v for k, v in labels.items()},
        }
    dump_json(HERE / "drafts" / "expected.json", exp)

    print("written; running check_set.py")
    return subprocess.call([sys.executable, "-B", str(HERE / "check_set.py")])


if __name__ == "__main__":
    raise SystemExit(main())
