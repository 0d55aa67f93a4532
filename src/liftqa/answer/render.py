"""The one writer of answer text. An `Answer` is data; this module turns it into
- `plain(answer)`: plain text with [n] markers (`to_dict()["answer"]`, the Python API);
- `markdown(answer)`: the chat message (everything from the articles or the user escaped, so
  nothing in it can become markup, a link or an image);
- `terminal(answer)`: what `liftqa ask` prints (the answer, its sources, the studies cited).
Nothing else in liftqa writes answer prose, and nothing parses it back.
"""

from __future__ import annotations

import html
import re
import textwrap

from liftqa.answer.model import Answer, ArticleGroup, CitedWork, Quote
from liftqa.references.bibliography import UNRESOLVED

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


def unresolved_line(citation: str) -> str:
    return f"{citation}: {UNRESOLVED} (no article lists it)"


def evidence_lines(quote: Quote) -> list[str]:
    """What a quote cites, one line per work, then the citations no list gives."""
    return [work_line(w) for w in quote.works] + [unresolved_line(c) for c in quote.unresolved]


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

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: str) -> str:
    """Text for the Markdown chat: no markup, no links, no images, no formatting."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_lines(text: str) -> str:
    return "\n".join(md_escape(line) for line in text.split("\n"))


def markdown(answer: Answer) -> str:
    """The chat message. Each article's quotes are a block of their own (heading, then a
    list), separated by blank lines so a heading never renders inside the list before it."""
    blocks: list[str] = []
    if answer.crisis:
        blocks.append(f"**{md_escape(CRISIS_HEADING)}**")
    if answer.searched_for:
        blocks.append(f"_Searched for: {md_escape(answer.searched_for)}_")
    blocks += [_md_lines(text) for text in lead_texts(answer)]
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
            line = (
                f"[{q.n}] “{q.title}” by {q.author}{section}; "
                f"{q.article_id}, characters {q.start}–{q.end}"
            )
            out.append(textwrap.fill(line, WIDTH, subsequent_indent="    "))
            out += [_indented(f"cites {e}") for e in evidence_lines(q)]
            if q.provenance and q.article_id not in shown:
                shown.add(q.article_id)
                out.append(_indented(f"about this source: {q.provenance}"))
    if answer.references:
        out.append("\nStudies cited by the quoted passages:")
        for ref in answer.references:
            doi = f" https://doi.org/{ref.doi}" if ref.doi else ""
            out.append(textwrap.fill(f"- {ref.text}{doi}", WIDTH, subsequent_indent="  "))
    out.append("\n" + textwrap.fill(f"Note: {answer.disclaimer}", WIDTH))
    return "\n".join(out) + "\n"


def _indented(text: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent="    ", subsequent_indent="      ")
