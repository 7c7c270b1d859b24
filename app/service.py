"""The Assistant facade and its one factory: everything the CLI and the UI call goes through here."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from app.answer import quote_best_passage
from app.domain import Answer, DocumentInfo, IndexReport
from app.index import CorpusIndex, Progress
from app.models import embeddings_id, make_embeddings
from app.places import canonical_district
from app.retrieve import Retriever
from app.settings import Settings

log = logging.getLogger(__name__)


class Assistant:
    """Index, ask, review: one object per process, models loaded on first use."""

    def __init__(self, settings: Settings, index: CorpusIndex, chat_model: Any = None) -> None:
        self.settings = settings
        self.index = index
        self.retriever = Retriever(index, settings)
        self.chat_model = chat_model

    @property
    def corpus_dir(self) -> Path:
        return Path(self.settings.corpus_dir)

    def build_index(self, progress: Progress | None = None) -> IndexReport:
        """Incremental rebuild of the index from the corpus folder."""
        return self.index.build(self.corpus_dir, progress)

    def ensure_index(self, progress: Progress | None = None) -> IndexReport | None:
        """Build the index if there is none yet."""
        if self.index.exists():
            return None
        return self.build_index(progress)

    def ask(
        self,
        question: str,
        k: int | None = None,
        district: str | None = None,
    ) -> Answer:
        """Answer a question with cited passages."""
        districts: Sequence[str] | None = None
        if district:
            name = canonical_district(district)
            districts = (name,) if name else None
        passages = self.retriever.search(question, k or self.settings.k, districts)
        return quote_best_passage(question, passages)

    def documents(self) -> list[DocumentInfo]:
        return self.index.documents()


def build_assistant(
    settings: Settings,
    embeddings: Embeddings | None = None,
    chat_model: Any = None,
) -> Assistant:
    """Wire everything from settings; tests pass fakes for the embeddings or the chat model."""
    if embeddings is None:
        embeddings = make_embeddings(settings)
        name = embeddings_id(settings.embeddings)
    else:
        name = embeddings_id(getattr(embeddings, "name", type(embeddings).__name__))
    index = CorpusIndex(Path(settings.index_dir), embeddings, name)
    return Assistant(settings, index, chat_model)
