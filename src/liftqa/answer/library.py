"""What answering reads: the parsed articles with their bibliography (`Library`), and one
published index loaded for questions (`Snapshot`). Both are read-only once built: a new
generation of the index is a new Snapshot, never a changed one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from liftqa.index.retrieve import HybridSearch
from liftqa.references.bibliography import Bibliography
from liftqa.types import Article


@dataclass(frozen=True)
class Library:
    """Parsed articles by id, and the bibliography linking their citations to works."""

    articles: Mapping[str, Article]
    bibliography: Bibliography


@dataclass(frozen=True)
class Snapshot:
    """One published index, loaded: the search over it and the library it holds.
    `generation` names what it was loaded from, so a newer one can be noticed."""

    generation: str
    search: HybridSearch
    library: Library
