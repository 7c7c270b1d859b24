"""The web app's layout: four tabs over one Assistant, wired to the plain callbacks of app.web.actions.

Hỏi đáp (cited answers), Góp ý dự thảo (draft review), Dàn ý báo cáo (a district's report outline), Tài liệu
(the corpus). The closures here only adapt gradio's inputs and outputs; what a button does lives in
app.web.actions, the HTML it shows in app.web.render, the files it offers in app.web.downloads, its look in
app/web/static/ui.css.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

import gradio as gr

from app.domain import Answer, Review
from app.service import Assistant
from app.settings import Settings
from app.web import texts as T
from app.web.actions import (
    Export,
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
from app.web.downloads import SessionFolders, remove_empty_folders
from app.web.render import district_label, esc, header_html, sources_html
from app.web.review_html import checklist_html, review_summary_html

NO_DISTRICT = ""  # dropdown value: no district filter / detect it from the text
CSS_FILE = Path(__file__).with_name("static") / "ui.css"
# gradio refuses larger uploads itself, in English, before our callback sees them: set far above the
# limit we state (settings.max_upload_mb), which our callbacks enforce with a message that says what to do
GRADIO_UPLOAD_FACTOR = 5
# gradio copies every file a callback returns (the downloads) and every upload into its cache, and without
# this keeps them until the server stops (bench_load: two copies, about 40 KB, per answer). Every hour the
# copies older than a day are removed: a download button works for a day after its answer (a page left open
# longer gets new ones with its next answer, review or outline).
CACHE_CLEANUP = (3600, 86400)  # (every, older than) in seconds
# The checklist's buttons (app.web.review_html.verdict_buttons) send which item the user marked, and how.
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


def build_ui(
    assistant: Assistant,
    settings: Settings,
    notice: str | None = None,
    downloads: SessionFolders | None = None,
) -> gr.Blocks:
    """The four-tab app over one Assistant; its downloads are written in `downloads` (which the caller
    closes when the server stops), or in a temporary folder of its own."""
    districts = [(district_label(d), d) for d in assistant.districts()]
    folders = downloads if downloads is not None else SessionFolders()

    def offer(kind: str, export: Export, request: gr.Request) -> tuple[gr.DownloadButton, gr.DownloadButton]:
        """The Markdown and Word buttons for an export written into the session's folder for `kind`."""
        return _downloads(export(folders.fresh(request.session_hash, kind)))

    with gr.Blocks(title=T.APP_TITLE, analytics_enabled=False, delete_cache=CACHE_CLEANUP) as demo:
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

        def _conversation_files(past: list[Answer], request: gr.Request) -> tuple[Any, ...]:
            return offer("hoi-dap", lambda folder: export_conversation(past, folder), request)

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

        def _show_review(review: Review, request: gr.Request) -> tuple[Any, ...]:
            files = offer("gop-y", lambda folder: export_review(review, folder), request)
            return (review_summary_html(review), checklist_html(review), review, *files)

        def _review(text: str, where: str, request: gr.Request) -> Any:
            def call() -> tuple[Any, ...]:
                _, _, review = run_review(assistant, text, where)
                return _show_review(review, request)

            return shown(call, 5, "review")

        def _mark(review: Review | None, event: gr.EventData, request: gr.Request) -> Any:
            def call() -> tuple[Any, ...]:
                data = event._data if isinstance(event._data, dict) else {}
                if review is None or "n" not in data:
                    return _unchanged(5)
                return _show_review(mark_item(review, int(data["n"]), data.get("verdict")), request)

            return shown(call, 5, "mark")

        review_out = [review_summary, checklist, reviewed, download_md, download_docx]
        draft_file.upload(_load_draft, draft_file, draft)
        review_btn.click(_review, [draft, review_district], review_out)
        checklist.click(_mark, reviewed, review_out, show_progress="hidden")

        def _outline(where: str | None, request: gr.Request) -> Any:
            def call() -> tuple[Any, ...]:
                page, outline = make_outline(assistant, where)
                return (page, *offer("dan-y", lambda folder: export_outline(outline, folder), request))

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

        def _end_session(request: gr.Request) -> None:
            folders.end(request.session_hash)

        demo.unload(_end_session)  # the tab was closed or reloaded: its downloads are no longer reachable
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
    """Serve the app until interrupted (Ctrl+C or SIGTERM); logins are required when a users file is set."""
    from app.web.auth import (
        LoginLimiter,
        app_kwargs,
        make_authenticator,
        parse_proxies,
        uvicorn_trusts_no_proxy,
    )

    proxies = parse_proxies(settings.trusted_proxies)
    downloads = SessionFolders()
    demo = build_ui(assistant, settings, notice, downloads)
    auth = make_authenticator(settings.users) if settings.users is not None else None
    demo.queue(default_concurrency_limit=1)
    in_main = threading.current_thread() is threading.main_thread()  # where signal handlers can be set
    previous = signal.signal(signal.SIGTERM, _interrupt) if in_main else None
    try:
        with uvicorn_trusts_no_proxy():  # the client's address is judged by our middleware alone
            demo.launch(
                prevent_thread_lock=True,
                quiet=True,
                server_name=settings.host,
                server_port=settings.port,
                auth=auth,
                auth_message=T.LOGIN_MESSAGE if auth else None,
                # X-Forwarded-For believed from the trusted proxies only; guessing passwords slowed per
                # name and address, per address and per name
                # and a session needed for every route but the login page's; the unused ones closed
                app_kwargs=app_kwargs(proxies, LoginLimiter() if auth else None),
                max_file_size=f"{settings.max_upload_mb * GRADIO_UPLOAD_FACTOR}mb",
                theme=app_theme(),
                css_paths=[CSS_FILE],
                css=popup_css(),
                footer_links=[],
                show_error=True,
                ssr_mode=False,
            )
        print(T.SERVING.format(host=settings.host, port=settings.port), flush=True)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C or SIGTERM: how the server is stopped
            while demo.is_running:
                time.sleep(0.1)
    finally:
        # ends the pages' heartbeats first (gradio's block_thread would wait 5 s on them), then the server,
        # which empties gradio's cache on its way out
        demo.close()
        downloads.close()
        remove_empty_folders(Path(gr.utils.get_upload_folder()))  # the folders gradio's copies were in
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: FrameType | None) -> NoReturn:
    """SIGTERM (systemd, docker stop, kill) stops the server as Ctrl+C does, so that gradio empties its
    cache and the downloads folder is removed; Python's default ends the process on the spot."""
    raise KeyboardInterrupt
