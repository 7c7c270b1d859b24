"""Texts of the four corpus documents of the Bắc Giang set (imported by make_set.py)."""

# ---------------------------------------------------------------------------------------------------------
# (a) guidance/.txt: news article, meeting of 18/4/2025 on Lục Ngạn, Sơn Động, Yên Thế
# ---------------------------------------------------------------------------------------------------------
DOC_A_NAME = "guidance/btv-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-luc-ngan-son-dong-yen-the.txt"
DOC_A = [
    "Báo Bắc Giang điện tử | Chính trị | Thứ Sáu, 18/04/2025 - 18:42",
    "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ các huyện Lục Ngạn, Sơn Động, Yên Thế",
    "BGĐT - Chiều 18/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình "
    "đại hội đại biểu Đảng bộ các huyện Lục Ngạn, Sơn Động, Yên Thế nhiệm kỳ 2025 - 2030. Đồng chí Đỗ Minh Khang, "
    "Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Ảnh: Đồng chí Đỗ Minh Khang, Bí thư Tỉnh ủy phát biểu kết luận hội nghị.",
    "Dự hội nghị có các đồng chí: Trần Quang Hưng, Phó Bí thư Thường trực Tỉnh ủy; Lương Văn Thắng, Phó Bí thư "
    "Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng của "
    "Tỉnh ủy, Văn phòng Tỉnh ủy và một số sở, ngành; Bí thư, Phó Bí thư Thường trực, Chủ tịch UBND các huyện "
    "Lục Ngạn, Sơn Động, Yên Thế.",
    "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị và kế hoạch của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các "
    "cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, ba huyện đã sớm thành lập tiểu ban văn kiện, "
    "tổ biên tập; dự thảo báo cáo chính trị được xây dựng công phu, qua nhiều lần chỉnh sửa, xin ý kiến các tổ "
    "chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Theo báo cáo, trong nhiệm kỳ "
    "2020 - 2025, mặc dù chịu ảnh hưởng nặng nề của dịch COVID-19 và hoàn lưu cơn bão số 3 năm 2024, huyện Lục "
    "Ngạn đạt và vượt 17/20 chỉ tiêu chủ yếu, huyện Sơn Động đạt 15/19 chỉ tiêu, huyện Yên Thế đạt 16/19 chỉ tiêu "
    "mà nghị quyết đại hội đề ra.",
    "Sau khi nghe đại diện Ban Thường vụ các huyện ủy báo cáo tóm tắt dự thảo, các đồng chí Ủy viên Ban Thường vụ "
    "Tỉnh ủy đã thảo luận, góp ý cụ thể vào từng dự thảo. Các ý kiến thống nhất đánh giá các dự thảo có bố cục "
    "hợp lý, phản ánh khá toàn diện kết quả đạt được trên các lĩnh vực; phương hướng, mục tiêu nhiệm kỳ tới cơ "
    "bản phù hợp với Quy hoạch tỉnh. Tuy vậy, một số phần còn nặng về liệt kê, chưa làm nổi bật được dấu ấn riêng "
    "của từng địa phương; một vài chỉ tiêu dự kiến chưa có căn cứ tính toán rõ ràng.",
    "Kết luận hội nghị, đồng chí Đỗ Minh Khang ghi nhận, đánh giá cao sự chuẩn bị chu đáo, nghiêm túc của Ban "
    "Thường vụ ba huyện ủy. Bí thư Tỉnh ủy lưu ý, đây là ba huyện miền núi, có đông đồng bào dân tộc thiểu số "
    "sinh sống, còn nhiều khó khăn đặc thù. Vì vậy, báo cáo chính trị của các huyện Lục Ngạn, Sơn Động và Yên Thế "
    "phải đánh giá thực chất kết quả thực hiện các chương trình mục tiêu quốc gia về phát triển kinh tế - xã hội "
    "vùng đồng bào dân tộc thiểu số và miền núi, giảm nghèo bền vững, xây dựng nông thôn mới; chỉ rõ số hộ thoát "
    "nghèo, số hộ tái nghèo và nguyên nhân. Cả ba huyện cần bổ sung giải pháp sắp xếp, ổn định dân cư ở những khu "
    "vực có nguy cơ sạt lở đất, lũ ống, lũ quét sau những thiệt hại do bão số 3 gây ra.",
    "Đối với huyện Lục Ngạn, đồng chí ghi nhận huyện đã giữ vững và phát huy thương hiệu vải thiều, sản lượng "
    "xuất khẩu năm 2024 tăng khá so với năm trước. Đồng chí đề nghị dự thảo phân tích sâu hơn nguyên nhân diện "
    "tích cây ăn quả có múi giảm mạnh trong hai năm gần đây và đề ra giải pháp chuyển đổi cơ cấu cây trồng phù "
    "hợp, tránh tình trạng trồng tự phát. Báo cáo cần bổ sung chỉ tiêu giá trị sản phẩm thu hoạch trên 1 ha đất "
    "trồng trọt; làm rõ giải pháp mở rộng diện tích vải thiều được cấp mã số vùng trồng phục vụ xuất khẩu, gắn "
    "với truy xuất nguồn gốc và thúc đẩy tiêu thụ qua thương mại điện tử. Huyện cần xác định rõ hướng phát triển "
    "thị trấn Chũ và vùng phụ cận theo tiêu chí đô thị loại IV, làm tiền đề xây dựng thị xã trong giai đoạn tới.",
    "Bí thư Tỉnh ủy cũng lưu ý Lục Ngạn về công tác quản lý đất đai, nhất là tình trạng chuyển đổi đất rừng sản "
    "xuất sang trồng cây ăn quả trái quy định ở một số xã vùng cao. Đồng chí yêu cầu phần đánh giá hạn chế phải "
    "nêu thẳng những tồn tại này và trách nhiệm của cấp ủy, chính quyền cơ sở.",
    "Với huyện Sơn Động, đồng chí Bí thư Tỉnh ủy đề nghị dự thảo tập trung làm rõ định hướng phát triển kinh tế "
    "lâm nghiệp bền vững, trồng rừng gỗ lớn, phát triển dược liệu dưới tán rừng. Chỉ tiêu tỷ lệ che phủ rừng cần "
    "duy trì ổn định ở mức trên 70%. Là địa phương giáp ranh với huyện Lục Nam và tỉnh Quảng Ninh, Sơn Động cần "
    "nêu rõ phương án liên kết vùng trong phát triển du lịch sinh thái, du lịch tâm linh gắn với Khu bảo tồn "
    "thiên nhiên Tây Yên Tử, tận dụng tuyến đường tỉnh mới kết nối sang Quảng Ninh. Báo cáo cần bổ sung giải pháp "
    "đào tạo nghề, giải quyết việc làm cho lao động là người dân tộc thiểu số, hạn chế tình trạng lao động trẻ "
    "rời bỏ địa phương.",
    "Về dự thảo của Đảng bộ huyện Yên Thế, đồng chí đề nghị bổ sung đánh giá về bảo tồn, phát huy giá trị Khu di "
    "tích lịch sử quốc gia đặc biệt Những địa điểm khởi nghĩa Yên Thế, gắn với phát triển du lịch văn hóa - lịch "
    "sử. Huyện cần có giải pháp nâng cao giá trị chuỗi sản phẩm gà đồi Yên Thế, kiểm soát chặt chẽ dịch bệnh và "
    "xử lý môi trường chăn nuôi. Dự thảo phải đánh giá đúng thực trạng thu hút đầu tư vào các cụm công nghiệp "
    "trên địa bàn, chỉ ra vì sao tỷ lệ lấp đầy còn thấp. Chỉ tiêu thu ngân sách trên địa bàn cần được tính toán "
    "lại, bảo đảm tính khả thi, không đặt mục tiêu quá cao so với nguồn thu thực tế.",
    "Đồng chí Đỗ Minh Khang yêu cầu Ban Thường vụ các huyện ủy tiếp thu đầy đủ ý kiến tại hội nghị, tiếp tục "
    "hoàn thiện dự thảo; rà soát, thống nhất số liệu với các sở, ngành của tỉnh trước khi đưa vào báo cáo. Phần "
    "phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030 phải ngắn gọn, dễ nhớ, dễ kiểm tra, gắn với các nhiệm vụ trọng "
    "tâm của tỉnh. Dự thảo sau khi chỉnh sửa gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 05/5/2025 để "
    "tổng hợp, báo cáo Thường trực Tỉnh ủy.",
    "Bài, ảnh: Thu Trang",
    "Từ khóa: đại hội đảng bộ, báo cáo chính trị, nhiệm kỳ 2025 - 2030",
]

# ---------------------------------------------------------------------------------------------------------
# (b) guidance/.md: news article, meeting of 25/4/2025 on 4 districts (Yên Dũng only in the attendees)
# ---------------------------------------------------------------------------------------------------------
DOC_B_NAME = "guidance/gop-y-du-thao-bao-cao-chinh-tri-4-huyen.md"
DOC_B = [
    "# Góp ý dự thảo báo cáo chính trị trình đại hội Đảng bộ 4 huyện",
    "*Thứ Sáu, 25/04/2025 - 17:05 | Chính trị - Xây dựng Đảng*",
    "**BGĐT - Chiều 25/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình "
    "đại hội đại biểu Đảng bộ 4 huyện nhiệm kỳ 2025 - 2030. Đồng chí Trần Quang Hưng, Phó Bí thư Thường trực Tỉnh "
    "ủy chủ trì hội nghị.**",
    "![Quang cảnh hội nghị](https://baobacgiang.example.vn/uploads/2025/04/25/hoi-nghi-btv.jpg)",
    "*Quang cảnh hội nghị Ban Thường vụ Tỉnh ủy chiều 25/4.*",
    "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo Văn phòng Tỉnh ủy, các ban xây dựng "
    "Đảng của Tỉnh ủy; đại diện lãnh đạo Sở Tài chính, Sở Nông nghiệp và Môi trường; Bí thư, Phó Bí thư Thường "
    "trực, Trưởng Ban Tuyên giáo và Dân vận các Huyện ủy Hiệp Hòa, Tân Yên, Lạng Giang, Yên Dũng.",
    "Các dự thảo được chuẩn bị theo đúng hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy, đánh giá tương đối toàn "
    "diện kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025 trên các lĩnh vực. Đây là nhóm địa phương có "
    "tốc độ tăng trưởng kinh tế cao của tỉnh; trong đó, giá trị sản xuất công nghiệp của huyện Hiệp Hòa tăng bình "
    "quân trên 30%/năm, thu ngân sách năm 2024 lần đầu vượt mốc 2.000 tỷ đồng.",
    "Sau khi nghe đại diện Ban Thường vụ các huyện ủy báo cáo tóm tắt quá trình xây dựng và những điểm mới của dự "
    "thảo, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đã thảo luận, với 11 lượt ý kiến phát biểu. Các ý kiến cho "
    "rằng các dự thảo đã nêu bật được những kết quả nổi bật, nhất là trong thu hút đầu tư, phát triển hạ tầng khu, "
    "cụm công nghiệp và xây dựng nông thôn mới; song phần hạn chế, yếu kém ở một số dự thảo còn nêu chung chung, "
    "chưa chỉ ra được nguyên nhân chủ quan.",
    "Kết luận hội nghị, đồng chí Trần Quang Hưng đánh giá cao tinh thần làm việc trách nhiệm của các huyện và đề "
    "nghị ban thường vụ các huyện ủy nghiên cứu, tiếp thu tối đa ý kiến góp ý của các đồng chí Ủy viên Ban Thường "
    "vụ Tỉnh ủy. Báo cáo chính trị cần tập trung vào những vấn đề lớn, mang tính định hướng. Báo cáo không nhất "
    "thiết phải trình bày đầy đủ mọi lĩnh vực với dung lượng như nhau. Điều quan trọng là cần làm nổi bật những "
    "lĩnh vực là thế mạnh, những khâu đột phá của địa phương. Các huyện không cần đưa vào báo cáo chính trị nội "
    "dung kiểm điểm sự lãnh đạo, chỉ đạo của ban chấp hành, vì nội dung này đã có báo cáo riêng.",
    "Với huyện Hiệp Hòa, đồng chí đề nghị dự thảo làm rõ lộ trình và các tiêu chí còn thiếu để xây dựng Hiệp Hòa "
    "trở thành thị xã trước năm 2030; bổ sung giải pháp về nhà ở cho công nhân, thiết chế văn hóa, trường học tại "
    "các khu vực tập trung đông lao động. Báo cáo cần đánh giá thẳng thắn những bất cập trong bảo vệ môi trường, "
    "xử lý nước thải tại các khu, cụm công nghiệp và trong quản lý đất đai, giải phóng mặt bằng. Phần kết quả thu "
    "hút đầu tư không nhất thiết phải liệt kê tên từng dự án, doanh nghiệp. Những số liệu chi tiết theo từng năm "
    "nên chuyển thành phụ lục kèm theo báo cáo.",
    "Với huyện Tân Yên, đồng chí đề nghị rà soát lại chỉ tiêu tỷ lệ đô thị hóa đến năm 2030, bảo đảm phù hợp với "
    "Quy hoạch tỉnh và khả năng cân đối nguồn lực. Dự thảo cần làm rõ hơn giải pháp phát triển nông nghiệp hàng "
    "hóa tập trung, nhất là vùng trồng cây ăn quả, chăn nuôi quy mô lớn và các sản phẩm OCOP. Huyện cũng cần đánh "
    "giá sâu hơn kết quả đấu giá quyền sử dụng đất và việc đầu tư các khu dân cư, khu đô thị mới. Riêng chỉ tiêu "
    "về số xã đạt chuẩn nông thôn mới kiểu mẫu, huyện không cần đưa vào hệ thống chỉ tiêu chủ yếu mà có thể thể "
    "hiện trong phần nhiệm vụ, giải pháp. Về công tác xây dựng Đảng, huyện cần bổ sung nội dung nâng cao chất "
    "lượng sinh hoạt chi bộ ở các thôn, tổ dân phố sau sáp nhập.",
    "Đối với huyện Lạng Giang, Phó Bí thư Thường trực Tỉnh ủy yêu cầu dự thảo phân tích rõ hơn lợi thế từ các "
    "tuyến giao thông quan trọng chạy qua địa bàn như cao tốc Bắc Giang - Lạng Sơn, quốc lộ 1, quốc lộ 37 và "
    "đường sắt Hà Nội - Đồng Đăng để xác định động lực tăng trưởng mới. Huyện cần đề ra giải pháp cụ thể phát "
    "triển hai thị trấn Vôi và Kép, đẩy nhanh tiến độ xây dựng hạ tầng các khu công nghiệp đã được bổ sung quy "
    "hoạch. Dự thảo cũng cần làm rõ trách nhiệm trong việc chậm giải ngân vốn đầu tư công ở một số dự án.",
    "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào một số nội dung liên quan đến công tác chuẩn bị "
    "nhân sự và tiến độ tổ chức đại hội điểm cấp cơ sở của các huyện.",
    "**Hoàng Anh**",
    "**Tin liên quan:**",
    "- [Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ các huyện Lục Ngạn, Sơn Động, "
    "Yên Thế](https://baobacgiang.example.vn/chinh-tri/btv-tinh-uy-cho-y-kien-du-thao-3-huyen.html)",
    "- [Hiệp Hòa: Hoàn thành đại hội điểm chi bộ trực thuộc đảng ủy cơ sở]"
    "(https://baobacgiang.example.vn/chinh-tri/hiep-hoa-dai-hoi-diem-chi-bo.html)",
    "- [Tân Yên lấy ý kiến nhân dân vào dự thảo văn kiện đại hội]"
    "(https://baobacgiang.example.vn/chinh-tri/tan-yen-lay-y-kien-du-thao.html)",
    "Chia sẻ: Facebook · Zalo · In bài",
]

# ---------------------------------------------------------------------------------------------------------
# (c) guidance/.html: portal page with the conclusion notice 1148-TB/TU
# ---------------------------------------------------------------------------------------------------------
DOC_C_NAME = "guidance/thong-bao-ket-luan-1148-tb-tu-du-thao-bao-cao-chinh-tri.html"
C_TITLE = ("Thông báo kết luận của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ "
           "cấp huyện nhiệm kỳ 2025 - 2030")
C_NAV = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo", "Đại hội Đảng các cấp",
         "Học tập và làm theo Bác", "Liên hệ"]
C_BREADCRUMB = "Trang chủ › Văn bản chỉ đạo › Thông báo"
C_META = "Cập nhật: 08/05/2025 09:12 | Lượt xem: 1.284"
C_SAPO = ("Cổng Thông tin điện tử Đảng bộ tỉnh trân trọng giới thiệu toàn văn Thông báo kết luận của Ban Thường vụ "
          "Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ các huyện, thị xã, thành phố nhiệm kỳ "
          "2025 - 2030.")
C_HEAD_LEFT = ["TỈNH ỦY BẮC GIANG", "BAN THƯỜNG VỤ", "*", "Số 1148-TB/TU"]
C_HEAD_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Giang, ngày 07 tháng 5 năm 2025"]
C_DOC_TITLE = ["THÔNG BÁO KẾT LUẬN",
               "của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ các huyện, thị xã, "
               "thành phố nhiệm kỳ 2025 - 2030"]
C_BODY = [
    "Tại phiên họp ngày 29/4/2025, sau khi nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo tổng hợp kết quả cho ý "
    "kiến vào dự thảo báo cáo chính trị trình đại hội đảng bộ các huyện, thị xã, thành phố nhiệm kỳ 2025 - 2030 và "
    "ý kiến thảo luận của các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy kết luận như sau:",
    "1. Ban Thường vụ Tỉnh ủy ghi nhận, đánh giá cao ban thường vụ các huyện ủy, thị ủy, thành ủy đã chủ động, "
    "nghiêm túc trong chuẩn bị văn kiện đại hội. Các dự thảo cơ bản bám sát hướng dẫn của Trung ương và của Tỉnh "
    "ủy, phản ánh khá toàn diện tình hình, kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025. Tuy nhiên, "
    "một số dự thảo còn dài, nặng về liệt kê số liệu; phần hạn chế, nguyên nhân chưa sâu; một số chỉ tiêu nhiệm kỳ "
    "2025 - 2030 đề ra chưa sát thực tế, thiếu căn cứ tính toán.",
    "2. Để hoàn thiện dự thảo, Ban Thường vụ Tỉnh ủy yêu cầu ban thường vụ các huyện ủy, thị ủy, thành ủy tập "
    "trung chỉ đạo tiếp thu, chỉnh sửa một số nội dung sau:",
    "2.1. Về bố cục, dung lượng: Báo cáo chính trị gồm hai phần chính: đánh giá kết quả thực hiện nghị quyết đại "
    "hội nhiệm kỳ 2020 - 2025 và phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030. Dung lượng báo "
    "cáo khoảng 20 - 25 trang khổ A4, không kể phụ lục. Văn phong phải ngắn gọn, chặt chẽ, dễ hiểu, dễ nhớ. Báo "
    "cáo không cần trình bày lại các nội dung đã có trong báo cáo kiểm điểm của ban chấp hành.",
    "2.2. Về đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2020 - 2025: Đánh giá khách quan, trung thực, toàn "
    "diện, có trọng tâm, trọng điểm; có so sánh với nhiệm kỳ trước và với mức bình quân chung của tỉnh. Số liệu "
    "phải thống nhất với số liệu của cơ quan thống kê, tính đến hết năm 2024 và ước thực hiện cả năm 2025. Chỉ rõ "
    "những chỉ tiêu không đạt, những việc chưa làm được và nguyên nhân chủ quan. Làm rõ trách nhiệm của tập thể, "
    "cá nhân người đứng đầu đối với những hạn chế, yếu kém kéo dài. Cần đánh giá riêng kết quả thực hiện các khâu "
    "đột phá của nhiệm kỳ.",
    "2.3. Về bài học kinh nghiệm: Rút ra từ 3 đến 5 bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo ở "
    "địa phương; tránh nêu chung chung hoặc lặp lại bài học kinh nghiệm đã nêu trong văn kiện của cấp trên.",
    "2.4. Về phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030: Phải quán triệt Quy hoạch tỉnh Bắc "
    "Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và dự thảo văn kiện Đại hội XX Đảng bộ tỉnh. Hệ thống chỉ "
    "tiêu chủ yếu không quá 20 chỉ tiêu, chia thành ba nhóm: kinh tế; văn hóa - xã hội, môi trường; xây dựng Đảng "
    "và hệ thống chính trị. Mỗi chỉ tiêu phải có căn cứ tính toán, bảo đảm vừa tích cực vừa khả thi. Lựa chọn từ "
    "hai đến ba khâu đột phá có trọng tâm, trọng điểm, phù hợp với tiềm năng, lợi thế của địa phương. Báo cáo phải "
    "thể hiện rõ nhiệm vụ, giải pháp phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo tinh "
    "thần Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
    "2.5. Về công tác xây dựng Đảng và hệ thống chính trị: Tập trung làm rõ kết quả và định hướng sắp xếp tổ chức "
    "bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả theo Nghị quyết số 18-NQ/TW; nâng cao "
    "chất lượng đội ngũ cán bộ, nhất là người đứng đầu. Cần có giải pháp đẩy mạnh công tác phòng, chống tham "
    "nhũng, lãng phí, tiêu cực; tăng cường kiểm tra, giám sát và siết chặt kỷ luật, kỷ cương hành chính.",
    "2.6. Về quốc phòng, an ninh: Bổ sung nội dung xây dựng khu vực phòng thủ vững chắc; chủ động nắm chắc tình "
    "hình, giải quyết kịp thời các vụ việc phức tạp ngay từ cơ sở, không để hình thành điểm nóng về an ninh, trật "
    "tự.",
    "2.7. Đối với thành phố Bắc Giang và thị xã Việt Yên, báo cáo cần làm rõ định hướng phát triển đô thị văn "
    "minh, hiện đại, lộ trình nâng cấp hạ tầng đô thị và giải pháp quản lý trật tự xây dựng, đất đai tại các "
    "phường mới thành lập.",
    "3. Về tổ chức thực hiện: Ban thường vụ các huyện ủy, thị ủy, thành ủy chỉ đạo tổ biên tập tiếp thu, hoàn "
    "thiện dự thảo; công khai dự thảo để lấy ý kiến đóng góp của cán bộ, đảng viên và nhân dân. Dự thảo đã hoàn "
    "thiện gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 20/5/2025. Giao Ban "
    "Tuyên giáo và Dân vận Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy.",
    "Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện.",
]
C_NOI_NHAN = ["Nơi nhận:", "- Các đồng chí Tỉnh ủy viên,", "- Các huyện ủy, thị ủy, thành ủy,",
              "- Các đảng ủy trực thuộc Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy."]
C_SIGNER = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)", "Trần Quang Hưng"]
C_SHARE = ["Chia sẻ:", "Facebook", "Zalo", "In bài viết", "Gửi email"]
C_RELATED = [
    "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ các huyện Lục Ngạn, Sơn Động, "
    "Yên Thế",
    "Góp ý dự thảo báo cáo chính trị trình đại hội Đảng bộ 4 huyện",
    "Hướng dẫn tổ chức lấy ý kiến nhân dân vào dự thảo văn kiện đại hội đảng bộ các cấp",
]
C_FOOTER = [
    "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH BẮC GIANG",
    "Cơ quan chủ quản: Tỉnh ủy Bắc Giang. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.",
    "Địa chỉ: Số 8 đường Nguyễn Văn Cừ, TP Bắc Giang. Điện thoại: 0204.3855.216.",
    "Ghi rõ nguồn khi phát hành lại thông tin từ Cổng Thông tin điện tử này.",
]

# ---------------------------------------------------------------------------------------------------------
# (d) reports/.docx: past political report of Huyện ủy Lục Nam (named in letterhead + title only)
# ---------------------------------------------------------------------------------------------------------
DOC_D_NAME = "reports/bao-cao-chinh-tri-dang-bo-huyen-luc-nam-2020-2025.docx"
D_HEAD_LEFT = ["ĐẢNG BỘ TỈNH BẮC GIANG", "HUYỆN ỦY LỤC NAM", "*"]
D_HEAD_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lục Nam, ngày 22 tháng 7 năm 2020"]
D_BODY = [
    ("title", "BÁO CÁO CHÍNH TRỊ"),
    ("c", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LỤC NAM KHÓA XXII TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXIII, "
          "NHIỆM KỲ 2020 - 2025"),
    ("ci", "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát huy sức mạnh đoàn kết các dân tộc; khai thác "
           "tốt tiềm năng, lợi thế, xây dựng huyện phát triển nhanh, bền vững"),
    ("p", "Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh cả nước đang ra "
          "sức thực hiện thắng lợi Nghị quyết Đại hội XII của Đảng, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII; "
          "dịch bệnh COVID-19 diễn biến phức tạp, ảnh hưởng nhiều mặt đến sản xuất và đời sống nhân dân. Ban Chấp "
          "hành Đảng bộ huyện khóa XXII báo cáo Đại hội kết quả thực hiện Nghị quyết Đại hội lần thứ XXII và phương "
          "hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2020 - 2025 như sau:"),
    ("h1", "PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXII, NHIỆM KỲ 2015 - 2020"),
    ("h2", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Năm năm qua, trong điều kiện còn nhiều khó khăn, Đảng bộ, chính quyền và nhân dân các dân tộc trong huyện "
          "đã đoàn kết, nỗ lực phấn đấu, đạt được nhiều kết quả quan trọng. Có 19/21 chỉ tiêu chủ yếu của Nghị quyết "
          "đạt và vượt kế hoạch; 02 chỉ tiêu không đạt là tỷ lệ đô thị hóa và số doanh nghiệp thành lập mới."),
    ("h3", "1. Về phát triển kinh tế"),
    ("p", "Giá trị sản xuất (theo giá so sánh năm 2010) tăng bình quân 10,2%/năm, vượt 0,7 điểm phần trăm so với mục "
          "tiêu Nghị quyết. Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng công nghiệp - xây dựng tăng từ 31,4% năm "
          "2015 lên 38,6% năm 2020; dịch vụ chiếm 27,9%; nông, lâm nghiệp và thủy sản giảm còn 33,5%. Thu nhập bình "
          "quân đầu người năm 2020 ước đạt 45,8 triệu đồng, gấp 1,7 lần năm 2015."),
    ("p", "Sản xuất nông nghiệp phát triển theo hướng hàng hóa, nâng cao giá trị và hiệu quả. Diện tích cây ăn quả "
          "đạt 12.400 ha, trong đó vải sớm, cam, bưởi, na và dứa là những cây trồng chủ lực; hình thành 36 vùng sản "
          "xuất tập trung, 14 vùng được cấp chứng nhận VietGAP. Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt "
          "và mặt nước nuôi trồng thủy sản năm 2020 đạt 112 triệu đồng. Có 9 sản phẩm được công nhận đạt chuẩn OCOP "
          "từ 3 sao trở lên; 4 sản phẩm được cấp giấy chứng nhận nhãn hiệu tập thể."),
    ("p", "Chương trình xây dựng nông thôn mới đạt kết quả quan trọng; đến hết năm 2020 có 15/25 xã đạt chuẩn nông "
          "thôn mới, vượt chỉ tiêu Nghị quyết đề ra (12 xã), bình quân mỗi xã đạt 17,2 tiêu chí. Nhân dân đã hiến "
          "trên 86.000 m2 đất, đóng góp hơn 95 tỷ đồng để làm đường giao thông nông thôn, nhà văn hóa thôn."),
    ("p", "Công nghiệp, tiểu thủ công nghiệp có bước phát triển khá. Nhiệm kỳ qua, huyện thu hút 48 dự án đầu tư với "
          "tổng vốn đăng ký hơn 3.600 tỷ đồng; Cụm công nghiệp Đồi Ngô được mở rộng, tỷ lệ lấp đầy đạt 78%. Thu ngân "
          "sách trên địa bàn tăng bình quân 14,6%/năm, năm 2020 ước đạt 510 tỷ đồng. Thương mại, dịch vụ và du lịch "
          "có chuyển biến; Khu du lịch sinh thái Suối Mỡ, khu di tích chùa Khám Lạng thu hút ngày càng đông du khách, "
          "năm 2019 đón khoảng 350 nghìn lượt khách."),
    ("h3", "2. Về văn hóa - xã hội"),
    ("p", "Giáo dục và đào tạo tiếp tục chuyển biến tích cực; tỷ lệ trường đạt chuẩn quốc gia đạt 82,5%. Công tác "
          "chăm sóc sức khỏe nhân dân được quan tâm; 93% dân số tham gia bảo hiểm y tế. Các chính sách an sinh xã hội "
          "được thực hiện đầy đủ, kịp thời; tỷ lệ hộ nghèo giảm từ 11,6% năm 2015 xuống còn 3,4% năm 2020. Phong trào "
          "toàn dân đoàn kết xây dựng đời sống văn hóa được duy trì; 86% số hộ đạt danh hiệu gia đình văn hóa."),
    ("h3", "3. Về quốc phòng, an ninh"),
    ("p", "Nhiệm vụ quốc phòng, quân sự địa phương được triển khai toàn diện; hoàn thành 100% chỉ tiêu tuyển quân "
          "hằng năm. Tổ chức thành công diễn tập khu vực phòng thủ huyện năm 2019. An ninh chính trị, trật tự, an "
          "toàn xã hội được giữ vững; tỷ lệ điều tra, khám phá các vụ án hình sự đạt trên 85%."),
    ("h3", "4. Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "Công tác giáo dục chính trị, tư tưởng được chú trọng; việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị "
          "đi vào chiều sâu. Tổ chức bộ máy được sắp xếp theo hướng tinh gọn; hoàn thành việc sáp nhập 41 thôn, tổ dân "
          "phố. Nhiệm kỳ qua kết nạp 1.286 đảng viên mới; hằng năm trên 80% tổ chức cơ sở đảng được đánh giá hoàn "
          "thành tốt nhiệm vụ trở lên. Công tác kiểm tra, giám sát được tăng cường, kịp thời xử lý nghiêm các trường "
          "hợp vi phạm."),
    ("h2", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("p", "Bên cạnh kết quả đạt được, nhiệm kỳ qua còn một số hạn chế: kinh tế tăng trưởng khá nhưng chưa bền vững; "
          "quy mô sản xuất nông nghiệp còn nhỏ, liên kết tiêu thụ sản phẩm chưa chặt chẽ; tiến độ một số dự án hạ "
          "tầng giao thông, cụm công nghiệp còn chậm; tiềm năng du lịch chưa được khai thác tương xứng. Quản lý đất "
          "đai, tài nguyên khoáng sản ở một số nơi còn buông lỏng; chất lượng sinh hoạt của một số chi bộ chưa cao."),
    ("p", "Nguyên nhân chủ yếu của những hạn chế trên là do năng lực lãnh đạo, chỉ đạo của một số cấp ủy, chính quyền "
          "cơ sở còn hạn chế; một bộ phận cán bộ chưa quyết liệt, còn né tránh trách nhiệm; nguồn lực đầu tư còn hạn "
          "hẹp so với nhu cầu phát triển; thời tiết, dịch bệnh diễn biến bất thường."),
    ("h2", "III. BÀI HỌC KINH NGHIỆM"),
    ("p", "Từ thực tiễn lãnh đạo, chỉ đạo nhiệm kỳ 2015 - 2020, Đảng bộ huyện rút ra một số bài học kinh nghiệm sau:"),
    ("p", "Một là, phải thường xuyên giữ vững đoàn kết, thống nhất trong Đảng bộ, phát huy dân chủ đi đôi với giữ "
          "nghiêm kỷ luật, kỷ cương."),
    ("p", "Hai là, bám sát thực tiễn, lựa chọn đúng khâu đột phá, tập trung nguồn lực cho những việc trọng tâm, "
          "trọng điểm; lãnh đạo thực hiện dứt điểm từng việc."),
    ("p", "Ba là, phát huy vai trò gương mẫu của người đứng đầu; coi trọng công tác kiểm tra, giám sát và đôn đốc "
          "thực hiện."),
    ("p", "Bốn là, thực sự dựa vào nhân dân, lấy sự hài lòng của người dân làm thước đo hiệu quả công việc."),
    ("h1", "PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025"),
    ("h2", "I. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; xây dựng hệ thống chính trị trong sạch, vững mạnh; "
          "phát huy sức mạnh đoàn kết các dân tộc; khai thác hiệu quả tiềm năng, lợi thế về nông nghiệp, du lịch và "
          "công nghiệp; đẩy mạnh xây dựng nông thôn mới, phát triển đô thị; nâng cao đời sống vật chất, tinh thần của "
          "nhân dân; giữ vững quốc phòng, an ninh, phấn đấu đến năm 2025 trở thành huyện phát triển khá của tỉnh."),
    ("h2", "II. CÁC CHỈ TIÊU CHỦ YẾU"),
    ("item", "Tốc độ tăng giá trị sản xuất bình quân từ 11 - 12%/năm."),
    ("item", "Thu nhập bình quân đầu người năm 2025 đạt 75 triệu đồng trở lên."),
    ("item", "Thu ngân sách trên địa bàn tăng bình quân 12%/năm trở lên."),
    ("item", "Đến năm 2025 có thêm ít nhất 6 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao."),
    ("item", "Tỷ lệ hộ nghèo giảm bình quân 0,5 - 0,7%/năm."),
    ("item", "Tỷ lệ che phủ rừng duy trì ổn định ở mức 37%."),
    ("item", "Hằng năm kết nạp từ 250 đảng viên trở lên; trên 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ."),
    ("h2", "III. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện xác định ba khâu đột phá: (1) Đầu tư phát triển kết cấu hạ tầng, "
          "trọng tâm là giao thông kết nối với các tuyến quốc lộ và các khu du lịch; (2) Đẩy mạnh cải cách hành chính, "
          "cải thiện môi trường đầu tư, thu hút các dự án công nghiệp, du lịch; (3) Phát triển nông nghiệp hàng hóa "
          "ứng dụng công nghệ cao gắn với xây dựng nông thôn mới."),
    ("h2", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "Một là, tập trung phát triển nông nghiệp hàng hóa theo chuỗi giá trị; mở rộng diện tích cây ăn quả đạt "
          "tiêu chuẩn VietGAP, xây dựng và bảo hộ nhãn hiệu cho các sản phẩm chủ lực; khuyến khích doanh nghiệp đầu "
          "tư vào nông nghiệp, liên kết với hợp tác xã và nông dân trong sản xuất, tiêu thụ."),
    ("p", "Hai là, huy động tối đa các nguồn lực đầu tư kết cấu hạ tầng; hoàn thành nâng cấp các tuyến đường huyện, "
          "đường liên xã; đẩy nhanh tiến độ hạ tầng cụm công nghiệp; phát triển du lịch sinh thái, tâm linh gắn với "
          "bảo tồn các di tích lịch sử, văn hóa."),
    ("p", "Ba là, nâng cao chất lượng giáo dục, y tế; thực hiện tốt chính sách an sinh xã hội, giảm nghèo bền vững, "
          "nhất là ở các xã vùng cao, vùng đồng bào dân tộc thiểu số."),
    ("p", "Bốn là, tăng cường quốc phòng, giữ vững an ninh chính trị, trật tự, an toàn xã hội; giải quyết kịp thời đơn "
          "thư khiếu nại, tố cáo ngay từ cơ sở."),
    ("p", "Năm là, xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; nâng cao chất lượng sinh hoạt chi bộ; "
          "xây dựng đội ngũ cán bộ có đủ phẩm chất, năng lực, uy tín; đẩy mạnh phòng, chống tham nhũng, lãng phí."),
    ("p", "Với truyền thống đoàn kết, cách mạng, Đảng bộ và nhân dân các dân tộc trong huyện quyết tâm thực hiện thắng "
          "lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 - 2025, góp phần cùng toàn tỉnh "
          "thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX."),
]
D_SIGNER = ["T/M BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN", "BÍ THƯ"]
