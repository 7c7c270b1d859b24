"""Does chunk size matter? Re-run bench_retrieval with a different chunker patched in (app/ untouched).

    python bench/experiments/chunking.py --pack 700 -- --dataset alqac --keep /tmp/duthao-bench/pack700
    python bench/experiments/chunking.py --pack 0 -- --dataset alqac --keep /tmp/duthao-bench/whole

--pack N packs consecutive paragraphs of a document into chunks of up to N characters (a paragraph longer
than N stays whole, or is split as usual above LONG_CHARS); --pack 0 makes one chunk per document.
The product chunker (app.ingest.make_chunks) keeps one paragraph per chunk.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_retrieval  # noqa: E402

import app.index  # noqa: E402
from app.domain import Chunk, Document  # noqa: E402
from app.ingest import make_chunks  # noqa: E402


def packing_chunker(limit: int):
    def make_packed_chunks(doc: Document) -> list[Chunk]:
        base = make_chunks(doc)  # paragraph chunks (tiny ones merged, long ones split)
        groups: list[list[Chunk]] = []
        for chunk in base:
            size = sum(len(c.text) + 1 for c in groups[-1]) if groups else 0
            if groups and (limit == 0 or size + len(chunk.text) <= limit):
                groups[-1].append(chunk)
            else:
                groups.append([chunk])
        return [
            dataclasses.replace(
                g[0],
                id=f"{doc.content_hash[:16]}-{i:04d}",
                paragraph_end=g[-1].paragraph_end,
                text="\n".join(c.text for c in g),
                districts=tuple(dict.fromkeys(d for c in g for d in c.districts)),
            )
            for i, g in enumerate(groups)
        ]

    return make_packed_chunks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pack", type=int, required=True, help="characters per chunk; 0 = whole document")
    args, rest = parser.parse_known_args()
    app.index.make_chunks = packing_chunker(args.pack)  # index.py calls it by this name
    print(f"chunker: pack paragraphs up to {args.pack or 'whole document'} characters")
    return bench_retrieval.main([a for a in rest if a != "--"])


if __name__ == "__main__":
    sys.exit(main())
