"""How big one document may be, and the refusals that can be made before parsing it.

A document's text length and paragraph count are capped (settings max_document_chars /
max_document_paragraphs); a docx is measured from its zip directory before python-docx inflates it.
"""

from __future__ import annotations

import io
import zipfile
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


def _too_many_chars(chars: int, limits: DocumentLimits) -> str:
    return (
        f"tài liệu quá dài: {_n(chars)} ký tự, giới hạn là {_n(limits.max_chars)} ký tự "
        f"(DUTHAO_MAX_DOCUMENT_CHARS): {SPLIT_ADVICE}"
    )


def _check_docx_size(data: bytes, source: str, limits: DocumentLimits) -> None:
    """Refuse a docx whose parts would expand past the limits, from the sizes its zip directory declares
    (zipfile never inflates a part past its declared size, so the check holds for python-docx too)."""
    try:
        parts = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError):
        return  # not a zip: the parser says the file is damaged
    body = sum(p.file_size for p in parts if p.filename == "word/document.xml")
    others = sum(p.file_size for p in parts) - body
    budget = limits.max_chars * DOCX_XML_BYTES_PER_CHAR
    if body > budget or others > DOCX_OTHER_PARTS_BYTES:
        mb = max(body, others) / 1024 / 1024
        limit_mb = (budget if body > budget else DOCX_OTHER_PARTS_BYTES) / 1024 / 1024
        raise DocumentError(
            source,
            f"tệp Word giải nén ra {mb:,.0f} MB, quá giới hạn {limit_mb:,.0f} MB "
            f"(tương ứng {_n(limits.max_chars)} ký tự, DUTHAO_MAX_DOCUMENT_CHARS): tệp hỏng hoặc cố ý "
            f"phình to; hãy mở và lưu lại bằng Word, hoặc {SPLIT_ADVICE}",
        )
