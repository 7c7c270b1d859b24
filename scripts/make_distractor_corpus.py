"""Build a distractor corpus in a temporary folder: the seed guidance plus N real news articles.

    python scripts/make_distractor_corpus.py /tmp/duthao-distractors [--n 600] [--seed 13]

Layout: <folder>/guidance/ (copies of corpus/guidance/*.txt) and <folder>/news/<id>.txt (doc_type "other").
Articles come from ../shared/data/vietnews_gov.jsonl.gz; the selection is deterministic for a given seed and
N, hardest first: party-work articles about Hải Dương, then every other article mentioning Hải Dương, then
other party-work articles. Each article is written as its title, lead and body paragraphs, one per line.
The data is never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "vietnews_gov.jsonl.gz"
FOLDER = "news"  # not guidance/ or reports/, so the articles get doc_type "other"


def select_articles(n: int, seed: int, path: Path = NEWS) -> list[dict]:
    """N articles in tiers (Hải Dương + party work, Hải Dương, party work), each tier shuffled by seed."""
    tiers: list[list[dict]] = [[], [], []]
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["mentions_hai_duong"] and article["party_strong"]:
                tiers[0].append(article)
            elif article["mentions_hai_duong"]:
                tiers[1].append(article)
            elif article["party_strong"]:
                tiers[2].append(article)
    rng = random.Random(seed)
    chosen: list[dict] = []
    seen: set[str] = set()  # the news set repeats some articles under other ids: keep N distinct ones
    for tier in tiers:
        tier.sort(key=lambda a: a["id"])  # file order must not matter
        rng.shuffle(tier)
        for article in tier:
            text = article_text(article)
            if len(chosen) < n and text not in seen:
                seen.add(text)
                chosen.append(article)
    return chosen


def article_text(article: dict) -> str:
    lines = [article["title"], article["lead"], *article["body"]]
    return "\n".join(" ".join(line.split()) for line in lines if line and line.strip()) + "\n"


def make_corpus(target: Path, n: int = 600, seed: int = 13) -> dict[str, int]:
    """Write the seed and n articles under target; returns counts per tier for reporting."""
    target = target.resolve()
    if target == REPO or REPO in target.parents:
        raise SystemExit(f"{target} is inside the repository: use a temporary folder")
    guidance = target / "guidance"
    guidance.mkdir(parents=True, exist_ok=True)
    for seed_file in sorted((REPO / "corpus" / "guidance").glob("*.txt")):
        shutil.copyfile(seed_file, guidance / seed_file.name)
    news = target / FOLDER
    news.mkdir(parents=True, exist_ok=True)
    articles = select_articles(n, seed)
    wanted = set()
    for article in articles:
        name = article["id"].replace("/", "-") + ".txt"
        wanted.add(name)
        path = news / name
        text = article_text(article)
        if not path.exists() or path.read_text(encoding="utf-8") != text:  # keeps a --keep index warm
            path.write_text(text, encoding="utf-8")
    for stale in news.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    return {
        "articles": len(articles),
        "hai_duong_party": sum(a["mentions_hai_duong"] and a["party_strong"] for a in articles),
        "hai_duong_other": sum(a["mentions_hai_duong"] and not a["party_strong"] for a in articles),
        "party_other": sum(a["party_strong"] and not a["mentions_hai_duong"] for a in articles),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the corpus (outside the repository)")
    parser.add_argument("--n", type=int, default=600, help="number of news articles (default 600)")
    parser.add_argument("--seed", type=int, default=13, help="selection seed (default 13)")
    args = parser.parse_args(argv)
    counts = make_corpus(args.folder, args.n, args.seed)
    print(
        f"{args.folder}: seed guidance + {counts['articles']} articles in {FOLDER}/ "
        f"({counts['hai_duong_party']} Hải Dương party-work, {counts['hai_duong_other']} other Hải Dương, "
        f"{counts['party_other']} other party-work)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
