"""Drafts of district political report sections (imported by make_set.py)."""

DRAFTS = {}

DRAFTS["01_luc_ngan_lap_lai_loi_huong_dan.txt"] = """\
ĐẢNG BỘ HUYỆN LỤC NGẠN
DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN NHIỆM KỲ 2025 - 2030
(Trích Phần thứ hai - bản chỉnh sửa sau hội nghị Ban Thường vụ Tỉnh ủy ngày 18/4/2025)

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I. BỐI CẢNH VÀ QUAN ĐIỂM CHỈ ĐẠO

Nhiệm kỳ 2025 - 2030, Đảng bộ huyện quán triệt Quy hoạch tỉnh Bắc Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và dự thảo văn kiện Đại hội XX Đảng bộ tỉnh; xác định phát triển nông nghiệp hàng hóa chất lượng cao là nền tảng, phát triển đô thị, thương mại, dịch vụ là động lực tăng trưởng.

Trước khi đề ra phương hướng, Đảng bộ huyện đánh giá thực chất kết quả thực hiện các chương trình mục tiêu quốc gia về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, giảm nghèo bền vững, xây dựng nông thôn mới giai đoạn 2021 - 2025. Toàn huyện có 3.126 hộ thoát nghèo; số hộ tái nghèo là 148 hộ, nguyên nhân chủ yếu do ốm đau, tai nạn lao động và thiệt hại sau bão số 3 năm 2024; 64 hộ phát sinh nghèo mới do thiếu đất sản xuất, thiếu việc làm ổn định.

Nguyên nhân diện tích cây ăn quả có múi giảm mạnh trong hai năm 2023 - 2024 (từ 6.100 ha xuống còn 3.900 ha) được phân tích rõ: giá bán sụt giảm, cây bị bệnh vàng lá thối rễ, nhiều hộ trồng tự phát, không theo quy hoạch, thiếu liên kết tiêu thụ. Từ đó, huyện chủ trương chuyển đổi cơ cấu cây trồng phù hợp với thổ nhưỡng và thị trường, tránh tình trạng trồng tự phát.

II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU

Mục tiêu tổng quát: xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển nông nghiệp hàng hóa gắn với thương hiệu vải thiều; phát triển đô thị Chũ; nâng cao đời sống vật chất, tinh thần của nhân dân các dân tộc.

Hệ thống gồm 18 chỉ tiêu chủ yếu, chia thành ba nhóm: kinh tế; văn hóa - xã hội, môi trường; xây dựng Đảng và hệ thống chính trị. Một số chỉ tiêu chính:
- Tốc độ tăng giá trị sản xuất bình quân 9 - 9,5%/năm.
- Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đến năm 2030 đạt 250 triệu đồng.
- Diện tích vải thiều được cấp mã số vùng trồng phục vụ xuất khẩu đạt 12.000 ha.
- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1,5%/năm.
- Hằng năm kết nạp từ 300 đảng viên trở lên.

III. CÁC KHÂU ĐỘT PHÁ

Đại hội xác định hai khâu đột phá: (1) Phát triển nông nghiệp hàng hóa, trọng tâm là mở rộng diện tích vải thiều được cấp mã số vùng trồng phục vụ xuất khẩu, gắn với truy xuất nguồn gốc và thúc đẩy tiêu thụ qua thương mại điện tử; (2) Phát triển thị trấn Chũ và vùng phụ cận theo tiêu chí đô thị loại IV, làm tiền đề xây dựng thị xã trong giai đoạn tới.

IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

1. Đẩy mạnh phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị; xây dựng bản đồ số vùng trồng, cơ sở dữ liệu mã số vùng trồng; hỗ trợ hợp tác xã, hộ sản xuất đưa sản phẩm lên các sàn thương mại điện tử.

2. Về văn hóa - xã hội: nâng cao chất lượng giáo dục vùng cao, củng cố mạng lưới y tế cơ sở; bảo tồn bản sắc văn hóa các dân tộc Nùng, Tày, Sán Dìu, Hoa.

3. Về xây dựng Đảng và hệ thống chính trị: thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả theo Nghị quyết số 18-NQ/TW; nâng cao chất lượng đội ngũ cán bộ, nhất là người đứng đầu; đổi mới nội dung sinh hoạt chi bộ.
"""

DRAFTS["02_son_dong_ban_thao_con_thieu.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ HUYỆN SƠN ĐỘNG NHIỆM KỲ 2025 - 2030
(Bản thảo lần 2 - tổ biên tập trình Ban Thường vụ Huyện ủy)

1. Về kết quả thực hiện nghị quyết nhiệm kỳ 2020 - 2025

Nhiệm kỳ qua, trong điều kiện là huyện miền núi đặc biệt khó khăn, Đảng bộ và nhân dân các dân tộc trong huyện đã nỗ lực vượt bậc, đạt và vượt 15/19 chỉ tiêu chủ yếu của nghị quyết. Một số chỉ tiêu không đạt là thu ngân sách trên địa bàn, tỷ lệ đô thị hóa, số doanh nghiệp thành lập mới và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

Tỷ lệ hộ nghèo giảm từ 24,6% năm 2020 xuống còn 9,8% năm 2025; đời sống của đồng bào các dân tộc từng bước được cải thiện, nhiều công trình điện, đường, trường, trạm được đầu tư từ các nguồn vốn của Trung ương và của tỉnh.

Kinh tế lâm nghiệp tiếp tục là thế mạnh; diện tích rừng trồng mới bình quân đạt 1.450 ha/năm; sản lượng gỗ khai thác năm 2024 đạt 185 nghìn m3. Công tác quản lý, bảo vệ rừng được tăng cường, không để xảy ra cháy rừng lớn.

2. Về phương hướng nhiệm kỳ 2025 - 2030

a) Phát triển kinh tế lâm nghiệp bền vững là nhiệm vụ trọng tâm: chuyển mạnh từ trồng rừng gỗ nhỏ sang trồng rừng gỗ lớn, mở rộng diện tích rừng được cấp chứng chỉ quản lý rừng bền vững (FSC); phát triển dược liệu dưới tán rừng như ba kích, khôi nhung, trà hoa vàng; thu hút doanh nghiệp chế biến gỗ, chế biến dược liệu đầu tư vào huyện. Giữ vững độ che phủ rừng, coi đây là nền tảng để phát triển kinh tế xanh.

b) Chú trọng đào tạo nghề, giải quyết việc làm cho lao động là người dân tộc thiểu số; gắn đào tạo với nhu cầu của doanh nghiệp, hợp tác xã; hỗ trợ thanh niên khởi nghiệp tại quê hương, hạn chế tình trạng lao động trẻ rời bỏ địa phương đi làm ăn xa.

c) Tiếp tục thực hiện các chính sách an sinh xã hội, hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo; nâng cao chất lượng giáo dục, y tế ở các xã vùng cao.

d) Xây dựng Đảng và hệ thống chính trị: hoàn thành việc sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; nâng cao chất lượng đội ngũ cán bộ, nhất là người đứng đầu cấp ủy, chính quyền ở cơ sở; chú trọng phát triển đảng viên là người dân tộc thiểu số ở các thôn, bản còn ít đảng viên.
"""

DRAFTS["03_tan_yen_dien_dat_khac.txt"] = """\
ĐẢNG BỘ HUYỆN TÂN YÊN
DỰ THẢO BÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2025 - 2030 (phần định hướng, bản tiếp thu ý kiến tháng 5/2025)

Những căn cứ để xác định phương hướng

Phương hướng nhiệm kỳ tới được xây dựng trên cơ sở bám sát định hướng phát triển không gian, hạ tầng và các ngành, lĩnh vực của quy hoạch chung toàn tỉnh giai đoạn đến năm 2030, tầm nhìn năm 2050, đồng thời cụ thể hóa các định hướng lớn của văn kiện đại hội đảng bộ tỉnh.

Mục tiêu về tỷ lệ dân cư sống ở khu vực đô thị vào năm 2030 đã được tổ biên tập tính toán lại: hạ từ 35% ở bản dự thảo trước xuống 28%, để khớp với quy hoạch của tỉnh và phù hợp với khả năng huy động vốn đầu tư hạ tầng của huyện trong 5 năm tới.

Về kinh tế nông nghiệp

Huyện chủ trương hình thành các vùng chuyên canh cây ăn trái có quy mô từ 50 ha trở lên, khuyến khích các trang trại nuôi lợn, gà, bò thịt theo hướng tập trung, xa khu dân cư, áp dụng quy trình an toàn sinh học. Mỗi năm phấn đấu có thêm 3 đến 4 sản phẩm được công nhận từ 3 sao trở lên trong chương trình "Mỗi xã một sản phẩm", gắn với xây dựng nhãn hiệu và mở rộng kênh tiêu thụ.

Về đất đai và phát triển khu dân cư

Báo cáo nhìn nhận đầy đủ kết quả bán đấu giá đất trong nhiệm kỳ: tổng số tiền thu được đạt trên 2.100 tỷ đồng, là nguồn chính để đầu tư hạ tầng; tuy nhiên, một số khu dân cư mới sau khi hoàn thành hạ tầng còn ít người đến ở, một số lô đất trúng giá cao nhưng chậm nộp tiền. Nhiệm kỳ tới, huyện sẽ rà soát các dự án khu dân cư, khu đô thị mới chậm tiến độ, kiên quyết thu hồi các dự án không triển khai.

Về khoa học, kỹ thuật và số hóa

Đẩy mạnh ứng dụng tiến bộ kỹ thuật vào sản xuất, khuyến khích sáng kiến, cải tiến trong doanh nghiệp và hợp tác xã; số hóa hồ sơ, dữ liệu đất đai, hộ tịch; 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Những nhiệm vụ mang tính đột phá

Nhiệm kỳ 2025 - 2030, Đảng bộ huyện chọn hai việc làm đột phá: một là, hoàn thiện hạ tầng giao thông kết nối với các khu công nghiệp của tỉnh; hai là, tạo môi trường thuận lợi cho doanh nghiệp, đẩy nhanh giải phóng mặt bằng.

Về công tác xây dựng Đảng

Đổi mới nội dung, nâng cao chất lượng các buổi họp định kỳ của chi bộ ở những thôn, tổ dân phố vừa hợp nhất, bảo đảm mỗi buổi họp đều bàn được việc cụ thể của thôn; kiện toàn bộ máy các cơ quan chuyên môn sau hợp nhất. Kiên quyết đấu tranh, ngăn chặn các hành vi tham ô, sách nhiễu, gây thất thoát, lãng phí tài sản công; xử lý nghiêm cán bộ, đảng viên vi phạm.
"""

DRAFTS["04_hiep_hoa_ba_khau_dot_pha.txt"] = """\
ĐẢNG BỘ HUYỆN HIỆP HÒA
DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN NHIỆM KỲ 2025 - 2030
(Trích một số nội dung - bản dự thảo lần 5)

III. BÀI HỌC KINH NGHIỆM

Từ thực tiễn lãnh đạo, chỉ đạo nhiệm kỳ 2020 - 2025, Đảng bộ huyện rút ra 4 bài học kinh nghiệm:

Thứ nhất, giữ vững sự đoàn kết, thống nhất trong cấp ủy, nhất là trong tập thể Ban Thường vụ Huyện ủy; mọi chủ trương lớn đều được bàn bạc dân chủ, quyết định kịp thời.

Thứ hai, chủ động phối hợp với các sở, ngành của tỉnh trong giải phóng mặt bằng, coi đây là khâu quyết định tiến độ thu hút đầu tư vào các khu công nghiệp.

Thứ ba, người đứng đầu phải dám nghĩ, dám làm, dám chịu trách nhiệm; cán bộ làm không được thì thay.

Thứ tư, chăm lo lợi ích chính đáng của người dân có đất bị thu hồi, tạo đồng thuận xã hội.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2025 - 2030

1. Mục tiêu tổng quát

Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển công nghiệp là động lực chính, đô thị hóa nhanh và bền vững; hoàn thiện các tiêu chí còn thiếu về tỷ lệ lao động phi nông nghiệp, hạ tầng đô thị, trung tâm thương mại để đến năm 2029 Hiệp Hòa trở thành thị xã.

2. Hệ thống chỉ tiêu

Nhiệm kỳ 2025 - 2030 có 19 chỉ tiêu chủ yếu, chia thành 3 nhóm: 8 chỉ tiêu kinh tế; 7 chỉ tiêu văn hóa - xã hội, môi trường; 4 chỉ tiêu xây dựng Đảng và hệ thống chính trị. Trong đó, giá trị sản xuất công nghiệp tăng bình quân 18 - 20%/năm; tỷ lệ đô thị hóa đạt 45% vào năm 2030. (Số liệu chi tiết theo từng năm của nhiệm kỳ 2020 - 2025 xem Phụ lục 2 kèm theo báo cáo.)

3. Các khâu đột phá

Đại hội xác định 3 khâu đột phá: (1) Hoàn thiện hạ tầng giao thông kết nối các khu công nghiệp với quốc lộ 37 và đường vành đai IV Vùng Thủ đô; (2) Cải cách hành chính, nâng cao năng lực cạnh tranh, giải phóng mặt bằng nhanh cho các dự án; (3) Phát triển đô thị đồng bộ, chuẩn bị điều kiện thành lập thị xã.

4. Nhiệm vụ, giải pháp chủ yếu

- Đẩy mạnh ứng dụng khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong quản lý nhà nước và sản xuất, kinh doanh; xây dựng chính quyền số, phấn đấu 100% hồ sơ thủ tục hành chính được xử lý trên môi trường điện tử.
- Phối hợp với doanh nghiệp hạ tầng các khu công nghiệp phát triển nhà ở xã hội cho công nhân, bảo đảm đến năm 2030 đáp ứng khoảng 40% nhu cầu chỗ ở của người lao động ngoại tỉnh.
- Tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; nâng cao chất lượng đội ngũ cán bộ, nhất là người đứng đầu.
- Xây dựng khu vực phòng thủ huyện vững chắc; nắm chắc tình hình an ninh nông thôn, an ninh công nhân, giải quyết kịp thời các vụ việc phức tạp ngay từ cơ sở, không để hình thành điểm nóng.
"""

DRAFTS["05_yen_the_moi_dat_mot_phan.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ HUYỆN YÊN THẾ NHIỆM KỲ 2025 - 2030
(Phần phương hướng, nhiệm vụ - bản thảo của tổ biên tập)

Nhiệm kỳ 2020 - 2025, huyện đạt 16/19 chỉ tiêu chủ yếu. Tỷ lệ hộ nghèo giảm bình quân 2,1%/năm; nhiều công trình hạ tầng giao thông, thủy lợi được đầu tư từ các chương trình mục tiêu quốc gia.

Bước sang nhiệm kỳ mới, Đảng bộ huyện xác định tiếp tục phát triển kinh tế nông, lâm nghiệp gắn với chế biến, từng bước phát triển công nghiệp và dịch vụ.

1. Phát triển chăn nuôi gà đồi theo chuỗi giá trị

Chăn nuôi gà đồi là thế mạnh nổi bật của huyện. Nhiệm kỳ tới, huyện tập trung nâng cao giá trị chuỗi sản phẩm gà đồi từ khâu con giống, thức ăn, giết mổ tập trung đến tiêu thụ; đẩy mạnh quảng bá nhãn hiệu chứng nhận; kiểm soát chặt chẽ dịch bệnh, bắt buộc các trang trại quy mô lớn phải có hệ thống xử lý chất thải, hạn chế ô nhiễm môi trường chăn nuôi.

2. Bố trí, ổn định dân cư vùng thiên tai

Sau cơn bão số 3 năm 2024, toàn huyện còn 5 điểm dân cư có nguy cơ sạt lở đất, lũ quét cao. Huyện sẽ lập phương án di dời, bố trí lại dân cư cho 112 hộ ở các điểm này, ưu tiên sử dụng nguồn vốn của các chương trình mục tiêu quốc gia và vốn ngân sách tỉnh hỗ trợ.

3. Văn hóa, du lịch

Các điểm di tích thuộc khu di tích khởi nghĩa Yên Thế tiếp tục được tu bổ, tôn tạo; duy trì tổ chức lễ hội truyền thống hằng năm.

4. Thu ngân sách và đầu tư

Phấn đấu thu ngân sách trên địa bàn tăng bình quân 15%/năm; tập trung nguồn lực cho đầu tư hạ tầng giao thông.

5. Khâu đột phá

Nhiệm kỳ 2025 - 2030, huyện xác định khâu đột phá là đầu tư hạ tầng giao thông kết nối với các huyện lân cận và với thành phố.

6. Xây dựng Đảng

Tăng cường công tác kiểm tra, giám sát; đẩy mạnh phòng, chống tham nhũng, lãng phí, tiêu cực; siết chặt kỷ luật, kỷ cương hành chính; xử lý nghiêm các trường hợp cán bộ né tránh, đùn đẩy trách nhiệm.
"""
