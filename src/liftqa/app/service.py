"""The service: the one place that picks implementations (embedder, store, chat model) and
wires the stages together. Thin by design:

- the `Indexer` keeps the index up to date with `corpus/` (ingest stage);
- the `Asker` answers from an immutable `Snapshot` (answer stage);
- the service loads a snapshot of the published index and loads a new one when another
  generation is published (by itself or by another process).

    service = build_service(Settings.from_env())
    service.ingest()                       # incremental, idempotent
    service.ask("question")                # builds the index first if missing or stale
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from liftqa.answer.asker import Asker
from liftqa.answer.library import Library, Snapshot
from liftqa.answer.model import Answer
from liftqa.config import Settings
from liftqa.errors import IndexLockedError, IndexUnavailableError
from liftqa.index.embed import Embedder, make_embedder
from liftqa.index.retrieve import HybridRetriever, HybridSearch, SearchIndex
from liftqa.index.store import Store
from liftqa.ingest.indexer import Indexer, IngestReport, ProgressFactory, Signature
from liftqa.ingest.parse import article_from_record
from liftqa.references.bibliography import Bibliography

_UNLOADED: Any = object()


class Service:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        *,
        progress: ProgressFactory | None = None,
        chat_model: Any = _UNLOADED,
    ) -> None:
        """`chat_model`: a LangChain chat model to word answers, or None for none (default:
        the one LIFTQA_LLM names, loaded when first needed)."""
        self.settings = settings
        self.embedder = embedder
        self.indexer = Indexer(settings.index, embedder, progress)
        self.asker = Asker(settings, embedder, self.chat_model)
        self._chat_model = chat_model
        self._snapshot: Snapshot | None = None
        self._checked: Signature | None = None  # corpus signature last found up to date
        self._lock = threading.RLock()

    # --- the index -----------------------------------------------------------------------

    def store(self) -> Store:
        """The published index, opened for reading."""
        return self.indexer.published()

    def ingest(self, rebuild: bool = False) -> IngestReport:
        """Bring the index up to date with corpus/ (see `Indexer.run`)."""
        with self._lock:
            report = self.indexer.run(rebuild=rebuild)
            self._snapshot = None
            self._checked = self.indexer.signature()
        return report

    def is_stale(self) -> bool:
        return self.indexer.is_stale()

    def ensure_index(self) -> IngestReport | None:
        """Bring the index up to date with corpus/ if needed. While another process holds
        the ingest lock, answer from the index as it is (and check again next time)."""
        with self._lock:
            signature = self.indexer.signature()
            if signature == self._checked and self._is_current(self._snapshot):
                return None
            if not self.indexer.is_stale():
                self._checked = signature
                return None
            try:
                return self.ingest()
            except IndexLockedError:
                if not self.store().catalog().articles:
                    raise
                return None

    # --- snapshots -----------------------------------------------------------------------

    def _generation(self) -> str:
        folder = self.indexer.generation()
        return folder.name if folder is not None else "server"

    def _is_current(self, snapshot: Snapshot | None) -> bool:
        return snapshot is not None and snapshot.generation == self._generation()

    def snapshot(self) -> Snapshot:
        """The published index, loaded for answering; reloaded once a newer generation is
        published."""
        with self._lock:
            if not self._is_current(self._snapshot):
                self._snapshot = self._load()
            assert self._snapshot is not None
            return self._snapshot

    def _load(self) -> Snapshot:
        generation = self._generation()
        store = self.store()
        sentences, vectors = store.units_with_vectors("sentences")
        index = SearchIndex.build(store.all_units("passages"), sentences, vectors)
        if index.empty:
            raise IndexUnavailableError(
                f"the index in {store.location} is empty",
                hint=f"add articles to {self.settings.index.corpus_dir}/ and run liftqa ingest",
            )
        articles = {i: article_from_record(r) for i, r in store.articles().items()}
        library = Library(articles, _bibliography(store, articles))
        search = HybridSearch(store, index, self.settings.retrieval, self.embedder)
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
        """Parsed references, works and citation links, without loading the search index
        (and so without the embedding model, unless the index must be built first)."""
        self.ensure_index()
        with self._lock:
            if self._is_current(self._snapshot):
                assert self._snapshot is not None
                return self._snapshot.library.bibliography
        return _bibliography(self.store())


def _bibliography(store: Store, articles: dict[str, Any] | None = None) -> Bibliography:
    """The bibliography stored at ingest, or built from the articles if there is none."""
    stored = store.bibliography()
    if stored:
        return Bibliography.from_json(stored)
    if articles is None:
        articles = {i: article_from_record(r) for i, r in store.articles().items()}
    return Bibliography.build(articles.values())


def build_service(
    settings: Settings | None = None,
    *,
    embedder: Embedder | None = None,
    progress: ProgressFactory | None = None,
    chat_model: Any = _UNLOADED,
) -> Service:
    """The one factory: the embedder the settings name (unless one is given), the store it
    implies, and the chat model LIFTQA_LLM names (loaded when first needed)."""
    settings = settings or Settings.from_env()
    if embedder is None:
        embedder = make_embedder(settings.index.embedder, settings.index.embed_batch_size)
    return Service(settings, embedder, progress=progress, chat_model=chat_model)


@lru_cache(maxsize=1)
def default_service() -> Service:
    """The process-wide service with the real model, settings from the environment."""
    return build_service()
