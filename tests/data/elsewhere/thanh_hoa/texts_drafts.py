"""Drafts (parts of district draft political reports, term 2020 - 2025) written by the districts' drafting teams
after the provincial standing committee's meetings (imported by make_set.py)."""

DRAFTS: dict[str, str] = {}

# ---------------------------------------------------------------------------------------------------------------------
# 1. Thường Xuân: complete against its comments (meeting 12/3/2020) and the meeting's general points.
# ---------------------------------------------------------------------------------------------------------------------
DRAFTS["01_thuong_xuan_day_du.txt"] = """\
ĐẢNG BỘ HUYỆN THƯỜNG XUÂN
DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN, NHIỆM KỲ 2020 - 2025
(Bản tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 12/3/2020 - trích các mục đã chỉnh sửa)

Ghi chú của tổ biên tập: số liệu năm 2020 trong dự thảo là số ước thực hiện cả năm, đã được rà soát, thống nhất với Cục Thống kê tỉnh và Chi cục Thống kê huyện.

1. Về giảm nghèo và an sinh xã hội

Nhiệm kỳ 2015 - 2020, toàn huyện có 4.862 hộ thoát nghèo; tỷ lệ hộ nghèo giảm từ 36,2% năm 2015 xuống còn 11,4% năm 2019, ước còn 9,2% năm 2020. Tuy vậy, kết quả giảm nghèo chưa thật bền vững: trong 5 năm có 417 hộ tái nghèo và 583 hộ nghèo phát sinh mới, tập trung ở các xã vùng cao Bát Mọt, Yên Nhân, Xuân Lệ. Nguyên nhân chủ yếu là ốm đau, thiên tai, thiếu đất sản xuất; một bộ phận người dân còn tâm lý trông chờ, ỷ lại vào chính sách hỗ trợ; một số cấp ủy cơ sở chưa sâu sát trong chỉ đạo sinh kế cho hộ mới thoát nghèo.

2. Về phát triển kinh tế rừng

Nhiệm kỳ tới, huyện chuyển mạnh từ trồng rừng gỗ nhỏ sang trồng rừng gỗ lớn, phấn đấu đến năm 2025 có 3.000 ha rừng gỗ lớn được cấp chứng chỉ quản lý rừng bền vững. Thu hút doanh nghiệp đầu tư nhà máy chế biến ván ghép thanh, viên nén gỗ tại cụm công nghiệp của huyện, từng bước chấm dứt tình trạng bán gỗ keo non, gỗ nguyên liệu giá trị thấp; nâng giá trị sản xuất lâm nghiệp bình quân trên 1 ha rừng trồng lên 1,5 lần so với năm 2020.

3. Khai thác hồ Cửa Đạt

Khai thác hiệu quả mặt nước hồ Cửa Đạt cho phát triển du lịch sinh thái lòng hồ gắn với Khu bảo tồn thiên nhiên Xuân Liên và nuôi cá lồng theo quy hoạch; mọi hoạt động trên lòng hồ phải bảo đảm an toàn hồ đập và vùng hạ du. Phối hợp với đơn vị quản lý công trình xây dựng phương án ứng phó khi xả lũ, cắm mốc hành lang bảo vệ hồ chứa.

4. Phát triển vùng quế Ngọc

Bảo tồn nguồn gen quế Ngọc ở các xã Vạn Xuân, Xuân Lệ, Bát Mọt; mở rộng vùng trồng lên 1.500 ha vào năm 2025; xây dựng quế Ngọc Thường Xuân thành sản phẩm OCOP chủ lực đạt 4 sao, gắn với chỉ dẫn địa lý và liên kết tiêu thụ với doanh nghiệp.

5. Quản lý, bảo vệ rừng giáp ranh

Ký kết và thực hiện quy chế phối hợp với hai huyện Lang Chánh, Ngọc Lặc trong quản lý, bảo vệ rừng ở khu vực giáp ranh; tổ chức tuần tra chung, xử lý dứt điểm các điểm nóng về khai thác gỗ trái phép.

6. Quốc phòng, an ninh và đối ngoại biên giới

Xây dựng khu vực phòng thủ huyện vững chắc; phối hợp với Bộ đội Biên phòng quản lý chặt chẽ đường biên giới giáp tỉnh Hủa Phăn (Lào), giữ vững chủ quyền, an ninh biên giới. Duy trì quan hệ kết nghĩa giữa các bản hai bên biên giới, phối hợp ngăn chặn xuất nhập cảnh trái phép, buôn bán ma túy; xây dựng đường biên giới hòa bình, hữu nghị, hợp tác cùng phát triển.

7. Phương hướng và các khâu đột phá nhiệm kỳ 2020 - 2025

Phương hướng nhiệm kỳ được xây dựng bám sát dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhất là định hướng phát triển khu vực miền núi phía Tây của tỉnh. Đại hội xác định ba khâu đột phá: (1) phát triển kinh tế rừng gỗ lớn gắn với chế biến sâu; (2) phát triển du lịch sinh thái hồ Cửa Đạt - Xuân Liên; (3) đào tạo, nâng cao chất lượng đội ngũ cán bộ cơ sở vùng đồng bào dân tộc thiểu số.
"""

# ---------------------------------------------------------------------------------------------------------------------
# 2. Quảng Xương: missing parts (no land-management weaknesses, no lessons, no defence, causes only objective).
# ---------------------------------------------------------------------------------------------------------------------
DRAFTS["02_quang_xuong_con_thieu.txt"] = """\
ĐẢNG BỘ HUYỆN QUẢNG XƯƠNG
Dự thảo báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025
(Bản thảo lần 3 - tổ biên tập trình Thường trực Huyện ủy, ngày 06/5/2020)

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020

1. Về phát triển kinh tế

Nhiệm kỳ qua, tổng giá trị sản xuất của huyện tăng bình quân 12,6%/năm, cao hơn 3,1 điểm phần trăm so với nhiệm kỳ 2010 - 2015. Thu nhập bình quân đầu người năm 2019 đạt 45,2 triệu đồng, gấp 1,7 lần năm 2015. Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng công nghiệp - xây dựng và dịch vụ; tỷ trọng nông, lâm nghiệp, thủy sản giảm từ 31,5% xuống còn 19,8%.

Tuyến đường ven biển đoạn qua huyện được khởi công, công tác giải phóng mặt bằng hoàn thành đúng tiến độ nhờ sự vào cuộc của cả hệ thống chính trị. Thị trấn Tân Phong được đầu tư chỉnh trang, mở rộng; hạ tầng đô thị từng bước đồng bộ.

2. Về văn hóa - xã hội

Chất lượng giáo dục được nâng lên, tỷ lệ trường đạt chuẩn quốc gia đạt 86%. Tỷ lệ hộ nghèo còn 2,6%. Phong trào xây dựng đời sống văn hóa ở khu dân cư được duy trì.

3. Những chỉ tiêu không đạt

Có 3/23 chỉ tiêu không đạt: số doanh nghiệp thành lập mới, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và tỷ lệ đô thị hóa. Nguyên nhân chủ yếu do thời tiết diễn biến bất thường, giá cả thị trường biến động và tác động của dịch COVID-19 từ đầu năm 2020.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025

1. Phát triển kinh tế biển và vùng ven biển

Khai thác lợi thế của tuyến đường ven biển đi qua địa bàn, hình thành chuỗi khu du lịch, dịch vụ ở các xã phía Đông của huyện, trọng tâm là khu du lịch sinh thái biển Tiên Trang; kêu gọi nhà đầu tư chiến lược đầu tư khu nghỉ dưỡng, khu vui chơi giải trí; phát triển dịch vụ hậu cần nghề cá.

2. Phát triển đô thị

Mở rộng không gian thị trấn Tân Phong, hình thành các khu dân cư mới dọc tuyến đường ven biển và quốc lộ 45; phấn đấu tỷ lệ đô thị hóa đạt 25% vào năm 2025.

3. Chỉ tiêu thu nhập

Sau khi tiếp thu ý kiến góp ý, chỉ tiêu thu nhập bình quân đầu người năm 2025 được tính toán lại, điều chỉnh từ 85 triệu đồng xuống 72 triệu đồng, trên cơ sở dự báo tốc độ tăng trưởng và quy mô dân số đến năm 2025.

4. Các khâu đột phá

Nhiệm kỳ 2020 - 2025, Đảng bộ huyện xác định hai khâu đột phá: (1) phát triển kinh tế biển gắn với tuyến đường ven biển; (2) cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh.

(Các mục về quốc phòng, an ninh và xây dựng Đảng, hệ thống chính trị đang được tổ biên tập hoàn thiện.)
"""

# ---------------------------------------------------------------------------------------------------------------------
# 3. Hoằng Hóa: echoes the conclusion notice's own wording; several headings followed only by placeholders.
# ---------------------------------------------------------------------------------------------------------------------
DRAFTS["03_hoang_hoa_lap_lai_loi.txt"] = """\
ĐẢNG BỘ HUYỆN HOẰNG HÓA
DỰ THẢO BÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2020 - 2025
(Đề cương chi tiết kèm nội dung đã viết - bản tiếp thu Thông báo kết luận số 1712-TB/TU)

I. LÀM RÕ ĐỊNH HƯỚNG PHÁT TRIỂN DU LỊCH BIỂN HẢI TIẾN THÀNH KHU DU LỊCH TRỌNG ĐIỂM PHÍA BẮC CỦA TỈNH, KÉO DÀI MÙA DU LỊCH

Làm rõ định hướng phát triển du lịch biển Hải Tiến thành khu du lịch trọng điểm phía Bắc của tỉnh, kéo dài mùa du lịch. Cụ thể: quy hoạch lại không gian khu du lịch, đầu tư tuyến đường ven biển kết nối với TP Sầm Sơn; phát triển các sản phẩm du lịch hội nghị, thể thao biển, lễ hội để thu hút khách ngoài mùa hè; phấn đấu năm 2025 đón 1,5 triệu lượt khách, trong đó khách lưu trú chiếm trên 40%.

II. XÂY DỰNG LỘ TRÌNH MỞ RỘNG ĐÔ THỊ BÚT SƠN VÀ VÙNG PHỤ CẬN

(Tổ biên tập bổ sung sau khi có quy hoạch chung được phê duyệt.)

III. BỔ SUNG GIẢI PHÁP BẢO TỒN, PHÁT HUY GIÁ TRỊ DI TÍCH LỊCH SỬ - VĂN HÓA VÀ TRUYỀN THỐNG KHOA BẢNG CỦA QUÊ HƯƠNG

Bổ sung giải pháp bảo tồn, phát huy giá trị di tích lịch sử - văn hóa và truyền thống khoa bảng của quê hương: tu bổ, tôn tạo các di tích đã xếp hạng; xây dựng Nhà trưng bày truyền thống khoa bảng của huyện; duy trì quỹ khuyến học ở 100% thôn, làng; đưa nội dung giáo dục truyền thống hiếu học vào hoạt động ngoại khóa ở các trường học.

IV. ĐÁNH GIÁ SÂU HƠN KẾT QUẢ PHÁT TRIỂN SẢN XUẤT VỤ ĐÔNG VÀ TÍCH TỤ RUỘNG ĐẤT

(Bổ sung số liệu.)

V. CẢ BA HUYỆN CẦN LÀM RÕ ĐỊNH HƯỚNG PHÁT TRIỂN ĐÔ THỊ, DỊCH VỤ VÀ GIẢI PHÁP CHUYỂN DỊCH CƠ CẤU LAO ĐỘNG NÔNG THÔN

Huyện tập trung phát triển dịch vụ thương mại ở các thị tứ và khu vực ven biển; hình thành các điểm dân cư đô thị mới gắn với khu du lịch Hải Tiến.

VI. BÀI HỌC KINH NGHIỆM: RÚT RA TỪ 3 ĐẾN 4 BÀI HỌC KINH NGHIỆM SÁT VỚI THỰC TIỄN LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐỊA PHƯƠNG

Một là, đoàn kết, thống nhất trong cấp ủy là nhân tố quyết định thành công.
Hai là, phát huy sức dân trong xây dựng nông thôn mới và phát triển du lịch, "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Ba là, người đứng đầu phải nêu gương, quyết liệt, dám nghĩ, dám làm, dám chịu trách nhiệm.
Bốn là, tập trung giải quyết dứt điểm các vụ việc tồn đọng, không để phát sinh điểm nóng ngay từ cơ sở.

VII. HỆ THỐNG CHỈ TIÊU CHỦ YẾU KHOẢNG 18 - 22 CHỈ TIÊU, CHIA THÀNH BA NHÓM

(Sẽ hoàn thiện sau khi có số liệu ước thực hiện năm 2020.)

VIII. LỰA CHỌN TỪ 2 ĐẾN 3 KHÂU ĐỘT PHÁ

Đại hội xác định hai khâu đột phá: (1) phát triển du lịch biển Hải Tiến; (2) phát triển hạ tầng đô thị và giao thông kết nối với TP Thanh Hóa, TP Sầm Sơn.

IX. KẾT QUẢ SẮP XẾP TỔ CHỨC BỘ MÁY THEO NGHỊ QUYẾT SỐ 18-NQ/TW, NGHỊ QUYẾT SỐ 19-NQ/TW

(Văn phòng Huyện ủy, Ban Tổ chức Huyện ủy cung cấp số liệu.)

X. ĐỀ RA GIẢI PHÁP NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ VÀ CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ CƠ SỞ SAU SÁP NHẬP

Đổi mới nội dung sinh hoạt chi bộ theo hướng mỗi kỳ sinh hoạt chọn một chuyên đề gắn với nhiệm vụ cụ thể của thôn, làng; cấp ủy viên huyện dự sinh hoạt tại các chi bộ khó khăn ít nhất một lần mỗi quý; bố trí, sắp xếp lại cán bộ xã sau sáp nhập theo vị trí việc làm, đào tạo lại cán bộ chưa đạt chuẩn.
"""

# ---------------------------------------------------------------------------------------------------------------------
# 4. Nông Cống: same substance as its comments, in different words.
# ---------------------------------------------------------------------------------------------------------------------
DRAFTS["04_nong_cong_dien_dat_khac.txt"] = """\
ĐẢNG BỘ HUYỆN NÔNG CỐNG
DỰ THẢO BÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2020 - 2025 (bản chỉnh sửa tháng 5/2020, trích)

Những điểm nghẽn và nguyên nhân

Sau 5 năm, lao động rời khỏi đồng ruộng sang làm công nghiệp, dịch vụ vẫn chậm hơn nhiều so với dự kiến: năm 2019 còn gần 52% lao động làm nông nghiệp, trong khi nghị quyết đặt mục tiêu dưới 45%. Lý do chính là lao động nông thôn phần lớn chưa qua đào tạo nghề, huyện chưa có khu công nghiệp tập trung để hút lao động tại chỗ, và việc đào tạo nghề chưa gắn với nhu cầu của doanh nghiệp. Trách nhiệm trước hết thuộc về Ban Thường vụ Huyện ủy và Ủy ban nhân dân huyện trong chỉ đạo công tác đào tạo nghề.

Hai chỉ tiêu không đạt là số doanh nghiệp thành lập mới (đạt 71% kế hoạch) và tỷ lệ lao động phi nông nghiệp. Nguyên nhân chủ quan là cải cách thủ tục hành chính chưa quyết liệt, một số cán bộ còn né tránh, đùn đẩy trách nhiệm.

Cơ hội mới từ hạ tầng

Đường cao tốc nối Thủ đô Hà Nội với các tỉnh phía Nam đang được xây dựng qua địa phận 7 xã của huyện, có nút giao ngay trên địa bàn; cùng với việc huyện chỉ cách các khu công nghiệp của Khu kinh tế Nghi Sơn khoảng 20 km, đây là thời cơ để thu hút các doanh nghiệp sản xuất linh kiện, phụ tùng phục vụ các nhà máy lớn trong Khu kinh tế, phát triển kho bãi, vận tải hàng hóa và các khu nhà trọ, nhà ở cho người lao động.

Những nhiệm vụ lớn của nhiệm kỳ

Về nông nghiệp, tiếp tục vận động nông dân dồn điền, đổi thửa, cho thuê, góp đất để hình thành những vùng sản xuất lúa, rau màu hàng hóa từ 30 ha trở lên, tạo điều kiện cho doanh nghiệp và hợp tác xã tổ chức sản xuất quy mô lớn.

Về phòng chống thiên tai, đầu tư nâng cấp các trạm bơm, kênh tiêu để tiêu thoát nước cho những cánh đồng thấp trũng ven sông Yên, sông Hoàng, không để lúa bị ngập kéo dài mỗi khi mưa lớn.

Về đô thị và dịch vụ, phát triển thị trấn Nông Cống và các thị tứ dọc quốc lộ 45 thành trung tâm thương mại, dịch vụ; khuyến khích lao động trẻ chuyển sang làm dịch vụ, vận tải; tỷ lệ đô thị hóa đến năm 2025 dự kiến đạt 18%.

Hiện thực hóa các chương trình lớn mà tỉnh đã xác định, như phát triển nông nghiệp hàng hóa, xây dựng nông thôn mới nâng cao và cải cách hành chính, bằng các đề án cụ thể của huyện.

Bài học rút ra

Một là, sự đoàn kết, thống nhất trong Ban Chấp hành là điều kiện tiên quyết. Hai là, phải lấy dân làm gốc, công khai, minh bạch trong giải phóng mặt bằng. Ba là, tập trung nguồn lực cho khâu then chốt, không dàn trải. Bốn là, người đứng đầu phải nói đi đôi với làm.

Về xây dựng Đảng

Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nâng cao chất lượng sinh hoạt chi bộ, kiên quyết xử lý cán bộ, đảng viên suy thoái.
"""

# ---------------------------------------------------------------------------------------------------------------------
# 5. Bỉm Sơn: counts inside the ranges of the meeting of 19/5/2020 (21 chỉ tiêu, 3 khâu đột phá, 4 bài học).
# ---------------------------------------------------------------------------------------------------------------------
DRAFTS["05_bim_son_chi_tieu_dot_pha.txt"] = """\
ĐẢNG BỘ THỊ XÃ BỈM SƠN
DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ THỊ XÃ, NHIỆM KỲ 2020 - 2025
(Trích các phần đã tiếp thu ý kiến tại hội nghị Ban Thường vụ Tỉnh ủy ngày 19/5/2020)

III. BÀI HỌC KINH NGHIỆM

Một là, phải giữ vững đoàn kết, thống nhất trong Đảng bộ; phát huy dân chủ đi đôi với giữ nghiêm kỷ luật, kỷ cương.
Hai là, chủ động đồng hành cùng doanh nghiệp, kịp thời tháo gỡ vướng mắc để doanh nghiệp yên tâm đầu tư, sản xuất.
Ba là, coi trọng cải cách hành chính, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.
Bốn là, phát huy vai trò nêu gương của người đứng đầu, làm đến nơi đến chốn từng việc.

PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025

1. Mục tiêu tổng quát

Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy vai trò cửa ngõ phía Bắc của tỉnh, đẩy mạnh liên kết với huyện Hà Trung và các địa phương trong vùng; xây dựng thị xã Bỉm Sơn trở thành thành phố trực thuộc tỉnh vào năm 2025, là trung tâm công nghiệp, dịch vụ của khu vực phía Bắc.

2. Các chỉ tiêu chủ yếu

Hệ thống gồm 21 chỉ tiêu chủ yếu, chia thành ba nhóm: 9 chỉ tiêu về kinh tế, 7 chỉ tiêu về văn hóa - xã hội và môi trường, 5 chỉ tiêu về xây dựng Đảng và hệ thống chính trị. Một số chỉ tiêu chính:
- Tổng giá trị sản xuất tăng bình quân 11 - 12%/năm.
- Tỷ trọng dịch vụ trong cơ cấu kinh tế đạt 32% vào năm 2025.
- Thu ngân sách trên địa bàn tăng bình quân 8%/năm.
- Tỷ lệ đô thị hóa đạt 90%.
- Hằng năm kết nạp từ 120 đảng viên trở lên.

3. Các khâu đột phá

Đại hội xác định ba khâu đột phá: (1) hoàn thiện hạ tầng đô thị, đáp ứng tiêu chí đô thị loại III và các tiêu chuẩn của thành phố trực thuộc tỉnh; (2) thu hút đầu tư vào Khu công nghiệp Bỉm Sơn, ưu tiên công nghiệp cơ khí, dệt may, công nghiệp hỗ trợ; (3) cải cách hành chính, xây dựng chính quyền điện tử.

4. Nhiệm vụ, giải pháp chủ yếu

Chuyển đổi mô hình tăng trưởng, giảm dần sự phụ thuộc vào công nghiệp xi măng; phát triển mạnh thương mại, dịch vụ logistics dựa trên lợi thế quốc lộ 1, đường cao tốc Bắc - Nam và đường sắt Bắc - Nam. Phối hợp với huyện Hà Trung lập quy hoạch chung các khu dân cư ở khu vực giáp ranh.

Lập đề án đề nghị công nhận thành phố Bỉm Sơn theo lộ trình: năm 2021 hoàn thành rà soát các tiêu chí còn thiếu, năm 2023 trình cấp có thẩm quyền.
"""

# ---------------------------------------------------------------------------------------------------------------------
# 6. Như Xuân: partial.
# ---------------------------------------------------------------------------------------------------------------------
DRAFTS["06_nhu_xuan_mot_phan.txt"] = """\
DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẢNG BỘ HUYỆN NHƯ XUÂN NHIỆM KỲ 2020 - 2025
(Bản thảo lần 4 sau hội nghị Ban Thường vụ Tỉnh ủy, tổ biên tập trình Ban Thường vụ Huyện ủy)

1. Đánh giá kết quả nhiệm kỳ 2015 - 2020

Nhiệm kỳ qua, Đảng bộ và nhân dân các dân tộc trong huyện đã đạt và vượt 18/22 chỉ tiêu chủ yếu. Công tác giảm nghèo đạt kết quả nổi bật: 3.950 hộ thoát nghèo, tỷ lệ hộ nghèo giảm từ 29,6% năm 2015 xuống còn 8,1% cuối năm 2019. Nhiều công trình điện, đường, trường, trạm được đầu tư từ nguồn vốn Chương trình 135 và Nghị quyết 30a.

Khu công nghiệp Bãi Trành đã thu hút 6 dự án với tổng vốn đăng ký 1.420 tỷ đồng, nhưng đến nay mới có 2 dự án đi vào hoạt động. Nguyên nhân là hạ tầng khu công nghiệp chưa hoàn chỉnh, nhất là hệ thống xử lý nước thải tập trung; việc giải phóng mặt bằng kéo dài; một số nhà đầu tư hạn chế về năng lực tài chính. Huyện sẽ rà soát, đề nghị thu hồi các dự án chậm triển khai quá thời hạn.

Hạn chế: vẫn còn tình trạng di cư tự do ở một số xã vùng giáp ranh.

2. Phương hướng nhiệm kỳ 2020 - 2025

Phương hướng nhiệm kỳ bám sát dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XIX và định hướng phát triển vùng miền núi của tỉnh. Phát triển kinh tế rừng theo hướng nâng cao giá trị: trồng rừng gỗ lớn trên diện tích 2.000 ha, thu hút nhà máy chế biến gỗ ghép thanh, ván MDF tại Khu công nghiệp Bãi Trành để chế biến sâu ngay trên địa bàn, chấm dứt việc bán gỗ nguyên liệu thô.

Đại hội xác định hai khâu đột phá: (1) phát triển công nghiệp chế biến nông, lâm sản gắn với Khu công nghiệp Bãi Trành; (2) phát triển hạ tầng giao thông kết nối với đường Hồ Chí Minh.

3. Về văn hóa - xã hội

Nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số; bảo tồn văn hóa các dân tộc Thái, Mường, Thổ; nâng cao chất lượng khám chữa bệnh ở tuyến xã.
"""
