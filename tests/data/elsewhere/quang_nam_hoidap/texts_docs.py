"""Texts of the Ban Thường vụ's thông báo ý kiến (.txt), the OCOP plan (.txt, distractor) and the 2015
Phước Sơn report (.pdf). Blocks are 'kind|text' lines; a backslash at the end of a source line continues the
same paragraph.
"""

# ------------------------------------------------------------------------------------ 3. thông báo ý kiến
THONGBAO = """\
h|ĐẢNG CỘNG SẢN VIỆT NAM
h|TỈNH ỦY QUẢNG NAM
h|Số 318-TB/TU
h|Tam Kỳ, ngày 12 tháng 6 năm 2020
h|THÔNG BÁO
h|ý kiến của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ huyện Nam Giang, \
huyện Tây Giang, huyện Duy Xuyên và thành phố Hội An nhiệm kỳ 2020 - 2025
p|Ngày 09/6/2020, Ban Thường vụ Tỉnh ủy họp nghe Huyện ủy Nam Giang, Huyện ủy Tây Giang, Huyện ủy Duy \
Xuyên và Thành ủy Hội An báo cáo dự thảo báo cáo chính trị trình đại hội. Đồng chí Nguyễn Công Thiện, Phó Bí \
thư Thường trực Tỉnh ủy chủ trì hội nghị. Sau khi nghe các đơn vị trình bày và ý kiến của các đại biểu, Ban \
Thường vụ Tỉnh ủy có ý kiến như sau:
p|I. ĐÁNH GIÁ CHUNG
p|Các dự thảo được chuẩn bị nghiêm túc, bám sát tài liệu hỏi \u2013 đáp của Ban Tuyên giáo Tỉnh ủy và ý \
kiến chỉ \
đạo của đồng chí Bí thư Tỉnh ủy tại hội nghị ngày 06/3/2020.
p|Dự thảo của Thành ủy Hội An có chủ đề ngắn gọn, phần hạn chế được phân tích thẳng thắn, được Ban Thường vụ \
đánh giá cao.
p|II. Ý KIẾN ĐỐI VỚI TỪNG DỰ THẢO
p|1. Dự thảo của Huyện ủy Nam Giang
p|Đồng chí Zơrâm Văn Lương, Bí thư Huyện ủy trình bày tóm tắt dự thảo. Dự thảo dài 34 trang, đề ra 24 chỉ \
tiêu chủ yếu và 3 khâu đột phá; tỷ lệ hộ nghèo cuối năm 2019 còn 27,4%.
p|Đề nghị Huyện ủy rút gọn dự thảo về không quá 30 trang và giảm số chỉ tiêu chủ yếu về không quá 22 chỉ tiêu.
p|Làm rõ giải pháp ổn định đời sống đồng bào tại các khu tái định cư thủy điện Sông Bung 4; làm rõ cơ sở của \
chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo.
p|Bổ sung định hướng phát triển cây dược liệu dưới tán rừng, nhất là ba kích tím, gắn với các sản phẩm OCOP \
của huyện.
p|Huyện không cần nhắc lại kết quả của từng xã trong phần thân báo cáo.
p|2. Dự thảo của Huyện ủy Tây Giang
p|Đồng chí Briu Thị Hồng, Phó Bí thư Thường trực Huyện ủy trình bày tóm tắt dự thảo thay đồng chí Bí thư \
Huyện ủy đang dự lớp bồi dưỡng tại Hà Nội. Dự thảo dài 29 trang, đề ra 21 chỉ tiêu chủ yếu và 4 khâu đột phá.
p|Đề nghị Huyện ủy chỉ giữ lại không quá 3 khâu đột phá; làm rõ giải pháp bảo vệ quần thể rừng pơ mu cổ thụ.
p|Không đưa chỉ tiêu thu hút vốn đầu tư nước ngoài vào hệ thống chỉ tiêu chủ yếu của huyện Tây Giang.
p|3. Dự thảo của Huyện ủy Duy Xuyên
p|Đồng chí Đoàn Minh Tâm, Bí thư Huyện ủy trình bày tóm tắt dự thảo. Dự thảo dài 31 trang, đề ra 20 chỉ tiêu \
chủ yếu và 3 khâu đột phá; tốc độ tăng trưởng giá trị sản xuất bình quân dự kiến 9,5%/năm.
p|Đề nghị Huyện ủy đánh giá công tác bảo tồn, phát huy giá trị Khu đền tháp Mỹ Sơn; tình trạng sạt lở bờ \
sông Thu Bồn và giải pháp di dời dân cư ra khỏi vùng nguy hiểm.
p|4. Dự thảo của Thành ủy Hội An
p|Đồng chí Nguyễn Thị Thu Vân, Bí thư Thành ủy trình bày tóm tắt dự thảo. Dự thảo dài 28 trang, đề ra 19 \
chỉ tiêu chủ yếu và 3 khâu đột phá.
p|Đề nghị Thành ủy đánh giá sâu tác động của dịch Covid-19 đối với ngành du lịch, dịch vụ của thành phố; \
làm rõ giải pháp kiểm soát sức chứa của khu phố cổ.
p|Thành phố không cần xây dựng thêm chỉ tiêu riêng về lượt khách quốc tế.
p|III. Ý KIẾN ĐỐI VỚI CÁC HUYỆN MIỀN NÚI NAM GIANG, TÂY GIANG
p|Các huyện miền núi bổ sung đánh giá việc sắp xếp, bố trí dân cư vùng có nguy cơ sạt lở đất, lũ quét và \
kết quả thực hiện đề án trồng rừng gỗ lớn.
p|IV. KẾT LUẬN CHUNG
p|Các đơn vị rà soát, thống nhất số liệu trong dự thảo với số liệu của Cục Thống kê tỉnh.
p|Huyện ủy Nam Giang và Huyện ủy Tây Giang tiếp thu, hoàn chỉnh dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua \
Ban Tuyên giáo Tỉnh ủy) trước ngày 25/6/2020.
p|Huyện ủy Duy Xuyên và Thành ủy Hội An tiếp thu, hoàn chỉnh dự thảo theo ý kiến trên, không cần gửi lại \
Ban Thường vụ Tỉnh ủy.
s|T/L BAN THƯỜNG VỤ
s|CHÁNH VĂN PHÒNG
s|Trương Thị Lệ Thu
s|Nơi nhận: Thường trực Tỉnh ủy; Huyện ủy Nam Giang, Huyện ủy Tây Giang, Huyện ủy Duy Xuyên, Thành ủy Hội \
An; Ban Tuyên giáo Tỉnh ủy; lưu Văn phòng Tỉnh ủy.
"""

# ------------------------------------------------------------------------------- 5. distractor: OCOP plan
OCOP = """\
h|ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
h|Số 1520/KH-UBND
h|Quảng Nam, ngày 20 tháng 3 năm 2020
h|KẾ HOẠCH
h|Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Quảng Nam năm 2020
p|I. MỤC ĐÍCH, YÊU CẦU
p|Phát triển các sản phẩm đặc trưng của địa phương theo chuỗi giá trị; nâng cao thu nhập cho người dân \
nông thôn, miền núi; gắn sản phẩm OCOP với du lịch.
p|Các huyện, thị xã, thành phố xây dựng kế hoạch cụ thể, bố trí nguồn lực và báo cáo kết quả đúng thời hạn.
p|II. CHỈ TIÊU NĂM 2020
p|Toàn tỉnh có thêm 80 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó ít nhất 5 sản phẩm đạt 4 sao; mỗi \
huyện, thị xã, thành phố có ít nhất 3 sản phẩm được đánh giá, phân hạng.
p|III. NHIỆM VỤ CỦA CÁC ĐỊA PHƯƠNG
p|UBND huyện Nam Trà My hoàn thiện hồ sơ sản phẩm sâm Ngọc Linh và các sản phẩm chế biến từ sâm.
p|UBND huyện Nam Giang phát triển sản phẩm ba kích tím và rượu ba kích; hỗ trợ hợp tác xã đăng ký nhãn hiệu.
p|UBND thành phố Hội An phối hợp đưa sản phẩm OCOP vào các điểm bán hàng trong khu phố cổ.
p|UBND huyện Phú Ninh gắn sản phẩm OCOP với khu du lịch hồ Phú Ninh.
p|Mỗi sản phẩm đăng ký đánh giá phải có hồ sơ dài không quá 20 trang kèm mẫu sản phẩm.
p|IV. KINH PHÍ
p|Tổng kinh phí thực hiện năm 2020 dự kiến 35 tỷ đồng, trong đó ngân sách tỉnh 15 tỷ đồng, còn lại là vốn \
lồng ghép và vốn của doanh nghiệp, hợp tác xã.
p|V. TỔ CHỨC THỰC HIỆN
p|Các huyện, thị xã, thành phố đăng ký sản phẩm về Sở Nông nghiệp và Phát triển nông thôn (qua Văn phòng \
Điều phối nông thôn mới tỉnh) trước ngày 30/4/2020.
p|Thời hạn báo cáo: các địa phương gửi báo cáo kết quả thực hiện Chương trình OCOP năm 2020 về UBND tỉnh \
trước ngày 15/11/2020.
s|TM. ỦY BAN NHÂN DÂN
s|KT. CHỦ TỊCH
s|PHÓ CHỦ TỊCH
s|Trần Minh Quang
"""

# ------------------------------------------------------------------------------- 4. the 2015 report (.pdf)
RP_RUNNING_HEADER = "Báo cáo chính trị Đại hội đại biểu Đảng bộ huyện Phước Sơn lần thứ XXI"
RP_PDF_TITLE = "Báo cáo chính trị Đảng bộ huyện Phước Sơn 2015 - 2020"
RP_LEFT = ["ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY PHƯỚC SƠN", "*"]
RP_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Khâm Đức, ngày 20 tháng 7 năm 2015"]

REPORT = """\
title|BÁO CÁO CHÍNH TRỊ
sub|của Ban Chấp hành Đảng bộ huyện Phước Sơn khóa XX trình Đại hội đại biểu Đảng bộ huyện lần thứ XXI, \
nhiệm kỳ 2015 - 2020
theme|Chủ đề: Nâng cao năng lực lãnh đạo của Đảng bộ; phát huy sức mạnh đoàn kết các dân tộc; khai thác \
hiệu quả tiềm năng rừng, khoáng sản; đưa Phước Sơn phát triển nhanh, bền vững.
p|Nhiệm kỳ 2010 - 2015, Đảng bộ và nhân dân các dân tộc huyện Phước Sơn thực hiện nghị quyết đại hội trong \
bối cảnh có nhiều khó khăn: địa hình chia cắt, thiên tai liên tiếp, giá vàng biến động mạnh ảnh hưởng đến \
hoạt động khai thác khoáng sản trên địa bàn.
h1|PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2010 - 2015
h2|1. Về phát triển kinh tế
p|Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 12,6%/năm (Nghị quyết đề ra 13 - 14%/năm). Thu nhập \
bình quân đầu người năm 2015 đạt 14,8 triệu đồng, gấp 2,1 lần năm 2010.
p|Tổng thu ngân sách trên địa bàn năm 2015 đạt 96 tỷ đồng, tăng bình quân 9,4%/năm; nguồn thu chủ yếu từ \
khai thác vàng tại mỏ Đăk Sa và các nhà máy thủy điện Đăk Mi 4, Đăk Mi 3.
p|Sản xuất nông, lâm nghiệp có bước chuyển biến. Diện tích rừng trồng đạt 3.850 ha; độ che phủ rừng đạt \
68,5%. Chương trình xây dựng nông thôn mới được triển khai ở 12 xã; đến nay có 1 xã đạt 15 tiêu chí, bình \
quân mỗi xã đạt 7,2 tiêu chí.
p|Kết cấu hạ tầng được đầu tư; đường Hồ Chí Minh qua thị trấn Khâm Đức nối với huyện Nam Giang và tuyến \
đường đi huyện Hiệp Đức được nâng cấp, tạo thuận lợi cho giao thương.
h2|2. Về văn hóa - xã hội
p|Tỷ lệ hộ nghèo giảm từ 51,3% năm 2010 xuống còn 28,4% năm 2015, bình quân mỗi năm giảm 4,6%; tỷ lệ hộ \
nghèo là người dân tộc thiểu số còn 36,9%.
p|Văn hóa truyền thống của đồng bào Bh'noong, Gié Triêng được quan tâm bảo tồn; các lễ hội mừng lúa mới, \
đâm trâu được phục dựng theo hướng loại bỏ hủ tục. Có 41/53 thôn được công nhận thôn văn hóa.
p|Giáo dục có chuyển biến: 9/13 trường đạt chuẩn quốc gia; tỷ lệ học sinh bỏ học giảm còn 1,8%. Mạng lưới \
y tế cơ sở được củng cố; 100% xã có trạm y tế, 8/13 xã, thị trấn đạt chuẩn quốc gia về y tế.
h2|3. Về quốc phòng, an ninh
p|Khu vực phòng thủ huyện được củng cố; hằng năm hoàn thành 100% chỉ tiêu tuyển quân. Tình trạng khai thác \
vàng trái phép được kiểm soát; đã giải tỏa 27 điểm khai thác trái phép.
h2|4. Về xây dựng Đảng và hệ thống chính trị
p|Nhiệm kỳ qua kết nạp 418 đảng viên mới, trong đó 236 đảng viên là người dân tộc thiểu số; đến cuối nhiệm \
kỳ còn 4 thôn chưa có đảng viên. Toàn Đảng bộ có 2.164 đảng viên, sinh hoạt ở 52 tổ chức cơ sở đảng.
h2|5. Hạn chế, khuyết điểm và nguyên nhân
p|Tốc độ tăng trưởng chưa đạt nghị quyết; kinh tế phụ thuộc nhiều vào khai thác khoáng sản và thủy điện; \
tỷ lệ hộ nghèo còn cao, nguy cơ tái nghèo lớn. Công tác quản lý, bảo vệ rừng có nơi chưa chặt chẽ.
p|Nguyên nhân khách quan là địa bàn rộng, địa hình hiểm trở, thiên tai thường xuyên; nguyên nhân chủ quan là \
năng lực lãnh đạo của một số cấp ủy cơ sở còn hạn chế, sự phối hợp giữa các ngành chưa chặt chẽ.
h2|6. Bài học kinh nghiệm
p|Từ thực tiễn nhiệm kỳ, Đảng bộ rút ra năm bài học: một là giữ vững đoàn kết thống nhất; hai là phát huy \
vai trò của già làng, người có uy tín; ba là chọn đúng khâu đột phá; bốn là gắn phát triển kinh tế với bảo \
vệ rừng; năm là chăm lo xây dựng đội ngũ cán bộ người dân tộc thiểu số.
h1|PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2015 - 2020
h2|1. Mục tiêu tổng quát
p|Nâng cao năng lực lãnh đạo và sức chiến đấu của Đảng bộ; huy động mọi nguồn lực để phát triển kinh tế - \
xã hội nhanh, bền vững; giảm nghèo bền vững; giữ vững quốc phòng, an ninh.
h2|2. Các chỉ tiêu chủ yếu
p|Đảng bộ đề ra 18 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng giá trị sản xuất bình quân 13%/năm; thu \
nhập bình quân đầu người năm 2020 đạt 28 triệu đồng; mỗi năm giảm 5 - 6% tỷ lệ hộ nghèo; độ che phủ rừng \
đạt 70%; kết nạp 450 đảng viên mới trở lên.
h2|3. Ba khâu đột phá
p|Một là đầu tư hạ tầng giao thông đến trung tâm các xã; hai là đào tạo nghề cho lao động người dân tộc \
thiểu số; ba là phát triển kinh tế rừng gắn với trồng cây dược liệu dưới tán rừng.
h2|4. Nhiệm vụ, giải pháp chủ yếu
p|Tập trung phát triển nông, lâm nghiệp theo hướng sản xuất hàng hóa; quản lý chặt chẽ hoạt động khai thác \
khoáng sản tại mỏ Đăk Sa; khuyến khích đầu tư vào du lịch sinh thái.
p|Thực hiện tốt chính sách dân tộc; bảo tồn văn hóa truyền thống; nâng cao chất lượng giáo dục, y tế ở vùng \
cao; sắp xếp dân cư ở những nơi có nguy cơ sạt lở.
p|Xây dựng Đảng bộ trong sạch, vững mạnh; phấn đấu đến năm 2020 không còn thôn chưa có đảng viên; chăm lo \
đào tạo, bồi dưỡng cán bộ người dân tộc thiểu số.
h1|PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN
p|Sau đại hội, Ban Chấp hành Đảng bộ huyện ban hành chương trình hành động; các chi bộ, đảng bộ cơ sở xây \
dựng kế hoạch cụ thể, định kỳ sơ kết, đánh giá kết quả thực hiện nghị quyết.
p|Đại hội kêu gọi cán bộ, đảng viên và nhân dân các dân tộc huyện Phước Sơn đoàn kết, phát huy truyền thống \
cách mạng, thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI.
sig|T/M BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
sig|BÍ THƯ
sig|Hồ Văn Đính
"""
