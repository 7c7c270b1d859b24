"""Serving the page: gradio's server with the logins, the client's address, the look (theme and CSS) and
the scripts the page runs, until Ctrl+C or SIGTERM.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from pathlib import Path
from types import FrameType
from typing import NoReturn

import gradio as gr
from starlette.middleware import Middleware

from app.service import Assistant
from app.settings import Settings
from app.web import texts as T
from app.web.downloads import SessionFolders, remove_empty_folders
from app.web.page import build_ui
from app.web.scripts import LoginPageScript, page_head

CSS_FILE = Path(__file__).with_name("static") / "ui.css"
# gradio refuses larger uploads itself, in English, before our callback sees them: set far above the
# limit we state (settings.max_upload_mb), which our callbacks enforce with a message that says what to do
GRADIO_UPLOAD_FACTOR = 5
# The one status each action shows while it runs (app.web.page puts gradio's spinner on one output of each
# action): its Vietnamese label, by the output's elem_id. A question's status is the chat's own message.
BUSY_LABELS = {
    "draft": T.READING_DRAFT,
    "review-summary": T.REVIEWING,
    "outline": T.MAKING_OUTLINE,
    "documents": T.LOADING_DOCUMENTS,
    "docs-status": T.UPDATING_DOCUMENTS,
}


def popup_css() -> str:
    """gradio's pop-ups show their kind in English ("Warning"): that word hidden, a Vietnamese one shown."""
    rules = [".toast-body .toast-title {display: none;}"]
    for kind, word in T.POPUP_KINDS.items():
        content = json.dumps(word, ensure_ascii=False)
        rules.append(f".toast-body.{kind} .toast-title-row::before {{content: {content}; font-weight: 600;}}")
    return "\n".join(rules)


def busy_css() -> str:
    """gradio's spinner says how long an action has run, and "processing", "queue: 1/1", in English: that
    text hidden, each spinner labelled in Vietnamese instead (a progress bar says its own words)."""
    rules = []
    for elem_id, label in BUSY_LABELS.items():
        content = json.dumps(label, ensure_ascii=False)
        rules.append(
            f"#{elem_id} > .wrap:not(.hide):not(:has(.progress-level))::after {{content: {content};}}"
        )
    return "\n".join(rules)


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
    # X-Forwarded-For believed from the trusted proxies only; guessing passwords slowed per name and address,
    # per address and per name; a session needed for every route but the login page's; the unused ones
    # closed, and no FastAPI schema at /openapi.json
    kwargs = app_kwargs(proxies, LoginLimiter() if settings.users is not None else None)
    if settings.users is not None:  # the login page says in Vietnamese why a login was refused
        kwargs["middleware"].append(Middleware(LoginPageScript))
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
                app_kwargs=kwargs,
                max_file_size=f"{settings.max_upload_mb * GRADIO_UPLOAD_FACTOR}mb",
                theme=app_theme(),
                css_paths=[CSS_FILE],
                css=popup_css() + "\n" + busy_css(),
                head=page_head(),
                footer_links=[],
                show_error=True,
                ssr_mode=False,
            )
        print(serving_line(settings), flush=True)
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


def serving_line(settings: Settings) -> str:
    """Where to open the app, said once it serves: its own address, or, behind a reverse proxy, that
    people open the proxy's."""
    where = {"host": settings.host, "port": settings.port}
    if settings.trusted_proxies.strip():
        return T.SERVING_BEHIND_PROXY.format(**where, proxies=settings.trusted_proxies.strip())
    return T.SERVING.format(**where)


def _interrupt(signum: int, frame: FrameType | None) -> NoReturn:
    """SIGTERM (systemd, docker stop, kill) stops the server as Ctrl+C does, so that gradio empties its
    cache and the downloads folder is removed; Python's default ends the process on the spot."""
    raise KeyboardInterrupt
