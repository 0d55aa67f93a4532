"""The page's HTML fragments: evidence cards, the article view with its highlight, the
references and library panels, and the page's stylesheet. Plain functions from data to
escaped HTML, without gradio, so they are tested without a server; `liftqa.app.ui` lays them
out on the page. Everything from users and from the corpus is HTML-escaped here."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from liftqa.answer.render import (
    ABSTAIN_TEXT,
    likely_line,
    pages_label,
    snapshot_line,
    unresolved_line,
    work_line,
)
from liftqa.answer.safety import DISCLAIMER

if TYPE_CHECKING:
    from liftqa.answer.library import Library
    from liftqa.answer.model import Answer, Quote
    from liftqa.references.works import Work

HIGHLIGHT_ID = "liftqa-hl"

CSS = """
.lq-crisis { border: 3px solid #b00020; background: #fff0f0; color: #5c0010; padding: 12px 16px;
  border-radius: 8px; font-size: 1.05em; white-space: pre-wrap; }
.lq-crisis strong { color: #b00020; }
.lq-notice { border-left: 4px solid #b26a00; background: #fff8e6; padding: 8px 12px;
  margin: 6px 0; }
.lq-disclaimer { font-size: 0.9em; color: #444; border-top: 1px solid #ddd; margin-top: 10px;
  padding-top: 8px; }
.lq-quote { white-space: pre-wrap; font-style: italic; }
.lq-src, .lq-cites, .lq-prov { font-size: 0.88em; color: #333; margin-top: 2px; }
.lq-quote-block { padding: 6px 8px; }
.lq-snapshot, .lq-likely { font-size: 0.85em; color: #334; margin-left: 1em; }
.lq-likely { font-style: italic; }
.lq-check { font-size: 0.85em; color: #8a4b00; margin-left: 1em; }
.lq-checks { border-left: 4px solid #b26a00; background: #fff8e6; padding: 6px 10px; }
.lq-snapshot-table th { text-align: left; vertical-align: top; padding-right: 10px; }
.lq-missing { color: #777; font-style: italic; }
#map-pick { display: none !important; }
.lq-article { white-space: pre-wrap; max-height: 60vh; overflow-y: auto; padding: 8px 12px;
  border: 1px solid #ddd; border-radius: 6px; line-height: 1.5; }
.lq-article mark { background: #ffe066; padding: 1px 0; }
.lq-contexts li { margin-bottom: 8px; }
#ref-table table { table-layout: fixed; width: 100%; }
#ref-table td, #ref-table th { white-space: normal !important; overflow-wrap: anywhere; }
#ref-table th:nth-child(1), #ref-table td:nth-child(1) { width: 12%; }
#ref-table th:nth-child(2), #ref-table td:nth-child(2) { width: 6%; }
#ref-table th:nth-child(3), #ref-table td:nth-child(3) { width: 32%; }
#ref-table th:nth-child(4), #ref-table td:nth-child(4) { width: 13%; }
#ref-table th:nth-child(5), #ref-table td:nth-child(5) { width: 11%; }
#ref-table th:nth-child(6), #ref-table td:nth-child(6) { width: 13%; }
#ref-table th:nth-child(7), #ref-table td:nth-child(7) { width: 13%; }
/* a phone: the table and the map scroll sideways instead of wrapping letter by letter */
@media (max-width: 760px) {
  #ref-table .table-wrap, #ref-table { overflow-x: auto !important; }
  #ref-table table { table-layout: auto; min-width: 760px; }
  #ref-table td, #ref-table th { overflow-wrap: normal; word-break: normal; }
  #ref-contexts a, #ref-article a { overflow-wrap: anywhere; }
}
"""
# --- escaping ------------------------------------------------------------------------------


def esc(text: str) -> str:
    """Text for HTML: nothing in it can become markup."""
    return html.escape(text, quote=True)


def doi_link(doi: str) -> str:
    url = "https://doi.org/" + doi
    return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">doi:{esc(doi)}</a>'


# --- rendering answers ---------------------------------------------------------------------


def crisis_html(answer: Answer | None) -> str:
    if answer is None or answer.resources is None:
        return ""
    return (
        '<div class="lq-crisis" role="alert"><strong>If you are in crisis, please reach out '
        f"now.</strong>\n{esc(answer.resources.message)}</div>"
    )


def evidence_head_html(answer: Answer | None) -> str:
    """Above the quotes: crisis resources, safety notices, or why there is no answer."""
    if answer is None:
        return (
            "<p>Ask a question: the answer is built only from quotes of the articles, and "
            "each quote can be checked in its article.</p>"
        )
    out = []
    if answer.resources is not None:
        # The full resources stand once, in the banner above the chat (and in the reply
        # itself); repeating the box here put them on the page three times.
        out.append(
            '<p class="lq-crisis-pointer"><a href="#crisis-banner">Crisis resources are '
            "shown at the top of the page.</a></p>"
        )
    out += [f'<div class="lq-notice">{esc(n.text)}</div>' for n in answer.notices]
    if answer.abstained:
        out.append(f"<p>{esc(ABSTAIN_TEXT)}</p>")
    return "".join(out)


def quote_html(q: Quote) -> str:
    """One quote: its text, article, author, section, offsets, the works it cites (evidence
    type, DOI link) and its source's provenance."""
    section = f" · section “{esc(q.section)}”" if q.section else ""
    section += f" · {pages_label(q.pages)}" if q.pages else ""
    out = [
        f'<div class="lq-quote-block" id="lq-quote-{q.n}">'
        f'<div class="lq-quote">[{q.n}] “{esc(q.text)}”</div>'
        f'<div class="lq-src"><b>{esc(q.title)}</b> — {esc(q.author)}{section}'
        f" · characters {q.start}–{q.end}</div>"
    ]
    for work in q.works:
        link = f" {doi_link(work.doi)}" if work.doi else ""
        line = work_line(work, with_doi=False)
        out.append(f'<div class="lq-cites">cites {esc(line)}{link}</div>')
        snap = snapshot_line(work)
        if snap:
            out.append(f'<div class="lq-snapshot">{esc(snap)}</div>')
        out += [f'<div class="lq-check">⚠ {esc(c)}</div>' for c in work.checks]
    for citation in q.unresolved:
        out.append(f'<div class="lq-cites">cites {esc(unresolved_line(citation))}</div>')
    for work in q.likely:
        out.append(f'<div class="lq-likely">{esc(likely_line(work))}</div>')
    if q.provenance:
        out.append(f'<div class="lq-prov">About this source: {esc(q.provenance)}</div>')
    out.append("</div>")
    return "".join(out)


def disclaimer_html(text: str = DISCLAIMER) -> str:
    return f'<div class="lq-disclaimer">{esc(text)}</div>'


def evidence_html(answer: Answer | None) -> str:
    """The whole evidence panel of an answer, as one page fragment."""
    quotes = "".join(quote_html(q) for q in answer.quotes) if answer else ""
    return evidence_head_html(answer) + quotes + disclaimer_html()


def article_html(library: Library, article_id: str, start: int, end: int) -> str:
    """The whole article, the quoted span highlighted (and checked against the text)."""
    article = library.articles.get(article_id)
    if article is None:
        return f"<p>The article {esc(article_id)} is no longer in the library.</p>"
    body = article.body
    if not (0 <= start < end <= len(body)):
        return "<p>That passage is no longer in the article (the library changed).</p>"
    section = article.section_at(start)
    pages = pages_label(article.pages_of(start, end))
    head = (
        f"<h3>{esc(article.title)}</h3><p>{esc(article.author)}"
        + (f" · section “{esc(section)}”" if section else "")
        + (f" · {pages}" if pages else "")
        + f" · characters {start}–{end}</p>"
    )
    text = (
        esc(body[:start])
        + f'<mark id="{HIGHLIGHT_ID}">{esc(body[start:end])}</mark>'
        + esc(body[end:])
    )
    return f'{head}<div class="lq-article">{text}</div>'


# --- references and library ----------------------------------------------------------------

REF_HEADERS = ["First author", "Year", "Title", "Venue", "Evidence", "DOI", "Cited or listed by"]


def article_label(library: Library, article_id: str) -> str:
    """ "Mahmood 2025" for a cited-by column; the title when the author is unknown."""
    article = library.articles.get(article_id)
    if article is None:
        return article_id
    who = article.author.split(",")[0].split()[-1] if article.author != "unknown" else ""
    year = (article.date or "")[:4]
    return " ".join(x for x in (who.title(), year) if x) or article.title[:40]


def reference_rows(works: Sequence[Work], library: Library) -> list[list[Any]]:
    from liftqa.references.works import UNLISTED, evidence_label

    rows = []
    for w in works:
        first = w.authors[0] if w.authors else ""  # never the venue
        if not w.listed and len(w.authors) == 1 and w.cited_as and "et al." in w.cited_as:
            first = f"{first} et al."
        rows.append(
            [
                first,
                w.year or "",
                w.title or "",
                w.container or w.publisher or "",
                evidence_label(w) if w.listed else UNLISTED,
                doi_link(w.doi) if w.doi else "",
                ", ".join(
                    article_label(library, a) + ("" if a in w.cited_in else " (listed only)")
                    for a in dict.fromkeys((*w.cited_in, *w.listed_in))
                ),
            ]
        )
    return rows


def snapshot_html(work: Work, library: Library) -> str:
    """The study snapshot: each field the words an article says, in their sentence, with
    where to find it; or "not reported in the library"."""
    from liftqa.references.snapshot import FIELDS, NOT_REPORTED

    snap = library.bibliography.snapshot(work.id)
    rows = []
    for name in FIELDS:
        f = snap.get(name)
        if f is None:
            cell = f'<span class="lq-missing">{esc(NOT_REPORTED)}</span>'
        else:
            rel_start, rel_end = f.value_start - f.start, f.value_end - f.start
            sentence = (
                esc(f.text[:rel_start])
                + f"<mark>{esc(f.text[rel_start:rel_end])}</mark>"
                + esc(f.text[rel_end:])
            )
            label = article_label(library, f.article_id)
            where = f"{esc(label)}, characters {f.start}–{f.end}"
            cell = f"<b>{esc(f.value)}</b><br><small>“{sentence}” — {where}</small>"
        rows.append(f"<tr><th>{esc(name)}</th><td>{cell}</td></tr>")
    return (
        f'<div class="lq-snapshot-table"><h4>Study snapshot: what the library says</h4>'
        f"<table>{''.join(rows)}</table></div>"
    )


def checks_html(work: Work, library: Library) -> str:
    checks = library.bibliography.checks_for(work.id)
    if not checks:
        return ""
    items = "".join(f"<li>{esc(c.line)}</li>" for c in checks)
    return f'<div class="lq-checks"><b>⚠ Check this citation</b><ul>{items}</ul></div>'


def snapshot_fields(work_id: str, library: Library) -> list[dict[str, Any]]:
    """The snapshot's fields as the page's "Show in article" buttons need them."""
    return [
        {"name": f.name, "article_id": f.article_id, "start": f.value_start, "end": f.value_end}
        for f in library.bibliography.snapshot(work_id).fields
    ]


def contexts_html(work: Work, library: Library) -> str:
    out = [f"<h4>{esc(work.short)}: {esc(work.summary(with_doi=False))}</h4>"]
    if work.doi:
        out.append(f"<p>{doi_link(work.doi)}</p>")
    if work.raw:
        out.append(f"<p>{esc(work.raw)}</p>")
    out.append(checks_html(work, library))
    out.append(snapshot_html(work, library))
    if not work.contexts:
        listed = ", ".join(
            library.articles[a].title for a in work.listed_in if a in library.articles
        )
        out.append(f"<p>Listed in {esc(listed)}, without an in-text citation.</p>")
        return "".join(out)
    out.append('<p>Cited in:</p><ul class="lq-contexts">')
    for c in work.contexts:
        title = library.articles[c.article_id].title if c.article_id in library.articles else ""
        out.append(f"<li>“{esc(c.sentence)}” — <i>{esc(title)}</i></li>")
    out.append("</ul>")
    return "".join(out)


def library_html(library: Library, article_id: str | None) -> str:
    if not article_id or article_id not in library.articles:
        return "<p>Choose an article.</p>"
    article = library.articles[article_id]
    prov = library.bibliography.provenance.get(article_id)
    rows = [
        ("Author", article.author),
        ("Date", article.date or "unknown"),
        ("Publisher", article.publisher or "unknown"),
        ("Reference list", f"{len(article.references)} entries" if article.references else "none"),
    ]
    if prov:
        rows.append(("Citations", prov.citations_summary))
        rows += [("About itself", s) for s in prov.self_statements]
    rows += [("Note", n) for n in article.notes]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return (
        f"<h3>{esc(article.title)}</h3><table>{table}</table>"
        f'<div class="lq-article">{esc(article.body)}</div>'
    )
