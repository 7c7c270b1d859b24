"""Who may use the web app: a users file of PBKDF2 password hashes, and where the app may listen without one.

The users file (DUTHAO_USERS) holds one `username:pbkdf2_sha256$<iterations>$<salt_hex>$<hash_hex>` line per
user; `duthao user add NAME` writes it. Without a users file the app listens on the loopback address only.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

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
