"""A question naming a heading is answered with that section whole (app/answers/sections.py)."""

from __future__ import annotations

from app.answers.sections import MAX_SECTION_PARAGRAPHS, named_heading, section_answer
from app.domain import Chunk, DocType, Language, Passage

REPORT = "reports/bao-cao-tu-ky.pdf"
PART = "Phần thứ nhất: Đánh giá kết quả › II. Hạn chế, yếu kém và nguyên nhân"
WEAK = f"{PART} › 1. Hạn chế, yếu kém"
CAUSES = f"{PART} › 2. Nguyên nhân"
LESSONS = "Phần thứ nhất: Đánh giá kết quả › III. Bài học kinh nghiệm"


def chunk(n: int, text: str, section: str, source: str = REPORT, doc_type=DocType.REPORT) -> Chunk:
    return Chunk(
        f"{source}#{n}",
        "h",
        source,
        "Báo cáo chính trị huyện Tứ Kỳ",
        None,
        doc_type,
        n,
        n,
        text,
        section=section,
    )


DOCUMENT = [
    chunk(1, "Kinh tế tăng trưởng bình quân 8,6%/năm.", "Phần thứ nhất: Đánh giá kết quả › I. Kết quả"),
    chunk(2, "- Quy mô kinh tế còn nhỏ.", WEAK),
    chunk(3, "- Tiến độ đầu tư hạ tầng cụm công nghiệp còn chậm.", WEAK),
    chunk(4, "- Ô nhiễm môi trường chưa được khắc phục triệt để.", WEAK),
    chunk(5, "Nguyên nhân chủ quan là chính.", CAUSES),
    chunk(6, "Một là, phải đoàn kết.", LESSONS),
    chunk(7, "Hai là, phải sát dân.", LESSONS),
]


def passages(*numbers: int, districts: tuple[str, ...] = ("Tứ Kỳ",)) -> list[Passage]:
    by_n = {c.paragraph: c for c in DOCUMENT}
    return [Passage(r, by_n[n], 1.0 - r / 10, districts) for r, n in enumerate(numbers, 1)]


def test_the_deepest_heading_the_question_names():
    assert named_heading("Báo cáo nêu những hạn chế, yếu kém gì?", WEAK) == WEAK
    # "hạn chế" is in both levels: the deepest one is the section
    assert named_heading("Những hạn chế nào?", WEAK) == WEAK
    assert named_heading("Đảng bộ rút ra những bài học gì?", LESSONS) == LESSONS
    # words every report uses ("kết quả", "nhiệm kỳ") name no heading
    assert (
        named_heading("Kết quả nhiệm kỳ qua là gì?", "Phần thứ nhất: Đánh giá kết quả › I. Kết quả") is None
    )
    assert named_heading("Những hạn chế nào?", "") is None
    # words every report uses name a heading when the question repeats most of it
    tasks = "Phần thứ hai › IV. Nhiệm vụ và giải pháp chủ yếu"
    assert named_heading("Tứ Kỳ tập trung vào những nhóm nhiệm vụ, giải pháp chủ yếu nào?", tasks) == tasks
    assert named_heading("Nhiệm vụ của Tứ Kỳ là gì?", tasks) is None


def test_a_named_section_is_quoted_whole_in_order():
    answer = section_answer(
        "Báo cáo chính trị Tứ Kỳ nêu những hạn chế, yếu kém gì?",
        passages(3, 1),
        {REPORT: DOCUMENT},
        ("Tứ Kỳ",),
        Language.VI,
    )
    assert answer is not None and answer.found
    assert [c.paragraph for c in answer.citations] == [2, 3, 4]  # the whole section, not the cause below it
    assert all(c.quote == c.passage_text for c in answer.citations)  # each paragraph quoted verbatim
    assert '"1. Hạn chế, yếu kém"' in answer.text.splitlines()[0]
    assert "- Quy mô kinh tế còn nhỏ. [1]" in answer.text  # its own dash, no second bullet


def test_no_section_answer_when_it_would_not_help():
    # a requirement question is the catalogue's ("cần chú ý những gì")
    question = "Khi viết phần hạn chế, yếu kém cần chú ý những gì?"
    assert section_answer(question, passages(3), {REPORT: DOCUMENT}, (), Language.VI) is None
    # no heading named
    assert (
        section_answer("Tứ Kỳ tăng trưởng bao nhiêu?", passages(1), {REPORT: DOCUMENT}, (), Language.VI)
        is None
    )
    # a one-paragraph section: the extractive answer quotes it already
    assert section_answer("Nguyên nhân là gì?", passages(5), {REPORT: DOCUMENT}, (), Language.VI) is None
    # a question about another district does not take Tứ Kỳ's section
    other = section_answer(
        "Nam Sách nêu những hạn chế gì?", passages(3), {REPORT: DOCUMENT}, ("Nam Sách",), Language.VI
    )
    assert other is None


def test_a_long_section_is_cut_and_says_so():
    long = [chunk(i, f"- Hạn chế thứ {i}.", WEAK) for i in range(1, MAX_SECTION_PARAGRAPHS + 4)]
    answer = section_answer(
        "Những hạn chế nào?",
        [Passage(1, long[0], 0.9)],
        {REPORT: long},
        (),
        Language.EN,
    )
    assert answer is not None
    assert len(answer.citations) == MAX_SECTION_PARAGRAPHS
    assert answer.text.startswith("The documents say")
    assert "3 more paragraphs" in answer.text
