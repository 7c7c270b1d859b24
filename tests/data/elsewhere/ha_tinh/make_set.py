"""(Re)writes the Hà Tĩnh test set deterministically (random seed 3319).

    /work/main/.venv/bin/python make_set.py

Writes:
  corpus/guidance/thuong-truc-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-huong-son-duc-tho.txt
      newspaper article (Báo Hà Tĩnh, 15/10/2024) on the session of 14/10/2024 with Hương Sơn and Đức Thọ,
      copied from the web page: paragraphs separated by blank lines, breadcrumb, byline, related news.
  corpus/guidance/bi-thu-tinh-uy-lam-viec-voi-cam-xuyen-thach-ha-thi-xa-ky-anh-ve-du-thao-bao-cao-chinh-tri.txt
      article of 06/11/2024 (Cẩm Xuyên, Thạch Hà, TX Kỳ Anh) saved from the print view, hard-wrapped at 78
      columns.
  corpus/guidance/huong-son-nghi-xuan-tiep-tuc-hoan-thien-du-thao-bao-cao-chinh-tri.txt
      article of 09/01/2025 on the session of 08/01/2025 (Hương Sơn for the second time, Nghi Xuân).
  corpus/guidance/bien-ban-112-BB-TU-hoi-nghi-ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri.docx
      minutes of the Standing Committee meeting of 27/11/2024 (TP Hà Tĩnh, TX Hồng Lĩnh, Lộc Hà).
  corpus/guidance/tom-tat-thoi-han-va-dung-luong-bao-cao-chinh-tri-cap-huyen.md
      note of the Văn phòng Tỉnh ủy (13/01/2025): page limits, deadlines, one table.
  drafts/*.txt, drafts/expected.json, questions.jsonl, requirements.json, gazetteer.json
Then runs check_set.py. Texts live in texts_docs.py, texts_drafts.py and set_data.py.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import datetime as dt
import io
import json
import random
import subprocess
import textwrap
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import set_data as sd  # noqa: E402
import texts_docs as T  # noqa: E402
import texts_drafts as D  # noqa: E402

SEED = 3319
CORPUS = HERE / "corpus"
DRAFTS = HERE / "drafts"
FIXED_TIME = dt.datetime(2024, 11, 27, 17, 30, 0)
ZIP_TIME = (2024, 11, 27, 17, 30, 0)
WRAP = 78


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================
# plain-text articles
# =====================================================================================================
def wrap(par: str, width: int = WRAP) -> str:
    """Hard-wrap one paragraph; a wrapped line never starts with '- ' (the dash goes back up a line)."""
    lines = textwrap.wrap(par, width=width, break_long_words=False, break_on_hyphens=False)
    out: list[str] = []
    for ln in lines:
        if out and ln.startswith("- "):
            out[-1] += " -"
            ln = ln[2:]
        out.append(ln)
    return "\n".join(out)


def article_blocks(n: int) -> list[str]:
    """The blocks of article n as written (one string per blank-line separated block)."""
    if n == 1:
        return ["\n".join(T.A1_HEAD), T.A1_TITLE, T.A1_SAPO, *T.A1_PARAS, *T.A1_TAIL]
    if n == 2:
        return ["\n".join(T.A2_HEAD), T.A2_TITLE, T.A2_DATE, wrap(T.A2_SAPO),
                *[wrap(p) for p in T.A2_PARAS], *T.A2_TAIL]
    return ["\n".join(T.A3_HEAD), T.A3_TITLE, T.A3_SAPO, *T.A3_PARAS, *T.A3_TAIL]


def make_txt(path: Path, n: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc("\n\n".join(article_blocks(n)) + "\n"), encoding="utf-8")


# =====================================================================================================
# minutes (.docx)
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
    for i, (text, bold, italic) in enumerate(lines):
        run = p.add_run(nfc(text))
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def make_docx(path: Path) -> None:
    doc = Document()
    _setup(doc)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), T.MIN_LEFT)
    _stacked_cell(head.cell(0, 1), T.MIN_RIGHT)
    doc.add_paragraph("")
    for kind, text in T.MIN_BODY:
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind == "title":
            run.bold = True
            run.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("sub", "c"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
            p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), T.MIN_SIGN_LEFT)
    _stacked_cell(tail.cell(0, 1), T.MIN_SIGN_RIGHT)

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Văn phòng Tỉnh ủy Hà Tĩnh"
    cp.title = "Biên bản hội nghị Ban Thường vụ Tỉnh ủy ngày 27/11/2024"
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


# =====================================================================================================
# markdown note
# =====================================================================================================
def make_md(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(T.NOTE_MD), encoding="utf-8")


def write_json(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=2) + "\n"), encoding="utf-8")


def main() -> None:
    make_txt(CORPUS / sd.A1_KEY, 1)
    make_txt(CORPUS / sd.A2_KEY, 2)
    make_txt(CORPUS / sd.A3_KEY, 3)
    make_docx(CORPUS / sd.BB_KEY)
    make_md(CORPUS / sd.MD_KEY)

    write_json(HERE / "gazetteer.json", sd.GAZETTEER)
    write_json(HERE / "requirements.json", sd.REQUIREMENTS)

    # halves: per shape, shuffle indices with one Random(SEED); first half (rounded up) -> dev
    rng = random.Random(SEED)
    qs = [dict(x) for x in sd.QUESTIONS]
    for shape in sd.SHAPES:
        idx = [i for i, x in enumerate(qs) if x["shape"] == shape]
        rng.shuffle(idx)
        cut = (len(idx) + 1) // 2
        for n, i in enumerate(idx):
            qs[i]["half"] = "dev" if n < cut else "heldout"
    order = ("question", "shape", "half", "gold", "expect", "forbid", "unanswerable")
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
        for x in qs:
            f.write(nfc(json.dumps({key: x[key] for key in order}, ensure_ascii=False)) + "\n")

    DRAFTS.mkdir(parents=True, exist_ok=True)
    names = sorted(D.DRAFTS)
    order_d = names[:]
    rng.shuffle(order_d)
    halves = {n: ("dev" if i < (len(order_d) + 1) // 2 else "heldout") for i, n in enumerate(order_d)}
    exp = {"_comment": sd.EXPECTED_COMMENT, "drafts": {}}
    for name in names:
        (DRAFTS / name).write_text(nfc(D.DRAFTS[name]).strip() + "\n", encoding="utf-8")
        district, labels = sd.LABELS[name]
        exp["drafts"][name] = {"district": district, "half": halves[name], "expected": labels}
    write_json(DRAFTS / "expected.json", exp)

    rc = subprocess.call([sys.executable, "-B", str(HERE / "check_set.py")])
    sys.exit(rc)


if __name__ == "__main__":
    main()
