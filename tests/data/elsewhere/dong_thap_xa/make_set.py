"""Writes every file of the Đồng Tháp commune-level set deterministically, then runs check_set.py.

    /work/main/.venv/bin/python -B /work/newsets/dong_thap_xa/make_set.py
"""
from __future__ import annotations

import sys

sys.dont_write_bytecode = True

import datetime  # noqa: E402
import html  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import zipfile  # noqa: E402
from pathlib import Path  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import set_data as sd  # noqa: E402
import texts as tx  # noqa: E402

FIXED = datetime.datetime(2025, 7, 10, 8, 0, 0)


# ------------------------------------------------------------------------------------------------ docx
def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _fill_cell(cell, text, bold=False, center=False):
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _letterhead(doc, rows, bold_first_lines=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    _no_borders(t)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            _fill_cell(t.cell(i, j), text, bold=bold_first_lines, center=True)
    return t


def _grid(doc, rows, widths):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            _fill_cell(c, text, bold=(i == 0), center=(i == 0 or j == 0))
    return t


def build_docx(path: Path, letterhead, body, signature=None, title="", author=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1
    _letterhead(doc, letterhead)
    for item in body:
        kind = item[0]
        if kind == "table":
            _grid(doc, item[1], item[2])
            continue
        text = item[1]
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "title":
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            r.bold = True
        elif kind == "caption":
            r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
    if signature:
        _letterhead(doc, signature, bold_first_lines=False)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so two runs give identical bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ------------------------------------------------------------------------------------------------ html
def e(s: str) -> str:
    return html.escape(s, quote=True)


def build_html() -> str:
    base = "https://baodongthap.example.vn"
    rel = "\n".join(f'          <li><a href="{base}/chinh-tri/{slug}.html">{e(t)}</a></li>'
                    for slug, t in tx.NEWS_RELATED)
    most = "\n".join(f'          <li><a href="{base}/xa-hoi/{slug}.html"><span class="num">{i}</span> {e(t)}</a></li>'
                     for i, (slug, t) in enumerate(tx.NEWS_MOST_READ, 1))
    body1 = "\n".join(f"        <p>{e(p)}</p>" for p in tx.NEWS_PARAS_1)
    body2 = "\n".join(f"        <p>{e(p)}</p>" for p in tx.NEWS_PARAS_2)
    return f"""<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0104){base}/chinh-tri/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-4-dang-bo.html -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(tx.NEWS_TITLE)} - Báo Đồng Tháp điện tử</title>
  <meta property="og:title" content="{e(tx.NEWS_TITLE)}">
  <meta property="og:description" content="{e(tx.NEWS_SAPO)}">
  <link rel="stylesheet" href="./ban-thuong-vu_files/style.min.css">
  <style>.share a{{margin-right:8px}} .num{{font-weight:bold;margin-right:6px}}</style>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DT2025XA');</script>
</head>
<body>
  <div class="topbar">
    <div class="today">Thứ Năm, 14/8/2025</div>
    <div class="weather">Mỹ Tho 31°C</div>
    <div class="links"><a href="{base}/dang-nhap">Đăng nhập</a> | <a href="{base}/rss">RSS</a></div>
  </div>
  <header class="banner">
    <a href="{base}/"><img src="./ban-thuong-vu_files/logo.png" alt="Báo Đồng Tháp điện tử"></a>
    <div class="slogan">Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Tháp</div>
  </header>
  <nav class="menu">
    <ul>
      <li><a href="{base}/">Trang chủ</a></li>
      <li><a href="{base}/thoi-su">Thời sự</a></li>
      <li><a href="{base}/chinh-tri">Chính trị</a></li>
      <li><a href="{base}/kinh-te">Kinh tế</a></li>
      <li><a href="{base}/xa-hoi">Xã hội</a></li>
      <li><a href="{base}/van-hoa">Văn hóa</a></li>
      <li><a href="{base}/the-thao">Thể thao</a></li>
      <li><a href="{base}/media">Media</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="{base}/">Trang chủ</a> &gt; <a href="{base}/chinh-tri">Chính trị</a> &gt; <a href="{base}/chinh-tri/xay-dung-dang">Xây dựng Đảng</a></div>
  <main>
    <article class="detail">
      <h1 class="title">{e(tx.NEWS_TITLE)}</h1>
      <div class="meta"><span class="date">Thứ Sáu, 08/08/2025 06:15</span> <span class="views">Lượt xem: 1.284</span></div>
      <div class="share top">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a> <a href="#">Gửi email</a></div>
      <p class="sapo"><strong>{e(tx.NEWS_SAPO)}</strong></p>
      <div class="content">
{body1}
        <figure class="image">
          <img src="./ban-thuong-vu_files/hoi-nghi-07-8.jpg" alt="hội nghị">
          <figcaption>{e(tx.NEWS_CAPTION)}</figcaption>
        </figure>
{body2}
        <p class="author" style="text-align:right"><strong>{e(tx.NEWS_BYLINE)}</strong></p>
      </div>
      <div class="tags">Từ khóa: <a href="#">đại hội đảng bộ</a>, <a href="#">báo cáo chính trị</a>, <a href="#">cấp xã</a></div>
      <div class="share bottom">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>
    </article>
    <aside>
      <section class="related">
        <h3>Tin liên quan</h3>
        <ul>
{rel}
        </ul>
      </section>
      <section class="most-read">
        <h3>Tin đọc nhiều</h3>
        <ul>
{most}
        </ul>
      </section>
    </aside>
  </main>
  <footer>
    <div class="org">BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP</div>
    <div class="addr">Địa chỉ: Số 12 đường Hùng Vương, phường Mỹ Tho, tỉnh Đồng Tháp</div>
    <div class="tel">Điện thoại: 0273.3872.000 - Email: toasoan@baodongthap.example.vn</div>
    <div class="copy">© 2025 Báo và Phát thanh, Truyền hình Đồng Tháp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
  </footer>
  <script src="./ban-thuong-vu_files/app.min.js"></script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main
def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def questions_with_halves() -> list[dict]:
    seen: dict[str, int] = {}
    out = []
    for q in sd.QUESTIONS:
        n = seen.get(q["shape"], 0)
        seen[q["shape"]] = n + 1
        out.append({"question": q["question"], "shape": q["shape"], "half": "dev" if n % 2 == 0 else "heldout",
                    "gold": q["gold"], "expect": q["expect"], "forbid": q["forbid"],
                    "unanswerable": q["unanswerable"]})
    return out


def main() -> int:
    corpus = HERE / "corpus"
    (corpus / "guidance").mkdir(parents=True, exist_ok=True)
    (corpus / "reports").mkdir(parents=True, exist_ok=True)
    (HERE / "drafts").mkdir(exist_ok=True)

    build_docx(corpus / sd.F_HD, tx.HD_LETTERHEAD, tx.HD_BODY, tx.HD_SIGNATURE,
               title="Hướng dẫn 07-HD/BTGDVTU", author="BTGDV Tinh uy")
    build_docx(corpus / sd.F_RP, tx.RP_LETTERHEAD, tx.RP_BODY, None,
               title="Báo cáo chính trị", author="Van phong Dang uy")
    (corpus / sd.F_NEWS).write_text(build_html(), encoding="utf-8")
    (corpus / sd.F_TB).write_text("\n".join(tx.TB_LINES) + "\n", encoding="utf-8")
    (corpus / sd.F_DX).write_text("\n".join(tx.DX_LINES) + "\n", encoding="utf-8")

    write_json(HERE / "gazetteer.json", sd.GAZETTEER)
    write_json(HERE / "requirements.json", sd.REQUIREMENTS)
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for q in questions_with_halves():
            f.write(json.dumps(q, ensure_ascii=False) + "\n")

    drafts = {"01_phuong_cao_lanh_gan_day_du.txt": tx.DRAFT_CAO_LANH,
              "02_xa_tan_hong_con_thieu.txt": tx.DRAFT_TAN_HONG,
              "03_xa_cai_be_lap_lai_huong_dan.txt": tx.DRAFT_CAI_BE}
    for name, text in drafts.items():
        (HERE / "drafts" / name).write_text(text, encoding="utf-8")
    write_json(HERE / "drafts" / "expected.json", {
        "_comment": sd.DRAFTS_COMMENT,
        "drafts": {name: {"district": unit, "half": sd.DRAFT_HALVES[name], "expected": labels}
                   for name, (unit, labels) in sd.DRAFTS.items()},
    })

    import check_set
    return check_set.main()


if __name__ == "__main__":
    sys.exit(main())
