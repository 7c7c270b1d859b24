"""Writes the Nghệ An test set (seed 6131) deterministically.

    /work/main/.venv/bin/python tests/data/elsewhere/nghe_an/make_set.py

corpus/guidance/huong-dan-46-noi-dung-hinh-thuc-bao-cao-chinh-tri-cap-huyen.docx
    Hướng dẫn số 46-HD/BTGTU (23/9/2024) of the Ban Tuyên giáo Tỉnh ủy Nghệ An (~6,200 words, tables).
corpus/guidance/cong-van-2317-dieu-chinh-huong-dan-46.pdf
    Công văn số 2317-CV/BTGTU (12/12/2024): length 30 -> 22 pages, deadline 10/4/2025 -> 20/3/2025, an added
    IUU item for the coastal units (and TP Vinh for the former Cửa Lò). 2 pages.
corpus/guidance/thong-bao-ket-luan-1642-tb-tu-du-thao-bao-cao-chinh-tri-3-don-vi-dai-hoi-diem.html
    Thông báo kết luận số 1642-TB/TU (14/01/2025) as saved from the provincial party portal.
corpus/reports/bao-cao-chinh-tri-dang-bo-huyen-do-luong-2020-2025.txt
    The Đô Lương political report to its 2020 congress, pasted from a portal and hard-wrapped.
drafts/*.txt, drafts/expected.json, questions.jsonl (halves drawn with random.Random(6131)), requirements.json,
gazetteer.json. Texts live in texts_guide.py, texts_docs.py and texts_drafts.py.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts_docs as T  # noqa: E402
import texts_drafts as D  # noqa: E402
import texts_guide as TG  # noqa: E402

SEED = 6131
CORPUS = HERE / "corpus"
GUIDE = CORPUS / "guidance" / "huong-dan-46-noi-dung-hinh-thuc-bao-cao-chinh-tri-cap-huyen.docx"
AMEND = CORPUS / "guidance" / "cong-van-2317-dieu-chinh-huong-dan-46.pdf"
NOTICE = CORPUS / "guidance" / "thong-bao-ket-luan-1642-tb-tu-du-thao-bao-cao-chinh-tri-3-don-vi-dai-hoi-diem.html"
REPORT = CORPUS / "reports" / "bao-cao-chinh-tri-dang-bo-huyen-do-luong-2020-2025.txt"
DRAFTS = HERE / "drafts"
QUESTIONS_OUT = HERE / "questions.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.datetime(2024, 9, 23, 8, 0, 0)
ZIP_TIME = (2024, 9, 23, 8, 0, 0)
WRAP = 78

# document ids used by the questions' source tags and by check_set.py
DOC_NAMES = {
    "G": "guidance/" + GUIDE.name,
    "A": "guidance/" + AMEND.name,
    "N": "guidance/" + NOTICE.name,
    "R": "reports/" + REPORT.name,
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================
# (1) Hướng dẫn số 46-HD/BTGTU (.docx)
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


def _grid(doc, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, cells in enumerate([header] + rows):
        group_row = r > 0 and cells[0].isalpha() and len(cells[0]) == 1
        for c, text in enumerate(cells):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            run = p.add_run(nfc(text))
            run.font.size = Pt(12)
            run.bold = r == 0 or group_row
            if c == 0 or r == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _body(doc, blocks) -> None:
    for kind, text in blocks:
        if kind == "table":
            _grid(doc, TG.PROCESS_HEADER, TG.PROCESS_ROWS, [1.0, 7.0, 4.5, 3.5])
            continue
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind in ("c", "part"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "cs":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "ci":
            run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "b":
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "bi":
            run.bold = run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "i":
            run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        else:
            raise ValueError(kind)
        p.paragraph_format.space_after = Pt(6)


def _save_deterministic(doc, path: Path, title: str) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Ban Tuyên giáo Tỉnh ủy"
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
    _body(doc, TG.GUIDE_BODY)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), TG.GUIDE_NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _stacked_cell(tail.cell(0, 1), TG.GUIDE_SIGNER)
    doc.add_page_break()
    _body(doc, TG.APPENDIX_TITLE)
    _grid(doc, TG.TARGETS_HEADER, TG.TARGETS_ROWS, [1.0, 9.0, 2.5, 3.5])
    _body(doc, [("p", TG.APPENDIX_NOTE)])
    _save_deterministic(doc, path, "Hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện")


def guide_paragraphs() -> list[str]:
    d = Document(GUIDE)
    out = [p.text for p in d.paragraphs]
    out += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return [x for x in out if x.strip()]


# =====================================================================================================
# (2) Công văn số 2317-CV/BTGTU (.pdf, 2 pages)
# =====================================================================================================
BODY_PT = 13
LINE = 6.4


class Letter(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 10)
        self.cell(0, 5, str(self.page_no()), align="C")


def make_amend(path: Path) -> int:
    pdf = Letter(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_title("Công văn 2317-CV/BTGTU điều chỉnh Hướng dẫn 46-HD/BTGTU")
    pdf.set_creation_date(dt.datetime(2024, 12, 12, 9, 0, tzinfo=dt.UTC))
    pdf.add_page()
    top = pdf.get_y()
    # left block of the letterhead
    for i, line in enumerate(T.AMEND_LEFT):
        pdf.set_xy(22, top + i * 5.6)
        style = "B" if i in (0, 1) else ("I" if i >= 4 else "")
        pdf.set_font("Serif", style, 10.5 if i >= 4 else 11.5)
        pdf.cell(72, 5.6, line, align="C")
    for i, line in enumerate(T.AMEND_RIGHT):
        pdf.set_xy(100, top + i * 7)
        pdf.set_font("Serif", "B" if i == 0 else "I", 11.5)
        pdf.cell(95, 7, line, align="C")
    pdf.set_y(top + len(T.AMEND_LEFT) * 5.6 + 5)
    pdf.set_font("Serif", "", BODY_PT)
    pdf.set_x(45)
    pdf.cell(0, 7, T.AMEND_TO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    line_height = LINE / (BODY_PT * 0.3528)
    for kind, text in T.AMEND_BODY:
        if kind == "h":
            pdf.set_font("Serif", "B", BODY_PT)
            pdf.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        pdf.set_font("Serif", "", BODY_PT)
        with (
            pdf.text_columns(text_align="J", line_height=line_height) as cols,
            cols.paragraph(first_line_indent=10) as par,
        ):
            par.write(text)
        pdf.ln(2)
    pdf.ln(4)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page()
        y = pdf.get_y()
    for i, line in enumerate(T.AMEND_NOI_NHAN):
        pdf.set_xy(30, y + i * 5.2)
        if i == 0:
            pdf.set_font("Serif", "B", 11)
        else:
            pdf.set_font("Serif", "", 10.5)
        pdf.cell(70, 5.2, line)
    for i, line in enumerate(T.AMEND_SIGNER):
        gap = 14 if i == 3 else 0
        pdf.set_xy(105, y + i * 6.5 + gap)
        pdf.set_font("Serif", "B" if i != 2 else "I", 12)
        pdf.cell(90, 6.5, line, align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.page_no()


def amend_paragraphs() -> list[str]:
    out = list(T.AMEND_LEFT) + list(T.AMEND_RIGHT) + [T.AMEND_TO]
    out += [t for _, t in T.AMEND_BODY] + list(T.AMEND_NOI_NHAN) + list(T.AMEND_SIGNER)
    return [nfc(x) for x in out]


# =====================================================================================================
# (3) Thông báo kết luận số 1642-TB/TU (.html, portal page)
# =====================================================================================================
def make_notice(path: Path) -> None:
    e = html.escape
    nav = "".join(f'<li><a href="/chuyen-muc/{i}">{e(x)}</a></li>' for i, x in enumerate(T.NOTICE_NAV))
    crumbs = " &rsaquo; ".join(f'<a href="/{i}">{e(x)}</a>' for i, x in enumerate(T.NOTICE_BREADCRUMB))
    share = " ".join(f'<a href="#" class="btn-share s{i}">{e(x)}</a>' for i, x in enumerate(T.NOTICE_SHARE))

    def body_block(kind: str, text: str) -> str:
        if kind == "h":
            return f'        <p class="muc"><strong>{e(text)}</strong></p>'
        return f"        <p>{e(text)}</p>"

    body = "\n".join(body_block(k, x) for k, x in T.NOTICE_BODY)
    related = "\n".join(f'          <li><a href="/tin/{4410 + i}.html">{e(x)}</a></li>'
                        for i, x in enumerate(T.NOTICE_RELATED))
    most = "\n".join(f'          <li><a href="/tin/{4390 + i}.html">{e(x)}</a></li>'
                     for i, x in enumerate(T.NOTICE_MOST_READ))
    footer = "\n".join(f"    <p>{e(x)}</p>" for x in T.NOTICE_FOOTER)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T.NOTICE_TITLE,
                     "datePublished": "2025-01-16T15:20:00+07:00", "inLanguage": "vi"}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>{e(T.NOTICE_TITLE)} - Cổng TTĐT Đảng bộ tỉnh Nghệ An</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{e(T.NOTICE_SAPO)}">
  <meta property="og:type" content="article">
  <link rel="stylesheet" href="/Portals/_default/skins/dcs/css/main.css?v=3.1">
  <script type="application/ld+json">{ld}</script>
  <style>.doc-head td{{text-align:center;vertical-align:top;width:50%}} .c{{text-align:center}}</style>
</head>
<body>
  <div class="top-bar"><span class="date">{e(T.NOTICE_TODAY)}</span> <span class="weather">{e(T.NOTICE_WEATHER)}</span> <a href="/rss">RSS</a> <a href="/dang-nhap">Đăng nhập</a></div>
  <header>
    <div class="logo"><a href="/"><img src="/images/logo-dcs.png" alt="logo"> {e(T.NOTICE_SITE)}</a></div>
    <form class="search"><input type="text" placeholder="Nhập từ khóa..."><button>Tìm kiếm</button></form>
    <nav class="main-nav"><ul>{nav}</ul></nav>
  </header>
  <div class="slogan"><marquee>{e(T.NOTICE_SLOGAN)}</marquee></div>
  <div class="breadcrumb">{crumbs}</div>
  <main>
    <article class="news-detail">
      <h1 class="title">{e(T.NOTICE_TITLE)}</h1>
      <div class="meta">{e(T.NOTICE_META)}</div>
      <div class="share-top">{share}</div>
      <p class="sapo"><strong>{e(T.NOTICE_SAPO)}</strong></p>
      <div class="content">
        <table class="doc-head">
          <tr>
            <td>{"<br>".join(e(x) for x in T.NOTICE_HEAD_LEFT)}</td>
            <td>{"<br>".join(e(x) for x in T.NOTICE_HEAD_RIGHT)}</td>
          </tr>
        </table>
        <p class="c"><strong>{e(T.NOTICE_DOC_TITLE[0])}</strong><br>{e(T.NOTICE_DOC_TITLE[1])}</p>
        <p class="c">-----</p>
{body}
        <table class="doc-sign">
          <tr>
            <td>{"<br>".join(e(x) for x in T.NOTICE_NOI_NHAN)}</td>
            <td class="c">{"<br>".join(e(x) for x in T.NOTICE_SIGNER)}</td>
          </tr>
        </table>
      </div>
      <div class="source">{e(T.NOTICE_SOURCE)}</div>
      <div class="tags">{e(T.NOTICE_TAGS)}</div>
      <div class="share-bottom">{share}</div>
    </article>
    <aside>
      <section class="related">
        <h3>Tin liên quan</h3>
        <ul>
{related}
        </ul>
      </section>
      <section class="most-read">
        <h3>Đọc nhiều nhất</h3>
        <ul>
{most}
        </ul>
      </section>
    </aside>
  </main>
  <footer>
{footer}
  </footer>
  <div id="cookie-consent">{e(T.NOTICE_COOKIE)}</div>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</body>
</html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(page), encoding="utf-8")


# =====================================================================================================
# (4) Báo cáo chính trị Đảng bộ huyện Đô Lương 2020 (.txt, hard-wrapped)
# =====================================================================================================
def _wrap(text: str, width: int = WRAP) -> str:
    # a wrapped line must never start with "- " (it would read as a new item): keep " - " unbreakable
    guarded = text.replace(" - ", "\x01-\x01")
    lines = textwrap.wrap(guarded, width=width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(line.replace("\x01", " ") for line in lines)


def report_text() -> str:
    blocks = [T.REPORT_PRE[0]]  # the leftover menu line stays as pasted
    for b in T.REPORT_PRE[1:]:
        blocks.append("\n".join(_wrap(x) for x in b.split("\n")))
    for kind, text in T.REPORT_BODY:
        blocks.append(text if kind == "h" else _wrap(text))
    for b in T.REPORT_POST:
        blocks.append(b)
    return nfc("\n\n".join(blocks) + "\n")


def make_report(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_text(), encoding="utf-8")


def txt_paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [re.sub(r"\s+", " ", b).strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


# =====================================================================================================
# Gazetteer
# =====================================================================================================
VINH, CUALO, HOANGMAI, THAIHOA = "TP Vinh", "TX Cửa Lò", "TX Hoàng Mai", "TX Thái Hòa"
HUYEN = ["Quỳnh Lưu", "Diễn Châu", "Yên Thành", "Nghi Lộc", "Hưng Nguyên", "Nam Đàn", "Đô Lương", "Thanh Chương",
         "Anh Sơn", "Tân Kỳ", "Nghĩa Đàn", "Quỳ Hợp", "Quỳ Châu", "Quế Phong", "Con Cuông", "Tương Dương",
         "Kỳ Sơn"]
GAZETTEER = {
    "_comment": "Nghệ An province: all 21 district-level units as of 2024 (1 city, 3 towns, 17 districts). From "
                "01/12/2024 (Nghị quyết 1243/NQ-UBTVQH15) thị xã Cửa Lò is part of TP Vinh; it is listed because "
                "the guidance of 09/2024 addresses it by name. aliases = forms that name the unit alone in running "
                "text; the bare 'Nghệ An' is the province and is not an alias.",
    "units": [
        {"name": VINH, "kind": "thành phố", "aliases": ["TP Vinh", "thành phố Vinh", "TP. Vinh", "Vinh"]},
        {"name": CUALO, "kind": "thị xã", "aliases": ["TX Cửa Lò", "thị xã Cửa Lò", "TX. Cửa Lò", "Cửa Lò"]},
        {"name": HOANGMAI, "kind": "thị xã",
         "aliases": ["TX Hoàng Mai", "thị xã Hoàng Mai", "TX. Hoàng Mai", "Hoàng Mai"]},
        {"name": THAIHOA, "kind": "thị xã",
         "aliases": ["TX Thái Hòa", "thị xã Thái Hòa", "TX. Thái Hòa", "Thái Hòa"]},
    ] + [{"name": h, "kind": "huyện", "aliases": [h, "huyện " + h]} for h in HUYEN],
}

MOUNTAIN = ["Kỳ Sơn", "Tương Dương", "Con Cuông", "Quế Phong", "Quỳ Châu", "Quỳ Hợp", "Nghĩa Đàn", "Tân Kỳ",
            "Anh Sơn", "Thanh Chương", THAIHOA]
BORDER = ["Kỳ Sơn", "Tương Dương", "Con Cuông", "Quế Phong", "Anh Sơn", "Thanh Chương"]
HIGH = ["Kỳ Sơn", "Tương Dương", "Quế Phong"]
COAST = ["Quỳnh Lưu", "Diễn Châu", "Nghi Lộc", HOANGMAI, CUALO]
TOWNS = [VINH, CUALO, HOANGMAI, THAIHOA]
PLAINS = ["Yên Thành", "Đô Lương", "Nam Đàn", "Hưng Nguyên", "Diễn Châu", "Quỳnh Lưu", "Nghi Lộc"]
IUU = ["Quỳnh Lưu", "Diễn Châu", "Nghi Lộc", HOANGMAI, VINH]
PILOT = ["Con Cuông", "Diễn Châu", THAIHOA]

# =====================================================================================================
# Requirement catalogue (hand-labelled): id -> (doc, key, scope)
# =====================================================================================================
G, A, N, R = (DOC_NAMES[k] for k in "GANR")
REQ: dict[str, tuple[str, str, list[str]]] = {
    # ---- Hướng dẫn 46: Phần I
    "G01": (G, "Bám sát Cương lĩnh, Điều lệ Đảng", []),
    "G02": (G, "Đánh giá đúng thực chất, khách quan, toàn diện", []),
    "G03": (G, "vừa có tính khát vọng, vừa khả thi", []),
    "G04": (G, "Làm nổi bật tiềm năng, lợi thế khác biệt", []),
    "G05": (G, "huy động sự tham gia của các nhà khoa học, chuyên gia", []),
    "G06": (G, "thống nhất giữa báo cáo chính trị với báo cáo kiểm điểm", []),
    "G07": (G, "bí thư cấp ủy trực tiếp làm trưởng tiểu ban văn kiện", []),
    # ---- Phần II: name, theme, outline
    "G08": (G, "Tên báo cáo ghi thống nhất", []),
    "G09": (G, "Chủ đề đại hội được đặt ngay dưới tên báo cáo", []),
    "G10": (G, "gồm phần mở đầu, ba phần nội dung và phần kết luận", []),
    "G11": (G, "phải bảo đảm đủ các nội dung cơ bản nêu tại Hướng dẫn này", []),
    "G12": (G, "Phần mở đầu dài khoảng một trang", []),
    # ---- Phần thứ nhất of the report
    "G13": (G, "Nêu ngắn gọn những thuận lợi, khó khăn chủ yếu", []),
    "G14": (G, "Đánh giá tốc độ tăng trưởng tổng giá trị sản xuất", []),
    "G15": (G, "Địa phương có chỉ tiêu tăng trưởng không đạt phải phân tích rõ nguyên nhân", []),
    "G16": (G, "phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao", []),
    "G17": (G, "phát triển công nghiệp, tiểu thủ công nghiệp, làng nghề", []),
    "G18": (G, "huy động các nguồn lực cho đầu tư phát triển", []),
    "G19": (G, "quản lý đất đai, tài nguyên, khoáng sản", []),
    "G20": (G, "kết quả chuyển đổi số, xây dựng chính quyền số", []),
    "G21": (G, "Bảng tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025", []),
    "G22": (G, "chỉ phân tích sâu những chỉ tiêu có ý nghĩa then chốt", []),
    "G23": (G, "phát triển giáo dục và đào tạo, khoa học và công nghệ", []),
    "G24": (G, "xây dựng văn hóa, con người xứ Nghệ", []),
    "G25": (G, "giảm nghèo bền vững, giải quyết việc làm, đưa người lao động", []),
    "G26": (G, "công tác thông tin, truyền thông, báo chí", []),
    "G27": (G, "xây dựng khu vực phòng thủ huyện vững chắc", []),
    "G28": (G, "đấu tranh phòng, chống tội phạm, nhất là tội phạm về ma túy", []),
    "G29": (G, "công tác đối ngoại và hợp tác của địa phương", []),
    "G30": (G, "Nghị quyết Trung ương 4 khóa XII, khóa XIII", []),
    "G31": (G, "sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", []),
    "G32": (G, "công tác kiểm tra, giám sát, thi hành kỷ luật đảng", []),
    "G33": (G, "khái quát từ ba đến bốn kết quả nổi bật nhất", []),
    "G34": (G, "so sánh với đầu nhiệm kỳ (năm 2020)", []),
    "G35": (G, "Chỉ rõ những chỉ tiêu không đạt", []),
    "G36": (G, "lấy nguyên nhân chủ quan làm trọng tâm", []),
    "G37": (G, "Rút ra từ ba đến năm bài học kinh nghiệm", []),
    # ---- Phần thứ hai of the report
    "G38": (G, "Dự báo ngắn gọn những thời cơ, thuận lợi và khó khăn", []),
    "G39": (G, "Xác định không quá bốn quan điểm chỉ đạo", []),
    "G40": (G, "Mục tiêu tổng quát phải thể hiện khát vọng và định vị", []),
    "G41": (G, "Xác định từ 18 đến 22 chỉ tiêu chủ yếu", []),
    "G42": (G, "Các chỉ tiêu phải định lượng được, có căn cứ tính toán", []),
    "G43": (G, "biên độ không quá 1 điểm phần trăm", []),
    "G44": (G, "tỷ lệ che phủ rừng là chỉ tiêu bắt buộc", MOUNTAIN),
    "G45": (G, "sản lượng thủy sản là chỉ tiêu bắt buộc", COAST),
    "G46": (G, "Lựa chọn từ hai đến ba khâu đột phá", []),
    "G47": (G, "mỗi khâu đột phá phải xác định rõ kết quả cần đạt vào năm 2030", []),
    "G48": (G, "Xác định các nhiệm vụ, giải pháp trên từng lĩnh vực", []),
    "G49": (G, "Giải pháp phải cụ thể, có địa chỉ, lộ trình", []),
    "G50": (G, "Đề xuất danh mục công trình, dự án trọng điểm", []),
    "G51": (G, "gắn với xây dựng thế trận lòng dân vững chắc", []),
    # ---- Phần thứ ba and conclusion
    "G52": (G, "bảo vệ nền tảng tư tưởng của Đảng", []),
    "G53": (G, "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng", []),
    "G54": (G, "xây dựng đội ngũ cán bộ các cấp, nhất là người đứng đầu", []),
    "G55": (G, "kiên quyết, kiên trì phòng, chống tham nhũng, lãng phí, tiêu cực", []),
    "G56": (G, "nâng cao chất lượng công tác tuyên giáo, nắm bắt dư luận xã hội", []),
    "G57": (G, "Phần kết luận viết ngắn gọn, không quá một trang", []),
    # ---- groups of localities
    "G58": (G, "Đánh giá thực chất kết quả thực hiện ba chương trình mục tiêu quốc gia", MOUNTAIN),
    "G59": (G, "trồng rừng gỗ lớn, phát triển dược liệu dưới tán rừng", MOUNTAIN),
    "G60": (G, "bảo tồn, phát huy bản sắc văn hóa các dân tộc Thái, Mông, Khơ Mú", MOUNTAIN),
    "G61": (G, "quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia", BORDER),
    "G62": (G, "kết quả ổn định dân cư, sinh kế bền vững cho đồng bào tái định cư", HIGH),
    "G63": (G, "Các huyện này cũng cần đánh giá sâu công tác đấu tranh, triệt phá", HIGH),
    "G64": (G, "chỉ đánh giá ở các xã thuộc vùng đồng bào dân tộc thiểu số", [THAIHOA]),
    "G65": (G, "phát triển kinh tế biển theo Nghị quyết số 36-NQ/TW", COAST),
    "G66": (G, "phòng, chống sạt lở bờ biển, xâm nhập mặn", COAST),
    "G67": (G, "phát triển du lịch biển, kéo dài mùa du lịch", COAST),
    "G68": (G, "xác định chỉ tiêu về tỷ lệ phường đạt chuẩn đô thị văn minh", [HOANGMAI, CUALO]),
    "G69": (G, "đánh giá kết quả phát triển đô thị, chỉnh trang, nâng cấp kết cấu hạ tầng đô thị", TOWNS),
    "G70": (G, "Báo cáo của các đô thị này cần xác định rõ lộ trình nâng loại đô thị", TOWNS),
    "G71": (G, "trung tâm kinh tế, văn hóa của vùng Bắc Trung Bộ", [VINH]),
    "G72": (G, "đánh giá kết quả nhiệm kỳ 2020 - 2025 trên địa bàn thị xã Cửa Lò", [VINH]),
    "G73": (G, "vai trò trung tâm kinh tế, văn hóa của vùng Tây Bắc Nghệ An", [THAIHOA]),
    "G74": (G, "khu công nghiệp Hoàng Mai I, Hoàng Mai II, Đông Hồi", [HOANGMAI]),
    "G75": (G, "lộ trình đạt chuẩn huyện nông thôn mới nâng cao", PLAINS),
    "G76": (G, "Khu kinh tế Đông Nam Nghệ An, các khu công nghiệp VSIP", ["Hưng Nguyên", "Nghi Lộc"]),
    "G77": (G, "bảo tồn, phát huy giá trị Khu di tích Kim Liên", ["Nam Đàn"]),
    # ---- Phần III: form
    "G78": (G, "có dung lượng không quá 30 trang khổ A4", []),
    "G79": (G, "tổng cộng không quá 15 trang", []),
    "G80": (G, "Bản tóm tắt báo cáo chính trị để trình bày tại đại hội không quá 10 trang", []),
    "G81": (G, "trình bày theo Quy định số 66-QĐ/TW", []),
    "G82": (G, "phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,2", []),
    "G83": (G, "Tên các phần viết in hoa, đậm", []),
    "G84": (G, "cụm từ viết tắt phải được viết đầy đủ ở lần sử dụng đầu tiên", []),
    "G85": (G, "số liệu năm 2025 là số ước thực hiện", []),
    "G86": (G, "Số thập phân dùng dấu phẩy", []),
    "G87": (G, "nêu cả số tuyệt đối và số tương đối", []),
    "G88": (G, "chỉ sử dụng tối đa 02 biểu đồ hoặc bảng tóm tắt", []),
    # ---- Phần IV: process table and duties
    "G89": (G, "Thành lập tiểu ban văn kiện và tổ biên tập báo cáo chính trị", []),
    "G90": (G, "Xây dựng đề cương chi tiết báo cáo chính trị, gửi Ban Tuyên giáo", []),
    "G91": (G, "Hoàn thành dự thảo báo cáo chính trị lần thứ nhất", []),
    "G92": (G, "Gửi dự thảo báo cáo chính trị của ba đơn vị tổ chức đại hội điểm", PILOT),
    "G93": (G, "Lấy ý kiến góp ý của cán bộ, đảng viên, Mặt trận Tổ quốc, các đoàn thể và nhân dân", []),
    "G94": (G, "Gửi dự thảo báo cáo chính trị đã tiếp thu, hoàn thiện về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên "
               "giáo Tỉnh ủy)", []),
    "G95": (G, "Hoàn chỉnh văn kiện chính thức, gửi đại biểu dự đại hội", []),
    "G96": (G, "Dự thảo báo cáo chính trị được gửi xin ý kiến các tổ chức cơ sở đảng", []),
    "G97": (G, "xây dựng báo cáo tiếp thu, giải trình gửi kèm dự thảo", []),
    "G98": (G, "bố trí đủ kinh phí, nhân lực cho tiểu ban văn kiện", []),
    "G99": (G, "Định kỳ trước ngày 25 hằng tháng", []),
    "G100": (G, "có thể bổ sung không quá 03 chỉ tiêu đặc thù", []),
    # ---- Công văn 2317
    "A1": (A, "có dung lượng không quá 22 trang khổ A4", []),
    "A2": (A, "rà soát, lược bỏ nội dung trùng lặp", []),
    "A3": (A, "được điều chỉnh thành trước ngày 20/3/2025", []),
    "A4": (A, "Hồ sơ gửi kèm báo cáo tổng hợp, tiếp thu, giải trình", []),
    "A5": (A, "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định", IUU),
    "A6": (A, "trách nhiệm của cấp ủy, chính quyền cấp xã trong quản lý đội tàu cá", IUU),
    # ---- Thông báo kết luận 1642 (mục 2 is general: the notice extends it to every district in mục 4)
    "N1": (N, "Rà soát, rút gọn dung lượng dự thảo theo đúng Công văn số 2317", []),
    "N2": (N, "Cập nhật số liệu ước thực hiện năm 2025 thống nhất", []),
    "N3": (N, "nêu đích danh những chỉ tiêu không đạt", []),
    "N4": (N, "Bổ sung định hướng triển khai Nghị quyết số 57-NQ/TW", []),
    "N5": (N, "cập nhật chủ trương sắp xếp, tinh gọn tổ chức bộ máy", []),
    "N6": (N, "du lịch cộng đồng gắn với Vườn quốc gia Pù Mát", ["Con Cuông"]),
    "N7": (N, "giao đất, giao rừng và chi trả dịch vụ môi trường rừng", ["Con Cuông"]),
    "N8": (N, "sinh kế cho đồng bào Đan Lai", ["Con Cuông"]),
    "N9": (N, "mức không thấp hơn 84%", ["Con Cuông"]),
    "N10": (N, "Khâu đột phá về hạ tầng giao thông cần chỉ rõ", ["Con Cuông"]),
    "N11": (N, "trở thành thị xã trước năm 2030", ["Diễn Châu"]),
    "N12": (N, "Khu công nghiệp Thọ Lộc", ["Diễn Châu"]),
    "N13": (N, "bổ sung đánh giá công tác chống khai thác hải sản bất hợp pháp (IUU)", ["Diễn Châu"]),
    "N14": (N, "xử lý tình trạng xói lở bờ biển", ["Diễn Châu"]),
    "N15": (N, "Chỉ tiêu thu ngân sách cần tính toán lại", ["Diễn Châu"]),
    "N16": (N, "cần chắt lọc lại theo đúng yêu cầu của Hướng dẫn số 46", ["Diễn Châu"]),
    "N17": (N, "vị thế đô thị trung tâm của các huyện phía Tây Bắc", [THAIHOA]),
    "N18": (N, "hoàn thiện các tiêu chí đô thị loại III", [THAIHOA]),
    "N19": (N, "nguyên nhân chậm triển khai một số dự án khu đô thị", [THAIHOA]),
    "N20": (N, "bổ sung chỉ tiêu về giá trị sản xuất nông nghiệp ứng dụng công nghệ cao", [THAIHOA]),
    "N21": (N, "trước ngày 25/01/2025", PILOT),
    "N22": (N, "nghiên cứu, vận dụng những nội dung chung nêu tại mục 2", []),
}

NOT_REQ: dict[str, list[str]] = {
    G: [
        "Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội",
        "Báo cáo chính trị là văn kiện trung tâm của đại hội đảng bộ cấp huyện",
        "Hướng dẫn này nhằm thống nhất những nội dung cơ bản",
        "là đợt sinh hoạt chính trị sâu rộng",
        "có báo cáo trên 45 trang",
        "có địa phương xác định tới 32 chỉ tiêu và 5 khâu đột phá",
        "Chủ đề không cần sao chép nguyên văn chủ đề Đại hội XX Đảng bộ tỉnh",
        "không nhất thiết phải xây dựng lại đề cương từ đầu",
        "Phần này không cần trình bày lại lịch sử, truyền thống",
        "Không cần nêu lại bối cảnh quốc tế, trong nước",
        "bình quân giai đoạn 2021 - 2024 ước đạt 7,9%/năm",
        "Trong thân báo cáo không cần nêu lại toàn bộ các chỉ tiêu đã đạt, vượt",
        "Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng",
        "Tránh nêu hạn chế chung chung",
        "Không nêu lại những bài học mang tính nguyên tắc chung",
        "Các khâu đột phá không nhất thiết phải trùng với ba đột phá chiến lược của tỉnh",
        "vùng miền núi phía Tây từng bước khai thác được lợi thế",
        "báo cáo chính trị của các địa phương cần làm rõ thêm một số vấn đề sau:",
        "Các địa phương miền núi gồm các huyện Kỳ Sơn",
        "không cần đánh giá riêng từng dự án thành phần",
        "Các địa phương ven biển gồm các huyện Quỳnh Lưu",
        "Hai thị xã Hoàng Mai và Cửa Lò không cần đặt chỉ tiêu về số xã đạt chuẩn nông thôn mới",
        "không cần trình bày lại nội dung Đề án xây dựng huyện Nam Đàn",
        "Thân báo cáo không cần chèn ảnh minh họa",
        "Các bước xây dựng báo cáo chính trị, cơ quan thực hiện và thời hạn như sau:",
        "Cho ý kiến vào đề cương chi tiết của các địa phương",
        "Tổng hợp, tham mưu Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo",
        "đại hội điểm dự kiến tổ chức trong quý II/2025",
        "Việc lấy ý kiến nhân dân không nhất thiết tổ chức thành hội nghị",
        "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy theo dõi",
        "Đề nghị Cục Thống kê tỉnh cung cấp số liệu ước thực hiện năm 2025",
        "các địa phương phản ánh về Ban Tuyên giáo Tỉnh ủy",
        "Hướng dẫn này được phổ biến đến các đồng chí ủy viên ban thường vụ",
        "Hệ thống trên gồm 22 chỉ tiêu gợi ý",
        "Hồ Thị Minh Nguyệt",
        "Lưu VT, BTG.",
    ],
    A: [
        "V/v điều chỉnh, bổ sung một số nội dung",
        "Kính gửi: Ban Thường vụ các huyện ủy, thị ủy, thành ủy.",
        "Ngày 23/9/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 46-HD/BTGTU",
        "ba đơn vị tổ chức đại hội điểm đang hoàn thiện dự thảo",
        "toàn bộ thị xã Cửa Lò được nhập vào thành phố Vinh",
        "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại phiên họp ngày 05/12/2024",
        "Quy định về phụ lục (không quá 15 trang) và bản tóm tắt báo cáo (không quá 10 trang) giữ nguyên",
        "trước ngày 25/12/2024 không thay đổi",
        "không cần xây dựng thành mục riêng",
        "Các nội dung khác của Hướng dẫn số 46 giữ nguyên",
        "Đặng Xuân Lộc",
        "Lưu VT, BTG.",
    ],
    N: [
        "Thứ Năm, 16/01/2025",
        "Cập nhật: 16/01/2025 15:20",
        "Nhiệt liệt chào mừng đại hội đảng bộ các cấp",
        "Ban Thường vụ Tỉnh ủy vừa ban hành Thông báo kết luận số 1642-TB/TU",
        "Đại diện Ban Thường vụ Huyện ủy Quỳ Hợp dự phiên họp để nghiên cứu, rút kinh nghiệm",
        "Bí thư Tỉnh ủy chủ trì phiên họp",
        "Ban Thường vụ Tỉnh ủy đánh giá cao Ban Thường vụ Huyện ủy Con Cuông",
        "dự thảo của huyện Diễn Châu 34 trang",
        "Các dự thảo không cần nêu lại toàn văn các mục tiêu, chỉ tiêu của tỉnh",
        "không đưa vào báo cáo phương án nhân sự cụ thể",
        "Phần bài học kinh nghiệm của dự thảo hiện nêu 7 bài học",
        "Thị xã không cần đặt chỉ tiêu về số xã đạt chuẩn nông thôn mới kiểu mẫu",
        "Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc",
        "Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng liên quan biết, thực hiện.",
        "Huyện ủy Quỳ Hợp tổ chức hội nghị góp ý dự thảo văn kiện đại hội",
        "Kỳ Sơn ra quân hỗ trợ người dân xóa nhà tạm",
        "Cơ quan chủ quản: Tỉnh ủy Nghệ An",
        "Võ Trọng Khiêm",
        "Lưu Văn phòng Tỉnh ủy.",
    ],
}

# =====================================================================================================
# Draft labels (requirement id -> addressed | partly | missing)
# =====================================================================================================
AD, PA, MI = "addressed", "partly", "missing"
DRAFT_LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "01_con_cuong_day_du.txt": ("Con Cuông", {
        "G58": AD, "G59": AD, "G60": AD, "G61": AD, "G35": AD, "G36": AD, "G37": AD, "G41": AD, "G44": AD,
        "G46": AD, "N4": AD, "N6": AD, "N7": AD, "N8": AD, "N9": AD, "N10": AD}),
    "02_dien_chau_con_thieu.txt": ("Diễn Châu", {
        "G14": AD, "G75": AD, "G65": PA, "G66": MI, "G67": AD, "A5": MI, "A6": MI, "N11": AD, "N12": PA,
        "N13": MI, "N14": MI, "G35": PA, "N3": PA, "G36": MI}),
    "03_thai_hoa_dien_dat_khac.txt": (THAIHOA, {
        "G69": AD, "G70": AD, "G73": AD, "G64": AD, "G58": AD, "G59": MI, "G44": MI, "G20": AD, "G41": AD,
        "N4": AD, "N17": AD, "N18": AD, "N19": AD, "N20": AD}),
    "04_quynh_luu_lap_lai_cau_chu.txt": ("Quỳnh Lưu", {
        "G14": AD, "G16": AD, "G75": AD, "G65": MI, "G66": MI, "G67": AD, "G45": AD, "A5": MI, "A6": MI,
        "G35": MI, "G36": MI, "G37": MI, "G41": MI}),
    "05_ky_son_chi_tieu_dot_pha.txt": ("Kỳ Sơn", {
        "G37": AD, "G39": AD, "G40": AD, "G41": AD, "G43": AD, "G44": AD, "G46": AD, "G47": PA, "G61": AD,
        "G62": AD, "G63": PA, "G38": MI, "G50": MI, "G57": MI}),
    "06_vinh_sau_sap_nhap.txt": (VINH, {
        "G14": AD, "G20": AD, "G69": AD, "G71": AD, "G72": PA, "A5": MI, "A6": MI, "G35": MI, "G36": MI}),
}

# =====================================================================================================
# Questions. src = the documents (G, A, N, R) where the golds and expects must be found.
# =====================================================================================================
QUESTIONS: list[dict] = []
SOURCES: list[str] = []


def q(question, shape, src="", gold=(), expect=(), forbid=()) -> None:
    QUESTIONS.append({"question": question, "shape": shape, "half": None, "gold": list(gold),
                      "expect": list(expect), "forbid": list(forbid), "unanswerable": shape == "unanswerable"})
    SOURCES.append(src)


F_CC = ["Pù Mát", "Đan Lai"]
F_DC = ["Thọ Lộc", "xói lở bờ biển"]
F_TH = ["đô thị loại III", "phía Tây Bắc"]

# ---------------- narrow ----------------
q("Theo Hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030, "
  "báo cáo chính trị được viết dài tối đa bao nhiêu trang?", "narrow", "A",
  ["có dung lượng không quá 22 trang khổ A4"], ["22 trang"])
q("Huyện ủy phải gửi dự thảo báo cáo chính trị đã tiếp thu, hoàn thiện về Ban Thường vụ Tỉnh ủy chậm nhất là "
  "ngày nào?", "narrow", "A", ["được điều chỉnh thành trước ngày 20/3/2025"], ["20/3/2025"])
q("Phụ lục kèm theo báo cáo chính trị được dài tối đa bao nhiêu trang?", "narrow", "G",
  ["tổng cộng không quá 15 trang"], ["15 trang"])
q("Bản tóm tắt báo cáo chính trị được trình bày tại đại hội trong bao nhiêu phút?", "narrow", "G",
  ["thời gian trình bày không quá 35 phút"], ["35 phút"])
q("Chủ đề đại hội đảng bộ huyện được viết tối đa bao nhiêu chữ?", "narrow", "G",
  ["không quá 35 chữ"], ["35 chữ"])
q("Báo cáo chính trị nhiệm kỳ 2025 - 2030 của huyện cần xác định bao nhiêu chỉ tiêu chủ yếu?", "narrow", "G",
  ["Xác định từ 18 đến 22 chỉ tiêu chủ yếu"], ["từ 18 đến 22"], ["32 chỉ tiêu"])
q("How many breakthrough areas (khâu đột phá) should a district political report choose for 2025-2030?",
  "narrow", "G", ["Lựa chọn từ hai đến ba khâu đột phá"], ["hai đến ba"], ["5 khâu đột phá"])
q("Báo cáo chính trị phải trình bày cỡ chữ bao nhiêu, giãn dòng bao nhiêu?", "narrow", "G",
  ["phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,2"], ["cỡ chữ 14", "1,2"])
q("Tỷ lệ che phủ rừng đến năm 2030 của huyện Con Cuông được yêu cầu ở mức nào?", "narrow", "N",
  ["mức không thấp hơn 84%"], ["84%"], ["33%"])
q("Dự thảo báo cáo chính trị mà huyện Con Cuông gửi Ban Thường vụ Tỉnh ủy dài bao nhiêu trang?", "narrow", "N",
  ["huyện Con Cuông 29 trang"], ["29 trang"])
q("Dự thảo báo cáo chính trị của huyện Diễn Châu hiện đang nêu bao nhiêu bài học kinh nghiệm?", "narrow", "N",
  ["hiện nêu 7 bài học"], ["7 bài học"])
q("Sau phiên họp tháng 1/2025, ba đơn vị đại hội điểm phải gửi lại dự thảo đã hoàn thiện trước ngày nào?",
  "narrow", "N", ["gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 25/01/2025"],
  ["25/01/2025"], ["25/12/2024"])
q("Nhiệm kỳ 2015 - 2020, tổng giá trị sản xuất của huyện Đô Lương tăng bình quân bao nhiêu phần trăm mỗi năm?",
  "narrow", "R", ["tăng bình quân 10,6%/năm"], ["10,6%"], ["10,5 - 11,5%"])
q("Đến giữa năm 2020, huyện Đô Lương có bao nhiêu xã đạt chuẩn nông thôn mới?", "narrow", "R",
  ["30/32 xã đạt chuẩn nông thôn mới"], ["30/32"])
q("Thu nhap binh quan dau nguoi nam 2025 ma Dang bo huyen Do Luong dat muc tieu la bao nhieu?", "narrow", "R",
  ["Thu nhập bình quân đầu người năm 2025 đạt 75 - 80 triệu đồng"], ["75 - 80 triệu đồng"], ["48,5 triệu"])
q("Phụ lục chỉ tiêu gợi ý kèm Hướng dẫn 46 có bao nhiêu chỉ tiêu, và địa phương được thêm tối đa mấy chỉ tiêu "
  "đặc thù?", "narrow", "G", ["Hệ thống trên gồm 22 chỉ tiêu gợi ý"],
  ["22 chỉ tiêu", "không quá 03 chỉ tiêu đặc thù"])
q("Nếu ghi chỉ tiêu tăng trưởng theo khoảng thì biên độ được phép tối đa là bao nhiêu?", "narrow", "G",
  ["biên độ không quá 1 điểm phần trăm"], ["1 điểm phần trăm"])
q("Hằng tháng, huyện ủy phải báo cáo tiến độ xây dựng báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày "
  "nào?", "narrow", "G", ["Định kỳ trước ngày 25 hằng tháng"], ["25 hằng tháng"])

# ---------------- broad ----------------
q("Báo cáo chính trị của các huyện miền núi phía Tây cần làm rõ thêm những nội dung gì?", "broad", "G",
  ["Đánh giá thực chất kết quả thực hiện ba chương trình mục tiêu quốc gia",
   "trồng rừng gỗ lớn, phát triển dược liệu dưới tán rừng",
   "bảo tồn, phát huy bản sắc văn hóa các dân tộc Thái, Mông, Khơ Mú"],
  ["ba chương trình mục tiêu quốc gia", "dược liệu dưới tán rừng", "bản sắc văn hóa các dân tộc",
   "tỷ lệ che phủ rừng"],
  ["Nghị quyết số 36-NQ/TW", "sạt lở bờ biển"])
q("Theo kết luận của Ban Thường vụ Tỉnh ủy, dự thảo báo cáo chính trị của huyện Diễn Châu phải bổ sung, sửa "
  "những gì?", "broad", "N",
  ["3.2. Đối với huyện Diễn Châu", "Dự thảo phải bổ sung đánh giá công tác chống khai thác hải sản bất hợp pháp"],
  ["thị xã trước năm 2030", "Khu công nghiệp Thọ Lộc", "IUU", "xói lở bờ biển", "thu ngân sách cần tính toán lại"],
  F_CC + F_TH)
q("What did the provincial standing committee ask Con Cuong district to add to its draft political report?",
  "broad", "N", ["3.1. Đối với huyện Con Cuông", "sinh kế cho đồng bào Đan Lai"],
  ["Pù Mát", "giao đất, giao rừng", "Đan Lai", "84%", "Quốc lộ 7A"], F_DC + F_TH)
q("Thông báo kết luận yêu cầu thị xã Thái Hòa hoàn thiện dự thảo báo cáo chính trị ở những điểm nào?", "broad",
  "N", ["3.3. Đối với thị xã Thái Hòa",
        "cần bổ sung chỉ tiêu về giá trị sản xuất nông nghiệp ứng dụng công nghệ cao"],
  ["phía Tây Bắc", "đô thị loại III", "chậm triển khai một số dự án khu đô thị",
   "nông nghiệp ứng dụng công nghệ cao"], F_CC + F_DC)
q("Các huyện, thị xã ven biển phải đề cập những nội dung riêng nào trong báo cáo chính trị?", "broad", "GA",
  ["phát triển kinh tế biển theo Nghị quyết số 36-NQ/TW", "phòng, chống sạt lở bờ biển, xâm nhập mặn",
   "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định"],
  ["Nghị quyết số 36-NQ/TW", "sạt lở bờ biển", "du lịch biển", "IUU"], ["dược liệu dưới tán rừng"])
q("Hướng dẫn quy định những gì về số liệu trong báo cáo chính trị?", "broad", "G",
  ["số liệu năm 2025 là số ước thực hiện", "Số thập phân dùng dấu phẩy", "nêu cả số tuyệt đối và số tương đối"],
  ["Cục Thống kê tỉnh", "ước thực hiện", "dấu phẩy", "số tuyệt đối và số tương đối", "giá so sánh năm 2010"])
q("Phần hạn chế, yếu kém và nguyên nhân trong báo cáo chính trị cần viết thế nào?", "broad", "GN",
  ["Chỉ rõ những chỉ tiêu không đạt", "lấy nguyên nhân chủ quan làm trọng tâm"],
  ["chỉ tiêu không đạt", "chậm tiến độ", "người đứng đầu", "nguyên nhân chủ quan"])
q("Ban Thường vụ Tỉnh ủy yêu cầu cả ba đơn vị đại hội điểm cùng hoàn thiện những nội dung chung nào?", "broad",
  "N", ["2.1. Rà soát, rút gọn dung lượng dự thảo", "2.4. Bổ sung định hướng triển khai Nghị quyết số 57-NQ/TW"],
  ["không quá 22 trang", "Cục Thống kê tỉnh", "nêu đích danh", "Nghị quyết số 57-NQ/TW",
   "Nghị quyết số 18-NQ/TW"], ["Pù Mát", "Thọ Lộc"])
q("Bao cao chinh tri cua Dang bo thanh pho Vinh nhiem ky 2025 - 2030 can lam ro them nhung noi dung gi?",
  "broad", "GA",
  ["trung tâm kinh tế, văn hóa của vùng Bắc Trung Bộ",
   "đánh giá kết quả nhiệm kỳ 2020 - 2025 trên địa bàn thị xã Cửa Lò",
   "thành phố Vinh (đối với địa bàn thị xã Cửa Lò trước đây)"],
  ["vùng Bắc Trung Bộ", "thị xã Cửa Lò", "chỉnh trang", "IUU"], ["vùng Tây Bắc Nghệ An"])
q("Báo cáo chính trị nhiệm kỳ 2020 - 2025 của Đô Lương xác định những khâu đột phá nào?", "broad", "R",
  ["Một là, đột phá về phát triển kết cấu hạ tầng giao thông", "Hai là, đột phá về cải cách hành chính",
   "Ba là, đột phá về phát triển nguồn nhân lực"],
  ["hạ tầng giao thông và hạ tầng đô thị", "cải cách hành chính", "nguồn nhân lực"])
q("Phần xây dựng Đảng bộ và hệ thống chính trị của báo cáo nhiệm kỳ 2025 - 2030 phải nêu những gì?", "broad",
  "G", ["bảo vệ nền tảng tư tưởng của Đảng", "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng"],
  ["nền tảng tư tưởng", "tổ chức cơ sở đảng", "nhất là người đứng đầu", "tham nhũng, lãng phí, tiêu cực"])

# ---------------- which ----------------
q("Những huyện nào phải bổ sung đánh giá công tác quản lý, bảo vệ chủ quyền biên giới quốc gia?", "which", "G",
  ["Riêng sáu huyện biên giới Kỳ Sơn, Tương Dương, Con Cuông, Quế Phong, Anh Sơn, Thanh Chương"],
  BORDER, ["Quỳ Châu", "Quỳ Hợp"])
q("Những địa phương nào phải bổ sung đánh giá việc chống khai thác hải sản bất hợp pháp (IUU)?", "which", "A",
  ["Báo cáo chính trị của các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc, thị xã Hoàng Mai và thành phố Vinh"],
  ["Quỳnh Lưu", "Diễn Châu", "Nghi Lộc", "Hoàng Mai", "Vinh"], ["Hưng Nguyên", "Nam Đàn"])
q("Những đơn vị nào được chọn tổ chức đại hội điểm cấp huyện nhiệm kỳ 2025 - 2030?", "which", "GAN",
  ["Huyện ủy Con Cuông, Huyện ủy Diễn Châu, Thị ủy Thái Hòa"], ["Con Cuông", "Diễn Châu", "Thái Hòa"],
  ["Kỳ Sơn"])
q("Ba huyện vùng cao nào phải làm rõ việc ổn định dân cư cho đồng bào tái định cư thủy điện?", "which", "G",
  ["Ba huyện vùng cao Kỳ Sơn, Tương Dương, Quế Phong"], HIGH, ["Con Cuông", "Thanh Chương"])
q("Which districts must report on investment in the Đông Nam Nghệ An economic zone and the VSIP and WHA "
  "industrial parks?", "which", "G", ["Hai huyện Hưng Nguyên và Nghi Lộc"], ["Hưng Nguyên", "Nghi Lộc"],
  ["Diễn Châu", "Hoàng Mai"])
q("Những đô thị nào phải xác định lộ trình nâng loại đô thị trong báo cáo chính trị?", "which", "G",
  ["Thành phố Vinh và các thị xã Cửa Lò, Hoàng Mai, Thái Hòa",
   "Báo cáo của các đô thị này cần xác định rõ lộ trình nâng loại đô thị"],
  ["Vinh", "Cửa Lò", "Hoàng Mai", "Thái Hòa"], ["Diễn Châu"])
q("Chỉ tiêu về sản lượng thủy sản là chỉ tiêu bắt buộc đối với những địa phương nào?", "which", "G",
  ["sản lượng thủy sản là chỉ tiêu bắt buộc",
   "Các địa phương ven biển gồm các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc và các thị xã Hoàng Mai, Cửa Lò"],
  ["Quỳnh Lưu", "Diễn Châu", "Nghi Lộc", "Hoàng Mai", "Cửa Lò"], ["Kỳ Sơn"])
q("Ngoài ba đơn vị đại hội điểm, đảng bộ huyện nào có đại diện dự phiên họp ngày 09/01/2025 của Ban Thường vụ "
  "Tỉnh ủy?", "which", "N", ["Đại diện Ban Thường vụ Huyện ủy Quỳ Hợp dự phiên họp"], ["Quỳ Hợp"],
  ["Kỳ Sơn", "Hoàng Mai"])

# ---------------- meta / when / who ----------------
q("Hướng dẫn của Ban Tuyên giáo Tỉnh ủy Nghệ An về nội dung, hình thức báo cáo chính trị cấp huyện có số hiệu là "
  "gì?", "meta", "G", ["Số 46-HD/BTGTU"], ["46-HD/BTGTU"])
q("Văn bản nào điều chỉnh dung lượng và thời hạn nêu trong Hướng dẫn 46?", "meta", "A",
  ["Số 2317-CV/BTGTU"], ["2317-CV/BTGTU"])
q("Thông báo kết luận về dự thảo báo cáo chính trị của Con Cuông, Diễn Châu, Thái Hòa mang số hiệu nào?", "meta",
  "N", ["Số 1642-TB/TU"], ["1642-TB/TU"])
q("Hướng dẫn số 46-HD/BTGTU được ban hành ngày nào?", "when", "G",
  ["Nghệ An, ngày 23 tháng 9 năm 2024"], ["23 tháng 9 năm 2024"], ["25/09/2024"])
q("Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị của ba đơn vị đại hội điểm vào ngày nào?",
  "when", "N", ["Ngày 09/01/2025, Ban Thường vụ Tỉnh ủy họp"], ["09/01/2025"], ["16/01/2025"])
q("When was Official Letter No. 2317-CV/BTGTU issued?", "when", "A",
  ["Nghệ An, ngày 12 tháng 12 năm 2024"], ["12 tháng 12 năm 2024"], ["05/12/2024"])
q("Thị xã Cửa Lò nhập vào thành phố Vinh từ ngày nào?", "when", "A",
  ["từ ngày 01/12/2024, toàn bộ thị xã Cửa Lò được nhập vào thành phố Vinh"], ["01/12/2024"])
q("Ai ký Hướng dẫn số 46-HD/BTGTU?", "who", "G", ["Hồ Thị Minh Nguyệt"], ["Hồ Thị Minh Nguyệt"],
  ["Đặng Xuân Lộc", "Võ Trọng Khiêm"])
q("Ai ký Thông báo kết luận số 1642-TB/TU?", "who", "N", ["Võ Trọng Khiêm"], ["Võ Trọng Khiêm"],
  ["Hồ Thị Minh Nguyệt", "Đặng Xuân Lộc"])
q("Ai chủ trì phiên họp Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Con Cuông, Diễn Châu "
  "và Thái Hòa?", "who", "N", ["Đồng chí Phan Văn Tường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"],
  ["Phan Văn Tường"])
q("Theo hướng dẫn, ai làm trưởng tiểu ban văn kiện của đảng bộ cấp huyện?", "who", "G",
  ["bí thư cấp ủy trực tiếp làm trưởng tiểu ban văn kiện"], ["bí thư cấp ủy"])

# ---------------- unanswerable ----------------
q("Ban Thường vụ Tỉnh ủy góp ý những gì cho dự thảo báo cáo chính trị của huyện Quỳ Hợp?", "unanswerable",
  forbid=F_CC + F_DC + F_TH)
q("Tỉnh ủy Hà Tĩnh quy định báo cáo chính trị cấp huyện dài tối đa bao nhiêu trang?", "unanswerable",
  forbid=["22 trang", "30 trang"])
q("Báo cáo chính trị nhiệm kỳ 2025 - 2030 của Đảng bộ huyện Đô Lương đặt mục tiêu thu nhập bình quân đầu người năm "
  "2030 là bao nhiêu?", "unanswerable", forbid=["75 - 80 triệu đồng"])
q("Đại hội đại biểu Đảng bộ huyện Con Cuông nhiệm kỳ 2025 - 2030 khai mạc vào ngày nào?", "unanswerable",
  forbid=["25/01/2025", "09/01/2025"])
q("Mỗi đảng bộ cấp huyện được cấp bao nhiêu tiền kinh phí để xây dựng báo cáo chính trị?", "unanswerable")
q("Kế hoạch số 295-KH/TU quy định mỗi đại hội đảng bộ huyện được triệu tập bao nhiêu đại biểu chính thức?",
  "unanswerable")
q("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ thành phố Vinh vào ngày nào?",
  "unanswerable", forbid=["09/01/2025"])
q("Who is the Party secretary of Diễn Châu district?", "unanswerable",
  forbid=["Phan Văn Tường", "Võ Trọng Khiêm"])
q("Tong gia tri san xuat cua thi xa Thai Hoa nam 2024 dat bao nhieu ty dong?", "unanswerable")
q("Hướng dẫn số 46-HD/TU của Tỉnh ủy về công tác nhân sự đại hội quy định tuổi tái cử cấp ủy viên là bao nhiêu?",
  "unanswerable")
q("Thông báo kết luận số 1642-TB/TU yêu cầu huyện Kỳ Sơn bổ sung chỉ tiêu gì?", "unanswerable",
  forbid=["84%", "đô thị loại III"])

SHAPES = ("narrow", "broad", "which", "meta", "when", "who", "unanswerable")


def assign_halves(rng: random.Random) -> None:
    for shape in SHAPES:
        idx = [i for i, x in enumerate(QUESTIONS) if x["shape"] == shape]
        rng.shuffle(idx)
        for k, i in enumerate(idx):
            QUESTIONS[i]["half"] = "dev" if k < (len(idx) + 1) // 2 else "heldout"


def dump(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=1) + "\n"), encoding="utf-8")


def main() -> None:
    make_guide(GUIDE)
    pages = make_amend(AMEND)
    make_notice(NOTICE)
    make_report(REPORT)

    rng = random.Random(SEED)
    assign_halves(rng)
    QUESTIONS_OUT.write_text(nfc("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS)),
                             encoding="utf-8")

    DRAFTS.mkdir(exist_ok=True)
    names = sorted(D.DRAFTS)
    order = names[:]
    rng.shuffle(order)
    draft_half = {n: ("dev" if k < (len(order) + 1) // 2 else "heldout") for k, n in enumerate(order)}
    expected = {"_comment": "addressed = the draft states the substance in any words (a number inside a range "
                "counts: 19 or 20 chỉ tiêu for 18-22, 2 or 3 khâu đột phá for 2-3, 3 or 4 bài học for 3-5); partly "
                "= only one part of a multi-part requirement, or a passing mention without the asked-for "
                "assessment; missing = not stated. A heading or sentence that only repeats the guidance's wording "
                "followed by a placeholder ('(Đang chờ số liệu.)', '[Bổ sung sau.]', '...') counts as missing. "
                "Only general requirements and those scoped to the draft's own unit are labelled; for Con Cuông, "
                "Diễn Châu and Thái Hòa the conclusion notice 1642-TB/TU is labelled too. TP Vinh is in scope of "
                "the IUU item only through Công văn 2317 (former Cửa Lò area).", "drafts": {}}
    for n in names:
        (DRAFTS / n).write_text(nfc(D.DRAFTS[n]), encoding="utf-8")
        district, labels = DRAFT_LABELS[n]
        expected["drafts"][n] = {"district": district, "half": draft_half[n],
                                 "expected": {REQ[k][1]: v for k, v in labels.items()}}
    dump(DRAFTS / "expected.json", expected)

    docs: dict[str, dict] = {}
    for doc in (G, A, N):
        docs[doc] = {"requirements": [], "not_requirements": NOT_REQ[doc]}
    for rid, (doc, key, scope) in REQ.items():
        docs[doc]["requirements"].append({"key": key, "scope": scope})
    dump(HERE / "requirements.json", {
        "_comment": "Hand-labelled requirement catalogue. key = verbatim substring of one requirement sentence, "
                    "item or table cell; scope = gazetteer names of the units it is addressed to ([] = all). A "
                    "group named once (\"Các địa phương miền núi gồm …\", \"Các địa phương ven biển gồm …\") "
                    "scopes the lettered items under it; a follow-up sentence that does not repeat the names "
                    "(\"Các huyện này …\", \"Báo cáo của các đô thị này …\", \"Các địa phương này …\", \"Dự "
                    "thảo cần …\", \"Thị xã …\") inherits the scope of the item before it. The mandatory indicators "
                    "are addressed to \"11 huyện, thị xã miền núi\" and \"5 huyện, thị xã ven biển\" by count "
                    "only. In the notice, mục 2 is general (mục 4 extends it to every district), mục 3 is per "
                    "unit. Negated sentences (không cần / không đưa / không nêu lại / không nhất thiết / tránh), "
                    "narration, the province's own tasks, list intros, group definitions, letterhead, signer and "
                    "portal furniture are not requirements. The hướng dẫn's 30-page limit and 10/4/2025 deadline "
                    "were replaced by the công văn (22 pages, 20/3/2025).",
        "documents": docs})
    dump(HERE / "gazetteer.json", GAZETTEER)
    print(f"wrote {len(QUESTIONS)} questions, {len(names)} drafts, {len(REQ)} requirements; pdf {pages} pages")


if __name__ == "__main__":
    main()
