"""Texts of the five corpus documents of the Thanh Hóa set (imported by make_set.py).

Everything is invented (people, figures, document numbers); the place names are the real district-level units of
Thanh Hóa province in the spring of 2020 (huyện Tĩnh Gia became thị xã Nghi Sơn on 01/6/2020).
"""

# =====================================================================================================================
# (A) guidance/.txt: news article pasted from the Đài PT-TH Thanh Hóa site, meeting of 12/3/2020 (chair: Bí thư Tỉnh ủy)
#     Districts: Như Thanh, Như Xuân, Thường Xuân.
# =====================================================================================================================
DOC_A_NAME = "guidance/ttv-btv-tinh-uy-cho-y-kien-du-thao-bcct-nhu-thanh-nhu-xuan-thuong-xuan.txt"
DOC_A = [
    "Thanh Hóa TV | Thời sự - Chính trị | Thứ Năm, 12/03/2020 17:46",
    "Cỡ chữ: A- A+   |   In bài   |   Chia sẻ",
    "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ các huyện Như Thanh, "
    "Như Xuân, Thường Xuân",
    "(TTV) - Sáng 12-3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình đại "
    "hội đại biểu Đảng bộ các huyện Như Thanh, Như Xuân, Thường Xuân, nhiệm kỳ 2020 - 2025. Đồng chí Lê Đình Khoa, "
    "Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị.",
    "Đồng chí Bí thư Tỉnh ủy Lê Đình Khoa phát biểu kết luận hội nghị. Ảnh: Hải Đăng",
    "Dự hội nghị có các đồng chí: Phạm Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy; Đỗ Hữu Lâm, Phó Bí thư Tỉnh ủy, "
    "Chủ tịch UBND tỉnh; Mai Xuân Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Ủy viên Ban Thường vụ "
    "Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn phòng Tỉnh ủy; đại diện lãnh đạo Sở Kế hoạch và Đầu tư, Sở Nông "
    "nghiệp và Phát triển nông thôn, Cục Thống kê tỉnh; các đồng chí Bí thư, Phó Bí thư, Chủ tịch UBND các huyện "
    "Như Thanh, Như Xuân, Thường Xuân. Hội nghị được tổ chức gọn nhẹ, bảo đảm các yêu cầu về phòng, chống dịch "
    "bệnh COVID-19.",
    "Theo báo cáo tóm tắt của các huyện, dự thảo báo cáo chính trị được chuẩn bị từ quý III/2019, qua năm, sáu "
    "lần chỉnh sửa, xin ý kiến các tổ chức cơ sở đảng, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và cán bộ "
    "lão thành cách mạng. Nhiệm kỳ 2015 - 2020, huyện Như Thanh có 21/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch; "
    "tổng giá trị sản xuất tăng bình quân 12,3%/năm; thu nhập bình quân đầu người năm 2019 đạt 36,8 triệu đồng, "
    "gấp 1,8 lần năm 2015; có 9 xã đạt chuẩn nông thôn mới.",
    "Huyện Như Xuân ước đạt và vượt 18/22 chỉ tiêu; tỷ lệ hộ nghèo giảm từ 29,6% năm 2015 xuống còn 8,1% cuối năm "
    "2019, bình quân mỗi năm giảm trên 5 điểm phần trăm; tỷ lệ che phủ rừng đạt 68,5%; Khu công nghiệp Bãi Trành "
    "bước đầu thu hút được một số dự án chế biến nông, lâm sản. Huyện Thường Xuân có tốc độ tăng trưởng giá trị "
    "sản xuất bình quân 10,8%/năm; thu ngân sách trên địa bàn năm 2019 đạt hơn một trăm tỷ đồng, gần gấp đôi năm "
    "2015; tỷ lệ che phủ rừng đạt 82,3%, thuộc nhóm cao nhất tỉnh. Tuyến đường Hồ Chí Minh đoạn qua các huyện "
    "Ngọc Lặc, Thường Xuân, Như Xuân được khai thác hiệu quả, mở ra không gian phát triển mới cho khu vực miền núi "
    "phía Tây của tỉnh.",
    "Thảo luận tại hội nghị, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cơ bản thống nhất với bố cục, nội dung "
    "các dự thảo; đồng thời chỉ ra một số điểm cần hoàn thiện: phần đánh giá kết quả còn nặng về liệt kê, chưa làm "
    "nổi bật dấu ấn của nhiệm kỳ; nguyên nhân của hạn chế chủ yếu nêu nguyên nhân khách quan; một số chỉ tiêu "
    "nhiệm kỳ 2020 - 2025 đặt ra còn thấp hơn kết quả đã đạt được năm 2019.",
    "Phát biểu kết luận hội nghị, đồng chí Bí thư Tỉnh ủy Lê Đình Khoa ghi nhận, đánh giá cao sự chuẩn bị công "
    "phu, trách nhiệm của Ban Thường vụ ba huyện ủy. Đồng chí nhấn mạnh, Như Thanh, Như Xuân, Thường Xuân đều là "
    "huyện miền núi, xuất phát điểm thấp, đời sống một bộ phận đồng bào dân tộc thiểu số còn nhiều khó khăn. Vì "
    "vậy, báo cáo chính trị của ba huyện phải đánh giá đúng thực chất kết quả giảm nghèo, chỉ rõ số hộ thoát "
    "nghèo, số hộ tái nghèo và nguyên nhân. Các huyện cần bổ sung giải pháp phát triển kinh tế rừng theo hướng "
    "nâng cao giá trị gia tăng, gắn trồng rừng gỗ lớn với chế biến sâu, chấm dứt tình trạng chỉ bán gỗ nguyên "
    "liệu giá trị thấp.",
    "Riêng đối với hai huyện Như Thanh và Như Xuân, đồng chí đề nghị báo cáo làm rõ định hướng khai thác tiềm năng "
    "du lịch sinh thái của Vườn quốc gia Bến En, gắn với bảo vệ nghiêm ngặt diện tích rừng đặc dụng. Hai huyện "
    "phải có cơ chế phối hợp trong quy hoạch, xây dựng sản phẩm du lịch và kêu gọi đầu tư hạ tầng, tránh mỗi nơi "
    "làm một kiểu. Báo cáo không nhất thiết phải đặt chỉ tiêu riêng về lượt khách du lịch đến Bến En.",
    "Đối với huyện Như Thanh, Bí thư Tỉnh ủy ghi nhận huyện đã có bước tiến rõ nét trong xây dựng nông thôn mới; "
    "diện mạo thị trấn Bến Sung ngày càng khang trang. Đồng chí đề nghị dự thảo bổ sung chỉ tiêu số xã đạt chuẩn "
    "nông thôn mới đến năm 2025 trên cơ sở rà soát cụ thể từng tiêu chí của từng xã. Huyện cần phân tích rõ nguyên "
    "nhân chỉ tiêu thu hút đầu tư vào các cụm công nghiệp không đạt; xác định hướng phát triển thị trấn Bến Sung "
    "gắn với khu du lịch hồ sông Mực.",
    "Với huyện Như Xuân, đồng chí lưu ý tình trạng di cư tự do, phá rừng làm nương rẫy vẫn còn xảy ra ở một số xã "
    "giáp ranh với tỉnh Nghệ An. Dự thảo phải nêu thẳng hạn chế này, làm rõ trách nhiệm của cấp ủy, chính quyền "
    "cơ sở và đề ra giải pháp ổn định dân cư lâu dài. Huyện cần đánh giá đúng thực trạng thu hút đầu tư vào Khu "
    "công nghiệp Bãi Trành, chỉ ra vì sao nhiều dự án đã đăng ký nhưng chậm triển khai. Về xây dựng Đảng, Như Xuân "
    "cần có giải pháp xóa thôn, bản chưa có đảng viên, chưa có chi bộ độc lập. Huyện không cần đưa chỉ tiêu số km "
    "đường giao thông nông thôn được cứng hóa vào hệ thống chỉ tiêu chủ yếu.",
    "Đối với Thường Xuân, đồng chí đánh giá cao việc huyện giữ vững độ che phủ rừng và từng bước xây dựng thương "
    "hiệu quế Ngọc. Dự thảo cần làm rõ giải pháp khai thác hiệu quả hồ Cửa Đạt cho phát triển du lịch, nuôi trồng "
    "thủy sản, gắn với bảo đảm an toàn hồ đập và vùng hạ du. Huyện cần bổ sung định hướng bảo tồn, mở rộng vùng "
    "quế Ngọc thành sản phẩm OCOP chủ lực; phối hợp với các huyện Lang Chánh, Ngọc Lặc trong quản lý, bảo vệ rừng "
    "giáp ranh. Là huyện có đường biên giới giáp tỉnh Hủa Phăn (Lào), báo cáo phải làm rõ nhiệm vụ quốc phòng, an "
    "ninh, đối ngoại biên giới, xây dựng đường biên giới hòa bình, hữu nghị.",
    "Đồng chí Bí thư Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy tiếp thu đầy đủ ý kiến góp ý tại hội nghị, chỉ "
    "đạo tổ biên tập khẩn trương chỉnh sửa, hoàn thiện dự thảo. Số liệu ước thực hiện năm 2020 phải được rà soát, "
    "thống nhất với Cục Thống kê tỉnh. Phần phương hướng phải bám sát dự thảo văn kiện Đại hội Đảng bộ tỉnh lần "
    "thứ XIX; các khâu đột phá chỉ nên chọn từ 2 đến 3 khâu, tránh dàn trải. Báo cáo không cần nêu lại bối cảnh "
    "quốc tế, trong nước đã được phân tích trong văn kiện của Trung ương và của tỉnh. Dự thảo sau khi hoàn thiện "
    "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 31/3/2020.",
    "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy đã nghe và cho ý kiến về phương án nhân sự Ban Chấp hành Đảng bộ các "
    "huyện khóa mới.",
    "Hải Đăng",
    "Tin liên quan:\n"
    "- Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Ngọc Lặc về công tác chuẩn bị đại hội (09/03/2020)\n"
    "- Quan Hóa tổ chức đại hội điểm đảng bộ xã (06/03/2020)\n"
    "- Mường Lát: Nỗ lực giảm nghèo ở huyện vùng cao biên giới (04/03/2020)",
    "Từ khóa: Ban Thường vụ Tỉnh ủy, báo cáo chính trị, đại hội đảng bộ huyện, nhiệm kỳ 2020 - 2025",
]

# =====================================================================================================================
# (B) guidance/.html: Báo Thanh Hóa page, meeting of 28/4/2020 (chair: Phó Bí thư Thường trực Tỉnh ủy)
#     Districts: Hoằng Hóa, Quảng Xương, Nông Cống; Hậu Lộc only attends "để nghiên cứu, rút kinh nghiệm".
# =====================================================================================================================
DOC_B_NAME = "guidance/baothanhhoa-gop-y-du-thao-bcct-hoang-hoa-quang-xuong-nong-cong.html"
B_TITLE = ("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị đại hội Đảng bộ các huyện Hoằng Hóa, "
           "Quảng Xương, Nông Cống")
B_TOPBAR = "Thứ Tư, ngày 29/04/2020 | Thanh Hóa 31°C"
B_NAV = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật",
         "Xứ Thanh 24h", "Quốc tế", "Bạn đọc", "Video", "Ảnh"]
B_SLOGAN = ("Nhiệt liệt chào mừng Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và "
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
B_BREADCRUMB = "Trang chủ › Thời sự › Chính trị - Xây dựng Đảng"
B_META = "Cập nhật: 07:45, Thứ Tư, 29/04/2020 (GMT+7)"
B_SHARE = ["Chia sẻ:", "Facebook", "Zalo", "Twitter", "In bài", "Gửi email"]
B_SAPO = ("(Baothanhhoa.vn) - Chiều 28-4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo "
          "chính trị trình đại hội đại biểu Đảng bộ các huyện Hoằng Hóa, Quảng Xương, Nông Cống, nhiệm kỳ 2020 - "
          "2025. Đồng chí Phạm Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.")
B_CAPTION = "Đồng chí Phạm Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị. Ảnh: Thùy Linh"
B_BODY = [
    "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn phòng Tỉnh ủy; "
    "các đồng chí Bí thư, Phó Bí thư Thường trực, Chủ tịch UBND các huyện Hoằng Hóa, Quảng Xương, Nông Cống. Đại "
    "diện Ban Thường vụ Huyện ủy Hậu Lộc dự hội nghị để nghiên cứu, rút kinh nghiệm.",
    "Báo cáo tại hội nghị cho thấy, nhiệm kỳ 2015 - 2020, cả ba huyện đều hoàn thành vượt mức nhiều chỉ tiêu chủ "
    "yếu. Huyện Hoằng Hóa có tổng giá trị sản xuất tăng bình quân 13,9%/năm; thu ngân sách trên địa bàn năm 2019 "
    "đạt 812 tỷ đồng; 36 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn nông thôn mới nâng cao. Khu du lịch "
    "biển Hải Tiến năm 2019 đón trên 900 nghìn lượt khách.",
    "Huyện Quảng Xương đạt và vượt 20/23 chỉ tiêu; thu nhập bình quân đầu người năm 2019 đạt 45,2 triệu đồng; tỷ "
    "lệ hộ nghèo còn 2,6%. Huyện Nông Cống có tốc độ tăng giá trị sản xuất bình quân 11,7%/năm; 22 xã đạt chuẩn "
    "nông thôn mới; sản xuất nông nghiệp chuyển mạnh sang tích tụ ruộng đất, hình thành nhiều cánh đồng mẫu lớn.",
    "Các ý kiến phát biểu tại hội nghị đánh giá các dự thảo được chuẩn bị công phu, kết cấu chặt chẽ, phản ánh khá "
    "toàn diện kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2015 - 2020; tuy vậy, dung lượng còn dài, phần hạn "
    "chế, yếu kém chưa gắn với trách nhiệm của tập thể, cá nhân.",
    "Kết luận hội nghị, đồng chí Phạm Quang Vinh biểu dương tinh thần chủ động của Ban Thường vụ các huyện ủy trong "
    "chuẩn bị văn kiện. Đồng chí đề nghị báo cáo chính trị phải ngắn gọn, không quá 25 trang; phần đánh giá kết "
    "quả phải so sánh với nhiệm kỳ trước và với mức bình quân chung của tỉnh, chỉ rõ chỉ tiêu nào không đạt và vì "
    "sao. Hoằng Hóa, Quảng Xương, Nông Cống là ba huyện vùng đồng bằng và ven biển, nằm liền kề TP Thanh Hóa, TP "
    "Sầm Sơn và Khu kinh tế Nghi Sơn, đang chịu tác động mạnh của quá trình đô thị hóa. Do đó, cả ba huyện cần làm "
    "rõ định hướng phát triển đô thị, dịch vụ và giải pháp chuyển dịch cơ cấu lao động nông thôn.",
    "Với huyện Hoằng Hóa, đồng chí đề nghị dự thảo làm rõ định hướng phát triển Khu du lịch biển Hải Tiến theo "
    "hướng chuyên nghiệp, kéo dài mùa du lịch, liên kết với TP Sầm Sơn hình thành chuỗi sản phẩm du lịch biển. Là "
    "vùng đất có truyền thống khoa bảng, huyện cần bổ sung giải pháp bảo tồn, phát huy giá trị các di tích lịch "
    "sử - văn hóa và truyền thống hiếu học. Dự thảo cũng cần xác định rõ lộ trình mở rộng không gian đô thị thị "
    "trấn Bút Sơn. Huyện không cần liệt kê tên các dự án du lịch đã đầu tư tại Hải Tiến trong thân báo cáo.",
    "Đối với huyện Quảng Xương, Phó Bí thư Thường trực Tỉnh ủy ghi nhận huyện đã tập trung cao cho công tác giải "
    "phóng mặt bằng các dự án lớn. Dự thảo cần làm rõ giải pháp khai thác lợi thế tuyến đường ven biển đi qua địa "
    "bàn để phát triển du lịch, dịch vụ ở các xã phía Đông của huyện. Báo cáo cần đánh giá thẳng thắn những hạn "
    "chế trong quản lý đất đai, trật tự xây dựng và khai thác khoáng sản; chỉ tiêu thu nhập bình quân đầu người "
    "năm 2025 phải được tính toán lại cho sát thực tế. Do huyện dự kiến tổ chức đại hội sớm, dự thảo hoàn thiện "
    "phải gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 10/5/2020.",
    "Với huyện Nông Cống, đồng chí đề nghị dự thảo phân tích rõ lợi thế khi tuyến cao tốc Bắc - Nam đi qua địa bàn "
    "và huyện nằm liền kề Khu kinh tế Nghi Sơn, từ đó xác định hướng phát triển công nghiệp hỗ trợ, dịch vụ "
    "logistics và nhà ở cho công nhân. Báo cáo cần làm rõ nguyên nhân tốc độ chuyển dịch cơ cấu lao động còn chậm; "
    "bổ sung giải pháp chống úng cho vùng trũng dọc sông Yên. Về nông nghiệp, huyện cần tiếp tục đẩy mạnh tích tụ, "
    "tập trung ruộng đất để sản xuất hàng hóa quy mô lớn. Huyện không nhất thiết đặt chỉ tiêu về số cánh đồng mẫu "
    "lớn.",
    "Đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy tiếp thu tối đa các ý kiến tại hội "
    "nghị; chỉ đạo tiểu ban văn kiện hoàn chỉnh dự thảo, công khai dự thảo để lấy ý kiến của cán bộ, đảng viên và "
    "nhân dân theo quy định. Dự thảo hoàn chỉnh gửi Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày "
    "15/5/2020 để tổng hợp, báo cáo.",
    "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào kế hoạch tổ chức đại hội và dự kiến nhân sự cấp ủy "
    "khóa mới của các huyện.",
]
B_AUTHOR = "Thùy Linh"
B_TAGS = ["Ban Thường vụ Tỉnh ủy", "báo cáo chính trị", "đại hội đảng bộ", "nhiệm kỳ 2020 - 2025"]
B_RELATED = [
    ("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ các huyện Như Thanh, "
     "Như Xuân, Thường Xuân", "12/03/2020"),
    ("Hậu Lộc hoàn thành đại hội điểm đảng bộ cơ sở", "24/04/2020"),
    ("Thọ Xuân tập trung chuẩn bị Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025", "27/04/2020"),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo văn kiện Đại hội XIX", "20/04/2020"),
]
B_MOST_READ = [
    "Thanh Hóa nới lỏng giãn cách xã hội, các hoạt động sản xuất, kinh doanh trở lại bình thường",
    "Sầm Sơn chuẩn bị đón khách du lịch trở lại sau dịch COVID-19",
    "Thông báo tuyển sinh vào lớp 10 THPT năm học 2020 - 2021",
    "Nông dân Yên Định khẩn trương thu hoạch lúa chiêm xuân",
    "Cảnh báo thủ đoạn lừa đảo qua mạng trong mùa dịch",
]
B_FOOTER = [
    "BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA",
    "Giấy phép hoạt động báo điện tử số 118/GP-BTTTT ngày 15/3/2017 của Bộ Thông tin và Truyền thông.",
    "Tòa soạn: Số 88 đường Hạc Thành, TP Thanh Hóa. Điện thoại: 0237.3852.xxx.",
    "© Bản quyền thuộc Báo Thanh Hóa. Ghi rõ nguồn \"Báo Thanh Hóa\" khi phát hành lại thông tin từ website này.",
]
B_COOKIE = ("Website sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính "
            "sách này.")

# =====================================================================================================================
# (C) guidance/.md: export of a Tỉnh ủy portal article, meeting of 19/5/2020 (chair: Phó Bí thư Tỉnh ủy, Chủ tịch HĐND)
#     Units: thị xã Bỉm Sơn, huyện Hà Trung.
# =====================================================================================================================
DOC_C_NAME = "guidance/tinhuy-btv-cho-y-kien-du-thao-bcct-bim-son-ha-trung.md"
DOC_C = [
    "---\n"
    "title: \"Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ thị xã Bỉm Sơn và huyện "
    "Hà Trung\"\n"
    "source: \"https://thanhhoa.dcs.example.vn/tin-hoat-dong/btv-tinh-uy-cho-y-kien-du-thao-bcct-bim-son-ha-trung\"\n"
    "date: 2020-05-19T16:30:00+07:00\n"
    "category: \"Tin hoạt động\"\n"
    "tags: [đại hội đảng bộ, báo cáo chính trị, nhiệm kỳ 2020 - 2025]\n"
    "---",
    "# Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Đảng bộ thị xã Bỉm Sơn và huyện Hà Trung",
    "*Cổng Thông tin điện tử Đảng bộ tỉnh Thanh Hóa | 19/05/2020 16:30 | Tin hoạt động*",
    "**Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đại biểu Đảng "
    "bộ thị xã Bỉm Sơn và Đảng bộ huyện Hà Trung, nhiệm kỳ 2020 - 2025. Đồng chí Mai Xuân Bình, Phó Bí thư Tỉnh "
    "ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.**",
    "![Quang cảnh hội nghị](https://thanhhoa.dcs.example.vn/uploads/2020/05/19/hoi-nghi-btv-bim-son-ha-trung.jpg)",
    "*Đồng chí Mai Xuân Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu kết luận hội nghị.*",
    "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng của Tỉnh ủy, Văn "
    "phòng Tỉnh ủy; đại diện lãnh đạo Sở Xây dựng, Sở Văn hóa, Thể thao và Du lịch; các đồng chí trong Ban Thường "
    "vụ Thị ủy Bỉm Sơn và Ban Thường vụ Huyện ủy Hà Trung.",
    "Nhiệm kỳ 2015 - 2020, thị xã Bỉm Sơn đạt và vượt 20/23 chỉ tiêu chủ yếu; công nghiệp - xây dựng tiếp tục giữ "
    "vai trò chủ đạo trong cơ cấu kinh tế; thu ngân sách trên địa bàn năm 2019 đạt 1.215 tỷ đồng, thuộc nhóm địa "
    "phương có số thu lớn của tỉnh. Khu công nghiệp Bỉm Sơn thu hút thêm 14 dự án với tổng vốn đăng ký trên 4.300 "
    "tỷ đồng, tạo việc làm cho hàng nghìn lao động của thị xã và các huyện Hà Trung, Thạch Thành, Nga Sơn.",
    "Huyện Hà Trung có 17/19 chỉ tiêu đạt và vượt kế hoạch; tổng giá trị sản xuất tăng bình quân 10,4%/năm; đến "
    "hết năm 2019 có 19/20 xã đạt chuẩn nông thôn mới, huyện đang hoàn thiện hồ sơ đề nghị công nhận huyện đạt "
    "chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn 2,9%.",
    "Tại hội nghị, các ý kiến thảo luận đánh giá cao tinh thần đổi mới trong xây dựng văn kiện của hai địa phương. "
    "Tuy vậy, các dự thảo còn dài (dự thảo của Bỉm Sơn 42 trang, của Hà Trung 35 trang), nhiều đoạn trùng lặp "
    "giữa phần đánh giá và phần phương hướng; một số chỉ tiêu chưa có căn cứ tính toán.",
    "Kết luận hội nghị, đồng chí Mai Xuân Bình ghi nhận sự chuẩn bị nghiêm túc, kỹ lưỡng của hai đảng bộ. Đồng chí "
    "đề nghị dự thảo báo cáo chính trị của thị xã Bỉm Sơn và huyện Hà Trung phải thể hiện rõ tư duy liên kết vùng "
    "phía Bắc của tỉnh, khai thác lợi thế từ quốc lộ 1, đường cao tốc Bắc - Nam và tuyến đường sắt Bắc - Nam. Hai "
    "địa phương cần thống nhất định hướng phát triển không gian, hạ tầng kết nối ở khu vực giáp ranh, tránh đầu "
    "tư trùng lặp.",
    "Về phương hướng nhiệm kỳ 2020 - 2025, đồng chí lưu ý hệ thống chỉ tiêu chủ yếu chỉ nên trong khoảng 20 - 22 "
    "chỉ tiêu, có căn cứ tính toán cụ thể. Số khâu đột phá nên giới hạn từ 2 đến 3 khâu, gắn với những điểm nghẽn "
    "lớn nhất của địa phương. Phần bài học kinh nghiệm rút ra từ ba đến bốn bài học, sát với thực tiễn lãnh đạo ở "
    "cơ sở. Báo cáo không cần nêu lại những bài học chung đã có trong văn kiện của cấp trên.",
    "Đối với thị xã Bỉm Sơn, đồng chí đề nghị dự thảo làm rõ lộ trình xây dựng Bỉm Sơn trở thành thành phố trực "
    "thuộc tỉnh; đánh giá đầy đủ tác động môi trường của các nhà máy xi măng và giải pháp xử lý bụi, tiếng ồn "
    "trong khu dân cư. Thị xã cần có giải pháp chuyển đổi mô hình tăng trưởng, giảm dần sự phụ thuộc vào công "
    "nghiệp xi măng, phát triển công nghiệp cơ khí, dệt may và dịch vụ. Dự thảo hiện còn dài, cần rút gọn còn "
    "khoảng 30 trang. Thị xã không cần đưa chỉ tiêu sản lượng xi măng vào hệ thống chỉ tiêu chủ yếu.",
    "Với huyện Hà Trung, đồng chí đề nghị bổ sung giải pháp bảo tồn, phát huy giá trị Khu di tích lịch sử - văn "
    "hóa Lăng miếu Triệu Tường, liên kết với Thành nhà Hồ (huyện Vĩnh Lộc) và Động Từ Thức (huyện Nga Sơn) để hình "
    "thành tuyến du lịch văn hóa - tâm linh phía Bắc của tỉnh. Huyện cần làm rõ lộ trình giữ vững và nâng cao chất "
    "lượng các tiêu chí nông thôn mới sau khi được công nhận; chỉ tiêu tỷ lệ đô thị hóa đến năm 2025 cần được tính "
    "toán lại. Dự thảo cũng cần bổ sung giải pháp phòng, chống lũ cho các xã vùng trũng ven sông Hoạt.",
    "Đồng chí Mai Xuân Bình đề nghị Ban Thường vụ Thị ủy Bỉm Sơn và Ban Thường vụ Huyện ủy Hà Trung tiếp thu đầy đủ "
    "ý kiến của các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, khẩn trương hoàn chỉnh dự thảo, gửi về Ban Thường vụ "
    "Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 30/5/2020.",
    "**Lê Hà**",
    "**Tin cùng chuyên mục:**\n"
    "- [Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị đại hội Đảng bộ các huyện Hoằng Hóa, Quảng "
    "Xương, Nông Cống](https://thanhhoa.dcs.example.vn/tin-hoat-dong/btv-tinh-uy-gop-y-3-huyen-dong-bang)\n"
    "- [Thạch Thành: Đại hội điểm Đảng bộ xã Thành Vân thành công tốt đẹp]"
    "(https://thanhhoa.dcs.example.vn/tin-hoat-dong/thach-thanh-dai-hoi-diem)\n"
    "- [Nga Sơn lấy ý kiến nhân dân vào dự thảo văn kiện đại hội](https://thanhhoa.dcs.example.vn/tin-hoat-dong/"
    "nga-son-lay-y-kien-du-thao)",
    "Chia sẻ: Facebook · Zalo · In bài · Về đầu trang",
]

# =====================================================================================================================
# (D) guidance/.docx: Thông báo kết luận số 1712-TB/TU (06/5/2020) of the meeting of 28/4/2020 (doc B)
#     Signed "T/L BAN THƯỜNG VỤ, CHÁNH VĂN PHÒNG" Nguyễn Ngọc Tiến (not the chair).
# =====================================================================================================================
DOC_D_NAME = "guidance/thong-bao-ket-luan-1712-tb-tu-hoang-hoa-quang-xuong-nong-cong.docx"
D_HEAD_LEFT = [("TỈNH ỦY THANH HÓA", True), ("*", False), ("Số 1712-TB/TU", False)]
D_HEAD_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False), ("Thanh Hóa, ngày 06 tháng 5 năm 2020", False)]
D_BODY = [
    ("c", "THÔNG BÁO KẾT LUẬN"),
    ("c2", "của Ban Thường vụ Tỉnh ủy tại hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đại biểu "
           "Đảng bộ các huyện Hoằng Hóa, Quảng Xương, Nông Cống, nhiệm kỳ 2020 - 2025"),
    ("cs", "-----"),
    ("p", "Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình "
          "đại hội đại biểu Đảng bộ các huyện Hoằng Hóa, Quảng Xương, Nông Cống, nhiệm kỳ 2020 - 2025. Sau khi nghe "
          "đại diện Ban Thường vụ các huyện ủy báo cáo tóm tắt dự thảo, ý kiến phát biểu của các đồng chí Ủy viên "
          "Ban Thường vụ Tỉnh ủy và các đại biểu dự hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy, chủ trì hội "
          "nghị đã kết luận như sau:"),
    ("b", "1. Đánh giá chung"),
    ("p", "Ban Thường vụ Tỉnh ủy đánh giá cao Ban Thường vụ các huyện ủy Hoằng Hóa, Quảng Xương, Nông Cống đã chủ "
          "động, nghiêm túc trong xây dựng dự thảo báo cáo chính trị. Các dự thảo được chuẩn bị công phu, bám sát "
          "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại "
          "biểu toàn quốc lần thứ XIII của Đảng và hướng dẫn của Tỉnh ủy; phản ánh khá toàn diện kết quả thực hiện "
          "nghị quyết đại hội nhiệm kỳ 2015 - 2020. Tuy nhiên, các dự thảo còn dài (từ 38 đến 46 trang), nặng về "
          "liệt kê; phần hạn chế, yếu kém chưa chỉ rõ trách nhiệm; một số chỉ tiêu nhiệm kỳ 2020 - 2025 chưa có căn "
          "cứ tính toán."),
    ("b", "2. Những nội dung cần tiếp thu, hoàn thiện chung đối với dự thảo của ba huyện"),
    ("p", "2.1. Về bố cục, dung lượng: Báo cáo chính trị gồm hai phần: đánh giá kết quả thực hiện nghị quyết đại "
          "hội nhiệm kỳ 2015 - 2020 và phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2020 - 2025. Dung lượng "
          "không quá 25 trang khổ A4 (không kể phụ lục); các bảng số liệu chi tiết chuyển thành phụ lục kèm theo. "
          "Báo cáo không cần trình bày lại nội dung kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ huyện."),
    ("p", "2.2. Về đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2015 - 2020: Đánh giá khách quan, trung thực, có "
          "trọng tâm, trọng điểm; so sánh với nhiệm kỳ 2010 - 2015 và với mức bình quân chung của tỉnh. Số liệu "
          "tính đến hết năm 2019 và ước thực hiện năm 2020, thống nhất với số liệu của Cục Thống kê tỉnh. Chỉ rõ "
          "những chỉ tiêu không đạt, nguyên nhân chủ quan và trách nhiệm của tập thể, cá nhân, nhất là người đứng "
          "đầu."),
    ("p", "2.3. Về bài học kinh nghiệm: Rút ra từ 3 đến 4 bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo "
          "của địa phương trong nhiệm kỳ."),
    ("p", "2.4. Về phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2020 - 2025: Bám sát dự thảo văn kiện Đại "
          "hội đại biểu Đảng bộ tỉnh lần thứ XIX và Quy hoạch tổng thể phát triển kinh tế - xã hội của tỉnh. Hệ "
          "thống chỉ tiêu chủ yếu khoảng 18 - 22 chỉ tiêu, chia thành ba nhóm: kinh tế; văn hóa - xã hội, môi "
          "trường; xây dựng Đảng và hệ thống chính trị. Lựa chọn từ 2 đến 3 khâu đột phá phù hợp với tiềm năng, lợi "
          "thế của từng huyện, mỗi khâu đột phá phải có mục tiêu cụ thể đến năm 2025. Nhiệm vụ, giải pháp phải cụ "
          "thể hóa được các chương trình trọng tâm của tỉnh trên địa bàn huyện."),
    ("p", "2.5. Về xây dựng Đảng và hệ thống chính trị: Làm rõ kết quả thực hiện Nghị quyết Trung ương 4 khóa XII "
          "gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị; kết quả sắp xếp tổ chức bộ máy theo Nghị quyết số "
          "18-NQ/TW, Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương khóa XII và sáp nhập thôn, tổ dân phố, "
          "đơn vị hành chính cấp xã. Đề ra giải pháp nâng cao chất lượng sinh hoạt chi bộ và chất lượng đội ngũ "
          "cán bộ cơ sở sau sáp nhập."),
    ("p", "2.6. Về quốc phòng, an ninh: Bổ sung đánh giá việc xây dựng khu vực phòng thủ huyện vững chắc; nắm chắc "
          "tình hình, giải quyết kịp thời các vụ việc phức tạp ở cơ sở, nhất là liên quan đến đất đai, môi trường."),
    ("b", "3. Những nội dung cần bổ sung, làm rõ đối với từng huyện"),
    ("p", "3.1. Đối với huyện Hoằng Hóa: Làm rõ định hướng phát triển du lịch biển Hải Tiến thành khu du lịch trọng "
          "điểm phía Bắc của tỉnh, kéo dài mùa du lịch; xây dựng lộ trình mở rộng đô thị Bút Sơn và vùng phụ cận. "
          "Bổ sung giải pháp bảo tồn, phát huy giá trị di tích lịch sử - văn hóa và truyền thống khoa bảng của quê "
          "hương. Đánh giá sâu hơn kết quả phát triển sản xuất vụ đông và tích tụ ruộng đất."),
    ("p", "3.2. Đối với huyện Quảng Xương: Làm rõ giải pháp khai thác lợi thế của tuyến đường bộ ven biển và khu du "
          "lịch sinh thái biển Tiên Trang. Đánh giá đúng những yếu kém trong quản lý đất đai, trật tự xây dựng, khai "
          "thác khoáng sản; làm rõ trách nhiệm của cấp ủy, chính quyền cơ sở. Tính toán lại chỉ tiêu thu nhập bình "
          "quân đầu người năm 2025 bảo đảm tính khả thi."),
    ("p", "3.3. Đối với huyện Nông Cống: Phân tích rõ lợi thế từ tuyến đường bộ cao tốc Bắc - Nam và vị trí liền kề "
          "Khu kinh tế Nghi Sơn; xác định hướng phát triển công nghiệp hỗ trợ, dịch vụ logistics. Làm rõ nguyên "
          "nhân chuyển dịch cơ cấu lao động chậm; bổ sung giải pháp tiêu úng cho các vùng trũng. Chỉ tiêu tỷ lệ đô "
          "thị hóa đến năm 2025 cần xác định trên cơ sở quy hoạch đô thị đã được phê duyệt."),
    ("b", "4. Tổ chức thực hiện"),
    ("p", "Ban Thường vụ các huyện ủy Hoằng Hóa, Quảng Xương, Nông Cống chỉ đạo tiểu ban văn kiện tiếp thu ý kiến "
          "kết luận tại Thông báo này, hoàn chỉnh dự thảo báo cáo chính trị; tổ chức lấy ý kiến góp ý của cán bộ, "
          "đảng viên và nhân dân; gửi dự thảo đã hoàn chỉnh về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) "
          "chậm nhất ngày 15/5/2020. Riêng Huyện ủy Quảng Xương gửi trước ngày 10/5/2020."),
    ("p", "Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả tiếp thu, chỉnh sửa dự thảo của các "
          "huyện, báo cáo Thường trực Tỉnh ủy."),
    ("p", "Ban Thường vụ Tỉnh ủy thông báo để các huyện ủy và các cơ quan liên quan biết, thực hiện./."),
]
D_NOI_NHAN = [
    ("Nơi nhận:", True),
    ("- Thường trực Tỉnh ủy (b/c),", False),
    ("- Các đồng chí Ủy viên BTV Tỉnh ủy,", False),
    ("- Các huyện ủy: Hoằng Hóa, Quảng Xương, Nông Cống,", False),
    ("- Ban Tuyên giáo Tỉnh ủy,", False),
    ("- Lưu Văn phòng Tỉnh ủy.", False),
]
D_SIGNER = [
    ("T/L BAN THƯỜNG VỤ", True),
    ("CHÁNH VĂN PHÒNG", True),
    ("", False),
    ("(Đã ký)", False),
    ("", False),
    ("Nguyễn Ngọc Tiến", True),
]

# =====================================================================================================================
# (E) reports/.pdf: Báo cáo số 286-BC/HU (08/5/2020) of Huyện ủy Thọ Xuân on the preparation of its congress.
#     Its own achievements and plans; NOT guidance. Thọ Xuân has no comments from the provincial standing committee.
# =====================================================================================================================
DOC_E_NAME = "reports/bao-cao-286-bc-hu-chuan-bi-dai-hoi-dang-bo-huyen-tho-xuan.pdf"
E_HEAD_LEFT = ["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY THỌ XUÂN", "*", "Số 286-BC/HU"]
E_HEAD_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Thọ Xuân, ngày 08 tháng 5 năm 2020"]
E_TITLE = "BÁO CÁO"
E_SUBTITLE = "Kết quả công tác chuẩn bị Đại hội đại biểu Đảng bộ huyện Thọ Xuân, nhiệm kỳ 2020 - 2025"
E_NOTE = "(Trình tại Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27, mở rộng)"
E_RUNNING = "Báo cáo số 286-BC/HU của Huyện ủy Thọ Xuân"
E_BODY = [
    ("p", "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại "
          "hội đại biểu toàn quốc lần thứ XIII của Đảng và kế hoạch của Ban Thường vụ Tỉnh ủy về tổ chức đại hội "
          "đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025, Ban Thường vụ "
          "Huyện ủy báo cáo kết quả công tác chuẩn bị Đại hội đại biểu Đảng bộ huyện, nhiệm kỳ 2020 - 2025 như sau:"),
    ("h1", "I. KHÁI QUÁT KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ NHIỆM KỲ 2015 - 2020"),
    ("p", "Nhiệm kỳ 2015 - 2020, Đảng bộ và nhân dân trong huyện đã đoàn kết, nỗ lực vượt qua khó khăn, ước đạt và "
          "vượt 23/26 chỉ tiêu chủ yếu Nghị quyết Đại hội đề ra. Tổng giá trị sản xuất tăng bình quân 12,8%/năm; thu "
          "nhập bình quân đầu người năm 2019 đạt 48,6 triệu đồng; thu ngân sách trên địa bàn năm 2019 đạt 624 tỷ "
          "đồng. Trong nhiệm kỳ có thêm 14 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn 2,3%."),
    ("p", "Cảng hàng không Thọ Xuân tiếp tục mở rộng các đường bay nội địa, năm 2019 đón gần 1,3 triệu lượt hành "
          "khách; Khu công nghiệp Lam Sơn - Sao Vàng thu hút thêm nhiều dự án dệt may, da giày, giải quyết việc làm "
          "cho hàng vạn lao động trong và ngoài huyện. Huyện đã phối hợp tổ chức thành công Lễ kỷ niệm 600 năm khởi "
          "nghĩa Lam Sơn (1418 - 2018) tại Khu di tích quốc gia đặc biệt Lam Kinh."),
    ("h1", "II. KẾT QUẢ CÔNG TÁC CHUẨN BỊ ĐẠI HỘI"),
    ("h2", "1. Đại hội chi bộ, đảng bộ cơ sở"),
    ("p", "Đảng bộ thị trấn Lam Sơn được chọn tổ chức đại hội điểm cấp cơ sở, hoàn thành ngày 10/3/2020. Thực hiện "
          "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch "
          "COVID-19, trong tháng 4/2020 Ban Thường vụ Huyện ủy đã chỉ đạo tạm hoãn đại hội ở 11 tổ chức cơ sở đảng "
          "và tổ chức lại ngay sau khi kết thúc thời gian giãn cách xã hội. Đến ngày 05/5/2020, 59/59 tổ chức cơ sở "
          "đảng đã tổ chức xong đại hội, đạt 100%."),
    ("h2", "2. Công tác chuẩn bị văn kiện"),
    ("p", "Ban Chấp hành Đảng bộ huyện thành lập Tiểu ban Văn kiện gồm 15 đồng chí do đồng chí Bí thư Huyện ủy làm "
          "Trưởng tiểu ban. Dự thảo báo cáo chính trị đã qua 6 lần chỉnh sửa, gồm 3 phần, dài 34 trang; xác định 24 "
          "chỉ tiêu chủ yếu và 3 khâu đột phá: phát triển đô thị gắn với Cảng hàng không Thọ Xuân; cải cách hành "
          "chính, thu hút đầu tư vào Khu công nghiệp Lam Sơn - Sao Vàng; phát triển nông nghiệp hàng hóa ứng dụng "
          "công nghệ cao."),
    ("p", "Dự thảo đã được gửi xin ý kiến 59 tổ chức cơ sở đảng, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội "
          "và cán bộ lão thành cách mạng; Tiểu ban Văn kiện đã tổng hợp được 312 lượt ý kiến góp ý. Ban Thường vụ "
          "Huyện ủy đã có Tờ trình số 95-TTr/HU ngày 04/5/2020 gửi Ban Thường vụ Tỉnh ủy xin ý kiến vào dự thảo "
          "báo cáo chính trị; dự kiến Ban Thường vụ Tỉnh ủy cho ý kiến trong tháng 5/2020."),
    ("h2", "3. Công tác nhân sự"),
    ("p", "Ban Chấp hành Đảng bộ huyện khóa mới dự kiến 47 đồng chí, Ban Thường vụ 15 đồng chí; số đại biểu chính "
          "thức được triệu tập dự Đại hội là 300 đồng chí. Đề án nhân sự đã được Ban Tổ chức Tỉnh ủy thẩm định."),
    ("h2", "4. Các công tác khác"),
    ("p", "Công tác tuyên truyền được triển khai sâu rộng với nhiều hình thức. Tổng kinh phí tổ chức Đại hội dự kiến "
          "1,85 tỷ đồng, được bố trí từ ngân sách huyện năm 2020."),
    ("h1", "III. NHẬN XÉT CHUNG"),
    ("p", "Công tác chuẩn bị Đại hội được tiến hành đúng hướng dẫn, bảo đảm tiến độ. Tuy nhiên, việc góp ý vào dự "
          "thảo văn kiện ở một số chi bộ còn hình thức; ảnh hưởng của dịch COVID-19 làm chậm tiến độ đại hội ở một "
          "số cơ sở."),
    ("h1", "IV. NHIỆM VỤ TRỌNG TÂM TỪ NAY ĐẾN ĐẠI HỘI"),
    ("item", "1. Tiểu ban Văn kiện tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy, hoàn chỉnh dự thảo báo cáo chính trị "
             "trình Ban Chấp hành Đảng bộ huyện xem xét, thông qua trước ngày 15/6/2020."),
    ("item", "2. Các tổ chức cơ sở đảng tiếp tục tổ chức cho cán bộ, đảng viên và nhân dân góp ý vào dự thảo văn "
             "kiện, phấn đấu 100% đảng viên tham gia góp ý."),
    ("item", "3. Tiểu ban Tổ chức phục vụ hoàn thành việc chuẩn bị cơ sở vật chất, hậu cần trước ngày 30/6/2020."),
    ("item", "4. Công an huyện phối hợp với công an các huyện Triệu Sơn, Thiệu Hóa, Ngọc Lặc bảo đảm an ninh, trật "
             "tự trên các tuyến giáp ranh trong thời gian diễn ra Đại hội."),
    ("item", "5. Đại hội dự kiến tổ chức từ ngày 21 đến ngày 23/7/2020 tại Trung tâm Hội nghị huyện."),
    ("space", ""),
    ("p", "Trên đây là báo cáo kết quả công tác chuẩn bị Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025, Ban "
          "Thường vụ Huyện ủy đề nghị Ban Chấp hành Đảng bộ huyện thảo luận, cho ý kiến."),
]
E_NOI_NHAN = ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy (b/c),",
              "- Các đồng chí Huyện ủy viên,", "- Lưu Văn phòng Huyện ủy."]
E_SIGNER = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)", "Hoàng Văn Dũng"]
