"""What the page runs in the browser reaches it: page.js in the app page's head with its Vietnamese words,
login.js added to each HTML page gradio serves (the login page has no head= of its own), nothing else
touched. What the scripts do in a browser: tests/web/test_e2e_browser.py."""

from __future__ import annotations

import json

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse, JSONResponse, StreamingResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from app.web import scripts
from app.web import texts as T

PAGE = "<!doctype html><html><head><title>gradio</title></head><body>Login</body></html>"


def served(*middleware: Middleware) -> TestClient:
    async def page(request: object) -> HTMLResponse:
        return HTMLResponse(PAGE)

    async def streamed(request: object) -> StreamingResponse:
        async def parts():  # type: ignore[no-untyped-def]
            yield PAGE[:30].encode()
            yield PAGE[30:].encode()

        return StreamingResponse(parts(), media_type="text/html")

    async def config(request: object) -> JSONResponse:
        return JSONResponse({"head": "</head>"})

    routes = [
        Route("/", page, methods=["GET", "POST"]),
        Route("/streamed", streamed),
        Route("/config", config),
    ]
    return TestClient(Starlette(routes=routes, middleware=list(middleware)))


def test_login_js_is_added_to_gradios_html_pages() -> None:
    client = served(Middleware(scripts.LoginPageScript))
    for path in ("/", "/streamed"):
        response = client.get(path)
        head = response.text.split("</head>")[0]
        assert "window.duthaoLoginTexts" in head and "/login" in head, path
        assert json.dumps(T.LOGIN_WRONG, ensure_ascii=False) in head
        assert int(response.headers["content-length"]) == len(response.content)
        assert response.text.endswith("<body>Login</body></html>")


def test_nothing_but_a_page_is_touched() -> None:
    client = served(Middleware(scripts.LoginPageScript))
    assert client.get("/config").json() == {"head": "</head>"}
    assert client.post("/").text == PAGE


def test_the_app_pages_head_carries_page_js_and_its_words() -> None:
    head = scripts.page_head()
    assert json.dumps(T.SERVER_RESTARTED, ensure_ascii=False) in head
    assert "window.duthao = {" in head and "dismissNotices" in head
    assert head.count("</script>") == 2  # its words cannot close the script early


def test_words_that_hold_a_closing_tag_cannot_close_the_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "SERVER_RESTARTED", "</script><script>alert(1)</script>")
    head = scripts.page_head()
    assert head.count("</script>") == 2 and "alert(1)" in head
