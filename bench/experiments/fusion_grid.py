"""Offline fusion experiments on an index built by bench/bench_retrieval.py --keep DIR.

Every signal is computed once per question (exact cosine over all chunk vectors from Chroma, BM25 on
several lexical fields), then fusion variants are replayed in numpy. The "current" variant reproduces
app.retrieve.Retriever.search (checked against the real code path on the first questions).

    python bench/experiments/fusion_grid.py --keep /tmp/duthao-bench/cache --dataset alqac
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_retrieval import load_dataset  # noqa: E402

from app import places  # noqa: E402
from app.retrieve import _min_max, district_adjustment  # noqa: E402
from app.service import build_assistant  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.snapshot import bm25_index, bm25_scores  # noqa: E402
from app.text import fold, folded_tokens, has_diacritics, lexical_tokens, syllables, with_bigrams  # noqa: E402

K = 10
BM25_PARAMS = [(1.2, 0.75), (0.9, 0.4), (1.5, 0.3), (2.0, 0.75)]  # bm25s default is k1=1.5, b=0.75


class Signals:
    """Per-question raw scores over all chunks of one dataset's index."""

    def __init__(self, keep: Path, dataset: str, limit: int | None, unaccented: bool) -> None:
        contexts, questions = load_dataset(dataset)
        if limit:
            questions = questions[:limit]
        settings = Settings(corpus_dir=keep / dataset / "corpus", index_dir=keep / dataset / "index")
        self.assistant = build_assistant(settings)
        snap = self.assistant.index.snapshot()
        self.snap = snap
        self.chunks = snap.chunks
        n = len(self.chunks)
        got = self.assistant.index.store.get(ids=[c.id for c in self.chunks], include=["embeddings"])
        order = {cid: i for i, cid in enumerate(got["ids"])}
        emb = np.asarray(got["embeddings"], dtype=np.float32)[[order[c.id] for c in self.chunks]]
        emb /= np.linalg.norm(emb, axis=1, keepdims=True)
        sources = [f"{dataset}/{i:04d}.txt" for i in range(len(contexts))]
        src_of_chunk = np.array([sources.index(c.source) if c.source in sources else -1 for c in self.chunks])
        self.questions = [fold(q) if unaccented else q for q, _ in questions]
        self.gold = [src_of_chunk == g for _, g in questions]

        cache = keep / dataset / f"qvec-{'fold' if unaccented else 'raw'}.npy"
        qv = np.load(cache) if cache.exists() else None
        if qv is None or len(qv) < len(self.questions):
            embed = self.assistant.index.embeddings
            qv = np.asarray([embed.embed_query(q) for q in self.questions], dtype=np.float32)
            np.save(cache, qv)
        qv = qv[: len(self.questions)]
        qv /= np.linalg.norm(qv, axis=1, keepdims=True)
        self.dense = qv @ emb.T  # (questions, chunks) cosine

        texts = [c.text for c in self.chunks]
        titled = [c.title + " " + c.text for c in self.chunks]
        # lexical fields: name → (chunk token lists, question tokenizer)
        fields: dict[str, tuple[list[list[str]], Callable[[str], list[str]]]] = {
            "exact": ([lexical_tokens(t) for t in texts], lexical_tokens),
            "folded": ([folded_tokens(t) for t in titled], folded_tokens),
            "exact_title": ([lexical_tokens(t) for t in titled], lexical_tokens),
            "exact_uni": ([syllables(t) for t in texts], syllables),
            "folded_uni": ([syllables(fold(t)) for t in titled], lambda q: syllables(fold(q))),
            "folded_notitle": ([folded_tokens(t) for t in texts], folded_tokens),
            "bigram_only_folded": (
                [with_bigrams(syllables(fold(t)))[len(syllables(t)) :] for t in titled],
                lambda q: with_bigrams(syllables(fold(q)))[len(syllables(q)) :],
            ),
        }
        self.lex: dict[str, np.ndarray] = {}
        for name, (docs, tok) in fields.items():
            bm = bm25_index(docs)
            self.lex[name] = np.stack([bm25_scores(bm, tok(q), n) for q in self.questions])
        import bm25s

        for k1, b in BM25_PARAMS:
            for name in ("exact", "folded"):
                docs, tok = fields[name]
                bm = bm25s.BM25(k1=k1, b=b)
                bm.index(docs, show_progress=False)
                scores = [bm25_scores(bm, tok(q), n) for q in self.questions]
                self.lex[f"{name}@{k1},{b}"] = np.stack(scores)
        self.accented = np.array([has_diacritics(q) for q in self.questions])
        self.asked = [places.find(q) for q in self.questions]


def lexical_mix(sig: Signals, i: int, mix: str) -> np.ndarray:
    ex, fo = sig.lex["exact"][i], sig.lex["folded"][i]
    if mix == "current":  # avg of min-max'd exact and folded when accented, else folded
        return (_min_max(ex) + _min_max(fo)) / 2 if sig.accented[i] else _min_max(fo)
    if mix.startswith("bm25@"):
        params = mix.split("@", 1)[1]
        ex, fo = sig.lex[f"exact@{params}"][i], sig.lex[f"folded@{params}"][i]
        return (_min_max(ex) + _min_max(fo)) / 2 if sig.accented[i] else _min_max(fo)
    if mix.startswith("exact_share="):  # weighted exact/folded mix when accented
        a = float(mix.split("=", 1)[1])
        return a * _min_max(ex) + (1 - a) * _min_max(fo) if sig.accented[i] else _min_max(fo)
    if mix == "exact_or_folded":
        return _min_max(ex) if sig.accented[i] else _min_max(fo)
    if mix == "folded":
        return _min_max(fo)
    if mix == "exact_title+folded":
        et = sig.lex["exact_title"][i]
        return (_min_max(et) + _min_max(fo)) / 2 if sig.accented[i] else _min_max(fo)
    if mix == "sum_raw":  # raw BM25 sum, one normalisation
        return _min_max(ex + fo) if sig.accented[i] else _min_max(fo)
    if mix == "unigram":
        eu, fu = sig.lex["exact_uni"][i], sig.lex["folded_uni"][i]
        return (_min_max(eu) + _min_max(fu)) / 2 if sig.accented[i] else _min_max(fu)
    if mix == "folded_notitle":
        fn = sig.lex["folded_notitle"][i]
        return (_min_max(ex) + _min_max(fn)) / 2 if sig.accented[i] else _min_max(fn)
    raise ValueError(mix)


def rank_of_gold(
    sig: Signals, i: int, w: float, cands: int, mix: str, fusion: str, rrf_k: float = 60
) -> int | None:
    dense_all = sig.dense[i]
    lexical = lexical_mix(sig, i, mix)
    n = len(dense_all)
    c = min(cands, n)
    dense_top = np.argsort(-dense_all, kind="stable")[:c]
    lex_order = np.argsort(-lexical, kind="stable")
    lex_top = [j for j in lex_order[:c] if lexical[j] > 0]
    ids = list(dict.fromkeys([*dense_top.tolist(), *lex_top]))
    pos = np.array(ids)
    d, lx = dense_all[pos], lexical[pos]
    if fusion == "minmax":
        fused = w * _min_max(d) + (1 - w) * _min_max(lx)
    elif fusion == "rrf":
        dr = np.empty(n)
        dr[np.argsort(-dense_all, kind="stable")] = np.arange(1, n + 1)
        lr = np.empty(n)
        lr[lex_order] = np.arange(1, n + 1)
        lr[lexical <= 0] = np.inf
        fused = w / (rrf_k + dr[pos]) + (1 - w) / (rrf_k + lr[pos])
    elif fusion == "zscore":

        def z(v: np.ndarray) -> np.ndarray:
            return (v - v.mean()) / (v.std() or 1.0)

        fused = w * z(d) + (1 - w) * z(lx)
    else:
        raise ValueError(fusion)
    if fusion == "minmax" and sig.asked[i]:
        fused = fused + np.array([district_adjustment(sig.chunks[j], sig.asked[i]) for j in ids])
    top = np.argsort(-fused, kind="stable")[:K]
    for r, t in enumerate(top, 1):
        if sig.gold[i][ids[t]]:
            return r
    return None


def evaluate(sig: Signals, **kw) -> dict[str, float]:
    ranks = [rank_of_gold(sig, i, **kw) for i in range(len(sig.questions))]
    n = len(ranks)
    return {
        "R@1": sum(r == 1 for r in ranks) / n,
        "R@5": sum(r is not None and r <= 5 for r in ranks) / n,
        "MRR": sum(1 / r for r in ranks if r) / n,
    }


def check_against_product(sig: Signals, n: int = 40) -> float:
    """Share of the first n questions whose top-10 chunk ids match the real Retriever."""
    same = 0
    for i in range(min(n, len(sig.questions))):
        real = [p.chunk.id for p in sig.assistant.retriever.search(sig.questions[i], k=K)]
        r_real = next((p for p, cid in enumerate(real, 1) if sig.gold[i][sig.snap.position[cid]]), None)
        same += r_real == rank_of_gold(sig, i, w=0.5, cands=50, mix="current", fusion="minmax")
    return same / min(n, len(sig.questions))


SECTIONS = ("weights", "candidates", "mix", "bm25", "share", "fusion", "paired")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--dataset", default="alqac")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--unaccented", action="store_true", help="fold the questions (no diacritics)")
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"comma list of {', '.join(SECTIONS)}")
    args = parser.parse_args()
    sections = args.sections.split(",")
    sig = Signals(args.keep.resolve(), args.dataset, args.limit, args.unaccented)
    print(
        f"{args.dataset}{' (unaccented questions)' if args.unaccented else ''}: "
        f"{len(sig.questions)} questions, {len(sig.chunks)} chunks; "
        f"replay agrees with Retriever on {check_against_product(sig):.0%} of the first 40 gold ranks"
    )

    def row(label: str, **kw) -> None:
        m = evaluate(sig, **kw)
        print(f"  {label:<46} R@1 {m['R@1']:.4f}  R@5 {m['R@5']:.4f}  MRR@10 {m['MRR']:.4f}", flush=True)

    if "weights" in sections:
        print("weight sweep, min-max, current lexical mix, candidates 50")
        for w in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0):
            row(f"w={w}", w=w, cands=50, mix="current", fusion="minmax")
    if "candidates" in sections:
        print("candidates (min-max, current mix)")
        for c in (20, 100, 10_000):
            for w in (0.4, 0.5, 0.6):
                row(f"c={c} w={w}", w=w, cands=c, mix="current", fusion="minmax")
    if "mix" in sections:
        print("lexical mix (min-max, candidates 50)")
        mixes = ("exact_or_folded", "folded", "exact_title+folded", "sum_raw", "unigram", "folded_notitle")
        for mix in mixes:
            for w in (0.4, 0.5, 0.6):
                row(f"{mix} w={w}", w=w, cands=50, mix=mix, fusion="minmax")
    if "bm25" in sections:
        print("BM25 k1,b (current mix, min-max, candidates 50); default 1.5,0.75")
        for k1, b in BM25_PARAMS:
            for w in (0.4, 0.5, 0.6):
                row(f"k1={k1} b={b} w={w}", w=w, cands=50, mix=f"bm25@{k1},{b}", fusion="minmax")
    if "share" in sections:
        print("exact share of the lexical score for accented questions (current 0.5)")
        for a in (0.25, 0.75):
            for w in (0.4, 0.5, 0.6):
                row(f"exact_share={a} w={w}", w=w, cands=50, mix=f"exact_share={a}", fusion="minmax")
    if "paired" in sections:
        print("paired: dense_weight 0.5 → 0.6 (current mix, min-max, candidates 50), per question")
        base = [
            rank_of_gold(sig, i, w=0.5, cands=50, mix="current", fusion="minmax")
            for i in range(len(sig.questions))
        ]
        new = [
            rank_of_gold(sig, i, w=0.6, cands=50, mix="current", fusion="minmax")
            for i in range(len(sig.questions))
        ]
        rr = [(1 / a if a else 0.0, 1 / b if b else 0.0) for a, b in zip(base, new, strict=True)]
        better = sum(b > a for a, b in rr)
        worse = sum(b < a for a, b in rr)
        print(
            f"  reciprocal rank better for {better} questions, worse for {worse}, "
            f"same for {len(rr) - better - worse}"
        )
    if "fusion" in sections:
        print("fusion (current mix, candidates 50)")
        for fusion, ws in (("rrf", (0.3, 0.5, 0.7)), ("zscore", (0.3, 0.5, 0.7))):
            for w in ws:
                row(f"{fusion} w={w}", w=w, cands=50, mix="current", fusion=fusion)


if __name__ == "__main__":
    main()
