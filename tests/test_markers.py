"""app.markers and its rule, asked of every answer path: each [n] an answer shows has its citation n, no
citation goes unmarked, the sources panel shows exactly the cited paragraphs with the ids the chat's
markers link to, and the exports turn every marker into a footnote.

The property is asked over many questions on the seed corpus (the catalogue's lists, closest requirements,
which districts, letterhead facts, quoted sentences, not found), on the seed with the test documents beside
it (sections quoted whole, a document printing its own "[17]"), and with a fake LLM that misuses markers.
Real Chroma in tmp_path, the hashing embedder."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from app import markers, places
from app.domain import Answer, Citation, Language
from app.export import conversation_docx, conversation_markdown
from app.service import Assistant, build_assistant
from app.settings import Settings
from app.web.render import answer_message, sources_html
from tests.conftest import REPO, SEED
from tests.fakes import HashEmbeddings, QuotingChat

MARKER = re.compile(r"\[(\d+)\]")  # the test's own reading of a marker, not the code's
DATA = REPO / "tests" / "data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ---- the rule ------------------------------------------------------------------------------------------


def test_markers_are_read_and_checked_against_citation_numbers() -> None:
    assert markers.numbers("a [1] b [2] c [1]") == [1, 2, 1]
    assert markers.unmatched("a [1] b [2]", [1, 2]) is None
    assert "[3] have no citation" in markers.unmatched("a [1] [3]", [1])
    assert "[2] are not marked" in markers.unmatched("a [1]", [1, 2])
    assert "share a number" in markers.unmatched("a [1]", [1, 1])


def test_a_documents_own_bracketed_number_is_no_marker() -> None:
    text = markers.literal("đã có [17] điểm giao dịch [Nam Sách]")
    assert text == "đã có ［17］ điểm giao dịch [Nam Sách]" and markers.numbers(text) == []


def test_an_answer_cannot_be_made_with_a_marker_pointing_nowhere_or_a_citation_unmarked() -> None:
    cited = Citation(1, "g.txt", "T", None, 2, "q")
    with pytest.raises(ValueError, match=r"markers \[1, 2, 3\] have no citation"):
        Answer("q", "Hướng dẫn chưa nêu … [1] [2] [3]", False)
    with pytest.raises(ValueError, match="not marked"):
        Answer("q", "Không tìm thấy.", False, (cited,))
    assert Answer("q", "Câu [1].", True, (cited,)).citations == (cited,)


# ---- the property, over every answer path ----------------------------------------------------------------


def assert_cited(answer: Answer, turn: int) -> None:
    """Every [n] has citation n, every citation its [n] (numbered 1…k), the panel shows exactly those with
    the ids the chat's links lead to, and the Markdown export makes each a footnote."""
    written = [int(n) for n in MARKER.findall(answer.text)]
    numbers = [c.n for c in answer.citations]
    where = f"{answer.question!r} → {answer.text!r}"
    assert set(written) == set(numbers), where
    assert numbers == list(range(1, len(numbers) + 1)), where

    panel = sources_html(answer, turn)
    ids = re.findall(r"<div class='source' id='nguon-(\d+)-(\d+)'", panel)
    assert ids == [(str(turn), str(n)) for n in numbers], where
    assert panel.count("class='source related'") == (0 if numbers else min(3, len(answer.passages)))

    message = answer_message(answer, turn)
    links = re.findall(r"<a class='cite-ref' href='#nguon-(\d+)-(\d+)'[^>]*>\[(\d+)\]</a>", message)
    assert [int(n) for _, n, shown in links if n == shown and _ == str(turn)] == written, where
    assert len(MARKER.findall(re.sub(r"<a [^>]*>\[\d+\]</a>", "", message))) == 0, where

    md = conversation_markdown([answer])
    # the answer's lines: not the question (a heading), nor the footnotes (verbatim quotes, “…”)
    body = "\n".join(line for line in md.splitlines() if not line.startswith(("#", "[^")))
    assert not re.search(r"\\\[\d+\\\]", body), where  # no marker left as text
    assert len(re.findall(r"^\[\^\d+\]: ", md, re.MULTILINE)) == len(numbers), where


def docx_footnotes_match(answers: list[Answer], path: Path) -> None:
    """The Word export of the conversation: one footnote per cited source of each answer, every reference
    to one of them, and no "[n]" left in the body."""
    conversation_docx(answers, path)
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        notes = etree.fromstring(z.read("word/footnotes.xml"))
    ids = {int(f.get(f"{W}id")) for f in notes.iter(f"{W}footnote")} - {-1, 0}
    refs = {int(r.get(f"{W}id")) for r in body.iter(f"{W}footnoteReference")}
    assert len(ids) == sum(len(a.citations) for a in answers)
    assert refs == ids
    said = [p.text for p in docx.Document(str(path)).paragraphs if not p.style.name.startswith("Heading")]
    assert not any(MARKER.search(text) for text in said)  # the questions are headings: not markers


def _questions(*names: str) -> list[str]:
    out = []
    for name in names:
        for line in (DATA / "eval" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["question"])
    return out


TOPICS = ("giao thông", "du lịch", "y tế", "công tác cán bộ", "công nghiệp", "giáo dục", "quy hoạch")
TEMPLATES = (
    "Báo cáo chính trị của {d} cần đề cập gì về {t}?",
    "Báo cáo chính trị của {d} cần đề cập những gì?",
    "{d} cần làm gì về {t}?",
    "Thường trực Tỉnh ủy lưu ý riêng gì cho {d}?",
    "What must {d}'s report say about {t}?",
)


def seed_questions() -> list[str]:
    """The seed's question sets, and every district asked about every topic in every way: lists, closest
    requirements, own requirements missing, narrow and English questions."""
    generated = [
        template.format(d=d, t=TOPICS[i % len(TOPICS)])
        for i, d in enumerate(places.names())
        for template in TEMPLATES
    ]
    generated += [f"Báo cáo chính trị của Kim Thành cần đề cập gì về {t}?" for t in TOPICS]
    typed = [  # a user's own "[1]" is no marker either
        "Báo cáo chính trị của Kim Thành cần đề cập gì về du lịch [1]?",
        "Những huyện nào cần phát triển công nghiệp [2]?",
        "Tỉnh ủy Nghệ An [3] yêu cầu gì?",
    ]
    facts = ["Cuộc làm việc diễn ra ngày nào?", "Ai viết bài này?", "Những huyện nào phải trở thành thị xã?"]
    seed_sets = (DATA / "dev_questions.jsonl").read_text(encoding="utf-8").splitlines()
    dev = [json.loads(line)["question"] for line in seed_sets if line.strip()]
    return _questions("seed.jsonl") + dev + generated + typed + facts


def _assistant(root: Path, documents: list[Path], chat: object | None = None) -> Assistant:
    corpus = root / "corpus"
    for folder in ("guidance", "reports"):
        (corpus / folder).mkdir(parents=True, exist_ok=True)
    for path in documents:
        folder = "reports" if "reports" in path.parts else "guidance"
        shutil.copy(path, corpus / folder / path.name)
    settings = Settings(corpus_dir=corpus, index_dir=root / "index", embeddings="hash-test", llm="none")
    assistant = build_assistant(settings, embeddings=HashEmbeddings(), chat_model=chat)
    assistant.build_index()
    return assistant


@pytest.fixture(scope="module")
def seed_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _assistant(tmp_path_factory.mktemp("seed"), [SEED])


def _ask_all(assistant: Assistant, questions: list[str], tmp_path: Path) -> list[Answer]:
    answers = [assistant.ask(q) for q in questions]
    for turn, answer in enumerate(answers, 1):
        assert_cited(answer, turn)
    docx_footnotes_match(answers, tmp_path / "hoi-dap.docx")
    return answers


@pytest.mark.integration
def test_every_marker_of_every_answer_on_the_seed_has_its_source(
    seed_assistant: Assistant, tmp_path: Path
) -> None:
    answers = _ask_all(seed_assistant, seed_questions(), tmp_path)
    assert len(answers) > 100
    texts = [a.text for a in answers]
    # the paths the questions went through: each at least once, with markers where it quotes
    closest = [a for a in answers if a.text.startswith("Hướng dẫn chưa nêu yêu cầu về")]
    assert closest and all(not a.found and a.citations for a in closest)
    assert any("Yêu cầu riêng đối với" in t for t in texts)  # a catalogue list
    assert any(t.startswith("• ") and ": " in t and a.citations for t, a in zip(texts, answers, strict=True))
    assert any(a.found and a.citations and a.text.startswith("Ngày") for a in answers)  # a letterhead fact
    assert any(not a.found and not a.citations for a in answers)  # not found
    assert any("The documents say" in t for t in texts)  # English
    assert any("［1］" in t for t in texts)  # the user's own "[1]", echoed, is no marker


@pytest.mark.integration
def test_every_marker_with_the_test_documents_beside_the_seed(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    extra = tmp_path_factory.mktemp("extra") / "tin-ngan-hang.txt"
    extra.write_text(
        "Ngân hàng mở thêm điểm giao dịch tại Thanh Hà\n\n"
        "Đến nay, ngân hàng đã triển khai được [17] điểm giao dịch tự động tại Thanh Hà [2].\n\n"
        "Huyện Thanh Hà cần [3] mở rộng mạng lưới điểm giao dịch tự động đến các xã.\n",
        encoding="utf-8",
    )
    documents = [SEED, extra, *sorted((DATA / "corpus").glob("*/*"))]
    assistant = _assistant(tmp_path_factory.mktemp("mixed"), documents)
    questions = _questions("docx.jsonl", "md.jsonl", "txt.jsonl", "news.jsonl", "report.jsonl")
    questions += [
        "Ngân hàng đã triển khai bao nhiêu điểm giao dịch tự động tại Thanh Hà?",
        "Thanh Hà cần mở rộng mạng lưới điểm giao dịch như thế nào?",
        "Báo cáo chính trị Thanh Hà nêu những hạn chế, yếu kém gì?",
        "Các bài học kinh nghiệm là gì?",
    ]
    answers = _ask_all(assistant, questions, tmp_path)
    assert any(a.text.startswith('Mục "') for a in answers)  # a section, quoted whole
    assert any("［17］" in a.text for a in answers)  # the document's "[17]", quoted, is no marker


@pytest.mark.integration
def test_every_marker_of_an_llm_answer_has_its_source(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = _assistant(tmp_path_factory.mktemp("llm"), [SEED], QuotingChat())
    answers = _ask_all(assistant, seed_questions()[:60], tmp_path_factory.mktemp("llm-out"))
    assert any(a.unsupported and a.citations for a in answers)  # a flagged sentence beside cited ones
    assert any(a.found and len(a.citations) > 1 for a in answers)
    assert all(a.language in (Language.VI, Language.EN) for a in answers)
