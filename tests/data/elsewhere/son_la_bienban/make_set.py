"""Writes every file of the Sơn La (biên bản) set deterministically, then runs check_set.py.

    /work/main/.venv/bin/python -B /work/newsets/son_la_bienban/make_set.py
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

import io  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import unicodedata  # noqa: E402
import zipfile  # noqa: E402
from collections import defaultdict  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import set_data as sd  # noqa: E402
import texts_docs as td  # noqa: E402
import texts_drafts as tdr  # noqa: E402

CORPUS = HERE / "corpus"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def write_txt(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(nfc("\n".join(lines) + "\n").encode("utf-8"))


def _table(doc, rows: list[list[str]], bold_first_row: bool = False) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid" if bold_first_row else None
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = nfc(text)  # "\n" becomes a line break inside the cell
            if bold_first_row and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True


def _paras(doc, items) -> None:
    for kind, text in items:
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind in ("title", "h1", "h2"):
            run.bold = True
        if kind in ("title", "subtitle"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "title":
            run.font.size = Pt(14)


def _save_docx(doc, path: Path) -> None:
    cp = doc.core_properties
    cp.author = "Văn phòng Tỉnh ủy Sơn La"
    cp.last_modified_by = "Văn phòng Tỉnh ủy Sơn La"
    cp.created = datetime(2020, 4, 13, 8, 0, 0)
    cp.modified = datetime(2020, 4, 13, 8, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so that the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2020, 4, 13, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def _new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    return doc


def write_bienban(path: Path) -> None:
    doc = _new_doc()
    _table(doc, td.BIENBAN_HEADER)
    _paras(doc, td.BIENBAN_BODY)
    _table(doc, td.BIENBAN_SIGN)
    _save_docx(doc, path)


def write_thongbao(path: Path) -> None:
    doc = _new_doc()
    _table(doc, td.TB_HEADER)
    _paras(doc, td.TB_BEFORE)
    _table(doc, td.TB_TABLE, bold_first_row=True)
    _paras(doc, td.TB_AFTER)
    _table(doc, td.TB_SIGN)
    _save_docx(doc, path)


def dump_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    # ---- corpus
    write_txt(CORPUS / sd.G, td.HUONGDAN)
    write_bienban(CORPUS / sd.B)
    write_thongbao(CORPUS / sd.N)
    write_txt(CORPUS / sd.R, td.MAISON_2015)
    write_txt(CORPUS / sd.D, td.PCTT_2020)

    # ---- gazetteer
    dump_json(HERE / "gazetteer.json", sd.GAZETTEER)

    # ---- requirements
    docs: dict = {}
    for doc in (sd.G, sd.B, sd.N):
        docs[doc] = {"requirements": [], "not_requirements": [nfc(x) for x in sd.NOT_REQ[doc]]}
    for _id, (doc, key, scope) in sd.REQ.items():
        docs[doc]["requirements"].append({"key": nfc(key), "scope": list(scope)})
    dump_json(HERE / "requirements.json", {"_comment": sd.REQ_COMMENT, "documents": docs})

    # ---- questions (halves alternate within each shape, dev first)
    seen: dict = defaultdict(int)
    lines = []
    for shape, q, gold, expect, forbid, unans in sd.Q:
        half = "dev" if seen[shape] % 2 == 0 else "heldout"
        seen[shape] += 1
        obj = {"question": nfc(q), "shape": shape, "half": half, "gold": [nfc(g) for g in gold],
               "expect": [nfc(e) for e in expect], "forbid": [nfc(f) for f in forbid], "unanswerable": unans}
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # ---- drafts
    exp = {"_comment": sd.DRAFT_COMMENT, "drafts": {}}
    for i, (fname, (district, var, labels)) in enumerate(sd.DRAFTS.items()):
        write_txt(HERE / "drafts" / fname, getattr(tdr, var))
        exp["drafts"][fname] = {
            "district": district,
            "half": "dev" if i % 2 == 0 else "heldout",
            "expected": {nfc(sd.REQ[k][1]): v for k, v in labels.items()},
        }
    dump_json(HERE / "drafts" / "expected.json", exp)

    print("written; running check_set.py")
    return subprocess.call([sys.executable, "-B", str(HERE / "check_set.py")])


if __name__ == "__main__":
    raise SystemExit(main())
