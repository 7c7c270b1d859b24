"""A directive's body → its atomic points, and the key terms a requirement is matched by.

A body is cut at ";" and ", đồng thời"; at a comma that opens a new verb phrase with its own object
("…, xác định rõ …"); and a closing list of short nouns after a head ("ưu tiên phát triển nhanh về giao
thông, công nghiệp, đô thị") becomes one point per noun. Split from requirements.py, which decides which
sentences are directives and whom they address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from app import lexicon
from app.catalogue.cues import MODAL_CUES, REPORT_CUES
from app.text import syllables

# Verbs that open a new action in a list of directives ("…, xác định rõ …", "…, đề xuất mở rộng …"), and
# manner words that go with them: a point made only of these shares its object with the next one.
ACTION_VERBS = frozenset(lexicon.words("action_verbs"))
MANNER_WORDS = frozenset(lexicon.words("manner_words"))
# Words that hang a segment on the point before it instead of opening a new one.
ATTACH_MARKERS = lexicon.words("attach_markers")
# Who speaks and whom the directive addresses: phrases with no content of their own.
ADDRESSEE_PHRASES = lexicon.words("addressee_phrases")
# Vietnamese function words: never key terms.
STOP_WORDS = frozenset(lexicon.words("function_words"))
_PHRASES = tuple(
    sorted(
        {tuple(p.split()) for p in (*ADDRESSEE_PHRASES, *MODAL_CUES, *REPORT_CUES)},
        key=len,
        reverse=True,
    )
)

MIN_POINT_SYLLABLES = 4  # a shorter point ("tự rà soát") shares its object with the next one
MIN_POINT_CONTENT = 3  # a point needs this many content syllables besides verbs to stand on its own
MAX_LIST_ITEM = 3  # syllables of an item in a closing noun list that is split into one point per item
_PREPOSITIONS = lexicon.words("prepositions")

# a comma between clauses, not a decimal one ("1,5 triệu lượt khách", "tăng 10,2%")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_STRONG_BREAK = re.compile(r"\s*;\s*|,\s*(?=đồng thời\b)", re.IGNORECASE)
# "…; đồng thời phải làm rõ …": a clause after a break may restate its cue
_LEADING_CUE = re.compile(
    r"^(?:đồng thời\s+)?(?:(?:" + "|".join(re.escape(c) for c in MODAL_CUES) + r")\s+)*", re.IGNORECASE
)


def content_mask(words: Sequence[str], names: Sequence[tuple[str, ...]] = ()) -> list[bool]:
    """Which syllables carry content: not in a cue, addressee or given name phrase, not a function word."""
    mask = [w not in STOP_WORDS for w in words]
    phrases = sorted((*_PHRASES, *names), key=len, reverse=True)
    i = 0
    while i < len(words):
        for phrase in phrases:
            if tuple(words[i : i + len(phrase)]) == phrase:
                for j in range(i, i + len(phrase)):
                    mask[j] = False
                i += len(phrase) - 1
                break
        i += 1
    return mask


def content_syllables(text: str, names: Sequence[tuple[str, ...]] = ()) -> list[str]:
    words = syllables(text)
    return [w for w, keep in zip(words, content_mask(words, names), strict=True) if keep]


def _phrase_spans(words: Sequence[str], vocabulary: frozenset[str]) -> list[bool]:
    """Which syllables belong to a one- or two-syllable entry of the vocabulary (longest first)."""
    marked = [False] * len(words)
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in vocabulary:
            marked[i] = marked[i + 1] = True
            i += 2
        else:
            marked[i] = words[i] in vocabulary
            i += 1
    return marked


def starts_with(text: str, phrases: Iterable[str]) -> bool:
    low = " ".join(syllables(text))
    return any(low == p or low.startswith(p + " ") for p in phrases)


def opens_action(segment: str) -> bool:
    """True if the segment starts with an action verb (after manner words such as "tự", "nghiêm túc")."""
    words = syllables(segment)
    verbs = _phrase_spans(words, ACTION_VERBS)
    manner = _phrase_spans(words, MANNER_WORDS)
    for is_verb, is_manner in zip(verbs, manner, strict=True):
        if is_verb:
            return True
        if not is_manner:
            return False
    return False


def _object_content(text: str) -> int:
    """Content syllables that are neither verbs nor manner words: what the point is about."""
    words = syllables(text)
    mask = content_mask(words)
    verbs = _phrase_spans(words, ACTION_VERBS)
    manner = _phrase_spans(words, MANNER_WORDS)
    return sum(1 for k, v, m in zip(mask, verbs, manner, strict=True) if k and not v and not m)


def cut_points(body: str) -> list[str]:
    """Cut a directive's body into atomic points."""
    points: list[str] = []
    for clause in _STRONG_BREAK.split(body):
        clause = _LEADING_CUE.sub("", clause.strip()).strip(" ,.…")
        if not clause:
            continue
        current: list[str] = []
        for seg in (s.strip() for s in _CLAUSE_COMMA.split(clause)):
            if not seg:
                continue
            opens = (
                current
                and opens_action(seg)
                and len(syllables(seg)) >= MIN_POINT_SYLLABLES
                and not starts_with(seg, ATTACH_MARKERS)
                and _object_content(", ".join(current)) >= MIN_POINT_CONTENT
            )
            if opens:
                points.extend(_split_list(current))
                current = [seg]
            else:
                current.append(seg)
        if current:
            points.extend(_split_list(current))
    return [p.strip(" ,.…") for p in points if p.strip(" ,.…")]


def _is_list_item(item: str) -> bool:
    """A short noun: a few content syllables, no number, no function word, no verb in front."""
    words = syllables(item)
    return (
        0 < len(words) <= MAX_LIST_ITEM
        and all(content_mask(words))
        and not any(w.isdigit() for w in words)
        and not opens_action(item)
    )


def _split_list(segments: list[str]) -> list[str]:
    """A head with a closing list of short nouns → one point per noun; anything else stays whole."""
    items = list(segments[1:])
    if items and " và " in items[-1]:
        last = items.pop()
        items.extend(part.strip() for part in last.split(" và "))
    words = [set(syllables(i)) for i in items]
    # items that share a word ("5 năm, 10 năm") are values of one thing, not separate points
    distinct = all(not (a & b) for k, a in enumerate(words) for b in words[k + 1 :])
    if len(items) < 2 or not distinct or not all(_is_list_item(i) for i in items):
        return [", ".join(segments)]
    head_words = segments[0].split()
    # the first item is glued to the head: cut after a preposition near the end, else by the items' length
    cut = None
    for back in range(2, min(MAX_LIST_ITEM + 2, len(head_words))):
        word = " ".join(head_words[-back : -back + 1]).lower()
        if word in _PREPOSITIONS:
            cut = len(head_words) - back + 1
            break
    if cut is None:
        cut = len(head_words) - len(items[0].split())
    if cut < 2:
        return [", ".join(segments)]
    head, first = " ".join(head_words[:cut]), " ".join(head_words[cut:])
    return [f"{head} {item}" for item in (first, *items)]


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def key_terms(text: str, scope: Sequence[str] = ()) -> tuple[str, ...]:
    """Runs of content syllables ("giao thông", "tuyến đường sắt"), in order, without repeats."""
    own = tuple(tuple(syllables(name)) for name in scope)
    terms: list[str] = []
    for piece in re.split(r"[,;:.()…\"“”]", text):
        words = syllables(piece)
        run: list[str] = []
        for word, keep in zip([*words, ""], [*content_mask(words, own), False], strict=True):
            if keep:
                run.append(word)
            elif run:
                term = " ".join(run)
                if term not in terms:
                    terms.append(term)
                run = []
    return tuple(terms)
