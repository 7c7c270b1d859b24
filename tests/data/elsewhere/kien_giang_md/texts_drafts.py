"""Three draft political reports (excerpts) for units that carry specific requirements. One paragraph per
line; a backslash at the end of a source line continues the same paragraph. Figures are invented.

01 Kiên Hải: second draft, nearly complete.
02 An Minh: first draft, missing several requirements.
03 Giang Thành: complete in substance, written in very different words.
"""

KIEN_HAI = """\
ĐẢNG BỘ TỈNH KIÊN GIANG
HUYỆN ỦY KIÊN HẢI
Dự thảo lần 2 (đã tiếp thu ý kiến góp ý của Ban Tuyên giáo Tỉnh ủy)
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa XI trình Đại hội đại biểu Đảng bộ huyện Kiên Hải lần thứ XII, nhiệm \
kỳ 2025 - 2030
Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết; phát triển kinh tế biển, du \
lịch gắn với giữ vững chủ quyền biển, đảo; xây dựng Kiên Hải phát triển nhanh, bền vững.
PHẦN MỞ ĐẦU
Nhiệm kỳ 2020 - 2025, Đảng bộ và Nhân dân huyện thực hiện nghị quyết đại hội trong bối cảnh nhiều khó \
khăn: hai năm đầu nhiệm kỳ chịu tác động nặng nề của đại dịch Covid-19, tuyến tàu khách ra đảo nhiều thời \
điểm phải tạm dừng; giá xăng dầu tăng cao khiến nhiều tàu cá nằm bờ; thời tiết trên biển diễn biến bất \
thường. Thuận lợi cơ bản là huyện được Trung ương, Tỉnh ủy quan tâm đầu tư hạ tầng, nhất là đưa điện lưới \
quốc gia ra đảo, tạo động lực cho du lịch, dịch vụ phát triển.
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025 VÀ BÀI HỌC KINH NGHIỆM
1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 8,1%/năm (nghị quyết đề ra 8%/năm); thu nhập bình quân \
đầu người năm 2025 ước đạt 86 triệu đồng; thu ngân sách nhà nước trên địa bàn 5 năm đạt 412 tỷ đồng, bình \
quân tăng 10,2%/năm.
Kinh tế biển tiếp tục là trụ cột: sản lượng khai thác, nuôi trồng thủy sản bình quân 118.000 tấn/năm. Phát \
triển kinh tế biển luôn gắn với nhiệm vụ giữ vững \
chủ quyền vùng biển, đảo Tây Nam của Tổ quốc; ngư dân được động viên vừa bám biển sản xuất, vừa làm \
"cột mốc sống" trên biển.
2. Về hạ tầng thiết yếu trên các xã đảo
Điện lưới quốc gia đã được đưa ra 4/4 xã Hòn Tre, Lại Sơn, An Sơn, Nam Du, chấm dứt tình trạng chạy máy \
phát điện theo giờ; tỷ lệ hộ sử dụng điện lưới đạt 99,6%. Huyện đầu tư thêm 3 hồ chứa và 2 hệ thống lọc \
nước ngọt, nâng tỷ lệ hộ sử dụng nước sạch từ 61% lên 83%.
3. Về chống khai thác IUU, bảo vệ nguồn lợi thủy sản
Huyện thực hiện quyết liệt các giải pháp chống khai thác hải sản bất hợp pháp, không báo cáo và không theo \
quy định: 100% tàu cá có chiều dài từ 15 m trở lên lắp thiết bị giám sát hành trình; từ năm 2023 không còn \
tàu cá của huyện vi phạm vùng biển nước ngoài; xử lý 47 trường hợp vi phạm với tổng số tiền 1,9 tỷ đồng. \
Thả 2,5 triệu con giống tái tạo nguồn lợi thủy sản; khoanh vùng bảo vệ rạn san hô quanh quần đảo Nam Du.
4. Về du lịch
Du lịch cộng đồng ở Nam Du, Hòn Sơn phát triển mạnh; lượng khách tăng từ 210.000 lượt năm 2020 lên 1,2 \
triệu lượt năm 2025; toàn huyện có 214 cơ sở lưu trú, trong đó 160 cơ sở lưu trú tại nhà dân.
5. Về nông thôn mới, văn hóa - xã hội
Có 3/4 xã đạt chuẩn nông thôn mới, trong đó xã Hòn Tre đạt chuẩn nông thôn mới nâng cao; chưa có xã đạt \
chuẩn nông thôn mới kiểu mẫu. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 4,2% đầu nhiệm kỳ xuống \
còn 0,9% cuối năm 2025.
6. Về quốc phòng, an ninh
An ninh chính trị, trật tự an toàn xã hội trên các đảo được giữ vững; phối hợp với Cảnh sát biển, Bộ \
đội Biên phòng tuần tra, kiểm soát vùng biển; triệt xóa 6 điểm, tụ điểm mua bán, sử dụng trái phép chất ma \
túy; tội phạm về trật tự xã hội giảm 18% so với nhiệm kỳ trước.
7. Về xây dựng Đảng và hệ thống chính trị
Kết nạp 196 đảng viên mới; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên bình quân đạt 91%.
8. Hạn chế, yếu kém và nguyên nhân
Có 2/18 chỉ tiêu nghị quyết không đạt: tỷ lệ lao động qua đào tạo (đạt 61%/65%) và số xã đạt chuẩn nông \
thôn mới (3/4 xã). Nguyên nhân chủ quan là Ban Thường vụ Huyện ủy chưa tập trung chỉ đạo quyết liệt công \
tác đào tạo nghề; Ủy ban nhân dân huyện và Đảng ủy xã An Sơn chậm khắc phục các tiêu chí về môi trường, \
giao thông; trách nhiệm trước hết thuộc về tập thể Ban Thường vụ Huyện ủy và đồng chí Phó Chủ tịch Ủy ban \
nhân dân huyện phụ trách lĩnh vực.
9. Bài học kinh nghiệm
Một là, giữ vững đoàn kết, thống nhất trong Đảng bộ, nhất là trong Ban Thường vụ Huyện ủy.
Hai là, bám sát đặc thù huyện đảo để cụ thể hóa chủ trương của cấp trên.
Ba là, phát huy vai trò của ngư dân và cộng đồng dân cư trong giữ gìn an ninh, chủ quyền trên biển.
Bốn là, tập trung nguồn lực cho hạ tầng thiết yếu, làm nền tảng cho phát triển du lịch, dịch vụ.
PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030
1. Dự báo tình hình
Cả nước bước vào giai đoạn phát triển mới; tỉnh triển khai Quy hoạch tỉnh, thành phố Phú Quốc phát triển \
nhanh tạo sức lan tỏa cho du lịch biển, đảo trong vùng. Tuy vậy, biến đổi khí hậu, nguồn lợi thủy sản suy \
giảm và yêu cầu gỡ "thẻ vàng" IUU đặt ra nhiều thách thức cho huyện.
2. Mục tiêu cụ thể
Hệ thống gồm 18 chỉ tiêu chủ yếu, chia thành 4 nhóm: kinh tế (6 chỉ tiêu), văn hóa - xã hội (6 chỉ tiêu), \
môi trường (3 chỉ tiêu), xây dựng Đảng và hệ thống chính trị (3 chỉ tiêu); trong đó tốc độ tăng trưởng \
giá trị sản xuất bình quân 8,5%/năm, thu nhập bình quân đầu người năm 2030 đạt 130 triệu đồng.
3. Ba khâu đột phá
Một là, hoàn thiện hạ tầng cấp nước ngọt và cảng cá trên các xã đảo. Hai là, phát triển du lịch cộng đồng \
Nam Du, Hòn Sơn thành sản phẩm chủ lực. Ba là, cải cách hành chính, chuyển đổi số trong quản lý tàu cá.
PHẦN THỨ BA
TỔ CHỨC THỰC HIỆN
Ngay sau đại hội, Ban Chấp hành Đảng bộ huyện khóa XII xây dựng chương trình hành động thực hiện nghị \
quyết, phân công rõ người, rõ việc, rõ thời gian.
"""

AN_MINH = """\
ĐẢNG BỘ TỈNH KIÊN GIANG
HUYỆN ỦY AN MINH
DỰ THẢO
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa XI trình Đại hội đại biểu Đảng bộ huyện An Minh lần thứ XII, nhiệm \
kỳ 2025 - 2030
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 6,9%/năm. Sản xuất nông nghiệp, thủy sản tiếp tục giữ \
vai trò chủ lực của nền kinh tế huyện; nhiều hợp tác xã được thành lập mới, hoạt động có hiệu quả.
Diện tích sản xuất tôm - lúa ổn định khoảng 36.500 ha; nhiều hộ áp dụng nuôi tôm kết hợp cua, cá trên \
ruộng lúa. Mùa khô năm 2024, huyện chủ động điều tiết nước trong các tiểu vùng, hạn chế thiệt hại do xâm \
nhập mặn gây ra.
2. Về xây dựng nông thôn mới
Đến nay có 8/10 xã đạt chuẩn nông thôn mới, trong đó 2 xã đạt chuẩn nông thôn mới nâng cao; chưa có xã \
đạt chuẩn nông thôn mới kiểu mẫu. Hệ thống giao thông nông thôn được bê tông hóa đến trung tâm các ấp.
3. Về văn hóa - xã hội
Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 5,6% năm 2022 xuống còn 2,1% năm 2025. Công tác chăm \
sóc sức khỏe Nhân dân có nhiều tiến bộ; các chính sách an sinh xã hội được thực hiện đầy đủ.
4. Về quản lý, bảo vệ rừng
Công tác phòng cháy, chữa cháy rừng được duy trì thường xuyên trong mùa khô, không để xảy ra cháy lớn.
5. Về xây dựng Đảng
Trong nhiệm kỳ, toàn Đảng bộ kết nạp 312 đảng viên mới; công tác kiểm tra, giám sát được tăng cường.
II. HẠN CHẾ, YẾU KÉM
Một số chỉ tiêu chưa đạt như thu ngân sách nhà nước trên địa bàn, tỷ lệ lao động qua đào tạo. Nguyên \
nhân chủ yếu do thời tiết diễn biến bất thường, giá tôm giảm sâu trong các năm 2023 - 2024, dịch bệnh \
trên tôm nuôi và nguồn vốn đầu tư còn hạn chế.
III. BÀI HỌC KINH NGHIỆM
Một là, phải giữ vững đoàn kết nội bộ, phát huy sức mạnh của cả hệ thống chính trị.
Hai là, phải dựa vào dân, lấy lợi ích của Nhân dân làm mục tiêu phấn đấu.
PHẦN THỨ HAI
MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030
I. MỤC TIÊU TỔNG QUÁT
Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững dựa \
trên thế mạnh tôm - lúa; nâng cao đời sống Nhân dân; giữ vững quốc phòng, an ninh.
II. CÁC CHỈ TIÊU CHỦ YẾU
Phấn đấu đạt 21 chỉ tiêu chủ yếu sau: (1) tốc độ tăng trưởng giá trị sản xuất bình quân 7,5%/năm; (2) thu \
nhập bình quân đầu người năm 2030 đạt 95 triệu đồng; (3) thu ngân sách nhà nước trên địa bàn tăng bình \
quân 8%/năm; (4) tổng vốn đầu tư toàn xã hội 5 năm đạt 9.000 tỷ đồng; (5) diện tích tôm - lúa ổn định \
37.000 ha; (6) sản lượng thủy sản năm 2030 đạt 95.000 tấn; (7) tỷ lệ đô thị hóa đạt 18%; (8) tỷ lệ hộ \
nghèo giảm bình quân 0,5%/năm; (9) tỷ lệ lao động qua đào tạo đạt 70%; (10) tỷ lệ dân số tham gia bảo \
hiểm y tế đạt 95%; (11) tỷ lệ trường đạt chuẩn quốc gia đạt 70%; (12) 100% xã đạt chuẩn nông thôn mới; \
(13) có 5 xã đạt chuẩn nông thôn mới nâng cao; (14) có 1 xã đạt chuẩn nông thôn mới kiểu mẫu; (15) tỷ lệ \
hộ dân sử dụng nước sạch đạt 85%; (16) tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 90%; (17) \
tỷ lệ che phủ rừng và cây phân tán đạt 9%; (18) kết nạp 350 đảng viên mới; (19) tỷ lệ tổ chức cơ sở đảng \
hoàn thành tốt nhiệm vụ trở lên đạt 90%; (20) 100% ấp, khu phố có chi bộ riêng; (21) 100% xã đạt chuẩn \
tiếp cận pháp luật.
III. KHÂU ĐỘT PHÁ
Nhiệm kỳ 2025 - 2030, Đảng bộ huyện xác định 3 khâu đột phá: (1) nâng cao hiệu quả sản xuất tôm - lúa gắn \
với liên kết tiêu thụ sản phẩm; (2) đầu tư hạ tầng giao thông kết nối các xã ven biển; (3) đẩy mạnh cải \
cách hành chính, chuyển đổi số.
IV. NHIỆM VỤ, GIẢI PHÁP
Tiếp tục cơ cấu lại ngành nông nghiệp theo hướng nâng cao giá trị; mở rộng vùng nuôi tôm sinh thái, tôm \
- lúa đạt chứng nhận; thu hút doanh nghiệp đầu tư chế biến thủy sản. Phát triển thương mại, dịch vụ tại \
thị trấn Thứ Mười Một và các trung tâm xã. Nâng cao chất lượng giáo dục, y tế; thực hiện tốt chính sách \
an sinh xã hội. Xây dựng tổ chức cơ sở đảng vững mạnh, nâng cao chất lượng sinh hoạt chi bộ, đẩy mạnh \
công tác phát triển đảng viên ở các ấp vùng sâu.
"""

GIANG_THANH = """\
ĐẢNG BỘ TỈNH KIÊN GIANG
HUYỆN ỦY GIANG THÀNH
Dự thảo lần 2
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa III trình Đại hội đại biểu Đảng bộ huyện Giang Thành lần thứ IV, \
nhiệm kỳ 2025 - 2030
Phương châm hành động của Đại hội: Đoàn kết - Kỷ cương - Giữ vững biên cương - Khơi dậy tiềm năng - \
Đưa Giang Thành phát triển nhanh, bền vững.
ĐÔI NÉT VỀ CHẶNG ĐƯỜNG 2020 - 2025
Năm năm qua là chặng đường không bằng phẳng: dịch Covid-19 bùng phát ngay từ đầu nhiệm kỳ buộc huyện \
vừa chống dịch, vừa giữ chặt từng đoạn biên giới; giá vật tư nông nghiệp leo thang; mùa khô nhiều năm \
thiếu nước ngọt. Điểm tựa của huyện là sự đồng lòng của Nhân dân các dân tộc Kinh, Khơ-me, Hoa và sự \
quan tâm đầu tư của tỉnh cho vùng biên.
A. NHÌN LẠI NĂM NĂM THỰC HIỆN NGHỊ QUYẾT
1. Làm ra của cải
Quy mô kinh tế năm 2025 gấp 1,49 lần năm 2020; bình quân mỗi năm giá trị sản xuất tăng 8,3%. Mỗi người \
dân làm ra bình quân 68 triệu đồng trong năm 2025. Nguồn thu nộp vào ngân sách nhà nước trên địa bàn cả \
nhiệm kỳ đạt 236 tỷ đồng. Nông nghiệp vẫn chiếm hơn một nửa giá trị sản xuất, nhưng thương mại qua cửa \
khẩu đã tăng gấp đôi.
2. Làng quê đổi mới
Bốn trong năm xã đã cán đích đủ 19 tiêu chí nông thôn mới; xã Phú Mỹ vươn lên mức nâng cao; chưa có xã \
nào đạt mức kiểu mẫu.
3. Thoát nghèo
Hộ thuộc diện nghèo đa chiều giảm từ 8,7% năm 2022 còn 3,2% năm 2025. Riêng bà con Khơ-me sinh sống ở \
các xã sát đường biên, tỷ lệ hộ nghèo giảm từ 14,1% xuống 5,6% nhờ hỗ trợ đất sản xuất, nhà ở, nước sinh \
hoạt và dạy nghề tại chỗ.
4. Giữ đường biên, cột mốc
Huyện phối hợp với chính quyền các huyện giáp biên của tỉnh Kampot tuần tra song phương định kỳ; mọi cột \
mốc trên địa bàn được giữ nguyên trạng, không để xảy ra xâm canh, xâm cư. Các đồn, trạm của lực lượng \
quân hàm xanh làm nòng cốt trong xây dựng nền biên phòng toàn dân, vận động Nhân dân tham gia mô hình \
"tổ tự quản đường biên, cột mốc". Quan hệ kết nghĩa với các xã bên kia biên giới được vun đắp qua các \
hoạt động giao lưu, khám chữa bệnh miễn phí.
5. Chặn hàng lậu
Lực lượng chức năng chặn đứng các đường dây đưa đường cát, thuốc lá điếu ngoại và hàng cấm qua đường \
mòn, lối mở; phát hiện, xử lý 163 vụ, tịch thu hàng hóa trị giá 7,4 tỷ đồng; huyện phối hợp với thành \
phố Hà Tiên hoàn thiện hạ tầng Khu kinh tế cửa khẩu.
6. Bình yên thôn ấp
Triệt phá 9 điểm, tụ điểm mua bán, sử dụng chất gây nghiện; tội phạm hình sự giảm 21%; không để xảy ra \
điểm nóng về an ninh, trật tự.
7. Sức mạnh của Đảng
Kết nạp 228 người vào Đảng; 92% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên mỗi năm.
8. Thẳng thắn nhìn nhận
Hai trong mười tám mục tiêu chưa cán đích: tỷ lệ lao động qua đào tạo (55%/60%) và tỷ lệ hộ dùng nước \
sạch (71%/80%). Trước hết là do chính chúng ta: chỉ đạo chưa sát, phân bổ vốn còn dàn trải, kiểm tra \
chưa thường xuyên. Trách nhiệm thuộc về tập thể Ban Thường vụ Huyện ủy, mà trước hết là đồng chí Bí thư \
Huyện ủy và đồng chí Chủ tịch Ủy ban nhân dân huyện.
9. Năm điều rút ra
Một là, biên giới có vững thì làng ấp mới yên. Hai là, lòng dân là phên giậu vững chắc nhất. Ba là, việc \
gì có lợi cho dân thì làm đến nơi đến chốn. Bốn là, cán bộ phải gần dân, nói đi đôi với làm. Năm là, \
đoàn kết trong Đảng bộ là cội nguồn sức mạnh.
B. CHẶNG ĐƯỜNG 2025 - 2030
1. Nhìn về phía trước
Đất nước bước vào thời kỳ phát triển mới; tỉnh triển khai Quy hoạch tỉnh với hành lang kinh tế ven biển \
Hà Tiên - Rạch Giá; cửa khẩu Giang Thành được nâng cấp sẽ mở ra cơ hội giao thương. Khó khăn vẫn là hạ \
tầng vùng biên, nguồn nước ngọt và những thủ đoạn buôn lậu ngày càng tinh vi.
2. Mười tám con số phải đạt, xếp thành bốn khối
Khối kinh tế có 6 con số, đứng đầu là giá trị sản xuất tăng bình quân 8,5% mỗi năm; khối xã hội 6 con số; \
khối môi trường 3 con số; khối Đảng và hệ thống chính trị 3 con số.
3. Hai mũi nhọn
Thứ nhất, hạ tầng giao thương qua cửa khẩu và đường tuần tra biên giới. Thứ hai, nước ngọt cho sản xuất \
và sinh hoạt ở các xã sát đường biên.
C. BẮT TAY VÀO VIỆC
Ngay khi đại hội bế mạc, Huyện ủy khóa mới ban hành kế hoạch hành động, giao việc đến từng ban, ngành và \
từng xã, có mốc thời gian và người chịu trách nhiệm cụ thể.
"""
