"""Guidance chunks → Requirements: the directives the province gives district reports, atomic where useful.

A sentence is a directive when it holds a cue ("cần", "phải", "yêu cầu", "lưu ý", "ưu tiên", …). Its lead-in
(who speaks, whom it addresses) is dropped, a topic ("Về công tác xây dựng Đảng, …") or a subject that
carries content ("Việc xác định các nhiệm vụ … cần …") is kept, and the body is cut into atomic points
(points.py). The scope is the district(s) the sentence addresses: all of them when it speaks generally or sits
in a paragraph about none; a sentence naming several districts addresses each of them (four named districts
are not a fifth's requirement).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from app import lexicon, places
from app.catalogue.cues import (
    CUE_PATTERNS,
    body_start,
    find_cues,
    leads_items,
    negated,
)
from app.catalogue.learned import Judge, Unit
from app.catalogue.points import (
    ADDRESSEE_PHRASES,
    MIN_POINT_SYLLABLES,
    capitalize,
    content_syllables,
    cut_points,
    key_terms,
    opens_action,
    starts_with,
)
from app.catalogue.themes import classify
from app.documents import planted
from app.documents.structure import strip_marker
from app.domain import SECTION_SEPARATOR, BlockKind, Chunk, DocType, Requirement
from app.text import fold, split_sentences, syllables

# Bump when extraction changes: the next index build extracts every guidance document again.
CATALOGUE_VERSION = 11  # 11: the districts a requirement's document opens with (for_districts)
# 10: an item's subject is its words before the modal; 9: a long document never
# naming the report holds none; neighbours, decimal commas
# 8: a learned signal moves the rules' decision (learned.py); bump on a refit too


# What a document is for: the districts its title and opening (letterhead, headline, dateline, lead: its
# first chunks, at most this many characters) name outside its requirements. A conclusion notice or a
# meeting's report names there the drafts it reviews ("… làm việc với Ban Thường vụ các Huyện ủy Tứ Kỳ, …");
# guidance written for every district names a district, if at all, in an item asking something of it
# ("Riêng huyện Kim Thành cần …"), which says whom that item asks, not whom the document is for.
OPENING_CHUNKS = 3
OPENING_CHARS = 800


def addressed_districts(chunks: Sequence[Chunk], quotes: Iterable[str]) -> tuple[str, ...]:
    """The districts a document is for (its chunks in order; the quotes of its requirements): those its
    title and opening name, its requirements' own words left out."""
    if not chunks:
        return ()
    opening = "\n".join(c.text for c in chunks[:OPENING_CHUNKS])
    for quote in quotes:
        opening = opening.replace(quote, " ")
    return places.find(f"{chunks[0].title}\n{opening[:OPENING_CHARS]}")


# Items that cite a basis or list recipients, not ask anything ("Căn cứ Điều lệ Đảng", "Nơi nhận").
NOT_REQUIREMENT_STARTS = lexicon.words("not_requirement_starts")
# a guidance document this long that never names the report, its draft or the congress holds no requirement
MIN_OFF_TOPIC_WORDS = 250
ITEM_SUBJECT_WORDS = 10  # a district named within an item's first words is whom the item addresses
MAX_SUBJECT_WORDS = 20  # … or within its words before its modal ("… cần"), up to this many
MAX_ITEM_LEAD_WORDS = 14
# "1. Về kinh tế:" only leads the items under it; a longer item ending in ":" asks something itself
MAX_LEAD_SYLLABLES = 8  # "Huyện Bình Giang và huyện Cẩm Giàng: …": a longer text before ':' is a sentence


_TOPIC = re.compile(r"^(về|đối với|riêng|với)\s+", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(về|đối với|riêng|với)\s+[^,:]{1,80}[,:]\s*", re.IGNORECASE)


def _district_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The districts the text names, as syllable sequences (without "TP"/"TX", which stay as content)."""
    return tuple(tuple(syllables(re.sub(r"^(TP|TX) ", "", name))) for name in places.find(text))


_SPEECH = re.compile(r"(?<!\w)(phát biểu|kết luận|hoan nghênh|ghi nhận|đánh giá cao)(?!\w)", re.IGNORECASE)


def _lead_context(lead: str) -> tuple[list[str], str | None]:
    """The parts of a lead-in worth keeping: topics ("Về X, …") and a subject that carries content
    ("Việc xác định các nhiệm vụ … cần"). Who speaks, whom it addresses and praise are dropped."""
    segments = [seg.strip() for seg in lead.split(",")]
    subject_from = 0
    for i, seg in enumerate(segments):
        reported = list(CUE_PATTERNS["report"].finditer(seg))
        if reported:  # "đồng chí yêu cầu mỗi huyện": the subject follows the reporting verb
            segments[i] = seg[reported[-1].end() :].strip()
            subject_from = i
        elif _SPEECH.search(seg):
            subject_from = i + 1
    names = _district_names(lead)
    topics: list[str] = []
    subject_parts: list[str] = []
    for i, seg in enumerate(segments):
        topic = _TOPIC.match(seg)
        if topic:
            if content_syllables(seg[topic.end() :], names):
                topics.append(seg[topic.end() :].strip())
        elif i >= subject_from and seg:
            subject_parts.append(seg)
    subject = ", ".join(subject_parts)
    return topics, subject if content_syllables(subject, names) else None


def _scope(lead: str, body: str, chunk_districts: Sequence[str], addressed: str = "") -> tuple[str, ...]:
    """The districts a directive is addressed to; () means every district. `addressed`: whom the words
    just after the cue name ("đề nghị dự thảo của Tiền Hải đánh giá …": "dự thảo của Tiền Hải")."""
    named = places.about(lead)  # not a neighbour it names ("giáp ranh với huyện Lục Nam, Sơn Động cần …")
    if places.speaks_generally(lead) and not named:
        return ()  # "các huyện cần …"; "các huyện A, B và C cần …" names whom it means
    if not named:
        # "… đề nghị dự thảo của Tiền Hải …": the district right after the cue is whom it asks, though the
        # paragraph also names its neighbours ("giáp huyện Thái Thụy")
        named = places.find(addressed)
    if not named:
        # a district named only in the body is an object ("vệ tinh của TP Hải Dương"), not the addressee
        objects = set(places.find(body))
        named = tuple(d for d in chunk_districts if d not in objects) or tuple(chunk_districts[:1])
    # the districts a directive names are whom it addresses, however many: "Các huyện A, B, C và D cần …"
    # is no requirement of a fifth
    return tuple(named)


# "các", "mỗi", "từng" before whom, "của" between ("dự thảo của Tiền Hải")
_ADDRESSEE_WORDS = tuple(tuple(p.split()) for p in ADDRESSEE_PHRASES) + (
    ("các",),
    ("mỗi",),
    ("từng",),
    ("của",),
)


def _strip_addressee(body: str) -> str:
    """ "huyện Kim Thành rà soát …" (after "lưu ý") → "rà soát …": whom it is addressed to is the scope."""
    words = list(re.finditer(r"\w+", body))
    lowered = [w.group().lower() for w in words]
    phrases = sorted((*_ADDRESSEE_WORDS, *_district_names(body)), key=len, reverse=True)
    i = 0
    while i < len(words):
        step = next((len(p) for p in phrases if tuple(lowered[i : i + len(p)]) == p), 0)
        if not step:
            break
        i += step
    return body[words[i].start() :] if 0 < i < len(words) else body


def _paragraph_texts(chunk: Chunk) -> list[tuple[int, str]]:
    lines = [line for line in chunk.text.split("\n") if line.strip()]
    if chunk.paragraph_end > chunk.paragraph and len(lines) == chunk.paragraph_end - chunk.paragraph + 1:
        return [(chunk.paragraph + i, line) for i, line in enumerate(lines)]
    return [(chunk.paragraph, " ".join(lines))]


def _sentence_requirements(chunk: Chunk, sentence: str) -> list[tuple[str, tuple[str, ...], str]]:
    cues = find_cues(sentence)
    if not cues:
        return []
    lead_end, body_from = body_start(sentence, cues)
    lead, asked = sentence[:lead_end].strip(" ,"), sentence[body_from:].strip(" ,")
    body = _strip_addressee(asked)
    addressed = asked[: len(asked) - len(body)]  # "dự thảo của Tiền Hải ", "huyện Kim Thành "
    if len(syllables(body)) < MIN_POINT_SYLLABLES or body.endswith("?"):
        return []
    scope = _scope(lead, body, chunk.districts, addressed)
    topics, subject = _lead_context(lead)
    points = cut_points(body)
    out = []
    for i, point in enumerate(points):
        if i == 0 and subject:
            # the subject is part of what is asked: quote it with its cue as written
            start = sentence.index(subject) if subject in sentence else lead_end
            text = f"{sentence[start:body_from].strip()} {point}"
        else:
            text = point
        topic = topics[-1] if topics else ""
        if topic:
            text = f"Về {topic}: {text}"
        out.append((capitalize(text.strip()), scope, topic))
    return out


def _item_requirements(text: str, chunk: Chunk) -> list[tuple[str, tuple[str, ...], str, str]]:
    """A guidance item ("b) Xác định từ 2 đến 3 khâu đột phá…", "1. Thành phố Chí Linh: làm rõ …") is a
    requirement as a whole, cue word or not: (text, scope, topic, quote) per sentence. A lead naming
    districts before a colon scopes the item to them; an item under a district's heading inherits it."""
    body = strip_marker(text).strip()
    lead_only = body.endswith(":") and len(syllables(body)) <= MAX_LEAD_SYLLABLES
    if not body or lead_only or starts_with(body, NOT_REQUIREMENT_STARTS):
        return []  # a bare lead of the items below it (it is in their section path), or a legal basis
    lead, sep, rest = body.partition(":")
    named = places.find(lead) if sep and len(lead.split()) <= MAX_ITEM_LEAD_WORDS else ()
    topic = ""
    if named:
        scope, body = named, rest.strip()
    elif chunk.inherited and chunk.districts:
        scope = tuple(chunk.districts)  # under a district's heading
    else:
        # "2. Xác định mục tiêu xây dựng thị xã Kinh Môn trở thành …": a district named early in the item is
        # whom it addresses, however many; one named late ("… kết nối với TP Hải Dương") is an object
        # "Hai huyện thuộc vùng Tứ giác Long Xuyên là Tri Tôn và Thoại Sơn cần …": its subject, before the
        # modal, however long
        subject = CUE_PATTERNS["modal"].split(body, maxsplit=1)
        words = body.split()[:ITEM_SUBJECT_WORDS]
        if len(subject) > 1 and len(subject[0].split()) <= MAX_SUBJECT_WORDS:
            words = subject[0].split()
        scope = places.find(" ".join(words))
        if sep and len(lead.split()) <= MAX_ITEM_LEAD_WORDS and rest.strip():
            topic = _TOPIC.sub("", lead).strip()  # "Về văn hóa - xã hội: …" keeps its topic
    out = []
    for sentence in split_sentences(body) or [body]:
        if len(syllables(sentence)) < MIN_POINT_SYLLABLES:
            continue
        point = capitalize(sentence.strip().rstrip(";,. "))
        shown = f"Về {topic}: {point[:1].lower() + point[1:]}" if topic else point
        out.append((shown, scope, topic, sentence if len(split_sentences(body)) > 1 else text))
    return out


def _imperative(sentence: str) -> bool:
    """A sentence of guidance that starts with an action verb ("Làm rõ …", "Xác định …") tells what to do."""
    return opens_action(_TOPIC_LEAD.sub("", sentence))


Row = tuple[str, tuple[str, ...], str, str]  # (point, scope, topic, quote)


@dataclass(frozen=True)
class Candidate:
    """A sentence the catalogue decides on, with the requirements the rules make of it (none: passed over)."""

    chunk: Chunk
    paragraph: int
    rows: list[Row]
    unit: Unit


def _speaks_of_the_report(text: str) -> bool:
    return bool(lexicon.pattern("report_subject_words").search(unicodedata.normalize("NFC", text)))


def candidates(chunks: Iterable[Chunk]) -> list[Candidate]:
    """Every guidance sentence the catalogue decides on, in document order: each item (its sentences when it
    has several), each sentence of running text; with the rules' requirements of it.

    Items are requirements whole; in running text a sentence is one when it holds a cue or starts with an
    action verb, and is cut into atomic points. A negated directive, a lead of the items after it or a
    planted instruction is none, and cannot become one."""
    chunks = [c for c in chunks if c.doc_type == DocType.GUIDANCE]
    # a long document that never names the report, its draft or the congress is about something else (a
    # festival article saved among the guidance); a short note may be guidance without naming them
    words: dict[str, int] = {}
    on_the_report: set[str] = set()
    for c in chunks:
        words[c.doc_hash] = words.get(c.doc_hash, 0) + len(c.text.split())
        if _speaks_of_the_report(f"{c.title} {c.text}"):
            on_the_report.add(c.doc_hash)
    chunks = [c for c in chunks if c.doc_hash in on_the_report or words[c.doc_hash] < MIN_OFF_TOPIC_WORDS]
    last: dict[str, int] = {}
    for chunk in chunks:
        last[chunk.doc_hash] = max(last.get(chunk.doc_hash, 1), chunk.paragraph_end)
    out: list[Candidate] = []
    for chunk in chunks:
        section = tuple(part for part in chunk.section.split(SECTION_SEPARATOR) if part)
        for paragraph, text in _paragraph_texts(chunk):
            if text.strip() == chunk.title.strip():
                continue  # a title names the subject (a headline sums up the body): the body says what to do
            position = (paragraph - 1) / max(last[chunk.doc_hash] - 1, 1)
            item = chunk.kind == BlockKind.ITEM.value and paragraph == chunk.paragraph
            quotes: dict[str, list[Row]] = {}
            if item:
                for point, scope, topic, quote in _item_requirements(text, chunk):
                    quotes.setdefault(quote, []).append((point, scope, topic, quote))
                quotes = quotes or {text: []}
            else:
                for sentence in split_sentences(text):
                    extracted = _sentence_requirements(chunk, sentence)
                    if not extracted and _imperative(sentence) and section:
                        extracted = _sentence_requirements(chunk, "Cần " + sentence)
                    quotes[sentence] = [(point, scope, topic, sentence) for point, scope, topic in extracted]
            for quote, found in quotes.items():
                # "system: báo cáo cần …" is written to steer an assistant, not asked of a district; "… không
                # cần trình bày …" says what a report need not hold; "… những nội dung sau:" leads the items
                # after it, which are the requirements
                rows = [row for row in found if not _ruled_out(quote, row[0])]
                # passed over, not ruled out: the learned signal may admit it (a question asks nothing)
                admissible = not (found or item or _ruled_out(quote, quote) or quote.rstrip().endswith("?"))
                long_enough = len(syllables(quote)) >= MIN_POINT_SYLLABLES
                unit = Unit(quote, item, position, rule=bool(rows), admissible=admissible and long_enough)
                out.append(Candidate(chunk, paragraph, rows, unit))
    return out


def _ruled_out(quote: str, point: str) -> bool:
    return planted.is_planted(quote) or negated(quote, point) or leads_items(quote, point)


def _admitted(candidate: Candidate) -> list[Row]:
    """A sentence the rules passed over and the model admits ("Báo cáo có dung lượng từ 20 đến 25 trang"):
    one requirement, the sentence whole, addressed to the districts its first words name, else to those of
    its paragraph."""
    sentence = candidate.unit.text
    scope = places.find(" ".join(sentence.split()[:ITEM_SUBJECT_WORDS])) or tuple(candidate.chunk.districts)
    return [(capitalize(sentence.strip().rstrip(";,. ")), scope, "", sentence)]


def extract_requirements(chunks: Iterable[Chunk], judge: Judge | None = None) -> list[Requirement]:
    """The requirements stated by the guidance chunks, in document order, near-duplicates removed: the
    rules' decision on each candidate sentence, moved by the judge's learned signal if any (learned.py)."""
    found: list[Requirement] = []
    chunks = list(chunks)
    chosen = candidates(chunks)
    kept = judge.keep([c.unit for c in chosen]) if judge is not None else [c.unit.rule for c in chosen]
    for candidate, keep in zip(chosen, kept, strict=True):
        if not keep:
            continue
        chunk, paragraph = candidate.chunk, candidate.paragraph
        section = tuple(part for part in chunk.section.split(SECTION_SEPARATOR) if part)
        for point, scope, topic, quote in candidate.rows or _admitted(candidate):
            digest = hashlib.sha1(f"{chunk.doc_hash}|{paragraph}|{point}".encode()).hexdigest()[:12]
            found.append(
                Requirement(
                    id=digest,
                    text=point,
                    quote=quote,
                    source=chunk.source,
                    title=chunk.title,
                    date=chunk.date,
                    paragraph=paragraph,
                    districts=scope,
                    key_terms=key_terms(point, scope),
                    topic=topic,
                    theme=classify(point, section),
                    section=chunk.section,
                    page=chunk.page,
                    doc_hash=chunk.doc_hash,
                )
            )
    return _dedupe(_with_addressees(found, chunks))


def _with_addressees(requirements: list[Requirement], chunks: list[Chunk]) -> list[Requirement]:
    """The requirements, each with the districts its document is for (addressed_districts)."""
    by_document: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_document.setdefault(chunk.doc_hash, []).append(chunk)
    quotes: dict[str, dict[str, None]] = {}
    for r in requirements:
        quotes.setdefault(r.doc_hash, {})[r.quote] = None
    addressed = {digest: addressed_districts(by_document.get(digest, []), q) for digest, q in quotes.items()}
    return [replace(r, for_districts=addressed[r.doc_hash]) for r in requirements]


def _term_set(requirement: Requirement) -> frozenset[str]:
    return frozenset(fold(s) for term in requirement.key_terms for s in term.split())


def _dedupe(requirements: list[Requirement]) -> list[Requirement]:
    """Drop a requirement whose key terms another one, addressed to the same districts or more, already
    covers (a lead repeats the body, naming the districts the body speaks to generally; a title repeats a
    sentence). Ties keep the broader scope, then the first."""
    keep: list[Requirement] = []
    for i, r in enumerate(requirements):
        terms = _term_set(r)
        if not terms:
            continue
        covered = False
        for j, other in enumerate(requirements):
            if i == j or not _scope_covers(other.districts, r.districts):
                continue
            others = _term_set(other)
            broader = other.districts != r.districts
            if terms < others or (terms == others and (broader or j < i)):
                covered = True
                break
        if not covered:
            keep.append(r)
    return keep


def _scope_covers(wide: Sequence[str], narrow: Sequence[str]) -> bool:
    """True when a requirement addressed to `wide` (() = every district) applies to all of `narrow`."""
    return not wide or bool(narrow) and set(narrow) <= set(wide)


def applies_to(r: Requirement, district: str) -> bool:
    """Whether a requirement applies to the district: one scoped to districts, to those; one scoped to none,
    to the districts its document opens with (a notice on three districts' drafts), or to every district
    when it opens with none (a province's guidance)."""
    if r.districts:
        return district in r.districts
    return not r.for_districts or district in r.for_districts


def applicable(requirements: Iterable[Requirement], district: str | None) -> list[Requirement]:
    """What a district's draft is checked against (the review, the outline): its own requirements and the
    general ones of every document, those of notices on other districts' drafts too (advice given at one
    meeting is guidance for all, and the review's labels expect it); the general ones for no district.
    Asked what the guidance says to a district, the answer keeps to applies_to."""
    return [r for r in requirements if not r.districts or (district and district in r.districts)]
