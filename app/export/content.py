"""What both export formats render: the words around the content, where a source says something, and the
footnotes, numbered across the whole document.

Each requirement of an outline gets one footnote naming where the guidance says it; each citation an answer
marks with "[n]" gets one footnote (its place in the source and its verbatim quote). A citation marked twice
in one answer keeps its first footnote: the second mark is a `Ref` with `first=False`, which each format
writes its own way. Text is kept verbatim (NFC), on one line where a footnote or list item needs it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app import markers
from app.domain import Answer, Citation, Outline, Requirement
from app.labels import show_date

# What people read in the exports, in Vietnamese; the same words the UI uses for a source ("đoạn", "ngày").
# (They belong with app.labels, the one vocabulary module; kept here while that module is being written.)
LABELS = {
    "outline_title": "DÀN Ý BÁO CÁO CHÍNH TRỊ — {district}",
    "outline_intro": (
        "Dàn ý liệt kê mọi yêu cầu trong các văn bản hướng dẫn đã lập chỉ mục áp dụng cho {district} "
        "({count} yêu cầu), xếp theo các phần thường có của báo cáo chính trị. "
        "Mỗi yêu cầu kèm câu trích nguyên văn và chú thích nguồn."
    ),
    "outline_empty": "Các văn bản hướng dẫn đã lập chỉ mục không có yêu cầu nào cho {district}.",
    "section_empty": "Không có yêu cầu nào cho phần này.",
    "own": "riêng {district}",
    "footer": "Lập bởi Trợ lý Dự thảo ngày {date}",
    "conversation_title": "HỎI ĐÁP VỚI TRỢ LÝ DỰ THẢO",
    "date": "ngày {date}",
    "section": "mục {section}",
    "page": "trang {page}",
    "paragraph": "đoạn {paragraph}",
    "unverified": "Chưa kiểm chứng được câu trích này trong đoạn nguồn.",
}

_MARKER = re.compile(r"[ \t]*" + markers.MARKER.pattern)  # an answer's marker, with the space before it
_SPACES = re.compile(r"\s+")


# ---- shared wording -------------------------------------------------------------------------------------


def source_location(title: str, iso: str | None, section: str, paragraph: int, page: int | None) -> str:
    """Where a source says something: title, date, section path, then page (PDF) or paragraph."""
    parts = [clean(title)]
    if iso:
        parts.append(LABELS["date"].format(date=show_date(iso)))
    if section:
        parts.append(LABELS["section"].format(section=clean(section)))
    if page is not None:
        parts.append(LABELS["page"].format(page=page))
    else:
        parts.append(LABELS["paragraph"].format(paragraph=paragraph))
    return ", ".join(parts)


def clean(text: str) -> str:
    """NFC, on one line (footnotes and list items are single paragraphs)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---- what both formats render ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    """One footnote: the source's location, then its verbatim quote when there is one."""

    n: int
    location: str
    quote: str = ""
    unverified: bool = False

    def text(self) -> str:
        if not self.quote:
            return self.location + "."
        out = f"{self.location}: “{self.quote}”"
        return out + (" " + LABELS["unverified"] if self.unverified else "")


@dataclass(frozen=True)
class Ref:
    """A footnote mark inside running text; `first` is False when it repeats an earlier mark."""

    n: int
    first: bool = True


_Segment = str | Ref


@dataclass(frozen=True)
class _Item:
    number: int
    text: str
    own: str  # "riêng Kim Thành" for the district's own requirements, else ""
    quote: str
    note: Note


@dataclass(frozen=True)
class _Section:
    title: str
    items: tuple[_Item, ...]


@dataclass(frozen=True)
class _Exchange:
    question: str
    notice: str
    lines: tuple[tuple[_Segment, ...], ...]  # one paragraph per line of the answer
    notes: tuple[Note, ...]


def requirement_note(r: Requirement) -> str:
    """The footnote text of a requirement: where the guidance says it."""
    return _requirement_note(r, 0).text()


def _requirement_note(r: Requirement, n: int) -> Note:
    return Note(n, source_location(r.title, r.date, r.section, r.paragraph, r.page))


def citation_note(c: Citation) -> str:
    """The footnote text of an answer's citation: where the source says it, and the verbatim quote."""
    return _citation_note(c, c.n).text()


def _citation_note(c: Citation, n: int) -> Note:
    location = source_location(c.title, c.date, c.section, c.paragraph, c.page)
    return Note(n, location, clean(c.quote), unverified=not c.supported)


def outline_sections(outline: Outline) -> list[_Section]:
    """The outline's sections, each requirement an item with its footnote, numbered across the document."""
    district = clean(outline.district)
    sections, n = [], 0
    for section in outline.sections:
        items = []
        for number, r in enumerate(section.requirements, 1):
            n += 1
            own = ""
            if r.districts:
                names = [district] if district in r.districts else [clean(d) for d in r.districts]
                own = LABELS["own"].format(district=", ".join(names))
            items.append(_Item(number, clean(r.text), own, clean(r.quote), _requirement_note(r, n)))
        sections.append(_Section(clean(section.title), tuple(items)))
    return sections


def conversation_exchanges(answers: Sequence[Answer]) -> list[_Exchange]:
    """Each answer's lines cut at its [n] markers into text and footnote marks, the footnotes numbered across
    the conversation. Every marker has its citation (domain.Answer sees to it): each is a footnote."""
    out, n = [], 0
    for a in answers:
        by_marker = {c.n: c for c in a.citations}
        given: dict[int, int] = {}  # marker → footnote number, within this answer
        notes: list[Note] = []
        lines = []
        for line in _nfc(a.text).splitlines():
            if not line.strip():
                continue
            segments: list[_Segment] = []
            start = 0
            for m in _MARKER.finditer(line):
                marker = int(m[1])
                segments.append(line[start : m.start()])
                start = m.end()
                if marker in given:
                    segments.append(Ref(given[marker], first=False))
                    continue
                n += 1
                given[marker] = n
                notes.append(_citation_note(by_marker[marker], n))
                segments.append(Ref(n))
            segments.append(line[start:])
            lines.append(tuple(s for s in segments if s != ""))
        out.append(_Exchange(clean(a.question), clean(a.notice or ""), tuple(lines), tuple(notes)))
    return out


def footer_text(generated: date | None) -> str:
    """Who made the file and when: on `generated`, else today."""
    day = generated or date.today()
    return LABELS["footer"].format(date=day.strftime("%d/%m/%Y"))
