"""Texts of the Đồng Tháp commune-level set (documents and drafts). Used by make_set.py.

Every person, figure and document number is invented. Place names are real or real-sounding.
"""

# ---------------------------------------------------------------------------------------------
# 1. Hướng dẫn (Word .docx). Items: ("title", text) centred bold; ("h", text) bold heading;
#    ("p", text) body paragraph; ("caption", text) italic table caption; ("table", rows, widths_cm).
# ---------------------------------------------------------------------------------------------
HD_LETTERHEAD = [
    ["TỈNH ỦY ĐỒNG THÁP\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 07-HD/BTGDVTU",
     "ĐẢNG CỘNG SẢN VIỆT NAM\n\nMỹ Tho, ngày 10 tháng 7 năm 2025"],
]

HD_BODY = [
    ("title", "HƯỚNG DẪN"),
    ("title", "nội dung báo cáo chính trị trình đại hội đảng bộ xã, phường, nhiệm kỳ 2025 - 2030"),
    ("title", "-----"),
    ("p", "Thực hiện Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc "
          "lần thứ XIV của Đảng và Kế hoạch số 28-KH/TU ngày 03/7/2025 của Ban Thường vụ Tỉnh ủy về tổ chức đại "
          "hội đảng bộ cấp xã, Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành hướng dẫn nội dung báo cáo chính trị "
          "trình đại hội đảng bộ xã, phường như sau."),
    ("p", "Hướng dẫn này gồm ba phần: mục đích, yêu cầu; nội dung chủ yếu của báo cáo chính trị; tổ chức thực "
          "hiện. Đây là lần đầu các đảng bộ xã, phường tổ chức đại hội sau khi chính quyền địa phương hai cấp đi "
          "vào hoạt động từ ngày 01/7/2025."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Báo cáo chính trị là văn kiện trung tâm của đại hội, phải đánh giá khách quan, trung thực kết quả "
          "thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025 trên địa bàn xã, phường sau sắp xếp; xác định đúng "
          "phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030."),
    ("p", "2. Số liệu nhiệm kỳ 2020 - 2025 được tổng hợp từ số liệu của các xã, phường, thị trấn cũ hợp nhất "
          "thành đơn vị mới. Trường hợp không tách được số liệu thì ghi rõ nguồn và phương pháp ước tính ở phần "
          "chú thích."),
    ("p", "3. Báo cáo cụ thể hóa các định hướng của dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ I và "
          "Quy hoạch tỉnh Đồng Tháp, phù hợp với điều kiện thực tế của địa phương. Không nhắc lại toàn văn các "
          "nghị quyết, chỉ thị của cấp trên; chỉ trích dẫn khi thật cần thiết."),
    ("p", "4. Báo cáo viết ngắn gọn, rõ ràng, dễ hiểu, dễ nhớ, để cán bộ, đảng viên và Nhân dân dễ theo dõi, "
          "thực hiện; dự thảo phải được lấy ý kiến rộng rãi trước khi trình đại hội."),
    ("h", "II. NỘI DUNG CHỦ YẾU CỦA BÁO CÁO CHÍNH TRỊ"),
    ("h", "1. Tên báo cáo và chủ đề đại hội"),
    ("p", "a) Tên báo cáo ghi thống nhất: “Báo cáo chính trị của Ban Chấp hành Đảng bộ xã (phường) ... trình Đại "
          "hội đại biểu Đảng bộ xã (phường) lần thứ I, nhiệm kỳ 2025 - 2030”."),
    ("p", "b) Chủ đề đại hội thể hiện tập trung mục tiêu tổng quát của nhiệm kỳ, viết ngắn gọn, không quá 35 chữ."),
    ("h", "2. Phần thứ nhất: Đánh giá kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025"),
    ("p", "a) Đánh giá kết quả đạt được trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng, an ninh, xây "
          "dựng Đảng và hệ thống chính trị. Mỗi chỉ tiêu nghị quyết phải so sánh kết quả thực hiện với mục tiêu "
          "đề ra, nêu rõ đạt, vượt hay không đạt."),
    ("p", "b) Về văn hóa - xã hội, đánh giá kết quả giảm nghèo bền vững, chăm sóc sức khỏe Nhân dân, y tế cơ sở "
          "và phòng, chống dịch bệnh; việc thực hiện chính sách đối với người có công và an sinh xã hội."),
    ("p", "c) Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp: sắp xếp tổ chức bộ máy, bố trí cán "
          "bộ, công chức và giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã, phường."),
    ("p", "d) Hạn chế, yếu kém phải nêu rõ chỉ tiêu không đạt và mức độ không đạt; phân tích nguyên nhân khách "
          "quan, chủ quan, trong đó làm rõ trách nhiệm của cấp ủy và người đứng đầu."),
    ("p", "đ) Rút ra từ 3 đến 4 bài học kinh nghiệm sát với thực tiễn lãnh đạo của đảng bộ."),
    ("h", "3. Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030"),
    ("p", "a) Báo cáo cấp xã không cần phân tích bối cảnh quốc tế và trong nước; chỉ nêu ngắn gọn những thuận "
          "lợi, khó khăn của địa phương trong nhiệm kỳ tới."),
    ("p", "b) Mục tiêu tổng quát viết không quá 80 chữ. Xác định từ 15 đến 18 chỉ tiêu chủ yếu, chia thành ba "
          "nhóm: kinh tế; xã hội - môi trường; xây dựng Đảng và hệ thống chính trị. Các chỉ tiêu bắt buộc nêu tại "
          "Bảng 1."),
    ("caption", "Bảng 1. Các chỉ tiêu bắt buộc trong báo cáo chính trị cấp xã"),
    ("table", [
        ["TT", "Nhóm chỉ tiêu", "Chỉ tiêu bắt buộc", "Ghi chú"],
        ["1", "Kinh tế",
         "Tổng thu ngân sách nhà nước trên địa bàn; thu nhập bình quân đầu người đến năm 2030",
         "Tính theo giá hiện hành"],
        ["2", "Xã hội - môi trường",
         "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều; tỷ lệ dân số tham gia bảo hiểm y tế; tỷ lệ hộ dân sử dụng "
         "nước sạch",
         "Tỷ lệ hộ nghèo tính theo chuẩn giai đoạn 2026 - 2030"],
        ["3", "Xây dựng Đảng và hệ thống chính trị",
         "Số đảng viên mới kết nạp trong nhiệm kỳ; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên "
         "hằng năm",
         "Không đưa chỉ tiêu về số lượng đảng viên bị xử lý kỷ luật"],
    ], [1.0, 3.5, 7.5, 4.5]),
    ("p", "c) Xác định từ 2 đến 3 khâu đột phá; mỗi khâu đột phá nêu rõ kết quả cần đạt đến năm 2030. Không xây "
          "dựng khâu đột phá riêng cho từng ấp, khóm."),
    ("p", "d) Nhiệm vụ, giải pháp tập trung vào những việc thuộc thẩm quyền của cấp xã, gắn với trách nhiệm thực "
          "hiện của từng tổ chức trong hệ thống chính trị; không đưa vào báo cáo các nhiệm vụ thuộc thẩm quyền "
          "của tỉnh."),
    ("p", "đ) Đánh giá và đề ra giải pháp đẩy mạnh chuyển đổi số, xây dựng chính quyền số ở cơ sở."),
    ("h", "4. Nội dung cần làm rõ theo nhóm xã, phường"),
    ("p", "Ngoài các nội dung chung nêu trên, báo cáo chính trị của các xã, phường cần làm rõ thêm những nội dung "
          "theo nhóm tại Bảng 2."),
    ("caption", "Bảng 2. Nội dung cần làm rõ theo nhóm xã, phường"),
    ("table", [
        ["Nhóm", "Xã, phường", "Nội dung cần làm rõ"],
        ["Nhóm 1: Đô thị",
         "Phường Mỹ Tho, phường Cao Lãnh, phường Sa Đéc, phường Gò Công, phường Hồng Ngự",
         "Quản lý, chỉnh trang đô thị và trật tự xây dựng; phát triển thương mại, dịch vụ; nuôi dưỡng nguồn thu "
         "ngân sách trên địa bàn."],
        ["Nhóm 2: Ven biển, cù lao",
         "Xã Gò Công Đông, xã Tân Phú Đông",
         "Ứng phó xâm nhập mặn, sạt lở bờ biển, bờ sông; phát triển nuôi trồng thủy sản và kinh tế biển."],
        ["Nhóm 3: Biên giới",
         "Xã Tân Hồng, xã Thường Phước",
         "Quốc phòng, an ninh, bảo vệ chủ quyền biên giới quốc gia; phòng, chống buôn lậu, gian lận thương mại "
         "qua biên giới."],
        ["Nhóm 4: Nông nghiệp",
         "Xã Tháp Mười, xã Cái Bè, xã Lai Vung, xã Tân Phước, xã Chợ Gạo",
         "Chuyển đổi cơ cấu cây trồng, vật nuôi; xây dựng vùng nguyên liệu gắn với liên kết tiêu thụ; xây dựng "
         "nông thôn mới nâng cao, nông thôn mới kiểu mẫu."],
    ], [3.5, 5.5, 7.5]),
    ("p", "a) Các phường không cần đánh giá chương trình xây dựng nông thôn mới; kết quả nông thôn mới của các xã "
          "cũ trước khi nhập vào phường được tổng hợp trong phụ lục."),
    ("p", "b) Riêng xã Lai Vung nêu rõ kết quả phát triển vùng chuyên canh quýt hồng và làng nghề sản xuất nem."),
    ("p", "c) Phường Sa Đéc đánh giá thêm việc bảo tồn, phát triển Làng hoa Sa Đéc gắn với du lịch; phường Cao "
          "Lãnh làm rõ vai trò trung tâm giáo dục, đào tạo của vùng."),
    ("p", "d) Xã Tháp Mười làm rõ kết quả bảo vệ, phát triển rừng tràm gắn với du lịch sinh thái; các xã biên "
          "giới chú trọng đánh giá công tác vận động Nhân dân khu vực biên giới tham gia tự quản đường biên, cột "
          "mốc."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Dung lượng và hình thức"),
    ("p", "- Báo cáo chính trị không quá 20 trang khổ A4 (không kể phụ lục), phông chữ Times New Roman, cỡ chữ 14."),
    ("p", "- Phụ lục số liệu không quá 10 trang; báo cáo tóm tắt trình bày tại đại hội không quá 8 trang, thời "
          "gian trình bày không quá 20 phút."),
    ("p", "- Số liệu đánh giá tính đến ngày 30/6/2025 và ước thực hiện cả năm 2025."),
    ("p", "2. Lấy ý kiến: Đảng ủy xã, phường tổ chức lấy ý kiến cán bộ, đảng viên, Mặt trận Tổ quốc, các tổ chức "
          "chính trị - xã hội và Nhân dân vào dự thảo báo cáo; thời gian lấy ý kiến ít nhất 10 ngày."),
    ("p", "3. Thời hạn: Ban Thường vụ đảng ủy xã, phường gửi dự thảo báo cáo chính trị và phụ lục số liệu về Ban "
          "Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 31/7/2025 để cho ý kiến. Không cần "
          "gửi kèm báo cáo tóm tắt khi xin ý kiến."),
    ("p", "4. Ban Tuyên giáo và Dân vận Tỉnh ủy có trách nhiệm theo dõi, tổng hợp ý kiến góp ý và báo cáo Ban "
          "Thường vụ Tỉnh ủy tiến độ chuẩn bị văn kiện của các đảng bộ xã, phường."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo và Dân vận Tỉnh ủy "
          "(Phòng Lý luận chính trị và Lịch sử Đảng, điện thoại 0273.3872.415) để được hướng dẫn."),
]

HD_SIGNATURE = [
    ["Nơi nhận:\n- Thường trực Tỉnh ủy (báo cáo),\n- Các đảng ủy xã, phường,\n- Lưu Văn phòng Ban.",
     "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n(Đã ký)\nVõ Thị Kim Ngân"],
]

# ---------------------------------------------------------------------------------------------
# 2. News article saved as a full HTML page.
# ---------------------------------------------------------------------------------------------
NEWS_TITLE = "Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của 4 đảng bộ xã, phường"
NEWS_SAPO = ("(ĐT) - Chiều 07/8, Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức hội nghị cho ý kiến vào dự thảo báo cáo "
             "chính trị trình đại hội đảng bộ phường Mỹ Tho, xã Tháp Mười, xã Gò Công Đông và xã Tân Hồng, nhiệm kỳ "
             "2025 - 2030.")
NEWS_PARAS_1 = [
    "Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Cùng dự có đồng chí Lê Thị Ngọc "
    "Diễm, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; lãnh đạo các ban xây dựng Đảng Tỉnh "
    "ủy và bí thư, phó bí thư các đảng ủy có dự thảo.",
    "Theo báo cáo của Ban Tuyên giáo và Dân vận Tỉnh ủy, 4 dự thảo cơ bản bám sát Hướng dẫn số 07-HD/BTGDVTU, bố "
    "cục hợp lý, số liệu được tổng hợp từ các đơn vị cũ trước sắp xếp. Tuy vậy, một số dự thảo còn dài, số liệu "
    "giữa phần đánh giá và phụ lục chưa khớp.",
]
NEWS_CAPTION = ("Đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị. "
                "Ảnh: MINH TRÍ")
NEWS_PARAS_2 = [
    "Đối với dự thảo của Đảng bộ phường Mỹ Tho, các ý kiến thống nhất cao với phần đánh giá kết quả nhiệm kỳ. "
    "Ban Thường vụ Tỉnh ủy đề nghị phường rút gọn dự thảo từ 26 trang xuống đúng dung lượng quy định, làm rõ vai "
    "trò của phường là trung tâm hành chính - chính trị của tỉnh sau hợp nhất.",
    "Phường cần bổ sung chỉ tiêu về tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình; khâu "
    "đột phá về chỉnh trang đô thị phải gắn với các tuyến phố ven sông Tiền và khu vực chợ Mỹ Tho.",
    "Góp ý dự thảo của Đảng bộ xã Tháp Mười, các đại biểu ghi nhận dự thảo phản ánh khá đầy đủ kết quả sản xuất "
    "lúa chất lượng cao và phát triển vùng sen. Tuy nhiên, dự thảo đề ra 21 chỉ tiêu, vượt khung hướng dẫn; đề "
    "nghị rà soát, giảm còn không quá 18 chỉ tiêu, bỏ các chỉ tiêu trùng lặp giữa các nhóm.",
    "Xã cần đánh giá sâu hơn hiệu quả các mô hình hợp tác xã, liên kết tiêu thụ lúa gạo; định hướng phát triển "
    "du lịch sinh thái phải đặt trong tổng thể vùng Đồng Tháp Mười, tránh đầu tư dàn trải.",
    "Với dự thảo của Đảng bộ xã Gò Công Đông, Ban Thường vụ Tỉnh ủy lưu ý bổ sung đánh giá tình hình sạt lở bờ "
    "biển, hiệu quả các tuyến kè chắn sóng và trồng rừng phòng hộ ven biển. Khâu đột phá về hạ tầng giao thông "
    "cần làm rõ tuyến đường kết nối với phường Gò Công, tránh trùng lặp với nhiệm vụ đã giao cho phường; định "
    "hướng phát triển điện gió, du lịch biển phải bám sát Quy hoạch tỉnh.",
    "Đối với Đảng bộ xã Tân Hồng, dự thảo cần đánh giá sâu hơn công tác phối hợp với Đồn Biên phòng trong quản "
    "lý, bảo vệ đường biên, mốc quốc giới; làm rõ tiềm năng và giải pháp phát triển kinh tế cửa khẩu Dinh Bà. "
    "Phần hạn chế còn chung chung, chưa chỉ rõ trách nhiệm của tập thể, cá nhân.",
    "Kết luận hội nghị, đồng chí Nguyễn Văn Hòa đề nghị 4 đảng bộ tiếp thu đầy đủ ý kiến góp ý, hoàn chỉnh dự "
    "thảo và gửi lại trước ngày 15/8/2025 để Ban Thường vụ Tỉnh ủy xem xét.",
    "Đồng chí cũng lưu ý các đảng ủy xã, phường trong toàn tỉnh thống nhất số liệu giữa báo cáo chính trị, báo "
    "cáo kiểm điểm của Ban Chấp hành và phụ lục; không lặp lại trong báo cáo chính trị những nội dung đã nêu "
    "trong báo cáo kiểm điểm; chú trọng lấy ý kiến của Nhân dân, nhất là ở những địa bàn mới hợp nhất.",
]
NEWS_BYLINE = "MINH TRÍ - NGỌC HÂN"
NEWS_RELATED = [
    ("tan-phu-dong-to-chuc-dai-hoi-diem", "Tân Phú Đông tổ chức đại hội điểm cấp xã nhiệm kỳ 2025 - 2030"),
    ("huong-dan-noi-dung-bao-cao-chinh-tri", "Hướng dẫn mới về nội dung báo cáo chính trị đại hội đảng bộ cấp xã"),
    ("cao-lanh-lay-y-kien-nhan-dan", "Phường Cao Lãnh lấy ý kiến Nhân dân vào dự thảo văn kiện đại hội"),
    ("xa-bien-gioi-mua-nuoc-noi", "Những việc các xã biên giới phải làm trước mùa nước nổi"),
]
NEWS_MOST_READ = [
    ("sot-xuat-huyet-cai-be-cho-gao", "Sốt xuất huyết gia tăng ở Cái Bè, Chợ Gạo: các xã cần làm gì?"),
    ("gia-quyt-hong-lai-vung", "Giá quýt hồng Lai Vung tăng mạnh dịp cuối năm"),
    ("lang-hoa-sa-dec-vu-tet", "Làng hoa Sa Đéc chuẩn bị vụ hoa Tết"),
    ("khoi-cong-ke-chan-song-go-cong-dong", "Khởi công tuyến kè chắn sóng ở Gò Công Đông"),
    ("thu-ngan-sach-7-thang", "Thu ngân sách 7 tháng đạt 68% dự toán"),
]

# ---------------------------------------------------------------------------------------------
# 3. Thông báo kết luận (plain text, one paragraph per line).
# ---------------------------------------------------------------------------------------------
TB_LINES = [
    "TỈNH ỦY ĐỒNG THÁP                                   ĐẢNG CỘNG SẢN VIỆT NAM",
    "        *",
    "Số 46-TB/TU                                 Mỹ Tho, ngày 28 tháng 7 năm 2025",
    "",
    "THÔNG BÁO KẾT LUẬN",
    "của Thường trực Tỉnh ủy về tiến độ chuẩn bị văn kiện đại hội đảng bộ xã, phường, nhiệm kỳ 2025 - 2030",
    "-----",
    "",
    "Ngày 25/7/2025, Thường trực Tỉnh ủy họp nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo tiến độ chuẩn bị văn "
    "kiện đại hội đảng bộ các xã, phường. Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Phan Văn "
    "Thắng, Bí thư Tỉnh ủy kết luận như sau:",
    "1. Đến ngày 25/7/2025, có 38/102 đảng bộ xã, phường đã hoàn thành dự thảo báo cáo chính trị; nhiều dự thảo "
    "còn dài, chưa tách được số liệu của các đơn vị cũ, phần hạn chế còn nêu chung chung.",
    "2. Do khối lượng tổng hợp số liệu sau sắp xếp lớn, Thường trực Tỉnh ủy thống nhất điều chỉnh thời hạn gửi "
    "dự thảo báo cáo chính trị về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) chậm nhất ngày "
    "06/8/2025, thay cho thời hạn quy định tại điểm 3 mục III Hướng dẫn số 07-HD/BTGDVTU ngày 10/7/2025 của Ban "
    "Tuyên giáo và Dân vận Tỉnh ủy. Các nội dung khác của Hướng dẫn giữ nguyên.",
    "3. Các đảng ủy xã, phường khi hoàn chỉnh dự thảo cần bổ sung đánh giá công tác phòng, chống tham nhũng, lãng "
    "phí, tiêu cực ở cơ sở, nhất là trong quản lý đất đai, đầu tư công và thực hiện các chính sách an sinh xã hội.",
    "4. Đảng bộ phường Mỹ Tho, xã Tháp Mười, xã Gò Công Đông và xã Tân Hồng gửi dự thảo trước ngày 04/8/2025 để "
    "Ban Thường vụ Tỉnh ủy cho ý kiến tại hội nghị ngày 07/8/2025; các đảng bộ còn lại nghiên cứu ý kiến góp ý "
    "của Ban Thường vụ Tỉnh ủy đối với 4 dự thảo này để vận dụng.",
    "5. Giao Ban Tổ chức Tỉnh ủy phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn việc chuẩn bị nhân sự "
    "và văn kiện bảo đảm đồng bộ; Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này.",
    "Thường trực Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.",
    "",
    "Nơi nhận:                                          T/L THƯỜNG TRỰC TỈNH ỦY",
    "- Thường trực Tỉnh ủy,                                 CHÁNH VĂN PHÒNG",
    "- Các ban xây dựng Đảng Tỉnh ủy,",
    "- Các đảng ủy xã, phường,                                  (Đã ký)",
    "- Lưu Văn phòng Tỉnh ủy.                                Đỗ Minh Luân",
]

# ---------------------------------------------------------------------------------------------
# 4. Past report of xã Tân Phú Đông (Word .docx); the commune is named only in letterhead / title.
# ---------------------------------------------------------------------------------------------
RP_LETTERHEAD = [
    ["ĐẢNG BỘ TỈNH ĐỒNG THÁP\nĐẢNG BỘ XÃ TÂN PHÚ ĐÔNG\n*",
     "ĐẢNG CỘNG SẢN VIỆT NAM\n\nngày 24 tháng 7 năm 2025"],
]
RP_BODY = [
    ("title", "BÁO CÁO CHÍNH TRỊ"),
    ("title", "của Ban Chấp hành Đảng bộ xã Tân Phú Đông trình Đại hội đại biểu Đảng bộ xã lần thứ I, "
              "nhiệm kỳ 2025 - 2030"),
    ("p", "Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết; khai thác hiệu quả lợi thế "
          "cù lao, kinh tế biển; xây dựng xã phát triển nhanh, bền vững."),
    ("h", "PHẦN THỨ NHẤT"),
    ("h", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025"),
    ("p", "Xã được thành lập ngày 01/7/2025 trên cơ sở hợp nhất ba xã cũ, diện tích tự nhiên 87,4 km², dân số "
          "41.260 người; Đảng bộ có 38 chi bộ trực thuộc với 1.318 đảng viên."),
    ("h", "1. Kết quả đạt được"),
    ("p", "Kinh tế tiếp tục tăng trưởng; thu nhập bình quân đầu người năm 2025 ước đạt 64,5 triệu đồng, vượt mục "
          "tiêu nghị quyết (60 triệu đồng). Tổng thu ngân sách nhà nước trên địa bàn năm 2024 đạt 41,2 tỷ đồng."),
    ("p", "Diện tích nuôi tôm thẻ chân trắng, tôm sú đạt 2.150 ha, tăng 38% so với đầu nhiệm kỳ; sản lượng thủy "
          "sản năm 2024 đạt 18.600 tấn. Mô hình tôm - lúa, nuôi nghêu vùng bãi bồi được nhân rộng."),
    ("p", "Văn hóa - xã hội có nhiều chuyển biến. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 7,12% (năm 2020) "
          "xuống còn 1,86% (cuối năm 2024); tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,4%; tỷ lệ hộ dân sử dụng "
          "nước sạch đạt 97,2%."),
    ("p", "Công tác phòng, chống xâm nhập mặn được chủ động; trong nhiệm kỳ đã xây dựng 6,8 km đê bao, kè chống "
          "sạt lở và 14 cống ngăn mặn. Tuyến phà kết nối với xã Gò Công Đông được nâng cấp, rút ngắn thời gian "
          "đi lại của Nhân dân."),
    ("p", "Công tác xây dựng Đảng được chú trọng; kết nạp 146 đảng viên mới, đạt 104% chỉ tiêu; hằng năm có trên "
          "85% chi bộ hoàn thành tốt nhiệm vụ trở lên."),
    ("h", "2. Hạn chế, yếu kém và nguyên nhân"),
    ("p", "Có 2/16 chỉ tiêu không đạt: thu hút dự án đầu tư (đạt 2/5 dự án) và trồng mới rừng phòng hộ ven biển "
          "(đạt 41 ha/60 ha). Sạt lở bờ sông Cửa Đại vẫn diễn biến phức tạp; kinh tế biển chưa tương xứng với "
          "tiềm năng."),
    ("p", "Nguyên nhân chủ quan là một số cấp ủy chưa quyết liệt trong lãnh đạo, chỉ đạo; nguyên nhân khách quan "
          "là biến đổi khí hậu, xâm nhập mặn gay gắt trong mùa khô năm 2020 và năm 2024."),
    ("h", "3. Bài học kinh nghiệm"),
    ("p", "Nhiệm kỳ qua rút ra ba bài học: giữ vững đoàn kết thống nhất trong Đảng bộ; thật sự dựa vào Nhân dân; "
          "bám sát cơ sở để lãnh đạo, chỉ đạo."),
    ("h", "PHẦN THỨ HAI"),
    ("h", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030"),
    ("p", "Nhiệm kỳ 2025 - 2030 đề ra 16 chỉ tiêu chủ yếu, trong đó thu nhập bình quân đầu người đến năm 2030 đạt "
          "95 triệu đồng; tỷ lệ hộ nghèo theo chuẩn đa chiều giai đoạn mới giảm bình quân 0,5%/năm; tỷ lệ dân số "
          "tham gia bảo hiểm y tế đạt trên 95%."),
    ("p", "Ba khâu đột phá: (1) hoàn thiện hạ tầng giao thông, đê bao ven biển; (2) phát triển nuôi trồng thủy sản "
          "ứng dụng công nghệ cao; (3) cải cách hành chính, chuyển đổi số."),
    ("p", "BAN CHẤP HÀNH ĐẢNG BỘ XÃ"),
]

# ---------------------------------------------------------------------------------------------
# 5. Distractor: Sở Y tế plan on dengue (plain text, one paragraph per line), mis-filed under guidance/.
# ---------------------------------------------------------------------------------------------
DX_LINES = [
    "UBND TỈNH ĐỒNG THÁP                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "     SỞ Y TẾ                                 Độc lập - Tự do - Hạnh phúc",
    "Số: 1520/KH-SYT                            Mỹ Tho, ngày 15 tháng 7 năm 2025",
    "",
    "KẾ HOẠCH",
    "Phòng, chống bệnh sốt xuất huyết trên địa bàn tỉnh năm 2025",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Chủ động phòng, chống dịch bệnh sốt xuất huyết, không để dịch lớn xảy ra; giảm 10% số ca mắc so với "
    "trung bình 5 năm.",
    "2. Các xã, phường xác định rõ chỉ tiêu, nhiệm vụ và phân công trách nhiệm cụ thể cho từng ấp, khóm.",
    "II. NỘI DUNG",
    "1. Tổ chức chiến dịch diệt lăng quăng, bọ gậy 02 đợt: đợt 1 từ ngày 01/8/2025 đến ngày 15/8/2025; đợt 2 "
    "từ ngày 05/10/2025 đến ngày 20/10/2025.",
    "2. Các xã, phường trọng điểm gồm phường Cao Lãnh, phường Sa Đéc, xã Cái Bè, xã Chợ Gạo và xã Lai Vung phải "
    "thành lập đội xung kích diệt lăng quăng ở từng ấp, khóm.",
    "3. Không cần phun hóa chất diện rộng khi chưa có ổ dịch; chỉ phun xử lý khu vực có ca bệnh.",
    "4. Y tế cơ sở giám sát ca bệnh, báo cáo ngay khi phát hiện ổ dịch; tăng cường tuyên truyền tại các điểm du "
    "lịch đông người như Làng hoa Sa Đéc, chợ nổi Cái Bè.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, hướng dẫn chuyên môn.",
    "2. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Y tế trước ngày 25 hằng tháng; báo cáo "
    "tổng kết năm gửi trước ngày 15/12/2025.",
    "3. Kinh phí thực hiện từ nguồn ngân sách sự nghiệp y tế năm 2025.",
    "",
    "Nơi nhận:                                           KT. GIÁM ĐỐC",
    "- UBND tỉnh (b/c);                                  PHÓ GIÁM ĐỐC",
    "- UBND các xã, phường;",
    "- Lưu: VT, NVY.                                    Trương Văn Nhàn",
]

# ---------------------------------------------------------------------------------------------
# Drafts (.txt)
# ---------------------------------------------------------------------------------------------
DRAFT_CAO_LANH = """ĐẢNG BỘ PHƯỜNG CAO LÃNH
Dự thảo lần 2 - ngày 02/8/2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ phường Cao Lãnh trình Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030

Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy truyền thống, khơi dậy khát vọng; xây dựng phường Cao Lãnh văn minh, hiện đại, là trung tâm giáo dục, đào tạo của vùng.

PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025

1. Kết quả đạt được
Phường được thành lập từ ngày 01/7/2025 trên cơ sở hợp nhất bốn phường cũ và hai xã cũ. Số liệu nhiệm kỳ được tổng hợp từ các đơn vị cũ; riêng số thu ngân sách năm 2020 của hai xã cũ không tách được nên được ước tính theo tỷ lệ dân số (nguồn: Chi cục Thuế khu vực, chú thích tại Phụ lục 1).
Về kinh tế, tổng thu ngân sách nhà nước trên địa bàn năm 2024 đạt 512 tỷ đồng, vượt 6,7% so với mục tiêu nghị quyết (480 tỷ đồng); thu nhập bình quân đầu người năm 2025 ước đạt 86 triệu đồng, đạt mục tiêu đề ra. Thương mại, dịch vụ phát triển khá, tổng mức bán lẻ hàng hóa tăng bình quân 9,2%/năm; nguồn thu từ khu vực dịch vụ chiếm 61% tổng thu ngân sách trên địa bàn và được nuôi dưỡng ổn định.
Công tác quản lý, chỉnh trang đô thị được tập trung lãnh đạo; hoàn thành chỉnh trang 14 tuyến đường, lát vỉa hè 21 km; 93% trường hợp vi phạm trật tự xây dựng được xử lý ngay từ khi phát sinh (mục tiêu 90%).
Về văn hóa - xã hội, tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 1,9% xuống còn 0,42%, vượt mục tiêu (dưới 1%); tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,1% (mục tiêu 95%); mạng lưới y tế cơ sở được củng cố, không để dịch bệnh lớn xảy ra. Chính sách đối với người có công và an sinh xã hội được thực hiện đầy đủ, kịp thời; 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư.
Phường tiếp tục khẳng định vai trò trung tâm giáo dục, đào tạo của vùng: trên địa bàn có 2 trường đại học, cao đẳng và 1 trường chính trị; 100% trường công lập đạt chuẩn quốc gia; phường phối hợp đào tạo nghề cho hơn 6.000 lao động của các xã lân cận.
Kết quả xây dựng nông thôn mới của hai xã cũ trước khi nhập vào phường (đều đạt chuẩn nông thôn mới nâng cao năm 2023) được tổng hợp tại Phụ lục 3.
Quốc phòng, an ninh được giữ vững; trật tự, an toàn xã hội được bảo đảm.
Bước đầu vận hành chính quyền địa phương hai cấp, sau một tháng bộ máy đã đi vào nền nếp; 100% cán bộ, công chức được bố trí theo vị trí việc làm; Trung tâm Phục vụ hành chính công phường tiếp nhận 4.126 hồ sơ, giải quyết đúng hạn 98,6%.
Công tác xây dựng Đảng: kết nạp 212 đảng viên mới, vượt 6% chỉ tiêu; hằng năm 92% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên (mục tiêu 85%). Công tác phòng, chống tham nhũng, lãng phí được quan tâm.

2. Hạn chế, yếu kém và nguyên nhân
Có 2/17 chỉ tiêu không đạt: tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn đạt 38% (mục tiêu 60%, không đạt 22 điểm phần trăm); số doanh nghiệp thành lập mới đạt 310/400 doanh nghiệp (77,5%).
Nguyên nhân khách quan là tác động của dịch COVID-19 những năm đầu nhiệm kỳ và việc sắp xếp đơn vị hành chính; nguyên nhân chủ quan là sự lãnh đạo của cấp ủy có lúc chưa quyết liệt, công tác tuyên truyền phân loại rác chưa sâu. Ban Chấp hành, trước hết là đồng chí Bí thư Đảng ủy và Chủ tịch Ủy ban nhân dân phường, chịu trách nhiệm về các chỉ tiêu không đạt.

3. Bài học kinh nghiệm
Một là, giữ vững đoàn kết, thống nhất trong Đảng bộ. Hai là, lấy sự hài lòng của người dân làm thước đo. Ba là, phát huy vai trò người đứng đầu.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030

1. Thuận lợi, khó khăn: phường có lợi thế trung tâm, hạ tầng đồng bộ; khó khăn là quỹ đất hạn chế, nguồn lực đầu tư chưa đáp ứng yêu cầu chỉnh trang đô thị.

2. Mục tiêu tổng quát: Xây dựng Đảng bộ và hệ thống chính trị vững mạnh; phát triển phường Cao Lãnh văn minh, hiện đại, là trung tâm giáo dục, đào tạo, thương mại, dịch vụ của vùng; nâng cao đời sống vật chất, tinh thần của Nhân dân.

3. Chỉ tiêu chủ yếu (17 chỉ tiêu, chia ba nhóm)
- Kinh tế: tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 8%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 130 triệu đồng; (và 4 chỉ tiêu khác tại Phụ lục 2).
- Xã hội - môi trường: tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 dưới 0,5%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%; tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn đạt 70%; (và 3 chỉ tiêu khác).
- Xây dựng Đảng và hệ thống chính trị: kết nạp từ 200 đảng viên mới trở lên; hằng năm có từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; (và 3 chỉ tiêu khác).

4. Khâu đột phá
(1) Chỉnh trang đô thị: đến năm 2030 hoàn thành chỉnh trang 100% tuyến đường nội ô, ngầm hóa lưới điện khu trung tâm.
(2) Chuyển đổi số, xây dựng chính quyền số: đến năm 2030, 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên môi trường số.

5. Nhiệm vụ, giải pháp
Tập trung vào các việc thuộc thẩm quyền của phường: quản lý quy hoạch, trật tự xây dựng; nuôi dưỡng nguồn thu; đẩy mạnh chuyển đổi số, xây dựng chính quyền số, triển khai ứng dụng phản ánh hiện trường cho người dân; phát huy vai trò Mặt trận Tổ quốc và các đoàn thể.

(Dự thảo gồm 19 trang khổ A4; phụ lục số liệu 9 trang.)
"""

DRAFT_TAN_HONG = """ĐẢNG BỘ XÃ TÂN HỒNG
Dự thảo gửi Ban Thường vụ Tỉnh ủy ngày 04/8/2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ xã Tân Hồng trình Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030

Chủ đề: Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát huy sức mạnh đại đoàn kết toàn dân tộc; giữ vững quốc phòng, an ninh, chủ quyền biên giới quốc gia; khai thác tiềm năng, lợi thế vùng biên giới để phát triển kinh tế - xã hội nhanh, bền vững; xây dựng xã Tân Hồng giàu đẹp, văn minh.

PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025

Nhiệm kỳ qua, kinh tế của xã tiếp tục phát triển; sản lượng lúa bình quân 92.000 tấn/năm; thu nhập bình quân đầu người năm 2025 ước đạt 58 triệu đồng. Hạ tầng giao thông nông thôn được đầu tư, 100% tuyến đường ấp được cứng hóa.
Công tác giảm nghèo được quan tâm, tỷ lệ hộ nghèo giảm còn 2,1%, đạt mục tiêu nghị quyết; mạng lưới y tế cơ sở được củng cố, tỷ lệ trạm y tế đạt chuẩn quốc gia 100%.
Quốc phòng, an ninh được giữ vững; chủ quyền biên giới quốc gia được bảo vệ; xã phối hợp với lực lượng biên phòng tổ chức tuần tra, có 4 tổ tự quản đường biên. Tình hình an ninh trật tự khu vực biên giới cơ bản ổn định.
Công tác xây dựng Đảng được chú trọng, tổ chức đảng và đảng viên được củng cố.

Hạn chế: bên cạnh kết quả đạt được, kinh tế phát triển chưa tương xứng với tiềm năng; một số chỉ tiêu chưa đạt.
Nguyên nhân chủ yếu do điều kiện khách quan: thiên tai, lũ, giá nông sản bấp bênh, nguồn lực đầu tư hạn chế.

Bài học kinh nghiệm: một là, đoàn kết thống nhất trong Đảng bộ; hai là, dựa vào Nhân dân.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030

Tình hình thế giới, khu vực tiếp tục diễn biến phức tạp, khó lường; cạnh tranh chiến lược giữa các nước lớn gay gắt; trong nước, thế và lực của đất nước không ngừng được nâng lên.

Nhiệm kỳ 2025 - 2030, Đảng bộ xác định 16 chỉ tiêu chủ yếu, trong đó:
- Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 7%/năm.
- Thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng.
- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 0,4%/năm.
- Tỷ lệ hộ dân sử dụng nước sạch đạt 98%.
- (Các chỉ tiêu còn lại theo Phụ lục.)

Khâu đột phá: (1) phát triển hạ tầng giao thông kết nối vùng biên giới; (2) phát triển nông nghiệp hàng hóa; (3) cải cách hành chính.

Nhiệm vụ, giải pháp: tiếp tục thực hiện có hiệu quả các nghị quyết của Trung ương và của Tỉnh ủy; huy động mọi nguồn lực để xây dựng cầu, đường kết nối các xã biên giới.

(Dự thảo gồm 23 trang.)
"""

DRAFT_CAI_BE = """ĐẢNG BỘ XÃ CÁI BÈ
BẢN NHÁP CỦA TỔ BIÊN TẬP (chưa trình Ban Thường vụ)

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ xã Cái Bè trình Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030

Chủ đề: (Tổ biên tập đề xuất sau; viết ngắn gọn, không quá 35 chữ.)

PHẦN THỨ NHẤT. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025

I. Kết quả đạt được
1. Đánh giá kết quả đạt được trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng, an ninh, xây dựng Đảng và hệ thống chính trị; mỗi chỉ tiêu nghị quyết phải so sánh kết quả thực hiện với mục tiêu đề ra. [Bổ sung sau.]
2. Chuyển đổi cơ cấu cây trồng, vật nuôi: …
3. Xây dựng vùng nguyên liệu gắn với liên kết tiêu thụ: (Đang chờ số liệu của các xã cũ.)
4. Xây dựng nông thôn mới: đến tháng 6/2025, cả bốn xã cũ hợp nhất thành xã đều đạt chuẩn nông thôn mới nâng cao; xã cũ Hòa Khánh đạt chuẩn nông thôn mới kiểu mẫu năm 2024, ấp Mỹ Lợi được công nhận ấp nông thôn mới kiểu mẫu.
5. Giảm nghèo: tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 3,8% (năm 2020) còn 0,96% (năm 2024), vượt mục tiêu nghị quyết (dưới 1,5%); tỷ lệ dân số tham gia bảo hiểm y tế đạt 93%.
6. Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp: (Đang hoàn thiện.)
7. Thực hiện chính sách đối với người có công và an sinh xã hội: …

II. Hạn chế, yếu kém và nguyên nhân
Nêu rõ chỉ tiêu không đạt và mức độ không đạt; phân tích nguyên nhân khách quan, chủ quan, trong đó làm rõ trách nhiệm của cấp ủy và người đứng đầu. [Bổ sung sau.]

III. Bài học kinh nghiệm
Rút ra từ 3 đến 4 bài học kinh nghiệm: …

PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

1. Mục tiêu tổng quát: (Đang hoàn thiện.)
2. Chỉ tiêu chủ yếu: 16 chỉ tiêu, chia ba nhóm (chi tiết tại Phụ lục 2), trong đó:
- Tổng thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt … tỷ đồng.
- Thu nhập bình quân đầu người đến năm 2030 đạt 110 triệu đồng.
- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều: [Bổ sung sau.]
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.
- Tỷ lệ hộ dân sử dụng nước sạch: (Đang chờ số liệu của Trung tâm Nước sạch.)
- Số đảng viên mới kết nạp trong nhiệm kỳ: từ 250 đảng viên trở lên.
- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm: …
3. Khâu đột phá: Xác định từ 2 đến 3 khâu đột phá; mỗi khâu đột phá nêu rõ kết quả cần đạt đến năm 2030. [Bổ sung sau.]
4. Nhiệm vụ, giải pháp: Đánh giá và đề ra giải pháp đẩy mạnh chuyển đổi số, xây dựng chính quyền số ở cơ sở: …
"""
