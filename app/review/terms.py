"""A requirement's key terms as matching units with weights, and whether a draft passage holds them.

A unit is a syllable or a run of syllables (lower case, with diacritics), or "~<n>", a group of synonyms the
genre uses for the same thing (app/lexicon/synonyms.txt), met by any of its phrases. Its weight before idf
says how much it proves: a generic word of political reports, a bare verb, the purpose of a requirement or
the heading it was given under count less. Passages are matched as syllable n-grams, with diacritics unless
they were typed without. The review's score (app.review.checklist) is built on these.
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Sequence

from app import lexicon
from app.catalogue.points import ACTION_VERBS, MANNER_WORDS, key_terms
from app.domain import Requirement
from app.text import fold, syllables

# A unit's weight before idf, by what it is; calibrated with the review's thresholds (app.review.checklist).
GENERIC_WEIGHT = 0.3  # a word every political report uses
VERB_WEIGHT = 0.5  # a bare verb or manner word ("thực hiện", "nghiêm túc")
PURPOSE_WEIGHT = 0.3  # what a requirement is for ("… để tạo sự đồng thuận"): drafts rarely restate it
TOPIC_WEIGHT = 0.3  # the heading a requirement was given under ("Về công tác xây dựng Đảng: …")

# Words of the genre that prove nothing on their own.
GENERIC_WORDS = lexicon.words("generic_report_words")
# Expressions political reports use for the same thing: a requirement's term is met by any of its group.
SYNONYMS = tuple("|".join(group) for group in lexicon.groups("synonyms"))
MAX_PHRASE = 4  # syllables of the longest synonym
# Words asking the report to compare: what they compare with is not a key term ("so sánh với 5-10 năm trước"
# is met by "tăng 1,6 lần so với năm 2015").
COMPARISON_CUES = lexicon.words("comparison_cues")
PURPOSE_MARKERS = lexicon.words("purpose_markers")


def _words(text: str) -> list[str]:
    return syllables(text.lower())


def _fold_words(text: str) -> list[str]:
    return syllables(fold(text.lower()))


def _key(text: str) -> str:
    return " ".join(_words(text))


_GROUP_OF = {_key(p): g for g, group in enumerate(SYNONYMS) for p in group.split("|")}
_GROUP_PHRASES = tuple(tuple(_key(p) for p in group.split("|")) for group in SYNONYMS)
_GROUP_FOLDED = tuple(tuple(fold(p) for p in phrases) for phrases in _GROUP_PHRASES)
_GENERIC = frozenset(_key(w) for w in GENERIC_WORDS)
_VERBISH = frozenset(_key(w) for w in (*ACTION_VERBS, *MANNER_WORDS))


def term_grams(text: str, accented: bool = True) -> frozenset[str]:
    """Syllable n-grams up to the longest synonym: what key terms are matched against. Diacritics tell
    Vietnamese syllables apart ("độ", "đó", "do"), so they are kept unless the text was typed without."""
    words = _words(text) if accented else _fold_words(text)
    return frozenset(
        " ".join(words[i : i + n]) for n in range(1, MAX_PHRASE + 1) for i in range(len(words) - n + 1)
    )


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)


# Synonyms of several syllables are found in the requirement's own words, before key terms are cut at
# function words: "chỉ tiêu không đạt" asks for a shortcoming although "không" is not a key term.
_SYNONYM_PHRASE = _phrase_pattern([p for p in _GROUP_OF if " " in p])
# A comparison cue, then what to compare with, up to the next clause ("để minh chứng …") or punctuation.
_COMPARISON = re.compile(
    _phrase_pattern(COMPARISON_CUES).pattern + r"[^,;:.()]*?(?=\s+(?:để|nhằm)(?!\w)|[,;:.()]|$)",
    re.IGNORECASE,
)


# A purpose clause: from its marker to the end of the clause.
_PURPOSE = re.compile(_phrase_pattern(PURPOSE_MARKERS).pattern + r"[^;]*", re.IGNORECASE)


def _longest(words: Sequence[str], i: int, vocabulary: Container[str], longest: int) -> int:
    """How many words from i on make the longest phrase of the vocabulary (at most `longest`), or 0."""
    for n in range(min(longest, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in vocabulary:
            return n
    return 0


def _body(requirement: Requirement) -> str:
    prefix = f"Về {requirement.topic}: "
    if requirement.topic and requirement.text.startswith(prefix):
        return requirement.text[len(prefix) :]
    return requirement.text


def requirement_units(requirement: Requirement, body: str | None = None) -> dict[str, float]:
    """The requirement's key terms as matching units (lower case, with diacritics) and their weight
    before idf; with `body`, those of that part of it, without the topic."""
    topic = requirement.topic if body is None else ""
    body = _body(requirement) if body is None else body
    units: dict[str, float] = {}

    def add(unit: str, weight: float) -> None:
        units[unit] = max(units.get(unit, 0.0), weight)

    def phrases(match: re.Match[str]) -> str:
        phrase = _key(match.group(0))
        add(f"~{_GROUP_OF[phrase]}", part_weight * math.sqrt(len(phrase.split())))
        return ","

    purposes = " ; ".join(m.group(0) for m in _PURPOSE.finditer(body))
    body = _PURPOSE.sub(" ; ", body)
    for part, part_weight in ((body, 1.0), (purposes, PURPOSE_WEIGHT), (topic, TOPIC_WEIGHT)):
        part = _COMPARISON.sub(lambda m: m.group(1), part)
        part = _SYNONYM_PHRASE.sub(phrases, part)
        for term in key_terms(part, requirement.districts):
            words = _words(term)
            i = 0
            while i < len(words):
                synonym = _longest(words, i, _GROUP_OF, MAX_PHRASE)
                generic = _longest(words, i, _GENERIC, 2)
                if synonym and synonym >= generic:
                    add(f"~{_GROUP_OF[' '.join(words[i : i + synonym])]}", part_weight * math.sqrt(synonym))
                    i += synonym
                elif generic:
                    for word in words[i : i + generic]:
                        add(word, part_weight * GENERIC_WEIGHT)
                    i += generic
                elif words[i].isdigit() and len(words[i]) < 4:
                    # "5 năm" is a term, a bare "5" is not (it would match any figure); a year stands alone
                    unit_word = next((w for w in words[i + 1 :] if not w.isdigit()), None)
                    if unit_word:
                        add(f"{words[i]} {unit_word}", part_weight)
                    i += 1
                else:
                    add(words[i], part_weight * (VERB_WEIGHT if words[i] in _VERBISH else 1.0))
                    i += 1
    return units


def unit_present(unit: str, grams: frozenset[str], accented: bool = True) -> bool:
    """The unit is among the passage's n-grams, made with diacritics if `accented`, else folded."""
    if unit.startswith("~"):
        phrases = (_GROUP_PHRASES if accented else _GROUP_FOLDED)[int(unit[1:])]
        return any(phrase in grams for phrase in phrases)
    return (unit if accented else fold(unit)) in grams
