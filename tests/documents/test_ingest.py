"""app.documents.ingest: every format and encoding → numbered paragraphs with metadata; refusals; chunking."""

from __future__ import annotations

import io
import struct
import tracemalloc
import unicodedata
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from app.documents.ingest import (
    LONG_CHARS,
    TINY_CHARS,
    DocumentLimits,
    content_hash,
    decode_bytes,
    doc_type_of,
    find_date,
    iter_corpus_files,
    make_chunks,
    read_document,
    scan_corpus,
    source_of,
)
from app.documents.readers import DOCX_XML_BYTES_PER_CHAR
from app.domain import (
    EMBED_WINDOW_CHARS,
    BlockKind,
    Chunk,
    DocType,
    Document,
    Paragraph,
    chunk_id_of,
    piece_id,
)
from app.errors import DocumentError
from app.settings import Settings
from app.text import normalize, split_sentences
from tests.conftest import KIM_THANH_TRANSPORT, NOT_UTF8_SHOWN, SEED, write_not_utf8
from tests.test_text import to_tcvn3, to_vni

VI = (
    "Thường trực Tỉnh ủy lưu ý huyện Kim Thành cần nhận định chính xác thế mạnh riêng có của địa phương.\n\n"
    "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông do phụ thuộc vào tuyến đường sắt "
    "qua địa bàn.\n\n"
    "Huyện Nam Sách cần ưu tiên phát triển nhanh về giao thông, công nghiệp, đô thị.\n"
)
VI_PARAGRAPHS = [p for p in VI.split("\n\n") if p.strip()]
VI_PARAGRAPHS = [p.strip() for p in VI_PARAGRAPHS]


def write(corpus: Path, name: str, data: bytes) -> Path:
    path = corpus / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


def texts(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs]


def assert_nfc_without_odd_spaces(doc: Document) -> None:
    for p in doc.paragraphs:
        assert unicodedata.is_normalized("NFC", p.text), p.text
        assert "\u00a0" not in p.text and "\ufeff" not in p.text and "\n" not in p.text


# ---- a minimal PDF, written by hand ---------------------------------------------------------------------


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A valid PDF whose pages show the given lines in Helvetica (WinAnsi: Latin-1 text)."""

    def literal(s: str) -> str:
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    page_ids = [4 + 2 * i for i in range(len(pages))]
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for lines, page_id in zip(pages, page_ids, strict=True):
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td", *(f"{literal(line)} Tj T*" for line in lines), "ET"]
        stream = "\n".join(ops).encode("cp1252")
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_id + 1} 0 R >>"
        ).encode()
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    info = None
    if title:
        info = max(objects) + 1
        objects[info] = f"<< /Title {literal(title)} >>".encode("cp1252")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "") + " >>"
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer.encode(), xref)
    return bytes(out)


def make_docx(
    paragraphs: list[str],
    title: str | None = None,
    table: list[list[str]] | None = None,
    table_after: int = 0,
) -> bytes:
    import io

    document = docx.Document()
    for i, text in enumerate(paragraphs):
        document.add_paragraph(text)
        if table and i == table_after:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
    if title:
        document.core_properties.title = title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---- formats --------------------------------------------------------------------------------------------


def test_txt(corpus: Path) -> None:
    doc = read_document(write(corpus, "guidance/gop-y.txt", VI.encode()), corpus)
    assert doc.source == "guidance/gop-y.txt"
    assert doc.doc_type == "guidance"
    assert texts(doc) == VI_PARAGRAPHS
    assert [p.number for p in doc.paragraphs] == [1, 2, 3]
    assert doc.title == VI_PARAGRAPHS[0]  # no title of its own: the first paragraph
    assert doc.content_hash == content_hash(VI.encode())
    assert doc.paragraphs[1].districts == ("Kim Thành",)
    assert all(p.source == doc.source and p.title == doc.title for p in doc.paragraphs)


def test_txt_hard_wrapped_lines_join_into_paragraphs(corpus: Path) -> None:
    text = (
        "Kim Thành cần nghiên cứu phá bỏ thế độc đạo\nvề giao thông do phụ thuộc\nvào tuyến đường sắt.\n"
        "Huyện Nam Sách cần ưu tiên.\n"
    )
    doc = read_document(write(corpus, "a.txt", text.encode()), corpus)
    assert texts(doc) == [
        "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông do phụ thuộc vào tuyến đường sắt.",
        "Huyện Nam Sách cần ưu tiên.",
    ]


def test_markdown(corpus: Path) -> None:
    text = (
        "# Góp ý dự thảo của huyện Nam Sách\n\n"
        "## Về giao thông\n"
        "cần ưu tiên phát triển nhanh về **giao thông**, công nghiệp.\n\n"
        "- xây dựng lộ trình rõ\n"
        "- tạo cơ chế để phát triển nhanh hơn\n"
        "1. bước một\n"
        "2. bước hai\n\n"
        "> Trích: `Nam Sách` là vệ tinh.\n"
    )
    doc = read_document(write(corpus, "reports/nam-sach.md", text.encode()), corpus)
    assert doc.title == "Góp ý dự thảo của huyện Nam Sách"
    assert doc.doc_type == "report"
    # headings and list items are paragraphs of their own; markup is gone
    assert texts(doc) == [
        "Góp ý dự thảo của huyện Nam Sách",
        "Về giao thông",
        "cần ưu tiên phát triển nhanh về giao thông, công nghiệp.",
        "xây dựng lộ trình rõ",
        "tạo cơ chế để phát triển nhanh hơn",
        "1. bước một",
        "2. bước hai",
        "Trích: Nam Sách là vệ tinh.",
    ]
    # the heading is kept as a paragraph and becomes the section path of what follows
    assert doc.paragraphs[1].kind is BlockKind.HEADING
    assert doc.paragraphs[2].section == ("Về giao thông",)
    assert [p.kind for p in doc.paragraphs[3:7]] == [BlockKind.ITEM] * 4


def test_docx(corpus: Path) -> None:
    data = make_docx(
        VI_PARAGRAPHS,
        title="Góp ý dự thảo (Word)",
        table=[["Huyện", "Nhiệm vụ"], ["Kim Thành", "giao thông"]],
        table_after=1,
    )
    doc = read_document(write(corpus, "guidance/gop-y.docx", data), corpus)
    assert doc.title == "Góp ý dự thảo (Word)"
    # the table stays where it is in the document, so paragraph numbers match what the reader sees
    assert texts(doc) == [
        VI_PARAGRAPHS[0],
        VI_PARAGRAPHS[1],
        "Huyện | Nhiệm vụ",
        "Kim Thành | giao thông",
        VI_PARAGRAPHS[2],
    ]
    assert doc.paragraphs[4].number == 5
    assert_nfc_without_odd_spaces(doc)


def test_docx_without_title_uses_first_paragraph(corpus: Path) -> None:
    doc = read_document(write(corpus, "a.docx", make_docx(["Tiêu\u00a0đề văn bản", "Nội dung."])), corpus)
    assert doc.title == "Tiêu đề văn bản"
    assert texts(doc) == ["Tiêu đề văn bản", "Nội dung."]


def test_pdf(corpus: Path) -> None:
    pages = [
        [
            "Bao cao chinh tri huyen Kim Thành",
            "Ngay 12/03/2020",
            "Kim Thanh can nghien cuu pha bo the doc dao ve giao thong do",
            "phu thuoc vao tuyen duong sat qua dia ban.",
            "1",
        ],
        ["Trang 2", "Nam Sach can uu tien phat trien giao thong.", "2 / 2"],
    ]
    doc = read_document(write(corpus, "guidance/bao-cao.pdf", make_pdf(pages, title="Góp ý (PDF)")), corpus)
    assert doc.title == "Góp ý (PDF)"
    assert doc.date == "2020-03-12"
    # wrapped lines are joined, page numbers dropped, Latin-1 diacritics kept
    assert texts(doc) == [
        "Bao cao chinh tri huyen Kim Thành",
        "Ngay 12/03/2020",
        "Kim Thanh can nghien cuu pha bo the doc dao ve giao thong do phu thuoc vao tuyen duong sat "
        "qua dia ban.",
        "Nam Sach can uu tien phat trien giao thong.",
    ]
    assert doc.paragraphs[2].districts == ("Kim Thành",)
    assert doc.paragraphs[3].districts == ("Nam Sách",)


def test_pdf_without_text_is_refused(corpus: Path) -> None:
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, "scan.pdf", make_pdf([[]])), corpus)
    assert err.value.path == "scan.pdf"
    assert "không có văn bản" in err.value.reason


def test_html(corpus: Path) -> None:
    html = """<!doctype html><html><head><meta charset="utf-8"><title>Góp ý dự thảo – Báo Hải Dương</title>
    <script>var secret = "mã độc không được đọc";</script><style>p { color: red }</style></head>
    <body><nav>Trang chủ | Tin tức</nav>
    <h1>Góp ý dự thảo</h1>
    <p>Thường trực Tỉnh ủy lưu ý huyện <b>Kim Thành</b> cần nhận định chính xác thế mạnh.</p>
    <div>Kim Thành cần phá bỏ thế độc đạo&nbsp;về giao thông.</div>
    <ul><li>Nam Sách ưu tiên giao thông</li></ul>
    <script>document.write("không đọc")</script><footer>Bản quyền</footer></body></html>"""
    doc = read_document(write(corpus, "guidance/bai.html", html.encode()), corpus)
    assert doc.title == "Góp ý dự thảo"  # the page's <title> adds the newspaper's name to the headline
    assert texts(doc) == [
        "Góp ý dự thảo",
        "Thường trực Tỉnh ủy lưu ý huyện Kim Thành cần nhận định chính xác thế mạnh.",
        "Kim Thành cần phá bỏ thế độc đạo về giao thông.",
        "Nam Sách ưu tiên giao thông",
    ]
    joined = " ".join(texts(doc))
    assert "secret" not in joined and "không đọc" not in joined and "Bản quyền" not in joined


def test_htm_without_block_tags(corpus: Path) -> None:
    html = "<html><body>Kim Thành cần phá bỏ thế độc đạo.<br>\nNam Sách ưu tiên giao thông.</body></html>"
    doc = read_document(write(corpus, "a.htm", html.encode()), corpus)
    assert texts(doc) == ["Kim Thành cần phá bỏ thế độc đạo.", "Nam Sách ưu tiên giao thông."]


# ---- encodings ------------------------------------------------------------------------------------------


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: tones missing from the code page become combining marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            shape = unicodedata.normalize("NFC", "".join(m for m in marks if m not in tones))
            out += shape.encode("cp1258") + "".join(m for m in marks if m in tones).encode("cp1258")
    return out


ENCODINGS = {
    "utf-8": VI.encode("utf-8"),
    "utf-8-bom": b"\xef\xbb\xbf" + VI.encode("utf-8"),
    "utf-16-le-bom": b"\xff\xfe" + VI.encode("utf-16-le"),
    "utf-16-be-bom": b"\xfe\xff" + VI.encode("utf-16-be"),
    "utf-16-le": VI.encode("utf-16-le"),
    "utf-16-be": VI.encode("utf-16-be"),
    "windows-1258": encode_cp1258(VI),
}


def test_windows_1258_sample_really_uses_combining_tones() -> None:
    data = ENCODINGS["windows-1258"]
    assert b"\xd2" in data or b"\xf2" in data  # combining hook / dot below
    assert not unicodedata.is_normalized("NFC", data.decode("cp1258"))


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_encodings_decode_to_the_same_nfc_paragraphs(corpus: Path, encoding: str) -> None:
    doc = read_document(write(corpus, f"{encoding}.txt", ENCODINGS[encoding]), corpus)
    assert texts(doc) == VI_PARAGRAPHS
    assert_nfc_without_odd_spaces(doc)


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_decode_bytes(encoding: str) -> None:
    assert normalize(decode_bytes(ENCODINGS[encoding])) == normalize(VI)


def test_html_in_utf16(corpus: Path) -> None:
    html = (
        "<html><head><title>Tiêu đề</title></head>"
        "<body><p>Phá bỏ thế độc đạo về giao thông.</p></body></html>"
    )
    doc = read_document(write(corpus, "a.html", html.encode("utf-16")), corpus)
    assert doc.title == "Tiêu đề"
    assert texts(doc) == ["Phá bỏ thế độc đạo về giao thông."]


def test_undecodable_bytes_are_refused(corpus: Path) -> None:
    data = bytes(range(0x80, 0xA0)) * 20  # C1 bytes: several are undefined in Windows-1258
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, "rac.txt", data), corpus)
    assert err.value.path == "rac.txt"
    assert "bảng mã" in err.value.reason


def test_utf8_with_a_few_stray_bytes_is_read_with_a_warning(corpus: Path) -> None:
    data = (VI * 30).encode("utf-8").replace(b" ", b" \xff", 4)  # 4 stray bytes in about 10 KB
    doc = read_document(write(corpus, "guidance/loi-byte.txt", data), corpus)
    assert VI_PARAGRAPHS[1] in texts(doc)  # whatever decodes is indexed, the bad bytes replaced
    assert sum(p.text.count("\ufffd") for p in doc.paragraphs) == 4
    assert len(doc.warnings) == 1
    assert "4 byte" in doc.warnings[0] and "UTF-8" in doc.warnings[0]
    assert not read_document(write(corpus, "guidance/sach.txt", VI.encode()), corpus).warnings


def test_file_names_are_nfc(corpus: Path) -> None:
    name = unicodedata.normalize("NFD", "guidance/Góp ý Kim Thành.txt")
    doc = read_document(write(corpus, name, VI.encode()), corpus)
    assert doc.source == "guidance/Góp ý Kim Thành.txt" and unicodedata.is_normalized("NFC", doc.source)
    assert {p.source for p in doc.paragraphs} == {doc.source}


# ---- size limits ----------------------------------------------------------------------------------------


def test_default_limits_fit_a_300_page_report() -> None:
    limits = DocumentLimits.from_settings(Settings())
    assert limits.max_chars >= 300 * 3_500  # a dense A4 page of Vietnamese holds about 3,000 characters
    assert limits.max_paragraphs >= 300 * 15


def test_a_document_over_the_character_limit_is_refused_naming_the_limit(corpus: Path) -> None:
    path = write(corpus, "guidance/dai.txt", (VI * 10).encode())
    with pytest.raises(DocumentError) as err:
        read_document(path, corpus, DocumentLimits(max_chars=1_000, max_paragraphs=1_000))
    assert err.value.path == "guidance/dai.txt"
    assert "1.000 ký tự" in err.value.reason and "DUTHAO_MAX_DOCUMENT_CHARS" in err.value.reason
    assert read_document(path, corpus, DocumentLimits(max_chars=100_000, max_paragraphs=1_000))


def test_a_document_over_the_paragraph_limit_is_refused_naming_the_limit(corpus: Path) -> None:
    text = "\n\n".join(f"Đoạn thứ {i} nói về giao thông của huyện." for i in range(1, 31))
    path = write(corpus, "reports/nhieu-doan.md", text.encode())
    with pytest.raises(DocumentError) as err:
        read_document(path, corpus, DocumentLimits(max_chars=100_000, max_paragraphs=20))
    assert err.value.path == "reports/nhieu-doan.md"
    assert "20 đoạn" in err.value.reason and "DUTHAO_MAX_DOCUMENT_PARAGRAPHS" in err.value.reason


def _zip_bomb_docx(expanded: int) -> bytes:
    """A real docx whose document.xml carries `expanded` bytes of padding: it compresses to almost nothing."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(VI_PARAGRAPHS)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b"A" * expanded + b"-->", 1)
            bomb.writestr(info.filename, data)
    return out.getvalue()


def test_a_docx_that_expands_hugely_is_refused_before_it_is_parsed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.documents.readers

    data = _zip_bomb_docx(20_000_000)
    assert len(data) < 100_000  # 20 MB of XML in a few KB
    path = write(corpus, "guidance/bom.docx", data)

    def parsed(*args: object) -> None:
        raise AssertionError("the docx was parsed")

    monkeypatch.setattr(app.documents.readers, "_docx_blocks", parsed)
    with pytest.raises(DocumentError) as err:
        read_document(path, corpus, DocumentLimits(max_chars=200_000, max_paragraphs=20_000))
    assert err.value.path == "guidance/bom.docx"
    assert "giải nén ra 19 MB, quá giới hạn 5 MB" in err.value.reason
    # the 0.9 MB docx expanded to 200 MB of XML: over the default limit too
    assert DocumentLimits.from_settings(Settings()).max_chars * DOCX_XML_BYTES_PER_CHAR < 200_000_000


def test_an_ordinary_docx_passes_the_size_check(corpus: Path) -> None:
    path = write(corpus, "guidance/gop-y.docx", make_docx(VI_PARAGRAPHS))
    assert (
        texts(read_document(path, corpus, DocumentLimits(max_chars=2_000, max_paragraphs=10)))
        == VI_PARAGRAPHS
    )


def _lying_docx(holds_mb: int, declares: int = 40 * 1024) -> bytes:
    """A real docx whose document.xml inflates to about `holds_mb` MB (padding in an XML comment) while its
    zip declares `declares` bytes: written stored, then the method and the size edited in its local header
    and its central directory entry. The CRC is that of the whole part: only the size lies."""
    source = zipfile.ZipFile(io.BytesIO(make_docx(VI_PARAGRAPHS)))
    head, tail = source.read("word/document.xml").split(b"<w:body>", 1)
    head, tail, piece = head + b"<w:body><!--", b"-->" + tail, b"A" * (1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate, as in a zip
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    # after a full flush a block refers to nothing before it: the same bytes can be repeated
    block = packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)
    deflated = start + block * holds_mb + packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(holds_mb):
        crc = zlib.crc32(piece, crc)
    crc = zlib.crc32(tail, crc)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as lying:
        for info in source.infolist():
            if info.filename == "word/document.xml":
                lying.writestr(zipfile.ZipInfo(info.filename), deflated, zipfile.ZIP_STORED)
            else:
                lying.writestr(info.filename, source.read(info))
    data = bytearray(out.getvalue())
    name = b"word/document.xml"
    local = next(i for i in _signatures(data, b"PK\x03\x04") if data[i + 30 : i + 30 + len(name)] == name)
    central = next(i for i in _signatures(data, b"PK\x01\x02") if data[i + 46 : i + 46 + len(name)] == name)
    for at, method, crc_at, size_at in ((local, 8, 14, 22), (central, 10, 16, 24)):
        struct.pack_into("<H", data, at + method, zipfile.ZIP_DEFLATED)
        struct.pack_into("<I", data, at + crc_at, crc)
        struct.pack_into("<I", data, at + size_at, declares)
    return bytes(data)


def _signatures(data: bytearray, signature: bytes) -> list[int]:
    found, at = [], data.find(signature)
    while at >= 0:
        found.append(at)
        at = data.find(signature, at + 1)
    return found


@pytest.fixture(scope="module")
def lying_docx() -> bytes:
    """The issue's zip: about 1 MB, declaring 40 KB of XML, holding 1 GB."""
    return _lying_docx(holds_mb=1024)


def test_a_docx_whose_zip_lies_about_its_sizes_is_refused_without_inflating_it(
    corpus: Path, lying_docx: bytes
) -> None:
    assert len(lying_docx) < 1_500_000
    declared = zipfile.ZipFile(io.BytesIO(lying_docx)).getinfo("word/document.xml").file_size
    assert declared == 40 * 1024
    path = write(corpus, "guidance/noi-doi.docx", lying_docx)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as err:
            read_document(path, corpus, DocumentLimits.from_settings(Settings()))  # the default limits
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # counted piece by piece and stopped at the limit: before, zipfile inflated the gigabyte in one call
    # (2,050 MB traced, the process grew from 82 to 2,124 MB); now about 1.5 MB
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1024 / 1024:.0f} MB"
    assert err.value.path == "guidance/noi-doi.docx"
    assert err.value.reason.startswith("tệp Word khai 40 KB nhưng giải nén ra hơn 48 MB, quá giới hạn 48 MB")
    assert "cố ý phình to" in err.value.reason and "hãy mở và lưu lại bằng Word" in err.value.reason


def test_a_docx_part_that_inflates_past_its_declared_size_is_refused_under_the_limit(corpus: Path) -> None:
    path = write(corpus, "guidance/khai-sai.docx", _lying_docx(holds_mb=2))
    with pytest.raises(DocumentError) as err:
        read_document(path, corpus, DocumentLimits.from_settings(Settings()))
    assert "tệp Word khai sai kích thước: phần word/document.xml khai 40 KB nhưng giải nén ra 2 MB" in (
        err.value.reason
    )


def test_a_docx_compressed_as_word_never_does_is_refused(corpus: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(make_docx(VI_PARAGRAPHS)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_BZIP2) as odd:  # bzip2 parts inflate without a bound
        for info in source.infolist():
            odd.writestr(info.filename, source.read(info))
    path = write(corpus, "guidance/bzip2.docx", out.getvalue())
    with pytest.raises(DocumentError, match="không phải Deflate"):
        read_document(path, corpus)


# ---- legacy font encodings ------------------------------------------------------------------------------


LEGACY = {"TCVN3": to_tcvn3, "VNI": to_vni}


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_legacy_txt_is_refused(corpus: Path, name: str) -> None:
    data = LEGACY[name](VI).encode("latin-1")  # what a legacy editor saves: one byte per glyph
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, "guidance/cu.txt", data), corpus)
    assert err.value.path == "guidance/cu.txt"
    assert "guidance/cu.txt" in str(err.value)
    assert f"bảng mã cũ {name}" in err.value.reason
    assert "Unicode" in err.value.reason  # says what to do


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_legacy_seed_txt_is_refused(corpus: Path, name: str) -> None:
    data = LEGACY[name](SEED.read_text(encoding="utf-8").replace("\u00a0", " ")).encode("latin-1")
    with pytest.raises(DocumentError, match=f"bảng mã cũ {name}"):
        read_document(write(corpus, "seed-legacy.txt", data), corpus)


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_legacy_docx_is_refused(corpus: Path, name: str) -> None:
    # in Word the legacy glyph codes are stored as Latin-1 characters shown with a .VnTime / VNI font
    data = make_docx([LEGACY[name](p) for p in VI_PARAGRAPHS])
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, "cu.docx", data), corpus)
    assert err.value.path == "cu.docx"
    assert f"bảng mã cũ {name}" in err.value.reason


def test_legacy_utf8_file_is_refused(corpus: Path) -> None:
    # legacy glyphs copied into a UTF-8 file are still legacy text
    with pytest.raises(DocumentError, match="bảng mã cũ VNI"):
        read_document(write(corpus, "a.md", to_vni(VI).encode("utf-8")), corpus)


# ---- refusals -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", b"\xef\xbb\xbf", "\u00a0\n\u00a0".encode()])
def test_empty_files_are_refused(corpus: Path, data: bytes) -> None:
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, "guidance/rong.txt", data), corpus)
    assert err.value.path == "guidance/rong.txt"
    assert "rỗng" in err.value.reason


@pytest.mark.parametrize("name", ["bang-tinh.xlsx", "ghi-chu.rtf", "khong-duoi"])
def test_unsupported_extensions_are_refused(corpus: Path, name: str) -> None:
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, name, b"Kim Thanh giao thong"), corpus)
    assert err.value.path == name
    assert "không được hỗ trợ" in err.value.reason
    assert ".docx" in err.value.reason  # lists what is accepted


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("hong.docx", b"PK\x03\x04 this is not a zip archive"),
        ("hong2.docx", "Văn bản thường đổi đuôi .docx".encode()),
        ("hong.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog"),
        ("hong2.pdf", b"not a pdf at all, just text"),
    ],
)
def test_corrupt_files_are_refused(corpus: Path, name: str, data: bytes) -> None:
    with pytest.raises(DocumentError) as err:
        read_document(write(corpus, f"reports/{name}", data), corpus)
    assert err.value.path == f"reports/{name}"
    assert str(err.value).startswith(f"reports/{name}: ")
    assert "hỏng" in err.value.reason


def test_truncated_docx_is_refused(corpus: Path) -> None:
    data = make_docx(VI_PARAGRAPHS)
    with pytest.raises(DocumentError, match="hỏng"):
        read_document(write(corpus, "cat.docx", data[: len(data) // 2]), corpus)


# ---- the seed -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_document(SEED, SEED.parent.parent)


def test_seed_metadata(seed: Document) -> None:
    assert seed.source == f"guidance/{SEED.name}"
    assert seed.doc_type == "guidance"
    assert seed.title.startswith("Dự thảo Báo cáo chính trị phải xác định các nhiệm vụ trọng tâm")
    assert seed.date == "2020-03-12"  # from "THỨ NĂM, 12/03/2020 19:20:53"


def test_seed_paragraphs(seed: Document) -> None:
    assert [p.number for p in seed.paragraphs] == list(range(1, len(seed.paragraphs) + 1))
    assert seed.paragraphs[1].text == "THỨ NĂM, 12/03/2020 19:20:53"
    assert seed.paragraphs[-1].text == "LINH AN"
    transport = [p for p in seed.paragraphs if KIM_THANH_TRANSPORT in p.text]
    assert len(transport) == 1 and transport[0].districts == ("Kim Thành",)
    assert all(p.date == "2020-03-12" and p.title == seed.title for p in seed.paragraphs)


def test_seed_text_is_clean_and_keeps_diacritics(seed: Document) -> None:
    assert_nfc_without_odd_spaces(seed)
    assert all(p.text == p.text.strip() and "  " not in p.text for p in seed.paragraphs)
    words = " ".join(p.text for p in seed.paragraphs)
    for word in ("Thường trực Tỉnh ủy", "Tứ Kỳ", "Thanh Miện", "Kim Thành", "Nam Sách", "độc đạo"):
        assert word in words
    # every word of the file is still there, in order
    raw = " ".join(SEED.read_text(encoding="utf-8").replace("\u00a0", " ").split())
    assert " ".join(words.split()) == raw


# ---- dates, files, types --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("THỨ NĂM, 12/03/2020 19:20:53", "2020-03-12"),
        ("Hải Dương, ngày 5 tháng 8 năm 2019", "2019-08-05"),
        ("cập nhật 01-02-2021", "2021-02-01"),
        ("ngày 3.4.2020 và 12/03/2020", "2020-04-03"),  # the first date stated
        ("Kỳ 2020-2025, ngày 12.3", None),
        ("32/13/2020", None),
    ],
)
def test_find_date(text: str, date: str | None) -> None:
    assert find_date(text) == date


def test_iter_corpus_files_skips_hidden_and_readme(corpus: Path) -> None:
    for name in [
        "guidance/b.txt",
        "guidance/a.docx",
        "reports/c.md",
        ".hidden.txt",
        "guidance/.~lock.a.docx#",
        ".git/config",
        "README.md",
        "reports/x.xlsx",
    ]:
        write(corpus, name, b"x")
    found = [p.relative_to(corpus).as_posix() for p in iter_corpus_files(corpus)]
    assert found == ["guidance/a.docx", "guidance/b.txt", "reports/c.md", "reports/x.xlsx"]
    # what was skipped is said: each hidden file, and a hidden folder once (not every file inside it)
    write(corpus, ".git/objects/ab", b"x")
    assert scan_corpus(corpus)[1] == [".git/", ".hidden.txt", "guidance/.~lock.a.docx#"]


def test_a_name_that_is_not_utf8_is_shown_with_its_bytes_escaped_and_refused(corpus: Path) -> None:
    folder = corpus / "reports"
    folder.mkdir(parents=True)
    write_not_utf8(folder, SEED.read_bytes())
    [found] = iter_corpus_files(corpus)  # listed, so that the build can say why it is not read
    source = source_of(found, corpus)
    assert source == f"reports/{NOT_UTF8_SHOWN}"
    source.encode("utf-8")  # shown, stored as JSON and in Chroma: no lone surrogates left
    with pytest.raises(DocumentError) as caught:
        read_document(found, corpus)
    assert caught.value.path == source
    assert "không phải mã UTF-8" in caught.value.reason and "hãy đổi tên tệp" in caught.value.reason


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("guidance/a.txt", "guidance"),
        ("reports/b.md", "report"),
        ("Reports/x/y.pdf", "report"),
        ("c.txt", "other"),
        ("misc/d.txt", "other"),
    ],
)
def test_doc_type_of(source: str, kind: str) -> None:
    assert doc_type_of(source) == kind


# ---- chunks ---------------------------------------------------------------------------------------------


def make_doc(paragraph_texts: list[str], districts: dict[int, tuple[str, ...]] | None = None) -> Document:
    districts = districts or {}
    paragraphs = tuple(
        Paragraph("guidance/x.txt", "Tiêu đề", "2020-03-12", "guidance", i, text, districts.get(i, ()))
        for i, text in enumerate(paragraph_texts, 1)
    )
    return Document("guidance/x.txt", "Tiêu đề", "2020-03-12", "guidance", paragraphs, "ab" * 32)


def test_seed_chunks(seed: Document) -> None:
    chunks = make_chunks(seed)
    by_first = {c.paragraph: c for c in chunks}
    # the headline is a chunk; the dateline is letterhead (metadata) and the byline a heading: not chunks
    assert (by_first[1].paragraph, by_first[1].paragraph_end) == (1, 1)
    assert seed.paragraphs[1].kind is BlockKind.LETTERHEAD and 2 not in by_first
    assert seed.paragraphs[-1].kind is BlockKind.LETTERHEAD  # the byline "LINH AN"
    assert seed.signer == "Linh An"
    assert chunks[-1].paragraph_end == len(seed.paragraphs) - 1
    assert len({c.id for c in chunks}) == len(chunks)
    assert all(c.id.startswith(seed.content_hash[:16]) for c in chunks)
    # every answerable paragraph is in exactly one chunk, in order
    covered = [n for c in chunks for n in range(c.paragraph, c.paragraph_end + 1)]
    answerable = (BlockKind.TEXT, BlockKind.ITEM)
    assert covered == [p.number for p in seed.paragraphs if p.kind in answerable]
    kim_thanh = next(c for c in chunks if KIM_THANH_TRANSPORT in c.text)
    assert kim_thanh.districts == ("Kim Thành",)
    inherited = next(c for c in chunks if c.text.startswith("Huyện cần thực hiện tốt công tác quy hoạch"))
    assert inherited.districts == ("Tứ Kỳ",) and inherited.inherited


def test_chunk_text_is_the_original_paragraph_text(seed: Document) -> None:
    paragraphs = {p.number: p.text for p in seed.paragraphs}
    for chunk in make_chunks(seed):
        expected = "\n".join(paragraphs[n] for n in range(chunk.paragraph, chunk.paragraph_end + 1))
        assert chunk.text == expected
        assert chunk.embed_text().endswith(chunk.text)
        assert chunk.embed_text().startswith(seed.title)


def test_tiny_paragraphs_merge() -> None:
    long_a = "Huyện cần thực hiện tốt công tác quy hoạch năm năm, mười năm và xa hơn nữa."
    long_b = "Kim Thành cần nghiên cứu phá bỏ thế độc đạo về giao thông do phụ thuộc đường sắt."
    doc = make_doc(["Tiêu đề ngắn", long_a, "Ngày 12/3", long_b, "LINH AN"], {4: ("Kim Thành",)})
    assert all(len(t) >= TINY_CHARS for t in (long_a, long_b))
    chunks = make_chunks(doc)
    assert [(c.paragraph, c.paragraph_end) for c in chunks] == [(1, 3), (4, 5)]
    assert chunks[0].text == f"Tiêu đề ngắn\n{long_a}\nNgày 12/3"
    assert chunks[1].districts == ("Kim Thành",)


def test_long_paragraph_splits_at_sentence_ends() -> None:
    sentences = [
        f"Câu số {i} nói rằng Kim Thành cần phá bỏ thế độc đạo về giao thông, "
        f"phát triển công nghiệp và đô thị theo hướng bền vững (mục {i})."
        for i in range(1, 25)
    ]
    sentences[3] = 'Đồng chí nhấn mạnh: "Phải có tầm nhìn đến năm 2030." Đây là yêu cầu bắt buộc.'
    paragraph = " ".join(sentences)
    assert len(paragraph) > LONG_CHARS
    doc = make_doc(["Mở đầu của văn bản đủ dài để không bị gộp vào đoạn khác.", paragraph])
    chunks = make_chunks(doc)
    parts = [c for c in chunks if c.paragraph == 2]
    assert len(parts) >= 2
    for part in parts:
        assert part.paragraph_end == 2
        assert len(part.text) <= LONG_CHARS
        assert part.text in paragraph  # original text: a quote from it is verbatim
        assert part.text[-1] in '.)"', part.text[-30:]  # ends at a sentence end
    assert " ".join(p.text for p in parts) == paragraph
    assert all(s in {x for p in parts for x in split_sentences(p.text)} for s in split_sentences(paragraph))


def test_run_on_sentence_is_cut_at_spaces() -> None:
    run_on = " ".join(["giao thông công nghiệp đô thị"] * 120)  # no sentence end at all
    doc = make_doc(["Mở đầu của văn bản đủ dài để không bị gộp vào đoạn khác.", run_on])
    parts = [c for c in make_chunks(doc) if c.paragraph == 2]
    assert len(parts) >= 2
    assert all(len(p.text) <= LONG_CHARS for p in parts)
    assert " ".join(p.text for p in parts) == run_on


def _chunk(text: str, title: str = "Tiêu đề", **fields: object) -> Chunk:
    return Chunk("abc-0001", "h", "news/a.txt", title, None, DocType.OTHER, 1, 1, text, **fields)  # type: ignore[arg-type]


def test_embed_text_says_the_title_once() -> None:
    # a title line, or a one-paragraph document titled by its first words, is not repeated in the header
    assert _chunk("Tiêu đề").embed_text() == "Tiêu đề"
    assert _chunk("Tiêu đề").own_title() == "" and _chunk("Đoạn văn.").own_title() == "Tiêu đề"  # lexical too
    assert _chunk("Tiêu đề dài hơn.", section="I. Mục").embed_text() == "I. Mục\nTiêu đề dài hơn."
    assert _chunk("Đoạn văn.", section="I. Mục", districts=("Kim Thành",)).embed_text() == (
        "Tiêu đề — I. Mục — Kim Thành\nĐoạn văn."
    )


def test_embed_pieces_fit_the_window_and_cover_the_text() -> None:
    short = _chunk("Một đoạn ngắn.")
    assert short.embed_pieces() == [short.embed_text()]
    words = [f"từ{i}" for i in range(700)]
    long = _chunk(" ".join(words), title="Quy định dài " * 5, section="Chương I")
    pieces = long.embed_pieces()
    assert len(pieces) > 1
    assert all(len(p) <= EMBED_WINDOW_CHARS for p in pieces)
    assert all(p.startswith(long.header() + "\n") for p in pieces)
    bodies = [p.split("\n", 1)[1].split() for p in pieces]
    assert [w for w in bodies[0]] == words[: len(bodies[0])]
    assert bodies[-1][-1] == words[-1]
    for before, after in zip(bodies, bodies[1:], strict=False):
        assert after[0] in before  # consecutive pieces overlap, on whole words
        assert words.index(after[-1]) > words.index(before[-1])


def test_piece_ids_name_their_chunk() -> None:
    assert piece_id("abc-p7.1-0003", 0) == "abc-p7.1-0003"
    assert piece_id("abc-p7.1-0003", 2) != "abc-p7.1-0003"
    assert chunk_id_of(piece_id("abc-p7.1-0003", 2)) == chunk_id_of("abc-p7.1-0003") == "abc-p7.1-0003"


def test_docx_letterhead_and_signature_stacked_in_table_cells(corpus: Path) -> None:
    """Word letterheads are often one row of two cells with the lines stacked in each: the number, date,
    issuer and signer are read from them as from one line each."""
    import docx

    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "ĐẢNG BỘ TỈNH HẢI DƯƠNG\nBAN TỔ CHỨC TỈNH ỦY\n*\nSố 08-HD/BTCTU"
    head.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\n\n\nHải Dương, ngày 14 tháng 02 năm 2025"
    document.add_paragraph("ĐỀ CƯƠNG GỢI Ý xây dựng báo cáo chính trị", style="Title")
    document.add_paragraph("Báo cáo chính trị dài không quá 30 trang khổ A4.")
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Lưu Ban Tổ chức Tỉnh ủy."
    sign.cell(0, 1).text = "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n(Đã ký)\nVũ Đức Thịnh"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_document(write(corpus, "guidance/de-cuong.docx", buffer.getvalue()), corpus)
    assert doc.number == "Số 08-HD/BTCTU"
    assert doc.date == "2025-02-14"
    assert doc.issuer is not None and "BAN TỔ CHỨC TỈNH ỦY" in doc.issuer
    assert doc.signer == "Vũ Đức Thịnh"
    assert "Báo cáo chính trị dài không quá 30 trang khổ A4." in texts(doc)
