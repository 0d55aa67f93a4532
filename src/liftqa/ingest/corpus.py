"""Reading `corpus/`: which entries are articles, and their bytes within the size limit.

Everything here is untrusted input. Only regular files directly inside the corpus folder
are read: a symbolic link (even to a file inside), a folder, a device, pipe or socket is
skipped and named with the reason; files are opened without following links and checked
again on the open handle, so swapping a file for a link mid-ingest does not work either.
Hidden files (".name") are ignored.

Articles are `.txt`/`.md` (UTF-8 text, at most MAX_FILE_BYTES), `.pdf` and `.html`/`.htm`
(at most MAX_DOCUMENT_BYTES; text extracted by `liftqa.ingest.extract`). A PDF or HTML file
may have a sidecar YAML file beside it (`paper.yaml` or `paper.yml` for `paper.pdf`, at
most MAX_SIDECAR_BYTES) whose metadata overrides the document's own; it is read with the
same care and is part of the document's fingerprint, so editing it re-ingests the document.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from liftqa.errors import CorpusError
from liftqa.ingest.extract import document_kind
from liftqa.ingest.parse import file_fingerprint, parse_bytes
from liftqa.types import Article

ARTICLE_SUFFIXES = (".txt", ".md", ".pdf", ".html", ".htm")
SIDECAR_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 5_000_000  # a text article
MAX_DOCUMENT_BYTES = 50_000_000  # a PDF or HTML file
MAX_SIDECAR_BYTES = 100_000
_LINK_REASON = "is a symbolic link; only regular files inside the corpus folder are read"
_LINK_HINT = "copy the article itself into the corpus folder"


@dataclass(frozen=True)
class CorpusListing:
    files: list[Path] = field(default_factory=list)  # article files, by name
    rejected: list[CorpusError] = field(default_factory=list)  # entries not read, and why


@dataclass(frozen=True)
class CorpusFile:
    """One article file as read: its fingerprint, and its bytes or why it cannot be used."""

    name: str
    fingerprint: str
    raw: bytes
    error: CorpusError | None = None
    sidecar: bytes | None = None  # a PDF's or HTML file's sidecar YAML, when it has one


def list_corpus(root: Path) -> CorpusListing:
    """The article files directly in `root`, and every other entry that is not read."""
    listing = CorpusListing()
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except FileNotFoundError:
        return listing
    except OSError as exc:
        listing.rejected.append(
            CorpusError(str(root), f"the corpus folder cannot be read ({exc.strerror})")
        )
        return listing
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            if entry.is_symlink():
                listing.rejected.append(CorpusError(name, _LINK_REASON, _LINK_HINT))
            elif entry.is_dir(follow_symlinks=False):
                listing.rejected.append(
                    CorpusError(
                        name,
                        "is a folder; sub-folders are not read",
                        "put its articles directly in the corpus folder",
                    )
                )
            elif not entry.is_file(follow_symlinks=False):
                listing.rejected.append(
                    CorpusError(name, "is not a regular file (a device, pipe or socket)")
                )
            elif Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                listing.files.append(Path(entry.path))
        except OSError as exc:
            listing.rejected.append(CorpusError(name, f"cannot be read ({exc.strerror})"))
    return listing


def corpus_files(root: Path) -> list[Path]:
    """The article files directly in `root`, by name."""
    return list_corpus(root).files


def max_bytes(name: str) -> int:
    """The size limit of a corpus file of this name."""
    return MAX_FILE_BYTES if document_kind(name) == "text" else MAX_DOCUMENT_BYTES


def read_corpus_file(path: Path) -> CorpusFile:
    """A corpus file's fingerprint and bytes (with its sidecar's, for PDF and HTML), read
    without following links; a file over the size limit is not read (its fingerprint comes
    from its size and time). Raises CorpusError when it cannot be read at all."""
    name = path.name
    limit = max_bytes(name)
    raw, size, mtime_ns = _read_regular(path, name, limit)
    if size > limit:
        return _too_large(name, size, mtime_ns, limit)
    if document_kind(name) == "text":
        return CorpusFile(name, file_fingerprint(raw), raw)
    sidecar = read_sidecar(path)
    return CorpusFile(name, file_fingerprint(raw, sidecar, extracted=True), raw, sidecar=sidecar)


def sidecar_path(path: Path) -> Path | None:
    """The sidecar YAML file beside a PDF or HTML file (`paper.yaml`, else `paper.yml`)."""
    if document_kind(path.name) == "text":
        return None
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_suffix(suffix)
        if os.path.lexists(side):
            return side
    return None


def read_sidecar(path: Path) -> bytes | None:
    """The bytes of `path`'s sidecar YAML file (None when it has none); CorpusError when one
    is there but cannot be used (a link, a folder, too large)."""
    side = sidecar_path(path)
    if side is None:
        return None
    raw, size, _ = _read_regular(side, side.name, MAX_SIDECAR_BYTES)
    if size > MAX_SIDECAR_BYTES:
        raise CorpusError(
            side.name,
            f"sidecar file is too large ({size:,} bytes; the limit is {MAX_SIDECAR_BYTES:,})",
        )
    return raw


def _read_regular(path: Path, name: str, limit: int) -> tuple[bytes, int, int]:
    """(bytes, size, mtime_ns) of a regular file opened without following links; the bytes
    are empty when the size is over `limit`."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CorpusError(name, _LINK_REASON, _LINK_HINT) from exc
        raise CorpusError(name, f"cannot be read ({exc.strerror})") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(name, "is not a regular file (a device, pipe or socket)")
        if info.st_size > limit:
            return b"", info.st_size, info.st_mtime_ns
        try:
            raw = handle.read(limit + 1)
        except OSError as exc:
            raise CorpusError(name, f"cannot be read ({exc.strerror})") from exc
    if len(raw) > limit:  # it grew while we looked
        return b"", len(raw), info.st_mtime_ns
    return raw, len(raw), info.st_mtime_ns


def _too_large(name: str, size: int, mtime_ns: int, limit: int) -> CorpusFile:
    return CorpusFile(
        name,
        file_fingerprint(f"too-large:{size}:{mtime_ns}".encode()),
        b"",
        CorpusError(
            name,
            f"file is too large ({size:,} bytes; the limit is {limit:,})",
            "split it into several articles",
        ),
    )


def parse_file(path: Path) -> Article:
    """Read and parse one article file; raise CorpusError (naming the file) if unusable."""
    read = read_corpus_file(path)
    if read.error is not None:
        raise read.error
    return parse_bytes(read.raw, name=read.name, default_id=path.stem, sidecar=read.sidecar)
