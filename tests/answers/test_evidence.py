"""app.answers.evidence: whether sentences state the figure a question asks for."""

from __future__ import annotations

import pytest

from app.answers.evidence import counted_words, states_figure


@pytest.mark.parametrize(
    ("question", "sentence", "stated"),
    [
        # a range of years answers "bao nhiêu năm"; a document number or a year does not
        ("Báo cáo phải so sánh với bao nhiêu năm trước?", "So sánh với 5 - 10 năm trước.", True),
        ("Báo cáo phải so sánh với bao nhiêu năm trước?", "Theo Chỉ thị 35-CT/TW năm 2019.", False),
        ("Báo cáo phải so sánh với bao nhiêu năm trước?", "Nhiệm kỳ 2020 - 2025.", False),
        # a number written as a word, next to the thing counted
        ("Báo cáo gồm mấy phần?", "Báo cáo gồm ba phần: đánh giá, phương hướng, tổ chức.", True),
        ("Báo cáo gồm mấy phần?", "Báo cáo gồm các phần sau.", False),
        ("Mỗi huyện chọn bao nhiêu khâu đột phá?", "Lựa chọn từ hai đến ba khâu đột phá.", True),
        ("Mỗi huyện chọn bao nhiêu khâu đột phá?", "Khâu đột phá phải trúng, đúng.", False),
    ],
)
def test_a_figure_is_stated_as_a_range_or_in_words(question: str, sentence: str, stated: bool) -> None:
    assert states_figure(question, [sentence]) is stated


def test_years_counted_are_what_a_how_many_years_question_counts() -> None:
    assert counted_words("Bao nhiêu năm trước?") == ["nam"]
    assert counted_words("Đạt bao nhiêu vào năm 2030?") == []


def test_a_syllable_that_folds_like_a_number_word_is_no_number() -> None:
    # "Tứ" folds to "tu" like "tư" (four), "tâm" to "tam" like "tám" (eight)
    sentence = "Các Huyện ủy Tứ Kỳ, Thanh Miện cần có tầm nhìn xa hơn về xã nông thôn mới."
    assert not states_figure("Thanh Miện có bao nhiêu xã?", [sentence])
    assert states_figure("Thanh Miện có bao nhiêu xã?", ["Huyện có mười tám xã và một thị trấn."])
