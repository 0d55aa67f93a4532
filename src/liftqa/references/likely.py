"""Likely sources for claims in articles that list references but cite none in their text:
the listed work whose title is nearest the claim by content (TF-IDF cosine over stemmed
words). A proposal, labelled as such ("likely source, not cited by the article"), never a
citation. `evaluate` measures it on the corpus's own cited pairs: how often the work an
article really cites ranks first among the works its list gives."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from liftqa.references.works import Work

LIKELY_LABEL = "likely source, not cited by the article"
MIN_SIMILARITY = 0.2

_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the of in on and or for to by with from as at is are was were be been that this "
        "these those it its their can may might more most than into also not no all any such "
        "which who what how when where study studies effect effects impact association",
    )
)
_SYNONYMS = {"strength": "resistance", "lifting": "resistance", "weight": "resistance"}


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import Stemmer

    return Stemmer.Stemmer("english")


def tokens(text: str) -> list[str]:
    """Stemmed content words, and years ("a 2018 meta-analysis" names its year)."""
    found = re.findall(r"\b(?:19|20)\d{2}\b|[a-z]+", text.lower())
    words = [w for w in found if w not in _STOP and len(w) > 2]
    words = [_SYNONYMS.get(w, w) for w in words]
    stems: list[str] = _stemmer().stemWords(words)  # type: ignore[attr-defined]
    return stems


@dataclass(frozen=True)
class LikelyLink:
    """A claim (a sentence of an article) and the listed work it most likely comes from."""

    article_id: str
    start: int
    end: int
    work_id: str
    similarity: float

    @property
    def line(self) -> str:
        return f"{LIKELY_LABEL} (similarity {self.similarity:.2f})"


class Scorer:
    """TF-IDF cosine between a claim and works' titles; IDF from the given documents."""

    def __init__(self, documents: Iterable[str]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            n += 1
            df.update(set(tokens(doc)))
        self._idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}
        self._default = math.log(n + 1) + 1

    def vector(self, text: str) -> dict[str, float]:
        counts = Counter(tokens(text))
        vec = {t: c * self._idf.get(t, self._default) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def similarity(self, claim: str, work: Work) -> float:
        a, b = self.vector(claim), self.vector(work_text(work))
        return sum(v * b.get(t, 0.0) for t, v in a.items())

    def rank(self, claim: str, works: Sequence[Work]) -> list[tuple[float, Work]]:
        scored = [(self.similarity(claim, w), w) for w in works]
        return sorted(scored, key=lambda sw: (-sw[0], sw[1].id))


def work_text(work: Work) -> str:
    return " ".join(str(x) for x in (work.title, work.container, work.year) if x)


def claim_text(sentence: str, start: int = 0, end: int = 0) -> str:
    """The claim without its citation marker at [start, end) (offsets in the sentence)."""
    if not 0 <= start < end <= len(sentence):
        return sentence
    return sentence[:start] + " " + sentence[end:]


@dataclass(frozen=True)
class Evaluation:
    pairs: int
    first: int

    @property
    def rate(self) -> float:
        return self.first / self.pairs if self.pairs else 0.0


def evaluate(
    pairs: Iterable[tuple[str, str, str]],
    candidates: Mapping[str, Sequence[Work]],
    scorer: Scorer,
) -> Evaluation:
    """`pairs`: (claim, true work id, article id); `candidates`: works per article."""
    n = first = 0
    for claim, work_id, article_id in pairs:
        works = candidates.get(article_id) or ()
        if len(works) < 2:
            continue
        n += 1
        ranked = scorer.rank(claim, works)
        first += ranked[0][1].id == work_id
    return Evaluation(n, first)
