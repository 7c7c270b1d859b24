"""What makes a sentence of guidance a directive, and where its body starts: cues ("cần", "phải", "yêu cầu",
"ưu tiên" …, app/lexicon/cue_*.txt), a cue used as a noun ("chưa đáp ứng yêu cầu"), a negated directive
("không cần trình bày …", "lưu ý: không đưa vào …"), a sentence that only leads the items after it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app import lexicon

# Cues, as syllable sequences. Modal and reporting cues are dropped from the requirement's text; a content
# cue ("ưu tiên phát triển …") is part of what is asked.
MAX_LEAD_WORDS = 8  # "bảo đảm những nội dung sau:": a longer point before ':' asks something itself
MODAL_CUES = lexicon.words("cue_modal")
REPORT_CUES = lexicon.words("cue_report")
CONTENT_CUES = lexicon.words("cue_content")


@dataclass(frozen=True)
class _Cue:
    start: int  # character offsets in the sentence
    end: int
    kind: str  # "modal" | "report" | "content"


def _alternatives(words: Iterable[str]) -> str:
    return lexicon.alternation(list(words))


def _cue_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + _alternatives(phrases) + r")(?!\w)", re.IGNORECASE)


CUE_PATTERNS = {
    "modal": _cue_pattern(MODAL_CUES),
    "report": _cue_pattern(REPORT_CUES),
    "content": _cue_pattern(CONTENT_CUES),
}


_PAST = re.compile(r"(?<!\w)(đã|đang|được|vừa)\s+(\w+\s+)?$", re.IGNORECASE)


# "không cần …", "lưu ý: không đưa …": a negated directive (app/lexicon/negation_words.txt)
_NEGATION_WORDS = _alternatives(lexicon.words("negation_words"))


_NEGATED_BEFORE = re.compile(r"(?<!\w)(?:" + _NEGATION_WORDS + r")\s*$", re.IGNORECASE)


# "không ngừng nâng cao", "không chỉ … mà còn", "không để xảy ra" ask (lexicon/negation_exceptions.txt)
_NOT_NEGATION = (
    r"(?!\s*(?:"
    + "|".join(re.escape(e.split(" ", 1)[1]) for e in lexicon.words("negation_exceptions"))
    + r")(?!\w))"
)
_NEGATED_START = re.compile(r"^\W*(?:" + _NEGATION_WORDS + r")(?!\w)" + _NOT_NEGATION, re.IGNORECASE)


_CUE_WORDS = re.compile(
    r"(?:\s|[:,])*(?:" + _alternatives((*MODAL_CUES, *REPORT_CUES)) + r")\s*$", re.IGNORECASE
)


# "chưa đáp ứng yêu cầu", "theo yêu cầu": the cue is a noun (app/lexicon/cue_as_noun.txt)
_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:" + _alternatives(lexicon.words("cue_as_noun")) + r")\s*$", re.IGNORECASE
)


def find_cues(sentence: str) -> list[_Cue]:
    found = []
    for kind, pattern in CUE_PATTERNS.items():
        for m in pattern.finditer(sentence):
            # "huyện đã tập trung …" reports what was done; only modal/report cues are always directives
            if kind == "content" and _PAST.search(sentence[: m.start()]):
                continue
            if kind == "report" and _NOUN_BEFORE.search(sentence[: m.start()]):
                continue
            found.append(_Cue(m.start(), m.end(), kind))
    found.sort(key=lambda c: c.start)
    return found


def is_directive(sentence: str) -> bool:
    """True if the sentence tells the reports what to do."""
    return bool(find_cues(sentence))


def body_start(sentence: str, cues: list[_Cue]) -> tuple[int, int]:
    """(end of the lead-in, start of the body): the body follows the first group of modal cues, else it
    starts at the first content cue ("ưu tiên …"), else it follows the last reporting cue."""
    modal = [c for c in cues if c.kind == "modal"]
    if modal:
        first = modal[0]
        end = first.end
        for c in modal[1:]:  # "cần phải", "cần … phải" written as a group
            if sentence[end : c.start].strip() == "":
                end = c.end
        return first.start, end
    report = [c for c in cues if c.kind == "report"]
    content = [c for c in cues if c.kind == "content"]
    if content:  # "yêu cầu huyện ưu tiên …": what is asked starts at the content cue
        return content[0].start, content[0].start
    return report[-1].start, report[-1].end


def negated(sentence: str, point: str) -> bool:
    """True when the point is negated in its sentence: it opens with a negation ("không đưa vào …"), or a
    negation stands right before it, with only cues between ("không cần nhắc lại …", "không nhất thiết phải
    liệt kê …", "lưu ý: không …")."""
    if _NEGATED_START.search(point):
        return True
    # a point quoted with its subject and cue ("Báo cáo không nhất thiết phải liệt kê …", "… lưu ý: không …")
    for cue in find_cues(point):
        if cue.kind == "content":
            continue
        if _NEGATED_BEFORE.search(point[: cue.start].rstrip(" :,")):
            return True
        if _NEGATED_START.search(point[cue.end :].lstrip(" :,")):
            return True
    words = point.split()
    head = " ".join(words[: min(3, len(words))]).lower()
    at = sentence.lower().find(head) if head else -1
    before = sentence[: at if at >= 0 else 0]
    while True:
        stripped = _CUE_WORDS.sub("", before)
        if stripped == before:
            break
        before = stripped
    return bool(at > 0 and _NEGATED_BEFORE.search(before.rstrip(" :,")))


# "không cần", "không nhất thiết phải": a negation before a modal cue, wherever it stands in the sentence
_NEGATED_CUE = re.compile(
    r"(?<!\w)(?:" + _NEGATION_WORDS + r")\s+(?:" + _alternatives(MODAL_CUES) + r")(?!\w)\s*", re.IGNORECASE
)


def _after_negation(names: Iterable[str]) -> list[str]:
    """What follows a negation word in phrases of the lists that open with one ("không quá" → "quá")."""
    words = lexicon.words("negation_words")
    return [
        p.split(" ", 1)[1]
        for name in names
        for p in lexicon.words(name)
        if " " in p and p.split(" ", 1)[0] in words
    ]


# a negation inside a sentence ("Hội nghị thống nhất không đưa chỉ tiêu … vào …"), not one that asks
# (negation_exceptions), limits ("không quá 30 trang") or leaves out ("không kể phụ lục")
_NEGATED_INSIDE = re.compile(
    r"(?<!\w)(?:"
    + _NEGATION_WORDS
    + r")(?!\w)(?!\s*(?:"
    + _alternatives(_after_negation(("negation_exceptions", "limit_words", "exclusion_words")))
    + r")(?!\w))\s*",
    re.IGNORECASE,
)
_LIMIT_AFTER_NEGATION = re.compile(
    r"^\W*(?:" + _alternatives(lexicon.words("limit_words")) + r")(?!\w)", re.IGNORECASE
)


def negated_part(sentence: str) -> str:
    """What a sentence says need not or must not be written, or done, up to the end of its clause: the words
    after a negated cue ("Báo cáo không cần trình bày chi tiết …" → "trình bày chi tiết …"), after the
    negation opening it ("Không đưa nội dung kiểm điểm …" → "đưa nội dung kiểm điểm …") or inside it ("Hội
    nghị thống nhất không đưa chỉ tiêu …" → "đưa chỉ tiêu …"); "" when it negates nothing ("không quá 30
    trang" is a limit, "không kể phụ lục" leaves out, "không ngừng nâng cao" asks)."""
    match = _NEGATED_CUE.search(sentence)
    if match is None and not _LIMIT_AFTER_NEGATION.search(sentence):
        match = _NEGATED_START.search(sentence)
    if match is None:
        match = _NEGATED_INSIDE.search(sentence)
    if match is None:
        return ""
    return re.split(r"[.;:,(]", sentence[match.end() :], maxsplit=1)[0].strip()


def leads_items(sentence: str, point: str) -> bool:
    """A sentence ending in ':' whose point is only a lead ("… cần bảo đảm những nội dung sau:", "… cần làm rõ
    thêm:") introduces the items after it, which are the requirements; one that asks something itself
    ("Báo cáo cần có nội dung về ứng dụng công nghệ thông tin, …, trong đó:") is one."""
    return sentence.rstrip().endswith(":") and len(point.split()) <= MAX_LEAD_WORDS
