"""Text of Hướng dẫn số 38-HD/BTGTU (a long Word guidance with Heading 1/2/3 styles, a limits table, a
"Ghi chú:" note, a later amendment of mục II.3 and an appendix "Đề cương gợi ý").

Format of GUIDANCE: one paragraph per entry "kind|text"; a backslash at the end of a source line continues
the same paragraph. kinds:
  title, sub, sep   centred lines under the letterhead
  p                 body paragraph (justified)
  h1, h2, h3        Word styles Heading 1 / Heading 2 / Heading 3
  note              the italic "Ghi chú:" paragraph
  table|NAME        insert the table NAME of this module
  sign              insert the "Nơi nhận" / signature table
  pagebreak         page break
Every person, figure and document number is invented; places are real.
"""

HD_HEADER = [[
    "TỈNH ỦY ĐẮK LẮK\nBAN TUYÊN GIÁO\n*\nSố 38-HD/BTGTU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nBuôn Ma Thuột, ngày 16 tháng 12 năm 2019",
]]

HD_SIGN = [[
    ("Nơi nhận:\n- Thường trực Tỉnh ủy (để báo cáo),\n- Các huyện ủy, thị ủy, thành ủy,\n"
     "- Các ban đảng, Văn phòng Tỉnh ủy,\n- Lưu Ban Tuyên giáo Tỉnh ủy."),
    "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n(Đã ký)\n\nTrần Thị Thúy Hằng",
]]

LIMITS = [
    ["STT", "Văn bản", "Giới hạn", "Ghi chú"],
    ["1", "Báo cáo chính trị (không kể phụ lục)", "Không quá 35 trang khổ A4",
     "Phông chữ Times New Roman, cỡ chữ 14, cách dòng 1,15"],
    ["2", "Phụ lục số liệu kèm theo báo cáo chính trị", "Không quá 15 trang",
     "Trình bày dưới dạng biểu, bảng; đánh số trang riêng"],
    ["3", "Báo cáo tóm tắt trình bày tại đại hội", "Không quá 12 trang",
     "Do đồng chí Bí thư hoặc Phó Bí thư Thường trực trình bày"],
    ["4", "Thời gian trình bày báo cáo tóm tắt", "Không quá 35 phút",
     "Không đọc toàn văn báo cáo chính trị tại đại hội"],
    ["5", "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành", "Không quá 10 trang",
     "Xây dựng thành văn bản riêng"],
]

TABLES = {"LIMITS": LIMITS}

GUIDANCE = """\
title|HƯỚNG DẪN
sub|xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025
sep|-----
p|Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới \
Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Kế hoạch số 145-KH/TU, ngày 12/7/2019 của Ban Thường vụ \
Tỉnh ủy về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ \
2020 - 2025, Ban Tuyên giáo Tỉnh ủy hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị \
xã, thành phố (sau đây gọi chung là đảng bộ cấp huyện) nhiệm kỳ 2020 - 2025 như sau:
h1|I. MỤC ĐÍCH, YÊU CẦU
h2|1. Mục đích
p|Báo cáo chính trị là văn kiện trung tâm của đại hội, thể hiện trí tuệ, ý chí và khát vọng của toàn \
Đảng bộ và Nhân dân các dân tộc trên địa bàn trong nhiệm kỳ mới.
p|Hướng dẫn này nhằm thống nhất về bố cục, dung lượng, nội dung chủ yếu và quy trình xây dựng báo cáo \
chính trị ở các đảng bộ cấp huyện, bảo đảm chất lượng văn kiện và đúng tiến độ chuẩn bị đại hội; đồng thời \
là căn cứ để Ban Tuyên giáo Tỉnh ủy thẩm định các dự thảo trước khi trình Ban Thường vụ Tỉnh ủy cho ý kiến.
h2|2. Yêu cầu
p|a) Đánh giá đúng thực chất, khách quan kết quả thực hiện Nghị quyết Đại hội đảng bộ cấp huyện nhiệm kỳ \
2015 - 2020; nêu bật những kết quả nổi bật, những cách làm hay, đồng thời nhìn thẳng vào hạn chế, yếu kém.
p|b) Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025 phải bám sát dự thảo văn kiện Đại hội XVII \
Đảng bộ tỉnh, quy hoạch phát triển kinh tế - xã hội của tỉnh và điều kiện thực tế của từng địa phương; bảo \
đảm tính khả thi, tránh đặt mục tiêu quá cao hoặc quá thấp so với khả năng thực hiện.
p|c) Văn phong ngắn gọn, mạch lạc, dễ hiểu, dễ nhớ; hạn chế dùng bảng biểu và số liệu trong phần thân báo \
cáo, số liệu chi tiết đưa vào phụ lục.
p|d) Dự thảo báo cáo phải được thảo luận dân chủ trong Ban Chấp hành, gửi xin ý kiến các chi bộ, đảng bộ cơ \
sở, cán bộ lão thành cách mạng, già làng, người có uy tín và Nhân dân trước khi trình đại hội.
p|đ) Việc xây dựng báo cáo chính trị phải gắn với việc xây dựng báo cáo kiểm điểm của Ban Chấp hành và \
chương trình hành động thực hiện nghị quyết, bảo đảm thống nhất về số liệu và nhận định.
h1|II. BỐ CỤC, DUNG LƯỢNG VÀ THỂ THỨC
h2|1. Tên báo cáo và chủ đề đại hội
p|Tên báo cáo ghi thống nhất: "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thị xã, thành phố) khóa \
... trình Đại hội đại biểu Đảng bộ huyện (thị xã, thành phố) lần thứ ..., nhiệm kỳ 2020 - 2025".
p|Chủ đề đại hội được ghi ngay dưới tên báo cáo, thể hiện mục tiêu, khát vọng phát triển của địa phương \
trong nhiệm kỳ; phải ngắn gọn, dễ nhớ, không quá 50 chữ.
h2|2. Bố cục
p|Báo cáo chính trị gồm phần mở đầu, ba phần chính và phần kết luận, cụ thể:
p|- Phần mở đầu: khái quát bối cảnh, thuận lợi, khó khăn trong quá trình thực hiện nghị quyết, viết không \
quá một trang.
p|- Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015 - 2020 và bài học kinh nghiệm, chiếm \
khoảng 40% dung lượng báo cáo.
p|- Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025, chiếm khoảng 50% dung \
lượng báo cáo.
p|- Phần thứ ba: Tổ chức thực hiện nghị quyết, chiếm khoảng 10% dung lượng báo cáo.
p|- Phần kết luận: lời kêu gọi ngắn gọn, khơi dậy ý chí, quyết tâm của cán bộ, đảng viên và Nhân dân các \
dân tộc trong huyện.
h2|3. Dung lượng
p|Dung lượng báo cáo chính trị và các văn bản kèm theo thực hiện như sau:
table|LIMITS
p|Báo cáo tóm tắt phải phản ánh đầy đủ những nội dung cốt lõi của báo cáo chính trị, nhất là mục tiêu \
tổng quát, các chỉ tiêu chủ yếu và các khâu đột phá; được gửi kèm dự thảo báo cáo chính trị khi trình Ban \
Thường vụ Tỉnh ủy.
h2|4. Thể thức
p|Thể thức trình bày thực hiện theo Hướng dẫn số 36-HD/VPTW, ngày 03/4/2018 của Văn phòng Trung ương Đảng \
về thể thức và kỹ thuật trình bày văn bản của Đảng.
p|Không đưa nội dung kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành vào báo cáo chính trị.
h1|III. NỘI DUNG CHỦ YẾU CỦA BÁO CÁO CHÍNH TRỊ
h2|1. Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015 - 2020 và bài học kinh nghiệm
h3|a) Kết quả đạt được
p|Đánh giá toàn diện trên các lĩnh vực, tập trung vào việc thực hiện các chỉ tiêu chủ yếu, các khâu đột \
phá và các chương trình trọng tâm của nghị quyết; nêu rõ chỉ tiêu đạt, vượt, không đạt.
p|- Về kinh tế: nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu người, thu ngân \
sách nhà nước trên địa bàn; kết quả chuyển dịch cơ cấu kinh tế, cơ cấu cây trồng, phát triển nông nghiệp ứng \
dụng công nghệ cao và kinh tế hợp tác.
p|- Về xây dựng nông thôn mới và đô thị: nêu số xã đạt chuẩn nông thôn mới, số tiêu chí bình quân trên mỗi \
xã và số buôn đồng bào dân tộc thiểu số đạt chuẩn nông thôn mới; đối với thành phố, thị xã, nêu kết quả xây \
dựng đô thị văn minh, số phường đạt chuẩn văn minh đô thị.
p|- Về văn hóa - xã hội: nêu tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ, trong đó có tỷ lệ hộ nghèo đồng bào dân \
tộc thiểu số tại chỗ; kết quả giáo dục, y tế, giải quyết việc làm; công tác bảo tồn, phát huy giá trị Không \
gian văn hóa cồng chiêng Tây Nguyên.
p|- Về tài nguyên, môi trường: đánh giá công tác quản lý đất đai, khoáng sản, tài nguyên nước; kết quả \
trồng rừng, giữ ổn định diện tích rừng hiện có và xử lý các vụ việc vi phạm Luật Lâm nghiệp.
p|- Về quốc phòng, an ninh: đánh giá tình hình an ninh chính trị, an ninh nông thôn, trật tự an toàn xã hội; \
kết quả đấu tranh với các hoạt động lợi dụng vấn đề dân tộc, tôn giáo để gây mất ổn định; công tác phòng, \
chống tội phạm và ma túy.
p|- Về xây dựng Đảng và hệ thống chính trị: nêu số đảng viên kết nạp mới trong nhiệm kỳ, trong đó số đảng \
viên là người dân tộc thiểu số; số buôn, thôn, tổ dân phố chưa có đảng viên; tỷ lệ tổ chức cơ sở đảng hoàn \
thành tốt nhiệm vụ trở lên.
p|- Về công tác dân vận và hoạt động của Mặt trận Tổ quốc, các đoàn thể: đánh giá việc thực hiện quy chế \
dân chủ ở cơ sở và phong trào thi đua "Dân vận khéo".
h3|b) Hạn chế, yếu kém và nguyên nhân
p|Chỉ rõ những chỉ tiêu không đạt, những lĩnh vực còn yếu kém; phân tích nguyên nhân khách quan và chủ \
quan, trong đó nhấn mạnh nguyên nhân chủ quan và trách nhiệm của tập thể Ban Thường vụ, người đứng đầu cấp ủy.
h3|c) Bài học kinh nghiệm
p|Rút ra từ 3 đến 5 bài học kinh nghiệm sát với thực tiễn lãnh đạo của đảng bộ; tránh chung chung, lặp lại \
bài học của nhiệm kỳ trước.
note|Ghi chú: Số liệu trong Phần thứ nhất được so sánh với năm 2015 (năm cuối nhiệm kỳ trước) và với chỉ \
tiêu nghị quyết; các biểu số liệu trong phụ lục thể hiện không quá 5 năm (2016 - 2020), trong đó số liệu năm \
2020 là số ước thực hiện cả năm.
h2|2. Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025
h3|a) Dự báo tình hình
p|Dự báo bối cảnh trong nước, của tỉnh và của địa phương tác động đến việc thực hiện nhiệm vụ nhiệm kỳ \
2020 - 2025, viết ngắn gọn, không quá 2 trang.
p|Không cần phân tích tình hình thế giới và khu vực.
h3|b) Mục tiêu tổng quát và các chỉ tiêu chủ yếu
p|Mục tiêu tổng quát phải ngắn gọn, thể hiện khát vọng phát triển và thống nhất với chủ đề đại hội.
p|Hệ thống chỉ tiêu chủ yếu không quá 22 chỉ tiêu, chia thành 3 nhóm: nhóm chỉ tiêu kinh tế; nhóm chỉ tiêu \
văn hóa - xã hội và môi trường; nhóm chỉ tiêu quốc phòng, an ninh và xây dựng Đảng.
p|Mỗi chỉ tiêu phải có cơ sở tính toán, phù hợp với chỉ tiêu dự kiến của tỉnh và khả năng huy động nguồn \
lực; các đơn vị tham khảo danh mục chỉ tiêu gợi ý tại Phụ lục kèm theo Hướng dẫn này.
h3|c) Nhiệm vụ và giải pháp chủ yếu
p|Xác định những nhiệm vụ, giải pháp chủ yếu, khả thi trên các lĩnh vực, gắn với tiềm năng, lợi thế của \
địa phương; tránh liệt kê dàn trải, trùng lặp với phần đánh giá.
p|Chú trọng giải pháp phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, giữ gìn khối đoàn kết \
các dân tộc; thực hiện tốt chính sách tôn giáo, chăm lo đời sống đồng bào có đạo.
p|Về xây dựng Đảng, tập trung nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng, xóa buôn, thôn chưa có \
đảng viên, chưa có chi bộ; xây dựng đội ngũ cán bộ người dân tộc thiểu số tại chỗ.
h3|d) Khâu đột phá
p|Lựa chọn không quá 3 khâu đột phá; mỗi khâu đột phá phải nêu rõ nội dung, cách làm, nguồn lực và lộ \
trình thực hiện.
h2|3. Phần thứ ba: Tổ chức thực hiện nghị quyết
p|Nêu định hướng xây dựng chương trình hành động thực hiện nghị quyết đại hội, các đề án, chương trình \
trọng tâm của nhiệm kỳ; phân công trách nhiệm và chế độ sơ kết giữa nhiệm kỳ.
h1|IV. NỘI DUNG RIÊNG THEO ĐẶC ĐIỂM TỪNG ĐỊA BÀN
p|Ngoài các nội dung tại mục III, báo cáo chính trị của các đơn vị sau đây bổ sung những nội dung riêng:
h2|1. Thành phố Buôn Ma Thuột và thị xã Buôn Hồ
p|- Đánh giá kết quả quy hoạch, chỉnh trang đô thị, quản lý trật tự xây dựng và thu gom, xử lý rác thải \
sinh hoạt.
p|- Riêng thành phố Buôn Ma Thuột, làm rõ lộ trình xây dựng thành phố trở thành đô thị trung tâm vùng Tây \
Nguyên và phát triển thương hiệu "Buôn Ma Thuột - Điểm đến của cà phê thế giới".
p|- Riêng thị xã Buôn Hồ, làm rõ các tiêu chí đô thị loại III còn thiếu và lộ trình hoàn thành.
h2|2. Các huyện biên giới (Ea Súp, Buôn Đôn)
p|- Quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia và hệ thống mốc quốc giới trên tuyến biên giới \
Việt Nam - Campuchia.
p|- Phòng, chống xuất cảnh, nhập cảnh trái phép, buôn lậu và vận chuyển lâm sản trái phép qua biên giới.
p|- Xây dựng thế trận biên phòng toàn dân gắn với thế trận an ninh nhân dân; mở rộng quan hệ hữu nghị với \
tỉnh Mondulkiri, Vương quốc Campuchia.
h2|3. Các huyện có đông đồng bào dân tộc thiểu số di cư tự do (Ea Súp, Krông Bông, M'Đrắk, Ea H'leo)
p|- Đánh giá kết quả bố trí, ổn định dân di cư tự do; giải quyết đất ở, đất sản xuất, nước sinh hoạt cho \
đồng bào.
p|- Làm rõ tình trạng tranh chấp, lấn chiếm đất rừng, phá rừng làm nương rẫy và giải pháp quản lý, bảo vệ \
rừng.
h2|4. Các huyện trọng điểm cà phê, hồ tiêu (Cư M'gar, Krông Pắc, Krông Năng, Krông Búk, Cư Kuin)
p|- Đánh giá kết quả tái canh cà phê, chuyển đổi cây trồng kém hiệu quả, liên kết sản xuất theo chuỗi giá \
trị và cấp chứng nhận sản xuất bền vững.
p|- Nêu giải pháp ứng phó với hạn hán, bảo đảm nước tưới cho cây công nghiệp dài ngày trong mùa khô.
h2|5. Các huyện có vườn quốc gia (Buôn Đôn, Ea Súp, Krông Bông, Lắk)
p|- Đánh giá công tác phối hợp quản lý, bảo vệ rừng đặc dụng tại Vườn quốc gia Yok Đôn, Vườn quốc gia Chư \
Yang Sin; phòng cháy, chữa cháy rừng mùa khô.
p|- Định hướng phát triển du lịch sinh thái gắn với bảo tồn đa dạng sinh học và văn hóa truyền thống các \
dân tộc.
h1|V. QUY TRÌNH, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN
h2|1. Quy trình, thời gian
p|a) Ban Thường vụ cấp ủy cấp huyện thành lập tổ biên tập văn kiện, xây dựng đề cương chi tiết báo cáo \
chính trị, gửi Ban Tuyên giáo Tỉnh ủy trước ngày 15/01/2020.
p|b) Dự thảo báo cáo chính trị (lần thứ nhất) gửi Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước \
ngày 31/3/2020 để cho ý kiến.
p|c) Sau khi tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy, dự thảo được gửi lấy ý kiến các chi bộ, đảng bộ cơ \
sở và niêm yết công khai tại trụ sở Ủy ban nhân dân các xã, phường, thị trấn ít nhất 10 ngày để Nhân dân \
góp ý.
p|d) Dự thảo hoàn chỉnh gửi Ban Thường vụ Tỉnh ủy chậm nhất 20 ngày trước ngày khai mạc đại hội.
p|đ) Định kỳ vào ngày 25 hằng tháng, các huyện ủy, thị ủy, thành ủy báo cáo tiến độ xây dựng văn kiện về \
Ban Tuyên giáo Tỉnh ủy.
h2|2. Điều chỉnh giới hạn dung lượng
p|Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy về tinh gọn văn kiện đại hội, giới hạn dung lượng báo \
cáo chính trị tại mục II.3 nêu trên được điều chỉnh như sau: báo cáo chính trị dài không quá 30 trang khổ A4 \
(không kể phụ lục).
p|Các giới hạn khác tại mục II.3 giữ nguyên.
h2|3. Tổ chức thực hiện
p|Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy tổng hợp ý kiến góp ý \
các dự thảo, tham mưu Ban Thường vụ Tỉnh ủy cho ý kiến.
p|Hướng dẫn này thay thế Hướng dẫn số 21-HD/BTGTU, ngày 02/3/2015 của Ban Tuyên giáo Tỉnh ủy.
p|Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Ban Tuyên giáo Tỉnh ủy (qua \
Phòng Lý luận chính trị - Lịch sử Đảng) để được hướng dẫn.
sign|
pagebreak|
h1|PHỤ LỤC. ĐỀ CƯƠNG GỢI Ý
sub|ĐỀ CƯƠNG GỢI Ý BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẢNG BỘ CẤP HUYỆN NHIỆM KỲ 2020 - 2025
p|(Kèm theo Hướng dẫn số 38-HD/BTGTU, ngày 16/12/2019 của Ban Tuyên giáo Tỉnh ủy)
p|Tên báo cáo và chủ đề đại hội: ghi theo mục II.1 của Hướng dẫn.
h2|PHẦN MỞ ĐẦU
p|Khái quát đặc điểm tình hình của địa phương khi bước vào nhiệm kỳ 2015 - 2020; những thuận lợi, khó khăn \
chủ yếu tác động đến việc thực hiện nghị quyết.
h2|PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020
h3|I. Kết quả đạt được
p|1. Phát triển kinh tế: tăng trưởng và cơ cấu kinh tế; nông nghiệp và xây dựng nông thôn mới; công \
nghiệp, tiểu thủ công nghiệp; thương mại, dịch vụ, du lịch; thu, chi ngân sách; quản lý đất đai, tài \
nguyên, môi trường.
p|2. Văn hóa - xã hội: giáo dục và đào tạo; y tế, dân số; văn hóa, thể thao; giảm nghèo, an sinh xã hội; \
thực hiện chính sách dân tộc, tôn giáo.
p|3. Quốc phòng, an ninh và đối ngoại.
p|4. Xây dựng Đảng và hệ thống chính trị: công tác chính trị, tư tưởng; tổ chức, cán bộ và đảng viên; kiểm \
tra, giám sát; dân vận; hoạt động của Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể.
h3|II. Hạn chế, yếu kém và nguyên nhân
h3|III. Bài học kinh nghiệm
h2|PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025
h3|I. Dự báo tình hình
h3|II. Mục tiêu tổng quát và các chỉ tiêu chủ yếu
p|Danh mục gợi ý gồm 18 chỉ tiêu; các đơn vị lựa chọn, bổ sung cho phù hợp với đặc điểm địa phương, bảo \
đảm không vượt giới hạn tại điểm b khoản 2 mục III của Hướng dẫn.
p|- Nhóm chỉ tiêu kinh tế (7 chỉ tiêu): tốc độ tăng trưởng giá trị sản xuất bình quân; thu nhập bình quân \
đầu người; thu ngân sách nhà nước trên địa bàn; tổng vốn đầu tư toàn xã hội; diện tích cà phê tái canh; \
diện tích tưới chủ động; số xã đạt chuẩn nông thôn mới.
p|- Nhóm chỉ tiêu văn hóa - xã hội và môi trường (7 chỉ tiêu): tỷ lệ giảm hộ nghèo bình quân hằng năm; tỷ \
lệ trường đạt chuẩn quốc gia; tỷ lệ lao động qua đào tạo; số bác sĩ trên một vạn dân; tỷ lệ dân số tham \
gia bảo hiểm y tế; tỷ lệ che phủ rừng; tỷ lệ hộ dân được sử dụng nước hợp vệ sinh.
p|- Nhóm chỉ tiêu quốc phòng, an ninh và xây dựng Đảng (4 chỉ tiêu): tỷ lệ hoàn thành chỉ tiêu tuyển quân; \
tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn an toàn về an ninh, trật tự; số đảng viên kết nạp mới; tỷ lệ tổ \
chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.
h3|III. Nhiệm vụ và giải pháp chủ yếu
p|1. Phát triển kinh tế nhanh, bền vững; cơ cấu lại nông nghiệp gắn với xây dựng nông thôn mới.
p|2. Phát triển văn hóa - xã hội, chăm lo đời sống Nhân dân, nhất là đồng bào dân tộc thiểu số.
p|3. Bảo đảm quốc phòng, an ninh; giữ vững ổn định chính trị ở cơ sở.
p|4. Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.
h3|IV. Các khâu đột phá
h2|PHẦN THỨ BA. TỔ CHỨC THỰC HIỆN NGHỊ QUYẾT
h2|KẾT LUẬN
p|Biểu phụ lục gợi ý: Biểu 1 - Kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2015 - 2020; Biểu 2 - Một \
số chỉ tiêu kinh tế - xã hội giai đoạn 2016 - 2020; Biểu 3 - Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025.
"""
