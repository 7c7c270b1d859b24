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
import unicodedata
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
    # asks what was said of its district's draft ("góp ý gì cho dự thảo của X"): answered by the documents
    # that review that draft, not by guidance written for every district
    on_draft: bool = False
    # asks about its two or more districts together ("cả ba huyện A, B, C", "yêu cầu chung cho A và B"):
    # answered with what was addressed to all of them
    together: bool = False
    # asks which districts' drafts were commented on ("Ban Thường vụ đã cho ý kiến vào dự thảo của những huyện
    # nào?"): answered by the districts a sentence telling of that review names
    asks_reviewed: bool = False


def _together(question: str) -> bool:
    """A word of togetherness (app/lexicon/together_words.txt), as written: folded, "cùng" would be "cũng"
    (also) and "cung cấp"."""
    written = f" {' '.join(syllables(unicodedata.normalize('NFC', question).lower()))} "
    return any(f" {' '.join(w.lower().split())} " in written for w in lexicon.words("together_words"))


def _folded(text: str) -> str:
    return " " + " ".join(syllables(fold(text))) + " "


@functools.cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(sorted((_folded(p) for p in lexicon.words(name)), key=len, reverse=True))


def _has(folded: str, name: str) -> bool:
    return any(p in folded for p in _phrases(name))


def names_draft(text: str) -> bool:
    """A text naming a draft ("dự thảo"), with or without diacritics."""
    return _has(_folded(text), "draft_words")


@functools.cache
def _revision_asked() -> re.Pattern[str]:
    """A verb of revising right before what asks for content, alone or among others: "cần bổ sung gì",
    "cần bổ sung, sửa chữa những gì", "phải hoàn thiện ở những điểm nào" (folded). With a noun between
    ("cần làm rõ định hướng gì") the question asks for one thing (evidence.asked_slot)."""
    verbs = "|".join(re.escape(p.strip()) for p in _phrases("revision_verbs"))
    asked = r"(?: o)? (?:nhung )?(?:gi|diem nao|noi dung nao) "
    return re.compile(rf" (?:{verbs})(?: (?:va )?(?:{verbs}))*{asked}")


def tells_of_review(text: str) -> bool:
    """A text naming a draft and a verb of commenting on it ("Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo
    báo cáo chính trị của các huyện …"), in any case, with or without diacritics."""
    folded = _folded(text)
    return _has(folded, "draft_words") and _has(folded, "comment_verbs")


# "… những gì", "… gì", "nội dung nào", "what …": the question asks for content, not a figure or a name
_ASKS_WHAT = re.compile(
    r" (nhung gi|gi|nhung noi dung nao|noi dung nao|nhung van de nao|dieu gi|nhung diem nao|diem nao|what) "
)
# "how must the draft be revised": with a verb of revising a named district's draft, a list of what was asked
_ASKS_HOW = re.compile(r" (ra sao|nhu the nao|the nao) ")
_ASKS_NUMBER = re.compile(r" (bao nhieu|may|bao lau|how many|how much|how long) ")
_REQUIREMENT_IS = re.compile(
    r" yeu cau( chung| rieng)? (doi voi|cua|cho|ve) .* (la gi|gom nhung gi|nhu the nao) "
    r"| (nhung )?yeu cau( chung| rieng)? (gi|nao) "
    r"| (y kien|yeu cau)( chung| rieng) .*(la gi|gom nhung gi) "
)


@functools.cache
def _asks_many() -> re.Pattern[str]:
    """ "những gì", "những nội dung (đặc thù) nào", "những việc gì": several pieces of content ("chỉ tiêu gì"
    asks for one)."""
    nouns = "|".join(re.escape(_folded(n).strip()) for n in lexicon.words("content_nouns"))
    return re.compile(rf" nhung gi | nhung ({nouns})( \w+){{0,2}} (gi|nao) ")


# "what general requirements …": the noun itself says what is asked for
_ASKS_REQUIREMENTS = re.compile(r" what( \w+){0,2} requirements ")


@functools.cache
def _which_unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Những thành phố nào …", "thị xã nào", "which towns": a question word with a district-level noun;
    (with diacritics, folded). With diacritics, so that "cơ quan nào" is no "quận nào"; folded (a question
    typed without them), a one-syllable noun needs "những/các" before it."""
    written = sorted({" ".join(n.lower().split()) for n in lexicon.words("district_unit_nouns")}, key=len)[
        ::-1
    ]
    folded = sorted({fold(n) for n in written}, key=len)[::-1]

    def alternatives(nouns: list[str]) -> str:
        return "|".join(re.escape(n) for n in nouns)

    every, longer = alternatives(folded), alternatives([n for n in folded if " " in n])
    return (
        re.compile(
            rf"(?<!\w)((những|các) )?({alternatives(written)}) nào(?!\w)"
            rf"|(?<!\w)(which|what) ({alternatives(written)})(?!\w)"
        ),
        re.compile(
            rf"(?<!\w)(nhung|cac) ({every}) nao(?!\w)|(?<!\w)({longer}) nao(?!\w)"
            rf"|(?<!\w)(which|what) ({every})(?!\w)"
        ),
    )


def _asks_which_unit(question: str) -> bool:
    text = " ".join(syllables(unicodedata.normalize("NFC", question).lower()))
    with_diacritics, folded = _which_unit_patterns()
    return bool(with_diacritics.search(text) or (fold(text) == text and folded.search(text)))


def analyse_question(question: str, district: str | None = None) -> Intent:
    """The shape, districts and topic of a question; `district` (chosen in the UI) overrides the named."""
    folded = _folded(question)
    districts = (district,) if district else places.find(question)
    general = _has(folded, "general_scope_words") and not district
    # "lưu ý riêng gì cho X", or what was said of X's draft: X in particular, not the general requirements
    on_draft = bool(districts) and _has(folded, "draft_words")
    specific = _has(folded, "specific_scope_words") or on_draft
    language = Language(detect_language(question))
    asks_many = bool(_asks_many().search(folded))
    asks_number = bool(_ASKS_NUMBER.search(folded))
    asks_what = bool(_ASKS_WHAT.search(folded) or asks_many) and not asks_number

    # "… cần đề cập những gì", or "… cần làm rõ / yêu cầu / quy định những gì": the requirements, as a list
    revising = bool(_revision_asked().search(folded)) or (
        on_draft and _has(folded, "revision_verbs") and bool(_ASKS_HOW.search(folded))
    )
    asks_report = (
        revising
        or asks_what
        and (
            _has(folded, "report_question_verbs")
            or on_draft
            and _has(folded, "comment_verbs")
            or asks_many
            and _has(folded, "requirement_question_cues")
            or bool(_ASKS_REQUIREMENTS.search(folded))
        )
    )
    if _has(folded, "which_words") or _asks_which_unit(question):
        shape = Shape.WHICH
    elif _has(folded, "when_words"):
        shape = Shape.WHEN
    elif _has(folded, "document_attribute_words") or (
        _has(folded, "document_question_words") and not asks_what
    ):
        shape = Shape.DOCUMENT
    # "Bản tóm tắt … trình bày trong bao nhiêu phút?" names a summary; asking for a figure, it wants one fact
    elif _has(folded, "summary_words") and not asks_number or _REQUIREMENT_IS.search(folded) or asks_report:
        shape = Shape.REPORT
    else:
        shape = Shape.NARROW
    together = len(districts) >= 2 and (_together(question) or general)
    reviewed = shape is Shape.WHICH and tells_of_review(question)
    return Intent(
        shape, tuple(districts), general, specific, language, question, on_draft, together, reviewed
    )
