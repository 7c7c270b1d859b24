"""The web app's callbacks as plain functions (a fake Assistant), escaping, uploads, and a smoke build."""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import gradio as gr
import httpx
import pytest

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
from app.errors import ConfigError, DocumentError, IndexBusyError
from app.review.checklist import NEEDS_DISTRICT
from app.service import Assistant, build_assistant
from app.settings import Settings
from app.web import actions as ui_actions
from app.web import page as ui
from app.web import render as ui_html
from app.web import review_html as ui_review
from app.web import serve as ui_serve
from app.web import texts as ui_text
from app.web.downloads import KEEP
from tests.browser import free_port
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT, NOT_UTF8_SHOWN, write_not_utf8
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


def cite_link(turn: int, n: int) -> str:
    """A chat message's marker [n] of the conversation's turn-th answer, as a link to its source."""
    title = ui_text.LABELS["vi"]["go_to_source"]
    return f"<a class='cite-ref' href='#nguon-{turn}-{n}' title='{title}'>[{n}]</a>"


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
        self.busy = False  # another process is building the index

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
        if self.busy:
            raise IndexBusyError("/srv/duthao/index")
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


def test_chat_messages_are_escaped_text_whose_markers_link_to_their_sources() -> None:
    citation = Citation(1, "g.txt", "T", None, 2, "q", "q")
    answer = Answer("q", f"{HOSTILE} [1] và ［7］", True, (citation,), notice="LLM <lỗi>")
    message = ui_html.answer_message(answer, turn=3)
    assert "<script" not in message and "<img" not in message and "&lt;script&gt;" in message
    assert "evil.example/)" in message and "href='http" not in message  # a document's link stays text
    assert message.startswith("(LLM &lt;lỗi&gt;)")
    assert message.count("<a ") == 1 and cite_link(3, 1) in message
    assert message.endswith(" và ［7］")  # a document's own bracketed number is no marker: no link
    assert "id='nguon-3-1'" in ui_html.sources_html(answer, turn=3)


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
    final = f"{KIM_THANH_QUOTE}. {cite_link(1, 1)}"  # the final text, not the streamed one
    assert chat[-1] == {"role": "assistant", "content": final}
    assert "id='nguon-1-1'" in panel  # where the marker leads
    assert answers == [kim_thanh_answer()]
    assert KIM_THANH_TRANSPORT in panel and "<mark>" in panel
    assert assistant.asked == [(KIM_THANH_QUESTION, (), None)]


def test_follow_up_questions_carry_the_conversation_and_district() -> None:
    assistant = FakeAssistant(pieces=())
    *_, (chat, answers, _) = ui_actions.ask_events(assistant, KIM_THANH_QUESTION, [], [], "Kim Thành")
    *_, (chat, answers, panel) = ui_actions.ask_events(
        assistant, "Còn công nghiệp thì sao?", chat, answers, "Kim Thành"
    )
    assert len(chat) == 4 and len(answers) == 2
    # the second answer's [1] leads to its own source, not to the first answer's
    assert cite_link(1, 1) in chat[1]["content"] and cite_link(2, 1) in chat[3]["content"]
    assert "id='nguon-2-1'" in panel and "nguon-1-" not in panel
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


def test_an_empty_question_is_a_vietnamese_notice_not_a_gradio_error() -> None:
    assistant = FakeAssistant()
    with pytest.raises(ui_actions.Mistake) as caught:
        list(ui_actions.ask_events(assistant, "   ", [], [], ""))
    assert not isinstance(caught.value, gr.Error)
    assert "nhập câu hỏi" in caught.value.message and caught.value.title == "Chưa hỏi được"
    assert assistant.asked == []


def test_a_question_over_the_limit_is_a_vietnamese_notice_before_it_is_asked() -> None:
    assistant = FakeAssistant()
    with pytest.raises(ui_actions.Mistake) as caught:
        list(ui_actions.ask_events(assistant, "Kim Thành? " * 300, [], [], "", max_chars=2_000))
    assert "2.000 ký tự" in caught.value.message and caught.value.title == "Chưa hỏi được"
    assert assistant.asked == []


def test_the_question_box_cuts_nothing_a_long_question_is_refused_with_the_limit(tmp_path: Path) -> None:
    # a box with a maximum length cut a pasted question mid-word, silently: the limit is said instead
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", max_question_chars=1_500)
    config = ui.build_ui(FakeAssistant(), settings, None).get_config_file()
    box = next(c for c in config["components"] if c["props"].get("elem_id") == "question")
    assert box["props"].get("max_length") is None
    with pytest.raises(ui_actions.Mistake) as caught:
        list(ui_actions.ask_events(FakeAssistant(), "Nam Sách cần làm gì? " * 80, [], [], "", 1_500))
    assert "dài 1.679 ký tự, vượt giới hạn 1.500 ký tự: hãy rút gọn câu hỏi" in caught.value.message


def test_domain_errors_become_mistakes_naming_the_file() -> None:
    with pytest.raises(ui_actions.Mistake, match="x.txt: hãy chạy") as caught, ui_actions.mistakes("Tiêu đề"):
        raise DocumentError("x.txt", "hãy chạy lại")
    assert caught.value.title == "Tiêu đề"


def test_a_mistake_is_one_info_line_in_the_log_and_a_vietnamese_popup(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(gr, "Warning", lambda message, title, duration=None: shown.append((title, message)))
    monkeypatch.setattr(gr, "Error", None)  # would fail if anything raised or built one
    with caplog.at_level("INFO"):
        result = ui.shown(lambda: list(ui_actions.ask_events(FakeAssistant(), "", [], [], "")), 4, "ask")
    assert shown == [
        ("Chưa hỏi được", f"<b class='notice-title'>Chưa hỏi được</b><br>{ui_text.EMPTY_QUESTION}")
    ]
    assert len(result) == 4 and all(r == gr.skip() for r in result)  # every output left as it was
    # the user was told: the log has it at INFO, no WARNING in the operator's terminal
    assert [r.levelname for r in caplog.records] == ["INFO"] and not caplog.records[0].exc_info
    assert "nhập câu hỏi" in caplog.records[0].getMessage()


def test_a_real_fault_logs_its_traceback_and_still_speaks_vietnamese(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(gr, "Warning", lambda message, title, duration=None: shown.append(title))

    def broken() -> None:
        raise ZeroDivisionError("bug")

    result = ui.shown(broken, 2, "review")
    assert shown == [ui_text.TITLE_FAULT] and len(result) == 2
    assert caplog.records[-1].exc_info is not None  # the traceback, for the developer


def test_a_notice_quoting_a_file_name_escapes_it() -> None:
    text = ui_actions.popup_text("Chưa thêm được tài liệu", "<img src=x>.pdf: tệp hỏng")
    assert "<img" not in text and "&lt;img src=x&gt;.pdf" in text


def test_gradios_english_popup_titles_are_replaced_by_vietnamese_ones() -> None:
    css = ui_serve.popup_css()
    assert ".toast-title {display: none;}" in css
    assert '.toast-body.warning .toast-title-row::before {content: "Lưu ý"' in css
    assert '.toast-body.error .toast-title-row::before {content: "Lỗi"' in css


def test_every_notice_and_title_is_vietnamese() -> None:
    texts = [v for k, v in vars(ui_text).items() if k.isupper() and isinstance(v, str)]
    assert len(texts) > 60
    for text in texts:
        assert not re.search(r"\b(Error|error|Warning|Exception|Traceback)\b", text), text
    titles = [v for k, v in vars(ui_text).items() if k.startswith("TITLE_")]
    assert titles and all(re.search("[ơưđăâêôạảãàáẹẻẽèéịỉĩìíọỏõòóụủũùúỵỷỹỳý]", t.lower()) for t in titles)


# ---- Góp ý dự thảo -----------------------------------------------------------------------------------


def test_review_shows_the_checklist_and_summary() -> None:
    assistant = FakeAssistant()
    summary, table, review = ui_actions.run_review(assistant, "Dự thảo của huyện Kim Thành…", "")
    assert assistant.reviewed == [("Dự thảo của huyện Kim Thành…", None)]
    assert "Kim Thành" in summary
    assert "Đã có: 1/2 yêu cầu" in summary and "Còn thiếu: 1/2 yêu cầu" in summary
    # the missing requirement in full, as an item of a list
    assert "<ul class='missing-list'><li>Có tầm nhìn xa hơn</li></ul>" in summary
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
    table = ui_review.checklist_html(review)
    assert table.index("Yêu cầu riêng cho huyện Kim Thành") < table.index("Phá bỏ thế độc đạo")
    assert (
        table.index("Phá bỏ thế độc đạo")
        < table.index("Yêu cầu chung cho các huyện")
        < table.index("tầm nhìn")
    )
    assert "Yêu cầu riêng" not in ui_review.checklist_html(replace(review, items=review.items[:1]))
    md, word = ui_actions.export_review(review, tmp_path)
    assert md.read_text(encoding="utf-8").index("## 1. Đã có: Phá bỏ") > 0


def test_review_escapes_draft_and_guidance_text() -> None:
    table = ui_review.checklist_html(review_of(draft_quote=HOSTILE))
    assert "<script" not in table and "<img" not in table and "&lt;script&gt;" in table


def test_a_missing_requirement_shows_the_closest_passage_muted_and_short() -> None:
    review = review_of()
    closest = "Huyện tập trung phát triển công nghiệp " * 20
    missing = ReviewItem(review.items[1].requirement, "missing", 0.2, closest)
    row = ui_review.checklist_html(Review("Kim Thành", "", (missing,)))
    assert "Chưa thấy; đoạn gần nhất:" in row and "…”" in row and closest not in row
    assert (
        ui_html.shorten("một hai ba", 50) == "một hai ba"
        and ui_html.shorten("một hai, ba bốn", 9) == "một hai…"
    )


def general_review() -> Review:
    """What the reviewer returns when it cannot tell the district: the general requirements, and its ask."""
    general = review_of().items[1]
    asked = NEEDS_DISTRICT.format(names="Kim Thành, Tứ Kỳ")
    return Review(None, "…", (general,), needs_district=True, notice=asked)


def test_with_no_district_the_general_requirements_show_and_the_district_is_asked_for_once() -> None:
    assistant = FakeAssistant()
    assistant.review_result = general_review()
    summary, table, _ = ui_actions.run_review(assistant, "Phát triển kinh tế nhanh và bền vững.", "")
    assert "Có tầm nhìn xa hơn" in table and "Còn thiếu" in table
    assert "Các yêu cầu chung cho mọi huyện" in summary
    assert summary.count("Chưa nhận ra") == 1 and "ô <b>Huyện</b>" in summary
    assert "--district" not in summary + table and "dòng lệnh" not in summary
    assert "Không có yêu cầu" in ui_review.checklist_html(Review(None, ""))


def test_an_empty_draft_is_a_notice_and_not_reviewed() -> None:
    assistant = FakeAssistant()
    with pytest.raises(ui_actions.Mistake, match="dán đoạn dự thảo") as caught:
        ui_actions.run_review(assistant, "  ", "Kim Thành")
    assert caught.value.title == "Chưa góp ý được" and assistant.reviewed == []


def test_the_summary_is_a_list_with_the_missing_requirements_in_full(tmp_path: Path) -> None:
    import docx

    long_text = "Chỉ rõ những hạn chế, yếu kém và nguyên nhân, nhất là nguyên nhân chủ quan, " * 2
    review = review_of()
    missing = replace(
        review.items[1], requirement=replace(review.items[1].requirement, text=long_text.strip())
    )
    review = replace(review, items=(review.items[0], missing))
    text = ui_review.review_summary_text(review)
    assert text.splitlines() == [
        "Đã có: 1/2 yêu cầu",
        "Một phần: 0/2 yêu cầu",
        "Còn thiếu: 1/2 yêu cầu",
        "Các yêu cầu còn thiếu:",
        f"- {long_text.strip()}",
    ]
    md, word = ui_actions.export_review(review, tmp_path) or (tmp_path, tmp_path)
    assert text in md.read_text(encoding="utf-8")
    body = [p.text for p in docx.Document(str(word)).paragraphs]
    assert body[1:6] == text.replace("- ", "").splitlines()


def test_each_item_says_why_it_got_its_status() -> None:
    item = ReviewItem(
        review_of().items[1].requirement, "partly", 0.36, "Huyện có tầm nhìn", similarity=0.4, coverage=0.33
    )
    why = ui_review.why_html(item)
    assert why.startswith("<details class='why'><summary>Vì sao?</summary>")
    assert "Một phần" in why and "0,36" in why and "0,34" in why and "0,28" in why
    assert "“Huyện có tầm nhìn”" in why and "40%" in why and "33%" in why
    assert "nhiều ý" in why  # over the addressed threshold, yet partly: a list, not enough of it stated
    missing = ui_review.why_html(replace(item, status="missing", score=0.2, draft_quote=None))
    assert "Không đoạn nào" in missing and "nhiều ý" not in missing
    assert ui_review.checklist_html(Review("Kim Thành", "", (item,))).count("class='why'") == 1


def test_the_user_can_mark_an_item_and_the_exports_keep_it(tmp_path: Path) -> None:
    import docx

    review = review_of()
    marked = ui_actions.mark_item(review, 1, "addressed")  # the general one, scored missing
    assert marked.items[1].verdict == "addressed" and marked.items[1].overridden
    assert marked.items[1].status == "missing" and review.items[1].user_status is None  # nothing mutated
    table = ui_review.checklist_html(marked)
    assert "người dùng đánh dấu" in table and "data-verdict='missing'" in table
    summary = ui_review.review_summary_html(marked)
    assert "Đã có: 2/2 yêu cầu" in summary and "Không thiếu yêu cầu nào." in summary
    assert "1 mục do người dùng đánh dấu." in summary

    md, word = ui_actions.export_review(marked, tmp_path) or (tmp_path, tmp_path)
    text = md.read_text(encoding="utf-8")
    assert "## 2. Đã có (người dùng đánh dấu): Có tầm nhìn xa hơn" in text
    assert "## 1. Đã có: Phá bỏ" in text and "Đã có: 2/2 yêu cầu" in text
    rows = docx.Document(str(word)).tables[0].rows
    assert [r.cells[0].text for r in rows[1:]] == ["Đã có", "Đã có (người dùng đánh dấu)"]

    back = ui_actions.mark_item(marked, 1, "")
    assert back == review and "người dùng đánh dấu" not in ui_review.checklist_html(back)
    assert ui_actions.mark_item(review, 0, "addressed") == review  # its scored status: no mark
    with pytest.raises(ui_actions.Mistake):
        ui_actions.mark_item(review, 7, "addressed")


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


def test_an_unreadable_draft_file_is_a_notice_naming_it() -> None:
    with pytest.raises(ui_actions.Mistake) as caught:
        ui_actions.load_draft(FakeAssistant(), "du-thao.pdf", b"%PDF-")
    assert caught.value.title == ui_text.TITLE_DRAFT_FILE
    assert caught.value.message.startswith("du-thao.pdf: ") and "định dạng" in caught.value.message


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
    with pytest.raises(ui_actions.Mistake, match="chọn huyện"):
        ui_actions.make_outline(FakeAssistant(), "")
    with pytest.raises(ui_actions.Mistake, match="Không nhận ra"):
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
    with pytest.raises(ui_actions.Mistake, match="virus.exe"):
        ui_actions.upload_documents(assistant, [("virus.exe", b"MZ")], "guidance")
    with pytest.raises(ui_actions.Mistake, match="chọn ít nhất một tệp"):
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


def test_rebuild_passes_progress_on_and_reports_the_build() -> None:
    assistant = FakeAssistant()
    steps: list[tuple[int, int]] = []
    status = ui_actions.rebuild_index(assistant, lambda d, t: steps.append((d, t)))
    assert assistant.builds == 1 and steps == [(0, 2), (2, 2)]
    assert status == ui_html.index_report_html(
        IndexReport(added=["guidance/new.txt"], chunks_total=18, chunks_embedded=2)
    )
    assert "thêm 1" in status and "18" in status


def test_rebuild_while_another_process_builds_is_a_notice() -> None:
    assistant = FakeAssistant()
    assistant.busy = True
    with pytest.raises(ui_actions.Mistake) as caught:
        ui_actions.rebuild_index(assistant)
    assert caught.value.title == ui_text.TITLE_DOCUMENTS
    assert "đang được cập nhật" in caught.value.message and "/srv/duthao/index" in caught.value.message


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
    assert ".requirement-changes" in ui_serve.CSS_FILE.read_text(encoding="utf-8")


# ---- downloads on a served app: real gradio on loopback, a gradio_client session for a browser tab ------


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[gr.Blocks, Path, Path]]:
    """The app over a FakeAssistant on a loopback port: (the Blocks, the temporary folder our downloads go
    to, gradio's cache). Heartbeats every 0.2 s, so that a closed session is noticed at once; gradio's cache
    swept every second of copies older than 2 s, so that the test need not wait a day."""
    tmp, cache = tmp_path / "tmp", tmp_path / "gradio-cache"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(cache))
    monkeypatch.setenv("GRADIO_HEARTBEAT_INTERVAL", "0.2")
    monkeypatch.setattr(ui, "CACHE_CLEANUP", (1, 2))
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index")
    demo = ui.build_ui(FakeAssistant(), settings)
    demo.queue(default_concurrency_limit=1)
    demo.launch(prevent_thread_lock=True, quiet=True, server_name="127.0.0.1", server_port=free_port())
    try:
        yield demo, tmp, cache
    finally:
        demo.close()


def files_under(folder: Path) -> list[Path]:
    """The files under a folder the app may be deleting from as we look (os.walk skips what vanished)."""
    return [Path(top, name) for top, _, names in os.walk(folder) for name in names]


def eventually(done: Callable[[], bool], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        time.sleep(0.1)
    return done()


def ask_through_the_api(tab: object, question: str) -> tuple[list[dict], dict]:
    """A question asked as the page asks it: posed, then answered; (the chat, the stored conversation)."""
    posed, _ = tab.predict(question, [], api_name="/_pose")  # type: ignore[attr-defined]
    chat, stored, _, _ = tab.predict(posed, None, "", api_name="/_answer")  # type: ignore[attr-defined]
    return chat, stored


@pytest.mark.integration
def test_a_sessions_downloads_stay_bounded_and_go_when_the_tab_closes(
    served: tuple[gr.Blocks, Path, Path],
) -> None:
    import httpx
    from gradio_client import Client

    demo, tmp, _ = served
    tab = Client(demo.local_url, verbose=False, download_files=False)
    _, stored = ask_through_the_api(tab, KIM_THANH_QUESTION)
    # as the page does after each answer; ten are many more than KEEP (test_downloads counts fifty without
    # a server: each call here is a round trip through gradio's queue)
    for _ in range(10):
        md, word = tab.predict(stored, api_name="/_conversation_files")
    # what the user clicks is there: the newest conversation, as a Markdown and as a Word file (fetched at
    # once: gradio's copies older than 2 s are swept here, and a busy machine takes longer over what follows)
    response = httpx.get(md["value"]["url"], timeout=10)
    assert response.status_code == 200 and KIM_THANH_QUOTE in response.text
    assert httpx.get(word["value"]["url"], timeout=10).status_code == 200
    for _ in range(5):
        tab.predict("Mở rộng kết nối giao thông với Hải Phòng.", "Kim Thành", api_name="/_review")
        tab.predict("Kim Thành", api_name="/_outline")
    # the last two exports of each kind (conversation, review, outline), each a .md and a .docx
    assert len(files_under(tmp)) <= 3 * KEEP * 2
    other = Client(demo.local_url, verbose=False, download_files=False)
    _, kept = ask_through_the_api(other, KIM_THANH_QUESTION)
    other.predict(kept, api_name="/_conversation_files")
    ours = len(files_under(tmp))
    tab.close()  # the tab is closed: its session's files go, the other tab's stay
    assert eventually(lambda: len(files_under(tmp)) == 2), files_under(tmp)
    assert len(files_under(tmp)) < ours
    other.close()
    assert eventually(lambda: not files_under(tmp)), files_under(tmp)


@pytest.mark.integration
def test_gradios_copies_of_the_downloads_are_removed_on_its_schedule(
    served: tuple[gr.Blocks, Path, Path],
) -> None:
    from gradio_client import Client

    demo, tmp, cache = served
    assert demo.delete_cache == ui.CACHE_CLEANUP
    tab = Client(demo.local_url, verbose=False, download_files=False)
    _, stored = ask_through_the_api(tab, KIM_THANH_QUESTION)
    tab.predict(stored, api_name="/_conversation_files")
    copies = files_under(cache)
    assert {p.name for p in copies} == {"hoi-dap.md", "hoi-dap.docx"}
    # copies older than the age (2 s here, a day when served) are removed at the next sweep
    assert eventually(lambda: not any(p.exists() for p in copies))
    tab.predict(stored, api_name="/_conversation_files")
    assert files_under(cache)
    tab.close()
    demo.close()  # and the rest when the server stops
    assert not files_under(cache) and not files_under(tmp)


UNCHANGED = {"__type__": "update"}  # gr.skip() as an API client receives it


def said(chat: list[dict]) -> list[str]:
    """The text of each message of a chat an API client received."""
    return ["".join(part["text"] for part in message["content"]) for message in chat]


@contextmanager
def process(assistant: FakeAssistant, index: Path) -> Iterator[str]:
    """One `duthao serve` process's page over an assistant, on a loopback port: its URL."""
    demo = ui.build_ui(assistant, Settings(corpus_dir=index.parent, index_dir=index))
    demo.queue(default_concurrency_limit=1)
    demo.launch(prevent_thread_lock=True, quiet=True, server_name="127.0.0.1", server_port=free_port())
    try:
        yield demo.local_url
    finally:
        demo.close()


@pytest.mark.integration
def test_the_conversation_kept_by_the_browser_goes_on_in_another_process(tmp_path: Path) -> None:
    """A reload, a restart or another process behind the proxy: the page sends what the browser kept, and
    the follow-up question is asked with the turns of the first, the chat and sources drawn again."""
    from gradio_client import Client

    first, other = FakeAssistant(pieces=()), FakeAssistant(pieces=())
    with process(first, tmp_path / "index") as url:
        _, kept = ask_through_the_api(Client(url, verbose=False), KIM_THANH_QUESTION)
    with process(other, tmp_path / "index") as url:  # the first is gone
        tab = Client(url, verbose=False, download_files=False)
        chat, panel = tab.predict(kept, api_name="/_restore")
        assert said(chat) == [KIM_THANH_QUESTION, ui_html.answer_message(kim_thanh_answer(), 1)]
        assert KIM_THANH_TRANSPORT in panel
        posed, _ = tab.predict("Còn công nghiệp thì sao?", chat, api_name="/_pose")
        chat, kept, _, _ = tab.predict(posed, kept, "", api_name="/_answer")
        md, _ = tab.predict(kept, api_name="/_conversation_files")
        conversation_md = httpx.get(md["value"]["url"], timeout=10).text
    first_turn = Turn(KIM_THANH_QUESTION, f"{KIM_THANH_QUOTE}. [1]")
    assert other.asked == [("Còn công nghiệp thì sao?", (first_turn,), None)]
    assert len(chat) == 4 and len(kept["answers"]) == 2
    assert KIM_THANH_QUESTION in conversation_md and "Còn công nghiệp thì sao?" in conversation_md


@pytest.mark.integration
def test_a_question_refused_when_posed_is_not_answered_and_a_failed_answer_gives_the_question_back(
    tmp_path: Path,
) -> None:
    from gradio_client import Client

    class Broken(FakeAssistant):
        def ask_stream(self, *args: object, **kwargs: object) -> Iterator[str | Answer]:
            yield "Kim Thành "
            raise ConfigError("không kết nối được máy chủ Chroma")

    refused = FakeAssistant()
    with process(refused, tmp_path / "index") as url:
        tab = Client(url, verbose=False)
        chat, box = tab.predict("   ", [], api_name="/_pose")
        assert chat == box == UNCHANGED
        assert tab.predict([], None, "", api_name="/_answer")[0] == UNCHANGED
    assert refused.asked == []
    with process(Broken(), tmp_path / "index") as url:
        tab = Client(url, verbose=False)
        posed, box = tab.predict(KIM_THANH_QUESTION, [], api_name="/_pose")
        assert said(posed)[-1] == "Đang tìm trong tài liệu…"
        assert box["value"] == "" and box["interactive"] is False  # held until the answer is written
        chat, _, _, box = tab.predict(posed, None, "", api_name="/_answer")
    # not left saying "Đang tìm trong tài liệu…" for ever: the chat as it was, the question to ask again
    assert chat == [] and box["value"] == KIM_THANH_QUESTION and box["interactive"] is True


# ---- with the real Assistant (Chroma in tmp_path, hashing embeddings) ---------------------------------


@pytest.mark.integration
def test_the_progress_bar_and_the_result_count_the_same_thing(
    settings: Settings, hash_embeddings: HashEmbeddings
) -> None:
    steps: list[tuple[int, int]] = []
    assistant = build_assistant(settings, embeddings=hash_embeddings)
    status = ui_actions.rebuild_index(assistant, lambda done, total: steps.append((done, total)))
    done, total = steps[-1]
    assert done == total > 0
    # the bar reads "61/61 khối và câu"; the result says the same number in the same words
    assert f"đã nhúng {total} {ui_text.PROGRESS_UNIT} (" in status
    chunks = len(assistant.index.snapshot().chunks)
    assert f"({chunks} khối mới, {total - chunks} câu)" in status and f"Chỉ mục có {chunks} khối" in status


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
        with pytest.raises(ui_actions.Mistake, match=reason) as caught:
            ui_actions.upload_documents(real_assistant, [(name, data.get(name, b"noi dung"))], "guidance")
        message = caught.value.message
        assert caught.value.title == "Chưa thêm được tài liệu"
        assert name in message or name == ".."  # names the file
        # no exception class names: what to do instead
        assert not re.search(r"[A-Z][a-z]+(Error|Exception)|Traceback", message), message
    with pytest.raises(ui_actions.Mistake, match="loại tài liệu"):
        ui_actions.upload_documents(real_assistant, [("a.txt", b"noi dung")], "secret")
    files = sorted(p.name for p in Path(settings.corpus_dir).rglob("*") if p.is_file())
    assert len(files) == 1  # only the seed


CORRUPT = {"hong.pdf": b"%PDF-1.4\n1 0 obj << /Length 99 >> stream\nxx", "hong.docx": b"PK\x03\x04 not a zip"}


@pytest.mark.integration
def test_a_users_mistakes_log_no_warning(
    real_assistant: Assistant,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    terminal_warnings: list[logging.LogRecord],
) -> None:
    monkeypatch.setattr(gr, "Warning", lambda message, title, duration=None: None)
    uploads = [
        ("hong.pdf", CORRUPT["hong.pdf"]),  # pypdf complains about it at WARNING, under its own names
        ("anh.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ("tot.txt", "Huyện Gia Lộc cần ưu tiên phát triển công nghiệp.".encode()),
    ]
    with caplog.at_level("DEBUG"):
        status = ui_actions.upload_documents(real_assistant, uploads, "guidance")
        ui.shown(lambda: list(ui_actions.ask_events(real_assistant, "x" * 50, [], [], "", 20)), 4, "ask")
        ui.shown(lambda: ui_actions.upload_documents(real_assistant, uploads[:2], "guidance"), 1, "upload")
    assert "hong.pdf" in status and "anh.txt" in status  # the user is told, in the page
    assert [f"{r.name}: {r.getMessage()}" for r in terminal_warnings] == []
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "hong.pdf" in said and "20 ký tự" in said  # kept in the log, at INFO


@pytest.mark.integration
@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_a_corrupt_upload_is_named_and_refused(real_assistant: Assistant, name: str) -> None:
    with pytest.raises(ui_actions.Mistake, match=f"{name}: tệp hỏng") as caught:
        ui_actions.upload_documents(real_assistant, [(name, CORRUPT[name])], "guidance")
    assert caught.value.title == "Chưa thêm được tài liệu"


@pytest.mark.integration
@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_a_corrupt_upload_says_what_to_do_without_exception_names(
    real_assistant: Assistant, name: str
) -> None:
    with pytest.raises(ui_actions.Mistake) as caught:
        ui_actions.upload_documents(real_assistant, [(name, CORRUPT[name])], "guidance")
    assert not re.search(r"[A-Z][a-z]+(Error|Exception)|Traceback", caught.value.message), (
        caught.value.message
    )
    assert "hãy mở và lưu lại tệp" in caught.value.message


@pytest.mark.integration
def test_an_upload_whose_zip_lies_about_its_sizes_is_refused_unsaved_and_uninflated(
    real_assistant: Assistant, settings: Settings
) -> None:
    import tracemalloc

    from tests.documents.test_ingest import _lying_docx

    data = _lying_docx(holds_mb=1024)  # 1 MB declaring 40 KB of XML, holding 1 GB
    tracemalloc.start()
    try:
        with pytest.raises(ui_actions.Mistake) as caught:
            ui_actions.upload_documents(real_assistant, [("noi-doi.docx", data)], "guidance")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1024 / 1024:.0f} MB"
    assert "noi-doi.docx: tệp Word khai 40 KB nhưng giải nén ra hơn 48 MB" in caught.value.message
    assert not (Path(settings.corpus_dir) / "guidance" / "noi-doi.docx").exists()


def test_an_upload_over_the_limit_is_refused_unread_naming_the_file(tmp_path: Path) -> None:
    big, small = tmp_path / "bao-cao-lon.pdf", tmp_path / "nho.txt"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    small.write_text("Nội dung", encoding="utf-8")
    files, problems = ui_actions.read_uploads([str(big), str(small)], max_mb=1)
    assert files == [("nho.txt", "Nội dung".encode())]
    assert problems == [
        "bao-cao-lon.pdf: tệp quá lớn (2.0 MB; tối đa 1 MB): hãy tách tệp hoặc bỏ bớt hình ảnh."
    ]
    assistant = FakeAssistant()
    status = ui_actions.upload_documents(assistant, files, "guidance", problems=problems)
    assert "nho.txt" in status and "bao-cao-lon.pdf: tệp quá lớn" in status
    with pytest.raises(ui_actions.Mistake, match="bao-cao-lon.pdf: tệp quá lớn"):
        ui_actions.upload_documents(assistant, [], "guidance", problems=problems)


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
def test_a_file_named_in_nfd_is_listed_in_nfc_and_removable(
    real_assistant: Assistant, settings: Settings
) -> None:
    import unicodedata

    name = unicodedata.normalize("NFD", "Hướng dẫn Gia Lộc.txt")
    (Path(settings.corpus_dir) / "guidance" / name).write_bytes(NEW_GUIDANCE)
    real_assistant.build_index()
    source = "guidance/Hướng dẫn Gia Lộc.txt"
    assert source in [d.source for d in real_assistant.documents()]
    status = ui_actions.remove_document(real_assistant, source)
    assert "xóa 1" in status and source not in [d.source for d in real_assistant.documents()]


@pytest.mark.integration
def test_a_file_whose_name_is_not_utf8_is_named_in_the_rebuild_and_uploads_are_still_indexed(
    real_assistant: Assistant, settings: Settings
) -> None:
    write_not_utf8(Path(settings.corpus_dir) / "reports", NEW_GUIDANCE.replace(b"395", b"392"))
    (Path(settings.corpus_dir) / "guidance" / ".an.txt").write_bytes(NEW_GUIDANCE)
    status = ui_actions.rebuild_index(real_assistant)
    assert f"<b>reports/{NOT_UTF8_SHOWN}</b>: tên tệp có ký tự không đọc được" in status
    assert "hãy đổi tên tệp" in status and "Lỗi ngoài ý muốn" not in status
    assert "Bỏ qua 1 tệp/thư mục ẩn" in status and "guidance/.an.txt" in status
    assert f"reports/{NOT_UTF8_SHOWN}" in ui_actions.documents_html(real_assistant)  # listed as unread
    status = ui_actions.upload_documents(real_assistant, [("gia-loc.txt", NEW_GUIDANCE)], "guidance")
    assert "thêm 1" in status
    assert "guidance/gia-loc.txt" in [d.source for d in real_assistant.documents()]


@pytest.mark.integration
def test_a_long_upload_name_keeps_its_extension_and_fits_the_file_system(
    real_assistant: Assistant, settings: Settings
) -> None:
    name = "Báo cáo chính trị huyện Gia Lộc nhiệm kỳ 2020-2025 " * 6 + ".txt"  # 300 characters, 370 bytes
    status = ui_actions.upload_documents(real_assistant, [(name, NEW_GUIDANCE)], "guidance")
    [saved] = [p for p in (Path(settings.corpus_dir) / "guidance").iterdir() if p.name.startswith("Báo cáo")]
    assert saved.suffix == ".txt" and f"guidance/{saved.name}" in status and "thêm 1" in status


@pytest.mark.integration
def test_a_markdown_link_in_a_document_is_quoted_as_its_text_without_stray_characters(
    real_assistant: Assistant,
) -> None:
    guidance = (
        "# Ý kiến của Thường trực Tỉnh ủy về dự thảo Báo cáo chính trị huyện Gia Lộc\n\n"
        "Huyện Gia Lộc cần ưu tiên hoàn thành [cụm công nghiệp Gia Lộc](javascript:alert(document.cookie)) "
        "và nâng cấp đường tỉnh 395.\n"
    )
    ui_actions.upload_documents(real_assistant, [("gia-loc.md", guidance.encode())], "guidance")
    *_, (chat, _, panel) = ui_actions.ask_events(
        real_assistant, "Gia Lộc cần ưu tiên hoàn thành công trình gì?", [], [], ""
    )
    said = chat[-1]["content"]
    quote = "cần ưu tiên hoàn thành cụm công nghiệp Gia Lộc và nâng cấp đường tỉnh 395"
    assert quote in said and quote in re.sub(r"</?mark>", "", panel)
    for shown in (said, panel):
        assert "javascript" not in shown and "Gia Lộc)" not in shown and ") và" not in shown


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
    with pytest.raises(ui_actions.Mistake, match="du-thao.xlsx") as caught:
        ui_actions.load_draft(real_assistant, "du-thao.xlsx", b"PK")
    assert caught.value.title == "Chưa đọc được tệp dự thảo"


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
