"""app.documents.readers.html: headings, items and loose text between nested blocks; the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.readers.common import _block
from app.documents.readers.html import _article_blocks
from app.errors import DocumentError
from tests.documents.readers.helpers import assert_clean, read, write

# --- html ---

HTML = """<!doctype html><html><head><title>Hướng dẫn số 15-HD/TU</title>
<style>p { color: red }</style></head>
<body><nav>Trang chủ</nav>
<h1>Hướng dẫn xây dựng báo cáo</h1>
<div class="intro">Lời mở đầu nằm ngay trong div
  <p>Đoạn thứ nhất,<br>ngắt bằng br.</p>
  Lời kết của div.
</div>
<h2>Yêu cầu</h2>
<ul><li>Kim Thành cần phá bỏ thế <b>độc đạo</b> về giao thông.</li>
<li><p>Nam Sách ưu tiên đô thị.</p><p>Đoạn thứ hai trong mục.</p></li></ul>
<table><tr><td>Ô một</td><td>Ô hai</td></tr></table>
<footer>Bản quyền</footer>
<script>var x = 1;</script>
</body></html>"""


@pytest.mark.integration
def test_html_headings_items_and_loose_text(tmp_path: Path) -> None:
    title, blocks = read(write(tmp_path, "trang.html", HTML))
    assert title == "Hướng dẫn số 15-HD/TU"
    assert_clean(blocks)
    assert [(b.text, b.heading_level, b.item) for b in blocks] == [
        ("Hướng dẫn xây dựng báo cáo", 1, False),
        ("Lời mở đầu nằm ngay trong div", None, False),
        ("Đoạn thứ nhất, ngắt bằng br.", None, False),
        ("Lời kết của div.", None, False),
        ("Yêu cầu", 2, False),
        ("Kim Thành cần phá bỏ thế độc đạo về giao thông.", None, True),
        ("Nam Sách ưu tiên đô thị.", None, True),
        ("Đoạn thứ hai trong mục.", None, False),
        ("Ô một | Ô hai", None, False),
    ]


@pytest.mark.integration
def test_html_title_falls_back_to_h1(tmp_path: Path) -> None:
    title, _ = read(write(tmp_path, "a.htm", "<h1>Tiêu đề chính</h1><p>Nội dung.</p>"))
    assert title == "Tiêu đề chính"


# A portal page saved from a browser: banner, menu in divs, breadcrumb, the article with a dateline, a photo
# caption and a share bar, then related and most-read link lists and a footer — none of it marked by tags.
PORTAL_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Hội nghị góp ý dự thảo văn kiện đại hội ba huyện - Cổng TTĐT Đảng bộ tỉnh</title>
<meta property="og:title" content="Hội nghị góp ý dự thảo văn kiện đại hội ba huyện">
<meta property="article:published_time" content="2024-10-16T08:30:00+07:00"></head><body>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH — Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng bộ
tỉnh (03/02/1930 - 03/02/2024)</div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/vk">Văn kiện</a></div>
<div class="crumb"><a href="/">Trang chủ</a> » <a href="/tin">Tin hoạt động</a></div>
<div class="article">
<h1>Hội nghị góp ý dự thảo văn kiện đại hội ba huyện</h1>
<div class="date">Thứ Tư, 16/10/2024 - 08:30</div>
<p class="sapo">Chiều 15/10, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị của ba huyện
trình đại hội đảng bộ nhiệm kỳ 2025 - 2030, do đồng chí Bí thư Tỉnh ủy chủ trì, với sự tham dự của các
đồng chí trong Ban Thường vụ và lãnh đạo các ban xây dựng Đảng của Tỉnh ủy.</p>
<div class="photo"><img src="a.jpg"><p class="caption">Quang cảnh hội nghị.</p></div>
<p>Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các huyện rà soát kỹ số liệu, bảo đảm thống nhất với
báo cáo kinh tế - xã hội; đánh giá đúng những hạn chế, yếu kém và chỉ rõ nguyên nhân chủ quan của từng hạn
chế, gắn với trách nhiệm của người đứng đầu cấp ủy, chính quyền trong nhiệm kỳ qua.</p>
<p>Về phương hướng nhiệm kỳ tới, các huyện cần lựa chọn từ hai đến ba khâu đột phá thật sự trúng, đúng, phù
hợp với lợi thế của địa phương, có lộ trình và nguồn lực thực hiện rõ ràng, tránh dàn trải.</p>
<div class="share">Chia sẻ: Facebook | Zalo | In bài viết</div>
<p class="author">Minh Anh</p>
</div>
<div class="related"><h3>Tin liên quan</h3>
<ul><li><a href="/1">Huyện ủy tổ chức hội nghị góp ý dự thảo báo cáo chính trị nhiệm kỳ mới</a></li>
<li><a href="/2">Ban Thường vụ Tỉnh ủy làm việc về công tác chuẩn bị đại hội đảng bộ các cấp</a></li>
</ul></div>
<div class="most-read"><h3>Tin đọc nhiều</h3>
<ul><li><a href="/3">Khánh thành cầu mới nối hai bờ sông trước ngày 30/4</a></li>
<li><a href="/4">Giải bóng đá thanh niên toàn tỉnh khai mạc sôi nổi</a></li></ul></div>
<div class="footer">Cơ quan chủ quản: Văn phòng Tỉnh ủy. Địa chỉ: số 1 đường Lê Lợi. Bản quyền © 2024.</div>
</body></html>"""


@pytest.mark.integration
def test_a_saved_portal_page_is_read_as_its_article(tmp_path: Path) -> None:
    title, blocks = read(write(tmp_path, "trang-cong.html", PORTAL_PAGE))
    texts = [b.text for b in blocks]
    joined = " ".join(texts)
    assert title == "Hội nghị góp ý dự thảo văn kiện đại hội ba huyện"  # not the portal's name
    assert texts[0] == "Hội nghị góp ý dự thảo văn kiện đại hội ba huyện"
    assert "Thứ Tư, 16/10/2024 - 08:30" in texts  # the page's own dateline stays
    assert any(t.startswith("Chiều 15/10, Ban Thường vụ Tỉnh ủy họp") for t in texts)  # the lead too
    assert any("từ hai đến ba khâu đột phá" in t for t in texts)
    assert texts[-1] == "Minh Anh"  # the byline: who wrote an article is asked about
    for furniture in (
        "94 năm",
        "Trang chủ",
        "Chia sẻ",
        "Tin liên quan",
        "Tin đọc nhiều",
        "Khánh thành",
        "Bản quyền",
        "Quang cảnh hội nghị",
    ):
        assert furniture not in joined, furniture


# An ASP.NET portal (SharePoint's DispForm.aspx) holds the whole body in one <form>.
ASPNET_PAGE = (
    PORTAL_PAGE.replace("<body>", '<body><form method="post" action="./DispForm.aspx?ID=8" id="aspnetForm">')
    .replace(
        '<p class="author">Minh Anh</p>\n</div>\n<div class="related"><h3>Tin liên quan</h3>',
        '<p class="author">Minh Anh</p>\n<div class="related"><h3>Tin cùng chuyên mục</h3>',
    )
    .replace("nhiệm kỳ mới</a></li>", "nhiệm kỳ mới</a> <span>(14/10/2024)</span></li>")
    .replace("đảng bộ các cấp</a></li>", "đảng bộ các cấp</a> <span>(10/10/2024)</span></li>")
    .replace('</ul></div>\n<div class="most-read">', '</ul></div></div>\n<div class="most-read">')
    .replace("</body>", "</form></body>")
)


@pytest.mark.integration
def test_a_page_wrapped_in_one_form_is_read_as_its_article_and_a_search_form_is_not(tmp_path: Path) -> None:
    title, blocks = read(write(tmp_path, "DispForm.html", ASPNET_PAGE))
    texts = [b.text for b in blocks]
    joined = " ".join(texts)
    assert title == "Hội nghị góp ý dự thảo văn kiện đại hội ba huyện"
    assert any(t.startswith("Chiều 15/10, Ban Thường vụ Tỉnh ủy họp") for t in texts)
    assert any("từ hai đến ba khâu đột phá" in t for t in texts)
    for furniture in (
        "Tìm kiếm",
        "Tin cùng chuyên mục",
        "Huyện ủy tổ chức hội nghị",
        "làm việc về công tác",
        "Khánh thành",
        "Bản quyền",
    ):
        assert furniture not in joined, furniture


def test_a_list_the_extractor_kept_after_a_trailer_heading_is_not_the_article() -> None:
    # the extractor kept the "Tin cùng chuyên mục" items (inside the article's container), not their heading
    page = [
        _block("Góp ý dự thảo báo cáo chính trị ba huyện"),
        _block("Chiều 21/11, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của ba huyện."),
        _block("Hội nghị đề nghị các huyện rút gọn dung lượng, làm rõ nguyên nhân chủ quan của hạn chế."),
        _block("Tin cùng chuyên mục", heading_level=3),
        _block("Chợ Mới chủ động di dời dân cư ra khỏi vùng sạt lở (20/11/2024)", item=True),
        _block("Long Xuyên đẩy mạnh chỉnh trang đô thị, chống ngập (15/11/2024)", item=True),
    ]
    kept = [b.text for b in page if not b.text.startswith("Tin cùng")]
    article = " ".join(kept).lower()
    texts = [b.text for b in _article_blocks(page, article, None, None)]
    assert texts == [b.text for b in page[:3]]


def test_a_small_form_is_furniture_when_the_page_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # where the extractor finds no article (a bare document saved as HTML), the page is read whole
    monkeypatch.setattr("app.documents.readers.html._main_content", lambda html: None)
    page = """<html><body><form action="/tim"><label>Từ khóa</label><input name="k"><button>Tìm kiếm</button>
</form><h2>Hướng dẫn 15</h2><ul><li>Dung lượng không quá 30 trang.</li></ul></body></html>"""
    _, blocks = read(write(tmp_path, "van-ban.html", page))
    assert [b.text for b in blocks] == ["Hướng dẫn 15", "Dung lượng không quá 30 trang."]


def test_an_articles_own_header_is_read_the_sites_masthead_is_not(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><meta charset="utf-8"><title>Tin</title></head><body>
<header class="site"><div>BÁO ĐẢNG BỘ TỈNH — Cơ quan của Đảng bộ tỉnh</div></header>
<article><header><h1>Góp ý dự thảo báo cáo chính trị hai huyện</h1>
<p class="sapo">Sáng 5/12, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của hai huyện.</p>
</header><p>Hội nghị đề nghị hai huyện rút gọn dự thảo, làm rõ nguyên nhân chủ quan của hạn chế.</p></article>
</body></html>"""
    title, blocks = read(write(tmp_path, "bao.html", page))
    texts = [b.text for b in blocks]
    assert "Góp ý dự thảo báo cáo chính trị hai huyện" in texts
    assert any(t.startswith("Sáng 5/12, Ban Thường vụ Tỉnh ủy") for t in texts)
    assert not any("BÁO ĐẢNG BỘ TỈNH" in t for t in texts)


@pytest.mark.integration
def test_a_portal_page_s_date_is_its_own_not_a_banner_s(tmp_path: Path) -> None:
    from app.documents.ingest import read_document

    (tmp_path / "corpus" / "guidance").mkdir(parents=True)
    path = write(tmp_path / "corpus" / "guidance", "trang-cong.html", PORTAL_PAGE)
    assert read_document(path, tmp_path / "corpus").date == "2024-10-16"


# A news page: the dateline in a meta bar above the headline (the extractor leaves it out), a table of targets
# inside the article, a long teaser of a related article and readers' comments after it.
NEWS_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Góp ý dự thảo văn kiện</title>
<meta property="article:published_time" content="2024-10-16T08:30:00+07:00"></head><body>
<div class="meta">{dateline}</div>
<div class="article"><h1>Góp ý dự thảo văn kiện</h1>
<p>Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các huyện rà soát kỹ số liệu, bảo đảm thống nhất với
báo cáo kinh tế - xã hội; đánh giá đúng những hạn chế, yếu kém và chỉ rõ nguyên nhân chủ quan của từng hạn
chế, gắn với trách nhiệm của người đứng đầu cấp ủy, chính quyền trong nhiệm kỳ qua.</p>
<p>Các chỉ tiêu chủ yếu của nhiệm kỳ tới phải phù hợp với khả năng thực hiện của từng huyện:</p>
<table><tr><td>Tốc độ tăng trưởng kinh tế</td><td>8 - 9%/năm</td></tr>
<tr><td>Tỷ lệ đô thị hóa</td><td>40%</td></tr></table></div>
<div class="related"><h3>Tin liên quan</h3><p>Huyện ủy Kim Thành tổ chức hội nghị góp ý dự thảo báo cáo chính
trị trình đại hội đảng bộ huyện nhiệm kỳ 2025 - 2030, với sự tham dự của đông đảo cán bộ, đảng viên và nhân
dân trên địa bàn huyện.</p></div>
<div id="comments" class="comments"><h3>Bình luận</h3><div class="comment"><p>Nguyễn Văn A: Tôi hoàn toàn
đồng ý với ý kiến chỉ đạo về việc rà soát kỹ số liệu.</p></div></div>
<div class="footer">Cơ quan chủ quản: Văn phòng Tỉnh ủy. Bản quyền © 2024.</div></body></html>"""


@pytest.mark.integration
@pytest.mark.parametrize("dateline", ["Thứ Tư, 16/10/2024 - 08:30", "Ngày 16 tháng 10 năm 2024"])
def test_a_news_page_keeps_its_dateline_and_tables_not_comments_or_related_teasers(
    tmp_path: Path, dateline: str
) -> None:
    _, blocks = read(write(tmp_path, "tin.html", NEWS_PAGE.format(dateline=dateline)))
    texts = [b.text for b in blocks]
    joined = " ".join(texts)
    assert texts[0] == dateline  # outside the article, but it dates the page
    # the article's table, a row a block as the extractor kept it cell by cell
    assert "Tốc độ tăng trưởng kinh tế | 8 - 9%/năm" in texts and "Tỷ lệ đô thị hóa | 40%" in texts
    for furniture in ("Bình luận", "Tôi hoàn toàn đồng ý", "Tin liên quan", "Kim Thành tổ chức", "Bản quyền"):
        assert furniture not in joined, furniture


@pytest.mark.integration
def test_a_top_bar_stating_today_is_furniture_when_the_article_has_its_own_dateline(tmp_path: Path) -> None:
    # a newspaper's top bar prints today's date with its links; the article's meta line states the same date
    top_bar = (
        '<div class="topbar">Thứ Tư, ngày 16/10/2024 <a href="/rss">RSS</a> <a href="/lh">Liên hệ</a></div>'
    )
    page = PORTAL_PAGE.replace('<div class="banner">', top_bar + '<div class="banner">')
    _, blocks = read(write(tmp_path, "bao.html", page))
    texts = [b.text for b in blocks]
    assert "Thứ Tư, 16/10/2024 - 08:30" in texts
    assert not any("RSS" in t for t in texts), texts[:3]


@pytest.mark.integration
def test_a_page_without_text_is_empty_not_corrupt(tmp_path: Path) -> None:
    page = "<html><head><title>Trang trống</title></head><body><script>var x = 1;</script></body></html>"
    with pytest.raises(DocumentError, match="không có văn bản"):
        read(write(tmp_path, "trong.html", page))


def test_an_extracted_fragment_is_not_trusted_the_page_is_read_whole() -> None:
    rule = "Huyện ủy có trách nhiệm triển khai thực hiện nghiêm túc nội dung hướng dẫn này đến các chi bộ."
    blocks = [_block(f"Điều {i}. {rule}") for i in range(1, 9)] + [_block("Tin vắn: hội nghị họp một ngày.")]
    assert _article_blocks(blocks, "tin vắn: hội nghị họp một ngày.", None, None) == blocks  # a fragment
    assert _article_blocks(blocks, "một bài khác hẳn", None, None) == blocks  # none of the page's blocks


TASK_TABLE_PAGE = """<html><body>
<table><tr><td>TỈNH ỦY BA SƠN<br>BAN TUYÊN GIÁO<br>*<br>Số 12-HD/BTGTU</td>
<td>ĐẢNG CỘNG SẢN VIỆT NAM<br>Ba Sơn, ngày 09 tháng 9 năm 2024</td></tr></table>
<h1>Hướng dẫn chuẩn bị văn kiện</h1>
<p>Lộ trình cụ thể như sau:</p>
<table><tr><th>TT</th><th>Nội dung công việc</th><th>Thời gian</th></tr>
<tr><td>1</td><td><p>Gửi dự thảo lần thứ nhất xin ý kiến</p></td><td>Chậm nhất ngày 31/10/2024</td></tr>
<tr><td>2</td><td>Tổ chức đại hội điểm</td><td>Trong tháng 4/2025</td></tr></table>
<table><tr><td><div><p>Một ô dàn trang</p></div></td><td>Ô bên cạnh</td></tr></table>
<table><tr><td>Nơi nhận:<br>- Các huyện ủy,<br>- Lưu Văn phòng.</td>
<td>K/T TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN<br>Nguyễn Văn Bình</td></tr></table>
</body></html>"""


def test_a_task_table_row_is_one_block_a_letterhead_table_is_its_lines(tmp_path: Path) -> None:
    """A deadline stays with its task ("1 | Gửi dự thảo … | Chậm nhất ngày 31/10/2024"), as the Word reader
    joins a row; a small two-column table with lines stacked in a cell lays out a letterhead, and a cell
    holding a div lays out the page: their lines stay blocks of their own."""
    _, blocks = read(write(tmp_path, "huong-dan.html", TASK_TABLE_PAGE))
    texts = [b.text for b in blocks]
    assert "1 | Gửi dự thảo lần thứ nhất xin ý kiến | Chậm nhất ngày 31/10/2024" in texts
    assert "2 | Tổ chức đại hội điểm | Trong tháng 4/2025" in texts
    assert "Nơi nhận:" in texts and "Nguyễn Văn Bình" in texts  # the signature block, line by line
    assert "Một ô dàn trang" in texts and "Ô bên cạnh" in texts
