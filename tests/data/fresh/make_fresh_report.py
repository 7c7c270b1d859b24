"""Writes two fresh test documents and checks the questions of fresh_report.jsonl against them.

    .venv/bin/python tests/data/fresh/make_fresh_report.py

a) corpus/reports/bao-cao-chinh-tri-tu-ky-2020-2025.pdf: a past political report of the Tứ Kỳ district
   party committee (2020 - 2025), laid out like a Word document printed to PDF (fpdf2, DejaVu Serif):
   centred bold title block, "PHẦN THỨ NHẤT/HAI" parts, roman, numbered and lettered headings, dashed
   items, justified paragraphs with a first-line indent, one paragraph running over a page break, a
   running header from page 2 and page numbers in the footer.
b) corpus/guidance/cong-van-gop-y-du-thao-bao-cao.txt: a dispatch of the provincial party committee
   office commenting on the draft reports of Thanh Miện, Bình Giang and Gia Lộc, hard-wrapped at 76
   columns like a plain-text export.

Every gold/expect/forbid phrase of fresh_report.jsonl must occur verbatim (after NFC, whitespace
collapsing and casefolding) in one of the two documents; the script asserts it.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
PDF_PATH = HERE / "corpus" / "reports" / "bao-cao-chinh-tri-tu-ky-2020-2025.pdf"
TXT_PATH = HERE / "corpus" / "guidance" / "cong-van-gop-y-du-thao-bao-cao.txt"
QUESTIONS = HERE / "fresh_report.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
BODY = 13  # pt
LINE = 6.3  # mm between baselines
AFTER = 2.5  # mm after a paragraph

# ---------------------------------------------------------------------------------------------------
# a) the report. Blocks: (kind, text); kinds: part, h1 (roman), h2 (numbered), h3 (lettered), p
# (indented justified paragraph), item (dashed or numbered item, justified, no indent), space.
# ---------------------------------------------------------------------------------------------------
REPORT: list[tuple[str, str]] = [
    (
        "p",
        "Đại hội đại biểu Đảng bộ huyện Tứ Kỳ lần thứ XXV, nhiệm kỳ 2020 - 2025 được tổ chức trong bối "
        "cảnh đại dịch COVID-19 bùng phát và lan rộng, tác động tiêu cực đến mọi mặt của đời sống kinh tế - xã "
        "hội. Năm năm qua, Đảng bộ, chính quyền và nhân dân trong huyện đã đoàn kết, chủ động, sáng tạo, vừa "
        "phòng, chống dịch bệnh hiệu quả, vừa phục hồi và phát triển kinh tế, đạt được nhiều kết quả quan trọng, "
        "khá toàn diện trên các lĩnh vực.",
    ),
    (
        "p",
        "Ban Chấp hành Đảng bộ huyện khóa XXV báo cáo Đại hội kết quả thực hiện Nghị quyết nhiệm kỳ "
        "2020 - 2025 và đề ra phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030 như sau:",
    ),
    (
        "part",
        "PHẦN THỨ NHẤT\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXV, "
        "NHIỆM KỲ 2020 - 2025",
    ),
    ("h1", "I. KẾT QUẢ ĐẠT ĐƯỢC TRÊN CÁC LĨNH VỰC"),
    (
        "p",
        "Trong nhiệm kỳ, có 17/19 chỉ tiêu chủ yếu của Nghị quyết Đại hội đạt và vượt kế hoạch; 02 chỉ "
        "tiêu không đạt là tỷ lệ đô thị hóa và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ. Kinh tế "
        "duy trì tốc độ tăng trưởng khá, quy mô kinh tế được mở rộng; văn hóa - xã hội có nhiều tiến bộ; "
        "quốc phòng, an ninh được giữ vững; công tác xây dựng Đảng và hệ thống chính trị được chú trọng.",
    ),
    ("h2", "1. Về phát triển kinh tế"),
    ("h3", "a) Tăng trưởng và chuyển dịch cơ cấu kinh tế"),
    (
        "p",
        "Tổng giá trị sản xuất (theo giá so sánh năm 2010) tăng bình quân giai đoạn 2020 - 2025 đạt "
        "8,6%/năm, vượt 0,1 điểm phần trăm so với chỉ tiêu Nghị quyết. Cơ cấu kinh tế chuyển dịch theo hướng "
        "tích cực: tỷ trọng công nghiệp - xây dựng tăng từ 41,3% năm 2020 lên 48,2% năm 2025; dịch vụ chiếm "
        "30,1%; nông, lâm nghiệp và thủy sản giảm còn 21,7%. Thu nhập bình quân đầu người năm 2025 ước đạt "
        "72,5 triệu đồng, gấp 1,6 lần năm 2020.",
    ),
    ("h3", "b) Sản xuất công nghiệp, tiểu thủ công nghiệp"),
    (
        "p",
        "Huyện tập trung hoàn thiện hạ tầng cụm công nghiệp Kỳ Sơn, cụm công nghiệp Ngọc Sơn và khởi "
        "công cụm công nghiệp Nguyên Giáp với tổng diện tích 146 ha. Trong nhiệm kỳ đã thu hút được 28 dự án "
        "đầu tư, trong đó có 9 dự án có vốn đầu tư trực tiếp nước ngoài, tổng vốn đăng ký khoảng 7.850 tỷ "
        "đồng, giải quyết việc làm cho trên 6.400 lao động địa phương. Giá trị sản xuất công nghiệp - xây dựng "
        "tăng bình quân 13,2%/năm. Các nghề truyền thống như mây tre đan, chế biến rươi, làm hương được duy "
        "trì, một số cơ sở đã đầu tư máy móc, mở rộng thị trường tiêu thụ ra ngoài tỉnh.",
    ),
    ("h3", "c) Nông nghiệp và xây dựng nông thôn mới"),
    (
        "p",
        "Sản xuất nông nghiệp chuyển mạnh sang sản xuất hàng hóa; hình thành 32 vùng sản xuất tập trung "
        "quy mô từ 10 ha trở lên, trong đó có vùng nuôi trồng thủy sản tập trung 1.250 ha ven sông Thái Bình. "
        "Giá trị sản xuất trên 1 ha đất canh tác và mặt nước nuôi trồng thủy sản năm 2025 đạt 195 triệu đồng, "
        "tăng 38 triệu đồng so với năm 2020. Huyện đã có 46 sản phẩm OCOP được công nhận, trong đó 9 sản phẩm "
        "đạt 4 sao, tiêu biểu là chả rươi, cá rô đồng, mắm rươi và tương gạo nếp.",
    ),
    (
        "p",
        "Chương trình xây dựng nông thôn mới tiếp tục được triển khai sâu rộng, trở thành phong trào thi "
        "đua sôi nổi trong nhân dân. Huyện được công nhận đạt chuẩn huyện nông thôn mới nâng cao năm 2024; "
        "100% số xã đạt chuẩn nông thôn mới nâng cao, 7 xã đạt chuẩn nông thôn mới kiểu mẫu và 124 thôn được "
        "công nhận khu dân cư nông thôn mới kiểu mẫu. Nhân dân đã tự nguyện hiến trên 58.000 m² đất và đóng góp "
        "hơn 96 tỷ đồng để xây dựng các công trình hạ tầng nông thôn.",
    ),
    ("h3", "d) Tài chính, ngân sách"),
    (
        "p",
        "Công tác thu ngân sách được chỉ đạo quyết liệt, tập trung khai thác các nguồn thu, chống thất thu; "
        "tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2021 - 2025 đạt 1.884,3 tỷ đồng, tăng bình quân "
        "9,4%/năm. Kết quả thu ngân sách nhà nước trên địa bàn qua các năm như sau:",
    ),
    ("item", "- Năm 2020 đạt 268,4 tỷ đồng;"),
    ("item", "- Năm 2021 đạt 305,7 tỷ đồng;"),
    (
        "item",
        "- Năm 2022 đạt 412,9 tỷ đồng, cao nhất nhiệm kỳ do nguồn thu từ đấu giá quyền sử dụng đất "
        "tăng mạnh;",
    ),
    ("item", "- Năm 2023 đạt 356,2 tỷ đồng;"),
    ("item", "- Năm 2024 đạt 389,5 tỷ đồng;"),
    ("item", "- Năm 2025 ước đạt 420 tỷ đồng."),
    ("space", ""),
    (
        "p",
        "Chi ngân sách bảo đảm đúng dự toán, tiết kiệm, ưu tiên cho đầu tư phát triển, giáo dục, y tế và an "
        "sinh xã hội; không để phát sinh nợ đọng xây dựng cơ bản mới.",
    ),
    ("h3", "đ) Kết cấu hạ tầng và đô thị"),
    (
        "p",
        "Tổng vốn đầu tư toàn xã hội trong nhiệm kỳ ước đạt 14.600 tỷ đồng. Huyện đã nâng cấp, mở rộng "
        "24,5 km đường huyện, cứng hóa 186 km đường giao thông nông thôn, xây mới 11 cầu trên các tuyến đường "
        "trục xã; hoàn thành tuyến đường trục trung tâm nối thị trấn Tứ Kỳ với đường tỉnh 391. Tỷ lệ đô thị "
        "hóa năm 2025 mới đạt 21,5%, không đạt chỉ tiêu 25% mà Nghị quyết đề ra.",
    ),
    ("h2", "2. Về văn hóa - xã hội"),
    (
        "p",
        "Chất lượng giáo dục toàn diện được nâng lên, kết quả thi tuyển sinh vào lớp 10 trung học phổ "
        "thông công lập nhiều năm liền nằm trong nhóm 5 huyện dẫn đầu tỉnh; tỷ lệ trường đạt chuẩn quốc gia "
        "đạt 96,8%, trong đó 41 trường đạt chuẩn mức độ 2. Mạng lưới y tế cơ sở được củng cố, 100% trạm y tế "
        "xã đạt Bộ tiêu chí quốc gia về y tế; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,3%. Công tác giảm "
        "nghèo, chăm lo cho gia đình chính sách được thực hiện đầy đủ, kịp thời; tỷ lệ hộ nghèo theo chuẩn "
        "nghèo đa chiều giảm từ 2,86% năm 2021 xuống còn 0,92% năm 2025; đã hỗ trợ xây mới và sửa chữa 312 "
        "nhà ở cho hộ nghèo, hộ cận nghèo và gia đình có hoàn cảnh khó khăn. Mỗi năm giải quyết việc làm mới "
        'cho khoảng 3.200 lao động. Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" đi vào chiều '
        "sâu; tỷ lệ gia đình đạt danh hiệu gia đình văn hóa đạt 91,5%, thôn, khu dân cư văn hóa đạt 88%. Các "
        "di tích lịch sử - văn hóa được quan tâm tu bổ, tôn tạo, lễ hội truyền thống được tổ chức trang trọng, "
        "tiết kiệm, đúng quy định.",
    ),
    ("h2", "3. Về quốc phòng, an ninh"),
    (
        "p",
        "Nhiệm vụ quốc phòng, quân sự địa phương được triển khai toàn diện; hoàn thành 100% chỉ tiêu giao "
        "quân hằng năm; tổ chức thành công diễn tập khu vực phòng thủ huyện năm 2023. An ninh chính trị, trật "
        "tự, an toàn xã hội được giữ vững; tai nạn giao thông giảm cả ba tiêu chí; tỷ lệ điều tra, khám phá "
        "các vụ án hình sự đạt trên 85%.",
    ),
    ("h2", "4. Về xây dựng Đảng và hệ thống chính trị"),
    (
        "p",
        "Công tác chính trị, tư tưởng được coi trọng; việc học tập, làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh gắn với thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương được triển khai "
        "nghiêm túc. Trong nhiệm kỳ đã kết nạp 1.265 đảng viên mới, vượt 5,4% chỉ tiêu; hằng năm có trên 85% "
        "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Ủy ban Kiểm tra các cấp đã kiểm tra khi có dấu "
        "hiệu vi phạm đối với 23 tổ chức đảng và 71 đảng viên; cấp ủy các cấp thi hành kỷ luật 67 đảng viên. "
        "Việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 được thực hiện đúng lộ trình, bảo đảm "
        "ổn định tình hình ở cơ sở.",
    ),
    ("h1", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("h2", "1. Hạn chế, yếu kém"),
    (
        "item",
        "- Quy mô kinh tế của huyện còn nhỏ, tốc độ chuyển dịch cơ cấu kinh tế chưa nhanh; công "
        "nghiệp chủ yếu là gia công, lắp ráp, giá trị gia tăng thấp.",
    ),
    (
        "item",
        "- Tiến độ đầu tư hạ tầng các cụm công nghiệp còn chậm; cụm công nghiệp Nguyên Giáp sau 4 năm "
        "mới lấp đầy được 38% diện tích.",
    ),
    (
        "item",
        "- Phát triển đô thị chưa đạt yêu cầu; đề án mở rộng thị trấn Tứ Kỳ triển khai chậm, tỷ lệ đô "
        "thị hóa không đạt chỉ tiêu.",
    ),
    (
        "item",
        "- Ô nhiễm môi trường ở một số kênh, mương nội đồng và khu vực chăn nuôi tập trung chưa được "
        "khắc phục triệt để; việc thu gom rác thải ở một số xã chưa thường xuyên.",
    ),
    (
        "item",
        "- Chất lượng nguồn nhân lực còn hạn chế; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ "
        "mới đạt 28,4%.",
    ),
    (
        "item",
        "- Cải cách hành chính, chuyển đổi số chuyển biến chậm; chỉ số DDCI của huyện năm 2023 xếp thứ "
        "9/12 huyện, thị xã, thành phố.",
    ),
    (
        "item",
        "- Một số tổ chức cơ sở đảng sinh hoạt chưa nền nếp, chất lượng sinh hoạt chuyên đề chưa cao; "
        "vẫn còn cán bộ, đảng viên vi phạm phải xử lý kỷ luật.",
    ),
    ("space", ""),
    ("h2", "2. Nguyên nhân"),
    ("h3", "a) Nguyên nhân khách quan"),
    (
        "p",
        "Dịch bệnh COVID-19 trong hai năm 2020 - 2021 làm gián đoạn sản xuất, kinh doanh; giá nguyên vật "
        "liệu xây dựng tăng cao; thị trường bất động sản trầm lắng làm giảm nguồn thu từ đấu giá quyền sử "
        "dụng đất; một số cơ chế, chính sách về đất đai, đầu tư chậm được sửa đổi, bổ sung.",
    ),
    ("h3", "b) Nguyên nhân chủ quan"),
    (
        "p",
        "Một số cấp ủy, chính quyền và người đứng đầu chưa quyết liệt trong lãnh đạo, chỉ đạo, còn tâm lý "
        "ngại va chạm, né tránh trách nhiệm; công tác phối hợp giữa các phòng, ban chuyên môn với cấp xã thiếu "
        "chặt chẽ; năng lực tham mưu của một bộ phận cán bộ còn hạn chế, chưa đáp ứng yêu cầu nhiệm vụ trong "
        "tình hình mới; công tác kiểm tra, giám sát ở một số nơi còn hình thức.",
    ),
    ("h1", "III. BÀI HỌC KINH NGHIỆM"),
    (
        "p",
        "Từ thực tiễn lãnh đạo thực hiện Nghị quyết nhiệm kỳ 2020 - 2025, Đảng bộ huyện rút ra một số bài "
        "học kinh nghiệm sau:",
    ),
    (
        "p",
        "Một là, phải giữ vững đoàn kết, thống nhất trong Ban Chấp hành, Ban Thường vụ Huyện ủy; phát huy "
        "trách nhiệm người đứng đầu, nói đi đôi với làm, cán bộ lãnh đạo phải thực sự gương mẫu.",
    ),
    (
        "p",
        "Hai là, phải bám sát thực tiễn, lựa chọn đúng trọng tâm, trọng điểm để tập trung chỉ đạo dứt "
        "điểm, không dàn trải; việc gì đã quyết phải làm đến nơi, đến chốn.",
    ),
    (
        "p",
        "Ba là, phải thực sự coi trọng công tác dân vận, lấy sự hài lòng của nhân dân làm thước đo hiệu "
        "quả hoạt động của bộ máy; mọi chủ trương lớn đều được bàn bạc công khai, dân chủ.",
    ),
    (
        "p",
        "Bốn là, phải đổi mới phương thức lãnh đạo, tăng cường kiểm tra, giám sát; kiên quyết tháo gỡ "
        "vướng mắc, xử lý nghiêm những tập thể, cá nhân thiếu trách nhiệm.",
    ),
    ("part", "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030"),
    ("h1", "I. MỤC TIÊU TỔNG QUÁT"),
    (
        "p",
        "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; xây dựng hệ thống chính trị tinh gọn, "
        "hoạt động hiệu lực, hiệu quả; huy động mọi nguồn lực, phát triển kinh tế nhanh và bền vững dựa trên "
        "công nghiệp, đô thị và nông nghiệp sinh thái; phấn đấu đến năm 2030 Tứ Kỳ có một số tiêu chí cơ bản "
        "của thị xã, đời sống vật chất và tinh thần của nhân dân không ngừng được nâng cao.",
    ),
    ("h1", "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"),
    ("h3", "a) Về kinh tế"),
    ("item", "1. Tốc độ tăng tổng giá trị sản xuất bình quân giai đoạn 2025 - 2030 đạt 10,5%/năm."),
    ("item", "2. Cơ cấu kinh tế đến năm 2030: công nghiệp - xây dựng 58%, dịch vụ 30%, nông nghiệp 12%."),
    ("item", "3. Thu nhập bình quân đầu người đến năm 2030 đạt 125 triệu đồng."),
    ("item", "4. Thu ngân sách nhà nước trên địa bàn tăng bình quân 9%/năm; năm 2030 đạt 650 tỷ đồng."),
    ("item", "5. Tỷ lệ đô thị hóa đến năm 2030 đạt 35%."),
    ("h3", "b) Về văn hóa - xã hội và môi trường"),
    ("item", "6. Có 40% số xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("item", "7. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm xuống dưới 0,5%."),
    ("item", "8. Tỷ lệ lao động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 40%."),
    ("item", "9. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%."),
    ("item", "10. 100% chất thải rắn sinh hoạt được thu gom, xử lý đúng quy định."),
    ("h3", "c) Về xây dựng Đảng"),
    (
        "item",
        "11. Hằng năm kết nạp từ 250 đảng viên trở lên; trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
    ),
    ("space", ""),
    ("h1", "III. CÁC KHÂU ĐỘT PHÁ"),
    (
        "p",
        "Một là, đột phá về hạ tầng giao thông kết nối: mở rộng đường tỉnh 391, xây dựng tuyến đường trục "
        "Bắc - Nam của huyện kết nối với đường cao tốc Hà Nội - Hải Phòng, tạo không gian phát triển mới cho "
        "công nghiệp và đô thị.",
    ),
    (
        "p",
        "Hai là, đột phá về thu hút đầu tư, phát triển công nghiệp: lấp đầy các cụm công nghiệp hiện có, "
        "hình thành khu công nghiệp tập trung ở phía Bắc huyện; ưu tiên dự án công nghệ cao, thân thiện với "
        "môi trường.",
    ),
    (
        "p",
        "Ba là, đột phá về cải cách hành chính và chuyển đổi số: xây dựng chính quyền số, nâng chỉ số DDCI "
        "của huyện vào nhóm 5 đơn vị dẫn đầu tỉnh, giải quyết thủ tục hành chính trên môi trường điện tử.",
    ),
    ("h1", "IV. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    ("h2", "1. Phát triển công nghiệp theo hướng hiện đại, bền vững"),
    (
        "p",
        "Hoàn thiện hạ tầng kỹ thuật cụm công nghiệp Nguyên Giáp, đề nghị tỉnh bổ sung quy hoạch khu "
        "công nghiệp phía Bắc huyện; chủ động tiếp cận nhà đầu tư thứ cấp, chú trọng các ngành cơ khí chính "
        "xác, điện tử, chế biến nông sản. Khuyến khích các làng nghề ứng dụng công nghệ, di dời cơ sở gây ô "
        "nhiễm ra khỏi khu dân cư.",
    ),
    ("h2", "2. Phát triển nông nghiệp sinh thái, nâng cao chất lượng nông thôn mới"),
    (
        "p",
        "Tích tụ ruộng đất, mở rộng vùng nuôi trồng thủy sản và vùng rau màu hàng hóa; phát triển sản "
        "phẩm OCOP gắn với truy xuất nguồn gốc, thương mại điện tử. Xây dựng nông thôn mới kiểu mẫu theo "
        "hướng văn minh, xanh, sạch, đẹp, giữ gìn bản sắc làng quê.",
    ),
    ("h2", "3. Phát triển đô thị, quản lý đất đai và bảo vệ môi trường"),
    (
        "p",
        "Thực hiện đề án mở rộng thị trấn Tứ Kỳ, hình thành các khu dân cư, khu đô thị mới dọc đường tỉnh "
        "391; tăng cường quản lý đất đai, xử lý dứt điểm vi phạm; đầu tư hệ thống thu gom, xử lý nước thải và "
        "rác thải sinh hoạt tập trung.",
    ),
    ("h2", "4. Phát triển văn hóa, giáo dục, y tế, bảo đảm an sinh xã hội"),
    (
        "p",
        "Nâng cao chất lượng giáo dục mũi nhọn và giáo dục nghề nghiệp; củng cố y tế cơ sở, phát triển "
        "y tế dự phòng; thực hiện tốt chính sách người có công, giảm nghèo bền vững, tạo việc làm cho người "
        "lao động.",
    ),
    ("h2", "5. Củng cố quốc phòng, bảo đảm an ninh, trật tự"),
    (
        "p",
        "Xây dựng khu vực phòng thủ huyện vững chắc; chủ động nắm tình hình, giải quyết kịp thời các vụ "
        "việc khiếu kiện ngay từ cơ sở, không để hình thành điểm nóng.",
    ),
    ("h2", "6. Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
    (
        "p",
        "Tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng; nâng cao chất lượng sinh hoạt chi bộ; xây dựng đội "
        "ngũ cán bộ, nhất là cán bộ chủ chốt cấp xã, đủ phẩm chất, năng lực, uy tín; phát huy vai trò của Mặt "
        "trận Tổ quốc và các đoàn thể chính trị - xã hội trong giám sát và phản biện xã hội.",
    ),
    (
        "p",
        "Với truyền thống đoàn kết, cần cù, sáng tạo, Đảng bộ và nhân dân huyện Tứ Kỳ quyết tâm thực hiện "
        "thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, xây dựng quê hương ngày càng giàu "
        "đẹp, văn minh.",
    ),
]

TITLE_BLOCK = [
    ("ĐẢNG BỘ TỈNH HẢI DƯƠNG", 12),
    ("ĐẢNG BỘ HUYỆN TỨ KỲ", 12),
]
TITLE = "BÁO CÁO CHÍNH TRỊ"
SUBTITLE = (
    "của Ban Chấp hành Đảng bộ huyện khóa XXV trình Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, "
    "nhiệm kỳ 2025 - 2030"
)
RUNNING_HEADER = "Báo cáo chính trị Đảng bộ huyện Tứ Kỳ, nhiệm kỳ 2020 - 2025"


class Report(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", "I", 10)
            self.set_y(10)
            self.cell(0, 5, RUNNING_HEADER, align="C")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 11)
        self.cell(0, 5, str(self.page_no()), align="C")


def make_report(path: Path) -> int:
    """Writes the report; returns how many paragraphs run over a page break."""
    pdf = Report(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Serif", "BI", str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_title("Báo cáo chính trị Đảng bộ huyện Tứ Kỳ nhiệm kỳ 2020 - 2025")
    pdf.set_creation_date(datetime(2025, 4, 2, tzinfo=UTC))
    pdf.add_page()

    for text, size in TITLE_BLOCK:
        pdf.set_font("Serif", "B", size)
        pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "*", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", BODY)
    pdf.set_x(45)
    pdf.multi_cell(130, LINE, SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    across = 0
    line_height = LINE / (BODY * 0.3528)
    for kind, text in REPORT:
        before = pdf.page_no()
        if kind == "part":
            pdf.ln(4)
            for i, line in enumerate(text.split("\n")):
                pdf.set_font("Serif", "B", 15 if i == 0 else 13.5)
                pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("Serif", "B", 13.5)
            pdf.multi_cell(0, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h2":
            pdf.set_font("Serif", "B", BODY)
            pdf.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h3":
            pdf.set_font("Serif", "BI", BODY)
            pdf.multi_cell(0, LINE, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("Serif", "", BODY)
            with (
                pdf.text_columns(text_align="J", line_height=line_height) as cols,
                cols.paragraph(first_line_indent=10) as par,
            ):
                par.write(text)
            pdf.ln(AFTER)
        elif kind == "item":
            pdf.set_font("Serif", "", BODY)
            pdf.multi_cell(0, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
        elif kind == "space":
            pdf.ln(AFTER)
        else:
            raise ValueError(kind)
        if kind in ("p", "item") and pdf.page_no() != before:
            across += 1
    pdf.output(str(path))
    return across


# ---------------------------------------------------------------------------------------------------
# b) the dispatch. Paragraphs are wrapped at 76 columns; items keep a hanging indent.
# ---------------------------------------------------------------------------------------------------
LETTERHEAD = """\
TỈNH ỦY HẢI DƯƠNG                              ĐẢNG CỘNG SẢN VIỆT NAM
    VĂN PHÒNG
       *
Số 215-CV/VPTU                      Hải Dương, ngày 03 tháng 3 năm 2025
V/v góp ý dự thảo báo cáo chính trị
trình đại hội đảng bộ huyện,
nhiệm kỳ 2025 - 2030
"""

DISPATCH: list[tuple[str, str]] = [
    (
        "raw",
        "Kính gửi:  - Ban Thường vụ Huyện ủy Thanh Miện,\n"
        "           - Ban Thường vụ Huyện ủy Bình Giang,\n"
        "           - Ban Thường vụ Huyện ủy Gia Lộc.",
    ),
    (
        "p",
        "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và kế hoạch của Ban Thường vụ Tỉnh ủy; trên cơ sở ý "
        "kiến tham gia của các ban xây dựng đảng, Ủy ban Kiểm tra Tỉnh ủy và các sở, ngành có liên quan, "
        "Văn phòng Tỉnh ủy được Thường trực Tỉnh ủy giao thông báo ý kiến góp ý đối với dự thảo báo cáo chính "
        "trị trình đại hội đảng bộ các huyện Thanh Miện, Bình Giang, Gia Lộc, nhiệm kỳ 2025 - 2030 như sau:",
    ),
    ("h", "I. NHẬN XÉT CHUNG"),
    (
        "p",
        "Các dự thảo đã được chuẩn bị công phu, bố cục cơ bản đúng hướng dẫn; phần đánh giá kết quả nhiệm "
        "kỳ 2020 - 2025 đã nêu được những thành tựu nổi bật, có số liệu minh chứng. Tuy nhiên, để hoàn thiện "
        "dự thảo, đề nghị Ban Thường vụ các huyện ủy lưu ý một số nội dung chung sau:",
    ),
    (
        "i",
        "1. Rút gọn dung lượng báo cáo, bảo đảm độ dài không quá 30 trang (không kể phụ lục); chuyển các "
        "bảng số liệu chi tiết sang phụ lục kèm theo.",
    ),
    (
        "i",
        "2. Số liệu trong dự thảo phải thống nhất với báo cáo kinh tế - xã hội của Ủy ban nhân dân huyện "
        "và số liệu của Cục Thống kê tỉnh; số liệu ước thực hiện năm 2025 phải ghi rõ thời điểm ước tính.",
    ),
    (
        "i",
        "3. Phần hạn chế, yếu kém phải chỉ rõ trách nhiệm của tập thể, cá nhân, tránh chung chung; nguyên "
        "nhân chủ quan phải được phân tích kỹ hơn nguyên nhân khách quan.",
    ),
    (
        "i",
        "4. Các chỉ tiêu nhiệm kỳ 2025 - 2030 phải bám sát Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn "
        "đến năm 2050 và dự thảo Nghị quyết Đại hội Đảng bộ tỉnh; mỗi huyện xác định không quá 3 khâu đột phá.",
    ),
    (
        "i",
        "5. Bổ sung đánh giá việc thực hiện Kết luận số 21-KL/TW về xây dựng, chỉnh đốn Đảng và kết quả "
        "sắp xếp tổ chức bộ máy, đơn vị hành chính cấp xã trong nhiệm kỳ.",
    ),
    ("h", "II. GÓP Ý CỤ THỂ ĐỐI VỚI TỪNG DỰ THẢO"),
    ("h", "1. Dự thảo báo cáo chính trị của Huyện ủy Thanh Miện"),
    (
        "i",
        '- Phần đánh giá chỉ tiêu tỷ lệ đô thị hóa mới nêu "chưa đạt" mà chưa phân tích nguyên nhân; đề '
        "nghị làm rõ vì sao việc mở rộng thị trấn Thanh Miện chậm so với đề án được phê duyệt.",
    ),
    (
        "i",
        "- Chỉ tiêu thu nhập bình quân đầu người đến năm 2030 dự thảo đặt 110 triệu đồng là thấp so với "
        "mức bình quân chung của tỉnh; đề nghị nghiên cứu nâng lên 120 triệu đồng trở lên.",
    ),
    (
        "i",
        "- Bổ sung giải pháp di dời các trang trại chăn nuôi lợn tập trung ra xa khu dân cư, xử lý dứt "
        "điểm ô nhiễm môi trường chăn nuôi ở các xã phía Nam huyện.",
    ),
    (
        "i",
        "- Làm rõ định hướng xây dựng thị trấn Thanh Miện đạt tiêu chí đô thị loại IV trước năm 2030 và "
        "nguồn lực để thực hiện.",
    ),
    ("h", "2. Dự thảo báo cáo chính trị của Huyện ủy Bình Giang"),
    (
        "i",
        "- Phần phương hướng cần khai thác tốt hơn lợi thế của Quốc lộ 38 và đường tỉnh 392 để thu hút "
        "đầu tư vào các khu, cụm công nghiệp, gắn với phát triển đô thị Kẻ Sặt.",
    ),
    (
        "i",
        "- Bổ sung nội dung bảo tồn, phát huy giá trị làng khoa bảng Mộ Trạch gắn với phát triển du lịch "
        "văn hóa, giáo dục truyền thống hiếu học.",
    ),
    (
        "i",
        "- Đánh giá đầy đủ hơn tình trạng ô nhiễm môi trường tại các làng nghề tái chế và cơ sở sản xuất "
        "nhỏ lẻ xen kẽ trong khu dân cư; đề ra giải pháp xử lý có lộ trình cụ thể.",
    ),
    (
        "i",
        "- Dự thảo đề ra 24 chỉ tiêu là quá nhiều, một số chỉ tiêu trùng lặp; đề nghị rà soát, giảm "
        "xuống còn khoảng 15 - 16 chỉ tiêu chủ yếu.",
    ),
    ("h", "3. Dự thảo báo cáo chính trị của Huyện ủy Gia Lộc"),
    (
        "i",
        "- Xây dựng lộ trình, giải pháp cụ thể để huyện đáp ứng tiêu chí đơn vị hành chính đô thị trước "
        "năm 2030, trong đó xác định rõ các xã ưu tiên đầu tư hạ tầng đô thị.",
    ),
    (
        "i",
        "- Phát triển vùng sản xuất rau màu ứng dụng công nghệ cao gắn với xây dựng thương hiệu nông sản "
        "và liên kết tiêu thụ với doanh nghiệp.",
    ),
    (
        "i",
        "- Chỉ tiêu thu ngân sách năm 2030 dự thảo đặt 1.500 tỷ đồng chưa có cơ sở vững chắc, phụ thuộc "
        "nhiều vào nguồn thu từ đấu giá quyền sử dụng đất; đề nghị rà soát lại cho phù hợp khả năng thực tế.",
    ),
    (
        "i",
        "- Bổ sung đánh giá tình hình khiếu nại, tố cáo liên quan đến bồi thường, giải phóng mặt bằng "
        "Khu công nghiệp Gia Lộc và các dự án khu dân cư.",
    ),
    (
        "i",
        "- Phần nhiệm vụ, giải pháp còn dàn trải; đề nghị cô đọng, tập trung vào 5 - 6 nhóm nhiệm vụ "
        "trọng tâm.",
    ),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "Đề nghị Ban Thường vụ các huyện ủy chỉ đạo tổ biên tập nghiên cứu, tiếp thu, chỉnh sửa dự thảo và "
        "gửi dự thảo đã hoàn thiện về Văn phòng Tỉnh ủy (qua Phòng Tổng hợp) trước ngày 20/3/2025 để tổng hợp, "
        "báo cáo Thường trực Tỉnh ủy. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí "
        "Trưởng phòng Tổng hợp, Văn phòng Tỉnh ủy để được hướng dẫn.",
    ),
    (
        "raw",
        "                                        K/T CHÁNH VĂN PHÒNG\n"
        "                                        PHÓ CHÁNH VĂN PHÒNG\n"
        "                                             (Đã ký)\n"
        "                                          Vũ Minh Khánh",
    ),
    (
        "raw",
        "Nơi nhận:\n"
        "- Như kính gửi,\n"
        "- Thường trực Tỉnh ủy (để b/c),\n"
        "- Ban Tổ chức Tỉnh ủy,\n"
        "- Ban Tuyên giáo Tỉnh ủy,\n"
        "- Lưu Văn phòng Tỉnh ủy.",
    ),
]

WIDTH = 76


def dispatch_text() -> str:
    """Blocks are separated by a blank line, except dashed items that follow each other."""
    text = LETTERHEAD.rstrip("\n")
    previous = "raw"
    for kind, block in DISPATCH:
        if kind in ("raw", "h"):
            part = block
        elif kind == "p":
            part = textwrap.fill(
                block, WIDTH, initial_indent="    ", break_long_words=False, break_on_hyphens=False
            )
        elif kind == "i":
            marker = block.split(" ", 1)[0] + " "
            part = textwrap.fill(
                block,
                WIDTH,
                subsequent_indent=" " * len(marker),
                break_long_words=False,
                break_on_hyphens=False,
            )
        else:
            raise ValueError(kind)
        dashed = kind == "i" and block.startswith("- ")
        text += ("\n" if dashed and previous == "dash" else "\n\n") + part
        previous = "dash" if dashed else kind
    return text + "\n"


# ---------------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------------
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
SHAPES = {"narrow", "broad", "which", "meta", "unanswerable"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def words(blocks: list[tuple[str, str]]) -> int:
    return sum(len(text.split()) for _, text in blocks)


def check(pdf_path: Path, txt_path: Path, questions: Path) -> None:
    pdf_pages = [page.extract_text() for page in PdfReader(pdf_path).pages]
    pdf_text = norm("\n".join(pdf_pages))
    txt_text = norm(txt_path.read_text(encoding="utf-8"))
    assert 5 <= len(pdf_pages) <= 8, len(pdf_pages)
    assert RUNNING_HEADER.casefold() in norm(pdf_pages[1]) and RUNNING_HEADER.casefold() not in norm(
        pdf_pages[0]
    )
    for source in (REPORT, DISPATCH):
        for _, text in source:
            assert text == unicodedata.normalize("NFC", text), text[:40]
    for line in txt_path.read_text(encoding="utf-8").splitlines():
        assert len(line) <= WIDTH, line
    missing = []
    lines = questions.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        assert set(q) == KEYS, (n, set(q) ^ KEYS)
        assert q["shape"] in SHAPES and q["half"] in ("dev", "heldout"), n
        assert isinstance(q["question"], str) and q["question"], n
        assert all(
            isinstance(q[k], list) and all(isinstance(s, str) for s in q[k])
            for k in ("gold", "expect", "forbid")
        ), n
        assert q["unanswerable"] == (q["shape"] == "unanswerable"), n
        if q["unanswerable"]:
            assert not (q["gold"] or q["expect"] or q["forbid"]), n
        else:
            assert q["expect"], n
        if q["shape"] in ("narrow", "meta"):
            assert q["gold"], n
        for key in ("gold", "expect", "forbid"):
            for phrase in q[key]:
                p = norm(phrase)
                if p not in pdf_text and p not in txt_text:
                    missing.append((n, key, phrase))
    assert not missing, "\n".join(map(str, missing))
    print(f"{len(lines)} questions OK; pdf {len(pdf_pages)} pages")


if __name__ == "__main__":
    PDF_PATH.parent.mkdir(parents=True, exist_ok=True)
    TXT_PATH.parent.mkdir(parents=True, exist_ok=True)
    across = make_report(PDF_PATH)
    assert across >= 1, "no paragraph runs over a page break"
    TXT_PATH.write_text(unicodedata.normalize("NFC", dispatch_text()), encoding="utf-8")
    print(f"report: {words(REPORT)} words, {across} paragraph(s) over a page break -> {PDF_PATH}")
    print(f"dispatch: {len(TXT_PATH.read_text(encoding='utf-8').split())} words -> {TXT_PATH}")
    check(PDF_PATH, TXT_PATH, QUESTIONS)
