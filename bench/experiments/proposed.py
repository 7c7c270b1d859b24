"""The recommended retrieval change, patched in without touching app/: run either benchmark with it.

Rule: a Vietnamese question typed without diacritics gets dense_weight × --unaccented-factor, because the
embedding model matches unaccented questions poorly while the folded BM25 field matches them well.

    python bench/experiments/proposed.py retrieval -- --dense-weight 0.6 --unaccented
    python bench/experiments/proposed.py distractors -- --keep /tmp/d --dense-weight 0.6
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import app.service  # noqa: E402
from app.domain import Passage  # noqa: E402
from app.retrieve import Retriever  # noqa: E402
from app.text import detect_language, has_diacritics  # noqa: E402


def proposed_retriever(factor: float) -> type[Retriever]:
    class ProposedRetriever(Retriever):
        def search(self, question: str, k: int = 5, districts: Sequence[str] | None = None) -> list[Passage]:
            base = self.dense_weight
            if not has_diacritics(question) and detect_language(question) == "vi":
                self.dense_weight = base * factor  # single-threaded benchmark: a temporary override is safe
            try:
                return super().search(question, k, districts)
            finally:
                self.dense_weight = base

    return ProposedRetriever


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--unaccented-factor", type=float, default=0.5)
    parser.add_argument("bench", choices=["retrieval", "distractors"])
    args, rest = parser.parse_known_args()
    app.service.Retriever = proposed_retriever(args.unaccented_factor)  # what build_assistant instantiates
    print(f"proposed: unaccented Vietnamese questions use dense_weight × {args.unaccented_factor}")
    rest = [a for a in rest if a != "--"]
    if args.bench == "retrieval":
        import bench_retrieval

        return bench_retrieval.main(rest)
    import bench_distractors

    return bench_distractors.main(rest)


if __name__ == "__main__":
    sys.exit(main())
