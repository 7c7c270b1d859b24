"""`duthao serve`: open the web app, after checking access and building the index on a first run."""

from __future__ import annotations

import argparse
import errno
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app import labels
from app.cli.common import _progress_bar
from app.cli.exit_codes import EXIT_OK
from app.errors import ConfigError
from app.settings import Settings

if TYPE_CHECKING:  # the service loads the heavy libraries: imported by the commands that use it
    from app.service import Assistant


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from app.service import build_assistant
    from app.web.auth import check_access, parse_proxies
    from app.web.serve import launch

    allow_public = args.allow_public or settings.allow_public_without_auth
    # refused before any model loads: a wrong setup should fail in a second, not after the index build
    parse_proxies(settings.trusted_proxies)
    notice = check_access(settings.host, settings.users, allow_public, settings.trusted_proxies)
    print(notice, file=sys.stderr)
    assistant = build_assistant(settings)
    if not assistant.index.exists():
        _first_build(assistant, settings)
    try:
        launch(assistant, settings, notice)
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, "?")
        raise ConfigError(
            f"không mở được {settings.host}:{settings.port} (lỗi {code}): "
            "cổng đang bận? chọn cổng khác bằng --port"
        ) from exc
    return EXIT_OK


def _first_build(assistant: Assistant, settings: Settings) -> None:
    """No index yet: load the embedding model, index the corpus with a bar, then say where the app opens;
    each step numbered and timed, so that a first run of a minute or more is seen to be working."""
    from app.documents.ingest import iter_corpus_files

    def step(n: int, what: str) -> float:
        print(labels.SERVE_STEP.format(n=n, total=3, what=what), file=sys.stderr, flush=True)
        return time.perf_counter()

    started = step(1, labels.SERVE_LOAD_MODEL.format(model=settings.embeddings))
    assistant.index.embeddings.embed_query("khởi động")  # the model loads on first use: use it now
    print(labels.SERVE_STEP_DONE.format(seconds=time.perf_counter() - started), file=sys.stderr)
    corpus = Path(settings.corpus_dir)
    files = sum(1 for _ in iter_corpus_files(corpus)) if corpus.is_dir() else 0
    started = step(2, labels.SERVE_INDEX.format(files=files, corpus=corpus))
    update, close = _progress_bar()
    try:
        assistant.ensure_index(update)
    finally:
        close()
    print(labels.SERVE_STEP_DONE.format(seconds=time.perf_counter() - started), file=sys.stderr)
    step(3, labels.SERVE_OPEN.format(host=settings.host, port=settings.port))
