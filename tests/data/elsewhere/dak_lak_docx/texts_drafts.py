"""Three drafts of the political report of huyện Ea Súp (plain text, one paragraph per line).

A backslash at the end of a source line continues the same paragraph. Figures are invented.
"""

# ------------------------------------------------------------------------------------------------------------
# 01: second draft, after the 12/5/2020 session - nearly complete
# ------------------------------------------------------------------------------------------------------------

EA_SUP_01 = """\
ĐẢNG BỘ TỈNH ĐẮK LẮK
HUYỆN ỦY EA SÚP
Dự thảo lần 2 (đã tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 12/5/2020)
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa VIII trình Đại hội đại biểu Đảng bộ huyện Ea Súp lần thứ IX, nhiệm kỳ \
2020 - 2025
Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết các dân tộc; khai thác hiệu quả \
tiềm năng đất đai, nguồn nước; giữ vững chủ quyền biên giới; xây dựng Ea Súp phát triển nhanh, bền vững.
PHẦN MỞ ĐẦU
Nhiệm kỳ 2015 - 2020, Đảng bộ huyện thực hiện nghị quyết trong bối cảnh địa bàn rộng, hạ tầng thiếu; hạn \
hán các năm 2016 và 2019; di cư tự do diễn biến phức tạp. Thuận lợi cơ bản là hồ Ea Súp Thượng phát huy hiệu \
quả, vùng biên giới được quan tâm đầu tư.
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020 VÀ BÀI HỌC KINH NGHIỆM
1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,1%/năm (nghị quyết đề ra 9 - 10%/năm); thu nhập bình \
quân đầu người năm 2020 ước đạt 38,5 triệu đồng, tăng 1,6 lần so với năm 2015; thu ngân sách nhà nước trên \
địa bàn 5 năm đạt 215 tỷ đồng.
Hồ Ea Súp Thượng bảo đảm tưới chủ động cho 4.200 ha lúa hai vụ, năng suất tăng 0,8 tấn/ha so với năm \
2015; tuy vậy, kênh cấp 2, cấp 3 xuống cấp nên hiệu quả khai thác ở cuối kênh chưa cao. Diện tích cây điều \
đạt 3.600 ha, năng suất còn thấp.
2. Về xây dựng nông thôn mới
Có 3/9 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 14,6 tiêu chí; 2 buôn đồng bào dân tộc thiểu số \
đạt chuẩn nông thôn mới.
3. Về văn hóa - xã hội
Tỷ lệ hộ nghèo giảm từ 32,6% năm 2015 xuống còn 14,8% năm 2020; trong đó tỷ lệ hộ nghèo đồng bào dân tộc \
thiểu số tại chỗ giảm từ 41,2% xuống còn 22,5%. Duy trì 15 đội cồng chiêng, tổ chức ngày hội văn hóa cồng \
chiêng của huyện hai năm một lần, góp phần bảo tồn Không gian văn hóa cồng chiêng Tây Nguyên.
4. Về bố trí, ổn định dân di cư tự do
Đã bố trí, ổn định 1.120/1.460 hộ di cư tự do vào các điểm dân cư ở các xã Ia Rvê, Ia Lốp, Cư KBang, giao \
đất ở, đất sản xuất. Tình trạng lấn chiếm đất rừng, phá rừng làm nương rẫy giảm dần; xử lý 86 vụ, thu hồi \
312 ha đất rừng.
5. Về quốc phòng, an ninh và biên giới
An ninh chính trị, an ninh nông thôn, trật tự an toàn xã hội được giữ vững; kịp thời đấu tranh, làm thất bại \
các hoạt động lợi dụng vấn đề dân tộc, tôn giáo để lôi kéo đồng bào.
Huyện phối hợp với lực lượng Bộ đội Biên phòng quản lý, bảo vệ hơn 45 km đường biên giới và 13 cột mốc; \
100% hộ dân các xã biên giới tham gia phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới". Xử \
lý 27 trường hợp xuất cảnh, nhập cảnh trái phép và 14 vụ buôn lậu, vận chuyển lâm sản trái phép qua biên \
giới. Thế trận biên phòng toàn dân gắn với thế trận an ninh nhân dân được củng cố; duy trì giao lưu hữu \
nghị với huyện Koh Nhek, tỉnh Mondulkiri, Vương quốc Campuchia.
6. Về quản lý, bảo vệ rừng
Phối hợp với Vườn quốc gia Yok Đôn tuần tra, bảo vệ rừng đặc dụng, không để xảy ra cháy rừng lớn.
7. Về xây dựng Đảng và hệ thống chính trị
Kết nạp 612 đảng viên mới, trong đó 148 đảng viên là người dân tộc thiểu số; đến nay còn 3 buôn chưa có đảng \
viên. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên bình quân đạt 84%.
Quy chế dân chủ ở cơ sở được thực hiện nghiêm túc; vai trò của già làng, người có uy tín được phát huy.
8. Hạn chế, yếu kém và nguyên nhân
Có 3/21 chỉ tiêu không đạt: số xã đạt chuẩn nông thôn mới (3/5 xã), tỷ lệ lao động qua đào tạo và tỷ lệ \
che phủ rừng. Ngoài hạn hán, giá nông sản giảm, nguyên nhân chủ quan là Ban Thường vụ Huyện ủy chưa chỉ đạo \
quyết liệt xây dựng nông thôn mới và quản lý đất rừng; trách nhiệm trước hết thuộc về tập thể Ban Thường vụ \
và đồng chí Bí thư Huyện ủy, người đứng đầu cấp ủy.
9. Bài học kinh nghiệm
Một là, giữ vững đoàn kết, phát huy vai trò nêu gương của người đứng đầu. Hai là, bám sát đặc thù huyện \
biên giới. Ba là, dựa vào già làng, người có uy tín. Bốn là, tập trung nguồn lực cho thủy lợi.
PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025
1. Dự báo tình hình
Các dự án điện mặt trời, thủy lợi trên địa bàn mở ra cơ hội; hạn hán, di cư tự do và hoạt động chống phá ở \
khu vực biên giới tiếp tục là thách thức.
2. Mục tiêu tổng quát và các chỉ tiêu chủ yếu
Hệ thống gồm 21 chỉ tiêu chủ yếu, chia thành 3 nhóm: kinh tế (8 chỉ tiêu); văn hóa - xã hội và môi trường (8 \
chỉ tiêu); quốc phòng, an ninh và xây dựng Đảng (5 chỉ tiêu). Tốc độ tăng trưởng giá trị sản xuất bình quân \
8,5 - 9%/năm, được tính trên cơ sở năng lực tưới của hồ Ea Súp Thượng, các dự án điện mặt trời đã được phê \
duyệt và mức tăng bình quân 9,1%/năm của nhiệm kỳ trước.
3. Ba khâu đột phá
Một là, kiên cố hóa 35 km kênh cấp 2, cấp 3 hồ Ea Súp Thượng bằng ngân sách và đóng góp của Nhân dân, xong \
năm 2023. Hai là, ổn định dân cư, đất đai ở các xã có đông dân di cư tự do, cấp giấy chứng nhận trước năm \
2024. Ba là, mỗi xã có ít nhất 2 cán bộ chủ chốt là người dân tộc thiểu số tại chỗ vào năm 2025.
4. Nhiệm vụ, giải pháp chủ yếu
Thâm canh lúa hai vụ; thay vườn điều già cỗi bằng giống điều ghép; quản lý chặt đất rừng; giữ vững quốc \
phòng, an ninh vùng biên giới.
PHẦN THỨ BA
TỔ CHỨC THỰC HIỆN
Ngay sau đại hội, Ban Chấp hành xây dựng chương trình hành động thực hiện nghị quyết đại hội; sơ kết giữa \
nhiệm kỳ vào năm 2023.
"""

# ------------------------------------------------------------------------------------------------------------
# 02: first draft, as reviewed on 12/5/2020 - several requirements missing
# ------------------------------------------------------------------------------------------------------------

EA_SUP_02 = """\
ĐẢNG BỘ TỈNH ĐẮK LẮK
HUYỆN ỦY EA SÚP
Dự thảo lần 1
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa VIII trình Đại hội đại biểu Đảng bộ huyện Ea Súp lần thứ IX, nhiệm kỳ \
2020 - 2025
PHẦN MỞ ĐẦU
Nhiệm kỳ 2015 - 2020, Đảng bộ và Nhân dân các dân tộc trong huyện thực hiện nghị quyết đại hội trong điều \
kiện địa bàn rộng, dân cư thưa, xuất phát điểm kinh tế thấp; thời tiết diễn biến bất thường, hạn hán kéo dài \
trong các mùa khô. Được sự quan tâm của Tỉnh ủy, Ủy ban nhân dân tỉnh, sự nỗ lực của cả hệ thống chính trị, \
huyện đã đạt được nhiều kết quả quan trọng.
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020
1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,1%/năm. Sản xuất nông nghiệp phát triển khá; tổng diện \
tích gieo trồng hằng năm trên 32.000 ha; tổng sản lượng lương thực năm 2020 ước đạt 41.500 tấn. Diện tích \
cây điều đạt 3.600 ha, cây mì (sắn) 5.800 ha. Chăn nuôi đại gia súc phát triển theo hướng bán chăn thả.
Công nghiệp, tiểu thủ công nghiệp có bước phát triển; một số dự án năng lượng được triển khai trên địa bàn. \
Thương mại, dịch vụ đáp ứng nhu cầu tiêu dùng của Nhân dân; mạng lưới chợ nông thôn được đầu tư.
Kết cấu hạ tầng được quan tâm đầu tư; 100% xã có đường ô tô đến trung tâm, được nhựa hóa hoặc bê tông hóa; \
tỷ lệ hộ sử dụng điện đạt 97%.
2. Về xây dựng nông thôn mới
Có 3/9 xã đạt chuẩn nông thôn mới; bình quân mỗi xã đạt 14,6 tiêu chí.
3. Về văn hóa - xã hội
Giáo dục và đào tạo có chuyển biến; có 12 trường đạt chuẩn quốc gia. Mạng lưới y tế cơ sở được củng cố; 100% \
trạm y tế xã có bác sĩ. Tỷ lệ hộ nghèo giảm từ 32,6% năm 2015 xuống còn 14,8% năm 2020. Các chính sách an \
sinh xã hội được thực hiện đầy đủ, kịp thời.
4. Về bố trí, ổn định dân di cư tự do
Huyện đã bố trí, sắp xếp ổn định 1.120 hộ di cư tự do vào các điểm dân cư tập trung ở các xã Ia Rvê, Ia Lốp, \
Cư KBang; từng bước giải quyết đất ở, đất sản xuất cho các hộ.
5. Về quốc phòng, an ninh
Quốc phòng, an ninh được giữ vững; an ninh chính trị, an ninh nông thôn, trật tự an toàn xã hội ổn định. \
Công tác quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia và hệ thống mốc quốc giới được thực hiện \
tốt. Phát hiện, xử lý 27 trường hợp xuất cảnh, nhập cảnh trái phép. Hằng năm hoàn thành 100% chỉ tiêu \
tuyển quân.
6. Về xây dựng Đảng và hệ thống chính trị
Công tác chính trị, tư tưởng được chú trọng. Kết nạp 612 đảng viên mới; tỷ lệ tổ chức cơ sở đảng hoàn thành \
tốt nhiệm vụ trở lên bình quân đạt 84%. Công tác kiểm tra, giám sát được tăng cường. Mặt trận Tổ quốc và các \
đoàn thể hoạt động có hiệu quả.
7. Hạn chế, yếu kém và nguyên nhân
Có 3/20 chỉ tiêu nghị quyết không đạt. Kinh tế phát triển chưa bền vững; hạ tầng thủy lợi chưa đáp ứng yêu \
cầu; tỷ lệ hộ nghèo còn cao. Nguyên nhân chủ yếu là do hạn hán kéo dài, giá nông sản giảm, địa bàn rộng, \
xuất phát điểm thấp và số dân di cư tự do đến huyện còn nhiều.
8. Bài học kinh nghiệm
Một là, giữ vững đoàn kết, thống nhất trong Đảng bộ.
Hai là, bám sát đặc thù huyện biên giới để cụ thể hóa chủ trương của cấp trên.
Ba là, phát huy sức mạnh của cả hệ thống chính trị.
Bốn là, quan tâm chăm lo đời sống Nhân dân.
PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025
1. Mục tiêu tổng quát
Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững; nâng cao đời sống Nhân dân; giữ \
vững quốc phòng, an ninh.
2. Các chỉ tiêu chủ yếu
Dự thảo đề ra 20 chỉ tiêu chủ yếu, gồm: tốc độ tăng trưởng giá trị sản xuất bình quân 10,2%/năm; thu nhập \
bình quân đầu người năm 2025 đạt 60 triệu đồng; thu ngân sách trên địa bàn tăng bình quân 10%/năm; thêm 3 \
xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm bình quân 2,5%/năm; tỷ lệ trường đạt chuẩn quốc gia 60%; \
tỷ lệ lao động qua đào tạo 55%; tỷ lệ che phủ rừng 45%; tỷ lệ dân số tham gia bảo hiểm y tế 95%; tỷ lệ hộ \
dùng nước hợp vệ sinh 95%; hoàn thành 100% chỉ tiêu tuyển quân; kết nạp 600 đảng viên trở lên cùng 8 chỉ \
tiêu khác tại phụ lục.
3. Bốn khâu đột phá
Một là, phát triển thủy lợi. Hai là, phát triển năng lượng tái tạo. Ba là, ổn định dân di cư tự do. Bốn là, \
xây dựng đội ngũ cán bộ cơ sở.
4. Nhiệm vụ, giải pháp chủ yếu
Tập trung phát triển nông nghiệp; thu hút đầu tư các dự án năng lượng; phát triển văn hóa - xã hội; giữ vững \
quốc phòng, an ninh; xây dựng Đảng và hệ thống chính trị vững mạnh. Đẩy mạnh cải cách hành chính, nâng cao \
chất lượng phục vụ người dân, doanh nghiệp.
"""

# ------------------------------------------------------------------------------------------------------------
# 03: the same substance as 01, written in other words
# ------------------------------------------------------------------------------------------------------------

EA_SUP_03 = """\
ĐẢNG BỘ TỈNH ĐẮK LẮK
HUYỆN ỦY EA SÚP
Dự thảo (bản biên tập lại sau hội nghị của Ban Thường vụ Tỉnh ủy)
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa VIII trình Đại hội đại biểu Đảng bộ huyện Ea Súp lần thứ IX, nhiệm kỳ \
2020 - 2025
Phương châm hành động: Đoàn kết - Dân chủ - Kỷ cương - Đổi mới; đánh thức đất đai, nguồn nước; giữ yên biên \
cương; đưa Ea Súp vươn lên khá giả.
ĐÔI NÉT VỀ CHẶNG ĐƯỜNG NĂM NĂM QUA
Năm năm qua là quãng đường không bằng phẳng: đất rộng người thưa; hai mùa khô 2016 và 2019 nắng hạn làm \
cháy nhiều cánh đồng; người nơi khác đến ở không theo kế hoạch ngày một đông. Bù lại, nước hồ Ea Súp Thượng \
đã về tới ruộng.
PHẦN THỨ NHẤT
NHỮNG VIỆC ĐÃ LÀM ĐƯỢC, CHƯA LÀM ĐƯỢC VÀ ĐIỀU RÚT RA
1. Làm ra của cải
Giá trị làm ra trên địa bàn tăng bình quân 9,1% mỗi năm, sát với mức 9 - 10% mà đại hội trước đề ra; mỗi \
người dân năm 2020 có thu nhập khoảng 38,5 triệu đồng; ngân sách thu trên địa bàn cộng dồn năm năm được \
215 tỷ đồng.
Nước từ lòng hồ Ea Súp Thượng theo kênh về ruộng, đủ cho 4.200 ha lúa làm hai vụ; mỗi héc-ta lúa thu thêm \
0,8 tấn so với năm 2015, nhưng ở cuối các tuyến kênh nhỏ nước về vẫn chưa đủ vì kênh đã xuống cấp.
Vườn điều rộng 3.600 ha, đồng mì 5.800 ha; huyện hướng tới gắn vùng trồng với nhà máy tinh bột sắn và các cơ \
sở chế biến hạt điều trên địa bàn.
2. Làng quê đổi mới
Ba xã đã cán đích đủ 19 tiêu chí nông thôn mới, các xã còn lại bình quân mỗi xã có 14,6 tiêu chí; hai buôn \
của bà con bản địa được công nhận buôn nông thôn mới.
3. Đời sống người dân
Theo chuẩn đa chiều, số hộ khó khăn từ gần một phần ba (32,6%) còn 14,8%; riêng bà con Ê Đê, Gia Rai bản \
địa từ 41,2% còn 22,5%. Tiếng chiêng, tiếng ching vẫn vang lên trong các lễ cúng lúa mới; 15 đội chiêng \
được giữ gìn, hai năm một lần huyện mở ngày hội chiêng cho các buôn.
4. Chuyện người đến ở không theo kế hoạch
Năm năm qua có thêm 1.460 hộ từ các tỉnh phía Bắc đến ở tự phát; 1.120 hộ đã có chỗ ở ổn định trong các \
khu dân cư tập trung ở Ia Rvê, Ia Lốp, Cư KBang, có đất làm nhà, đất canh tác và 6 công trình nước sạch \
dùng chung. Chuyện lấn đất rừng, đốt rừng làm rẫy đã thưa dần; 86 vụ bị xử lý, 312 ha đất rừng được lấy lại.
5. Giữ yên buôn làng, giữ vững biên cương
Bình yên ở buôn làng được giữ vững; những luận điệu lợi dụng chuyện dân tộc, chuyện đạo để lôi kéo bà con \
đều bị vạch trần kịp thời.
Hơn 45 km đường biên với 13 cột mốc lúc nào cũng có người canh giữ: những người lính quân hàm xanh cùng \
dân làng đi tuần; mỗi hộ ở các xã giáp biên đều nhận giữ một đoạn biên, một cột mốc và giữ yên thôn, buôn \
của mình. Đã chặn 27 vụ qua lại biên giới không có giấy tờ và 14 vụ đưa hàng lậu, gỗ lậu qua biên. Mỗi \
người dân là một cột mốc sống, mỗi buôn làng là một pháo đài, bộ đội, công an và dân cùng một thế trận; \
tình thân với bạn bên kia biên giới ở huyện Koh Nhek, tỉnh Mondulkiri ngày càng bền chặt.
6. Giữ rừng
Cùng anh em kiểm lâm Vườn quốc gia Yok Đôn giữ những cánh rừng khộp, mùa khô không để lửa rừng lan rộng. \
Huyện hướng tới mở các tuyến du lịch sinh thái rừng khộp để người dân có thêm sinh kế.
7. Xây Đảng, xây dân
Thêm 612 người được đứng vào hàng ngũ của Đảng, trong đó 148 người là con em đồng bào bản địa; vẫn còn 3 \
buôn chưa có người nào là đảng viên. Bình quân mỗi năm 84% tổ chức cơ sở đảng được xếp từ hoàn thành tốt \
nhiệm vụ trở lên.
Dân biết, dân bàn, dân làm, dân kiểm tra đã thành nền nếp ở thôn, buôn; lời nói của các già làng và những \
người được bà con tin cậy giúp giữ yên buôn làng, bỏ dần hủ tục.
8. Những việc chưa làm được và vì sao
Ba con số chưa đạt: số xã về đích nông thôn mới (3 trên 5), tỷ lệ lao động được học nghề và độ che phủ của \
rừng. Trời hạn, giá nông sản xuống là một phần; nhưng trước hết là do chính chúng tôi: Thường vụ Huyện ủy \
chưa sát sao với việc xây dựng nông thôn mới và giữ đất rừng. Tập thể Thường vụ và đồng chí Bí thư Huyện ủy \
nhận trách nhiệm của người đứng đầu.
9. Bốn điều rút ra
Thứ nhất, trên dưới một lòng, người đứng đầu làm gương. Thứ hai, làm theo đúng hoàn cảnh một huyện biên giới \
có nhiều người đến ở tự phát. Thứ ba, dựa vào già làng để nói với dân. Thứ tư, có nước thì có tất cả: dồn \
sức cho thủy lợi.
PHẦN THỨ HAI
NĂM NĂM TỚI
1. Nhìn về phía trước
Các nhà máy điện mặt trời, công trình thủy lợi trên địa bàn mở ra thời cơ; nhưng nắng hạn, dòng người đến \
ở tự phát và những mưu toan chống phá nơi biên giới vẫn còn đó.
2. Đích đến và những con số phải đạt
Hai mươi mốt con số phải đạt, gom vào ba khối: làm ra của cải (8 con số); đời sống và môi trường (8 con \
số); giữ yên địa bàn và xây Đảng (5 con số). Mức tăng giá trị làm ra đặt 8,5 - 9% mỗi năm, tính từ sức \
tưới của hồ, từ các nhà máy điện mặt trời đã có chủ trương và từ mức 9,1% đã làm được năm năm qua.
3. Ba việc phải làm trước
Thứ nhất, đưa nước hồ Ea Súp Thượng về tận cuối kênh: làm kiên cố 35 km kênh nhỏ bằng tiền của tỉnh, huyện \
và công sức của dân, xong trong năm 2023. Thứ hai, sắp lại chỗ ở và đất đai cho những hộ đến ở tự phát, trao \
sổ đỏ trước năm 2024. Thứ ba, có đủ cán bộ là người tại chỗ: mỗi xã ít nhất 2 người giữ vị trí chủ chốt vào \
năm 2025.
PHẦN THỨ BA
BẮT TAY VÀO VIỆC
Đại hội xong, Ban Chấp hành huyện ra ngay chương trình hành động để đưa nghị quyết vào cuộc sống; mỗi chi \
bộ, đảng bộ cơ sở có nghị quyết riêng của mình; giữa nhiệm kỳ, năm 2023, cùng ngồi lại rà soát.
"""
