"""The one writer of answer text. An `Answer` is data; this module turns it into
- `plain(answer)`: plain text with [n] markers (`to_dict()["answer"]`, the Python API);
- `markdown(answer)`: the chat message (everything from the articles or the user escaped, so
  nothing in it can become markup, a link or an image);
- `terminal(answer)`: what `liftqa ask` prints (the answer, its sources, the studies cited).
Nothing else in liftqa writes answer prose, and nothing parses it back.
"""

from __future__ import annotations

import re
import textwrap

from liftqa.answer.model import Answer, ArticleGroup, CitedWork, Quote
from liftqa.references.bibliography import UNRESOLVED
from liftqa.references.likely import LIKELY_LABEL

ABSTAIN_TEXT = (
    "The articles in this library do not cover this question, so there is no evidence to "
    "quote. liftqa answers questions about strength training and mental health "
    "(depression, anxiety, confidence) from its articles only."
)
CONFLICT_TEXT = "The articles do not agree on this; both sides are quoted."
DIFFER_TEXT = "The articles differ on this point:"
WORDED_HEADING = "Quoted from the articles:"
CRISIS_HEADING = "⚠️ Please reach out for support now."
WIDTH = 96


# --- pieces shared by every format ---------------------------------------------------------


def group_heading(group: ArticleGroup) -> str:
    byline = f" ({group.author})" if group.author != "unknown" else ""
    return f"According to “{group.title}”{byline}:"


def work_line(work: CitedWork, *, with_doi: bool = True) -> str:
    """ "Gordon et al. 2018: meta-analysis of RCTs, JAMA psychiatry 2018, doi:10.1001/…" """
    parts = [work.label, work.venue, f"doi:{work.doi}" if with_doi and work.doi else ""]
    return f"{work.short}: " + ", ".join(p for p in parts if p)


def pages_label(pages: tuple[int, ...]) -> str:
    """ "p. 3", "pp. 3–4" for a quote from a PDF; "" otherwise."""
    if not pages:
        return ""
    if len(pages) == 1:
        return f"p. {pages[0]}"
    return f"pp. {pages[0]}–{pages[-1]}"


def unresolved_line(citation: str) -> str:
    return f"{citation}: {UNRESOLVED} (no article lists it)"


def likely_line(work: CitedWork) -> str:
    """ "likely source, not cited by the article (similarity 0.40): Cunha et al. 2024: …" """
    similarity = f" (similarity {work.similarity:.2f})" if work.similarity is not None else ""
    return f"{LIKELY_LABEL}{similarity}: {work_line(work)}"


def snapshot_line(work: CitedWork) -> str:
    """ "study snapshot: design: meta-analysis; trials: 33 studies; …" """
    return "study snapshot: " + "; ".join(work.facts) if work.facts else ""


def evidence_lines(quote: Quote) -> list[str]:
    """What a quote cites, one line per work (with its snapshot and the checks on its
    citation), then the citations no list gives, then likely sources (never citations)."""
    out: list[str] = []
    for w in quote.works:
        out.append("cites " + work_line(w))
        out += [f"  {line}" for line in (snapshot_line(w), *w.checks) if line]
    out += ["cites " + unresolved_line(c) for c in quote.unresolved]
    out += [likely_line(w) for w in quote.likely]
    return out


LEAD_TITLE = "In short"
THEME_TITLES = {
    "evidence": "What the evidence says",
    "start": "How to start",
    "cautions": "Cautions",
}


def sections(answer: Answer) -> list[tuple[str | None, list[ArticleGroup]]]:
    """The answer's shape: the lead ([1]) under "In short", then each theme under its
    title; an answer without a shape is one untitled section."""
    if not answer.lead or not answer.themes:
        return [(None, runs(answer))]
    out: list[tuple[str | None, list[ArticleGroup]]] = [(LEAD_TITLE, runs(answer, {answer.lead}))]
    for theme in answer.themes:
        out.append((THEME_TITLES.get(theme.key, theme.key), runs(answer, set(theme.quotes))))
    return out


def runs(answer: Answer, only: set[int] | None = None) -> list[ArticleGroup]:
    """The quotes in reading order — [1], the best evidence, first — as runs of one
    article each (an article whose quotes are not neighbours in rank gets two runs).
    `only`: these quote numbers."""
    out: list[ArticleGroup] = []
    by_id = {g.article_id: g for g in answer.groups}
    for quote in answer.quotes:
        group = by_id.get(quote.article_id)
        if (
            group is None
            or quote.n not in group.quotes
            or (only is not None and quote.n not in only)
        ):
            continue
        if out and out[-1].article_id == quote.article_id:
            last = out[-1]
            out[-1] = ArticleGroup(
                last.article_id, last.title, last.author, (*last.quotes, quote.n)
            )
        else:
            out.append(ArticleGroup(group.article_id, group.title, group.author, (quote.n,)))
    return out


def agreement_note(answer: Answer, n: int) -> str:
    """ " (2 other articles say the same)" after a quote several articles agree on."""
    k = answer.agreeing(n)
    if not k:
        return ""
    return f" ({k} other article{'s' if k > 1 else ''} say{'' if k > 1 else 's'} the same)"


def lead_texts(answer: Answer) -> list[str]:
    """What comes before the evidence: crisis resources, then safety notices."""
    lead = [answer.resources.message] if answer.resources else []
    return lead + [n.text for n in answer.notices]


# --- plain text ----------------------------------------------------------------------------


def statements(answer: Answer) -> str:
    """The quotes, article by article: "According to “…”:" then "- “…” [n]" lines."""
    lines = [CONFLICT_TEXT] if answer.conflict else []
    for title, groups in sections(answer):
        if title:
            lines.append(f"{title}:")
        for group in groups:
            lines.append(group_heading(group))
            lines += [
                f"- “{answer.quote(n).text}” [{n}]{agreement_note(answer, n)}" for n in group.quotes
            ]
    lines += difference_lines(answer)
    return "\n".join(lines)


def difference_lines(answer: Answer) -> list[str]:
    """ "The articles differ on this point: [2] (…) and [4] (…)" for each differing pair."""
    out = []
    for a, b in answer.differ:
        qa, qb = answer.quote(a), answer.quote(b)
        out.append(f"{DIFFER_TEXT} [{a}] ({qa.title}) and [{b}] ({qb.title}) say different things.")
    return out


def body(answer: Answer) -> str:
    """The evidence part: the quotes, the model's verified wording above them, or why there
    is no answer."""
    if answer.abstained:
        return ABSTAIN_TEXT
    if answer.worded:
        return " ".join(answer.worded) + "\n\n" + WORDED_HEADING + "\n" + statements(answer)
    return statements(answer)


def plain(answer: Answer) -> str:
    return "\n\n".join(p for p in [*lead_texts(answer), body(answer)] if p)


# --- Markdown (the chat) -------------------------------------------------------------------

# Only what Markdown would read as markup is escaped, so an exported answer stays readable
# as plain text: "<", ">" and "&" are HTML-escaped; emphasis, code, links and images (their
# brackets), e-mail autolinks, tables and strikethrough are escaped anywhere; headings, list
# markers and setext underlines only at the start of a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]|~@])")
_MD_LINE_START = re.compile(r"^([ \t]*)([#+=-])", re.MULTILINE)
_MD_ORDERED = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)


# HTML's specials: "<" and ">" always; "&" only where it would start an entity ("&amp;",
# "&#60;"), so "Suicide & Crisis Lifeline" stays readable in an exported file.
_ENTITY_START = re.compile(r"&(?=#?\w+;)")


def _html_plain(text: str) -> str:
    return _ENTITY_START.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def _md_plain(text: str) -> str:
    out = _MD_INLINE.sub(r"\\\1", _html_plain(text))
    out = _MD_ORDERED.sub(r"\1\\\2", out)
    return _MD_LINE_START.sub(r"\1\\\2", out)


# A web address inside quoted text: shown as a code span, so a Markdown renderer neither
# turns it into a link with escaped characters in it nor takes trailing punctuation along.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>`\"“”‘’()\[\]]+[^\s<>`\"“”‘’()\[\].,;:!?]")


def md_escape(text: str) -> str:
    """Text for the Markdown chat: no markup, no links, no images, no formatting (a web
    address is shown literally, as code)."""
    out, last = [], 0
    for m in _URL.finditer(text):
        out.append(_md_plain(text[last : m.start()]))
        out.append(f"`{m.group(0)}`")
        last = m.end()
    out.append(_md_plain(text[last:]))
    return "".join(out)


def _md_lines(text: str) -> str:
    return "\n".join(md_escape(line) for line in text.split("\n"))


def _md_fixed(text: str) -> str:
    """One of liftqa's own texts (crisis resources, notices): its "- " lines a real list,
    set apart by blank lines, so the helplines render as a list and not one paragraph;
    the words escaped like any other."""
    blocks: list[list[str]] = []
    for line in text.split("\n"):
        item = line.startswith("- ")
        shown = f"- {md_escape(line[2:])}" if item else md_escape(line)
        if item and blocks and blocks[-1][0].startswith("- "):  # the list goes on
            blocks[-1].append(shown)
        else:
            blocks.append([shown])
    return "\n\n".join("\n".join(block) for block in blocks)


def markdown(answer: Answer) -> str:
    """The chat message. Each article's quotes are a block of their own (heading, then a
    list), separated by blank lines so a heading never renders inside the list before it."""
    blocks: list[str] = []
    if answer.crisis:
        blocks.append(f"**{md_escape(CRISIS_HEADING)}**")
    if answer.searched_for:
        blocks.append(f"_Searched for: {md_escape(answer.searched_for)}_")
    blocks += [_md_fixed(text) for text in lead_texts(answer)]
    if answer.abstained:
        blocks.append(_md_lines(ABSTAIN_TEXT))
    if answer.worded:
        blocks.append(md_escape(" ".join(answer.worded)))
        blocks.append(md_escape(WORDED_HEADING))
    if answer.conflict:
        blocks.append(md_escape(CONFLICT_TEXT))
    for title, groups in sections(answer):
        if title:
            blocks.append(f"**{md_escape(title)}**")
        for group in groups:
            items = [
                f"- “{md_escape(answer.quote(n).text)}” \\[{n}\\]"
                f"{md_escape(agreement_note(answer, n))}"
                for n in group.quotes
            ]
            blocks.append(f"**{md_escape(group_heading(group))}**\n\n" + "\n".join(items))
    blocks += [md_escape(line) for line in difference_lines(answer)]
    blocks.append(f"_{md_escape(answer.disclaimer)}_")
    return "\n\n".join(blocks)


# --- terminal ------------------------------------------------------------------------------


def terminal(answer: Answer) -> str:
    """`liftqa ask`: the answer, then each quote's source, what it cites, the studies."""
    out = [plain(answer)]
    if answer.quotes:
        out.append("\nSources:")
        shown: set[str] = set()
        for q in answer.quotes:
            section = f", section “{q.section}”" if q.section else ""
            page = f"{pages_label(q.pages)}, " if q.pages else ""
            line = (
                f"[{q.n}] “{q.title}” by {q.author}{section}; "
                f"{q.article_id}, {page}characters {q.start}–{q.end}"
            )
            out.append(textwrap.fill(line, WIDTH, subsequent_indent="    "))
            out += [_indented(e) for e in evidence_lines(q)]
            if q.provenance and q.article_id not in shown:
                shown.add(q.article_id)
                out.append(_indented(f"about this source: {q.provenance}"))
    if answer.references:
        out.append("\nStudies cited by the quoted passages:")
        for ref in answer.references:
            doi = f" https://doi.org/{ref.doi}" if ref.doi and ref.doi not in ref.text else ""
            out.append(textwrap.fill(f"- {ref.text}{doi}", WIDTH, subsequent_indent="  "))
    out.append("\n" + textwrap.fill(f"Note: {answer.disclaimer}", WIDTH))
    return "\n".join(out) + "\n"


def _indented(text: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent="    ", subsequent_indent="      ")


# --- Markdown export (a file to keep or share) ---------------------------------------------


def export_markdown(answer: Answer) -> str:
    """The answer as a Markdown document: the question, the answer's lead (crisis resources,
    notices), each quote with its source and offsets and what it cites, the references
    with DOIs, and the disclaimer. Corpus and user text is escaped."""
    out = [f"# {md_escape(answer.question)}", ""]
    out += [_md_fixed(text) + "\n" for text in lead_texts(answer)]
    if answer.abstained:
        out += [_md_lines(ABSTAIN_TEXT), ""]
    if answer.worded:
        out += [md_escape(" ".join(answer.worded)), ""]
    if answer.quotes:
        out += ["## Quotes", ""]
    for q in answer.quotes:
        section = f", section “{md_escape(q.section)}”" if q.section else ""
        page = f"{pages_label(q.pages)}, " if q.pages else ""
        out.append(f"{q.n}. “{md_escape(q.text)}”  ")
        out.append(
            f"   — *{md_escape(q.title)}* ({md_escape(q.author)}){section}; "
            f"`{q.article_id}`, {page}characters {q.start}–{q.end}"
        )
        out += [f"   - {md_escape(line.strip())}" for line in evidence_lines(q)]
        out.append("")
    if answer.references:
        out += ["## References", ""]
        for ref in answer.references:
            doi = f" https://doi.org/{ref.doi}" if ref.doi and ref.doi not in ref.text else ""
            out.append(f"- {md_escape(ref.text)}{doi}")
        out.append("")
    out += ["---", "", f"*{md_escape(answer.disclaimer)}*", ""]
    return "\n".join(out)
