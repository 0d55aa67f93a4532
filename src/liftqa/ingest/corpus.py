"""Reading `corpus/`: which entries are articles, and their bytes within the size limit.

Everything here is untrusted input. Only regular files directly inside the corpus folder
are read: a symbolic link (even to a file inside), a folder, a device, pipe or socket is
skipped and named with the reason; files are opened without following links and checked
again on the open handle, so swapping a file for a link mid-ingest does not work either.
Hidden files (".name") are ignored.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from liftqa.errors import CorpusError
from liftqa.ingest.parse import file_fingerprint, parse_bytes
from liftqa.types import Article

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 5_000_000
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


def read_corpus_file(path: Path) -> CorpusFile:
    """A corpus file's fingerprint and bytes, read without following links; a file over the
    size limit is not read (its fingerprint comes from its size and time). Raises
    CorpusError when it cannot be read at all."""
    name = path.name
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
        if info.st_size > MAX_FILE_BYTES:
            return _too_large(name, info.st_size, info.st_mtime_ns)
        try:
            raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise CorpusError(name, f"cannot be read ({exc.strerror})") from exc
    if len(raw) > MAX_FILE_BYTES:  # it grew while we looked
        return _too_large(name, len(raw), info.st_mtime_ns)
    return CorpusFile(name, file_fingerprint(raw), raw)


def _too_large(name: str, size: int, mtime_ns: int) -> CorpusFile:
    return CorpusFile(
        name,
        file_fingerprint(f"too-large:{size}:{mtime_ns}".encode()),
        b"",
        CorpusError(
            name,
            f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
            "split it into several articles",
        ),
    )


def parse_file(path: Path) -> Article:
    """Read and parse one article file; raise CorpusError (naming the file) if unusable."""
    read = read_corpus_file(path)
    if read.error is not None:
        raise read.error
    return parse_bytes(read.raw, name=read.name, default_id=path.stem)
