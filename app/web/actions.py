"""The web app's callbacks as plain functions of the Assistant and the inputs: what each button does.

They return HTML (from app.web.render), domain objects and file paths. A user's mistake (an empty
question, a file that cannot be read …) raises Mistake, whose Vietnamese message says what to do;
app.web.page shows it as a notice with `notify` and leaves the page as it was. None of them needs a browser.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import gradio as gr

from app.domain import Answer, Outline, Requirement, Review, ReviewItem, Status, Turn
from app.errors import DuthaoError
from app.export.docx import conversation_docx, outline_docx
from app.export.markdown import conversation_markdown, outline_markdown
from app.service import Assistant, check_question
from app.web import texts as T
from app.web.render import (
    answer_message,
    chat_text,
    documents_table,
    esc,
    fmt_date,
    index_report_html,
    outline_html,
    sources_html,
)
from app.web.review_html import (
    checklist_html,
    ordered_items,
    review_summary_html,
    review_summary_text,
    status_label,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Export = Callable[[Path], tuple[Path, Path] | None]  # writes a result's .md and .docx into a folder
Messages = list[dict[str, Any]]


def slug(name: str | None, default: str) -> str:
    """A file-name part from a district name: 'Kim Thành' → 'kim-thành'."""
    return re.sub(r"\W+", "-", name or default).strip("-").lower() or default


class Mistake(Exception):
    """Something the user can put right: a Vietnamese notice with a Vietnamese title, never a traceback."""

    def __init__(self, message: str, title: str) -> None:
        super().__init__(message)
        self.message = message
        self.title = title


@contextmanager
def mistakes(title: str) -> Iterator[None]:
    """Domain errors (their message names the file or setting and says what to do) become Mistakes."""
    try:
        yield
    except DuthaoError as exc:
        raise Mistake(str(exc), title) from exc


def popup_text(title: str, message: str) -> str:
    """A pop-up's HTML: its title in bold, then the message (escaped: it may quote a file name)."""
    return f"<b class='notice-title'>{html.escape(title)}</b><br>{html.escape(message, quote=False)}"


def notify(mistake: Mistake) -> None:
    """Show a mistake as a warning pop-up titled in Vietnamese, and log it in one line at INFO (no
    traceback): the user was told; the operator's terminal keeps WARNING for what the operator must see."""
    log.info("%s: %s", mistake.title, mistake.message)
    gr.Warning(popup_text(mistake.title, mistake.message), title=mistake.title, duration=15)


def fault(where: str) -> None:
    """A real fault (a bug, a broken disk): its traceback in the log, a Vietnamese notice on the page."""
    log.exception("%s failed", where)
    gr.Warning(popup_text(T.TITLE_FAULT, T.FAULT), title=T.TITLE_FAULT, duration=None)


# ---- Hỏi đáp -----------------------------------------------------------------------------------------


def pose(question: str, chat: Messages | None, max_chars: int | None = None) -> tuple[str, Messages]:
    """A question put to the conversation: (the question, the chat with it and the searching notice), shown
    at once while the answer is sought. An empty question, or one over `max_chars`, is a Mistake."""
    question = (question or "").strip()
    if not question:
        raise Mistake(T.EMPTY_QUESTION, T.TITLE_ASK)
    if max_chars is not None:
        with mistakes(T.TITLE_ASK):
            check_question(question, max_chars)
    posed = [*(chat or []), {"role": "user", "content": chat_text(question)}]
    return question, [*posed, {"role": "assistant", "content": T.SEARCHING}]


def answer_events(
    assistant: Assistant,
    question: str,
    chat: Messages,
    answers: Sequence[Answer] | None,
    district: str | None,
) -> Iterator[tuple[Messages, list[Answer], str]]:
    """Stream the answer to a posed question (`chat` ends with it and the searching notice, as `pose` made
    it): (chat messages, the conversation's answers, sources panel) after each piece.

    The answers are the conversation: its turns for follow-up questions, and what its download holds.
    """
    chat, answers = list(chat), list(answers or [])
    history = [Turn(a.question, a.text) for a in answers]
    written = ""
    turn = len(answers) + 1  # its markers link to its own sources
    with mistakes(T.TITLE_ASK):  # a missing index or a bad setting: said when the answer is sought
        for event in assistant.ask_stream(question, history, district=district or None):
            if isinstance(event, Answer):
                # the final text may differ from the streamed one (citations verified): it replaces it
                chat[-1] = {"role": "assistant", "content": answer_message(event, turn)}
                answers.append(replace(event, question=question))  # the user's words, as the download shows
                yield list(chat), list(answers), sources_html(event, turn)
                return
            written += event
            chat[-1] = {"role": "assistant", "content": chat_text(written) + " ▌"}
            yield list(chat), list(answers), sources_html(None)


def ask_events(
    assistant: Assistant,
    question: str,
    chat: Messages | None,
    answers: Sequence[Answer] | None,
    district: str | None,
    max_chars: int | None = None,
) -> Iterator[tuple[Messages, list[Answer], str]]:
    """`pose` then `answer_events` in one stream: the question shown with the searching notice, then its
    answer piece by piece. A question over `max_chars` is refused before it enters the conversation."""
    question, posed = pose(question, chat, max_chars)
    yield posed, list(answers or []), sources_html(None)
    yield from answer_events(assistant, question, posed, answers, district)


def export_conversation(answers: Sequence[Answer], folder: Path) -> tuple[Path, Path] | None:
    """Write the conversation as .md and .docx (citations as footnotes) into folder; None when empty."""
    if not answers:
        return None
    md = folder / "hoi-dap.md"
    md.write_text(conversation_markdown(answers), encoding="utf-8")
    return md, conversation_docx(answers, folder / "hoi-dap.docx")


# ---- Góp ý dự thảo -----------------------------------------------------------------------------------


def run_review(assistant: Assistant, draft: str, district: str | None) -> tuple[str, str, Review]:
    """Review a draft: (summary HTML, checklist HTML, the Review)."""
    if not (draft or "").strip():
        raise Mistake(T.EMPTY_DRAFT, T.TITLE_REVIEW)
    with mistakes(T.TITLE_REVIEW):
        review = assistant.review(draft, district=district or None)
    return review_summary_html(review), checklist_html(review), review


def mark_item(review: Review, n: int, verdict: str | None) -> Review:
    """The review with item n (its place in review.items) marked by the user: "addressed" or "missing", or
    None / "" to go back to the scored status. A mark equal to the scored status is no mark."""
    if not 0 <= n < len(review.items) or verdict not in (Status.ADDRESSED, Status.MISSING, "", None):
        raise Mistake(T.FAULT, T.TITLE_REVIEW)  # only a page out of step with its review sends these
    item = review.items[n]
    user_status = Status(verdict) if verdict and verdict != item.status else None
    items = (*review.items[:n], replace(item, user_status=user_status), *review.items[n + 1 :])
    return replace(review, items=items)


def load_draft(assistant: Assistant, filename: str, data: bytes) -> str:
    """The text of an uploaded draft file, for the draft box."""
    with mistakes(T.TITLE_DRAFT_FILE):
        return assistant.read_text(filename, data)


def _review_title(review: Review) -> str:
    return T.REVIEW_TITLE + (
        T.REVIEW_TITLE_DISTRICT.format(district=review.district) if review.district else ""
    )


def _verdict_label(item: ReviewItem) -> str:
    """The item's verdict as people read it, saying when the user set it by hand."""
    label = status_label(item.verdict)
    return T.MARKED_BY_HAND.format(label=label) if item.overridden else label


def _source(r: Requirement) -> str:
    date = f", {fmt_date(r.date)}" if r.date else ""
    return T.SOURCE_PARAGRAPH.format(title=r.title, date=date, paragraph=r.paragraph)


def _export_notices(review: Review) -> list[str]:
    """The review's notices as the downloads say them: the request for the district in its neutral words."""
    return [n for n in (review.notice or "").splitlines() if n.strip()]


def review_markdown(review: Review) -> str:
    """The review as a Markdown document to download: the summary list, then the checklist."""
    lines = [f"# {_review_title(review)}", ""]
    summary = review_summary_text(review)
    if summary:
        lines += [summary, ""]
    for notice in _export_notices(review):
        lines += [f"> {notice}", ""]
    for n, item in enumerate(ordered_items(review), 1):
        r = item.requirement
        lines += [
            f"## {n}. {_verdict_label(item)}: {r.text}",
            "",
            f"- {T.IN_DRAFT}: “{item.draft_quote}”" if item.draft_quote else f"- {T.IN_DRAFT}: {T.NOT_SEEN}",
            f"- {T.GUIDANCE}: “{r.quote}” {_source(r)}",
        ]
        if item.suggestion:
            lines.append(f"- {T.SUGGESTION.format(text=item.suggestion)}")
        lines.append("")
    return "\n".join(lines)


def write_review_docx(review: Review, path: Path) -> Path:
    """The review as a Word document: the summary list, then the checklist as a table."""
    import docx

    document = docx.Document()
    document.add_heading(_review_title(review), level=1)
    for line in review_summary_text(review).splitlines():
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    for notice in _export_notices(review):
        document.add_paragraph().add_run(notice).italic = True
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, T.CHECKLIST_HEADS, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    for item in ordered_items(review):
        r = item.requirement
        cells = table.add_row().cells
        cells[0].text = _verdict_label(item)
        cells[1].text = r.text + (f"\n{T.SUGGESTION.format(text=item.suggestion)}" if item.suggestion else "")
        cells[2].text = f"“{item.draft_quote}”" if item.draft_quote else T.NOT_IN_DRAFT
        cells[3].text = f"“{r.quote}”\n{_source(r)}"
    document.save(str(path))
    return path


def export_review(review: Review, folder: Path) -> tuple[Path, Path] | None:
    """Write the review (with the user's marks) as .md and .docx into folder; None when it has no items."""
    if not review.items:
        return None
    name = slug(review.district, "chung")
    md = folder / f"gop-y-du-thao-{name}.md"
    md.write_text(review_markdown(review), encoding="utf-8")
    return md, write_review_docx(review, folder / f"gop-y-du-thao-{name}.docx")


# ---- Dàn ý báo cáo -----------------------------------------------------------------------------------


def make_outline(assistant: Assistant, district: str | None) -> tuple[str, Outline]:
    """The outline of a district's report: (its HTML, the Outline)."""
    if not district:
        raise Mistake(T.NO_OUTLINE_DISTRICT, T.TITLE_OUTLINE)
    with mistakes(T.TITLE_OUTLINE):
        outline = assistant.outline(district)
    return outline_html(outline), outline


def export_outline(outline: Outline, folder: Path) -> tuple[Path, Path]:
    """Write the outline as .md and .docx (sources as footnotes) into folder; returns both paths."""
    name = slug(outline.district, "chung")
    md = folder / f"dan-y-bao-cao-{name}.md"
    md.write_text(outline_markdown(outline), encoding="utf-8")
    return md, outline_docx(outline, folder / f"dan-y-bao-cao-{name}.docx")


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
    problems: Sequence[str] = (),
) -> str:
    """Check, save and index uploaded files; returns the status. Unreadable files are refused, not saved;
    `problems` are those refused before (too big to read)."""
    problems = list(problems)
    if not files and not problems:
        raise Mistake(T.NO_FILES, T.TITLE_UPLOAD)
    existing = {d.source for d in assistant.documents()}
    saved: list[str] = []
    for name, data in files:
        try:
            assistant.read_text(name, data)  # a file the index cannot read is refused here, not kept
            saved.append(assistant.add_document(name, data, doc_type))
        except DuthaoError as exc:
            problems.append(str(exc))
    if not saved:
        raise Mistake(" ".join([T.NONE_ADDED, *problems]), T.TITLE_UPLOAD)
    if problems:  # the user's files, said to them in the status below
        log.info("%s: %s", T.TITLE_UPLOAD, " ".join(problems))
    with mistakes(T.TITLE_UPLOAD):
        report = assistant.build_index(progress)
    names = ", ".join(f"<b>{esc(s)}</b>" + (T.REPLACED if s in existing else "") for s in saved)
    out = [f"<div class='ok'>{T.ADDED.format(names=names)}</div>", index_report_html(report)]
    if problems:
        items = "".join(f"<li>{esc(p)}</li>" for p in problems)
        out.append(f"<div class='warn'>{T.NOT_SAVED}<ul>{items}</ul></div>")
    return "".join(out)


def remove_document(assistant: Assistant, source: str | None, progress: Progress | None = None) -> str:
    """Delete a document from the corpus and update the index; returns the status."""
    if not source:
        return f"<div class='muted'>{T.NOTHING_REMOVED}</div>"
    with mistakes(T.TITLE_DOCUMENTS):
        assistant.remove_document(source)
        report = assistant.build_index(progress)
    return f"<div class='ok'>{T.REMOVED.format(source=esc(source))}</div>" + index_report_html(report)


def rebuild_index(assistant: Assistant, progress: Progress | None = None) -> str:
    """Bring the index in line with the corpus folder (after files were copied into it by hand)."""
    with mistakes(T.TITLE_DOCUMENTS):
        return index_report_html(assistant.build_index(progress))


def read_uploads(
    paths: Sequence[str] | str | None, max_mb: float | None = None
) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(file name, bytes) of the files gradio saved for an upload, and what to say about those over max_mb.

    Those are not read: gradio takes any size up to its own, larger limit, so that the refusal is ours.
    """
    if not paths:
        return [], []
    if isinstance(paths, str):
        paths = [paths]
    files, problems = [], []
    for p in map(Path, paths):
        size = p.stat().st_size
        if max_mb is not None and size > max_mb * 1024 * 1024:
            problems.append(T.FILE_TOO_BIG.format(name=p.name, size_mb=size / 1024 / 1024, max_mb=max_mb))
        else:
            files.append((p.name, p.read_bytes()))
    return files, problems
