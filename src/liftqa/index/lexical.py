"""Lexical search: tokenization (Snowball stems, stop words), BM25 (bm25s) and rarity-
weighted term coverage. No chromadb: the answer stage uses these directly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import bm25s
import numpy as np
import Stemmer

from liftqa.types import Unit

_STEMMER = Stemmer.Stemmer("english")
# bm25s's English list plus the words questions are made of ("how", "what", "should"…),
# which would otherwise count as rare, telling terms.
_QUESTION_WORDS = (
    "what whats how why when where which who whom whose does doe do did done should would "
    "could can may might must shall will many much i im ive me my mine myself we our you your "
    "yours it its they them their there here any some about tell know get got also just "
    "really very anything something someone anyone thing things way ways lot lots please have "
    "has had having be been being am"
)
STOPWORDS = sorted(set(bm25s.stopwords.STOPWORDS_EN) | set(_QUESTION_WORDS.split()))


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased, stop words removed, Snowball-stemmed: "Lifting" and "lifts" → "lift"."""
    tokens: list[list[str]] = bm25s.tokenize(
        list(texts), stopwords=STOPWORDS, stemmer=_STEMMER, return_ids=False, show_progress=False
    )
    return tokens


class LexicalIndex:
    """BM25 over a fixed list of units; `scores(query)` gives one score per unit."""

    def __init__(self, units: Sequence[Unit], tokens: list[list[str]] | None = None) -> None:
        """`tokens`: the units' texts already tokenized, when the caller has them."""
        self.units = list(units)
        self._bm25: Any = None
        if self.units:
            self._bm25 = bm25s.BM25()
            corpus = tokens if tokens is not None else tokenize([u.text for u in self.units])
            self._bm25.index(corpus, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        tokens = tokenize([query])[0]
        if not tokens:
            return np.zeros(len(self.units), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        return top_k(self.scores(query), k, positive_only=True)


def top_k(scores: np.ndarray, k: int, *, positive_only: bool = False) -> list[tuple[int, float]]:
    """The k best (index, score), best first, ties by index: a partial selection, so it
    stays fast on a large corpus."""
    if scores.size == 0 or k <= 0:
        return []
    part = np.argpartition(-scores, k - 1)[:k] if scores.size > k else np.arange(scores.size)
    order = part[np.lexsort((part, -scores[part]))]
    return [(int(i), float(scores[i])) for i in order if not positive_only or scores[i] > 0]


class TermCoverage:
    """How much of a question's vocabulary a text covers, weighted by rarity (IDF): 1.0 when
    every (stemmed, non-stopword) question term occurs in it. Unlike BM25 normalised by the
    best match, this is absolute: a question whose words the corpus lacks scores low."""

    def __init__(self, texts: Sequence[str], tokens: list[list[str]] | None = None) -> None:
        if tokens is None:
            tokens = tokenize(texts) if texts else []
        self.term_sets = [frozenset(t) for t in tokens]
        n = len(self.term_sets)
        df: dict[str, int] = {}
        for terms in self.term_sets:
            for term in terms:
                df[term] = df.get(term, 0) + 1
        self._n = n
        self._idf = {t: float(np.log((n + 1) / (c + 0.5))) for t, c in df.items()}

    def idf(self, term: str) -> float:
        """Squared IDF: the rare word a question hinges on ("hippocampus") outweighs the
        common ones it shares with everything ("training")."""
        return self._idf.get(term, float(np.log((self._n + 1) / 0.5))) ** 2

    def query_terms(self, query: str) -> dict[str, float]:
        return {t: self.idf(t) for t in dict.fromkeys(tokenize([query])[0])}

    def coverage(self, terms: dict[str, float], i: int) -> float:
        total = sum(terms.values())
        if total <= 0:
            return 0.0
        return sum(w for t, w in terms.items() if t in self.term_sets[i]) / total
