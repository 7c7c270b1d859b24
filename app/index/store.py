"""The Chroma adapter: one collection per embedding model. The only module that imports chromadb.

Chroma is the source of truth for chunks: their text, metadata and vectors. Metadata values must be
scalars, so a chunk's districts are stored framed and joined ("|Kim Thành|Nam Sách|").

Where the collection lives: in the index folder (`chroma/`, embedded in this process), or on a Chroma server
(`DUTHAO_CHROMA_URL`, chromadb's HttpClient) that several application processes share. The code is the same;
only the client differs. A server may hold the collections of several index folders, so there a collection is
named after the model and the folder's id (a random token in `CHROMA-ID`, written once).

Two APIs over one client: langchain-chroma's `Chroma` vector store adds texts (embedding them with our
embedder), deletes and searches by vector; the chromadb `Collection` that the same client returns reads
records back (metadata, documents, stored vectors) and updates metadata alone, which the vector store cannot
do without re-embedding.

Why `reopen()` exists: an embedded client keeps its own in-memory copy of a collection's vector index. Another
process's writes reach the shared SQLite file but not that copy, so asking this process for the vector of a
chunk added elsewhere fails ("Error finding id"). Whoever learns that another process has written (a new
generation published, the start of a build) reopens the store; calls in flight finish first, on the old copy.
A server holds the only copy, so there reopening just starts a fresh client.

A server that is down or frozen (a `chroma run` stopped with SIGSTOP, a host gone from the network) gives one
message, whatever the call: "Không kết nối được máy chủ Chroma …" (a ConfigError), within `timeout` seconds
(DUTHAO_CHROMA_TIMEOUT). chromadb's HttpClient sends its requests with no timeout at all (httpx.Client(
timeout=None), and no setting reaches it in chromadb 1.5), so the store bounds them itself: every request of
an open client through the client's httpx session, and the requests chromadb makes while the client is being
made by waiting for it in a thread of its own (a client that comes too late is closed there). After a call
found the server unreachable, calls in the next QUIET_SECONDS fail at once with the same message, so the
questions queued behind a frozen server do not each wait out the timeout.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast
from urllib.parse import urlsplit

import numpy as np

from app.domain import Chunk, DocType, Embedder
from app.errors import ConfigError

if TYPE_CHECKING:  # chromadb takes seconds to import: only a process that reads the index pays for it
    import chromadb
    from chromadb.api.client import Client
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)

DELETE_BATCH = 1000  # ids per delete or get call: SQLite limits the variables of one statement
GET_PAGE = 5000  # records per page when reading a whole collection (or all that match a filter)
FOLDER_ID_FILE = "CHROMA-ID"  # in the index folder: names its collections on a Chroma server
NAME_LENGTH = 60  # Chroma's old limit on collection names (63), kept so that names never change
DEFAULT_TIMEOUT = 10.0  # seconds for one request to a Chroma server (settings.chroma_timeout)
# after the server was found unreachable, calls fail at once for this long instead of waiting again
QUIET_SECONDS = 5.0

UNREACHABLE = "Không kết nối được máy chủ Chroma ở {url} (DUTHAO_CHROMA_URL): {why}."
NOT_LISTENING = (
    "máy chủ không nhận kết nối. Hãy chạy `chroma run --path <thư mục> --port <cổng>` trên máy đó "
    "(hoặc sửa địa chỉ), rồi thử lại"
)
NOT_ANSWERING = (
    "máy chủ không trả lời sau {seconds:g} giây (DUTHAO_CHROMA_TIMEOUT). Hãy kiểm tra tiến trình "
    "`chroma run` trên máy đó (đang treo, quá tải, hay mạng bị ngắt), rồi thử lại"
)

Field = Literal["documents", "embeddings", "metadatas"]  # what `get` can return beside the ids


def chunk_metadata(chunk: Chunk, n_chunks: int, parser: str) -> dict[str, Any]:
    """A chunk as Chroma metadata (scalars only); `n_chunks` tells a later build if its document is whole."""
    return {
        "doc_hash": chunk.doc_hash,
        "source": chunk.source,
        "title": chunk.title,
        "date": chunk.date or "",
        "doc_type": chunk.doc_type,
        "paragraph": chunk.paragraph,
        "paragraph_end": chunk.paragraph_end,
        "districts": "|" + "|".join(chunk.districts) + "|" if chunk.districts else "",
        "inherited": chunk.inherited,
        "section": chunk.section,
        "page": chunk.page if chunk.page is not None else -1,
        "kind": chunk.kind,
        "n_chunks": n_chunks,
        "parser": parser,
        "text": chunk.text,
    }


def chunk_from_metadata(chunk_id: str, meta: dict[str, Any]) -> Chunk:
    """The chunk that `chunk_metadata` stored."""
    return Chunk(
        id=chunk_id,
        doc_hash=meta["doc_hash"],
        source=meta["source"],
        title=meta["title"],
        date=meta.get("date") or None,
        doc_type=DocType(meta["doc_type"]),
        paragraph=int(meta["paragraph"]),
        paragraph_end=int(meta["paragraph_end"]),
        text=meta["text"],
        districts=tuple(d for d in str(meta.get("districts", "")).split("|") if d),
        inherited=bool(meta.get("inherited")),
        section=str(meta.get("section") or ""),
        page=None if int(meta.get("page", -1)) < 0 else int(meta["page"]),
        kind=str(meta.get("kind") or "text"),
    )


def load_libraries() -> None:
    """Import chromadb and its LangChain adapter now: seconds of imports that the first build or question
    would otherwise pause on, unannounced (`duthao serve` does it in its step that loads libraries)."""
    import chromadb  # noqa: F401
    import langchain_chroma  # noqa: F401


class _SharedLock:
    """Many calls at once, or one reopen alone; a waiting reopen goes before new calls."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._calls = 0
        self._reopening = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: not self._reopening)
            self._calls += 1
        try:
            yield
        finally:
            with self._changed:
                self._calls -= 1
                self._changed.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._changed:
            self._changed.wait_for(lambda: not self._reopening)
            self._reopening = True
            self._changed.wait_for(lambda: self._calls == 0)
        try:
            yield
        finally:
            with self._changed:
                self._reopening = False
                self._changed.notify_all()


class _Opened(NamedTuple):
    """One client's two views of the collection."""

    vectors: Chroma  # add texts (embedded on the way), delete, search by vector
    records: chromadb.Collection  # read records back, update metadata alone


class ChromaStore:
    """One embedding model's collection (cosine space), embedded at `path` or on the server at `url`; opened
    on first use. On a server each request waits at most `timeout` seconds."""

    def __init__(
        self,
        collection_name: str,
        embeddings: Embedder,
        *,
        path: Path | None = None,
        url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if (path is None) == (url is None):
            raise ValueError("a store lives either in a folder (path) or on a Chroma server (url)")
        if not timeout > 0:
            raise ConfigError(f"DUTHAO_CHROMA_TIMEOUT phải là số giây lớn hơn 0 (đang là {timeout!r}).")
        self.collection_name = collection_name
        self.embeddings = embeddings
        self.path = Path(path) if path is not None else None
        self.url = url
        self.timeout = float(timeout)
        self._client: Client | None = None
        self._opened: _Opened | None = None
        self._lock = _SharedLock()
        self._opening = threading.Lock()  # one client per store: reopen() must close the only one
        self._connecting: _Connecting | None = None  # a server client being made (it may outlive its wait)
        self._quiet_until = 0.0  # monotonic time until which calls fail at once: the server was unreachable
        self._quiet_why = ""

    @classmethod
    def for_index(
        cls,
        index_dir: Path,
        embeddings: Embedder,
        embeddings_name: str,
        url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> ChromaStore:
        """The collection of an index folder: in its `chroma/` folder, or on the server at `url` (if set)."""
        name = f"chunks-{embeddings_name}"
        if not url:  # DUTHAO_CHROMA_URL= (empty) means no server, like leaving it unset
            return cls(name[:NAME_LENGTH], embeddings, path=Path(index_dir) / "chroma")
        suffix = f"-{folder_id(Path(index_dir))}"
        return cls(name[: NAME_LENGTH - len(suffix)] + suffix, embeddings, url=url, timeout=timeout)

    def _connect(self) -> Client:
        import chromadb

        settings = chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False)
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
            local = chromadb.PersistentClient(path=str(self.path), settings=settings)
            return cast("Client", local)  # typed as the API; it is the Client, with close()
        host, port, ssl = server_address(str(self.url))
        timeout = self.timeout

        def make() -> Client:
            made = cast("Client", chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=settings))
            _bound_requests(made, timeout)
            return made

        if self._connecting is not None and not self._connecting.done():
            # the last attempt is still waiting on the server: another would only wait beside it
            raise self._unreachable(NOT_ANSWERING.format(seconds=timeout))
        self._connecting = _Connecting(make)
        try:
            remote = self._connecting.result(timeout)
        except ValueError as exc:  # chromadb's way of saying the server did not answer
            raise self._unreachable(NOT_LISTENING) from exc
        if remote is None:
            raise self._unreachable(NOT_ANSWERING.format(seconds=timeout))
        return remote

    def _unreachable(self, why: str) -> ConfigError:
        """The one message for a server that cannot be reached; calls fail at once for QUIET_SECONDS."""
        self._quiet_why = why
        self._quiet_until = time.monotonic() + QUIET_SECONDS
        log.info("Chroma server %s unreachable: %s", self.url, why)
        return ConfigError(UNREACHABLE.format(url=self.url, why=why))

    @contextmanager
    def _open(self) -> Iterator[_Opened]:
        """The collection, held open for the duration of one call; a server that cannot be reached, or does
        not answer in time, is a ConfigError that says so."""
        if self.url is not None and time.monotonic() < self._quiet_until:
            raise ConfigError(UNREACHABLE.format(url=self.url, why=self._quiet_why))
        with self._lock.shared():
            try:
                with self._opening:
                    if self._opened is None:
                        from langchain_chroma import Chroma

                        client = self._connect()
                        try:
                            vectors = Chroma(
                                client=client,
                                collection_name=self.collection_name,
                                # Chroma calls only embed_documents / embed_query: any Embedder will do
                                embedding_function=cast("Embeddings", self.embeddings),
                                collection_metadata={"hnsw:space": "cosine"},
                            )
                            # created (if new) by the vector store just above
                            records = client.get_collection(self.collection_name, embedding_function=None)
                        except BaseException:
                            client.close()
                            raise
                        self._client, self._opened = client, _Opened(vectors, records)
                    opened = self._opened
                yield opened
            except Exception as exc:
                why = _transport_failure(exc, self.timeout) if self.url is not None else None
                if why is None:
                    raise
                raise self._unreachable(why) from exc

    def reopen(self) -> None:
        """Drop this process's client: the next call reads what other processes wrote."""
        with self._lock.exclusive():
            if self._client is not None:
                log.info("reopening Chroma collection %s", self.collection_name)
                # the last client of a path stops chromadb's shared system, and with it the stale vectors
                self._client.close()
            self._client = self._opened = None

    def add(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
        vectors: Sequence[Sequence[float]] | None = None,
    ) -> None:
        """Store texts as chunks with their metadata, embedded here unless their `vectors` are given; an id
        already held is overwritten."""
        with self._open() as opened:
            if vectors is None:
                opened.vectors.add_texts(texts=list(texts), metadatas=list(metadatas), ids=list(ids))
            else:  # as add_texts stores them: the text as the record's document
                opened.records.upsert(
                    ids=list(ids),
                    embeddings=[list(map(float, v)) for v in vectors],
                    metadatas=list(metadatas),
                    documents=list(texts),
                )

    def count(self) -> int:
        """How many chunks the collection holds."""
        with self._open() as opened:
            return int(opened.records.count())

    def get(
        self,
        ids: Sequence[str] | None = None,
        where: dict[str, Any] | None = None,
        include: Sequence[Field] = ("metadatas",),
    ) -> dict[str, list[Any]]:
        """Stored chunks (all, or by id, or by metadata filter): {"ids": [...], and one list per include}.

        Read a page at a time: Chroma turns one call into one SQL statement, and SQLite refuses a statement
        over its limit of variables (a whole collection of 100k chunks, or 100k ids, is over it)."""
        out: dict[str, list[Any]] = {"ids": [], **{name: [] for name in include}}

        def take(result: Any) -> int:
            out["ids"].extend(result["ids"])
            for name in include:
                values = result[name]
                out[name].extend(list(values) if values is not None else [])
            return len(result["ids"])

        with self._open() as opened:
            if ids is not None:
                ids = list(ids)
                for start in range(0, len(ids), DELETE_BATCH):
                    take(
                        opened.records.get(
                            ids=ids[start : start + DELETE_BATCH], where=where, include=list(include)
                        )
                    )
                return out
            offset = 0
            while True:
                page = opened.records.get(where=where, include=list(include), limit=GET_PAGE, offset=offset)
                offset += GET_PAGE
                if take(page) < GET_PAGE:
                    return out

    def delete(self, ids: Sequence[str]) -> None:
        """Remove chunks by id (ids not held are ignored)."""
        ids = list(ids)
        with self._open() as opened:
            for start in range(0, len(ids), DELETE_BATCH):
                opened.vectors.delete(ids=ids[start : start + DELETE_BATCH])

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        """Replace the metadata of held chunks; their vectors stay."""
        if not ids:
            return
        with self._open() as opened:
            opened.records.update(ids=list(ids), metadatas=list(metadatas))

    def nearest(self, vector: Sequence[float], n: int) -> list[tuple[str, float]]:
        """The n chunks nearest to the vector, nearest first, with their cosine similarity."""
        if n <= 0:
            return []
        with self._open() as opened:
            # distances only: fetching the n texts and metadatas cost most of the query's time
            found = opened.records.query(
                query_embeddings=[[float(x) for x in vector]], n_results=n, include=["distances"]
            )
        # in cosine space Chroma's distance is 1 − cosine similarity
        ids, distances = found["ids"][0], (found["distances"] or [[]])[0]
        return [(str(i), 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of the given chunks (ids not held are left out)."""
        if not ids:
            return {}
        with self._open() as opened:
            result = opened.records.get(ids=list(ids), include=["embeddings"])
        embeddings = result["embeddings"] if result["embeddings"] is not None else []
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(result["ids"], embeddings, strict=True)}


class _Connecting:
    """A Chroma server client made in a thread of its own, so that its maker waits at most a timeout: chromadb
    sends the requests of HttpClient() before a timeout can be set on them. A client made after its maker
    stopped waiting is closed by the thread that made it."""

    def __init__(self, make: Callable[[], Client]) -> None:
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._abandoned = False
        self._client: Client | None = None
        self._error: Exception | None = None
        threading.Thread(target=self._run, args=(make,), name="chroma-connect", daemon=True).start()

    def _run(self, make: Callable[[], Client]) -> None:
        try:
            client = make()
        except Exception as exc:
            self._error = exc
        else:
            with self._lock:
                late = self._abandoned
                self._client = None if late else client
            if late:
                client.close()
        finally:
            self._finished.set()

    def done(self) -> bool:
        """The attempt is over, whether its client was taken or not."""
        return self._finished.is_set()

    def result(self, timeout: float) -> Client | None:
        """The client, or None when it was not made within `timeout` seconds; the attempt's error if any."""
        finished = self._finished.wait(timeout)
        with self._lock:
            if not finished and self._client is None:
                self._abandoned = True
                return None
        if self._error is not None:
            raise self._error
        return self._client


def _bound_requests(client: Client, timeout: float) -> None:
    """Give the HTTP session of a chromadb HttpClient a timeout on every request (chromadb sets none).

    chromadb 1.5 offers no setting for it; its FastAPI client keeps its httpx.Client as `_session`. If a
    later chromadb moves it, this fails loudly (and so do the tests with a frozen server) rather than leave
    the requests unbounded."""
    import httpx

    session = client._server._session  # type: ignore[attr-defined]
    if not isinstance(session, httpx.Client):
        raise TypeError(f"chromadb's HTTP session is a {type(session).__name__}, not an httpx.Client")
    session.timeout = httpx.Timeout(timeout)


def _transport_failure(exc: BaseException, timeout: float) -> str | None:
    """Why a call to a Chroma server failed, if the network (not the request) failed it; None otherwise."""
    import httpx

    if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
        return NOT_ANSWERING.format(seconds=timeout)
    if isinstance(exc, httpx.TransportError):  # refused, reset, closed mid-answer, a connect that timed out
        return NOT_LISTENING
    return None


def server_address(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) of a Chroma server's URL, e.g. http://10.0.0.5:8000; ConfigError if it is not one."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname or port == -1 or parts.path.strip("/"):
        raise ConfigError(
            f"DUTHAO_CHROMA_URL không hợp lệ: {url!r}. Hãy ghi địa chỉ máy chủ Chroma dạng http://máy:cổng "
            "(ví dụ http://127.0.0.1:8000)."
        )
    ssl = parts.scheme == "https"
    return parts.hostname, port or (443 if ssl else 8000), ssl


def folder_id(index_dir: Path) -> str:
    """The index folder's id, made the first time it is asked for (by whichever process comes first)."""
    target = index_dir / FOLDER_ID_FILE
    try:
        return target.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        pass
    index_dir.mkdir(parents=True, exist_ok=True)
    draft = index_dir / f"{FOLDER_ID_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    draft.write_text(secrets.token_hex(6) + "\n", encoding="utf-8")
    try:
        os.link(draft, target)  # atomic, and fails if another process got there first: its id stands
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return target.read_text(encoding="utf-8").strip()
