"""Small frozen types that cross module seams. LangChain/Chroma objects never leave index/retrieve."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Protocol

from app import markers

SECTION_SEPARATOR = " › "

# What a chat model is given: a plain text, or (role, text) messages such as ("system", …), ("human", …).
Prompt = str | list[tuple[str, str]]


class Embedder(Protocol):
    """Text → vectors: passages and questions are embedded differently (e5's passage:/query: prefixes)."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class ChatModel(Protocol):
    """An LLM (models.make_chat_model adapts the providers). A reply, or each streamed piece, is a message
    with its text in `.content` (or the text itself)."""

    def invoke(self, input: Prompt) -> object: ...

    def stream(self, input: Prompt) -> Iterator[object]: ...


class DocType(StrEnum):
    """What a corpus document is, from its folder (guidance/, reports/)."""

    GUIDANCE = "guidance"
    REPORT = "report"
    OTHER = "other"


class Language(StrEnum):
    """The language of a question, and so of its answer."""

    VI = "vi"
    EN = "en"


class Status(StrEnum):
    """How far a draft meets one requirement."""

    ADDRESSED = "addressed"
    PARTLY = "partly"
    MISSING = "missing"


class BlockKind(StrEnum):
    """What a paragraph is in its document's structure."""

    HEADING = "heading"  # a section title: it becomes part of the section path of what follows
    ITEM = "item"  # a numbered, lettered or bulleted item ("1.", "1.1.", "a)", "-", "+")
    TEXT = "text"  # running text
    LETTERHEAD = "letterhead"  # issuer, number, place and date: metadata, never answered from


@dataclass(frozen=True)
class RawBlock:
    """One block as a format reader sees it, before structure is recognised."""

    text: str
    heading_level: int | None = None  # set when the format marks a heading (0 = title, 1 = top level …)
    page: int | None = None  # 1-based PDF page
    item: bool = False  # the format marks it as a list item (docx numbering, md/html list)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a corpus document, as the reader sees it."""

    source: str  # path relative to the corpus folder, with "/" separators
    title: str
    date: str | None  # ISO yyyy-mm-dd when the document states one
    doc_type: DocType  # from the folder (ingest.doc_type_of)
    number: int  # 1-based paragraph number within the document
    text: str
    districts: tuple[str, ...] = ()  # canonical district names, named or inherited
    inherited: bool = False  # True when districts come from the section the paragraph continues
    section: tuple[str, ...] = ()  # the headings it sits under, outermost first
    kind: BlockKind = BlockKind.TEXT
    page: int | None = None  # PDF page


@dataclass(frozen=True)
class Document:
    """A parsed corpus file."""

    source: str
    title: str
    date: str | None
    doc_type: DocType
    paragraphs: tuple[Paragraph, ...]
    content_hash: str
    issuer: str | None = None  # from the letterhead ("TỈNH ỦY HẢI DƯƠNG")
    number: str | None = None  # from the letterhead ("Số 15-HD/TU")
    signer: str | None = None  # the name under the closing signature block
    warnings: tuple[str, ...] = ()  # what had to be repaired to read it (stray bytes …), in Vietnamese


# e5's window is 512 tokens (models.E5_WINDOW_TOKENS). Vietnamese runs 2.6–3.8 characters a token in its
# sentencepiece vocabulary (ALQAC and ViMedAQA chunks: 0.1st percentile 2.56, median 3.6), so a piece of
# 1,250 characters stays within the window; consecutive pieces overlap by about 250 characters.
EMBED_WINDOW_CHARS = 1250
EMBED_OVERLAP_CHARS = 250
EMBED_HEADER_CHARS = 400  # a piece's header is cut to this, so that most of each piece is text
_PIECE_MARK = "~"  # piece k > 0 of chunk c is stored as "c~k": chunk ids never hold it


def piece_id(chunk_id: str, k: int) -> str:
    """The vector store's id of a chunk's k-th embedding piece (piece 0 is the chunk's own id)."""
    return chunk_id if k == 0 else f"{chunk_id}{_PIECE_MARK}{k}"


def chunk_id_of(record_id: str) -> str:
    """The chunk a stored piece belongs to."""
    return record_id.split(_PIECE_MARK, 1)[0]


@dataclass(frozen=True)
class Chunk:
    """The unit embedded and retrieved: one paragraph, a few merged tiny ones, or part of a long one."""

    id: str
    doc_hash: str
    source: str
    title: str
    date: str | None
    doc_type: DocType
    paragraph: int
    paragraph_end: int
    text: str  # original text: this is what quotes show
    districts: tuple[str, ...] = ()
    inherited: bool = False
    section: str = ""  # section path, joined with SECTION_SEPARATOR
    page: int | None = None  # PDF page of its first paragraph
    kind: str = BlockKind.TEXT.value  # BlockKind of its first paragraph

    def header(self) -> str:
        """The context the embedder sees before the text: title, section path, districts. The title is left
        out when the text starts with it (a title line, or a one-paragraph document titled by its first
        words): said twice, it outweighs the rest (ALQAC MRR@10 0.9734 → 0.9759)."""
        return " — ".join(
            part for part in (self.own_title(), self.section, ", ".join(self.districts)) if part
        )

    def own_title(self) -> str:
        """The document title, or "" when the text starts with it (then it is said already)."""
        return "" if self.text.startswith(self.title) else self.title

    def embed_text(self) -> str:
        """What the embedder sees: the context header, then the text."""
        header = self.header()
        return f"{header}\n{self.text}" if header else self.text

    def embed_pieces(self) -> list[str]:
        """embed_text cut to the embedder's window: one piece when it fits, else overlapping windows of the
        text, each under the (shortened) header. A chunk's dense score is the best of its pieces."""
        whole = self.embed_text()
        if len(whole) <= EMBED_WINDOW_CHARS:
            return [whole]
        header = self.header()[:EMBED_HEADER_CHARS]
        size = EMBED_WINDOW_CHARS - len(header) - 1
        lead = f"{header}\n" if header else ""
        pieces = []
        start = 0
        while True:
            end = start + size
            if end >= len(self.text):
                pieces.append(lead + self.text[start:].strip())
                return pieces
            cut = self.text.rfind(" ", start + size // 2, end)  # end on a word boundary
            end = cut if cut > 0 else end
            pieces.append(lead + self.text[start:end].strip())
            back = self.text.find(" ", end - EMBED_OVERLAP_CHARS, end)  # start the next on one too
            start = back + 1 if back > start else end


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused score and rank (1-based)."""

    rank: int
    chunk: Chunk
    score: float
    doc_districts: tuple[str, ...] = ()  # every district its document speaks of
    lead: str = ""  # an item of a list: the sentence that introduces the list ("… qua các năm như sau:")

    @property
    def context(self) -> str:
        """What the passage is about beyond its own words: its headings, and the lead of its list."""
        return f"{self.chunk.section} {self.lead}".strip()

    def speaks_for(self, district: str) -> bool:
        """True if the passage is about the district: it names it (or continues its section), or it names
        no district and its document addresses that district (a general paragraph of that document)."""
        if self.chunk.districts:
            return district in self.chunk.districts
        return district in self.doc_districts

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "rank": self.rank,
            "source": c.source,
            "title": c.title,
            "date": c.date,
            "paragraph": c.paragraph,
            "section": c.section,
            "page": c.page,
            "text": c.text,
            "score": round(self.score, 4),
            "districts": list(c.districts),
        }


@dataclass(frozen=True)
class Citation:
    """A numbered source behind an answer's [n] marker; quote is verbatim text of the passage."""

    n: int
    source: str
    title: str
    date: str | None
    paragraph: int
    quote: str
    passage_text: str = ""  # the whole paragraph, to show the quote highlighted inside it
    supported: bool = True
    section: str = ""  # section path of the paragraph
    page: int | None = None  # PDF page

    @classmethod
    def of_chunk(cls, n: int, chunk: Chunk, quote: str) -> Citation:
        """The citation [n] of a quote from a chunk: its document, paragraph, section and page."""
        return cls(
            n,
            chunk.source,
            chunk.title,
            chunk.date,
            chunk.paragraph,
            quote,
            passage_text=chunk.text,
            section=chunk.section,
            page=chunk.page,
        )

    def to_json(self) -> dict:
        d = asdict(self)
        d.pop("passage_text")
        return d


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    found: bool
    citations: tuple[Citation, ...] = ()
    passages: tuple[Passage, ...] = ()
    language: Language = Language.VI
    notice: str | None = None  # e.g. "the LLM failed; extractive answer shown"
    standalone_question: str | None = None  # the question after follow-up resolution
    unsupported: tuple[str, ...] = ()  # answer sentences whose citation could not be verified

    def __post_init__(self) -> None:  # every [n] has its citation n, every citation its [n] (app/markers.py)
        if problem := markers.unmatched(self.text, (c.n for c in self.citations)):
            raise ValueError(f"answer {self.text[:120]!r}: {problem}")

    def to_json(self) -> dict:
        out = {
            "question": self.question,
            "answer": self.text,
            "found": self.found,
            "citations": [c.to_json() for c in self.citations],
            "passages": [p.to_json() for p in self.passages],
        }
        if self.notice:
            out["notice"] = self.notice
        if self.standalone_question and self.standalone_question != self.question:
            out["standalone_question"] = self.standalone_question
        if self.unsupported:
            out["unsupported"] = list(self.unsupported)
        return out


@dataclass(frozen=True)
class DocumentInfo:
    """One indexed document, for listings."""

    source: str
    title: str
    date: str | None
    doc_type: DocType
    paragraphs: int
    chunks: int
    duplicates: tuple[str, ...] = ()  # other corpus paths with the same content
    # sentences written to steer an assistant (app/documents/planted.py): never used
    planted: tuple[str, ...] = ()


@dataclass
class IndexReport:
    """What one `duthao index` run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, same content as path)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, message): indexed, but see this
    hidden: list[str] = field(default_factory=list)  # hidden files and folders ("." names): skipped, unread
    chunks_embedded: int = 0  # chunks added to the index (their vectors embedded now or found in the cache)
    texts_embedded: int = 0  # texts the model embedded: chunks and sentences the vector cache did not hold
    sentences_embedded: int = 0  # new chunks' uncached sentences: progress counts chunks_embedded + these
    chunks_total: int = 0
    requirements_total: int = 0
    catalogue_seconds: float = 0.0
    requirement_changes: list[RequirementChanges] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "removed": len(self.removed),
            "unchanged": len(self.unchanged),
            "duplicates": len(self.duplicates),
            "rejected": len(self.rejected),
        }


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of a conversation (for follow-up questions)."""

    question: str
    answer: str


class Theme(StrEnum):
    """The parts of a district political report a requirement belongs to, in the report's usual order."""

    GENERAL = "general"
    ASSESSMENT = "assessment"
    SHORTCOMINGS = "shortcomings"
    LESSONS = "lessons"
    GOALS = "goals"
    BREAKTHROUGHS = "breakthroughs"
    SECTORS = "sectors"
    PARTY = "party"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class Requirement:
    """A directive the guidance gives the reports ("cần…", "phải…", "ưu tiên…"), atomic where useful."""

    id: str
    text: str  # the atomic requirement, as shown in the checklist
    quote: str  # the verbatim guidance sentence/clause it comes from
    source: str
    title: str
    date: str | None
    paragraph: int
    districts: tuple[str, ...] = ()  # () = applies to every district
    key_terms: tuple[str, ...] = ()
    topic: str = ""  # the heading it was given under ("công tác xây dựng Đảng"), part of `text`
    theme: Theme = Theme.GENERAL
    section: str = ""  # section path of its paragraph
    page: int | None = None
    doc_hash: str = ""  # content hash of its document: unchanged documents keep their requirements
    # the districts its document opens with (a notice on three districts' drafts): a requirement scoped to
    # no district applies to these; () = its document is for every district (a province's guidance)
    for_districts: tuple[str, ...] = ()

    def to_json(self) -> dict:
        out = asdict(self)
        out["theme"] = self.theme.value
        out["districts"] = list(self.districts)
        out["key_terms"] = list(self.key_terms)
        out["for_districts"] = list(self.for_districts)
        return out

    @classmethod
    def from_json(cls, row: dict) -> Requirement:
        return cls(
            **dict(
                row,
                districts=tuple(row.get("districts", ())),
                key_terms=tuple(row.get("key_terms", ())),
                for_districts=tuple(row.get("for_districts", ())),
                theme=Theme(row.get("theme", Theme.GENERAL.value)),
            )
        )


@dataclass(frozen=True)
class ReviewItem:
    requirement: Requirement
    status: Status
    score: float
    draft_quote: str | None = None
    suggestion: str | None = None  # from an LLM, for missing/partly points
    similarity: float = 0.0  # the score's parts, at the quoted passage: rescaled embedding similarity …
    coverage: float = 0.0  # … and the weighted share of the requirement's key terms found there
    user_status: Status | None = None  # the user's verdict, set by hand over the scored status

    @property
    def verdict(self) -> Status:
        """The status that counts: the user's when they set one, else the scored one."""
        return self.user_status or self.status

    @property
    def overridden(self) -> bool:
        """The user set a verdict that differs from the scored status."""
        return self.user_status is not None and self.user_status != self.status

    def to_json(self) -> dict:
        r = self.requirement
        return {
            "requirement": r.text,
            "status": self.status,
            **({"user_status": self.user_status} if self.user_status else {}),
            "score": round(self.score, 3),
            "similarity": round(self.similarity, 3),
            "coverage": round(self.coverage, 3),
            "draft_quote": self.draft_quote,
            "citation": {
                "source": r.source,
                "title": r.title,
                "date": r.date,
                "paragraph": r.paragraph,
                "quote": r.quote,
            },
            **({"suggestion": self.suggestion} if self.suggestion else {}),
        }


@dataclass(frozen=True)
class Review:
    district: str | None
    summary: str
    items: tuple[ReviewItem, ...] = ()
    needs_district: bool = False  # the district could not be told: ask the user
    notice: str | None = None

    def to_json(self) -> dict:
        items = [i.to_json() for i in self.items]
        out: dict = {"district": self.district, "summary": self.summary, "items": items}
        if self.needs_district:
            out["needs_district"] = True
        if self.notice:
            out["notice"] = self.notice
        return out


@dataclass(frozen=True)
class OutlineSection:
    """One part of a report outline: its theme and the requirements that belong there."""

    theme: Theme
    title: str  # Vietnamese section title shown to people
    requirements: tuple[Requirement, ...] = ()


@dataclass(frozen=True)
class Outline:
    """Every requirement that applies to one district, under the usual sections of a political report."""

    district: str
    sections: tuple[OutlineSection, ...] = ()

    def to_json(self) -> dict:
        return {
            "district": self.district,
            "sections": [
                {
                    "theme": s.theme.value,
                    "title": s.title,
                    "requirements": [r.to_json() for r in s.requirements],
                }
                for s in self.sections
            ],
        }


@dataclass(frozen=True)
class RequirementChanges:
    """What one district's requirements became between two index generations."""

    district: str  # a district name, or "" for the requirements of every district
    added: tuple[Requirement, ...] = ()
    removed: tuple[Requirement, ...] = ()
    changed: tuple[tuple[Requirement, Requirement], ...] = ()  # (before, after)

    def to_json(self) -> dict:
        return {
            "district": self.district,
            "added": [r.text for r in self.added],
            "removed": [r.text for r in self.removed],
            "changed": [{"before": a.text, "after": b.text} for a, b in self.changed],
        }
