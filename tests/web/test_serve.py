"""Serving the page: one status per action, each in Vietnamese; where to open the app, said right behind a
reverse proxy; what `launch` hands gradio."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import gradio as gr
import pytest

from app.settings import Settings
from app.web import page, serve
from app.web import texts as T
from app.web.scripts import LoginPageScript
from tests.web.test_ui import FakeAssistant


def page_config(tmp_path: Path) -> dict[str, Any]:
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index")
    return page.build_ui(FakeAssistant(), settings).get_config_file()


def test_each_action_shows_one_status_and_it_is_labelled_in_vietnamese(tmp_path: Path) -> None:
    """gradio puts its spinner and an English timer on every output of an event: each event that shows
    progress at all shows it on one output, one that busy_css labels."""
    config = page_config(tmp_path)
    elem_ids = {c["id"]: c["props"].get("elem_id") for c in config["components"]}
    shown = {}
    for event in config["dependencies"]:
        if not event["backend_fn"] or event["show_progress"] == "hidden":
            continue
        targets = event.get("show_progress_on") or event["outputs"]
        assert len(targets) == 1, f"{event['api_name']} shows progress on {len(targets)} outputs"
        shown[event["api_name"]] = elem_ids[targets[0]]
    assert set(shown.values()) == set(serve.BUSY_LABELS), shown
    css = serve.busy_css()
    for elem_id, label in serve.BUSY_LABELS.items():
        assert f"#{elem_id} > .wrap" in css and json.dumps(label, ensure_ascii=False) in css


def test_a_question_shows_its_status_in_the_chat_alone(tmp_path: Path) -> None:
    config = page_config(tmp_path)
    asking = [e for e in config["dependencies"] if str(e["api_name"]).startswith(("_pose", "_answer"))]
    assert len(asking) == 6  # the button, Enter and an example, each posing then answering
    assert all(e["show_progress"] == "hidden" for e in asking)
    # queued, every one: gradio sends an event's notices ("Chưa hỏi được") through the queue only
    assert all(e["queue"] is not False for e in asking)


def test_gradios_english_status_words_are_hidden() -> None:
    css = serve.CSS_FILE.read_text(encoding="utf-8")
    hidden = ".wrap .meta-text, .wrap .meta-text-center, .wrap .progress-text {display: none !important;}"
    assert hidden in css


def test_a_running_actions_status_hides_the_last_result_in_the_same_style_rule() -> None:
    """An output that shows a result (a review, an outline, the documents, the upload's status) has what it
    showed hidden by the rule that applies while its spinner shows: spinner and old result change in one
    style recalculation, so no painted frame holds both (the browser test looks at every frame of an
    upload: tests/web/test_e2e_browser.py)."""
    css = re.sub(r"/\*.*?\*/", "", serve.CSS_FILE.read_text(encoding="utf-8"), flags=re.S)
    hidden = {
        " ".join(selector.split())
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)
        if re.search(r"display:\s*none", body)
        for selector in selectors.split(",")
    }
    for elem_id in ("review-summary", "outline", "documents", "docs-status"):
        assert elem_id in serve.BUSY_LABELS
        assert f"#{elem_id}:has(> .wrap:not(.hide)) > :not(.wrap)" in hidden, elem_id


def test_where_to_open_the_app_is_said_right_behind_a_proxy() -> None:
    alone = serve.serving_line(Settings(host="127.0.0.1", port=7861))
    assert alone == T.SERVING.format(host="127.0.0.1", port=7861)
    behind = serve.serving_line(Settings(host="127.0.0.1", port=7861, trusted_proxies=" 127.0.0.1 "))
    assert "http://127.0.0.1:7861/" in behind and "sau reverse proxy (127.0.0.1)" in behind
    assert "địa chỉ của proxy" in behind


def launched(tmp_path: Path, **settings: Any) -> dict[str, Any]:
    """What `launch` hands gradio's launch (which is not run)."""
    captured: dict[str, Any] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gr.Blocks, "launch", lambda self, **kwargs: captured.update(kwargs, demo=self))
        patch.setattr(serve, "build_ui", lambda *args: gr.Blocks())
        serve.launch(object(), Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", **settings))  # type: ignore[arg-type]
    return captured


def test_the_page_gets_its_scripts_and_the_login_page_its_own(tmp_path: Path) -> None:
    users = tmp_path / "users"
    users.write_text("", encoding="utf-8")
    with_logins = launched(tmp_path, users=users)
    assert "window.duthaoTexts" in with_logins["head"]
    assert LoginPageScript in [m.cls for m in with_logins["app_kwargs"]["middleware"]]
    without = launched(tmp_path)
    assert LoginPageScript not in [m.cls for m in without["app_kwargs"]["middleware"]]
