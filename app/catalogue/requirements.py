"""Guidance chunks → Requirements: the directives the province gives district reports, atomic where useful.

A sentence is a directive when it holds a cue ("cần", "phải", "yêu cầu", "lưu ý", "ưu tiên", …). Its lead-in
(who speaks, whom it addresses) is dropped, a topic ("Về công tác xây dựng Đảng, …") or a subject that
carries content ("Việc xác định các nhiệm vụ … cần …") is kept, and the body is cut into points:
at ";" and ", đồng thời"; at a comma that opens a new verb phrase with its own object; and a closing list
of short nouns after a head ("ưu tiên phát triển nhanh về giao thông, công nghiệp, đô thị") becomes one point
per noun. The scope is the district(s) the sentence addresses: all of them when it speaks generally or sits
in a paragraph about none; a sentence naming several districts addresses each of them (four named districts
are not a fifth's requirement).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app import lexicon, places
from app.catalogue.cues import (
    CUE_PATTERNS,
    MODAL_CUES,
    REPORT_CUES,
    body_start,
    find_cues,
    leads_items,
    negated,
)
from app.catalogue.learned import Judge, Unit
from app.catalogue.themes import classify
from app.documents import planted
from app.documents.structure import strip_marker
from app.domain import SECTION_SEPARATOR, BlockKind, Chunk, DocType, Requirement
from app.text import fold, split_sentences, syllables

# Bump when extraction changes: the next index build extracts every guidance document again.
CATALOGUE_VERSION = 7  # 7: a learned signal moves the rules' decision (learned.py); bump on a refit too


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
# Items that cite a basis or list recipients, not ask anything ("Căn cứ Điều lệ Đảng", "Nơi nhận").
NOT_REQUIREMENT_STARTS = lexicon.words("not_requirement_starts")
ITEM_SUBJECT_WORDS = 10  # a district named within an item's first words is whom the item addresses
MAX_ITEM_LEAD_WORDS = 14
# "1. Về kinh tế:" only leads the items under it; a longer item ending in ":" asks something itself
MAX_LEAD_SYLLABLES = 8  # "Huyện Bình Giang và huyện Cẩm Giàng: …": a longer text before ':' is a sentence


_STRONG_BREAK = re.compile(r"\s*;\s*|,\s*(?=đồng thời\b)", re.IGNORECASE)
# "…; đồng thời phải làm rõ …": a clause after a break may restate its cue
_LEADING_CUE = re.compile(
    r"^(?:đồng thời\s+)?(?:(?:" + "|".join(re.escape(c) for c in MODAL_CUES) + r")\s+)*", re.IGNORECASE
)
_TOPIC = re.compile(r"^(về|đối với|riêng|với)\s+", re.IGNORECASE)
_TOPIC_LEAD = re.compile(r"^(về|đối với|riêng|với)\s+[^,:]{1,80}[,:]\s*", re.IGNORECASE)


def _content_mask(words: Sequence[str], names: Sequence[tuple[str, ...]] = ()) -> list[bool]:
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


def _content_syllables(text: str, names: Sequence[tuple[str, ...]] = ()) -> list[str]:
    words = syllables(text)
    return [w for w, keep in zip(words, _content_mask(words, names), strict=True) if keep]


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
            if _content_syllables(seg[topic.end() :], names):
                topics.append(seg[topic.end() :].strip())
        elif i >= subject_from and seg:
            subject_parts.append(seg)
    subject = ", ".join(subject_parts)
    return topics, subject if _content_syllables(subject, names) else None


def _starts_with(text: str, phrases: Iterable[str]) -> bool:
    low = " ".join(syllables(text))
    return any(low == p or low.startswith(p + " ") for p in phrases)


def _opens_action(segment: str) -> bool:
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
    mask = _content_mask(words)
    verbs = _phrase_spans(words, ACTION_VERBS)
    manner = _phrase_spans(words, MANNER_WORDS)
    return sum(1 for k, v, m in zip(mask, verbs, manner, strict=True) if k and not v and not m)


def _points(body: str) -> list[str]:
    """Cut a directive's body into atomic points."""
    points: list[str] = []
    for clause in _STRONG_BREAK.split(body):
        clause = _LEADING_CUE.sub("", clause.strip()).strip(" ,.…")
        if not clause:
            continue
        current: list[str] = []
        for seg in (s.strip() for s in clause.split(",")):
            if not seg:
                continue
            opens = (
                current
                and _opens_action(seg)
                and len(syllables(seg)) >= MIN_POINT_SYLLABLES
                and not _starts_with(seg, ATTACH_MARKERS)
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
        and all(_content_mask(words))
        and not any(w.isdigit() for w in words)
        and not _opens_action(item)
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


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _scope(lead: str, body: str, chunk_districts: Sequence[str]) -> tuple[str, ...]:
    """The districts a directive is addressed to; () means every district."""
    named = places.find(lead)
    if places.speaks_generally(lead) and not named:
        return ()  # "các huyện cần …"; "các huyện A, B và C cần …" names whom it means
    if not named:
        # a district named only in the body is an object ("vệ tinh của TP Hải Dương"), not the addressee
        objects = set(places.find(body))
        named = tuple(d for d in chunk_districts if d not in objects) or tuple(chunk_districts[:1])
    # the districts a directive names are whom it addresses, however many: "Các huyện A, B, C và D cần …"
    # is no requirement of a fifth
    return tuple(named)


def key_terms(text: str, scope: Sequence[str] = ()) -> tuple[str, ...]:
    """Runs of content syllables ("giao thông", "tuyến đường sắt"), in order, without repeats."""
    own = tuple(tuple(syllables(name)) for name in scope)
    terms: list[str] = []
    for piece in re.split(r"[,;:.()…\"“”]", text):
        words = syllables(piece)
        run: list[str] = []
        for word, keep in zip([*words, ""], [*_content_mask(words, own), False], strict=True):
            if keep:
                run.append(word)
            elif run:
                term = " ".join(run)
                if term not in terms:
                    terms.append(term)
                run = []
    return tuple(terms)


_ADDRESSEE_WORDS = tuple(tuple(p.split()) for p in ADDRESSEE_PHRASES) + (("các",), ("mỗi",), ("từng",))


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
    lead, body = sentence[:lead_end].strip(" ,"), _strip_addressee(sentence[body_from:].strip(" ,"))
    if len(syllables(body)) < MIN_POINT_SYLLABLES or body.endswith("?"):
        return []
    scope = _scope(lead, body, chunk.districts)
    topics, subject = _lead_context(lead)
    points = _points(body)
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
        out.append((_capitalize(text.strip()), scope, topic))
    return out


def _item_requirements(text: str, chunk: Chunk) -> list[tuple[str, tuple[str, ...], str, str]]:
    """A guidance item ("b) Xác định từ 2 đến 3 khâu đột phá…", "1. Thành phố Chí Linh: làm rõ …") is a
    requirement as a whole, cue word or not: (text, scope, topic, quote) per sentence. A lead naming
    districts before a colon scopes the item to them; an item under a district's heading inherits it."""
    body = strip_marker(text).strip()
    lead_only = body.endswith(":") and len(syllables(body)) <= MAX_LEAD_SYLLABLES
    if not body or lead_only or _starts_with(body, NOT_REQUIREMENT_STARTS):
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
        scope = places.find(" ".join(body.split()[:ITEM_SUBJECT_WORDS]))
        if sep and len(lead.split()) <= MAX_ITEM_LEAD_WORDS and rest.strip():
            topic = _TOPIC.sub("", lead).strip()  # "Về văn hóa - xã hội: …" keeps its topic
    out = []
    for sentence in split_sentences(body) or [body]:
        if len(syllables(sentence)) < MIN_POINT_SYLLABLES:
            continue
        point = _capitalize(sentence.strip().rstrip(";,. "))
        shown = f"Về {topic}: {point[:1].lower() + point[1:]}" if topic else point
        out.append((shown, scope, topic, sentence if len(split_sentences(body)) > 1 else text))
    return out


def _imperative(sentence: str) -> bool:
    """A sentence of guidance that starts with an action verb ("Làm rõ …", "Xác định …") tells what to do."""
    return _opens_action(_TOPIC_LEAD.sub("", sentence))


Row = tuple[str, tuple[str, ...], str, str]  # (point, scope, topic, quote)


@dataclass(frozen=True)
class Candidate:
    """A sentence the catalogue decides on, with the requirements the rules make of it (none: passed over)."""

    chunk: Chunk
    paragraph: int
    rows: list[Row]
    unit: Unit


def candidates(chunks: Iterable[Chunk]) -> list[Candidate]:
    """Every guidance sentence the catalogue decides on, in document order: each item (its sentences when it
    has several), each sentence of running text; with the rules' requirements of it.

    Items are requirements whole; in running text a sentence is one when it holds a cue or starts with an
    action verb, and is cut into atomic points. A negated directive, a lead of the items after it or a
    planted instruction is none, and cannot become one."""
    chunks = [c for c in chunks if c.doc_type == DocType.GUIDANCE]
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
    return [(_capitalize(sentence.strip().rstrip(";,. ")), scope, "", sentence)]


def extract_requirements(chunks: Iterable[Chunk], judge: Judge | None = None) -> list[Requirement]:
    """The requirements stated by the guidance chunks, in document order, near-duplicates removed: the
    rules' decision on each candidate sentence, moved by the judge's learned signal if any (learned.py)."""
    found: list[Requirement] = []
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
    return _dedupe(found)


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


def applicable(requirements: Iterable[Requirement], district: str | None) -> list[Requirement]:
    """The general requirements and the district's own."""
    return [r for r in requirements if not r.districts or (district and district in r.districts)]
