"""Writes every file of the Đắk Lắk (Word / minutes / HTML) set deterministically, then runs check_set.py.

    /work/main/.venv/bin/python -B /work/newsets/dak_lak_docx/make_set.py

The two .docx files get fixed core-property dates and are re-zipped with fixed timestamps, so two runs give
the same bytes (with the same python-docx version).
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
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sd = importlib.import_module("set_data")
tg = importlib.import_module("texts_guidance")
td = importlib.import_module("texts_docs")
tdr = importlib.import_module("texts_drafts")

CORPUS = HERE / "corpus"
HD_DATE = (2019, 12, 16, 15, 30, 0)
KP_DATE = (2015, 7, 20, 9, 0, 0)


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


# ---------------------------------------------------------------------------------------------- docx helpers
def _base_document(size: int) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(size)
    for name, pt in (("Heading 1", 14), ("Heading 2", 13.5), ("Heading 3", 13.5)):
        hs = doc.styles[name]
        rfonts = hs.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)  # drop the theme fonts so the name applies
        hs.font.name = "Times New Roman"
        hs.font.size = Pt(pt)
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.font.bold = True
        hs.font.italic = name == "Heading 3"
    sec = doc.sections[0]
    sec.page_height, sec.page_width = 10692130, 7560310  # A4 in EMU
    return doc


def _table(doc, rows: list[list[str]], grid: bool = False, centre: bool = True) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = nfc(text)  # "\n" becomes a line break inside the cell
            for p in cell.paragraphs:
                if centre:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.bold = (grid and i == 0) or (not grid and not text.startswith("Nơi nhận"))


def _save_fixed(doc, path: Path, stamp: tuple, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title = nfc(title)
    cp.author = nfc(author)
    cp.last_modified_by = nfc(author)
    cp.created = datetime(*stamp)
    cp.modified = datetime(*stamp)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------- 1. guidance
def write_guidance(path: Path) -> None:
    doc = _base_document(14)
    _table(doc, tg.HD_HEADER)
    for kind, text in entries(tg.GUIDANCE):
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(text, level=int(kind[1]))
        elif kind == "table":
            _table(doc, tg.TABLES[text], grid=True, centre=False)
        elif kind == "sign":
            doc.add_paragraph()
            _table(doc, tg.HD_SIGN)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if kind in ("title", "sub", "sep"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = kind != "sep"
                if kind == "title":
                    run.font.size = Pt(15)
            elif kind == "note":
                run.italic = True
                run.font.size = Pt(12)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Pt(28)
    _save_fixed(doc, path, HD_DATE, "Hướng dẫn 38-HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy Đắk Lắk")


# --------------------------------------------------------------------------------------------- 4. old report
def write_report(path: Path) -> None:
    doc = _base_document(14)
    _table(doc, td.KP_HEADER)
    for kind, text in entries(td.KP_REPORT):
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind in ("title", "sub"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            if kind == "title":
                run.font.size = Pt(15)
        elif kind == "h":
            run.bold = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph()
    _table(doc, td.KP_SIGN)
    # the core properties must not name the district either
    _save_fixed(doc, path, KP_DATE, "BÁO CÁO CHÍNH TRỊ ĐẠI HỘI X", "To bien tap van kien")


# ---------------------------------------------------------------------------------------------- 3. news page
def article_html() -> str:
    out = []
    for kind, text in entries(td.ARTICLE):
        t = html.escape(text, quote=False)
        if kind == "sapo":
            out.append(f'    <div class="sapo"><strong>{t}</strong></div>')
            out.append('    <div class="detail-content">')
        elif kind == "p":
            out.append(f"      <p>{t}</p>")
        elif kind == "fig":
            out.append('      <figure class="image">')
            out.append(f'        <img src="{td.FILES}/hoi-nghi-btv-19-5.jpg" alt="{html.escape(text)}">')
            out.append(f"        <figcaption>{t}</figcaption>")
            out.append("      </figure>")
        elif kind == "author":
            out.append(f'      <p class="author"><strong>{t}</strong></p>')
            out.append("    </div>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def write_html(path: Path) -> None:
    url_len = len(f"{td.SITE}/chinh-tri/xay-dung-dang/{td.SLUG}.html")
    page = td.HTML_TEMPLATE.format(SITE=td.SITE, SLUG=td.SLUG, FILES=td.FILES,
                                   TITLE=html.escape(td.ARTICLE_TITLE), ARTICLE=article_html())
    page = page.replace("url=(0138)", f"url=({url_len:04d})")
    write_text(path, page)


# ------------------------------------------------------------------------------------------------------ JSON
def dump_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    # ---- corpus
    write_guidance(CORPUS / sd.G)
    write_text(CORPUS / sd.B, "\n".join(t for _k, t in entries(td.BIENBAN)))
    write_html(CORPUS / sd.N)
    write_report(CORPUS / sd.R)
    write_text(CORPUS / sd.D, "\n".join(t for _k, t in entries(td.TAICANH)))

    # ---- gazetteer
    dump_json(HERE / "gazetteer.json", sd.GAZETTEER)

    # ---- requirements
    docs: dict = {}
    for doc in (sd.G, sd.B, sd.N):
        docs[doc] = {"requirements": [], "not_requirements": [nfc(x) for x in sd.NOT_REQ[doc]]}
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
