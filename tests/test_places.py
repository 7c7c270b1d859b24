"""app.places: the 12 districts of Hải Dương, found with and without diacritics; section inheritance."""

from __future__ import annotations

import pytest

from app.ingest import read_document
from app.places import (
    DISTRICT_NAMES,
    DISTRICTS,
    assign_districts,
    canonical_district,
    find_districts,
    speaks_generally,
)
from app.text import fold
from tests.conftest import SEED

# How each district appears in running text, with and without diacritics.
MENTIONS = {
    "TP Hải Dương": ("Ủy ban nhân dân thành phố Hải Dương họp", "uy ban nhan dan thanh pho hai duong hop"),
    "TP Chí Linh": ("thành phố Chí Linh có di tích Côn Sơn", "thanh pho chi linh co di tich con son"),
    "TX Kinh Môn": ("thị xã Kinh Môn phát triển xi măng", "thi xa kinh mon phat trien xi mang"),
    "Bình Giang": ("huyện Bình Giang làm nông nghiệp", "huyen binh giang lam nong nghiep"),
    "Cẩm Giàng": ("huyện Cẩm Giàng có khu công nghiệp", "huyen cam giang co khu cong nghiep"),
    "Gia Lộc": ("huyện Gia Lộc trồng rau màu", "huyen gia loc trong rau mau"),
    "Kim Thành": ("huyện Kim Thành có đường sắt", "huyen kim thanh co duong sat"),
    "Nam Sách": ("huyện Nam Sách là vệ tinh", "huyen nam sach la ve tinh"),
    "Ninh Giang": ("huyện Ninh Giang ven sông Luộc", "huyen ninh giang ven song luoc"),
    "Thanh Hà": ("huyện Thanh Hà nổi tiếng vải thiều", "huyen thanh ha noi tieng vai thieu"),
    "Thanh Miện": ("huyện Thanh Miện muốn lên thị xã", "huyen thanh mien muon len thi xa"),
    "Tứ Kỳ": ("huyện Tứ Kỳ cần tầm nhìn 2030", "huyen tu ky can tam nhin 2030"),
}


def test_gazetteer_has_the_twelve_units() -> None:
    assert len(DISTRICTS) == 12
    assert set(DISTRICT_NAMES) == set(MENTIONS)
    assert {d.kind for d in DISTRICTS} == {"thành phố", "thị xã", "huyện"}


@pytest.mark.parametrize("name", sorted(MENTIONS))
def test_each_district_found_with_diacritics(name: str) -> None:
    assert find_districts(MENTIONS[name][0]) == (name,)


@pytest.mark.parametrize("name", sorted(MENTIONS))
def test_each_district_found_without_diacritics(name: str) -> None:
    assert find_districts(MENTIONS[name][1]) == (name,)


@pytest.mark.parametrize("name", sorted(MENTIONS))
def test_each_district_found_in_capitals(name: str) -> None:
    assert find_districts(MENTIONS[name][0].upper()) == (name,)


@pytest.mark.parametrize(
    "text",
    [
        "Phố cổ thành hạ được trùng tu",  # thành hạ ≠ Thanh Hà: typed diacritics must match exactly
        "Thành Hà Nội",
        "Thánh Hà",
        "năm sách giáo khoa",  # năm sách ≠ Nam Sách
        "kim thánh",
    ],
)
def test_accented_lookalikes_are_not_districts(text: str) -> None:
    assert find_districts(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Đảng bộ tỉnh Hải Dương",
        "Hải Dương là tỉnh đồng bằng",
        "hai duong province",
        "Báo Hải Dương đưa tin",
    ],
)
def test_the_province_is_not_the_city(text: str) -> None:
    assert "TP Hải Dương" not in find_districts(text)


@pytest.mark.parametrize(
    "text", ["TP Hải Dương", "TP. Hải Dương", "Thành phố Hải Dương", "thanh pho Hai Duong", "Hai Duong city"]
)
def test_the_city_with_its_prefix(text: str) -> None:
    assert find_districts(text) == ("TP Hải Dương",)


def test_districts_in_order_of_first_mention() -> None:
    text = "Các Huyện ủy Tứ Kỳ, Thanh Miện, Kim Thành và Nam Sách; lại nói Tứ Kỳ."
    assert find_districts(text) == ("Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách")


def test_first_mention_counts_every_alias() -> None:
    text = "Thành phố Hải Dương và huyện Kim Thành; TP Hải Dương cần hỗ trợ."
    assert find_districts(text) == ("TP Hải Dương", "Kim Thành")


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("kim thanh", "Kim Thành"),
        ("Kim Thành", "Kim Thành"),
        ("TP Chí Linh", "TP Chí Linh"),
        ("chi linh", "TP Chí Linh"),
        ("tx kinh mon", "TX Kinh Môn"),
        ("  tứ kỳ ", "Tứ Kỳ"),
        ("tp hai duong", "TP Hải Dương"),
        ("Hải Phòng", None),
        ("", None),
        ("   ", None),
    ],
)
def test_canonical_district(typed: str, canonical: str | None) -> None:
    assert canonical_district(typed) == canonical


def test_canonical_names_fold_uniquely() -> None:
    assert len({fold(n).lower() for n in DISTRICT_NAMES}) == 12


def test_speaks_generally() -> None:
    assert speaks_generally("dự thảo của mỗi huyện phải truyền tải")
    assert speaks_generally("giao các đồng chí phụ trách các huyện")
    assert speaks_generally("trong sự phát triển chung toàn tỉnh")
    assert not speaks_generally("Huyện cần thực hiện tốt công tác quy hoạch")


def test_assign_districts_inherits_within_one_district_section() -> None:
    texts = [
        "Đối với huyện Kim Thành, cần phát triển công nghiệp.",
        "Huyện cần quan tâm giao thông.",  # continues the Kim Thành section
        "Dự thảo của mỗi huyện phải cụ thể.",  # general: ends the section
        "Huyện cần làm tốt công tác cán bộ.",  # nothing to inherit any more
        "Các Huyện ủy Tứ Kỳ và Nam Sách cần quyết tâm.",  # overview of two districts
        "Huyện cần có tầm nhìn xa.",  # an overview is not a section: no inheritance
    ]
    assert assign_districts(texts) == [
        (("Kim Thành",), False),
        (("Kim Thành",), True),
        ((), False),
        ((), False),
        (("Tứ Kỳ", "Nam Sách"), False),
        ((), False),
    ]


# ---- the seed -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_paragraphs():
    return read_document(SEED, SEED.parent.parent).paragraphs


def _paragraph(paragraphs, start: str):
    matches = [p for p in paragraphs if p.text.startswith(start)]
    assert len(matches) == 1, start
    return matches[0]


def test_seed_tu_ky_section_is_inherited(seed_paragraphs) -> None:
    para = _paragraph(seed_paragraphs, "Huyện cần thực hiện tốt công tác quy hoạch 5 năm")
    assert find_districts(para.text) == ()  # the paragraph itself names no district
    assert para.districts == ("Tứ Kỳ",)
    assert para.inherited


def test_seed_nam_sach_priorities(seed_paragraphs) -> None:
    para = _paragraph(
        seed_paragraphs, "Trong đó, cần ưu tiên phát triển nhanh về giao thông, công nghiệp, đô thị"
    )
    assert para.districts == ("Nam Sách",)


def test_seed_district_sections(seed_paragraphs) -> None:
    assert _paragraph(seed_paragraphs, "Đối với dự thảo Báo cáo chính trị của huyện Tứ Kỳ").districts == (
        "Tứ Kỳ",
    )
    assert _paragraph(
        seed_paragraphs, "Đối với dự thảo Báo cáo chính trị của huyện Thanh Miện"
    ).districts == ("Thanh Miện",)
    kim_thanh = _paragraph(seed_paragraphs, "Thường trực Tỉnh ủy lưu ý huyện Kim Thành")
    assert kim_thanh.districts == ("Kim Thành",)
    assert not kim_thanh.inherited
    # Nam Sách as a satellite of the city: the city is named, the district comes first
    assert _paragraph(seed_paragraphs, "Hoan nghênh dự thảo").districts == ("Nam Sách", "TP Hải Dương")


@pytest.mark.parametrize(
    "start",
    [
        "Về đánh giá kết quả nhiệm kỳ qua, đồng chí yêu cầu mỗi huyện",
        "Thường trực Tỉnh ủy cũng lưu ý, dự thảo Báo cáo chính trị của mỗi huyện",
        "Thường trực Tỉnh ủy giao các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy phụ trách các huyện",
        "LINH AN",
    ],
)
def test_seed_general_paragraphs_have_no_district(seed_paragraphs, start: str) -> None:
    para = _paragraph(seed_paragraphs, start)
    assert para.districts == ()
    assert not para.inherited


def test_seed_only_named_districts_appear(seed_paragraphs) -> None:
    found = {d for p in seed_paragraphs for d in p.districts}
    assert found == {"Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách", "TP Hải Dương"}
