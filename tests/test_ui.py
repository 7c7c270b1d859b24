"""The web app's callbacks as plain functions (a fake Assistant), escaping, uploads, and a smoke build."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import gradio as gr
import pytest

from app import ui, ui_actions, ui_html
from app.domain import (
    Answer,
    Chunk,
    Citation,
    DocumentInfo,
    IndexReport,
    Outline,
    OutlineSection,
    Passage,
    Requirement,
    RequirementChanges,
    Review,
    ReviewItem,
    Theme,
    Turn,
)
from app.errors import ConfigError, DocumentError
from app.service import Assistant, build_assistant
from app.settings import Settings
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT
from tests.fakes import HashEmbeddings

SEED_TITLE = "Dự thảo Báo cáo chính trị phải xác định các nhiệm vụ trọng tâm"
KIM_THANH_PARAGRAPH = (
    "Thường trực Tỉnh ủy lưu ý huyện Kim Thành cần nhận định chính xác thế mạnh riêng có của địa phương. "
    "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông do phụ thuộc vào tuyến đường sắt qua địa bàn."
)
KIM_THANH_QUOTE = "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông"
HOSTILE = "Xem <script>alert('x')</script> và [tài liệu](http://evil.example/) <img src=x onerror=alert(1)>"


def chunk(
    text: str, source: str = "guidance/seed.txt", paragraph: int = 14, title: str = SEED_TITLE
) -> Chunk:
    return Chunk(
        f"{source}#{paragraph}", "h", source, title, "2020-03-12", "guidance", paragraph, paragraph, text
    )


def kim_thanh_answer(language: str = "vi") -> Answer:
    passage = Passage(1, chunk(KIM_THANH_PARAGRAPH), 0.9)
    citation = Citation(
        1, "guidance/seed.txt", SEED_TITLE, "2020-03-12", 14, KIM_THANH_QUOTE, KIM_THANH_PARAGRAPH
    )
    return Answer(KIM_THANH_QUESTION, f"{KIM_THANH_QUOTE}. [1]", True, (citation,), (passage,), language)


def review_of(draft_quote: str | None = "Mở rộng kết nối giao thông với Hải Phòng.") -> Review:
    requirement = Requirement(
        "r1",
        "Phá bỏ thế độc đạo về giao thông",
        KIM_THANH_QUOTE,
        "guidance/seed.txt",
        SEED_TITLE,
        "2020-03-12",
        14,
        ("Kim Thành",),
        ("giao thông",),
    )
    general = Requirement(
        "r2",
        "Có tầm nhìn xa hơn",
        "cần thể hiện rõ khát vọng vươn lên, có tầm nhìn xa hơn",
        "guidance/seed.txt",
        SEED_TITLE,
        "2020-03-12",
        4,
    )
    return Review(
        "Kim Thành",
        "Dự thảo đã nói về giao thông nhưng chưa nêu tầm nhìn.",
        (
            ReviewItem(requirement, "addressed", 0.8, draft_quote),
            ReviewItem(general, "missing", 0.1, None, "Bổ sung mục tiêu đến năm 2030."),
        ),
    )


def outline_of(district: str = "Kim Thành", hostile: str = "") -> Outline:
    own, general = review_of().items[0].requirement, review_of().items[1].requirement
    from_pdf = replace(
        general,
        id="r3",
        text=f"Chỉ rõ hạn chế, yếu kém {hostile}".strip(),
        quote=f"Cần chỉ rõ những hạn chế, yếu kém {hostile}".strip(),
        section="II. NỘI DUNG › 2. Hạn chế",
        page=3,
    )
    return Outline(
        district,
        (
            OutlineSection(Theme.GENERAL, "Yêu cầu chung đối với báo cáo", (general,)),
            OutlineSection(Theme.SHORTCOMINGS, "Hạn chế, yếu kém và nguyên nhân", (from_pdf,)),
            OutlineSection(Theme.SECTORS, "Nhiệm vụ, giải pháp trên các lĩnh vực", (own,)),
        ),
    )


class FakeAssistant:
    """The Assistant's surface the UI uses, with canned results and a record of the calls."""

    def __init__(self, answer: Answer | None = None, pieces: Sequence[str] = ("Kim Thành ", "cần…")) -> None:
        self.answer = answer or kim_thanh_answer()
        self.pieces = pieces
        self.asked: list[tuple[str, tuple[Turn, ...], str | None]] = []
        self.reviewed: list[tuple[str, str | None]] = []
        self.review_result = review_of()
        self.docs = [DocumentInfo("guidance/seed.txt", SEED_TITLE, "2020-03-12", "guidance", 18, 16)]
        self.rejected: dict[str, str] = {}
        self.added: list[tuple[str, bytes, str]] = []
        self.removed: list[str] = []
        self.builds = 0

    def districts(self) -> tuple[str, ...]:
        return ("Kim Thành", "Tứ Kỳ")

    def ask_stream(
        self, question: str, history: Sequence[Turn] = (), k: int | None = None, district: str | None = None
    ) -> Iterator[str | Answer]:
        self.asked.append((question, tuple(history), district))
        yield from self.pieces
        yield self.answer

    def outline(self, district: str) -> Outline:
        if district not in self.districts():
            raise ConfigError(f"Không nhận ra đơn vị “{district}”.")
        return outline_of(district)

    def review(self, draft: str, district: str | None = None) -> Review:
        self.reviewed.append((draft, district))
        return self.review_result

    def documents(self) -> list[DocumentInfo]:
        return list(self.docs)

    def rejected_files(self) -> dict[str, str]:
        return dict(self.rejected)

    def read_text(self, filename: str, data: bytes) -> str:
        if not filename.endswith((".txt", ".docx")):
            raise DocumentError(filename, "định dạng không được hỗ trợ")
        return data.decode()

    def add_document(self, filename: str, data: bytes, doc_type: str = "guidance") -> str:
        self.added.append((filename, data, doc_type))
        return f"guidance/{filename}"

    def remove_document(self, source: str) -> None:
        self.removed.append(source)

    def build_index(self, progress: ui_actions.Progress | None = None) -> IndexReport:
        self.builds += 1
        if progress:
            progress(0, 2)
            progress(2, 2)
        return IndexReport(added=["guidance/new.txt"], chunks_total=18, chunks_embedded=2)


# ---- escaping -------------------------------------------------------------------------------------------


def test_esc_shows_markup_as_text() -> None:
    out = ui_html.esc(HOSTILE)
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "[tài liệu](http://evil.example/)" in out


def test_highlight_marks_the_quote_inside_its_paragraph() -> None:
    out = ui_html.highlight(KIM_THANH_PARAGRAPH, KIM_THANH_QUOTE)
    assert f"<mark>{KIM_THANH_QUOTE}</mark>" in out
    assert out.startswith("Thường trực Tỉnh ủy") and out.endswith("qua địa bàn.")


def test_highlight_tolerates_spacing_and_escapes_everything() -> None:
    paragraph = "Trước <b>đậm</b>  Kim Thành   cần nghiên cứu <script>x</script> sau."
    out = ui_html.highlight(paragraph, "Kim Thành cần nghiên cứu <script>x</script>")
    assert "<mark>Kim Thành   cần nghiên cứu &lt;script&gt;x&lt;/script&gt;</mark>" in out
    assert "&lt;b&gt;đậm&lt;/b&gt;" in out and "<script" not in out and "<b>" not in out


def test_highlight_of_a_quote_not_in_the_paragraph_shows_both() -> None:
    out = ui_html.highlight("Đoạn <i>khác</i>.", "câu <trích>")
    assert out.startswith("<mark>câu &lt;trích&gt;</mark>") and "Đoạn &lt;i&gt;khác&lt;/i&gt;." in out


def test_sources_panel_escapes_document_text() -> None:
    text = f"Đoạn có {HOSTILE} ở giữa."
    citation = Citation(1, "guidance/<x>.txt", "Tiêu đề <script>t()</script>", "2020-03-12", 3, HOSTILE, text)
    answer = Answer("hỏi", "trả lời [1]", True, (citation,), (Passage(1, chunk(text), 0.5),))
    out = ui_html.sources_html(answer)
    assert "<script" not in out and "<img" not in out and "<a " not in out and "href" not in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
    assert "[tài liệu](http://evil.example/)" in out
    assert "<mark>" in out and "guidance/&lt;x&gt;.txt" in out


def test_sources_panel_shows_title_date_paragraph_and_marked_quote() -> None:
    out = ui_html.sources_html(kim_thanh_answer())
    assert SEED_TITLE in out and "12/03/2020" in out and "đoạn 14" in out
    assert f"<mark>{KIM_THANH_QUOTE}</mark>" in out and "[1]" in out


def test_a_citation_shows_its_section_path_and_page_when_it_has_one() -> None:
    section = "II. NỘI DUNG › 2. <Hạn chế>"
    citation = Citation(
        1, "guidance/hd.pdf", "Hướng dẫn", "2020-03-12", 9, "câu", "câu", section=section, page=3
    )
    out = ui_html.sources_html(Answer("hỏi", "câu [1]", True, (citation,)))
    assert "trang 3" in out and "đoạn 9" not in out
    assert "II. NỘI DUNG › 2. &lt;Hạn chế&gt;" in out and "<Hạn chế>" not in out
    plain = replace(citation, section="", page=None)
    out = ui_html.sources_html(Answer("hỏi", "câu [1]", True, (plain,)))
    assert "đoạn 9" in out and "trang" not in out and "cite-section" not in out


def test_sources_panel_for_not_found_lists_related_passages() -> None:
    passage = Passage(1, chunk("Nam Sách cần ưu tiên phát triển nhanh về giao thông."), 0.2)
    answer = Answer("Ninh Giang thì sao?", "Không tìm thấy thông tin này.", False, (), (passage,))
    out = ui_html.sources_html(answer)
    assert "Không tìm thấy" in out and "Các đoạn có thể liên quan" in out and "Nam Sách cần ưu tiên" in out
    assert "Xem các đoạn có thể liên quan" in ui_html.answer_message(answer)


def test_sources_panel_follows_the_answer_language_and_flags_unverified_quotes() -> None:
    answer = kim_thanh_answer("en")
    answer = Answer(
        answer.question,
        answer.text,
        True,
        (Citation(1, "g.txt", "T", None, 2, "q", "q", supported=False),),
        (),
        "en",
        unsupported=("An unsupported <b>claim</b>.",),
    )
    out = ui_html.sources_html(answer)
    assert "Sources" in out and "paragraph 2" in out and "could not be verified" in out
    assert "&lt;b&gt;claim&lt;/b&gt;" in out


def test_chat_messages_are_escaped_plain_text() -> None:
    answer = Answer("q", f"{HOSTILE} [1]", True, notice="LLM <lỗi>")
    message = ui_html.answer_message(answer)
    assert "<script" not in message and "<img" not in message and "&lt;script&gt;" in message
    assert message.startswith("(LLM &lt;lỗi&gt;)") and message.endswith("[1]")


def test_header_escapes_the_notice_and_shows_commands_as_code() -> None:
    out = ui_html.header_html("Chạy `duthao user add <tên>` trước", with_logout=True)
    assert "<code>duthao user add &lt;tên&gt;</code>" in out and "/logout" in out
    assert "/logout" not in ui_html.header_html(None, with_logout=False)


# ---- Hỏi đáp -----------------------------------------------------------------------------------------


def test_ask_streams_pieces_then_renders_the_final_answer() -> None:
    assistant = FakeAssistant()
    events = list(ui_actions.ask_events(assistant, f"  {KIM_THANH_QUESTION} ", [], [], ""))
    chats = [chat for chat, _, _ in events]
    assert chats[0][-1]["content"] == "Đang tìm trong tài liệu…"
    assert chats[1][-1]["content"] == "Kim Thành ▌" and chats[2][-1]["content"] == "Kim Thành cần… ▌"
    chat, answers, panel = events[-1]
    assert chat[0] == {"role": "user", "content": KIM_THANH_QUESTION}
    assert chat[-1] == {"role": "assistant", "content": f"{KIM_THANH_QUOTE}. [1]"}  # final text, not streamed
    assert answers == [kim_thanh_answer()]
    assert KIM_THANH_TRANSPORT in panel and "<mark>" in panel
    assert assistant.asked == [(KIM_THANH_QUESTION, (), None)]


def test_follow_up_questions_carry_the_conversation_and_district() -> None:
    assistant = FakeAssistant(pieces=())
    *_, (chat, answers, _) = ui_actions.ask_events(assistant, KIM_THANH_QUESTION, [], [], "Kim Thành")
    *_, (chat, answers, _) = ui_actions.ask_events(
        assistant, "Còn công nghiệp thì sao?", chat, answers, "Kim Thành"
    )
    assert len(chat) == 4 and len(answers) == 2
    question, history, district = assistant.asked[-1]
    assert question == "Còn công nghiệp thì sao?" and district == "Kim Thành"
    assert history == (Turn(KIM_THANH_QUESTION, f"{KIM_THANH_QUOTE}. [1]"),)
    # each answer keeps the words the user typed: they head its part of the downloaded conversation
    assert [a.question for a in answers] == [KIM_THANH_QUESTION, "Còn công nghiệp thì sao?"]


def test_the_conversation_downloads_as_markdown_and_word(tmp_path: Path) -> None:
    import docx

    assistant = FakeAssistant(pieces=())
    *_, (_, answers, _) = ui_actions.ask_events(assistant, KIM_THANH_QUESTION, [], [], "")
    md, word = ui_actions.export_conversation(answers, tmp_path) or (None, None)
    assert md is not None and word is not None and md.is_file() and word.is_file()
    text = md.read_text(encoding="utf-8")
    assert KIM_THANH_QUESTION in text and KIM_THANH_QUOTE in text and "[^1]" in text
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert KIM_THANH_QUESTION in body and KIM_THANH_QUOTE in body
    assert ui_actions.export_conversation([], tmp_path) is None


def test_an_empty_question_is_refused_with_a_message() -> None:
    with pytest.raises(gr.Error, match="nhập câu hỏi"):
        list(ui_actions.ask_events(FakeAssistant(), "   ", [], [], ""))


def test_domain_errors_become_gradio_errors() -> None:
    with pytest.raises(gr.Error, match="hãy chạy"), ui_actions.errors_shown():
        raise DocumentError("x.txt", "hãy chạy lại")


# ---- Góp ý dự thảo -----------------------------------------------------------------------------------


def test_review_shows_the_checklist_and_summary() -> None:
    assistant = FakeAssistant()
    summary, table, review = ui_actions.run_review(assistant, "Dự thảo của huyện Kim Thành…", "")
    assert assistant.reviewed == [("Dự thảo của huyện Kim Thành…", None)]
    assert "Kim Thành" in summary and "1 đã có" in summary and "1 còn thiếu" in summary
    assert table.count("<tr class='status-") == 2
    # the province's remarks for this district come first, under their own heading
    assert table.index("Yêu cầu riêng cho huyện Kim Thành") < table.index("Phá bỏ thế độc đạo")
    assert (
        table.index("Phá bỏ thế độc đạo")
        < table.index("Yêu cầu chung cho các huyện")
        < table.index("tầm nhìn")
    )
    assert "Đã có" in table and "Còn thiếu" in table and "Chưa thấy trong dự thảo" in table
    assert f"“{KIM_THANH_QUOTE}”" in table and "12/03/2020" in table and "đoạn 14" in table
    assert "Gợi ý: Bổ sung mục tiêu đến năm 2030." in table
    assert review is assistant.review_result


def test_the_districts_own_requirements_come_first_under_their_heading(tmp_path: Path) -> None:
    review = review_of()
    review = replace(review, items=review.items[::-1])  # the general one first
    table = ui_html.checklist_html(review)
    assert table.index("Yêu cầu riêng cho huyện Kim Thành") < table.index("Phá bỏ thế độc đạo")
    assert (
        table.index("Phá bỏ thế độc đạo")
        < table.index("Yêu cầu chung cho các huyện")
        < table.index("tầm nhìn")
    )
    assert "Yêu cầu riêng" not in ui_html.checklist_html(replace(review, items=review.items[:1]))
    md, word = ui_actions.export_review(review, tmp_path)
    assert md.read_text(encoding="utf-8").index("## 1. Đã có: Phá bỏ") > 0


def test_review_escapes_draft_and_guidance_text() -> None:
    table = ui_html.checklist_html(review_of(draft_quote=HOSTILE))
    assert "<script" not in table and "<img" not in table and "&lt;script&gt;" in table


def test_a_missing_requirement_shows_the_closest_passage_muted_and_short() -> None:
    review = review_of()
    closest = "Huyện tập trung phát triển công nghiệp " * 20
    missing = ReviewItem(review.items[1].requirement, "missing", 0.2, closest)
    row = ui_html.checklist_html(Review("Kim Thành", "", (missing,)))
    assert "Chưa thấy; đoạn gần nhất:" in row and "…”" in row and closest not in row
    assert (
        ui_html.shorten("một hai ba", 50) == "một hai ba"
        and ui_html.shorten("một hai, ba bốn", 9) == "một hai…"
    )


def test_review_asks_for_the_district_when_it_cannot_tell() -> None:
    summary = ui_html.review_summary_html(Review(None, "Các yêu cầu chung.", (), needs_district=True))
    assert "hãy chọn huyện" in summary and "Các yêu cầu chung" in summary
    assert "Không có yêu cầu" in ui_html.checklist_html(Review(None, ""))


def test_review_of_an_empty_draft_is_refused() -> None:
    with pytest.raises(gr.Error, match="dự thảo"):
        ui_actions.run_review(FakeAssistant(), "  ", "Kim Thành")


def test_review_exports_markdown_and_docx(tmp_path: Path) -> None:
    import docx

    md, word = ui_actions.export_review(replace(review_of(), notice="Không gọi được mô hình."), tmp_path)
    assert md.name == "gop-y-du-thao-kim-thành.md" and word.suffix == ".docx"
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Góp ý dự thảo Báo cáo chính trị — huyện Kim Thành")
    assert "## 1. Đã có: Phá bỏ thế độc đạo về giao thông" in text
    assert f"“{KIM_THANH_QUOTE}” ({SEED_TITLE}, 12/03/2020, đoạn 14)" in text
    table = docx.Document(str(word)).tables[0]
    assert len(table.rows) == 3
    assert table.rows[2].cells[0].text == "Còn thiếu" and "Gợi ý" in table.rows[2].cells[1].text
    assert "> Không gọi được mô hình." in text


def test_a_draft_file_is_read_through_the_assistant() -> None:
    assert ui_actions.load_draft(FakeAssistant(), "du-thao.txt", "Dự thảo".encode()) == "Dự thảo"


# ---- Dàn ý báo cáo -----------------------------------------------------------------------------------


def test_outline_shows_sections_in_order_with_quotes_and_sources() -> None:
    out, outline = ui_actions.make_outline(FakeAssistant(), "Kim Thành")
    assert outline == outline_of("Kim Thành")
    titles = [s.title for s in outline.sections]
    assert [out.index(t) for t in titles] == sorted(out.index(t) for t in titles)
    assert "Huyện Kim Thành" in out and "3 yêu cầu" in out
    assert f"“{KIM_THANH_QUOTE}”" in out and "“cần thể hiện rõ khát vọng vươn lên, có tầm nhìn xa hơn”" in out
    assert SEED_TITLE in out and "12/03/2020" in out and "đoạn 14" in out and "đoạn 4" in out
    assert "II. NỘI DUNG › 2. Hạn chế" in out and "trang 3" in out
    # only the district's own requirement is marked as such
    assert out.count("riêng Kim Thành") == 1
    assert out.index("riêng Kim Thành") > out.index("Phá bỏ thế độc đạo")


def test_outline_escapes_document_text() -> None:
    out = ui_html.outline_html(outline_of(hostile=HOSTILE))
    assert "<script" not in out and "<img" not in out and "<a " not in out
    assert (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
        and "[tài liệu](http://evil.example/)" in out
    )


def test_an_outline_needs_a_known_district() -> None:
    with pytest.raises(gr.Error, match="chọn huyện"):
        ui_actions.make_outline(FakeAssistant(), "")
    with pytest.raises(gr.Error, match="Không nhận ra"):
        ui_actions.make_outline(FakeAssistant(), "Hà Nội")
    empty = ui_html.outline_html(Outline("Tứ Kỳ"))
    assert "không có yêu cầu nào cho Huyện Tứ Kỳ" in empty


def test_outline_downloads_as_markdown_and_word(tmp_path: Path) -> None:
    import docx

    md, word = ui_actions.export_outline(outline_of(), tmp_path)
    assert md.name == "dan-y-bao-cao-kim-thành.md" and md.is_file() and word.is_file()
    text = md.read_text(encoding="utf-8")
    assert "Hạn chế, yếu kém và nguyên nhân" in text and KIM_THANH_QUOTE in text
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Nhiệm vụ, giải pháp trên các lĩnh vực" in body and KIM_THANH_QUOTE in body


# ---- Tài liệu ----------------------------------------------------------------------------------------


def test_documents_table_escapes_titles_and_lists_unreadable_files() -> None:
    assistant = FakeAssistant()
    assistant.docs.append(DocumentInfo("reports/x.md", "<script>t()</script>", None, "report", 2, 1))
    assistant.rejected = {"guidance/cu.txt": "văn bản gõ bằng bảng mã cũ TCVN3"}
    out = ui_actions.documents_html(assistant)
    assert "2 tài liệu" in out and "Hướng dẫn" in out and "Báo cáo" in out and "12/03/2020" in out
    assert "<script" not in out and "&lt;script&gt;" in out
    assert "guidance/cu.txt" in out and "TCVN3" in out
    assert ui_actions.document_choices(assistant)[0][1] == "guidance/seed.txt"


def test_upload_saves_good_files_reports_bad_ones_and_rebuilds() -> None:
    assistant = FakeAssistant()
    steps: list[tuple[int, int]] = []
    status = ui_actions.upload_documents(
        assistant,
        [("moi.txt", b"Noi dung"), ("virus.exe", b"MZ")],
        "report",
        lambda d, t: steps.append((d, t)),
    )
    assert assistant.added == [("moi.txt", b"Noi dung", "report")] and assistant.builds == 1
    assert steps == [(0, 2), (2, 2)]
    assert "Đã thêm vào kho" in status and "guidance/moi.txt" in status
    assert "Không thêm được" in status and "virus.exe" in status


def test_upload_with_only_bad_files_is_refused_without_rebuilding() -> None:
    assistant = FakeAssistant()
    with pytest.raises(gr.Error, match="virus.exe"):
        ui_actions.upload_documents(assistant, [("virus.exe", b"MZ")], "guidance")
    with pytest.raises(gr.Error, match="chọn ít nhất một tệp"):
        ui_actions.upload_documents(assistant, [], "guidance")
    assert assistant.builds == 0


def test_remove_deletes_then_rebuilds() -> None:
    assistant = FakeAssistant()
    status = ui_actions.remove_document(assistant, "guidance/seed.txt")
    assert assistant.removed == ["guidance/seed.txt"] and assistant.builds == 1 and "Đã xóa" in status
    assert (
        "Không có tài liệu nào bị xóa" in ui_actions.remove_document(assistant, None)
        and assistant.builds == 1
    )


def test_rebuild_reports_what_changed_and_what_was_refused() -> None:
    report = IndexReport(
        added=["a.txt"], rejected=[("b.txt", "tệp <rỗng>")], chunks_total=3, chunks_embedded=1
    )
    out = ui_html.index_report_html(report)
    assert "thêm 1" in out and "3 khối" in out and "b.txt" in out and "tệp &lt;rỗng&gt;" in out


def test_the_rebuild_lists_requirement_changes_per_district() -> None:
    own, general = review_of().items[0].requirement, review_of().items[1].requirement
    edited = replace(own, text="Phá bỏ thế độc đạo về giao thông, đường sắt <b>")
    report = IndexReport(
        requirements_total=29,
        requirement_changes=[
            RequirementChanges("", removed=(general,)),
            RequirementChanges(
                "Kim Thành", added=(replace(own, id="r9", text=HOSTILE),), changed=((own, edited),)
            ),
        ],
    )
    out = ui_html.index_report_html(report)
    assert "Yêu cầu thay đổi sau lần cập nhật" in out and "29 yêu cầu" in out
    assert out.index("Tất cả các đơn vị") < out.index("Huyện Kim Thành")
    assert "bỏ 1" in out and "thêm 1, sửa 1" in out
    assert "<span class='sign'>−</span> Có tầm nhìn xa hơn" in out
    assert "Phá bỏ thế độc đạo về giao thông</span> → <span class='after'>" in out
    assert "đường sắt &lt;b&gt;" in out
    assert "<span class='sign'>+</span> Xem &lt;script&gt;" in out and "<script" not in out
    quiet = ui_html.requirement_changes_html(IndexReport(requirements_total=28))
    assert "Không có yêu cầu nào thay đổi." in quiet and "28 yêu cầu" in quiet


# ---- smoke -------------------------------------------------------------------------------------------


def test_build_ui_returns_blocks(tmp_path: Path) -> None:
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", users=tmp_path / "users")
    demo = ui.build_ui(FakeAssistant(), settings, "Cần đăng nhập.")
    assert isinstance(demo, gr.Blocks)
    config = demo.get_config_file()
    ids = {c["props"].get("elem_id") for c in config["components"]}
    assert {"chat", "question", "ask-btn", "sources", "draft", "review-btn", "checklist", "documents"} <= ids
    assert {"conversation-md", "conversation-docx", "outline-district", "outline-btn", "outline"} <= ids
    assert {"outline-md", "outline-docx"} <= ids
    tabs = {c["props"].get("label") for c in config["components"] if c["type"] == "tabitem"}
    assert tabs == {"Hỏi đáp", "Góp ý dự thảo", "Dàn ý báo cáo", "Tài liệu"}
    assert ".requirement-changes" in ui.CSS_FILE.read_text(encoding="utf-8")


# ---- with the real Assistant (Chroma in tmp_path, hashing embeddings) ---------------------------------


@pytest.fixture
def real_assistant(settings: Settings, hash_embeddings: HashEmbeddings) -> Assistant:
    assistant = build_assistant(settings, embeddings=hash_embeddings)
    assistant.build_index()
    return assistant


NEW_GUIDANCE = (
    "Ý kiến của Thường trực Tỉnh ủy về dự thảo Báo cáo chính trị huyện Gia Lộc\n\n"
    "Ngày 20.3.2020, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Gia Lộc.\n\n"
    "Huyện Gia Lộc cần ưu tiên hoàn thành cụm công nghiệp Gia Lộc và nâng cấp đường tỉnh 395.\n"
).encode()


@pytest.mark.integration
@pytest.mark.parametrize(
    "name",
    ["../../evil.txt", "..\\..\\evil.txt", "/tmp/evil.txt", "guidance/../../evil.txt", "....//evil.txt"],
)
def test_upload_names_cannot_escape_the_corpus_folder(
    real_assistant: Assistant, settings: Settings, name: str
) -> None:
    status = ui_actions.upload_documents(real_assistant, [(name, NEW_GUIDANCE)], "guidance")
    corpus = Path(settings.corpus_dir).resolve()
    assert (corpus / "guidance" / "evil.txt").is_file() and "guidance/evil.txt" in status
    assert not (corpus.parent / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


@pytest.mark.integration
def test_bad_uploads_get_a_clear_message(real_assistant: Assistant, settings: Settings) -> None:
    settings.max_upload_mb = 1
    cases = {
        "chuong-trinh.exe": "chỉ nhận",
        "rong.txt": "rỗng",
        "lon.txt": "quá lớn",
        "..": "tên tệp không hợp lệ",
    }
    data = {"lon.txt": b"a" * (1024 * 1024 + 1), "rong.txt": b"  \n"}
    for name, reason in cases.items():
        with pytest.raises(gr.Error, match=reason):
            ui_actions.upload_documents(real_assistant, [(name, data.get(name, b"noi dung"))], "guidance")
    with pytest.raises(gr.Error, match="loại tài liệu"):
        ui_actions.upload_documents(real_assistant, [("a.txt", b"noi dung")], "secret")
    files = sorted(p.name for p in Path(settings.corpus_dir).rglob("*") if p.is_file())
    assert len(files) == 1  # only the seed


@pytest.mark.integration
def test_an_uploaded_document_is_indexed_answered_and_removable(real_assistant: Assistant) -> None:
    status = ui_actions.upload_documents(real_assistant, [("gia-loc.txt", NEW_GUIDANCE)], "guidance")
    assert "guidance/gia-loc.txt" in status and "thêm 1" in status
    assert "gia-loc.txt" in ui_actions.documents_html(real_assistant)
    *_, (_, _, panel) = ui_actions.ask_events(
        real_assistant, "Gia Lộc cần ưu tiên hoàn thành công trình gì?", [], [], ""
    )
    assert "cụm công nghiệp Gia Lộc" in panel
    status = ui_actions.remove_document(real_assistant, "guidance/gia-loc.txt")
    assert "xóa 1" in status and "gia-loc.txt" not in ui_actions.documents_html(real_assistant)


@pytest.mark.integration
def test_questions_are_answered_during_a_rebuild(real_assistant: Assistant) -> None:
    real_assistant.add_document("gia-loc.txt", NEW_GUIDANCE, "guidance")
    paused, resume = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> None:
        if total and not paused.is_set():
            paused.set()
            resume.wait(60)  # the rebuild holds here, mid-way, until the question is answered

    builder = threading.Thread(target=real_assistant.build_index, args=(progress,))
    builder.start()
    try:
        assert paused.wait(60)
        panels: list[str] = []
        asker = threading.Thread(
            target=lambda: panels.append(
                list(ui_actions.ask_events(real_assistant, KIM_THANH_QUESTION, [], [], ""))[-1][2]
            )
        )
        asker.start()
        asker.join(60)
        assert panels and KIM_THANH_TRANSPORT in panels[0]
    finally:
        resume.set()
        builder.join(120)
    assert "gia-loc.txt" in ui_actions.documents_html(real_assistant)


@pytest.mark.integration
def test_a_docx_draft_is_read_into_the_draft_box(real_assistant: Assistant, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Dự thảo Báo cáo chính trị huyện Kim Thành")
    document.add_paragraph("Huyện mở rộng kết nối giao thông với Hải Phòng.")
    document.save(str(tmp_path / "du-thao.docx"))
    text = ui_actions.load_draft(real_assistant, "du-thao.docx", (tmp_path / "du-thao.docx").read_bytes())
    assert (
        text == "Dự thảo Báo cáo chính trị huyện Kim Thành\n\nHuyện mở rộng kết nối giao thông với Hải Phòng."
    )
    with pytest.raises(DocumentError, match="không được hỗ trợ"):
        ui_actions.load_draft(real_assistant, "du-thao.xlsx", b"PK")


GIA_LOC_REQUIREMENT = "1. Huyện Gia Lộc: đánh giá kết quả xây dựng nông thôn mới kiểu mẫu."


@pytest.mark.integration
def test_a_new_guidance_file_shows_its_requirement_as_added(
    real_assistant: Assistant, settings: Settings
) -> None:
    status = ui_actions.rebuild_index(real_assistant)
    assert "Không có yêu cầu nào thay đổi." in status
    guidance = Path(settings.corpus_dir) / "guidance" / "gia-loc.txt"
    guidance.write_text(f"I. YÊU CẦU\n\n{GIA_LOC_REQUIREMENT}\n", encoding="utf-8")
    status = ui_actions.rebuild_index(real_assistant)
    panel = status[status.index("Yêu cầu thay đổi sau lần cập nhật") :]
    assert "<b>Huyện Gia Lộc</b>: thêm 1" in panel
    assert "<span class='sign'>+</span> Đánh giá kết quả xây dựng nông thôn mới kiểu mẫu" in panel
    assert "guidance/gia-loc.txt" in panel  # where it was added
    total = len(real_assistant.index.snapshot().requirements)
    assert f"Danh mục có {total} yêu cầu" in panel


@pytest.mark.integration
def test_a_districts_outline_from_the_seed(real_assistant: Assistant, tmp_path: Path) -> None:
    import docx

    out, outline = ui_actions.make_outline(real_assistant, "Kim Thành")
    assert outline.sections and all(s.title in out for s in outline.sections)
    assert "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông" in out and "riêng Kim Thành" in out
    md, word = ui_actions.export_outline(outline, tmp_path)
    assert md.is_file() and docx.Document(str(word)).paragraphs
