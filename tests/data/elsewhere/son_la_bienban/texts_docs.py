"""Texts of the five corpus documents (Sơn La, 2019-2020). People, figures and document numbers are invented.

Each document is a list of blocks. For .txt files one block = one line; for .docx files the structure is
given explicitly (tables as lists of rows of cell texts, paragraphs as strings).
"""

# --------------------------------------------------------------------------------------------------------------
# 1. Biên bản hội nghị Ban Thường vụ Tỉnh ủy (docx)
# --------------------------------------------------------------------------------------------------------------
BIENBAN_HEADER = [
    ["TỈNH ỦY SƠN LA\n*", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["Số 118-BB/TU", "Sơn La, ngày 17 tháng 3 năm 2020"],
]

BIENBAN_BODY = [
    ("title", "BIÊN BẢN HỘI NGHỊ"),
    ("subtitle", "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đảng bộ "
                 "các huyện Mộc Châu, Vân Hồ, Mai Sơn, Sông Mã và Quỳnh Nhai, nhiệm kỳ 2020 - 2025"),
    ("h1", "I. THỜI GIAN, ĐỊA ĐIỂM"),
    ("p", "Thời gian: bắt đầu lúc 8 giờ 00 phút, ngày 17 tháng 3 năm 2020."),
    ("p", "Địa điểm: Phòng họp tầng 3, trụ sở Tỉnh ủy Sơn La."),
    ("h1", "II. THÀNH PHẦN"),
    ("p", "Chủ trì: đồng chí Lò Văn Thắm, Phó Bí thư Thường trực Tỉnh ủy (đồng chí Bí thư Tỉnh ủy dự hội nghị "
          "tại Trung ương, ủy quyền chủ trì)."),
    ("p", "Dự hội nghị: các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy (vắng 02 đồng chí, có lý do)."),
    ("p", "Mời dự: đồng chí Cầm Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Quàng Văn Bình, Phó Trưởng Ban "
          "Tổ chức Tỉnh ủy; đồng chí Tòng Văn Dũng, Giám đốc Sở Kế hoạch và Đầu tư; đại diện lãnh đạo Cục Thống "
          "kê tỉnh."),
    ("p", "Các đồng chí Bí thư, Phó Bí thư Thường trực và Trưởng Tiểu ban Văn kiện của các huyện Mộc Châu, Vân Hồ, "
          "Mai Sơn, Sông Mã, Quỳnh Nhai."),
    ("p", "Thư ký hội nghị: đồng chí Đinh Thị Mai Hương, Phó Chánh Văn phòng Tỉnh ủy."),
    ("h1", "III. NỘI DUNG HỘI NGHỊ"),
    ("p", "Đồng chí chủ trì nêu mục đích, yêu cầu của hội nghị; đề nghị các huyện trình bày tóm tắt dự thảo không "
          "quá 10 phút, tập trung vào những nội dung còn có ý kiến khác nhau."),
    # --- Mộc Châu
    ("h2", "1. Dự thảo báo cáo chính trị của Đảng bộ huyện Mộc Châu"),
    ("p", "Đồng chí Hà Văn Long, Bí thư Huyện ủy Mộc Châu trình bày tóm tắt dự thảo. Dự thảo dài 41 trang, đề xuất "
          "24 chỉ tiêu và 4 khâu đột phá; chủ đề đại hội nhấn mạnh phát triển du lịch gắn với cao nguyên Mộc Châu."),
    ("p", "Đồng chí Cầm Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu: dự thảo được chuẩn bị công phu, số liệu "
          "phong phú; tuy nhiên dung lượng còn dài, cần rút gọn theo đúng Hướng dẫn số 28-HD/BTGTU, giảm số chỉ "
          "tiêu và chỉ giữ tối đa 3 khâu đột phá."),
    ("p", "Đồng chí Tòng Văn Dũng, Giám đốc Sở Kế hoạch và Đầu tư đề nghị huyện Mộc Châu bổ sung đánh giá hiệu quả "
          "liên kết chuỗi giá trị sữa, chè, rau an toàn; đồng thời làm rõ vì sao chỉ tiêu thu ngân sách không đạt."),
    ("p", "Hội nghị thống nhất: phần đánh giá công tác xây dựng Đảng của huyện cần nêu rõ số bản chưa có đảng viên "
          "và lộ trình khắc phục trong nhiệm kỳ tới."),
    # --- Vân Hồ
    ("h2", "2. Dự thảo báo cáo chính trị của Đảng bộ huyện Vân Hồ"),
    ("p", "Đồng chí Mùa A Vảng, Phó Bí thư Thường trực Huyện ủy Vân Hồ trình bày tóm tắt dự thảo."),
    ("p", "Đồng chí Quàng Văn Bình, Phó Trưởng Ban Tổ chức Tỉnh ủy phát biểu: phần xây dựng Đảng của dự thảo mới "
          "liệt kê số liệu; đề nghị huyện bổ sung phân tích nguyên nhân chất lượng sinh hoạt chi bộ ở các bản vùng "
          "cao còn thấp."),
    ("p", "Đồng chí Lò Văn Thắm đề nghị huyện Vân Hồ và huyện Mộc Châu thống nhất với nhau về số liệu và định hướng "
          "phát triển Khu du lịch quốc gia Mộc Châu, tránh tình trạng mỗi huyện nêu một con số khác nhau về lượng "
          "khách du lịch."),
    ("p", "Đồng chí Cầm Thị Hoa nhận xét: phần dự báo tình hình của Vân Hồ viết ngắn gọn, đúng yêu cầu, các huyện "
          "khác có thể tham khảo."),
    ("p", "Hội nghị thống nhất đề nghị huyện Vân Hồ bổ sung kết quả thực hiện chỉ tiêu trồng rừng và bảo vệ rừng "
          "đặc dụng Xuân Nha."),
    # --- Mai Sơn
    ("h2", "3. Dự thảo báo cáo chính trị của Đảng bộ huyện Mai Sơn"),
    ("p", "Đồng chí Nguyễn Đức Hạnh, Bí thư Huyện ủy Mai Sơn trình bày tóm tắt dự thảo. Dự thảo đề xuất 19 chỉ "
          "tiêu, trong đó tốc độ tăng trưởng giá trị sản xuất bình quân 9,5%/năm."),
    ("p", "Đồng chí Tòng Văn Dũng phát biểu: đề nghị huyện làm rõ định hướng khôi phục Sân bay Nà Sản và vai trò "
          "của Khu công nghiệp Mai Sơn đối với thu ngân sách của huyện."),
    ("p", "Đồng chí Cầm Thị Hoa đề nghị huyện bổ sung đánh giá hiệu quả hệ thống thủy lợi liên huyện hồ Chiềng "
          "Mung, nguồn nước tưới cho vùng mía, cà phê của Mai Sơn và một phần diện tích của huyện Yên Châu giáp "
          "ranh."),
    ("p", "Về đề nghị của huyện đưa bảng số liệu chi tiết của các xã vào thân báo cáo, Hội nghị thống nhất không "
          "cần đưa số liệu từng xã vào báo cáo chính trị của huyện."),
    ("p", "Đồng chí Bí thư Huyện ủy Mai Sơn tiếp thu và giải trình thêm về cơ sở xác định chỉ tiêu tăng trưởng."),
    # --- Sông Mã
    ("h2", "4. Dự thảo báo cáo chính trị của Đảng bộ huyện Sông Mã"),
    ("p", "Đồng chí Cầm Văn Sơn, Phó Bí thư Thường trực Huyện ủy Sông Mã trình bày tóm tắt dự thảo."),
    ("p", "Đồng chí Quàng Văn Bình phát biểu: dự thảo đánh giá tình hình an ninh biên giới còn chung chung; đề nghị "
          "huyện làm rõ kết quả đấu tranh phòng, chống ma túy trên tuyến biên giới và tình trạng xuất cảnh trái "
          "phép."),
    ("p", "Đồng chí Lò Văn Thắm đề nghị Sông Mã bổ sung nội dung phối hợp với huyện Sốp Cộp và các huyện giáp biên "
          "của tỉnh Hủa Phăn (Lào) trong quản lý đường biên, mốc quốc giới."),
    ("p", "Hội nghị thống nhất đề nghị huyện đánh giá thêm tác động của việc khai thác cát, sỏi trên sông Mã đến "
          "sạt lở bờ sông và đời sống nhân dân ven sông."),
    ("p", "Đồng chí Tòng Văn Dũng lưu ý: chỉ tiêu tăng trưởng 14%/năm huyện đề xuất là quá cao so với khả năng, "
          "cần tính toán lại cho sát thực tế."),
    # --- Quỳnh Nhai
    ("h2", "5. Dự thảo báo cáo chính trị của Đảng bộ huyện Quỳnh Nhai"),
    ("p", "Đồng chí Lường Văn Phong, Bí thư Huyện ủy Quỳnh Nhai trình bày tóm tắt dự thảo."),
    ("p", "Đồng chí Cầm Thị Hoa phát biểu: đánh giá cao phần bài học kinh nghiệm của dự thảo, ngắn gọn và sát "
          "thực tiễn."),
    ("p", "Đồng chí Tòng Văn Dũng đề nghị huyện Quỳnh Nhai bổ sung định hướng phát triển nuôi cá lồng và du lịch "
          "trên lòng hồ thủy điện Sơn La, gắn với khu vực cầu Pá Uôn."),
    ("p", "Hội nghị thống nhất đề nghị huyện làm rõ những khó khăn còn tồn đọng trong công tác tái định cư, nhất là "
          "đất sản xuất cho các hộ tái định cư."),
    # --- Kết luận
    ("h1", "IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ HỘI NGHỊ"),
    ("p", "Đồng chí Lò Văn Thắm, Phó Bí thư Thường trực Tỉnh ủy kết luận:"),
    ("p", "Cơ bản đồng ý với kết cấu các dự thảo; ghi nhận sự chuẩn bị tích cực của 5 huyện."),
    ("p", "Đề nghị Ban Thường vụ các huyện ủy, thành ủy trong toàn tỉnh khi hoàn thiện dự thảo phải bám sát dự thảo "
          "Báo cáo chính trị trình Đại hội XV Đảng bộ tỉnh, bảo đảm thống nhất số liệu với Cục Thống kê tỉnh."),
    ("p", "Các chỉ tiêu của huyện phải bảo đảm tính khả thi, có luận cứ rõ ràng, nhất là chỉ tiêu tăng trưởng và "
          "thu ngân sách."),
    ("p", "Các huyện phải tổ chức lấy ý kiến nhân dân đối với dự thảo báo cáo chính trị; thời gian công khai trên "
          "cổng thông tin điện tử của huyện ít nhất 15 ngày."),
    ("p", "Các huyện Mộc Châu, Vân Hồ, Mai Sơn, Sông Mã, Quỳnh Nhai tiếp thu ý kiến hội nghị, hoàn chỉnh dự thảo "
          "gửi Ban Tuyên giáo Tỉnh ủy trước ngày 10/4/2020."),
    ("p", "Giao Ban Tuyên giáo Tỉnh ủy theo dõi, tổng hợp việc tiếp thu của các huyện, báo cáo Thường trực Tỉnh ủy."),
    ("p", "Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước hội nghị và được các thành "
          "viên dự họp nhất trí thông qua."),
]

BIENBAN_SIGN = [["THƯ KÝ\n(Đã ký)\nĐinh Thị Mai Hương", "CHỦ TRÌ HỘI NGHỊ\n(Đã ký)\nLò Văn Thắm"]]

# --------------------------------------------------------------------------------------------------------------
# 2. Thông báo kết luận (docx, core = table)
# --------------------------------------------------------------------------------------------------------------
TB_HEADER = [
    ["TỈNH ỦY SƠN LA\n*", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["Số 512-TB/TU", "Sơn La, ngày 13 tháng 4 năm 2020"],
]

TB_BEFORE = [
    ("title", "THÔNG BÁO KẾT LUẬN"),
    ("subtitle", "của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ thành phố Sơn La và "
                 "các huyện Thuận Châu, Mường La, Yên Châu, Phù Yên, Bắc Yên, nhiệm kỳ 2020 - 2025"),
    ("p", "Ngày 09/4/2020, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Bùi Quang Thịnh, Bí thư Tỉnh ủy, "
          "cho ý kiến vào dự thảo báo cáo chính trị của 6 đơn vị. Sau khi nghe các đơn vị trình bày và ý kiến thảo "
          "luận, Ban Thường vụ Tỉnh ủy kết luận như sau:"),
    ("h1", "1. Đánh giá chung"),
    ("p", "Các dự thảo được chuẩn bị nghiêm túc, bám sát Hướng dẫn số 28-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy; bố "
          "cục cơ bản đúng quy định; nhiều nội dung đánh giá sát thực tế."),
    ("h1", "2. Những nội dung chung cần tiếp thu"),
    ("p", "Đề nghị các đơn vị có ý kiến bổ sung tại bảng ở mục 3 tiếp thu những nội dung chung sau:"),
    ("p", "- Rà soát lại toàn bộ số liệu, bảo đảm khớp với niên giám thống kê năm 2019 của Cục Thống kê tỉnh."),
    ("p", "- Phần hạn chế, yếu kém phải chỉ rõ địa chỉ, trách nhiệm của tập thể, cá nhân."),
    ("p", "- Bổ sung nội dung về tác động của dịch bệnh Covid-19 đến phát triển kinh tế - xã hội năm 2020 và dự báo "
          "cho nhiệm kỳ tới."),
    ("p", "- Không yêu cầu các đơn vị thay đổi bố cục dự thảo đã trình."),
    ("h1", "3. Nội dung cụ thể đối với từng đơn vị"),
]

TB_TABLE = [
    ["Đơn vị", "Nội dung cần bổ sung, hoàn thiện", "Thời hạn gửi lại Ban Tuyên giáo Tỉnh ủy"],
    ["Thành phố Sơn La",
     "Bổ sung đánh giá kết quả chỉnh trang đô thị, phát triển không gian xanh dọc suối Nậm La; Làm rõ nguyên nhân "
     "chậm giải phóng mặt bằng các dự án khu đô thị mới; Bổ sung chỉ tiêu tỷ lệ chất thải rắn đô thị được thu gom, "
     "xử lý",
     "Gửi lại trước ngày 24/4/2020"],
    ["Huyện Thuận Châu",
     "Bổ sung đánh giá kết quả tái canh cà phê và phát triển cây ăn quả trên đất dốc.\n"
     "Làm rõ kết quả giảm nghèo ở các xã biên giới.\n"
     "Tính toán lại chỉ tiêu tăng trưởng (dự thảo đang đặt 12%/năm).",
     "Gửi lại trước ngày 27/4/2020"],
    ["Huyện Mường La",
     "Bổ sung nội dung ổn định đời sống người dân tái định cư các công trình thủy điện Sơn La, Huội Quảng, Bản "
     "Chát; đánh giá nguồn thu ngân sách từ các nhà máy thủy điện trên địa bàn",
     "Gửi lại trước ngày 30/4/2020"],
    ["Huyện Yên Châu", "Cơ bản thống nhất, không có ý kiến bổ sung", "-"],
    ["Huyện Phù Yên",
     "Bổ sung kết quả phát triển nghề trồng dâu nuôi tằm;\n"
     "Làm rõ giải pháp khắc phục hậu quả lũ quét và sắp xếp dân cư vùng có nguy cơ sạt lở",
     "Gửi lại trước ngày 04/5/2020"],
    ["Huyện Bắc Yên",
     "Bổ sung giải pháp giảm nghèo cho đồng bào Mông vùng cao; đánh giá tiềm năng du lịch Tà Xùa và đề xuất cơ chế "
     "thu hút đầu tư",
     "Gửi lại trước ngày 08/5/2020"],
]

TB_AFTER = [
    ("h1", "4. Tổ chức thực hiện"),
    ("p", "Ban Tuyên giáo Tỉnh ủy có trách nhiệm theo dõi, hướng dẫn các đơn vị tiếp thu; tổng hợp, báo cáo Ban "
          "Thường vụ Tỉnh ủy trước ngày 15/5/2020."),
    ("p", "Thông báo này được gửi đến Ban Thường vụ các huyện ủy Quỳnh Nhai, Mộc Châu, Vân Hồ, Mai Sơn, Sông Mã, "
          "Sốp Cộp để tham khảo."),
]

TB_SIGN = [["Nơi nhận:\n- Ban Thường vụ Thành ủy, các huyện ủy (có tên),\n- Ban Tuyên giáo Tỉnh ủy,\n- Lưu Văn phòng "
            "Tỉnh ủy.",
            "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(Đã ký)\nLê Minh Tuấn"]]

# --------------------------------------------------------------------------------------------------------------
# 3. Hướng dẫn của Ban Tuyên giáo Tỉnh ủy (txt, one paragraph per line)
# --------------------------------------------------------------------------------------------------------------
HUONGDAN = [
    "TỈNH ỦY SƠN LA\tĐẢNG CỘNG SẢN VIỆT NAM",
    "BAN TUYÊN GIÁO\t",
    "*\tSơn La, ngày 25 tháng 11 năm 2019",
    "Số 28-HD/BTGTU",
    "HƯỚNG DẪN",
    "xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố nhiệm kỳ 2020 - 2025",
    "-----",
    "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại "
    "biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 142-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy "
    "hướng dẫn việc xây dựng báo cáo chính trị trình đại hội đảng bộ các huyện, thành phố nhiệm kỳ 2020 - 2025 như "
    "sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Báo cáo chính trị là văn kiện trung tâm của đại hội, thể hiện trí tuệ, ý chí và nguyện vọng của toàn đảng bộ "
    "trong nhiệm kỳ mới.",
    "Báo cáo chính trị của đảng bộ huyện, thành phố phải cụ thể hóa dự thảo văn kiện Đại hội XV của Đảng bộ tỉnh vào "
    "điều kiện thực tế của địa phương.",
    "2. Yêu cầu",
    "a) Đánh giá khách quan, trung thực, có phân tích kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2015 - 2020, chỉ "
    "rõ ưu điểm, hạn chế và nguyên nhân.",
    "b) Phương hướng, mục tiêu nhiệm kỳ 2020 - 2025 phải bám sát Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh "
    "Sơn La và tiềm năng, lợi thế riêng của từng huyện, thành phố.",
    "c) Dự thảo phải được gửi lấy ý kiến các chi bộ, đảng bộ cơ sở, Mặt trận Tổ quốc và các đoàn thể chính trị - xã "
    "hội cùng cấp trước khi trình Ban Thường vụ Tỉnh ủy.",
    "d) Văn phong ngắn gọn, rõ ràng, dễ hiểu, phù hợp với cán bộ, đảng viên và nhân dân các dân tộc.",
    "II. BỐ CỤC VÀ NỘI DUNG BÁO CÁO",
    "1. Tên báo cáo và chủ đề đại hội",
    "Tên báo cáo ghi thống nhất: \"Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thành phố) khóa ... trình Đại "
    "hội đại biểu Đảng bộ huyện (thành phố) lần thứ ..., nhiệm kỳ 2020 - 2025\".",
    "Chủ đề đại hội do Ban Thường vụ huyện ủy, thành ủy lựa chọn, thể hiện tinh thần đoàn kết, đổi mới và khát vọng "
    "phát triển, dài không quá 50 chữ.",
    "2. Bố cục",
    "Báo cáo chính trị gồm phần mở đầu và ba phần:",
    "Phần thứ nhất: Kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2015 - 2020 và bài học kinh nghiệm (chiếm khoảng "
    "40% dung lượng).",
    "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025 (chiếm khoảng 45% dung lượng).",
    "Phần thứ ba: Khâu đột phá và tổ chức thực hiện nghị quyết (chiếm khoảng 15% dung lượng).",
    "3. Nội dung các phần",
    "a) Phần mở đầu",
    "Phần mở đầu nêu khái quát bối cảnh, thuận lợi và khó khăn của nhiệm kỳ, viết không quá 15 dòng.",
    "b) Phần thứ nhất",
    "- Đánh giá kết quả thực hiện các chỉ tiêu chủ yếu, có bảng so sánh chỉ tiêu nghị quyết với kết quả đạt được đặt "
    "ở phụ lục.",
    "- Về kinh tế: nêu tốc độ tăng trưởng bình quân, cơ cấu kinh tế, thu ngân sách trên địa bàn, thu nhập bình quân "
    "đầu người năm 2020.",
    "- Đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, nêu rõ số xã đạt chuẩn và số "
    "tiêu chí bình quân/xã.",
    "- Về văn hóa - xã hội: nêu tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ, kết quả giáo dục, y tế, bảo tồn văn hóa các dân "
    "tộc.",
    "- Về quốc phòng, an ninh: đánh giá công tác phòng, chống ma túy và tình hình xuất cảnh trái phép, di cư tự do.",
    "- Về xây dựng Đảng: nêu số đảng viên kết nạp trong nhiệm kỳ, số bản chưa có chi bộ, số bản chưa có đảng viên.",
    "- Hạn chế, yếu kém phải nêu cụ thể, chỉ rõ chỉ tiêu nào không đạt và nguyên nhân chủ quan, trách nhiệm của tập "
    "thể, cá nhân.",
    "- Rút ra từ 3 đến 4 bài học kinh nghiệm có giá trị thực tiễn đối với đảng bộ.",
    "- Không nhắc lại toàn văn các chỉ tiêu của Nghị quyết đại hội nhiệm kỳ 2015 - 2020 trong phần thân báo cáo.",
    "c) Phần thứ hai",
    "- Dự báo tình hình trong nước, của tỉnh và huyện tác động đến nhiệm kỳ, viết ngắn gọn, không quá một trang.",
    "- Không cần dự báo tình hình thế giới và khu vực trong báo cáo chính trị cấp huyện.",
    "- Xác định mục tiêu tổng quát và hệ thống chỉ tiêu chủ yếu, tổng số không quá 22 chỉ tiêu, chia thành ba nhóm: "
    "kinh tế; văn hóa - xã hội - môi trường; xây dựng Đảng và hệ thống chính trị.",
    "- Các chỉ tiêu phải bảo đảm thống nhất về tên gọi, đơn vị tính với hệ thống chỉ tiêu tại Phụ lục kèm theo Hướng "
    "dẫn này.",
    "- Nhiệm vụ, giải pháp phải gắn với từng lĩnh vực, có địa chỉ thực hiện cụ thể.",
    "d) Phần thứ ba",
    "- Lựa chọn không quá 3 khâu đột phá, mỗi khâu nêu rõ nội dung, cơ quan chủ trì và kết quả cần đạt đến năm 2025.",
    "- Nêu cách thức quán triệt và xây dựng chương trình hành động thực hiện nghị quyết ngay sau đại hội.",
    "4. Một số nội dung đặc thù",
    "a) Các huyện có đường biên giới với nước Cộng hòa dân chủ nhân dân Lào (Sốp Cộp, Sông Mã, Thuận Châu, Mai Sơn, "
    "Yên Châu, Mộc Châu, Vân Hồ) phải có nội dung riêng về quản lý, bảo vệ đường biên giới, mốc quốc giới và quan hệ "
    "hữu nghị với các huyện giáp biên của Lào.",
    "b) Các huyện có lòng hồ thủy điện Sơn La (Quỳnh Nhai, Mường La, Thuận Châu) cần đánh giá công tác ổn định đời "
    "sống đồng bào tái định cư và khai thác lợi thế mặt nước lòng hồ.",
    "c) Thành phố Sơn La tập trung đánh giá kết quả xây dựng đô thị xanh, văn minh và vai trò trung tâm chính trị, "
    "kinh tế, văn hóa của tỉnh.",
    "III. THỂ THỨC, DUNG LƯỢNG",
    "1. Báo cáo chính trị dài không quá 35 trang khổ A4, phông chữ Times New Roman cỡ 14, không kể phụ lục.",
    "2. Báo cáo tóm tắt để trình bày tại đại hội không quá 8 trang, thời gian trình bày không quá 25 phút.",
    "3. Số liệu trong báo cáo lấy đến hết tháng 6/2020, ước thực hiện cả năm 2020; nguồn số liệu phải thống nhất với "
    "Chi cục Thống kê huyện.",
    "4. Phụ lục số liệu kèm theo báo cáo không quá 10 trang.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường vụ các huyện ủy, thành ủy thành lập tiểu ban văn kiện, xây dựng đề cương chi tiết gửi Ban Tuyên "
    "giáo Tỉnh ủy trước ngày 31/12/2019.",
    "2. Dự thảo báo cáo chính trị lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) chậm nhất "
    "ngày 28/02/2020 để cho ý kiến.",
    "3. Sau khi có ý kiến của Ban Thường vụ Tỉnh ủy, các huyện, thành phố tiếp thu, hoàn chỉnh và gửi dự thảo chính "
    "thức trước đại hội ít nhất 20 ngày.",
    "4. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp, tham mưu Ban Thường vụ Tỉnh ủy cho ý "
    "kiến vào dự thảo báo cáo chính trị của các huyện, thành phố.",
    "Hướng dẫn này thay thế Hướng dẫn số 19-HD/BTGTU, ngày 12/8/2019 của Ban Tuyên giáo Tỉnh ủy.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo Tỉnh ủy (qua Phòng Lý luận chính "
    "trị) để được hướng dẫn bổ sung.",
    "Nơi nhận:\tK/T TRƯỞNG BAN",
    "- Thường trực Tỉnh ủy (để b/c),\tPHÓ TRƯỞNG BAN",
    "- Ban Thường vụ các huyện ủy, thành ủy,\t(Đã ký)",
    "- Lưu Ban Tuyên giáo Tỉnh ủy.\tLường Thị Thu",
    "PHỤ LỤC",
    "HỆ THỐNG CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025 (GỢI Ý)",
    "(Kèm theo Hướng dẫn số 28-HD/BTGTU ngày 25/11/2019 của Ban Tuyên giáo Tỉnh ủy)",
    "A. Nhóm chỉ tiêu kinh tế",
    "1. Tốc độ tăng trưởng giá trị sản xuất bình quân/năm (%).",
    "2. Thu nhập bình quân đầu người đến năm 2025 (triệu đồng).",
    "3. Thu ngân sách nhà nước trên địa bàn năm 2025 (tỷ đồng).",
    "4. Số xã đạt chuẩn nông thôn mới đến năm 2025 (xã).",
    "5. Diện tích cây ăn quả (ha).",
    "B. Nhóm chỉ tiêu văn hóa - xã hội - môi trường",
    "6. Tỷ lệ hộ nghèo giảm bình quân/năm (%).",
    "7. Tỷ lệ trường đạt chuẩn quốc gia (%).",
    "8. Tỷ lệ dân số tham gia bảo hiểm y tế (%).",
    "9. Tỷ lệ che phủ rừng (%).",
    "10. Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh (%).",
    "C. Nhóm chỉ tiêu xây dựng Đảng và hệ thống chính trị",
    "11. Số đảng viên kết nạp mới trong nhiệm kỳ (đảng viên).",
    "12. Tỷ lệ bản có chi bộ, có đảng viên (%).",
    "13. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm (%).",
    "Ghi chú: Các huyện, thành phố có thể bổ sung chỉ tiêu đặc thù, nhưng tổng số chỉ tiêu không vượt quá số lượng "
    "quy định tại điểm c, mục 3, phần II.",
]

# --------------------------------------------------------------------------------------------------------------
# 4. Past political report of Mai Sơn (2015), txt; the district is named only in the letterhead
# --------------------------------------------------------------------------------------------------------------
MAISON_2015 = [
    "ĐẢNG BỘ TỈNH SƠN LA\tĐẢNG CỘNG SẢN VIỆT NAM",
    "ĐẢNG BỘ HUYỆN MAI SƠN\t",
    "*\tHát Lót, ngày 20 tháng 7 năm 2015",
    "BÁO CÁO CHÍNH TRỊ",
    "của Ban Chấp hành Đảng bộ huyện khóa XIX trình Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2015 - 2020",
    "PHẦN THỨ NHẤT",
    "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2010 - 2015",
    "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "1. Về kinh tế",
    "Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 11,8%/năm, vượt mục tiêu nghị quyết đề ra (10,5%/năm).",
    "Thu nhập bình quân đầu người năm 2015 ước đạt 26,4 triệu đồng, gấp 2,1 lần năm 2010.",
    "Thu ngân sách nhà nước trên địa bàn năm 2015 đạt 186 tỷ đồng, bằng 93% chỉ tiêu nghị quyết.",
    "Diện tích cà phê đạt 10.200 ha, là vùng cà phê lớn nhất tỉnh; diện tích mía ổn định khoảng 9.000 ha, cung cấp "
    "nguyên liệu cho nhà máy đường trên địa bàn.",
    "Cây ăn quả phát triển mạnh, tổng diện tích 6.400 ha, trong đó xoài, nhãn, bưởi là cây chủ lực; sản phẩm xoài "
    "được liên kết tiêu thụ cùng vùng xoài của huyện Yên Châu.",
    "Hạ tầng giao thông được cải thiện; tuyến Quốc lộ 6 qua địa bàn được nâng cấp; huyện đã kiến nghị Trung ương "
    "nghiên cứu khôi phục Sân bay Nà Sản.",
    "Xây dựng nông thôn mới đạt kết quả bước đầu: 2 xã đạt chuẩn, bình quân đạt 9,3 tiêu chí/xã.",
    "2. Về văn hóa - xã hội",
    "Tỷ lệ hộ nghèo giảm từ 29,6% năm 2010 xuống còn 13,1% năm 2015 (theo chuẩn giai đoạn 2011 - 2015).",
    "Tỷ lệ trường đạt chuẩn quốc gia đạt 38%; 100% xã có trạm y tế, 65% xã đạt chuẩn quốc gia về y tế.",
    "Tỷ lệ che phủ rừng đạt 36,5%.",
    "3. Về quốc phòng, an ninh",
    "Quốc phòng, an ninh được giữ vững; phối hợp với thành phố Sơn La và các huyện lân cận đấu tranh triệt phá 214 vụ "
    "án về ma túy; tình trạng di cư tự do cơ bản được kiểm soát.",
    "4. Về xây dựng Đảng",
    "Kết nạp 1.820 đảng viên mới; đến cuối nhiệm kỳ còn 21 bản chưa có chi bộ, 6 bản chưa có đảng viên.",
    "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN",
    "Có 3/16 chỉ tiêu không đạt: thu ngân sách, số xã đạt chuẩn nông thôn mới, tỷ lệ hộ sử dụng nước hợp vệ sinh.",
    "Nguyên nhân chủ quan: công tác chỉ đạo, điều hành ở một số lĩnh vực chưa quyết liệt; một bộ phận cán bộ còn "
    "ngại khó, trông chờ hỗ trợ của cấp trên.",
    "III. BÀI HỌC KINH NGHIỆM",
    "Thứ nhất, giữ vững đoàn kết, thống nhất trong Ban Chấp hành và toàn đảng bộ.",
    "Thứ hai, bám sát cơ sở, lắng nghe ý kiến của nhân dân khi ban hành chủ trương.",
    "Thứ ba, lựa chọn đúng cây trồng chủ lực, gắn sản xuất với chế biến và tiêu thụ.",
    "Thứ tư, phát huy vai trò người đứng đầu và người có uy tín trong đồng bào các dân tộc.",
    "PHẦN THỨ HAI",
    "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2015 - 2020",
    "Mục tiêu tổng quát: xây dựng đảng bộ trong sạch, vững mạnh; phát huy lợi thế vùng cà phê, mía, cây ăn quả; phấn "
    "đấu trở thành huyện có kinh tế phát triển khá của tỉnh.",
    "Các chỉ tiêu chủ yếu:",
    "- Tốc độ tăng trưởng giá trị sản xuất bình quân 10 - 11%/năm.",
    "- Thu nhập bình quân đầu người năm 2020 đạt 42 triệu đồng.",
    "- Thu ngân sách trên địa bàn năm 2020 đạt 300 tỷ đồng.",
    "- Tỷ lệ hộ nghèo giảm bình quân 3%/năm.",
    "- Đến năm 2020 có 8 xã đạt chuẩn nông thôn mới.",
    "- Tỷ lệ che phủ rừng đạt 40%.",
    "- Kết nạp 2.000 đảng viên mới trở lên.",
    "Ba khâu đột phá: (1) phát triển hạ tầng giao thông và thủy lợi; (2) tái canh cà phê, phát triển cây ăn quả ứng "
    "dụng công nghệ cao; (3) cải cách hành chính, nâng cao chất lượng đội ngũ cán bộ cơ sở.",
    "T/M BAN CHẤP HÀNH",
    "BÍ THƯ",
    "(Đã ký)",
    "Trần Văn Phúc",
]

# --------------------------------------------------------------------------------------------------------------
# 5. Distractor: flood-season / natural-disaster plan (txt)
# --------------------------------------------------------------------------------------------------------------
PCTT_2020 = [
    "UBND TỈNH SƠN LA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\tĐộc lập - Tự do - Hạnh phúc",
    "VÀ TÌM KIẾM CỨU NẠN\tSơn La, ngày 06 tháng 4 năm 2020",
    "Số 61/KH-BCH",
    "KẾ HOẠCH",
    "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2020",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, có hiệu quả hậu quả thiên tai, giảm thiểu thiệt "
    "hại về người và tài sản trong mùa mưa lũ năm 2020.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các huyện, thành phố rà soát, bổ sung phương án sơ tán "
    "dân ở vùng có nguy cơ lũ quét, sạt lở đất, báo cáo Ban Chỉ huy tỉnh trước ngày 15/5/2020.",
    "2. Các huyện Mường La, Bắc Yên, Phù Yên, Sốp Cộp, Sông Mã tập trung kiểm tra các điểm dân cư ven sông Đà, sông "
    "Mã và các suối lớn; cắm biển cảnh báo tại các ngầm tràn.",
    "3. Các huyện Quỳnh Nhai, Mường La, Thuận Châu phối hợp với Công ty Thủy điện Sơn La theo dõi mực nước hồ, thông "
    "báo kịp thời cho nhân dân vùng lòng hồ khi xả lũ.",
    "4. Huyện Phù Yên bổ sung phương án di dời 42 hộ ở các bản có nguy cơ sạt lở cao, hoàn thành trước mùa mưa lũ.",
    "5. Thành phố Sơn La rà soát hệ thống thoát nước đô thị, nạo vét suối Nậm La trước ngày 30/4/2020.",
    "6. Các huyện gửi báo cáo nhanh tình hình thiệt hại trong vòng 24 giờ sau mỗi đợt thiên tai.",
    "III. KINH PHÍ",
    "Kinh phí thực hiện kế hoạch được bố trí từ dự toán ngân sách địa phương năm 2020 và Quỹ phòng, chống thiên tai "
    "tỉnh.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Các sở, ngành và Ủy ban nhân dân các huyện, thành phố triển khai thực hiện; định kỳ báo cáo kết quả về Văn phòng "
    "thường trực Ban Chỉ huy tỉnh trước ngày 25 hằng tháng.",
    "KT. TRƯỞNG BAN\tPHÓ TRƯỞNG BAN THƯỜNG TRỰC",
    "(Đã ký)\tVì Văn Thành",
]
