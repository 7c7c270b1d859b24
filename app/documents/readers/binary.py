"""Whether a file read as text holds text at all: a picture, a PDF or a Word file renamed ".txt" is told by
its content, and refused with what it looks like, not with a word about encodings.

Two signs, on the first bytes: a signature the common binary formats open with (PNG, JPEG, PDF, ZIP …),
else the share of control bytes. Text in UTF-8, Windows-1258 or the legacy TCVN3/VNI fonts holds next to
none (VISCII's few capital letters in that range are rare); any compressed or encoded data holds about one
byte in nine (28 of 256 values). UTF-16 text is told apart before this (encoding.decode_bytes), since its
high bytes are NULs and 0x01 / 0x1E for Vietnamese letters.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import DocumentError

SAMPLE_BYTES = 8192
CONTROL_SHARE = 0.05  # text: ≈ 0; binary data: ≈ 0.11
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1a\x1b")  # tab, line breaks, form feed, DOS end of file, escape

# (what the bytes open with, what the file looks like, what to do); the offset of "ftyp" in video files is 4
_IMAGE = "Trợ lý chỉ đọc chữ, không đọc ảnh: hãy thêm văn bản gốc (.docx, .pdf có chữ, .txt)."
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "một ảnh PNG", _IMAGE),
    (b"\xff\xd8\xff", "một ảnh JPEG", _IMAGE),
    (b"GIF87a", "một ảnh GIF", _IMAGE),
    (b"GIF89a", "một ảnh GIF", _IMAGE),
    (b"II*\x00", "một ảnh TIFF", _IMAGE),
    (b"MM\x00*", "một ảnh TIFF", _IMAGE),
    (b"%PDF-", "một tệp PDF", "Hãy đổi đuôi tên tệp thành .pdf rồi thêm lại."),
    (
        b"PK\x03\x04",
        "một tệp nén ZIP (tệp Word .docx cũng là ZIP)",
        "Nếu đó là tệp Word, hãy đổi đuôi thành .docx.",
    ),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "một tệp Word/Excel định dạng cũ (.doc, .xls)",
        "Hãy mở tệp bằng Word và lưu lại dạng .docx.",
    ),
    (b"\x1f\x8b", "một tệp nén GZIP", "Hãy giải nén rồi thêm tệp văn bản bên trong."),
    (b"Rar!\x1a\x07", "một tệp nén RAR", "Hãy giải nén rồi thêm tệp văn bản bên trong."),
    (b"7z\xbc\xaf\x27\x1c", "một tệp nén 7z", "Hãy giải nén rồi thêm tệp văn bản bên trong."),
    (b"\x7fELF", "một tệp chương trình", "Hãy chọn đúng tệp văn bản."),
)
_RIFF_KINDS = {b"WEBP": "một ảnh WebP", b"WAVE": "một tệp âm thanh WAV", b"AVI ": "một tệp video AVI"}
_DATA = ("dữ liệu nhị phân, không phải chữ", "Hãy chọn đúng tệp văn bản (.txt, .md, .docx, .pdf, .html).")


def what_binary(data: bytes) -> tuple[str, str] | None:
    """(what the bytes look like, what to do) when they are not text; None when they may be."""
    for signature, kind, advice in _SIGNATURES:
        if data.startswith(signature):
            return kind, advice
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]], _IMAGE if data[8:12] == b"WEBP" else _DATA[1]
    if data[4:8] == b"ftyp":
        return "một tệp video hoặc ảnh HEIC", _DATA[1]
    sample = data[:SAMPLE_BYTES]
    controls = sum(1 for b in sample if (b < 0x20 or b == 0x7F) and b not in _TEXT_CONTROLS)
    if sample and controls > CONTROL_SHARE * len(sample):
        return _DATA
    return None


def refuse_binary(data: bytes, source: str) -> None:
    """Raise DocumentError naming the file and what it looks like when its bytes are not text."""
    found = what_binary(data)
    if found is None:
        return
    kind, advice = found
    suffix = Path(source).suffix
    named = f", dù tên tệp có đuôi {suffix}" if suffix else ""
    raise DocumentError(source, f"không phải tệp văn bản: nội dung là {kind}{named}. {advice}")
