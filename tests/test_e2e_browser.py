"""End to end in Debian's headless Chromium: `python -m app serve` on a copy of the shipped corpus.

Ask the seed's Kim Thành question and see the quote with its citation; review a draft, see the checklist and
download it; upload a new document, rebuild, ask about it (its markup shows as text) and remove it; log in
when logins are on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import auth
from tests import browser
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(browser.missing_chromium() is not None, reason=str(browser.missing_chromium())),
]

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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[browser.Server]:
    folder = tmp_path_factory.mktemp("app")
    with browser.running_server(browser.copy_seed(folder), folder / "index") as running:
        yield running


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with browser.chromium() as chromium:
        yield chromium


def test_kim_thanh_question_shows_the_quote_with_its_citation(server: browser.Server, driver: Any) -> None:
    driver.get(server.url)
    source = browser.ask(driver, KIM_THANH_QUESTION, KIM_THANH_TRANSPORT)
    marks = [m.text for m in source.find_elements("css selector", "mark")]
    assert any(KIM_THANH_TRANSPORT in m for m in marks), marks
    assert SEED_TITLE in source.text and "12/03/2020" in source.text and "đoạn 14" in source.text
    answer = driver.find_elements("css selector", "#chat [data-testid='bot']")[-1].text
    assert "[1]" in answer and "Kim Thành" in answer


def test_example_questions_are_offered_on_an_empty_chat(server: browser.Server, driver: Any) -> None:
    driver.get(server.url)
    browser.wait_for(driver, "#chat", text="Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?")
    for button in driver.find_elements("css selector", "#chat button"):
        if "Kim Thành" in button.text:
            button.click()
            break
    browser.wait_for(driver, "#sources .source", 120, text=KIM_THANH_TRANSPORT)


def test_review_of_a_draft_shows_the_checklist_and_downloads(
    server: browser.Server, driver: Any, tmp_path: Path
) -> None:
    driver.get(server.url)
    first_row = browser.review(driver, KIM_THANH_DRAFT)
    table = driver.find_element("css selector", "#checklist table.checklist")
    assert first_row.find_elements("css selector", ".badge")
    assert "Hướng dẫn (nguồn)" in table.text and "đoạn" in table.text
    assert "Kim Thành" in driver.find_element("css selector", "#review-summary").text

    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
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
    driver.get(server.url)
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


def test_login_is_required_when_users_are_set(tmp_path: Path) -> None:
    users = tmp_path / "users"
    auth.set_user(users, "bientap", "mat-khau-bien-tap")
    corpus = browser.copy_seed(tmp_path)
    with (
        browser.running_server(corpus, tmp_path / "index", {"DUTHAO_USERS": str(users)}) as server,
        browser.chromium() as driver,
    ):
        browser.login(driver, server.url, "bientap", "sai-mat-khau")
        browser.wait_for(driver, "body", 30, text="Incorrect Credentials")
        assert not driver.find_elements("css selector", "#question")
        browser.login(driver, server.url, "bientap", "mat-khau-bien-tap")
        browser.wait_for(driver, "#question textarea", 60)
        assert "Đăng xuất" in driver.find_element("css selector", ".app-header").text
        assert "Cần đăng nhập" in driver.find_element("css selector", ".access").text
