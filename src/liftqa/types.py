"""Value objects that flow through liftqa: frozen dataclasses, no I/O, no third-party imports.
The answer's own values (Quote, Answer …) live with the answer stage, in `liftqa.answer.model`.

Offsets (`start`, `end`) are always character offsets into an article's *body* (the text
after its front matter), so `article.body[start:end] == text` can be checked anywhere.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, Protocol

UnitKind = Literal["passage", "reference", "sentence", "work"]
# Risk in what a person writes (`liftqa.answer.risk`): the writer's own, or another's.
RiskKind = Literal["suicide", "self_harm", "eating_disorder", "third_party"]
Tier = Literal["acute", "elevated", "none"]
OWN_RISK: tuple[RiskKind, ...] = ("suicide", "self_harm", "eating_disorder")


@dataclass(frozen=True)
class Span:
    """A stretch of an article body."""

    start: int
    end: int


@dataclass(frozen=True)
class Section:
    """A heading and the text it governs. `start` is the heading's first character (or 0 for
    the untitled opening), `end` the start of the next section."""

    title: str | None
    start: int
    end: int
    heading_end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    section: str | None


@dataclass(frozen=True)
class Citation:
    """An in-text citation as written: "(Gordon et al., 2018)" yields one per work cited.

    `key` is normalised for linking: "gordon-2018" for author–year, "#3" for numbered."""

    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class Reference:
    """One entry of an article's own reference list."""

    article_id: str
    n: int  # 1-based position in the list
    start: int
    end: int
    text: str
    doi: str | None
    key: str | None  # "gordon-2018" when a first author and year are found

    @property
    def id(self) -> str:
        return f"{self.article_id}#ref{self.n}"


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    title: str
    author: str
    date: str | None
    publisher: str | None
    notes: tuple[str, ...]
    body: str
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    references: tuple[Reference, ...]
    citations: tuple[Citation, ...]
    fingerprint: str  # hash of header + body + parser version
    # PDF only: the offset in `body` where each page's text begins (page i + 1 at [i]).
    page_starts: tuple[int, ...] = ()

    def pages_of(self, start: int, end: int) -> tuple[int, ...]:
        """The 1-based page numbers the span [start, end) lies on; () when not paged."""
        if not self.page_starts:
            return ()
        first = bisect.bisect_right(self.page_starts, start)
        last = bisect.bisect_right(self.page_starts, max(start, end - 1))
        return tuple(range(max(first, 1), max(last, 1) + 1))

    def section_at(self, offset: int) -> str | None:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.title
        return None

    def citations_in(self, start: int, end: int) -> tuple[Citation, ...]:
        return tuple(c for c in self.citations if start <= c.start and c.end <= end)


@dataclass(frozen=True)
class Unit:
    """Something stored in the index: a passage chunk, a sentence or a reference entry."""

    id: str
    kind: UnitKind
    article_id: str
    start: int
    end: int
    text: str
    section: str | None
    extra: dict[str, str | int] = field(default_factory=dict)

    @property
    def roles(self) -> tuple[str, ...]:
        """The sentence roles ingest stored with the unit, most telling first ("finding",
        "recommendation", "caution", ...); none for passages and unread units."""
        return tuple(r for r in str(self.extra.get("roles", "")).split(",") if r)


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with the evidence of how it was found."""

    unit: Unit
    score: float  # fused reciprocal-rank score
    dense: float | None  # cosine similarity to the question, when the dense side found it
    dense_rank: int | None
    lexical_rank: int | None


@dataclass(frozen=True)
class ArticleRecord:
    """What the index keeps of an ingested article: its metadata, the fingerprint of the file
    it came from, and (when loaded) its body, so quotes can be checked against the text."""

    id: str
    path: str
    fingerprint: str
    title: str
    author: str
    date: str | None
    publisher: str | None
    notes: tuple[str, ...]
    n_references: int = 0
    body: str = ""
    page_starts: tuple[int, ...] = ()  # PDF only: where each page starts in the body


@dataclass(frozen=True)
class SkippedFile:
    """A corpus file the last ingest could not use, and why (kept so an unchanged bad file
    is not re-read on every question)."""

    path: str
    fingerprint: str
    reason: str


class QueryEmbedder(Protocol):
    """What the answer stage needs of an embedding model (the implementations live in
    `liftqa.index.embed`; the index records `name`, so one model never reads another's)."""

    name: str
    dim: int

    def embed_query(self, text: str) -> list[float]: ...

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...
