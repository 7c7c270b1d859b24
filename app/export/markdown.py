"""Outlines and conversations as Markdown, with footnotes (`[^k]`) numbered across the document.

A citation marked twice in one answer repeats its `[^k]` label. Everything from a document is escaped where
Markdown would read it as markup, so it shows as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.domain import Answer, Outline
from app.export.content import LABELS, Note, Ref, clean, conversation_exchanges, footer_text, outline_sections

_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~]|&(?=#?\w+;))")
_MD_LINE_START = re.compile(r"^([ \t]*)(?:([-+=])|(\d+)([.)]))", re.MULTILINE)  # list, setext


def _md(text: str) -> str:
    """Escape what Markdown would read as markup, so the text shows as written."""

    def line_start(m: re.Match[str]) -> str:  # "- x" → "\- x", "1. x" → "1\. x"
        return f"{m[1]}\\{m[2]}" if m[2] else f"{m[1]}{m[3]}\\{m[4]}"

    return _MD_LINE_START.sub(line_start, _MD_INLINE.sub(r"\\\1", text))


def _md_notes(notes: Sequence[Note]) -> list[str]:
    return [f"[^{note.n}]: {_md(note.text())}" for note in notes]


def outline_markdown(outline: Outline, generated: date | None = None) -> str:
    """The outline as Markdown: sections, requirements with their quotes, footnotes naming the sources."""
    district = clean(outline.district)
    sections = outline_sections(outline)
    count = sum(len(s.items) for s in sections)
    lines = [f"# {_md(LABELS['outline_title'].format(district=district))}", ""]
    intro = "outline_intro" if count else "outline_empty"
    lines += [_md(LABELS[intro].format(district=district, count=count)), ""]
    notes = []
    for section in sections:
        lines += [f"## {_md(section.title)}", ""]
        if not section.items:
            lines += [f"_{_md(LABELS['section_empty'])}_", ""]
        for item in section.items:
            own = f" ({_md(item.own)})" if item.own else ""
            lines.append(f"{item.number}. {_md(item.text)}{own}: “{_md(item.quote)}”[^{item.note.n}]")
            notes.append(item.note)
        if section.items:
            lines.append("")
    lines += [f"_{_md(footer_text(generated))}_", ""]
    if notes:
        lines += [*_md_notes(notes), ""]
    return "\n".join(lines)


def conversation_markdown(exchanges: Sequence[Answer]) -> str:
    """A conversation as Markdown: each question as a heading, its answer with the [n] marks as footnotes."""
    lines = [f"# {_md(LABELS['conversation_title'])}", ""]
    notes: list[Note] = []
    for exchange in conversation_exchanges(exchanges):
        lines += [f"## {_md(exchange.question)}", ""]
        if exchange.notice:
            lines += [f"_{_md(exchange.notice)}_", ""]
        for line in exchange.lines:
            text = "".join(f"[^{s.n}]" if isinstance(s, Ref) else _md(s) for s in line)
            lines += [text, ""]
        notes += exchange.notes
    if notes:
        lines += [*_md_notes(notes), ""]
    return "\n".join(lines)
