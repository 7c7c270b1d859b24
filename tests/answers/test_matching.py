"""Topic words of a question: what a sentence must hold to answer it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import places
from app.answers.matching import (
    asked_part,
    list_topic_terms,
    question_topic_terms,
    term_coverage,
    topic_terms,
    without_source_clause,
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Góp ý dự thảo báo cáo chính trị 4 huyện: chỉ tiêu thu nhập năm 2030 là bao nhiêu?",
            "chỉ tiêu thu nhập năm 2030 là bao nhiêu?",
        ),
        ("Báo cáo cần nêu gì về giao thông?", "Báo cáo cần nêu gì về giao thông?"),  # no context
        ("Về giao thông: cần nêu gì? Và đô thị: ra sao?", "Về giao thông: cần nêu gì? Và đô thị: ra sao?"),
        ("Ngày 12: họp?", "Ngày 12: họp?"),  # too short to be a title
    ],
)
def test_a_leading_context_ending_in_a_colon_is_not_what_is_asked(question: str, asked: str) -> None:
    assert asked_part(question) == asked


NGHE_AN_TITLE = "Hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Theo Hướng dẫn 07-HD/BTGDVTU, báo cáo chính trị được viết dài tối đa bao nhiêu trang?",
            "báo cáo chính trị được viết dài tối đa bao nhiêu trang?",
        ),
        # a title's "huyện, thành phố" goes on: a unit word after the comma
        (
            "Theo Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố của Ban "
            "Tuyên giáo Tỉnh ủy Lạng Sơn, báo cáo hiện nay được viết tối đa bao nhiêu trang?",
            "báo cáo hiện nay được viết tối đa bao nhiêu trang?",
        ),
        # "thì" ends a clause listing places
        (
            "Theo thông báo kết luận gửi Hoằng Hóa, Quảng Xương, Nông Cống thì báo cáo được dài mấy trang?",
            "báo cáo được dài mấy trang?",
        ),
        (
            "Theo thông báo kết luận 1712 thì Quảng Xương phải nộp chậm nhất ngày nào, có khác không?",
            "Quảng Xương phải nộp chậm nhất ngày nào, có khác không?",
        ),
        ("Theo ke hoach phong chong dich, dot 1 dien ra tu ngay nao?", "dot 1 dien ra tu ngay nao?"),
        (
            "Which districts does Tiền Hải border, according to the portal article?",
            "Which districts does Tiền Hải border?",
        ),
        # no source named, or nothing left to ask: the question stays whole
        ("Theo bạn, báo cáo nên dài bao nhiêu trang?", "Theo bạn, báo cáo nên dài bao nhiêu trang?"),
        ("Theo hướng dẫn, là gì?", "Theo hướng dẫn, là gì?"),
        ("Theo hướng dẫn thì sao", "Theo hướng dẫn thì sao"),
        (
            "Căn cứ vào tính chất của hành vi, tội phạm được phân thành mấy loại?",
            "Căn cứ vào tính chất của hành vi, tội phạm được phân thành mấy loại?",
        ),
        ("Trong nhiệm kỳ tới, Tứ Kỳ tập trung vào gì?", "Trong nhiệm kỳ tới, Tứ Kỳ tập trung vào gì?"),
        ("Báo cáo cần nêu gì, theo bạn?", "Báo cáo cần nêu gì, theo bạn?"),
        # "thì" without a comma before it ends the clause; after a clause of no names, the comma does
        (
            "Theo hướng dẫn số 12 thì báo cáo dài tối đa bao nhiêu trang?",
            "báo cáo dài tối đa bao nhiêu trang?",
        ),
        (
            "Theo hướng dẫn, nếu huyện chưa xong thì huyện phải làm những gì?",
            "nếu huyện chưa xong thì huyện phải làm những gì?",
        ),
        # no comma and no "thì": nowhere the clause ends
        (
            "Theo hướng dẫn xem báo cáo dài bao nhiêu trang?",
            "Theo hướng dẫn xem báo cáo dài bao nhiêu trang?",
        ),
        # a trailing clause leaving too little
        ("Tiền Hải, according to the guidance?", "Tiền Hải, according to the guidance?"),
    ],
)
def test_a_clause_naming_the_source_is_not_what_is_asked(question: str, asked: str) -> None:
    assert without_source_clause(question) == asked
    assert asked_part(question) == asked


def test_a_source_clause_quoting_a_title_goes_on_over_the_title_s_commas() -> None:
    question = (
        "Theo Hướng dẫn nội dung, hình thức báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ "
        "2025 - 2030, báo cáo chính trị được viết dài tối đa bao nhiêu trang?"
    )
    asked = "báo cáo chính trị được viết dài tối đa bao nhiêu trang?"
    assert without_source_clause(question, [NGHE_AN_TITLE]) == asked
    # not knowing the title, the first comma ends the clause
    assert without_source_clause(question).startswith("hình thức báo cáo chính trị")
    # a part the title does not hold is what is asked
    other = "Theo Hướng dẫn nội dung, phông chữ nào được dùng, cỡ chữ bao nhiêu?"
    assert without_source_clause(other, [NGHE_AN_TITLE]) == "phông chữ nào được dùng, cỡ chữ bao nhiêu?"


def test_the_topic_of_a_question_is_its_asked_part_without_places_or_when_words() -> None:
    terms = question_topic_terms("Hội nghị cho ý kiến vào dự thảo 4 huyện: phông chữ nào được dùng?")
    assert "phong" in terms and "hoi" not in terms and "4" not in terms
    # a province named by form scopes the question; "vào ngày" asks for a date
    assert topic_terms("Tỉnh ủy Bắc Giang họp vào ngày nào?") == ["hop"]


def test_the_body_that_comments_is_no_topic_of_what_it_said() -> None:
    # "Ban Thường vụ": with "thường vụ" removed alone, "ban" stayed a topic word found in every meeting report
    assert question_topic_terms("Ban Thường vụ Tỉnh ủy góp ý gì cho dự thảo của huyện Nam Sách?") == []
    assert "ban" not in topic_terms("Ban Chấp hành Đảng bộ tỉnh yêu cầu gì về giao thông?")


def test_the_count_of_the_districts_asked_about_is_no_topic_of_a_list() -> None:
    assert "ba" not in list_topic_terms("Cả ba huyện cùng được yêu cầu những gì về giao thông?")
    assert "hai" not in list_topic_terms("Hai đơn vị cần bổ sung những gì về du lịch?")
    # a number of anything else is a topic; "tư" of "đầu tư" is no count
    assert "ba_khau" in list_topic_terms("Báo cáo cần nêu những gì về đầu tư và ba khâu đột phá?")
    assert "dau_tu" in list_topic_terms("Hai huyện cần nêu những gì về đầu tư?")


def test_a_stop_phrase_is_removed_whole_its_syllables_stay_words_of_topics() -> None:
    terms = topic_terms("Nội dung xây dựng báo cáo chính trị quy định dung lượng bao nhiêu trang?")
    assert {"xay_dung", "dung_luong"} <= set(terms)  # "nội dung" is a question phrase, "dung" is not
    assert "noi" not in terms and "noi_dung" not in terms
    assert "chinh_tri" not in terms  # "báo cáo chính trị" is the genre, removed as a phrase
    assert "chinh_sach" in topic_terms("Báo cáo chính trị cần nêu gì về chính sách xã hội?")


def test_an_english_question_s_topic_is_its_policy_words_in_vietnamese() -> None:
    assert topic_terms("What must the report say about transport?") == ["giao", "thong", "giao_thong"]
    assert topic_terms("What must the report say about zzqx?") == ["zzqx"]  # no equivalent: its own word


def test_a_word_pair_never_spans_a_question_word() -> None:
    assert topic_terms("giao thông là ưu tiên") == ["giao", "thong", "uu", "tien", "giao_thong", "uu_tien"]


def test_a_word_written_with_diacritics_is_not_the_stopword_it_folds_to() -> None:
    # "đô thị" folds to "do thi", as "do" (because) and "thì" (then) do: written with diacritics it is a topic
    terms = topic_terms("Báo cáo cần đề cập những gì về phát triển đô thị?")
    assert "do_thi" in terms and "do" in terms
    # the stopwords themselves stay out
    assert "do" not in topic_terms("Vì sao báo cáo chậm do đâu?")
    assert "thi" not in topic_terms("Nếu số liệu chênh lệch thì phải làm gì?")


def test_words_a_sentence_leaves_out_are_not_held() -> None:
    terms = topic_terms("Phụ lục của báo cáo được dài tối đa bao nhiêu trang?")
    excluding = "Báo cáo có dung lượng không quá 30 trang khổ A4 (không kể phụ lục)."
    about = "Phụ lục của báo cáo tổng cộng không quá 15 trang."
    assert term_coverage(terms, excluding) < 0.2 < term_coverage(terms, about)
    # only to the end of the bracket or clause: what follows it is held again
    assert term_coverage(terms, "30 trang (không tính bìa), kèm phụ lục") > term_coverage(terms, excluding)


def test_the_verbs_asking_what_a_draft_must_change_are_no_topic_of_a_list() -> None:
    # "cần bổ sung, làm rõ những gì" asks for everything asked of the draft: "sung" is no topic word
    assert list_topic_terms("Dự thảo của huyện Tứ Kỳ cần bổ sung, làm rõ những nội dung gì?") == []
    assert list_topic_terms("Dự thảo của huyện Tứ Kỳ phải chỉnh sửa, hoàn thiện những gì?") == []
    assert "giao" in list_topic_terms("Báo cáo cần bổ sung những gì về giao thông?")


def test_coverage_averages_the_share_of_words_and_the_share_of_pairs() -> None:
    assert term_coverage([], "giao thông") == 0.0  # no topic: nothing is covered
    assert term_coverage(["giao", "thong"], "giao thông đô thị") == 1.0  # words only: their share
    assert term_coverage(["giao", "dien"], "giao thông") == 0.5
    # words 2 of 2, pairs 0 of 1: "chuyển đổi số" is not "điều chuyển … một số"
    assert term_coverage(["chuyen", "so", "chuyen_so"], "điều chuyển một số cán bộ") == 0.5
    assert term_coverage(["chuyen", "so", "chuyen_so"], "chuyển số liệu") == 1.0


def test_a_place_s_name_makes_no_stopword_a_topic_word() -> None:
    """ "Chợ Mới" written with diacritics must not make "cho" (a glue word: "đặt ra cho") a content word."""
    gazetteer = Path(__file__).resolve().parents[1] / "data" / "elsewhere" / "an_giang" / "gazetteer.json"
    question = "Những yêu cầu chung đặt ra cho cả ba dự thảo của Long Xuyên, Chợ Mới và Thoại Sơn là gì?"
    try:
        places.use_gazetteer(gazetteer)
        assert list_topic_terms(question) == []
        assert "cho" in topic_terms("Báo cáo cần nêu gì về phát triển chợ nông thôn?")  # a market is a topic
    finally:
        places.use_gazetteer(None)


def test_words_of_more_and_of_the_coming_term_are_no_topic_of_a_list() -> None:
    # "làm rõ thêm … nhiệm kỳ tới": what is asked of the district, whatever it is about
    assert list_topic_terms("Kim Thành cần làm rõ thêm những nội dung gì trong báo cáo nhiệm kỳ tới?") == []
    assert list_topic_terms("Báo cáo của Tứ Kỳ phải có những nội dung đặc thù nào?") == []
    assert list_topic_terms("What did the committee ask Tứ Kỳ district to add to its draft?") == []
    # "nhiệm kỳ" is removed as a phrase: "nhiệm vụ" stays a topic word
    assert "nhiem_vu" in list_topic_terms("Báo cáo nhiệm kỳ tới cần nêu những nhiệm vụ gì về giao thông?")


def test_the_topic_a_not_found_list_answer_names_keeps_the_question_s_diacritics() -> None:
    from app.answers.listing import _topic_phrase, list_topic_terms

    question = "Huyện Gio Linh phải hoàn chỉnh dự thảo báo cáo chính trị ở những điểm nào?"
    assert _topic_phrase(question, list_topic_terms(question)) == "hoàn chỉnh"
    typed = "bao cao chinh tri kim thanh can neu gi ve giao thong"
    assert _topic_phrase(typed, list_topic_terms(typed)) == "giao thong"
