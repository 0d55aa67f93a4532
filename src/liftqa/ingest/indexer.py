"""The indexer: brings the index up to date with `corpus/`.

    scan   read each corpus file, decide unchanged / changed / bad (by content fingerprint)
    plan   for each changed article, the units to add and the stale ones to delete
    apply  write them (a crash before an article's record is written redoes that file)
    prune  drop articles whose file is gone, forget skipped files that are gone; rebuild
           the bibliography when anything changed

Incremental and idempotent (ids are content hashes), one ingest at a time (a second one is
refused at once), crash-safe: on disk it writes a new generation, freezes a read-only copy
of it for readers, and publishes it only when complete (see `liftqa.index.generations` and
`liftqa.index.frozen`); a full disk or a kill leaves the published generation untouched, and
what an earlier ingest left half-written is removed first. With a Chroma server it writes
in place. Every database it opens is closed when it is done.
"""

from __future__ import annotations

import contextlib
import fcntl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liftqa.config import IndexSettings
from liftqa.errors import CorpusError, IndexLockedError, IndexStorageError, IndexUnavailableError
from liftqa.index import frozen
from liftqa.index.embed import Embedder
from liftqa.index.frozen import FrozenIndex
from liftqa.index.generations import (
    current_generation,
    discard_generation,
    discard_incomplete,
    new_generation,
    publish_generation,
    storage_error,
)
from liftqa.index.store import COLLECTIONS, SCHEMA_VERSION, Catalog, CollectionName, Store
from liftqa.ingest.chunk import chunk_article, reference_units, sentence_units, work_units
from liftqa.ingest.corpus import list_corpus, read_corpus_file, sidecar_path
from liftqa.ingest.hostile import scan_document
from liftqa.ingest.parse import article_from_record, parse_bytes
from liftqa.references.bibliography import Bibliography
from liftqa.text import printable
from liftqa.types import Article, SkippedFile, Unit

ProgressFactory = Callable[[int], Any]  # total → object with .update(n) and .close()
Signature = tuple[tuple[str, int, int], ...]


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
        for err in self.errors:  # names and reasons come from outside: escaped
            hint = f" ({err.hint})" if err.hint else ""
            lines.append(printable(f"skipped {err.path}: {err.reason}{hint}"))
        for warning in self.warnings:
            lines.append(
                printable(f"warning: {warning}") + " (ingested as plain text; never followed)"
            )
        return "\n".join(lines)

    def count(self, index: FrozenIndex) -> None:
        """Fill the totals from what `index` holds."""
        self.articles = len(index.articles)
        self.chunks = sum(1 for u in index.passages if u.kind == "passage")
        self.references = sum(1 for u in index.passages if u.kind == "reference")
        self.sentences = sum(1 for u in index.sentences if u.kind == "sentence")


@dataclass
class _Scan:
    """What reading corpus/ found, against what the index holds."""

    todo: list[Article] = field(default_factory=list)  # new or changed, parsed
    keep: set[str] = field(default_factory=set)  # article ids that stay
    skipped: list[SkippedFile] = field(default_factory=list)


Plan = list[tuple[Article, list[tuple[CollectionName, list[Unit], set[str]]]]]


class Indexer:
    def __init__(
        self, settings: IndexSettings, embedder: Embedder, progress: ProgressFactory | None = None
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.progress = progress

    # --- the published index -------------------------------------------------------------

    def generation(self) -> Path | None:
        """The published generation folder (None with a Chroma server, or before the first
        ingest)."""
        if self.settings.chroma_url:
            return None
        return current_generation(self.settings.index_dir)

    def published(self) -> FrozenIndex | None:
        """What the published index holds, read-only (None when there is no index yet, or
        it predates frozen copies and needs one ingest). With a Chroma server, read from the
        server. IndexStorageError when it cannot be read; IndexUnavailableError when another
        model built it."""
        if self.settings.chroma_url:
            with Store(self.settings, self.embedder) as store:
                index = store.freeze()
        else:
            folder = self.generation()
            if folder is None or not frozen.is_complete(folder):
                return None
            index = frozen.read(folder)
        if index.embedder != self.embedder.name or index.schema != SCHEMA_VERSION:
            raise IndexUnavailableError(
                f"the index in {self.settings.index_dir} was built with {index.embedder}, "
                f"not {self.embedder.name}",
                hint="rebuild it: liftqa ingest --rebuild",
            )
        return index

    def open_published(self) -> Store:
        """The published generation's database, opened for writing tools and tests (close
        it after use). Questions never need it."""
        if self.settings.chroma_url:
            return Store(self.settings, self.embedder)
        folder = self.generation()
        if folder is None:
            raise IndexUnavailableError(
                f"there is no index in {self.settings.index_dir} yet",
                hint="run liftqa ingest",
            )
        return Store(self.settings, self.embedder, folder)

    def corpus_files(self) -> list[Path]:
        return list_corpus(self.settings.corpus_dir).files

    def signature(self) -> Signature:
        """Names, sizes and modification times of the corpus files (and of the sidecar
        files of PDF and HTML ones): cheap to compare, so a long-running process re-checks
        the corpus only when this changes."""
        out = []
        for p in self.corpus_files():
            for q in (p, sidecar_path(p)):
                if q is not None:
                    with contextlib.suppress(OSError):
                        st = q.lstat()
                        out.append((q.name, st.st_size, st.st_mtime_ns))
        return tuple(out)

    def is_stale(self, index: FrozenIndex | None = None) -> bool:
        """True if the index is missing or unreadable, or a corpus file is new, changed or
        gone."""
        if index is None:
            try:
                index = self.published()
            except IndexStorageError:
                return True
        if index is None:
            return True
        indexed = {(r.path, r.fingerprint) for r in index.articles.values()} | {
            (s.path, s.fingerprint) for s in index.skipped.values()
        }
        files = self.corpus_files()
        if not files:
            return not index.articles
        for path in files:
            try:
                if (path.name, read_corpus_file(path).fingerprint) not in indexed:
                    return True
            except CorpusError:
                return True
        on_disk = {p.name for p in files}
        return any(r.path not in on_disk for r in index.articles.values())

    # --- ingest --------------------------------------------------------------------------

    def run(self, rebuild: bool = False) -> IngestReport:
        """Bring the index up to date with corpus/: incremental, idempotent, one at a time
        (a second ingest is refused), crash-safe (a new generation is published only when
        complete). `rebuild` starts from an empty index, never reading the old one."""
        started = time.perf_counter()
        with self.lock():
            if not self.settings.chroma_url:
                discard_incomplete(self.settings.index_dir, keep=self.generation())
            published = None
            if not rebuild:
                with contextlib.suppress(IndexStorageError):
                    published = self.published()
            if (
                published is not None
                and published.bibliography is not None
                and not self.is_stale(published)
            ):
                report = self._unchanged_report(published)
            else:
                report = self._new_generation(rebuild)
        report.seconds = time.perf_counter() - started
        return report

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """The ingest lock: held for a whole ingest; a second ingest is refused at once."""
        try:
            self.settings.index_dir.mkdir(parents=True, exist_ok=True)
            handle = (self.settings.index_dir / "ingest.lock").open("a+")
        except OSError as exc:
            raise storage_error(
                exc, f"cannot lock the index folder {self.settings.index_dir}"
            ) from exc
        with handle:
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

    def _new_generation(self, rebuild: bool) -> IngestReport:
        if self.settings.chroma_url:  # the server arbitrates: write in place
            with Store(self.settings, self.embedder) as store:
                if rebuild:
                    store.reset()
                report = self._update(store, rebuild)
                report.count(store.freeze())
            return report
        index_dir = self.settings.index_dir
        published = self.generation()
        folder = new_generation(index_dir, None if rebuild else published)
        try:
            with Store(self.settings, self.embedder, folder) as store:
                report = self._update(store, rebuild)
                index = store.freeze()
            try:
                frozen.write(folder, index)
            except OSError as exc:
                raise storage_error(exc, f"cannot write the new index in {index_dir}") from exc
        except BaseException:
            discard_generation(folder)
            raise
        publish_generation(index_dir, folder, keep=published)
        report.count(index)
        return report

    def _unchanged_report(self, index: FrozenIndex) -> IngestReport:
        listing = list_corpus(self.settings.corpus_dir)
        report = IngestReport(
            unchanged_files=sum(
                1 for r in index.articles.values() if (self.settings.corpus_dir / r.path).exists()
            ),
            errors=[CorpusError(s.path, s.reason) for s in index.skipped.values()]
            + listing.rejected,
        )
        report.count(index)
        return report

    def _update(self, store: Store, rebuild: bool) -> IngestReport:
        """Bring `store` (the copy this ingest owns) up to date with corpus/."""
        listing = list_corpus(self.settings.corpus_dir)
        report = IngestReport(errors=list(listing.rejected))
        catalog = store.catalog()
        scan = self._scan(listing.files, catalog, store, report)
        self._apply(store, self._plan(store, scan.todo), catalog, report)
        self._prune(store, catalog, scan.keep, {p.name for p in listing.files}, report)
        if report.wrote_anything or rebuild or store.bibliography() is None:
            self._store_bibliography(store)
        return report

    def _scan(
        self, files: list[Path], catalog: Catalog, store: Store, report: IngestReport
    ) -> _Scan:
        scan = _Scan()
        indexed = catalog.by_path()
        for path in files:
            name = path.name
            old = indexed.get(name)
            try:
                read = read_corpus_file(path)
            except CorpusError as err:
                report.errors.append(err)
                if old is not None:
                    scan.keep.add(old.id)  # keep the last good version of this file
                continue
            fingerprint = read.fingerprint
            if old is not None and old.fingerprint == fingerprint:
                scan.keep.add(old.id)
                report.unchanged_files += 1
                continue
            try:
                if read.error is not None:
                    raise read.error
                article = parse_bytes(
                    read.raw, name=name, default_id=path.stem, sidecar=read.sidecar
                )
                if article.id in scan.keep or any(a.id == article.id for a in scan.todo):
                    raise CorpusError(
                        name,
                        f"uses the id {article.id!r}, which another file already has",
                        "give it a different `id:` in its header",
                    )
            except CorpusError as err:
                report.errors.append(err)
                store.put_skipped(SkippedFile(name, fingerprint, err.reason))
                if old is not None:
                    scan.keep.add(old.id)  # keep the last good version of this file
                continue
            scan.keep.add(article.id)
            scan.todo.append(article)
            report.warnings += [f"{name}: {w}" for w in scan_document(article.body)]
        return scan

    def _plan(self, store: Store, articles: list[Article]) -> Plan:
        s = self.settings
        plan: Plan = []
        for article in articles:
            refs = reference_units(article)
            wanted: dict[CollectionName, list[Unit]] = {
                "passages": chunk_article(article, s.chunk_size, s.chunk_overlap) + refs,
                "sentences": sentence_units(article) + refs,
            }
            steps = []
            for which in COLLECTIONS:
                existing = store.unit_ids(which, article.id)
                unique = list({u.id: u for u in wanted[which]}.values())
                new = [u for u in unique if u.id not in existing]
                stale = existing - {u.id for u in unique}
                steps.append((which, new, stale))
            plan.append((article, steps))
        return plan

    def _apply(self, store: Store, plan: Plan, catalog: Catalog, report: IngestReport) -> None:
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
                if article.path in catalog.skipped:
                    store.delete_skipped([article.path])
        finally:
            if bar is not None:
                bar.close()

    def _prune(
        self,
        store: Store,
        catalog: Catalog,
        keep: set[str],
        on_disk: set[str],
        report: IngestReport,
    ) -> None:
        gone = sorted(i for i in catalog.articles if i not in keep)
        report.removed += store.delete_articles(gone)
        report.deleted_articles += gone
        store.delete_skipped(p for p in catalog.skipped if p not in on_disk)

    def _store_bibliography(self, store: Store) -> None:
        articles = [article_from_record(r) for r in store.articles().values()]
        bibliography = Bibliography.build(articles)
        store.put_bibliography(bibliography.to_json(), work_units(bibliography))
