"""Draft excerpts of political reports (2025 - 2030) by districts of the Hà Tĩnh set. Plain data."""

from __future__ import annotations

DRAFTS: dict[str, str] = {}

# ---------------------------------------------------------------------------------------------------
# 1. Hương Sơn - complete (written after both working sessions)
# ---------------------------------------------------------------------------------------------------
DRAFTS["01_huong_son_day_du.txt"] = """\
ĐẢNG BỘ HUYỆN HƯƠNG SƠN
DỰ THẢO BÁO CÁO CHÍNH TRỊ (lần 3, gửi ngày 22/01/2025) - trích

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025

Số liệu trong báo cáo tính đến ngày 30/9/2024, ước thực hiện cả năm 2025, đã được đối chiếu với Chi cục Thống kê khu vực.

Nhiệm kỳ qua, huyện đạt và vượt 15/19 chỉ tiêu Nghị quyết. Tổng giá trị sản xuất tăng bình quân 7,8%/năm. Bốn chỉ tiêu không đạt là: tốc độ tăng trưởng kinh tế (mục tiêu 10%/năm), tổng kim ngạch xuất nhập khẩu qua cửa khẩu Cầu Treo, tỷ lệ đô thị hóa và số xã đạt chuẩn nông thôn mới nâng cao.

Khu kinh tế cửa khẩu quốc tế Cầu Treo chưa trở thành động lực như kỳ vọng: năm 2024 kim ngạch qua cửa khẩu chỉ đạt khoảng 40% mục tiêu. Nguyên nhân chính là hạ tầng kho bãi, dịch vụ logistics yếu; thủ tục thông quan còn kéo dài; hàng hóa phía bạn Lào quy mô nhỏ; huyện chưa chủ động kêu gọi được doanh nghiệp có năng lực vào đầu tư.

Nghề nuôi hươu tiếp tục phát triển với hơn 38.000 con; nhãn hiệu chứng nhận "Nhung hươu Hương Sơn" được bảo hộ, nhưng liên kết tiêu thụ còn manh mún. Công tác quản lý, bảo vệ rừng được duy trì, không để xảy ra cháy rừng lớn.

Khu vực phòng thủ huyện được xây dựng ngày càng vững chắc; đường biên, mốc quốc giới trên tuyến biên giới Việt - Lào được quản lý chặt chẽ; quan hệ hữu nghị với các huyện giáp biên của tỉnh Bolikhamxay (Lào) được củng cố qua giao lưu, tuần tra song phương.

Huyện phối hợp tổ chức lễ tưởng niệm Đại danh y Hải Thượng Lãn Ông Lê Hữu Trác hằng năm; khu di tích được tu bổ, bước đầu đưa vào tuyến du lịch "về nguồn" của tỉnh.

Hạn chế, nguyên nhân: Bốn chỉ tiêu không đạt nêu trên trước hết do nguyên nhân chủ quan: Ban Thường vụ Huyện ủy chưa quyết liệt trong chỉ đạo giải phóng mặt bằng, xúc tiến đầu tư; một số người đứng đầu cơ quan chuyên môn còn né tránh trách nhiệm. Tập thể Ban Thường vụ và đồng chí Bí thư, Chủ tịch UBND huyện nhận trách nhiệm về những hạn chế này.

Bài học kinh nghiệm: (1) đoàn kết, thống nhất trong cấp ủy; (2) bám sát cơ sở, lắng nghe Nhân dân; (3) tập trung nguồn lực cho những việc huyện làm được, không dàn trải; (4) người đứng đầu nói đi đôi với làm.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Dự báo: việc sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW sẽ tác động trực tiếp đến cấp huyện, cấp xã; huyện chủ động sắp xếp các cơ quan tham mưu, giúp việc và bố trí cán bộ dôi dư.

Chỉ tiêu chủ yếu: 19 chỉ tiêu. Mỗi chỉ tiêu đều có thuyết minh cơ sở tính toán kèm theo. Tốc độ tăng trưởng kinh tế bình quân 8 - 8,5%/năm, được tính lại trên cơ sở mức thực hiện 7,8%/năm của nhiệm kỳ trước và nguồn vốn đã được bố trí.

Ba khâu đột phá: (1) hạ tầng giao thông kết nối Quốc lộ 8A với các vùng sản xuất; (2) cải cách hành chính, chuyển đổi số; (3) phát triển nguồn nhân lực.

Cầu Treo không còn là khâu đột phá mà là nhiệm vụ trọng tâm, trong đó huyện trực tiếp làm: hoàn thành giải phóng mặt bằng các khu chức năng, rút ngắn thời gian giải quyết thủ tục hành chính, mời gọi ít nhất 3 doanh nghiệp logistics. Đô thị Tây Sơn được quy hoạch mở rộng gắn với cửa khẩu, hướng tới đô thị loại IV.

Phát triển nghề nuôi hươu theo chuỗi giá trị từ con giống, chế biến đến tiêu thụ, giữ vững chỉ dẫn địa lý.

Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, huyện ứng dụng khoa học, công nghệ trong nông nghiệp, đẩy mạnh chuyển đổi số trong cơ quan đảng, chính quyền.

Giảm nghèo bền vững ở các xã vùng cao giáp biên giới.
"""

# ---------------------------------------------------------------------------------------------------
# 2. Cẩm Xuyên - with gaps
# ---------------------------------------------------------------------------------------------------
DRAFTS["02_cam_xuyen_con_thieu.txt"] = """\
ĐẢNG BỘ HUYỆN CẨM XUYÊN
Dự thảo báo cáo chính trị trình Đại hội nhiệm kỳ 2025 - 2030 (bản tiếp thu ý kiến Thường trực Tỉnh ủy)

I. KẾT QUẢ NHIỆM KỲ 2020 - 2025

1. Kinh tế
Tổng giá trị sản xuất tăng bình quân 8,2%/năm. Huyện được công nhận đạt chuẩn nông thôn mới năm 2021 và phấn đấu đạt chuẩn nông thôn mới nâng cao năm 2025; đến nay có 9/21 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn kiểu mẫu, còn thiếu tiêu chí về môi trường và thu nhập.

Khu du lịch Thiên Cầm tiếp tục thu hút du khách, năm 2024 đón 420.000 lượt khách, tăng 35% so với năm 2020. Nhiều khách sạn, nhà hàng được đầu tư mới.

Cảng cá Cẩm Nhượng được nâng cấp luồng lạch, mở rộng khu neo đậu tàu thuyền tránh trú bão; các dịch vụ hậu cần nghề cá như cung ứng nhiên liệu, nước đá, sửa chữa tàu thuyền phát triển khá.

Việc thực hiện ba khâu đột phá nhiệm kỳ 2020 - 2025 đạt nhiều kết quả: hoàn thành 56 km đường trục xã, liên xã; thu hút 14 dự án vào các cụm công nghiệp; chỉ số cải cách hành chính nằm trong nhóm khá của tỉnh.

2. Hạn chế và nguyên nhân
Một số chỉ tiêu chưa đạt như thu ngân sách, tỷ lệ lao động qua đào tạo. Nguyên nhân chủ yếu do tác động của dịch COVID-19, bão lũ năm 2020 và năm 2024, giá vật liệu xây dựng tăng cao.

II. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Mục tiêu, chỉ tiêu của huyện được xây dựng trên cơ sở Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và Quy hoạch vùng huyện Cẩm Xuyên đến năm 2040.

Hệ thống chỉ tiêu chủ yếu gồm 20 chỉ tiêu, chia ba nhóm kinh tế; văn hóa - xã hội, môi trường; xây dựng Đảng và hệ thống chính trị.

Ba khâu đột phá:
- Phát triển du lịch biển Thiên Cầm thành trọng điểm du lịch của tỉnh: nhằm khắc phục tình trạng thiếu sản phẩm du lịch; nguồn lực chủ yếu từ vốn xã hội hóa.
- Phát triển hạ tầng giao thông kết nối vùng biển với vùng đồi núi phía tây.
- Cải cách hành chính.

Nhiệm vụ về kinh tế biển: tiếp tục đầu tư cảng cá Cẩm Nhượng, phát triển nuôi trồng thủy sản theo hướng công nghệ cao; chủ động phòng, chống thiên tai, gia cố các đoạn đê biển xung yếu.

Về xây dựng Đảng: nâng cao chất lượng tổ chức cơ sở đảng; tăng cường công tác kiểm tra, giám sát; đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng.
"""

# ---------------------------------------------------------------------------------------------------
# 3. Nghi Xuân - echoes the guidance's wording, with placeholders
# ---------------------------------------------------------------------------------------------------
DRAFTS["03_nghi_xuan_lap_lai_cau_chu.txt"] = """\
HUYỆN ỦY NGHI XUÂN - TỔ BIÊN TẬP VĂN KIỆN
Dự thảo báo cáo chính trị (lần 2) - các mục bổ sung theo ý kiến Thường trực Tỉnh ủy ngày 8/1/2025

1. Cập nhật đầy đủ tinh thần các nghị quyết, kết luận mới của Trung ương, nhất là Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
(Tổ biên tập đang nghiên cứu, bổ sung sau.)

2. Sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị ở huyện theo tinh thần Nghị quyết số 18-NQ/TW.
Huyện đã sắp xếp, kiện toàn một số phòng, ban chuyên môn; ...

3. Khu công nghiệp Gia Lách
Phân tích rõ nguyên nhân Khu công nghiệp Gia Lách thu hút đầu tư chậm: [Bổ sung sau.]
Đến nay khu công nghiệp có 4 dự án đăng ký, tổng vốn 1.250 tỷ đồng; tỷ lệ lấp đầy 18%.

4. Du lịch
Xây dựng Nghi Xuân trở thành trung tâm du lịch văn hóa - biển gắn với di sản Đại thi hào Nguyễn Du và bãi biển Xuân Thành. Năm 2024, Khu di tích Nguyễn Du đón 185.000 lượt khách; bãi biển Xuân Thành đón 310.000 lượt khách. Định hướng giai đoạn 2025 - 2030: (Đang chờ ý kiến của Sở Văn hóa, Thể thao và Du lịch.)

5. Cảng Xuân Hải và đô thị ven sông Lam
Bổ sung giải pháp khai thác cảng Xuân Hải, phát triển đô thị ven sông Lam kết nối với thành phố Vinh.
(Đang chờ số liệu.)

6. Phòng, chống sạt lở
Đánh giá công tác phòng, chống sạt lở bờ sông, bờ biển: ...

7. Kinh tế biển, phòng, chống thiên tai và bảo vệ môi trường biển
Phát triển kinh tế biển gắn với phòng, chống thiên tai, sạt lở bờ biển và bảo vệ môi trường biển; huyện đã trồng mới 45 ha rừng phòng hộ ven biển tại Xuân Liên, Cổ Đạm, thu gom rác thải nhựa ven biển định kỳ hằng tháng.

8. Hệ thống chỉ tiêu
Hệ thống chỉ tiêu chủ yếu từ 18 đến 20 chỉ tiêu; chỉ tiêu nào trùng với chỉ tiêu chuyên ngành thì lược bỏ.
(Tổ biên tập đang tổng hợp đề xuất của các phòng, ban.)

9. Khâu đột phá
Lựa chọn không quá ba khâu đột phá. Dự kiến: (1) phát triển công nghiệp - cảng biển; (2) phát triển du lịch; (3) ...

10. Đánh giá các khâu đột phá nhiệm kỳ 2020 - 2025
Đánh giá việc thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025 phải nêu cả kết quả và hạn chế.
[Bổ sung sau.]

11. Về văn phong
Dự thảo phải ngắn gọn hơn nữa, viết sao cho người dân đọc cũng hiểu.
"""

# ---------------------------------------------------------------------------------------------------
# 4. Thị xã Kỳ Anh - same substance in other words
# ---------------------------------------------------------------------------------------------------
DRAFTS["04_tx_ky_anh_dien_dat_khac.txt"] = """\
THỊ ỦY KỲ ANH
Dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ thị xã khóa XX trình Đại hội đại biểu lần thứ XXI (trích phần thứ hai)

Mọi định hướng dưới đây được đối chiếu với Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030 và Quy hoạch chung đô thị Kỳ Anh đã được phê duyệt; những chỉ tiêu, nhiệm vụ không phù hợp với quy hoạch đã được điều chỉnh.

1. Mục tiêu: Đến năm 2030, thị xã hoàn thiện các tiêu chuẩn còn thiếu để được công nhận là thành phố thuộc tỉnh. Hiện còn 4 tiêu chuẩn chưa đạt: tỷ lệ lao động phi nông nghiệp khu vực nội thành, hạ tầng y tế, cây xanh công cộng và xử lý nước thải; lộ trình: hoàn thành tiêu chuẩn y tế và cây xanh trước năm 2027, tiêu chuẩn nước thải và lao động trước năm 2029, trình đề án năm 2029.

2. Hệ thống chỉ tiêu gồm 18 chỉ tiêu (bỏ 3 chỉ tiêu trùng với chỉ tiêu chuyên ngành so với bản trước). Tăng trưởng kinh tế bình quân được điều chỉnh từ 12 - 13% xuống 9 - 10%/năm, căn cứ tiến độ thực tế các dự án lớn và mức tăng trưởng bình quân 8,6%/năm giai đoạn 2020 - 2025.

3. Đóng góp của khu kinh tế ven biển phía nam tỉnh: Các doanh nghiệp trong khu kinh tế đóng góp khoảng 78% tổng thu ngân sách trên địa bàn, tạo việc làm cho hơn 21.000 lao động, trong đó 9.400 người là dân địa phương; tuy vậy, dịch vụ đi kèm (lưu trú, ăn uống, vận tải) do doanh nghiệp địa phương đảm nhận mới chiếm phần nhỏ, sức lan tỏa sang khu vực dịch vụ của thị xã còn hạn chế.

4. Hai khâu đột phá. Khâu thứ nhất là hạ tầng đô thị, nhằm tháo gỡ điểm nghẽn thiếu quỹ đất sạch và nhà ở cho người lao động; nguồn lực chủ yếu từ ngân sách tỉnh và các nhà đầu tư hạ tầng. Khâu thứ hai là nguồn nhân lực, nhằm giải quyết tình trạng lao động địa phương thiếu kỹ năng; nguồn lực từ doanh nghiệp trong khu kinh tế phối hợp với các cơ sở đào tạo.

5. Chỗ ở cho người lao động: Phát triển 3 khu nhà ở xã hội, nhà lưu trú với khoảng 6.000 căn hộ cho người lao động làm việc tại các nhà máy.

6. Quản lý môi trường: Lắp đặt trạm quan trắc tự động, công khai số liệu khí thải, nước thải của các nhà máy thép, nhiệt điện và khu bến cảng Sơn Dương; xử lý nghiêm các vi phạm.

7. Phối hợp liên vùng: Thị xã cùng huyện Kỳ Anh lập tổ công tác chung để bồi thường, tái định cư ở các xã giáp ranh, thống nhất đơn giá và chính sách hỗ trợ.

8. Trách nhiệm: Những việc chưa làm được trong nhiệm kỳ (chậm giải phóng mặt bằng, thu hút đầu tư vào khu vực dịch vụ chưa đạt) có phần trách nhiệm của tập thể Ban Thường vụ Thị ủy và các đồng chí lãnh đạo phụ trách từng lĩnh vực, không chỉ do dịch bệnh, thiên tai.

9. Kinh tế biển: phát triển dịch vụ cảng biển, logistics; phòng, chống thiên tai, sạt lở bờ biển khu vực Kỳ Nam, Kỳ Lợi; bảo vệ môi trường vùng biển.

10. Sau khi Thường trực Tỉnh ủy cho ý kiến, toàn văn dự thảo sẽ được công bố để cán bộ, đảng viên và người dân đóng góp ý kiến.
"""

# ---------------------------------------------------------------------------------------------------
# 5. Đức Thọ - figures at and just beyond the limits
# ---------------------------------------------------------------------------------------------------
DRAFTS["05_duc_tho_so_lieu_sat_nguong.txt"] = """\
ĐẢNG BỘ HUYỆN ĐỨC THỌ
DỰ THẢO BÁO CÁO CHÍNH TRỊ (lần 4, tháng 11/2024) - trích

Số liệu tính đến ngày 30/9/2024; số liệu năm 2025 là số ước thực hiện, thống nhất với số liệu của Chi cục Thống kê khu vực.

I. ĐÁNH GIÁ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ
Sau sắp xếp, huyện còn 16 xã, thị trấn. Bộ máy các xã mới cơ bản ổn định. Tuy nhiên, 5 xã sau sáp nhập chưa phát huy được lợi thế do quy hoạch chưa được điều chỉnh kịp thời, cán bộ còn tâm lý chờ đợi; còn 11 trụ sở dôi dư chưa được xử lý.

II. HẠN CHẾ VÀ NGUYÊN NHÂN
Không đạt 3/20 chỉ tiêu: thu ngân sách, tỷ lệ đô thị hóa, số doanh nghiệp thành lập mới. Nguyên nhân chủ quan là chính: Ban Thường vụ Huyện ủy chỉ đạo xúc tiến đầu tư chưa quyết liệt; người đứng đầu một số cơ quan, đơn vị chưa sâu sát.

III. BÀI HỌC KINH NGHIỆM
Nhiệm kỳ qua để lại sáu bài học: (1) đoàn kết trong cấp ủy; (2) phát huy dân chủ; (3) làm tốt công tác cán bộ; (4) tập trung cho khâu đột phá; (5) dựa vào dân; (6) kiểm tra, giám sát thường xuyên.

IV. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030
1. Hệ thống chỉ tiêu: 20 chỉ tiêu chủ yếu, gồm 9 chỉ tiêu kinh tế, 7 chỉ tiêu văn hóa - xã hội, môi trường và 4 chỉ tiêu xây dựng Đảng. Các chỉ tiêu được tính toán trên cơ sở kết quả bình quân giai đoạn 2020 - 2025 và nguồn lực dự kiến, có biên độ phù hợp.

2. Ba khâu đột phá: (1) tích tụ ruộng đất, phát triển nông nghiệp hàng hóa vùng bãi ven sông La; (2) hạ tầng giao thông kết nối các xã với nút giao cao tốc Bắc - Nam; (3) cải cách hành chính.

3. Nông nghiệp: hình thành 3 vùng sản xuất hàng hóa tập trung tại các xã ven sông La với tổng diện tích 650 ha, ưu tiên rau màu, cây ăn quả và chăn nuôi gắn với chế biến.

4. Văn hóa: Tu bổ, tôn tạo Khu lưu niệm Tổng Bí thư Trần Phú, đưa vào chương trình giáo dục truyền thống cho học sinh; xây dựng quỹ khuyến học ở 100% dòng họ.

5. Quốc phòng, an ninh: Xây dựng khu vực phòng thủ huyện vững chắc; nâng cao chất lượng lực lượng dân quân tự vệ; giữ vững an ninh nông thôn.

6. Xây dựng Đảng: Nâng cao chất lượng sinh hoạt chi bộ; sắp xếp tổ chức bộ máy theo hướng tinh gọn theo Nghị quyết số 18-NQ/TW; đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền.
"""
