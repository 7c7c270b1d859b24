"""Texts of the interview page (.html), the conclusion notice (.txt), the Festival plan (.txt, \
distractor) and the
2015 Nam Đông report (.md). Blocks are 'kind|text' lines; a backslash at the end of a source line continues
the same paragraph.
"""

# ------------------------------------------------------------------------------------ 4. Thông báo kết luận
THONGBAO = """\
h|ĐẢNG CỘNG SẢN VIỆT NAM
h|TỈNH ỦY THỪA THIÊN HUẾ
h|Số 712-TB/TU
h|Huế, ngày 26 tháng 5 năm 2020
h|THÔNG BÁO KẾT LUẬN
h|của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị trình đại hội đảng bộ huyện Phú Lộc, huyện A \
Lưới và thị xã Hương Trà nhiệm kỳ 2020 - 2025
p|Ngày 22/5/2020, tại Phòng họp số 1 của Tỉnh ủy, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo \
cáo chính trị của Huyện ủy Phú Lộc, Huyện ủy A Lưới và Thị ủy Hương Trà. Đồng chí Hồ Sĩ Quang, Phó Bí \
thư Thường trực Tỉnh ủy chủ trì hội nghị. Tham dự có đồng chí Tôn Thất Khánh Vân, Trưởng Ban Tuyên giáo \
Tỉnh ủy, lãnh đạo các ban xây dựng Đảng của Tỉnh ủy và thường trực cấp ủy ba đơn vị.
p|Sau khi nghe các đơn vị trình bày tóm tắt dự thảo và ý kiến của các đại biểu, Ban Thường vụ Tỉnh ủy \
kết luận như sau:
p|I. ĐÁNH GIÁ CHUNG
p|Các dự thảo được chuẩn bị công phu, bám sát Hướng dẫn số 27-HD/BTGTU và Công văn số 1350-CV/VPTU; bố \
cục hợp lý, số liệu cơ bản đầy đủ.
p|Dự thảo của Huyện ủy A Lưới được đánh giá cao về cách viết ngắn gọn, có nhiều số liệu so sánh cụ thể.
p|Tuy nhiên, một số dự thảo còn dài; phần đánh giá hạn chế chưa sâu, chưa làm rõ trách nhiệm của người \
đứng đầu.
p|II. Ý KIẾN ĐỐI VỚI TỪNG DỰ THẢO
p|1. Dự thảo của Huyện ủy Phú Lộc
p|Đồng chí Phan Ngọc Quý, Bí thư Huyện ủy trình bày tóm tắt dự thảo. Dự thảo dài 31 trang, đề ra 22 chỉ tiêu \
chủ yếu và 4 khâu đột phá; tốc độ tăng trưởng giá trị sản xuất bình quân dự kiến 11,5%/năm.
p|Đề nghị Huyện ủy rút gọn dự thảo về không quá 25 trang, giảm số chỉ tiêu về không quá 20 chỉ tiêu và \
chỉ giữ lại không quá 3 khâu đột phá.
p|Làm rõ hơn vai trò của Khu kinh tế Chân Mây - Lăng Cô, nhất là kết quả thu hút đầu tư vào cảng Chân \
Mây; đánh giá tình trạng sạt lở bờ biển tại xã Vinh Hiền và giải pháp bảo vệ đầm Lập An.
p|Huyện không cần đưa danh sách các dự án đầu tư vào phần thân báo cáo; danh sách này chuyển sang phụ lục.
p|2. Dự thảo của Huyện ủy A Lưới
p|Đồng chí Kăn Thị Ly, Phó Bí thư Thường trực Huyện ủy trình bày tóm tắt dự thảo thay đồng chí Bí thư \
Huyện ủy đang đi học tập trung. Dự thảo dài 27 trang, đề ra 19 chỉ tiêu chủ yếu và 3 khâu đột phá; tỷ \
lệ hộ nghèo cuối năm 2019 còn 18,6%.
p|Đề nghị Huyện ủy phân tích rõ nguyên nhân hộ tái nghèo, hộ phát sinh nghèo; làm rõ cơ sở của chỉ tiêu mỗi \
năm giảm 4 - 5% tỷ lệ hộ nghèo.
p|Bổ sung đánh giá việc phối hợp với Bộ đội Biên phòng trong thực hiện phong trào Toàn dân tham gia tự quản \
đường biên, mốc quốc giới và an ninh trật tự thôn, bản khu vực biên giới; kết quả công tác đối ngoại với các \
huyện giáp biên của nước bạn Lào.
p|Có giải pháp bảo tồn và phát triển nghề dệt Zèng của đồng bào Tà Ôi gắn với phát triển du lịch cộng đồng.
p|Không đưa chỉ tiêu tỷ lệ đô thị hóa vào hệ thống chỉ tiêu chủ yếu của huyện A Lưới.
p|3. Dự thảo của Thị ủy Hương Trà
p|Đồng chí Lê Bá Tường, Bí thư Thị ủy trình bày tóm tắt dự thảo. Dự thảo dài 26 trang, đề ra 21 chỉ tiêu chủ \
yếu và 3 khâu đột phá, trong đó có khâu đột phá về chỉnh trang đô thị.
p|Đề nghị Thị ủy làm rõ lộ trình hoàn thiện các tiêu chí đô thị, nhất là hạ tầng các phường Tứ Hạ, \
Hương Văn; đánh giá công tác quản lý khai thác khoáng sản, vật liệu xây dựng.
p|Thị xã không cần nhắc lại toàn bộ kết quả đã nêu trong báo cáo kiểm điểm của Ban Chấp hành.
p|III. Ý KIẾN ĐỐI VỚI HAI ĐƠN VỊ
p|Đối với Huyện ủy A Lưới và Thị ủy Hương Trà: bổ sung đánh giá công tác quản lý, bảo vệ rừng đầu nguồn và \
phát triển rừng trồng gỗ lớn có chứng chỉ FSC.
p|IV. KẾT LUẬN CHUNG
p|Các đơn vị rà soát, phân tích sâu hơn nguyên nhân chủ quan của hạn chế, khuyết điểm và trách nhiệm \
của người đứng đầu cấp ủy.
p|Số liệu trong dự thảo phải thống nhất với số liệu của Cục Thống kê tỉnh.
p|Các đơn vị tiếp thu, hoàn chỉnh dự thảo và gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước \
ngày 10/6/2020.
p|Ban Thường vụ Tỉnh ủy không cần tổ chức hội nghị cho ý kiến lần thứ hai đối với ba dự thảo nói trên; Ban \
Tuyên giáo Tỉnh ủy theo dõi, thẩm định bản hoàn chỉnh.
s|T/L BAN THƯỜNG VỤ
s|CHÁNH VĂN PHÒNG
s|Võ Đình Thục
s|Nơi nhận: Thường trực Tỉnh ủy; Huyện ủy Phú Lộc, Huyện ủy A Lưới, Thị ủy Hương Trà; Ban Tuyên giáo \
Tỉnh ủy; lưu Văn phòng Tỉnh ủy.
"""

# --------------------------------------------------------------------------- 5. distractor: Festival Huế plan
FESTIVAL = """\
h|ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
h|Số 42/KH-UBND
h|Thừa Thiên Huế, ngày 14 tháng 02 năm 2020
h|KẾ HOẠCH
h|Tổ chức Festival Huế 2020
p|I. MỤC ĐÍCH, YÊU CẦU
p|Quảng bá hình ảnh Thừa Thiên Huế là trung tâm văn hóa, du lịch đặc sắc; bảo tồn và phát huy giá trị di sản \
Cố đô Huế; thu hút du khách trong nước và quốc tế.
p|Bảo đảm an toàn, tiết kiệm, phù hợp với diễn biến của dịch bệnh Covid-19.
p|II. THỜI GIAN, ĐỊA ĐIỂM
p|Festival Huế 2020 diễn ra từ ngày 29/8/2020 đến ngày 03/9/2020 tại thành phố Huế và một số huyện, thị xã.
p|Lễ khai mạc tổ chức vào tối 29/8/2020 tại Quảng trường Ngọ Môn, thời lượng không quá 90 phút.
p|III. CHỈ TIÊU
p|Đón khoảng 150.000 lượt khách, trong đó 30.000 lượt khách quốc tế; mời 12 đoàn nghệ thuật quốc tế.
p|IV. NHIỆM VỤ CỦA CÁC ĐỊA PHƯƠNG
p|UBND thành phố Huế chủ trì các chương trình lễ hội đường phố và Đêm Hoàng cung.
p|UBND huyện Phú Vang tổ chức Lễ hội Cầu ngư tại thị trấn Thuận An trong khuôn khổ Festival.
p|UBND huyện A Lưới tổ chức trình diễn dệt Zèng và ẩm thực của đồng bào Tà Ôi, Pa Cô tại thành phố Huế.
p|UBND huyện Phú Lộc phối hợp tổ chức chương trình du lịch biển Lăng Cô.
p|Mỗi địa phương đăng ký không quá 2 chương trình; hồ sơ đề xuất mỗi chương trình dài không quá 10 trang.
p|V. KINH PHÍ
p|Tổng kinh phí dự kiến 42 tỷ đồng, trong đó ngân sách tỉnh 18 tỷ đồng, còn lại huy động xã hội hóa.
p|VI. TỔ CHỨC THỰC HIỆN
p|Các địa phương gửi đề xuất chương trình về Sở Văn hóa và Thể thao (qua Trung tâm Festival Huế) trước ngày \
31/3/2020.
p|Thời hạn báo cáo kết quả tổ chức Festival: các đơn vị gửi báo cáo về UBND tỉnh trước ngày 20/9/2020.
s|KT. CHỦ TỊCH
s|PHÓ CHỦ TỊCH
s|Phan Thiên Định
"""

# ------------------------------------------------------------------------------- 6. the 2015 report (.md)
REPORT_MD = """\
# BÁO CÁO CHÍNH TRỊ

**của Ban Chấp hành Đảng bộ huyện Nam Đông khóa XIII trình Đại hội đại biểu Đảng bộ huyện lần thứ XIV, nhiệm \
kỳ 2015 - 2020**

*Khe Tre, ngày 12 tháng 7 năm 2015*

## Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2010 - 2015

Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 13,2%/năm (Nghị quyết đề ra 14 - 15%/năm).

Thu nhập bình quân đầu người năm 2015 đạt 19,5 triệu đồng; thu ngân sách trên địa bàn năm 2015 đạt 38 tỷ đồng.

Tỷ lệ hộ nghèo giảm từ 31,6% năm 2010 xuống còn 12,4% năm 2015.

Có 3/10 xã đạt chuẩn nông thôn mới; diện tích cao su đạt 2.450 ha, rừng trồng đạt 7.800 ha.

Phối hợp với Vườn quốc gia Bạch Mã và Khu bảo tồn Sao La bảo vệ rừng; nhựa hóa tuyến đường nối thị trấn \
Khe Tre với đường Hồ Chí Minh.

Toàn Đảng bộ có 1.512 đảng viên; trong nhiệm kỳ kết nạp 396 đảng viên mới, trong đó 142 đảng viên là \
người Cơ Tu.

| Chỉ tiêu | Nghị quyết | Thực hiện |
|---|---|---|
| Tăng trưởng giá trị sản xuất | 14 - 15%/năm | 13,2%/năm |
| Tỷ lệ hộ nghèo năm 2015 | dưới 15% | 12,4% |
| Tỷ lệ che phủ rừng | 70% | 72,5% |

## Bài học kinh nghiệm

1. Một là, giữ vững sự đoàn kết, thống nhất trong Đảng bộ.
2. Hai là, phát huy vai trò của già làng, trưởng bản trong vận động đồng bào.
3. Ba là, tập trung nguồn lực cho các công trình trọng điểm.
4. Bốn là, sâu sát cơ sở, lắng nghe ý kiến của nhân dân.

## Phần thứ hai: Phương hướng nhiệm kỳ 2015 - 2020

- Tốc độ tăng trưởng giá trị sản xuất bình quân 12 - 13%/năm.
- Mỗi năm giảm 3 - 4% tỷ lệ hộ nghèo.
- Đến năm 2020 có 6/10 xã đạt chuẩn nông thôn mới.
- Ba khâu đột phá: hạ tầng giao thông; phát triển rừng trồng và cao su; đào tạo cán bộ người Cơ Tu.

Phối hợp với huyện Phú Lộc và thị xã Hương Thủy mở rộng tuyến đường liên huyện; tăng cường liên kết tiêu thụ \
sản phẩm với các doanh nghiệp ở thành phố Huế.
"""

# ----------------------------------------------------------------------------------------- 1. the interview
ARTICLE_TITLE = "Báo cáo chính trị cấp huyện phải ngắn gọn, trúng vấn đề, rõ trách nhiệm"

ARTICLE = """sapo|Chuẩn bị đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025, phóng viên \
Báo điện tử Cố Đô đã trao đổi với đồng chí Tôn Thất Khánh Vân, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên \
giáo Tỉnh ủy Thừa Thiên Huế về những yêu cầu đặt ra đối với báo cáo chính trị.
q|PV: Thưa bà, báo cáo chính trị trình đại hội đảng bộ cấp huyện lần này có những yêu cầu gì mới so với \
nhiệm kỳ trước?
p|Bà Tôn Thất Khánh Vân: Nhiệm kỳ 2015 - 2020, Thừa Thiên Huế đạt được nhiều kết quả quan trọng, diện \
mạo đô thị và nông thôn có nhiều đổi thay.
p|Điểm mới lần này là báo cáo chính trị cấp huyện phải gắn với mục tiêu xây dựng Thừa Thiên Huế trở \
thành thành phố trực thuộc Trung ương; mỗi huyện, thị xã, thành phố phải xác định rõ vị trí, vai trò \
của mình trong tầm nhìn đó.
p|Tôi cho rằng một báo cáo tốt là báo cáo mà người dân đọc xong thấy được địa phương mình sẽ đi về đâu.
q|PV: Có ý kiến cho rằng báo cáo chính trị càng dài thì càng thể hiện đầy đủ thành tích của địa phương. Bà \
nghĩ sao về ý kiến này?
p|Tôi không đồng tình với quan điểm đó. Nhiệm kỳ trước, có báo cáo dài tới 48 trang, đọc tại đại hội mất gần \
một tiếng đồng hồ.
p|Theo Hướng dẫn số 27-HD/BTGTU, báo cáo chính trị dài không quá 30 trang, báo cáo tóm tắt đọc tại đại hội \
không quá 30 phút.
p|Các số liệu chi tiết theo từng xã, từng ngành đưa vào phụ lục; phần thân báo cáo chỉ giữ những con số có ý \
nghĩa so sánh.
fig|Đồng chí Tôn Thất Khánh Vân trao đổi với phóng viên. Ảnh: Minh Thư
q|PV: Vậy những điều cần tránh khi viết báo cáo chính trị là gì, thưa bà?
p|Điều cần tránh nhất là liệt kê thành tích theo kiểu báo cáo tổng kết ngành. Các huyện không nên sao chép \
nguyên văn dự thảo văn kiện của tỉnh vào báo cáo của mình.
p|Khi nêu hạn chế, phải gọi đúng tên việc chưa làm được và ai chịu trách nhiệm. Mỗi khâu đột phá phải kèm \
theo nguồn lực và lộ trình thực hiện cụ thể, để khâu đột phá không chỉ là khẩu hiệu.
q|PV: Với những địa phương có đặc thù như A Lưới, Nam Đông, nơi đông đồng bào dân tộc thiểu số sinh sống, bà \
có lưu ý gì thêm?
p|Tôi đã nhiều lần lên A Lưới, Nam Đông và rất ấn tượng với sự đổi thay của các bản làng.
p|Với hai huyện này, dự thảo báo cáo chính trị cần được lấy ý kiến của già làng, trưởng bản, người có uy tín \
trong đồng bào; báo cáo tóm tắt nên dùng ngôn ngữ giản dị, dễ hiểu.
q|PV: Tiến độ xây dựng báo cáo chính trị của các đơn vị hiện nay ra sao, thưa bà?
p|Đến nay, 9/9 đơn vị đã gửi đề cương về Ban Tuyên giáo Tỉnh ủy; riêng thành phố Huế gửi chậm 5 ngày so với \
thời hạn.
p|Các đơn vị phải gửi dự thảo lần thứ nhất về Ban Thường vụ Tỉnh ủy trước ngày 31/3/2020. Ban Tuyên \
giáo Tỉnh ủy sẽ tổ chức tập huấn cho tổ biên tập văn kiện các đơn vị vào ngày 28/02/2020.
q|PV: Xin cảm ơn bà!
author|Minh Thư (thực hiện)
"""

SITE = "https://codoonline.vn"
SLUG = "bao-cao-chinh-tri-cap-huyen-phai-ngan-gon-trung-van-de-ro-trach-nhiem-a61407"
FILES = "./bao-cao-chinh-tri-cap-huyen-phai-ngan-gon_files"

HTML_TEMPLATE = """\
<!DOCTYPE html>
<!-- saved from url=(0000){SITE}/chinh-tri/xay-dung-dang/{SLUG}.html -->
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | Báo điện tử Cố Đô</title>
<meta name="description" content="Phỏng vấn Trưởng Ban Tuyên giáo Tỉnh ủy về báo cáo chính trị cấp huyện.">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Báo điện tử Cố Đô">
<meta property="article:published_time" content="2020-02-20T07:15:00+07:00">
<link rel="stylesheet" href="{FILES}/style.min.css">
<script src="{FILES}/jquery-3.4.1.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'UA-000000-2');
</script>
</head>
<body class="detail-page">
<div class="top-bar">
  <div class="container">
    <span class="today">Thứ Ba, 03/03/2020</span>
    <span class="weather">Huế 19°C - 26°C</span>
    <a href="{SITE}/lien-he.html">Liên hệ</a> | <a href="{SITE}/quang-cao.html">Quảng cáo</a> |
    <a href="{SITE}/rss.html">RSS</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="{SITE}/"><img src="{FILES}/logo-codo.png" alt="Báo điện tử Cố Đô"></a>
    <form class="search-box" action="{SITE}/tim-kiem.html" method="get">
      <input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button>
    </form>
  </div>
  <nav class="main-nav">
    <ul>
      <li><a href="{SITE}/">Trang chủ</a></li>
      <li class="active"><a href="{SITE}/chinh-tri/">Chính trị</a></li>
      <li><a href="{SITE}/kinh-te/">Kinh tế</a></li>
      <li><a href="{SITE}/van-hoa/">Văn hóa - Di sản</a></li>
      <li><a href="{SITE}/du-lich/">Du lịch</a></li>
      <li><a href="{SITE}/xa-hoi/">Xã hội</a></li>
      <li><a href="{SITE}/festival/">Festival Huế</a></li>
      <li><a href="{SITE}/video/">Video</a></li>
    </ul>
  </nav>
</header>
<div class="banner-top"><a href="{SITE}/chuyen-de/dai-hoi-dang.html"><img src="{FILES}/banner-dai-hoi.jpg" \
alt="Tiến tới Đại hội Đảng bộ tỉnh Thừa Thiên Huế lần thứ XVI"></a></div>
<div class="container main">
  <ol class="breadcrumb">
    <li><a href="{SITE}/">Trang chủ</a></li>
    <li><a href="{SITE}/chinh-tri/">Chính trị</a></li>
    <li class="active"><a href="{SITE}/chinh-tri/xay-dung-dang/">Xây dựng Đảng</a></li>
  </ol>
  <div class="row">
  <div class="col-main">
  <article class="article-detail">
    <h1 class="article-title">{TITLE}</h1>
    <div class="article-meta">
      <span class="date">Thứ Năm, 20/02/2020 - 07:15</span>
      <span class="views">Lượt xem: 3.106</span>
    </div>
    <div class="share-buttons share-top">
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}%2F61407">Chia sẻ</a>
      <a class="share-zalo" href="#" data-href="{SITE}/61407">Zalo</a>
      <a class="share-print" href="javascript:window.print()">In bài</a>
    </div>
    <!-- detail-content -->
{ARTICLE}
    <!-- /detail-content -->
    <div class="article-tags">
      <span>Từ khóa:</span>
      <a href="{SITE}/tag/dai-hoi-dang.html">Đại hội Đảng</a>
      <a href="{SITE}/tag/bao-cao-chinh-tri.html">báo cáo chính trị</a>
      <a href="{SITE}/tag/ban-tuyen-giao.html">Ban Tuyên giáo</a>
    </div>
    <div class="share-buttons share-bottom">
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}%2F61407">Chia sẻ</a>
      <a class="share-mail" href="mailto:?subject=Tin%20tu%20Co%20Do">Gửi email</a>
    </div>
  </article>
  <section class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="{SITE}/chinh-tri/xay-dung-dang/a61390.html">Phú Vang hoàn thành dự thảo báo cáo chính trị \
trình đại hội</a> <span>(18/02/2020)</span></li>
      <li><a href="{SITE}/chinh-tri/xay-dung-dang/a61352.html">Thường trực Tỉnh ủy làm việc với Thị ủy Hương \
Thủy về công tác chuẩn bị đại hội</a> <span>(14/02/2020)</span></li>
      <li><a href="{SITE}/festival/a61340.html">Festival Huế 2020 dự kiến diễn ra từ ngày 29/8</a> \
<span>(13/02/2020)</span></li>
    </ul>
  </section>
  </div>
  <aside class="col-side">
    <div class="box-most-read">
      <h3>Tin đọc nhiều</h3>
      <ol>
        <li><a href="{SITE}/kinh-te/a61401.html">Quảng Điền: Nông dân xuống giống vụ Đông Xuân muộn</a></li>
        <li><a href="{SITE}/xa-hoi/a61398.html">Phong Điền chủ động phòng, chống dịch Covid-19 trong trường \
học</a></li>
        <li><a href="{SITE}/du-lich/a61385.html">Nam Đông phát triển du lịch sinh thái thác Mơ</a></li>
        <li><a href="{SITE}/van-hoa/a61377.html">Hội thi dệt Zèng A Lưới năm 2020 hoãn tổ chức</a></li>
      </ol>
    </div>
    <div class="box-ads"><a href="{SITE}/quang-cao.html"><img src="{FILES}/qc-300x250.jpg" alt="Quảng \
cáo"></a>
    </div>
  </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <p>Báo điện tử Cố Đô - Cơ quan chủ quản: Hội Văn hóa Cố Đô</p>
    <p>Tòa soạn: 57 đường Lê Lợi, thành phố Huế, tỉnh Thừa Thiên Huế. Điện thoại: 0234.3800.000</p>
    <p>Giấy phép số 000/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div>
</footer>
<script src="{FILES}/main.js"></script>
</body>
</html>
"""
