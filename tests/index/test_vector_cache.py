"""app.index.vector_cache: vectors by (model, text) on disk; builds embed sentences so that answers only look
up."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from app.index.vector_cache import PASSAGE, CachedEmbeddings, VectorCache, text_key
from app.service import build_assistant
from app.settings import Settings
from tests.fakes import HashEmbeddings

pytestmark = pytest.mark.integration


def test_vectors_read_back_per_model_and_across_processes(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite")
    key = text_key(PASSAGE, "Kim Thành phá bỏ thế độc đạo")
    cache.put("m1", [(key, np.arange(4, dtype=np.float32))])
    assert cache.get("m1", [key])[key].tolist() == [0, 1, 2, 3]
    assert cache.get("m2", [key]) == {}  # another model's vectors are never mixed in
    again = VectorCache(tmp_path / "v.sqlite")  # another process opening the same file
    assert again.get("m1", [key, text_key(PASSAGE, "khác")])[key].tolist() == [0, 1, 2, 3]
    assert again.count("m1") == 1


def test_the_cache_embeds_only_what_it_does_not_hold(tmp_path: Path) -> None:
    inner = HashEmbeddings()
    embedder = CachedEmbeddings(inner, VectorCache(tmp_path / "v.sqlite"), "hash-test")
    first = embedder.embed_documents(["một", "hai", "một"])
    assert inner.calls == 2 and first[0] == first[2]
    second = embedder.embed_documents(["hai", "ba"])
    assert inner.calls == 3
    assert second[0] == pytest.approx(first[1]) and second[1] == pytest.approx(inner._vector("ba"))
    assert embedder.missing(["một", "bốn", "bốn"]) == ["bốn"]


def test_an_unusable_cache_only_costs_embedding_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    inner = HashEmbeddings()
    embedder = CachedEmbeddings(inner, VectorCache(blocker / "v.sqlite"), "hash-test")
    with caplog.at_level(logging.WARNING):
        assert embedder.embed_documents(["một"]) == [inner._vector("một")]
        assert embedder.embed_documents(["một"]) == [inner._vector("một")]
    assert inner.calls == 2 and "Bộ nhớ vectơ" in caplog.text


def test_a_damaged_cache_file_only_costs_embedding_again(tmp_path: Path) -> None:
    damaged = tmp_path / "v.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    inner = HashEmbeddings()
    embedder = CachedEmbeddings(inner, VectorCache(damaged), "hash-test")
    assert embedder.embed_documents(["một"]) == [inner._vector("một")]


def test_answers_look_sentences_up_instead_of_embedding_them(tmp_path: Path, corpus_dir: Path) -> None:
    embeddings = HashEmbeddings()
    settings = Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", llm="none")
    build_assistant(settings, embeddings=embeddings).build_index()
    calls = embeddings.calls
    # a new process: its in-memory sentence cache is empty; the vector cache on disk is not
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    inner = assistant.index.embeddings.inner
    for question in (
        "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?",
        "Bí thư Tỉnh ủy yêu cầu gì về công tác xây dựng Đảng?",
        "Báo cáo chính trị của Nam Sách cần đề cập những gì?",
    ):
        answer = assistant.ask(question)
        assert answer.citations
    assert inner.calls == 0  # every passage sentence and requirement quote was embedded at index time
    assert embeddings.calls == calls


def test_a_question_is_embedded_once_per_answer(tmp_path: Path) -> None:
    class CountingQueries(HashEmbeddings):
        queries = 0

        def embed_query(self, text: str) -> list[float]:
            self.queries += 1
            return super().embed_query(text)

    inner = CountingQueries()
    embedder = CachedEmbeddings(inner, VectorCache(tmp_path / "v.sqlite"), "hash-test")
    first = embedder.embed_query("Những huyện nào được yêu cầu phát triển công nghiệp?")
    assert embedder.embed_query("Những huyện nào được yêu cầu phát triển công nghiệp?") == first
    assert inner.queries == 1
    embedder.embed_query("khác")
    assert inner.queries == 2
