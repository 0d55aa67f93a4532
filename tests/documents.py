"""PDF and HTML files the tests make: drawn with reportlab, written as HTML strings.

`two_column_pdf` draws every line where the test says (columns, running header, page
numbers, hyphenated line ends), so what extraction must undo is known exactly.
`article_pdf` / `article_html` typeset a corpus article's body (paragraphs ragged-right,
headings larger, over several pages) as a journal or a web page would.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from liftqa.ingest.parse import detect_sections

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WIDTH, HEIGHT = A4
LEADING = 13.0
PARAGRAPH_GAP = 11.0

Column = list[str]  # lines; "" = a paragraph break


def two_column_pdf(
    pages: list[tuple[Column, Column]],
    *,
    title: str | None = None,
    header: str | None = None,
    page_numbers: bool = True,
    info_title: str | None = None,
    info_author: str | None = None,
) -> bytes:
    """Pages of two columns drawn line by line; `title` full width across page 1's top."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if info_title:
        c.setTitle(info_title)
    if info_author:
        c.setAuthor(info_author)
    for number, (left, right) in enumerate(pages, 1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(56, HEIGHT - 30, header)
        if page_numbers:
            c.setFont("Helvetica", 8)
            c.drawCentredString(WIDTH / 2, 24, str(number))
        top = HEIGHT - 70
        if title and number == 1:
            c.setFont("Helvetica-Bold", 15)
            c.drawString(56, top, title)
            top -= 40
        for x, lines in ((56, left), (WIDTH / 2 + 12, right)):
            c.setFont("Helvetica", 10)
            y = top
            for line in lines:
                if line == "":
                    y -= PARAGRAPH_GAP
                    continue
                c.drawString(x, y, line)
                y -= LEADING
        c.showPage()
    c.save()
    return buf.getvalue()


def blank_pdf(pages: int, *, text: str | None = None) -> bytes:
    """`pages` pages: only a drawn rectangle on each (a scan has no text either), or a line
    of `text` with the page number."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(1, pages + 1):
        if text is None:
            c.rect(100, 100, 300, 500, fill=1)
        else:
            c.setFont("Helvetica", 10)
            c.drawString(72, 700, f"{text} This is page {n} of the long report.")
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(text: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt="a secret password")
    c.drawString(72, 700, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _font() -> str:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_PATH)))
    return "DejaVu"


def _blocks(body: str) -> list[tuple[bool, list[str]]]:
    """An article body as typeset blocks, text HTML-escaped: (True, [heading]) for each
    heading the parser finds, (False, lines) for each run of lines with no blank line
    between them."""
    headings = {s.start for s in detect_sections(body)[0] if s.title}
    blocks: list[tuple[bool, list[str]]] = []
    run: list[str] = []
    offset = 0
    for line in body.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        text = line.strip()
        is_heading = bool(text) and start + len(line) - len(line.lstrip()) in headings
        if (not text or is_heading) and run:
            blocks.append((False, run))
            run = []
        if is_heading:
            blocks.append((True, [html.escape(text)]))
        elif text:
            run.append(html.escape(text))
    if run:
        blocks.append((False, run))
    return blocks


def article_pdf(body: str, *, header: str = "liftqa test journal") -> bytes:
    """A corpus article's body typeset as a PDF: each line a justified paragraph, headings
    (as the parser finds them) larger, a running header and page numbers."""
    font = _font()
    text_style = ParagraphStyle("t", fontName=font, fontSize=10, leading=13)
    head_style = ParagraphStyle("h", fontName=font, fontSize=13, leading=16)
    flow: list[Flowable] = []
    for heading, lines in _blocks(body):
        flow.append(Paragraph("<br/>".join(lines), head_style if heading else text_style))
        flow.append(Spacer(1, 8))

    def decorate(c: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(56, HEIGHT - 30, header)
        c.drawCentredString(WIDTH / 2, 24, f"Page {doc.page}")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=60, bottomMargin=60)
    doc.build(flow, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def article_html(body: str, *, title: str, author: str) -> str:
    """A corpus article's body as a saved web page: navigation and a footer around an
    <article> of paragraphs (lines with no blank line between them <br> apart), headings
    <h2>."""
    parts = [
        f"<h2>{lines[0]}</h2>" if heading else "<p>" + "<br>".join(lines) + "</p>"
        for heading, lines in _blocks(body)
    ]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        f"<meta name='author' content='{html.escape(author)}'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a> <a href='/about'>About us</a></nav>"
        "<article>" + "".join(parts) + "</article>"
        "<footer><p>© 2026 Example Site. All rights reserved.</p></footer></body></html>"
    )
