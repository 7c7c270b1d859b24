"""The app as `duthao serve` serves it, with logins, over plain HTTP (issue 18.6): without a session only
the login page answers (gradio's own open routes — its app id, heartbeat, cancel, reset, run history — and
FastAPI's /openapi.json included); logged in, the page asks and exports; stopped with SIGTERM, it leaves
nothing in its temporary folder, not even empty folders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.web import auth
from tests import browser
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT
from tests.web.test_ui import ask_through_the_api

pytestmark = pytest.mark.slow  # the served app embeds with the real model

USER, PASSWORD = "bientap", "mat-khau-bien-tap"
# routes gradio or FastAPI answered without a login before (GET, then POST)
OPEN_BEFORE = [
    "/openapi.json",
    "/gradio_api/app_id",
    "/gradio_api/heartbeat/abc",
    "/gradio_api/user",
    "/gradio_api/token",
    "/gradio_api/runs",
]
CHECKED_BY_GRADIO = [
    "/config",
    "/gradio_api/info",
    "/gradio_api/openapi.json",
    "/gradio_api/login_check",
    "/gradio_api/queue/data?session_hash=x",
    "/gradio_api/file=/etc/passwd",
    "/gradio_api/run-history/buckets",
    "/monitoring",
]
POSTS = [
    "/gradio_api/cancel",
    "/gradio_api/reset",
    "/gradio_api/queue/join",
    "/gradio_api/upload",
    "/gradio_api/run/predict",
    "/gradio_api/vibe-edit",
    "/gradio_api/stream/x",
]


@dataclass
class Served:
    server: browser.Server
    tmp: Path  # the server's TMPDIR

    @property
    def url(self) -> str:
        return self.server.url.rstrip("/")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, shared_vectors: Path) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("served")
    users, tmp = root / "users", root / "tmp"
    tmp.mkdir()
    auth.set_user(users, USER, PASSWORD)
    env = {"DUTHAO_USERS": str(users), "TMPDIR": str(tmp), "DUTHAO_VECTOR_CACHE": str(shared_vectors)}
    with browser.running_server(browser.copy_seed(root), root / "index", env) as server:
        yield Served(server, tmp)


def status(client: httpx.Client, method: str, route: str, **kwargs: Any) -> int:
    """The status of a request, its body left unread: an open heartbeat is a stream that never ends."""
    with client.stream(method, route, **kwargs) as response:
        return response.status_code


def logged_in(url: str) -> httpx.Client:
    """An HTTP client holding a session, as the browser does after the login form."""
    client = httpx.Client(base_url=url, timeout=60)
    assert client.post("/login", data={"username": USER, "password": PASSWORD}).status_code == 200
    return client


def test_without_a_session_only_the_login_page_answers(served: Served) -> None:
    with httpx.Client(base_url=served.url, timeout=30) as anyone:
        page = anyone.get("/")
        assert page.status_code == 200 and "auth_required" in page.text
        # the login page's own files still load
        asset = re.search(r'src="\.?/?(assets/[^"]+\.js)"', page.text)
        assert asset and anyone.get(f"/{asset.group(1)}").status_code == 200
        assert anyone.get("/theme.css").status_code == 200
        got = {route: status(anyone, "GET", route) for route in OPEN_BEFORE + CHECKED_BY_GRADIO}
        got |= {route: status(anyone, "POST", route, json={}) for route in POSTS}
        # a cookie naming no login is no session
        anyone.cookies.update({"access-token-unsecure-x": "x", "access-token": "x"})
        got["forged cookie"] = status(anyone, "GET", "/gradio_api/app_id")
    assert {route: code for route, code in got.items() if code not in (401, 403, 404)} == {}


def test_logged_in_the_page_asks_and_exports(served: Served) -> None:
    from gradio_client import Client

    tab = Client(served.url, auth=(USER, PASSWORD), verbose=False, download_files=False)
    chat, stored = ask_through_the_api(tab, KIM_THANH_QUESTION)
    assert KIM_THANH_TRANSPORT in str(chat)
    md, _ = tab.predict(stored, api_name="/_conversation_files")
    client = logged_in(served.url)
    try:
        download = client.get(md["value"]["url"])
        assert download.status_code == 200 and KIM_THANH_QUESTION in download.text
        assert client.get("/gradio_api/app_id").status_code == 200  # open to a session
        # routes the app never uses stay closed with one
        assert [client.get(r).status_code for r in ("/openapi.json", "/gradio_api/runs")] == [404, 404]
    finally:
        client.close()
        tab.close()


def test_a_sigterm_leaves_no_temporary_folder(served: Served) -> None:
    from gradio_client import Client

    tab = Client(served.url, auth=(USER, PASSWORD), verbose=False, download_files=False)
    _, stored = ask_through_the_api(tab, KIM_THANH_QUESTION)
    tab.predict(stored, api_name="/_conversation_files")  # our download folder, and gradio's copies
    assert [p for p in served.tmp.rglob("*") if p.is_file()]
    served.server.stop()  # SIGTERM, as systemd stops it
    assert served.server.process.returncode == 0, served.server.log()[-3000:]
    assert sorted(served.tmp.rglob("*")) == []
