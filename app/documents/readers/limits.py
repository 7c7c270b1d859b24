"""How big one document may be, and the refusals that can be made before parsing it.

A document's text length and paragraph count are capped (settings max_document_chars /
max_document_paragraphs). A docx is measured before python-docx inflates it: first from the sizes its zip
directory declares, then by inflating each part in pieces of INFLATE_PIECE bytes, counting what comes out and
stopping at the limit. The second count is what holds: a zip may declare 40 KB for a part that inflates to
1 GB, and zipfile, as python-docx calls it, inflates a part whole in one call before cutting it to the
declared size.
"""

from __future__ import annotations

import copy
import io
import zipfile
import zlib
from dataclasses import dataclass

from app.documents.readers.common import _n
from app.errors import DocumentError
from app.settings import Settings


@dataclass(frozen=True)
class DocumentLimits:
    """How big one document may be (settings max_document_chars / max_document_paragraphs)."""

    max_chars: int = Settings.model_fields["max_document_chars"].default
    max_paragraphs: int = Settings.model_fields["max_document_paragraphs"].default

    @classmethod
    def from_settings(cls, settings: Settings) -> DocumentLimits:
        return cls(settings.max_document_chars, settings.max_document_paragraphs)


# Limits that can be checked before parsing. Word writes 5–15 bytes of XML per character of text (runs,
# properties, revision marks); 25 leaves room for heavily formatted documents and still refuses a zip bomb
# (a 0.9 MB docx expanding to 200 MB of XML) before python-docx builds it in memory.
DOCX_XML_BYTES_PER_CHAR = 25
# styles, themes, headers and pictures: python-docx reads every part, but none of them grows with the text
DOCX_OTHER_PARTS_BYTES = 100 * 1024 * 1024
HTML_MARKUP_FACTOR = 4
SPLIT_ADVICE = "hãy tách thành nhiều tệp nhỏ hơn"
DOCX_BODY = "word/document.xml"
# A part is inflated in pieces of this size to count it: what the check holds in memory at once.
INFLATE_PIECE = 64 * 1024
DOCX_RESAVE = "hãy mở và lưu lại bằng Word"
DOCX_ODD_COMPRESSION = "tệp Word được nén theo kiểu Word không dùng (không phải Deflate)"


def _too_many_chars(chars: int, limits: DocumentLimits) -> str:
    return (
        f"tài liệu quá dài: {_n(chars)} ký tự, giới hạn là {_n(limits.max_chars)} ký tự "
        f"(DUTHAO_MAX_DOCUMENT_CHARS): {SPLIT_ADVICE}"
    )


def _check_docx_size(data: bytes, source: str, limits: DocumentLimits) -> None:
    """Refuse a docx whose parts expand past the limits: as its zip directory declares them, then as they
    inflate (counted in pieces, never past the limit), or whose parts inflate to more than they declare."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        return  # not a zip: the parser says the file is damaged
    budget = limits.max_chars * DOCX_XML_BYTES_PER_CHAR
    body = sum(p.file_size for p in parts if p.filename == DOCX_BODY)
    others = sum(p.file_size for p in parts) - body
    for is_body, declared, limit in ((True, body, budget), (False, others, DOCX_OTHER_PARTS_BYTES)):
        if declared > limit:
            raise DocumentError(source, _too_big(f"giải nén ra {_size(declared)}", limit, limits, is_body))
    left = {True: budget, False: DOCX_OTHER_PARTS_BYTES}  # is the body → bytes it may still inflate to
    for part in parts:
        if part.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # zipfile inflates bzip2 and lzma parts without a bound on each piece; Word never writes them
            raise DocumentError(source, f"{DOCX_ODD_COMPRESSION}: {DOCX_RESAVE}")
        is_body = part.filename == DOCX_BODY
        size = _inflated_size(archive, part, left[is_body], source)
        if size > left[is_body]:  # the count stopped at the limit: it holds more than the zip declares
            limit, declared = (budget, body) if is_body else (DOCX_OTHER_PARTS_BYTES, others)
            what = f"khai {_size(declared)} nhưng giải nén ra hơn {_size(limit)}"
            raise DocumentError(source, _too_big(what, limit, limits, is_body))
        if size > part.file_size:
            raise DocumentError(
                source,
                f"tệp Word khai sai kích thước: phần {part.filename} khai {_size(part.file_size)} nhưng giải "
                f"nén ra {_size(size)}; tệp hỏng hoặc cố ý phình to: {DOCX_RESAVE}",
            )
        left[is_body] -= size


def _inflated_size(archive: zipfile.ZipFile, part: zipfile.ZipInfo, limit: int, source: str) -> int:
    """How many bytes the part inflates to, counted piece by piece; limit + 1 at most (it stops there)."""
    # zipfile stops a part at its declared size (and checks its CRC there): declare more than the count can
    # reach, so that what the part really holds is counted
    probe = copy.copy(part)
    probe.file_size = limit + INFLATE_PIECE + 1
    total = 0
    try:
        with archive.open(probe) as stream:
            while piece := stream.read(INFLATE_PIECE):
                total += len(piece)
                if total > limit:
                    break
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, ValueError) as exc:
        # a damaged or encrypted part: python-docx could not read it either
        raise DocumentError(source, f"tệp hỏng hoặc không đọc được: {DOCX_RESAVE}") from exc
    return total


def _size(n: int) -> str:
    """A size as people read it: 40 KB, 19 MB."""
    return f"{_n(round(n / 1024 / 1024))} MB" if n >= 1024 * 1024 else f"{_n(max(1, round(n / 1024)))} KB"


def _too_big(what: str, limit: int, limits: DocumentLimits, is_body: bool) -> str:
    """Why a docx whose body (or other parts) `what` ("giải nén ra 19 MB"), over `limit`, is refused."""
    why = (
        f"tương ứng {_n(limits.max_chars)} ký tự, DUTHAO_MAX_DOCUMENT_CHARS"
        if is_body
        else "cho hình ảnh, kiểu trình bày và các phần khác ngoài nội dung"
    )
    return (
        f"tệp Word {what}, quá giới hạn {_size(limit)} ({why}): tệp hỏng hoặc cố ý phình to; "
        f"{DOCX_RESAVE}, hoặc {SPLIT_ADVICE}"
    )
