"""Which of gradio's routes answer whom: with logins on, only the login page and its files answer a request
without a session; the routes this app never uses answer no one.

gradio checks the login on most routes itself, but leaves some open to anyone: its app id, a session's
heartbeat, cancel and reset, the user and token routes, its run history page; and FastAPI serves the schema
of every route at /openapi.json (turned off in auth.app_kwargs). SessionRequired, an ASGI middleware in
front of all of them (auth.app_middleware), answers 401 to a request that has no live session cookie,
unless it is for the login page, and 404 to the unused routes whoever asks.
"""

from __future__ import annotations

import json
from typing import Any

# What the login page loads before anyone has logged in (seen in Chromium's network log): the page, its
# scripts and styles, its icons, and the login form's POST; and the route gradio's launch calls on itself,
# with no cookie, to start its queue (after that first call it does nothing). Every other route needs a
# session.
OPEN_PATHS = frozenset(
    {
        "/",
        "/login",
        "/login/",
        "/favicon.ico",
        "/manifest.json",
        "/theme.css",
        "/robots.txt",
        "/gradio_api/startup-events",
    }
)
OPEN_PREFIXES = ("/assets/", "/static/")
# gradio routes this app never uses, closed for everyone (404): its run history, its "vibe" code editor,
# its monitoring dashboard, live reload and profiling
CLOSED_PREFIXES = (
    "/gradio_api/runs",
    "/gradio_api/run-history",
    "/gradio_api/vibe-",
    "/gradio_api/undo-vibe-edit",
    "/gradio_api/dev/",
    "/gradio_api/profiling",
    "/monitoring",
)


class SessionRequired:
    """ASGI middleware, with logins on: a request without a session (gradio's access-token cookie naming a
    live login) reaches only the login page and its files (OPEN_PATHS); anything else gets 401. gradio
    itself leaves some routes open to anyone (its app id, a session's heartbeat, cancel and reset, the
    user and token routes, its run history). The routes of CLOSED_PREFIXES are 404 with or without one."""

    def __init__(self, app: Any, logins: bool = True) -> None:
        self.app = app
        self.logins = logins

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path = _route(scope)
        if path.startswith(CLOSED_PREFIXES):
            await _refuse(scope, send, 404, "Không có trang này.")
        elif not self.logins or path in OPEN_PATHS or path.startswith(OPEN_PREFIXES) or _has_session(scope):
            await self.app(scope, receive, send)
        else:
            await _refuse(scope, send, 401, "Cần đăng nhập.")


def _route(scope: dict[str, Any]) -> str:
    """The request's path inside the app (without the prefix it is mounted at)."""
    path, root = str(scope.get("path", "")), str(scope.get("root_path", "")).rstrip("/")
    if root and path.startswith(root):
        path = path[len(root) :]
    return path or "/"


def _has_session(scope: dict[str, Any]) -> bool:
    """The cookie names a login gradio still holds (its tokens, on the app it set scope["app"] to)."""
    from starlette.requests import cookie_parser

    app = scope.get("app")
    tokens, cookie_id = getattr(app, "tokens", None), getattr(app, "cookie_id", None)
    if not tokens or cookie_id is None:
        return False
    header = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie").decode("latin-1")
    cookies = cookie_parser(header)
    return any(
        cookies.get(f"{name}-{cookie_id}") in tokens for name in ("access-token", "access-token-unsecure")
    )


async def _refuse(scope: dict[str, Any], send: Any, status: int, detail: str) -> None:
    if scope["type"] == "websocket":  # closed before it is accepted: the client sees a refused handshake
        await send({"type": "websocket.close", "code": 1008})
        return
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
