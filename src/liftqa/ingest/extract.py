"""PDF and HTML files → the article body that quotes are checked against.

The contract: `extract(raw, name=…, kind=…)` returns an `Extracted` whose `body` is plain
text laid out like a corpus `.txt` article (one paragraph per line, paragraphs separated by
a blank line, list items on lines of their own), so the ordinary parser finds its sections,
sentences, reference list and citations. That body is what the index stores and shows (the
Library tab, "Show in article"); every quote's offsets point into it. `page_starts[i]` is the
offset in `body` where page i + 1's text begins (PDF only), so a quote's span maps to its
page numbers (`Article.pages_of`). `meta` holds what the document says about itself (title,
author, date, publisher, doi); a sidecar YAML file overrides it (see `liftqa.ingest.parse`).

Text comes from maintained libraries, never hand-written parsers: pdfminer.six (layout
analysis: text boxes with their lines and positions) for PDF, trafilatura (main-content
extraction and metadata) for HTML. What is done here is reading order and clean-up of their
output: two-column pages are read column by column; running headers, footers and page
numbers (the same line at the top or bottom of most pages) are dropped; a word hyphenated
at a line end is joined ("exer-" + "cise" → "exercise", but "self-" + "esteem" stays
"self-esteem" when the document writes it so elsewhere); lines of a paragraph are joined,
also across columns and pages, so sentences are whole.

Limits (each refusal is a CorpusError naming the file and the reason): a PDF of more than
MAX_PDF_PAGES pages; a PDF with no text layer (scanned: needs OCR); encrypted, truncated or
damaged files; an HTML page with no article text. File sizes are limited in
`liftqa.ingest.corpus`.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from liftqa.errors import CorpusError
from liftqa.text import find_doi

DocumentKind = Literal["pdf", "html", "text"]
EXTRACTOR_VERSION = "1"  # part of a file's fingerprint: a new version re-extracts
MAX_PDF_PAGES = 300

_KINDS: dict[str, DocumentKind] = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "text",
}
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\xad": ""})
_LIST_START_RE = re.compile(r"^(?:[•·▪‣◦*\-–]\s|\[\d{1,3}\]\s?|\d{1,3}[.)]\s)")
_PAGE_NUMBER_RE = re.compile(r"^(?:page\s*)?#(?:\s*(?:of|/)\s*#)?$")
_SENTENCE_END = '.!?:;"”’)]'
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# First halves that make a compound, not a hyphenated word, at a line end ("self-esteem").
_COMPOUND_HEADS = frozenset(
    {"self", "non", "well", "meta", "co", "cross", "long", "short", "high", "low", "full"}
    | {"part", "follow", "evidence"}
)
_MARGIN = 0.08  # the top and bottom 8% of a page are where running headers and footers live


@dataclass(frozen=True)
class Extracted:
    """An extracted document: its body, where each page starts in it, and its metadata."""

    body: str
    page_starts: tuple[int, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)


def document_kind(name: str) -> DocumentKind | None:
    """What a corpus file is, by its name's suffix (None: not an article file)."""
    dot = name.rfind(".")
    return _KINDS.get(name[dot:].lower()) if dot > 0 else None


def extract(raw: bytes, *, name: str, kind: DocumentKind) -> Extracted:
    """The article body of a PDF or HTML file. Raises CorpusError (naming the file)."""
    if not raw.strip():
        raise CorpusError(name, "is empty", "remove it or replace it with the article")
    if kind == "pdf":
        return _pdf(raw, name)
    if kind == "html":
        return _html(raw, name)
    raise ValueError(f"not an extracted kind: {kind}")


# --- PDF -----------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    size: float  # the line's height: a heading's differs from the text's


@dataclass
class _Block:
    """One text box of pdfminer's layout analysis, with its position on the page."""

    lines: list[_Line]
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True)
class _Segment:
    """A line of text in reading order: on which page, and whether it starts a paragraph."""

    page: int
    text: str
    new_paragraph: bool
    size: float
    first_in_block: bool = False  # a new paragraph here gets a blank line before it


def _pdf(raw: bytes, name: str) -> Extracted:
    # Imported here: only ingest of PDF files pays for pdfminer.
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTPage
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if not raw[:1024].lstrip().startswith(b"%PDF-"):
        raise CorpusError(name, "is not a PDF (no %PDF header)", "save the article as PDF again")
    if b"%%EOF" not in raw[-2048:]:
        raise CorpusError(
            name, "is truncated or damaged (the PDF has no end)", "download or save it again"
        )
    try:
        document = PDFDocument(PDFParser(io.BytesIO(raw)))
        pages = list(PDFPage.create_pages(document))
    except PDFPasswordIncorrect as exc:
        raise CorpusError(
            name, "is encrypted (needs a password)", "save an unprotected copy of it"
        ) from exc
    except PDFEncryptionError as exc:
        raise CorpusError(
            name, f"is encrypted in a way that cannot be read ({exc})", "save an unprotected copy"
        ) from exc
    except Exception as exc:  # pdfminer's many parse errors: all mean a damaged file
        raise CorpusError(
            name, f"is damaged and cannot be read ({type(exc).__name__})", "save it again"
        ) from exc
    if len(pages) > MAX_PDF_PAGES:
        raise CorpusError(
            name,
            f"has {len(pages)} pages; the limit is {MAX_PDF_PAGES}",
            "split it, or keep only the article's own pages",
        )
    resources = PDFResourceManager()
    # char_margin 3 (pdfminer's default is 2): a justified line's wide word gaps stay one
    # line, while a column gutter (usually 12 pt or more) still parts two columns.
    device = PDFPageAggregator(resources, laparams=LAParams(char_margin=3.0))
    interpreter = PDFPageInterpreter(resources, device)
    laid_out: list[tuple[float, float, list[_Block]]] = []
    try:
        for page in pages:
            interpreter.process_page(page)
            layout: LTPage = device.get_result()
            laid_out.append((layout.width, layout.height, _blocks(layout)))
    except Exception as exc:
        raise CorpusError(
            name, f"is damaged and cannot be read ({type(exc).__name__})", "save it again"
        ) from exc
    if not any(blocks for _, _, blocks in laid_out):
        raise CorpusError(
            name,
            "no text layer: needs OCR (its pages are images, as in a scan)",
            "run OCR on it first, e.g. with ocrmypdf, and put the result in the corpus folder",
        )
    body, page_starts = _assemble(_segments(laid_out))
    if not body.strip():
        raise CorpusError(name, "no text layer: needs OCR", "run OCR on it first")
    meta = _pdf_meta(document)
    first_page = body[: page_starts[1]] if len(page_starts) > 1 else body[:3000]
    doi = find_doi(first_page)
    if doi:
        meta["doi"] = doi
    return Extracted(body, page_starts, meta)


def _blocks(layout: Any) -> list[_Block]:
    from pdfminer.layout import LTTextBox, LTTextLine

    blocks = []
    for item in layout:
        if not isinstance(item, LTTextBox):
            continue
        lines = []
        for line in item:
            if isinstance(line, LTTextLine):
                text = _clean(line.get_text())
                if text and "(cid:" not in text:
                    lines.append(_Line(text, line.x0, line.x1, line.height))
        if lines:
            blocks.append(_Block(lines, item.x0, item.y0, item.x1, item.y1))
    return _reading_order(blocks, layout.width)


def _clean(text: str) -> str:
    """Ligatures and soft hyphens undone; runs of spaces (justified text) made one."""
    return " ".join(unicodedata.normalize("NFC", text.translate(_LIGATURES)).split())


def _reading_order(blocks: list[_Block], width: float) -> list[_Block]:
    """Top to bottom; where the page is in two columns, the left column before the right.
    A block wider than the column gutter (a title, a full-width figure caption) ends a
    run of columns."""
    ordered: list[_Block] = []
    run: list[_Block] = []

    def flush() -> None:
        ordered.extend(sorted(run, key=lambda b: (_column(b, width), -b.y1)))
        run.clear()

    for block in sorted(blocks, key=lambda b: -b.y1):
        if _column(block, width) == 2:
            flush()
            ordered.append(block)
        else:
            run.append(block)
    flush()
    return ordered


def _segments(pages: list[tuple[float, float, list[_Block]]]) -> list[_Segment]:
    """Lines in reading order without running headers, footers and page numbers."""
    repeated = _running_lines(pages)
    out: list[_Segment] = []
    for number, (width, height, all_blocks) in enumerate(pages, 1):
        blocks = [
            b
            for b in all_blocks
            if not (
                _in_margin(b, height)
                and (_norm(b.text) in repeated or _PAGE_NUMBER_RE.match(_norm(b.text)))
            )
        ]
        rights: dict[int, float] = {}  # the right edge of the text, by column
        for b in blocks:
            rights[_column(b, width)] = max(rights.get(_column(b, width), 0.0), b.x1)
        above: _Block | None = None  # the block before, on this page
        for block in blocks:
            right = rights[_column(block, width)]
            # A paragraph goes on in another block only at the top of a column or a page:
            # a block right below the one before was set apart by a gap.
            flowed = above is None or block.y1 > above.y0
            above = block
            for i, line in enumerate(block.lines):
                if i == 0:
                    prev_text, prev_size, short = (
                        (out[-1].text, out[-1].size, True) if out else ("", line.size, True)
                    )
                    if not flowed:
                        prev_text = ""
                else:
                    prev = block.lines[i - 1]
                    prev_text, prev_size = prev.text, prev.size
                    short = _room_for(line, right - prev.x1)
                new = abs(prev_size - line.size) > 0.15 * max(prev_size, line.size) or (
                    _starts_paragraph(prev_text, line.text, short=short)
                )
                out.append(_Segment(number, line.text, new, line.size, i == 0))
    return out


def _room_for(line: _Line, room: float) -> bool:
    """Whether `room` (what the line before left empty) would have held this line's first
    word: then the line before ended its paragraph, else the word was wrapped."""
    per_char = (line.x1 - line.x0) / max(len(line.text), 1)
    return room > 1.3 * per_char * (len(line.text.split(" ", 1)[0]) + 1)


def _starts_paragraph(prev: str, text: str, *, short: bool) -> bool:
    if not prev:
        return True
    if prev.endswith(("-", "—", "–", "/")) and not prev.endswith(" -"):
        return False  # a word, a range or an address goes on
    if _LIST_START_RE.match(text):
        return True
    if text[:1].islower() and not prev.endswith((".", "!", "?")):
        return False  # a sentence goes on
    if text.startswith(("http://", "https://", "doi:", "www.")):
        return False  # a reference's address on the line after it
    opens = text[:1].isupper() or text[:1].isdigit()
    return short and (prev.endswith(tuple(_SENTENCE_END)) or opens)


def _column(block: _Block, width: float) -> int:
    """0: the left column, 1: the right one, 2: across the page's middle."""
    middle = width / 2
    if block.x0 < middle - 0.05 * width and block.x1 > middle + 0.05 * width:
        return 2
    return 0 if block.x0 < middle else 1


def _running_lines(pages: list[tuple[float, float, list[_Block]]]) -> set[str]:
    """Texts (digits folded) at the top or bottom of at least two pages and 40% of them."""
    seen: Counter[str] = Counter()
    for _, height, blocks in pages:
        seen.update({_norm(b.text) for b in blocks if _in_margin(b, height)})
    floor = max(2, int(0.4 * len(pages)))
    return {text for text, count in seen.items() if count >= floor}


def _in_margin(block: _Block, height: float) -> bool:
    return len(block.lines) <= 2 and (
        block.y0 >= height * (1 - _MARGIN) or block.y1 <= height * _MARGIN
    )


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _assemble(segments: list[_Segment]) -> tuple[str, tuple[int, ...]]:
    """Join the lines into paragraphs (one per line of the body: a blank line between
    paragraphs set apart on the page, none between lines set close, as list items are),
    mending words hyphenated at line ends; and note where each page starts."""
    words = {w.lower() for s in segments for w in _WORD_RE.findall(s.text[:-1])}
    parts: list[str] = []
    length = 0
    page_starts: dict[int, int] = {}
    for seg in segments:
        if not parts:
            sep = ""
        elif seg.new_paragraph:
            sep = "\n\n" if seg.first_in_block else "\n"
        elif parts[-1].endswith(("/", "—", "–")):  # an address broken at a slash; a dash
            sep = ""
        elif parts[-1].endswith("-") and seg.text[:1].isalnum():
            if seg.text[:1].islower() and not _keeps_hyphen(parts[-1], seg.text, words):
                parts[-1] = parts[-1][:-1]
                length -= 1
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        length += len(sep)
        page_starts.setdefault(seg.page, length)
        parts.append(seg.text)
        length += len(seg.text)
    body = "".join(parts)
    if body:
        body += "\n"
    last = max(page_starts, default=0)
    starts: list[int] = []
    for page in range(1, last + 1):  # a page without text starts where the next one does
        starts.append(page_starts.get(page, starts[-1] if starts else 0))
    return body, tuple(starts)


def _keeps_hyphen(before: str, after: str, words: set[str]) -> bool:
    """Whether "self-" + "esteem" at a line end is the compound "self-esteem" rather than
    the word "selfesteem" hyphenated: as the document writes it elsewhere, else by its
    first half."""
    head = re.search(r"([A-Za-z]+)-$", before)
    tail = re.match(r"[A-Za-z]+", after)
    if head is None or tail is None:
        return True
    h, t = head.group(1).lower(), tail.group().lower()
    if f"{h}-{t}" in words:
        return True
    if f"{h}{t}" in words:
        return False
    return h in _COMPOUND_HEADS


def _pdf_meta(document: Any) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    meta: dict[str, str] = {}
    for info in document.info or []:
        for key, field_name in (("Title", "title"), ("Author", "author")):
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip() and not _looks_like_file(value):
                meta[field_name] = " ".join(value.split())
    return meta


def _looks_like_file(value: str) -> bool:
    return bool(re.search(r"\.(?:docx?|pdf|tex|indd|odt)$", value.strip(), re.IGNORECASE)) or (
        value.strip().lower() in {"untitled", "title", "anonymous"}
    )


# --- HTML ----------------------------------------------------------------------------------


def _html(raw: bytes, name: str) -> Extracted:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            favor_recall=False,
            # a date only where the page states one (not a guess from a copyright line)
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura or lxml on a broken page
        raise CorpusError(name, f"cannot be read as HTML ({type(exc).__name__})") from exc
    tree = getattr(doc, "body", None) if doc is not None else None
    body = _html_body(tree) if tree is not None else ""
    if not body.strip():
        raise CorpusError(
            name, "has no article text that could be found in the HTML", "save the article page"
        )
    meta: dict[str, str] = {}
    for attr, key in (("title", "title"), ("author", "author"), ("date", "date")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = " ".join(value.split())
    site = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    if isinstance(site, str) and site.strip():
        meta["publisher"] = site.strip()
    doi = _meta_doi(raw) or find_doi(body[:3000])
    if doi:
        meta["doi"] = doi
    return Extracted(body, (), meta)


def _html_body(tree: Any) -> str:
    """trafilatura's cleaned tree of the main content (`p`, `head`, `list`/`item`, `lb` …)
    laid out like a corpus article: a blank line between blocks, a line per `<br>` and per
    list item ("- item")."""
    blocks = []
    for element in tree.iterchildren():
        if element.tag == "list":
            lines = [f"- {_flat(item)}" for item in element.iter("item")]
        else:
            lines = _flat(element, breaks=True).split("\n")
        text = "\n".join(c for c in (_clean(line) for line in lines) if c)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _flat(element: Any, *, breaks: bool = False) -> str:
    """An element's text; `<lb/>` (a `<br>`) as a new line when `breaks`."""
    parts = [element.text or ""]
    for child in element.iterchildren():
        if child.tag == "lb":
            parts.append("\n" if breaks else " ")
        else:
            parts.append(_flat(child, breaks=breaks))
        parts.append(child.tail or "")
    return "".join(parts)


def _meta_doi(raw: bytes) -> str | None:
    """A DOI from the page's citation meta tags (read with lxml, as trafilatura does)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except Exception:
        return None
    for value in tree.xpath(
        "//meta[translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
        " = 'citation_doi' or translate(@name, 'DCIDENTFR', 'dcidentfr') = 'dc.identifier']"
        "/@content"
    ):
        doi = find_doi(str(value))
        if doi:
            return doi
    return None
