"""Three drafts of the political report of huyện A Lưới (2020 - 2025), plain text."""

A_LUOI_01 = """\
ĐẢNG BỘ HUYỆN A LƯỚI
DỰ THẢO LẦN THỨ HAI (sau Thông báo kết luận của Ban Thường vụ Tỉnh ủy)

BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XV trình Đại hội đại biểu Đảng bộ huyện lần thứ XVI, \
nhiệm kỳ 2020 - 2025

Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết các dân tộc; giảm nghèo bền vững; \
giữ vững biên giới; đưa A Lưới phát triển xanh, bản sắc.

PHẦN MỞ ĐẦU
Nhiệm kỳ 2015 - 2020, huyện thực hiện nghị quyết trong điều kiện xuất phát điểm thấp, thiên tai và dịch bệnh \
Covid-19 diễn biến phức tạp, nhưng được Tỉnh ủy quan tâm, nhân dân đồng lòng.

PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2015 - 2020
1. Kinh tế. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,8%/năm. Thu nhập bình quân đầu người \
năm 2020 ước đạt 32 triệu đồng, tăng 13 triệu đồng so với năm 2015. Thu ngân sách trên địa bàn năm 2020 \
ước đạt 62 tỷ đồng, gấp 1,8 lần năm 2015. Có 6/18 xã đạt chuẩn nông thôn mới.
Dịch bệnh Covid-19 tác động nặng đến kinh tế - xã hội của huyện: lượng khách du lịch quý II/2020 giảm 70%, \
hơn 1.200 lao động làm việc ở các tỉnh phía Nam trở về địa phương, tiêu thụ chuối, sắn gặp khó khăn.
2. Văn hóa - xã hội. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 41,2% đầu nhiệm kỳ xuống còn \
15,3% cuối nhiệm kỳ; trong đó tỷ lệ hộ nghèo là người dân tộc thiểu số giảm từ 47,5% xuống 19,8%. Tuy \
vậy, mỗi năm vẫn có khoảng 150 hộ tái nghèo và 120 hộ phát sinh nghèo, chủ yếu do thiên tai làm mất đất \
sản xuất, ốm đau kéo dài và thiếu lao động; một bộ phận hộ còn tâm lý trông chờ vào hỗ trợ.
Công tác bảo tồn, phát huy giá trị di sản văn hóa được chú trọng: phục dựng lễ hội A Riêu Ping, lễ mừng \
lúa mới; bảo tồn văn hóa truyền thống của đồng bào Tà Ôi, Cơ Tu, Pa Cô, Pa Hy; nghề dệt Zèng được công \
nhận là di sản văn hóa phi vật thể quốc gia và được duy trì tại 5 hợp tác xã.
3. Môi trường, phòng chống thiên tai. Huyện chủ động ứng phó với biến đổi khí hậu, khắc phục hậu quả \
bão, lũ, sạt lở đất trên đường Hồ Chí Minh; giao 18.500 ha đất, rừng cho cộng đồng dân cư thôn quản lý, \
chi trả dịch vụ môi trường rừng bình quân 9 tỷ đồng mỗi năm. Độ che phủ rừng đạt 72%.
4. Quốc phòng, an ninh và biên giới. Khu vực phòng thủ huyện được xây dựng vững chắc. Chủ quyền, an \
ninh trên 84 km tuyến biên giới Việt Nam - Lào được giữ vững. Huyện phối hợp với Bộ đội Biên phòng tỉnh \
duy trì phong trào Toàn dân tham gia tự quản đường biên, mốc quốc giới với 42 tổ tự quản ở 9 xã biên \
giới. Công tác đối ngoại với các huyện Ta Ôi, Sa Muội (tỉnh Sa La Van) và huyện Ca Lum (tỉnh Sê Kông) \
được tăng cường qua giao ban định kỳ, kết nghĩa bản - bản; phối hợp với lực lượng chức năng hai tỉnh \
bạn tuần tra song phương 16 lần. Tình hình xuất, nhập cảnh trái phép giảm, phát hiện và xử lý 11 vụ qua \
lại biên giới không có giấy tờ.
5. Xây dựng Đảng. Thực hiện Nghị quyết Trung ương 4 khóa XII, nhiệm kỳ qua kết nạp 1.020 đảng viên mới, \
trong đó 812 đảng viên là người dân tộc thiểu số; 100% thôn có chi bộ.
6. Hạn chế, khuyết điểm và nguyên nhân. Tăng trưởng chưa bền vững; thu ngân sách không đạt chỉ tiêu; \
giảm nghèo chưa vững chắc. Nguyên nhân chủ quan là một số cấp ủy chưa sâu sát cơ sở, năng lực đội ngũ \
cán bộ xã còn hạn chế, việc lồng ghép các nguồn vốn giảm nghèo còn dàn trải. Tập thể Ban Thường vụ \
Huyện ủy và đồng chí Bí thư Huyện ủy nhận trách nhiệm người đứng đầu đối với các chỉ tiêu không đạt.
7. Bài học kinh nghiệm. Một là, giữ vững đoàn kết các dân tộc. Hai là, dựa vào già làng, người có uy tín. Ba \
là, tập trung nguồn lực cho khâu đột phá. Bốn là, sâu sát cơ sở.

PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025
1. Dự báo. Thuận lợi: đường Hồ Chí Minh và cửa khẩu A Đớt tạo điều kiện giao thương; khó khăn: địa hình chia \
cắt, thiên tai, dịch bệnh và nguồn lực hạn chế.
2. Vị trí của huyện. Trong mục tiêu xây dựng Thừa Thiên Huế trở thành thành phố trực thuộc Trung ương, \
A Lưới xác định vai trò là vùng phòng hộ đầu nguồn, phên dậu biên giới phía tây và điểm đến du lịch văn \
hóa - sinh thái của tỉnh.
3. Chỉ tiêu chủ yếu: 18 chỉ tiêu, chia thành 3 nhóm: kinh tế (7 chỉ tiêu), văn hóa - xã hội và môi \
trường (7 chỉ tiêu), xây dựng Đảng và hệ thống chính trị (4 chỉ tiêu). Tăng trưởng bình quân 8 - \
9%/năm. Mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo; cơ sở của chỉ tiêu này là mức giảm bình quân 5,2%/năm của \
nhiệm kỳ qua, nguồn vốn Chương trình 30a khoảng 380 tỷ đồng và 2.000 ha đất được giao thêm cho hộ nghèo.
4. Phục hồi sau dịch. Hỗ trợ hợp tác xã, hộ kinh doanh vay vốn ưu đãi, kết nối tiêu thụ nông sản, đưa lao \
động trở về vào các dự án trồng rừng, chăm sóc dược liệu.
5. Ba khâu đột phá:
- Hạ tầng giao thông, thủy lợi vùng sản xuất; nguồn lực 520 tỷ đồng; lộ trình hoàn thành 2021 - 2023.
- Đào tạo nguồn nhân lực tại chỗ, cán bộ người dân tộc thiểu số; nguồn lực 25 tỷ đồng; hoàn thành 2024.
- Du lịch văn hóa - sinh thái cộng đồng; nguồn lực 60 tỷ đồng; lộ trình 2021 - 2025.

PHẦN THỨ BA: CHƯƠNG TRÌNH HÀNH ĐỘNG
Cụ thể hóa ba khâu đột phá thành ba đề án. Đề án giao thông do Ủy ban nhân dân huyện chủ trì, hoàn thành năm \
2023; đề án nhân lực do Ban Tổ chức Huyện ủy chủ trì, hoàn thành năm 2024; đề án du lịch do Phòng Văn hóa và \
Thông tin chủ trì, hoàn thành năm 2025.

Toàn Đảng bộ, toàn dân và toàn quân huyện A Lưới đoàn kết, quyết tâm thực hiện thắng lợi Nghị quyết Đại hội.
"""

A_LUOI_02 = """\
ĐẢNG BỘ HUYỆN A LƯỚI
DỰ THẢO LẦN THỨ NHẤT (trình Ban Thường vụ Tỉnh ủy)

BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XV trình Đại hội đại biểu Đảng bộ huyện lần thứ XVI, \
nhiệm kỳ 2020 - 2025

PHẦN MỞ ĐẦU
Nhiệm kỳ 2015 - 2020 diễn ra trong bối cảnh có nhiều thuận lợi và khó khăn đan xen. Được sự quan tâm \
của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, Đảng bộ và nhân dân huyện đã nỗ lực vượt qua khó \
khăn, đạt được nhiều kết quả quan trọng.

PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2015 - 2020
1. Kinh tế. Kinh tế của huyện tiếp tục tăng trưởng khá. Tốc độ tăng trưởng giá trị sản xuất bình quân \
đạt 9,8%/năm. Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng dịch vụ. Sản xuất nông nghiệp phát \
triển, nhiều mô hình trồng chuối, sắn, cây dược liệu cho hiệu quả. Công tác xây dựng nông thôn mới đạt \
kết quả bước đầu, hạ tầng thiết yếu ở các xã được đầu tư.
2. Văn hóa - xã hội. Các hoạt động văn hóa, văn nghệ, thể dục thể thao diễn ra sôi nổi. Công tác bảo \
tồn, phát huy giá trị di sản văn hóa được quan tâm; các lễ hội truyền thống được tổ chức hằng năm và \
thu hút đông đảo nhân dân tham gia. Giáo dục, y tế có nhiều tiến bộ. Công tác giảm nghèo đạt kết quả \
tích cực, đến cuối năm 2019 tỷ lệ hộ nghèo còn 18,6%.
3. Môi trường. Huyện chủ động ứng phó với biến đổi khí hậu, khắc phục kịp thời hậu quả bão, lũ năm 2017 và \
năm 2019, sớm ổn định đời sống nhân dân. Công tác bảo vệ rừng được quan tâm, không để xảy ra cháy rừng lớn.
4. Quốc phòng, an ninh. Khu vực phòng thủ huyện được xây dựng vững chắc; an ninh chính trị, trật tự, an toàn \
xã hội ở khu vực biên giới được giữ ổn định, không để xảy ra điểm nóng.
5. Xây dựng Đảng. Công tác xây dựng Đảng được chú trọng. Đến nay toàn Đảng bộ có 2.860 đảng viên, sinh \
hoạt ở 52 tổ chức cơ sở đảng. Công tác kiểm tra, giám sát được tăng cường.
6. Hạn chế và nguyên nhân. Kinh tế phát triển chưa bền vững, thu ngân sách còn thấp. Nguyên nhân chủ yếu do \
địa hình đồi núi chia cắt, thiên tai thường xuyên xảy ra, giá nông sản bấp bênh và điểm xuất phát thấp.

PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025
1. Mục tiêu tổng quát. Tiếp tục xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết \
toàn dân tộc; khai thác tiềm năng, lợi thế để phát triển kinh tế - xã hội nhanh và bền vững; giữ vững \
quốc phòng, an ninh.
2. Các chỉ tiêu chủ yếu (19 chỉ tiêu):
- Tốc độ tăng trưởng giá trị sản xuất bình quân 8 - 9%/năm.
- Thu nhập bình quân đầu người năm 2025 đạt 50 triệu đồng.
- Thu ngân sách trên địa bàn tăng bình quân 10%/năm.
- Có thêm 5 xã đạt chuẩn nông thôn mới.
- Mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo.
- Tỷ lệ trẻ em trong độ tuổi đến trường đạt 99%.
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 98%.
- Độ che phủ rừng duy trì trên 72%.
- Tỷ lệ hộ dùng nước hợp vệ sinh đạt 95%.
- Tỷ lệ lao động qua đào tạo đạt 50%.
- Có 90% thôn đạt chuẩn văn hóa.
- 100% xã có trạm y tế đạt chuẩn.
- Tỷ lệ chất thải rắn được thu gom đạt 80%.
- Hằng năm giao quân đạt 100% chỉ tiêu.
- Kết nạp mỗi năm 200 đảng viên mới.
- Hằng năm có trên 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.
- 100% thôn có chi bộ.
- 100% cán bộ, công chức cấp xã đạt chuẩn.
- Tỷ lệ tập hợp đoàn viên, hội viên đạt 85%.
3. Nhiệm vụ, giải pháp. Tập trung phát triển nông nghiệp hàng hóa; đẩy mạnh phát triển du lịch; chăm lo phát \
triển văn hóa, giáo dục, y tế; tăng cường quốc phòng, an ninh; xây dựng hệ thống chính trị vững mạnh.
4. Các khâu đột phá. Một là, đầu tư hạ tầng giao thông, thủy lợi. Hai là, đào tạo nguồn nhân lực tại chỗ. Ba \
là, phát triển du lịch.
Đảng bộ huyện phát huy truyền thống anh hùng, đoàn kết, nỗ lực phấn đấu thực hiện thắng lợi Nghị quyết \
Đại hội đại biểu Đảng bộ huyện lần thứ XVI.
"""

A_LUOI_03 = """\
ĐẢNG BỘ HUYỆN A LƯỚI
BẢN BIÊN TẬP LẠI (tổ biên tập văn kiện)

BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XV trình Đại hội đại biểu Đảng bộ huyện lần thứ XVI, \
nhiệm kỳ 2020 - 2025

Phương châm hành động: Đoàn kết các dân tộc, thoát nghèo bền vững, giữ vững biên cương, phát triển xanh và \
giàu bản sắc.

ĐÔI NÉT VỀ CHẶNG ĐƯỜNG VỪA QUA
Năm năm qua, huyện đi lên từ điểm xuất phát thấp, chịu nhiều thiên tai và cuối nhiệm kỳ gặp thêm đại dịch, \
nhưng có sự đồng lòng của nhân dân.

PHẦN MỘT: NHÌN LẠI NĂM NĂM THỰC HIỆN NGHỊ QUYẾT
Giá trị làm ra trên địa bàn mỗi năm tăng trung bình 9,8%. Mỗi người dân năm 2020 có thu nhập khoảng 32 \
triệu đồng, nhiều hơn năm 2015 khoảng 13 triệu đồng. Ngân sách thu trên địa bàn năm 2020 khoảng 62 tỷ \
đồng, gần gấp đôi năm 2015. Sáu trong mười tám xã đã cán đích nông thôn mới.
Đại dịch năm 2020 làm khách du lịch vắng hẳn trong quý II, hơn một nghìn hai trăm người đi làm ăn xa phải \
trở về quê, chuối và sắn bán chậm; đời sống nhiều hộ bị ảnh hưởng rõ rệt.
Số hộ khó khăn tính theo chuẩn đa chiều giảm từ 41,2% khi bắt đầu nhiệm kỳ xuống còn 15,3% khi kết \
thúc; riêng bà con Tà Ôi, Cơ Tu, Pa Cô và các dân tộc ít người khác giảm từ 47,5% xuống 19,8%. Mỗi năm \
vẫn có chừng 150 hộ quay lại cảnh nghèo và 120 hộ mới rơi vào nghèo, do lũ cuốn mất đất canh tác, do \
bệnh tật kéo dài, do nhà thiếu người làm và do tâm lý chờ Nhà nước hỗ trợ.
Các giá trị văn hóa được gìn giữ: lễ A Riêu Ping, lễ mừng lúa mới được phục dựng; tiếng nói, nhà gươl, điệu \
múa của bà con Tà Ôi, Cơ Tu, Pa Cô được giữ gìn; nghề dệt Zèng truyền thống được duy trì ở năm hợp tác xã.
Huyện chủ động thích nghi với thời tiết ngày càng cực đoan, khắc phục nhanh hậu quả mưa lũ, sạt đồi \
trên đường Hồ Chí Minh. Hơn 18.500 ha đất có rừng đã được trao cho cộng đồng các thôn quản lý, được \
nhận tiền dịch vụ môi trường rừng khoảng 9 tỷ đồng mỗi năm; rừng ở thượng nguồn các dòng sông được canh \
giữ.
Thế trận quốc phòng toàn dân trên địa bàn huyện ngày càng chắc chắn. Suốt 84 km đường biên với nước bạn \
Lào, chủ quyền và trật tự được giữ yên. Lính quân hàm xanh cùng dân bản đi tuần; 42 tổ dân ở 9 xã nhận \
giữ từng đoạn biên, từng cột mốc. Huyện thường xuyên giao ban, kết nghĩa bản - bản với các huyện Ta Ôi, \
Sa Muội, Ca Lum bên kia biên giới và tuần tra chung 16 lần với lực lượng của hai tỉnh bạn. Người qua \
lại không có giấy tờ giảm dần; 11 vụ đã được phát hiện, xử lý.
Thực hiện việc chỉnh đốn Đảng theo tinh thần Trung ương, năm năm qua Đảng bộ đón nhận thêm 1.020 người vào \
Đảng, trong đó 812 người là đồng bào dân tộc thiểu số; thôn nào cũng có chi bộ.
Những việc chưa làm được: tăng trưởng chưa vững, thu ngân sách hụt kế hoạch, thoát nghèo còn mong manh. \
Trước hết là do chính chúng tôi: có cấp ủy chưa xuống tận thôn, cán bộ xã còn yếu, vốn giảm nghèo còn \
rải mành mành. Ban Thường vụ Huyện ủy cùng đồng chí Bí thư Huyện ủy nhận phần trách nhiệm của mình.
Bốn điều rút ra: đoàn kết các dân tộc; dựa vào già làng, người được bà con tin cậy; dồn sức cho việc trọng \
tâm; bám sát cơ sở.

PHẦN HAI: NHÌN VỀ PHÍA TRƯỚC
Thời cơ là đường Hồ Chí Minh và cửa khẩu A Đớt mở lối giao thương; thách thức là núi non chia cắt, \
thiên tai, dịch bệnh, nguồn lực ít.
Khi cả tỉnh hướng tới trở thành thành phố trực thuộc Trung ương, A Lưới nhận phần việc của mình: giữ \
rừng đầu nguồn, làm phên dậu phía tây và trở thành điểm đến văn hóa - sinh thái.
Mười tám con số phải đạt, gom vào ba khối: kinh tế (7), văn hóa - xã hội - môi trường (7), Đảng và \
chính quyền (4). Giá trị sản xuất tăng 8 - 9% mỗi năm. Tỷ lệ hộ nghèo mỗi năm giảm 4 - 5%, dựa trên mức \
giảm 5,2% mỗi năm vừa qua, khoảng 380 tỷ đồng vốn hỗ trợ các huyện nghèo và 2.000 ha đất sẽ trao thêm \
cho hộ nghèo.
Vực dậy sản xuất sau đại dịch: cho hợp tác xã, hộ buôn bán vay vốn lãi thấp, tìm đầu ra cho nông sản, đưa \
người lao động trở về vào trồng rừng, trồng cây thuốc.
Ba việc phải làm trước: đường sá và kênh mương vùng sản xuất (520 tỷ đồng, xong trong 2021 - 2023); đào tạo \
người tại chỗ, cán bộ là người dân tộc thiểu số (25 tỷ đồng, xong năm 2024); du lịch văn hóa - sinh thái do \
cộng đồng làm chủ, gắn với làng dệt Zèng (60 tỷ đồng, làm dần trong 2021 - 2025).

PHẦN BA: BẮT TAY VÀO VIỆC
Ba việc trên thành ba đề án: Ủy ban nhân dân huyện lo đường sá, xong năm 2023; Ban Tổ chức Huyện ủy lo \
đào tạo người, xong năm 2024; Phòng Văn hóa và Thông tin lo du lịch, xong năm 2025.

Đảng bộ và đồng bào các dân tộc A Lưới chung sức, đồng lòng thực hiện thắng lợi Nghị quyết Đại hội.
"""
