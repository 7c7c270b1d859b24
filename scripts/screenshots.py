"""Real screenshots of the running app, one per tab, for the README.

Starts `python -m app serve` on a temporary copy of the shipped corpus, drives Debian's headless Chromium
(scripts/setup-browser installs it), asks the seed's Kim Thành question, reviews a sample draft and opens the
documents list:

    python scripts/screenshots.py   # → docs/screenshot-hoi-dap.png, -gop-y.png, -dan-y.png, -tai-lieu.png
    python scripts/screenshots.py --out /tmp/shots
    python scripts/screenshots.py --url http://127.0.0.1:7860/   # an app already running (e.g. with an LLM)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from selenium.webdriver.common.by import By  # noqa: E402

from tests import browser  # noqa: E402

KIM_THANH_QUESTION = "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?"
SAMPLE_DRAFT = REPO / "tests" / "data" / "drafts" / "05_kim_thanh_giao_thong.txt"
WIDTH, HEIGHT = 1400, 1000


def shoot(driver: Any, path: Path, max_height: int = 2600) -> None:
    """A PNG of the whole page (up to max_height), after animations settle."""
    time.sleep(1.0)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    # the viewport, not the window, is what gets captured: size it to the page
    metrics = {
        "width": WIDTH,
        "height": min(max(height, HEIGHT), max_height),
        "deviceScaleFactor": 1,
        "mobile": False,
    }
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    time.sleep(0.5)
    driver.save_screenshot(str(path))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"wrote {path}")


def shoot_tabs(driver: Any, url: str, out: Path) -> None:
    """Hỏi đáp after the Kim Thành question, Góp ý after reviewing the sample draft, then Tài liệu."""
    driver.get(url)
    browser.ask(driver, KIM_THANH_QUESTION, "phá bỏ thế độc đạo về giao thông")
    shoot(driver, out / "screenshot-hoi-dap.png")

    browser.review(driver, SAMPLE_DRAFT.read_text(encoding="utf-8"))
    shoot(driver, out / "screenshot-gop-y.png", max_height=1800)

    browser.open_tab(driver, "Dàn ý báo cáo")
    choose(driver, "#outline-district", "Kim Thành")
    driver.find_element(By.CSS_SELECTOR, "#outline-btn").click()
    browser.wait_for(driver, "#outline", text="phá bỏ thế độc đạo")
    shoot(driver, out / "screenshot-dan-y.png", max_height=1800)

    browser.open_tab(driver, "Tài liệu")
    browser.wait_for(driver, "#documents table")
    shoot(driver, out / "screenshot-tai-lieu.png")


def choose(driver: Any, css: str, value: str) -> None:
    """Pick a value in a gradio dropdown: type it into its box and confirm."""
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.CSS_SELECTOR, f"{css} input")
    box.click()
    box.send_keys(value)
    time.sleep(0.5)
    box.send_keys(Keys.ENTER)
    time.sleep(0.5)


@contextmanager
def app_url(url: str | None) -> Iterator[str]:
    """The given URL, or a fresh app on a temporary copy of the shipped corpus."""
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="duthao-shots-") as tmp:
        folder = Path(tmp)
        with browser.running_server(browser.copy_seed(folder), folder / "index") as server:
            yield server.url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs", help="folder for the PNGs (default docs/)")
    parser.add_argument("--url", help="shoot this running app instead of starting one")
    args = parser.parse_args()
    problem = browser.missing_chromium()
    if problem:
        print(f"screenshots: {problem}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with app_url(args.url) as url, browser.chromium(WIDTH, HEIGHT) as driver:
        shoot_tabs(driver, url, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
