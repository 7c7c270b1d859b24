"""Word lists the rules use, one file per concept: app/lexicon/<name>.txt.

File format: UTF-8, one entry per line, order kept. Lines starting with "#" are the header (what the list is
for, who reads it, what an entry must be) and comments; blank lines are skipped. Entries are NFC-normalised;
a duplicate entry is an error. This module is a leaf: it imports only the standard library.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A word list is missing or malformed."""


def _lines(name: str) -> tuple[str, ...]:
    path = LEXICON_DIR / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"No word list {path}: add the file or fix the name.") from None
    entries: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = unicodedata.normalize("NFC", raw).strip()
        if not line or line.startswith("#"):
            continue
        if line in seen:
            raise LexiconError(f"{path}:{number}: duplicate entry {line!r}: remove one of them.")
        seen.add(line)
        entries.append(line)
    return tuple(entries)


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The entries of list `name`, in file order."""
    return _lines(name)


def alternation(entries: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of the entries, escaped, the longest first (so "ban thường vụ" wins over "ban")."""
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))


@functools.cache
def pattern(name: str) -> re.Pattern[str]:
    """Any entry of list `name` as a whole word or phrase, case-insensitive."""
    return re.compile(r"(?<!\w)(?:" + alternation(words(name)) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def pairs(name: str) -> dict[str, str]:
    """The "key = value" lines of list `name`, in file order."""
    result: dict[str, str] = {}
    for line in _lines(name):
        key, sep, value = (part.strip() for part in line.partition("="))
        if not sep or not key or not value:
            raise LexiconError(f"{LEXICON_DIR / name}.txt: {line!r} is not 'key = value'.")
        if key in result:
            raise LexiconError(f"{LEXICON_DIR / name}.txt: key {key!r} appears twice: keep one.")
        result[key] = value
    return result


@functools.cache
def groups(name: str) -> tuple[tuple[str, ...], ...]:
    """The "a | b | c" lines of list `name`, in file order, each split into its members."""
    result: list[tuple[str, ...]] = []
    for line in _lines(name):
        members = tuple(part.strip() for part in line.split("|"))
        if any(not m for m in members) or len(set(members)) != len(members):
            raise LexiconError(f"{LEXICON_DIR / name}.txt: {line!r} has an empty or repeated member.")
        result.append(members)
    return tuple(result)
