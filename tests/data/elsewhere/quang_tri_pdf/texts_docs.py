"""Texts of the five corpus documents of the Quảng Trị (PDF) set.

Each document is written in a small block format: blocks are separated by a blank line, a block starts
with "@kind " (title, sub, sep, h1, h2, h3, p, nr, sig, sapo, fig, author); inside a block the line
breaks are only source wrapping and are joined with single spaces, except in "nr" and "sig" blocks,
which keep their lines. People, figures and document numbers are invented; places are real.
"""

from __future__ import annotations


def _blocks(src: str) -> list[tuple[str, str]]:
    out = []
    for chunk in src.strip().split("\n\n"):
        head, _, body = chunk.partition(" ")
        kind = head.lstrip("@")
        text = body.strip() if kind in ("nr", "sig") else " ".join(body.split())
        out.append((kind, text))
    return out


# ---- Hướng dẫn 41-HD/BTGTU (PDF): letterhead, running header, body
HD_LEFT = ["TỈNH ỦY QUẢNG TRỊ", "BAN TUYÊN GIÁO", "*", "Số 41-HD/BTGTU"]
HD_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đông Hà, ngày 12 tháng 11 năm 2019"]
HD_RUNNING_HEADER = "Hướng dẫn số 41-HD/BTGTU ngày 12/11/2019 của Ban Tuyên giáo Tỉnh ủy Quảng Trị"
HD_PDF_TITLE = "Hướng dẫn 41-HD/BTGTU"

# ---- Thông báo kết luận 318-TB/TU (docx): letterhead table, body, signer table
TB_CORE_TITLE = "Thông báo kết luận 318-TB/TU"
TB_HEADER = [
    ["TỈNH ỦY QUẢNG TRỊ\n*\nSố 318-TB/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐông Hà, ngày 08 tháng 5 năm 2020"],
]
TB_SIGN = [
    [
        (
            "Nơi nhận:\n- Ban Thường vụ Huyện ủy Vĩnh Linh, Hướng Hóa, Triệu Phong,\n"
            "- Ban Thường vụ Thị ủy Quảng Trị,\n- Các huyện ủy, thành ủy còn lại (để tham khảo),\n"
            "- Ban Tuyên giáo Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy."
        ),
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(đã ký)\nHồ Sỹ Lâm",
    ],
]

# ---- Hướng dẫn 41-HD/BTGTU, body (PDF)
HUONGDAN = _blocks(
    """
@title HƯỚNG DẪN

@sub nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm
kỳ 2020 - 2025

@sep -----

@p Căn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến
tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Kế hoạch số 118-KH/TU ngày 24/7/2019 của
Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh
lần thứ XVII, nhiệm kỳ 2020 - 2025, Ban Tuyên giáo Tỉnh ủy hướng dẫn nội dung, hình thức báo cáo
chính trị trình đại hội đảng bộ huyện, thị xã, thành phố (sau đây gọi chung là đảng bộ cấp
huyện) như sau:

@h1 I. MỤC ĐÍCH, YÊU CẦU

@p 1. Báo cáo chính trị là văn kiện trung tâm của đại hội, kết tinh trí tuệ của toàn đảng bộ,
phản ánh ý chí, nguyện vọng của cán bộ, đảng viên và nhân dân trên địa bàn.

@p 2. Báo cáo phải đánh giá đúng thực trạng, khách quan, trung thực kết quả thực hiện Nghị quyết
đại hội nhiệm kỳ 2015 - 2020; cụ thể hóa dự thảo các văn kiện trình Đại hội XVII Đảng bộ tỉnh
phù hợp với điều kiện của từng địa phương.

@p 3. Việc xây dựng báo cáo phải phát huy trí tuệ tập thể; dự thảo phải được gửi lấy ý kiến các
tổ chức cơ sở đảng, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và đăng trên trang thông
tin điện tử của huyện ủy, thị ủy, thành ủy để nhân dân góp ý.

@p 4. Văn phong trong sáng, cô đọng, dễ hiểu; hạn chế dùng từ ngữ nước ngoài và chữ viết tắt.

@h1 II. NỘI DUNG VÀ BỐ CỤC BÁO CÁO

@h2 1. Tên gọi và chủ đề

@p - Tên báo cáo thống nhất ghi là: "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thị xã,
thành phố) khóa ... trình Đại hội đại biểu Đảng bộ huyện (thị xã, thành phố) lần thứ ..., nhiệm
kỳ 2020 - 2025".

@p - Chủ đề đại hội phải thể hiện được mục tiêu tổng quát, khát vọng phát triển của địa phương
trong nhiệm kỳ tới; dung lượng của chủ đề thực hiện theo điểm b khoản 2 mục III của Hướng dẫn
này.

@h2 2. Bố cục

@p Báo cáo gồm phần mở đầu và ba phần, cụ thể như sau:

@p a) Phần thứ nhất: Kết quả thực hiện Nghị quyết đại hội đảng bộ nhiệm kỳ 2015 - 2020 và bài
học kinh nghiệm (chiếm khoảng 35% dung lượng báo cáo).

@p b) Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp chủ yếu nhiệm kỳ 2020 - 2025
(chiếm khoảng 50% dung lượng báo cáo).

@p c) Phần thứ ba: Tổ chức thực hiện nghị quyết đại hội (chiếm khoảng 15% dung lượng báo cáo).

@p Phần mở đầu viết ngắn gọn, không quá một trang, nêu khái quát những thuận lợi, khó khăn tác
động đến việc thực hiện nghị quyết trong nhiệm kỳ.

@h2 3. Nội dung chủ yếu của từng phần

@h3 a) Phần thứ nhất

@p - Đánh giá kết quả đạt được trên các lĩnh vực, có bảng so sánh các chỉ tiêu nghị quyết với
kết quả thực hiện (đặt ở phụ lục).

@p - Về kinh tế: nêu rõ tốc độ tăng trưởng giá trị sản xuất bình quân, cơ cấu kinh tế, thu ngân
sách nhà nước trên địa bàn và thu nhập bình quân đầu người cuối nhiệm kỳ.

@p - Về xây dựng nông thôn mới: nêu số xã đạt chuẩn nông thôn mới, số xã đạt chuẩn nông thôn mới
nâng cao và số tiêu chí bình quân trên mỗi xã; thành phố Đông Hà và thị xã Quảng Trị đánh giá
kết quả xây dựng đô thị văn minh thay cho nội dung này.

@p - Về giảm nghèo: nêu tỷ lệ hộ nghèo đầu nhiệm kỳ, cuối nhiệm kỳ và số hộ thoát nghèo bền
vững.

@p - Về quốc phòng, an ninh: đánh giá việc xây dựng khu vực phòng thủ, giữ vững an ninh chính
trị, trật tự, an toàn xã hội.

@p - Về xây dựng Đảng và hệ thống chính trị: nêu số đảng viên mới kết nạp trong nhiệm kỳ, tỷ lệ
tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên và kết quả sắp xếp tổ chức bộ máy.

@p - Về hạn chế, yếu kém: chỉ rõ những chỉ tiêu không đạt, nguyên nhân chủ quan và trách nhiệm
của tập thể, cá nhân; tránh nêu chung chung hoặc chỉ nêu nguyên nhân khách quan.

@p - Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng trong nhiệm kỳ; các
số liệu chi tiết đưa vào phụ lục.

@p - Bài học kinh nghiệm phải được đúc rút từ thực tiễn lãnh đạo của đảng bộ, không nhắc lại
những bài học chung đã nêu trong văn kiện của cấp trên; số lượng bài học thực hiện theo điểm c
khoản 2 mục III của Hướng dẫn này.

@h3 b) Phần thứ hai

@p - Dự báo ngắn gọn tình hình trong nước, của tỉnh và địa phương có tác động đến nhiệm kỳ, viết
không quá 2 trang. Không cần viết phần dự báo tình hình thế giới và khu vực.

@p - Xác định mục tiêu tổng quát, các chỉ tiêu chủ yếu và nhiệm vụ, giải pháp trên từng lĩnh
vực; chỉ tiêu phải có cơ sở, phù hợp với khả năng thực hiện của địa phương.

@p - Lựa chọn khâu đột phá gắn với tiềm năng, lợi thế và những điểm nghẽn lớn nhất của địa
phương.

@h3 c) Phần thứ ba

@p - Nêu yêu cầu xây dựng chương trình hành động thực hiện nghị quyết ngay sau đại hội; phân
công trách nhiệm tổ chức thực hiện, kiểm tra, giám sát.

@h2 4. Nội dung riêng đối với một số đơn vị

@p Ngoài những nội dung chung nêu trên, báo cáo chính trị của một số đơn vị cần làm rõ thêm:

@h3 a) Huyện Hướng Hóa và huyện Đakrông (các huyện miền núi, biên giới):

@p - Có nội dung riêng về quản lý, bảo vệ đường biên giới, hệ thống mốc quốc giới Việt Nam - Lào
và xây dựng khu vực biên giới vững mạnh.

@p - Đánh giá kết quả đấu tranh phòng, chống ma túy, buôn lậu, mua bán người qua biên giới.

@p - Làm rõ kết quả giảm nghèo, nâng cao đời sống đồng bào dân tộc thiểu số Vân Kiều, Pa Kô;
công tác sắp xếp, bố trí dân cư ở vùng có nguy cơ sạt lở đất, lũ quét.

@h3 b) Các huyện ven biển Vĩnh Linh, Gio Linh, Triệu Phong, Hải Lăng:

@p - Đánh giá kết quả phát triển kinh tế biển, khai thác hải sản xa bờ gắn với bảo vệ chủ quyền
biển, đảo.

@p - Làm rõ công tác phòng, chống thiên tai, chống xói lở bờ biển và ứng phó với biến đổi khí
hậu ở vùng cát ven biển.

@h3 c) Huyện đảo Cồn Cỏ:

@p - Tập trung vào nhiệm vụ bảo vệ chủ quyền biển, đảo; xây dựng Cồn Cỏ thành trung tâm dịch vụ
hậu cần nghề cá và du lịch biển đảo.

@p - Không đưa chỉ tiêu về xây dựng nông thôn mới vào hệ thống chỉ tiêu của huyện Cồn Cỏ.

@h3 d) Thành phố Đông Hà và thị xã Quảng Trị:

@p - Đánh giá kết quả phát triển đô thị, chỉnh trang đô thị và phát triển thương mại, dịch vụ.

@p - Thị xã Quảng Trị làm rõ việc bảo tồn, phát huy giá trị Khu di tích lịch sử Thành Cổ Quảng
Trị gắn với phát triển du lịch.

@h1 III. HÌNH THỨC, DUNG LƯỢNG VÀ THỜI GIAN

@h2 1. Hình thức

@p Báo cáo trình bày trên khổ giấy A4, phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,2; thể
thức văn bản thực hiện theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương
Đảng.

@h2 2. Dung lượng

@p a) Báo cáo chính trị dài không quá 40 trang khổ A4 (không kể phụ lục); phụ lục số liệu kèm
theo báo cáo không quá 12 trang; báo cáo tóm tắt trình bày tại đại hội không quá 10 trang, thời
gian trình bày không quá 30 phút.

@p b) Chủ đề đại hội dài không quá 45 chữ. Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 không
quá 20 chỉ tiêu, chia thành ba nhóm: kinh tế; văn hóa - xã hội, môi trường; quốc phòng, an ninh
và xây dựng Đảng; riêng huyện Cồn Cỏ không quá 12 chỉ tiêu.

@p c) Rút ra không quá 4 bài học kinh nghiệm; xác định không quá 3 khâu đột phá, mỗi khâu đột
phá phải có địa chỉ, lộ trình và nguồn lực thực hiện.

@p d) Số liệu đánh giá tính đến ngày 30/6/2020, có ước thực hiện đến hết năm 2020.

@h2 3. Thời gian

@p a) Ban Thường vụ các huyện ủy, thị ủy, thành ủy gửi đề cương báo cáo chính trị về Ban Tuyên
giáo Tỉnh ủy trước ngày 20/12/2019.

@p b) Gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo
Tỉnh ủy) trước ngày 15/3/2020.

@p c) Dự thảo hoàn chỉnh sau khi tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy gửi về Ban Tuyên giáo
Tỉnh ủy chậm nhất 25 ngày trước ngày khai mạc đại hội.

@h1 IV. TỔ CHỨC THỰC HIỆN

@p 1. Ban Thường vụ các huyện ủy, thị ủy, thành ủy thành lập tiểu ban văn kiện, phân công đồng
chí bí thư trực tiếp chỉ đạo việc xây dựng báo cáo chính trị.

@p 2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy tổng
hợp, thẩm định các dự thảo, báo cáo Ban Thường vụ Tỉnh ủy cho ý kiến.

@p 3. Kinh phí xây dựng văn kiện do ngân sách huyện, thị xã, thành phố bảo đảm theo quy định
hiện hành.

@p Hướng dẫn này được phổ biến đến chi bộ. Trong quá trình thực hiện, nếu có vướng mắc, các đơn
vị phản ánh về Ban Tuyên giáo Tỉnh ủy (qua Phòng Lý luận chính trị - Lịch sử Đảng) để được hướng
dẫn thêm.

@nr Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Các huyện ủy, thị ủy, thành ủy,
- Các đồng chí Tỉnh ủy viên,
- Lưu Ban Tuyên giáo Tỉnh ủy.

@sig K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
(đã ký)
Nguyễn Thị Thu Hà
"""
)

# ---- Công văn 412-CV/BTGTU (txt, one block per line)
CONGVAN = _blocks(
    """
@p TỈNH ỦY QUẢNG TRỊ

@p BAN TUYÊN GIÁO

@p *

@p Số 412-CV/BTGTU

@p V/v điều chỉnh một số nội dung tại Hướng dẫn số 41-HD/BTGTU

@p ĐẢNG CỘNG SẢN VIỆT NAM

@p Đông Hà, ngày 06 tháng 3 năm 2020

@p Kính gửi: Ban Thường vụ các huyện ủy, thị ủy, thành ủy

@p Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại cuộc họp giao ban ngày 02/3/2020 về việc
bảo đảm tính cô đọng của văn kiện đại hội đảng bộ các cấp, đồng thời để các đảng bộ có thêm thời
gian lấy ý kiến cơ sở trong bối cảnh phải tập trung phòng, chống dịch bệnh Covid-19, Ban Tuyên
giáo Tỉnh ủy điều chỉnh một số nội dung tại Hướng dẫn số 41-HD/BTGTU ngày 12/11/2019 về nội
dung, hình thức báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 -
2025 như sau:

@p 1. Báo cáo chính trị trình đại hội đảng bộ cấp huyện dài không quá 35 trang khổ A4 (không kể
phụ lục), thay cho quy định tại điểm a khoản 2 mục III của Hướng dẫn số 41-HD/BTGTU. Quy định về
phụ lục số liệu và báo cáo tóm tắt tại điểm này giữ nguyên.

@p 2. Thời hạn gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Thường vụ Tỉnh ủy (qua Ban
Tuyên giáo Tỉnh ủy) là trước ngày 10/4/2020, thay cho quy định tại điểm b khoản 3 mục III của
Hướng dẫn số 41-HD/BTGTU.

@p 3. Các nội dung khác của Hướng dẫn số 41-HD/BTGTU không thay đổi. Đề nghị Ban Thường vụ các
huyện ủy, thị ủy, thành ủy quán triệt đến tiểu ban văn kiện để tổ chức thực hiện.

@p Nơi nhận:

@p - Như trên,

@p - Thường trực Tỉnh ủy (b/c),

@p - Lưu Ban Tuyên giáo Tỉnh ủy.

@p TRƯỞNG BAN

@p (đã ký)

@p Đoàn Minh Tâm
"""
)

# ---- Thông báo kết luận 318-TB/TU, body (docx)
THONGBAO = _blocks(
    """
@title THÔNG BÁO KẾT LUẬN

@sub của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ huyện Vĩnh
Linh, Hướng Hóa, Triệu Phong và thị xã Quảng Trị nhiệm kỳ 2020 - 2025

@sep -----

@p Ngày 05/5/2020, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị trình đại
hội đảng bộ huyện Vĩnh Linh, Hướng Hóa, Triệu Phong và thị xã Quảng Trị, nhiệm kỳ 2020 - 2025.
Đồng chí Trần Đức Khang, Bí thư Tỉnh ủy chủ trì hội nghị. Tham dự có các đồng chí Ủy viên Ban
Thường vụ Tỉnh ủy; lãnh đạo Ban Tuyên giáo, Ban Tổ chức, Văn phòng Tỉnh ủy và Ban Thường vụ các
huyện ủy, thị ủy có dự thảo được cho ý kiến.

@p Sau khi nghe các đơn vị báo cáo tóm tắt dự thảo và ý kiến thảo luận của các đồng chí dự hội
nghị, Ban Thường vụ Tỉnh ủy kết luận như sau:

@h2 1. Đánh giá chung

@p Các dự thảo được chuẩn bị công phu, bám sát Hướng dẫn số 41-HD/BTGTU và Công văn số
412-CV/BTGTU của Ban Tuyên giáo Tỉnh ủy; bố cục hợp lý, phần đánh giá cơ bản sát thực tế. Tuy
vậy, một số dự thảo còn dài, phần hạn chế nêu chưa cụ thể, một số chỉ tiêu đặt ra chưa có cơ sở
vững chắc.

@h2 2. Những nội dung chung

@p Đề nghị Ban Thường vụ Huyện ủy Vĩnh Linh, Hướng Hóa và Triệu Phong tiếp thu các nội dung
chung sau đây:

@p - Bổ sung đánh giá tác động của dịch bệnh Covid-19 đến phát triển kinh tế - xã hội năm 2020
và những năm đầu nhiệm kỳ tới.

@p - Phần hạn chế, yếu kém phải gắn với trách nhiệm của cấp ủy, người đứng đầu; không viết theo
kiểu liệt kê chung chung.

@p - Rà soát, cập nhật số liệu bảo đảm thống nhất với số liệu của Cục Thống kê tỉnh.

@h2 3. Đối với dự thảo của huyện Vĩnh Linh

@p - Dự thảo đề ra 24 chỉ tiêu chủ yếu, vượt quá số lượng quy định; đề nghị rà soát, lược bỏ các
chỉ tiêu trùng lặp hoặc khó đo lường.

@p - Làm rõ định hướng đầu tư Cảng cá Cửa Tùng và khu neo đậu tránh trú bão cho tàu cá.

@p - Bổ sung đánh giá tình trạng xói lở bờ biển khu vực Vĩnh Thái, Vĩnh Kim và giải pháp khắc
phục.

@p - Xác định rõ hướng phát triển du lịch gắn với Khu di tích Địa đạo Vịnh Mốc và Khu di tích
Đôi bờ Hiền Lương - Bến Hải.

@h2 4. Đối với dự thảo của huyện Hướng Hóa

@p - Bổ sung đánh giá kết quả xây dựng, phát triển Khu kinh tế - thương mại đặc biệt Lao Bảo và
hoạt động xuất nhập khẩu qua Cửa khẩu quốc tế Lao Bảo.

@p - Làm rõ tình hình, kết quả đấu tranh với tội phạm ma túy trên tuyến biên giới Việt Nam -
Lào.

@p - Phân tích hiệu quả và tác động của các dự án điện gió đến sinh kế của người dân, đất rừng
và hạ tầng giao thông.

@p - Đánh giá kết quả phát triển cây cà phê theo chuỗi giá trị, xây dựng thương hiệu cà phê Khe
Sanh.

@p - Nội dung về quốc phòng, an ninh biên giới cần lấy ý kiến của Bộ Chỉ huy Bộ đội Biên phòng
tỉnh trước khi hoàn chỉnh.

@h2 5. Đối với dự thảo của huyện Triệu Phong

@p - Đánh giá thực chất tiến độ các dự án thuộc Khu kinh tế Đông Nam Quảng Trị trên địa bàn
huyện và công tác giải phóng mặt bằng.

@p - Dự thảo đặt mục tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 13%/năm là quá cao so
với khả năng; đề nghị tính toán lại cho phù hợp.

@p - Xây dựng lộ trình cụ thể để huyện đạt chuẩn huyện nông thôn mới trước năm 2025.

@p - Bổ sung giải pháp phòng, chống lũ lụt cho các xã vùng hạ lưu sông Thạch Hãn.

@h2 6. Đối với dự thảo của thị xã Quảng Trị

@p Ban Thường vụ Tỉnh ủy cơ bản thống nhất với dự thảo. Đề nghị Ban Thường vụ Thị ủy chỉ bổ sung
số liệu lượt khách đến tham quan Khu di tích lịch sử Thành Cổ Quảng Trị năm 2019 vào phần đánh
giá phát triển du lịch.

@h2 7. Tổ chức thực hiện

@p Đề nghị Ban Thường vụ Huyện ủy Vĩnh Linh, Hướng Hóa, Triệu Phong và Ban Thường vụ Thị ủy
Quảng Trị tiếp thu ý kiến kết luận, hoàn chỉnh dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban
Tuyên giáo Tỉnh ủy) trước ngày 25/5/2020; riêng huyện Hướng Hóa gửi trước ngày 05/6/2020 để có
thời gian lấy ý kiến Bộ Chỉ huy Bộ đội Biên phòng tỉnh.

@p Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc tiếp thu, hoàn chỉnh dự thảo và báo cáo Thường
trực Tỉnh ủy.

@p Ban Thường vụ Tỉnh ủy thông báo để các đơn vị biết, thực hiện.
"""
)

# ---- news page of 21/5/2020 (html): article blocks
HTML_ARTICLE = _blocks(
    """
@sapo (ĐBQT) - Chiều 20/5, đồng chí Hoàng Xuân Thịnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì
buổi làm việc với Ban Thường vụ Huyện ủy Gio Linh và Ban Thường vụ Huyện ủy Đakrông về dự thảo
báo cáo chính trị trình đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025.

@p Cùng dự có đồng chí Đoàn Minh Tâm, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; lãnh
đạo Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và Sở Kế hoạch và Đầu tư.

@p Báo cáo tại buổi làm việc, đồng chí Lê Văn Bình, Bí thư Huyện ủy Gio Linh cho biết, dự thảo
báo cáo chính trị của huyện dài 46 trang, đề ra 22 chỉ tiêu chủ yếu và 4 khâu đột phá, với mục
tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 11 - 12%/năm. Dự thảo đã được gửi lấy ý kiến
các tổ chức cơ sở đảng và đăng tải trên trang thông tin điện tử của huyện để nhân dân góp ý.

@p Theo đồng chí Hồ Thị Xuân, Phó Bí thư Thường trực Huyện ủy Đakrông, dự thảo của huyện dài 38
trang, đề ra 18 chỉ tiêu và 3 khâu đột phá. Đảng bộ huyện hiện có 36 tổ chức cơ sở đảng với gần
2.400 đảng viên; tỷ lệ hộ nghèo cuối năm 2019 còn 28,6%.

@fig Đồng chí Hoàng Xuân Thịnh, Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận buổi làm việc
- Ảnh: T.H

@p Các đại biểu dự buổi làm việc đánh giá cao tinh thần chuẩn bị của hai huyện; phần đánh giá
hạn chế trong dự thảo của Đakrông được viết thẳng thắn, chỉ rõ nguyên nhân chủ quan.

@p Kết luận buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận sự chủ động của hai
huyện và đề nghị tiếp tục hoàn chỉnh dự thảo theo một số nội dung sau.

@p Đối với huyện Gio Linh, đồng chí đề nghị rút gọn dự thảo xuống không quá 35 trang theo Công
văn số 412-CV/BTGTU của Ban Tuyên giáo Tỉnh ủy; giảm số chỉ tiêu chủ yếu xuống không quá 20 chỉ
tiêu và chỉ chọn tối đa 3 khâu đột phá. Huyện cần làm rõ kết quả phát triển các dự án điện mặt
trời, điện gió ven biển; đánh giá hiệu quả vùng cao su, hồ tiêu ở các xã gò đồi phía tây và phối
hợp với huyện Vĩnh Linh phát huy giá trị Khu di tích Đôi bờ Hiền Lương - Bến Hải.

@p Đối với huyện Đakrông, đồng chí yêu cầu dự thảo phân tích sâu hơn nguyên nhân tỷ lệ hộ nghèo
còn cao, có giải pháp giảm nghèo bền vững cho đồng bào Vân Kiều, Pa Kô; bổ sung nội dung quản
lý, bảo vệ rừng và phòng, chống sạt lở đất dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây; làm rõ
định hướng phát triển du lịch gắn với di tích Cầu treo Đakrông và tuyến Đường 9 - Khe Sanh.

@p Đồng chí Hoàng Xuân Thịnh đề nghị Ban Thường vụ hai huyện ủy tiếp thu đầy đủ ý kiến, hoàn
chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 10/6/2020.

@author Thanh Hải
"""
)

# ---- news page (html): the saved page around the article; {{ARTICLE}} marks the slot
HTML_TEMPLATE = [
    "<!DOCTYPE html>",
    (
        "<!-- saved from url=(0109)https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/thuong-truc-"
        "tinh-uy-lam-viec-voi-gio-linh-dakrong-13652.html -->"
    ),
    "<html lang=\"vi\">",
    "<head>",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    (
        "<title>Thường trực Tỉnh ủy làm việc với Gio Linh, Đakrông về dự thảo báo cáo chính trị</"
        "title>"
    ),
    (
        "<meta name=\"description\" content=\"Thường trực Tỉnh ủy làm việc với Gio Linh, Đakrông "
        "về dự thảo báo cáo chính trị.\">"
    ),
    "<meta property=\"og:type\" content=\"article\">",
    (
        "<meta property=\"og:title\" content=\"Thường trực Tỉnh ủy làm việc với Gio Linh, Đakrông "
        "về dự thảo báo cáo chính trị\">"
    ),
    "<meta property=\"article:published_time\" content=\"2020-05-21T16:45:00+07:00\">",
    "<link rel=\"stylesheet\" href=\"./thuong-truc-tinh-uy-lam-viec_files/style.css\">",
    "<link rel=\"icon\" href=\"./thuong-truc-tinh-uy-lam-viec_files/favicon.ico\">",
    "<script src=\"./thuong-truc-tinh-uy-lam-viec_files/jquery.min.js\"></script>",
    "</head>",
    "<body class=\"page-article\">",
    "<div class=\"topbar\">",
    "  <div class=\"container\">",
    "    <span class=\"today\">Thứ năm, 21/05/2020</span>",
    "    <a href=\"https://dangbo.quangtri.vn/lien-he.html\">Liên hệ</a> |",
    "    <a href=\"https://dangbo.quangtri.vn/rss.html\">RSS</a>",
    "  </div>",
    "</div>",
    "<header class=\"site-header\">",
    "  <div class=\"container\">",
    "    <a class=\"logo\" href=\"https://dangbo.quangtri.vn/\">",
    (
        "      <img src=\"./thuong-truc-tinh-uy-lam-viec_files/logo.png\" alt=\"Đảng bộ tỉnh Quảng "
        "Trị\">"
    ),
    "    </a>",
    (
        "    <div class=\"site-name\">ĐẢNG BỘ TỈNH QUẢNG TRỊ<br><small>Trang thông tin điện tử</"
        "small></div>"
    ),
    (
        "    <form class=\"search\" action=\"https://dangbo.quangtri.vn/tim-kiem.html\" "
        "method=\"get\">"
    ),
    (
        "      <input type=\"text\" name=\"q\" placeholder=\"Tìm kiếm...\"><button "
        "type=\"submit\">Tìm</button>"
    ),
    "    </form>",
    "  </div>",
    "  <nav class=\"main-menu\">",
    "    <ul>",
    "      <li><a href=\"https://dangbo.quangtri.vn/\">Trang chủ</a></li>",
    "      <li><a href=\"https://dangbo.quangtri.vn/tin-tuc-su-kien/\">Tin tức - Sự kiện</a></li>",
    "      <li><a href=\"https://dangbo.quangtri.vn/xay-dung-dang/\">Xây dựng Đảng</a></li>",
    (
        "      <li class=\"active\"><a href=\"https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/"
        "\">Đại hội Đảng các cấp</a></li>"
    ),
    "      <li><a href=\"https://dangbo.quangtri.vn/van-ban/\">Văn bản</a></li>",
    "      <li><a href=\"https://dangbo.quangtri.vn/hoi-dap/\">Hỏi - Đáp</a></li>",
    "    </ul>",
    "  </nav>",
    "</header>",
    "<div class=\"container main\">",
    "  <ol class=\"breadcrumb\">",
    "    <li><a href=\"https://dangbo.quangtri.vn/\">Trang chủ</a></li>",
    (
        "    <li><a href=\"https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/\">Đại hội Đảng các "
        "cấp</a></li>"
    ),
    "    <li class=\"active\">Tin hoạt động</li>",
    "  </ol>",
    "  <article class=\"detail\">",
    (
        "    <h1 class=\"title\">Thường trực Tỉnh ủy làm việc với Gio Linh, Đakrông về dự thảo báo "
        "cáo chính trị</h1>"
    ),
    (
        "    <div class=\"meta\"><span class=\"date\">21/05/2020 16:45</span> <span "
        "class=\"views\">Lượt xem: 1.236</span></div>"
    ),
    "    <div class=\"share top\">",
    (
        "      <a class=\"fb\" href=\"https://www.facebook.com/sharer/"
        "sharer.php?u=https%3A%2F%2Fdangbo.quangtri.vn%2F13652\">Chia sẻ</a>"
    ),
    "      <a class=\"zalo\" href=\"#\" data-href=\"https://dangbo.quangtri.vn/13652\">Zalo</a>",
    "      <a class=\"print\" href=\"javascript:window.print()\">In bài</a>",
    (
        "      <a class=\"mail\" href=\"mailto:?subject=Th%C6%B0%E1%BB%9Dng%20tr%E1%BB%B1c\">Gửi "
        "email</a>"
    ),
    "    </div>",
    "{{ARTICLE}}",
    "    <div class=\"tags\">Từ khóa:",
    "      <a href=\"https://dangbo.quangtri.vn/tag/dai-hoi-dang-bo.html\">đại hội đảng bộ</a>,",
    (
        "      <a href=\"https://dangbo.quangtri.vn/tag/bao-cao-chinh-tri.html\">báo cáo chính "
        "trị</a>,"
    ),
    "      <a href=\"https://dangbo.quangtri.vn/tag/gio-linh.html\">Gio Linh</a>,",
    "      <a href=\"https://dangbo.quangtri.vn/tag/dakrong.html\">Đakrông</a>",
    "    </div>",
    "    <div class=\"share bottom\">",
    (
        "      <a class=\"fb\" href=\"https://www.facebook.com/sharer/"
        "sharer.php?u=https%3A%2F%2Fdangbo.quangtri.vn%2F13652\">Chia sẻ</a>"
    ),
    "      <a class=\"zalo\" href=\"#\" data-href=\"https://dangbo.quangtri.vn/13652\">Zalo</a>",
    "      <a class=\"back\" href=\"javascript:history.back()\">Quay lại</a>",
    "    </div>",
    "  </article>",
    "  <section class=\"related\">",
    "    <h3>Tin liên quan</h3>",
    "    <ul>",
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/13610.html\">Ban "
        "Thường vụ Tỉnh ủy cho ý kiến dự thảo văn kiện đại hội 4 đảng bộ</a> <span>(06/05/2020)</"
        "span></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/13588.html\">Cam Lộ: "
        "Tổ chức thành công đại hội điểm cấp cơ sở nhiệm kỳ 2020 - 2025</a> <span>(28/04/2020)</"
        "span></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/13541.html\">Điều "
        "chỉnh một số nội dung hướng dẫn xây dựng báo cáo chính trị cấp huyện</a> <span>(09/03/"
        "2020)</span></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/dai-hoi-dang-cac-cap/13377.html\">Hải Lăng "
        "tổng kết 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện</a> <span>(16/12/2019)</span></"
        "li>"
    ),
    "    </ul>",
    "  </section>",
    "</div>",
    "<aside class=\"sidebar\">",
    "  <div class=\"box most-read\">",
    "    <h3>Tin đọc nhiều</h3>",
    "    <ol>",
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/kinh-te/13644.html\">Hướng Hoá đẩy mạnh "
        "phát triển cà phê đặc sản</a></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/quoc-phong-an-ninh/13639.html\">Kiểm soát "
        "chặt chẽ người nhập cảnh qua Cửa khẩu quốc tế Lao Bảo</a></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/tin-tuc-su-kien/13631.html\">Thành phố "
        "Đông Hà ra quân chỉnh trang đô thị</a></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/tin-tuc-su-kien/13622.html\">Cồn Cỏ đón "
        "đoàn công tác thăm hỏi cán bộ, chiến sĩ trên đảo</a></li>"
    ),
    (
        "      <li><a href=\"https://dangbo.quangtri.vn/xay-dung-dang/13615.html\">Triệu Phong kết "
        "nạp 45 đảng viên trong quý I</a></li>"
    ),
    "    </ol>",
    "  </div>",
    "  <div class=\"box banner\">",
    (
        "    <a href=\"https://dangbo.quangtri.vn/hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-"
        "ho-chi-minh/\">"
    ),
    (
        "      <img src=\"./thuong-truc-tinh-uy-lam-viec_files/banner-hoctap.jpg\" alt=\"Học tập "
        "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\">"
    ),
    "    </a>",
    "  </div>",
    "</aside>",
    "<footer class=\"site-footer\">",
    "  <div class=\"container\">",
    "    <p>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG TRỊ</p>",
    (
        "    <p>Cơ quan chủ quản: Tỉnh ủy Quảng Trị. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo "
        "Tỉnh ủy.</p>"
    ),
    (
        "    <p>Địa chỉ: số 45 đường Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị. Điện thoại: "
        "0233.3852.000</p>"
    ),
    (
        "    <p>Ghi rõ nguồn \"Trang thông tin điện tử Đảng bộ tỉnh Quảng Trị\" khi phát hành lại "
        "thông tin từ website này.</p>"
    ),
    "  </div>",
    "</footer>",
    "<script>",
    (
        "  $(function () { $(\".share .zalo\").on(\"click\", function (e) { e.preventDefault(); "
        "}); });"
    ),
    "</script>",
    "</body>",
    "</html>",
]

# ---- 2015 political report (txt, one block per line); the district is named only in
# its letterhead and title
REPORT_2015 = _blocks(
    """
@p ĐẢNG BỘ TỈNH QUẢNG TRỊ

@p HUYỆN ỦY HẢI LĂNG

@p *

@p ĐẢNG CỘNG SẢN VIỆT NAM

@p Hải Lăng, ngày 20 tháng 7 năm 2015

@p BÁO CÁO CHÍNH TRỊ

@p CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN HẢI LĂNG KHÓA XIX TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN
THỨ XX, NHIỆM KỲ 2015 - 2020

@p Đại hội đại biểu Đảng bộ huyện lần thứ XX diễn ra trong thời điểm toàn Đảng bộ, chính quyền
và nhân dân trong huyện ra sức thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh
lần thứ XVI và Đại hội đại biểu toàn quốc lần thứ XII của Đảng. Đại hội có nhiệm vụ đánh giá kết
quả thực hiện Nghị quyết Đại hội lần thứ XIX, rút ra bài học kinh nghiệm; xác định phương hướng,
mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2015 - 2020.

@p PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIX, NHIỆM KỲ 2010 - 2015

@p I. KẾT QUẢ ĐẠT ĐƯỢC

@p 1. Kinh tế tiếp tục tăng trưởng khá, cơ cấu kinh tế chuyển dịch đúng hướng

@p Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2010 - 2015 đạt 12,6%/năm (Nghị quyết
đề ra 13 - 14%/năm). Cơ cấu kinh tế chuyển dịch theo hướng tăng dần tỷ trọng công nghiệp, dịch
vụ: tỷ trọng nông, lâm, ngư nghiệp giảm từ 38,2% năm 2010 xuống còn 29,5% năm 2015. Thu nhập
bình quân đầu người năm 2015 đạt 27,5 triệu đồng, gấp gần 2 lần năm 2010. Thu ngân sách nhà nước
trên địa bàn năm 2015 ước đạt 86 tỷ đồng.

@p Sản xuất nông nghiệp phát triển ổn định; sản lượng lương thực bình quân đạt trên 90 nghìn
tấn/năm. Cánh đồng mẫu lớn được nhân rộng ở các xã vùng trũng. Kinh tế biển có bước phát triển,
đội tàu đánh bắt xa bờ tăng từ 12 chiếc lên 31 chiếc. Quy hoạch xây dựng cảng biển Mỹ Thủy được
phê duyệt; huyện phối hợp với huyện Triệu Phong và huyện Gio Linh chuẩn bị các điều kiện hình
thành Khu kinh tế Đông Nam Quảng Trị.

@p 2. Xây dựng nông thôn mới đạt kết quả bước đầu

@p Đến giữa năm 2015, toàn huyện có 5 xã đạt chuẩn nông thôn mới, bình quân đạt 13,6 tiêu
chí/xã, tăng 6,1 tiêu chí so với năm 2011. Hệ thống giao thông nông thôn cơ bản được cứng hóa;
tuyến đường nối trung tâm huyện với thị xã Quảng Trị được nâng cấp.

@p 3. Văn hóa - xã hội có nhiều tiến bộ, đời sống nhân dân được cải thiện

@p Tỷ lệ hộ nghèo giảm từ 19,8% năm 2010 xuống còn 8,7% năm 2015, bình quân mỗi năm giảm 2,2%.
Tỷ lệ trường đạt chuẩn quốc gia đạt 62%. Các lễ hội truyền thống và hoạt động hành hương tại
Trung tâm hành hương Đức Mẹ La Vang được tổ chức an toàn, trật tự.

@p 4. Quốc phòng, an ninh được giữ vững

@p Khu vực phòng thủ huyện được củng cố; diễn tập khu vực phòng thủ năm 2014 đạt loại giỏi. An
ninh vùng biển, vùng giáo được bảo đảm.

@p 5. Công tác xây dựng Đảng và hệ thống chính trị

@p Trong nhiệm kỳ, toàn Đảng bộ kết nạp 1.050 đảng viên mới; tỷ lệ tổ chức cơ sở đảng đạt trong
sạch, vững mạnh bình quân 78,4%/năm.

@p II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN

@p Có 3/18 chỉ tiêu không đạt Nghị quyết: tốc độ tăng trưởng giá trị sản xuất, số xã đạt chuẩn
nông thôn mới và tỷ lệ che phủ rừng. Nguyên nhân chủ quan là công tác chỉ đạo có lúc chưa quyết
liệt; một số cấp ủy, người đứng đầu chưa phát huy hết vai trò, trách nhiệm.

@p III. BÀI HỌC KINH NGHIỆM

@p Một là, giữ vững đoàn kết, thống nhất trong Đảng bộ, phát huy sức mạnh đại đoàn kết toàn dân.

@p Hai là, bám sát thực tiễn, lựa chọn đúng khâu đột phá, tập trung nguồn lực để thực hiện.

@p Ba là, coi trọng công tác cán bộ, nêu cao trách nhiệm người đứng đầu.

@p Bốn là, phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới.

@p PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2015 - 2020

@p I. MỤC TIÊU TỔNG QUÁT

@p Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; huy động mọi nguồn lực, đẩy mạnh
chuyển dịch cơ cấu kinh tế; phát triển kinh tế biển gắn với Khu kinh tế Đông Nam; giữ vững quốc
phòng, an ninh; phấn đấu đến năm 2020 trở thành huyện có kinh tế phát triển khá của tỉnh.

@p II. CÁC CHỈ TIÊU CHỦ YẾU

@p - Tốc độ tăng trưởng giá trị sản xuất bình quân 12 - 13%/năm.

@p - Thu nhập bình quân đầu người đến năm 2020 đạt 45 triệu đồng.

@p - Tỷ lệ hộ nghèo giảm bình quân 1,5 - 2%/năm.

@p - Đến năm 2020 có 50% số xã đạt chuẩn nông thôn mới.

@p - Hằng năm có trên 80% tổ chức cơ sở đảng đạt trong sạch, vững mạnh.

@p III. KHÂU ĐỘT PHÁ

@p Nhiệm kỳ 2015 - 2020, Đảng bộ xác định 3 khâu đột phá: phát triển hạ tầng giao thông kết nối
với Khu kinh tế Đông Nam; tích tụ ruộng đất, phát triển nông nghiệp hàng hóa; cải cách hành
chính.

@p PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN

@p Ngay sau Đại hội, Ban Chấp hành Đảng bộ huyện xây dựng chương trình hành động; các cấp ủy, tổ
chức đảng cụ thể hóa thành kế hoạch của địa phương, đơn vị. Đại hội kêu gọi toàn thể cán bộ,
đảng viên và nhân dân trong huyện phát huy truyền thống cách mạng, đoàn kết, sáng tạo, thực hiện
thắng lợi Nghị quyết Đại hội.
"""
)
