"""Writes the PDF test documents of tests/documents/readers/test_pdf.py (run once; the PDFs are committed).

    .venv/bin/python tests/data/pdf/make_pdfs.py

Needs fpdf2 (a dev dependency) and the DejaVu Serif fonts of Debian's fonts-dejavu-core; the tests only read
the PDFs. The layout is what a district's past political report looks like when printed from Word: a centred
bold title, bigger bold section headings, justified paragraphs wrapping over several lines (some with a
first-line indent, some with space after), numbered and dashed items, a paragraph that runs over a page
break, a running header from page 2 and "- n -" page numbers in the footer (bao_cao_kim_thanh_2010_2015.pdf);
and two pages of left-aligned paragraphs with neither spacing nor indents, numbered "Trang n/2"
(khong_gian_cach.pdf).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BODY = 13  # pt
LINE = 6.2  # mm between baselines of body text
AFTER = 3.0  # mm of space after a spaced paragraph

TITLE = "BÁO CÁO CHÍNH TRỊ"
SUBTITLE = (
    "của Ban Chấp hành Đảng bộ huyện khóa XXIII trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, "
    "nhiệm kỳ 2015 - 2020"
)
INTRO = (
    "Nhiệm kỳ 2010 - 2015, Đảng bộ và nhân dân huyện Kim Thành thực hiện Nghị quyết Đại hội đại biểu "
    "Đảng bộ huyện lần thứ XXIII trong bối cảnh có nhiều thuận lợi nhưng cũng không ít khó khăn, thách "
    "thức; kinh tế trong nước phục hồi chậm, thiên tai, dịch bệnh diễn biến phức tạp đã ảnh hưởng đến sản "
    "xuất và đời sống của nhân dân trên địa bàn huyện."
)
HEADING_1 = "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2010 - 2015"
SECTION_1 = (
    "Dưới sự lãnh đạo của Ban Chấp hành Đảng bộ huyện, sự điều hành linh hoạt của chính quyền các cấp và "
    "sự đồng thuận của nhân dân, các chỉ tiêu chủ yếu của Nghị quyết đều đạt và vượt kế hoạch; kết cấu hạ "
    "tầng được quan tâm đầu tư, bộ mặt nông thôn có nhiều đổi mới, đời sống vật chất và tinh thần của nhân "
    "dân từng bước được nâng lên rõ rệt."
)
ITEMS = [
    # the wrap falls right after "2010 -": the reader must not take "2015 đạt…" for a new item
    "1. Tốc độ tăng trưởng kinh tế bình quân của huyện giai đoạn 2010 - 2015 đạt 10,2%/năm, "
    "vượt 0,7% so với chỉ tiêu Nghị quyết đề ra; cơ cấu kinh tế chuyển dịch đúng hướng.",
    "2. Giá trị sản xuất công nghiệp - xây dựng tăng bình quân 14,5%/năm; các khu, cụm công nghiệp thu "
    "hút thêm 35 dự án đầu tư với tổng vốn đăng ký trên 6.200 tỷ đồng.",
    # here the wrap falls before the dash: "- 2015 tăng…" must not become a dashed item
    "3. Thu ngân sách nhà nước trên địa bàn toàn huyện giai đoạn 2010 - 2015 tăng 18,6%/năm; năm 2015 "
    "ước đạt 412 tỷ đồng, gấp 2,3 lần năm 2010.",
]
SECTION_1B = (
    "Công tác quy hoạch, quản lý quy hoạch được chú trọng; huyện đã hoàn thành quy hoạch chung xây dựng "
    "nông thôn mới ở tất cả các xã, quy hoạch phát triển đô thị Phú Thái và các khu dân cư tập trung. "
    "Hệ thống giao thông được đầu tư nâng cấp, nhiều tuyến đường trục xã, liên xã được cứng hóa."
)
HEADING_2 = "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"
INDENTED = [
    "Tăng trưởng kinh tế chưa tương xứng với tiềm năng, lợi thế của huyện; sức cạnh tranh của nhiều sản "
    "phẩm còn thấp, chưa hình thành được vùng sản xuất hàng hóa tập trung quy mô lớn.",
    "Việc phá bỏ thế độc đạo về giao thông còn chậm; huyện vẫn phụ thuộc nhiều vào tuyến đường sắt Hà "
    "Nội - Hải Phòng chạy qua địa bàn, kết nối với các huyện lân cận chưa thuận lợi.",
]
# Runs over the page break: page 2 ends on a full justified line, page 3 goes on in lower case.
ACROSS = (
    "Công tác quản lý nhà nước về đất đai, tài nguyên và môi trường ở một số xã còn buông lỏng, để xảy ra "
    "tình trạng lấn chiếm, sử dụng đất sai mục đích kéo dài nhiều năm nhưng chưa được xử lý dứt điểm; việc "
    "thu gom, xử lý rác thải sinh hoạt ở khu vực nông thôn và nước thải ở các khu, cụm công nghiệp chưa "
    "đáp ứng yêu cầu, gây bức xúc trong nhân dân; công tác giải phóng mặt bằng một số dự án trọng điểm "
    "còn chậm so với tiến độ đề ra, làm ảnh hưởng đến môi trường đầu tư của huyện."
)
HEADING_3 = "III. BÀI HỌC KINH NGHIỆM"
LESSONS = [
    "- Phải thường xuyên chăm lo xây dựng Đảng bộ trong sạch, vững mạnh, giữ vững đoàn kết thống nhất "
    "trong Đảng, phát huy vai trò gương mẫu của cán bộ, đảng viên.",
    "- Phải bám sát thực tiễn, phát huy tiềm năng, lợi thế của huyện, tập trung nguồn lực cho các khâu "
    "đột phá.",
]
CLOSING = (
    "Phát huy những kết quả đã đạt được, Đảng bộ và nhân dân huyện Kim Thành quyết tâm thực hiện thắng lợi "
    "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, xây dựng huyện phát triển nhanh và bền vững."
)


class Report(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 10)
            self.set_y(10)
            self.cell(0, 5, "Báo cáo chính trị huyện Kim Thành", align="R")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DejaVu", "", 11)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")


def body(pdf: FPDF, text: str, after: float = 0.0) -> None:
    pdf.set_font("DejaVu", "", BODY)
    pdf.multi_cell(0, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
    if after:
        pdf.ln(after)


def heading(pdf: FPDF, text: str, size: float) -> None:
    pdf.set_font("DejaVu", "B", size)
    pdf.ln(2)
    pdf.multi_cell(0, size * 0.55, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def indented(pdf: FPDF, texts: list[str]) -> None:
    pdf.set_font("DejaVu", "", BODY)
    with pdf.text_columns(text_align="J", line_height=LINE / (BODY * 0.3528)) as cols:
        for text in texts:
            with cols.paragraph(first_line_indent=10) as par:
                par.write(text)


def make_report(path: Path) -> None:
    pdf = Report(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_title("Báo cáo chính trị Đảng bộ huyện Kim Thành nhiệm kỳ 2010 - 2015")
    pdf.set_creation_date(datetime(2015, 7, 20, tzinfo=UTC))  # a fixed date: same bytes every run
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", BODY)
    pdf.set_x(50)
    pdf.multi_cell(120, LINE, SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    body(pdf, INTRO, AFTER)
    heading(pdf, HEADING_1, 15)
    body(pdf, SECTION_1, AFTER)
    for item in ITEMS:
        body(pdf, item)
    pdf.ln(AFTER)
    body(pdf, SECTION_1B, AFTER)

    pdf.add_page()
    heading(pdf, HEADING_2, 15)
    indented(pdf, INDENTED)
    pdf.ln(AFTER)
    body(pdf, SECTION_1, AFTER)
    body(pdf, INTRO, AFTER)
    body(pdf, SECTION_1B, AFTER)
    # push ACROSS down so that exactly three of its lines fit on page 2
    room = pdf.h - pdf.b_margin - pdf.get_y()
    pdf.ln(room - 3 * LINE - 1)
    body(pdf, ACROSS, AFTER)

    heading(pdf, HEADING_3, 15)
    for lesson in LESSONS:
        body(pdf, lesson)
    pdf.ln(AFTER)
    body(pdf, CLOSING)
    pdf.output(str(path))


class Plain(FPDF):
    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DejaVu", "", 10)
        self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="R")


def make_plain(path: Path) -> None:
    """Left-aligned paragraphs with neither space between them nor indents: only their line ends tell."""
    pdf = Plain(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.set_creation_date(datetime(2015, 7, 20, tzinfo=UTC))
    for texts in ([SECTION_1B, SECTION_1, ITEMS[1][3:]], [INDENTED[0], INDENTED[1], CLOSING]):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 12)
        for text in texts:
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def check(path: Path) -> None:
    """The layout the tests rely on: items wrap at "2010 -", ACROSS breaks before a lower-case word."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 3, len(pages)
    lines = pages[0].split("\n")
    assert any(line.endswith("giai đoạn 2010 -") for line in lines), pages[0]
    assert any(line.startswith("- 2015 tăng") for line in lines), pages[0]
    first_of_3 = pages[2].split("\n")[1]  # after the running header
    assert first_of_3[0].islower(), first_of_3


if __name__ == "__main__":
    out = HERE / "bao_cao_kim_thanh_2010_2015.pdf"
    make_report(out)
    check(out)
    make_plain(HERE / "khong_gian_cach.pdf")
    print(out)
