"""Requirements from guidance: directives, atomic points, scope, key terms; rebuilt with the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.catalogue.cues import is_directive, negated_part
from app.catalogue.points import cut_points, key_terms
from app.catalogue.requirements import addressed_districts, applicable, applies_to, extract_requirements
from app.documents.ingest import make_chunks, read_document
from app.domain import Chunk, Requirement
from app.review.checklist import Reviewer
from tests.conftest import SEED
from tests.fakes import HashEmbeddings


@pytest.fixture(scope="module")
def seed_requirements() -> list[Requirement]:
    return extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))


def guidance(tmp_path: Path, text: str, name: str = "huong-dan.txt") -> list[Chunk]:
    folder = tmp_path / "corpus" / "guidance"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return make_chunks(read_document(folder / name, tmp_path / "corpus"))


def only(requirements: list[Requirement], needle: str) -> Requirement:
    found = [r for r in requirements if needle in r.text]
    assert len(found) == 1, (needle, [r.text for r in requirements])
    return found[0]


# ---- the seed ------------------------------------------------------------------------------------------


def test_seed_directives_keep_quote_source_paragraph_and_scope(seed_requirements):
    seed_chunks = make_chunks(read_document(SEED, SEED.parent.parent))
    kim_thanh = only(seed_requirements, "độc đạo")
    assert kim_thanh.districts == ("Kim Thành",)
    assert kim_thanh.paragraph == 14
    assert kim_thanh.source == f"guidance/{SEED.name}"
    assert kim_thanh.date == "2020-03-12"
    assert kim_thanh.text.startswith("Nghiên cứu phá bỏ thế độc đạo về giao thông")
    for r in seed_requirements:  # every quote is verbatim guidance text, every text comes from it
        assert any(r.quote in c.text for c in seed_chunks), r.quote
        assert r.key_terms


def test_enumeration_becomes_one_point_per_item(seed_requirements):
    points = [r for r in seed_requirements if r.text.startswith("Ưu tiên phát triển nhanh về")]
    assert [p.text for p in points] == [
        "Ưu tiên phát triển nhanh về giao thông",
        "Ưu tiên phát triển nhanh về công nghiệp",
        "Ưu tiên phát triển nhanh về đô thị",
    ]
    assert {p.districts for p in points} == {("Nam Sách",)}  # inherited from the section's paragraph
    assert len({p.id for p in points}) == 3


def test_general_and_district_scopes(seed_requirements):
    general = [r for r in seed_requirements if not r.districts]
    assert any("khát vọng vươn lên" in r.text for r in general)  # 4 districts named → all of them
    assert any("Truyền tải" in r.text for r in general)  # "mỗi huyện" → all
    assert only(seed_requirements, "quy hoạch 5 năm").districts == ("Tứ Kỳ",)  # inherited paragraph
    assert only(seed_requirements, "trở thành thị xã").districts == ("Thanh Miện",)
    # "vệ tinh của TP Hải Dương" names the city as an object: the directive is Nam Sách's only
    assert only(seed_requirements, "vệ tinh").districts == ("Nam Sách",)
    assert {d for r in seed_requirements for d in r.districts} == {
        "Tứ Kỳ",
        "Thanh Miện",
        "Kim Thành",
        "Nam Sách",
    }


def test_lead_in_is_dropped_topics_and_subjects_are_kept(seed_requirements):
    for r in seed_requirements:
        assert "Bí thư" not in r.text and "Thường trực" not in r.text and "Hoan nghênh" not in r.text
    assert only(seed_requirements, "bài học kinh nghiệm").text.startswith(
        "Về công tác xây dựng Đảng: nghiêm túc"
    )
    assert only(seed_requirements, "nhiệm vụ đột phá").text.startswith("Việc xác định các nhiệm vụ")
    assert only(seed_requirements, "bài học kinh nghiệm").topic == "công tác xây dựng Đảng"


def test_title_repeats_and_non_directives_give_no_requirement(seed_requirements):
    texts = " | ".join(r.text for r in seed_requirements)
    assert "hướng dẫn, hỗ trợ hoàn chỉnh" not in texts  # "giao các đồng chí…": a task for officials
    assert "tham gia ý kiến" not in texts
    assert not any(r.paragraph == 1 for r in seed_requirements)  # the headline sums up the body
    assert sum("khát vọng vươn lên" in r.text for r in seed_requirements) == 1  # the lead repeats ¶6
    assert sum(r.text.startswith("Có tầm nhìn xa hơn") for r in seed_requirements) == 1


def test_lists_of_values_and_shared_objects_stay_whole(seed_requirements):
    only(seed_requirements, "quy hoạch 5 năm, 10 năm và xa hơn")
    only(seed_requirements, "tự rà soát, đánh giá kỹ, so sánh với 5-10 năm trước")
    only(seed_requirements, "tiếp cận nhanh, ứng dụng mạnh mẽ công nghệ")


def test_key_terms_leave_out_cues_function_words_and_the_own_district():
    terms = key_terms("Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông", ("Kim Thành",))
    assert "giao thông" in terms
    flat = " ".join(terms).split()
    assert not {"cần", "về", "kim", "thành"} & set(flat)


def test_applicable_is_general_plus_own(seed_requirements):
    mine = applicable(seed_requirements, "Kim Thành")
    assert all(not r.districts or r.districts == ("Kim Thành",) for r in mine)
    assert len([r for r in mine if r.districts]) == 3
    assert [r for r in mine if not r.districts] == [r for r in seed_requirements if not r.districts]
    # a draft of a fifth district is checked against the general points too
    assert applicable(seed_requirements, "Gia Lộc") == [r for r in seed_requirements if not r.districts]
    # though the seed comments on four districts' drafts (its opening names them): they are addressed to those
    assert {r.for_districts for r in seed_requirements} == {("Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách")}
    assert not any(applies_to(r, "Gia Lộc") for r in seed_requirements)
    # one scoped to a district is that district's, though its document is for four
    kim_thanh = only(seed_requirements, "độc đạo")
    assert applies_to(kim_thanh, "Kim Thành") is True and applies_to(kim_thanh, "Nam Sách") is False
    assert addressed_districts([], ["…"]) == ()


# ---- other guidance: the rules are not the seed's ------------------------------------------------------


def test_rules_carry_over_to_other_guidance(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Kết luận của Thường trực Tỉnh ủy về dự thảo báo cáo chính trị các huyện Ninh Giang, "
            "Thanh Hà\n\n"
            "Ngày 20/4/2020, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Ninh Giang "
            "và Thanh Hà.\n\n"
            "Các huyện cần đánh giá sát thực kết quả thực hiện nghị quyết; đồng thời phải làm rõ "
            "nguyên nhân của hạn chế.\n\n"
            "Đối với huyện Ninh Giang, đồng chí Bí thư yêu cầu huyện ưu tiên đầu tư cho giao thông, "
            "thủy lợi và y tế. Huyện đã tập trung xây dựng nông thôn mới trong nhiệm kỳ qua.\n\n"
            "Thanh Hà cần quy hoạch vùng vải sớm gắn với du lịch sinh thái, phát triển thương hiệu "
            "vải thiều.\n"
        ),
    )
    reqs = extract_requirements(chunks)
    general = [r for r in reqs if not r.districts]
    assert [r.text for r in general] == [
        "Đánh giá sát thực kết quả thực hiện nghị quyết",
        "Làm rõ nguyên nhân của hạn chế",
    ]
    ninh_giang = [r.text for r in reqs if r.districts == ("Ninh Giang",)]
    assert ninh_giang == [
        "Ưu tiên đầu tư cho giao thông",
        "Ưu tiên đầu tư cho thủy lợi",
        "Ưu tiên đầu tư cho y tế",
    ]
    assert not any("nông thôn mới" in r.text for r in reqs)  # what was done is not asked
    thanh_ha = [r for r in reqs if r.districts == ("Thanh Hà",)]
    assert len(thanh_ha) == 2 and thanh_ha[0].text.startswith("Quy hoạch vùng vải sớm")


def test_is_directive():
    assert is_directive("Huyện cần làm tốt công tác quy hoạch.")
    assert is_directive("Chú trọng phát triển công nghiệp.")
    assert not is_directive("Huyện đã chú trọng phát triển công nghiệp.")
    assert not is_directive("Ngày 12.3, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy.")


def test_reports_folder_is_not_guidance(tmp_path):
    chunks = guidance(tmp_path, "Báo cáo\n\nHuyện cần phát triển mạnh công nghiệp và đô thị.\n")
    reports = [Chunk(**{**c.__dict__, "doc_type": "report"}) for c in chunks]
    assert extract_requirements(reports) == []
    assert extract_requirements(chunks)


# ---- rebuilt with the index ----------------------------------------------------------------------------


@dataclass
class FakeSnapshot:
    generation: int
    chunks: list[Chunk]

    @property
    def requirements(self) -> list:
        """The catalogue an index would have built from these chunks."""
        return extract_requirements(self.chunks)


@dataclass
class FakeIndex:
    """What Reviewer needs of CorpusIndex: the live snapshot."""

    snap: FakeSnapshot
    calls: list[int] = field(default_factory=list)

    def snapshot(self) -> FakeSnapshot:
        self.calls.append(self.snap.generation)
        return self.snap


def test_requirements_follow_the_snapshot_generation(tmp_path):
    first = make_chunks(read_document(SEED, SEED.parent.parent))
    embeddings = HashEmbeddings()
    index = FakeIndex(FakeSnapshot(1, first))
    reviewer = Reviewer(index, embeddings)
    before = reviewer.requirements()
    embedded = embeddings.calls
    assert reviewer.requirements() == before and embeddings.calls == embedded  # cached: not re-embedded

    index.snap = FakeSnapshot(
        2, first + guidance(tmp_path, "Hướng dẫn\n\nHuyện Gia Lộc cần phát triển du lịch.")
    )
    after = reviewer.requirements()
    assert embeddings.calls > embedded
    assert len(after) == len(before) + 1
    assert reviewer.requirements("Gia Lộc")[-1].text == "Phát triển du lịch"


def test_a_directive_naming_four_districts_addresses_those_four_not_a_fifth(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Thông báo kết luận về dự thảo báo cáo chính trị\n\n"
            "Các huyện Tứ Kỳ, Thanh Miện, Kim Thành và Nam Sách cần bổ sung đánh giá kết quả thu hút đầu tư "
            "vào các cụm công nghiệp trong nhiệm kỳ.\n\n"
            "Các huyện cần rà soát lại hệ thống chỉ tiêu cho phù hợp với quy hoạch tỉnh.\n"
        ),
    )
    requirements = extract_requirements(chunks)
    four = only(requirements, "thu hút đầu tư")
    assert set(four.districts) == {"Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách"}
    fifth = applicable(requirements, "Gia Lộc")
    assert four not in fifth
    assert only(requirements, "hệ thống chỉ tiêu") in fifth  # the notice opens on no district
    assert four in applicable(requirements, "Nam Sách")


def test_general_guidance_is_for_every_district_and_a_notice_for_the_districts_it_opens_with(tmp_path):
    province = extract_requirements(
        guidance(
            tmp_path,
            "Hướng dẫn xây dựng báo cáo chính trị\n\n"
            "Báo cáo chính trị cần đánh giá đúng kết quả thực hiện nghị quyết.\n\n"
            "Riêng huyện Kim Thành cần làm rõ vai trò đầu mối giao thông của tỉnh.\n",
        )
    )
    general = only(province, "kết quả thực hiện")
    assert general.for_districts == () and applies_to(general, "Gia Lộc")
    notice = extract_requirements(
        guidance(
            tmp_path,
            "Ý kiến về dự thảo báo cáo chính trị của huyện Nam Sách và huyện Thanh Hà\n\n"
            "Báo cáo chính trị cần đánh giá đúng kết quả thực hiện nghị quyết.\n",
            name="y-kien.txt",
        )
    )
    theirs = only(notice, "kết quả thực hiện")
    assert theirs.for_districts == ("Nam Sách", "Thanh Hà")
    assert applies_to(theirs, "Thanh Hà") and not applies_to(theirs, "Gia Lộc")
    assert Requirement.from_json(theirs.to_json()) == theirs


def test_the_district_named_right_after_the_cue_is_whom_it_asks_not_its_neighbours(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Tin hội nghị cho ý kiến vào dự thảo báo cáo chính trị\n\n"
            "Kim Thành là huyện phía đông, giáp huyện Nam Sách và Thanh Hà, có nhiều khu công nghiệp lớn. "
            "Ban Thường vụ Tỉnh ủy đề nghị dự thảo của Kim Thành đánh giá sâu hơn tác động của các khu công "
            "nghiệp đối với lao động của huyện.\n"
        ),
    )
    asked = only(extract_requirements(chunks), "tác động của các khu công nghiệp")
    assert asked.districts == ("Kim Thành",)  # not its neighbours Nam Sách and Thanh Hà
    assert asked.text.startswith("Đánh giá sâu hơn")  # whom it asks is its scope, not its text


def test_a_neighbour_named_before_the_subject_is_not_whom_a_directive_addresses(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Tin hội nghị cho ý kiến vào dự thảo báo cáo chính trị\n\n"
            "Là địa phương giáp ranh với huyện Kim Thành và TP Hải Dương, Nam Sách cần nêu rõ phương án liên "
            "kết vùng trong phát triển công nghiệp.\n"
        ),
    )
    asked = only(extract_requirements(chunks), "liên kết vùng")
    assert asked.districts == ("Nam Sách",)


def test_a_negated_directive_a_list_lead_and_a_cue_used_as_a_noun_are_no_requirements(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Hướng dẫn xây dựng báo cáo chính trị\n\n"
            "Báo cáo không cần trình bày chi tiết kết quả của từng xã, phường, thị trấn.\n\n"
            "Báo cáo không nhất thiết phải liệt kê lại toàn bộ số liệu của các năm trong nhiệm kỳ.\n\n"
            "Hướng dẫn cũng lưu ý: không đưa vào báo cáo chính trị phần kiểm điểm của Ban Chấp hành.\n\n"
            "Một số dự thảo còn dài, chưa đáp ứng yêu cầu về chất lượng phân tích nguyên nhân.\n\n"
            "Báo cáo chính trị của các huyện cần bảo đảm những nội dung sau:\n\n"
            "- Đánh giá đúng kết quả thực hiện nghị quyết đại hội nhiệm kỳ qua.\n\n"
            "Báo cáo cần ngắn gọn, không trùng lặp với báo cáo kiểm điểm.\n"
        ),
    )
    texts = " | ".join(r.text.lower() for r in extract_requirements(chunks))
    for not_asked in (
        "chi tiết kết quả của từng xã",
        "liệt kê lại toàn bộ số liệu",
        "phần kiểm điểm của ban",
        "chất lượng phân tích",
        "những nội dung sau",
    ):
        assert not_asked not in texts, not_asked
    assert "đánh giá đúng kết quả thực hiện nghị quyết" in texts  # the item the lead introduces
    assert "ngắn gọn" in texts  # "không trùng lặp" after it negates nothing that is asked


def test_an_item_ending_in_a_colon_that_asks_something_itself_is_a_requirement(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Kế hoạch tuyên truyền\n\n4. Về chuyển đổi số\n\n"
            "- Báo cáo cần có nội dung về ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử, "
            "trong đó:\n\n"
            "+ Nêu rõ tỷ lệ hồ sơ được giải quyết trực tuyến.\n"
        ),
    )
    texts = " | ".join(r.text for r in extract_requirements(chunks))
    assert "ứng dụng công nghệ thông tin" in texts and "tỷ lệ hồ sơ" in texts


def test_negation_reaches_every_point_of_a_list_and_items_but_not_what_a_cue_asks_to_prevent(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Hướng dẫn xây dựng báo cáo chính trị\n\n"
            # the points after the first repeat only its verb: "Đánh giá lại văn hóa" is negated too
            "Báo cáo không cần đánh giá lại kinh tế, văn hóa, xã hội.\n\n"
            "Báo cáo chính trị cần lưu ý những điểm sau:\n\n"
            "- Không đưa vào báo cáo phần kiểm điểm của Ban Chấp hành.\n\n"
            "- Nêu rõ nguyên nhân của hạn chế, yếu kém.\n\n"
            # a content cue before "không để": what is asked is to prevent it
            "Quan tâm không để xảy ra điểm nóng về an ninh, trật tự.\n\n"
            # a modal cue after "là" is no noun ("chưa đáp ứng yêu cầu"): this is asked
            "Điều quan trọng là phải làm rõ trách nhiệm của người đứng đầu.\n"
        ),
    )
    texts = " | ".join(r.text.lower() for r in extract_requirements(chunks))
    for not_asked in ("đánh giá lại", "phần kiểm điểm"):
        assert not_asked not in texts, not_asked
    for asked in ("nêu rõ nguyên nhân", "không để xảy ra điểm nóng", "làm rõ trách nhiệm"):
        assert asked in texts, asked


def test_a_phrase_opening_with_a_negation_word_may_still_ask(tmp_path):
    chunks = guidance(
        tmp_path,
        "Hướng dẫn\n\nHuyện cần không ngừng nâng cao chất lượng đội ngũ cán bộ cơ sở.\n\n"
        "Báo cáo không cần trình bày chi tiết kết quả của từng xã.\n",
    )
    texts = " | ".join(r.text for r in extract_requirements(chunks))
    assert "nâng cao chất lượng đội ngũ cán bộ" in texts  # "không ngừng": ceaselessly
    assert "từng xã" not in texts


def test_a_decimal_comma_does_not_cut_a_point() -> None:
    points = cut_points("phấn đấu đón khoảng 1,5 triệu lượt khách mỗi năm, tỷ lệ đô thị hóa đạt 40,5%")
    assert all("1, 5" not in p and "40, 5" not in p for p in points)
    assert any("1,5 triệu lượt khách" in p for p in points) and any("40,5%" in p for p in points)
    # a comma after a number still cuts clauses: "năm 2024, xây dựng …"
    assert cut_points("Rà soát số liệu đến hết năm 2024, xây dựng hệ thống chỉ tiêu sát thực tiễn") == [
        "Rà soát số liệu đến hết năm 2024",
        "xây dựng hệ thống chỉ tiêu sát thực tiễn",
    ]


FESTIVAL = (
    "Sôi nổi lễ hội đua bò Bảy Núi\n\n"
    + "\n\n".join(
        f"Chiều {d}/10, tại sân đua xã Lương Phi, huyện Tri Tôn tổ chức vòng đấu thứ {d} với 16 cặp bò "
        "tham gia. Ban tổ chức đề nghị các đội cần bảo đảm an toàn cho khán giả, phải tuân thủ thể lệ thi "
        "đấu và giữ gìn vệ sinh môi trường khu vực sân đua trong suốt thời gian diễn ra lễ hội truyền thống."
        for d in range(1, 9)
    )
    + "\n"
)


def test_a_long_document_that_never_names_the_report_holds_no_requirement(tmp_path):
    # a festival article saved among the guidance: its "cần", "phải", "đề nghị" ask nothing of a report
    assert extract_requirements(guidance(tmp_path, FESTIVAL, "le-hoi.txt")) == []
    # a short note may be guidance without naming the report
    note_text = "Ghi chú\n\nHuyện Kim Thành cần ưu tiên phát triển giao thông.\n"
    note = guidance(tmp_path, note_text, "ghi-chu.txt")
    assert extract_requirements(note)
    # named once, the report makes the long document guidance
    named = FESTIVAL.replace("Ban tổ chức đề nghị", "Về dự thảo báo cáo chính trị, Ban tổ chức đề nghị", 1)
    assert extract_requirements(guidance(tmp_path, named, "le-hoi-2.txt"))


def test_an_item_s_subject_before_its_modal_is_whom_it_addresses(tmp_path):
    chunks = guidance(
        tmp_path,
        (
            "Hướng dẫn xây dựng báo cáo chính trị\n\n4. Một số nội dung đặc thù\n\n"
            "- Hai huyện thuộc vùng phía bắc của tỉnh là Kim Thành và Nam Sách cần làm rõ giải pháp "
            "chống ngập úng trong mùa mưa.\n\n"
            "- Xác định mục tiêu xây dựng thị xã Kinh Môn trở thành thành phố, kết nối với TP Hải Dương.\n"
        ),
    )
    found = extract_requirements(chunks)
    assert only(found, "chống ngập úng").districts == ("Kim Thành", "Nam Sách")
    assert only(found, "trở thành thành phố").districts == ("TX Kinh Môn",)  # no modal: its first words


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        (
            "Báo cáo không cần trình bày chi tiết kết quả của từng xã.",
            "trình bày chi tiết kết quả của từng xã",
        ),
        ("- Không cần dự báo tình hình thế giới, khu vực.", "dự báo tình hình thế giới"),
        (
            "Không đưa nội dung kiểm điểm vào báo cáo; đã có báo cáo riêng.",
            "đưa nội dung kiểm điểm vào báo cáo",
        ),
        ("Báo cáo không nhất thiết phải liệt kê lại các chỉ tiêu.", "liệt kê lại các chỉ tiêu"),
        # inside a sentence, after what the meeting did
        (
            "Hội nghị thống nhất không đưa chỉ tiêu che phủ rừng vào hệ thống chỉ tiêu.",
            "đưa chỉ tiêu che phủ rừng vào hệ thống chỉ tiêu",
        ),
        # a limit, what is left out and a negation that asks negate nothing
        ("Báo cáo dài 25 trang, không kể phụ lục.", ""),
        ("Không quá 30 trang khổ A4.", ""),
        ("Dung lượng không quá 30 trang.", ""),
        ("Không ngừng nâng cao chất lượng báo cáo.", ""),
        ("Báo cáo cần nêu rõ kết quả.", ""),
    ],
)
def test_what_a_sentence_says_need_not_be_written(sentence: str, part: str) -> None:
    assert negated_part(sentence) == part
