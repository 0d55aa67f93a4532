"""Export works for reference managers: BibTeX (bibtexparser), RIS (rispy), CSL-JSON.
Their parsers read our files back in the tests."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from liftqa.references.works import Work, export_note

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
        if not work.listed:
            entry_type = "misc"
        values = {
            "author": " and ".join(a if "," in a else "{" + a + "}" for a in work.authors),
            "title": "{" + work.title + "}" if work.title else None,
            "journal": work.container if work.kind == "journal" else None,
            "year": str(work.year) if work.year else None,
            "volume": work.volume,
            "number": work.issue,
            "pages": re.sub(r"\s*[–—-]+\s*", "--", work.pages) if work.pages else None,
            "doi": work.doi,
            "url": work.url,
            "publisher": work.publisher if work.kind == "book" else None,
            "institution": work.publisher if work.kind == "report" else None,
            "note": export_note(work),
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
            "type_of_reference": _RIS_TYPES[work.kind] if work.listed else "GEN",
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
            "notes": [n for n in (export_note(work),) if n],
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
            "type": _CSL_TYPES[work.kind] if work.listed else "article",
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
            "note": export_note(work),
        }
        items.append({k: v for k, v in item.items() if v})
    return json.dumps(items, ensure_ascii=False, indent=2)
