"""When / which-document questions, answered from a document's letterhead and its dated sentences.

"Cuộc làm việc diễn ra ngày nào?" is answered with the best passage sentence that states a date; "Hướng dẫn
số 12-HD/TU ban hành ngày nào?" with the date of the document the question names (by its number or title),
quoting its dated letterhead line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from app import lexicon, places
from app.answers.citing import Citing, quoted
from app.answers.coverage import speaks_for
from app.answers.evidence import (
    CITED_DATE,
    asked_event,
    asks_day,
    asks_deadline,
    asks_meeting_date,
    meeting_words_asked,
    states_day,
    states_deadline,
    states_event,
    tells_of_meeting,
)
from app.answers.intent import Intent, Shape
from app.answers.matching import (
    generic_terms,
    question_topic_terms,
    term_coverage,
    topic_terms,
    without_phrases,
)
from app.documents import planted
from app.domain import Answer, Citation, Language, Passage
from app.labels import EN_LEAD, show_date
from app.text import first_date, fold, split_sentences, syllables

# "ngày 12/3", "12/3/2020", "tháng 5", "ngày 9 tháng 7", and a day/month after the part of the day a news
# dateline opens with ("Chiều 18/4, …"): a bare "18/4" may be a ratio, after "chiều" it is a date
_DATE_IN_TEXT = re.compile(
    r"(ngày\s+\d{1,2}(?:\s*[./]\s*\d{1,2})?|\d{1,2}/\d{1,2}/\d{4}|tháng\s+\d{1,2}|\bngày\s+\d{1,2}\s+tháng"
    r"|\b(?:sáng|chiều|trưa|tối|đêm)\s+\d{1,2}/\d{1,2}\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b(\d+\s*[-/]\s*[A-ZĐ]{1,5}(?:\s*/\s*[A-ZĐ]{1,6})*)", re.IGNORECASE)
SIGNATURE_LINES = 3  # position lines above a signer's name quoted with it ("K/T CHÁNH VĂN PHÒNG", …)
DOCUMENT_MATCH = 0.5  # share of a document title's words a question must hold to name that document …
MIN_TITLE_WORDS = 3  # … and at least this many of them (a title's genre words name no document)
# A title this long, held whole by a question, names its document; a shorter one is a phrase a question may
# ask about ("Phạm tội chưa đạt là gì?" of a law article titled "Phạm tội chưa đạt": ALQAC shown MRR@10 0.92)
MIN_EXACT_TITLE_WORDS = 10
DOCUMENT_DATE = {
    Language.VI: "{title} ({number}) đề ngày {date}.",
    Language.EN: "{title} ({number}) is dated {date}.",
}
DOCUMENT_SIGNER = {
    Language.VI: "{title} ({number}) do {signer} ký.",
    Language.EN: "{title} ({number}) was signed by {signer}.",
}
DOCUMENT_AUTHOR = {
    Language.VI: "{title} do {signer} viết.",
    Language.EN: "{title} was written by {signer}.",
}
_WRITTEN = re.compile(r"\b(viết|wrote|written|author|tác giả)\b", re.IGNORECASE)
_SIGNED = re.compile(r"\b(ký|ki|signed|signs|signatory|viết|wrote|written|author|tác giả)\b", re.IGNORECASE)
DOCUMENT_ISSUER = {
    Language.VI: "{title} ({number}) do {issuer} ban hành.",
    Language.EN: "{title} ({number}) was issued by {issuer}.",
}


# Issuer words every body shares ("tỉnh ủy" is in "Ban Tuyên giáo Tỉnh ủy"): naming them names no document.
_GENERIC_ISSUER = frozenset(("tinh", "uy", "hai", "duong", "dang", "bo", "huyen"))
# The question asks when the document itself was issued, not for a date it states.
_ISSUED = re.compile(r"\b(ban hành|đề ngày|ký ngày|ngày ban hành|issued|dated|signed on)\b", re.IGNORECASE)


def stated_date(sentence: str, document_date: str | None) -> str | None:
    """The first date a sentence states, as dd/mm/yyyy ("Ngày 12.3" takes its year from the document)."""
    found = first_date(sentence, int(document_date[:4]) if document_date else None)
    return f"{found[2]:02d}/{found[1]:02d}/{found[0]}" if found else None


def _norm_number(text: str) -> str:
    return re.sub(r"\s+", "", fold(text).lower())


@functools.cache
def _type_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(document-type phrases, genre syllables), folded: read once per process."""
    types = frozenset(" ".join(syllables(fold(t))) for t in lexicon.words("document_types"))
    genre = frozenset(w for g in lexicon.words("genre_words") for w in syllables(fold(g)))
    return types, genre


def _type_phrase(title: str) -> str | None:
    """The document-type words a title opens with ("thông báo kết luận", "kế hoạch"), folded and padded."""
    types, genre = _type_vocabulary()
    words = syllables(fold(title))
    n = 0
    while n < len(words):
        longer = next((k for k in (3, 2, 1) if " ".join(words[n : n + k]) in types), 0)
        if not longer:
            break
        n += longer
    if not n or all(w in genre for w in words[:n]):
        return None  # "báo cáo", "dự thảo" name the report being written as often as a document
    return " " + " ".join(words[:n]) + " "


_NUMBER_TYPE = re.compile(r"\d+\s*-\s*([A-ZĐa-zđ]{1,5})\s*/")


def _number_type(number: str | None) -> str | None:
    """The type a document number names ("Số 215-CV/VPTU" → " cong van "), folded and padded; None for
    a report or a draft (those words name the report being written as often as a document)."""
    found = _NUMBER_TYPE.search(number or "")
    name = lexicon.pairs("document_number_types").get(found.group(1)) if found else None
    if name is None:
        return None
    words = syllables(fold(name))
    if all(w in _type_vocabulary()[1] for w in words):
        return None
    return " " + " ".join(words) + " "


def _document_type(title: str, number: str | None) -> str | None:
    """The type a document is named by: the words its title opens with, else its number's abbreviation
    (a công văn's title is its subject line, "V/v góp ý …")."""
    return _type_phrase(title) or _number_type(number)


def naming_words(doc: dict[str, Any] | None, with_title: bool = False) -> tuple[str, ...]:
    """How a question may name the document (its type, issuer, number; with its title's words when asked):
    those words are not its topic. The title's words count only where the question asks for a date: "Theo
    hướng dẫn xây dựng báo cáo chính trị …, dự thảo gửi trước ngày nào?" asks for a deadline wherever it is
    stated, while "… những đơn vị nào?" may ask about the very words a title holds."""
    if doc is None:
        return ()
    kind = _document_type(doc["title"], doc.get("number"))
    title = doc.get("title") if with_title else None
    return tuple(x for x in (kind, doc.get("issuer"), doc.get("number"), title) if x)


@functools.lru_cache(maxsize=50_000)
def _naming_keys(
    title: str, issuer: str | None, number: str | None
) -> tuple[str, tuple[str, ...], str | None, tuple[str, ...]]:
    """What names a document, folded once per document and process: (its number, its issuer's distinctive
    phrases, the type its title opens with, its title's topic words). A question is then checked against
    every document of a large corpus with string lookups only."""
    phrases = []
    for part in (issuer or "").split(" – "):
        words = [w for w in places.strip(syllables(fold(part))) if w not in _GENERIC_ISSUER]
        if len(words) >= 2:
            phrases.append(" " + " ".join(words) + " ")
    # the words that tell this title from another: not years ("nhiệm kỳ 2020 - 2025" is in every title of a
    # term) nor the words every report and issuer uses
    title_words = tuple(
        t
        for t in topic_terms(title)
        if "_" not in t
        and len(t) > 1
        and not t.isdigit()
        and t not in _GENERIC_ISSUER
        and t not in generic_terms()
    )[:12]
    return _norm_number(number) if number else "", tuple(phrases), _document_type(title, number), title_words


def named_document(question: str, documents: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The document a question names: by its number ("12-HD/TU"), else by most of its title's words."""
    keys = {
        digest: _naming_keys(doc["title"], doc.get("issuer"), doc.get("number"))
        for digest, doc in documents.items()
    }
    asked = {_norm_number(m.group(1)) for m in _NUMBER.finditer(question)}
    if asked:
        for digest, doc in documents.items():
            if keys[digest][0] and any(a and a in keys[digest][0] for a in asked):
                return doc
        # "Hướng dẫn số 27-HD/BTGTU được ban hành ngày nào?" with no document of that number indexed, only a
        # page that reports on it: the number names no document here, and neither does the type before it
        return None
    # "Ai ký Hướng dẫn 27 …?": its type and its number's digits, as other documents cite it
    cited = [doc for doc in documents.values() if (c := citation_pattern(doc)) and c.search(question)]
    if len(cited) == 1:
        return cited[0]
    folded_question = " " + " ".join(syllables(fold(question))) + " "
    # its issuer, when no other document has that issuer ("Ban Tuyên giáo" issues the guidance and the công
    # văn changing it: the issuer then names neither)
    issued = [d for digest, d in documents.items() if any(p in folded_question for p in keys[digest][1])]
    if len(issued) == 1:
        return issued[0]
    # "Theo Thông báo kết luận, …": the one document whose title opens with the type the question names
    typed = [doc for digest, doc in documents.items() if (p := keys[digest][2]) and p in folded_question]
    if len(typed) == 1:
        return typed[0]
    terms = topic_terms(question)
    best, best_cov = None, 0.0
    asked_words = set(folded_question.split())
    for digest, doc in documents.items():
        title_words = keys[digest][3]
        if sum(w in asked_words for w in title_words) < MIN_TITLE_WORDS:
            continue
        cov = term_coverage(list(title_words), question)
        if cov > best_cov:
            best, best_cov = doc, cov
    return best if best_cov >= DOCUMENT_MATCH and terms else None


def unindexed_numbers(question: str, documents: dict[str, dict[str, Any]]) -> set[str]:
    """The document numbers the question names ("46-HD/TU") that no indexed document has, folded."""
    asked = {_norm_number(m.group(1)) for m in _NUMBER.finditer(question)}
    held = [_norm_number(doc["number"]) for doc in documents.values() if doc.get("number")]
    return {a for a in asked if a and not any(a in number for number in held)}


def cites(text: str, numbers: set[str]) -> bool:
    """Whether the text cites one of the (folded) document numbers: "Hướng dẫn số 27-HD/BTGTU ngày …"."""
    return any(_norm_number(m.group(1)) in numbers for m in _NUMBER.finditer(text))


def asks_what_amends(question: str) -> bool:
    """ "Văn bản nào đã sửa … trong Hướng dẫn 38?": a document question with a verb of one document changing
    another asks for the document that changes the one it names."""
    return states_change(question)


def citation_pattern(doc: dict[str, Any]) -> re.Pattern[str] | None:
    """How other documents cite this one: by its number ("38-HD/BTGTU", "38-HD") or by its type and the
    number's digits ("Hướng dẫn số 38", "Hướng dẫn 38"); None when it has no number."""
    number = re.match(r"\s*(?:số\s*)?(\d+)\s*[-/]\s*([A-ZĐ]+)", doc.get("number") or "", re.IGNORECASE)
    if not number:
        return None
    digits, letters = number.groups()
    title = unicodedata.normalize("NFC", doc.get("title") or "").lower()
    types = [t.lower() for t in lexicon.words("document_types") if title.startswith(t.lower())]
    by_type = rf"|(?<!\w)(?:{'|'.join(map(re.escape, types))})\s+(?:số\s+)?{digits}(?!\d)" if types else ""
    return re.compile(rf"(?<![\w/]){digits}\s*-\s*{letters}(?!\w){by_type}", re.IGNORECASE)


def amends(text: str, cited: re.Pattern[str]) -> bool:
    """Whether a sentence of the text cites the document (its citation_pattern) with a verb of changing it
    ("… điều chỉnh một số nội dung tại Hướng dẫn số 38-HD/BTGTU"), not only in passing."""
    if not cited.search(text):  # most chunks cite nothing: no sentence split for them
        return False
    return any(cited.search(s) and lexicon.pattern("amend_words").search(s) for s in split_sentences(text))


def states_change(text: str) -> bool:
    """Whether the text holds a verb of one document changing another (app/lexicon/amend_words.txt: "… được
    điều chỉnh như sau: …", "thay cho …")."""
    return bool(lexicon.pattern("amend_words").search(unicodedata.normalize("NFC", text)))


def names_exactly(question: str, doc: dict[str, Any]) -> bool:
    """True when the question names the document beyond doubt: by its number ("12-HD/TU") or by its whole
    title. Only then may its passages alone answer; a question that merely shares a title's words (every
    guidance on political reports says "hướng dẫn … báo cáo chính trị") is pointed at it, never locked on."""
    number = _norm_number(doc.get("number") or "")
    if number and any(_norm_number(m.group(1)) in number for m in _NUMBER.finditer(question)):
        return True
    title = " ".join(syllables(fold(doc.get("title") or "")))
    asked = " " + " ".join(syllables(fold(question))) + " "
    return len(title.split()) >= MIN_EXACT_TITLE_WORDS and f" {title} " in asked


def _document_answer(question: str, intent: Intent, doc: dict[str, Any]) -> Answer | None:
    letterhead = doc.get("letterhead") or []
    number = doc.get("number") or doc["source"]
    if intent.shape is Shape.WHEN:
        if not doc.get("date"):
            return None
        # the dateline ("Bắc Giang, ngày 07 tháng 5 năm 2025"), not the number line above it ("Số 1148-TB/TU")
        dated = [line for line in letterhead if stated_date(line, doc["date"]) == show_date(doc["date"])]
        years = [line for line in letterhead if re.search(r"ngày|\d{4}", line)]
        quote = next(iter(dated + years), show_date(doc["date"]))
        text = DOCUMENT_DATE[intent.language].format(
            title=doc["title"], number=number, date=show_date(doc["date"])
        )
    elif _SIGNED.search(question):
        if not doc.get("signer"):
            return None
        signer = doc["signer"]
        # the quote is the signature as written ("PHÓ CHÁNH VĂN PHÒNG … Vũ Minh Khánh", "LINH AN"): the
        # signer's position lines above the name, then the name; the answer names the person in ordinary case
        at = next((i for i, line in enumerate(letterhead) if signer.lower() in line.lower()), None)
        quote = signer if at is None else letterhead[at]
        if at is not None:
            above = []
            for line in reversed(letterhead[max(0, at - SIGNATURE_LINES) : at]):
                # "(Đã ký)", "K/T CHÁNH VĂN PHÒNG"; not a news article's dateline ("THỨ NĂM, 12/03/2020")
                if (line.startswith("(") or line.isupper()) and not any(ch.isdigit() for ch in line):
                    above.insert(0, line)
                else:
                    break
            quote = " ".join([*above, quote])
        template = DOCUMENT_AUTHOR if _WRITTEN.search(question) else DOCUMENT_SIGNER
        text = template[intent.language].format(title=doc["title"], number=number, signer=signer)
    else:
        if not doc.get("issuer"):
            return None
        quote = next((line for line in letterhead if doc["issuer"].split(" – ")[0] in line), doc["issuer"])
        text = DOCUMENT_ISSUER[intent.language].format(
            title=doc["title"], number=number, issuer=doc["issuer"]
        )
    if quote.casefold() not in text.casefold():  # the letterhead's own words, as printed
        text = text.rstrip(".") + f": “{quote}”."
    citing = Citing()
    mark = citing.cite(
        doc["source"], lambda n: Citation(n, doc["source"], doc["title"], doc.get("date"), 1, quote, quote)
    )
    return citing.answer(question, f"{quoted(text)} {mark}", (), intent.language)


def fact_answer(
    question: str,
    intent: Intent,
    passages: Sequence[Passage],
    documents: dict[str, dict[str, Any]],
    doc: dict[str, Any] | None = None,
    exact: bool = False,
) -> Answer | None:
    """The answer to a when / which-document question, or None to let the narrow answer try. `doc`: the
    document the question seems to name (named_document), when known; `exact`: named by its number or whole
    title (names_exactly), when a date it states is looked for in its passages only."""
    if doc is None and intent.shape is Shape.DOCUMENT and _SIGNED.search(question) and passages:
        # "Ai viết bài về …?": the document the question is about is the one its best passage comes from
        doc = next((d for d in documents.values() if d["source"] == passages[0].chunk.source), None)
    if doc is not None and (intent.shape is not Shape.WHEN or _ISSUED.search(question)):
        answer = _document_answer(question, intent, doc)
        if answer is not None:
            return replace(answer, passages=tuple(passages))
    if intent.shape is not Shape.WHEN:
        return None
    terms = [
        t
        for t in without_phrases(question_topic_terms(question), naming_words(doc, with_title=True))
        if t not in {"ngay", "dien", "ra"}
    ]
    if doc is not None and exact:  # a date the named document states: its passages only
        passages = [p for p in passages if p.chunk.source == doc["source"]] or passages
    deadline = asks_deadline(question)
    day = not deadline and asks_day(question)  # as the narrow answer asks it (answerer.Answerer.answer)
    # "Ban Thường vụ họp góp ý dự thảo của X vào ngày nào?": the day of a meeting; "họp", "góp ý" say which
    meeting = asks_meeting_date(question)
    # a sentence dating a meeting tells of it in its own words: the question's ones count as held
    asked_acts = meeting_words_asked(question) if meeting else ""
    event = asked_event(question)
    best: tuple[float, Passage, str, float] | None = None
    for p in passages:
        # a line of its own ends a sentence here: a page's "Ngày đăng: 13/09/2024 15:42" above its lead
        # would otherwise date what the lead tells
        lines = p.chunk.text.split("\n")
        for sentence in (s for line in lines for s in split_sentences(line)):
            if not _DATE_IN_TEXT.search(CITED_DATE.sub(" ", sentence)) or planted.is_planted(sentence):
                continue
            if deadline and not states_deadline(sentence):
                continue  # "trước ngày nào?" is not answered with the day a meeting was held
            if meeting and not tells_of_meeting(sentence):
                continue  # nor the day a meeting was held with a deadline
            if day and not states_day(sentence):
                continue  # "vào ngày nào?" is not answered by "từ nay đến đầu tháng 6"
            if event and not states_event([sentence, p.lead], event):
                continue  # "Đại hội … khai mạc ngày nào?" is not dated by a meeting on the draft for it
            # "Kim Bảng khai mạc ngày nào?" is not answered by the date of Lý Nhân's congress
            if not speaks_for(p, places.find(sentence), intent.districts):
                continue
            coverage = term_coverage(terms, f"{sentence} {asked_acts}")
            score = coverage + 0.1 * max(p.score, 0.0)
            if best is None or score > best[0]:
                best = (score, p, sentence, coverage)
    if best is None or (terms and best[3] < 0.5):
        return None
    _, passage, sentence, _ = best
    chunk = passage.chunk
    when = stated_date(CITED_DATE.sub(" ", sentence), chunk.date)
    lead = (f"Ngày {when}: " if intent.language == Language.VI else f"Date {when}: ") if when else ""
    citing = Citing()
    mark = citing.cite(chunk.id, lambda n: Citation.of_chunk(n, chunk, sentence))
    body = f"{lead}{quoted(sentence)} {mark}"
    if intent.language == Language.EN and not lead:
        body = f"{EN_LEAD} {body}"
    return citing.answer(question, body, passages, intent.language)
