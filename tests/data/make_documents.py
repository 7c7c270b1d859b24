"""Generate the test corpus documents under tests/data/corpus/ (guidance + a past report).

Run:  .venv/bin/python tests/data/make_documents.py

All content is fictional but written in the style of real Hải Dương provincial documents (NFC Vietnamese).
The generated files are committed; re-running overwrites them with identical text.
"""

from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GUIDANCE = CORPUS / "guidance"
REPORTS = CORPUS / "reports"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------------------------------------
# 1. DOCX — Hướng dẫn số 12-HD/TU của Ban Thường vụ Tỉnh ủy
# ---------------------------------------------------------------------------------------------------------
# (style, text); "Table" rows are handled separately for the letterhead.
DOCX_BODY: list[tuple[str, str]] = [
    ("Normal", "Số 12-HD/TU"),
    ("Normal", "Hải Dương, ngày 20 tháng 11 năm 2019"),
    ("Title", "HƯỚNG DẪN Xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 - 2025"),
    (
        "Normal",
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
        "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 148-KH/TU ngày 02/8/2019 của Ban "
        "Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy hướng dẫn việc xây dựng báo cáo chính trị trình đại hội "
        "đảng bộ các huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025 như sau:",
    ),
    ("Heading 1", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "Normal",
        "1. Báo cáo chính trị là văn kiện trung tâm của đại hội, phải phản ánh trung thực, khách quan kết quả "
        "thực hiện Nghị quyết Đại hội nhiệm kỳ 2015 - 2020; thể hiện trí tuệ, ý chí, nguyện vọng của cán bộ, "
        "đảng viên và nhân dân trong huyện.",
    ),
    (
        "Normal",
        "2. Việc xây dựng báo cáo phải phát huy dân chủ, trí tuệ tập thể; tổ chức lấy ý kiến rộng rãi của cán "
        "bộ, đảng viên, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và các tầng lớp nhân dân.",
    ),
    (
        "Normal",
        "3. Báo cáo viết ngắn gọn, súc tích, dễ hiểu; độ dài không quá 25 trang khổ A4, không kể phụ lục; số "
        "liệu phải chính xác, có so sánh với đầu nhiệm kỳ và với mức bình quân chung của tỉnh.",
    ),
    ("Heading 1", "II. BỐ CỤC VÀ NỘI DUNG BÁO CÁO CHÍNH TRỊ"),
    ("Normal", "Báo cáo chính trị gồm hai phần và phần phụ lục số liệu, cụ thể như sau:"),
    ("Heading 2", "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015 - 2020"),
    ("Normal", "1. Kết quả đạt được"),
    (
        "Normal",
        "a) Đánh giá toàn diện kết quả thực hiện các chỉ tiêu chủ yếu mà Nghị quyết Đại hội nhiệm kỳ 2015 - "
        "2020 đã đề ra; nêu rõ số chỉ tiêu đạt, vượt và không đạt, kèm theo số liệu năm 2015 để so sánh.",
    ),
    (
        "Normal",
        "b) Về kinh tế: tốc độ tăng trưởng, chuyển dịch cơ cấu kinh tế, thu ngân sách, kết quả xây dựng nông "
        "thôn mới và thu hút đầu tư.",
    ),
    (
        "Normal",
        "c) Về văn hóa - xã hội: kết quả giáo dục, y tế, giảm nghèo, giải quyết việc làm và thực hiện chính "
        "sách an sinh xã hội.",
    ),
    (
        "Normal",
        "d) Về quốc phòng, an ninh: kết quả xây dựng khu vực phòng thủ, giữ vững an ninh chính trị, trật tự "
        "an toàn xã hội; công tác tiếp dân, giải quyết khiếu nại, tố cáo.",
    ),
    (
        "Normal",
        "đ) Về xây dựng Đảng và hệ thống chính trị: kết quả thực hiện Nghị quyết Trung ương 4 khóa XII, công "
        "tác cán bộ, công tác kiểm tra, giám sát, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu "
        "quả.",
    ),
    ("Normal", "2. Hạn chế, yếu kém và nguyên nhân"),
    (
        "Normal",
        "a) Nêu thẳng thắn những chỉ tiêu không đạt, những lĩnh vực còn yếu kém, những việc đã đề ra nhưng "
        "chưa làm được.",
    ),
    (
        "Normal",
        "b) Phân tích làm rõ nguyên nhân khách quan và chủ quan, trong đó tập trung vào nguyên nhân chủ quan, "
        "gắn với trách nhiệm của tập thể và người đứng đầu.",
    ),
    ("Normal", "3. Bài học kinh nghiệm"),
    (
        "Normal",
        "Rút ra từ 3 đến 5 bài học kinh nghiệm thiết thực, sát với thực tiễn lãnh đạo của đảng bộ, tránh chung "
        "chung, lặp lại các nhiệm kỳ trước.",
    ),
    ("Heading 2", "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025"),
    ("Normal", "1. Dự báo tình hình"),
    (
        "Normal",
        "Dự báo những thuận lợi, khó khăn, thời cơ và thách thức tác động đến sự phát triển của địa phương "
        "trong 5 năm tới, gắn với quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
    ),
    ("Normal", "2. Mục tiêu và các chỉ tiêu chủ yếu"),
    (
        "Normal",
        "a) Xác định mục tiêu tổng quát ngắn gọn, thể hiện khát vọng phát triển, phù hợp với mục tiêu chung "
        "của tỉnh.",
    ),
    (
        "Normal",
        "b) Hệ thống chỉ tiêu chủ yếu về kinh tế, xã hội, môi trường và xây dựng Đảng không quá 20 chỉ tiêu, "
        "bảo đảm lượng hóa được và có tính khả thi.",
    ),
    ("Normal", "3. Khâu đột phá, công trình trọng điểm"),
    (
        "Normal",
        "a) Bám sát ba đột phá chiến lược của tỉnh, chọn những vấn đề then chốt có tác động lan tỏa tới sự "
        "phát triển của toàn huyện.",
    ),
    (
        "Normal",
        "b) Xác định từ 2 đến 3 khâu đột phá, mỗi khâu đột phá có nội dung, lộ trình và nguồn lực thực hiện cụ "
        "thể.",
    ),
    (
        "Normal",
        "c) Lựa chọn không quá 5 công trình, dự án trọng điểm của nhiệm kỳ, nêu rõ nguồn vốn và thời gian "
        "hoàn thành.",
    ),
    ("Normal", "4. Nhiệm vụ, giải pháp trên các lĩnh vực"),
    (
        "Normal",
        "a) Kinh tế: phát triển công nghiệp, thương mại, dịch vụ; cơ cấu lại nông nghiệp gắn với xây dựng "
        "nông thôn mới nâng cao, nông thôn mới kiểu mẫu.",
    ),
    (
        "Normal",
        "b) Văn hóa - xã hội: nâng cao chất lượng giáo dục, chăm sóc sức khỏe nhân dân, bảo đảm an sinh xã "
        "hội, xây dựng đời sống văn hóa ở khu dân cư.",
    ),
    (
        "Normal",
        "c) Quốc phòng, an ninh: xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân vững chắc; chủ "
        "động phòng ngừa, không để bị động, bất ngờ.",
    ),
    ("Normal", "5. Xây dựng Đảng và hệ thống chính trị"),
    (
        "Normal",
        "a) Tăng cường xây dựng, chỉnh đốn Đảng; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở "
        "đảng và chất lượng đội ngũ đảng viên.",
    ),
    (
        "Normal",
        "b) Xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt cấp xã, đủ phẩm chất, năng lực, uy tín; làm tốt "
        "công tác quy hoạch, luân chuyển cán bộ.",
    ),
    (
        "Normal",
        "c) Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tập hợp, đoàn kết "
        "nhân dân, giám sát và phản biện xã hội.",
    ),
    ("Normal", "6. Phụ lục số liệu"),
    (
        "Normal",
        "Kèm theo báo cáo các biểu số liệu chỉ tiêu chủ yếu giai đoạn 2015 - 2020, có so sánh giữa năm 2015 và "
        "năm 2020 (ước thực hiện).",
    ),
    ("Heading 1", "III. YÊU CẦU ĐỐI VỚI MỘT SỐ ĐƠN VỊ"),
    (
        "Normal",
        "Ngoài những nội dung chung nêu trên, báo cáo chính trị của một số đơn vị cần làm rõ thêm những nội dung "
        "sau:",
    ),
    (
        "Normal",
        "1. Thành phố Chí Linh: làm rõ định hướng phát triển du lịch văn hóa - tâm linh gắn với Khu di tích "
        "Côn Sơn - Kiếp Bạc, Phượng Sơn; xác định lộ trình xây dựng thành phố đạt tiêu chí đô thị loại II "
        "trước năm 2025.",
    ),
    (
        "Normal",
        "2. Huyện Thanh Hà: đề ra giải pháp phát triển nông nghiệp hàng hóa, trọng tâm là mở rộng vùng sản "
        "xuất vải thiều theo tiêu chuẩn VietGAP, GlobalGAP phục vụ xuất khẩu; đánh giá đầy đủ tình trạng ô "
        "nhiễm môi trường nông thôn.",
    ),
    (
        "Normal",
        "3. Huyện Bình Giang và huyện Cẩm Giàng: làm rõ giải pháp thu hút đầu tư vào các khu, cụm công nghiệp "
        "dọc Quốc lộ 5 và đường cao tốc Hà Nội - Hải Phòng; quan tâm giải quyết nhà ở, thiết chế văn hóa cho "
        "công nhân.",
    ),
    (
        "Normal",
        "4. Thị xã Kinh Môn: đánh giá những vấn đề phát sinh sau khi thành lập thị xã; làm rõ giải pháp khắc "
        "phục ô nhiễm môi trường do khai thác khoáng sản và sản xuất xi măng, gắn với chuyển đổi cơ cấu kinh "
        "tế theo hướng dịch vụ.",
    ),
    ("Heading 1", "IV. TỔ CHỨC THỰC HIỆN"),
    (
        "Normal",
        "1. Ban Thường vụ các huyện ủy, thị ủy, thành ủy thành lập tiểu ban văn kiện do đồng chí bí thư làm "
        "trưởng tiểu ban; hoàn thành dự thảo báo cáo chính trị lần thứ nhất trước ngày 31/12/2019.",
    ),
    (
        "Normal",
        "2. Trước ngày 15/02/2020, gửi dự thảo báo cáo chính trị về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh "
        "ủy) để cho ý kiến; đồng thời gửi xin ý kiến các tổ chức cơ sở đảng trực thuộc.",
    ),
    (
        "Normal",
        "3. Trước ngày 30/4/2020, tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy, hoàn chỉnh dự thảo báo cáo chính "
        "trị để trình đại hội.",
    ),
    (
        "Normal",
        "4. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc, hướng dẫn thực "
        "hiện; định kỳ tổng hợp tình hình, báo cáo Ban Thường vụ Tỉnh ủy.",
    ),
    (
        "Normal",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Thường vụ Tỉnh ủy (qua Ban "
        "Tuyên giáo Tỉnh ủy) để được hướng dẫn.",
    ),
    (
        "Normal",
        "Nơi nhận: Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng (để báo cáo); các đồng chí Tỉnh ủy viên; "
        "các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy; lưu Văn phòng Tỉnh ủy.",
    ),
    ("Normal", "T/M BAN THƯỜNG VỤ"),
    ("Normal", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
    ("Normal", "Nguyễn Đức Toàn"),
]


def make_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)

    # Letterhead as a 2-column borderless table, like real party documents.
    table = doc.add_table(rows=2, cols=2)
    cells = [("ĐẢNG BỘ TỈNH HẢI DƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("TỈNH ỦY\n*", "")]
    for r, (left, right) in enumerate(cells):
        for c, text in enumerate((left, right)):
            cell = table.cell(r, c)
            cell.text = nfc(text)
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.bold = True

    center = {"Số 12-HD/TU", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Đức Toàn"}
    for style, text in DOCX_BODY:
        p = doc.add_paragraph(nfc(text), style=style)
        if text.startswith("Hải Dương, ngày"):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in p.runs:
                run.italic = True
        elif text in center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if text.isupper():
                for run in p.runs:
                    run.bold = True
        elif style == "Normal":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(path)


# ---------------------------------------------------------------------------------------------------------
# 2. TXT — Hướng dẫn số 45-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy (hard-wrapped plain text)
# ---------------------------------------------------------------------------------------------------------
# Each block: (kind, text). kind "raw" = emitted as is; "p" = wrapped at 78 columns; "b" = "- " bullet with a
# hanging indent; "bb" = "+ " sub-bullet. "gap" = a blank line. Blank lines are used in some sections only.
TXT_BLOCKS: list[tuple[str, str]] = [
    ("raw", "TỈNH ỦY HẢI DƯƠNG                          ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("raw", "BAN TUYÊN GIÁO"),
    ("raw", "      *"),
    ("raw", "Số 45-HD/BTGTU                    Hải Dương, ngày 06 tháng 01 năm 2020"),
    ("gap", ""),
    ("raw", "                               HƯỚNG DẪN"),
    ("raw", "      Một số nội dung về văn hóa - xã hội và công tác tuyên truyền trong"),
    ("raw", "      báo cáo chính trị trình đại hội đảng bộ cấp huyện, nhiệm kỳ 2020 - 2025"),
    ("gap", ""),
    (
        "p",
        "Căn cứ Hướng dẫn số 12-HD/TU ngày 20/11/2019 của Ban Thường vụ Tỉnh ủy về xây dựng báo cáo chính trị "
        "trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 - 2025, Ban Tuyên giáo Tỉnh ủy hướng dẫn một số nội dung "
        "cụ thể như sau:",
    ),
    ("gap", ""),
    ("raw", "I. YÊU CẦU CHUNG"),
    ("gap", ""),
    (
        "p",
        "1. Nội dung về văn hóa, xã hội trong báo cáo chính trị phải được đánh giá tương xứng với lĩnh vực kinh "
        "tế, tránh viết sơ sài hoặc chỉ liệt kê các hoạt động phong trào.",
    ),
    ("gap", ""),
    (
        "p",
        "2. Số liệu về văn hóa - xã hội phải lấy từ nguồn thống kê chính thức, thống nhất với số liệu của các sở, "
        "ngành của tỉnh; trường hợp có chênh lệch phải ghi rõ nguồn.",
    ),
    ("gap", ""),
    ("raw", "II. NỘI DUNG CỤ THỂ THEO TỪNG LĨNH VỰC"),
    ("gap", ""),
    ("raw", "1. Về văn hóa"),
    (
        "b",
        "Đánh giá kết quả thực hiện Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt "
        "Nam; tỷ lệ gia đình văn hóa, khu dân cư văn hóa.",
    ),
    (
        "b",
        "Nêu rõ việc bảo tồn, phát huy giá trị các di tích lịch sử - văn hóa, lễ hội truyền thống và di sản "
        "văn hóa phi vật thể trên địa bàn.",
    ),
    ("raw", "2. Về giáo dục và đào tạo"),
    ("b", "Nêu tỷ lệ trường đạt chuẩn quốc gia, có so sánh với năm 2015 và với bình quân chung của tỉnh."),
    (
        "b",
        "Đề ra giải pháp chuẩn bị đội ngũ giáo viên, cơ sở vật chất để thực hiện chương trình giáo dục phổ "
        "thông mới từ năm học 2020 - 2021.",
    ),
    ("raw", "3. Về y tế"),
    (
        "b",
        "Đánh giá kết quả xây dựng xã đạt Bộ tiêu chí quốc gia về y tế và tỷ lệ người dân tham gia bảo hiểm "
        "y tế.",
    ),
    ("b", "Chú trọng nâng cao năng lực y tế cơ sở, y tế dự phòng, chủ động phòng, chống dịch bệnh."),
    ("raw", "4. Về chuyển đổi số và cải cách hành chính"),
    (
        "b",
        "Báo cáo cần có nội dung về ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử, cung cấp dịch "
        "vụ công trực tuyến mức độ 3, mức độ 4, trong đó:",
    ),
    (
        "bb",
        "Nêu rõ tỷ lệ hồ sơ được giải quyết trực tuyến và kết quả chỉ số cải cách hành chính (PAR Index) của "
        "đơn vị;",
    ),
    ("bb", "Định hướng đào tạo kỹ năng số cho đội ngũ cán bộ, công chức cấp xã."),
    ("raw", "5. Về tài nguyên và môi trường"),
    (
        "b",
        "Đánh giá thực trạng thu gom, xử lý rác thải sinh hoạt ở khu vực nông thôn và tình trạng ô nhiễm nguồn "
        "nước trong hệ thống thủy nông Bắc Hưng Hải.",
    ),
    ("b", "Đề ra chỉ tiêu về tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đến năm 2025."),
    ("raw", "6. Về công tác tuyên truyền"),
    (
        "b",
        "Xây dựng đề cương tuyên truyền dự thảo báo cáo chính trị; tổ chức lấy ý kiến nhân dân qua hệ thống "
        "đài truyền thanh cơ sở và trang thông tin điện tử của huyện.",
    ),
    (
        "b",
        "Kịp thời nắm bắt, định hướng dư luận xã hội; đấu tranh phản bác các quan điểm sai trái, thù địch lợi "
        "dụng đại hội để xuyên tạc.",
    ),
    ("gap", ""),
    ("raw", "III. ĐỐI VỚI MỘT SỐ ĐƠN VỊ"),
    ("gap", ""),
    (
        "p",
        "1. Huyện Gia Lộc: đánh giá kết quả xây dựng huyện đạt chuẩn nông thôn mới; làm rõ giải pháp phát huy "
        "giá trị các di tích gắn với danh nhân văn hóa và các làng nghề truyền thống.",
    ),
    (
        "p",
        "2. Huyện Ninh Giang: làm rõ giải pháp giải quyết việc làm cho lao động nông thôn; quan tâm chăm sóc "
        "người cao tuổi, trẻ em có cha mẹ đi làm ăn xa; nâng cao chất lượng giáo dục ở các xã khó khăn.",
    ),
    (
        "p",
        "3. Thành phố Hải Dương: làm rõ định hướng xây dựng đô thị văn minh, thành phố thông minh; nâng cao "
        "chất lượng các thiết chế văn hóa, thể thao; xử lý dứt điểm tình trạng ngập úng cục bộ và rác thải đô "
        "thị.",
    ),
    (
        "p",
        "4. Huyện Tứ Kỳ: đánh giá kết quả thực hiện đề án phát triển văn hóa, thể thao giai đoạn 2016 - 2020; "
        "làm rõ giải pháp khai thác tiềm năng du lịch sinh thái ven sông Luộc và sông Thái Bình.",
    ),
    ("gap", ""),
    ("raw", "IV. TỔ CHỨC THỰC HIỆN"),
    ("gap", ""),
    (
        "p",
        "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy tham mưu cho cấp ủy triển khai thực hiện Hướng dẫn này; "
        "báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 31/3/2020. Quá trình thực hiện, nếu có vướng "
        "mắc, phản ánh về Ban Tuyên giáo Tỉnh ủy (Phòng Lý luận chính trị) để được hướng dẫn.",
    ),
    ("gap", ""),
    ("raw", "                                              K/T TRƯỞNG BAN"),
    ("raw", "                                              PHÓ TRƯỞNG BAN"),
    ("gap", ""),
    ("raw", "                                              Vũ Thị Hồng Hạnh"),
]


def make_txt(path: Path) -> None:
    out: list[str] = []
    for kind, text in TXT_BLOCKS:
        text = nfc(text)
        if kind == "raw":
            out.append(text)
        elif kind == "gap":
            out.append("")
        elif kind == "p":
            out.extend(textwrap.wrap(text, width=78, break_long_words=False, break_on_hyphens=False))
        elif kind == "b":
            out.extend(
                textwrap.wrap(
                    text,
                    width=78,
                    initial_indent="- ",
                    subsequent_indent="  ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        elif kind == "bb":
            out.extend(
                textwrap.wrap(
                    text,
                    width=78,
                    initial_indent="  + ",
                    subsequent_indent="    ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------
# 3. HTML — news article about the standing committee's comments on Gia Lộc, Ninh Giang, Thanh Hà
# ---------------------------------------------------------------------------------------------------------
NEWS_TITLE = "Dự thảo báo cáo chính trị phải bám sát thực tiễn, có giải pháp đột phá phù hợp từng địa phương"
NEWS_DATE = "THỨ BA, 17/03/2020 16:45:10"
NEWS_PARAS = [
    "Thường trực Tỉnh ủy đề nghị dự thảo Báo cáo chính trị của các huyện Gia Lộc, Ninh Giang và Thanh Hà tiếp tục "
    "rà soát số liệu, chỉ rõ nguyên nhân chủ quan của hạn chế và xác định giải pháp đột phá sát thực tiễn...",
    "Ngày 16.3, đồng chí Nguyễn Đức Toàn, Phó Bí thư Thường trực Tỉnh ủy chủ trì cuộc làm việc của Thường trực "
    "Tỉnh ủy với Ban Thường vụ các Huyện ủy Gia Lộc, Ninh Giang và Thanh Hà để cho ý kiến vào Dự thảo Báo cáo "
    "chính trị trình Đại hội Đảng bộ các huyện nhiệm kỳ 2020-2025.",
    "Phát biểu kết luận, đồng chí Nguyễn Đức Toàn ghi nhận các dự thảo đã được chuẩn bị công phu, bám sát hướng "
    "dẫn của Tỉnh ủy. Tuy nhiên, các huyện cần tiếp tục rà soát để bảo đảm số liệu trong báo cáo chính trị thống "
    "nhất với báo cáo kinh tế - xã hội của UBND huyện và số liệu của Cục Thống kê tỉnh.",
    "Về đánh giá hạn chế, đồng chí yêu cầu phải chỉ rõ nguyên nhân chủ quan, gắn với trách nhiệm của cấp ủy, "
    "chính quyền, tránh tình trạng nặng về liệt kê nguyên nhân khách quan. Các chỉ tiêu nhiệm kỳ tới phải vừa bảo "
    "đảm tính khả thi, vừa có tính thách thức để cả hệ thống chính trị nỗ lực phấn đấu.",
    "Về công tác xây dựng Đảng, các huyện cần đánh giá sâu hơn kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính "
    "trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với xây dựng đội ngũ "
    "cán bộ cơ sở.",
    "Đối với huyện Gia Lộc, Thường trực Tỉnh ủy đánh giá cao việc huyện đã cơ bản hoàn thành các tiêu chí huyện "
    "nông thôn mới. Huyện cần xác định rõ hướng phát triển công nghiệp ở khu vực phía Bắc huyện, gắn với tuyến "
    "đường 38B và đường vành đai I của tỉnh; phấn đấu đến năm 2025 thị trấn Gia Lộc mở rộng đạt các tiêu chí đô "
    "thị loại IV. Trong đó, cần chú trọng phát triển các vùng sản xuất rau màu hàng hóa tập trung.",
    "Với Ninh Giang, một huyện thuần nông còn nhiều khó khăn, Thường trực Tỉnh ủy lưu ý dự thảo cần đánh giá thẳng "
    "thắn những chỉ tiêu chưa đạt, nhất là thu ngân sách và thu hút đầu tư. Huyện cần tập trung hoàn thiện hạ "
    "tầng giao thông kết nối với Quốc lộ 37 và đường tỉnh 396, ưu tiên thu hút đầu tư vào các cụm công nghiệp để "
    "chuyển dịch cơ cấu lao động.",
    "Đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu Ninh Giang đặt mục tiêu đến năm 2025 ra khỏi nhóm các huyện có "
    "thu ngân sách thấp nhất tỉnh, đồng thời quan tâm hơn đến công tác phòng, chống sạt lở đê điều ven sông Luộc.",
    "Đối với Thanh Hà, đồng chí đề nghị huyện bổ sung giải pháp xây dựng, bảo vệ thương hiệu và truy xuất nguồn "
    "gốc vải thiều Thanh Hà; phát triển du lịch sinh thái miệt vườn gắn với mùa thu hoạch vải. Huyện cũng cần làm "
    "rõ lộ trình xây dựng huyện đạt chuẩn nông thôn mới trước năm 2022.",
    "Thường trực Tỉnh ủy đề nghị Ban Thường vụ các huyện ủy tiếp thu đầy đủ các ý kiến, hoàn chỉnh dự thảo Báo cáo "
    "chính trị và gửi lại Văn phòng Tỉnh ủy trước ngày 10/4/2020.",
    "MINH ĐỨC",
]


def make_html(path: Path) -> None:
    import html

    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(NEWS_TITLE)}</title>",
        "</head>",
        "<body>",
        "<article>",
        f"<h1>{html.escape(NEWS_TITLE)}</h1>",
        f'<p class="date">{html.escape(NEWS_DATE)}</p>',
        f'<p class="sapo"><strong>{html.escape(NEWS_PARAS[0])}</strong></p>',
    ]
    for para in NEWS_PARAS[1:-1]:
        parts.append(f"<p>{html.escape(para)}</p>")
    parts.append(f'<p class="author"><strong>{html.escape(NEWS_PARAS[-1])}</strong></p>')
    parts += ["</article>", "</body>", "</html>"]
    path.write_text(nfc("\n".join(parts)) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------
# 4. PDF — Báo cáo chính trị huyện Thanh Hà (đánh giá 2015 - 2020, phương hướng 2020 - 2025)
# ---------------------------------------------------------------------------------------------------------
# (kind, text): "center" / "h1" (big bold) / "h2" (bold) / "p" (justified body)
REPORT: list[tuple[str, str]] = [
    ("center", "ĐẢNG BỘ TỈNH HẢI DƯƠNG"),
    ("center", "HUYỆN ỦY THANH HÀ"),
    ("center", "Thanh Hà, ngày 28 tháng 7 năm 2020"),
    ("title", "BÁO CÁO CHÍNH TRỊ"),
    (
        "center",
        "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXVIII, "
        "NHIỆM KỲ 2020 - 2025",
    ),
    (
        "p",
        "Nhiệm kỳ 2015 - 2020, Đảng bộ và nhân dân huyện Thanh Hà thực hiện Nghị quyết Đại hội Đảng bộ huyện lần "
        "thứ XXVII trong bối cảnh có nhiều thuận lợi nhưng cũng không ít khó khăn, thách thức. Giá cả nông sản, "
        "nhất là giá vải thiều, biến động thất thường; thời tiết diễn biến phức tạp; đầu năm 2020, dịch bệnh "
        "Covid-19 ảnh hưởng nặng nề đến sản xuất và tiêu thụ nông sản. Được sự lãnh đạo, chỉ đạo sát sao của "
        "Tỉnh ủy, HĐND, UBND tỉnh, sự đoàn kết, nỗ lực của cả hệ thống chính trị và nhân dân, Đảng bộ huyện đã "
        "hoàn thành và hoàn thành vượt mức phần lớn các chỉ tiêu chủ yếu mà Đại hội đề ra.",
    ),
    ("h1", "PHẦN THỨ NHẤT"),
    ("h1", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXVII, NHIỆM KỲ 2015 - 2020"),
    ("h2", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    (
        "p",
        "1. Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2015 - 2020 đạt 9,8%/năm, vượt mục tiêu Nghị quyết "
        "Đại hội đề ra (8,5 - 9%/năm). Quy mô nền kinh tế năm 2020 ước gấp 1,6 lần năm 2015. Cơ cấu kinh tế "
        "chuyển dịch đúng hướng: tỷ trọng nông, lâm nghiệp, thủy sản giảm từ 31,4% năm 2015 xuống còn 21,7% năm "
        "2020; công nghiệp - xây dựng tăng từ 36,2% lên 45,1%; thương mại - dịch vụ chiếm 33,2%.",
    ),
    (
        "p",
        "2. Thu ngân sách nhà nước trên địa bàn tăng khá qua các năm. Năm 2015 đạt 118,6 tỷ đồng; năm 2017 đạt "
        "156,2 tỷ đồng; năm 2019 đạt 205,4 tỷ đồng, gấp 1,73 lần năm 2015; năm 2020 ước đạt 190 tỷ đồng do ảnh "
        "hưởng của dịch Covid-19. Chi ngân sách cơ bản bảo đảm các nhiệm vụ chi thường xuyên và dành nguồn lực "
        "cho đầu tư phát triển.",
    ),
    (
        "p",
        "3. Sản xuất nông nghiệp phát triển theo hướng hàng hóa, nâng cao giá trị gia tăng. Tổng diện tích vải "
        "thiều toàn huyện duy trì khoảng 6.200 ha, trong đó vùng vải an toàn theo tiêu chuẩn VietGAP đạt 3.150 "
        "ha, tăng 1.400 ha so với năm 2015; có 185 ha đạt tiêu chuẩn GlobalGAP và 22 mã số vùng trồng được cấp "
        'để xuất khẩu sang Nhật Bản, Hoa Kỳ, Australia. Chỉ dẫn địa lý "Thanh Hà" cho sản phẩm quả vải thiều '
        "tiếp tục được quản lý, khai thác hiệu quả. Giá trị sản xuất trên 1 ha đất canh tác năm 2020 ước đạt 186 "
        "triệu đồng.",
    ),
    (
        "p",
        "4. Chương trình xây dựng nông thôn mới đạt kết quả nổi bật. Đến hết năm 2019, toàn huyện có 21/24 xã "
        "đạt chuẩn nông thôn mới, tăng 14 xã so với năm 2015; 2 xã đạt chuẩn nông thôn mới nâng cao. Hạ tầng "
        "giao thông nông thôn, thủy lợi, trường học, trạm y tế được đầu tư đồng bộ; bộ mặt nông thôn có nhiều "
        "khởi sắc.",
    ),
    (
        "p",
        "5. Công nghiệp, tiểu thủ công nghiệp có bước phát triển. Cụm công nghiệp Thanh Hải và Cụm công nghiệp "
        "Hợp Đức được đầu tư hạ tầng, thu hút 27 dự án với tổng vốn đăng ký 2.450 tỷ đồng, tạo việc làm cho hơn "
        "4.800 lao động. Thương mại, dịch vụ phát triển khá; du lịch sinh thái miệt vườn bước đầu được hình "
        "thành tại các xã ven sông.",
    ),
    (
        "p",
        "6. Văn hóa - xã hội có nhiều tiến bộ. Thu nhập bình quân đầu người năm 2019 đạt 56,5 triệu đồng, tăng "
        "18,5 triệu đồng so với năm 2015. Tỷ lệ hộ nghèo giảm từ 4,2% năm 2015 xuống còn 1,6% năm 2019. Có 72/79 "
        "trường đạt chuẩn quốc gia, đạt 91,1%; 100% xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế; tỷ lệ người "
        'dân tham gia bảo hiểm y tế đạt 88,6%. Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" được '
        "triển khai sâu rộng, tỷ lệ gia đình văn hóa đạt 89,2%.",
    ),
    (
        "p",
        "7. Quốc phòng, an ninh được giữ vững. Huyện tổ chức thành công diễn tập khu vực phòng thủ năm 2018, "
        "được Bộ Tư lệnh Quân khu 3 đánh giá đạt loại giỏi. Tình hình an ninh chính trị, trật tự an toàn xã hội "
        "ổn định; công tác tiếp dân, giải quyết khiếu nại, tố cáo được quan tâm, không để phát sinh điểm nóng.",
    ),
    (
        "p",
        "8. Công tác xây dựng Đảng và hệ thống chính trị được tăng cường. Việc thực hiện Nghị quyết Trung ương 4 "
        "khóa XII gắn với Chỉ thị số 05-CT/TW được triển khai nghiêm túc. Nhiệm kỳ qua, Đảng bộ kết nạp được 1.215 "
        "đảng viên mới; hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Việc sắp xếp, "
        "sáp nhập các đơn vị hành chính cấp xã và thôn, khu dân cư được thực hiện đúng lộ trình, bảo đảm ổn định.",
    ),
    ("h2", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    (
        "p",
        "1. Quy mô kinh tế còn nhỏ, chuyển dịch cơ cấu kinh tế còn chậm so với yêu cầu; có 3/22 chỉ tiêu không "
        "đạt, gồm: thu ngân sách năm 2020, tỷ lệ lao động qua đào tạo có chứng chỉ và tỷ lệ đô thị hóa. Thu hút "
        "đầu tư vào các cụm công nghiệp chưa đạt kỳ vọng; sản xuất vải thiều vẫn phụ thuộc nhiều vào thị trường "
        "Trung Quốc, khâu bảo quản, chế biến sâu còn yếu.",
    ),
    (
        "p",
        "2. Ô nhiễm môi trường nông thôn có xu hướng gia tăng, nhất là do bao bì thuốc bảo vệ thực vật, rác thải "
        "sinh hoạt và chất thải chăn nuôi; việc thu gom, xử lý rác thải ở một số xã chưa kịp thời. Chất lượng "
        "giáo dục mũi nhọn, công tác quản lý đất đai, trật tự xây dựng còn hạn chế.",
    ),
    (
        "p",
        "3. Nguyên nhân khách quan là do điểm xuất phát của huyện thấp, là huyện thuần nông, bị chia cắt bởi "
        "các con sông lớn; dịch bệnh và thiên tai ảnh hưởng đến sản xuất. Nguyên nhân chủ quan là do một số cấp "
        "ủy, chính quyền cơ sở chưa quyết liệt, còn tư tưởng trông chờ; năng lực tham mưu của một bộ phận cán bộ "
        "còn hạn chế; việc phối hợp giữa các ngành chưa chặt chẽ.",
    ),
    ("h2", "III. BÀI HỌC KINH NGHIỆM"),
    (
        "p",
        "Một là, phải giữ vững đoàn kết, thống nhất trong Đảng bộ, phát huy sức mạnh của cả hệ thống chính trị. "
        "Hai là, phải bám sát thực tiễn, phát huy lợi thế cây vải thiều và vị trí cửa ngõ giáp thành phố Hải "
        "Phòng để chọn đúng khâu đột phá. Ba là, người đứng đầu phải gương mẫu, quyết liệt, dám nghĩ, dám làm, "
        "dám chịu trách nhiệm. Bốn là, phải lấy sự hài lòng của nhân dân làm thước đo hiệu quả công việc.",
    ),
    ("h1", "PHẦN THỨ HAI"),
    ("h1", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025"),
    ("h2", "I. MỤC TIÊU TỔNG QUÁT"),
    (
        "p",
        "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân; "
        "khai thác hiệu quả tiềm năng, lợi thế, phát triển kinh tế nhanh và bền vững, trọng tâm là nông nghiệp "
        "hàng hóa chất lượng cao và công nghiệp sạch; xây dựng Thanh Hà trở thành huyện nông thôn mới kiểu mẫu, "
        "có một số tiêu chí đô thị trước năm 2030.",
    ),
    ("h2", "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025"),
    ("p", "1. Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2020 - 2025 đạt 10 - 10,5%/năm."),
    ("p", "2. Thu ngân sách nhà nước trên địa bàn đến năm 2025 đạt 350 tỷ đồng."),
    ("p", "3. Thu nhập bình quân đầu người năm 2025 đạt 85 triệu đồng."),
    (
        "p",
        "4. Huyện đạt chuẩn nông thôn mới trước năm 2023; có ít nhất 8 xã đạt chuẩn nông thôn mới nâng cao và 3 "
        "xã đạt chuẩn nông thôn mới kiểu mẫu.",
    ),
    ("p", "5. Diện tích vùng vải an toàn đạt 4.500 ha, trong đó 400 ha đạt tiêu chuẩn GlobalGAP."),
    (
        "p",
        "6. Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2021 - 2025) giảm bình quân 0,5%/năm; tỷ lệ lao động qua đào "
        "tạo đạt 75%.",
    ),
    ("p", "7. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 95%."),
    (
        "p",
        "8. Hằng năm kết nạp từ 230 đảng viên mới trở lên; trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
    ),
    ("h2", "III. KHÂU ĐỘT PHÁ VÀ CÔNG TRÌNH TRỌNG ĐIỂM"),
    (
        "p",
        "Nhiệm kỳ 2020 - 2025 tập trung vào 3 khâu đột phá: (1) hoàn thiện hạ tầng giao thông kết nối, trọng "
        "tâm là tuyến đường trục trung tâm huyện và các cầu vượt sông; (2) phát triển nông nghiệp hàng hóa, xây "
        "dựng thương hiệu vải thiều gắn với chế biến, bảo quản sau thu hoạch; (3) đẩy mạnh cải cách hành chính, "
        "cải thiện môi trường đầu tư. Các công trình trọng điểm gồm: tuyến đường trục trung tâm huyện, Trung tâm "
        "văn hóa - thể thao huyện, mở rộng Cụm công nghiệp Thanh Hải và khu xử lý chất thải rắn tập trung.",
    ),
    ("h2", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    (
        "p",
        "1. Phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; mở rộng vùng vải an toàn, tăng "
        "diện tích đạt tiêu chuẩn GlobalGAP; đa dạng hóa thị trường tiêu thụ, giảm phụ thuộc vào một thị trường. "
        "Khuyến khích doanh nghiệp đầu tư cơ sở sơ chế, bảo quản lạnh, chế biến vải và các loại nông sản.",
    ),
    (
        "p",
        "2. Thu hút đầu tư có chọn lọc vào các cụm công nghiệp, ưu tiên dự án công nghệ sạch, thân thiện môi "
        "trường. Phát triển thương mại, dịch vụ và du lịch sinh thái miệt vườn gắn với các di tích lịch sử - "
        "văn hóa trên địa bàn.",
    ),
    (
        "p",
        "3. Tăng cường quản lý tài nguyên, bảo vệ môi trường; xây dựng mô hình thu gom bao bì thuốc bảo vệ thực "
        "vật tại 100% thôn, khu dân cư; xử lý dứt điểm các điểm tập kết rác thải tự phát.",
    ),
    (
        "p",
        "4. Tiếp tục nâng cao chất lượng giáo dục, y tế, văn hóa; bảo đảm an sinh xã hội; củng cố quốc phòng, "
        "an ninh, xây dựng khu vực phòng thủ huyện vững chắc. Đẩy mạnh xây dựng, chỉnh đốn Đảng, xây dựng đội "
        "ngũ cán bộ các cấp, nhất là người đứng đầu, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.",
    ),
    (
        "p",
        "Với truyền thống đoàn kết, cách mạng, Đảng bộ và nhân dân huyện Thanh Hà quyết tâm thực hiện thắng lợi "
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020 - 2025, xây dựng quê hương ngày càng "
        "giàu đẹp, văn minh.",
    ),
    ("right", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN THANH HÀ"),
]


def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 10, f"{self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    for kind, text in REPORT:
        text = nfc(text)
        if kind == "center":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "title":
            pdf.ln(4)
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.ln(6)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(0, 6.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------------------
# 5. MD — Thông báo kết luận của Ban Thường vụ Tỉnh ủy (Kim Thành, Kinh Môn, Cẩm Giàng)
# ---------------------------------------------------------------------------------------------------------
MD_TEXT = """\
# THÔNG BÁO KẾT LUẬN của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội Đảng bộ huyện Kim Thành, thị xã Kinh Môn và huyện Cẩm Giàng, nhiệm kỳ 2020 - 2025

**TỈNH ỦY HẢI DƯƠNG** — Số 215-TB/TU — Hải Dương, ngày 25 tháng 3 năm 2020

Ngày 23/3/2020, Ban Thường vụ Tỉnh ủy họp, nghe Ban Thường vụ Huyện ủy Kim Thành, Thị ủy Kinh Môn và Huyện ủy Cẩm Giàng báo cáo dự thảo báo cáo chính trị trình đại hội đảng bộ nhiệm kỳ 2020 - 2025. Sau khi nghe ý kiến của các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực Tỉnh ủy kết luận như sau:

## I. Ý kiến chung

Các dự thảo báo cáo đã được chuẩn bị nghiêm túc, bám sát Hướng dẫn số 12-HD/TU của Ban Thường vụ Tỉnh ủy, phản ánh tương đối toàn diện kết quả nhiệm kỳ 2015 - 2020. Để hoàn thiện dự thảo, đề nghị các đơn vị lưu ý:

1. Rà soát, thống nhất số liệu giữa các phần của báo cáo; số liệu năm 2020 ghi là số ước thực hiện và cập nhật khi có số liệu chính thức.
2. Bổ sung đánh giá tác động của dịch bệnh Covid-19 đến phát triển kinh tế - xã hội của địa phương và đề ra giải pháp thích ứng, phục hồi sản xuất.
3. Phần bài học kinh nghiệm viết ngắn gọn, không quá 4 bài học, phản ánh đúng đặc thù lãnh đạo của đảng bộ.
4. Mỗi khâu đột phá phải gắn với nguồn lực thực hiện cụ thể, tránh dàn trải, hình thức.
5. Nêu rõ việc thực hiện chủ trương bí thư cấp ủy đồng thời là chủ tịch UBND cấp xã ở những nơi đủ điều kiện.

## II. Ý kiến đối với từng đơn vị

### 1. Huyện Kim Thành

1. Làm rõ lợi thế của đường cao tốc Hà Nội - Hải Phòng và Quốc lộ 17B trong thu hút đầu tư vào Khu công nghiệp Kim Thành, Khu công nghiệp Phú Thái.
2. Bổ sung giải pháp phát triển đô thị Phú Thái theo hướng đô thị công nghiệp - dịch vụ, gắn với quy hoạch chung của huyện.

### 2. Thị xã Kinh Môn

1. Đánh giá cụ thể việc kiện toàn bộ máy chính quyền đô thị sau khi thành lập thị xã và 14 phường; tiếp tục khắc phục các tiêu chí đô thị còn thiếu.
2. Xác định mục tiêu xây dựng thị xã Kinh Môn trở thành thành phố trực thuộc tỉnh trước năm 2030.
3. Bổ sung giải pháp phát triển du lịch gắn với cụm di tích An Phụ - Kính Chủ - Nhẫm Dương.

### 3. Huyện Cẩm Giàng

1. Làm rõ giải pháp bảo tồn, phát huy giá trị Văn Miếu Mao Điền gắn với phát triển du lịch văn hóa.
2. Đánh giá tình trạng ô nhiễm môi trường tại các khu, cụm công nghiệp và làng nghề; đề ra chỉ tiêu cụ thể về xử lý nước thải công nghiệp.
3. Nghiên cứu phát triển dịch vụ logistics dọc Quốc lộ 5 và tuyến đường sắt Hà Nội - Hải Phòng.

## III. Tổ chức thực hiện

1. Ban Thường vụ Huyện ủy Kim Thành, Thị ủy Kinh Môn và Huyện ủy Cẩm Giàng tiếp thu, hoàn chỉnh dự thảo, gửi Văn phòng Tỉnh ủy trước ngày 15/4/2020.
2. Giao Ban Tuyên giáo Tỉnh ủy theo dõi, hướng dẫn các đơn vị hoàn chỉnh dự thảo báo cáo chính trị.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Đỗ Minh Khang
"""


def main() -> None:
    GUIDANCE.mkdir(parents=True, exist_ok=True)
    REPORTS.mkdir(parents=True, exist_ok=True)
    make_docx(GUIDANCE / "huong-dan-12-HD-TU-bao-cao-chinh-tri.docx")
    make_txt(GUIDANCE / "ke-hoach-ban-tuyen-giao.txt")
    make_html(GUIDANCE / "tin-gop-y-du-thao-gia-loc-ninh-giang.html")
    make_pdf(REPORTS / "bao-cao-chinh-tri-thanh-ha-2015-2020.pdf")
    (GUIDANCE / "ket-luan-ban-thuong-vu.md").write_text(nfc(MD_TEXT), encoding="utf-8")
    for p in sorted(CORPUS.rglob("*")):
        if p.is_file():
            print(p.relative_to(HERE), p.stat().st_size)


if __name__ == "__main__":
    main()
