"""A corpus file's bytes → its title and its blocks (domain.RawBlock), in document order.

One reader per format, chosen here by the file's suffix: `docx.py`, `pdf.py`, `html.py`, and `text.py` for
txt and md. Every block's text is NFC (text.normalize) with its whitespace folded to single spaces
(`common.py`, which also holds the line patterns several readers share); empty blocks are dropped. How big a
document may be, and what can be refused before parsing, is `limits.py`; text files are decoded by
`encoding.py`.

Problems the user can act on raise errors.DocumentError with a Vietnamese reason.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.documents.readers.common import _fold, _n
from app.documents.readers.docx import _docx_blocks
from app.documents.readers.encoding import decode_bytes
from app.documents.readers.html import _html_blocks
from app.documents.readers.limits import (
    DOCX_XML_BYTES_PER_CHAR,
    HTML_MARKUP_FACTOR,
    SPLIT_ADVICE,
    DocumentLimits,
    _check_docx_size,
    _too_many_chars,
)
from app.documents.readers.pdf import _pdf_blocks
from app.documents.readers.text import _md_blocks, _txt_blocks
from app.domain import RawBlock
from app.errors import DocumentError

__all__ = ["DOCX_XML_BYTES_PER_CHAR", "SUFFIXES", "DocumentLimits", "decode_bytes", "read_blocks"]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")


def read_blocks(
    path: Path,
    data: bytes,
    source: str,
    limits: DocumentLimits | None = None,
    warnings: list[str] | None = None,
) -> tuple[str | None, list[RawBlock]]:
    """The document's title (None when the file states none) and its blocks, in document order.

    A document over `limits` is refused, before parsing when its size tells (text length, a docx's
    uncompressed XML), else right after. What the reader had to repair is appended to `warnings`."""
    suffix = path.suffix.lower()
    limits = limits or DocumentLimits()
    if suffix not in SUFFIXES:
        raise DocumentError(
            source,
            f"định dạng {suffix or '(không có đuôi)'} không được hỗ trợ (chỉ nhận {', '.join(SUFFIXES)})",
        )
    if not data.strip():
        raise DocumentError(source, "tệp rỗng")
    if suffix == ".docx":
        _check_docx_size(data, source, limits)
    try:
        if suffix in (".txt", ".md", ".html", ".htm"):
            text = decode_bytes(data, source, warnings)
            # markup is not text: an html page may hold several times its text in tags
            budget = limits.max_chars * (HTML_MARKUP_FACTOR if suffix in (".html", ".htm") else 1)
            if len(text) > budget:
                raise DocumentError(source, _too_many_chars(len(text), limits))
        if suffix == ".txt":
            title, blocks = None, _txt_blocks(text)
        elif suffix == ".md":
            title, blocks = _md_blocks(text)
        elif suffix == ".docx":
            title, blocks = _docx_blocks(data)
        elif suffix == ".pdf":
            title, blocks = _pdf_blocks(data, source)
        else:
            title, blocks = _html_blocks(text)
    except DocumentError:
        raise
    except Exception as exc:  # parsers raise many types for corrupt files; the user needs the file + reason
        log.info("%s: parser error %s: %s", source, type(exc).__name__, exc)
        reason = (
            "tệp hỏng hoặc không đọc được: hãy mở và lưu lại tệp (bằng Word hoặc trình đọc PDF) rồi thêm lại"
        )
        raise DocumentError(source, reason) from exc
    blocks = [b for b in blocks if b.text]
    if not blocks:
        raise DocumentError(source, "không có văn bản nào đọc được (tệp quét ảnh hoặc rỗng?)")
    if len(blocks) > limits.max_paragraphs:
        raise DocumentError(
            source,
            f"tài liệu quá dài: {_n(len(blocks))} đoạn, giới hạn là {_n(limits.max_paragraphs)} đoạn "
            f"(DUTHAO_MAX_DOCUMENT_PARAGRAPHS): {SPLIT_ADVICE}",
        )
    chars = sum(len(b.text) for b in blocks)
    if chars > limits.max_chars:
        raise DocumentError(source, _too_many_chars(chars, limits))
    return (_fold(title) or None) if title else None, blocks
