"""What a question asks for, before anything is retrieved: its shape, its districts and its topic.

Shapes:
- REPORT: what a report must cover / address / note ("Báo cáo chính trị của Nam Sách cần đề cập những gì?",
  "What must Tứ Kỳ's report cover about industry?", "Yêu cầu chung … là gì?", "Tóm tắt ý kiến … Tứ Kỳ") —
  answered with the list of requirements from the catalogue;
- WHICH: which districts something applies to — answered with each district and its quote;
- WHEN / DOCUMENT: a date, or which document / issuer / number — answered from document metadata too;
- NARROW: everything else — one fact, answered with the sentences that state it.
The phrases each shape is told by are word lists in app/lexicon/.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from app import lexicon, places
from app.domain import Language
from app.text import detect_language, fold, syllables


class Shape(StrEnum):
    REPORT = "report"
    WHICH = "which"
    WHEN = "when"
    DOCUMENT = "document"
    NARROW = "narrow"


@dataclass(frozen=True)
class Intent:
    shape: Shape
    districts: tuple[str, ...]
    general: bool  # asks about every district ("yêu cầu chung", "tất cả các huyện")
    specific: bool  # asks what is said of its district in particular ("lưu ý riêng", "specifically")
    language: Language
    topic: str  # the question with its question words, report verbs and districts removed (for matching)


def _folded(text: str) -> str:
    return " " + " ".join(syllables(fold(text))) + " "


@functools.cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(sorted((_folded(p) for p in lexicon.words(name)), key=len, reverse=True))


def _has(folded: str, name: str) -> bool:
    return any(p in folded for p in _phrases(name))


# "… những gì", "… gì", "nội dung nào", "what …": the question asks for content, not a figure or a name
_ASKS_WHAT = re.compile(r" (nhung gi|gi|nhung noi dung nao|noi dung nao|nhung van de nao|dieu gi|what) ")
_ASKS_NUMBER = re.compile(r" (bao nhieu|may|how many|how much) ")
_REQUIREMENT_IS = re.compile(
    r" yeu cau( chung| rieng)? (doi voi|cua|cho|ve) .* (la gi|gom nhung gi|nhu the nao) "
    r"| (nhung )?yeu cau( chung| rieng)? (gi|nao) "
    r"| (y kien|yeu cau)( chung| rieng) .*(la gi|gom nhung gi) "
)


def analyse_question(question: str, district: str | None = None) -> Intent:
    """The shape, districts and topic of a question; `district` (chosen in the UI) overrides the named."""
    folded = _folded(question)
    districts = (district,) if district else places.find(question)
    general = _has(folded, "general_scope_words") and not district
    specific = _has(folded, "specific_scope_words")
    language = Language(detect_language(question))
    asks_what = bool(_ASKS_WHAT.search(folded)) and not _ASKS_NUMBER.search(folded)

    asks_report = asks_what and _has(folded, "report_question_verbs")
    if _has(folded, "which_words"):
        shape = Shape.WHICH
    elif _has(folded, "when_words"):
        shape = Shape.WHEN
    elif _has(folded, "document_attribute_words") or (
        _has(folded, "document_question_words") and not asks_what
    ):
        shape = Shape.DOCUMENT
    elif _has(folded, "summary_words") or _REQUIREMENT_IS.search(folded) or asks_report:
        shape = Shape.REPORT
    else:
        shape = Shape.NARROW
    return Intent(shape, tuple(districts), general, specific, language, question)
