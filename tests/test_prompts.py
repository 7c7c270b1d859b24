"""app.prompts: the prompt files, read from one folder, split into system and user parts."""

from __future__ import annotations

import re

from app.prompts import PROMPTS_DIR, load_prompt, load_prompt_parts


def fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_prompt_file_is_there_with_the_fields_the_code_fills() -> None:
    assert sorted(p.stem for p in PROMPTS_DIR.glob("*.md")) == ["answer", "condense", "review"]
    assert fields(load_prompt("answer")) == {"language", "not_found"}
    assert fields(load_prompt("condense")) == {"history", "question"}


def test_a_prompt_splits_at_its_separator_line() -> None:
    system, user = load_prompt_parts("review")
    assert "[R" in system and "---" not in system
    assert fields(system) == set() and fields(user) == {"district", "requirements", "draft"}


def test_a_prompt_without_a_separator_is_all_system() -> None:
    system, user = load_prompt_parts("answer")
    assert user == "" and system == load_prompt("answer").strip()
