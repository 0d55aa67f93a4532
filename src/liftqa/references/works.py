"""Works: one study however many articles list it, with where it is cited."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from liftqa.references.entries import EntryKind, EvidenceType


@dataclass(frozen=True)
class CitationContext:
    """Where a work is cited: the citation as written and the sentence around it."""

    article_id: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int


@dataclass(frozen=True)
class Work:
    """One study, however many articles list it and in whatever style."""

    id: str
    authors: tuple[str, ...]
    year: int | None
    title: str | None
    container: str | None
    volume: str | None
    issue: str | None
    pages: str | None
    doi: str | None
    url: str | None
    publisher: str | None
    kind: EntryKind
    evidence: EvidenceType
    entries: tuple[str, ...]  # ref ids, best first
    raw: str  # the richest entry as written
    listed_in: tuple[str, ...]  # article ids whose reference list has it
    contexts: tuple[CitationContext, ...] = ()
    listed: bool = True  # False: cited in the text, but no reference list gives it
    cited_as: str | None = None  # "Kirsch et al. 2008", for a work no list gives

    @property
    def cited_in(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.article_id for c in self.contexts))

    @property
    def short(self) -> str:
        """ "Gordon et al. 2018" / "World Health Organization 2023" / "Kirsch et al. 2008";
        an authorless entry is named by its title, never by its venue."""
        if self.cited_as:
            return self.cited_as
        if self.authors:
            family = self.authors[0].split(",")[0]
            who = (
                f"{family} et al."
                if len(self.authors) > 2
                else (
                    f"{family} & {self.authors[1].split(',')[0]}"
                    if len(self.authors) == 2
                    else family
                )
            )
        else:
            who = _title_label(self.title)
        return f"{who} {self.year}" if self.year else who

    @property
    def venue_year(self) -> str:
        """ "JAMA Psychiatry 2018"; the venue or the year alone when one is missing."""
        venue = self.container or self.publisher
        if venue and self.year:
            return f"{venue} {self.year}"
        return venue or str(self.year or "")

    def summary(self, *, with_doi: bool = True) -> str:
        """ "meta-analysis of RCTs, JAMA Psychiatry 2018, doi:10.1001/…" for display."""
        if not self.listed:
            return UNLISTED
        label = evidence_label(self)
        parts = [label if label != "unknown" else "", self.venue_year]
        if with_doi and self.doi:
            parts.append(f"doi:{self.doi}")
        return ", ".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence_label"] = evidence_label(self)
        data["cited_in"] = list(self.cited_in)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Work:
        fields_ = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("authors", "entries", "listed_in"):
            fields_[key] = tuple(fields_.get(key) or ())
        fields_["contexts"] = tuple(CitationContext(**c) for c in data.get("contexts") or ())
        fields_["listed"] = bool(data.get("listed", True))
        return cls(**fields_)


def _title_label(title: str | None) -> str:
    """ "“Aerobic exercise for adult patients…”": an authorless work's name."""
    words = (title or "").split()
    if not words:
        return ""
    head = " ".join(words[:5])
    return f"“{head}{'…' if len(words) > 5 else ''}”"


UNLISTED = "cited without a reference: no reference list gives it"


def evidence_label(work: Work) -> str:
    """ "meta-analysis of RCTs" where the title says what was pooled."""
    text = (work.title or "").lower()
    pooled_rcts = re.search(r"randomi[sz]ed (?:controlled |clinical )?trials", text)
    if work.evidence == "meta-analysis" and pooled_rcts:
        return "meta-analysis of RCTs"
    return work.evidence


def search_text(work: Work) -> str:
    """What reference search matches a work on; also the text of its Chroma document."""
    return " ".join(
        str(x)
        for x in (
            ", ".join(work.authors),
            work.year,
            work.title,
            work.container,
            work.publisher,
            work.doi,
            work.evidence,
            evidence_label(work),
            "" if work.listed else UNLISTED,
        )
        if x
    )


def export_note(work: Work) -> str | None:
    """What a reference manager's note says: the evidence type when known, and the flag
    for a work no reference list gives."""
    if not work.listed:
        return UNLISTED
    label = evidence_label(work)
    return None if label == "unknown" else label
