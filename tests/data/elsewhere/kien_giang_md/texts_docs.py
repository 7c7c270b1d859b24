"""Texts of the Word report (Báo cáo 86-BC/BTGTU), the 2020 political report of one district and the
distractor plan. Plain-text documents hold one paragraph per line; a backslash at the end of a source line
continues the same paragraph. A line break inside a table cell is written as a real newline inside the
cell's string. Every person, figure and document number is invented; places are real.
"""

# ------------------------------------------------------------------------------------------------------------
# Báo cáo số 86-BC/BTGTU (docx): intro, table STT / Đơn vị / Ưu điểm / Nội dung đề nghị bổ sung, chỉnh sửa
# ------------------------------------------------------------------------------------------------------------

TH_HEADER = [[
    "TỈNH ỦY KIÊN GIANG\nBAN TUYÊN GIÁO\n*\nSố 86-BC/BTGTU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nRạch Giá, ngày 05 tháng 02 năm 2025",
]]

# kind: title / subtitle (centred), h1 (bold), p (body)
TH_BEFORE = """\
title|BÁO CÁO
subtitle|Tổng hợp ý kiến góp ý dự thảo báo cáo chính trị trình đại hội đảng bộ huyện, thành phố \
nhiệm kỳ 2025 - 2030 (đợt 1)
subtitle|-----
p|Thực hiện Hướng dẫn số 47-HD/BTGTU, ngày 21/10/2024 của Ban Tuyên giáo Tỉnh ủy về xây dựng báo cáo \
chính trị trình đại hội đảng bộ huyện, thành phố nhiệm kỳ 2025 - 2030, đến ngày 17/01/2025, Ban Tuyên giáo \
Tỉnh ủy đã nhận được dự thảo báo cáo chính trị (lần thứ nhất) của 5 đơn vị: Thành ủy Rạch Giá, Huyện ủy \
Kiên Hải, Huyện ủy U Minh Thượng, Huyện ủy Giồng Riềng và Huyện ủy Tân Hiệp.
p|Ban Tuyên giáo Tỉnh ủy đã tổ chức nghiên cứu, đồng thời lấy ý kiến của Ban Tổ chức Tỉnh ủy, Văn phòng \
Tỉnh ủy, Sở Kế hoạch và Đầu tư và Cục Thống kê tỉnh. Kết quả tổng hợp như sau:
h1|I. NHẬN XÉT CHUNG
p|Các dự thảo cơ bản bám sát bố cục và nội dung theo Hướng dẫn số 47-HD/BTGTU; đánh giá tương đối toàn \
diện kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025; phương hướng, nhiệm vụ nhiệm kỳ 2025 - \
2030 có nhiều điểm mới, gắn với Quy hoạch tỉnh Kiên Giang thời kỳ 2021 - 2030.
p|Tuy nhiên, một số dự thảo còn dài so với quy định (dự thảo của Thành ủy Rạch Giá 41 trang, của Huyện ủy \
U Minh Thượng 37 trang); phần hạn chế, yếu kém ở một số dự thảo còn viết chung chung, chưa chỉ rõ nguyên \
nhân chủ quan; một vài số liệu chưa khớp giữa phần đánh giá và phụ lục.
h1|II. Ý KIẾN GÓP Ý CỤ THỂ ĐỐI VỚI TỪNG ĐƠN VỊ
"""

TH_TABLE = [
    ["STT", "Đơn vị", "Ưu điểm", "Nội dung đề nghị bổ sung, chỉnh sửa"],
    [
        "1",
        "Thành ủy Rạch Giá",
        ("Bố cục đúng hướng dẫn; số liệu phong phú, có so sánh với đầu nhiệm kỳ.\n"
        "Phần đánh giá phát triển đô thị có nhiều điểm mới."),
        ("Rút gọn dự thảo (hiện 41 trang) về không quá 30 trang theo hướng dẫn.\n"
        "Bổ sung đánh giá kết quả đầu tư, khai thác các khu lấn biển và việc giải quyết vướng mắc về bồi "
        "thường, tái định cư cho người dân.\n"
        "Làm rõ nguyên nhân chỉ tiêu thu tiền sử dụng đất không đạt.\n"
        "Bổ sung giải pháp chống ngập úng đô thị và thu gom, xử lý chất thải rắn."),
    ],
    [
        "2",
        "Huyện ủy Kiên Hải",
        "Phản ánh khá đầy đủ đặc thù huyện đảo; phần bài học kinh nghiệm sát thực tiễn.",
        ("Chủ đề đại hội dài 52 chữ, đề nghị rút gọn theo đúng hướng dẫn; bổ sung đánh giá kết quả đưa điện "
        "lưới quốc gia và cấp nước ngọt cho các xã đảo; làm rõ kết quả chống khai thác hải sản bất hợp pháp, "
        "không báo cáo và không theo quy định (IUU) đối với đội tàu cá của huyện; bổ sung định hướng phát "
        "triển du lịch cộng đồng ở Nam Du, Hòn Sơn gắn với bảo vệ môi trường biển."),
    ],
    [
        "3",
        "Huyện ủy U Minh Thượng",
        "Có phần đánh giá riêng về vùng đệm Vườn quốc gia U Minh Thượng; số liệu rõ ràng.",
        ("Dự thảo nêu 7 bài học kinh nghiệm, đề nghị chọn lọc lại theo hướng dẫn.\n"
        "Bổ sung đánh giá công tác phòng cháy, chữa cháy rừng mùa khô và trách nhiệm của chủ rừng.\n"
        "Làm rõ kết quả chuyển đổi cơ cấu cây trồng, vật nuôi trên đất vùng đệm.\n"
        "Bổ sung số ấp chưa có chi bộ riêng và lộ trình khắc phục."),
    ],
    [
        "4",
        "Huyện ủy Giồng Riềng",
        "Phần kinh tế nông nghiệp viết cụ thể, có số liệu so sánh theo từng năm.",
        ("Chỉ tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 9,8%/năm chưa có cơ sở, đề nghị tính toán "
        "lại cho sát khả năng thực hiện; bổ sung kết quả xây dựng xã nông thôn mới nâng cao, nông thôn mới "
        "kiểu mẫu; làm rõ công tác phát triển đảng viên trong đồng bào dân tộc Khmer; phần dự báo tình hình "
        "còn phân tích dài về bối cảnh quốc tế, đề nghị lược bỏ theo hướng dẫn."),
    ],
    [
        "5",
        "Huyện ủy Tân Hiệp",
        "Dự thảo ngắn gọn (28 trang), đúng bố cục; số liệu khớp với niên giám thống kê.",
        "Thống nhất với dự thảo, không có ý kiến thêm.",
    ],
]

TH_AFTER = """\
h1|III. ĐỀ NGHỊ
p|Đề nghị Ban Thường vụ Thành ủy Rạch Giá, Huyện ủy Kiên Hải, Huyện ủy U Minh Thượng, Huyện ủy Giồng \
Riềng chỉ đạo Tiểu ban Văn kiện tiếp thu, chỉnh sửa dự thảo, gửi về Ban Tuyên giáo Tỉnh ủy trước ngày \
28/02/2025 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.
p|Ban Tuyên giáo Tỉnh ủy tiếp tục tổng hợp ý kiến đối với dự thảo của các đơn vị gửi sau và báo cáo Ban \
Thường vụ Tỉnh ủy theo quy định.
p|Trên đây là báo cáo tổng hợp ý kiến góp ý dự thảo báo cáo chính trị (đợt 1) của Ban Tuyên giáo Tỉnh ủy./.
"""

TH_SIGN = [[
    ("Nơi nhận:\n- Thường trực Tỉnh ủy (b/c),\n- Ban Thường vụ các huyện ủy, thành ủy có tên,\n"
    "- Lưu Văn phòng Ban."),
    "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n(Đã ký)\n\nLê Thị Ngọc Hân",
]]


# ------------------------------------------------------------------------------------------------------------
# 2020 political report of huyện Châu Thành: the district is named only in the letterhead and the title
# ------------------------------------------------------------------------------------------------------------

CHAUTHANH_2020 = """\
ĐẢNG BỘ TỈNH KIÊN GIANG
HUYỆN ỦY CHÂU THÀNH
*
ĐẢNG CỘNG SẢN VIỆT NAM
Minh Lương, ngày 15 tháng 7 năm 2020
BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa XI trình Đại hội đại biểu Đảng bộ huyện Châu Thành lần thứ XII, \
nhiệm kỳ 2020 - 2025
Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, dân chủ; khai thác có hiệu \
quả tiềm năng, lợi thế; xây dựng huyện phát triển nhanh, bền vững.
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XI, NHIỆM KỲ 2015 - 2020
I. BỐI CẢNH
Nhiệm kỳ 2015 - 2020, Đảng bộ và Nhân dân trong huyện thực hiện nghị quyết đại hội trong điều kiện có \
nhiều thuận lợi: tình hình chính trị ổn định, hạ tầng giao thông được đầu tư, nhất là các tuyến Quốc lộ 61, \
Quốc lộ 80; Nhân dân tin tưởng vào sự lãnh đạo của Đảng. Tuy nhiên, hạn hán, xâm nhập mặn mùa khô năm \
2015 - 2016 và năm 2019 - 2020 gây thiệt hại nặng cho sản xuất; giá lúa nhiều thời điểm bấp bênh; dịch \
tả lợn châu Phi năm 2019 và dịch bệnh Covid-19 từ đầu năm 2020 tác động lớn đến đời sống Nhân dân.
II. KẾT QUẢ ĐẠT ĐƯỢC
1. Về kinh tế
Tốc độ tăng trưởng giá trị sản xuất bình quân 5 năm đạt 7,62%/năm (Nghị quyết đề ra 7 - 7,5%/năm). Cơ \
cấu kinh tế chuyển dịch đúng hướng: nông - lâm - thủy sản chiếm 46,3%, công nghiệp - xây dựng 24,1%, \
thương mại - dịch vụ 29,6%. Thu nhập bình quân đầu người năm 2020 ước đạt 52,4 triệu đồng, gấp 1,58 lần \
năm 2015.
Sản xuất nông nghiệp tiếp tục là thế mạnh; diện tích gieo trồng lúa hằng năm trên 72.000 ha, sản lượng \
bình quân 445.000 tấn/năm; tỷ lệ cơ giới hóa khâu thu hoạch đạt 98%. Các xã giáp ranh thành phố Rạch Giá \
phát triển nhanh dịch vụ, khu dân cư và cơ sở chế biến lương thực.
Thu ngân sách nhà nước trên địa bàn 5 năm đạt 1.286 tỷ đồng, bình quân tăng 9,4%/năm; riêng năm 2020 ước \
đạt 276 tỷ đồng, không đạt chỉ tiêu nghị quyết do thực hiện miễn, giảm thuế và ảnh hưởng của dịch bệnh.
2. Về xây dựng nông thôn mới và đô thị
Đến cuối năm 2020 có 7/9 xã đạt chuẩn nông thôn mới, bình quân đạt 17,8 tiêu chí/xã; 2 xã còn lại đạt 15 \
và 16 tiêu chí. Thị trấn Minh Lương được đầu tư chỉnh trang, đạt các tiêu chí đô thị loại V.
3. Về văn hóa - xã hội
Tỷ lệ hộ nghèo giảm từ 4,86% năm 2015 xuống còn 1,52% năm 2020; tỷ lệ lao động qua đào tạo đạt 58%; 97,2% \
dân số tham gia bảo hiểm y tế; 22/36 trường đạt chuẩn quốc gia. Chính sách đối với đồng bào dân tộc \
Khmer, người có công được thực hiện đầy đủ, kịp thời.
4. Về quốc phòng, an ninh
Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; tai nạn giao thông giảm cả 3 tiêu chí; \
hoàn thành 100% chỉ tiêu giao quân hằng năm.
5. Về xây dựng Đảng và hệ thống chính trị
Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.042 đảng viên mới, đạt 104,2% chỉ tiêu nghị quyết; tỷ lệ tổ chức \
cơ sở đảng hoàn thành tốt nhiệm vụ trở lên bình quân đạt 88,6%; 100% ấp, khu phố có chi bộ.
III. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN
Có 3/18 chỉ tiêu không đạt: thu ngân sách nhà nước trên địa bàn, tỷ lệ lao động qua đào tạo (58%/60%) và \
số trường đạt chuẩn quốc gia (22/25 trường). Chuyển dịch cơ cấu trong nông nghiệp còn chậm; liên kết sản \
xuất, tiêu thụ lúa theo chuỗi chưa nhiều.
Nguyên nhân chủ quan là một số cấp ủy, người đứng đầu chưa quyết liệt trong chỉ đạo; công tác phối hợp \
giữa các ngành chưa chặt chẽ; việc huy động nguồn lực xã hội hóa còn hạn chế.
IV. BÀI HỌC KINH NGHIỆM
Một là, phải thường xuyên chăm lo xây dựng Đảng bộ trong sạch, vững mạnh, giữ vững đoàn kết nội bộ.
Hai là, phải bám sát thực tiễn, cụ thể hóa kịp thời các chủ trương của cấp trên phù hợp với điều kiện \
của huyện.
Ba là, phát huy vai trò người đứng đầu, gắn trách nhiệm với kết quả thực hiện nhiệm vụ.
Bốn là, dựa vào Nhân dân, phát huy quyền làm chủ của Nhân dân trong xây dựng nông thôn mới.
PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025
I. MỤC TIÊU TỔNG QUÁT
Xây dựng Đảng bộ và hệ thống chính trị vững mạnh; phát triển kinh tế nhanh, bền vững gắn với xây dựng \
nông thôn mới nâng cao; nâng cao đời sống vật chất, tinh thần của Nhân dân; giữ vững quốc phòng, an ninh.
II. CÁC CHỈ TIÊU CHỦ YẾU
Tốc độ tăng trưởng giá trị sản xuất bình quân 7%/năm trở lên.
Thu nhập bình quân đầu người đến năm 2025 đạt 75 triệu đồng.
Thu ngân sách nhà nước trên địa bàn tăng bình quân 8%/năm.
Tỷ lệ hộ nghèo giảm bình quân 0,3 - 0,5%/năm.
Đến năm 2025, 100% xã đạt chuẩn nông thôn mới, có 3 xã đạt chuẩn nông thôn mới nâng cao; huyện đạt chuẩn \
huyện nông thôn mới.
Kết nạp mới 1.000 đảng viên trở lên; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 90%.
III. BA KHÂU ĐỘT PHÁ
Một là, đầu tư hạ tầng giao thông, thủy lợi phục vụ sản xuất lúa chất lượng cao.
Hai là, phát triển thương mại - dịch vụ dọc các tuyến quốc lộ.
Ba là, cải cách hành chính, nâng cao chất lượng đội ngũ cán bộ cơ sở.
PHẦN THỨ BA
TỔ CHỨC THỰC HIỆN
Ngay sau đại hội, Ban Chấp hành Đảng bộ huyện khóa XII xây dựng chương trình hành động; các tổ chức cơ \
sở đảng cụ thể hóa nghị quyết phù hợp với điều kiện của từng xã, thị trấn.
Đại hội kêu gọi cán bộ, đảng viên và Nhân dân trong huyện phát huy truyền thống đoàn kết, thi đua thực \
hiện thắng lợi Nghị quyết Đại hội./.
"""


# ------------------------------------------------------------------------------------------------------------
# Distractor: the province's plan against drought and salinity intrusion for the 2024 - 2025 dry season
# ------------------------------------------------------------------------------------------------------------

HANMAN_2024 = """\
ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 168/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 08 tháng 11 năm 2024
KẾ HOẠCH
Phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô năm 2024 - 2025 trên địa bàn tỉnh Kiên Giang
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống hạn hán, thiếu nước, xâm nhập mặn, hạn chế thấp nhất thiệt hại đối với sản xuất \
nông nghiệp và bảo đảm nước sinh hoạt cho Nhân dân trong mùa khô năm 2024 - 2025.
Các sở, ngành và Ủy ban nhân dân các huyện, thành phố phải xác định đây là nhiệm vụ trọng tâm, phân công \
rõ trách nhiệm, báo cáo kết quả kịp thời.
II. DỰ BÁO TÌNH HÌNH
Theo Đài Khí tượng Thủy văn tỉnh, mùa khô năm 2024 - 2025 có khả năng đến sớm; ranh mặn 4‰ có thể xâm \
nhập sâu 40 - 50 km trên sông Cái Lớn, sông Cái Bé. Các huyện An Biên, An Minh, U Minh Thượng, Vĩnh Thuận, \
Gò Quao, Châu Thành và Giồng Riềng có nguy cơ bị ảnh hưởng; các xã đảo của thành phố Phú Quốc và huyện \
Kiên Hải có thể thiếu nước sinh hoạt cục bộ vào tháng 3 và tháng 4/2025.
III. NHIỆM VỤ, GIẢI PHÁP
1. Sở Nông nghiệp và Phát triển nông thôn chủ trì vận hành hệ thống cống ngăn mặn vùng Tứ giác Long \
Xuyên và vùng bán đảo Cà Mau thuộc tỉnh; theo dõi độ mặn, thông tin kịp thời cho người dân.
2. Ủy ban nhân dân các huyện, thành phố rà soát diện tích lúa, tôm - lúa, cây ăn trái có nguy cơ bị ảnh \
hưởng, gửi về Sở Nông nghiệp và Phát triển nông thôn trước ngày 25/11/2024; chủ động nạo vét kênh mương, \
trữ nước ngọt; bổ sung phương án cấp nước sinh hoạt cho các khu dân cư thiếu nước.
3. Ban Quản lý Vườn quốc gia U Minh Thượng giữ mực nước trong vùng lõi, tăng cường phòng cháy, chữa cháy \
rừng trong mùa khô; phối hợp với Ủy ban nhân dân các huyện An Minh, An Biên, Vĩnh Thuận bảo vệ rừng \
tràm.
4. Ủy ban nhân dân thành phố Phú Quốc chỉ đạo vận hành hồ Dương Đông hợp lý; Ủy ban nhân dân huyện Kiên \
Hải bảo đảm nước ngọt cho người dân các xã đảo, nhất là xã Nam Du.
5. Sở Thông tin và Truyền thông, Báo Kiên Giang, Đài Phát thanh và Truyền hình tỉnh tuyên truyền để \
người dân chủ động trữ nước, bố trí lịch thời vụ phù hợp.
IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện kế hoạch được bố trí từ nguồn dự phòng ngân sách tỉnh năm 2025 và ngân sách các huyện, \
thành phố; tổng kinh phí dự kiến 38,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 24 tỷ đồng.
V. TỔ CHỨC THỰC HIỆN, CHẾ ĐỘ BÁO CÁO
Ủy ban nhân dân các huyện, thành phố báo cáo nhanh tình hình xâm nhập mặn vào thứ Sáu hằng tuần; báo cáo \
kết quả thực hiện kế hoạch về Sở Nông nghiệp và Phát triển nông thôn trước ngày 10/01/2025 (báo cáo sơ \
bộ) và trước ngày 30/5/2025 (báo cáo tổng kết) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Nông nghiệp và Phát \
triển nông thôn để tổng hợp, đề xuất Ủy ban nhân dân tỉnh xem xét, giải quyết./.
Nơi nhận: Bộ Nông nghiệp và Phát triển nông thôn; Thường trực Tỉnh ủy; Thường trực HĐND tỉnh; các sở, \
ngành; Ủy ban nhân dân các huyện, thành phố; Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đoàn Văn Thắng
"""
