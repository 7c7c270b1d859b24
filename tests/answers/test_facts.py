"""Which document a question names (app/answers/facts.py): by number, issuer, type, or most of its title's
words."""

from __future__ import annotations

from app.answers.facts import named_document, naming_words

DOCUMENTS = {
    "a": {
        "source": "guidance/cong-van.txt",
        "title": "V/v góp ý dự thảo báo cáo chính trị trình đại hội đảng bộ huyện, nhiệm kỳ 2025 - 2030",
        "number": "Số 215-CV/VPTU",
        "issuer": "TỈNH ỦY HẢI DƯƠNG – VĂN PHÒNG",
    },
    "b": {
        "source": "reports/tu-ky.pdf",
        "title": "Báo cáo chính trị Đảng bộ huyện Tứ Kỳ nhiệm kỳ 2020 - 2025",
        "number": None,
        "issuer": None,
    },
    "c": {
        "source": "guidance/de-cuong.docx",
        "title": (
            "ĐỀ CƯƠNG GỢI Ý xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030"
        ),
        "number": None,
        "issuer": None,
    },
}


def test_a_document_is_named_by_the_type_its_number_abbreviates():
    # its title is the subject line ("V/v …"); "CV" in its number says it is a công văn
    assert named_document("Ai ký công văn góp ý dự thảo báo cáo chính trị?", DOCUMENTS)["source"] == (
        "guidance/cong-van.txt"
    )
    assert " cong van " in naming_words(DOCUMENTS["a"])


def test_a_document_is_named_by_the_type_its_title_opens_with():
    assert named_document("Đề cương gợi ý này được ban hành ngày nào?", DOCUMENTS)["source"] == (
        "guidance/de-cuong.docx"
    )


def test_a_number_no_document_has_names_none_even_beside_its_type():
    # only a page about Đề cương 12-HD/BTGTU is indexed, not the đề cương itself
    assert named_document("Đề cương số 12-HD/BTGTU được ban hành ngày nào?", DOCUMENTS) is None
    assert named_document("Công văn 215-CV/VPTU do ai ký?", DOCUMENTS)["source"] == "guidance/cong-van.txt"


def test_a_number_no_document_has_is_found_where_a_text_cites_it():
    from app.answers.facts import cites, unindexed_numbers

    assert unindexed_numbers("Công văn 215-CV/VPTU do ai ký?", DOCUMENTS) == set()
    missing = unindexed_numbers("Hướng dẫn số 46-HD/TU quy định gì?", DOCUMENTS)
    assert missing == {"46-hd/tu"}
    assert cites("Ngày 9/9, Ban Tuyên giáo ban hành Hướng dẫn số 46-HD/TU về văn kiện.", missing)
    assert not cites("Hướng dẫn số 46-HD/BTGTU về nội dung báo cáo chính trị.", missing)


def test_the_years_and_generic_words_of_a_title_name_no_document():
    # "nhiệm kỳ 2025 - 2030" is in the question and in two titles: it names neither
    assert (
        named_document("Được chọn tối đa mấy đột phá chiến lược cho nhiệm kỳ 2025 - 2030?", DOCUMENTS) is None
    )


def test_a_report_or_draft_number_names_no_type():
    report = {"title": "Nội dung", "number": "Số 12-BC/HU", "issuer": None, "source": "r.txt"}
    assert naming_words(report) == ("Số 12-BC/HU",)
    assert naming_words(report, with_title=True) == ("Số 12-BC/HU", "Nội dung")


def test_a_signer_is_quoted_with_the_position_above_the_name():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question

    doc = {
        **DOCUMENTS["a"],
        "signer": "Vũ Minh Khánh",
        "date": "2025-03-03",
        "letterhead": [
            "Số 215-CV/VPTU",
            "K/T CHÁNH VĂN PHÒNG",
            "PHÓ CHÁNH VĂN PHÒNG",
            "(Đã ký)",
            "Vũ Minh Khánh",
        ],
    }
    question = "Ai ký công văn góp ý dự thảo báo cáo chính trị?"
    answer = fact_answer(question, analyse_question(question), [], {"a": doc}, doc)
    assert answer is not None and answer.found
    assert "do Vũ Minh Khánh ký" in answer.text
    assert answer.citations[0].quote == "K/T CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG (Đã ký) Vũ Minh Khánh"
    # a news byline under a dateline: the dateline is not a position
    news = {**doc, "signer": "Linh An", "letterhead": ["THỨ NĂM, 12/03/2020 19:20:53", "LINH AN"]}
    answer = fact_answer(question, analyse_question(question), [], {"a": news}, news)
    assert answer is not None and answer.citations[0].quote == "LINH AN"


def test_the_date_of_a_document_is_quoted_from_its_dateline_not_its_number_line():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question

    doc = {
        **DOCUMENTS["a"],
        "number": "Số 1148-TB/TU",
        "date": "2025-05-07",
        "letterhead": ["TỈNH ỦY BẮC GIANG", "Số 1148-TB/TU", "Bắc Giang, ngày 07 tháng 5 năm 2025"],
    }
    question = "Thông báo số 1148-TB/TU được ban hành ngày nào?"
    answer = fact_answer(question, analyse_question(question), [], {"a": doc}, doc)
    assert answer is not None and answer.found and "07/05/2025" in answer.text
    assert answer.citations[0].quote == "Bắc Giang, ngày 07 tháng 5 năm 2025"


def test_a_short_title_held_by_a_question_is_its_topic_not_a_name_for_its_document():
    from app.answers.facts import names_exactly

    article = {"title": "Phạm tội chưa đạt", "number": None, "issuer": None, "source": "dieu-15.txt"}
    assert not names_exactly("Phạm tội chưa đạt là gì?", article)
    guidance = {
        "title": "Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện",
        "number": "Số 12-HD/TU",
        "issuer": None,
        "source": "hd.docx",
    }
    question = "Theo Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện, …"
    assert names_exactly(question, guidance)
    assert names_exactly("Hướng dẫn 12-HD/TU yêu cầu gì?", guidance)


def test_a_deadline_asked_is_not_answered_with_the_day_a_meeting_was_held():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question
    from app.domain import Chunk, DocType, Passage

    def passage(text: str) -> Passage:
        return Passage(1, Chunk("g#1", "g.md", "g.md", "Kết luận", None, DocType.GUIDANCE, 1, 1, text), 1.0)

    question = "Các huyện phải gửi dự thảo báo cáo chính trị trước ngày nào?"
    met = passage("Trước đó, ngày 29/4/2025, các huyện đã gửi dự thảo báo cáo chính trị để xin ý kiến.")
    assert fact_answer(question, analyse_question(question), [met], {}) is None
    due = passage("Các huyện gửi dự thảo báo cáo chính trị về Ban Thường vụ Tỉnh ủy trước ngày 20/5/2025.")
    answer = fact_answer(question, analyse_question(question), [met, due], {})
    assert answer is not None and "20/05/2025" in answer.text


def test_a_day_asked_is_not_answered_with_a_month():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question
    from app.domain import Chunk, DocType, Passage

    def passage(text: str) -> Passage:
        return Passage(1, Chunk("g#1", "g.md", "g.md", "Tin", None, DocType.GUIDANCE, 1, 1, text), 1.0)

    question = "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị các huyện vào ngày nào?"
    planned = passage("Từ nay đến đầu tháng 6/2020, Ban Thường vụ Tỉnh ủy sẽ cho ý kiến vào các dự thảo.")
    assert fact_answer(question, analyse_question(question), [planned], {}) is None
    # asked when, not on which day, a month answers
    when = "Khi nào Ban Thường vụ Tỉnh ủy cho ý kiến vào các dự thảo?"
    assert fact_answer(when, analyse_question(when), [planned], {}) is not None
    held = passage("Ngày 13/5/2020, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo của các huyện.")
    answer = fact_answer(question, analyse_question(question), [planned, held], {})
    assert answer is not None and "13/05/2020" in answer.text


def test_only_a_when_question_is_answered_from_a_dated_sentence_and_in_its_own_language():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question
    from app.domain import Chunk, DocType, Passage

    dated = Passage(
        1,
        Chunk(
            "g#1", "g.md", "g.md", "Tin", None, DocType.GUIDANCE, 1, 1, "Hội nghị khai mạc ngày 12/3/2020."
        ),
        1.0,
    )
    narrow = "Hội nghị khai mạc bàn những gì?"
    assert fact_answer(narrow, analyse_question(narrow), [dated], {}) is None
    english = "When did the conference (hội nghị khai mạc) open?"
    answer = fact_answer(english, analyse_question(english), [dated], {})
    assert answer is not None and answer.text.startswith("Date 12/03/2020")


def test_a_document_with_no_number_is_named_by_its_file():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question

    doc = {**DOCUMENTS["c"], "date": "2024-09-23", "letterhead": ["Nghệ An, ngày 23 tháng 9 năm 2024"]}
    question = "Đề cương gợi ý xây dựng báo cáo chính trị được ban hành ngày nào?"
    answer = fact_answer(question, analyse_question(question), [], {"c": doc}, doc)
    assert answer is not None and "(guidance/de-cuong.docx) đề ngày 23/09/2024" in answer.text


def test_a_line_of_its_own_is_its_own_sentence_when_dating():
    from app.answers.facts import fact_answer
    from app.answers.intent import analyse_question
    from app.domain import Chunk, DocType, Passage

    text = (
        "Ngày đăng: 13/09/2024 15:42\n"
        "Ngày 09/9/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 27-HD/BTGTU về văn kiện đại hội."
    )
    page = Passage(1, Chunk("g#1", "g.html", "g.html", "Tin", None, DocType.GUIDANCE, 1, 1, text), 1.0)
    question = "Hướng dẫn số 27-HD/BTGTU được ban hành ngày nào?"
    answer = fact_answer(question, analyse_question(question), [page], {})
    assert answer is not None and answer.text.startswith("Ngày 09/09/2024:") and "13/09" not in answer.text


GUIDANCE_AND_ITS_CHANGE = {
    "hd": {
        "source": "guidance/huong-dan-27.docx",
        "title": "Hướng dẫn nội dung báo cáo chính trị trình đại hội đảng bộ cấp huyện",
        "number": "Số 27-HD/BTGTU",
        "issuer": "TỈNH ỦY QUẢNG NINH – BAN TUYÊN GIÁO",
    },
    "cv": {
        "source": "guidance/cong-van-1186.txt",
        "title": "Công văn về việc điều chỉnh một số nội dung Hướng dẫn số 27-HD/BTGTU ngày 18/10/2024",
        "number": "Số 1186-CV/BTGTU",
        "issuer": "TỈNH ỦY QUẢNG NINH – BAN TUYÊN GIÁO",
    },
}


def test_a_type_and_its_number_s_digits_name_a_document_and_a_shared_issuer_names_none():
    def named(question: str) -> str | None:
        doc = named_document(question, GUIDANCE_AND_ITS_CHANGE)
        return doc["source"] if doc else None

    # the công văn's subject cites Hướng dẫn 27; the issuer is both documents'
    assert named("Ai ký Hướng dẫn 27 của Ban Tuyên giáo Tỉnh ủy?") == "guidance/huong-dan-27.docx"
    assert named("Công văn số 1186 do ai ký?") == "guidance/cong-van-1186.txt"
    assert named("Ban Tuyên giáo Tỉnh ủy Quảng Ninh yêu cầu gì về số liệu?") is None
    # an issuer that one document has names it
    alone = {"hd": GUIDANCE_AND_ITS_CHANGE["hd"]}
    assert named_document("Ban Tuyên giáo Tỉnh ủy Quảng Ninh yêu cầu gì về số liệu?", alone) is not None
