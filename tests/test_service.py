"""app.service: how `ask` routes a question (catalogue list, which districts, document facts, quoted
sentences), uploads that cannot leave the corpus folder, the outline, and the errors a user can cause.
Real Chroma in tmp_path, the hashing embedder, the seed corpus."""

from __future__ import annotations

import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import Answer, Theme, Turn
from app.errors import ConfigError, DocumentError, IndexMissingError
from app.index import store
from app.labels import EN_LEAD
from app.service import Assistant, build_assistant, safe_filename
from app.settings import Settings
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT, SEED
from tests.fakes import HashEmbeddings, ScriptedChat

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Path]:
    """A seed index, built once for the module; each test copies it (tests add and remove files)."""
    root = tmp_path_factory.mktemp("built")
    corpus = root / "corpus"
    (corpus / "guidance").mkdir(parents=True)
    shutil.copy(SEED, corpus / "guidance" / SEED.name)
    settings = Settings(corpus_dir=corpus, index_dir=root / "index", embeddings="hash-test", llm="none")
    build_assistant(settings, embeddings=HashEmbeddings()).build_index()
    return settings, root


@pytest.fixture
def assistant(built: tuple[Settings, Path], tmp_path: Path) -> Assistant:
    settings, root = built
    shutil.copytree(root, tmp_path / "copy")
    own = settings.model_copy(
        update={"corpus_dir": tmp_path / "copy" / "corpus", "index_dir": tmp_path / "copy" / "index"}
    )
    return build_assistant(own, embeddings=HashEmbeddings())


@pytest.fixture
def answered(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions that reached the sentence answerer (not the catalogue or the letterhead)."""
    seen: list[str] = []
    original = assistant.answerer.answer_stream

    def spy(question: str, *args, **kwargs) -> Iterator[str | Answer]:
        seen.append(question)
        return original(question, *args, **kwargs)

    monkeypatch.setattr(assistant.answerer, "answer_stream", spy)
    return seen


# ---- routing ------------------------------------------------------------------------------------------


def test_a_report_question_is_answered_from_the_catalogue(assistant: Assistant, answered: list[str]) -> None:
    answer = assistant.ask("Báo cáo chính trị của Nam Sách cần đề cập những gì?")
    assert not answered
    assert answer.found and "Yêu cầu riêng đối với Nam Sách" in answer.text
    assert "vùng đô thị vệ tinh của TP Hải Dương" in answer.text
    assert "phá bỏ thế độc đạo" not in answer.text  # Kim Thành's requirement, not Nam Sách's
    assert answer.citations and all(f"[{c.n}]" in answer.text for c in answer.citations)


def test_a_report_question_on_a_topic_the_guidance_does_not_cover_says_so(assistant: Assistant) -> None:
    answer = assistant.ask("Báo cáo chính trị của Kim Thành cần đề cập gì về y tế?")
    assert not answer.found
    assert answer.text.startswith("Hướng dẫn chưa nêu yêu cầu về y tế đối với Kim Thành.")


def test_a_which_question_names_each_district_with_its_quote(
    assistant: Assistant, answered: list[str]
) -> None:
    answer = assistant.ask("Những huyện nào được yêu cầu làm tốt công tác quy hoạch?")
    assert not answered and answer.found
    assert "Tứ Kỳ" in answer.text and "quy hoạch 5 năm, 10 năm và xa hơn" in answer.text


NOTICE_WITH_A_NEGATED_REMARK = """Thông báo kết luận về dự thảo báo cáo chính trị của Gia Lộc và Ninh Giang

Đối với huyện Gia Lộc, hội nghị thống nhất không đưa chỉ tiêu tỷ lệ đô thị hóa vào hệ thống chỉ tiêu \
chủ yếu của huyện Gia Lộc.

Đối với huyện Ninh Giang, đề nghị bổ sung đánh giá về phát triển làng nghề truyền thống của huyện Ninh Giang.
"""


def test_a_which_question_is_not_answered_by_what_a_district_need_not_do(assistant: Assistant) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "thong-bao.txt").write_text(NOTICE_WITH_A_NEGATED_REMARK, encoding="utf-8")
    assistant.build_index()
    question = "Những huyện nào được yêu cầu đưa chỉ tiêu tỷ lệ đô thị hóa vào hệ thống chỉ tiêu chủ yếu?"
    answer = assistant.ask(question)
    assert not answer.found and "Gia Lộc" in answer.text  # says what the documents say of it instead
    # asked what a district need not do, the same remark answers
    negated = assistant.ask("Những huyện nào không cần đưa chỉ tiêu tỷ lệ đô thị hóa vào hệ thống chỉ tiêu?")
    assert negated.found and "Gia Lộc" in negated.text
    # a district asked to do it is named
    (guidance / "thong-bao.txt").write_text(
        NOTICE_WITH_A_NEGATED_REMARK.replace("thống nhất không đưa", "đề nghị đưa"), encoding="utf-8"
    )
    assistant.build_index()
    answer = assistant.ask(question)
    assert answer.found and "Gia Lộc" in answer.text


def test_a_when_question_is_answered_from_the_letterhead(assistant: Assistant, answered: list[str]) -> None:
    answer = assistant.ask(
        "Cuộc làm việc với các Huyện ủy Tứ Kỳ, Thanh Miện, Kim Thành và Nam Sách diễn ra ngày nào?"
    )
    assert not answered and answer.found and "12/03/2020" in answer.text


def test_a_document_number_no_document_has_or_cites_is_not_found(assistant: Assistant) -> None:
    for question in (
        "Văn bản 99-HD/TU yêu cầu Kim Thành làm gì với thế độc đạo về giao thông?",  # a narrow answer
        "Hướng dẫn 99-HD/TU nói gì về thế độc đạo giao thông của Kim Thành?",  # a catalogue answer
    ):
        answer = assistant.ask(question)
        assert not answer.found and not answer.citations, question
        # without the number, the same words are answered
        assert assistant.ask(question.replace(" 99-HD/TU", "")).found, question


def test_a_narrow_question_is_answered_with_quoted_sentences(
    assistant: Assistant, answered: list[str]
) -> None:
    question = "Vì sao Kim Thành cần phá bỏ thế độc đạo về giao thông?"
    answer = assistant.ask(question)
    assert answered == [question]
    assert answer.found and KIM_THANH_TRANSPORT in answer.text
    assert answer.citations[0].paragraph == 14


def test_with_an_llm_every_shape_goes_to_the_answerer(assistant: Assistant, answered: list[str]) -> None:
    assistant.answerer.chat_model = assistant.chat_model = ScriptedChat(
        ["Nam Sách cần ưu tiên giao thông [1]."]
    )
    assistant.ask("Báo cáo chính trị của Nam Sách cần đề cập những gì?")
    assert answered == ["Báo cáo chính trị của Nam Sách cần đề cập những gì?"]


def test_the_chosen_district_narrows_the_search_and_is_read_leniently(assistant: Assistant) -> None:
    answer = assistant.ask("Cần ưu tiên phát triển những lĩnh vực nào về giao thông?", district="nam sach")
    assert answer.passages and "Nam Sách" in answer.passages[0].chunk.districts


def test_a_follow_up_keeps_the_users_words_and_the_resolved_question(assistant: Assistant) -> None:
    first = assistant.ask(KIM_THANH_QUESTION)
    follow = assistant.ask("Còn Nam Sách thì sao?", history=[Turn(KIM_THANH_QUESTION, first.text)])
    assert follow.question == "Còn Nam Sách thì sao?"
    assert follow.standalone_question and "Nam Sách" in follow.standalone_question


# ---- documents ----------------------------------------------------------------------------------------


def test_an_upload_cannot_leave_its_corpus_folder(assistant: Assistant) -> None:
    saved = assistant.add_document("../../../etc/cron.d/x.txt", "Nội dung".encode())
    assert saved == "guidance/x.txt"
    assert (assistant.corpus_dir / "guidance" / "x.txt").read_text(encoding="utf-8") == "Nội dung"
    assert assistant.add_document("C:\\Users\\a\\bao-cao.md", b"# A", "report") == "reports/bao-cao.md"
    assert not list(assistant.corpus_dir.rglob(".*uploading"))  # written whole, then renamed


@pytest.mark.parametrize(
    ("name", "data", "doc_type", "reason"),
    [
        ("x.txt", b"a", "tin tuc", "loại tài liệu không hợp lệ"),
        ("virus.exe", b"MZ", "guidance", "chỉ nhận các định dạng"),
        (".bashrc", b"x", "guidance", "chỉ nhận các định dạng"),
        ("rong.txt", b"  \n ", "guidance", "tệp rỗng"),
        ("..", b"x", "guidance", "tên tệp không hợp lệ"),
        ("lon.txt", b"x" * (1024 * 1024 + 1), "guidance", "tệp quá lớn"),
    ],
)
def test_bad_uploads_are_refused_with_the_reason(
    assistant: Assistant, name: str, data: bytes, doc_type: str, reason: str
) -> None:
    assistant.settings = assistant.settings.model_copy(update={"max_upload_mb": 1})
    before = sorted(assistant.corpus_dir.rglob("*"))
    with pytest.raises(DocumentError, match=reason):
        assistant.add_document(name, data, doc_type)
    assert sorted(assistant.corpus_dir.rglob("*")) == before


def test_remove_document_only_inside_the_corpus(assistant: Assistant) -> None:
    outside = assistant.corpus_dir.parent / "secret.txt"
    outside.write_text("x", encoding="utf-8")
    for source in ("../secret.txt", "guidance/khong-co.txt", "guidance"):
        with pytest.raises(DocumentError, match="không có tài liệu này"):
            assistant.remove_document(source)
    assert outside.exists()
    assistant.remove_document(f"guidance/{SEED.name}")
    assert not (assistant.corpus_dir / "guidance" / SEED.name).exists()
    assert assistant.build_index().removed == [f"guidance/{SEED.name}"]


def test_read_text_joins_paragraphs_and_refuses_what_it_cannot_read(assistant: Assistant) -> None:
    text = assistant.read_text("du-thao.md", "# Dự thảo\n\nĐoạn một.\n\nĐoạn hai.\n".encode())
    assert text == "Dự thảo\n\nĐoạn một.\n\nĐoạn hai."
    with pytest.raises(DocumentError, match="du-thao.xlsx"):
        assistant.read_text("du-thao.xlsx", b"PK")


def test_safe_filename() -> None:
    assert safe_filename("a/b/../c<d>.txt") == "c_d_.txt"
    assert safe_filename(".an") == "an"
    for bad in ("", "   ", "a/", ".."):
        with pytest.raises(DocumentError, match="tên tệp không hợp lệ"):
            safe_filename(bad)


@pytest.mark.parametrize("suffix", [".docx", ".txt", ".md", ".html"])
def test_a_long_file_name_is_cut_before_its_extension(suffix: str) -> None:
    long_ascii = safe_filename("bao-cao-" * 30 + suffix)
    assert long_ascii.endswith(suffix) and len(long_ascii) == 150
    # Vietnamese letters take up to 3 bytes: the name must still fit a file system's 255
    long_vietnamese = safe_filename("Nghị quyết Đảng bộ huyện " * 12 + suffix)
    assert long_vietnamese.endswith(suffix) and len(long_vietnamese.encode()) <= 200
    assert safe_filename("ghi-chu." + "x" * 200) == ("ghi-chu." + "x" * 200)[:150]  # no extension to keep


def test_a_name_that_was_not_utf8_is_made_safe() -> None:
    undecodable = "bien-ban-h\udce1p.txt"  # how Python reads the byte 0xE1 of a name (PEP 383)
    assert safe_filename(undecodable) == "bien-ban-h_p.txt"


# ---- outline and errors ---------------------------------------------------------------------------------


def test_the_outline_of_a_district_typed_without_diacritics(assistant: Assistant) -> None:
    outline = assistant.outline("kim thanh")
    assert outline.district == "Kim Thành"
    quotes = [r.quote for s in outline.sections for r in s.requirements]
    assert any(KIM_THANH_TRANSPORT in q for q in quotes)
    assert all(
        not r.districts or r.districts == ("Kim Thành",) or "Kim Thành" in r.districts
        for s in outline.sections
        for r in s.requirements
    )
    order = list(Theme)
    assert [s.theme for s in outline.sections] == sorted((s.theme for s in outline.sections), key=order.index)


def test_an_unknown_district_lists_the_valid_names(assistant: Assistant) -> None:
    with pytest.raises(ConfigError) as caught:
        assistant.outline("Hà Nội")
    assert (
        "Hà Nội" in str(caught.value) and "Kim Thành" in str(caught.value) and "Nam Sách" in str(caught.value)
    )


def test_asking_before_any_index_says_how_to_build_one(tmp_path: Path, corpus_dir: Path) -> None:
    settings = Settings(
        corpus_dir=corpus_dir, index_dir=tmp_path / "index", embeddings="hash-test", llm="none"
    )
    fresh = build_assistant(settings, embeddings=HashEmbeddings())
    with pytest.raises(IndexMissingError, match="duthao index"):
        fresh.ask(KIM_THANH_QUESTION)
    report = fresh.ensure_index()
    assert report is not None and report.added == [f"guidance/{SEED.name}"]
    assert fresh.ensure_index() is None  # built already: nothing to do
    assert fresh.ask(KIM_THANH_QUESTION).found


def test_an_index_written_by_another_version_is_rebuilt_at_start(tmp_path: Path, corpus_dir: Path) -> None:
    import json

    from app.index.snapshot import MANIFEST_VERSION

    settings = Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index", llm="none")
    embeddings = HashEmbeddings()
    build_assistant(settings, embeddings=embeddings).build_index()
    calls = embeddings.calls
    (manifest,) = (tmp_path / "index" / "lexical").glob("*/*/manifest.json")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(dict(data, version=MANIFEST_VERSION - 1)), encoding="utf-8")

    assistant = build_assistant(settings, embeddings=embeddings)
    report = assistant.ensure_index()  # what `duthao serve` does first
    assert report is not None and report.chunks_total > 0
    assert embeddings.calls == calls  # Chroma and the vector cache still had everything
    assert assistant.ask("Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?").citations
    assert assistant.ensure_index() is None  # readable now: nothing to do


# ---- what a question seems to name is a signal; places the documents do not cover ----------------------

GUIDANCE_TITLE_DOC = """HƯỚNG DẪN
Về việc xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện

I. Yêu cầu chung
Báo cáo chính trị cần ngắn gọn, súc tích, đánh giá đúng thực trạng của địa phương.
"""
LATER_DISPATCH = """CÔNG VĂN
V/v điều chỉnh một số nội dung

Dự thảo báo cáo chính trị gửi Ban Thường vụ Tỉnh ủy trước ngày 20 tháng 4 năm 2025 để cho ý kiến.
"""


def test_a_title_s_words_in_a_question_point_at_a_document_without_locking_onto_it(
    assistant: Assistant,
) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "huong-dan-xay-dung-bao-cao.txt").write_text(GUIDANCE_TITLE_DOC, encoding="utf-8")
    (guidance / "cong-van-dieu-chinh.txt").write_text(LATER_DISPATCH, encoding="utf-8")
    assistant.build_index()
    answer = assistant.ask(
        "Theo hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện, dự thảo gửi Ban "
        "Thường vụ Tỉnh ủy trước ngày nào?"
    )
    assert "guidance/cong-van-dieu-chinh.txt" in {p.chunk.source for p in answer.passages}
    assert answer.found and "20 tháng 4 năm 2025" in answer.text


def test_a_document_named_by_its_whole_title_answers_alone(assistant: Assistant) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "huong-dan-xay-dung-bao-cao.txt").write_text(GUIDANCE_TITLE_DOC, encoding="utf-8")
    (guidance / "cong-van-dieu-chinh.txt").write_text(LATER_DISPATCH, encoding="utf-8")
    assistant.build_index()
    answer = assistant.ask(
        "Hướng dẫn về việc xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện yêu cầu báo cáo "
        "thế nào?"
    )
    assert {p.chunk.source for p in answer.passages} == {"guidance/huong-dan-xay-dung-bao-cao.txt"}


def test_a_province_the_documents_do_not_cover_is_not_answered_from_another_s_text(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("Tỉnh ủy Nghệ An yêu cầu báo cáo chính trị cấp huyện đề cập gì về giao thông?")
    assert not answer.found and "Nghệ An" in answer.text and not answer.citations
    covered = assistant.ask("Tỉnh ủy Hải Dương yêu cầu Kim Thành đề cập gì về giao thông?")
    assert covered.found and KIM_THANH_TRANSPORT in covered.text


def test_a_when_question_is_answered_only_with_a_stated_time(assistant: Assistant) -> None:
    dated = assistant.ask("Cuộc làm việc với bốn huyện diễn ra ngày nào?")
    assert dated.found and "12" in dated.text
    undated = assistant.ask("Khi nào Kim Thành phải phá bỏ thế độc đạo về giao thông?")
    assert not undated.found  # the guidance asks it, but names no time


MEETING_ON_TWO = """Thường trực Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị hai huyện

Dự hội nghị có đồng chí Bí thư Huyện ủy Gia Lộc và đồng chí Bí thư Huyện ủy Ninh Giang cùng các thành viên
tiểu ban văn kiện của hai huyện.

Kết luận hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các huyện tiếp thu đầy đủ ý kiến, hoàn
chỉnh dự thảo trước ngày 30/4.

Đối với huyện Gia Lộc, đồng chí đề nghị làm rõ định hướng phát triển vùng rau màu hàng hóa tập trung.
"""


def test_asked_what_was_said_of_a_district_in_particular_a_general_paragraph_is_no_answer(
    assistant: Assistant,
) -> None:
    (assistant.corpus_dir / "guidance" / "hop-hai-huyen.txt").write_text(MEETING_ON_TWO, encoding="utf-8")
    assistant.build_index()
    nothing = assistant.ask("Thường trực Tỉnh ủy góp ý riêng những gì cho dự thảo của huyện Ninh Giang?")
    assert not nothing.found  # named among those present only
    own = assistant.ask("Thường trực Tỉnh ủy góp ý riêng những gì cho dự thảo của huyện Gia Lộc?")
    assert own.found and "vùng rau màu" in own.text


GUIDANCE_WITH_AN_ITEM = """Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện

I. MỤC ĐÍCH, YÊU CẦU

1. Báo cáo chính trị là văn kiện trung tâm của đại hội, phải thể hiện trí tuệ của toàn Đảng bộ; đánh giá
đúng, khách quan kết quả thực hiện nghị quyết đại hội nhiệm kỳ qua, chỉ rõ hạn chế, yếu kém và nguyên nhân.

2. Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ tới phải cụ thể hóa nghị quyết đại hội đảng bộ tỉnh, phù hợp với
quy hoạch tỉnh và điều kiện của từng địa phương; các chỉ tiêu phải có cơ sở, khả thi.

II. NỘI DUNG CỤ THỂ

1. Báo cáo chính trị của các huyện cần đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ qua, có so sánh
với nhiệm kỳ trước; số liệu phải thống nhất với số liệu của cơ quan thống kê.

2. Một số nội dung riêng:

Huyện Thanh Hà cần làm rõ định hướng phát triển vùng vải thiều gắn với chế biến và xuất khẩu.

Huyện Gia Lộc cần làm rõ định hướng thu hút đầu tư vào các cụm công nghiệp dọc quốc lộ 37.
"""


def test_asked_what_was_said_of_a_district_s_draft_only_the_documents_reviewing_it_answer(
    assistant: Assistant,
) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "hop-hai-huyen.txt").write_text(MEETING_ON_TWO, encoding="utf-8")
    (guidance / "huong-dan.txt").write_text(GUIDANCE_WITH_AN_ITEM, encoding="utf-8")
    # Thanh Hà's own past report opens with its name: it reviews no draft
    (assistant.corpus_dir / "reports").mkdir(exist_ok=True)
    (assistant.corpus_dir / "reports" / "bao-cao-thanh-ha.txt").write_text(
        "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện Thanh Hà\n\nNhiệm kỳ tới, huyện cần tập trung "
        "phát triển vùng vải thiều an toàn, mở rộng thị trường tiêu thụ.\n",
        encoding="utf-8",
    )
    assistant.build_index()
    reviewed = assistant.ask("Thường trực Tỉnh ủy góp ý gì cho dự thảo của huyện Gia Lộc?")
    assert reviewed.found and "vùng rau màu" in reviewed.text
    assert "quốc lộ 37" not in reviewed.text  # the guidance's item for Gia Lộc: no comment on its draft
    # Thanh Hà's draft was reviewed by no document: the guidance's item for it is no comment on its draft
    not_reviewed = assistant.ask("Thường trực Tỉnh ủy góp ý gì cho dự thảo của huyện Thanh Hà?")
    assert not not_reviewed.found and "Thanh Hà" in not_reviewed.text
    assert "vải thiều" not in not_reviewed.text and not not_reviewed.citations
    # one point asked of its draft is the guidance's to answer
    point = assistant.ask(
        "Dự thảo báo cáo chính trị của huyện Thanh Hà cần làm rõ định hướng phát triển vùng gì?"
    )
    assert point.found and "vải thiều" in point.text
    # what its report must cover is the guidance's to say
    report = assistant.ask("Báo cáo chính trị của Thanh Hà cần đề cập những gì?")
    assert report.found and "vải thiều" in report.text


def test_a_which_question_naming_a_day_is_answered_from_the_documents_of_that_day(
    assistant: Assistant,
) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "hop-25-4.txt").write_text(
        "Chiều 25/4, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của hai huyện.\n\n"
        "Huyện Gia Lộc và huyện Ninh Giang cần làm rõ kết quả xây dựng nông thôn mới kiểu mẫu.\n",
        encoding="utf-8",
    )
    (guidance / "hop-18-4.txt").write_text(
        "Chiều 18/4, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của hai huyện.\n\n"
        "Huyện Thanh Hà và huyện Cẩm Giàng cần làm rõ kết quả xây dựng nông thôn mới kiểu mẫu.\n",
        encoding="utf-8",
    )
    assistant.build_index()
    answer = assistant.ask(
        "Hội nghị ngày 25/4 yêu cầu những huyện nào làm rõ kết quả xây dựng nông thôn mới?"
    )
    assert answer.found and "Gia Lộc" in answer.text and "Ninh Giang" in answer.text
    assert "Thanh Hà" not in answer.text and "Cẩm Giàng" not in answer.text
    # asked only which districts that day's meeting commented on: "hội nghị ngày 25/4" says which meeting,
    # no topic their requirements must hold; the districts the documents of the day speak of answer
    meeting = assistant.ask("Hội nghị ngày 25/4 cho ý kiến vào dự thảo của những huyện nào?")
    assert meeting.found and "Gia Lộc" in meeting.text and "Ninh Giang" in meeting.text
    assert "Thanh Hà" not in meeting.text and "Cẩm Giàng" not in meeting.text


def test_asked_whose_drafts_were_reviewed_the_openings_of_the_reviewing_documents_answer(
    assistant: Assistant,
) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "thong-bao-ket-luan.txt").write_text(
        "Thông báo kết luận của Ban Thường vụ Tỉnh ủy về dự thảo báo cáo chính trị hai huyện\n\n"
        "Ngày 09/12, Ban Thường vụ Tỉnh ủy họp nghe Ban Thường vụ các huyện ủy Gia Lộc, Ninh Giang báo cáo "
        "dự thảo báo cáo chính trị. Dự hội nghị có đại diện Huyện ủy Thanh Hà để rút kinh nghiệm.\n\n"
        "Huyện Gia Lộc cần làm rõ kết quả xây dựng nông thôn mới kiểu mẫu.\n",
        encoding="utf-8",
    )
    # guidance telling two districts to send their drafts: no review of them
    (guidance / "huong-dan.txt").write_text(
        "Hướng dẫn xây dựng báo cáo chính trị\n\nĐề nghị các huyện Bình Giang, Cẩm Giàng gửi dự thảo báo "
        "cáo chính trị để Ban Thường vụ Tỉnh ủy cho ý kiến trước ngày 30/4.\n",
        encoding="utf-8",
    )
    assistant.build_index()
    for question in (
        "Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo báo cáo chính trị của những huyện nào?",
        "Which districts had their draft political reports reviewed?",
    ):
        answer = assistant.ask(question)
        assert answer.found and "Gia Lộc" in answer.text and "Ninh Giang" in answer.text, question
        # the seed reviews four drafts in its opening too
        assert "Kim Thành" in answer.text and "Nam Sách" in answer.text, question
        # an attendee's district, and districts only told to send their drafts, were not reviewed
        for other in ("Thanh Hà", "Bình Giang", "Cẩm Giàng"):
            assert other not in answer.text, (question, other)
        assert all(f"[{c.n}]" in answer.text for c in answer.citations)


def test_whose_drafts_were_reviewed_from_an_opening_naming_them_only_among_those_present(
    tmp_path: Path,
) -> None:
    """A meeting's report whose lead names no district ("… dự thảo … của hai huyện") names them among those
    present; the sentence naming the most is quoted for each. With no reviewing document, the sentences
    found that tell of a review answer."""
    corpus = tmp_path / "corpus"
    (corpus / "guidance").mkdir(parents=True)
    (corpus / "guidance" / "gop-y.txt").write_text(
        "Góp ý dự thảo báo cáo chính trị hai huyện\n\n"
        "Chiều 25/4, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của hai huyện. "
        "Đồng chí Bí thư Huyện ủy Tứ Kỳ báo cáo trước. "
        "Dự hội nghị có Bí thư các Huyện ủy Tứ Kỳ, Thanh Miện.\n\n"
        "Huyện Tứ Kỳ cần làm rõ kết quả xây dựng nông thôn mới.\n",
        encoding="utf-8",
    )
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", embeddings="hash-test", llm="none")
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assistant.build_index()
    answer = assistant.ask("Which districts had their drafts reviewed?")
    assert answer.found and answer.text.startswith(EN_LEAD)
    lines = [line for line in answer.text.splitlines() if line.startswith("•")]
    assert len(lines) == 2 and all("Tứ Kỳ, Thanh Miện" in line for line in lines), lines
    # a title naming no draft: not a review's report; its sentence telling of a review answers
    (corpus / "guidance" / "gop-y.txt").write_text(
        "Tin hoạt động tuần\n\nChiều 25/4, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị "
        "của huyện Gia Lộc.\n\nDự hội nghị có Bí thư Huyện ủy Thanh Hà.\n",
        encoding="utf-8",
    )
    assistant.build_index()
    answer = assistant.ask("Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo của những huyện nào?")
    assert answer.found and "Gia Lộc" in answer.text and "Thanh Hà" not in answer.text


def test_a_meeting_on_the_draft_for_a_congress_does_not_date_the_congress(assistant: Assistant) -> None:
    (assistant.corpus_dir / "guidance" / "hop-tu-ky.txt").write_text(
        "Chiều 14/10, Ban Thường vụ Tỉnh ủy họp hội nghị cho ý kiến vào dự thảo báo cáo chính trị trình "
        "đại hội đại biểu Đảng bộ huyện Tứ Kỳ nhiệm kỳ 2025 - 2030.\n\n"
        "Huyện Tứ Kỳ cần làm rõ kết quả xây dựng nông thôn mới kiểu mẫu.\n",
        encoding="utf-8",
    )
    assistant.build_index()
    congress = assistant.ask(
        "Đại hội đại biểu Đảng bộ huyện Tứ Kỳ nhiệm kỳ 2025 - 2030 khai mạc vào ngày nào?"
    )
    assert not congress.found  # the meeting is dated, the congress is not
    meeting = assistant.ask(
        "Hội nghị cho ý kiến vào dự thảo báo cáo chính trị của Tứ Kỳ diễn ra vào ngày nào?"
    )
    assert meeting.found and "14/10" in meeting.text


def test_an_item_retrieved_on_its_own_knows_the_sentence_leading_its_list(tmp_path: Path) -> None:
    from app.documents.ingest import make_chunks, read_document

    folder = tmp_path / "corpus" / "reports"
    folder.mkdir(parents=True)
    (folder / "bao-cao.txt").write_text(
        "Báo cáo chính trị\n\nI. KẾT QUẢ\n\n"
        "Kinh tế tăng trưởng khá. Kết quả thu ngân sách qua các năm như sau:\n\n"
        "- Năm 2021 đạt 305,7 tỷ đồng;\n\n- Năm 2022 đạt 412,9 tỷ đồng;\n\n"
        "II. HẠN CHẾ\n\n- Thu chi chưa cân đối.\n",
        encoding="utf-8",
    )
    chunks = make_chunks(read_document(folder / "bao-cao.txt", tmp_path / "corpus"))
    by_source = {"reports/bao-cao.txt": chunks}
    item_2022 = next(c for c in chunks if "412,9" in c.text)
    assert Assistant._lead_of(item_2022, by_source) == "Kết quả thu ngân sách qua các năm như sau:"
    other_section = next(c for c in chunks if "cân đối" in c.text)
    assert Assistant._lead_of(other_section, by_source) == ""


def test_a_frozen_or_stopped_chroma_server_is_one_clear_message(
    tmp_path: Path,
    corpus_dir: Path,
    own_chroma_server: tuple[subprocess.Popen[bytes], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the vectors on a Chroma server (DUTHAO_CHROMA_URL): frozen, a question is told so within
    DUTHAO_CHROMA_TIMEOUT; stopped, a process that was already connected says what a new one says."""
    monkeypatch.setattr(store, "QUIET_SECONDS", 1.0)  # waited out below: 1 s, not the 5 s of a server
    server, url = own_chroma_server
    settings = Settings(
        corpus_dir=corpus_dir,
        index_dir=tmp_path / "index",
        embeddings="hash-test",
        llm="none",
        chroma_url=url,
        chroma_timeout=2,
    )
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assistant.build_index()
    question = "Vì sao Kim Thành cần phá bỏ thế độc đạo về giao thông?"
    assert assistant.ask(question).found
    # without a timeout the question would wait for as long as the server stays frozen: thawed, it fails
    thaw = threading.Timer(10, server.send_signal, args=(signal.SIGCONT,))
    server.send_signal(signal.SIGSTOP)
    thaw.start()
    started = time.monotonic()
    try:
        with pytest.raises(ConfigError, match=r"^Không kết nối được máy chủ Chroma .*không trả lời sau 2 "):
            assistant.ask(question)
    finally:
        thaw.cancel()
        server.send_signal(signal.SIGCONT)
    assert time.monotonic() - started < 5
    server.kill()
    server.wait(timeout=30)
    time.sleep(store.QUIET_SECONDS)  # what comes after the quiet seconds is asked of the server again
    with pytest.raises(ConfigError, match=r"^Không kết nối được máy chủ Chroma .*chroma run") as connected:
        assistant.ask(question)
    # a new process makes its client in a thread it waits `chroma_timeout` for: on a busy machine (the tests
    # run in parallel) 2 s can pass before a refused connection is even tried, and that reads as a server
    # that does not answer; a stopped server's message names no timeout, so a longer one changes nothing
    patient = settings.model_copy(update={"chroma_timeout": 15})
    with pytest.raises(ConfigError) as fresh:
        build_assistant(patient, embeddings=HashEmbeddings()).ask(question)
    assert str(fresh.value) == str(connected.value)


# A corpus mixing two provinces' pages, as saved from their portals: each names its own province by form.
NAM_DINH_DISPATCH = (
    "Tỉnh ủy Nam Định hướng dẫn về dung lượng văn kiện đại hội đảng bộ cấp huyện.\n\n"
    "Báo cáo chính trị có dung lượng không quá 25 trang khổ A4, phông chữ Times New Roman.\n"
)
HA_NAM_PAGE = (
    "Ngày 9/7, Ban Thường vụ Huyện ủy Kim Thành tổng duyệt đại hội; Ban Tuyên giáo tỉnh Hà Nam dự.\n\n"
    "Báo cáo chính trị cần nêu rõ các khâu đột phá của nhiệm kỳ tới và giải pháp thực hiện.\n"
)


def test_a_province_named_is_answered_only_from_documents_that_mention_it(assistant: Assistant) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "nam-dinh-dung-luong.txt").write_text(NAM_DINH_DISPATCH, encoding="utf-8")
    (guidance / "ha-nam-tong-duyet.txt").write_text(HA_NAM_PAGE, encoding="utf-8")
    assistant.build_index()
    # Hà Nam's page states no page limit: Nam Định's is no answer, however well it matches
    other = assistant.ask("Tỉnh ủy Hà Nam: dung lượng báo cáo chính trị là bao nhiêu trang?")
    assert not other.found and "25 trang" not in other.text
    own = assistant.ask("Tỉnh ủy Nam Định: dung lượng báo cáo chính trị là bao nhiêu trang?")
    assert own.found and "25 trang" in own.text
    # a bare name counts once the documents name it by form ("tỉnh Hà Nam")
    bare = assistant.ask("Ở Hà Nam, dung lượng báo cáo chính trị là bao nhiêu trang?")
    assert not bare.found and "25 trang" not in bare.text
    # a document naming no other province may answer for any: the seed never names Hải Dương by form
    covered = assistant.ask("Tỉnh ủy Hải Dương yêu cầu Kim Thành đề cập gì về giao thông?")
    assert covered.found and KIM_THANH_TRANSPORT in covered.text


def test_a_when_question_about_a_district_is_not_answered_with_another_s_date(assistant: Assistant) -> None:
    (assistant.corpus_dir / "guidance" / "ha-nam-tong-duyet.txt").write_text(HA_NAM_PAGE, encoding="utf-8")
    assistant.build_index()
    assert assistant.ask("Huyện Kim Thành tổng duyệt đại hội vào ngày nào?").found
    answer = assistant.ask("Huyện Thanh Hà tổng duyệt đại hội vào ngày nào?")
    assert not answer.found and "9/7" not in answer.text


GUIDANCE_12 = """TỈNH ỦY HẢI DƯƠNG
BAN TUYÊN GIÁO
Số 12-HD/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Dương, ngày 09 tháng 9 năm 2024

HƯỚNG DẪN
xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện

Báo cáo chính trị có dung lượng không quá 30 trang khổ A4.
"""

DISPATCH_30 = """TỈNH ỦY HẢI DƯƠNG
BAN TUYÊN GIÁO
Số 30-CV/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Dương, ngày 20 tháng 11 năm 2024

CÔNG VĂN
về việc điều chỉnh dung lượng báo cáo chính trị

Ban Tuyên giáo Tỉnh ủy điều chỉnh một số nội dung tại Hướng dẫn số 12-HD/BTGTU: báo cáo chính trị có dung \
lượng không quá 25 trang khổ A4.
"""


def test_asked_which_document_changes_a_named_one_the_document_changing_it_answers(
    assistant: Assistant,
) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "huong-dan-12.txt").write_text(GUIDANCE_12, encoding="utf-8")
    (guidance / "cong-van-30.txt").write_text(DISPATCH_30, encoding="utf-8")
    # a later document that only cites it changes nothing
    (guidance / "thong-bao-45.txt").write_text(
        DISPATCH_30.replace("30-CV", "45-TB")
        .replace("20 tháng 11", "15 tháng 12")
        .replace("CÔNG VĂN\nvề việc điều chỉnh dung lượng", "THÔNG BÁO\nvề tiến độ")
        .replace("điều chỉnh một số nội dung tại", "đã triển khai")
        .replace(": báo cáo chính trị có dung lượng không quá 25 trang khổ A4.", " tới các huyện ủy."),
        encoding="utf-8",
    )
    assistant.build_index()
    changed = assistant.ask("Văn bản nào đã điều chỉnh quy định về số trang trong Hướng dẫn 12?")
    assert changed.found and "30-CV/BTGTU" in changed.text
    # the document named is the answer when nothing is asked of what changes it
    issued = assistant.ask("Hướng dẫn 12-HD/BTGTU do cơ quan nào ban hành?")
    assert issued.found and "12-HD/BTGTU" in issued.text and "30-CV" not in issued.text


def test_a_document_named_by_number_answers_with_the_later_document_changing_it(assistant: Assistant) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "huong-dan-12.txt").write_text(GUIDANCE_12, encoding="utf-8")
    (guidance / "cong-van-30.txt").write_text(DISPATCH_30, encoding="utf-8")
    assistant.build_index()
    question = "Theo Hướng dẫn 12-HD/BTGTU, báo cáo chính trị có dung lượng không quá bao nhiêu trang?"
    limit = assistant.ask(question)
    assert limit.found and "25 trang" in limit.text
    assert "guidance/cong-van-30.txt" in {c.source for c in limit.citations}
    # the limit it changed is no longer in force: not quoted beside it
    assert "30 trang" not in limit.text
    # a document citing it without changing it does not join
    (guidance / "cong-van-30.txt").write_text(
        DISPATCH_30.replace("điều chỉnh một số nội dung tại", "đã triển khai"), encoding="utf-8"
    )
    assistant.build_index()
    limit = assistant.ask(question)
    assert limit.found and "30 trang" in limit.text and "25 trang" not in limit.text


DISPATCH_30_BY_POINT = """TỈNH ỦY HẢI DƯƠNG
BAN TUYÊN GIÁO
Số 30-CV/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hải Dương, ngày 20 tháng 11 năm 2024

CÔNG VĂN
về việc điều chỉnh một số nội dung

Ban Tuyên giáo Tỉnh ủy điều chỉnh một số nội dung tại Hướng dẫn số 12-HD/BTGTU.

Thời hạn gửi dự thảo lần thứ nhất về Ban Thường vụ Tỉnh ủy được điều chỉnh đến trước ngày 20/12/2024.

Mục 2 của Hướng dẫn được điều chỉnh như sau: báo cáo chính trị có dung lượng không quá 25 trang khổ A4.
"""


def test_each_change_a_later_document_makes_speaks_for_the_document_it_named_once(
    assistant: Assistant,
) -> None:
    guidance = assistant.corpus_dir / "guidance"
    (guidance / "huong-dan-12.txt").write_text(GUIDANCE_12, encoding="utf-8")
    (guidance / "cong-van-30.txt").write_text(DISPATCH_30_BY_POINT, encoding="utf-8")
    assistant.build_index()
    limit = assistant.ask(
        "Theo Hướng dẫn 12-HD/BTGTU, báo cáo chính trị có dung lượng không quá bao nhiêu trang?"
    )
    assert limit.found and "25 trang" in limit.text and "30 trang" not in limit.text
    # a document that never says it changes the one named changes nothing of it
    (guidance / "cong-van-30.txt").write_text(
        DISPATCH_30_BY_POINT.replace("điều chỉnh một số nội dung tại", "đã triển khai"), encoding="utf-8"
    )
    assistant.build_index()
    limit = assistant.ask(
        "Theo Hướng dẫn 12-HD/BTGTU, báo cáo chính trị có dung lượng không quá bao nhiêu trang?"
    )
    assert limit.found and "30 trang" in limit.text and "25 trang" not in limit.text


MEETING_WITH_ITS_DEADLINE_LAST = """Thường trực Tỉnh ủy cho ý kiến vào dự thảo của Gia Lộc và Ninh Giang

Chiều 18/4, Thường trực Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị của các huyện Gia Lộc, Ninh
Giang. Đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.

Hội nghị chiều 18/4 cho ý kiến vào dự thảo của Gia Lộc, Ninh Giang.

Đối với huyện Gia Lộc, hội nghị đề nghị làm rõ định hướng phát triển vùng rau màu hàng hóa tập trung.

Đối với huyện Ninh Giang, hội nghị đề nghị bổ sung đánh giá về giải quyết việc làm cho lao động nông thôn.

Sau hội nghị, dự thảo sau khi chỉnh sửa gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 05/5/2025 để tổng hợp.
"""


def test_a_deadline_beyond_the_first_passages_answers_a_when_question(assistant: Assistant) -> None:
    (assistant.corpus_dir / "guidance" / "hop-18-4.txt").write_text(MEETING_WITH_ITS_DEADLINE_LAST, "utf-8")
    assistant.build_index()
    question = (
        "Sau hội nghị chiều 18/4 cho ý kiến vào dự thảo của Gia Lộc, Ninh Giang, dự thảo chỉnh sửa gửi về "
        "trước ngày nào?"
    )
    first = assistant.retriever.search(question, 1, ("Gia Lộc", "Ninh Giang"))
    assert "05/5/2025" not in first[0].chunk.text  # a sentence dating nothing is found first …
    answer = assistant.ask(question, k=1)
    # … the first passage stating one joins; the meeting "sau hội nghị" names is no event asked the date of,
    # and the closing paragraph to both districts is no "general paragraph" for them
    assert answer.found and "05/5/2025" in answer.text
    # a date of something else further down is no answer (the answerability rules refuse it here; that the
    # widening leaves it out, holding fewer of the question's words, is measured by bench_answers only)
    other = MEETING_WITH_ITS_DEADLINE_LAST.replace(
        "Sau hội nghị, dự thảo sau khi chỉnh sửa gửi về", "Báo cáo kết quả đại hội gửi về"
    )
    (assistant.corpus_dir / "guidance" / "hop-18-4.txt").write_text(other, "utf-8")
    assistant.build_index()
    assert not assistant.ask(question, k=1).found


GIA_LOC_REPORT = """HUYỆN ỦY GIA LỘC

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ huyện Gia Lộc trình Đại hội nhiệm kỳ 2025 - 2030

Huyện Gia Lộc phấn đấu tốc độ tăng trưởng kinh tế bình quân 9,5%/năm; hoàn thành tuyến đường nối quốc lộ 37
với các huyện lân cận Ninh Giang, Thanh Miện trước năm 2028.
"""


def test_a_district_named_only_as_a_neighbour_is_not_what_a_sentence_is_about(assistant: Assistant) -> None:
    (assistant.corpus_dir / "reports").mkdir(exist_ok=True)
    (assistant.corpus_dir / "reports" / "gia-loc.txt").write_text(GIA_LOC_REPORT, encoding="utf-8")
    assistant.build_index()
    own = assistant.ask("Tốc độ tăng trưởng kinh tế bình quân của huyện Gia Lộc là bao nhiêu?")
    assert own.found and "9,5%" in own.text
    neighbour = assistant.ask("Tốc độ tăng trưởng kinh tế bình quân của huyện Ninh Giang là bao nhiêu?")
    assert not neighbour.found  # Gia Lộc's report names it only among its neighbours
