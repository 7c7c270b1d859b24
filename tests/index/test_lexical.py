"""app.index.lexical: BM25 over segments scores like one bm25s index over the live chunks, whatever the
segments."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.documents.ingest import make_chunks, read_document
from app.domain import Chunk
from app.index.lexical import (
    BM25_B,
    BM25_K1,
    MAX_SEGMENTS,
    LexicalIndex,
    Postings,
    Segment,
    exact_text,
    folded_text,
    plan_segments,
)
from app.text import accent_map, folded_tokens, lexical_tokens
from tests.conftest import SEED

QUESTIONS = [
    "Kim Thành cần đề cập gì về giao thông?",
    "phá bỏ thế độc đạo",
    "xay dung dang chinh quyen",
    "Ban Thường vụ Tỉnh ủy góp ý dự thảo báo cáo chính trị",
]


def seed_chunks() -> list[Chunk]:
    return make_chunks(read_document(SEED, SEED.parent.parent))


def bm25s_scores(chunks: list[Chunk], field: str, tokens: list[str]) -> np.ndarray:
    import bm25s

    tokenize = exact_text if field == "exact" else folded_text
    retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
    retriever.index([tokenize(c) for c in chunks], show_progress=False)
    known = [t for t in tokens if t in retriever.vocab_dict]
    if not known:
        return np.zeros(len(chunks))
    return np.asarray(retriever.get_scores(known))


def tokens_of(field: str, question: str) -> list[str]:
    return lexical_tokens(question) if field == "exact" else folded_tokens(question)


@pytest.mark.parametrize("field", ["exact", "folded"])
def test_one_segment_scores_as_bm25s(field: str) -> None:
    chunks = seed_chunks()
    index = LexicalIndex([Segment.build("a", chunks)], lambda _s, _c: True)
    matched = 0
    for question in QUESTIONS:
        tokens = tokens_of(field, question)
        expected = bm25s_scores(chunks, field, tokens)
        matched += expected.max() > 0
        assert index.scores(field, tokens) == pytest.approx(expected, rel=1e-4, abs=1e-5)
    assert matched >= 3  # the comparison is not between two arrays of zeros


@pytest.mark.parametrize("field", ["exact", "folded"])
def test_segments_with_dead_rows_score_as_one_index_of_the_live_chunks(field: str) -> None:
    chunks = seed_chunks()
    # three segments; a copy of some chunks (a changed document's old version) is dead in the first
    stale = [replace(c, id=c.id + "-old", doc_hash="old") for c in chunks[:5]]
    first = Segment.build("a", stale + chunks[:10])
    second = Segment.build("b", chunks[10:20])
    third = Segment.build("c", chunks[20:])
    index = LexicalIndex([first, second, third], lambda _s, c: c.doc_hash != "old")
    assert [c.id for c in index.chunks()] == [c.id for c in chunks]
    for question in QUESTIONS:
        tokens = tokens_of(field, question)
        got = index.scores(field, tokens)
        assert got == pytest.approx(bm25s_scores(chunks, field, tokens), rel=1e-4, abs=1e-5)


def test_merged_postings_score_as_built_from_the_kept_rows() -> None:
    chunks = seed_chunks()
    first, second = Segment.build("a", chunks[:12]), Segment.build("b", chunks[12:])
    keep_first, keep_second = np.array([0, 3, 4, 11]), np.arange(len(chunks) - 12)
    merged = Segment.merge("m", [(first, keep_first), (second, keep_second)])
    kept = [chunks[i] for i in keep_first] + chunks[12:]
    assert merged.chunks == kept
    rebuilt = Segment.build("r", kept)
    assert merged.spellings() == rebuilt.spellings()
    for field in ("exact", "folded"):
        tokens = tokens_of(field, QUESTIONS[0])
        a = LexicalIndex([merged], lambda _s, _c: True).scores(field, tokens)
        b = LexicalIndex([rebuilt], lambda _s, _c: True).scores(field, tokens)
        assert a == pytest.approx(b)


def test_postings_round_trip(tmp_path) -> None:
    postings = Postings.build([["a", "b", "a"], [], ["b", "c"]])
    postings.save(tmp_path, "f")
    again = Postings.load(tmp_path, "f")
    assert again.terms == postings.terms and again.vocab == {"a": 0, "b": 1, "c": 2}
    assert again.indptr.tolist() == [0, 1, 3, 4]
    assert again.rows.tolist() == [0, 0, 2, 2] and again.tf.tolist() == [2, 1, 1, 1]
    assert again.lengths.tolist() == [3, 0, 2]


def test_the_spellings_of_all_segments_add_up() -> None:
    chunks = seed_chunks()
    index = LexicalIndex(
        [Segment.build("a", chunks[:7]), Segment.build("b", chunks[7:])], lambda _s, _c: True
    )
    whole = accent_map(c.text for c in chunks)
    assert index.accents.words == whole.words and index.accents.bigrams == whole.bigrams


def test_an_empty_index_scores_nothing() -> None:
    index = LexicalIndex([Segment.build("a", [])], lambda _s, _c: True)
    assert index.size == 0 and index.scores("exact", ["giao"]).shape == (0,)


def test_mostly_dead_and_surplus_segments_are_merged() -> None:
    chunks = seed_chunks()
    segments = [Segment.build(str(i), chunks[i : i + 1]) for i in range(MAX_SEGMENTS)]
    live = [np.arange(1) for _ in segments]
    assert plan_segments(segments[:3], live[:3], new_segments=1) == []
    # one more segment than allowed: the two smallest become one
    groups = plan_segments(segments, live, new_segments=1)
    assert len(groups) == 1 and len(groups[0]) == 2
    # a segment whose rows are all dead is compacted away
    live[2] = np.arange(0)
    assert [2] in plan_segments(segments[:4], live[:4], new_segments=0)
