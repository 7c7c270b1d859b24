"""app.documents.readers.docx: styles, numbering and tables in document order; the title; refusals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.errors import DocumentError
from tests.documents.readers.helpers import assert_clean, read

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
