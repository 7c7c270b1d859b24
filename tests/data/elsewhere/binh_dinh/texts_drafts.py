"""Four draft political reports (excerpts) pasted by district drafting teams for review."""

DRAFTS = {}

DRAFTS["01_tuy_phuoc_gan_day_du.txt"] = """
ĐẢNG BỘ HUYỆN TUY PHƯỚC - DỰ THẢO LẦN 2 (trích các phần chính, 28 trang khổ A4, chưa kể phụ lục)
BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XXI trình Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2025 - 2030

PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025

1. Kinh tế. Tổng giá trị sản xuất (giá so sánh 2010) tăng bình quân 8,6%/năm, vượt chỉ tiêu nghị quyết (8%/năm) và cao hơn nhiệm kỳ 2015 - 2020 (7,1%/năm). Cơ cấu kinh tế: nông, lâm, thủy sản 24,8%; công nghiệp - xây dựng 44,1%; dịch vụ 31,1%. Thu ngân sách nhà nước trên địa bàn năm 2024 ước đạt 612 tỷ đồng; thu nhập bình quân đầu người năm 2024 đạt 71 triệu đồng.

2. Nông thôn mới. 11/11 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn nông thôn mới nâng cao, xã Phước Hòa đạt chuẩn nông thôn mới kiểu mẫu; huyện có 19 sản phẩm OCOP đạt từ 3 sao trở lên.

3. Giảm nghèo. Theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, tỷ lệ hộ nghèo giảm từ 3,46% đầu năm 2022 xuống còn 1,18% cuối năm 2024.

4. Kinh tế biển và vùng đầm. Kinh tế biển gắn với quốc phòng, an ninh trên biển được quan tâm; dân quân tự vệ biển được củng cố ở các xã Phước Thuận, Phước Sơn. Huyện tập trung nuôi trồng thủy sản vùng đầm Thị Nại với 1.520 ha, chuyển 180 ha nuôi tôm kém hiệu quả sang nuôi cua, cá kết hợp; trồng mới 32 ha rừng ngập mặn. Chống khai thác IUU: 100% tàu cá từ 15 m trở lên lắp thiết bị giám sát hành trình, không có tàu vi phạm vùng biển nước ngoài. Quản lý đội tàu cá được siết chặt, tổ chức tổ đoàn kết trên biển bảo đảm an toàn cho ngư dân, đầu tư bến neo đậu và dịch vụ hậu cần nghề cá ở Phước Thuận. Tình trạng sạt lở bờ biển, cửa sông ở Phước Sơn được xử lý bằng kè mềm 2,3 km; đề ra giải pháp trồng cây chắn sóng.

5. Hạn chế. Có 2/20 chỉ tiêu không đạt: tỷ lệ đô thị hóa (đạt 28% so với 32%) và số xã đạt nông thôn mới kiểu mẫu (1/3 xã). Nguyên nhân chủ quan là Ban Thường vụ Huyện ủy và người đứng đầu một số xã chưa quyết liệt trong giải phóng mặt bằng Khu đô thị Diêu Trì; phân công trách nhiệm chưa rõ.

6. Bài học kinh nghiệm. Một là, đoàn kết, thống nhất trong cấp ủy. Hai là, bám sát cơ sở, dựa vào dân. Ba là, chọn đúng việc trọng tâm để tập trung nguồn lực.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Mục tiêu tổng quát: Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển Tuy Phước thành huyện công nghiệp - dịch vụ, kết nối vùng đô thị phía Nam cùng thành phố Quy Nhơn; nâng cao đời sống Nhân dân.

Chỉ tiêu: 20 chỉ tiêu chủ yếu, chia bốn nhóm (kinh tế 7; văn hóa - xã hội 6; môi trường 3; quốc phòng, an ninh và xây dựng Đảng 4), gồm: tăng trưởng tổng giá trị sản xuất bình quân 9%/năm; thu nhập bình quân đầu người năm 2030 đạt 110 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 0,3%/năm; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 90%.

Khâu đột phá (2): (1) Hạ tầng giao thông kết nối Quốc lộ 19C với Khu đô thị Diêu Trì - đến năm 2030 hoàn thành 12 km đường trục; (2) Cải cách hành chính gắn với chuyển đổi số ở 11 xã, 2 thị trấn - đến năm 2030 có 100% hồ sơ thủ tục hành chính được số hóa.

Chuyển đổi số: phát triển chính quyền số, ứng dụng dữ liệu dân cư theo Đề án 06, khuyến khích doanh nghiệp, hợp tác xã ứng dụng khoa học, công nghệ, đổi mới sáng tạo.
"""

DRAFTS["02_van_canh_con_thieu.txt"] = """
HUYỆN ỦY VÂN CANH
DỰ THẢO BÁO CÁO CHÍNH TRỊ (bản sửa sau Thông báo kết luận 527) - trích

I. KẾT QUẢ NHIỆM KỲ 2020 - 2025 (số liệu đến hết 30/11/2024, ước thực hiện cả năm 2024)

Tổng giá trị sản xuất tăng bình quân 7,4%/năm (chỉ tiêu 8,5%); cơ cấu kinh tế nông, lâm nghiệp 46%, công nghiệp - xây dựng 29%, dịch vụ 25%. Thu ngân sách trên địa bàn năm 2024 đạt 96 tỷ đồng; thu nhập bình quân đầu người 41 triệu đồng.

Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi được triển khai đồng bộ: đầu tư 46 công trình giao thông, thủy lợi, nước sinh hoạt; hỗ trợ đất ở cho 85 hộ, chuyển đổi nghề cho 320 hộ đồng bào Chăm, Ba Na.

Tỷ lệ hộ nghèo chung giảm từ 24,6% (đầu năm 2022) xuống 14,9% (cuối năm 2024); tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm từ 51,2% xuống 33,7%. Tỷ lệ hộ nghèo đồng bào Chăm, Ba Na ở Canh Liên, Canh Hiệp vẫn còn cao.

Diện tích rừng trồng toàn huyện khoảng 18.000 ha, nhiều diện tích rừng được giao cho hộ gia đình quản lý.

II. HẠN CHẾ

Một số chỉ tiêu chưa đạt so với nghị quyết; sản xuất còn nhỏ lẻ; đời sống một bộ phận đồng bào còn khó khăn. Nguyên nhân chủ yếu do địa hình chia cắt, thiên tai, dịch bệnh, xuất phát điểm thấp.

III. BÀI HỌC KINH NGHIỆM

Một là, phát huy vai trò của già làng, người có uy tín. Hai là, lồng ghép các nguồn lực đầu tư cho vùng khó. Ba là, cán bộ phải sâu sát cơ sở.

IV. PHƯƠNG HƯỚNG 2025 - 2030

Mục tiêu tổng quát: Xây dựng Vân Canh phát triển nhanh và bền vững dựa trên kinh tế rừng, nông nghiệp và công nghiệp; giữ vững quốc phòng, an ninh; nâng cao đời sống đồng bào các dân tộc.

Hệ thống 19 chỉ tiêu, chia bốn nhóm, trong đó: tăng trưởng tổng giá trị sản xuất bình quân 10%/năm; thu nhập bình quân đầu người năm 2030 đạt 95 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 3%/năm; tỷ lệ che phủ rừng 67%; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên 85%.

Khâu đột phá: (1) phát triển hạ tầng giao thông liên xã - đến năm 2030 cứng hóa 100% đường đến trung tâm xã; (2) phát triển nguồn nhân lực tại chỗ - đến năm 2030 có 70% lao động qua đào tạo.
"""

DRAFTS["03_hoai_nhon_lap_lai_huong_dan.txt"] = """
THỊ ỦY HOÀI NHƠN - TỔ BIÊN TẬP
Dự thảo khung báo cáo chính trị nhiệm kỳ 2025 - 2030 (bản làm việc)

PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025

1. Kinh tế: Tổng giá trị sản xuất tăng bình quân 9,2%/năm, đạt chỉ tiêu nghị quyết (9 - 9,5%/năm). Thu ngân sách nhà nước trên địa bàn năm 2024 ước đạt 720 tỷ đồng; thu nhập bình quân đầu người 78 triệu đồng.

2. Kinh tế biển: Đánh giá kết quả phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh trên biển; kết quả chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). [Bổ sung sau.]

Tình hình sạt lở bờ biển, cửa sông và giải pháp ứng phó: …

Cảng cá Tam Quan: sau khi nạo vét luồng lạch và mở rộng vùng neo đậu năm 2023, sản lượng hàng hóa qua cảng tăng từ 38.000 tấn (2020) lên 52.500 tấn (2024); cảng được công bố mở cảng phục vụ xác nhận nguồn gốc thủy sản khai thác, nguồn thu dịch vụ cảng tăng 1,6 lần.

3. Đô thị: Làm rõ kết quả thực hiện các tiêu chí đô thị loại III và tiêu chuẩn của các phường. (Đang chờ số liệu của Phòng Quản lý đô thị.)

Đánh giá công tác quản lý quy hoạch, trật tự xây dựng và thu hút đầu tư hạ tầng đô thị …

4. Hạn chế, khuyết điểm: Nêu thẳng, nêu đúng những chỉ tiêu không đạt và mức độ đạt được, những lĩnh vực còn yếu kém. (Đang hoàn thiện.)

Nguyên nhân: nguyên nhân chủ quan phải gắn với trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu. [Bổ sung sau.]

5. Bài học kinh nghiệm: Rút ra từ ba đến bốn bài học kinh nghiệm có giá trị thực tiễn đối với đảng bộ, viết ngắn gọn, không chung chung. (Đang hoàn thiện.)

PHẦN THỨ HAI. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Hệ thống chỉ tiêu: 21 chỉ tiêu chủ yếu, chia thành bốn nhóm: kinh tế (8), văn hóa - xã hội (6), môi trường (3), quốc phòng, an ninh và xây dựng Đảng (4).

Khâu đột phá: lựa chọn từ hai đến ba khâu đột phá; dự kiến hai khâu là phát triển đô thị Bồng Sơn - Tam Quan và phát triển hậu cần nghề cá. Mỗi khâu phải chỉ rõ nội dung, địa bàn thực hiện và kết quả cần đạt vào năm 2030 …

Chuyển đổi số: Có một đoạn riêng về chuyển đổi số, phát triển khoa học, công nghệ và đổi mới sáng tạo. [Bổ sung sau.]
"""

DRAFTS["04_phu_cat_so_lieu_sat_nguong.txt"] = """
HUYỆN ỦY PHÙ CÁT
DỰ THẢO BÁO CÁO CHÍNH TRỊ LẦN 3 (đã tiếp thu Thông báo kết luận số 527-TB/TU) - trích

Ghi chú của Tổ biên tập: Dự thảo đã rút gọn từ 44 trang xuống đúng 30 trang khổ A4, không kể phụ lục; phụ lục số liệu 12 trang; báo cáo tóm tắt đọc tại đại hội 10 trang.

I. KẾT QUẢ NHIỆM KỲ 2020 - 2025

Tổng giá trị sản xuất tăng bình quân 8,9%/năm (nghị quyết đề ra 10%/năm). Khu công nghiệp Hòa Hội đã thu hút 14 dự án, lấp đầy 68% diện tích, tạo việc làm cho 5.400 lao động; cùng với việc mở rộng Cảng hàng không Phù Cát (công suất 5 triệu khách/năm), tỷ trọng lao động nông nghiệp giảm từ 52% xuống 38%.

Kinh tế biển gắn với quốc phòng, an ninh trên biển có bước phát triển ở các xã Cát Khánh, Cát Minh, Cát Tiến. Chống khai thác IUU: toàn huyện có 1.050 tàu cá, trong nhiệm kỳ có 23 lượt tàu mất kết nối thiết bị giám sát hành trình quá 6 giờ, đã xử phạt 17 trường hợp với tổng số tiền 410 triệu đồng; không có tàu vi phạm vùng biển nước ngoài.

II. HẠN CHẾ VÀ NGUYÊN NHÂN

Có 4/22 chỉ tiêu không đạt: tốc độ tăng trưởng (đạt 8,9%/năm, bằng 89% mục tiêu), thu ngân sách trên địa bàn (đạt 86%), tỷ lệ đô thị hóa (đạt 24% so với 30%), số xã nông thôn mới nâng cao (đạt 5/8 xã). Nguyên nhân chủ quan: Ban Thường vụ Huyện ủy chưa kịp thời tháo gỡ vướng mắc giải phóng mặt bằng; trách nhiệm thuộc về tập thể Ban Thường vụ và đồng chí Phó Chủ tịch Ủy ban nhân dân huyện phụ trách khối kinh tế.

III. BÀI HỌC KINH NGHIỆM

Bốn bài học: (1) đoàn kết trong cấp ủy; (2) quyết liệt với những việc khó; (3) chăm lo lợi ích chính đáng của Nhân dân; (4) phối hợp chặt chẽ với doanh nghiệp trong thu hút đầu tư.

IV. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Hệ thống 22 chỉ tiêu chủ yếu chia thành bốn nhóm (kinh tế 9; văn hóa - xã hội 6; môi trường 3; quốc phòng, an ninh và xây dựng Đảng 4). Tốc độ tăng trưởng tổng giá trị sản xuất bình quân 10%/năm (đã điều chỉnh giảm từ 11,5%/năm theo kết luận của Ban Thường vụ Tỉnh ủy); thu nhập bình quân đầu người năm 2030 đạt 105 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 0,5%/năm; tỷ lệ che phủ rừng 40%; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên 90%.

Ba khâu đột phá: (1) hạ tầng Khu công nghiệp Hòa Hội mở rộng - đến năm 2030 lấp đầy 90%; (2) phát triển đô thị Ngô Mây - Cát Tiến - đến năm 2030 tỷ lệ đô thị hóa đạt 35%; (3) chuyển đổi số trong quản lý nhà nước - đến năm 2030 có 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.
"""
