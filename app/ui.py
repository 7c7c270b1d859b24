"""The web app's layout: four tabs over one Assistant, wired to the plain callbacks of app.ui_actions.

Hỏi đáp (cited answers), Góp ý dự thảo (draft review), Dàn ý báo cáo (a district's report outline), Tài liệu
(the corpus). The closures here only adapt gradio's inputs and outputs; what a button does lives in
app.ui_actions, the HTML it shows in app.ui_html, its look in app/static/ui.css.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from app.domain import Answer
from app.service import Assistant
from app.settings import Settings
from app.ui_actions import (
    Messages,
    Progress,
    ask_events,
    document_choices,
    documents_html,
    errors_shown,
    export_conversation,
    export_outline,
    export_review,
    load_draft,
    make_outline,
    read_uploads,
    rebuild_index,
    remove_document,
    run_review,
    upload_documents,
)
from app.ui_html import APP_TITLE, district_label, header_html, sources_html

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
OUTLINE_PLACEHOLDER = (
    "<div class='muted'>Chọn huyện rồi bấm <b>Lập dàn ý</b>: mọi yêu cầu của các văn bản hướng dẫn áp dụng "
    "cho huyện đó, xếp theo các phần của báo cáo chính trị, kèm câu trích và nguồn.</div>"
)
NO_DISTRICT = ""  # dropdown value: no district filter / detect it from the text
CSS_FILE = Path(__file__).with_name("static") / "ui.css"


def _downloads(files: tuple[Path, Path] | None) -> tuple[gr.DownloadButton, gr.DownloadButton]:
    """The Markdown and Word download buttons of a result: shown with their files, hidden without."""
    if files is None:
        return gr.DownloadButton(value=None, visible=False), gr.DownloadButton(value=None, visible=False)
    md, word = files
    return gr.DownloadButton(value=str(md), visible=True), gr.DownloadButton(value=str(word), visible=True)


def _bar(progress: gr.Progress, desc: str) -> Progress:
    def update(done: int, total: int) -> None:
        if total:
            progress((done, total), desc=desc, unit="khối")

    return update


def build_ui(assistant: Assistant, settings: Settings, notice: str | None = None) -> gr.Blocks:
    """The four-tab app over one Assistant."""
    districts = [(district_label(d), d) for d in assistant.districts()]
    suffixes = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"]

    with gr.Blocks(title=APP_TITLE, analytics_enabled=False) as demo:
        gr.HTML(header_html(notice, settings.users is not None))
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="hoi-dap"):
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
                                [("Hỏi về mọi huyện", NO_DISTRICT)] + districts,
                                value=NO_DISTRICT,
                                show_label=False,
                                container=False,
                                scale=3,
                                elem_id="district",
                            )
                            clear = gr.Button("Cuộc hội thoại mới", variant="secondary", scale=1, size="md")
                        with gr.Row():
                            conversation_md = gr.DownloadButton(
                                "Tải hội thoại (Markdown)",
                                visible=False,
                                size="sm",
                                elem_id="conversation-md",
                            )
                            conversation_docx = gr.DownloadButton(
                                "Tải hội thoại (Word)", visible=False, size="sm", elem_id="conversation-docx"
                            )
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
                            [("Tự nhận biết từ dự thảo", NO_DISTRICT)] + districts,
                            value=NO_DISTRICT,
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

            with gr.Tab("Dàn ý báo cáo", id="dan-y"):
                with gr.Row(equal_height=True):
                    outline_district = gr.Dropdown(
                        districts,
                        value=None,
                        label="Huyện",
                        scale=3,
                        elem_id="outline-district",
                    )
                    outline_btn = gr.Button("Lập dàn ý", variant="primary", scale=1, elem_id="outline-btn")
                with gr.Row():
                    outline_md = gr.DownloadButton(
                        "Tải Markdown", visible=False, size="sm", elem_id="outline-md"
                    )
                    outline_docx = gr.DownloadButton(
                        "Tải Word (.docx)", visible=False, size="sm", elem_id="outline-docx"
                    )
                outline_view = gr.HTML(OUTLINE_PLACEHOLDER, elem_id="outline")

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

        def _ask(q: str, chat: Messages, past: list[Answer], where: str) -> Iterator[tuple[Any, ...]]:
            with errors_shown():
                for messages, new_answers, panel in ask_events(assistant, q, chat, past, where):
                    yield messages, new_answers, panel, ""

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

        def _load_draft(path: str) -> str:
            with errors_shown():
                ((name, data),) = read_uploads(path)
                return load_draft(assistant, name, data)

        def _review(text: str, where: str) -> tuple[Any, ...]:
            with errors_shown():
                summary, table, result = run_review(assistant, text, where)
            files = export_review(result, Path(tempfile.mkdtemp(prefix="duthao-review-")))
            return (summary, table, *_downloads(files))

        draft_file.upload(_load_draft, draft_file, draft)
        review_btn.click(
            _review, [draft, review_district], [review_summary, checklist, download_md, download_docx]
        )

        def _outline(where: str | None) -> tuple[Any, ...]:
            page, outline = make_outline(assistant, where)
            files = export_outline(outline, Path(tempfile.mkdtemp(prefix="duthao-dan-y-")))
            return (page, *_downloads(files))

        outline_btn.click(_outline, outline_district, [outline_view, outline_md, outline_docx])

        def _documents() -> tuple[Any, ...]:
            with errors_shown():
                choices = document_choices(assistant)
                return documents_html(assistant), gr.Dropdown(choices=choices, value=None)

        def _upload(paths: list[str], kind: str, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            with errors_shown():
                status = upload_documents(
                    assistant, read_uploads(paths), kind, _bar(progress, "Đang lập chỉ mục")
                )
            return (status, *_documents())

        def _remove(source: str | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            with errors_shown():
                status = remove_document(assistant, source, _bar(progress, "Đang cập nhật chỉ mục"))
            return (status, *_documents())

        def _rebuild(progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
            with errors_shown():
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
        css_paths=[CSS_FILE],
        footer_links=[],
        show_error=True,
        ssr_mode=False,
    )
    print(
        f"Trợ lý Dự thảo: mở http://{settings.host}:{settings.port}/ trong trình duyệt (Ctrl+C để dừng)",
        flush=True,
    )
    demo.block_thread()
