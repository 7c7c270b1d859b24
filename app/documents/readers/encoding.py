"""A text file's bytes → str: UTF-8 (a few damaged bytes repaired, with a warning), UTF-16, else
Windows-1258. Used by the txt, md and html readers.
"""

from __future__ import annotations

import codecs

from app.documents.readers.binary import refuse_binary
from app.documents.readers.common import _n
from app.errors import DocumentError

# A file this much of which decodes as UTF-8 is UTF-8 with a few damaged bytes: it is read with them replaced
# (and a warning). Windows-1258 Vietnamese fails on most of its accented letters, far more than this.
UTF8_MIN_SHARE = 0.995
UTF16_NUL_SIDE = (
    0.9  # share of a UTF-16 text's NULs on one side (the high bytes of ASCII and Latin-1 letters)
)
# one U+FFFD per bad byte (Python's "replace" gives one per broken sequence), so they can be counted
_ONE_PER_BYTE = "duthao-replace-each-byte"


def _replace_one_byte(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return "\ufffd", exc.start + 1


codecs.register_error(_ONE_PER_BYTE, _replace_one_byte)


def decode_bytes(data: bytes, source: str = "", warnings: list[str] | None = None) -> str:
    """UTF-8 (with or without BOM, a few bad bytes replaced), UTF-16 (BOM or NUL pattern), else
    Windows-1258. A repair is described in `warnings` (Vietnamese, for the person who owns the file)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _mostly_utf8(data[3:], warnings) or data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: ASCII letters leave NULs on the odd (LE) or even (BE) bytes, nearly all on
        # one side; NULs on both sides are binary data, refused below
        odd_nuls, even_nuls = sample[1::2].count(b"\x00"), sample[0::2].count(b"\x00")
        if max(odd_nuls, even_nuls) >= UTF16_NUL_SIDE * (odd_nuls + even_nuls):
            return data.decode("utf-16-le" if odd_nuls > even_nuls else "utf-16-be")
    refuse_binary(data, source)  # a picture or a PDF named .txt: said so, not "unknown encoding"
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data, warnings)
    if mostly is not None:
        return mostly
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200):
        raise DocumentError(source, "không nhận ra bảng mã (không phải UTF-8, UTF-16 hay Windows-1258)")
    return text


def _mostly_utf8(data: bytes, warnings: list[str] | None) -> str | None:
    """The text when at least UTF8_MIN_SHARE of the bytes decode as UTF-8 and the file really writes
    UTF-8 (more multi-byte letters than bad bytes), with U+FFFD for each bad byte; else None."""
    text = data.decode("utf-8", errors=_ONE_PER_BYTE)
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    letters = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad <= 0 or bad > len(data) * (1 - UTF8_MIN_SHARE) or letters <= bad:
        return None
    if warnings is not None:
        warnings.append(
            f"{_n(bad)} byte không đọc được theo UTF-8 đã được thay bằng “\ufffd”; phần còn lại vẫn được "
            "lập chỉ mục. Hãy mở tệp, sửa các chỗ đó rồi lưu lại dạng UTF-8"
        )
    return text
