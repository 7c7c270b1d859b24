"""How many of a thing a requirement allows, and how many a draft has.

A requirement may set a count ("Rút ra từ 3 đến 4 bài học kinh nghiệm", "Lựa chọn không quá ba khâu đột
phá", "không quá 20 chỉ tiêu"). A draft meets it by having that many, however it words them, so the words it
shares with the requirement say little. What a draft has is the count it states ("Ba khâu đột phá:", "18 chỉ
tiêu, chia thành 3 nhóm") or the items it enumerates in the paragraph naming the thing ("Bài học kinh
nghiệm. Một là, … Bốn là, …"). A draft naming three breakthroughs where the guidance asks for two to three
meets it (issue 17, point 7); one naming five meets it partly. A size (pages, words, minutes) is no count of
things a draft enumerates: it is left to the score.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app import lexicon
from app.domain import Status
from app.text import syllables

# syllables naming what is counted: "bài học", "khâu đột" (phá), "chỉ tiêu"; a draft's count names them too
THING_SYLLABLES = 2
# a requirement allowing "không quá 3" allows at least one: none is no answer to it
AT_LEAST = 1


@dataclass(frozen=True)
class Allowed:
    """The count a requirement allows of a thing: `low` to `high` of the things whose name opens with
    `thing` (lower-case syllables)."""

    thing: tuple[str, ...]
    low: int
    high: int


@functools.cache
def _values() -> dict[str, int]:
    return {word: int(value) for word, value in lexicon.pairs("number_values").items()}


@functools.cache
def _number() -> str:
    """A cardinal: digits, or a word of app/lexicon/number_values.txt."""
    return r"(\d{1,3}|" + lexicon.alternation(list(_values())) + r")"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a range "từ N đến M" or "N - M", a limit "không quá N", a stated count "N"), each before a thing."""
    number = _number()
    thing = r"(?P<thing>(?:[^\W\d_]+\s*){1," + str(THING_SYLLABLES) + "})"
    limits = lexicon.alternation([w for w in lexicon.words("limit_words") if w not in _NOT_UPPER])
    return (
        re.compile(rf"(?<!\w)(?:từ\s+)?{number}\s*(?:đến|tới|-|–)\s*{number}\s+{thing}", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{limits})\s+{number}\s+{thing}", re.IGNORECASE),
        re.compile(rf"(?<![\w/,.]){number}\s+{thing}", re.IGNORECASE),
    )


# limit words that set no upper bound ("tối thiểu 3", "ít nhất 3") or no exact one ("khoảng 20")
_NOT_UPPER = ("tối thiểu", "ít nhất", "khoảng")
# a heading naming the thing is at most this long ("III. BÀI HỌC KINH NGHIỆM", "Bài học rút ra")
HEADING_SYLLABLES = 12
MIN_ENUMERATED = 2  # one "Thứ nhất, …" is a way of speaking, not a count


def _value(token: str) -> int:
    return int(token) if token.isdigit() else _values()[token.lower()]


@functools.cache
def _sizes() -> frozenset[str]:
    """Units of a size or a duration ("trang", "chữ", "phút"): a limit of them is no count of things."""
    return frozenset(w.lower() for name in ("size_units", "duration_units") for w in lexicon.words(name))


def _thing(words: str) -> tuple[str, ...]:
    return tuple(syllables(words.lower()))[:THING_SYLLABLES]


@functools.lru_cache(maxsize=4096)  # each review asks it of every requirement again
def allowed(requirement: str) -> Allowed | None:
    """The count the requirement allows of a thing it names after the number, or None: "Rút ra từ ba đến
    năm bài học" → 3 to 5 "bài học"; "không quá 20 chỉ tiêu" → 1 to 20 "chỉ tiêu"; "không quá 30 trang"
    → None (a size)."""
    ranged, limited, _ = _patterns()
    for pattern, bounds in ((ranged, lambda m: (_value(m[1]), _value(m[2]))), (limited, None)):
        match = pattern.search(requirement)
        if match is None:
            continue
        thing = _thing(match["thing"])
        if not thing or thing[0] in _sizes():
            return None
        low, high = bounds(match) if bounds else (AT_LEAST, _value(match[1]))
        return Allowed(thing, min(low, high), max(low, high))
    return None


@functools.cache
def _enumerator() -> re.Pattern[str]:
    """ "Một là", "Thứ hai", … (app/lexicon/enumerators.txt): the number word is the one group matched."""
    words = lexicon.alternation(list(_values()))
    forms = [re.escape(form).replace(r"\{n\}", f"({words})") for form in lexicon.words("enumerators")]
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)


def _enumerated(match: re.Match[str]) -> int:
    return _value(next(g for g in match.groups() if g))


def _names(text: str, thing: tuple[str, ...]) -> bool:
    words = syllables(text.lower())
    return any(tuple(words[i : i + len(thing)]) == thing for i in range(len(words)))


def _introduces(paragraph: str, thing: tuple[str, ...]) -> bool:
    """A paragraph that names the thing and could head the items after it: a heading ("III. BÀI HỌC KINH
    NGHIỆM") or an introduction ending in a colon. A long paragraph naming it in passing introduces
    nothing."""
    short = len(syllables(paragraph)) <= HEADING_SYLLABLES or paragraph.rstrip().endswith(":")
    return short and _names(paragraph, thing)


def draft_counts(paragraphs: Sequence[str], thing: tuple[str, ...]) -> list[tuple[int, str]]:
    """How many of the thing the draft has, each way it says so, with the text saying it: a count before
    the thing's name ("Ba khâu đột phá:"), or the items enumerated after its name, in the same paragraph
    ("Bài học kinh nghiệm. Một là, … Bốn là, …" → 4) or in the paragraphs right after a heading or an
    introduction naming it, each opening with an enumerator ("BÀI HỌC KINH NGHIỆM" / "Một là, …" / "Hai là,
    …")."""
    ranged, limited, stated = _patterns()
    counts: list[tuple[int, str]] = []
    run: list[str] = []  # the heading or paragraph naming the thing, then the paragraphs enumerating it
    numbers: set[int] = set()

    def close() -> None:
        if len(numbers) >= MIN_ENUMERATED:
            counts.append((len(numbers), "\n".join(run)))
        run.clear()
        numbers.clear()

    for paragraph in paragraphs:
        # "lựa chọn từ hai đến ba khâu đột phá", "không quá 3 khâu": the draft restates the rule, it does
        # not say how many it has
        rules = [m.span() for p in (ranged, limited) for m in p.finditer(paragraph)]
        for match in stated.finditer(paragraph):
            restated = any(start <= match.start() < end for start, end in rules)
            if _thing(match["thing"]) == thing and not restated:
                counts.append((_value(match[1]), paragraph))
        items = list(_enumerator().finditer(paragraph))
        if items and _names(paragraph[: items[0].start()], thing):
            close()  # the paragraph names the thing and enumerates it
            run.append(paragraph)
            numbers.update(_enumerated(m) for m in items)
        elif items and run and not paragraph[: items[0].start()].strip(" -–•*\t"):
            run.append(paragraph)  # the next item of the run
            numbers.update(_enumerated(m) for m in items)
        else:
            close()
            if not items and _introduces(paragraph, thing):
                run.append(paragraph)
    close()
    return counts


def status_by_count(requirement: str, paragraphs: Sequence[str]) -> tuple[Status, str] | None:
    """A count requirement's status from the draft's counts, with the paragraph showing it: addressed when
    one is within what it allows, partly when the draft has the things in another number; None when it
    sets no count or the draft states none (the score decides)."""
    limit = allowed(requirement)
    if limit is None:
        return None
    counts = draft_counts(paragraphs, limit.thing)
    within = [p for n, p in counts if limit.low <= n <= limit.high]
    if within:
        return Status.ADDRESSED, within[0]
    return (Status.PARTLY, counts[0][1]) if counts else None
