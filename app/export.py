"""Render our domain objects to files people take away: an outline and a conversation, as Markdown and Word.

Both formats carry the same content and the same footnote numbers, counted across the whole document. Each
requirement of an outline gets one footnote naming where the guidance says it; each citation an answer marks
with "[n]" gets one footnote (its place in the source and its verbatim quote). A citation marked twice in one
answer keeps its first footnote: Markdown repeats the `[^k]` label, Word puts a NOTEREF field to it (what
Word's own cross-reference to a footnote writes).

python-docx has no footnote API, so the Word footnotes are built here in OOXML, as Word 2010+ writes them:
a /word/footnotes.xml part (content type …wordprocessingml.footnotes+xml) related from document.xml, opening
with the separator (w:id -1) and continuationSeparator (w:id 0) footnotes that settings.xml's w:footnotePr
names; real footnotes count from 1, each a "footnote text" paragraph that starts with a w:footnoteRef run;
the body refers to them with a "footnote reference" run holding w:footnoteReference.

Text is kept verbatim (NFC): Markdown escapes what it would otherwise read as markup, Word drops only the
control characters XML cannot hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

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

# Times New Roman 13–14 pt on A4, margins 2/2/3/2 cm, is what Vietnamese administrative documents use
# (Nghị định 30/2020/NĐ-CP, phụ lục I).
FONT = "Times New Roman"
BODY_PT = 13
HEADING_PT = 14
FOOTNOTE_PT = 10
LANGUAGE = "vi-VN"

_MARKER = re.compile(r"[ \t]*\[(\d+)\]")  # an answer's citation marker, with the space before it
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~]|&(?=#?\w+;))")
_MD_LINE_START = re.compile(r"^([ \t]*)(?:([-+=])|(\d+)([.)]))", re.MULTILINE)  # list, setext
_SPACES = re.compile(r"\s+")

# settings.xml children that come after w:footnotePr (ECMA-376 CT_Settings order): it goes before the first.
_AFTER_FOOTNOTE_PR = frozenset(
    qn(f"w:{tag}")
    for tag in (
        *("endnotePr", "compat", "docVars", "rsids", "attachedSchema", "themeFontLang", "clrSchemeMapping"),
        *("doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions"),
        *("readModeInkLockDown", "smartTagType", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol"),
        "listSeparator",
    )
) | {
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr",
    "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}schemaLibrary",
}


# ---- shared wording -------------------------------------------------------------------------------------


def source_location(title: str, iso: str | None, section: str, paragraph: int, page: int | None) -> str:
    """Where a source says something: title, date, section path, then page (PDF) or paragraph."""
    parts = [_clean(title)]
    if iso:
        parts.append(LABELS["date"].format(date=show_date(iso)))
    if section:
        parts.append(LABELS["section"].format(section=_clean(section)))
    if page is not None:
        parts.append(LABELS["page"].format(page=page))
    else:
        parts.append(LABELS["paragraph"].format(paragraph=paragraph))
    return ", ".join(parts)


def _clean(text: str) -> str:
    """NFC, on one line (footnotes and list items are single paragraphs)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---- what both formats render ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Note:
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
class _Ref:
    """A footnote mark inside running text; `first` is False when it repeats an earlier mark."""

    n: int
    first: bool = True


_Segment = str | _Ref


@dataclass(frozen=True)
class _Item:
    number: int
    text: str
    own: str  # "riêng Kim Thành" for the district's own requirements, else ""
    quote: str
    note: _Note


@dataclass(frozen=True)
class _Section:
    title: str
    items: tuple[_Item, ...]


@dataclass(frozen=True)
class _Exchange:
    question: str
    notice: str
    lines: tuple[tuple[_Segment, ...], ...]  # one paragraph per line of the answer
    notes: tuple[_Note, ...]


def requirement_note(r: Requirement) -> str:
    """The footnote text of a requirement: where the guidance says it."""
    return _requirement_note(r, 0).text()


def _requirement_note(r: Requirement, n: int) -> _Note:
    return _Note(n, source_location(r.title, r.date, r.section, r.paragraph, r.page))


def citation_note(c: Citation) -> str:
    """The footnote text of an answer's citation: where the source says it, and the verbatim quote."""
    return _citation_note(c, c.n).text()


def _citation_note(c: Citation, n: int) -> _Note:
    location = source_location(c.title, c.date, c.section, c.paragraph, c.page)
    return _Note(n, location, _clean(c.quote), unverified=not c.supported)


def _outline_sections(outline: Outline) -> list[_Section]:
    district = _clean(outline.district)
    sections, n = [], 0
    for section in outline.sections:
        items = []
        for number, r in enumerate(section.requirements, 1):
            n += 1
            own = ""
            if r.districts:
                names = [district] if district in r.districts else [_clean(d) for d in r.districts]
                own = LABELS["own"].format(district=", ".join(names))
            items.append(_Item(number, _clean(r.text), own, _clean(r.quote), _requirement_note(r, n)))
        sections.append(_Section(_clean(section.title), tuple(items)))
    return sections


def _exchanges(answers: Sequence[Answer]) -> list[_Exchange]:
    out, n = [], 0
    for a in answers:
        by_marker = {c.n: c for c in a.citations}
        given: dict[int, int] = {}  # marker → footnote number, within this answer
        notes: list[_Note] = []
        lines = []
        for line in _nfc(a.text).splitlines():
            if not line.strip():
                continue
            segments: list[_Segment] = []
            start = 0
            for m in _MARKER.finditer(line):
                marker = int(m[1])
                if marker not in by_marker:  # not a citation we hold: left as written
                    continue
                segments.append(line[start : m.start()])
                start = m.end()
                if marker in given:
                    segments.append(_Ref(given[marker], first=False))
                    continue
                n += 1
                given[marker] = n
                notes.append(_citation_note(by_marker[marker], n))
                segments.append(_Ref(n))
            segments.append(line[start:])
            lines.append(tuple(s for s in segments if s != ""))
        out.append(_Exchange(_clean(a.question), _clean(a.notice or ""), tuple(lines), tuple(notes)))
    return out


# ---- Markdown -------------------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Escape what Markdown would read as markup, so the text shows as written."""

    def line_start(m: re.Match[str]) -> str:  # "- x" → "\- x", "1. x" → "1\. x"
        return f"{m[1]}\\{m[2]}" if m[2] else f"{m[1]}{m[3]}\\{m[4]}"

    return _MD_LINE_START.sub(line_start, _MD_INLINE.sub(r"\\\1", text))


def _md_notes(notes: Sequence[_Note]) -> list[str]:
    return [f"[^{note.n}]: {_md(note.text())}" for note in notes]


def outline_markdown(outline: Outline, generated: date | None = None) -> str:
    """The outline as Markdown: sections, requirements with their quotes, footnotes naming the sources."""
    district = _clean(outline.district)
    sections = _outline_sections(outline)
    count = sum(len(s.items) for s in sections)
    lines = [f"# {_md(LABELS['outline_title'].format(district=district))}", ""]
    intro = "outline_intro" if count else "outline_empty"
    lines += [_md(LABELS[intro].format(district=district, count=count)), ""]
    notes = []
    for section in sections:
        lines += [f"## {_md(section.title)}", ""]
        if not section.items:
            lines += [f"_{_md(LABELS['section_empty'])}_", ""]
        for item in section.items:
            own = f" ({_md(item.own)})" if item.own else ""
            lines.append(f"{item.number}. {_md(item.text)}{own}: “{_md(item.quote)}”[^{item.note.n}]")
            notes.append(item.note)
        if section.items:
            lines.append("")
    lines += [f"_{_md(_footer(generated))}_", ""]
    if notes:
        lines += [*_md_notes(notes), ""]
    return "\n".join(lines)


def conversation_markdown(exchanges: Sequence[Answer]) -> str:
    """A conversation as Markdown: each question as a heading, its answer with the [n] marks as footnotes."""
    lines = [f"# {_md(LABELS['conversation_title'])}", ""]
    notes: list[_Note] = []
    for exchange in _exchanges(exchanges):
        lines += [f"## {_md(exchange.question)}", ""]
        if exchange.notice:
            lines += [f"_{_md(exchange.notice)}_", ""]
        for line in exchange.lines:
            text = "".join(f"[^{s.n}]" if isinstance(s, _Ref) else _md(s) for s in line)
            lines += [text, ""]
        notes += exchange.notes
    if notes:
        lines += [*_md_notes(notes), ""]
    return "\n".join(lines)


def _footer(generated: date | None) -> str:
    day = generated or date.today()
    return LABELS["footer"].format(date=day.strftime("%d/%m/%Y"))


# ---- Word -----------------------------------------------------------------------------------------------

_FOOTNOTE_STYLES = f"""
<w:styles {nsdecls("w")}>
  <w:style w:type="paragraph" w:styleId="FootnoteText">
    <w:name w:val="footnote text"/>
    <w:basedOn w:val="Normal"/>
    <w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/>
    <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>
    <w:rPr><w:sz w:val="{FOOTNOTE_PT * 2}"/><w:szCs w:val="{FOOTNOTE_PT * 2}"/></w:rPr>
  </w:style>
  <w:style w:type="character" w:styleId="FootnoteReference">
    <w:name w:val="footnote reference"/>
    <w:basedOn w:val="DefaultParagraphFont"/>
    <w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/>
    <w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
  </w:style>
</w:styles>
"""

_SEPARATOR = """
  <w:footnote w:type="{kind}" w:id="{id}">
    <w:p>
      <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
      <w:r><w:{kind}/></w:r>
    </w:p>
  </w:footnote>"""


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _set_font(style: ParagraphStyle, size: int, *, bold: bool | None = None) -> None:
    """Times New Roman for every script, black, at `size` points; theme fonts and colours dropped."""
    font = style.font
    font.name = FONT
    font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(qn(f"w:{attr}"), None)
    rfonts.set(qn("w:eastAsia"), FONT)
    rfonts.set(qn("w:cs"), FONT)
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attr in ("themeColor", "themeShade", "themeTint"):
            color.attrib.pop(qn(f"w:{attr}"), None)


def _new_document() -> WordDocument:
    """A blank document with Vietnamese administrative typography and Word's footnote styles."""
    document = docx.Document()
    styles = document.styles
    normal = styles["Normal"]
    _set_font(normal, BODY_PT)
    normal.paragraph_format.space_after = Pt(6)
    lang = OxmlElement("w:lang", {qn("w:val"): LANGUAGE, qn("w:eastAsia"): LANGUAGE, qn("w:bidi"): "ar-SA"})
    normal.element.get_or_add_rPr().append(lang)  # last in w:rPr's sequence among what Normal holds
    _set_font(styles["Heading 1"], HEADING_PT, bold=True)
    styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(styles["Heading 2"], HEADING_PT, bold=True)
    page = document.sections[0]
    page.page_width, page.page_height = Cm(21), Cm(29.7)
    page.top_margin, page.bottom_margin = Cm(2), Cm(2)
    page.left_margin, page.right_margin = Cm(3), Cm(2)
    present = {s.style_id for s in styles}
    for style in parse_xml(_FOOTNOTE_STYLES):
        if style.get(qn("w:styleId")) not in present:
            styles.element.append(style)
    return document


class _Footnotes:
    """The footnotes part being built: separators first, then one w:footnote per note, ids from 1."""

    def __init__(self) -> None:
        separators = _SEPARATOR.format(kind="separator", id=-1) + _SEPARATOR.format(
            kind="continuationSeparator", id=0
        )
        self.element = parse_xml(f"<w:footnotes {nsdecls('w')}>{separators}</w:footnotes>")

    def add(self, note: _Note) -> None:
        footnote = etree.SubElement(self.element, qn("w:footnote"), {qn("w:id"): str(note.n)})
        p = etree.SubElement(footnote, qn("w:p"))
        ppr = etree.SubElement(p, qn("w:pPr"))
        etree.SubElement(ppr, qn("w:pStyle"), {qn("w:val"): "FootnoteText"})
        mark = _reference_run(p)
        etree.SubElement(mark, qn("w:footnoteRef"))
        if note.quote:
            _text_run(p, f" {note.location}: ")
            _text_run(p, f"“{note.quote}”", italic=True)
            if note.unverified:
                _text_run(p, " " + LABELS["unverified"])
        else:
            _text_run(p, f" {note.text()}")

    def attach(self, document: WordDocument) -> None:
        """Add the part to the package, related from document.xml, and name the separators in settings."""
        package = document.part.package
        assert not any(rel.reltype == RT.FOOTNOTES for rel in document.part.rels.values())
        part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, self.element, package)
        document.part.relate_to(part, RT.FOOTNOTES)
        settings = document.settings.element
        footnote_pr = parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
        later = next((child for child in settings if child.tag in _AFTER_FOOTNOTE_PR), None)
        if later is not None:
            later.addprevious(footnote_pr)
        else:
            settings.append(footnote_pr)


def _reference_run(parent: etree._Element) -> etree._Element:
    run = etree.SubElement(parent, qn("w:r"))
    rpr = etree.SubElement(run, qn("w:rPr"))
    etree.SubElement(rpr, qn("w:rStyle"), {qn("w:val"): "FootnoteReference"})
    return run


def _text_run(parent: etree._Element, text: str, *, italic: bool = False) -> None:
    run = etree.SubElement(parent, qn("w:r"))
    if italic:
        etree.SubElement(etree.SubElement(run, qn("w:rPr")), qn("w:i"))
    t = etree.SubElement(run, qn("w:t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    t.text = _xml_text(text)


def _bookmark(n: int) -> str:
    return f"_RefFootnote{n}"  # a leading "_" keeps it out of Word's bookmark list


def _add_ref(paragraph: WordParagraph, ref: _Ref) -> None:
    """The footnote mark: a w:footnoteReference run (bookmarked), or a NOTEREF field repeating it."""
    p = paragraph._p
    if ref.first:
        etree.SubElement(p, qn("w:bookmarkStart"), {qn("w:id"): str(ref.n), qn("w:name"): _bookmark(ref.n)})
        run = _reference_run(p)
        etree.SubElement(run, qn("w:footnoteReference"), {qn("w:id"): str(ref.n)})
        etree.SubElement(p, qn("w:bookmarkEnd"), {qn("w:id"): str(ref.n)})
        return
    field = etree.SubElement(p, qn("w:fldSimple"), {qn("w:instr"): f" NOTEREF {_bookmark(ref.n)} \\f \\h "})
    run = _reference_run(field)
    etree.SubElement(run, qn("w:t")).text = str(ref.n)  # the cached result; Word updates it


def _add_text(paragraph: WordParagraph, text: str, *, italic: bool = False, bold: bool = False) -> None:
    run = paragraph.add_run(_xml_text(text))
    if italic:
        run.italic = True
    if bold:
        run.bold = True


def _save(document: WordDocument, footnotes: _Footnotes, path: Path) -> Path:
    footnotes.attach(document)
    path = Path(path)
    document.save(str(path))
    return path


def outline_docx(outline: Outline, path: Path, generated: date | None = None) -> Path:
    """The outline as a Word document with real footnotes; returns path."""
    document, footnotes = _new_document(), _Footnotes()
    district = _clean(outline.district)
    sections = _outline_sections(outline)
    count = sum(len(s.items) for s in sections)
    document.add_heading(_xml_text(LABELS["outline_title"].format(district=district)), level=1)
    intro = "outline_intro" if count else "outline_empty"
    document.add_paragraph(_xml_text(LABELS[intro].format(district=district, count=count)))
    for section in sections:
        document.add_heading(_xml_text(section.title), level=2)
        if not section.items:
            _add_text(document.add_paragraph(), LABELS["section_empty"], italic=True)
        for item in section.items:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(0.75)
            paragraph.paragraph_format.first_line_indent = Cm(-0.75)
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _add_text(paragraph, f"{item.number}.\t{item.text}")
            if item.own:
                _add_text(paragraph, f" ({item.own})", bold=True)
            _add_text(paragraph, ": ")
            _add_text(paragraph, f"“{item.quote}”", italic=True)
            _add_ref(paragraph, _Ref(item.note.n))
            footnotes.add(item.note)
    footer = document.add_paragraph()
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.paragraph_format.space_before = Pt(12)
    _add_text(footer, _footer(generated), italic=True)
    return _save(document, footnotes, path)


def conversation_docx(exchanges: Sequence[Answer], path: Path) -> Path:
    """A conversation as a Word document: questions as headings, citations as real footnotes; returns path."""
    document, footnotes = _new_document(), _Footnotes()
    document.add_heading(LABELS["conversation_title"], level=1)
    for exchange in _exchanges(exchanges):
        document.add_heading(_xml_text(exchange.question), level=2)
        if exchange.notice:
            _add_text(document.add_paragraph(), exchange.notice, italic=True)
        for line in exchange.lines:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for segment in line:
                if isinstance(segment, _Ref):
                    _add_ref(paragraph, segment)
                else:
                    _add_text(paragraph, segment)
        for note in exchange.notes:
            footnotes.add(note)
    return _save(document, footnotes, path)
