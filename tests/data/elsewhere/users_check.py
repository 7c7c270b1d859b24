#!/usr/bin/env python3
"""Check the users_<name> question sets against their collections.

Usage:  python users_check.py [users_quang_ninh users_bac_giang ...]
        python users_check.py --dump <collection>   (print every block)

Blocks: docx paragraphs and table cells; txt/md lines; html visible text per
block element; pdf text per page.  Whitespace is collapsed everywhere.
Gold strings must sit inside ONE block; expect phrases must be present in
the collection; schema, halves and unanswerable rules are checked.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE  # the question sets sit beside the collections they ask about
SHAPES = {"narrow", "who", "when", "broad", "which"}
HALVES = {"dev", "heldout"}
KEYS = {"question", "shape", "half", "gold", "expect", "forbid", "unanswerable"}


def ws(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_blocks(path):
    import docx
    d = docx.Document(str(path))
    out = []
    for p in d.paragraphs:
        out.append(p.text)
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    # headers / footers
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            out.append(p.text)
    return out


def pdf_blocks(path):
    import pypdf
    r = pypdf.PdfReader(str(path))
    return [pg.extract_text() or "" for pg in r.pages]


BLOCK_TAGS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
              "title", "blockquote", "figcaption", "dt", "dd", "pre", "caption"]


def html_blocks(path):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    for t in soup(["script", "style", "noscript"]):
        t.decompose()
    out = []
    for el in soup.find_all(BLOCK_TAGS):
        out.append(el.get_text(" "))
    # divs that hold text directly
    for el in soup.find_all("div"):
        direct = "".join(s for s in el.find_all(string=True, recursive=False))
        if direct.strip():
            out.append(direct)
    return out


def text_blocks(path):
    return path.read_text(encoding="utf-8").splitlines()


def blocks(collection):
    res = []
    for f in sorted((DATA / collection / "corpus").rglob("*")):
        if not f.is_file():
            continue
        ext = f.suffix.lower()
        if ext == ".docx":
            bl = docx_blocks(f)
        elif ext == ".pdf":
            bl = pdf_blocks(f)
        elif ext in (".html", ".htm"):
            bl = html_blocks(f)
        elif ext in (".txt", ".md"):
            bl = text_blocks(f)
        else:
            continue
        for b in bl:
            b = ws(b)
            if b:
                res.append((f.name, b))
    return res


def has_diacritics(s):
    return any(unicodedata.decomposition(ch) or ch in "đĐ" for ch in s if ord(ch) > 127)


EN_WORDS = {"the", "what", "who", "which", "when", "how", "does", "did", "is", "was",
            "of", "and", "to", "in", "its", "for", "should", "signed", "many", "much"}


def is_english(s):
    words = re.findall(r"[A-Za-z]+", s)
    return sum(1 for w in words if w.lower() in EN_WORDS) >= 2


def check_set(setdir):
    errs = []
    src = (setdir / "source.txt").read_text(encoding="utf-8").strip()
    bl = blocks(src)
    alltext = "\n".join(b for _, b in bl)
    alltext_l = alltext.lower()
    rows = []
    for i, line in enumerate((setdir / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errs.append(f"line {i}: bad json {e}")
            continue
        rows.append(q)
        tag = f"{setdir.name}:{i}"
        if set(q) != KEYS:
            errs.append(f"{tag}: keys {sorted(q)}")
            continue
        if not isinstance(q["question"], str) or not q["question"].strip():
            errs.append(f"{tag}: empty question")
        if q["shape"] not in SHAPES:
            errs.append(f"{tag}: shape {q['shape']}")
        if q["half"] not in HALVES:
            errs.append(f"{tag}: half {q['half']}")
        if not isinstance(q["unanswerable"], bool):
            errs.append(f"{tag}: unanswerable not bool")
        for k in ("gold", "expect", "forbid"):
            if not isinstance(q[k], list) or not all(isinstance(x, str) and x.strip() for x in q[k]):
                errs.append(f"{tag}: {k} must be list of non-empty str")
        if q["unanswerable"]:
            if q["gold"] or q["expect"]:
                errs.append(f"{tag}: unanswerable with gold/expect")
            continue
        if not q["gold"]:
            errs.append(f"{tag}: answerable without gold")
        for g in q["gold"]:
            g2 = ws(g)
            n = len(g2.split())
            if not 4 <= n <= 15:
                errs.append(f"{tag}: gold length {n} words: {g!r}")
            hits = [(f, b) for f, b in bl if g2 in b]
            if not hits:
                errs.append(f"{tag}: gold not in any block: {g!r}")
        # all gold strings of one question must come from the same block
        if q["gold"]:
            common = [b for _, b in bl if all(ws(g) in b for g in q["gold"])]
            if not common and len(q["gold"]) > 1:
                errs.append(f"{tag}: gold strings are not all in one block")
        if q["shape"] in ("broad", "which"):
            if not 3 <= len(q["expect"]) <= 6:
                errs.append(f"{tag}: list question needs 3-6 expect, has {len(q['expect'])}")
            for e in q["expect"]:
                n = len(ws(e).split())
                if not 3 <= n <= 8:
                    errs.append(f"{tag}: expect length {n} words: {e!r}")
        for e in q["expect"]:
            if ws(e).lower() not in alltext_l:
                errs.append(f"{tag}: expect not in collection: {e!r}")
        # expect phrases must be in the gold block; forbid phrases must not be
        gold_blocks = [b for _, b in bl if any(ws(g) in b for g in q["gold"])]
        for e in q["expect"]:
            if not any(ws(e).lower() in b.lower() for b in gold_blocks):
                errs.append(f"{tag}: expect not in the gold block: {e!r}")
        for fb in q["forbid"]:
            if any(ws(fb).lower() in b.lower() for b in gold_blocks):
                errs.append(f"{tag}: forbid phrase occurs in the gold block: {fb!r}")
        # an expect phrase should also be in the gold block(s) or at least in the same file
        for fb in q["forbid"]:
            for g in q["gold"]:
                if ws(fb).lower() in ws(g).lower():
                    errs.append(f"{tag}: forbid {fb!r} inside gold")
    n = len(rows)
    if not 30 <= n <= 36:
        errs.append(f"{setdir.name}: {n} questions (want 30-36)")
    shapes = Counter(q.get("shape") for q in rows)
    halves = Counter(q.get("half") for q in rows)
    if abs(halves["dev"] - halves["heldout"]) > 2:
        errs.append(f"{setdir.name}: halves unbalanced {dict(halves)}")
    for s in SHAPES:
        c = Counter(q["half"] for q in rows if q.get("shape") == s)
        if abs(c["dev"] - c["heldout"]) > 1:
            errs.append(f"{setdir.name}: shape {s} halves unbalanced {dict(c)}")
    unans = sum(1 for q in rows if q.get("unanswerable"))
    un_split = Counter(q["half"] for q in rows if q.get("unanswerable"))
    if abs(un_split["dev"] - un_split["heldout"]) > 2:
        errs.append(f"{setdir.name}: unanswerable halves unbalanced {dict(un_split)}")
    nodia = sum(1 for q in rows if not has_diacritics(q.get("question", "")))
    english = sum(1 for q in rows if is_english(q.get("question", "")))
    nodia = sum(1 for q in rows if not has_diacritics(q.get("question", "")) and not is_english(q.get("question", "")))
    qs = [q.get("question") for q in rows]
    dup = [k for k, v in Counter(qs).items() if v > 1]
    if dup:
        errs.append(f"{setdir.name}: duplicate questions {dup}")
    summary = {
        "set": setdir.name, "collection": src, "n": n,
        "shapes": dict(shapes), "halves": dict(halves),
        "shape_by_half": {s: dict(Counter(q['half'] for q in rows if q.get('shape') == s)) for s in sorted(SHAPES)},
        "unanswerable": unans, "unanswerable_by_half": dict(un_split),
        "no_diacritics_vi": nodia, "english": english,
    }
    return errs, summary


def main(argv):
    if len(argv) >= 2 and argv[0] == "--dump":
        for f, b in blocks(argv[1]):
            print(f"[{f}] {b}")
        return 0
    sets = [HERE / a for a in argv] if argv else sorted(p.parent for p in HERE.glob("users_*/source.txt"))
    bad = 0
    for s in sets:
        errs, summ = check_set(s)
        print(json.dumps(summ, ensure_ascii=False))
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    print("PASS" if not bad else f"FAIL ({bad} errors)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
