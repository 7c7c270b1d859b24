"""Text of Hướng dẫn số 38-HD/BTGTU (16/9/2024) of Ban Tuyên giáo Tỉnh ủy Lạng Sơn (.docx).

Kinds: title, c (centred bold), ci (centred italic), h1 (bold, part), h2 (bold, numbered section),
h3 (bold italic, lettered item), p (body), table (the task/deadline table below).
"""

GUIDE_LEFT = [
    ("ĐẢNG BỘ TỈNH LẠNG SƠN", True),
    ("BAN TUYÊN GIÁO", True),
    ("*", False),
    ("Số 38-HD/BTGTU", False),
]
GUIDE_RIGHT = [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True),
    ("", False),
    ("Lạng Sơn, ngày 16 tháng 9 năm 2024", False),
]

GUIDE_BODY = [
    ("title", "HƯỚNG DẪN"),
    ("c", "xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố nhiệm kỳ 2025 - 2030"),
    ("ci", "-----"),
    ("p", "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới "
          "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 186-KH/TU ngày 02/8/2024 của Ban "
          "Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ "
          "XVIII, nhiệm kỳ 2025 - 2030, Ban Tuyên giáo Tỉnh ủy hướng dẫn việc xây dựng báo cáo chính trị của "
          "ban chấp hành đảng bộ các huyện, thành phố trình đại hội nhiệm kỳ 2025 - 2030 như sau:"),

    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "Báo cáo chính trị là văn kiện trung tâm của đại hội, kết tinh trí tuệ, ý chí và khát vọng phát triển "
          "của Đảng bộ, chính quyền và Nhân dân các dân tộc trong huyện, thành phố. Hướng dẫn này giúp ban "
          "thường vụ các huyện ủy, thành ủy thống nhất về bố cục, nội dung, dung lượng và cách trình bày báo "
          "cáo, bảo đảm chất lượng văn kiện và tiến độ chuẩn bị đại hội."),
    ("p", "Qua theo dõi đại hội nhiệm kỳ 2020 - 2025, một số báo cáo chính trị cấp huyện còn dài, có báo cáo "
          "trên 40 trang; phần đánh giá nặng về liệt kê số liệu, phần phương hướng chưa thể hiện rõ lợi thế "
          "riêng của địa phương; có nơi xác định tới 25 chỉ tiêu và 4 khâu đột phá nhưng thiếu cơ sở bảo đảm "
          "thực hiện. Những tồn tại này cần được khắc phục trong lần chuẩn bị văn kiện nhiệm kỳ tới."),
    ("h2", "2. Yêu cầu"),
    ("p", "- Quán triệt sâu sắc quan điểm, đường lối của Đảng, cụ thể hóa dự thảo văn kiện Đại hội XIV của Đảng "
          "và dự thảo văn kiện Đại hội XVIII của Đảng bộ tỉnh phù hợp với điều kiện cụ thể của từng địa phương."),
    ("p", "- Đánh giá đúng thực chất, khách quan, trung thực kết quả thực hiện Nghị quyết đại hội nhiệm kỳ "
          "2020 - 2025; không tô hồng thành tích, không né tránh khuyết điểm."),
    ("p", "- Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030 phải bám sát Quy hoạch tỉnh Lạng Sơn thời kỳ "
          "2021 - 2030, tầm nhìn đến năm 2050, phát huy tiềm năng, lợi thế riêng của địa phương; vừa kế thừa, "
          "vừa có bước phát triển mới."),
    ("p", "- Quá trình xây dựng báo cáo phải phát huy dân chủ, trí tuệ của cán bộ, đảng viên và Nhân dân; tổ "
          "chức lấy ý kiến rộng rãi, trong đó có ý kiến của đồng bào các dân tộc thiểu số, người có uy tín ở "
          "thôn, bản."),
    ("p", "- Báo cáo viết ngắn gọn, dễ hiểu, dễ nhớ, dễ thực hiện, văn phong trong sáng. Tránh sao chép nguyên "
          "văn báo cáo của nhiệm kỳ trước hoặc văn kiện của cấp trên."),

    ("h1", "II. BỐ CỤC, NỘI DUNG BÁO CÁO CHÍNH TRỊ"),
    ("h2", "1. Tên gọi và chủ đề đại hội"),
    ("p", "Tên báo cáo thống nhất là: “Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thành phố) khóa … "
          "trình Đại hội đại biểu Đảng bộ huyện (thành phố) lần thứ …, nhiệm kỳ 2025 - 2030”."),
    ("p", "Chủ đề đại hội đặt ngay dưới tên báo cáo, thể hiện mục tiêu tổng quát và khát vọng của Đảng bộ; "
          "viết ngắn gọn, không quá bốn mươi lăm chữ. Chủ đề không nhất thiết phải có đủ các cụm từ như chủ "
          "đề đại hội của tỉnh."),
    ("h2", "2. Bố cục"),
    ("p", "Báo cáo chính trị gồm phần mở đầu, hai phần chính và phần kết luận, cụ thể:"),
    ("p", "- Phần mở đầu: khái quát bối cảnh thực hiện Nghị quyết đại hội nhiệm kỳ 2020 - 2025, viết không quá "
          "một trang."),
    ("p", "- Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội đảng bộ huyện (thành phố) nhiệm kỳ 2020 - 2025; "
          "phần này chiếm khoảng 40% dung lượng báo cáo."),
    ("p", "- Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp chủ yếu nhiệm kỳ 2025 - 2030; phần "
          "này chiếm khoảng 55% dung lượng báo cáo."),
    ("p", "- Phần kết luận: nêu quyết tâm và lời kêu gọi."),
    ("h2", "3. Nội dung chủ yếu của từng phần"),
    ("h3", "a) Phần thứ nhất - Kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2020 - 2025"),
    ("p", "Phần này đánh giá toàn diện kết quả lãnh đạo, chỉ đạo thực hiện Nghị quyết trên các lĩnh vực, đối "
          "chiếu với mục tiêu, chỉ tiêu nghị quyết đề ra và so sánh với nhiệm kỳ 2015 - 2020. Cần tập trung "
          "vào các nội dung sau:"),
    ("p", "- Kinh tế: nêu tốc độ tăng trưởng, quy mô và cơ cấu kinh tế, thu ngân sách trên địa bàn, thu nhập "
          "bình quân đầu người; kết quả phát triển nông, lâm nghiệp, công nghiệp, thương mại, dịch vụ, du lịch "
          "và xây dựng kết cấu hạ tầng."),
    ("p", "- Kết quả thực hiện ba chương trình mục tiêu quốc gia: xây dựng nông thôn mới; giảm nghèo bền vững; "
          "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Nêu rõ số xã đạt chuẩn "
          "nông thôn mới, nông thôn mới nâng cao và tỷ lệ hộ nghèo đầu, cuối nhiệm kỳ."),
    ("p", "- Văn hóa, xã hội: giáo dục, y tế, giải quyết việc làm, an sinh xã hội; bảo tồn, phát huy bản sắc "
          "văn hóa các dân tộc Nùng, Tày, Kinh, Dao, Sán Chay, Hoa…; thực hiện chính sách dân tộc, tôn giáo."),
    ("p", "- Quốc phòng, an ninh, đối ngoại; công tác nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực."),
    ("p", "- Xây dựng Đảng và hệ thống chính trị: chú trọng kết quả sắp xếp tổ chức bộ máy và sắp xếp đơn vị "
          "hành chính cấp xã giai đoạn 2023 - 2025; công tác cán bộ; kết nạp đảng viên, xóa thôn, bản chưa có "
          "đảng viên; công tác kiểm tra, giám sát và thi hành kỷ luật đảng."),
    ("p", "- Kết quả thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025: đánh giá từng khâu, nêu rõ kết quả cụ "
          "thể và những việc chưa làm được."),
    ("p", "Phần thân báo cáo không liệt kê kết quả theo từng xã, thị trấn; số liệu chi tiết của các ngành, các "
          "xã được tổng hợp trong phụ lục."),
    ("p", "- Hạn chế, khuyết điểm: nêu thẳng, nêu đúng những chỉ tiêu không đạt, những lĩnh vực còn yếu và "
          "những vấn đề bức xúc được Nhân dân quan tâm, tránh chung chung."),
    ("p", "- Nguyên nhân: phân tích cả nguyên nhân khách quan và chủ quan, trong đó làm rõ nguyên nhân chủ quan "
          "gắn với trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu."),
    ("p", "- Bài học kinh nghiệm: rút ra từ ba đến năm bài học sát với thực tiễn lãnh đạo của đảng bộ. Những "
          "bài học đã được khẳng định trong văn kiện của Trung ương và của tỉnh thì không cần nhắc lại."),
    ("h3", "b) Phần thứ hai - Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030"),
    ("p", "- Dự báo tình hình: nêu ngắn gọn những thuận lợi, khó khăn tác động trực tiếp đến địa phương trong "
          "5 năm tới, nhất là tác động của các dự án giao thông lớn, của hoạt động kinh tế cửa khẩu và của "
          "thiên tai, biến đổi khí hậu. Phần dự báo không phân tích tình hình thế giới, khu vực."),
    ("p", "- Quan điểm chỉ đạo: chỉ nêu khi thật sự cần thiết và gắn với đặc thù của địa phương; không lặp lại "
          "các quan điểm đã có trong văn kiện đại hội của tỉnh."),
    ("p", "- Mục tiêu tổng quát: viết gọn trong một đoạn văn, thể hiện được khát vọng và định vị của địa "
          "phương đến năm 2030."),
    ("p", "- Chỉ tiêu chủ yếu: không quá 20 chỉ tiêu, chia thành ba nhóm (kinh tế; văn hóa - xã hội, môi "
          "trường; quốc phòng, an ninh và xây dựng Đảng), trong đó nhóm kinh tế có từ 7 đến 9 chỉ tiêu. Chỉ "
          "tiêu phải lượng hóa được, có cơ sở tính toán và không thấp hơn chỉ tiêu tỉnh giao."),
    ("p", "- Bắt buộc có các chỉ tiêu: tốc độ tăng trưởng giá trị sản xuất (thành phố Lạng Sơn dùng chỉ tiêu "
          "tăng trưởng giá trị tăng thêm); thu ngân sách nhà nước trên địa bàn; tỷ lệ hộ nghèo giảm bình quân "
          "hằng năm; tỷ lệ che phủ rừng; số xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ tổ chức cơ sở đảng "
          "hoàn thành tốt nhiệm vụ trở lên."),
    ("p", "- Khâu đột phá: lựa chọn không quá ba khâu đột phá; mỗi khâu phải chỉ rõ nội dung, địa chỉ thực "
          "hiện và kết quả cần đạt vào năm 2030. Khâu đột phá của huyện không bắt buộc trùng với các khâu đột "
          "phá của tỉnh."),
    ("p", "- Nhiệm vụ, giải pháp: xác định theo từng lĩnh vực, có trọng tâm, trọng điểm và gắn với nguồn lực "
          "thực hiện. Cần có một đoạn riêng về chuyển đổi số, ứng dụng khoa học, công nghệ trong sản xuất "
          "nông, lâm nghiệp và trong hoạt động của chính quyền cơ sở."),
    ("p", "- Về văn hóa, xã hội: có giải pháp nâng cao chất lượng giáo dục, y tế ở các xã vùng khó khăn, thu "
          "hẹp khoảng cách thu nhập giữa các vùng trong huyện; bảo tồn lễ hội truyền thống và các làn điệu "
          "then, sli, lượn của đồng bào các dân tộc."),
    ("p", "- Về quốc phòng, an ninh: giữ vững an ninh chính trị, trật tự, an toàn xã hội; chủ động đấu tranh "
          "phòng, chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa qua biên giới."),
    ("p", "- Về xây dựng Đảng: nâng cao chất lượng sinh hoạt chi bộ; chú trọng phát triển đảng viên ở thôn, "
          "bản vùng sâu, vùng xa, nhất là những thôn, bản có đông đồng bào dân tộc thiểu số; xây dựng đội ngũ "
          "cán bộ cấp xã sau sắp xếp."),
    ("h3", "c) Phần kết luận"),
    ("p", "Phần kết luận viết ngắn gọn, khoảng nửa trang, nêu quyết tâm chính trị của Đảng bộ và lời kêu gọi "
          "cán bộ, đảng viên, Nhân dân các dân tộc trong huyện, thành phố."),

    ("h2", "4. Một số nội dung cần làm rõ theo đặc điểm của từng địa phương"),
    ("p", "Ngoài các nội dung chung nêu trên, báo cáo chính trị của một số địa phương cần làm rõ thêm những "
          "vấn đề sau:"),
    ("p", "a) Năm huyện có đường biên giới với Trung Quốc là Tràng Định, Văn Lãng, Cao Lộc, Lộc Bình và Đình "
          "Lập cần có nội dung riêng về quản lý, bảo vệ chủ quyền lãnh thổ, đường biên, mốc giới; xây dựng "
          "thế trận biên phòng toàn dân gắn với thế trận lòng dân; kết quả phối hợp với Bộ đội Biên phòng tỉnh "
          "và công tác đối ngoại nhân dân với các địa phương giáp biên thuộc Khu tự trị dân tộc Choang Quảng "
          "Tây (Trung Quốc)."),
    ("p", "Các huyện này cũng cần đánh giá tình hình dân cư, lao động ở khu vực biên giới và việc ổn định dân "
          "cư các thôn, bản sát biên. Không đưa vào báo cáo các số liệu thuộc danh mục bí mật nhà nước về "
          "quốc phòng, biên giới."),
    ("p", "b) Với Cao Lộc, Văn Lãng và Lộc Bình, cần đánh giá sâu hoạt động xuất, nhập khẩu, dịch vụ logistics "
          "và hạ tầng các cửa khẩu, lối mở; làm rõ nguyên nhân tình trạng ùn ứ hàng hóa, nhất là nông sản vào "
          "mùa cao điểm, và đề xuất giải pháp phát triển Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn theo hướng "
          "cửa khẩu số."),
    ("p", "c) Đối với thành phố Lạng Sơn, đề nghị tập trung đánh giá kết quả chỉnh trang, phát triển đô thị, "
          "xây dựng văn minh đô thị và vai trò trung tâm chính trị, kinh tế, văn hóa của tỉnh."),
    ("p", "Báo cáo của thành phố cũng cần làm rõ việc phối hợp với huyện Cao Lộc trong quy hoạch, kết nối hạ "
          "tầng và mở rộng không gian đô thị. Thành phố không cần đặt chỉ tiêu về tỷ lệ che phủ rừng."),
    ("p", "d) Hai huyện Hữu Lũng và Chi Lăng cần đánh giá tác động của tuyến cao tốc Bắc Giang - Lạng Sơn đến "
          "thu hút đầu tư, phát triển công nghiệp, dịch vụ dọc tuyến và đề ra giải pháp khai thác quỹ đất hai "
          "bên tuyến."),
    ("p", "Riêng Hữu Lũng, với vị trí cửa ngõ phía Nam của tỉnh, giáp các tỉnh Bắc Giang và Thái Nguyên, cần "
          "nêu rõ định hướng phát triển vùng cây ăn quả tập trung gắn với liên kết tiêu thụ sản phẩm. Với Chi "
          "Lăng, cần làm rõ kết quả xây dựng, bảo vệ thương hiệu na Chi Lăng và phát huy giá trị Khu di tích "
          "lịch sử Chi Lăng."),
    ("p", "đ) Bắc Sơn cần gắn việc đánh giá với phát huy giá trị các di tích của cuộc Khởi nghĩa Bắc Sơn, phát "
          "triển du lịch cộng đồng và kết nối tour, tuyến với huyện Bình Gia và tỉnh Thái Nguyên; làm rõ kết "
          "quả xây dựng nhãn hiệu quýt, hồng của địa phương."),
    ("p", "e) Các huyện Văn Quan, Bình Gia và Tràng Định cần đánh giá hiệu quả phát triển vùng trồng hồi, quế "
          "và cây dược liệu, đề ra giải pháp nâng cao giá trị sản phẩm hồi qua chế biến sâu. Tràng Định nêu "
          "thêm định hướng nâng cấp cửa khẩu Bình Nghi và tác động của tuyến cao tốc Đồng Đăng - Trà Lĩnh."),
    ("p", "g) Với Đình Lập và Lộc Bình, cần làm rõ kết quả phát triển kinh tế lâm nghiệp, trồng rừng gỗ lớn, "
          "chế biến lâm sản, quản lý và bảo vệ rừng. Đình Lập nêu thêm việc phối hợp với huyện Tiên Yên (tỉnh "
          "Quảng Ninh) trong quản lý, bảo vệ rừng giáp ranh."),
    ("p", "Khu du lịch Mẫu Sơn do tỉnh trực tiếp chỉ đạo theo đề án riêng, vì vậy báo cáo của Lộc Bình và Cao "
          "Lộc không cần xây dựng mục riêng về nội dung này. Các huyện không có đường biên giới không phải xây "
          "dựng mục riêng về kinh tế cửa khẩu và quốc phòng biên giới."),

    ("h1", "III. HÌNH THỨC, DUNG LƯỢNG VÀ SỐ LIỆU"),
    ("h2", "1. Dung lượng"),
    ("p", "Báo cáo chính trị có dung lượng không quá ba mươi trang khổ A4 (không kể phụ lục)."),
    ("p", "Phụ lục số liệu không quá 12 trang, gồm bảng tổng hợp kết quả thực hiện các chỉ tiêu nhiệm kỳ "
          "2020 - 2025 và bảng chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030."),
    ("p", "Bản tóm tắt báo cáo chính trị để trình bày tại đại hội không quá mười trang, thời gian trình bày "
          "từ 30 đến 35 phút."),
    ("h2", "2. Thể thức trình bày"),
    ("p", "Văn bản soạn trên khổ giấy A4, phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,15; lề trên và lề "
          "dưới 2 cm, lề trái từ 3 đến 3,5 cm."),
    ("p", "Các đề mục đánh số theo thứ tự: phần (Phần thứ nhất, Phần thứ hai), mục La Mã (I, II, III), số Ả "
          "Rập (1, 2, 3), chữ cái (a, b, c) và gạch đầu dòng."),
    ("p", "Thân báo cáo không sử dụng biểu đồ, hình ảnh; trường hợp cần minh họa thì đưa vào phụ lục."),
    ("h2", "3. Số liệu"),
    ("p", "Số liệu năm 2024 lấy số ước thực hiện cả năm, số liệu năm 2025 lấy số dự ước; khi hoàn thiện dự "
          "thảo trình đại hội phải cập nhật số liệu chính thức mới nhất."),
    ("p", "Số liệu phải thống nhất với số liệu của cơ quan thống kê và các phòng, ban chuyên môn; ghi rõ đơn vị "
          "tính, thời điểm và giá so sánh."),
    ("p", "Tỷ lệ phần trăm lấy một chữ số thập phân, dùng dấu phẩy (ví dụ: 65,3%); giá trị tiền tệ tính bằng "
          "tỷ đồng."),
    ("p", "Ban Tuyên giáo Tỉnh ủy không yêu cầu các địa phương gửi kèm số liệu gốc khi gửi dự thảo."),

    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Ban Thường vụ các huyện ủy, thành ủy"),
    ("p", "- Thành lập Tiểu ban Văn kiện do đồng chí bí thư huyện ủy, thành ủy làm trưởng tiểu ban; phân công "
          "cụ thể từng phần cho các thành viên."),
    ("p", "- Tổ chức hội thảo, tọa đàm lấy ý kiến chuyên gia, cán bộ lão thành, doanh nghiệp đối với dự thảo; "
          "tổng hợp, tiếp thu và giải trình đầy đủ các ý kiến."),
    ("p", "- Công khai dự thảo báo cáo chính trị trên trang thông tin điện tử của huyện ủy, thành ủy để Nhân "
          "dân góp ý trong thời gian ít nhất mười lăm ngày."),
    ("p", "- Gửi dự thảo báo cáo chính trị đã hoàn chỉnh xin ý kiến Ban Thường vụ Tỉnh ủy chậm nhất ba mươi "
          "ngày trước ngày khai mạc đại hội."),
    ("h2", "2. Tiến độ thực hiện"),
    ("p", "Các mốc thời gian chủ yếu như sau:"),
    ("table", ""),
    ("p", "Đại hội điểm của Đảng bộ huyện Bắc Sơn dự kiến tổ chức gắn với dịp kỷ niệm 85 năm cuộc Khởi nghĩa "
          "Bắc Sơn; thời gian cụ thể của từng đại hội do Ban Thường vụ Tỉnh ủy quyết định."),
    ("h2", "3. Ban Tuyên giáo Tỉnh ủy"),
    ("p", "Chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc, hướng dẫn các địa "
          "phương; tổng hợp, tham mưu Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của các "
          "đảng bộ tổ chức đại hội điểm. Phân công lãnh đạo Ban và chuyên viên theo dõi, giúp đỡ từng địa "
          "phương."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các địa phương phản ánh về Ban Tuyên giáo Tỉnh "
          "ủy (qua Phòng Lý luận chính trị và Lịch sử Đảng) để được hướng dẫn."),
]

TABLE_HEADER = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"]
TABLE_ROWS = [
    ["1", "Thành lập Tiểu ban Văn kiện, xây dựng đề cương chi tiết báo cáo chính trị",
     "Ban Thường vụ huyện ủy, thành ủy", "Trước ngày 15/10/2024"],
    ["2", "Gửi đề cương chi tiết báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy",
     "Huyện ủy, thành ủy", "Trước ngày 31/10/2024"],
    ["3", "Hoàn thành dự thảo báo cáo chính trị, trình Ban Thường vụ Tỉnh ủy cho ý kiến (đại hội điểm)",
     "Huyện ủy Văn Lãng, Hữu Lũng, Bắc Sơn", "Trong tháng 11/2024"],
    ["4", "Gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Tuyên giáo Tỉnh ủy",
     "Các huyện ủy, thành ủy còn lại", "Trước ngày 20/01/2025"],
    ["5", "Cho ý kiến vào đề cương, dự thảo của các địa phương",
     "Ban Tuyên giáo Tỉnh ủy", "Trong 10 ngày làm việc kể từ ngày nhận được"],
    ["6", "Công khai dự thảo, tổ chức lấy ý kiến cán bộ, đảng viên và Nhân dân",
     "Huyện ủy, thành ủy", "Quý I/2025"],
    ["7", "Phát hành báo cáo chính trị, bản tóm tắt và phụ lục đến đại biểu dự đại hội",
     "Huyện ủy, thành ủy", "Trước ngày khai mạc ít nhất 05 ngày"],
    ["8", "Tổng hợp tình hình, báo cáo Thường trực Tỉnh ủy",
     "Ban Tuyên giáo Tỉnh ủy", "Hằng tháng, trước ngày 25"],
]

GUIDE_NOI_NHAN = [
    ("Nơi nhận:", True),
    ("- Thường trực Tỉnh ủy (b/c),", False),
    ("- Ban Thường vụ các huyện ủy, thành ủy,", False),
    ("- Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy,", False),
    ("- Lãnh đạo Ban,", False),
    ("- Lưu VT, Phòng LLCT-LSĐ.", False),
]
GUIDE_SIGNER = [
    ("K/T TRƯỞNG BAN", True),
    ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", True),
    ("", False),
    ("(đã ký)", False),
    ("", False),
    ("Hoàng Thị Hải Yến", True),
]
