"""Texts of the Hà Tĩnh corpus (guidance documents). Imported by make_set.py; plain data, no I/O.

Three newspaper articles (plain text, one block per paragraph), the minutes of a Standing Committee
meeting (.docx) and a markdown note of the provincial office. People, figures and document numbers are
invented; places are real.
"""

from __future__ import annotations

# =====================================================================================================
# Article 1 - 14/10/2024, Thường trực Tỉnh ủy with Hương Sơn and Đức Thọ (published 15/10/2024).
# Saved from the site with "copy all"; paragraphs separated by blank lines.
# =====================================================================================================
A1_HEAD = [
    "Báo Hà Tĩnh > Chính trị > Xây dựng Đảng",
    "Thứ Ba, 15/10/2024 - 06:45",
]
A1_TITLE = "Thường trực Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Hương Sơn, Đức Thọ"
A1_SAPO = (
    "(Baohatinh.vn) - Chiều 14/10, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Hương Sơn và Ban "
    "Thường vụ Huyện ủy Đức Thọ, cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đại biểu đảng bộ hai "
    "huyện nhiệm kỳ 2025 - 2030."
)
A1_PARAS = [
    "Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh chủ trì buổi làm việc. Cùng dự có các đồng chí: Nguyễn Thị "
    "Hồng Nhung - Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; Võ Minh Tuấn - Ủy viên Ban Thường vụ, "
    "Chánh Văn phòng Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Ủy ban Kiểm tra Tỉnh ủy và một số sở, ngành cấp "
    "tỉnh.",

    "Báo cáo tại buổi làm việc, Bí thư Huyện ủy Hương Sơn Lê Anh Đức cho biết, dự thảo báo cáo chính trị của "
    "huyện được Tiểu ban Văn kiện xây dựng từ tháng 5/2024, đã qua 4 lần chỉnh sửa và lấy ý kiến của 12 đồng "
    "chí nguyên lãnh đạo huyện qua các thời kỳ. Dự thảo dày 34 trang, gồm 3 phần, đề xuất 22 chỉ tiêu chủ yếu "
    "và 4 khâu đột phá cho nhiệm kỳ mới, trong đó có đột phá về phát triển Khu kinh tế cửa khẩu quốc tế Cầu "
    "Treo.",

    "Với Đức Thọ, Bí thư Huyện ủy Trần Thị Minh Nguyệt thông tin, dự thảo đã được chỉnh sửa lần thứ ba, dung "
    "lượng 27 trang. Điểm mới của dự thảo là dành một mục riêng đánh giá tình hình sau sắp xếp đơn vị hành "
    "chính cấp xã giai đoạn 2019 - 2021, khi huyện giảm từ 28 xuống còn 16 xã, thị trấn. Đức Thọ nằm ở phía "
    "bắc tỉnh, phía bắc giáp tỉnh Nghệ An qua sông Lam, phía đông giáp thị xã Hồng Lĩnh và huyện Can Lộc, phía "
    "nam giáp huyện Vũ Quang.",

    "Thảo luận tại buổi làm việc, các đại biểu cơ bản thống nhất với bố cục của hai dự thảo. Một số ý kiến cho "
    "rằng phần đánh giá kết quả còn nặng về liệt kê số liệu theo từng năm; phần hạn chế chưa chỉ ra được những "
    "vấn đề nổi cộm mà cử tri phản ánh nhiều như ô nhiễm môi trường ở các cơ sở chăn nuôi, chậm giải phóng mặt "
    "bằng các dự án giao thông. Đại diện Sở Kế hoạch và Đầu tư cho rằng chỉ tiêu tăng trưởng bình quân 11 - "
    "12%/năm mà Hương Sơn đề xuất là cao hơn nhiều so với mức thực hiện 7,8%/năm của nhiệm kỳ trước.",

    "Phát biểu kết luận, Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh ghi nhận sự chuẩn bị nghiêm túc, công "
    "phu của Ban Thường vụ hai huyện ủy. Theo đồng chí, các dự thảo đã bám sát Kế hoạch số 38-KH/TU ngày "
    "12/8/2024 của Ban Thường vụ Tỉnh ủy, phản ánh tương đối đầy đủ bức tranh kinh tế - xã hội của địa phương "
    "trong nhiệm kỳ.",

    "\u201cBáo cáo chính trị không phải là bản báo cáo tổng kết năm phóng to. Phải nói được nhiệm kỳ qua đã làm "
    "được gì, chưa làm được gì, vì sao chưa làm được, và 5 năm tới huyện sẽ tập trung vào đâu\u201d, đồng chí "
    "Đặng Quốc Thịnh nhấn mạnh.",

    "Đồng chí đề nghị hai huyện rà soát, cập nhật số liệu đến ngày 30/9/2024 và ước thực hiện cả năm 2025, bảo "
    "đảm thống nhất với số liệu của ngành thống kê. Phần hạn chế, yếu kém phải gọi đúng tên những chỉ tiêu "
    "không đạt, phân tích nguyên nhân chủ quan là chủ yếu, gắn với trách nhiệm của tập thể ban thường vụ và "
    "người đứng đầu. Bài học kinh nghiệm chỉ nên từ ba đến năm bài học, được đúc rút từ chính thực tiễn lãnh "
    "đạo của huyện.",

    "Về phương hướng nhiệm kỳ 2025 - 2030, đồng chí yêu cầu các chỉ tiêu phải có cơ sở tính toán, vừa thể hiện "
    "quyết tâm, vừa khả thi; số chỉ tiêu chủ yếu nên ở mức 18 - 20 chỉ tiêu. Khâu đột phá chỉ chọn từ hai đến "
    "ba, là những điểm nghẽn mà huyện có đủ thẩm quyền và nguồn lực để tháo gỡ trong 5 năm. Báo cáo không nhất "
    "thiết phải trình bày lại toàn bộ các nhiệm vụ đã nêu trong nghị quyết chuyên đề của Tỉnh ủy.",

    "Đối với Hương Sơn, Phó Bí thư Thường trực Tỉnh ủy đề nghị rút gọn dự thảo xuống không quá hai mươi lăm "
    "trang, lược bớt phần liệt kê; tính toán lại chỉ tiêu tăng trưởng kinh tế cho phù hợp với thực tế. Dự thảo "
    "cần đánh giá sâu hơn thực trạng Khu kinh tế cửa khẩu quốc tế Cầu Treo, chỉ rõ vì sao lượng hàng hóa xuất "
    "nhập khẩu qua cửa khẩu còn thấp, chưa tương xứng với kỳ vọng. Khâu đột phá về Cầu Treo cần cân nhắc lại vì "
    "nhiều nội dung thuộc thẩm quyền của Trung ương và tỉnh, nên chuyển thành nhiệm vụ trọng tâm.",

    "Huyện cũng cần bổ sung giải pháp phát triển nghề nuôi hươu lấy nhung theo chuỗi giá trị, gắn với xây dựng "
    "và bảo vệ chỉ dẫn địa lý; làm rõ kết quả quản lý, bảo vệ rừng và công tác bảo đảm quốc phòng, an ninh "
    "trên tuyến biên giới Việt - Lào. Ở lĩnh vực văn hóa, dự thảo nên có nội dung phát huy giá trị di sản Đại "
    "danh y Hải Thượng Lãn Ông Lê Hữu Trác gắn với phát triển du lịch.",

    "Dự thảo của Đức Thọ được đánh giá có bố cục gọn, cách đặt vấn đề mới; mục đánh giá sau sắp xếp đơn vị hành "
    "chính là cách làm mà các địa phương khác có thể tham khảo. Tuy vậy, Thường trực Tỉnh ủy đề nghị huyện "
    "phân tích rõ hơn nguyên nhân một số xã sau sáp nhập chưa phát huy được lợi thế, việc xử lý trụ sở, tài "
    "sản công dôi dư còn chậm; bổ sung định hướng phát triển nông nghiệp hàng hóa ở vùng bãi ven sông La và "
    "giải pháp khai thác lợi thế của tuyến cao tốc Bắc - Nam qua địa bàn.",

    "Ở lĩnh vực văn hóa - xã hội, dự thảo cần làm nổi bật việc phát huy giá trị Khu lưu niệm Tổng Bí thư Trần "
    "Phú và truyền thống hiếu học của quê hương. Phần quốc phòng, an ninh không cần nêu lại số liệu huấn luyện "
    "dân quân tự vệ của từng năm.",

    "Đồng chí Đặng Quốc Thịnh đề nghị Ban Thường vụ hai huyện ủy tiếp thu đầy đủ ý kiến tại buổi làm việc, "
    "hoàn chỉnh dự thảo và gửi về Thường trực Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 30/11/2024.",

    "Cùng ngày, Thường trực Tỉnh ủy nghe Ban Thường vụ Huyện ủy Vũ Quang báo cáo tiến độ chuẩn bị văn kiện; dự "
    "thảo báo cáo chính trị của huyện dự kiến được trình Thường trực Tỉnh ủy cho ý kiến trong quý I/2025.",
]
A1_TAIL = [
    "Thu Hà - Quang Đức",
    "Chia sẻ: Facebook | Zalo | In bài | Gửi email",
    "Tin liên quan:\n"
    "- Hương Sơn đẩy mạnh thu hút đầu tư vào Khu kinh tế cửa khẩu quốc tế Cầu Treo\n"
    "- Can Lộc hoàn thành đề cương báo cáo chính trị nhiệm kỳ 2025 - 2030\n"
    "- Đức Thọ: Sau sáp nhập, nhiều xã \u201cthay da đổi thịt\u201d\n"
    "- Hương Khê lấy ý kiến cán bộ hưu trí vào dự thảo văn kiện đại hội",
    "© Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh. Địa chỉ: 128 đường Hà Huy Tập, "
    "thành phố Hà Tĩnh.",
]

# =====================================================================================================
# Article 2 - 06/11/2024, Bí thư Tỉnh ủy with Cẩm Xuyên, Thạch Hà, TX Kỳ Anh. Saved from the print view:
# hard-wrapped at 78 columns (make_set.py wraps it), paragraphs separated by blank lines.
# =====================================================================================================
A2_HEAD = [
    "https://baohatinh.vn/lam-viec-voi-cam-xuyen-thach-ha-thi-xa-ky-anh-ve-du-thao-bao-cao-chinh-tri-d289514.html",
    "In bài viết | Đóng",
]
A2_TITLE = (
    "Bí thư Tỉnh ủy: Chọn đột phá phải trả lời được câu hỏi \u201cgỡ điểm nghẽn nào, nguồn lực ở đâu\u201d"
)
A2_DATE = "06/11/2024 15:20 | Chính trị"
A2_SAPO = (
    "(Baohatinh.vn) - Sáng 6/11, Bí thư Tỉnh ủy Phan Đình Khôi chủ trì buổi làm việc của Thường trực Tỉnh ủy "
    "với Ban Thường vụ Huyện ủy Cẩm Xuyên, Ban Thường vụ Huyện ủy Thạch Hà và Ban Thường vụ Thị ủy Kỳ Anh về "
    "dự thảo báo cáo chính trị trình đại hội nhiệm kỳ 2025 - 2030."
)
A2_PARAS = [
    "Dự buổi làm việc có Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh; Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
    "tỉnh Võ Đức Huy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo các ban đảng, sở, ngành liên quan.",

    "Theo báo cáo của các địa phương, dự thảo báo cáo chính trị của Cẩm Xuyên dày 31 trang, đề xuất 20 chỉ "
    "tiêu và 3 khâu đột phá; Thạch Hà dày 24 trang với 18 chỉ tiêu, 2 khâu đột phá; thị xã Kỳ Anh dày 30 "
    "trang với 21 chỉ tiêu, 3 khâu đột phá, trong đó đặt mục tiêu tốc độ tăng trưởng kinh tế bình quân 12 - "
    "13%/năm.",

    "Góp ý vào dự thảo của thị xã Kỳ Anh, lãnh đạo Ban Quản lý Khu kinh tế tỉnh cho rằng dự thảo mới nêu "
    "nhiều về số dự án, chưa đánh giá được chất lượng đầu tư và sức lan tỏa của Khu kinh tế Vũng Áng tới khu "
    "vực dịch vụ của thị xã. Một số đại biểu lưu ý tình trạng thiếu nhà ở cho công nhân, áp lực lên hạ tầng xã "
    "hội khi lượng lao động nhập cư tăng nhanh.",

    "Các ý kiến đánh giá cao dự thảo của Thạch Hà: bố cục chặt chẽ, dung lượng hợp lý; phần hạn chế được viết "
    "thẳng thắn, chỉ rõ 3 chỉ tiêu không đạt và nguyên nhân chủ quan của từng chỉ tiêu. Dự thảo cũng dành một "
    "mục riêng cho chuyển đổi số, có số liệu cụ thể về tỷ lệ hồ sơ giải quyết trực tuyến toàn trình.",

    "Kết luận buổi làm việc, Bí thư Tỉnh ủy Phan Đình Khôi đánh giá các dự thảo được chuẩn bị công phu, có "
    "nhiều điểm mới. Đồng chí đề nghị các địa phương rà soát để bảo đảm sự thống nhất giữa báo cáo chính trị "
    "với Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và quy hoạch chung của từng địa "
    "phương; tổng số chỉ tiêu chủ yếu không quá 20 chỉ tiêu.",

    "\u201cChọn khâu đột phá phải trả lời được hai câu hỏi: đột phá để gỡ điểm nghẽn nào, và nguồn lực ở đâu để "
    "làm. Không trả lời được thì chưa phải là đột phá\u201d, Bí thư Tỉnh ủy nói.",

    "Theo đồng chí, phần đánh giá phải làm rõ trách nhiệm của tập thể, cá nhân đối với những việc chưa làm "
    "được, không đổ hết cho nguyên nhân khách quan như dịch bệnh, thiên tai. Các dự thảo không cần trích dẫn "
    "lại nguyên văn nghị quyết, kết luận của Trung ương và của tỉnh.",

    "Đối với Cẩm Xuyên, Bí thư Tỉnh ủy đề nghị dự thảo đánh giá đúng thực trạng Khu du lịch Thiên Cầm, làm rõ "
    "vì sao du lịch vẫn mang tính mùa vụ, thời gian lưu trú của du khách ngắn; bổ sung giải pháp đầu tư cảng "
    "cá Cẩm Nhượng gắn với dịch vụ hậu cần nghề cá và chống khai thác hải sản bất hợp pháp, không báo cáo và "
    "không theo quy định (IUU). Với 3 khâu đột phá đang đề xuất, huyện nên cân nhắc chỉ giữ lại hai khâu đột "
    "phá có tính lan tỏa lớn nhất.",

    "Dự thảo cũng cần làm rõ kết quả xây dựng huyện nông thôn mới nâng cao, dự báo tác động của đoạn cao tốc "
    "Hàm Nghi - Vũng Áng khi đưa vào khai thác, và có giải pháp bảo vệ nguồn nước hồ Kẻ Gỗ.",

    "Với Thạch Hà, bên cạnh những ưu điểm đã được ghi nhận, huyện cần làm rõ định hướng đối với khu vực mỏ sắt "
    "Thạch Khê trong bối cảnh dự án tạm dừng nhiều năm, không để đất đai bỏ hoang, đời sống người dân vùng dự "
    "án khó khăn; bổ sung nội dung phối hợp với thành phố Hà Tĩnh trong quy hoạch, phát triển đô thị ở các xã "
    "giáp ranh.",

    "Thị xã Kỳ Anh cần xác định rõ lộ trình, các tiêu chí còn thiếu để trở thành thành phố trực thuộc tỉnh; "
    "đánh giá thực chất vai trò của Khu kinh tế Vũng Áng đối với thu ngân sách, việc làm và phát triển dịch vụ "
    "của thị xã. Chỉ tiêu tăng trưởng 12 - 13%/năm cần được tính toán lại một cách thận trọng.",

    "Cùng với đó, thị xã phải có giải pháp về nhà ở cho công nhân, kiểm soát môi trường tại khu công nghiệp, "
    "cảng biển, và phối hợp chặt chẽ với huyện Kỳ Anh trong giải phóng mặt bằng các dự án ở vùng giáp ranh.",

    "Bí thư Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy Cẩm Xuyên, Thạch Hà và Thị ủy Kỳ Anh tiếp thu, hoàn "
    "thiện dự thảo, gửi về Thường trực Tỉnh ủy trước ngày 5/12/2024; sau đó đăng tải toàn văn dự thảo để cán "
    "bộ, đảng viên và Nhân dân góp ý.",
]
A2_TAIL = [
    "Đình Nhất",
    "Nguồn: https://baohatinh.vn - In lúc 07/11/2024 08:02",
]

# =====================================================================================================
# Article 3 - 08/01/2025, Thường trực Tỉnh ủy with Hương Sơn (second time) and Nghi Xuân.
# =====================================================================================================
A3_HEAD = [
    "BÁO HÀ TĨNH | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thể thao",
    "Thứ Năm, 09/01/2025 - 07:10",
]
A3_TITLE = "Hương Sơn, Nghi Xuân tiếp tục hoàn thiện dự thảo báo cáo chính trị trình đại hội"
A3_SAPO = (
    "(Baohatinh.vn) - Chiều 8/1, Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh chủ trì buổi làm việc của "
    "Thường trực Tỉnh ủy với Ban Thường vụ Huyện ủy Hương Sơn và Ban Thường vụ Huyện ủy Nghi Xuân về dự thảo "
    "báo cáo chính trị trình đại hội nhiệm kỳ 2025 - 2030."
)
A3_PARAS = [
    "Đây là lần thứ hai Thường trực Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Hương Sơn, sau buổi "
    "làm việc ngày 14/10/2024; với Nghi Xuân, đây là lần đầu dự thảo được đưa ra xin ý kiến.",

    "Theo Bí thư Huyện ủy Hương Sơn Lê Anh Đức, tiếp thu ý kiến lần trước, dự thảo đã được rút từ 34 xuống 29 "
    "trang; số chỉ tiêu chủ yếu giảm còn 20, khâu đột phá còn 3. Đột phá về Khu kinh tế cửa khẩu quốc tế Cầu "
    "Treo được chuyển thành nhiệm vụ trọng tâm; nội dung phát triển nghề nuôi hươu và phát huy di sản Hải "
    "Thượng Lãn Ông đã được bổ sung thành mục riêng.",

    "Bí thư Huyện ủy Nghi Xuân Phạm Văn Lực báo cáo, dự thảo của huyện tập trung vào ba trụ cột: công nghiệp - "
    "cảng biển, du lịch gắn với di sản văn hóa và đô thị ven sông Lam. Nghi Xuân nằm ở cửa ngõ phía bắc của "
    "tỉnh, đối diện thành phố Vinh (Nghệ An) qua sông Lam, được kết nối bằng cầu Bến Thủy 1 và cầu Bến Thủy 2.",

    "Các đại biểu nhận xét dự thảo lần 2 của Hương Sơn đã có nhiều tiến bộ, tiếp thu cơ bản các ý kiến trước "
    "đó. Tuy nhiên, một số ý kiến cho rằng phần dự báo tình hình còn chung chung, chưa nêu được tác động của "
    "chủ trương sắp xếp tổ chức bộ máy đang được triển khai từ Trung ương đến cơ sở.",

    "Kết luận buổi làm việc, đồng chí Đặng Quốc Thịnh đề nghị hai huyện cập nhật đầy đủ tinh thần các nghị "
    "quyết, kết luận mới của Trung ương, nhất là Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
    "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; bổ sung nội dung sắp "
    "xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị ở huyện theo tinh thần Nghị quyết số 18-NQ/TW.",

    "\u201cDự thảo phải ngắn gọn hơn nữa, viết sao cho người dân đọc cũng hiểu, cán bộ cơ sở đọc là biết việc mình "
    "phải làm\u201d, đồng chí nói.",

    "Với Hương Sơn, dự thảo cần tiếp tục rút gọn để bảo đảm không quá 25 trang theo quy định. Nhiệm vụ trọng "
    "tâm về Cầu Treo cần cụ thể hóa phần việc thuộc trách nhiệm của huyện như giải phóng mặt bằng, cải cách "
    "thủ tục hành chính, thu hút doanh nghiệp logistics; phần kiến nghị với tỉnh, Trung ương không đưa vào nhóm "
    "giải pháp của huyện.",

    "Huyện cũng cần rà soát lại chỉ tiêu tỷ lệ đô thị hóa, bổ sung phương án phát triển đô thị Tây Sơn gắn với "
    "cửa khẩu; làm rõ giải pháp giảm nghèo bền vững ở các xã vùng cao giáp biên giới.",

    "Đối với Nghi Xuân, Thường trực Tỉnh ủy đề nghị huyện phân tích rõ nguyên nhân Khu công nghiệp Gia Lách thu "
    "hút đầu tư chậm; làm rõ định hướng xây dựng Nghi Xuân trở thành trung tâm du lịch văn hóa - biển gắn với "
    "di sản Đại thi hào Nguyễn Du và bãi biển Xuân Thành.",

    "Dự thảo cần bổ sung giải pháp khai thác cảng Xuân Hải, phát triển đô thị ven sông Lam kết nối với thành "
    "phố Vinh; đánh giá công tác phòng, chống sạt lở bờ sông, bờ biển. Huyện không cần đặt chỉ tiêu riêng về "
    "sản lượng khai thác hải sản, vì chỉ tiêu này đã được tính trong chỉ tiêu chung của ngành nông nghiệp.",

    "Đồng chí Đặng Quốc Thịnh đề nghị hai huyện hoàn thiện dự thảo, gửi về Thường trực Tỉnh ủy trước ngày "
    "25/01/2025; Ban Tuyên giáo Tỉnh ủy có trách nhiệm thẩm định lần cuối trước khi các huyện tổ chức lấy ý "
    "kiến rộng rãi.",
]
A3_TAIL = [
    "Thu Hà",
    "Từ khóa: Đại hội đảng bộ | Báo cáo chính trị | Hương Sơn | Nghi Xuân\nCập nhật lúc 10:25 ngày 9-1-2025",
    "Tin cùng chuyên mục:\n"
    "- Nghi Xuân phát huy giá trị Khu di tích Nguyễn Du gắn với du lịch\n"
    "- Lộc Hà nỗ lực khắc phục sạt lở bờ biển\n"
    "- Vũ Quang chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ huyện",
]

# =====================================================================================================
# Minutes (.docx) - Biên bản số 112-BB/TU, Ban Thường vụ Tỉnh ủy, 27/11/2024: TP Hà Tĩnh, TX Hồng Lĩnh,
# Lộc Hà. Kinds: title, sub, c (centred), h1 (roman, bold), h2 (numbered, bold), p (justified).
# =====================================================================================================
MIN_LEFT = [("TỈNH ỦY HÀ TĨNH", True, False), ("*", False, False), ("Số 112-BB/TU", False, False)]
MIN_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False), ("", False, False),
             ("Hà Tĩnh, ngày 27 tháng 11 năm 2024", False, True)]
MIN_BODY = [
    ("title", "BIÊN BẢN"),
    ("sub", "Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đảng bộ "
            "thành phố Hà Tĩnh, thị xã Hồng Lĩnh, huyện Lộc Hà nhiệm kỳ 2025 - 2030"),
    ("c", "-----"),
    ("p", "Vào hồi 14 giờ 00 phút, ngày 27 tháng 11 năm 2024, tại Phòng họp số 1, trụ sở Tỉnh ủy Hà Tĩnh, Ban "
          "Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đảng bộ "
          "thành phố Hà Tĩnh, thị xã Hồng Lĩnh và huyện Lộc Hà, nhiệm kỳ 2025 - 2030."),
    ("h1", "I. THÀNH PHẦN"),
    ("p", "1. Chủ trì: Đồng chí Phan Đình Khôi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy."),
    ("p", "2. Ủy viên Ban Thường vụ Tỉnh ủy: có mặt 14/15 đồng chí; vắng 01 đồng chí (đồng chí Võ Đức Huy, Phó "
          "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đi công tác, có lý do)."),
    ("p", "3. Mời dự: Ban Thường vụ Thành ủy Hà Tĩnh, Ban Thường vụ Thị ủy Hồng Lĩnh, Ban Thường vụ Huyện ủy "
          "Lộc Hà; tổ biên tập văn kiện của ba đơn vị; lãnh đạo Văn phòng Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Ban "
          "Tổ chức Tỉnh ủy."),
    ("p", "4. Thư ký hội nghị: Đồng chí Hoàng Thị Thu Trang, Phó Chánh Văn phòng Tỉnh ủy."),
    ("h1", "II. NỘI DUNG HỘI NGHỊ"),
    ("h2", "1. Chương trình"),
    ("p", "Đồng chí chủ trì nêu mục đích, yêu cầu và thông qua chương trình hội nghị gồm: (1) nghe đại diện ba "
          "đơn vị báo cáo tóm tắt dự thảo; (2) các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy thảo luận, cho ý "
          "kiến; (3) đồng chí chủ trì kết luận."),
    ("h2", "2. Báo cáo của các đơn vị"),
    ("p", "- Đồng chí Bùi Quang Vinh, Bí thư Thành ủy Hà Tĩnh, báo cáo tóm tắt dự thảo của thành phố: dự thảo "
          "dày 32 trang, đề xuất 24 chỉ tiêu chủ yếu và 3 khâu đột phá; mục tiêu đến năm 2030 xây dựng thành "
          "phố Hà Tĩnh cơ bản đạt tiêu chí đô thị loại I."),
    ("p", "- Đồng chí Nguyễn Thị Mai Hoa, Bí thư Thị ủy Hồng Lĩnh, báo cáo: dự thảo dày 26 trang, 19 chỉ tiêu, "
          "2 khâu đột phá; thị xã được Ban Thường vụ Tỉnh ủy chọn tổ chức đại hội điểm cấp huyện, dự kiến "
          "trong tháng 3/2025."),
    ("p", "- Đồng chí Lê Đình Sơn, Bí thư Huyện ủy Lộc Hà, báo cáo: dự thảo dày 25 trang, 18 chỉ tiêu, 3 khâu "
          "đột phá, trong đó có đột phá về phát triển du lịch biển."),
    ("h2", "3. Ý kiến thảo luận"),
    ("p", "- Đồng chí Đặng Quốc Thịnh, Phó Bí thư Thường trực Tỉnh ủy: Cơ bản đồng tình với bố cục ba dự thảo. "
          "Dự thảo của thành phố còn dàn trải, 24 chỉ tiêu là nhiều, trong đó có chỉ tiêu trùng với chỉ tiêu "
          "của ngành. Phần đánh giá thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025 của cả ba đơn vị mới nêu "
          "kết quả, chưa nêu hạn chế."),
    ("p", "- Đồng chí Nguyễn Thị Hồng Nhung, Trưởng Ban Tuyên giáo Tỉnh ủy: Dự thảo của Hồng Lĩnh có văn phong "
          "tốt, ngắn gọn. Vì Hồng Lĩnh là đại hội điểm nên dự thảo cần hoàn thiện sớm để các địa phương khác "
          "tham khảo. Phần dự báo tình hình của cả ba dự thảo còn sơ sài, chưa đề cập việc sắp xếp tổ chức bộ "
          "máy theo Nghị quyết số 18-NQ/TW."),
    ("p", "- Đồng chí Trần Quốc Hưng, Trưởng Ban Tổ chức Tỉnh ủy: Phần xây dựng Đảng của Lộc Hà chưa đánh giá "
          "chất lượng sinh hoạt chi bộ và tỷ lệ đảng viên trẻ; số liệu phát triển đảng viên trong nhiệm kỳ "
          "còn thiếu."),
    ("p", "- Đồng chí Lê Thị Thanh Hương, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy: Các dự thảo chưa nêu kết quả kiểm "
          "tra, giám sát và xử lý kỷ luật đảng viên vi phạm; theo đồng chí, số liệu này nên đưa vào phụ lục."),
    ("p", "- Đồng chí Nguyễn Văn Tâm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh: Dự thảo của thành phố và của "
          "Lộc Hà nói còn ít về nhiệm vụ xây dựng khu vực phòng thủ; với Lộc Hà, khu vực phòng thủ gắn với "
          "phòng thủ vùng biển."),
    ("h2", "4. Kết luận của đồng chí chủ trì hội nghị"),
    ("p", "Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Bí thư Tỉnh ủy kết luận:"),
    ("p", "4.1. Ban Thường vụ Tỉnh ủy đánh giá cao Ban Thường vụ Thành ủy Hà Tĩnh, Thị ủy Hồng Lĩnh, Huyện ủy "
          "Lộc Hà đã chủ động, tích cực chuẩn bị dự thảo báo cáo chính trị. Các dự thảo có bố cục hợp lý, đánh "
          "giá tương đối toàn diện, nhiều nội dung thể hiện được đặc thù của từng địa phương."),
    ("p", "4.2. Những yêu cầu chung đối với các dự thảo:"),
    ("p", "a) Dung lượng báo cáo chính trị không quá 25 trang khổ A4, không kể phụ lục; riêng thành phố Hà "
          "Tĩnh, do có thêm nội dung về phát triển đô thị, được trình bày không quá 28 trang."),
    ("p", "b) Hệ thống chỉ tiêu chủ yếu từ 18 đến 20 chỉ tiêu; chỉ tiêu nào trùng với chỉ tiêu chuyên ngành thì "
          "lược bỏ. Lựa chọn không quá ba khâu đột phá."),
    ("p", "c) Đánh giá việc thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025 phải nêu cả kết quả và hạn chế, chỉ "
          "rõ đột phá nào tạo được chuyển biến, đột phá nào chưa đạt yêu cầu."),
    ("p", "d) Bổ sung vào phần dự báo và phần nhiệm vụ, giải pháp nội dung sắp xếp, tinh gọn tổ chức bộ máy của "
          "hệ thống chính trị theo Nghị quyết số 18-NQ/TW; đẩy mạnh chuyển đổi số, xây dựng chính quyền số."),
    ("p", "đ) Số liệu kiểm tra, giám sát, thi hành kỷ luật đảng và các bảng số liệu chi tiết đưa vào phụ lục; "
          "phụ lục không quá 12 trang."),
    ("p", "e) Các huyện, thị xã ven biển gồm Nghi Xuân, Lộc Hà, Thạch Hà, Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh "
          "phải có nội dung riêng về phát triển kinh tế biển gắn với phòng, chống thiên tai, sạt lở bờ biển và "
          "bảo vệ môi trường biển."),
    ("p", "g) Ba huyện biên giới Hương Sơn, Hương Khê, Vũ Quang cần làm rõ kết quả xây dựng khu vực phòng thủ, "
          "quản lý, bảo vệ đường biên, mốc quốc giới và quan hệ hữu nghị với các địa phương giáp biên của nước "
          "bạn Lào."),
    ("p", "4.3. Những yêu cầu chung nêu tại mục 4.2 được áp dụng đối với dự thảo báo cáo chính trị của tất cả "
          "các đảng bộ huyện, thị xã, thành phố; các đơn vị đã được Thường trực Tỉnh ủy cho ý kiến trước đó "
          "nghiên cứu, bổ sung vào dự thảo."),
    ("p", "4.4. Đối với dự thảo của thành phố Hà Tĩnh:"),
    ("p", "- Giảm số chỉ tiêu chủ yếu từ 24 xuống không quá 20 chỉ tiêu, lược bỏ các chỉ tiêu trùng với chỉ "
          "tiêu ngành."),
    ("p", "- Làm rõ lộ trình, giải pháp để thành phố đạt tiêu chí đô thị loại I trước năm 2030; định hướng mở "
          "rộng không gian phát triển đô thị về phía các huyện Thạch Hà, Cẩm Xuyên."),
    ("p", "- Đánh giá kết quả chỉnh trang đô thị, xử lý tình trạng ngập úng cục bộ khi mưa lớn và công tác quản "
          "lý trật tự xây dựng."),
    ("p", "4.5. Đối với dự thảo của thị xã Hồng Lĩnh:"),
    ("p", "- Là đơn vị tổ chức đại hội điểm, thị xã hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Văn "
          "phòng Tỉnh ủy) trước ngày 10/12/2024."),
    ("p", "- Bổ sung định hướng phát triển Cụm công nghiệp Nam Hồng, khai thác lợi thế của tuyến cao tốc Bắc - "
          "Nam và Quốc lộ 1 qua địa bàn; phát triển du lịch gắn với danh thắng núi Hồng Lĩnh."),
    ("p", "- Thị xã không cần xây dựng mục riêng về phát triển nông nghiệp; nội dung này lồng ghép trong phần "
          "phát triển kinh tế."),
    ("p", "4.6. Đối với dự thảo của huyện Lộc Hà:"),
    ("p", "- Đánh giá đúng thực trạng sạt lở bờ biển, tình trạng xuống cấp của các tuyến đê biển, đê cửa sông "
          "và kết quả di dời dân ra khỏi vùng có nguy cơ cao."),
    ("p", "- Bổ sung đánh giá chất lượng sinh hoạt chi bộ, kết quả phát triển đảng viên trẻ trong nhiệm kỳ."),
    ("p", "- Khâu đột phá về du lịch biển cần gắn với quy hoạch khu du lịch biển Thịnh Lộc và thu hút nhà đầu "
          "tư chiến lược."),
    ("p", "4.7. Thành phố Hà Tĩnh và huyện Lộc Hà hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Văn phòng "
          "Tỉnh ủy) trước ngày 16/12/2024."),
    ("h2", "5. Giao nhiệm vụ"),
    ("p", "- Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc việc tiếp "
          "thu, hoàn thiện dự thảo; tổng hợp những vấn đề chung báo cáo Thường trực Tỉnh ủy."),
    ("p", "- Văn phòng Tỉnh ủy ban hành thông báo kết luận hội nghị; cập nhật lịch làm việc, thời hạn gửi dự "
          "thảo của các đơn vị."),
    ("p", "Hội nghị kết thúc vào hồi 17 giờ 20 phút cùng ngày. Biên bản được lập thành 03 bản, đã được đọc lại "
          "cho các đồng chí dự hội nghị nghe và thống nhất thông qua."),
]
MIN_SIGN_LEFT = [("THƯ KÝ HỘI NGHỊ", True, False), ("", False, False), ("(Đã ký)", False, True),
                 ("", False, False), ("Hoàng Thị Thu Trang", True, False)]
MIN_SIGN_RIGHT = [("CHỦ TRÌ HỘI NGHỊ", True, False), ("BÍ THƯ TỈNH ỦY", True, False), ("(Đã ký)", False, True),
                  ("", False, False), ("Phan Đình Khôi", True, False)]

# =====================================================================================================
# Markdown note of the Văn phòng Tỉnh ủy (13/01/2025).
# =====================================================================================================
NOTE_MD = """\
# Tóm tắt thời hạn và dung lượng dự thảo báo cáo chính trị đại hội đảng bộ cấp huyện, nhiệm kỳ 2025 - 2030

Văn phòng Tỉnh ủy Hà Tĩnh - Phòng Tổng hợp
Cập nhật ngày 13/01/2025 (thay thế bản ngày 02/12/2024)

> Ghi chú tổng hợp phục vụ theo dõi, đôn đốc; căn cứ Kế hoạch số 38-KH/TU ngày 12/8/2024 của Ban Thường vụ Tỉnh ủy, Biên bản số 112-BB/TU và kết luận các buổi làm việc của Thường trực Tỉnh ủy. Khi có khác biệt, thực hiện theo văn bản gốc.

## 1. Dung lượng

- Báo cáo chính trị: không quá 25 trang khổ A4, không kể phụ lục; riêng Đảng bộ thành phố Hà Tĩnh không quá 28 trang.
- Phụ lục số liệu: không quá 12 trang.
- Bản tóm tắt báo cáo chính trị trình bày tại đại hội: không quá 8 trang, thời gian trình bày không quá 25 phút.
- Trình bày trên khổ giấy A4, phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,15.
- Không đánh số trang phụ lục nối tiếp với thân báo cáo.

## 2. Thời hạn chung

1. Gửi dự thảo lần 1 về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) chậm nhất 10 ngày làm việc trước buổi làm việc đã được bố trí.
2. Sau khi có ý kiến của Thường trực hoặc Ban Thường vụ Tỉnh ủy, đăng tải toàn văn dự thảo trên trang thông tin điện tử của huyện, thị xã, thành phố ít nhất mười lăm ngày để lấy ý kiến cán bộ, đảng viên và Nhân dân.
3. Dự thảo hoàn chỉnh trình đại hội gửi về chậm nhất 25 ngày trước ngày khai mạc đại hội, kèm bản tổng hợp tiếp thu, giải trình ý kiến góp ý.
4. Các đơn vị chỉ gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành; không cần gửi bản giấy.

## 3. Lịch cho ý kiến và hạn gửi dự thảo đã tiếp thu

| Buổi làm việc | Đơn vị | Hạn gửi dự thảo đã tiếp thu | Ghi chú |
|---|---|---|---|
| Thường trực Tỉnh ủy, chiều 14/10/2024 | Hương Sơn, Đức Thọ | Trước ngày 30/11/2024 | Hương Sơn đã gửi lại ngày 28/11/2024 |
| Thường trực Tỉnh ủy, sáng 06/11/2024 | Cẩm Xuyên, Thạch Hà, TX Kỳ Anh | Trước ngày 05/12/2024 | |
| Ban Thường vụ Tỉnh ủy, 27/11/2024 | TX Hồng Lĩnh | Trước ngày 10/12/2024 | Đại hội điểm, dự kiến tháng 3/2025 |
| Ban Thường vụ Tỉnh ủy, 27/11/2024 | TP Hà Tĩnh, Lộc Hà | Trước ngày 16/12/2024 | TP Hà Tĩnh: tối đa 28 trang |
| Thường trực Tỉnh ủy, chiều 08/01/2025 | Hương Sơn (lần 2), Nghi Xuân | Trước ngày 25/01/2025 | |
| Chưa bố trí | Can Lộc, Hương Khê, Vũ Quang, huyện Kỳ Anh | Thông báo sau | Dự kiến cho ý kiến trong tháng 02/2025 |

## 4. Lưu ý

- Khi gửi lại dự thảo, ghi rõ lần dự thảo và ngày gửi ở trang bìa.
- Các đơn vị đã được cho ý kiến không cần gửi lại bản tóm tắt trình bày tại đại hội cho đến khi hoàn chỉnh dự thảo cuối.
- Thời hạn tổ chức đại hội đảng bộ cấp huyện thực hiện theo Kế hoạch số 38-KH/TU; ghi chú này không điều chỉnh thời hạn đó.
- Đầu mối theo dõi: đồng chí Trần Thị Bích Ngọc, Phòng Tổng hợp, Văn phòng Tỉnh ủy; điện thoại 0239.3856.214.
"""
