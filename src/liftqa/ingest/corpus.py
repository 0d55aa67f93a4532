"""Reading `corpus/`: which files are articles, and their bytes within the size limit.

Everything here is untrusted input: names, sizes and contents are checked before use.
"""

from __future__ import annotations

from pathlib import Path

from liftqa.errors import CorpusError
from liftqa.ingest.parse import file_fingerprint, parse_bytes
from liftqa.types import Article

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 5_000_000


def corpus_files(root: Path) -> list[Path]:
    """The article files directly in `root`, by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def parse_file(path: Path, corpus_root: Path | None = None) -> Article:
    """Read and parse one article file; raise CorpusError (naming the file) if unusable."""
    name = str(path.relative_to(corpus_root)) if corpus_root else path.name
    try:
        oversized = too_large(path)
        if oversized is not None:
            raise CorpusError(name, oversized.reason, oversized.hint)
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(name, f"cannot be read ({exc.strerror})") from exc
    return parse_bytes(raw, name=name, default_id=path.stem)


def too_large(path: Path) -> CorpusError | None:
    size = path.stat().st_size
    if size <= MAX_FILE_BYTES:
        return None
    return CorpusError(
        path.name,
        f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
        "split it into several articles",
    )


def path_fingerprint(path: Path) -> str:
    """The fingerprint of a corpus file, without reading one that is too large to use."""
    if too_large(path) is not None:
        st = path.stat()
        return file_fingerprint(f"too-large:{st.st_size}:{st.st_mtime_ns}".encode())
    return file_fingerprint(path.read_bytes())
