"""Draft excerpts (2025 - 2030) of district political reports for the Lạng Sơn set, as drafting teams would paste
them. Labels live in set_data.py (EXPECTED)."""

DRAFTS: dict[str, str] = {}

DRAFTS["01_cao_loc_day_du.txt"] = """\
HUYỆN ỦY CAO LỘC - TIỂU BAN VĂN KIỆN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2025 - 2030
(Dự thảo lần 2, ngày 18/02/2025 - trích Phần thứ nhất và Phần thứ hai)

PHẦN THỨ NHẤT
I. KẾT QUẢ ĐẠT ĐƯỢC (trích)

1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021 - 2025 ước đạt 8,4%/năm, vượt mục tiêu Nghị quyết (8%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng: thương mại - dịch vụ chiếm 52,1%, công nghiệp - xây dựng 27,5%, nông, lâm nghiệp 20,4%. Thu ngân sách nhà nước trên địa bàn (không kể thu từ hoạt động xuất, nhập khẩu) năm 2025 ước đạt 312 tỷ đồng, gấp 1,5 lần năm 2020. Thu nhập bình quân đầu người ước đạt 62,5 triệu đồng.

2. Thực hiện ba chương trình mục tiêu quốc gia
Giai đoạn 2021 - 2025, huyện được phân bổ 486 tỷ đồng thực hiện ba chương trình mục tiêu quốc gia, ước giải ngân 93,2%. Tỷ lệ hộ nghèo giảm từ 9,6% cuối năm 2021 xuống còn 2,8% năm 2025. Toàn huyện có 16/22 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nông thôn mới nâng cao.

3. Kinh tế cửa khẩu và dịch vụ logistics
Kim ngạch xuất, nhập khẩu qua cửa khẩu quốc tế Hữu Nghị và ga Đồng Đăng tăng bình quân 11%/năm. Bãi kiểm hóa, bãi chờ xuất khẩu được mở rộng thêm 26 ha; có 3 trung tâm logistics. Nền tảng cửa khẩu số được áp dụng từ năm 2022, thời gian thông quan mỗi xe hàng giảm khoảng 40%.
Tình trạng ùn ứ xe chở nông sản cuối năm 2021 - đầu năm 2022 có nguyên nhân từ việc phía bạn siết chặt kiểm dịch, nhưng cũng do huyện chưa chủ động dự báo, hạ tầng bãi chờ và lực lượng điều tiết chưa đáp ứng mùa cao điểm. Nhiệm kỳ tới, huyện đề xuất mở rộng luồng xanh cho nông sản, hoàn thiện cửa khẩu số, đầu tư kho lạnh trong Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn.

4. Quốc phòng, an ninh và biên giới
Huyện phối hợp với các đồn biên phòng quản lý, bảo vệ chủ quyền lãnh thổ, đường biên, mốc giới. Thế trận biên phòng toàn dân được củng cố qua phong trào tự quản đường biên, mốc giới với 41 tổ tự quản, gắn với thế trận lòng dân vững chắc. Quan hệ hữu nghị với thành phố Bằng Tường (Quảng Tây, Trung Quốc) được duy trì.
Dân cư 19 thôn sát biên ổn định, không có hộ bỏ đi nơi khác; tuy nhiên, lao động trẻ ở các thôn này chuyển sang làm dịch vụ bốc xếp, vận chuyển hàng hóa tại cửa khẩu, thiếu việc làm ổn định.

II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN (trích)
Có 3/18 chỉ tiêu không đạt: tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (đạt 31%, mục tiêu 35%), số xã đạt chuẩn nông thôn mới (16 xã, mục tiêu 18 xã) và tỷ lệ đô thị hóa. Giải phóng mặt bằng các dự án cửa khẩu còn chậm.
Nguyên nhân chủ quan là chủ yếu: Ban Thường vụ Huyện ủy chưa chỉ đạo quyết liệt công tác giải phóng mặt bằng; người đứng đầu một số xã và Phòng Quản lý đô thị chưa làm hết trách nhiệm; năng lực tham mưu của một số cơ quan còn hạn chế.

III. BÀI HỌC KINH NGHIỆM
Một là, giữ đoàn kết trong Ban Chấp hành. Hai là, lấy kinh tế cửa khẩu làm động lực, đồng thời giữ vững chủ quyền biên giới. Ba là, người đứng đầu phải dám chịu trách nhiệm. Bốn là, chủ trương phải được Nhân dân đồng thuận.

PHẦN THỨ HAI (trích)
Mục tiêu tổng quát: Xây dựng Cao Lộc thành trung tâm logistics, kinh tế cửa khẩu hiện đại của tỉnh; quốc phòng, an ninh vững chắc; đời sống Nhân dân không ngừng nâng cao.
Chỉ tiêu chủ yếu: 18 chỉ tiêu, chia thành ba nhóm: kinh tế (8 chỉ tiêu), văn hóa - xã hội, môi trường (6 chỉ tiêu), quốc phòng, an ninh và xây dựng Đảng (4 chỉ tiêu). Trong đó: tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm; thu ngân sách trên địa bàn tăng bình quân 10%/năm; tỷ lệ hộ nghèo giảm bình quân 0,5%/năm; tỷ lệ che phủ rừng đạt 58%; có thêm 6 xã đạt chuẩn nông thôn mới nâng cao.
Khâu đột phá (3 khâu): (1) Hạ tầng logistics và cửa khẩu số: hoàn thành trung tâm logistics tại Đồng Đăng, đến năm 2030 100% hàng hóa thông quan qua nền tảng số; (2) Giải phóng mặt bằng và quỹ đất sạch cho các dự án trong khu kinh tế cửa khẩu: Ủy ban nhân dân huyện chủ trì, đến năm 2030 bàn giao 350 ha; (3) Nguồn nhân lực phục vụ dịch vụ cửa khẩu: đến năm 2030 có 45% lao động qua đào tạo có bằng cấp, chứng chỉ.
Chuyển đổi số: phát triển chính quyền số cấp xã, truy xuất nguồn gốc nông sản, khuyến khích hợp tác xã dùng nhật ký sản xuất điện tử.
"""

DRAFTS["02_huu_lung_con_thieu.txt"] = """\
ĐẢNG BỘ HUYỆN HỮU LŨNG
Dự thảo Báo cáo chính trị nhiệm kỳ 2025 - 2030 (bản tiếp thu Thông báo kết luận số 412-TB/TU, ngày 06/01/2025)
Trích các phần đã chỉnh sửa

1. Kết quả phát triển kinh tế (số liệu tính đến 30/11/2024, ước cả năm 2024 và dự ước 2025)
Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021 - 2025 ước đạt 7,6%/năm; cơ cấu nông, lâm nghiệp 38,5%, công nghiệp - xây dựng 29,0%, dịch vụ 32,5%. Thu ngân sách trên địa bàn năm 2025 dự ước 265 tỷ đồng; thu nhập bình quân đầu người 51 triệu đồng.
Tuyến cao tốc Bắc Giang - Lạng Sơn giúp rút ngắn thời gian đi Hà Nội còn khoảng 1 giờ 30 phút; nhiều nhà đầu tư đến tìm hiểu, đã có 4 dự án công nghiệp, dịch vụ dọc tuyến được chấp thuận chủ trương đầu tư với tổng vốn khoảng 3.200 tỷ đồng.
Vùng cây ăn quả của huyện tiếp tục mở rộng, diện tích na, nhãn, bưởi đạt khoảng 3.800 ha.

2. Hạn chế và nguyên nhân
Một số chỉ tiêu chưa đạt so với Nghị quyết; công tác giải phóng mặt bằng còn chậm; chất lượng nguồn nhân lực chưa đáp ứng yêu cầu.
Nguyên nhân: tác động kéo dài của dịch Covid-19 trong các năm 2021 - 2022; giá vật liệu xây dựng tăng cao; nguồn vốn đầu tư công được phân bổ hạn chế; thời tiết cực đoan ảnh hưởng đến sản xuất nông nghiệp.

3. Bài học kinh nghiệm (đã gộp còn năm bài học)
Một là, giữ vững đoàn kết nội bộ. Hai là, bám sát thực tiễn, chọn đúng việc trọng tâm. Ba là, phát huy vai trò người đứng đầu. Bốn là, huy động sức dân. Năm là, tăng cường kiểm tra, giám sát.

4. Công tác xây dựng Đảng
Nhiệm kỳ kết nạp 785 đảng viên. Huyện đã thực hiện hợp nhất Trung tâm Văn hóa, Thể thao và Truyền thông với một số đơn vị sự nghiệp theo chủ trương sắp xếp bộ máy.

5. Chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030 (đã điều chỉnh)
Sau khi rà soát, chỉ tiêu tốc độ tăng trưởng giá trị sản xuất bình quân được điều chỉnh từ 12%/năm xuống 9,5%/năm, phù hợp với kết quả nhiệm kỳ trước và khả năng thu hút đầu tư.

6. Giải pháp phát triển công nghiệp
Thành lập tổ công tác giải phóng mặt bằng do Phó Chủ tịch Ủy ban nhân dân huyện làm tổ trưởng; công khai quỹ đất các cụm công nghiệp dọc tuyến cao tốc; lựa chọn nhà đầu tư hạ tầng cụm công nghiệp theo hình thức đấu thầu, ưu tiên nhà đầu tư có năng lực tài chính; hỗ trợ doanh nghiệp thủ tục đất đai, môi trường.
"""

DRAFTS["03_van_lang_lap_lai_cau_chu.txt"] = """\
HUYỆN ỦY VĂN LÃNG
DỰ THẢO BÁO CÁO CHÍNH TRỊ (bản chỉnh sửa theo Thông báo kết luận 412-TB/TU - lưu hành nội bộ Tiểu ban)

PHẦN THỨ NHẤT (trích)

II. HẠN CHẾ, KHUYẾT ĐIỂM
Nêu thẳng, nêu đúng những chỉ tiêu không đạt, những lĩnh vực còn yếu và những vấn đề bức xúc được Nhân dân quan tâm, tránh chung chung.
…

III. BÀI HỌC KINH NGHIỆM
Rút ra từ ba đến năm bài học sát với thực tiễn lãnh đạo của đảng bộ.
[Bổ sung sau.]

IV. MỘT SỐ NỘI DUNG ĐẶC THÙ
1. Quốc phòng, an ninh biên giới
Huyện có nội dung riêng về quản lý, bảo vệ chủ quyền lãnh thổ, đường biên, mốc giới; xây dựng thế trận biên phòng toàn dân gắn với thế trận lòng dân; kết quả phối hợp với Bộ đội Biên phòng tỉnh và công tác đối ngoại nhân dân.
[Bổ sung sau.]

2. Hoạt động xuất, nhập khẩu
Đánh giá sâu hoạt động xuất, nhập khẩu, dịch vụ logistics và hạ tầng các cửa khẩu, lối mở.
(Phòng Kinh tế và Hạ tầng đang tổng hợp số liệu.)
Hoạt động thông quan qua cửa khẩu Tân Thanh: năm 2024 bình quân mỗi ngày có khoảng 650 lượt xe hàng xuất, nhập khẩu, chủ yếu là trái cây, nông sản xuất khẩu và máy móc, vật tư nhập khẩu; khu vực bãi xe Tân Thanh được mở rộng thêm 12 ha. Các cặp chợ biên giới Tân Thanh và Na Hình hoạt động trở lại từ tháng 5/2023, sức mua còn thấp do thay đổi chính sách của phía bạn.
Làm rõ nguyên nhân số thu ngân sách từ hoạt động xuất, nhập khẩu giảm trong hai năm 2022 - 2023:
(Đang chờ số liệu của Hải quan.)

PHẦN THỨ HAI (trích)

I. CHỈ TIÊU CHỦ YẾU
Hệ thống chỉ tiêu nhiệm kỳ 2025 - 2030 gồm 20 chỉ tiêu (đã giảm từ 23 chỉ tiêu theo Thông báo kết luận), trong đó có chỉ tiêu: đến năm 2030 đón 150.000 lượt khách du lịch. Danh mục chỉ tiêu chi tiết tại phụ lục.

II. KHÂU ĐỘT PHÁ
Huyện lựa chọn 3 khâu đột phá: hạ tầng thương mại biên giới; chuyển đổi số; nguồn nhân lực.
Mỗi khâu phải chỉ rõ nội dung, địa chỉ thực hiện và kết quả cần đạt vào năm 2030.
(Đang hoàn thiện.)
Làm rõ khâu đột phá về hạ tầng thương mại biên giới, nêu cụ thể các dự án ưu tiên: ...

III. NHIỆM VỤ, GIẢI PHÁP
Cần có một đoạn riêng về chuyển đổi số, ứng dụng khoa học, công nghệ trong sản xuất nông, lâm nghiệp và trong hoạt động của chính quyền cơ sở. Huyện tiếp tục triển khai dịch vụ công trực tuyến.
"""

DRAFTS["04_dinh_lap_dien_dat_khac.txt"] = """\
BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN ĐÌNH LẬP
Dự thảo Báo cáo chính trị nhiệm kỳ 2025 - 2030 - bản gửi Ban Tuyên giáo Tỉnh ủy (trích)

A. NHÌN LẠI NĂM NĂM 2020 - 2025 (trích)

Rừng - nguồn sống của đồng bào
Năm năm qua, kinh tế rừng thực sự trở thành trụ cột của huyện. Toàn huyện trồng mới 9.400 ha rừng, trong đó 2.100 ha được chuyển sang nuôi gỗ lớn với chu kỳ từ 12 năm trở lên; diện tích thông cho nhựa đạt 11.000 ha. Hai nhà máy sản xuất ván bóc, viên nén gỗ đi vào hoạt động, giúp gỗ rừng trồng không còn phải bán nguyên cây. Lực lượng kiểm lâm, chủ rừng tuần tra thường xuyên, số vụ cháy rừng và phá rừng trái phép giảm rõ rệt.
Ở vùng giáp ranh phía Đông Nam, huyện cùng các xã của huyện Tiên Yên bên phía Quảng Ninh lập tổ tuần tra chung, thống nhất quy chế chữa cháy rừng, ngăn chặn khai thác gỗ trái phép ở khu vực giáp ranh hai tỉnh.

Giữ vững từng cột mốc
Nhiệm vụ giữ gìn toàn vẹn lãnh thổ trên tuyến biên giới của huyện được đặt lên hàng đầu. Các tổ tự quản ở thôn, bản cùng bộ đội biên phòng tuần tra, bảo vệ từng cột mốc, kịp thời phát hiện, xử lý các hành vi xâm phạm; mỗi người dân vùng biên là một “cột mốc sống”, tạo nên nền tảng quốc phòng toàn dân và lòng dân vững chắc ở biên cương. Đường mòn, lối tắt bị các đối tượng lợi dụng vận chuyển hàng lậu được kiểm soát chặt.
Cuộc sống của bà con ở các thôn, bản sát biên đã ổn định, không còn cảnh bỏ làng đi nơi khác; thanh niên ở lại có việc làm từ trồng rừng, làm công nhân các nhà máy chế biến gỗ.

Chương trình nông thôn mới
Huyện có thêm 5 xã về đích nông thôn mới; đường bê tông đã đến hầu hết các thôn.

Những gì chưa làm được và vì sao
Nói thẳng: ba chỉ tiêu của Nghị quyết bị hụt - thu ngân sách (mới đạt 85%), thu nhập bình quân đầu người (đạt 88%) và số xã về đích nông thôn mới (mới có 5 xã so với 7 xã). Chợ trung tâm huyện chậm khởi công gần ba năm.
Thiên tai, giá gỗ xuống thấp là có, nhưng lỗi trước hết ở khâu lãnh đạo: Ban Thường vụ Huyện ủy chậm tháo gỡ vướng mắc mặt bằng; người đứng đầu Ủy ban nhân dân một số xã chưa sâu sát, né việc khó.

Bốn điều đúc rút
Một, đoàn kết là sức mạnh. Hai, chọn đúng cây rừng, đúng thị trường. Ba, cán bộ phải gần dân, hiểu dân. Bốn, việc gì có lợi cho dân thì dốc sức làm.

B. CHẶNG ĐƯỜNG 2025 - 2030 (trích)
Đình Lập đặt ra mười chín chỉ tiêu, xếp thành ba nhóm: tám chỉ tiêu về kinh tế, sáu chỉ tiêu về văn hóa - xã hội và môi trường, năm chỉ tiêu về quốc phòng, an ninh và xây dựng Đảng.
Hai khâu then chốt của nhiệm kỳ: thứ nhất, chế biến sâu lâm sản - Ủy ban nhân dân huyện chịu trách nhiệm, đến năm 2030 thu hút thêm 3 nhà máy, 70% gỗ rừng trồng được chế biến tại chỗ; thứ hai, đường giao thông đến các thôn, bản biên giới - Ban Quản lý dự án huyện thực hiện, đến năm 2030 100% thôn, bản có đường ô tô đi lại bốn mùa.
"""

DRAFTS["05_bac_son_so_lieu_sat_nguong.txt"] = """\
HUYỆN ỦY BẮC SƠN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2025 - 2030
(Dự thảo lần 3 sau khi tiếp thu Thông báo kết luận số 412-TB/TU: thân báo cáo 25 trang, phụ lục số liệu 12 trang)

PHẦN THỨ NHẤT (trích)
III. BÀI HỌC KINH NGHIỆM
Từ thực tiễn lãnh đạo nhiệm kỳ 2020 - 2025, Đảng bộ huyện rút ra 5 bài học: (1) phát huy truyền thống quê hương Khởi nghĩa Bắc Sơn để khơi dậy khát vọng phát triển; (2) chọn đúng cây trồng chủ lực, nhất là cây quýt; (3) gắn bảo tồn văn hóa Tày với phát triển du lịch; (4) người đứng đầu phải nêu gương; (5) lấy sự hài lòng của Nhân dân làm thước đo.

PHẦN THỨ HAI (trích)
I. CHỈ TIÊU CHỦ YẾU
Nhiệm kỳ 2025 - 2030 xác định 20 chỉ tiêu chủ yếu, gồm 10 chỉ tiêu kinh tế, 6 chỉ tiêu văn hóa - xã hội, môi trường và 4 chỉ tiêu quốc phòng, an ninh, xây dựng Đảng. Một số chỉ tiêu chính: tốc độ tăng trưởng giá trị sản xuất bình quân 8,5%/năm; đến năm 2030 đón 300.000 lượt khách du lịch; tỷ lệ che phủ rừng đạt 61,5% (số liệu kiểm kê rừng năm 2024 là 61,2%); thêm 5 xã đạt chuẩn nông thôn mới nâng cao.

II. KHÂU ĐỘT PHÁ
Lựa chọn 3 khâu đột phá:
(1) Hạ tầng giao thông: nâng cấp các tuyến đường nối trung tâm huyện với các xã vùng cao; Ủy ban nhân dân huyện chủ trì; đến năm 2030 100% xã có đường ô tô đến trung tâm đạt chuẩn cấp V miền núi trở lên.
(2) Phát triển du lịch văn hóa - lịch sử và du lịch cộng đồng: Phòng Văn hóa và Thông tin chủ trì; đến năm 2030 có 8 điểm du lịch cộng đồng đạt chuẩn.
(3) Xây dựng vùng quýt hàng hóa: Phòng Nông nghiệp chủ trì; đến năm 2030 diện tích quýt đạt 1.200 ha, 50% diện tích được cấp mã số vùng trồng.

III. NHIỆM VỤ VỀ VĂN HÓA, DU LỊCH
Năm 2025, huyện tổ chức trọng thể các hoạt động kỷ niệm 85 năm Khởi nghĩa Bắc Sơn (27/9/1940 - 27/9/2025), lấy đó làm dịp quảng bá hình ảnh quê hương. Phát triển du lịch cộng đồng ở các bản người Tày, trước hết là làng Quỳnh Sơn: hỗ trợ cải tạo nhà sàn làm homestay, đào tạo kỹ năng đón khách, phục dựng lễ hội Lồng tồng và hát then. Quảng bá nhãn hiệu quýt Bắc Sơn trên các sàn thương mại điện tử.
"""
