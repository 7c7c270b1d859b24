"""(Re)writes the Thái Bình test set deterministically.

    /work/main/.venv/bin/python tests/data/elsewhere/thai_binh/make_set.py

Writes:
  corpus/guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-3-huyen.html
      a portal page saved with a browser ("Save as, complete page"): head/meta, banner, menu,
      breadcrumbs, the article (Standing Committee comments on the drafts of Hưng Hà, Quỳnh Phụ,
      Tiền Hải), share buttons, print link, related / most-read lists, footer.
  corpus/guidance/ke-hoach-52-KH-TU-chuan-bi-dai-hoi-cap-huyen.docx
      Kế hoạch số 52-KH/TU of Tỉnh ủy Thái Bình with a stacked letterhead and a task table.
  corpus/reports/bao-cao-chinh-tri-kien-xuong-2020-2025.pdf
      the political report presented to the XXVI congress of the Kiến Xương district party
      organisation (term 2020 - 2025), several pages, fpdf2 + DejaVu Serif.
  drafts/*.txt, drafts/expected.json, questions.jsonl, requirements.json, gazetteer.json
Then runs check_set.py.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import datetime as dt
import io
import json
import random
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
GUIDE = HERE / "corpus" / "guidance"
REPORTS = HERE / "corpus" / "reports"
DRAFTS = HERE / "drafts"
HTML_PATH = GUIDE / "ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-3-huyen.html"
DOCX_PATH = GUIDE / "ke-hoach-52-KH-TU-chuan-bi-dai-hoi-cap-huyen.docx"
PDF_PATH = REPORTS / "bao-cao-chinh-tri-kien-xuong-2020-2025.pdf"
HTML_KEY = "guidance/" + HTML_PATH.name
DOCX_KEY = "guidance/" + DOCX_PATH.name
PDF_KEY = "reports/" + PDF_PATH.name
SEED = 1701
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = dt.datetime(2024, 7, 18, 8, 0, 0)
ZIP_TIME = (2024, 7, 18, 8, 0, 0)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# =====================================================================================================
# (a) The saved portal page
# =====================================================================================================
ART_TITLE = (
    "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ "
    "3 huyện Hưng Hà, Quỳnh Phụ, Tiền Hải"
)
ART_SAPO = (
    "(TBO) - Chiều 14/10, đồng chí Trần Quang Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh "
    "chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội đại "
    "biểu Đảng bộ các huyện Hưng Hà, Quỳnh Phụ, Tiền Hải nhiệm kỳ 2025 - 2030."
)
ART_CAPTION = (
    "Đồng chí Trần Quang Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu kết luận "
    "hội nghị. Ảnh: Đức Anh"
)
ART_PARAS = [
    "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; lãnh đạo các ban xây dựng Đảng và Văn "
    "phòng Tỉnh ủy; các đồng chí bí thư, phó bí thư và thành viên tiểu ban văn kiện của ba huyện.",

    "Tại hội nghị, đại diện Ban Thường vụ các huyện ủy đã báo cáo tóm tắt quá trình xây dựng dự thảo. "
    "Theo đó, các dự thảo được chuẩn bị công phu, qua nhiều lần lấy ý kiến của các tổ chức cơ sở đảng, "
    "các phòng, ban chuyên môn và đội ngũ cán bộ chủ chốt của huyện. Đây là ba đảng bộ đầu tiên của tỉnh "
    "hoàn thành dự thảo báo cáo chính trị lần thứ nhất. Các đại biểu dự hội nghị đã tập trung thảo luận, "
    "góp ý thẳng thắn vào bố cục, nội dung và số liệu của từng dự thảo.",

    "Phát biểu kết luận hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận, đánh giá cao sự chủ "
    "động, tích cực của Ban Thường vụ các huyện ủy trong công tác chuẩn bị văn kiện. Các dự thảo cơ bản "
    "bám sát Kế hoạch số 52-KH/TU của Ban Thường vụ Tỉnh ủy, có bố cục hợp lý, đánh giá tương đối toàn "
    "diện các lĩnh vực, nhiều nội dung đã thể hiện được dấu ấn riêng của từng địa phương.",

    "Để hoàn thiện dự thảo, đồng chí đề nghị các huyện tiếp tục rà soát, cập nhật số liệu đến hết tháng "
    "9/2024 và ước thực hiện đến hết năm 2025; đối chiếu từng chỉ tiêu với Nghị quyết đại hội nhiệm kỳ "
    "2020 - 2025 để chỉ rõ chỉ tiêu nào đạt, vượt, chỉ tiêu nào không đạt và lý do. Phần hạn chế, yếu kém "
    "phải được nhìn nhận thẳng thắn, phân tích sâu nguyên nhân chủ quan, gắn với trách nhiệm của cấp ủy, "
    "người đứng đầu; bài học kinh nghiệm cần được đúc rút từ chính thực tiễn lãnh đạo của địa phương, "
    "tránh nêu chung chung, có thể áp dụng cho bất cứ đơn vị nào.",

    "Về phương hướng nhiệm kỳ 2025 - 2030, các huyện cần bám sát Quy hoạch tỉnh Thái Bình thời kỳ 2021 - "
    "2030, tầm nhìn đến năm 2050 và quy hoạch xây dựng vùng huyện đã được phê duyệt; hệ thống chỉ tiêu "
    "phải vừa có tính khả thi, vừa thể hiện quyết tâm cao; lựa chọn các khâu đột phá trúng, đúng, có trọng "
    "tâm, không dàn trải. Báo cáo không nhất thiết phải liệt kê lại toàn bộ số liệu của các năm trong "
    "nhiệm kỳ.",

    "Đối với dự thảo báo cáo chính trị của huyện Hưng Hà, Ban Thường vụ Tỉnh ủy đề nghị bổ sung đánh giá "
    "hiệu quả khai thác các cụm công nghiệp trên địa bàn, làm rõ nguyên nhân một số cụm công nghiệp lấp "
    "đầy chậm; phân tích sâu hơn tiềm năng phát triển du lịch văn hóa tâm linh gắn với Khu di tích lịch "
    "sử văn hóa thời Trần. Dự thảo cần có giải pháp cụ thể để phát triển hai thị trấn Hưng Hà, Hưng Nhân "
    "theo hướng văn minh, hiện đại, phấn đấu đạt tiêu chí đô thị loại IV trước năm 2030.",

    "Về công tác xây dựng Đảng, huyện cần đánh giá rõ hơn kết quả kết nạp đảng viên, nhất là tại các doanh "
    "nghiệp ngoài khu vực nhà nước; làm rõ việc củng cố, kiện toàn những tổ chức cơ sở đảng nhiều năm liền "
    "không hoàn thành nhiệm vụ.",

    "Góp ý vào dự thảo của huyện Quỳnh Phụ, các ý kiến thống nhất cho rằng dự thảo đã phản ánh khá đầy đủ "
    "kết quả phát triển kinh tế - xã hội của huyện trong nhiệm kỳ, nhất là trong sản xuất nông nghiệp hàng "
    "hóa và xây dựng nông thôn mới nâng cao. Tuy nhiên, Ban Thường vụ Tỉnh ủy đề nghị huyện làm rõ nguyên "
    "nhân chỉ tiêu thu ngân sách trên địa bàn không đạt Nghị quyết; bổ sung đánh giá tình trạng ô nhiễm "
    "môi trường tại các làng nghề và trong chăn nuôi tập trung.",

    "Khâu đột phá về kết cấu hạ tầng cần gắn với việc khai thác tuyến đường kết nối từ trung tâm huyện "
    "đến cao tốc Hà Nội - Hải Phòng và các khu công nghiệp lân cận. Cùng với đó, dự thảo cần bổ sung giải "
    "pháp nâng cao chất lượng nguồn nhân lực, chuyển dịch lao động nông thôn sang khu vực công nghiệp, "
    "dịch vụ.",

    "Tiền Hải là huyện ven biển, phía bắc giáp huyện Thái Thụy qua sông Trà Lý, phía tây giáp huyện Kiến "
    "Xương, là nơi có Khu kinh tế Thái Bình và mỏ khí được khai thác từ nhiều năm nay. Ban Thường vụ Tỉnh "
    "ủy đề nghị dự thảo của Tiền Hải đánh giá sâu hơn tác động của Khu kinh tế Thái Bình đối với chuyển "
    "dịch cơ cấu kinh tế và lao động của huyện; bổ sung nội dung về phát triển kinh tế biển, bảo vệ rừng "
    "ngập mặn ven biển, chủ động ứng phó với biến đổi khí hậu, nước biển dâng.",

    "Đồng thời, huyện cần làm rõ kết quả giải phóng mặt bằng phục vụ các dự án trọng điểm, việc giải quyết "
    "việc làm cho người dân bị thu hồi đất sản xuất, và đề ra giải pháp phối hợp với các huyện lân cận "
    "trong kết nối hạ tầng giao thông vùng ven biển.",

    "Trước khi bế mạc hội nghị, đồng chí Trần Quang Bình yêu cầu Ban Thường vụ các huyện ủy Hưng Hà, Quỳnh "
    "Phụ, Tiền Hải tiếp thu đầy đủ ý kiến góp ý, hoàn chỉnh dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Văn "
    "phòng Tỉnh ủy) trước ngày 15/11/2024; sau đó tổ chức lấy ý kiến rộng rãi của cán bộ, đảng viên và "
    "Nhân dân theo đúng hướng dẫn. Báo cáo chính trị cần bảo đảm văn phong ngắn gọn, súc tích, dễ hiểu, "
    "dễ nhớ, dễ thực hiện, thể hiện được khát vọng phát triển của mỗi địa phương trong giai đoạn mới.",

    "Cũng trong chiều 14/10, Ban Thường vụ Tỉnh ủy đã cho ý kiến về phương án nhân sự cấp ủy khóa mới của "
    "một số đảng bộ trực thuộc Tỉnh ủy.",
]
MENU = [
    "Trang chủ", "Tin tức - Sự kiện", "Xây dựng Đảng", "Chính trị", "Kinh tế", "Văn hóa - Xã hội",
    "Quốc phòng - An ninh", "Đại hội Đảng các cấp", "Văn bản", "Tư liệu - Văn kiện", "Liên hệ",
]
RELATED = [
    ("huong-dan-xay-dung-bao-cao-chinh-tri-dai-hoi-co-so-2025-2030",
     "Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030"),
    ("ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-dong-hung-vu-thu",
     "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ huyện Đông "
     "Hưng, Vũ Thư"),
    ("kien-xuong-tong-ket-5-nam-thuc-hien-cac-khau-dot-pha",
     "Kiến Xương: Tổng kết 5 năm thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025"),
    ("thai-thuy-lay-y-kien-nhan-dan-vao-du-thao-van-kien",
     "Thái Thụy lấy ý kiến đóng góp của Nhân dân vào dự thảo văn kiện đại hội"),
    ("hoi-nghi-tinh-uy-lan-thu-25",
     "Hội nghị Tỉnh ủy lần thứ 25 cho ý kiến về kế hoạch chuẩn bị đại hội đảng bộ cấp huyện"),
]
MOST_READ = [
    ("thanh-pho-thai-binh-xay-dung-do-thi-thong-minh",
     "Thành phố Thái Bình: Xây dựng đô thị thông minh, phát triển bền vững"),
    ("tien-hai-phat-trien-kinh-te-bien-gan-voi-bao-ve-rung-ngap-man",
     "Tiền Hải phát triển kinh tế biển gắn với bảo vệ rừng ngập mặn"),
    ("hung-ha-khai-thac-tiem-nang-du-lich-van-hoa-tam-linh",
     "Hưng Hà: Khai thác tiềm năng du lịch văn hóa tâm linh"),
    ("quynh-phu-khac-phuc-o-nhiem-moi-truong-lang-nghe",
     "Quỳnh Phụ nỗ lực khắc phục ô nhiễm môi trường làng nghề"),
    ("vu-thu-day-manh-chuyen-doi-so-trong-cai-cach-hanh-chinh",
     "Vũ Thư đẩy mạnh chuyển đổi số trong cải cách hành chính"),
]
BANNER_NAME = "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH THÁI BÌNH"
BANNER_SUB = "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình"
BANNER_DATE = "Kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh Thái Bình (1930 - 2025)"
ART_DATE = "Thứ Ba, 15/10/2024 - 09:12"
ART_AUTHOR = "Minh Thu - Đức Anh"
FOOTER = [
    "Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Thái Bình",
    "Chịu trách nhiệm chính: Chánh Văn phòng Tỉnh ủy",
    "Địa chỉ: Số 76 đường Lê Lợi, phường Lê Hồng Phong, thành phố Thái Bình, tỉnh Thái Bình",
    "Điện thoại: 0227.3831.576 - Fax: 0227.3831.579 - Email: bbt.cttdt@thaibinh.dcs.vn",
    "© Bản quyền thuộc Cổng thông tin điện tử Đảng bộ tỉnh Thái Bình. Ghi rõ nguồn khi phát hành lại "
    "thông tin từ website này.",
]
URL = ("https://thaibinh.dcs.vn/tin-tuc/xay-dung-dang/"
       "ban-thuong-vu-tinh-uy-cho-y-kien-vao-du-thao-bao-cao-chinh-tri-3-huyen-28174.html")


def make_html(path: Path) -> None:
    def li_links(items, prefix):
        return "\n".join(
            f'            <li><a href="https://thaibinh.dcs.vn/tin-tuc/{prefix}/{slug}.html">{title}</a></li>'
            for slug, title in items
        )

    menu = "\n".join(
        f'          <li class="menu-item{" active" if m == "Đại hội Đảng các cấp" else ""}">'
        f'<a href="https://thaibinh.dcs.vn/{i}">{m}</a></li>'
        for i, m in enumerate(MENU)
    )
    paras = "\n".join(f'          <p style="text-align: justify;">{p}</p>' for p in ART_PARAS)
    footer = "\n".join(f"        <p>{f}</p>" for f in FOOTER)
    html = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{ART_TITLE} - Cổng thông tin điện tử Đảng bộ tỉnh Thái Bình</title>
  <meta name="description" content="Chiều 14/10, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ các huyện Hưng Hà, Quỳnh Phụ, Tiền Hải nhiệm kỳ 2025 - 2030.">
  <meta name="keywords" content="Đại hội Đảng bộ, báo cáo chính trị, nhiệm kỳ 2025 - 2030, Hưng Hà, Quỳnh Phụ, Tiền Hải">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{ART_TITLE}">
  <meta property="og:url" content="{URL}">
  <meta property="og:image" content="https://thaibinh.dcs.vn/uploads/2024/10/14/btv-tu-cho-y-kien-3-huyen.jpg">
  <meta property="article:published_time" content="2024-10-15T09:12:00+07:00">
  <link rel="stylesheet" href="./ban-thuong-vu-tinh-uy-cho-y-kien_files/style.min.css">
  <link rel="shortcut icon" href="./ban-thuong-vu-tinh-uy-cho-y-kien_files/favicon.ico">
  <style>
    .banner {{ background: #b3070d url(./ban-thuong-vu-tinh-uy-cho-y-kien_files/trongdong.png) no-repeat right; color: #ffde00; }}
    .banner h1 {{ font-size: 26px; margin: 0; }} .article-body p {{ line-height: 1.6; }}
    .share a {{ display: inline-block; margin-right: 6px; }}
  </style>
  <script async src="./ban-thuong-vu-tinh-uy-cho-y-kien_files/gtag.js"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-TBDCS2024');</script>
</head>
<body class="page-article">
  <div id="wrapper">
    <header>
      <div class="topbar"><span class="today">Thứ Ba, ngày 15/10/2024</span> <a href="https://thaibinh.dcs.vn/dang-nhap">Đăng nhập</a> | <a href="https://thaibinh.dcs.vn/so-do-cong">Sơ đồ cổng</a> | <a href="https://thaibinh.dcs.vn/rss">RSS</a></div>
      <div class="banner">
        <img src="./ban-thuong-vu-tinh-uy-cho-y-kien_files/logo-dang.png" alt="Logo Đảng Cộng sản Việt Nam" width="90" height="90">
        <div class="banner-text">
          <h1>{BANNER_NAME}</h1>
          <div class="sub">{BANNER_SUB}</div>
        </div>
        <div class="banner-event">{BANNER_DATE}</div>
      </div>
      <nav class="main-menu">
        <ul>
{menu}
        </ul>
        <form class="search" action="https://thaibinh.dcs.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
      </nav>
    </header>
    <div class="container">
      <div class="breadcrumb"><a href="https://thaibinh.dcs.vn/">Trang chủ</a> › <a href="https://thaibinh.dcs.vn/tin-tuc/xay-dung-dang">Xây dựng Đảng</a> › <a href="https://thaibinh.dcs.vn/tin-tuc/dai-hoi-dang">Đại hội Đảng các cấp</a></div>
      <main class="col-main">
        <article class="article-detail">
          <div class="article-meta"><span class="date">{ART_DATE}</span></div>
          <h2 class="article-title">{ART_TITLE}</h2>
          <div class="article-sapo"><strong>{ART_SAPO}</strong></div>
          <div class="article-body">
          <figure class="image" style="text-align: center;">
            <img src="./ban-thuong-vu-tinh-uy-cho-y-kien_files/btv-tu-cho-y-kien-3-huyen.jpg" alt="Hội nghị Ban Thường vụ Tỉnh ủy" width="680">
            <figcaption><em>{ART_CAPTION}</em></figcaption>
          </figure>
{paras}
          <p style="text-align: right;"><strong>{ART_AUTHOR}</strong></p>
          </div>
          <div class="article-tags">Từ khóa: <a href="https://thaibinh.dcs.vn/tag/dai-hoi-dang-bo">Đại hội Đảng bộ</a>, <a href="https://thaibinh.dcs.vn/tag/bao-cao-chinh-tri">báo cáo chính trị</a>, <a href="https://thaibinh.dcs.vn/tag/nhiem-ky-2025-2030">nhiệm kỳ 2025 - 2030</a></div>
          <div class="article-tools">
            <div class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={URL}">Facebook</a> <a href="https://zalo.me/share?u={URL}">Zalo</a> <a href="https://twitter.com/intent/tweet?url={URL}">Twitter</a> <a href="mailto:?subject=Tin%20bai">Gửi email</a></div>
            <div class="print"><a href="javascript:window.print()">In bài viết</a> | <a href="#top">Về đầu trang</a> | <span class="views">Lượt xem: 1.284</span></div>
          </div>
        </article>
        <section class="box related">
          <h3>Tin liên quan</h3>
          <ul>
{li_links(RELATED, "xay-dung-dang")}
          </ul>
        </section>
      </main>
      <aside class="col-right">
        <section class="box most-read">
          <h3>Tin đọc nhiều</h3>
          <ul>
{li_links(MOST_READ, "kinh-te-xa-hoi")}
          </ul>
        </section>
        <section class="box links">
          <h3>Liên kết website</h3>
          <ul><li><a href="https://dangcongsan.vn/">Báo điện tử Đảng Cộng sản Việt Nam</a></li><li><a href="https://thaibinh.gov.vn/">Cổng thông tin điện tử tỉnh Thái Bình</a></li></ul>
        </section>
      </aside>
    </div>
    <footer>
      <div class="footer-inner">
{footer}
      </div>
    </footer>
  </div>
  <script src="./ban-thuong-vu-tinh-uy-cho-y-kien_files/jquery.min.js"></script>
  <script src="./ban-thuong-vu-tinh-uy-cho-y-kien_files/main.js"></script>
</body></html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(html), encoding="utf-8")


# =====================================================================================================
# (b) Kế hoạch số 52-KH/TU (Word). Kinds: title, sub, c (centred bold), h1 (roman), h2 (numbered,
# bold), h3 (lettered, bold italic), p (justified, indented), TABLE.
# =====================================================================================================
PLAN_LEFT = [("TỈNH ỦY THÁI BÌNH", True, False), ("*", False, False), ("Số 52-KH/TU", False, False)]
PLAN_RIGHT = [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", True, False),
    ("", False, False),
    ("Thái Bình, ngày 18 tháng 7 năm 2024", False, True),
]
PLAN_BODY: list[tuple[str, str]] = [
    ("title", "KẾ HOẠCH"),
    ("sub", "chuẩn bị văn kiện và tổ chức đại hội đảng bộ các huyện, thành phố, nhiệm kỳ 2025 - 2030"),
    ("c", "-----"),
    ("p", "Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến "
          "tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; căn cứ hướng dẫn của Ban Tổ chức Trung ương "
          "và Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch chuẩn bị văn kiện và tổ "
          "chức đại hội đảng bộ các huyện, thành phố (sau đây gọi chung là đảng bộ cấp huyện), nhiệm kỳ "
          "2025 - 2030 như sau:"),
    ("p", "Nhiệm kỳ 2020 - 2025, các đảng bộ cấp huyện trong tỉnh đã lãnh đạo thực hiện đạt và vượt phần "
          "lớn các chỉ tiêu nghị quyết đại hội đề ra; kinh tế - xã hội có bước phát triển khá, diện mạo đô "
          "thị và nông thôn có nhiều khởi sắc. Tuy vậy, qua theo dõi của Ban Thường vụ Tỉnh ủy, một số đảng "
          "bộ còn lúng túng trong việc xác định khâu đột phá, chất lượng văn kiện đại hội ở một số nơi chưa "
          "cao, phần đánh giá còn nặng về liệt kê."),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tổ chức tốt đại hội đảng bộ cấp huyện nhằm đánh giá khách quan, toàn diện kết quả thực hiện "
          "nghị quyết đại hội nhiệm kỳ 2020 - 2025; xác định phương hướng, mục tiêu, nhiệm vụ, giải pháp "
          "nhiệm kỳ 2025 - 2030 phù hợp với thực tiễn từng địa phương; bầu ra ban chấp hành có đủ phẩm chất, "
          "năng lực, uy tín, đáp ứng yêu cầu lãnh đạo trong giai đoạn mới."),
    ("p", "2. Công tác chuẩn bị đại hội phải được tiến hành chặt chẽ, dân chủ, đúng nguyên tắc, quy định của "
          "Đảng; phát huy trí tuệ của cán bộ, đảng viên và Nhân dân; gắn với việc thực hiện nhiệm vụ chính "
          "trị của địa phương, không để ảnh hưởng đến hoạt động bình thường của cơ quan, đơn vị."),
    ("p", "3. Văn kiện đại hội phải bảo đảm chất lượng, thể hiện được tầm nhìn và khát vọng phát triển của "
          "địa phương; các mục tiêu, chỉ tiêu, nhiệm vụ đề ra phải cụ thể hóa được nghị quyết đại hội Đảng "
          "bộ tỉnh lần thứ XXI và phù hợp với khả năng huy động nguồn lực."),
    ("h1", "II. NỘI DUNG CHUẨN BỊ VĂN KIỆN"),
    ("h2", "1. Thành lập tiểu ban văn kiện"),
    ("p", "Ban Thường vụ các huyện ủy, thành ủy thành lập Tiểu ban Văn kiện đại hội, hoàn thành trước ngày "
          "15/8/2024. Tiểu ban Văn kiện do đồng chí Bí thư huyện ủy, thành ủy làm Trưởng tiểu ban; thành "
          "viên gồm một số đồng chí ủy viên ban thường vụ, trưởng các ban xây dựng Đảng, lãnh đạo ủy ban "
          "nhân dân và một số cán bộ có kinh nghiệm tổng hợp, nghiên cứu. Giúp việc Tiểu ban có tổ biên tập "
          "do đồng chí Trưởng Ban Tuyên giáo huyện ủy, thành ủy làm tổ trưởng."),
    ("h2", "2. Báo cáo chính trị"),
    ("h3", "a) Yêu cầu chung"),
    ("p", "- Báo cáo chính trị phải đánh giá đúng thực trạng, khách quan, trung thực kết quả thực hiện Nghị "
          "quyết đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025; nói rõ cái được, cái chưa được, không tô hồng, "
          "không né tránh."),
    ("p", "- Dung lượng báo cáo chính trị không quá 25 trang khổ A4 (không kể phụ lục), phông chữ Times New "
          "Roman, cỡ chữ 14. Bản tóm tắt báo cáo chính trị dùng để trình bày tại đại hội có dung lượng không "
          "quá mười hai trang, thời gian trình bày không quá bốn mươi phút."),
    ("p", "- Báo cáo không cần trình bày chi tiết kết quả của từng xã, phường, thị trấn và từng ngành, lĩnh "
          "vực. Những số liệu cần thiết, bảng biểu thống kê đưa vào phụ lục kèm theo báo cáo."),
    ("p", "- Ngôn ngữ trong sáng, ngắn gọn, dễ hiểu. Số liệu trong báo cáo phải chính xác, thống nhất với số "
          "liệu do cơ quan thống kê cung cấp."),
    ("h3", "b) Bố cục và nội dung chủ yếu"),
    ("p", "Báo cáo chính trị gồm hai phần:"),
    ("p", "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025. "
          "Phần này tập trung vào các nội dung sau:"),
    ("p", "- Đánh giá kết quả đạt được trên các lĩnh vực: phát triển kinh tế; văn hóa - xã hội; quốc phòng, "
          "an ninh; xây dựng Đảng và hệ thống chính trị, có so sánh với chỉ tiêu Nghị quyết và với nhiệm kỳ "
          "trước."),
    ("p", "- Đánh giá kết quả thực hiện các khâu đột phá, các chương trình, đề án trọng tâm của nhiệm kỳ."),
    ("p", "- Đánh giá kết quả sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 và việc ổn định tổ "
          "chức bộ máy sau sắp xếp."),
    ("p", "- Chỉ rõ hạn chế, yếu kém, phân tích nguyên nhân khách quan, chủ quan; làm rõ trách nhiệm của tập "
          "thể, cá nhân, nhất là người đứng đầu cấp ủy, chính quyền."),
    ("p", "- Rút ra từ 3 đến 5 bài học kinh nghiệm sát với thực tiễn lãnh đạo, chỉ đạo của địa phương."),
    ("p", "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ, giải pháp nhiệm kỳ 2025 - 2030, gồm:"),
    ("p", "- Dự báo bối cảnh, thời cơ, thuận lợi, khó khăn, thách thức tác động đến sự phát triển của địa "
          "phương trong 5 năm tới."),
    ("p", "- Xác định rõ mục tiêu tổng quát, các chỉ tiêu chủ yếu (khoảng 15 đến 20 chỉ tiêu), trong đó có "
          "chỉ tiêu về kinh tế, văn hóa - xã hội, môi trường và xây dựng Đảng."),
    ("p", "- Lựa chọn từ 2 đến 3 khâu đột phá, gắn với tiềm năng, lợi thế và những điểm nghẽn cần tháo gỡ "
          "của địa phương."),
    ("p", "- Nhiệm vụ, giải pháp phải cụ thể, khả thi, có trọng tâm, trọng điểm, gắn với việc thực hiện Quy "
          "hoạch tỉnh Thái Bình thời kỳ 2021 - 2030, tầm nhìn đến năm 2050."),
    ("p", "- Có nội dung về chuyển đổi số, phát triển kinh tế số và xây dựng chính quyền số ở cấp huyện, cấp "
          "xã."),
    ("h3", "c) Một số nội dung đặc thù"),
    ("p", "- Báo cáo chính trị của Đảng bộ thành phố Thái Bình cần làm rõ vai trò đô thị trung tâm của tỉnh; "
          "định hướng xây dựng đô thị thông minh, mở rộng không gian phát triển đô thị và nâng cao chất "
          "lượng các dịch vụ đô thị."),
    ("p", "- Báo cáo chính trị của các huyện ven biển Thái Thụy, Tiền Hải phải có nội dung riêng về phát "
          "triển kinh tế biển, nuôi trồng và khai thác thủy sản, phòng, chống thiên tai, ứng phó với biến "
          "đổi khí hậu gắn với phát triển Khu kinh tế Thái Bình."),
    ("p", "- Các huyện có khu, cụm công nghiệp mới được thành lập trong nhiệm kỳ cần đánh giá tác động của "
          "việc phát triển các khu, cụm công nghiệp đến lao động, việc làm và môi trường."),
    ("h2", "3. Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành"),
    ("p", "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ huyện được xây dựng thành văn "
          "bản riêng, trình đại hội thảo luận, góp ý. Không đưa nội dung kiểm điểm của Ban Chấp hành vào "
          "báo cáo chính trị."),
    ("h2", "4. Lấy ý kiến đóng góp vào dự thảo báo cáo chính trị"),
    ("p", "Dự thảo báo cáo chính trị sau khi được Ban Thường vụ Tỉnh ủy cho ý kiến phải được gửi lấy ý kiến "
          "các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp, các đồng "
          "chí nguyên lãnh đạo huyện qua các thời kỳ."),
    ("p", "Ban Thường vụ các huyện ủy, thành ủy chỉ đạo đăng tải toàn văn dự thảo trên trang thông tin điện "
          "tử của huyện, thành phố trong thời gian ít nhất ba mươi ngày để cán bộ, đảng viên và Nhân dân "
          "góp ý."),
    ("p", "Ban Thường vụ Tỉnh ủy giao Đảng bộ huyện Đông Hưng và Đảng bộ huyện Vũ Thư thí điểm tổ chức lấy "
          "ý kiến Nhân dân vào dự thảo báo cáo chính trị trên nền tảng số, thông qua ứng dụng công dân số "
          "của tỉnh; kết quả thí điểm báo cáo về Ban Tuyên giáo Tỉnh ủy để rút kinh nghiệm."),
    ("p", "Việc tiếp thu, giải trình ý kiến góp ý phải được tổng hợp thành văn bản, báo cáo Ban Thường vụ "
          "Tỉnh ủy trước khi trình đại hội."),
    ("h1", "III. TỔ CHỨC ĐẠI HỘI"),
    ("p", "1. Ban Thường vụ Tỉnh ủy chọn Đảng bộ huyện Hưng Hà và Đảng bộ huyện Tiền Hải tổ chức đại hội "
          "điểm, hoàn thành trước ngày 30/4/2025 để rút kinh nghiệm chỉ đạo chung. Các đảng bộ cấp huyện "
          "còn lại tổ chức đại hội xong trước ngày 30/6/2025."),
    ("p", "2. Thời gian tổ chức đại hội không quá hai ngày (kể cả phiên trù bị). Đại hội được tổ chức trang "
          "trọng, tiết kiệm, không phô trương, hình thức."),
    ("p", "3. Công tác nhân sự thực hiện theo hướng dẫn riêng của Ban Tổ chức Tỉnh ủy."),
    ("h1", "IV. TIẾN ĐỘ THỰC HIỆN"),
    ("p", "Các nhiệm vụ chủ yếu, cơ quan chủ trì và thời gian hoàn thành như sau:"),
    ("TABLE", ""),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn công tác nhân sự; "
          "theo dõi, đôn đốc việc thực hiện Kế hoạch này, định kỳ báo cáo Ban Thường vụ Tỉnh ủy."),
    ("p", "2. Ban Tuyên giáo Tỉnh ủy chủ trì thẩm định dự thảo báo cáo chính trị của các đảng bộ cấp huyện; "
          "định hướng công tác tuyên truyền trước, trong và sau đại hội."),
    ("p", "3. Văn phòng Tỉnh ủy tiếp nhận dự thảo văn kiện, bố trí lịch làm việc để Ban Thường vụ Tỉnh ủy "
          "cho ý kiến; bảo đảm các điều kiện phục vụ."),
    ("p", "4. Ủy ban Kiểm tra Tỉnh ủy chủ trì giải quyết đơn thư khiếu nại, tố cáo liên quan đến đại hội "
          "theo thẩm quyền."),
    ("p", "5. Ban Thường vụ các huyện ủy, thành ủy căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của địa "
          "phương, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) trước ngày 10/8/2024. Trong quá "
          "trình thực hiện, nếu có vướng mắc, các đảng bộ kịp thời phản ánh về Ban Thường vụ Tỉnh ủy (qua "
          "Ban Tổ chức Tỉnh ủy) để được hướng dẫn."),
]
PLAN_TABLE = [
    ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
    ("1", "Thành lập Tiểu ban Văn kiện, Tiểu ban Nhân sự, Tiểu ban Tổ chức phục vụ đại hội",
     "Ban Thường vụ các huyện ủy, thành ủy", "Trước ngày 15/8/2024"),
    ("2", "Xây dựng đề cương chi tiết báo cáo chính trị", "Tiểu ban Văn kiện cấp huyện", "Trước ngày 15/9/2024"),
    ("3", "Gửi dự thảo báo cáo chính trị (lần 1) xin ý kiến Ban Thường vụ Tỉnh ủy",
     "Ban Thường vụ các huyện ủy, thành ủy",
     "Đảng bộ tổ chức đại hội điểm: trước ngày 30/9/2024; các đảng bộ còn lại: chậm nhất ngày 31/12/2024"),
    ("4", "Thẩm định dự thảo báo cáo chính trị, tổng hợp ý kiến trình Ban Thường vụ Tỉnh ủy",
     "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy",
     "Trong thời hạn 15 ngày kể từ ngày nhận đủ dự thảo"),
    ("5", "Lấy ý kiến đóng góp của cán bộ, đảng viên và Nhân dân vào dự thảo báo cáo chính trị",
     "Ban Thường vụ các huyện ủy, thành ủy",
     "Tháng 01 - 02/2025 (đảng bộ tổ chức đại hội điểm: tháng 11 - 12/2024)"),
    ("6", "Hoàn chỉnh dự thảo báo cáo chính trị, gửi Ban Thường vụ Tỉnh ủy trước khi trình đại hội",
     "Tiểu ban Văn kiện cấp huyện", "Chậm nhất 20 ngày trước ngày khai mạc đại hội"),
    ("7", "Tổ chức đại hội điểm", "Đảng bộ huyện Hưng Hà, Đảng bộ huyện Tiền Hải", "Hoàn thành trước ngày 30/4/2025"),
    ("8", "Tổ chức đại hội các đảng bộ cấp huyện còn lại", "Ban Thường vụ các huyện ủy, thành ủy",
     "Hoàn thành trước ngày 30/6/2025"),
    ("9", "Báo cáo kết quả đại hội về Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)",
     "Ban Thường vụ huyện ủy, thành ủy khóa mới", "Chậm nhất mười ngày sau khi kết thúc đại hội"),
]
PLAN_NOI_NHAN = [
    ("Nơi nhận:", True, True),
    "- Ban Tổ chức Trung ương,",
    "- Ban Tuyên giáo Trung ương, (để báo cáo)",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Các huyện ủy, thành ủy,",
    "- Các ban, Văn phòng, UBKT Tỉnh ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
]
PLAN_SIGNER = [
    ("T/M BAN THƯỜNG VỤ", True, False),
    ("BÍ THƯ", True, False),
    ("", False, False),
    ("(đã ký)", False, True),
    ("", False, False),
    ("Phạm Văn Nghiêm", True, False),
]


def _setup(doc) -> None:
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)


def _stacked_cell(cell, lines, size=13, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = align
    for i, item in enumerate(lines):
        text, bold, italic = item if isinstance(item, tuple) else (item, False, False)
        run = p.add_run(nfc(text))
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def make_docx(path: Path) -> None:
    doc = Document()
    _setup(doc)
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    _stacked_cell(head.cell(0, 0), PLAN_LEFT)
    _stacked_cell(head.cell(0, 1), PLAN_RIGHT)
    doc.add_paragraph("")
    for kind, text in PLAN_BODY:
        if kind == "TABLE":
            t = doc.add_table(rows=len(PLAN_TABLE), cols=4)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(PLAN_TABLE):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = nfc(val)
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(12)
                        run.bold = r == 0
            continue
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind == "title":
            run.bold = True
            run.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("sub", "c"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2"):
            run.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        elif kind == "h3":
            run.bold = run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    _stacked_cell(tail.cell(0, 0), PLAN_NOI_NHAN, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    _stacked_cell(tail.cell(0, 1), PLAN_SIGNER)

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Văn phòng Tỉnh ủy"
    cp.title = "Kế hoạch chuẩn bị văn kiện và tổ chức đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030"
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# =====================================================================================================
# (c) Past political report of Kiến Xương (PDF). Kinds: part, h1, h2, h3, p, item, space.
# The district is named in the title block only; the body says "huyện", "Đảng bộ", "toàn huyện".
# =====================================================================================================
REPORT_TITLE_BLOCK = [("ĐẢNG BỘ TỈNH THÁI BÌNH", 12), ("HUYỆN ỦY KIẾN XƯƠNG", 12)]
REPORT_TITLE = "BÁO CÁO CHÍNH TRỊ"
REPORT_SUBTITLE = (
    "của Ban Chấp hành Đảng bộ huyện khóa XXV trình Đại hội đại biểu Đảng bộ huyện Kiến Xương lần thứ "
    "XXVI, nhiệm kỳ 2020 - 2025"
)
REPORT_MOTTO = (
    "ĐOÀN KẾT - DÂN CHỦ - KỶ CƯƠNG - ĐỔI MỚI, XÂY DỰNG HUYỆN PHÁT TRIỂN NHANH, BỀN VỮNG, "
    "TIẾN TỚI TRỞ THÀNH THỊ XÃ"
)
RUNNING_HEADER = "Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXVI"
REPORT: list[tuple[str, str]] = [
    ("p", "Đại hội đại biểu Đảng bộ huyện lần thứ XXVI được tổ chức trong bối cảnh cả nước đang ra sức thực "
          "hiện thắng lợi Nghị quyết Đại hội XII của Đảng, vừa phòng, chống dịch bệnh COVID-19, vừa duy trì "
          "sản xuất, kinh doanh. Đại hội có nhiệm vụ đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ "
          "XXV, nhiệm kỳ 2015 - 2020; rút ra những bài học kinh nghiệm; xác định phương hướng, mục tiêu, "
          "nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025; bầu Ban Chấp hành Đảng bộ huyện khóa XXVI và bầu "
          "đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XX."),
    ("part", "PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XXV, NHIỆM KỲ 2015 - 2020"),
    ("h1", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    ("p", "Năm năm qua, trong điều kiện còn nhiều khó khăn, Đảng bộ, chính quyền và Nhân dân trong huyện đã "
          "đoàn kết, nỗ lực vượt bậc, đạt được những kết quả quan trọng, khá toàn diện. Có 19/21 chỉ tiêu "
          "chủ yếu của Nghị quyết đạt và vượt; 02 chỉ tiêu chưa đạt là thu ngân sách nhà nước trên địa bàn "
          "và tỷ lệ đô thị hóa."),
    ("h2", "1. Về phát triển kinh tế"),
    ("h3", "a) Tăng trưởng và chuyển dịch cơ cấu kinh tế"),
    ("p", "Tổng giá trị sản xuất (giá so sánh năm 2010) tăng bình quân 9,4%/năm, đạt chỉ tiêu Nghị quyết "
          "đề ra (9 - 10%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng nông nghiệp giảm từ 36,2% "
          "năm 2015 xuống còn 27,5% năm 2020; công nghiệp - xây dựng tăng lên 42,8%; dịch vụ chiếm 29,7%. "
          "Thu nhập bình quân đầu người năm 2020 đạt 52 triệu đồng, gấp 1,7 lần năm 2015."),
    ("h3", "b) Sản xuất nông nghiệp và xây dựng nông thôn mới"),
    ("p", "Sản xuất nông nghiệp phát triển theo hướng hàng hóa, ứng dụng công nghệ cao. Toàn huyện đã tích "
          "tụ, tập trung được 3.250 ha ruộng đất để hình thành 86 mô hình cánh đồng mẫu lớn, vùng sản xuất "
          "rau màu, cây dược liệu tập trung; tỷ lệ cơ giới hóa khâu làm đất và thu hoạch lúa đạt trên 95%. "
          "Giá trị sản xuất trên 1 ha đất canh tác năm 2020 đạt 138 triệu đồng, tăng 31 triệu đồng so với "
          "năm 2015. Chăn nuôi chuyển mạnh sang gia trại, trang trại xa khu dân cư; nuôi trồng thủy sản vùng "
          "bãi ven sông được mở rộng."),
    ("p", "Chương trình xây dựng nông thôn mới được triển khai sâu rộng, trở thành phong trào thi đua sôi "
          "nổi trong toàn Đảng bộ. Năm 2019, huyện được Thủ tướng Chính phủ công nhận đạt chuẩn huyện nông "
          "thôn mới; 100% số xã đạt chuẩn nông thôn mới, trong đó 8 xã đạt chuẩn nông thôn mới nâng cao. "
          "Nhân dân đã hiến trên 41.000 m² đất và đóng góp hơn 120 tỷ đồng xây dựng đường giao thông, nhà "
          "văn hóa, kênh mương nội đồng."),
    ("h3", "c) Công nghiệp, tiểu thủ công nghiệp và dịch vụ"),
    ("p", "Hạ tầng các cụm công nghiệp Vũ Quý, Thanh Tân, Trà Giang từng bước được hoàn thiện. Trong nhiệm "
          "kỳ đã thu hút 41 dự án đầu tư với tổng vốn đăng ký 2.960 tỷ đồng, giải quyết việc làm cho khoảng "
          "5.800 lao động. Giá trị sản xuất công nghiệp - xây dựng tăng bình quân 14,1%/năm. Các nghề thêu "
          "ren, mây tre đan xuất khẩu, đồ gỗ mỹ nghệ được duy trì và phát triển. Thương mại, dịch vụ có bước "
          "tăng trưởng khá; mạng lưới chợ nông thôn, cửa hàng tiện lợi được mở rộng; tổng mức bán lẻ hàng "
          "hóa và doanh thu dịch vụ tăng bình quân 11,6%/năm."),
    ("h3", "d) Tài chính, ngân sách và đầu tư xây dựng"),
    ("p", "Thu ngân sách nhà nước trên địa bàn năm 2020 ước đạt 315 tỷ đồng, tăng bình quân 8,7%/năm nhưng "
          "mới đạt 87% chỉ tiêu Nghị quyết; nguồn thu còn phụ thuộc lớn vào tiền sử dụng đất. Tổng vốn đầu "
          "tư toàn xã hội 5 năm đạt 9.450 tỷ đồng. Huyện đã hoàn thành nâng cấp các tuyến ĐT.458, ĐT.463, "
          "cứng hóa 312 km đường giao thông nông thôn; tỷ lệ đô thị hóa năm 2020 đạt 12,4%, chưa đạt chỉ "
          "tiêu 15% mà Nghị quyết đề ra."),
    ("h2", "2. Về văn hóa - xã hội"),
    ("p", "Chất lượng giáo dục toàn diện có chuyển biến; tỷ lệ trường đạt chuẩn quốc gia đạt 94%; kết quả "
          "thi vào lớp 10 trung học phổ thông công lập luôn nằm trong tốp đầu của tỉnh. Hệ thống y tế cơ sở "
          "được củng cố, 100% trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã; tỷ lệ người dân tham gia bảo "
          "hiểm y tế đạt 89,5%. Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" đạt nhiều kết "
          "quả; tỷ lệ gia đình văn hóa đạt 90,2%. Công tác giảm nghèo được quan tâm, tỷ lệ hộ nghèo giảm từ "
          "5,6% năm 2015 xuống còn 1,9% năm 2020; các chính sách đối với người có công, đối tượng bảo trợ "
          "xã hội được thực hiện đầy đủ, kịp thời."),
    ("h2", "3. Về quốc phòng, an ninh"),
    ("p", "Nhiệm vụ quốc phòng, quân sự địa phương được triển khai nghiêm túc; công tác tuyển quân hằng năm "
          "đạt 100% chỉ tiêu. Xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân vững "
          "chắc. Tình hình an ninh chính trị, trật tự, an toàn xã hội cơ bản ổn định; phong trào toàn dân "
          "bảo vệ an ninh Tổ quốc được đẩy mạnh; số vụ phạm pháp hình sự giảm 12% so với nhiệm kỳ trước."),
    ("h2", "4. Về xây dựng Đảng và hệ thống chính trị"),
    ("p", "Công tác giáo dục chính trị, tư tưởng được chú trọng; việc học tập và làm theo tư tưởng, đạo đức, "
          "phong cách Hồ Chí Minh gắn với thực hiện Nghị quyết Trung ương 4 khóa XII được triển khai thường "
          "xuyên. Tổ chức bộ máy được sắp xếp theo hướng tinh gọn; đã thực hiện hợp nhất Văn phòng Huyện ủy "
          "với Văn phòng HĐND và UBND theo chủ trương thí điểm của tỉnh; sáp nhập 6 xã để thành lập 3 xã mới, "
          "giảm từ 37 xuống còn 34 đơn vị hành chính cấp xã. Trong nhiệm kỳ đã kết nạp 1.138 đảng viên; hằng "
          "năm có trên 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."),
    ("p", "Việc thực hiện ba khâu đột phá của nhiệm kỳ 2015 - 2020 (đầu tư kết cấu hạ tầng giao thông; tích "
          "tụ ruộng đất phát triển nông nghiệp hàng hóa; cải cách hành chính) đạt kết quả tích cực, tạo "
          "động lực quan trọng cho phát triển kinh tế - xã hội. Mặt trận Tổ quốc và các đoàn thể chính trị "
          "- xã hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở."),
    ("h1", "II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN"),
    ("h2", "1. Hạn chế, yếu kém"),
    ("p", "- Tốc độ tăng trưởng kinh tế chưa tương xứng với tiềm năng; quy mô sản xuất công nghiệp còn nhỏ, "
          "các cụm công nghiệp lấp đầy chậm, chưa thu hút được dự án có quy mô lớn, công nghệ cao."),
    ("p", "- Thu ngân sách trên địa bàn không đạt chỉ tiêu, chưa bền vững, còn phụ thuộc nhiều vào nguồn thu "
          "từ đấu giá quyền sử dụng đất."),
    ("p", "- Quá trình đô thị hóa diễn ra chậm; công tác quy hoạch và quản lý quy hoạch xây dựng có mặt còn "
          "hạn chế; thị trấn huyện lỵ chưa đáp ứng tiêu chí đô thị loại IV."),
    ("p", "- Ô nhiễm môi trường nông thôn, nhất là rác thải sinh hoạt và chất thải chăn nuôi, chậm được khắc "
          "phục; việc thu gom, xử lý rác thải ở một số xã chưa đáp ứng yêu cầu."),
    ("p", "- Chất lượng nguồn nhân lực còn thấp; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ mới đạt "
          "24,5%. Năng lực lãnh đạo và sức chiến đấu của một số tổ chức cơ sở đảng chưa cao; một bộ phận cán "
          "bộ, đảng viên còn ngại khó, thiếu chủ động."),
    ("h2", "2. Nguyên nhân"),
    ("p", "Nguyên nhân khách quan: Xuất phát điểm của nền kinh tế thấp, nguồn lực đầu tư hạn chế; thiên tai, "
          "dịch bệnh trên cây trồng, vật nuôi, đặc biệt là dịch tả lợn châu Phi năm 2019 và dịch COVID-19 "
          "năm 2020 đã tác động tiêu cực đến sản xuất và đời sống."),
    ("p", "Nguyên nhân chủ quan: Một số cấp ủy, chính quyền chưa quyết liệt trong lãnh đạo, chỉ đạo; công tác "
          "xúc tiến đầu tư thiếu chủ động; việc phối hợp giữa các cơ quan chuyên môn có lúc chưa chặt chẽ. "
          "Vai trò nêu gương của người đứng đầu ở một số nơi chưa được phát huy đầy đủ."),
    ("h1", "III. BÀI HỌC KINH NGHIỆM"),
    ("p", "Một là, phải thường xuyên chăm lo xây dựng Đảng bộ trong sạch, vững mạnh; giữ vững sự đoàn kết, "
          "thống nhất trong Ban Chấp hành, trước hết là trong Ban Thường vụ, Thường trực Huyện ủy."),
    ("p", "Hai là, vận dụng sáng tạo chủ trương của cấp trên vào thực tiễn địa phương; xác định đúng và tập "
          "trung nguồn lực thực hiện các khâu đột phá, không dàn trải."),
    ("p", "Ba là, phát huy sức mạnh của Nhân dân, thực hiện tốt phương châm \"dân biết, dân bàn, dân làm, dân "
          "kiểm tra, dân giám sát, dân thụ hưởng\"; lấy sự hài lòng của người dân làm thước đo hiệu quả công "
          "việc."),
    ("p", "Bốn là, đề cao trách nhiệm nêu gương của người đứng đầu; gắn quyền hạn với trách nhiệm, nói đi đôi "
          "với làm."),
    ("p", "Năm là, kiên trì, quyết liệt trong chỉ đạo; tập trung giải quyết dứt điểm những vấn đề bức xúc, "
          "tồn đọng kéo dài ở cơ sở."),
    ("part", "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025"),
    ("h1", "I. MỤC TIÊU TỔNG QUÁT"),
    ("p", "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát huy sức mạnh đại đoàn kết toàn dân; "
          "khai thác có hiệu quả tiềm năng, lợi thế, nhất là lợi thế về vị trí địa lý và kết nối giao thông; "
          "đẩy mạnh phát triển công nghiệp, dịch vụ, nông nghiệp hàng hóa; xây dựng nông thôn mới nâng cao, "
          "kiểu mẫu; phấn đấu đến năm 2025 trở thành huyện có kinh tế phát triển khá của tỉnh, tạo tiền đề "
          "trở thành thị xã vào những năm tiếp theo."),
    ("h1", "II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025"),
    ("item", "1. Tốc độ tăng tổng giá trị sản xuất bình quân 10 - 11%/năm."),
    ("item", "2. Cơ cấu kinh tế năm 2025: nông nghiệp 18%; công nghiệp - xây dựng 52%; dịch vụ 30%."),
    ("item", "3. Thu nhập bình quân đầu người năm 2025 đạt 80 triệu đồng."),
    ("item", "4. Giá trị sản xuất trên 1 ha đất canh tác đạt 170 triệu đồng."),
    ("item", "5. Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm."),
    ("item", "6. Tổng vốn đầu tư toàn xã hội 5 năm đạt 16.000 tỷ đồng."),
    ("item", "7. Tỷ lệ đô thị hóa đạt 25%."),
    ("item", "8. Có 50% số xã đạt chuẩn nông thôn mới nâng cao, 10 xã đạt chuẩn nông thôn mới kiểu mẫu."),
    ("item", "9. Tỷ lệ hộ nghèo giảm xuống dưới 1%."),
    ("item", "10. Tỷ lệ lao động qua đào tạo đạt 75%."),
    ("item", "11. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%."),
    ("item", "12. 100% trường học đạt chuẩn quốc gia."),
    ("item", "13. 100% rác thải sinh hoạt được thu gom, xử lý."),
    ("item", "14. 100% dân số được sử dụng nước sạch theo quy chuẩn."),
    ("item", "15. Kết nạp từ 1.200 đảng viên trở lên trong nhiệm kỳ."),
    ("item", "16. Hằng năm có từ 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."),
    ("space", ""),
    ("h1", "III. CÁC KHÂU ĐỘT PHÁ"),
    ("p", "Đại hội xác định ba khâu đột phá của nhiệm kỳ 2020 - 2025 như sau:"),
    ("p", "Thứ nhất, tập trung đầu tư kết cấu hạ tầng giao thông, trọng tâm là các tuyến đường kết nối với "
          "đường bộ ven biển và thành phố Thái Bình, các tuyến đường trục huyện, trục xã."),
    ("p", "Thứ hai, phát triển công nghiệp, thu hút đầu tư lấp đầy các cụm công nghiệp hiện có và hình "
          "thành thêm 2 cụm công nghiệp mới; ưu tiên các dự án công nghệ sạch, sử dụng nhiều lao động địa "
          "phương."),
    ("p", "Thứ ba, phát triển đô thị, mở rộng và chỉnh trang thị trấn huyện lỵ đạt tiêu chí đô thị loại IV; "
          "hình thành các đô thị mới tại các trung tâm cụm xã."),
    ("h1", "IV. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    ("h2", "1. Phát triển kinh tế nhanh và bền vững"),
    ("p", "Tiếp tục tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới nâng cao, kiểu mẫu; khuyến "
          "khích tích tụ ruộng đất, hình thành các vùng sản xuất hàng hóa tập trung, liên kết theo chuỗi giá "
          "trị. Cải thiện môi trường đầu tư, kinh doanh; đẩy mạnh xúc tiến đầu tư vào các cụm công nghiệp; "
          "phát triển thương mại, dịch vụ, nhất là dịch vụ logistics gắn với tuyến đường bộ ven biển. Tăng "
          "cường quản lý, khai thác có hiệu quả các nguồn thu, nuôi dưỡng nguồn thu bền vững."),
    ("h2", "2. Phát triển văn hóa - xã hội, bảo vệ môi trường"),
    ("p", "Nâng cao chất lượng giáo dục và đào tạo, chăm sóc sức khỏe Nhân dân; thực hiện tốt các chính sách "
          "an sinh xã hội, giảm nghèo bền vững. Giữ gìn và phát huy giá trị các di tích lịch sử - văn hóa, lễ "
          "hội truyền thống. Tập trung xử lý ô nhiễm môi trường nông thôn, đầu tư khu xử lý rác thải tập "
          "trung của huyện, hoàn thành trước năm 2023."),
    ("h2", "3. Củng cố quốc phòng, bảo đảm an ninh, trật tự"),
    ("p", "Xây dựng khu vực phòng thủ huyện vững chắc; chủ động nắm chắc tình hình, giải quyết kịp thời các "
          "vụ việc phức tạp ngay từ cơ sở, không để hình thành điểm nóng; nâng cao hiệu quả phong trào toàn "
          "dân bảo vệ an ninh Tổ quốc."),
    ("h2", "4. Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
    ("p", "Đẩy mạnh thực hiện Nghị quyết Trung ương 4 khóa XII, Chỉ thị 05-CT/TW của Bộ Chính trị; nâng cao "
          "chất lượng sinh hoạt chi bộ; làm tốt công tác cán bộ, nhất là quy hoạch, đào tạo cán bộ trẻ, cán "
          "bộ nữ; tăng cường kiểm tra, giám sát, kiên quyết xử lý cán bộ, đảng viên vi phạm. Phát huy vai trò "
          "của Mặt trận Tổ quốc và các đoàn thể trong tập hợp, vận động Nhân dân."),
    ("p", "Với truyền thống đoàn kết, cần cù, sáng tạo, Đảng bộ và Nhân dân trong huyện quyết tâm thực hiện "
          "thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, xây dựng quê hương ngày càng "
          "giàu đẹp, văn minh."),
]


class ReportPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", "I", 10)
            self.set_y(10)
            self.cell(0, 5, RUNNING_HEADER, align="C")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "", 11)
        self.cell(0, 5, str(self.page_no()), align="C")


def make_pdf(path: Path) -> int:
    body, line = 13, 6.3
    pdf = ReportPDF(format="A4")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                         ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / fname))
    pdf.set_title("Báo cáo chính trị Đảng bộ huyện Kiến Xương nhiệm kỳ 2020 - 2025")
    pdf.set_creation_date(dt.datetime(2020, 7, 10, tzinfo=dt.UTC))
    pdf.add_page()
    for text, size in REPORT_TITLE_BLOCK:
        pdf.set_font("Serif", "B", size)
        pdf.cell(0, 6, nfc(text), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "*", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "B", 17)
    pdf.cell(0, 10, REPORT_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", body)
    pdf.set_x(40)
    pdf.multi_cell(140, line, nfc(REPORT_SUBTITLE), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 12)
    pdf.cell(0, 6, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 12)
    pdf.set_x(40)
    pdf.multi_cell(140, 6, nfc(REPORT_MOTTO), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    across = 0
    lh = line / (body * 0.3528)
    for kind, text in REPORT:
        text = nfc(text)
        before = pdf.page_no()
        if kind == "part":
            pdf.ln(4)
            for i, ln_ in enumerate(text.split("\n")):
                pdf.set_font("Serif", "B", 15 if i == 0 else 13.5)
                pdf.multi_cell(0, 7, ln_, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("Serif", "B", 13.5)
            pdf.multi_cell(0, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h2":
            pdf.set_font("Serif", "B", body)
            pdf.multi_cell(0, line, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h3":
            pdf.set_font("Serif", "BI", body)
            pdf.multi_cell(0, line, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font("Serif", "", body)
            with (pdf.text_columns(text_align="J", line_height=lh) as cols,
                  cols.paragraph(first_line_indent=10) as par):
                par.write(text)
            pdf.ln(2.5)
        elif kind == "item":
            pdf.set_font("Serif", "", body)
            pdf.multi_cell(0, line, text, align="J", new_x="LMARGIN", new_y="NEXT")
        elif kind == "space":
            pdf.ln(2.5)
        if kind in ("p", "item") and pdf.page_no() != before:
            across += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return across


def report_blocks() -> list[str]:
    """The PDF's text as written, one string per block (title block first)."""
    return [nfc(t) for t, _ in REPORT_TITLE_BLOCK] + [REPORT_TITLE, nfc(REPORT_SUBTITLE), nfc(REPORT_MOTTO)] + [
        nfc(t) for _, t in REPORT
    ]


from set_data import (  # noqa: E402  (questions, requirements, drafts live in set_data.py)
    DRAFTS_TEXT,
    EXPECTED,
    GAZETTEER,
    QUESTIONS,
    REQUIREMENTS,
)


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    make_html(HTML_PATH)
    make_docx(DOCX_PATH)
    across = make_pdf(PDF_PATH)
    print(f"pdf written, {across} block(s) run over a page break")

    write_json(HERE / "gazetteer.json", GAZETTEER)
    write_json(HERE / "requirements.json", REQUIREMENTS)

    # halves: per shape, shuffle indices with one Random(SEED); first half (rounded up) -> dev
    rng = random.Random(SEED)
    qs = [dict(q) for q in QUESTIONS]
    for shape in ("narrow", "broad", "which", "meta", "unanswerable"):
        idx = [i for i, q in enumerate(qs) if q["shape"] == shape]
        rng.shuffle(idx)
        cut = (len(idx) + 1) // 2
        for n, i in enumerate(idx):
            qs[i]["half"] = "dev" if n < cut else "heldout"
    order = ("question", "shape", "half", "gold", "expect", "forbid", "unanswerable")
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps({k: q[k] for k in order}, ensure_ascii=False) + "\n")

    DRAFTS.mkdir(parents=True, exist_ok=True)
    names = sorted(DRAFTS_TEXT)
    order_d = names[:]
    rng.shuffle(order_d)
    halves = {n: ("dev" if k < (len(order_d) + 1) // 2 else "heldout") for k, n in enumerate(order_d)}
    for name in names:
        (DRAFTS / name).write_text(nfc(DRAFTS_TEXT[name]).strip() + "\n", encoding="utf-8")
    exp = {"_comment": EXPECTED["_comment"], "drafts": {}}
    for name in names:
        d = EXPECTED["drafts"][name]
        exp["drafts"][name] = {"district": d["district"], "half": halves[name], "expected": d["expected"]}
    write_json(DRAFTS / "expected.json", exp)

    rc = subprocess.call([sys.executable, str(HERE / "check_set.py")])
    sys.exit(rc)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
