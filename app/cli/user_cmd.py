"""`duthao user add|remove`: manage the web app's logins (the DUTHAO_USERS file)."""

from __future__ import annotations

import argparse
import sys

from app.cli.exit_codes import EXIT_OK
from app.errors import ConfigError
from app.settings import Settings


def _read_new_password() -> str:
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Mật khẩu: ")
        if getpass.getpass("Nhập lại mật khẩu: ") != password:
            raise ConfigError("hai lần nhập mật khẩu không khớp")
        return password
    return sys.stdin.readline().rstrip("\r\n")


def cmd_user(args: argparse.Namespace, settings: Settings) -> int:
    from app.web.auth import remove_user, set_user

    path = args.file or settings.users
    if path is None:
        raise ConfigError("chưa biết tệp người dùng: đặt DUTHAO_USERS=<tệp> hoặc dùng --file <tệp>")
    if args.user_command == "add":
        created = set_user(path, args.name, _read_new_password())
        print(f"{'đã thêm' if created else 'đã đổi mật khẩu cho'} người dùng {args.name} ({path})")
    else:
        remove_user(path, args.name)
        print(f"đã xóa người dùng {args.name} ({path})")
    return EXIT_OK
