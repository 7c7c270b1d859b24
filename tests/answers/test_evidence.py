"""app.answers.evidence: whether sentences state the figure a question asks for."""

from __future__ import annotations

import pytest

from app import places
from app.answers.evidence import (
    asked_act,
    asked_office,
    asked_slot,
    asks_deadline,
    asks_who,
    counted_words,
    fills_slot,
    states_act,
    states_count,
    states_deadline,
    states_figure,
    states_office,
    states_ordinals,
    states_time,
)


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
        # a range written without spaces is one count, not two numbers glued by a dash
        ("Báo cáo phải so sánh với bao nhiêu năm trước?", "So sánh với 5-10 năm trước.", True),
        # nothing counted named: a number word after a limit is a figure, "một số" is not
        ("Phần kết luận được viết dài tối đa bao nhiêu?", "Viết ngắn gọn, không quá một trang.", True),
        ("Phần kết luận được viết dài tối đa bao nhiêu?", "Khoảng một số nội dung cần viết gọn.", False),
        ("Phần kết luận được viết dài tối đa bao nhiêu?", "Viết gọn trên một số lĩnh vực chính.", False),
        # the number word last but one, the thing counted last
        ("Báo cáo gồm mấy phần?", "Báo cáo chính trị gồm ba phần.", True),
        # a share of a count ("17/20 chỉ tiêu") counts the thing right after it; a date ("25/4") does not
        ("Huyện đạt và vượt bao nhiêu chỉ tiêu chủ yếu?", "Huyện đạt và vượt 17/20 chỉ tiêu chủ yếu.", True),
        # a month and year before the thing is a date ("tháng 01 - 02/2025 (đảng bộ …"), not a share
        ("Huyện có bao nhiêu đảng viên?", "Lấy ý kiến: tháng 01 - 02/2025 (đảng bộ tổ chức đại hội).", False),
        ("Huyện đạt bao nhiêu chỉ tiêu chủ yếu?", "Ngày 25/4 hội nghị bàn về chỉ tiêu chủ yếu.", False),
        ("Huyện đạt bao nhiêu chỉ tiêu chủ yếu?", "Theo Kế hoạch 12/KH-UBND, chỉ tiêu chủ yếu.", False),
        # the count just after the thing counted, as a limit; a span of years there is no count
        ("Có tối đa bao nhiêu chỉ tiêu?", "Tổng số chỉ tiêu không quá 20.", True),
        ("Báo cáo có tối đa bao nhiêu chỉ tiêu chủ yếu?", "Tổng số chỉ tiêu không quá 20.", True),
        ("Có tối đa bao nhiêu chỉ tiêu?", "Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025.", False),
        ("Có tối đa bao nhiêu chỉ tiêu?", "Các chỉ tiêu về kinh tế, xã hội và môi trường: 30.", False),
        # "số <thing> … là N": the number of the thing at the end of its clause, not past a ";"
        (
            "Đại hội có bao nhiêu đại biểu chính thức?",
            "Ban Thường vụ 15 người; số đại biểu chính thức được triệu tập dự Đại hội là 300 đồng chí.",
            True,
        ),
        ("Đại hội có bao nhiêu đại biểu chính thức?", "Số đại biểu chính thức chưa chốt; là 5 người.", False),
        ("Đại hội có bao nhiêu đại biểu chính thức?", "Số đại biểu chính thức bằng 300 đồng chí.", True),
        # a heading's or list item's number is no quantity
        ("Đại hội có bao nhiêu đại biểu chính thức?", "1. Đại hội chi bộ, đảng bộ cơ sở", False),
        ("Đại hội có bao nhiêu đại biểu chính thức?", "2) Đại biểu chính thức", False),
        ("Đại hội có bao nhiêu đại biểu chính thức?", "Có 250 đại biểu chính thức.", True),
        # a document's number asked: "Tờ trình số 95-TTr/HU", not any quantity
        ("Huyện ủy xin ý kiến bằng văn bản số mấy?", "Đã có Tờ trình số 95-TTr/HU gửi Tỉnh ủy.", True),
        ("Huyện ủy xin ý kiến bằng văn bản số mấy?", "Đã gửi xin ý kiến 59 tổ chức cơ sở đảng.", False),
        # people counted: any noun counting people answers "bao nhiêu người"; money is no people
        ("Bộ Chính trị giới thiệu bao nhiêu người?", "Giới thiệu hơn 200 đồng chí.", True),
        ("Bộ Chính trị giới thiệu bao nhiêu người?", "Có ba ủy viên được giới thiệu.", True),
        ("Bộ Chính trị giới thiệu bao nhiêu người?", "Thu ngân sách đạt 200 tỷ đồng.", False),
        ("Có bao nhiêu đại biểu?", "Giới thiệu hơn 200 đồng chí.", False),
    ],
)
def test_a_figure_is_stated_as_a_range_or_in_words(question: str, sentence: str, stated: bool) -> None:
    assert states_figure(question, [sentence]) is stated


@pytest.mark.parametrize(
    ("question", "sentence", "stated"),
    [
        # the thing counted within three syllables after the number: further on, the number counts another
        ("Huyện có bao nhiêu khu công nghiệp?", "Huyện có 5 khu công nghiệp.", True),
        ("Huyện có bao nhiêu khu công nghiệp?", "Huyện có 5 nhà máy trong khu công nghiệp Đại An.", False),
        ("Mỗi huyện chọn bao nhiêu khâu đột phá?", "Nghị quyết nêu ba nhóm giải pháp, khâu đột phá.", False),
        # right after its number, or after the range or the words the number is written in
        ("Mỗi xã được bố trí bao nhiêu kinh phí?", "Chia thành ba nhóm: kinh tế; xã hội.", False),
        ("Mỗi xã được bố trí bao nhiêu kinh phí?", "Mỗi xã được cấp 50 triệu đồng kinh phí.", True),
        ("Có bao nhiêu ý kiến góp ý?", "Đã tổng hợp được 312 lượt ý kiến góp ý.", True),  # after a classifier
        ("Nêu mấy bài học?", "Mỗi báo cáo nêu từ ba đến năm bài học.", True),  # "đến năm": five, no year
        ("Mỗi phần dài mấy trang?", "Mỗi phần dài từ ba đến năm trang.", True),
        # the thing, then its limit written as a word
        ("Được chọn tối đa mấy khâu đột phá?", "Khâu đột phá không quá ba, mỗi khâu có mục tiêu.", True),
        ("Được chọn tối đa mấy khâu đột phá?", "Khâu đột phá phải cụ thể, nêu ba nhóm giải pháp.", False),
        ("Mỗi phần dài mấy trang?", "Chia ba phần, năm trang đầu là mục lục.", False),
        ("Mỗi xã được bố trí bao nhiêu kinh phí?", "Mỗi xã được cấp kinh phí 50 triệu đồng.", True),
        ("Báo cáo đề ra bao nhiêu chỉ tiêu?", "Xác định từ 15 đến 18 chỉ tiêu chủ yếu.", True),
        ("Báo cáo đề ra bao nhiêu chỉ tiêu?", "Xác định 15 - 18 chỉ tiêu chủ yếu.", True),
        ("Báo cáo dài bao nhiêu trang?", "Báo cáo không quá hai mươi lăm trang.", True),
        ("Báo cáo dài bao nhiêu trang?", "Báo cáo có 3 phần, mỗi phần dài.", False),
        # a rate is stated as a percentage: another number is no answer
        ("Tỷ lệ đô thị hóa của huyện đạt mức nào?", "Tỷ lệ đô thị hóa đạt 35%.", True),
        ("Tỷ lệ đô thị hóa của huyện đạt mức nào?", "Toàn huyện có 12 xã đạt chuẩn nông thôn mới.", False),
    ],
)
def test_a_figure_is_next_to_the_thing_counted_and_a_rate_is_a_percentage(
    question: str, sentence: str, stated: bool
) -> None:
    assert states_figure(question, [sentence]) is stated


def test_years_counted_are_what_a_how_many_years_question_counts() -> None:
    assert counted_words("Bao nhiêu năm trước?") == ["nam"]
    assert counted_words("Nhiệm kỳ đại hội kéo dài mấy năm?") == ["nam"]
    assert counted_words("Đạt bao nhiêu vào năm 2030?") == []


def test_an_english_count_is_of_the_glossarys_vietnamese_word() -> None:
    assert counted_words("How many pages long was Hải Hậu's draft?") == ["trang"]
    assert counted_words("How many breakthrough areas should a district choose?") == ["dot", "pha"]
    assert counted_words("How many days before the congress?") == []  # "days" is not in the glossary
    assert states_figure("How many pages long was the draft?", ["Dự thảo của huyện dài 36 trang."])
    assert not states_figure("How many pages long was the draft?", ["Huyện có 36 xã."])


def test_a_syllable_that_folds_like_a_number_word_is_no_number() -> None:
    # "Tứ" folds to "tu" like "tư" (four), "tâm" to "tam" like "tám" (eight)
    sentence = "Các Huyện ủy Tứ Kỳ, Thanh Miện cần có tầm nhìn xa hơn về xã nông thôn mới."
    assert not states_figure("Thanh Miện có bao nhiêu xã?", [sentence])
    assert states_figure("Thanh Miện có bao nhiêu xã?", ["Huyện có mười tám xã và một thị trấn."])


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Gửi dự thảo về Ban Tuyên giáo trước ngày 20/4/2025.", True),
        ("Hội nghị họp ngày 12.3 để cho ý kiến.", True),
        ("Hoàn thành trong tháng 5.", True),
        ("Tổ chức đại hội trong quý II/2025.", True),
        ("Huyện cần làm rõ nguyên nhân của hạn chế.", False),
        # a term's span and the date of a document cited tell no time of anything the sentence tells
        ("Báo cáo chính trị Đảng bộ huyện nhiệm kỳ 2020 - 2025", False),
        ("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội.", False),
        ("Theo Kế hoạch 52-KH/TU, ngày 9 tháng 7 năm 2019, đại hội họp ngày 21/7/2020.", True),
    ],
)
def test_a_time_is_a_date_a_month_a_quarter_or_a_year(sentence: str, stated: bool) -> None:
    assert states_time(sentence) is stated


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Thị xã phải hoàn thành đại hội trước ngày nào?", True),
        ("Kết quả đại hội phải báo cáo trong thời hạn nào?", True),
        ("By what date must the outline be sent?", True),
        ("Hội nghị diễn ra vào ngày nào?", False),
        ("Ngày nào hội nghị họp trước khi đại hội?", False),
    ],
)
def test_a_deadline_is_asked_by_a_deadline_word_before_the_question_word(question: str, asks: bool) -> None:
    assert asks_deadline(question) is asks


def test_a_deadline_is_a_deadline_word_before_a_time() -> None:
    assert states_deadline("Gửi về Ban Thường vụ Tỉnh ủy trước ngày 20/5/2025.")
    assert states_deadline("Báo cáo chậm nhất là ngày 15/3; hoàn thành trong tháng 01/2025.")
    assert not states_deadline("Tại phiên họp ngày 29/4/2025, Ban Thường vụ kết luận.")
    assert not states_deadline("Trước đây 5 năm, huyện còn nghèo.")


def test_a_number_the_question_states_itself_is_not_the_figure_it_asks_for() -> None:
    question = "Góp ý dự thảo của 4 huyện: thu nhập bình quân đầu người năm 2030 là bao nhiêu?"
    assert not states_figure(question, ["Hội nghị cho ý kiến vào dự thảo của 4 huyện nhiệm kỳ 2025 - 2030."])
    assert states_figure(question, ["Thu nhập bình quân đầu người đạt 95 triệu đồng."])


def test_a_figure_of_another_term_is_not_the_one_asked() -> None:
    from app.answers.evidence import of_another_term

    asked = "Nhiệm kỳ 2020 - 2025, huyện đã hoàn thành bao nhiêu chỉ tiêu?"
    # the nearest text naming a span decides: the sentence, then its headings
    assert of_another_term(asked, ["Đạt 12 chỉ tiêu.", "Kết quả nhiệm kỳ 2015 - 2020", ""])
    assert not of_another_term(asked, ["Đạt 12 chỉ tiêu nhiệm kỳ 2020 - 2025.", "Kết quả 2015 - 2020", ""])
    assert not of_another_term(asked, ["Đạt 12 chỉ tiêu.", "Kết quả đạt được", ""])  # no span: no conflict
    assert not of_another_term("Huyện đạt bao nhiêu chỉ tiêu?", ["Nhiệm kỳ 2015 - 2020 đạt 12.", ""])
    # a report for the 2020 - 2025 congress (its title) reviews 2015 - 2020 too, but not 2025 - 2030
    title = "Báo cáo chính trị nhiệm kỳ 2020 - 2025"
    assert not of_another_term("Giai đoạn 2015 - 2020 tăng bao nhiêu?", ["Tăng 10,2%/năm.", "", title])
    assert of_another_term("Nhiệm kỳ 2025 - 2030 đặt mục tiêu bao nhiêu?", ["Tăng 10,2%/năm.", "", title])


@pytest.mark.parametrize(
    ("question", "texts", "stated"),
    [
        # another conference's or congress's ordinal is no answer; XXV and 25 are one
        ("Hội nghị Tỉnh ủy lần thứ 25 đã cho ý kiến gì?", ["Tiến tới Đại hội toàn quốc lần thứ XIV."], False),
        ("Đại hội lần thứ XXV diễn ra khi nào?", ["Sáng 20/6.", "Tổng duyệt Đại hội lần thứ 25"], True),
        ("Đại hội khóa XXIV có bao nhiêu đại biểu?", ["Đại hội khóa XXIII có 250 đại biểu."], False),
        ("Kỳ họp thứ 9 quyết định gì?", ["Tại kỳ họp thứ IX, Hội đồng nhân dân quyết định …"], True),
        # no ordinal asked: nothing to hold
        ("Đại hội diễn ra khi nào?", ["Đại hội lần thứ XIV."], True),
    ],
)
def test_an_ordinal_the_question_names_is_stated_where_the_answer_stands(
    question: str, texts: list[str], stated: bool
) -> None:
    assert states_ordinals(question, texts) is stated


def test_a_question_asking_who_wants_a_person_named() -> None:
    assert asks_who("Ai chủ trì hội nghị?") and asks_who("Văn bản do ai ký?") and asks_who("Who chaired it?")
    assert not asks_who("Hai huyện cần làm gì?") and not asks_who("Báo cáo dài mấy trang?")
    # "đồng chí nào", "đại biểu nào" ask for a person as "ai" does, and the act after it is what they did
    assert asks_who("Đồng chí nào trình bày tóm tắt dự thảo của huyện Triệu Phong?")
    assert asked_act("Đồng chí nào trình bày tóm tắt dự thảo của huyện Triệu Phong?") == ("trinh", "bay")
    assert not asks_who("Cơ quan nào chủ trì thẩm định?") and not asks_who("Đơn vị nào gửi chậm?")
    assert places.names_person("Đồng chí Phạm Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.")
    assert places.names_person("Văn bản do đồng chí Đinh Thị Thu Trang ký ban hành.")
    # a family name that opens a place or a body is no person; two syllables are too few
    assert not places.names_person("Ban Thường vụ Tỉnh ủy tổ chức hội nghị tại Hà Trung.")
    assert not places.names_person("Phát triển vùng Trần Phú.")
    assert not places.names_person("ĐẢNG CỘNG SẢN VIỆT NAM")  # capitals that open with no family name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a family name no list may hold, after a way of addressing a person
        ("Đồng chí Kpă Thuyên, Phó Bí thư Tỉnh ủy phát biểu.", True),
        ("Phát biểu của ông Sa Văn Khiêm tại hội nghị.", True),
        ("bà Mạc Thị Hoa", True),  # two syllables after "bà"
        # the names of the mountain provinces' peoples are family names too
        ("Hội nghị do Lò Văn Thắm chủ trì.", True),
        ("Hội nghị do Lò Văn chủ trì.", False),  # two syllables with no way of addressing: too few
        # an office's title after "đồng chí" is no name; "Bà Rịa" is a place; "bà con" no one
        ("Đồng chí Phó Bí thư Tỉnh ủy chủ trì.", False),
        ("Đồng chí Trưởng Ban Tuyên giáo phát biểu.", False),
        ("Đồng chí Chủ Tịch Tỉnh phát biểu.", False),
        ("Tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị.", False),
        ("bà con Nhân dân đồng tình.", False),
        ("Ông Lão được nhắc đến.", False),
        ("Đồng chí cần nêu rõ.", False),
    ],
)
def test_a_person_is_named_by_a_way_of_addressing_them(text: str, person: bool) -> None:
    assert places.names_person(text) is person


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Ai là Bí thư Huyện ủy Cẩm Giàng nhiệm kỳ 2020 - 2025?", "bi thu huyen uy"),
        ("Bí thư Huyện uỷ Đức Thọ là ai?", "bi thu huyen uy"),  # the old tone placement too
        ("ai la chu tich ubnd tinh", "chu tich ubnd tinh"),
        ("Who is the Party Secretary of Bắc Sơn district?", "bi thu huyen uy"),
        ("Who is the provincial Party secretary?", "bi thu tinh uy"),
        ("Ai chủ trì hội nghị?", None),  # no office named
        ("Bí thư Tỉnh ủy yêu cầu gì?", None),  # no one asked for
        ("Who is the Party Secretary?", None),  # no level
    ],
)
def test_the_office_whose_holder_is_asked(question: str, office: str | None) -> None:
    assert asked_office(question) == office


def test_an_office_is_stated_with_its_level() -> None:
    assert states_office(["Bí thư Huyện ủy Trần Thị Minh Nguyệt phát biểu."], "bi thu huyen uy")
    assert not states_office(["Đồng chí Đinh Hữu Tuân, Bí thư Tỉnh ủy chủ trì."], "bi thu huyen uy")
    assert not states_office(["Phó Bí thư Huyện ủy dự họp."], "chu tich ubnd huyen")


def test_the_event_a_when_question_asks_the_date_of_and_the_sentences_that_speak_of_it() -> None:
    from app.answers.evidence import asked_event, states_event

    assert asked_event("Đại hội Đảng bộ huyện Tứ Kỳ khai mạc ngày nào?") == "đại hội"
    assert asked_event("Hội nghị cho ý kiến vào dự thảo trình đại hội diễn ra khi nào?") == "hội nghị"
    assert asked_event("Hướng dẫn số 12 được ban hành ngày nào?") is None
    # typed without diacritics
    assert asked_event("Dai hoi Dang bo huyen Tu Ky khai mac ngay nao?") == "đại hội"
    assert asked_event("Huong dan so 12 duoc ban hanh ngay nao?") is None
    on_the_draft = (
        "Chiều 14/10, hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ huyện."
    )
    assert not states_event([on_the_draft], "đại hội") and states_event([on_the_draft], "hội nghị")
    assert states_event(["Đại hội dự kiến tổ chức từ ngày 21 đến ngày 23/7/2020."], "đại hội")
    assert states_event(["- Hoàn thành trước ngày 30/6/2025", "Tiến độ tổ chức đại hội:"], "đại hội")


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("Hai đồng chí bị kỷ luật bằng hình thức gì?", ("hinh", "thuc")),
        ("Kinh Môn cần phát triển du lịch gắn với cụm di tích nào?", ("di", "tich")),
        ("Phần dự báo cần gắn với quy hoạch nào?", ("quy", "hoach")),
        ("Thu nhập năm 2030 phải nâng lên mức nào?", ("muc",)),  # "lên" names nothing
        ("Huyện ủy xin ý kiến bằng văn bản số mấy?", ("van", "ban")),  # a document number
        ("Ky luat bang hinh thuc gi?", ("hinh", "thuc")),  # typed without diacritics
        # an action, a manner, a time, a cause, generic contents: no slot
        ("Tỉnh ủy yêu cầu ông ấy làm gì với lá đơn?", None),
        ("Chỉ tiêu thu ngân sách bị nhận xét thế nào?", None),
        ("Hạn chót gửi dự thảo là ngày nào?", None),
        ("Nguyên nhân ông ấy nghỉ hưu trước tuổi là gì?", None),
        ("Cần làm rõ những nội dung gì?", None),
        ("Báo cáo cần so sánh với gì?", None),
        ("Ninh Giang cần lưu ý gì về lao động?", None),  # a verb before "gì": contents asked for
        ("Dự thảo cần bổ sung gì?", None),
        ("Hạn cuối là ngày nào, có thay đổi gì so với hướng dẫn lúc đầu không?", None),  # a verb of changing
        ("Dự thảo cần bổ sung chỉ tiêu gì?", ("chi", "tieu")),
        ("Phải gắn với quy hoạch nào?", ("quy", "hoach")),  # before "nào", a noun
        ("What form of discipline did they get?", None),
    ],
)
def test_the_slot_a_question_asks_to_fill(question: str, slot: tuple[str, ...] | None) -> None:
    assert asked_slot(question) == slot


@pytest.mark.parametrize(
    ("question", "sentence", "fills"),
    [
        # the noun followed by what the question does not say
        ("Hai đồng chí bị kỷ luật bằng hình thức gì?", "Quyết định kỷ luật bằng hình thức cách chức.", True),
        ("Hai đồng chí bị kỷ luật bằng hình thức gì?", "Xem xét, thi hành kỷ luật hai đồng chí.", False),
        # the noun followed only by the question's own words, or by glue, does not fill it
        ("Hai đồng chí bị kỷ luật bằng hình thức gì?", "Kỷ luật bằng hình thức, hai đồng chí.", False),
        ("Hai đồng chí bị kỷ luật bằng hình thức gì?", "Về hình thức và của các.", False),
        # a document asked by its type or number: a document number fills it
        ("Phải căn cứ văn bản nào của Bộ Chính trị?", "Theo đúng Quy định số 126 - QĐ / TW.", True),
        ("Huyện ủy xin ý kiến bằng văn bản số mấy?", "Tờ trình số 95-TTr/HU gửi Tỉnh ủy.", True),
        ("Phải căn cứ chỉ thị nào?", "Thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị.", True),
        ("Phải căn cứ văn bản nào của Bộ Chính trị?", "Theo quy định của Bộ Chính trị năm 2018.", False),
        ("Kinh Môn gắn với cụm di tích nào?", "Số 126 - QĐ / TW; cụm di tích.", False),
    ],
)
def test_a_sentence_fills_the_slot(question: str, sentence: str, fills: bool) -> None:
    assert fills_slot(question, asked_slot(question), sentence) is fills


def test_a_count_is_told_once_the_counted_words_are_known() -> None:
    question = "Đại hội có bao nhiêu đại biểu chính thức?"
    assert states_count(question, ["Số đại biểu chính thức là 300 đồng chí."])
    assert not states_count(question, ["Số đại biểu chính thức là 300 đồng chí."], words=[])


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("Ai chủ trì cuộc họp cho ý kiến dự thảo của Bỉm Sơn - Hà Trung?", ("chu", "tri")),
        ("Công văn 1186 do ai ký?", ("ky",)),
        ("ai phat ngon tai buoi hop bao?", ("phat", "ngon")),  # typed without diacritics
        ("Ai làm tổ trưởng tổ biên tập?", ("lam", "to", "truong")),  # the longest act listed
        ("Ai là Bí thư Huyện ủy Cẩm Giàng?", None),  # an office, not an act
        ("Ai cũng phải làm gì?", None),
        ("Who chaired the meeting?", None),
        ("Dự thảo này do ai?", None),  # nothing after "ai"
        ("Hội nghị do đồng chí nào chủ trì?", ("chu", "tri")),  # "đồng chí nào" asks as "ai" does
    ],
)
def test_the_act_a_who_question_asks_the_doer_of(question: str, act: tuple[str, ...] | None) -> None:
    assert asked_act(question) == act


def test_a_sentence_tells_of_the_act() -> None:
    assert states_act("Đồng chí Mai Xuân Bình, Phó Bí thư Tỉnh ủy chủ trì hội nghị.", ("chu", "tri"))
    assert not states_act("Đồng chí Mai Xuân Bình đề nghị hai huyện tiếp thu ý kiến.", ("chu", "tri"))
    assert not states_act("Ông là chủ tịch của trì hoãn.", ("chu", "tri"))  # the syllables must be adjacent


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Phần mục tiêu tổng quát được giới hạn độ dài thế nào?", True),
        ("Dung lượng báo cáo chính trị được quy định ra sao?", True),
        ("dung luong bao cao chinh tri the nao", True),
        ("What is the length limit of the summary?", False),  # English: "how long" asks it
        # a size word with nothing asked of it, or a manner asked of no size
        ("Báo cáo cần giảm độ dài phần kinh tế.", False),
        ("Báo cáo đánh giá thế nào về giao thông?", False),
    ],
)
def test_a_question_asking_how_a_size_is_set_asks_for_a_figure(question: str, asks: bool) -> None:
    from app.answers.evidence import asks_for_number, asks_size

    assert asks_size(question) is asks
    assert asks_for_number(question) is asks


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("b) Mục tiêu tổng quát viết không quá 80 chữ.", True),
        ("Đề nghị rút gọn dự thảo từ 26 trang xuống đúng dung lượng quy định.", True),
        ("Phần này viết không quá một trang.", True),
        ("Bài phát biểu không quá 15 phút.", True),
        # a count of other things is no size
        ("Đến ngày 25/7/2025, có 38/102 đảng bộ đã hoàn thành dự thảo.", False),
        ("Xác định từ 15 đến 18 chỉ tiêu chủ yếu.", False),
    ],
)
def test_a_size_is_a_number_of_pages_words_or_minutes(sentence: str, stated: bool) -> None:
    assert states_figure("Phần mục tiêu tổng quát được giới hạn độ dài thế nào?", [sentence]) is stated
    # asked with "bao nhiêu" and nothing counted nor sized, any quantity is a figure still
    assert states_figure("Đã có bao nhiêu?", ["Có 38 đảng bộ đã hoàn thành."])


def test_a_duration_or_a_length_asked_without_a_unit_is_given_in_its_units() -> None:
    from app.answers.evidence import units_asked

    asked = "Bản tóm tắt được trình bày tại đại hội trong thời gian bao lâu?"
    assert "phut" in units_asked(asked)
    assert states_figure(asked, ["Thời gian trình bày không quá 30 phút."])
    assert not states_figure(asked, ["Bản tóm tắt để trình bày tại đại hội không quá 8 trang."])
    length = "Mục tiêu tổng quát viết dài bao nhiêu thì vừa?"
    assert "chu" in units_asked(length)
    assert states_figure(length, ["Mục tiêu tổng quát viết không quá 120 chữ."])
    assert not states_figure(length, ["Xác định 15 chỉ tiêu chủ yếu."])
    # a question naming its unit, a long term ("dài hạn"), or English: no units are read into it
    assert units_asked("Báo cáo dài bao nhiêu trang?") == ()
    assert units_asked("Tầm nhìn dài hạn gồm mấy giai đoạn?") == ()
    assert units_asked("How long is the summary read?") == ()


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("Đồng chí Nguyễn Văn An, Bí thư Huyện ủy Cẩm Giàng, chủ trì.", True),  # the name in apposition
        ("Đồng chí Nguyễn Văn An là Bí thư Huyện ủy.", True),
        ("Bí thư Huyện ủy Cẩm Giàng là đồng chí Nguyễn Văn An.", True),
        # the office named of nobody: its holder is absent, and the deputy standing in is not its holder
        (
            "Đồng chí Kăn Thị Ly, Phó Bí thư Thường trực Huyện ủy trình bày dự thảo thay đồng chí Bí thư "
            "Huyện ủy đang đi học tập trung.",
            False,
        ),
        ("Phó Bí thư Huyện ủy Lê Văn Bình phát biểu.", False),
        ("Bí thư Huyện ủy Cẩm Giàng chủ trì hội nghị.", False),
    ],
)
def test_an_office_is_stated_only_of_a_person_named_with_it(sentence: str, stated: bool) -> None:
    assert states_office([sentence], "bi thu huyen uy") is stated


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Phải gửi lại dự thảo trước ngày nào?", True),
        ("phai gui lai du thao hoan chinh truoc ngay nao", True),  # typed without diacritics
        ("thoi han gui du thao ve tinh", True),
        ("hoi nghi dien ra ngay nao", False),  # a day, not a deadline
        ("bao cao chinh tri dai bao nhieu trang", False),
    ],
)
def test_a_deadline_is_asked_with_or_without_diacritics(question: str, asked: bool) -> None:
    assert asks_deadline(question) is asked
