"""Place-name detection benchmark: places.find on a 5 MB text, whole and paragraph by paragraph.

The text is the seed guidance (corpus/guidance/) repeated to about 5 MB, half of it with its diacritics
folded away, so both matching rules are exercised. Issue 10 (defect 3) measured 85 of 86 s of a 5 MB .docx
in district detection; detection must stay linear in the text.

    python bench/bench_places.py            # 5 MB
    python bench/bench_places.py --mb 1
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import places  # noqa: E402
from app.text import fold  # noqa: E402

SEED_DIR = ROOT / "corpus" / "guidance"


def _text(megabytes: float) -> str:
    seed = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt")))
    unit = seed + "\n" + fold(seed) + "\n"
    size = int(megabytes * 1_000_000)
    chars = int(size * len(unit) / len(unit.encode("utf-8")))
    return (unit * (chars // len(unit) + 1))[:chars]


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the text in megabytes (UTF-8)")
    args = parser.parse_args()
    text = _text(args.mb)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    whole, found = _timed(lambda: places.find(text))
    each, _ = _timed(lambda: [places.find(p) for p in paragraphs])
    size = len(text.encode("utf-8")) / 1e6
    print(f"places.find on {size:.1f} MB ({len(text):,} characters): whole text {whole:.2f} s, ", end="")
    print(f"{len(paragraphs):,} paragraphs one by one {each:.2f} s; found {', '.join(found)}")


if __name__ == "__main__":
    main()
