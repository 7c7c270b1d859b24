"""Three draft excerpts of district political reports (2020). Invented figures."""

# 1. Mộc Châu - nearly complete (second draft after the meeting of 17/3/2020)
MOC_CHAU = [
    "HUYỆN ỦY MỘC CHÂU - DỰ THẢO LẦN 2 (đã tiếp thu ý kiến hội nghị Ban Thường vụ Tỉnh ủy ngày 17/3/2020)",
    "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXIII TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXIV, "
    "NHIỆM KỲ 2020 - 2025",
    "Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết các dân tộc; khai thác hiệu quả "
    "tiềm năng cao nguyên, phát triển du lịch và nông nghiệp công nghệ cao, đưa Mộc Châu phát triển nhanh, bền vững.",
    "(Dự thảo lần 2 dài 33 trang, đã rút gọn 8 trang so với lần 1.)",
    "PHẦN MỞ ĐẦU",
    "Nhiệm kỳ 2015 - 2020 diễn ra trong bối cảnh có nhiều thuận lợi: Khu du lịch quốc gia Mộc Châu được quy hoạch, "
    "hạ tầng giao thông được đầu tư; song cũng có không ít khó khăn: thời tiết cực đoan, giá nông sản bấp bênh, đầu "
    "năm 2020 dịch Covid-19 làm lượng khách du lịch giảm mạnh.",
    "PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020 VÀ BÀI HỌC KINH NGHIỆM",
    "1. Kinh tế. Tốc độ tăng trưởng giá trị sản xuất bình quân 10,2%/năm. Cơ cấu kinh tế năm 2020: nông, lâm nghiệp "
    "31%; công nghiệp, xây dựng 27%; dịch vụ 42%. Thu nhập bình quân đầu người năm 2020 ước đạt 44 triệu đồng. Thu "
    "ngân sách trên địa bàn năm 2020 ước 305 tỷ đồng, đạt 87% chỉ tiêu (350 tỷ đồng).",
    "Chỉ tiêu thu ngân sách không đạt vì ba lý do: một số dự án du lịch lớn chậm triển khai; nguồn thu tiền sử dụng "
    "đất giảm; huyện dự báo chưa sát khả năng thu khi xây dựng chỉ tiêu đầu nhiệm kỳ.",
    "Liên kết chuỗi giá trị: 85% sản lượng sữa tươi được tiêu thụ qua hợp đồng với doanh nghiệp; 1.200 ha chè có "
    "liên kết tiêu thụ; 12 chuỗi rau an toàn được cấp chứng nhận, cung cấp cho thị trường Hà Nội. Hiệu quả liên kết "
    "nâng giá trị thu được trên 1 ha đất canh tác từ 78 triệu đồng lên 105 triệu đồng.",
    "Nông thôn mới: 8 xã đạt chuẩn, bình quân 14,2 tiêu chí/xã.",
    "Du lịch: số liệu về lượng khách đã được thống nhất với huyện Vân Hồ; năm 2019 toàn Khu du lịch quốc gia Mộc "
    "Châu đón 2,8 triệu lượt khách, trong đó địa bàn huyện đón 2,1 triệu lượt. Hai huyện thống nhất định hướng phát "
    "triển khu du lịch theo quy hoạch chung, phân công rõ sản phẩm của mỗi huyện.",
    "2. Văn hóa - xã hội. Tỷ lệ hộ nghèo giảm từ 21,4% đầu nhiệm kỳ xuống còn 9,8% cuối nhiệm kỳ. Giáo dục, y tế "
    "có chuyển biến; văn hóa truyền thống của đồng bào Thái, Mông, Dao được bảo tồn.",
    "3. Quốc phòng, an ninh. Triệt phá 168 vụ án về ma túy; tình trạng xuất cảnh trái phép sang Lào được kiềm chế; "
    "số hộ di cư tự do giảm từ 47 hộ xuống 9 hộ.",
    "Về biên giới: phối hợp với huyện Xốp Bâu (tỉnh Hủa Phăn, Lào) quản lý đoạn biên giới của huyện, bảo vệ mốc quốc "
    "giới; duy trì giao lưu hữu nghị giữa các bản hai bên biên giới.",
    "4. Xây dựng Đảng. Kết nạp 1.050 đảng viên; còn 3 bản chưa có chi bộ, 2 bản chưa có đảng viên.",
    "5. Hạn chế và nguyên nhân. Có 2/20 chỉ tiêu không đạt: thu ngân sách và tỷ lệ trường đạt chuẩn quốc gia. "
    "Nguyên nhân chủ quan: Ban Thường vụ Huyện ủy và Ủy ban nhân dân huyện chỉ đạo thu ngân sách chưa quyết liệt; "
    "một số đồng chí người đứng đầu cơ quan chuyên môn chưa làm hết trách nhiệm.",
    "6. Bài học kinh nghiệm. Một là, giữ vững đoàn kết. Hai là, bám sát cơ sở. Ba là, phát huy lợi thế cao nguyên "
    "gắn với thị trường. Bốn là, đề cao trách nhiệm người đứng đầu.",
    "PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025",
    "Dự báo: tình hình trong nước ổn định; tỉnh triển khai quy hoạch mới; huyện chịu ảnh hưởng của dịch Covid-19 "
    "trong năm đầu nhiệm kỳ nhưng có cơ hội từ cao tốc Hòa Bình - Mộc Châu.",
    "Hệ thống 20 chỉ tiêu, chia thành ba nhóm: kinh tế (8 chỉ tiêu); văn hóa - xã hội - môi trường (7 chỉ tiêu); "
    "xây dựng Đảng và hệ thống chính trị (5 chỉ tiêu). So với dự thảo lần 1 (24 chỉ tiêu) đã bỏ 4 chỉ tiêu trùng "
    "lặp.",
    "PHẦN THỨ BA: KHÂU ĐỘT PHÁ VÀ TỔ CHỨC THỰC HIỆN",
    "Ba khâu đột phá: (1) phát triển du lịch; (2) nông nghiệp công nghệ cao; (3) cải cách hành chính. Mỗi khâu có cơ "
    "quan chủ trì và kết quả cần đạt đến năm 2025.",
    "Trong tháng đầu sau đại hội, Ban Chấp hành ban hành chương trình hành động thực hiện nghị quyết và tổ chức quán "
    "triệt đến chi bộ.",
]

# 2. Thuận Châu - missing several items
THUAN_CHAU = [
    "HUYỆN ỦY THUẬN CHÂU - DỰ THẢO",
    "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXI TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXII, "
    "NHIỆM KỲ 2020 - 2025",
    "PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020",
    "1. Kinh tế. Tốc độ tăng trưởng bình quân 9,1%/năm. Thu ngân sách trên địa bàn năm 2020 ước đạt 92 tỷ đồng.",
    "Cà phê: đã tái canh 450 ha cà phê già cỗi.",
    "Nông thôn mới: 5 xã đạt chuẩn nông thôn mới.",
    "2. Văn hóa - xã hội. Tỷ lệ hộ nghèo giảm từ 38,2% năm 2015 xuống còn 19,6% năm 2020.",
    "3. Quốc phòng, an ninh. Giữ vững chủ quyền biên giới; an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định.",
    "4. Xây dựng Đảng. Kết nạp 1.320 đảng viên mới.",
    "5. Hạn chế. Một số chỉ tiêu chưa đạt. Nguyên nhân chủ yếu do điều kiện tự nhiên khó khăn, xuất phát điểm của "
    "huyện thấp, nguồn lực đầu tư hạn chế.",
    "6. Bài học kinh nghiệm. Thứ nhất, phải đoàn kết. Thứ hai, phải dựa vào dân.",
    "PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2020 - 2025",
    "Hệ thống 18 chỉ tiêu, chia thành ba nhóm: kinh tế, văn hóa - xã hội - môi trường, xây dựng Đảng và hệ thống "
    "chính trị. Tốc độ tăng trưởng giá trị sản xuất bình quân 12%/năm.",
    "PHẦN THỨ BA: KHÂU ĐỘT PHÁ",
    "Bốn khâu đột phá: (1) giao thông; (2) cà phê; (3) cây ăn quả; (4) cải cách hành chính.",
]

# 3. Mường La - same substance in other words
MUONG_LA = [
    "HUYỆN ỦY MƯỜNG LA - DỰ THẢO ĐÃ CHỈNH SỬA THEO THÔNG BÁO KẾT LUẬN CỦA TỈNH ỦY",
    "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXI TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXII, "
    "NHIỆM KỲ 2020 - 2025",
    "Khẩu hiệu hành động của Đại hội: Đoàn kết - Dân chủ - Kỷ cương - Đổi mới; khơi dậy khát vọng vươn lên, đưa "
    "Mường La trở thành huyện phát triển khá nhờ điện, nước và rừng.",
    "MỞ ĐẦU",
    "Năm năm qua, Đảng bộ bước vào thực hiện nghị quyết với không ít trở ngại lẫn cơ hội: được hưởng lợi từ các "
    "nhà máy điện, nhưng địa hình chia cắt, mưa lũ thất thường, đời sống một bộ phận nhân dân còn nhiều khó khăn.",
    "PHẦN THỨ NHẤT: NHÌN LẠI NĂM NĂM THỰC HIỆN NGHỊ QUYẾT VÀ NHỮNG ĐIỀU ĐÚC RÚT",
    "Giá trị sản xuất tăng bình quân mỗi năm 8,7%. Tỷ trọng các khu vực năm 2020: nông - lâm 24%, công nghiệp - xây "
    "dựng 49% (chủ yếu là điện), dịch vụ 27%. Tiền thu vào ngân sách trên địa bàn năm 2020 ước 410 tỷ đồng.",
    "Tiền thuế tài nguyên nước, phí dịch vụ môi trường rừng và thuế giá trị gia tăng của các nhà máy phát điện đóng "
    "góp 71% tổng số thu trên địa bàn; nguồn này phụ thuộc lượng nước về hồ nên biến động theo từng năm.",
    "6 xã về đích nông thôn mới; mỗi xã còn lại đạt bình quân 13,8 tiêu chí.",
    "Hộ nghèo còn 24,6% vào cuối năm 2020, so với 41,3% vào cuối năm 2015.",
    "Hơn 5.000 hộ đã rời nơi ở cũ nhường mặt bằng cho các công trình điện Sơn La, Huội Quảng, Bản Chát nay có nhà "
    "ở ổn định; còn 312 hộ thiếu đất canh tác, huyện đề nghị tỉnh hỗ trợ chuyển đổi nghề. Mặt hồ rộng được tận dụng: "
    "đã có 640 lồng cá và 3 điểm du lịch trên hồ.",
    "Bắt giữ 97 vụ buôn bán, vận chuyển chất gây nghiện; số người bỏ địa phương đi nơi khác sinh sống không theo quy "
    "hoạch và số người vượt biên trái phép đều giảm.",
    "Kết nạp 890 người vào Đảng.",
    "Nói thẳng: 3 trong 19 chỉ tiêu bị hụt (thu nhập, trường chuẩn, nước sạch). Lỗi trước hết ở khâu chỉ đạo của Ban "
    "Thường vụ Huyện ủy và ở người đứng đầu một số xã như Chiềng Lao, Ngọc Chiến; cán bộ phụ trách từng lĩnh vực phải "
    "nhận phần trách nhiệm của mình.",
    "Bốn điều đúc rút: đoàn kết là gốc; dân tin thì việc thành; chọn đúng việc trọng tâm; cán bộ làm gương.",
    "PHẦN THỨ HAI: CON ĐƯỜNG PHÍA TRƯỚC 2020 - 2025",
    "Nhìn về phía trước: cả nước, tỉnh và huyện đều chịu tác động của dịch viêm đường hô hấp cấp do chủng mới của vi "
    "rút corona; từ đầu năm 2020 lượng khách đến huyện giảm gần một nửa, tiêu thụ nông sản chậm, dự kiến năm 2021 "
    "mới phục hồi.",
    "Mười chín mục tiêu cụ thể, xếp vào ba khối: kinh tế; văn hóa - xã hội - môi trường; Đảng và hệ thống chính trị.",
    "PHẦN THỨ BA: VIỆC PHẢI LÀM NGAY",
    "Hai khâu then chốt cần tạo chuyển biến: hạ tầng giao thông liên xã và đào tạo nghề cho lao động vùng tái định "
    "cư; mỗi khâu có cơ quan chịu trách nhiệm và kết quả đến năm 2025.",
    "Ngay trong tháng đầu tiên sau Đại hội, Ban Chấp hành cụ thể hóa nghị quyết thành kế hoạch hành động và phổ biến "
    "đến từng chi bộ.",
]
