"""app.documents.readers: each format's bytes → title and RawBlocks (headings, items, pages, joined lines);
refusals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.documents.readers import _pdf_plain_blocks, decode_bytes, read_blocks
from app.domain import RawBlock
from app.errors import DocumentError
from tests.documents.test_ingest import encode_cp1258

PDF_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"
REPORT_PDF = PDF_DIR / "bao_cao_kim_thanh_2010_2015.pdf"  # made by tests/data/pdf/make_pdfs.py
PLAIN_PDF = PDF_DIR / "khong_gian_cach.pdf"


def read(path: Path) -> tuple[str | None, list[RawBlock]]:
    return read_blocks(path, path.read_bytes(), path.name)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def assert_clean(blocks: list[RawBlock]) -> None:
    assert blocks
    for b in blocks:
        assert unicodedata.is_normalized("NFC", b.text), b.text
        assert b.text == " ".join(b.text.split()), repr(b.text)


def find(blocks: list[RawBlock], start: str) -> RawBlock:
    return next(b for b in blocks if b.text.startswith(start))


# --- txt ---

TXT = """HƯỚNG DẪN
xây dựng báo cáo chính trị

I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ
Báo cáo cần đánh giá khách quan, toàn diện kết quả thực hiện
nghị quyết đại hội nhiệm kỳ trước.
1. Về kinh tế: tốc độ tăng trưởng giai đoạn 2010
- 2015 đạt 10,2%/năm, cơ cấu kinh tế chuyển dịch
đúng hướng.
a) Công nghiệp - xây dựng tăng
bình quân 14,5%/năm.
- Kim Thành cần phá bỏ thế độc đạo
về giao thông.
+ Nam Sách ưu tiên phát triển đô thị.
• Thanh Miện chú trọng nông nghiệp.
Phần thứ hai
Chương 2
Đoạn văn thường
được ngắt dòng cứng.
"""


@pytest.mark.integration
def test_txt_joins_wrapped_lines_and_splits_items_and_headings(tmp_path: Path) -> None:
    title, blocks = read(write(tmp_path, "huong_dan.txt", unicodedata.normalize("NFD", TXT)))
    assert title is None
    assert_clean(blocks)
    assert [(b.text, b.item) for b in blocks] == [
        ("HƯỚNG DẪN", False),  # a short line in capitals is a block of its own
        ("xây dựng báo cáo chính trị", False),
        ("I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ", False),
        (
            "Báo cáo cần đánh giá khách quan, toàn diện kết quả thực hiện nghị quyết đại hội nhiệm kỳ trước.",
            False,
        ),
        (
            "1. Về kinh tế: tốc độ tăng trưởng giai đoạn 2010 - 2015 đạt 10,2%/năm, cơ cấu kinh tế chuyển "
            "dịch đúng hướng.",
            True,
        ),
        ("a) Công nghiệp - xây dựng tăng bình quân 14,5%/năm.", True),
        ("- Kim Thành cần phá bỏ thế độc đạo về giao thông.", True),
        ("+ Nam Sách ưu tiên phát triển đô thị.", True),
        ("• Thanh Miện chú trọng nông nghiệp.", True),
        ("Phần thứ hai", False),
        ("Chương 2", False),
        ("Đoạn văn thường được ngắt dòng cứng.", False),
    ]
    assert all(b.heading_level is None and b.page is None for b in blocks)


@pytest.mark.integration
def test_txt_in_windows_1258_and_utf16(tmp_path: Path) -> None:
    text = "Huyện Kim Thành cần phá bỏ thế độc đạo\nvề giao thông.\n"
    for encoding in ("cp1258", "utf-16"):
        _, blocks = read(write(tmp_path, f"{encoding}.txt", text, encoding))
        assert [b.text for b in blocks] == ["Huyện Kim Thành cần phá bỏ thế độc đạo về giao thông."]


def test_decode_bytes_refuses_an_unknown_encoding() -> None:
    with pytest.raises(DocumentError, match="bảng mã"):
        decode_bytes(bytes(range(128, 256)) * 20, "x.txt")


# --- markdown ---

MD = """# Hướng dẫn báo cáo chính trị

Đoạn mở đầu **được in đậm** và `mã`
ngắt thành hai dòng, có [liên kết](http://example.org).

## 1. Yêu cầu chung

- Gạch đầu dòng thứ nhất
  tiếp tục ở dòng sau.
* Gạch đầu dòng thứ hai.
1. Mục đánh số một.
2. Mục đánh số hai.
a) Mục chữ a.

| Chỉ tiêu | 2015 |
|---|---|
| Tăng trưởng | 10,2% |

Kết thúc
========
"""


@pytest.mark.integration
def test_markdown_headings_items_and_paragraphs(tmp_path: Path) -> None:
    title, blocks = read(write(tmp_path, "huong_dan.md", MD))
    assert title == "Hướng dẫn báo cáo chính trị"
    assert_clean(blocks)
    assert [(b.text, b.heading_level, b.item) for b in blocks] == [
        ("Hướng dẫn báo cáo chính trị", 1, False),
        ("Đoạn mở đầu được in đậm và mã ngắt thành hai dòng, có liên kết.", None, False),
        ("1. Yêu cầu chung", 2, False),
        ("Gạch đầu dòng thứ nhất tiếp tục ở dòng sau.", None, True),
        ("Gạch đầu dòng thứ hai.", None, True),
        ("1. Mục đánh số một.", None, True),
        ("2. Mục đánh số hai.", None, True),
        ("a) Mục chữ a.", None, True),
        ("Chỉ tiêu | 2015", None, False),
        ("Tăng trưởng | 10,2%", None, False),
        ("Kết thúc", 1, False),
    ]


# --- html ---

HTML = """<!doctype html><html><head><title>Hướng dẫn số 15-HD/TU</title>
<style>p { color: red }</style></head>
<body><nav>Trang chủ</nav>
<h1>Hướng dẫn xây dựng báo cáo</h1>
<div class="intro">Lời mở đầu nằm ngay trong div
  <p>Đoạn thứ nhất,<br>ngắt bằng br.</p>
  Lời kết của div.
</div>
<h2>Yêu cầu</h2>
<ul><li>Kim Thành cần phá bỏ thế <b>độc đạo</b> về giao thông.</li>
<li><p>Nam Sách ưu tiên đô thị.</p><p>Đoạn thứ hai trong mục.</p></li></ul>
<table><tr><td>Ô một</td><td>Ô hai</td></tr></table>
<footer>Bản quyền</footer>
<script>var x = 1;</script>
</body></html>"""


@pytest.mark.integration
def test_html_headings_items_and_loose_text(tmp_path: Path) -> None:
    title, blocks = read(write(tmp_path, "trang.html", HTML))
    assert title == "Hướng dẫn số 15-HD/TU"
    assert_clean(blocks)
    assert [(b.text, b.heading_level, b.item) for b in blocks] == [
        ("Hướng dẫn xây dựng báo cáo", 1, False),
        ("Lời mở đầu nằm ngay trong div", None, False),
        ("Đoạn thứ nhất, ngắt bằng br.", None, False),
        ("Lời kết của div.", None, False),
        ("Yêu cầu", 2, False),
        ("Kim Thành cần phá bỏ thế độc đạo về giao thông.", None, True),
        ("Nam Sách ưu tiên đô thị.", None, True),
        ("Đoạn thứ hai trong mục.", None, False),
        ("Ô một", None, False),
        ("Ô hai", None, False),
    ]


@pytest.mark.integration
def test_html_title_falls_back_to_h1(tmp_path: Path) -> None:
    title, _ = read(write(tmp_path, "a.htm", "<h1>Tiêu đề chính</h1><p>Nội dung.</p>"))
    assert title == "Tiêu đề chính"


# --- docx ---


def numbered(paragraph) -> None:  # noqa: ANN001 - a python-docx Paragraph
    """Give a paragraph direct Word numbering (w:numPr), as Word does for a list typed with auto-numbering."""
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        num_pr.append(element)
    paragraph._p.get_or_add_pPr().append(num_pr)


@pytest.mark.integration
def test_docx_styles_numbering_and_tables_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("BÁO CÁO CHÍNH TRỊ", style="Title")
    document.add_paragraph("I. ĐÁNH GIÁ KẾT QUẢ", style="Heading 1")
    document.add_paragraph("Đoạn văn  có\u00a0khoảng trắng lạ\nvà ngắt dòng.")
    document.add_paragraph("Tăng trưởng kinh tế 10,2%/năm.", style="List Number")
    document.add_paragraph("Thu ngân sách gấp 2,3 lần.", style="List Number")
    numbered(document.add_paragraph("Mục có đánh số Word trực tiếp."))
    document.add_paragraph("1. Về kinh tế", style="Heading 2")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Kết quả"
    table.cell(1, 0).text, table.cell(1, 1).text = "Tăng trưởng", "10,2%"
    localized = document.styles.add_style("Tiêu đề 1", WD_STYLE_TYPE.PARAGRAPH)
    localized.base_style = document.styles["Normal"]
    document.add_paragraph("II. HẠN CHẾ", style=localized)
    outlined = document.styles.add_style("Mục lớn", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    outlined.element.get_or_add_pPr().append(outline)
    document.add_paragraph("Hạn chế về giao thông", style=outlined)
    document.add_paragraph(unicodedata.normalize("NFD", "Kim Thành cần phá bỏ thế độc đạo."))
    path = tmp_path / "bao_cao.docx"
    document.save(path)

    title, blocks = read(path)
    assert title == "BÁO CÁO CHÍNH TRỊ"  # no core title: the Title-styled paragraph
    assert_clean(blocks)
    assert [(b.text, b.heading_level, b.item) for b in blocks] == [
        ("BÁO CÁO CHÍNH TRỊ", 0, False),
        ("I. ĐÁNH GIÁ KẾT QUẢ", 1, False),
        ("Đoạn văn có khoảng trắng lạ và ngắt dòng.", None, False),
        ("Tăng trưởng kinh tế 10,2%/năm.", None, True),
        ("Thu ngân sách gấp 2,3 lần.", None, True),
        ("Mục có đánh số Word trực tiếp.", None, True),
        ("1. Về kinh tế", 2, False),
        ("Chỉ tiêu | Kết quả", None, False),
        ("Tăng trưởng | 10,2%", None, False),
        ("II. HẠN CHẾ", 1, False),
        ("Hạn chế về giao thông", 2, False),
        ("Kim Thành cần phá bỏ thế độc đạo.", None, False),
    ]


@pytest.mark.integration
def test_docx_core_title_wins(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Báo cáo chính trị huyện Kim Thành"
    document.add_paragraph("BÁO CÁO", style="Title")
    path = tmp_path / "a.docx"
    document.save(path)
    assert read(path)[0] == "Báo cáo chính trị huyện Kim Thành"


@pytest.mark.integration
def test_empty_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rong.docx"
    docx.Document().save(path)
    with pytest.raises(DocumentError, match="không có văn bản"):
        read(path)
    (tmp_path / "khong_byte.docx").write_bytes(b"")
    with pytest.raises(DocumentError, match="tệp rỗng"):
        read(tmp_path / "khong_byte.docx")
    (tmp_path / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match="tệp hỏng"):
        read(tmp_path / "hong.docx")


# --- pdf ---


@pytest.fixture(scope="module")
def report() -> tuple[str | None, list[RawBlock]]:
    return read(REPORT_PDF)


@pytest.mark.integration
def test_pdf_headings_are_blocks_with_levels(report: tuple[str | None, list[RawBlock]]) -> None:
    title, blocks = report
    assert title == "Báo cáo chính trị Đảng bộ huyện Kim Thành nhiệm kỳ 2010 - 2015"  # from the metadata
    assert_clean(blocks)
    headings = [(b.text, b.heading_level, b.page) for b in blocks if b.heading_level is not None]
    assert headings == [
        ("BÁO CÁO CHÍNH TRỊ", 1, 1),
        ("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2010 - 2015", 2, 1),  # two lines, one heading
        ("II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN", 2, 2),
        ("III. BÀI HỌC KINH NGHIỆM", 2, 3),
    ]
    # the centred subtitle over three lines is one block
    assert blocks[1].text == (
        "của Ban Chấp hành Đảng bộ huyện khóa XXIII trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, "
        "nhiệm kỳ 2015 - 2020"
    )


@pytest.mark.integration
def test_pdf_items_are_separate_blocks_with_wrapped_lines_joined(
    report: tuple[str | None, list[RawBlock]],
) -> None:
    _, blocks = report
    items = [b for b in blocks if b.item]
    assert [b.text[:2] for b in items] == ["1.", "2.", "3.", "- ", "- "]
    assert items[0].text == (
        "1. Tốc độ tăng trưởng kinh tế bình quân của huyện giai đoạn 2010 - 2015 đạt 10,2%/năm, vượt 0,7% "
        "so với chỉ tiêu Nghị quyết đề ra; cơ cấu kinh tế chuyển dịch đúng hướng."
    )
    # wrapped before the dash: "- 2015 tăng…" continues the range, it is no bullet
    assert items[2].text.startswith(
        "3. Thu ngân sách nhà nước trên địa bàn toàn huyện giai đoạn 2010 - 2015 tăng"
    )
    assert items[2].text.endswith("gấp 2,3 lần năm 2010.")
    assert not any(b.text.startswith("- 2015") for b in blocks)
    assert [b.page for b in items] == [1, 1, 1, 3, 3]


@pytest.mark.integration
def test_pdf_paragraphs_by_spacing_and_first_line_indent(report: tuple[str | None, list[RawBlock]]) -> None:
    _, blocks = report
    intro = find(blocks, "Nhiệm kỳ 2010 - 2015")
    assert intro.text.endswith("đời sống của nhân dân trên địa bàn huyện.")
    assert intro.heading_level is None and not intro.item and intro.page == 1
    # two indented paragraphs with no space between them
    first = find(blocks, "Tăng trưởng kinh tế chưa tương xứng")
    second = find(blocks, "Việc phá bỏ thế độc đạo")
    assert first.text.endswith("tập trung quy mô lớn.")
    assert second.text.endswith("kết nối với các huyện lân cận chưa thuận lợi.")
    assert first.page == second.page == 2
    assert len(blocks) == 20


@pytest.mark.integration
def test_pdf_paragraph_over_a_page_break_is_one_block(report: tuple[str | None, list[RawBlock]]) -> None:
    _, blocks = report
    across = find(blocks, "Công tác quản lý nhà nước về đất đai")
    assert "chưa được xử lý dứt điểm; việc thu gom" in across.text  # the last word of page 2, first of page 3
    assert across.text.endswith("làm ảnh hưởng đến môi trường đầu tư của huyện.")
    assert across.page == 2
    assert not any(b.text.startswith("điểm;") for b in blocks)


@pytest.mark.integration
def test_pdf_page_numbers_and_running_header_dropped(report: tuple[str | None, list[RawBlock]]) -> None:
    _, blocks = report
    assert not [b.text for b in blocks if b.text in {"- 1 -", "- 2 -", "- 3 -"}]
    assert not [b.text for b in blocks if "Báo cáo chính trị huyện Kim Thành" in b.text]
    assert [b.page for b in blocks] == sorted(b.page or 0 for b in blocks)
    assert {b.page for b in blocks} == {1, 2, 3}


@pytest.mark.integration
def test_pdf_paragraphs_told_by_their_short_last_lines() -> None:
    title, blocks = read(PLAIN_PDF)
    assert title is None
    assert_clean(blocks)
    assert [(b.text[:20], b.page) for b in blocks] == [
        ("Công tác quy hoạch, ", 1),
        ("Dưới sự lãnh đạo của", 1),
        ("Giá trị sản xuất côn", 1),
        ("Tăng trưởng kinh tế ", 2),
        ("Việc phá bỏ thế độc ", 2),
        ("Phát huy những kết q", 2),
    ]
    assert not any(b.text.startswith("Trang") for b in blocks)


@pytest.mark.integration
def test_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf\n")
    with pytest.raises(DocumentError, match=r"hong\.pdf"):
        read(path)
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(REPORT_PDF.read_bytes()[:1500])
    with pytest.raises(DocumentError):
        read(truncated)


def test_pdf_fallback_joins_plain_lines_and_drops_page_numbers() -> None:
    blocks = _pdf_plain_blocks(
        ["Tiêu đề\nĐoạn một bắt đầu\nvà tiếp tục ở dòng sau\n- 1 -", "ở trang sau.\n1. Mục một.\nTrang 2/2"]
    )
    assert [(b.text, b.page, b.item) for b in blocks] == [
        ("Tiêu đề", 1, False),
        ("Đoạn một bắt đầu và tiếp tục ở dòng sau ở trang sau.", 1, False),
        ("1. Mục một.", 2, True),
    ]


def test_unsupported_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"\.odt"):
        read_blocks(tmp_path / "a.odt", b"data", "a.odt")
