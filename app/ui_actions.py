"""The web app's callbacks as plain functions of the Assistant and the inputs: what each button does.

They return HTML (from app.ui_html), domain objects and file paths, and raise gr.Error with a message that
says what to do; app.ui wires them to the page. None of them needs a browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import gradio as gr

from app import export
from app.domain import Answer, Outline, Review, Turn
from app.errors import DuthaoError
from app.service import Assistant
from app.ui_html import (
    STATUSES,
    answer_message,
    chat_text,
    checklist_html,
    documents_table,
    esc,
    fmt_date,
    index_report_html,
    ordered_items,
    outline_html,
    review_summary_html,
    sources_html,
)

Progress = Callable[[int, int], None]
Messages = list[dict[str, Any]]


def slug(name: str | None, default: str) -> str:
    """A file-name part from a district name: 'Kim Thành' → 'kim-thành'."""
    return re.sub(r"\W+", "-", name or default).strip("-").lower() or default


@contextmanager
def errors_shown() -> Iterator[None]:
    """Domain errors become gradio error pop-ups carrying their message (which says what to do)."""
    try:
        yield
    except DuthaoError as exc:
        raise gr.Error(str(exc)) from exc


# ---- Hỏi đáp -----------------------------------------------------------------------------------------


def ask_events(
    assistant: Assistant,
    question: str,
    chat: Messages | None,
    answers: Sequence[Answer] | None,
    district: str | None,
) -> Iterator[tuple[Messages, list[Answer], str]]:
    """Stream one exchange: (chat messages, the conversation's answers, sources panel) after each piece.

    The answers are the conversation: its turns for follow-up questions, and what its download holds.
    """
    chat, answers = list(chat or []), list(answers or [])
    question = (question or "").strip()
    if not question:
        raise gr.Error("Hãy nhập câu hỏi.")
    chat.append({"role": "user", "content": chat_text(question)})
    chat.append({"role": "assistant", "content": "Đang tìm trong tài liệu…"})
    yield list(chat), list(answers), sources_html(None)
    history = [Turn(a.question, a.text) for a in answers]
    written = ""
    for event in assistant.ask_stream(question, history, district=district or None):
        if isinstance(event, Answer):
            # the final text may differ from the streamed one (citations verified): it replaces it
            chat[-1] = {"role": "assistant", "content": answer_message(event)}
            answers.append(replace(event, question=question))  # the user's words, as the download shows
            yield list(chat), list(answers), sources_html(event)
            return
        written += event
        chat[-1] = {"role": "assistant", "content": chat_text(written) + " ▌"}
        yield list(chat), list(answers), sources_html(None)


def export_conversation(answers: Sequence[Answer], folder: Path) -> tuple[Path, Path] | None:
    """Write the conversation as .md and .docx (citations as footnotes) into folder; None when empty."""
    if not answers:
        return None
    md = folder / "hoi-dap.md"
    md.write_text(export.conversation_markdown(answers), encoding="utf-8")
    return md, export.conversation_docx(answers, folder / "hoi-dap.docx")


# ---- Góp ý dự thảo -----------------------------------------------------------------------------------


def run_review(assistant: Assistant, draft: str, district: str | None) -> tuple[str, str, Review]:
    """Review a draft: (summary HTML, checklist HTML, the Review)."""
    if not (draft or "").strip():
        raise gr.Error("Hãy dán đoạn dự thảo hoặc tải tệp dự thảo lên.")
    review = assistant.review(draft, district=district or None)
    return review_summary_html(review), checklist_html(review), review


def load_draft(assistant: Assistant, filename: str, data: bytes) -> str:
    """The text of an uploaded draft file, for the draft box."""
    return assistant.read_text(filename, data)


def _review_title(review: Review) -> str:
    return "Góp ý dự thảo Báo cáo chính trị" + (f" — huyện {review.district}" if review.district else "")


def review_markdown(review: Review) -> str:
    """The review as a Markdown document to download."""
    lines = [f"# {_review_title(review)}", ""]
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
    document.add_heading(_review_title(review), level=1)
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
    name = slug(review.district, "chung")
    md = folder / f"gop-y-du-thao-{name}.md"
    md.write_text(review_markdown(review), encoding="utf-8")
    return md, write_review_docx(review, folder / f"gop-y-du-thao-{name}.docx")


# ---- Dàn ý báo cáo -----------------------------------------------------------------------------------


def make_outline(assistant: Assistant, district: str | None) -> tuple[str, Outline]:
    """The outline of a district's report: (its HTML, the Outline)."""
    if not district:
        raise gr.Error("Hãy chọn huyện để lập dàn ý.")
    with errors_shown():
        outline = assistant.outline(district)
    return outline_html(outline), outline


def export_outline(outline: Outline, folder: Path) -> tuple[Path, Path]:
    """Write the outline as .md and .docx (sources as footnotes) into folder; returns both paths."""
    name = slug(outline.district, "chung")
    md = folder / f"dan-y-bao-cao-{name}.md"
    md.write_text(export.outline_markdown(outline), encoding="utf-8")
    return md, export.outline_docx(outline, folder / f"dan-y-bao-cao-{name}.docx")


# ---- Tài liệu ----------------------------------------------------------------------------------------


def documents_html(assistant: Assistant) -> str:
    """The indexed documents as a table, then the files that could not be read."""
    return documents_table(assistant.documents(), assistant.rejected_files())


def document_choices(assistant: Assistant) -> list[tuple[str, str]]:
    """(label, corpus path) of each document, for the remove dropdown."""
    return [(f"{d.title[:80]} ({d.source})", d.source) for d in assistant.documents()]


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


def read_uploads(paths: Sequence[str] | str | None) -> list[tuple[str, bytes]]:
    """(file name, bytes) of the files gradio saved for an upload."""
    if not paths:
        return []
    if isinstance(paths, str):
        paths = [paths]
    return [(Path(p).name, Path(p).read_bytes()) for p in paths]
