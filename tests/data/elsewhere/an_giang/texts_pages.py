"""Texts of the An Giang corpus: four saved web pages (two sites) and one report pasted into Markdown.

Imported by make_set.py (which renders them) and by check_set.py (for the report's heading lines).
People, figures and document numbers are invented; the places are real.
"""

from __future__ import annotations

# =====================================================================================================
# Site A: Cổng Thông tin điện tử Đảng bộ tỉnh An Giang (portal template)
# =====================================================================================================
PORTAL_NAME = "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH AN GIANG"
PORTAL_SUB = "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh An Giang"
PORTAL_SLOGAN = "Chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
PORTAL_MENU = [
    "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động của Tỉnh ủy", "Xây dựng Đảng",
    "Đại hội đảng bộ các cấp", "Văn bản", "Tư liệu - Lịch sử Đảng bộ", "Học tập và làm theo Bác", "Liên hệ",
]
PORTAL_FOOTER = [
    "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH AN GIANG",
    "Cơ quan chủ quản: Tỉnh ủy An Giang. Chịu trách nhiệm chính: Chánh Văn phòng Tỉnh ủy.",
    "Địa chỉ: Số 33 đường Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên, tỉnh An Giang.",
    "Điện thoại: 0296.3852.411 - Email: banbientap@angiang.dcs.vn",
    "Ghi rõ nguồn \"Cổng Thông tin điện tử Đảng bộ tỉnh An Giang\" khi phát hành lại thông tin từ website này.",
]
PORTAL_LINKS = [
    "Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Cổng thông tin điện tử tỉnh An Giang",
    "Báo An Giang",
]

# -----------------------------------------------------------------------------------------------------
# Page 1 (portal): the Standing Committee's meeting of 21/11/2024 on three drafts
# -----------------------------------------------------------------------------------------------------
P1_SLUG = "ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-long-xuyen-cho-moi-thoai-son"
P1_URL = "https://angiang.dcs.vn/Lists/TinTuc/DispForm.aspx?ID=8127&CategoryId=3"
P1_TODAY = "Thứ Hai, ngày 25/11/2024"
P1_BREADCRUMB = ["Trang chủ", "Tin tức - Sự kiện", "Hoạt động của Tỉnh ủy"]
P1_TITLE = (
    "Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo Báo cáo chính trị của Đảng bộ thành phố Long Xuyên, "
    "huyện Chợ Mới và huyện Thoại Sơn"
)
P1_DATE = "Ngày đăng: 22/11/2024 08:15"
P1_SAPO = (
    "Chiều 21/11/2024, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy An Giang tổ chức hội nghị cho ý kiến "
    "vào dự thảo Báo cáo chính trị trình đại hội đại biểu Đảng bộ thành phố Long Xuyên, huyện Chợ Mới và "
    "huyện Thoại Sơn, nhiệm kỳ 2025 - 2030. Đồng chí Nguyễn Quốc Thái, Bí thư Tỉnh ủy chủ trì hội nghị."
)
P1_CAPTION = "Bí thư Tỉnh ủy Nguyễn Quốc Thái phát biểu kết luận hội nghị. Ảnh: NGỌC TRÂM"
P1_BODY = [
    "Tham dự hội nghị có các đồng chí trong Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn "
    "phòng Tỉnh ủy; Thường trực và thành viên Tiểu ban Văn kiện của Thành ủy Long Xuyên, Huyện ủy Chợ Mới, "
    "Huyện ủy Thoại Sơn. Đại diện Thường trực Huyện ủy Châu Thành và Thành ủy Châu Đốc dự hội nghị để tham "
    "khảo, rút kinh nghiệm.",

    "Theo báo cáo của Ban Tuyên giáo Tỉnh ủy, ba dự thảo được xây dựng theo Hướng dẫn số 27-HD/BTGTU ngày "
    "09/9/2024 và đã qua ba lần chỉnh sửa ở cấp huyện. Dự thảo của thành phố Long Xuyên dài 31 trang, của "
    "huyện Chợ Mới 28 trang, của huyện Thoại Sơn 26 trang; cả ba dự thảo đều đề ra từ 22 đến 24 chỉ tiêu "
    "chủ yếu cho nhiệm kỳ mới.",

    "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đánh giá cao tinh thần làm việc nghiêm túc, trách nhiệm "
    "của các tiểu ban văn kiện. Các dự thảo có bố cục chặt chẽ, đánh giá tương đối đầy đủ kết quả thực hiện "
    "nghị quyết nhiệm kỳ 2020 - 2025, bước đầu nhận diện được những điểm nghẽn, hạn chế chủ yếu của từng "
    "địa phương.",

    "Để hoàn thiện dự thảo, Bí thư Tỉnh ủy đề nghị ba địa phương tiếp tục rút gọn dung lượng, bảo đảm không "
    "vượt quá 25 trang như hướng dẫn; cập nhật số liệu đến ngày 30/9/2024, ước thực hiện cả năm 2025 và "
    "thống nhất với số liệu của ngành thống kê. Hệ thống chỉ tiêu cần rà soát lại theo hướng tinh gọn, chỉ "
    "giữ những chỉ tiêu mà địa phương có thể chủ động đo lường, đánh giá được.",

    "Phần đánh giá hạn chế, yếu kém phải nêu cụ thể, có địa chỉ, chỉ rõ những chỉ tiêu không đạt, những "
    "công trình, dự án chậm tiến độ và trách nhiệm của tập thể, cá nhân có liên quan. Các bài học kinh "
    "nghiệm phải được rút ra từ chính thực tiễn của địa phương. Không nêu lại những bài học mang tính nguyên "
    "tắc chung đã có trong văn kiện của cấp trên.",

    "Về phương hướng nhiệm kỳ 2025 - 2030, Bí thư Tỉnh ủy lưu ý các địa phương bám sát Quy hoạch tỉnh An "
    "Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; lựa chọn khâu đột phá có trọng tâm, trọng điểm, gắn "
    "với những điểm nghẽn lớn nhất của địa phương; chú trọng giải pháp huy động nguồn lực xã hội và phát "
    "triển kinh tế tư nhân. Các khâu đột phá không nhất thiết phải bao trùm mọi lĩnh vực.",

    "Đối với dự thảo của thành phố Long Xuyên, đề nghị làm rõ hơn vai trò là trung tâm hành chính, kinh "
    "tế, văn hóa của tỉnh; phân tích nguyên nhân chỉ tiêu tốc độ tăng giá trị sản xuất bình quân không đạt "
    "Nghị quyết; bổ sung đánh giá công tác chỉnh trang, phát triển đô thị, chống ngập úng nội ô và xử lý "
    "sạt lở bờ sông Hậu.",

    "Thành phố cần xác định rõ định hướng phát triển không gian đô thị về phía cồn Phó Ba, xã Mỹ Hòa Hưng "
    "và kết nối với tuyến cao tốc Châu Đốc - Cần Thơ - Sóc Trăng; có giải pháp thu hút đầu tư vào Khu công "
    "nghiệp Bình Hòa gần kề trên địa bàn huyện Châu Thành để tạo việc làm cho lao động của thành phố. Thành "
    "phố không cần đặt riêng chỉ tiêu về số xã đạt chuẩn nông thôn mới kiểu mẫu.",

    "Góp ý vào dự thảo của huyện Chợ Mới, các ý kiến thống nhất cho rằng dự thảo đã thể hiện được thế mạnh "
    "về cây ăn trái, rau màu và các làng nghề truyền thống. Ban Thường vụ Tỉnh ủy đề nghị huyện bổ sung "
    "đánh giá tình hình sạt lở bờ sông Tiền, sông Hậu và kết quả di dời, bố trí dân cư ra khỏi vùng sạt "
    "lở; làm rõ giải pháp giữ chân lao động trẻ, hạn chế tình trạng lao động rời địa phương đi làm ăn xa.",

    "Với vị trí cù lao giữa hai sông, huyện cần có định hướng phát triển du lịch sinh thái miệt vườn, du "
    "lịch cộng đồng gắn với cù lao Giêng, cù lao Ông Chưởng; đồng thời đề xuất cụ thể việc kết nối giao "
    "thông với tỉnh Đồng Tháp qua các tuyến cầu, phà. Chỉ tiêu thu ngân sách nhiệm kỳ 2025 - 2030 của huyện "
    "được đánh giá là còn thấp, cần tính toán lại cho phù hợp với khả năng tăng thu.",

    "Thoại Sơn là một trong hai đơn vị được chọn tổ chức đại hội điểm cấp huyện của tỉnh, vì vậy dự thảo "
    "cần được hoàn thiện sớm để các địa phương khác tham khảo. Với Thoại Sơn, cần bổ sung đánh giá kết quả "
    "xây dựng vùng sản xuất lúa chất lượng cao, liên kết tiêu thụ theo chuỗi giá trị, gắn với Đề án phát "
    "triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông "
    "Cửu Long; làm rõ công tác bảo tồn, phát huy giá trị Khu di tích quốc gia đặc biệt Óc Eo - Ba Thê gắn "
    "với việc hoàn thiện hồ sơ đề cử di sản thế giới.",

    "Huyện cũng cần làm rõ định hướng phát triển thị trấn Óc Eo, thị trấn Núi Sập, thị trấn Phú Hòa, phấn "
    "đấu có thêm xã đạt tiêu chí đô thị loại V; có giải pháp ứng phó hạn hán, thiếu nước ngọt cuối mùa khô "
    "ở các xã giáp huyện Tri Tôn. Phần bài học kinh nghiệm của dự thảo hiện có sáu bài học, cần chắt lọc "
    "lại còn khoảng ba đến bốn bài học.",

    "Bí thư Tỉnh ủy yêu cầu Ban Thường vụ Thành ủy Long Xuyên, Huyện ủy Chợ Mới, Huyện ủy Thoại Sơn tiếp "
    "thu đầy đủ ý kiến, chỉnh lý dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) chậm "
    "nhất ngày 10/12/2024; riêng huyện Thoại Sơn hoàn thành trước ngày 05/12/2024 để kịp tổ chức lấy ý kiến "
    "rộng rãi trong cán bộ, đảng viên và Nhân dân.",

    "Cũng trong chiều 21/11, Ban Thường vụ Tỉnh ủy nghe báo cáo tiến độ chuẩn bị đại hội của các đảng bộ "
    "trực thuộc. Đến nay, đã có 7/11 đảng bộ huyện, thị xã, thành phố gửi dự thảo Báo cáo chính trị lần "
    "thứ nhất về Ban Thường vụ Tỉnh ủy.",
]
P1_AUTHOR = "NGỌC TRÂM (Văn phòng Tỉnh ủy)"
P1_TAGS = ["Đại hội đảng bộ cấp huyện", "Báo cáo chính trị", "Long Xuyên", "Chợ Mới", "Thoại Sơn"]
P1_RELATED = [
    ("Chợ Mới: Chủ động di dời dân cư ra khỏi vùng sạt lở bờ sông Tiền", "20/11/2024"),
    ("Thoại Sơn tổ chức hội thảo khoa học về giá trị văn hóa Óc Eo - Ba Thê", "18/11/2024"),
    ("Long Xuyên đẩy mạnh chỉnh trang đô thị, chống ngập nội ô", "15/11/2024"),
    ("Hướng dẫn chuẩn bị văn kiện đại hội đảng bộ cấp huyện, nhiệm kỳ 2025 - 2030", "13/09/2024"),
    ("Ban Thường vụ Tỉnh ủy nghe báo cáo tiến độ chuẩn bị đại hội đảng bộ cấp huyện", "31/10/2024"),
]
P1_MOST_READ = [
    "Châu Thành: Khu công nghiệp Bình Hòa thu hút thêm 3 dự án mới",
    "Châu Đốc chuẩn bị Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2025",
    "Tân Châu bảo tồn nghề dệt lụa truyền thống",
    "An Phú xây dựng đường biên giới hòa bình, hữu nghị",
]

# -----------------------------------------------------------------------------------------------------
# Page 3 (portal): article summarising Hướng dẫn số 27-HD/BTGTU
# -----------------------------------------------------------------------------------------------------
P3_SLUG = "huong-dan-chuan-bi-van-kien-dai-hoi-dang-bo-cap-huyen-2025-2030"
P3_URL = "https://angiang.dcs.vn/Lists/TinTuc/DispForm.aspx?ID=7764&CategoryId=5"
P3_TODAY = "Thứ Sáu, ngày 13/09/2024"
P3_BREADCRUMB = ["Trang chủ", "Đại hội đảng bộ các cấp", "Hướng dẫn - Chỉ đạo"]
P3_TITLE = "Hướng dẫn chuẩn bị văn kiện đại hội đảng bộ cấp huyện, nhiệm kỳ 2025 - 2030"
P3_DATE = "Ngày đăng: 13/09/2024 15:42"
P3_SAPO = (
    "Ngày 09/9/2024, Ban Tuyên giáo Tỉnh ủy An Giang ban hành Hướng dẫn số 27-HD/BTGTU về nội dung, hình "
    "thức văn kiện trình đại hội đảng bộ các huyện, thị xã, thành phố nhiệm kỳ 2025 - 2030. Cổng Thông tin "
    "điện tử Đảng bộ tỉnh giới thiệu những nội dung chính của Hướng dẫn."
)
P3_CAPTION = "Quang cảnh hội nghị quán triệt hướng dẫn chuẩn bị văn kiện đại hội đảng bộ cấp huyện. Ảnh: MINH KHANG"
# kinds: p, h (numbered point, bold), ul (list items), table
P3_BODY: list[tuple[str, object]] = [
    ("p", "Hướng dẫn được ban hành nhằm cụ thể hóa Kế hoạch số 215-KH/TU ngày 28/6/2024 của Ban Thường vụ "
          "Tỉnh ủy về tổ chức đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XII. "
          "Đối tượng áp dụng là 11 đảng bộ huyện, thị xã, thành phố trực thuộc Tỉnh ủy. Hướng dẫn do đồng "
          "chí Trương Công Danh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy ký ban hành."),
    ("p", "Theo đánh giá của Ban Tuyên giáo Tỉnh ủy, văn kiện đại hội nhiệm kỳ 2020 - 2025 ở một số địa "
          "phương còn dài, nặng về liệt kê; có báo cáo dài tới 42 trang, có nơi đề ra 28 chỉ tiêu và bốn khâu "
          "đột phá, gây khó khăn cho việc tổ chức thực hiện. Vì vậy, Hướng dẫn lần này yêu cầu văn kiện phải "
          "ngắn gọn, tập trung vào những vấn đề cốt lõi. Những nội dung chính như sau:"),
    ("h", "1. Yêu cầu chung"),
    ("ul", [
        "Báo cáo chính trị phải đánh giá khách quan, trung thực, toàn diện kết quả thực hiện Nghị quyết đại "
        "hội nhiệm kỳ 2020 - 2025, có phân tích, so sánh; không tô hồng, không né tránh hạn chế.",
        "Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030 phải cụ thể hóa Nghị quyết Đại hội Đảng bộ "
        "tỉnh lần thứ XII và phù hợp với quy hoạch, kế hoạch phát triển kinh tế - xã hội của địa phương.",
        "Tiểu ban Văn kiện do đồng chí bí thư cấp ủy làm trưởng tiểu ban; tổ biên tập gồm những cán bộ có "
        "năng lực tổng hợp, am hiểu thực tiễn địa phương.",
    ]),
    ("h", "2. Về bố cục và nội dung báo cáo chính trị"),
    ("p", "Báo cáo chính trị gồm hai phần: Phần thứ nhất đánh giá kết quả thực hiện Nghị quyết đại hội "
          "nhiệm kỳ 2020 - 2025; Phần thứ hai xác định phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ "
          "2025 - 2030. Trong đó:"),
    ("ul", [
        "Phần đánh giá kết quả phải bám sát các chỉ tiêu Nghị quyết đề ra, nêu rõ số chỉ tiêu đạt, vượt và "
        "không đạt; đánh giá việc thực hiện các khâu đột phá, các chương trình, đề án trọng điểm của nhiệm kỳ.",
        "Chỉ ra hạn chế, yếu kém; phân tích nguyên nhân khách quan và chủ quan, trong đó nguyên nhân chủ quan "
        "là chủ yếu.",
        "Rút ra từ ba đến bốn bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo của địa phương.",
        "Dự báo bối cảnh, thời cơ, thách thức trong 5 năm tới; xác định mục tiêu tổng quát và khoảng 16 - 20 "
        "chỉ tiêu chủ yếu, bao gồm các chỉ tiêu về kinh tế, xã hội, môi trường và xây dựng Đảng.",
        "Lựa chọn từ hai đến ba khâu đột phá, xác định rõ mục tiêu, lộ trình và nguồn lực thực hiện từng khâu.",
        "Có nội dung về phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số "
        "ở địa phương.",
        "Có nội dung về chủ động ứng phó với biến đổi khí hậu, phòng, chống thiên tai, sạt lở bờ sông và hạn "
        "hán, xâm nhập mặn.",
    ]),
    ("p", "Báo cáo không cần trình bày lại lịch sử, truyền thống của địa phương. Không đưa danh sách các tập "
          "thể, cá nhân được khen thưởng vào báo cáo chính trị. Báo cáo kiểm điểm của ban chấp hành được xây "
          "dựng thành văn bản riêng, không lồng ghép vào báo cáo chính trị."),
    ("h", "3. Về dung lượng, thể thức"),
    ("p", "Báo cáo chính trị có dung lượng không quá 25 trang khổ A4 (không kể phụ lục), phông chữ Times New "
          "Roman, cỡ chữ 14, giãn dòng 1,15. Phụ lục số liệu không quá mười hai trang. Bản tóm tắt báo cáo "
          "trình bày tại đại hội không quá 10 trang, thời gian trình bày không quá ba mươi phút."),
    ("p", "Chủ đề đại hội ngắn gọn, súc tích, không quá 30 chữ. Số liệu năm 2025 là số ước thực hiện; số liệu "
          "trong báo cáo phải thống nhất với số liệu của Cục Thống kê tỉnh."),
    ("h", "4. Một số nội dung đặc thù"),
    ("ul", [
        "Đối với thành phố Long Xuyên và thành phố Châu Đốc: làm rõ định hướng phát triển đô thị xanh, thông "
        "minh, nâng cao chất lượng các dịch vụ đô thị; riêng thành phố Châu Đốc bổ sung định hướng xây dựng "
        "trung tâm du lịch quốc gia gắn với Khu du lịch quốc gia Núi Sam.",
        "Các địa phương có đường biên giới với Vương quốc Campuchia gồm huyện An Phú, thị xã Tân Châu, thành "
        "phố Châu Đốc, thị xã Tịnh Biên và huyện Tri Tôn phải có nội dung riêng về xây dựng đường biên giới "
        "hòa bình, hữu nghị, hợp tác và phát triển; bảo đảm an ninh, trật tự khu vực biên giới, phòng, chống "
        "buôn lậu, gian lận thương mại.",
        "Các địa phương đầu nguồn, ven sông Tiền, sông Hậu là An Phú, Tân Châu, Phú Tân và Chợ Mới cần đánh "
        "giá thực trạng sạt lở và kết quả bố trí, ổn định dân cư vùng sạt lở.",
        "Hai huyện thuộc vùng Tứ giác Long Xuyên là Tri Tôn và Thoại Sơn cần làm rõ giải pháp chuyển đổi cơ "
        "cấu cây trồng, sử dụng hiệu quả nguồn nước ngọt trong mùa khô.",
        "Những địa phương có đông đồng bào dân tộc Khmer sinh sống (Tri Tôn, Tịnh Biên) cần đánh giá việc thực "
        "hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và "
        "miền núi. Các địa phương này cũng cần có giải pháp bảo tồn, phát huy giá trị văn hóa truyền thống, "
        "lễ hội của đồng bào Khmer gắn với phát triển du lịch.",
        "Huyện Châu Thành và huyện Châu Phú có các khu, cụm công nghiệp đang thu hút đầu tư cần đánh giá tác "
        "động của công nghiệp hóa đến lao động, việc làm, môi trường và đất nông nghiệp.",
    ]),
    ("p", "Không yêu cầu các địa phương không có đường biên giới xây dựng mục riêng về an ninh biên giới; nội "
          "dung này được lồng ghép trong phần quốc phòng, an ninh chung."),
    ("h", "5. Lấy ý kiến góp ý và tiến độ thực hiện"),
    ("p", "Dự thảo báo cáo chính trị sau khi được Ban Thường vụ Tỉnh ủy cho ý kiến phải được đăng tải công khai "
          "trên trang thông tin điện tử của huyện, thị xã, thành phố ít nhất mười lăm ngày để cán bộ, đảng "
          "viên và Nhân dân góp ý. Việc tiếp thu, giải trình ý kiến góp ý phải được tổng hợp thành báo cáo "
          "riêng, gửi kèm dự thảo khi trình Ban Thường vụ Tỉnh ủy."),
    ("p", "Hai đảng bộ tổ chức đại hội điểm là Đảng bộ huyện Thoại Sơn và Đảng bộ thị xã Tịnh Biên thực hiện "
          "các bước sớm hơn so với lộ trình chung ít nhất một tháng. Lộ trình cụ thể như sau:"),
    ("table", [
        ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"),
        ("1", "Thành lập Tiểu ban Văn kiện, xây dựng đề cương chi tiết báo cáo chính trị",
         "Ban Thường vụ các huyện ủy, thị ủy, thành ủy", "Trước ngày 30/9/2024"),
        ("2", "Gửi dự thảo báo cáo chính trị lần thứ nhất xin ý kiến Ban Thường vụ Tỉnh ủy (qua Ban Tuyên "
              "giáo Tỉnh ủy)", "Ban Thường vụ các huyện ủy, thị ủy, thành ủy",
         "Chậm nhất ngày 31/10/2024 (đơn vị đại hội điểm: trước ngày 15/10/2024)"),
        ("3", "Thẩm định dự thảo, tổng hợp ý kiến trình Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
         "Trong vòng 10 ngày làm việc kể từ ngày nhận dự thảo"),
        ("4", "Tổ chức lấy ý kiến góp ý của cán bộ, đảng viên và Nhân dân vào dự thảo",
         "Ban Thường vụ các huyện ủy, thị ủy, thành ủy", "Tháng 12/2024 - tháng 01/2025"),
        ("5", "Hoàn chỉnh dự thảo trình đại hội, gửi Ban Thường vụ Tỉnh ủy", "Tiểu ban Văn kiện cấp huyện",
         "Chậm nhất 15 ngày trước ngày khai mạc đại hội"),
        ("6", "Tổ chức đại hội điểm", "Đảng bộ huyện Thoại Sơn, Đảng bộ thị xã Tịnh Biên", "Trong tháng 4/2025"),
        ("7", "Tổ chức đại hội các đảng bộ cấp huyện còn lại", "Ban Thường vụ các huyện ủy, thị ủy, thành ủy",
         "Hoàn thành trước ngày 30/6/2025"),
    ]),
    ("p", "Ban Tuyên giáo Tỉnh ủy sẽ tổ chức tập huấn cho thành viên tổ biên tập văn kiện của các đảng bộ cấp "
          "huyện vào cuối tháng 9/2024. Trong quá trình thực hiện, nếu có vướng mắc, các địa phương phản ánh "
          "về Ban Tuyên giáo Tỉnh ủy (qua Phòng Lý luận chính trị - Lịch sử Đảng) để được hướng dẫn."),
]
P3_AUTHOR = "MINH KHANG (tổng hợp)"
P3_TAGS = ["Hướng dẫn", "Văn kiện đại hội", "Đại hội đảng bộ cấp huyện", "Nhiệm kỳ 2025 - 2030"]
P3_RELATED = [
    ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
     "02/07/2024"),
    ("Hướng dẫn công tác nhân sự cấp ủy đại hội đảng bộ cấp huyện", "20/08/2024"),
    ("Tri Tôn, Tịnh Biên đẩy mạnh thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số",
     "10/09/2024"),
    ("Hướng dẫn tuyên truyền đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030", "05/09/2024"),
]
P3_MOST_READ = [
    "An Phú, Tân Châu tăng cường phòng, chống buôn lậu qua biên giới",
    "Châu Phú: Cụm công nghiệp thu hút đầu tư chế biến nông sản",
    "Thoại Sơn ra quân xuống giống lúa chất lượng cao",
    "Long Xuyên xây dựng đô thị thông minh",
]

# =====================================================================================================
# Site B: Báo An Giang (newspaper template)
# =====================================================================================================
NEWS_NAME = "BÁO AN GIANG"
NEWS_SUB = "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh An Giang"
NEWS_MENU = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Văn nghệ", "Biên giới", "Nông nghiệp",
             "Thể thao", "Bạn đọc", "Video", "E-paper"]
NEWS_WEATHER = "Long Xuyên 31°C"
NEWS_FOOTER = [
    "BÁO AN GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh An Giang",
    "Tổng Biên tập: Lê Minh Tuấn. Giấy phép số 482/GP-BTTTT ngày 12/10/2021 của Bộ Thông tin và Truyền thông.",
    "Tòa soạn: Số 216 đường Trần Hưng Đạo, phường Mỹ Xuyên, TP Long Xuyên, tỉnh An Giang.",
    "Điện thoại: 0296.3841.325 - Đường dây nóng: 0913.970.112 - Email: toasoan@baoangiang.com.vn",
    "Bản quyền thuộc Báo An Giang. Không được sao chép khi chưa có sự đồng ý bằng văn bản.",
]

# -----------------------------------------------------------------------------------------------------
# Page 2 (newspaper): the meeting of 5-12-2024 on Tịnh Biên and Phú Tân
# -----------------------------------------------------------------------------------------------------
P2_SLUG = "gop-y-du-thao-bao-cao-chinh-tri-dang-bo-thi-xa-tinh-bien-va-huyen-phu-tan"
P2_URL = "https://baoangiang.com.vn/gop-y-du-thao-bao-cao-chinh-tri-dang-bo-thi-xa-tinh-bien-va-huyen-phu-tan-a412875.html"
P2_TODAY = "Thứ Năm, 05/12/2024"
P2_CATEGORY = ["Thời sự", "Chính trị"]
P2_TITLE = "Góp ý dự thảo Báo cáo chính trị Đảng bộ thị xã Tịnh Biên và huyện Phú Tân"
P2_DATE = "Thứ Năm, 05/12/2024, 17:30 (GMT+7)"
P2_SAPO = (
    "(BAG) - Sáng 5-12, Phó Bí thư Thường trực Tỉnh ủy Lâm Thị Bích Thủy chủ trì hội nghị Ban Thường vụ "
    "Tỉnh ủy cho ý kiến vào dự thảo Báo cáo chính trị trình đại hội đại biểu Đảng bộ thị xã Tịnh Biên và "
    "Đảng bộ huyện Phú Tân, nhiệm kỳ 2025 - 2030."
)
P2_CAPTION = "Phó Bí thư Thường trực Tỉnh ủy Lâm Thị Bích Thủy phát biểu kết luận hội nghị. Ảnh: HỮU HUYNH"
# kinds: p, h (sub-heading)
P2_BODY: list[tuple[str, str]] = [
    ("p", "Theo báo cáo tại hội nghị, dự thảo của Thị ủy Tịnh Biên được xây dựng trong bối cảnh thị xã mới "
          "được thành lập, bộ máy các phường đi vào hoạt động chưa lâu; dự thảo của Huyện ủy Phú Tân đã được "
          "lấy ý kiến của 18 tổ chức cơ sở đảng trực thuộc. Hai dự thảo có dung lượng lần lượt 27 và 29 trang, "
          "đề ra 21 và 23 chỉ tiêu chủ yếu."),
    ("h", "Nêu rõ cái được, cái chưa được"),
    ("p", "Phát biểu kết luận, đồng chí Lâm Thị Bích Thủy đề nghị hai địa phương tiếp tục chỉnh sửa theo hướng "
          "ngắn gọn, súc tích, dễ hiểu, dễ nhớ; phần đánh giá kết quả nhiệm kỳ 2020 - 2025 phải có so sánh với "
          "nhiệm kỳ trước và với mặt bằng chung của tỉnh. Báo cáo không cần liệt kê kết quả của từng ngành, "
          "từng xã, phường; số liệu chi tiết đưa vào phụ lục."),
    ("p", "Cả hai dự thảo cần cập nhật chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo "
          "tinh thần tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII; nêu rõ trách nhiệm "
          "của cấp ủy, người đứng đầu đối với các hạn chế kéo dài qua nhiều nhiệm kỳ. Khâu đột phá không quá "
          "ba, mỗi khâu phải có mục tiêu đến năm 2030 đo đếm được."),
    ("h", "Tịnh Biên: Phát huy lợi thế cửa khẩu, du lịch"),
    ("p", "Với thị xã Tịnh Biên, Ban Thường vụ Tỉnh ủy đề nghị đánh giá đầy đủ kết quả thực hiện các tiêu chí "
          "đô thị loại IV và những tiêu chí còn thiếu sau khi thành lập thị xã; làm rõ vai trò của Khu kinh tế "
          "cửa khẩu Tịnh Biên, cửa khẩu quốc tế Tịnh Biên trong phát triển thương mại, dịch vụ, logistics."),
    ("p", "Dự thảo cần bổ sung định hướng phát triển du lịch Núi Cấm, du lịch tâm linh, sinh thái vùng Bảy Núi "
          "theo hướng liên kết với thành phố Châu Đốc và huyện Tri Tôn; quan tâm thực hiện chính sách dân tộc, "
          "nâng cao đời sống đồng bào Khmer, giữ gìn bản sắc văn hóa các dân tộc. Thị xã cũng cần có nội dung "
          "về quản lý, bảo vệ đường biên, mốc giới và xây dựng khu vực biên giới vững mạnh."),
    ("h", "Phú Tân: Tổ chức lại sản xuất nông nghiệp"),
    ("p", "Đối với huyện Phú Tân, hội nghị thống nhất đánh giá dự thảo đã bám sát thực tiễn, nêu bật kết quả "
          "xây dựng nông thôn mới. Đồng chí Lâm Thị Bích Thủy đề nghị huyện làm rõ kết quả tổ chức lại sản "
          "xuất, phát triển hợp tác xã, tổ hợp tác và liên kết tiêu thụ nông sản; phân tích nguyên nhân chỉ "
          "tiêu thu nhập bình quân đầu người chưa đạt so với Nghị quyết."),
    ("p", "Huyện cần đánh giá sâu hơn công tác vận động đồng bào có đạo, phát huy vai trò của chức sắc, tín đồ "
          "Phật giáo Hòa Hảo trong các phong trào thi đua yêu nước và công tác an sinh xã hội; có giải pháp "
          "phòng, chống sạt lở ở các xã ven sông Hậu và phối hợp với thị xã Tân Châu, huyện Châu Phú trong khai "
          "thác tuyến đường tỉnh 954. Tỷ lệ hộ nghèo đề ra trong dự thảo (dưới 0,5%) là phù hợp, không cần điều "
          "chỉnh."),
    ("p", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị Thị ủy Tịnh Biên, Huyện ủy Phú Tân tiếp thu, hoàn "
          "chỉnh dự thảo, gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 20-12-2024 để tổng hợp, báo cáo Thường trực "
          "Tỉnh ủy; sau đó đăng tải toàn văn dự thảo trên trang thông tin điện tử của địa phương để lấy ý kiến "
          "Nhân dân."),
    ("p", "Dịp này, Ban Thường vụ Tỉnh ủy cũng cho ý kiến vào đề án nhân sự cấp ủy khóa mới của một số đảng bộ "
          "trực thuộc."),
]
P2_AUTHOR = "HỮU HUYNH"
P2_TAGS = ["Đại hội Đảng", "Tịnh Biên", "Phú Tân", "Báo cáo chính trị", "Ban Thường vụ Tỉnh ủy"]
P2_RELATED = [
    ("Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo Báo cáo chính trị của Đảng bộ thành phố Long Xuyên, huyện Chợ "
     "Mới và huyện Thoại Sơn", "21/11/2024"),
    ("Tịnh Biên phát triển kinh tế cửa khẩu gắn với du lịch Núi Cấm", "28/11/2024"),
    ("Phú Tân: Hợp tác xã nông nghiệp làm ăn hiệu quả", "26/11/2024"),
    ("Tân Châu khẩn trương khắc phục sạt lở bờ sông Tiền", "25/11/2024"),
]
P2_MOST_READ = [
    "Giá lúa tăng, nông dân Châu Phú phấn khởi",
    "Thông xe kỹ thuật đoạn cao tốc Châu Đốc - Cần Thơ - Sóc Trăng qua Châu Thành",
    "Chợ Mới: Nông dân trúng mùa xoài cát Hòa Lộc",
    "An Phú đón nhận danh hiệu huyện nông thôn mới",
]
P2_COMMENTS = [
    ("Nguyễn Văn Út - Tân Châu", "05/12/2024 19:02",
     "Đề nghị báo cáo chính trị của thị xã Tân Châu cũng phải đánh giá kỹ tình hình sạt lở bờ sông Tiền và "
     "việc di dời dân, vì năm nào bà con ven sông cũng lo."),
    ("Chau Sa Rết - Tịnh Biên", "05/12/2024 21:40",
     "Mong thị xã quan tâm hơn nữa tới đời sống đồng bào Khmer ở các xã vùng núi."),
]

# -----------------------------------------------------------------------------------------------------
# Page 4 (newspaper): distractor, the Bảy Núi ox race in Tri Tôn
# -----------------------------------------------------------------------------------------------------
P4_SLUG = "tri-ton-soi-noi-le-hoi-dua-bo-bay-nui-nam-2024"
P4_URL = "https://baoangiang.com.vn/tri-ton-soi-noi-le-hoi-dua-bo-bay-nui-nam-2024-a409513.html"
P4_TODAY = "Chủ Nhật, 12/01/2025"
P4_CATEGORY = ["Văn hóa - Văn nghệ", "Lễ hội"]
P4_TITLE = "Tri Tôn: Sôi nổi Lễ hội đua bò Bảy Núi năm 2024"
P4_DATE = "Thứ Năm, 03/10/2024, 18:20 (GMT+7)"
P4_SAPO = (
    "(BAG) - Sáng 3-10, tại sân đua xã Lương Phi, UBND huyện Tri Tôn tổ chức Lễ hội đua bò Bảy Núi lần thứ "
    "XXXI năm 2024, mừng lễ Sene Dolta của đồng bào Khmer. Lễ hội thu hút khoảng 20.000 lượt người dân và du "
    "khách đến cổ vũ."
)
P4_CAPTION = "Những cặp bò tranh tài quyết liệt trên đường đua. Ảnh: THANH CHÍNH"
P4_BODY: list[tuple[str, str]] = [
    ("p", "Năm nay có 56 cặp bò đến từ các xã, thị trấn của huyện Tri Tôn và thị xã Tịnh Biên đăng ký tham "
          "gia, tăng 8 cặp so với năm 2023. Các cặp bò được chia thành bảng, thi đấu theo thể thức loại trực "
          "tiếp qua ba vòng: vòng loại, bán kết và chung kết."),
    ("p", "Phát biểu khai mạc, đồng chí Chau Sóc Ry, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tri Tôn cho biết, "
          "đua bò là nét văn hóa độc đáo, gắn bó lâu đời với đời sống sản xuất nông nghiệp của đồng bào Khmer "
          "vùng Bảy Núi. Những năm qua, huyện quan tâm bảo tồn, phát huy giá trị lễ hội truyền thống gắn với "
          "phát triển du lịch; phấn đấu đến năm 2030 đón khoảng 1,5 triệu lượt khách mỗi năm."),
    ("p", "Theo Ban Tổ chức, công tác chuẩn bị được triển khai từ tháng 8; đường đua được cải tạo, mở rộng, bảo "
          "đảm an toàn cho người xem. Lực lượng công an, quân sự huyện bố trí hơn 200 cán bộ, chiến sĩ giữ gìn "
          "an ninh, trật tự, phân luồng giao thông trên tuyến đường tỉnh 948."),
    ("h", "Nông sản, sản phẩm OCOP hút khách"),
    ("p", "Bên lề lễ hội, huyện tổ chức phiên chợ nông sản với 40 gian hàng, giới thiệu các sản phẩm OCOP như "
          "đường thốt nốt, gạo Nàng Nhen Bảy Núi, khô cá lóc, mật ong rừng tràm. Nhiều hợp tác xã tranh thủ ký "
          "kết hợp đồng tiêu thụ với thương lái đến từ thành phố Long Xuyên và thành phố Cần Thơ."),
    ("p", "Cũng dịp này, nông dân các xã Lương Phi, Lê Trì và thị trấn Ba Chúc đang thu hoạch lúa Thu Đông sớm; "
          "năng suất bình quân đạt 6,2 tấn/ha, giá lúa tươi tại ruộng dao động 7.200 - 7.600 đồng/kg. Phòng "
          "Nông nghiệp và Phát triển nông thôn huyện khuyến cáo nông dân chuyển đổi cơ cấu cây trồng ở những "
          "chân ruộng thiếu nước, tiết kiệm nước tưới cuối vụ."),
    ("p", "Kết quả chung cuộc, giải nhất thuộc về cặp bò của anh Chau Ny ở xã Lê Trì (huyện Tri Tôn); giải nhì "
          "thuộc về cặp bò của ông Néang Sóc Kha ở phường Nhơn Hưng (thị xã Tịnh Biên); giải ba thuộc về cặp "
          "bò của anh Chau Phết ở xã An Cư (thị xã Tịnh Biên). Giải nhất được trao 50 triệu đồng."),
    ("p", "Phát biểu tại lễ bế mạc, Phó Chủ tịch UBND tỉnh Trần Hữu Phước đề nghị huyện Tri Tôn, thị xã Tịnh "
          "Biên tiếp tục đầu tư nâng cấp sân đua, xây dựng đua bò thành sản phẩm du lịch đặc trưng của vùng "
          "Bảy Núi; các sở, ngành hỗ trợ địa phương quảng bá lễ hội trên các nền tảng số."),
]
P4_AUTHOR = "Bài, ảnh: THANH CHÍNH"
P4_TAGS = ["Đua bò Bảy Núi", "Tri Tôn", "Tịnh Biên", "Sene Dolta", "Đồng bào Khmer"]
P4_RELATED = [
    ("Vui lễ Sene Dolta của đồng bào Khmer An Giang", "01/10/2024"),
    ("Tịnh Biên bảo tồn, phát huy văn hóa truyền thống đồng bào Khmer", "27/09/2024"),
    ("Tri Tôn: Ra quân thu hoạch lúa Thu Đông 2024", "25/09/2024"),
]
P4_LATEST = [
    ("Ban Thường vụ Tỉnh ủy góp ý dự thảo Báo cáo chính trị Đảng bộ huyện Tri Tôn, An Phú", "10/01/2025"),
    ("Thoại Sơn lấy ý kiến Nhân dân vào dự thảo văn kiện đại hội", "08/01/2025"),
    ("Góp ý dự thảo Báo cáo chính trị Đảng bộ thị xã Tịnh Biên và huyện Phú Tân", "05/12/2024"),
    ("Châu Đốc chuẩn bị Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2025", "04/01/2025"),
]
P4_COMMENTS = [
    ("Lâm Văn Tư - Cần Thơ", "03/10/2024 20:11",
     "Lần đầu xem đua bò ở Tri Tôn, không khí rất hào hứng. Mong tỉnh đầu tư thêm khán đài cho du khách."),
    ("Thu Hà", "04/10/2024 07:35", "Năm sau nhất định sẽ đưa gia đình về Bảy Núi xem lễ hội."),
]

# =====================================================================================================
# Report: draft political report of Châu Phú posted on the district portal, pasted into Markdown.
# The district's name appears only in REPORT_HEAD (the page title and the letterhead).
# =====================================================================================================
REPORT_BREADCRUMB = (
    "[Trang chủ](https://chauphu.angiang.gov.vn/wps/portal) › "
    "[Tin tức - Sự kiện](https://chauphu.angiang.gov.vn/wps/portal/tin-tuc) › "
    "[Xây dựng Đảng](https://chauphu.angiang.gov.vn/wps/portal/tin-tuc/xay-dung-dang)"
)
REPORT_PAGE_TITLE = (
    "Toàn văn dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện Châu Phú lần thứ XII, "
    "nhiệm kỳ 2025 - 2030"
)
REPORT_LETTERHEAD = ["ĐẢNG BỘ TỈNH AN GIANG", "HUYỆN ỦY CHÂU PHÚ"]
REPORT_HEAD = [REPORT_PAGE_TITLE, " ".join(REPORT_LETTERHEAD)]
REPORT_DATELINE = "*26/12/2024 | 09:30* · Lượt xem: 1.042"
REPORT_NOTE = (
    "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy giới thiệu toàn văn dự thảo Báo cáo "
    "chính trị để cán bộ, đảng viên và Nhân dân đóng góp ý kiến. Thời gian nhận góp ý từ ngày 26/12/2024 đến "
    "hết ngày 10/01/2025. Ý kiến gửi về Ban Tuyên giáo Huyện ủy hoặc qua hộp thư điện tử "
    "btghu@angiang.gov.vn."
)
REPORT_TITLE = "BÁO CÁO CHÍNH TRỊ"
REPORT_SUBTITLE = (
    "của Ban Chấp hành Đảng bộ huyện khóa XI trình Đại hội đại biểu Đảng bộ huyện lần thứ XII, "
    "nhiệm kỳ 2025 - 2030"
)
REPORT_THEME = (
    "Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, khai thác hiệu quả tiềm năng, "
    "lợi thế; đẩy mạnh công nghiệp chế biến và chuyển đổi số; xây dựng huyện phát triển nhanh, bền vững."
)
# kinds: p (paragraph), h2 / h3 / h4 (headings), li (numbered list item), bl (bullet item)
REPORT_BODY: list[tuple[str, str]] = [
    ("p", "Đại hội đại biểu Đảng bộ huyện lần thứ XII diễn ra trong bối cảnh toàn Đảng, toàn dân đang thi đua "
          "lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XII và Đại hội đại biểu toàn quốc lần "
          "thứ XIV của Đảng; cả hệ thống chính trị đang khẩn trương sắp xếp, tinh gọn tổ chức bộ máy. Ban Chấp "
          "hành Đảng bộ huyện khóa XI báo cáo Đại hội kết quả thực hiện Nghị quyết Đại hội lần thứ XI, nhiệm kỳ "
          "2020 - 2025 và phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030 như sau:"),
    ("h2", "PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XI, NHIỆM KỲ 2020 - 2025"),
    ("h3", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Nhiệm kỳ qua, trong điều kiện chịu tác động nặng nề của dịch COVID-19 những năm đầu nhiệm kỳ, giá "
          "vật tư nông nghiệp tăng cao, Đảng bộ, chính quyền và Nhân dân trong huyện đã đoàn kết, nỗ lực vượt "
          "khó, hoàn thành cơ bản các mục tiêu Nghị quyết đề ra. Trong 20 chỉ tiêu chủ yếu, có 17 chỉ tiêu đạt "
          "và vượt, 3 chỉ tiêu không đạt (tốc độ tăng giá trị sản xuất, thu nhập bình quân đầu người, tỷ lệ đô "
          "thị hóa)."),
    ("h4", "1. Về phát triển kinh tế"),
    ("p", "Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021 - 2025 ước đạt 6,8%/năm (Nghị quyết đề ra "
          "7,5%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp 41,2%, công nghiệp - xây dựng 24,6%, "
          "thương mại - dịch vụ 34,2%. Thu nhập bình quân đầu người năm 2025 ước đạt 68 triệu đồng, tăng 1,5 "
          "lần so với năm 2020 nhưng chưa đạt mục tiêu 72 triệu đồng."),
    ("p", "Sản xuất nông nghiệp tiếp tục là thế mạnh của huyện. Mỗi năm gieo trồng trên 88.000 ha lúa, sản "
          "lượng bình quân 560.000 tấn; tỷ lệ sử dụng giống lúa xác nhận đạt 92%, diện tích sản xuất theo cánh "
          "đồng lớn, có liên kết tiêu thụ đạt 21.500 ha. Toàn huyện có 27 hợp tác xã nông nghiệp, trong đó 15 "
          "hợp tác xã hoạt động khá, giỏi; có 14 sản phẩm được công nhận OCOP từ 3 sao trở lên."),
    ("p", "Cụm công nghiệp Vĩnh Thạnh Trung được đầu tư hoàn chỉnh hạ tầng giai đoạn 1, thu hút 6 dự án chế "
          "biến lương thực, thủy sản, tỷ lệ lấp đầy đạt 45%. Tuyến Quốc lộ 91 đoạn qua huyện, nối thành phố Long "
          "Xuyên với thành phố Châu Đốc, được nâng cấp; dự án cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua "
          "huyện đang được thi công đúng tiến độ. Thu ngân sách trên địa bàn tăng bình quân 9,4%/năm, vượt chỉ "
          "tiêu Nghị quyết."),
    ("p", "Chương trình xây dựng nông thôn mới đạt kết quả nổi bật: 13/13 xã đạt chuẩn nông thôn mới, trong đó "
          "6 xã đạt chuẩn nông thôn mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu. Thị trấn Cái Dầu "
          "được chỉnh trang, mở rộng; tuy nhiên tỷ lệ đô thị hóa mới đạt 21,5% (Nghị quyết 25%)."),
    ("h4", "2. Về văn hóa - xã hội"),
    ("p", "Chất lượng giáo dục được nâng lên; 78% trường học đạt chuẩn quốc gia. Mạng lưới y tế cơ sở được củng "
          "cố; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%. Công tác giảm nghèo đạt kết quả tích cực, tỷ lệ "
          "hộ nghèo giảm còn 1,12%. Hằng năm giải quyết việc làm cho trên 3.800 lao động, trong đó khoảng một "
          "phần ba đi làm việc tại các khu công nghiệp ngoài tỉnh."),
    ("h4", "3. Về quốc phòng, an ninh"),
    ("p", "Nhiệm vụ quốc phòng, quân sự địa phương được thực hiện nghiêm túc; công tác tuyển quân hằng năm đạt "
          "100% chỉ tiêu. Tình hình an ninh chính trị, trật tự, an toàn xã hội được giữ vững; huyện phối hợp chặt "
          "chẽ với thị xã Tịnh Biên và thành phố Châu Đốc trong đấu tranh phòng, chống tội phạm, buôn lậu qua "
          "tuyến kênh Vĩnh Tế."),
    ("h4", "4. Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "Công tác chính trị, tư tưởng được chú trọng; việc học tập và làm theo tư tưởng, đạo đức, phong cách "
          "Hồ Chí Minh đi vào chiều sâu. Trong nhiệm kỳ, Đảng bộ kết nạp 1.036 đảng viên mới, đạt 103,6% chỉ tiêu; "
          "hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Công tác kiểm tra, giám "
          "sát được tăng cường; Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phát huy tốt vai trò tập "
          "hợp, vận động Nhân dân."),
    ("h4", "5. Về thực hiện các khâu đột phá"),
    ("p", "Ba khâu đột phá của nhiệm kỳ 2020 - 2025 (phát triển hạ tầng giao thông nông thôn; cơ giới hóa, "
          "liên kết sản xuất lúa hàng hóa; cải cách hành chính) được tập trung lãnh đạo, đạt kết quả rõ nét: "
          "hoàn thành 146 km đường giao thông nông thôn, 98% diện tích lúa được cơ giới hóa khâu thu hoạch, chỉ "
          "số cải cách hành chính của huyện thuộc nhóm dẫn đầu tỉnh."),
    ("h3", "II. HẠN CHẾ, YẾU KÉM"),
    ("bl", "Tốc độ tăng trưởng chưa tương xứng với tiềm năng; công nghiệp chế biến còn nhỏ lẻ, cụm công nghiệp "
           "lấp đầy chậm."),
    ("bl", "Thu nhập của người dân chưa đạt chỉ tiêu; giá trị gia tăng trong sản xuất lúa còn thấp, liên kết "
           "tiêu thụ chưa bền vững."),
    ("bl", "Đô thị hóa chậm; hạ tầng thị trấn Cái Dầu chưa đáp ứng tiêu chí đô thị loại IV."),
    ("bl", "Tình trạng sạt lở bờ sông Hậu ở một số đoạn còn diễn biến phức tạp; ô nhiễm môi trường từ rác thải "
           "sinh hoạt và bao bì thuốc bảo vệ thực vật chậm được khắc phục."),
    ("bl", "Năng lực lãnh đạo của một số tổ chức cơ sở đảng chưa cao; một bộ phận cán bộ còn ngại đổi mới."),
    ("h3", "III. NGUYÊN NHÂN"),
    ("p", "Nguyên nhân khách quan: dịch bệnh, thiên tai, biến đổi khí hậu; giá vật tư đầu vào tăng cao; nguồn lực "
          "đầu tư hạn chế. Nguyên nhân chủ quan là chủ yếu: một số cấp ủy, chính quyền chưa quyết liệt; công tác "
          "xúc tiến đầu tư chưa chủ động; phối hợp giữa các cơ quan chuyên môn có lúc chưa chặt chẽ; vai trò "
          "nêu gương của người đứng đầu ở một số nơi chưa được phát huy."),
    ("h3", "IV. BÀI HỌC KINH NGHIỆM"),
    ("p", "Một là, giữ vững đoàn kết, thống nhất trong Ban Chấp hành, trước hết là Ban Thường vụ Huyện ủy."),
    ("p", "Hai là, bám sát thực tiễn, chọn đúng khâu đột phá và tập trung nguồn lực thực hiện dứt điểm."),
    ("p", "Ba là, lấy nông dân và hợp tác xã làm trung tâm trong tái cơ cấu nông nghiệp."),
    ("p", "Bốn là, đề cao trách nhiệm nêu gương của người đứng đầu, nói đi đôi với làm."),
    ("h2", "PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030"),
    ("h3", "I. DỰ BÁO TÌNH HÌNH"),
    ("p", "Giai đoạn 2025 - 2030, cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đưa vào khai thác sẽ mở ra cơ hội lớn "
          "thu hút đầu tư; Quy hoạch tỉnh An Giang thời kỳ 2021 - 2030 xác định huyện là vùng sản xuất lúa hàng "
          "hóa trọng điểm. Bên cạnh đó, biến đổi khí hậu, sạt lở, thiếu nước ngọt mùa khô và biến động thị "
          "trường nông sản tiếp tục là những thách thức lớn."),
    ("h3", "II. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; khai thác hiệu quả lợi thế về kết nối "
          "giao thông và nông nghiệp; phát triển công nghiệp chế biến, dịch vụ logistics; đến năm 2030 trở "
          "thành huyện nông thôn mới nâng cao, có thị trấn Cái Dầu đạt đô thị loại IV."),
    ("h3", "III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"),
    ("li", "Tốc độ tăng giá trị sản xuất bình quân 7 - 7,5%/năm."),
    ("li", "Cơ cấu kinh tế năm 2030: nông nghiệp 34%; công nghiệp - xây dựng 30%; thương mại - dịch vụ 36%."),
    ("li", "Thu nhập bình quân đầu người năm 2030 đạt 105 triệu đồng."),
    ("li", "Thu ngân sách trên địa bàn tăng bình quân 8%/năm."),
    ("li", "Tổng vốn đầu tư toàn xã hội 5 năm đạt 14.500 tỷ đồng."),
    ("li", "Tỷ lệ diện tích lúa sản xuất theo quy trình chất lượng cao, phát thải thấp đạt 60%."),
    ("li", "Tỷ lệ lấp đầy cụm công nghiệp đạt 80%."),
    ("li", "Tỷ lệ đô thị hóa đạt 28%."),
    ("li", "Có thêm 4 xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("li", "Tỷ lệ hộ nghèo (chuẩn đa chiều) giảm bình quân 0,3%/năm."),
    ("li", "Tỷ lệ lao động qua đào tạo đạt 72%."),
    ("li", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%."),
    ("li", "Tỷ lệ trường học đạt chuẩn quốc gia đạt 90%."),
    ("li", "100% rác thải sinh hoạt được thu gom, xử lý."),
    ("li", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 80%."),
    ("li", "Kết nạp từ 1.100 đảng viên trở lên trong nhiệm kỳ."),
    ("li", "Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."),
    ("li", "Hằng năm có trên 95% xã, thị trấn đạt tiêu chí an toàn về an ninh, trật tự."),
    ("h3", "IV. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Đại hội xác định ba khâu đột phá của nhiệm kỳ 2025 - 2030:"),
    ("p", "Thứ nhất, phát triển hạ tầng giao thông kết nối với cao tốc Châu Đốc - Cần Thơ - Sóc Trăng và Quốc "
          "lộ 91, hình thành trục logistics nông sản của huyện."),
    ("p", "Thứ hai, thu hút đầu tư công nghiệp chế biến lúa gạo, thủy sản; lấp đầy Cụm công nghiệp Vĩnh Thạnh "
          "Trung và quy hoạch thêm một cụm công nghiệp mới."),
    ("p", "Thứ ba, đẩy mạnh chuyển đổi số gắn với cải cách hành chính, xây dựng chính quyền số ở huyện và xã."),
    ("h3", "V. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "Tiếp tục cơ cấu lại ngành nông nghiệp theo hướng nâng cao giá trị gia tăng; tham gia Đề án phát "
          "triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp; củng cố, nâng chất "
          "hoạt động của hợp tác xã. Cải thiện môi trường đầu tư, kinh doanh; phát triển thương mại, dịch vụ "
          "dọc Quốc lộ 91. Chủ động phòng, chống sạt lở bờ sông, bố trí dân cư vùng sạt lở; thích ứng với biến "
          "đổi khí hậu."),
    ("p", "Nâng cao chất lượng giáo dục, y tế; thực hiện tốt chính sách an sinh xã hội, giảm nghèo bền vững. "
          "Giữ vững quốc phòng, an ninh; xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh, tổ chức "
          "bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả."),
    ("p", "Với truyền thống đoàn kết, cần cù, năng động, Đảng bộ và Nhân dân trong huyện quyết tâm thực hiện "
          "thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2025 - 2030."),
    ("p", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN"),
]
REPORT_TAIL_SHARE = (
    "[Chia sẻ Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fchauphu.angiang.gov.vn) · "
    "[Zalo](https://zalo.me/share) · [In trang](javascript:window.print())"
)
REPORT_TAIL_RELATED = [
    ("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 26 cho ý kiến dự thảo văn kiện đại hội", "20/12/2024"),
    ("Đại hội điểm Đảng bộ xã Mỹ Đức nhiệm kỳ 2025 - 2030", "12/12/2024"),
    ("Ra mắt tổ công nghệ số cộng đồng tại thị trấn Cái Dầu", "05/12/2024"),
]
REPORT_TAIL_FOOTER = (
    "Bản quyền thuộc Cổng thông tin điện tử huyện. Địa chỉ: Quốc lộ 91, thị trấn Cái Dầu. "
    "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
)
