"""Corpus files → Documents of numbered paragraphs with metadata → Chunks.

Formats: .txt, .md, .docx, .pdf, .html/.htm. Text is decoded (UTF-8, UTF-16, Windows-1258), normalised to
NFC with odd whitespace folded; text typed in the legacy TCVN3/VNI font encodings is refused with a message.
"""

from __future__ import annotations

import hashlib
import logging
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from app import places
from app.documents import planted
from app.documents.readers import DocumentLimits, decode_bytes, read_blocks
from app.documents.structure import analyse, is_bar_line, section_text, signer_of
from app.domain import BlockKind, Chunk, DocType, Document, Paragraph
from app.errors import DocumentError
from app.text import first_date, legacy_font_encoding, normalize, split_sentences

__all__ = ["DocumentLimits", "decode_bytes", "make_chunks", "planted_sentences", "read_document"]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
DOC_TYPES = {"guidance": DocType.GUIDANCE, "reports": DocType.REPORT, "report": DocType.REPORT}

# Why a file whose name is not UTF-8 is refused (its corpus path shows the odd bytes as \xNN).
NOT_UTF8_NAME = (
    "tên tệp có ký tự không đọc được (không phải mã UTF-8; thường gặp khi giải nén tệp zip tạo trên "
    "Windows), nên tệp chưa được lập chỉ mục: hãy đổi tên tệp (gõ lại tên bằng tiếng Việt có dấu hoặc "
    "không dấu) rồi cập nhật lại chỉ mục"
)

# Bump when parsing or chunking changes: the index then re-parses and re-embeds every document once.
# 23: the title lines at the top of a body are the title even when the file names its own title;
# 22: a place in a letterhead's place-and-date line ("Mỹ Tho, ngày 10 tháng 7 …") does not scope the document;
# 21: the signer is not a forwarding mail's sender, and may end a two-column closing line; 20: a rule line
# ("-----") is furniture, a letterhead or title ends a run's district; 19: a công văn named
# by its "V/v" subject; 18: a page's dated banner ("Báo X | Chính trị | 18/04/2025")
# is no title; 17: an OCR text's running headers, footers and page numbers dropped, a word hyphenated at a
# line's end joined, a forwarded mail's envelope is furniture and the notice it carries gives title and
# number; 16: a neighbour clause that would leave a paragraph about no place runs to its comma ("giáp ranh
# với huyện X, Y cần …" is about Y); 15: an HTML table row of text cells is one block, its cells joined as
# in Word; 14: a long line ending as a sentence is running text even in a heading element (a news lead as
# <h2>); 12: a name after a thing named after it ("Khu kinh tế Nghi Sơn") or a neighbour word ("liền kề …")
# does not make a paragraph about that district; a page's trailer ("Tin liên quan:" …) is furniture; 11: a
# web page read as its article, a letterhead below a page's lead, scope by what a paragraph is about, long
# "Phần thứ …" headings; 10: markdown links whose address holds parentheses; 9: item nesting learned per
# section; 8: Word letterheads stacked in table cells
PARSER_VERSION = 23


def parser_key() -> str:
    """What a chunk was parsed with: the parser version, the gazetteer (districts are part of a chunk's
    metadata and of what is embedded, so another gazetteer re-parses and re-embeds every document once) and
    the planted-instruction rules (their sentences are taken out of the chunks: other rules, other chunks)."""
    return f"{PARSER_VERSION}.{places.fingerprint()}.{planted.RULES_ID}"


# A paragraph this short (a date line, a signature) is merged into its neighbour when chunking.
TINY_CHARS = 50
# A paragraph longer than this is split at sentence ends into pieces of about TARGET_CHARS.
LONG_CHARS = 1200
TARGET_CHARS = 700


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[str]]:
    """Every file under the corpus folder, sorted (unsupported ones and symbolic links included, so that
    the build reports them; links to folders are not descended into), and the hidden entries skipped: each
    file or folder whose name starts with "." (its corpus path, a folder's with a trailing "/"; what is
    inside a hidden folder is not listed again)."""
    files: list[Path] = []
    hidden: dict[tuple[str, ...], str] = {}  # the hidden entry's parts → its corpus path
    for path in sorted(corpus_dir.rglob("*")):
        parts = path.relative_to(corpus_dir).parts
        first_hidden = next((i for i, part in enumerate(parts) if part.startswith(".")), None)
        if first_hidden is not None:
            key = parts[: first_hidden + 1]
            if key not in hidden:
                top = corpus_dir.joinpath(*key)
                shown = source_of(top, corpus_dir)
                hidden[key] = shown + "/" if top.is_dir() and not top.is_symlink() else shown
        elif (path.is_file() or path.is_symlink()) and path.name != "README.md":
            files.append(path)
    return files, sorted(hidden.values())


def iter_corpus_files(corpus_dir: Path) -> Iterator[Path]:
    """Every file under the corpus folder, sorted, hidden files skipped (scan_corpus)."""
    yield from scan_corpus(corpus_dir)[0]


def source_of(path: Path, corpus_dir: Path) -> str:
    """A file's corpus path: relative, "/" separators, NFC (macOS and some zip tools write names NFD).

    A name that is not UTF-8 (a zip made on Windows, unpacked here) has its odd bytes written as \\xNN, so
    that the path can be shown, stored and sent anywhere; check_readable refuses such a file."""
    relative = path.relative_to(corpus_dir).as_posix()
    if not valid_name(relative):
        relative = os.fsencode(relative).decode("utf-8", "backslashreplace")
    return unicodedata.normalize("NFC", relative)


def valid_name(name: str) -> bool:
    """The name is text: on this system a name whose bytes are not UTF-8 is read with lone surrogates in it
    (PEP 383), which JSON, Chroma and the web page cannot carry."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_readable(path: Path, corpus_dir: Path) -> None:
    """Refuse, before reading a byte, a file whose name is not UTF-8, a file of an unsupported type, or a
    symbolic link that leads out of the corpus folder, nowhere, or to a folder: a link to /etc/passwd must
    never be indexed and shown."""
    source = source_of(path, corpus_dir)
    if not valid_name(path.relative_to(corpus_dir).as_posix()):
        raise DocumentError(source, NOT_UTF8_NAME)
    # a link anywhere on the way (the file, or a folder under the corpus) is followed to see where it ends
    if corpus_dir.resolve() not in path.resolve().parents:
        raise DocumentError(
            source,
            "liên kết tượng trưng (symlink) trỏ ra ngoài thư mục tài liệu: không được đọc, vì an toàn. "
            "Nếu cần lập chỉ mục tệp đó, hãy chép hẳn tệp vào thư mục tài liệu",
        )
    if path.is_symlink():
        real = path.resolve()
        if not real.exists():
            raise DocumentError(
                source, "liên kết tượng trưng (symlink) trỏ tới tệp không tồn tại: hãy xóa hoặc sửa"
            )
        if real.is_dir():
            raise DocumentError(
                source,
                "liên kết tượng trưng (symlink) tới một thư mục: các tệp trong đó không được đọc qua "
                "liên kết; hãy chép chúng vào thư mục tài liệu",
            )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            source,
            f"định dạng {suffix or '(không có đuôi)'} không được hỗ trợ "
            f"(chỉ nhận {', '.join(SUPPORTED_SUFFIXES)})",
        )


def doc_type_of(source: str) -> DocType:
    """The folder gives a document its type: guidance/… or reports/…."""
    top = source.split("/", 1)[0] if "/" in source else ""
    return DOC_TYPES.get(top.lower(), DocType.OTHER)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path, corpus_dir: Path, limits: DocumentLimits | None = None) -> Document:
    """Parse one file (within `limits`: defaults when None). Raises DocumentError naming the file and the
    reason; what had to be repaired to read it is in the Document's warnings."""
    source = source_of(path, corpus_dir)
    check_readable(path, corpus_dir)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(source, f"không đọc được tệp: {exc.strerror or exc}") from exc
    if not data.strip():
        raise DocumentError(source, "tệp rỗng")
    warnings: list[str] = []
    try:
        title, raw = read_blocks(path, data, source, limits, warnings)
    except DocumentError:
        raise
    except Exception as exc:  # parsers raise many types for corrupt files; the user needs the file + reason
        log.info("%s: parser error %s: %s", source, type(exc).__name__, exc)
        reason = "tệp hỏng hoặc không đọc được: hãy mở và lưu lại tệp rồi thêm lại"
        raise DocumentError(source, reason) from exc

    blocks = [replace(b, text=text) for b in raw for text in [" ".join(normalize(b.text).split())] if text]
    if not blocks:
        raise DocumentError(source, "không có văn bản nào đọc được (tệp quét ảnh hoặc rỗng?)")
    legacy = legacy_font_encoding("\n".join(b.text for b in blocks[:50]))
    if legacy:
        raise DocumentError(
            source,
            f"văn bản gõ bằng bảng mã cũ {legacy}: hãy chuyển sang Unicode "
            "(ví dụ Unikey → Công cụ chuyển mã) rồi thêm lại",
        )
    structure = analyse(blocks, " ".join(normalize(title).split()) if title else None)
    body = [b for b in structure.blocks if b.kind is not BlockKind.LETTERHEAD]
    # with no title line, the first block of text names the document; not a page's dated banner ("Báo Bắc
    # Giang điện tử | Chính trị | Thứ Sáu, 18/04/2025 - 18:42"), kept for its date
    first = next((b for b in body if not is_bar_line(b.text)), None) or (body or structure.blocks)[0]
    title = " ".join(normalize(structure.title or first.text).split())[:300]
    # a title is shown with every quote of the document: one written to steer an assistant is not kept
    title = planted.redact(title).strip() or Path(source).stem
    letterhead = [b.text for b in structure.blocks if b.kind is BlockKind.LETTERHEAD]
    date = find_date(" \n".join(letterhead)) or find_date(" \n".join(b.text for b in structure.blocks[:6]))
    doc_type = doc_type_of(source)
    paragraphs = tuple(
        Paragraph(
            source,
            title,
            date,
            doc_type,
            i,
            b.text,
            b.districts,
            b.inherited,
            section=b.section,
            kind=b.kind,
            page=b.page,
        )
        for i, b in enumerate(structure.blocks, 1)
    )
    return Document(
        source,
        title,
        date,
        doc_type,
        paragraphs,
        content_hash(data),
        issuer=structure.issuer,
        number=structure.number,
        signer=signer_of(structure.blocks),
        warnings=tuple(warnings),
    )


def find_date(text: str) -> str | None:
    """The first full date the text states (dd/mm/yyyy, dd-mm-yyyy, 'ngày d tháng m năm yyyy'), as ISO."""
    found = first_date(text)
    return f"{found[0]:04d}-{found[1]:02d}-{found[2]:02d}" if found else None


def planted_sentences(doc: Document) -> list[str]:
    """The sentences of a document written to steer an assistant (app/documents/planted.py), in order, each
    once: what make_chunks leaves out, for the Tài liệu tab and the index report."""
    return list(dict.fromkeys(s for p in doc.paragraphs for s in planted.planted_sentences(p.text)))


def make_chunks(doc: Document) -> list[Chunk]:
    """Chunks follow paragraphs: an item is a chunk of its own; a tiny text paragraph (a date line, a
    signature) merges into its neighbour in the same section; a long one splits at sentence ends.
    Headings (they live on in the section path) and letterhead lines (metadata) are not chunks.

    A sentence written to steer an assistant (planted.py) is in no chunk, nor in a section path: nothing
    downstream (retrieval, answers, the requirement catalogue, the outline, the review, an LLM's prompt, the
    sources panel) can show it or be steered by it. A paragraph that held nothing else is gone; the others
    keep their numbers."""
    groups: list[list[Paragraph]] = []
    headings = {h: planted.redact(h).strip() for p in doc.paragraphs for h in p.section}
    answerable = [
        replace(p, text=text, section=tuple(headings[h] for h in p.section if headings[h]))
        for p in doc.paragraphs
        if p.kind in (BlockKind.TEXT, BlockKind.ITEM)
        for text in [planted.redact(p.text).strip()]
        if text
    ]
    for para in answerable:
        if not groups or groups[-1][-1].section != para.section or para.kind is not BlockKind.TEXT:
            groups.append([para])  # items and section starts begin a chunk
            continue
        last = groups[-1]
        if len(para.text) < TINY_CHARS and last[-1].number == para.number - 1:
            last.append(para)  # a date line or signature belongs with what precedes it
        elif last[-1].kind is BlockKind.TEXT and sum(len(p.text) for p in last) < TINY_CHARS:
            last.append(para)  # a tiny first paragraph joins the next one
        else:
            groups.append([para])

    pieces: list[tuple[list[Paragraph], str]] = []
    for group in groups:
        text = "\n".join(p.text for p in group)
        if len(text) <= LONG_CHARS:
            pieces.append((group, text))
            continue
        for part in _split_long(text):
            pieces.append((group, part))

    chunks = []
    for i, (group, text) in enumerate(pieces):
        districts: list[str] = []
        for p in group:
            districts.extend(d for d in p.districts if d not in districts)
        first = group[0]
        chunks.append(
            Chunk(
                id=f"{doc.content_hash[:16]}-p{parser_key()}-{i:04d}",
                doc_hash=doc.content_hash,
                source=doc.source,
                title=doc.title,
                date=doc.date,
                doc_type=doc.doc_type,
                paragraph=first.number,
                paragraph_end=group[-1].number,
                text=text,
                districts=tuple(districts),
                inherited=all(p.inherited for p in group if p.districts) and any(p.inherited for p in group),
                section=section_text(first.section),
                page=first.page,
                kind=first.kind.value,
            )
        )
    return chunks


def _split_long(text: str) -> list[str]:
    parts: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        while len(sentence) > LONG_CHARS:  # a run-on "sentence": cut at a space
            cut = sentence.rfind(" ", 0, TARGET_CHARS) if " " in sentence[:TARGET_CHARS] else TARGET_CHARS
            parts.append((current + " " + sentence[:cut]).strip())
            current, sentence = "", sentence[cut:].strip()
        if current and len(current) + len(sentence) + 1 > TARGET_CHARS:
            parts.append(current)
            current = sentence
        else:
            current = (current + " " + sentence).strip()
    if current:
        parts.append(current)
    return parts
