"""The requirement catalogue: items as requirements, scope, themes, persistence per generation, what changed;
and the answers built from it (lists, which-districts, bracketed referents, outline)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.answers.intent import Shape, analyse_question
from app.answers.listing import outline, referent, report_answer, which_answer
from app.catalogue.changes import diff_requirements
from app.catalogue.requirements import extract_requirements
from app.documents.ingest import make_chunks, read_document
from app.domain import Theme
from app.index.corpus import CorpusIndex
from app.service import build_assistant
from app.settings import Settings
from app.text import split_sentences
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT, SEED
from tests.documents.test_structure import GUIDANCE_TXT
from tests.fakes import HashEmbeddings

REPO = Path(__file__).resolve().parents[2]


def _requirements(tmp_path: Path, text: str, name: str = "hd.txt"):
    path = tmp_path / "guidance" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return extract_requirements(make_chunks(read_document(path, tmp_path)))


def test_items_are_requirements_without_cue_words(tmp_path: Path) -> None:
    reqs = _requirements(tmp_path, GUIDANCE_TXT)
    texts = [r.text for r in reqs]
    assert any("Đề ra chỉ tiêu số bác sĩ" in t for t in texts)  # no cần/phải: still a requirement
    assert not any("Lưu VP" in t or "Các huyện ủy" in t for t in texts)  # recipients are not requirements
    item = next(r for r in reqs if "bác sĩ" in r.text)
    assert item.section == "II. Nội dung cụ thể › 1. Về y tế"
    assert item.districts == ()


def test_scope_of_a_two_district_item(tmp_path: Path) -> None:
    reqs = _requirements(tmp_path, GUIDANCE_TXT)
    scoped = next(r for r in reqs if "y tế cơ sở" in r.text)
    assert scoped.districts == ("Bình Giang", "Cẩm Giàng")
    assert scoped.text.startswith("Làm rõ giải pháp")  # the lead naming the districts is the scope


def test_seed_directives_keep_their_scope_and_get_themes() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    transport = next(r for r in reqs if KIM_THANH_TRANSPORT in r.text)
    assert transport.districts == ("Kim Thành",) and transport.theme is Theme.SECTORS
    lessons = next(r for r in reqs if "bài học kinh nghiệm" in r.text)
    assert lessons.districts == () and lessons.theme is Theme.PARTY
    shortcomings = next(r for r in reqs if "điểm nghẽn" in r.text)
    assert shortcomings.theme is Theme.SHORTCOMINGS


def test_bracketed_referent_for_an_implicit_subject() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    priority = next(r for r in reqs if r.quote.startswith("Trong đó, cần ưu tiên"))
    assert referent(priority) == "[Nam Sách] "
    named = next(r for r in reqs if KIM_THANH_TRANSPORT in r.text)
    assert referent(named) == ""  # the quote names Kim Thành itself


def test_list_answer_own_first_then_general_grouped_by_theme() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    question = "Báo cáo chính trị của Nam Sách cần đề cập những gì?"
    answer = report_answer(question, analyse_question(question), reqs)
    assert answer is not None and answer.found
    own, general = answer.text.split("Yêu cầu chung cho các đơn vị")
    assert "[Nam Sách] Trong đó, cần ưu tiên phát triển nhanh" in own
    assert "thể hiện rõ khát vọng vươn lên" in general
    # no other district's own requirements
    assert KIM_THANH_TRANSPORT not in answer.text and "tầm nhìn ít nhất đến năm 2030" not in answer.text
    assert "▸ Hạn chế, yếu kém và nguyên nhân" in general
    # every [n] points to a citation quoting its paragraph verbatim
    seed_text = " ".join(SEED.read_text(encoding="utf-8").split())
    quoted = [s for c in answer.citations for s in split_sentences(c.quote)]
    assert quoted and all(s in seed_text for s in quoted)  # verbatim, not paraphrased
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_nothing_specific_is_said_when_a_district_has_no_requirement_of_its_own() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    question = "Văn bản có lưu ý riêng gì cho huyện Thanh Hà?"  # the seed speaks of four other districts
    answer = report_answer(question, analyse_question(question), reqs)
    assert answer is not None and not answer.found
    assert "chưa nêu yêu cầu nào đối với Thanh Hà" in answer.text
    # without "riêng" too: the seed's general points are for the four districts whose drafts it reviews
    question = "Báo cáo chính trị của Thanh Hà cần đề cập những gì?"
    general = report_answer(question, analyse_question(question), reqs)
    assert general is not None and not general.found
    assert general.text == (
        "Các văn bản hướng dẫn đã lập chỉ mục chưa nêu yêu cầu nào đối với Thanh Hà. "
        "Các yêu cầu trong đó dành cho Tứ Kỳ, Thanh Miện, Kim Thành và Nam Sách."
    )
    # Thanh Hà's outline, like the review of its draft, still holds the seed's general points
    shown = [r for section in outline("Thanh Hà", reqs).sections for r in section.requirements]
    assert shown and all(not r.districts for r in shown)


GROUP_GUIDANCE = """Thông báo kết luận về dự thảo báo cáo chính trị các huyện Gia Lộc, Ninh Giang, Thanh Hà

1. Các huyện Gia Lộc, Ninh Giang và Thanh Hà cần đánh giá sâu kết quả xây dựng nông thôn mới kiểu mẫu.

2. Huyện Gia Lộc cần làm rõ định hướng phát triển cụm công nghiệp dọc quốc lộ 37.

3. Báo cáo chính trị cần lựa chọn từ hai đến ba khâu đột phá.
"""


def test_districts_asked_about_together_get_what_was_addressed_to_all_of_them(tmp_path: Path) -> None:
    reqs = _requirements(tmp_path, GROUP_GUIDANCE)
    question = "Ba huyện Gia Lộc, Ninh Giang, Thanh Hà cùng được yêu cầu những gì?"
    answer = report_answer(question, analyse_question(question), reqs)
    assert answer is not None and answer.found
    assert "Yêu cầu riêng đối với Gia Lộc, Ninh Giang và Thanh Hà" in answer.text
    assert "nông thôn mới kiểu mẫu" in answer.text
    assert "quốc lộ 37" not in answer.text  # Gia Lộc's alone
    # "ba" counts the districts: no topic, so the general requirements are all listed ("ba khâu" was one)
    assert "khâu đột phá" in answer.text
    # nothing addressed to all of them in particular: what was asked of every district is the answer
    common = "Yêu cầu chung đối với dự thảo của Gia Lộc, Thanh Hà và Tứ Kỳ là gì?"
    general = report_answer(common, analyse_question(common), reqs)
    assert general is not None and general.found and "khâu đột phá" in general.text
    # without a word of togetherness, the first district named is asked about, as before
    alone = "Gia Lộc và Ninh Giang được yêu cầu những gì?"
    assert "quốc lộ 37" in report_answer(alone, analyse_question(alone), reqs).text


def test_list_answer_with_a_topic_keeps_kim_thanh_transport_first() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    answer = report_answer(KIM_THANH_QUESTION, analyse_question(KIM_THANH_QUESTION), reqs)
    assert answer is not None
    first_item = next(line for line in answer.text.splitlines() if line.startswith("• "))
    assert KIM_THANH_TRANSPORT in first_item
    assert "bài học" not in answer.text  # off-topic requirements are not listed


def test_which_districts_names_each_with_its_quote() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    question = "Những huyện nào được định hướng phấn đấu trở thành thị xã?"
    intent = analyse_question(question)
    assert intent.shape is Shape.WHICH
    answer = which_answer(question, intent, reqs, [])
    assert answer is not None
    assert "• Thanh Miện:" in answer.text and "• Nam Sách:" in answer.text
    assert "• Kim Thành:" not in answer.text


def test_outline_sections_in_report_order() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    result = outline("Kim Thành", reqs)
    themes = [s.theme for s in result.sections]
    assert themes == sorted(themes, key=list(Theme).index)
    listed = [r for s in result.sections for r in s.requirements]
    assert any(KIM_THANH_TRANSPORT in r.text for r in listed)
    assert not any("Nam Sách" in r.districts for r in listed)


def test_the_outline_lists_each_quoted_sentence_once_as_its_first_point() -> None:
    reqs = extract_requirements(make_chunks(read_document(SEED, SEED.parent.parent)))
    priority = [r for r in reqs if r.quote.startswith("Trong đó, cần ưu tiên")]
    assert len(priority) == 3  # giao thông, công nghiệp, đô thị: three points of one sentence
    listed = [r for s in outline("Nam Sách", reqs).sections for r in s.requirements]
    quoted = [(r.source, r.paragraph, r.quote) for r in listed]
    assert len(quoted) == len(set(quoted))
    assert [r.text for r in listed if r.quote == priority[0].quote] == [priority[0].text]


def test_diff_reports_added_removed_changed(tmp_path: Path) -> None:
    before = _requirements(tmp_path, GUIDANCE_TXT, "a.txt")
    edited = (
        GUIDANCE_TXT.replace("năm 2025", "năm 2030")
        .replace("a) Đánh giá kết quả xây dựng xã đạt tiêu chí quốc gia về y tế.\n", "")
        .replace(
            "III. TỔ CHỨC",
            "3. Huyện Gia Lộc: đánh giá kết quả xây dựng huyện nông thôn mới kiểu mẫu.\nIII. TỔ CHỨC",
        )
    )
    after = _requirements(tmp_path, edited, "a.txt")
    changes = {c.district: c for c in diff_requirements(before, after)}
    assert [r.text for r in changes["Gia Lộc"].added] == [
        "Đánh giá kết quả xây dựng huyện nông thôn mới kiểu mẫu"
    ]
    general = changes[""]
    assert any("tiêu chí quốc gia về y tế" in r.text for r in general.removed)
    assert any("2030" in new.text and "2025" in old.text for old, new in general.changed)


@pytest.mark.integration
def test_catalogue_persists_per_generation_and_reports_changes(tmp_path: Path, corpus_dir: Path) -> None:
    settings = Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", llm="none")
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    first = assistant.build_index()
    assert first.requirements_total > 10
    assert all(c.added and not c.removed for c in first.requirement_changes)  # all new
    (corpus_dir / "guidance" / "hd.txt").write_text(GUIDANCE_TXT, encoding="utf-8")
    second = assistant.build_index()
    added = {c.district: len(c.added) for c in second.requirement_changes}
    assert added.get("Bình Giang") == 1 and added.get("Cẩm Giàng") == 1 and added.get("", 0) > 0
    # a fresh process reads the catalogue from the published generation, without extracting again
    fresh = CorpusIndex(tmp_path / "index", HashEmbeddings(), "hash-test")
    snap = fresh.snapshot()
    assert len(snap.requirements) == second.requirements_total
    (corpus_dir / "guidance" / "hd.txt").unlink()
    third = assistant.build_index()
    removed = {c.district: len(c.removed) for c in third.requirement_changes}
    assert removed.get("Bình Giang") == 1


@pytest.mark.integration
def test_service_answers_report_which_and_when_questions(tmp_path: Path, corpus_dir: Path) -> None:
    shutil.copytree(REPO / "tests" / "data" / "corpus", corpus_dir, dirs_exist_ok=True)
    settings = Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", llm="none")
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assistant.build_index()
    answer = assistant.ask("Báo cáo chính trị của Kim Thành cần đề cập những gì?")
    assert answer.found and "Yêu cầu riêng đối với Kim Thành" in answer.text
    assert all(c.n == i for i, c in enumerate(answer.citations, 1))
    when = assistant.ask("Cuộc làm việc diễn ra ngày nào?")
    assert when.found and "12.3" in when.text
    document = assistant.ask("Hướng dẫn số 12-HD/TU ban hành ngày nào?")
    assert document.found and "20/11/2019" in document.text


@pytest.mark.integration
def test_who_wrote_an_article_is_answered_from_its_byline(tmp_path: Path, corpus_dir: Path) -> None:
    settings = Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", llm="none")
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assistant.build_index()
    answer = assistant.ask("Ai viết bài về cuộc làm việc với Tứ Kỳ, Thanh Miện, Kim Thành và Nam Sách?")
    assert answer.found and "Linh An" in answer.text
    assert answer.citations and "LINH AN" in answer.citations[0].quote
