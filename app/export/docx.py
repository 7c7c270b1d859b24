"""Outlines and conversations as Word documents with real footnotes, in Vietnamese administrative
typography.

python-docx has no footnote API, so the footnotes are built here in OOXML, as Word 2010+ writes them:
a /word/footnotes.xml part (content type …wordprocessingml.footnotes+xml) related from document.xml, opening
with the separator (w:id -1) and continuationSeparator (w:id 0) footnotes that settings.xml's w:footnotePr
names; real footnotes count from 1, each a "footnote text" paragraph that starts with a w:footnoteRef run;
the body refers to them with a "footnote reference" run holding w:footnoteReference. A citation marked twice
in one answer gets a NOTEREF field to its first footnote (what Word's own cross-reference to a footnote
writes). Text is kept verbatim but for the control characters XML cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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

from app.domain import Answer, Outline
from app.export.content import LABELS, Note, Ref, clean, conversation_exchanges, footer_text, outline_sections

# Times New Roman 13–14 pt on A4, margins 2/2/3/2 cm, is what Vietnamese administrative documents use
# (Nghị định 30/2020/NĐ-CP, phụ lục I).
FONT = "Times New Roman"
BODY_PT = 13
HEADING_PT = 14
FOOTNOTE_PT = 10
LANGUAGE = "vi-VN"

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

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

    def add(self, note: Note) -> None:
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


def _add_ref(paragraph: WordParagraph, ref: Ref) -> None:
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
    district = clean(outline.district)
    sections = outline_sections(outline)
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
            _add_ref(paragraph, Ref(item.note.n))
            footnotes.add(item.note)
    footer = document.add_paragraph()
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.paragraph_format.space_before = Pt(12)
    _add_text(footer, footer_text(generated), italic=True)
    return _save(document, footnotes, path)


def conversation_docx(exchanges: Sequence[Answer], path: Path) -> Path:
    """A conversation as a Word document: questions as headings, citations as real footnotes; returns path."""
    document, footnotes = _new_document(), _Footnotes()
    document.add_heading(LABELS["conversation_title"], level=1)
    for exchange in conversation_exchanges(exchanges):
        document.add_heading(_xml_text(exchange.question), level=2)
        if exchange.notice:
            _add_text(document.add_paragraph(), exchange.notice, italic=True)
        for line in exchange.lines:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for segment in line:
                if isinstance(segment, Ref):
                    _add_ref(paragraph, segment)
                else:
                    _add_text(paragraph, segment)
        for note in exchange.notes:
            footnotes.add(note)
    return _save(document, footnotes, path)
