"""Writes the Quảng Ninh test set (seed 4409) deterministically.

    /work/main/.venv/bin/python tests/data/elsewhere/quang_ninh/make_set.py

corpus/guidance/huong-dan-27-noi-dung-bao-cao-chinh-tri-cap-huyen.docx
    Hướng dẫn số 27-HD/BTGTU (18/10/2024) of the Ban Tuyên giáo Tỉnh ủy Quảng Ninh on the content of political
    reports for district-level congresses, 2025 - 2030.
corpus/guidance/cong-van-1186-dieu-chinh-huong-dan-27.txt
    Công văn số 1186-CV/BTGTU (21/01/2025) adjusting two points of the hướng dẫn (length, one deadline);
    plain text hard-wrapped at 78 columns.
corpus/reports/bao-cao-chinh-tri-van-don-2020-2025.pdf
    Political report of the Vân Đồn district party committee to its XXIV congress (term 2020 - 2025).
drafts/*.txt, questions.jsonl (halves drawn with random.Random(4409)).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import textwrap
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
GUIDE = HERE / "corpus" / "guidance" / "huong-dan-27-noi-dung-bao-cao-chinh-tri-cap-huyen.docx"
DISPATCH = HERE / "corpus" / "guidance" / "cong-van-1186-dieu-chinh-huong-dan-27.txt"
REPORT = HERE / "corpus" / "reports" / "bao-cao-chinh-tri-van-don-2020-2025.pdf"
DRAFTS = HERE / "drafts"
QUESTIONS_OUT = HERE / "questions.jsonl"
SEED = 4409
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.datetime(2024, 10, 18, 8, 0, 0)
ZIP_TIME = (2024, 10, 18, 8, 0, 0)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================
# (a) Hướng dẫn số 27-HD/BTGTU  (.docx)
# kinds: "c" centred bold, "cs" centred small, "part" centred bold (Phần …), "b" bold heading,
#        "bi" bold-italic heading, "p" justified body paragraph with first-line indent
# =====================================================================================================
GUIDE_LEFT = [("TỈNH ỦY QUẢNG NINH", False), ("BAN TUYÊN GIÁO", True), ("*", False), ("Số 27-HD/BTGTU", False)]
GUIDE_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False), ("Quảng Ninh, ngày 18 tháng 10 năm 2024", False)]

GUIDE_BODY: list[tuple[str, str]] = [
    ("c", "HƯỚNG DẪN"),
    ("c", "nội dung báo cáo chính trị trình đại hội đảng bộ cấp huyện, nhiệm kỳ 2025 - 2030"),
    ("cs", "-----"),
    ("p", "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
          "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Kế hoạch số 385-KH/TU ngày 26/8/2024 của Ban Thường "
          "vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, "
          "nhiệm kỳ 2025 - 2030, Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung báo cáo chính trị trình đại hội đảng "
          "bộ các huyện, thị xã, thành phố (sau đây gọi chung là đảng bộ cấp huyện) như sau:"),
    ("part", "Phần thứ nhất"),
    ("part", "MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    ("p", "Báo cáo chính trị là văn kiện trung tâm của đại hội, kết tinh trí tuệ, ý chí và khát vọng phát triển "
          "của đảng bộ và nhân dân địa phương. Việc xây dựng báo cáo nhằm đánh giá khách quan, toàn diện kết quả "
          "thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025; rút ra những bài học kinh nghiệm; xác định đúng "
          "đắn phương hướng, mục tiêu, nhiệm vụ và giải pháp phát triển nhiệm kỳ 2025 - 2030, phù hợp với Quy "
          "hoạch tỉnh Quảng Ninh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050."),
    ("p", "Thông qua quá trình xây dựng và lấy ý kiến góp ý vào dự thảo báo cáo, tạo đợt sinh hoạt chính trị "
          "sâu rộng trong đảng bộ và nhân dân, củng cố niềm tin, khơi dậy khát vọng cống hiến, tạo khí thế thi "
          "đua lập thành tích chào mừng đại hội đảng bộ các cấp."),
    ("b", "2. Yêu cầu"),
    ("p", "- Báo cáo phải bám sát quan điểm, đường lối của Đảng, dự thảo văn kiện Đại hội XIV của Đảng, dự thảo "
          "văn kiện Đại hội Đảng bộ tỉnh lần thứ XVI; đồng thời thể hiện rõ đặc điểm, tiềm năng, lợi thế và bản "
          "sắc riêng của từng địa phương."),
    ("p", "- Việc đánh giá phải trung thực, khách quan, khoa học, có số liệu minh chứng; số liệu phải thống nhất "
          "với số liệu của Cục Thống kê tỉnh và báo cáo tình hình kinh tế - xã hội của ủy ban nhân dân cùng cấp. "
          "Số liệu năm 2025 là số ước thực hiện và phải ghi rõ thời điểm ước tính."),
    ("p", "- Văn phong ngắn gọn, chặt chẽ, dễ hiểu, có tính chiến đấu và sức thuyết phục; kết cấu các phần cân "
          "đối, lô-gích, liền mạch."),
    ("p", "- Tránh liệt kê dàn trải theo kiểu báo cáo tổng kết công tác năm; tránh sao chép nguyên văn các văn "
          "kiện của cấp trên hoặc của nhiệm kỳ trước."),
    ("p", "- Quá trình xây dựng báo cáo phải phát huy dân chủ, trí tuệ tập thể của cấp ủy, cán bộ, đảng viên và "
          "nhân dân; tiếp thu có chọn lọc ý kiến của các nhà khoa học, cán bộ lão thành cách mạng và các tầng "
          "lớp nhân dân."),
    ("part", "Phần thứ hai"),
    ("part", "BỐ CỤC VÀ NỘI DUNG CHỦ YẾU CỦA BÁO CÁO CHÍNH TRỊ"),
    ("b", "I. BỐ CỤC, DUNG LƯỢNG"),
    ("b", "1. Bố cục"),
    ("p", "Ngoài phần mở đầu và phần kết luận, báo cáo chính trị gồm ba phần:"),
    ("p", "- Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết Đại hội đảng bộ nhiệm kỳ 2020 - 2025."),
    ("p", "- Phần thứ hai: Bối cảnh, phương hướng, mục tiêu, nhiệm vụ và giải pháp phát triển nhiệm kỳ "
          "2025 - 2030."),
    ("p", "- Phần thứ ba: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện."),
    ("p", "Phần mở đầu nêu khái quát ý nghĩa, tầm quan trọng của đại hội, trong khoảng nửa trang. Tên gọi của "
          "từng phần, từng mục do cấp ủy lựa chọn cho phù hợp, nhưng phải bảo đảm đủ các nội dung nêu tại "
          "Hướng dẫn này."),
    ("b", "2. Chủ đề đại hội"),
    ("p", "Chủ đề đại hội được thể hiện ngay dưới tên báo cáo, ngắn gọn, súc tích, không quá 40 chữ, bao gồm "
          "các thành tố: xây dựng Đảng và hệ thống chính trị; phát huy sức mạnh đoàn kết; mục tiêu phát triển "
          "và khát vọng của địa phương trong nhiệm kỳ tới."),
    ("b", "3. Dung lượng"),
    ("p", "Báo cáo chính trị có dung lượng không quá 35 trang khổ A4, phông chữ Times New Roman, cỡ chữ 14 "
          "(không kể phụ lục). Các bảng số liệu chi tiết, biểu đồ, danh mục công trình, dự án được đưa vào phụ "
          "lục kèm theo; phụ lục không quá 10 trang."),
    ("b", "II. NỘI DUNG ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025"),
    ("b", "1. Bối cảnh, đặc điểm tình hình"),
    ("p", "Nêu ngắn gọn những thuận lợi, khó khăn có tác động trực tiếp đến việc thực hiện nghị quyết của địa "
          "phương, trong đó có tác động của đại dịch COVID-19 những năm 2020 - 2022 và cơn bão số 3 (bão Yagi) "
          "năm 2024."),
    ("p", "Không cần nêu lại bối cảnh quốc tế, trong nước đã được phân tích trong văn kiện Đại hội XIV của Đảng "
          "và văn kiện Đại hội Đảng bộ tỉnh."),
    ("p", "Nhiệm kỳ 2020 - 2025, dù chịu ảnh hưởng nặng nề của dịch bệnh và thiên tai, kinh tế của tỉnh vẫn duy "
          "trì tốc độ tăng trưởng cao; tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2023 tăng 10,5% so với năm "
          "2022, thuộc nhóm dẫn đầu cả nước. Quy mô kinh tế, thu ngân sách, thu hút đầu tư trực tiếp nước ngoài "
          "và chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tiếp tục được duy trì ở nhóm đầu; đây là mốc để các địa "
          "phương so sánh, đối chiếu khi đánh giá kết quả của mình."),
    ("b", "2. Kết quả đạt được trên các lĩnh vực"),
    ("bi", "a) Về phát triển kinh tế"),
    ("p", "- Đánh giá tốc độ tăng trưởng, quy mô và cơ cấu kinh tế, thu nhập bình quân đầu người, thu ngân sách "
          "nhà nước trên địa bàn; so sánh với chỉ tiêu nghị quyết và mức bình quân chung của tỉnh. Địa phương có "
          "tốc độ tăng trưởng bình quân thấp hơn mức chung của tỉnh phải phân tích rõ nguyên nhân."),
    ("p", "- Làm rõ kết quả chuyển đổi phương thức phát triển từ \u201cnâu\u201d sang \u201cxanh\u201d, phát "
          "triển kinh tế tuần hoàn, giảm dần sự phụ thuộc vào khai thác tài nguyên, khoáng sản; kết quả phát "
          "triển du lịch, dịch vụ và công nghiệp chế biến, chế tạo."),
    ("p", "- Đánh giá công tác quy hoạch, quản lý đất đai, thu hút đầu tư và kết quả triển khai các dự án trọng "
          "điểm, các công trình hạ tầng kết nối giao thông liên vùng trên địa bàn."),
    ("p", "- Đánh giá kết quả xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu và Chương trình Mỗi xã "
          "một sản phẩm (OCOP); kết quả phát triển kinh tế lâm nghiệp, nuôi trồng thủy sản theo quy hoạch."),
    ("p", "Bảng đánh giá đầy đủ các chỉ tiêu chủ yếu của nghị quyết nhiệm kỳ 2020 - 2025 được đưa vào phụ lục. "
          "Trong thân báo cáo không cần nêu lại toàn bộ các chỉ tiêu đã đạt và vượt. Báo cáo chỉ phân tích sâu "
          "những chỉ tiêu có ý nghĩa quyết định và những chỉ tiêu không đạt."),
    ("bi", "b) Về văn hóa, xã hội và môi trường"),
    ("p", "- Đánh giá kết quả phát triển giáo dục - đào tạo, y tế, chăm sóc sức khỏe nhân dân; giảm nghèo bền "
          "vững, giải quyết việc làm, thực hiện chính sách an sinh xã hội và chăm lo người có công."),
    ("p", "- Làm rõ kết quả xây dựng văn hóa, con người Quảng Ninh phát triển toàn diện; bảo tồn, phát huy giá "
          "trị di sản và bản sắc văn hóa các dân tộc; xây dựng môi trường văn hóa lành mạnh ở cơ sở."),
    ("p", "- Đánh giá công tác khắc phục hậu quả cơn bão số 3, khôi phục sản xuất, ổn định đời sống nhân dân; "
          "công tác quản lý tài nguyên, bảo vệ môi trường, ứng phó với biến đổi khí hậu."),
    ("p", "Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng trong phòng, chống dịch "
          "COVID-19 và khắc phục hậu quả bão số 3."),
    ("bi", "c) Về quốc phòng, an ninh, đối ngoại"),
    ("p", "- Đánh giá việc xây dựng khu vực phòng thủ cấp huyện vững chắc, nền quốc phòng toàn dân gắn với thế "
          "trận an ninh nhân dân; giữ vững an ninh chính trị, trật tự, an toàn xã hội; kết quả công tác đối "
          "ngoại và hợp tác quốc tế của địa phương."),
    ("p", "- Các huyện đảo Vân Đồn, Cô Tô đánh giá thêm việc xây dựng lực lượng dân quân thường trực, dân quân "
          "biển và phối hợp bảo vệ chủ quyền biển, đảo."),
    ("bi", "d) Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "- Đánh giá kết quả thực hiện Nghị quyết Trung ương 4 khóa XII, khóa XIII và Kết luận số 21-KL/TW của "
          "Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị."),
    ("p", "- Đánh giá kết quả sắp xếp tổ chức bộ máy, đơn vị hành chính cấp xã giai đoạn 2023 - 2025; công tác "
          "cán bộ; công tác kiểm tra, giám sát, thi hành kỷ luật đảng; phòng, chống tham nhũng, lãng phí, tiêu "
          "cực."),
    ("p", "- Đánh giá hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; việc thực hiện dân chủ "
          "ở cơ sở và củng cố khối đại đoàn kết toàn dân tộc."),
    ("b", "3. Đánh giá chung"),
    ("p", "Trên cơ sở đánh giá từng lĩnh vực, báo cáo khái quát những thành tựu nổi bật nhất của nhiệm kỳ; so "
          "sánh với giai đoạn 5-10 năm trước để thấy rõ sự thay đổi về quy mô kinh tế, diện mạo đô thị, nông "
          "thôn và đời sống vật chất, tinh thần của nhân dân."),
    ("b", "4. Hạn chế, yếu kém và nguyên nhân"),
    ("p", "- Chỉ rõ những chỉ tiêu không đạt, những nhiệm vụ, công trình, dự án chậm tiến độ; gắn với trách "
          "nhiệm của tập thể, cá nhân, nhất là người đứng đầu."),
    ("p", "- Phân tích nguyên nhân khách quan và chủ quan, trong đó tập trung làm rõ nguyên nhân chủ quan."),
    ("p", "- Tránh nêu hạn chế chung chung, né tránh hoặc đổ lỗi cho nguyên nhân khách quan."),
    ("b", "5. Bài học kinh nghiệm"),
    ("p", "Rút ra từ 3 đến 5 bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo của địa phương trong nhiệm "
          "kỳ, có giá trị vận dụng cho nhiệm kỳ tới."),
    ("p", "Không nêu lại những bài học mang tính nguyên tắc chung đã được khẳng định trong các văn kiện của "
          "Trung ương và của tỉnh."),
    ("b", "III. NỘI DUNG PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030"),
    ("b", "1. Dự báo bối cảnh"),
    ("p", "Dự báo ngắn gọn những thời cơ, thuận lợi và khó khăn, thách thức đối với địa phương trong nhiệm kỳ "
          "2025 - 2030, nhất là khi tổ chức bộ máy của hệ thống chính trị được sắp xếp tinh gọn và các công "
          "trình hạ tầng chiến lược của tỉnh đi vào khai thác."),
    ("b", "2. Mục tiêu tổng quát"),
    ("p", "Mục tiêu tổng quát phải thể hiện tầm nhìn, khát vọng phát triển của địa phương, phù hợp với mục tiêu "
          "chung của tỉnh và định hướng của Quy hoạch tỉnh; diễn đạt ngắn gọn, có tính khái quát cao."),
    ("b", "3. Các chỉ tiêu chủ yếu"),
    ("p", "Xác định khoảng 15-20 chỉ tiêu chủ yếu, chia thành ba nhóm: kinh tế; văn hóa - xã hội và môi trường; "
          "xây dựng Đảng và hệ thống chính trị."),
    ("p", "Các chỉ tiêu phải định lượng được, có cơ sở khoa học và tính khả thi, phù hợp với Quy hoạch tỉnh và "
          "quy hoạch của địa phương; phương pháp tính thống nhất với hướng dẫn của Cục Thống kê tỉnh."),
    ("p", "Không đặt chỉ tiêu thấp hơn mức đã đạt được năm 2025, trừ trường hợp có lý do khách quan được giải "
          "trình cụ thể."),
    ("b", "4. Khâu đột phá"),
    ("p", "Mỗi địa phương lựa chọn từ 2 đến 3 khâu đột phá, bảo đảm tính khả thi, phù hợp với tiềm năng, lợi "
          "thế và những \u201cđiểm nghẽn\u201d lớn nhất của địa phương; mỗi khâu đột phá phải xác định rõ kết "
          "quả cần đạt vào cuối nhiệm kỳ."),
    ("p", "Tránh lựa chọn khâu đột phá trùng lặp nguyên văn với các đột phá chiến lược của tỉnh."),
    ("b", "5. Nhiệm vụ, giải pháp chủ yếu"),
    ("p", "- Xác định các nhiệm vụ, giải pháp trên từng lĩnh vực: phát triển kinh tế; văn hóa - xã hội; tài "
          "nguyên, môi trường; quốc phòng, an ninh và đối ngoại."),
    ("p", "- Giải pháp phải cụ thể, có địa chỉ, có lộ trình và nguồn lực thực hiện; ưu tiên các giải pháp về cơ "
          "chế, huy động nguồn lực ngoài ngân sách và chuyển đổi số."),
    ("p", "- Đề xuất danh mục các công trình, dự án trọng điểm của nhiệm kỳ (đưa vào phụ lục), bảo đảm khả năng "
          "cân đối vốn và phù hợp với kế hoạch đầu tư công trung hạn."),
    ("b", "IV. NỘI DUNG XÂY DỰNG ĐẢNG BỘ VÀ HỆ THỐNG CHÍNH TRỊ"),
    ("p", "- Xác định mục tiêu, nhiệm vụ xây dựng Đảng bộ trong sạch, vững mạnh toàn diện về chính trị, tư "
          "tưởng, đạo đức, tổ chức và cán bộ."),
    ("p", "- Nêu giải pháp nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đảng "
          "viên; xây dựng đội ngũ cán bộ các cấp, nhất là người đứng đầu và cán bộ cấp xã sau sắp xếp, đủ phẩm "
          "chất, năng lực, uy tín."),
    ("p", "- Xác định giải pháp vận hành tổ chức bộ máy sau sắp xếp tinh gọn, hoạt động hiệu năng, hiệu lực, "
          "hiệu quả; đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng."),
    ("p", "- Đề cao công tác kiểm tra, giám sát; kiên quyết, kiên trì phòng, chống tham nhũng, lãng phí, tiêu "
          "cực; xây dựng Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội vững mạnh."),
    ("p", "Phần kết luận của báo cáo nêu lời kêu gọi, khẳng định quyết tâm chính trị của đảng bộ; viết ngắn gọn, "
          "không quá một trang."),
    ("b", "V. YÊU CẦU RIÊNG ĐỐI VỚI MỘT SỐ ĐỊA PHƯƠNG"),
    ("p", "Nhiệm kỳ qua, mỗi địa phương trong tỉnh đã có bước phát triển theo định hướng riêng: khu vực đô thị "
          "phía Tây và trung tâm phát triển mạnh về công nghiệp, dịch vụ; khu vực phía Đông, miền núi, biên "
          "giới và hải đảo có nhiều khởi sắc, khoảng cách vùng miền từng bước được thu hẹp. Ban Thường vụ Tỉnh "
          "ủy đánh giá cao sự chủ động, sáng tạo của các địa phương trong triển khai nghị quyết."),
    ("p", "Ngoài các nội dung chung nêu trên, căn cứ vị trí, đặc điểm và định hướng phát triển theo Quy hoạch "
          "tỉnh, báo cáo chính trị của một số địa phương cần làm rõ thêm:"),
    ("p", "1. Đối với các thành phố Hạ Long, Cẩm Phả, Uông Bí, Móng Cái: đánh giá sâu kết quả xây dựng đô thị "
          "thông minh, chính quyền số, chỉnh trang và tái thiết đô thị. Báo cáo của các thành phố này cần "
          "làm rõ định hướng phát triển dịch vụ chất lượng cao, kinh tế ban đêm, nâng cao chất lượng sống của cư dân đô thị."),
    ("p", "Riêng thành phố Cẩm Phả, thành phố Uông Bí và thị xã Đông Triều đánh giá thêm kết quả hoàn nguyên môi trường, chuyển "
          "đổi công năng các khu vực sau khai thác than và bảo đảm an sinh cho người lao động vùng mỏ."),
    ("p", "2. Đối với thị xã Đông Triều và thị xã Quảng Yên: làm rõ kết quả thu hút đầu tư vào các khu công "
          "nghiệp, lộ trình hoàn thiện các tiêu chí để trở thành thành phố trực thuộc tỉnh. Hai thị xã cần gắn phát "
          "triển công nghiệp với bảo tồn, phát huy giá trị các di tích quốc gia đặc biệt trên địa bàn (Khu di tích nhà "
          "Trần tại Đông Triều, Bãi cọc Bạch Đằng tại Quảng Yên)."),
    ("p", "3. Đối với huyện Vân Đồn: đánh giá vai trò của Khu kinh tế Vân Đồn và Cảng hàng không quốc tế Vân "
          "Đồn đối với sự phát triển của huyện; làm rõ những vướng mắc về cơ chế, quy hoạch cần tháo gỡ và định "
          "hướng phát triển dịch vụ hàng không, logistics, du lịch nghỉ dưỡng cao cấp."),
    ("p", "4. Với huyện Cô Tô, cần đánh giá kết quả bảo đảm điện lưới quốc gia, nước ngọt và giao thông thủy "
          "ra đảo. Trên cơ sở đó, đề xuất cơ chế, chính sách đặc thù để phát triển du lịch sinh thái biển đảo gắn với bảo vệ "
          "chủ quyền biển, đảo và quản lý hiệu quả Khu bảo tồn biển Cô Tô - Đảo Trần."),
    ("p", "5. Đối với các huyện Tiên Yên, Đầm Hà, Hải Hà, Bình Liêu, Ba Chẽ: đánh giá kết quả thực hiện các "
          "chương trình mục tiêu quốc gia, nhất là Chương trình phát triển kinh tế - xã hội vùng đồng bào dân "
          "tộc thiểu số và miền núi; kết quả giảm nghèo bền vững. Các huyện này cần làm rõ thêm kết quả phát "
          "triển kinh tế lâm nghiệp, trồng rừng gỗ lớn và các sản phẩm đặc sản của địa phương."),
    ("p", "Riêng các huyện biên giới Bình Liêu, Hải Hà và thành phố Móng Cái bổ sung đánh giá công tác quản lý, "
          "bảo vệ chủ quyền biên giới quốc gia, phát triển kinh tế cửa khẩu và thực hiện các thỏa thuận hợp tác "
          "với các địa phương giáp biên của Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)."),
    ("p", "Báo cáo chính trị của huyện Tiên Yên không cần trình bày lại nội dung Đề án phát triển đô thị Tiên "
          "Yên đã được Ban Thường vụ Tỉnh ủy thông qua năm 2023."),
    ("part", "Phần thứ ba"),
    ("part", "TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Ban Thường vụ các huyện ủy, thị ủy, thành ủy"),
    ("p", "- Thành lập tiểu ban văn kiện và tổ biên tập báo cáo chính trị, hoàn thành trước ngày 30/11/2024; tổ "
          "biên tập do đồng chí phó bí thư thường trực cấp ủy làm tổ trưởng, đồng chí trưởng ban tuyên giáo cấp "
          "ủy làm tổ phó thường trực."),
    ("p", "- Xây dựng đề cương chi tiết báo cáo chính trị, gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 20/12/2024 "
          "để cho ý kiến."),
    ("p", "- Hoàn thành dự thảo báo cáo chính trị (lần thứ nhất) trong tháng 01/2025; tổ chức lấy ý kiến góp ý "
          "của cán bộ, đảng viên, các tầng lớp nhân dân, các nhà khoa học và cán bộ lão thành cách mạng trong "
          "thời gian từ 10 đến 15 ngày."),
    ("p", "- Chậm nhất ngày 31/3/2025, gửi dự thảo báo cáo chính trị đã tiếp thu, hoàn thiện về Ban Thường vụ "
          "Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) để cho ý kiến trước khi trình đại hội."),
    ("p", "- Thành ủy Uông Bí được chọn tổ chức đại hội điểm cấp huyện, gửi dự thảo báo cáo chính trị về Ban "
          "Thường vụ Tỉnh ủy trước ngày 20/02/2025."),
    ("b", "2. Ban Tuyên giáo Tỉnh ủy"),
    ("p", "Chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy và các sở, ngành liên quan theo dõi, "
          "hướng dẫn việc xây dựng báo cáo; tổng hợp ý kiến, tham mưu Thường trực Tỉnh ủy cho ý kiến đối với dự "
          "thảo báo cáo chính trị của từng địa phương trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ."),
    ("b", "3. Các cơ quan liên quan"),
    ("p", "Đề nghị Cục Thống kê tỉnh cung cấp số liệu ước thực hiện năm 2025 cho các địa phương trước ngày "
          "15/01/2025; các sở, ngành cung cấp thông tin về định hướng phát triển của ngành trên địa bàn khi được "
          "đề nghị."),
    ("p", "Quá trình triển khai, nếu có vướng mắc, các địa phương phản ánh về Ban Tuyên giáo Tỉnh ủy (qua Phòng "
          "Lý luận chính trị và Lịch sử Đảng) để được hướng dẫn."),
]

GUIDE_NOI_NHAN = [
    ("Nơi nhận:", True),
    ("- Thường trực Tỉnh ủy (b/c);", False),
    ("- Các huyện ủy, thị ủy, thành ủy;", False),
    ("- Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy;", False),
    ("- Lưu VT, BTG.", False),
]
GUIDE_SIGNER = [
    ("K/T TRƯỞNG BAN", True),
    ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", True),
    ("", False),
    ("(Đã ký)", False),
    ("", False),
    ("Phạm Thị Hồng Vân", True),
]


def _setup(doc) -> None:
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)


def _stacked_cell(cell, lines, size=13, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = align
    for i, (text, bold) in enumerate(lines):
        run = p.add_run(nfc(text))
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _body(doc, blocks) -> None:
    for kind, text in blocks:
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind in ("c", "part"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "cs":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "b":
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "bi":
            run.bold = run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        else:
            raise ValueError(kind)
        p.paragraph_format.space_after = Pt(6)


def _save_deterministic(doc, path: Path, title: str) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Ban Tuyên giáo Tỉnh ủy"
    cp.title = title
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def make_guide(path: Path) -> None:
    doc = Document()
    _setup(doc)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), GUIDE_LEFT)
    _stacked_cell(head.cell(0, 1), GUIDE_RIGHT)
    head.cell(0, 1).paragraphs[0].runs[-1].italic = True
    doc.add_paragraph("")
    _body(doc, GUIDE_BODY)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), GUIDE_NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _stacked_cell(tail.cell(0, 1), GUIDE_SIGNER)
    _save_deterministic(doc, path, "Hướng dẫn nội dung báo cáo chính trị trình đại hội đảng bộ cấp huyện")


# =====================================================================================================
# (b) Công văn số 1186-CV/BTGTU (.txt, hard-wrapped at 78 columns)
# =====================================================================================================
DISPATCH_HEAD = """\
   TỈNH ỦY QUẢNG NINH                          ĐẢNG CỘNG SẢN VIỆT NAM
     BAN TUYÊN GIÁO                            ----------------------
           *
   Số 1186-CV/BTGTU                   Quảng Ninh, ngày 21 tháng 01 năm 2025
V/v điều chỉnh một số nội dung
Hướng dẫn số 27-HD/BTGTU ngày 18/10/2024

              Kính gửi: Ban Thường vụ các huyện ủy, thị ủy, thành ủy."""

DISPATCH_BODY: list[tuple[str, str]] = [
    ("p", "Ngày 18/10/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 27-HD/BTGTU về nội dung báo cáo chính "
          "trị trình đại hội đảng bộ cấp huyện, nhiệm kỳ 2025 - 2030 (sau đây gọi là Hướng dẫn số 27). Đến nay, "
          "các địa phương đã gửi đề cương chi tiết và đang hoàn thiện dự thảo báo cáo lần thứ nhất."),
    ("p", "Thực hiện chủ trương của Trung ương về sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị và ý "
          "kiến chỉ đạo của Thường trực Tỉnh ủy tại Thông báo số 1512-TB/TU ngày 14/01/2025 về đẩy nhanh tiến "
          "độ chuẩn bị văn kiện đại hội, Ban Tuyên giáo Tỉnh ủy đề nghị Ban Thường vụ các huyện ủy, thị ủy, "
          "thành ủy điều chỉnh hai nội dung của Hướng dẫn số 27 như sau:"),
    ("h", "1. Về dung lượng báo cáo chính trị"),
    ("p", "Báo cáo chính trị trình đại hội đảng bộ cấp huyện có dung lượng không quá 25 trang khổ A4 (không kể "
          "phụ lục), thay cho quy định \"không quá 35 trang\" tại mục I.3 Phần thứ hai của Hướng dẫn số 27. "
          "Các tổ biên tập rà soát, lược bỏ những nội dung mang tính liệt kê, trùng lặp; chuyển các số liệu chi "
          "tiết sang phụ lục. Quy định về phụ lục (không quá 10 trang) giữ nguyên."),
    ("p", "Các địa phương đã gửi dự thảo lần thứ nhất theo dung lượng cũ không phải gửi lại. Tổ biên tập tự "
          "rút gọn khi hoàn thiện dự thảo trình Ban Thường vụ Tỉnh ủy."),
    ("h", "2. Về thời hạn gửi dự thảo báo cáo chính trị"),
    ("p", "Thời hạn gửi dự thảo báo cáo chính trị đã tiếp thu, hoàn thiện về Ban Thường vụ Tỉnh ủy (qua Ban "
          "Tuyên giáo Tỉnh ủy) được điều chỉnh thành chậm nhất ngày 15/3/2025, thay cho ngày 31/3/2025 tại "
          "Phần thứ ba của Hướng dẫn số 27. Thời hạn đối với Thành ủy Uông Bí (đơn vị tổ chức đại hội điểm) "
          "không thay đổi."),
    ("p", "Các nội dung khác của Hướng dẫn số 27 giữ nguyên. Ban Tuyên giáo Tỉnh ủy đề nghị Ban Thường vụ các "
          "huyện ủy, thị ủy, thành ủy quan tâm, chỉ đạo thực hiện./."),
]

DISPATCH_TAIL = """\
Nơi nhận:                                          K/T TRƯỞNG BAN
- Như trên;                                         PHÓ TRƯỞNG BAN
- Thường trực Tỉnh ủy (b/c);
- Lưu VT, BTG.                                         (Đã ký)
                                                    Đỗ Văn Khánh"""


def dispatch_text() -> str:
    parts = [DISPATCH_HEAD, ""]
    for kind, text in DISPATCH_BODY:
        if kind == "h":
            parts.append(text)
        else:
            parts.append(textwrap.fill(text, width=78, initial_indent="    ", break_on_hyphens=False))
        parts.append("")
    parts.append(DISPATCH_TAIL)
    return nfc("\n".join(parts) + "\n")


# =====================================================================================================
# (c) Báo cáo chính trị Đảng bộ huyện Vân Đồn, nhiệm kỳ 2020 - 2025 (.pdf)
# kinds: part, h1, h2, h3, p, item, space
# =====================================================================================================
REPORT_TITLE_BLOCK = [("ĐẢNG BỘ TỈNH QUẢNG NINH", 12), ("ĐẢNG BỘ HUYỆN VÂN ĐỒN", 12)]
REPORT_TITLE = "BÁO CÁO CHÍNH TRỊ"
REPORT_SUBTITLE = ("của Ban Chấp hành Đảng bộ huyện khóa XXIII trình Đại hội đại biểu Đảng bộ huyện Vân Đồn "
                   "lần thứ XXIV, nhiệm kỳ 2020 - 2025")
REPORT_THEME = ("Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, khai thác hiệu "
                "quả tiềm năng, lợi thế kinh tế biển; xây dựng Vân Đồn phát triển nhanh, bền vững, trở thành "
                "trung tâm dịch vụ, du lịch biển đảo của tỉnh.")
RUNNING_HEADER = "Báo cáo chính trị Đảng bộ huyện Vân Đồn, nhiệm kỳ 2020 - 2025"

REPORT_BODY: list[tuple[str, str]] = [
    ("p", "Đại hội đại biểu Đảng bộ huyện Vân Đồn lần thứ XXIV, nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh "
          "toàn Đảng, toàn dân đang thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XV "
          "và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Nhiệm kỳ 2015 - 2020 là nhiệm kỳ có nhiều dấu "
          "mốc quan trọng trong lịch sử phát triển của huyện đảo, gắn với việc xây dựng Khu kinh tế Vân Đồn và "
          "hàng loạt công trình hạ tầng chiến lược trên địa bàn."),
    ("p", "Ban Chấp hành Đảng bộ huyện khóa XXIII báo cáo Đại hội kết quả thực hiện Nghị quyết Đại hội lần "
          "thứ XXIII, nhiệm kỳ 2015 - 2020 và phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2020 - 2025 "
          "như sau:"),
    ("part", "PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIII, "
             "NHIỆM KỲ 2015 - 2020"),
    ("h1", "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Trong bối cảnh thuận lợi đan xen khó khăn, nhất là tác động của dịch COVID-19 từ đầu năm 2020, "
          "Đảng bộ, chính quyền và nhân dân các dân tộc huyện Vân Đồn đã đoàn kết, nỗ lực vượt qua thách thức, "
          "thực hiện đạt và vượt 21/24 chỉ tiêu chủ yếu Nghị quyết Đại hội đề ra; diện mạo huyện đảo thay đổi "
          "rõ rệt, đời sống nhân dân được nâng lên."),
    ("h2", "1. Về phát triển kinh tế"),
    ("h3", "a) Tăng trưởng và cơ cấu kinh tế"),
    ("p", "Tổng giá trị sản xuất (giá so sánh 2010) tăng bình quân 14,2%/năm, vượt 1,2 điểm phần trăm so với "
          "mục tiêu Nghị quyết. Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng dịch vụ - du lịch tăng từ 38,6% "
          "năm 2015 lên 51,4% năm 2020; công nghiệp - xây dựng chiếm 27,9%; nông, lâm nghiệp, thủy sản giảm còn "
          "20,7%. Thu nhập bình quân đầu người năm 2020 ước đạt 4.850 USD, gấp 1,9 lần năm 2015. Thu ngân sách "
          "nhà nước trên địa bàn năm 2019 đạt 1.126 tỷ đồng, gấp 3,4 lần năm 2015; huyện tự cân đối được ngân "
          "sách từ năm 2018."),
    ("h3", "b) Khu kinh tế và kết cấu hạ tầng"),
    ("p", "Khu kinh tế Vân Đồn được tập trung đầu tư, trở thành động lực tăng trưởng mới của huyện và của "
          "tỉnh. Cảng hàng không quốc tế Vân Đồn, cảng hàng không đầu tiên của cả nước đầu tư theo hình thức "
          "hợp đồng BOT, được khánh thành và đưa vào khai thác ngày 30/12/2018; năm 2019 đã đón trên 320.000 "
          "lượt hành khách. Tuyến cao tốc Hạ Long - Vân Đồn thông xe tháng 9/2018, rút ngắn đáng kể thời gian "
          "kết nối với trung tâm tỉnh. Trong nhiệm kỳ, Khu kinh tế đã thu hút 38 dự án ngoài ngân sách với tổng "
          "vốn đăng ký khoảng 61.300 tỷ đồng."),
    ("p", "Tuy nhiên, việc lùi thời điểm thông qua dự án Luật Đơn vị hành chính - kinh tế đặc biệt (tháng "
          "6/2018) đã ảnh hưởng đến tâm lý của các nhà đầu tư; một số dự án lớn chậm triển khai so với cam kết. "
          "Huyện đã phối hợp với Ban Quản lý Khu kinh tế tỉnh rà soát, điều chỉnh Quy hoạch chung xây dựng Khu "
          "kinh tế Vân Đồn đến năm 2040 theo hướng trở thành khu kinh tế chuyên biệt, trọng tâm là công nghiệp "
          "dịch vụ, du lịch sinh thái biển đảo."),
    ("h3", "c) Du lịch, dịch vụ"),
    ("p", "Du lịch có bước phát triển mạnh, từng bước khẳng định vai trò ngành kinh tế mũi nhọn. Tổng lượt "
          "khách du lịch năm 2019 đạt 1,35 triệu lượt, tăng bình quân 21,6%/năm; doanh thu du lịch đạt 1.040 tỷ "
          "đồng. Các điểm đến Quan Lạn, Minh Châu, Ngọc Vừng, Cái Bầu được quy hoạch, đầu tư hạ tầng; hình thành "
          "một số khu nghỉ dưỡng và cơ sở lưu trú cộng đồng đạt chuẩn. Hoạt động thương mại, vận tải thủy và "
          "dịch vụ hậu cần nghề cá phát triển khá."),
    ("h3", "d) Nông, lâm nghiệp, thủy sản và xây dựng nông thôn mới"),
    ("p", "Giá trị sản xuất thủy sản tăng bình quân 8,7%/năm; diện tích nuôi trồng thủy sản đạt 3.150 ha, trong "
          "đó nuôi biển theo hướng công nghệ cao, nuôi ngọc trai, hàu, sá sùng là những sản phẩm có giá trị kinh "
          "tế cao. Tỷ lệ che phủ rừng đạt 65%. Chương trình xây dựng nông thôn mới đạt kết quả nổi bật: 10/11 "
          "xã đạt chuẩn nông thôn mới, trong đó 2 xã đạt chuẩn nông thôn mới nâng cao; 19 sản phẩm OCOP được "
          "công nhận, tiêu biểu là chả mực, sá sùng khô, rượu ba kích."),
    ("h2", "2. Về văn hóa - xã hội"),
    ("p", "Chất lượng giáo dục được nâng lên; tỷ lệ trường đạt chuẩn quốc gia đạt 78,6%. Mạng lưới y tế được "
          "củng cố, Trung tâm Y tế huyện được đầu tư nâng cấp; 100% trạm y tế xã đạt Bộ tiêu chí quốc gia về y "
          "tế xã. Đến cuối năm 2019, huyện không còn hộ nghèo theo chuẩn nghèo của tỉnh; bình quân mỗi năm giải "
          "quyết việc làm cho khoảng 1.800 lao động. Các lễ hội truyền thống như Lễ hội đình Quan Lạn, Lễ hội "
          "đình Cái Bầu được duy trì; di tích Thương cảng cổ Vân Đồn được quan tâm nghiên cứu, bảo tồn."),
    ("h2", "3. Về quốc phòng, an ninh"),
    ("p", "Nhiệm vụ quốc phòng, an ninh được giữ vững, nhất là trên các đảo và vùng biển. Huyện chủ động phối "
          "hợp với thành phố Cẩm Phả và huyện Tiên Yên trong quản lý vùng biển giáp ranh, tuần tra kiểm soát, "
          "ngăn chặn hoạt động khai thác thủy sản bằng kích điện, chất nổ và vận chuyển hàng lậu trên biển. "
          "Diễn tập khu vực phòng thủ huyện năm 2018 đạt loại giỏi. Tình hình an ninh chính trị, trật tự an "
          "toàn xã hội ổn định; các vụ việc phức tạp liên quan đến đất đai, giải phóng mặt bằng được giải quyết "
          "dứt điểm."),
    ("h2", "4. Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "Công tác xây dựng Đảng được chú trọng toàn diện. Việc thực hiện Nghị quyết Trung ương 4 khóa XII "
          "gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị được triển khai nghiêm túc. Toàn Đảng bộ kết nạp 412 "
          "đảng viên mới; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 90%. Công "
          "tác kiểm tra, giám sát được tăng cường. Huyện hoàn thành sắp xếp, tinh gọn các cơ quan chuyên môn; "
          "100% thôn, khu thực hiện mô hình bí thư chi bộ đồng thời là trưởng thôn, trưởng khu."),
    ("h1", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("item", "- Có 3/24 chỉ tiêu không đạt: tỷ lệ đô thị hóa, số xã đạt chuẩn nông thôn mới nâng cao và tỷ lệ "
             "lao động qua đào tạo có chứng chỉ."),
    ("item", "- Tiến độ giải phóng mặt bằng một số dự án trọng điểm còn chậm; quản lý đất đai, trật tự xây dựng "
             "ở một số xã còn buông lỏng, để xảy ra tình trạng chuyển nhượng đất trái phép, \u201csốt đất\u201d "
             "giai đoạn 2017 - 2018."),
    ("item", "- Chất lượng dịch vụ du lịch chưa đồng đều, sản phẩm du lịch còn đơn điệu; hạ tầng điện, nước tại "
             "các xã đảo chưa đáp ứng nhu cầu phát triển."),
    ("space", ""),
    ("p", "Nguyên nhân chủ yếu của hạn chế là do một số cấp ủy, chính quyền cơ sở và người đứng đầu chưa quyết "
          "liệt trong chỉ đạo; năng lực tham mưu của một số cơ quan chuyên môn còn hạn chế; cơ chế đặc thù cho "
          "Khu kinh tế chưa được ban hành đồng bộ."),
    ("h1", "III. BÀI HỌC KINH NGHIỆM"),
    ("p", "Một là, phải thường xuyên chăm lo xây dựng Đảng bộ trong sạch, vững mạnh; phát huy vai trò nêu gương "
          "của cán bộ, đảng viên, nhất là người đứng đầu."),
    ("p", "Hai là, bám sát sự lãnh đạo của Tỉnh ủy, tranh thủ tối đa sự hỗ trợ của tỉnh và các nhà đầu tư chiến "
          "lược để phát triển hạ tầng; kiên trì mục tiêu phát triển bền vững, không đánh đổi môi trường lấy tăng "
          "trưởng."),
    ("p", "Ba là, làm tốt công tác dân vận, công khai, minh bạch trong giải phóng mặt bằng; lấy sự hài lòng của "
          "nhân dân làm thước đo."),
    ("p", "Bốn là, chủ động, linh hoạt trong lãnh đạo, chỉ đạo; kịp thời tháo gỡ khó khăn, vướng mắc cho doanh "
          "nghiệp và nhà đầu tư."),
    ("part", "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025"),
    ("h1", "I. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, khai thác "
          "hiệu quả tiềm năng, lợi thế về biển, đảo; phát triển Vân Đồn trở thành trung tâm dịch vụ, du lịch "
          "sinh thái biển đảo chất lượng cao, đô thị biển xanh, thông minh, hiện đại; giữ vững quốc phòng, an "
          "ninh, chủ quyền biển, đảo."),
    ("h1", "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025"),
    ("item", "1. Tổng giá trị sản xuất tăng bình quân 13 - 14%/năm."),
    ("item", "2. Tỷ trọng dịch vụ - du lịch trong cơ cấu kinh tế đạt trên 60% vào năm 2025."),
    ("item", "3. Thu nhập bình quân đầu người năm 2025 đạt 8.000 USD."),
    ("item", "4. Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm."),
    ("item", "5. Tổng lượt khách du lịch năm 2025 đạt 2,5 triệu lượt."),
    ("item", "6. 100% số xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("item", "7. Tỷ lệ lao động qua đào tạo đạt 80%."),
    ("item", "8. Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 97%."),
    ("item", "9. 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ, trong đó trên 90% hoàn thành tốt nhiệm vụ trở lên."),
    ("item", "10. Mỗi năm kết nạp từ 80 đảng viên mới trở lên."),
    ("space", ""),
    ("h1", "III. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Một là, đột phá về hoàn thiện hạ tầng kết nối và hạ tầng đô thị, trọng tâm là hạ tầng khu vực Cái "
          "Rồng - Đông Xá và hạ tầng điện, nước cho các xã đảo."),
    ("p", "Hai là, đột phá về thu hút các nhà đầu tư chiến lược vào lĩnh vực du lịch nghỉ dưỡng cao cấp, dịch vụ "
          "hàng không và logistics."),
    ("p", "Ba là, đột phá về phát triển nguồn nhân lực chất lượng cao phục vụ Khu kinh tế, gắn với cải cách hành "
          "chính, xây dựng chính quyền điện tử."),
    ("h1", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("h2", "1. Phát triển kinh tế biển theo hướng bền vững"),
    ("p", "Tập trung phát triển du lịch sinh thái biển đảo chất lượng cao, hình thành các sản phẩm du lịch đặc "
          "trưng gắn với di sản Thương cảng cổ Vân Đồn và văn hóa làng chài; phát triển nuôi biển công nghệ cao, "
          "chuyển đổi nghề khai thác ven bờ sang nuôi trồng và dịch vụ; khai thác hiệu quả Cảng hàng không quốc "
          "tế Vân Đồn, mở thêm các đường bay quốc tế."),
    ("h2", "2. Quản lý chặt chẽ đất đai, quy hoạch và bảo vệ môi trường"),
    ("p", "Công khai quy hoạch, kế hoạch sử dụng đất; xử lý nghiêm các trường hợp vi phạm trật tự xây dựng, "
          "chuyển nhượng đất trái phép; bảo vệ nghiêm ngặt rừng ngập mặn, rừng đặc dụng Bái Tử Long và hệ sinh "
          "thái biển; 100% chất thải rắn sinh hoạt được thu gom, xử lý."),
    ("h2", "3. Phát triển văn hóa - xã hội, nâng cao đời sống nhân dân"),
    ("p", "Nâng cao chất lượng giáo dục, y tế; đào tạo nghề du lịch, dịch vụ cho lao động địa phương; bảo tồn, "
          "phát huy giá trị các di tích, lễ hội truyền thống; bảo đảm an sinh xã hội, không để tái nghèo."),
    ("h2", "4. Giữ vững quốc phòng, an ninh"),
    ("p", "Xây dựng khu vực phòng thủ huyện vững chắc; giữ vững chủ quyền biển, đảo; chủ động nắm chắc tình "
          "hình, không để hình thành điểm nóng về an ninh, trật tự."),
    ("h2", "5. Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
    ("p", "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng; xây dựng đội ngũ cán bộ có đủ phẩm "
          "chất, năng lực, ngang tầm nhiệm vụ quản lý khu kinh tế; tăng cường kiểm tra, giám sát, nhất là trong "
          "quản lý đất đai, đầu tư xây dựng."),
    ("p", "Với truyền thống cách mạng và tinh thần đoàn kết, Đảng bộ và nhân dân các dân tộc huyện Vân Đồn quyết "
          "tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025."),
]

BODY = 13
LINE = 6.3
AFTER = 2.5


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
    pdf = Report(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Serif", "BI", str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_title("Báo cáo chính trị Đảng bộ huyện Vân Đồn nhiệm kỳ 2020 - 2025")
    pdf.set_creation_date(dt.datetime(2020, 7, 20, tzinfo=dt.UTC))
    pdf.add_page()
    for text, size in REPORT_TITLE_BLOCK:
        pdf.set_font("Serif", "B", size)
        pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "*", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(0, 10, REPORT_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", BODY)
    pdf.set_x(40)
    pdf.multi_cell(140, LINE, REPORT_SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "I", 12)
    pdf.set_x(40)
    pdf.multi_cell(140, 6, REPORT_THEME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    across = 0
    line_height = LINE / (BODY * 0.3528)
    for kind, text in REPORT_BODY:
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
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.page_no()


def report_paragraphs() -> list[str]:
    """The report's text, one entry per paragraph, as written into the PDF."""
    out = [t for t, _ in REPORT_TITLE_BLOCK] + ["*", REPORT_TITLE, REPORT_SUBTITLE, REPORT_THEME]
    for kind, text in REPORT_BODY:
        if kind == "part":
            out.extend(text.split("\n"))
        elif text:
            out.append(text)
    return [nfc(x) for x in out]


def guide_paragraphs() -> list[str]:
    d = Document(GUIDE)
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]


def dispatch_paragraphs() -> list[str]:
    text = DISPATCH.read_text(encoding="utf-8")
    return [re.sub(r"\s+", " ", b).strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


# =====================================================================================================
# Drafts (district report sections pasted by a drafting team)
# =====================================================================================================
DRAFT_TEXTS: dict[str, str] = {}

DRAFT_TEXTS["01_co_to_phuong_huong.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ HUYỆN CÔ TÔ, NHIỆM KỲ 2025 - 2030 (trích Phần thứ hai)

PHẦN THỨ HAI
BỐI CẢNH, PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I. DỰ BÁO BỐI CẢNH

Nhiệm kỳ 2020 - 2025, điện lưới quốc gia đã cung cấp ổn định 24/24 giờ cho thị trấn Cô Tô, xã Đồng Tiến và xã Thanh Lân; hồ chứa nước C4 được nâng cấp và nhà máy lọc nước biển công suất 1.000 m3/ngày đêm đi vào hoạt động, cơ bản bảo đảm nước sinh hoạt trong mùa du lịch cao điểm; số chuyến tàu khách cao tốc ra đảo tăng từ 6 lên 14 chuyến/ngày vào mùa hè.

Nhiệm kỳ 2025 - 2030, huyện có thời cơ lớn khi hạ tầng điện, cảng đã được đầu tư cơ bản, nhu cầu du lịch biển đảo tiếp tục tăng và tỉnh ưu tiên nguồn lực cho khu vực hải đảo. Bên cạnh đó, huyện phải đối mặt với nhiều thách thức: nguồn nước ngọt vẫn phụ thuộc vào nước mưa và các hồ chứa nhỏ; thời tiết cực đoan ngày càng khốc liệt, cơn bão số 3 năm 2024 làm hư hỏng 1.270 ngôi nhà, gãy đổ trên 60% cây xanh trên đảo; bộ máy chính quyền cơ sở sau sắp xếp cần thời gian ổn định.

II. MỤC TIÊU TỔNG QUÁT

Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đoàn kết của nhân dân trên đảo; phát triển Cô Tô thành huyện đảo xanh, điểm đến du lịch sinh thái biển đảo đặc sắc; xây dựng "pháo đài" vững chắc bảo vệ chủ quyền biển, đảo nơi địa đầu Đông Bắc của Tổ quốc.

III. CÁC CHỈ TIÊU CHỦ YẾU

Nhiệm kỳ 2025 - 2030 xác định 17 chỉ tiêu chủ yếu, chia thành ba nhóm:

a) Nhóm kinh tế (7 chỉ tiêu), trong đó: tổng giá trị sản xuất tăng bình quân 12%/năm; tổng lượt khách du lịch năm 2030 đạt 550 nghìn lượt; thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm.

b) Nhóm văn hóa - xã hội và môi trường (6 chỉ tiêu), trong đó: 100% hộ dân được sử dụng nước sạch quanh năm; tỷ lệ che phủ rừng duy trì ổn định ở mức 76%; 100% chất thải rắn sinh hoạt được thu gom, xử lý đúng quy định.

c) Nhóm xây dựng Đảng và hệ thống chính trị (4 chỉ tiêu), trong đó: hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Các chỉ tiêu được tính toán trên cơ sở số liệu thống kê năm 2024 và ước thực hiện năm 2025, bảo đảm định lượng được và phù hợp với Quy hoạch tỉnh.

IV. KHÂU ĐỘT PHÁ

Nhiệm kỳ 2025 - 2030, Đảng bộ huyện xác định 2 khâu đột phá:

Một là, hoàn thiện hạ tầng thiết yếu của huyện đảo, trọng tâm là hệ thống cấp nước ngọt, cảng tàu khách và hạ tầng số; đến năm 2030 bảo đảm 100% hộ dân được cấp nước sạch quanh năm.

Hai là, phát triển du lịch sinh thái biển đảo chất lượng cao gắn với quản lý hiệu quả Khu bảo tồn biển Cô Tô - Đảo Trần; đến năm 2030 có ít nhất 2 khu du lịch sinh thái đạt tiêu chuẩn quốc gia.

V. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

1. Về phát triển kinh tế: phát triển du lịch sinh thái, du lịch cộng đồng, du lịch trải nghiệm nghề biển; hỗ trợ ngư dân chuyển sang nuôi biển và dịch vụ du lịch. Ủy ban nhân dân huyện chủ trì, phối hợp với Sở Giao thông vận tải hoàn thành nâng cấp cảng tàu khách Cô Tô trước năm 2027, nguồn vốn ngân sách tỉnh kết hợp xã hội hóa.

2. Về văn hóa - xã hội: nâng cao chất lượng giáo dục, y tế trên đảo; bảo tồn, phát huy giá trị Khu di tích Chủ tịch Hồ Chí Minh về thăm huyện đảo Cô Tô.

3. Về tài nguyên, môi trường: xây dựng thêm hồ chứa nước tại xã Thanh Lân (hoàn thành năm 2028); quản lý chặt chẽ hoạt động khai thác thủy sản trong vùng lõi khu bảo tồn.

4. Về quốc phòng, an ninh: xây dựng khu vực phòng thủ huyện đảo vững chắc; phối hợp chặt chẽ với Bộ đội Biên phòng, Hải quân, Cảnh sát biển bảo vệ ngư dân khai thác hải sản.

5. Kiến nghị với Tỉnh ủy, Hội đồng nhân dân tỉnh nghiên cứu ban hành cơ chế, chính sách đặc thù cho huyện đảo Cô Tô: hỗ trợ giá cước vận tải hành khách, hàng hóa ra đảo; ưu đãi tiền thuê đất, thuế đối với dự án du lịch sinh thái; cơ chế giao khu vực biển cho cộng đồng ngư dân cùng quản lý nguồn lợi thủy sản, gắn phát triển kinh tế với bảo vệ chủ quyền biển, đảo.

Danh mục 9 công trình, dự án trọng điểm nhiệm kỳ 2025 - 2030, có xác định nguồn vốn và tiến độ, được thể hiện tại Phụ lục 3 kèm theo báo cáo.
"""

DRAFT_TEXTS["02_binh_lieu_danh_gia.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ HUYỆN BÌNH LIÊU (lần 1) - trích Phần thứ nhất

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN NHIỆM KỲ 2020 - 2025

1. Về phát triển kinh tế

Tổng giá trị sản xuất trên địa bàn tăng bình quân 9,1%/năm, đạt chỉ tiêu Nghị quyết đề ra nhưng thấp hơn mức tăng bình quân chung của tỉnh. Cơ cấu kinh tế chuyển dịch theo hướng tăng dần tỷ trọng dịch vụ: nông, lâm nghiệp chiếm 31,5%; công nghiệp - xây dựng 26,2%; dịch vụ 42,3%. Thu nhập bình quân đầu người năm 2025 ước đạt 68 triệu đồng, gấp 1,7 lần năm 2020. Thu ngân sách nhà nước trên địa bàn năm 2024 đạt 126 tỷ đồng.

Huyện tập trung thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2025 với tổng nguồn vốn 412 tỷ đồng; đầu tư 37 công trình giao thông, thủy lợi, nhà văn hóa thôn; hỗ trợ đất ở, nhà ở, nước sinh hoạt cho 215 hộ đồng bào. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm từ 7,8% năm 2021 xuống còn 1,2% năm 2024; không còn thôn đặc biệt khó khăn.

Chương trình xây dựng nông thôn mới tiếp tục được quan tâm; đến nay 6/7 xã đạt chuẩn nông thôn mới, trong đó xã Lục Hồn đạt chuẩn nông thôn mới nâng cao. Huyện có 14 sản phẩm OCOP được công nhận, tiêu biểu là miến dong, chè hoa vàng và rượu men lá.

2. Về văn hóa - xã hội

Mạng lưới trường, lớp được sắp xếp hợp lý; tỷ lệ trường đạt chuẩn quốc gia đạt 81%; chất lượng giáo dục vùng cao có chuyển biến rõ, tỷ lệ học sinh dân tộc thiểu số đỗ vào lớp 10 công lập tăng từ 71% lên 86%. Trung tâm Y tế huyện được nâng cấp, 100% trạm y tế xã có bác sĩ. Bình quân mỗi năm giải quyết việc làm cho 1.050 lao động; các chính sách đối với người có công, đối tượng bảo trợ xã hội được thực hiện đầy đủ, kịp thời.

Bản sắc văn hóa các dân tộc Tày, Dao, Sán Chỉ được giữ gìn: hát Soóng cọ của người Sán Chỉ được công nhận là di sản văn hóa phi vật thể quốc gia; Lễ hội đình Lục Nà và Hội chợ văn hóa - thể thao vùng cao được tổ chức định kỳ, thu hút đông đảo nhân dân, du khách. Phong trào xây dựng thôn, bản văn hóa được duy trì.

3. Về quốc phòng, an ninh

Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.

4. Hạn chế, yếu kém

Một số chỉ tiêu chưa đạt so với kế hoạch. Sản xuất nông nghiệp còn nhỏ lẻ, manh mún, liên kết tiêu thụ sản phẩm chưa bền vững; chất lượng nguồn nhân lực còn thấp; hạ tầng giao thông liên thôn ở một số xã vùng sâu chưa đáp ứng yêu cầu.
"""

DRAFT_TEXTS["03_mong_cai_lap_lai.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ THÀNH PHỐ MÓNG CÁI, NHIỆM KỲ 2025 - 2030
(Bản tổ biên tập, trích các mục đánh giá)

1. Về tốc độ tăng trưởng, quy mô và cơ cấu kinh tế

Tổng sản phẩm trên địa bàn thành phố tăng bình quân 11,2%/năm giai đoạn 2021 - 2025, cao hơn mức bình quân chung của tỉnh và vượt chỉ tiêu Nghị quyết (10%/năm). Cơ cấu kinh tế: thương mại - dịch vụ - du lịch chiếm 67,4%, công nghiệp - xây dựng 24,1%, nông, lâm nghiệp, thủy sản 8,5%. Thu nhập bình quân đầu người năm 2025 ước đạt 9.400 USD; thu ngân sách nhà nước trên địa bàn bình quân 5.900 tỷ đồng/năm, chủ yếu từ hoạt động xuất nhập khẩu.

2. Về xây dựng đô thị thông minh, chính quyền số, chỉnh trang và tái thiết đô thị

Thành phố đã đưa vào vận hành Trung tâm điều hành đô thị thông minh (IOC) năm 2022, kết nối dữ liệu camera an ninh, giao thông, phản ánh hiện trường; 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên môi trường số; tỷ lệ dân số trưởng thành có danh tính điện tử đạt 92%. Các tuyến phố Trần Phú, Hùng Vương, Tuệ Tĩnh được chỉnh trang đồng bộ; khu dân cư cũ ven sông Ka Long được tái thiết, di dời 146 hộ ra khỏi vùng sạt lở.

3. Về định hướng phát triển dịch vụ chất lượng cao, kinh tế ban đêm, nâng cao chất lượng sống của cư dân đô thị

(Tổ biên tập bổ sung sau khi có ý kiến của các phòng chuyên môn.)

4. Về quản lý, bảo vệ chủ quyền biên giới quốc gia, phát triển kinh tế cửa khẩu và thực hiện các thỏa thuận hợp tác với các địa phương giáp biên

Thành phố phối hợp chặt chẽ với Bộ đội Biên phòng quản lý, bảo vệ 72,2 km đường biên giới đất liền và mốc giới; không để xảy ra vi phạm chủ quyền, xâm canh, xâm cư. Tổng kim ngạch xuất nhập khẩu qua Cửa khẩu quốc tế Móng Cái và cầu phao Km3+4 Hải Yên bình quân đạt 4,1 tỷ USD/năm; cầu Bắc Luân II được mở cho hàng hóa xuất nhập khẩu, thông quan điện tử giảm thời gian làm thủ tục còn dưới 30 phút/phương tiện. Thành phố thực hiện đầy đủ 8 thỏa thuận hợp tác đã ký với thành phố Đông Hưng (Quảng Tây, Trung Quốc) về quản lý cửa khẩu, phòng chống dịch bệnh, giao lưu văn hóa - thể thao.

5. Về khắc phục hậu quả cơn bão số 3, khôi phục sản xuất, ổn định đời sống nhân dân

(Bổ sung số liệu.)

6. Đánh giá chung

So với giai đoạn 5-10 năm trước, diện mạo Móng Cái thay đổi căn bản: quy mô kinh tế năm 2025 gấp 2,4 lần năm 2015; diện tích đô thị mở rộng từ 31% lên 52% diện tích tự nhiên; thu nhập bình quân đầu người tăng gấp đôi so với năm 2018.

7. Hạn chế, yếu kém và nguyên nhân

Có 2/19 chỉ tiêu không đạt là tỷ lệ đô thị hóa và số xã đạt chuẩn nông thôn mới kiểu mẫu; dự án khu công nghiệp Hải Yên giai đoạn 2 và tuyến kè sông Ka Long chậm tiến độ. Trách nhiệm thuộc về Ban Thường vụ Thành ủy, Ủy ban nhân dân thành phố, trước hết là người đứng đầu các cơ quan được giao chủ trì. Nguyên nhân chủ quan là công tác giải phóng mặt bằng thiếu quyết liệt, năng lực tham mưu của một số phòng chuyên môn còn hạn chế; nguyên nhân khách quan là dịch COVID-19 làm gián đoạn hoạt động thông quan gần hai năm.

8. Bài học kinh nghiệm

Từ thực tiễn lãnh đạo, chỉ đạo, Đảng bộ thành phố rút ra 4 bài học kinh nghiệm sát với thực tiễn: một là, giữ vững đoàn kết, thống nhất trong cấp ủy; hai là, chủ động thích ứng với biến động chính sách thương mại biên giới; ba là, lấy người dân và doanh nghiệp làm trung tâm phục vụ; bốn là, kiên quyết xử lý vi phạm trong quản lý đất đai, trật tự đô thị.
"""

DRAFT_TEXTS["04_dong_trieu_dien_dat_khac.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ THỊ XÃ ĐÔNG TRIỀU (bản lấy ý kiến), trích

I. NHỮNG KẾT QUẢ NỔI BẬT CỦA NHIỆM KỲ 2020 - 2025

Kinh tế của thị xã giữ nhịp tăng bình quân 11,8% mỗi năm, nhỉnh hơn mặt bằng chung toàn tỉnh và vượt mục tiêu nghị quyết; đến năm 2025, giá trị tăng thêm trên địa bàn ước đạt 21.400 tỷ đồng, dịch vụ và công nghiệp chế biến chiếm trên 70%. Mỗi người dân có mức thu nhập ước 7.600 USD/năm; nguồn thu ngân sách trên địa bàn năm 2024 đạt 1.580 tỷ đồng.

Thị xã chủ động giảm dần tỷ trọng khai khoáng trong nền kinh tế, từ 41% năm 2020 xuống còn 29% năm 2025; ưu tiên đón nhận các dự án chế biến, chế tạo ít phát thải, năng lượng tái tạo; thí điểm tái sử dụng đất đá thải mỏ để san nền các cụm công nghiệp, giảm áp lực khai thác đất đồi.

Quy hoạch chung thị xã được điều chỉnh, làm cơ sở quản lý đất đai và kêu gọi đầu tư; tuyến đường ven sông kết nối với cao tốc Hạ Long - Hải Phòng đoạn qua địa bàn cơ bản hoàn thành, mở ra không gian phát triển mới về phía Nam. Các nhà đầu tư thứ cấp đã đưa 27 dự án vào Khu công nghiệp Đông Triều và các cụm công nghiệp Kim Sơn, Hồng Phong, tổng vốn đăng ký khoảng 1,9 tỷ USD, tạo việc làm cho hơn 14.000 lao động.

Về mục tiêu nâng cấp đô thị: đến hết năm 2024, thị xã đã đáp ứng 58/59 tiêu chuẩn của đô thị loại III; Đảng bộ xác định hoàn thiện nốt tiêu chuẩn còn thiếu trong năm 2025 để trình cấp có thẩm quyền xem xét thành lập thành phố Đông Triều thuộc tỉnh Quảng Ninh. Song song với phát triển công nghiệp, thị xã dành nguồn lực gìn giữ, tôn tạo quần thể An Sinh - Ngọa Vân - Quỳnh Lâm; các khu, cụm công nghiệp mới đều được bố trí ngoài vùng bảo vệ di tích.

Nếu đặt cạnh năm 2015, quy mô kinh tế của Đông Triều đã tăng gấp 2,7 lần; đường làng, ngõ xóm được cứng hóa toàn bộ, đời sống vật chất và tinh thần của người dân đổi thay rõ rệt.

II. NHỮNG MẶT CÒN TỒN TẠI

Hai mục tiêu chưa hoàn thành là tỷ lệ đô thị hóa và số xã đạt chuẩn nông thôn mới kiểu mẫu; dự án chợ trung tâm Mạo Khê và đường trục phía Bắc thi công kéo dài. Trách nhiệm trước hết thuộc về tập thể Ban Thường vụ Thị ủy và đồng chí Chủ tịch Ủy ban nhân dân thị xã với vai trò người đứng đầu cơ quan điều hành.

Tồn tại trên bắt nguồn trước hết từ phía chủ quan: một số cấp ủy, người đứng đầu chưa sâu sát, thiếu quyết liệt; phối hợp giữa các phòng, ban trong giải phóng mặt bằng chưa nhịp nhàng. Yếu tố khách quan như giá vật liệu tăng cao, dịch bệnh kéo dài cũng có tác động nhất định.

III. TRỌNG TÂM NHIỆM KỲ 2025 - 2030

Nhiệm kỳ tới, thị xã dồn lực tạo chuyển biến mang tính bước ngoặt ở ba lĩnh vực: (1) hoàn thiện hạ tầng đô thị loại III và kết nối vùng, phấn đấu đến năm 2030 tỷ lệ đô thị hóa đạt 75%; (2) thu hút công nghiệp công nghệ cao, công nghiệp hỗ trợ vào các khu, cụm công nghiệp, đến năm 2030 lấp đầy trên 80% diện tích; (3) phát triển du lịch văn hóa - tâm linh gắn với quần thể di tích nhà Trần, đón 3 triệu lượt khách vào năm 2030.
"""

DRAFT_TEXTS["05_ba_che_chi_tieu_dot_pha.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ HUYỆN BA CHẼ, NHIỆM KỲ 2025 - 2030 (trích)

I. KẾT QUẢ NỔI BẬT VỀ PHÁT TRIỂN VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ

Nhiệm kỳ 2020 - 2025, huyện triển khai đồng bộ ba chương trình mục tiêu quốc gia; riêng Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi được bố trí 386 tỷ đồng, xây dựng 52 công trình hạ tầng thiết yếu, hỗ trợ sinh kế cho 1.130 hộ. Tỷ lệ hộ nghèo đa chiều giảm từ 9,6% xuống 1,4%, không phát sinh hộ tái nghèo.

Kinh tế lâm nghiệp trở thành trụ cột: diện tích rừng trồng gỗ lớn đạt 1.850 ha, có 12.600 ha rừng được cấp chứng chỉ FSC; diện tích quế đạt 5.400 ha, ba kích tím 260 ha, trà hoa vàng 210 ha. Ba kích Ba Chẽ và trà hoa vàng Ba Chẽ được cấp chỉ dẫn địa lý, có 21 sản phẩm OCOP từ 3 sao trở lên.

II. BÀI HỌC KINH NGHIỆM

Đảng bộ huyện rút ra 4 bài học kinh nghiệm:
1. Phải bám sát cơ sở, lấy thôn, bản làm địa bàn trọng tâm chỉ đạo.
2. Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số.
3. Lồng ghép hiệu quả các nguồn vốn, ưu tiên công trình do nhân dân đề xuất.
4. Phát triển kinh tế rừng gắn với giữ rừng, không để mất rừng tự nhiên.

III. MỤC TIÊU TỔNG QUÁT

Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh khối đại đoàn kết các dân tộc; phát triển Ba Chẽ thành huyện có kinh tế lâm nghiệp bền vững, dẫn đầu tỉnh về dược liệu và cây đặc sản, đời sống nhân dân khá giả, quốc phòng, an ninh vững chắc.

IV. CÁC CHỈ TIÊU CHỦ YẾU

Nhiệm kỳ 2025 - 2030, Đảng bộ huyện đề ra 18 chỉ tiêu chủ yếu, gồm: 8 chỉ tiêu về kinh tế; 6 chỉ tiêu về văn hóa - xã hội và môi trường; 4 chỉ tiêu về xây dựng Đảng và hệ thống chính trị. Một số chỉ tiêu chính:
- Tổng giá trị sản xuất tăng bình quân 10,5%/năm.
- Thu nhập bình quân đầu người năm 2030 đạt 120 triệu đồng.
- Diện tích rừng trồng gỗ lớn đạt 4.000 ha; tỷ lệ che phủ rừng ổn định trên 81%.
- Tỷ lệ hộ nghèo đa chiều dưới 0,5%.
- Trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.
Các chỉ tiêu đều được lượng hóa, tính toán trên số liệu thống kê chính thức năm 2024.

V. KHÂU ĐỘT PHÁ

Huyện chọn 3 khâu đột phá:
1. Hoàn thiện hạ tầng giao thông kết nối các xã với tuyến cao tốc, đến năm 2030 cứng hóa 100% đường liên thôn.
2. Phát triển vùng dược liệu, cây đặc sản tập trung gắn với chế biến sâu, đến năm 2030 có ít nhất 2 nhà máy chế biến quế, ba kích.
3. Đào tạo, thu hút nguồn nhân lực là người dân tộc thiểu số tại chỗ, đến năm 2030 tỷ lệ lao động qua đào tạo đạt 70%.

VI. NHIỆM VỤ, GIẢI PHÁP

Về kinh tế: phát triển kinh tế lâm nghiệp, dược liệu, du lịch sinh thái cộng đồng. Về văn hóa - xã hội: nâng cao chất lượng giáo dục vùng cao, bảo tồn văn hóa dân tộc Dao, Tày, Sán Chỉ. Về tài nguyên, môi trường: quản lý chặt rừng tự nhiên, phòng chống sạt lở. Về quốc phòng, an ninh: xây dựng thế trận lòng dân, giữ vững ổn định vùng đồng bào.
"""

DRAFT_TEXTS["06_quang_yen_xay_dung_dang.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ THỊ XÃ QUẢNG YÊN - Các mục 3, 4 Phần thứ nhất (bản ngày 10/02/2025)

3. Về quốc phòng, an ninh

Thị xã xây dựng khu vực phòng thủ vững chắc; diễn tập khu vực phòng thủ năm 2023 đạt loại xuất sắc. Lực lượng dân quân tự vệ, dự bị động viên được xây dựng đúng quy định. Nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân được củng cố; an ninh chính trị, trật tự an toàn xã hội được giữ vững, tai nạn giao thông giảm cả ba tiêu chí. Thị xã chủ động tham gia các hoạt động giao lưu, hợp tác với đối tác Nhật Bản trong các dự án khu công nghiệp.

Hoạt động thu hút đầu tư vào các khu công nghiệp Đông Mai, Sông Khoai, Bắc Tiền Phong đạt kết quả nổi bật: 48 dự án với tổng vốn đăng ký trên 3,2 tỷ USD, trong đó 31 dự án có vốn đầu tư trực tiếp nước ngoài.

4. Về xây dựng Đảng và hệ thống chính trị

Thị ủy ban hành kế hoạch thực hiện Nghị quyết Trung ương 4 khóa XII và khóa XIII về xây dựng, chỉnh đốn Đảng; 100% chi bộ, đảng bộ cơ sở tổ chức kiểm điểm, làm rõ những biểu hiện suy thoái để khắc phục. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt 92%; kết nạp 638 đảng viên mới trong nhiệm kỳ.

Thực hiện chủ trương sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, thị xã đã sáp nhập phường Yên Hải và xã Hoàng Tân, giảm từ 19 xuống 18 đơn vị hành chính cấp xã; bố trí, sắp xếp cán bộ dôi dư đúng lộ trình, không để phát sinh khiếu kiện. Công tác cán bộ được thực hiện chặt chẽ; quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 bảo đảm cơ cấu ba độ tuổi. Ủy ban Kiểm tra các cấp kiểm tra 64 tổ chức đảng và 92 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 37 đảng viên. Công tác phòng, chống tham nhũng, lãng phí, tiêu cực được chỉ đạo quyết liệt; đã chuyển cơ quan điều tra 2 vụ việc có dấu hiệu tội phạm trong quản lý đất đai.

Bộ máy các cơ quan đảng, chính quyền được kiện toàn theo hướng tinh gọn; hợp nhất Ban Tuyên giáo và Ban Dân vận Thị ủy từ tháng 02/2025.
"""


# =====================================================================================================
# Gazetteer
# =====================================================================================================
GAZETTEER = {
    "_comment": "Quảng Ninh province: all 13 district-level units (4 cities, 2 towns, 7 rural districts) as of "
                "2024. aliases = forms that name the unit alone in running text.",
    "units": [
        {"name": "TP Hạ Long", "kind": "thành phố", "aliases": ["TP Hạ Long", "thành phố Hạ Long", "Hạ Long"]},
        {"name": "TP Cẩm Phả", "kind": "thành phố", "aliases": ["TP Cẩm Phả", "thành phố Cẩm Phả", "Cẩm Phả"]},
        {"name": "TP Uông Bí", "kind": "thành phố", "aliases": ["TP Uông Bí", "thành phố Uông Bí", "Uông Bí"]},
        {"name": "TP Móng Cái", "kind": "thành phố", "aliases": ["TP Móng Cái", "thành phố Móng Cái", "Móng Cái"]},
        {"name": "TX Đông Triều", "kind": "thị xã", "aliases": ["TX Đông Triều", "thị xã Đông Triều", "Đông Triều"]},
        {"name": "TX Quảng Yên", "kind": "thị xã", "aliases": ["TX Quảng Yên", "thị xã Quảng Yên", "Quảng Yên"]},
        {"name": "Vân Đồn", "kind": "huyện", "aliases": ["Vân Đồn", "huyện Vân Đồn"]},
        {"name": "Cô Tô", "kind": "huyện", "aliases": ["Cô Tô", "huyện Cô Tô"]},
        {"name": "Tiên Yên", "kind": "huyện", "aliases": ["Tiên Yên", "huyện Tiên Yên"]},
        {"name": "Đầm Hà", "kind": "huyện", "aliases": ["Đầm Hà", "huyện Đầm Hà"]},
        {"name": "Hải Hà", "kind": "huyện", "aliases": ["Hải Hà", "huyện Hải Hà"]},
        {"name": "Bình Liêu", "kind": "huyện", "aliases": ["Bình Liêu", "huyện Bình Liêu"]},
        {"name": "Ba Chẽ", "kind": "huyện", "aliases": ["Ba Chẽ", "huyện Ba Chẽ"]},
    ],
}

# =====================================================================================================
# Requirement catalogue (hand-labelled)
# =====================================================================================================
HL, CP, UB, MC = "TP Hạ Long", "TP Cẩm Phả", "TP Uông Bí", "TP Móng Cái"
DT, QY = "TX Đông Triều", "TX Quảng Yên"
VD, CT, TY, DH, HH, BL, BC = "Vân Đồn", "Cô Tô", "Tiên Yên", "Đầm Hà", "Hải Hà", "Bình Liêu", "Ba Chẽ"

# keys used again in drafts/expected.json
K_TANG_TRUONG = "Đánh giá tốc độ tăng trưởng, quy mô và cơ cấu kinh tế"
K_THAP_HON = "tốc độ tăng trưởng bình quân thấp hơn mức chung của tỉnh"
K_NAU_XANH = "chuyển đổi phương thức phát triển từ"
K_QUY_HOACH = "Đánh giá công tác quy hoạch, quản lý đất đai, thu hút đầu tư"
K_NTM = "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu"
K_GD_YT = "Đánh giá kết quả phát triển giáo dục - đào tạo, y tế"
K_VAN_HOA = "xây dựng văn hóa, con người Quảng Ninh"
K_BAO_SO3 = "khắc phục hậu quả cơn bão số 3, khôi phục sản xuất"
K_PHONG_THU = "xây dựng khu vực phòng thủ cấp huyện vững chắc"
K_DAN_QUAN = "lực lượng dân quân thường trực, dân quân biển"
K_NQTW4 = "Nghị quyết Trung ương 4 khóa XII, khóa XIII"
K_SAP_XEP = "sắp xếp tổ chức bộ máy, đơn vị hành chính cấp xã"
K_MTTQ = "hoạt động của Mặt trận Tổ quốc và các đoàn thể"
K_SO_SANH = "so sánh với giai đoạn 5-10 năm trước"
K_CHI_TIEU_KO_DAT = "Chỉ rõ những chỉ tiêu không đạt"
K_NN_CHU_QUAN = "tập trung làm rõ nguyên nhân chủ quan"
K_BAI_HOC = "Rút ra từ 3 đến 5 bài học kinh nghiệm"
K_DU_BAO = "Dự báo ngắn gọn những thời cơ, thuận lợi"
K_MUC_TIEU = "Mục tiêu tổng quát phải thể hiện tầm nhìn"
K_15_20 = "Xác định khoảng 15-20 chỉ tiêu chủ yếu"
K_DINH_LUONG = "Các chỉ tiêu phải định lượng được"
K_DOT_PHA = "lựa chọn từ 2 đến 3 khâu đột phá"
K_NV_GP = "Xác định các nhiệm vụ, giải pháp trên từng lĩnh vực"
K_GP_CU_THE = "Giải pháp phải cụ thể, có địa chỉ"
K_DANH_MUC = "Đề xuất danh mục các công trình, dự án trọng điểm"
K_XD_DANG = "xây dựng Đảng bộ trong sạch, vững mạnh toàn diện về chính trị"
K_KET_LUAN = "Phần kết luận của báo cáo nêu lời kêu gọi"
K_DO_THI_TM = "đánh giá sâu kết quả xây dựng đô thị thông minh"
K_DEM = "Báo cáo của các thành phố này cần làm rõ định hướng"
K_THAN = "hoàn nguyên môi trường, chuyển đổi công năng"
K_LEN_TP = "thu hút đầu tư vào các khu công nghiệp, lộ trình hoàn thiện"
K_DI_TICH = "Hai thị xã cần gắn phát triển công nghiệp với bảo tồn"
K_VAN_DON = "vai trò của Khu kinh tế Vân Đồn"
K_CO_TO_DIEN = "bảo đảm điện lưới quốc gia, nước ngọt"
K_CO_TO_CO_CHE = "đề xuất cơ chế, chính sách đặc thù"
K_DTTS = "Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"
K_LAM_NGHIEP = "Các huyện này cần làm rõ thêm kết quả phát triển kinh tế lâm nghiệp"
K_CUA_KHAU = "phát triển kinh tế cửa khẩu"

GUIDE_REQS: list[tuple[str, list[str]]] = [
    ("bám sát quan điểm, đường lối của Đảng", []),
    ("số liệu phải thống nhất với số liệu của Cục Thống kê tỉnh", []),
    ("phải ghi rõ thời điểm ước tính", []),
    ("Văn phong ngắn gọn, chặt chẽ, dễ hiểu", []),
    ("phát huy dân chủ, trí tuệ tập thể", []),
    ("báo cáo chính trị gồm ba phần", []),
    ("Phần mở đầu nêu khái quát ý nghĩa", []),
    ("bảo đảm đủ các nội dung nêu tại Hướng dẫn này", []),
    ("Chủ đề đại hội được thể hiện ngay dưới tên báo cáo", []),
    ("có dung lượng không quá 35 trang khổ A4", []),
    ("Các bảng số liệu chi tiết, biểu đồ, danh mục công trình", []),
    ("Nêu ngắn gọn những thuận lợi, khó khăn có tác động trực tiếp", []),
    (K_TANG_TRUONG, []),
    (K_THAP_HON, []),
    (K_NAU_XANH, []),
    (K_QUY_HOACH, []),
    (K_NTM, []),
    ("Bảng đánh giá đầy đủ các chỉ tiêu chủ yếu", []),
    ("Báo cáo chỉ phân tích sâu những chỉ tiêu có ý nghĩa quyết định", []),
    (K_GD_YT, []),
    (K_VAN_HOA, []),
    (K_BAO_SO3, []),
    (K_PHONG_THU, []),
    (K_DAN_QUAN, [VD, CT]),
    (K_NQTW4, []),
    (K_SAP_XEP, []),
    (K_MTTQ, []),
    (K_SO_SANH, []),
    (K_CHI_TIEU_KO_DAT, []),
    (K_NN_CHU_QUAN, []),
    (K_BAI_HOC, []),
    (K_DU_BAO, []),
    (K_MUC_TIEU, []),
    (K_15_20, []),
    (K_DINH_LUONG, []),
    (K_DOT_PHA, []),
    (K_NV_GP, []),
    (K_GP_CU_THE, []),
    (K_DANH_MUC, []),
    (K_XD_DANG, []),
    ("nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng", []),
    ("vận hành tổ chức bộ máy sau sắp xếp", []),
    ("Đề cao công tác kiểm tra, giám sát", []),
    (K_KET_LUAN, []),
    (K_DO_THI_TM, [HL, CP, UB, MC]),
    (K_DEM, [HL, CP, UB, MC]),
    (K_THAN, [CP, UB, DT]),
    (K_LEN_TP, [DT, QY]),
    (K_DI_TICH, [DT, QY]),
    (K_VAN_DON, [VD]),
    (K_CO_TO_DIEN, [CT]),
    (K_CO_TO_CO_CHE, [CT]),
    (K_DTTS, [TY, DH, HH, BL, BC]),
    (K_LAM_NGHIEP, [TY, DH, HH, BL, BC]),
    (K_CUA_KHAU, [BL, HH, MC]),
    ("Thành lập tiểu ban văn kiện và tổ biên tập", []),
    ("Xây dựng đề cương chi tiết báo cáo chính trị", []),
    ("Hoàn thành dự thảo báo cáo chính trị (lần thứ nhất)", []),
    ("Chậm nhất ngày 31/3/2025", []),
    ("Thành ủy Uông Bí được chọn tổ chức đại hội điểm", [UB]),
]
GUIDE_NOT_REQS = [
    "Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung báo cáo chính trị trình đại hội",
    "Báo cáo chính trị là văn kiện trung tâm của đại hội",
    "tạo đợt sinh hoạt chính trị sâu rộng",
    "Tránh liệt kê dàn trải theo kiểu báo cáo tổng kết công tác năm",
    "Không cần nêu lại bối cảnh quốc tế, trong nước",
    "tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2023 tăng 10,5%",
    "Trong thân báo cáo không cần nêu lại toàn bộ các chỉ tiêu đã đạt và vượt",
    "Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng",
    "Tránh nêu hạn chế chung chung",
    "Không nêu lại những bài học mang tính nguyên tắc chung",
    "Không đặt chỉ tiêu thấp hơn mức đã đạt được năm 2025",
    "Tránh lựa chọn khâu đột phá trùng lặp nguyên văn",
    "Ban Thường vụ Tỉnh ủy đánh giá cao sự chủ động, sáng tạo",
    "báo cáo chính trị của một số địa phương cần làm rõ thêm:",
    "không cần trình bày lại nội dung Đề án phát triển đô thị Tiên Yên",
    "tham mưu Thường trực Tỉnh ủy cho ý kiến đối với dự thảo",
    "Đề nghị Cục Thống kê tỉnh cung cấp số liệu ước thực hiện năm 2025",
    "các địa phương phản ánh về Ban Tuyên giáo Tỉnh ủy",
    "Phạm Thị Hồng Vân",
    "Lưu VT, BTG.",
]
DISPATCH_REQS: list[tuple[str, list[str]]] = [
    ("có dung lượng không quá 25 trang khổ A4", []),
    ("rà soát, lược bỏ những nội dung mang tính liệt kê", []),
    ("Tổ biên tập tự rút gọn khi hoàn thiện dự thảo", []),
    ("được điều chỉnh thành chậm nhất ngày 15/3/2025", []),
]
DISPATCH_NOT_REQS = [
    "V/v điều chỉnh một số nội dung",
    "Kính gửi: Ban Thường vụ các huyện ủy, thị ủy, thành ủy.",
    "Ngày 18/10/2024, Ban Tuyên giáo Tỉnh ủy ban hành",
    "các địa phương đã gửi đề cương chi tiết",
    "Thực hiện chủ trương của Trung ương về sắp xếp",
    "theo dung lượng cũ không phải gửi lại",
    "Thời hạn đối với Thành ủy Uông Bí (đơn vị tổ chức đại hội điểm) không thay đổi",
    "Các nội dung khác của Hướng dẫn số 27 giữ nguyên",
    "quan tâm, chỉ đạo thực hiện",
    "Đỗ Văn Khánh",
    "(Đã ký)",
    "Lưu VT, BTG.",
]

# =====================================================================================================
# Draft labels
# =====================================================================================================
A, P, M = "addressed", "partly", "missing"
DRAFT_LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "01_co_to_phuong_huong.txt": (CT, {
        K_DU_BAO: A, K_MUC_TIEU: A, K_15_20: A, K_DINH_LUONG: A, K_DOT_PHA: A, K_NV_GP: A, K_GP_CU_THE: A,
        K_DANH_MUC: A, K_CO_TO_DIEN: A, K_CO_TO_CO_CHE: A, K_DAN_QUAN: P, K_BAO_SO3: P,
        K_CHI_TIEU_KO_DAT: M, K_BAI_HOC: M, K_KET_LUAN: M,
    }),
    "02_binh_lieu_danh_gia.txt": (BL, {
        K_TANG_TRUONG: A, K_THAP_HON: M, K_DTTS: A, K_LAM_NGHIEP: P, K_CUA_KHAU: M, K_NTM: P, K_GD_YT: A,
        K_VAN_HOA: A, K_PHONG_THU: P, K_CHI_TIEU_KO_DAT: P, K_NN_CHU_QUAN: M, K_BAI_HOC: M, K_BAO_SO3: M,
        K_NQTW4: M,
    }),
    "03_mong_cai_lap_lai.txt": (MC, {
        K_TANG_TRUONG: A, K_DO_THI_TM: A, K_DEM: M, K_CUA_KHAU: A, K_BAO_SO3: M, K_SO_SANH: A,
        K_CHI_TIEU_KO_DAT: A, K_NN_CHU_QUAN: A, K_BAI_HOC: A, K_NAU_XANH: M, K_NQTW4: M,
    }),
    "04_dong_trieu_dien_dat_khac.txt": (DT, {
        K_TANG_TRUONG: A, K_NAU_XANH: A, K_QUY_HOACH: A, K_LEN_TP: A, K_DI_TICH: A, K_THAN: P, K_SO_SANH: A,
        K_CHI_TIEU_KO_DAT: A, K_NN_CHU_QUAN: A, K_DOT_PHA: A, K_BAI_HOC: M, K_BAO_SO3: M,
    }),
    "05_ba_che_chi_tieu_dot_pha.txt": (BC, {
        K_DTTS: A, K_LAM_NGHIEP: A, K_BAI_HOC: A, K_MUC_TIEU: A, K_15_20: A, K_DINH_LUONG: A, K_DOT_PHA: A,
        K_NV_GP: A, K_DU_BAO: M, K_DANH_MUC: M, K_KET_LUAN: M,
    }),
    "06_quang_yen_xay_dung_dang.txt": (QY, {
        K_PHONG_THU: A, K_LEN_TP: P, K_DI_TICH: M, K_NQTW4: P, K_SAP_XEP: A, K_MTTQ: M,
        K_CHI_TIEU_KO_DAT: M, K_NN_CHU_QUAN: M, K_XD_DANG: M,
    }),
}

# =====================================================================================================
# Questions
# =====================================================================================================
def q(question, shape, gold=(), expect=(), forbid=()) -> dict:
    return {"question": question, "shape": shape, "half": "", "gold": list(gold), "expect": list(expect),
            "forbid": list(forbid), "unanswerable": shape == "unanswerable"}


QUESTIONS: list[dict] = [
    # ---- narrow ------------------------------------------------------------------------------------------
    q("Theo hướng dẫn về nội dung báo cáo chính trị trình đại hội đảng bộ cấp huyện, báo cáo chính trị được "
      "dài tối đa bao nhiêu trang?", "narrow",
      ["có dung lượng không quá 25 trang khổ A4"], ["25 trang"]),
    q("Theo hướng dẫn nội dung báo cáo chính trị cấp huyện nhiệm kỳ 2025 - 2030, hạn chót gửi dự thảo báo cáo "
      "đã tiếp thu, hoàn thiện về Ban Thường vụ Tỉnh ủy là ngày nào?", "narrow",
      ["được điều chỉnh thành chậm nhất ngày 15/3/2025"], ["15/3/2025"]),
    q("Báo cáo chính trị trình đại hội đảng bộ cấp huyện gồm mấy phần?", "narrow",
      ["báo cáo chính trị gồm ba phần"], ["ba phần"]),
    q("Chủ đề đại hội đặt dưới tên báo cáo được viết dài tối đa bao nhiêu chữ?", "narrow",
      ["ngắn gọn, súc tích, không quá 40 chữ"], ["không quá 40 chữ"]),
    q("Mỗi đảng bộ cấp huyện nên lựa chọn bao nhiêu khâu đột phá cho nhiệm kỳ 2025 - 2030?", "narrow",
      ["Mỗi địa phương lựa chọn từ 2 đến 3 khâu đột phá"], ["từ 2 đến 3"]),
    q("Báo cáo chính trị cấp huyện cần rút ra bao nhiêu bài học kinh nghiệm?", "narrow",
      ["Rút ra từ 3 đến 5 bài học kinh nghiệm"], ["từ 3 đến 5"]),
    q("Báo cáo chính trị nhiệm kỳ 2025 - 2030 nên xác định khoảng bao nhiêu chỉ tiêu chủ yếu?", "narrow",
      ["Xác định khoảng 15-20 chỉ tiêu chủ yếu"], ["15-20"]),
    q("Dự thảo báo cáo chính trị lần thứ nhất được lấy ý kiến góp ý trong thời gian bao lâu?", "narrow",
      ["trong thời gian từ 10 đến 15 ngày"], ["từ 10 đến 15 ngày"]),
    q("Khi khái quát thành tựu nhiệm kỳ, báo cáo cần so sánh với giai đoạn nào?", "narrow",
      ["so sánh với giai đoạn 5-10 năm trước"], ["5-10 năm trước"]),
    q("Theo hướng dẫn, tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2023 tăng bao nhiêu phần trăm so với năm 2022?",
      "narrow", ["năm 2023 tăng 10,5% so với năm 2022"], ["10,5%"]),
    q("By what date must the detailed outline of the district political report be sent to the provincial "
      "Propaganda Department?", "narrow",
      ["gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 20/12/2024"], ["20/12/2024"]),
    q("Thành ủy Uông Bí phải gửi dự thảo báo cáo chính trị về Ban Thường vụ Tỉnh ủy trước ngày nào?", "narrow",
      ["Thành ủy Uông Bí được chọn tổ chức đại hội điểm cấp huyện"], ["20/02/2025"]),
    q("Phan ket luan cua bao cao chinh tri duoc viet dai toi da bao nhieu?", "narrow",
      ["viết ngắn gọn, không quá một trang"], ["không quá một trang"]),
    q("Phần bối cảnh của báo cáo chính trị có cần trình bày lại bối cảnh quốc tế và trong nước không?", "narrow",
      ["Không cần nêu lại bối cảnh quốc tế, trong nước"], ["Không cần nêu lại"]),
    q("Cảng hàng không quốc tế Vân Đồn được khánh thành, đưa vào khai thác ngày nào?", "narrow",
      ["được khánh thành và đưa vào khai thác ngày 30/12/2018"], ["30/12/2018"]),
    q("Giai doan 2015 - 2020 tong gia tri san xuat cua huyen Van Don tang binh quan bao nhieu?", "narrow",
      ["Tổng giá trị sản xuất (giá so sánh 2010) tăng bình quân 14,2%/năm"], ["14,2%"]),
    q("Nhiệm kỳ 2015 - 2020, huyện Vân Đồn có bao nhiêu chỉ tiêu chủ yếu không đạt?", "narrow",
      ["Có 3/24 chỉ tiêu không đạt"], ["3/24"]),
    # ---- broad -------------------------------------------------------------------------------------------
    q("Hướng dẫn yêu cầu những gì về phần đánh giá hạn chế, yếu kém và nguyên nhân trong báo cáo chính trị?",
      "broad", [], ["Chỉ rõ những chỉ tiêu không đạt", "tập trung làm rõ nguyên nhân chủ quan"]),
    q("Ngoài các nội dung chung, báo cáo chính trị của huyện Cô Tô cần làm rõ thêm những gì?", "broad", [],
      ["điện lưới quốc gia, nước ngọt và giao thông thủy", "đề xuất cơ chế, chính sách đặc thù",
       "lực lượng dân quân thường trực, dân quân biển"],
      ["Cảng hàng không quốc tế Vân Đồn", "trồng rừng gỗ lớn", "kinh tế ban đêm"]),
    q("Báo cáo chính trị của thành phố Móng Cái cần làm rõ thêm những nội dung riêng nào?", "broad", [],
      ["đô thị thông minh, chính quyền số", "kinh tế ban đêm", "phát triển kinh tế cửa khẩu"],
      ["sau khai thác than", "trở thành thành phố trực thuộc tỉnh", "dân quân biển"]),
    q("Báo cáo chính trị của thị xã Đông Triều cần đề cập những nội dung riêng gì?", "broad", [],
      ["thu hút đầu tư vào các khu công nghiệp", "gắn phát triển công nghiệp với bảo tồn",
       "hoàn nguyên môi trường"],
      ["đô thị thông minh", "kinh tế cửa khẩu"]),
    q("Báo cáo chính trị của huyện Tiên Yên cần làm rõ thêm những nội dung gì so với yêu cầu chung?", "broad", [],
      ["Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
       "kinh tế lâm nghiệp, trồng rừng gỗ lớn"],
      ["Đề án phát triển đô thị Tiên Yên", "kinh tế cửa khẩu", "dân quân biển"]),
    q("Phần phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030 của báo cáo chính trị cần có những phần nào?",
      "broad", [],
      ["Dự báo ngắn gọn những thời cơ", "Mục tiêu tổng quát phải thể hiện tầm nhìn",
       "khoảng 15-20 chỉ tiêu chủ yếu", "từ 2 đến 3 khâu đột phá",
       "Xác định các nhiệm vụ, giải pháp trên từng lĩnh vực"]),
    q("Báo cáo chính trị Đảng bộ huyện Vân Đồn nhiệm kỳ 2020 - 2025 rút ra những bài học kinh nghiệm nào?",
      "broad", [],
      ["chăm lo xây dựng Đảng bộ trong sạch, vững mạnh", "không đánh đổi môi trường lấy tăng trưởng",
       "công khai, minh bạch trong giải phóng mặt bằng", "kịp thời tháo gỡ khó khăn, vướng mắc"],
      ["Rút ra từ 3 đến 5 bài học"]),
    q("Huyện Vân Đồn xác định những khâu đột phá nào cho nhiệm kỳ 2020 - 2025?", "broad", [],
      ["hạ tầng khu vực Cái Rồng - Đông Xá", "thu hút các nhà đầu tư chiến lược",
       "phát triển nguồn nhân lực chất lượng cao"],
      ["từ 2 đến 3 khâu đột phá"]),
    q("Phần đánh giá kết quả phát triển kinh tế nhiệm kỳ 2020 - 2025 trong báo cáo chính trị cần nêu những gì?",
      "broad", [],
      [K_TANG_TRUONG, "chuyển đổi phương thức phát triển", "Đánh giá công tác quy hoạch, quản lý đất đai",
       "nông thôn mới nâng cao, nông thôn mới kiểu mẫu"],
      ["nêu lại toàn bộ các chỉ tiêu đã đạt và vượt"]),
    q("Ban Thường vụ các huyện ủy, thị ủy, thành ủy phải làm những việc gì, theo thời hạn nào để xây dựng báo "
      "cáo chính trị?", "broad", [],
      ["30/11/2024", "20/12/2024", "từ 10 đến 15 ngày", "15/3/2025"]),
    q("What must the political report cover on culture, society and the environment?", "broad", [],
      ["giáo dục - đào tạo, y tế", "xây dựng văn hóa, con người Quảng Ninh", "khắc phục hậu quả cơn bão số 3"],
      ["danh sách các tập thể, cá nhân được khen thưởng"]),
    # ---- which -------------------------------------------------------------------------------------------
    q("Những thành phố nào phải đánh giá sâu kết quả xây dựng đô thị thông minh, chính quyền số?", "which",
      ["1. Đối với các thành phố Hạ Long, Cẩm Phả, Uông Bí, Móng Cái"],
      ["Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái"], ["Đông Triều", "Quảng Yên"]),
    q("Những địa phương nào phải đánh giá thêm việc hoàn nguyên môi trường các khu vực sau khai thác than?",
      "which", ["Riêng thành phố Cẩm Phả, thành phố Uông Bí và thị xã Đông Triều"],
      ["Cẩm Phả", "Uông Bí", "Đông Triều"], ["Hạ Long", "Quảng Yên"]),
    q("Các huyện nào phải đánh giá kết quả Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
      "số và miền núi?", "which", ["Đối với các huyện Tiên Yên, Đầm Hà, Hải Hà, Bình Liêu, Ba Chẽ"],
      ["Tiên Yên", "Đầm Hà", "Hải Hà", "Bình Liêu", "Ba Chẽ"], ["Vân Đồn", "Cô Tô"]),
    q("Địa phương nào phải bổ sung đánh giá về phát triển kinh tế cửa khẩu và bảo vệ chủ quyền biên giới?",
      "which", ["Riêng các huyện biên giới Bình Liêu, Hải Hà và thành phố Móng Cái"],
      ["Bình Liêu", "Hải Hà", "Móng Cái"], ["Tiên Yên", "Đầm Hà"]),
    q("Which towns must set out their roadmap to become cities under the province?", "which",
      ["2. Đối với thị xã Đông Triều và thị xã Quảng Yên"], ["Đông Triều", "Quảng Yên"], ["Uông Bí", "Vân Đồn"]),
    q("Những huyện nào phải đánh giá việc xây dựng lực lượng dân quân thường trực, dân quân biển?", "which",
      ["Các huyện đảo Vân Đồn, Cô Tô đánh giá thêm"], ["Vân Đồn", "Cô Tô"], ["Móng Cái", "Hải Hà"]),
    q("Theo báo cáo chính trị của Vân Đồn, huyện phối hợp với những địa phương nào trong quản lý vùng biển giáp "
      "ranh?", "which", ["hợp với thành phố Cẩm Phả và huyện Tiên Yên trong quản lý vùng biển"],
      ["Cẩm Phả", "Tiên Yên"], ["Cô Tô", "Móng Cái"]),
    # ---- meta --------------------------------------------------------------------------------------------
    q("Hướng dẫn về nội dung báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030 mang số hiệu "
      "nào và do cơ quan nào ban hành?", "meta", ["Số 27-HD/BTGTU"], ["27-HD/BTGTU", "Ban Tuyên giáo"]),
    q("Ai ký Hướng dẫn số 27-HD/BTGTU?", "meta", ["Phạm Thị Hồng Vân"], ["Phạm Thị Hồng Vân"], ["Đỗ Văn Khánh"]),
    q("Công văn điều chỉnh Hướng dẫn số 27 có số hiệu gì và được ban hành ngày nào?", "meta",
      ["Số 1186-CV/BTGTU"], ["1186-CV/BTGTU", "21 tháng 01 năm 2025"]),
    q("Who signed the dispatch that adjusted the guidance on district political reports?", "meta",
      ["Đỗ Văn Khánh"], ["Đỗ Văn Khánh"], ["Phạm Thị Hồng Vân"]),
    q("Báo cáo chính trị của Đảng bộ huyện Vân Đồn là của Ban Chấp hành khóa nào, trình đại hội lần thứ mấy?",
      "meta", ["Đảng bộ huyện khóa XXIII trình Đại hội đại biểu"], ["khóa XXIII", "lần thứ XXIV"]),
    # ---- unanswerable ------------------------------------------------------------------------------------
    q("Tỉnh ủy Thanh Hóa yêu cầu báo cáo chính trị cấp huyện nhiệm kỳ 2025 - 2030 dài tối đa bao nhiêu trang?",
      "unanswerable"),
    q("Báo cáo chính trị của Đảng bộ thành phố Cẩm Phả nhiệm kỳ 2020 - 2025 đạt tốc độ tăng trưởng bình quân bao "
      "nhiêu?", "unanswerable"),
    q("Hướng dẫn nội dung báo cáo chính trị trình đại hội đảng bộ cấp huyện quy định ngày khai mạc đại hội đảng "
      "bộ huyện Tiên Yên là ngày nào?", "unanswerable"),
    q("Kinh phí xây dựng và in ấn báo cáo chính trị cấp huyện được bố trí từ nguồn nào?", "unanswerable"),
    q("Thường trực Tỉnh ủy đã góp ý những gì cho dự thảo báo cáo chính trị của huyện Đầm Hà?", "unanswerable"),
    q("When is the Hạ Long city party congress scheduled to open?", "unanswerable"),
    q("Đại hội đại biểu Đảng bộ huyện Vân Đồn lần thứ XXIV có bao nhiêu đại biểu chính thức?", "unanswerable"),
    q("Báo cáo chính trị nhiệm kỳ 2025 - 2030 của huyện Vân Đồn đặt chỉ tiêu thu ngân sách bao nhiêu?",
      "unanswerable"),
    q("Ai la Bi thu Huyen uy Van Don nhiem ky 2020 - 2025?", "unanswerable"),
    q("Theo hướng dẫn báo cáo chính trị, tiểu ban văn kiện cấp huyện gồm bao nhiêu thành viên?", "unanswerable"),
]


def assign_halves() -> None:
    rng = random.Random(SEED)
    for shape in ("narrow", "broad", "which", "meta", "unanswerable"):
        idx = [i for i, x in enumerate(QUESTIONS) if x["shape"] == shape]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            QUESTIONS[i]["half"] = "dev" if n < len(idx) // 2 else "heldout"
    names = sorted(DRAFT_LABELS)
    rng.shuffle(names)
    global DRAFT_HALF
    DRAFT_HALF = {n: ("dev" if k < len(names) // 2 else "heldout") for k, n in enumerate(names)}


DRAFT_HALF: dict[str, str] = {}


def write_json(path: Path, obj) -> None:
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=1) + "\n"), encoding="utf-8")


def main() -> None:
    make_guide(GUIDE)
    DISPATCH.write_text(dispatch_text(), encoding="utf-8")
    pages = make_report(REPORT)
    print(f"report: {pages} pages")
    DRAFTS.mkdir(exist_ok=True)
    for name, text in DRAFT_TEXTS.items():
        (DRAFTS / name).write_text(nfc(text), encoding="utf-8")
    assign_halves()
    QUESTIONS_OUT.write_text(nfc("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS)),
                             encoding="utf-8")
    write_json(HERE / "gazetteer.json", GAZETTEER)
    write_json(HERE / "requirements.json", {
        "_comment": "Hand-labelled requirement catalogue. key = verbatim substring of one requirement sentence or "
                    "item; scope = gazetteer names of the units it is addressed to ([] = all). A sentence that "
                    "continues a locality item without naming it (\"Báo cáo của các thành phố này…\", \"Hai thị "
                    "xã…\", \"Trên cơ sở đó…\", \"Các huyện này…\") inherits that item's scope. Negated sentences "
                    "(không cần / không đưa vào / không nêu lại / tránh …), narration, the province's own tasks, "
                    "letterhead and signer lines are not requirements. In the hướng dẫn, the 35-page limit and "
                    "the 31/3/2025 deadline were later replaced by the công văn (25 pages, 15/3/2025).",
        "documents": {
            "guidance/" + GUIDE.name: {
                "requirements": [{"key": k, "scope": s} for k, s in GUIDE_REQS],
                "not_requirements": GUIDE_NOT_REQS,
            },
            "guidance/" + DISPATCH.name: {
                "requirements": [{"key": k, "scope": s} for k, s in DISPATCH_REQS],
                "not_requirements": DISPATCH_NOT_REQS,
            },
        },
    })
    write_json(DRAFTS / "expected.json", {
        "_comment": "addressed = the draft states the substance in any words (a number inside a range counts: "
                    "17 or 18 chỉ tiêu for 15-20, 2 or 3 khâu đột phá for 2-3, 4 bài học for 3-5); partly = only "
                    "one part of a multi-part requirement, or a passing mention without the asked-for "
                    "assessment; missing = not stated. A heading that only repeats the guidance's wording "
                    "followed by a placeholder such as '(Bổ sung số liệu.)' counts as missing. Only general "
                    "requirements and those scoped to the draft's own district are labelled.",
        "drafts": {name: {"district": d, "half": DRAFT_HALF[name], "expected": labels}
                   for name, (d, labels) in DRAFT_LABELS.items()},
    })


if __name__ == "__main__":
    main()
