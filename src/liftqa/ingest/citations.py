"""Reference lists and in-text citations, by the text's own structure (no models).

- Reference lists: the entries under a "References"/"Sources"/… heading, or the last run of
  lines numbered 1, 2, 3… that each carry a year (the StrengthLog style).
- In-text citations: author–year, parenthetical or narrative, anywhere in the prose; and
  numbered markers glued to sentences when the article's list is numbered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from liftqa.text import SMALL_WORDS, YEAR, YEAR_RE, find_doi, initials, iter_lines
from liftqa.types import Citation, Reference, Section

NUMBER_PREFIX_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?[ \t]*(?=[A-Z])")
_REF_HEADINGS = {"references", "sources", "bibliography", "works cited", "literature", "citations"}


def _heading_key(title: str) -> str:
    return NUMBER_PREFIX_RE.sub("", title).strip(" :").lower()


def is_reference_heading(title: str) -> bool:
    """ "References", "SOURCES", "3. Bibliography:" …"""
    return _heading_key(title) in _REF_HEADINGS


# --- references ----------------------------------------------------------------------------


def detect_references(
    body: str, sections: tuple[Section, ...], article_id: str, ref_spans: list[tuple[int, int]]
) -> tuple[Reference, ...]:
    """Entries of a "References"/"Sources" section, or of a numbered list of citations at the
    end (the StrengthLog style: "  1. J Clin Psychiatry. 2015 …")."""
    entries: list[tuple[int, int]] = []
    for span_start, span_end in ref_spans:
        for start, end, line in iter_lines(body[span_start:span_end]):
            if start == 0:
                continue  # the heading itself
            if len(line.strip()) >= 30 and YEAR_RE.search(line):
                entries.append(_entry_span(span_start + start, span_start + end, line))
    if not entries:
        entries = _numbered_list_entries(body)
    refs = []
    for n, (start, end) in enumerate(entries, 1):
        text = body[start:end]
        doi = find_doi(text)
        refs.append(
            Reference(
                article_id=article_id,
                n=n,
                start=start,
                end=end,
                text=text,
                doi=doi,
                key=reference_key(text),
            )
        )
    return tuple(refs)


def _entry_span(start: int, end: int, line: str) -> tuple[int, int]:
    """Trim leading whitespace and list numbering ("1.", "1. ") and trailing whitespace."""
    lead = re.match(r"^[ \t]*(?:\d{1,3}\.[ \t]*)?", line)
    offset = lead.end() if lead else 0
    stripped = line.rstrip()
    return start + offset, start + len(stripped)


def _numbered_list_entries(body: str) -> list[tuple[int, int]]:
    """The last run of consecutive lines numbered 1, 2, 3… that each carry a year."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    expected = 1
    for start, end, line in iter_lines(body):
        if not line.strip():
            continue
        m = re.match(r"^[ \t]*(\d{1,3})\.[ \t]*\S", line)
        if m and int(m.group(1)) == expected and YEAR_RE.search(line) and len(line) >= 30:
            current.append(_entry_span(start, end, line))
            expected += 1
            continue
        if len(current) >= 2:
            runs.append(current)
        current, expected = [], 1
        if m and int(m.group(1)) == 1 and YEAR_RE.search(line) and len(line) >= 30:
            current, expected = [_entry_span(start, end, line)], 2
    if len(current) >= 2:
        runs.append(current)
    return runs[-1] if runs else []


def _surname_key(author_part: str) -> str | None:
    """ "Gordon et al." → "gordon"; "Duman & Aghajanian" → "duman"; "World Health
    Organization" → "who"; "van der Kolk" → "kolk"."""
    text = re.sub(r"\bet al\.?", "", author_part).strip(" ,.")
    text = re.split(r"\s*(?:&|\band\b|,)\s*", text)[0].strip()
    words = re.findall(r"[A-Za-zÀ-ÿ'’\-]+", text)
    if not words:
        return None
    if len(words) >= 3 and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words):
        return initials(text)  # an organisation
    return str(words[-1]).lower()


def reference_key(text: str) -> str | None:
    """ "gordon-2018" from an APA-style entry; None for numbered journal-first entries."""
    m = re.match(rf"^(?P<authors>[^()]{{2,300}}?)\s*\(\s*(?P<year>{YEAR})[a-z]?\s*\)", text)
    if m:
        surname = _surname_key(m.group("authors").split(",")[0])
        return f"{surname}-{m.group('year')}" if surname else None
    m = re.match(rf"^(?P<first>[A-Z][A-Za-zÀ-ÿ'’\-]+),\s.*?\b(?P<year>{YEAR})\b", text)
    if m:  # "Wang, H., Liu, Q. & Pan, Y. … (2025)" - Nature style, year at the end
        return f"{m.group('first').lower()}-{m.group('year')}"
    return None


# --- in-text citations ---------------------------------------------------------------------

_PAREN_RE = re.compile(rf"\((?P<inner>[^()]*?\b{YEAR}[a-z]?)\)")
_PAREN_PART_RE = re.compile(rf"^\s*(?P<authors>[A-Z][^;()]*?)[,\s]\s*(?P<year>{YEAR})[a-z]?\s*$")
_NARRATIVE_RE = re.compile(
    r"\b(?P<authors>[A-Z][A-Za-zÀ-ÿ'’\-]+(?:\s+et\s+al\.|\s+(?:&|and)\s+[A-Z][A-Za-zÀ-ÿ'’\-]+)?)"
    rf"\s+\((?P<year>{YEAR})[a-z]?\)"
)


def detect_citations(body: str, references: tuple[Reference, ...]) -> tuple[Citation, ...]:
    """Author–year citations anywhere in the prose, and numbered markers when the article has
    a numbered reference list ("…in their life.1", "in 20103," = 2010 + marker 3)."""
    ref_spans = [(r.start, r.end) for r in references]

    def in_refs(pos: int) -> bool:
        return any(a <= pos < b for a, b in ref_spans)

    found: list[Citation] = []
    for m in _PAREN_RE.finditer(body):
        if in_refs(m.start()):
            continue
        inner_start = m.start("inner")
        pos = inner_start
        for part in m.group("inner").split(";"):
            pm = _PAREN_PART_RE.match(part)
            if pm:
                lead = len(part) - len(part.lstrip())
                text = part.strip()
                key = _surname_key(pm.group("authors"))
                if key:
                    found.append(
                        Citation(
                            start=pos + lead,
                            end=pos + lead + len(text),
                            text=text,
                            key=f"{key}-{pm.group('year')}",
                        )
                    )
            pos += len(part) + 1
    for m in _NARRATIVE_RE.finditer(body):
        if in_refs(m.start()):
            continue
        key = _surname_key(m.group("authors"))
        if key:
            found.append(Citation(m.start(), m.end(), m.group(0), f"{key}-{m.group('year')}"))
    numbered = references and all(r.key is None for r in references[:3])
    if numbered:
        found.extend(_numeric_citations(body, len(references), in_refs))
    found.sort(key=lambda c: (c.start, c.end))
    unique: list[Citation] = []
    for c in found:
        if unique and unique[-1].start == c.start:
            continue
        unique.append(c)
    return tuple(unique)


def _numeric_citations(body: str, count: int, in_refs: Any) -> Iterator[Citation]:
    patterns = [
        re.compile(r"(?<=[A-Za-z)%])\.(?P<n>\d{1,2})(?=\s|$)"),  # "…life.1 Depression"
        re.compile(rf"\b{YEAR}(?P<n>\d)(?=[,.;\s])"),  # "in 20103, and" = 2010 + 3
        re.compile(r"(?<=\.\n)(?P<n>\d{1,2})(?=[ \t]+[A-Z])"),  # ".\n5 The patients…"
    ]
    for pattern in patterns:
        for m in pattern.finditer(body):
            n = int(m.group("n"))
            if 1 <= n <= count and not in_refs(m.start("n")):
                yield Citation(m.start("n"), m.end("n"), m.group("n"), f"#{n}")
