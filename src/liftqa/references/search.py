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


_STUDY_WORD = (
    r"(?:et\s+al\.?|and\s+colleagues|(?:19|20)\d{2}|['’]s"
    r"|(?:meta-?analys[ie]s|study|trial|review|paper)\b)"
)
_DESIGN_WORDS = {
    "meta": re.compile(r"\bmeta-?analys[ie]s\b", re.IGNORECASE),
    "trial": re.compile(r"\b(?:trial|RCT)s?\b|\brandomi[sz]ed\b", re.IGNORECASE),
    "review": re.compile(r"\breview\b", re.IGNORECASE),
}


def named_works(works: Iterable[Work], question: str) -> list[Work]:
    """The works a question names: by DOI; by a first author's family name written as a
    name ("Gordon", "gordon et al.", "the Gordon meta-analysis") with its year when given;
    or by the journal it appeared in ("the JAMA Psychiatry meta-analysis"). Best first: the
    year given, the design named ("meta-analysis", "trial"), the most words of the question
    in what the work is cited for ("… about anxiety"), then the most cited."""
    pool = list(works)
    doi = find_doi(question)
    if doi:
        return [w for w in pool if (w.doi or "").lower() == doi.lower()]
    years = {int(y) for y in re.findall(rf"\b{YEAR}\b", question)}
    lowered = re.sub(r"\s+", " ", question.lower())
    found = []
    for work in pool:
        family = work.authors[0].split(",")[0].strip() if work.authors else ""
        by_name = bool(family) and len(family) >= 3 and _names(question, family)
        venue = (work.container or "").strip().lower()
        by_venue = len(venue) >= 8 and venue in lowered
        if by_name or by_venue:
            found.append(work)
    if years:
        dated = [w for w in found if w.year in years]
        found = dated or ([] if any(w.year for w in found) else found)
    designs = [k for k, p in _DESIGN_WORDS.items() if p.search(question)]
    topic = {w for w in re.findall(r"[a-z]{4,}", lowered) if w not in _QUERY_STOP}

    def rank(work: Work) -> tuple[int, int, int, str]:
        text = f"{work.raw} {' '.join(c.sentence for c in work.contexts)}"
        design = any(_DESIGN_WORDS[k].search(text) for k in designs)
        shared = len(topic & set(re.findall(r"[a-z]{4,}", text.lower())))
        return (0 if design or not designs else 1, -shared, -len(work.contexts), work.id)

    return sorted(found, key=rank)


def _names(question: str, family: str) -> bool:
    """`family` is written as a name in the question: capitalised and not the question's
    first word, or followed by "et al.", a year, "'s" or a study word."""
    name = re.escape(family)
    if re.search(rf"\b{name}\s*,?\s*{_STUDY_WORD}", question, re.IGNORECASE):
        return True
    return any(m.start() > 0 for m in re.finditer(rf"\b{name}\b", question))
