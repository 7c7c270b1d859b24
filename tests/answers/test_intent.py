"""app.answers.intent: the shape of a question decides how it is answered."""

from __future__ import annotations

import pytest

from app.answers.intent import Shape, analyse_question, names_draft, tells_of_review


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("Báo cáo chính trị của Nam Sách cần đề cập những gì?", Shape.REPORT),
        ("bao cao chinh tri cua kim thanh can de cap gi ve giao thong", Shape.REPORT),
        ("What must Tứ Kỳ's political report cover?", Shape.REPORT),
        ("Tóm tắt ý kiến của Thường trực Tỉnh ủy về dự thảo báo cáo chính trị huyện Tứ Kỳ", Shape.REPORT),
        ("Yêu cầu chung đối với dự thảo báo cáo chính trị của tất cả các huyện là gì?", Shape.REPORT),
        ("Những huyện nào được định hướng phấn đấu trở thành thị xã?", Shape.WHICH),
        ("Which districts were asked to prioritise transport?", Shape.WHICH),
        ("Cuộc làm việc diễn ra ngày nào?", Shape.WHEN),
        ("On which day did the standing committee meet to discuss the drafts?", Shape.WHEN),
        ("Dự thảo gửi lấy ý kiến trong mấy ngày?", Shape.NARROW),  # a count of days, not a date
        ("Ai ký hướng dẫn này?", Shape.DOCUMENT),
        ("Công văn góp ý của Văn phòng Tỉnh ủy có số hiệu là gì?", Shape.DOCUMENT),
        ("Báo cáo của Nam Sách cần nhấn mạnh những vấn đề gì?", Shape.REPORT),
        ("Chí Linh cần làm rõ định hướng gì trong báo cáo chính trị?", Shape.NARROW),
        ("Báo cáo cần xác định bao nhiêu khâu đột phá?", Shape.NARROW),
        ("Ai chủ trì cuộc làm việc?", Shape.NARROW),
        # several pieces of content with a requirement word: the list of requirements
        ("Dự thảo của Cẩm Giàng cần bổ sung, làm rõ những gì?", Shape.REPORT),
        # a verb of revising right before what asks for content: the list of what was asked
        ("Cẩm Giàng cần bổ sung gì trong báo cáo chính trị trình đại hội?", Shape.REPORT),
        ("Kim Thành phải hoàn thiện dự thảo ở những điểm nào?", Shape.REPORT),
        ("Báo cáo của Tứ Kỳ cần bổ sung, sửa chữa những gì?", Shape.REPORT),
        # how a district's draft must be revised
        ("Thanh Hà phải sửa dự thảo báo cáo chính trị ra sao?", Shape.REPORT),
        # a noun between the verb and "gì" asks for one thing; "ra sao" without revising asks for one fact
        ("Dự thảo của Nam Sách cần làm rõ định hướng gì?", Shape.NARROW),
        ("Báo cáo chính trị được viết dài ra sao?", Shape.NARROW),
        ("Dự thảo của Thanh Hà được trình bày ra sao?", Shape.NARROW),
        ("Công văn quy định những gì về dung lượng văn kiện?", Shape.REPORT),
        ("Huyện Gia Lộc phải làm những việc gì trước đại hội?", Shape.REPORT),
        ("bao cao cua ninh giang can lam ro nhung noi dung rieng nao", Shape.REPORT),
        ("What general requirements were given to the three districts?", Shape.REPORT),
        # things, not content, or no requirement word: one fact, or a section of a report
        ("Bình Giang cần tận dụng những tuyến đường nào để thu hút đầu tư?", Shape.NARROW),
        ("Báo cáo của Thanh Hà rút ra những bài học kinh nghiệm nào?", Shape.NARROW),
        # a district-level noun with "nào" asks which units; "cơ quan nào" is no "quận nào"
        ("Những thành phố nào phải đánh giá kết quả xây dựng đô thị thông minh?", Shape.WHICH),
        ("thi xa nao phai bo sung chi tieu do thi hoa", Shape.WHICH),
        ("Which towns must report on tourism?", Shape.WHICH),
        ("Cơ quan nào ban hành hướng dẫn này?", Shape.DOCUMENT),
        # "tóm tắt" asks for a summary of what was said, unless the question asks for a figure: then it names
        # the summary itself ("bản tóm tắt")
        ("Tóm tắt ý kiến góp ý cho dự thảo của Tứ Kỳ", Shape.REPORT),
        ("Bản tóm tắt báo cáo chính trị được trình bày tại đại hội trong bao nhiêu phút?", Shape.NARROW),
        ("Bản tóm tắt đọc tại đại hội được trình bày trong khoảng bao lâu?", Shape.NARROW),
        ("Co quan nao ban hanh huong dan nay?", Shape.DOCUMENT),
        # what was said in a review of a draft: every comment, with or without "những"
        ("Ban Thường vụ Tỉnh ủy góp ý gì cho dự thảo báo cáo chính trị của huyện Nam Sách?", Shape.REPORT),
        ("Thường trực Tỉnh ủy cho ý kiến những gì vào dự thảo của Kim Thành?", Shape.REPORT),
        ("hoi nghi de nghi gi voi du thao cua tu ky", Shape.REPORT),
        ("What did the committee ask Tứ Kỳ district to add to its draft political report?", Shape.REPORT),
        ("What did the committee ask Tu Ky to change in its draft?", Shape.REPORT),
        # asked of no draft, "ask" asks one thing
        ("What did the committee ask about transport?", Shape.NARROW),
    ],
)
def test_shapes(question: str, shape: Shape) -> None:
    assert analyse_question(question).shape is shape


def test_what_was_said_of_a_district_s_draft_is_said_of_it_in_particular() -> None:
    assert analyse_question("Ban Thường vụ góp ý gì cho dự thảo của huyện Nam Sách?").specific
    assert analyse_question("What did the committee ask of Kim Thành's draft?").specific
    # no district named: the draft is every district's
    assert not analyse_question("Dự thảo cần gửi về đâu?").specific
    assert not analyse_question("Báo cáo chính trị của Nam Sách cần đề cập những gì?").specific


def test_a_question_on_a_district_s_draft_is_on_its_draft_a_question_on_its_report_is_not() -> None:
    assert analyse_question("Ban Thường vụ góp ý gì cho dự thảo của huyện Nam Sách?").on_draft
    assert not analyse_question("Lưu ý riêng gì cho Nam Sách?").on_draft  # specific, but any document
    assert not analyse_question("Báo cáo chính trị của Nam Sách cần đề cập những gì?").on_draft
    assert not analyse_question("Dự thảo cần gửi về đâu?").on_draft


def test_general_scope_and_districts() -> None:
    intent = analyse_question("Yêu cầu chung đối với tất cả các huyện là gì?")
    assert intent.general and intent.districts == ()
    assert analyse_question("Còn Nam Sách?", district="Kim Thành").districts == ("Kim Thành",)


def test_districts_asked_about_together() -> None:
    assert analyse_question("Ba huyện Tứ Kỳ, Kim Thành và Nam Sách cùng được yêu cầu những gì?").together
    assert analyse_question("Yêu cầu chung cho Tứ Kỳ và Kim Thành là gì?").together  # general, two named
    # "cũng" (also) is no "cùng" (together); one district is no group
    assert not analyse_question("Tứ Kỳ và Kim Thành cũng cần nêu những gì?").together
    assert not analyse_question("Tứ Kỳ cùng các huyện cần nêu những gì?").together


@pytest.mark.parametrize(
    ("question", "reviewed"),
    [
        ("Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo báo cáo chính trị của những huyện nào?", True),
        ("Dự thảo của những huyện nào đã được góp ý?", True),
        ("Which units had their draft political reports reviewed by the Standing Committee?", True),
        ("Nhung huyen nao duoc cho y kien vao du thao?", True),
        # which districts must do something: the guidance's requirements answer, not a review
        ("Những huyện nào phải gửi dự thảo trước ngày 30/4?", False),
        # a review, but not asking which districts
        ("Ban Thường vụ cho ý kiến gì vào dự thảo của huyện Gia Lộc?", False),
    ],
)
def test_which_districts_drafts_were_reviewed(question: str, reviewed: bool) -> None:
    assert analyse_question(question).asks_reviewed is reviewed


def test_a_review_is_told_by_a_draft_and_a_verb_of_commenting() -> None:
    assert tells_of_review("Chiều 25/4, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị")
    assert tells_of_review("gop y du thao bao cao chinh tri")
    assert not tells_of_review("Các huyện gửi dự thảo về Ban Tuyên giáo trước ngày 30/4.")
    assert not tells_of_review("Ban Thường vụ cho ý kiến về kế hoạch phòng chống thiên tai.")
    assert names_draft("Thông báo kết luận về DỰ THẢO báo cáo chính trị") and names_draft("the draft")
    assert not names_draft("Hướng dẫn xây dựng báo cáo chính trị")
