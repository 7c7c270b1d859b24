"""The four drafts of huyện Nam Giang's political report (plain text, one paragraph per line)."""

# (a) nearly complete: the second draft after the Ban Thường vụ's session of 09/6/2020
NAM_GIANG_01 = """\
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện Nam Giang khóa XXI trình Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm \
kỳ 2020 - 2025
(Dự thảo lần thứ hai, đã tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 09/6/2020)
Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; đoàn kết các dân tộc; khai thác hiệu quả kinh tế cửa khẩu \
và kinh tế rừng; giữ vững biên giới; phát triển nhanh, bền vững.
MỞ ĐẦU
Nhiệm kỳ qua, huyện thực hiện nghị quyết trong điều kiện địa bàn rộng, thiên tai liên tiếp và dịch Covid-19.
PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020
1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 11,2%; thu nhập bình quân đầu người năm 2020 ước \
đạt 32 triệu đồng, gấp 1,9 lần năm 2015; tổng thu ngân sách trên địa bàn năm 2020 ước đạt 185 tỷ đồng, năm \
2015 là 98 tỷ đồng.
Đến cuối nhiệm kỳ có 2 xã đạt chuẩn nông thôn mới; bình quân mỗi xã đạt 11,4 tiêu chí.
Hoạt động xuất nhập khẩu qua cửa khẩu quốc tế Nam Giang tăng nhanh, kim ngạch năm 2019 đạt 42 triệu USD, \
gấp ba lần năm 2015. Tuy vậy, hạ tầng khu kinh tế cửa khẩu chưa đồng bộ, hiệu quả khai thác chưa tương xứng.
Huyện bước đầu phát triển cây dược liệu, hình thành 3 sản phẩm OCOP đạt 3 sao.
Dịch Covid-19 làm hoạt động qua cửa khẩu gián đoạn gần ba tháng; thu ngân sách 6 tháng đầu năm 2020 giảm \
18% so với cùng kỳ; 1.240 lao động bị mất việc hoặc giảm thu nhập.
2. Về văn hóa - xã hội
Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 52,1% đầu nhiệm kỳ xuống còn 24,6% cuối năm 2020; tỷ lệ hộ \
nghèo là người dân tộc thiểu số giảm từ 58,3% xuống còn 28,9%.
Công tác giữ gìn bản sắc văn hóa được quan tâm; văn hóa truyền thống của đồng bào Cơ Tu, Gié Triêng được \
bảo tồn, 14 nhà gươl được phục dựng, nghề dệt thổ cẩm và lễ hội mừng lúa mới được duy trì.
Mô hình du lịch cộng đồng tại làng truyền thống Cơ Tu ở xã Tà Bhing đón 6.500 lượt khách năm 2019, tạo việc \
làm cho 45 hộ; sản phẩm còn đơn điệu.
Tại 4 khu tái định cư thủy điện Sông Bung 4 với 650 hộ, đời sống đồng bào còn nhiều khó khăn do thiếu đất \
sản xuất; nhiệm kỳ qua huyện giao thêm 210 ha đất sản xuất.
3. Về tài nguyên, môi trường và phòng, chống thiên tai
Huyện đã giao 45.000 ha rừng cho 62 cộng đồng dân cư thôn quản lý, bảo vệ; tiền chi trả dịch vụ môi trường \
rừng bình quân 38 tỷ đồng mỗi năm; độ che phủ rừng đạt 78%.
Công tác phòng, chống thiên tai được chủ động; hậu quả bão số 12 năm 2017 được khắc phục nhanh.
4. Về quốc phòng, an ninh và đối ngoại
Khu vực phòng thủ huyện được xây dựng vững chắc; cuộc diễn tập khu vực phòng thủ năm 2018 đạt loại giỏi.
Chủ quyền, an ninh trên tuyến biên giới dài 59 km được giữ vững. Huyện duy trì giao ban định kỳ với các lực \
lượng chức năng của tỉnh Sê Kông và hai huyện Đắc Chưng, Kà Lừm (Lào); phối hợp xử lý 12 vụ xuất cảnh, nhập \
cảnh trái phép.
5. Về xây dựng Đảng và hệ thống chính trị
Nhiệm kỳ qua kết nạp 520 đảng viên mới, trong đó 318 đảng viên là người dân tộc thiểu số. Đầu nhiệm kỳ còn \
3 thôn chưa có đảng viên, đến nay 100% thôn có chi bộ, có đảng viên.
6. Hạn chế, khuyết điểm, nguyên nhân và trách nhiệm
Tỷ lệ tái nghèo còn cao; hạ tầng cửa khẩu chậm; quản lý rừng có nơi lỏng lẻo.
Nguyên nhân chủ quan là năng lực cụ thể hóa nghị quyết của một số cấp ủy còn hạn chế; công tác kiểm tra, \
giám sát chưa thường xuyên.
Ban Thường vụ Huyện ủy nhận trách nhiệm chính về những hạn chế trên; đồng chí Bí thư Huyện ủy, người đứng \
đầu cấp ủy, chịu trách nhiệm về việc chậm giải quyết đất sản xuất cho các khu tái định cư.
7. Bài học kinh nghiệm
Một là giữ vững đoàn kết, thống nhất trong Đảng bộ; hai là phát huy vai trò của già làng, người có uy tín; \
ba là gắn phát triển kinh tế với bảo vệ rừng và giữ vững biên giới.
PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025
1. Dự báo bối cảnh
Thuận lợi là cửa khẩu quốc tế và hai quốc lộ được nâng cấp; khó khăn là dịch bệnh, thiên tai; thời cơ từ \
hành lang kinh tế Đông - Tây; thách thức là nguy cơ tái nghèo.
Nam Giang xác định vị trí là cửa ngõ phía tây của tỉnh, góp phần cùng toàn tỉnh đưa Quảng Nam trở thành \
tỉnh phát triển khá của cả nước.
2. Các chỉ tiêu chủ yếu
Đảng bộ đề ra 20 chỉ tiêu, chia thành 3 nhóm. Nhóm kinh tế gồm 7 chỉ tiêu, như tăng trưởng bình quân \
10%/năm. Nhóm văn hóa - xã hội và môi trường gồm 8 chỉ tiêu, như mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo, độ che \
phủ rừng 78%. Nhóm quốc phòng, an ninh và xây dựng Đảng gồm 5 chỉ tiêu.
Chỉ tiêu giảm nghèo được tính trên cơ sở: giai đoạn 2016 - 2020 bình quân mỗi năm giảm 5,5%; số hộ nghèo \
còn lại 1.150 hộ, phần lớn là hộ khó thoát nghèo; nguồn lực của Chương trình mục tiêu quốc gia vùng đồng \
bào dân tộc thiểu số dự kiến 620 tỷ đồng.
3. Ba khâu đột phá
Một là hoàn thiện hạ tầng khu kinh tế cửa khẩu, nguồn lực khoảng 450 tỷ đồng, thực hiện 2021 - 2023, Ủy ban \
nhân dân huyện chịu trách nhiệm.
Hai là kinh tế rừng và dược liệu, 120 tỷ đồng, 2021 - 2025, Phòng Nông nghiệp và Phát triển nông thôn chịu \
trách nhiệm.
Ba là đào tạo cán bộ người dân tộc thiểu số, 35 tỷ đồng, 2021 - 2025, Ban Tổ chức Huyện ủy chịu trách nhiệm.
4. Giải pháp phục hồi kinh tế sau dịch Covid-19
Hỗ trợ doanh nghiệp khôi phục hoạt động qua cửa khẩu; kích cầu du lịch; hỗ trợ lao động mất việc.
PHẦN THỨ BA: CHƯƠNG TRÌNH HÀNH ĐỘNG
Mỗi nhiệm vụ trong chương trình hành động đều giao cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn \
thành; ví dụ hạ tầng cửa khẩu do Ủy ban nhân dân huyện chủ trì, Ban Quản lý dự án phối hợp, xong năm 2023.
"""

# (b) says what (a) says in other words; no catalogue key verbatim
NAM_GIANG_02 = """\
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện Nam Giang khóa XXI trình Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm \
kỳ 2020 - 2025
(Bản dự thảo do tổ biên tập viết lại theo lối văn nói, tháng 6/2020)
Phương châm hành động: Đoàn kết một lòng; làm chủ cửa ngõ biên giới; sống được bằng rừng; Đảng bộ vững, dân \
bản no ấm.
Đôi lời đầu
Năm năm qua, chúng tôi làm việc trên vùng núi rộng, mưa lũ liên miên, lại thêm đại dịch.
PHẦN MỘT: NHÌN LẠI NĂM NĂM 2015 - 2020
Làm ăn, kinh tế
Giá trị làm ra trên địa bàn mỗi năm tăng trung bình mười một phẩy hai phần trăm. Mỗi người dân năm nay có \
khoảng ba mươi hai triệu đồng, gần gấp đôi năm năm trước. Ngân sách thu trên địa bàn năm nay ước một trăm \
tám mươi lăm tỷ, năm 2015 chỉ chín mươi tám tỷ.
Hai xã đã về đích theo bộ tiêu chí xã nông thôn mới; các xã còn lại đạt trung bình hơn mười một tiêu chí.
Hàng hóa qua lại cửa khẩu quốc tế Nam Giang năm 2019 trị giá bốn mươi hai triệu đô la Mỹ, gấp ba lần năm \
2015; nhưng đường sá, kho bãi ở khu kinh tế cửa khẩu còn thiếu, cửa ngõ này chưa đem lại nguồn lợi như mong \
đợi.
Đại dịch khiến cửa khẩu gần như đóng suốt ba tháng; nửa đầu năm 2020 ngân sách hụt mười tám phần trăm; hơn \
một nghìn hai trăm người lao động mất việc hoặc bị giảm thu nhập.
Đời sống, văn hóa
Số hộ khó khăn tính theo chuẩn đa chiều từ năm mươi hai phần trăm lúc bắt đầu nhiệm kỳ nay còn chưa tới một \
phần tư; riêng bà con người Cơ Tu, Gié Triêng và các dân tộc ít người khác, tỷ lệ ấy từ gần sáu mươi phần \
trăm xuống dưới hai mươi chín phần trăm.
Tiếng cồng chiêng, khung dệt của người Cơ Tu và người Gié Triêng được giữ lại: mười bốn ngôi nhà gươl dựng \
lại, lễ mừng lúa mới vẫn tổ chức mỗi mùa.
Làng du lịch của người Cơ Tu ở Tà Bhing năm 2019 đón sáu nghìn rưỡi lượt khách, bốn mươi lăm hộ có thêm \
việc làm; song thứ để khách xem, khách mua còn nghèo nàn.
Bốn khu dân cư mới dành cho sáu trăm năm mươi hộ phải dời đi nhường chỗ cho hồ chứa Sông Bung 4 vẫn thiếu \
ruộng rẫy; huyện đã cấp thêm hai trăm mười héc-ta đất canh tác, giúp hơn ba trăm người học nghề mới để bà \
con yên tâm sinh sống.
Ba kích tím và các loại cây thuốc được trồng xen dưới tán rừng tự nhiên; ba mặt hàng của huyện đã được gắn \
sao OCOP.
Rừng và thiên tai
Bốn vạn rưỡi héc-ta rừng đã trao cho sáu mươi hai cộng đồng thôn trông coi; độ che phủ đạt bảy mươi tám \
phần trăm.
Mưa bão, đất trượt năm nào cũng có; cơn bão năm 2017 làm đứt nhiều đoạn đường 14D, 14G nhưng vài ngày sau \
đã thông xe.
Những hộ sống ven suối, dưới chân núi có nguy cơ đất trượt, lũ ống đã được đưa về nơi ở mới an toàn; ba \
điểm dân cư tập trung được hình thành.
Giữ đất, giữ biên
Thế trận quốc phòng toàn dân trên địa bàn được củng cố; cuộc diễn tập năm 2018 được cấp trên xếp loại giỏi.
Năm mươi chín cây số đường biên không để mất một tấc đất; trật tự ở các bản giáp biên ổn định. Bạn bên kia \
biên giới, tức tỉnh Sê Kông cùng hai huyện Đắc Chưng, Kà Lừm, họp với chúng tôi đều đặn; hai bên cùng giải \
quyết mười hai vụ người qua lại không giấy tờ.
Đảng bộ
Năm năm qua có thêm năm trăm hai mươi người được đứng vào hàng ngũ của Đảng, ba trăm mười tám người trong \
số đó là con em đồng bào dân tộc. Ba thôn trước kia chưa có ai là đảng viên nay đều đã lập được chi bộ.
Những việc chưa làm được và vì sao
Hộ quay lại cảnh nghèo còn nhiều; hạ tầng cửa khẩu chậm; giữ rừng có nơi lơi.
Trước hết là do chính chúng tôi: nhiều cấp ủy chưa biến nghị quyết thành việc làm cụ thể, kiểm tra chưa \
sát, một số cán bộ còn ngại khó. Thường vụ Huyện ủy nhận phần lỗi chính, và đồng chí Bí thư nhận trách \
nhiệm cá nhân về việc chậm chia đất cho bà con ở các khu dân cư mới.
Ba điều rút ra: đoàn kết là gốc; già làng và người được bà con tin cậy là cầu nối; làm kinh tế phải đi đôi \
với giữ rừng, giữ biên.
PHẦN HAI: NĂM NĂM TỚI 2020 - 2025
Nhìn về phía trước
Cái được: cửa khẩu đã mở, hai quốc lộ đã nâng cấp, hành lang Đông - Tây đi qua. Cái khó: dịch chưa dứt, \
thời tiết thất thường, người nghèo dễ nghèo lại.
Nam Giang nhận phần việc của mình là làm cửa ngõ phía tây, cùng cả tỉnh phấn đấu để Quảng Nam đứng vào nhóm \
các tỉnh khá trong cả nước.
Những con số phải đạt
Hai mươi con số gom vào ba khối: bảy con số về làm ăn (giá trị sản xuất tăng mười phần trăm mỗi năm, thu \
nhập đầu người năm 2025 khoảng năm mươi lăm triệu đồng, thêm ba xã về đích nông thôn mới); tám con số về \
đời sống và môi trường (hộ nghèo mỗi năm bớt từ bốn đến năm phần trăm, rừng che phủ bảy mươi tám phần \
trăm); năm con số về giữ yên bình và xây dựng Đảng.
Vì sao đặt mức giảm nghèo như vậy: năm năm qua mỗi năm bớt được năm phẩy năm phần trăm; nay chỉ còn hơn một \
nghìn một trăm hộ, phần lớn là hộ rất khó thoát nghèo; vốn cho vùng đồng bào dân tộc dự kiến khoảng sáu \
trăm hai mươi tỷ đồng.
Ba việc phải làm trước
Thứ nhất, làm xong đường, kho bãi ở khu kinh tế cửa khẩu: cần khoảng bốn trăm năm mươi tỷ đồng, làm trong \
ba năm 2021 - 2023, chính quyền huyện đứng ra lo.
Thứ hai, sống bằng rừng và cây thuốc: một trăm hai mươi tỷ, cả nhiệm kỳ, ngành nông nghiệp lo.
Thứ ba, đào tạo cán bộ người đồng bào: ba mươi lăm tỷ, cả nhiệm kỳ, ngành tổ chức Huyện ủy lo.
Vực dậy sau đại dịch
Giúp doanh nghiệp buôn bán qua biên giới hoạt động lại; mời khách về làng du lịch; giúp người mất việc học \
nghề khác.
PHẦN BA: BẮT TAY VÀO VIỆC
Việc nào cũng có nơi cầm trịch, nơi cùng làm và hạn chót; ví dụ việc làm hạ tầng cửa khẩu do chính quyền \
huyện cầm trịch, ban quản lý dự án cùng làm, xong trong năm 2023.
"""

# (c) an early working draft (April 2020): several parts missing, 25 indicators, 4 breakthroughs
NAM_GIANG_03 = """\
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện Nam Giang khóa XXI trình Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm \
kỳ 2020 - 2025
(Dự thảo sơ bộ của tổ biên tập, tháng 4/2020, chưa lấy ý kiến)
PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020
1. Kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 11,2%/năm, vượt mục tiêu nghị quyết đề ra. Cơ cấu kinh tế \
chuyển dịch theo hướng tăng tỷ trọng dịch vụ, thương mại.
Sản xuất nông, lâm nghiệp phát triển ổn định; diện tích lúa nước được mở rộng ở các xã vùng thấp; chăn nuôi \
gia súc phát triển theo hướng hàng hóa.
Công nghiệp, thủy điện tiếp tục là nguồn thu quan trọng; các nhà máy thủy điện trên địa bàn hoạt động ổn định.
Chương trình xây dựng nông thôn mới đạt kết quả khá: đến cuối nhiệm kỳ có 2 xã đạt chuẩn nông thôn mới, \
bình quân mỗi xã đạt 11,4 tiêu chí.
Hạ tầng giao thông được quan tâm đầu tư; Quốc lộ 14D, 14G được nâng cấp; 100% xã có đường ô tô đến trung tâm.
2. Văn hóa - xã hội
Giáo dục, y tế có nhiều tiến bộ; 11/19 trường đạt chuẩn quốc gia; 100% trạm y tế có bác sĩ.
Công tác giảm nghèo được tập trung chỉ đạo; đến cuối năm 2019, tỷ lệ hộ nghèo còn 27,4%, trong đó tỷ lệ hộ \
nghèo là người dân tộc thiểu số còn 31,2%.
Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa được triển khai sâu rộng; các lễ hội truyền thống \
được tổ chức hằng năm; nhiều thiết chế văn hóa thôn được xây dựng.
Đời sống đồng bào tại các khu tái định cư thủy điện Sông Bung 4 từng bước ổn định; huyện đã giao thêm 210 \
ha đất sản xuất, hỗ trợ giống cây trồng, vật nuôi và đào tạo nghề cho 320 lao động.
3. Môi trường, phòng chống thiên tai
Huyện chủ động phòng, chống thiên tai, khắc phục nhanh hậu quả các cơn bão năm 2017, 2019; nhiều điểm sạt \
lở trên các tuyến quốc lộ được xử lý kịp thời.
Công tác giao rừng cho cộng đồng được thực hiện; độ che phủ rừng đạt 78%.
4. Quốc phòng, an ninh
Khu vực phòng thủ huyện được xây dựng vững chắc; diễn tập khu vực phòng thủ năm 2018 đạt loại giỏi. An ninh \
trật tự ở khu vực biên giới cơ bản ổn định.
5. Xây dựng Đảng
Nhiệm kỳ qua kết nạp 520 đảng viên mới; công tác kiểm tra, giám sát được tăng cường; chất lượng sinh hoạt \
chi bộ được nâng lên.
6. Hạn chế và nguyên nhân
Một số chỉ tiêu chưa đạt; tỷ lệ hộ nghèo còn cao; hạ tầng còn thiếu.
Nguyên nhân là do địa bàn rộng, địa hình chia cắt, thiên tai liên tiếp, xuất phát điểm thấp.
PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2020 - 2025
1. Mục tiêu tổng quát
Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế - xã hội nhanh, bền vững; góp phần cùng toàn \
tỉnh đưa Quảng Nam trở thành tỉnh phát triển khá của cả nước.
2. Các chỉ tiêu chủ yếu
Đảng bộ đề ra 25 chỉ tiêu chủ yếu: (1) tăng trưởng giá trị sản xuất bình quân 10%/năm; (2) thu nhập bình \
quân đầu người năm 2025 đạt 55 triệu đồng; (3) thu ngân sách tăng bình quân 8%/năm; (4) thêm 3 xã đạt chuẩn \
nông thôn mới; (5) mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo; (6) độ che phủ rừng 78%; (7) tỷ lệ trường đạt chuẩn \
quốc gia 70%; (8) tỷ lệ lao động qua đào tạo 55%; (9) tỷ lệ dân số tham gia bảo hiểm y tế 98%; (10) tỷ lệ \
hộ dùng nước hợp vệ sinh 95%; (11) 100% thôn đạt thôn văn hóa; (12) hoàn thành 100% chỉ tiêu tuyển quân; \
(13) kết nạp 500 đảng viên mới trở lên; cùng 12 chỉ tiêu khác nêu tại phụ lục.
3. Bốn khâu đột phá
Một là hạ tầng giao thông đến trung tâm các xã; hai là phát triển kinh tế rừng; ba là đào tạo nguồn nhân \
lực; bốn là cải cách hành chính.
4. Nhiệm vụ, giải pháp
Tập trung phát triển nông, lâm nghiệp theo hướng sản xuất hàng hóa; thu hút đầu tư vào thủy điện, thương \
mại, dịch vụ; nâng cao chất lượng giáo dục, y tế; giữ vững quốc phòng, an ninh; xây dựng Đảng bộ trong \
sạch, vững mạnh.
PHẦN THỨ BA: CHƯƠNG TRÌNH HÀNH ĐỘNG
Chương trình hành động giao rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành từng nhiệm vụ: \
Phòng Kinh tế và Hạ tầng chủ trì, các xã phối hợp làm đường đến trung tâm xã, hoàn thành năm 2023; Phòng \
Nông nghiệp và Phát triển nông thôn chủ trì nhiệm vụ kinh tế rừng, hoàn thành năm 2025; Trung tâm Giáo dục \
nghề nghiệp chủ trì đào tạo nghề, hoàn thành năm 2025.
"""

# (d) short: only the general points, nothing specific to Nam Giang
NAM_GIANG_04 = """\
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện Nam Giang khóa XXI trình Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm \
kỳ 2020 - 2025
(Bản tóm lược dùng để lấy ý kiến nhân dân)
Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết; đổi mới, sáng tạo; phát triển \
nhanh, bền vững.
PHẦN THỨ NHẤT: KẾT QUẢ NHIỆM KỲ 2015 - 2020
Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 11,2%/năm; thu nhập bình quân đầu người năm 2020 ước đạt \
32 triệu đồng, năm 2015 là 17 triệu đồng; tổng thu ngân sách trên địa bàn năm 2020 ước đạt 185 tỷ đồng, năm \
2015 là 98 tỷ đồng.
Đến cuối nhiệm kỳ có 2 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 11,4 tiêu chí.
Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 52,1% đầu nhiệm kỳ xuống còn 24,6% cuối năm 2020.
Công tác giữ gìn, phát huy bản sắc văn hóa dân tộc được quan tâm; phong trào Toàn dân đoàn kết xây dựng đời \
sống văn hóa được triển khai rộng khắp.
Công tác phòng, chống thiên tai được chủ động; hậu quả các cơn bão, lũ được khắc phục kịp thời.
Khu vực phòng thủ huyện được xây dựng vững chắc; an ninh chính trị, trật tự an toàn xã hội được giữ vững.
Nhiệm kỳ qua kết nạp 520 đảng viên mới; chất lượng sinh hoạt chi bộ được nâng lên.
Dịch Covid-19 từ đầu năm 2020 làm thu ngân sách 6 tháng đầu năm giảm 18%, nhiều lao động mất việc làm.
Hạn chế: tăng trưởng chưa bền vững; tỷ lệ hộ tái nghèo còn cao; cải cách hành chính chuyển biến chậm.
Nguyên nhân chủ quan là năng lực cụ thể hóa nghị quyết của một số cấp ủy còn hạn chế; kiểm tra, giám sát \
chưa thường xuyên. Ban Thường vụ Huyện ủy và đồng chí Bí thư Huyện ủy, người đứng đầu cấp ủy, nhận trách \
nhiệm về các hạn chế trên.
Bài học kinh nghiệm: một là giữ vững đoàn kết; hai là bám sát thực tiễn cơ sở; ba là phát huy sức dân.
PHẦN THỨ HAI: PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025
Bối cảnh: thuận lợi là hạ tầng được cải thiện, chính sách của Trung ương và của tỉnh ngày càng đầy đủ; khó \
khăn là dịch Covid-19 chưa kết thúc, thiên tai diễn biến cực đoan; thời cơ từ chuyển đổi số; thách thức là \
nguy cơ tụt hậu.
Huyện xác định phải góp phần cùng toàn tỉnh đưa Quảng Nam trở thành tỉnh phát triển khá của cả nước.
Các chỉ tiêu chủ yếu: 20 chỉ tiêu, chia thành 3 nhóm: nhóm kinh tế 7 chỉ tiêu; nhóm văn hóa - xã hội và môi \
trường 8 chỉ tiêu; nhóm quốc phòng, an ninh và xây dựng Đảng 5 chỉ tiêu.
Ba khâu đột phá: hạ tầng giao thông; phát triển nguồn nhân lực; cải cách hành chính.
Giải pháp phục hồi kinh tế sau dịch Covid-19: hỗ trợ doanh nghiệp, hộ kinh doanh khôi phục sản xuất; hỗ trợ \
người lao động chuyển đổi việc làm; đẩy mạnh giải ngân vốn đầu tư công.
Nhiệm vụ, giải pháp: phát triển nông, lâm nghiệp theo hướng hàng hóa; thu hút đầu tư vào thương mại, dịch \
vụ; nâng cao chất lượng giáo dục, y tế; giữ vững quốc phòng, an ninh; xây dựng Đảng bộ trong sạch, vững \
mạnh; phát huy dân chủ ở cơ sở.
PHẦN THỨ BA: CHƯƠNG TRÌNH HÀNH ĐỘNG
Mỗi nhiệm vụ đều giao cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành: Ủy ban nhân dân huyện chủ \
trì các nhiệm vụ kinh tế, các phòng, ban phối hợp, hoàn thành trước năm 2025; Ban Tổ chức Huyện ủy chủ trì \
nhiệm vụ xây dựng Đảng, hoàn thành trong năm 2021; Ủy ban Mặt trận Tổ quốc huyện chủ trì vận động nhân dân, \
thực hiện thường xuyên.
Đại hội kêu gọi cán bộ, đảng viên và nhân dân trong huyện đoàn kết, nỗ lực thực hiện thắng lợi nghị quyết \
đại hội.
"""
