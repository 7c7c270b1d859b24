"""Do the sentences found answer the question? The extractive answer's honest "not found" decision (issue 17).

The evidence is a few measurements of the chosen sentences (Evidence): how many of the question's topic
words they hold, how close their meaning is, whether they state the year, the figure or the person asked
for, and how the retriever ranked their paragraph. The rules decide from it (`rule_says_answered`): topic
words or a very close meaning, and never without the year or the figure asked for.

A logistic regression over the same measurements and the rules' verdict, fitted on the dev halves of every
question set (bench/experiments/fit_answerability.py), made as many right decisions as the rules out of
fold and the same on the held-out halves: the rules stay (bench/experiments/NOTES.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app import places
from app.answers.evidence import (
    asked_level,
    asked_office,
    asks_deadline,
    asks_for_number,
    asks_meeting_date,
    asks_size,
    asks_who,
    states_count,
    states_deadline,
    states_figure,
    states_level,
    states_office,
    states_time,
    states_years,
    tells_of_meeting,
)
from app.answers.figures import figures_of_other_things, negates_asked_thing
from app.text import detect_language, has_diacritics

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
    # every count stated leaves the thing asked out ("… 20 - 25 trang, không kể phụ lục" for the appendix)
    others_counted: bool
    # a sentence near the best says the thing whose figure is asked need not be written ("Không cần dự báo
    # tình hình thế giới …" for "Phần dự báo tình hình thế giới … dài bao nhiêu?")
    thing_negated: bool
    asks_who: bool
    person_named: bool  # a chosen sentence names a person
    office_stated: bool  # the office whose holder is asked ("Bí thư Huyện ủy") is named (true when none is)
    level_stated: (
        bool  # the level asked ("cấp xã") is where the sentences stand, or none is (true when not asked)
    )
    meeting_dated: (
        bool  # the date of a meeting is asked and a sentence dates a meeting ("Chiều 21/11, … họp …")
    )
    deadline_stated: bool  # a deadline is asked and a sentence sets one ("… gửi về … trước ngày 10/6/2020")
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
        context: Sequence[str] = (),
        nearby: Sequence[str] = (),
    ) -> Evidence:
        """`context`: the chosen sentences' headings and their documents' titles; `nearby`: the sentences
        scoring near the best, chosen or not."""
        number = asks_for_number(question)
        who = asks_who(question)
        office = asked_office(question)
        level = asked_level(question)
        english = detect_language(question) == "en"
        return cls(
            coverage=coverage,
            best_terms=best_terms,
            dense=dense,
            topic_words=topic_words,
            years_stated=states_years(question, sentences),
            asks_number=number,
            figure_stated=number and states_figure(question, sentences),
            # a size asked of ("giới hạn độ dài thế nào?") is counted in pages, words or minutes
            count_stated=states_count(question, sentences)
            or asks_size(question)
            and states_figure(question, sentences),
            others_counted=number and figures_of_other_things(question, sentences),
            thing_negated=number and any(negates_asked_thing(question, s) for s in [*sentences, *nearby]),
            asks_who=who,
            person_named=who and any(map(places.names_person, sentences)),
            office_stated=office is None or states_office(sentences, office),
            level_stated=level is None or states_level([*sentences, *context], level),
            meeting_dated=asks_meeting_date(question)
            and any(tells_of_meeting(s) and states_time(s) for s in sentences),
            deadline_stated=asks_deadline(question) and any(map(states_deadline, sentences)),
            english=english,
            unaccented=not english and not has_diacritics(question),
            passage_rank=passage_rank,
            passage_share=passage_share,
        )


def rule_says_answered(ev: Evidence) -> bool:
    """A year, a figure or an office asked for must be stated; the question's topic words must be there, or
    the meaning very close."""
    if not ev.years_stated or (ev.asks_number and not ev.figure_stated):
        return False
    # "Phụ lục … bao nhiêu trang?" is not answered by "… 20 - 25 trang, không kể phụ lục", nor "Phần dự báo
    # tình hình thế giới … dài bao nhiêu?" beside "Không cần dự báo tình hình thế giới …"
    if ev.others_counted or ev.thing_negated:
        return False
    # "Ai là Bí thư Huyện ủy …?" is not answered by the Bí thư Tỉnh ủy who chaired the meeting
    if not ev.office_stated:
        return False
    # "Báo cáo chính trị … cấp xã dài bao nhiêu trang?" is not answered by guidance for the district level
    if not ev.level_stated:
        return False
    if ev.coverage >= MIN_TERM_COVERAGE:
        return True
    # "Ban Thường vụ họp góp ý dự thảo của X vào ngày nào?" of "Chiều 21/11/2024, … tổ chức hội nghị cho ý
    # kiến vào dự thảo … của X": a sentence dating a meeting answers what else the question paraphrases (the
    # sentences are those about X already)
    if ev.meeting_dated and (ev.topic_words == 0 or ev.coverage >= MIN_PARAPHRASE_COVERAGE):
        return True
    # "rút xuống còn bao nhiêu trang?" of "cần rút gọn còn khoảng 30 trang": the count of the very thing
    # counted is evidence the question's other words, paraphrased, are not; so is the person a question
    # asking who names ("Văn bản do đồng chí Đinh Thị Thu Trang … ký" for "Ai ký Hướng dẫn số 41?"), and the
    # deadline a question asking by when sets ("… gửi về Ban Thường vụ … trước ngày 10/6/2020")
    if ev.coverage >= MIN_PARAPHRASE_COVERAGE and (ev.count_stated or ev.person_named or ev.deadline_stated):
        return True
    close = ev.dense >= MIN_DENSE
    # "Dự thảo … Long Xuyên dày bao nhiêu trang?" of "Dự thảo của thành phố Long Xuyên dài 31 trang": the
    # count of the thing counted, in a sentence this close in meaning, answers whatever words it paraphrases
    if close and ev.count_stated:
        return True
    return close and (ev.coverage >= MIN_PARAPHRASE_COVERAGE or ev.topic_words == 0)


def says_answered(ev: Evidence) -> bool:
    """The decision. The rules decide: a learned judge over the same Evidence did no better on held-out
    questions (bench/experiments/NOTES.md, "A learned 'not found' judge")."""
    return rule_says_answered(ev)
