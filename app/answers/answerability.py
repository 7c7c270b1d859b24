"""Do the sentences found answer the question? The extractive answer's honest "not found" decision (issue 17).

The evidence is a few measurements of the chosen sentences (Evidence): how many of the question's topic
words they hold, how close their meaning is, whether they state the year, the figure or the person asked
for, and how the retriever ranked their paragraph. Two judges decide from it:

- the rules (`rule_says_answered`): topic words or a very close meaning, and never without the year or the
  figure asked for; calibrated by hand on the team's dev questions;
- a logistic regression over the same measurements and the rules' own verdict (`LearnedJudge`), fitted by
  bench/experiments/fit_answerability.py on the dev halves of every question set (answerable questions
  whose found sentences hold the answer against unanswerable ones). Its weights, the features' centring
  and the threshold are app/data/answerability_model.json.

The learned judge decides when its file is there; without it the rules do. Which of the two ships is
decided on the held-out halves (bench/bench_answers.py), and the fitting script says which won.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from app import places
from app.answers.evidence import asks_for_number, asks_who, states_count, states_figure, states_years
from app.text import detect_language, has_diacritics

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "answerability_model.json"

# The rules' thresholds. Calibrated on tests/data/dev_questions.jsonl with 600 news articles as distractors.
MIN_TERM_COVERAGE = 0.5  # share of the question's topic words found in the chosen sentences
# Below that, a paraphrase is accepted when some topic words are there and the meaning is very close;
# a question whose words are all generic (no topic words) relies on the meaning alone.
MIN_PARAPHRASE_COVERAGE = 0.25
MIN_DENSE = 0.87


@dataclass(frozen=True)
class Evidence:
    """What the chosen sentences show, measured for the question they may answer."""

    coverage: float  # share of the topic words in the best paragraph's chosen sentences (with its headings)
    best_terms: float  # the same for the best sentence alone
    dense: float  # the closest chosen sentence's cosine to the question (e5)
    topic_words: int  # how many topic words the question has
    years_stated: bool  # every year the question names is stated (true when it names none)
    asks_number: bool
    figure_stated: bool  # a figure of the thing asked ("31 trang") is stated
    count_stated: bool  # a count next to the thing counted ("ba đến bốn bài học")
    asks_who: bool
    person_named: bool  # a chosen sentence names a person
    english: bool  # the question is in English (its words are matched through the glossary)
    unaccented: bool  # the question is typed without diacritics
    passage_rank: int  # the retriever's rank of the best sentence's paragraph (1 = first)
    passage_share: float  # that paragraph's retrieval score over the best paragraph's

    @classmethod
    def measure(
        cls,
        question: str,
        topic_words: int,
        sentences: Sequence[str],
        coverage: float,
        best_terms: float,
        dense: float,
        passage_rank: int,
        passage_share: float,
    ) -> Evidence:
        number = asks_for_number(question)
        who = asks_who(question)
        english = detect_language(question) == "en"
        return cls(
            coverage=coverage,
            best_terms=best_terms,
            dense=dense,
            topic_words=topic_words,
            years_stated=states_years(question, sentences),
            asks_number=number,
            figure_stated=number and states_figure(question, sentences),
            count_stated=states_count(question, sentences),
            asks_who=who,
            person_named=who and any(map(places.names_person, sentences)),
            english=english,
            unaccented=not english and not has_diacritics(question),
            passage_rank=passage_rank,
            passage_share=passage_share,
        )

    def features(self) -> dict[str, float]:
        """The numbers the learned judge weighs, the rules' verdict among them."""
        values = {k: float(v) for k, v in asdict(self).items() if k not in ("topic_words", "passage_rank")}
        values["log_topic_words"] = math.log1p(self.topic_words)
        values["inverse_rank"] = 1.0 / max(self.passage_rank, 1)
        values["no_topic_words"] = float(self.topic_words == 0)
        values["number_missing"] = float(self.asks_number and not self.figure_stated)
        values["rule"] = float(rule_says_answered(self))
        return values


def rule_says_answered(ev: Evidence) -> bool:
    """A year or a figure asked for must be stated; the question's topic words must be there, or the
    meaning very close."""
    if not ev.years_stated or (ev.asks_number and not ev.figure_stated):
        return False
    if ev.coverage >= MIN_TERM_COVERAGE:
        return True
    # "rút xuống còn bao nhiêu trang?" of "cần rút gọn còn khoảng 30 trang": the count of the very thing
    # counted is evidence the question's other words, paraphrased, are not; so is the person a question
    # asking who names ("Văn bản do đồng chí Đinh Thị Thu Trang … ký" for "Ai ký Hướng dẫn số 41?")
    if ev.coverage >= MIN_PARAPHRASE_COVERAGE and (ev.count_stated or ev.person_named):
        return True
    close = ev.dense >= MIN_DENSE
    return close and (ev.coverage >= MIN_PARAPHRASE_COVERAGE or ev.topic_words == 0)


@dataclass(frozen=True)
class LearnedJudge:
    """p = sigmoid(Σ w · (f − centre) / scale + b); answered when p ≥ threshold."""

    weights: dict[str, float]
    centre: dict[str, float]
    scale: dict[str, float]
    bias: float
    threshold: float

    def probability(self, ev: Evidence) -> float:
        f = ev.features()
        z = self.bias + sum(
            w * (f[name] - self.centre[name]) / (self.scale[name] or 1.0) for name, w in self.weights.items()
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def answered(self, ev: Evidence) -> bool:
        return self.probability(ev) >= self.threshold

    @classmethod
    def from_file(cls, path: Path) -> LearnedJudge:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            weights=data["weights"],
            centre=data["centre"],
            scale=data["scale"],
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )


@functools.cache
def learned_judge() -> LearnedJudge | None:
    """The fitted judge, or None (the rules decide) when no model file ships or it cannot be read."""
    if not MODEL_FILE.exists():
        return None
    try:
        return LearnedJudge.from_file(MODEL_FILE)
    except (OSError, ValueError, KeyError, TypeError) as exc:  # a damaged file: the rules still answer
        log.warning("answerability model unreadable (%s): the rules decide", exc)
        return None


def says_answered(ev: Evidence) -> bool:
    """The decision: the learned judge when it ships, the rules otherwise."""
    judge = learned_judge()
    return judge.answered(ev) if judge is not None else rule_says_answered(ev)
