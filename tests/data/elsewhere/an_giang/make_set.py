"""(Re)writes the An Giang test set deterministically (random seed 5077).

    /work/main/.venv/bin/python /work/newsets/an_giang/make_set.py

Writes:
  corpus/guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-long-xuyen-cho-moi-thoai-son.html
      the party portal's news of the Standing Committee meeting (21/11/2024) on the drafts of TP Long Xuyên,
      Chợ Mới and Thoại Sơn, saved with the browser's "Save page as" (portal template).
  corpus/guidance/gop-y-du-thao-bao-cao-chinh-tri-dang-bo-thi-xa-tinh-bien-va-huyen-phu-tan.html
      the provincial party newspaper's report of the meeting of 5-12-2024 on Tịnh Biên and Phú Tân
      (newspaper template, with reader comments).
  corpus/guidance/huong-dan-chuan-bi-van-kien-dai-hoi-dang-bo-cap-huyen-2025-2030.html
      the portal's article summarising Hướng dẫn số 27-HD/BTGTU (numbered points, lists, a timeline table).
  corpus/guidance/tri-ton-soi-noi-le-hoi-dua-bo-bay-nui-nam-2024.html
      distractor: the newspaper's article on the Bảy Núi ox race in Tri Tôn.
  corpus/reports/du-thao-bao-cao-chinh-tri-dang-bo-huyen-chau-phu-2025-2030.md
      the Châu Phú draft political report (2020-2025 results, 2025-2030 targets) pasted from the district
      portal into Markdown; the district is named only in the page title and the letterhead.
  drafts/*.txt, drafts/expected.json, questions.jsonl, requirements.json, gazetteer.json
Texts live in texts_pages.py (corpus) and set_data.py (gazetteer, catalogue, questions, drafts, labels).
Then runs check_set.py.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import html
import json
import random
import subprocess
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import set_data as sd  # noqa: E402
import texts_pages as T  # noqa: E402

SEED = 5077
CORPUS = HERE / "corpus"
DRAFTS = HERE / "drafts"
PATHS = {code: CORPUS / name for code, name in sd.DOC_NAMES.items()}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


e = html.escape


# =====================================================================================================
# Site A: the party portal (pages 1 and 3)
# =====================================================================================================
def _portal_body(body) -> str:
    out = []
    for kind, content in body:
        if kind == "p":
            out.append(f'            <p style="text-align: justify;">{e(content)}</p>')
        elif kind == "h":
            out.append(f'            <p style="text-align: justify;"><strong>{e(content)}</strong></p>')
        elif kind == "ul":
            items = "\n".join(f'              <li style="text-align: justify;">{e(x)}</li>' for x in content)
            out.append(f"            <ul>\n{items}\n            </ul>")
        elif kind == "table":
            head, *rows = content
            th = "".join(f"<th>{e(c)}</th>" for c in head)
            trs = "\n".join("                <tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                            for r in rows)
            out.append('            <table class="MsoTableGrid" border="1" cellpadding="4" style="width:100%;'
                       f'border-collapse:collapse;">\n              <tbody>\n                <tr>{th}</tr>\n'
                       f"{trs}\n              </tbody>\n            </table>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def make_portal_page(path: Path, *, slug, url, today, crumbs, title, date, sapo, caption, body, author, tags,
                     related, most_read, article_id) -> None:
    files = f"./{slug[:40]}_files"
    menu = "\n".join(
        f'            <li class="{"active" if m == crumbs[1] else ""}"><a href="https://angiang.dcs.vn/'
        f'Pages/ChuyenMuc.aspx?c={i}">{e(m)}</a></li>'
        for i, m in enumerate(T.PORTAL_MENU))
    bc = ' <span class="sep">»</span> '.join(
        f'<a href="https://angiang.dcs.vn/Pages/ChuyenMuc.aspx?c={i}">{e(c)}</a>' for i, c in enumerate(crumbs))
    rel = "\n".join(
        f'              <li><a href="https://angiang.dcs.vn/Lists/TinTuc/DispForm.aspx?ID={article_id - 7 - i}">'
        f'{e(t)}</a> <span class="date">({d})</span></li>' for i, (t, d) in enumerate(related))
    most = "\n".join(
        f'              <li><a href="https://angiang.dcs.vn/Lists/TinTuc/DispForm.aspx?ID={article_id - 40 - i}">'
        f"{e(t)}</a></li>" for i, t in enumerate(most_read))
    links = "\n".join(f'              <option value="{i}">{e(x)}</option>' for i, x in enumerate(T.PORTAL_LINKS))
    tag_html = ", ".join(f'<a href="https://angiang.dcs.vn/Pages/Tag.aspx?t={i}">{e(t)}</a>'
                         for i, t in enumerate(tags))
    footer = "\n".join(f"          <p>{e(x)}</p>" for x in T.PORTAL_FOOTER)
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}</title>
  <meta name="description" content="{e(sapo)}">
  <meta name="keywords" content="{e(", ".join(tags))}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:image" content="https://angiang.dcs.vn/PublishingImages/{slug[:30]}.jpg">
  <link rel="stylesheet" type="text/css" href="{files}/corev15.css">
  <link rel="stylesheet" type="text/css" href="{files}/dcs-angiang.css">
  <link rel="shortcut icon" href="{files}/favicon.ico" type="image/vnd.microsoft.icon">
  <script type="text/javascript" src="{files}/init.js"></script>
  <script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", pageListId: "{{6f1c0b1e-3d7a-4c52-9f1a-{article_id:012d}}}"}};</script>
  <style type="text/css">
    .dcs-banner {{ background: #c4161c url({files}/trongdong.png) no-repeat right center; color: #ffe600; height: 120px; }}
    .news-content p {{ line-height: 1.55; margin: 0 0 10px; }} .news-content table td, .news-content table th {{ padding: 4px; vertical-align: top; }}
  </style>
</head>
<body>
  <form method="post" action="./DispForm.aspx?ID={article_id}" id="aspnetForm">
  <div id="s4-workspace"><div id="s4-bodyContainer">
    <div class="top-line">
      <span class="today">{e(today)}</span>
      <span class="top-links"><a href="https://angiang.dcs.vn/Pages/SoDo.aspx">Sơ đồ cổng</a> | <a href="https://angiang.dcs.vn/Pages/LienHe.aspx">Liên hệ</a> | <a href="https://angiang.dcs.vn/_layouts/15/Authenticate.aspx">Đăng nhập</a></span>
    </div>
    <div class="dcs-banner">
      <img src="{files}/logo-dang.png" alt="Đảng Cộng sản Việt Nam" width="96" height="96">
      <div class="banner-title">{e(T.PORTAL_NAME)}</div>
      <div class="banner-sub">{e(T.PORTAL_SUB)}</div>
    </div>
    <div class="slogan-line"><marquee scrollamount="3">{e(T.PORTAL_SLOGAN)}</marquee></div>
    <div class="main-menu">
      <ul>
{menu}
      </ul>
      <div class="search-box"><input type="text" placeholder="Nhập từ khóa tìm kiếm" name="k"><input type="button" value="Tìm kiếm"></div>
    </div>
    <div class="container">
      <div class="breadcrumb">{bc}</div>
      <div class="col-left">
        <div class="news-detail">
          <h1 class="news-title">{e(title)}</h1>
          <div class="news-date">{e(date)}</div>
          <div class="news-tools-top"><a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:window.print()">In trang</a></div>
          <div class="news-sapo"><strong>{e(sapo)}</strong></div>
          <div class="news-content">
            <table class="image-center" align="center"><tbody>
              <tr><td><img src="{files}/{slug[:30]}.jpg" alt="" width="640"></td></tr>
              <tr><td class="image-caption"><em>{e(caption)}</em></td></tr>
            </tbody></table>
{_portal_body(body)}
            <p style="text-align: right;"><strong>{e(author)}</strong></p>
          </div>
          <div class="news-tags">Từ khóa: {tag_html}</div>
          <div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject={e(title)}">Gửi email</a> | <a href="#s4-workspace">Về đầu trang</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={e(url)}">Chia sẻ Facebook</a></div>
          <div class="comment-box">
            <h3>Ý kiến bạn đọc</h3>
            <p class="no-comment">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>
            <div class="comment-form">
              <label>Họ và tên (*)</label> <input type="text" name="ten">
              <label>Email (*)</label> <input type="text" name="email">
              <label>Nội dung (*)</label> <textarea name="noidung" rows="4"></textarea>
              <input type="button" value="Gửi ý kiến">
            </div>
          </div>
          <div class="other-news">
            <h3>Tin cùng chuyên mục</h3>
            <ul>
{rel}
            </ul>
          </div>
        </div>
      </div>
      <div class="col-right">
        <div class="box-right">
          <h3>Tin xem nhiều</h3>
          <ul>
{most}
          </ul>
        </div>
        <div class="box-right">
          <h3>Liên kết website</h3>
          <select onchange="window.open(this.value)">
              <option value="">-- Chọn liên kết --</option>
{links}
          </select>
        </div>
      </div>
    </div>
    <div class="footer">
{footer}
      <p class="counter">Lượt truy cập: 12.845.307</p>
    </div>
  </div></div>
  </form>
  <script type="text/javascript" src="{files}/jquery-3.6.0.min.js"></script>
  <script type="text/javascript">$(function(){{ $('.font-up').click(function(){{ $('.news-content').css('font-size','+=1'); }}); }});</script>
</body></html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(page), encoding="utf-8")


# =====================================================================================================
# Site B: the provincial party newspaper (pages 2 and 4)
# =====================================================================================================
def make_news_page(path: Path, *, slug, url, today, category, title, date, sapo, caption, body, author, tags,
                   related, side_title, side, comments, article_id) -> None:
    files = f"./{slug[:40]}_files"
    menu = "\n".join(f'          <li><a href="https://baoangiang.com.vn/{i}.html">{e(m)}</a></li>'
                     for i, m in enumerate(T.NEWS_MENU))
    cat = " / ".join(f'<a href="https://baoangiang.com.vn/c{i}.html">{e(c)}</a>' for i, c in enumerate(category))

    def block(kind, text):
        if kind == "h":
            return f"          <h2>{e(text)}</h2>"
        return f"          <p>{e(text)}</p>"

    paras = "\n".join(block(k, t) for k, t in body)
    rel = "\n".join(
        f'          <article class="story"><h3><a href="https://baoangiang.com.vn/a{article_id - 31 * (i + 1)}.html">'
        f'{e(t)}</a></h3><time>{d}</time></article>' for i, (t, d) in enumerate(related))
    sidebar = "\n".join(
        f'            <li><a href="https://baoangiang.com.vn/a{article_id + 97 * (i + 1)}.html">{e(t if isinstance(t, str) else t[0])}</a></li>'
        for i, t in enumerate(side))
    tag_html = " ".join(f'<a class="tag" href="https://baoangiang.com.vn/tag/{i}.html">#{e(t)}</a>'
                        for i, t in enumerate(tags))
    cm = "\n".join(
        f'            <div class="comment-item"><div class="comment-name">{e(n)}</div>'
        f'<div class="comment-time">{d}</div><div class="comment-text">{e(c)}</div>'
        f'<div class="comment-act"><a href="#">Thích</a> · <a href="#">Trả lời</a></div></div>'
        for n, d, c in comments)
    footer = "\n".join(f"        <p>{e(x)}</p>" for x in T.NEWS_FOOTER)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "author": {"@type": "Person", "name": author}, "inLanguage": "vi-VN",
                     "publisher": {"@type": "Organization", "name": "Báo An Giang"}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{e(title)} - Báo An Giang Online</title>
<meta name="description" content="{e(sapo)}">
<meta name="news_keywords" content="{e(", ".join(tags))}">
<meta property="og:site_name" content="Báo An Giang Online">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(title)}">
<meta property="og:url" content="{e(url)}">
<link rel="canonical" href="{e(url)}">
<link rel="stylesheet" href="{files}/bag-style.min.css">
<script type="application/ld+json">{ld}</script>
<script async="" src="{files}/adsbygoogle.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-BAG0312');</script>
</head>
<body class="detail-page">
  <div class="header-top">
    <div class="wrap">
      <span class="h-date">{e(today)}</span>
      <span class="h-weather">{e(T.NEWS_WEATHER)}</span>
      <span class="h-links"><a href="https://baoangiang.com.vn/epaper">Báo in</a> · <a href="https://baoangiang.com.vn/lien-he.html">Liên hệ tòa soạn</a> · <a href="https://baoangiang.com.vn/quang-cao.html">Quảng cáo</a></span>
    </div>
  </div>
  <header class="header">
    <div class="wrap">
      <a class="logo" href="https://baoangiang.com.vn/"><img src="{files}/logo-bag.svg" alt="{e(T.NEWS_NAME)}"></a>
      <div class="logo-sub">{e(T.NEWS_SUB)}</div>
      <div class="search"><input type="search" placeholder="Tìm kiếm"><button type="button">Tìm</button></div>
    </div>
    <nav class="menu">
      <div class="wrap">
        <ul>
          <li><a class="home" href="https://baoangiang.com.vn/">Trang chủ</a></li>
{menu}
        </ul>
      </div>
    </nav>
  </header>
  <div class="ads-top"><img src="{files}/banner-chao-mung.jpg" alt="Chào mừng đại hội đảng bộ các cấp"></div>
  <main class="wrap main-detail">
    <div class="col-main">
      <div class="cat-line">{cat}</div>
      <div class="detail-time">{e(date)}</div>
      <h1 class="detail-title">{e(title)}</h1>
      <div class="detail-share-top"><a href="https://www.facebook.com/sharer.php?u={e(url)}">Facebook</a> <a href="https://zalo.me/share?u={e(url)}">Zalo</a> <a href="javascript:void(0)" class="copy-link">Sao chép liên kết</a></div>
      <h2 class="detail-sapo">{e(sapo)}</h2>
      <div class="detail-content">
          <figure class="picture">
            <img src="{files}/{slug[:30]}-1.jpg" alt="{e(title)}" width="760">
            <figcaption>{e(caption)}</figcaption>
          </figure>
{paras}
          <p class="author">{e(author)}</p>
      </div>
      <div class="detail-tags">Từ khóa: {tag_html}</div>
      <div class="detail-share-bottom">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={e(url)}">Facebook</a> · <a href="https://zalo.me/share?u={e(url)}">Zalo</a> · <a href="javascript:window.print()">In bài</a> · <a href="mailto:?subject={e(title)}">Gửi bài</a></div>
      <section class="box-comment">
        <h3>Bình luận ({len(comments)})</h3>
{cm}
        <div class="comment-form">
          <textarea placeholder="Ý kiến của bạn..."></textarea>
          <input type="text" placeholder="Họ tên"> <input type="text" placeholder="Email">
          <button type="button">Gửi bình luận</button>
          <div class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</div>
        </div>
      </section>
      <section class="box-related">
        <h3>Tin cùng chuyên mục</h3>
{rel}
      </section>
    </div>
    <aside class="col-side">
      <div class="box-side">
        <h3>{e(side_title)}</h3>
        <ol>
{sidebar}
        </ol>
      </div>
      <div class="box-side ads"><img src="{files}/qc-ocop-an-giang.jpg" alt="Quảng cáo"></div>
    </aside>
  </main>
  <footer class="footer">
    <div class="wrap">
{footer}
    </div>
  </footer>
  <a href="#" class="back-to-top">Lên đầu trang</a>
  <script src="{files}/bag-main.min.js"></script>
</body></html>
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(page), encoding="utf-8")


# =====================================================================================================
# The report, pasted into Markdown
# =====================================================================================================
def report_markdown() -> str:
    out = [T.REPORT_BREADCRUMB, "# " + T.REPORT_PAGE_TITLE, T.REPORT_DATELINE, "> " + T.REPORT_NOTE,
           "  \n".join(T.REPORT_LETTERHEAD) + "  \n\\*", "**DỰ THẢO**",
           f"**{T.REPORT_TITLE}**  \n**{T.REPORT_SUBTITLE}**", f"*{T.REPORT_THEME}*"]
    n = 0
    for kind, text in T.REPORT_BODY:
        if kind == "p":
            out.append(text)
        elif kind == "h2":
            out.append("## " + text)
        elif kind == "h3":
            out.append("### " + text)
        elif kind == "h4":
            out.append("#### " + text)
        elif kind == "li":
            n += 1
            out.append(f"{n}. {text}")
        elif kind == "bl":
            out.append("- " + text)
        else:
            raise ValueError(kind)
    # consecutive list items stay together (no blank line between them), as a converter writes them
    blocks: list[str] = []
    for b in out:
        if blocks and _is_item(b) and _is_item(blocks[-1].split("\n")[-1]):
            blocks[-1] += "\n" + b
        else:
            blocks.append(b)
    blocks.append(T.REPORT_TAIL_SHARE)
    blocks.append("**Tin cùng chuyên mục**")
    blocks.append("\n".join(f"- [{t}](https://chauphu.angiang.gov.vn/wps/portal/tin-tuc/{4471 - i}) ({d})"
                            for i, (t, d) in enumerate(T.REPORT_TAIL_RELATED)))
    blocks.append("![](https://chauphu.angiang.gov.vn/wps/contenthandler/dav/themelist/logo-footer.png)")
    blocks.append(T.REPORT_TAIL_FOOTER)
    return nfc("\n\n".join(blocks) + "\n")


def _is_item(line: str) -> bool:
    head = line.split(" ", 1)[0]
    return head == "-" or (head.endswith(".") and head[:-1].isdigit())


# =====================================================================================================
def dump(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nfc(json.dumps(obj, ensure_ascii=False, indent=2) + "\n"), encoding="utf-8")


def main() -> None:
    make_portal_page(PATHS["M1"], slug=T.P1_SLUG, url=T.P1_URL, today=T.P1_TODAY, crumbs=T.P1_BREADCRUMB,
                     title=T.P1_TITLE, date=T.P1_DATE, sapo=T.P1_SAPO, caption=T.P1_CAPTION,
                     body=[("p", x) for x in T.P1_BODY], author=T.P1_AUTHOR, tags=T.P1_TAGS,
                     related=T.P1_RELATED, most_read=T.P1_MOST_READ, article_id=8127)
    make_news_page(PATHS["M2"], slug=T.P2_SLUG, url=T.P2_URL, today=T.P2_TODAY, category=T.P2_CATEGORY,
                   title=T.P2_TITLE, date=T.P2_DATE, sapo=T.P2_SAPO, caption=T.P2_CAPTION, body=T.P2_BODY,
                   author=T.P2_AUTHOR, tags=T.P2_TAGS, related=T.P2_RELATED, side_title="Đọc nhiều",
                   side=T.P2_MOST_READ, comments=T.P2_COMMENTS, article_id=412875)
    make_portal_page(PATHS["G"], slug=T.P3_SLUG, url=T.P3_URL, today=T.P3_TODAY, crumbs=T.P3_BREADCRUMB,
                     title=T.P3_TITLE, date=T.P3_DATE, sapo=T.P3_SAPO, caption=T.P3_CAPTION, body=T.P3_BODY,
                     author=T.P3_AUTHOR, tags=T.P3_TAGS, related=T.P3_RELATED, most_read=T.P3_MOST_READ,
                     article_id=7764)
    make_news_page(PATHS["D"], slug=T.P4_SLUG, url=T.P4_URL, today=T.P4_TODAY, category=T.P4_CATEGORY,
                   title=T.P4_TITLE, date=T.P4_DATE, sapo=T.P4_SAPO, caption=T.P4_CAPTION, body=T.P4_BODY,
                   author=T.P4_AUTHOR, tags=T.P4_TAGS, related=T.P4_RELATED, side_title="Tin mới nhất",
                   side=[f"{t} ({d})" for t, d in T.P4_LATEST], comments=T.P4_COMMENTS, article_id=409513)
    PATHS["R"].parent.mkdir(parents=True, exist_ok=True)
    PATHS["R"].write_text(report_markdown(), encoding="utf-8")

    dump(HERE / "gazetteer.json", sd.GAZETTEER)
    dump(HERE / "requirements.json", sd.requirements_json())

    # halves: per shape, shuffle indices with one Random(SEED); first half (rounded up) -> dev
    rng = random.Random(SEED)
    qs = [dict(q) for q in sd.QUESTIONS]
    for shape in sd.SHAPES:
        idx = [i for i, q in enumerate(qs) if q["shape"] == shape]
        rng.shuffle(idx)
        cut = (len(idx) + 1) // 2
        for n, i in enumerate(idx):
            qs[i]["half"] = "dev" if n < cut else "heldout"
    order = ("question", "shape", "half", "gold", "expect", "forbid", "unanswerable")
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as f:
        for q in qs:
            f.write(nfc(json.dumps({k: q[k] for k in order}, ensure_ascii=False)) + "\n")

    DRAFTS.mkdir(parents=True, exist_ok=True)
    names = sorted(sd.DRAFTS_TEXT)
    order_d = names[:]
    rng.shuffle(order_d)
    halves = {n: ("dev" if k < (len(order_d) + 1) // 2 else "heldout") for k, n in enumerate(order_d)}
    for name in names:
        (DRAFTS / name).write_text(nfc(sd.DRAFTS_TEXT[name]).strip() + "\n", encoding="utf-8")
    exp = {"_comment": sd.EXPECTED_COMMENT, "drafts": {}}
    for name in names:
        district, labels = sd.DRAFT_LABELS[name]
        exp["drafts"][name] = {"district": district, "half": halves[name], "expected": dict(labels)}
    dump(DRAFTS / "expected.json", exp)
    print(f"wrote {len(qs)} questions, {len(names)} drafts, "
          f"{sum(len(v) for v in sd.REQS.values())} requirements")

    rc = subprocess.call([sys.executable, "-B", str(HERE / "check_set.py")])
    sys.exit(rc)


if __name__ == "__main__":
    main()
