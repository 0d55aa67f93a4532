"""Questions answered from the library's bibliography and provenance instead of by
retrieval: who cites a study and in what context, which article was made with AI help,
who wrote an article, and one study's particulars (from its study snapshot). Each quotes
the articles verbatim, like every answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

from liftqa.answer.library import Library
from liftqa.answer.model import Answer, ArticleGroup, Quote, WorkRef
from liftqa.answer.quoting import make_quote, work_ref
from liftqa.answer.safety import DISCLAIMER
from liftqa.config import AnswerSettings
from liftqa.references.likely import LikelyLink
from liftqa.references.search import named_works
from liftqa.references.snapshot import asked_fields
from liftqa.references.works import Work
from liftqa.text import find_doi
from liftqa.types import Article, UnitKind

_WORK_RE = re.compile(
    r"\b(?P<author>[A-Z][A-Za-z'’\-]+)(?:\s+(?:et\s+al\.?|and\s+colleagues))?,?\s+"
    r"\(?(?P<year>(?:19|20)\d{2})\)?"
)


def from_bibliography(question: str, library: Library, settings: AnswerSettings) -> Answer | None:
    """A question about who cites a study ("Which article cites Gordon 2018, and in what
    context?") is answered from the bibliography: the citing sentences, verbatim, each
    with its article; for a study that articles list but none cites in its text, the
    sentence it is the likely source of in each (its card says so). None when the
    question names no study the bibliography knows, or nothing can be quoted for it."""
    found = find_doi(question)
    named = _WORK_RE.search(question)
    if found:
        query = found
    elif named and named.group("author").lower() not in {"what", "which", "in", "the"}:
        query = f"{named.group('author')} {named.group('year')}"
    else:
        return None
    works = library.bibliography.search(query, limit=3)
    if not works or (not works[0].contexts and _ENTRY_DETAILS_RE.search(question)):
        return None  # its DOI or journal, and no citing sentence: the entry answers
    work = works[0]
    quotes: list[Quote] = []
    numbers: dict[str, list[int]] = {}
    seen: set[tuple[str, int]] = set()
    for context in work.contexts:
        article = library.articles.get(context.article_id)
        key = (context.article_id, context.sentence_start)
        if article is None or key in seen or len(quotes) >= settings.max_quotes:
            continue
        seen.add(key)
        start, end = context.sentence_start, context.sentence_start + len(context.sentence)
        if article.body[start:end] != context.sentence:
            continue  # never a quote that is not the article's text
        quotes.append(make_quote(len(quotes) + 1, article, start, end, "sentence", library))
        numbers.setdefault(article.id, []).append(len(quotes))
    # a study no article cites in its text: the sentences it is the likely source of (not
    # beside citing sentences: a likely source is a guess, and a wrong one was seen beside
    # the real citations of Gordon 2018)
    for link in () if quotes else _best_per_article(_likely_links(work, library)):
        article = library.articles[link.article_id]
        if len(quotes) >= settings.max_quotes:
            continue
        n = len(quotes) + 1
        quotes.append(make_quote(n, article, link.start, link.end, "sentence", library))
        numbers.setdefault(article.id, []).append(len(quotes))
    refs = (work_ref(work),)
    return _routed(question, quotes, numbers, library, refs, lead=0)


def _likely_links(work: Work, library: Library) -> list[LikelyLink]:
    """The sentences the work is the likely source of, in the library's articles: nearest
    first; at a tie, a sentence that states a number (a finding)."""
    return sorted(
        (
            link
            for link in library.bibliography.likely
            if link.work_id == work.id and link.article_id in library.articles
        ),
        key=lambda link: (-round(link.similarity, 2), not _states_number(library, link)),
    )


def _best_per_article(links: list[LikelyLink]) -> list[LikelyLink]:
    """The first link of each article, in order."""
    first: dict[str, LikelyLink] = {}
    for link in links:
        first.setdefault(link.article_id, link)
    return list(first.values())


_AI_RE = re.compile(
    r"\b(?:AI|A\.I\.|artificial\s+intelligence|ChatGPT|GPT-?\w*|LLMs?|(?:large\s+)?language"
    r"\s+models?|chatbots?|machine-generated)\b",
    re.IGNORECASE,
)
_WRITTEN_RE = re.compile(
    r"\b(?:writ\w*|wrote|co-?(?:created|written|authored)|generat\w*|produc\w*|creat\w*"
    r"|made|help|helped|assist\w*|aid|disclos\w*|author\w*|drafted)\b",
    re.IGNORECASE,
)
_ABOUT_SOURCES_RE = re.compile(
    r"\b(?:which|what|who|any|whether|articles?|sources?|texts?|guides?|posts?|pieces?"
    r"|papers?|library|corpus)\b",
    re.IGNORECASE,
)
_WHO_WROTE_RE = re.compile(
    r"\bwho\s+(?:wrote|writes|authored|is\s+(?:the\s+)?(?:author|writer)|is\s+behind)\b"
    r"|\b(?:author|writer)s?\s+of\b|\b(?:written|authored)\s+by\s+whom\b",
    re.IGNORECASE,
)
_TITLE_STOP = frozenset(
    re.findall(
        r"\w+",
        "the a an of and for to in on with who wrote is are was what which article guide post "
        "piece paper about that this by",
    )
)


def from_provenance(question: str, library: Library, settings: AnswerSettings) -> Answer | None:
    """Questions about the articles themselves, answered from their provenance:
    - "Which article was written with AI help?" → each article's own statement that it was
      (found at ingest, `Provenance.self_statements`), quoted verbatim;
    - "Who wrote <title words>?" → the article named, with its author from its metadata and
      its byline (or title line) quoted.
    None when the question is neither, or the library has nothing to quote for it."""
    about_making = _AI_RE.search(question) and _WRITTEN_RE.search(question)
    if about_making and _ABOUT_SOURCES_RE.search(question):
        return provenance_answer(question, library, settings, _ai_statements(library))
    if _WHO_WROTE_RE.search(question):
        return provenance_answer(question, library, settings, _byline(question, library))
    return None


def _ai_statements(library: Library) -> list[tuple[Article, int, int]]:
    """Every article's statements that it was made with AI, as spans of its body."""
    out = []
    for article_id in sorted(library.articles):
        article = library.articles[article_id]
        provenance = library.bibliography.provenance.get(article_id)
        for statement in provenance.self_statements if provenance else ():
            start = article.body.find(statement)
            if statement and start >= 0:
                out.append((article, start, start + len(statement)))
    return out


def _byline(question: str, library: Library) -> list[tuple[Article, int, int]]:
    """The one article whose title the question names (most title words, ties: none), with
    the line near its top that names its author, else its title line, else its opening
    line (the group shows the author its metadata gives, "unknown" included)."""
    words = {w for w in re.findall(r"[a-z]+", question.lower()) if w not in _TITLE_STOP}
    scored = []
    for article in library.articles.values():
        title = {w for w in re.findall(r"[a-z]+", article.title.lower()) if w not in _TITLE_STOP}
        scored.append((len(words & title), article.id))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    article = library.articles[scored[0][1]]
    head = article.body[: min(len(article.body), 600)]
    names = [n for n in re.findall(r"[A-Za-z]{3,}", article.author) if n.lower() != "unknown"]
    for line in re.finditer(r"[^\n]+", head):
        text = line.group(0)
        if names and any(re.search(rf"\b{re.escape(n)}\b", text, re.IGNORECASE) for n in names):
            left = len(text) - len(text.lstrip())
            return [(article, line.start() + left, line.start() + len(text.rstrip()))]
    shown = article.title.strip('"“”')
    title_at = article.body.find(shown)
    if title_at >= 0:
        return [(article, title_at, title_at + len(shown))]
    first = re.search(r"\S[^\n]*", article.body)  # no title line either: its opening line
    return [(article, first.start(), first.start() + len(first.group(0).rstrip()))] if first else []


def from_study(question: str, library: Library) -> tuple[list[SpanIn], Work] | None:
    """A question about one study's particulars ("how many participants were in Gordon
    2018?", "how long did the trials in the Gordon meta-analysis last?"): the study and
    the sentence giving each field asked, from its study snapshot (verbatim, offsets
    checked), in the order asked. None when the question names no study, asks for no
    field, or the library reports none of the fields asked."""
    fields = asked_fields(question)
    if not fields:
        return None
    bibliography = library.bibliography
    for work in named_works(bibliography.works.values(), question)[:3]:
        snapshot = bibliography.snapshot(work.id)
        spans: list[SpanIn] = []
        for name in fields:
            field = snapshot.get(name)
            article = library.articles.get(field.article_id) if field else None
            if field is None or article is None:
                continue
            if article.body[field.start : field.end] == field.text:  # offsets checked
                spans.append((article, field.start, field.end))
        if spans:
            return spans, work
    return None


SpanIn = tuple[Article, int, int]  # a span of an article's body to quote


# What only a study's entry gives: its DOI, journal, authors.
_ENTRY_DETAILS_RE = re.compile(
    r"\b(?:doi|journal|published|publish\w*|publication|title|authors?|written\s+by|volume|"
    r"pages|publisher|link|url|full\s+(?:reference|citation))\b",
    re.IGNORECASE,
)
# A question about a study's entry or who cites it, rather than its findings.
_ABOUT_THE_ENTRY_RE = re.compile(
    _ENTRY_DETAILS_RE.pattern + r"|\b(?:references?|citations?|cite[sd]?|citing)\b", re.IGNORECASE
)


def from_listed_only(question: str, library: Library, settings: AnswerSettings) -> Answer | None:
    """A question about a study that an article lists but never cites in its text ("what
    does Herring 2024 say"): the article's sentences whose likely source it is, verbatim,
    best first (each quote's card labels it a likely source, never a citation), and the
    study's entry among the references, not quoted as evidence. None when the question names
    no such study, or no sentence is its likely source (retrieval answers then)."""
    if _ABOUT_THE_ENTRY_RE.search(question):
        return None  # its DOI, journal or authors: the entry itself is the answer
    bibliography = library.bibliography
    works = named_works(bibliography.works.values(), question)
    if not works or works[0].contexts:
        return None  # a study cited in the text: its citing sentences are found by name
    work = works[0]
    spans = [
        (library.articles[link.article_id], link.start, link.end)
        for link in _likely_links(work, library)
    ]
    refs = (work_ref(work),)
    return provenance_answer(question, library, settings, spans, refs) if spans else None


def provenance_answer(
    question: str,
    library: Library,
    settings: AnswerSettings,
    spans: Sequence[tuple[Article, int, int]],
    references: tuple[WorkRef, ...] = (),
) -> Answer | None:
    """An answer quoting these spans, the first one first, then article by article in the
    order they come (numbers in reading order; repeats and overlaps dropped)."""
    quotes: list[Quote] = []
    numbers: dict[str, list[int]] = {}
    order = list(dict.fromkeys(article.id for article, _s, _e in spans))
    spans = sorted(spans, key=lambda span: order.index(span[0].id))  # stable: the first stays
    for article, start, end in spans:
        if len(quotes) >= settings.max_quotes:
            break
        if any(q.article_id == article.id and q.start < end and start < q.end for q in quotes):
            continue
        kind: UnitKind = (
            "reference" if any(r.start <= start < r.end for r in article.references) else "sentence"
        )
        quotes.append(make_quote(len(quotes) + 1, article, start, end, kind, library))
        numbers.setdefault(article.id, []).append(len(quotes))
    return _routed(question, quotes, numbers, library, references, lead=1)


def _routed(
    question: str,
    quotes: list[Quote],
    numbers: dict[str, list[int]],
    library: Library,
    references: tuple[WorkRef, ...],
    lead: int,
) -> Answer | None:
    """The answer of a routed question (bibliography, provenance, a study's particulars):
    its quotes grouped by article in the order first quoted; None when nothing was quoted."""
    if not quotes:
        return None
    groups = [
        ArticleGroup(a, library.articles[a].title, library.articles[a].author, tuple(ns))
        for a, ns in numbers.items()
    ]
    return Answer(
        question=question,
        disclaimer=DISCLAIMER,
        quotes=tuple(quotes),
        groups=tuple(groups),
        lead=lead,
        references=references,
        retrieved=tuple(sorted((q.article_id, q.start, q.end) for q in quotes)),
    )


def _states_number(library: Library, link: LikelyLink) -> bool:
    article = library.articles.get(link.article_id)
    return article is not None and re.search(r"\d", article.body[link.start : link.end]) is not None
