"""Where the quoted articles differ: two quotes from different articles on the same point
(close in meaning) that give different amounts of one comparable dimension, or where one
hedges or negates what the other states. The answer shows them as "The articles differ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from liftqa.answer.amounts import Dimension, by_dimension
from liftqa.answer.model import Quote
from liftqa.index.retrieve import SearchIndex

SAME_POINT = 0.6  # two quotes this close in meaning speak to the same point


# A hedge or negation of the finding itself ("no significant effect", "limited evidence",
# "smaller effects", "unclear"), not of something around it ("anxiety has been studied less
# than depression … the findings are encouraging" still states the finding).
_HEDGE_RE = re.compile(
    r"\bnot\s+(?:\w+\s+)?(?:effective|significant\w*|clear|help\w*|improve\w*|reduce\w*|better|"
    r"superior|associated|supported)\b|\bno\s+(?:\w+\s+)?(?:effects?|differences?|benefits?|"
    r"improvements?|significant|evidence|association)\b|\black\s+of\s+(?:\w+\s+)?(?:evidence|effects?|"
    r"data|studies|trials)\b|\b(?:limited|preliminary|insufficient|mixed|weak|weaker|inconsistent)\s+"
    r"(?:\w+\s+)?(?:evidence|data|results|findings|effects?|support)\b|\b(?:unclear|uncertain|"
    r"inconclusive)\b|\b(?:smaller|less)\s+(?:\w+\s+)?(?:effects?|benefits?|effective|pronounced|"
    r"improvements?)\b",
    re.IGNORECASE,
)


def differences(quotes: Sequence[Quote], index: SearchIndex) -> tuple[tuple[int, int], ...]:
    """Pairs of quotes [a], [b] from different articles on the same point (close in
    meaning) that give different amounts of the same dimension ("2-3 sessions per week" /
    "3-4 times weekly": both frequencies; "6 to 52 weeks in length" / "1-2 sessions per
    week" are a length and a frequency, no difference) or differ in direction (one hedges
    or negates what the other states)."""
    vectors = [_quote_vector(q, index) for q in quotes]
    advice = [_advises(q, index) for q in quotes]
    out: list[tuple[int, int]] = []
    for i, a in enumerate(quotes):
        for j in range(i + 1, len(quotes)):
            b = quotes[j]
            va, vb = vectors[i], vectors[j]
            if a.article_id == b.article_id or va is None or vb is None:
                continue
            if float(va @ vb) < SAME_POINT:
                continue
            if advice[i] != advice[j]:
                continue  # advice and a study's description are not the same point
            numbers_differ = amounts_differ(a.text, b.text) or magnitudes_differ(a.text, b.text)
            hedge_differs = bool(_HEDGE_RE.search(a.text)) != bool(_HEDGE_RE.search(b.text))
            if numbers_differ or (hedge_differs and float(va @ vb) >= 0.8):
                out.append((a.n, b.n))
    return tuple(out)


# Dimensions where two articles' different amounts are a disagreement to show; counts of
# participants or trials differ between studies without the articles disagreeing.
COMPARABLE: frozenset[Dimension] = frozenset(
    {"frequency", "duration", "session", "volume", "intensity", "effect", "percent"}
)


def amounts_differ(a: str, b: str) -> bool:
    """Both texts state amounts of one comparable dimension and none of them agree: ranges
    that only overlap differ ("2-3" and "3-4"), an amount inside the other's range agrees
    with it ("two sessions" and "2-3 sessions", "8-12 weeks" and "6 to 52 weeks")."""
    da, db = by_dimension(a), by_dimension(b)
    return any(
        not any(_agree(x, y) for x in da[d] for y in db[d])
        for d in COMPARABLE
        if d in da and d in db
    )


# Effect sizes said in words: small (1), moderate (2), large (3); "small-to-moderate
# improvements" spans 1-2, "effect sizes that are often moderate and sometimes large" 2-3. A
# size word counts only where it sizes an effect ("large meta-analyses", "moderate-intensity
# training" and "smaller samples" size nothing).
_MAGNITUDE_WORDS = {"small": 1, "modest": 1, "moderate": 2, "medium": 2, "large": 3}
_SIZE = r"(?:small|modest|moderate|medium|large)"
_SIZED_EFFECT_RE = re.compile(
    rf"\b{_SIZE}(?:(?:[-\s]+(?:to|and|or)[-\s]+|\s*[-–/]\s*){_SIZE})?\s+(?:\w+\s+){{0,2}}?"
    r"(?:effects?|improvements?|reductions?|benefits?|changes?)\b|\beffect\s+sizes?\b[^.;]{0,60}",
    re.IGNORECASE,
)
_MAGNITUDE_RE = re.compile(rf"\b({_SIZE})\b(?![-\s]+intensity)", re.IGNORECASE)


def magnitude(text: str) -> tuple[int, int] | None:
    """The range of effect sizes a text states in words, or None."""
    levels = [
        _MAGNITUDE_WORDS[m.group(1).lower()]
        for phrase in _SIZED_EFFECT_RE.finditer(text)
        for m in _MAGNITUDE_RE.finditer(phrase.group(0))
    ]
    return (min(levels), max(levels)) if levels else None


def magnitudes_differ(a: str, b: str) -> bool:
    """Both texts size the effect in words and neither range holds the other ("small-to-
    moderate" and "moderate and sometimes large" differ; "moderate" sits inside "small-to-
    moderate")."""
    ra, rb = magnitude(a), magnitude(b)
    if ra is None or rb is None:
        return False
    return not ((rb[0] <= ra[0] and ra[1] <= rb[1]) or (ra[0] <= rb[0] and rb[1] <= ra[1]))


def _agree(x: str, y: str) -> bool:
    if x == y:
        return True
    rx, ry = _bounds(x), _bounds(y)
    if rx is None or ry is None:
        return False
    (lo_x, hi_x), (lo_y, hi_y) = rx, ry
    return (lo_y <= lo_x and hi_x <= hi_y) or (lo_x <= lo_y and hi_y <= hi_x)


def _bounds(value: str) -> tuple[float, float] | None:
    try:
        parts = [float(p) for p in value.split("-")]
    except ValueError:
        return None
    return (parts[0], parts[-1]) if len(parts) in (1, 2) else None


# Words that describe what studies did, not what a reader should do ("the training frequency
# ranged from 2 to 7 days per week, although the most common practice featured 3").
_STUDY_RE = re.compile(
    r"\b(?:ranged|studies|study|trials?|participants|protocols?|included|practice\s+featured|"
    r"interventions?|meta-analys\w*|researchers?)\b",
    re.IGNORECASE,
)


def _advises(quote: Quote, index: SearchIndex) -> bool:
    """The quote gives advice (its first sentence's role is a recommendation: "Start with
    1-2 sessions per week") rather than describing studies ("the training frequency ranged
    from 2 to 7 days per week")."""
    ids = index.sentences_within(quote.article_id, quote.start, quote.end)
    if not ids:
        return False
    first = index.sentences[ids[0]]
    return first.roles[:1] == ("recommendation",) and _STUDY_RE.search(first.text) is None


def _quote_vector(quote: Quote, index: SearchIndex) -> np.ndarray | None:
    """The mean vector of the sentences a quote spans (None when none is indexed)."""
    ids = index.sentences_within(quote.article_id, quote.start, quote.end)
    if not ids:
        return None
    mean = index.sentence_vectors[ids].mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else None
