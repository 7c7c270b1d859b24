"""The Hỏi đáp conversation as the browser keeps it (gr.BrowserState, in localStorage): a reload, a restarted
process or another process behind the proxy picks it up where it was.

What is stored is the conversation's answers, whole (citations with their paragraphs, passages), so that
follow-up questions, the sources panel and the downloads work from it as from the answers just given; the
chat is drawn again from them. Stored with the name of the user who asked (under logins), a conversation
is given back to that user only: an office computer is shared. The stored value comes from the browser, so
it is read defensively: anything unexpected is an empty conversation, never an error.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from app.domain import Answer, Chunk, Citation, DocType, Language, Passage
from app.web.actions import Messages
from app.web.render import answer_message, chat_text

log = logging.getLogger(__name__)

VERSION = 1  # of the stored form: a browser holding another one starts a new conversation
STORAGE_KEY = "duthao-hoi-dap"
# localStorage holds about 5 MB per site; an answer with its passages takes 5–15 KB: the last 100 answers
# stay (follow-ups read the last few, the download all that is kept)
MAX_ANSWERS = 100
Stored = dict[str, Any]


def storage_secret(index_dir: Path) -> str:
    """The key gradio encrypts the stored conversation with. It is no secret (the page carries it to the
    browser, which does the encrypting); it must only be the same for every process of one deployment and
    across restarts, which share their index folder, or a process could not read what another stored."""
    return hashlib.sha256(f"duthao:{Path(index_dir).resolve()}".encode()).hexdigest()[:32]


def empty(user: str | None = None) -> Stored:
    """A conversation with no answers yet."""
    return {"v": VERSION, "user": user or "", "answers": []}


def _plain(value: Any) -> Any:
    """A dataclass's fields as JSON: enums by their value, tuples as lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def store(answers: Sequence[Answer], user: str | None = None) -> Stored:
    """The conversation as the browser keeps it: its last MAX_ANSWERS answers, whole."""
    kept = list(answers)[-MAX_ANSWERS:]
    return {"v": VERSION, "user": user or "", "answers": [_plain(dataclasses.asdict(a)) for a in kept]}


def _known(cls: type, row: dict[str, Any], **values: Any) -> Any:
    """cls made from the fields of row it has (a field added since the row was stored takes its default)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{**{k: v for k, v in row.items() if k in names}, **values})


def _answer(row: dict[str, Any]) -> Answer:
    citations = tuple(_known(Citation, c) for c in row.get("citations", ()))
    passages = tuple(
        _known(
            Passage,
            p,
            chunk=_known(
                Chunk,
                p["chunk"],
                doc_type=DocType(p["chunk"]["doc_type"]),
                districts=tuple(p["chunk"].get("districts", ())),
            ),
            doc_districts=tuple(p.get("doc_districts", ())),
        )
        for p in row.get("passages", ())
    )
    return _known(
        Answer,
        row,
        citations=citations,
        passages=passages,
        language=Language(row.get("language", Language.VI)),
        unsupported=tuple(row.get("unsupported", ())),
    )


def answers_of(stored: Stored | None, user: str | None = None) -> list[Answer]:
    """The answers of a stored conversation, if it is this user's; [] for none, another user's, another
    version's or one that cannot be read."""
    if not isinstance(stored, dict) or stored.get("v") != VERSION or stored.get("user", "") != (user or ""):
        return []
    try:
        return [_answer(row) for row in stored.get("answers", [])]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        log.warning("a stored conversation could not be read, a new one starts: %s", exc)
        return []


def chat_of(answers: Sequence[Answer]) -> Messages:
    """The chat drawn from a conversation's answers: each question, then its answer, whose markers link to
    the sources of its own turn (render.source_anchor), as when it was given."""
    messages: Messages = []
    for turn, answer in enumerate(answers, 1):
        messages.append({"role": "user", "content": chat_text(answer.question)})
        messages.append({"role": "assistant", "content": answer_message(answer, turn)})
    return messages
