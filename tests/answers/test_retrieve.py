"""app.answers.retrieve: min-max fusion of dense and lexical scores, district preference, unaccented
questions and
English questions, over a real index in tmp_path (integration) and on single chunks (unit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.answers.retrieve import (
    ANSWER_FORM_PRIOR,
    DISTRICT_BOOST,
    GUIDANCE_PRIOR,
    OTHER_DISTRICT_PENALTY,
    SHARED_DISTRICT_BOOST,
    UNACCENTED_DENSE_FACTOR,
    Retriever,
    answer_form,
    asks_what_is_required,
    district_adjustment,
    doc_type_adjustment,
)
from app.domain import Chunk, DocType
from app.errors import IndexMissingError
from app.index.corpus import CorpusIndex
from app.settings import Settings
from tests.fakes import HashEmbeddings, TopicEmbeddings

# Two documents the question can reach two ways: TOURISM by meaning only (the embedder is told the
# question is about tourism), TRANSPORT by its words only.
TOURISM = "Huyện cần phát triển du lịch sinh thái ven sông, gắn với bảo tồn di tích."
TRANSPORT = "Đầu tư hạ tầng giao thông nông thôn, làm mới đường huyện và cầu dân sinh."
QUESTION = "Đầu tư giao thông nông thôn thế nào?"
TOURISM_DOC, TRANSPORT_DOC = "guidance/du-lich.txt", "guidance/giao-thong.txt"
UNACCENTED = "dau tu giao thong nong thon the nao"
RESTORED = "đầu tư giao thông nông thôn the nao"  # as the corpus spells it ("thế nào" is not in it)


def chunk(text: str, districts: tuple[str, ...] = (), doc_type: DocType = DocType.GUIDANCE) -> Chunk:
    return Chunk("c1", "h", "guidance/x.txt", "Hướng dẫn", None, doc_type, 1, 1, text, districts)


# ---- district adjustment (unit) -------------------------------------------------------------------------


def test_a_passage_about_the_asked_district_gains() -> None:
    assert district_adjustment(chunk("…", ("Nam Sách",)), ["Nam Sách"]) == DISTRICT_BOOST
    # naming a second place in passing ("vệ tinh của TP Hải Dương") is still about its district
    assert district_adjustment(chunk("…", ("Nam Sách", "TP Hải Dương")), ["Nam Sách"]) == DISTRICT_BOOST


def test_an_overview_of_three_districts_gains_less() -> None:
    overview = chunk("…", ("Tứ Kỳ", "Thanh Miện", "Nam Sách"))
    assert district_adjustment(overview, ["Nam Sách"]) == SHARED_DISTRICT_BOOST < DISTRICT_BOOST


def test_a_passage_about_other_districts_only_loses() -> None:
    assert district_adjustment(chunk("…", ("Kim Thành",)), ["Nam Sách"]) == -OTHER_DISTRICT_PENALTY


def test_no_district_asked_or_named_moves_nothing() -> None:
    assert district_adjustment(chunk("…", ("Kim Thành",)), []) == 0.0
    assert district_adjustment(chunk("…"), ["Nam Sách"]) == 0.0


# ---- document-type prior (unit) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Kim Thành cần đề cập gì về giao thông?",
        "Huyện phải làm gì?",
        "Bí thư Tỉnh ủy yêu cầu điều gì?",
        "tinh uy luu y gi ve du lich",  # typed without diacritics
        "What must the report say about transport?",
    ],
)
def test_a_question_about_requirements_is_recognised(question: str) -> None:
    assert asks_what_is_required(question)


@pytest.mark.parametrize(
    "question",
    ["Kim Thành có bao nhiêu khu công nghiệp?", "Cân nặng trung bình là bao nhiêu?", "What happened?"],
)
def test_a_question_about_facts_is_not(question: str) -> None:
    assert not asks_what_is_required(question)  # "cân" is not "cần" once diacritics are typed


def test_guidance_gains_only_for_a_question_about_requirements() -> None:
    assert doc_type_adjustment(chunk("…"), True) == GUIDANCE_PRIOR
    assert doc_type_adjustment(chunk("…"), False) == 0.0
    for other in (DocType.REPORT, DocType.OTHER):
        assert doc_type_adjustment(chunk("…", doc_type=other), True) == 0.0


# ---- over a real index (integration) --------------------------------------------------------------------


def build(tmp_path: Path, embeddings: object, files: dict[str, str]) -> CorpusIndex:
    corpus = tmp_path / "corpus"
    for name, text in files.items():
        path = corpus / "guidance" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    index = CorpusIndex(tmp_path / "index", embeddings, getattr(embeddings, "name", "test"))  # type: ignore[arg-type]
    index.build(corpus)
    return index


@pytest.fixture
def topics(tmp_path: Path) -> tuple[CorpusIndex, TopicEmbeddings]:
    embeddings = TopicEmbeddings(
        ["du lịch", "giao thông"], queries={QUESTION: "du lịch", RESTORED: "du lịch"}
    )
    index = build(
        tmp_path,
        embeddings,
        {"du-lich.txt": f"Du lịch\n\n{TOURISM}\n", "giao-thong.txt": f"Hạ tầng\n\n{TRANSPORT}\n"},
    )
    return index, embeddings


def top(retriever: Retriever, question: str) -> str:
    """The document of the best passage."""
    return retriever.search(question, k=3)[0].chunk.source


@pytest.mark.integration
@pytest.mark.parametrize(
    ("weight", "winner"), [(1.0, TOURISM_DOC), (0.0, TRANSPORT_DOC), (0.6, TOURISM_DOC), (0.4, TRANSPORT_DOC)]
)
def test_fusion_weighs_meaning_against_words(topics, weight: float, winner: str) -> None:
    """Min-max fusion: the meaning-only match scores `weight`, the words-only match 1 - weight."""
    index, _ = topics
    passages = Retriever(index, Settings(dense_weight=weight)).search(QUESTION, k=3)
    assert passages[0].chunk.source == winner
    by_doc = {p.chunk.source: p.score for p in passages}
    assert by_doc[TOURISM_DOC] == pytest.approx(weight, abs=1e-6)
    assert by_doc[TRANSPORT_DOC] == pytest.approx(1 - weight, abs=1e-6)
    assert [p.rank for p in passages] == list(range(1, len(passages) + 1))


@pytest.mark.integration
def test_a_question_typed_without_diacritics_leans_on_the_words(topics) -> None:
    index, embeddings = topics
    retriever = Retriever(index, Settings(dense_weight=0.55))
    assert top(retriever, QUESTION) == TOURISM_DOC  # 0.55 · meaning wins with diacritics typed
    # without: the dense weight shrinks (0.55 · 0.85 < 0.5), and the folded words decide
    passages = retriever.search(UNACCENTED, k=3)
    assert passages[0].chunk.source == TRANSPORT_DOC
    scores = {p.chunk.source: p.score for p in passages}
    assert scores[TOURISM_DOC] == pytest.approx(0.55 * UNACCENTED_DENSE_FACTOR)
    # the embedder reads the question with its diacritics restored from the corpus's own spelling
    assert embeddings.embedded_queries[-1] == RESTORED


@pytest.mark.integration
def test_an_english_question_reaches_vietnamese_words_through_the_glossary(topics) -> None:
    index, embeddings = topics
    retriever = Retriever(index, Settings(dense_weight=0.0))  # words only
    assert top(retriever, "What must the report say about transport?") == TRANSPORT_DOC
    # the embedder sees the Vietnamese equivalents too
    assert "giao thông" in embeddings.embedded_queries[-1]
    # a Vietnamese question is embedded as typed
    retriever.search(QUESTION, k=1)
    assert embeddings.embedded_queries[-1] == QUESTION


@pytest.mark.integration
def test_the_asked_district_decides_between_equal_passages(tmp_path: Path) -> None:
    index = build(
        tmp_path,
        HashEmbeddings(),
        {
            "kim-thanh.txt": "Kim Thành\n\nHuyện Kim Thành cần phát triển giao thông kết nối.\n",
            "nam-sach.txt": "Nam Sách\n\nHuyện Nam Sách cần phát triển giao thông kết nối.\n",
        },
    )
    retriever = Retriever(index, Settings())
    passages = [p for p in retriever.search("phát triển giao thông kết nối", k=4) if "cần" in p.chunk.text]
    assert len(passages) == 2 and passages[0].score == pytest.approx(passages[1].score, abs=0.05)
    chosen = retriever.search("phát triển giao thông kết nối", k=4, districts=["Nam Sách"])
    own, other = (next(p for p in chosen if d in p.chunk.districts) for d in ("Nam Sách", "Kim Thành"))
    assert own.rank < other.rank
    assert own.score - other.score == pytest.approx(
        DISTRICT_BOOST + OTHER_DISTRICT_PENALTY, abs=0.05
    )  # the fused scores are near-equal: the adjustment makes the difference
    # named in the question, the district is preferred the same way
    named = retriever.search("Nam Sách phát triển giao thông kết nối", k=1)[0]
    assert named.chunk.districts == ("Nam Sách",)


@pytest.mark.integration
def test_guidance_is_preferred_only_when_requirements_are_asked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    # near-equal passages (the same text would be one document), one guidance, one news
    for folder, last in (("guidance", "vùng"), ("news", "tỉnh")):
        (corpus / folder).mkdir(parents=True)
        text = f"Kim Thành\n\nHuyện Kim Thành phát triển giao thông kết nối {last}.\n"
        (corpus / folder / "kim-thanh.txt").write_text(text, encoding="utf-8")
    index = CorpusIndex(tmp_path / "index", HashEmbeddings(), "hash-test")
    index.build(corpus)
    retriever = Retriever(index, Settings())

    def lead(question: str) -> float:
        """How far the guidance passage scores above the news one."""
        by_type = {
            p.chunk.doc_type: p.score for p in retriever.search(question, k=4) if "kết nối" in p.chunk.text
        }
        return by_type[DocType.GUIDANCE] - by_type[DocType.OTHER]

    plain = lead("Kim Thành phát triển giao thông kết nối thế nào?")
    assert abs(plain) < GUIDANCE_PRIOR
    asked = lead("Kim Thành cần phát triển giao thông kết nối thế nào?")
    assert asked - plain == pytest.approx(GUIDANCE_PRIOR, abs=0.03)
    assert asked > 0


PAGES = "Báo cáo được viết dài tối đa bao nhiêu trang?"
DEADLINE = "Dự thảo phải gửi về tỉnh trước ngày nào?"


@pytest.mark.parametrize(
    ("question", "text", "stated"),
    [
        (PAGES, "a) Báo cáo có dung lượng không quá 22 trang.", True),
        (PAGES, "Báo cáo được viết ngắn gọn, dài vừa phải.", False),
        (PAGES, "Huyện có 22 xã, thị trấn.", False),
        ("How many pages may the report have?", "Báo cáo không quá hai mươi lăm trang.", True),
        (DEADLINE, "Gửi dự thảo về Ban Tuyên giáo trước ngày 20/3/2025.", True),
        (DEADLINE, "Ngày 12/3/2025, Ban Thường vụ họp góp ý dự thảo.", False),  # a meeting's day
    ],
)
def test_a_passage_stating_the_count_or_deadline_asked_is_told(
    question: str, text: str, stated: bool
) -> None:
    states = answer_form(question)
    assert states is not None and states(text) is stated


def test_other_questions_ask_for_no_form() -> None:
    assert answer_form("Kim Thành cần phát triển giao thông thế nào?") is None
    assert answer_form("Which districts must develop tourism?") is None


@pytest.mark.integration
def test_a_passage_stating_the_count_asked_gains_the_prior(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = build(
        tmp_path,
        HashEmbeddings(),
        {
            "hinh-thuc.txt": "Báo cáo chính trị trình đại hội được viết ngắn gọn, súc tích, dài vừa phải.\n",
            "dung-luong.txt": "Dung lượng\n\nDung lượng không quá 22 trang khổ A4.\n",
            "dan-so.txt": "Dân số\n\nHuyện có 22 xã và thị trấn, dân số đông.\n",
        },
    )
    question = "Báo cáo chính trị trình đại hội được viết dài bao nhiêu trang?"

    def scores() -> dict[str, float]:
        return {p.chunk.text: p.score for p in Retriever(index, Settings()).search(question, k=5)}

    with_prior = scores()
    monkeypatch.setattr("app.answers.retrieve.ANSWER_FORM_PRIOR", 0.0)
    without = scores()
    gains = {text: round(with_prior[text] - without[text], 6) for text in without}
    # only the count of the thing asked gains: not the paragraph of the question's words, not 22 communes
    assert len(gains) == 3, gains
    assert all(gain == (ANSWER_FORM_PRIOR if "22 trang" in text else 0.0) for text, gain in gains.items())


@pytest.mark.integration
def test_an_empty_question_or_index_finds_nothing(tmp_path: Path, topics) -> None:
    index, _ = topics
    assert Retriever(index, Settings()).search("   ", k=3) == []
    empty = CorpusIndex(tmp_path / "empty-index", HashEmbeddings(), "hash-test")
    with pytest.raises(IndexMissingError, match="duthao index"):
        Retriever(empty, Settings()).search(QUESTION, k=3)
