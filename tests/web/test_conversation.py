"""The conversation as the browser keeps it: stored whole and read back equal, given back to its own user
only, anything unreadable an empty conversation; the chat drawn again from it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from app.domain import Answer, Chunk, Citation, DocType, Language, Passage
from app.web import conversation
from app.web.render import answer_message
from tests.web.test_ui import KIM_THANH_QUOTE, kim_thanh_answer


def english_answer() -> Answer:
    """An answer with every kind of field set: a page, a section, districts, a notice, unsupported
    sentences, the English language."""
    chunk = Chunk(
        "reports/r.pdf#3", "h2", "reports/r.pdf", "Báo cáo", None, DocType.REPORT, 3, 4, "Đoạn ba.",
        districts=("Tứ Kỳ", "Kim Thành"), inherited=True, section="I › 1", page=2,
    )  # fmt: skip
    citation = Citation(1, "reports/r.pdf", "Báo cáo", None, 3, "Đoạn ba", "Đoạn ba.", False, "I › 1", 2)
    return Answer(
        "What about Tứ Kỳ?",
        "Đoạn ba. [1]",
        True,
        (citation,),
        (Passage(1, chunk, 0.5, doc_districts=("Tứ Kỳ",), lead="Như sau:"),),
        Language.EN,
        notice="LLM failed",
        standalone_question="What must Tứ Kỳ's report cover?",
        unsupported=("Một câu.",),
    )


def test_a_stored_conversation_reads_back_equal_through_json() -> None:
    answers = [kim_thanh_answer(), english_answer()]
    stored = json.loads(json.dumps(conversation.store(answers, "lan")))  # as localStorage holds it
    assert conversation.answers_of(stored, "lan") == answers


def test_a_conversation_is_given_back_to_its_own_user_only() -> None:
    stored = conversation.store([kim_thanh_answer()], "lan")
    assert conversation.answers_of(stored, "minh") == []
    assert conversation.answers_of(stored, None) == []
    assert conversation.answers_of(conversation.store([kim_thanh_answer()]), None) == [kim_thanh_answer()]


def test_what_cannot_be_read_is_an_empty_conversation() -> None:
    good = conversation.store([kim_thanh_answer()], "lan")
    broken = json.loads(json.dumps(good))
    broken["answers"][0]["passages"][0]["chunk"]["doc_type"] = "thư"
    missing = json.loads(json.dumps(good))
    del missing["answers"][0]["question"]
    other_version = {"v": 99, "user": "lan", "answers": []}
    for stored in (None, "x", [], other_version, broken, missing, {**good, "answers": 3}):
        assert conversation.answers_of(stored, "lan") == [], stored  # type: ignore[arg-type]


def test_a_field_added_to_an_answer_since_it_was_stored_takes_its_default() -> None:
    stored = json.loads(json.dumps(conversation.store([kim_thanh_answer()])))
    del stored["answers"][0]["unsupported"]
    del stored["answers"][0]["citations"][0]["page"]
    stored["answers"][0]["a_field_of_a_later_version"] = 1
    assert conversation.answers_of(stored) == [kim_thanh_answer()]


def test_only_the_last_answers_are_kept() -> None:
    answers = [replace(kim_thanh_answer(), question=f"Câu {i}") for i in range(conversation.MAX_ANSWERS + 5)]
    kept = conversation.answers_of(conversation.store(answers))
    assert len(kept) == conversation.MAX_ANSWERS and kept[-1].question == answers[-1].question


def test_the_chat_is_drawn_again_from_the_answers_each_linked_to_its_own_sources() -> None:
    answer = replace(kim_thanh_answer(), question="Kim Thành <cần> gì?")
    chat = conversation.chat_of([kim_thanh_answer(), answer])
    assert chat[2] == {"role": "user", "content": "Kim Thành &lt;cần&gt; gì?"}
    assert [m["content"] for m in chat[1::2]] == [
        answer_message(kim_thanh_answer(), 1),
        answer_message(answer, 2),
    ]
    assert "href='#nguon-2-1'" in chat[3]["content"] and KIM_THANH_QUOTE in chat[3]["content"]
    assert conversation.chat_of([]) == []


def test_every_process_of_a_deployment_reads_what_another_stored(tmp_path: Path) -> None:
    """The key is the same for every process with the same index folder (and after a restart), and
    another for another deployment."""
    index = tmp_path / "index"
    assert conversation.storage_secret(index) == conversation.storage_secret(tmp_path / "." / "index")
    assert conversation.storage_secret(index) != conversation.storage_secret(tmp_path / "other")
