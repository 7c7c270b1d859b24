"""app.documents.readers.read_blocks: the dispatch by suffix refuses a format it has no reader for."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.readers import read_blocks
from app.errors import DocumentError


def test_unsupported_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"\.odt"):
        read_blocks(tmp_path / "a.odt", b"data", "a.odt")
