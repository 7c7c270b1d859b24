"""Generate a fresh, independent test document (Word) and check the questions written against it.

Writes:  tests/data/fresh/corpus/guidance/de-cuong-goi-y-bao-cao-chinh-tri-2025.docx
Checks:  tests/data/fresh/fresh_docx.jsonl  (schema + every gold/expect/forbid phrase occurs verbatim)

Run from the repo root:  .venv/bin/python tests/data/fresh/make_fresh_docx.py

All content is fictional, written in the style of a real Hải Dương provincial party document (NFC Vietnamese).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus" / "guidance" / "de-cuong-goi-y-bao-cao-chinh-tri-2025.docx"
QUESTIONS = HERE / "fresh_docx.jsonl"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


LETTERHEAD_LEFT = [
    ("ĐẢNG BỘ TỈNH HẢI DƯƠNG", False, False),
    ("BAN TỔ CHỨC TỈNH ỦY", True, False),
    ("*", False, False),
    ("Số 08-HD/BTCTU", False, False),
]
LETTERHEAD_RIGHT = [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False),
    ("", False, False),
    ("", False, False),
    ("Hải Dương, ngày 14 tháng 02 năm 2025", False, True),
]

# (style, text). Markers ("1.", "a)", "-", "+") are typed in the text like real Word files.
# The marker "TABLE" inserts the timetable at that point.
BODY: list[tuple[str, str]] = [
    (
        "Title",
        "ĐỀ CƯƠNG GỢI Ý xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030",
    ),
    (
        "Normal",
        "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội "
        "đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 286-KH/TU ngày 09/9/2024 của Ban Thường vụ Tỉnh ủy về "
        "tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; sau khi thống nhất với Ban Tuyên giáo Tỉnh ủy và Văn "
        "phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy ban hành đề cương gợi ý để các huyện ủy, thị ủy, thành ủy tham khảo, vận "
        "dụng trong quá trình xây dựng dự thảo báo cáo chính trị trình đại hội, cụ thể như sau:",
    ),
    (
        "Normal",
        "Đề cương này mang tính gợi ý. Căn cứ đặc điểm, tình hình thực tế, các địa phương có thể bổ sung, điều chỉnh "
        "bố cục cho phù hợp nhưng phải bảo đảm đầy đủ các nội dung cơ bản nêu tại Phần thứ hai.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("Heading 1", "Phần thứ nhất: MỤC ĐÍCH, YÊU CẦU CHUNG"),
    ("Heading 2", "I. MỤC ĐÍCH"),
    (
        "Normal",
        "1. Báo cáo chính trị là văn kiện quan trọng nhất trình đại hội, kết tinh trí tuệ của toàn Đảng bộ; tổng kết "
        "toàn diện việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 và quyết định phương hướng, mục tiêu, nhiệm "
        "vụ, giải pháp cho nhiệm kỳ 2025 - 2030.",
    ),
    (
        "Normal",
        "2. Quá trình xây dựng báo cáo là dịp để phát huy dân chủ, huy động trí tuệ của cán bộ, đảng viên và nhân dân; "
        "tạo sự thống nhất cao về nhận thức và hành động trước khi đại hội diễn ra.",
    ),
    ("Heading 2", "II. YÊU CẦU VỀ NỘI DUNG VÀ HÌNH THỨC"),
    ("Normal", "1. Về nội dung"),
    (
        "Normal",
        "- Đánh giá đúng thực chất, khách quan, có phân tích, so sánh; không né tránh hạn chế, khuyết điểm, không "
        '"tô hồng" thành tích.',
    ),
    (
        "Normal",
        "- Phương hướng, nhiệm vụ nhiệm kỳ mới phải bám sát dự thảo văn kiện Đại hội XIV của Đảng, dự thảo văn kiện "
        "Đại hội XVIII Đảng bộ tỉnh và Quy hoạch tỉnh Hải Dương thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
    ),
    (
        "Normal",
        '- Cần thể hiện rõ tinh thần đổi mới tư duy, "nói đi đôi với làm"; các giải pháp phải khả thi, gắn với '
        "nguồn lực cụ thể và phân công rõ trách nhiệm tổ chức thực hiện.",
    ),
    ("Normal", "2. Về hình thức, dung lượng"),
    (
        "Normal",
        "- Báo cáo chính trị dài không quá 30 trang khổ A4 (phông chữ Times New Roman, cỡ chữ 14), không kể phụ lục "
        "số liệu.",
    ),
    (
        "Normal",
        "- Phần đánh giá kết quả nhiệm kỳ chiếm khoảng 40% dung lượng; phần phương hướng, nhiệm vụ nhiệm kỳ mới chiếm "
        "khoảng 60% dung lượng.",
    ),
    (
        "Normal",
        "- Số liệu đánh giá tính đến hết ngày 30/6/2025 và ước thực hiện đến hết năm 2025; số liệu phải được cơ quan "
        "thống kê cấp huyện thẩm định trước khi đưa vào báo cáo.",
    ),
    (
        "Normal",
        "- Phụ lục kèm theo gồm không quá 06 biểu số liệu, có so sánh với năm 2020 là năm đầu nhiệm kỳ.",
    ),
    (
        "Normal",
        "- Ngôn ngữ trong sáng, mạch lạc, hạn chế dùng từ viết tắt và thuật ngữ nước ngoài; đề nghị không trích dẫn "
        "dài các văn bản của cấp trên.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("Heading 1", "Phần thứ hai: GỢI Ý BỐ CỤC, NỘI DUNG BÁO CÁO CHÍNH TRỊ"),
    (
        "Normal",
        "Tiêu đề báo cáo chính trị cần khái quát được chủ đề đại hội, ngắn gọn, không quá 35 chữ. Báo cáo gồm phần "
        "mở đầu và hai phần lớn như sau:",
    ),
    ("Heading 2", "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025"),
    ("Normal", "1. Bối cảnh thực hiện Nghị quyết"),
    (
        "Normal",
        "Nêu ngắn gọn, trong khoảng 01 trang, những thuận lợi, khó khăn tác động đến việc thực hiện nhiệm vụ; lưu ý "
        "các yếu tố đặc thù của nhiệm kỳ như đại dịch COVID-19 trong hai năm 2020 - 2021, cơn bão số 3 (bão Yagi) năm "
        "2024 và việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025.",
    ),
    ("Normal", "2. Kết quả đạt được trên các lĩnh vực"),
    ("Normal", "2.1. Về phát triển kinh tế"),
    (
        "Normal",
        "- Làm rõ tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm, sự chuyển dịch cơ cấu kinh tế, thu ngân "
        "sách nhà nước trên địa bàn và tổng vốn đầu tư toàn xã hội cả nhiệm kỳ.",
    ),
    ("Normal", "- Đối với nông nghiệp, cần nêu:"),
    ("Normal", "+ Kết quả tích tụ, tập trung ruộng đất và hình thành vùng sản xuất hàng hóa;"),
    ("Normal", "+ Số xã đạt chuẩn nông thôn mới nâng cao, nông thôn mới kiểu mẫu;"),
    ("Normal", "+ Số sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên."),
    (
        "Normal",
        "- Đối với công nghiệp, dịch vụ: nêu tỷ lệ lấp đầy các khu, cụm công nghiệp; kết quả phát triển thương mại, "
        "du lịch và dịch vụ logistics.",
    ),
    ("Normal", "2.2. Về văn hóa - xã hội, môi trường"),
    (
        "Normal",
        "- Đánh giá việc thực hiện chính sách an sinh xã hội, giảm nghèo, giải quyết việc làm; chất lượng giáo dục và "
        "tỷ lệ trường đạt chuẩn quốc gia; công tác chăm sóc sức khỏe nhân dân.",
    ),
    (
        "Normal",
        "- Nêu rõ kết quả thu gom, xử lý rác thải sinh hoạt và nước thải khu dân cư; những điểm nóng về môi trường "
        "còn tồn tại.",
    ),
    ("Normal", "2.3. Về quốc phòng, an ninh"),
    (
        "Normal",
        "Đánh giá kết quả xây dựng khu vực phòng thủ, công tác tuyển quân; tình hình an ninh nông thôn, khiếu nại, "
        "tố cáo đông người, tai nạn giao thông và tội phạm về ma túy.",
    ),
    ("Normal", "2.4. Về xây dựng Đảng và hệ thống chính trị"),
    (
        "Normal",
        "a) Công tác chính trị, tư tưởng: kết quả học tập, quán triệt các nghị quyết; việc thực hiện Kết luận số "
        "01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
    ),
    (
        "Normal",
        "b) Công tác tổ chức, cán bộ: kết quả sắp xếp tổ chức bộ máy tinh gọn; chất lượng đội ngũ cán bộ sau sắp xếp "
        "đơn vị hành chính; nêu rõ số đảng viên được kết nạp trong nhiệm kỳ.",
    ),
    (
        "Normal",
        "c) Công tác kiểm tra, giám sát và phòng, chống tham nhũng, lãng phí, tiêu cực: nêu số tổ chức đảng, đảng "
        "viên bị thi hành kỷ luật trong nhiệm kỳ.",
    ),
    (
        "Normal",
        "d) Hoạt động của chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; việc thực hiện quy chế "
        "dân chủ ở cơ sở.",
    ),
    ("Normal", "3. Hạn chế, khuyết điểm và nguyên nhân"),
    (
        "Normal",
        "- Chỉ ra cụ thể từng chỉ tiêu chưa hoàn thành, kèm theo mức chênh lệch so với mục tiêu Nghị quyết đề ra.",
    ),
    (
        "Normal",
        "- Nêu rõ những nhiệm vụ, công trình trọng điểm chậm tiến độ và địa chỉ trách nhiệm cụ thể.",
    ),
    (
        "Normal",
        "- Khi phân tích nguyên nhân, lấy nguyên nhân chủ quan làm chính; gắn với trách nhiệm của ban chấp hành, ban "
        "thường vụ và cá nhân người đứng đầu cấp ủy.",
    ),
    ("Normal", "4. Bài học kinh nghiệm"),
    (
        "Normal",
        "Rút ra không quá 04 bài học kinh nghiệm có tính đặc thù của địa phương, tránh lặp lại các bài học đã nêu trong "
        "báo cáo chính trị nhiệm kỳ trước.",
    ),
    ("Heading 2", "II. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030"),
    ("Normal", "1. Dự báo tình hình"),
    (
        "Normal",
        "Dự báo ngắn gọn bối cảnh quốc tế, trong nước và của tỉnh tác động đến địa phương; lưu ý tác động của việc "
        "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW của Ban Chấp "
        "hành Trung ương khóa XII.",
    ),
    ("Normal", "2. Mục tiêu tổng quát"),
    (
        "Normal",
        "Xác định mục tiêu tổng quát ngắn gọn, trong khoảng từ 5 đến 7 dòng, thể hiện khát vọng phát triển và phù hợp "
        "với vị trí, tiềm năng của địa phương.",
    ),
    ("Normal", "3. Các chỉ tiêu chủ yếu"),
    ("Normal", "Hệ thống chỉ tiêu gồm từ 18 đến 22 chỉ tiêu, chia thành 3 nhóm:"),
    (
        "Normal",
        "a) Nhóm chỉ tiêu về kinh tế (từ 7 đến 9 chỉ tiêu): tốc độ tăng giá trị sản xuất, cơ cấu kinh tế, thu ngân "
        "sách, thu nhập bình quân đầu người.",
    ),
    (
        "Normal",
        "b) Nhóm chỉ tiêu về văn hóa - xã hội và môi trường (từ 8 đến 10 chỉ tiêu): tỷ lệ hộ nghèo, tỷ lệ lao động qua "
        "đào tạo, tỷ lệ dân số tham gia bảo hiểm y tế, tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý.",
    ),
    (
        "Normal",
        "c) Nhóm chỉ tiêu về xây dựng Đảng (từ 3 đến 4 chỉ tiêu): tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ "
        "trở lên đạt trên 90% hằng năm; số đảng viên kết nạp mới trong nhiệm kỳ.",
    ),
    (
        "Normal",
        "Lưu ý: mỗi chỉ tiêu phải có cơ sở tính toán, có thể đo lường được; không đưa vào báo cáo các chỉ tiêu đã có "
        "trong chương trình công tác thường xuyên của chính quyền.",
    ),
    ("Normal", "4. Nhiệm vụ, giải pháp"),
    (
        "Normal",
        "- Xác định từ 5 đến 7 nhóm nhiệm vụ, giải pháp chủ yếu, tương ứng với các lĩnh vực đã đánh giá ở mục I.",
    ),
    (
        "Normal",
        "- Lựa chọn không quá 03 đột phá chiến lược và xác định rõ các công trình, dự án trọng điểm của nhiệm kỳ; mỗi "
        "đột phá cần có lộ trình, nguồn lực và cơ quan chủ trì thực hiện.",
    ),
    (
        "Normal",
        "- Giải pháp về chuyển đổi số phải được trình bày thành một mục riêng, gắn với việc thực hiện Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
        "chuyển đổi số quốc gia.",
    ),
    (
        "Normal",
        "- Nêu rõ giải pháp xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt cấp xã sau sắp xếp.",
    ),
    ("Normal", "5. Tổ chức thực hiện"),
    (
        "Normal",
        "Chương trình hành động thực hiện Nghị quyết đại hội phải được ban hành trong thời hạn 45 ngày kể từ ngày bế "
        "mạc đại hội, trong đó phân công cụ thể cơ quan chủ trì, thời gian hoàn thành.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("Heading 1", "Phần thứ ba: TỔ CHỨC XÂY DỰNG DỰ THẢO BÁO CÁO"),
    ("Heading 2", "I. THÀNH LẬP TỔ BIÊN TẬP"),
    (
        "Normal",
        "1. Ban Thường vụ huyện ủy, thị ủy, thành ủy thành lập Tổ biên tập báo cáo chính trị do đồng chí bí thư cấp ủy "
        "làm tổ trưởng; thành viên gồm lãnh đạo các ban xây dựng Đảng, Văn phòng cấp ủy, phòng Tài chính - Kế hoạch "
        "và cơ quan thống kê cấp huyện, số lượng từ 7 đến 11 thành viên.",
    ),
    (
        "Normal",
        "2. Tổ biên tập phải xây dựng đề cương chi tiết, báo cáo Ban Thường vụ cho ý kiến trước khi viết dự thảo.",
    ),
    ("Heading 2", "II. LẤY Ý KIẾN ĐÓNG GÓP VÀO DỰ THẢO"),
    (
        "Normal",
        "1. Dự thảo phải được gửi xin ý kiến các đồng chí nguyên là ủy viên ban thường vụ cấp ủy qua các thời kỳ, các "
        "chi bộ, đảng bộ cơ sở, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.",
    ),
    (
        "Normal",
        "2. Đề nghị công khai dự thảo trên cổng thông tin điện tử của huyện, thị xã, thành phố trong thời gian ít nhất "
        "15 ngày để nhân dân đóng góp ý kiến; việc tiếp thu, giải trình ý kiến phải được tổng hợp thành văn bản riêng.",
    ),
    ("Heading 2", "III. THỜI GIAN THỰC HIỆN"),
    ("Normal", "Các địa phương thực hiện theo lộ trình sau:"),
    ("TABLE", ""),
    (
        "Normal",
        "Yêu cầu gửi dự thảo (bản giấy và bản điện tử định dạng .docx) về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh "
        "ủy) chậm nhất ngày 20/6/2025 để tổng hợp, cho ý kiến.",
    ),
    ("Heading 2", "IV. MỘT SỐ NỘI DUNG CẦN LƯU Ý ĐỐI VỚI TỪNG ĐỊA PHƯƠNG"),
    (
        "Normal",
        "Ngoài các nội dung chung nêu trên, báo cáo chính trị của các địa phương sau đây cần lưu ý thêm:",
    ),
    ("Heading 3", "1. Thành phố Hải Dương"),
    (
        "Normal",
        "- Đánh giá kết quả xây dựng đô thị thông minh, vận hành Trung tâm giám sát, điều hành thông minh (IOC) và cung "
        "cấp dịch vụ công trực tuyến toàn trình.",
    ),
    (
        "Normal",
        "- Làm rõ công tác giải phóng mặt bằng các dự án khu đô thị mới và tuyến đường vành đai; giải pháp chỉnh trang "
        "khu vực trung tâm, ngầm hóa hệ thống cáp viễn thông và lưới điện trên các tuyến phố chính.",
    ),
    (
        "Normal",
        "- Phải xác định lộ trình xử lý ô nhiễm nước sông Sặt và các hồ điều hòa nội đô.",
    ),
    (
        "Normal",
        "- Nêu rõ định hướng xây dựng thành phố trở thành trung tâm thương mại, dịch vụ, tài chính của tỉnh.",
    ),
    ("Heading 3", "2. Huyện Kim Thành"),
    (
        "Normal",
        "- Cần đánh giá thẳng thắn công tác giải phóng mặt bằng các dự án khu công nghiệp, trong đó làm rõ các dự án "
        "chậm bàn giao đất quá 12 tháng.",
    ),
    (
        "Normal",
        "- Nêu giải pháp bố trí khu tái định cư và hỗ trợ chuyển đổi nghề cho lao động bị thu hồi đất nông nghiệp.",
    ),
    (
        "Normal",
        "- Làm rõ vai trò của huyện trong Khu kinh tế chuyên biệt Hải Dương và định hướng kết nối hạ tầng với thành "
        "phố Hải Phòng.",
    ),
    ("Heading 3", "3. Huyện Tứ Kỳ"),
    (
        "Normal",
        "- Yêu cầu đánh giá thực trạng hệ thống đê điều, kè chống sạt lở dọc sông Luộc và sông Thái Bình sau cơn bão "
        "số 3 năm 2024; đề xuất danh mục công trình cần đầu tư, tu bổ.",
    ),
    (
        "Normal",
        "- Nêu rõ kết quả phát triển sản phẩm OCOP gắn với thế mạnh nuôi trồng thủy sản, nhất là thương hiệu cá rô "
        "Đồng Tứ Kỳ.",
    ),
    (
        "Normal",
        "- Xác định mục tiêu đạt chuẩn huyện nông thôn mới nâng cao trước năm 2028.",
    ),
    ("Heading 3", "4. Huyện Thanh Miện"),
    (
        "Normal",
        "- Làm rõ kết quả sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 và phương án sử dụng trụ sở dôi dư "
        "sau sắp xếp.",
    ),
    (
        "Normal",
        "- Đề nghị đánh giá tình trạng lao động trẻ đi làm ăn xa và giải pháp thu hút doanh nghiệp đầu tư vào cụm "
        "công nghiệp để tạo việc làm tại chỗ.",
    ),
    (
        "Normal",
        "- Lưu ý nêu phương án di dời các trang trại chăn nuôi ra xa khu dân cư, giảm thiểu ô nhiễm môi trường nông "
        "thôn.",
    ),
    ("Heading 3", "5. Huyện Nam Sách"),
    (
        "Normal",
        "- Nêu rõ kết quả xây dựng vùng chuyên canh hành, tỏi theo chuỗi giá trị và giải pháp nâng cao thương hiệu "
        "nông sản của huyện.",
    ),
    (
        "Normal",
        "- Cần đánh giá công tác quản lý đê điều, xử lý vi phạm hành lang bảo vệ đê dọc sông Thái Bình và sông Kinh "
        "Thầy.",
    ),
    (
        "Normal",
        "- Làm rõ lộ trình xây dựng huyện Nam Sách đạt các tiêu chí thành lập thị xã trước năm 2030.",
    ),
    (
        "Normal",
        "Trong quá trình thực hiện, nếu có vướng mắc, các địa phương phản ánh về Ban Tổ chức Tỉnh ủy (qua Phòng Tổ "
        "chức đảng, đảng viên, điện thoại 0220.3852.416) để được hướng dẫn.",
    ),
]

TIMETABLE = [
    ("Bước", "Nội dung công việc", "Thời gian hoàn thành"),
    ("1", "Thành lập Tổ biên tập, xây dựng đề cương chi tiết", "Trước ngày 15/3/2025"),
    ("2", "Hoàn thành dự thảo lần thứ nhất, trình Ban Thường vụ cho ý kiến", "Trước ngày 30/4/2025"),
    (
        "3",
        "Xin ý kiến tổ chức cơ sở đảng, Mặt trận Tổ quốc, đoàn thể và nhân dân",
        "Từ ngày 05/5 đến ngày 31/5/2025",
    ),
    ("4", "Gửi dự thảo về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)", "Chậm nhất ngày 20/6/2025"),
    ("5", "Hoàn chỉnh dự thảo trình đại hội", "Trước ngày khai mạc đại hội ít nhất 15 ngày"),
]

NOI_NHAN = [
    "Nơi nhận:",
    "- Thường trực Tỉnh ủy (để báo cáo);",
    "- Các huyện ủy, thị ủy, thành ủy;",
    "- Ban Tuyên giáo Tỉnh ủy;",
    "- Văn phòng Tỉnh ủy;",
    "- Lưu Ban Tổ chức Tỉnh ủy.",
]
SIGNER = ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "", "Vũ Đức Thịnh"]


def _cell_lines(cell, lines, size=13, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    cell.paragraphs[0].text = ""
    first = True
    for item in lines:
        text, bold, italic = item if isinstance(item, tuple) else (item, False, False)
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        run = p.add_run(nfc(text))
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)


def make_docx(path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)

    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_lines(head.cell(0, 0), LETTERHEAD_LEFT)
    _cell_lines(head.cell(0, 1), LETTERHEAD_RIGHT)

    for style, text in BODY:
        if style == "TABLE":
            t = doc.add_table(rows=len(TIMETABLE), cols=3)
            t.style = "Table Grid"
            for r, row in enumerate(TIMETABLE):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = nfc(val)
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            continue
        p = doc.add_paragraph(nfc(text), style=style)
        if style == "Title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "Normal":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)

    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _cell_lines(tail.cell(0, 0), NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _cell_lines(
        tail.cell(0, 1), [(s, i < 2 or s == SIGNER[-1], s.startswith("(")) for i, s in enumerate(SIGNER)]
    )

    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)


# ---------------------------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------------------------
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
SHAPES = {"narrow", "broad", "which", "meta", "unanswerable"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def check(path: Path) -> list[str]:
    errors: list[str] = []
    d = Document(path)
    names = {p.style.name for p in d.paragraphs}
    for style in ("Title", "Heading 1", "Heading 2"):
        if style not in names:
            errors.append(f"style {style} unused")
    texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]
    for t in texts:
        if t != unicodedata.normalize("NFC", t):
            errors.append(f"not NFC: {t[:60]!r}")
    full = norm(" \n ".join(texts))
    words = len(" ".join(texts).split())
    print(f"document words: {words}")
    if not 1800 <= words <= 2800:
        errors.append(f"word count {words} outside 1800-2800")

    counts: Counter = Counter()
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        if set(q) != KEYS:
            errors.append(f"line {n}: keys {sorted(q)}")
            continue
        if q["shape"] not in SHAPES or q["half"] not in {"dev", "heldout"}:
            errors.append(f"line {n}: bad shape/half")
        if not isinstance(q["question"], str) or not all(
            isinstance(q[k], list) for k in ("gold", "expect", "forbid")
        ):
            errors.append(f"line {n}: bad types")
        if not isinstance(q["unanswerable"], bool) or q["unanswerable"] != (q["shape"] == "unanswerable"):
            errors.append(f"line {n}: unanswerable flag mismatch")
        if q["unanswerable"] and (q["gold"] or q["expect"] or q["forbid"]):
            errors.append(f"line {n}: unanswerable question has phrases")
        if not q["unanswerable"] and not q["expect"]:
            errors.append(f"line {n}: answerable question without expect")
        for k in ("gold", "expect", "forbid"):
            for ph in q[k]:
                if norm(ph) not in full:
                    errors.append(f"line {n}: {k} phrase not in document: {ph!r}")
        counts[(q["shape"], q["half"])] += 1
    total = sum(counts.values())
    print(f"questions: {total}")
    for shape in sorted(SHAPES):
        print(f"  {shape:13s} dev={counts[(shape, 'dev')]:2d} heldout={counts[(shape, 'heldout')]:2d}")
    return errors


def main() -> None:
    make_docx(OUT)
    print(f"wrote {OUT}")
    errors = check(OUT)
    if errors:
        print("CHECK FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
