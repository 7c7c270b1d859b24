"""app.answers.answerability: the extractive "not found" decision over what the chosen sentences show
(unit)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.answers.answerability import Evidence, rule_says_answered

QUESTION = "Ai là Bí thư Huyện ủy Cẩm Giàng?"
CHAIRED = "Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị."


def decide(question: str, sentence: str) -> bool:
    """The rule's verdict for one chosen sentence that holds every topic word and is close in meaning."""
    evidence = Evidence.measure(question, 3, [sentence], 1.0, 1.0, 0.95, 1, 1.0)
    return rule_says_answered(evidence)


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        (QUESTION, "Bí thư Huyện ủy Cẩm Giàng là đồng chí Nguyễn Văn An.", True),
        # a person holding the office at another level is no answer, however close the words
        (QUESTION, "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, dự làm việc với Huyện ủy Cẩm Giàng.", False),
        ("Who is the Party Secretary of Cẩm Giàng district?", CHAIRED, False),
        # a question naming no office is decided as before
        ("Ai chủ trì hội nghị ở Cẩm Giàng?", CHAIRED, True),
    ],
)
def test_an_office_asked_for_must_be_named(question: str, sentence: str, answered: bool) -> None:
    assert decide(question, sentence) is answered


def test_a_count_of_the_thing_counted_close_in_meaning_answers_in_other_words() -> None:
    question = "Dự thảo lần đầu của Long Xuyên dày bao nhiêu trang?"
    sentence = "Dự thảo của thành phố Long Xuyên dài 31 trang, của huyện Chợ Mới 28 trang."

    def decide_at(dense: float, sentence: str) -> bool:
        return rule_says_answered(Evidence.measure(question, 6, [sentence], 0.12, 0.12, dense, 1, 1.0))

    assert decide_at(0.91, sentence)
    assert not decide_at(0.80, sentence)  # not as close: its other words were not paraphrased
    assert not decide_at(0.91, "Dự thảo của thành phố Long Xuyên đã được gửi ngày 31/10.")  # no count


@pytest.mark.parametrize(
    ("sentence", "answered"),
    [
        ("Phụ lục số liệu kèm theo báo cáo chính trị không quá 12 trang.", True),
        # the report's pages, leaving the appendix out, however many of the question's words it holds
        ("Dung lượng báo cáo chính trị không quá 30 trang, không kể phụ lục số liệu kèm theo.", False),
    ],
)
def test_a_count_stated_only_of_another_thing_does_not_answer(sentence: str, answered: bool) -> None:
    assert (
        decide("Phụ lục số liệu kèm theo báo cáo chính trị dài tối đa bao nhiêu trang?", sentence) is answered
    )


@pytest.mark.parametrize(
    ("question", "context", "answered"),
    [
        # asked of the commune level, guidance written for the district level does not answer
        (
            "Báo cáo chính trị cấp xã dài tối đa bao nhiêu trang?",
            "Hướng dẫn báo cáo chính trị cấp huyện",
            False,
        ),
        (
            "Báo cáo chính trị cấp cơ sở dài tối đa bao nhiêu trang?",
            "Hướng dẫn báo cáo chính trị cấp huyện",
            False,
        ),
        (
            "Báo cáo chính trị cấp xã dài tối đa bao nhiêu trang?",
            "Hướng dẫn đại hội cấp huyện và cấp xã",
            True,
        ),
        (
            "Báo cáo chính trị cấp xã dài tối đa bao nhiêu trang?",
            "Hướng dẫn xây dựng báo cáo chính trị",
            True,
        ),
        # asked of no level (or of several), any document answers
        ("Báo cáo chính trị dài tối đa bao nhiêu trang?", "Hướng dẫn báo cáo chính trị cấp huyện", True),
        ("Báo cáo cấp xã và cấp huyện dài bao nhiêu trang?", "Hướng dẫn báo cáo chính trị cấp tỉnh", True),
    ],
)
def test_a_level_asked_for_must_be_where_the_answer_stands(
    question: str, context: str, answered: bool
) -> None:
    sentence = "Báo cáo có dung lượng không quá 25 trang khổ A4."
    evidence = Evidence.measure(question, 3, [sentence], 1.0, 1.0, 0.95, 1, 1.0, context=[context])
    assert rule_says_answered(evidence) is answered


def test_a_deadline_set_answers_a_question_asking_by_when_in_other_words() -> None:
    question = "ba don vi phu loc, a luoi, huong tra phai gui lai du thao hoan chinh truoc ngay nao"
    sentence = "Các đơn vị tiếp thu, hoàn chỉnh dự thảo và gửi về Ban Thường vụ Tỉnh ủy trước ngày 10/6/2020."

    def decide_at(coverage: float, sentence: str) -> bool:
        return rule_says_answered(Evidence.measure(question, 8, [sentence], coverage, coverage, 0.79, 1, 1.0))

    assert decide_at(0.45, sentence)
    assert not decide_at(0.2, sentence)  # too few of its words: another deadline
    assert not decide_at(0.45, "Các đơn vị tiếp thu, hoàn chỉnh dự thảo và gửi về Ban Thường vụ Tỉnh ủy.")


def _base(**changes: object) -> Evidence:
    """Evidence of a question asking nothing in particular, with nothing found yet."""
    empty = Evidence.measure(
        "Báo cáo cần nêu gì về giao thông?", 3, ["Không liên quan."], 0.0, 0.0, 0.5, 1, 1.0
    )
    return replace(empty, **changes)  # type: ignore[arg-type]


def test_the_rule_s_gates_and_thresholds() -> None:
    # the topic words there answer; a year asked and not stated does not, whatever else holds
    assert rule_says_answered(_base(coverage=0.5))
    assert not rule_says_answered(_base(coverage=0.49))
    assert not rule_says_answered(_base(coverage=1.0, years_stated=False))
    # a very close meaning with some topic words answers; without them, only a question with none
    assert rule_says_answered(_base(coverage=0.25, dense=0.87))
    assert not rule_says_answered(_base(coverage=0.24, dense=0.87))
    assert rule_says_answered(_base(coverage=0.0, dense=0.87, topic_words=0))
    assert not rule_says_answered(_base(coverage=0.0, dense=0.87, topic_words=1))
    assert not rule_says_answered(_base(coverage=0.3, dense=0.86))
