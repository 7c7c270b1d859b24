"""The downloads' session folders: bounded however many exports, removed when the session ends or idles."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from app.web import actions as ui_actions
from app.web.downloads import KEEP, SessionFolders, remove_empty_folders
from tests.web.test_ui import kim_thanh_answer, outline_of, review_of


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_fifty_conversation_exports_in_one_session_leave_the_last_two(tmp_path: Path) -> None:
    folders = SessionFolders(tmp_path / "downloads")
    answers = [kim_thanh_answer()]
    written = [ui_actions.export_conversation(answers, folders.fresh("tab-1", "hoi-dap")) for _ in range(50)]
    left = files_in(folders.root)
    assert len(left) == 2 * KEEP
    newest, before = written[-1], written[-2]
    assert newest is not None and before is not None
    assert set(left) == {*newest, *before}  # the current download is never the one removed
    assert "Kim Thành" in newest[0].read_text(encoding="utf-8")


def test_each_kind_and_each_session_keeps_its_own_exports(tmp_path: Path) -> None:
    folders = SessionFolders(tmp_path / "downloads")
    for _ in range(5):
        for session in ("tab-1", "tab-2"):
            ui_actions.export_conversation([kim_thanh_answer()], folders.fresh(session, "hoi-dap"))
            ui_actions.export_review(review_of(), folders.fresh(session, "gop-y"))
            ui_actions.export_outline(outline_of(), folders.fresh(session, "dan-y"))
    assert len(files_in(folders.root)) == 2 * 3 * KEEP * 2  # sessions × kinds × exports kept × (.md, .docx)
    names = {p.name for p in files_in(folders.root)}
    assert {"hoi-dap.md", "gop-y-du-thao-kim-thành.docx", "dan-y-bao-cao-kim-thành.md"} <= names


def test_ending_a_session_removes_its_folder_and_only_its(tmp_path: Path) -> None:
    folders = SessionFolders(tmp_path / "downloads")
    mine = folders.fresh("tab-1", "hoi-dap")
    theirs = folders.fresh("tab-2", "hoi-dap")
    ui_actions.export_conversation([kim_thanh_answer()], mine)
    ui_actions.export_conversation([kim_thanh_answer()], theirs)
    folders.end("tab-1")
    assert not mine.parent.exists() and len(files_in(theirs)) == 2
    folders.end("tab-1")  # a session ends once, but a second call is harmless
    folders.close()
    assert not folders.root.exists()


def test_a_session_id_from_the_client_cannot_leave_the_root(tmp_path: Path) -> None:
    folders = SessionFolders(tmp_path / "downloads")
    for session in ("../../outside", "/tmp/outside", "..", "", None):
        folder = folders.fresh(session, "hoi-dap")
        assert folder.resolve().parent.parent == folders.root.resolve()
        folders.end(session)
    assert not (tmp_path / "outside").exists() and folders.root.is_dir()


def test_sessions_idle_past_the_limit_are_removed_and_active_ones_kept(tmp_path: Path) -> None:
    folders = SessionFolders(tmp_path / "downloads")
    gone, active = folders.fresh("closed-without-a-word", "hoi-dap"), folders.fresh("tab-1", "hoi-dap")
    two_hours_ago = time.time() - 7200
    os.utime(gone.parent, (two_hours_ago, two_hours_ago))
    folders.sweep(idle_seconds=3600)
    assert not gone.parent.exists() and active.is_dir()


def test_nothing_is_written_before_the_first_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    folders = SessionFolders()
    folders.end("tab-1")
    folders.sweep()
    folders.close()
    assert list(tmp_path.iterdir()) == []
    root = folders.fresh("tab-1", "hoi-dap").parent.parent
    assert root.parent == tmp_path and root.name.startswith("duthao-downloads-")
    folders.close()
    assert list(tmp_path.iterdir()) == []


def test_sessions_exporting_at_once_stay_bounded(tmp_path: Path) -> None:
    folders = SessionFolders(tmp_path / "downloads")

    def export(session: str) -> None:
        for _ in range(10):
            ui_actions.export_review(review_of(), folders.fresh(session, "gop-y"))

    threads = [threading.Thread(target=export, args=(f"tab-{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(files_in(folders.root)) == 6 * KEEP * 2


def test_empty_folders_go_and_a_folder_holding_a_file_stays(tmp_path: Path) -> None:
    """What gradio leaves in its cache after a stop: empty folders go, another process's file stays, and
    a link is not followed out of the cache."""
    cache, outside = tmp_path / "gradio", tmp_path / "outside"
    (cache / "a" / "b").mkdir(parents=True)
    (cache / "vibe_edit_history").mkdir()
    (cache / "c").mkdir()
    (cache / "c" / "hoi-dap.md").write_text("của tiến trình khác", encoding="utf-8")
    (outside / "empty").mkdir(parents=True)
    (cache / "link").symlink_to(outside, target_is_directory=True)
    remove_empty_folders(cache)
    assert sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*")) == ["c", "c/hoi-dap.md", "link"]
    assert (outside / "empty").is_dir()
    (cache / "c" / "hoi-dap.md").unlink()
    (cache / "link").unlink()
    remove_empty_folders(cache)
    assert not cache.exists()
