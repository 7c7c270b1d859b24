"""What several commands share: a file error in Vietnamese, the embedding progress bar, a source's
location as the exports write it."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import labels
from app.errors import DocumentError


def _file_error(path: Path | str, exc: OSError) -> DocumentError:
    """An OSError as a DocumentError that names the file and says what to do, in Vietnamese."""
    if isinstance(exc, FileNotFoundError):
        reason = labels.CLI_FILE_MISSING
    elif isinstance(exc, IsADirectoryError):
        reason = labels.CLI_FILE_IS_FOLDER
    elif isinstance(exc, PermissionError):
        reason = labels.CLI_FILE_FORBIDDEN
    else:
        reason = labels.CLI_FILE_UNREADABLE.format(error=errno.errorcode.get(exc.errno or 0, "?"))
    return DocumentError(str(path), reason)


def _progress_bar(
    desc: str = labels.PROGRESS_EMBED, unit: str = labels.PROGRESS_UNIT
) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A tqdm bar on stderr, created when there is something to do, and closed once all of it is done (so
    that the next bar starts on a line of its own)."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total == 0 or state.get("closed"):
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, unit=unit, desc=desc, file=sys.stderr)
        bar.update(done - bar.n)
        if done >= total:
            close()

    def close() -> None:
        if "bar" in state and not state.get("closed"):
            state["bar"].close()
            state["closed"] = True

    return update, close


def _build_bars() -> tuple[Callable[[int, int], None], Callable[[int, int], None], Callable[[], None]]:
    """The bars of a build: the files read, then the passages embedded; (reading, embedding, close)."""
    reading, close_reading = _progress_bar(labels.PROGRESS_READ, labels.PROGRESS_READ_UNIT)
    embedding, close_embedding = _progress_bar()

    def close() -> None:
        close_reading()
        close_embedding()

    return reading, embedding, close


def _where(source: Any) -> str:
    """A citation, passage or requirement as the exports write it (title, ngày dd/mm/yyyy, mục, đoạn)."""
    from app.export.content import source_location

    return source_location(source.title, source.date, source.section, source.paragraph, source.page)
