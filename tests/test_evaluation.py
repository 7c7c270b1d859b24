"""app.evaluation: list recall and forbidden phrases, per shape and half."""

from __future__ import annotations

import json
from pathlib import Path

from app.evaluation import load_questions, phrase_share


def test_phrase_share_is_case_and_space_insensitive() -> None:
    text = "Kim Thành cần nghiên cứu  phá bỏ thế độc đạo về giao thông."
    assert phrase_share(text, ["phá bỏ thế độc đạo", "KẾT NỐI giao thông"]) == 0.5
    assert phrase_share(text, []) == 1.0


def test_load_questions_reads_expect_forbid_and_halves(tmp_path: Path) -> None:
    rows = [
        {
            "question": "A?",
            "gold": ["a"],
            "expect": ["x", "y"],
            "forbid": ["z"],
            "shape": "broad",
            "half": "dev",
        },
        {"question": "B?", "unanswerable": True, "half": "heldout"},
    ]
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    dev = load_questions(path, "dev")
    assert [q.question for q in dev] == ["A?"]
    assert dev[0].expect == ("x", "y") and dev[0].forbid == ("z",) and dev[0].shape == "broad"
    held = load_questions(path, "heldout")
    assert held[0].shape == "unanswerable" and held[0].unanswerable
    assert len(load_questions(path)) == 2
