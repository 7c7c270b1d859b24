"""Whose figure a sentence states: "Phụ lục … dài tối đa bao nhiêu trang?" is answered by the appendix's
limit, not by the report's limit the same sentence's bracket mentions ("Báo cáo chính trị … không quá 22
trang (không kể phụ lục)"), nor by the summary's ("báo cáo tóm tắt … không quá 8 trang").

A question asking for a count names what it counts the figure of at its start (its subject, after any clause
naming the source: matching.asked_part). A sentence states a figure in a piece of it (between semicolons,
colons, brackets and quotes); the words opening that piece, or the piece before it when the piece opens with
the figure ("Quy định về phụ lục (không quá 15 trang)"), name whose figure it is. How many syllables
the two share, in any order, says how well the sentence's figure is the one asked for.
"""

from __future__ import annotations

import functools
import re

from app import lexicon
from app.answers.evidence import ASKING_COUNT, counted_words, folded_limits, states_count
from app.answers.matching import asked_part
from app.text import detect_language, fold, syllables

# syllables of the question's subject compared: "phụ lục số liệu kèm" is enough to tell the appendix from the
# report ("báo cáo chính trị") and from the summary ("báo cáo tóm tắt")
SUBJECT_SYLLABLES = 5
# a sentence's figure may be the asked one's when at least this many syllables are shared ("phụ lục"); one
# tells nothing. The best match found wins: "báo cáo tóm tắt" shares two with "báo cáo chính trị", which
# shares four with itself
MIN_SHARED = 2

_PIECES = re.compile(r"[;:()“”\"]|,\s+|\s+-\s+")
_LEAD = re.compile(r"^\s*(?:[-+•*]+|\(?\d+(?:\.\d+)*[.)]|\(?[a-zđ][.)])\s*", re.IGNORECASE)


@functools.cache
def _owner_fillers() -> tuple[tuple[str, ...], ...]:
    """Folded words opening a piece before whose figure it is ("dung lượng", "quy định về"), longest first."""
    entries = {tuple(syllables(fold(w))) for w in lexicon.words("figure_owner_fillers")}
    return tuple(sorted(entries, key=len, reverse=True))


def _opening(piece: str) -> list[str]:
    """The folded syllables opening a piece, without its list marker and the words before whose figure it
    is ("a) Dung lượng báo cáo chính trị …" → "bao cao chinh tri …")."""
    words = syllables(fold(_LEAD.sub("", piece)).lower())
    stripped = True
    while stripped:
        stripped = False
        for filler in _owner_fillers():
            if tuple(words[: len(filler)]) == filler:
                words = words[len(filler) :]
                stripped = True
                break
    return words


def _opens_with_figure(words: list[str]) -> bool:
    """Whether a piece's opening is its figure, not whose it is: a number or a limit ("không quá 15")."""
    if not words or words[0][:1].isdigit():
        return True
    return any(tuple(words[: len(limit)]) == limit for limit in folded_limits())


@functools.cache
def _predicate_starts() -> tuple[tuple[str, ...], ...]:
    """Folded modals and verbs that open a piece with no subject of its own ("cần rút gọn còn …")."""
    names = ("cue_modal", "revision_verbs", "action_verbs")
    return tuple({tuple(syllables(fold(w))) for name in names for w in lexicon.words(name)})


def _opens_with_predicate(words: list[str]) -> bool:
    return any(tuple(words[: len(start)]) == start for start in _predicate_starts())


def _before_figure(words: list[str], size: int) -> list[str]:
    """The `size` syllables before a piece's first number or limit ("không quá", "tối đa")."""
    for i, word in enumerate(words):
        if word[:1].isdigit() or _opens_with_figure(words[i:]) and i > 0:
            return words[max(0, i - size) : i]
    return []


def _shared(subject: list[str], opening: list[str]) -> int:
    """How many of the subject's syllables open the piece (within as many syllables): "bản báo cáo tóm tắt"
    and "báo cáo tóm tắt trình bày", or "bản tóm tắt báo cáo" and "báo cáo tóm tắt", name the same thing in
    another order."""
    return len(set(subject) & set(opening[: len(subject)]))


def asked_subject(question: str) -> list[str]:
    """The folded syllables opening what a Vietnamese count question asks, before it asks ("phụ lục số liệu
    kèm theo …"), without the thing counted and any limit ("Tối đa mấy khâu đột phá?" names nothing whose
    figure it is: every sentence stating it names the thing counted); none for another question or
    language."""
    counted = counted_words(question)
    if detect_language(question) != "vi" or not counted:
        return []
    asked = asked_part(question)
    before = ASKING_COUNT.split(asked, maxsplit=1)[0]
    limits = {w for limit in folded_limits() for w in limit}
    words = [w for w in _opening(before) if w not in counted and w not in limits]
    return words[:SUBJECT_SYLLABLES]


def owner_match(question: str, sentence: str, subject: list[str] | None = None) -> int:
    """How many of the question's subject's syllables open the best piece of the sentence stating the counted
    figure (0 when fewer than MIN_SHARED, when none states it, or for a question that counts nothing)."""
    subject = asked_subject(question) if subject is None else subject
    if not subject:
        return 0
    counted = counted_words(question)
    pieces = [p for p in _PIECES.split(_LEAD.sub("", sentence)) if p.strip()]
    best = 0
    for i, piece in enumerate(pieces):
        if not states_count(question, [piece], counted):
            continue
        opening = _opening(piece)
        owners = [opening]
        if _shared(subject, opening) < MIN_SHARED:
            # opening with who acts, not with what ("Ban Thường vụ … điều chỉnh dung lượng báo cáo chính trị
            # của đảng bộ cấp huyện không quá 30 trang"): the words right before its figure name it
            owners.append(_before_figure(syllables(fold(piece).lower()), 2 * len(subject)))
        if i > 0 and (_opens_with_figure(opening) or _opens_with_predicate(opening)):
            # "Quy định về phụ lục (không quá 15 trang)": the piece before names whose figure it is; "Phụ lục
            # của báo cáo gồm: …; tổng cộng không quá 15 trang", "Dự thảo hiện còn dài, cần rút gọn còn khoảng
            # 30 trang": the sentence's opening does
            owners += [_opening(pieces[i - 1]), _opening(pieces[0])]
        best = max(best, *(_shared(subject, o) for o in owners))
    return best if best >= MIN_SHARED else 0
