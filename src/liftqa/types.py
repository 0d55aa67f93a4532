"""Value objects that flow through liftqa: frozen dataclasses, no I/O, no third-party imports.

Offsets (`start`, `end`) are always character offsets into an article's *body* (the text
after its front matter), so `article.body[start:end] == text` can be checked anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

UnitKind = Literal["passage", "reference", "sentence", "work"]


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


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with the evidence of how it was found."""

    unit: Unit
    score: float  # fused reciprocal-rank score
    dense: float | None  # cosine similarity to the question, when the dense side found it
    dense_rank: int | None
    lexical_rank: int | None


@dataclass(frozen=True)
class Quote:
    n: int
    text: str
    article_id: str
    title: str
    section: str | None
    start: int
    end: int
    author: str = ""
    kind: UnitKind = "sentence"
    work_ids: tuple[str, ...] = ()  # works the passage cites (or, for a reference line, is)
    evidence: tuple[str, ...] = ()  # "Gordon et al. 2018: meta-analysis of RCTs, …, doi:…"
    provenance: str = ""  # the article's provenance summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "text": self.text,
            "article_id": self.article_id,
            "title": self.title,
            "section": self.section,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class WorkRef:
    """A reference entry behind a quoted passage."""

    id: str
    text: str
    doi: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "doi": self.doi}


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    quotes: tuple[Quote, ...]
    references: tuple[WorkRef, ...]
    disclaimer: str
    crisis: bool
    abstained: bool
    notices: tuple[str, ...] = ()  # safety notices shown before the quotes (dosing, medication)
    searched_for: str | None = None  # the standalone question a follow-up was searched as
    retrieved: tuple[tuple[str, int, int], ...] = ()  # (article, start, end) found by retrieval
    mode: str = "extractive"  # or "llm": a model worded it, every sentence verified
    removed: tuple[str, ...] = ()  # model sentences dropped by verification, with the reason

    def to_dict(self) -> dict[str, Any]:
        """The public contract: exactly these keys (see README "Python API")."""
        return {
            "question": self.question,
            "answer": self.answer,
            "quotes": [q.to_dict() for q in self.quotes],
            "references": [r.to_dict() for r in self.references],
            "disclaimer": self.disclaimer,
            "crisis": self.crisis,
            "abstained": self.abstained,
        }
