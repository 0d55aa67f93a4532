"""The amounts a text states, each with what it measures (its dimension), and the dimension
a quantity question asks for.

"Training 3-4 times per week" states 3-4 of *frequency*; "protocols ranged from 6 to 52
weeks in length" states 6-52 of *duration* (a programme's length); "2-3 sets of 10-15
repetitions" states *volume*. Two articles differ on a point only when they give different
amounts of the same dimension, and "how often should I lift?" is answered by a sentence
stating a frequency, not a programme length. One small table of patterns, here only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Dimension = Literal[
    "frequency",  # times / sessions / days per week, weekly, twice-weekly
    "duration",  # how long a programme runs or until an effect: weeks, months
    "session",  # how long a session is: minutes, hours
    "volume",  # sets, repetitions, exercises
    "intensity",  # % of 1RM, RM, load
    "count",  # participants, trials, studies, people
    "effect",  # effect sizes (SMD, d, g)
    "percent",  # other percentages
    "other",  # a number whose unit is not recognised
]

_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twelve": "12",
}
_I = re.IGNORECASE
_NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(_WORDS) + r")"
# A number or a range ("2-3", "2–3", "2 to 7"), not a year, not glued to a full stop.
_AMOUNT = re.compile(
    r"(?<![\w.])(?!(?:19|20)\d{2}\b)(?P<low>"
    + _NUM
    + r")(?:\s*(?:-|–|—|to)\s*(?P<high>"
    + _NUM
    + r"))?(?![\d])",
    _I,
)
_PER_WEEK = r"(?:a|per|each|every|/|in\s+a)\s*week|weekly|/\s*wk|a\s+wk"
# What follows the number, in order: the first that matches gives the dimension.
_AFTER: tuple[tuple[Dimension, re.Pattern[str]], ...] = (
    (
        "frequency",
        re.compile(
            r"^\s*(?:x|×|times?|sessions?|days?|trainings?(?:\s+days?)?|training\s+days?"
            r"|workouts?|visits?)?\s*(?:\w+\s+){0,2}?(?:" + _PER_WEEK + r")\b",
            _I,
        ),
    ),
    ("frequency", re.compile(r"^\s*(?:x|×|times)\b(?!\s*(?:more|less|greater|higher))", _I)),
    (
        "intensity",
        re.compile(
            r"^\s*%\s*(?:of\s+)?(?:(?:one|1)[-\s]?(?:rm|repetition\s+max\w*)"
            r"|max\w*|1rm)",
            _I,
        ),
    ),
    ("intensity", re.compile(r"^\s*-?\s*(?:rm|repetition\s+max\w*)\b", _I)),
    ("intensity", re.compile(r"^\s*-?\s*(?:kg|kilograms?|lbs?|pounds?)\b", _I)),
    ("percent", re.compile(r"^\s*(?:%|percent\b|per\s+cent\b)", _I)),
    ("duration", re.compile(r"^\s*-?\s*(?:weeks?|wks?|months?|years?)\b", _I)),
    ("session", re.compile(r"^\s*-?\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\b", _I)),
    (
        "volume",
        re.compile(r"^\s*(?:\w+\s+){0,2}?(?:sets?|reps?|repetitions?|exercises?|movements?)\b", _I),
    ),
    (
        "count",
        re.compile(
            r"^\s*(?:\w+\s+){0,3}?(?:participants?|people|persons?|patients?|adults?|subjects?"
            r"|individuals?|men|women|children|adolescents?|students?|veterans?|trials?|rcts?"
            r"|studies|study|articles?|papers?|samples?|cohorts?|million|thousand)\b",
            _I,
        ),
    ),
)
# What comes just before the number.
_BEFORE: tuple[tuple[Dimension, re.Pattern[str]], ...] = (
    (
        "effect",
        re.compile(
            r"(?:\b(?:smd|hedges'?\s*g|cohen'?s\s*d|effect\s+sizes?(?:\s+of)?|es|d|g|\u0394)"
            r"\s*(?:[=:≈~]|of|was|were|is)?\s*[-−]?\s*)$",
            _I,
        ),
    ),
    ("count", re.compile(r"\b(?:n\s*=|k\s*=)\s*$", _I)),
)
_BARE_FREQUENCY = re.compile(
    r"\b(?P<word>once|twice|thrice)(?:[-\s]+(?:a|per|each|every)?\s*)(?:week\b|weekly\b)"
    r"|\b(?P<word2>twice|thrice|once)-weekly\b",
    _I,
)
_NOT_AN_AMOUNT = re.compile(r"^\s*%\s*(?:ci|confidence)\b", _I)
_ONE_RM = re.compile(r"^\s*-?\s*(?:rm|repetition\s+max)", _I)
_BARE_VALUES = {"once": "1", "twice": "2", "thrice": "3"}


@dataclass(frozen=True)
class Amount:
    """One amount a text states: `value` as written, normalised ("2-3", "2-7", "0.66")."""

    value: str
    dimension: Dimension


def _norm(token: str) -> str:
    return _WORDS.get(token.lower(), token.replace(",", ""))


def amounts(text: str) -> tuple[Amount, ...]:
    """Every amount in `text` with its dimension, in order; years are not amounts."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        low, high = m.group("low"), m.group("high")
        after = text[m.end() :]
        if low.isalpha() and not _starts_unit(after):
            continue  # "one of the best", "two reasons": a word, not an amount
        if _NOT_AN_AMOUNT.match(after) or (low == "1" and not high and _ONE_RM.match(after)):
            continue  # "95% CI", "% of 1RM": a label, not an amount
        value = _norm(low) + ("-" + _norm(high) if high else "")
        out.append(Amount(value, _dimension(text[: m.start()], text[m.end() :])))
    for m in _BARE_FREQUENCY.finditer(text):
        word = (m.group("word") or m.group("word2")).lower()
        out.append(Amount(_BARE_VALUES[word], "frequency"))
    return tuple(out)


def _starts_unit(after: str) -> bool:
    return any(p.match(after[:60]) for _d, p in _AFTER)


def _dimension(before: str, after: str) -> Dimension:
    for dimension, pattern in _BEFORE:
        if pattern.search(before[-40:]):
            return dimension
    for dimension, pattern in _AFTER:
        if pattern.match(after[:60]):
            return dimension
    return "other"


def by_dimension(text: str) -> dict[Dimension, frozenset[str]]:
    """The amounts of `text` grouped by dimension (the unrecognised ones left out)."""
    out: dict[Dimension, set[str]] = {}
    for a in amounts(text):
        if a.dimension != "other":
            out.setdefault(a.dimension, set()).add(a.value)
    return {d: frozenset(v) for d, v in out.items()}


# Which dimension a quantity question asks for, first match wins: the dimensions of a
# prescription. Counts, shares and effect sizes are left to the general preference for
# sentences with a number (measured: a share bonus let unrelated percentages in).
_ASKED: tuple[tuple[Dimension, re.Pattern[str]], ...] = (
    (
        "session",
        re.compile(
            r"\bhow\s+(?:long|many\s+(?:minutes|hours))\b[^?.]{0,40}\b(?:sessions?|workouts?"
            r"|each\s+time|(?:each|per|a|every)\s+(?:week|day))\b"
            r"|\bhow\s+many\s+(?:minutes|hours)\b|\bsession\s+(?:length|duration)\b",
            _I,
        ),
    ),
    (
        "frequency",
        re.compile(
            r"\bhow\s+(?:often|frequently)\b|\bhow\s+many\s+(?:times|days|sessions|workouts)\b"
            r"|\b(?:times|days|sessions)\s+(?:a|per|each)\s+week\b|\bper\s+week\b|\bfrequency\b",
            _I,
        ),
    ),
    (
        "volume",
        re.compile(r"\bhow\s+many\s+(?:sets|reps|repetitions|exercises)\b|\b(?:sets|reps)\b", _I),
    ),
    (
        "intensity",
        re.compile(
            r"\bhow\s+(?:heavy|hard|intense)\b|\b(?:intensity|1\s?rm|what\s+weights?|how\s+much"
            r"\s+weight|load)\b",
            _I,
        ),
    ),
    (
        "duration",
        re.compile(
            r"\bhow\s+(?:long|soon|quickly|fast)\b|\bhow\s+many\s+(?:weeks|months)\b"
            r"|\b(?:until|till|before)\s+(?:i|you|we|they|it|results?|benefits?)\b",
            _I,
        ),
    ),
)


# A question asking for an amount at all ("how often", "what percentage"), not one that
# only names a dimension ("what source is given for these effect sizes", "which
# moderators (age, frequency, …)").
_ASKS_AMOUNT = re.compile(
    r"\bhow\s+(?:many|much|often|frequently|long|heavy|hard|intense|soon|quickly|fast|big"
    r"|large|strong)\b|\bwhat\s+(?:percent\w*|proportion|share|dose|intensity|frequency"
    r"|number|weight|load)\b|\b(?:times|days|sessions)\s+(?:a|per)\s+week\b",
    _I,
)


def asked_dimension(question: str) -> Dimension | None:
    """The dimension a quantity question asks for ("how often" → frequency, "how long
    until" → duration, "how heavy" → intensity), or None when it asks for no amount."""
    if not _ASKS_AMOUNT.search(question):
        return None
    for dimension, pattern in _ASKED:
        if pattern.search(question):
            return dimension
    return None


# Every number a text states, without its dimension (a question's numbers met in a quote).
_NUMBER_RE = re.compile(r"(?<![\d.])(?!(?:19|20)\d{2}\b)\d[\d,]*(?:\.\d+)?(?:\s*[-–]\s*\d+)?(?!\d)")


def numbers(text: str) -> frozenset[str]:
    """The amounts a text states, ranges whole ("2-3", "3–4"), years left out."""
    return frozenset(
        re.sub(r"\s*[-–]\s*", "-", m.group().replace(",", "")) for m in _NUMBER_RE.finditer(text)
    )
