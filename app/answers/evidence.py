"""What a question asks an answer to state, and whether sentences state it: the years it names, the figure
it asks for ("bao nhiêu", "tỷ lệ", "loại mấy"), a list ("những … nào"), a person ("ai").

The extractive answer's honest "not found" rests on these checks: a sentence on the topic that does not
state the year or the figure asked for is no answer.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from app import lexicon, places
from app.answers.matching import STOPWORDS
from app.text import detect_language, fold, glossary_terms, has_diacritics, syllables

_ASKS_FOR_NUMBER = re.compile(
    r"\b(bao nhiêu|bao nhieu|mấy|may phan tram|how many|how much|what percentage|what share|"
    r"số lượng|so luong|con số|con so|bao lâu|bao lau|how long)\b",
    re.IGNORECASE,
)
# "bao nhiêu khu công nghiệp": the thing counted, to look for "<number> khu công nghiệp" in the answer
_COUNTED = re.compile(r"\b(?:bao nhiêu|bao nhieu|mấy|how many|how much)\s+((?:\w+\s*){1,3})", re.IGNORECASE)
_PERCENT_QUESTION = re.compile(r"\b(tỷ lệ|ty le|phần trăm|phan tram|percentage|rate|share)\b", re.IGNORECASE)
# A quantity: a number that is not a year (2030) and not a span of years ("5 năm").
# Digits inside a date (30/5/2019) or a document number (35-CT/TW) are not quantities.
# A day of a date ("Ngày 16.3", folded "ngay 16.3") is not a quantity either.
_QUANTITY = re.compile(
    r"(?<![\w/.\-])(?<!ngay )(?<!thang )(?!(?:19|20)\d{2}\b)\d+(?:[.,]\d+)*(?![\w/\-])(?!\s*năm)"
)
# A count next to the thing counted: digits (a range "5 - 10" too), or a number written as a word ("ba phần")
_COUNT = re.compile(
    r"(?<![\w/.\-])(?<!ngay )(?<!thang )(?!(?:19|20)\d{2}\b)\d+(?:[.,]\d+)*"
    r"(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?(?![\w/\-])"
)
# "đạt và vượt 17/20 chỉ tiêu", "3/22 chỉ tiêu": a share of a count, told from a date (25/4) only by the
# thing counted after it; a month and year ("02/2025 (đảng bộ …") is a date, never a share
_FRACTION = re.compile(r"(?<![\w/.\-])\d+/(?!(?:19|20)\d{2}(?!\d))\d+(?![\w/\-])")
# with their diacritics: folded, "tư" and "tám" would be "Tứ Kỳ" and "tâm"
_NUMBER_WORDS = frozenset(w.lower() for w in lexicon.words("number_words"))
# "đô thị loại IV", "lần thứ XXVIII": a rank written in roman numerals answers "loại mấy", "lần thứ mấy"
_ROMAN_RANK = re.compile(r"\b(loại|hạng|cấp|thứ|khóa|khoá)\s+[IVXL]+\b", re.IGNORECASE)
# "những … nào", "các … nào", "gồm những gì": the answer is a list, often one paragraph's enumeration
_ASKS_FOR_LIST = re.compile(r"\b(những|các)\b.*\bnào\b|\bgồm những\b|\bwhat are\b|\bwhich\b.*\bare\b", re.I)
_PERCENT = re.compile(r"%|phần trăm")
_FUNCTION_WORDS = frozenset(w.lower() for w in lexicon.words("function_words"))
_ASKS_WHO = re.compile(r"(?<!\w)(?:ai|who|whom)(?!\w)", re.IGNORECASE)  # "ai" with no tone mark only
COUNT_AFTER_WORDS = 3  # "chỉ tiêu không quá 20": a count this many syllables after the thing counted
COUNT_AFTER_CHARS = 40
# "số đại biểu chính thức được triệu tập dự Đại hội là 300 đồng chí": the number of a thing, then what it is,
# within one clause (no ";" between) this many characters long
NUMBER_OF_CHARS = 90
# the number or letter of a list item or heading ("1. Đại hội chi bộ", "2) Kinh tế", "a) …"): no quantity
_LIST_MARKER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])\s*[.)]\s+")
_COUNTED_NOUNS = tuple(w.lower() for w in lexicon.words("counted_nouns"))
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b")


def asks_for_number(question: str) -> bool:
    """ "Bao nhiêu", "mấy", "how many", "bao lâu": the answer is a figure. So it is when a question asks how a
    size is set ("… được giới hạn độ dài thế nào?", "dung lượng ra sao?"): a size is given as one ("không
    quá 80 chữ")."""
    return bool(_ASKS_FOR_NUMBER.search(question)) or asks_size(question)


# "thế nào", "ra sao": asked of a size word, the size itself is asked. Not English "what"/"how": "What does
# the guidance require about the structure, title, style and length …?" asks for a list, not a figure
_ASKS_MANNER = re.compile(r"(?<!\w)(?:như thế nào|thế nào|ra sao|the nao)(?!\w)", re.IGNORECASE)


def asks_size(question: str) -> bool:
    """Whether the question asks how large something is set by naming a size (app/lexicon/size_words.txt:
    "độ dài", "dung lượng") and asking how of it ("thế nào", "ra sao")."""
    if not _ASKS_MANNER.search(question):
        return False
    folded = " ".join(syllables(fold(question).lower()))
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in _folded_words("size_words"))


def asks_who(question: str) -> bool:
    """ "Ai chủ trì …?", "… do ai ký?", "Who chaired …?", "Đồng chí nào trình bày …?": the answer names a
    person."""
    text = unicodedata.normalize("NFC", question)
    return bool(_ASKS_WHO.search(text) or _which_person().search(text))


@functools.cache
def _which_person() -> re.Pattern[str]:
    """A noun of people (app/lexicon/person_nouns.txt) then "nào": "Đồng chí nào …", "Đại biểu nào …"."""
    nouns = lexicon.alternation(lexicon.words("person_nouns"))
    return re.compile(rf"(?<!\w)(?:{nouns})\s+nào(?!\w)", re.IGNORECASE)


# "Ai chủ trì …?", "… do ai ký?": the act whose doer is asked, right after "ai" (Vietnamese only)
_AFTER_WHO = re.compile(r"(?<!\w)ai\s+(.*)", re.IGNORECASE)


def _folded_words(name: str) -> frozenset[str]:
    """The entries of a word list, folded ("chủ trì" → "chu tri")."""
    return frozenset(" ".join(syllables(fold(w).lower())) for w in lexicon.words(name))


@functools.cache
def _person_acts() -> tuple[str, ...]:
    """app/lexicon/person_acts.txt, folded, longest first."""
    return tuple(sorted(_folded_words("person_acts"), key=len, reverse=True))


def asked_act(question: str) -> tuple[str, ...] | None:
    """What the person a question asks for did, folded, from the acts of person_acts.txt: "Ai chủ trì cuộc
    họp …?" → ("chu", "tri"); "Công văn 1186 do ai ký?" → ("ky",). None in English, or when no act
    listed follows "ai" ("Ai là Bí thư …?" asks an office: asked_office)."""
    if detect_language(question) == "en" or not asks_who(question):
        return None
    match = _AFTER_WHO.search(" ".join(syllables(fold(_which_person().sub("ai", question)).lower())))
    if match is None:
        return None
    after = match.group(1) + " "
    act = next((a for a in _person_acts() if after.startswith(a + " ")), None)
    return tuple(act.split()) if act else None


def states_act(sentence: str, act: Sequence[str]) -> bool:
    """Whether the sentence tells of the act ("… Chủ tịch HĐND tỉnh chủ trì hội nghị" for "chu tri")."""
    spaced = r"\s+".join(map(re.escape, act))
    return bool(re.search(rf"(?<!\w){spaced}(?!\w)", fold(sentence).lower()))


@functools.cache
def _offices() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(an office title then its body, folded; an office title alone, folded; English level word → body)."""
    titles = lexicon.alternation([fold(t) for t in lexicon.words("office_titles")])
    bodies = lexicon.alternation([fold(b) for b in lexicon.words("office_bodies")])
    levels = dict(line.split(" = ", 1) for line in lexicon.words("office_levels_en"))
    return (
        re.compile(rf"(?<!\w)({titles})\s+({bodies})(?!\w)"),
        re.compile(rf"(?<!\w)({titles})(?!\w)"),
        {english: fold(body) for english, body in levels.items()},
    )


def asked_office(question: str) -> str | None:
    """The office, with its level, whose holder a question asking who wants, folded: "Ai là Bí thư Huyện ủy
    Cẩm Giàng?" → "bi thu huyen uy"; "Who is the Party Secretary of Bắc Sơn district?" (the title through
    the glossary, the level from office_levels_en.txt) → the same. None when it asks no one, or names no
    office or no level."""
    if not asks_who(question):
        return None
    with_body, title_alone, levels = _offices()
    if detect_language(question) != "en":
        office = with_body.search(fold(question).lower())
        return f"{office.group(1)} {office.group(2)}" if office else None
    title = next((m.group(1) for t in glossary_terms(question) if (m := title_alone.search(fold(t)))), None)
    level = next((levels[w] for w in syllables(question.lower()) if w in levels), None)
    return f"{title} {level}" if title and level else None


_DEPUTY = re.compile(r"(?<!\w)phó\s*$", re.IGNORECASE)  # "Phó Bí thư Huyện ủy" is not "Bí thư Huyện ủy"
_CLAUSE_BREAK = re.compile(r"[,;:()]|\.\s")
_IS_OFFICE = re.compile(r"(?<!\w)(?:là|làm|giữ chức)\s*$", re.IGNORECASE)


def states_office(sentences: Sequence[str], office: str) -> bool:
    """Whether a sentence names the office (folded, as asked_office gives it) as a person's: "Bí thư Huyện
    ủy Trần Thị Minh Nguyệt", "Đồng chí Trần Thị Minh Nguyệt, Bí thư Huyện ủy", "… là Bí thư Huyện ủy" name
    "bi thu huyen uy"; "Bí thư Tỉnh ủy" does not, nor "Phó Bí thư Huyện ủy Lê Văn B", nor "… thay đồng chí
    Bí thư Huyện ủy đang đi học" (whose holder goes unnamed)."""
    spaced = r"\s+".join(map(re.escape, office.split()))
    pattern = re.compile(rf"(?<!\w){spaced}(?!\w)")
    for sentence in sentences:
        # folding keeps each character in its place: the match's offsets are the sentence's
        for match in pattern.finditer(fold(sentence).lower()):
            before, after = sentence[: match.start()], sentence[match.end() :]
            if _DEPUTY.search(before):
                continue
            clause_after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
            clauses_before = _CLAUSE_BREAK.split(before)
            own_clause = clauses_before[-1]
            if places.names_person(clause_after):  # "Bí thư Huyện ủy (Cẩm Giàng) Nguyễn Văn An"
                return True
            # "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy": the name just before, in apposition
            if not own_clause.strip() and len(clauses_before) > 1 and places.names_person(clauses_before[-2]):
                return True
            if _IS_OFFICE.search(own_clause) and places.names_person(own_clause):  # "… An là Bí thư …"
                return True
    return False


@functools.cache
def _levels() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "cấp <word>" and the level each word names (app/lexicon/report_levels.txt), folded."""
    pairs = lexicon.pairs("report_levels").items()
    names = {
        " ".join(syllables(fold(w).lower())): " ".join(syllables(fold(level).lower())) for w, level in pairs
    }
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)cap\s+({words})(?!\w)"), names


def _named_levels(text: str) -> set[str]:
    pattern, names = _levels()
    return {names[m.group(1)] for m in pattern.finditer(" ".join(syllables(fold(text).lower())))}


def asked_level(question: str) -> str | None:
    """The one level a question asks about ("báo cáo chính trị đại hội đảng bộ cấp xã …" → "xa"), folded;
    None when it names none or several."""
    named = _named_levels(question)
    return next(iter(named)) if len(named) == 1 else None


def states_level(texts: Sequence[str], level: str) -> bool:
    """Whether the texts (the sentences, their headings, their document's title) may speak of that level:
    they name it, or name no level at all. A sentence of "Hướng dẫn … báo cáo chính trị cấp huyện" does not
    tell the page limit of a commune's report."""
    named = set().union(*(_named_levels(t) for t in texts if t))
    return not named or level in named


# "bằng hình thức gì", "cụm di tích nào", "căn cứ văn bản nào": the noun a question asks to be filled in
_SLOT_QUESTION = re.compile(r"(?<!\w)(gi|nao)(?!\w)")
SLOT_WORDS = 2  # syllables of the asked noun kept ("cụm di tích nào" → "di tich")
SLOT_FILLER_WORDS = 3  # a filler this many syllables after the noun ("hình thức cách tất cả …")
# a document's number ("95-TTr/HU", "126 - QĐ / TW", "1148-TB/TU"): what fills "văn bản nào", "số mấy"
_DOCUMENT_NUMBER = re.compile(r"\b\d+\s*-\s*[a-zđ]{1,5}\s*/\s*[a-zđ]{1,6}\b", re.IGNORECASE)
_ASKS_DOCUMENT_NUMBER = re.compile(r"(?<!\w)(so (may|hieu|bao nhieu)|what number|which number)(?!\w)")


# verbs that a question's "gì" may follow ("cần lưu ý gì", "bổ sung gì"): it then asks for content, not for
# a thing's name; "nào" follows a noun ("quy hoạch nào")
_VERB_LISTS = (
    "action_verbs",
    "revision_verbs",
    "comment_verbs",
    "report_question_verbs",
    "requirement_question_cues",
    "amend_words",  # "có thay đổi gì so với …?": what changed, not a thing's name
)


@functools.cache
def _slot_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words naming no asked thing, generic content nouns, nouns for documents (their types too): each
    folded."""
    documents = _folded_words("document_types") | _folded_words("document_nouns")
    return _folded_words("slot_not_nouns"), _folded_words("content_nouns"), documents


@functools.cache
def _verbs() -> frozenset[str]:
    return frozenset().union(*map(_folded_words, _VERB_LISTS))


def asked_slot(question: str) -> tuple[str, ...] | None:
    """The noun whose filling a question asks for, folded: "bị kỷ luật bằng hình thức gì?" → ("hinh",
    "thuc"); "căn cứ văn bản số mấy?" → ("van", "ban"), a document number. None when the question asks for
    an action, a manner, a time, a list of contents or nothing of the kind (and in English)."""
    if detect_language(question) == "en":
        return None
    words = syllables(fold(question).lower())
    not_nouns, generic, _ = _slot_lexicon()
    text = " ".join(words)
    number = _ASKS_DOCUMENT_NUMBER.search(text)
    ends = [(m.start(), m.group(1)) for m in _SLOT_QUESTION.finditer(text)]
    if number:
        ends = [(number.start(), "so")]
    for end, word in ends:
        before = syllables(text[:end])[-SLOT_WORDS:]
        while before and before[0] in not_nouns:
            before = before[1:]
        if not before or before[-1] in not_nouns:
            continue
        if " ".join(before) in generic or before[-1] in generic:
            continue
        if word == "gi" and (" ".join(before) in _verbs() or before[-1] in _verbs()):
            continue  # "cần lưu ý gì?": content asked for, not a thing's name
        return tuple(before)
    return None


def fills_slot(question: str, slot: Sequence[str], sentence: str) -> bool:
    """Whether the sentence names what fills the slot: the noun followed closely by a word the question
    does not hold ("hình thức cách tất cả các chức vụ"), or, for a document asked by its type or number,
    a document number ("căn cứ Quy định số 126 - QĐ/TW")."""
    _, _, documents = _slot_lexicon()
    if (" ".join(slot) in documents or slot[-1:] == ("so",)) and _DOCUMENT_NUMBER.search(sentence):
        return True
    asked = set(syllables(fold(question).lower()))
    words = syllables(fold(sentence).lower())
    n = len(slot)
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == tuple(slot):
            after = words[i + n : i + n + SLOT_FILLER_WORDS]
            if any(w not in asked and w not in STOPWORDS for w in after):
                return True
    return False


def asks_for_list(question: str) -> bool:
    """ "Những … nào", "gồm những gì", "what are …": the answer is a list."""
    return bool(_ASKS_FOR_LIST.search(question))


def states_years(question: str, sentences: Sequence[str]) -> bool:
    """Every year the question names is in the answer: "năm 2019" is not answered with 2015's figure."""
    # a term "2015 - 2020" is context; a year on its own ("năm 2019") is what is asked
    asked = set(_YEAR.findall(_YEAR_SPAN.sub(" ", question)))
    if not asked:
        return True
    said = set(_YEAR.findall(" ".join(sentences)))
    return asked <= said


def _terms(text: str) -> set[tuple[str, str]]:
    """The spans of years the text names ("nhiệm kỳ 2020 - 2025" → ("2020", "2025"))."""
    return {tuple(re.findall(r"\d{4}", m.group())) for m in _YEAR_SPAN.finditer(text)}  # type: ignore[misc]


def of_another_term(question: str, texts: Sequence[str]) -> bool:
    """Whether what is said is about another span of years than the one the question names: "Nhiệm kỳ
    2020 - 2025, … bao nhiêu chỉ tiêu?" is not answered by a figure under "Kết quả … nhiệm kỳ 2015 - 2020".
    `texts`, nearest first (a sentence, the headings it sits under, its document's title last): the nearest
    that names a span decides; naming the asked one too, or none at all, is no other term."""
    asked = _terms(question)
    if not asked:
        return False
    for text in texts[:-1]:
        said = _terms(text)
        if said:
            return not (asked & said)
    # a document for a congress's term (its title: "Báo cáo chính trị … nhiệm kỳ 2020 - 2025") reviews the
    # term before it as well: it speaks of both
    said = _terms(texts[-1]) if texts else set()
    said |= {(str(2 * int(a) - int(b)), a) for a, b in said}
    return bool(said) and not (asked & said)


def counted_words(question: str) -> list[str]:
    """The thing a figure question counts, folded: "bao nhiêu trang" → ["trang"]; in English the glossary's
    Vietnamese for the word after "how many" ("How many pages …" → ["trang"]), none when it has none."""
    counted = _COUNTED.search(question)
    if counted is None:
        return []
    if detect_language(question) == "en":
        first = syllables(counted.group(1).lower())[:1]
        said = glossary_terms(" ".join(first))
        return syllables(fold(said[0])) if said else []
    words = syllables(counted.group(1).lower())
    # "bao nhiêu năm trước", "mấy năm": years are what is counted
    if words and words[0] == "năm" and (len(words) == 1 or not words[1].isdigit()):
        return ["nam"]
    # "đạt bao nhiêu vào năm 2030", "tăng bao nhiêu mỗi năm": what follows is when, not what is counted
    noun = any(" ".join(words).startswith(n) for n in _COUNTED_NOUNS)  # "chỉ tiêu": "chỉ" is no "only"
    if not words or words[0] in _FUNCTION_WORDS and not noun or words[0] == "năm" or words[0].isdigit():
        return []
    return [w for w in syllables(fold(counted.group(1))) if w not in STOPWORDS]


@functools.cache
def _person_nouns() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(syllables(fold(w).lower())) for w in lexicon.words("person_nouns"))


# what joins the two ends of a range of numbers, folded ("15 đến 18", "2 tới 3"; "30 - 35" leaves no syllable)
_RANGE_WORDS = frozenset({"den", "toi"})
# "hai mươi lăm trang": the number's own words before the thing counted
_FOLDED_NUMBER_WORDS = frozenset(fold(w) for w in _NUMBER_WORDS)


@functools.cache
def folded_limits() -> tuple[tuple[str, ...], ...]:
    """The limit words (app/lexicon/limit_words.txt: "không quá", "tối đa"), each as folded syllables."""
    return tuple(tuple(syllables(fold(w).lower())) for w in lexicon.words("limit_words"))


# the words asking for a count or a length, as written or folded ("bao nhiêu", "mấy", "bao lâu", "how many")
ASKING_COUNT = re.compile(
    r"(?<!\w)(?:bao nhiêu|bao nhieu|mấy|may|bao lâu|bao lau|how many|how much|how long)(?!\w)", re.IGNORECASE
)


def _limit_then_number_word(words: Sequence[str]) -> bool:
    """Whether folded syllables hold a limit then a number written as a word ("không quá ba")."""
    for i, word in enumerate(words):
        if word in _FOLDED_NUMBER_WORDS and any(
            tuple(words[max(0, i - len(lim)) : i]) == lim for lim in folded_limits()
        ):
            return True
    return False


def _in_range(after: Sequence[str], i: int) -> bool:
    """Whether syllable i after a number is still the number: its words ("hai mươi lăm"), or a range's other
    end ("đến 18", "đến năm": after "đến", "năm" is five, not a year)."""
    word = after[i]
    in_words = word in _RANGE_WORDS or word.isdigit() or word in _FOLDED_NUMBER_WORDS
    return in_words or i > 0 and after[i - 1] in _RANGE_WORDS


def _names_counted(after: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the syllables just after a number (the first three) name the thing counted: its first word,
    or, when people are counted ("bao nhiêu người"), any noun counting people ("200 đồng chí")."""
    if not words:
        return False
    # the thing counted follows its number ("3 trang"), or the range the number opens ("từ 15 đến 18 chỉ
    # tiêu", "từ ba đến năm bài học"); after a word between ("312 lượt ý kiến", "4 khâu đột phá"), its first
    # two syllables together: "ba nhóm: kinh tế" counts no "kinh phí"
    at = next((i for i, w in enumerate(after[:3]) if w == words[0]), None)
    if at is not None and all(_in_range(after, i) for i in range(at)):
        return True
    pair = list(words[:2])
    if len(pair) == 2 and any(list(after[i : i + 2]) == pair for i in range(1, 3)):
        return True
    people = _person_nouns()
    if (words[0],) != people[0]:
        return False
    return any(tuple(after[i : i + len(noun)]) == noun for noun in people for i in range(3))


def states_figure(question: str, sentences: Sequence[str]) -> bool:
    """Whether the sentences state the figure the question asks for: a percentage for "tỷ lệ…/phần trăm",
    a number next to the thing counted for "bao nhiêu khu công nghiệp", else any quantity (not a year) or a
    number word after a limit ("không quá một trang")."""
    if _PERCENT_QUESTION.search(question):
        return any(_PERCENT.search(s) for s in sentences)
    # "bằng văn bản số mấy?": a document's number ("Tờ trình số 95-TTr/HU"), not a quantity
    if _ASKS_DOCUMENT_NUMBER.search(" ".join(syllables(fold(question).lower()))):
        return any(_DOCUMENT_NUMBER.search(s) for s in sentences)
    words = counted_words(question)
    if any(_ROMAN_RANK.search(s) for s in sentences) and re.search(
        r"\b(mấy|may|which|what)\b", question, re.I
    ):
        return True
    # a number the question states itself ("… Đảng bộ 4 huyện: … là bao nhiêu?") is not the figure it asks
    given = {m.group() for m in _QUANTITY.finditer(fold(question).lower())}
    units = units_asked(question)
    if units:
        # "… giới hạn độ dài thế nào?" names no unit: a size is a number of pages, words or minutes ("không
        # quá 80 chữ"), not the count of drafts a sentence beside it gives ("38/102 đảng bộ"); a duration
        # ("trình bày trong bao lâu?") is one of minutes or days, not the summary's "8 trang"
        return any(
            _states_quantity(sentences, [u], given) or states_count(question, sentences, [u]) for u in units
        )
    return _states_quantity(sentences, words, given) or states_count(question, sentences)


# "bao lâu": a duration is asked
_ASKS_DURATION = re.compile(r"(?<!\w)(?:bao lâu|bao lau)(?!\w)", re.IGNORECASE)
# "viết dài bao nhiêu?", "dài tối đa mấy …": a length asked with a count word ("dài hạn" is no length)
_LENGTH_COUNTED = re.compile(r"(?<!\w)dai(?! han)(?:\s+\w+){0,2}\s+(?:bao nhieu|may)(?!\w)")


def units_asked(question: str) -> tuple[str, ...]:
    """The units a figure asked with no thing counted is given in (folded): a duration ("trình bày trong
    thời gian bao lâu?") in minutes, hours, days … (app/lexicon/duration_units.txt); a size ("giới hạn độ dài
    thế nào?", "viết dài bao nhiêu thì vừa?") in pages, words or minutes (size_units.txt). None when the
    question names what it counts ("bao nhiêu trang"), asks no figure, or is in English."""
    if counted_words(question) or detect_language(question) == "en":
        return ()
    if _ASKS_DURATION.search(question):
        return tuple(sorted(_folded_words("duration_units")))
    folded = " ".join(syllables(fold(question).lower()))
    if asks_size(question) or _LENGTH_COUNTED.search(folded):
        return tuple(sorted(_folded_words("size_units")))
    return ()


def _states_quantity(sentences: Sequence[str], words: Sequence[str], given: set[str]) -> bool:
    """A quantity not in `given` counting `words` (any, when none), or a number word after a limit."""
    for sentence in sentences:
        folded = fold(sentence).lower()
        if words:  # "1. Đại hội chi bộ" does not count "đại biểu": an item's number is no count of a thing
            folded = _LIST_MARKER.sub("", folded)
        for m in _QUANTITY.finditer(folded):
            if m.group() in given:
                continue
            if not words or _names_counted(syllables(folded[m.end() : m.end() + 40]), words):
                return True
        if not words and _limited_number_word().search(sentence):  # "viết không quá một trang"
            return True
    return False


@functools.cache
def _limited_number_word() -> re.Pattern[str]:
    """A limit word (app/lexicon/limit_words.txt) then a number written as a word: "không quá một"."""
    limits = "|".join(map(re.escape, sorted(lexicon.words("limit_words"), key=len, reverse=True)))
    numbers = "|".join(map(re.escape, sorted(_NUMBER_WORDS, key=len, reverse=True)))
    # "khoảng một số", "tối đa một phần": "một" as "a", not a count
    not_a_count = r"(?!\s+(?:số|cách|phần|trong|vài)(?!\w))"
    return re.compile(rf"(?<!\w)(?:{limits})\s+(?:{numbers})(?!\w){not_a_count}", re.IGNORECASE)


def states_count(question: str, sentences: Sequence[str], words: Sequence[str] | None = None) -> bool:
    """Whether the sentences state a count of the very thing the question counts, the number right before
    it: "5 - 10 năm trước" for "bao nhiêu năm"; "ba phần" for "mấy phần"; "17/20 chỉ tiêu" for "bao nhiêu
    chỉ tiêu"; or just after it ("tổng số chỉ tiêu không quá 20"). False when the question names nothing
    counted. `words`: counted_words(question), when already known (a search checks each of its passages)."""
    words = counted_words(question) if words is None else words
    if not words:
        return False
    for sentence in sentences:
        folded = _LIST_MARKER.sub("", fold(sentence).lower())
        counts = [m.end() for m in _COUNT.finditer(folded)]
        if any(_names_counted(syllables(folded[end : end + 40]), words) for end in counts):
            return True
        # a share must be followed by the thing itself: "ngày 25/4 họp về chỉ tiêu" counts nothing
        shares = [m.end() for m in _FRACTION.finditer(folded)]
        if any(syllables(folded[end : end + 30])[:1] == words[:1] for end in shares):
            return True
        written = syllables(sentence.lower())
        for i, word in enumerate(written[:-1]):
            if word in _NUMBER_WORDS and _names_counted([fold(w) for w in written[i + 1 : i + 5]], words):
                return True
        # the thing counted, then its limit: "tổng số chỉ tiêu không quá 20", "số trang tối đa là 25"
        thing = " ".join(words[:2])
        for at in (m.end() for m in re.finditer(rf"(?<!\w){re.escape(thing)}(?!\w)", folded)):
            after = folded[at : at + COUNT_AFTER_CHARS]
            if any(
                m.start() and len(syllables(after[: m.start()])) <= COUNT_AFTER_WORDS
                for m in _COUNT.finditer(after)
            ):
                return True
            if _limit_then_number_word(
                syllables(after)[: COUNT_AFTER_WORDS + 2]
            ):  # "khâu đột phá không quá ba"
                return True
        # "số <thing> … là 300": the number of the thing, told at the end of its clause
        for at in (m.end() for m in re.finditer(rf"(?<!\w)so {re.escape(thing)}(?!\w)", folded)):
            clause = folded[at : at + NUMBER_OF_CHARS].split(";")[0]
            if re.search(rf"(?<!\w)(?:la|bang)\s+{_COUNT.pattern}", clause):
                return True
    return False


# A time a sentence states: a date, a day and month, a month, a quarter or a year ("trước ngày 20/4/2025",
# "ngày 12.3", "tháng 5", "quý II/2025", "năm 2025")
_TIME = re.compile(
    r"\bngày\s+\d{1,2}|\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b|\btháng\s+\d{1,2}|\bquý\s+[IV\d]+"
    r"|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


@functools.cache
def _deadline() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a question asking for a deadline, a deadline stated): from app/lexicon/deadline_words.txt."""
    words = "|".join(map(re.escape, sorted(lexicon.words("deadline_words"), key=len, reverse=True)))
    asked = re.compile(
        rf"(?<!\w)(?:{words})(?!\w).*(?:ngày nào|khi nào|bao giờ|thời gian nào|lúc nào|what date|when)"
        rf"|(?<!\w)(?:thời hạn|hạn chót|deadline)(?!\w)",
        re.IGNORECASE,
    )
    stated = re.compile(
        rf"(?<!\w)(?:{words})(?:\s+(?:là|ngày|hết|tháng|quý|năm))*\s+(?:\d|[IV]+\b)", re.IGNORECASE
    )
    return asked, stated


def asks_deadline(question: str) -> bool:
    """ "Phải hoàn thành trước ngày nào?", "thời hạn gửi dự thảo", "By what date …": a deadline is asked;
    typed without diacritics too ("… gui lai du thao truoc ngay nao")."""
    if has_diacritics(question):
        return bool(_deadline()[0].search(unicodedata.normalize("NFC", question)))
    return bool(_folded_deadline_question().search(fold(question).lower()))


@functools.cache
def _folded_deadline_question() -> re.Pattern[str]:
    """The question pattern of _deadline, folded, for a question typed without diacritics."""
    return re.compile(fold(_deadline()[0].pattern).lower(), re.IGNORECASE)


@functools.cache
def _meeting_acts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a meeting act as written, the same folded): app/lexicon/meeting_acts.txt."""
    written = lexicon.pattern("meeting_acts")
    folded = lexicon.alternation(sorted({fold(w).lower() for w in lexicon.words("meeting_acts")}))
    return written, re.compile(rf"(?<!\w)(?:{folded})(?!\w)")


def asks_venue(question: str) -> bool:
    """ "Hội nghị … được tổ chức ở đâu?", "Where was the meeting held?": the place of a meeting is asked
    (app/lexicon/venue_questions.txt), not where in a report something goes ("… để ở đâu?" of a target)."""
    text = unicodedata.normalize("NFC", question)
    return bool(lexicon.pattern("venue_questions").search(text)) and bool(meeting_words_asked(text))


# "tại"/"ở" and what follows: the place a sentence says something happened
_AT_PLACE = re.compile(r"(?<!\w)(?:tại|ở)\s+(\w+(?:\s+\w+){0,3})", re.IGNORECASE)


def states_venue(sentence: str) -> bool:
    """Whether a sentence names where something took place: "tại"/"ở" before a place noun ("tại hội trường",
    app/lexicon/venue_nouns.txt) or a capitalised name that names no meeting and no document ("tại Hà Tiên",
    not "tại Hội nghị", "tại Hướng dẫn số 12")."""
    text = unicodedata.normalize("NFC", sentence)
    nouns = lexicon.pattern("venue_nouns")
    not_places = [lexicon.pattern("meeting_acts"), lexicon.pattern("document_types")]
    for m in _AT_PLACE.finditer(text):
        after = m.group(1)
        if nouns.match(after):
            return True
        if after[:1].isupper() and not any(p.match(after) for p in not_places):
            return True
    return False


def asks_meeting_date(question: str) -> bool:
    """ "Ban Thường vụ họp góp ý dự thảo của X vào ngày nào?": the date of a meeting is asked, not a deadline
    (app/lexicon/meeting_acts.txt; matched folded when the question is typed without diacritics)."""
    return not asks_deadline(question) and bool(meeting_words_asked(question))


def meeting_words_asked(question: str) -> str:
    """The words of the question telling of a meeting ("họp góp ý"): a sentence dating a meeting holds them
    in its own words ("tổ chức hội nghị cho ý kiến"); "" for none."""
    text = unicodedata.normalize("NFC", question)
    written, folded = _meeting_acts()
    if has_diacritics(text):
        return " ".join(m.group() for m in written.finditer(text))
    return " ".join(m.group() for m in folded.finditer(" ".join(syllables(text.lower()))))


def tells_of_meeting(sentence: str) -> bool:
    """Whether a sentence tells of a meeting or a review held at one ("… tổ chức hội nghị cho ý kiến …"), not
    of a deadline for one ("gửi dự thảo … trước ngày 31/7/2025 để cho ý kiến")."""
    text = unicodedata.normalize("NFC", sentence)
    return bool(_meeting_acts()[0].search(text)) and not states_deadline(text)


def states_deadline(sentence: str) -> bool:
    """Whether the sentence states a deadline: a deadline word before a time ("trước ngày 20/5/2025")."""
    return bool(_deadline()[1].search(unicodedata.normalize("NFC", sentence)))


# "Chỉ thị số 35-CT/TW ngày 30/5/2019": the date of a document cited, not of anything the sentence tells
CITED_DATE = re.compile(
    r"\b\d+\s*-\s*[A-ZĐ]{1,5}(?:\s*/\s*[A-ZĐ]{1,6})+,?\s+ngày\s+\d{1,2}(?:\s*[./]\s*\d{1,2}(?:\s*[./]\s*\d{2,4})?"
    r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
)


# a day: "ngày 13", "13/5", "13-5", "13.3", "21/11/2024" (a month and a year, "4/2025", is no day: its
# second number runs on into more digits)
_DAY = re.compile(
    r"\bngày\s+\d{1,2}\b|(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?![\d%])(?!\s*%)",
    re.IGNORECASE,
)


def asks_day(question: str) -> bool:
    """Whether the question asks on which day ("… họp vào ngày nào?"), not when in general ("khi nào")."""
    return bool(lexicon.pattern("day_questions").search(unicodedata.normalize("NFC", question)))


def states_day(sentence: str) -> bool:
    """Whether the sentence states a day ("Chiều 13-5", "ngày 07/8/2025"), not only a month ("trong tháng
    4/2025", "đến đầu tháng 6") or a year, and not the date of a document it cites."""
    return bool(_DAY.search(_YEAR_SPAN.sub(" ", CITED_DATE.sub(" ", unicodedata.normalize("NFC", sentence)))))


def states_time(sentence: str) -> bool:
    """Whether the sentence states a time a "khi nào / ngày nào" question can be answered with: not the
    span of a term ("nhiệm kỳ 2020 - 2025") nor the date of a document it cites."""
    return bool(_TIME.search(_YEAR_SPAN.sub(" ", CITED_DATE.sub(" ", sentence))))


@functools.cache
def _events() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an event noun, an event noun after a word that makes it a destination): app/lexicon/event_nouns.txt,
    event_destination_words.txt."""
    nouns = lexicon.alternation(lexicon.words("event_nouns"))
    before = lexicon.alternation(lexicon.words("event_destination_words"))
    event = lexicon.pattern("event_nouns")
    destination = re.compile(rf"(?<!\w)(?:{before})\s+(?:{nouns})(?!\w)", re.IGNORECASE)
    return event, destination


def asked_event(question: str) -> str | None:
    """The event a "when" question asks the date of, as it names it: "Đại hội Đảng bộ huyện X khai mạc ngày
    nào?" → "đại hội"; None when it names none ("Hướng dẫn được ban hành ngày nào?")."""
    text = unicodedata.normalize("NFC", question)
    if detect_language(text) == "en":  # "When is the … congress scheduled to open?": its Vietnamese name
        text = " ".join(glossary_terms(text))
    event, destination = _events()
    match = event.search(destination.sub(" ", text))
    if match:
        return match.group().lower()
    if has_diacritics(text):
        return None
    # typed without diacritics ("Dai hoi … khai mac ngay nao?"): the noun whose folded form it writes
    folded = {fold(n).lower(): n.lower() for n in lexicon.words("event_nouns")}
    written = " ".join(syllables(text.lower()))
    found = [
        (written.find(f), n) for f, n in folded.items() if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", written)
    ]
    return min(found)[1] if found else None


def states_event(texts: Sequence[str], event: str) -> bool:
    """Whether the texts (a sentence and the lead of its list) speak of the event itself, not only as where
    something goes ("dự thảo … trình đại hội": a meeting on the draft, dated, tells nothing of when the
    congress opens)."""
    _, destination = _events()
    return any(event in destination.sub(" ", unicodedata.normalize("NFC", t)).lower() for t in texts)


# "lần thứ 25", "Đại hội … lần thứ XXV", "khóa XIX", "kỳ họp thứ 12": the one meeting, congress or term asked
_ORDINAL = re.compile(r"\b(?:lần thứ|khóa|khoá|kỳ họp thứ|phiên thứ)\s+(\d{1,3}|[IVXLC]+)\b", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _ordinal_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    values = [_ROMAN_VALUES.get(ch) for ch in token.upper()]
    if None in values:
        return None
    total = 0
    for i, v in enumerate(values):  # a smaller numeral before a larger one is subtracted (IX, XIV)
        total += -v if i + 1 < len(values) and v < values[i + 1] else v  # type: ignore[operator]
    return total


def _ordinals(text: str) -> set[int]:
    return {v for m in _ORDINAL.finditer(text) if (v := _ordinal_value(m.group(1))) is not None}


def states_ordinals(question: str, texts: Sequence[str]) -> bool:
    """Every ordinal the question names ("Hội nghị Tỉnh ủy lần thứ 25") is stated where the answer stands:
    in the sentence, its paragraph, its headings or its document's title (XXV and 25 alike). What is said of
    the 14th congress does not answer a question about the 25th conference."""
    asked = _ordinals(question)
    return not asked or asked <= _ordinals(" ".join(t for t in texts if t))
