"""Citation checks a clinician would want flagged ("check this citation"), one rule each:

- `topic`: the claim is about resistance/strength training, the cited work's title is not;
- `effect`: the claim gives a figure (a percentage, an effect size) and the cited work is
  about mechanisms, or is not an outcome study;
- `year`: an in-text year differs from the year a reference list gives for that author;
- `forms`: the same work is listed in different forms (author lists or titles differ);
- `missing`: a listed work without a DOI or without authors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from liftqa.references.entries import Entry
from liftqa.references.works import Work

Rule = Literal["topic", "effect", "year", "forms", "missing"]
CHECK_HEADING = "check this citation"

_RESISTANCE_CLAIM = re.compile(
    r"\b(?:strength|resistance|weight)[- ](?:training|exercise|lifting)|\blifting\b|\blift(?:s|ed)?"
    r" weights\b|\bweights?\b",
    re.IGNORECASE,
)
_RESISTANCE_TITLE = re.compile(r"\b(?:resistance|strength|weight|lifting)\b", re.IGNORECASE)
_FIGURE = re.compile(
    r"\b\d+(?:\.\d+)?\s?%|\beffect sizes?\b|\bSMD\b|\b[dg]\s?=\s?\d", re.IGNORECASE
)
_EFFECT_WORDS = re.compile(
    r"\b(?:reduc|improv|decreas|increas|lower|boost|effect|better|benefit)\w*", re.IGNORECASE
)
_OUTCOME_EVIDENCE = {"meta-analysis", "systematic review", "randomized controlled trial"}


@dataclass(frozen=True)
class CitationCheck:
    """A reason to check a citation. `article_id`/`start`/`end` locate the citation in an
    article for claim rules (topic, effect, year); they are empty for work rules."""

    rule: Rule
    work_id: str
    reason: str
    article_id: str = ""
    start: int = -1
    end: int = -1

    @property
    def line(self) -> str:
        return f"{CHECK_HEADING}: {self.reason}"


def topic_check(
    work: Work, claim: str, article_id: str, start: int, end: int
) -> CitationCheck | None:
    """The claim is about resistance training; the cited work's title is not."""
    if not work.title or not _RESISTANCE_CLAIM.search(claim):
        return None
    if _RESISTANCE_TITLE.search(work.title):
        return None
    acute = (
        " (it studies acute, single-session exercise)"
        if re.search(r"\bacute\b", work.title, re.IGNORECASE)
        else ""
    )
    reason = (
        f"the claim is about resistance training, but the cited work's title "
        f"(“{work.title}”) is not{acute}"
    )
    return CitationCheck("topic", work.id, reason, article_id, start, end)


def effect_check(
    work: Work, claim: str, article_id: str, start: int, end: int
) -> CitationCheck | None:
    """The claim gives a figure; the cited work studies mechanisms or is no outcome study."""
    figure = _FIGURE.search(claim)
    if figure is None or not work.listed or not _EFFECT_WORDS.search(claim):
        return None
    title = work.title or ""
    if re.search(r"\bmechanisms?\b", title, re.IGNORECASE):
        why = "is about mechanisms, not an outcome study"
    elif work.evidence not in _OUTCOME_EVIDENCE:
        why = f"is not an outcome study by its title ({work.evidence})"
    else:
        return None
    reason = f"the claim gives a figure (“{figure.group(0)}”), but the cited work {why}"
    return CitationCheck("effect", work.id, reason, article_id, start, end)


def year_check(
    unlisted: Work, listed: Sequence[Work], article_id: str, start: int, end: int
) -> CitationCheck | None:
    """An in-text "Gordon et al., 2020" where a list gives Gordon et al. 2018."""
    if unlisted.listed or not unlisted.authors or unlisted.year is None:
        return None
    family = unlisted.authors[0].lower()
    for work in listed:
        first = (work.authors[0].split(",")[0] if work.authors else "").strip().lower()
        if first == family and work.year and work.year != unlisted.year:
            reason = (  # a wrong year or another paper by the same authors: the list cannot say
                f"cited with year {unlisted.year}, which no reference list gives; the list has "
                f"{work.short} ({work.title or 'no title'}): a different paper by the same "
                f"authors, or a wrong year"
            )
            return CitationCheck("year", unlisted.id, reason, article_id, start, end)
    return None


def forms_check(work: Work, entries: Mapping[str, Entry]) -> CitationCheck | None:
    """The same work listed in different forms: author lists or titles differ."""
    listed = [entries[r] for r in work.entries if r in entries]
    if len(listed) < 2:
        return None
    counts = {e.article_id: len(e.authors) for e in listed}
    titles = {re.sub(r"\W+", " ", (e.title or "").lower()).strip() for e in listed}
    diffs = []
    if len(set(counts.values())) > 1:
        diffs.append(
            "author lists differ ("
            + ", ".join(f"{n} in {a}" for a, n in sorted(counts.items()))
            + ")"
        )
    if len(titles) > 1:
        diffs.append("titles are worded differently")
    if not diffs:
        return None
    reason = f"listed in different forms in {len(listed)} reference lists: " + "; ".join(diffs)
    return CitationCheck("forms", work.id, reason)


def missing_checks(work: Work) -> list[CitationCheck]:
    """A listed work without a DOI, or without authors."""
    if not work.listed:
        return []
    out = []
    if not work.doi:
        out.append(CitationCheck("missing", work.id, "no DOI in any reference list"))
    if not work.authors:
        out.append(CitationCheck("missing", work.id, "no authors in any reference list"))
    return out
