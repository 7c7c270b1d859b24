"""Generate a second held-out test corpus (two Word files) and the questions measured against it.

Writes:
  tests/data/fresh2/corpus/guidance/ke-hoach-to-chuc-dai-hoi-cap-huyen.docx
  tests/data/fresh2/corpus/reports/bao-cao-chinh-tri-cam-giang-2020-2025.docx
  tests/data/fresh2/fresh2.jsonl   (generated from QUESTIONS below; edit the questions here, not the .jsonl)

Then checks: every document text is NFC, word counts are in range, every gold/expect/forbid phrase occurs
verbatim (NFC, whitespace collapsed, casefolded) in the paragraphs or table cells of one of the documents,
the trap phrases behind the unanswerable questions occur nowhere, and every JSONL line has exactly the keys
of the schema. Output is byte-for-byte deterministic (fixed core properties and zip timestamps).

Run from the repo root:  .venv/bin/python tests/data/fresh2/make_fresh2.py

All content is fictional, written in the style of real Hải Dương party documents (NFC Vietnamese).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
PLAN = HERE / "corpus" / "guidance" / "ke-hoach-to-chuc-dai-hoi-cap-huyen.docx"
REPORT = HERE / "corpus" / "reports" / "bao-cao-chinh-tri-cam-giang-2020-2025.docx"
QUESTIONS_OUT = HERE / "fresh2.jsonl"

FIXED_TIME = dt.datetime(2024, 11, 5, 8, 0, 0)
ZIP_TIME = (2024, 11, 5, 8, 0, 0)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =========================================================================================================
# Document A: Kế hoạch số 31-KH/TU (guidance)
# =========================================================================================================
# Each block is (kind, text). Kinds: "title", "h1".."h3" (Word heading styles), "b" (bold Normal paragraph
# used as a heading, as many real files do), "c" (centred bold), "ci" (centred italic), "p" (body text),
# "TABLE" (insert the timetable). Markers "1.", "a)", "-" are typed in the text, like real Word files.
PLAN_LEFT = [("TỈNH ỦY HẢI DƯƠNG", True, False), ("*", False, False), ("Số 31-KH/TU", False, False)]
PLAN_RIGHT = [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False),
    ("", False, False),
    ("Hải Dương, ngày 05 tháng 11 năm 2024", False, True),
]

PLAN_BODY: list[tuple[str, str]] = [
    ("title", "KẾ HOẠCH"),
    ("c", "tổ chức đại hội đảng bộ các huyện, thị xã, thành phố nhiệm kỳ 2025 - 2030"),
    ("c", "-----"),
    (
        "p",
        "Căn cứ Điều lệ Đảng, Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến "
        "tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, các văn bản hướng dẫn của Ban Tổ chức Trung ương và Kế "
        "hoạch số 27-KH/TU ngày 18/9/2024 của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ cơ sở, Ban Thường vụ Tỉnh ủy "
        "ban hành Kế hoạch tổ chức đại hội đảng bộ các huyện, thị xã, thành phố (sau đây gọi chung là đại hội đảng bộ "
        "cấp huyện) nhiệm kỳ 2025 - 2030 như sau:",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    (
        "p",
        "- Tổ chức tốt đại hội đảng bộ cấp huyện nhằm đánh giá khách quan, toàn diện kết quả thực hiện nghị quyết đại "
        "hội nhiệm kỳ 2020 - 2025; xác định đúng phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030, "
        "tầm nhìn đến năm 2035, phù hợp với Quy hoạch tỉnh Hải Dương thời kỳ 2021 - 2030.",
    ),
    (
        "p",
        "- Bầu ban chấp hành đảng bộ cấp huyện thực sự tiêu biểu về phẩm chất chính trị, đạo đức và năng lực lãnh đạo; "
        "bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII đủ tiêu chuẩn, có cơ cấu hợp lý.",
    ),
    (
        "p",
        "- Thông qua đại hội, tạo khí thế thi đua sôi nổi trong cán bộ, đảng viên và các tầng lớp nhân dân, phấn đấu "
        "hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2025.",
    ),
    ("b", "2. Yêu cầu"),
    (
        "p",
        "- Bảo đảm nguyên tắc tập trung dân chủ, đúng Điều lệ Đảng và quy định của Trung ương; phát huy trách nhiệm của "
        "người đứng đầu cấp ủy trong toàn bộ quá trình chuẩn bị và tổ chức đại hội.",
    ),
    (
        "p",
        "- Công tác chuẩn bị văn kiện phải được tiến hành song song, gắn kết chặt chẽ với công tác chuẩn bị nhân sự; "
        "không để xảy ra tình trạng lợi dụng đại hội để vận động, lôi kéo, gây mất đoàn kết nội bộ.",
    ),
    (
        "p",
        "- Đại hội được tổ chức trang trọng, thiết thực, tiết kiệm, không phô trương hình thức; không tổ chức liên hoan, "
        "chiêu đãi và tặng quà dưới mọi hình thức.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("h1", "II. NỘI DUNG"),
    ("b", "1. Chuẩn bị văn kiện đại hội"),
    ("p", "a) Báo cáo chính trị"),
    (
        "p",
        "- Báo cáo chính trị của ban chấp hành đảng bộ cấp huyện trình đại hội gồm 3 phần: Phần thứ nhất đánh giá kết "
        "quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025, rút ra bài học kinh nghiệm; Phần thứ hai xác định "
        "phương hướng, mục tiêu, các chỉ tiêu chủ yếu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030; Phần thứ ba về xây "
        "dựng Đảng và hệ thống chính trị.",
    ),
    (
        "p",
        "- Độ dài báo cáo chính trị không quá 30 trang khổ A4 (phông chữ Times New Roman, cỡ chữ 14); các biểu số liệu "
        "được in thành phụ lục riêng, không tính vào số trang của báo cáo.",
    ),
    (
        "p",
        "- Ban thường vụ cấp ủy cấp huyện thành lập Tiểu ban Văn kiện do đồng chí bí thư cấp ủy làm trưởng tiểu ban. "
        "Tiểu ban Văn kiện thành lập Tổ biên tập do đồng chí trưởng ban tuyên giáo cấp ủy cấp huyện làm tổ trưởng, "
        "trực tiếp xây dựng dự thảo báo cáo chính trị.",
    ),
    (
        "p",
        "- Số liệu trong báo cáo được tính đến hết ngày 31/12/2024 và ước thực hiện cả năm 2025. Các chỉ tiêu chủ yếu "
        "nhiệm kỳ 2025 - 2030 phải phù hợp với dự thảo chỉ tiêu của tỉnh, lượng hóa được và có phương pháp tính rõ "
        "ràng; mỗi báo cáo xác định không quá 3 khâu đột phá.",
    ),
    (
        "p",
        "- Dự thảo báo cáo chính trị được công khai để lấy ý kiến đóng góp của cán bộ, đảng viên và nhân dân trên "
        "trang thông tin điện tử của cấp ủy cấp huyện và tại trụ sở ủy ban nhân dân các xã, phường, thị trấn trong "
        "thời gian ít nhất 15 ngày. Cấp ủy phải tổng hợp, tiếp thu và giải trình đầy đủ các ý kiến đóng góp.",
    ),
    ("p", "b) Báo cáo kiểm điểm của ban chấp hành"),
    (
        "p",
        "- Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của ban chấp hành nhiệm kỳ 2020 - 2025 dài không quá 12 trang; tập "
        "trung làm rõ ưu điểm, khuyết điểm, trách nhiệm của tập thể và cá nhân, nhất là đối với những chỉ tiêu không "
        "đạt.",
    ),
    ("p", "c) Báo cáo tổng hợp ý kiến đóng góp vào dự thảo văn kiện cấp trên"),
    (
        "p",
        "- Đại hội thảo luận, đóng góp ý kiến vào dự thảo văn kiện Đại hội XIV của Đảng và dự thảo văn kiện Đại hội "
        "Đảng bộ tỉnh lần thứ XVIII. Báo cáo tổng hợp không quá 05 trang, gửi về Ban Thường vụ Tỉnh ủy (qua Văn phòng "
        "Tỉnh ủy) chậm nhất 07 ngày sau khi bế mạc đại hội.",
    ),
    ("b", "2. Công tác nhân sự"),
    (
        "p",
        "- Số lượng ủy viên ban chấp hành đảng bộ cấp huyện nhiệm kỳ 2025 - 2030 từ 33 đến 39 đồng chí; số lượng ủy "
        "viên ban thường vụ từ 11 đến 13 đồng chí; ủy ban kiểm tra từ 7 đến 9 đồng chí.",
    ),
    (
        "p",
        "- Phấn đấu tỷ lệ cán bộ trẻ (dưới 42 tuổi) trong ban chấp hành đạt từ 10% trở lên, cán bộ nữ đạt từ 15% trở "
        "lên; tỷ lệ đổi mới ban chấp hành khoảng 30 - 35%.",
    ),
    (
        "p",
        "- Thực hiện chủ trương bố trí bí thư cấp ủy cấp huyện không là người địa phương; khuyến khích đại hội bầu "
        "trực tiếp bí thư cấp ủy tại đại hội.",
    ),
    (
        "p",
        "- Số lượng đại biểu chính thức dự đại hội đảng bộ cấp huyện không quá 250 đại biểu, do ban thường vụ cấp ủy "
        "cấp huyện phân bổ căn cứ vào số lượng đảng viên và vị trí của từng đảng bộ trực thuộc.",
    ),
    ("b", "3. Nhiệm vụ cụ thể đối với một số địa phương"),
    (
        "p",
        "Ngoài các nội dung chung nêu trên, Ban Thường vụ Tỉnh ủy giao nhiệm vụ cụ thể đối với một số địa phương như "
        "sau:",
    ),
    (
        "p",
        "Đối với thị xã Kinh Môn: tổ chức đại hội điểm cấp huyện thứ nhất, hoàn thành trước ngày 20/4/2025 để rút "
        "kinh nghiệm chung cho toàn tỉnh. Báo cáo chính trị phải làm rõ lộ trình xây dựng thị xã Kinh Môn đạt các "
        "tiêu chí của thành phố trực thuộc tỉnh trước năm 2030; giải pháp chuyển đổi ngành sản xuất xi măng, vật liệu "
        "xây dựng theo hướng xanh, phục hồi môi trường sau khai thác đá vôi; đồng thời đề xuất cơ chế bảo tồn, phát "
        "huy giá trị quần thể di tích An Phụ - Kính Chủ - Nhẫm Dương gắn với hồ sơ Di sản văn hóa thế giới Yên Tử - "
        "Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc.",
    ),
    (
        "p",
        "Đối với huyện Ninh Giang: tổ chức đại hội điểm cấp huyện thứ hai, đại diện cho các huyện thuần nông, hoàn "
        "thành trước ngày 15/5/2025. Cùng với huyện Cẩm Giàng thí điểm lấy ý kiến nhân dân đối với dự thảo báo cáo "
        "chính trị qua ứng dụng công dân số của tỉnh. Báo cáo chính trị cần đánh giá sâu kết quả sắp xếp đơn vị hành "
        "chính cấp xã giai đoạn 2023 - 2025; đề ra giải pháp chống sạt lở bờ sông Luộc và phát triển vùng nuôi trồng "
        "thủy sản tập trung ven sông.",
    ),
    (
        "p",
        "Đối với huyện Cẩm Giàng: thí điểm lấy ý kiến nhân dân đối với dự thảo báo cáo chính trị qua ứng dụng công dân "
        "số của tỉnh (cùng với huyện Ninh Giang), bảo đảm mỗi xã, thị trấn có ít nhất 300 lượt ý kiến tham gia. Báo "
        "cáo chính trị tập trung làm rõ định hướng phát triển Cẩm Giàng thành đô thị vệ tinh phía Tây của tỉnh, kết "
        "nối với Thủ đô Hà Nội; lộ trình hoàn thiện các tiêu chí thành lập thị xã; giải pháp xử lý dứt điểm ô nhiễm "
        "môi trường tại các khu, cụm công nghiệp và tuyến kênh Bắc Hưng Hải.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("b", "III. THỜI GIAN"),
    (
        "p",
        "Đại hội đảng bộ cấp huyện được tiến hành sau khi cơ bản hoàn thành đại hội đảng bộ cơ sở. Tiến độ cụ thể như "
        "sau:",
    ),
    ("TABLE", ""),
    (
        "p",
        "Trường hợp địa phương có nhu cầu điều chỉnh thời gian tổ chức đại hội, ban thường vụ cấp ủy cấp huyện phải "
        "báo cáo bằng văn bản và chỉ thực hiện khi được Thường trực Tỉnh ủy đồng ý.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "1. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, thẩm định đề án nhân sự; tổng "
        "hợp tình hình, tiến độ đại hội, định kỳ hằng tháng báo cáo Ban Thường vụ Tỉnh ủy.",
    ),
    (
        "p",
        "2. Ban Tuyên giáo Tỉnh ủy chủ trì thẩm định dự thảo báo cáo chính trị của các đảng bộ cấp huyện, có ý kiến "
        "bằng văn bản trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ; hướng dẫn công tác tuyên truyền trước, "
        "trong và sau đại hội.",
    ),
    (
        "p",
        "3. Ủy ban Kiểm tra Tỉnh ủy hướng dẫn việc giải quyết đơn thư khiếu nại, tố cáo liên quan đến nhân sự đại hội; "
        "chủ trì thẩm định báo cáo kiểm điểm và dự thảo báo cáo công tác kiểm tra, giám sát.",
    ),
    (
        "p",
        "4. Văn phòng Tỉnh ủy phối hợp theo dõi, tổng hợp ý kiến đóng góp vào dự thảo văn kiện; chuẩn bị các điều kiện "
        "để Thường trực Tỉnh ủy làm việc với các địa phương.",
    ),
    (
        "p",
        "5. Các đồng chí ủy viên Ban Thường vụ Tỉnh ủy được phân công phụ trách địa bàn trực tiếp chỉ đạo, dự và phát "
        "biểu tại đại hội đảng bộ cấp huyện; chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy về kết quả đại hội ở địa bàn "
        "phụ trách.",
    ),
    (
        "p",
        "6. Các huyện ủy, thị ủy, thành ủy căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của cấp mình; thường xuyên báo "
        "cáo tiến độ, kịp thời phản ánh những khó khăn, vướng mắc về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy).",
    ),
    ("p", "Kế hoạch này được phổ biến đến chi bộ."),
]

PLAN_TABLE = [
    ("TT", "Nội dung công việc", "Thời gian thực hiện"),
    (
        "1",
        "Ban hành kế hoạch đại hội cấp huyện; thành lập Tiểu ban Văn kiện, Tiểu ban Nhân sự, Tiểu ban Tổ chức phục vụ "
        "đại hội",
        "Trước ngày 30/11/2024",
    ),
    (
        "2",
        "Hoàn thành dự thảo báo cáo chính trị lần thứ nhất, trình ban chấp hành đảng bộ cấp huyện cho ý kiến",
        "Trước ngày 15/01/2025",
    ),
    ("3", "Công khai dự thảo báo cáo chính trị, lấy ý kiến cán bộ, đảng viên và nhân dân", "Tháng 02/2025"),
    ("4", "Tổ chức đại hội điểm cấp huyện; sơ kết, rút kinh nghiệm", "Tháng 4 và tháng 5/2025"),
    (
        "5",
        "Gửi dự thảo văn kiện, đề án nhân sự về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)",
        "Chậm nhất 45 ngày trước ngày khai mạc đại hội",
    ),
    ("6", "Tổ chức đại hội đảng bộ các huyện, thị xã, thành phố còn lại", "Hoàn thành trước ngày 30/6/2025"),
    (
        "7",
        "Báo cáo kết quả đại hội và hồ sơ bầu cử về Ban Thường vụ Tỉnh ủy",
        "Trong thời hạn 10 ngày sau khi bế mạc đại hội",
    ),
]

PLAN_NOI_NHAN = [
    ("Nơi nhận:", True, True),
    "- Ban Tổ chức Trung ương,",
    "- Văn phòng Trung ương Đảng, (để báo cáo)",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Các ban, Văn phòng Tỉnh ủy,",
    "- Các huyện ủy, thị ủy, thành ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
]
PLAN_SIGNER = [
    ("T/M BAN THƯỜNG VỤ", True, False),
    ("PHÓ BÍ THƯ THƯỜNG TRỰC", True, False),
    "",
    "",
    ("Đỗ Minh Khiêm", True, False),
]

# =========================================================================================================
# Document B: Báo cáo chính trị Đảng bộ huyện Cẩm Giàng (past report)
# =========================================================================================================
REPORT_BODY: list[tuple[str, str]] = [
    ("c", "ĐẢNG BỘ TỈNH HẢI DƯƠNG\nHUYỆN ỦY CẨM GIÀNG"),
    ("title", "BÁO CÁO CHÍNH TRỊ"),
    (
        "ci",
        "của Ban Chấp hành Đảng bộ huyện khóa XXV trình Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2025 - "
        "2030",
    ),
    (
        "p",
        "Đại hội đại biểu Đảng bộ huyện Cẩm Giàng lần thứ XXVI diễn ra từ ngày 10 đến ngày 12/6/2025, có nhiệm vụ "
        "đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ XXV, xác định phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ "
        "2025 - 2030 với chủ đề: “Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ; phát huy sức mạnh đại đoàn "
        "kết; xây dựng Cẩm Giàng phát triển nhanh, bền vững, sớm trở thành thị xã”.",
    ),
    # ------------------------------------------------------------------------------------------------------
    (
        "h1",
        "PHẦN THỨ NHẤT\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXV, NHIỆM KỲ 2020 - 2025",
    ),
    ("h2", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    (
        "p",
        "Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh có nhiều khó khăn: đại dịch COVID-19 tác động nặng nề trong hai "
        "năm đầu nhiệm kỳ, giá nguyên vật liệu tăng cao, thị trường xuất khẩu bị thu hẹp. Phát huy tinh thần đoàn "
        "kết, chủ động, sáng tạo, Đảng bộ huyện đã lãnh đạo hoàn thành và hoàn thành vượt 17/20 chỉ tiêu chủ yếu mà "
        "Nghị quyết Đại hội đề ra.",
    ),
    ("h3", "1. Kinh tế tăng trưởng khá, cơ cấu chuyển dịch đúng hướng"),
    (
        "p",
        "Tốc độ tăng trưởng giá trị sản xuất bình quân 5 năm ước đạt 9,2%/năm (chỉ tiêu 9,0 - 9,5%). Cơ cấu kinh tế "
        "năm 2025: công nghiệp - xây dựng 71,4%; thương mại - dịch vụ 21,8%; nông nghiệp, thủy sản 6,8%. Thu nhập "
        "bình quân đầu người năm 2025 ước đạt 96 triệu đồng, gấp 1,6 lần năm 2020.",
    ),
    (
        "p",
        "Công nghiệp tiếp tục là động lực tăng trưởng chính. Các Khu công nghiệp Tân Trường, Đại An mở rộng và Lương "
        "Điền - Cẩm Điền có tỷ lệ lấp đầy bình quân đạt 86%; trong nhiệm kỳ, huyện thu hút thêm 42 dự án FDI với tổng "
        "vốn đăng ký 1,18 tỷ USD, tập trung vào lĩnh vực điện tử, cơ khí chính xác và chế biến nông sản. Giá trị sản "
        "xuất công nghiệp (theo giá so sánh năm 2010) qua các năm như sau:",
    ),
    ("p", "- Năm 2021: đạt 27.640 tỷ đồng, tăng 7,8% so với năm 2020;"),
    ("p", "- Năm 2022: đạt 30.215 tỷ đồng, tăng 9,3%;"),
    ("p", "- Năm 2023: đạt 32.480 tỷ đồng, tăng 7,5%, do nhiều doanh nghiệp thiếu đơn hàng;"),
    ("p", "- Năm 2024: đạt 35.870 tỷ đồng, tăng 10,4%;"),
    ("p", "- Ước năm 2025: đạt 39.300 tỷ đồng, tăng 9,6%."),
    (
        "p",
        "Sản xuất nông nghiệp chuyển mạnh sang sản xuất hàng hóa, ứng dụng công nghệ cao. Vùng sản xuất cà rốt tập "
        "trung tại các xã Đức Chính, Cẩm Văn, Cẩm Vũ duy trì ổn định khoảng 1.250 ha mỗi vụ, sản phẩm cà rốt Cẩm Giàng "
        "được cấp nhãn hiệu chứng nhận và xuất khẩu sang Hàn Quốc, Nhật Bản. Giá trị thu được trên 1 ha đất canh tác "
        "năm 2024 đạt 185 triệu đồng.",
    ),
    (
        "p",
        "Xây dựng nông thôn mới đạt kết quả nổi bật; năm 2024, huyện Cẩm Giàng được Thủ tướng Chính phủ công nhận "
        "đạt chuẩn huyện nông thôn mới nâng cao. Số xã đạt chuẩn nông thôn mới nâng cao (cộng dồn) qua các năm như "
        "sau:",
    ),
    ("p", "- Năm 2021: có 4 xã đạt chuẩn nông thôn mới nâng cao;"),
    ("p", "- Năm 2022: có 7 xã đạt chuẩn nông thôn mới nâng cao;"),
    ("p", "- Năm 2023: có 10 xã đạt chuẩn nông thôn mới nâng cao;"),
    ("p", "- Năm 2024: có 13/13 xã đạt chuẩn nông thôn mới nâng cao."),
    (
        "p",
        "Đến nay, các xã Cẩm Vũ, Đức Chính và Lương Điền đã đạt chuẩn nông thôn mới kiểu mẫu; hai thị trấn Lai Cách, "
        "Cẩm Giang được chỉnh trang theo hướng văn minh, hiện đại.",
    ),
    ("h3", "2. Tài chính - ngân sách, đầu tư xây dựng"),
    (
        "p",
        "Công tác thu ngân sách được chỉ đạo quyết liệt, chống thất thu có hiệu quả. Thu ngân sách nhà nước trên địa "
        "bàn qua các năm như sau:",
    ),
    ("p", "- Năm 2021: đạt 1.236 tỷ đồng, bằng 109% dự toán tỉnh giao;"),
    ("p", "- Năm 2022: đạt 1.412 tỷ đồng, bằng 118% dự toán tỉnh giao;"),
    ("p", "- Năm 2023: đạt 1.389 tỷ đồng, giảm do thu tiền sử dụng đất không đạt kế hoạch;"),
    ("p", "- Năm 2024: đạt 1.557 tỷ đồng, bằng 112% dự toán tỉnh giao;"),
    ("p", "- Ước năm 2025: đạt 1.620 tỷ đồng."),
    (
        "p",
        "Tổng vốn đầu tư toàn xã hội 5 năm ước đạt 41.500 tỷ đồng. Hoàn thành đưa vào sử dụng tuyến đường trục Bắc - "
        "Nam của huyện giai đoạn 1, cầu Cậy mới và 68 km đường giao thông nông thôn được nâng cấp.",
    ),
    ("h3", "3. Văn hóa - xã hội, quốc phòng - an ninh"),
    (
        "p",
        "Giáo dục và đào tạo giữ vững chất lượng; 100% trường học đạt chuẩn quốc gia, trong đó 21 trường đạt chuẩn "
        "mức độ 2. Tỷ lệ lao động qua đào tạo đạt 78%; bình quân mỗi năm giải quyết việc làm mới cho 3.200 lao động. "
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%. Khu di tích Văn Miếu Mao Điền được tu bổ, tôn tạo giai "
        "đoạn 2, trở thành điểm đến văn hóa tiêu biểu của tỉnh.",
    ),
    (
        "p",
        "Quốc phòng, quân sự địa phương được củng cố; hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ. "
        "Tỷ lệ điều tra, khám phá án hình sự đạt 88,5%; tai nạn giao thông giảm cả 3 tiêu chí.",
    ),
    ("h3", "4. Công tác xây dựng Đảng và hệ thống chính trị"),
    (
        "p",
        "Công tác xây dựng Đảng được chú trọng toàn diện. Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.126 đảng viên mới; "
        "hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Thực hiện sắp xếp đơn vị hành chính "
        "cấp xã giai đoạn 2023 - 2025, huyện giảm từ 19 xuống còn 15 đơn vị hành chính cấp xã (13 xã và 2 thị trấn).",
    ),
    ("h2", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("h3", "1. Hạn chế, yếu kém"),
    (
        "p",
        "- Còn 3/20 chỉ tiêu không đạt: tỷ lệ đô thị hóa (đạt 38%, chỉ tiêu 45%); tỷ lệ chất thải rắn sinh hoạt được xử "
        "lý bằng công nghệ đốt phát điện (đạt 60%, chỉ tiêu 100%); số bác sĩ trên 1 vạn dân (đạt 8,5, chỉ tiêu 10).",
    ),
    (
        "p",
        "- Ô nhiễm môi trường nước tại kênh Bắc Hưng Hải và sông Cẩm Giàng đoạn qua huyện chậm được khắc phục; một số "
        "cụm công nghiệp chưa có hệ thống xử lý nước thải tập trung.",
    ),
    (
        "p",
        "- Công tác giải phóng mặt bằng một số dự án trọng điểm còn chậm, nhất là Khu đô thị phía Tây thị trấn Lai "
        "Cách; hạ tầng giao thông kết nối với Quốc lộ 5 và đường cao tốc Hà Nội - Hải Phòng chưa đồng bộ.",
    ),
    (
        "p",
        "- Sinh hoạt của một số chi bộ chưa nền nếp, chất lượng chưa cao; trong nhiệm kỳ phải thi hành kỷ luật 46 "
        "đảng viên.",
    ),
    ("h3", "2. Nguyên nhân"),
    (
        "p",
        "- Nguyên nhân khách quan: tác động kéo dài của đại dịch COVID-19, xung đột quân sự trên thế giới làm đứt gãy "
        "chuỗi cung ứng; cơ chế, chính sách về đất đai, đầu tư còn nhiều thay đổi.",
    ),
    (
        "p",
        "- Nguyên nhân chủ quan: năng lực dự báo, tham mưu của một số cơ quan chuyên môn chưa đáp ứng yêu cầu; người "
        "đứng đầu một số cấp ủy, chính quyền chưa quyết liệt; sự phối hợp giữa các ngành, các cấp có lúc chưa chặt "
        "chẽ.",
    ),
    ("h2", "III. BÀI HỌC KINH NGHIỆM"),
    (
        "p",
        "Thứ nhất, phải giữ vững đoàn kết, thống nhất trong Ban Chấp hành, Ban Thường vụ; phát huy vai trò nêu gương "
        "của người đứng đầu, nói đi đôi với làm.",
    ),
    (
        "p",
        "Thứ hai, bám sát thực tiễn, cụ thể hóa kịp thời chủ trương của cấp trên bằng các chương trình, đề án có trọng "
        "tâm, trọng điểm; phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.",
    ),
    (
        "p",
        "Thứ ba, lấy sự hài lòng của nhân dân làm thước đo; giải quyết dứt điểm các vấn đề bức xúc, kiến nghị chính "
        "đáng của nhân dân ngay từ cơ sở.",
    ),
    (
        "p",
        "Thứ tư, chủ động thu hút đầu tư có chọn lọc, ưu tiên dự án công nghệ cao, thân thiện môi trường; gắn phát "
        "triển công nghiệp với đô thị hóa và bảo vệ môi trường.",
    ),
    # ------------------------------------------------------------------------------------------------------
    ("h1", "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030"),
    ("h2", "I. MỤC TIÊU TỔNG QUÁT"),
    (
        "p",
        "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy tiềm năng, lợi thế vị trí cửa ngõ phía "
        "Tây của tỉnh; đẩy mạnh công nghiệp hóa, đô thị hóa gắn với bảo vệ môi trường; phấn đấu đến năm 2030 Cẩm Giàng "
        "đủ điều kiện thành lập thị xã, đến năm 2035 trở thành đô thị công nghiệp - dịch vụ hiện đại.",
    ),
    ("h2", "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"),
    ("p", "1. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10 - 10,5%/năm."),
    (
        "p",
        "2. Cơ cấu kinh tế: công nghiệp - xây dựng 70%; thương mại - dịch vụ 25%; nông nghiệp, thủy sản 5%.",
    ),
    ("p", "3. Thu nhập bình quân đầu người đạt 160 triệu đồng/năm."),
    ("p", "4. Thu ngân sách nhà nước trên địa bàn tăng bình quân 8%/năm trở lên."),
    ("p", "5. Tỷ lệ đô thị hóa đạt 55% trở lên; hoàn thành các tiêu chí thành lập thị xã Cẩm Giàng."),
    ("p", "6. Có ít nhất 8 xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("p", "7. Tỷ lệ lao động qua đào tạo đạt 85%, trong đó có bằng cấp, chứng chỉ đạt 45%."),
    ("p", "8. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96% trở lên; đạt 12 bác sĩ trên 1 vạn dân."),
    (
        "p",
        "9. 100% chất thải rắn sinh hoạt được thu gom, xử lý đạt chuẩn; 100% cụm công nghiệp có hệ thống xử lý nước "
        "thải tập trung.",
    ),
    (
        "p",
        "10. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp từ 1.200 đảng viên mới "
        "trở lên trong nhiệm kỳ.",
    ),
    ("h2", "III. CÁC KHÂU ĐỘT PHÁ"),
    (
        "p",
        "1. Đột phá về quy hoạch và phát triển đô thị: hoàn thành quy hoạch chung đô thị Cẩm Giàng đến năm 2040; tập "
        "trung đầu tư hạ tầng hai thị trấn Lai Cách, Cẩm Giang và các khu đô thị mới dọc Quốc lộ 5.",
    ),
    (
        "p",
        "2. Đột phá về hạ tầng giao thông kết nối: hoàn thành đường trục Bắc - Nam giai đoạn 2, tuyến nối Quốc lộ 38 "
        "với đường cao tốc Hà Nội - Hải Phòng; mở rộng đường tỉnh 394 đoạn qua huyện.",
    ),
    (
        "p",
        "3. Đột phá về cải cách hành chính và chuyển đổi số: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch "
        "vụ công trực tuyến toàn trình; xây dựng chính quyền số cấp huyện, cấp xã.",
    ),
    ("h2", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    (
        "p",
        "Một là, tiếp tục phát triển công nghiệp theo chiều sâu; lấp đầy các khu, cụm công nghiệp hiện có, ưu tiên dự "
        "án công nghệ cao, sử dụng ít lao động phổ thông.",
    ),
    (
        "p",
        "Hai là, phát triển nông nghiệp sinh thái, nông thôn hiện đại; mở rộng vùng sản xuất cà rốt, rau màu theo "
        "chuẩn VietGAP, GlobalGAP gắn với chế biến sâu.",
    ),
    (
        "p",
        "Ba là, phát triển văn hóa, con người Cẩm Giàng; khai thác giá trị Văn Miếu Mao Điền gắn với du lịch văn hóa - "
        "tâm linh; chăm lo an sinh xã hội.",
    ),
    (
        "p",
        "Bốn là, xây dựng Đảng bộ trong sạch, vững mạnh; đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt "
        "chi bộ; xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ.",
    ),
    (
        "p",
        "Với truyền thống cách mạng và tinh thần đoàn kết, Đảng bộ và nhân dân huyện Cẩm Giàng quyết tâm thực hiện "
        "thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2025 - 2030.",
    ),
]


# =========================================================================================================
# Building the Word files
# =========================================================================================================
def _setup(doc) -> None:
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)


def _stacked_cell(cell, lines, size=13, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    """All lines in ONE paragraph, separated by line breaks (cell text reads back with '\\n')."""
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = align
    for i, item in enumerate(lines):
        text, bold, italic = item if isinstance(item, tuple) else (item, False, False)
        run = p.add_run(nfc(text))
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def _body(doc, blocks: list[tuple[str, str]], table: list[tuple[str, ...]] | None = None) -> None:
    styles = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}
    for kind, text in blocks:
        if kind == "TABLE":
            assert table is not None
            t = doc.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(table):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = nfc(val)
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            continue
        if kind in styles:
            p = doc.add_paragraph(nfc(text), style=styles[kind])
            if kind in ("title", "h1"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind in ("b", "c"):
            run.bold = True
        if kind == "ci":
            run.italic = True
        if kind in ("c", "ci"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)


def _save_deterministic(doc, path: Path, title: str) -> None:
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Trợ lý Dự thảo test data"
    cp.title = title
    cp.created = cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
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


def make_plan(path: Path) -> None:
    doc = Document()
    _setup(doc)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), PLAN_LEFT)
    _stacked_cell(head.cell(0, 1), PLAN_RIGHT)
    _body(doc, PLAN_BODY, PLAN_TABLE)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), PLAN_NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _stacked_cell(tail.cell(0, 1), PLAN_SIGNER)
    _save_deterministic(doc, path, "Kế hoạch tổ chức đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030")


def make_report(path: Path) -> None:
    doc = Document()
    _setup(doc)
    _body(doc, REPORT_BODY)
    _save_deterministic(doc, path, "Báo cáo chính trị Đảng bộ huyện Cẩm Giàng nhiệm kỳ 2020 - 2025")


# =========================================================================================================
# Questions (written to fresh2.jsonl). All held out: this set is only measured, never tuned on.
# =========================================================================================================
def q(question, shape, gold=(), expect=(), forbid=()) -> dict:
    return {
        "question": question,
        "shape": shape,
        "half": "heldout",
        "gold": list(gold),
        "expect": list(expect),
        "forbid": list(forbid),
        "unanswerable": shape == "unanswerable",
    }


# distinctive phrases of each district's paragraph in the plan, used as forbid lists
KINH_MON = ["xi măng, vật liệu xây dựng theo hướng xanh", "An Phụ - Kính Chủ - Nhẫm Dương"]
NINH_GIANG = ["chống sạt lở bờ sông Luộc", "các huyện thuần nông"]
CAM_GIANG = ["đô thị vệ tinh phía Tây", "ít nhất 300 lượt ý kiến tham gia"]

QUESTIONS: list[dict] = [
    # ---- narrow: the plan ---------------------------------------------------------------------------------
    q(
        "Báo cáo chính trị trình đại hội đảng bộ cấp huyện được dài tối đa bao nhiêu trang?",
        "narrow",
        ["Độ dài báo cáo chính trị không quá 30 trang khổ A4"],
        ["không quá 30 trang"],
    ),
    q(
        "Ai làm tổ trưởng Tổ biên tập xây dựng dự thảo báo cáo chính trị cấp huyện?",
        "narrow",
        ["Tổ biên tập do đồng chí trưởng ban tuyên giáo cấp ủy"],
        ["trưởng ban tuyên giáo"],
    ),
    q(
        "Dự thảo báo cáo chính trị phải được công khai lấy ý kiến nhân dân trong bao nhiêu ngày?",
        "narrow",
        ["thị trấn trong thời gian ít nhất 15 ngày"],
        ["ít nhất 15 ngày"],
    ),
    q(
        "Hạn gửi dự thảo văn kiện và đề án nhân sự lên Ban Thường vụ Tỉnh ủy là khi nào?",
        "narrow",
        ["Chậm nhất 45 ngày trước ngày khai mạc đại hội"],
        ["45 ngày trước ngày khai mạc"],
    ),
    q(
        "Thị xã Kinh Môn phải hoàn thành đại hội điểm trước ngày nào?",
        "narrow",
        ["đại hội điểm cấp huyện thứ nhất, hoàn thành trước ngày 20/4/2025"],
        ["20/4/2025"],
    ),
    q(
        "Đại hội điểm của huyện Ninh Giang xong trước ngày nào?",
        "narrow",
        ["đại diện cho các huyện thuần nông, hoàn thành trước ngày 15/5/2025"],
        ["15/5/2025"],
    ),
    q(
        "Số liệu trong báo cáo chính trị được chốt đến thời điểm nào?",
        "narrow",
        ["Số liệu trong báo cáo được tính đến hết ngày 31/12/2024"],
        ["31/12/2024"],
    ),
    q(
        "ban tuyen giao tinh uy phai co y kien tham dinh du thao bao cao chinh tri trong bao nhieu ngay?",
        "narrow",
        ["trong thời hạn 10 ngày làm việc kể từ ngày"],
        ["10 ngày làm việc"],
    ),
    q(
        "Hạn chót để các huyện, thị xã, thành phố tổ chức xong đại hội là ngày nào?",
        "narrow",
        ["Hoàn thành trước ngày 30/6/2025"],
        ["30/6/2025"],
    ),
    # ---- narrow: the Cẩm Giàng report ---------------------------------------------------------------------
    q(
        "Giá trị sản xuất công nghiệp của huyện Cẩm Giàng năm 2023 đạt bao nhiêu?",
        "narrow",
        ["Năm 2023: đạt 32.480 tỷ đồng, tăng 7,5%"],
        ["32.480 tỷ đồng"],
    ),
    q(
        "Thu ngân sách nhà nước trên địa bàn Cẩm Giàng năm 2022 là bao nhiêu?",
        "narrow",
        ["Năm 2022: đạt 1.412 tỷ đồng, bằng 118% dự toán"],
        ["1.412 tỷ đồng"],
    ),
    q(
        "Đến năm 2023, Cẩm Giàng có bao nhiêu xã đạt chuẩn nông thôn mới nâng cao?",
        "narrow",
        ["Năm 2023: có 10 xã đạt chuẩn nông thôn mới nâng cao"],
        ["có 10 xã"],
    ),
    q(
        "What was the industrial production value of Cam Giang district in 2024?",
        "narrow",
        ["Năm 2024: đạt 35.870 tỷ đồng, tăng 10,4%"],
        ["35.870 tỷ đồng"],
    ),
    q(
        "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Cẩm Giàng hoàn thành bao nhiêu chỉ tiêu chủ yếu?",
        "narrow",
        ["hoàn thành và hoàn thành vượt 17/20 chỉ tiêu chủ yếu"],
        ["17/20 chỉ tiêu"],
    ),
    q(
        "cam giang thu hut them bao nhieu du an FDI trong nhiem ky vua qua?",
        "narrow",
        ["thu hút thêm 42 dự án FDI với tổng vốn"],
        ["42 dự án FDI"],
    ),
    q(
        "Cẩm Giàng đặt mục tiêu thu nhập bình quân đầu người năm 2030 là bao nhiêu?",
        "narrow",
        ["Thu nhập bình quân đầu người đạt 160 triệu đồng/năm"],
        ["160 triệu đồng/năm"],
    ),
    # ---- broad --------------------------------------------------------------------------------------------
    q(
        "Báo cáo chính trị Cẩm Giàng nêu những bài học kinh nghiệm gì?",
        "broad",
        ["Thứ nhất, phải giữ vững đoàn kết, thống nhất"],
        [
            "giữ vững đoàn kết, thống nhất",
            "rõ người, rõ việc, rõ thời gian",
            "lấy sự hài lòng của nhân dân làm thước đo",
            "thu hút đầu tư có chọn lọc",
        ],
    ),
    q(
        "Các chỉ tiêu chủ yếu đến năm 2030 của Cẩm Giàng là gì?",
        "broad",
        ["Thu nhập bình quân đầu người đạt 160 triệu đồng/năm"],
        [
            "10 - 10,5%/năm",
            "160 triệu đồng/năm",
            "Tỷ lệ đô thị hóa đạt 55% trở lên",
            "ít nhất 8 xã đạt chuẩn nông thôn mới kiểu mẫu",
            "Tỷ lệ lao động qua đào tạo đạt 85%",
        ],
    ),
    q(
        "Kế hoạch yêu cầu gì về báo cáo chính trị?",
        "broad",
        ["Độ dài báo cáo chính trị không quá 30 trang khổ A4"],
        [
            "gồm 3 phần",
            "không quá 30 trang",
            "trưởng ban tuyên giáo",
            "ít nhất 15 ngày",
            "không quá 3 khâu đột phá",
        ],
    ),
    q(
        "Kinh Môn cần làm gì theo kế hoạch?",
        "broad",
        ["đại hội điểm cấp huyện thứ nhất, hoàn thành trước ngày 20/4/2025"],
        [
            "đại hội điểm cấp huyện thứ nhất",
            "thành phố trực thuộc tỉnh trước năm 2030",
            "phục hồi môi trường sau khai thác đá vôi",
            "An Phụ - Kính Chủ - Nhẫm Dương",
        ],
        NINH_GIANG + CAM_GIANG,
    ),
    q(
        "Theo Kế hoạch 31-KH/TU, huyện Cẩm Giàng được giao những nhiệm vụ cụ thể nào?",
        "broad",
        ["Đối với huyện Cẩm Giàng: thí điểm lấy ý kiến nhân dân"],
        [
            "ứng dụng công dân số của tỉnh",
            "ít nhất 300 lượt ý kiến tham gia",
            "đô thị vệ tinh phía Tây",
            "tiêu chí thành lập thị xã",
            "kênh Bắc Hưng Hải",
        ],
        KINH_MON + NINH_GIANG,
    ),
    q(
        "Ninh Giang phải chuẩn bị những gì cho đại hội nhiệm kỳ 2025 - 2030?",
        "broad",
        ["đại diện cho các huyện thuần nông, hoàn thành trước ngày 15/5/2025"],
        [
            "đại hội điểm cấp huyện thứ hai",
            "sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025",
            "chống sạt lở bờ sông Luộc",
            "nuôi trồng thủy sản tập trung ven sông",
        ],
        KINH_MON + CAM_GIANG,
    ),
    q(
        "Báo cáo chính trị huyện Cẩm Giàng chỉ ra những hạn chế, yếu kém nào?",
        "broad",
        ["Còn 3/20 chỉ tiêu không đạt"],
        [
            "3/20 chỉ tiêu không đạt",
            "tỷ lệ đô thị hóa (đạt 38%, chỉ tiêu 45%)",
            "kênh Bắc Hưng Hải và sông Cẩm Giàng",
            "giải phóng mặt bằng",
            "kỷ luật 46 đảng viên",
        ],
    ),
    q(
        "Các khâu đột phá của huyện Cẩm Giàng nhiệm kỳ 2025 - 2030 là gì?",
        "broad",
        ["Đột phá về quy hoạch và phát triển đô thị"],
        [
            "Đột phá về quy hoạch và phát triển đô thị",
            "Đột phá về hạ tầng giao thông kết nối",
            "Đột phá về cải cách hành chính và chuyển đổi số",
        ],
    ),
    q(
        "What causes does the Cam Giang political report give for its shortcomings?",
        "broad",
        ["Nguyên nhân chủ quan: năng lực dự báo, tham mưu"],
        [
            "tác động kéo dài của đại dịch COVID-19",
            "đứt gãy chuỗi cung ứng",
            "năng lực dự báo, tham mưu",
            "chưa quyết liệt",
        ],
    ),
    # ---- which --------------------------------------------------------------------------------------------
    q(
        "Những địa phương nào được giao tổ chức đại hội điểm cấp huyện?",
        "which",
        ["tổ chức đại hội điểm cấp huyện thứ nhất"],
        ["thị xã Kinh Môn", "huyện Ninh Giang"],
        CAM_GIANG,
    ),
    q(
        "Những địa phương nào được giao thí điểm lấy ý kiến nhân dân về dự thảo báo cáo chính trị qua ứng dụng số?",
        "which",
        ["Cùng với huyện Cẩm Giàng thí điểm lấy ý kiến nhân dân"],
        ["huyện Ninh Giang", "huyện Cẩm Giàng"],
        KINH_MON,
    ),
    q(
        "Những xã nào của huyện Cẩm Giàng đã đạt chuẩn nông thôn mới kiểu mẫu?",
        "which",
        ["các xã Cẩm Vũ, Đức Chính và Lương Điền"],
        ["Cẩm Vũ", "Đức Chính", "Lương Điền"],
    ),
    q(
        "Những khu công nghiệp nào trên địa bàn Cẩm Giàng được nêu trong báo cáo chính trị?",
        "which",
        ["Các Khu công nghiệp Tân Trường, Đại An mở rộng và Lương Điền - Cẩm Điền"],
        ["Tân Trường", "Đại An mở rộng", "Lương Điền - Cẩm Điền"],
    ),
    # ---- meta ---------------------------------------------------------------------------------------------
    q("Kế hoạch tổ chức đại hội đảng bộ cấp huyện có số hiệu là gì?", "meta", ["Số 31-KH/TU"], ["31-KH/TU"]),
    q(
        "Kế hoạch số 31-KH/TU được ban hành ngày nào?",
        "meta",
        ["Hải Dương, ngày 05 tháng 11 năm 2024"],
        ["ngày 05 tháng 11 năm 2024"],
    ),
    q(
        "Who signed the plan on organising the district-level party congresses?",
        "meta",
        ["PHÓ BÍ THƯ THƯỜNG TRỰC"],
        ["Đỗ Minh Khiêm"],
    ),
    q(
        "Cơ quan nào ban hành kế hoạch tổ chức đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030?",
        "meta",
        ["TỈNH ỦY HẢI DƯƠNG"],
        ["TỈNH ỦY HẢI DƯƠNG", "T/M BAN THƯỜNG VỤ"],
    ),
    q(
        "Báo cáo chính trị Cẩm Giàng được trình đại hội lần thứ mấy, diễn ra khi nào?",
        "meta",
        ["Đại hội đại biểu Đảng bộ huyện Cẩm Giàng lần thứ XXVI diễn ra từ ngày 10 đến ngày 12/6/2025"],
        ["lần thứ XXVI", "từ ngày 10 đến ngày 12/6/2025"],
    ),
    # ---- unanswerable -------------------------------------------------------------------------------------
    q("Kinh phí tổ chức đại hội đảng bộ cấp huyện được bố trí bao nhiêu?", "unanswerable"),
    q("Huyện Bình Giang được giao nhiệm vụ cụ thể gì trong kế hoạch đại hội?", "unanswerable"),
    q("Tỷ lệ hộ nghèo của huyện Cẩm Giàng năm 2024 là bao nhiêu?", "unanswerable"),
    q("Ai là Bí thư Huyện ủy Cẩm Giàng nhiệm kỳ 2020 - 2025?", "unanswerable"),
    q("Tổng số đảng viên hiện nay của Đảng bộ huyện Cẩm Giàng là bao nhiêu?", "unanswerable"),
    q("dai hoi dai bieu dang bo tinh hai duong lan thu XVIII khai mac ngay nao?", "unanswerable"),
    q("Diện tích gieo cấy lúa năm 2024 của huyện Cẩm Giàng là bao nhiêu héc-ta?", "unanswerable"),
    q("Giá trị sản xuất nông nghiệp của Cẩm Giàng năm 2022 đạt bao nhiêu tỷ đồng?", "unanswerable"),
    q("Đại hội đảng bộ thành phố Chí Linh được tổ chức vào thời gian nào?", "unanswerable"),
]

# Phrases whose absence keeps the unanswerable questions unanswerable (checked against both documents).
ABSENT = [
    "kinh phí",
    "bình giang",
    "hộ nghèo",
    "bí thư huyện ủy",
    "tổng số đảng viên",
    "khai mạc ngày",
    "gieo cấy",
    "lúa",
    "giá trị sản xuất nông nghiệp",
    "chí linh",
    "gia lộc",
]


# =========================================================================================================
# Check
# =========================================================================================================
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}
SHAPES = {"narrow", "broad", "which", "meta", "unanswerable"}
WORD_RANGE = {PLAN: (1500, 2200), REPORT: (1800, 2500)}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def doc_texts(path: Path) -> list[str]:
    d = Document(path)
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows for c in row.cells]


def write_questions(path: Path) -> None:
    lines = [json.dumps(x, ensure_ascii=False) for x in QUESTIONS]
    path.write_text(nfc("\n".join(lines) + "\n"), encoding="utf-8")


def check() -> list[str]:
    errors: list[str] = []
    fulls: dict[Path, str] = {}
    for path, (lo, hi) in WORD_RANGE.items():
        texts = doc_texts(path)
        for t in texts:
            if t != nfc(t):
                errors.append(f"{path.name}: not NFC: {t[:60]!r}")
        fulls[path] = norm(" \n ".join(texts))
        words = len(" ".join(texts).split())
        print(f"{path.relative_to(HERE)}: {words} words")
        if not lo <= words <= hi:
            errors.append(f"{path.name}: word count {words} outside {lo}-{hi}")
    d = Document(REPORT)
    used = {p.style.name for p in d.paragraphs}
    for style in ("Title", "Heading 1", "Heading 2"):
        if style not in used:
            errors.append(f"report: style {style} unused")
    for ph in ABSENT:
        for path, full in fulls.items():
            if norm(ph) in full:
                errors.append(f"{path.name}: trap phrase present: {ph!r}")

    counts: Counter = Counter()
    for n, line in enumerate(QUESTIONS_OUT.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"line {n}: keys {sorted(rec) if isinstance(rec, dict) else rec!r}")
            continue
        if rec["shape"] not in SHAPES or rec["half"] != "heldout":
            errors.append(f"line {n}: bad shape/half")
        if not isinstance(rec["question"], str) or not all(
            isinstance(rec[k], list) and all(isinstance(x, str) for x in rec[k])
            for k in ("gold", "expect", "forbid")
        ):
            errors.append(f"line {n}: bad types")
        if not isinstance(rec["unanswerable"], bool) or rec["unanswerable"] != (
            rec["shape"] == "unanswerable"
        ):
            errors.append(f"line {n}: unanswerable flag mismatch")
        if rec["unanswerable"] and (rec["gold"] or rec["expect"] or rec["forbid"]):
            errors.append(f"line {n}: unanswerable question has phrases")
        if not rec["unanswerable"] and not (rec["gold"] and rec["expect"]):
            errors.append(f"line {n}: answerable question without gold/expect")
        if rec["shape"] == "narrow":
            for g in rec["gold"]:
                if not 4 <= len(g.split()) <= 12:
                    errors.append(f"line {n}: narrow gold not 4-12 words: {g!r}")
        for k in ("gold", "expect", "forbid"):
            for ph in rec[k]:
                if not any(norm(ph) in full for full in fulls.values()):
                    errors.append(f"line {n}: {k} phrase in no document: {ph!r}")
        counts[rec["shape"]] += 1
    print(f"questions: {sum(counts.values())}")
    for shape in sorted(SHAPES):
        print(f"  {shape:13s} {counts[shape]:2d}")
    return errors


def main() -> None:
    make_plan(PLAN)
    make_report(REPORT)
    write_questions(QUESTIONS_OUT)
    print(f"wrote {PLAN.relative_to(HERE)}, {REPORT.relative_to(HERE)}, {QUESTIONS_OUT.name}")
    errors = check()
    if errors:
        print("CHECK FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
