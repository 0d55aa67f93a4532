"""Bytes → Article: front matter, sections, sentences with offsets; the reference list and
citations come from `citations`.

Everything here works on the text's own structure (no models). All offsets point into the
article body: for `.txt`/`.md` the file's text after the front matter, byte-for-byte as
written; for PDF and HTML the text `liftqa.ingest.extract` takes out of the file, with the
document's own metadata overridden by a sidecar YAML file (`paper.yaml` beside `paper.pdf`,
the same keys as a front matter, plus `doi`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

import yaml

from liftqa.errors import CorpusError
from liftqa.ingest.citations import (
    NUMBER_PREFIX_RE,
    detect_citations,
    detect_references,
    is_reference_heading,
)
from liftqa.ingest.extract import EXTRACTOR_VERSION, DocumentKind, document_kind, extract
from liftqa.ingest.roles import ROLES_VERSION
from liftqa.text import SMALL_WORDS, YEAR_RE, iter_lines
from liftqa.types import Article, ArticleRecord, Reference, Section, Sentence

PARSER_VERSION = "2"  # 2: numbered reference entries are never sentences

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_BULLET_RE = re.compile(r"^[ \t]*(?:[•·▪‣◦*\-–]|\d{1,2}[.)])[ \t]+")
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


def file_fingerprint(raw: bytes, sidecar: bytes | None = None, *, extracted: bool = False) -> str:
    """What ingest compares to decide whether a file changed (the parser's and the role
    reader's versions included, so an index built by older code is re-read; for PDF and
    HTML also the extractor's version and the sidecar YAML file's bytes)."""
    version = f"{PARSER_VERSION}.{ROLES_VERSION}"  # what ingest stores of a file
    digest = hashlib.sha256(version.encode() + b"\0" + raw)
    if extracted:
        digest.update(b"\0extract:" + EXTRACTOR_VERSION.encode() + b"\0" + (sidecar or b""))
    return digest.hexdigest()


def parse_bytes(raw: bytes, *, name: str, default_id: str, sidecar: bytes | None = None) -> Article:
    kind = document_kind(name)
    if kind in ("pdf", "html"):
        return _parse_document(raw, kind, name=name, default_id=default_id, sidecar=sidecar)
    text = _decode(raw, name)
    header, body = split_front_matter(text, name)
    if not body.strip():
        raise CorpusError(name, "has no article text", "add the article's text after the header")
    meta = _metadata(header, name, default_id)
    return parse_body(body, path=name, fingerprint=file_fingerprint(raw), **meta)


def _parse_document(
    raw: bytes, kind: DocumentKind, *, name: str, default_id: str, sidecar: bytes | None
) -> Article:
    """A PDF or HTML file: its extracted text, its own metadata, the sidecar's over it."""
    header = sidecar_header(sidecar, name) if sidecar is not None else {}
    extracted = extract(raw, name=name, kind=kind)
    merged: dict[str, Any] = {**extracted.meta, **header}
    meta = _metadata(merged, name, default_id)
    doi = merged.get("doi")
    if doi is not None:
        if not isinstance(doi, str):
            raise CorpusError(name, "broken sidecar: `doi` should be text")
        meta["notes"] = (*meta["notes"], f"DOI {doi.strip()}")
    return parse_body(
        extracted.body,
        path=name,
        fingerprint=file_fingerprint(raw, sidecar, extracted=True),
        page_starts=extracted.page_starts,
        **meta,
    )


def sidecar_header(raw: bytes, name: str) -> dict[str, Any]:
    """The metadata in a document's sidecar YAML file (the keys of a front matter)."""
    where = f"{name}'s sidecar YAML file"
    try:
        header = yaml.safe_load(raw.decode("utf-8")) if raw.strip() else {}
    except UnicodeDecodeError as exc:
        raise CorpusError(name, f"{where} is not UTF-8", "re-save it as UTF-8") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise CorpusError(name, f"{where} is not valid YAML{line}") from exc
    if not isinstance(header, dict):
        raise CorpusError(name, f"{where} should hold `key: value` lines")
    return header


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
    page_starts: tuple[int, ...] = (),
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
        page_starts=page_starts,
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


def _title_case_ratio(text: str) -> float:
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", text)
    significant = [w for w in words if w.lower().rstrip(".") not in SMALL_WORDS]
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
    if not text or len(text) > 130 or (_BULLET_RE.match(line) and not NUMBER_PREFIX_RE.match(text)):
        return False
    core = NUMBER_PREFIX_RE.sub("", text)
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
        if in_refs and YEAR_RE.search(line):
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
        spans = skip + ref_sections
        inside = any((a <= start and end <= b) or a <= start < b for a, b in spans)
        # A reference entry starts after its number ("  1. J Clin …"): any overlap counts.
        return inside or any(a < end and start < b for a, b in ref_lines)

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


def article_from_record(record: ArticleRecord) -> Article:
    """The Article an index record describes (its body re-parsed with the metadata it had)."""
    return parse_body(
        record.body,
        id=record.id,
        path=record.path,
        title=record.title or None,
        author=record.author or "unknown",
        date=record.date,
        publisher=record.publisher,
        notes=record.notes,
        fingerprint=record.fingerprint,
        page_starts=record.page_starts,
    )
