"""Question words against text: a question's topic terms and how much of them a text holds.

One owner for the rule used by answers, catalogue lists and reviews alike: topic terms are the folded
content syllables of a question and their adjacent pairs, without question words, genre words or district
names; coverage averages the share of words and the share of pairs found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from app import lexicon, places
from app.text import (
    EN_VI_GLOSSARY,
    detect_language,
    fold,
    glossary_terms,
    has_diacritics,
    syllables,
    with_bigrams,
)

# Words that carry no topic: question words (politeness, glue) and the genre itself. Folded, so they match
# either way. A phrase of the lists ("nội dung", "báo cáo chính trị") is removed whole (STOP_PHRASES): its
# syllables alone are words of topics ("dung lượng", "xây dựng", "nâng cao", "văn hóa", "chính sách").
_STOP_WRITTEN = (*lexicon.words("question_words"), *lexicon.words("genre_words"))
_STOP_ENTRIES = [syllables(fold(w)) for w in _STOP_WRITTEN]
STOPWORDS = {entry[0] for entry in _STOP_ENTRIES if len(entry) == 1}
# the same words as written: typed with diacritics, "đô thị" is no "do" (because) and no "thì" (then)
_ACCENTED_STOPWORDS = {w.lower() for w in _STOP_WRITTEN if len(w.split()) == 1}
STOP_PHRASES = [entry for entry in _STOP_ENTRIES if len(entry) > 1]


_YEAR = re.compile(r"(?:19|20)\d{2}")
_WHEN_PHRASES = [syllables(fold(p)) for p in lexicon.words("when_words")]


def topic_terms(text: str, removed: Sequence[list[str]] = ()) -> list[str]:
    """Folded content words of a question: syllables and the bigrams of adjacent ones ("giao_thong"),
    without question words or district names, nor the `removed` phrases (folded syllables), each whole.

    An English question's topic words are the Vietnamese equivalents of its policy words (the documents are
    Vietnamese); with none known, its own words stand in, and will not be found in Vietnamese text.
    """
    if detect_language(text) == "en":
        phrases = glossary_terms(text) or [" ".join(w for w in syllables(text) if w not in EN_VI_GLOSSARY)]
    else:
        phrases = [text]
    # a place outside the gazetteer ("Tỉnh ủy Bắc Giang") scopes the question, like a district, and the
    # words asking when ("vào ngày", "khi nào") ask for a date: neither is what a sentence must be about
    not_topic = [syllables(fold(name)) for name in places.named_by_form(text)] + _WHEN_PHRASES + STOP_PHRASES
    not_topic += list(removed)
    terms: list[str] = []
    for phrase in phrases:
        words = _without_sequences(places.strip(syllables(fold(phrase))), not_topic)
        # folded stopwords the question writes as content words ("đô thị": "do", "thi"); a place's name is
        # no content word ("Chợ Mới" does not make "cho" one)
        written = places.strip(syllables(phrase.lower()))
        content_as_written = {fold(w) for w in written if has_diacritics(w) and w not in _ACCENTED_STOPWORDS}
        stop = STOPWORDS - content_as_written
        # a year is checked on its own (evidence.states_years): as a topic word, "nhiệm kỳ 2025 - 2030"
        # would outweigh what is asked in every paragraph that does not repeat the term
        content = [w if w not in stop and not _YEAR.fullmatch(w) else None for w in words]
        terms.extend(w for w in content if w)
        terms.extend(f"{x}_{y}" for x, y in zip(content, content[1:], strict=False) if x and y)
    return list(dict.fromkeys(terms))


def _without_sequences(words: list[str], sequences: Sequence[list[str]]) -> list[str]:
    """The words with every whole occurrence of each sequence removed ("bac giang" from "… tinh uy bac
    giang hop …"), the longest first."""
    for seq in sorted((q for q in sequences if q), key=len, reverse=True):
        n = len(seq)
        i, kept = 0, []
        while i < len(words):
            if words[i : i + n] == seq:
                i += n
            else:
                kept.append(words[i])
                i += 1
        words = kept
    return words


# "(không kể phụ lục)": the words left out, up to the end of the bracket or clause
_EXCLUDED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(fold(w).lower()) for w in lexicon.words("exclusion_words"))
    + r")(?!\w)[^().,;:]*"
)


def left_out(text: str) -> list[str]:
    """The folded syllables of what the text leaves out ("không quá 30 trang (không kể phụ lục)" → "phu
    luc")."""
    return [w for m in _EXCLUDED.finditer(fold(text).lower()) for w in syllables(m.group())[2:]]


def term_coverage(terms: Sequence[str], text: str) -> float:
    """How much of the question's topic the text holds: the share of its words and the share of its word
    pairs, averaged (pairs tell "chuyển đổi số" from "điều chuyển … một số"). Words the text leaves out
    ("không kể phụ lục") are not held."""
    words = [t for t in terms if "_" not in t]
    pairs = [t for t in terms if "_" in t]
    if not words:
        return 0.0
    held = _EXCLUDED.sub(" ", fold(text).lower())
    present_words = places.strip(syllables(held))  # "ngân sách" is not in "Nam Sách"
    present = set(present_words)
    word_share = sum(t in present for t in words) / len(words)
    if not pairs:
        return word_share
    present_pairs = {f"{x}_{y}" for x, y in zip(present_words, present_words[1:], strict=False)}
    return (word_share + sum(t in present_pairs for t in pairs) / len(pairs)) / 2


# Words of a question asking for the whole list of requirements ("cần đề cập những gì", "tóm tắt ý kiến"):
# they say what kind of answer is wanted, not what it is about. A phrase of them is removed whole
# (LIST_QUESTION_PHRASES): alone, its syllables are words of topics ("thông" of "thông báo" in "giao thông",
# "vụ" of "ban thường vụ" in "nhiệm vụ"); a one-syllable entry is removed wherever it stands.
_LIST_QUESTION_ENTRIES = [
    syllables(fold(w).lower())
    for name in (
        "report_question_verbs",
        "revision_verbs",
        "summary_words",
        "report_topic_filler",
        "which_words",
        "document_types",
    )
    for w in lexicon.words(name)
]
LIST_QUESTION_WORDS = frozenset(entry[0] for entry in _LIST_QUESTION_ENTRIES if len(entry) == 1)
LIST_QUESTION_PHRASES = [entry for entry in _LIST_QUESTION_ENTRIES if len(entry) > 1]


@functools.cache
def generic_terms() -> frozenset[str]:
    """The words every report uses (app/lexicon/generic_report_words.txt), folded, as topic terms: syllables
    and pairs ("nhiem", "nhiem_ky"). They name no document and no heading."""
    return frozenset(
        t for phrase in lexicon.words("generic_report_words") for t in with_bigrams(syllables(fold(phrase)))
    )


# "Góp ý dự thảo … 4 huyện: chỉ tiêu … là bao nhiêu?": a leading context (a page's or document's title,
# copied to say where to look) and, after its colon, what is asked
_CONTEXT_THEN_QUESTION = re.compile(r"^(?P<context>[^:?]{12,}):\s+(?P<asked>[^:]+\?)\s*$")


def asked_part(question: str) -> str:
    """What a question asks about: the part after a leading context that ends in a colon, else without a
    clause naming its source (without_source_clause), else the whole. The context says where to look; its
    words are no topic a sentence must hold: a meeting report's opening sentence shares every word of its
    title and answers nothing asked."""
    match = _CONTEXT_THEN_QUESTION.match(question.strip())
    return match.group("asked") if match else without_source_clause(question)


@functools.cache
def _source_clause_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """(the folded openers, the folded source nouns: syllables and pairs) of a source clause."""
    openers = tuple(" ".join(syllables(fold(w))) for w in lexicon.words("source_clause_openers"))
    nouns = [
        syllables(fold(w))
        for name in ("document_types", "document_nouns", "source_words")
        for w in lexicon.words(name)
    ]
    return openers, frozenset(" ".join(n) for n in nouns)


def _names_source(clause: str) -> bool:
    """Whether a clause holds a noun naming a source ("hướng dẫn", "thông báo kết luận", "bài viết")."""
    words = syllables(fold(clause))
    _, nouns = _source_clause_words()
    return any(" ".join(words[i : i + n]) in nouns for n in (1, 2, 3) for i in range(len(words) - n + 1))


@functools.cache
def _unit_words() -> re.Pattern[str]:
    units = sorted({w.lower() for w in lexicon.words("administrative_units")}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(u) for u in units) + r")(?!\w)", re.IGNORECASE)


# a part of the question between two commas goes on a source clause when this share of its words is in the
# title of one document: "Theo Hướng dẫn nội dung, hình thức báo cáo chính trị …, báo cáo … bao nhiêu trang?"
TITLE_PART_SHARE = 0.8


@functools.lru_cache(maxsize=100_000)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(syllables(fold(title)))


def _clause_comma(text: str, titles: Iterable[str] = ()) -> int:
    """Where a leading source clause ends: its first comma followed neither by a unit word (a title's "đảng
    bộ huyện, thành phố nhiệm kỳ …" goes on) nor by a part that is a document's title's (TITLE_PART_SHARE)
    with another comma after it; -1 with none."""
    commas = [m.start() for m in re.finditer(",", text)]
    titles = tuple(titles)
    for i, comma in enumerate(commas):
        if _unit_words().match(text, comma + 1):
            continue
        if i + 1 < len(commas):
            # the years a question adds ("… nhiệm kỳ 2025 - 2030") are no words a title must hold
            part = [w for w in syllables(fold(text[comma + 1 : commas[i + 1]])) if not w.isdigit()]
            if part and any(
                sum(w in _title_words(t) for w in part) >= TITLE_PART_SHARE * len(part) for t in titles
            ):
                continue
        return comma
    return -1


def _only_names(text: str) -> bool:
    """Whether a text is a list of names only ("Quảng Xương, Nông Cống"): each word capitalised."""
    words = text.replace(",", " ").split()
    return bool(words) and all(w[:1].isupper() for w in words)


# what is asked must still be a question of its own once the clause naming the source is left out
MIN_ASKED_SYLLABLES = 4


def without_source_clause(question: str, titles: Iterable[str] = ()) -> str:
    """The question without a clause naming where the answer is said: a leading "Theo Hướng dẫn 07-HD/…, "
    ("… thì" ends it when the clause lists places: "Theo thông báo gửi Hoằng Hóa, Quảng Xương thì …") or a
    trailing ", according to the portal article". The clause names a document; its title's words ("nội
    dung, hình thức báo cáo chính trị trình đại hội …") would make the document's title and opening the
    best match of every question that cites it, whatever it asks. `titles`: the indexed documents' titles,
    whose commas a clause quoting one goes on over. The whole question when there is none."""
    text = question.strip()
    openers, _ = _source_clause_words()
    folded = " ".join(syllables(fold(text)))
    opener = next((o for o in openers if folded.startswith(o + " ")), None)
    if opener is not None:
        then = re.search(r"\s+thì\s+", text, flags=re.IGNORECASE)
        comma = _clause_comma(text, titles)
        # the clause ends at "thì" when no comma comes before it but those of a list of names
        if then is not None and (
            comma < 0 or comma > then.start() or _only_names(text[comma + 1 : then.start()])
        ):
            clause, asked = text[: then.start()], text[then.end() :]
        elif comma > 0:
            clause, asked = text[:comma], text[comma + 1 :]
        else:
            return question
        if _names_source(clause) and len(syllables(asked)) >= MIN_ASKED_SYLLABLES:
            return asked.strip()
        return question
    match = re.search(r",\s*(?P<clause>[^,?]+)\?\s*$", text)
    if match:
        clause = " ".join(syllables(fold(match.group("clause"))))
        if any(clause.startswith(o + " ") for o in openers) and _names_source(match.group("clause")):
            asked = text[: match.start()] + "?"
            if len(syllables(asked)) >= MIN_ASKED_SYLLABLES:
                return asked
    return question


def question_topic_terms(question: str) -> list[str]:
    """topic_terms of what the question asks (asked_part)."""
    return topic_terms(asked_part(question))


def without_phrases(terms: Sequence[str], phrases: Sequence[str]) -> list[str]:
    """Topic terms without those that name something else, e.g. the document a question cites."""
    named = {w for p in phrases for w in syllables(fold(p))}
    return [t for t in terms if not all(part in named for part in t.split("_"))]


@functools.cache
def _counted_units() -> re.Pattern[str]:
    """ "ba huyện", "cả hai dự thảo", "hai đơn vị": a number word counting the districts or drafts asked
    about, with its diacritics (folded, "tư" would be "đầu tư")."""
    numbers = "|".join(re.escape(w.lower()) for w in lexicon.words("number_words"))
    units = "|".join(
        re.escape(w.lower()) for w in (*lexicon.words("district_unit_nouns"), *lexicon.words("draft_words"))
    )
    return re.compile(rf"(?<!\w)(?:cả\s+)?({numbers})\s+(?:{units})(?!\w)|(?<!\w)cả\s+({numbers})(?!\w)")


def list_topic_terms(text: str) -> list[str]:
    """Topic terms of a question asking for a list: without the words that ask for a list, numbers (the
    term "2020 - 2025" is context), the count of the districts asked about ("ba huyện") and single letters."""
    asked = asked_part(text)
    counts = {fold(g) for m in _counted_units().finditer(asked.lower()) for g in m.groups() if g}
    return [
        t
        for t in topic_terms(asked, LIST_QUESTION_PHRASES)
        if t not in counts
        and not any(part in LIST_QUESTION_WORDS or len(part) < 2 or part.isdigit() for part in t.split("_"))
    ]
