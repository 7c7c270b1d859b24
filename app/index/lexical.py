"""The lexical index: BM25 over segments that are written once and shared by every generation that lists them.

Why segments: a build that adds or changes one document must cost in proportion to that document, not to the
corpus. Each build writes the chunks it embedded as one new segment; the chunks of a document that was
removed or changed stay in their old segment, masked as dead. Small segments are merged, and a segment that
is mostly dead is compacted, so a corpus keeps a handful of them (MAX_SEGMENTS).

Scores are the same as one BM25 index over the live chunks (bm25s's "lucene" variant, which this module
replaced): document frequencies, the number of chunks and the average length are counted over the live rows
of all segments, at query time for the terms asked.

Per field and segment the postings are stored column by column (CSC): for term t, rows[indptr[t]:indptr[t+1]]
are the rows holding it and tf[…] how often.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.domain import Chunk
from app.text import Accents, folded_tokens, lexical_tokens, syllables

# BM25 term saturation and length normalisation: bm25s's defaults won on every set we tune on (MRR@10 ALQAC
# 0.9734, unaccented 0.9720, ViMedAQA 0.8728; k1 1.2–1.8, b 0.4–0.9 all lower; bench/experiments/NOTES.md)
BM25_K1 = 1.5
BM25_B = 0.75
MAX_SEGMENTS = 8  # more are merged, smallest first: a query visits every segment
MIN_LIVE_SHARE = 0.5  # a segment with fewer live rows than this is compacted at the next build
# a build writes its new chunks in segments of at most this many rows: building one holds its tokens in memory
# (a single segment of 100k chunks peaked at 2.7 GB)
SEGMENT_ROWS = 20_000

FIELDS = ("exact", "folded")


def exact_text(chunk: Chunk) -> list[str]:
    # the section path counts: a clause is found by its article's heading ("Điều 12. …"), measured on ALQAC
    # (MRR@10 0.971 → 0.973 with it)
    return lexical_tokens(f"{chunk.section} {chunk.text}")


def folded_text(chunk: Chunk) -> list[str]:
    # the folded field also holds the title: "Một là, …" under "III. Bài học kinh nghiệm" is found by
    # "bài học". The title once: a title line counted twice outweighs the rest (MRR@10 ALQAC 0.9759 → 0.9762,
    # unaccented 0.9721 → 0.9725, ViMedAQA 0.8734 → 0.8741)
    return folded_tokens(f"{chunk.own_title()} {chunk.section} {chunk.text}")


TOKENIZERS: dict[str, Callable[[Chunk], list[str]]] = {"exact": exact_text, "folded": folded_text}


@dataclass
class Postings:
    """One field of one segment: term → (rows, term frequencies), and each row's length in tokens."""

    terms: list[str]
    indptr: np.ndarray  # int64, len(terms) + 1
    rows: np.ndarray  # int32
    tf: np.ndarray  # float32
    lengths: np.ndarray  # float32, one per row
    vocab: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.vocab = {t: i for i, t in enumerate(self.terms)}

    @classmethod
    def build(cls, token_lists: Sequence[Sequence[str]]) -> Postings:
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        row_ids: list[int] = []
        counts: list[int] = []
        lengths = np.zeros(len(token_lists), dtype=np.float32)
        for row, tokens in enumerate(token_lists):
            lengths[row] = len(tokens)
            for term, count in Counter(tokens).items():
                term_ids.append(vocab.setdefault(term, len(vocab)))
                row_ids.append(row)
                counts.append(count)
        return cls._from_triples(
            list(vocab), np.array(term_ids), np.array(row_ids), np.array(counts), lengths
        )

    @classmethod
    def _from_triples(
        cls,
        terms: list[str],
        term_ids: np.ndarray,
        row_ids: np.ndarray,
        counts: np.ndarray,
        lengths: np.ndarray,
    ) -> Postings:
        order = np.lexsort((row_ids, term_ids))
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_ids.astype(np.int64), minlength=len(terms)), out=indptr[1:])
        return cls(
            terms,
            indptr,
            row_ids[order].astype(np.int32),
            counts[order].astype(np.float32),
            lengths.astype(np.float32),
        )

    @classmethod
    def merge(cls, parts: Sequence[tuple[Postings, np.ndarray]]) -> Postings:
        """One Postings of the kept rows of each part, rows renumbered in order (no text is read again)."""
        vocab: dict[str, int] = {}
        term_ids, row_ids, counts, lengths = [], [], [], []
        offset = 0
        for postings, keep in parts:
            new_row = np.full(len(postings.lengths), -1, dtype=np.int64)
            new_row[keep] = np.arange(len(keep)) + offset
            remap = np.array([vocab.setdefault(t, len(vocab)) for t in postings.terms], dtype=np.int64)
            column = np.repeat(np.arange(len(postings.terms)), np.diff(postings.indptr))
            kept = new_row[postings.rows] >= 0
            term_ids.append(remap[column[kept]])
            row_ids.append(new_row[postings.rows[kept]])
            counts.append(postings.tf[kept])
            lengths.append(postings.lengths[keep])
            offset += len(keep)
        empty = np.zeros(0, dtype=np.int64)
        return cls._from_triples(
            list(vocab),
            np.concatenate(term_ids) if term_ids else empty,
            np.concatenate(row_ids) if row_ids else empty,
            np.concatenate(counts) if counts else empty.astype(np.float32),
            np.concatenate(lengths) if lengths else empty.astype(np.float32),
        )

    def save(self, folder: Path, name: str) -> None:
        np.savez(folder / f"{name}.npz", indptr=self.indptr, rows=self.rows, tf=self.tf, lengths=self.lengths)
        (folder / f"{name}.terms.json").write_text(
            json.dumps(self.terms, ensure_ascii=False), encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path, name: str) -> Postings:
        arrays = np.load(folder / f"{name}.npz")
        terms = json.loads((folder / f"{name}.terms.json").read_text(encoding="utf-8"))
        return cls(terms, arrays["indptr"], arrays["rows"], arrays["tf"], arrays["lengths"])


@dataclass
class Segment:
    """Chunks written together by one build, with both fields' postings and the corpus spellings they add."""

    name: str
    chunks: list[Chunk]
    # per field (a segment read from disk reads them on first use)
    fields: Mapping[str, Postings]
    # (syllable → count, bigram → count), as written (text.Accents); read on first use, like the fields
    spellings: Callable[[], tuple[dict[str, int], dict[str, int]]]
    # each row's dense vector (float32, as Chroma holds it): a lexical hit outside Chroma's nearest is scored
    # from here, not fetched from Chroma. None for a segment made without them (its rows are fetched)
    vectors: np.ndarray | None = None

    @classmethod
    def build(cls, name: str, chunks: list[Chunk], vectors: np.ndarray | None = None) -> Segment:
        fields = {f: Postings.build([TOKENIZERS[f](c) for c in chunks]) for f in FIELDS}
        if vectors is not None and len(vectors) != len(chunks):
            raise ValueError(f"{len(vectors)} vectors for {len(chunks)} chunks")
        counted = count_spellings(chunks)
        return cls(name, chunks, fields, lambda: counted, vectors)

    @classmethod
    def merge(cls, name: str, parts: Sequence[tuple[Segment, np.ndarray]]) -> Segment:
        """The kept rows of several segments as one. Spellings are counted again: a dead row's spellings
        only leave when its segment is compacted, which is what this is."""
        chunks = [part.chunks[i] for part, keep in parts for i in keep]
        fields = {f: Postings.merge([(part.fields[f], keep) for part, keep in parts]) for f in FIELDS}
        vectors = (
            np.concatenate([part.vectors[keep] for part, keep in parts])  # type: ignore[index]
            if parts and all(part.vectors is not None for part, _ in parts)
            else None
        )
        counted = count_spellings(chunks)
        return cls(name, chunks, fields, lambda: counted, vectors)


def count_spellings(chunks: Sequence[Chunk]) -> tuple[dict[str, int], dict[str, int]]:
    """How the chunks write each syllable and syllable bigram (text.accent_map's counts)."""
    words: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for chunk in chunks:
        accented = syllables(chunk.text)
        words.update(accented)
        bigrams.update(f"{a} {b}" for a, b in zip(accented, accented[1:], strict=False))
    return dict(words), dict(bigrams)


def bm25_idf(n_docs: int, df: np.ndarray | float) -> np.ndarray | float:
    """Lucene's IDF, never negative."""
    return np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


class LexicalIndex:
    """The live rows of a generation's segments, scored as one BM25 index per field."""

    def __init__(self, segments: Sequence[Segment], live: Callable[[Segment, Chunk], bool]) -> None:
        self.segments = list(segments)
        self.live_rows: list[np.ndarray] = []
        self.live_masks: list[np.ndarray | None] = []  # None: every row of the segment is live
        self.live_rank: list[np.ndarray | None] = []
        for segment in self.segments:
            mask = np.fromiter(
                (live(segment, c) for c in segment.chunks), dtype=bool, count=len(segment.chunks)
            )
            self.live_rows.append(np.flatnonzero(mask))
            self.live_masks.append(None if mask.all() else mask)
            # a live row's place among the segment's live rows (a gather per term, not a search)
            rank = np.cumsum(mask, dtype=np.int64) - 1
            self.live_rank.append(None if mask.all() else rank)
        self.offsets = np.cumsum([0] + [len(rows) for rows in self.live_rows])
        self.size = int(self.offsets[-1])
        self._average_length: dict[str, float] = {}
        self._accents: Accents | None = None

    def average_length(self, field_name: str) -> float:
        """The live chunks' average length in the field's tokens (BM25's avgdl)."""
        if field_name not in self._average_length:
            total = sum(
                float(s.fields[field_name].lengths[rows].sum())
                for s, rows in zip(self.segments, self.live_rows, strict=True)
            )
            self._average_length[field_name] = total / self.size if self.size else 1.0
        return self._average_length[field_name]

    def vectors(self, positions: Sequence[int]) -> np.ndarray | None:
        """The dense vectors of live chunks by position; None if a segment holding one has no vectors."""
        out = []
        for position in positions:
            index = int(np.searchsorted(self.offsets, position, side="right")) - 1
            vectors = self.segments[index].vectors
            if vectors is None:
                return None
            out.append(vectors[self.live_rows[index][position - self.offsets[index]]])
        return np.stack(out) if out else None

    def chunks(self) -> list[Chunk]:
        """The live chunks, in score order (segment by segment)."""
        return [s.chunks[i] for s, rows in zip(self.segments, self.live_rows, strict=True) for i in rows]

    def scores(self, field_name: str, tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every live chunk for the tokens (a token repeated counts again, as in bm25s)."""
        out = np.zeros(self.size, dtype=np.float32)
        if not self.size:
            return out
        counts = Counter(tokens)
        located = [[(s, s.fields[field_name].vocab.get(term)) for s in self.segments] for term in counts]
        avgdl = self.average_length(field_name) or 1.0
        for (_term, times), places in zip(counts.items(), located, strict=True):
            df = 0
            spans = []
            for (segment, column), mask in zip(places, self.live_masks, strict=True):
                if column is None:
                    spans.append(None)
                    continue
                postings = segment.fields[field_name]
                start, end = postings.indptr[column], postings.indptr[column + 1]
                rows = postings.rows[start:end]
                tf = postings.tf[start:end]
                if mask is not None:
                    keep = mask[rows]
                    rows, tf = rows[keep], tf[keep]
                df += len(rows)
                spans.append((rows, tf))
            if not df:
                continue
            idf = float(bm25_idf(self.size, df)) * times
            for index, span in enumerate(spans):
                if span is None or not len(span[0]):
                    continue
                rows, tf = span
                postings = self.segments[index].fields[field_name]
                norm = BM25_K1 * (1 - BM25_B + BM25_B * postings.lengths[rows] / avgdl)
                weights = idf * tf / (tf + norm)
                # the row's place among the live chunks: its rank in the segment's live rows, plus the offset
                rank = self.live_rank[index]
                positions = (rows if rank is None else rank[rows]) + self.offsets[index]
                out[positions] += weights  # a row holds a term once: no position repeats here
        return out

    @property
    def accents(self) -> Accents:
        """How the segments spell each syllable and bigram (counted once, on first need)."""
        if self._accents is None:
            if len(self.segments) == 1:  # no copy: at 100k chunks the bigram counts alone are 100+ MB
                self._accents = Accents(*self.segments[0].spellings())
            else:
                words: Counter[str] = Counter()
                bigrams: Counter[str] = Counter()
                for segment in self.segments:
                    segment_words, segment_bigrams = segment.spellings()
                    words.update(segment_words)
                    bigrams.update(segment_bigrams)
                self._accents = Accents(dict(words), dict(bigrams))
        return self._accents


def plan_segments(
    segments: Sequence[Segment], live_rows: Sequence[np.ndarray], new_segments: int
) -> list[list[int]]:
    """Which segments to merge (groups of indexes), given each one's live rows and how many new ones come:
    mostly-dead segments are compacted, and the smallest are merged while there are more than MAX_SEGMENTS."""
    sizes = [len(rows) for rows in live_rows]
    groups: list[list[int]] = []
    sparse = [i for i, s in enumerate(segments) if sizes[i] < MIN_LIVE_SHARE * len(s.chunks)]
    if sparse:
        groups.append(sparse)
    remaining = [i for i in range(len(segments)) if i not in sparse]
    count = len(remaining) + new_segments + len(groups)
    if count > MAX_SEGMENTS:
        by_size = sorted(remaining, key=lambda i: sizes[i])
        merge = by_size[: count - MAX_SEGMENTS + 1]
        if groups:
            groups[0].extend(merge)
            groups[0].sort()
        elif len(merge) > 1:
            groups.append(sorted(merge))
    return groups
