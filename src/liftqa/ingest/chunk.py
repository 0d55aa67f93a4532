"""Article → index units: section-aware passage chunks, quotable sentences and reference
entries. Ids are content hashes, so re-ingesting unchanged text writes nothing."""

from __future__ import annotations

import hashlib

from langchain_text_splitters import RecursiveCharacterTextSplitter

from liftqa.ingest.citations import is_reference_heading
from liftqa.ingest.roles import ROLES_VERSION, article_roles
from liftqa.references.bibliography import Bibliography
from liftqa.references.works import search_text
from liftqa.types import Article, Unit, UnitKind

CHUNKER_VERSION = "2"  # 2: sentences carry their roles (see also ROLES_VERSION)


def unit_id(article_id: str, kind: UnitKind, start: int, text: str) -> str:
    version = f"{CHUNKER_VERSION}.{ROLES_VERSION}"
    digest = hashlib.sha256(f"{version}|{article_id}|{kind}|{start}|{text}".encode())
    return digest.hexdigest()[:32]


def prose_spans(article: Article) -> list[tuple[int, int, str | None]]:
    """Each section's span, without reference-list sections and cut before any numbered
    reference list at the end of a section."""
    ref_starts = sorted(r.start for r in article.references)
    spans = []
    for section in article.sections:
        if section.title is not None and is_reference_heading(section.title):
            continue
        end = section.end
        inside = [s for s in ref_starts if section.start <= s < section.end]
        if inside:
            end = article.body.rfind("\n", section.start, inside[0]) + 1 or inside[0]
        if article.body[section.start : end].strip():
            spans.append((section.start, end, section.title))
    return spans


def chunk_article(article: Article, chunk_size: int = 900, overlap: int = 150) -> list[Unit]:
    """Passage chunks (≤ chunk_size characters) that never cross a section boundary; each
    keeps its heading in its first chunk so the heading's words help retrieval."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=overlap,
        add_start_index=True,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
    )
    units: list[Unit] = []
    for start, end, title in prose_spans(article):
        for doc in splitter.create_documents([article.body[start:end]]):
            text = doc.page_content
            abs_start = start + int(doc.metadata["start_index"])
            if article.body[abs_start : abs_start + len(text)] != text:  # never store a lie
                found = article.body.find(text, start, end)
                if found < 0:
                    continue
                abs_start = found
            units.append(_unit(article, "passage", abs_start, text, title))
    return units


def sentence_units(article: Article) -> list[Unit]:
    """Each sentence with its roles (`role`, all `roles` comma-joined, `item`: 1 for a list
    item), so the answer stage knows a finding from a flourish without re-reading."""
    roles = article_roles(article)
    units = []
    for s in article.sentences:
        found = roles[s.start]
        extra: dict[str, str | int] = {
            "role": found.role,
            "roles": found.joined,
            "item": int(found.item),
            "evidence": found.evidence,
        }
        units.append(_unit(article, "sentence", s.start, s.text, s.section, extra))
    return units


def reference_units(article: Article) -> list[Unit]:
    units = []
    for ref in article.references:
        extra: dict[str, str | int] = {"ref_n": ref.n, "ref_id": ref.id, "role": "reference"}
        if ref.doi:
            extra["doi"] = ref.doi
        if ref.key:
            extra["ref_key"] = ref.key
        section = article.section_at(ref.start)
        units.append(_unit(article, "reference", ref.start, ref.text, section, extra))
    return units


def _unit(
    article: Article,
    kind: UnitKind,
    start: int,
    text: str,
    section: str | None,
    extra: dict[str, str | int] | None = None,
) -> Unit:
    return Unit(
        id=unit_id(article.id, kind, start, text),
        kind=kind,
        article_id=article.id,
        start=start,
        end=start + len(text),
        text=text,
        section=section,
        extra=extra or {},
    )


def work_units(bibliography: Bibliography) -> list[Unit]:
    """One document per cited work: searchable text plus filterable metadata."""
    units = []
    for work in bibliography.works.values():
        text = search_text(work)
        extra: dict[str, str | int] = {
            "work_id": work.id,
            "evidence": work.evidence,
            "listed_in": ",".join(work.listed_in),
            "cited_in": ",".join(work.cited_in),
        }
        if work.year:
            extra["year"] = work.year
        if work.doi:
            extra["doi"] = work.doi
        if work.authors:
            extra["first_author"] = work.authors[0]
        digest = hashlib.sha256(f"{CHUNKER_VERSION}|work|{text}|{extra}".encode()).hexdigest()
        units.append(
            Unit(
                id=digest[:32],
                kind="work",
                article_id="",
                start=0,
                end=0,
                text=text,
                section=None,
                extra=extra,
            )
        )
    return units
