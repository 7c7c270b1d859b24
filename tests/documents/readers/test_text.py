"""app.documents.readers.text and .encoding: plain text and Markdown → blocks (wrapped lines joined, items and
headings split), legacy encodings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from app.documents.readers import decode_bytes
from app.errors import DocumentError
from tests.documents.readers.helpers import assert_clean, read, write

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


# A scanned guidance's OCR text: a running header (issuer, short title) and a page number on every page, a
# paragraph and a word cut by the page and by the line's end
OCR_PAGE = "BAN TUYÊN GIÁO TỈNH ỦY\nHướng dẫn số 45\n\n{body}\n\nTrang {n}/3\n"
OCR_BODIES = [
    "HƯỚNG DẪN\nxây dựng báo cáo chính trị\n\nBáo cáo phải đánh giá đúng thực chất kết quả thực hiện nghị\n"
    "quyết, nêu rõ những chỉ tiêu không đạt và nguyên nhân chủ quan của những hạn chế, yếu kém trong\n"
    "nhiệm kỳ, gắn với trách nhiệm của tập thể và cá nhân người đứng đầu cấp ủy các cấp, không",
    "né tránh. Báo cáo có dung lượng không quá 30 trang khổ A4, không kể phụ lục kèm theo báo cáo chính bá-\n"
    "o cáo của các huyện, thị xã và thành phố trực thuộc tỉnh trong toàn tỉnh nhiệm kỳ 2025 - 2030.",
    "Số liệu tính đến ngày 30/9/2024 và ước thực hiện cả năm 2024, dự ước năm 2025 theo kế hoạch của tỉnh.",
]


@pytest.mark.parametrize("page_break", ["\f", ""])
def test_an_ocr_text_loses_its_running_headers_and_page_numbers_and_keeps_its_paragraphs(
    tmp_path: Path, page_break: str
) -> None:
    pages = [OCR_PAGE.format(body=body, n=n) for n, body in enumerate(OCR_BODIES, 1)]
    _, blocks = read(write(tmp_path, "scan.ocr.txt", page_break.join(pages)))
    texts = [b.text for b in blocks]
    # the first page's top is its letterhead and stays; the same lines atop the other pages go, as do
    # the page numbers
    assert texts[:2] == ["BAN TUYÊN GIÁO TỈNH ỦY", "Hướng dẫn số 45"]
    assert texts.count("BAN TUYÊN GIÁO TỈNH ỦY") == 1 and not any(t.startswith("Trang") for t in texts)
    # the paragraph cut by the first page break runs on, and "bá-" + "o cáo" is one word again
    assert any("cấp ủy các cấp, không né tránh. Báo cáo có dung lượng" in t for t in texts)
    assert any("báo cáo chính báo cáo của các huyện" in t for t in texts)
    assert texts[-1].startswith("Số liệu tính đến ngày 30/9/2024")


def test_a_hyphen_between_figures_or_before_a_capital_is_kept(tmp_path: Path) -> None:
    text = "Nhiệm kỳ 2020-\n2025 của huyện.\n\nQuan hệ Việt-\nLào được nêu."
    _, blocks = read(write(tmp_path, "a.txt", text))
    assert [b.text for b in blocks] == ["Nhiệm kỳ 2020- 2025 của huyện.", "Quan hệ Việt-", "Lào được nêu."]


def test_two_pages_by_form_feed_lose_a_running_header_that_has_no_page_number(tmp_path: Path) -> None:
    pages = [
        "UBND TỈNH\n\nBáo cáo cần nêu rõ kết quả thực hiện các chỉ tiêu.\n\nSố liệu lấy từ cơ quan thống kê.",
        "UBND TỈNH\n\nPhần phương hướng viết ngắn gọn.\n\nMột từ bị ngắt ở cuối dòng bá-\no\ncáo xong.",
    ]
    _, blocks = read(write(tmp_path, "scan.txt", "\f".join(pages)))
    texts = [b.text for b in blocks]
    assert texts.count("UBND TỈNH") == 1 and texts[0] == "UBND TỈNH"  # the first page's top stays
    assert texts[-1].endswith("ngắt ở cuối dòng báo cáo xong.")  # "bá-" + "o" alone on its line


def test_a_text_without_pages_is_read_whole(tmp_path: Path) -> None:
    text = "Trang chủ\n\nBáo cáo cần ngắn gọn.\n\nTrang chủ"  # "Trang chủ" is no page number
    _, blocks = read(write(tmp_path, "a.txt", text))
    assert [b.text for b in blocks] == ["Trang chủ", "Báo cáo cần ngắn gọn.", "Trang chủ"]
    # one page: a number alone on the last line is the text's, not a page number
    _, blocks = read(write(tmp_path, "b.txt", "Số chỉ tiêu chủ yếu:\n\n12"))
    assert [b.text for b in blocks][-1] == "12"
    # two pages marked by their numbers: the header atop the second goes
    text = "UBND TỈNH\n\nĐoạn một của trang đầu.\n\nTrang 1/2\nUBND TỈNH\n\nĐoạn hai.\n\nTrang 2/2"
    _, blocks = read(write(tmp_path, "c.txt", text))
    assert [b.text for b in blocks] == ["UBND TỈNH", "Đoạn một của trang đầu.", "Đoạn hai."]


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


REPO = Path(__file__).resolve().parents[3]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("anh-chup.txt", PNG, "một ảnh PNG"),
        ("anh.md", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 8, "một ảnh JPEG"),
        (
            "bao-cao.txt",
            (REPO / "tests/data/corpus/reports/bao-cao-chinh-tri-thanh-ha-2015-2020.pdf"),
            "tệp PDF",
        ),
        (
            "huong-dan.html",
            (REPO / "tests/data/corpus/guidance/huong-dan-12-HD-TU-bao-cao-chinh-tri.docx"),
            "ZIP",
        ),
        ("du-lieu.txt", bytes(range(256)) * 16, "dữ liệu nhị phân"),  # no signature: its control bytes
    ],
)
def test_a_file_that_is_not_text_is_named_and_said_to_be_no_text(
    name: str, data: bytes | Path, said: str
) -> None:
    content = data.read_bytes() if isinstance(data, Path) else data
    with pytest.raises(DocumentError) as caught:
        decode_bytes(content, f"guidance/{name}")
    message = str(caught.value)
    assert message.startswith(f"guidance/{name}: không phải tệp văn bản: nội dung là ")
    assert said in message and Path(name).suffix in message
    assert "bảng mã" not in message and "UTF" not in message


def test_text_with_a_few_control_bytes_is_still_text() -> None:
    text = ("Huyện Kim Thành cần phá bỏ thế độc đạo về giao thông.\f\x1a\n" * 40).encode()
    assert "độc đạo" in decode_bytes(text, "x.txt")
    utf16 = (
        "Ưu tiên phát triển đô thị, công nghiệp.\n".encode("utf-16-le") * 40
    )  # high bytes 0x00, 0x01, 0x1E
    assert "Ưu tiên" in decode_bytes(utf16, "x.txt")


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


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Xem [bấm vào đây](javascript:alert(1)) ngay.", "Xem bấm vào đây ngay."),
        ("Xem [hồ sơ](javascript:alert(document.cookie)) ngay.", "Xem hồ sơ ngay."),
        ("Xem [hồ sơ](javascript:void(f(0)) 'tiêu đề') ngay.", "Xem hồ sơ ngay."),
        ("Xem [trang](https://vi.wikipedia.org/wiki/Hải_Dương_(tỉnh)) ngay.", "Xem trang ngay."),
        ("Xem ![sơ đồ](javascript:alert(1)) ngay.", "Xem sơ đồ ngay."),
        ("Xem [hồ sơ](<javascript:alert(1)>) ngay.", "Xem hồ sơ ngay."),
        # no link as CommonMark reads it (a parenthesis left open): kept as typed, nothing cut from it
        ("Xem [hồ sơ](javascript:alert(1) ngay.", "Xem [hồ sơ](javascript:alert(1) ngay."),
    ],
)
def test_a_markdown_link_leaves_its_text_and_nothing_of_its_address(
    tmp_path: Path, typed: str, shown: str
) -> None:
    _, blocks = read(write(tmp_path, "lien-ket.md", f"# Hướng dẫn\n\n{typed}\n"))
    assert [b.text for b in blocks] == ["Hướng dẫn", shown]


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


@pytest.mark.integration
def test_a_markdown_export_s_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    exported = (
        '---\ntitle: "Hội nghị góp ý dự thảo báo cáo chính trị"\nsource: "https://example.vn/tin/1"\n'
        "date: 2020-05-19T16:30:00+07:00\ntags: [đại hội, báo cáo chính trị]\n---\n\n"
        "Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị.\n"
    )
    title, blocks = read(write(tmp_path, "tin.md", exported))
    assert title == "Hội nghị góp ý dự thảo báo cáo chính trị"
    assert [b.text for b in blocks] == [
        "Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị."
    ]
    # a rule and prose at the top are no front matter
    _, blocks = read(write(tmp_path, "ghi-chu.md", "---\nGhi chú của tổ biên tập.\n---\n\nNội dung.\n"))
    assert [b.text for b in blocks] == ["Ghi chú của tổ biên tập.", "Nội dung."]
