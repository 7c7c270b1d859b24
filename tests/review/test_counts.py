"""app.review.counts: how many of a thing a requirement allows and a draft has (unit)."""

from __future__ import annotations

import pytest

from app.domain import Status
from app.review.counts import Allowed, allowed, draft_counts, status_by_count

LESSONS = "Rút ra từ 3 đến 4 bài học kinh nghiệm"
BREAKTHROUGHS = "Lựa chọn không quá ba khâu đột phá"


@pytest.mark.parametrize(
    ("requirement", "limit"),
    [
        (LESSONS, Allowed(("bài", "học"), 3, 4)),
        ("Rút ra từ ba đến năm bài học sát với thực tiễn", Allowed(("bài", "học"), 3, 5)),
        (BREAKTHROUGHS, Allowed(("khâu", "đột"), 1, 3)),
        (
            "Hệ thống chỉ tiêu chủ yếu không quá 20 chỉ tiêu, chia thành ba nhóm",
            Allowed(("chỉ", "tiêu"), 1, 20),
        ),
        ("Mỗi huyện xác định 2 - 3 khâu đột phá", Allowed(("khâu", "đột"), 2, 3)),
        # a size is no count of things a draft enumerates; a floor alone sets no bound
        ("Báo cáo chính trị không quá 30 trang khổ A4", None),
        ("Chủ đề đại hội không quá 45 chữ", None),
        ("Rút ra tối thiểu 3 bài học", None),
        ("Đánh giá sâu kết quả thực hiện nghị quyết", None),
    ],
)
def test_the_count_a_requirement_allows(requirement: str, limit: Allowed | None) -> None:
    assert allowed(requirement) == limit


DRAFT = [
    "IV. Bài học kinh nghiệm. Một là, giữ vững đoàn kết. Hai là, dựa vào già làng. Ba là, tập trung "
    "nguồn lực. Bốn là, sâu sát cơ sở.",
    "5. Ba khâu đột phá:",
    "Chỉ tiêu chủ yếu: 18 chỉ tiêu, chia thành 3 nhóm.",
    "Thứ nhất, hoàn thành 15/20 chỉ tiêu nhiệm kỳ trước.",
]


def test_a_draft_s_counts_are_stated_or_enumerated_under_the_thing_s_name() -> None:
    assert [n for n, _ in draft_counts(DRAFT, ("bài", "học"))] == [4]
    assert [n for n, _ in draft_counts(DRAFT, ("khâu", "đột"))] == [3]
    # "15/20 chỉ tiêu" is a share, not a count of the draft's targets
    assert [n for n, _ in draft_counts(DRAFT, ("chỉ", "tiêu"))] == [18]
    # enumerated items count only under a paragraph naming the thing before them
    assert draft_counts(["Một là, đoàn kết. Hai là, dân chủ."], ("bài", "học")) == []


def test_a_count_within_the_limit_addresses_it_and_another_count_meets_it_partly() -> None:
    assert status_by_count(LESSONS, DRAFT) == (Status.ADDRESSED, DRAFT[0])
    assert status_by_count(BREAKTHROUGHS, DRAFT) == (Status.ADDRESSED, DRAFT[1])
    five = ["Năm khâu đột phá: giao thông, nhân lực, đô thị, du lịch, chuyển đổi số."]
    assert status_by_count(BREAKTHROUGHS, five) == (Status.PARTLY, five[0])
    # a draft stating no count is left to the score
    assert status_by_count(BREAKTHROUGHS, ["Tập trung phát triển giao thông."]) is None
    assert status_by_count("Đánh giá sâu kết quả", DRAFT) is None


def test_items_enumerated_in_the_paragraphs_after_a_heading_naming_the_thing_are_counted() -> None:
    draft = [
        "III. BÀI HỌC KINH NGHIỆM",
        "Một là, giữ vững đoàn kết.",
        "Hai là, lấy dân làm gốc.",
        "- Ba là, tập trung nguồn lực.",
        "IV. PHƯƠNG HƯỚNG",
        "Bốn là, nói đi đôi với làm.",
    ]
    assert draft_counts(draft, ("bài", "học")) == [(3, "\n".join(draft[:4]))]
    assert status_by_count(LESSONS, draft) == (Status.ADDRESSED, "\n".join(draft[:4]))
    # an introduction ending in a colon opens the run too; a paragraph between ends it
    intro = ["Qua năm năm, Đảng bộ rút ra các bài học sau:", "Một là, đoàn kết.", "Hai là, dân chủ."]
    assert [n for n, _ in draft_counts(intro, ("bài", "học"))] == [2]
    broken = ["Bài học kinh nghiệm", "Tình hình chung còn khó khăn.", "Một là, đoàn kết.", "Hai là, dân chủ."]
    assert draft_counts(broken, ("bài", "học")) == []
    # a long paragraph naming the thing in passing introduces nothing
    passing = [
        "Huyện đã tổ chức hội nghị tổng kết, đánh giá kết quả và rút ra nhiều bài học quý trong lãnh đạo, "
        "chỉ đạo phát triển kinh tế - xã hội ở các xã vùng cao",
        "Một là, đoàn kết.",
        "Hai là, dân chủ.",
    ]
    assert draft_counts(passing, ("bài", "học")) == []
    # one item is a way of speaking, not a count
    assert draft_counts(["Bài học kinh nghiệm", "Thứ nhất, đoàn kết."], ("bài", "học")) == []


def test_a_draft_restating_the_rule_states_no_count_of_its_own() -> None:
    restated = ["Khâu đột phá: lựa chọn từ hai đến ba khâu đột phá, không quá 3 khâu đột phá."]
    assert draft_counts(restated, ("khâu", "đột")) == []
    chosen = ["Khâu đột phá: chọn từ hai đến ba khâu đột phá; dự kiến hai khâu đột phá là đô thị, cảng."]
    assert [n for n, _ in draft_counts(chosen, ("khâu", "đột"))] == [2]
