"""The answer as data: quotes with their sources, grouped by article, safety notices and
crisis resources. Frozen values; `liftqa.answer.render` is the only writer of answer text
(Markdown for the chat, plain text for the CLI and `to_dict()["answer"]`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from liftqa.types import UnitKind

NoticeKind = Literal[
    "dose", "medication", "red_flag", "research", "check_in", "history", "language"
]
AnswerMode = Literal["extractive", "llm"]


@dataclass(frozen=True)
class CitedWork:
    """A study a quoted passage cites (or, for a quoted reference line, is)."""

    id: str
    short: str  # "Gordon et al. 2018"
    label: str  # "meta-analysis of RCTs"
    venue: str  # "JAMA psychiatry 2018"
    doi: str | None
    facts: tuple[str, ...] = ()  # the study snapshot's reported fields, "trials: 33 studies"
    checks: tuple[str, ...] = ()  # "check this citation: …" for the citations quoted
    similarity: float | None = None  # set for a likely source, never for a citation


@dataclass(frozen=True)
class Quote:
    n: int
    text: str
    article_id: str
    title: str
    section: str | None
    start: int
    end: int
    pages: tuple[int, ...] = ()  # 1-based pages of a PDF the quote lies on; () otherwise
    author: str = ""
    kind: UnitKind = "sentence"
    works: tuple[CitedWork, ...] = ()  # studies the passage cites, resolved to works
    unresolved: tuple[str, ...] = ()  # citations as written that no reference list gives
    provenance: str = ""  # the article's provenance summary
    likely: tuple[CitedWork, ...] = ()  # likely sources the article lists but does not cite

    @property
    def work_ids(self) -> tuple[str, ...]:
        return tuple(w.id for w in self.works)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "text": self.text,
            "article_id": self.article_id,
            "title": self.title,
            "section": self.section,
            "start": self.start,
            "end": self.end,
            "pages": list(self.pages),
        }


@dataclass(frozen=True)
class ArticleGroup:
    """The quotes taken from one article, by number, in the order they are shown."""

    article_id: str
    title: str
    author: str
    quotes: tuple[int, ...]


@dataclass(frozen=True)
class Theme:
    """Quotes after the lead, grouped by what they are about: "evidence" (what the evidence
    says), "start" (how to start), "cautions"."""

    key: str
    quotes: tuple[int, ...]


@dataclass(frozen=True)
class WorkRef:
    """A reference entry behind a quoted passage."""

    id: str
    text: str
    doi: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "doi": self.doi}


@dataclass(frozen=True)
class Notice:
    """A fixed safety notice shown before the evidence."""

    kind: NoticeKind
    text: str


@dataclass(frozen=True)
class Resources:
    """Crisis resources, shown first: `kind` is what was recognised."""

    kind: str
    message: str
    tier: str = "elevated"  # "acute": emergency first and nothing else


@dataclass(frozen=True)
class Answer:
    question: str
    disclaimer: str
    quotes: tuple[Quote, ...] = ()
    groups: tuple[ArticleGroup, ...] = ()
    lead: int = 0  # the quote that answers first ([1]); 0: none
    themes: tuple[Theme, ...] = ()  # the other quotes by theme, in reading order
    references: tuple[WorkRef, ...] = ()
    abstained: bool = False
    resources: Resources | None = None
    notices: tuple[Notice, ...] = ()
    conflict: bool = False  # articles disagree on risks; both sides are quoted
    agreement: tuple[int, ...] = ()  # per quote: how many other articles say nearly the same
    differ: tuple[tuple[int, int], ...] = ()  # quotes [a], [b] on one point, differing
    searched_for: str | None = None  # the standalone question a follow-up was searched as
    retrieved: tuple[tuple[str, int, int], ...] = ()  # (article, start, end) found by retrieval
    mode: AnswerMode = "extractive"  # or "llm": a model worded it, every sentence verified
    worded: tuple[str, ...] = ()  # the model's verified sentences, with their [n]
    removed: tuple[str, ...] = ()  # model sentences dropped by verification, with the reason

    @property
    def crisis(self) -> bool:
        return self.resources is not None

    @property
    def text(self) -> str:
        """The answer as plain text, with its [n] markers (what `to_dict()` calls "answer")."""
        from liftqa.answer.render import plain

        return plain(self)

    def quote(self, n: int) -> Quote:
        return self.quotes[n - 1]

    def agreeing(self, n: int) -> int:
        """How many other articles say nearly what quote [n] says."""
        return self.agreement[n - 1] if 0 < n <= len(self.agreement) else 0

    def to_dict(self) -> dict[str, Any]:
        """The public contract: exactly these keys (see README "Python API")."""
        return {
            "question": self.question,
            "answer": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "references": [r.to_dict() for r in self.references],
            "disclaimer": self.disclaimer,
            "crisis": self.crisis,
            "abstained": self.abstained,
        }
