"""Outline and conversation exports: Markdown footnotes, and Word files with real OOXML footnotes."""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from lxml import etree

from app.domain import Answer, Citation, Outline, OutlineSection, Requirement, Theme
from app.export.content import citation_note, requirement_note, source_location
from app.export.docx import conversation_docx, outline_docx
from app.export.markdown import conversation_markdown, outline_markdown

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
GUIDANCE = "Hướng dẫn số 12-HD/TU của Ban Thường vụ Tỉnh ủy về xây dựng báo cáo chính trị"
SECTION = "II. Bố cục và nội dung › Phần thứ hai"
GENERATED = date(2025, 3, 4)


def _requirement(**overrides) -> Requirement:
    fields = {
        "id": "r1",
        "text": "Đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015–2020",
        "quote": "Cần đánh giá khách quan, toàn diện kết quả thực hiện Nghị quyết Đại hội.",
        "source": "guidance/huong-dan-12.txt",
        "title": GUIDANCE,
        "date": "2019-11-20",
        "paragraph": 23,
        "section": SECTION,
    }
    return Requirement(**{**fields, **overrides})


@pytest.fixture
def outline() -> Outline:
    general = _requirement()
    own = _requirement(
        id="r2",
        text="Phá bỏ thế độc đạo về giao thông",
        quote="Kim Thành cần tập trung phá bỏ thế độc đạo về giao thông.",
        source="guidance/ket-luan.pdf",
        title="Kết luận số 05-KL/TU",
        date=None,
        paragraph=4,
        section="",
        page=3,
        districts=("Kim Thành",),
    )
    lessons = _requirement(
        id="r3", text="Rút ra bài học kinh nghiệm", quote="Phải rút ra bài học.", paragraph=31
    )
    return Outline(
        district="Kim Thành",
        sections=(
            OutlineSection(Theme.ASSESSMENT, "I. Đánh giá kết quả nhiệm kỳ qua", (general, lessons)),
            OutlineSection(Theme.BREAKTHROUGHS, "II. Các khâu đột phá", (own,)),
        ),
    )


def _citation(n: int, **overrides) -> Citation:
    fields = {
        "n": n,
        "source": "guidance/huong-dan-12.txt",
        "title": GUIDANCE,
        "date": "2019-11-20",
        "paragraph": 23,
        "quote": "phá bỏ thế độc đạo về giao thông",
        "section": SECTION,
    }
    return Citation(**{**fields, **overrides})


@pytest.fixture
def exchanges() -> list[Answer]:
    first = Answer(
        question="Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?",
        text=(
            "Cần phá bỏ thế độc đạo về giao thông [1]. Ưu tiên phát triển công nghiệp [2].\n\n"
            "Nhắc lại: giao thông [1]."
        ),
        found=True,
        citations=(_citation(1), _citation(2, quote="ưu tiên phát triển công nghiệp", page=3, date=None)),
    )
    second = Answer(
        question="Còn về xây dựng Đảng?",
        text="Chú trọng công tác cán bộ [1], xem thêm ［9］.",  # a document's "[9]", quoted (markers.literal)
        found=True,
        citations=(_citation(1, quote="chú trọng công tác cán bộ", paragraph=40, supported=False),),
        notice="Mô hình ngôn ngữ lỗi; hiển thị câu trả lời trích xuất.",
    )
    return [first, second]


def _part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def _footnotes(path: Path) -> dict[int, str]:
    """Footnote id → its text, separators included."""
    root = _part(path, "word/footnotes.xml")
    return {int(f.get(f"{{{W}}}id")): "".join(f.itertext()).strip() for f in root.findall("w:footnote", NS)}


def _references(path: Path) -> list[int]:
    root = _part(path, "word/document.xml")
    return [int(r.get(f"{{{W}}}id")) for r in root.iter(f"{{{W}}}footnoteReference")]


def _assert_footnotes_part(path: Path) -> None:
    """The part Word needs: in the package, related from document.xml, typed, separators -1 and 0 named."""
    with zipfile.ZipFile(path) as z:
        assert "word/footnotes.xml" in z.namelist()
    rels = _part(path, "word/_rels/document.xml.rels")
    targets = [r.get("Target") for r in rels if r.get("Type") == FOOTNOTES_RT]
    assert targets == ["footnotes.xml"]
    types = _part(path, "[Content_Types].xml")
    overrides = {o.get("PartName"): o.get("ContentType") for o in types if o.get("PartName")}
    assert overrides["/word/footnotes.xml"] == FOOTNOTES_CT
    footnotes = _part(path, "word/footnotes.xml").findall("w:footnote", NS)
    assert [(f.get(f"{{{W}}}type"), f.get(f"{{{W}}}id")) for f in footnotes[:2]] == [
        ("separator", "-1"),
        ("continuationSeparator", "0"),
    ]
    assert footnotes[0].find(".//w:separator", NS) is not None
    assert footnotes[1].find(".//w:continuationSeparator", NS) is not None
    settings = _part(path, "word/settings.xml")
    named = settings.findall("w:footnotePr/w:footnote", NS)
    assert [f.get(f"{{{W}}}id") for f in named] == ["-1", "0"]
    # w:footnotePr sits before w:compat, as CT_Settings orders them
    tags = [etree.QName(c).localname for c in settings]
    assert tags.index("footnotePr") < tags.index("compat")
    styles = {s.style_id: s for s in docx.Document(str(path)).styles}
    assert styles["FootnoteText"].name == "footnote text"
    assert styles["FootnoteReference"].name == "footnote reference"


def test_dates_and_source_locations():
    assert source_location(GUIDANCE, "2019-11-20", SECTION, 23, None) == (
        f"{GUIDANCE}, ngày 20/11/2019, mục {SECTION}, đoạn 23"
    )
    assert source_location("Kết luận số 05-KL/TU", None, "", 4, 3) == "Kết luận số 05-KL/TU, trang 3"


def test_requirement_note_is_vietnamese_administrative_style():
    assert requirement_note(_requirement()) == (
        "Hướng dẫn số 12-HD/TU của Ban Thường vụ Tỉnh ủy về xây dựng báo cáo chính trị, ngày 20/11/2019, "
        "mục II. Bố cục và nội dung › Phần thứ hai, đoạn 23."
    )
    assert requirement_note(_requirement(date=None, page=7)).endswith("Phần thứ hai, trang 7.")


def test_citation_note_holds_the_quote_and_flags_an_unverified_one():
    note = citation_note(_citation(1))
    assert note == f"{GUIDANCE}, ngày 20/11/2019, mục {SECTION}, đoạn 23: “phá bỏ thế độc đạo về giao thông”"
    assert "Chưa kiểm chứng" in citation_note(_citation(1, supported=False))


def test_outline_markdown(outline: Outline):
    md = outline_markdown(outline, GENERATED)
    assert md.startswith("# DÀN Ý BÁO CÁO CHÍNH TRỊ — Kim Thành\n")
    assert "áp dụng cho Kim Thành (3 yêu cầu)" in md
    assert "## I. Đánh giá kết quả nhiệm kỳ qua" in md
    assert "## II. Các khâu đột phá" in md
    assert md.index("## I.") < md.index("Rút ra bài học") < md.index("## II.")
    assert "“Cần đánh giá khách quan, toàn diện kết quả thực hiện Nghị quyết Đại hội.”[^1]" in md
    assert "2. Rút ra bài học kinh nghiệm: “Phải rút ra bài học.”[^2]" in md
    assert "1. Phá bỏ thế độc đạo về giao thông (riêng Kim Thành): “Kim Thành cần" in md
    assert "Lập bởi Trợ lý Dự thảo ngày 04/03/2025" in md
    assert f"[^1]: {GUIDANCE}, ngày 20/11/2019, mục {SECTION}, đoạn 23." in md
    assert "[^2]: " in md and "đoạn 31." in md
    assert "[^3]: Kết luận số 05-KL/TU, trang 3." in md  # no date: none shown
    # the general requirement is not marked as the district's own
    assert md.count("(riêng Kim Thành)") == 1


def test_outline_markdown_footer_defaults_to_today(outline: Outline):
    assert f"ngày {date.today():%d/%m/%Y}" in outline_markdown(outline)


def test_markdown_keeps_text_verbatim_and_nfc():
    decomposed = unicodedata.normalize("NFD", "Đánh giá *kết quả* [1] <b>")
    outline = Outline(
        "TP Chí Linh",
        (
            OutlineSection(
                Theme.GOALS, "III. Mục tiêu", (_requirement(text=decomposed, quote="1. Mục tiêu"),)
            ),
        ),
    )
    md = outline_markdown(outline, GENERATED)
    assert unicodedata.is_normalized("NFC", md)
    assert "# DÀN Ý BÁO CÁO CHÍNH TRỊ — TP Chí Linh" in md
    assert r"Đánh giá \*kết quả\* \[1\] \<b\>" in md  # markup escaped, so it shows as written
    assert "“1\\. Mục tiêu”" in md
    answer = Answer(question="Hỏi", text="- gạch đầu dòng [1]\n2) mục", found=True, citations=(_citation(1),))
    assert "\\- gạch đầu dòng[^1]\n\n2\\) mục\n" in conversation_markdown([answer])


def test_outline_docx_headings_and_items(outline: Outline, tmp_path: Path):
    path = outline_docx(outline, tmp_path / "dan-y.docx", GENERATED)
    assert path == tmp_path / "dan-y.docx"
    document = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "DÀN Ý BÁO CÁO CHÍNH TRỊ — Kim Thành"),
        ("Heading 2", "I. Đánh giá kết quả nhiệm kỳ qua"),
        ("Heading 2", "II. Các khâu đột phá"),
    ]
    texts = [p.text for p in document.paragraphs]
    assert any("“Phải rút ra bài học.”" in t and t.startswith("2.") for t in texts)
    assert any("(riêng Kim Thành)" in t for t in texts)
    assert texts[-1] == "Lập bởi Trợ lý Dự thảo ngày 04/03/2025"
    assert document.styles["Normal"].font.name == "Times New Roman"


def test_outline_docx_has_one_real_footnote_per_requirement(outline: Outline, tmp_path: Path):
    path = outline_docx(outline, tmp_path / "dan-y.docx", GENERATED)
    _assert_footnotes_part(path)
    notes = _footnotes(path)
    assert sorted(notes) == [-1, 0, 1, 2, 3]
    assert notes[1] == f"{GUIDANCE}, ngày 20/11/2019, mục {SECTION}, đoạn 23."
    assert "đoạn 31" in notes[2]
    assert notes[3] == "Kết luận số 05-KL/TU, trang 3."
    assert _references(path) == [1, 2, 3]
    root = _part(path, "word/footnotes.xml")
    for footnote in root.findall("w:footnote", NS)[2:]:
        assert footnote.find("w:p/w:r/w:footnoteRef", NS) is not None  # the number Word shows
        assert footnote.find("w:p/w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "FootnoteText"


def test_empty_outline_exports(tmp_path: Path):
    outline = Outline("Nam Sách")
    assert "không có yêu cầu nào cho Nam Sách" in outline_markdown(outline, GENERATED)
    path = outline_docx(outline, tmp_path / "trong.docx", GENERATED)
    _assert_footnotes_part(path)
    assert sorted(_footnotes(path)) == [-1, 0]
    assert _references(path) == []


def test_conversation_markdown(exchanges: list[Answer]):
    md = conversation_markdown(exchanges)
    assert "## Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?" in md
    assert "## Còn về xây dựng Đảng?" in md
    assert "Cần phá bỏ thế độc đạo về giao thông[^1]. Ưu tiên phát triển công nghiệp[^2]." in md
    assert "Nhắc lại: giao thông[^1]." in md  # the same citation keeps its footnote
    # numbered across the whole document; a document's own "[9]" is text, not a footnote
    assert r"Chú trọng công tác cán bộ[^3], xem thêm ［9］." in md
    assert "_Mô hình ngôn ngữ lỗi; hiển thị câu trả lời trích xuất._" in md
    assert (
        f"[^1]: {GUIDANCE}, ngày 20/11/2019, mục {SECTION}, đoạn 23: “phá bỏ thế độc đạo về giao thông”" in md
    )
    assert f"[^2]: {GUIDANCE}, mục {SECTION}, trang 3: “ưu tiên phát triển công nghiệp”" in md
    assert "[^3]: " in md and "đoạn 40: “chú trọng công tác cán bộ” Chưa kiểm chứng" in md
    assert md.count("[^1]:") == 1 and "[^4]" not in md


def test_conversation_docx(exchanges: list[Answer], tmp_path: Path):
    path = conversation_docx(exchanges, tmp_path / "hoi-dap.docx")
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "HỎI ĐÁP VỚI TRỢ LÝ DỰ THẢO",
        "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?",
        "Còn về xây dựng Đảng?",
    ]
    assert any(
        p.text == "Cần phá bỏ thế độc đạo về giao thông. Ưu tiên phát triển công nghiệp."
        for p in document.paragraphs
    )
    _assert_footnotes_part(path)
    notes = _footnotes(path)
    assert sorted(notes) == [-1, 0, 1, 2, 3]
    assert (
        notes[1] == f"{GUIDANCE}, ngày 20/11/2019, mục {SECTION}, đoạn 23: “phá bỏ thế độc đạo về giao thông”"
    )
    assert "trang 3: “ưu tiên phát triển công nghiệp”" in notes[2]
    assert "đoạn 40" in notes[3] and "Chưa kiểm chứng" in notes[3]
    assert _references(path) == [1, 2, 3]
    # the second [1] of the first answer points back to footnote 1, as Word's cross-reference does
    body = _part(path, "word/document.xml")
    fields = body.findall(".//w:fldSimple", NS)
    assert [f.get(f"{{{W}}}instr").split()[:2] for f in fields] == [["NOTEREF", "_RefFootnote1"]]
    assert body.find(".//w:bookmarkStart[@w:name='_RefFootnote1']", NS) is not None


def test_docx_survives_control_characters(tmp_path: Path):
    answer = Answer(
        question="Hỏi\x0b?", text="Trả lời\x01 [1].", found=True, citations=(_citation(1, quote="a\x02b"),)
    )
    path = conversation_docx([answer], tmp_path / "x.docx")
    assert _footnotes(path)[1].endswith("“ab”")
    assert "Trả lời" in "".join(p.text for p in docx.Document(str(path)).paragraphs)
