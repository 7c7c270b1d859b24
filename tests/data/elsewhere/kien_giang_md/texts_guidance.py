"""Texts of the two guidance documents written as plain text: the Markdown portal export of Hướng dẫn
47-HD/BTGTU and the saved HTML news page about the standing committee's session.

A backslash at the end of a source line continues the same line of the document (Python joins the lines), so
long paragraphs stay under 110 characters per source line. Every person, number and document number is
invented; places are real.
"""

HUONGDAN_MD = """\
[Trang chủ](/) › [Văn bản - Tư liệu](/van-ban) › [Hướng dẫn](/van-ban/huong-dan)

# Hướng dẫn số 47-HD/BTGTU về xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố \
nhiệm kỳ 2025 - 2030

*Số ký hiệu: 47-HD/BTGTU; ngày ban hành: 21/10/2024; cơ quan ban hành: Ban Tuyên giáo Tỉnh ủy; \
ngày đăng: 23/10/2024*

---

**TỈNH ỦY KIÊN GIANG**

**BAN TUYÊN GIÁO**

Số 47-HD/BTGTU

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Rạch Giá, ngày 21 tháng 10 năm 2024*

## HƯỚNG DẪN

**Xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố nhiệm kỳ 2025 - 2030**

Thực hiện [Chỉ thị số 35-CT/TW](/van-ban/chi-thi-35-ct-tw), ngày 14/6/2024 của Bộ Chính trị về đại hội \
đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 209-KH/TU, ngày \
02/8/2024 của Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, Ban Tuyên \
giáo Tỉnh ủy hướng dẫn việc xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố (sau đây gọi \
chung là cấp huyện) như sau:

## I. MỤC ĐÍCH, YÊU CẦU

1. Báo cáo chính trị là văn kiện trung tâm của đại hội, thể hiện trí tuệ, ý chí và nguyện vọng của cán bộ, \
đảng viên và Nhân dân trong huyện, thành phố.
2. Báo cáo phải đánh giá đúng thực chất kết quả thực hiện Nghị quyết đại hội đảng bộ cấp huyện nhiệm kỳ \
2020 - 2025; nói rõ cái được, cái chưa được, không né tránh hạn chế, khuyết điểm.
3. Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030 phải bám sát dự thảo văn kiện Đại hội XII Đảng bộ \
tỉnh, Quy hoạch tỉnh Kiên Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và quy hoạch của địa phương; \
bảo đảm tính khả thi, tránh đặt chỉ tiêu cao hơn khả năng thực hiện.
4. Dự thảo phải được thảo luận dân chủ ở chi bộ, đảng bộ cơ sở, lấy ý kiến Ủy ban Mặt trận Tổ quốc, các \
đoàn thể chính trị - xã hội, cán bộ lão thành cách mạng và Nhân dân trước khi trình đại hội.

## II. BỐ CỤC, NỘI DUNG BÁO CÁO

Tên báo cáo ghi thống nhất: *"Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện (thành phố) khóa ... trình \
Đại hội đại biểu Đảng bộ huyện (thành phố) lần thứ ..., nhiệm kỳ 2025 - 2030"*.

Chủ đề đại hội phải ngắn gọn, dễ nhớ, thể hiện được mục tiêu tổng quát và khát vọng phát triển của địa \
phương trong nhiệm kỳ mới.

Báo cáo gồm phần mở đầu và ba phần:

### Phần mở đầu

Phần mở đầu nêu khái quát bối cảnh, thuận lợi, khó khăn của nhiệm kỳ 2020 - 2025, trong đó có tác động \
của đại dịch Covid-19 những năm đầu nhiệm kỳ; viết không quá một trang.

### Phần thứ nhất: Kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2020 - 2025 và bài học kinh nghiệm

- **Về kinh tế:** nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu người, thu \
ngân sách nhà nước trên địa bàn; đánh giá chuyển dịch cơ cấu kinh tế và kết quả thu hút đầu tư.
- **Về xây dựng nông thôn mới, đô thị:** nêu số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông \
thôn mới kiểu mẫu; đối với thành phố, nêu kết quả chỉnh trang, phát triển đô thị.
- **Về văn hóa - xã hội:** nêu tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đầu và cuối nhiệm kỳ; kết quả \
thực hiện chính sách đối với đồng bào dân tộc Khmer và người có công với cách mạng.
- **Về quốc phòng, an ninh:** đánh giá tình hình an ninh chính trị, trật tự an toàn xã hội, công tác \
phòng, chống tội phạm và ma túy.
- **Về xây dựng Đảng và hệ thống chính trị:** nêu số đảng viên kết nạp mới trong nhiệm kỳ, tỷ lệ tổ chức \
cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, số ấp, khu phố chưa có chi bộ riêng; kết quả thực hiện Kết \
luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.
- **Hạn chế, yếu kém:** chỉ rõ chỉ tiêu không đạt, nguyên nhân chủ quan và trách nhiệm của tập thể, cá \
nhân; tránh viết chung chung.
- **Bài học kinh nghiệm:** ngắn gọn, rút ra từ thực tiễn lãnh đạo của đảng bộ, không lặp lại các nguyên \
tắc chung.
- Không nêu lại các chỉ tiêu của Nghị quyết đại hội nhiệm kỳ 2020 - 2025 trong phần thân báo cáo.
- Bảng so sánh kết quả thực hiện các chỉ tiêu nghị quyết nhiệm kỳ 2020 - 2025 đưa vào phụ lục số liệu.

### Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030

1. **Dự báo tình hình:** Dự báo bối cảnh trong nước, của tỉnh và của địa phương tác động đến nhiệm kỳ, \
viết ngắn gọn, không quá 2 trang.
    - Không cần phân tích tình hình thế giới và khu vực.
2. **Mục tiêu tổng quát và mục tiêu cụ thể:** mục tiêu cụ thể là hệ thống chỉ tiêu chủ yếu chia thành 4 \
nhóm (tham khảo Bảng 1); mỗi chỉ tiêu phải có cơ sở tính toán và phù hợp với chỉ tiêu của tỉnh.
3. **Nhiệm vụ, giải pháp:** tập trung vào các lĩnh vực then chốt, gắn với tiềm năng, lợi thế của địa \
phương.
4. **Khâu đột phá:** là những vấn đề then chốt, có sức lan tỏa, tạo được chuyển biến rõ nét trong nhiệm \
kỳ; nêu rõ nội dung, cách làm và nguồn lực thực hiện.

**Bảng 1. Gợi ý 16 chỉ tiêu chủ yếu theo nhóm**

| Nhóm | Số chỉ tiêu gợi ý | Chỉ tiêu |
|---|---|---|
| I. Kinh tế | 6 | Tốc độ tăng trưởng giá trị sản xuất bình quân/năm; thu nhập bình quân đầu người; thu ngân \
sách nhà nước trên địa bàn; tổng vốn đầu tư toàn xã hội; giá trị sản xuất trên 1 ha đất sản xuất nông \
nghiệp; tỷ lệ đô thị hóa |
| II. Văn hóa - xã hội | 5 | Tỷ lệ giảm hộ nghèo bình quân/năm; tỷ lệ lao động qua đào tạo; tỷ lệ dân số \
tham gia bảo hiểm y tế; tỷ lệ trường đạt chuẩn quốc gia; số xã đạt chuẩn nông thôn mới nâng cao |
| III. Môi trường | 2 | Tỷ lệ hộ dân sử dụng nước sạch; tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý |
| IV. Xây dựng Đảng và hệ thống chính trị | 3 | Số đảng viên kết nạp mới; tỷ lệ tổ chức cơ sở đảng hoàn \
thành tốt nhiệm vụ trở lên; tỷ lệ ấp, khu phố có chi bộ riêng |
| **Tổng cộng** | **16** | Các đơn vị có thể bổ sung chỉ tiêu đặc thù nhưng tổng số không vượt giới hạn \
tại mục IV |

### Phần thứ ba: Tổ chức thực hiện

Ngay sau đại hội, Ban Chấp hành Đảng bộ huyện, thành phố khóa mới xây dựng chương trình hành động thực \
hiện nghị quyết, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.

## III. NỘI DUNG RIÊNG THEO ĐỊA BÀN

Ngoài các nội dung chung nêu trên, báo cáo chính trị của một số đơn vị phải có nội dung riêng như sau:

1. **Các đơn vị biển, đảo (thành phố Phú Quốc, huyện Kiên Hải, thành phố Hà Tiên):** đánh giá kết quả \
phát triển kinh tế biển gắn với bảo vệ chủ quyền biển, đảo; công tác phòng, chống khai thác IUU và bảo vệ \
nguồn lợi thủy sản; bảo đảm điện, nước sinh hoạt cho người dân trên đảo.
2. **Các đơn vị biên giới (huyện Giang Thành, thành phố Hà Tiên, huyện Kiên Lương):** có nội dung riêng \
về quản lý, bảo vệ đường biên giới, mốc quốc giới; đấu tranh chống buôn lậu, gian lận thương mại qua biên \
giới; xây dựng khu vực phòng thủ vững chắc và quan hệ hữu nghị với các địa phương giáp biên của Vương \
quốc Campuchia.
3. **Các huyện vùng U Minh Thượng (U Minh Thượng, An Minh, An Biên, Vĩnh Thuận):** đánh giá công tác bảo \
vệ, phát triển rừng và phòng cháy, chữa cháy rừng; phát triển sản xuất tôm - lúa, thích ứng với xâm nhập \
mặn và sạt lở; chăm lo đời sống người dân vùng đệm.

## IV. DUNG LƯỢNG, SỐ LIỆU, THỂ THỨC

**Dung lượng:** Báo cáo chính trị dài không quá 30 trang khổ A4 (phông chữ Times New Roman, cỡ chữ 14), \
không kể phụ lục; phụ lục số liệu không quá 12 trang; báo cáo tóm tắt trình bày tại đại hội không quá 10 \
trang, thời gian đọc không quá 30 phút. Chủ đề đại hội không quá 40 chữ. Hệ thống chỉ tiêu chủ yếu không \
quá 20 chỉ tiêu; xác định không quá 3 khâu đột phá; rút ra từ 3 đến 5 bài học kinh nghiệm.

**Số liệu:** Số liệu năm 2025 lấy theo ước thực hiện cả năm; số liệu các năm 2020 - 2024 phải thống nhất \
với niên giám thống kê và số liệu của Chi cục Thống kê.

**Thể thức:** Thể thức trình bày theo Hướng dẫn số 36-HD/VPTW, ngày 03/4/2018 của Văn phòng Trung ương \
Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng.

## V. TIẾN ĐỘ VÀ TỔ CHỨC THỰC HIỆN

1. Ban Thường vụ các huyện ủy, thành ủy thành lập Tiểu ban Văn kiện, xây dựng đề cương chi tiết gửi Ban \
Tuyên giáo Tỉnh ủy trước ngày 30/11/2024.
2. Dự thảo báo cáo chính trị lần thứ nhất gửi Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước \
ngày 15/01/2025 để cho ý kiến.
3. Dự thảo được đăng trên trang thông tin điện tử của huyện, thành phố để lấy ý kiến Nhân dân ít nhất 15 \
ngày.
4. Dự thảo hoàn chỉnh, sau khi tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy, gửi về Ban Thường vụ Tỉnh ủy \
chậm nhất 25 ngày trước ngày khai mạc đại hội.
5. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp ý kiến góp ý các dự thảo, báo \
cáo Ban Thường vụ Tỉnh ủy.

Hướng dẫn này thay thế Công văn số 512-CV/BTGTU, ngày 05/9/2024 của Ban Tuyên giáo Tỉnh ủy. Quá trình \
thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo Tỉnh ủy (qua Phòng Lý luận chính trị - \
Lịch sử Đảng) để được hướng dẫn.

**Nơi nhận:**

- Thường trực Tỉnh ủy (b/c),
- Ban Thường vụ các huyện ủy, thành ủy,
- Tiểu ban Văn kiện các huyện, thành phố,
- Lưu Văn phòng Ban.

**K/T TRƯỞNG BAN**

**PHÓ TRƯỞNG BAN THƯỜNG TRỰC**

*(Đã ký)*

**Phạm Hoàng Khải**

---

Tệp đính kèm: [47-HD-BTGTU.pdf](/uploads/2024/10/47-HD-BTGTU.pdf) (412 KB)

**Văn bản liên quan:**

- [Kế hoạch số 209-KH/TU về tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030](/van-ban/ke-hoach-209-kh-tu)
- [Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp](/van-ban/chi-thi-35-ct-tw)
"""


TIN_HTML = """\
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Thành ủy Phú Quốc, Huyện ủy \
Giang Thành và An Minh - Cổng Thông tin điện tử Đảng bộ tỉnh Kiên Giang</title>
<meta name="description" content="Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị trình đại \
hội đảng bộ nhiệm kỳ 2025 - 2030 của ba đơn vị.">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KIÊN GIANG</a></div>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
      <li><a href="/xay-dung-dang">Xây dựng Đảng</a></li>
      <li><a href="/dai-hoi-dang-bo-cac-cap">Đại hội đảng bộ các cấp</a></li>
      <li><a href="/van-ban">Văn bản - Tư liệu</a></li>
      <li><a href="/hoi-dap">Hỏi đáp</a></li>
      <li><a href="/lien-he">Liên hệ</a></li>
    </ul>
  </nav>
</header>
<main class="container">
  <ol class="breadcrumb">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/xay-dung-dang">Xây dựng Đảng</a></li>
    <li><a href="/dai-hoi-dang-bo-cac-cap">Đại hội đảng bộ các cấp</a></li>
  </ol>
  <article class="news-detail">
    <h1 class="news-title">Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Thành ủy Phú \
Quốc, Huyện ủy Giang Thành và An Minh</h1>
    <div class="news-meta"><span class="date">Thứ Năm, 13/02/2025 - 17:20</span> \
<span class="views">Lượt xem: 932</span></div>
    <div class="share-top">
      <a class="share-fb" href="#">Chia sẻ</a> <a class="share-zalo" href="#">Zalo</a> \
<a class="print" href="#">In bài</a> <a class="mail" href="#">Gửi email</a>
    </div>
    <p class="sapo"><strong>(KG) - Sáng ngày 13/02/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý \
kiến vào dự thảo báo cáo chính trị trình đại hội đảng bộ nhiệm kỳ 2025 - 2030 của Thành ủy Phú Quốc, Huyện \
ủy Giang Thành và Huyện ủy An Minh.</strong></p>
    <p>Đồng chí Lâm Quốc Hưng, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng \
chí Ủy viên Ban Thường vụ Tỉnh ủy; đồng chí Trần Thị Mỹ Dung, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên \
giáo Tỉnh ủy; lãnh đạo các ban xây dựng Đảng, Văn phòng Tỉnh ủy, Sở Kế hoạch và Đầu tư và các đồng chí \
trong Ban Thường vụ ba đơn vị.</p>
    <figure class="image">
      <img src="/uploads/2025/02/btv-cho-y-kien-du-thao-13-2.jpg" alt="Quang cảnh hội nghị">
      <figcaption>Đồng chí Lâm Quốc Hưng, Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị. \
Ảnh: Thanh Nhàn</figcaption>
    </figure>
    <p>Trình bày tóm tắt dự thảo của Thành ủy Phú Quốc, đồng chí Hồ Minh Triết, Phó Bí thư Thường trực \
Thành ủy Phú Quốc cho biết dự thảo dài 38 trang, đề xuất 22 chỉ tiêu chủ yếu và 4 khâu đột phá, trong đó \
tốc độ tăng trưởng giá trị sản xuất bình quân 12,5%/năm. Chủ đề đại hội nhấn mạnh mục tiêu xây dựng thành \
phố trở thành trung tâm dịch vụ, du lịch sinh thái biển có tầm cỡ quốc tế.</p>
    <p>Theo đồng chí Danh Thị Sa Ra, Bí thư Huyện ủy Giang Thành, dự thảo của huyện dài 29 trang, gồm 18 \
chỉ tiêu, đặt mục tiêu tăng trưởng bình quân 8,2%/năm; dự thảo dành một mục riêng cho nhiệm vụ quản lý, \
bảo vệ biên giới và phối hợp với thành phố Hà Tiên phát triển Khu kinh tế cửa khẩu.</p>
    <p>Dự thảo của Huyện ủy An Minh dài 34 trang, đề xuất 21 chỉ tiêu, tăng trưởng bình quân 7,5%/năm. \
Theo đồng chí Nguyễn Thanh Phong, Bí thư Huyện ủy An Minh, huyện chọn 3 khâu đột phá, trong đó có phát \
triển mô hình tôm - lúa gắn với liên kết tiêu thụ sản phẩm.</p>
    <p>Tại hội nghị, các đại biểu cơ bản thống nhất với bố cục của các dự thảo và đóng góp nhiều ý kiến về \
số liệu, chỉ tiêu. Đồng chí Trần Thị Mỹ Dung, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy đề \
nghị Huyện ủy Giang Thành làm rõ hơn vai trò của Bộ đội Biên phòng trong xây dựng nền biên phòng toàn dân \
và thế trận biên phòng toàn dân.</p>
    <p>Phát biểu kết luận, đồng chí Lâm Quốc Hưng ghi nhận sự chuẩn bị công phu của ba đơn vị; các dự \
thảo đã bám sát Hướng dẫn số 47-HD/BTGTU, phản ánh được đặc thù của từng địa phương. Đồng chí đề nghị Ban \
Thường vụ Thành ủy Phú Quốc, Huyện ủy Giang Thành, Huyện ủy An Minh tiếp thu đầy đủ ý kiến tại hội nghị, \
tập trung chỉnh sửa một số nội dung:</p>
    <ul class="conclusions">
      <li>Rút gọn dung lượng, bảo đảm không quá 30 trang theo Hướng dẫn số 47-HD/BTGTU; phần hạn chế phải \
chỉ rõ nguyên nhân chủ quan và trách nhiệm của người đứng đầu.</li>
      <li>Đối với Thành ủy Phú Quốc: rà soát lại hệ thống chỉ tiêu, giảm về không quá 20 chỉ tiêu và không \
quá 3 khâu đột phá; làm rõ cơ sở của chỉ tiêu tăng trưởng 12,5%/năm; bổ sung đánh giá công tác quản lý \
đất đai, trật tự xây dựng và bảo vệ rừng tại Vườn quốc gia Phú Quốc.</li>
      <li>Đối với Huyện ủy Giang Thành: bổ sung nội dung đấu tranh chống buôn lậu, vận chuyển hàng cấm \
qua biên giới; đánh giá rõ hơn kết quả giảm nghèo trong đồng bào dân tộc Khmer ở các xã biên giới.</li>
      <li>Đối với Huyện ủy An Minh: bổ sung giải pháp phòng, chống sạt lở đê biển Tây và bảo vệ rừng \
phòng hộ ven biển; rà soát, cắt giảm số chỉ tiêu cho phù hợp với hướng dẫn; làm rõ hiệu quả của mô hình \
tôm - lúa.</li>
    </ul>
    <p>Các dự thảo sau khi tiếp thu, chỉnh sửa gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) \
trước ngày 10/3/2025.</p>
    <p class="author">Bài, ảnh: Thanh Nhàn</p>
    <div class="tags">Từ khóa: <a href="/tag/dai-hoi">đại hội đảng bộ</a>, \
<a href="/tag/van-kien">văn kiện</a>, <a href="/tag/nhiem-ky-2025-2030">nhiệm kỳ 2025 - 2030</a></div>
    <div class="share-bottom">
      <a class="share-fb" href="#">Chia sẻ Facebook</a> <a class="share-zalo" href="#">Chia sẻ Zalo</a> \
<a class="print" href="#">In bài viết</a>
    </div>
  </article>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="/tin-tuc/kien-hai-tang-cuong-chong-khai-thac-iuu">Kiên Hải tăng cường phòng, chống \
khai thác IUU trước mùa gió chướng</a></li>
      <li><a href="/tin-tuc/tap-huan-xay-dung-van-kien-dai-hoi">Ban Tuyên giáo Tỉnh ủy tập huấn nghiệp \
vụ xây dựng văn kiện đại hội đảng bộ cấp cơ sở</a></li>
      <li><a href="/tin-tuc/ha-tien-dai-hoi-diem-cap-co-so">Thành phố Hà Tiên tổ chức đại hội điểm \
đảng bộ phường nhiệm kỳ 2025 - 2030</a></li>
      <li><a href="/tin-tuc/an-bien-ung-pho-xam-nhap-man">An Biên chủ động ứng phó xâm nhập mặn mùa \
khô năm 2024 - 2025</a></li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <p>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KIÊN GIANG</p>
  <p>Cơ quan chủ quản: Tỉnh ủy Kiên Giang. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
  <p>Trụ sở: Khu hành chính tỉnh, phường Vĩnh Thanh, thành phố Rạch Giá, tỉnh Kiên Giang.</p>
  <p>Ghi rõ nguồn khi phát hành lại thông tin từ Cổng Thông tin điện tử này.</p>
</footer>
<script src="/static/js/main.js"></script>
</body>
</html>
"""
