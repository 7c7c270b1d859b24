"""Text of the PDF guidance (Hướng dẫn 27-HD/BTGTU) and of the amending Công văn 1350-CV/VPTU (.docx).

Blocks are 'kind|text' lines; a backslash at the end of a source line continues the same paragraph.
"""

HD_LEFT = ["TỈNH ỦY THỪA THIÊN HUẾ", "BAN TUYÊN GIÁO", "*", "Số 27-HD/BTGTU"]
HD_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 05 tháng 12 năm 2019"]
HD_RUNNING_HEADER = "Hướng dẫn số 27-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế"
HD_PDF_TITLE = "Hướng dẫn 27-HD/BTGTU"

GUIDANCE = """\
title|HƯỚNG DẪN
sub|xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025
sep|-----
p|Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội \
đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 158-KH/TU ngày 18/9/2019 của Tỉnh ủy về đại hội đảng \
bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, Ban Tuyên giáo Tỉnh ủy hướng dẫn xây dựng báo \
cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025 như sau:
h1|I. MỤC ĐÍCH, YÊU CẦU
p|1. Báo cáo chính trị phải đánh giá khách quan, trung thực kết quả thực hiện nghị quyết đại hội nhiệm kỳ \
2015 - 2020, chỉ rõ ưu điểm, hạn chế, nguyên nhân và bài học kinh nghiệm.
p|2. Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025 phải bám sát dự thảo văn kiện Đại hội XVI Đảng bộ \
tỉnh, phù hợp với điều kiện thực tế, tiềm năng và lợi thế của từng địa phương.
p|3. Dự thảo báo cáo phải được thảo luận dân chủ trong Ban Chấp hành và lấy ý kiến rộng rãi của cán bộ, đảng \
viên, các tầng lớp nhân dân trước khi trình Ban Thường vụ Tỉnh ủy.
h1|II. BỐ CỤC VÀ DUNG LƯỢNG
h2|1. Tên báo cáo và chủ đề đại hội
p|a) Tên báo cáo ghi thống nhất: "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thị xã, thành phố) khóa \
… trình Đại hội đại biểu Đảng bộ huyện (thị xã, thành phố) lần thứ …, nhiệm kỳ 2020 - 2025".
p|b) Chủ đề đại hội được đặt ngay dưới tên báo cáo, thể hiện khát vọng phát triển của địa phương, viết ngắn \
gọn, không quá 45 chữ.
h2|2. Bố cục
p|Báo cáo gồm phần mở đầu và ba phần: Phần thứ nhất đánh giá kết quả thực hiện nghị quyết đại hội nhiệm \
kỳ 2015 - 2020; Phần thứ hai xác định phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2020 - 2025; \
Phần thứ ba là chương trình hành động thực hiện nghị quyết đại hội.
p|Phần mở đầu viết không quá nửa trang, nêu khái quát bối cảnh thực hiện nghị quyết.
h2|3. Dung lượng
p|a) Báo cáo chính trị dài không quá 30 trang khổ A4 (phông chữ Times New Roman, cỡ chữ 14), không kể phụ lục.
p|b) Phụ lục số liệu kèm theo báo cáo không quá 12 trang, gồm các biểu so sánh số liệu năm 2015 với năm 2020 \
(năm 2020 là số ước thực hiện).
p|c) Báo cáo tóm tắt để trình bày tại đại hội không quá 10 trang; thời gian trình bày không quá 30 phút.
p|d) Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 không quá 20 chỉ tiêu, chia thành 3 nhóm: kinh tế; văn \
hóa - xã hội và môi trường; xây dựng Đảng và hệ thống chính trị.
p|đ) Lựa chọn không quá 3 khâu đột phá; mỗi khâu đột phá nêu rõ nội dung và giải pháp chủ yếu.
p|e) Rút ra từ 3 đến 4 bài học kinh nghiệm sát với thực tiễn của địa phương.
h1|III. NỘI DUNG CHỦ YẾU
h2|1. Phần thứ nhất: Đánh giá kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2015 - 2020
p|a) Về kinh tế: nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu người, thu ngân \
sách trên địa bàn năm 2020 so với năm 2015; chuyển dịch cơ cấu kinh tế và kết quả xây dựng nông thôn mới.
p|b) Về văn hóa - xã hội: đánh giá công tác bảo tồn, phát huy giá trị di sản văn hóa; giáo dục, y tế; nêu tỷ \
lệ hộ nghèo đầu và cuối nhiệm kỳ theo chuẩn nghèo đa chiều.
p|c) Về môi trường và phòng, chống thiên tai: đánh giá công tác quản lý tài nguyên, bảo vệ môi trường, \
ứng phó với biến đổi khí hậu và khắc phục hậu quả bão, lũ.
p|d) Về quốc phòng, an ninh: đánh giá việc xây dựng khu vực phòng thủ vững chắc, giữ vững an ninh chính trị, \
trật tự, an toàn xã hội.
p|đ) Về xây dựng Đảng và hệ thống chính trị: nêu số đảng viên mới kết nạp trong nhiệm kỳ, kết quả thực \
hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng; công tác dân vận và thực hiện quy \
chế dân chủ ở cơ sở.
p|e) Hạn chế, khuyết điểm phải được chỉ rõ, phân tích sâu nguyên nhân chủ quan, làm rõ trách nhiệm của tập \
thể Ban Thường vụ và người đứng đầu cấp ủy.
p|Không đưa vào báo cáo chính trị nội dung tự kiểm điểm của Ban Chấp hành, vì nội dung này đã có báo \
cáo kiểm điểm riêng.
h2|2. Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025
p|a) Dự báo tình hình: nêu ngắn gọn thuận lợi, khó khăn của địa phương trong 5 năm tới, viết không quá một \
trang.
p|Không cần phân tích tình hình thế giới và trong nước.
p|b) Mục tiêu tổng quát và chỉ tiêu chủ yếu: mỗi chỉ tiêu phải có cơ sở khoa học, khả thi; ghi rõ chỉ tiêu \
nào kế thừa nhiệm kỳ trước, chỉ tiêu nào mới.
p|c) Nhiệm vụ, giải pháp: xác định các nhiệm vụ trọng tâm trên từng lĩnh vực, gắn với các khâu đột phá đã \
lựa chọn.
h2|3. Phần thứ ba: Chương trình hành động
p|Chương trình hành động cụ thể hóa các khâu đột phá thành đề án, chương trình, có phân công cơ quan chủ trì \
và thời gian hoàn thành.
h1|IV. MỘT SỐ NỘI DUNG CẦN LƯU Ý ĐỐI VỚI TỪNG ĐƠN VỊ
h2|1. Đối với thành phố Huế
p|Đánh giá kết quả xây dựng đô thị di sản, văn hóa, sinh thái, cảnh quan, thân thiện môi trường; công \
tác bảo tồn, tu bổ Quần thể di tích Cố đô Huế gắn với chỉnh trang đô thị; phát triển kinh tế ban đêm và \
dịch vụ du lịch.
h2|2. Đối với thị xã Hương Thủy và thị xã Hương Trà
p|Đánh giá kết quả hoàn thiện các tiêu chí đô thị loại IV và lộ trình phát triển đô thị giai đoạn tiếp theo; \
công tác quản lý quy hoạch, đất đai, trật tự xây dựng.
p|Riêng thị xã Hương Thủy, làm rõ kết quả phát triển các khu công nghiệp Phú Bài và vai trò cửa ngõ của Cảng \
hàng không quốc tế Phú Bài.
h2|3. Đối với các huyện Phong Điền, Quảng Điền, Phú Vang, Phú Lộc
p|Đánh giá công tác phòng, chống sạt lở bờ biển, bờ sông; quản lý, khai thác bền vững nguồn lợi thủy \
sản trên hệ đầm phá Tam Giang - Cầu Hai; bảo đảm an toàn cho ngư dân trong mùa mưa bão.
p|Riêng huyện Phú Lộc, đánh giá vai trò động lực của Khu kinh tế Chân Mây - Lăng Cô đối với phát triển \
kinh tế của huyện.
h2|4. Đối với các huyện Nam Đông, A Lưới
p|Đánh giá kết quả giảm nghèo bền vững trong đồng bào dân tộc thiểu số, trong đó nêu tỷ lệ hộ nghèo là \
người dân tộc thiểu số đầu và cuối nhiệm kỳ; kết quả thực hiện chính sách dân tộc; bảo tồn văn hóa \
truyền thống của đồng bào Cơ Tu, Tà Ôi, Pa Cô.
p|Đánh giá công tác quản lý, bảo vệ rừng, giao đất, giao rừng cho cộng đồng và chi trả dịch vụ môi \
trường rừng.
p|Riêng huyện A Lưới, bổ sung đánh giá công tác bảo vệ chủ quyền, an ninh tuyến biên giới Việt Nam - \
Lào; việc phối hợp với các lực lượng chức năng của tỉnh Sê Kông và tỉnh Sa La Van (Lào); tình hình \
xuất, nhập cảnh trái phép qua biên giới.
h1|V. TỔ CHỨC THỰC HIỆN
p|1. Các huyện ủy, thị ủy, thành ủy gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày \
15/01/2020.
p|2. Dự thảo báo cáo chính trị lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước \
ngày 31/3/2020 để cho ý kiến.
p|3. Dự thảo báo cáo chính trị được lấy ý kiến của các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể \
chính trị - xã hội trong thời gian ít nhất 15 ngày.
p|4. Văn bản hoàn chỉnh trình đại hội gửi về Ban Thường vụ Tỉnh ủy chậm nhất 10 ngày trước ngày khai mạc đại \
hội.
p|5. Hằng tháng, trước ngày 20, các đơn vị báo cáo tiến độ xây dựng báo cáo chính trị về Ban Tuyên giáo Tỉnh \
ủy.
p|Hướng dẫn này thay thế Hướng dẫn số 19-HD/BTGTU ngày 12/8/2014 của Ban Tuyên giáo Tỉnh ủy. Trong quá trình \
thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Lý luận chính trị và Lịch sử Đảng, Ban Tuyên giáo \
Tỉnh ủy để được hướng dẫn.
nr|Nơi nhận:
nr|- Thường trực Tỉnh ủy (b/c),
nr|- Các huyện ủy, thị ủy, thành ủy,
nr|- Lưu Ban Tuyên giáo Tỉnh ủy.
sig|K/T TRƯỞNG BAN
sig|PHÓ TRƯỞNG BAN
sig|(đã ký)
sig|Hồ Thị Minh Nguyệt
"""

# ------------------------------------------------------------------------------------ Công văn .docx
CV_HEADER = [[
    ("TỈNH ỦY THỪA THIÊN HUẾ\nVĂN PHÒNG\n*\nSố 1350-CV/VPTU\nV/v điều chỉnh một số nội dung của Hướng dẫn "
     "số 27-HD/BTGTU"),
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nHuế, ngày 10 tháng 3 năm 2020",
]]
CV_SIGN = [[
    ("Nơi nhận:\n- Như trên,\n- Thường trực Tỉnh ủy (b/c),\n- Ban Tuyên giáo Tỉnh ủy,\n"
     "- Lưu Văn phòng Tỉnh ủy."),
    "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nNguyễn Đình Khôi",
]]
CONGVAN = """\
to|Kính gửi: Các huyện ủy, thị ủy, thành ủy
p|Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại cuộc họp ngày 06/3/2020, Văn phòng Tỉnh ủy thông \
báo điều chỉnh một số nội dung tại Hướng dẫn số 27-HD/BTGTU ngày 05/12/2019 của Ban Tuyên giáo Tỉnh ủy \
về xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025 như sau:
p|1. Tiết a, điểm 3, mục II của Hướng dẫn được điều chỉnh như sau: báo cáo chính trị dài không quá 25 trang \
khổ A4, không kể phụ lục. Các giới hạn về phụ lục, báo cáo tóm tắt và thời gian trình bày giữ nguyên.
p|2. Điểm 2, mục V của Hướng dẫn được điều chỉnh như sau: thời hạn gửi dự thảo báo cáo chính trị lần \
thứ nhất về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) là trước ngày 20/4/2020.
p|3. Bổ sung yêu cầu: trong Phần thứ nhất của báo cáo chính trị, các đơn vị đánh giá tác động của dịch \
bệnh Covid-19 đến phát triển kinh tế - xã hội của địa phương; trong Phần thứ hai, nêu giải pháp phục \
hồi sản xuất, kinh doanh sau dịch.
p|Lý do điều chỉnh: do ảnh hưởng của dịch bệnh Covid-19, nhiều đơn vị phải tạm hoãn các hội nghị lấy ý kiến \
dự thảo; qua theo dõi, nhiều dự thảo còn dài, dàn trải.
p|Các nội dung khác của Hướng dẫn số 27-HD/BTGTU giữ nguyên. Văn phòng Tỉnh ủy đề nghị các huyện ủy, thị ủy, \
thành ủy triển khai thực hiện.
"""
