"""The bibliography: every article's entries merged into works, in-text citations linked
to them across articles, each work's citation contexts, and each article's provenance."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from liftqa.references import checks as rules
from liftqa.references.checks import CitationCheck
from liftqa.references.entries import Entry, evidence_type, parse_entry
from liftqa.references.likely import MIN_SIMILARITY, LikelyLink, Scorer, claim_text
from liftqa.references.search import search_works
from liftqa.references.snapshot import StudySnapshot, build_snapshot
from liftqa.references.works import CitationContext, Work
from liftqa.text import initials
from liftqa.types import Article, Citation

UNRESOLVED = "cited without a reference"
SCHEMA = 2  # stored bibliographies of another schema are rebuilt from the articles


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

    @property
    def citations_summary(self) -> str:
        """ "3 of 4 in-text citations resolved" or "no in-text citations"; when some cite works
        no reference list gives, says so (they are still findable as works of their own)."""
        if not self.n_citations:
            return "no in-text citations"
        if self.n_resolved == self.n_citations:
            return f"{self.n_citations} of {self.n_citations} in-text citations resolved"
        rest = self.n_citations - self.n_resolved
        return (
            f"{self.n_citations} in-text citations: {self.n_resolved} found in a reference "
            f"list, {rest} naming work{'s' if rest != 1 else ''} no reference list gives"
        )

    def summary(self) -> str:
        refs = (
            f"reference list of {self.n_references}"
            if self.has_reference_list
            else "no reference list"
        )
        parts = [
            self.author,
            self.date or "undated",
            refs,
            self.citations_summary,
            *self.self_statements,
        ]
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
    checks: list[CitationCheck] = field(default_factory=list)
    snapshots: dict[str, StudySnapshot] = field(default_factory=dict)
    likely: list[LikelyLink] = field(default_factory=list)

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
        unlisted: dict[str, list[Citation]] = {}
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
                elif not citation.key.startswith("#"):
                    unlisted.setdefault(citation.key, []).append(citation)
                    contexts.setdefault(_unlisted_id(citation.key), []).append(
                        _context(art, citation)
                    )
        for key, citations in unlisted.items():
            work = _unlisted_work(key, citations[0])
            bib.works[work.id] = work
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
        by_id = {a.id: a for a in arts}
        bib._add_snapshots(by_id)
        bib._add_checks(by_id)
        bib._add_likely(arts)
        return bib

    def _add_snapshots(self, articles: dict[str, Article]) -> None:
        cited_at: dict[str, list[int]] = {}
        for link in self.links:
            cited_at.setdefault(link.article_id, []).append(link.start)
        for work in self.works.values():
            citing = [(c.article_id, c.start) for c in work.contexts]
            entries = [
                (self.entries[r].article_id, self.entries[r].start, self.entries[r].end)
                for r in work.entries
                if r in self.entries
            ]
            self.snapshots[work.id] = build_snapshot(work.id, citing, entries, articles, cited_at)

    def _add_checks(self, articles: dict[str, Article]) -> None:
        listed = [w for w in self.works.values() if w.listed]
        for work in self.works.values():
            for c in work.contexts:
                found = (
                    rules.topic_check(work, c.sentence, c.article_id, c.start, c.end),
                    rules.effect_check(work, c.sentence, c.article_id, c.start, c.end),
                    rules.year_check(work, listed, c.article_id, c.start, c.end),
                )
                self.checks += [f for f in found if f is not None]
            forms = rules.forms_check(work, self.entries)
            if forms is not None:
                self.checks.append(forms)
            self.checks += rules.missing_checks(work)

    def _add_likely(self, arts: Sequence[Article]) -> None:
        """For articles with a reference list and no in-text citation, each sentence
        before the list gets the listed work nearest it, if near enough."""
        scorer = self.scorer(arts)
        for art in arts:
            if not art.references or art.citations:
                continue
            works = self.listed_by(art.id)
            list_start = min(r.start for r in art.references)
            for sentence in art.sentences:
                if sentence.start >= list_start:
                    continue
                ranked = scorer.rank(sentence.text, works)
                if ranked and ranked[0][0] >= MIN_SIMILARITY:
                    score, work = ranked[0]
                    self.likely.append(
                        LikelyLink(art.id, sentence.start, sentence.end, work.id, round(score, 3))
                    )

    @staticmethod
    def scorer(arts: Sequence[Article]) -> Scorer:
        return Scorer(s.text for a in arts for s in a.sentences)

    def listed_by(self, article_id: str) -> list[Work]:
        """The works an article's reference list gives, in list order."""
        ids = dict.fromkeys(
            self.work_of_entry[e.ref_id]
            for e in sorted(self.entries.values(), key=lambda e: e.n)
            if e.article_id == article_id
        )
        return [self.works[i] for i in ids]

    def cited_pairs(self) -> list[tuple[str, str, str]]:
        """(claim without its citation, work id, article id) for every in-text citation
        resolved to a work that the citing article's own list gives."""
        out = []
        for work in self.works.values():
            for c in work.contexts:
                if c.article_id in work.listed_in:
                    start, end = c.start - c.sentence_start, c.end - c.sentence_start
                    out.append((claim_text(c.sentence, start, end), work.id, c.article_id))
        return out

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

    def checks_for(self, work_id: str) -> list[CitationCheck]:
        return [c for c in self.checks if c.work_id == work_id]

    def checks_in_span(self, article_id: str, start: int, end: int) -> list[CitationCheck]:
        """Claim checks (topic, effect, year) of the citations inside [start, end)."""
        return [c for c in self.checks if c.article_id == article_id and start <= c.start < end]

    def likely_in_span(self, article_id: str, start: int, end: int) -> list[LikelyLink]:
        """Likely sources of the sentences inside [start, end): one per work (its highest
        similarity), the most similar first."""
        best: dict[str, LikelyLink] = {}
        for link in self.likely:
            if link.article_id == article_id and link.start < end and start < link.end:
                seen = best.get(link.work_id)
                if seen is None or link.similarity > seen.similarity:
                    best[link.work_id] = link
        return sorted(best.values(), key=lambda link: (-link.similarity, link.work_id))

    def work_record(self, work: Work) -> dict[str, Any]:
        """A work for programs (`liftqa refs --json`, the `/refs` API): its fields, its
        study snapshot (each field a verbatim span with offsets, or "not reported in the
        library") and its citation checks."""
        return {
            **work.to_dict(),
            "snapshot": self.snapshot(work.id).to_dict(),
            "checks": [asdict(c) for c in self.checks_for(work.id)],
        }

    def snapshot(self, work_id: str) -> StudySnapshot:
        return self.snapshots.get(work_id) or StudySnapshot(work_id)

    def unresolved(self) -> list[CitationLink]:
        return [link for link in self.links if link.work_id is None]

    def search(self, query: str, limit: int = 20) -> list[Work]:
        """Works ranked for a query of author, year, title words, topic or DOI."""
        return search_works(self.works.values(), query, limit)

    # --- storage -------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(
            {
                "entries": {k: asdict(v) for k, v in self.entries.items()},
                "works": {k: asdict(v) for k, v in self.works.items()},
                "links": [asdict(link) for link in self.links],
                "provenance": {k: asdict(v) for k, v in self.provenance.items()},
                "work_of_entry": self.work_of_entry,
                "checks": [asdict(c) for c in self.checks],
                "snapshots": {k: v.to_dict() for k, v in self.snapshots.items()},
                "likely": [asdict(link) for link in self.likely],
                "schema": SCHEMA,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Bibliography:
        data = json.loads(text)
        if data.get("schema") != SCHEMA:
            raise ValueError(f"bibliography schema {data.get('schema')} is not {SCHEMA}")
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
        bib.checks = [CitationCheck(**c) for c in data["checks"]]
        bib.snapshots = {k: StudySnapshot.from_dict(k, v) for k, v in data["snapshots"].items()}
        bib.likely = [LikelyLink(**link) for link in data["likely"]]
        return bib


def _author_matches(family: str, entry: Entry) -> bool:
    """ "gordon" ~ "Gordon, B. R."; "kolk" ~ "van der Kolk, B. A."; "who" ~ "World Health
    Organization"; "nih" ~ "National Institute of Mental Health" (initials in order)."""
    first = entry.first_author_family
    if not first:
        return False
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ'’\-]+", first)]
    if words and words[-1].lower() == family:
        return True
    letters = initials(first)
    if len(words) >= 3 and len(family) >= 2:
        return (
            _is_subsequence(family, letters)
            and family[0] == letters[0]
            and (family[-1] == letters[-1])
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


def _unlisted_id(key: str) -> str:
    return f"{key}-unlisted"


def _unlisted_work(key: str, citation: Citation) -> Work:
    """A work cited in the text that no reference list gives: only what the citation says
    (the family names and the year); every other field stays empty."""
    text = re.sub(r"[()\[\]]", "", citation.text).strip()
    year_match = re.search(r"\b(1[89]|20)\d{2}\b", text)
    year = int(year_match.group(0)) if year_match else None
    names = text[: year_match.start()] if year_match else text
    et_al = bool(re.search(r"\bet\s+al\b", names))
    names = re.sub(r"\bet\s+al\.?", "", names)
    families = tuple(
        n.strip(" ,.") for n in re.split(r"\s*(?:&|\band\b|,)\s*", names) if n.strip(" ,.")
    )
    who = families[0] if families else ""
    if et_al:
        who = f"{who} et al."
    elif len(families) == 2:
        who = f"{families[0]} & {families[1]}"
    return Work(
        id=_unlisted_id(key),
        authors=families,
        year=year,
        title=None,
        container=None,
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        url=None,
        publisher=None,
        kind="journal",
        evidence="unknown",
        entries=(),
        raw="",
        listed_in=(),
        listed=False,
        cited_as=f"{who} {year}" if year else who,
    )


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
    return replace(work, contexts=tuple(sorted(contexts, key=lambda c: (c.article_id, c.start))))
