"""District draft sections (2025 - 2030) for the Nghệ An set, as a drafting team would paste them.
Labels live in make_set.py (DRAFT_LABELS)."""

DRAFTS: dict[str, str] = {}

DRAFTS["01_con_cuong_day_du.txt"] = """\
HUYỆN ỦY CON CUÔNG - TIỂU BAN VĂN KIỆN
Dự thảo Báo cáo chính trị nhiệm kỳ 2025 - 2030, lần 2 (trích Phần thứ nhất và Phần thứ hai)

PHẦN THỨ NHẤT
I. KẾT QUẢ ĐẠT ĐƯỢC (trích)

3. Thực hiện các chương trình mục tiêu quốc gia
Giai đoạn 2021 - 2025, huyện được phân bổ 1.126 tỷ đồng thực hiện ba chương trình mục tiêu quốc gia; ước giải ngân đạt 91,4%. Tỷ lệ hộ nghèo giảm từ 24,6% năm 2021 xuống còn 9,8% năm 2025 (ước thực hiện); 9/12 xã đạt chuẩn nông thôn mới. Vốn hỗ trợ phát triển sản xuất các năm 2022, 2023 giải ngân chậm, có xã dưới 40%, do ban quản lý cấp xã lúng túng khi lập dự án, một số cán bộ còn né tránh trách nhiệm và văn bản hướng dẫn của cấp trên ban hành chậm.

4. Quản lý, bảo vệ và phát triển rừng
Tỷ lệ che phủ rừng năm 2024 đạt 83,9%. Rừng trồng gỗ lớn tăng lên 2.350 ha; 410 ha dược liệu dưới tán rừng (sa nhân tím, ba kích, khôi nhung) cho thu nhập 60 - 90 triệu đồng/ha. Huyện hoàn thành giao đất, giao rừng cho 3.860 hộ và 42 cộng đồng thôn, bản; tiền chi trả dịch vụ môi trường rừng bình quân 42 tỷ đồng/năm là nguồn thu nhập ổn định của người giữ rừng.

5. Du lịch sinh thái, du lịch cộng đồng
Du lịch gắn với Vườn quốc gia Pù Mát và Khu dự trữ sinh quyển thế giới miền Tây Nghệ An phát triển rõ nét: năm 2024 đón 215.000 lượt khách, gấp 2,3 lần năm 2020; hình thành 14 điểm du lịch cộng đồng như bản Khe Rạn, bản Nưa.

6. Văn hóa các dân tộc và đồng bào Đan Lai
Chữ Thái, dân ca, dân vũ Thái và nghề dệt thổ cẩm ở Môn Sơn, Lục Dạ được bảo tồn; 27 cán bộ người dân tộc thiểu số giữ chức vụ lãnh đạo cấp huyện, cấp xã. Huyện hỗ trợ 96 hộ đồng bào Đan Lai trong vùng lõi Vườn quốc gia tự nguyện chuyển đến khu tái định cư mới, được giao đất sản xuất; các hộ còn lại được hỗ trợ chuyển sang nuôi ong, trồng dược liệu, nhận khoán bảo vệ rừng.

7. Quốc phòng, an ninh và biên giới
Huyện phối hợp với Bộ đội Biên phòng quản lý, bảo vệ đường biên, mốc giới, không để xảy ra vụ việc phức tạp. Quan hệ với huyện giáp biên của nước bạn Lào được củng cố qua trao đổi đoàn, tuần tra song phương; trao đổi hàng hóa qua lối mở năm 2024 đạt khoảng 6,5 triệu USD.

II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN (trích)
Có 3/19 chỉ tiêu không đạt: thu ngân sách (đạt 82% mục tiêu), tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ (24%, mục tiêu 30%) và số xã đạt chuẩn nông thôn mới (9 xã, mục tiêu 10 xã). Dự án đường nối trung tâm huyện với các xã phía Nam chậm tiến độ hơn hai năm. Nguyên nhân chủ quan là chủ yếu: Ban Thường vụ Huyện ủy chưa quyết liệt chỉ đạo giải phóng mặt bằng; người đứng đầu một số xã và Ban Quản lý dự án huyện chưa làm hết trách nhiệm. Địa hình chia cắt, thiên tai chỉ là nguyên nhân khách quan.

III. BÀI HỌC KINH NGHIỆM
Đảng bộ rút ra bốn bài học: Một là, đoàn kết trong cấp ủy là nhân tố quyết định. Hai là, lấy bảo vệ rừng làm nền tảng sinh kế. Ba là, người đứng đầu trực tiếp đối thoại, giải quyết vướng mắc ở cơ sở. Bốn là, huy động đồng bào cùng làm du lịch cộng đồng.

PHẦN THỨ HAI (trích)
II. CÁC CHỈ TIÊU CHỦ YẾU
Dự thảo xác định 19 chỉ tiêu chủ yếu (chi tiết tại phụ lục): nhóm kinh tế 7 chỉ tiêu, trong đó tăng trưởng giá trị sản xuất bình quân 8,5 - 9,5%/năm; nhóm văn hóa - xã hội và môi trường 8 chỉ tiêu, trong đó tỷ lệ che phủ rừng năm 2030 đạt 84,5%; nhóm xây dựng Đảng và hệ thống chính trị 4 chỉ tiêu.

III. CÁC KHÂU ĐỘT PHÁ
Một là, đột phá về hạ tầng giao thông: nâng cấp các tuyến Môn Sơn - Lục Dạ, Châu Khê - Bồng Khê và các tuyến kết nối Quốc lộ 7A với các xã biên giới, các điểm du lịch; đến năm 2030, 100% đường đến trung tâm xã được cứng hóa. Hai là, đột phá về du lịch sinh thái, du lịch cộng đồng: đến năm 2030 đón 400.000 lượt khách. Ba là, đột phá về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết số 57-NQ/TW của Bộ Chính trị: đến năm 2030, 100% xã có hạ tầng số, 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến, ứng dụng công nghệ số theo dõi diễn biến rừng.
"""

DRAFTS["02_dien_chau_con_thieu.txt"] = """\
ĐẢNG BỘ HUYỆN DIỄN CHÂU
DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN, NHIỆM KỲ 2025 - 2030
(Bản gửi Ban Thường vụ Tỉnh ủy ngày 20/12/2024 - trích Phần thứ nhất)

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về kinh tế
Tổng giá trị sản xuất (giá so sánh năm 2010) tăng bình quân 8,1%/năm; mục tiêu Nghị quyết là 9 - 10%/năm, ngang mức bình quân chung của tỉnh; quy mô giá trị sản xuất năm 2025 ước đạt 38.500 tỷ đồng. Cơ cấu kinh tế năm 2025 (ước thực hiện): nông, lâm, thủy sản 19,6%; công nghiệp, xây dựng 38,2%; dịch vụ 42,2%. Thu nhập bình quân đầu người năm 2025 ước đạt 68 triệu đồng, gấp 1,6 lần năm 2020.

Xây dựng nông thôn mới tiếp tục là điểm sáng: 100% số xã đạt chuẩn nông thôn mới, 15 xã đạt chuẩn nông thôn mới nâng cao, 4 xã đạt chuẩn nông thôn mới kiểu mẫu. Huyện đã xây dựng kế hoạch đạt chuẩn huyện nông thôn mới nâng cao vào năm 2027, trước hết hoàn thiện các tiêu chí về môi trường và chất lượng dịch vụ công. Các vùng sản xuất hàng hóa tập trung như vùng lúa chất lượng cao, vùng rau màu ven biển cùng các làng nghề nước mắm, làng nghề mộc được duy trì, mở rộng.

Đội tàu khai thác hải sản của huyện có 1.030 chiếc, trong đó 212 tàu có chiều dài từ 15 m trở lên; sản lượng khai thác năm 2024 đạt 41.500 tấn, nuôi trồng đạt 6.200 tấn, chủ yếu là ngao, tôm thẻ chân trắng.

Du lịch biển có bước phát triển khá. Bãi biển Diễn Thành được quy hoạch lại, thu hút thêm nhiều cơ sở lưu trú; các lễ hội truyền thống và tour liên kết với Cửa Lò, Quỳnh Lưu giúp kéo dài mùa du lịch sang tháng 9, tháng 10. Năm 2024, lượng khách đến huyện đạt 780.000 lượt, tăng 1,9 lần so với năm 2020.

Thực hiện Đề án xây dựng, phát triển đô thị, đến nay huyện đã đạt 4/5 tiêu chuẩn thành lập thị xã; tiêu chuẩn còn thiếu là tỷ lệ lao động phi nông nghiệp khu vực dự kiến nội thị. Huyện phấn đấu hoàn thành các tiêu chuẩn và trình thành lập thị xã vào năm 2028.

Công nghiệp, tiểu thủ công nghiệp duy trì tốc độ tăng khá. Khu công nghiệp Thọ Lộc đã có nhà đầu tư hạ tầng và đang giải phóng mặt bằng giai đoạn 1.

2. Về văn hóa - xã hội
Giáo dục, y tế có nhiều tiến bộ; tỷ lệ trường đạt chuẩn quốc gia đạt 92%. Công tác giảm nghèo đạt kết quả tích cực, tỷ lệ hộ nghèo còn 1,3%. Bình quân mỗi năm có trên 2.000 lao động đi làm việc ở nước ngoài theo hợp đồng.

3. Về quốc phòng, an ninh
Khu vực phòng thủ huyện được củng cố; an ninh nông thôn, an ninh vùng biển được giữ vững.

II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN
Một số chỉ tiêu chưa đạt như tốc độ tăng trưởng, thu ngân sách. Tiến độ một số dự án còn chậm; việc xử lý ô nhiễm môi trường ở một số khu vực chưa dứt điểm. Nguyên nhân chủ yếu do tác động của dịch COVID-19, thiên tai, giá cả vật tư tăng cao và nguồn lực đầu tư của Trung ương, của tỉnh còn hạn hẹp.

(Mục III. Bài học kinh nghiệm và Phần thứ hai: xem tệp riêng của tổ biên tập.)
"""

DRAFTS["03_thai_hoa_dien_dat_khac.txt"] = """\
THỊ ỦY THÁI HÒA
Dự thảo Báo cáo chính trị nhiệm kỳ 2025 - 2030 - bản biên tập lại sau góp ý (trích)

Năm năm qua, diện mạo phố phường của thị xã thay đổi rõ rệt. Các tuyến phố chính, vỉa hè, hệ thống chiếu sáng và thoát nước được sửa sang, làm mới; công viên trung tâm và khu vực ven sông Hiếu được quy hoạch lại thành không gian công cộng. Việc cấp phép xây dựng và xử lý công trình vi phạm được siết chặt, không còn tình trạng lấn chiếm hành lang giao thông kéo dài như trước.

Thái Hòa ngày càng khẳng định vai trò hạt nhân, đầu tàu của cả khu vực phía tây bắc tỉnh: là nơi tập trung bệnh viện đa khoa khu vực, các trường cao đẳng, trung tâm thương mại và đầu mối tiêu thụ nông sản cho các huyện lân cận. Các cụm công nghiệp Nghĩa Mỹ, Đông Hiếu thu hút thêm 14 dự án, tạo việc làm cho gần 3.000 lao động; các trang trại nông nghiệp kỹ thuật cao của thị xã liên kết với vùng nguyên liệu sữa, cam của huyện Nghĩa Đàn. Nhiệm kỳ tới, thị xã chủ động chia sẻ hạ tầng, dịch vụ với các huyện xung quanh để cùng phát triển.

Về lộ trình nâng hạng đô thị, hiện thị xã mới đáp ứng 52/59 tiêu chuẩn của đô thị hạng ba; các tiêu chuẩn còn thiếu chủ yếu thuộc nhóm hạ tầng xử lý nước thải và tỷ lệ lao động phi nông nghiệp. Thị xã đặt mục tiêu hoàn thành các tiêu chuẩn còn lại vào năm 2028, huy động nguồn lực từ đấu giá quỹ đất các khu vực mới để đầu tư hạ tầng.

Đối với các chương trình lớn của Trung ương dành cho nông thôn, giảm nghèo và vùng đồng bào dân tộc, thị xã chỉ thực hiện ở bốn xã Đông Hiếu, Tây Hiếu, Nghĩa Tiến, Nghĩa Mỹ, nơi có đông đồng bào Thổ, Thái sinh sống. Đến cuối năm 2024 đã giải ngân được 87% số vốn được giao; riêng phần vốn hỗ trợ sản xuất còn chậm do người dân thiếu đối ứng và hồ sơ thanh quyết toán phức tạp. Cả bốn xã đều đạt chuẩn nông thôn mới, số hộ nghèo giảm hơn một nửa so với đầu nhiệm kỳ.

Các khu dân cư mới ở phía đông thị xã được giao đất cho nhà đầu tư từ các năm 2017 - 2019 đến nay vẫn dở dang. Tiểu ban văn kiện thẳng thắn nhìn nhận: lỗi trước hết thuộc về thị xã, do khâu lựa chọn nhà đầu tư thiếu chặt chẽ, chính quyền buông lỏng giám sát và chưa kiên quyết thu hồi khi chủ đầu tư không đủ năng lực tài chính.

Công nghệ số đã được đưa vào điều hành: 100% văn bản của các cơ quan được ký số, 92% hồ sơ hành chính được nộp qua mạng, các phường, xã đều có bộ phận tiếp nhận một cửa kết nối với hệ thống của tỉnh; thanh toán không dùng tiền mặt đã phổ biến ở chợ, trường học, bệnh viện, nhiều hộ kinh doanh bán hàng qua sàn thương mại điện tử.

Phương hướng nhiệm kỳ tới coi khoa học, công nghệ, sáng tạo và số hóa là động lực chính, theo tinh thần nghị quyết mới của Bộ Chính trị về đột phá trong lĩnh vực này: mỗi năm có ít nhất hai mô hình ứng dụng công nghệ mới trong sản xuất, quản lý đô thị và dịch vụ công; thị xã thành lập tổ công nghệ số ở 100% khối, xóm.

Tiểu ban văn kiện đề xuất 20 chỉ tiêu chủ yếu, được chia thành ba nhóm: kinh tế (8 chỉ tiêu), văn hóa - xã hội và môi trường (8 chỉ tiêu), xây dựng Đảng và hệ thống chính trị (4 chỉ tiêu). Điểm mới là chỉ tiêu giá trị sản phẩm từ các mô hình nông nghiệp kỹ thuật cao chiếm trên 45% tổng giá trị sản xuất nông nghiệp toàn thị xã vào năm 2030. Thị xã không đặt chỉ tiêu về số xã nông thôn mới kiểu mẫu.
"""

DRAFTS["04_quynh_luu_lap_lai_cau_chu.txt"] = """\
ĐẢNG BỘ HUYỆN QUỲNH LƯU
DỰ THẢO BÁO CÁO CHÍNH TRỊ (lần 1) - TỔ BIÊN TẬP
Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020 - 2025 và bài học kinh nghiệm

1. Về phát triển kinh tế
Tổng giá trị sản xuất (giá so sánh năm 2010) tăng bình quân 8,7%/năm, đạt mục tiêu Nghị quyết (8,5 - 9%/năm), cao hơn mức bình quân chung của tỉnh; quy mô giá trị sản xuất năm 2025 ước đạt 31.200 tỷ đồng, gấp 1,5 lần năm 2020. Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ. Thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng.

Nông nghiệp phát triển theo hướng hàng hóa: hình thành vùng nuôi tôm công nghệ cao 180 ha ở các xã ven biển, vùng rau an toàn 350 ha, 28 trang trại chăn nuôi ứng dụng công nghệ cao. Toàn huyện có 100% số xã đạt chuẩn nông thôn mới, 11 xã đạt chuẩn nông thôn mới nâng cao, 3 xã đạt chuẩn nông thôn mới kiểu mẫu; 26 sản phẩm được công nhận OCOP; các làng nghề chế biến hải sản được duy trì và mở rộng; huyện phấn đấu đạt chuẩn huyện nông thôn mới nâng cao trong năm 2028.

2. Những nội dung riêng của địa phương ven biển
a) Đánh giá kết quả phát triển kinh tế biển theo Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam; kết quả khai thác, nuôi trồng, chế biến thủy sản, hạ tầng cảng cá, khu neo đậu tránh trú bão.
(Tổ biên tập bổ sung số liệu sau khi có báo cáo của Phòng Nông nghiệp và Môi trường.)

b) Làm rõ giải pháp phòng, chống sạt lở bờ biển, xâm nhập mặn; quản lý, bảo vệ rừng phòng hộ ven biển; bảo vệ môi trường biển và xử lý rác thải nhựa.
(Đang chờ số liệu.)

c) Du lịch biển: Bãi biển Quỳnh Bảng, Quỳnh Nghĩa được đầu tư hạ tầng; huyện tổ chức Lễ hội Cầu ngư, chuỗi sự kiện văn hóa, thể thao biển từ tháng 4 đến tháng 9, kết hợp tour liên kết với thị xã Hoàng Mai tham quan đền Cờn và các làng nghề, qua đó kéo dài mùa du lịch. Năm 2024 đón 520.000 lượt khách, doanh thu du lịch 610 tỷ đồng.

d) Chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) theo Công văn số 2317-CV/BTGTU.
[Bổ sung sau.]

Về sản lượng thủy sản, huyện phấn đấu đến năm 2030 tổng sản lượng khai thác và nuôi trồng đạt 62.000 tấn, trong đó nuôi trồng chiếm 30%.

3. Hạn chế, yếu kém và nguyên nhân
- Chỉ rõ những chỉ tiêu không đạt, những nhiệm vụ, công trình, dự án chậm tiến độ, những vấn đề bức xúc kéo dài, gắn với trách nhiệm của tập thể, cá nhân, nhất là người đứng đầu: ...
- Phân tích nguyên nhân khách quan và chủ quan, lấy nguyên nhân chủ quan làm trọng tâm: ...

4. Bài học kinh nghiệm
Rút ra từ ba đến năm bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo của đảng bộ trong nhiệm kỳ.
(Tổ biên tập đang hoàn thiện.)

Phần thứ hai (dự kiến)
Hệ thống chỉ tiêu chủ yếu: xác định từ 18 đến 22 chỉ tiêu chủ yếu, chia thành ba nhóm: kinh tế; văn hóa - xã hội và môi trường; xây dựng Đảng và hệ thống chính trị.
(Tổ biên tập đang tổng hợp đề xuất của các phòng, ban, ngành.)
"""

DRAFTS["05_ky_son_chi_tieu_dot_pha.txt"] = """\
ĐẢNG BỘ HUYỆN KỲ SƠN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện, nhiệm kỳ 2025 - 2030 (trích)

III. BÀI HỌC KINH NGHIỆM
Nhiệm kỳ qua để lại ba bài học. Thứ nhất, ở vùng cao biên giới, việc gì cũng phải bắt đầu từ lòng tin của đồng bào; cán bộ phải "ba bám" - bám bản, bám dân, bám rừng. Thứ hai, phát huy vai trò của già làng, trưởng bản, người có uy tín trong vận động đồng bào thực hiện chủ trương của Đảng. Thứ ba, dồn nguồn lực cho ít công trình, làm dứt điểm, không dàn trải.

Về công tác ổn định dân cư, nhiệm kỳ qua huyện đã bố trí, sắp xếp nơi ở mới cho 640 hộ ở vùng có nguy cơ sạt lở, lũ quét, trong đó có các hộ bị thiệt hại sau trận lũ quét tháng 9/2022; các hộ tái định cư trên địa bàn được giao đất sản xuất, hỗ trợ chuyển đổi nghề, 85% số hộ có thu nhập ổn định sau ba năm.

Huyện phối hợp với các lực lượng chức năng quản lý chặt chẽ đường biên, mốc giới, giữ vững chủ quyền và an ninh biên giới; hoạt động xuất nhập khẩu qua Cửa khẩu quốc tế Nậm Cắn tăng bình quân 12%/năm. Quan hệ hữu nghị với huyện Noọng Hét, tỉnh Xiêng Khoảng (Lào) được củng cố qua các chương trình kết nghĩa bản - bản, tuần tra song phương.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I. QUAN ĐIỂM CHỈ ĐẠO
Báo cáo xác định bốn quan điểm chỉ đạo: (1) phát triển nhanh, bền vững, lấy con người làm trung tâm; (2) giữ vững chủ quyền biên giới là nhiệm vụ trọng yếu, thường xuyên; (3) khai thác hiệu quả lợi thế cửa khẩu, rừng và văn hóa các dân tộc; (4) xây dựng Đảng là then chốt, công tác dân vận là nền tảng.

II. MỤC TIÊU TỔNG QUÁT
Xây dựng Kỳ Sơn trở thành cửa ngõ giao thương của tỉnh với nước bạn Lào qua Cửa khẩu quốc tế Nậm Cắn; thoát khỏi tình trạng huyện nghèo vào năm 2030; bảo tồn, phát huy bản sắc văn hóa các dân tộc Mông, Khơ Mú, Thái; giữ vững quốc phòng, an ninh vùng biên giới.

III. CÁC CHỈ TIÊU CHỦ YẾU
Dự thảo xác định 20 chỉ tiêu chủ yếu, chia thành ba nhóm: kinh tế (8 chỉ tiêu), văn hóa - xã hội và môi trường (8 chỉ tiêu), xây dựng Đảng và hệ thống chính trị (4 chỉ tiêu). Một số chỉ tiêu chính:
1. Tốc độ tăng trưởng tổng giá trị sản xuất bình quân 8,5 - 9,5%/năm.
2. Thu nhập bình quân đầu người năm 2030 đạt 45 triệu đồng.
3. Tỷ lệ hộ nghèo giảm bình quân 4 - 5 điểm phần trăm/năm.
4. Tỷ lệ che phủ rừng đạt 60% vào năm 2030.
5. Tỷ lệ lao động qua đào tạo đạt 55%.
6. Xóa 100% số bản chưa có đảng viên; hằng năm có trên 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

IV. CÁC KHÂU ĐỘT PHÁ
Đại hội lựa chọn hai khâu đột phá:
Một là, hạ tầng giao thông kết nối cửa khẩu và các xã vùng sâu: đến năm 2030, 100% xã có đường ô tô đến trung tâm xã được cứng hóa, nâng cấp tuyến Quốc lộ 7A đoạn qua huyện đạt tiêu chuẩn đường cấp IV miền núi.
Hai là, chuyển đổi cơ cấu cây trồng, vật nuôi theo hướng hàng hóa, phát triển dược liệu và chăn nuôi đại gia súc.

V. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU (trích)
Phát triển kinh tế cửa khẩu, thương mại biên giới; thu hút doanh nghiệp đầu tư kho bãi, dịch vụ logistics tại khu vực Nậm Cắn. Quản lý chặt chẽ rừng phòng hộ đầu nguồn, phát triển dược liệu dưới tán rừng. Tiếp tục đấu tranh phòng, chống ma túy, không để hình thành các điểm nóng. Xây dựng đội ngũ cán bộ người dân tộc thiểu số tại chỗ đủ năng lực, uy tín.
"""

DRAFTS["06_vinh_sau_sap_nhap.txt"] = """\
THÀNH ỦY VINH
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ thành phố, nhiệm kỳ 2025 - 2030 (trích Phần thứ nhất)

Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh thành phố vừa phòng, chống dịch COVID-19, vừa triển khai Nghị quyết số 39-NQ/TW của Bộ Chính trị. Từ ngày 01/12/2024, toàn bộ thị xã Cửa Lò và bốn xã của huyện Nghi Lộc được nhập vào thành phố, mở ra không gian phát triển mới của một đô thị ven biển.

1. Tăng trưởng kinh tế
Tổng giá trị sản xuất (giá so sánh năm 2010) tăng bình quân 8,4%/năm, thấp hơn mục tiêu Nghị quyết (9 - 10%/năm) nhưng cao hơn mức bình quân chung của tỉnh. Quy mô giá trị sản xuất năm 2025 ước đạt 98.000 tỷ đồng; khu vực dịch vụ chiếm 72,3% cơ cấu kinh tế; thu nhập bình quân đầu người năm 2025 ước đạt 112 triệu đồng. Thu ngân sách năm 2024 đạt 4.150 tỷ đồng.

2. Xây dựng trung tâm vùng Bắc Trung Bộ
Thành phố đã hình thành các trung tâm y tế chuyên sâu với 3 bệnh viện tuyến tỉnh và 6 bệnh viện tư nhân quy mô lớn, phục vụ người bệnh của cả Nghệ An, Hà Tĩnh và các tỉnh lân cận; Trường Đại học Vinh và các cơ sở đào tạo trên địa bàn thu hút trên 40.000 sinh viên. Các trung tâm thương mại, tài chính, ngân hàng phát triển nhanh. Nhiệm kỳ tới, thành phố tập trung phát triển dịch vụ chất lượng cao để thực sự trở thành trung tâm kinh tế, văn hóa của vùng Bắc Trung Bộ.

3. Phát triển đô thị
Thành phố đầu tư chỉnh trang 46 tuyến phố, cải tạo hệ thống thoát nước khu vực trung tâm, hoàn thành đại lộ Vinh - Cửa Lò; công tác quản lý quy hoạch, trật tự xây dựng có chuyển biến. Đề án đô thị thông minh được triển khai, Trung tâm điều hành thông minh đi vào hoạt động từ năm 2023.

4. Chuyển đổi số
100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết trực tuyến năm 2024 đạt 78%. Kinh tế số, thanh toán không dùng tiền mặt và thương mại điện tử phát triển nhanh; thành phố đứng đầu tỉnh về chỉ số chuyển đổi số cấp huyện.

5. Sắp xếp đơn vị hành chính
Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 và việc nhập thị xã Cửa Lò, thành phố đã kiện toàn tổ chức bộ máy, bố trí cán bộ dôi dư theo lộ trình; tổ chức đảng, chính quyền ở các phường mới hoạt động ổn định.

6. Định hướng đối với khu vực Cửa Lò
Trong nhiệm kỳ tới, khu vực Cửa Lò được định hướng phát triển thành đô thị du lịch biển, nghỉ dưỡng chất lượng cao trong không gian thành phố mới, gắn với cảng biển Cửa Lò và Khu kinh tế Đông Nam.

(Phần hạn chế, yếu kém và nguyên nhân; bài học kinh nghiệm đang được tổ biên tập hoàn thiện.)
"""
