"""What the reader tests share: read a file as the corpus would, write one in an encoding, check blocks are
clean (NFC, whitespace folded), find a block by its opening."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from app.documents.readers import read_blocks
from app.domain import RawBlock
from tests.documents.test_ingest import encode_cp1258


def read(path: Path) -> tuple[str | None, list[RawBlock]]:
    return read_blocks(path, path.read_bytes(), path.name)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def assert_clean(blocks: list[RawBlock]) -> None:
    assert blocks
    for b in blocks:
        assert unicodedata.is_normalized("NFC", b.text), b.text
        assert b.text == " ".join(b.text.split()), repr(b.text)


def find(blocks: list[RawBlock], start: str) -> RawBlock:
    return next(b for b in blocks if b.text.startswith(start))
