"""Texts of the three other documents of the Nghệ An set (written by make_set.py):

AMEND_*   Công văn số 2317-CV/BTGTU (12/12/2024), 2-page .pdf, amending Hướng dẫn số 46-HD/BTGTU.
NOTICE_*  Thông báo kết luận số 1642-TB/TU (14/01/2025) as saved from the provincial party portal (.html).
REPORT_*  Political report of the Đô Lương district party committee to its 2020 congress, pasted from a
          district portal into a hard-wrapped .txt. "Đô Lương" occurs only in REPORT_HEADING lines.
"""

# =====================================================================================================
# Công văn số 2317-CV/BTGTU
# =====================================================================================================
AMEND_LEFT = ["TỈNH ỦY NGHỆ AN", "BAN TUYÊN GIÁO", "*", "Số 2317-CV/BTGTU",
              "V/v điều chỉnh, bổ sung một số nội dung", "Hướng dẫn số 46-HD/BTGTU"]
AMEND_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghệ An, ngày 12 tháng 12 năm 2024"]
AMEND_TO = "Kính gửi: Ban Thường vụ các huyện ủy, thị ủy, thành ủy."

# kinds: "p" paragraph, "h" bold heading
AMEND_BODY: list[tuple[str, str]] = [
    ("p", "Ngày 23/9/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 46-HD/BTGTU về nội dung, hình thức báo cáo "
          "chính trị trình đại hội đảng bộ huyện, thị xã, thành phố, nhiệm kỳ 2025 - 2030 (sau đây gọi là Hướng "
          "dẫn số 46). Đến nay, các đảng bộ cấp huyện đã gửi đề cương chi tiết; ba đơn vị tổ chức đại hội điểm "
          "đang hoàn thiện dự thảo báo cáo lần thứ nhất."),
    ("p", "Ngày 24/10/2024, Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 1243/NQ-UBTVQH15 về việc sắp xếp đơn "
          "vị hành chính cấp huyện, cấp xã của tỉnh Nghệ An giai đoạn 2023 - 2025; theo đó, từ ngày 01/12/2024, "
          "toàn bộ thị xã Cửa Lò được nhập vào thành phố Vinh. Nội dung Hướng dẫn số 46 đã dự liệu cho trường hợp "
          "này được thực hiện như đã hướng dẫn."),
    ("p", "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại phiên họp ngày 05/12/2024 về đẩy nhanh tiến độ chuẩn "
          "bị văn kiện đại hội gắn với yêu cầu sắp xếp, tinh gọn tổ chức bộ máy, Ban Tuyên giáo Tỉnh ủy đề nghị "
          "Ban Thường vụ các huyện ủy, thị ủy, thành ủy điều chỉnh, bổ sung một số nội dung của Hướng dẫn số 46 "
          "như sau:"),
    ("h", "1. Về dung lượng báo cáo chính trị"),
    ("p", "Báo cáo chính trị có dung lượng không quá 22 trang khổ A4 (không kể phụ lục), thay cho quy định "
          "\u201ckhông quá 30 trang\u201d tại điểm a mục 1 Phần III của Hướng dẫn số 46. Các tổ biên tập rà soát, "
          "lược bỏ nội dung trùng lặp, mang tính liệt kê; chuyển số liệu chi tiết sang phụ lục."),
    ("p", "Quy định về phụ lục (không quá 15 trang) và bản tóm tắt báo cáo (không quá 10 trang) giữ nguyên."),
    ("h", "2. Về thời hạn gửi dự thảo báo cáo chính trị đã hoàn thiện"),
    ("p", "Thời hạn gửi dự thảo báo cáo chính trị đã tiếp thu, hoàn thiện về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên "
          "giáo Tỉnh ủy) được điều chỉnh thành trước ngày 20/3/2025, thay cho thời hạn trước ngày 10/4/2025 nêu tại "
          "Phần IV của Hướng dẫn số 46. Hồ sơ gửi kèm báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý của cán "
          "bộ, đảng viên và nhân dân."),
    ("p", "Thời hạn gửi dự thảo của ba đơn vị tổ chức đại hội điểm (huyện Con Cuông, huyện Diễn Châu, thị xã Thái "
          "Hòa) trước ngày 25/12/2024 không thay đổi."),
    ("h", "3. Bổ sung nội dung đối với các địa phương ven biển"),
    ("p", "Báo cáo chính trị của các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc, thị xã Hoàng Mai và thành phố Vinh (đối "
          "với địa bàn thị xã Cửa Lò trước đây) bổ sung đánh giá kết quả triển khai các giải pháp chống khai thác "
          "hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), góp phần gỡ cảnh báo \u201cthẻ "
          "vàng\u201d của Ủy ban châu Âu đối với thủy sản Việt Nam."),
    ("p", "Các địa phương này cần nêu rõ trách nhiệm của cấp ủy, chính quyền cấp xã trong quản lý đội tàu cá, giám "
          "sát hành trình và xử lý vi phạm."),
    ("p", "Nội dung này không cần xây dựng thành mục riêng mà lồng ghép trong phần đánh giá phát triển kinh tế biển."),
    ("p", "Các nội dung khác của Hướng dẫn số 46 giữ nguyên. Ban Tuyên giáo Tỉnh ủy đề nghị Ban Thường vụ các huyện "
          "ủy, thị ủy, thành ủy quan tâm chỉ đạo thực hiện."),
]
AMEND_NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Thường trực Tỉnh ủy (để b/c);", "- Văn phòng Tỉnh ủy;",
                  "- Lưu VT, BTG."]
AMEND_SIGNER = ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Đặng Xuân Lộc"]

# =====================================================================================================
# Thông báo kết luận số 1642-TB/TU (portal page)
# =====================================================================================================
NOTICE_SITE = "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN"
NOTICE_TODAY = "Thứ Năm, 16/01/2025"
NOTICE_WEATHER = "Vinh 19°C"
NOTICE_NAV = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Văn bản", "Đại hội Đảng các cấp",
              "Học tập và làm theo Bác", "Xứ Nghệ - Quê hương", "Video", "Liên hệ"]
NOTICE_SLOGAN = ("Nhiệt liệt chào mừng đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần "
                 "thứ XX, nhiệm kỳ 2025 - 2030")
NOTICE_BREADCRUMB = ["Trang chủ", "Văn bản", "Thông báo kết luận"]
NOTICE_TITLE = ("Thông báo kết luận của Ban Thường vụ Tỉnh ủy về dự thảo Báo cáo chính trị trình đại hội Đảng bộ "
                "huyện Con Cuông, huyện Diễn Châu và thị xã Thái Hòa")
NOTICE_META = "Cập nhật: 16/01/2025 15:20 | Lượt xem: 1.247"
NOTICE_SHARE = ["Chia sẻ", "Facebook", "Zalo", "In bài", "Gửi email", "A-", "A+"]
NOTICE_SAPO = ("Ban Thường vụ Tỉnh ủy vừa ban hành Thông báo kết luận số 1642-TB/TU về dự thảo Báo cáo chính trị "
               "trình đại hội đại biểu Đảng bộ huyện Con Cuông, huyện Diễn Châu và thị xã Thái Hòa (các đơn vị tổ "
               "chức đại hội điểm), nhiệm kỳ 2025 - 2030. Cổng Thông tin điện tử Đảng bộ tỉnh trân trọng giới "
               "thiệu toàn văn Thông báo.")
NOTICE_HEAD_LEFT = ["TỈNH ỦY NGHỆ AN", "*", "Số 1642-TB/TU"]
NOTICE_HEAD_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghệ An, ngày 14 tháng 01 năm 2025"]
NOTICE_DOC_TITLE = ["THÔNG BÁO KẾT LUẬN",
                    "của Ban Thường vụ Tỉnh ủy về dự thảo Báo cáo chính trị trình đại hội đại biểu Đảng bộ huyện "
                    "Con Cuông, huyện Diễn Châu và thị xã Thái Hòa, nhiệm kỳ 2025 - 2030"]
# kinds: "p" paragraph, "h" bold heading paragraph
NOTICE_BODY: list[tuple[str, str]] = [
    ("p", "Ngày 09/01/2025, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Báo cáo chính trị trình đại hội đại "
          "biểu Đảng bộ huyện Con Cuông, huyện Diễn Châu và thị xã Thái Hòa - ba đơn vị được chọn tổ chức đại hội "
          "điểm cấp huyện, nhiệm kỳ 2025 - 2030. Đồng chí Phan Văn Tường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy "
          "chủ trì phiên họp."),
    ("p", "Dự phiên họp có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn phòng "
          "Tỉnh ủy; Ban Thường vụ Huyện ủy Con Cuông, Huyện ủy Diễn Châu, Thị ủy Thái Hòa. Đại diện Ban Thường vụ "
          "Huyện ủy Quỳ Hợp dự phiên họp để nghiên cứu, rút kinh nghiệm."),
    ("p", "Sau khi nghe Ban Tuyên giáo Tỉnh ủy báo cáo kết quả thẩm định và ý kiến thảo luận của các đồng chí dự họp, "
          "Ban Thường vụ Tỉnh ủy kết luận như sau:"),
    ("h", "1. Đánh giá chung"),
    ("p", "Ban Thường vụ Tỉnh ủy đánh giá cao Ban Thường vụ Huyện ủy Con Cuông, Huyện ủy Diễn Châu, Thị ủy Thái Hòa "
          "đã tích cực, chủ động chuẩn bị dự thảo Báo cáo chính trị; các dự thảo có bố cục cơ bản theo Hướng dẫn số "
          "46-HD/BTGTU, đánh giá tương đối toàn diện kết quả nhiệm kỳ 2020 - 2025 và đề ra phương hướng, mục tiêu "
          "phù hợp với Quy hoạch tỉnh."),
    ("p", "Tuy nhiên, các dự thảo còn dài (dự thảo của huyện Diễn Châu 34 trang, huyện Con Cuông 29 trang, thị xã "
          "Thái Hòa 26 trang), một số phần còn nặng về liệt kê; phần hạn chế, nguyên nhân chưa thật sự sâu sắc; "
          "một số chỉ tiêu chưa có căn cứ tính toán rõ ràng."),
    ("h", "2. Một số nội dung chung cần tiếp thu, hoàn thiện"),
    ("p", "2.1. Rà soát, rút gọn dung lượng dự thảo theo đúng Công văn số 2317-CV/BTGTU ngày 12/12/2024 của Ban "
          "Tuyên giáo Tỉnh ủy (không quá 22 trang, không kể phụ lục); chuyển các số liệu chi tiết sang phụ lục."),
    ("p", "2.2. Cập nhật số liệu ước thực hiện năm 2025 thống nhất với số liệu của Cục Thống kê tỉnh; các số liệu về "
          "thu ngân sách, đầu tư công phải khớp với báo cáo của Ủy ban nhân dân cùng cấp trình Hội đồng nhân dân "
          "cuối năm 2024."),
    ("p", "2.3. Phần hạn chế, yếu kém phải nêu đích danh những chỉ tiêu không đạt, những công trình, dự án chậm tiến "
          "độ và trách nhiệm của người đứng đầu."),
    ("p", "2.4. Bổ sung định hướng triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá "
          "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, phù hợp với điều kiện của "
          "từng địa phương."),
    ("p", "2.5. Phần xây dựng Đảng cần cập nhật chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị "
          "theo tinh thần tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII; "
          "không đưa vào báo cáo phương án nhân sự cụ thể."),
    ("p", "Các dự thảo không cần nêu lại toàn văn các mục tiêu, chỉ tiêu của tỉnh; chỉ dẫn chiếu khi cần so sánh."),
    ("h", "3. Đối với từng đơn vị"),
    ("p", "3.1. Đối với huyện Con Cuông: Làm rõ hơn tiềm năng, lợi thế về du lịch sinh thái, du lịch cộng đồng gắn "
          "với Vườn quốc gia Pù Mát và Khu dự trữ sinh quyển thế giới miền Tây Nghệ An; đánh giá sâu hơn kết quả "
          "giao đất, giao rừng và chi trả dịch vụ môi trường rừng."),
    ("p", "Dự thảo cần bổ sung giải pháp ổn định đời sống, sinh kế cho đồng bào Đan Lai sống trong vùng lõi Vườn "
          "quốc gia; chỉ tiêu tỷ lệ che phủ rừng đến năm 2030 xác định ở mức không thấp hơn 84%. Khâu đột phá về "
          "hạ tầng giao thông cần chỉ rõ các tuyến đường kết nối với Quốc lộ 7A và các xã biên giới."),
    ("p", "3.2. Đối với huyện Diễn Châu: Làm rõ lộ trình, các tiêu chí còn thiếu để xây dựng huyện Diễn Châu trở "
          "thành thị xã trước năm 2030; đánh giá đầy đủ hơn kết quả thu hút đầu tư vào Khu công nghiệp Thọ Lộc và "
          "các cụm công nghiệp trên địa bàn."),
    ("p", "Dự thảo phải bổ sung đánh giá công tác chống khai thác hải sản bất hợp pháp (IUU) theo Công văn số "
          "2317-CV/BTGTU, nội dung này hiện chưa được đề cập; đồng thời đề xuất giải pháp căn cơ xử lý tình trạng "
          "xói lở bờ biển ở các xã ven biển. Chỉ tiêu thu ngân sách cần tính toán lại, không phụ thuộc quá lớn vào "
          "nguồn thu tiền sử dụng đất."),
    ("p", "Phần bài học kinh nghiệm của dự thảo hiện nêu 7 bài học, cần chắt lọc lại theo đúng yêu cầu của Hướng dẫn "
          "số 46."),
    ("p", "3.3. Đối với thị xã Thái Hòa: Làm rõ vị thế đô thị trung tâm của các huyện phía Tây Bắc tỉnh; xác định lộ "
          "trình và giải pháp hoàn thiện các tiêu chí đô thị loại III. Đánh giá thẳng thắn nguyên nhân chậm triển "
          "khai một số dự án khu đô thị, khu dân cư mới đã được giao đất từ nhiệm kỳ trước."),
    ("p", "Thị xã không cần đặt chỉ tiêu về số xã đạt chuẩn nông thôn mới kiểu mẫu; cần bổ sung chỉ tiêu về giá trị "
          "sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn."),
    ("h", "4. Tổ chức thực hiện"),
    ("p", "Ban Thường vụ Huyện ủy Con Cuông, Huyện ủy Diễn Châu, Thị ủy Thái Hòa chỉ đạo tiểu ban văn kiện nghiên "
          "cứu, tiếp thu đầy đủ các ý kiến trên, hoàn thiện dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên "
          "giáo Tỉnh ủy) trước ngày 25/01/2025."),
    ("p", "Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, thẩm định lại dự thảo trước khi trình Thường trực Tỉnh ủy "
          "cho ý kiến lần cuối."),
    ("p", "Ban Thường vụ các huyện ủy, thị ủy, thành ủy khác nghiên cứu, vận dụng những nội dung chung nêu tại mục 2 "
          "của Thông báo này trong quá trình hoàn thiện dự thảo báo cáo chính trị của địa phương."),
    ("p", "Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng liên quan biết, thực hiện."),
]
NOTICE_NOI_NHAN = ["Nơi nhận:", "- Các đồng chí Ủy viên BTV Tỉnh ủy;",
                   "- Huyện ủy Con Cuông, Huyện ủy Diễn Châu, Thị ủy Thái Hòa;",
                   "- Các huyện ủy, thị ủy, thành ủy;", "- Ban Tuyên giáo Tỉnh ủy;", "- Lưu Văn phòng Tỉnh ủy."]
NOTICE_SIGNER = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)", "Võ Trọng Khiêm"]
NOTICE_SOURCE = "Nguồn: Văn phòng Tỉnh ủy"
NOTICE_TAGS = "Từ khóa: đại hội điểm, báo cáo chính trị, thông báo kết luận"
NOTICE_RELATED = [
    "Hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố, nhiệm kỳ "
    "2025 - 2030 (25/09/2024)",
    "Huyện ủy Quỳ Hợp tổ chức hội nghị góp ý dự thảo văn kiện đại hội (10/01/2025)",
    "Công bố Nghị quyết sắp xếp đơn vị hành chính cấp huyện, cấp xã tỉnh Nghệ An (30/11/2024)",
    "Thị xã Hoàng Mai: 100% chi bộ trực thuộc hoàn thành đại hội nhiệm kỳ 2025 - 2027 (06/01/2025)",
]
NOTICE_MOST_READ = [
    "Kỳ Sơn ra quân hỗ trợ người dân xóa nhà tạm, nhà dột nát",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 28",
    "Tương Dương: Nâng cao chất lượng sinh hoạt chi bộ ở vùng tái định cư",
]
NOTICE_FOOTER = [
    "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN",
    "Cơ quan chủ quản: Tỉnh ủy Nghệ An",
    "Địa chỉ: đường Trường Thi, thành phố Vinh, tỉnh Nghệ An",
    "Ghi rõ nguồn \u201cCổng TTĐT Đảng bộ tỉnh Nghệ An\u201d khi phát hành lại thông tin từ website này.",
]
NOTICE_COOKIE = "Website sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý"

# =====================================================================================================
# Báo cáo chính trị Đảng bộ huyện Đô Lương, 2020 (pasted .txt)
# =====================================================================================================
REPORT_MENU = "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Đại hội Đảng bộ huyện | Thủ tục hành chính | Liên hệ"
REPORT_HEADING = [
    "Toàn văn Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện Đô Lương lần thứ XXVIII, nhiệm kỳ 2020 - 2025",
    "ĐẢNG BỘ HUYỆN ĐÔ LƯƠNG",
]
REPORT_PRE = [
    REPORT_MENU,
    "Tin tức - Sự kiện > Đại hội Đảng",
    REPORT_HEADING[0],
    "Ngày đăng: 24/07/2020 | Lượt xem: 3.518",
    "ĐẢNG BỘ TỈNH NGHỆ AN\n" + REPORT_HEADING[1] + "\n*",
    "BÁO CÁO CHÍNH TRỊ\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ "
    "XXVIII, NHIỆM KỲ 2020 - 2025",
    "Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, khai thác tốt tiềm năng, lợi "
    "thế; xây dựng huyện phát triển nhanh, bền vững, trở thành trung tâm kinh tế - văn hóa vùng Tây Nam Nghệ An.",
]
# body blocks: "p" paragraph (wrapped), "h" heading line, "item" list item (wrapped, starts with "- " or "N. ")
REPORT_BODY: list[tuple[str, str]] = [
    ("p", "Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh toàn Đảng, "
          "toàn dân ta đang thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Đại hội "
          "đại biểu toàn quốc lần thứ XIII của Đảng; đồng thời vừa phòng, chống dịch COVID-19, vừa phục hồi sản "
          "xuất, kinh doanh. Ban Chấp hành Đảng bộ huyện khóa XXVII báo cáo Đại hội kết quả thực hiện Nghị quyết "
          "Đại hội lần thứ XXVII, nhiệm kỳ 2015 - 2020 và phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025 "
          "như sau:"),
    ("h", "PHẦN THỨ NHẤT"),
    ("h", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXVII, NHIỆM KỲ 2015 - 2020"),
    ("h", "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Năm năm qua, trong điều kiện còn nhiều khó khăn, thời tiết diễn biến bất thường, giá cả thị trường "
          "biến động và dịch COVID-19 từ đầu năm 2020 tác động đến nhiều mặt đời sống, Đảng bộ và nhân dân trong "
          "huyện đã đoàn kết, nỗ lực vượt qua thách thức, đạt và vượt 21/25 chỉ tiêu chủ yếu mà Nghị quyết Đại "
          "hội đề ra."),
    ("h", "1. Kinh tế duy trì tốc độ tăng trưởng khá, cơ cấu chuyển dịch đúng hướng"),
    ("p", "Tổng giá trị sản xuất (giá so sánh năm 2010) tăng bình quân 10,6%/năm, chưa đạt mục tiêu Nghị quyết "
          "(11 - 12%/năm). Cơ cấu kinh tế năm 2020: nông, lâm nghiệp, thủy sản 24,5%; công nghiệp - xây dựng "
          "36,8%; dịch vụ 38,7%. Thu nhập bình quân đầu người năm 2020 ước đạt 48,5 triệu đồng, gấp 1,8 lần năm "
          "2015. Thu ngân sách trên địa bàn năm 2019 đạt 312 tỷ đồng; tổng vốn đầu tư toàn xã hội 5 năm ước đạt "
          "14.600 tỷ đồng."),
    ("p", "Sản xuất nông nghiệp chuyển mạnh sang sản xuất hàng hóa; hình thành các vùng chuyên canh lúa chất lượng "
          "cao, rau an toàn, chăn nuôi bò thịt, lợn theo hướng trang trại. Chương trình xây dựng nông thôn mới là "
          "điểm sáng của nhiệm kỳ: đến tháng 6/2020 có 30/32 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn "
          "mới nâng cao; 12 sản phẩm được công nhận sản phẩm OCOP từ 3 sao trở lên."),
    ("p", "Công nghiệp, tiểu thủ công nghiệp phát triển khá; các cụm công nghiệp Lạc Sơn, Thịnh Sơn thu hút được 17 "
          "dự án với tổng vốn đăng ký trên 1.200 tỷ đồng, tạo việc làm cho khoảng 4.000 lao động. Thương mại, dịch "
          "vụ phát triển nhanh nhờ lợi thế là đầu mối giao thông của các tuyến Quốc lộ 7A, Quốc lộ 46 và Quốc lộ "
          "15; thị trấn được mở rộng, chỉnh trang theo hướng văn minh, hiện đại."),
    ("p", "Công tác quản lý tài nguyên, khoáng sản có chuyển biến. Huyện chủ động phối hợp với các huyện Anh Sơn, "
          "Thanh Chương, Yên Thành trong quản lý, ngăn chặn khai thác cát, sỏi trái phép trên sông Lam và giải "
          "quyết các vụ việc ở khu vực giáp ranh."),
    ("h", "2. Văn hóa - xã hội có nhiều tiến bộ"),
    ("p", "Chất lượng giáo dục toàn diện và giáo dục mũi nhọn được giữ vững; tỷ lệ trường đạt chuẩn quốc gia đạt "
          "85,2%. Mạng lưới y tế được củng cố; 100% trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã. Tỷ lệ hộ "
          "nghèo giảm từ 8,7% năm 2015 xuống còn 2,4% năm 2020; bình quân mỗi năm đưa khoảng 1.500 lao động đi làm "
          "việc ở nước ngoài. Các di tích Truông Bồn, đền Quả Sơn được đầu tư tôn tạo, trở thành điểm đến của du "
          "khách trong và ngoài tỉnh."),
    ("h", "3. Quốc phòng, an ninh được giữ vững"),
    ("p", "Khu vực phòng thủ huyện được xây dựng vững chắc; diễn tập khu vực phòng thủ năm 2019 đạt loại giỏi. An "
          "ninh chính trị, trật tự an toàn xã hội cơ bản ổn định; tội phạm về ma túy được kiềm chế, nhiều đường "
          "dây mua bán trái phép chất ma túy bị triệt phá."),
    ("h", "4. Công tác xây dựng Đảng và hệ thống chính trị được chú trọng"),
    ("p", "Việc thực hiện Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị số 05-CT/TW được triển khai nghiêm túc. "
          "Toàn Đảng bộ kết nạp 1.120 đảng viên mới; hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm "
          "vụ trở lên. Huyện thực hiện sáp nhập 86 xóm thành 41 xóm mới; tinh gọn đầu mối các cơ quan chuyên môn "
          "theo Nghị quyết số 18-NQ/TW."),
    ("h", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("item", "- Có 4/25 chỉ tiêu không đạt: tốc độ tăng trưởng giá trị sản xuất, thu ngân sách, tỷ lệ đô thị hóa và "
             "số xã đạt chuẩn nông thôn mới nâng cao."),
    ("item", "- Chuyển dịch cơ cấu lao động còn chậm; quy mô doanh nghiệp nhỏ, sức cạnh tranh thấp."),
    ("item", "- Quản lý đất đai, trật tự xây dựng ở một số xã còn buông lỏng; ô nhiễm môi trường ở một số làng "
             "nghề, khu chăn nuôi chưa được xử lý dứt điểm."),
    ("p", "Nguyên nhân chủ yếu của hạn chế là một số cấp ủy, người đứng đầu chưa quyết liệt, thiếu sáng tạo trong "
          "lãnh đạo, chỉ đạo; năng lực tham mưu của một số cơ quan chuyên môn còn hạn chế; nguồn lực đầu tư còn "
          "thấp so với yêu cầu."),
    ("h", "III. BÀI HỌC KINH NGHIỆM"),
    ("p", "Một là, phải thường xuyên xây dựng Đảng bộ đoàn kết, thống nhất; phát huy vai trò nêu gương của cán bộ, "
          "đảng viên, trước hết là người đứng đầu."),
    ("p", "Hai là, bám sát thực tiễn, lựa chọn đúng khâu đột phá và tập trung nguồn lực để thực hiện."),
    ("p", "Ba là, phát huy sức mạnh của nhân dân, lấy sự hài lòng của nhân dân làm thước đo."),
    ("p", "Bốn là, chủ động tháo gỡ khó khăn cho doanh nghiệp, tạo môi trường đầu tư thông thoáng."),
    ("p", "Năm là, tăng cường kiểm tra, giám sát, kịp thời chấn chỉnh những biểu hiện buông lỏng quản lý."),
    ("h", "PHẦN THỨ HAI"),
    ("h", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025"),
    ("h", "I. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, khai thác hiệu "
          "quả tiềm năng, lợi thế; đẩy mạnh phát triển công nghiệp, thương mại, dịch vụ; xây dựng huyện đạt chuẩn "
          "nông thôn mới, trở thành trung tâm kinh tế - văn hóa vùng Tây Nam Nghệ An; giữ vững quốc phòng, an "
          "ninh."),
    ("h", "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025"),
    ("item", "1. Tổng giá trị sản xuất tăng bình quân 10,5 - 11,5%/năm."),
    ("item", "2. Thu nhập bình quân đầu người năm 2025 đạt 75 - 80 triệu đồng."),
    ("item", "3. Cơ cấu kinh tế năm 2025: nông, lâm nghiệp, thủy sản 18%; công nghiệp - xây dựng 40%; dịch vụ 42%."),
    ("item", "4. Thu ngân sách trên địa bàn năm 2025 đạt 500 tỷ đồng."),
    ("item", "5. Tổng vốn đầu tư toàn xã hội 5 năm đạt 20.000 - 22.000 tỷ đồng."),
    ("item", "6. Huyện đạt chuẩn huyện nông thôn mới trước năm 2025; có 12 xã đạt chuẩn nông thôn mới nâng cao, 3 "
             "xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("item", "7. Tỷ lệ hộ nghèo giảm bình quân 0,5 - 0,7%/năm."),
    ("item", "8. Tỷ lệ lao động qua đào tạo đạt 70%."),
    ("item", "9. Tỷ lệ trường đạt chuẩn quốc gia đạt 95%."),
    ("item", "10. Tỷ lệ che phủ rừng ổn định ở mức 33%."),
    ("item", "11. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%."),
    ("item", "12. Hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp 1.200 đảng viên "
             "mới trong nhiệm kỳ."),
    ("h", "III. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Một là, đột phá về phát triển kết cấu hạ tầng giao thông và hạ tầng đô thị, trọng tâm là mở rộng, nâng "
          "cấp thị trấn đạt tiêu chí đô thị loại IV."),
    ("p", "Hai là, đột phá về cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh."),
    ("p", "Ba là, đột phá về phát triển nguồn nhân lực, nhất là đào tạo nghề gắn với giải quyết việc làm và xuất "
          "khẩu lao động."),
    ("h", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "Tập trung phát triển công nghiệp, tiểu thủ công nghiệp; lấp đầy các cụm công nghiệp hiện có, quy hoạch "
          "thêm cụm công nghiệp mới. Phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới nâng cao, kiểu "
          "mẫu. Phát triển thương mại, dịch vụ, du lịch văn hóa - tâm linh gắn với các di tích trên địa bàn."),
    ("p", "Nâng cao chất lượng giáo dục, y tế; bảo đảm an sinh xã hội, giảm nghèo bền vững. Giữ vững quốc phòng, an "
          "ninh; xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh."),
    ("p", "Với truyền thống cách mạng và tinh thần đoàn kết, Đảng bộ và nhân dân trong huyện quyết tâm thực hiện "
          "thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII, nhiệm kỳ 2020 - 2025."),
]
REPORT_POST = [
    "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
    "Chia sẻ | Bình luận (0) | In bài",
    "Tin cùng chuyên mục\n\u2022 Hướng dẫn tuyên truyền Đại hội đại biểu Đảng bộ huyện lần thứ XXVIII (10/07/2020)\n"
    "\u2022 Đại hội điểm Đảng bộ xã Thịnh Sơn nhiệm kỳ 2020 - 2025 thành công tốt đẹp (22/05/2020)",
    "Cổng thông tin điện tử huyện | Ghi rõ nguồn khi phát hành lại thông tin từ website này",
]
