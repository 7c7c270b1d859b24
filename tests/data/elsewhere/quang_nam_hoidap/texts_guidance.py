"""Texts of the Hỏi - Đáp booklet (.docx) of the Ban Tuyên giáo Tỉnh ủy Quảng Nam and of the saved news page
(.html) with the Bí thư Tỉnh ủy's directing speech.

Blocks are 'kind|text' lines; a backslash at the end of a source line continues the same paragraph.
"""

# ------------------------------------------------------------------------------------ 1. Hỏi - Đáp booklet
HD_HEADER = [
    ["TỈNH ỦY QUẢNG NAM\nBAN TUYÊN GIÁO\n*", "ĐẢNG CỘNG SẢN VIỆT NAM\nTam Kỳ, ngày 16 tháng 12 năm 2019"],
]
HD_DOCX_TITLE = "Tài liệu Hỏi \u2013 Đáp về xây dựng báo cáo chính trị cấp huyện"

BOOKLET = """\
title|TÀI LIỆU HỎI \u2013 ĐÁP
sub|về xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025
sub|(Lưu hành nội bộ)
intro|Lời giới thiệu
p|Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch số 112-KH/TU ngày 02/8/2019 \
của Tỉnh ủy về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII, Ban Tuyên giáo \
Tỉnh ủy biên soạn tài liệu hỏi \u2013 đáp này để các tiểu ban văn kiện, tổ biên tập của 18 huyện, thị xã, \
thành \
phố thống nhất cách làm. Các câu hỏi được chọn từ những vướng mắc thường gặp qua các buổi làm việc với cơ sở.
p|Ban Tuyên giáo Tỉnh ủy mong nhận được ý kiến góp ý để tiếp tục bổ sung tài liệu trong quá trình thực hiện.
sig|Nguyễn Hữu Phước
sig|Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy
q|Câu hỏi 1: Báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 - 2025 phải đáp ứng những yêu \
cầu chung nào?
a|Trả lời: Báo cáo phải nhìn thẳng vào sự thật, đánh giá đúng thực chất kết quả thực hiện nghị quyết đại hội \
nhiệm kỳ 2015 - 2020, không tô hồng thành tích, không né tránh hạn chế.
a|Phương hướng nhiệm kỳ mới phải bám sát dự thảo Báo cáo chính trị trình Đại hội XXII Đảng bộ tỉnh, đồng \
thời \
phát huy tiềm năng, lợi thế riêng của từng địa phương.
a|Dự thảo phải được gửi lấy ý kiến đảng viên, Mặt trận Tổ quốc, các đoàn thể và nhân dân trước khi trình Ban \
Thường vụ Tỉnh ủy.
q|Câu hỏi 2: Tên báo cáo và chủ đề đại hội được ghi như thế nào?
a|Trả lời: Tên báo cáo ghi thống nhất là: Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thị xã, thành \
phố) khóa … trình Đại hội đại biểu Đảng bộ huyện (thị xã, thành phố) lần thứ …, nhiệm kỳ 2020 - 2025.
a|Chủ đề đại hội đặt ngay dưới tên báo cáo, thể hiện khát vọng và phương châm hành động của đảng bộ, dài \
không quá 40 chữ.
a|Đơn vị có thể tham khảo chủ đề Đại hội XXII Đảng bộ tỉnh, nhưng không cần sao chép nguyên văn.
q|Câu hỏi 3: Báo cáo chính trị được bố cục thành mấy phần?
a|Trả lời: Ngoài phần mở đầu, báo cáo gồm ba phần: Phần thứ nhất đánh giá kết quả thực hiện nghị quyết nhiệm \
kỳ 2015 - 2020 và bài học kinh nghiệm; Phần thứ hai nêu bối cảnh, phương hướng, mục tiêu, chỉ tiêu, nhiệm vụ \
và giải pháp nhiệm kỳ 2020 - 2025; Phần thứ ba là chương trình hành động.
a|Phần mở đầu viết gọn trong nửa trang, nêu bối cảnh chung khi thực hiện nghị quyết.
q|Câu hỏi 4: Báo cáo chính trị được dài bao nhiêu trang? Phụ lục và báo cáo tóm tắt dài bao nhiêu?
a|Trả lời: Báo cáo chính trị dài không quá 35 trang khổ A4 (phông chữ Times New Roman, cỡ chữ 14), không \
kể phụ lục.
a|Phụ lục số liệu không quá 15 trang, gồm các biểu so sánh số liệu năm 2015 với số ước thực hiện năm 2020.
a|Báo cáo tóm tắt trình bày tại đại hội không quá 12 trang, thời gian đọc không quá 35 phút.
a|Đơn vị có thể làm thêm phụ lục ảnh, bản đồ minh họa thành tựu của nhiệm kỳ, nhưng không bắt buộc.
q|Câu hỏi 5: Phần đánh giá kết quả nhiệm kỳ 2015 - 2020 cần nêu những số liệu gì?
a|Trả lời: Về kinh tế, nêu tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm, thu nhập bình quân đầu \
người và tổng thu ngân sách trên địa bàn năm 2020 so với năm 2015.
a|Nêu số xã đạt chuẩn nông thôn mới đến cuối nhiệm kỳ và số tiêu chí bình quân đạt được của mỗi xã.
a|Về văn hóa - xã hội, nêu tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ theo chuẩn nghèo đa chiều; đánh giá công tác \
giữ gìn, phát huy bản sắc văn hóa và phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa.
a|Về môi trường, đánh giá công tác phòng, chống thiên tai, sạt lở đất và khắc phục hậu quả các đợt bão, lũ.
a|Về quốc phòng, an ninh, đánh giá việc xây dựng khu vực phòng thủ huyện vững chắc, giữ vững an ninh nông \
thôn.
a|Về xây dựng Đảng, nêu số đảng viên mới kết nạp trong nhiệm kỳ và kết quả thực hiện Nghị quyết Trung ương 4 \
khóa XII.
a|Không cần liệt kê tên từng công trình, dự án trong phần thân báo cáo; các danh mục này đưa vào phụ lục.
q|Câu hỏi 6: Phần hạn chế, khuyết điểm cần viết như thế nào?
a|Trả lời: Hạn chế, khuyết điểm phải chỉ rõ theo từng lĩnh vực; tập trung phân tích nguyên nhân chủ quan, \
không đổ lỗi cho điều kiện khách quan.
a|Báo cáo phải làm rõ trách nhiệm của Ban Thường vụ và của người đứng đầu cấp ủy đối với từng hạn chế.
a|Không đưa vào báo cáo chính trị nội dung kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành; nội dung này \
thuộc báo cáo kiểm điểm trình đại hội.
q|Câu hỏi 7: Báo cáo cần rút ra bao nhiêu bài học kinh nghiệm?
a|Trả lời: Rút ra không quá 4 bài học kinh nghiệm, mỗi bài học gắn với thực tiễn lãnh đạo của đảng bộ trong \
nhiệm kỳ.
a|Không cần lặp lại các bài học đã nêu trong văn kiện của Trung ương và của tỉnh.
q|Câu hỏi 8: Có phải phân tích tình hình thế giới, trong nước trong phần bối cảnh không?
a|Trả lời: Không cần phân tích tình hình thế giới và khu vực.
a|Báo cáo chỉ dự báo ngắn gọn những thuận lợi, khó khăn, thời cơ, thách thức của tỉnh và của địa phương \
trong \
5 năm tới, viết không quá một trang.
q|Câu hỏi 9: Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 gồm bao nhiêu chỉ tiêu?
a|Trả lời: Hệ thống chỉ tiêu chủ yếu không quá 22 chỉ tiêu, chia thành 3 nhóm: kinh tế; văn hóa - xã hội và \
môi trường; quốc phòng, an ninh và xây dựng Đảng.
a|Mỗi chỉ tiêu phải có số liệu gốc năm 2020 và căn cứ tính toán rõ ràng.
a|Đơn vị có thể đưa thêm chỉ tiêu đặc thù của địa phương vào nhóm phù hợp, miễn là tổng số không vượt giới \
hạn nói trên.
q|Câu hỏi 10: Mỗi đơn vị được chọn bao nhiêu khâu đột phá?
a|Trả lời: Mỗi đơn vị lựa chọn tối đa 3 khâu đột phá.
a|Mỗi khâu đột phá phải nêu rõ nguồn lực, lộ trình thực hiện và địa chỉ chịu trách nhiệm.
a|Khâu đột phá của huyện không bắt buộc phải trùng với khâu đột phá của tỉnh.
q|Câu hỏi 11: Chương trình hành động thực hiện nghị quyết được xây dựng như thế nào?
a|Trả lời: Chương trình hành động phải cụ thể hóa từng nhiệm vụ, có phân công cơ quan chủ trì, cơ quan phối \
hợp và thời gian hoàn thành.
a|Chương trình hành động có thể ban hành cùng với nghị quyết đại hội hoặc trong vòng 30 ngày sau đại hội.
q|Câu hỏi 12: Các huyện miền núi cần lưu ý những nội dung riêng nào?
a|Trả lời: Đối với 9 huyện miền núi Nam Giang, Đông Giang, Tây Giang, Phước Sơn, Bắc Trà My, Nam Trà My, \
Hiệp Đức, Tiên Phước, Nông Sơn, báo cáo phải nêu tỷ lệ hộ nghèo là người dân tộc thiểu số đầu và cuối nhiệm \
kỳ và kết quả thực hiện các chương trình mục tiêu quốc gia.
a|Các huyện miền núi đánh giá công tác bảo tồn văn hóa truyền thống của đồng bào Cơ Tu, Gié Triêng, Xơ Đăng, \
Bh'noong, Ca Dong; kết quả giao rừng cho cộng đồng và chi trả dịch vụ môi trường rừng; số thôn chưa có chi \
bộ, chưa có đảng viên.
a|Riêng hai huyện có đường biên giới Việt Nam - Lào là Nam Giang và Tây Giang, báo cáo đánh giá công tác bảo \
vệ chủ quyền, an ninh biên giới và việc phối hợp với các lực lượng chức năng của tỉnh Sê Kông (Lào).
a|Riêng huyện Nam Giang đánh giá thêm hiệu quả khai thác cửa khẩu quốc tế Nam Giang.
a|Riêng hai huyện Bắc Trà My và Nam Trà My nêu định hướng phát triển cây sâm Ngọc Linh và cây quế Trà My.
a|Các huyện miền núi có thể dịch báo cáo tóm tắt sang tiếng Cơ Tu hoặc tiếng Xơ Đăng để phổ biến đến đồng \
bào, nhưng không bắt buộc.
q|Câu hỏi 13: Thành phố Hội An cần lưu ý những điểm riêng nào?
a|Trả lời: Thành phố Hội An đánh giá công tác bảo tồn, phát huy giá trị Đô thị cổ Hội An - Di sản văn hóa \
thế giới và Khu dự trữ sinh quyển thế giới Cù Lao Chàm.
a|Thành phố làm rõ lộ trình xây dựng Hội An thành thành phố sinh thái - văn hóa - du lịch.
a|Thành phố không cần nêu lại toàn bộ kết quả của từng khối phố, thôn.
q|Câu hỏi 14: Thời hạn gửi đề cương, dự thảo báo cáo chính trị được quy định như thế nào?
a|Trả lời: Các đơn vị gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 20/01/2020.
a|Dự thảo lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 15/4/2020 để \
cho ý kiến.
a|Dự thảo phải được đăng tải, lấy ý kiến nhân dân trong thời gian ít nhất 10 ngày.
a|Văn kiện chính thức gửi đại biểu chậm nhất 7 ngày trước ngày khai mạc đại hội.
a|Hằng tháng, trước ngày 25, các đơn vị báo cáo tiến độ xây dựng văn kiện về Ban Tuyên giáo Tỉnh ủy.
q|Câu hỏi 15: Khi cần trao đổi về cách viết báo cáo, các đơn vị liên hệ với ai?
a|Trả lời: Liên hệ Phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo Tỉnh ủy; người phụ trách là đồng \
chí Trần Thị Mỹ Hạnh, Trưởng phòng, điện thoại 0235.3851.000.
end|BAN TUYÊN GIÁO TỈNH ỦY QUẢNG NAM
"""

# ------------------------------------------------------------------------------------ 2. speech (news page)
ARTICLE_TITLE = "Bí thư Tỉnh ủy: Báo cáo chính trị phải nói đúng, nói đủ việc làm được và chưa làm được"

# kinds: date (meta line), sapo, p, fig (caption), author
ARTICLE = """\
sapo|Chiều 06/3, tại Tam Kỳ, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt công tác chuẩn bị văn kiện \
đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025. Đồng chí Lê Quang Thịnh, Bí thư Tỉnh ủy dự và \
phát biểu chỉ đạo.
p|Dự hội nghị có bí thư, phó bí thư thường trực và tổ biên tập văn kiện của 18 huyện, thị xã, thành phố. \
Theo báo cáo của Ban Tuyên giáo Tỉnh ủy, đến nay 18/18 đơn vị đã gửi đề cương báo cáo chính trị, trong đó 5 \
đơn vị gửi chậm so với thời hạn.
fig|Bí thư Tỉnh ủy Lê Quang Thịnh phát biểu chỉ đạo tại hội nghị. Ảnh: T.LÂM
p|Mở đầu phần phát biểu, Bí thư Tỉnh ủy nói: “Tôi rất vui khi thấy nhiều đơn vị chuẩn bị văn kiện sớm, nhiều \
đề cương đã có cách tiếp cận mới, không còn nặng về liệt kê”.
p|Theo đồng chí Lê Quang Thịnh, nhiệm kỳ 2015 - 2020, Quảng Nam đạt được nhiều kết quả quan trọng: năm 2019, \
tổng sản phẩm trên địa bàn tỉnh tăng 7,2%, thu ngân sách đạt 24.200 tỷ đồng; toàn tỉnh có 111 xã đạt chuẩn \
nông thôn mới.
p|“Tôi đề nghị mỗi đơn vị phải xác định rõ vị trí, đóng góp của mình vào mục tiêu đưa Quảng Nam trở thành \
tỉnh phát triển khá của cả nước”, đồng chí nhấn mạnh.
p|Bí thư Tỉnh ủy thông báo, Thường trực Tỉnh ủy đã thống nhất điều chỉnh một số mốc trong tài liệu hỏi \
\u2013 đáp \
của Ban Tuyên giáo Tỉnh ủy cho phù hợp với tình hình mới. Từ nay, báo cáo chính trị cấp huyện dài không quá \
30 \
trang khổ A4, không kể phụ lục.
p|Do ảnh hưởng của dịch bệnh, thời hạn cũng được lùi lại: dự thảo lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy \
trước ngày 15/5/2020; các mốc khác giữ nguyên.
p|“Dịch Covid-19 đang tác động trực tiếp đến du lịch, xuất khẩu của tỉnh. Tôi đề nghị các đơn vị bổ sung \
đánh \
giá tác động của dịch Covid-19 và nêu giải pháp phục hồi kinh tế sau dịch”, đồng chí nói.
p|Về phần hạn chế, Bí thư Tỉnh ủy yêu cầu: “Việc gì chưa làm được thì phải nói rõ là chưa làm được, vì sao \
chưa làm được và ai chịu trách nhiệm. Tôi không muốn đọc những báo cáo mà phần hạn chế chỉ có ba dòng ở cuối”.
p|Với ba huyện Tây Giang, Đông Giang và Nam Giang, đồng chí đề nghị báo cáo chính trị đánh giá cụ thể hiệu \
quả \
mô hình du lịch cộng đồng gắn với làng truyền thống của đồng bào Cơ Tu, không để du lịch làm mai một bản sắc.
p|“Tháng trước tôi lên Bắc Trà My, thấy bà con trồng sâm dưới tán rừng, thu nhập khá lên rõ rệt. Tôi rất \
phấn khởi”, Bí thư Tỉnh ủy nói thêm.
p|Bí thư Tỉnh ủy cũng đề nghị các đơn vị đăng tải dự thảo trên cổng thông tin điện tử của huyện để nhân dân \
góp ý, đồng thời tổng hợp đầy đủ và báo cáo rõ việc tiếp thu ý kiến.
p|“Các huyện không nên chép lại nguyên văn dự thảo văn kiện của tỉnh; mỗi huyện phải có tiếng nói của mình”, \
đồng chí lưu ý.
p|Kết luận hội nghị, Bí thư Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy tổ chức tập huấn cho tổ biên tập văn kiện \
các đơn vị trong tháng 3/2020.
author|THANH LÂM
"""

SITE = "https://tinxuquang.vn"
SLUG = "bi-thu-tinh-uy-bao-cao-chinh-tri-phai-noi-dung-noi-du-viec-lam-duoc-va-chua-lam-duoc-a30518"
FILES = "./bi-thu-tinh-uy-bao-cao-chinh-tri-phai-noi-dung_files"
ARTICLE_DATE = "Thứ Sáu, 06/03/2020 - 16:40"

HTML_TEMPLATE = """\
<!DOCTYPE html>
<!-- saved from url=(0000){SITE}/thoi-su/chinh-tri/{SLUG}.html -->
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | Tin Xứ Quảng</title>
<meta name="description" content="Bí thư Tỉnh ủy chỉ đạo công tác chuẩn bị văn kiện đại hội đảng bộ cấp \
huyện.">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Tin Xứ Quảng">
<meta property="article:published_time" content="2020-03-06T16:40:00+07:00">
<link rel="stylesheet" href="{FILES}/app.min.css">
<script src="{FILES}/jquery-3.4.1.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'UA-000000-7');
</script>
</head>
<body class="page-detail">
<div class="topbar">
  <div class="container">
    <span class="current-date">Thứ Hai, 16/03/2020</span>
    <span class="weather">Tam Kỳ 22°C - 29°C</span>
    <a href="{SITE}/gioi-thieu.html">Giới thiệu</a> | <a href="{SITE}/lien-he.html">Liên hệ</a> |
    <a href="{SITE}/rss.html">RSS</a>
  </div>
</div>
<header class="header">
  <div class="container">
    <a class="logo" href="{SITE}/"><img src="{FILES}/logo-xuquang.png" alt="Tin Xứ Quảng"></a>
    <form class="search" action="{SITE}/tim-kiem.html" method="get">
      <input type="text" name="q" placeholder="Nhập từ khóa..."><button type="submit">Tìm</button>
    </form>
  </div>
  <nav class="menu">
    <ul>
      <li><a href="{SITE}/">Trang chủ</a></li>
      <li class="active"><a href="{SITE}/thoi-su/">Thời sự</a></li>
      <li><a href="{SITE}/kinh-te/">Kinh tế</a></li>
      <li><a href="{SITE}/du-lich/">Du lịch - Hội An</a></li>
      <li><a href="{SITE}/mien-nui/">Miền núi</a></li>
      <li><a href="{SITE}/xa-hoi/">Xã hội</a></li>
      <li><a href="{SITE}/ocop/">OCOP Quảng Nam</a></li>
    </ul>
  </nav>
</header>
<div class="banner"><a href="{SITE}/chuyen-de/dai-hoi-dang-bo.html"><img src="{FILES}/banner-dai-hoi.jpg" \
alt="Tiến tới Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII"></a></div>
<div class="container main">
  <ol class="breadcrumb">
    <li><a href="{SITE}/">Trang chủ</a></li>
    <li><a href="{SITE}/thoi-su/">Thời sự</a></li>
    <li class="active"><a href="{SITE}/thoi-su/chinh-tri/">Chính trị</a></li>
  </ol>
  <div class="row">
  <div class="col-content">
  <article class="detail">
    <h1 class="detail-title">{TITLE}</h1>
    <div class="detail-meta">
      <span class="date">{DATE}</span>
      <span class="views">Lượt xem: 2.418</span>
    </div>
    <div class="share-buttons share-top">
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}%2F30518">Chia sẻ</a>
      <a class="share-zalo" href="#" data-href="{SITE}/30518">Zalo</a>
      <a class="share-print" href="javascript:window.print()">In bài</a>
    </div>
    <!-- detail-content -->
{ARTICLE}
    <!-- /detail-content -->
    <div class="detail-tags">
      <span>Từ khóa:</span>
      <a href="{SITE}/tag/dai-hoi-dang.html">Đại hội Đảng</a>
      <a href="{SITE}/tag/bao-cao-chinh-tri.html">báo cáo chính trị</a>
      <a href="{SITE}/tag/bi-thu-tinh-uy.html">Bí thư Tỉnh ủy</a>
    </div>
    <div class="share-buttons share-bottom">
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}%2F30518">Chia sẻ</a>
      <a class="share-mail" href="mailto:?subject=Tin%20Xu%20Quang">Gửi email</a>
    </div>
  </article>
  <section class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="{SITE}/thoi-su/chinh-tri/a30497.html">Núi Thành hoàn thành đề cương báo cáo chính trị \
trình \
đại hội</a> <span>(04/03/2020)</span></li>
      <li><a href="{SITE}/du-lich/a30488.html">Hội An tạm dừng bán vé tham quan phố cổ do dịch Covid-19</a> \
<span>(03/03/2020)</span></li>
      <li><a href="{SITE}/ocop/a30470.html">Nông Sơn đưa 5 sản phẩm tham gia Chương trình OCOP</a> \
<span>(28/02/2020)</span></li>
    </ul>
  </section>
  </div>
  <aside class="col-side">
    <div class="box-popular">
      <h3>Tin đọc nhiều</h3>
      <ol>
        <li><a href="{SITE}/kinh-te/a30511.html">Điện Bàn thu hút 3 dự án vào khu công nghiệp Điện Nam - \
Điện Ngọc</a></li>
        <li><a href="{SITE}/mien-nui/a30502.html">Nam Trà My: Phiên chợ sâm Ngọc Linh tạm hoãn</a></li>
        <li><a href="{SITE}/xa-hoi/a30499.html">Thăng Bình chủ động phòng, chống dịch Covid-19</a></li>
        <li><a href="{SITE}/du-lich/a30490.html">Du khách về hồ Phú Ninh dịp cuối tuần giảm mạnh</a></li>
      </ol>
    </div>
    <div class="box-ads"><a href="{SITE}/quang-cao.html"><img src="{FILES}/qc-300x250.jpg" alt="Quảng \
cáo"></a>
    </div>
  </aside>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <p>Tin Xứ Quảng - Trang thông tin điện tử tổng hợp</p>
    <p>Tòa soạn: 12 đường Phan Bội Châu, thành phố Tam Kỳ, tỉnh Quảng Nam. Điện thoại: 0235.3800.000</p>
    <p>Giấy phép số 000/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div>
</footer>
<script src="{FILES}/main.js"></script>
</body>
</html>
"""
