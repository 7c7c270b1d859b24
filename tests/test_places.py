"""app.places: the gazetteer file, the 12 districts of Hải Dương found with and without diacritics, section
inheritance, another gazetteer loaded through the setting and answered about through the real stack."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import cli, places
from app.cli import exit_codes
from app.documents.ingest import read_document
from app.documents.structure import analyse
from app.domain import RawBlock
from app.errors import ConfigError
from app.places import speaks_generally
from app.service import build_assistant
from app.settings import Settings
from app.text import fold, syllables
from tests.conftest import SEED
from tests.fakes import HashEmbeddings

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
    gazetteer = places.load(places.DEFAULT_GAZETTEER)
    assert len(gazetteer.places) == 12
    assert set(places.names()) == set(MENTIONS)
    assert {places.kind(name) for name in places.names()} == {"thành phố", "thị xã", "huyện"}


@pytest.mark.parametrize("name", sorted(MENTIONS))
def test_each_district_found_with_diacritics(name: str) -> None:
    assert places.find(MENTIONS[name][0]) == (name,)


@pytest.mark.parametrize("name", sorted(MENTIONS))
def test_each_district_found_without_diacritics(name: str) -> None:
    assert places.find(MENTIONS[name][1]) == (name,)


@pytest.mark.parametrize("name", sorted(MENTIONS))
def test_each_district_found_in_capitals(name: str) -> None:
    assert places.find(MENTIONS[name][0].upper()) == (name,)


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
    assert places.find(text) == ()


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
    assert "TP Hải Dương" not in places.find(text)


@pytest.mark.parametrize(
    "text", ["TP Hải Dương", "TP. Hải Dương", "Thành phố Hải Dương", "thanh pho Hai Duong", "Hai Duong city"]
)
def test_the_city_with_its_prefix(text: str) -> None:
    assert places.find(text) == ("TP Hải Dương",)


def test_districts_in_order_of_first_mention() -> None:
    text = "Các Huyện ủy Tứ Kỳ, Thanh Miện, Kim Thành và Nam Sách; lại nói Tứ Kỳ."
    assert places.find(text) == ("Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách")


def test_a_thing_named_after_a_district_is_not_the_district() -> None:
    # a river, a zone, a port named after a place: a paragraph naming it in passing is not about the district
    assert places.find("Cảng Kim Thành được mở rộng") == ()  # the thing's name opens the text
    assert places.find("Phát triển logistics gắn với cảng Kim Thành và khu công nghiệp Nam Sách") == ()
    assert places.find("Khai thác cát trên sông Thanh Hà, dọc tuyến cao tốc Hải Dương - Hải Phòng") == ()
    # the district itself, in the same sentence or with its unit word, still counts
    assert places.find("Nam Sách cần quy hoạch khu công nghiệp Nam Sách") == ("Nam Sách",)
    assert places.find("Yêu cầu Kim Thành làm rõ; miền núi Chí Linh") == ("Kim Thành", "TP Chí Linh")


def test_the_place_a_document_was_signed_in_is_not_what_it_is_about() -> None:
    # a letterhead's place-and-date line names where the document was signed
    assert places.find("Hải Dương, ngày 12 tháng 3 năm 2020") == ()
    assert places.find("TP Hải Dương, ngày ... tháng 3 năm 2020") == ()
    assert places.find("Chi Linh, ngay 5 thang 4") == ()
    # the same name anywhere else is the place
    assert places.find("Đối với TP Hải Dương, ngoài các nội dung chung") == ("TP Hải Dương",)
    assert places.find("Thành phố Hải Dương cần làm rõ, ngày càng phát triển") == ("TP Hải Dương",)


def test_a_neighbour_named_in_passing_is_not_what_a_paragraph_is_about() -> None:
    text = (
        "Tứ Kỳ, Thanh Miện là hai huyện thuần nông, nằm liền kề TP Hải Dương và giáp huyện Kim Thành. "
        "Do đó, cả hai huyện cần làm rõ; phối hợp với huyện Nam Sách trong quản lý đê."
    )
    assert places.about(text) == ("Tứ Kỳ", "Thanh Miện")
    # named again outside a neighbour's clause, it is what the paragraph is about as well
    assert places.about(text + " Kim Thành cần bổ sung.") == ("Tứ Kỳ", "Thanh Miện", "Kim Thành")
    assert places.about("Huyện giáp TP Hải Dương.") == ()
    assert places.about("Báo cáo cần ngắn gọn.") == ()  # no place at all
    # a neighbour's clause that would leave no place runs to its comma: the subject after it is named
    lead = "Là địa phương giáp ranh với huyện Kim Thành và TP Hải Dương, Nam Sách cần nêu rõ liên kết vùng."
    assert places.about(lead) == ("Nam Sách",)
    # without a subject and its modal after the comma, a list of partners stays a list of partners
    assert (
        places.about("Huyện cũng cần phối hợp với huyện Kim Thành, huyện Thanh Hà trong khai thác đê.") == ()
    )
    # otherwise it runs on: "giáp huyện Kim Thành, Thanh Hà" names two neighbours
    assert places.about("Nam Sách nằm giáp huyện Kim Thành, Thanh Hà.") == ("Nam Sách",)


def test_first_mention_counts_every_alias() -> None:
    text = "Thành phố Hải Dương và huyện Kim Thành; TP Hải Dương cần hỗ trợ."
    assert places.find(text) == ("TP Hải Dương", "Kim Thành")


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
    assert places.canonical(typed) == canonical


def test_canonical_names_fold_uniquely() -> None:
    assert len({fold(n).lower() for n in places.names()}) == 12


def test_speaks_generally() -> None:
    assert speaks_generally("dự thảo của mỗi huyện phải truyền tải")
    assert speaks_generally("giao các đồng chí phụ trách các huyện")
    assert speaks_generally("trong sự phát triển chung toàn tỉnh")
    assert not speaks_generally("Huyện cần thực hiện tốt công tác quy hoạch")


def test_a_paragraph_inherits_the_one_district_of_the_section_it_continues() -> None:
    texts = [
        "Đối với huyện Kim Thành, cần phát triển công nghiệp.",
        "Huyện cần quan tâm giao thông.",  # continues the Kim Thành section
        "Dự thảo của mỗi huyện phải cụ thể.",  # general: ends the section
        "Huyện cần làm tốt công tác cán bộ.",  # nothing to inherit any more
        "Các Huyện ủy Tứ Kỳ và Nam Sách cần quyết tâm.",  # overview of two districts
        "Huyện cần có tầm nhìn xa.",  # an overview is not a section: no inheritance
    ]
    blocks = analyse([RawBlock(t) for t in texts], "Tin hội nghị").blocks
    assert [(b.districts, b.inherited) for b in blocks] == [
        (("Kim Thành",), False),
        (("Kim Thành",), True),
        ((), False),
        ((), False),
        (("Tứ Kỳ", "Nam Sách"), False),
        ((), False),
    ]


# the only place its first sentence names, however late in it; the others come after
KINH_MON_FIRST = (
    "Là thị xã công nghiệp phía bắc của tỉnh, Kinh Môn cần phát triển vật liệu xây dựng xanh. "
    "Thị xã kết nối giao thông với Chí Linh và Kim Thành."
)
# the place it opens with, alone in its first words, though its first sentence names others
THANH_HA_OPENS = (
    "Đối với huyện Thanh Hà, cần quy hoạch vùng vải sớm gắn với chế biến, liên kết với Thanh Miện và Tứ Kỳ."
)


@pytest.mark.parametrize(
    ("text", "place", "leads"),
    [
        (KINH_MON_FIRST, "TX Kinh Môn", True),
        (KINH_MON_FIRST, "TP Chí Linh", False),
        (THANH_HA_OPENS, "Thanh Hà", True),
        (THANH_HA_OPENS, "Tứ Kỳ", False),
        ("Các huyện Tứ Kỳ và Nam Sách cần quyết tâm.", "Tứ Kỳ", False),  # an overview leads with none
    ],
)
def test_a_paragraph_leads_with_the_place_it_is_about(text: str, place: str, leads: bool) -> None:
    assert places.leads_with(text, place) is leads


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
    assert places.find(para.text) == ()  # the paragraph itself names no district
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


# ---- the gazetteer file ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def default_gazetteer() -> Iterator[None]:
    """Each test starts and ends with the default file active: the gazetteer is process-wide."""
    places.use_gazetteer(None)
    yield
    places.use_gazetteer(None)


def test_default_file_is_the_packaged_one() -> None:
    data = json.loads(places.DEFAULT_GAZETTEER.read_text(encoding="utf-8"))
    assert "_comment" in data
    assert places.active().source == str(places.DEFAULT_GAZETTEER)
    assert places.names()[0] == "TP Hải Dương"
    assert places.kind("TX Kinh Môn") == "thị xã"


def test_strip_removes_whole_names_only() -> None:
    words = syllables(fold("Ngân sách huyện Nam Sách, nhiệm kỳ của Tứ Kỳ và TP. Hải Dương"))
    assert places.strip(words) == ["ngan", "sach", "huyen", "nhiem", "ky", "cua", "va"]


def test_replace_swaps_a_name_as_written() -> None:
    question = "Kim Thanh cần đề cập gì về giao thông ở huyện Kim Thành?"
    assert places.replace(question, "Kim Thành", "Nam Sách") == (
        "Nam Sách cần đề cập gì về giao thông ở huyện Nam Sách?"
    )
    assert places.replace("Kim thánh", "Kim Thành", "Nam Sách") == "Kim thánh"  # not a name
    city = "Thành phố Hải Dương và TP. Hải Dương"
    assert places.replace(city, "TP Hải Dương", "Gia Lộc") == "Gia Lộc và Gia Lộc"


def test_proper_case_keeps_the_letters_typed() -> None:
    assert places.proper_case("thành phố chí linh, tp hải dương và kim thanh") == (
        "thành phố Chí Linh, TP Hải Dương và Kim Thanh"
    )


def test_is_overview_is_three_or_more() -> None:
    assert not places.is_overview(())
    assert not places.is_overview(("Tứ Kỳ", "Nam Sách"))
    assert places.is_overview(("Tứ Kỳ", "Nam Sách", "Kim Thành"))


def test_label_says_what_a_place_is() -> None:
    assert places.label("Kim Thành") == "huyện Kim Thành"
    assert places.label("TP Chí Linh") == "TP Chí Linh"


class CountingPattern:
    """A compiled pattern that counts the scans made with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.scans += 1
            return method(*args, **kwargs)

        return counted


def test_find_is_one_pass_over_a_large_text() -> None:
    """Issue 10: one search per alias per paragraph spent 85 s on a 5 MB document (bench/bench_places.py)."""
    gazetteer = places.Gazetteer(places.active().places)
    counting = CountingPattern(gazetteer._pattern)
    gazetteer._pattern = counting  # type: ignore[assignment]
    seed = SEED.read_text(encoding="utf-8")
    text = (seed + fold(seed)) * 100  # about 1 MB, with and without diacritics
    assert gazetteer.find(text) == ("Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách", "TP Hải Dương")
    assert counting.scans == 1


# Two made-up units, as a team in another province (or communes after a merger) would write them.
OTHER_GAZETTEER = {
    "_comment": "Hai đơn vị cấp xã (bịa ra cho kiểm thử).",
    "units": [
        {"name": "Phường Đông Hòa", "kind": "phường", "aliases": ["Đông Hòa"]},
        {"name": "Xã Tân Lập", "kind": "xã", "aliases": ["xã Tân Lập", "Tân Lập"]},
    ],
}
DONG_HOA_SENTENCE = (
    "Đối với phường Đông Hòa, dự thảo cần bổ sung giải pháp cải tạo hệ thống thoát nước đô thị "
    "và chống ngập khu dân cư."
)
TAN_LAP_SENTENCE = (
    "Đối với xã Tân Lập, dự thảo cần bổ sung giải pháp mở rộng vùng trồng lúa chất lượng cao "
    "và xây dựng nhà văn hóa thôn."
)
OTHER_GUIDANCE = f"""THƯỜNG TRỰC ĐẢNG ỦY

Ý kiến góp ý dự thảo báo cáo chính trị của các đơn vị

1. Phường Đông Hòa

{DONG_HOA_SENTENCE}

2. Xã Tân Lập

{TAN_LAP_SENTENCE}
"""


@pytest.fixture
def other_gazetteer(tmp_path: Path) -> Path:
    path = tmp_path / "gazetteer_other.json"
    path.write_text(json.dumps(OTHER_GAZETTEER, ensure_ascii=False), encoding="utf-8")
    return path


def test_other_gazetteer_through_the_setting(other_gazetteer: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUTHAO_GAZETTEER", str(other_gazetteer))
    places.use_gazetteer(Settings().gazetteer)
    assert places.names() == ("Phường Đông Hòa", "Xã Tân Lập")
    assert places.kind("Xã Tân Lập") == "xã"
    text = "Xa Tan Lap va phuong Dong Hoa; lại nói Đông Hòa. Kim Thành không còn là một đơn vị."
    assert places.find(text) == ("Xã Tân Lập", "Phường Đông Hòa")
    assert places.find("đông hóa") == ()
    assert places.strip(syllables(fold("ngân sách xã Tân Lập năm nay"))) == ["ngan", "sach", "nam", "nay"]
    assert places.replace("Đông Hòa cần làm gì?", "Phường Đông Hòa", "Xã Tân Lập") == "Xã Tân Lập cần làm gì?"
    assert places.canonical("dong hoa") == "Phường Đông Hòa"
    assert places.canonical("xã tân lập") == "Xã Tân Lập"
    assert places.canonical("Kim Thành") is None
    assert places.label("Phường Đông Hòa") == "Phường Đông Hòa"
    assert places.speaks_generally("các phường cần chủ động")


@pytest.mark.integration
def test_other_gazetteer_answers_through_the_real_stack(tmp_path: Path, other_gazetteer: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "guidance").mkdir(parents=True)
    (corpus / "guidance" / "2024-05-06_gop-y-du-thao.txt").write_text(OTHER_GUIDANCE, encoding="utf-8")
    settings = Settings(
        corpus_dir=corpus, index_dir=tmp_path / "index", llm="none", gazetteer=other_gazetteer
    )
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assistant.build_index()
    assert assistant.districts() == ("Phường Đông Hòa", "Xã Tân Lập")

    answer = assistant.ask("Báo cáo chính trị của phường Đông Hòa cần đề cập những gì?")
    assert answer.found
    assert "Yêu cầu riêng đối với Phường Đông Hòa" in answer.text  # scoped to it at index time
    assert DONG_HOA_SENTENCE in answer.text
    assert "trồng lúa" not in answer.text

    unaccented = assistant.ask("tan lap can bo sung giai phap gi?")
    assert TAN_LAP_SENTENCE in unaccented.text
    assert "thoát nước" not in unaccented.text

    review = assistant.review("Phường Đông Hòa đã cải tạo hệ thống thoát nước đô thị, chống ngập khu dân cư.")
    assert review.district == "Phường Đông Hòa"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{ units: [", "không phải JSON hợp lệ (dòng 1, cột 3)"),
        ('{"places": []}', "thiếu danh sách “units”"),
        ('{"units": [{"name": "Xã A", "kind": "xã"}]}', "đơn vị “Xã A” thiếu danh sách “aliases”"),
        ('{"units": [{"kind": "xã", "aliases": ["A"]}]}', "đơn vị thứ 1 thiếu “name”"),
        (
            '{"units": [{"name": "Xã A", "kind": "xã", "aliases": ["Tân Lập"]},'
            ' {"name": "Xã B", "kind": "xã", "aliases": ["tân lập"]}]}',
            "alias “tân lập” có ở cả “Xã A” và “Xã B”",
        ),
    ],
)
def test_a_bad_gazetteer_is_a_vietnamese_config_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "gazetteer.json"
    path.write_text(content, encoding="utf-8")
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", llm="none", gazetteer=path)
    with pytest.raises(ConfigError) as raised:
        build_assistant(settings, embeddings=HashEmbeddings())
    message = str(raised.value)
    assert str(path) in message and problem in message
    assert "Tệp địa danh" in message and "DUTHAO_GAZETTEER" in message


def test_a_missing_gazetteer_stops_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    missing = tmp_path / "khong-co.json"
    monkeypatch.setenv("DUTHAO_GAZETTEER", str(missing))
    code = cli.main(
        ["--index", str(tmp_path / "index"), "ask", "Kim Thành cần gì?", "--district", "Kim Thành"]
    )
    assert code == exit_codes.EXIT_ERROR
    err = capsys.readouterr().err
    assert f"Tệp địa danh {missing} không dùng được: không có tệp này" in err
    assert "Traceback" not in err


@pytest.mark.integration
def test_another_gazetteer_reparses_and_reembeds_every_document(tmp_path: Path, corpus_dir: Path) -> None:
    """Districts are part of each chunk: an index built with other places must not be reused as is."""
    from app import places
    from app.index.corpus import CorpusIndex
    from tests.fakes import HashEmbeddings

    embeddings = HashEmbeddings()
    index = CorpusIndex(tmp_path / "index", embeddings, "hash-test")
    first = index.build(corpus_dir)
    assert first.chunks_embedded > 0
    again = index.build(corpus_dir)
    assert again.chunks_embedded == 0  # same places: nothing re-embedded
    other = tmp_path / "other.json"
    data = json.loads(places.DEFAULT_GAZETTEER.read_text(encoding="utf-8"))
    data["units"] = data["units"][:-1]  # one unit fewer
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        places.use_gazetteer(other)
        changed = CorpusIndex(tmp_path / "index", embeddings, "hash-test").build(corpus_dir)
    finally:
        places.use_gazetteer(None)
    assert changed.chunks_embedded == first.chunks_embedded


# ---- places named by their form, held by the gazetteer or not ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh ủy Nghệ An yêu cầu gì về báo cáo chính trị?", ("Nghệ An",)),
        ("TP. Hạ Long cần nêu những gì?", ("Hạ Long",)),
        ("Đảng bộ tỉnh Thái Bình khóa XX", ("Thái Bình",)),
        ("Huyện ủy Vân Đồn - Quảng Ninh", ("Vân Đồn",)),
        ("Báo cáo chính trị của huyện Kim Thành cần gì?", ()),  # the gazetteer's own
        ("thành phố Hải Dương", ()),
        ("Những huyện nào được giao nhiệm vụ?", ()),  # no name after the unit word
        ("Tỉnh ủy yêu cầu gì?", ()),
        # "Tĩnh" folds to "tinh" as "tỉnh" does: written with its tone, it is the name's, no unit word
        ("Tỉnh ủy Hà Tĩnh quy định gì?", ("Hà Tĩnh",)),
        # a title-cased question: the name stops at MAX_NAME_SYLLABLES, not at the question's words
        ("Tỉnh Ủy Bà Rịa Vũng Tàu Yêu Cầu Gì Về Báo Cáo Chính Trị?", ("Bà Rịa Vũng Tàu",)),
    ],
)
def test_a_place_is_recognised_by_its_form_when_the_gazetteer_does_not_hold_it(
    text: str, expected: tuple[str, ...]
) -> None:
    assert places.named_by_form(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tinh uy Nghe An quy dinh gi?", ("Nghe An",)),  # typed without diacritics
        ("What did the Hà Nam provincial party committee require?", ("Hà Nam",)),
        ("When did Bac Ninh province comment?", ("Bac Ninh",)),  # "When" is English, not the name
        # a heading in capitals: every word looks like a name
        ("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXIII", ()),
        ("TP. Hạ Long", ("Hạ Long",)),  # an abbreviation is written in capitals anyway
        ("Bí thư Tỉnh ủy Nguyễn Mạnh Hiển phát biểu", ()),  # a person after a title
        ("Tỉnh ủy Bà Rịa Vũng Tàu", ("Bà Rịa Vũng Tàu",)),
    ],
)
def test_a_place_s_form_is_read_without_diacritics_in_english_and_not_in_capital_headings(
    text: str, expected: tuple[str, ...]
) -> None:
    assert places.named_by_form(text) == expected


def test_a_bare_name_after_a_preposition_is_a_candidate_place() -> None:
    assert places.bare_names("Các huyện ủy ở Nam Định phải gửi dự thảo") == ("Nam Định",)
    assert places.bare_names("Theo hướng dẫn của Ninh Bình, báo cáo") == ("Ninh Bình",)
    assert places.bare_names("Báo cáo của huyện Kim Thành") == ()  # lower case: no name
    assert places.bare_names("ý kiến của Kim Thành") == ()  # the gazetteer's own


def test_an_english_unit_word_after_a_name_reads_as_the_vietnamese_unit_before_it() -> None:
    # "Hải Dương" alone is the province; "Hải Dương city" is the city, as "thành phố Hải Dương" is
    assert places.find("What must the report of Hải Dương city cover?") == ("TP Hải Dương",)
    assert places.find("What must the Hải Dương provincial report cover?") == ()
    assert places.find("Which towns must report on tourism?") == ()  # no name before the unit word
