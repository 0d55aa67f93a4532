"""Text helpers shared by the stages: the year and DOI patterns, DOI trimming, initials.

Base layer: no third-party imports, no liftqa imports.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

YEAR = r"(?:19|20)\d{2}"
YEAR_RE = re.compile(rf"\b{YEAR}\b")
DOI_RE = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_TRAILING_PUNCTUATION = ".,;)"


def trim_trailing(text: str) -> str:
    """A DOI or URL as found in running text, without the sentence's punctuation after it."""
    return text.rstrip(_TRAILING_PUNCTUATION)


def find_doi(text: str) -> str | None:
    """The first DOI in `text` ("10.1001/jamapsychiatry.2018.0572"), trimmed."""
    match = DOI_RE.search(text)
    return trim_trailing(match.group(0)) if match else None


def initials(name: str) -> str:
    """Lower-case initials of the capitalised words: "World Health Organization" → "who"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ'’\-]+", name) if w[0].isupper()).lower()


# Words Title Case leaves lower-case ("Strength Training for the Mind").
SMALL_WORDS = frozenset(
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


def iter_lines(body: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each line, end excluding the newline."""
    pos = 0
    for line in body.split("\n"):
        end = pos + len(line)
        yield pos, end, line.rstrip("\r")
        pos = end + 1


def printable(text: str, keep: str = "") -> str:
    """Text from outside (file names, article lines) made safe for a terminal: control and
    invisible formatting characters (newlines, ANSI escapes, bidi overrides, zero-width
    marks) are shown as escapes instead of acting. `keep`: characters left as they are
    (the newlines of a multi-line report the program itself wrote)."""
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(repr(ch)[1:-1] if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)
