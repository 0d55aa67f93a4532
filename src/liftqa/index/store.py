"""The index in Chroma. The only module that imports chromadb and langchain-chroma.

Collections (names prefixed by `IndexSettings.collection_prefix`):
- `<p>_passages`: passage chunks and reference entries (kind = passage | reference);
- `<p>_sentences`: quotable sentences and reference entries, to score quotes precisely;
- `<p>_articles`: one record per article (its body, metadata and file fingerprint), one per
  skipped file, and the bibliography (entries, works, citation links, provenance) as one
  JSON record, so quotes can be checked against the text even on a remote Chroma server;
- `<p>_works`: one document per cited work, for reference search by other tools.

The record schema (`kind`, `path`, `fingerprint` …) stays in this module: callers get
`ArticleRecord` and `SkippedFile` values.

Embedded `PersistentClient` on one generation folder (see `generations`) by default;
`chroma_url` selects `HttpClient`. Telemetry is off. Embeddings are always computed by our
embedder, never chromadb's default.
"""

from __future__ import annotations

import errno
import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar
from urllib.parse import urlparse

from liftqa.config import IndexSettings, set_offline_env

set_offline_env()  # before chromadb loads: no telemetry

import chromadb  # noqa: E402
import numpy as np  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from langchain_chroma import Chroma  # noqa: E402

from liftqa.errors import (  # noqa: E402
    ConfigError,
    IndexStorageError,
    IndexUnavailableError,
    LiftQAError,
)
from liftqa.index.embed import Embedder  # noqa: E402
from liftqa.index.frozen import FrozenIndex  # noqa: E402
from liftqa.index.generations import storage_error  # noqa: E402
from liftqa.types import Article, ArticleRecord, SkippedFile, Unit  # noqa: E402

SCHEMA_VERSION = "1"
CollectionName = Literal["passages", "sentences", "works"]
COLLECTIONS: tuple[CollectionName, ...] = ("passages", "sentences")  # per-article units
BIBLIOGRAPHY_ID = "bibliography"
_BATCH = 256
PAGE_SIZE = 5000  # rows per get(): well under SQLite's limit on statement variables
_ARTICLE_KIND, _SKIPPED_KIND = "article", "skipped"
_P = ParamSpec("_P")
_R = TypeVar("_R")
# SQLite result codes as chromadb reports them: "(code: 13) database or disk is full".
_SQLITE_KIND = {13: "full", 8: "permission", 14: "permission", 23: "permission"}


def _guarded(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Storage failures inside Chroma (full disk, read-only folder, damaged database)
    become IndexStorageError with a hint that works; liftqa's own errors pass through."""

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(*args, **kwargs)
        except LiftQAError:
            raise
        except Exception as exc:
            store = args[0]
            location = store.location if isinstance(store, Store) else "the index"
            translated = _storage_failure(exc, f"the index in {location} failed")
            if translated is None:
                raise
            raise translated from exc

    return wrapper


def _storage_failure(exc: Exception, doing: str) -> IndexStorageError | None:
    if isinstance(exc, OSError):
        return storage_error(exc, doing)
    text = str(exc)
    match = re.search(r"\(code: (\d+)\)", text)
    code = int(match.group(1)) if match else None
    kind = _SQLITE_KIND.get(code or -1)
    if kind is None and re.search(r"disk is full|no space left", text, re.IGNORECASE):
        kind = "full"
    if kind is None and re.search(r"readonly|read-only|permission denied", text, re.IGNORECASE):
        kind = "permission"
    if kind == "full":
        return storage_error(OSError(errno.ENOSPC, text), doing)
    if kind == "permission":
        return storage_error(OSError(errno.EACCES, text), doing)
    damaged = isinstance(exc, sqlite3.DatabaseError) or re.search(
        r"malformed|not a database|corrupt|database error|error returned from database",
        text,
        re.IGNORECASE,
    )
    if damaged:
        return IndexStorageError(
            f"{doing}: the database is damaged ({text[:200]})",
            hint="rebuild it: liftqa ingest --rebuild",
            kind="damaged",
        )
    return None


@dataclass(frozen=True)
class Catalog:
    """What the index holds, without article bodies: articles by id, skipped files by path."""

    articles: dict[str, ArticleRecord]
    skipped: dict[str, SkippedFile]

    def by_path(self) -> dict[str, ArticleRecord]:
        return {r.path: r for r in self.articles.values()}


class Store:
    def __init__(
        self, settings: IndexSettings, embedder: Embedder, path: Path | None = None
    ) -> None:
        """`path`: the generation folder to open (embedded mode, required there); with a
        Chroma server (`settings.chroma_url`) no path. Close it when done (or use `with`)."""
        self.settings = settings
        self.embedder = embedder
        self.path = path
        if not settings.chroma_url and path is None:
            raise ValueError("an embedded Store needs the generation folder to open")
        self.client = _client(settings, self.path)
        self._meta = {"liftqa_embedder": embedder.name, "liftqa_schema": SCHEMA_VERSION}
        self._vectorstores: dict[str, Chroma] = {}
        try:
            self._check_compatible()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Release the database (its files and connections)."""
        self._vectorstores.clear()
        close = getattr(self.client, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- collections ---------------------------------------------------------------------

    def _name(self, which: str) -> str:
        return f"{self.settings.collection_prefix}_{which}"

    @_guarded
    def _check_compatible(self) -> None:
        for which in ("passages", "sentences", "works", "articles"):
            try:
                col = self.client.get_collection(self._name(which), embedding_function=None)
            except Exception:  # chromadb raises several types for "missing"
                continue
            meta = col.metadata or {}
            if (
                meta.get("liftqa_embedder") != self.embedder.name
                or meta.get("liftqa_schema") != SCHEMA_VERSION
            ):
                raise IndexUnavailableError(
                    f"the index in {self.location} was built with "
                    f"{meta.get('liftqa_embedder', 'another model')}, not {self.embedder.name}",
                    hint="rebuild it: liftqa ingest --rebuild",
                )

    @property
    def location(self) -> str:
        return self.settings.chroma_url or str(self.path or self.settings.index_dir)

    def vectorstore(self, which: CollectionName) -> Chroma:
        if which not in self._vectorstores:
            self._vectorstores[which] = Chroma(
                collection_name=self._name(which),
                client=self.client,
                embedding_function=self.embedder,
                collection_metadata=dict(self._meta),
                collection_configuration={"hnsw": {"space": "cosine"}},
            )
        return self._vectorstores[which]

    def _articles(self) -> Any:
        return self.client.get_or_create_collection(
            self._name("articles"),
            embedding_function=None,
            metadata=dict(self._meta),
            configuration={"hnsw": {"space": "cosine"}},
        )

    @_guarded
    def reset(self) -> None:
        for which in ("passages", "sentences", "works", "articles"):
            try:
                self.client.delete_collection(self._name(which))
            except Exception:
                continue
        self._vectorstores.clear()

    # --- units ---------------------------------------------------------------------------

    @_guarded
    def add_units(
        self,
        which: CollectionName,
        units: Sequence[Unit],
        on_batch: Callable[[int], None] | None = None,
    ) -> None:
        store = self.vectorstore(which)
        for i in range(0, len(units), _BATCH):
            batch = units[i : i + _BATCH]
            store.add_texts(
                texts=[u.text for u in batch],
                metadatas=[_unit_metadata(u) for u in batch],
                ids=[u.id for u in batch],
            )
            if on_batch:
                on_batch(len(batch))

    @_guarded
    def unit_ids(self, which: CollectionName, article_id: str) -> set[str]:
        got = self.vectorstore(which).get(where={"article_id": article_id}, include=[])
        return set(got["ids"])

    @_guarded
    def delete_units(self, which: CollectionName, ids: Iterable[str]) -> None:
        id_list = list(ids)
        for i in range(0, len(id_list), _BATCH):
            self.vectorstore(which).delete(ids=id_list[i : i + _BATCH])

    @_guarded
    def count(self, which: CollectionName, kind: str | None = None) -> int:
        store = self.vectorstore(which)
        got = store.get(include=[]) if kind is None else store.get(where={"kind": kind}, include=[])
        return len(got["ids"])

    def _get_all(self, which: CollectionName, include: list[str]) -> dict[str, list[Any]]:
        """A whole collection, page by page: one huge get() makes Chroma build an SQL
        statement with more variables than SQLite allows (seen at 66,000 sentences)."""
        store = self.vectorstore(which)
        out: dict[str, list[Any]] = {"ids": [], **{k: [] for k in include}}
        offset = 0
        while True:
            got = store.get(include=include, limit=PAGE_SIZE, offset=offset)
            out["ids"] += list(got["ids"])
            for key in include:
                out[key] += list(got[key]) if got.get(key) is not None else []
            if len(got["ids"]) < PAGE_SIZE:
                return out
            offset += PAGE_SIZE

    @_guarded
    def all_units(self, which: CollectionName) -> list[Unit]:
        got = self._get_all(which, ["documents", "metadatas"])
        return [
            _unit_from(i, d, m)
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]

    @_guarded
    def units_with_vectors(self, which: CollectionName) -> tuple[list[Unit], np.ndarray]:
        got = self._get_all(which, ["documents", "metadatas", "embeddings"])
        units = [
            _unit_from(i, d, m)
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        if not units:
            return [], np.zeros((0, self.embedder.dim), dtype=np.float32)
        vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(units), -1)
        return units, vectors

    @_guarded
    def dense(
        self, which: CollectionName, vector: Sequence[float], k: int
    ) -> list[tuple[Unit, float]]:
        """Nearest units with their cosine similarity (the collection uses cosine space)."""
        found = self.vectorstore(which).similarity_search_by_vector_with_relevance_scores(
            [float(x) for x in vector], k=k
        )
        return [
            (_unit_from(str(doc.id), doc.page_content, doc.metadata), 1.0 - float(distance))
            for doc, distance in found
        ]

    # --- article records -----------------------------------------------------------------

    @_guarded
    def catalog(self) -> Catalog:
        """Every article record (metadata only) and every skipped file."""
        got = self._articles().get(include=["metadatas", "documents"])
        articles: dict[str, ArticleRecord] = {}
        skipped: dict[str, SkippedFile] = {}
        for record_id, meta, doc in zip(
            got["ids"], got["metadatas"], got["documents"], strict=True
        ):
            meta = dict(meta or {})
            if meta.get("kind") == _ARTICLE_KIND:
                articles[record_id] = _record_from(record_id, meta, "")
            elif meta.get("kind") == _SKIPPED_KIND:
                path = str(meta.get("path", ""))
                skipped[path] = SkippedFile(path, str(meta.get("fingerprint", "")), str(doc))
        return Catalog(articles, skipped)

    @_guarded
    def put_article(self, article: Article) -> None:
        meta: dict[str, Any] = {
            "kind": _ARTICLE_KIND,
            "path": article.path,
            "fingerprint": article.fingerprint,
            "title": article.title,
            "author": article.author,
            "date": article.date or "",
            "publisher": article.publisher or "",
            "notes": json.dumps(list(article.notes)),
            "n_references": len(article.references),
            "page_starts": json.dumps(list(article.page_starts)),
        }
        self._articles().upsert(
            ids=[article.id],
            documents=[article.body],
            metadatas=[meta],
            embeddings=[self.embedder.embed_query(article.title)],
        )

    @_guarded
    def put_skipped(self, skipped: SkippedFile) -> None:
        self._articles().upsert(
            ids=[_skipped_id(skipped.path)],
            documents=[skipped.reason],
            metadatas=[
                {"kind": _SKIPPED_KIND, "path": skipped.path, "fingerprint": skipped.fingerprint}
            ],
            embeddings=[self._placeholder_vector()],
        )

    @_guarded
    def delete_articles(self, article_ids: Iterable[str]) -> int:
        """Drop articles: their records and every unit of theirs; → units removed."""
        removed = 0
        for article_id in article_ids:
            for which in COLLECTIONS:
                ids = self.unit_ids(which, article_id)
                self.delete_units(which, ids)
                removed += len(ids)
            self._articles().delete(ids=[article_id])
        return removed

    @_guarded
    def delete_skipped(self, paths: Iterable[str]) -> None:
        ids = [_skipped_id(p) for p in paths]
        if ids:
            self._articles().delete(ids=ids)

    @_guarded
    def put_bibliography(self, bibliography_json: str, works: Sequence[Unit]) -> None:
        """The whole bibliography as one record, and each work as a document."""
        existing = set(self.vectorstore("works").get(include=[])["ids"])
        new = [w for w in works if w.id not in existing]
        self.add_units("works", new)
        self.delete_units("works", existing - {w.id for w in works})
        self._articles().upsert(
            ids=[BIBLIOGRAPHY_ID],
            documents=[bibliography_json],
            metadatas=[{"kind": "bibliography"}],
            embeddings=[self._placeholder_vector()],
        )

    @_guarded
    def bibliography(self) -> str | None:
        got = self._articles().get(ids=[BIBLIOGRAPHY_ID], include=["documents"])
        return str(got["documents"][0]) if got["ids"] else None

    @_guarded
    def articles(self) -> dict[str, ArticleRecord]:
        """Every article record with its body."""
        got = self._articles().get(
            where={"kind": _ARTICLE_KIND}, include=["documents", "metadatas"]
        )
        return {
            i: _record_from(i, dict(m or {}), str(d))
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }

    @_guarded
    def freeze(self) -> FrozenIndex:
        """Everything this index holds, read out for a frozen copy."""
        passages, passage_vectors = self.units_with_vectors("passages")
        sentences, sentence_vectors = self.units_with_vectors("sentences")
        return FrozenIndex(
            embedder=self.embedder.name,
            schema=SCHEMA_VERSION,
            passages=passages,
            passage_vectors=passage_vectors,
            sentences=sentences,
            sentence_vectors=sentence_vectors,
            articles=self.articles(),
            skipped=self.catalog().skipped,
            bibliography=self.bibliography(),
        )

    def _placeholder_vector(self) -> list[float]:
        """Records that are not searched by meaning still need a vector in Chroma."""
        return [1.0] + [0.0] * (self.embedder.dim - 1)


def _skipped_id(path: str) -> str:
    return f"skipped:{path}"


def _record_from(record_id: str, meta: dict[str, Any], body: str) -> ArticleRecord:
    return ArticleRecord(
        id=record_id,
        path=str(meta.get("path", "")),
        fingerprint=str(meta.get("fingerprint", "")),
        title=str(meta.get("title") or ""),
        author=str(meta.get("author") or "unknown"),
        date=str(meta.get("date") or "") or None,
        publisher=str(meta.get("publisher") or "") or None,
        notes=tuple(json.loads(str(meta.get("notes") or "[]"))),
        n_references=int(meta.get("n_references") or 0),
        body=body,
        page_starts=tuple(int(p) for p in json.loads(str(meta.get("page_starts") or "[]"))),
    )


def _client(settings: IndexSettings, path: Path | None) -> Any:
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise ConfigError(
                f"LIFTQA_CHROMA_URL={settings.chroma_url!r} is not an http(s) URL",
                hint="use e.g. http://127.0.0.1:8000",
            )
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise IndexUnavailableError(
                f"cannot reach the Chroma server at {settings.chroma_url} ({exc})",
                hint="start it (chroma run --host 127.0.0.1 --port 8000) "
                "or unset LIFTQA_CHROMA_URL",
            ) from exc
    assert path is not None
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        translated = _storage_failure(exc, f"cannot open the index folder {path}")
        if translated is None:
            raise
        raise translated from exc


def _unit_metadata(unit: Unit) -> dict[str, Any]:
    return {
        "kind": unit.kind,
        "article_id": unit.article_id,
        "start": unit.start,
        "end": unit.end,
        "section": unit.section or "",
        **unit.extra,
    }


def _unit_from(uid: str, document: str | None, meta: Any) -> Unit:
    meta = dict(meta or {})
    base = {"kind", "article_id", "start", "end", "section"}
    return Unit(
        id=uid,
        kind=meta.get("kind", "passage"),
        article_id=str(meta.get("article_id", "")),
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        text=document or "",
        section=meta.get("section") or None,
        extra={k: v for k, v in meta.items() if k not in base},
    )
