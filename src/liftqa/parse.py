"""File → Article: front matter, sections, sentences with offsets, reference list, citations.

Everything here works on the text's own structure (no models). All offsets point into the
article body, which is the file's text after the front matter, byte-for-byte as written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from liftqa.errors import CorpusError
from liftqa.types import Article, Citation, Reference, Section, Sentence

PARSER_VERSION = "1"
ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 5_000_000

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_YEAR = r"(?:19|20)\d{2}"
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
_DOI_RE = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_BULLET_RE = re.compile(r"^[ \t]*(?:[•·▪‣◦*\-–]|\d{1,2}[.)])[ \t]+")
_NUMBER_PREFIX_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?[ \t]*(?=[A-Z])")
_REF_HEADINGS = {"references", "sources", "bibliography", "works cited", "literature", "citations"}
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "vs",
        "via",
        "from",
        "as",
        "into",
        "through",
        "per",
        "over",
        "under",
        "is",
        "are",
        "be",
    ]
)
# Tokens that end in a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "al",
        "eg",
        "ie",
        "vs",
        "etc",
        "fig",
        "no",
        "vol",
        "approx",
        "cf",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "jr",
        "sr",
    ]
)


def parse_file(path: Path, corpus_root: Path | None = None) -> Article:
    """Read and parse one article file; raise CorpusError (naming the file) if unusable."""
    name = str(path.relative_to(corpus_root)) if corpus_root else path.name
    try:
        oversized = too_large(path)
        if oversized is not None:
            raise CorpusError(name, oversized.reason, oversized.hint)
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(name, f"cannot be read ({exc.strerror})") from exc
    return parse_bytes(raw, name=name, default_id=path.stem)


def file_fingerprint(raw: bytes) -> str:
    """What ingest compares to decide whether a file changed (parser version included)."""
    return hashlib.sha256(PARSER_VERSION.encode() + b"\0" + raw).hexdigest()


def too_large(path: Path) -> CorpusError | None:
    size = path.stat().st_size
    if size <= MAX_FILE_BYTES:
        return None
    return CorpusError(
        path.name,
        f"file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
        "split it into several articles",
    )


def path_fingerprint(path: Path) -> str:
    """The fingerprint of a corpus file, without reading one that is too large to use."""
    if too_large(path) is not None:
        st = path.stat()
        return file_fingerprint(f"too-large:{st.st_size}:{st.st_mtime_ns}".encode())
    return file_fingerprint(path.read_bytes())


def parse_bytes(raw: bytes, *, name: str, default_id: str) -> Article:
    text = _decode(raw, name)
    header, body = split_front_matter(text, name)
    if not body.strip():
        raise CorpusError(name, "has no article text", "add the article's text after the header")
    meta = _metadata(header, name, default_id)
    return parse_body(body, path=name, fingerprint=file_fingerprint(raw), **meta)


def parse_body(
    body: str,
    *,
    id: str,
    path: str,
    title: str | None,
    author: str,
    date: str | None,
    publisher: str | None,
    notes: tuple[str, ...],
    fingerprint: str,
) -> Article:
    """Structure of an article body whose metadata is already known (from its header, or
    from the index record when the body comes back from Chroma)."""
    sections, ref_spans = detect_sections(body)
    references = detect_references(body, sections, id, ref_spans)
    return Article(
        id=id,
        path=path,
        title=title or _fallback_title(sections, body, id),
        author=author,
        date=date,
        publisher=publisher,
        notes=notes,
        body=body,
        sections=sections,
        sentences=split_sentences(body, sections, references),
        references=references,
        citations=detect_citations(body, references),
        fingerprint=fingerprint,
    )


# --- decoding and header -------------------------------------------------------------------


def _decode(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise CorpusError(name, "is empty", "remove it or add the article's text")
    if b"\0" in raw[:8192]:
        raise CorpusError(name, "looks like a binary file, not text", "save the article as text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            name,
            f"is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            "re-save the file as UTF-8",
        ) from exc
    return text.removeprefix("\ufeff")


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """`---` YAML header `---` then the body; no header → empty dict and the whole text."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return {}, text
    close = re.search(r"^---[ \t]*\r?\n?", text[4:], flags=re.MULTILINE)
    if close is None:
        raise CorpusError(
            name, "broken header: opened with --- but never closed", "end the header with ---"
        )
    header_text = text[4 : 4 + close.start()]
    body = text[4 + close.end() :]
    try:
        header = yaml.safe_load(header_text) if header_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (header line {mark.line + 2})" if mark is not None else ""
        raise CorpusError(name, f"broken header: not valid YAML{where}") from exc
    if not isinstance(header, dict):
        raise CorpusError(name, "broken header: expected `key: value` lines")
    return header, body


def _metadata(header: dict[str, Any], name: str, default_id: str) -> dict[str, Any]:
    def text_field(key: str) -> str | None:
        value = header.get(key)
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (str, int, float)):
            return str(value).strip() or None
        raise CorpusError(name, f"broken header: `{key}` should be text")

    article_id = text_field("id") or slugify(default_id)
    if not _ID_RE.match(article_id):
        raise CorpusError(
            name,
            f"broken header: id {article_id!r} may only use letters, digits, '.', '_' and '-'",
        )
    notes_value = header.get("notes") or []
    if isinstance(notes_value, str):
        notes_value = [notes_value]
    if not isinstance(notes_value, list):
        raise CorpusError(name, "broken header: `notes` should be text or a list")
    return {
        "id": article_id,
        "title": text_field("title"),
        "author": text_field("author") or "unknown",
        "date": text_field("date"),
        "publisher": text_field("publisher"),
        "notes": tuple(str(n) for n in notes_value),
    }


def slugify(value: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", value).strip("-._")
    return slug[:128] or "article"


def _fallback_title(sections: tuple[Section, ...], body: str, default_id: str) -> str:
    for section in sections:
        if section.title:
            return section.title
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first[:150] or default_id


# --- lines and headings --------------------------------------------------------------------


def iter_lines(body: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each line, end excluding the newline."""
    pos = 0
    for line in body.split("\n"):
        end = pos + len(line)
        yield pos, end, line.rstrip("\r")
        pos = end + 1


def _title_case_ratio(text: str) -> float:
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", text)
    significant = [w for w in words if w.lower().rstrip(".") not in _SMALL_WORDS]
    if not significant:
        return 0.0
    return sum(1 for w in significant if w[0].isupper()) / len(significant)


def is_bulleted(line: str) -> bool:
    """ "- item", "• item", "  1. item": a list line whatever its punctuation."""
    return _BULLET_RE.match(line) is not None


def is_heading(line: str, *, standalone: bool) -> bool:
    """A heading by the text's own structure: a short line that does not end a sentence and
    is either Title Case, a numbered heading, a question, or a paragraph of its own."""
    text = line.strip()
    if (
        not text
        or len(text) > 130
        or (_BULLET_RE.match(line) and not _NUMBER_PREFIX_RE.match(text))
    ):
        return False
    core = _NUMBER_PREFIX_RE.sub("", text)
    first_alpha = next((c for c in core if c.isalpha()), "")
    if not first_alpha.isupper():
        return False
    tail = core.rstrip('"”’)] ')
    last = tail[-1:] if tail else ""
    inner_stop = any(
        not (m.group() == "." and _is_abbreviation(tail, m.start()))
        for m in re.finditer(r"[.!?](?=\s)", tail[:-1])
    )
    if last == "?":
        return True
    if len(text) > 100 or last in {".", ",", ";", "!", "*"}:
        return False
    if last == ":":
        return len(text) <= 40 and not inner_stop and _title_case_ratio(core) >= 0.99
    if inner_stop:
        return False
    if core != text and len(text) <= 80:  # "7. In-site article recommendations"
        return True
    return _title_case_ratio(core) >= 0.75 or standalone


def detect_sections(body: str) -> tuple[tuple[Section, ...], list[tuple[int, int]]]:
    """Sections in reading order, and the spans of reference-list sections (by heading)."""
    lines = list(iter_lines(body))
    starts: list[tuple[int, int, str]] = []  # (start, heading_end, title)
    in_refs = False
    for i, (start, end, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][2].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1][2].strip()
        if in_refs and _YEAR_RE.search(line):
            continue
        if is_heading(line, standalone=prev_blank and next_blank):
            lead = len(line) - len(line.lstrip())
            title = line.strip()
            starts.append((start + lead, end, title))
            in_refs = is_reference_heading(title)
    sections: list[Section] = []
    if not starts or body[: starts[0][0]].strip():
        first_start = starts[0][0] if starts else len(body)
        sections.append(Section(title=None, start=0, end=first_start, heading_end=0))
    for j, (start, heading_end, title) in enumerate(starts):
        end = starts[j + 1][0] if j + 1 < len(starts) else len(body)
        sections.append(Section(title=title, start=start, end=end, heading_end=heading_end))
    ref_spans = [
        (s.start, s.end) for s in sections if s.title is not None and is_reference_heading(s.title)
    ]
    return tuple(sections), ref_spans


def _heading_key(title: str) -> str:
    return _NUMBER_PREFIX_RE.sub("", title).strip(" :").lower()


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
            if len(line.strip()) >= 30 and _YEAR_RE.search(line):
                entries.append(_entry_span(span_start + start, span_start + end, line))
    if not entries:
        entries = _numbered_list_entries(body)
    refs = []
    for n, (start, end) in enumerate(entries, 1):
        text = body[start:end]
        doi_match = _DOI_RE.search(text)
        doi = doi_match.group(0).rstrip(".,;)") if doi_match else None
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
        if m and int(m.group(1)) == expected and _YEAR_RE.search(line) and len(line) >= 30:
            current.append(_entry_span(start, end, line))
            expected += 1
            continue
        if len(current) >= 2:
            runs.append(current)
        current, expected = [], 1
        if m and int(m.group(1)) == 1 and _YEAR_RE.search(line) and len(line) >= 30:
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
    if len(words) >= 3 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return "".join(w[0] for w in words if w[0].isupper()).lower()  # an organisation
    return str(words[-1]).lower()


def reference_key(text: str) -> str | None:
    """ "gordon-2018" from an APA-style entry; None for numbered journal-first entries."""
    m = re.match(rf"^(?P<authors>[^()]{{2,300}}?)\s*\(\s*(?P<year>{_YEAR})[a-z]?\s*\)", text)
    if m:
        surname = _surname_key(m.group("authors").split(",")[0])
        return f"{surname}-{m.group('year')}" if surname else None
    m = re.match(rf"^(?P<first>[A-Z][A-Za-zÀ-ÿ'’\-]+),\s.*?\b(?P<year>{_YEAR})\b", text)
    if m:  # "Wang, H., Liu, Q. & Pan, Y. … (2025)" - Nature style, year at the end
        return f"{m.group('first').lower()}-{m.group('year')}"
    return None


# --- sentences -----------------------------------------------------------------------------

_BOUNDARY_RE = re.compile(
    r"(?P<stop>[.!?])(?P<close>[\"”’)\]]*)(?P<marker>\d{1,2})?(?=\s+[\"“‘(\[A-Z0-9])"
)


def split_sentences(
    body: str, sections: tuple[Section, ...], references: tuple[Reference, ...]
) -> tuple[Sentence, ...]:
    """Sentences of the prose: never across a line, never headings or reference entries."""
    skip = [(s.start, s.heading_end) for s in sections if s.title is not None]
    ref_lines = [(r.start, r.end) for r in references]
    ref_sections = [
        (s.start, s.end) for s in sections if s.title is not None and is_reference_heading(s.title)
    ]

    def skipped(start: int, end: int) -> bool:
        spans = skip + ref_lines + ref_sections
        return any((a <= start and end <= b) or a <= start < b for a, b in spans)

    out: list[Sentence] = []
    section_iter = list(sections)
    for start, end, line in iter_lines(body):
        if not line.strip() or skipped(start, end):
            continue
        bullet = _BULLET_RE.match(line)
        offset = bullet.end() if bullet else len(line) - len(line.lstrip())
        for s_start, s_end in _split_line(line, offset):
            text = line[s_start:s_end]
            abs_start = start + s_start
            section = next((s.title for s in section_iter if s.start <= abs_start < s.end), None)
            out.append(Sentence(start=abs_start, end=start + s_end, text=text, section=section))
    return tuple(out)


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    begin = offset
    for m in _BOUNDARY_RE.finditer(line, offset):
        if m.group("stop") == "." and _is_abbreviation(line, m.start()):
            continue
        if m.group("stop") == "." and m.start() > 0 and line[m.start() - 1].isdigit():
            continue  # "31.1%" or "p = 0.000." mid-line
        end = m.end()
        if line[begin:end].strip():
            spans.append((begin, end))
        begin = end
        while begin < len(line) and line[begin].isspace():
            begin += 1
    tail_end = len(line.rstrip())
    if begin < tail_end:
        spans.append((begin, tail_end))
    return spans


def _is_abbreviation(line: str, dot: int) -> bool:
    token = re.search(r"(\S+)$", line[:dot])
    if token is None:
        return False
    word = token.group(1).lstrip('("“‘[')
    if "." in word:  # "U.S", "e.g", "Dr.T.S"
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "B. R. Gordon"
        return True
    return word.lower() in _ABBREVIATIONS


# --- in-text citations ---------------------------------------------------------------------

_PAREN_RE = re.compile(rf"\((?P<inner>[^()]*?\b{_YEAR}[a-z]?)\)")
_PAREN_PART_RE = re.compile(rf"^\s*(?P<authors>[A-Z][^;()]*?)[,\s]\s*(?P<year>{_YEAR})[a-z]?\s*$")
_NARRATIVE_RE = re.compile(
    r"\b(?P<authors>[A-Z][A-Za-zÀ-ÿ'’\-]+(?:\s+et\s+al\.|\s+(?:&|and)\s+[A-Z][A-Za-zÀ-ÿ'’\-]+)?)"
    rf"\s+\((?P<year>{_YEAR})[a-z]?\)"
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
        re.compile(rf"\b{_YEAR}(?P<n>\d)(?=[,.;\s])"),  # "in 20103, and" = 2010 + 3
        re.compile(r"(?<=\.\n)(?P<n>\d{1,2})(?=[ \t]+[A-Z])"),  # ".\n5 The patients…"
    ]
    for pattern in patterns:
        for m in pattern.finditer(body):
            n = int(m.group("n"))
            if 1 <= n <= count and not in_refs(m.start("n")):
                yield Citation(m.start("n"), m.end("n"), m.group("n"), f"#{n}")
