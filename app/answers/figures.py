"""Whose figure a sentence states: "Phụ lục … dài tối đa bao nhiêu trang?" is answered by the appendix's
limit, not by the report's limit the same sentence's bracket mentions ("Báo cáo chính trị … không quá 22
trang (không kể phụ lục)"), nor by the summary's ("báo cáo tóm tắt … không quá 8 trang").

A question asking for a count names what it counts the figure of at its start (its subject, after any clause
naming the source: matching.asked_part). A sentence states a figure in a piece of it (between semicolons,
colons, brackets and quotes); the words opening that piece, or the piece before it when the piece opens with
the figure ("Quy định về phụ lục (không quá 15 trang)"), name whose figure it is. How many syllables
the two share, in any order, says how well the sentence's figure is the one asked for. A size or a duration
asked with no unit ("… giới hạn độ dài thế nào?", "bao lâu?") counts in the units it is given in.

Whose figure also tells when no sentence found states the asked one, for the "not found" decision
(answerability.Evidence): every figure found leaves the thing out ("… 20 - 25 trang, không kể phụ lục":
figures_of_other_things), or a sentence says the thing need not be written ("Không cần dự báo tình hình thế
giới …": negates_asked_thing).

The second half of the module is the extractive answer's choice among figure sentences, made from that
match (owners_first, with_other_figures, without_superseded, only_the_figure_asked).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from app import lexicon, places
from app.answers.candidates import MAX_SENTENCES, SLOT_RATIO, Candidate, first_near_best
from app.answers.evidence import (
    ASKING_COUNT,
    asks_for_number,
    counted_words,
    folded_limits,
    states_count,
    states_figure,
    units_asked,
)
from app.answers.matching import asked_part, left_out
from app.catalogue.cues import negated_part
from app.text import detect_language, fold, syllables

# syllables of the question's subject compared: "phụ lục số liệu kèm" is enough to tell the appendix from the
# report ("báo cáo chính trị") and from the summary ("báo cáo tóm tắt")
SUBJECT_SYLLABLES = 5
# a sentence's figure may be the asked one's when at least this many syllables are shared ("phụ lục"); one
# tells nothing. The best match found wins: "báo cáo tóm tắt" shares two with "báo cáo chính trị", which
# shares four with itself
MIN_SHARED = 2

# a dash between numbers is a range ("20 - 25 trang", "2020 - 2025"), not a break between pieces
_PIECES = re.compile(r"[;:()“”\"]|,\s+|(?<!\d)\s+-\s+|\s+-\s+(?!\d)")
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
    kèm theo …"), without a leading clause of place or time ("Ở Nam Định, …", "Nhiệm kỳ 2025 - 2030, …"),
    the thing counted and any limit ("Tối đa mấy khâu đột phá?" names nothing whose figure it is: every
    sentence stating it names the thing counted); none for another question or language."""
    if detect_language(question) != "vi" or not counted_things(question):
        return []
    asked = asked_part(question)
    before = ASKING_COUNT.split(asked, maxsplit=1)[0]
    before = _without_leading_clause(before)
    counted = counted_words(question)
    limits = {w for limit in folded_limits() for w in limit}
    words = [w for w in _opening(before) if w not in counted and w not in limits]
    return words[:SUBJECT_SYLLABLES]


def _without_leading_clause(text: str) -> str:
    """The text after a leading clause of place or time up to its first comma ("Ở Nam Định, bản tóm tắt …",
    "Sau khi … điều chỉnh dung lượng, phụ lục …"; app/lexicon/leading_clause_openers.txt), when something is
    left after it."""
    head, comma, rest = text.partition(",")
    opener = lexicon.pattern("leading_clause_openers").match(fold(head.strip()).lower())
    return rest if comma and opener and syllables(rest) else text


def counted_things(question: str) -> list[list[str]]:
    """What the question counts the figure of: the thing after "bao nhiêu" (evidence.counted_words); asked a
    size or a duration naming no unit ("… giới hạn độ dài thế nào?", "bao lâu?"), each unit it may be given
    in ("trang", "chữ"; "phút", "ngày": evidence.units_asked)."""
    counted = counted_words(question)
    return [counted] if counted else [[unit] for unit in units_asked(question)]


def owner_match(question: str, sentence: str, subject: list[str] | None = None) -> int:
    """How many of the question's subject's syllables open the best piece of the sentence stating the counted
    figure (0 when fewer than MIN_SHARED, when none states it, or for a question that counts nothing)."""
    subject = asked_subject(question) if subject is None else subject
    if not subject:
        return 0
    counted = counted_things(question)
    pieces = [p for p in _PIECES.split(_LEAD.sub("", sentence)) if p.strip()]
    best = 0
    for i, piece in enumerate(pieces):
        if not any(states_count(question, [piece], thing) for thing in counted):
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


# syllables of the subject naming what is counted the figure of ("phụ lục số liệu"), whose neighbouring pairs
# are looked for in what a sentence leaves out ("không kể phụ lục") and before its figures; the rest of the
# subject qualifies it ("… kèm báo cáo chính trị") and may name the very thing the sentence does
HEAD_SYLLABLES = 3


def figures_of_other_things(question: str, sentences: Sequence[str]) -> bool:
    """Whether the sentences state the counted figure, and each of them of something else, leaving out the
    thing the question counts ("Phụ lục … bao nhiêu trang?" of "Dung lượng báo cáo khoảng 20 - 25 trang khổ
    A4, không kể phụ lục"): one naming the thing before a figure of its own ("…; phụ lục không quá 12
    trang") states it. False for a question that counts nothing of a named thing."""
    head = _pairs(asked_subject(question)[:HEAD_SYLLABLES])
    if not head:
        return False
    counted = counted_things(question)
    stated = False
    for sentence in sentences:
        pieces = [p for p in _PIECES.split(_LEAD.sub("", sentence)) if p.strip()]
        stating = [p for p in pieces if any(states_count(question, [p], thing) for thing in counted)]
        if not stating:
            continue
        stated = True
        if not head & _pairs(left_out(sentence)):
            return False
        # anywhere before a figure: "Ban Thường vụ … điều chỉnh dung lượng phụ lục … không quá 12 trang"
        if any(head & _pairs(_named_before_figure(_opening(p))) for p in stating):
            return False
    return stated


# a sentence saying a thing need not be written negates the thing a count question asks of when at least this
# many of its neighbouring pairs, and this share of the first NEGATED_SYLLABLES of what it negates, are the
# question's: "Không cần dự báo tình hình thế giới và khu vực" for "Phần dự báo tình hình thế giới và khu vực
# … dài bao nhiêu?", not for "Phần dự báo tình hình trong nước …" (three pairs of six)
MIN_NEGATED_PAIRS = 2
NEGATED_SHARE = 0.6
NEGATED_SYLLABLES = 10


def negates_asked_thing(question: str, sentence: str) -> bool:
    """Whether the sentence says that the thing a count question asks the figure of need not or must not be
    written ("Không cần dự báo tình hình thế giới và khu vực" for "Phần dự báo tình hình thế giới và khu vực
    … được viết dài bao nhiêu?"): the documents then state no figure of it."""
    if not asked_subject(question):
        return False
    words = syllables(fold(negated_part(sentence)).lower())[:NEGATED_SYLLABLES]
    negated = _pairs(words)
    if not negated:
        return False
    asked = _pairs(syllables(fold(ASKING_COUNT.split(asked_part(question), maxsplit=1)[0]).lower()))
    shared = negated & asked
    # what is negated opens it: "Không đọc toàn văn báo cáo chính trị tại đại hội" negates reading it whole,
    # not the report the question asks the reading time of
    opens = tuple(words[:2]) in asked
    return opens and len(shared) >= MIN_NEGATED_PAIRS and len(shared) >= NEGATED_SHARE * len(negated)


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    """Neighbouring syllables, without those holding a function word: "lề phải của báo cáo" → {("le",
    "phai"), ("bao", "cao")}. One syllable ("lề", "báo") names no thing; two do ("lề trái", "tóm tắt")."""
    function = _folded_function_words()
    return {(a, b) for a, b in zip(words, words[1:], strict=False) if a not in function and b not in function}


@functools.cache
def _folded_function_words() -> frozenset[str]:
    """Folded function words ("của", "và"), which join two names, not name one."""
    return frozenset(fold(w).lower() for w in lexicon.words("function_words"))


def _named_before_figure(words: list[str]) -> list[str]:
    """The syllables of a piece's opening before its first number or limit (all of them when it has none)."""
    for i in range(len(words)):
        if _opens_with_figure(words[i:]):
            return words[:i]
    return words


# Which figure sentences an extractive answer quotes: answerer.Answerer.extractive puts the owner's sentences
# first (owners_first), then, from what it chose, adds other documents' figures (with_other_figures), drops
# a changed limit (without_superseded) and quotes one clause of a list of limits (only_the_figure_asked).

# another document's sentence stating a figure of the thing counted ("30 trang") joins at this share of the
# best: the number beside the unit is evidence the topic words of the question's phrasing are not
OTHER_FIGURE_RATIO = 0.75


def only_the_figure_asked(question: str, chosen: list[Candidate]) -> list[Candidate]:
    """Asked one count ("Phụ lục … tối đa bao nhiêu trang?"), a sentence listing several limits in clauses
    ("Báo cáo … không quá 30 trang …; phụ lục số liệu không quá 12 trang; báo cáo tóm tắt … không quá 10
    trang …") is quoted by the one clause stating the figure of the thing asked (owner_match), word
    for word: the other limits would read as the answer. A question asking two figures keeps it whole."""
    if len(ASKING_COUNT.findall(question)) != 1 or not counted_words(question):
        return chosen
    subject = asked_subject(question)
    # a sentence beside the best stating the figure of something the question does not name ("Phụ lục số
    # liệu không quá mười hai trang." after the report's limit) is no part of the answer
    first = owner_match(question, chosen[0].sentence, subject) if chosen else 0
    chosen = [
        c
        for i, c in enumerate(chosen)
        if not i
        or not first
        or owner_match(question, c.sentence, subject)
        or not states_figure(question, [c.sentence])
    ]
    out = []
    for cand in chosen:
        clauses = [c.strip() for c in cand.sentence.split(";") if c.strip()]
        stating = [c for c in clauses if states_figure(question, [c])]
        # a sentence naming places may set a place's own limit in a clause ("…; riêng thành phố Hà Tĩnh
        # không quá 28 trang"): whose it is, the question's place decides, not its subject; it stays whole
        if places.find(cand.sentence) or len(clauses) < 2 or not stating:
            out.append(cand)
            continue
        owners = [owner_match(question, c, subject) for c in stating]
        best = max(owners)
        kept = [c for c, o in zip(stating, owners, strict=True) if o == best]
        out.append(replace(cand, sentence=kept[0]) if best and len(kept) == 1 else cand)
    return out


def without_superseded(question: str, chosen: list[Candidate]) -> list[Candidate]:
    """Asked for a count ("tối đa bao nhiêu trang?"), a sentence of a later document changing it ("… không quá
    30 trang, thay cho mức quy định tại mục III.1 của Hướng dẫn số 45") replaces the limit of another
    document it changes, when that states the figure of the same thing (owner_match): the user is
    told the rule in force, not both."""
    if len(chosen) < 2 or not asks_for_number(question) or not counted_words(question):
        return chosen
    changing = lexicon.pattern("amend_words")
    subject = asked_subject(question)
    owner = {id(c): owner_match(question, c.sentence, subject) for c in chosen}
    newer = [c for c in chosen if changing.search(c.sentence) and states_figure(question, [c.sentence])]
    if not newer:
        return chosen
    sources = {c.passage.chunk.source for c in newer}
    # a figure of the thing asked (no better matched than the changing one's) is replaced; a figure of a thing
    # matching the question better ("bản tóm tắt" where the report's limit changed) is not; with no known
    # owner of the changed figure, nothing is known replaced
    ceiling = max(owner[id(c)] for c in newer)

    def superseded(c: Candidate) -> bool:
        return (
            c.passage.chunk.source not in sources
            and not changing.search(c.sentence)
            and states_figure(question, [c.sentence])
            and 0 < owner[id(c)] <= ceiling
        )

    return [c for c in chosen if not superseded(c)]


def owners_first(question: str, pool: list[Candidate]) -> list[Candidate]:
    """Asked for a count of something ("Phụ lục … bao nhiêu trang?"), the sentences stating the figure of
    that very thing (owner_match, the best match found) come first: the report's limit is no answer
    about the appendix."""
    subject = asked_subject(question)
    if not subject:
        return pool
    # among the sentences near the best (first_near_best's floor): one far below it is not lifted
    near = [c for c in pool if c.score >= SLOT_RATIO * pool[0].score] if pool else []
    owners = {id(c): owner_match(question, c.sentence, subject) for c in near}
    best = max(owners.values(), default=0)
    return pool if not best else first_near_best(pool, lambda c: owners.get(id(c)) == best)


def with_other_figures(
    question: str, chosen: list[Candidate], pool: list[Candidate], naming: Sequence[str] = ()
) -> list[Candidate]:
    """ "Tối đa bao nhiêu trang?": another document that states a figure of the thing counted nearly as
    well, of the same thing, is quoted too. Guidance of two years may set different limits; the user must
    see both. One citing the document the question names by number ("… tại Hướng dẫn số 12-HD/BTGTU: …
    không quá 25 trang") changes it: it is quoted however it scores."""
    if not chosen or not asks_for_number(question) or not counted_words(question):
        return chosen
    # the number without its "Số": "Số 12-HD/BTGTU" is cited as "Hướng dẫn số 12-HD/BTGTU"
    numbers = [re.sub(r"^số\s*", "", n.lower()) for n in naming if any(ch.isdigit() for ch in n)]
    changing = lexicon.pattern("amend_words")
    best = chosen[0]
    sources = {c.passage.chunk.source for c in chosen}
    out = list(chosen)
    # of the thing asked: when whose the best's figure is is known, a figure of nothing the question names
    # ("… 22 trang (không kể phụ lục)" for the appendix) does not join; "Báo cáo … 25 trang" does join
    # "Báo cáo chính trị … 30 trang" (owner_match)
    subject = asked_subject(question)
    owner = owner_match(question, best.sentence, subject)
    for cand in pool:
        if len(out) >= MAX_SENTENCES:
            break
        if owner and not owner_match(question, cand.sentence, subject):
            continue
        # asked of a document named by number, another document's passages are those changing it
        # (service.Assistant): a sentence saying what it changes ("Tiết a … của Hướng dẫn được điều chỉnh
        # như sau: … 25 trang") need not repeat the number its document cited once
        cites = numbers and (
            any(n in cand.sentence.lower() for n in numbers) or changing.search(cand.sentence) is not None
        )
        if cand.passage.chunk.source in sources or cand.score < OTHER_FIGURE_RATIO * best.score and not cites:
            continue
        if cand.terms > 0 and states_figure(question, [cand.sentence]):
            out.append(cand)
            sources.add(cand.passage.chunk.source)
    return out
