"""RawBlocks of a file → a document's structure: letterhead, title, headings, items and section paths.

A format may mark headings itself (docx styles, markdown #, html h1–h6, PDF font size); in plain text and PDF
lines such as "I. …", "Phần thứ nhất: …", "Chương …", "Mục …" and short all-caps lines are headings too.
Headings of one kind ("I." or "Heading 2" or "Phần…") form one level; levels are ranked in the order the
document first uses them, so "Phần thứ nhất › I. …" and "I. … › Phần thứ nhất" both nest as written.

Items ("1.", "1.1.", "a)", "-", "+") stay paragraphs of their own. A short numbered line with no closing
punctuation ("1. Thành phố Chí Linh") is a sub-heading, and an item that ends with ":" leads the items
after it: both join the section path of what follows until an item or heading of their rank comes.

Letterhead lines at the top (issuer, "Số …", "…, ngày … tháng … năm …", the national motto) give the
document its issuer, number and date; they are kept as paragraphs of kind LETTERHEAD, never answered from.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app import lexicon, places
from app.documents.readers.common import RULE_LINE, SUBJECT_LINE, trailer_heading
from app.domain import SECTION_SEPARATOR, BlockKind, RawBlock
from app.text import split_sentences

MAX_HEADING_WORDS = 16  # a longer line is a sentence, not a title
MAX_PART_WORDS = 30  # "Phần thứ …", "Chương …" with its subtitle: a longer line is a sentence
MAX_SUBHEADING_WORDS = 12  # "1. Thành phố Chí Linh", "2. Về kinh tế"
MAX_PATH_PART = 90  # characters of one heading shown in a section path
LETTERHEAD_SCAN = 14  # blocks at the top where letterhead lines may sit
# a document carried below a page's or a mail's own lines (a forwarded notice, "toàn văn" on a portal) has its
# letterhead, with its number, within this many blocks of the top
CARRIED_LETTERHEAD_SCAN = 40

_ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\s*[.)\-–:]\s*\S")
_PART = re.compile(r"^(phần|chương|mục|điều)\s+(thứ\s+\w+|[IVXL]+\b|\d+\b)", re.IGNORECASE)
_CITED_PART = re.compile(_PART.pattern + r"\s+của(?!\w)", re.IGNORECASE)
_ITEM = re.compile(r"^(?:(\d{1,2}(?:\.\d{1,2}){0,3})[.)]|([a-zđ])[.)]|([-+•*–—]))\s+(?=\S)", re.IGNORECASE)
# "Số 12-HD/TU", "Số: 45-HD/BTGTU", "Số 123/BC-UBND": a number with its document code
_NUMBER = re.compile(r"(?:^|[\s*|])Số\s*[:.]?\s*(\d+\s*[-/]\s*[A-ZĐ][\w\-/.]*)")
_DATE_LINE = re.compile(
    r"(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|^\s*(thứ\s+\w+\s*,\s*)?\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".;!?…")
MAX_SUBJECT_WORDS = 40
SUBJECT_CONTINUATION_LINES = 2  # lines a công văn's "V/v …" subject may wrap onto
_ADDRESSEE = re.compile(r"^\s*(kính gửi|kính trình)\b", re.IGNORECASE)
# A web page pasted as text keeps the site's furniture around the document: a menu or a share bar (a run of
# short lines: "Trang chủ", "Giới thiệu", …; "Chia sẻ", "Bình luận", "In"), a breadcrumb ("Văn bản chỉ đạo »
# Công văn"), a bar of short parts ("Chia sẻ | Bình luận"). Before the first paragraph of text or after the
# last, such lines are not the document.
MENU_RUN = 3  # consecutive short lines make a menu; one or two may be a heading and a subtitle
MAIL_HEADER_CHARS = 200  # "To: a@x.vn; b@x.vn; c@x.vn": a mail's header line, however many addressees
MAX_MENU_WORDS = 5  # words with letters: "Tin tức - Sự kiện", "Đại hội Đảng các cấp"
MIN_BODY_WORDS = 12  # a paragraph of text: this many words, ending like a sentence or a list lead
_BREADCRUMB = re.compile(r"\s[»›>]\s")
MAX_BREADCRUMB_WORDS = 12  # "Văn bản chỉ đạo » Công văn"; a sentence quoting "a > b" is longer
_CLOSING = re.compile(r"^\s*(nơi nhận\b|(T/M|K/T|TM\.|KT\.|TL\.|T/L)\s)", re.IGNORECASE)


def _issuer_starts() -> tuple[str, ...]:
    return tuple(w.upper() for w in lexicon.words("issuer_words"))


def _doc_type_starts() -> tuple[str, ...]:
    return tuple(w.upper() for w in lexicon.words("document_types"))


@dataclass(frozen=True)
class StructuredBlock:
    """A block with what the structure stage found: its kind, section path and districts."""

    text: str
    kind: BlockKind
    section: tuple[str, ...]
    page: int | None
    districts: tuple[str, ...] = ()
    inherited: bool = False


@dataclass(frozen=True)
class Structure:
    title: str | None
    issuer: str | None
    number: str | None
    blocks: tuple[StructuredBlock, ...]


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _words(text: str) -> int:
    return len(text.split())


def item_marker(text: str) -> str | None:
    """The kind of item marker a paragraph starts with ("arabic", "arabic2", "letter", "-", "+"), if any."""
    m = _ITEM.match(text)
    if not m:
        return None
    if m.group(1):
        return "arabic" if "." not in m.group(1) else f"arabic{m.group(1).count('.') + 1}"
    if m.group(2):
        return "letter"
    return "bullet" + ("+" if m.group(3) == "+" else "-")


def strip_marker(text: str) -> str:
    """The item's text without its "1." / "a)" / "-" marker."""
    m = _ITEM.match(text)
    return text[m.end() :] if m else text


def _heading_kind(block: RawBlock) -> str | None:
    """The heading type a block is, or None: "h<n>" when the format says so, else a pattern's name."""
    text = block.text
    if block.heading_level is not None:
        # a news page's lead set as a heading (<h2 class="sapo">, a Word lead styled "Heading 2"): a long
        # line that ends as a sentence does is running text, whatever the format calls it
        if (
            block.heading_level > 0
            and _words(text) > MAX_PART_WORDS
            and text.rstrip().endswith(_SENTENCE_END)
        ):
            return None
        return f"h{block.heading_level}"
    if _CITED_PART.match(text):
        # "Mục 2 của Hướng dẫn được điều chỉnh như sau: …" cites another document's part in a sentence
        return None
    if _PART.match(text) and _words(text) <= MAX_PART_WORDS and not _DATE_LINE.search(text):
        # "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết … nhiệm kỳ 2020 - 2025" heads its part
        # however long its subtitle
        return "part-" + _PART.match(text).group(1).lower()  # type: ignore[union-attr]
    if _words(text) > MAX_HEADING_WORDS or _DATE_LINE.search(text):
        return None
    if _PART.match(text):
        return "part-" + _PART.match(text).group(1).lower()  # type: ignore[union-attr]
    if _ROMAN.match(text) and not text.endswith(_SENTENCE_END[1:]):
        return "roman"
    marker = item_marker(text)
    if (
        marker
        and marker.startswith("arabic")
        and _words(strip_marker(text)) <= MAX_SUBHEADING_WORDS
        and not text.rstrip().endswith((*_SENTENCE_END, ":"))
    ):
        return marker
    if _is_caps(text) and not marker and not text.endswith((".", ";", ",")) and _words(text) >= 2:
        return "caps"
    return None


def _is_letterhead(text: str) -> bool:
    upper = text.upper()
    if SUBJECT_LINE.match(text) and _words(text) <= MAX_SUBJECT_WORDS:
        return True  # a công văn's "V/v …" (its subject) sits under its number
    if (_NUMBER.search(text) or _DATE_LINE.search(text)) and _words(text) <= 14:
        return True
    if re.fullmatch(r"[\s*\-–—_=.]+", text):
        return True
    parts = [p.strip(" *") for p in text.split("|")]
    if (
        _words(text) <= 20
        and all(_is_caps(p) or _NUMBER.search(p) or _DATE_LINE.search(p) or not p for p in parts)
        and any(p.upper().startswith(_issuer_starts()) or _NUMBER.search(p) for p in parts)
    ):
        return True
    return _is_caps(text) and upper.startswith(_issuer_starts()) and _words(text) <= 10


def _numbered_letterhead(blocks: Sequence[RawBlock], kinds: Sequence[BlockKind]) -> list[int]:
    """The first run of letterhead lines within the top CARRIED_LETTERHEAD_SCAN blocks that holds a document
    number ("TỈNH ỦY BẮC GIANG", "Số 1148-TB/TU", "Bắc Giang, ngày 07 tháng 5 năm 2025"), or none."""
    run: list[int] = []
    for i, block in enumerate(blocks[:CARRIED_LETTERHEAD_SCAN]):
        if kinds[i] is not BlockKind.LETTERHEAD and _is_letterhead(block.text):
            run.append(i)
            continue
        if any(_NUMBER.search(blocks[j].text) for j in run):
            return run
        run = []
    return run if any(_NUMBER.search(blocks[j].text) for j in run) else []


def _letterhead_facts(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """(issuer, number) from the letterhead lines."""
    issuer_parts: list[str] = []
    number = None
    for line in lines:
        for motto in lexicon.words("national_motto"):
            line = line.replace(motto, "|")  # two letterhead columns typed on one line
        for part in (p.strip(" *-–") for p in line.split("|")):
            m = _NUMBER.search(part)
            if m and number is None:
                number = "Số " + m.group(1).rstrip(".,")
            elif (
                _is_caps(part)
                and part.upper().startswith(_issuer_starts())
                and not any(part.upper().startswith(m.upper()) for m in lexicon.words("national_motto"))
            ):
                issuer_parts.append(part)
    issuer = " – ".join(dict.fromkeys(issuer_parts)) or None
    return issuer, number


MAX_BYLINE_WORDS = 4  # "LINH AN", "MINH ĐỨC": an author's name under a news article


def _is_byline(text: str) -> bool:
    """A short all-caps name closing an article: letters only, not a heading pattern."""
    words = text.split()
    return (
        2 <= len(words) <= MAX_BYLINE_WORDS
        and _is_caps(text)
        and all(w.isalpha() for w in words)
        and not _ROMAN.match(text)
        and not _PART.match(text)
        and not text.upper().startswith(_issuer_starts())
    )


def signer_of(blocks: Sequence[StructuredBlock]) -> str | None:
    """The name that signs the document: the last short line of its closing block that is a name, or the
    byline under a news article."""
    body = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.LETTERHEAD]
    if not body:
        return None
    trailing = blocks[body[-1] + 1 :]
    if len(trailing) == 1 and _is_byline(trailing[0].text):
        return trailing[0].text.title()
    # a mail forwarding the document ends with its own "Trân trọng," and its sender: not the signer
    valediction = lexicon.pattern("valedictions")
    end = next((i for i, b in enumerate(trailing) if valediction.match(b.text.strip())), len(trailing))
    trailing = trailing[:end]
    for block in reversed(trailing):
        # a closing typed in two columns and read as one line ("- Lưu Văn phòng Tỉnh ủy.	Phan Đình Khải"):
        # the signer's name ends it, after the recipients' last punctuation
        line = block.text.strip(" ()")
        for text in (line, re.split(r"[.;:,)]", line)[-1].strip(" ()")):
            words = text.split()
            if (
                2 <= len(words) <= 5
                and not _is_caps(text)
                and all(w[:1].isupper() for w in words)
                and not any(ch.isdigit() or ch in ":;,-" for ch in text)
            ):
                return text
    return None


def display_heading(text: str) -> str:
    """A heading as it reads in a section path: all-caps turned to sentence case, names restored."""
    text = " ".join(text.split()).rstrip(":").strip()
    if _is_caps(text):
        m = re.match(r"^([IVXL]+[.)]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])?\s*(.*)$", text, re.IGNORECASE)
        label, rest = (m.group(1) or "", m.group(2)) if m else ("", text)
        rest = rest.lower()
        rest = rest[:1].upper() + rest[1:]
        for proper in lexicon.words("proper_words"):
            rest = re.sub(rf"(?<!\w){re.escape(proper.lower())}(?!\w)", proper, rest)
        rest = places.proper_case(rest)
        text = f"{label} {rest}".strip()
    if len(text) > MAX_PATH_PART:
        text = text[: MAX_PATH_PART - 1].rsplit(" ", 1)[0] + "…"
    return text


def section_text(section: Sequence[str]) -> str:
    return SECTION_SEPARATOR.join(section)


def _title_from(blocks: list[RawBlock], start: int) -> tuple[str | None, int]:
    """A document-type line ("HƯỚNG DẪN") and the subtitle under it make the title; (title, blocks used)."""
    if start >= len(blocks):
        return None, 0
    first = blocks[start].text
    if _is_caps(first) and first.upper().startswith(_doc_type_starts()) and _words(first) <= 4:
        if start + 1 < len(blocks):
            nxt = blocks[start + 1].text
            if _words(nxt) <= 40 and not item_marker(nxt) and not _ROMAN.match(nxt):
                return f"{first.capitalize()} {nxt[:1].lower() + nxt[1:]}", 2
        return first.capitalize(), 1
    return None, 0


_TYPE_AND_NUMBER = re.compile(r"(?:số\s*)?\d+\s*[-/]\s*[\w\-/.]*|\s+", re.IGNORECASE)


def _only_type_and_number(title: str) -> bool:
    """Whether a title is a document type and its number only ("Hướng dẫn 07-HD/BTGDVTU")."""
    upper = title.upper()
    kind = next((t for t in sorted(_doc_type_starts(), key=len, reverse=True) if upper.startswith(t)), None)
    return kind is not None and not _TYPE_AND_NUMBER.sub("", title[len(kind) :])


def _is_mail_envelope(text: str) -> bool:
    # a header line is short; a paragraph opening "Đến: năm 2030 …" goes on much longer
    return len(text) <= MAIL_HEADER_CHARS and bool(_mail_envelope().match(text))


def _first_title(
    blocks: list[RawBlock], kinds: list[BlockKind], first_body: int
) -> tuple[str | None, int, int]:
    """The title at the top of the body; else, when a mail or a page carries a document below its own
    lines, the first title right after a letterhead ("THÔNG BÁO KẾT LUẬN" under "Số 527-TB/TU"):
    (title, where it starts, blocks used)."""
    title, used = _title_from(blocks, first_body)
    if title is not None:
        return title, first_body, used
    for i in range(first_body + 1, len(blocks)):
        if kinds[i - 1] is BlockKind.LETTERHEAD and kinds[i] is not BlockKind.LETTERHEAD:
            title, used = _title_from(blocks, i)
            if title is not None:
                return title, i, used
    return None, first_body, 0


def _subject_title(
    blocks: list[RawBlock], kinds: list[BlockKind], number: str | None
) -> tuple[str | None, int, int]:
    """A công văn has no title line: its subject does ("V/v điều chỉnh một số nội dung" and the line it
    wraps onto, "Hướng dẫn số 27-HD/BTGTU ngày 18/10/2024"), named as a công văn when its number says so:
    (title, where its continuation starts, continuation blocks)."""
    at = next((i for i, b in enumerate(blocks[:LETTERHEAD_SCAN]) if SUBJECT_LINE.match(b.text)), None)
    # the document's own subject, in its letterhead at the top; not that of a document a page carries
    if at is None or any(k is not BlockKind.LETTERHEAD for k in kinds[: at + 1]):
        return None, 0, 0
    parts = [SUBJECT_LINE.sub("", blocks[at].text).strip()]
    end = at + 1
    while (
        end < len(blocks)
        and end - at <= SUBJECT_CONTINUATION_LINES
        and not _ADDRESSEE.match(blocks[end].text)
        and _words(blocks[end].text) <= MAX_SUBJECT_WORDS
        and not blocks[end].text.rstrip().endswith(_SENTENCE_END)
        and not item_marker(blocks[end].text)
        and not _is_caps(blocks[end].text)
        and not _DATE_LINE.search(blocks[end].text)
    ):
        parts.append(blocks[end].text.strip())
        kinds[end] = BlockKind.LETTERHEAD
        end += 1
    kind = "Công văn về việc" if number and re.search(r"-\s*CV\b", number, re.IGNORECASE) else "Về việc"
    return f"{kind} {' '.join(parts)}", at + 1, 0


def _is_body_paragraph(block: RawBlock) -> bool:
    text = block.text.rstrip()
    return (
        block.heading_level is None
        and _words(text) >= MIN_BODY_WORDS
        and text.endswith((*_SENTENCE_END, ":"))
    )


def _letter_words(text: str) -> int:
    return sum(any(c.isalpha() for c in w) for w in text.split())


def _is_short_line(block: RawBlock) -> bool:
    text = block.text.strip()
    return (
        block.heading_level is None
        and _letter_words(text) <= MAX_MENU_WORDS
        and not any(ch.isdigit() for ch in text)  # "Đăng ngày: 05/03/2020 | Lượt xem: 862" dates the page
        and not text.endswith((*_SENTENCE_END, ":"))
        and not _is_caps(text)
        and not _is_letterhead(text)
        and not item_marker(text)
        and not _ROMAN.match(text)
        and not _PART.match(text)
    )


def is_bar_line(text: str) -> bool:
    """A line of two or more short parts between bars ("Báo X | Chính trị | Thứ Sáu, 18/04/2025 - 18:42"),
    dated or not: a page's banner or menu, no sentence."""
    parts = [p.strip() for p in re.split(r"[|·•]", text)]
    return len(parts) >= 2 and all(p and _letter_words(p) <= MAX_MENU_WORDS for p in parts)


def _is_bar(text: str) -> bool:
    """ "Văn bản chỉ đạo » Công văn", "Chia sẻ | Bình luận", "Facebook · Zalo · In bài": short parts between
    separators, no date."""
    if _BREADCRUMB.search(text) and _words(text) <= MAX_BREADCRUMB_WORDS:
        return True
    return is_bar_line(text) and not _is_letterhead(text) and not any(ch.isdigit() for ch in text)


@functools.cache
def _mail_envelope() -> re.Pattern[str]:
    """A mail's header line ("From: …", "Chủ đề: …") or its forwarding rule ("-----Original Message-----")."""
    fields = "|".join(map(re.escape, sorted(lexicon.words("mail_header_fields"), key=len, reverse=True)))
    markers = "|".join(map(re.escape, lexicon.words("mail_forward_markers")))
    return re.compile(rf"^\s*(?:(?:{fields})\s*:\s*\S|[-=_ ]*(?:{markers})[-=_ ]*$)", re.IGNORECASE)


def page_furniture(blocks: Sequence[RawBlock]) -> set[int]:
    """Rows of a pasted page's furniture before the first paragraph of text or after the last: runs of
    MENU_RUN or more short lines, breadcrumbs and bars of short parts; after the last, a trailer's heading
    ("Tin liên quan:", "Từ khóa: …") and every row after it. A forwarded mail's envelope lines ("From: …",
    "Subject: …", "-----Original Message-----") and rules ("==========") are furniture wherever they stand."""
    envelope = {i for i, b in enumerate(blocks) if _is_mail_envelope(b.text) or RULE_LINE.fullmatch(b.text)}
    body = [i for i, b in enumerate(blocks) if _is_body_paragraph(b)]
    if not body:
        return envelope
    furniture: set[int] = set(envelope)
    after = range(body[-1] + 1, len(blocks))
    trailer = next((i for i in after if trailer_heading().match(blocks[i].text.strip())), None)
    if trailer is not None:
        furniture.update(range(trailer, len(blocks)))
    for edge in (range(body[0]), range(body[-1] + 1, len(blocks))):
        run: list[int] = []
        for i in [*edge, None]:
            if i is not None and _is_bar(blocks[i].text):
                furniture.add(i)  # "Chia sẻ | Bình luận": furniture alone or in a run
            if i is not None and _is_short_line(blocks[i]):
                run.append(i)
                continue
            if len(run) >= MENU_RUN:
                furniture.update(run)
            run = []
    return furniture


def analyse(blocks: Sequence[RawBlock], title: str | None) -> Structure:
    """Kinds, section paths, districts; title, issuer and number from the top of the document."""
    blocks = [b for b in blocks if b.text.strip()]
    furniture = page_furniture(blocks)
    blocks = [b for i, b in enumerate(blocks) if i not in furniture]
    kinds: list[BlockKind] = [BlockKind.TEXT] * len(blocks)

    # letterhead: at the top, before the body starts; a dateline may also follow a headline
    letterhead: list[str] = []
    body_seen = 0
    for i, block in enumerate(blocks[:LETTERHEAD_SCAN]):
        if block.heading_level == 0:
            body_seen += 1
            continue
        if _is_letterhead(block.text) and body_seen <= 1:
            kinds[i] = BlockKind.LETTERHEAD
            letterhead.append(block.text)
        elif not _is_caps(block.text) or item_marker(block.text) or _ROMAN.match(block.text):
            body_seen += 1
            if body_seen > 1:
                break
    if not any(_NUMBER.search(line) for line in letterhead):
        # a page giving a document's full text ("… trân trọng giới thiệu toàn văn …") holds that document's
        # letterhead below its own headline and lead: a run of letterhead lines holding a number is the
        # document's, and its date comes before the page's
        later = _numbered_letterhead(blocks, kinds)
        letterhead = [blocks[i].text for i in later] + letterhead
        for i in later:
            kinds[i] = BlockKind.LETTERHEAD
    issuer, number = _letterhead_facts(letterhead)

    first_body = next((i for i, k in enumerate(kinds) if k is not BlockKind.LETTERHEAD), len(blocks))
    title_start, title_blocks = first_body, 0
    if title is None:
        title_levels = [i for i, b in enumerate(blocks) if b.heading_level == 0]
        if title_levels:
            title = blocks[title_levels[0]].text
        else:
            title, title_start, title_blocks = _first_title(blocks, kinds, first_body)
        if title is None:
            title, title_start, title_blocks = _subject_title(blocks, kinds, number)
    elif _only_type_and_number(title) and not any(b.heading_level == 0 for b in blocks):
        # a title from the file's properties that gives only the type and number ("Hướng dẫn 07-HD/BTGDVTU"):
        # the printed title lines ("HƯỚNG DẪN" and its subtitle) name the document, and are no text a question
        # is answered from. Properties naming more stay the title, and the lines stay text: their words
        # ("… khóa XXII trình Đại hội lần thứ XXIII") are in no title then.
        printed, start, used = _first_title(blocks, kinds, first_body)
        if printed is not None:
            title, title_start, title_blocks = printed, start, used
    title_rows = set(range(title_start, title_start + title_blocks))
    title_rows.update(i for i, b in enumerate(blocks) if b.heading_level == 0)
    # a top heading that repeats the title ("# Title" in markdown, <h1> in html) is the title, not a section
    title_rows.update(
        i for i, b in enumerate(blocks) if b.heading_level is not None and title and b.text == title.strip()
    )

    # the closing block (recipients, "T/M …" and the signature) is metadata like the letterhead
    closing = next((i for i, b in enumerate(blocks) if i > first_body and _CLOSING.match(b.text)), None)
    if closing is not None:
        for i in range(closing, len(blocks)):
            kinds[i] = BlockKind.LETTERHEAD
    elif len(blocks) > first_body + 1 and _is_byline(blocks[-1].text):
        kinds[-1] = BlockKind.LETTERHEAD  # a news article's byline ("LINH AN"): who wrote it, not content

    ranks: dict[str, float] = {}
    stack: list[tuple[float, str, tuple[str, ...]]] = []  # (rank, heading, districts it names)
    leading_item: tuple[float, str] | None = None  # (rank, marker) of the block before, if an item leading
    out: list[StructuredBlock] = []
    pending_part: int | None = None  # a bare "PHẦN THỨ NHẤT" waiting for its subtitle
    flat_section: str | None = None  # narrative inheritance: the one district a paragraph run is about
    flat_marker: str | None = None  # the marker of the item that named it: its sub-items inherit it too
    for i, block in enumerate(blocks):
        text = block.text
        after_lead, leading_item = leading_item, None
        if kinds[i] is BlockKind.LETTERHEAD:
            out.append(StructuredBlock(text, BlockKind.LETTERHEAD, (), block.page))
            # a letterhead starts a document (one a mail or a page carries below its own lines): what the
            # lines above it were about does not run on into it
            flat_section = flat_marker = None
            continue
        if i in title_rows:
            out.append(StructuredBlock(text, BlockKind.HEADING, (), block.page))
            flat_section = flat_marker = None
            continue
        heading = _heading_kind(block)
        marker = item_marker(text)
        if heading and heading == marker:
            # "1. Về văn hóa" heads the items under it; "1. bước một" before "2. bước hai" is just an item
            following = blocks[i + 1].text if i + 1 < len(blocks) else ""
            next_marker = item_marker(following) if following else None
            heads_items = next_marker is not None and next_marker != marker
            if not following or next_marker == marker or (block.item and not heads_items):
                heading = None
        if heading:
            if (
                pending_part is not None
                and stack
                and not _PART.match(text)
                and not _ROMAN.match(text)
                and not marker
            ):
                # "PHẦN THỨ NHẤT" then "KẾT QUẢ …": one heading "Phần thứ nhất: Kết quả …"
                rank, head, names = stack[-1]
                stack[-1] = (rank, f"{head}: {display_heading(text)}", names + _scoping(text))
                pending_part = None
                out.append(StructuredBlock(text, BlockKind.HEADING, _path(stack[:-1]), block.page))
                continue
            rank = _rank(ranks, heading)
            while stack and stack[-1][0] >= rank:
                stack.pop()
            if not heading.startswith(_ITEMISH):
                # items nest in the order each section first uses their markers: a recipients' list
                # ("Kính gửi: - Ban Thường vụ …") above "1. …" must not rank dashes above numbers for the
                # whole document
                for kind in [k for k in ranks if k.startswith(_ITEMISH)]:
                    del ranks[kind]
            out.append(StructuredBlock(text, BlockKind.HEADING, _path(stack), block.page))
            stack.append((rank, display_heading(text), _scoping(text)))
            bare_part = bool(_PART.match(text)) and _words(text) <= 4  # "PHẦN THỨ NHẤT", any format
            pending_part = len(stack) - 1 if bare_part else None
            flat_section = None
            continue
        pending_part = None
        kind = BlockKind.ITEM if marker or block.item else BlockKind.TEXT
        if kind is BlockKind.ITEM:
            key = marker or "list"
            rank = _rank(ranks, key)
            if after_lead is not None and key != after_lead[1] and rank <= after_lead[0]:
                # the items right after a lead ("a) Huyện Hướng Hóa và huyện Đakrông:" then "- …") are its
                # own, whatever rank their marker took earlier in the section ("- " before "a)")
                rank = ranks[key] = after_lead[0] + 0.5
            while stack and stack[-1][0] >= rank:
                stack.pop()
        path = _path(stack)
        named = places.about(text)  # not a neighbour named in passing ("nằm liền kề TP Sầm Sơn")
        scoped = next((names for _, _, names in reversed(stack) if names), ())
        own = tuple(d for d in named if d in scoped)
        if own and len(own) < len(scoped) and places.leads_with(strip_marker(text), own[0]):
            # "- Thị xã Quảng Trị làm rõ …" under "d) Thành phố Đông Hà và thị xã Quảng Trị:": one of the
            # section's districts, opening the paragraph, is whom it addresses
            districts, inherited = own, False
        elif own:
            # under a district's heading, naming it again ("… Khu công nghiệp Kim Thành"): the section's
            # districts are whom it addresses; others it names are objects
            districts, inherited = scoped, True
        elif (
            flat_section
            and kind is BlockKind.TEXT
            and flat_section not in named
            and not places.find((split_sentences(text) or [text])[0])
            and not places.speaks_generally(text)
        ):
            # a district's paragraph naming another place only in passing, after its first sentence ("…,
            # kết nối với huyện Lục Nam"): still that district's
            districts, inherited = (flat_section,), True
        elif named:
            districts, inherited = named, False
            lead = text.split(":", 1)[0] if ":" in text[:120] else ""
            addressed = places.find(lead) if lead else ()
            if addressed:
                districts = addressed + tuple(d for d in named if d not in addressed)
            flat_section = named[0] if len(named) == 1 or places.leads_with(text, named[0]) else None
            flat_marker = marker if kind is BlockKind.ITEM else None
        elif scoped:
            districts, inherited = scoped, True
        elif (
            flat_section
            and not places.speaks_generally(text)
            # running text after it, or the sub-items of the item that named the district ("2. Dự thảo … của
            # Huyện ủy Bình Giang" then "- Phần phương hướng cần …"); a sibling item ends the run
            and (kind is BlockKind.TEXT or (flat_marker is not None and marker not in (None, flat_marker)))
        ):
            districts, inherited = (flat_section,), True
        else:
            if kind is BlockKind.ITEM and marker is not None and marker == flat_marker:
                flat_section = flat_marker = None
            districts, inherited = (), False
            if places.speaks_generally(text):
                flat_section = None
        out.append(StructuredBlock(text, kind, path, block.page, districts, inherited))
        if kind is BlockKind.ITEM and text.rstrip().endswith(":"):
            # an item that leads the ones after it: part of their section path
            stack.append((rank, display_heading(strip_marker(text)), _scoping(text)))
            leading_item = (rank, marker or "list")
    return Structure(title, issuer, number, tuple(_with_own_district(out, title, issuer, letterhead)))


def _with_own_district(
    blocks: list[StructuredBlock], title: str | None, issuer: str | None, letterhead: Sequence[str]
) -> list[StructuredBlock]:
    """A document whose title, issuer or letterhead names one district ("HUYỆN ỦY KIẾN XƯƠNG", "Báo cáo
    chính trị của Ban Chấp hành Đảng bộ huyện Lục Nam") is that district's: every paragraph that names no
    district and does not speak of districts in general is about it, not only the first. A document naming
    several (a meeting on three districts) has no one district of its own."""
    named = set(places.find(" \n".join([title or "", issuer or "", *letterhead])))
    if len(named) != 1:
        return blocks
    (own,) = named
    content = (BlockKind.TEXT, BlockKind.ITEM)
    return [
        replace(b, districts=(own,), inherited=True)
        if b.kind in content and not b.districts and not places.speaks_generally(b.text)
        else b
        for b in blocks
    ]


_ITEMISH = ("arabic", "letter", "bullet", "list")


def _rank(ranks: dict[str, float], kind: str) -> float:
    """Headings rank in the order the document first uses them, and above every kind of item (numbered
    sub-headings share their rank with numbered items of the same marker)."""
    if kind not in ranks:
        itemish = kind.startswith(_ITEMISH)
        same_tier = [k for k in ranks if k.startswith(_ITEMISH) == itemish]
        ranks[kind] = (100 if itemish else 0) + len(same_tier)
    return ranks[kind]


def _path(stack: Sequence[tuple[float, str, tuple[str, ...]]]) -> tuple[str, ...]:
    return tuple(head for _, head, _ in stack)


def _scoping(heading: str) -> tuple[str, ...]:
    """The districts a heading addresses: one or two named ("1. Thành phố Chí Linh", "X và Y"); an
    overview naming three or more, or speaking of districts in general, scopes none. A lead ending in a
    colon says whom the items after it are for, however many it names and however it calls them ("b) Các
    huyện ven biển Vĩnh Linh, Gio Linh, Triệu Phong, Hải Lăng:"): those items are not for a fifth."""
    named = places.find(heading.split(":", 1)[0])
    if named and heading.rstrip().endswith(":"):
        return named
    if places.speaks_generally(heading) or not named or places.is_overview(named):
        return ()
    return named
