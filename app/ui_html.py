"""The web app's HTML: our domain objects rendered as page fragments, every piece of document text escaped.

Document text reaches the page only through `esc` (html.escape): a `<script>` or a markdown link in a
document shows as typed. Nothing here calls the Assistant or gradio; app.ui_actions and app.ui do.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Protocol

from app.domain import (
    Answer,
    DocumentInfo,
    IndexReport,
    Outline,
    Requirement,
    RequirementChanges,
    Review,
    ReviewItem,
)
from app.labels import ALL_DISTRICTS, show_date

APP_TITLE = "Trợ lý Dự thảo"
DOC_TYPES = {"guidance": "Hướng dẫn", "report": "Báo cáo", "other": "Khác"}
STATUSES = {  # review status → (label, css class)
    "addressed": ("Đã có", "ok"),
    "partly": ("Một phần", "partly"),
    "missing": ("Còn thiếu", "missing"),
}
LABELS = {
    "vi": {
        "sources": "Nguồn trích dẫn",
        "related": "Các đoạn có thể liên quan",
        "not_found": "Không tìm thấy câu trả lời trong tài liệu.",
        "see_related": "Xem các đoạn có thể liên quan ở khung Nguồn.",
        "paragraph": "đoạn",
        "page": "trang",
        "unverified": "Chưa kiểm chứng được câu trích này trong đoạn nguồn.",
        "unsupported": "Các câu chưa kiểm chứng được nguồn",
        "understood": "Câu hỏi được hiểu là",
        "empty": "Đặt câu hỏi để xem nguồn trích dẫn ở đây.",
    },
    "en": {
        "sources": "Sources",
        "related": "Possibly related passages",
        "not_found": "No answer was found in the documents.",
        "see_related": "See the possibly related passages under Sources.",
        "paragraph": "paragraph",
        "page": "page",
        "unverified": "This quote could not be verified in its paragraph.",
        "unsupported": "Sentences whose source could not be verified",
        "understood": "Question understood as",
        "empty": "Ask a question to see its sources here.",
    },
}
OPEN_CHANGES = 8  # a district's list of changed requirements starts folded when it is longer than this


class Located(Protocol):
    """Where a text comes from: what a Citation, a Chunk and a Requirement all say about their source."""

    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def section(self) -> str: ...
    @property
    def page(self) -> int | None: ...


# ---- text → safe HTML ------------------------------------------------------------------------------


def esc(text: str | None) -> str:
    """HTML-escaped text: markup and markdown in documents show as typed, never as links or scripts."""
    return html.escape(text or "", quote=True)


def text_html(text: str | None) -> str:
    """Escaped text with its line breaks kept."""
    return esc((text or "").strip()).replace("\r\n", "\n").replace("\n", "<br>")


def chat_text(text: str | None) -> str:
    """A chat message: escaped, otherwise plain, so the copy button copies what the reader sees.

    The chatbot renders neither markdown nor (after this) HTML; its CSS keeps the line breaks.
    """
    return html.escape((text or "").strip(), quote=False)


def shorten(text: str, limit: int) -> str:
    """At most about `limit` characters, cut at a word, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def fmt_date(iso: str | None) -> str:
    """2020-03-12 → 12/03/2020 (as dates are written in Vietnam); other forms unchanged."""
    if not iso:
        return ""
    return show_date(iso) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else iso


def district_label(name: str, word: str = "Huyện") -> str:
    """'Kim Thành' → 'Huyện Kim Thành'; 'TP Chí Linh', 'TX Kinh Môn' already say what they are."""
    return name if name.startswith(("TP ", "TX ")) else f"{word} {name}"


def highlight(paragraph: str, quote: str) -> str:
    """The paragraph, escaped, with the quote marked; a quote not found in it is shown marked above it."""
    paragraph, quote = paragraph or "", (quote or "").strip()
    if not quote:
        return esc(paragraph)
    start = paragraph.find(quote)
    end = start + len(quote)
    if start < 0:
        # the quote may differ from the paragraph only in spacing or case
        pattern = r"\s+".join(re.escape(word) for word in quote.split())
        found = re.search(pattern, paragraph, re.IGNORECASE)
        if found is None:
            return f"<mark>{esc(quote)}</mark><br><span class='context'>{esc(paragraph)}</span>"
        start, end = found.span()
    return f"{esc(paragraph[:start])}<mark>{esc(paragraph[start:end])}</mark>{esc(paragraph[end:])}"


def cite_html(where: Located, language: str = "vi", show_file: bool = True) -> str:
    """Title, date, section path, page (PDF) or paragraph, and the file (a tooltip when not shown)."""
    labels = LABELS.get(language, LABELS["vi"])
    parts = [f"<b>{esc(where.title)}</b>"]
    if where.date:
        parts.append(esc(fmt_date(where.date)))
    if where.section:
        parts.append(f"<span class='cite-section'>{esc(where.section)}</span>")
    if where.page is not None:
        parts.append(f"{labels['page']} {where.page}")
    else:
        parts.append(f"{labels['paragraph']} {where.paragraph}")
    line = f"<span class='cite-line' title='{esc(where.source)}'>{' · '.join(parts)}</span>"
    return line + (f"<span class='cite-file'>{esc(where.source)}</span>" if show_file else "")


def header_html(notice: str | None, with_logout: bool) -> str:
    """The app's title bar, the logout link when there are logins, and the access notice."""
    logout = "<a class='logout' href='/logout'>Đăng xuất</a>" if with_logout else ""
    note = re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(notice)) if notice else ""
    note = f"<div class='access'>{note}</div>" if note else ""
    return (
        f"<div class='app-header'><div><h1>{APP_TITLE}</h1><div class='subtitle'>Hỗ trợ soạn thảo và góp ý "
        "dự thảo Báo cáo chính trị đại hội Đảng bộ cấp huyện, tỉnh Hải Dương — mọi câu trả lời đều dẫn nguồn."
        f"</div></div>{logout}</div>{note}"
    )


# ---- Hỏi đáp -----------------------------------------------------------------------------------------


def answer_message(answer: Answer) -> str:
    """The final answer as a chat message (plain text with its [n] markers), notice first, hint last."""
    labels = LABELS.get(answer.language, LABELS["vi"])
    text = answer.text.strip()
    if not answer.found and answer.passages:
        text += "\n\n" + labels["see_related"]
    if answer.notice:
        text = f"({answer.notice})\n\n{text}"
    return chat_text(text)


def sources_html(answer: Answer | None) -> str:
    """The sources panel: each citation with its quote marked inside its paragraph, or related passages."""
    if answer is None:
        return f"<div class='sources empty'>{LABELS['vi']['empty']}</div>"
    labels = LABELS.get(answer.language, LABELS["vi"])
    out = ["<div class='sources'>"]
    if answer.standalone_question and answer.standalone_question != answer.question:
        out.append(
            f"<div class='understood'>{labels['understood']}: “{esc(answer.standalone_question)}”</div>"
        )
    if answer.citations:
        out.append(f"<h3>{labels['sources']}</h3>")
        for c in answer.citations:
            out.append(
                f"<div class='source' data-n='{c.n}'><div class='source-head'><span class='n'>[{c.n}]</span>"
                f"{cite_html(c, answer.language)}</div>"
                f"<blockquote>{highlight(c.passage_text or c.quote, c.quote)}</blockquote>"
                + ("" if c.supported else f"<div class='warn'>{labels['unverified']}</div>")
                + "</div>"
            )
    else:
        out.append(f"<div class='not-found'>{labels['not_found']}</div>")
        if answer.passages:
            out.append(f"<h3>{labels['related']}</h3>")
            for p in answer.passages[:3]:
                out.append(
                    f"<div class='source related'><div class='source-head'>"
                    f"{cite_html(p.chunk, answer.language)}</div>"
                    f"<blockquote>{esc(p.chunk.text)}</blockquote></div>"
                )
    if answer.unsupported:
        items = "".join(f"<li>{esc(s)}</li>" for s in answer.unsupported)
        out.append(f"<div class='warn'>{labels['unsupported']}:<ul>{items}</ul></div>")
    out.append("</div>")
    return "".join(out)


# ---- Góp ý dự thảo -----------------------------------------------------------------------------------


def status_badge(status: str) -> str:
    label, css = STATUSES.get(status, (status, "other"))
    return f"<span class='badge {css}'>{esc(label)}</span>"


def review_summary_html(review: Review) -> str:
    """District, counts per status, the summary and any notice."""
    counts = {s: sum(1 for i in review.items if i.status == s) for s in STATUSES}
    parts = [f"{n} {STATUSES[s][0].lower()}" for s, n in counts.items() if n]
    out = ["<div class='review-summary'>"]
    if review.needs_district:
        out.append(
            "<div class='warn'>Chưa nhận ra dự thảo của huyện nào: hãy chọn huyện rồi bấm "
            "<b>Góp ý</b> lại để xem cả các yêu cầu riêng cho huyện.</div>"
        )
    head = f"Huyện: <b>{esc(review.district)}</b>" if review.district else "Các yêu cầu chung"
    if parts:
        head += " · " + ", ".join(parts)
    out.append(f"<div class='review-head'>{head}</div>")
    if review.summary:
        out.append(f"<p>{text_html(review.summary)}</p>")
    if review.notice:
        out.append(f"<div class='notice'>{esc(review.notice)}</div>")
    out.append("</div>")
    return "".join(out)


def _review_row(item: ReviewItem) -> str:
    r = item.requirement
    suggestion = (
        f"<div class='suggestion'>Gợi ý: {text_html(item.suggestion)}</div>" if item.suggestion else ""
    )
    if not item.draft_quote:
        draft = "<i class='muted'>Chưa thấy trong dự thảo</i>"
    elif item.status == "missing":  # the closest passage, which does not meet the requirement
        closest = shorten(item.draft_quote, 240)
        draft = f"<span class='muted'><i>Chưa thấy; đoạn gần nhất:</i> “{esc(closest)}”</span>"
    else:
        draft = f"“{esc(item.draft_quote)}”"
    return (
        f"<tr class='status-{esc(item.status)}'><td>{status_badge(item.status)}</td>"
        f"<td>{esc(r.text)}{suggestion}</td><td>{draft}</td>"
        f"<td>“{esc(r.quote)}”<div class='cite'>{cite_html(r, show_file=False)}</div></td></tr>"
    )


def review_groups(review: Review) -> list[tuple[str | None, list[ReviewItem]]]:
    """The province's remarks for this district first, then those for every district (reviewer's order kept).

    A single group gets no title.
    """
    own = [i for i in review.items if i.requirement.districts]
    general = [i for i in review.items if not i.requirement.districts]
    if not own or not general:
        return [(None, own or general)]
    name = district_label(review.district, "huyện") if review.district else "huyện này"
    return [(f"Yêu cầu riêng cho {name}", own), ("Yêu cầu chung cho các huyện", general)]


def ordered_items(review: Review) -> list[ReviewItem]:
    return [item for _, items in review_groups(review) for item in items]


def checklist_html(review: Review) -> str:
    """The checklist: status, requirement, what the draft says, what the guidance says (with citation)."""
    if not review.items:
        return "<div class='muted'>Không có yêu cầu nào trong hướng dẫn áp dụng cho dự thảo này.</div>"
    rows = []
    for title, items in review_groups(review):
        if title:
            rows.append(f"<tr class='group'><th colspan='4'>{esc(title)}</th></tr>")
        rows.extend(_review_row(item) for item in items)
    return (
        "<table class='checklist'><colgroup><col style='width:9%'><col style='width:23%'>"
        "<col style='width:34%'><col style='width:34%'></colgroup><thead><tr><th>Trạng thái</th>"
        "<th>Yêu cầu</th><th>Trong dự thảo</th><th>Hướng dẫn (nguồn)</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# ---- Dàn ý báo cáo -----------------------------------------------------------------------------------


def own_label(r: Requirement, district: str) -> str:
    """'riêng Kim Thành' for a requirement the guidance gives that district alone; '' for a general one."""
    if not r.districts:
        return ""
    names = [district] if district in r.districts else list(r.districts)
    return "riêng " + ", ".join(names)


def outline_html(outline: Outline) -> str:
    """The outline: the report's sections in order, each requirement with its verbatim quote and source."""
    name = district_label(outline.district)
    count = sum(len(s.requirements) for s in outline.sections)
    if not count:
        return (
            "<div class='outline muted'>Các văn bản hướng dẫn đã lập chỉ mục không có yêu cầu nào cho "
            f"{esc(name)}.</div>"
        )
    out = [
        "<div class='outline'>",
        f"<div class='outline-head'>Dàn ý Báo cáo chính trị — <b>{esc(name)}</b> · {count} yêu cầu</div>",
        "<div class='muted'>Mọi yêu cầu của các văn bản hướng dẫn áp dụng cho đơn vị này, xếp theo các phần "
        "thường có của báo cáo chính trị, kèm câu trích nguyên văn và nguồn.</div>",
    ]
    for section in outline.sections:
        out.append(f"<h3>{esc(section.title)}</h3><ol class='outline-items'>")
        for r in section.requirements:
            own = own_label(r, outline.district)
            badge = f" <span class='badge own'>{esc(own)}</span>" if own else ""
            out.append(
                f"<li><div class='req'>{esc(r.text)}{badge}</div>"
                f"<blockquote>“{esc(r.quote)}”</blockquote>"
                f"<div class='cite'>{cite_html(r, show_file=False)}</div></li>"
            )
        out.append("</ol>")
    out.append("</div>")
    return "".join(out)


# ---- Tài liệu ----------------------------------------------------------------------------------------


def documents_table(docs: Sequence[DocumentInfo], rejected: dict[str, str]) -> str:
    """The indexed documents as a table, then the files that could not be read."""
    rows = "".join(
        f"<tr><td><div class='doc-title'>{esc(d.title)}</div><div class='cite-file'>{esc(d.source)}</div>"
        + (f"<div class='muted'>Trùng nội dung: {esc(', '.join(d.duplicates))}</div>" if d.duplicates else "")
        + f"</td><td>{esc(DOC_TYPES.get(d.doc_type, d.doc_type))}</td><td>{esc(fmt_date(d.date)) or '—'}</td>"
        f"<td class='num'>{d.paragraphs}</td><td class='num'>{d.chunks}</td></tr>"
        for d in docs
    )
    out = [
        f"<div class='doc-count'>{len(docs)} tài liệu đã lập chỉ mục</div>",
        "<table class='documents'><thead><tr><th>Tài liệu</th><th>Loại</th><th>Ngày</th>"
        "<th class='num'>Số đoạn</th><th class='num'>Số khối chỉ mục</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>",
    ]
    if rejected:
        items = "".join(
            f"<li><b>{esc(path)}</b>: {esc(reason)}</li>" for path, reason in sorted(rejected.items())
        )
        out.append(f"<div class='warn'>Tệp trong kho chưa đọc được:<ul>{items}</ul></div>")
    return "".join(out)


def index_report_html(report: IndexReport) -> str:
    """What a rebuild did, in a sentence, the files it could not read, and how the requirements changed."""
    c = report.counts()
    out = [
        f"<div>Đã cập nhật chỉ mục: thêm {c['added']}, sửa {c['updated']}, xóa {c['removed']} tài liệu; "
        f"{report.chunks_total} khối chỉ mục ({report.chunks_embedded} khối vừa được nhúng).</div>"
    ]
    if report.rejected:
        items = "".join(f"<li><b>{esc(path)}</b>: {esc(reason)}</li>" for path, reason in report.rejected)
        out.append(f"<div class='warn'>Không đọc được:<ul>{items}</ul></div>")
    out.append(requirement_changes_html(report))
    return "".join(out)


def _change_source(r: Requirement) -> str:
    return f"<div class='cite'>{cite_html(r, show_file=False)}</div>"


def _district_changes(change: RequirementChanges) -> str:
    who = district_label(change.district) if change.district else ALL_DISTRICTS
    counts = [
        f"{label} {n}"
        for label, n in (
            ("thêm", len(change.added)),
            ("bỏ", len(change.removed)),
            ("sửa", len(change.changed)),
        )
        if n
    ]
    rows = [
        f"<li class='added'><span class='sign'>+</span> {esc(r.text)}{_change_source(r)}</li>"
        for r in change.added
    ]
    rows += [
        f"<li class='removed'><span class='sign'>−</span> {esc(r.text)}{_change_source(r)}</li>"
        for r in change.removed
    ]
    rows += [
        f"<li class='changed'><span class='sign'>~</span> <span class='before'>{esc(before.text)}</span>"
        f" → <span class='after'>{esc(after.text)}</span>{_change_source(after)}</li>"
        for before, after in change.changed
    ]
    opened = " open" if len(rows) <= OPEN_CHANGES else ""
    return (
        f"<details class='change'{opened}><summary><b>{esc(who)}</b>: {', '.join(counts)}</summary>"
        f"<ul>{''.join(rows)}</ul></details>"
    )


def requirement_changes_html(report: IndexReport) -> str:
    """Requirements a rebuild added (+), removed (−) and changed (before → after), per district."""
    out = [
        "<div class='requirement-changes'><h3>Yêu cầu thay đổi sau lần cập nhật</h3>",
        f"<div class='muted'>Danh mục có {report.requirements_total} yêu cầu rút từ các văn bản hướng dẫn."
        "</div>",
    ]
    if not report.requirement_changes:
        out.append("<div class='muted'>Không có yêu cầu nào thay đổi.</div>")
    out.extend(_district_changes(change) for change in report.requirement_changes)
    out.append("</div>")
    return "".join(out)
