"""The sentences an extractive answer chooses from, and the one way they are reordered.

A Candidate is a sentence of a retrieved passage with its scores (answerer._score_sentences). The checks
that tell which candidates give what is asked (evidence, figures) move those near the best to the front
(first_near_best); they never drop one: a ranking signal, not a filter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain import Passage

MAX_SENTENCES = 3  # an answer quotes at most this many sentences (a list question quotes its paragraph)
# asked to fill a slot ("bằng hình thức gì?"), a sentence that fills it comes first when it scores at least
# this share of the best: a heading that repeats the question's names does not answer it
SLOT_RATIO = 0.6


@dataclass
class Candidate:
    passage: Passage
    sentence: str
    position: int
    named: tuple[str, ...] = ()  # districts the sentence itself names
    dense: float = 0.0
    terms: float = 0.0
    score: float = 0.0


def first_near_best(pool: list[Candidate], answers: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates scoring at least SLOT_RATIO of the best that give what is asked, first; the order is
    otherwise kept and none is dropped (a ranking signal, not a filter)."""
    if not pool:
        return pool
    floor = SLOT_RATIO * pool[0].score
    first = [c for c in pool if c.score >= floor and answers(c)]
    return first + [c for c in pool if c not in first]
