"""Reference intelligence: structured entries, in-text citations linked to works across
articles, one record per work with its citation contexts, evidence types, provenance,
reference search and export (BibTeX, RIS, CSL-JSON).

No offline parser for free-text reference strings is maintained for Python (GROBID and
anystyle are Java/Ruby services), so entries are parsed by the rules below, one per style
present in the corpus, each with tests: APA (with or without DOI), Nature/Springer style,
Vancouver journal-first (numbered lists), books and reports. Export uses bibtexparser and
rispy; their parsers read our files back in the tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from liftqa.types import Article, Citation, Reference

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
UNRESOLVED = "cited without a reference"

_YEAR = r"(?:19|20)\d{2}"
_DOI_RE = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_URL_RE = re.compile(r"https?://\S+")
_INITIALS_RE = re.compile(r"^(?:[A-Z][a-z]?\.(?:\s?-?\s?)?)+$")
_SURNAME_PARTICLES = {"van", "der", "de", "den", "von", "da", "di", "del", "la", "le"}


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
    doi_match = _DOI_RE.search(raw)
    doi = doi_match.group(0).rstrip(".,;)") if doi_match else None
    url_match = _URL_RE.search(raw)
    url = url_match.group(0).rstrip(".,;)") if url_match else None
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
    m = re.match(rf"^(?P<authors>[^()]+?)\s*\((?P<year>{_YEAR})[a-z]?\)\.?\s*(?P<rest>.+)$", text)
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
        "publisher": publisher or (authors[0] if authors and "," not in authors[0] else None),
    }


def _parse_nature(text: str) -> dict[str, Any] | None:
    """Wang, H., Liu, Q. & Pan, Y. Title. Journal 17, 10 (2025)."""
    m = re.match(
        r"^(?P<authors>(?:[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)*,\s(?:[A-Z]\.\s?)+,?\s*&?\s*)+)"
        rf"(?P<title>[A-Z].+?[.?!])\s+(?P<container>[^.\d]+?)\s+(?P<volume>\d+),\s*"
        rf"(?P<pages>\w+)\s*\((?P<year>{_YEAR})\)\.?$",
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
        rf"^(?P<container>[^.]+)\.\s*(?P<year>{_YEAR})(?:\s+[A-Z][a-z]{{2}})?\s*;\s*"
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
        rf"^(?P<container>[^,.]+),\s*(?:\d{{1,2}}\s+[A-Z][a-z]+\s+)?(?P<year>{_YEAR})\.\s*"
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
    year = re.search(rf"\b{_YEAR}\b", text)
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


def evidence_label(work: Work) -> str:
    """ "meta-analysis of RCTs" where the title says what was pooled."""
    text = (work.title or "").lower()
    pooled_rcts = re.search(r"randomi[sz]ed (?:controlled |clinical )?trials", text)
    if work.evidence == "meta-analysis" and pooled_rcts:
        return "meta-analysis of RCTs"
    return work.evidence


# --- works, links, provenance --------------------------------------------------------------


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

    @property
    def cited_in(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.article_id for c in self.contexts))

    @property
    def short(self) -> str:
        """ "Gordon et al. 2018" / "World Health Organization 2023" / "JAMA Psychiatry 2018"."""
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
            who = self.container or (self.title or "")[:40]
        return f"{who} {self.year}" if self.year else who

    def summary(self) -> str:
        """ "meta-analysis of RCTs, JAMA Psychiatry 2018, doi:10.1001/…" for display."""
        parts = [evidence_label(self)]
        venue = self.container or self.publisher
        if venue and self.year:
            parts.append(f"{venue} {self.year}")
        else:
            parts.append(venue or str(self.year or ""))
        if self.doi:
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
        return cls(**fields_)


@dataclass(frozen=True)
class CitationLink:
    article_id: str
    start: int
    end: int
    text: str
    key: str
    work_id: str | None  # None: cited without a reference


@dataclass(frozen=True)
class Provenance:
    article_id: str
    title: str
    author: str
    date: str | None
    publisher: str | None
    has_reference_list: bool
    n_references: int
    n_citations: int
    n_resolved: int
    self_statements: tuple[str, ...]
    notes: tuple[str, ...]

    def summary(self) -> str:
        refs = (
            f"reference list of {self.n_references}"
            if self.has_reference_list
            else "no reference list"
        )
        cites = (
            f"{self.n_resolved} of {self.n_citations} in-text citations resolved"
            if self.n_citations
            else "no in-text citations"
        )
        parts = [self.author, self.date or "undated", refs, cites, *self.self_statements]
        return "; ".join(p for p in parts if p)


_SELF_STATEMENT_RE = re.compile(
    r"[^.\n]*\b(?:co-created|generated|written|created|assisted|produced)\b[^.\n]*\b(?:AI"
    r"|artificial intelligence|ChatGPT|language model)\b[^.\n]*\.?",
    re.IGNORECASE,
)


@dataclass
class Bibliography:
    entries: dict[str, Entry] = field(default_factory=dict)  # ref id → entry
    works: dict[str, Work] = field(default_factory=dict)
    links: list[CitationLink] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    work_of_entry: dict[str, str] = field(default_factory=dict)

    # --- building ------------------------------------------------------------------------

    @classmethod
    def build(cls, articles: Iterable[Article]) -> Bibliography:
        arts = sorted(articles, key=lambda a: a.id)
        bib = cls()
        for art in arts:
            for ref in art.references:
                bib.entries[ref.id] = parse_entry(ref)
        groups = _group_same_work(list(bib.entries.values()))
        for group in groups:
            work = _merge(group)
            bib.works[work.id] = work
            for entry in group:
                bib.work_of_entry[entry.ref_id] = work.id
        contexts: dict[str, list[CitationContext]] = {}
        for art in arts:
            for citation in art.citations:
                work_id = bib._resolve(art, citation)
                bib.links.append(
                    CitationLink(
                        art.id, citation.start, citation.end, citation.text, citation.key, work_id
                    )
                )
                if work_id is not None:
                    contexts.setdefault(work_id, []).append(_context(art, citation))
        for work_id, ctx in contexts.items():
            bib.works[work_id] = _replace_contexts(bib.works[work_id], ctx)
        for art in arts:
            own = [link for link in bib.links if link.article_id == art.id]
            bib.provenance[art.id] = Provenance(
                article_id=art.id,
                title=art.title,
                author=art.author,
                date=art.date,
                publisher=art.publisher,
                has_reference_list=bool(art.references),
                n_references=len(art.references),
                n_citations=len(own),
                n_resolved=sum(1 for link in own if link.work_id),
                self_statements=tuple(
                    m.group(0).strip(" *") for m in _SELF_STATEMENT_RE.finditer(art.body)
                ),
                notes=art.notes,
            )
        return bib

    def _resolve(self, article: Article, citation: Citation) -> str | None:
        if citation.key.startswith("#"):
            ref_id = f"{article.id}#ref{citation.key[1:]}"
            return self.work_of_entry.get(ref_id)
        family, _, year_text = citation.key.rpartition("-")
        year = int(year_text) if year_text.isdigit() else None
        own = [self.entries[r.id] for r in article.references]
        for pool in (own, list(self.entries.values())):
            for entry in sorted(pool, key=lambda e: (e.article_id != article.id, e.ref_id)):
                if entry.year == year and _author_matches(family, entry):
                    return self.work_of_entry[entry.ref_id]
        return None

    # --- lookups -------------------------------------------------------------------------

    def work_for(self, article_id: str, citation: Citation) -> Work | None:
        for link in self.links:
            if link.article_id == article_id and link.start == citation.start:
                return self.works.get(link.work_id) if link.work_id else None
        return None

    def works_in_span(self, article_id: str, start: int, end: int) -> list[Work]:
        """Works cited inside [start, end) of an article, and works whose reference entry
        lies there (a quoted reference list line)."""
        out: dict[str, Work] = {}
        for link in self.links:
            if link.article_id == article_id and start <= link.start < end and link.work_id:
                out.setdefault(link.work_id, self.works[link.work_id])
        for entry in self.entries.values():
            if entry.article_id == article_id and start <= entry.start < end:
                work_id = self.work_of_entry[entry.ref_id]
                out.setdefault(work_id, self.works[work_id])
        return list(out.values())

    def unresolved_in_span(self, article_id: str, start: int, end: int) -> list[CitationLink]:
        return [
            link
            for link in self.links
            if link.article_id == article_id and start <= link.start < end and not link.work_id
        ]

    def unresolved(self) -> list[CitationLink]:
        return [link for link in self.links if link.work_id is None]

    def search(self, query: str, limit: int = 20) -> list[Work]:
        """Works ranked for a query of author, year, title words, topic or DOI."""
        works = sorted(self.works.values(), key=lambda w: (w.short.lower(), w.id))
        q = query.strip()
        if not q:
            return works[:limit]
        doi = _DOI_RE.search(q)
        if doi:
            wanted = doi.group(0).rstrip(".,;)").lower()
            return [w for w in works if (w.doi or "").lower() == wanted][:limit]
        acronyms = {t.lower() for t in re.findall(r"\b[A-Z]{2,6}\b", q)}  # "WHO", "NIMH"
        terms = [
            t for t in re.findall(r"[a-z0-9]+", q.lower()) if t not in _QUERY_STOP or t in acronyms
        ]
        years = {int(t) for t in terms if re.fullmatch(_YEAR, t)}
        scored = []
        for work in works:
            haystack = search_text(work).lower()
            words = set(re.findall(r"[a-z0-9]+", haystack))
            families = {a.split(",")[0].lower() for a in work.authors}
            org_initials = {
                "".join(w[0] for w in re.findall(r"[A-Za-z]+", a) if w[0].isupper()).lower()
                for a in work.authors
                if "," not in a
            }
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

    # --- storage -------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(
            {
                "entries": {k: asdict(v) for k, v in self.entries.items()},
                "works": {k: asdict(v) for k, v in self.works.items()},
                "links": [asdict(link) for link in self.links],
                "provenance": {k: asdict(v) for k, v in self.provenance.items()},
                "work_of_entry": self.work_of_entry,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Bibliography:
        data = json.loads(text)
        bib = cls()
        for k, v in data["entries"].items():
            v["authors"] = tuple(v["authors"])
            bib.entries[k] = Entry(**v)
        bib.works = {k: Work.from_dict(v) for k, v in data["works"].items()}
        bib.links = [CitationLink(**link) for link in data["links"]]
        for k, v in data["provenance"].items():
            v["self_statements"] = tuple(v["self_statements"])
            v["notes"] = tuple(v["notes"])
            bib.provenance[k] = Provenance(**v)
        bib.work_of_entry = dict(data["work_of_entry"])
        return bib


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
        )
        if x
    )


def _author_matches(family: str, entry: Entry) -> bool:
    """ "gordon" ~ "Gordon, B. R."; "kolk" ~ "van der Kolk, B. A."; "who" ~ "World Health
    Organization"; "nih" ~ "National Institute of Mental Health" (initials in order)."""
    first = entry.first_author_family
    if not first:
        return False
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ'’\-]+", first)]
    if words and words[-1].lower() == family:
        return True
    initials = "".join(w[0].lower() for w in words if w[0].isupper())
    if len(words) >= 3 and len(family) >= 2:
        return (
            _is_subsequence(family, initials)
            and family[0] == initials[0]
            and (family[-1] == initials[-1])
        )
    return False


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _title_tokens(title: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", (title or "").lower()) if len(t) > 2}


def _same_work(a: Entry, b: Entry) -> bool:
    if a.doi and b.doi:
        return a.doi.lower() == b.doi.lower()
    if a.year != b.year:
        return False
    ta, tb = _title_tokens(a.title), _title_tokens(b.title)
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.85


def _group_same_work(entries: list[Entry]) -> list[list[Entry]]:
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(entries)):
        for j in range(i + 1, len(entries)):
            if _same_work(entries[i], entries[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[Entry]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(find(i), []).append(entry)
    return list(groups.values())


def _richness(entry: Entry) -> tuple[int, int, int]:
    filled = sum(
        1
        for v in (
            entry.title,
            entry.container,
            entry.volume,
            entry.issue,
            entry.pages,
            entry.publisher,
        )
        if v
    )
    return (1 if entry.doi else 0, len(entry.authors), filled)


def _merge(group: Sequence[Entry]) -> Work:
    ranked = sorted(group, key=lambda e: (_richness(e), e.ref_id), reverse=True)
    best = ranked[0]

    def pick(attr: str) -> Any:
        return next((getattr(e, attr) for e in ranked if getattr(e, attr)), None)

    authors = max((e.authors for e in ranked), key=len)
    work_id = _work_id(best, authors)
    return Work(
        id=work_id,
        authors=authors,
        year=pick("year"),
        title=best.title or pick("title"),
        container=pick("container"),
        volume=pick("volume"),
        issue=pick("issue"),
        pages=pick("pages"),
        doi=pick("doi"),
        url=pick("url"),
        publisher=pick("publisher"),
        kind=best.kind,
        evidence=evidence_type(best.title or pick("title"), pick("container"), best.kind),
        entries=tuple(e.ref_id for e in ranked),
        raw=best.raw,
        listed_in=tuple(sorted({e.article_id for e in group})),
    )


def _work_id(entry: Entry, authors: tuple[str, ...]) -> str:
    lead = authors[0].split(",")[0] if authors else (entry.container or "")
    words = [w for w in re.findall(r"[a-z0-9]+", (entry.title or "").lower()) if len(w) > 3][:3]
    if not lead:  # a title-only report: its title words lead
        words = [w for w in re.findall(r"[a-z0-9]+", (entry.title or "").lower()) if len(w) > 3]
        lead, words = " ".join(words[:3]), []
    slug = "-".join([*re.findall(r"[a-z0-9]+", lead.lower()), str(entry.year or "nd"), *words])
    return slug[:80]


def _context(article: Article, citation: Citation) -> CitationContext:
    sentence = next((s for s in article.sentences if s.start <= citation.start < s.end + 2), None)
    return CitationContext(
        article_id=article.id,
        start=citation.start,
        end=citation.end,
        text=citation.text,
        sentence=sentence.text if sentence else article.body[citation.start : citation.end],
        sentence_start=sentence.start if sentence else citation.start,
    )


def _replace_contexts(work: Work, contexts: list[CitationContext]) -> Work:
    from dataclasses import replace

    return replace(work, contexts=tuple(sorted(contexts, key=lambda c: (c.article_id, c.start))))


# --- export --------------------------------------------------------------------------------

ExportFormat = Literal["bibtex", "ris", "csl-json"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("bibtex", "ris", "csl-json")


def export(works: Sequence[Work], fmt: ExportFormat) -> str:
    if fmt == "bibtex":
        return to_bibtex(works)
    if fmt == "ris":
        return to_ris(works)
    return to_csl_json(works)


def _bibtex_escape(value: str) -> str:
    return re.sub(r"([&%$#_])", r"\\\1", value)


def to_bibtex(works: Sequence[Work]) -> str:
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library as BibLibrary
    from bibtexparser.model import Entry as BibEntry
    from bibtexparser.model import Field

    library = BibLibrary()
    for work in works:
        entry_type = {"journal": "article", "book": "book", "report": "techreport"}[work.kind]
        values = {
            "author": " and ".join(a if "," in a else "{" + a + "}" for a in work.authors),
            "title": "{" + (work.title or "") + "}",
            "journal": work.container if work.kind == "journal" else None,
            "year": str(work.year) if work.year else None,
            "volume": work.volume,
            "number": work.issue,
            "pages": re.sub(r"\s*[–—-]+\s*", "--", work.pages) if work.pages else None,
            "doi": work.doi,
            "url": work.url,
            "publisher": work.publisher if work.kind == "book" else None,
            "institution": work.publisher if work.kind == "report" else None,
            "note": evidence_label(work),
        }
        fields_ = [
            Field(k, _bibtex_escape(v) if k not in {"url", "doi"} else v)
            for k, v in values.items()
            if v
        ]
        library.add(BibEntry(entry_type, work.id, fields_))
    return str(write_string(library))


_RIS_TYPES = {"journal": "JOUR", "book": "BOOK", "report": "RPRT"}


def to_ris(works: Sequence[Work]) -> str:
    import rispy

    class _Writer(rispy.RisWriter):  # type: ignore[misc]
        def set_header(self, count: int) -> str:
            return ""  # standard RIS has no "1." line before each record

    records = []
    for work in works:
        start, _, end = (work.pages or "").replace("–", "-").partition("-")
        record: dict[str, Any] = {
            "type_of_reference": _RIS_TYPES[work.kind],
            "authors": list(work.authors),
            "primary_title": work.title,
            "secondary_title": work.container,
            "year": str(work.year) if work.year else None,
            "volume": work.volume,
            "number": work.issue,
            "start_page": start or None,
            "end_page": end or None,
            "doi": work.doi,
            "urls": [work.url] if work.url else None,
            "publisher": work.publisher,
            "notes": [evidence_label(work)],
            "id": work.id,
        }
        records.append({k: v for k, v in record.items() if v})
    return str(rispy.dumps(records, implementation=_Writer)).lstrip("\n")


_CSL_TYPES = {"journal": "article-journal", "book": "book", "report": "report"}


def to_csl_json(works: Sequence[Work]) -> str:
    items = []
    for work in works:
        authors = []
        for a in work.authors:
            family, _, given = a.partition(",")
            authors.append(
                {"family": family.strip(), "given": given.strip()} if given else {"literal": a}
            )
        item: dict[str, Any] = {
            "id": work.id,
            "type": _CSL_TYPES[work.kind],
            "title": work.title,
            "author": authors,
            "container-title": work.container,
            "issued": {"date-parts": [[work.year]]} if work.year else None,
            "volume": work.volume,
            "issue": work.issue,
            "page": work.pages,
            "DOI": work.doi,
            "URL": work.url,
            "publisher": work.publisher,
            "note": evidence_label(work),
        }
        items.append({k: v for k, v in item.items() if v})
    return json.dumps(items, ensure_ascii=False, indent=2)
