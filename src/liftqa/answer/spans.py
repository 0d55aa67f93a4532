"""The verbatim span a chosen sentence is quoted with: a lead-in with the relevant items of
its list, a short list item with its lead-in, a sentence that points back ("These …") with
the sentence it points to, a sentence with the "But …" that qualifies it. Every span is a
slice of the article body, so a quote stays verbatim whatever it takes with it.
"""

from __future__ import annotations

import re

from liftqa.ingest.parse import is_bulleted, is_heading
from liftqa.types import Article, Unit

_QUALIFIER_RE = re.compile(
    r"^(?:But|However|Yet|Although|That\s+said|Still|Nevertheless|On\s+the\s+other\s+hand)\b"
)


MAX_LIST_LINES = 7  # a lead-in keeps at most this many lines of its list


# A bulleted item shorter than this many words ("• Fear of judgment in the gym environment.")
# is a fragment of its lead-in's sentence ("Barriers include:"): it comes with the lead-in.
SHORT_BULLET = 9


def span_of(
    unit: Unit, article: Article, relevant: frozenset[int] | set[int] = frozenset()
) -> tuple[int, int]:
    """The verbatim span to quote for a chosen sentence (`relevant`: starts of the relevant
    sentences of its article):
    - a lead-in ending in ":" comes with its list up to its last relevant item;
    - a short list item (under six words) comes with its lead-in and the items before it,
      up to the list's last relevant item; a longer item stands alone;
    - a sentence followed in its paragraph by a "But …"/"However …" that qualifies it
      keeps that sentence."""
    body = article.body
    start, end = unit.start, unit.end
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    line = body[line_start:line_end].strip()
    lead_in = line.endswith(":") and body[start:line_end].strip() == unit.text.strip()
    if not lead_in and not _is_list_item(line):
        return _with_antecedent(article, start), _with_qualifier(article, end)
    lines = _lines_around(body, line_start)
    i = next((k for k, (a, _b, _t) in enumerate(lines) if a == line_start), None)
    if i is None:
        return start, end

    def is_relevant(k: int) -> bool:
        a, b, _t = lines[k]
        return any(a <= r < b for r in relevant)

    if lead_in:
        items = []
        k = i + 1
        if k + 1 < len(lines) and _is_subheading(lines[k][2]) and _is_list_item(lines[k + 1][2]):
            k += 1  # the list comes under a subheading of its own
        while k < len(lines) and _is_list_item(lines[k][2]):
            items.append(k)
            k += 1
        wanted = [k for k in items if is_relevant(k)]
        if not wanted and 0 < len(items) <= MAX_LIST_LINES:
            wanted = items  # the lead-in is what answers: its short list comes whole
        if not wanted or wanted[-1] - i > MAX_LIST_LINES:
            return start, end
        return start, lines[wanted[-1]][0] + len(lines[wanted[-1]][2].rstrip())
    if is_bulleted(line):
        stands_alone = len(line.split()) >= SHORT_BULLET
    else:  # a plain line: a sentence of its own, or a fragment of its lead-in's sentence
        stands_alone = len(line.split()) >= 6 and line.rstrip().endswith((".", "!", "?"))
    if stands_alone:
        return start, end  # an item that says enough on its own
    first = i
    while first > 0 and _is_list_item(lines[first - 1][2]):
        first -= 1
    if first == 0 or not lines[first - 1][2].rstrip().endswith(":"):
        return start, end
    last = i
    k = i + 1
    while k < len(lines) and _is_list_item(lines[k][2]):
        if is_relevant(k):
            last = k
        k += 1
    lead = first - 1
    block_start = lines[lead][0] + len(lines[lead][2]) - len(lines[lead][2].lstrip())
    block_end = lines[last][0] + len(lines[last][2].rstrip())
    if last - lead > MAX_LIST_LINES or block_end - block_start > 700:
        return start, end
    return block_start, block_end


# A sentence that opens by pointing back ("These are many of the same biological targets…",
# "This rigorous RCT found…"): alone, it does not say what it is about.
_ANAPHOR_RE = re.compile(r"^(?:These|This|Those|Such|They|It)\b(?!\s+(?:article|guide|post)\b)")


def _with_antecedent(article: Article, start: int, steps: int = 2) -> int:
    """`start`, or the start of the sentence before it in its paragraph when this one opens
    by pointing back to it (and so on, at most `steps` sentences back)."""
    sentences = article.sentences  # in reading order
    i = next((k for k, s in enumerate(sentences) if s.start == start), None)
    while steps and i and _ANAPHOR_RE.match(sentences[i].text):
        if "\n" in article.body[sentences[i - 1].end : sentences[i].start]:
            break  # the paragraph starts here
        i, steps = i - 1, steps - 1
    return start if i is None else sentences[i].start


def _with_qualifier(article: Article, end: int) -> int:
    """`end`, or the end of the next sentence of the paragraph when it qualifies this one."""
    nxt = next((s for s in article.sentences if s.start >= end), None)
    if nxt is None or "\n" in article.body[end : nxt.start]:
        return end
    return nxt.end if _QUALIFIER_RE.match(nxt.text) else end


def _is_subheading(line: str) -> bool:
    return is_heading(line, standalone=False) and not line.rstrip().endswith(":")


def _is_list_item(line: str) -> bool:
    text = line.strip()
    if is_bulleted(line):
        return 0 < len(text) <= 240
    return (
        0 < len(text) <= 160
        and not text.endswith((".", "?", "!", ":", "”", '"'))
        and not is_heading(line, standalone=False)
    )


def _lines_around(body: str, pos: int, radius: int = 12) -> list[tuple[int, int, str]]:
    """Non-blank lines near `pos` with their offsets (a list never spans blank lines)."""
    lines: list[tuple[int, int, str]] = []
    a = pos
    for _ in range(radius):
        prev = body.rfind("\n", 0, max(a - 1, 0))
        candidate = body[prev + 1 : a - 1] if a > 0 else ""
        if a == 0 or (not candidate.strip() and not _bullets_go_on(body, prev + 1, a - 1)):
            break
        a = prev + 1
    b = a
    while b < len(body) and len(lines) < 2 * radius:
        e = body.find("\n", b)
        e = len(body) if e < 0 else e
        if not body[b:e].strip():
            if _bullets_go_on(body, b, e):
                b = e + 1
                continue  # "• a" / blank / "• b": one list, spaced out
            if b > pos:
                break
            lines.clear()
        else:
            lines.append((b, e, body[b:e]))
        b = e + 1
    return lines


def _bullets_go_on(body: str, b: int, e: int) -> bool:
    """A blank line between a lead-in or a bullet and the next bullet: a list set out with
    blank lines between its items."""
    before_end = b - 1
    prev = body.rfind("\n", 0, max(before_end, 0))
    line_before = body[prev + 1 : before_end] if before_end > 0 else ""
    after = body.find("\n", e + 1)
    line_after = body[e + 1 : len(body) if after < 0 else after]
    return (
        is_bulleted(line_after)
        and bool(line_before.strip())
        and (is_bulleted(line_before) or line_before.rstrip().endswith(":"))
    )
