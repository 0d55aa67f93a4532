"""Reference-list entries parsed into fields, and evidence types.

No offline parser for free-text reference strings is maintained for Python (GROBID and
anystyle are Java/Ruby services), so entries are parsed by the rules below, one per style
present in the corpus, each with tests: APA (with or without DOI), Nature/Springer style,
Vancouver journal-first (numbered lists), books and reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from liftqa.text import YEAR, find_doi, trim_trailing
from liftqa.types import Reference

EvidenceType = Literal[
    "meta-analysis",
    "systematic review",
    "randomized controlled trial",
    "review",
    "observational",
    "book",
    "report/survey",
    "unknown",
]
EntryKind = Literal["journal", "book", "report"]

_URL_RE = re.compile(r"https?://\S+")
_INITIALS_RE = re.compile(r"^(?:[A-Z][a-z]?\.(?:\s?-?\s?)?)+$")


# --- structured entries --------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One reference-list entry, parsed. `authors` are "Family, I. I." or an organisation."""

    ref_id: str
    article_id: str
    n: int
    start: int
    end: int
    raw: str
    kind: EntryKind
    authors: tuple[str, ...]
    year: int | None
    title: str | None
    container: str | None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    url: str | None = None
    publisher: str | None = None

    @property
    def first_author_family(self) -> str | None:
        if not self.authors:
            return None
        return self.authors[0].split(",")[0].strip()


def parse_entry(ref: Reference) -> Entry:
    """Try each style's rule; the first that matches the whole entry wins."""
    raw = ref.text.strip()
    doi = find_doi(raw)
    url_match = _URL_RE.search(raw)
    url = trim_trailing(url_match.group(0)) if url_match else None
    text = _URL_RE.sub("", raw).strip()
    text = re.sub(r"\s*Retrieved from\s*$", "", text).strip()
    fields = (
        _parse_nature(text)  # before APA: its "(2025)" at the end would fool the APA rule
        or _parse_apa(text)
        or _parse_vancouver(text)
        or _parse_dated_container(text)
        or _parse_title_only(text)
    )
    return Entry(
        ref_id=ref.id,
        article_id=ref.article_id,
        n=ref.n,
        start=ref.start,
        end=ref.end,
        raw=ref.text,
        doi=doi,
        url=url,
        **fields,
    )


def _parse_apa(text: str) -> dict[str, Any] | None:
    """Gordon, B. R., … & Herring, M. P. (2018). Title. Journal, 75(6), 566–576."""
    m = re.match(rf"^(?P<authors>[^()]+?)\s*\((?P<year>{YEAR})[a-z]?\)\.?\s*(?P<rest>.+)$", text)
    if not m:
        return None
    authors = split_authors(m.group("authors"))
    rest = m.group("rest").strip()
    base: dict[str, Any] = {"authors": authors, "year": int(m.group("year"))}
    journal = re.match(
        r"^(?P<title>.+?[.?!])\s+(?P<container>[^.]+?),\s*(?P<volume>\d+)"
        r"(?:\((?P<issue>[^)]+)\))?(?:,\s*(?P<pages>[\w–\-]+))?\.?$",
        rest,
    )
    if journal:
        return {
            **base,
            "kind": "journal",
            "title": _clean_title(journal.group("title")),
            "container": journal.group("container").strip(),
            "volume": journal.group("volume"),
            "issue": journal.group("issue"),
            "pages": journal.group("pages"),
        }
    book = re.match(r"^(?P<title>.+?)\.\s+(?P<place>[A-Z][^:.]+):\s*(?P<publisher>[^.]+)\.?$", rest)
    if book:
        return {
            **base,
            "kind": "book",
            "title": _clean_title(book.group("title")),
            "container": None,
            "publisher": book.group("publisher").strip(),
        }
    parts = re.split(r"(?<=[.?!])\s+(?=[A-Z])", rest, maxsplit=1)
    publisher = parts[1].strip().rstrip(".") if len(parts) > 1 else None
    return {
        **base,
        "kind": "report",
        "title": _clean_title(parts[0]),
        "container": None,
        "publisher": publisher,  # never guessed from the author
    }


def _parse_nature(text: str) -> dict[str, Any] | None:
    """Wang, H., Liu, Q. & Pan, Y. Title. Journal 17, 10 (2025)."""
    m = re.match(
        r"^(?P<authors>(?:[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)*,\s(?:[A-Z]\.\s?)+,?\s*&?\s*)+)"
        rf"(?P<title>[A-Z].+?[.?!])\s+(?P<container>[^.\d]+?)\s+(?P<volume>\d+),\s*"
        rf"(?P<pages>\w+)\s*\((?P<year>{YEAR})\)\.?$",
        text,
    )
    if not m:
        return None
    return {
        "kind": "journal",
        "authors": split_authors(m.group("authors")),
        "year": int(m.group("year")),
        "title": _clean_title(m.group("title")),
        "container": m.group("container").strip(),
        "volume": m.group("volume"),
        "pages": m.group("pages"),
    }


def _parse_vancouver(text: str) -> dict[str, Any] | None:
    """J Clin Psychiatry. 2015 Feb;76(2):155-62. Title."""
    m = re.match(
        rf"^(?P<container>[^.]+)\.\s*(?P<year>{YEAR})(?:\s+[A-Z][a-z]{{2}})?\s*;\s*"
        r"(?P<volume>\d+)\((?P<issue>[^)]+)\):\s*(?P<pages>[\d–\-]+)\.\s*(?P<title>.+?)\.?$",
        text,
    )
    if not m:
        return None
    return {
        "kind": "journal",
        "authors": (),
        "year": int(m.group("year")),
        "title": _clean_title(m.group("title")),
        "container": m.group("container").strip(),
        "volume": m.group("volume"),
        "issue": m.group("issue"),
        "pages": m.group("pages"),
    }


def _parse_dated_container(text: str) -> dict[str, Any] | None:
    """Depression & Anxiety, 18 October 2018. Title."""
    m = re.match(
        rf"^(?P<container>[^,.]+),\s*(?:\d{{1,2}}\s+[A-Z][a-z]+\s+)?(?P<year>{YEAR})\.\s*"
        r"(?P<title>.+?)\.?$",
        text,
    )
    if not m:
        return None
    return {
        "kind": "journal",
        "authors": (),
        "year": int(m.group("year")),
        "title": _clean_title(m.group("title")),
        "container": m.group("container").strip(),
    }


def _parse_title_only(text: str) -> dict[str, Any]:
    """Results from the 2017 National Survey on Drug Use and Health: Detailed Tables."""
    year = re.search(rf"\b{YEAR}\b", text)
    return {
        "kind": "report",
        "authors": (),
        "year": int(year.group(0)) if year else None,
        "title": _clean_title(text),
        "container": None,
    }


def _clean_title(title: str) -> str:
    return title.strip().rstrip(".").strip()


def split_authors(text: str) -> tuple[str, ...]:
    """ "Gordon, B. R., McDowell, C. P., & Herring, M. P." → ("Gordon, B. R.", …);
    "World Health Organization" → ("World Health Organization",)."""
    tokens = [t.strip() for t in re.split(r",\s*(?:&\s*)?|\s+&\s+|\s+and\s+", text) if t.strip()]
    tokens = [t.lstrip("& ").strip() for t in tokens]
    authors: list[str] = []
    i = 0
    while i < len(tokens):
        family = tokens[i]
        if i + 1 < len(tokens) and _INITIALS_RE.match(tokens[i + 1]):
            authors.append(f"{family}, {tokens[i + 1]}")
            i += 2
        else:
            authors.append(family)
            i += 1
    return tuple(a for a in authors if a)


# --- evidence type -------------------------------------------------------------------------


def evidence_type(title: str | None, container: str | None, kind: EntryKind) -> EvidenceType:
    text = f"{title or ''} {container or ''}".lower()
    if re.search(r"meta[-‐ ]?analys", text):
        return "meta-analysis"
    if "systematic review" in text:
        return "systematic review"
    if re.search(r"randomi[sz]ed (?:controlled |clinical )?trial|\brct\b", text):
        return "randomized controlled trial"
    if re.search(r"\breview\b", text):
        return "review"
    if kind == "book":
        return "book"
    if kind == "report" or re.search(r"\b(?:survey|report|estimates|tables)\b", text):
        return "report/survey"
    if re.search(r"\b(?:cohort|cross-sectional|observational|longitudinal|burden|costs?)\b", text):
        return "observational"
    return "unknown"
