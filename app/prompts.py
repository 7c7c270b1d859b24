"""The prompt files in prompts/: one place that knows where they are and how they are split."""

from __future__ import annotations

from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
PART_SEPARATOR = "\n---\n"  # between a prompt's system part and its user part


def load_prompt(name: str) -> str:
    """The text of prompts/<name>.md."""
    return (PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8")


def load_prompt_parts(name: str) -> tuple[str, str]:
    """A prompt file split into its system and user parts (at the line '---'); no '---': all system."""
    system, _, user = load_prompt(name).partition(PART_SEPARATOR)
    return system.strip(), user.strip()
