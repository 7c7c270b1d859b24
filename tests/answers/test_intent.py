"""app.answers.intent: the shape of a question decides how it is answered."""

from __future__ import annotations

import pytest

from app.answers.intent import Shape, analyse_question


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
        ("Ai ký hướng dẫn này?", Shape.DOCUMENT),
        ("Công văn góp ý của Văn phòng Tỉnh ủy có số hiệu là gì?", Shape.DOCUMENT),
        ("Báo cáo của Nam Sách cần nhấn mạnh những vấn đề gì?", Shape.REPORT),
        ("Chí Linh cần làm rõ định hướng gì trong báo cáo chính trị?", Shape.NARROW),
        ("Báo cáo cần xác định bao nhiêu khâu đột phá?", Shape.NARROW),
        ("Ai chủ trì cuộc làm việc?", Shape.NARROW),
    ],
)
def test_shapes(question: str, shape: Shape) -> None:
    assert analyse_question(question).shape is shape


def test_general_scope_and_districts() -> None:
    intent = analyse_question("Yêu cầu chung đối với tất cả các huyện là gì?")
    assert intent.general and intent.districts == ()
    assert analyse_question("Còn Nam Sách?", district="Kim Thành").districts == ("Kim Thành",)
