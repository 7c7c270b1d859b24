"""Deterministic stand-ins for unit tests: a hashing embedder (no model), fake chat models."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from app.domain import Prompt
from app.text import fold, folded_tokens, syllables


class HashEmbeddings:
    """Bag of folded syllables and bigrams hashed into a fixed number of dimensions, L2-normalised.

    Similar texts share tokens and so get similar vectors: enough to test plumbing, not semantics.
    """

    name = "hash-test"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.calls = 0  # texts embedded as documents: tests assert unchanged documents are not re-embedded

    def _vector(self, text: str) -> list[float]:
        v = np.zeros(self.dim, dtype=np.float32)
        for token in folded_tokens(text):
            h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if h & 1 else -1.0
        norm = np.linalg.norm(v)
        if norm == 0:
            v[0] = 1.0
            norm = 1.0
        return (v / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


@dataclass(frozen=True)
class Reply:
    """A chat model's message: its text in `content`, as langchain's messages carry it."""

    content: str


class ScriptedChat:
    """A chat model (domain.ChatModel) that replies from a script and records every prompt it was given."""

    def __init__(self, replies: Sequence[str]) -> None:
        self.replies = list(replies)
        self.prompts: list[Prompt] = []

    def invoke(self, input: Prompt) -> Reply:
        self.prompts.append(input)
        return Reply(self.replies.pop(0))

    def stream(self, input: Prompt) -> Iterator[Reply]:
        text = self.invoke(input).content
        for word in text.split(" "):  # word by word, like a model writing
            yield Reply(word + " ")


class FailingChat:
    """A chat model whose server is down: every call raises, after the prompt is recorded."""

    def __init__(self) -> None:
        self.prompts: list[Prompt] = []

    def invoke(self, input: Prompt) -> Reply:
        self.prompts.append(input)
        raise ConnectionError("server down")

    def stream(self, input: Prompt) -> Iterator[Reply]:
        self.prompts.append(input)
        raise ConnectionError("server down")


class QuotingChat:
    """A chat model that answers from the passages it is given, the way models go wrong with markers: it
    quotes the first sentence of some passages with their [i], cites a passage that was not given ([i+7],
    [0]), runs markers together ("[1][2]"), claims what no passage says, and writes a sentence with no
    marker. Which of these a reply holds turns on the question, so many questions try them all."""

    _PASSAGE = re.compile(r"^\[(\d+)\] \(.*\)\n(.+)$", re.MULTILINE)

    def invoke(self, input: Prompt) -> Reply:
        human = input[-1][1] if isinstance(input, list) else input
        passages = {int(n): text for n, text in self._PASSAGE.findall(human)}
        question = human.rsplit("Question:", 1)[-1]
        seed = sum(map(ord, question))
        parts = []
        for i, (n, text) in enumerate(sorted(passages.items())[:3]):
            first = re.split(r"(?<=[.!?…])\s", text, maxsplit=1)[0].rstrip(".")
            extra = [f" [{n + 7}]", f"[{n % 3 + 1}]", " [0]", ""][(seed + i) % 4]
            parts.append(f"{first} [{n}]{extra}.")
        if seed % 3 == 0:
            parts.append("Huyện được giao xây sân bay quốc tế vào năm 2045 [1].")
        if seed % 5 == 0:
            parts.append("Đây là nhận định chung.")
        return Reply(" ".join(parts))

    def stream(self, input: Prompt) -> Iterator[Reply]:
        for word in self.invoke(input).content.split(" "):
            yield Reply(word + " ")


class TopicEmbeddings:
    """An embedder whose notion of meaning is set by the test: a text is about the first topic whose phrase
    it contains (a one-hot vector), else about nothing in particular (the last dimension). Queries can be
    given topics outright, as a model that reads a question's meaning without sharing its words would.

    Records the queries it embedded, so tests can see what the retriever asked.
    """

    name = "topic-test"

    def __init__(self, phrases: Sequence[str], queries: dict[str, str] | None = None) -> None:
        self.phrases = list(phrases)
        self.queries = dict(queries or {})  # query text → the phrase it is about
        self.embedded_queries: list[str] = []

    def _topic(self, index: int) -> list[float]:
        v = [0.0] * (len(self.phrases) + 1)
        v[index] = 1.0
        return v

    def _vector(self, text: str) -> list[float]:
        folded = f" {_plain(text)} "
        for i, phrase in enumerate(self.phrases):
            if f" {_plain(phrase)} " in folded:
                return self._topic(i)
        return self._topic(len(self.phrases))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        self.embedded_queries.append(text)
        if text in self.queries:
            return self._topic(self.phrases.index(self.queries[text]))
        return self._vector(text)


def _plain(text: str) -> str:
    """Lower-case syllables without diacritics, one space apart."""
    return " ".join(syllables(fold(text)))
