"""Text of Hướng dẫn số 46-HD/BTGTU (23/9/2024) of the Ban Tuyên giáo Tỉnh ủy Nghệ An (written to .docx by
make_set.py). Everything is invented except the province's geography and the documents of the Centre it cites.

Block kinds: "c" centred bold, "cs" centred plain, "ci" centred italic, "part" centred bold (Phần …),
"b" bold heading, "bi" bold-italic heading, "i" italic heading, "p" justified body paragraph,
("table", name) a table defined below.
"""

GUIDE_LEFT = [("TỈNH ỦY NGHỆ AN", False), ("BAN TUYÊN GIÁO", True), ("*", False), ("Số 46-HD/BTGTU", False)]
GUIDE_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False), ("Nghệ An, ngày 23 tháng 9 năm 2024", False)]

GUIDE_BODY: list[tuple[str, str]] = [
    ("c", "HƯỚNG DẪN"),
    ("c", "nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố, "
          "nhiệm kỳ 2025 - 2030"),
    ("cs", "-----"),
    ("p", "Căn cứ Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội "
          "đại biểu toàn quốc lần thứ XIV của Đảng; Kế hoạch số 295-KH/TU ngày 26/7/2024 của Ban Thường vụ Tỉnh ủy "
          "về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ "
          "2025 - 2030; Nghị quyết số 39-NQ/TW ngày 18/7/2023 của Bộ Chính trị về xây dựng và phát triển tỉnh Nghệ "
          "An đến năm 2030, tầm nhìn đến năm 2045, Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung, hình thức báo cáo "
          "chính trị trình đại hội đảng bộ các huyện, thị xã, thành phố (sau đây gọi chung là đảng bộ cấp huyện) "
          "như sau:"),

    # ------------------------------------------------------------------ Phần I
    ("part", "Phần I"),
    ("part", "MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    ("p", "Báo cáo chính trị là văn kiện trung tâm của đại hội đảng bộ cấp huyện, thể hiện trí tuệ, bản lĩnh, ý chí "
          "và khát vọng vươn lên của đảng bộ, chính quyền và nhân dân địa phương. Báo cáo đánh giá toàn diện kết quả "
          "thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025, rút ra bài học kinh nghiệm và xác định phương hướng, "
          "mục tiêu, nhiệm vụ, giải pháp cho nhiệm kỳ 2025 - 2030."),
    ("p", "Hướng dẫn này nhằm thống nhất những nội dung cơ bản, bố cục, hình thức trình bày và quy trình xây dựng báo "
          "cáo chính trị của 21 đảng bộ cấp huyện trong tỉnh; đồng thời gợi mở những vấn đề mà từng nhóm địa phương "
          "cần đi sâu, phù hợp với vị trí, đặc điểm và định hướng phát triển theo Quy hoạch tỉnh Nghệ An thời kỳ "
          "2021 - 2030, tầm nhìn đến năm 2050."),
    ("p", "Quá trình xây dựng báo cáo chính trị là đợt sinh hoạt chính trị sâu rộng trong đảng bộ và nhân dân, góp "
          "phần củng cố niềm tin, tạo khí thế thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, Đại hội XX "
          "Đảng bộ tỉnh và Đại hội XIV của Đảng."),
    ("p", "Qua thẩm định báo cáo chính trị nhiệm kỳ 2020 - 2025 cho thấy, phần lớn các báo cáo đã bám sát hướng dẫn, "
          "đánh giá tương đối toàn diện các lĩnh vực. Tuy vậy, nhiều báo cáo còn dài (có báo cáo trên 45 trang), "
          "nặng về liệt kê số liệu; phần hạn chế, nguyên nhân còn chung chung; có địa phương xác định tới 32 chỉ "
          "tiêu và 5 khâu đột phá, khó tổ chức thực hiện và khó kiểm tra, đánh giá. Đây là những vấn đề cần rút "
          "kinh nghiệm trong lần xây dựng văn kiện này."),
    ("b", "2. Yêu cầu"),
    ("bi", "2.1. Về quan điểm, nội dung"),
    ("p", "a) Bám sát Cương lĩnh, Điều lệ Đảng, dự thảo các văn kiện trình Đại hội XIV của Đảng, dự thảo văn kiện "
          "Đại hội XX Đảng bộ tỉnh; cụ thể hóa các quan điểm, mục tiêu của Nghị quyết số 39-NQ/TW và Quy hoạch tỉnh "
          "vào điều kiện cụ thể của địa phương."),
    ("p", "b) Đánh giá đúng thực chất, khách quan, toàn diện, có trọng tâm, trọng điểm; nói rõ cái được, cái chưa "
          "được, có số liệu và dẫn chứng cụ thể; không tô hồng thành tích, không né tránh khuyết điểm."),
    ("p", "c) Dự báo sát tình hình; xác định mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp vừa có tính khát vọng, vừa khả "
          "thi, phù hợp với nguồn lực của địa phương và lộ trình sắp xếp đơn vị hành chính."),
    ("p", "d) Làm nổi bật tiềm năng, lợi thế khác biệt và dấu ấn riêng của từng địa phương, tránh tình trạng báo cáo "
          "của các huyện giống nhau về cách đặt vấn đề và hệ thống giải pháp."),
    ("bi", "2.2. Về phương pháp xây dựng"),
    ("p", "a) Phát huy dân chủ, trí tuệ tập thể của cấp ủy, cán bộ, đảng viên và nhân dân; huy động sự tham gia của "
          "các nhà khoa học, chuyên gia, cán bộ lão thành cách mạng, người có uy tín trong cộng đồng các dân tộc."),
    ("p", "b) Bảo đảm sự thống nhất giữa báo cáo chính trị với báo cáo kiểm điểm của ban chấp hành đảng bộ và phương "
          "án nhân sự cấp ủy nhiệm kỳ mới."),
    ("p", "c) Đồng chí bí thư cấp ủy trực tiếp làm trưởng tiểu ban văn kiện, chịu trách nhiệm trước Ban Thường vụ "
          "Tỉnh ủy về chất lượng, tiến độ xây dựng báo cáo chính trị."),

    # ------------------------------------------------------------------ Phần II
    ("part", "Phần II"),
    ("part", "BỐ CỤC VÀ NỘI DUNG CHỦ YẾU CỦA BÁO CÁO CHÍNH TRỊ"),
    ("b", "I. TÊN BÁO CÁO, CHỦ ĐỀ VÀ BỐ CỤC"),
    ("bi", "1. Tên báo cáo"),
    ("p", "Tên báo cáo ghi thống nhất: \u201cBáo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thị xã, thành phố) "
          "khóa ... trình Đại hội đại biểu Đảng bộ huyện (thị xã, thành phố) lần thứ ..., nhiệm kỳ 2025 - 2030\u201d."),
    ("bi", "2. Chủ đề đại hội"),
    ("p", "Chủ đề đại hội được đặt ngay dưới tên báo cáo, không quá 35 chữ, thể hiện được các thành tố: xây dựng Đảng "
          "và hệ thống chính trị; phát huy sức mạnh đại đoàn kết; mục tiêu, khát vọng phát triển của địa phương "
          "trong nhiệm kỳ 2025 - 2030."),
    ("p", "Chủ đề không cần sao chép nguyên văn chủ đề Đại hội XX Đảng bộ tỉnh. Các đảng bộ chủ động lựa chọn cách "
          "diễn đạt ngắn gọn, dễ nhớ, phản ánh đặc trưng của địa phương."),
    ("bi", "3. Bố cục"),
    ("p", "Báo cáo chính trị gồm phần mở đầu, ba phần nội dung và phần kết luận. Bố cục gợi ý như sau:"),
    ("i", "Phần mở đầu"),
    ("i", "Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025 và bài học kinh nghiệm"),
    ("p", "I. Kết quả đạt được trên các lĩnh vực; II. Hạn chế, yếu kém và nguyên nhân; III. Bài học kinh nghiệm."),
    ("i", "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp phát triển nhiệm kỳ 2025 - 2030"),
    ("p", "I. Dự báo tình hình; II. Quan điểm chỉ đạo, mục tiêu và các chỉ tiêu chủ yếu; III. Các khâu đột phá; "
          "IV. Nhiệm vụ, giải pháp chủ yếu."),
    ("i", "Phần thứ ba: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện"),
    ("i", "Phần kết luận"),
    ("p", "Tên các mục, tiểu mục do cấp ủy lựa chọn cho phù hợp, nhưng phải bảo đảm đủ các nội dung cơ bản nêu tại "
          "Hướng dẫn này. Các đảng bộ đã xây dựng đề cương theo bố cục hai phần không nhất thiết phải xây dựng lại "
          "đề cương từ đầu."),

    ("b", "II. PHẦN MỞ ĐẦU"),
    ("p", "Phần mở đầu dài khoảng một trang, nêu khái quát vị trí, ý nghĩa của đại hội và bối cảnh diễn ra đại hội. "
          "Phần này không cần trình bày lại lịch sử, truyền thống của đảng bộ địa phương."),

    ("b", "III. PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025"),
    ("bi", "1. Bối cảnh, đặc điểm tình hình"),
    ("p", "Nêu ngắn gọn những thuận lợi, khó khăn chủ yếu tác động đến việc thực hiện nghị quyết, trong đó có tác "
          "động của đại dịch COVID-19 những năm 2020 - 2022, thiên tai, mưa lũ, lũ quét và biến động giá cả vật tư, "
          "nguyên liệu."),
    ("p", "Không cần nêu lại bối cảnh quốc tế, trong nước đã được phân tích đầy đủ trong dự thảo văn kiện Đại hội "
          "XIV của Đảng và Đại hội XX Đảng bộ tỉnh."),
    ("bi", "2. Kết quả đạt được trên các lĩnh vực"),
    ("i", "2.1. Về phát triển kinh tế"),
    ("p", "a) Đánh giá tốc độ tăng trưởng tổng giá trị sản xuất (hoặc giá trị tăng thêm), quy mô và cơ cấu kinh tế, "
          "thu nhập bình quân đầu người; so sánh với chỉ tiêu nghị quyết và với mức bình quân chung của tỉnh. Địa "
          "phương có chỉ tiêu tăng trưởng không đạt phải phân tích rõ nguyên nhân."),
    ("p", "b) Đánh giá kết quả phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; xây dựng nông thôn "
          "mới, nông thôn mới nâng cao, kiểu mẫu và Chương trình Mỗi xã một sản phẩm (OCOP)."),
    ("p", "c) Đánh giá kết quả phát triển công nghiệp, tiểu thủ công nghiệp, làng nghề; thương mại, dịch vụ, du lịch; "
          "thu hút đầu tư, phát triển doanh nghiệp, kinh tế tập thể, hợp tác xã."),
    ("p", "d) Đánh giá công tác thu, chi ngân sách; huy động các nguồn lực cho đầu tư phát triển; kết quả giải ngân "
          "vốn đầu tư công và việc thực hiện cơ chế, chính sách đặc thù phát triển tỉnh Nghệ An theo nghị quyết của "
          "Quốc hội."),
    ("p", "đ) Đánh giá công tác quy hoạch, quản lý đất đai, tài nguyên, khoáng sản; bảo vệ môi trường, ứng phó với "
          "biến đổi khí hậu, phòng, chống thiên tai."),
    ("p", "e) Làm rõ kết quả chuyển đổi số, xây dựng chính quyền số, kinh tế số và xã hội số; tỷ lệ hồ sơ thủ tục "
          "hành chính được giải quyết trực tuyến."),
    ("p", "Nhiệm kỳ 2020 - 2025, mặc dù chịu tác động nặng nề của dịch bệnh và thiên tai, kinh tế của tỉnh vẫn duy "
          "trì đà tăng trưởng khá; tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2021 - "
          "2024 ước đạt 7,9%/năm; thu hút đầu tư trực tiếp nước ngoài liên tục thuộc nhóm 10 tỉnh, thành phố dẫn đầu "
          "cả nước. Đây là căn cứ để các địa phương so sánh, đối chiếu khi đánh giá kết quả của mình."),
    ("p", "Bảng tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 đưa vào phụ lục của báo cáo. "
          "Trong thân báo cáo không cần nêu lại toàn bộ các chỉ tiêu đã đạt, vượt; chỉ phân tích sâu những chỉ "
          "tiêu có ý nghĩa then chốt và những chỉ tiêu không đạt."),
    ("i", "2.2. Về văn hóa, xã hội"),
    ("p", "a) Đánh giá kết quả phát triển giáo dục và đào tạo, khoa học và công nghệ; chăm sóc sức khỏe nhân dân, y "
          "tế cơ sở; công tác dân số."),
    ("p", "b) Làm rõ kết quả xây dựng văn hóa, con người xứ Nghệ; bảo tồn, phát huy giá trị các di sản, trong đó có "
          "Dân ca Ví, Giặm Nghệ Tĩnh và các di tích lịch sử - văn hóa trên địa bàn; xây dựng đời sống văn hóa ở cơ "
          "sở."),
    ("p", "c) Đánh giá kết quả giảm nghèo bền vững, giải quyết việc làm, đưa người lao động đi làm việc ở nước ngoài "
          "theo hợp đồng; thực hiện chính sách an sinh xã hội, chăm lo người có công; kết quả xóa nhà tạm, nhà dột "
          "nát."),
    ("p", "d) Đánh giá công tác thông tin, truyền thông, báo chí ở địa phương; phong trào thể dục, thể thao quần "
          "chúng; xây dựng gia đình no ấm, tiến bộ, hạnh phúc."),
    ("p", "Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng và các con số thống kê chi tiết theo "
          "từng xã, thị trấn."),
    ("i", "2.3. Về quốc phòng, an ninh và đối ngoại"),
    ("p", "a) Đánh giá kết quả xây dựng khu vực phòng thủ huyện vững chắc, xây dựng lực lượng dân quân tự vệ, lực "
          "lượng dự bị động viên; công tác giáo dục quốc phòng và an ninh."),
    ("p", "b) Đánh giá kết quả giữ vững an ninh chính trị, trật tự, an toàn xã hội; đấu tranh phòng, chống tội phạm, "
          "nhất là tội phạm về ma túy, tín dụng đen, lừa đảo trên không gian mạng; giải quyết đơn thư khiếu nại, "
          "tố cáo."),
    ("p", "c) Đánh giá công tác đối ngoại và hợp tác của địa phương với các địa phương trong và ngoài nước (nếu có)."),
    ("i", "2.4. Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "a) Đánh giá kết quả thực hiện Nghị quyết Trung ương 4 khóa XII, khóa XIII về xây dựng, chỉnh đốn Đảng gắn "
          "với Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách "
          "Hồ Chí Minh."),
    ("p", "b) Đánh giá kết quả sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, sáp nhập thôn, bản, khối, "
          "xóm; sắp xếp tổ chức bộ máy; công tác cán bộ, nhất là đào tạo, bồi dưỡng cán bộ người dân tộc thiểu số, "
          "cán bộ nữ, cán bộ trẻ."),
    ("p", "c) Đánh giá công tác kiểm tra, giám sát, thi hành kỷ luật đảng; phòng, chống tham nhũng, lãng phí, tiêu "
          "cực; công tác dân vận, hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội."),
    ("bi", "3. Đánh giá chung"),
    ("p", "Trên cơ sở đánh giá từng lĩnh vực, khái quát từ ba đến bốn kết quả nổi bật nhất của nhiệm kỳ; so sánh với "
          "đầu nhiệm kỳ (năm 2020) để thấy rõ sự thay đổi về quy mô kinh tế, kết cấu hạ tầng và đời sống vật chất, "
          "tinh thần của nhân dân."),
    ("bi", "4. Hạn chế, yếu kém và nguyên nhân"),
    ("p", "- Chỉ rõ những chỉ tiêu không đạt, những nhiệm vụ, công trình, dự án chậm tiến độ, những vấn đề bức xúc "
          "kéo dài, gắn với trách nhiệm của tập thể, cá nhân, nhất là người đứng đầu."),
    ("p", "- Phân tích nguyên nhân khách quan và chủ quan, lấy nguyên nhân chủ quan làm trọng tâm."),
    ("p", "- Tránh nêu hạn chế chung chung, đổ lỗi cho nguyên nhân khách quan."),
    ("bi", "5. Bài học kinh nghiệm"),
    ("p", "Rút ra từ ba đến năm bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo của đảng bộ trong nhiệm kỳ, "
          "có giá trị vận dụng trong nhiệm kỳ tới. Không nêu lại những bài học mang tính nguyên tắc chung đã được "
          "khẳng định trong văn kiện của Trung ương và của tỉnh."),

    ("b", "IV. PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030"),
    ("bi", "1. Dự báo tình hình"),
    ("p", "Dự báo ngắn gọn những thời cơ, thuận lợi và khó khăn, thách thức đối với địa phương trong nhiệm kỳ tới, "
          "nhất là tác động của việc sắp xếp tổ chức bộ máy, đơn vị hành chính và của các công trình hạ tầng chiến "
          "lược như đường bộ cao tốc Bắc - Nam phía Đông, dự án mở rộng Cảng hàng không quốc tế Vinh, cảng biển "
          "Cửa Lò, Đông Hồi."),
    ("bi", "2. Quan điểm chỉ đạo"),
    ("p", "Xác định không quá bốn quan điểm chỉ đạo, thể hiện rõ định hướng phát triển nhanh, bền vững, lấy con "
          "người làm trung tâm, gắn phát triển kinh tế với bảo đảm quốc phòng, an ninh."),
    ("bi", "3. Mục tiêu tổng quát và các chỉ tiêu chủ yếu"),
    ("p", "a) Mục tiêu tổng quát phải thể hiện khát vọng và định vị của địa phương đến năm 2030, phù hợp với mục "
          "tiêu của tỉnh theo Nghị quyết số 39-NQ/TW; diễn đạt ngắn gọn, có tính khái quát cao."),
    ("p", "b) Xác định từ 18 đến 22 chỉ tiêu chủ yếu, chia thành ba nhóm: kinh tế; văn hóa - xã hội và môi trường; "
          "xây dựng Đảng và hệ thống chính trị. Các địa phương tham khảo hệ thống chỉ tiêu gợi ý tại Phụ lục kèm "
          "theo Hướng dẫn này."),
    ("p", "c) Các chỉ tiêu phải định lượng được, có căn cứ tính toán, thống nhất về phương pháp tính với hướng dẫn "
          "của Cục Thống kê tỉnh và phù hợp với Quy hoạch tỉnh. Chỉ tiêu tăng trưởng có thể xác định theo khoảng, "
          "nhưng biên độ không quá 1 điểm phần trăm (ví dụ: 9 - 10%/năm)."),
    ("p", "d) Chỉ tiêu tỷ lệ che phủ rừng là chỉ tiêu bắt buộc đối với 11 huyện, thị xã miền núi; chỉ tiêu về sản "
          "lượng thủy sản là chỉ tiêu bắt buộc đối với 5 huyện, thị xã ven biển."),
    ("bi", "4. Các khâu đột phá"),
    ("p", "Lựa chọn từ hai đến ba khâu đột phá, tập trung tháo gỡ những \u201cđiểm nghẽn\u201d lớn nhất của địa "
          "phương; mỗi khâu đột phá phải xác định rõ kết quả cần đạt vào năm 2030 và cơ quan chủ trì thực hiện."),
    ("p", "Các khâu đột phá không nhất thiết phải trùng với ba đột phá chiến lược của tỉnh."),
    ("bi", "5. Nhiệm vụ, giải pháp chủ yếu"),
    ("p", "- Xác định các nhiệm vụ, giải pháp trên từng lĩnh vực: kinh tế; văn hóa - xã hội; tài nguyên, môi trường; "
          "quốc phòng, an ninh, đối ngoại."),
    ("p", "- Giải pháp phải cụ thể, có địa chỉ, lộ trình và nguồn lực thực hiện; ưu tiên giải pháp về cơ chế, huy "
          "động nguồn lực xã hội, ứng dụng khoa học, công nghệ và chuyển đổi số."),
    ("p", "- Đề xuất danh mục công trình, dự án trọng điểm của nhiệm kỳ (đưa vào phụ lục của báo cáo), bảo đảm phù "
          "hợp với kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 và khả năng cân đối vốn."),
    ("p", "- Nhiệm vụ, giải pháp về quốc phòng, an ninh phải gắn với xây dựng thế trận lòng dân vững chắc, nhất là "
          "ở địa bàn biên giới, ven biển và vùng đồng bào có đạo."),

    ("b", "V. PHẦN THỨ BA: XÂY DỰNG ĐẢNG BỘ VÀ HỆ THỐNG CHÍNH TRỊ TRONG SẠCH, VỮNG MẠNH TOÀN DIỆN"),
    ("p", "- Xác định mục tiêu, nhiệm vụ xây dựng Đảng bộ trong sạch, vững mạnh toàn diện về chính trị, tư tưởng, "
          "đạo đức, tổ chức và cán bộ; tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan "
          "điểm sai trái, thù địch."),
    ("p", "- Nêu giải pháp nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đảng viên; "
          "củng cố tổ chức đảng, phát triển đảng viên ở những nơi còn ít đảng viên."),
    ("p", "- Xác định giải pháp xây dựng đội ngũ cán bộ các cấp, nhất là người đứng đầu, đủ phẩm chất, năng lực, uy "
          "tín; vận hành hiệu lực, hiệu quả tổ chức bộ máy sau sắp xếp."),
    ("p", "- Đề cao công tác kiểm tra, giám sát; kiên quyết, kiên trì phòng, chống tham nhũng, lãng phí, tiêu cực; "
          "đổi mới phương thức lãnh đạo của Đảng, nâng cao hiệu quả công tác dân vận và hoạt động của Mặt trận Tổ "
          "quốc, các đoàn thể."),
    ("p", "- Nêu giải pháp nâng cao chất lượng công tác tuyên giáo, nắm bắt dư luận xã hội; chủ động định hướng "
          "thông tin, đấu tranh với thông tin xấu, độc trên không gian mạng."),

    ("b", "VI. PHẦN KẾT LUẬN"),
    ("p", "Phần kết luận viết ngắn gọn, không quá một trang, nêu lời kêu gọi và khẳng định quyết tâm chính trị của "
          "đảng bộ, chính quyền và nhân dân địa phương."),

    ("b", "VII. NHỮNG NỘI DUNG CẦN LÀM RÕ ĐỐI VỚI TỪNG NHÓM ĐỊA PHƯƠNG"),
    ("p", "Trong nhiệm kỳ 2020 - 2025, các vùng của tỉnh đều có bước phát triển: vùng đô thị trung tâm và vùng ven "
          "biển phát triển mạnh về công nghiệp, dịch vụ, logistics; vùng đồng bằng, trung du có nhiều chuyển biến "
          "trong xây dựng nông thôn mới; vùng miền núi phía Tây từng bước khai thác được lợi thế về rừng, dược "
          "liệu, thủy điện và du lịch sinh thái, song vẫn là địa bàn khó khăn nhất của tỉnh."),
    ("p", "Ngoài các nội dung chung nêu trên, báo cáo chính trị của các địa phương cần làm rõ thêm một số vấn đề sau:"),
    ("bi", "1. Đối với các địa phương miền núi"),
    ("p", "Các địa phương miền núi gồm các huyện Kỳ Sơn, Tương Dương, Con Cuông, Quế Phong, Quỳ Châu, Quỳ Hợp, Nghĩa "
          "Đàn, Tân Kỳ, Anh Sơn, Thanh Chương và thị xã Thái Hòa. Báo cáo chính trị của các địa phương này cần:"),
    ("p", "a) Đánh giá thực chất kết quả thực hiện ba chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 (xây dựng "
          "nông thôn mới; giảm nghèo bền vững; phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền "
          "núi), chỉ rõ những nội dung chậm giải ngân và nguyên nhân."),
    ("p", "b) Làm rõ kết quả quản lý, bảo vệ và phát triển rừng, trồng rừng gỗ lớn, phát triển dược liệu dưới tán "
          "rừng; giải pháp nâng cao thu nhập cho người làm nghề rừng."),
    ("p", "c) Đánh giá kết quả bảo tồn, phát huy bản sắc văn hóa các dân tộc Thái, Mông, Khơ Mú, Ơ Đu, Thổ và các "
          "nhóm dân tộc thiểu số khác; công tác đào tạo, sử dụng cán bộ người dân tộc thiểu số tại chỗ."),
    ("p", "Báo cáo của các địa phương này không cần đánh giá riêng từng dự án thành phần của các chương trình mục "
          "tiêu quốc gia."),
    ("p", "Riêng sáu huyện biên giới Kỳ Sơn, Tương Dương, Con Cuông, Quế Phong, Anh Sơn, Thanh Chương bổ sung đánh "
          "giá công tác quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia; phát triển kinh tế cửa khẩu, lối mở; "
          "quan hệ hợp tác với các huyện giáp biên thuộc các tỉnh Hủa Phăn, Xiêng Khoảng, Bôlykhămxay của nước Cộng "
          "hòa Dân chủ Nhân dân Lào."),
    ("p", "Ba huyện vùng cao Kỳ Sơn, Tương Dương, Quế Phong cần làm rõ thêm kết quả ổn định dân cư, sinh kế bền vững "
          "cho đồng bào tái định cư các công trình thủy điện Bản Vẽ, Hủa Na và đồng bào ở vùng có nguy cơ sạt lở, lũ "
          "quét. Các huyện này cũng cần đánh giá sâu công tác đấu tranh, triệt phá các đường dây mua bán, vận chuyển "
          "trái phép chất ma túy qua biên giới."),
    ("p", "Đối với thị xã Thái Hòa, nội dung về ba chương trình mục tiêu quốc gia chỉ đánh giá ở các xã thuộc vùng "
          "đồng bào dân tộc thiểu số và miền núi trên địa bàn."),
    ("bi", "2. Đối với các địa phương ven biển"),
    ("p", "Các địa phương ven biển gồm các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc và các thị xã Hoàng Mai, Cửa Lò. "
          "Báo cáo chính trị của các địa phương này cần:"),
    ("p", "a) Đánh giá kết quả phát triển kinh tế biển theo Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành "
          "Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam; kết quả khai thác, nuôi trồng, chế "
          "biến thủy sản, hạ tầng cảng cá, khu neo đậu tránh trú bão."),
    ("p", "b) Làm rõ giải pháp phòng, chống sạt lở bờ biển, xâm nhập mặn; quản lý, bảo vệ rừng phòng hộ ven biển; "
          "bảo vệ môi trường biển và xử lý rác thải nhựa."),
    ("p", "c) Đánh giá kết quả phát triển du lịch biển, kéo dài mùa du lịch và liên kết du lịch với các địa phương "
          "trong vùng."),
    ("p", "Hai thị xã Hoàng Mai và Cửa Lò không cần đặt chỉ tiêu về số xã đạt chuẩn nông thôn mới; thay vào đó, xác "
          "định chỉ tiêu về tỷ lệ phường đạt chuẩn đô thị văn minh."),
    ("bi", "3. Đối với thành phố Vinh và các thị xã"),
    ("p", "a) Thành phố Vinh và các thị xã Cửa Lò, Hoàng Mai, Thái Hòa đánh giá kết quả phát triển đô thị, chỉnh "
          "trang, nâng cấp kết cấu hạ tầng đô thị; quản lý quy hoạch, trật tự xây dựng; xây dựng đô thị thông "
          "minh, chính quyền số."),
    ("p", "Báo cáo của các đô thị này cần xác định rõ lộ trình nâng loại đô thị, hoàn thiện các tiêu chí còn thiếu và "
          "giải pháp huy động nguồn lực từ quỹ đất cho phát triển hạ tầng."),
    ("p", "b) Đối với thành phố Vinh: làm rõ kết quả và giải pháp xây dựng thành phố Vinh trở thành trung tâm kinh "
          "tế, văn hóa của vùng Bắc Trung Bộ theo Nghị quyết số 39-NQ/TW; phát triển các ngành dịch vụ chất lượng "
          "cao về y tế, giáo dục - đào tạo, tài chính, thương mại."),
    ("p", "Trường hợp thị xã Cửa Lò được nhập vào thành phố Vinh theo đề án sắp xếp đơn vị hành chính đang trình cấp "
          "có thẩm quyền, báo cáo chính trị của Đảng bộ thành phố Vinh phải đánh giá kết quả nhiệm kỳ 2020 - 2025 "
          "trên địa bàn thị xã Cửa Lò và xác định định hướng phát triển đô thị du lịch biển trong không gian thành "
          "phố mới."),
    ("p", "c) Đối với thị xã Thái Hòa: làm rõ vai trò trung tâm kinh tế, văn hóa của vùng Tây Bắc Nghệ An; kết quả "
          "thu hút đầu tư vào các cụm công nghiệp, phát triển nông nghiệp công nghệ cao gắn với vùng nguyên liệu "
          "của huyện Nghĩa Đàn."),
    ("p", "d) Đối với thị xã Hoàng Mai: đánh giá kết quả phát triển các khu công nghiệp Hoàng Mai I, Hoàng Mai II, "
          "Đông Hồi và cảng Đông Hồi; giải pháp bảo đảm nhà ở, thiết chế văn hóa cho công nhân."),
    ("bi", "4. Đối với các huyện đồng bằng, trung du"),
    ("p", "a) Các huyện Yên Thành, Đô Lương, Nam Đàn, Hưng Nguyên, Diễn Châu, Quỳnh Lưu, Nghi Lộc đánh giá kết quả "
          "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu, lộ trình đạt chuẩn huyện nông thôn mới nâng "
          "cao; phát triển các vùng sản xuất nông nghiệp hàng hóa tập trung và làng nghề."),
    ("p", "b) Hai huyện Hưng Nguyên và Nghi Lộc làm rõ kết quả thu hút đầu tư vào Khu kinh tế Đông Nam Nghệ An, các "
          "khu công nghiệp VSIP Nghệ An, WHA Industrial Zone 1 - Nghệ An; công tác giải phóng mặt bằng, tái định "
          "cư và đào tạo nghề cho lao động bị thu hồi đất."),
    ("p", "c) Đối với huyện Nam Đàn: làm rõ kết quả bảo tồn, phát huy giá trị Khu di tích Kim Liên và hệ thống di "
          "tích gắn với thân thế, sự nghiệp của Chủ tịch Hồ Chí Minh; định hướng xây dựng Nam Đàn trở thành đô thị "
          "văn hóa, du lịch. Báo cáo của huyện không cần trình bày lại nội dung Đề án xây dựng huyện Nam Đàn trở "
          "thành huyện nông thôn mới kiểu mẫu đã được phê duyệt."),

    # ------------------------------------------------------------------ Phần III
    ("part", "Phần III"),
    ("part", "HÌNH THỨC, DUNG LƯỢNG VÀ THỂ THỨC TRÌNH BÀY"),
    ("b", "1. Dung lượng"),
    ("p", "a) Báo cáo chính trị có dung lượng không quá 30 trang khổ A4 (không kể phụ lục)."),
    ("p", "b) Phụ lục của báo cáo gồm: bảng tổng hợp kết quả thực hiện các chỉ tiêu nhiệm kỳ 2020 - 2025, hệ thống "
          "chỉ tiêu nhiệm kỳ 2025 - 2030 và danh mục công trình, dự án trọng điểm; tổng cộng không quá 15 trang."),
    ("p", "c) Bản tóm tắt báo cáo chính trị để trình bày tại đại hội không quá 10 trang; thời gian trình bày không "
          "quá 35 phút."),
    ("b", "2. Thể thức, kỹ thuật trình bày"),
    ("p", "a) Báo cáo được trình bày theo Quy định số 66-QĐ/TW ngày 06/02/2017 về thể loại, thẩm quyền ban hành và "
          "thể thức văn bản của Đảng."),
    ("p", "b) Sử dụng phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,2 lines; lề trên và lề dưới 2 cm, lề trái "
          "3 cm, lề phải 1,5 - 2 cm; số trang đặt ở giữa, phía trên đầu trang."),
    ("p", "c) Tên các phần viết in hoa, đậm; tên các mục lớn đánh số La Mã, các mục nhỏ đánh số Ả Rập. Hạn chế viết "
          "tắt; cụm từ viết tắt phải được viết đầy đủ ở lần sử dụng đầu tiên."),
    ("b", "3. Số liệu, biểu đồ"),
    ("p", "a) Số liệu giai đoạn 2020 - 2024 lấy theo số liệu chính thức của Cục Thống kê tỉnh và báo cáo của ủy ban "
          "nhân dân cùng cấp; số liệu năm 2025 là số ước thực hiện và phải ghi rõ \u201cước thực hiện\u201d."),
    ("p", "b) Số thập phân dùng dấu phẩy (,), hàng nghìn dùng dấu chấm (.); giá trị tiền tệ thống nhất tính bằng tỷ "
          "đồng hoặc triệu đồng; tốc độ tăng trưởng tính theo giá so sánh năm 2010."),
    ("p", "c) Khi so sánh, nêu cả số tuyệt đối và số tương đối; các số liệu so sánh với tỉnh lấy mốc cùng thời điểm."),
    ("p", "d) Trong thân báo cáo chỉ sử dụng tối đa 02 biểu đồ hoặc bảng tóm tắt. Thân báo cáo không cần chèn ảnh "
          "minh họa."),

    # ------------------------------------------------------------------ Phần IV
    ("part", "Phần IV"),
    ("part", "QUY TRÌNH, TIẾN ĐỘ VÀ TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Quy trình và thời hạn"),
    ("p", "Các bước xây dựng báo cáo chính trị, cơ quan thực hiện và thời hạn như sau:"),
    ("table", "process"),
    ("p", "Ba đơn vị tổ chức đại hội điểm cấp huyện thực hiện các bước còn lại theo kế hoạch riêng được Ban Thường "
          "vụ Tỉnh ủy phê duyệt; đại hội điểm dự kiến tổ chức trong quý II/2025."),
    ("b", "2. Lấy ý kiến góp ý vào dự thảo"),
    ("p", "a) Dự thảo báo cáo chính trị được gửi xin ý kiến các tổ chức cơ sở đảng, Mặt trận Tổ quốc, các đoàn thể "
          "chính trị - xã hội cấp huyện, cán bộ chủ chốt và cán bộ lão thành cách mạng; tổ chức hội nghị góp ý với "
          "đại diện doanh nghiệp, trí thức, người có uy tín trong đồng bào các dân tộc."),
    ("p", "b) Tiểu ban văn kiện tổng hợp đầy đủ ý kiến góp ý, xây dựng báo cáo tiếp thu, giải trình gửi kèm dự thảo "
          "khi trình Ban Thường vụ Tỉnh ủy; ý kiến không tiếp thu phải nêu rõ lý do."),
    ("p", "Việc lấy ý kiến nhân dân không nhất thiết tổ chức thành hội nghị ở tất cả các thôn, bản, khối, xóm."),
    ("b", "3. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "a) Ban Thường vụ các huyện ủy, thị ủy, thành ủy lãnh đạo, chỉ đạo việc xây dựng báo cáo chính trị theo "
          "đúng Hướng dẫn này; bố trí đủ kinh phí, nhân lực cho tiểu ban văn kiện, tổ biên tập; chỉ đạo các tổ "
          "chức cơ sở đảng tổ chức góp ý dự thảo bảo đảm thực chất."),
    ("p", "b) Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy theo dõi, hướng "
          "dẫn, đôn đốc việc xây dựng báo cáo chính trị; phân công lãnh đạo ban phụ trách từng cụm địa phương."),
    ("p", "c) Đề nghị Cục Thống kê tỉnh cung cấp số liệu ước thực hiện năm 2025 cho các địa phương trước ngày "
          "15/01/2025; các sở, ngành cung cấp thông tin về định hướng phát triển của ngành trên địa bàn khi được đề "
          "nghị."),
    ("b", "4. Chế độ thông tin, báo cáo"),
    ("p", "Định kỳ trước ngày 25 hằng tháng, Ban Thường vụ các huyện ủy, thị ủy, thành ủy báo cáo tiến độ xây dựng "
          "báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy qua hệ thống thông tin điện tử nội bộ của Đảng bộ tỉnh; "
          "những vấn đề phát sinh vượt thẩm quyền báo cáo ngay để được hướng dẫn, không chờ đến kỳ báo cáo."),
    ("p", "Hướng dẫn này được phổ biến đến các đồng chí ủy viên ban thường vụ, thành viên tiểu ban văn kiện và tổ "
          "biên tập của đảng bộ cấp huyện."),
    ("p", "Quá trình thực hiện, nếu có vướng mắc, các địa phương phản ánh về Ban Tuyên giáo Tỉnh ủy (qua Phòng Lý "
          "luận chính trị - Lịch sử Đảng) để được hướng dẫn."),
]

GUIDE_NOI_NHAN = [
    ("Nơi nhận:", True),
    ("- Thường trực Tỉnh ủy (để b/c);", False),
    ("- Các huyện ủy, thị ủy, thành ủy;", False),
    ("- Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy;", False),
    ("- Cục Thống kê tỉnh;", False),
    ("- Lưu VT, BTG.", False),
]
GUIDE_SIGNER = [
    ("K/T TRƯỞNG BAN", True),
    ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", True),
    ("", False),
    ("(Đã ký)", False),
    ("", False),
    ("Hồ Thị Minh Nguyệt", True),
]

PROCESS_HEADER = ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn"]
PROCESS_ROWS = [
    ["1", "Thành lập tiểu ban văn kiện và tổ biên tập báo cáo chính trị",
     "Ban Thường vụ huyện ủy, thị ủy, thành ủy", "Trước ngày 15/10/2024"],
    ["2", "Xây dựng đề cương chi tiết báo cáo chính trị, gửi Ban Tuyên giáo Tỉnh ủy cho ý kiến",
     "Tiểu ban văn kiện cấp huyện", "Trước ngày 31/10/2024"],
    ["3", "Cho ý kiến vào đề cương chi tiết của các địa phương",
     "Ban Tuyên giáo Tỉnh ủy", "Trong 10 ngày làm việc kể từ ngày nhận đề cương"],
    ["4", "Hoàn thành dự thảo báo cáo chính trị lần thứ nhất",
     "Tổ biên tập", "Trước ngày 31/12/2024"],
    ["5", "Gửi dự thảo báo cáo chính trị của ba đơn vị tổ chức đại hội điểm về Ban Thường vụ Tỉnh ủy",
     "Huyện ủy Con Cuông, Huyện ủy Diễn Châu, Thị ủy Thái Hòa", "Trước ngày 25/12/2024"],
    ["6", "Lấy ý kiến góp ý của cán bộ, đảng viên, Mặt trận Tổ quốc, các đoàn thể và nhân dân; đăng tải dự thảo "
          "trên cổng, trang thông tin điện tử của địa phương",
     "Ban Thường vụ huyện ủy, thị ủy, thành ủy", "Từ 15 đến 20 ngày"],
    ["7", "Gửi dự thảo báo cáo chính trị đã tiếp thu, hoàn thiện về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo "
          "Tỉnh ủy)",
     "Ban Thường vụ huyện ủy, thị ủy, thành ủy", "Trước ngày 10/4/2025"],
    ["8", "Tổng hợp, tham mưu Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo",
     "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy",
     "Trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ"],
    ["9", "Hoàn chỉnh văn kiện chính thức, gửi đại biểu dự đại hội",
     "Ban Thường vụ huyện ủy, thị ủy, thành ủy", "Chậm nhất 07 ngày trước ngày khai mạc đại hội"],
]

APPENDIX_TITLE = [
    ("c", "PHỤ LỤC"),
    ("c", "HỆ THỐNG CHỈ TIÊU CHỦ YẾU GỢI Ý NHIỆM KỲ 2025 - 2030"),
    ("ci", "(Kèm theo Hướng dẫn số 46-HD/BTGTU ngày 23/9/2024 của Ban Tuyên giáo Tỉnh ủy)"),
]
TARGETS_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Phạm vi áp dụng"]
ALL = "Tất cả các địa phương"
TARGETS_ROWS = [
    ["A", "Nhóm chỉ tiêu kinh tế", "", ""],
    ["1", "Tốc độ tăng trưởng tổng giá trị sản xuất bình quân giai đoạn 2026 - 2030 (giá so sánh năm 2010)",
     "%/năm", ALL],
    ["2", "Thu nhập bình quân đầu người năm 2030", "triệu đồng/người", ALL],
    ["3", "Cơ cấu kinh tế năm 2030 (nông, lâm, thủy sản - công nghiệp, xây dựng - dịch vụ)", "%", ALL],
    ["4", "Thu ngân sách nhà nước trên địa bàn năm 2030", "tỷ đồng", ALL],
    ["5", "Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030", "tỷ đồng", ALL],
    ["6", "Tổng sản lượng thủy sản năm 2030", "tấn", "Các địa phương ven biển (bắt buộc)"],
    ["7", "Số xã đạt chuẩn nông thôn mới nâng cao, nông thôn mới kiểu mẫu", "xã", "Các huyện"],
    ["8", "Tỷ lệ đô thị hóa năm 2030", "%", "Thành phố, thị xã và các huyện có đô thị động lực"],
    ["9", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình", "%", ALL],
    ["B", "Nhóm chỉ tiêu văn hóa - xã hội và môi trường", "", ""],
    ["10", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân hằng năm", "điểm %", ALL],
    ["11", "Tỷ lệ lao động qua đào tạo, trong đó có văn bằng, chứng chỉ", "%", ALL],
    ["12", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", ALL],
    ["13", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", ALL],
    ["14", "Tỷ lệ thôn, bản, khối, xóm đạt chuẩn văn hóa", "%", ALL],
    ["15", "Tỷ lệ che phủ rừng", "%", "Các địa phương miền núi (bắt buộc)"],
    ["16", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", ALL],
    ["17", "Tỷ lệ dân số được sử dụng nước sạch đạt quy chuẩn", "%", ALL],
    ["C", "Nhóm chỉ tiêu xây dựng Đảng và hệ thống chính trị", "", ""],
    ["18", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm", "%", ALL],
    ["19", "Số đảng viên mới kết nạp trong nhiệm kỳ", "đảng viên", ALL],
    ["20", "Số thôn, bản chưa có đảng viên được xóa", "thôn, bản", "Các địa phương miền núi"],
    ["21", "Tỷ lệ Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cấp huyện, cấp xã xếp loại hoàn thành tốt "
           "nhiệm vụ trở lên", "%", ALL],
    ["22", "Tỷ lệ phường đạt chuẩn đô thị văn minh", "%", "Thành phố, thị xã"],
]
APPENDIX_NOTE = ("Ghi chú: Hệ thống trên gồm 22 chỉ tiêu gợi ý. Mỗi địa phương lựa chọn những chỉ tiêu phù hợp; có "
                 "thể bổ sung không quá 03 chỉ tiêu đặc thù, nhưng tổng số chỉ tiêu chủ yếu của báo cáo không vượt "
                 "quá 22 chỉ tiêu. Chỉ tiêu số 7 không áp dụng đối với thành phố, thị xã.")
