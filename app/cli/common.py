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


def _progress_bar() -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A tqdm bar on stderr, created when there is something to embed."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total == 0:
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(
                total=total, unit=labels.PROGRESS_UNIT, desc=labels.PROGRESS_EMBED, file=sys.stderr
            )
        bar.update(done - bar.n)

    def close() -> None:
        if "bar" in state:
            state["bar"].close()

    return update, close


def _where(source: Any) -> str:
    """A citation, passage or requirement as the exports write it (title, ngày dd/mm/yyyy, mục, đoạn)."""
    from app.export.content import source_location

    return source_location(source.title, source.date, source.section, source.paragraph, source.page)
