"""`duthao serve`: open the web app, after checking access and building the index on a first run.

A start says each of its steps as it begins, so that none is silent for more than a moment: the web
libraries (gradio takes seconds to import), the index (there, or not yet), the embedding model, the first
build (with a bar for the files read and one for the passages embedded), then the address to open.
"""

from __future__ import annotations

import argparse
import errno
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app import labels
from app.cli.common import _build_bars
from app.cli.exit_codes import EXIT_OK
from app.errors import ConfigError, IndexMissingError
from app.settings import Settings

if TYPE_CHECKING:  # the service loads the heavy libraries: imported by the commands that use it
    from app.service import Assistant

STEPS = 5


def _step(n: int, what: str) -> float:
    """Say step n of a start as it begins; its start time, for `_done`."""
    print(labels.SERVE_STEP.format(n=n, total=STEPS, what=what), file=sys.stderr, flush=True)
    return time.perf_counter()


def _done(started: float) -> None:
    print(labels.SERVE_STEP_DONE.format(seconds=time.perf_counter() - started), file=sys.stderr, flush=True)


@contextmanager
def _ticking() -> Iterator[None]:
    """On a terminal, the seconds of a long step tick in place (as scripts/setup's do) while it runs."""
    if not sys.stderr.isatty():
        yield
        return
    started, stop = time.perf_counter(), threading.Event()

    def tick() -> None:
        while not stop.wait(1.0):
            print(f"\r      … {time.perf_counter() - started:.0f} giây", end="", file=sys.stderr, flush=True)

    ticker = threading.Thread(target=tick, name="serve-ticker", daemon=True)
    ticker.start()
    try:
        yield
    finally:
        stop.set()
        ticker.join()
        print("\r\033[K", end="", file=sys.stderr, flush=True)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from app.web.auth import check_access, parse_proxies

    allow_public = args.allow_public or settings.allow_public_without_auth
    # refused before any library or model loads: a wrong setup should fail in a second
    parse_proxies(settings.trusted_proxies)
    notice = check_access(settings.host, settings.users, allow_public, settings.trusted_proxies)
    print(notice, file=sys.stderr, flush=True)
    started = _step(1, labels.SERVE_LIBRARIES)
    with _ticking():
        from app.service import build_assistant
        from app.web.serve import launch

        assistant = build_assistant(settings)
        assistant.index.load_libraries()
    _done(started)
    _prepare(assistant, settings)
    try:
        launch(assistant, settings, notice)
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, "?")
        raise ConfigError(
            f"không mở được {settings.host}:{settings.port} (lỗi {code}): "
            "cổng đang bận? chọn cổng khác bằng --port"
        ) from exc
    return EXIT_OK


def _prepare(assistant: Assistant, settings: Settings) -> None:
    """Steps 2 to 5 of a start: check the index, load the embedding model, build the index when there is
    none (or it cannot be read), then say where the app opens."""
    from app.documents.ingest import iter_corpus_files

    _step(2, labels.SERVE_CHECK_INDEX.format(index=settings.index_dir))
    ready = False
    if assistant.index.exists():
        try:
            snap = assistant.index.snapshot()
            ready = True
            print(
                labels.SERVE_INDEX_READY.format(
                    documents=len(snap.documents), chunks=len(snap.chunks), generation=snap.generation
                ),
                file=sys.stderr,
            )
        except IndexMissingError as exc:
            print(labels.SERVE_INDEX_UNUSABLE.format(why=exc), file=sys.stderr)
    else:
        print(labels.SERVE_INDEX_NONE, file=sys.stderr)

    started = _step(3, labels.SERVE_LOAD_MODEL.format(model=settings.embeddings))
    with _ticking():
        assistant.index.embeddings.embed_query("khởi động")  # the model loads on first use: use it now
    _done(started)

    if ready:
        _step(4, labels.SERVE_INDEX_SKIPPED)
    else:
        corpus = Path(settings.corpus_dir)
        files = sum(1 for _ in iter_corpus_files(corpus)) if corpus.is_dir() else 0
        started = _step(4, labels.SERVE_INDEX.format(files=files, corpus=corpus))
        reading, embedding, close = _build_bars()
        try:
            assistant.ensure_index(embedding, reading)
        finally:
            close()
        _done(started)
    _step(5, labels.SERVE_OPEN.format(host=settings.host, port=settings.port))
