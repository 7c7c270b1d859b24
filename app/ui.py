"""The web app's layout: four tabs over one Assistant, wired to the plain callbacks of app.ui_actions.

Hỏi đáp (cited answers), Góp ý dự thảo (draft review), Dàn ý báo cáo (a district's report outline), Tài liệu
(the corpus). The closures here only adapt gradio's inputs and outputs; what a button does lives in
app.ui_actions, the HTML it shows in app.ui_html, its look in app/static/ui.css.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from app import ui_text as T
from app.domain import Answer, Review
from app.service import Assistant
from app.settings import Settings
from app.ui_actions import (
    Messages,
    Mistake,
    Progress,
    ask_events,
    document_choices,
    documents_html,
    export_conversation,
    export_outline,
    export_review,
    fault,
    load_draft,
    make_outline,
    mark_item,
    notify,
    read_uploads,
    rebuild_index,
    remove_document,
    run_review,
    upload_documents,
)
from app.ui_html import checklist_html, district_label, esc, header_html, review_summary_html, sources_html

NO_DISTRICT = ""  # dropdown value: no district filter / detect it from the text
CSS_FILE = Path(__file__).with_name("static") / "ui.css"
# gradio refuses larger uploads itself, in English, before our callback sees them: set far above the
# limit we state (settings.max_upload_mb), which our callbacks enforce with a message that says what to do
GRADIO_UPLOAD_FACTOR = 5
# The checklist's buttons (app.ui_html.verdict_buttons) send which item the user marked, and how.
VERDICT_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button.verdict');
  if (!button) return;
  trigger('click', {n: Number(button.dataset.n), verdict: button.dataset.verdict});
});
"""


def popup_css() -> str:
    """gradio's pop-ups show their kind in English ("Warning"): that word hidden, a Vietnamese one shown."""
    rules = [".toast-body .toast-title {display: none;}"]
    for kind, word in T.POPUP_KINDS.items():
        content = json.dumps(word, ensure_ascii=False)
        rules.append(f".toast-body.{kind} .toast-title-row::before {{content: {content}; font-weight: 600;}}")
    return "\n".join(rules)


def _downloads(files: tuple[Path, Path] | None) -> tuple[gr.DownloadButton, gr.DownloadButton]:
    """The Markdown and Word download buttons of a result: shown with their files, hidden without."""
    if files is None:
        return gr.DownloadButton(value=None, visible=False), gr.DownloadButton(value=None, visible=False)
    md, word = files
    return gr.DownloadButton(value=str(md), visible=True), gr.DownloadButton(value=str(word), visible=True)


def _bar(progress: gr.Progress, desc: str) -> Progress:
    def update(done: int, total: int) -> None:
        if total:
            progress((done, total), desc=desc, unit=T.PROGRESS_UNIT)

    return update


def _unchanged(n: int) -> tuple[Any, ...]:
    return tuple(gr.skip() for _ in range(n))


def shown(call: Callable[[], Any], outputs: int, where: str) -> Any:
    """call(), or — when the user made a mistake or something broke — a notice in Vietnamese and the
    page's `outputs` components left as they were (gradio's "Error" badges would cover them)."""
    try:
        return call()
    except Mistake as mistake:
        notify(mistake)
    except Exception:  # a real fault: its traceback goes to the log
        fault(where)
    return _unchanged(outputs)


def _review_files(review: Review) -> tuple[gr.DownloadButton, gr.DownloadButton]:
    return _downloads(export_review(review, Path(tempfile.mkdtemp(prefix="duthao-review-"))))


def build_ui(assistant: Assistant, settings: Settings, notice: str | None = None) -> gr.Blocks:
    """The four-tab app over one Assistant."""
    districts = [(district_label(d), d) for d in assistant.districts()]

    with gr.Blocks(title=T.APP_TITLE, analytics_enabled=False) as demo:
        gr.HTML(header_html(notice, settings.users is not None))
        with gr.Tabs():
            with gr.Tab(T.TAB_ASK, id="hoi-dap"):
                answers = gr.State([])
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
                            placeholder=T.CHAT_PLACEHOLDER,
                            examples=[{"text": q} for q in T.EXAMPLE_QUESTIONS],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                show_label=False,
                                placeholder=T.QUESTION_PLACEHOLDER,
                                lines=1,
                                max_lines=4,
                                scale=5,
                                elem_id="question",
                                autofocus=True,
                                max_length=settings.max_question_chars,
                            )
                            ask = gr.Button(
                                T.ASK, variant="primary", scale=1, min_width=80, elem_id="ask-btn"
                            )
                        with gr.Row(equal_height=True):
                            district = gr.Dropdown(
                                [(T.ANY_DISTRICT, NO_DISTRICT)] + districts,
                                value=NO_DISTRICT,
                                show_label=False,
                                container=False,
                                scale=3,
                                elem_id="district",
                            )
                            clear = gr.Button(T.NEW_CONVERSATION, variant="secondary", scale=1, size="md")
                        with gr.Row():
                            conversation_md = gr.DownloadButton(
                                T.CONVERSATION_MD, visible=False, size="sm", elem_id="conversation-md"
                            )
                            conversation_docx = gr.DownloadButton(
                                T.CONVERSATION_DOCX, visible=False, size="sm", elem_id="conversation-docx"
                            )
                    with gr.Column(scale=2):
                        sources = gr.HTML(sources_html(None), elem_id="sources")

            with gr.Tab(T.TAB_REVIEW, id="gop-y"):
                reviewed = gr.State(None)  # the last Review, with the user's marks
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        draft = gr.Textbox(
                            label=T.DRAFT_LABEL,
                            lines=10,
                            max_lines=30,
                            elem_id="draft",
                            placeholder=T.DRAFT_PLACEHOLDER,
                        )
                    with gr.Column(scale=1, min_width=220):
                        review_district = gr.Dropdown(
                            [(T.DETECT_DISTRICT, NO_DISTRICT)] + districts,
                            value=NO_DISTRICT,
                            label=T.DISTRICT_LABEL,
                            elem_id="review-district",
                        )
                        # any file: our callback refuses a wrong kind in Vietnamese (gradio would in English)
                        draft_file = gr.UploadButton(
                            T.DRAFT_FILE,
                            file_types=None,
                            file_count="single",
                            variant="secondary",
                            size="md",
                            elem_id="draft-file",
                        )
                        review_btn = gr.Button(T.REVIEW, variant="primary", elem_id="review-btn")
                        with gr.Row():
                            download_md = gr.DownloadButton(
                                T.DOWNLOAD_MD, visible=False, size="sm", elem_id="download-md"
                            )
                            download_docx = gr.DownloadButton(
                                T.DOWNLOAD_DOCX, visible=False, size="sm", elem_id="download-docx"
                            )
                review_summary = gr.HTML(elem_id="review-summary")
                checklist = gr.HTML(elem_id="checklist", js_on_load=VERDICT_JS)

            with gr.Tab(T.TAB_OUTLINE, id="dan-y"):
                with gr.Row(equal_height=True):
                    outline_district = gr.Dropdown(
                        districts, value=None, label=T.DISTRICT_LABEL, scale=3, elem_id="outline-district"
                    )
                    outline_btn = gr.Button(T.MAKE_OUTLINE, variant="primary", scale=1, elem_id="outline-btn")
                with gr.Row():
                    outline_md = gr.DownloadButton(
                        T.DOWNLOAD_MD, visible=False, size="sm", elem_id="outline-md"
                    )
                    outline_docx = gr.DownloadButton(
                        T.DOWNLOAD_DOCX, visible=False, size="sm", elem_id="outline-docx"
                    )
                outline_view = gr.HTML(T.OUTLINE_PLACEHOLDER, elem_id="outline")

            with gr.Tab(T.TAB_DOCUMENTS, id="tai-lieu"):
                documents = gr.HTML(elem_id="documents")
                with gr.Row(equal_height=False):
                    with gr.Column():
                        gr.Markdown(T.ADD_DOCUMENTS.format(max_mb=settings.max_upload_mb))
                        doc_type = gr.Radio(
                            list(T.DOC_TYPE_CHOICES),
                            value="guidance",
                            label=T.DOC_TYPE_LABEL,
                            elem_id="doc-type",
                        )
                        upload = gr.UploadButton(
                            T.UPLOAD,
                            file_types=None,  # as for the draft: our callback refuses, in Vietnamese
                            file_count="multiple",
                            variant="primary",
                            elem_id="upload-btn",
                        )
                    with gr.Column():
                        gr.Markdown(T.REMOVE_HEADING)
                        to_remove = gr.Dropdown([], label=T.REMOVE_LABEL, elem_id="remove-choice")
                        remove = gr.Button(T.REMOVE, variant="stop", elem_id="remove-btn")
                        rebuild = gr.Button(T.REBUILD, size="sm", elem_id="rebuild-btn")
                docs_status = gr.HTML(elem_id="docs-status")

        # -- thin closures over the plain functions --

        def _ask(q: str, chat: Messages, past: list[Answer], where: str) -> Iterator[tuple[Any, ...]]:
            try:
                events = ask_events(assistant, q, chat, past, where, settings.max_question_chars)
                for messages, new_answers, panel in events:
                    yield messages, new_answers, panel, ""
            except Mistake as mistake:
                notify(mistake)
                yield _unchanged(4)
            except Exception:
                fault("ask")
                yield _unchanged(4)

        def _pick_example(event: gr.SelectData) -> str:
            return event.value["text"]

        def _clear() -> tuple[Any, ...]:
            return [], [], sources_html(None), ""

        def _conversation_files(past: list[Answer]) -> tuple[Any, ...]:
            folder = Path(tempfile.mkdtemp(prefix="duthao-hoi-dap-"))
            return _downloads(export_conversation(past, folder))

        ask_in, ask_out = [question, chatbot, answers, district], [chatbot, answers, sources, question]
        files_out = [conversation_md, conversation_docx]
        ask.click(_ask, ask_in, ask_out).then(_conversation_files, answers, files_out)
        question.submit(_ask, ask_in, ask_out).then(_conversation_files, answers, files_out)
        chatbot.example_select(_pick_example, None, question).then(_ask, ask_in, ask_out).then(
            _conversation_files, answers, files_out
        )
        clear.click(_clear, None, ask_out).then(_conversation_files, answers, files_out)
        chatbot.clear(_clear, None, ask_out).then(_conversation_files, answers, files_out)

        def _load_draft(path: str) -> Any:
            def call() -> str:
                files, problems = read_uploads(path, settings.max_upload_mb)
                if problems:
                    raise Mistake(" ".join(problems), T.TITLE_DRAFT_FILE)
                ((name, data),) = files
                return load_draft(assistant, name, data)

            return shown(call, 1, "draft upload")

        def _show_review(review: Review) -> tuple[Any, ...]:
            return (review_summary_html(review), checklist_html(review), review, *_review_files(review))

        def _review(text: str, where: str) -> Any:
            def call() -> tuple[Any, ...]:
                _, _, review = run_review(assistant, text, where)
                return _show_review(review)

            return shown(call, 5, "review")

        def _mark(review: Review | None, event: gr.EventData) -> Any:
            def call() -> tuple[Any, ...]:
                data = event._data if isinstance(event._data, dict) else {}
                if review is None or "n" not in data:
                    return _unchanged(5)
                return _show_review(mark_item(review, int(data["n"]), data.get("verdict")))

            return shown(call, 5, "mark")

        review_out = [review_summary, checklist, reviewed, download_md, download_docx]
        draft_file.upload(_load_draft, draft_file, draft)
        review_btn.click(_review, [draft, review_district], review_out)
        checklist.click(_mark, reviewed, review_out, show_progress="hidden")

        def _outline(where: str | None) -> Any:
            def call() -> tuple[Any, ...]:
                page, outline = make_outline(assistant, where)
                files = export_outline(outline, Path(tempfile.mkdtemp(prefix="duthao-dan-y-")))
                return (page, *_downloads(files))

            return shown(call, 3, "outline")

        outline_btn.click(_outline, outline_district, [outline_view, outline_md, outline_docx])

        def _documents() -> Any:
            return shown(
                lambda: (
                    documents_html(assistant),
                    gr.Dropdown(choices=document_choices(assistant), value=None),
                ),
                2,
                "documents",
            )

        def _with_documents(call: Callable[[], str], where: str) -> Any:
            """A status after a change to the corpus, then the refreshed list; a mistake shown in both the
            pop-up and the status line (the pop-up goes away)."""
            try:
                status = call()
            except Mistake as mistake:
                notify(mistake)
                return f"<div class='warn'>{esc(mistake.message)}</div>", *_unchanged(2)
            except Exception:
                fault(where)
                return _unchanged(3)
            return (status, *_documents())

        def _upload(paths: list[str], kind: str, progress: gr.Progress = gr.Progress()) -> Any:  # noqa: B008
            def call() -> str:
                files, problems = read_uploads(paths, settings.max_upload_mb)
                return upload_documents(assistant, files, kind, _bar(progress, T.INDEXING), problems)

            return _with_documents(call, "upload")

        def _remove(source: str | None, progress: gr.Progress = gr.Progress()) -> Any:  # noqa: B008
            return _with_documents(
                lambda: remove_document(assistant, source, _bar(progress, T.UPDATING)), "remove"
            )

        def _rebuild(progress: gr.Progress = gr.Progress()) -> Any:  # noqa: B008
            return _with_documents(lambda: rebuild_index(assistant, _bar(progress, T.UPDATING)), "rebuild")

        # the progress bar shows on the status line only: on every output, a rebuild showed three
        docs_io = [docs_status, documents, to_remove]
        confirm = json.dumps(T.REMOVE_CONFIRM + "\n")
        upload.upload(_upload, [upload, doc_type], docs_io, show_progress_on=docs_status)
        remove.click(
            _remove,
            to_remove,
            docs_io,
            js=f"(source) => (source && confirm({confirm} + source)) ? source : null",
            show_progress_on=docs_status,
        )
        rebuild.click(_rebuild, None, docs_io, show_progress_on=docs_status)
        demo.load(_documents, None, [documents, to_remove])
    return demo


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
    from app.auth import login_middleware, make_authenticator

    demo = build_ui(assistant, settings, notice)
    auth = make_authenticator(settings.users) if settings.users is not None else None
    demo.queue(default_concurrency_limit=1)
    demo.launch(
        prevent_thread_lock=True,
        quiet=True,
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        auth_message=T.LOGIN_MESSAGE if auth else None,
        # guessing passwords is slowed per user name and per client address
        app_kwargs={"middleware": login_middleware()} if auth else None,
        max_file_size=f"{settings.max_upload_mb * GRADIO_UPLOAD_FACTOR}mb",
        theme=app_theme(),
        css_paths=[CSS_FILE],
        css=popup_css(),
        footer_links=[],
        show_error=True,
        ssr_mode=False,
    )
    print(T.SERVING.format(host=settings.host, port=settings.port), flush=True)
    demo.block_thread()
