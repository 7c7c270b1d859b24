"""Where the web app writes the files it offers for download, and when it removes them.

Each session (a browser tab) has one folder under the app's root, a temporary folder made on first use. Each
export — the conversation, the review, the outline — goes into a new folder of its kind there, and the
session's older exports of that kind are removed but the one before it: a session holds at most
KEEP exports of each kind, however many answers it gets. The session's folder goes when the session ends (the
tab is closed: gradio's `unload`, app.web.page), or when it has written nothing for IDLE_SECONDS (a
client that never says it left: the REST API makes a session per call); the root goes when the server
stops.

These files are needed only until gradio has copied them: gradio copies what a callback returns into its own
cache after the callback returns, and the download button links to that copy, which gradio's
`delete_cache` removes (app.web.page.CACHE_CLEANUP). The previous export is kept because two callbacks of
one session may export the same kind at once (a review and a mark), and the second must not remove the
first's files before gradio has copied them.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

KEEP = 2  # the newest export of a kind and the one before it
# our copies are needed for milliseconds (see above): an hour idle is a session that has gone
IDLE_SECONDS = 3600
SWEEP_SECONDS = 60  # idle sessions are looked for at most this often (a stat per session)


def _folder_name(session: str | None) -> str:
    """The session's folder name: a hash, since the session id is whatever the client sent."""
    return hashlib.sha256((session or "").encode()).hexdigest()[:32]


def _number(folder: Path) -> int:
    return int(folder.name.rsplit("-", 1)[1])


class SessionFolders:
    """The download folders of every session of one app (thread-safe: gradio runs callbacks in threads)."""

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._count = itertools.count(1)
        self._lock = threading.Lock()
        self._swept = time.monotonic()

    @property
    def root(self) -> Path:
        """The folder holding the sessions' folders, made on first use."""
        if self._root is None:
            self._root = Path(tempfile.mkdtemp(prefix="duthao-downloads-"))
        return self._root

    def fresh(self, session: str | None, kind: str) -> Path:
        """A new empty folder for the session's next `kind` export; all but the newest KEEP are removed."""
        with self._lock:
            if time.monotonic() - self._swept >= SWEEP_SECONDS:
                self._sweep(IDLE_SECONDS)
            here = self.root / _folder_name(session)
            folder = here / f"{kind}-{next(self._count):08d}"
            folder.mkdir(parents=True)  # the session folder's mtime says when it last exported
            for old in sorted(here.glob(f"{kind}-*"), key=_number)[:-KEEP]:
                shutil.rmtree(old, ignore_errors=True)
        return folder

    def end(self, session: str | None) -> None:
        """The session has ended: its folder and every file in it are removed."""
        with self._lock:
            if self._root is not None:
                shutil.rmtree(self._root / _folder_name(session), ignore_errors=True)

    def sweep(self, idle_seconds: float = IDLE_SECONDS) -> None:
        """Remove the folders of sessions that have exported nothing for idle_seconds."""
        with self._lock:
            self._sweep(idle_seconds)

    def _sweep(self, idle_seconds: float) -> None:
        self._swept = time.monotonic()
        if self._root is None or not self._root.is_dir():
            return
        gone_before = time.time() - idle_seconds
        for here in self._root.iterdir():
            try:
                if here.stat().st_mtime < gone_before:
                    shutil.rmtree(here, ignore_errors=True)
            except FileNotFoundError:
                continue

    def close(self) -> None:
        """The app stops: every session's files are removed, and the root."""
        with self._lock:
            if self._root is not None:
                shutil.rmtree(self._root, ignore_errors=True)


def remove_empty_folders(root: Path) -> None:
    """Remove the empty folders under `root`, then `root` if it is left empty. gradio deletes its cached
    copies (downloads, uploads) when the server stops, but not the folders it made for them (one per file,
    named by its hash; `vibe_edit_history`), nor its cache folder: after a stop, $TMPDIR/gradio stayed full
    of empty folders. A folder that still holds a file (another process's, sharing the cache) stays."""
    if not root.is_dir() or root.is_symlink():
        return
    for top, _, _ in os.walk(root, topdown=False):  # innermost first; links are not followed
        with contextlib.suppress(OSError):  # not empty, or already gone
            os.rmdir(top)
