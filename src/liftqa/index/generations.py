"""Index generations on disk (copy-on-write): an ingest copies the published generation to
`index_dir/gen-<n>/`, writes only there, and publishes it by atomically replacing the
`CURRENT` pointer file. Readers never see a half-written index, and a crash or `kill -9`
mid-ingest leaves the previous generation as it was. (Chroma folders must not be read by
one process while another writes them.) No chromadb here: these are folders and files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from liftqa.errors import IndexUnavailableError


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
