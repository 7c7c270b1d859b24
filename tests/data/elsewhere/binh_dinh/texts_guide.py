"""Text of Hướng dẫn số 45-HD/BTGTU (Ban Tuyên giáo Tỉnh ủy Bình Định, 23/9/2024) as the OCR engine read it.

The OCR slips are written into the text itself: "dột phá" and "dại hội" (đ read as d), "bao cáo" (dropped accent),
"3l/01/2025" and "l2 trang" (l for 1). "~" marks a place where the scanned original had hyphenated a word at a line
end; make_set.py breaks the line there ("trư-" / "ởng") when the word falls at the end of a line and drops the mark
otherwise. Kinds: "head" = letterhead lines (kept as laid out), "t" = centred title line, "h" = heading,
"p" = paragraph, "row" = a table row (TT, task, who, deadline), "sig" = signature block lines (kept as laid out).
"""

HEADER = "BAN TUYÊN GIÁO TỈNH ỦY BÌNH ĐỊNH"
HEADER2 = "Hướng dẫn xây dựng báo cáo chính trị cấp huyện, nhiệm kỳ 2025 - 2030"

TABLE_HEAD = ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn")

GUIDE = [
    ("head", [
        "TỈNH ỦY BÌNH ĐỊNH                          ĐẢNG CỘNG SẢN VIỆT NAM",
        "BAN TUYÊN GIÁO                          ------------------------",
        "       *                        Quy Nhơn, ngày 23 tháng 9 năm 2024",
        "Số 45-HD/BTGTU",
    ]),
    ("t", "HƯỚNG DẪN"),
    ("t", "xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố\nnhiệm kỳ 2025 - 2030"),
    ("t", "-----"),
    ("p", "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại "
          "hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 212-KH/TU ngày 05/8/2024 của Ban Thường vụ Tỉnh "
          "ủy về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, Ban Tuyên giáo "
          "Tỉnh ủy hướng dẫn việc xây dựng báo cáo chính trị trình đại hội đảng bộ các huyện, thị xã, thành phố "
          "(sau đây gọi chung là đại hội cấp huyện) nhiệm kỳ 2025 - 2030 như sau:"),
    ("p", "Văn bản này là hướng dẫn khung về bố cục, nội dung, dung lượng và thời hạn xây dựng báo cáo chính trị; "
          "những nội dung gợi ý trong hướng dẫn không phải là đề cương bắt buộc, ban thường vụ cấp ủy cấp huyện căn "
          "cứ tình hình thực tế của địa phương để vận dụng. Hướng dẫn này không áp dụng đối với các đảng bộ trực "
          "thuộc Tỉnh ủy không phải là đảng bộ cấp huyện."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Báo cáo chính trị là văn kiện trung tâm của đại hội, kết tinh trí tuệ của cán bộ, đảng viên và Nhân dân "
          "trong huyện, thị xã, thành phố; là cơ sở để đại hội ban hành nghị quyết và để cấp ủy khóa mới xây dựng "
          "chương trình hành động toàn khóa."),
    ("p", "2. Báo cáo phải đánh giá đúng thực chất, khách quan, toàn diện kết quả thực hiện Nghị quyết đại hội "
          "đảng bộ cấp huyện nhiệm kỳ 2020 - 2025, làm rõ những kết quả nổi bật, những hạn chế, yếu kém và nguyên "
          "nhân. Báo cáo phải cụ thể hóa dự thảo văn kiện Đại hội XIV của Đảng và dự thảo văn kiện Đại hội XXI của "
          "Đảng bộ tỉnh phù hợp với điều kiện của từng địa phương."),
    ("p", "3. Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030 phải bám sát Quy hoạch tỉnh Bình Định thời kỳ "
          "2021 - 2030, tầm nhìn đến năm 2050 và quy hoạch chung của địa phương; mục tiêu, chỉ tiêu phải có cơ sở "
          "khoa học, vừa tích cực vừa khả thi, có tính kế thừa và phát triển."),
    ("p", "4. Phát huy dân chủ trong quá trình xây dựng báo cáo, lấy ý kiến rộng rãi của cán bộ, đảng viên, Mặt trận "
          "Tổ quốc, các đoàn thể chính trị - xã hội và Nhân dân. Không nhất thiết tổ chức hội nghị lấy ý kiến riêng "
          "ở từng xã, phường, thị trấn; có thể lấy ý kiến bằng văn bản hoặc đăng dự thảo trên trang thông tin điện "
          "tử của huyện, thị xã, thành phố."),
    ("p", "5. Báo cáo viết ngắn gọn, súc tích, dễ hiểu, dễ nhớ, dễ thực hiện; tránh viết dàn trải, liệt kê sự việc, "
          "tránh dùng từ ngữ nước ngoài khi đã có từ tiếng Việt tương đương. Báo cáo chính trị khác với báo cáo "
          "kiểm điểm của ban chấp hành; những nội dung kiểm điểm sự lãnh đạo của ban chấp hành được trình bày trong "
          "báo cáo kiểm điểm, không lồng ghép vào báo cáo chính trị."),
    ("h", "II. BỐ CỤC VÀ NỘI DUNG BÁO CÁO CHÍNH TRỊ"),
    ("h", "1. Tên báo cáo và chủ đề đại hội"),
    ("p", "a) Tên báo cáo thống nhất là: Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thị xã, thành phố) khóa "
          "... trình Đại hội đại biểu Đảng bộ huyện (thị xã, thành phố) lần thứ ..., nhiệm kỳ 2025 - 2030."),
    ("p", "b) Chủ đề đại hội thể hiện mục tiêu tổng quát của nhiệm kỳ, viết ngắn gọn, không quá 40 chữ, bao quát "
          "các nội dung: xây dựng Đảng và hệ thống chính trị; phát huy sức mạnh đại đoàn kết toàn dân tộc; phát "
          "triển kinh tế - xã hội; mục tiêu phấn đấu đến năm 2030. Chủ đề không nhất thiết phải nêu tên địa "
          "phương."),
    ("h", "2. Bố cục báo cáo"),
    ("p", "Báo cáo gồm phần mở đầu và hai phần chính, cụ thể như sau:"),
    ("p", "- Phần mở đầu: khái quát bối cảnh thực hiện nghị quyết nhiệm kỳ 2020 - 2025, nhất là tác động của dịch "
          "COVID-19, thiên tai, bão lũ và biến động giá cả, viết không quá một trang."),
    ("p", "- Phần thứ nhất: Kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2020 - 2025 và bài học kinh nghiệm; phần "
          "này chiếm khoảng 45% dung lượng báo cáo."),
    ("p", "- Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030; phần này chiếm "
          "khoảng 50% dung lượng báo cáo."),
    ("h", "3. Nội dung chủ yếu của từng phần"),
    ("h", "a) Phần thứ nhất - kết quả thực hiện nghị quyết nhiệm kỳ 2020 - 2025"),
    ("p", "- Về kinh tế: đánh giá tốc độ tăng trưởng tổng giá trị sản xuất, quy mô và cơ cấu kinh tế, thu ngân sách "
          "nhà nước trên địa bàn, thu nhập bình quân đầu người; đối chiếu với chỉ tiêu nghị quyết và so sánh với "
          "nhiệm kỳ 2015 - 2020. Nêu rõ những công trình, dự án trọng điểm đã hoàn thành và đưa vào sử dụng trong "
          "nhiệm kỳ."),
    ("p", "- Về nông nghiệp, nông thôn: nêu rõ số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới "
          "kiểu mẫu và số sản phẩm OCOP đạt từ 3 sao trở lên; đánh giá việc tích tụ ruộng đất, liên kết sản xuất "
          "theo chuỗi giá trị, ứng dụng công nghệ cao trong sản xuất nông nghiệp."),
    ("p", "- Về văn hóa - xã hội: đánh giá kết quả giảm nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, nêu "
          "tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ; kết quả hỗ trợ xóa nhà tạm, nhà dột nát; chất lượng giáo dục, "
          "khám, chữa bệnh, tỷ lệ bao phủ bảo hiểm y tế và giải quyết việc làm cho người lao động."),
    ("p", "- Về tài nguyên, môi trường: đánh giá công tác quản lý đất đai, khoáng sản, nhất là khai thác cát, sỏi "
          "lòng sông; xử lý rác thải sinh hoạt, nước thải ở khu dân cư tập trung; ứng phó với biến đổi khí hậu."),
    ("p", "- Về quốc phòng, an ninh: đánh giá việc xây dựng khu vực phòng thủ vững chắc, bảo đảm an ninh chính trị, "
          "trật tự, an toàn xã hội; kết quả tiếp công dân, giải quyết khiếu nại, tố cáo, nhất là các vụ việc đông "
          "người, phức tạp kéo dài."),
    ("p", "- Về xây dựng Đảng và hệ thống chính trị: đánh giá việc thực hiện Kết luận số 21-KL/TW của Ban Chấp hành "
          "Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng; công tác cán bộ, kết nạp đảng viên; kết quả sắp xếp "
          "đơn vị hành chính cấp xã giai đoạn 2023 - 2025 (đối với địa phương có sắp xếp); tỷ lệ tổ chức cơ sở đảng "
          "hoàn thành tốt nhiệm vụ trở lên qua các năm."),
    ("p", "Không cần liệt kê đầy đủ các nghị quyết, chương trình, đề án của cấp ủy đã ban hành trong nhiệm kỳ. Báo "
          "cáo chỉ nêu kết quả của những nghị quyết, đề án có tác động lớn đến sự phát triển của địa phương và "
          "những mô hình, cách làm hay được nhân rộng."),
    ("h", "b) Hạn chế, khuyết điểm và nguyên nhân"),
    ("p", "Nêu thẳng, nêu đúng những chỉ tiêu không đạt và mức độ đạt được, những lĩnh vực còn yếu kém, những vấn "
          "đề bức xúc mà Nhân dân quan tâm. Phân tích rõ nguyên nhân khách quan và nguyên nhân chủ quan; nguyên "
          "nhân chủ quan phải gắn với trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu. Tránh nêu hạn chế "
          "một cách chung chung, hình thức."),
    ("h", "c) Bài học kinh nghiệm"),
    ("p", "Rút ra từ ba đến bốn bài học kinh nghiệm có giá trị thực tiễn đối với đảng bộ, viết ngắn gọn, không chung "
          "chung. Không nhất thiết mỗi lĩnh vực đều có một bài học; tránh nhắc lại các bài học đã nêu trong văn "
          "kiện của Trung ương và của tỉnh."),
    ("h", "d) Phần thứ hai - phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030"),
    ("p", "- Dự báo tình hình: nêu ngắn gọn những thuận lợi, khó khăn, thách thức tác động đến địa phương trong "
          "nhiệm kỳ tới; không cần phân tích bối cảnh quốc tế."),
    ("p", "- Mục tiêu tổng quát viết trong một đoạn văn, không quá 120 chữ, thể hiện khát vọng phát triển của địa "
          "phương đến năm 2030."),
    ("p", "- Hệ thống chỉ tiêu chủ yếu gồm từ 18 đến 22 chỉ tiêu, chia thành bốn nhóm: kinh tế; văn hóa - xã hội; "
          "môi trường; quốc phòng, an ninh và xây dựng Đảng. Bắt buộc có các chỉ tiêu: tốc độ tăng trưởng tổng "
          "giá trị sản xuất bình quân hằng năm; thu nhập bình quân đầu người năm 2030; tỷ lệ hộ nghèo giảm bình "
          "quân hằng năm; tỷ lệ che phủ rừng; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."),
    ("p", "- Khâu đột phá: mỗi địa phương lựa chọn từ hai đến ba khâu dột phá; mỗi khâu phải chỉ rõ nội dung, địa "
          "bàn thực hiện và kết quả cần đạt vào năm 2030."),
    ("p", "- Nhiệm vụ, giải pháp: tập trung vào những nhiệm vụ trọng tâm, phù hợp với tiềm năng, lợi thế của địa "
          "phương, nêu rõ nguồn lực thực hiện. Không lặp lại nguyên văn nhiệm vụ, giải pháp trong văn kiện của "
          "tỉnh."),
    ("p", "- Có một đoạn riêng về chuyển đổi số, phát triển khoa học, công nghệ và đổi mới sáng tạo, gắn với thực "
          "hiện Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử."),
    ("p", "- Về xây dựng Đảng: nêu giải pháp nâng cao chất lượng sinh hoạt chi bộ, phát triển đảng viên ở những "
          "thôn, làng, khu phố chưa có chi bộ độc lập; chỉ tiêu kết nạp đảng viên mới cả nhiệm kỳ phải được lượng "
          "hóa bằng con số cụ thể."),
    ("h", "4. Nội dung riêng đối với một số nhóm địa phương"),
    ("p", "Ngoài các nội dung chung nêu trên, bao cáo chính trị của các địa phương dưới đây cần bổ sung một số nội "
          "dung riêng như sau:"),
    ("p", "a) Năm địa phương ven biển gồm thành phố Quy Nhơn, thị xã Hoài Nhơn và các huyện Phù Mỹ, Phù Cát, Tuy "
          "Phước: đánh giá kết quả phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh trên biển; kết quả "
          "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU); tình hình sạt lở bờ "
          "biển, cửa sông và giải pháp ứng phó."),
    ("p", "Các địa phương này cũng cần nêu giải pháp quản lý đội tàu cá, bảo đảm an toàn cho ngư dân và phát triển "
          "dịch vụ hậu cần nghề cá. Riêng huyện Tuy Phước không cần đánh giá khai thác hải sản xa bờ; báo cáo của "
          "huyện tập trung đánh giá nuôi trồng thủy sản vùng đầm Thị Nại và bảo vệ rừng ngập mặn."),
    ("p", "b) Ba huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh: đánh giá kết quả thực hiện Chương trình mục tiêu quốc "
          "gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030; công "
          "tác đào tạo, bố trí cán bộ người dân tộc thiểu số; kết quả bảo vệ, phát triển rừng và trồng rừng gỗ "
          "lớn."),
    ("p", "Báo cáo của các huyện này phải nêu tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số (Ba Na, Hrê, Chăm) "
          "đầu và cuối nhiệm kỳ, làm rõ tình trạng tái nghèo, phát sinh nghèo. Các huyện miền núi không cần đặt "
          "chỉ tiêu về tỷ lệ đô thị hóa."),
    ("p", "Huyện Hoài Ân và huyện Tây Sơn có xã miền núi thì nêu kết quả ở các xã miền núi trong phần đánh giá "
          "giảm nghèo, không cần viết thành mục riêng."),
    ("p", "c) Hai thị xã An Nhơn và Hoài Nhơn: làm rõ kết quả thực hiện các tiêu chí đô thị loại III và tiêu chuẩn "
          "của các phường; đánh giá công tác quản lý quy hoạch, trật tự xây dựng và thu hút đầu tư hạ tầng đô thị. "
          "Thị xã An Nhơn nêu lộ trình, điều kiện thành lập thành phố thuộc tỉnh trong giai đoạn 2025 - 2030. Thị "
          "xã Hoài Nhơn đánh giá thêm hiệu quả khai thác cảng cá Tam Quan."),
    ("p", "d) Thành phố Quy Nhơn: đánh giá vai trò trung tâm chính trị, kinh tế, văn hóa của tỉnh; kết quả xây dựng "
          "đô thị loại I theo hướng đô thị thông minh; kết quả phát triển du lịch, dịch vụ, nhất là du lịch biển, "
          "đảo. Thành phố phối hợp với thị xã An Nhơn và huyện Tuy Phước trong định hướng phát triển vùng đô thị "
          "phía Nam của tỉnh; nội dung phối hợp này chỉ nêu trong phần phương hướng của báo cáo thành phố."),
    ("p", "Báo cáo của thành phố cũng cần đánh giá tình trạng ngập úng cục bộ trong mùa mưa và kết quả chỉnh trang "
          "các khu dân cư ven đầm Thị Nại."),
    ("p", "đ) Huyện Tây Sơn: đánh giá kết quả bảo tồn, phát huy giá trị Khu di tích quốc gia đặc biệt Tây Sơn Tam "
          "Kiệt và võ cổ truyền Bình Định gắn với phát triển du lịch văn hóa, lịch sử."),
    ("p", "e) Huyện Phù Cát: đánh giá tác động của Khu công nghiệp Hòa Hội và Cảng hàng không Phù Cát đối với phát "
          "triển kinh tế - xã hội và chuyển dịch cơ cấu lao động của huyện."),
    ("p", "g) Huyện Phù Mỹ: đánh giá hiệu quả các dự án năng lượng tái tạo, nhất là điện mặt trời, điện gió, và "
          "công tác bảo vệ môi trường vùng đầm Trà Ổ."),
    ("p", "Các địa phương không được nêu tên tại mục này không phải bổ sung nội dung riêng."),
    ("h", "III. DUNG LƯỢNG, THỂ THỨC VÀ SỐ LIỆU"),
    ("p", "1. Báo cáo chính trị có dung lượng không quá 35 trang khổ A4 (không kể phụ lục), trình bày bằng phông chữ "
          "Times New Roman cỡ 14, giãn dòng 1,15."),
    ("p", "2. Phụ lục số liệu kèm theo báo cáo không quá l2 trang, gồm bảng kết quả thực hiện các chỉ tiêu nhiệm kỳ "
          "2020 - 2025 và bảng chỉ tiêu nhiệm kỳ 2025 - 2030. Báo cáo tóm tắt trình bày tại dại hội không quá 10 "
          "trang, thời gian trình bày khoảng 25 phút."),
    ("p", "3. Mốc số liệu: dự thảo lần 1 lấy số liệu thực hiện đến hết ngày 30/6/2024; số liệu năm 2024 lấy số ước "
          "thực hiện cả năm, số liệu năm 2025 lấy số dự ước. Số liệu phải thống nhất với số liệu của cơ quan thống "
          "kê và báo cáo của Ủy ban nhân dân cùng cấp; giá trị sản xuất tính theo giá so sánh năm 2010."),
    ("p", "4. Báo cáo không cần kèm hình ảnh minh họa. Các số liệu thuộc danh mục bí mật nhà nước không đưa vào báo "
          "cáo."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban thường vụ các huyện ủy, thị ủy, thành ủy thành lập tổ biên tập báo cáo chính trị do đồng chí bí "
          "thư cấp ủy làm tổ trưởng, đồng chí trưởng ban tuyên giáo làm tổ phó thường trực; phân công rõ người "
          "chịu trách nhiệm từng phần của báo cáo."),
    ("p", "2. Ba đảng bộ được chọn tổ chức đại hội điểm cấp huyện là Phù Cát, Tây Sơn và Vân Canh; các địa phương "
          "còn lại tổ chức đại hội sau khi có kết luận rút kinh nghiệm đại hội điểm của Ban Thường vụ Tỉnh ủy."),
    ("p", "3. Thời gian thực hiện các bước chủ yếu như sau:"),
    ("row", ("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn")),
    ("row", ("1", "Thành lập tổ biên tập, xây dựng đề cương chi tiết báo cáo chính trị",
             "Ban thường vụ cấp ủy cấp huyện", "Trước 10/10/2024")),
    ("row", ("2", "Gửi dự thảo lần 1 về Ban Tuyên giáo Tỉnh ủy (ba đơn vị đại hội điểm)",
             "Huyện ủy Phù Cát, Tây Sơn, Vân Canh", "Trước 25/11/2024")),
    ("row", ("3", "Gửi dự thảo lần 1 về Ban Tuyên giáo Tỉnh ủy (tám đơn vị còn lại)",
             "Các huyện ủy, thị ủy, thành ủy còn lại", "Trước 3l/01/2025")),
    ("row", ("4", "Lấy ý kiến đóng góp rộng rãi của cán bộ, đảng viên và Nhân dân vào dự thảo",
             "Ban thường vụ cấp ủy cấp huyện", "Trước 15/3/2025")),
    ("row", ("5", "Hoàn chỉnh dự thảo trình đại hội, gửi Ban Thường vụ Tỉnh ủy",
             "Các huyện ủy, thị ủy, thành ủy", "Chậm nhất 15 ngày trước khai mạc")),
    ("row", ("6", "Gửi báo cáo chính trị đã được đại hội thông qua về Ban Tuyên giáo Tỉnh ủy",
             "Văn phòng cấp ủy cấp huyện", "Trong 07 ngày sau đại hội")),
    ("p", "4. Các huyện ủy, thị ủy, thành ủy gửi dự thảo qua hệ thống văn bản điện tử, đồng thời gửi 02 bản giấy về "
          "Ban Tuyên giáo Tỉnh ủy. Không cần gửi kèm biên bản các hội nghị lấy ý kiến."),
    ("p", "5. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy tổng hợp, tham "
          "mưu Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của các đảng bộ cấp huyện."),
    ("p", "Hướng dẫn này được gửi đến ban thường vụ các huyện ủy, thị ủy, thành ủy và đăng trên Trang thông tin điện "
          "tử Đảng bộ tỉnh. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo Tỉnh ủy "
          "(qua Phòng Lý luận chính trị - Lịch sử Đảng, điện thoại 0256.3822419) để được hướng dẫn."),
    ("sig", [
        "Nơi nhận:                                      K/T TRƯỞNG BAN",
        "- Thường trực Tỉnh ủy (b/c),              PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
        "- Các huyện ủy, thị ủy, thành ủy,",
        "- Lãnh đạo Ban,                                    (Đã ký)",
        "- Lưu VP, LLCT.",
        "                                               Lê Thị Mỹ Hạnh",
    ]),
]
