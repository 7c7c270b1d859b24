"""Logins for the web app: password hashes, the users file, `duthao user`, and where `serve` may listen."""

from __future__ import annotations

import functools
import io
import stat
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.cli import exit_codes
from app.errors import ConfigError
from app.settings import Settings
from app.web import auth

FAST = 1000  # iterations for tests that only need a well-formed hash


def test_hash_format_and_round_trip() -> None:
    encoded = auth.hash_password("mật khẩu dài", iterations=FAST, salt=bytes(16))
    algorithm, iterations, salt_hex, hash_hex = encoded.split("$")
    assert (algorithm, iterations, salt_hex, len(hash_hex)) == ("pbkdf2_sha256", "1000", "00" * 16, 64)
    assert auth.verify_password("mật khẩu dài", encoded)
    assert not auth.verify_password("mật khẩu dai", encoded)


def test_salts_differ_and_defaults_are_strong() -> None:
    a, b = auth.hash_password("x", iterations=FAST), auth.hash_password("x", iterations=FAST)
    assert a != b
    assert auth.ITERATIONS >= 600_000


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "plain",
        "md5$1000$00$00",
        "pbkdf2_sha256$abc$00$00",
        "pbkdf2_sha256$0$00$00",
        "pbkdf2_sha256$10$zz$00",
    ],
)
def test_malformed_hashes_match_nothing(encoded: str) -> None:
    assert not auth.verify_password("", encoded)


def test_users_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "users"
    assert auth.set_user(path, "lan", "mat-khau-1") is True
    assert auth.set_user(path, "minh", "mat-khau-2") is True
    assert auth.set_user(path, "lan", "mat-khau-3") is False
    users = auth.load_users(path)
    assert sorted(users) == ["lan", "minh"] and auth.verify_password("mat-khau-3", users["lan"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    auth.remove_user(path, "minh")
    assert list(auth.load_users(path)) == ["lan"]
    with pytest.raises(ConfigError, match="không có người dùng"):
        auth.remove_user(path, "minh")


def test_users_file_skips_comments_and_rejects_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "users"
    path.write_text(f"# tổ biên tập\n\nlan:{auth.hash_password('x', iterations=FAST)}\n", encoding="utf-8")
    assert list(auth.load_users(path)) == ["lan"]
    path.write_text("lan:secret\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="dòng 1"):
        auth.load_users(path)
    with pytest.raises(ConfigError, match="duthao user add"):
        auth.load_users(tmp_path / "missing")


@pytest.mark.parametrize("name", ["", "có dấu cách", "a:b", "#x"])
def test_bad_user_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ConfigError, match="tên người dùng"):
        auth.set_user(tmp_path / "users", name, "mat-khau-dai")


def test_short_passwords_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ít nhất 8"):
        auth.set_user(tmp_path / "users", "lan", "ngan")


def test_authenticator_reads_the_file_at_each_login(tmp_path: Path) -> None:
    path = tmp_path / "users"
    check = auth.make_authenticator(path)
    assert not check("lan", "mat-khau-1")  # no file yet: nobody gets in
    path.write_text(f"lan:{auth.hash_password('mat-khau-1', iterations=FAST)}\n", encoding="utf-8")
    assert check("lan", "mat-khau-1")
    assert not check("lan", "mat-khau-2") and not check("minh", "mat-khau-1") and not check("", "")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("192.168.1.10", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert auth.is_loopback(host) is loopback


def test_access_policy(tmp_path: Path) -> None:
    assert "chỉ mở được trên chính máy này" in auth.check_access("127.0.0.1", None, False)
    with pytest.raises(ConfigError, match="duthao user add"):
        auth.check_access("0.0.0.0", None, False)
    assert "Cảnh báo" in auth.check_access("0.0.0.0", None, True)
    users = tmp_path / "users"
    users.write_text("# chưa ai\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="chưa có ai"):
        auth.check_access("0.0.0.0", users, False)
    users.write_text(f"lan:{auth.hash_password('x', iterations=FAST)}\n", encoding="utf-8")
    assert "Cần đăng nhập" in auth.check_access("0.0.0.0", users, False)


def test_behind_a_reverse_proxy_the_access_notice_says_how_the_app_is_reached(tmp_path: Path) -> None:
    """On 127.0.0.1 behind nginx, other machines reach the app through the proxy: never "only on this
    machine"; without logins that is refused as a public address is, unless --allow-public."""
    with pytest.raises(ConfigError, match=r"sau reverse proxy \(127\.0\.0\.1, DUTHAO_TRUSTED_PROXIES\)"):
        auth.check_access("127.0.0.1", None, False, "127.0.0.1")
    warning = auth.check_access("127.0.0.1", None, True, "127.0.0.1")
    assert warning.startswith("Cảnh báo") and "qua reverse proxy (127.0.0.1)" in warning
    assert "chính máy này" not in warning
    users = tmp_path / "users"
    users.write_text(f"lan:{auth.hash_password('x', iterations=FAST)}\n", encoding="utf-8")
    assert auth.check_access("127.0.0.1", users, False, "127.0.0.1") == "Cần đăng nhập (1 người dùng)."


def test_serve_behind_a_proxy_without_logins_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, folder in (("DUTHAO_CORPUS_DIR", "corpus"), ("DUTHAO_INDEX_DIR", "index")):
        monkeypatch.setenv(name, str(tmp_path / folder))  # were it not refused, nothing lands in the repo
    monkeypatch.delenv("DUTHAO_USERS", raising=False)
    monkeypatch.delenv("DUTHAO_ALLOW_PUBLIC_WITHOUT_AUTH", raising=False)
    monkeypatch.setenv("DUTHAO_TRUSTED_PROXIES", "127.0.0.1")
    assert cli.main(["serve", "--host", "127.0.0.1", "--port", "1"]) == exit_codes.EXIT_ERROR
    err = capsys.readouterr().err
    assert "reverse proxy" in err and "duthao user add" in err and "chính máy này" not in err


def test_serve_refuses_a_public_address_without_logins(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DUTHAO_USERS", raising=False)
    monkeypatch.delenv("DUTHAO_ALLOW_PUBLIC_WITHOUT_AUTH", raising=False)
    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "1"]) == exit_codes.EXIT_ERROR
    err = capsys.readouterr().err
    assert "0.0.0.0" in err and "duthao user add" in err and "--allow-public" in err


def test_user_add_reads_the_password_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "users"
    monkeypatch.setenv("DUTHAO_USERS", str(path))
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-dai\n"))
    assert cli.main(["user", "add", "lan"]) == exit_codes.EXIT_OK
    assert "đã thêm" in capsys.readouterr().out
    assert auth.make_authenticator(path)("lan", "mat-khau-dai")
    monkeypatch.setattr("sys.stdin", io.StringIO("ngan\n"))
    assert cli.main(["user", "--file", str(path), "add", "lan"]) == exit_codes.EXIT_ERROR
    assert cli.main(["user", "--file", str(path), "remove", "lan"]) == exit_codes.EXIT_OK
    assert auth.load_users(path) == {}


# ---- brute force -----------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_failures_for_a_name_from_an_address_make_that_pair_wait_longer_each_time() -> None:
    clock = Clock()
    limiter = auth.LoginLimiter(clock=clock)
    for _ in range(4):
        limiter.failed("lan", "10.0.0.1")
        assert limiter.wait_seconds("lan", "10.0.0.1") == 0
    limiter.failed("lan", "10.0.0.1")
    first = limiter.wait_seconds("lan", "10.0.0.1")
    assert first > 0
    assert limiter.wait_seconds("lan", "10.0.0.9") == 0  # the owner, at another address, is heard
    assert limiter.wait_seconds("minh", "10.0.0.1") == 0  # and so is another name from that address
    clock.now += first
    assert limiter.wait_seconds("lan", "10.0.0.1") == 0
    limiter.failed("lan", "10.0.0.1")
    assert limiter.wait_seconds("lan", "10.0.0.1") == pytest.approx(2 * first)  # exponential backoff
    limiter.succeeded("lan", "10.0.0.1")
    assert limiter.wait_seconds("lan", "10.0.0.1") == 0  # the right password starts afresh


def test_failures_from_an_address_for_many_names_make_every_name_wait() -> None:
    clock = Clock()
    limiter = auth.LoginLimiter(clock=clock)
    for n in range(auth.ADDRESS_FAILURES):
        assert limiter.wait_seconds(f"ten-{n}", "10.0.0.1") == 0
        limiter.failed(f"ten-{n}", "10.0.0.1")
    assert limiter.wait_seconds("lan", "10.0.0.1") > 0  # guessing names from one address
    assert limiter.wait_seconds("lan", "10.0.0.2") == 0
    clock.now += 3600
    assert limiter.wait_seconds("lan", "10.0.0.1") == 0  # the wait is capped, then over


def test_a_name_has_a_slower_budget_of_its_own_against_a_spray_from_many_addresses() -> None:
    clock = Clock()
    limiter = auth.LoginLimiter(clock=clock)
    for n in range(auth.NAME_FAILURES):
        assert limiter.wait_seconds("lan", f"10.0.{n // 250}.{n % 250}") == 0
        limiter.failed("lan", f"10.0.{n // 250}.{n % 250}")
    assert auth.NAME_FAILURES > 4 * auth.PAIR_FAILURES  # slower: far more tries than one address gets
    assert limiter.wait_seconds("lan", "192.168.1.1") > 0  # from any address now
    assert limiter.wait_seconds("minh", "192.168.1.1") == 0


def test_the_client_is_the_peer_unless_the_peer_is_a_trusted_proxy() -> None:
    proxies = auth.parse_proxies("127.0.0.1, 10.1.0.0/16")
    assert auth.client_address("198.51.100.4", ["203.0.113.7"], proxies) == "198.51.100.4"  # forged
    assert auth.client_address("198.51.100.4", ["203.0.113.7"], ()) == "198.51.100.4"  # nobody trusted
    assert auth.client_address("127.0.0.1", [], proxies) == "127.0.0.1"  # a proxy that forwards for nobody
    assert auth.client_address("127.0.0.1", ["203.0.113.7"], proxies) == "203.0.113.7"
    # a client's own header comes first, then each proxy appends what it saw: the last untrusted one counts
    assert auth.client_address("127.0.0.1", ["6.6.6.6, 203.0.113.7, 10.1.2.3"], proxies) == "203.0.113.7"
    assert auth.client_address("127.0.0.1", ["6.6.6.6", "203.0.113.7:5000"], proxies) == "203.0.113.7"
    assert auth.client_address("127.0.0.1", ["[2001:db8::5]:443"], proxies) == "2001:db8::5"
    assert auth.client_address("127.0.0.1", ["10.1.2.3"], proxies) == "10.1.2.3"  # all trusted: the first


@pytest.mark.parametrize("value", ["nginx", "127.0.0.1;10.0.0.1", "300.1.1.1"])
def test_a_trusted_proxy_must_be_an_address(value: str) -> None:
    with pytest.raises(ConfigError, match="DUTHAO_TRUSTED_PROXIES"):
        auth.parse_proxies(value)


def test_no_trusted_proxy_by_default() -> None:
    assert auth.parse_proxies(Settings().trusted_proxies) == ()
    assert auth.parse_proxies(" 127.0.0.1,::1 ") == auth.parse_proxies("127.0.0.1 ::1")


def _login_app(users: Path, limiter: auth.LoginLimiter | None = None, trusted_proxies: str = "") -> Any:
    """The gradio app `duthao serve` runs (its login route and our middleware), for a test client."""
    import gradio as gr

    from app.web import serve as ui

    captured: dict[str, Any] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gr.Blocks, "launch", lambda self, **kwargs: captured.update(kwargs, demo=self))
        patch.setattr(ui, "build_ui", lambda *args: gr.Blocks())  # the tabs play no part in logging in
        folder = users.parent
        settings = Settings(
            corpus_dir=folder, index_dir=folder / "index", users=users, trusted_proxies=trusted_proxies
        )
        ui.launch(object(), settings)  # type: ignore[arg-type]
    app_kwargs = dict(captured["app_kwargs"])
    if limiter is not None:  # the same middleware, with a clock the test moves
        app_kwargs["middleware"] = auth.app_middleware(auth.parse_proxies(trusted_proxies), limiter)
    demo = captured["demo"]
    demo.auth = captured["auth"]
    return gr.routes.App.create_app(demo, app_kwargs=app_kwargs)


def test_the_login_route_is_limited_and_each_failure_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from starlette.testclient import TestClient

    users = tmp_path / "users"
    users.write_text(f"lan:{auth.hash_password('mat-khau-dung', iterations=FAST)}\n", encoding="utf-8")
    clock = Clock()
    tried: list[str] = []
    original = auth.verify_password

    def counting(password: str, encoded: str) -> bool:
        tried.append(password)
        return original(password, encoded)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "verify_password", counting)
        client = TestClient(_login_app(users, auth.LoginLimiter(clock=clock)))
        for i in range(5):
            assert client.post("/login", data={"username": "lan", "password": f"sai-{i}"}).status_code == 400
        refused = client.post("/login", data={"username": "lan", "password": "mat-khau-dung"})
        assert refused.status_code == 429
        assert "thử lại sau" in refused.json()["detail"] and int(refused.headers["Retry-After"]) >= 1
        assert len(tried) == 5  # a refused try costs no password hashing
        clock.now += 3600
        assert client.post("/login", data={"username": "lan", "password": "mat-khau-dung"}).status_code == 200
    failures = [r for r in caplog.records if r.name == "app.web.auth" and "lan" in r.getMessage()]
    assert len(failures) >= 6 and "testclient" in failures[0].getMessage()


def test_serve_puts_the_limit_in_front_of_the_login(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    users = tmp_path / "users"
    users.write_text(f"lan:{auth.hash_password('mat-khau-dung', iterations=FAST)}\n", encoding="utf-8")
    app = _login_app(users)  # as launched, with the real clock

    def login(client: TestClient, name: str, password: str) -> int:
        # the way gradio's login page posts: multipart form data
        return client.post(
            "/login", files={"username": (None, name), "password": (None, password)}
        ).status_code

    first, second = TestClient(app, client=("10.0.0.1", 5000)), TestClient(app, client=("10.0.0.2", 5000))
    codes = [login(first, "lan", "sai") for _ in range(7)]
    assert codes[:5] == [400] * 5 and codes[5:] == [429, 429]
    assert login(second, "lan", "mat-khau-dung") == 200  # the owner, at another address, gets in
    assert login(second, "minh", "sai") == 400  # another name from another address is heard


SLOW_MACHINE = 600.0  # a first wait no busy test machine sees the end of between two tries


def _users(tmp_path: Path) -> Path:
    users = tmp_path / "users"
    users.write_text(f"lan:{auth.hash_password('mat-khau-dung', iterations=FAST)}\n", encoding="utf-8")
    return users


def _post(client: Any, name: str, password: str, forwarded_for: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    answer = client.post("/login", data={"username": name, "password": password}, headers=headers)
    return int(answer.status_code)


def test_a_spray_with_forged_forwarded_addresses_is_throttled_and_the_owner_still_gets_in(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """20 tries from one client, each with another X-Forwarded-For: no proxy is trusted, the header is not
    believed, the tries are one address's; the owner at another address logs in."""
    from starlette.testclient import TestClient

    app = _login_app(_users(tmp_path), auth.LoginLimiter(backoff_seconds=SLOW_MACHINE))
    attacker = TestClient(app, client=("198.51.100.4", 5000))
    codes = [_post(attacker, "lan", f"sai-{i}", f"203.0.113.{i + 1}") for i in range(20)]
    assert codes == [400] * 5 + [429] * 15
    assert _post(TestClient(app, client=("198.51.100.9", 5000)), "lan", "mat-khau-dung") == 200
    logged = " ".join(r.getMessage() for r in caplog.records if r.name == "app.web.auth")
    assert "198.51.100.4" in logged and "203.0.113." not in logged  # the forged addresses are not believed


def test_behind_a_trusted_proxy_the_forwarded_address_is_used(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    limiter = auth.LoginLimiter(backoff_seconds=SLOW_MACHINE)
    app = _login_app(_users(tmp_path), limiter, trusted_proxies="127.0.0.1")
    proxy = TestClient(app, client=("127.0.0.1", 5000))
    assert [_post(proxy, "lan", "sai", "203.0.113.7") for _ in range(6)] == [400] * 5 + [429]
    # the same address, whatever a client wrote before it: the proxy's entry is the last one
    assert _post(proxy, "lan", "sai", "10.9.9.9, 203.0.113.7") == 429
    assert _post(proxy, "lan", "mat-khau-dung", "203.0.113.8") == 200  # the owner, elsewhere, gets in


@pytest.mark.integration
def test_serve_believes_no_forwarded_address_uvicorn_would(tmp_path: Path) -> None:
    """The server `duthao serve` runs (gradio's uvicorn, which by default believes X-Forwarded-For from
    127.0.0.1): a spray from this machine with changing forged addresses is throttled."""
    import socket
    import threading
    import time

    import gradio as gr
    import httpx

    from app.web import serve as ui

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    with gr.Blocks() as demo:  # the tabs play no part in logging in
        gr.Markdown("Trợ lý Dự thảo")
    users = _users(tmp_path)
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", users=users, port=port)
    failed: list[BaseException] = []

    def serve() -> None:
        try:
            ui.launch(object(), settings)  # type: ignore[arg-type]
        except BaseException as exc:
            failed.append(exc)

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("FORWARDED_ALLOW_IPS", raising=False)  # uvicorn's default: 127.0.0.1 and ::1 trusted
        patch.setattr(ui, "build_ui", lambda *args: demo)
        slow = functools.partial(auth.LoginLimiter, backoff_seconds=SLOW_MACHINE)
        patch.setattr(auth, "LoginLimiter", slow)
        server = threading.Thread(target=serve, daemon=True)
        server.start()
        try:
            url = f"http://127.0.0.1:{port}/login"
            deadline = time.monotonic() + 60
            while not demo.is_running and not failed and time.monotonic() < deadline:
                time.sleep(0.1)
            assert demo.is_running, failed
            codes = [
                httpx.post(
                    url,
                    data={"username": "lan", "password": f"sai-{i}"},
                    headers={"X-Forwarded-For": f"203.0.113.{i + 1}"},
                    timeout=30,
                ).status_code
                for i in range(20)
            ]
            assert codes == [400] * 5 + [429] * 15
        finally:
            demo.close()
            server.join(timeout=30)
