"""Texts of the three draft political reports (one block per output line)."""

from __future__ import annotations

from texts_docs import _blocks

DRAFT_HUONG_HOA = _blocks(
    """
@p ĐẢNG BỘ HUYỆN HƯỚNG HÓA - DỰ THẢO LẦN 2 (đã tiếp thu Thông báo kết luận số 318-TB/TU)

@p BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XX TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ
HUYỆN LẦN THỨ XXI, NHIỆM KỲ 2020 - 2025

@p Chủ đề Đại hội: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết các dân
tộc; khai thác hiệu quả lợi thế cửa khẩu và năng lượng tái tạo; phát triển nhanh, bền vững, giữ
vững chủ quyền biên giới quốc gia.

@p MỞ ĐẦU

@p Nhiệm kỳ 2015 - 2020, huyện thực hiện Nghị quyết Đại hội trong bối cảnh có nhiều thuận lợi:
hạ tầng Khu kinh tế - thương mại đặc biệt Lao Bảo tiếp tục được đầu tư, nhiều dự án năng lượng
được chấp thuận chủ trương. Bên cạnh đó, địa hình chia cắt, thiên tai thường xuyên, xuất phát
điểm kinh tế thấp; từ đầu năm 2020, dịch bệnh Covid-19 làm hoạt động xuất nhập khẩu qua cửa khẩu
gần như ngưng trệ trong hai tháng, thu ngân sách quý II giảm 31% so với cùng kỳ.

@p PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020

@p 1. Kinh tế. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,4%/năm (Nghị quyết 10 -
11%/năm). Cơ cấu kinh tế năm 2020: nông, lâm nghiệp 38,5%; công nghiệp - xây dựng 27,1%; dịch vụ
34,4%. Thu ngân sách nhà nước trên địa bàn năm 2020 ước đạt 265 tỷ đồng. Thu nhập bình quân đầu
người đạt 38 triệu đồng.

@p Khu kinh tế - thương mại đặc biệt Lao Bảo thu hút thêm 14 dự án; kim ngạch xuất nhập khẩu qua
Cửa khẩu quốc tế Lao Bảo bình quân đạt 410 triệu USD/năm, tuy nhiên hạ tầng khu thương mại còn
thiếu đồng bộ, chưa thu hút được nhà đầu tư lớn.

@p Năng lượng tái tạo trở thành điểm sáng: 12 dự án điện gió được chấp thuận với tổng công suất
552 MW, trong đó 4 dự án đã phát điện thương mại.

@p Diện tích cà phê ổn định ở mức 5.100 ha; hình thành 3 chuỗi liên kết từ trồng, chế biến đến
tiêu thụ với hợp tác xã và doanh nghiệp; nhãn hiệu chứng nhận "Cà phê Khe Sanh" được bảo hộ năm
2018, giá trị thu hoạch trên mỗi héc-ta tăng 22%.

@p 2. Xây dựng nông thôn mới. Đến tháng 6/2020, có 7/20 xã đạt chuẩn nông thôn mới, 1 xã đạt
chuẩn nông thôn mới nâng cao; bình quân đạt 13,2 tiêu chí/xã.

@p 3. Giảm nghèo. Tỷ lệ hộ nghèo giảm từ 31,6% năm 2015 xuống còn 14,9% năm 2020; có 3.120 hộ
thoát nghèo bền vững. Đời sống đồng bào Vân Kiều, Pa Kô được cải thiện rõ rệt nhờ chương trình
135, chính sách hỗ trợ sinh kế và giao khoán bảo vệ rừng; tuy vậy tỷ lệ hộ nghèo ở các xã vùng
sâu vẫn cao gấp 2 lần bình quân chung.

@p 4. Quốc phòng, an ninh. Khu vực phòng thủ huyện được củng cố. Phối hợp với lực lượng chức
năng nước bạn Lào quản lý, bảo vệ an toàn 156 km đường biên giới và hệ thống mốc quốc giới; duy
trì kết nghĩa 12 cặp bản hai bên biên giới. Các lực lượng phát hiện, bắt giữ 146 vụ, 210 đối
tượng phạm tội về ma túy trên tuyến biên giới Việt Nam - Lào, thu giữ trên 300 nghìn viên ma túy
tổng hợp; triệt phá 9 vụ buôn lậu và 2 vụ mua bán người qua biên giới.

@p 5. Xây dựng Đảng và hệ thống chính trị. Kết nạp 980 đảng viên mới; tỷ lệ tổ chức cơ sở đảng
hoàn thành tốt nhiệm vụ trở lên bình quân 86%/năm; sắp xếp, sáp nhập 46 thôn, bản và giảm 2 đơn
vị hành chính cấp xã.

@p 6. Hạn chế, yếu kém. Có 3/19 chỉ tiêu không đạt: tốc độ tăng trưởng, thu nhập bình quân đầu
người và tỷ lệ che phủ rừng. Nguyên nhân chủ quan là Ban Thường vụ Huyện ủy chưa chỉ đạo quyết
liệt việc thu hút đầu tư vào Khu kinh tế - thương mại đặc biệt Lao Bảo; công tác quản lý đất
rừng có lúc buông lỏng. Trách nhiệm trước hết thuộc về tập thể Ban Thường vụ, đồng chí Bí thư
Huyện ủy và Chủ tịch Ủy ban nhân dân huyện.

@p 7. Bài học kinh nghiệm. Một là, đoàn kết các dân tộc là cội nguồn sức mạnh. Hai là, gắn phát
triển kinh tế với bảo đảm quốc phòng, an ninh biên giới. Ba là, người đứng đầu phải nói đi đôi
với làm. Bốn là, huy động doanh nghiệp cùng tham gia giảm nghèo.

@p PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025

@p Dự báo tình hình. Trong nước, kinh tế phục hồi sau dịch Covid-19 nhưng còn nhiều rủi ro; tỉnh
triển khai hành lang kinh tế Đông - Tây; trên địa bàn huyện, các dự án điện gió vận hành sẽ tạo
nguồn thu mới nhưng gây áp lực lên hạ tầng giao thông.

@p Các chỉ tiêu chủ yếu: 19 chỉ tiêu, gồm 7 chỉ tiêu kinh tế, 8 chỉ tiêu văn hóa - xã hội, môi
trường và 4 chỉ tiêu quốc phòng, an ninh, xây dựng Đảng; trong đó tốc độ tăng trưởng giá trị sản
xuất bình quân 9 - 10%/năm, tỷ lệ hộ nghèo giảm bình quân 2,5%/năm.

@p Ba khâu đột phá: (1) hoàn thiện hạ tầng Khu kinh tế - thương mại đặc biệt Lao Bảo, do Ủy ban
nhân dân huyện chủ trì, hoàn thành năm 2023; (2) phát triển năng lượng tái tạo gắn với bảo vệ
rừng, giai đoạn 2021 - 2025; (3) cải cách hành chính và chuyển đổi số.

@p PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN

@p Ngay sau Đại hội, Ban Chấp hành Đảng bộ huyện ban hành chương trình hành động thực hiện Nghị
quyết, phân công từng đồng chí Ủy viên Ban Thường vụ phụ trách khâu đột phá; định kỳ hằng năm sơ
kết, kiểm tra, giám sát.
"""
)

DRAFT_TRIEU_PHONG = _blocks(
    """
@p ĐẢNG BỘ HUYỆN TRIỆU PHONG - DỰ THẢO LẦN 1

@p BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XIX TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ
HUYỆN LẦN THỨ XX, NHIỆM KỲ 2020 - 2025

@p MỞ ĐẦU

@p Năm năm qua, Đảng bộ và nhân dân huyện thực hiện Nghị quyết Đại hội trong điều kiện có nhiều
thuận lợi như hệ thống giao thông ven biển được đầu tư, Khu kinh tế Đông Nam Quảng Trị được
thành lập; song cũng gặp không ít khó khăn do thiên tai, dịch bệnh trên đàn gia súc và sự cố môi
trường biển năm 2016.

@p PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020

@p 1. Về kinh tế. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10,2%/năm. Cơ cấu kinh tế
chuyển dịch tích cực: nông, lâm, ngư nghiệp còn 34,6%; công nghiệp - xây dựng 31,9%; thương mại
- dịch vụ 33,5%. Thu ngân sách nhà nước trên địa bàn năm 2020 ước đạt 118 tỷ đồng. Thu nhập bình
quân đầu người đạt 41 triệu đồng.

@p Khu kinh tế Đông Nam Quảng Trị đã được Thủ tướng Chính phủ phê duyệt quy hoạch chung; huyện
đã phối hợp với các sở, ngành thực hiện các thủ tục liên quan đến các dự án trên địa bàn.

@p Kinh tế biển tiếp tục phát triển: đội tàu khai thác xa bờ tăng lên 64 chiếc, sản lượng khai
thác hải sản bình quân 6.200 tấn/năm; khu neo đậu tàu thuyền và dịch vụ hậu cần nghề cá ở các xã
ven biển hoạt động ổn định; ngư dân được hỗ trợ lắp đặt thiết bị giám sát hành trình, góp phần
bảo vệ chủ quyền biển, đảo.

@p Nghề khai thác cát trên sông Thạch Hãn được quản lý chặt chẽ hơn, xử lý 27 trường hợp khai
thác trái phép.

@p 2. Về xây dựng nông thôn mới. Đến tháng 6/2020, có 11/18 xã đạt chuẩn nông thôn mới, 2 xã đạt
chuẩn nông thôn mới nâng cao, bình quân 16,4 tiêu chí/xã.

@p 3. Về giảm nghèo. Tỷ lệ hộ nghèo giảm từ 11,2% năm 2015 xuống còn 4,1% năm 2020; 1.640 hộ
thoát nghèo.

@p 4. Về quốc phòng, an ninh. Khu vực phòng thủ huyện được xây dựng vững chắc; diễn tập khu vực
phòng thủ năm 2019 đạt loại giỏi; tình hình an ninh nông thôn, an ninh vùng biển ổn định.

@p 5. Về xây dựng Đảng. Trong nhiệm kỳ kết nạp 865 đảng viên mới; tổ chức bộ máy được sắp xếp
tinh gọn, giảm 3 đơn vị sự nghiệp và 41 thôn.

@p 6. Hạn chế. Một số chỉ tiêu chưa đạt; sản xuất nông nghiệp còn manh mún; thu hút đầu tư chưa
tương xứng. Nguyên nhân chủ yếu do thiên tai, lũ lụt xảy ra liên tiếp, nguồn lực đầu tư của
Trung ương và tỉnh còn hạn hẹp, giá cả nông sản biến động.

@p 7. Bài học kinh nghiệm. Thứ nhất, giữ vững đoàn kết nội bộ. Thứ hai, phát huy dân chủ ở cơ
sở. Thứ ba, chú trọng công tác cán bộ. Thứ tư, tranh thủ sự giúp đỡ của cấp trên. Thứ năm, kiên
trì mục tiêu xây dựng nông thôn mới.

@p PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025

@p Mục tiêu tổng quát: Xây dựng Đảng bộ trong sạch, vững mạnh; khai thác tốt tiềm năng kinh tế
biển và Khu kinh tế Đông Nam; phát triển nông nghiệp hàng hóa; giữ vững quốc phòng, an ninh.

@p Hệ thống chỉ tiêu: 22 chỉ tiêu chủ yếu, chia thành ba nhóm kinh tế; văn hóa - xã hội, môi
trường; quốc phòng, an ninh và xây dựng Đảng. Trong đó, tốc độ tăng trưởng giá trị sản xuất bình
quân 13%/năm; thu nhập bình quân đầu người năm 2025 đạt 70 triệu đồng; tỷ lệ hộ nghèo giảm bình
quân 1%/năm; đến năm 2025 có 100% số xã đạt chuẩn nông thôn mới.

@p Khâu đột phá: (1) phát triển hạ tầng giao thông kết nối với Khu kinh tế Đông Nam Quảng Trị;
(2) tích tụ ruộng đất, phát triển nông nghiệp công nghệ cao; (3) cải cách hành chính.

@p Nhiệm vụ, giải pháp: Tập trung phát triển công nghiệp, dịch vụ; nâng cao hiệu quả sản xuất
nông nghiệp; chăm lo phát triển văn hóa, giáo dục, y tế; tăng cường quốc phòng, an ninh; xây
dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.

@p PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN

@p Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể tổ chức quán triệt,
tuyên truyền sâu rộng Nghị quyết Đại hội đến cán bộ, đảng viên và nhân dân.
"""
)

DRAFT_DAKRONG = _blocks(
    """
@p HUYỆN ỦY ĐAKRÔNG - BẢN THẢO GỬI THƯỜNG TRỰC TỈNH ỦY (tháng 6/2020)

@p BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA VI TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ
HUYỆN LẦN THỨ VII, NHIỆM KỲ 2020 - 2025

@p Phương châm của Đại hội: Đoàn kết các dân tộc - Giữ vững biên cương - Giữ rừng, thoát nghèo -
Phát triển bền vững.

@p LỜI NÓI ĐẦU

@p Năm năm qua là quãng đường không bằng phẳng. Huyện có lợi thế là tuyến Đường 9 và đường Hồ
Chí Minh chạy qua, được Trung ương và tỉnh quan tâm bằng nhiều chương trình hỗ trợ; nhưng đất
dốc, mưa lũ dữ dội, xuất phát điểm thấp nhất tỉnh vẫn là lực cản lớn. Những tháng đầu năm 2020,
dịch viêm phổi cấp do chủng vi rút corona mới làm hàng nông sản khó tiêu thụ.

@p PHẦN THỨ NHẤT: NHÌN LẠI CHẶNG ĐƯỜNG 2015 - 2020

@p 1. Làm ra của cải. Giá trị sản xuất tăng bình quân 8,1% mỗi năm; tỷ trọng nông, lâm nghiệp
còn 46,3%, công nghiệp - xây dựng 21,2%, dịch vụ 32,5%. Tiền thu vào ngân sách trên địa bàn năm
2020 ước 52 tỷ đồng. Mỗi người dân làm ra bình quân 24 triệu đồng một năm.

@p 2. Làng quê đổi mới. Đã có 3 trong 12 xã về đích nông thôn mới, chưa có xã nào đạt mức nâng
cao; trung bình mỗi xã đạt 11,5 trên 19 tiêu chí.

@p 3. Thoát nghèo. Từ chỗ gần một nửa số hộ (45,2%) sống dưới chuẩn nghèo năm 2015, đến nay con
số này còn 28,6%; 1.870 hộ đã vươn lên, không tái nghèo. Phải nói rõ vì sao gần 3 phần 10 số hộ
vẫn còn nghèo: đồng bào Bru - Vân Kiều và Tà Ôi ở các xã vùng sâu thiếu đất sản xuất, thiếu vốn,
thiếu nghề; cách hỗ trợ của huyện còn nặng cho không, chưa gắn với đặt hàng đầu ra. Từ nhiệm kỳ
tới, huyện chuyển sang hỗ trợ theo nhóm hộ, giao rừng cho cộng đồng bản và trồng dược liệu dưới
tán rừng để hộ có thu nhập lâu dài.

@p 4. Giữ đất, giữ rừng, giữ biên cương. Phối hợp với Đồn Biên phòng và chính quyền huyện bạn
bên kia biên giới tuần tra song phương, giữ nguyên trạng đường biên, cột mốc với nước bạn Lào.
Không để hình thành điểm nóng về chất gây nghiện; triệt phá 38 vụ vận chuyển hàng cấm qua biên,
ngăn chặn 3 vụ đưa người qua biên giới trái phép để bán. Rừng đầu nguồn được giữ, độ che phủ đạt
50,4%; đã di dời 214 hộ ra khỏi nơi có nguy cơ trượt đất, lũ ống; lập phương án gia cố taluy các
đoạn xung yếu trên Quốc lộ 9 và nhánh Tây đường Hồ Chí Minh.

@p 5. Xây dựng Đảng. Trong 5 năm, kết nạp 412 đảng viên mới.

@p 6. Những điều chưa làm được. Nói thẳng: 4 trong 18 mục tiêu chưa về đích (giá trị sản xuất,
thu nhập, số xã nông thôn mới, tỷ lệ lao động qua đào tạo). Lỗi trước hết ở cách điều hành của
Ban Thường vụ Huyện ủy còn dàn trải, một số đồng chí đứng đầu chưa sâu sát cơ sở.

@p 7. Những điều đúc kết. Từ thực tiễn 5 năm, Đảng bộ nhận thức ba điều: lòng dân là gốc; cán bộ
phải biết tiếng, biết phong tục đồng bào; nguồn lực có hạn thì phải làm dứt điểm từng việc.

@p PHẦN THỨ HAI: CHẶNG ĐƯỜNG 2020 - 2025

@p Nhìn về phía trước: cả nước phục hồi sau đại dịch, tỉnh mở rộng hành lang kinh tế Đông - Tây;
huyện có cơ hội từ nguồn vốn cho vùng đồng bào dân tộc thiểu số nhưng thiên tai sẽ còn cực đoan
hơn.

@p Mười tám con số cần đạt, gom vào ba cụm: làm kinh tế (6), đời sống - văn hóa - môi trường
(8), giữ yên bờ cõi và xây dựng Đảng (4). Đáng chú ý: mỗi năm giảm 4% hộ nghèo, độ che phủ rừng
giữ trên 50%.

@p Hai việc phải đi trước một bước: mở đường liên xã nối vùng sâu với Quốc lộ 9; đào tạo, bồi
dưỡng đội ngũ cán bộ người dân tộc thiểu số.

@p Đánh thức du lịch về nguồn: phục dựng cảnh quan quanh cây cầu treo lịch sử bắc qua dòng
Đakrông, nối với các điểm di tích trên trục Đường 9 lên Khe Sanh, kết hợp du lịch cộng đồng ở
các bản người Vân Kiều.

@p PHẦN THỨ BA: ĐƯA NGHỊ QUYẾT VÀO CUỘC SỐNG

@p Trong tháng đầu tiên sau Đại hội, Ban Chấp hành ban hành kế hoạch hành động, giao từng việc
cho từng đồng chí Ủy viên Ban Thường vụ, có thời hạn và sản phẩm cụ thể; cuối mỗi năm tự chấm
điểm, công khai kết quả trước Ban Chấp hành.
"""
)
