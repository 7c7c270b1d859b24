"""End to end in Debian's headless Chromium: `python -m app serve` on a copy of the shipped corpus.

Ask the seed's Kim Thành question and see the quote with its citation, and take the conversation away as a
Word file with footnotes; review a draft, see the checklist, correct an item by hand and download it; review
a draft naming no district; upload a new document, rebuild, ask about it (its markup shows as text) and
remove it; mistakes (an empty question, a bad file) get a Vietnamese notice and leave every control usable;
log in when logins are on; a closed tab's downloads are removed, and a stopped server leaves no files. Where
the browser cannot run the tests skip, and fail when CI is set.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.web import auth
from tests import browser
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT

pytestmark = pytest.mark.slow
REQUIRES_BROWSER = True  # tests/conftest.py: a skip here fails the run when CI is set


@pytest.fixture(autouse=True, scope="module")
def _chromium_here() -> None:
    browser.require_chromium()


SEED_TITLE = "Dự thảo Báo cáo chính trị phải xác định các nhiệm vụ trọng tâm"
KIM_THANH_DRAFT = (
    "Dự thảo Báo cáo chính trị Đại hội Đảng bộ huyện Kim Thành nhiệm kỳ 2020-2025.\n\n"
    "Nhiệm kỳ tới, huyện tập trung phát triển công nghiệp, thu hút đầu tư vào các khu công nghiệp; "
    "mở rộng kết nối giao thông với thành phố Hải Phòng và các tỉnh lân cận."
)
GIA_LOC = (
    "Ý kiến của Thường trực Tỉnh ủy về dự thảo Báo cáo chính trị huyện Gia Lộc\n\n"
    "Ngày 20.3.2020, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Gia Lộc.\n\n"
    "Huyện Gia Lộc cần ưu tiên hoàn thành cụm công nghiệp Gia Lộc và nâng cấp đường tỉnh 395. "
    "<script>window.__pwned = 1</script> [bản đồ quy hoạch](http://evil.example/) "
    '<img src="x" onerror="window.__pwned = 2">\n'
)


def cached(shared_vectors: Path) -> dict[str, str]:
    """The server's settings for the run's shared vector cache: the seed is embedded once per run."""
    return {"DUTHAO_VECTOR_CACHE": str(shared_vectors)}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, shared_vectors: Path) -> Iterator[browser.Server]:
    folder = tmp_path_factory.mktemp("app")
    corpus = browser.copy_seed(folder)
    with browser.running_server(corpus, folder / "index", cached(shared_vectors)) as running:
        yield running


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with browser.chromium() as chromium:
        yield chromium


ASK_CONTROLS = ("#question textarea", "#ask-btn", "#district input", "#chat")
DOCUMENT_CONTROLS = ("#upload-btn", "#remove-choice input", "#remove-btn", "#rebuild-btn", "#doc-type")
NO_DISTRICT_DRAFT = (
    "Nhiệm kỳ qua, kinh tế tăng trưởng khá, quy mô kinh tế còn nhỏ, thu hút đầu tư còn hạn chế.\n"
    "Nhiệm kỳ tới, tập trung phát triển công nghiệp, nông nghiệp công nghệ cao và dịch vụ."
)


def downloads_into(driver: Any, folder: Path) -> None:
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})


def test_kim_thanh_question_shows_the_quote_with_its_citation(server: browser.Server, driver: Any) -> None:
    browser.open_page(driver, server.url)
    source = browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
    marks = [m.text for m in source.find_elements("css selector", "mark")]
    assert any(KIM_THANH_TRANSPORT in m for m in marks), marks
    assert SEED_TITLE in source.text and "12/03/2020" in source.text and "đoạn 14" in source.text
    answer = driver.find_elements("css selector", "#chat [data-testid='bot']")[-1].text
    assert "[1]" in answer and "Kim Thành" in answer


def test_example_questions_are_offered_on_an_empty_chat(server: browser.Server, driver: Any) -> None:
    browser.open_page(driver, server.url)
    browser.wait_for(driver, "#chat", text="Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?")
    for button in driver.find_elements("css selector", "#chat button"):
        if "Kim Thành" in button.text:
            button.click()
            break
    browser.wait_for(driver, "#sources .source", 120, text=KIM_THANH_TRANSPORT)


def test_review_of_a_draft_shows_the_checklist_and_downloads(
    server: browser.Server, driver: Any, tmp_path: Path
) -> None:
    browser.open_page(driver, server.url)
    first_row = browser.review(driver, KIM_THANH_DRAFT)
    table = driver.find_element("css selector", "#checklist table.checklist")
    assert first_row.find_elements("css selector", ".badge")
    assert "Hướng dẫn (nguồn)" in table.text and "đoạn" in table.text
    assert "Kim Thành" in driver.find_element("css selector", "#review-summary").text

    downloads_into(driver, tmp_path)
    driver.find_element("css selector", "#download-md").click()
    driver.find_element("css selector", "#download-docx").click()
    md = browser.wait_for_file(tmp_path, "*.md")
    assert md.read_text(encoding="utf-8").startswith("# Góp ý dự thảo Báo cáo chính trị — huyện Kim Thành")
    assert browser.wait_for_file(tmp_path, "*.docx").read_bytes().startswith(b"PK")


def test_an_uploaded_document_is_indexed_and_answered_safely(
    server: browser.Server, driver: Any, tmp_path: Path
) -> None:
    path = tmp_path / "gia-loc.txt"
    path.write_text(GIA_LOC, encoding="utf-8")
    browser.open_page(driver, server.url)
    status = browser.upload(driver, path)
    assert "guidance/gia-loc.txt" in status.text and "thêm 1" in status.text
    browser.wait_for(
        driver, "#documents", text="Ý kiến của Thường trực Tỉnh ủy về dự thảo Báo cáo chính trị huyện Gia Lộc"
    )

    browser.open_tab(driver, "Hỏi đáp")
    source = browser.ask(driver, "Gia Lộc cần ưu tiên hoàn thành công trình gì?", "cụm công nghiệp Gia Lộc")
    assert "guidance/gia-loc.txt" in source.text
    # the document's markup is shown as text and never runs
    panel = driver.find_element("css selector", "#sources")
    assert "<script>window.__pwned = 1</script>" in panel.text
    assert "[bản đồ quy hoạch](http://evil.example/)" in panel.text
    assert not driver.find_elements("css selector", "#sources script, #sources img, #chat script")
    assert not driver.find_elements("css selector", "a[href*='evil.example']")
    assert driver.execute_script("return window.__pwned") is None

    status = browser.remove(driver, "guidance/gia-loc.txt")
    assert "xóa 1" in status.text
    assert "Gia Lộc" not in driver.find_element("css selector", "#documents").text


USER, PASSWORD = "bientap", "mat-khau-bien-tap"


@pytest.fixture(scope="module")
def with_logins(tmp_path_factory: pytest.TempPathFactory, shared_vectors: Path) -> Iterator[browser.Server]:
    """A served app with logins (one user): the login test's, and the restart test's, which restarts it
    (each start imports gradio and builds the page, about 10 s of CPU: one start for both). Either test may
    run first: a right password clears the failures the login test counts, and a restart all of them."""
    folder = tmp_path_factory.mktemp("logins")
    auth.set_user(folder / "users", USER, PASSWORD)
    env = {"DUTHAO_USERS": str(folder / "users"), **cached(shared_vectors)}
    with browser.running_server(browser.copy_seed(folder), folder / "index", env) as running:
        yield running


def test_login_is_required_when_users_are_set(with_logins: browser.Server) -> None:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    server = with_logins
    with browser.chromium() as driver:  # a browser of its own: no login cookie reaches the other tests
        browser.login(driver, server.url, "bientap", "sai-mat-khau")
        browser.wait_for(driver, "#login-notice", 30, text="Sai tên đăng nhập hoặc mật khẩu.")
        assert "Incorrect Credentials" not in driver.find_element("css selector", "body").text
        assert not driver.find_elements("css selector", "#question")
        # tries refused by the login limit (HTTP 429) are said too: the button does not seem dead
        refused = "Đăng nhập sai quá nhiều lần. Hãy thử lại sau"
        for _ in range(4 * auth.PAIR_FAILURES):
            browser.submit_login(driver, "bientap", "sai-mat-khau")
            time.sleep(0.5)
            if refused in driver.find_element("css selector", "#login-notice").text:
                break
        assert refused in driver.find_element("css selector", "#login-notice").text
        deadline = time.monotonic() + 120
        while not driver.find_elements("css selector", "#question textarea"):
            assert time.monotonic() < deadline, "the right password was refused"
            time.sleep(2)  # the wait the limit asks for (a few seconds here) runs out
            browser.login(driver, server.url, USER, PASSWORD)
            # let in (the page's question box), or refused again (the notice): whichever shows first; past
            # the deadline, the assertion above says what went wrong
            with contextlib.suppress(TimeoutException):
                WebDriverWait(driver, max(1.0, deadline - time.monotonic())).until(
                    lambda d: d.find_elements("css selector", "#question textarea, #login-notice")
                )
        assert "Đăng xuất" in driver.find_element("css selector", ".app-header").text
        assert "Cần đăng nhập" in driver.find_element("css selector", ".access").text


def test_an_empty_question_gets_a_vietnamese_notice_and_every_control_stays_usable(
    server: browser.Server, driver: Any
) -> None:
    browser.open_page(driver, server.url)
    browser.wait_for(driver, "#question textarea").clear()
    driver.find_element("css selector", "#ask-btn").click()
    toast = browser.notice(driver, "Chưa hỏi được")
    assert "Hãy nhập câu hỏi" in toast.text and browser.notice_heading(toast) == "Lưu ý"
    assert browser.english_errors(driver) == []
    assert browser.usable(driver, *ASK_CONTROLS) == []
    browser.close_notices(driver)
    # still usable: the same box and button answer the next question
    browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
    assert browser.english_errors(driver) == []
    assert "Traceback" not in server.log()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("chuong-trinh.exe", b"MZ\x90\x00 not a document", "chỉ nhận"),
        ("hong.pdf", b"%PDF-1.4\n1 0 obj << /Length 99 >> stream\nxx", "tệp hỏng"),
    ],
)
def test_a_bad_upload_gets_a_vietnamese_notice_naming_the_file_and_every_control_stays_usable(
    server: browser.Server, driver: Any, tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    browser.open_page(driver, server.url)
    status = browser.upload(driver, path, expect="Không thêm được")
    toast = browser.notice(driver, "Chưa thêm được tài liệu")
    assert browser.notice_heading(toast) == "Lưu ý"
    for text in (toast.text, status.text):
        assert name in text and says in text, text
    assert browser.english_errors(driver) == []
    assert browser.usable(driver, *DOCUMENT_CONTROLS) == []
    browser.close_notices(driver)
    assert (
        "Đã thêm vào kho" not in status.text
        and name not in driver.find_element("css selector", "#documents").text
    )
    # a user's mistake is the user's to read: no traceback and no WARNING in the server's terminal
    assert "Traceback" not in server.log() and "WARNING" not in server.log()


def test_a_review_with_no_district_lists_the_general_requirements(
    server: browser.Server, driver: Any
) -> None:
    browser.open_page(driver, server.url)
    browser.review(driver, NO_DISTRICT_DRAFT)
    summary = driver.find_element("css selector", "#review-summary").text
    table = driver.find_element("css selector", "#checklist table.checklist")
    rows = table.find_elements("css selector", "tbody tr[class^='status-']")
    assert len(rows) >= 5 and "Yêu cầu riêng" not in table.text
    assert "Các yêu cầu chung cho mọi huyện" in summary
    assert summary.count("Chưa nhận ra") == 1 and "chọn huyện" in summary
    assert "--district" not in summary + table.text
    assert re.search(r"Còn thiếu: \d+/\d+ yêu cầu", summary)
    # why each item got its status
    why = rows[0].find_element("css selector", "details.why")
    why.find_element("css selector", "summary").click()
    assert "điểm" in why.text and "độ phủ từ khóa" in why.text


def test_an_item_marked_by_hand_keeps_its_verdict_in_the_word_download(
    server: browser.Server, driver: Any, tmp_path: Path
) -> None:
    import docx

    browser.open_page(driver, server.url)
    browser.review(driver, KIM_THANH_DRAFT)
    target = driver.find_elements(
        "css selector", "#checklist tr[class^='status-'] button[data-verdict='addressed']"
    )[0]
    row = target.find_element("xpath", "./ancestor::tr")
    requirement = row.find_elements("css selector", "td")[1].text.split("\n")[0]
    target.click()
    browser.wait_for(driver, "#checklist", text="người dùng đánh dấu")
    browser.wait_for(driver, "#review-summary", text="1 mục do người dùng đánh dấu")

    downloads_into(driver, tmp_path)
    driver.find_element("css selector", "#download-docx").click()
    table = docx.Document(str(browser.wait_for_file(tmp_path, "*.docx"))).tables[0]
    marked = [r for r in table.rows[1:] if r.cells[1].text.startswith(requirement)]
    assert marked and marked[0].cells[0].text == "Đã có (người dùng đánh dấu)"


def test_a_conversation_downloads_as_word_with_its_footnotes(
    server: browser.Server, driver: Any, tmp_path: Path
) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from lxml import etree

    browser.open_page(driver, server.url)
    browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
    downloads_into(driver, tmp_path)
    browser.wait_for(driver, "#conversation-docx").click()
    document = docx.Document(str(browser.wait_for_file(tmp_path, "*.docx")))
    assert any(KIM_THANH_QUESTION in p.text for p in document.paragraphs)
    parts = [r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES]
    assert len(parts) == 1
    footnotes = etree.fromstring(parts[0].blob)
    notes = footnotes.findall(qn("w:footnote"))
    real = [n for n in notes if int(n.get(qn("w:id"))) > 0]
    assert real and KIM_THANH_TRANSPORT in "".join(real[0].itertext())
    assert document.element.body.xpath("//w:footnoteReference")


def test_a_tabs_downloads_go_when_it_closes_and_the_server_leaves_none(
    driver: Any, tmp_path: Path, shared_vectors: Path
) -> None:
    import docx

    server_tmp, saved = tmp_path / "server-tmp", tmp_path / "saved"
    server_tmp.mkdir()
    saved.mkdir()

    def ours() -> list[Path]:  # the sessions' own files, not gradio's copies (in server_tmp/gradio)
        # os.walk skips a folder the server removes while we look (a glob would raise)
        return [
            Path(top, name)
            for root in server_tmp.glob("duthao-downloads-*")
            for top, _, names in os.walk(root)
            for name in names
        ]

    with browser.running_server(
        browser.copy_seed(tmp_path), tmp_path / "index", {"TMPDIR": str(server_tmp), **cached(shared_vectors)}
    ) as own:
        driver.get(own.url)
        browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
        for follow_up, expect in (("Còn Nam Sách thì sao?", "Nam Sách"), ("Còn Tứ Kỳ thì sao?", "Tứ Kỳ")):
            browser.ask(driver, follow_up, expect)
        downloads_into(driver, saved)
        # the button gets the whole conversation's file just after the answer shows: until then it holds the
        # last one's
        deadline = time.monotonic() + 30
        while True:
            browser.wait_for(driver, "#conversation-docx").click()
            word = browser.wait_for_file(saved, "*.docx")
            document = docx.Document(str(word))
            if any("Còn Tứ Kỳ thì sao?" in p.text for p in document.paragraphs):
                break
            assert time.monotonic() < deadline, "the download never held the third answer"
            word.unlink()
            time.sleep(1)
        # three answers, and the conversation's last two exports kept, each a .md and a .docx
        assert 0 < len(ours()) <= 4
        driver.get("about:blank")  # the tab leaves: its session's files go
        deadline = time.monotonic() + 30
        while ours() and time.monotonic() < deadline:
            time.sleep(0.3)
        assert not ours()
    # stopped with SIGTERM, as systemd stops it: gradio's copies go too
    assert not [f for f in server_tmp.rglob("*") if f.is_file()]


def test_indexing_an_upload_shows_one_progress_bar(
    server: browser.Server, driver: Any, tmp_path: Path
) -> None:
    path = tmp_path / "nhieu-doan.txt"
    paragraphs = [
        f"Đoạn {i}: huyện Ninh Giang cần phát triển nông nghiệp hàng hóa và nâng cấp đường tỉnh {300 + i}."
        for i in range(60)  # enough blocks to embed for the bar to be seen (seconds of embedding)
    ]
    path.write_text("Ý kiến về dự thảo huyện Ninh Giang\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    browser.open_page(driver, server.url)
    browser.open_tab(driver, "Tài liệu")
    browser.wait_for(driver, "#documents table")
    browser.record_frames(driver, "#docs-status .ok")  # every painted frame's progress bars, from now on
    driver.find_element("css selector", "input[type='file'][multiple]").send_keys(str(path))
    deadline = time.monotonic() + 300
    while "Đã thêm vào kho" not in driver.find_element("css selector", "#docs-status").text:
        assert time.monotonic() < deadline, "the upload did not finish"
        time.sleep(0.2)  # polling flat out would take the CPU the server embeds with
    assert browser.recorded_frames(driver)["bars"] == ["docs-status"], "not one progress bar, in its place"
    # a new version of the file: in no frame the page paints while it is indexed is the last upload's
    # status shown under the bar (looked at in the page, frame by frame, from before the upload is sent),
    # and gradio says nothing in English
    path.write_text(path.read_text(encoding="utf-8") + "\n\nĐoạn cuối: bản sửa.", encoding="utf-8")
    browser.record_frames(driver, "#docs-status .ok")
    driver.find_element("css selector", "input[type='file'][multiple]").send_keys(str(path))
    english = []
    deadline = time.monotonic() + 180
    while "thay bản cũ" not in driver.find_element("css selector", "#docs-status").text:
        assert time.monotonic() < deadline, "the upload did not finish"
        english += browser.statuses(driver)["english"]
    frames = browser.recorded_frames(driver)
    assert frames["busy"] and frames["overlaps"] == [] and english == [], (frames, english[:5])
    browser.remove(driver, "guidance/nhieu-doan.txt")


def test_each_marker_links_to_its_cited_paragraph_and_a_long_question_is_refused_whole(
    server: browser.Server, driver: Any
) -> None:
    browser.open_page(driver, server.url)
    # the guidance asks nothing of Kim Thành about tourism: it says so and quotes the closest requirements
    browser.ask(driver, "Báo cáo chính trị của Kim Thành cần đề cập gì về du lịch?", "Kim Thành")
    answer = driver.find_elements("css selector", "#chat [data-testid='bot']")[-1]
    assert "Hướng dẫn chưa nêu yêu cầu về du lịch đối với Kim Thành" in answer.text
    links = answer.find_elements("css selector", "a.cite-ref")
    shown = [s.get_attribute("id") for s in driver.find_elements("css selector", "#sources .source")]
    markers = re.findall(r"\[(\d+)\]", answer.text)
    assert links and len(links) == len(markers) and shown == [f"nguon-1-{n}" for n in sorted(set(markers))]
    assert [link.get_attribute("href").rsplit("#", 1)[1] for link in links] == [
        f"nguon-1-{n}" for n in markers
    ]
    links[-1].click()  # leads to its source in the panel, in this page (no new tab)
    assert len(driver.window_handles) == 1
    target = driver.execute_script("return document.querySelector(':target')?.id")
    assert target == f"nguon-1-{markers[-1]}"
    # a question over the limit stays whole in the box and is refused with the limit, not cut mid-word
    long_question = "Báo cáo chính trị của Nam Sách cần đề cập những gì về giao thông? " * 40
    box = browser.wait_for(driver, "#question textarea")
    box.click()  # pasted: the browser enforces a box's maximum length on what is typed or pasted
    driver.execute_script("document.execCommand('insertText', false, arguments[0])", long_question)
    assert len(box.get_attribute("value")) == len(long_question)
    driver.find_element("css selector", "#ask-btn").click()
    toast = browser.notice(driver, "vượt giới hạn 2.000 ký tự")
    assert f"dài {len(long_question.strip()):,} ký tự".replace(",", ".") in toast.text


LIST_QUESTION = "Báo cáo chính trị của {district} cần đề cập những gì?"  # a list: taller than the chat


def test_a_question_shows_one_status_in_vietnamese_and_its_answer_comes_into_view(
    server: browser.Server, driver: Any
) -> None:
    browser.open_page(driver, server.url)
    browser.ask(driver, LIST_QUESTION.format(district="Nam Sách"), "Nam Sách")
    browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
    browser.scroll_chat_to_top(driver)  # the reader went back to the first answer
    assert not browser.in_chat_view(driver, "[data-testid='user']")["top"]
    asked = len(driver.find_elements("css selector", "#chat [data-testid='user']"))
    browser.wait_for(driver, "#question textarea").send_keys(LIST_QUESTION.format(district="Tứ Kỳ"))
    browser.record_chat(driver)
    driver.find_element("css selector", "#ask-btn").click()
    spinners, english = [], []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        now = browser.statuses(driver)
        spinners += now["spinners"]
        english += now["english"]
        posed = len(driver.find_elements("css selector", "#chat [data-testid='user']")) > asked
        if posed and driver.find_element("css selector", "#ask-btn").is_enabled():
            break  # the answer is written: the button is free again
    assert "Tứ Kỳ" in driver.find_element("css selector", "#sources").text
    # one status, in Vietnamese: the chat's own "Đang tìm trong tài liệu…", no gradio timer or spinner
    assert "Đang tìm trong tài liệu…" in browser.recorded_chat(driver)
    assert spinners == [] and english == [], (spinners, english[:5])
    # the new question and the start of its answer are in sight, not left below
    assert browser.in_chat_view(driver, "[data-testid='user']")["top"]
    assert browser.in_chat_view(driver, "[data-testid='bot']")["top"]
    assert browser.english_errors(driver) == []


def test_a_review_shows_one_status_and_emptying_the_draft_clears_its_review(
    server: browser.Server, driver: Any
) -> None:
    browser.open_page(driver, server.url)
    browser.open_tab(driver, "Góp ý dự thảo")
    browser.set_textbox(driver, "#draft textarea", KIM_THANH_DRAFT)
    driver.find_element("css selector", "#review-btn").click()
    spinners, english = [], []
    deadline = time.monotonic() + 120
    while not driver.find_elements("css selector", "#checklist tr[class^='status-']"):
        now = browser.statuses(driver)
        spinners, english = spinners + now["spinners"], english + now["english"]
        assert time.monotonic() < deadline, "no checklist"
    assert english == [] and set(spinners) <= {'review-summary: "Đang đối chiếu dự thảo với hướng dẫn…"'}
    assert browser.wait_for(driver, "#download-md").is_displayed()
    browser.set_textbox(driver, "#draft textarea", "   ")
    browser.wait_for(driver, "body")
    deadline = time.monotonic() + 10
    while driver.find_elements("css selector", "#checklist tr[class^='status-']"):
        assert time.monotonic() < deadline, "the review of the emptied draft stayed"
        time.sleep(0.1)
    assert driver.find_element("css selector", "#review-summary").text.strip() == ""
    buttons = driver.find_elements("css selector", "#download-md, #download-docx")
    assert not [b for b in buttons if b.is_displayed()]


def test_a_new_action_dismisses_the_notice_of_the_last_one(server: browser.Server, driver: Any) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.open_page(driver, server.url)
    browser.open_tab(driver, "Dàn ý báo cáo")
    browser.wait_for(driver, "#outline-btn").click()
    browser.notice(driver, "Hãy chọn huyện để lập dàn ý.")
    browser.wait_for(driver, "#outline-district input").click()

    def kim_thanh(d: Any) -> Any:
        options = d.find_elements("css selector", "[role='option']")
        found = [o for o in options if "Kim Thành" in o.text]
        return found[0] if found else False

    WebDriverWait(driver, 10).until(kim_thanh).click()
    driver.find_element("css selector", "#outline-btn").click()
    browser.wait_for(driver, "#outline", 120, text="Dàn ý Báo cáo chính trị")
    assert browser.visible_notices(driver) == []  # the warning does not stay over the outline


def test_a_restarted_server_says_so_in_vietnamese_and_the_conversation_is_kept(
    driver: Any, with_logins: browser.Server
) -> None:
    """The page's process is gone (restarted here; behind nginx, another one answers: tests/deploy): one
    notice to reload, no "Error" badges; after the reload the conversation is there and goes on."""
    server = with_logins
    browser.login(driver, server.url, USER, PASSWORD)
    browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
    server.restart()
    browser.wait_for(driver, "#question textarea").send_keys("Còn Nam Sách thì sao?")
    driver.find_element("css selector", "#ask-btn").click()
    notice = browser.wait_for(driver, "#server-gone", 60)
    assert notice.text.startswith("Máy chủ vừa khởi động lại, hãy tải lại trang")
    assert browser.english_errors(driver) == [] and browser.visible_notices(driver) == []
    notice.find_element("css selector", "button").click()  # "Tải lại trang": the login page
    browser.wait_for(driver, "input[type='password']", 60)
    browser.submit_login(driver, USER, PASSWORD)
    browser.wait_for(driver, "#chat [data-testid='user']", 60, text=KIM_THANH_QUESTION)
    browser.wait_for(driver, "#sources", 30, text=KIM_THANH_TRANSPORT)
    # the follow-up is asked with the turns the browser kept
    source = browser.ask(driver, "Còn Nam Sách thì sao?", "Nam Sách")
    assert "Nam Sách" in source.text
    assert len(driver.find_elements("css selector", "#chat [data-testid='bot']")) == 2
