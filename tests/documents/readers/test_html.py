"""app.documents.readers.html: headings, items and loose text between nested blocks; the title."""

from __future__ import annotations

from pathlib import Path

import pytest

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
        ("Ô một", None, False),
        ("Ô hai", None, False),
    ]


@pytest.mark.integration
def test_html_title_falls_back_to_h1(tmp_path: Path) -> None:
    title, _ = read(write(tmp_path, "a.htm", "<h1>Tiêu đề chính</h1><p>Nội dung.</p>"))
    assert title == "Tiêu đề chính"
