"""The service: the one place that picks implementations (embedder, store, chat model) and
wires the stages together. Thin by design:

- the `Indexer` keeps the index up to date with `corpus/` (ingest stage);
- the `Asker` answers from an immutable `Snapshot` (answer stage);
- the service loads a snapshot of the published index (its read-only frozen copy: no
  database is held open while answering) and loads a new one when another generation is
  published (by itself or by another process);
- in the app, its own ingests run in a background thread (`ingest_in_background`), so a
  question never waits for one: it is answered from the published generation meanwhile.

    service = build_service(Settings.from_env())
    service.ingest()                       # incremental, idempotent
    service.ask("question")                # builds the index first if missing or stale
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from threadpoolctl import threadpool_limits

from liftqa.answer.asker import Asker
from liftqa.answer.library import Library, Snapshot
from liftqa.answer.model import Answer
from liftqa.config import Settings
from liftqa.errors import (
    IndexLockedError,
    IndexStorageError,
    IndexUnavailableError,
    LiftQAError,
)
from liftqa.index.embed import Embedder, make_embedder
from liftqa.index.frozen import FrozenIndex
from liftqa.index.retrieve import HybridRetriever, HybridSearch, SearchIndex, VectorSearch
from liftqa.index.store import Store
from liftqa.ingest.indexer import Indexer, IngestReport, ProgressFactory, Signature
from liftqa.ingest.parse import article_from_record
from liftqa.references.bibliography import Bibliography
from liftqa.text import printable

_UNLOADED: Any = object()


class Service:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        *,
        progress: ProgressFactory | None = None,
        chat_model: Any = _UNLOADED,
        ingest_in_background: bool = False,
    ) -> None:
        """`chat_model`: a LangChain chat model to word answers, or None for none (default:
        the one LIFTQA_LLM names, loaded when first needed). `ingest_in_background`: when
        the corpus changes, update the index in a thread and keep answering from the
        published one (the app); otherwise ingest before answering (the CLI)."""
        self.settings = settings
        self.embedder = embedder
        self.indexer = Indexer(settings.index, embedder, progress)
        self.asker = Asker(settings, embedder, self.chat_model)
        self.ingest_in_background = ingest_in_background
        self._chat_model = chat_model
        self._snapshot: Snapshot | None = None
        self._checked: Signature | None = None  # corpus signature last found up to date
        self._lock = threading.RLock()
        self._background: threading.Thread | None = None
        # Why the last update of the index failed while a published one kept answering
        # (None: the last update worked, or there was none).
        self.last_update_error: LiftQAError | None = None

    # --- the index -----------------------------------------------------------------------

    def store(self) -> Store:
        """The published generation's database, for tools and tests (close it after use:
        `with service.store() as store: …`). Answering never opens it."""
        return self.indexer.open_published()

    def ingest(self, rebuild: bool = False) -> IngestReport:
        """Bring the index up to date with corpus/ (see `Indexer.run`)."""
        signature = self.indexer.signature()
        report = self.indexer.run(rebuild=rebuild)
        with self._lock:
            self._snapshot = None
            self._checked = signature
        return report

    def is_stale(self) -> bool:
        return self.indexer.is_stale()

    def ensure_index(self) -> IngestReport | None:
        """Bring the index up to date with corpus/ if needed. While another ingest holds
        the lock, or one runs in the background, answer from the published index as it is
        (and check again next time)."""
        with self._lock:
            signature = self.indexer.signature()
            snapshot = self._snapshot
            if signature == self._checked and (snapshot is None or self._is_current(snapshot)):
                return None
            if self._background is not None and self._background.is_alive():
                return None
            if not self.indexer.is_stale():
                self._checked = signature
                return None
            if self.ingest_in_background and self._has_index():
                self._background = threading.Thread(
                    target=self._ingest_in_background, name="liftqa-ingest", daemon=True
                )
                self._background.start()
                return None
        try:
            report = self.ingest()
        except (IndexLockedError, IndexStorageError) as err:
            if not self._has_index():
                raise
            if isinstance(err, IndexStorageError):  # retried once the corpus changes again
                self.last_update_error = err
                with self._lock:
                    self._checked = signature
            return None
        self.last_update_error = None
        return report

    def _has_index(self) -> bool:
        try:
            index = self.indexer.published()
        except LiftQAError:
            return False
        return index is not None and bool(index.articles)

    def _ingest_in_background(self) -> None:
        """The app's own ingest: questions meanwhile use the published snapshot; once the
        new generation is published its snapshot is loaded here, then swapped in."""
        try:
            signature = self.indexer.signature()
            report = self.indexer.run()
            snapshot = self._load()
            with self._lock:
                self._snapshot = snapshot
                self._checked = signature
            self.last_update_error = None
            print(printable(report.summary(), keep="\n"), file=sys.stderr)
        except LiftQAError as err:  # the published index keeps answering
            if isinstance(err, IndexLockedError):
                return  # another process is updating it
            self.last_update_error = err
            with self._lock:
                self._checked = signature  # retried once the corpus changes again
            print(f"liftqa: the index could not be updated: {printable(str(err))}", file=sys.stderr)

    def wait_for_background_ingest(self, timeout: float | None = None) -> None:
        thread = self._background
        if thread is not None:
            thread.join(timeout)

    # --- snapshots -----------------------------------------------------------------------

    def _generation(self) -> str:
        folder = self.indexer.generation()
        return folder.name if folder is not None else "server"

    def _is_current(self, snapshot: Snapshot | None) -> bool:
        return snapshot is not None and snapshot.generation == self._generation()

    def snapshot(self) -> Snapshot:
        """The published index, loaded for answering; reloaded once a newer generation is
        published (while this service's own background ingest runs, the one in use)."""
        with self._lock:
            current = self._snapshot
            busy = self._background is not None and self._background.is_alive()
            if current is not None and (busy or self._is_current(current)):
                return current
            self._snapshot = self._load()
            return self._snapshot

    def _load(self) -> Snapshot:
        generation = self._generation()
        index = self.indexer.published()
        if index is None:
            raise IndexUnavailableError(
                f"there is no index in {self.settings.index.index_dir} yet",
                hint="run liftqa ingest",
            )
        search_index = SearchIndex.build(index.passages, index.sentences, index.sentence_vectors)
        if search_index.empty:
            raise IndexUnavailableError(
                f"the index in {self.settings.index.index_dir} is empty",
                hint=f"add articles to {self.settings.index.corpus_dir}/ and run liftqa ingest",
            )
        articles = {i: article_from_record(r) for i, r in index.articles.items()}
        library = Library(articles, _bibliography(index, articles))
        dense = VectorSearch(index.passages, index.passage_vectors)
        search = HybridSearch(dense, search_index, self.settings.retrieval, self.embedder)
        return Snapshot(generation, search, library)

    # --- asking --------------------------------------------------------------------------

    def chat_model(self) -> Any:
        if self._chat_model is _UNLOADED:
            from liftqa.answer.wording import load_chat_model

            self._chat_model = load_chat_model(self.settings.llm)
        return self._chat_model

    def _fresh_snapshot(self) -> Snapshot:
        self.ensure_index()
        return self.snapshot()

    def ask(self, question: object, history: Sequence[str] = ()) -> Answer:
        """Answer `question`; `history` holds the user's earlier questions in this
        conversation (oldest first), so a follow-up like "what about anxiety?" works."""
        return self.asker.ask(question, history, self._fresh_snapshot)

    def ask_stream(self, question: object, history: Sequence[str] = ()) -> Iterator[Answer]:
        """The answer as it grows (see `Asker.ask_stream`); the last one is final."""
        return self.asker.ask_stream(question, history, self._fresh_snapshot)

    def library(self) -> Library:
        return self._fresh_snapshot().library

    def retriever(self) -> HybridRetriever:
        """The hybrid search as a LangChain retriever."""
        return HybridRetriever(search=self._fresh_snapshot().search)

    def bibliography(self) -> Bibliography:
        """Parsed references, works and citation links, without building the search index
        (and so without the embedding model, unless the index must be built first)."""
        self.ensure_index()
        with self._lock:
            if self._snapshot is not None and self._is_current(self._snapshot):
                return self._snapshot.library.bibliography
        index = self.indexer.published()
        if index is None:
            raise IndexUnavailableError(
                f"there is no index in {self.settings.index.index_dir} yet",
                hint="run liftqa ingest",
            )
        return _bibliography(index)


def _bibliography(index: FrozenIndex, articles: dict[str, Any] | None = None) -> Bibliography:
    """The bibliography stored at ingest, or built from the articles if there is none."""
    if index.bibliography:
        try:
            return Bibliography.from_json(index.bibliography)
        except (ValueError, KeyError, TypeError):  # stored by an older liftqa: rebuild
            pass
    if articles is None:
        articles = {i: article_from_record(r) for i, r in index.articles.items()}
    return Bibliography.build(articles.values())


def serve_questions_here() -> None:
    """For a process that exists to answer questions (the CLI, the chat app, the benchmark;
    not a host program calling `liftqa.ask`, whose own numpy it would slow): one BLAS thread
    for the whole process. A question's matrix products are small (the risk classifier's
    neighbours, 2 ms), and OpenBLAS's helper threads spin on the cores for a while after
    each one, starving the model runs that overlap the risk rules (`answer.overlap`)."""
    threadpool_limits(limits=1, user_api="blas")


def build_service(
    settings: Settings | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressFactory | None = None,
    chat_model: Any = _UNLOADED,
    ingest_in_background: bool = False,
) -> Service:
    """The one factory: the embedder the settings name (unless one is given), the store it
    implies, and the chat model LIFTQA_LLM names (loaded when first needed)."""
    settings = settings or Settings.from_env()
    if embedder is None:
        embedder = make_embedder(settings.index.embedder, settings.index.embed_batch_size)
    return Service(
        settings,
        embedder,
        progress=progress,
        chat_model=chat_model,
        ingest_in_background=ingest_in_background,
    )


@lru_cache(maxsize=1)
def default_service() -> Service:
    """The process-wide service with the real model, settings from the environment."""
    return build_service()
