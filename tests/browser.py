"""Drive the real app in Debian's headless Chromium: start `python -m app serve`, open a Selenium session.

Used by tests/web/test_e2e_browser.py and scripts/screenshots.py. Nothing is downloaded: the browser and its
driver are Debian's (/usr/bin/chromium, /usr/bin/chromedriver) and Selenium is given the driver's path,
so Selenium Manager never runs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("DUTHAO_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("DUTHAO_CHROMEDRIVER", "/usr/bin/chromedriver"))


def missing_chromium() -> str | None:
    """Why the browser tests cannot run here (no Chromium or no driver for it), or None."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return f"{path} is missing: install Debian's {package} (scripts/setup-browser)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is missing: install the dev extra (scripts/setup)"
    return None


def in_ci() -> bool:
    """CI is set (to anything but empty, 0 or false): there a browser test that cannot run fails the run."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_chromium() -> None:
    """Skip the calling test when the browser cannot run here; in CI, fail it instead (a skipped browser
    test would leave the run green without a single page opened)."""
    import pytest

    reason = missing_chromium()
    if reason is None:
        return
    if in_ci():
        pytest.fail(f"CI is set but the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_seed(folder: Path) -> Path:
    """A corpus folder in `folder` holding a copy of the shipped corpus."""
    corpus = folder / "corpus"
    shutil.copytree(REPO / "corpus", corpus, ignore=shutil.ignore_patterns("README.md"))
    (corpus / "reports").mkdir(exist_ok=True)
    return corpus


class Server:
    """`python -m app serve` in a subprocess; its output goes to a log file shown when something fails."""

    def __init__(self, corpus: Path, index: Path, port: int, env: dict[str, str] | None = None) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}/"
        self.log_path = index.parent / f"serve-{port}.log"
        # the developer's own DUTHAO_* settings (a users file, an LLM) must not leak into the test app
        self.environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")},
            "DUTHAO_CORPUS_DIR": str(corpus),
            "DUTHAO_INDEX_DIR": str(index),
            "DUTHAO_LLM": "none",
            "GRADIO_ANALYTICS_ENABLED": "False",
            **(env or {}),
        }
        self._start()

    def _start(self) -> None:
        self._log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=REPO,
            env=self.environment,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

    def restart(self, timeout: float = 300) -> None:
        """Stop the process (SIGTERM, as systemd stops it) and start another on the same port, corpus and
        index, ready: what a page opened before sees as a restarted server. The log goes on in one file."""
        self.stop()
        self._start()
        self.wait_ready(timeout)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, timeout: float = 300) -> None:
        """Until the page answers (the first start embeds the corpus and loads the model)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url, timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)  # the test waits on the start: a refused connection costs next to nothing
        raise TimeoutError(f"the server did not answer within {timeout:.0f} s:\n{self.log()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


PORT_TAKEN = "cổng đang bận"  # what `duthao serve` says when its port is taken (app.cli.serve_cmd)


@contextmanager
def running_server(
    corpus: Path, index: Path, env: dict[str, str] | None = None, timeout: float = 300
) -> Iterator[Server]:
    """A served app, ready. The free port may be taken before the server binds it (tests run in parallel
    processes, each picking ports): then another port is tried."""
    for attempt in range(3):
        server = Server(corpus, index, free_port(), env)
        try:
            server.wait_ready(timeout)
        except RuntimeError:
            server.stop()
            if PORT_TAKEN in server.log() and attempt < 2:
                continue
            raise
        except BaseException:
            server.stop()
            raise
        try:
            yield server
        finally:
            server.stop()
        return


@contextmanager
def chromium(width: int = 1400, height: int = 1000, flags: tuple[str, ...] = ()) -> Iterator[Any]:
    """A headless Chromium driven by Selenium through Debian's chromedriver, with a throw-away profile;
    `flags` are further switches (for a test's self-signed certificate: --ignore-certificate-errors)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="duthao-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=vi-VN",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile}",
        *flags,
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# ---- page actions shared by the tests and the screenshot script ----------------------------------------


def open_page(driver: Any, url: str) -> None:
    """Open the app as a new visitor: without the conversation an earlier test left in this browser (the
    page keeps one per site, app/web/conversation.py)."""
    driver.get(url)
    driver.execute_script("window.localStorage.clear();")
    driver.get(url)


def record_chat(driver: Any) -> None:
    """From now on, note each text the chat's last answer shows (recorded_chat): a status shown for less
    time than a test takes to look is noted too."""
    driver.execute_script(
        "window.duthaoSeen = [];"
        "const chat = document.querySelector('#chat');"
        "new MutationObserver(() => {"
        "  const bots = chat.querySelectorAll(\"[data-testid='bot']\");"
        "  const text = bots.length ? bots[bots.length - 1].textContent.trim() : '';"
        "  if (window.duthaoSeen[window.duthaoSeen.length - 1] !== text) window.duthaoSeen.push(text);"
        "}).observe(chat, {childList: true, subtree: true, characterData: true});"
    )


def recorded_chat(driver: Any) -> list[str]:
    """The texts the chat's last answer showed since record_chat."""
    return driver.execute_script("return window.duthaoSeen || [];")


def wait_for(driver: Any, css: str, timeout: float = 60, text: str | None = None) -> Any:
    """The first element matching css (containing text, when given) once it is visible."""
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout)
    if text is None:
        return wait.until(ec.visibility_of_element_located(("css selector", css)))
    wait.until(ec.text_to_be_present_in_element(("css selector", css), text))
    return driver.find_element("css selector", css)


def wait_for_file(folder: Path, pattern: str, timeout: float = 30) -> Path:
    """A completely downloaded file matching pattern in folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.glob(pattern) if not p.name.endswith(".crdownload")]
        if found:
            return found[0]
        time.sleep(0.3)
    raise TimeoutError(f"no {pattern} in {folder} after {timeout:.0f} s: {sorted(folder.iterdir())}")


def open_tab(driver: Any, label: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    def tab_button(d: Any) -> Any:
        for button in d.find_elements("css selector", "button[role='tab']"):
            if button.text.strip() == label and button.is_displayed():
                return button
        return False

    WebDriverWait(driver, 30).until(tab_button).click()


def ask(driver: Any, question: str, expect: str, timeout: float = 120) -> Any:
    """Type a question in Hỏi đáp, send it, and wait until the sources panel shows `expect`."""
    box = wait_for(driver, "#question textarea")
    box.clear()
    box.send_keys(question)
    driver.find_element("css selector", "#ask-btn").click()
    return wait_for(driver, "#sources .source", timeout, text=expect)


def set_textbox(driver: Any, css: str, text: str) -> None:
    """Put text into a textarea the way a paste would (send_keys is slow and mangles some characters)."""
    box = wait_for(driver, css)
    driver.execute_script(
        "arguments[0].value = arguments[1];arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        box,
        text,
    )


def review(driver: Any, draft: str, timeout: float = 120) -> Any:
    """Paste a draft into Góp ý dự thảo, ask for the review, and wait for the checklist."""
    open_tab(driver, "Góp ý dự thảo")
    set_textbox(driver, "#draft textarea", draft)
    driver.find_element("css selector", "#review-btn").click()
    return wait_for(driver, "#checklist table.checklist tbody tr[class^='status-']", timeout)


def upload(driver: Any, path: Path, expect: str = "Đã thêm vào kho", timeout: float = 180) -> Any:
    """Add a file to the corpus through Tài liệu and wait for the rebuild to finish."""
    open_tab(driver, "Tài liệu")
    wait_for(driver, "#documents table")
    field = driver.find_element(
        "css selector", "#upload-btn input[type='file'], input[type='file'][multiple]"
    )
    field.send_keys(str(path))
    return wait_for(driver, "#docs-status", timeout, text=expect)


def remove(driver: Any, source: str, timeout: float = 120) -> Any:
    """Pick a document in Tài liệu, remove it (accepting the confirmation) and wait for the rebuild."""
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    open_tab(driver, "Tài liệu")
    wait_for(driver, "#remove-choice input").click()

    def option(d: Any) -> Any:
        found = [o for o in d.find_elements("css selector", "[role='option']") if source in o.text]
        return found[0] if found else False

    WebDriverWait(driver, 10).until(option).click()
    driver.find_element("css selector", "#remove-btn").click()
    WebDriverWait(driver, 10).until(ec.alert_is_present()).accept()
    return wait_for(driver, "#docs-status", timeout, text="Đã xóa")


def login(driver: Any, url: str, username: str, password: str) -> None:
    """Open url and fill gradio's login form."""
    driver.get(url)
    submit_login(driver, username, password)


def submit_login(driver: Any, username: str, password: str) -> None:
    """Fill the login form on the page and send it."""
    name = wait_for(driver, "input[type='text'], input[name='username']")
    name.clear()
    name.send_keys(username)
    secret = driver.find_element("css selector", "input[type='password']")
    secret.clear()
    secret.send_keys(password)
    for button in driver.find_elements("css selector", "button"):
        if button.is_displayed() and button.text.strip():
            button.click()
            break


# ---- what the user sees when something cannot be done -------------------------------------------------


def notice(driver: Any, text: str, timeout: float = 60) -> Any:
    """The pop-up notice (gradio's toast) that contains text, once it shows."""
    from selenium.webdriver.support.ui import WebDriverWait

    def found(d: Any) -> Any:
        hits = [t for t in d.find_elements("css selector", ".toast-body") if text in t.text]
        return hits[0] if hits else False

    return WebDriverWait(driver, timeout).until(found)


def notice_heading(toast: Any) -> str:
    """What the pop-up's heading shows (app.web.page puts a Vietnamese word there with CSS)."""
    row = toast.find_element("css selector", ".toast-title-row")
    content = toast.parent.execute_script("return getComputedStyle(arguments[0], '::before').content;", row)
    return f"{content.strip(chr(34))}{row.text}"


def close_notices(driver: Any) -> None:
    for button in driver.find_elements("css selector", ".toast-body .toast-close"):
        if button.is_displayed():
            button.click()


def english_errors(driver: Any) -> list[str]:
    """Visible text on the page that says "Error" (gradio's badge and pop-up title), in any case."""
    return [
        e.text
        for e in driver.find_elements("xpath", "//*[contains(translate(text(), 'ERROR', 'error'), 'error')]")
        if e.is_displayed()
    ]


def usable(driver: Any, *css: str) -> list[str]:
    """Those of the css selectors whose element is missing, hidden, disabled, or covered by another one."""
    bad = []
    for selector in css:
        found = driver.find_elements("css selector", selector)
        if not found or not found[0].is_displayed() or not found[0].is_enabled():
            bad.append(selector)
            continue
        covered = driver.execute_script(
            "const e = arguments[0]; e.scrollIntoView({block: 'center'});"
            "const s = e.getBoundingClientRect();"
            "const top = document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2);"
            "return !(top && (e === top || e.contains(top) || top.contains(e)));",
            found[0],
        )
        if covered:
            bad.append(selector)
    return bad


def statuses(driver: Any) -> dict[str, list[str]]:
    """What the page shows of running actions now: "spinners", each visible gradio status (by elem_id, with
    the label it shows), and "english", gradio's own status words in sight ("processing | 0.5s",
    "queue: 1/1", a bare timer)."""
    return driver.execute_script(
        "const seen = (e) => e.checkVisibility({opacityProperty: true, visibilityProperty: true});"
        "const spinners = [...document.querySelectorAll('.wrap:is(.full, .minimal):not(.hide)')]"
        "  .filter(seen).map(w => ((w.closest('[id]') || {}).id || '?') + ': '"
        "    + getComputedStyle(w, '::after').content);"
        "const english = [...document.querySelectorAll('body *')]"
        "  .filter(e => !e.childElementCount && /processing|queue|^\\s*[\\d.]+s\\s*$/i.test(e.textContent))"
        "  .filter(e => !e.closest('.sr-only') && !e.classList.contains('sr-only') && seen(e))"
        "  .map(e => e.textContent.trim());"
        "return {spinners, english};"
    )


def record_frames(driver: Any, result_css: str) -> None:
    """From now on, look at every frame the page paints (requestAnimationFrame runs just before each paint)
    for an action's spinner and, in that same frame, the visible elements matching result_css: a result
    shown under a running action's status; and for the progress bars in sight. Each look is one moment of
    the page; a poll from the test makes one request per look, and the page may change between two of them
    (a bar shown for a second could fall between two polls of a loaded machine). See recorded_frames."""
    driver.execute_script(
        "const mine = window.duthaoFrames = {frames: 0, busy: 0, overlaps: [], bars: []};"
        "const seen = (e) => e.checkVisibility({opacityProperty: true, visibilityProperty: true});"
        "const look = () => {"
        "  if (window.duthaoFrames !== mine) return;"  # a later record_frames replaced this one
        "  mine.frames += 1;"
        "  const bars = [...document.querySelectorAll('.progress-bar')].filter(e => e.offsetParent !== null)"
        "    .map(e => (e.closest('[id]') || {}).id || '?').join(' ');"
        "  if (bars && !mine.bars.includes(bars)) mine.bars.push(bars);"
        "  if ([...document.querySelectorAll('.wrap:is(.full, .minimal):not(.hide)')].some(seen)) {"
        "    mine.busy += 1;"
        "    const shown = [...document.querySelectorAll(arguments[0])].filter(seen);"
        "    if (shown.length && mine.overlaps.length < 20)"
        "      mine.overlaps.push(shown.map(e => e.textContent.trim().slice(0, 80)));"
        "  }"
        "  requestAnimationFrame(look);"
        "};"
        "requestAnimationFrame(look);",
        result_css,
    )


def recorded_frames(driver: Any) -> dict[str, Any]:
    """Since record_frames: how many frames were painted, in how many an action's spinner showed ("busy"),
    the texts of the results that showed in the same frame as a spinner ("overlaps", the first 20), and each
    different set of progress bars seen in one frame ("bars", their elem_ids joined by spaces)."""
    return driver.execute_script("return window.duthaoFrames;")


def in_chat_view(driver: Any, selector: str) -> dict[str, bool]:
    """Whether the last chat element matching selector is in the chat's scrolled view: its top, its
    bottom."""
    return driver.execute_script(
        "const all = document.querySelectorAll('#chat ' + arguments[0]); const e = all[all.length - 1];"
        "let box = e.parentElement;"
        "while (box && !(['auto', 'scroll'].includes(getComputedStyle(box).overflowY)"
        "  && box.scrollHeight > box.clientHeight)) box = box.parentElement;"
        "const v = (box || document.querySelector('#chat')).getBoundingClientRect();"
        "const r = e.getBoundingClientRect();"
        "return {top: r.top >= v.top - 1 && r.top <= v.bottom,"
        "  bottom: r.bottom >= v.top && r.bottom <= v.bottom + 1};",
        selector,
    )


def scroll_chat_to_top(driver: Any) -> None:
    """Scroll the chat back to its start, as a reader does with the mouse wheel."""
    driver.execute_script(
        "const first = document.querySelector('#chat [data-testid=\"user\"]'); let box = first.parentElement;"
        "while (box && !(['auto', 'scroll'].includes(getComputedStyle(box).overflowY)"
        "  && box.scrollHeight > box.clientHeight)) box = box.parentElement;"
        "box.dispatchEvent(new WheelEvent('wheel', {deltaY: -box.scrollHeight, bubbles: true}));"
        "box.scrollTop = 0;"
    )


def visible_notices(driver: Any) -> list[str]:
    """The text of each pop-up notice in sight."""
    return [t.text for t in driver.find_elements("css selector", ".toast-body") if t.is_displayed()]
