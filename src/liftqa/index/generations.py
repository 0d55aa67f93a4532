"""Index generations on disk (copy-on-write): an ingest copies the published generation to
`index_dir/gen-<n>/`, writes only there, freezes it (see `frozen`) and publishes it by
atomically replacing the `CURRENT` pointer file. Readers never see a half-written index,
and a crash, `kill -9` or a full disk mid-ingest leaves the published generation as it was.
No chromadb here: these are folders and files.

Everything in the index folder is untrusted after a crash or a hand edit:
- `CURRENT` must name `gen-<digits>`, a real folder (not a link) inside the index folder;
  anything else (empty, binary, an absolute path, `..`, a missing folder) is ignored and the
  newest complete generation is used instead. Nothing is deleted because of a bad pointer.
- A generation is complete once its frozen manifest exists; incomplete ones (left by a
  killed or failed ingest) are removed at the start of the next ingest, under its lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
from pathlib import Path

from liftqa.errors import IndexStorageError
from liftqa.index.frozen import is_complete

POINTER = "CURRENT"
_GENERATION_RE = re.compile(r"gen-\d{1,25}")
_LEGACY = "chroma"  # the folder of indexes made before generations


def _is_generation(path: Path) -> bool:
    return bool(_GENERATION_RE.fullmatch(path.name)) and path.is_dir() and not path.is_symlink()


def _number(path: Path) -> int:
    return int(path.name.removeprefix("gen-"))


def generations(index_dir: Path) -> list[Path]:
    """The generation folders in `index_dir`, oldest first."""
    try:
        found = [p for p in index_dir.iterdir() if _is_generation(p)]
    except OSError:
        return []
    return sorted(found, key=_number)


def pointed(index_dir: Path) -> Path | None:
    """The generation `CURRENT` names, if it names a valid one."""
    try:
        raw = (index_dir / POINTER).read_bytes()[:64]
        name = raw.decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not _GENERATION_RE.fullmatch(name):
        return None
    folder = index_dir / name
    return folder if _is_generation(folder) else None


def current_generation(index_dir: Path) -> Path | None:
    """The published generation: the one `CURRENT` names; if the pointer is unusable, the
    newest complete generation; else a pre-generation `chroma/` folder; else None."""
    folder = pointed(index_dir)
    if folder is not None:
        return folder
    complete = [g for g in generations(index_dir) if is_complete(g)]
    if complete:
        return complete[-1]
    legacy = index_dir / _LEGACY
    return legacy if legacy.is_dir() and not legacy.is_symlink() else None


def discard_incomplete(index_dir: Path, keep: Path | None) -> list[str]:
    """Remove generations a killed or failed ingest left unfinished (call under the ingest
    lock, so none is being written); `keep` (the published one) always stays."""
    removed = []
    for folder in generations(index_dir):
        if folder != keep and not is_complete(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def new_generation(index_dir: Path, base: Path | None) -> Path:
    """A private copy of `base` (or an empty folder) for one ingest to write into. If the
    copy fails (a full disk, permissions), the partial copy is removed and the real OS error
    is reported."""
    folder = index_dir / f"gen-{time.time_ns()}"
    try:
        if base is not None:
            shutil.copytree(base, folder, symlinks=True)
        else:
            folder.mkdir(parents=True)
    except (OSError, shutil.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise storage_error(exc, f"cannot prepare a new index folder in {index_dir}") from exc
    return folder


def publish_generation(index_dir: Path, folder: Path, keep: Path | None) -> None:
    """Point `CURRENT` at `folder` atomically, then delete the generations older than `keep`
    (the previous one, which a reader may still be loading). On failure `CURRENT` is as it
    was and `folder` is removed."""
    tmp = index_dir / f"{POINTER}.tmp{os.getpid()}"
    try:
        with tmp.open("wb") as handle:
            handle.write(folder.name.encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(index_dir / POINTER)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        discard_generation(folder)
        raise storage_error(exc, f"cannot publish the new index in {index_dir}") from exc
    with contextlib.suppress(OSError):
        dir_fd = os.open(index_dir, os.O_RDONLY)
        os.fsync(dir_fd)
        os.close(dir_fd)
    wanted = {folder, keep}
    for old in generations(index_dir):
        if old not in wanted and _number(old) < _number(folder):
            shutil.rmtree(old, ignore_errors=True)


def discard_generation(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def storage_error(exc: BaseException, doing: str) -> IndexStorageError:
    """An OS-level failure as an index error whose hint says what fixes it."""
    code, detail = _first_os_error(exc)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return IndexStorageError(
            f"{doing}: the disk is full ({detail})",
            hint="free some disk space and run liftqa ingest again; the index in use is unchanged",
            kind="full",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IndexStorageError(
            f"{doing}: not allowed to write there ({detail})",
            hint="check the index folder's permissions, or set LIFTQA_INDEX_DIR to a "
            "writable folder",
            kind="permission",
        )
    return IndexStorageError(
        f"{doing} ({detail})", hint="rebuild it: liftqa ingest --rebuild", kind="damaged"
    )


def _first_os_error(exc: BaseException) -> tuple[int | None, str]:
    """(errno, message) of an OSError, or of the first error a shutil.Error collected."""
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
        for item in exc.args[0]:
            if isinstance(item, tuple) and len(item) == 3:
                text = str(item[2])
                match = re.search(r"\[Errno (\d+)\] ([^:\]]+)", text)
                if match:
                    return int(match.group(1)), match.group(2).strip()
                return None, text
    if isinstance(exc, OSError):
        return exc.errno, exc.strerror or str(exc)
    return None, str(exc)
