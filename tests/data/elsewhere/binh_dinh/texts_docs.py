"""Texts of the forwarded e-mail (Thông báo kết luận số 527-TB/TU), the Hoài Ân political report (.docx) and the
distractor (Kế hoạch sản xuất vụ Đông Xuân 2024 - 2025, .txt)."""

# =====================================================================================================
# E-mail: forwarded by Văn phòng Huyện ủy Tây Sơn; the original message from Văn phòng Tỉnh ủy carries the
# notice as pasted text (one paragraph per line, letterhead/signer flattened with tabs), a reply to a question of
# Vân Canh quoted with ">", the sender's signature and a disclaimer line.
# =====================================================================================================
NOTICE_LINES = [
    "From: Huỳnh Thị Kim Oanh <oanhhtk.hutayson@binhdinh.dcs.vn>",
    "Sent: Friday, December 20, 2024 8:47 AM",
    "To: To bien tap BCCT Tay Son <tobientap.tayson@binhdinh.dcs.vn>",
    "Cc: Đặng Văn Hưng <hungdv.hutayson@binhdinh.dcs.vn>",
    "Subject: FW: Thong bao ket luan 527-TB/TU ve du thao BCCT Phu Cat, Tay Son, Van Canh",
    "",
    "Kính gửi các anh, chị trong Tổ biên tập,",
    "",
    "Em chuyển Thông báo kết luận số 527-TB/TU của Ban Thường vụ Tỉnh ủy do đồng chí Phan Đình Khải, Chánh Văn "
    "phòng Tỉnh ủy ký (Văn phòng Tỉnh ủy gửi chiều 19/12). "
    "Đề nghị các anh, chị lưu ý mục 2.1 (dung lượng) và mục 4 (thời hạn gửi lại dự thảo). Bản có chữ ký số đã lưu "
    "trên hệ thống iOffice, sổ văn bản đến số 1128.",
    "",
    "Trân trọng,",
    "Kim Oanh - Văn phòng Huyện ủy Tây Sơn",
    "",
    "-----Original Message-----",
    "From: Văn phòng Tỉnh ủy Bình Định <vanthu.vptu@binhdinh.dcs.vn>",
    "Sent: Thursday, December 19, 2024 4:12 PM",
    "To: hu.phucat@binhdinh.dcs.vn; hu.tayson@binhdinh.dcs.vn; hu.vancanh@binhdinh.dcs.vn",
    "Cc: btg.tinhuy@binhdinh.dcs.vn",
    "Subject: Thong bao ket luan 527-TB/TU ve du thao BCCT Phu Cat, Tay Son, Van Canh",
    "",
    "Văn phòng Tỉnh ủy gửi Ban Thường vụ các huyện ủy Phù Cát, Tây Sơn, Vân Canh Thông báo kết luận số 527-TB/TU "
    "ngày 18/12/2024 (nội dung chép dưới đây; bản scan đính kèm).",
    "",
    "Về câu hỏi của Văn phòng Huyện ủy Vân Canh trong thư ngày 16/12/2024:",
    "> Đề nghị Văn phòng cho biết bảng chỉ tiêu nhiệm kỳ 2025 - 2030 có phải",
    "> đưa vào thân báo cáo không, và huyện có bắt buộc tổ chức hội thảo khoa",
    "> học lấy ý kiến vào dự thảo không?",
    "> Trân trọng. VP Huyện ủy Vân Canh",
    "Trả lời: bảng chỉ tiêu nhiệm kỳ 2025 - 2030 đưa vào phụ lục, thân báo cáo chỉ nêu các chỉ tiêu chủ yếu; huyện "
    "không bắt buộc tổ chức hội thảo khoa học, có thể lấy ý kiến chuyên gia bằng văn bản.",
    "",
    "==========",
    "TỈNH ỦY BÌNH ĐỊNH\tĐẢNG CỘNG SẢN VIỆT NAM",
    "*\tQuy Nhơn, ngày 18 tháng 12 năm 2024",
    "Số 527-TB/TU",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị đại hội đảng bộ các huyện Phù Cát, Tây Sơn, Vân Canh "
    "nhiệm kỳ 2025 - 2030",
    "-----",
    "Ngày 13/12/2024, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị trình đại hội của ba đơn "
    "vị tổ chức đại hội điểm cấp huyện. Đồng chí Trần Văn Thạnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. "
    "Dự hội nghị có lãnh đạo Ban Tuyên giáo Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và Ban Thường vụ ba "
    "huyện ủy; đại diện Ban Thường vụ Thị ủy Hoài Nhơn dự để nghiên cứu, rút kinh nghiệm.",
    "Sau khi nghe Ban Tuyên giáo Tỉnh ủy báo cáo tổng hợp và ý kiến thảo luận, Ban Thường vụ Tỉnh ủy kết luận "
    "như sau:",
    "1. Đánh giá chung",
    "Các dự thảo được chuẩn bị công phu, cơ bản bám sát Hướng dẫn số 45-HD/BTGTU ngày 23/9/2024 của Ban Tuyên giáo "
    "Tỉnh ủy; phần đánh giá kết quả có nhiều số liệu cụ thể. Tuy nhiên, các dự thảo còn dài (dự thảo của Phù Cát "
    "44 trang, Tây Sơn 39 trang, Vân Canh 36 trang); một số nội dung còn liệt kê, chưa làm rõ nguyên nhân của hạn "
    "chế; hệ thống chỉ tiêu của Tây Sơn còn nhiều.",
    "2. Những nội dung chung cần tiếp thu, chỉnh sửa",
    "2.1. Về dung lượng: Ban Thường vụ Tỉnh ủy thống nhất điều chỉnh dung lượng báo cáo chính trị của đảng bộ cấp "
    "huyện không quá 30 trang khổ A4 (không kể phụ lục), thay cho mức quy định tại mục III.1 của Hướng dẫn số "
    "45-HD/BTGTU; nội dung này áp dụng cho tất cả các đảng bộ cấp huyện trong tỉnh.",
    "2.2. Cập nhật số liệu đến hết ngày 30/11/2024, ước thực hiện cả năm 2024 và dự ước năm 2025; số liệu phải "
    "thống nhất với báo cáo kinh tế - xã hội của Ủy ban nhân dân huyện.",
    "2.3. Phần hạn chế phải nêu đích danh từng chỉ tiêu không đạt kèm tỷ lệ thực hiện so với nghị quyết; nguyên "
    "nhân chủ quan phải gắn với trách nhiệm của tập thể, cá nhân cụ thể.",
    "2.4. Phần phương hướng cần thể hiện rõ tinh thần Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tiếp "
    "tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.",
    "3. Ý kiến đối với từng dự thảo",
    "3.1. Huyện Phù Cát",
    "Dự thảo của Phù Cát cần đánh giá sâu hơn tác động của Khu công nghiệp Hòa Hội và việc mở rộng Cảng hàng "
    "không Phù Cát đến chuyển dịch cơ cấu lao động và thu ngân sách trên địa bàn.",
    "Bổ sung kết quả chống khai thác IUU, nhất là số tàu cá mất kết nối thiết bị giám sát hành trình và kết quả xử "
    "lý vi phạm; có thể tham khảo cách quản lý tàu cá của thị xã Hoài Nhơn. Chỉ tiêu tốc độ tăng trưởng tổng giá "
    "trị sản xuất bình quân 11,5%/năm là cao so với khả năng, đề nghị rà soát, điều chỉnh trong khoảng từ 9,5% đến "
    "10%/năm.",
    "3.2. Huyện Tây Sơn",
    "Dự thảo của Tây Sơn cần làm rõ hơn giải pháp phát huy giá trị Khu di tích Tây Sơn Tam Kiệt gắn với Lễ hội "
    "Đống Đa - Tây Sơn, phát triển du lịch văn hóa, lịch sử; đánh giá tác động của tuyến cao tốc Quy Nhơn - Pleiku "
    "qua địa bàn huyện, trong đó có đoạn tiếp giáp thị xã An Nhơn.",
    "Hệ thống chỉ tiêu cần giảm từ 26 xuống không quá 22 chỉ tiêu; phần khâu đột phá giảm từ bốn khâu xuống không "
    "quá ba khâu. Phần bài học kinh nghiệm viết gọn lại còn ba bài học.",
    "3.3. Huyện Vân Canh",
    "Dự thảo của Vân Canh cần phân tích rõ nguyên nhân tỷ lệ hộ nghèo trong đồng bào Chăm, Ba Na còn cao, nhất là "
    "ở các xã Canh Liên, Canh Hiệp.",
    "Bổ sung giải pháp phát triển vùng trồng rừng gỗ lớn có chứng chỉ quản lý rừng bền vững (FSC), liên kết với "
    "doanh nghiệp chế biến gỗ; chỉ tiêu thu nhập bình quân đầu người năm 2030 (dự thảo nêu 95 triệu đồng) cần tính "
    "toán lại cho sát thực tế. Nội dung kết nối giao thông với thành phố Quy Nhơn qua tuyến ĐT 638 không cần viết "
    "thành mục riêng.",
    "4. Tổ chức thực hiện",
    "Ban Thường vụ các huyện ủy Phù Cát, Tây Sơn, Vân Canh chỉ đạo tổ biên tập tiếp thu, hoàn chỉnh dự thảo, gửi "
    "Ban Tuyên giáo Tỉnh ủy trước ngày 08/01/2025.",
    "Các huyện ủy, thị ủy, thành ủy khác nghiên cứu nội dung thông báo này để tham khảo trong quá trình xây dựng "
    "báo cáo chính trị của địa phương.",
    "Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc tiếp thu và báo cáo Thường trực Tỉnh ủy kết quả thực hiện.",
    "Nơi nhận:\tT/L BAN THƯỜNG VỤ",
    "- Các đồng chí Tỉnh ủy viên,\tCHÁNH VĂN PHÒNG",
    "- Các huyện ủy Phù Cát, Tây Sơn, Vân Canh,\t(Đã ký)",
    "- Các huyện ủy, thị ủy, thành ủy khác (để tham khảo),",
    "- Lưu Văn phòng Tỉnh ủy.\tPhan Đình Khải",
    "==========",
    "",
    "Trân trọng,",
    "Nguyễn Thị Diệu Linh",
    "Phòng Tổng hợp - Văn phòng Tỉnh ủy Bình Định",
    "ĐT: 0256.3821347",
    "",
    "Thư điện tử này có thể chứa thông tin nội bộ, chỉ dành cho người nhận có tên ở trên. Nếu nhận nhầm, đề nghị "
    "thông báo cho người gửi và xóa thư; không sao chép, chuyển tiếp khi chưa được phép.",
]

# =====================================================================================================
# Báo cáo chính trị của Đảng bộ huyện Hoài Ân (.docx): letterhead table, title, theme, then paragraphs.
# =====================================================================================================
REPORT_LEFT = [("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", False), ("HUYỆN ỦY HOÀI ÂN", True), ("*", False)]
REPORT_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("Hoài Ân, ngày 15 tháng 7 năm 2025", False)]
REPORT_TITLE = "BÁO CÁO CHÍNH TRỊ"
REPORT_SUBTITLE = ("của Ban Chấp hành Đảng bộ huyện khóa XXII trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, "
                   "nhiệm kỳ 2025 - 2030")
REPORT_THEME = ("Chủ đề: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn "
                "kết; khai thác hiệu quả tiềm năng kinh tế rừng, nông nghiệp và du lịch sinh thái; phấn đấu đến "
                "năm 2030 trở thành huyện phát triển khá của tỉnh.")
REPORT = [
    ("p", "Nhiệm kỳ 2020 - 2025, Đảng bộ và Nhân dân trong huyện thực hiện Nghị quyết Đại hội lần thứ XXII trong "
          "bối cảnh có nhiều khó khăn: dịch COVID-19 kéo dài trong hai năm đầu nhiệm kỳ; bão, lũ năm 2021 và năm "
          "2023 gây thiệt hại nặng cho sản xuất và hạ tầng giao thông; giá vật tư nông nghiệp tăng cao."),
    ("h1", "PHẦN THỨ NHẤT"),
    ("h1", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025"),
    ("h2", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "1. Kinh tế tiếp tục tăng trưởng khá. Tốc độ tăng trưởng tổng giá trị sản xuất bình quân giai đoạn 2020 - "
          "2025 đạt 8,3%/năm (Nghị quyết đề ra từ 9% đến 9,5%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng: nông, "
          "lâm, thủy sản 41,2%; công nghiệp - xây dựng 27,5%; dịch vụ 31,3%. Thu nhập bình quân đầu người năm 2025 "
          "ước đạt 62 triệu đồng, gấp 1,6 lần năm 2020. Thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 285 tỷ "
          "đồng, đạt 91% chỉ tiêu nghị quyết."),
    ("p", "2. Chương trình xây dựng nông thôn mới đạt kết quả quan trọng: toàn huyện có 12/14 xã đạt chuẩn nông thôn "
          "mới, trong đó 4 xã đạt chuẩn nông thôn mới nâng cao; có 27 sản phẩm OCOP đạt từ 3 sao trở lên. Diện tích "
          "rừng trồng gỗ lớn đạt 3.150 ha; tỷ lệ che phủ rừng năm 2025 đạt 57,6%."),
    ("p", "3. Văn hóa - xã hội có nhiều tiến bộ. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 9,84% đầu năm 2022 "
          "xuống còn 3,12% cuối năm 2024; hoàn thành hỗ trợ xóa 468 nhà tạm, nhà dột nát. Tỷ lệ trường đạt chuẩn "
          "quốc gia đạt 83,5%; tỷ lệ bao phủ bảo hiểm y tế đạt 94,2%. Các xã miền núi Đak Mang, Bok Tới, Ân Sơn "
          "được đầu tư đường giao thông liên xã và nước sinh hoạt tập trung."),
    ("p", "4. Quốc phòng, an ninh được giữ vững; khu vực phòng thủ huyện được xây dựng vững chắc. Phối hợp với huyện "
          "An Lão và thị xã Hoài Nhơn bảo đảm an ninh trật tự vùng giáp ranh."),
    ("p", "5. Công tác xây dựng Đảng và hệ thống chính trị được chú trọng. Trong nhiệm kỳ kết nạp 612 đảng viên; tỷ "
          "lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 88%. Thực hiện sắp xếp các thôn, "
          "khu phố theo quy định, giảm 11 thôn."),
    ("h2", "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN"),
    ("p", "1. Có 3/20 chỉ tiêu không đạt: tốc độ tăng trưởng tổng giá trị sản xuất (đạt 8,3%/năm so với mục tiêu từ "
          "9% đến 9,5%/năm), thu ngân sách nhà nước trên địa bàn (đạt 91%), tỷ lệ đô thị hóa (đạt 16% so với mục "
          "tiêu 20%). Chuyển dịch cơ cấu lao động còn chậm; thu hút đầu tư vào Cụm công nghiệp Gò Cây Duối chưa đạt "
          "yêu cầu."),
    ("p", "2. Nguyên nhân khách quan là thiên tai, dịch bệnh và xuất phát điểm kinh tế thấp. Nguyên nhân chủ quan là "
          "một số cấp ủy, người đứng đầu chưa quyết liệt trong chỉ đạo giải phóng mặt bằng; công tác quy hoạch, "
          "chuẩn bị đầu tư còn chậm."),
    ("h2", "III. BÀI HỌC KINH NGHIỆM"),
    ("p", "Một là, phải giữ vững đoàn kết, thống nhất trong cấp ủy, phát huy vai trò gương mẫu của người đứng đầu. "
          "Hai là, phải bám sát cơ sở, lắng nghe ý kiến của Nhân dân, giải quyết dứt điểm những vấn đề bức xúc. Ba "
          "là, phải khai thác tốt lợi thế kinh tế rừng, kinh tế vườn đồi. Bốn là, phải huy động tổng hợp các nguồn "
          "lực, trong đó nội lực là quyết định."),
    ("h1", "PHẦN THỨ HAI"),
    ("h1", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030"),
    ("h2", "I. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững dựa trên "
          "kinh tế rừng, nông nghiệp ứng dụng công nghệ cao và du lịch sinh thái; nâng cao đời sống vật chất, tinh "
          "thần của Nhân dân; phấn đấu đến năm 2030 trở thành huyện phát triển khá của tỉnh."),
    ("h2", "II. CÁC CHỈ TIÊU CHỦ YẾU"),
    ("p", "Nhiệm kỳ 2025 - 2030 đề ra 20 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng tổng giá trị sản xuất bình "
          "quân từ 9%/năm trở lên; thu nhập bình quân đầu người năm 2030 đạt 90 triệu đồng; tỷ lệ hộ nghèo giảm bình "
          "quân từ 0,8% đến 1%/năm; tỷ lệ che phủ rừng ổn định ở mức 58%; kết nạp 650 đảng viên trở lên; tỷ lệ tổ "
          "chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt từ 90% trở lên. Bảng chỉ tiêu chi tiết tại "
          "phụ lục kèm theo."),
    ("h2", "III. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Một là, đột phá về hạ tầng giao thông kết nối tuyến ĐT 630 với tuyến cao tốc Bắc - Nam và các huyện lân "
          "cận Phù Mỹ, An Lão; đến năm 2030 hoàn thành nâng cấp 45 km đường huyện. Hai là, đột phá về phát triển "
          "kinh tế rừng gỗ lớn, đến năm 2030 có 6.000 ha rừng trồng gỗ lớn. Ba là, đột phá về chuyển đổi số trong "
          "lãnh đạo, quản lý, đến năm 2030 có 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn "
          "trình."),
    ("h2", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "1. Phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; hình thành vùng nguyên liệu gỗ "
          "rừng trồng có chứng chỉ FSC; phát triển chăn nuôi gà Hoài Ân theo chuỗi liên kết."),
    ("p", "2. Đẩy mạnh thu hút đầu tư vào cụm công nghiệp; phát triển thương mại, dịch vụ tại thị trấn Tăng Bạt Hổ "
          "và các trung tâm cụm xã; khai thác du lịch sinh thái vùng hồ chứa và các di tích lịch sử cách mạng."),
    ("p", "3. Nâng cao chất lượng giáo dục, y tế; thực hiện tốt chính sách đối với đồng bào dân tộc thiểu số Ba Na, "
          "Hrê ở các xã miền núi; giảm nghèo bền vững, không để tái nghèo."),
    ("p", "4. Xây dựng Đảng bộ trong sạch, vững mạnh; tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW; nâng cao "
          "chất lượng sinh hoạt chi bộ; phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể."),
    ("p", "Đại hội kêu gọi toàn thể cán bộ, đảng viên, chiến sĩ lực lượng vũ trang và Nhân dân trong huyện đoàn kết, "
          "nỗ lực phấn đấu thực hiện thắng lợi Nghị quyết Đại hội lần thứ XXIII."),
]

# =====================================================================================================
# Distractor: Kế hoạch sản xuất vụ Đông Xuân 2024 - 2025 (Sở Nông nghiệp và PTNT), plain text, one paragraph
# per line, LF line endings.
# =====================================================================================================
CROP_LINES = [
    "UBND TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 3618/KH-SNN\tBình Định, ngày 28 tháng 10 năm 2024",
    "KẾ HOẠCH",
    "Sản xuất vụ Đông Xuân 2024 - 2025",
    "Căn cứ kết quả sản xuất vụ Đông Xuân 2023 - 2024 và dự báo khí tượng thủy văn, Sở Nông nghiệp và Phát triển "
    "nông thôn xây dựng kế hoạch sản xuất vụ Đông Xuân 2024 - 2025 như sau:",
    "1. Mục tiêu: tổng diện tích gieo trồng toàn tỉnh 59.800 ha, trong đó lúa 47.600 ha, năng suất lúa bình quân "
    "phấn đấu đạt 70 tạ/ha; tỷ lệ sử dụng giống lúa xác nhận đạt trên 95%.",
    "2. Lịch thời vụ: xuống giống tập trung từ ngày 15/12/2024 đến ngày 10/01/2025; thu hoạch tập trung từ ngày "
    "05/4/2025 đến ngày 30/4/2025, tránh mưa lũ tiểu mãn.",
    "3. Các huyện Phù Mỹ, Phù Cát, Tây Sơn, Tuy Phước và thị xã An Nhơn là vùng lúa trọng điểm, bố trí cánh đồng "
    "lớn liên kết sản xuất giống với doanh nghiệp, diện tích cánh đồng lớn toàn tỉnh phấn đấu đạt 18.500 ha.",
    "4. Thị xã Hoài Nhơn, huyện Hoài Ân chuyển đổi 1.200 ha đất lúa kém hiệu quả sang trồng ngô, lạc, rau màu.",
    "5. Các huyện An Lão, Vĩnh Thạnh, Vân Canh chủ động nguồn nước tưới cho diện tích lúa nước và cây trồng cạn; "
    "không cần bố trí cánh đồng lớn.",
    "6. Công ty TNHH Khai thác công trình thủy lợi Bình Định bảo đảm nước tưới cho 42.000 ha từ các hồ Định Bình, "
    "Núi Một, Thuận Ninh; lịch cấp nước đợt 1 bắt đầu từ ngày 10/12/2024.",
    "7. Chi cục Trồng trọt và Bảo vệ thực vật theo dõi sâu bệnh, nhất là rầy nâu, đạo ôn, chuột; ban hành thông "
    "báo xuống giống theo từng tiểu vùng.",
    "8. Chế độ báo cáo: Phòng Nông nghiệp và PTNT (Phòng Kinh tế) các huyện, thị xã, thành phố báo cáo tiến độ "
    "gieo sạ về Sở trước 16 giờ thứ Năm hằng tuần; báo cáo tổng kết vụ gửi Sở trước ngày 30/5/2025.",
    "Sở Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo thực hiện "
    "kế hoạch này; trong quá trình triển khai có khó khăn, vướng mắc báo cáo về Sở (qua Phòng Trồng trọt) để xử "
    "lý.",
    "Nơi nhận:\tGIÁM ĐỐC",
    "- UBND tỉnh (b/c);\t(Đã ký)",
    "- UBND các huyện, thị xã, thành phố;",
    "- Lưu VT, TT.\tNguyễn Văn Bình",
]
