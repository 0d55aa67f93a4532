"""The index in Chroma. The only module that imports chromadb and langchain-chroma.

Three collections (names prefixed by `Settings.collection_prefix`):
- `<p>_passages`: passage chunks and reference entries (kind = passage | reference);
- `<p>_sentences`: quotable sentences and reference entries, to score quotes precisely;
- `<p>_articles`: one record per article (its body, metadata and file fingerprint), and one
  per skipped file, so `ask` can tell whether the index is older than `corpus/` and
  quotes can be checked against the text even on a remote Chroma server; plus the
  bibliography (entries, works, citation links, provenance) as one JSON record;
- `<p>_works`: one document per cited work (authors, year, title, venue, DOI, evidence
  type) with its metadata, for reference search by other tools.

Embedded `PersistentClient` under `index_dir` by default; `chroma_url` selects `HttpClient`.
Telemetry is off. Embeddings are always computed by our embedder, never chromadb's default.

On disk the index is kept in generations (copy-on-write): an ingest copies the current
generation to `index_dir/gen-<n>/`, writes only there, and publishes it by atomically
replacing the `CURRENT` pointer file. Readers never see a half-written index, and a crash
or `kill -9` mid-ingest leaves the previous generation as it was. (Chroma folders must not
be read by one process while another writes them.) With a Chroma server, the server
arbitrates and writes happen in place.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma

from liftqa.config import Settings
from liftqa.embed import Embedder
from liftqa.errors import ConfigError, IndexUnavailableError
from liftqa.types import Article, Unit

SCHEMA_VERSION = "1"
CollectionName = Literal["passages", "sentences", "works"]
COLLECTIONS: tuple[CollectionName, ...] = ("passages", "sentences")  # per-article units
BIBLIOGRAPHY_ID = "bibliography"
_BATCH = 256
PAGE_SIZE = 5000  # rows per get(): well under SQLite's limit on statement variables


def current_generation(index_dir: Path) -> Path | None:
    """The published index folder, if any (a pre-generation `chroma/` folder counts)."""
    pointer = index_dir / "CURRENT"
    with contextlib.suppress(OSError):
        folder = index_dir / pointer.read_text(encoding="utf-8").strip()
        if folder.is_dir():
            return folder
    legacy = index_dir / "chroma"
    return legacy if legacy.is_dir() else None


def new_generation(index_dir: Path, base: Path | None) -> Path:
    """A private copy of `base` (or an empty folder) for one ingest to write into."""
    folder = index_dir / f"gen-{time.time_ns()}"
    try:
        if base is not None:
            shutil.copytree(base, folder)
        else:
            folder.mkdir(parents=True)
    except OSError as exc:
        raise IndexUnavailableError(
            f"cannot prepare a new index folder in {index_dir} ({exc.strerror})",
            hint="check free disk space and permissions",
        ) from exc
    return folder


def publish_generation(index_dir: Path, folder: Path, keep: Path | None) -> None:
    """Point `CURRENT` at `folder` atomically, then delete generations older than `keep`
    (the one readers may still have open)."""
    tmp = index_dir / f"CURRENT.tmp{os.getpid()}"
    tmp.write_text(folder.name, encoding="utf-8")
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    tmp.replace(index_dir / "CURRENT")
    with contextlib.suppress(OSError):
        dir_fd = os.open(index_dir, os.O_RDONLY)
        os.fsync(dir_fd)
        os.close(dir_fd)
    wanted = {folder.name, keep.name if keep else ""}
    for old in index_dir.glob("gen-*"):
        if old.name not in wanted and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def discard_generation(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


class Store:
    def __init__(self, settings: Settings, embedder: Embedder, path: Path | None = None) -> None:
        """`path`: the index folder to open (embedded mode); default: the published one,
        or a new empty generation when there is none yet."""
        self.settings = settings
        self.embedder = embedder
        self.path: Path | None = None
        if not settings.chroma_url:
            self.path = path or current_generation(settings.index_dir)
            if self.path is None:
                self.path = new_generation(settings.index_dir, None)
                publish_generation(settings.index_dir, self.path, None)
        self.client = _client(settings, self.path)
        self._meta = {"liftqa_embedder": embedder.name, "liftqa_schema": SCHEMA_VERSION}
        self._check_compatible()
        self._vectorstores: dict[str, Chroma] = {}

    # --- collections ---------------------------------------------------------------------

    def _name(self, which: str) -> str:
        return f"{self.settings.collection_prefix}_{which}"

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
        return self.settings.chroma_url or str(self.settings.index_dir)

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

    def reset(self) -> None:
        for which in ("passages", "sentences", "works", "articles"):
            with contextlib.suppress(Exception):
                self.client.delete_collection(self._name(which))
        self._vectorstores.clear()

    # --- units ---------------------------------------------------------------------------

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

    def unit_ids(self, which: CollectionName, article_id: str) -> set[str]:
        got = self.vectorstore(which).get(where={"article_id": article_id}, include=[])
        return set(got["ids"])

    def delete_units(self, which: CollectionName, ids: Iterable[str]) -> None:
        id_list = list(ids)
        for i in range(0, len(id_list), _BATCH):
            self.vectorstore(which).delete(ids=id_list[i : i + _BATCH])

    def count(self, which: CollectionName, kind: str | None = None) -> int:
        if kind is None:
            return int(self.vectorstore(which)._collection.count())
        got = self.vectorstore(which).get(where={"kind": kind}, include=[])
        return len(got["ids"])

    def _get_all(self, which: CollectionName, include: list[str]) -> dict[str, list[Any]]:
        """A whole collection, page by page: one huge get() makes Chroma build an SQL
        statement with more variables than SQLite allows (seen at 66,000 sentences)."""
        col: Any = self.vectorstore(which)._collection
        out: dict[str, list[Any]] = {"ids": [], **{k: [] for k in include}}
        offset = 0
        while True:
            got: Any = col.get(include=include, limit=PAGE_SIZE, offset=offset)
            out["ids"] += list(got["ids"])
            for key in include:
                out[key] += list(got[key]) if got[key] is not None else []
            if len(got["ids"]) < PAGE_SIZE:
                return out
            offset += PAGE_SIZE

    def all_units(self, which: CollectionName) -> list[Unit]:
        got = self._get_all(which, ["documents", "metadatas"])
        return [
            _unit_from(i, d, m)
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]

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

    def dense(
        self, which: CollectionName, vector: Sequence[float], k: int
    ) -> list[tuple[Unit, float]]:
        """Nearest units with their cosine similarity (the collection uses cosine space)."""
        store = self.vectorstore(which)
        if store._collection.count() == 0:
            return []
        query: list[Sequence[float] | Sequence[int]] = [[float(x) for x in vector]]
        res: Any = store._collection.query(
            query_embeddings=query,
            n_results=k,
            include=["documents", "metadatas", "distances"],
        )
        return [
            (_unit_from(i, d, m), 1.0 - float(dist))
            for i, d, m, dist in zip(
                res["ids"][0],
                res["documents"][0],
                res["metadatas"][0],
                res["distances"][0],
                strict=True,
            )
        ]

    # --- article records -----------------------------------------------------------------

    def records(self) -> dict[str, dict[str, Any]]:
        """Record id → metadata, for articles (kind=article) and skipped files (kind=skipped)."""
        got = self._articles().get(include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    def put_article(self, article: Article) -> None:
        meta: dict[str, Any] = {
            "kind": "article",
            "path": article.path,
            "fingerprint": article.fingerprint,
            "title": article.title,
            "author": article.author,
            "date": article.date or "",
            "publisher": article.publisher or "",
            "notes": json.dumps(list(article.notes)),
            "n_references": len(article.references),
        }
        self._articles().upsert(
            ids=[article.id],
            documents=[article.body],
            metadatas=[meta],
            embeddings=[self.embedder.embed_query(article.title)],
        )

    def put_skipped(self, path: str, fingerprint: str, reason: str) -> None:
        self._articles().upsert(
            ids=[f"skipped:{path}"],
            documents=[reason],
            metadatas=[{"kind": "skipped", "path": path, "fingerprint": fingerprint}],
            embeddings=[[1.0] + [0.0] * (self.embedder.dim - 1)],
        )

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
            embeddings=[[1.0] + [0.0] * (self.embedder.dim - 1)],
        )

    def bibliography(self) -> str | None:
        got = self._articles().get(ids=[BIBLIOGRAPHY_ID], include=["documents"])
        return str(got["documents"][0]) if got["ids"] else None

    def skipped(self) -> dict[str, str]:
        """Files the last ingest could not use: path → reason."""
        got = self._articles().get(where={"kind": "skipped"}, include=["documents", "metadatas"])
        return {
            str((m or {}).get("path")): str(d)
            for d, m in zip(got["documents"], got["metadatas"], strict=True)
        }

    def delete_records(self, ids: Iterable[str]) -> None:
        id_list = list(ids)
        if id_list:
            self._articles().delete(ids=id_list)

    def article(self, article_id: str) -> tuple[dict[str, Any], str] | None:
        got = self._articles().get(ids=[article_id], include=["documents", "metadatas"])
        if not got["ids"] or (got["metadatas"][0] or {}).get("kind") != "article":
            return None
        return dict(got["metadatas"][0] or {}), str(got["documents"][0])

    def articles(self) -> dict[str, tuple[dict[str, Any], str]]:
        got = self._articles().get(where={"kind": "article"}, include=["documents", "metadatas"])
        return {
            i: (dict(m or {}), str(d))
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }


def _client(settings: Settings, path: Path | None) -> Any:
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
    except OSError as exc:
        raise IndexUnavailableError(
            f"cannot open the index folder {path} ({exc.strerror})",
            hint="check the folder's permissions or set LIFTQA_INDEX_DIR",
        ) from exc


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
