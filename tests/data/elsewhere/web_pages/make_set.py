"""(Re)writes the whole "web_pages" test set deterministically.

    /work/main/.venv/bin/python tests/data/elsewhere/web_pages/make_set.py

Corpus (all under corpus/guidance/, saved web pages with their clutter):
  1. baonamdinh-btv-tinh-uy-gop-y-du-thao-bcct-3-huyen.html  - Báo Nam Định: the provincial standing
     committee comments on the draft political reports of Hải Hậu, Ý Yên, Xuân Trường.
  2. btg-ninhbinh-noi-dung-trong-tam-bao-cao-chinh-tri-cap-huyen.html - Ninh Bình propaganda dept portal:
     guidance article with numbered points and negated sentences.
  3. baohanam-ly-nhan-tong-duyet-dai-hoi.html - Báo Hà Nam: rehearsal of the Lý Nhân district congress.
  4. tinhuy-namdinh-cv-1087-thoi-han-dung-luong-van-kien.txt - text pasted from the Nam Định party portal
     (dispatch 1087-CV/TU on deadlines and length), with leftover menu / "Chia sẻ" / "Bình luận" lines.
Also writes drafts/*.txt and questions.jsonl (halves by random.Random(2917)).
"""

from __future__ import annotations

import html
import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GUID = HERE / "corpus" / "guidance"
DRAFTS = HERE / "drafts"
SEED = 2917

F1 = "baonamdinh-btv-tinh-uy-gop-y-du-thao-bcct-3-huyen.html"
F2 = "btg-ninhbinh-noi-dung-trong-tam-bao-cao-chinh-tri-cap-huyen.html"
F3 = "baohanam-ly-nhan-tong-duyet-dai-hoi.html"
F4 = "tinhuy-namdinh-cv-1087-thoi-han-dung-luong-van-kien.txt"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def e(s: str) -> str:
    return html.escape(nfc(s), quote=False)


def p(text: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{e(text)}</p>"


def pb(lead: str, text: str) -> str:
    """Paragraph with a bold lead-in ("1. Về bố cục.") followed by plain text."""
    return f"<p><strong>{e(lead)}</strong> {e(text)}</p>"


# =====================================================================================================
# 1. Báo Nam Định
# =====================================================================================================
T1 = ("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo Báo cáo chính trị Đại hội Đảng bộ các huyện "
      "Hải Hậu, Ý Yên, Xuân Trường")

P1_SAPO = ("(NĐ) - Chiều 13-5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Báo cáo chính trị trình "
           "Đại hội đại biểu Đảng bộ các huyện Hải Hậu, Ý Yên, Xuân Trường nhiệm kỳ 2020-2025. Đồng chí "
           "Đỗ Văn Thành, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.")

P1_BODY_A = [
    "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng của Tỉnh "
    "ủy, Văn phòng Tỉnh ủy; đồng chí Bí thư, Phó Bí thư và thành viên Tiểu ban Văn kiện của ba huyện.",
    "Tại hội nghị, đại diện Ban Thường vụ các huyện ủy đã báo cáo tóm tắt quá trình xây dựng dự thảo Báo "
    "cáo chính trị. Các dự thảo được chuẩn bị từ cuối năm 2019, qua nhiều lần xin ý kiến các tổ chức cơ "
    "sở đảng, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và cán bộ lão thành cách mạng trên địa "
    "bàn. Dự thảo của huyện Hải Hậu dài 36 trang, dự thảo của huyện Ý Yên dài 31 trang, dự thảo của "
    "huyện Xuân Trường dài 27 trang.",
    "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đã thảo luận sôi nổi, thẳng thắn, đóng góp nhiều ý kiến "
    "tâm huyết vào từng dự thảo, tập trung vào phần đánh giá kết quả nhiệm kỳ 2015-2020, hệ thống chỉ "
    "tiêu và các khâu đột phá của nhiệm kỳ mới.",
    "Phát biểu kết luận hội nghị, đồng chí Bí thư Tỉnh ủy ghi nhận, đánh giá cao sự chuẩn bị chu đáo, "
    "nghiêm túc của Ban Thường vụ các huyện ủy. Các dự thảo đã bám sát hướng dẫn của Trung ương và của "
    "Tỉnh ủy, bố cục hợp lý, phản ánh khá toàn diện bức tranh kinh tế - xã hội, quốc phòng - an ninh và "
    "công tác xây dựng Đảng ở địa phương trong 5 năm qua.",
]
P1_CAPTION = ("Đồng chí Đỗ Văn Thành, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu kết luận hội nghị. "
              "Ảnh: Văn Đông")
P1_BODY_B = [
    "Để hoàn thiện dự thảo trước khi trình đại hội, đồng chí Bí thư Tỉnh ủy đề nghị Ban Thường vụ các "
    "huyện ủy quan tâm một số nội dung chung sau đây:",
    "- Phần đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2015-2020 phải bám sát các chỉ tiêu mà Nghị "
    "quyết đại hội đã đề ra, có so sánh với nhiệm kỳ trước và với mặt bằng chung của tỉnh. Số liệu tính "
    "đến hết năm 2019 và ước thực hiện đến hết năm 2020, thống nhất với số liệu của Cục Thống kê tỉnh.",
    "- Việc đánh giá hạn chế, yếu kém phải thẳng thắn, cụ thể, chỉ rõ nguyên nhân, nhất là nguyên nhân "
    "chủ quan, gắn với trách nhiệm của cấp ủy và người đứng đầu; tránh nêu chung chung, né tránh.",
    "- Bài học kinh nghiệm phải được đúc rút từ chính thực tiễn lãnh đạo, chỉ đạo của đảng bộ, ngắn gọn, "
    "sát thực; mỗi báo cáo nêu từ ba đến năm bài học.",
    "- Mục tiêu, chỉ tiêu nhiệm kỳ 2020-2025 phải vừa bảo đảm tính kế thừa, vừa có tính khả thi, phù hợp "
    "với dự thảo chỉ tiêu của tỉnh; các chỉ tiêu về thu nhập bình quân đầu người, tỷ lệ hộ nghèo, tỷ lệ "
    "đô thị hóa cần được tính toán trên cơ sở khoa học.",
    "- Mỗi huyện xác định từ 2 đến 3 khâu đột phá thật sự trọng tâm, có sức lan tỏa, gắn với lợi thế "
    "riêng của địa phương; mỗi khâu đột phá phải có giải pháp và lộ trình thực hiện cụ thể.",
    "- Phần nhiệm vụ, giải pháp về xây dựng Đảng cần cụ thể hóa Nghị quyết Trung ương 4 khóa XII, gắn với "
    "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; chú trọng công tác cán bộ, "
    "nhất là đội ngũ cán bộ chủ chốt cấp xã.",
    "- Những nội dung đã trình bày trong báo cáo kiểm điểm của Ban Chấp hành thì không cần nhắc lại trong "
    "báo cáo chính trị.",
    "- Về hình thức, văn phong cần được biên tập chặt chẽ, súc tích; dung lượng báo cáo bảo đảm đúng quy "
    "định tại Công văn số 1087-CV/TU của Ban Thường vụ Tỉnh ủy.",
]
P1_SUBHEAD = "Đối với từng huyện, đồng chí Bí thư Tỉnh ủy gợi ý thêm một số nội dung cụ thể."
P1_BODY_C = [
    "Với huyện Hải Hậu, Ban Thường vụ Tỉnh ủy ghi nhận những kết quả nổi bật trong phát triển nông nghiệp "
    "hàng hóa và xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu. Dự thảo cần phân tích sâu hơn "
    "kết quả xây dựng huyện nông thôn mới kiểu mẫu, coi đây là điểm nhấn của nhiệm kỳ. Báo cáo cần làm rõ "
    "tiềm năng, lợi thế về kinh tế biển, nhất là phát triển Khu du lịch biển Thịnh Long và nuôi trồng, "
    "khai thác thủy sản xa bờ. Huyện cần bổ sung giải pháp bảo vệ hệ thống đê biển, chủ động ứng phó với "
    "biến đổi khí hậu, nước biển dâng. Tốc độ tăng trưởng bình quân 9,8%/năm nêu trong dự thảo cần được "
    "rà soát lại cho khớp với số liệu thống kê.",
    "Đối với huyện Ý Yên, đồng chí nhận xét dự thảo đã phản ánh đúng thực trạng một huyện thuần nông đang "
    "chuyển dịch mạnh sang công nghiệp, tiểu thủ công nghiệp. Báo cáo cần làm rõ hơn vai trò của các làng "
    "nghề truyền thống, nhất là làng nghề gỗ mỹ nghệ La Xuyên và đúc đồng Tống Xá, trong tăng trưởng kinh "
    "tế của huyện. Dự thảo phải đánh giá đúng thực trạng ô nhiễm môi trường tại các làng nghề, cụm công "
    "nghiệp và đề ra giải pháp xử lý dứt điểm. Huyện cần bổ sung định hướng thu hút đầu tư vào các cụm "
    "công nghiệp, tận dụng lợi thế giao thông kết nối với hai tỉnh Hà Nam, Ninh Bình. Đồng chí lưu ý huyện "
    "không đưa chỉ tiêu số xã đạt chuẩn nông thôn mới nâng cao vào nhóm chỉ tiêu chủ yếu, vì chỉ tiêu này "
    "đã được giao trong chương trình riêng của tỉnh.",
    "Với huyện Xuân Trường, dự thảo cần đánh giá sâu hơn kết quả phát triển công nghiệp cơ khí, đóng tàu "
    "và các làng nghề; chỉ rõ những hạn chế trong thu hút đầu tư. Báo cáo cần có nội dung đánh giá riêng "
    "về công tác vận động đồng bào Công giáo và thực hiện chính sách tôn giáo, vì đây là đặc thù của "
    "huyện. Huyện cần bổ sung phương hướng xây dựng, mở rộng thị trấn Xuân Trường theo hướng văn minh, "
    "hiện đại. Riêng phần dự báo tình hình, dự thảo của Xuân Trường cần cập nhật tác động của dịch "
    "Covid-19 đến sản xuất, kinh doanh và việc làm của người lao động.",
    "Đồng chí Bí thư Tỉnh ủy đề nghị Ban Thường vụ các huyện ủy tiếp thu tối đa ý kiến đóng góp tại hội "
    "nghị, hoàn chỉnh dự thảo, gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 30-5-2020 để tổng hợp, báo cáo "
    "Thường trực Tỉnh ủy.",
    "Theo kế hoạch, từ nay đến đầu tháng 6, Ban Thường vụ Tỉnh ủy sẽ lần lượt cho ý kiến vào dự thảo văn "
    "kiện của các huyện Mỹ Lộc, Nam Trực, Trực Ninh, Nghĩa Hưng, Giao Thủy và Thành ủy Nam Định. Trước đó, "
    "ngày 22-4, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo văn kiện của Đảng bộ huyện Vụ Bản – đơn vị "
    "được chọn tổ chức đại hội điểm của tỉnh.",
]
P1_RELATED = [
    ("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo văn kiện Đại hội Đảng bộ huyện Vụ Bản", "22/04/2020"),
    ("Thành ủy Nam Định hoàn thành đại hội điểm cấp cơ sở", "05/05/2020"),
    ("Giao Thủy: 100% chi bộ trực thuộc hoàn thành đại hội", "11/05/2020"),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo văn kiện Đại hội XX", "28/04/2020"),
]
P1_MOSTREAD = [
    "Nam Định đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "Hải Hậu: Nông dân phấn khởi vì lúa xuân được mùa, được giá",
    "Thông báo tuyển sinh vào lớp 10 THPT năm học 2020-2021",
    "Nghĩa Hưng khởi công xây dựng cầu Đống Cao",
    "Cảnh báo thủ đoạn lừa đảo qua mạng trong mùa dịch",
]


def page1() -> str:
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao",
            "Nam Định 24h", "Quốc tế", "Bạn đọc", "Video", "Ảnh"]
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(T1)} - Báo Nam Định điện tử</title>",
        f'<meta name="description" content="{e(P1_SAPO)}">',
        '<meta property="og:site_name" content="Báo Nam Định">',
        '<meta property="article:published_time" content="2020-05-14T08:35:00+07:00">',
        '<link rel="stylesheet" href="/themes/baond/css/style.min.css?v=2.3.1">',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());gtag('config','UA-11223344-1');</script>",
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{e(T1)}","datePublished":"2020-05-14T08:35:00+07:00",'
        '"author":{"@type":"Person","name":"Văn Đông"}}</script>',
        "<style>.share a{margin-right:6px}#cookie-notice{position:fixed;bottom:0}</style>",
        "</head>",
        "<body>",
        '<div class="topbar"><span class="today">Thứ Năm, ngày 14/05/2020</span> '
        '<a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/dang-nhap">Đăng nhập</a></div>',
        '<header><div class="logo"><a href="/"><img src="/images/logo.png" alt="Báo Nam Định điện tử"></a>'
        "</div>",
        '<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>',
        '<nav class="main-menu"><ul>' + "".join(f'<li><a href="#">{e(m)}</a></li>' for m in menu)
        + "</ul></nav></header>",
        '<div class="banner"><a href="/chuyen-de/dai-hoi-dang"><img src="/banners/daihoi.jpg" '
        'alt="Tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"></a>'
        "<p class=\"slogan\">Nhiệt liệt chào mừng Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn "
        "quốc lần thứ XIII của Đảng</p></div>",
        '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chinh-tri">Chính trị</a> &gt; '
        '<a href="/chinh-tri/xay-dung-dang">Xây dựng Đảng</a></div>',
        '<article class="detail">',
        f"<h1>{e(T1)}</h1>",
        '<div class="meta"><span class="time">Cập nhật lúc 08:35, Thứ Năm, 14/05/2020 (GMT+7)</span></div>',
        '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> '
        '<a href="javascript:window.print()">In bài</a> <a href="#">Gửi email</a> | Cỡ chữ: '
        '<a href="#">A-</a> <a href="#">A+</a></div>',
        f'<p class="sapo"><strong>{e(P1_SAPO)}</strong></p>',
    ]
    out += [p(x) for x in P1_BODY_A]
    out.append('<figure class="image"><img src="/uploads/2020/05/14/btv-ket-luan.jpg" alt="">'
               f"<figcaption>{e(P1_CAPTION)}</figcaption></figure>")
    out += [p(x) for x in P1_BODY_B]
    out.append(f"<p><strong><em>{e(P1_SUBHEAD)}</em></strong></p>")
    out += [p(x) for x in P1_BODY_C]
    out += [
        '<p class="author" style="text-align:right"><strong>Văn Đông</strong></p>',
        '<div class="tags">Từ khóa: <a href="#">Ban Thường vụ Tỉnh ủy</a>, <a href="#">đại hội đảng bộ</a>, '
        '<a href="#">báo cáo chính trị</a>, <a href="#">nhiệm kỳ 2020-2025</a></div>',
        '<div class="share bottom"><a href="#">Thích</a> <a href="#">Chia sẻ</a> '
        '<a href="javascript:window.print()">In bài</a> <a href="#top">Về đầu trang</a></div>',
        "</article>",
        '<section class="related"><h3>Tin liên quan</h3><ul>'
        + "".join(f'<li><a href="#">{e(t)}</a> <span class="date">({d})</span></li>' for t, d in P1_RELATED)
        + "</ul></section>",
        '<aside class="most-read"><h3>Tin đọc nhiều</h3><ol>'
        + "".join(f'<li><a href="#">{e(t)}</a></li>' for t in P1_MOSTREAD) + "</ol></aside>",
        "<footer>",
        p("BÁO NAM ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NAM ĐỊNH"),
        p("Giấy phép hoạt động báo điện tử số 212/GP-BTTTT ngày 17/4/2017 của Bộ Thông tin và Truyền thông. "
          "Tổng Biên tập: Nguyễn Thị Lan Anh."),
        p("Tòa soạn: Số 108 đường Hùng Vương, thành phố Nam Định. Điện thoại: 0228.3849.xxx. "
          "Email: baond@namdinh.gov.vn"),
        p("© Bản quyền thuộc Báo Nam Định. Ghi rõ nguồn \"Báo Nam Định\" khi phát hành lại thông tin từ "
          "website này."),
        "</footer>",
        '<div id="cookie-notice"><p>Website sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy '
        'cập nghĩa là bạn đồng ý với chính sách này.</p><button>Đồng ý</button></div>',
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


# =====================================================================================================
# 2. Ban Tuyên giáo Tỉnh ủy Ninh Bình
# =====================================================================================================
T2 = ("Những nội dung trọng tâm khi xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện "
      "nhiệm kỳ 2020 - 2025")
P2_SAPO = ("Ngày 25/3/2020, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 41-HD/BTGTU về xây dựng báo cáo "
           "chính trị trình đại hội đại biểu đảng bộ các huyện, thành phố nhiệm kỳ 2020 - 2025. Trang thông "
           "tin điện tử Ban Tuyên giáo Tỉnh ủy giới thiệu những nội dung chủ yếu của Hướng dẫn.")
P2_INTRO = [
    "Hướng dẫn được ban hành nhằm thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại "
    "hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số "
    "112-KH/TU ngày 15/8/2019 của Ban Thường vụ Tỉnh ủy Ninh Bình. Văn bản do đồng chí Đinh Thị Thu Trang, "
    "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy ký ban hành và được gửi tới 8 huyện ủy, thành "
    "ủy trực thuộc.",
    "Theo đánh giá của Ban Tuyên giáo Tỉnh ủy, qua theo dõi bước đầu, một số dự thảo báo cáo chính trị "
    "cấp huyện còn dài, nặng về liệt kê thành tích; phần phương hướng, nhiệm vụ còn chung chung, chưa thể "
    "hiện rõ đặc thù của từng địa phương.",
    "Theo Hướng dẫn, báo cáo chính trị của các huyện, thành phố cần bảo đảm những nội dung sau:",
]
P2_POINTS = [
    ("1. Về bố cục.",
     "Báo cáo gồm hai phần: Phần thứ nhất đánh giá kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2015 - "
     "2020 và rút ra bài học kinh nghiệm; Phần thứ hai xác định phương hướng, mục tiêu, nhiệm vụ và giải "
     "pháp nhiệm kỳ 2020 - 2025. Tiêu đề báo cáo cần ngắn gọn, thể hiện được chủ đề của đại hội."),
    ("2. Về đánh giá kết quả nhiệm kỳ.",
     "Báo cáo phải đánh giá khách quan, trung thực, toàn diện nhưng có trọng tâm, trọng điểm việc thực "
     "hiện các chỉ tiêu, nhiệm vụ mà nghị quyết đại hội đề ra; làm rõ những kết quả nổi bật, những mô hình "
     "mới, cách làm hay. Báo cáo không cần trình bày lại kết quả theo từng năm hoặc dàn trải theo từng "
     "ngành, lĩnh vực."),
    ("3. Về hạn chế, yếu kém và nguyên nhân.",
     "Cần chỉ rõ những chỉ tiêu không đạt, những vấn đề bức xúc kéo dài chậm được khắc phục; phân tích "
     "nguyên nhân khách quan và chủ quan, trong đó nguyên nhân chủ quan là chủ yếu, gắn với trách nhiệm "
     "của tập thể và cá nhân."),
    ("4. Về bài học kinh nghiệm.",
     "Bài học phải được đúc rút từ thực tiễn lãnh đạo, chỉ đạo của đảng bộ, có giá trị định hướng cho "
     "nhiệm kỳ tới; tránh lặp lại những bài học mang tính lý luận chung đã nêu trong văn kiện cấp trên."),
    ("5. Về dự báo tình hình, mục tiêu và chỉ tiêu.",
     "Báo cáo cần dự báo sát tình hình trong nước, của tỉnh và của địa phương, tác động của cuộc Cách mạng "
     "công nghiệp lần thứ tư và dịch bệnh Covid-19. Mục tiêu tổng quát phải ngắn gọn, khái quát. Hệ thống "
     "chỉ tiêu chủ yếu gồm các nhóm chỉ tiêu về kinh tế, văn hóa - xã hội, môi trường và xây dựng Đảng; "
     "tổng số chỉ tiêu không quá 20."),
    ("6. Về nhiệm vụ, giải pháp và khâu đột phá.",
     "Nhiệm vụ, giải pháp phải cụ thể, sát với điều kiện thực tế, tránh sao chép văn kiện của tỉnh. Mỗi "
     "đảng bộ lựa chọn từ 3 đến 4 nhiệm vụ trọng tâm và không quá 3 khâu đột phá, trong đó có ít nhất một "
     "khâu đột phá về cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh."),
    ("7. Về xây dựng Đảng và hệ thống chính trị.",
     "Báo cáo cần đánh giá rõ kết quả thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn "
     "Đảng và việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành Trung "
     "ương khóa XII; kết quả sáp nhập thôn, xóm, tổ dân phố và sắp xếp đơn vị hành chính cấp xã."),
    ("8. Về những nội dung đặc thù.",
     "Ngoài các nội dung chung, báo cáo của một số địa phương cần làm rõ thêm:"),
]
P2_SPECIFIC = [
    ("Huyện Kim Sơn:",
     "kết quả và phương hướng quai đê lấn biển, phát triển kinh tế vùng bãi ngang ven biển và nuôi trồng "
     "thủy sản. Báo cáo cũng cần đánh giá công tác trồng mới, bảo vệ rừng phòng hộ ven biển."),
    ("Huyện Nho Quan:",
     "việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, các xã đặc biệt khó khăn; công tác "
     "quản lý, bảo vệ rừng, trong đó có vùng đệm Vườn quốc gia Cúc Phương."),
    ("Huyện Hoa Lư, huyện Gia Viễn và thành phố Ninh Bình:",
     "trách nhiệm trong quản lý, bảo tồn và phát huy giá trị Quần thể danh thắng Tràng An gắn với phát "
     "triển du lịch bền vững."),
    ("Thành phố Tam Điệp và huyện Yên Mô:",
     "định hướng phát triển công nghiệp, khu công nghiệp và đô thị, bảo đảm kết nối với tuyến đường bộ "
     "cao tốc Bắc - Nam phía Đông."),
]
P2_POINT9 = ("9. Về hình thức và dung lượng.",
             "Báo cáo cần viết ngắn gọn, mạch lạc, dễ hiểu, tránh dùng từ ngữ sáo rỗng. Dung lượng không quá "
             "30 trang khổ A4, không kể phụ lục.")
P2_TAIL = [
    "Hướng dẫn cũng lưu ý: không đưa vào báo cáo chính trị phần kiểm điểm sự lãnh đạo, chỉ đạo của Ban "
    "Chấp hành và phương án nhân sự, vì các nội dung này đã có báo cáo riêng. Các biểu số liệu chi tiết "
    "không cần in kèm bản báo cáo phát cho đại biểu dự đại hội.",
    "Ban Tuyên giáo Tỉnh ủy đề nghị các huyện ủy, thành ủy gửi dự thảo báo cáo chính trị về Ban Tuyên giáo "
    "Tỉnh ủy chậm nhất 20 ngày trước ngày khai mạc đại hội để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy cho "
    "ý kiến.",
    "Trong tháng 4/2020, Ban Tuyên giáo Tỉnh ủy sẽ phối hợp với Văn phòng Tỉnh ủy thành lập các tổ công "
    "tác làm việc trực tiếp với tiểu ban văn kiện của các huyện, thành phố; đồng thời tổ chức hội nghị "
    "trực tuyến giải đáp những vướng mắc trong quá trình xây dựng văn kiện.",
]
P2_OTHERS = [
    ("Hướng dẫn tuyên truyền Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII", "02/04/2020"),
    ("Hội nghị trực tuyến quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị", "18/03/2020"),
    ("Yên Khánh tổ chức thành công đại hội điểm cấp cơ sở", "30/03/2020"),
    ("Đề cương tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh", "26/03/2020"),
]


def page2() -> str:
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Học tập và làm theo Bác",
            "Bảo vệ nền tảng tư tưởng của Đảng", "Hướng dẫn nghiệp vụ", "Văn bản", "Liên hệ"]
    out = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{e(T2)}</title>",
        '<meta name="keywords" content="báo cáo chính trị, đại hội đảng bộ, Ninh Bình, tuyên giáo">',
        '<script src="/js/jquery-1.12.4.min.js"></script>',
        "<script>$(function(){ $('#counter').load('/ajax/counter.aspx?id=1874'); });</script>",
        "</head>",
        "<body>",
        '<table id="wrapper" width="1000" align="center"><tr><td>',
        '<div id="header"><img src="/images/banner-btg.jpg" alt="BAN TUYÊN GIÁO TỈNH ỦY NINH BÌNH - '
        'TRANG THÔNG TIN ĐIỆN TỬ"></div>',
        '<div id="menu">' + " | ".join(f'<a href="#">{e(m)}</a>' for m in menu) + "</div>",
        '<marquee class="chaychu">Chào mừng Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII, '
        "nhiệm kỳ 2020 - 2025</marquee>",
        '<div class="path">Trang chủ » Tin tức - Sự kiện » Hướng dẫn nghiệp vụ</div>',
        '<div class="news-detail">',
        f'<h2 class="title">{e(T2)}</h2>',
        '<div class="date">Thứ tư, 08/04/2020 | 15:20 &nbsp; <span id="counter">Lượt xem: 1.254</span></div>',
        f'<p class="sapo"><b>{e(P2_SAPO)}</b></p>',
    ]
    out += [p(x) for x in P2_INTRO]
    for lead, text in P2_POINTS:
        out.append(pb(lead, text))
    out.append("<ul>" + "".join(f"<li><em>{e(a)}</em> {e(b)}</li>" for a, b in P2_SPECIFIC) + "</ul>")
    out.append(pb(*P2_POINT9))
    out += [p(x) for x in P2_TAIL]
    out += [
        '<p align="right"><b>Minh Hằng</b> (Ban Tuyên giáo Tỉnh ủy)</p>',
        '<div class="tools"><a href="javascript:print()">In trang</a> | <a href="#">Gửi email</a> | '
        '<a href="#">Gửi phản hồi</a> | <a href="#top">Về đầu trang</a></div>',
        "</div>",
        '<div class="other-news"><h3>Các tin cùng chuyên mục</h3><ul>'
        + "".join(f'<li><a href="#">{e(t)}</a> ({d})</li>' for t, d in P2_OTHERS) + "</ul></div>",
        '<div id="links"><select><option>-- Liên kết website --</option><option>Báo Ninh Bình</option>'
        "<option>Cổng thông tin điện tử tỉnh Ninh Bình</option><option>Tạp chí Tuyên giáo</option>"
        "</select></div>",
        '<div id="footer">',
        p("BAN TUYÊN GIÁO TỈNH ỦY NINH BÌNH - TRANG THÔNG TIN ĐIỆN TỬ"),
        p("Chịu trách nhiệm chính: Đinh Thị Thu Trang - Trưởng Ban Tuyên giáo Tỉnh ủy"),
        p("Địa chỉ: Số 2 đường Lê Hồng Phong, phường Đông Thành, TP Ninh Bình. Điện thoại: 0229.3871.xxx"),
        p("Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Ninh Bình. Ghi rõ nguồn khi phát hành lại thông tin từ "
          "trang này. Thiết kế bởi VNPT Ninh Bình, 2016."),
        "</div>",
        "</td></tr></table>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


# =====================================================================================================
# 3. Báo Hà Nam
# =====================================================================================================
T3 = "Lý Nhân tổng duyệt Đại hội đại biểu Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020 - 2025"
P3_SAPO = ("(BHNĐT) - Ngày 9/7, Ban Thường vụ Huyện ủy Lý Nhân tổ chức tổng duyệt Đại hội đại biểu Đảng bộ "
           "huyện lần thứ XXV, nhiệm kỳ 2020 - 2025. Đồng chí Trần Thị Mai Hương, Ủy viên Ban Thường vụ, "
           "Trưởng Ban Tuyên giáo Tỉnh ủy dự và chỉ đạo.")
P3_BODY_A = [
    "Cùng dự có đại diện lãnh đạo Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy; các đồng chí trong Ban Chấp hành "
    "Đảng bộ huyện khóa XXIV; bí thư các chi bộ, đảng bộ cơ sở và các đại biểu chính thức được triệu tập "
    "dự đại hội.",
    "Tại buổi tổng duyệt, các đại biểu đã thực hiện đầy đủ các bước theo chương trình phiên trù bị và phiên "
    "chính thức của đại hội, từ nghi thức chào cờ, bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách "
    "đại biểu đến trình bày dự thảo Báo cáo chính trị, báo cáo kiểm điểm của Ban Chấp hành và các tham "
    "luận.",
    "Dự thảo Báo cáo chính trị trình đại hội gồm 3 phần, đã qua 7 lần chỉnh sửa, tiếp thu ý kiến góp ý "
    "của Ban Thường vụ Tỉnh ủy và hơn 1.300 lượt ý kiến của cán bộ, đảng viên và nhân dân trong huyện. Báo "
    "cáo xác định mục tiêu đến năm 2025 xây dựng Lý Nhân trở thành huyện phát triển khá của tỉnh, đề ra "
    "18 chỉ tiêu chủ yếu và 3 khâu đột phá: phát triển hạ tầng giao thông kết nối vùng; thu hút đầu tư "
    "vào các khu, cụm công nghiệp; đẩy mạnh cải cách hành chính.",
    "Theo dự thảo, nhiệm kỳ 2015 - 2020, tốc độ tăng giá trị sản xuất bình quân của huyện ước đạt "
    "11,2%/năm; thu nhập bình quân đầu người năm 2020 ước đạt 52 triệu đồng; toàn huyện có 21 xã đạt chuẩn "
    "nông thôn mới, trong đó 4 xã đạt chuẩn nông thôn mới nâng cao.",
]
P3_CAPTION = "Quang cảnh buổi tổng duyệt Đại hội Đảng bộ huyện Lý Nhân. Ảnh: Phạm Hiền"
P3_BODY_B = [
    "Thảo luận tại buổi tổng duyệt, nhiều đại biểu góp ý về cách trình bày, thời lượng các tham luận và "
    "công tác phục vụ đại hội. Một số ý kiến đề nghị bổ sung hình ảnh minh họa trong phần trình chiếu báo "
    "cáo chính trị; có ý kiến đề nghị bố trí thêm thời gian cho tham luận của đại biểu khối doanh nghiệp.",
    "Phát biểu chỉ đạo, đồng chí Trần Thị Mai Hương ghi nhận, đánh giá cao công tác chuẩn bị đại hội của "
    "Đảng bộ huyện Lý Nhân, bảo đảm đúng tiến độ, chu đáo, khoa học. Các văn kiện được chuẩn bị công phu, "
    "phản ánh đúng kết quả nổi bật của huyện trong nhiệm kỳ qua.",
    "Đồng chí đề nghị Ban Thường vụ Huyện ủy tiếp tục rà soát, cập nhật số liệu ước thực hiện năm 2020 "
    "trong Báo cáo chính trị, bảo đảm thống nhất giữa báo cáo chính trị, báo cáo kiểm điểm và các tham "
    "luận.",
    "Phần trình bày báo cáo chính trị tại đại hội cần được rút gọn, thời gian không quá 40 phút.",
    "Đồng chí cũng lưu ý huyện bổ sung giải pháp cụ thể để phát triển kinh tế vùng bãi ven sông Hồng, "
    "gắn với xây dựng nông thôn mới nâng cao.",
    "Đại hội đại biểu Đảng bộ huyện Lý Nhân lần thứ XXV, nhiệm kỳ 2020 - 2025 sẽ diễn ra trong 2 ngày 15 "
    "và 16/7/2020, với 300 đại biểu chính thức, đại diện cho gần 9.600 đảng viên của 69 tổ chức cơ sở "
    "đảng.",
    "Lý Nhân là đảng bộ cấp huyện thứ ba của tỉnh tổ chức tổng duyệt đại hội, sau Đảng bộ huyện Kim Bảng "
    "và Đảng bộ thị xã Duy Tiên.",
]
P3_RELATED = [
    ("Kim Bảng tổng duyệt Đại hội đại biểu Đảng bộ huyện lần thứ XXV", "03/07/2020"),
    ("Thị xã Duy Tiên sẵn sàng cho Đại hội đại biểu Đảng bộ lần thứ nhất", "06/07/2020"),
    ("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo văn kiện Đại hội Đảng bộ huyện Thanh Liêm",
     "24/06/2020"),
]


def page3() -> str:
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Thể thao", "Pháp luật",
            "Hà Nam hôm nay", "Multimedia", "E-paper"]
    out = [
        "<!doctype html>",
        '<html lang="vi-VN">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(T3)} | Báo Hà Nam điện tử</title>",
        '<meta property="og:title" content="Lý Nhân tổng duyệt Đại hội đại biểu Đảng bộ huyện lần thứ XXV">',
        '<meta property="article:published_time" content="2020-07-10T16:45:00+07:00">',
        "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-HN2020\"></script>",
        "</head>",
        "<body>",
        '<div class="header-top"><span>Thứ Sáu, 10/07/2020</span> <span class="weather">Phủ Lý 33°C</span> '
        '<a href="#">Đặt báo</a> <a href="#">Quảng cáo</a></div>',
        '<div class="logo"><a href="/">BÁO HÀ NAM ĐIỆN TỬ</a></div>',
        '<ul class="nav">' + "".join(f'<li><a href="#">{e(m)}</a></li>' for m in menu) + "</ul>",
        '<div class="ticker">Hà Nam: Hướng tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025'
        "</div>",
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>'
        "<li>Xây dựng Đảng</li></ol>",
        '<div class="post">',
        f'<h1 class="post-title">{e(T3)}</h1>',
        '<div class="post-meta"><span class="author">Thanh Tuyền</span> - <time datetime="2020-07-10T16:45">'
        "16:45 - 10/07/2020</time></div>",
        '<div class="social"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> '
        '<a href="#" onclick="window.print()">In bài viết</a></div>',
        f'<div class="post-excerpt">{e(P3_SAPO)}</div>',
        '<div class="post-content">',
    ]
    out += [p(x) for x in P3_BODY_A]
    out.append('<div class="wp-caption"><img src="/wp-content/uploads/2020/07/tong-duyet-ly-nhan.jpg" '
               f'alt="tổng duyệt"><p class="wp-caption-text">{e(P3_CAPTION)}</p></div>')
    out += [p(x) for x in P3_BODY_B]
    out += [
        '<p style="text-align: right;"><strong>Thanh Tuyền</strong></p>',
        "</div>",
        '<div class="post-tags">Tags: <a href="#">Lý Nhân</a> <a href="#">đại hội đảng bộ</a> '
        '<a href="#">tổng duyệt</a></div>',
        "</div>",
        '<div class="related-posts"><h4>Tin liên quan</h4><ul>'
        + "".join(f'<li><a href="#">{e(t)}</a> <small>{d}</small></li>' for t, d in P3_RELATED) + "</ul></div>",
        '<div id="comments"><h4>Bình luận (0)</h4><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận '
        'bài viết này.</p><form><textarea placeholder="Ý kiến của bạn"></textarea><input placeholder="Họ tên">'
        "<button>Gửi bình luận</button></form></div>",
        '<footer class="site-footer">',
        p("Cơ quan chủ quản: Tỉnh ủy Hà Nam. Báo Hà Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh "
          "Hà Nam."),
        p("Giấy phép xuất bản báo điện tử số 98/GP-BTTTT cấp ngày 03/3/2016. Địa chỉ: Đường Lê Hoàn, thành "
          "phố Phủ Lý, tỉnh Hà Nam."),
        p("Copyright © 2020 Báo Hà Nam điện tử. All rights reserved."),
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


# =====================================================================================================
# 4. Tỉnh ủy Nam Định, Công văn 1087-CV/TU (text pasted from the portal)
# =====================================================================================================
TXT4 = """\
Trang chủ
Giới thiệu
Tin tức - Sự kiện
Văn bản chỉ đạo
Đại hội Đảng các cấp
Hỏi đáp
Tìm kiếm

Văn bản chỉ đạo » Công văn

Ban Thường vụ Tỉnh ủy hướng dẫn thời hạn gửi và dung lượng dự thảo văn kiện đại hội đảng bộ cấp huyện

Đăng ngày: 05/03/2020 08:12 | Lượt xem: 862

Chia sẻ
Bình luận
In

TỈNH ỦY NAM ĐỊNH
*
Số 1087-CV/TU
V/v thời hạn gửi, dung lượng dự thảo văn kiện đại hội đảng bộ cấp huyện, nhiệm kỳ 2020 - 2025

ĐẢNG CỘNG SẢN VIỆT NAM
Nam Định, ngày 02 tháng 3 năm 2020

Kính gửi: Các huyện ủy, Thành ủy Nam Định

Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch số 95-KH/TU ngày 12/7/2019 của Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu lần thứ XX Đảng bộ tỉnh, để bảo đảm tiến độ và chất lượng văn kiện đại hội đảng bộ cấp huyện, Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, Thành ủy Nam Định thực hiện tốt một số nội dung sau:

1. Về thời hạn gửi dự thảo văn kiện

- Dự thảo báo cáo chính trị và dự thảo báo cáo kiểm điểm của Ban Chấp hành gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) chậm nhất 45 ngày trước ngày khai mạc đại hội để Ban Thường vụ Tỉnh ủy cho ý kiến.

- Riêng Đảng bộ huyện Vụ Bản (đơn vị tổ chức đại hội điểm) gửi dự thảo văn kiện trước ngày 10/4/2020.

- Dự thảo gửi Ban Thường vụ Tỉnh ủy phải kèm theo báo cáo tổng hợp, tiếp thu ý kiến góp ý của các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.

- Sau khi có ý kiến của Ban Thường vụ Tỉnh ủy, các huyện ủy, Thành ủy tiếp thu, hoàn chỉnh và gửi văn kiện chính thức về Văn phòng Tỉnh ủy trước ngày khai mạc đại hội mười lăm ngày làm việc.

- Ngoài bản giấy, các đơn vị gửi bản điện tử qua mạng thông tin diện rộng của Đảng bộ tỉnh.

2. Về dung lượng văn kiện

- Báo cáo chính trị có dung lượng từ 20 đến 25 trang khổ A4, phông chữ Times New Roman, cỡ chữ 14.

- Báo cáo kiểm điểm của Ban Chấp hành không quá 10 trang.

- Bản tóm tắt báo cáo chính trị để trình bày tại đại hội không quá 8 trang. Thời gian trình bày không quá 30 phút.

- Báo cáo chính trị không cần kèm theo các biểu số liệu chi tiết theo từng xã, thị trấn; các biểu này được tổng hợp thành tài liệu tham khảo riêng.

3. Về tổ chức thực hiện

- Các huyện ủy, Thành ủy chỉ đạo tiểu ban văn kiện tổ chức lấy ý kiến rộng rãi của cán bộ, đảng viên, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và nhân dân vào dự thảo báo cáo chính trị; thời gian lấy ý kiến ít nhất 15 ngày.

- Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp ý kiến góp ý, báo cáo Ban Thường vụ Tỉnh ủy.

Nhận được Công văn này, đề nghị các huyện ủy, Thành ủy Nam Định triển khai thực hiện nghiêm túc.

Nơi nhận:
- Như trên,
- Thường trực Tỉnh ủy,
- Các ban xây dựng Đảng Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
(đã ký)
Phạm Đức Thịnh

Tải về: CV-1087-TU.pdf (186 KB)

Chia sẻ
Bình luận
Gửi email
Bản in

Tin cùng chuyên mục
- Kế hoạch tổ chức Đại hội điểm Đảng bộ huyện Vụ Bản, nhiệm kỳ 2020 - 2025 (18/02/2020)
- Hướng dẫn công tác nhân sự đại hội đảng bộ cấp huyện (10/02/2020)
- Thông báo lịch tiếp công dân của Bí thư Tỉnh ủy tháng 3/2020 (28/02/2020)

Trang thông tin điện tử Tỉnh ủy Nam Định
Cơ quan chủ quản: Văn phòng Tỉnh ủy Nam Định - Số 2 đường Trần Hưng Đạo, thành phố Nam Định
© 2020 Tỉnh ủy Nam Định. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
"""


# =====================================================================================================
# Drafts
# =====================================================================================================
D01 = """\
ĐẢNG BỘ HUYỆN HẢI HẬU
DỰ THẢO LẦN 4 (sau góp ý của Ban Thường vụ Tỉnh ủy)

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện khóa XXIV trình Đại hội đại biểu Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020 - 2025
(Trích các phần chính)

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIV, NHIỆM KỲ 2015 - 2020

I. KẾT QUẢ ĐẠT ĐƯỢC

Đối chiếu với 20 chỉ tiêu chủ yếu mà Nghị quyết Đại hội XXIV đề ra, đến nay có 17 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt. Số liệu trong báo cáo tính đến hết năm 2019 và ước thực hiện cả năm 2020, đã được đối chiếu, thống nhất với Cục Thống kê tỉnh. Tốc độ tăng giá trị sản xuất bình quân đạt 9,1%/năm, cao hơn nhiệm kỳ 2010 - 2015 (7,6%/năm) và cao hơn mức bình quân chung của tỉnh (8,4%/năm); thu nhập bình quân đầu người năm 2020 ước đạt 54 triệu đồng, gấp 1,6 lần năm 2015.

Xây dựng nông thôn mới là điểm nhấn nổi bật nhất của nhiệm kỳ. Năm 2019, Hải Hậu được công nhận là huyện đạt chuẩn nông thôn mới kiểu mẫu với tiêu chí nổi bật về sản xuất nông nghiệp hàng hóa. Thành công này bắt nguồn từ cách làm phát huy vai trò chủ thể của người dân: nhân dân hiến trên 42 ha đất, đóng góp gần 300 tỷ đồng làm đường giao thông, nhà văn hóa; 100% xã đạt chuẩn nông thôn mới nâng cao, 12 xã đạt chuẩn nông thôn mới kiểu mẫu.

Kinh tế biển có bước phát triển khá. Khu du lịch biển Thịnh Long được đầu tư nâng cấp hạ tầng, bình quân đón trên 350 nghìn lượt khách mỗi năm; diện tích nuôi trồng thủy sản đạt 2.150 ha; đội tàu khai thác xa bờ có 96 chiếc công suất từ 90 CV trở lên. Hệ thống đê biển dài 33 km được củng cố, 8,5 km đê xung yếu được kè bê tông hóa.

II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN

Ba chỉ tiêu chưa đạt gồm: tỷ lệ đô thị hóa, thu ngân sách từ các dự án kinh tế biển và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ. Thu hút đầu tư vào du lịch biển còn hạn chế; ô nhiễm môi trường ở một số vùng nuôi tôm chưa được xử lý triệt để.

Nguyên nhân khách quan là thiên tai, dịch bệnh, nguồn lực đầu tư từ cấp trên hạn hẹp. Nguyên nhân chủ quan là chủ yếu: một số cấp ủy, chính quyền và người đứng đầu chưa quyết liệt, còn tư tưởng trông chờ; công tác quy hoạch, chuẩn bị mặt bằng thu hút đầu tư chậm. Trách nhiệm trước hết thuộc về Ban Chấp hành, Ban Thường vụ Huyện ủy và người đứng đầu các ngành, các xã có chỉ tiêu không đạt.

III. BÀI HỌC KINH NGHIỆM

Một là, giữ vững đoàn kết, phát huy vai trò gương mẫu của người đứng đầu. Hai là, lấy người dân làm chủ thể, công khai, bàn bạc dân chủ với nhân dân. Ba là, chọn đúng khâu đột phá, tập trung nguồn lực làm dứt điểm từng việc. Bốn là, coi trọng kiểm tra, giám sát, kịp thời tháo gỡ vướng mắc ở cơ sở.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025

Hệ thống 18 chỉ tiêu chủ yếu được xây dựng trên cơ sở kế thừa nhiệm kỳ trước, bảo đảm tính khả thi và phù hợp với dự thảo chỉ tiêu của tỉnh, trong đó: thu nhập bình quân đầu người năm 2025 đạt 85 triệu đồng; tỷ lệ hộ nghèo dưới 1%; tỷ lệ đô thị hóa đạt 30%.

Nhiệm kỳ 2020 - 2025, Đảng bộ huyện xác định 3 khâu đột phá:
(1) Phát triển kinh tế biển gắn với Khu du lịch biển Thịnh Long: năm 2021 - 2022 hoàn thành điều chỉnh quy hoạch chung; năm 2023 - 2025 thu hút 2 - 3 dự án du lịch nghỉ dưỡng quy mô lớn.
(2) Hoàn thiện hạ tầng giao thông ven biển và kết nối với đường bộ ven biển của tỉnh; phấn đấu đến năm 2024 hoàn thành tuyến trục trung tâm huyện.
(3) Cải cách hành chính, nâng chỉ số hài lòng của người dân lên trên 90% vào năm 2025.

Về ứng phó với biến đổi khí hậu: tiếp tục nâng cấp hệ thống đê biển, kè mỏ hàn ở các đoạn xung yếu, trồng mới 120 ha rừng phòng hộ; xây dựng phương án sơ tán dân khi có bão mạnh, nước biển dâng.

Về xây dựng Đảng: tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII gắn với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; chăm lo xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt cấp xã.
"""

D02 = """\
HUYỆN ỦY Ý YÊN - TIỂU BAN VĂN KIỆN
Dự thảo Báo cáo chính trị (bản lấy ý kiến, tháng 5/2020) - Phần đánh giá và phương hướng

I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2015 - 2020

Năm năm qua, trong bối cảnh có nhiều khó khăn, Đảng bộ và nhân dân huyện Ý Yên đã đoàn kết, nỗ lực vượt qua thử thách, thực hiện đạt kết quả khá toàn diện các mục tiêu Nghị quyết Đại hội. Kết quả thực hiện các chỉ tiêu chủ yếu như sau: giá trị sản xuất tăng bình quân 10,3%/năm; cơ cấu kinh tế nông nghiệp - công nghiệp, xây dựng - dịch vụ năm 2020 ước đạt 18% - 52% - 30%; thu ngân sách trên địa bàn ước đạt 312 tỷ đồng; tỷ lệ hộ nghèo giảm còn 1,9%. Các số liệu năm 2020 là số ước thực hiện cả năm.

Các làng nghề truyền thống tiếp tục là động lực tăng trưởng quan trọng của huyện. Làng nghề gỗ mỹ nghệ La Xuyên có trên 1.200 hộ sản xuất, giá trị sản xuất năm 2019 đạt 1.150 tỷ đồng; làng nghề đúc đồng Tống Xá phát triển mạnh, nhiều sản phẩm tượng đồng, chuông đồng đã xuất khẩu. Giá trị sản xuất của các làng nghề chiếm khoảng 40% giá trị công nghiệp - tiểu thủ công nghiệp của toàn huyện, giải quyết việc làm cho hơn 15 nghìn lao động.

Sản xuất nông nghiệp chuyển dịch theo hướng hàng hóa; 100% xã đạt chuẩn nông thôn mới. Văn hóa - xã hội có nhiều tiến bộ; quốc phòng - an ninh được giữ vững.

II. HẠN CHẾ VÀ NGUYÊN NHÂN

Một số chỉ tiêu chưa đạt như thu hút vốn đầu tư, tỷ lệ lao động qua đào tạo. Kết cấu hạ tầng một số cụm công nghiệp chưa đồng bộ. Nguyên nhân chủ yếu do thiên tai, dịch bệnh, giá cả thị trường biến động, nguồn vốn hỗ trợ từ cấp trên còn hạn chế.

III. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025

Mục tiêu tổng quát: xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững, đưa Ý Yên trở thành huyện có công nghiệp - tiểu thủ công nghiệp phát triển khá của tỉnh.

Các chỉ tiêu chủ yếu đến năm 2025: giá trị sản xuất tăng bình quân 11%/năm; thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ lệ hộ nghèo dưới 1%; tỷ lệ lao động qua đào tạo đạt 75%.

Nhiệm kỳ tới, huyện tập trung 2 khâu đột phá là phát triển làng nghề và hạ tầng giao thông. Tiếp tục mở rộng các cụm công nghiệp làng nghề.

Về xây dựng Đảng, tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nâng cao chất lượng tổ chức cơ sở đảng và đội ngũ cán bộ, đảng viên, chú trọng cán bộ chủ chốt ở các xã.
"""

D03 = """\
ĐẢNG BỘ HUYỆN XUÂN TRƯỜNG
Dự thảo Báo cáo chính trị trình Đại hội đại biểu lần thứ XXVI (bản chỉnh sửa sau hội nghị ngày 13-5-2020)

PHẦN I. NHÌN LẠI 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XXV

Để đánh giá đúng thực chất, Ban Chấp hành đã đối chiếu lần lượt từng mục tiêu mà Đại hội XXV giao, đồng thời so với giai đoạn 2010 - 2015 và với bình quân 9 huyện, thành phố trong tỉnh. Kết quả: 16/19 mục tiêu hoàn thành hoặc hoàn thành vượt mức; giá trị sản xuất tăng bình quân 8,7%/năm (nhiệm kỳ trước 6,9%/năm, bình quân tỉnh 8,4%/năm).

Ngành cơ khí, đóng mới và sửa chữa phương tiện thủy nội địa tiếp tục là thế mạnh của huyện: các doanh nghiệp ven sông Ninh Cơ đóng mới bình quân 45 phương tiện mỗi năm; làng cơ khí Xuân Tiến có hơn 200 cơ sở. Tuy nhiên, việc kêu gọi nhà đầu tư mới vào các cụm công nghiệp còn chậm, chưa có dự án quy mô lớn; mặt bằng sạch thiếu, thủ tục còn kéo dài.

Là địa bàn có đông bà con theo đạo Thiên Chúa, những năm qua huyện chú trọng thực hiện nhất quán chính sách tín ngưỡng, tôn giáo của Đảng và Nhà nước; công tác dân vận trong các giáo xứ được quan tâm, phong trào "Sống tốt đời, đẹp đạo" lan tỏa sâu rộng; quan hệ giữa chính quyền với chức sắc tôn giáo ngày càng gắn bó.

Những yếu kém chủ yếu xuất phát từ phía chúng ta: một bộ phận cấp ủy và người đứng đầu chưa sâu sát, chưa dám nghĩ dám làm; tập thể Ban Chấp hành chịu trách nhiệm về những mục tiêu chưa đạt.

Từ thực tế lãnh đạo, Đảng bộ rút ra năm bài học: Một là, đoàn kết là nhân tố quyết định. Hai là, dựa vào dân, vì dân. Ba là, khéo léo trong vận động quần chúng ở vùng có đạo. Bốn là, người đứng đầu phải nêu gương. Năm là, kiên trì, nhất quán trong chỉ đạo.

PHẦN II. ĐỊNH HƯỚNG GIAI ĐOẠN 2020 - 2025

Bối cảnh: đại dịch viêm đường hô hấp cấp do chủng mới của vi rút corona gây ra đang làm đình trệ nhiều cơ sở sản xuất, cắt giảm đơn hàng của doanh nghiệp đóng tàu, khiến hàng nghìn lao động thiếu việc làm; dự báo ảnh hưởng sẽ còn kéo dài trong năm 2020 - 2021.

Đảng bộ chọn hai nhiệm vụ mang tính đột phá: (1) tạo quỹ đất sạch và hoàn thiện hạ tầng hai cụm công nghiệp Xuân Tiến, Xuân Bắc, mỗi năm hoàn thành một hạng mục hạ tầng chính; (2) cải cách thủ tục hành chính, rút ngắn 30% thời gian giải quyết hồ sơ đầu tư vào năm 2022.

Đô thị trung tâm huyện lỵ sẽ được chỉnh trang, mở rộng không gian về phía các xã Xuân Ngọc, Xuân Hồng, từng bước hình thành khu đô thị xanh, sạch, văn minh, hiện đại.

Tiếp tục làm tốt công tác vận động đồng bào có đạo, bảo đảm quyền tự do tín ngưỡng, tôn giáo; giải quyết dứt điểm các vụ việc liên quan đến đất đai cơ sở tôn giáo.

Trong công tác xây dựng Đảng, quán triệt và thực hiện nghiêm Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII về ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống; gắn với làm theo tấm gương đạo đức của Bác; quan tâm đào tạo, bồi dưỡng đội ngũ bí thư, chủ tịch các xã, thị trấn.
"""

D04 = """\
HUYỆN ỦY KIM SƠN
DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXVII, NHIỆM KỲ 2020 - 2025
"Đoàn kết - Dân chủ - Đổi mới - Phát triển" (bản trình Ban Thường vụ Tỉnh ủy)

PHẦN THỨ NHẤT: ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020 VÀ BÀI HỌC KINH NGHIỆM

Báo cáo đánh giá khách quan, trung thực, toàn diện nhưng có trọng tâm, trọng điểm việc thực hiện các chỉ tiêu, nhiệm vụ mà nghị quyết đại hội đề ra. Trong 19 chỉ tiêu chủ yếu, có 16 chỉ tiêu đạt và vượt. Những kết quả nổi bật là: giá trị sản xuất tăng bình quân 9,6%/năm; huyện có 24/25 xã đạt chuẩn nông thôn mới; mô hình mới, cách làm hay là "cánh đồng lớn" liên kết với doanh nghiệp tiêu thụ lúa gạo ở các xã Như Hòa, Kim Chính.

Về quai đê lấn biển: hoàn thành tuyến đê Bình Minh IV, mở rộng thêm gần 1.000 ha đất bãi bồi; phát triển kinh tế vùng bãi ngang ven biển, hình thành vùng nuôi trồng thủy sản tập trung 2.300 ha tôm, ngao, cá vược, giá trị nuôi trồng thủy sản tăng bình quân 12%/năm. Về bảo vệ rừng phòng hộ ven biển: (Tiểu ban sẽ bổ sung số liệu sau khi Hạt Kiểm lâm báo cáo).

Hạn chế: 3 chỉ tiêu không đạt là tỷ lệ đô thị hóa, thu hút vốn đầu tư trực tiếp, tỷ lệ lao động qua đào tạo; vấn đề bức xúc kéo dài chậm được khắc phục là ô nhiễm môi trường vùng nuôi tôm và vi phạm hành lang đê. Nguyên nhân khách quan là thời tiết, dịch bệnh; nguyên nhân chủ quan là chủ yếu, gắn với trách nhiệm của tập thể Ban Chấp hành, Ban Thường vụ và cá nhân người đứng đầu một số xã.

Bài học kinh nghiệm được đúc rút từ thực tiễn lãnh đạo, chỉ đạo của đảng bộ: (1) phát huy sức dân trong quai đê lấn biển, xây dựng nông thôn mới; (2) người đứng đầu phải sâu sát cơ sở, nói đi đôi với làm; (3) làm việc gì dứt điểm việc đó, không dàn trải.

PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025

Dự báo tình hình: tình hình trong nước, của tỉnh và của huyện có nhiều thuận lợi đan xen khó khăn; tác động của cuộc Cách mạng công nghiệp lần thứ tư mở ra cơ hội ứng dụng công nghệ cao trong nuôi trồng thủy sản, trong khi dịch bệnh Covid-19 làm sụt giảm thị trường xuất khẩu nông, thủy sản.

Mục tiêu tổng quát: Xây dựng Đảng bộ trong sạch, vững mạnh; phát huy lợi thế vùng biển, đưa Kim Sơn phát triển nhanh, bền vững.

Hệ thống chỉ tiêu chủ yếu gồm 17 chỉ tiêu thuộc các nhóm kinh tế, văn hóa - xã hội, môi trường và xây dựng Đảng (có phụ lục kèm theo).

Đảng bộ lựa chọn 3 nhiệm vụ trọng tâm (phát triển kinh tế biển; xây dựng nông thôn mới nâng cao; chăm lo an sinh xã hội) và 2 khâu đột phá: (1) cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh, trọng tâm là rút ngắn thời gian giao đất, cho thuê đất; (2) đầu tư hạ tầng vùng bãi bồi ven biển.

Về xây dựng Đảng và hệ thống chính trị: thực hiện Nghị quyết Trung ương 4 khóa XII, huyện đã xử lý kỷ luật 27 đảng viên suy thoái; thực hiện Nghị quyết số 18-NQ/TW, 19-NQ/TW, sáp nhập 86 xóm thành 41 xóm, giảm 4 đầu mối cơ quan chuyên môn; nhiệm kỳ tới tiếp tục sắp xếp tinh gọn bộ máy, hoàn thành sắp xếp đơn vị hành chính cấp xã theo lộ trình của tỉnh.
"""

D05 = """\
KIM SƠN - Dự thảo Báo cáo chính trị (bản sơ thảo của Tổ biên tập, chưa qua Ban Thường vụ)

PHẦN THỨ NHẤT. KẾT QUẢ NHIỆM KỲ 2015 - 2020

Nhiệm kỳ qua, Đảng bộ và nhân dân Kim Sơn đã tiếp tục công cuộc tiến ra biển của cha ông. Hai tuyến đê mới được đắp xong, mở thêm gần một nghìn héc-ta đất bồi để bố trí sản xuất và dân cư; vùng bãi ngang được quy hoạch lại, hình thành các khu nuôi tôm thẻ chân trắng, ngao, cá vược thâm canh với tổng diện tích trên 2.300 ha. Diện tích cây sú, vẹt, bần ven biển được trồng mới và chăm sóc 180 ha, nâng độ che phủ của đai rừng chắn sóng lên trên 70%, người dân tham gia nhận khoán bảo vệ.

Kinh tế tăng trưởng khá, bình quân 9,6%/năm; thu ngân sách tăng gấp 1,8 lần so với năm 2015; đời sống nhân dân được nâng lên rõ rệt.

Tuy nhiên, 3 trong số 19 chỉ tiêu không đạt, gồm tỷ lệ đô thị hóa, thu hút vốn đầu tư và tỷ lệ lao động qua đào tạo. Nguyên nhân là do thời tiết cực đoan, dịch bệnh trên tôm nuôi, giá thủy sản xuống thấp và nguồn lực đầu tư của cấp trên hạn chế.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025

Mục tiêu tổng quát: Phát triển Kim Sơn thành huyện khá của tỉnh, có kinh tế biển là mũi nhọn.

Chỉ tiêu chủ yếu: 19 chỉ tiêu (7 chỉ tiêu kinh tế, 7 chỉ tiêu văn hóa - xã hội, 3 chỉ tiêu môi trường, 2 chỉ tiêu xây dựng Đảng), trong đó giá trị sản xuất tăng bình quân 10%/năm, thu nhập bình quân đầu người đạt 75 triệu đồng vào năm 2025.

Ba nhiệm vụ trọng tâm: phát triển kinh tế biển; xây dựng nông thôn mới nâng cao; phát triển văn hóa, du lịch gắn với quần thể nhà thờ đá Phát Diệm.

Hai khâu đột phá: (1) đầu tư hạ tầng giao thông ven biển, kết nối với tỉnh Thanh Hóa; (2) ứng dụng công nghệ cao trong nuôi trồng thủy sản.

Tiếp tục tiến ra biển: hoàn thành đắp tuyến đê Bình Minh V trước năm 2025, quy hoạch vùng bãi bồi mới cho nuôi trồng thủy sản công nghệ cao; trồng bổ sung và bảo vệ nghiêm đai rừng ngập mặn chắn sóng.

Về xây dựng Đảng: tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII, gắn với Chỉ thị 05-CT/TW; tăng cường kiểm tra, giám sát; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.
"""

DRAFT_TEXTS = {
    "01_hai_hau_day_du.txt": D01,
    "02_y_yen_con_thieu.txt": D02,
    "03_xuan_truong_dien_dat_khac.txt": D03,
    "04_kim_son_lap_lai_cau_chu.txt": D04,
    "05_kim_son_so_thao.txt": D05,
}


# =====================================================================================================
# Gazetteer (2020 boundaries, three provinces in ONE file)
# =====================================================================================================
GAZETTEER = {
    "_comment": ("District-level units of Nam Định (10), Ninh Bình (8) and Hà Nam (6) as of mid-2020, the time of "
                 "the 2020-2025 congresses, merged in one gazetteer because the corpus mixes pages from the "
                 "three provinces. Bare forms that are also a province name (Nam Định, Ninh Bình) are left out."),
    "units": [
        {"name": "TP Nam Định", "kind": "thành phố", "aliases": ["TP Nam Định", "thành phố Nam Định"]},
        {"name": "Mỹ Lộc", "kind": "huyện", "aliases": ["Mỹ Lộc"]},
        {"name": "Vụ Bản", "kind": "huyện", "aliases": ["Vụ Bản"]},
        {"name": "Ý Yên", "kind": "huyện", "aliases": ["Ý Yên"]},
        {"name": "Nghĩa Hưng", "kind": "huyện", "aliases": ["Nghĩa Hưng"]},
        {"name": "Nam Trực", "kind": "huyện", "aliases": ["Nam Trực"]},
        {"name": "Trực Ninh", "kind": "huyện", "aliases": ["Trực Ninh"]},
        {"name": "Xuân Trường", "kind": "huyện", "aliases": ["Xuân Trường"]},
        {"name": "Giao Thủy", "kind": "huyện", "aliases": ["Giao Thủy", "Giao Thuỷ"]},
        {"name": "Hải Hậu", "kind": "huyện", "aliases": ["Hải Hậu"]},
        {"name": "TP Ninh Bình", "kind": "thành phố", "aliases": ["TP Ninh Bình", "thành phố Ninh Bình"]},
        {"name": "TP Tam Điệp", "kind": "thành phố",
         "aliases": ["TP Tam Điệp", "thành phố Tam Điệp", "Tam Điệp"]},
        {"name": "Nho Quan", "kind": "huyện", "aliases": ["Nho Quan"]},
        {"name": "Gia Viễn", "kind": "huyện", "aliases": ["Gia Viễn"]},
        {"name": "Hoa Lư", "kind": "huyện", "aliases": ["Hoa Lư"]},
        {"name": "Yên Khánh", "kind": "huyện", "aliases": ["Yên Khánh"]},
        {"name": "Kim Sơn", "kind": "huyện", "aliases": ["Kim Sơn"]},
        {"name": "Yên Mô", "kind": "huyện", "aliases": ["Yên Mô"]},
        {"name": "TP Phủ Lý", "kind": "thành phố", "aliases": ["TP Phủ Lý", "thành phố Phủ Lý", "Phủ Lý"]},
        {"name": "Duy Tiên", "kind": "thị xã", "aliases": ["Duy Tiên", "thị xã Duy Tiên"]},
        {"name": "Kim Bảng", "kind": "huyện", "aliases": ["Kim Bảng"]},
        {"name": "Thanh Liêm", "kind": "huyện", "aliases": ["Thanh Liêm"]},
        {"name": "Bình Lục", "kind": "huyện", "aliases": ["Bình Lục"]},
        {"name": "Lý Nhân", "kind": "huyện", "aliases": ["Lý Nhân"]},
    ],
}

# =====================================================================================================
# Requirement catalogue (hand-labelled)
# =====================================================================================================
HH, YY, XT = "Hải Hậu", "Ý Yên", "Xuân Trường"
REQUIREMENTS = {
    "_comment": ("Hand-labelled catalogue. key = verbatim substring of ONE requirement sentence/item. scope = "
                 "gazetteer names the requirement names; [] when the sentence names no district (the general "
                 "points of the Nam Định page are [] although the meeting only dealt with three districts). "
                 "not_requirements = narration, descriptions, negated sentences ('không cần', 'không đưa'), "
                 "list intros and page furniture (menus, related-news titles, captions, bylines, footers)."),
    "documents": {
        f"guidance/{F1}": {
            "requirements": [
                {"key": "phải bám sát các chỉ tiêu mà Nghị quyết đại hội đã đề ra", "scope": []},
                {"key": "Số liệu tính đến hết năm 2019 và ước thực hiện đến hết năm 2020", "scope": []},
                {"key": "chỉ rõ nguyên nhân, nhất là nguyên nhân chủ quan", "scope": []},
                {"key": "mỗi báo cáo nêu từ ba đến năm bài học", "scope": []},
                {"key": "vừa bảo đảm tính kế thừa, vừa có tính khả thi", "scope": []},
                {"key": "Mỗi huyện xác định từ 2 đến 3 khâu đột phá", "scope": []},
                {"key": "cần cụ thể hóa Nghị quyết Trung ương 4 khóa XII", "scope": []},
                {"key": "văn phong cần được biên tập chặt chẽ, súc tích", "scope": []},
                {"key": "phân tích sâu hơn kết quả xây dựng huyện nông thôn mới kiểu mẫu", "scope": [HH]},
                {"key": "làm rõ tiềm năng, lợi thế về kinh tế biển", "scope": [HH]},
                {"key": "bổ sung giải pháp bảo vệ hệ thống đê biển", "scope": [HH]},
                {"key": "cần được rà soát lại cho khớp với số liệu thống kê", "scope": [HH]},
                {"key": "làm rõ hơn vai trò của các làng nghề truyền thống", "scope": [YY]},
                {"key": "đánh giá đúng thực trạng ô nhiễm môi trường tại các làng nghề", "scope": [YY]},
                {"key": "bổ sung định hướng thu hút đầu tư vào các cụm công nghiệp", "scope": [YY]},
                {"key": "đánh giá sâu hơn kết quả phát triển công nghiệp cơ khí, đóng tàu", "scope": [XT]},
                {"key": "đánh giá riêng về công tác vận động đồng bào Công giáo", "scope": [XT]},
                {"key": "bổ sung phương hướng xây dựng, mở rộng thị trấn Xuân Trường", "scope": [XT]},
                {"key": "cập nhật tác động của dịch Covid-19", "scope": [XT]},
                {"key": "gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 30-5-2020", "scope": []},
            ],
            "not_requirements": [
                "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
                "đã báo cáo tóm tắt quá trình xây dựng dự thảo Báo cáo chính trị",
                "Dự thảo của huyện Hải Hậu dài 36 trang",
                "đã thảo luận sôi nổi, thẳng thắn, đóng góp nhiều ý kiến tâm huyết",
                "ghi nhận, đánh giá cao sự chuẩn bị chu đáo, nghiêm túc",
                "Các dự thảo đã bám sát hướng dẫn của Trung ương và của Tỉnh ủy",
                "quan tâm một số nội dung chung sau đây:",
                "thì không cần nhắc lại trong báo cáo chính trị",
                "gợi ý thêm một số nội dung cụ thể",
                "ghi nhận những kết quả nổi bật trong phát triển nông nghiệp hàng hóa",
                "dự thảo đã phản ánh đúng thực trạng một huyện thuần nông",
                "không đưa chỉ tiêu số xã đạt chuẩn nông thôn mới nâng cao vào nhóm chỉ tiêu chủ yếu",
                "sẽ lần lượt cho ý kiến vào dự thảo văn kiện của các huyện Mỹ Lộc",
                "đơn vị được chọn tổ chức đại hội điểm của tỉnh",
                "phát biểu kết luận hội nghị. Ảnh: Văn Đông",
                "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo văn kiện Đại hội Đảng bộ huyện Vụ Bản",
                "Thành ủy Nam Định hoàn thành đại hội điểm cấp cơ sở",
                "Cập nhật lúc 08:35, Thứ Năm, 14/05/2020",
                "Tin đọc nhiều",
                "Giấy phép hoạt động báo điện tử số 212/GP-BTTTT",
                "Website sử dụng cookie để nâng cao trải nghiệm của bạn",
                "Nhiệt liệt chào mừng Đại hội Đảng bộ các cấp",
            ],
        },
        f"guidance/{F2}": {
            "requirements": [
                {"key": "Báo cáo gồm hai phần", "scope": []},
                {"key": "Tiêu đề báo cáo cần ngắn gọn, thể hiện được chủ đề của đại hội", "scope": []},
                {"key": "đánh giá khách quan, trung thực, toàn diện nhưng có trọng tâm", "scope": []},
                {"key": "Cần chỉ rõ những chỉ tiêu không đạt", "scope": []},
                {"key": "Bài học phải được đúc rút từ thực tiễn lãnh đạo", "scope": []},
                {"key": "Báo cáo cần dự báo sát tình hình trong nước", "scope": []},
                {"key": "Mục tiêu tổng quát phải ngắn gọn, khái quát", "scope": []},
                {"key": "tổng số chỉ tiêu không quá 20", "scope": []},
                {"key": "Nhiệm vụ, giải pháp phải cụ thể, sát với điều kiện thực tế", "scope": []},
                {"key": "lựa chọn từ 3 đến 4 nhiệm vụ trọng tâm và không quá 3 khâu đột phá", "scope": []},
                {"key": "đánh giá rõ kết quả thực hiện Nghị quyết Trung ương 4 khóa XII", "scope": []},
                {"key": "kết quả và phương hướng quai đê lấn biển", "scope": ["Kim Sơn"]},
                {"key": "đánh giá công tác trồng mới, bảo vệ rừng phòng hộ ven biển", "scope": ["Kim Sơn"]},
                {"key": "chính sách đối với đồng bào dân tộc thiểu số", "scope": ["Nho Quan"]},
                {"key": "phát huy giá trị Quần thể danh thắng Tràng An",
                 "scope": ["Hoa Lư", "Gia Viễn", "TP Ninh Bình"]},
                {"key": "định hướng phát triển công nghiệp, khu công nghiệp và đô thị",
                 "scope": ["TP Tam Điệp", "Yên Mô"]},
                {"key": "Báo cáo cần viết ngắn gọn, mạch lạc, dễ hiểu", "scope": []},
                {"key": "Dung lượng không quá 30 trang khổ A4", "scope": []},
                {"key": "chậm nhất 20 ngày trước ngày khai mạc đại hội", "scope": []},
            ],
            "not_requirements": [
                "Hướng dẫn được ban hành nhằm thực hiện Chỉ thị số 35-CT/TW",
                "Văn bản do đồng chí Đinh Thị Thu Trang",
                "qua theo dõi bước đầu, một số dự thảo báo cáo chính trị cấp huyện còn dài",
                "báo cáo chính trị của các huyện, thành phố cần bảo đảm những nội dung sau:",
                "Báo cáo không cần trình bày lại kết quả theo từng năm",
                "Ngoài các nội dung chung, báo cáo của một số địa phương cần làm rõ thêm:",
                "không đưa vào báo cáo chính trị phần kiểm điểm sự lãnh đạo",
                "Các biểu số liệu chi tiết không cần in kèm",
                "sẽ phối hợp với Văn phòng Tỉnh ủy thành lập các tổ công tác",
                "Học tập và làm theo Bác",
                "Thứ tư, 08/04/2020 | 15:20",
                "Lượt xem: 1.254",
                "Các tin cùng chuyên mục",
                "Yên Khánh tổ chức thành công đại hội điểm cấp cơ sở",
                "In trang",
                "Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Ninh Bình",
                "Địa chỉ: Số 2 đường Lê Hồng Phong, phường Đông Thành, TP Ninh Bình",
            ],
        },
        f"guidance/{F3}": {
            "requirements": [
                {"key": "cập nhật số liệu ước thực hiện năm 2020 trong Báo cáo chính trị", "scope": ["Lý Nhân"]},
                {"key": "Phần trình bày báo cáo chính trị tại đại hội cần được rút gọn", "scope": ["Lý Nhân"]},
                {"key": "phát triển kinh tế vùng bãi ven sông Hồng", "scope": ["Lý Nhân"]},
            ],
            "not_requirements": [
                "Cùng dự có đại diện lãnh đạo Văn phòng Tỉnh ủy",
                "các đại biểu đã thực hiện đầy đủ các bước theo chương trình phiên trù bị",
                "đã qua 7 lần chỉnh sửa",
                "đề ra 18 chỉ tiêu chủ yếu và 3 khâu đột phá",
                "tốc độ tăng giá trị sản xuất bình quân của huyện ước đạt",
                "Một số ý kiến đề nghị bổ sung hình ảnh minh họa",
                "có ý kiến đề nghị bố trí thêm thời gian cho tham luận",
                "ghi nhận, đánh giá cao công tác chuẩn bị đại hội",
                "sẽ diễn ra trong 2 ngày 15",
                "là đảng bộ cấp huyện thứ ba của tỉnh tổ chức tổng duyệt",
                "Quang cảnh buổi tổng duyệt Đại hội Đảng bộ huyện Lý Nhân. Ảnh: Phạm Hiền",
                "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo văn kiện Đại hội Đảng bộ huyện Thanh Liêm",
                "Chưa có bình luận nào",
                "Copyright © 2020 Báo Hà Nam điện tử",
                "Phủ Lý 33°C",
            ],
        },
        f"guidance/{F4}": {
            "requirements": [
                {"key": "chậm nhất 45 ngày trước ngày khai mạc đại hội", "scope": []},
                {"key": "gửi dự thảo văn kiện trước ngày 10/4/2020", "scope": ["Vụ Bản"]},
                {"key": "phải kèm theo báo cáo tổng hợp, tiếp thu ý kiến góp ý", "scope": []},
                {"key": "trước ngày khai mạc đại hội mười lăm ngày làm việc", "scope": []},
                {"key": "gửi bản điện tử qua mạng thông tin diện rộng", "scope": []},
                {"key": "dung lượng từ 20 đến 25 trang khổ A4", "scope": []},
                {"key": "Báo cáo kiểm điểm của Ban Chấp hành không quá 10 trang", "scope": []},
                {"key": "để trình bày tại đại hội không quá 8 trang", "scope": []},
                {"key": "Thời gian trình bày không quá 30 phút", "scope": []},
                {"key": "tổ chức lấy ý kiến rộng rãi của cán bộ, đảng viên", "scope": []},
            ],
            "not_requirements": [
                "Văn bản chỉ đạo » Công văn",
                "Đăng ngày: 05/03/2020 08:12 | Lượt xem: 862",
                "Chia sẻ",
                "Bình luận",
                "Kính gửi: Các huyện ủy, Thành ủy Nam Định",
                "thực hiện tốt một số nội dung sau:",
                "không cần kèm theo các biểu số liệu chi tiết",
                "Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy",
                "Nơi nhận:",
                "(đã ký)",
                "Tải về: CV-1087-TU.pdf",
                "Tin cùng chuyên mục",
                "Kế hoạch tổ chức Đại hội điểm Đảng bộ huyện Vụ Bản",
                "© 2020 Tỉnh ủy Nam Định",
            ],
        },
    },
}

# =====================================================================================================
# Drafts: expected labels
# =====================================================================================================
R = {  # short handles -> keys of REQUIREMENTS
    "G_chitieu": "phải bám sát các chỉ tiêu mà Nghị quyết đại hội đã đề ra",
    "G_solieu": "Số liệu tính đến hết năm 2019 và ước thực hiện đến hết năm 2020",
    "G_nguyennhan": "chỉ rõ nguyên nhân, nhất là nguyên nhân chủ quan",
    "G_baihoc": "mỗi báo cáo nêu từ ba đến năm bài học",
    "G_khathi": "vừa bảo đảm tính kế thừa, vừa có tính khả thi",
    "G_dotpha": "Mỗi huyện xác định từ 2 đến 3 khâu đột phá",
    "G_nqtw4": "cần cụ thể hóa Nghị quyết Trung ương 4 khóa XII",
    "HH_ntm": "phân tích sâu hơn kết quả xây dựng huyện nông thôn mới kiểu mẫu",
    "HH_bien": "làm rõ tiềm năng, lợi thế về kinh tế biển",
    "HH_de": "bổ sung giải pháp bảo vệ hệ thống đê biển",
    "HH_so": "cần được rà soát lại cho khớp với số liệu thống kê",
    "YY_langnghe": "làm rõ hơn vai trò của các làng nghề truyền thống",
    "YY_onhiem": "đánh giá đúng thực trạng ô nhiễm môi trường tại các làng nghề",
    "YY_ccn": "bổ sung định hướng thu hút đầu tư vào các cụm công nghiệp",
    "XT_cokhi": "đánh giá sâu hơn kết quả phát triển công nghiệp cơ khí, đóng tàu",
    "XT_congiao": "đánh giá riêng về công tác vận động đồng bào Công giáo",
    "XT_thitran": "bổ sung phương hướng xây dựng, mở rộng thị trấn Xuân Trường",
    "XT_covid": "cập nhật tác động của dịch Covid-19",
    "N_bocuc": "Báo cáo gồm hai phần",
    "N_tieude": "Tiêu đề báo cáo cần ngắn gọn, thể hiện được chủ đề của đại hội",
    "N_danhgia": "đánh giá khách quan, trung thực, toàn diện nhưng có trọng tâm",
    "N_hanche": "Cần chỉ rõ những chỉ tiêu không đạt",
    "N_baihoc": "Bài học phải được đúc rút từ thực tiễn lãnh đạo",
    "N_dubao": "Báo cáo cần dự báo sát tình hình trong nước",
    "N_muctieu": "Mục tiêu tổng quát phải ngắn gọn, khái quát",
    "N_chitieu": "tổng số chỉ tiêu không quá 20",
    "N_dotpha": "lựa chọn từ 3 đến 4 nhiệm vụ trọng tâm và không quá 3 khâu đột phá",
    "N_xdd": "đánh giá rõ kết quả thực hiện Nghị quyết Trung ương 4 khóa XII",
    "KS_lanbien": "kết quả và phương hướng quai đê lấn biển",
    "KS_rung": "đánh giá công tác trồng mới, bảo vệ rừng phòng hộ ven biển",
}
A, PT, M = "addressed", "partly", "missing"
DRAFT_LABELS = {
    "01_hai_hau_day_du.txt": ("Hải Hậu", {
        "G_chitieu": A, "G_solieu": A, "G_nguyennhan": A, "G_baihoc": A, "G_khathi": A, "G_dotpha": A,
        "G_nqtw4": A, "HH_ntm": A, "HH_bien": A, "HH_de": A, "HH_so": A}),
    "02_y_yen_con_thieu.txt": ("Ý Yên", {
        "G_chitieu": PT, "G_solieu": PT, "G_nguyennhan": M, "G_baihoc": M, "G_dotpha": PT, "G_nqtw4": A,
        "YY_langnghe": A, "YY_onhiem": M, "YY_ccn": PT}),
    "03_xuan_truong_dien_dat_khac.txt": ("Xuân Trường", {
        "G_chitieu": A, "G_solieu": M, "G_nguyennhan": A, "G_baihoc": A, "G_dotpha": A, "G_nqtw4": A,
        "XT_cokhi": A, "XT_congiao": A, "XT_thitran": A, "XT_covid": A}),
    "04_kim_son_lap_lai_cau_chu.txt": ("Kim Sơn", {
        "N_bocuc": A, "N_tieude": A, "N_danhgia": A, "N_hanche": A, "N_baihoc": A, "N_dubao": A,
        "N_muctieu": A, "N_chitieu": A, "N_dotpha": A, "N_xdd": A, "KS_lanbien": A, "KS_rung": PT}),
    "05_kim_son_so_thao.txt": ("Kim Sơn", {
        "N_tieude": M, "N_hanche": PT, "N_baihoc": M, "N_dubao": M, "N_muctieu": A, "N_chitieu": A,
        "N_dotpha": PT, "N_xdd": PT, "KS_lanbien": A, "KS_rung": A}),
}

# =====================================================================================================
# Questions: (shape, question, gold, expect, forbid)
# =====================================================================================================
Q = [
    # ---------------- narrow ----------------
    ("narrow", "Theo hướng dẫn về xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện của Tỉnh ủy Nam Định, "
               "báo cáo chính trị được phép dài bao nhiêu trang?",
     ["dung lượng từ 20 đến 25 trang khổ A4"], ["từ 20 đến 25 trang"], ["30 trang"]),
    ("narrow", "Ở Ninh Bình, dung lượng báo cáo chính trị trình đại hội đảng bộ cấp huyện tối đa là bao nhiêu?",
     ["Dung lượng không quá 30 trang khổ A4, không kể phụ lục"], ["không quá 30 trang"], ["25 trang"]),
    ("narrow", "Các huyện ủy ở Nam Định phải gửi dự thảo báo cáo chính trị cho Ban Thường vụ Tỉnh ủy chậm nhất "
               "bao lâu trước ngày khai mạc đại hội?",
     ["chậm nhất 45 ngày trước ngày khai mạc đại hội"], ["45 ngày"], ["20 ngày"]),
    ("narrow", "Ban Tuyên giáo Tỉnh ủy Ninh Bình đề nghị gửi dự thảo báo cáo chính trị về trước ngày khai mạc "
               "đại hội bao nhiêu ngày?",
     ["chậm nhất 20 ngày trước ngày khai mạc đại hội"], ["20 ngày"], ["45 ngày"]),
    ("narrow", "Đảng bộ huyện Vụ Bản phải gửi dự thảo văn kiện về Tỉnh ủy trước ngày nào?",
     ["gửi dự thảo văn kiện trước ngày 10/4/2020"], ["10/4/2020"], []),
    ("narrow", "Văn kiện chính thức của đại hội đảng bộ cấp huyện ở Nam Định phải gửi về Văn phòng Tỉnh ủy "
               "trước ngày khai mạc bao lâu?",
     ["trước ngày khai mạc đại hội mười lăm ngày làm việc"], ["mười lăm ngày làm việc"], ["45 ngày"]),
    ("narrow", "Ở Nam Định, bản tóm tắt báo cáo chính trị được trình bày tại đại hội trong thời gian bao lâu?",
     ["Thời gian trình bày không quá 30 phút"], ["không quá 30 phút"], ["40 phút"]),
    ("narrow", "Tại buổi tổng duyệt đại hội ở Lý Nhân, phần trình bày báo cáo chính trị được yêu cầu không quá "
               "bao nhiêu phút?",
     ["thời gian không quá 40 phút"], ["40 phút"], ["30 phút"]),
    ("narrow", "Ban Thường vụ Tỉnh ủy Nam Định yêu cầu mỗi báo cáo chính trị nêu bao nhiêu bài học kinh nghiệm?",
     ["mỗi báo cáo nêu từ ba đến năm bài học"], ["từ ba đến năm bài học"], []),
    ("narrow", "Theo Hướng dẫn 41-HD/BTGTU, hệ thống chỉ tiêu chủ yếu của báo cáo chính trị có tối đa bao nhiêu "
               "chỉ tiêu?",
     ["tổng số chỉ tiêu không quá 20"], ["không quá 20"], []),
    ("narrow", "Mỗi đảng bộ cấp huyện ở Ninh Bình được lựa chọn tối đa bao nhiêu khâu đột phá?",
     ["không quá 3 khâu đột phá"], ["không quá 3 khâu đột phá"], ["từ 2 đến 3 khâu đột phá"]),
    ("narrow", "How many pages long was Hải Hậu's draft political report when the provincial standing committee "
               "reviewed it?",
     ["Dự thảo của huyện Hải Hậu dài 36 trang"], ["36"], []),
    ("narrow", "Con số tăng trưởng nào trong dự thảo báo cáo chính trị của huyện Hải Hậu cần được rà soát lại?",
     ["Tốc độ tăng trưởng bình quân 9,8%/năm"], ["9,8%/năm"], []),
    ("narrow", "Dự thảo Báo cáo chính trị của huyện Lý Nhân đã tiếp thu bao nhiêu lượt ý kiến của cán bộ, đảng "
               "viên và nhân dân?",
     ["hơn 1.300 lượt ý kiến"], ["1.300"], []),
    ("narrow", "Dự thảo báo cáo chính trị của Lý Nhân đề ra bao nhiêu chỉ tiêu chủ yếu và mấy khâu đột phá?",
     ["đề ra 18 chỉ tiêu chủ yếu và 3 khâu đột phá"], ["18 chỉ tiêu", "3 khâu đột phá"], []),
    ("narrow", "Ba huyện Hải Hậu, Ý Yên, Xuân Trường phải gửi lại dự thảo đã hoàn chỉnh về Ban Tuyên giáo Tỉnh "
               "ủy trước ngày nào?",
     ["gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 30-5-2020"], ["30-5-2020"], []),
    ("narrow", "Thoi gian lay y kien can bo, dang vien va nhan dan vao du thao bao cao chinh tri o Nam Dinh toi "
               "thieu la bao lau?",
     ["thời gian lấy ý kiến ít nhất 15 ngày"], ["15 ngày"], []),
    # ---------------- broad ----------------
    ("broad", "Báo cáo chính trị của huyện Hải Hậu cần bổ sung, làm rõ những gì theo ý kiến của Ban Thường vụ "
              "Tỉnh ủy?",
     ["phân tích sâu hơn kết quả xây dựng huyện nông thôn mới kiểu mẫu"],
     ["nông thôn mới kiểu mẫu", "Khu du lịch biển Thịnh Long", "bảo vệ hệ thống đê biển", "9,8%/năm"],
     ["La Xuyên", "đồng bào Công giáo", "thị trấn Xuân Trường"]),
    ("broad", "Dự thảo báo cáo chính trị của huyện Ý Yên cần chỉnh sửa, bổ sung những nội dung nào?",
     ["làm rõ hơn vai trò của các làng nghề truyền thống"],
     ["La Xuyên", "ô nhiễm môi trường tại các làng nghề", "thu hút đầu tư vào các cụm công nghiệp"],
     ["Thịnh Long", "đồng bào Công giáo", "đê biển"]),
    ("broad", "Những nội dung trọng tâm cần bổ sung khi xây dựng báo cáo chính trị của huyện Xuân Trường là gì?",
     ["đánh giá riêng về công tác vận động đồng bào Công giáo"],
     ["công nghiệp cơ khí, đóng tàu", "đồng bào Công giáo", "thị trấn Xuân Trường", "Covid-19"],
     ["La Xuyên", "hệ thống đê biển", "quai đê lấn biển"]),
    ("broad", "Ban Thường vụ Tỉnh ủy Nam Định có những yêu cầu chung nào đối với dự thảo báo cáo chính trị của "
              "các huyện?",
     ["quan tâm một số nội dung chung sau đây", "mỗi khâu đột phá phải có giải pháp và lộ trình"],
     ["bám sát các chỉ tiêu mà Nghị quyết đại hội đã đề ra", "nhất là nguyên nhân chủ quan",
      "từ ba đến năm bài học", "từ 2 đến 3 khâu đột phá", "Nghị quyết Trung ương 4 khóa XII"],
     ["Thịnh Long", "La Xuyên", "không quá 3 khâu đột phá"]),
    ("broad", "Hướng dẫn 41-HD/BTGTU yêu cầu những gì về phần đánh giá kết quả nhiệm kỳ, hạn chế và bài học "
              "kinh nghiệm?",
     ["Cần chỉ rõ những chỉ tiêu không đạt"],
     ["đánh giá khách quan, trung thực, toàn diện", "những chỉ tiêu không đạt", "đúc rút từ thực tiễn lãnh đạo"],
     ["từ ba đến năm bài học", "nặng về liệt kê thành tích"]),
    ("broad", "Bao cao chinh tri cua huyen Kim Son can lam ro nhung noi dung dac thu nao?",
     ["kết quả và phương hướng quai đê lấn biển"],
     ["quai đê lấn biển", "vùng bãi ngang ven biển", "rừng phòng hộ ven biển"],
     ["Cúc Phương", "Tràng An", "đồng bào dân tộc thiểu số"]),
    ("broad", "Theo hướng dẫn của Ninh Bình, phần mục tiêu, chỉ tiêu, nhiệm vụ trọng tâm và khâu đột phá của báo "
              "cáo chính trị phải đáp ứng những yêu cầu gì?",
     ["Mục tiêu tổng quát phải ngắn gọn, khái quát"],
     ["Mục tiêu tổng quát phải ngắn gọn", "tổng số chỉ tiêu không quá 20", "từ 3 đến 4 nhiệm vụ trọng tâm",
      "tránh sao chép văn kiện của tỉnh"],
     ["từ 2 đến 3 khâu đột phá"]),
    ("broad", "What does the Ninh Bình guidance require about the structure, title, style and length of a "
              "district political report?",
     ["Báo cáo gồm hai phần", "Dung lượng không quá 30 trang khổ A4"],
     ["Báo cáo gồm hai phần", "Tiêu đề báo cáo cần ngắn gọn", "mạch lạc, dễ hiểu", "không quá 30 trang"],
     ["từ 20 đến 25 trang"]),
    ("broad", "Trưởng Ban Tuyên giáo Tỉnh ủy Hà Nam đề nghị huyện Lý Nhân hoàn thiện báo cáo chính trị như thế nào?",
     ["cập nhật số liệu ước thực hiện năm 2020"],
     ["cập nhật số liệu ước thực hiện năm 2020", "không quá 40 phút", "vùng bãi ven sông Hồng"],
     ["hình ảnh minh họa", "tham luận của đại biểu khối doanh nghiệp"]),
    ("broad", "Công văn 1087-CV/TU quy định những gì về dung lượng các văn kiện đại hội đảng bộ cấp huyện?",
     ["dung lượng từ 20 đến 25 trang khổ A4"],
     ["từ 20 đến 25 trang", "không quá 10 trang", "không quá 8 trang"],
     ["30 trang"]),
    # ---------------- which ----------------
    ("which", "Những huyện nào được Ban Thường vụ Tỉnh ủy Nam Định cho ý kiến vào dự thảo Báo cáo chính trị tại "
              "phiên họp chiều 13-5?",
     ["Đại hội đại biểu Đảng bộ các huyện Hải Hậu, Ý Yên, Xuân Trường"],
     ["Hải Hậu", "Ý Yên", "Xuân Trường"], ["Giao Thủy", "Mỹ Lộc"]),
    ("which", "Những địa phương nào của Ninh Bình phải làm rõ trách nhiệm bảo tồn, phát huy giá trị Quần thể danh "
              "thắng Tràng An?",
     ["Huyện Hoa Lư, huyện Gia Viễn và thành phố Ninh Bình"],
     ["Hoa Lư", "Gia Viễn", "thành phố Ninh Bình"], ["Kim Sơn", "Nho Quan", "Yên Khánh"]),
    ("which", "Sau phiên họp ngày 13-5, Ban Thường vụ Tỉnh ủy Nam Định sẽ tiếp tục cho ý kiến vào dự thảo văn kiện "
              "của những đơn vị nào?",
     ["sẽ lần lượt cho ý kiến vào dự thảo văn kiện của các huyện Mỹ Lộc"],
     ["Mỹ Lộc", "Nam Trực", "Trực Ninh", "Nghĩa Hưng", "Giao Thủy", "Thành ủy Nam Định"], ["Kim Sơn", "Lý Nhân"]),
    ("which", "Which Ninh Bình localities must add an orientation for industry, industrial parks and urban areas "
              "linked to the eastern North-South expressway?",
     ["Thành phố Tam Điệp và huyện Yên Mô"], ["Tam Điệp", "Yên Mô"], ["Kim Sơn", "Hoa Lư", "Yên Khánh"]),
    ("which", "Trước Lý Nhân, những đảng bộ cấp huyện nào của Hà Nam đã tổ chức tổng duyệt đại hội?",
     ["sau Đảng bộ huyện Kim Bảng và Đảng bộ thị xã Duy Tiên"],
     ["Kim Bảng", "Duy Tiên"], ["Thanh Liêm", "Bình Lục", "Phủ Lý"]),
    # ---------------- meta ----------------
    ("meta", "Hướng dẫn của Ban Tuyên giáo Tỉnh ủy Ninh Bình về xây dựng báo cáo chính trị cấp huyện có số hiệu "
             "là gì và ban hành ngày nào?",
     ["Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 41-HD/BTGTU"], ["41-HD/BTGTU", "25/3/2020"], []),
    ("meta", "Ai ký ban hành Hướng dẫn số 41-HD/BTGTU?",
     ["Văn bản do đồng chí Đinh Thị Thu Trang"], ["Đinh Thị Thu Trang"], []),
    ("meta", "Công văn số 1087-CV/TU của Tỉnh ủy Nam Định được ban hành ngày nào?",
     ["Nam Định, ngày 02 tháng 3 năm 2020"], ["02 tháng 3 năm 2020"], ["05/03/2020"]),
    ("meta", "Ai ký Công văn 1087-CV/TU về thời hạn gửi và dung lượng dự thảo văn kiện?",
     ["PHÓ BÍ THƯ THƯỜNG TRỰC"], ["Phạm Đức Thịnh"], ["Đỗ Văn Thành"]),
    ("meta", "Ban Thường vụ Tỉnh ủy Nam Định họp cho ý kiến vào dự thảo báo cáo chính trị của Hải Hậu, Ý Yên, "
             "Xuân Trường vào ngày nào và do ai chủ trì?",
     ["Chiều 13-5, Ban Thường vụ Tỉnh ủy họp cho ý kiến"], ["13-5", "Đỗ Văn Thành"], []),
    ("meta", "Đại hội đại biểu Đảng bộ huyện Lý Nhân lần thứ XXV diễn ra vào những ngày nào?",
     ["sẽ diễn ra trong 2 ngày 15 và 16/7/2020"], ["15 và 16/7/2020"], ["9/7"]),
    # ---------------- unanswerable ----------------
    ("unanswerable", "Tỉnh ủy Thái Bình quy định báo cáo chính trị trình đại hội đảng bộ cấp huyện dài tối đa bao "
                     "nhiêu trang?", [], [], ["từ 20 đến 25 trang", "không quá 30 trang"]),
    ("unanswerable", "Ban Tuyên giáo Tỉnh ủy Nghệ An hướng dẫn những nội dung trọng tâm nào khi xây dựng báo cáo "
                     "chính trị trình đại hội đảng bộ cấp huyện?", [], [], []),
    ("unanswerable", "Ban Thường vụ Tỉnh ủy Nam Định đã góp ý những gì cho dự thảo báo cáo chính trị của huyện "
                     "Vụ Bản?", [], [], ["Thịnh Long", "La Xuyên"]),
    ("unanswerable", "Báo cáo chính trị của huyện Yên Khánh cần làm rõ những nội dung đặc thù nào?", [], [],
     ["quai đê lấn biển", "Tràng An"]),
    ("unanswerable", "Theo hướng dẫn của Ninh Bình, mỗi báo cáo chính trị cấp huyện phải nêu bao nhiêu bài học "
                     "kinh nghiệm?", [], [], ["từ ba đến năm"]),
    ("unanswerable", "Đại hội đại biểu Đảng bộ huyện Kim Bảng nhiệm kỳ 2020 - 2025 khai mạc vào ngày nào?", [], [],
     ["15 và 16/7/2020"]),
    ("unanswerable", "Ban Thường vụ Tỉnh ủy Nam Định cho ý kiến vào dự thảo báo cáo chính trị của huyện Giao Thủy "
                     "vào ngày nào?", [], [], ["13-5", "22-4"]),
    ("unanswerable", "Tỉnh ủy Hà Nam quy định dung lượng báo cáo chính trị cấp huyện là bao nhiêu trang?", [], [],
     ["25 trang", "30 trang"]),
    ("unanswerable", "What deadline did the Hà Nam provincial party committee set for districts to submit their "
                     "draft political reports?", [], [], ["45 ngày", "20 ngày"]),
    ("unanswerable", "Tinh uy Nghe An quy dinh bao nhieu khau dot pha trong bao cao chinh tri cap huyen?", [], [],
     ["không quá 3 khâu đột phá", "từ 2 đến 3 khâu đột phá"]),
    ("unanswerable", "Ban Thường vụ Tỉnh ủy Hà Nam cho ý kiến những gì vào dự thảo văn kiện Đại hội Đảng bộ huyện "
                     "Thanh Liêm?", [], [], []),
]


def split_halves(items: list, rng: random.Random) -> list[str]:
    n = len(items)
    idx = list(range(n))
    rng.shuffle(idx)
    k = n // 2 + (rng.randint(0, 1) if n % 2 else 0)
    dev = set(idx[:k])
    return ["dev" if i in dev else "heldout" for i in range(n)]


def write_all() -> None:
    GUID.mkdir(parents=True, exist_ok=True)
    DRAFTS.mkdir(parents=True, exist_ok=True)
    (GUID / F1).write_text(page1(), encoding="utf-8")
    (GUID / F2).write_text(page2(), encoding="utf-8")
    (GUID / F3).write_text(page3(), encoding="utf-8")
    (GUID / F4).write_text(nfc(TXT4), encoding="utf-8")
    for name, text in DRAFT_TEXTS.items():
        (DRAFTS / name).write_text(nfc(text), encoding="utf-8")

    rng = random.Random(SEED)
    lines = []
    for shape in ("narrow", "broad", "which", "meta", "unanswerable"):
        qs = [q for q in Q if q[0] == shape]
        halves = split_halves(qs, rng)
        for (sh, question, gold, expect, forbid), half in zip(qs, halves):
            lines.append({"question": nfc(question), "shape": sh, "half": half,
                          "gold": [nfc(g) for g in gold], "expect": [nfc(x) for x in expect],
                          "forbid": [nfc(x) for x in forbid], "unanswerable": sh == "unanswerable"})
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    dnames = list(DRAFT_LABELS)
    dh = split_halves(dnames, rng)
    expected = {"_comment": ("addressed = the draft states the substance in any words; partly = one part of a "
                             "multi-part requirement, or a passing mention / placeholder; missing = not stated. "
                             "Keys are requirement keys of requirements.json; only requirements that apply to the "
                             "draft's district (its province's guidance, general or scoped to it) and that a report "
                             "section can show are labelled (deadlines, page counts are not)."),
                "drafts": {}}
    for name, half in zip(dnames, dh):
        district, labels = DRAFT_LABELS[name]
        expected["drafts"][name] = {"district": district, "half": half,
                                    "expected": {nfc(R[k]): v for k, v in labels.items()}}
    (DRAFTS / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    (HERE / "requirements.json").write_text(json.dumps(REQUIREMENTS, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    (HERE / "gazetteer.json").write_text(json.dumps(GAZETTEER, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    print(f"wrote 4 documents, {len(DRAFT_TEXTS)} drafts, {len(lines)} questions")


if __name__ == "__main__":
    write_all()
