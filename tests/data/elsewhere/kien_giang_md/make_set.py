"""Writes every file of the Kiên Giang (Markdown/HTML) set deterministically, then runs check_set.py.

    /work/main/.venv/bin/python -B /work/newsets/kien_giang_md/make_set.py
"""

from __future__ import annotations

import importlib
import io
import json
import subprocess
import sys
import unicodedata
import zipfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.dont_write_bytecode = True  # keep the test-data folder free of __pycache__

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sd = importlib.import_module("set_data")
td = importlib.import_module("texts_docs")
tdr = importlib.import_module("texts_drafts")
tg = importlib.import_module("texts_guidance")

CORPUS = HERE / "corpus"
STAMP = (2025, 2, 5, 8, 0, 0)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def write_text(path: Path, text: str) -> None:
    """Writes UTF-8 text with LF line ends and exactly one final newline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((nfc(text).rstrip("\n") + "\n").encode("utf-8"))


def _table(doc, rows: list[list[str]], grid: bool = False) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = t.cell(i, j)
            cell.text = nfc(text)  # "\n" becomes a line break inside the cell
            if grid and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True


def _paras(doc, block: str) -> None:
    for line in block.strip("\n").split("\n"):
        kind, text = line.split("|", 1)
        p = doc.add_paragraph()
        run = p.add_run(nfc(text))
        if kind in ("title", "h1"):
            run.bold = True
        if kind in ("title", "subtitle"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "title":
            run.font.size = Pt(14)


def write_tonghop(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    _table(doc, td.TH_HEADER)
    _paras(doc, td.TH_BEFORE)
    _table(doc, td.TH_TABLE, grid=True)
    _paras(doc, td.TH_AFTER)
    _table(doc, td.TH_SIGN)
    cp = doc.core_properties
    cp.title = "Báo cáo 86-BC/BTGTU"
    cp.author = "Ban Tuyên giáo Tỉnh ủy Kiên Giang"
    cp.last_modified_by = "Ban Tuyên giáo Tỉnh ủy Kiên Giang"
    cp.created = datetime(*STAMP)
    cp.modified = datetime(*STAMP)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so that two runs give the same bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def dump_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    # ---- corpus
    write_text(CORPUS / sd.G, tg.HUONGDAN_MD)
    write_tonghop(CORPUS / sd.B)
    write_text(CORPUS / sd.N, tg.TIN_HTML)
    write_text(CORPUS / sd.R, td.CHAUTHANH_2020)
    write_text(CORPUS / sd.D, td.HANMAN_2024)

    # ---- gazetteer
    dump_json(HERE / "gazetteer.json", sd.GAZETTEER)

    # ---- requirements
    docs: dict = {}
    for doc in (sd.G, sd.B, sd.N):
        docs[doc] = {"requirements": [], "not_requirements": [nfc(x) for x in sd.NOT_REQ[doc]]}
    for doc, key, scope in sd.REQ.values():
        docs[doc]["requirements"].append({"key": nfc(key), "scope": list(scope)})
    dump_json(HERE / "requirements.json", {"_comment": sd.REQ_COMMENT, "documents": docs})

    # ---- questions (halves alternate within each shape, dev first)
    seen: dict = defaultdict(int)
    lines = []
    for shape, q, gold, expect, forbid in sd.Q:
        half = "dev" if seen[shape] % 2 == 0 else "heldout"
        seen[shape] += 1
        obj = {"question": nfc(q), "shape": shape, "half": half, "gold": [nfc(g) for g in gold],
               "expect": [nfc(e) for e in expect], "forbid": [nfc(f) for f in forbid],
               "unanswerable": not gold}
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # ---- drafts
    exp = {"_comment": sd.DRAFT_COMMENT, "drafts": {}}
    for i, (fname, (district, var, labels)) in enumerate(sd.DRAFTS.items()):
        write_text(HERE / "drafts" / fname, getattr(tdr, var))
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
