"""app.index.corpus on a real Chroma (embedded in tmp_path, and a `chroma run` server): incremental,
idempotent, atomic builds; retrieval; the CLI in this process. Builds and `duthao` in processes of their own
(kill -9, a serving process following another's build, two builds at once) are in test_index_processes.py."""

from __future__ import annotations

import fcntl
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

from app.answers.retrieve import Retriever
from app.documents.ingest import read_document
from app.domain import chunk_id_of, piece_id
from app.errors import IndexMissingError
from app.index.builder import Builder
from app.index.corpus import CorpusIndex
from app.settings import Settings
from app.text import split_sentences
from tests.conftest import (
    KIM_THANH_QUESTION,
    KIM_THANH_TRANSPORT,
    NOT_UTF8_SHOWN,
    SEED,
    write_not_utf8,
)
from tests.documents.test_ingest import make_docx
from tests.fakes import HashEmbeddings
from tests.index.conftest import OpenIndex

pytestmark = pytest.mark.integration

SEED_SOURCE = f"guidance/{SEED.name}"
SEED_CHUNKS = 16

OLD = (
    "Báo cáo của huyện Gia Lộc về nông nghiệp.\n\n"
    "Gia Lộc cần mở rộng vùng trồng rau màu xuất khẩu theo hướng hữu cơ, gắn với chế biến sâu.\n\n"
    "Cần xây dựng thương hiệu rau an toàn và hợp tác xã kiểu mới ở các xã ven quốc lộ.\n"
)
NEW = OLD.replace("rau màu xuất khẩu theo hướng hữu cơ", "cây ăn quả đặc sản theo tiêu chuẩn VietGAP")


def doc_text(n: int, paragraphs: int = 6) -> str:
    """A synthetic report of a few paragraphs, distinct per n."""
    return "\n\n".join(
        f"Báo cáo số {n}, đoạn {i}: huyện Ninh Giang cần phát triển làng nghề số {n * 100 + i}, "
        f"mở rộng hạ tầng giao thông nông thôn và nâng cao đời sống nhân dân xã {n}-{i}."
        for i in range(paragraphs)
    )


def chroma(index: CorpusIndex) -> dict[str, dict]:
    """Everything Chroma holds: id → metadata (with the stored document text under '_document')."""
    result = index.store.get(include=["metadatas", "documents"])
    return {
        i: dict(m, _document=d)
        for i, m, d in zip(result["ids"], result["metadatas"], result["documents"], strict=True)
    }


def assert_consistent(index: CorpusIndex) -> None:
    """Chroma holds exactly the live snapshot's chunks (and their further embedding pieces): nothing stale,
    nothing twice."""
    snap = index.snapshot()
    held = chroma(index)
    assert set(held) == {piece_id(c.id, k) for c in snap.chunks for k in range(len(c.embed_pieces()))}
    assert len(snap.chunks) == len({c.id for c in snap.chunks})
    places = [(c.source, c.paragraph, c.text) for c in snap.chunks]
    assert len(places) == len(set(places))
    for chunk in snap.chunks:
        assert held[chunk.id]["source"] == chunk.source
        assert held[chunk.id]["text"] == chunk.text


def all_text(index: CorpusIndex) -> str:
    held = chroma(index)
    return "\n".join(
        [m["text"] + "\n" + m["_document"] for m in held.values()] + [c.text for c in index.snapshot().chunks]
    )


# ---- building -------------------------------------------------------------------------------------------


def test_first_build(corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex) -> None:
    index = new_index(hash_embeddings)
    assert not index.exists()
    with pytest.raises(IndexMissingError):
        index.snapshot()
    progress: list[tuple[int, int]] = []
    report = index.build(corpus_dir, lambda done, total: progress.append((done, total)))
    assert report.added == [SEED_SOURCE]
    assert report.counts() == {
        "added": 1,
        "updated": 0,
        "removed": 0,
        "unchanged": 0,
        "duplicates": 0,
        "rejected": 0,
    }
    assert report.chunks_embedded == report.chunks_total == SEED_CHUNKS
    # the model embedded each chunk and then each of their sentences, each text once (the headline is a
    # chunk whose embedded text is its one sentence: the title is not said twice)
    chunks = index.snapshot().chunks
    sentences = {s for c in chunks for s in split_sentences(c.text)}
    assert hash_embeddings.calls == report.texts_embedded == len({c.embed_text() for c in chunks} | sentences)
    total = SEED_CHUNKS + len(sentences)
    assert progress[0] == (0, total) and progress[-1] == (total, total)
    assert index.exists()
    snap = index.snapshot()
    assert snap.generation == 1
    assert snap.files == {SEED_SOURCE: read_document(SEED, SEED.parent.parent).content_hash}
    assert sum(KIM_THANH_TRANSPORT in c.text for c in snap.chunks) == 1
    assert_consistent(index)
    [info] = index.documents()
    assert (info.source, info.date, info.doc_type, info.chunks) == (SEED_SOURCE, "2020-03-12", "guidance", 16)
    assert info.paragraphs == 18 and info.duplicates == ()


def test_missing_corpus_folder(tmp_path: Path, new_index: OpenIndex) -> None:
    with pytest.raises(IndexMissingError, match="does not exist"):
        new_index().build(tmp_path / "nowhere")


def test_second_build_embeds_nothing(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    calls = hash_embeddings.calls
    before = {c.id: c for c in index.snapshot().chunks}
    report = index.build(corpus_dir)
    assert hash_embeddings.calls == calls
    assert report.chunks_embedded == 0
    assert report.unchanged == [SEED_SOURCE]
    assert report.added == report.updated == report.removed == []
    assert index.snapshot().generation == 2
    assert {c.id: c for c in index.snapshot().chunks} == before
    assert_consistent(index)


def test_edit_replaces_the_old_version(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    target = corpus_dir / "reports" / "gia-loc.txt"
    target.write_text(OLD, encoding="utf-8")
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    assert "rau màu xuất khẩu" in all_text(index)
    calls = hash_embeddings.calls

    target.write_text(NEW, encoding="utf-8")
    report = index.build(corpus_dir)
    assert report.updated == ["reports/gia-loc.txt"]
    assert report.unchanged == [SEED_SOURCE]
    assert report.added == report.removed == []
    new_chunks = [c for c in index.snapshot().chunks if c.source == "reports/gia-loc.txt"]
    assert hash_embeddings.calls - calls == report.chunks_embedded == len(new_chunks)  # only the edited file
    text = all_text(index)
    assert "rau màu xuất khẩu" not in text
    assert "cây ăn quả đặc sản" in text
    assert_consistent(index)


def test_add_and_remove(corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex) -> None:
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    (corpus_dir / "reports" / "gia-loc.txt").write_text(OLD, encoding="utf-8")
    report = index.build(corpus_dir)
    assert report.added == ["reports/gia-loc.txt"]
    assert report.unchanged == [SEED_SOURCE]
    assert any(c.source == "reports/gia-loc.txt" for c in index.snapshot().chunks)

    (corpus_dir / SEED_SOURCE).unlink()
    calls = hash_embeddings.calls
    report = index.build(corpus_dir)
    assert report.removed == [SEED_SOURCE]
    assert report.unchanged == ["reports/gia-loc.txt"]
    assert hash_embeddings.calls == calls
    assert {c.source for c in index.snapshot().chunks} == {"reports/gia-loc.txt"}
    assert KIM_THANH_TRANSPORT not in all_text(index)
    assert_consistent(index)
    assert [d.source for d in index.documents()] == ["reports/gia-loc.txt"]


def test_remove_everything(corpus_dir: Path, new_index: OpenIndex) -> None:
    index = new_index()
    index.build(corpus_dir)
    (corpus_dir / SEED_SOURCE).unlink()
    report = index.build(corpus_dir)
    assert report.removed == [SEED_SOURCE]
    assert index.snapshot().chunks == [] and chroma(index) == {}
    assert Retriever(index, Settings()).search(KIM_THANH_QUESTION) == []


def test_duplicate_is_indexed_once(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    copy = corpus_dir / "reports" / "ban-sao.txt"
    shutil.copy(corpus_dir / SEED_SOURCE, copy)
    index = new_index(hash_embeddings)
    report = index.build(corpus_dir)
    assert report.duplicates == [("reports/ban-sao.txt", SEED_SOURCE)]
    assert report.added == [SEED_SOURCE]
    assert report.chunks_embedded == report.chunks_total == SEED_CHUNKS
    assert hash_embeddings.calls == report.texts_embedded
    calls = hash_embeddings.calls
    snap = index.snapshot()
    assert {c.source for c in snap.chunks} == {SEED_SOURCE}
    assert snap.files["reports/ban-sao.txt"] == snap.files[SEED_SOURCE]
    [info] = index.documents()
    assert info.duplicates == ("reports/ban-sao.txt",)
    assert_consistent(index)

    # the original goes: the copy takes over without re-embedding
    (corpus_dir / SEED_SOURCE).unlink()
    report = index.build(corpus_dir)
    assert hash_embeddings.calls == calls
    assert report.removed == [SEED_SOURCE]
    assert {c.source for c in index.snapshot().chunks} == {"reports/ban-sao.txt"}
    assert_consistent(index)


def test_rename_keeps_embeddings(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    ids = {c.id for c in index.snapshot().chunks}
    calls = hash_embeddings.calls
    (corpus_dir / SEED_SOURCE).rename(corpus_dir / "reports" / "doi-ten.txt")
    report = index.build(corpus_dir)
    assert hash_embeddings.calls == calls and report.chunks_embedded == 0
    assert report.added == ["reports/doi-ten.txt"] and report.removed == [SEED_SOURCE]
    snap = index.snapshot()
    assert {c.id for c in snap.chunks} == ids
    assert {c.source for c in snap.chunks} == {"reports/doi-ten.txt"}
    # moved from guidance/ to reports/: the folder gives the type
    assert {c.doc_type for c in snap.chunks} == {"report"}
    assert {(m["source"], m["doc_type"]) for m in chroma(index).values()} == {
        ("reports/doi-ten.txt", "report")
    }
    assert [(d.source, d.doc_type, d.date) for d in index.documents()] == [
        ("reports/doi-ten.txt", "report", "2020-03-12")
    ]
    assert_consistent(index)
    top = Retriever(index, Settings()).search(KIM_THANH_QUESTION, k=1)[0]
    assert top.chunk.source == "reports/doi-ten.txt"


def test_bad_file_is_rejected_and_the_rest_indexed(corpus_dir: Path, new_index: OpenIndex) -> None:
    (corpus_dir / "reports" / "hong.docx").write_bytes(b"PK\x03\x04 not a real docx")
    (corpus_dir / "reports" / "bang.xlsx").write_bytes(b"PK\x03\x04")
    (corpus_dir / "reports" / "gia-loc.txt").write_text(OLD, encoding="utf-8")
    index = new_index()
    report = index.build(corpus_dir)
    assert [path for path, _ in report.rejected] == ["reports/bang.xlsx", "reports/hong.docx"]
    reasons = dict(report.rejected)
    assert "hỏng" in reasons["reports/hong.docx"]
    assert "không được hỗ trợ" in reasons["reports/bang.xlsx"]
    assert report.added == [SEED_SOURCE, "reports/gia-loc.txt"]
    assert {c.source for c in index.snapshot().chunks} == {SEED_SOURCE, "reports/gia-loc.txt"}
    assert index.snapshot().rejected == reasons
    assert_consistent(index)


def test_a_file_named_in_bytes_that_are_not_utf8_is_rejected_by_name_and_the_rest_indexed(
    corpus_dir: Path, new_index: OpenIndex
) -> None:
    # a zip made on Windows, unpacked here: its names are not UTF-8; Chroma refused the whole build
    write_not_utf8(corpus_dir / "reports", OLD.encode())
    (corpus_dir / "reports" / "gia-loc.txt").write_text(NEW, encoding="utf-8")
    (corpus_dir / "reports" / ".~lock.gia-loc.txt#").write_text(OLD, encoding="utf-8")
    index = new_index()
    report = index.build(corpus_dir)
    [(path, reason)] = report.rejected
    assert path == f"reports/{NOT_UTF8_SHOWN}"  # named, its odd bytes shown as \\xNN
    assert "không phải mã UTF-8" in reason and "hãy đổi tên tệp" in reason
    assert report.added == [SEED_SOURCE, "reports/gia-loc.txt"]
    assert report.hidden == ["reports/.~lock.gia-loc.txt#"]  # skipped, and said so
    assert Retriever(index, Settings()).search(KIM_THANH_QUESTION, k=1)[0].chunk.source == SEED_SOURCE
    assert index.snapshot().rejected == {path: reason}
    assert_consistent(index)
    # renamed: indexed by the next build, with nothing else read again
    path_on_disk = next(p for p in (corpus_dir / "reports").iterdir() if p.name.startswith("bien-ban"))
    path_on_disk.rename(corpus_dir / "reports" / "bien-ban-hop.txt")
    report = index.build(corpus_dir)
    assert report.added == ["reports/bien-ban-hop.txt"] and report.rejected == []
    assert report.chunks_embedded == len([c for c in index.snapshot().chunks if "bien-ban" in c.source])
    assert_consistent(index)


def test_file_that_turns_corrupt_keeps_its_previous_version(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    path = corpus_dir / "reports" / "gia-loc.docx"
    path.write_bytes(make_docx(OLD.strip().split("\n\n")))
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    before = sorted(c.text for c in index.snapshot().chunks if c.source == "reports/gia-loc.docx")
    assert before
    calls = hash_embeddings.calls

    path.write_bytes(path.read_bytes()[:300])  # a half-saved file
    report = index.build(corpus_dir)
    assert [p for p, _ in report.rejected] == ["reports/gia-loc.docx"]
    assert "phiên bản trước vẫn được giữ" in report.rejected[0][1]
    assert report.removed == [] and report.updated == []
    assert sorted(c.text for c in index.snapshot().chunks if c.source == "reports/gia-loc.docx") == before
    assert hash_embeddings.calls == calls
    assert_consistent(index)

    # still broken next time: still kept; repaired: updated
    assert index.build(corpus_dir).rejected[0][0] == "reports/gia-loc.docx"
    assert sorted(c.text for c in index.snapshot().chunks if c.source == "reports/gia-loc.docx") == before
    path.write_bytes(make_docx(NEW.strip().split("\n\n")))
    report = index.build(corpus_dir)
    assert report.updated == ["reports/gia-loc.docx"] and report.rejected == []
    assert "cây ăn quả đặc sản" in all_text(index) and "rau màu xuất khẩu" not in all_text(index)
    assert_consistent(index)


def test_unreadable_file_keeps_its_previous_version(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, new_index: OpenIndex
) -> None:
    index = new_index()
    index.build(corpus_dir)
    before = [c.id for c in index.snapshot().chunks]
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == SEED.name:  # chmod cannot lock root out: fail the read itself
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = index.build(corpus_dir)
    [(path, reason)] = report.rejected
    assert path == SEED_SOURCE
    assert "Permission denied" in reason and "phiên bản trước vẫn được giữ" in reason
    assert report.removed == []
    assert [c.id for c in index.snapshot().chunks] == before
    assert Retriever(index, Settings()).search(KIM_THANH_QUESTION, k=1)[0].chunk.source == SEED_SOURCE
    assert_consistent(index)


# ---- interrupted builds ---------------------------------------------------------------------------------


class FailingEmbeddings(HashEmbeddings):
    """Embeds `batches` batches, then fails like a killed process would stop."""

    def __init__(self, batches: int) -> None:
        super().__init__()
        self.batches = batches

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.batches <= 0:
            raise KeyboardInterrupt("killed mid-embedding")
        self.batches -= 1
        return super().embed_documents(texts)


def _change_corpus(corpus_dir: Path) -> None:
    """Edit one document, add five, remove one."""
    (corpus_dir / "reports" / "gia-loc.txt").write_text(NEW, encoding="utf-8")
    for n in range(5):
        (corpus_dir / "reports" / f"moi-{n}.txt").write_text(doc_text(n), encoding="utf-8")
    (corpus_dir / "reports" / "bo.txt").unlink()


def _first_corpus(corpus_dir: Path) -> None:
    (corpus_dir / "reports" / "gia-loc.txt").write_text(OLD, encoding="utf-8")
    (corpus_dir / "reports" / "bo.txt").write_text(doc_text(99), encoding="utf-8")


def _assert_old_index_answers(index: CorpusIndex, old_ids: set[str]) -> None:
    snap = index.snapshot()
    assert snap.generation == 1
    assert {c.id for c in snap.chunks} == old_ids
    retriever = Retriever(index, Settings())
    assert KIM_THANH_TRANSPORT in retriever.search(KIM_THANH_QUESTION, k=1)[0].chunk.text
    top = retriever.search("Gia Lộc mở rộng vùng trồng rau màu xuất khẩu", k=1)[0]
    assert "rau màu xuất khẩu" in top.chunk.text  # the old version of the edited file
    assert not any(c.source.startswith("reports/moi-") for c in snap.chunks)
    passages = retriever.search("làng nghề giao thông nông thôn Ninh Giang", k=50)
    assert all(p.chunk.id in old_ids for p in passages)  # half-written chunks never surface


def _assert_finished(index: CorpusIndex, report) -> None:
    assert report.added == [f"reports/moi-{n}.txt" for n in range(5)]
    assert report.updated == ["reports/gia-loc.txt"]
    assert report.removed == ["reports/bo.txt"]
    assert report.unchanged == [SEED_SOURCE]
    snap = index.snapshot()
    assert {c.source for c in snap.chunks} == {
        SEED_SOURCE,
        "reports/gia-loc.txt",
        *(f"reports/moi-{n}.txt" for n in range(5)),
    }
    text = all_text(index)
    assert "rau màu xuất khẩu" not in text and "Báo cáo số 99" not in text
    assert_consistent(index)


def _built_then_changed(corpus_dir: Path, new_index: OpenIndex) -> tuple[CorpusIndex, set[str]]:
    """An index of the first corpus, then the corpus changed: (the index, the chunk ids it answers from)."""
    _first_corpus(corpus_dir)
    index = new_index()
    index.build(corpus_dir)
    _change_corpus(corpus_dir)
    return index, {c.id for c in index.snapshot().chunks}


def test_build_failing_midway_keeps_the_previous_index(corpus_dir: Path, new_index: OpenIndex) -> None:
    index, old_ids = _built_then_changed(corpus_dir, new_index)

    # the first call (the new chunks, one batch) succeeds; the next (their sentences) is killed
    failing = new_index(FailingEmbeddings(batches=1))
    with pytest.raises(KeyboardInterrupt):
        failing.build(corpus_dir)
    assert len(chroma(index)) > len(old_ids)  # the killed build did write some new chunks
    _assert_old_index_answers(index, old_ids)
    _assert_old_index_answers(new_index(), old_ids)

    embeddings = HashEmbeddings()
    report = new_index(embeddings).build(corpus_dir)
    _assert_finished(new_index(), report)
    total_new = sum(1 for c in new_index().snapshot().chunks if c.source != SEED_SOURCE)
    # what the killed build finished is kept: in Chroma, and what it embedded, in the vector cache
    assert report.chunks_embedded < total_new
    assert embeddings.calls == report.texts_embedded


def test_build_failing_before_publish_keeps_the_previous_index(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, new_index: OpenIndex
) -> None:
    index, old_ids = _built_then_changed(corpus_dir, new_index)

    def crash(*args, **kwargs):
        raise OSError("disk full")

    embeddings = HashEmbeddings()
    with monkeypatch.context() as m:
        m.setattr(Builder, "_publish", crash)
        with pytest.raises(OSError, match="disk full"):
            new_index(embeddings).build(corpus_dir)
    assert embeddings.calls > 0
    _assert_old_index_answers(index, old_ids)

    again = HashEmbeddings()
    report = new_index(again).build(corpus_dir)
    assert again.calls == report.chunks_embedded == 0  # everything was embedded before the crash
    _assert_finished(index, report)


def test_build_failing_after_publish_cleans_up_next_time(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, new_index: OpenIndex
) -> None:
    _first_corpus(corpus_dir)
    index = new_index()
    index.build(corpus_dir)
    _change_corpus(corpus_dir)
    with monkeypatch.context() as m:
        m.setattr(Builder, "_delete_stale", lambda *_: (_ for _ in ()).throw(OSError("killed")))
        with pytest.raises(OSError):
            index.build(corpus_dir)
    # the new snapshot is live; stale chunks still in Chroma are invisible to it
    snap = index.snapshot()
    assert snap.generation == 2
    assert set(chroma(index)) > {c.id for c in snap.chunks}
    retriever = Retriever(index, Settings())
    hits = retriever.search("Gia Lộc mở rộng vùng trồng rau màu xuất khẩu hữu cơ", k=50)
    assert all("rau màu xuất khẩu" not in p.chunk.text for p in hits)

    report = index.build(corpus_dir)
    assert report.chunks_embedded == 0
    assert report.unchanged == sorted(
        [SEED_SOURCE, "reports/gia-loc.txt", *(f"reports/moi-{n}.txt" for n in range(5))]
    )
    assert_consistent(index)


def test_new_parser_version_re_embeds_everything_once(
    corpus_dir: Path,
    hash_embeddings: HashEmbeddings,
    monkeypatch: pytest.MonkeyPatch,
    new_index: OpenIndex,
) -> None:
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    old_ids = {c.id for c in index.snapshot().chunks}
    import app.documents.ingest
    import app.index.builder

    monkeypatch.setattr(app.documents.ingest, "PARSER_VERSION", app.documents.ingest.PARSER_VERSION + 1)
    calls = hash_embeddings.calls
    report = index.build(corpus_dir)
    assert report.unchanged == [SEED_SOURCE]
    # re-parsed and written again once, with the vectors of the unchanged texts from the vector cache
    assert report.chunks_embedded == SEED_CHUNKS and hash_embeddings.calls == calls
    assert not old_ids & {c.id for c in index.snapshot().chunks}
    assert_consistent(index)  # the old parser's chunks are gone
    calls = hash_embeddings.calls
    index.build(corpus_dir)
    assert hash_embeddings.calls == calls


def test_another_reader_sees_the_new_generation(corpus_dir: Path, new_index: OpenIndex) -> None:
    writer = new_index()
    writer.build(corpus_dir)
    reader = new_index()  # another process's view: reads CURRENT and the snapshot on disk
    assert reader.snapshot().generation == 1
    retriever = Retriever(reader, Settings())

    (corpus_dir / "reports" / "gia-loc.txt").write_text(OLD, encoding="utf-8")
    writer.build(corpus_dir)
    snap = reader.snapshot()
    assert snap.generation == 2
    assert "reports/gia-loc.txt" in snap.files
    assert retriever.search("Gia Lộc rau màu xuất khẩu hữu cơ", k=1)[0].chunk.source == "reports/gia-loc.txt"
    assert [d.source for d in reader.documents()] == [SEED_SOURCE, "reports/gia-loc.txt"]


def test_a_reader_loading_the_replaced_generation_still_gets_it(
    tmp_path: Path, corpus_dir: Path, new_index: OpenIndex
) -> None:
    writer = new_index()
    writer.build(corpus_dir)
    reader = new_index()
    stale_key = reader.generations.read_key()  # the reader has just read CURRENT (generation 1)…
    assert stale_key is not None
    (corpus_dir / "reports" / "gia-loc.txt").write_text(OLD, encoding="utf-8")
    writer.build(corpus_dir)  # …when another process publishes generation 2
    assert reader.generations.load(stale_key.name).generation == 1
    assert reader.snapshot().generation == 2
    writer.build(corpus_dir)
    lexical = tmp_path / "index" / "lexical" / "hash-test"
    assert sorted(p.name for p in lexical.iterdir()) == ["000002", "000003"]  # older ones are cleaned up


@pytest.mark.parametrize(
    "damage", ["segment/folded.npz", "segment/exact.terms.json", "segment/chunks.jsonl", "manifest.json"]
)
def test_damaged_snapshot_is_rebuilt(
    tmp_path: Path, corpus_dir: Path, damage: str, new_index: OpenIndex
) -> None:
    embeddings = HashEmbeddings()
    new_index(embeddings).build(corpus_dir)
    calls = embeddings.calls
    if damage.startswith("segment/"):
        (segment,) = (tmp_path / "index" / "segments" / "hash-test").iterdir()
        target = segment / damage.removeprefix("segment/")
    else:
        target = tmp_path / "index" / "lexical" / "hash-test" / "000001" / damage
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.write_text("{not json", encoding="utf-8")
    index = new_index(embeddings)
    with pytest.raises(IndexMissingError, match="duthao index"):
        index.snapshot()
    report = index.build(corpus_dir)
    assert report.added == [SEED_SOURCE]
    assert embeddings.calls == calls  # Chroma still had every chunk: nothing re-embedded
    assert len(index.snapshot().chunks) == SEED_CHUNKS
    assert KIM_THANH_TRANSPORT in Retriever(index, Settings()).search(KIM_THANH_QUESTION, k=1)[0].chunk.text
    assert_consistent(index)


def test_a_model_has_its_own_index(corpus_dir: Path, new_index: OpenIndex) -> None:
    new_index().build(corpus_dir)
    other = new_index(HashEmbeddings(dim=64), "other-model")
    assert not other.exists()
    report = other.build(corpus_dir)
    assert report.added == [SEED_SOURCE] and report.chunks_embedded == SEED_CHUNKS
    assert new_index().snapshot().generation == 1


# ---- retrieval ------------------------------------------------------------------------------------------


@pytest.fixture
def seed_index(corpus_dir: Path, new_index: OpenIndex) -> CorpusIndex:
    index = new_index()
    index.build(corpus_dir)
    return index


@pytest.mark.parametrize(
    "question", [KIM_THANH_QUESTION, "bao cao chinh tri cua kim thanh can de cap gi ve giao thong"]
)
def test_kim_thanh_transport_ranks_first(seed_index: CorpusIndex, question: str) -> None:
    passages = Retriever(seed_index, Settings()).search(question, k=5)
    assert KIM_THANH_TRANSPORT in passages[0].chunk.text
    assert [p.rank for p in passages] == [1, 2, 3, 4, 5]
    assert passages[0].score >= passages[1].score >= passages[-1].score
    assert passages[0].chunk.districts == ("Kim Thành",)


@pytest.mark.parametrize("question", ["Nam Sách cần làm gì về giao thông?", "nam sach giao thong"])
def test_district_preference(seed_index: CorpusIndex, question: str) -> None:
    passages = Retriever(seed_index, Settings()).search(question, k=3)
    assert passages[0].chunk.districts[0] == "Nam Sách"
    assert "Kim Thành" not in passages[0].chunk.districts


def test_explicit_district_overrides_the_question(seed_index: CorpusIndex) -> None:
    retriever = Retriever(seed_index, Settings())
    question = "Dự thảo cần ưu tiên phát triển gì về giao thông?"
    assert retriever.search(question, k=1, districts=["Nam Sách"])[0].chunk.districts[0] == "Nam Sách"
    assert retriever.search(question, k=1, districts=["Kim Thành"])[0].chunk.districts == ("Kim Thành",)


def test_blank_question_finds_nothing(seed_index: CorpusIndex) -> None:
    assert Retriever(seed_index, Settings()).search("   ", k=3) == []


def test_k_limits_the_passages(seed_index: CorpusIndex) -> None:
    assert len(Retriever(seed_index, Settings()).search(KIM_THANH_QUESTION, k=2)) == 2


NGHE_AN_VISIT = (
    "Đoàn công tác của Tỉnh ủy Nghệ An làm việc tại huyện Kim Thành.\n\n"
    "Các huyện Thanh Hà và Nam Sách cần mở rộng vùng vải, rau màu xuất khẩu.\n"
)


def test_mentions_wants_a_phrase_s_syllables_side_by_side(corpus_dir: Path, tmp_path: Path) -> None:
    (corpus_dir / "reports" / "nghe-an.txt").write_text(NGHE_AN_VISIT, encoding="utf-8")
    # a lexical lookup in the snapshot: the Chroma mode does not matter
    index = CorpusIndex(tmp_path / "index", HashEmbeddings(), "hash-test")
    index.build(corpus_dir)
    assert index.mentions("Nghệ An") is True
    assert index.mentions("nghe an") is True  # typed without diacritics: the folded text
    assert index.mentions("Kim Thanh") is True
    assert index.mentions("Hà Nam") is False  # "Thanh Hà và Nam Sách" holds both syllables, apart
    assert index.mentions("Long An") is False
    assert index.mentions("Sách") is True  # one syllable: that syllable
    assert index.mentions("Vinh") is False
    assert index.mentions("…") is False  # no syllable at all


# ---- another process writing ------------------------------------------------------------------------------


@contextmanager
def _holding_the_writer_lock(index_dir: Path) -> Iterator[None]:
    """What another `duthao index` holds while it builds."""
    index_dir.mkdir(parents=True, exist_ok=True)
    handle = os.open(index_dir / "build.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(handle)


# ---- CLI, in process with the hashing embedder ----------------------------------------------------------


@pytest.fixture
def cli(tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    """Run `duthao …` in this process against tmp_path, with HashEmbeddings instead of a real model."""
    import app.service
    from app.cli import main

    monkeypatch.setattr(app.service, "make_embeddings", lambda settings: HashEmbeddings())
    monkeypatch.setenv("DUTHAO_LLM", "none")

    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--corpus", str(corpus_dir), "--index", str(tmp_path / "index"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_index_prints_counts(cli) -> None:
    code, out, _ = cli("index", "--quiet")
    assert code == 0
    assert "thêm: 1" in out and "không đổi: 0" in out and f"chỉ mục có {SEED_CHUNKS} khối" in out
    code, out, _ = cli("index", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["unchanged"] == 1 and report["added"] == 0 and report["chunks_embedded"] == 0


def test_cli_index_reports_rejected_files(cli, corpus_dir: Path) -> None:
    (corpus_dir / "reports" / "hong.pdf").write_bytes(b"%PDF-1.4 broken")
    code, out, err = cli("index", "--quiet")
    assert code == 3  # partial: indexed, but a file was refused
    assert "không đọc được: 1" in out
    assert "reports/hong.pdf" in err


def test_cli_ask_json(cli) -> None:
    cli("index", "--quiet")
    code, out, _ = cli("ask", KIM_THANH_QUESTION, "--json")
    assert code == 0
    [line] = out.strip().splitlines()
    answer = json.loads(line)
    assert answer["question"] == KIM_THANH_QUESTION
    assert answer["found"] is True
    assert {"question", "answer", "found", "citations", "passages"} <= set(answer)
    assert answer["citations"]
    for citation in answer["citations"]:
        assert {"n", "source", "title", "date", "paragraph", "quote"} <= set(citation)
    assert answer["passages"][0]["rank"] == 1
    for passage in answer["passages"]:
        assert {"rank", "source", "title", "paragraph", "text", "score", "districts"} <= set(passage)
    assert KIM_THANH_TRANSPORT in answer["passages"][0]["text"]


def test_cli_ask_json_from_stdin(cli) -> None:
    code, out, _ = cli(
        "ask", "--json", "--k", "2", "-", stdin=f"{KIM_THANH_QUESTION}\n\nnam sach giao thong\n"
    )
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    answers = [json.loads(line) for line in lines]
    assert [a["question"] for a in answers] == [KIM_THANH_QUESTION, "nam sach giao thong"]
    assert all(len(a["passages"]) == 2 for a in answers)


def test_cli_index_no_wait_while_another_process_writes(cli, tmp_path: Path) -> None:
    assert cli("index", "--quiet")[0] == 0
    with _holding_the_writer_lock(tmp_path / "index"):
        code, out, err = cli("index", "--quiet", "--no-wait")
    assert code == 4
    assert "Chỉ mục đang được cập nhật bởi một tiến trình khác" in err and out == ""
    assert cli("index", "--quiet", "--no-wait")[0] == 0  # released: the next run goes ahead


# ---- incremental: a build costs what changed ------------------------------------------------------------


def _lexical_by_id(index: CorpusIndex, question: str) -> dict[str, tuple[float, float]]:
    from app.text import folded_tokens, lexical_tokens

    snap = index.snapshot()
    exact, folded = snap.lexical_scores(lexical_tokens(question), folded_tokens(question))
    return {c.id: (float(e), float(f)) for c, e, f in zip(snap.chunks, exact, folded, strict=True)}


def test_an_incremental_build_scores_as_a_build_from_scratch(
    tmp_path: Path, corpus_dir: Path, chroma_url: str | None
) -> None:
    _first_corpus(corpus_dir)
    index = CorpusIndex(tmp_path / "index", HashEmbeddings(), "hash-test", chroma_url=chroma_url)
    index.build(corpus_dir)
    _change_corpus(corpus_dir)  # one edited, five added, one removed
    index.build(corpus_dir)
    (corpus_dir / "reports" / "moi-3.txt").unlink()
    index.build(corpus_dir)
    segments = index.snapshot().segments
    assert len(segments) >= 2  # the first build's segment is kept, with the removed rows masked

    fresh = CorpusIndex(tmp_path / "fresh", HashEmbeddings(), "hash-test", chroma_url=chroma_url)
    fresh.build(corpus_dir)
    assert len(fresh.snapshot().segments) == 1
    assert {c.id for c in index.snapshot().chunks} == {c.id for c in fresh.snapshot().chunks}
    for question in (KIM_THANH_QUESTION, "Ninh Giang phát triển làng nghề", "giao thong nong thon"):
        got, expected = _lexical_by_id(index, question), _lexical_by_id(fresh, question)
        assert max(max(v) for v in expected.values()) > 0
        for chunk_id, scores in expected.items():
            assert got[chunk_id] == pytest.approx(scores, rel=1e-4, abs=1e-5)


def test_one_changed_document_is_indexed_alone(corpus_dir: Path, new_index: OpenIndex) -> None:
    for n in range(6):
        (corpus_dir / "reports" / f"bao-cao-{n}.txt").write_text(doc_text(n), encoding="utf-8")
    index = new_index()
    index.build(corpus_dir)
    before = {s.name: len(s.chunks) for s in index.snapshot().segments}
    (corpus_dir / "reports" / "bao-cao-2.txt").write_text(doc_text(42), encoding="utf-8")
    report = index.build(corpus_dir)
    assert report.updated == ["reports/bao-cao-2.txt"] and report.chunks_embedded == 6
    after = {s.name: len(s.chunks) for s in index.snapshot().segments}
    new = set(after) - set(before)
    assert set(before) <= set(after) and [after[name] for name in new] == [6]  # one segment of 6 rows
    assert_consistent(index)


def test_segments_stay_few_as_documents_come_one_by_one(corpus_dir: Path, new_index: OpenIndex) -> None:
    from app.index.lexical import MAX_SEGMENTS

    index = new_index()
    for n in range(MAX_SEGMENTS + 3):
        (corpus_dir / "reports" / f"bao-cao-{n}.txt").write_text(doc_text(n, 2), encoding="utf-8")
        index.build(corpus_dir)
        assert len(index.snapshot().segments) <= MAX_SEGMENTS
    assert len(index.snapshot().chunks) == SEED_CHUNKS + 2 * (MAX_SEGMENTS + 3)
    assert_consistent(index)
    hits = Retriever(index, Settings()).search("làng nghề số 901", k=1)
    assert "làng nghề số 901" in hits[0].chunk.text


def test_similarities_from_the_generation_equal_chromas(corpus_dir: Path, new_index: OpenIndex) -> None:
    index = new_index()
    index.build(corpus_dir)
    snap = index.snapshot()
    assert all(s.vectors is not None for s in snap.segments)  # the build kept each chunk's vector
    ids = [c.id for c in snap.chunks]
    query = index.embeddings.embed_query(KIM_THANH_QUESTION)
    held = index.similarities(query, ids, snap)
    q = np.asarray(query) / np.linalg.norm(query)
    fetched = {i: float(v @ q / np.linalg.norm(v)) for i, v in index.store.vectors(ids).items()}
    assert held.keys() == fetched.keys() and len(held) == SEED_CHUNKS
    for chunk_id, similarity in fetched.items():
        assert held[chunk_id] == pytest.approx(similarity, abs=1e-5)
    # and the nearest ones, as Chroma ranks them, are scored the same
    for chunk_id, similarity in index.dense_search(query, 5, snap).items():
        assert held[chunk_id] == pytest.approx(similarity, abs=1e-4)


def test_a_chroma_write_failing_in_the_background_stops_the_build(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, new_index: OpenIndex
) -> None:
    _, old_ids = _built_then_changed(corpus_dir, new_index)
    import app.index.builder
    from app.index.store import ChromaStore

    real_add = ChromaStore.add
    calls = []

    def failing_add(self, *args, **kwargs):  # the writer thread's second batch fails
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_add(self, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(ChromaStore, "add", failing_add)
        # several batches, so that one is written in the background
        m.setattr(app.index.builder, "EMBED_BATCH", 8)
        with pytest.raises(OSError, match="disk full"):
            new_index().build(corpus_dir)
    _assert_old_index_answers(new_index(), old_ids)
    report = new_index().build(corpus_dir)  # the next build finishes the work
    _assert_finished(new_index(), report)


def test_chunks_lost_from_chroma_are_written_again(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    index = new_index(hash_embeddings)
    index.build(corpus_dir)
    calls = hash_embeddings.calls
    index.store.delete([c.id for c in index.snapshot().chunks[:5]])  # a server restored from backup
    report = index.build(corpus_dir)
    assert report.chunks_embedded == SEED_CHUNKS  # the document is written again whole …
    assert hash_embeddings.calls == calls  # … with its vectors from the vector cache
    assert_consistent(index)


def test_a_chunk_longer_than_the_window_is_embedded_in_pieces(
    corpus_dir: Path, hash_embeddings: HashEmbeddings, new_index: OpenIndex
) -> None:
    # a long title and a long paragraph: the chunk's embed text passes the embedder's window
    title = "Quy chế phối hợp giữa các cơ quan tham mưu, giúp việc của Tỉnh ủy trong kiểm tra, giám sát"
    sentences = [
        f"Điều {i}. Cơ quan số {i} chủ trì theo dõi việc thực hiện nhiệm vụ thứ {i} tại huyện Ninh Giang, "
        "tỉnh Hải Dương."
        for i in range(11)  # 1,168 characters: one chunk (LONG_CHARS), but not one window with its title
    ]
    (corpus_dir / "reports" / "quy-che.txt").write_text(title + "\n\n" + " ".join(sentences) + "\n", "utf-8")
    index = new_index(hash_embeddings)
    report = index.build(corpus_dir)
    snap = index.snapshot()
    [long] = [c for c in snap.chunks if c.source == "reports/quy-che.txt" and len(c.embed_pieces()) > 1]
    pieces = long.embed_pieces()
    held = chroma(index)
    assert {piece_id(long.id, k) for k in range(len(pieces))} <= set(held)
    assert report.chunks_total == len(snap.chunks)  # pieces are not chunks
    assert_consistent(index)

    # the question that is the last piece's text finds the chunk by that piece, at its full similarity
    query = hash_embeddings.embed_query(pieces[-1])
    found = index.dense_search(query, 3)
    assert next(iter(found)) == long.id and found[long.id] == pytest.approx(1.0, abs=1e-4)
    assert index.similarities(query, [long.id]) == {long.id: pytest.approx(1.0, abs=1e-4)}

    again = index.build(corpus_dir)  # a whole document in pieces is complete: nothing is embedded again
    assert again.chunks_embedded == 0
    (corpus_dir / "reports" / "quy-che.txt").unlink()
    index.build(corpus_dir)
    assert not any(chunk_id_of(i) == long.id for i in chroma(index))


def test_a_large_build_writes_several_segments_each_holding_whole_documents(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, new_index: OpenIndex
) -> None:
    import app.index.builder

    monkeypatch.setattr(app.index.builder, "SEGMENT_ROWS", 10)
    for n in range(5):
        (corpus_dir / "reports" / f"bao-cao-{n}.txt").write_text(doc_text(n, 4), encoding="utf-8")
    index = new_index()
    index.build(corpus_dir)
    snap = index.snapshot()
    assert len(snap.segments) >= 3
    assert len(snap.chunks) == SEED_CHUNKS + 5 * 4  # every row live: no document is split across segments
    for segment in snap.segments:
        for chunk in segment.chunks:
            assert snap.documents[chunk.doc_hash]["segment"] == segment.name
    assert_consistent(index)
