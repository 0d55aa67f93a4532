"""A frozen index: a read-only copy of what one generation holds, written by the ingest that
made it, last, just before the generation is published.

Questions are answered from it, never from Chroma directly: reading it takes plain file
reads (JSON and a NumPy array, checked against the checksums in the manifest), so a reader
never writes, never holds a database open, and works on a read-only folder or a full disk.
Chroma stays the store of record that ingest updates incrementally.

    <generation>/frozen/units.json     passages, sentences, article records, skipped files,
                                       the bibliography
    <generation>/frozen/vectors.npy    passage vectors, then sentence vectors (float32)
    <generation>/frozen/manifest.json  format, embedder, counts and sha256 of both files;
                                       written last: a generation without it is incomplete
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from liftqa.errors import IndexStorageError
from liftqa.types import ArticleRecord, SkippedFile, Unit

FORMAT = 1
FOLDER = "frozen"
MANIFEST = "manifest.json"
_UNITS = "units.json"
_VECTORS = "vectors.npy"


@dataclass(frozen=True)
class FrozenIndex:
    """Everything answering and the staleness check need, in memory."""

    embedder: str
    schema: str
    passages: list[Unit]
    passage_vectors: np.ndarray  # (len(passages), dim), L2-normalised
    sentences: list[Unit]
    sentence_vectors: np.ndarray  # (len(sentences), dim), L2-normalised
    articles: dict[str, ArticleRecord] = field(default_factory=dict)  # with bodies
    skipped: dict[str, SkippedFile] = field(default_factory=dict)  # by path
    bibliography: str | None = None  # Bibliography.to_json()


def is_complete(generation: Path) -> bool:
    """True once the ingest that wrote `generation` finished it (its manifest exists)."""
    return (generation / FOLDER / MANIFEST).is_file()


def write(generation: Path, index: FrozenIndex) -> None:
    """Freeze `index` into `generation`; the manifest goes last, each file fsynced."""
    folder = generation / FOLDER
    folder.mkdir(exist_ok=True)
    units = json.dumps(
        {
            "passages": [asdict(u) for u in index.passages],
            "sentences": [asdict(u) for u in index.sentences],
            "articles": [asdict(r) for r in index.articles.values()],
            "skipped": [asdict(s) for s in index.skipped.values()],
            "bibliography": index.bibliography,
        },
        ensure_ascii=False,
    ).encode("utf-8")
    buffer = io.BytesIO()
    vectors = np.vstack([index.passage_vectors, index.sentence_vectors])
    np.save(buffer, vectors.astype(np.float32), allow_pickle=False)
    arrays = buffer.getvalue()
    _write_synced(folder / _UNITS, units)
    _write_synced(folder / _VECTORS, arrays)
    manifest = {
        "format": FORMAT,
        "embedder": index.embedder,
        "schema": index.schema,
        "passages": len(index.passages),
        "sentences": len(index.sentences),
        "sha256": {_UNITS: _sha256(units), _VECTORS: _sha256(arrays)},
    }
    _write_synced(folder / MANIFEST, json.dumps(manifest).encode("utf-8"))
    _sync_dir(folder)


def read(generation: Path) -> FrozenIndex:
    """The frozen index of `generation`; IndexStorageError if it is missing, unreadable or
    does not match its manifest (damaged)."""
    folder = generation / FOLDER
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes())
        units_raw = (folder / _UNITS).read_bytes()
        vectors_raw = (folder / _VECTORS).read_bytes()
        if manifest.get("format") != FORMAT:
            raise ValueError(f"format {manifest.get('format')!r}")
        sums = manifest["sha256"]
        if sums[_UNITS] != _sha256(units_raw) or sums[_VECTORS] != _sha256(vectors_raw):
            raise ValueError("a file does not match its checksum")
        data = json.loads(units_raw)
        vectors = np.load(io.BytesIO(vectors_raw), allow_pickle=False)
        n_passages, n_sentences = int(manifest["passages"]), int(manifest["sentences"])
        if vectors.shape[0] != n_passages + n_sentences:
            raise ValueError("vector count does not match the units")
        return FrozenIndex(
            embedder=str(manifest["embedder"]),
            schema=str(manifest["schema"]),
            passages=[_unit(u) for u in data["passages"]],
            passage_vectors=vectors[:n_passages],
            sentences=[_unit(u) for u in data["sentences"]],
            sentence_vectors=vectors[n_passages:],
            articles={r["id"]: _record(r) for r in data["articles"]},
            skipped={s["path"]: SkippedFile(**s) for s in data["skipped"]},
            bibliography=data["bibliography"],
        )
    except OSError as exc:
        raise IndexStorageError(
            f"cannot read the index in {generation} ({exc.strerror or exc})",
            hint="check the folder's permissions, or rebuild it: liftqa ingest --rebuild",
            kind="permission" if isinstance(exc, PermissionError) else "damaged",
        ) from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise IndexStorageError(
            f"the index in {generation} is damaged ({exc})",
            hint="rebuild it: liftqa ingest --rebuild",
        ) from exc


def _unit(data: dict[str, Any]) -> Unit:
    return Unit(**{**data, "extra": dict(data.get("extra") or {})})


def _record(data: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        **{
            **data,
            "notes": tuple(data.get("notes") or ()),
            "page_starts": tuple(data.get("page_starts") or ()),
        }
    )


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _write_synced(path: Path, raw: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(raw)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
