"""Texts of the minutes (plain text), the saved news page (HTML), the 2015 political report of one district
(Word) and the distractor plan (plain text).

Plain-text and Word bodies use one paragraph per entry "kind|text"; a backslash at the end of a source line
continues the same paragraph. Every person, figure, document number and the news portal are invented; places
are real.
"""

# ------------------------------------------------------------------------------------------------------------
# 2. Biên bản hội nghị Ban Thường vụ Tỉnh ủy (txt): narrative minutes on the drafts of 4 units
# ------------------------------------------------------------------------------------------------------------

BIENBAN = """\
p|ĐẢNG BỘ TỈNH ĐẮK LẮK
p|TỈNH ỦY
p|*
p|Số 112-BB/TU
p|ĐẢNG CỘNG SẢN VIỆT NAM
p|Buôn Ma Thuột, ngày 12 tháng 5 năm 2020
p|
p|BIÊN BẢN
p|Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đảng bộ các huyện \
Cư M'gar, Ea Súp, Krông Bông và thị xã Buôn Hồ, nhiệm kỳ 2020 - 2025
p|-----
p|Vào lúc 7 giờ 30 phút, ngày 12/5/2020, tại Phòng họp số 2, Trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức \
hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình đại hội của 4 đơn vị.
p|Chủ trì hội nghị: đồng chí Trương Công Hiển, Phó Bí thư Thường trực Tỉnh ủy (đồng chí Bí thư Tỉnh ủy bận \
dự họp tại Trung ương, ủy quyền chủ trì).
p|Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, trong đó có đồng chí H'Ngơn Byă, Trưởng Ban \
Tuyên giáo Tỉnh ủy và đồng chí Y Kriêng Êban, Trưởng Ban Dân vận Tỉnh ủy. Mời dự có đồng chí Phan Thị Ngọc \
Lan, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh; đồng chí Đại tá Lương Đức Vĩnh, Tỉnh ủy viên, Chỉ huy \
trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; lãnh đạo Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Sở Kế hoạch và \
Đầu tư và Cục Thống kê tỉnh.
p|Về phía các đơn vị có các đồng chí trong Ban Thường vụ Huyện ủy Cư M'gar, Ea Súp, Krông Bông, Ban Thường \
vụ Thị ủy Buôn Hồ và thành viên tổ biên tập văn kiện của các đơn vị.
p|Thư ký hội nghị: đồng chí H'Zuyên Ayŭn, Phó Chánh Văn phòng Tỉnh ủy.
p|NỘI DUNG HỘI NGHỊ
p|Đồng chí chủ trì nêu mục đích, yêu cầu của hội nghị, đề nghị các đồng chí dự họp tập trung góp ý những \
vấn đề lớn về quan điểm, mục tiêu, chỉ tiêu và giải pháp; mỗi đơn vị trình bày tóm tắt dự thảo không quá 15 \
phút.
p|I. DỰ THẢO BÁO CÁO CHÍNH TRỊ CỦA HUYỆN ỦY CƯ M'GAR
p|Đồng chí Y Wai Byă, Bí thư Huyện ủy Cư M'gar trình bày tóm tắt dự thảo. Theo đó, dự thảo dài 36 trang, \
đề ra 24 chỉ tiêu chủ yếu và 3 khâu đột phá; chủ đề đại hội gồm 58 chữ; mục tiêu tốc độ tăng trưởng giá trị \
sản xuất bình quân 8,5%/năm.
p|Phát biểu ý kiến, đồng chí H'Ngơn Byă, Trưởng Ban Tuyên giáo Tỉnh ủy đánh giá dự thảo có bố cục đúng \
hướng dẫn, phần đánh giá kết quả có nhiều số liệu minh chứng.
p|Đồng chí H'Ngơn Byă đề nghị Huyện ủy Cư M'gar rút gọn chủ đề đại hội cho đúng quy định và giảm số chỉ \
tiêu chủ yếu theo Hướng dẫn số 38-HD/BTGTU.
p|Đồng chí Phan Thị Ngọc Lan, Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị huyện bổ sung đánh giá hiệu quả tái \
canh cà phê theo hướng bền vững, làm rõ diện tích cà phê được cấp chứng nhận sản xuất bền vững và kết quả \
liên kết tiêu thụ với doanh nghiệp.
p|Cũng theo đồng chí Phan Thị Ngọc Lan, huyện không cần đưa số liệu chi tiết của từng xã vào phần thân báo \
cáo mà chuyển sang phụ lục.
p|Hội nghị thống nhất đề nghị Huyện ủy Cư M'gar làm rõ nguyên nhân chủ quan của việc chỉ tiêu thu ngân sách \
nhà nước trên địa bàn không đạt nghị quyết.
p|II. DỰ THẢO BÁO CÁO CHÍNH TRỊ CỦA HUYỆN ỦY EA SÚP
p|Do đồng chí Lê Đình Phúc, Bí thư Huyện ủy Ea Súp đang tham gia lớp bồi dưỡng tại Học viện Chính trị quốc \
gia Hồ Chí Minh, đồng chí Ksor H'Nhung, Phó Bí thư Thường trực Huyện ủy trình bày tóm tắt dự thảo.
p|Dự thảo dài 41 trang, đề ra 20 chỉ tiêu chủ yếu và 4 khâu đột phá, với mục tiêu tốc độ tăng trưởng giá \
trị sản xuất bình quân 10,2%/năm.
p|Đồng chí Đại tá Lương Đức Vĩnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh đề nghị Huyện ủy Ea Súp \
bổ sung đánh giá công tác phối hợp với lực lượng Bộ đội Biên phòng trong quản lý đường biên, mốc quốc giới \
và kết quả thực hiện phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự \
thôn, buôn khu vực biên giới".
p|Đồng chí H'Ngơn Byă đề nghị Huyện ủy Ea Súp rút gọn dự thảo về không quá 30 trang theo mục V.2 của Hướng \
dẫn số 38-HD/BTGTU, giảm số khâu đột phá cho đúng quy định và làm rõ cơ sở của chỉ tiêu tăng trưởng \
10,2%/năm.
p|Đồng chí Phan Thị Ngọc Lan đề nghị bổ sung đánh giá hiệu quả khai thác công trình hồ Ea Súp Thượng phục \
vụ sản xuất lúa nước và định hướng phát triển cây điều, cây mì (sắn) gắn với nhà máy chế biến trên địa bàn.
p|Hội nghị thống nhất không đưa nội dung phát triển cây cà phê vào khâu đột phá của huyện Ea Súp.
p|III. DỰ THẢO BÁO CÁO CHÍNH TRỊ CỦA HUYỆN ỦY KRÔNG BÔNG
p|Đồng chí Y Dhuôl Niê, Bí thư Huyện ủy Krông Bông trình bày tóm tắt dự thảo. Dự thảo dài 33 trang, gồm 21 \
chỉ tiêu chủ yếu, 3 khâu đột phá và 6 bài học kinh nghiệm.
p|Đồng chí H'Ngơn Byă đề nghị Huyện ủy Krông Bông chọn lọc lại các bài học kinh nghiệm cho đúng hướng dẫn, \
tránh trùng lặp với nhiệm kỳ trước.
p|Đồng chí Y Kriêng Êban, Trưởng Ban Dân vận Tỉnh ủy đề nghị huyện làm rõ kết quả thực hiện chính sách hỗ \
trợ đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo và giải pháp ổn định dân di cư tự do \
ở các xã vùng sâu.
p|Đồng chí Phan Thị Ngọc Lan đề nghị bổ sung giải pháp phòng, chống sạt lở đất, lũ quét tại các xã dọc sông \
Krông Ana và định hướng phát triển du lịch sinh thái gắn với Vườn quốc gia Chư Yang Sin.
p|Hội nghị thống nhất huyện Krông Bông không cần bổ sung nội dung đánh giá về phát triển đô thị vào dự thảo.
p|IV. DỰ THẢO BÁO CÁO CHÍNH TRỊ CỦA THỊ ỦY BUÔN HỒ
p|Đồng chí Trần Quang Lợi, Bí thư Thị ủy Buôn Hồ trình bày tóm tắt dự thảo. Dự thảo dài 30 trang, đề ra 22 \
chỉ tiêu chủ yếu và 2 khâu đột phá; mục tiêu tăng trưởng giá trị sản xuất bình quân 9,2%/năm.
p|Các ý kiến phát biểu thống nhất đánh giá dự thảo của Thị ủy Buôn Hồ ngắn gọn, đúng bố cục và bảo đảm \
dung lượng theo hướng dẫn.
p|Đồng chí Phan Thị Ngọc Lan đề nghị Thị ủy Buôn Hồ làm rõ lộ trình hoàn thành các tiêu chí còn thiếu để \
được công nhận đô thị loại III và bổ sung giải pháp thu hút đầu tư vào Cụm công nghiệp Buôn Hồ.
p|Hội nghị thống nhất không đưa chỉ tiêu tỷ lệ che phủ rừng vào hệ thống chỉ tiêu của thị xã Buôn Hồ.
p|V. Ý KIẾN CHUNG ĐỐI VỚI CÁC DỰ THẢO
p|Đồng chí Y Kriêng Êban, Trưởng Ban Dân vận Tỉnh ủy đề nghị các huyện Cư M'gar, Ea Súp và Krông Bông bổ \
sung đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở và vai trò của già làng, người có uy tín trong vùng \
đồng bào dân tộc thiểu số.
p|KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ HỘI NGHỊ
p|Đồng chí Trương Công Hiển ghi nhận, đánh giá cao sự chuẩn bị của các đơn vị; các dự thảo cơ bản bám sát \
Hướng dẫn số 38-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy.
p|Đồng chí đề nghị Ban Thường vụ các huyện ủy, thị ủy tiếp thu đầy đủ ý kiến tại hội nghị; phần hạn chế, \
yếu kém phải chỉ rõ nguyên nhân chủ quan và trách nhiệm của người đứng đầu cấp ủy.
p|Các số liệu trong dự thảo phải được rà soát, thống nhất với số liệu của Cục Thống kê tỉnh.
p|Các đơn vị hoàn chỉnh dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày \
29/5/2020.
p|Hội nghị thống nhất không cần tổ chức hội nghị cho ý kiến lần thứ hai đối với 4 dự thảo; Ban Tuyên giáo \
Tỉnh ủy thẩm định dự thảo đã chỉnh sửa, báo cáo Thường trực Tỉnh ủy.
p|Hội nghị kết thúc lúc 11 giờ 20 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước hội nghị.
p|
p|THƯ KÝ HỘI NGHỊ
p|(Đã ký)
p|H'Zuyên Ayŭn
p|
p|CHỦ TRÌ HỘI NGHỊ
p|PHÓ BÍ THƯ THƯỜNG TRỰC TỈNH ỦY
p|(Đã ký)
p|Trương Công Hiển
"""

# ------------------------------------------------------------------------------------------------------------
# 3. Saved news page (html): the 19/5/2020 session on Buôn Ma Thuột, Krông Năng and Lắk
# ------------------------------------------------------------------------------------------------------------

ARTICLE_TITLE = ("Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Buôn Ma Thuột, Krông Năng "
                 "và Lắk")

# kind: sapo / p / fig / author
ARTICLE = """\
sapo|(CNM) - Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị trình đại hội \
của Thành ủy Buôn Ma Thuột, Huyện ủy Krông Năng và Huyện ủy Lắk. Đồng chí Đoàn Minh Châu, Bí thư Tỉnh ủy chủ \
trì hội nghị.
p|Cùng dự có đồng chí Trương Công Hiển, Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ \
Tỉnh ủy và lãnh đạo một số sở, ngành của tỉnh.
p|Theo báo cáo của đồng chí Mai Hoàng Long, Phó Bí thư Thường trực Thành ủy Buôn Ma Thuột, dự thảo báo cáo \
chính trị của thành phố dài 38 trang, đề ra 26 chỉ tiêu chủ yếu và 4 khâu đột phá, với mục tiêu tốc độ tăng \
trưởng giá trị sản xuất bình quân 9,5%/năm.
p|Dự thảo của Huyện ủy Krông Năng do đồng chí Y Ngông Mlô, Bí thư Huyện ủy trình bày, dài 34 trang, gồm 20 \
chỉ tiêu và 3 khâu đột phá; mục tiêu tăng trưởng bình quân 7,8%/năm.
p|Đồng chí Y Khoa Bdap, Bí thư Huyện ủy Lắk cho biết dự thảo của huyện dài 29 trang, đề ra 19 chỉ tiêu và 3 \
khâu đột phá; tỷ lệ hộ nghèo của huyện cuối năm 2019 còn 17,4%, chủ yếu là hộ đồng bào M'nông, Ê Đê tại chỗ.
fig|Đồng chí Đoàn Minh Châu, Bí thư Tỉnh ủy phát biểu kết luận hội nghị.
p|Tại hội nghị, các đại biểu cơ bản thống nhất với bố cục của ba dự thảo; đánh giá cao phần đánh giá kết \
quả thực hiện nghị quyết của Thành ủy Buôn Ma Thuột có nhiều số liệu so sánh.
p|Đồng chí H'Ngơn Byă, Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị Huyện ủy Lắk làm rõ hơn công tác bảo tồn văn \
hóa truyền thống của đồng bào M'nông gắn với phát triển du lịch hồ Lắk và buôn Jun.
p|Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị ba đơn vị tiếp thu ý kiến của các đại biểu; phần hạn \
chế phải thẳng thắn, chỉ rõ trách nhiệm của tập thể Ban Thường vụ và người đứng đầu.
p|Đối với Thành ủy Buôn Ma Thuột, rút gọn dự thảo về không quá 30 trang; giảm về không quá 22 chỉ tiêu và \
không quá 3 khâu đột phá; làm rõ vai trò động lực của thành phố đối với vùng Tây Nguyên; bổ sung giải pháp \
chống ngập úng cục bộ, xử lý rác thải và bảo tồn không gian văn hóa các buôn đồng bào Ê Đê trong lòng đô thị \
như buôn Akô Dhông, buôn Kô Tam.
p|Đối với Huyện ủy Krông Năng, bổ sung đánh giá hiệu quả phát triển cây mắc ca và liên kết tiêu thụ sản \
phẩm; làm rõ nguyên nhân diện tích hồ tiêu bị chết do dịch bệnh và giải pháp phục hồi; bổ sung giải pháp \
phát triển thủy lợi nhỏ, chống hạn cho cây trồng.
p|Đối với Huyện ủy Lắk, bổ sung định hướng xây dựng cánh đồng lớn sản xuất lúa chất lượng cao; giải pháp \
quản lý, bảo vệ rừng tại Vườn quốc gia Chư Yang Sin và Khu bảo tồn thiên nhiên Nam Ka; làm rõ giải pháp giảm \
nghèo bền vững trong đồng bào dân tộc thiểu số tại chỗ.
p|Đồng chí Bí thư Tỉnh ủy yêu cầu ba đơn vị hoàn chỉnh dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên \
giáo Tỉnh ủy) trước ngày 05/6/2020 để thẩm định trước khi tổ chức đại hội.
author|Tin, ảnh: H'Linh Niê
"""

SITE = "https://caonguyenmoi.vn"
SLUG = "ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-cua-buon-ma-thuot-krong-nang-va-lak-a48213"
FILES = "./ban-thuong-vu-tinh-uy-cho-y-kien_files"

HTML_TEMPLATE = """\
<!DOCTYPE html>
<!-- saved from url=(0138){SITE}/chinh-tri/xay-dung-dang/{SLUG}.html -->
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | Báo điện tử Cao Nguyên Mới</title>
<meta name="description" content="Chiều 19/5, Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị \
của ba đơn vị.">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Báo điện tử Cao Nguyên Mới">
<meta property="article:published_time" content="2020-05-20T16:45:00+07:00">
<link rel="stylesheet" href="{FILES}/main.min.css">
<link rel="icon" href="{FILES}/favicon.ico">
<script src="{FILES}/jquery-3.4.1.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'UA-000000-1');
</script>
</head>
<body class="detail-page">
<div class="top-bar">
  <div class="container">
    <span class="today">Thứ Hai, 25/05/2020</span>
    <span class="weather">Buôn Ma Thuột 24°C - 31°C</span>
    <a href="{SITE}/lien-he.html">Liên hệ</a> | <a href="{SITE}/quang-cao.html">Quảng cáo</a> |
    <a href="{SITE}/rss.html">RSS</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="{SITE}/"><img src="{FILES}/logo-cnm.png" alt="Báo điện tử Cao Nguyên Mới"></a>
    <form class="search-box" action="{SITE}/tim-kiem.html" method="get">
      <input type="text" name="q" placeholder="Nhập từ khóa..."><button type="submit">Tìm kiếm</button>
    </form>
  </div>
  <nav class="main-nav">
    <ul>
      <li><a href="{SITE}/">Trang chủ</a></li>
      <li class="active"><a href="{SITE}/chinh-tri/">Chính trị</a></li>
      <li><a href="{SITE}/kinh-te/">Kinh tế</a></li>
      <li><a href="{SITE}/xa-hoi/">Xã hội</a></li>
      <li><a href="{SITE}/buon-lang/">Buôn làng</a></li>
      <li><a href="{SITE}/van-hoa/">Văn hóa</a></li>
      <li><a href="{SITE}/the-thao/">Thể thao</a></li>
      <li><a href="{SITE}/ban-doc/">Bạn đọc</a></li>
      <li><a href="{SITE}/video/">Video</a></li>
    </ul>
  </nav>
</header>
<div class="banner-top"><a href="{SITE}/chuyen-de/dai-hoi-dang-cac-cap.html"><img \
src="{FILES}/banner-dai-hoi-dang.jpg" alt="Tiến tới Đại hội Đảng bộ tỉnh lần thứ XVII"></a></div>
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
      <span class="date">Thứ Tư, 20/05/2020 - 16:45</span>
      <span class="views">Lượt xem: 2.814</span>
    </div>
    <div class="share-buttons share-top">
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}%2F48213">Chia sẻ</a>
      <a class="share-zalo" href="#" data-href="{SITE}/48213">Zalo</a>
      <a class="share-print" href="javascript:window.print()">In bài</a>
      <a class="font-size" href="#">A-</a> <a class="font-size" href="#">A+</a>
    </div>
    <!-- detail-content -->
{ARTICLE}
    <!-- /detail-content -->
    <div class="article-tags">
      <span>Từ khóa:</span>
      <a href="{SITE}/tag/dai-hoi-dang.html">Đại hội Đảng</a>
      <a href="{SITE}/tag/bao-cao-chinh-tri.html">báo cáo chính trị</a>
      <a href="{SITE}/tag/buon-ma-thuot.html">Buôn Ma Thuột</a>
      <a href="{SITE}/tag/krong-nang.html">Krông Năng</a>
      <a href="{SITE}/tag/lak.html">Lắk</a>
    </div>
    <div class="share-buttons share-bottom">
      <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={SITE}%2F48213">Chia sẻ</a>
      <a class="share-zalo" href="#" data-href="{SITE}/48213">Zalo</a>
      <a class="share-mail" href="mailto:?subject=Tin%20t%E1%BB%AB%20CNM">Gửi email</a>
    </div>
  </article>
  <section class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="{SITE}/chinh-tri/xay-dung-dang/a48177.html">Krông Pắc: Đại hội điểm cấp cơ sở thành công \
tốt đẹp</a> <span>(16/05/2020)</span></li>
      <li><a href="{SITE}/chinh-tri/xay-dung-dang/a48150.html">Thường trực Tỉnh ủy làm việc với Huyện ủy \
Krông Búk về công tác chuẩn bị đại hội</a> <span>(14/05/2020)</span></li>
      <li><a href="{SITE}/chinh-tri/xay-dung-dang/a48102.html">Ban Tuyên giáo Tỉnh ủy tập huấn nghiệp vụ xây \
dựng văn kiện đại hội cấp huyện</a> <span>(08/05/2020)</span></li>
      <li><a href="{SITE}/kinh-te/a48088.html">Ea Kar tập trung chống hạn cho gần 3.000 ha cây trồng</a> \
<span>(06/05/2020)</span></li>
    </ul>
  </section>
  </div>
  <aside class="col-side">
    <div class="box-most-read">
      <h3>Tin đọc nhiều</h3>
      <ol>
        <li><a href="{SITE}/kinh-te/a48205.html">Cư Kuin: Nông dân tất bật tái canh cà phê trước mùa \
mưa</a></li>
        <li><a href="{SITE}/xa-hoi/a48199.html">M'Đrắk: Tăng cường kiểm tra, ngăn chặn phá rừng làm \
rẫy</a></li>
        <li><a href="{SITE}/van-hoa/a48190.html">Buôn Đôn ra mắt mô hình du lịch voi thân thiện</a></li>
        <li><a href="{SITE}/xa-hoi/a48186.html">Ea H'leo: Khống chế ổ dịch tả lợn châu Phi tại xã Ea \
Khăl</a></li>
        <li><a href="{SITE}/chinh-tri/a48160.html">Thị xã Buôn Hồ trao Huy hiệu Đảng đợt 19/5</a></li>
      </ol>
    </div>
    <div class="banner-side"><a href="{SITE}/chuyen-de/le-hoi-ca-phe.html"><img src="{FILES}/qc-ca-phe.jpg" \
alt="Lễ hội Cà phê">Chuyên đề: Lễ hội Cà phê Buôn Ma Thuột</a></div>
  </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <p>BÁO ĐIỆN TỬ CAO NGUYÊN MỚI</p>
    <p>Giấy phép hoạt động báo chí điện tử số 88/GP-BTTTT ngày 03/3/2017.</p>
    <p>Tòa soạn: Số 12 Lê Duẩn, phường Tân Thành, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.</p>
    <p>Điện thoại: 0262 3 800 000 - Email: toasoan@caonguyenmoi.vn</p>
    <p>© Bản quyền thuộc Báo điện tử Cao Nguyên Mới. Ghi rõ nguồn khi phát hành lại thông tin từ website \
này.</p>
  </div>
</footer>
<script src="{FILES}/main.min.js"></script>
</body>
</html>
"""

# ------------------------------------------------------------------------------------------------------------
# 4. The 2015 political report of one district (docx); the district is named only in the letterhead cell
# ------------------------------------------------------------------------------------------------------------

KP_HEADER = [[
    "ĐẢNG BỘ TỈNH ĐẮK LẮK\nHUYỆN ỦY KRÔNG PẮC\n*",
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nPhước An, ngày 20 tháng 7 năm 2015",
]]

KP_SIGN = [[
    "",
    "T/M BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nBÍ THƯ\n\n(Đã ký)\n\nPhạm Ngọc Sang",
]]

# kind: title / sub (centred bold), h (bold heading paragraph), p (body)
KP_REPORT = """\
title|BÁO CÁO CHÍNH TRỊ
sub|của Ban Chấp hành Đảng bộ huyện khóa IX trình Đại hội đại biểu Đảng bộ huyện lần thứ X, nhiệm kỳ 2015 \
- 2020
p|Chủ đề: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết các dân tộc; đẩy mạnh tái \
canh cà phê, phát triển nông nghiệp bền vững; xây dựng huyện phát triển toàn diện.
p|Nhiệm kỳ 2010 - 2015, Đảng bộ và Nhân dân các dân tộc trong huyện thực hiện Nghị quyết Đại hội IX trong \
bối cảnh có nhiều khó khăn: giá cà phê, hồ tiêu biến động mạnh; hạn hán mùa khô năm 2013 và năm 2015 gây \
thiệt hại lớn cho sản xuất; diện tích cà phê già cỗi lớn. Được sự quan tâm của Tỉnh ủy, Ủy ban nhân dân \
tỉnh, Đảng bộ đã lãnh đạo hoàn thành phần lớn các mục tiêu nghị quyết đề ra.
h|PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI IX, NHIỆM KỲ 2010 - 2015
h|I. KẾT QUẢ ĐẠT ĐƯỢC
h|1. Về kinh tế
p|Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2011 - 2015 đạt 9,36%/năm (nghị quyết đề ra 10 - \
11%/năm). Cơ cấu kinh tế năm 2015: nông, lâm nghiệp chiếm 58,2%; công nghiệp - xây dựng 17,5%; thương mại - \
dịch vụ 24,3%. Thu nhập bình quân đầu người năm 2015 đạt 28,5 triệu đồng, gấp 1,9 lần năm 2010.
p|Tổng diện tích cà phê toàn huyện 21.350 ha, năng suất bình quân 2,6 tấn nhân/ha; trong nhiệm kỳ tái canh \
được 2.140 ha. Diện tích hồ tiêu 3.120 ha; sầu riêng 1.050 ha, tập trung ở các xã Ea Kly, Ea Phê và xã \
Krông Búk.
p|Thu ngân sách nhà nước trên địa bàn 5 năm đạt 742 tỷ đồng, riêng năm 2015 đạt 186 tỷ đồng.
p|Hệ thống thủy lợi được đầu tư, nâng cấp; diện tích tưới chủ động đạt 68% diện tích cây trồng có nhu cầu \
tưới. Quốc lộ 26 đoạn qua huyện được nâng cấp, tăng cường kết nối với thành phố Buôn Ma Thuột và huyện Ea Kar.
h|2. Về xây dựng nông thôn mới
p|Đến cuối năm 2015, có 3/15 xã đạt chuẩn nông thôn mới; bình quân mỗi xã đạt 13,2 tiêu chí; 11 buôn đồng \
bào dân tộc thiểu số được đầu tư đường giao thông nông thôn và nhà sinh hoạt cộng đồng.
h|3. Về văn hóa - xã hội
p|Tỷ lệ hộ nghèo giảm từ 15,8% năm 2010 xuống còn 6,12% năm 2015; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số \
tại chỗ còn 19,4%.
p|Có 34 trường đạt chuẩn quốc gia; 78% buôn, thôn, tổ dân phố đạt danh hiệu văn hóa; 28 đội cồng chiêng của \
các buôn được duy trì hoạt động thường xuyên.
h|4. Về quốc phòng, an ninh
p|An ninh chính trị, trật tự an toàn xã hội được giữ vững; không để xảy ra điểm nóng; hằng năm hoàn thành \
100% chỉ tiêu tuyển quân.
h|5. Về xây dựng Đảng và hệ thống chính trị
p|Kết nạp 1.236 đảng viên mới, trong đó 187 đảng viên là người dân tộc thiểu số; đến nay còn 6 buôn chưa có \
đảng viên. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên bình quân đạt 82,5%.
h|II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN
p|Có 4/20 chỉ tiêu nghị quyết không đạt: tốc độ tăng trưởng giá trị sản xuất; thu nhập bình quân đầu người \
(đạt 28,5/30 triệu đồng); số xã đạt chuẩn nông thôn mới (đạt 3/5 xã); tỷ lệ diện tích tưới chủ động (đạt \
68/70%).
p|Nguyên nhân khách quan là giá nông sản giảm, hạn hán kéo dài; nguyên nhân chủ quan là Ban Thường vụ Huyện \
ủy chưa tập trung chỉ đạo quyết liệt công tác tái canh cà phê và huy động nguồn lực xây dựng nông thôn mới; \
một số cấp ủy cơ sở còn trông chờ, ỷ lại.
h|III. BÀI HỌC KINH NGHIỆM
p|Một là, giữ vững sự đoàn kết, thống nhất trong Ban Chấp hành Đảng bộ, phát huy vai trò nêu gương của người \
đứng đầu.
p|Hai là, bám sát thực tiễn cơ sở, tập trung tháo gỡ khó khăn cho sản xuất cà phê, hồ tiêu.
p|Ba là, phát huy vai trò của già làng, người có uy tín trong vận động đồng bào các dân tộc.
p|Bốn là, huy động sức dân gắn với công khai, minh bạch trong xây dựng nông thôn mới.
h|PHẦN THỨ HAI. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2015 - 2020
h|I. MỤC TIÊU TỔNG QUÁT
p|Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững dựa trên nông nghiệp ứng dụng \
công nghệ cao; nâng cao đời sống vật chất, tinh thần của Nhân dân các dân tộc; giữ vững quốc phòng, an ninh.
h|II. CÁC CHỈ TIÊU CHỦ YẾU
p|Tốc độ tăng trưởng giá trị sản xuất bình quân 8,5 - 9%/năm; thu nhập bình quân đầu người năm 2020 đạt 45 \
triệu đồng; tái canh 4.000 ha cà phê; đến năm 2020 có 8/15 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm \
bình quân 1,5 - 2%/năm; kết nạp 1.200 đảng viên trở lên.
h|III. BA KHÂU ĐỘT PHÁ
p|Một là, tái canh cà phê gắn với phát triển nông nghiệp ứng dụng công nghệ cao. Hai là, đầu tư hạ tầng \
giao thông nông thôn và thủy lợi. Ba là, cải cách hành chính, nâng cao chất lượng đội ngũ cán bộ cơ sở.
h|PHẦN THỨ BA. TỔ CHỨC THỰC HIỆN
p|Ngay sau đại hội, Ban Chấp hành Đảng bộ huyện xây dựng chương trình hành động thực hiện nghị quyết; các \
chi bộ, đảng bộ cơ sở cụ thể hóa thành nghị quyết chuyên đề, phân công rõ người, rõ việc.
"""

# ------------------------------------------------------------------------------------------------------------
# 5. Distractor (txt): provincial plan on coffee replanting and drought
# ------------------------------------------------------------------------------------------------------------

TAICANH = """\
p|ỦY BAN NHÂN DÂN
p|TỈNH ĐẮK LẮK
p|Số: 1452/KH-UBND
p|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
p|Độc lập - Tự do - Hạnh phúc
p|Đắk Lắk, ngày 24 tháng 02 năm 2020
p|
p|KẾ HOẠCH
p|Tái canh cà phê và ứng phó hạn hán mùa khô năm 2020 trên địa bàn tỉnh
p|I. MỤC ĐÍCH, YÊU CẦU
p|Duy trì diện tích cà phê ổn định, nâng cao năng suất, chất lượng; chủ động ứng phó hạn hán mùa khô năm \
2020, hạn chế thấp nhất thiệt hại cho cây trồng.
p|II. CHỈ TIÊU
p|Tái canh 6.500 ha cà phê trong năm 2020, phân bổ như sau: Cư M'gar 1.200 ha; Krông Pắc 850 ha; Krông \
Năng 700 ha; Ea H'leo 650 ha; Cư Kuin 600 ha; thị xã Buôn Hồ 500 ha; Krông Búk 450 ha; thành phố Buôn Ma \
Thuột 400 ha; các huyện còn lại 1.150 ha.
p|III. NHIỆM VỤ, GIẢI PHÁP
p|1. Sở Nông nghiệp và Phát triển nông thôn kiểm soát chất lượng cây giống; chỉ sử dụng giống cà phê \
được công nhận.
p|2. Hỗ trợ 50% giá cây giống cho hộ tái canh, mỗi hộ được hỗ trợ không quá 2 ha.
p|3. Các tổ chức tín dụng ưu tiên cho vay tái canh cà phê theo Chương trình tái canh cà phê của tỉnh.
p|4. Về ứng phó hạn hán: nạo vét, sửa chữa hồ, đập; ưu tiên nước tưới cho diện tích cà phê tái canh; các \
huyện Ea Súp, Buôn Đôn, M'Đrắk chủ động phương án chống hạn cho lúa vụ đông xuân.
p|IV. KINH PHÍ
p|Ngân sách tỉnh hỗ trợ 12,5 tỷ đồng; phần còn lại do người dân, doanh nghiệp và ngân sách cấp huyện bảo \
đảm.
p|V. TỔ CHỨC THỰC HIỆN
p|Ủy ban nhân dân các huyện, thị xã, thành phố đăng ký nhu cầu cây giống trước ngày 10/3/2020; gửi báo \
cáo sơ kết 6 tháng trước ngày 20/6/2020; gửi báo cáo kết quả thực hiện cả năm trước ngày 15/12/2020 về Sở \
Nông nghiệp và Phát triển nông thôn để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
p|Thời hạn hoàn thành trồng tái canh là ngày 31/8/2020, trước khi kết thúc mùa mưa.
p|Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các địa phương kịp thời báo cáo về Sở Nông \
nghiệp và Phát triển nông thôn.
p|
p|TM. ỦY BAN NHÂN DÂN
p|KT. CHỦ TỊCH
p|PHÓ CHỦ TỊCH
p|(Đã ký)
p|Phan Thị Ngọc Lan
"""
