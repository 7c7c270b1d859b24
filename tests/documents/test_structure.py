"""app.documents.structure (through read_document): headings, items, section paths, letterhead and pages, per
format."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.ingest import make_chunks, read_document
from app.documents.structure import analyse, display_heading
from app.domain import BlockKind, RawBlock

REPO = Path(__file__).resolve().parents[2]
TEST_CORPUS = REPO / "tests" / "data" / "corpus"

GUIDANCE_TXT = """TỈNH ỦY HẢI DƯƠNG
BAN TUYÊN GIÁO
Số 7-HD/BTGTU
Hải Dương, ngày 06 tháng 01 năm 2020

HƯỚNG DẪN
Nội dung báo cáo chính trị về văn hóa

I. YÊU CẦU CHUNG
1. Báo cáo phải ngắn gọn, có số liệu so sánh với năm 2015.
II. NỘI DUNG CỤ THỂ
1. Về y tế
a) Đánh giá kết quả xây dựng xã đạt tiêu chí quốc gia về y tế.
b) Đề ra chỉ tiêu số bác sĩ trên một vạn dân đến năm 2025.
2. Huyện Bình Giang và huyện Cẩm Giàng: làm rõ giải pháp phát triển y tế cơ sở.
III. TỔ CHỨC THỰC HIỆN
Ban Tuyên giáo các huyện ủy tham mưu triển khai hướng dẫn này.
Nơi nhận:
- Các huyện ủy,
- Lưu VP.
"""


def _doc(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / "guidance" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return read_document(path, tmp_path)


def test_plain_text_guidance_structure(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "hd.txt", GUIDANCE_TXT.encode())
    assert doc.title == "Hướng dẫn nội dung báo cáo chính trị về văn hóa"
    assert doc.number == "Số 7-HD/BTGTU"
    assert doc.issuer and "BAN TUYÊN GIÁO" in doc.issuer
    assert doc.date == "2020-01-06"
    by_text = {p.text: p for p in doc.paragraphs}
    assert by_text["TỈNH ỦY HẢI DƯƠNG"].kind is BlockKind.LETTERHEAD
    assert by_text["I. YÊU CẦU CHUNG"].kind is BlockKind.HEADING
    item_b = by_text["b) Đề ra chỉ tiêu số bác sĩ trên một vạn dân đến năm 2025."]
    assert item_b.kind is BlockKind.ITEM
    assert item_b.section == ("II. Nội dung cụ thể", "1. Về y tế")
    scoped = next(p for p in doc.paragraphs if p.text.startswith("2. Huyện Bình Giang"))
    assert scoped.districts == ("Bình Giang", "Cẩm Giàng")
    assert scoped.section == ("II. Nội dung cụ thể",)  # "2." closes "1. Về y tế"
    # the recipients' list is the closing block: metadata, not items to answer from
    assert by_text["- Lưu VP."].kind is BlockKind.LETTERHEAD
    chunks = make_chunks(doc)
    assert all(c.kind in ("text", "item") for c in chunks)
    assert any(c.section == "II. Nội dung cụ thể › 1. Về y tế" for c in chunks)
    assert not any("HẢI DƯƠNG" in c.text for c in chunks)


@pytest.mark.integration
def test_word_guidance_heading_styles_and_lettered_items() -> None:
    doc = read_document(TEST_CORPUS / "guidance" / "huong-dan-12-HD-TU-bao-cao-chinh-tri.docx", TEST_CORPUS)
    assert doc.number == "Số 12-HD/TU" and doc.date == "2019-11-20"
    item = next(p for p in doc.paragraphs if p.text.startswith("b) Xác định từ 2 đến 3 khâu đột phá"))
    assert item.kind is BlockKind.ITEM
    assert any(part.startswith("Phần thứ hai") for part in item.section)
    assert item.section[0].startswith("II.")
    chi_linh = next(p for p in doc.paragraphs if p.text.startswith("1. Thành phố Chí Linh"))
    assert chi_linh.districts == ("TP Chí Linh",)


@pytest.mark.integration
def test_markdown_and_html_headings_are_section_paths() -> None:
    md = read_document(TEST_CORPUS / "guidance" / "ket-luan-ban-thuong-vu.md", TEST_CORPUS)
    assert any(p.kind is BlockKind.HEADING for p in md.paragraphs)
    assert any(p.section and p.kind is BlockKind.ITEM for p in md.paragraphs)
    html = read_document(TEST_CORPUS / "guidance" / "tin-gop-y-du-thao-gia-loc-ninh-giang.html", TEST_CORPUS)
    assert html.date is not None
    assert any(p.districts for p in html.paragraphs)


@pytest.mark.integration
def test_pdf_report_pages_and_sections() -> None:
    doc = read_document(TEST_CORPUS / "reports" / "bao-cao-chinh-tri-thanh-ha-2015-2020.pdf", TEST_CORPUS)
    pages = {p.page for p in doc.paragraphs}
    assert None not in pages and max(pages) >= 3
    chunks = make_chunks(doc)
    assert all(c.page for c in chunks)
    assert any(c.section for c in chunks)


def test_headings_nest_in_the_order_a_document_uses_them() -> None:
    blocks = [RawBlock(t) for t in ("PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN", "I. KINH TẾ", "Tăng trưởng 9,8%.")]
    structure = analyse(blocks, "Báo cáo")
    last = structure.blocks[-1]
    assert last.section == ("Phần thứ nhất: Kết quả thực hiện", "I. Kinh tế")


def test_display_heading_sentence_case_keeps_names() -> None:
    assert display_heading("III. YÊU CẦU ĐỐI VỚI HUYỆN KIM THÀNH") == "III. Yêu cầu đối với huyện Kim Thành"
    assert display_heading("5. XÂY DỰNG ĐẢNG") == "5. Xây dựng Đảng"


def test_item_nesting_is_learned_per_section() -> None:
    """A dash list above the first numbered item (the recipients of a dispatch) must not make dashes rank
    above numbers everywhere: under "2. Dự thảo … của Huyện ủy Bình Giang" the dash items are its own,
    and speak for Bình Giang."""
    texts = (
        "Kính gửi:",
        "- Ban Thường vụ Huyện ủy Thanh Miện,",
        "- Ban Thường vụ Huyện ủy Bình Giang.",
        "I. NHẬN XÉT CHUNG",
        "1. Rút gọn dung lượng báo cáo.",
        "2. Số liệu phải thống nhất.",
        "II. GÓP Ý CỤ THỂ",
        "1. Dự thảo báo cáo chính trị của Huyện ủy Thanh Miện",
        "- Làm rõ nguyên nhân đô thị hóa chậm.",
        "2. Dự thảo báo cáo chính trị của Huyện ủy Bình Giang",
        "- Khai thác lợi thế của Quốc lộ 38.",
        "- Bảo tồn làng khoa bảng Mộ Trạch.",
    )
    structure = analyse([RawBlock(t) for t in texts], "Công văn")
    by_text = {b.text: b for b in structure.blocks}
    last = by_text["- Bảo tồn làng khoa bảng Mộ Trạch."]
    assert last.section[-1] == "2. Dự thảo báo cáo chính trị của Huyện ủy Bình Giang"
    assert last.districts == ("Bình Giang",)
    assert by_text["- Làm rõ nguyên nhân đô thị hóa chậm."].districts == ("Thanh Miện",)


# ---- whom a paragraph is about: a document's own district, passing mentions ---------------------------


def test_a_district_s_own_report_is_about_it_in_every_paragraph(tmp_path: Path) -> None:
    text = (
        "ĐẢNG BỘ TỈNH HẢI DƯƠNG\nHUYỆN ỦY THANH MIỆN\n\nBÁO CÁO CHÍNH TRỊ\n"
        "của Ban Chấp hành Đảng bộ huyện khóa XXV\n\n"
        "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n\n"
        "Tốc độ tăng trưởng kinh tế bình quân đạt 9,2%/năm, vượt chỉ tiêu đề ra.\n\n"
        "Thu ngân sách trên địa bàn năm 2024 đạt 412 tỷ đồng, gấp 1,8 lần năm 2019.\n\n"
        "Các huyện trong tỉnh cùng thực hiện chương trình chuyển đổi số.\n"
    )
    doc = _doc(tmp_path, "reports/bao-cao-chinh-tri.txt", text.encode())
    body = {p.text[:20]: p.districts for p in doc.paragraphs}
    assert body["Tốc độ tăng trưởng k"] == ("Thanh Miện",)
    assert body["Thu ngân sách trên đ"] == ("Thanh Miện",)
    assert body["Các huyện trong tỉnh"] == ()  # speaks of districts in general


def test_a_passing_mention_does_not_move_a_district_s_paragraph(tmp_path: Path) -> None:
    text = (
        "Tin hội nghị góp ý dự thảo báo cáo chính trị\n\n"
        "Đối với dự thảo của huyện Kim Thành, đồng chí Bí thư đề nghị bổ sung đánh giá về công nghiệp.\n\n"
        "Huyện cần làm rõ định hướng phát triển đô thị. Trong đó, chú ý kết nối giao thông với huyện "
        "Nam Sách qua tuyến đường tỉnh mới.\n\n"
        "Về huyện Tứ Kỳ, dự thảo cần làm rõ kết quả nông nghiệp.\n"
    )
    doc = _doc(tmp_path, "guidance/tin.txt", text.encode())
    by_start = {p.text[:20]: p.districts for p in doc.paragraphs}
    assert by_start["Huyện cần làm rõ địn"] == ("Kim Thành",)
    assert by_start["Về huyện Tứ Kỳ, dự t"] == ("Tứ Kỳ",)


def test_a_neighbour_named_in_a_district_s_first_sentence_does_not_take_its_paragraph(tmp_path: Path) -> None:
    text = (
        "Tin hội nghị góp ý dự thảo báo cáo chính trị\n\n"
        "Với huyện Kim Thành, đồng chí đề nghị làm rõ logistics, liên kết với TP Hải Dương và huyện Nam Sách."
        " Huyện cần bổ sung giải pháp thu hút đầu tư.\n\n"
        "Tứ Kỳ, Thanh Miện nằm liền kề huyện Ninh Giang, cần làm rõ kết quả nông nghiệp.\n"
    )
    doc = _doc(tmp_path, "guidance/tin.txt", text.encode())
    by_start = {p.text[:20]: p.districts for p in doc.paragraphs}
    assert by_start["Với huyện Kim Thành,"] == ("Kim Thành",)
    assert by_start["Tứ Kỳ, Thanh Miện nằ"] == ("Tứ Kỳ", "Thanh Miện")


def test_a_page_giving_a_document_s_full_text_takes_its_letterhead_below_the_lead(tmp_path: Path) -> None:
    page = """<html><head><title>Thông báo kết luận về dự thảo báo cáo chính trị</title></head><body>
<h1>Thông báo kết luận về dự thảo báo cáo chính trị</h1>
<p>Cập nhật: 08/05/2025 09:12</p>
<p>Cổng Thông tin điện tử trân trọng giới thiệu toàn văn Thông báo kết luận của Ban Thường vụ Tỉnh ủy về
dự thảo báo cáo chính trị trình đại hội đảng bộ các huyện nhiệm kỳ 2025 - 2030.</p>
<table><tr><td>TỈNH ỦY HẢI DƯƠNG<br>BAN THƯỜNG VỤ<br>*<br>Số 1148-TB/TU</td>
<td>ĐẢNG CỘNG SẢN VIỆT NAM<br>Hải Dương, ngày 07 tháng 5 năm 2025</td></tr></table>
<p>Ban Thường vụ Tỉnh ủy yêu cầu các huyện tiếp tục rà soát số liệu, bảo đảm thống nhất với báo cáo kinh tế
- xã hội của Ủy ban nhân dân huyện trước khi trình đại hội.</p>
</body></html>"""
    doc = _doc(tmp_path, "thong-bao.html", page.encode())
    assert doc.number == "Số 1148-TB/TU"
    assert doc.date == "2025-05-07"  # the notice's own date, not the page's update time
    assert not any("1148-TB/TU" in p.text for p in doc.paragraphs if p.kind == BlockKind.TEXT)


def test_a_part_heading_with_a_long_subtitle_heads_the_items_under_it(tmp_path: Path) -> None:
    text = (
        "Kế hoạch chuẩn bị đại hội\n\n"
        "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025 "
        "và bài học kinh nghiệm.\n\n"
        "- Đánh giá kết quả đạt được trên các lĩnh vực.\n\n- Rút ra từ 3 đến 5 bài học kinh nghiệm.\n"
    )
    doc = _doc(tmp_path, "ke-hoach.txt", text.encode())
    item = next(p for p in doc.paragraphs if p.text.startswith("- Rút ra"))
    assert any(part.startswith("Phần thứ nhất") for part in item.section)


def test_a_sentence_citing_another_document_s_part_is_no_heading(tmp_path: Path) -> None:
    text = (
        "Công văn điều chỉnh\n\n"
        "Mục 2 của Hướng dẫn được điều chỉnh như sau: báo cáo chính trị không quá 25 trang khổ A4.\n\n"
        "Mục 3. Thời hạn gửi dự thảo\n\n"
        "- Trước ngày 20/12/2024.\n"
    )
    doc = _doc(tmp_path, "cong-van.txt", text.encode())
    texts = [p.text for p in doc.paragraphs if p.kind == BlockKind.TEXT]
    assert any(t.startswith("Mục 2 của Hướng dẫn") for t in texts)
    item = next(p for p in doc.paragraphs if p.text.startswith("- Trước"))
    assert any(part.startswith("Mục 3") for part in item.section)


# ---- a web page pasted as text: the site's furniture around the document ------------------------------

PASTED_PAGE = """Trang chủ
Giới thiệu
Tin tức - Sự kiện
Văn bản chỉ đạo
Hỏi đáp

Văn bản chỉ đạo » Công văn

Ban Thường vụ Tỉnh ủy hướng dẫn thời hạn gửi dự thảo văn kiện đại hội đảng bộ cấp huyện

Đăng ngày: 09/03/2020 08:12 | Lượt xem: 512

Chia sẻ
Bình luận
In

TỈNH ỦY HẢI DƯƠNG
*
Số 2045-CV/TU
V/v thời hạn gửi dự thảo văn kiện đại hội đảng bộ cấp huyện, nhiệm kỳ 2020 - 2025

ĐẢNG CỘNG SẢN VIỆT NAM
Hải Dương, ngày 06 tháng 3 năm 2020

Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy gửi dự thảo báo cáo chính trị trước ngày 20/3/2020.

Chia sẻ | Bình luận
"""


def test_a_pasted_page_s_menu_and_share_bar_are_not_the_document(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "guidance/cong-van.txt", PASTED_PAGE.encode())
    texts = [p.text for p in doc.paragraphs]
    assert doc.title.startswith("Ban Thường vụ Tỉnh ủy hướng dẫn thời hạn gửi")  # not "Trang chủ"
    assert doc.number == "Số 2045-CV/TU"  # its letterhead is found below the page's furniture
    assert doc.date == "2020-03-06"  # the dispatch's date, not the page's
    for furniture in ("Trang chủ", "Hỏi đáp", "Văn bản chỉ đạo » Công văn", "Bình luận", "In"):
        assert not any(t == furniture or t.startswith(furniture + " ") for t in texts), furniture
    assert "Đăng ngày: 09/03/2020 08:12 | Lượt xem: 512" in texts  # a dated line stays
    assert "Chia sẻ | Bình luận" not in texts  # a bar of short parts after the text


def test_a_page_s_trailer_of_other_articles_and_tags_is_not_the_document(tmp_path: Path) -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị\n\n"
        "Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị huyện Kim Thành.\n\n"
        "Đồng chí Bí thư đề nghị Kim Thành làm rõ định hướng phát triển công nghiệp, dịch vụ logistics.\n\n"
        "Lê Hà\n\n"
        "Các tin cùng chuyên mục\n"
        "- Nam Sách lấy ý kiến nhân dân vào dự thảo văn kiện đại hội (12/05/2020)\n"
        "- Thanh Hà: Đại hội điểm Đảng bộ xã thành công tốt đẹp (10/05/2020)\n\n"
        "Chia sẻ: Facebook · Zalo · In bài · Về đầu trang\n"
    )
    doc = _doc(tmp_path, "guidance/tin.txt", text.encode())
    texts = [p.text for p in doc.paragraphs]
    assert texts[-1] == "Lê Hà"  # the byline ends the article
    assert not any("Nam Sách" in t or "Thanh Hà" in t or "Zalo" in t for t in texts)
    # a share bar of short parts between dots is furniture on its own too
    bar = text.replace("Các tin cùng chuyên mục", "").replace("Chia sẻ: ", "")
    shared = _doc(tmp_path, "guidance/tin2.txt", bar.encode())
    assert not any("Zalo" in p.text for p in shared.paragraphs)


def test_a_heading_and_subtitle_above_the_text_are_no_menu(tmp_path: Path) -> None:
    text = (
        "HƯỚNG DẪN\nVề công tác văn kiện\n\nMở đầu\n\n"
        "Báo cáo chính trị cần đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ qua của đảng bộ huyện.\n"
    )
    doc = _doc(tmp_path, "guidance/hd.txt", text.encode())
    assert any(p.text == "Mở đầu" for p in doc.paragraphs)


def test_a_lead_set_as_a_heading_is_running_text() -> None:
    """A news page's lead in <h2 class="sapo"> (or a Word lead styled as a heading) is a sentence of the
    article: what it says (who chaired, when) is quoted, not turned into a section title."""
    lead = (
        "(TTX) - Sáng 12-3, Phó Bí thư Thường trực Tỉnh ủy Trần Văn An chủ trì hội nghị Ban Thường vụ "
        "Tỉnh ủy cho ý kiến vào dự thảo Báo cáo chính trị trình đại hội đại biểu Đảng bộ huyện Ba Sơn và "
        "Đảng bộ huyện Tân Lập, nhiệm kỳ 2025 - 2030."
    )
    blocks = [
        RawBlock(lead, heading_level=2),
        RawBlock("Về phát triển kinh tế.", heading_level=3),
        RawBlock("Các đại biểu góp ý nhiều nội dung."),
    ]
    structure = analyse(blocks, "Góp ý dự thảo")
    first, second, third = structure.blocks
    assert first.kind is not BlockKind.HEADING
    assert second.kind is BlockKind.HEADING  # a short heading stays one, its full stop too
    assert third.section[-1].startswith("Về phát triển kinh tế")


FORWARDED = """From: Kim Oanh <oanh@huyenuy.vn>
Sent: Friday, December 20, 2024 8:47 AM
To: To bien tap <tobientap@huyenuy.vn>; Van phong <vp@huyenuy.vn>
Subject: FW: Thong bao ket luan 527-TB/TU

Kính gửi các anh, chị trong Tổ biên tập, em chuyển Thông báo kết luận số 527-TB/TU để các anh, chị lưu ý.

-----Original Message-----
From: Văn phòng Tỉnh ủy <vanthu@tinhuy.vn>
Gửi: Thứ Năm, 19/12/2024
Chủ đề: Thong bao ket luan 527-TB/TU

Văn phòng Tỉnh ủy gửi Ban Thường vụ các huyện ủy Thông báo kết luận số 527-TB/TU (nội dung chép dưới đây).

Trả lời câu hỏi của Văn phòng Huyện ủy Kim Thành: bảng chỉ tiêu đưa vào phụ lục của báo cáo.
==========
TỈNH ỦY BÌNH ĐỊNH
Số 527-TB/TU

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị
-----
Ngày 13/12/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị của các huyện.

Báo cáo chính trị của đảng bộ cấp huyện không quá 30 trang khổ A4, không kể phụ lục.

Đến năm 2030, huyện cần đạt chuẩn nông thôn mới nâng cao: tiêu chí này được nêu ở mục 2 của thông báo.

Nơi nhận:	T/L BAN THƯỜNG VỤ
- Các huyện ủy,	CHÁNH VĂN PHÒNG
- Lưu Văn phòng Tỉnh ủy.	Phan Đình Khải
==========

Trân trọng,
Nguyễn Thị Diệu Linh
"""


def test_a_forwarded_mail_loses_its_envelope_and_the_notice_it_carries_gives_title_and_number(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fw-thong-bao.txt"
    path.write_text(FORWARDED, encoding="utf-8")
    doc = read_document(path, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert doc.title == "Thông báo kết luận của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị"
    assert doc.number == "Số 527-TB/TU"
    # signed at the end of its two-column closing; the mail's sender, after "Trân trọng,", signs nothing
    assert doc.signer == "Phan Đình Khải"
    # no header line, no forwarding rule; a sentence opening with "Đến" is text
    envelope = ("From:", "Sent:", "To:", "Subject:", "Gửi:", "Chủ đề:", "---")
    assert not any(t.startswith(envelope) for t in texts)
    assert any(t.startswith("Đến năm 2030, huyện cần") for t in texts)
    assert any(t.startswith("Kính gửi các anh, chị") for t in texts)
    # the rules are no text; what the mail said of Kim Thành does not run on into the notice it carries
    assert not any(set(t) <= set("-= ") for t in texts)
    meeting = next(p for p in doc.paragraphs if p.text.startswith("Ngày 13/12/2024"))
    assert meeting.districts == ()
    kim_thanh = next(p for p in doc.paragraphs if "Kim Thành" in p.text)
    assert kim_thanh.districts == ("Kim Thành",)


def test_a_pasted_page_s_dated_banner_dates_it_and_the_line_under_it_names_it(tmp_path: Path) -> None:
    path = tmp_path / "bai-bao.txt"
    path.write_text(
        "Báo Bắc Giang điện tử | Chính trị | Thứ Sáu, 18/04/2025 - 18:42\n\n"
        "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị ba huyện\n\n"
        "Chiều 18/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị.\n",
        encoding="utf-8",
    )
    doc = read_document(path, tmp_path)
    assert doc.title == "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị ba huyện"
    assert doc.date == "2025-04-18"


def test_a_cong_van_is_named_by_its_subject_wrapped_over_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.txt"
    path.write_text(
        "   TỈNH ỦY QUẢNG NINH                          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "     BAN TUYÊN GIÁO                            ----------------------\n"
        "   Số 1186-CV/BTGTU                   Quảng Ninh, ngày 21 tháng 01 năm 2025\n"
        "V/v điều chỉnh một số nội dung\nHướng dẫn số 27-HD/BTGTU ngày 18/10/2024\n\n"
        "Kính gửi: Ban Thường vụ các huyện ủy.\n\n"
        "Ban Tuyên giáo Tỉnh ủy điều chỉnh hai nội dung của Hướng dẫn số 27 như sau.\n",
        encoding="utf-8",
    )
    doc = read_document(path, tmp_path)
    # named by its subject, as a công văn: not by the document its subject line cites
    assert doc.title == (
        "Công văn về việc điều chỉnh một số nội dung Hướng dẫn số 27-HD/BTGTU ngày 18/10/2024"
    )
    assert doc.number == "Số 1186-CV/BTGTU"
    assert not any(p.text.startswith("Hướng dẫn số 27-HD") for p in doc.paragraphs if p.kind != "letterhead")


@pytest.mark.parametrize(
    ("given", "title"),
    [
        # a title from the file's properties that gives only the type and number: the printed one names it
        ("Hướng dẫn 07-HD/BTGDVTU", "Hướng dẫn nội dung báo cáo chính trị trình đại hội đảng bộ xã, phường"),
        (
            "Hướng dẫn số 07-HD/BTGDVTU",
            "Hướng dẫn nội dung báo cáo chính trị trình đại hội đảng bộ xã, phường",
        ),
    ],
)
def test_the_printed_title_lines_are_the_title_when_the_file_names_only_type_and_number(
    given: str, title: str
) -> None:
    texts = (
        "BAN TUYÊN GIÁO TỈNH ỦY",
        "Số 07-HD/BTGDVTU",
        "HƯỚNG DẪN",
        "nội dung báo cáo chính trị trình đại hội đảng bộ xã, phường",
        "Thực hiện kế hoạch của Tỉnh ủy, Ban Tuyên giáo hướng dẫn như sau.",
        "1. Báo cáo chính trị không quá 20 trang.",
    )
    structure = analyse([RawBlock(t) for t in texts], given)
    assert structure.title == title
    kinds = {b.text: b.kind for b in structure.blocks}
    # the title lines are no text a question could be answered from
    assert kinds["HƯỚNG DẪN"] is BlockKind.HEADING
    assert kinds["nội dung báo cáo chính trị trình đại hội đảng bộ xã, phường"] is BlockKind.HEADING
    assert kinds["1. Báo cáo chính trị không quá 20 trang."] is not BlockKind.HEADING


def test_a_title_the_file_names_with_more_words_stays_and_the_printed_lines_stay_text() -> None:
    texts = (
        "BÁO CÁO CHÍNH TRỊ",
        "của Ban Chấp hành Đảng bộ huyện khóa XXII trình Đại hội lần thứ XXIII",
        "Nhiệm kỳ qua, kinh tế tăng trưởng khá, đạt 8,5% mỗi năm.",
    )
    structure = analyse([RawBlock(t) for t in texts], "Báo cáo chính trị nhiệm kỳ 2020 - 2025")
    assert structure.title == "Báo cáo chính trị nhiệm kỳ 2020 - 2025"
    kinds = {b.text: b.kind for b in structure.blocks}
    # "… trình Đại hội lần thứ mấy?" is answered from the subtitle line: it is in no title
    assert kinds[texts[1]] is not BlockKind.HEADING


def test_the_items_after_a_lead_naming_districts_are_for_those_districts_only() -> None:
    """ "a) Các huyện A, B, C và D (…):" then "- …": the dash items are for the four, though dashes were used
    above the letters earlier in the section and the lead speaks of "các huyện"; an item opening with one
    of its lead's districts is for that one."""
    texts = (
        "II. NỘI DUNG BÁO CÁO",
        "1. Yêu cầu chung",
        "- Đánh giá đúng thực chất kết quả nhiệm kỳ.",
        "- Số liệu phải thống nhất với báo cáo kinh tế - xã hội.",
        "2. Nội dung riêng đối với một số đơn vị",
        "Ngoài những nội dung chung nêu trên, báo cáo của một số đơn vị cần làm rõ thêm:",
        "a) Các huyện Kim Thành, Nam Sách, Thanh Hà và Tứ Kỳ (các huyện nông nghiệp):",
        "- Làm rõ kết quả tích tụ ruộng đất.",
        "- Đánh giá hiệu quả vùng vải thiều.",
        "b) Thành phố Chí Linh và thị xã Kinh Môn:",
        "- Đánh giá kết quả phát triển đô thị.",
        "- Thị xã Kinh Môn làm rõ việc phát triển công nghiệp xi măng.",
        "III. HÌNH THỨC",
        "Báo cáo không quá 30 trang.",
    )
    structure = analyse([RawBlock(t) for t in texts], "Hướng dẫn")
    by_text = {b.text: b for b in structure.blocks}
    four = by_text["- Làm rõ kết quả tích tụ ruộng đất."]
    assert four.districts == ("Kim Thành", "Nam Sách", "Thanh Hà", "Tứ Kỳ")
    assert four.section[-1].startswith("Các huyện Kim Thành")
    assert by_text["- Đánh giá hiệu quả vùng vải thiều."].districts == four.districts
    towns = by_text["- Đánh giá kết quả phát triển đô thị."].districts
    assert set(towns) == {*by_text["b) Thành phố Chí Linh và thị xã Kinh Môn:"].districts} and len(towns) == 2
    assert len(by_text["- Thị xã Kinh Môn làm rõ việc phát triển công nghiệp xi măng."].districts) == 1
    assert by_text["- Đánh giá đúng thực chất kết quả nhiệm kỳ."].districts == ()
    assert by_text["Báo cáo không quá 30 trang."].districts == ()


def test_a_heading_over_three_districts_or_districts_in_general_scopes_none() -> None:
    texts = (
        "I. ĐÁNH GIÁ CHUNG DỰ THẢO CỦA KIM THÀNH, NAM SÁCH, THANH HÀ",
        "Các dự thảo đã bám sát hướng dẫn của tỉnh.",
        "II. CÁC HUYỆN CẦN LƯU Ý",
        "Số liệu phải thống nhất.",
        "III. HUYỆN TỨ KỲ",
        "Dự thảo cần làm rõ kết quả nông nghiệp.",
    )
    by_text = {b.text: b for b in analyse([RawBlock(t) for t in texts], "Thông báo").blocks}
    assert by_text["Các dự thảo đã bám sát hướng dẫn của tỉnh."].districts == ()  # an overview of three
    assert by_text["Số liệu phải thống nhất."].districts == ()  # districts in general
    assert by_text["Dự thảo cần làm rõ kết quả nông nghiệp."].districts == ("Tứ Kỳ",)
