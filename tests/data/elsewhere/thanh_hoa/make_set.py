"""(Re)writes the whole Thanh Hóa test set deterministically (seed 6211).

    /work/main/.venv/bin/python tests/data/elsewhere/thanh_hoa/make_set.py

Writes corpus/guidance/*.txt|.html|.md|.docx, corpus/reports/*.pdf, drafts/*.txt, drafts/expected.json,
gazetteer.json, questions.jsonl, requirements.json. Texts live in texts_docs.py / texts_drafts.py.
The dev/heldout split (questions per shape, drafts) uses random.Random(6211).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import random
import sys
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

SEED = 6211
CORPUS = HERE / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.datetime(2020, 5, 6, 8, 0, 0)
ZIP_TIME = (2020, 5, 6, 8, 0, 0)
SHAPES = ("narrow", "broad", "which", "when", "who", "meta", "unanswerable")

# gazetteer names
NT, NX, TX = "Như Thanh", "Như Xuân", "Thường Xuân"
HH, QX, NC, HL = "Hoằng Hóa", "Quảng Xương", "Nông Cống", "Hậu Lộc"
BS, HT = "TX Bỉm Sơn", "Hà Trung"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================================
# Corpus writers
# =====================================================================================================================
def write_txt() -> None:
    path = CORPUS / T.DOC_A_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc("\n\n".join(T.DOC_A) + "\n"), encoding="utf-8")


def write_md() -> None:
    path = CORPUS / T.DOC_C_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc("\n\n".join(T.DOC_C) + "\n"), encoding="utf-8")


def write_html() -> None:
    e = html.escape
    nav = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(T.B_NAV))
    body = "\n".join(f"<p>{e(x)}</p>" for x in T.B_BODY)
    related = "".join(f'<li><a href="/thoi-su/tin-{i + 4711}.html">{e(t)}</a> <span class="date">({d})</span></li>'
                      for i, (t, d) in enumerate(T.B_RELATED))
    most = "".join(f'<li><a href="/tin/{i + 9001}.html">{e(x)}</a></li>' for i, x in enumerate(T.B_MOST_READ))
    share = " ".join(f'<a href="#" class="s{i}">{e(x)}</a>' for i, x in enumerate(T.B_SHARE))
    tags = ", ".join(f'<a href="/tag/{i}">{e(x)}</a>' for i, x in enumerate(T.B_TAGS))
    footer = "\n".join(f"<p>{e(x)}</p>" for x in T.B_FOOTER)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T.B_TITLE,
                     "datePublished": "2020-04-29T07:45:00+07:00", "author": {"@type": "Person",
                                                                             "name": T.B_AUTHOR}},
                    ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(T.B_TITLE)} - Báo Thanh Hóa điện tử</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Báo Thanh Hóa">
<meta property="article:published_time" content="2020-04-29T07:45:00+07:00">
<link rel="stylesheet" href="/themes/btH/css/main.min.css?v=4.0.2">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','UA-55667788-2');</script>
<script type="application/ld+json">{ld}</script>
<style>.share a{{margin-right:6px}}#cookie-bar{{position:fixed;bottom:0;width:100%}}</style>
</head>
<body>
<div class="topbar"><span class="today">{e(T.B_TOPBAR)}</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/quang-cao">Quảng cáo</a></div>
<header><div class="logo"><a href="/"><img src="/images/logo-btH.png" alt="Báo Thanh Hóa điện tử"></a></div>
<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="banner"><a href="/chuyen-de/dai-hoi-dang-bo"><img src="/banners/dai-hoi-xix.jpg" alt="Đại hội Đảng bộ tỉnh lần thứ XIX"></a><p class="slogan">{e(T.B_SLOGAN)}</p></div>
<div class="breadcrumb">{e(T.B_BREADCRUMB)}</div>
<article class="detail">
<h1>{e(T.B_TITLE)}</h1>
<div class="meta"><span class="time">{e(T.B_META)}</span></div>
<div class="share">{share} | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div>
<p class="sapo"><strong>{e(T.B_SAPO)}</strong></p>
<figure><img src="/uploads/2020/04/28/btv-tinh-uy-hoi-nghi.jpg" alt="Hội nghị Ban Thường vụ Tỉnh ủy"><figcaption>{e(T.B_CAPTION)}</figcaption></figure>
{body}
<p class="author" style="text-align:right"><strong>{e(T.B_AUTHOR)}</strong></p>
<div class="tags">Từ khóa: {tags}</div>
<div class="share bottom"><a href="#">Thích</a> <a href="#">Chia sẻ</a> <a href="javascript:window.print()">In bài</a> <a href="#top">Về đầu trang</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<aside class="most-read"><h3>Đọc nhiều nhất</h3><ol>{most}</ol></aside>
<footer>
{footer}
</footer>
<div id="cookie-bar"><p>{e(T.B_COOKIE)}</p><button>Đồng ý</button></div>
</body>
</html>
"""
    path = CORPUS / T.DOC_B_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(page), encoding="utf-8")


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


def _save_deterministic(doc, path: Path, title: str) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Văn phòng Tỉnh ủy"
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


def write_docx() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(14)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), T.D_HEAD_LEFT)
    _stacked_cell(head.cell(0, 1), T.D_HEAD_RIGHT)
    head.cell(0, 1).paragraphs[0].runs[-1].italic = True
    doc.add_paragraph("")
    for kind, text in T.D_BODY:
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        p.paragraph_format.space_after = Pt(6)
        if kind == "c":
            run.bold = True
            run.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "c2":
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "cs":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "b":
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        else:
            raise ValueError(kind)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), T.D_NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _stacked_cell(tail.cell(0, 1), T.D_SIGNER)
    _save_deterministic(doc, CORPUS / T.DOC_D_NAME, "Thông báo kết luận số 1712-TB/TU")


# ---------------------------------------------------------------------------------------------------------------------
# PDF (report of Huyện ủy Thọ Xuân)
# ---------------------------------------------------------------------------------------------------------------------
BODY = 13
LINE = 6.3
AFTER = 2.5


class Report(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", "I", 10)
            self.set_y(10)
            self.cell(0, 5, T.E_RUNNING, align="C")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 11)
        self.cell(0, 5, str(self.page_no()), align="C")


def _two_columns(pdf: FPDF, left: list[str], right: list[str], left_bold: int, right_bold: int,
                 left_align: str = "C", size: float = 12) -> None:
    y0 = pdf.get_y()
    n = max(len(left), len(right))
    for i in range(n):
        if i < len(left) and left[i]:
            pdf.set_font("Serif", "B" if i < left_bold else "", size)
            pdf.set_xy(20 if left_align == "C" else 30, y0 + i * 6)
            pdf.cell(80 if left_align == "C" else 90, 6, left[i], align=left_align)
        if i < len(right) and right[i]:
            last = i == len(right) - 1
            pdf.set_font("Serif", "B" if i < right_bold else ("I" if last and right_bold == 1 else ""), size)
            pdf.set_xy(105, y0 + i * 6)
            pdf.cell(90, 6, right[i], align="C")
    pdf.set_xy(pdf.l_margin, y0 + n * 6 + 2)


def write_pdf() -> int:
    pdf = Report(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Serif", "BI", str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_title("Báo cáo kết quả công tác chuẩn bị Đại hội đại biểu Đảng bộ huyện Thọ Xuân")
    pdf.set_author("Huyện ủy Thọ Xuân")
    pdf.set_creation_date(dt.datetime(2020, 5, 8, 9, 0, tzinfo=dt.UTC))
    pdf.add_page()
    _two_columns(pdf, T.E_HEAD_LEFT, T.E_HEAD_RIGHT, left_bold=2, right_bold=1)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 9, T.E_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", BODY)
    pdf.multi_cell(0, LINE, T.E_SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 12)
    pdf.multi_cell(0, 6, T.E_NOTE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    line_height = LINE / (BODY * 0.3528)
    for kind, text in T.E_BODY:
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("Serif", "B", BODY)
            pdf.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h2":
            pdf.set_font("Serif", "BI", BODY)
            pdf.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("Serif", "", BODY)
            with (
                pdf.text_columns(text_align="J", line_height=line_height) as cols,
                cols.paragraph(first_line_indent=10) as par,
            ):
                par.write(text)
            pdf.ln(AFTER)
        elif kind == "item":
            pdf.set_font("Serif", "", BODY)
            pdf.multi_cell(0, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "space":
            pdf.ln(AFTER)
        else:
            raise ValueError(kind)
    pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    signer = [T.E_SIGNER[0], T.E_SIGNER[1], "", T.E_SIGNER[2], "", T.E_SIGNER[3]]
    _two_columns(pdf, T.E_NOI_NHAN, signer, left_bold=1, right_bold=2, left_align="L", size=11)
    path = CORPUS / T.DOC_E_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.page_no()


def report_paragraphs() -> list[str]:
    """The PDF report's text, one entry per paragraph, as written into it."""
    out = list(T.E_HEAD_LEFT) + [x for x in T.E_HEAD_RIGHT if x] + [T.E_TITLE, T.E_SUBTITLE, T.E_NOTE]
    out += [t for k, t in T.E_BODY if t]
    out += T.E_NOI_NHAN + T.E_SIGNER
    return [nfc(x) for x in out]


# =====================================================================================================================
# Requirement catalogue (hand-labelled)
# =====================================================================================================================
A, B, C, DD = T.DOC_A_NAME, T.DOC_B_NAME, T.DOC_C_NAME, T.DOC_D_NAME
W3 = [NT, NX, TX]
E3 = [HH, QX, NC]
N2 = [BS, HT]
REQ = {
    # (A) 12/3/2020: Như Thanh, Như Xuân, Thường Xuân
    "A1": (A, "báo cáo chính trị của ba huyện phải đánh giá đúng thực chất kết quả giảm nghèo", W3),
    "A2": (A, "Các huyện cần bổ sung giải pháp phát triển kinh tế rừng", W3),
    "A3": (A, "làm rõ định hướng khai thác tiềm năng du lịch sinh thái của Vườn quốc gia Bến En", [NT, NX]),
    "A4": (A, "Hai huyện phải có cơ chế phối hợp trong quy hoạch", [NT, NX]),
    "A5": (A, "bổ sung chỉ tiêu số xã đạt chuẩn nông thôn mới đến năm 2025", [NT]),
    "A6": (A, "Huyện cần phân tích rõ nguyên nhân chỉ tiêu thu hút đầu tư vào các cụm công nghiệp không đạt", [NT]),
    "A7": (A, "xác định hướng phát triển thị trấn Bến Sung gắn với khu du lịch hồ sông Mực", [NT]),
    "A8": (A, "Dự thảo phải nêu thẳng hạn chế này", [NX]),
    "A9": (A, "đánh giá đúng thực trạng thu hút đầu tư vào Khu công nghiệp Bãi Trành", [NX]),
    "A10": (A, "có giải pháp xóa thôn, bản chưa có đảng viên", [NX]),
    "A11": (A, "làm rõ giải pháp khai thác hiệu quả hồ Cửa Đạt", [TX]),
    "A12": (A, "bổ sung định hướng bảo tồn, mở rộng vùng quế Ngọc", [TX]),
    "A13": (A, "phối hợp với các huyện Lang Chánh, Ngọc Lặc trong quản lý, bảo vệ rừng giáp ranh", [TX]),
    "A14": (A, "báo cáo phải làm rõ nhiệm vụ quốc phòng, an ninh, đối ngoại biên giới", [TX]),
    "A15": (A, "tiếp thu đầy đủ ý kiến góp ý tại hội nghị", []),
    "A16": (A, "phải được rà soát, thống nhất với Cục Thống kê tỉnh", []),
    "A17": (A, "Phần phương hướng phải bám sát dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XIX", []),
    "A18": (A, "các khâu đột phá chỉ nên chọn từ 2 đến 3 khâu", []),
    "A19": (A, "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 31/3/2020", []),
    # (B) 28/4/2020: Hoằng Hóa, Quảng Xương, Nông Cống (Hậu Lộc only attends)
    "B1": (B, "báo cáo chính trị phải ngắn gọn, không quá 25 trang", []),
    "B2": (B, "phần đánh giá kết quả phải so sánh với nhiệm kỳ trước và với mức bình quân chung của tỉnh", []),
    "B3": (B, "cả ba huyện cần làm rõ định hướng phát triển đô thị, dịch vụ", E3),
    "B4": (B, "làm rõ định hướng phát triển Khu du lịch biển Hải Tiến", [HH]),
    "B5": (B, "huyện cần bổ sung giải pháp bảo tồn, phát huy giá trị các di tích", [HH]),
    "B6": (B, "xác định rõ lộ trình mở rộng không gian đô thị thị trấn Bút Sơn", [HH]),
    "B7": (B, "làm rõ giải pháp khai thác lợi thế tuyến đường ven biển", [QX]),
    "B8": (B, "đánh giá thẳng thắn những hạn chế trong quản lý đất đai, trật tự xây dựng", [QX]),
    "B9": (B, "chỉ tiêu thu nhập bình quân đầu người năm 2025 phải được tính toán lại", [QX]),
    "B10": (B, "dự thảo hoàn thiện phải gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 10/5/2020", [QX]),
    "B11": (B, "phân tích rõ lợi thế khi tuyến cao tốc Bắc - Nam đi qua địa bàn", [NC]),
    "B12": (B, "làm rõ nguyên nhân tốc độ chuyển dịch cơ cấu lao động còn chậm", [NC]),
    "B13": (B, "bổ sung giải pháp chống úng cho vùng trũng dọc sông Yên", [NC]),
    "B14": (B, "huyện cần tiếp tục đẩy mạnh tích tụ, tập trung ruộng đất", [NC]),
    "B15": (B, "tiếp thu tối đa các ý kiến tại hội nghị", []),
    "B16": (B, "công khai dự thảo để lấy ý kiến của cán bộ, đảng viên và nhân dân", []),
    "B17": (B, "trước ngày 15/5/2020 để tổng hợp, báo cáo", []),
    # (C) 19/5/2020: TX Bỉm Sơn, Hà Trung
    "C1": (C, "phải thể hiện rõ tư duy liên kết vùng phía Bắc của tỉnh", N2),
    "C2": (C, "Hai địa phương cần thống nhất định hướng phát triển không gian", N2),
    "C3": (C, "hệ thống chỉ tiêu chủ yếu chỉ nên trong khoảng 20 - 22 chỉ tiêu", []),
    "C4": (C, "Số khâu đột phá nên giới hạn từ 2 đến 3 khâu", []),
    "C5": (C, "rút ra từ ba đến bốn bài học", []),
    "C6": (C, "làm rõ lộ trình xây dựng Bỉm Sơn trở thành thành phố trực thuộc tỉnh", [BS]),
    "C7": (C, "đánh giá đầy đủ tác động môi trường của các nhà máy xi măng", [BS]),
    "C8": (C, "Thị xã cần có giải pháp chuyển đổi mô hình tăng trưởng", [BS]),
    "C9": (C, "cần rút gọn còn khoảng 30 trang", [BS]),
    "C10": (C, "bổ sung giải pháp bảo tồn, phát huy giá trị Khu di tích lịch sử - văn hóa Lăng miếu Triệu Tường",
            [HT]),
    "C11": (C, "làm rõ lộ trình giữ vững và nâng cao chất lượng các tiêu chí nông thôn mới", [HT]),
    "C12": (C, "chỉ tiêu tỷ lệ đô thị hóa đến năm 2025 cần được tính toán lại", [HT]),
    "C13": (C, "bổ sung giải pháp phòng, chống lũ cho các xã vùng trũng ven sông Hoạt", [HT]),
    "C14": (C, "tiếp thu đầy đủ ý kiến của các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy", N2),
    "C15": (C, "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 30/5/2020", N2),
    # (D) Thông báo kết luận 1712-TB/TU (06/5/2020) of the meeting of 28/4/2020
    "D1": (DD, "Báo cáo chính trị gồm hai phần", []),
    "D2": (DD, "Dung lượng không quá 25 trang khổ A4", []),
    "D3": (DD, "các bảng số liệu chi tiết chuyển thành phụ lục kèm theo", []),
    "D4": (DD, "Đánh giá khách quan, trung thực, có trọng tâm, trọng điểm", []),
    "D5": (DD, "so sánh với nhiệm kỳ 2010 - 2015 và với mức bình quân chung của tỉnh", []),
    "D6": (DD, "thống nhất với số liệu của Cục Thống kê tỉnh", []),
    "D7": (DD, "Chỉ rõ những chỉ tiêu không đạt, nguyên nhân chủ quan", []),
    "D8": (DD, "Rút ra từ 3 đến 4 bài học kinh nghiệm", []),
    "D9": (DD, "Bám sát dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX", []),
    "D10": (DD, "Hệ thống chỉ tiêu chủ yếu khoảng 18 - 22 chỉ tiêu", []),
    "D11": (DD, "Lựa chọn từ 2 đến 3 khâu đột phá", []),
    "D12": (DD, "Nhiệm vụ, giải pháp phải cụ thể hóa được các chương trình trọng tâm của tỉnh", []),
    "D13": (DD, "Làm rõ kết quả thực hiện Nghị quyết Trung ương 4 khóa XII", []),
    "D14": (DD, "kết quả sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW", []),
    "D15": (DD, "Đề ra giải pháp nâng cao chất lượng sinh hoạt chi bộ", []),
    "D16": (DD, "Bổ sung đánh giá việc xây dựng khu vực phòng thủ huyện vững chắc", []),
    "D17": (DD, "Làm rõ định hướng phát triển du lịch biển Hải Tiến thành khu du lịch trọng điểm", [HH]),
    "D18": (DD, "xây dựng lộ trình mở rộng đô thị Bút Sơn", [HH]),
    "D19": (DD, "Bổ sung giải pháp bảo tồn, phát huy giá trị di tích lịch sử - văn hóa và truyền thống khoa bảng",
            [HH]),
    "D20": (DD, "Đánh giá sâu hơn kết quả phát triển sản xuất vụ đông", [HH]),
    "D21": (DD, "Làm rõ giải pháp khai thác lợi thế của tuyến đường bộ ven biển", [QX]),
    "D22": (DD, "Đánh giá đúng những yếu kém trong quản lý đất đai", [QX]),
    "D23": (DD, "Tính toán lại chỉ tiêu thu nhập bình quân đầu người năm 2025", [QX]),
    "D24": (DD, "Phân tích rõ lợi thế từ tuyến đường bộ cao tốc Bắc - Nam", [NC]),
    "D25": (DD, "Làm rõ nguyên nhân chuyển dịch cơ cấu lao động chậm", [NC]),
    "D26": (DD, "bổ sung giải pháp tiêu úng cho các vùng trũng", [NC]),
    "D27": (DD, "Chỉ tiêu tỷ lệ đô thị hóa đến năm 2025 cần xác định trên cơ sở quy hoạch", [NC]),
    "D28": (DD, "chỉ đạo tiểu ban văn kiện tiếp thu ý kiến kết luận tại Thông báo này", E3),
    "D29": (DD, "chậm nhất ngày 15/5/2020", E3),
    "D30": (DD, "Riêng Huyện ủy Quảng Xương gửi trước ngày 10/5/2020", [QX]),
}

NOT_REQ = {
    A: [
        "Thanh Hóa TV | Thời sự - Chính trị | Thứ Năm, 12/03/2020 17:46",
        "Cỡ chữ: A- A+",
        "Đồng chí Lê Đình Khoa, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị",
        "phát biểu kết luận hội nghị. Ảnh: Hải Đăng",
        "Dự hội nghị có các đồng chí: Phạm Quang Vinh",
        "Hội nghị được tổ chức gọn nhẹ, bảo đảm các yêu cầu về phòng, chống dịch",
        "huyện Như Thanh có 21/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch",
        "Tuyến đường Hồ Chí Minh đoạn qua các huyện",
        "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cơ bản thống nhất với bố cục",
        "ghi nhận, đánh giá cao sự chuẩn bị công phu",
        "đều là huyện miền núi, xuất phát điểm thấp",
        "Báo cáo không nhất thiết phải đặt chỉ tiêu riêng về lượt khách du lịch",
        "huyện đã có bước tiến rõ nét trong xây dựng nông thôn mới",
        "tình trạng di cư tự do, phá rừng làm nương rẫy vẫn còn xảy ra",
        "Huyện không cần đưa chỉ tiêu số km đường giao thông nông thôn",
        "đồng chí đánh giá cao việc huyện giữ vững độ che phủ rừng",
        "Báo cáo không cần nêu lại bối cảnh quốc tế, trong nước",
        "cho ý kiến về phương án nhân sự Ban Chấp hành Đảng bộ các huyện khóa mới",
        "Quan Hóa tổ chức đại hội điểm đảng bộ xã",
        "Từ khóa: Ban Thường vụ Tỉnh ủy",
    ],
    B: [
        "Thứ Tư, ngày 29/04/2020 | Thanh Hóa 31°C",
        "Xứ Thanh 24h",
        "Nhiệt liệt chào mừng Đại hội Đảng bộ các cấp",
        "Trang chủ › Thời sự › Chính trị - Xây dựng Đảng",
        "Cập nhật: 07:45, Thứ Tư, 29/04/2020",
        "Đồng chí Phạm Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị",
        "phát biểu kết luận hội nghị. Ảnh: Thùy Linh",
        "Đại diện Ban Thường vụ Huyện ủy Hậu Lộc dự hội nghị để nghiên cứu, rút kinh nghiệm",
        "Huyện Hoằng Hóa có tổng giá trị sản xuất tăng bình quân 13,9%/năm",
        "Huyện Quảng Xương đạt và vượt 20/23 chỉ tiêu",
        "Các ý kiến phát biểu tại hội nghị đánh giá các dự thảo được chuẩn bị công phu",
        "biểu dương tinh thần chủ động của Ban Thường vụ các huyện ủy",
        "là ba huyện vùng đồng bằng và ven biển, nằm liền kề TP Thanh Hóa",
        "Huyện không cần liệt kê tên các dự án du lịch",
        "ghi nhận huyện đã tập trung cao cho công tác giải phóng mặt bằng",
        "Huyện không nhất thiết đặt chỉ tiêu về số cánh đồng mẫu lớn",
        "cho ý kiến vào kế hoạch tổ chức đại hội và dự kiến nhân sự",
        "Hậu Lộc hoàn thành đại hội điểm đảng bộ cơ sở",
        "Sầm Sơn chuẩn bị đón khách du lịch trở lại",
        "Tòa soạn: Số 88 đường Hạc Thành, TP Thanh Hóa",
        "Website sử dụng cookie",
    ],
    C: [
        "date: 2020-05-19T16:30:00+07:00",
        "Cổng Thông tin điện tử Đảng bộ tỉnh Thanh Hóa | 19/05/2020 16:30",
        "Đồng chí Mai Xuân Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị",
        "Chủ tịch HĐND tỉnh phát biểu kết luận hội nghị.",
        "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng của Tỉnh ủy",
        "thị xã Bỉm Sơn đạt và vượt 20/23 chỉ tiêu chủ yếu",
        "tạo việc làm cho hàng nghìn lao động của thị xã và các huyện Hà Trung, Thạch Thành, Nga Sơn",
        "Huyện Hà Trung có 17/19 chỉ tiêu đạt và vượt kế hoạch",
        "dự thảo của Bỉm Sơn 42 trang, của Hà Trung 35 trang",
        "ghi nhận sự chuẩn bị nghiêm túc, kỹ lưỡng của hai đảng bộ",
        "Báo cáo không cần nêu lại những bài học chung",
        "Thị xã không cần đưa chỉ tiêu sản lượng xi măng",
        "**Lê Hà**",
        "Thạch Thành: Đại hội điểm Đảng bộ xã Thành Vân",
        "Chia sẻ: Facebook · Zalo · In bài",
    ],
    DD: [
        "Số 1712-TB/TU",
        "Thanh Hóa, ngày 06 tháng 5 năm 2020",
        "THÔNG BÁO KẾT LUẬN",
        "Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị",
        "đánh giá cao Ban Thường vụ các huyện ủy Hoằng Hóa, Quảng Xương, Nông Cống đã chủ động",
        "các dự thảo còn dài (từ 38 đến 46 trang)",
        "Những nội dung cần tiếp thu, hoàn thiện chung đối với dự thảo của ba huyện",
        "Những nội dung cần bổ sung, làm rõ đối với từng huyện",
        "Báo cáo không cần trình bày lại nội dung kiểm điểm",
        "Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc",
        "Ban Thường vụ Tỉnh ủy thông báo để các huyện ủy và các cơ quan liên quan biết",
        "Các huyện ủy: Hoằng Hóa, Quảng Xương, Nông Cống",
        "T/L BAN THƯỜNG VỤ",
        "Nguyễn Ngọc Tiến",
        "Lưu Văn phòng Tỉnh ủy",
    ],
}

# =====================================================================================================================
# Drafts: labels per requirement id (own-district requirements + the general ones of its own meeting's documents;
# deadlines, page counts and "take in the comments" lines are not labelled: a report section cannot show them)
# =====================================================================================================================
DRAFT_LABELS = {
    "01_thuong_xuan_day_du.txt": (TX, {
        "A1": "addressed", "A2": "addressed", "A11": "addressed", "A12": "addressed", "A13": "addressed",
        "A14": "addressed", "A16": "addressed", "A17": "addressed", "A18": "addressed"}),
    "02_quang_xuong_con_thieu.txt": (QX, {
        "B2": "partly", "B3": "partly", "B7": "addressed", "B8": "missing", "B9": "addressed",
        "D5": "partly", "D6": "missing", "D7": "partly", "D8": "missing", "D10": "missing", "D11": "addressed",
        "D13": "missing", "D16": "missing", "D21": "addressed", "D22": "missing", "D23": "addressed"}),
    "03_hoang_hoa_lap_lai_loi.txt": (HH, {
        "B3": "partly", "B4": "addressed", "B5": "addressed", "B6": "missing",
        "D8": "addressed", "D10": "missing", "D11": "addressed", "D14": "missing", "D15": "addressed",
        "D17": "addressed", "D18": "missing", "D19": "addressed", "D20": "missing"}),
    "04_nong_cong_dien_dat_khac.txt": (NC, {
        "B3": "addressed", "B11": "addressed", "B12": "addressed", "B13": "addressed", "B14": "addressed",
        "D7": "addressed", "D8": "addressed", "D12": "addressed", "D13": "partly", "D16": "missing",
        "D24": "addressed", "D25": "addressed", "D26": "addressed", "D27": "partly"}),
    "05_bim_son_chi_tieu_dot_pha.txt": (BS, {
        "C1": "addressed", "C2": "partly", "C3": "addressed", "C4": "addressed", "C5": "addressed",
        "C6": "addressed", "C7": "missing", "C8": "addressed"}),
    "06_nhu_xuan_mot_phan.txt": (NX, {
        "A1": "partly", "A2": "addressed", "A3": "missing", "A4": "missing", "A8": "partly", "A9": "addressed",
        "A10": "missing", "A16": "missing", "A17": "addressed", "A18": "addressed"}),
}

# =====================================================================================================================
# Questions
# =====================================================================================================================
F_NT = ["hồ sông Mực", "Bến Sung"]
F_NX = ["Bãi Trành", "thôn, bản chưa có đảng viên"]
F_TX = ["hồ Cửa Đạt", "quế Ngọc"]
F_HH = ["Hải Tiến", "Bút Sơn"]
F_QX = ["tuyến đường ven biển", "Tiên Trang"]
F_NC = ["cao tốc Bắc - Nam", "sông Yên"]
F_BS = ["nhà máy xi măng", "thành phố trực thuộc tỉnh"]
F_HT = ["Lăng miếu Triệu Tường", "sông Hoạt"]


def q(question, shape, gold=(), expect=(), forbid=()):
    return {"question": question, "shape": shape, "half": None, "gold": list(gold), "expect": list(expect),
            "forbid": list(forbid), "unanswerable": shape == "unanswerable"}


QUESTIONS = [
    # ---------------- narrow ----------------
    q("Nhiệm kỳ 2015 - 2020, huyện Như Thanh đạt và vượt bao nhiêu chỉ tiêu chủ yếu?", "narrow",
      ["huyện Như Thanh có 21/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch"], ["21/24"], ["18/22", "20/23", "17/19"]),
    q("Cuối năm 2019 tỷ lệ hộ nghèo của huyện Như Xuân còn bao nhiêu?", "narrow",
      ["tỷ lệ hộ nghèo giảm từ 29,6% năm 2015 xuống còn 8,1% cuối năm 2019"], ["8,1%"], ["2,6%", "2,9%", "2,3%"]),
    q("Ty le che phu rung cua huyen Thuong Xuan dat bao nhieu phan tram?", "narrow",
      ["tỷ lệ che phủ rừng đạt 82,3%"], ["82,3%"], ["68,5%"]),
    q("Tại hội nghị ngày 12/3/2020, Bí thư Tỉnh ủy lưu ý các huyện nên chọn bao nhiêu khâu đột phá?", "narrow",
      ["các khâu đột phá chỉ nên chọn từ 2 đến 3 khâu"], ["từ 2 đến 3"]),
    q("Theo Thông báo kết luận 1712-TB/TU, báo cáo chính trị của các huyện Hoằng Hóa, Quảng Xương, Nông Cống "
      "được dài tối đa bao nhiêu trang?", "narrow",
      ["Dung lượng không quá 25 trang khổ A4"], ["25 trang"], ["30 trang", "34 trang", "42 trang"]),
    q("Hệ thống chỉ tiêu chủ yếu trong báo cáo chính trị của huyện Nông Cống nên có khoảng bao nhiêu chỉ tiêu?",
      "narrow", ["Hệ thống chỉ tiêu chủ yếu khoảng 18 - 22 chỉ tiêu"], ["18 - 22"], ["20 - 22", "24 chỉ tiêu"]),
    q("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị đại hội Đảng bộ các huyện Hoằng Hóa, "
      "Quảng Xương, Nông Cống: báo cáo cần rút ra bao nhiêu bài học kinh nghiệm?", "narrow",
      ["Rút ra từ 3 đến 4 bài học kinh nghiệm"], ["từ 3 đến 4"], ["từ ba đến bốn"]),
    q("Năm 2019 thu ngân sách trên địa bàn huyện Hoằng Hóa đạt bao nhiêu?", "narrow",
      ["thu ngân sách trên địa bàn năm 2019 đạt 812 tỷ đồng"], ["812 tỷ đồng"], ["1.215 tỷ đồng", "624 tỷ đồng"]),
    q("Khu du lịch biển Hải Tiến đón bao nhiêu lượt khách trong năm 2019?", "narrow",
      ["Khu du lịch biển Hải Tiến năm 2019 đón trên 900 nghìn lượt khách"], ["900 nghìn lượt"]),
    q("Dự thảo báo cáo chính trị của thị xã Bỉm Sơn cần rút xuống còn bao nhiêu trang?", "narrow",
      ["cần rút gọn còn khoảng 30 trang"], ["30 trang"], ["25 trang", "42 trang"]),
    q("Hệ thống chỉ tiêu chủ yếu của Bỉm Sơn và Hà Trung nhiệm kỳ 2020 - 2025 chỉ nên trong khoảng bao nhiêu chỉ "
      "tiêu?", "narrow", ["hệ thống chỉ tiêu chủ yếu chỉ nên trong khoảng 20 - 22 chỉ tiêu"], ["20 - 22"],
      ["18 - 22"]),
    q("Giai đoạn 2015 - 2020, tổng giá trị sản xuất của huyện Thọ Xuân tăng bình quân bao nhiêu mỗi năm?",
      "narrow", ["Tổng giá trị sản xuất tăng bình quân 12,8%/năm"], ["12,8%"], ["13,9%", "11,7%"]),
    q("Dự thảo báo cáo chính trị của Đảng bộ huyện Thọ Xuân xác định bao nhiêu chỉ tiêu chủ yếu và mấy khâu đột "
      "phá?", "narrow", ["xác định 24 chỉ tiêu chủ yếu và 3 khâu đột phá"], ["24 chỉ tiêu", "3 khâu đột phá"],
      ["18 - 22", "20 - 22"]),
    q("How long were the draft political reports of Hoằng Hóa, Quảng Xương and Nông Cống when the standing "
      "committee reviewed them?", "narrow", ["các dự thảo còn dài (từ 38 đến 46 trang)"], ["từ 38 đến 46 trang"],
      ["42 trang", "35 trang"]),
    q("Đến hết năm 2019 huyện Hà Trung có bao nhiêu xã đạt chuẩn nông thôn mới?", "narrow",
      ["đến hết năm 2019 có 19/20 xã đạt chuẩn nông thôn mới"], ["19/20"], ["36 xã", "22 xã"]),
    # ---------------- broad ----------------
    q("Báo cáo chính trị của huyện Thường Xuân cần bổ sung, làm rõ những nội dung gì?", "broad",
      ["Dự thảo cần làm rõ giải pháp khai thác hiệu quả hồ Cửa Đạt",
       "báo cáo chính trị của ba huyện phải đánh giá đúng thực chất kết quả giảm nghèo"],
      ["hồ Cửa Đạt", "quế Ngọc", "Lang Chánh, Ngọc Lặc", "đối ngoại biên giới", "kết quả giảm nghèo",
       "kinh tế rừng"],
      F_NT + F_NX + ["Bến En"]),
    q("Ban Thường vụ Tỉnh ủy đề nghị dự thảo báo cáo chính trị của huyện Như Xuân làm rõ những gì?", "broad",
      ["Dự thảo phải nêu thẳng hạn chế này, làm rõ trách nhiệm của cấp ủy",
       "làm rõ định hướng khai thác tiềm năng du lịch sinh thái của Vườn quốc gia Bến En"],
      ["ổn định dân cư", "Khu công nghiệp Bãi Trành", "thôn, bản chưa có đảng viên", "Bến En",
       "kết quả giảm nghèo"],
      F_TX + F_NT),
    q("Nhu Thanh can bo sung nhung noi dung gi vao du thao bao cao chinh tri?", "broad",
      ["Đồng chí đề nghị dự thảo bổ sung chỉ tiêu số xã đạt chuẩn nông thôn mới",
       "làm rõ định hướng khai thác tiềm năng du lịch sinh thái của Vườn quốc gia Bến En"],
      ["số xã đạt chuẩn nông thôn mới đến năm 2025", "cụm công nghiệp", "hồ sông Mực", "Bến En"],
      F_NX + F_TX),
    q("Dự thảo báo cáo chính trị của huyện Hoằng Hóa cần bổ sung, làm rõ những nội dung gì?", "broad",
      ["3.1. Đối với huyện Hoằng Hóa", "Với huyện Hoằng Hóa, đồng chí đề nghị dự thảo làm rõ định hướng"],
      ["Hải Tiến", "Bút Sơn", "truyền thống khoa bảng", "vụ đông"],
      F_QX + F_NC),
    q("Quảng Xương được yêu cầu sửa dự thảo báo cáo chính trị những điểm nào?", "broad",
      ["3.2. Đối với huyện Quảng Xương", "Dự thảo cần làm rõ giải pháp khai thác lợi thế tuyến đường ven biển"],
      ["đường ven biển", "quản lý đất đai, trật tự xây dựng", "thu nhập bình quân đầu người năm 2025",
       "10/5/2020"],
      F_HH + F_NC),
    q("What did the provincial standing committee ask Nông Cống district to add to its draft political report?",
      "broad",
      ["3.3. Đối với huyện Nông Cống", "Với huyện Nông Cống, đồng chí đề nghị dự thảo phân tích rõ lợi thế"],
      ["cao tốc Bắc - Nam", "Khu kinh tế Nghi Sơn", "cơ cấu lao động", "úng", "tích tụ, tập trung ruộng đất"],
      F_HH + F_QX),
    q("Theo Thông báo kết luận 1712-TB/TU, phần phương hướng, mục tiêu nhiệm kỳ 2020 - 2025 phải đáp ứng những yêu "
      "cầu gì?", "broad",
      ["2.4. Về phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2020 - 2025"],
      ["lần thứ XIX", "18 - 22 chỉ tiêu", "từ 2 đến 3 khâu đột phá", "chương trình trọng tâm của tỉnh"],
      ["20 - 22", "24 chỉ tiêu"]),
    q("Thị xã Bỉm Sơn cần đề cập những gì trong báo cáo chính trị nhiệm kỳ 2020 - 2025?", "broad",
      ["Đối với thị xã Bỉm Sơn, đồng chí đề nghị dự thảo làm rõ lộ trình",
       "phải thể hiện rõ tư duy liên kết vùng phía Bắc của tỉnh"],
      ["thành phố trực thuộc tỉnh", "nhà máy xi măng", "chuyển đổi mô hình tăng trưởng", "khoảng 30 trang",
       "liên kết vùng phía Bắc"],
      F_HT),
    q("Ban Thường vụ Tỉnh ủy góp ý gì cho dự thảo báo cáo chính trị của huyện Hà Trung?", "broad",
      ["Với huyện Hà Trung, đồng chí đề nghị bổ sung giải pháp bảo tồn",
       "phải thể hiện rõ tư duy liên kết vùng phía Bắc của tỉnh"],
      ["Lăng miếu Triệu Tường", "tiêu chí nông thôn mới", "tỷ lệ đô thị hóa", "sông Hoạt", "30/5/2020"],
      F_BS),
    q("Hướng dẫn của Tỉnh ủy yêu cầu gì về nội dung xây dựng Đảng trong báo cáo chính trị của các huyện Hoằng Hóa, "
      "Quảng Xương, Nông Cống?", "broad",
      ["2.5. Về xây dựng Đảng và hệ thống chính trị"],
      ["Nghị quyết Trung ương 4 khóa XII", "18-NQ/TW", "sinh hoạt chi bộ", "cán bộ cơ sở sau sáp nhập"]),
    q("Ba huyện Như Thanh, Như Xuân, Thường Xuân cùng được yêu cầu những gì?", "broad",
      ["báo cáo chính trị của ba huyện phải đánh giá đúng thực chất kết quả giảm nghèo",
       "Đồng chí Bí thư Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy tiếp thu"],
      ["số hộ tái nghèo", "kinh tế rừng", "Cục Thống kê tỉnh", "từ 2 đến 3 khâu", "31/3/2020"],
      ["hồ Cửa Đạt", "Bãi Trành", "Bến Sung"]),
    # ---------------- which ----------------
    q("Những huyện nào được Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị tại hội nghị ngày "
      "28/4/2020?", "which",
      ["Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị"],
      ["Hoằng Hóa", "Quảng Xương", "Nông Cống"], ["Hậu Lộc", "Thọ Xuân", "Như Thanh"]),
    q("Những huyện nào được đề nghị làm rõ định hướng khai thác du lịch sinh thái Vườn quốc gia Bến En?", "which",
      ["Riêng đối với hai huyện Như Thanh và Như Xuân"], ["Như Thanh", "Như Xuân"], ["Thường Xuân"]),
    q("Những địa phương nào phải thể hiện rõ tư duy liên kết vùng phía Bắc của tỉnh trong báo cáo chính trị?",
      "which", ["dự thảo báo cáo chính trị của thị xã Bỉm Sơn và huyện Hà Trung phải thể hiện rõ"],
      ["Bỉm Sơn", "Hà Trung"], ["Nga Sơn", "Thạch Thành", "Vĩnh Lộc"]),
    q("Which districts were told to spell out their plans for towns, services and moving rural workers out of "
      "farming?", "which", ["cả ba huyện cần làm rõ định hướng phát triển đô thị, dịch vụ"],
      ["Hoằng Hóa", "Quảng Xương", "Nông Cống"], ["Hậu Lộc", "Như Thanh"]),
    q("Huyện nào phải gửi dự thảo báo cáo chính trị đã hoàn thiện trước ngày 10/5/2020?", "which",
      ["Riêng Huyện ủy Quảng Xương gửi trước ngày 10/5/2020"], ["Quảng Xương"], ["Thọ Xuân", "Hậu Lộc"]),
    q("Những huyện nào được yêu cầu chỉ rõ số hộ thoát nghèo, số hộ tái nghèo trong báo cáo chính trị?", "which",
      ["báo cáo chính trị của ba huyện phải đánh giá đúng thực chất kết quả giảm nghèo"],
      ["Như Thanh", "Như Xuân", "Thường Xuân"], ["Lang Chánh", "Ngọc Lặc", "Mường Lát"]),
    q("Huyện nào được đề nghị phối hợp với các huyện lân cận trong quản lý, bảo vệ rừng giáp ranh?", "which",
      ["phối hợp với các huyện Lang Chánh, Ngọc Lặc trong quản lý, bảo vệ rừng giáp ranh"], ["Thường Xuân"],
      ["Như Xuân", "Như Thanh"]),
    # ---------------- when ----------------
    q("Dự thảo đã hoàn thiện của các huyện Như Thanh, Như Xuân, Thường Xuân phải gửi về Ban Thường vụ Tỉnh ủy "
      "trước ngày nào?", "when",
      ["gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 31/3/2020"], ["31/3/2020"],
      ["15/5/2020", "30/5/2020"]),
    q("Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị của thị xã Bỉm Sơn vào ngày nào?",
      "when", ["Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến"], ["19/5"], ["30/5/2020"]),
    q("Đại hội đại biểu Đảng bộ huyện Thọ Xuân nhiệm kỳ 2020 - 2025 dự kiến diễn ra vào thời gian nào?", "when",
      ["Đại hội dự kiến tổ chức từ ngày 21 đến ngày 23/7/2020"], ["từ ngày 21 đến ngày 23/7/2020"],
      ["15/6/2020", "30/6/2020"]),
    q("Phiên họp được kết luận tại Thông báo 1712-TB/TU diễn ra ngày nào?", "when",
      ["Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị"], ["28/4/2020"],
      ["06 tháng 5 năm 2020", "29/04/2020"]),
    # ---------------- who ----------------
    q("Ai ký Thông báo kết luận số 1712-TB/TU?", "who", ["Nguyễn Ngọc Tiến"], ["Nguyễn Ngọc Tiến"],
      ["Phạm Quang Vinh"]),
    q("Who chaired the 19 May 2020 meeting on the draft political reports of Bỉm Sơn and Hà Trung?", "who",
      ["Đồng chí Mai Xuân Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị"], ["Mai Xuân Bình"],
      ["Lê Đình Khoa", "Phạm Quang Vinh"]),
    q("Ai chủ trì hội nghị cho ý kiến vào dự thảo báo cáo chính trị của huyện Nông Cống?", "who",
      ["Đồng chí Phạm Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], ["Phạm Quang Vinh"],
      ["Lê Đình Khoa", "Nguyễn Ngọc Tiến"]),
    # ---------------- meta ----------------
    q("Thông báo kết luận về dự thảo báo cáo chính trị của ba huyện Hoằng Hóa, Quảng Xương, Nông Cống có số hiệu gì "
      "và ban hành ngày nào?", "meta", ["Số 1712-TB/TU", "Thanh Hóa, ngày 06 tháng 5 năm 2020"],
      ["1712-TB/TU", "06 tháng 5 năm 2020"], ["29/04/2020"]),
    q("Báo cáo kết quả công tác chuẩn bị đại hội của Huyện ủy Thọ Xuân mang số hiệu nào và do ai ký?", "meta",
      ["Số 286-BC/HU", "Hoàng Văn Dũng"], ["286-BC/HU", "Hoàng Văn Dũng"]),
    q("Bài báo về hội nghị ngày 12/3/2020 cho ý kiến vào dự thảo của ba huyện miền núi do ai viết, đăng ở đâu?",
      "meta", ["Thanh Hóa TV | Thời sự - Chính trị", "Hải Đăng"], ["Hải Đăng", "Thanh Hóa TV"],
      ["Thùy Linh", "Lê Hà"]),
    # ---------------- unanswerable ----------------
    q("Ban Thường vụ Tỉnh ủy góp ý những gì cho dự thảo báo cáo chính trị của huyện Hậu Lộc?", "unanswerable",
      forbid=F_HH + F_QX + F_NC),
    q("Ban Thường vụ Tỉnh ủy yêu cầu dự thảo báo cáo chính trị của huyện Thọ Xuân bổ sung những gì?",
      "unanswerable", forbid=F_TX + F_NC + ["từ 2 đến 3 khâu"]),
    q("Tỉnh ủy Nghệ An yêu cầu gì đối với dự thảo báo cáo chính trị của huyện Quỳnh Lưu?", "unanswerable"),
    q("Báo cáo chính trị của huyện Lang Chánh nhiệm kỳ 2020 - 2025 cần đề cập những gì?", "unanswerable",
      forbid=F_TX),
    q("Huyen Nga Son duoc yeu cau gi ve phat trien du lich Dong Tu Thuc trong bao cao chinh tri?", "unanswerable",
      forbid=["Lăng miếu Triệu Tường"]),
    q("Đại hội Đảng bộ huyện Hoằng Hóa nhiệm kỳ 2020 - 2025 có bao nhiêu đại biểu chính thức?", "unanswerable",
      forbid=["300 đồng chí"]),
    q("Theo Thông báo kết luận 1712-TB/TU, kinh phí tổ chức đại hội đảng bộ huyện được bố trí bao nhiêu?",
      "unanswerable", forbid=["1,85 tỷ đồng"]),
    q("When is the Hà Trung district party congress scheduled to open?", "unanswerable",
      forbid=["23/7/2020", "30/5/2020"]),
    q("Thu nhập bình quân đầu người năm 2019 của huyện Nông Cống đạt bao nhiêu?", "unanswerable",
      forbid=["45,2 triệu đồng", "48,6 triệu đồng", "36,8 triệu đồng"]),
    q("Dự thảo báo cáo chính trị của thị xã Nghi Sơn được Ban Thường vụ Tỉnh ủy góp ý những gì?", "unanswerable",
      forbid=F_NC + ["logistics"]),
    q("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ các huyện Như Thanh, "
      "Như Xuân, Thường Xuân: chỉ tiêu tỷ lệ che phủ rừng đến năm 2025 của Như Thanh là bao nhiêu?",
      "unanswerable", forbid=["68,5%", "82,3%"]),
]

GAZETTEER = {
    "_comment": "Thanh Hóa province: all 27 district-level units as of mid-2020 (2 cities, 2 towns, 23 rural "
                "districts). aliases = forms that name the unit alone in running text; the bare 'Thanh Hóa' is left "
                "out because it is also the province's name. Thị xã Nghi Sơn was formed from huyện Tĩnh Gia "
                "(effective 01/6/2020), so the former name is kept as an alias.",
    "units": [
        {"name": "TP Thanh Hóa", "kind": "thành phố",
         "aliases": ["TP Thanh Hóa", "thành phố Thanh Hóa", "TP. Thanh Hóa"]},
        {"name": "TP Sầm Sơn", "kind": "thành phố", "aliases": ["TP Sầm Sơn", "thành phố Sầm Sơn", "Sầm Sơn"]},
        {"name": "TX Bỉm Sơn", "kind": "thị xã", "aliases": ["TX Bỉm Sơn", "thị xã Bỉm Sơn", "Bỉm Sơn"]},
        {"name": "TX Nghi Sơn", "kind": "thị xã",
         "aliases": ["TX Nghi Sơn", "thị xã Nghi Sơn", "Nghi Sơn", "huyện Tĩnh Gia", "Tĩnh Gia"]},
    ] + [
        {"name": n, "kind": "huyện", "aliases": [n, "huyện " + n]}
        for n in ["Hoằng Hóa", "Hậu Lộc", "Nga Sơn", "Quảng Xương", "Đông Sơn", "Triệu Sơn", "Thọ Xuân",
                  "Yên Định", "Vĩnh Lộc", "Thiệu Hóa", "Hà Trung", "Nông Cống", "Như Thanh", "Như Xuân",
                  "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Lang Chánh", "Bá Thước", "Quan Hóa", "Quan Sơn",
                  "Mường Lát", "Thường Xuân"]
    ],
}


def assign_halves(rng: random.Random) -> dict[str, str]:
    for shape in SHAPES:
        idx = [i for i, x in enumerate(QUESTIONS) if x["shape"] == shape]
        rng.shuffle(idx)
        for k, i in enumerate(idx):
            QUESTIONS[i]["half"] = "dev" if k < (len(idx) + 1) // 2 else "heldout"
    order = sorted(D.DRAFTS)
    rng.shuffle(order)
    return {n: ("dev" if k < len(order) // 2 else "heldout") for k, n in enumerate(order)}


def dump(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=1) + "\n"), encoding="utf-8")


def main() -> None:
    write_txt()
    write_html()
    write_md()
    write_docx()
    pages = write_pdf()
    rng = random.Random(SEED)
    draft_half = assign_halves(rng)
    (HERE / "questions.jsonl").write_text(
        nfc("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS)), encoding="utf-8")

    drafts_dir = HERE / "drafts"
    drafts_dir.mkdir(exist_ok=True)
    expected = {
        "_comment": "Labels for each draft against the requirements that apply to its district: those scoped to it "
                    "by name (including group items such as 'ba huyện' / 'hai huyện' / 'Hai địa phương' that "
                    "follow a sentence naming it) plus the general ([] scope) requirements of the documents of its "
                    "own meeting (for Hoằng Hóa, Quảng Xương, Nông Cống: the Báo Thanh Hóa article AND Thông báo "
                    "kết luận 1712-TB/TU). addressed = the draft states the substance in any words (a count inside "
                    "a range counts: 21 chỉ tiêu for '20 - 22', 3 khâu đột phá for 'từ 2 đến 3', 4 bài học for 'từ "
                    "ba đến bốn'); partly = only one part of a multi-part requirement, or a passing mention without "
                    "the asked-for substance; missing = not stated. A heading that only repeats the requirement's "
                    "own wording followed by a placeholder such as '(Bổ sung số liệu.)' counts as missing. "
                    "Deadlines, page limits and 'take in the comments' lines are not labelled.",
        "drafts": {},
    }
    for n in sorted(D.DRAFTS):
        (drafts_dir / n).write_text(nfc(D.DRAFTS[n]), encoding="utf-8")
        district, labels = DRAFT_LABELS[n]
        expected["drafts"][n] = {"district": district, "half": draft_half[n],
                                 "expected": {REQ[k][1]: v for k, v in labels.items()}}
    dump(drafts_dir / "expected.json", expected)

    docs: dict[str, dict] = {}
    for doc in (A, B, C, DD):
        docs[doc] = {"requirements": [], "not_requirements": NOT_REQ[doc]}
    for rid, (doc, key, scope) in REQ.items():
        docs[doc]["requirements"].append({"key": key, "scope": scope})
    dump(HERE / "requirements.json", {
        "_comment": "Hand-labelled requirement catalogue. key = verbatim substring of ONE requirement sentence or "
                    "semicolon item; scope = gazetteer names the requirement is addressed to ([] = the sentence "
                    "names no unit: addressed to every district the document deals with, e.g. the chair's general "
                    "points and closing paragraph). A follow-up sentence that does not repeat the name ('Huyện "
                    "cần…', 'Hai huyện…', 'Các huyện…', 'Hai địa phương…', 'báo cáo phải…') inherits the scope of "
                    "the sentence before it. Units mentioned in passing inside a requirement (Lang Chánh, Ngọc "
                    "Lặc, TP Sầm Sơn, Khu kinh tế Nghi Sơn, Vĩnh Lộc, Nga Sơn) are not its scope. "
                    "not_requirements = narration and figures of 2015 - 2020, praise, negated sentences (không "
                    "cần / không nhất thiết), list intros, attendee lists, captions, bylines, menus, related-news "
                    "titles, footers, letterhead and signer lines, the province's own tasks. The report of Huyện ủy "
                    "Thọ Xuân (corpus/reports) is not guidance and holds no requirements.",
        "documents": docs})
    dump(HERE / "gazetteer.json", GAZETTEER)
    print(f"wrote {len(QUESTIONS)} questions, {len(D.DRAFTS)} drafts, {len(REQ)} requirements, "
          f"{sum(len(v) for v in NOT_REQ.values())} not_requirements; report PDF {pages} pages")


if __name__ == "__main__":
    main()
