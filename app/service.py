"""The Assistant facade and its one factory: everything the CLI and the UI call goes through here."""

from __future__ import annotations

import logging
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import lexicon, places
from app.answers import coverage, facts, listing, retrieve, sections
from app.answers.answerer import NOT_FOUND, Answerer
from app.answers.evidence import asks_for_list, states_time
from app.answers.intent import Intent, Shape, analyse_question
from app.answers.matching import question_topic_terms, term_coverage, without_source_clause
from app.answers.retrieve import Retriever
from app.documents.ingest import (
    SUPPORTED_SUFFIXES,
    DocumentLimits,
    iter_corpus_files,
    read_document,
    source_of,
)
from app.domain import (
    Answer,
    BlockKind,
    ChatModel,
    Chunk,
    Citation,
    DocType,
    DocumentInfo,
    Embedder,
    IndexReport,
    Outline,
    Passage,
    Requirement,
    Review,
    Turn,
)
from app.errors import ConfigError, DocumentError, IndexMissingError, QuestionTooLongError
from app.index.corpus import CorpusIndex, Progress
from app.index.vectors import SentenceVectors
from app.models import embeddings_id, make_chat_model, make_embeddings
from app.review.checklist import Reviewer
from app.settings import Settings
from app.text import days_named, split_sentences

log = logging.getLogger(__name__)

NAMED_DOCUMENT_WIDENING = 4  # passages searched, per passage kept, when the question names its document
# passages of later documents changing a document named by number, kept beside its own: the one citing what it
# changes ("… điều chỉnh một số nội dung tại Hướng dẫn số 27-HD/BTGTU như sau:") and two of its changes
AMENDING_PASSAGES = 3
DATED_WIDENING = 2  # asked when, no passage stating a time: passages searched, per passage kept
DATED_PASSAGES = 2  # … and those stating one that join
WHICH_PASSAGES = 15  # passages searched for a "which districts…" question: the answer may span many
MAX_LIST_ITEMS = 12  # the items of a list a passage introduces that join it (each is quoted on its own)
UNKNOWN_DISTRICT = "Không nhận ra đơn vị “{name}”. Hãy chọn một trong: {names}."


class Assistant:
    """Index, ask, review: one object per process, models loaded on first use."""

    def __init__(self, settings: Settings, index: CorpusIndex, chat_model: ChatModel | None = None) -> None:
        self.settings = settings
        self.index = index
        self.retriever = Retriever(index, settings)
        self.chat_model = chat_model
        vectors = SentenceVectors(index.embeddings)  # one sentence-vector cache for answers and reviews
        self.answerer = Answerer(index.embeddings, chat_model, vectors)
        self.reviewer = Reviewer(index, index.embeddings, chat_model, vectors)

    @property
    def corpus_dir(self) -> Path:
        return Path(self.settings.corpus_dir)

    def build_index(
        self, progress: Progress | None = None, wait: bool = True, reading: Progress | None = None
    ) -> IndexReport:
        """Incremental rebuild of the index from the corpus folder (waits for another process's build, or
        raises IndexBusyError when `wait` is False). `progress` hears (texts embedded, texts to embed),
        `reading` (files read, files) before that."""
        limits = DocumentLimits.from_settings(self.settings)
        return self.index.build(self.corpus_dir, progress, wait, limits, reading)

    def ensure_index(
        self, progress: Progress | None = None, reading: Progress | None = None
    ) -> IndexReport | None:
        """Build the index if there is none yet, or if the live one cannot be read (damaged, or written by
        another version of this program): the build reuses what Chroma and the vector cache hold."""
        if self.index.exists():
            try:
                self.index.snapshot()
                return None
            except IndexMissingError as exc:
                log.warning("%s Đang dựng lại chỉ mục…", exc)
        return self.build_index(progress, reading=reading)

    def ask(
        self,
        question: str,
        history: Sequence[Turn] = (),
        k: int | None = None,
        district: str | None = None,
    ) -> Answer:
        """Answer a question (a follow-up when history is given) with cited passages."""
        answer: Answer | None = None
        for event in self.ask_stream(question, history, k, district):
            if isinstance(event, Answer):
                answer = event
        assert answer is not None
        return answer

    def ask_stream(
        self,
        question: str,
        history: Sequence[Turn] = (),
        k: int | None = None,
        district: str | None = None,
    ) -> Iterator[str | Answer]:
        """Yield pieces of answer text as they are written, then the final, verified Answer."""
        check_question(question, self.settings.max_question_chars)
        standalone = self.answerer.standalone_question(question, history)
        chosen = places.canonical(district) if district else None
        intent = analyse_question(standalone, chosen)
        districts = intent.districts
        k = k or self.settings.k
        uncovered = coverage.uncovered_places(standalone, self.index.mentions)
        if uncovered:
            # "Tỉnh ủy Nghệ An yêu cầu gì …" of another province's documents: not theirs to answer
            passages = self.retriever.search(standalone, k, districts or None)
            answer = coverage.not_covered_answer(question, uncovered, intent.language, passages)
            yield answer.text
            yield replace(answer, standalone_question=standalone)
            return
        # "Tỉnh ủy Hà Nam …" of pages from three provinces: only documents that mention Hà Nam answer
        scope = coverage.place_scope(standalone, self.index, districts)
        named = facts.named_document(standalone, self.index.snapshot().documents)
        exact = named is not None and facts.names_exactly(standalone, named)
        if named is not None and intent.shape in (Shape.DOCUMENT, Shape.WHEN):
            # "Văn bản nào đã sửa … trong Hướng dẫn 38?": the document asked about is the one citing it
            named, exact = self._amending(standalone, named, exact)
        # "Theo Thông báo kết luận, …": a document the question seems to name ranks its passages higher
        preferred = named["source"] if named is not None and not exact else None
        passages = self.retriever.search(standalone, k, districts or None, preferred, scope.admits)
        if exact:
            # "Hướng dẫn 12-HD/TU …": named by number or whole title, that document's passages answer
            wider = self.retriever.search(
                standalone, k * NAMED_DOCUMENT_WIDENING, districts or None, None, scope.admits
            )
            own = [p for p in wider if p.chunk.source == named["source"]][:k]
            # a later document that changes it ("… không quá 30 trang, thay cho mức quy định tại mục III.1
            # của Hướng dẫn số 45-HD/BTGTU") speaks for it now: its changing passages stay beside its own
            cited = facts.citation_pattern(named)
            others = [p for p in wider if p.chunk.source != named["source"]] if cited else []
            # a document that changes it says so once ("… điều chỉnh một số nội dung tại Hướng dẫn số 27")
            # and then each change without its number ("1. Tiết a … của Hướng dẫn được điều chỉnh như sau:
            # … 25 trang"): each of those changes it too
            amending = set(
                self.index.snapshot().sources_where(
                    lambda t: facts.amends(t, cited), among={p.chunk.source for p in others}
                )
            )
            changing = [
                p
                for p in others
                if facts.amends(p.chunk.text, cited)
                or p.chunk.source in amending
                and facts.states_change(p.chunk.text)
            ][:AMENDING_PASSAGES]
            kept = {p.chunk.id for p in [*own, *changing]}
            own = [p for p in wider if p.chunk.id in kept]
            passages = [replace(p, rank=r) for r, p in enumerate(own, 1)] or passages
        found = passages
        passages = [p for p in passages if scope.admits(p.chunk.source)]
        snap = self.index.snapshot()
        unindexed = facts.unindexed_numbers(standalone, snap.documents)
        if unindexed:
            # "Hướng dẫn số 46-HD/TU … quy định gì?" with no such document indexed: only a document citing
            # that number speaks of it (a page reporting on it, its signer in another paragraph); none does,
            # the documents do not say
            citing = set(snap.sources_where(lambda text: facts.cites(text, unindexed)))
            passages = [p for p in passages if p.chunk.source in citing]
        if found and not passages:
            answer = Answer(question, NOT_FOUND[intent.language], False, (), tuple(found), intent.language)
            yield answer.text
            yield replace(answer, standalone_question=standalone)
            return
        reviewing = self._reviewing(intent)
        if reviewing is not None:
            # "góp ý gì cho dự thảo của X?": what the documents reviewing X's draft said (their title or
            # opening names X), not guidance written for every district; no such document, nothing said
            reviewed = [p for p in passages if p.chunk.source in reviewing]
            if not reviewed:
                answer = listing.no_specific_answer(question, intent, intent.districts[0], passages)
                yield answer.text
                yield replace(answer, standalone_question=standalone)
                return
            passages = reviewed
        passages = self._with_list_items([replace(p, rank=r) for r, p in enumerate(passages, 1)])
        # without an LLM, list and metadata questions are answered from the catalogue; an LLM writes its own
        # answer from the passages (verified against them)
        listed = None
        if self.chat_model is None:
            listed = self._section_answer(standalone, intent, passages)
            listed = listed or self._catalogue_answer(
                standalone, intent, passages, named, exact, scope, reviewing
            )
        if listed is not None:
            # a list is ready at once: it streams line by line, like the extractive answer
            yield from listed.text.splitlines(keepends=True)
            listed = replace(listed, citations=self._with_paragraphs(listed.citations))
            yield replace(listed, question=question, standalone_question=standalone)
            return
        final: Answer | None = None
        asks_when = intent.shape is Shape.WHEN
        if asks_when and self.chat_model is None:
            passages = self._with_dated(standalone, passages, k, districts, preferred, scope.admits)
        naming = facts.naming_words(named)
        # asked by when a district must send its draft, the meeting's closing paragraph to every district it
        # reviewed answers: a date is not "what was said of it in particular"
        specific = intent.specific and bool(districts) and not asks_when
        # the clause naming where to look ("Theo Hướng dẫn 07-HD/…, ") is not what a quoted sentence must
        # answer; an LLM reads the question whole
        asked = standalone
        if self.chat_model is None:
            asked = without_source_clause(standalone, retrieve.document_titles(snap))
        answering = self.answerer.answer_stream(asked, passages, districts, naming, asks_when, specific)
        for event in answering:
            if isinstance(event, Answer):
                final = event
            else:
                yield event
        assert final is not None
        if (
            not final.found
            and self.chat_model is None
            and intent.shape is Shape.REPORT
            and intent.districts
            and self._requirements()
        ):
            # nothing on the topic in the guidance, nor in the passages: say so, closest requirements shown
            final = listing.no_topic_answer(
                standalone, intent, self._requirements(), passages, self.answerer.vectors
            )
        # the user's own words stay the question; the resolved one is kept alongside
        yield replace(final, question=question, standalone_question=standalone)

    def _with_dated(
        self,
        question: str,
        passages: list[Passage],
        k: int,
        districts: Sequence[str],
        preferred: str | None,
        admits: Callable[[str], bool],
    ) -> list[Passage]:
        """Asked when (or by when), and no passage found states a time (a deadline, when a deadline is
        asked): the first passages that do among twice as many join, ranked after those found. The
        closing paragraph of a meeting's report ("… gửi về Ban Tuyên giáo trước ngày 05/5/2025") shares
        few words with a question naming the meeting and its districts."""
        states = retrieve.answer_form(question) or states_time
        if not passages or any(states(p.chunk.text) for p in passages):
            return passages
        seen = {p.chunk.id for p in passages}
        wider = self.retriever.search(question, k * DATED_WIDENING, districts or None, preferred, admits)
        # found further down, a passage must hold as many of the question's topic words as the best passage
        # found first: a date of something else is easier to find the further one looks
        terms = question_topic_terms(question)

        def covered(p: Passage) -> float:
            return term_coverage(terms, f"{p.context} {p.chunk.text}")

        best = max(map(covered, passages))
        dated = [p for p in wider if p.chunk.id not in seen and states(p.chunk.text) and covered(p) >= best]
        dated = dated[:DATED_PASSAGES]
        return [replace(p, rank=r) for r, p in enumerate([*passages, *dated], 1)]

    def _amending(self, question: str, named: dict, exact: bool) -> tuple[dict, bool]:
        """Asked which document changes the one a question names, the other document that cites it with a
        verb of changing it (the latest, if several), as if named by number; else the one named."""
        pattern = facts.citation_pattern(named) if facts.asks_what_amends(question) else None
        if pattern is None:
            return named, exact
        snapshot = self.index.snapshot()
        by_source = {d["source"]: d for d in snapshot.documents.values()}
        changing = snapshot.sources_where(lambda text: facts.amends(text, pattern))
        citing = [by_source[s] for s in changing if s != named["source"] and s in by_source]
        if not citing:
            return named, exact
        return max(citing, key=lambda d: d.get("date") or ""), True

    def _reviewing(self, intent: Intent) -> frozenset[str] | None:
        """Asked for what was said of one district's draft (a list: "góp ý gì cho dự thảo của X?"), the
        documents whose title or opening name it. A question on one point of the draft ("dự thảo của X
        được dài bao nhiêu trang?") is the guidance's to answer."""
        if not (intent.on_draft and intent.shape is Shape.REPORT and intent.districts and not intent.general):
            return None
        return self.index.snapshot().sources_opening_with(intent.districts[0])

    def _with_paragraphs(self, citations: Sequence[Citation]) -> tuple[Citation, ...]:
        """Citations built from the catalogue carry their quote; the sources panel shows it inside the
        whole paragraph, taken from the snapshot."""
        by_source = self.index.snapshot().chunks_by_source
        out = []
        for c in citations:
            own = by_source.get(c.source, [])
            chunk = next((k for k in own if k.paragraph <= c.paragraph <= k.paragraph_end), None)
            if chunk is None:
                out.append(c)
                continue
            # quotes of one paragraph read in the paragraph's order, so the panel can highlight them
            text = chunk.text
            parts = sorted(split_sentences(c.quote), key=lambda q: (text.find(q) + 1) or len(text) + 1)
            out.append(replace(c, quote=" ".join(parts), passage_text=text))
        return tuple(out)

    def _with_list_items(self, passages: list[Passage]) -> list[Passage]:
        """A passage that introduces a list ("Kết quả thu ngân sách qua các năm như sau:") brings the
        list's items after the passages, each knowing its lead: "- Năm 2022 đạt 412,9 tỷ đồng" does not say
        what it is the figure of, and is seldom retrieved on its own."""
        chunks_of = self.index.snapshot().chunks_by_source
        # an item retrieved on its own knows its lead too ("- Năm 2022 đạt 412,9 tỷ đồng" under "Kết quả thu
        # ngân sách … như sau:")
        passages = [p if p.lead else replace(p, lead=self._lead_of(p.chunk, chunks_of)) for p in passages]
        leads = [p for p in passages if p.chunk.text.rstrip().endswith(":")]
        if not leads:
            return passages
        have = {p.chunk.id for p in passages}
        out = list(passages)
        for lead in leads:
            sentences = split_sentences(lead.chunk.text)
            said = sentences[-1] if sentences else lead.chunk.text
            own = chunks_of.get(lead.chunk.source, [])
            after = [c for c in own if c.paragraph > lead.chunk.paragraph_end]
            for chunk in after[:MAX_LIST_ITEMS]:
                if chunk.kind != BlockKind.ITEM.value or chunk.section != lead.chunk.section:
                    break  # the list ends where the items do
                if chunk.id not in have:
                    have.add(chunk.id)
                    out.append(replace(lead, rank=len(out) + 1, chunk=chunk, lead=said))
        return out

    @staticmethod
    def _lead_of(chunk: Chunk, chunks_of: dict[str, list[Chunk]]) -> str:
        """The sentence introducing the list an item belongs to: the last sentence of the paragraph ending
        in ':' just before the run of items it sits in (same section), or ''."""
        if chunk.kind != BlockKind.ITEM.value:
            return ""
        before = [c for c in chunks_of.get(chunk.source, []) if c.paragraph_end < chunk.paragraph]
        for previous in reversed(before):
            if previous.section != chunk.section:
                return ""
            if previous.text.rstrip().endswith(":"):
                sentences = split_sentences(previous.text)
                return sentences[-1] if sentences else previous.text
            if previous.kind != BlockKind.ITEM.value:
                return ""
        return ""

    def _section_answer(self, question: str, intent: Intent, passages: list[Passage]) -> Answer | None:
        """A list question that names a heading of one of the best passages' documents ("những hạn chế,
        yếu kém", "bài học kinh nghiệm"): that section, whole (app/answers/sections.py)."""
        if not (intent.shape is Shape.REPORT or intent.shape is Shape.NARROW and asks_for_list(question)):
            return None
        return sections.section_answer(
            question, passages, self.index.snapshot().chunks_by_source, intent.districts, intent.language
        )

    def _requirements(self) -> list[Requirement]:
        return self.index.snapshot().requirements

    def _catalogue_answer(
        self,
        question: str,
        intent: Intent,
        passages: list[Passage],
        named: dict[str, Any] | None,
        exact: bool = False,
        scope: coverage.PlaceScope | None = None,
        reviewing: frozenset[str] | None = None,
    ) -> Answer | None:
        """A list from the requirement catalogue, or a document's metadata, when the question asks for it.
        `named`: the document the question seems to name, if any; `exact`: named by number or whole title,
        when only its requirements are listed; `reviewing`: asked what was said of a district's draft, the
        documents that review it."""
        scope = scope or coverage.PlaceScope()
        requirements = [r for r in self._requirements() if scope.admits(r.source)]
        naming = facts.naming_words(named)  # how it names a document is not its topic, exact or not
        # "theo Hướng dẫn 12-HD/TU …": only that document's requirements; a title's words shared with the
        # question restrict nothing
        only = named["source"] if named is not None and exact else None
        if only is not None and intent.shape in (Shape.REPORT, Shape.WHICH):
            requirements = [r for r in requirements if r.source == only]
        if intent.shape is Shape.REPORT:
            if reviewing is not None:  # what the documents reviewing the district's draft said, if listed
                requirements = [r for r in requirements if r.source in reviewing]
                if not any(intent.districts[0] in r.districts for r in requirements):
                    return None
            return listing.report_answer(question, intent, requirements, passages, naming)
        if intent.shape is Shape.WHICH:
            preferred = named["source"] if named is not None else None
            wide = self.retriever.search(
                question, max(WHICH_PASSAGES, self.settings.k), None, preferred, scope.admits
            )
            wide = [p for p in wide if scope.admits(p.chunk.source)]
            if only is not None:
                wide = [p for p in wide if p.chunk.source == only]
            days = days_named(question)
            if days:  # "Hội nghị ngày 25/4 cho ý kiến … những huyện nào?": the documents of that day, if any
                dated = self.index.snapshot().sources_naming(days)
                if dated:
                    requirements = [r for r in requirements if r.source in dated]
                    wide = [p for p in wide if p.chunk.source in dated]
                    # "hội nghị ngày 25/4" says which meeting, as the day does: no topic the districts'
                    # requirements must hold (without one, every district the documents of the day name)
                    naming = (*naming, *lexicon.words("meeting_words"))
            openings = []
            if intent.asks_reviewed:  # a review's report names the drafts it reviewed in its lead
                snapshot = self.index.snapshot()
                for source in dict.fromkeys(p.chunk.source for p in wide):
                    opening = snapshot.opening(source)
                    if opening and opening[0].doc_type == DocType.GUIDANCE:  # a report reviews no draft
                        openings.append(opening)
            return listing.which_answer(question, intent, requirements, wide, naming, openings)
        if intent.shape in (Shape.WHEN, Shape.DOCUMENT):
            documents = self.index.snapshot().documents
            return facts.fact_answer(question, intent, passages, documents, named, exact)
        return None

    def outline(self, district: str) -> Outline:
        """Every requirement that applies to the district, under the usual sections of a political report."""
        name = places.canonical(district)
        if name is None:
            raise ConfigError(UNKNOWN_DISTRICT.format(name=district, names=", ".join(places.names())))
        return listing.outline(name, self._requirements())

    def review(self, draft: str, district: str | None = None) -> Review:
        """Checklist of the guidance's requirements for the draft's district."""
        return self.reviewer.review(draft, district)

    # ---- documents -----------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        """The indexed documents."""
        return self.index.documents()

    def rejected_files(self) -> dict[str, str]:
        """Corpus files the last build could not read: path → reason."""
        return dict(self.index.snapshot().rejected)

    def add_document(self, filename: str, data: bytes, doc_type: str = DocType.GUIDANCE) -> str:
        """Save an uploaded file into corpus/guidance or corpus/reports; returns its corpus path.

        The name is reduced to a safe file name (no folders, no '..'); size and type are limited.
        Call build_index() afterwards to index it.
        """
        folder = {DocType.GUIDANCE: "guidance", DocType.REPORT: "reports", "reports": "reports"}.get(doc_type)
        if folder is None:
            raise DocumentError(filename, f"loại tài liệu không hợp lệ: {doc_type!r} (guidance hoặc report)")
        name = safe_filename(filename)
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise DocumentError(filename, f"chỉ nhận các định dạng {', '.join(SUPPORTED_SUFFIXES)}")
        limit = self.settings.max_upload_mb * 1024 * 1024
        if len(data) > limit:
            raise DocumentError(
                filename, f"tệp quá lớn ({len(data) // 1024} KB; tối đa {self.settings.max_upload_mb} MB)"
            )
        if not data.strip():
            raise DocumentError(filename, "tệp rỗng")
        target_dir = (self.corpus_dir / folder).resolve()
        target_dir.mkdir(parents=True, exist_ok=True)
        target = (target_dir / name).resolve()
        if target.parent != target_dir:
            raise DocumentError(filename, "tên tệp không hợp lệ")
        tmp = target.with_name(f".{target.name}.uploading")
        tmp.write_bytes(data)
        tmp.replace(target)
        return target.relative_to(self.corpus_dir.resolve()).as_posix()

    def remove_document(self, source: str) -> None:
        """Delete a corpus file (by its corpus path, NFC); call build_index() afterwards."""
        root = self.corpus_dir.resolve()
        # looked up among the corpus files, whose names may be NFD on disk; a link is removed itself,
        # never the file it points to
        target = next((p for p in iter_corpus_files(root) if source_of(p, root) == source), None)
        if target is None:
            raise DocumentError(source, "không có tài liệu này trong kho")
        target.unlink()

    def districts(self) -> tuple[str, ...]:
        """The district names a user can choose from."""
        return places.names()

    def read_text(self, filename: str, data: bytes) -> str:
        """The text of an uploaded file (any corpus format), paragraphs separated by blank lines."""
        name = safe_filename(filename)
        if len(data) > self.settings.max_upload_mb * 1024 * 1024:
            raise DocumentError(filename, f"tệp quá lớn (tối đa {self.settings.max_upload_mb} MB)")
        with tempfile.TemporaryDirectory(prefix="duthao-upload-") as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            document = read_document(path, Path(folder), DocumentLimits.from_settings(self.settings))
        return "\n\n".join(p.text for p in document.paragraphs)


def check_question(question: str, limit: int) -> None:
    """Refuse a question longer than `limit` characters (QuestionTooLongError): a 100,000-character one
    kept the embedder busy for 96 s."""
    if len(question) > limit:
        raise QuestionTooLongError(len(question), limit)


# An upload's name is cut to this many characters, and to this many bytes in UTF-8 (a Vietnamese letter takes
# up to 3): a file name may hold 255 bytes, and the upload is first written as ".<name>.uploading".
MAX_NAME_CHARS = 150
MAX_NAME_BYTES = 200
MAX_SUFFIX_CHARS = 10  # a longer ".…" ending is part of the name, not a file type


def safe_filename(filename: str) -> str:
    """The last path component with characters that are unsafe in file names replaced, cut to
    MAX_NAME_CHARS characters and MAX_NAME_BYTES bytes with its extension kept."""
    name = re.split(r"[\\/]", unicodedata.normalize("NFC", filename or ""))[-1].strip().lstrip(".")
    # lone surrogates: bytes of a name that was not UTF-8 (PEP 383), which no index or page can carry
    name = re.sub(r"[\x00-\x1f<>:\"|?*\ud800-\udfff]", "_", name)
    if not name or name in {".", ".."}:
        raise DocumentError(filename or "(không tên)", "tên tệp không hợp lệ")
    stem, suffix = Path(name).stem, Path(name).suffix
    if len(suffix) > MAX_SUFFIX_CHARS:
        stem, suffix = name, ""
    stem = stem[: MAX_NAME_CHARS - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem.rstrip() + suffix


def build_assistant(
    settings: Settings,
    embeddings: Embedder | None = None,
    chat_model: ChatModel | None = None,
) -> Assistant:
    """Wire everything from settings; tests pass fakes for the embeddings or the chat model."""
    places.use_gazetteer(settings.gazetteer)  # first: reading documents and questions needs the places
    if embeddings is None:
        embeddings = make_embeddings(settings)
        name = embeddings_id(settings.embeddings)
    else:
        name = embeddings_id(getattr(embeddings, "name", type(embeddings).__name__))
    if chat_model is None:
        chat_model = make_chat_model(settings)
    index = CorpusIndex(
        Path(settings.index_dir),
        embeddings,
        name,
        chroma_url=settings.chroma_url,
        vector_cache=settings.vector_cache,
        chroma_timeout=settings.chroma_timeout,
    )
    return Assistant(settings, index, chat_model)
