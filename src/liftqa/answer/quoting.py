"""A quote as the answer shows it: a verbatim slice of an article with the works it cites
(their study snapshots and citation checks), its likely sources, unresolved citations and
its article's provenance. Used by the composer and by the routed answers alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from liftqa.answer.library import Library
from liftqa.answer.model import CitedWork, Quote, WorkRef
from liftqa.references.bibliography import Bibliography
from liftqa.references.works import Work, evidence_label
from liftqa.types import Article, UnitKind


def make_quote(
    n: int, article: Article, start: int, end: int, kind: UnitKind, library: Library
) -> Quote:
    """Quote [n]: a verbatim slice of the article, with what it cites and its provenance."""
    bibliography = library.bibliography
    provenance = bibliography.provenance.get(article.id)
    return Quote(
        n=n,
        text=article.body[start:end],
        article_id=article.id,
        title=article.title,
        section=article.section_at(start),
        start=start,
        end=end,
        pages=article.pages_of(start, end),
        author=article.author,
        kind=kind,
        works=works_in_quote(bibliography, article.id, start, end),
        likely=tuple(
            replace(
                cited_work(bibliography.works[link.work_id], bibliography),
                similarity=link.similarity,
            )
            for link in bibliography.likely_in_span(article.id, start, end)
            if link.work_id in bibliography.works
        ),
        unresolved=tuple(
            link.text for link in bibliography.unresolved_in_span(article.id, start, end)
        ),
        provenance=provenance.summary() if provenance else "",
    )


def works_in_quote(
    bibliography: Bibliography, article_id: str, start: int, end: int
) -> tuple[CitedWork, ...]:
    """The works the quoted span cites, each with its citation checks; a work a check
    points to that the span's citation did not resolve to (the in-text year differs from
    the listed one) is shown too, with that check, so the warning stands by the quote."""
    span = (article_id, start, end)
    works = list(bibliography.works_in_span(article_id, start, end))
    for check in bibliography.checks_in_span(article_id, start, end):
        work = bibliography.works.get(check.work_id)
        if work is not None and all(w.id != work.id for w in works):
            works.append(work)
    return tuple(cited_work(w, bibliography, span) for w in works)


def cited_work(
    work: Work,
    bibliography: Bibliography | None = None,
    span: tuple[str, int, int] | None = None,
) -> CitedWork:
    """The work as a quote shows it: with its study snapshot's reported fields and the
    checks on the citations inside the quoted span."""
    facts: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    if bibliography is not None:
        facts = bibliography.snapshot(work.id).facts()
        if span is not None:
            checks = tuple(
                c.line for c in bibliography.checks_in_span(*span) if c.work_id == work.id
            )
    return CitedWork(
        id=work.id,
        short=work.short,
        label=evidence_label(work),
        venue=work.venue_year,
        doi=work.doi,
        facts=facts,
        checks=checks,
    )


def works_behind(quotes: Sequence[Quote], library: Library) -> list[WorkRef]:
    """The works cited by (or quoted from) the passages, once each, with the richest entry
    as written and the DOI found in any article's list."""
    out: dict[str, WorkRef] = {}
    for quote in quotes:
        for work_id in quote.work_ids:
            work = library.bibliography.works.get(work_id)
            if work is not None and work_id not in out:
                out[work_id] = work_ref(work)
    return list(out.values())


def work_ref(work: Work) -> WorkRef:
    """A work among an answer's references: the richest entry as written, or, for a work
    no reference list gives, its name and that fact (never an empty line)."""
    text = work.raw.strip() or f"{work.short} (cited in the text; no reference list gives it)"
    return WorkRef(id=work.id, text=text, doi=work.doi)
