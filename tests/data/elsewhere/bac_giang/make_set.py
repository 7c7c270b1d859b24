"""(Re)writes the whole Bắc Giang test set deterministically.

    /work/main/.venv/bin/python tests/data/elsewhere/bac_giang/make_set.py

Writes corpus/guidance/*.txt|.md|.html, corpus/reports/*.docx, drafts/*.txt, drafts/expected.json,
gazetteer.json, questions.jsonl, requirements.json. Texts live in texts_docs.py / texts_drafts.py.
The dev/heldout split uses random.Random(5303).
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import texts_docs as T  # noqa: E402
import texts_drafts as D  # noqa: E402

SEED = 5303
CORPUS = HERE / "corpus"
FIXED_TIME = dt.datetime(2025, 5, 8, 8, 0, 0)
ZIP_TIME = (2025, 5, 8, 8, 0, 0)

LN, SD, YT = "Lục Ngạn", "Sơn Động", "Yên Thế"
HH, TY, LG, YD = "Hiệp Hòa", "Tân Yên", "Lạng Giang", "Yên Dũng"
TPBG, VY = "TP Bắc Giang", "TX Việt Yên"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =========================================================================================================
# Corpus writers
# =========================================================================================================
def write_txt() -> None:
    path = CORPUS / T.DOC_A_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc("\n\n".join(T.DOC_A) + "\n"), encoding="utf-8")


def write_md() -> None:
    path = CORPUS / T.DOC_B_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc("\n\n".join(T.DOC_B) + "\n"), encoding="utf-8")


def write_html() -> None:
    e = html.escape
    nav = "\n".join(f'        <li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(T.C_NAV))
    body = "\n".join(f"      <p>{e(x)}</p>" for x in T.C_BODY)
    related = "\n".join(f'        <li><a href="/tin/{i + 101}.html">{e(x)}</a></li>' for i, x in enumerate(T.C_RELATED))
    share = " ".join(f'<a href="#" class="share-{i}">{e(x)}</a>' for i, x in enumerate(T.C_SHARE))
    footer = "\n".join(f"    <p>{e(x)}</p>" for x in T.C_FOOTER)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>{e(T.C_TITLE)} - Cổng TTĐT Đảng bộ tỉnh Bắc Giang</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/css/portal.css">
  <style>.doc-header td{{text-align:center;vertical-align:top;width:50%}} .center{{text-align:center}}</style>
</head>
<body>
  <header>
    <div class="logo"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BẮC GIANG</a></div>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </header>
  <div class="breadcrumb">{e(T.C_BREADCRUMB)}</div>
  <main>
    <article>
      <h1>{e(T.C_TITLE)}</h1>
      <div class="meta">{e(T.C_META)}</div>
      <p class="sapo"><strong>{e(T.C_SAPO)}</strong></p>
      <table class="doc-header">
        <tr>
          <td>{"<br>".join(e(x) for x in T.C_HEAD_LEFT)}</td>
          <td>{"<br>".join(e(x) for x in T.C_HEAD_RIGHT)}</td>
        </tr>
      </table>
      <p class="center"><strong>{e(T.C_DOC_TITLE[0])}</strong><br>{e(T.C_DOC_TITLE[1])}</p>
{body}
      <table class="doc-signer">
        <tr>
          <td>{"<br>".join(e(x) for x in T.C_NOI_NHAN)}</td>
          <td class="center">{"<br>".join(e(x) for x in T.C_SIGNER)}</td>
        </tr>
      </table>
      <div class="share">{share}</div>
    </article>
    <aside class="related">
      <h3>Tin liên quan</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer>
{footer}
  </footer>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</body>
</html>
"""
    path = CORPUS / T.DOC_C_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(page), encoding="utf-8")


def _stacked_cell(cell, lines, size=13) -> None:
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, text in enumerate(lines):
        run = p.add_run(nfc(text))
        run.bold = i < 2
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _save_deterministic(doc, path: Path, title: str) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Trợ lý Dự thảo test data"
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
    doc.add_paragraph("")
    styles = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}
    for kind, text in T.D_BODY:
        text = nfc(text)
        if kind in styles:
            p = doc.add_paragraph(text, style=styles[kind])
            if kind in ("title", "h1"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = doc.add_paragraph()
        run = p.add_run(("- " if kind == "item" else "") + text)
        if kind == "c":
            run.bold = True
        if kind == "ci":
            run.italic = True
        if kind in ("c", "ci"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if kind == "p":
                p.paragraph_format.first_line_indent = Cm(1.0)
    _save_deterministic(doc, CORPUS / T.DOC_D_NAME,
                        "Báo cáo chính trị Đảng bộ huyện Lục Nam nhiệm kỳ 2020 - 2025")


# =========================================================================================================
# Requirement catalogue (hand-labelled)
# =========================================================================================================
A, B, C = T.DOC_A_NAME, T.DOC_B_NAME, T.DOC_C_NAME
THREE = [LN, SD, YT]
REQ = {
    # doc A (18/4/2025, Lục Ngạn, Sơn Động, Yên Thế)
    "A1": (A, "phải đánh giá thực chất kết quả thực hiện các chương trình mục tiêu quốc gia", THREE),
    "A3": (A, "Cả ba huyện cần bổ sung giải pháp sắp xếp, ổn định dân cư", THREE),
    "A4": (A, "phân tích sâu hơn nguyên nhân diện tích cây ăn quả có múi giảm mạnh", [LN]),
    "A5": (A, "Báo cáo cần bổ sung chỉ tiêu giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt", [LN]),
    "A6": (A, "làm rõ giải pháp mở rộng diện tích vải thiều được cấp mã số vùng trồng", [LN]),
    "A7": (A, "xác định rõ hướng phát triển thị trấn Chũ và vùng phụ cận", [LN]),
    "A8": (A, "yêu cầu phần đánh giá hạn chế phải nêu thẳng những tồn tại này", [LN]),
    "A9": (A, "làm rõ định hướng phát triển kinh tế lâm nghiệp bền vững, trồng rừng gỗ lớn", [SD]),
    "A10": (A, "Chỉ tiêu tỷ lệ che phủ rừng cần duy trì ổn định ở mức trên 70%", [SD]),
    "A11": (A, "nêu rõ phương án liên kết vùng trong phát triển du lịch sinh thái, du lịch tâm linh", [SD]),
    "A12": (A, "bổ sung giải pháp đào tạo nghề, giải quyết việc làm cho lao động là người dân tộc thiểu số", [SD]),
    "A13": (A, "bổ sung đánh giá về bảo tồn, phát huy giá trị Khu di tích lịch sử quốc gia đặc biệt", [YT]),
    "A14": (A, "giải pháp nâng cao giá trị chuỗi sản phẩm gà đồi Yên Thế", [YT]),
    "A15": (A, "đánh giá đúng thực trạng thu hút đầu tư vào các cụm công nghiệp", [YT]),
    "A16": (A, "Chỉ tiêu thu ngân sách trên địa bàn cần được tính toán lại", [YT]),
    "A17": (A, "tiếp thu đầy đủ ý kiến tại hội nghị, tiếp tục hoàn thiện dự thảo", []),
    "A18": (A, "rà soát, thống nhất số liệu với các sở, ngành của tỉnh", []),
    "A19": (A, "phải ngắn gọn, dễ nhớ, dễ kiểm tra", []),
    "A20": (A, "gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 05/5/2025", []),
    # doc B (25/4/2025, Hiệp Hòa, Tân Yên, Lạng Giang; Yên Dũng only among attendees)
    "B1": (B, "Báo cáo chính trị cần tập trung vào những vấn đề lớn, mang tính định hướng", []),
    "B2": (B, "cần làm nổi bật những lĩnh vực là thế mạnh, những khâu đột phá của địa phương", []),
    "B3": (B, "nghiên cứu, tiếp thu tối đa ý kiến góp ý", []),
    "B4": (B, "làm rõ lộ trình và các tiêu chí còn thiếu để xây dựng Hiệp Hòa trở thành thị xã", [HH]),
    "B5": (B, "bổ sung giải pháp về nhà ở cho công nhân, thiết chế văn hóa, trường học", [HH]),
    "B6": (B, "đánh giá thẳng thắn những bất cập trong bảo vệ môi trường, xử lý nước thải", [HH]),
    "B7": (B, "Những số liệu chi tiết theo từng năm nên chuyển thành phụ lục", [HH]),
    "B8": (B, "rà soát lại chỉ tiêu tỷ lệ đô thị hóa đến năm 2030", [TY]),
    "B9": (B, "làm rõ hơn giải pháp phát triển nông nghiệp hàng hóa tập trung", [TY]),
    "B10": (B, "đánh giá sâu hơn kết quả đấu giá quyền sử dụng đất", [TY]),
    "B11": (B, "nâng cao chất lượng sinh hoạt chi bộ ở các thôn, tổ dân phố sau sáp nhập", [TY]),
    "B12": (B, "phân tích rõ hơn lợi thế từ các tuyến giao thông quan trọng", [LG]),
    "B13": (B, "giải pháp cụ thể phát triển hai thị trấn Vôi và Kép", [LG]),
    "B14": (B, "đẩy nhanh tiến độ xây dựng hạ tầng các khu công nghiệp đã được bổ sung quy hoạch", [LG]),
    "B15": (B, "làm rõ trách nhiệm trong việc chậm giải ngân vốn đầu tư công", [LG]),
    # doc C (Thông báo kết luận 1148-TB/TU, general)
    "C1": (C, "Báo cáo chính trị gồm hai phần chính", []),
    "C2": (C, "Dung lượng báo cáo khoảng 20 - 25 trang khổ A4", []),
    "C3": (C, "Văn phong phải ngắn gọn, chặt chẽ, dễ hiểu, dễ nhớ", []),
    "C4": (C, "Đánh giá khách quan, trung thực, toàn diện, có trọng tâm, trọng điểm", []),
    "C5": (C, "Số liệu phải thống nhất với số liệu của cơ quan thống kê", []),
    "C6": (C, "Chỉ rõ những chỉ tiêu không đạt, những việc chưa làm được và nguyên nhân chủ quan", []),
    "C7": (C, "Làm rõ trách nhiệm của tập thể, cá nhân người đứng đầu", []),
    "C8": (C, "Cần đánh giá riêng kết quả thực hiện các khâu đột phá của nhiệm kỳ", []),
    "C9": (C, "Rút ra từ 3 đến 5 bài học kinh nghiệm", []),
    "C10": (C, "Phải quán triệt Quy hoạch tỉnh Bắc Giang thời kỳ 2021 - 2030", []),
    "C11": (C, "Hệ thống chỉ tiêu chủ yếu không quá 20 chỉ tiêu, chia thành ba nhóm", []),
    "C12": (C, "Mỗi chỉ tiêu phải có căn cứ tính toán", []),
    "C13": (C, "Lựa chọn từ hai đến ba khâu đột phá", []),
    "C14": (C, "đổi mới sáng tạo và chuyển đổi số theo tinh thần Nghị quyết số 57-NQ/TW", []),
    "C15": (C, "định hướng sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn", []),
    "C16": (C, "đẩy mạnh công tác phòng, chống tham nhũng, lãng phí, tiêu cực", []),
    "C17": (C, "Bổ sung nội dung xây dựng khu vực phòng thủ vững chắc", []),
    "C18": (C, "làm rõ định hướng phát triển đô thị văn minh, hiện đại", [TPBG, VY]),
    "C19": (C, "công khai dự thảo để lấy ý kiến đóng góp của cán bộ, đảng viên và nhân dân", []),
    "C20": (C, "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 20/5/2025", []),
}
NOT_REQ = {
    A: [
        "Báo Bắc Giang điện tử | Chính trị | Thứ Sáu, 18/04/2025 - 18:42",
        "Đồng chí Đỗ Minh Khang, Bí thư Tỉnh ủy chủ trì hội nghị",
        "Ảnh: Đồng chí Đỗ Minh Khang, Bí thư Tỉnh ủy phát biểu kết luận hội nghị.",
        "Dự hội nghị có các đồng chí: Trần Quang Hưng",
        "ba huyện đã sớm thành lập tiểu ban văn kiện, tổ biên tập",
        "huyện Lục Ngạn đạt và vượt 17/20 chỉ tiêu chủ yếu",
        "đã thảo luận, góp ý cụ thể vào từng dự thảo",
        "Các ý kiến thống nhất đánh giá các dự thảo có bố cục hợp lý",
        "một số phần còn nặng về liệt kê, chưa làm nổi bật được dấu ấn riêng",
        "ghi nhận, đánh giá cao sự chuẩn bị chu đáo, nghiêm túc",
        "đây là ba huyện miền núi, có đông đồng bào dân tộc thiểu số",
        "đồng chí ghi nhận huyện đã giữ vững và phát huy thương hiệu vải thiều",
        "Bài, ảnh: Thu Trang",
        "Từ khóa: đại hội đảng bộ, báo cáo chính trị",
    ],
    B: [
        "Thứ Sáu, 25/04/2025 - 17:05 | Chính trị - Xây dựng Đảng",
        "Đồng chí Trần Quang Hưng, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị",
        "Quang cảnh hội nghị Ban Thường vụ Tỉnh ủy chiều 25/4.",
        "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
        "Các dự thảo được chuẩn bị theo đúng hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "giá trị sản xuất công nghiệp của huyện Hiệp Hòa tăng bình quân trên 30%/năm",
        "đã thảo luận, với 11 lượt ý kiến phát biểu",
        "Các ý kiến cho rằng các dự thảo đã nêu bật được những kết quả nổi bật",
        "Báo cáo không nhất thiết phải trình bày đầy đủ mọi lĩnh vực với dung lượng như nhau",
        "Các huyện không cần đưa vào báo cáo chính trị nội dung kiểm điểm",
        "Phần kết quả thu hút đầu tư không nhất thiết phải liệt kê tên từng dự án, doanh nghiệp",
        "huyện không cần đưa vào hệ thống chỉ tiêu chủ yếu",
        "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào một số nội dung",
        "Hiệp Hòa: Hoàn thành đại hội điểm chi bộ trực thuộc đảng ủy cơ sở",
        "Tân Yên lấy ý kiến nhân dân vào dự thảo văn kiện đại hội",
        "Chia sẻ: Facebook · Zalo · In bài",
        "Hoàng Anh",
    ],
    C: [
        "Học tập và làm theo Bác",
        "Đại hội Đảng các cấp",
        "Trang chủ › Văn bản chỉ đạo › Thông báo",
        "Cập nhật: 08/05/2025 09:12",
        "trân trọng giới thiệu toàn văn Thông báo kết luận",
        "Tại phiên họp ngày 29/4/2025, sau khi nghe Ban Tuyên giáo",
        "Ban Thường vụ Tỉnh ủy ghi nhận, đánh giá cao ban thường vụ các huyện ủy",
        "Các dự thảo cơ bản bám sát hướng dẫn của Trung ương",
        "một số dự thảo còn dài, nặng về liệt kê số liệu",
        "Báo cáo không cần trình bày lại các nội dung đã có trong báo cáo kiểm điểm",
        "Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện.",
        "Lưu Văn phòng Tỉnh ủy",
        "In bài viết",
        "Hướng dẫn tổ chức lấy ý kiến nhân dân vào dự thảo văn kiện đại hội đảng bộ các cấp",
        "Ghi rõ nguồn khi phát hành lại thông tin",
        "Cơ quan chủ quản: Tỉnh ủy Bắc Giang",
    ],
}

# =========================================================================================================
# Drafts: labels per requirement id
# =========================================================================================================
DRAFT_LABELS = {
    "01_luc_ngan_lap_lai_loi_huong_dan.txt": (LN, {
        "A1": "addressed", "A3": "missing", "A4": "addressed", "A5": "addressed", "A6": "addressed",
        "A7": "addressed", "A8": "missing", "C9": "missing", "C10": "addressed", "C11": "addressed",
        "C13": "addressed", "C14": "addressed", "C15": "addressed", "C16": "missing", "C17": "missing"}),
    "02_son_dong_ban_thao_con_thieu.txt": (SD, {
        "A1": "partly", "A3": "missing", "A9": "addressed", "A10": "partly", "A11": "missing",
        "A12": "addressed", "C5": "missing", "C6": "partly", "C9": "missing", "C13": "missing",
        "C15": "addressed"}),
    "03_tan_yen_dien_dat_khac.txt": (TY, {
        "B8": "addressed", "B9": "addressed", "B10": "addressed", "B11": "addressed", "C9": "missing",
        "C10": "addressed", "C13": "addressed", "C14": "addressed", "C15": "partly", "C16": "addressed",
        "C17": "missing"}),
    "04_hiep_hoa_ba_khau_dot_pha.txt": (HH, {
        "B4": "addressed", "B5": "partly", "B6": "missing", "B7": "addressed", "C5": "missing",
        "C9": "addressed", "C11": "addressed", "C13": "addressed", "C14": "addressed", "C15": "addressed",
        "C16": "missing", "C17": "addressed"}),
    "05_yen_the_moi_dat_mot_phan.txt": (YT, {
        "A1": "partly", "A3": "addressed", "A13": "partly", "A14": "addressed", "A15": "missing",
        "A16": "missing", "C9": "missing", "C13": "partly", "C16": "addressed"}),
}

# =========================================================================================================
# Questions
# =========================================================================================================
F_LN = ["mã số vùng trồng", "thị trấn Chũ"]
F_SD = ["trồng rừng gỗ lớn", "dược liệu dưới tán rừng"]
F_YT = ["gà đồi Yên Thế", "cụm công nghiệp trên địa bàn"]
F_HH = ["nhà ở cho công nhân", "trở thành thị xã trước năm 2030"]
F_TY = ["tỷ lệ đô thị hóa đến năm 2030", "đấu giá quyền sử dụng đất"]
F_LG = ["thị trấn Vôi và Kép", "chậm giải ngân vốn đầu tư công"]


def q(question, shape, gold=(), expect=(), forbid=()):
    return {"question": question, "shape": shape, "half": None, "gold": list(gold), "expect": list(expect),
            "forbid": list(forbid), "unanswerable": shape == "unanswerable"}


QUESTIONS = [
    # ---------------- narrow ----------------
    q("Ai chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của các huyện Lục Ngạn, "
      "Sơn Động, Yên Thế?", "narrow",
      ["Đồng chí Đỗ Minh Khang, Bí thư Tỉnh ủy chủ trì hội nghị"], ["Đỗ Minh Khang"]),
    q("Who chaired the 25 April 2025 meeting that commented on the draft political reports of four districts?",
      "narrow", ["Đồng chí Trần Quang Hưng, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], ["Trần Quang Hưng"],
      ["Đỗ Minh Khang"]),
    q("Dự thảo báo cáo chính trị của huyện Lục Ngạn được đề nghị bổ sung chỉ tiêu gì?", "narrow",
      ["Báo cáo cần bổ sung chỉ tiêu giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt"],
      ["giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt"]),
    q("Huyện Sơn Động cần duy trì tỷ lệ che phủ rừng ở mức nào?", "narrow",
      ["Chỉ tiêu tỷ lệ che phủ rừng cần duy trì ổn định ở mức trên 70%"], ["trên 70%"], ["37%"]),
    q("Huyện Yên Thế được đề nghị gắn phát triển du lịch văn hóa - lịch sử với khu di tích nào?", "narrow",
      ["Khu di tích lịch sử quốc gia đặc biệt Những địa điểm khởi nghĩa Yên Thế"],
      ["Những địa điểm khởi nghĩa Yên Thế"]),
    q("Với huyện Tân Yên, Ban Thường vụ Tỉnh ủy đề nghị rà soát lại chỉ tiêu nào?", "narrow",
      ["Với huyện Tân Yên, đồng chí đề nghị rà soát lại chỉ tiêu tỷ lệ đô thị hóa"], ["tỷ lệ đô thị hóa"],
      ["thị trấn Vôi và Kép"]),
    q("Theo ý kiến góp ý, Hiệp Hòa phải trở thành thị xã trước năm nào?", "narrow",
      ["các tiêu chí còn thiếu để xây dựng Hiệp Hòa trở thành thị xã trước năm 2030"], ["trước năm 2030"]),
    q("Báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030 dài khoảng bao nhiêu trang?",
      "narrow", ["Dung lượng báo cáo khoảng 20 - 25 trang khổ A4, không kể phụ lục"], ["20 - 25 trang"]),
    q("Mỗi báo cáo chính trị nhiệm kỳ 2025 - 2030 phải lựa chọn bao nhiêu khâu đột phá?", "narrow",
      ["Lựa chọn từ hai đến ba khâu đột phá có trọng tâm, trọng điểm"], ["từ hai đến ba khâu đột phá"]),
    q("Báo cáo chính trị cần rút ra bao nhiêu bài học kinh nghiệm?", "narrow",
      ["Rút ra từ 3 đến 5 bài học kinh nghiệm sát với thực tiễn"], ["từ 3 đến 5 bài học kinh nghiệm"]),
    q("Sau hội nghị ngày 18/4, các huyện Lục Ngạn, Sơn Động, Yên Thế phải gửi dự thảo đã chỉnh sửa về đâu, "
      "trước ngày nào?", "narrow",
      ["Dự thảo sau khi chỉnh sửa gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 05/5/2025"],
      ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "05/5/2025"], ["20/5/2025"]),
    q("Theo thông báo kết luận, dự thảo báo cáo chính trị đã hoàn thiện phải gửi Ban Thường vụ Tỉnh ủy trước "
      "ngày nào?", "narrow",
      ["Dự thảo đã hoàn thiện gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy)"],
      ["20/5/2025"], ["05/5/2025"]),
    q("Giai đoạn 2015 - 2020, giá trị sản xuất của huyện Lục Nam tăng bình quân bao nhiêu mỗi năm?", "narrow",
      ["Giá trị sản xuất (theo giá so sánh năm 2010) tăng bình quân 10,2%/năm"], ["10,2%/năm"], ["11 - 12%/năm"]),
    q("Đến hết năm 2020, huyện Lục Nam có bao nhiêu xã đạt chuẩn nông thôn mới?", "narrow",
      ["đến hết năm 2020 có 15/25 xã đạt chuẩn nông thôn mới"], ["15/25 xã"]),
    q("Tại hội nghị Ban Thường vụ Tỉnh ủy chiều 25/4/2025 có bao nhiêu lượt ý kiến phát biểu?", "narrow",
      ["đã thảo luận, với 11 lượt ý kiến phát biểu"], ["11 lượt ý kiến"]),
    q("Nhiem ky 2020 - 2025 huyen Luc Ngan dat va vuot bao nhieu chi tieu chu yeu?", "narrow",
      ["huyện Lục Ngạn đạt và vượt 17/20 chỉ tiêu chủ yếu"], ["17/20"], ["15/19", "16/19"]),
    # ---------------- broad ----------------
    q("Báo cáo chính trị của huyện Lục Ngạn cần đề cập những gì về phát triển nông nghiệp và đô thị?", "broad",
      ["Đồng chí đề nghị dự thảo phân tích sâu hơn nguyên nhân diện tích"],
      ["nguyên nhân diện tích cây ăn quả có múi giảm mạnh", "giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt",
       "được cấp mã số vùng trồng phục vụ xuất khẩu", "thị trấn Chũ và vùng phụ cận"],
      F_YT + F_SD),
    q("Ban Thường vụ Tỉnh ủy yêu cầu dự thảo báo cáo chính trị của huyện Sơn Động bổ sung, làm rõ những nội dung "
      "gì?", "broad",
      ["Với huyện Sơn Động, đồng chí Bí thư Tỉnh ủy đề nghị dự thảo tập trung"],
      ["trồng rừng gỗ lớn", "ở mức trên 70%", "liên kết vùng trong phát triển du lịch sinh thái",
       "đào tạo nghề, giải quyết việc làm", "sắp xếp, ổn định dân cư"],
      F_LN + F_YT),
    q("Báo cáo chính trị của huyện Yên Thế cần đề cập những gì?", "broad",
      ["Về dự thảo của Đảng bộ huyện Yên Thế, đồng chí đề nghị bổ sung"],
      ["Những địa điểm khởi nghĩa Yên Thế", "gà đồi Yên Thế", "thu hút đầu tư vào các cụm công nghiệp",
       "thu ngân sách trên địa bàn cần được tính toán lại"],
      F_SD + F_LN),
    q("Báo cáo chính trị của huyện Tân Yên cần đề cập những gì?", "broad",
      ["Với huyện Tân Yên, đồng chí đề nghị rà soát lại"],
      ["tỷ lệ đô thị hóa đến năm 2030", "nông nghiệp hàng hóa tập trung", "đấu giá quyền sử dụng đất",
       "sinh hoạt chi bộ ở các thôn, tổ dân phố sau sáp nhập"],
      F_HH + F_LG + ["nông thôn mới kiểu mẫu"]),
    q("Dự thảo báo cáo chính trị của huyện Hiệp Hòa cần bổ sung, làm rõ những nội dung gì?", "broad",
      ["Với huyện Hiệp Hòa, đồng chí đề nghị dự thảo làm rõ lộ trình"],
      ["trở thành thị xã trước năm 2030", "nhà ở cho công nhân", "xử lý nước thải", "chuyển thành phụ lục"],
      F_TY + F_LG + ["liệt kê tên từng dự án"]),
    q("Dự thảo báo cáo chính trị của huyện Lạng Giang cần làm rõ những gì?", "broad",
      ["Đối với huyện Lạng Giang, Phó Bí thư Thường trực Tỉnh ủy yêu cầu"],
      ["lợi thế từ các tuyến giao thông quan trọng", "thị trấn Vôi và Kép",
       "hạ tầng các khu công nghiệp đã được bổ sung quy hoạch", "chậm giải ngân vốn đầu tư công"],
      F_HH + F_TY),
    q("Thông báo kết luận yêu cầu những gì về phần đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2020 - 2025?",
      "broad", ["2.2. Về đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2020 - 2025"],
      ["Đánh giá khách quan, trung thực", "thống nhất với số liệu của cơ quan thống kê",
       "những chỉ tiêu không đạt", "trách nhiệm của tập thể, cá nhân người đứng đầu",
       "đánh giá riêng kết quả thực hiện các khâu đột phá"],
      ["không cần trình bày lại"]),
    q("Hướng dẫn về báo cáo chính trị trình đại hội đảng bộ cấp huyện yêu cầu gì đối với phần phương hướng, mục "
      "tiêu nhiệm kỳ 2025 - 2030?", "broad",
      ["2.4. Về phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030"],
      ["Quy hoạch tỉnh Bắc Giang thời kỳ 2021 - 2030", "không quá 20 chỉ tiêu", "có căn cứ tính toán",
       "từ hai đến ba khâu đột phá", "chuyển đổi số"],
      ["ba khâu đột phá: (1)"]),
    q("What must the district political reports say about party building and the political system?", "broad",
      ["2.5. Về công tác xây dựng Đảng và hệ thống chính trị"],
      ["tinh gọn, hoạt động hiệu lực, hiệu quả", "nhất là người đứng đầu",
       "phòng, chống tham nhũng, lãng phí, tiêu cực", "siết chặt kỷ luật, kỷ cương hành chính"],
      ["không cần đưa vào báo cáo chính trị nội dung kiểm điểm"]),
    q("Báo cáo chính trị của Đảng bộ huyện Lục Nam nhiệm kỳ 2020 - 2025 rút ra những bài học kinh nghiệm nào?",
      "broad", ["Một là, phải thường xuyên giữ vững đoàn kết, thống nhất trong Đảng bộ"],
      ["giữ vững đoàn kết, thống nhất trong Đảng bộ", "lựa chọn đúng khâu đột phá",
       "vai trò gương mẫu của người đứng đầu", "lấy sự hài lòng của người dân làm thước đo"],
      ["Rút ra từ 3 đến 5 bài học"]),
    q("Ba huyện Lục Ngạn, Sơn Động, Yên Thế cùng được Ban Thường vụ Tỉnh ủy yêu cầu những gì?", "broad",
      ["Vì vậy, báo cáo chính trị của các huyện Lục Ngạn, Sơn Động và Yên Thế"],
      ["chương trình mục tiêu quốc gia", "số hộ tái nghèo", "sắp xếp, ổn định dân cư",
       "thống nhất số liệu với các sở, ngành", "trước ngày 05/5/2025"],
      ["mã số vùng trồng", "dược liệu dưới tán rừng", "gà đồi Yên Thế"]),
    # ---------------- which ----------------
    q("Những huyện nào được Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị tại hội nghị ngày "
      "18/4/2025?", "which",
      ["đại hội đại biểu Đảng bộ các huyện Lục Ngạn, Sơn Động, Yên Thế nhiệm kỳ 2025 - 2030"],
      ["Lục Ngạn", "Sơn Động", "Yên Thế"], ["Lục Nam", "Hiệp Hòa", "Tân Yên"]),
    q("Hội nghị ngày 25/4/2025 cho ý kiến vào dự thảo báo cáo chính trị của những huyện nào?", "which",
      ["các Huyện ủy Hiệp Hòa, Tân Yên, Lạng Giang, Yên Dũng"],
      ["Hiệp Hòa", "Tân Yên", "Lạng Giang", "Yên Dũng"], ["Lục Ngạn", "Sơn Động", "Yên Thế"]),
    q("Những đơn vị nào được yêu cầu làm rõ định hướng phát triển đô thị văn minh, hiện đại?", "which",
      ["2.7. Đối với thành phố Bắc Giang và thị xã Việt Yên"],
      ["thành phố Bắc Giang", "thị xã Việt Yên"], ["Hiệp Hòa", "Tân Yên", "Lục Ngạn"]),
    q("Những huyện nào phải đánh giá thực chất kết quả thực hiện các chương trình mục tiêu quốc gia về vùng đồng "
      "bào dân tộc thiểu số và miền núi?", "which",
      ["báo cáo chính trị của các huyện Lục Ngạn, Sơn Động và Yên Thế"],
      ["Lục Ngạn", "Sơn Động", "Yên Thế"], ["Lục Nam", "Hiệp Hòa", "Lạng Giang"]),
    q("Huyện nào được đề nghị nêu phương án liên kết vùng phát triển du lịch gắn với Khu bảo tồn thiên nhiên Tây "
      "Yên Tử?", "which",
      ["Sơn Động cần nêu rõ phương án liên kết vùng"], ["Sơn Động"], ["Yên Thế", "Lục Ngạn"]),
    # ---------------- meta ----------------
    q("Thông báo kết luận của Ban Thường vụ Tỉnh ủy Bắc Giang về dự thảo báo cáo chính trị cấp huyện có số hiệu "
      "là gì?", "meta", ["Số 1148-TB/TU"], ["1148-TB/TU"]),
    q("Thông báo kết luận số 1148-TB/TU được ban hành ngày nào?", "meta",
      ["Bắc Giang, ngày 07 tháng 5 năm 2025"], ["07 tháng 5 năm 2025"], ["08/05/2025", "29/4/2025"]),
    q("Ai ký Thông báo kết luận 1148-TB/TU?", "meta", ["T/M BAN THƯỜNG VỤ"], ["Trần Quang Hưng"],
      ["Đỗ Minh Khang"]),
    q("Ban Thường vụ Tỉnh ủy Bắc Giang họp cho ý kiến vào dự thảo báo cáo chính trị của huyện Sơn Động vào ngày "
      "nào?", "meta", ["BGĐT - Chiều 18/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị"], ["18/4"],
      ["25/4", "29/4"]),
    q("Phiên họp mà Ban Thường vụ Tỉnh ủy đưa ra các kết luận nêu trong Thông báo 1148-TB/TU diễn ra ngày nào?",
      "meta", ["Tại phiên họp ngày 29/4/2025"], ["29/4/2025"], ["07 tháng 5 năm 2025"]),
    q("Báo cáo chính trị nhiệm kỳ 2020 - 2025 của huyện Lục Nam do cơ quan nào trình Đại hội?", "meta",
      ["Ban Chấp hành Đảng bộ huyện khóa XXII báo cáo Đại hội"], ["Ban Chấp hành Đảng bộ huyện"],
      ["Ban Thường vụ Tỉnh ủy"]),
    # ---------------- unanswerable ----------------
    q("Tỉnh ủy Lạng Sơn yêu cầu gì đối với dự thảo báo cáo chính trị của huyện Hữu Lũng?", "unanswerable"),
    q("Ban Thường vụ Tỉnh ủy góp ý riêng những gì cho dự thảo báo cáo chính trị của huyện Yên Dũng?",
      "unanswerable", forbid=F_HH + F_TY + F_LG),
    q("Ban Thường vụ Tỉnh ủy yêu cầu dự thảo báo cáo chính trị nhiệm kỳ 2025 - 2030 của huyện Lục Nam bổ sung "
      "những gì?", "unanswerable", forbid=F_SD),
    q("Đại hội đại biểu Đảng bộ huyện Tân Yên nhiệm kỳ 2025 - 2030 được tổ chức vào ngày nào?", "unanswerable"),
    q("Thông báo kết luận về dự thảo báo cáo chính trị trình đại hội đảng bộ cấp huyện quy định bao nhiêu đại biểu "
      "chính thức được triệu tập dự đại hội?", "unanswerable"),
    q("Góp ý dự thảo báo cáo chính trị trình đại hội Đảng bộ 4 huyện: chỉ tiêu thu nhập bình quân đầu người năm 2030 "
      "của huyện Lạng Giang là bao nhiêu?", "unanswerable", forbid=["75 triệu đồng"]),
    q("When did the provincial standing committee comment on the draft political report of Bac Giang city?",
      "unanswerable"),
    q("Kinh phi to chuc dai hoi dang bo huyen Yen The nhiem ky 2025 - 2030 la bao nhieu?", "unanswerable"),
    q("Báo cáo chính trị của Đảng bộ huyện Lục Nam nhiệm kỳ 2025 - 2030 đặt mục tiêu tăng giá trị sản xuất bình "
      "quân bao nhiêu phần trăm mỗi năm?", "unanswerable"),
    q("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ các huyện: báo cáo phải trình bày "
      "bằng phông chữ và cỡ chữ nào?", "unanswerable"),
    q("Thị xã Việt Yên phải hoàn thành đại hội đảng bộ thị xã trước ngày nào?", "unanswerable"),
]

GAZETTEER = {
    "_comment": "District-level units of Bắc Giang province (as the test set assumes: 1 city, 1 town, 8 "
                "districts). aliases = forms that name the unit alone in running text; the bare 'Bắc Giang' is "
                "left out because it is also the province's name.",
    "units": [
        {"name": TPBG, "kind": "thành phố", "aliases": ["TP Bắc Giang", "thành phố Bắc Giang", "TP. Bắc Giang"]},
        {"name": VY, "kind": "thị xã", "aliases": ["Việt Yên", "thị xã Việt Yên", "TX Việt Yên", "TX. Việt Yên"]},
        {"name": HH, "kind": "huyện", "aliases": [HH]},
        {"name": LG, "kind": "huyện", "aliases": [LG]},
        {"name": "Lục Nam", "kind": "huyện", "aliases": ["Lục Nam"]},
        {"name": LN, "kind": "huyện", "aliases": [LN]},
        {"name": SD, "kind": "huyện", "aliases": [SD]},
        {"name": TY, "kind": "huyện", "aliases": [TY]},
        {"name": YD, "kind": "huyện", "aliases": [YD]},
        {"name": YT, "kind": "huyện", "aliases": [YT]},
    ],
}


def assign_halves(rng: random.Random) -> None:
    for shape in ("narrow", "broad", "which", "meta", "unanswerable"):
        idx = [i for i, x in enumerate(QUESTIONS) if x["shape"] == shape]
        rng.shuffle(idx)
        for k, i in enumerate(idx):
            QUESTIONS[i]["half"] = "dev" if k < (len(idx) + 1) // 2 else "heldout"


def dump(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=2) + "\n"), encoding="utf-8")


def main() -> None:
    write_txt()
    write_md()
    write_html()
    write_docx()
    rng = random.Random(SEED)
    assign_halves(rng)
    (HERE / "questions.jsonl").write_text(
        nfc("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS)), encoding="utf-8")

    drafts_dir = HERE / "drafts"
    drafts_dir.mkdir(exist_ok=True)
    names = sorted(D.DRAFTS)
    order = names[:]
    rng.shuffle(order)
    draft_half = {n: ("dev" if k < (len(order) + 1) // 2 else "heldout") for k, n in enumerate(order)}
    expected = {"_comment": "Labels for each draft against the requirements that apply to its district: its own "
                "requirements (scoped to it by name, incl. the ones addressed to all three mountain districts) "
                "plus general requirements of the conclusion notice 1148-TB/TU. addressed = the draft states "
                "the substance in any words (numbers inside a required range count, e.g. 3 khâu đột phá for "
                "'từ hai đến ba', 4 bài học for 'từ 3 đến 5'); partly = only one part of a multi-part "
                "requirement, or a passing mention without the required substance; missing = not stated. "
                "Keys are the verbatim requirement keys of requirements.json.", "drafts": {}}
    for n in names:
        (drafts_dir / n).write_text(nfc(D.DRAFTS[n]), encoding="utf-8")
        district, labels = DRAFT_LABELS[n]
        expected["drafts"][n] = {"district": district, "half": draft_half[n],
                                 "expected": {REQ[k][1]: v for k, v in labels.items()}}
    dump(drafts_dir / "expected.json", expected)

    docs = {}
    for rid, (doc, key, scope) in REQ.items():
        docs.setdefault(doc, {"requirements": [], "not_requirements": NOT_REQ[doc]})
        docs[doc]["requirements"].append({"key": key, "scope": scope})
    dump(HERE / "requirements.json", {
        "_comment": "Hand-labelled requirement catalogue. key = verbatim substring of one requirement sentence or "
                    "semicolon item; scope = gazetteer names the requirement is addressed to by name ([] = general: "
                    "addressed to every district the document concerns, e.g. the closing paragraph of a meeting "
                    "report). not_requirements = narration, evaluation, negated sentences (không cần / không nhất "
                    "thiết), captions, bylines, menus, related-news titles, footer text.",
        "documents": docs})
    dump(HERE / "gazetteer.json", GAZETTEER)
    print("wrote", len(QUESTIONS), "questions,", len(names), "drafts,", len(REQ), "requirements")


if __name__ == "__main__":
    main()
