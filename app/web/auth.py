"""Who may use the web app: a users file of PBKDF2 password hashes, and where the app may listen without one.

The users file (DUTHAO_USERS) holds one `username:pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>` line per
user; `duthao user add NAME` writes it. Without a users file the app listens on the loopback address only.

Guessing is slowed per user name and per client address (LoginLimiter, in front of gradio's /login as ASGI
middleware): after MAX_FAILURES failures in a row the next try is heard only after BACKOFF_SECONDS, doubled
with each further failure up to BACKOFF_MAX_SECONDS. A refused try is answered at once with 429 and costs no
password hashing, so the login form no longer burns the server's CPU. The right password starts afresh.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.middleware import Middleware
from starlette.requests import Request

from app.errors import ConfigError

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


MAX_FAILURES = 5  # failures in a row, per user name or per address, before tries must wait
BACKOFF_SECONDS = 1.0  # the first wait; each further failure doubles it
BACKOFF_MAX_SECONDS = 15 * 60.0
_TRACKED_KEYS = 10_000  # names and addresses remembered; beyond, those whose wait is long over are forgotten


class LoginLimiter:
    """Failed logins per user name and per client address, and how long the next try must wait."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        backoff_seconds: float = BACKOFF_SECONDS,
        max_seconds: float = BACKOFF_MAX_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.backoff_seconds = backoff_seconds
        self.max_seconds = max_seconds
        self.clock = clock
        self._failures: dict[tuple[str, str], tuple[int, float]] = {}  # key → (failures in a row, last)
        self._lock = threading.Lock()

    @staticmethod
    def _keys(username: str, address: str) -> tuple[tuple[str, str], tuple[str, str]]:
        return ("user", username), ("address", address)

    def _delay(self, failures: int) -> float:
        if failures < self.max_failures:
            return 0.0
        return min(self.backoff_seconds * 2 ** (failures - self.max_failures), self.max_seconds)

    def wait_seconds(self, username: str, address: str) -> float:
        """Seconds before a try for this name from this address is heard (0: now)."""
        now = self.clock()
        with self._lock:
            waits = [
                last + self._delay(failures) - now
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
            "login failed for user %r from %s (%d failures for the name, %d from the address)",
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


def login_middleware(limiter: LoginLimiter | None = None) -> list[Middleware]:
    """The middleware list for gradio's `launch(app_kwargs={"middleware": …})`: the limit on /login."""
    return [Middleware(LoginThrottle, limiter=limiter or LoginLimiter())]


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def check_access(host: str, users: Path | None, allow_public_without_auth: bool) -> str:
    """What the app tells its users about access; refuses to listen beyond this machine without logins."""
    if users is not None:
        count = len(load_users(users))
        if count == 0:
            raise ConfigError(f"tệp người dùng {users} chưa có ai: thêm bằng `duthao user add TÊN`")
        return f"Cần đăng nhập ({count} người dùng)."
    if is_loopback(host):
        return (
            f"Chưa bật đăng nhập: ứng dụng chỉ mở được trên chính máy này ({host}). "
            "Để cho máy khác truy cập, tạo người dùng bằng `duthao user add TÊN` và đặt DUTHAO_USERS."
        )
    if not allow_public_without_auth:
        raise ConfigError(
            f"không mở ứng dụng ra địa chỉ {host} khi chưa bật đăng nhập: tạo người dùng bằng "
            "`duthao user add TÊN`, đặt DUTHAO_USERS=<tệp người dùng>, rồi chạy lại "
            "(hoặc thêm --allow-public nếu thật sự muốn mở không cần mật khẩu)"
        )
    return f"Cảnh báo: ứng dụng mở ra địa chỉ {host} mà không cần đăng nhập."
