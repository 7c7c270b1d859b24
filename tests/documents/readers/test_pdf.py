"""app.documents.readers.pdf: headings with levels, items, paragraphs by layout, page breaks, page furniture;
the fallback without positions; refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.readers.pdf import _pdf_plain_blocks
from app.domain import RawBlock
from app.errors import DocumentError
from tests.documents.readers.helpers import assert_clean, find, read

PDF_DIR = Path(__file__).resolve().parents[2] / "data" / "pdf"
REPORT_PDF = PDF_DIR / "bao_cao_kim_thanh_2010_2015.pdf"  # made by tests/data/pdf/make_pdfs.py
PLAIN_PDF = PDF_DIR / "khong_gian_cach.pdf"

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
