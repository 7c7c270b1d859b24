"""argparse, in Vietnamese: `_Parser` sets the headings and the help line, translates argparse's error
messages (`_ARGPARSE_MESSAGES`) and names a mistyped option as such, with the close match. Wrong input is a
usage error (exit 2) that says what to type instead.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, cast

from app import labels
from app.cli.exit_codes import EXIT_USAGE

# argparse's messages (Python 3.11–3.13 wording) → Vietnamese; an unknown message is shown as it is.
_ARGPARSE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<a>.*)", "thiếu tham số bắt buộc: {a}"),
    (r"unrecognized arguments: (?P<a>.*)", "thừa tham số: {a}"),
    (r"invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)", "{v} không hợp lệ; hãy chọn một trong: {c}"),
    (r"invalid int value: (?P<v>.*)", "{v} không phải một số nguyên"),
    (r"invalid (?P<t>\w+) value: (?P<v>.*)", "{v} không phải giá trị hợp lệ"),
    (r"expected one argument", "cần một giá trị đi sau"),
    (r"expected at most one argument", "chỉ nhận tối đa một giá trị"),
    (r"expected at least one argument", "cần ít nhất một giá trị"),
    (r"expected (?P<n>\d+) arguments?", "cần {n} giá trị"),
    (r"ambiguous option: (?P<o>\S+) could match (?P<m>.*)", "tùy chọn {o} chưa rõ, có thể là: {m}"),
    (r"ignored explicit argument (?P<v>.*)", "tùy chọn này không nhận giá trị {v}"),
    (r"not allowed with argument (?P<a>.*)", "không dùng được cùng với {a}"),
    (r"one of the arguments (?P<a>.*) is required", "cần một trong các tham số: {a}"),
)
_NUMBER = re.compile(r"-\d+(\.\d*)?|-\.\d+")  # a negative number is a value, not an option


def _vietnamese(message: str) -> str:
    """argparse's English error message in Vietnamese ("argument --k: invalid int value: 'x'" → …)."""
    named = re.fullmatch(r"argument (?P<name>.+?): (?P<rest>.*)", message, re.DOTALL)
    if named:
        return f"tham số {named['name']}: {_vietnamese(named['rest'])}"
    for pattern, template in _ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            return template.format(**found.groupdict()) + _close_choice(found.groupdict())
    return message


def _close_choice(parts: dict[str, str]) -> str:
    """For a bad choice ('ak'), the close one ('ask'), if any."""
    if "v" not in parts or "c" not in parts:
        return ""
    close = difflib.get_close_matches(parts["v"].strip("'"), re.findall(r"'([^']*)'", parts["c"]), n=1)
    return labels.CLI_DID_YOU_MEAN.format(suggestion=close[0]) if close else ""


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with a Vietnamese "usage:"."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Vietnamese and names a mistyped option as such, with the close match.

    argparse would take `--distrct "Kim Thành"` as an unknown word and the name as the file or question;
    here the first unknown option is reported before anything else.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="hiện hướng dẫn này rồi thoát"
        )
        self._commands: argparse.Action | None = None
        self._words: list[str] = []

    def add_subparsers(self, **kwargs: Any) -> Any:
        self._commands = super().add_subparsers(**kwargs)
        return self._commands

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self._words = list(sys.argv[1:] if args is None else args)
        namespace, extras = super().parse_known_args(args, namespace)
        unknown = self._unknown_option(extras)
        if unknown:
            self.error(self._unknown_message(unknown))
        return namespace, extras

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        # a missing argument or a bad command name is often the word after a mistyped option
        unknown = self._unknown_option(self._own_words())
        text = self._unknown_message(unknown) if unknown else _vietnamese(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {text}\n{labels.CLI_SEE_HELP.format(prog=self.prog)}\n")

    def command(self, name: str) -> argparse.ArgumentParser:
        """The parser of one of this parser's commands."""
        assert self._commands is not None
        return cast(dict[str, argparse.ArgumentParser], self._commands.choices)[name]

    def _option_strings(self) -> list[str]:
        return [s for action in self._actions for s in action.option_strings]

    def _own_words(self) -> list[str]:
        """The words this parser reads itself: up to the command name, when it has commands."""
        commands = self._commands.choices if self._commands is not None else None
        if not commands:
            return self._words
        for i, word in enumerate(self._words):
            if word in commands:
                return self._words[:i]
        return self._words

    def _unknown_option(self, words: Sequence[str]) -> str | None:
        """The first word that looks like an option this parser does not have (nor abbreviates)."""
        known = self._option_strings()
        for word in words:
            if word == "--":
                break
            if not word.startswith("-") or word == "-" or _NUMBER.fullmatch(word):
                continue
            name = word.split("=", 1)[0]
            if name in known or (name.startswith("--") and any(k.startswith(name) for k in known)):
                continue
            return name
        return None

    def _unknown_message(self, option: str) -> str:
        options = [s for s in self._option_strings() if s.startswith("--")]
        text = labels.CLI_UNKNOWN_OPTION.format(option=option)
        close = difflib.get_close_matches(option, options, n=1, cutoff=0.6)
        if close:
            return text + labels.CLI_DID_YOU_MEAN.format(suggestion=close[0])
        return text + labels.CLI_OPTIONS_ARE.format(options=", ".join(options))
