"""The web app: Hỏi đáp (cited answers), Góp ý dự thảo (draft review), Tài liệu (the corpus).

Callbacks are plain module-level functions of the Assistant and the inputs that return values and HTML
strings; build_ui wires them to gradio with thin closures. Document text reaches the page only through
`esc` (html.escape): the chatbot renders no markdown, and every HTML fragment is built here.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import gradio as gr

from app.domain import Answer, DocumentInfo, IndexReport, Review, ReviewItem, Turn
from app.errors import DuthaoError
from app.service import Assistant
from app.settings import Settings

APP_TITLE = "Trợ lý Dự thảo"
EXAMPLE_QUESTIONS = (
    "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?",
    "Thường trực Tỉnh ủy yêu cầu Tứ Kỳ có tầm nhìn đến năm nào?",
    "Nam Sách cần làm gì để trở thành thị xã trước năm 2030?",
    "Khi đánh giá nhiệm kỳ qua, các huyện cần so sánh với thời điểm nào?",
)
CHAT_PLACEHOLDER = (
    "<b>Hỏi về nội dung các văn bản hướng dẫn.</b><br>"
    "Mỗi câu trả lời đều dẫn nguồn: tên văn bản, ngày và số đoạn. Có thể bắt đầu bằng một câu hỏi mẫu:"
)
ALL_DISTRICTS = ""  # dropdown value: no district filter / detect it from the text
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
        "unverified": "This quote could not be verified in its paragraph.",
        "unsupported": "Sentences whose source could not be verified",
        "understood": "Question understood as",
        "empty": "Ask a question to see its sources here.",
    },
}

Progress = Callable[[int, int], None]
Messages = list[dict[str, Any]]

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
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{m[3]}/{m[2]}/{m[1]}" if m else iso


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


def cite_html(
    title: str, date: str | None, paragraph: int, source: str, language: str = "vi", show_file: bool = True
) -> str:
    """Title, date, paragraph number and file of a source (the file as a tooltip when not shown)."""
    parts = [f"<b>{esc(title)}</b>"]
    if date:
        parts.append(esc(fmt_date(date)))
    parts.append(f"{LABELS[language]['paragraph']} {paragraph}")
    line = f"<span class='cite-line' title='{esc(source)}'>{' · '.join(parts)}</span>"
    return line + (f"<span class='cite-file'>{esc(source)}</span>" if show_file else "")


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
                f"{cite_html(c.title, c.date, c.paragraph, c.source, answer.language)}</div>"
                f"<blockquote>{highlight(c.passage_text or c.quote, c.quote)}</blockquote>"
                + ("" if c.supported else f"<div class='warn'>{labels['unverified']}</div>")
                + "</div>"
            )
    else:
        out.append(f"<div class='not-found'>{labels['not_found']}</div>")
        if answer.passages:
            out.append(f"<h3>{labels['related']}</h3>")
            for p in answer.passages[:3]:
                ch = p.chunk
                out.append(
                    f"<div class='source related'><div class='source-head'>"
                    f"{cite_html(ch.title, ch.date, ch.paragraph, ch.source, answer.language)}</div>"
                    f"<blockquote>{esc(ch.text)}</blockquote></div>"
                )
    if answer.unsupported:
        items = "".join(f"<li>{esc(s)}</li>" for s in answer.unsupported)
        out.append(f"<div class='warn'>{labels['unsupported']}:<ul>{items}</ul></div>")
    out.append("</div>")
    return "".join(out)


# ---- Hỏi đáp -----------------------------------------------------------------------------------------


def ask_events(
    assistant: Assistant,
    question: str,
    chat: Messages | None,
    turns: Sequence[Turn] | None,
    district: str | None,
) -> Iterator[tuple[Messages, list[Turn], str]]:
    """Stream one exchange: (chat messages, conversation turns, sources panel) after each piece of text."""
    chat, turns = list(chat or []), list(turns or [])
    question = (question or "").strip()
    if not question:
        raise gr.Error("Hãy nhập câu hỏi.")
    chat.append({"role": "user", "content": chat_text(question)})
    chat.append({"role": "assistant", "content": "Đang tìm trong tài liệu…"})
    yield list(chat), list(turns), sources_html(None)
    written = ""
    for event in assistant.ask_stream(question, turns, district=district or None):
        if isinstance(event, Answer):
            # the final text may differ from the streamed one (citations verified): it replaces it
            chat[-1] = {"role": "assistant", "content": answer_message(event)}
            turns.append(Turn(question, event.text))
            yield list(chat), list(turns), sources_html(event)
            return
        written += event
        chat[-1] = {"role": "assistant", "content": chat_text(written) + " ▌"}
        yield list(chat), list(turns), sources_html(None)


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
    cite = cite_html(r.title, r.date, r.paragraph, r.source, show_file=False)
    return (
        f"<tr class='status-{esc(item.status)}'><td>{status_badge(item.status)}</td>"
        f"<td>{esc(r.text)}{suggestion}</td><td>{draft}</td>"
        f"<td>“{esc(r.quote)}”<div class='cite'>{cite}</div></td></tr>"
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


def review_markdown(review: Review) -> str:
    """The review as a Markdown document to download."""
    title = "Góp ý dự thảo Báo cáo chính trị" + (f" — huyện {review.district}" if review.district else "")
    lines = [f"# {title}", ""]
    if review.summary:
        lines += [review.summary, ""]
    if review.notice:
        lines += [f"> {review.notice}", ""]
    for n, item in enumerate(ordered_items(review), 1):
        r = item.requirement
        date = f", {fmt_date(r.date)}" if r.date else ""
        lines += [
            f"## {n}. {STATUSES.get(item.status, (item.status,))[0]}: {r.text}",
            "",
            f"- Trong dự thảo: “{item.draft_quote}”" if item.draft_quote else "- Trong dự thảo: chưa thấy",
            f"- Hướng dẫn: “{r.quote}” ({r.title}{date}, đoạn {r.paragraph})",
        ]
        if item.suggestion:
            lines.append(f"- Gợi ý: {item.suggestion}")
        lines.append("")
    return "\n".join(lines)


def write_review_docx(review: Review, path: Path) -> Path:
    """The review as a Word document: summary, then the checklist as a table."""
    import docx

    document = docx.Document()
    title = "Góp ý dự thảo Báo cáo chính trị" + (f" — huyện {review.district}" if review.district else "")
    document.add_heading(title, level=1)
    if review.summary:
        document.add_paragraph(review.summary)
    if review.notice:
        document.add_paragraph().add_run(review.notice).italic = True
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells, ("Trạng thái", "Yêu cầu", "Trong dự thảo", "Hướng dẫn (nguồn)"), strict=True
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    for item in ordered_items(review):
        r = item.requirement
        date = f", {fmt_date(r.date)}" if r.date else ""
        cells = table.add_row().cells
        cells[0].text = STATUSES.get(item.status, (item.status,))[0]
        cells[1].text = r.text + (f"\nGợi ý: {item.suggestion}" if item.suggestion else "")
        cells[2].text = f"“{item.draft_quote}”" if item.draft_quote else "Chưa thấy trong dự thảo"
        cells[3].text = f"“{r.quote}”\n({r.title}{date}, đoạn {r.paragraph})"
    document.save(str(path))
    return path


def export_review(review: Review, folder: Path) -> tuple[Path, Path]:
    """Write the review as .md and .docx into folder; returns both paths."""
    slug = re.sub(r"\W+", "-", review.district or "chung").strip("-").lower()
    md = folder / f"gop-y-du-thao-{slug}.md"
    md.write_text(review_markdown(review), encoding="utf-8")
    return md, write_review_docx(review, folder / f"gop-y-du-thao-{slug}.docx")


def run_review(assistant: Assistant, draft: str, district: str | None) -> tuple[str, str, Review]:
    """Review a draft: (summary HTML, checklist HTML, the Review)."""
    if not (draft or "").strip():
        raise gr.Error("Hãy dán đoạn dự thảo hoặc tải tệp dự thảo lên.")
    review = assistant.review(draft, district=district or None)
    return review_summary_html(review), checklist_html(review), review


def load_draft(assistant: Assistant, filename: str, data: bytes) -> str:
    """The text of an uploaded draft file, for the draft box."""
    return assistant.read_text(filename, data)


# ---- Tài liệu ----------------------------------------------------------------------------------------


def documents_html(assistant: Assistant) -> str:
    """The indexed documents as a table, then the files that could not be read."""
    docs: list[DocumentInfo] = assistant.documents()
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
    rejected = assistant.rejected_files()
    if rejected:
        items = "".join(
            f"<li><b>{esc(path)}</b>: {esc(reason)}</li>" for path, reason in sorted(rejected.items())
        )
        out.append(f"<div class='warn'>Tệp trong kho chưa đọc được:<ul>{items}</ul></div>")
    return "".join(out)


def document_choices(assistant: Assistant) -> list[tuple[str, str]]:
    """(label, corpus path) of each document, for the remove dropdown."""
    return [(f"{d.title[:80]} ({d.source})", d.source) for d in assistant.documents()]


def index_report_html(report: IndexReport) -> str:
    """What a rebuild did, in a sentence, and the files it could not read."""
    c = report.counts()
    out = [
        f"<div>Đã cập nhật chỉ mục: thêm {c['added']}, sửa {c['updated']}, xóa {c['removed']} tài liệu; "
        f"{report.chunks_total} khối chỉ mục ({report.chunks_embedded} khối vừa được nhúng).</div>"
    ]
    if report.rejected:
        items = "".join(f"<li><b>{esc(path)}</b>: {esc(reason)}</li>" for path, reason in report.rejected)
        out.append(f"<div class='warn'>Không đọc được:<ul>{items}</ul></div>")
    return "".join(out)


def upload_documents(
    assistant: Assistant,
    files: Sequence[tuple[str, bytes]],
    doc_type: str,
    progress: Progress | None = None,
) -> str:
    """Check, save and index uploaded files; returns the status. Unreadable files are refused, not saved."""
    if not files:
        raise gr.Error("Hãy chọn ít nhất một tệp (.txt, .md, .docx, .pdf, .html).")
    existing = {d.source for d in assistant.documents()}
    saved: list[str] = []
    problems: list[str] = []
    for name, data in files:
        try:
            assistant.read_text(name, data)  # a file the index cannot read is refused here, not kept
            saved.append(assistant.add_document(name, data, doc_type))
        except DuthaoError as exc:
            problems.append(str(exc))
    if not saved:
        raise gr.Error("Không thêm được tệp nào. " + " ".join(problems))
    report = assistant.build_index(progress)
    out = [
        "<div class='ok'>Đã thêm vào kho: "
        + ", ".join(f"<b>{esc(s)}</b>" + (" (thay bản cũ)" if s in existing else "") for s in saved)
        + "</div>",
        index_report_html(report),
    ]
    if problems:
        items = "".join(f"<li>{esc(p)}</li>" for p in problems)
        out.append(f"<div class='warn'>Không thêm được:<ul>{items}</ul></div>")
    return "".join(out)


def remove_document(assistant: Assistant, source: str | None, progress: Progress | None = None) -> str:
    """Delete a document from the corpus and update the index; returns the status."""
    if not source:
        return "<div class='muted'>Không có tài liệu nào bị xóa.</div>"
    assistant.remove_document(source)
    report = assistant.build_index(progress)
    return f"<div class='ok'>Đã xóa <b>{esc(source)}</b> khỏi kho.</div>" + index_report_html(report)


def rebuild_index(assistant: Assistant, progress: Progress | None = None) -> str:
    """Bring the index in line with the corpus folder (after files were copied into it by hand)."""
    return index_report_html(assistant.build_index(progress))


# ---- wiring ------------------------------------------------------------------------------------------


@contextmanager
def _errors_shown() -> Iterator[None]:
    """Domain errors become gradio error pop-ups carrying their message (which says what to do)."""
    try:
        yield
    except DuthaoError as exc:
        raise gr.Error(str(exc)) from exc


def _bar(progress: gr.Progress, desc: str) -> Progress:
    def update(done: int, total: int) -> None:
        if total:
            progress((done, total), desc=desc, unit="khối")

    return update


def _read_uploads(paths: Sequence[str] | str | None) -> list[tuple[str, bytes]]:
    if not paths:
        return []
    if isinstance(paths, str):
        paths = [paths]
    return [(Path(p).name, Path(p).read_bytes()) for p in paths]


def district_label(name: str, word: str = "Huyện") -> str:
    """'Kim Thành' → 'Huyện Kim Thành'; 'TP Chí Linh', 'TX Kinh Môn' already say what they are."""
    return name if name.startswith(("TP ", "TX ")) else f"{word} {name}"


def header_html(notice: str | None, with_logout: bool) -> str:
    logout = "<a class='logout' href='/logout'>Đăng xuất</a>" if with_logout else ""
    note = re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(notice)) if notice else ""
    note = f"<div class='access'>{note}</div>" if note else ""
    return (
        f"<div class='app-header'><div><h1>{APP_TITLE}</h1><div class='subtitle'>Hỗ trợ soạn thảo và góp ý "
        "dự thảo Báo cáo chính trị đại hội Đảng bộ cấp huyện, tỉnh Hải Dương — mọi câu trả lời đều dẫn nguồn."
        f"</div></div>{logout}</div>{note}"
    )


def build_ui(assistant: Assistant, settings: Settings, notice: str | None = None) -> gr.Blocks:
    """The three-tab app over one Assistant."""
    districts = [(district_label(d), d) for d in assistant.districts()]
    suffixes = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"]

    with gr.Blocks(title=APP_TITLE, analytics_enabled=False) as demo:
        gr.HTML(header_html(notice, settings.users is not None))
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="hoi-dap"):
                turns = gr.State([])
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            show_label=False,
                            elem_id="chat",
                            height=520,
                            render_markdown=False,
                            sanitize_html=True,
                            latex_delimiters=[],
                            feedback_options=None,
                            buttons=["copy"],
                            placeholder=CHAT_PLACEHOLDER,
                            examples=[{"text": q} for q in EXAMPLE_QUESTIONS],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                show_label=False,
                                placeholder="Nhập câu hỏi rồi nhấn Enter…",
                                lines=1,
                                max_lines=4,
                                scale=5,
                                elem_id="question",
                                autofocus=True,
                            )
                            ask = gr.Button(
                                "Hỏi", variant="primary", scale=1, min_width=80, elem_id="ask-btn"
                            )
                        with gr.Row(equal_height=True):
                            district = gr.Dropdown(
                                [("Hỏi về mọi huyện", ALL_DISTRICTS)] + districts,
                                value=ALL_DISTRICTS,
                                show_label=False,
                                container=False,
                                scale=3,
                                elem_id="district",
                            )
                            clear = gr.Button("Cuộc hội thoại mới", variant="secondary", scale=1, size="md")
                    with gr.Column(scale=2):
                        sources = gr.HTML(sources_html(None), elem_id="sources")

            with gr.Tab("Góp ý dự thảo", id="gop-y"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        draft = gr.Textbox(
                            label="Dự thảo",
                            lines=10,
                            max_lines=30,
                            elem_id="draft",
                            placeholder="Dán đoạn dự thảo Báo cáo chính trị vào đây…",
                        )
                    with gr.Column(scale=1, min_width=220):
                        review_district = gr.Dropdown(
                            [("Tự nhận biết từ dự thảo", ALL_DISTRICTS)] + districts,
                            value=ALL_DISTRICTS,
                            label="Huyện",
                            elem_id="review-district",
                        )
                        draft_file = gr.UploadButton(
                            "Tải tệp dự thảo (.docx, .txt)",
                            file_types=[".docx", ".txt"],
                            file_count="single",
                            variant="secondary",
                            size="md",
                        )
                        review_btn = gr.Button("Góp ý", variant="primary", elem_id="review-btn")
                        with gr.Row():
                            download_md = gr.DownloadButton(
                                "Tải Markdown", visible=False, size="sm", elem_id="download-md"
                            )
                            download_docx = gr.DownloadButton(
                                "Tải Word (.docx)", visible=False, size="sm", elem_id="download-docx"
                            )
                review_summary = gr.HTML(elem_id="review-summary")
                checklist = gr.HTML(elem_id="checklist")

            with gr.Tab("Tài liệu", id="tai-lieu"):
                documents = gr.HTML(elem_id="documents")
                with gr.Row(equal_height=False):
                    with gr.Column():
                        gr.Markdown(
                            "**Thêm tài liệu vào kho** — tệp .txt, .md, .docx, .pdf hoặc .html, "
                            f"tối đa {settings.max_upload_mb} MB mỗi tệp."
                        )
                        doc_type = gr.Radio(
                            [("Hướng dẫn của tỉnh", "guidance"), ("Báo cáo của huyện", "report")],
                            value="guidance",
                            label="Loại tài liệu",
                            elem_id="doc-type",
                        )
                        upload = gr.UploadButton(
                            "Chọn tệp và thêm vào kho",
                            file_types=suffixes,
                            file_count="multiple",
                            variant="primary",
                            elem_id="upload-btn",
                        )
                    with gr.Column():
                        gr.Markdown("**Xóa tài liệu khỏi kho**")
                        to_remove = gr.Dropdown([], label="Tài liệu", elem_id="remove-choice")
                        remove = gr.Button("Xóa và cập nhật chỉ mục", variant="stop", elem_id="remove-btn")
                        rebuild = gr.Button("Cập nhật chỉ mục từ thư mục kho", size="sm")
                docs_status = gr.HTML(elem_id="docs-status")

        # -- thin closures over the plain functions --

        def _ask(q: str, chat: Messages, past: list[Turn], where: str) -> Iterator[tuple[Any, ...]]:
            with _errors_shown():
                for messages, new_turns, panel in ask_events(assistant, q, chat, past, where):
                    yield messages, new_turns, panel, ""

        def _pick_example(event: gr.SelectData) -> str:
            return event.value["text"]

        def _clear() -> tuple[Any, ...]:
            return [], [], sources_html(None), ""

        ask_in, ask_out = [question, chatbot, turns, district], [chatbot, turns, sources, question]
        ask.click(_ask, ask_in, ask_out)
        question.submit(_ask, ask_in, ask_out)
        chatbot.example_select(_pick_example, None, question).then(_ask, ask_in, ask_out)
        clear.click(_clear, None, ask_out)
        chatbot.clear(_clear, None, ask_out)

        def _load_draft(path: str) -> str:
            with _errors_shown():
                ((name, data),) = _read_uploads(path)
                return load_draft(assistant, name, data)

        def _review(text: str, where: str) -> tuple[Any, ...]:
            with _errors_shown():
                summary, table, result = run_review(assistant, text, where)
            md, docx_path = export_review(result, Path(tempfile.mkdtemp(prefix="duthao-review-")))
            return (
                summary,
                table,
                gr.DownloadButton(value=str(md), visible=True),
                gr.DownloadButton(value=str(docx_path), visible=True),
            )

        draft_file.upload(_load_draft, draft_file, draft)
        review_btn.click(
            _review, [draft, review_district], [review_summary, checklist, download_md, download_docx]
        )

        def _documents() -> tuple[Any, ...]:
            with _errors_shown():
                choices = document_choices(assistant)
                return documents_html(assistant), gr.Dropdown(choices=choices, value=None)

        def _upload(paths: list[str], kind: str, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            with _errors_shown():
                status = upload_documents(
                    assistant, _read_uploads(paths), kind, _bar(progress, "Đang lập chỉ mục")
                )
            return (status, *_documents())

        def _remove(source: str | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            with _errors_shown():
                status = remove_document(assistant, source, _bar(progress, "Đang cập nhật chỉ mục"))
            return (status, *_documents())

        def _rebuild(progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            with _errors_shown():
                status = rebuild_index(assistant, _bar(progress, "Đang cập nhật chỉ mục"))
            return (status, *_documents())

        docs_io = [docs_status, documents, to_remove]
        upload.upload(_upload, [upload, doc_type], docs_io)
        remove.click(
            _remove,
            to_remove,
            docs_io,
            js="(source) => (source && confirm('Xóa tài liệu này khỏi kho?\\n' + source)) ? source : null",
        )
        rebuild.click(_rebuild, None, docs_io)
        demo.load(_documents, None, [documents, to_remove])
    return demo


CSS = """
.app-header {display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem;}
.app-header h1 {margin: 0; font-size: 1.6rem; color: #a3151b;}
.app-header .subtitle {color: var(--body-text-color-subdued); margin-top: .2rem;}
.app-header .logout {white-space: nowrap;}
.access {margin-top: .4rem; padding: .35rem .7rem; border-radius: 6px; background: #fff7e0; color: #6b4b00;
  font-size: .9rem;}
.sources h3 {margin: .2rem 0 .6rem; font-size: 1.05rem;}
.sources.empty, .muted {color: var(--body-text-color-subdued);}
.source {border-left: 3px solid #a3151b; padding: .4rem .8rem; margin-bottom: .9rem;
  background: var(--block-background-fill); border-radius: 0 6px 6px 0;}
.source.related {border-left-color: #999;}
.source-head {display: flex; flex-wrap: wrap; gap: .2rem .5rem; align-items: baseline;}
.source-head .n {font-weight: 700; color: #a3151b;}
.cite-line {display: inline;}
.cite-file {display: block; width: 100%; font-size: .8rem; color: var(--body-text-color-subdued);
  word-break: break-all;}
.source blockquote {margin: .4rem 0 0; padding: 0; border: 0; font-size: .95rem; line-height: 1.5;}
.source blockquote .context {color: var(--body-text-color-subdued);}
mark {background: #ffe58a; color: #1a1a1a; padding: 0 .1rem; border-radius: 2px;}
.not-found {font-weight: 600; margin-bottom: .5rem;}
.understood {font-size: .9rem; color: var(--body-text-color-subdued); margin-bottom: .5rem;}
.warn {margin-top: .4rem; padding: .4rem .7rem; border-radius: 6px; background: #fdecea; color: #7a1c14;}
.ok {padding: .3rem 0; color: #1e6b34;}
#chat .message-content .md {white-space: pre-wrap;}
#chat .example {border: 1px solid var(--border-color-primary);}
.checklist, .documents {width: 100%; border-collapse: collapse; font-size: .93rem;}
.checklist th, .checklist td, .documents th, .documents td {
  border-bottom: 1px solid var(--border-color-primary); padding: .45rem .5rem; vertical-align: top;
  text-align: left;}
.checklist th, .documents th {background: var(--block-background-fill);}
.checklist td:first-child {white-space: nowrap;}
.checklist tr.group th {background: #f6efe6; color: #7a1c14; font-weight: 600;}
.checklist .cite {margin-top: .3rem; font-size: .85rem;}
.documents .num {text-align: right;}
.badge {display: inline-block; padding: .1rem .5rem; border-radius: 999px; font-size: .85rem;
  font-weight: 600;}
.badge.ok {background: #e3f4e8; color: #1e6b34;}
.badge.partly {background: #fff3d6; color: #7a5600;}
.badge.missing {background: #fdecea; color: #a3151b;}
.suggestion {margin-top: .3rem; font-style: italic;}
.review-head {font-size: 1.05rem; margin-bottom: .3rem;}
.doc-title {font-weight: 600;}
.doc-count {margin-bottom: .4rem; color: var(--body-text-color-subdued);}
"""


# gradio's login form has no Vietnamese translation (nor a way to give it one): the message explains its words
LOGIN_MESSAGE = (
    "Trợ lý Dự thảo — nhập tên đăng nhập (username) và mật khẩu (password) được cấp, rồi bấm Login."
)


def app_theme() -> gr.themes.Base:
    """Soft, with the red of party documents and the system's fonts (no web fonts: the app works offline)."""
    return gr.themes.Soft(
        primary_hue="red",
        neutral_hue="stone",
        font=["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["Consolas", "DejaVu Sans Mono", "monospace"],
    ).set(
        button_primary_background_fill="*primary_700",
        button_primary_background_fill_hover="*primary_800",
        button_primary_text_color="white",
    )


def launch(assistant: Assistant, settings: Settings, notice: str | None = None) -> None:
    """Serve the app until interrupted; logins are required when a users file is set."""
    from app.auth import make_authenticator

    demo = build_ui(assistant, settings, notice)
    auth = make_authenticator(settings.users) if settings.users is not None else None
    demo.queue(default_concurrency_limit=1)
    demo.launch(
        prevent_thread_lock=True,
        quiet=True,
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        auth_message=LOGIN_MESSAGE if auth else None,
        max_file_size=f"{settings.max_upload_mb}mb",
        theme=app_theme(),
        css=CSS,
        footer_links=[],
        show_error=True,
        ssr_mode=False,
    )
    print(
        f"Trợ lý Dự thảo: mở http://{settings.host}:{settings.port}/ trong trình duyệt (Ctrl+C để dừng)",
        flush=True,
    )
    demo.block_thread()
