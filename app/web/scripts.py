"""What the page runs in the browser, and how it gets there.

- static/page.js goes into the app page's <head> (gradio's `head=`): it dismisses the last action's notices
  when a new one starts, says in Vietnamese that the server is gone (restarted, or replaced behind the
  proxy) and keeps the newest question in view while its answer arrives.
- static/login.js goes into gradio's login page, which has no `head=` of its own: LoginPageScript, ASGI
  middleware, adds it to the HTML gradio serves. It says in Vietnamese why a login was refused.
- The small functions gradio runs before an event (`js=`) are here too.

Their words come from app.web.texts, handed to the scripts as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.web import texts as T

STATIC = Path(__file__).with_name("static")

# before an action's request: the previous action's notices go (the inputs are passed on unchanged)
DISMISS_NOTICES = "(...inputs) => { window.duthao && window.duthao.dismissNotices(); return inputs; }"
# the draft box emptied: the review of what it held goes too (summary, checklist, download buttons); any
# other text leaves them as they are. It runs in the browser alone: a request per keystroke would send the
# whole draft each time.
CLEAR_REVIEW = (
    "(draft, summary, checklist) => (draft || '').trim() ? [summary, checklist, {__type__: 'update'}, "
    "{__type__: 'update'}] : ['', '', {__type__: 'update', visible: false, value: null}, "
    "{__type__: 'update', visible: false, value: null}]"
)


def _script(variable: str, words: dict[str, str], file: str) -> str:
    """A script setting window.<variable> to the words, then the script file."""
    data = json.dumps(words, ensure_ascii=False).replace("</", "<\\/")  # no "</script>" inside
    code = (STATIC / file).read_text(encoding="utf-8")
    return f"<script>window.{variable} = {data};</script>\n<script>\n{code}</script>\n"


def page_head() -> str:
    """The app page's <head> addition: page.js and its words."""
    return _script("duthaoTexts", {"serverRestarted": T.SERVER_RESTARTED, "reload": T.RELOAD}, "page.js")


def login_snippet() -> bytes:
    """What LoginPageScript adds to a page: login.js, its words, and the style of its notice (gradio's own
    English "Incorrect Credentials" hidden: the notice says it in Vietnamese)."""
    style = (
        "<style>#login-notice {margin: .2rem 0 .6rem; color: #a3151b; font-weight: 600;} "
        "p.creds {display: none;}</style>\n"
    )
    words = {"wrong": T.LOGIN_WRONG, "tooMany": T.LOGIN_TOO_MANY}
    return (style + _script("duthaoLoginTexts", words, "login.js")).encode("utf-8")


class LoginPageScript:
    """ASGI middleware: login.js added before </head> of each HTML page gradio serves (the login page among
    them: in the app page it finds no login form and does nothing)."""

    def __init__(self, app: Any, snippet: bytes | None = None) -> None:
        self.app = app
        self.snippet = snippet if snippet is not None else login_snippet()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] | None = None
        body: list[bytes] = []

        async def add_script(message: dict[str, Any]) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                named = {k.lower(): v for k, v in message.get("headers", [])}
                html = named.get(b"content-type", b"").startswith(b"text/html")
                if html and b"content-encoding" not in named:
                    start = message  # held until the whole page is read
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                page = b"".join(body).replace(b"</head>", self.snippet + b"</head>", 1)
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(page)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": page})
                return
            await send(message)

        await self.app(scope, receive, add_script)
