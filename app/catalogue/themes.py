"""Which part of a district political report a requirement belongs to (Theme), from the headings it sits
under (innermost first) and, failing that, from its own words. Keywords: app/lexicon/theme_keywords.txt."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from app import lexicon
from app.domain import Theme
from app.text import fold, syllables


@functools.cache
def _keywords() -> tuple[tuple[Theme, tuple[tuple[str, ...], ...]], ...]:
    table = []
    for name, phrases in lexicon.pairs("theme_keywords").items():
        folded = tuple(tuple(syllables(fold(p))) for p in phrases.split("|") if p.strip())
        table.append((Theme(name), folded))
    return tuple(table)


def _scores(text: str) -> dict[Theme, float]:
    words = syllables(fold(text))
    grams = {" ".join(words[i : i + n]) for n in range(1, 5) for i in range(len(words) - n + 1)}
    scores: dict[Theme, float] = {}
    for theme, phrases in _keywords():
        hit = sum(len(p) for p in phrases if " ".join(p) in grams)
        if hit:
            scores[theme] = float(hit)
    return scores


def theme_of_text(text: str) -> Theme | None:
    """The theme the text's own words point to most (longer phrases weigh more), or None."""
    scores = _scores(text)
    if not scores:
        return None
    order = [t for t, _ in _keywords()]
    return max(scores, key=lambda t: (scores[t], -order.index(t)))


# Themes narrow enough that a heading or an item naming them settles it; the others (general, assessment,
# goals, sectors) are broad parts whose items may belong to a narrower theme ("Phần thứ hai" holds the
# breakthroughs and Party building as well as the goals).
NARROW = frozenset((Theme.SHORTCOMINGS, Theme.LESSONS, Theme.BREAKTHROUGHS, Theme.PARTY, Theme.ORGANISATION))


def classify(text: str, section: Sequence[str] = ()) -> Theme:
    """The requirement's theme: a narrow theme its headings name, else a narrow theme its own words name,
    else the broad theme of its innermost heading that names one, else its words' theme, else GENERAL."""
    heading_theme = next((t for h in reversed(section) if (t := theme_of_text(h)) is not None), None)
    text_theme = theme_of_text(text)
    if heading_theme in NARROW:
        return heading_theme
    if text_theme in NARROW:
        return text_theme
    return heading_theme or text_theme or Theme.GENERAL
