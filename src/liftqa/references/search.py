"""Searching works by author, year, title words, topic or DOI."""

from __future__ import annotations

import re
from collections.abc import Iterable

from liftqa.references.works import Work, search_text
from liftqa.text import YEAR, find_doi, initials


def search_works(works: Iterable[Work], query: str, limit: int = 20) -> list[Work]:
    """Works ranked for a query of author, year, title words, topic or DOI."""
    ranked = sorted(works, key=lambda w: (w.short.lower(), w.id))
    q = query.strip()
    if not q:
        return ranked[:limit]
    doi = find_doi(q)
    if doi:
        return [w for w in ranked if (w.doi or "").lower() == doi.lower()][:limit]
    acronyms = {t.lower() for t in re.findall(r"\b[A-Z]{2,6}\b", q)}  # "WHO", "NIMH"
    terms = [
        t for t in re.findall(r"[a-z0-9]+", q.lower()) if t not in _QUERY_STOP or t in acronyms
    ]
    years = {int(t) for t in terms if re.fullmatch(YEAR, t)}
    scored = []
    for work in ranked:
        haystack = search_text(work).lower()
        words = set(re.findall(r"[a-z0-9]+", haystack))
        families = {a.split(",")[0].lower() for a in work.authors}
        org_initials = {initials(a) for a in work.authors if "," not in a}
        score = 0.0
        for term in terms:
            if (
                term in families
                or any(term in f.split() for f in families)
                or (term in acronyms and term in org_initials)
            ):
                score += 3.0
            elif term in words:
                score += 1.0
            elif len(term) > 4 and any(w.startswith(term[:5]) for w in words):
                score += 0.5
        if years and work.year not in years:
            score -= 2.0
        if score > 0:
            scored.append((score, work))
    scored.sort(key=lambda sw: (-sw[0], sw[1].id))
    best = scored[0][0] if scored else 0.0
    return [w for score, w in scored if score > best / 2][:limit]


_QUERY_STOP = {
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "and",
    "or",
    "for",
    "to",
    "by",
    "with",
    "paper",
    "papers",
    "study",
    "studies",
    "article",
    "what",
    "which",
    "who",
    "is",
    "was",
    "did",
    "doi",
    "et",
    "al",
    "about",
}
