"""Who may use the web app: a users file of PBKDF2 password hashes, and where the app may listen without one.

The users file (DUTHAO_USERS) holds one `username:pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>` line per
user; `duthao user add NAME` writes it. Without a users file the app listens on the loopback address only.

Guessing is slowed (LoginLimiter, in front of gradio's /login as ASGI middleware) with three budgets of
failures in a row: a name from one address (PAIR_FAILURES), any names from one address (ADDRESS_FAILURES)
and a name from any address (NAME_FAILURES, the slower global budget against a spray from many addresses).
Past a budget, the next try it covers is heard only after BACKOFF_SECONDS, doubled with each further failure
up to BACKOFF_MAX_SECONDS. So five wrong passwords from one address make that address wait for that name,
while the owner, at another address, still logs in. A refused try is answered at once with 429 and costs
no password hashing, so the login form no longer burns the server's CPU. The right password starts afresh.

The client's address is the connection's peer. Only a trusted proxy (DUTHAO_TRUSTED_PROXIES) is believed
about another one, in X-Forwarded-For (ForwardedFor): a header a client writes itself is ignored, so it
cannot pick a fresh address for each try. uvicorn would believe the header from 127.0.0.1 (its
forwarded-allow-ips); `duthao serve` tells it to believe no one (`uvicorn_trusts_no_proxy`), and this module
is the one judge.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import math
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from starlette.middleware import Middleware
from starlette.requests import Request

from app.errors import ConfigError
from app.web.routes import SessionRequired

log = logging.getLogger(__name__)

ALGORITHM = "pbkdf2_sha256"
# OWASP's 2023 figure for PBKDF2-HMAC-SHA256; one login costs a few tenths of a second.
ITERATIONS = 600_000
MIN_PASSWORD_CHARS = 8
_NAME = re.compile(r"[^\s:#]{1,64}")


def hash_password(password: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The encoded hash of a password: pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """True when the password matches the encoded hash; a malformed hash matches nothing."""
    try:
        algorithm, iterations, salt_hex, hash_hex = encoded.split("$")
        if algorithm != ALGORITHM:
            return False
        salt, expected, rounds = bytes.fromhex(salt_hex), bytes.fromhex(hash_hex), int(iterations)
    except ValueError:
        return False
    if rounds < 1 or not expected:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)
    return hmac.compare_digest(digest, expected)


def load_users(path: Path) -> dict[str, str]:
    """username → encoded hash. Blank lines and # comments are skipped; a malformed line is an error."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ConfigError(
            f"không có tệp người dùng {path} (DUTHAO_USERS): tạo bằng `duthao user add TÊN`"
        ) from None
    except OSError as exc:
        raise ConfigError(f"không đọc được tệp người dùng {path}: {exc.strerror or exc}") from exc
    users: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, encoded = line.partition(":")
        if not sep or not _NAME.fullmatch(name) or not encoded.startswith(ALGORITHM + "$"):
            raise ConfigError(f"{path}, dòng {number}: cần dạng `tên:{ALGORITHM}$…` (`duthao user add` tạo)")
        users[name] = encoded
    return users


def set_user(path: Path, name: str, password: str) -> bool:
    """Add or update a user's password hash in the users file; True when the user is new."""
    if not _NAME.fullmatch(name):
        raise ConfigError(f"tên người dùng không hợp lệ: {name!r} (không dấu cách, không ':' hay '#')")
    if len(password) < MIN_PASSWORD_CHARS:
        raise ConfigError(f"mật khẩu cần ít nhất {MIN_PASSWORD_CHARS} ký tự")
    path = Path(path)
    users = load_users(path) if path.exists() else {}
    is_new = name not in users
    users[name] = hash_password(password)
    _write_users(path, users)
    return is_new


def remove_user(path: Path, name: str) -> None:
    """Delete a user from the users file."""
    users = load_users(path)
    if name not in users:
        raise ConfigError(f"không có người dùng {name!r} trong {path}")
    del users[name]
    _write_users(Path(path), users)


def _write_users(path: Path, users: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    # the hashes are not secrets, but nobody else needs to read them: owner-only from the start
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("".join(f"{name}:{encoded}\n" for name, encoded in sorted(users.items())))
    tmp.replace(path)


def make_authenticator(path: Path) -> Callable[[str, str], bool]:
    """A gradio `auth=` callable. The file is read at each login, so `duthao user add` needs no restart."""
    decoy = hash_password(secrets.token_hex(8))

    def authenticate(username: str, password: str) -> bool:
        try:
            users = load_users(path)
        except ConfigError as exc:
            log.error("login refused: %s", exc)
            return False
        # an unknown name costs as much time as a wrong password: names cannot be probed by timing
        ok = verify_password(password or "", users.get(username or "", decoy))
        return ok and username in users

    return authenticate


# failures in a row before tries must wait, per budget
PAIR_FAILURES = 5  # one name from one address: a mistyped password, or a guesser at one machine
ADDRESS_FAILURES = 20  # any names from one address: guessing names (an office behind one NAT mistypes too)
NAME_FAILURES = 50  # one name from any address: the slower global budget, against a spray from many addresses
BACKOFF_SECONDS = 1.0  # the first wait; each further failure doubles it
BACKOFF_MAX_SECONDS = 15 * 60.0
_TRACKED_KEYS = 10_000  # budgets remembered; beyond, those whose wait is long over are forgotten

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_proxies(value: str) -> tuple[Network, ...]:
    """The trusted proxies of DUTHAO_TRUSTED_PROXIES: addresses or networks, separated by commas or spaces
    ("127.0.0.1", "10.0.0.0/24, ::1"); ConfigError for anything else."""
    proxies = []
    for item in re.split(r"[,\s]+", value.strip()):
        if not item:
            continue
        try:
            proxies.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigError(
                f"DUTHAO_TRUSTED_PROXIES: {item!r} không phải địa chỉ IP hay dải địa chỉ (ví dụ 127.0.0.1 "
                "hoặc 10.0.0.0/24); ghi địa chỉ của reverse proxy (nginx), cách nhau bằng dấu phẩy."
            ) from None
    return tuple(proxies)


def _is_proxy(host: str, proxies: Iterable[Network]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in proxies)


def _hop_host(hop: str) -> str:
    """The address of one X-Forwarded-For entry, without a port ("1.2.3.4:5678", "[::1]:80")."""
    hop = hop.strip()
    if hop.startswith("["):
        return hop[1:].partition("]")[0]
    if hop.count(":") == 1:
        return hop.partition(":")[0]
    return hop


def client_address(peer: str, forwarded_for: Iterable[str], proxies: Iterable[Network]) -> str:
    """Who is asking: the peer, unless it is a trusted proxy; then the last address in X-Forwarded-For that
    is not a trusted proxy itself (each proxy appends the address it saw; what a client wrote comes first)."""
    proxies = tuple(proxies)
    if not _is_proxy(peer, proxies):
        return peer
    hops = [_hop_host(hop) for value in forwarded_for for hop in value.split(",") if hop.strip()]
    for host in reversed(hops):
        if not _is_proxy(host, proxies):
            return host[:64]  # an address; a trusted proxy that writes nonsense writes a bounded key
    return hops[0] if hops else peer


class ForwardedFor:
    """ASGI middleware: the client's address for everything behind it (scope["client"]): the peer, or, from
    a trusted proxy, the client it forwards for (client_address). Anyone else's X-Forwarded-For is ignored."""

    def __init__(self, app: Any, proxies: tuple[Network, ...] = ()) -> None:
        self.app = app
        self.proxies = proxies

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket") and self.proxies:
            peer = (scope.get("client") or ("?", 0))[0]
            forwarded = [v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-forwarded-for"]
            address = client_address(peer, forwarded, self.proxies)
            if address != peer:
                scope = dict(scope, client=(address, 0))
        await self.app(scope, receive, send)


@contextmanager
def uvicorn_trusts_no_proxy() -> Iterator[None]:
    """While gradio starts uvicorn: uvicorn believes X-Forwarded-For from no one (its default believes
    127.0.0.1, so anyone reaching the app through a local proxy could name any address), and ForwardedFor
    alone decides. uvicorn reads FORWARDED_ALLOW_IPS when its Config is made, inside gradio's launch."""
    saved = os.environ.get("FORWARDED_ALLOW_IPS")
    os.environ["FORWARDED_ALLOW_IPS"] = ""  # an empty list: no host is trusted
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("FORWARDED_ALLOW_IPS", None)
        else:
            os.environ["FORWARDED_ALLOW_IPS"] = saved


Key = tuple[str, ...]


class LoginLimiter:
    """Failed logins per (name, address), per address and per name, and how long the next try must wait."""

    def __init__(
        self,
        pair_failures: int = PAIR_FAILURES,
        address_failures: int = ADDRESS_FAILURES,
        name_failures: int = NAME_FAILURES,
        backoff_seconds: float = BACKOFF_SECONDS,
        max_seconds: float = BACKOFF_MAX_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.budgets = {"pair": pair_failures, "address": address_failures, "name": name_failures}
        self.backoff_seconds = backoff_seconds
        self.max_seconds = max_seconds
        self.clock = clock
        self._failures: dict[Key, tuple[int, float]] = {}  # key → (failures in a row, last)
        self._lock = threading.Lock()

    @staticmethod
    def _keys(username: str, address: str) -> tuple[Key, Key, Key]:
        return ("pair", username, address), ("address", address), ("name", username)

    def _delay(self, key: Key, failures: int) -> float:
        budget = self.budgets[key[0]]
        if failures < budget:
            return 0.0
        return min(self.backoff_seconds * 2 ** (failures - budget), self.max_seconds)

    def wait_seconds(self, username: str, address: str) -> float:
        """Seconds before a try for this name from this address is heard (0: now)."""
        now = self.clock()
        with self._lock:
            waits = [
                last + self._delay(key, failures) - now
                for key in self._keys(username, address)
                for failures, last in [self._failures.get(key, (0, now))]
            ]
        return max(0.0, *waits)

    def failed(self, username: str, address: str) -> None:
        """Count a wrong name or password."""
        now = self.clock()
        with self._lock:
            if len(self._failures) >= _TRACKED_KEYS:
                self._failures = {
                    k: (n, last) for k, (n, last) in self._failures.items() if now - last < self.max_seconds
                }
            counts = []
            for key in self._keys(username, address):
                failures = self._failures.get(key, (0, now))[0] + 1
                self._failures[key] = (failures, now)
                counts.append(failures)
        log.warning(
            "login failed for user %r from %s (%d failures in a row for the name from there, %d from the "
            "address, %d for the name)",
            username,
            address,
            *counts,
        )

    def succeeded(self, username: str, address: str) -> None:
        """The right password: the name and the address start afresh."""
        with self._lock:
            for key in self._keys(username, address):
                self._failures.pop(key, None)


class LoginThrottle:
    """ASGI middleware in front of gradio's POST /login: a try that must wait gets 429 at once (no password
    hashing); the route's answer (200, or 400 for wrong credentials) is counted by the limiter."""

    MAX_BODY = 64 * 1024  # a login form is a few dozen bytes

    def __init__(self, app: Any, limiter: LoginLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = str(scope.get("path", "")).rstrip("/")
        if scope["type"] != "http" or scope.get("method") != "POST" or not path.endswith("/login"):
            await self.app(scope, receive, send)
            return
        body, messages = b"", []
        while True:  # the form, read once here and handed on unchanged
            message = await receive()
            messages.append(message)
            body += message.get("body", b"")
            if not message.get("more_body") or len(body) > self.MAX_BODY:
                break
        username = await _username(scope, body) if len(body) <= self.MAX_BODY else ""
        address = (scope.get("client") or ("?", 0))[0]
        wait = self.limiter.wait_seconds(username, address)
        if wait > 0:
            log.warning(
                "login refused for user %r from %s: too many failures, %.0f s to wait",
                username,
                address,
                wait,
            )
            await _too_many_tries(send, math.ceil(wait))
            return

        async def replay() -> dict[str, Any]:
            return messages.pop(0) if messages else await receive()

        status: list[int] = []

        async def watch(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, replay, watch)
        if status and status[0] == 200:
            self.limiter.succeeded(username, address)
        elif status and status[0] in (400, 401, 403):
            self.limiter.failed(username, address)


async def _username(scope: dict[str, Any], body: bytes) -> str:
    """The user name of a login form, urlencoded or multipart (gradio's page posts FormData); "" if none."""
    delivered = False

    async def once() -> dict[str, Any]:
        nonlocal delivered
        more, delivered = not delivered, True
        return {"type": "http.request", "body": body if more else b"", "more_body": False}

    try:
        value = (await Request(scope, once).form()).get("username")
    except Exception:  # a malformed form: the route itself will refuse it
        return ""
    return value.strip() if isinstance(value, str) else ""


async def _too_many_tries(send: Any, seconds: int) -> None:
    body = json.dumps(
        {"detail": f"Đăng nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây."}, ensure_ascii=False
    ).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", str(seconds).encode()),
    ]
    await send({"type": "http.response.start", "status": 429, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def app_middleware(
    proxies: tuple[Network, ...] = (), limiter: LoginLimiter | None = None
) -> list[Middleware]:
    """The middleware list for gradio's `launch(app_kwargs={"middleware": …})`: the client's address (from
    the trusted proxies), then, with logins (a limiter), the limit on /login and the session check; the
    routes the app never uses are closed either way."""
    middleware = [Middleware(ForwardedFor, proxies=proxies)]
    if limiter is not None:
        middleware.append(Middleware(LoginThrottle, limiter=limiter))
    middleware.append(Middleware(SessionRequired, logins=limiter is not None))  # app.web.routes
    return middleware


def app_kwargs(proxies: tuple[Network, ...] = (), limiter: LoginLimiter | None = None) -> dict[str, Any]:
    """gradio's `launch(app_kwargs=…)`: the middleware, and no FastAPI schema at /openapi.json (it lists
    every route to anyone; the app has no API for others)."""
    return {"middleware": app_middleware(proxies, limiter), "openapi_url": None}


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def check_access(host: str, users: Path | None, allow_public_without_auth: bool, proxies: str = "") -> str:
    """What the app tells its users about access; refuses to be reachable beyond this machine without
    logins: listening on another address, or behind the reverse proxies of DUTHAO_TRUSTED_PROXIES (`proxies`,
    as set), through which other machines reach it even on 127.0.0.1."""
    proxies = proxies.strip()
    if users is not None:
        count = len(load_users(users))
        if count == 0:
            raise ConfigError(f"tệp người dùng {users} chưa có ai: thêm bằng `duthao user add TÊN`")
        return f"Cần đăng nhập ({count} người dùng)."
    if is_loopback(host) and not proxies:
        return (
            f"Chưa bật đăng nhập: ứng dụng chỉ mở được trên chính máy này ({host}). "
            "Để cho máy khác truy cập, tạo người dùng bằng `duthao user add TÊN` và đặt DUTHAO_USERS."
        )
    if not allow_public_without_auth:
        where = (
            f"sau reverse proxy ({proxies}, DUTHAO_TRUSTED_PROXIES), nơi máy khác vào được"
            if proxies
            else f"ra địa chỉ {host}"
        )
        raise ConfigError(
            f"không mở ứng dụng {where} khi chưa bật đăng nhập: tạo người dùng bằng "
            "`duthao user add TÊN`, đặt DUTHAO_USERS=<tệp người dùng>, rồi chạy lại "
            "(hoặc thêm --allow-public nếu thật sự muốn mở không cần mật khẩu)"
        )
    if proxies:
        return f"Cảnh báo: ứng dụng mở cho máy khác qua reverse proxy ({proxies}) mà không cần đăng nhập."
    return f"Cảnh báo: ứng dụng mở ra địa chỉ {host} mà không cần đăng nhập."
