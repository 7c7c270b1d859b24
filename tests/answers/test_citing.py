"""app.answers.citing: an answer's markers are written only with their citations, numbered as first cited."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.answers.citing import Citing, quoted
from app.domain import Citation, Language


def _citation(n: int, quote: str = "q") -> Citation:
    return Citation(n, "g.txt", "T", None, n + 10, quote)


def test_a_source_keeps_its_number_and_its_citation_may_grow() -> None:
    citing = Citing()
    first = citing.cite("a", lambda n: _citation(n, "một"))
    second = citing.cite("b", _citation)
    again = citing.cite("a", _citation, lambda c: replace(c, quote=c.quote + " hai"))
    assert (first, second, again) == ("[1]", "[2]", "[1]")
    assert [(c.n, c.quote) for c in citing.citations] == [(1, "một hai"), (2, "q")]
    answer = citing.answer("hỏi", f"A {first}. B {second}. C {again}.", (), Language.VI)
    assert answer.found and answer.citations == citing.citations


def test_a_citation_made_with_another_number_is_refused() -> None:
    with pytest.raises(ValueError, match="made for marker"):
        Citing().cite("a", lambda n: _citation(n + 1))


def test_an_answer_that_drops_a_marker_it_was_given_is_refused() -> None:
    citing = Citing()
    citing.cite("a", _citation)
    with pytest.raises(ValueError, match="not marked"):
        citing.answer("hỏi", "Không có dấu nào.", (), Language.VI)


def test_document_text_quoted_into_an_answer_holds_no_marker() -> None:
    citing = Citing()
    text = f"{quoted('đã có [17] điểm')} {citing.cite('a', _citation)}"
    assert citing.answer("hỏi", text, (), Language.VI).text == "đã có ［17］ điểm [1]"
