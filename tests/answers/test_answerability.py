"""app.answers.answerability: the extractive "not found" decision over what the chosen sentences show
(unit)."""

from __future__ import annotations

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
