"""Wiring: build the index from `corpus/` and answer questions. The one place that picks
implementations (embedder, store); everything else receives them.

    pipeline = Pipeline(Settings.from_env(), MiniLMEmbedder())
    pipeline.ingest()            # incremental, idempotent
    pipeline.ask("question")     # builds the index first if missing or older than corpus/
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from liftqa import safety
from liftqa.answer import Library, compose
from liftqa.chunk import chunk_article, reference_units, sentence_units, work_units
from liftqa.config import Settings
from liftqa.conversation import contextualize
from liftqa.embed import Embedder, make_embedder
from liftqa.errors import CorpusError, IndexLockedError, IndexUnavailableError
from liftqa.parse import (
    ARTICLE_SUFFIXES,
    file_fingerprint,
    parse_body,
    parse_bytes,
    path_fingerprint,
    too_large,
)
from liftqa.question import validate_question
from liftqa.references import Bibliography
from liftqa.retrieve import HybridRetriever, HybridSearch, SearchIndex
from liftqa.store import (
    COLLECTIONS,
    CollectionName,
    Store,
    current_generation,
    discard_generation,
    new_generation,
    publish_generation,
)
from liftqa.types import Answer, Article, Unit

ProgressFactory = Callable[[int], Any]  # total → object with .update(n) and .close()


@dataclass
class IngestReport:
    articles: int = 0
    chunks: int = 0
    references: int = 0
    sentences: int = 0
    added: int = 0
    removed: int = 0
    changed_files: list[str] = field(default_factory=list)
    unchanged_files: int = 0
    deleted_articles: list[str] = field(default_factory=list)
    errors: list[CorpusError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "file: what looks hostile"
    seconds: float = 0.0

    @property
    def wrote_anything(self) -> bool:
        return bool(self.added or self.removed or self.changed_files or self.deleted_articles)

    def summary(self) -> str:
        lines = [
            f"Indexed {self.articles} articles: {self.chunks} passages, {self.references} "
            f"references, {self.sentences} sentences "
            f"({self.added} units added, {self.removed} removed, "
            f"{self.unchanged_files} files unchanged) in {self.seconds:.1f} s."
        ]
        for err in self.errors:
            lines.append(
                f"skipped {err.path}: {err.reason}" + (f" ({err.hint})" if err.hint else "")
            )
        for warning in self.warnings:
            lines.append(f"warning: {warning} (ingested as plain text; never followed)")
        return "\n".join(lines)


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        progress: ProgressFactory | None = None,
        chat_model: Any = None,
    ) -> None:
        """`chat_model`: a LangChain chat model to word answers (default: the one
        LIFTQA_LLM names, if any)."""
        self.settings = settings
        self.embedder = embedder
        self.progress = progress
        self._chat_model = chat_model
        self._chat_model_loaded = chat_model is not None
        self._store: Store | None = None
        self._search: HybridSearch | None = None
        self._library: Library | None = None
        self._checked_signature: tuple[Any, ...] | None = None
        self._lock = threading.RLock()

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings, self.embedder)
        return self._store

    # --- ingest --------------------------------------------------------------------------

    def corpus_files(self) -> list[Path]:
        root = self.settings.corpus_dir
        if not root.is_dir():
            return []
        return sorted(
            p for p in root.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        )

    def ingest(self, rebuild: bool = False) -> IngestReport:
        """Bring the index up to date with corpus/: incremental, idempotent, one at a time
        (a second ingest is refused), crash-safe (a new generation is published only when
        complete)."""
        started = time.perf_counter()
        with self._lock, self._ingest_lock():
            self._reopen_if_republished()
            if not rebuild and not self.is_stale() and self.store.bibliography() is not None:
                report = self._unchanged_report()
            else:
                report = self._ingest_new_generation(rebuild)
            self._search = None
            self._library = None
            self._checked_signature = self._corpus_signature()
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_new_generation(self, rebuild: bool) -> IngestReport:
        if self.settings.chroma_url:  # the server arbitrates: write in place
            if rebuild:
                self.store.reset()
            return self._ingest_into(self.store, rebuild)
        index_dir = self.settings.index_dir
        published = current_generation(index_dir)
        folder = new_generation(index_dir, None if rebuild else published)
        try:
            writer = Store(self.settings, self.embedder, folder)
            report = self._ingest_into(writer, rebuild)
        except BaseException:
            discard_generation(folder)
            raise
        publish_generation(index_dir, folder, keep=published)
        self._store = writer
        return report

    def _unchanged_report(self) -> IngestReport:
        store = self.store
        records = store.records()
        report = IngestReport(
            articles=sum(1 for m in records.values() if m.get("kind") == "article"),
            chunks=store.count("passages", "passage"),
            references=store.count("passages", "reference"),
            sentences=store.count("sentences", "sentence"),
            unchanged_files=sum(
                1
                for m in records.values()
                if m.get("kind") == "article"
                and (self.settings.corpus_dir / str(m["path"])).exists()
            ),
        )
        report.errors = [CorpusError(path, reason) for path, reason in store.skipped().items()]
        return report

    def _reopen_if_republished(self) -> None:
        """A long-running process (the app) picks up what another process published."""
        if self._store is None or self.settings.chroma_url:
            return
        if current_generation(self.settings.index_dir) != self._store.path:
            self._store = None
            self._search = None
            self._library = None

    def _ingest_into(self, store: Store, rebuild: bool) -> IngestReport:
        """Bring `store` up to date with corpus/ (it is the copy this ingest owns)."""
        report = IngestReport()
        records = store.records()
        indexed = {m["path"]: (i, m) for i, m in records.items() if m.get("kind") == "article"}
        skipped = {m["path"]: i for i, m in records.items() if m.get("kind") == "skipped"}
        keep: set[str] = set()
        todo: list[Article] = []
        files = self.corpus_files()
        for path in files:
            name = path.name
            try:
                oversized = too_large(path)
                raw = b"" if oversized else path.read_bytes()
                fingerprint = path_fingerprint(path) if oversized else file_fingerprint(raw)
            except OSError as exc:
                report.errors.append(CorpusError(name, f"cannot be read ({exc.strerror})"))
                continue
            old = indexed.get(name)
            if old is not None and old[1].get("fingerprint") == fingerprint:
                keep.add(old[0])
                report.unchanged_files += 1
                continue
            try:
                if oversized:
                    raise oversized
                article = parse_bytes(raw, name=name, default_id=path.stem)
                if article.id in keep or any(a.id == article.id for a in todo):
                    raise CorpusError(
                        name,
                        f"uses the id {article.id!r}, which another file already has",
                        "give it a different `id:` in its header",
                    )
            except CorpusError as err:
                report.errors.append(err)
                store.put_skipped(name, fingerprint, err.reason)
                if old is not None:
                    keep.add(old[0])  # keep the last good version of this file
                continue
            keep.add(article.id)
            todo.append(article)
            report.warnings += [f"{name}: {w}" for w in safety.scan_document(article.body)]
        plan = [(a, self._plan(store, a)) for a in todo]
        total = sum(len(new) for _, steps in plan for _, new, _ in steps)
        bar = self.progress(total) if self.progress and total else None
        try:
            for article, steps in plan:
                for which, new, stale in steps:
                    store.add_units(which, new, bar.update if bar else None)
                    store.delete_units(which, stale)
                    report.added += len(new)
                    report.removed += len(stale)
                store.put_article(article)  # last: a crash before this redoes the file
                report.changed_files.append(article.path)
                if article.path in skipped:
                    store.delete_records([skipped[article.path]])
        finally:
            if bar is not None:
                bar.close()
        on_disk = {p.name for p in files}
        for record_id, meta in records.items():
            if meta.get("kind") == "article" and record_id not in keep:
                for which in COLLECTIONS:
                    ids = store.unit_ids(which, record_id)
                    store.delete_units(which, ids)
                    report.removed += len(ids)
                store.delete_records([record_id])
                report.deleted_articles.append(record_id)
            elif meta.get("kind") == "skipped" and meta.get("path") not in on_disk:
                store.delete_records([record_id])
        articles = store.articles()
        if report.wrote_anything or rebuild or store.bibliography() is None:
            self._store_bibliography(store, articles)
        report.articles = len(articles)
        report.chunks = store.count("passages", "passage")
        report.references = store.count("passages", "reference")
        report.sentences = store.count("sentences", "sentence")
        return report

    def _store_bibliography(
        self, store: Store, records: dict[str, tuple[dict[str, Any], str]]
    ) -> None:
        bibliography = Bibliography.build(_parsed_articles(records).values())
        store.put_bibliography(bibliography.to_json(), work_units(bibliography))

    def _plan(
        self, store: Store, article: Article
    ) -> list[tuple[CollectionName, list[Unit], set[str]]]:
        s = self.settings
        refs = reference_units(article)
        wanted: dict[CollectionName, list[Unit]] = {
            "passages": chunk_article(article, s.chunk_size, s.chunk_overlap) + refs,
            "sentences": sentence_units(article) + refs,
        }
        steps = []
        for which, units in wanted.items():
            existing = store.unit_ids(which, article.id)
            unique = list({u.id: u for u in units}.values())
            new = [u for u in unique if u.id not in existing]
            stale = existing - {u.id for u in unique}
            steps.append((which, new, stale))
        return steps

    @contextlib.contextmanager
    def _ingest_lock(self) -> Iterator[None]:
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        path = self.settings.index_dir / "ingest.lock"
        with path.open("a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IndexLockedError(
                    "another ingest is running on this index",
                    hint="wait for it to finish, then try again",
                ) from exc
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- freshness -----------------------------------------------------------------------

    def _corpus_signature(self) -> tuple[Any, ...]:
        out = []
        for p in self.corpus_files():
            with contextlib.suppress(OSError):
                st = p.stat()
                out.append((p.name, st.st_size, st.st_mtime_ns))
        return tuple(out)

    def is_stale(self) -> bool:
        """True if the index is missing, or a corpus file is new, changed or gone."""
        records = self.store.records()
        indexed = {(m.get("path"), m.get("fingerprint")) for m in records.values()}
        files = self.corpus_files()
        if not files:
            return not any(m.get("kind") == "article" for m in records.values())
        for path in files:
            try:
                if (path.name, path_fingerprint(path)) not in indexed:
                    return True
            except OSError:
                return True
        on_disk = {p.name for p in files}
        return any(
            m.get("kind") == "article" and m.get("path") not in on_disk for m in records.values()
        )

    def ensure_index(self) -> IngestReport | None:
        """Bring the index up to date with corpus/ if needed. While another process holds
        the ingest lock, answer from the index as it is (and check again next time)."""
        with self._lock:
            self._reopen_if_republished()
            signature = self._corpus_signature()
            if signature == self._checked_signature and self._store is not None:
                return None
            if not self.is_stale():
                self._checked_signature = signature
                return None
            try:
                report = self.ingest()
            except IndexLockedError:
                if not any(m.get("kind") == "article" for m in self.store.records().values()):
                    raise
                return None
            self._checked_signature = signature
            return report

    # --- asking --------------------------------------------------------------------------

    def _load(self) -> tuple[HybridSearch, Library]:
        with self._lock:
            if self._search is None or self._library is None:
                index = SearchIndex.load(self.store)
                if index.empty:
                    raise IndexUnavailableError(
                        f"the index in {self.store.location} is empty",
                        hint=f"add articles to {self.settings.corpus_dir}/ and run liftqa ingest",
                    )
                self._search = HybridSearch(self.store, index, self.settings)
                articles = _parsed_articles(self.store.articles())
                self._library = Library(articles, self._read_bibliography(articles))
            return self._search, self._library

    def bibliography(self) -> Bibliography:
        """Parsed references, works and citation links, without loading the search index
        (and so without the embedding model, unless the index must be built first)."""
        self.ensure_index()
        if self._library is not None:
            return self._library.bibliography
        return self._read_bibliography()

    def _read_bibliography(self, articles: dict[str, Article] | None = None) -> Bibliography:
        """The bibliography stored at ingest, or built from the articles if there is none."""
        stored = self.store.bibliography()
        if stored:
            return Bibliography.from_json(stored)
        if articles is None:
            articles = _parsed_articles(self.store.articles())
        return Bibliography.build(articles.values())

    def library(self) -> Library:
        self.ensure_index()
        return self._load()[1]

    def retriever(self) -> HybridRetriever:
        self.ensure_index()
        return HybridRetriever(search=self._load()[0])

    def chat_model(self) -> Any:
        if not self._chat_model_loaded:
            from liftqa.llm import load_chat_model

            self._chat_model = load_chat_model(self.settings)
            self._chat_model_loaded = True
        return self._chat_model

    def ask(self, question: object, history: Sequence[str] = ()) -> Answer:
        """Answer `question`; `history` holds the user's earlier questions in this
        conversation (oldest first), so a follow-up like "what about anxiety?" works."""
        return deque(self.ask_stream(question, history), maxlen=1)[0]

    def ask_stream(self, question: object, history: Sequence[str] = ()) -> Iterator[Answer]:
        """The answer as it grows: first the extractive answer (quotes, safety notices);
        then, when a chat model is configured, the verified fluent sentences one by one;
        the last one yielded is final."""
        text = validate_question(question, self.settings.max_question_chars)
        check = safety.check(text)
        if check.blocks_retrieval and check.crisis is not None:
            yield crisis_answer(text, safety.crisis_message(check.crisis))
            return
        self.ensure_index()
        search, library = self._load()
        query = contextualize(text, [h for h in history if isinstance(h, str)][-5:])
        vector = self.embedder.embed_query(query)
        hits = search.search(query, vector)
        answer = compose(query, vector, hits, search.index, library, self.settings)
        answer = replace(answer, question=text, searched_for=query if query != text else None)
        lead = []
        if check.crisis is not None:
            lead.append(safety.crisis_message(check.crisis))
        lead.extend(check.notices)

        def finish(a: Answer, body: str) -> Answer:
            if not lead:
                return replace(a, answer=body)
            return replace(
                a,
                answer="\n\n".join([*lead, body]),
                crisis=check.crisis is not None,
                notices=check.notices,
            )

        extractive = finish(answer, answer.answer)
        yield extractive
        model = self.chat_model() if answer.quotes and check.crisis is None else None
        if model is None:
            return
        yield from self._worded(model, text, answer, extractive, finish)

    def _worded(
        self,
        model: Any,
        question: str,
        answer: Answer,
        extractive: Answer,
        finish: Callable[[Answer, str], Answer],
    ) -> Iterator[Answer]:
        from liftqa.llm import Verifier, stream_verified

        verifier = Verifier(answer.quotes, self.embedder)
        kept: list[str] = []
        removed: list[str] = []
        quoted = "Quoted from the articles:\n" + answer.answer
        try:
            for verdict in stream_verified(
                model, question, answer.quotes, verifier, self.settings.llm_timeout
            ):
                if verdict.kept:
                    kept.append(verdict.sentence)
                    body = " ".join(kept) + "\n\n" + quoted
                    yield finish(replace(answer, mode="llm", removed=tuple(removed)), body)
                else:
                    removed.append(f"{verdict.sentence} ({verdict.reason})")
        except Exception as exc:
            removed.append(f"(the model failed: {exc.__class__.__name__})")
            kept = []
        total = len(kept) + len(removed)
        if not kept or len(kept) < self.settings.llm_min_kept * total:
            yield replace(extractive, removed=tuple(removed))
        else:
            body = " ".join(kept) + "\n\n" + quoted
            yield finish(replace(answer, mode="llm", removed=tuple(removed)), body)


def crisis_answer(question: str, message: str) -> Answer:
    return Answer(
        question=question,
        answer=message,
        quotes=(),
        references=(),
        disclaimer=safety.DISCLAIMER,
        crisis=True,
        abstained=False,
    )


def _parsed_articles(records: dict[str, tuple[dict[str, Any], str]]) -> dict[str, Article]:
    return {aid: _article_from_record(aid, meta, body) for aid, (meta, body) in records.items()}


def _article_from_record(article_id: str, meta: dict[str, Any], body: str) -> Article:
    return parse_body(
        body,
        id=article_id,
        path=str(meta.get("path", "")),
        title=str(meta.get("title") or "") or None,
        author=str(meta.get("author") or "unknown"),
        date=str(meta.get("date") or "") or None,
        publisher=str(meta.get("publisher") or "") or None,
        notes=tuple(json.loads(str(meta.get("notes") or "[]"))),
        fingerprint=str(meta.get("fingerprint", "")),
    )


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process-wide pipeline with the real model, settings from the environment."""
    settings = Settings.from_env()
    return Pipeline(settings, make_embedder(settings.embedder, settings.embed_batch_size))
