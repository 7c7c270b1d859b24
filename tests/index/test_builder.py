"""app.index.builder: planning a build from the corpus folder, and the writer lock (builds:
tests/index/test_index.py)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from app.documents.ingest import DocumentLimits, make_chunks, read_document
from app.errors import DocumentError, IndexBusyError
from app.index.build_plan import file_changes, plan_build
from app.index.builder import writer_lock
from tests.conftest import SEED

SEED_SOURCE = f"guidance/{SEED.name}"


def _held(corpus_dir: Path, source: str, whole: bool = True) -> dict[str, dict]:
    """What Chroma would hold for the seed, stored under `source`."""
    doc = read_document(corpus_dir / SEED_SOURCE, corpus_dir)
    ids = [c.id for c in make_chunks(doc)]
    held = ids if whole else ids[:3]
    return {doc.content_hash: {"ids": held, "chunks": len(held), "n_chunks": len(ids), "source": source}}


def test_a_fresh_corpus_is_read_once_per_content(corpus_dir: Path) -> None:
    shutil.copy(corpus_dir / SEED_SOURCE, corpus_dir / "reports" / "ban-sao.txt")
    (corpus_dir / "reports" / "bang.xlsx").write_bytes(b"PK\x03\x04")
    plan = plan_build(corpus_dir, None, {})
    assert [doc.source for doc, _ in plan.to_embed] == [SEED_SOURCE]
    assert plan.duplicates == [("reports/ban-sao.txt", SEED_SOURCE)]
    assert list(plan.rejected) == ["reports/bang.xlsx"]
    assert set(plan.files) == {SEED_SOURCE, "reports/ban-sao.txt"}
    assert plan.renamed == []


def test_content_chroma_holds_whole_is_not_embedded_again(corpus_dir: Path) -> None:
    plan = plan_build(corpus_dir, None, _held(corpus_dir, "guidance/ten-cu.txt"))
    assert plan.to_embed == []
    assert [source for _, source in plan.renamed] == [SEED_SOURCE]  # only its path changes
    half = plan_build(corpus_dir, None, _held(corpus_dir, SEED_SOURCE, whole=False))
    assert [doc.source for doc, _ in half.to_embed] == [SEED_SOURCE]  # a killed build's half is redone


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    held = writer_lock(tmp_path / "index")
    busy = writer_lock(tmp_path / "index", wait=False)
    with held, pytest.raises(IndexBusyError, match="tiến trình khác"), busy:
        pass
    with writer_lock(tmp_path / "index", wait=False):  # released when the holder is done
        assert (tmp_path / "index" / "build.lock").exists()


def test_links_that_leave_the_corpus_are_rejected_and_never_read(corpus_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "ngoai"
    outside.mkdir()
    (outside / "passwd.txt").write_text("root:x:0:0:root:/root:/bin/bash\n" * 20, encoding="utf-8")
    (corpus_dir / "guidance" / "passwd.txt").symlink_to(outside / "passwd.txt")
    (corpus_dir / "guidance" / "thu-muc-ngoai").symlink_to(outside, target_is_directory=True)
    (corpus_dir / "guidance" / "hong.txt").symlink_to(tmp_path / "khong-co.txt")
    plan = plan_build(corpus_dir, None, {})
    for source in ("guidance/passwd.txt", "guidance/thu-muc-ngoai"):
        assert "liên kết" in plan.rejected[source] and "ngoài thư mục tài liệu" in plan.rejected[source]
    assert "liên kết" in plan.rejected["guidance/hong.txt"]
    assert set(plan.files) == {SEED_SOURCE}
    assert [doc.source for doc, _ in plan.to_embed] == [SEED_SOURCE]
    with pytest.raises(DocumentError, match="ngoài thư mục tài liệu"):
        read_document(corpus_dir / "guidance" / "passwd.txt", corpus_dir)


def test_a_link_inside_the_corpus_is_followed_and_one_without_extension_is_no_duplicate(
    corpus_dir: Path,
) -> None:
    (corpus_dir / "reports" / "ban-sao.txt").symlink_to(Path("..") / "guidance" / SEED.name)
    (corpus_dir / "reports" / "lien-ket").symlink_to(Path("..") / "guidance" / SEED.name)
    plan = plan_build(corpus_dir, None, {})
    assert plan.duplicates == [("reports/ban-sao.txt", SEED_SOURCE)]
    assert "không được hỗ trợ" in plan.rejected["reports/lien-ket"]
    report = file_changes(plan, None)
    assert report.rejected == [("reports/lien-ket", plan.rejected["reports/lien-ket"])]


def test_a_document_over_a_limit_is_rejected_and_the_rest_is_indexed(corpus_dir: Path) -> None:
    (corpus_dir / "reports" / "qua-dai.txt").write_text("Huyện Kim Thành phát triển giao thông. " * 2_000)
    plan = plan_build(corpus_dir, None, {}, DocumentLimits(max_chars=50_000, max_paragraphs=10_000))
    assert "50.000 ký tự" in plan.rejected["reports/qua-dai.txt"]
    assert [doc.source for doc, _ in plan.to_embed] == [SEED_SOURCE]


def test_warnings_and_nfc_file_names_reach_the_report(corpus_dir: Path) -> None:
    name = unicodedata.normalize("NFD", "Báo cáo lỗi byte.txt")
    data = (corpus_dir / SEED_SOURCE).read_bytes().replace(b" ", b" \xff", 3)
    (corpus_dir / "reports" / name).write_bytes(data)
    plan = plan_build(corpus_dir, None, {})
    source = "reports/Báo cáo lỗi byte.txt"
    assert source in plan.files and not plan.rejected
    report = file_changes(plan, None)
    assert source in report.added
    assert [(path, "3 byte" in message) for path, message in report.warnings] == [(source, True)]
