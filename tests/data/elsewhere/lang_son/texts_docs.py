"""Texts of the other three documents of the Lạng Sơn set.

NOTICE_LINES   Thông báo kết luận số 412-TB/TU (12/12/2024), saved from Word as plain text: one paragraph per
               line, the two-column letterhead and signer tables flattened with tabs.
AMEND_*        Công văn số 1472-CV/BTGTU (20/12/2024) amending Hướng dẫn số 38-HD/BTGTU (PDF, 2 pages).
REPORT_*       Báo cáo chính trị of Huyện ủy Chi Lăng to its XXIII congress (2020), PDF; the district is named
               only in the title block.
"""

# =====================================================================================================
# Thông báo kết luận (.txt)
# =====================================================================================================
NOTICE_LINES = [
    "TỈNH ỦY LẠNG SƠN\tĐẢNG CỘNG SẢN VIỆT NAM",
    "*\t",
    "Số 412-TB/TU\tLạng Sơn, ngày 12 tháng 12 năm 2024",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Tỉnh ủy về dự thảo Báo cáo chính trị trình đại hội đảng bộ các huyện Văn Lãng, "
    "Hữu Lũng, Bắc Sơn nhiệm kỳ 2025 - 2030",
    "-----",
    "Ngày 09/12/2024, Ban Thường vụ Tỉnh ủy họp nghe Ban Thường vụ các huyện ủy Văn Lãng, Hữu Lũng, Bắc Sơn "
    "báo cáo dự thảo Báo cáo chính trị trình đại hội đảng bộ huyện nhiệm kỳ 2025 - 2030. Đồng chí Đinh Hữu "
    "Tuân, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có lãnh đạo Ban Tuyên giáo, Ban Tổ chức, Văn phòng "
    "Tỉnh ủy; đại diện Ban Thường vụ Huyện ủy Tràng Định và Ban Thường vụ Thành ủy Lạng Sơn dự để nghiên "
    "cứu, rút kinh nghiệm.",
    "Sau khi nghe các huyện báo cáo, nghe ý kiến thẩm định của Ban Tuyên giáo Tỉnh ủy và ý kiến thảo luận "
    "của các đồng chí dự họp, Ban Thường vụ Tỉnh ủy kết luận như sau:",
    "1. Đánh giá chung",
    "Ban Thường vụ Tỉnh ủy ghi nhận Ban Thường vụ các huyện ủy Văn Lãng, Hữu Lũng, Bắc Sơn đã chuẩn bị dự "
    "thảo nghiêm túc, cơ bản bám sát Hướng dẫn số 38-HD/BTGTU ngày 16/9/2024 của Ban Tuyên giáo Tỉnh ủy; bố "
    "cục hợp lý, phần đánh giá kết quả có số liệu minh chứng, phần phương hướng đã thể hiện được tiềm năng, "
    "lợi thế của từng địa phương.",
    "Tuy nhiên, một số dự thảo còn dài, nhất là dự thảo của Hữu Lũng (38 trang) và của Bắc Sơn (33 trang); "
    "phần đánh giá ở một số lĩnh vực còn nặng về liệt kê; việc phân tích nguyên nhân của hạn chế chưa "
    "sâu; một số chỉ tiêu nhiệm kỳ 2025 - 2030 chưa có cơ sở tính toán thuyết phục.",
    "2. Những nội dung chung các huyện cần tiếp thu, hoàn thiện",
    "2.1. Rà soát, biên tập lại để rút gọn dự thảo xuống không quá 25 trang khổ A4; chuyển các số liệu chi "
    "tiết sang phụ lục.",
    "2.2. Cập nhật số liệu đến hết ngày 30/11/2024, ước thực hiện cả năm 2024 và dự ước năm 2025; thống nhất "
    "số liệu giữa báo cáo chính trị và báo cáo kinh tế - xã hội của Ủy ban nhân dân huyện.",
    "2.3. Bổ sung đánh giá việc quán triệt, triển khai chủ trương tổng kết Nghị quyết số 18-NQ/TW ngày "
    "25/10/2017 của Hội nghị Trung ương 6 khóa XII, sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị "
    "ở địa phương.",
    "2.4. Phần hạn chế phải nêu đích danh những chỉ tiêu không đạt kèm mức độ thực hiện; nguyên nhân chủ quan "
    "phải gắn với trách nhiệm của tập thể, cá nhân cụ thể.",
    "2.5. Giữ hệ thống chỉ tiêu trong giới hạn không quá 20 chỉ tiêu, loại bỏ những chỉ tiêu thuộc nhiệm vụ "
    "thường xuyên của các cơ quan chuyên môn.",
    "Các dự thảo không cần bổ sung mục đánh giá riêng về công tác thi đua, khen thưởng; nội dung này đã có "
    "trong báo cáo của Ủy ban nhân dân huyện.",
    "3. Ý kiến đối với từng dự thảo",
    "3.1. Huyện Văn Lãng",
    "Đối với huyện Văn Lãng, đề nghị bổ sung đánh giá hoạt động thông quan qua cửa khẩu Tân Thanh và các "
    "cặp chợ biên giới; làm rõ nguyên nhân số thu ngân sách từ hoạt động xuất, nhập khẩu giảm trong hai năm "
    "2022 - 2023.",
    "Dự thảo của Văn Lãng có 24 trang, đáp ứng yêu cầu về dung lượng. Dự thảo đề ra 23 chỉ tiêu, cần giảm xuống không quá 20; cân nhắc bỏ chỉ tiêu về số lượt khách du lịch vì "
    "chưa có cơ sở tính toán. Đề nghị làm rõ khâu đột phá về hạ tầng thương mại biên giới, nêu cụ thể các dự "
    "án ưu tiên.",
    "3.2. Huyện Hữu Lũng",
    "Với Hữu Lũng, cần rà soát lại chỉ tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 12%/năm, vì cao hơn "
    "nhiều so với kết quả ước đạt của nhiệm kỳ 2020 - 2025 (7,6%/năm); bổ sung giải pháp giải phóng mặt bằng "
    "và thu hút nhà đầu tư hạ tầng các cụm công nghiệp dọc tuyến cao tốc.",
    "Dự thảo hiện nêu sáu bài học kinh nghiệm; đề nghị gộp lại còn không quá năm bài học. Phần đánh giá công "
    "tác xây dựng Đảng cần phân tích rõ nguyên nhân tỷ lệ kết nạp đảng viên ở các xã vùng sâu thấp.",
    "3.3. Huyện Bắc Sơn",
    "Huyện Bắc Sơn cần gắn phương hướng phát triển văn hóa, du lịch với kỷ niệm 85 năm cuộc Khởi nghĩa Bắc "
    "Sơn (27/9/1940 - 27/9/2025); làm rõ kết quả và giải pháp phát triển du lịch cộng đồng ở các thôn, bản "
    "người Tày.",
    "Phần khâu đột phá cần nêu kết quả cần đạt đến năm 2030 của khâu đột phá về hạ tầng giao thông, bổ sung "
    "giải pháp kết nối giao thông với huyện Võ Nhai (tỉnh Thái Nguyên). Chỉ tiêu về tỷ lệ che phủ rừng cần "
    "thống nhất với số liệu kiểm kê rừng năm 2024.",
    "4. Tổ chức thực hiện",
    "Ban Thường vụ các huyện ủy Văn Lãng, Hữu Lũng, Bắc Sơn tiếp thu đầy đủ ý kiến kết luận, hoàn chỉnh dự "
    "thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 10/01/2025.",
    "Giao Ban Tuyên giáo Tỉnh ủy hướng dẫn điều chỉnh dung lượng báo cáo chính trị và thời hạn gửi dự thảo "
    "của các đảng bộ huyện, thành phố còn lại cho phù hợp; theo dõi, đôn đốc việc thực hiện, báo cáo Thường "
    "trực Tỉnh ủy.",
    "Thông báo này được gửi Ban Thường vụ các huyện ủy, thành ủy khác để tham khảo.",
    "Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng liên quan biết, thực hiện.",
    "Nơi nhận:\tT/L BAN THƯỜNG VỤ",
    "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,\tCHÁNH VĂN PHÒNG",
    "- Ban Thường vụ các huyện ủy, thành ủy,\t",
    "- Các ban đảng Tỉnh ủy,\t(đã ký)",
    "- Lưu Văn phòng Tỉnh ủy.\t",
    "\tMông Văn Toản",
]

# =====================================================================================================
# Công văn số 1472-CV/BTGTU (.pdf)
# =====================================================================================================
AMEND_LEFT = [
    "ĐẢNG BỘ TỈNH LẠNG SƠN",
    "BAN TUYÊN GIÁO",
    "*",
    "Số 1472-CV/BTGTU",
    "V/v điều chỉnh một số nội dung",
    "tại Hướng dẫn số 38-HD/BTGTU",
]
AMEND_RIGHT = [
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Lạng Sơn, ngày 20 tháng 12 năm 2024",
]
AMEND_TO = "Kính gửi: Ban Thường vụ các huyện ủy, thành ủy."
AMEND_BODY = [
    ("p", "Ngày 16/9/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 38-HD/BTGTU về xây dựng báo cáo chính "
          "trị trình đại hội đảng bộ huyện, thành phố nhiệm kỳ 2025 - 2030 (sau đây gọi là Hướng dẫn số 38). "
          "Đến nay, các huyện ủy, thành ủy đã gửi đề cương chi tiết; ba huyện Văn Lãng, Hữu Lũng, Bắc Sơn đã "
          "trình Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo."),
    ("p", "Thực hiện Thông báo kết luận số 412-TB/TU ngày 12/12/2024 của Ban Thường vụ Tỉnh ủy, đồng thời xét "
          "đề nghị của một số huyện ủy về việc thời hạn gửi dự thảo lần thứ nhất trùng với thời gian chuẩn bị "
          "Tết Nguyên đán Ất Tỵ, Ban Tuyên giáo Tỉnh ủy điều chỉnh hai nội dung của Hướng dẫn số 38 như sau:"),
    ("h", "1. Về dung lượng báo cáo chính trị"),
    ("p", "Điểm 1 mục III Hướng dẫn số 38 được sửa thành: “Báo cáo chính trị có dung lượng không quá 25 trang "
          "khổ A4 (không kể phụ lục)”. Quy định phụ lục số liệu không quá 12 trang và bản tóm tắt không quá "
          "mười trang giữ nguyên như Hướng dẫn số 38."),
    ("p", "Các huyện ủy, thành ủy đã xây dựng xong dự thảo theo quy định cũ chủ động rà soát, lược bỏ những nội "
          "dung trùng lặp, chuyển số liệu chi tiết sang phụ lục để bảo đảm dung lượng mới."),
    ("h", "2. Về thời hạn gửi dự thảo báo cáo chính trị lần thứ nhất"),
    ("p", "Thời hạn các huyện ủy, thành ủy gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Tuyên giáo Tỉnh ủy "
          "(dòng 4, bảng tiến độ tại mục IV Hướng dẫn số 38) được điều chỉnh từ trước ngày 20/01/2025 thành "
          "trước ngày 25 tháng 02 năm 2025."),
    ("p", "Đối với ba huyện Văn Lãng, Hữu Lũng, Bắc Sơn, thời hạn gửi dự thảo đã tiếp thu, hoàn chỉnh vẫn thực "
          "hiện theo Thông báo kết luận số 412-TB/TU, không thay đổi."),
    ("h", "3. Một số lưu ý khi rút gọn dự thảo"),
    ("p", "Khi rút gọn, các địa phương ưu tiên giữ nguyên phần đánh giá hạn chế, nguyên nhân và phần khâu đột "
          "phá; lược bớt phần mở đầu và các đoạn mô tả quá trình chỉ đạo."),
    ("p", "Việc rút gọn dung lượng không được thực hiện bằng cách giảm cỡ chữ, thu hẹp lề hoặc giãn dòng so với "
          "thể thức quy định tại Hướng dẫn số 38."),
    ("p", "Dự thảo gửi đồng thời bản giấy và bản điện tử (định dạng .doc hoặc .docx) qua hộp thư điện tử công "
          "vụ của Ban Tuyên giáo Tỉnh ủy."),
    ("p", "Các nội dung khác của Hướng dẫn số 38 giữ nguyên. Ban Tuyên giáo Tỉnh ủy đề nghị Ban Thường vụ các "
          "huyện ủy, thành ủy quan tâm chỉ đạo, triển khai thực hiện."),
]
AMEND_NOI_NHAN = [
    "Nơi nhận:",
    "- Như trên,",
    "- Thường trực Tỉnh ủy (b/c),",
    "- Văn phòng Tỉnh ủy,",
    "- Lãnh đạo Ban,",
    "- Lưu VT, Phòng LLCT-LSĐ.",
]
AMEND_SIGNER = [
    "K/T TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "(đã ký)",
    "Lộc Văn Thắng",
]

# =====================================================================================================
# Báo cáo chính trị Đảng bộ huyện Chi Lăng, 2020 (.pdf)
# =====================================================================================================
REPORT_TITLE_BLOCK = [("ĐẢNG BỘ TỈNH LẠNG SƠN", 12), ("HUYỆN ỦY CHI LĂNG", 12)]
REPORT_TITLE = "BÁO CÁO CHÍNH TRỊ"
REPORT_SUBTITLE = ("của Ban Chấp hành Đảng bộ huyện khóa XXII trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, "
                   "nhiệm kỳ 2020 - 2025")
REPORT_MOTTO = ("Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ; phát huy truyền thống lịch sử, "
                "tiềm năng, lợi thế; đẩy mạnh phát triển nông nghiệp hàng hóa, thương mại, dịch vụ; xây dựng "
                "huyện phát triển nhanh, bền vững")
RUNNING_HEADER = "Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIII"

REPORT = [
    ("p", "Nhiệm kỳ 2015 - 2020, Đảng bộ và Nhân dân các dân tộc trong huyện thực hiện Nghị quyết Đại hội lần "
          "thứ XXII trong bối cảnh có nhiều thuận lợi nhưng cũng không ít khó khăn. Tuyến cao tốc Bắc Giang - "
          "Lạng Sơn đi qua địa bàn được đưa vào khai thác, mở ra cơ hội mới; song thời tiết diễn biến bất "
          "thường, giá nông sản bấp bênh, dịch tả lợn châu Phi năm 2019 và dịch Covid-19 đầu năm 2020 ảnh "
          "hưởng lớn đến sản xuất và đời sống Nhân dân."),
    ("part", "Phần thứ nhất\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XXII"),
    ("h1", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("h2", "1. Về phát triển kinh tế"),
    ("p", "Kinh tế của huyện duy trì tăng trưởng khá; tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn "
          "2015 - 2020 ước đạt 8,1%/năm (Nghị quyết đề ra 8,5 - 9%/năm). Cơ cấu kinh tế chuyển dịch đúng "
          "hướng: nông, lâm nghiệp chiếm 41,2%, công nghiệp - xây dựng 24,6%, thương mại - dịch vụ 34,2%. Thu "
          "nhập bình quân đầu người năm 2020 ước đạt 36,8 triệu đồng, gấp 1,6 lần năm 2015."),
    ("p", "Sản xuất nông, lâm nghiệp phát triển theo hướng hàng hóa. Cây na tiếp tục là cây trồng chủ lực với "
          "diện tích trên 2.900 ha, sản lượng bình quân khoảng 20.000 tấn/năm; nhãn hiệu tập thể được xây dựng "
          "và quảng bá qua lễ hội na hằng năm. Tỷ lệ che phủ rừng năm 2020 đạt 59,6%, vượt chỉ tiêu Nghị quyết "
          "đề ra."),
    ("p", "Thu ngân sách nhà nước trên địa bàn năm 2020 ước đạt 92,5 tỷ đồng, bình quân tăng 9,3%/năm. Kết cấu "
          "hạ tầng được quan tâm đầu tư, 100% xã có đường ô tô đến trung tâm được cứng hóa; thị trấn Đồng Mỏ "
          "từng bước được chỉnh trang."),
    ("p", "Thương mại, dịch vụ phát triển khá; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2020 ước đạt "
          "1.250 tỷ đồng. Khu vực dọc Quốc lộ 1 và hai thị trấn hình thành các điểm thương mại, dịch vụ vận tải. "
          "Công nghiệp chủ yếu là khai thác, chế biến vật liệu xây dựng và chế biến nông, lâm sản quy mô nhỏ; "
          "chưa thu hút được dự án công nghiệp có quy mô lớn."),
    ("h2", "2. Về văn hóa - xã hội"),
    ("p", "Công tác giảm nghèo đạt kết quả tích cực: tỷ lệ hộ nghèo giảm từ 18,7% năm 2015 xuống còn 6,4% năm "
          "2020 (theo chuẩn nghèo giai đoạn 2016 - 2020). Đến hết năm 2020 có 5 xã đạt chuẩn nông thôn mới. "
          "Giáo dục, y tế có nhiều chuyển biến; 28 trường học đạt chuẩn quốc gia; 100% trạm y tế xã có bác sĩ."),
    ("p", "Các hoạt động văn hóa, văn nghệ, thể dục, thể thao được duy trì; giá trị các di tích lịch sử trên địa "
          "bàn được phát huy, thu hút ngày càng đông khách tham quan. Huyện phối hợp với huyện Hữu Lũng và các "
          "địa phương của tỉnh Bắc Giang bảo đảm an ninh, trật tự dọc tuyến cao tốc và Quốc lộ 1."),
    ("h2", "3. Về quốc phòng, an ninh"),
    ("p", "Quốc phòng được củng cố; hoàn thành chỉ tiêu tuyển quân hằng năm. An ninh chính trị, trật tự an toàn "
          "xã hội được giữ vững; tai nạn giao thông giảm trên cả ba tiêu chí."),
    ("h2", "4. Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "Công tác xây dựng Đảng được chú trọng. Trong nhiệm kỳ kết nạp được 612 đảng viên; hằng năm có trên "
          "85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Việc sắp xếp, sáp nhập các thôn, khu phố "
          "được thực hiện đúng lộ trình."),
    ("h2", "5. Về thực hiện các khâu đột phá nhiệm kỳ 2015 - 2020"),
    ("p", "Khâu đột phá về hạ tầng giao thông đạt kết quả rõ nét: đã cứng hóa 186 km đường giao thông nông "
          "thôn theo phương châm Nhà nước và Nhân dân cùng làm, Nhân dân hiến trên 14 ha đất. Khâu đột phá về "
          "phát triển cây na đạt kết quả bước đầu, song việc liên kết tiêu thụ chưa bền vững. Khâu đột phá về "
          "cải cách hành chính có chuyển biến, 100% thủ tục hành chính cấp huyện được tiếp nhận qua bộ phận "
          "một cửa."),
    ("h1", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("h2", "1. Hạn chế, yếu kém"),
    ("p", "Có 4/18 chỉ tiêu chủ yếu không đạt, gồm: tốc độ tăng trưởng giá trị sản xuất, thu ngân sách trên địa "
          "bàn, số xã đạt chuẩn nông thôn mới và tỷ lệ lao động qua đào tạo. Kinh tế tăng trưởng chưa vững "
          "chắc; sản phẩm na chủ yếu tiêu thụ quả tươi, giá trị gia tăng thấp. Thu hút đầu tư vào công nghiệp, "
          "dịch vụ còn hạn chế; chất lượng một số tiêu chí nông thôn mới chưa bền vững."),
    ("h2", "2. Nguyên nhân"),
    ("p", "Nguyên nhân khách quan: điểm xuất phát của huyện thấp, địa hình chia cắt; thiên tai, dịch bệnh diễn "
          "biến phức tạp; nguồn lực đầu tư từ ngân sách cấp trên có hạn."),
    ("p", "Nguyên nhân chủ quan: một số cấp ủy, chính quyền chưa quyết liệt trong lãnh đạo, chỉ đạo; năng lực "
          "tham mưu của một số cơ quan chuyên môn còn hạn chế; công tác xúc tiến đầu tư chưa được quan tâm "
          "đúng mức."),
    ("h1", "III. BÀI HỌC KINH NGHIỆM"),
    ("p", "Một là, phải giữ vững đoàn kết, thống nhất trong Đảng bộ, phát huy sức mạnh khối đại đoàn kết các "
          "dân tộc trong huyện."),
    ("p", "Hai là, bám sát thực tiễn, lựa chọn đúng khâu đột phá, tập trung nguồn lực để tạo chuyển biến rõ nét."),
    ("p", "Ba là, phát huy vai trò người đứng đầu, đề cao trách nhiệm nêu gương của cán bộ, đảng viên."),
    ("p", "Bốn là, coi trọng công tác dân vận, lấy sự hài lòng của Nhân dân làm thước đo hiệu quả công việc."),
    ("part", "Phần thứ hai\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025"),
    ("h1", "I. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; huy động, sử dụng hiệu quả các nguồn lực, "
          "khai thác tốt lợi thế tuyến cao tốc, phát triển nông nghiệp hàng hóa gắn với chế biến, phát triển "
          "thương mại, dịch vụ, du lịch lịch sử; phấn đấu đến năm 2025 huyện phát triển khá trong tỉnh."),
    ("h1", "II. CÁC CHỈ TIÊU CHỦ YẾU"),
    ("p", "Nhiệm kỳ 2020 - 2025 phấn đấu đạt 17 chỉ tiêu chủ yếu, trong đó:"),
    ("item", "- Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 8,5%/năm trở lên."),
    ("item", "- Thu ngân sách nhà nước trên địa bàn tăng bình quân 8%/năm."),
    ("item", "- Thu nhập bình quân đầu người đến năm 2025 đạt 55 triệu đồng."),
    ("item", "- Tỷ lệ hộ nghèo giảm bình quân 2%/năm (theo chuẩn nghèo mới)."),
    ("item", "- Đến năm 2025 có thêm 6 xã đạt chuẩn nông thôn mới."),
    ("item", "- Tỷ lệ che phủ rừng đạt 61% vào năm 2025."),
    ("item", "- Tỷ lệ lao động qua đào tạo đạt 55% vào năm 2025."),
    ("item", "- Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 98%."),
    ("item", "- Kết nạp đảng viên mới bình quân 130 đảng viên/năm."),
    ("item", "- Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."),
    ("p", "Các chỉ tiêu còn lại về giáo dục, y tế, văn hóa, quốc phòng, an ninh được nêu tại phụ lục kèm theo "
          "báo cáo."),
    ("h1", "III. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện xác định ba khâu đột phá: (1) phát triển kết cấu hạ tầng giao "
          "thông kết nối với tuyến cao tốc; (2) phát triển nông nghiệp hàng hóa, nâng cao giá trị sản phẩm na "
          "thông qua chế biến và mở rộng thị trường; (3) đẩy mạnh cải cách hành chính, cải thiện môi trường "
          "đầu tư."),
    ("p", "Mỗi khâu đột phá được cụ thể hóa bằng chương trình, đề án riêng, phân công đồng chí Thường trực "
          "Huyện ủy trực tiếp chỉ đạo, kiểm điểm kết quả hằng năm."),
    ("h1", "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "Tập trung phát triển nông nghiệp theo hướng sản xuất hàng hóa, ứng dụng công nghệ cao; mở rộng diện "
          "tích na đạt tiêu chuẩn VietGAP; thu hút doanh nghiệp đầu tư chế biến nông sản. Phát triển thương "
          "mại, dịch vụ dọc tuyến cao tốc và Quốc lộ 1; khai thác giá trị các di tích lịch sử gắn với du lịch."),
    ("p", "Đẩy mạnh xây dựng nông thôn mới, giảm nghèo bền vững; nâng cao chất lượng giáo dục, y tế; giữ gìn, "
          "phát huy bản sắc văn hóa các dân tộc. Củng cố quốc phòng, giữ vững an ninh chính trị, trật tự an "
          "toàn xã hội."),
    ("p", "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; nâng cao chất lượng sinh hoạt chi bộ; "
          "xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt cấp xã, đủ phẩm chất, năng lực, uy tín."),
    ("p", "Với truyền thống anh hùng, Đảng bộ và Nhân dân các dân tộc trong huyện quyết tâm thực hiện thắng lợi "
          "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, xây dựng quê hương ngày càng giàu đẹp, văn "
          "minh."),
]
