"""Hybrid retrieval: dense (Chroma, cosine) + lexical BM25 (bm25s), fused by reciprocal rank.

`SearchIndex` is an in-memory snapshot of what the lexical side and the quote scorer need
(unit texts, BM25 indices, sentence vectors), loaded once from the store and rebuilt after
an ingest. `HybridRetriever` exposes the same search as a LangChain retriever (Runnable).
Results are deterministic: ties break on unit id.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import bm25s
import numpy as np
import Stemmer
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from liftqa.config import Settings
from liftqa.store import Store
from liftqa.types import Hit, Unit

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


@dataclass
class SearchIndex:
    passages: LexicalIndex
    sentences: list[Unit]
    sentence_bm25: LexicalIndex
    sentence_terms: TermCoverage
    sentence_vectors: np.ndarray  # (n_sentences, dim), L2-normalised
    by_article: dict[str, tuple[list[int], list[int]]]  # article → (starts, indices) by start

    @classmethod
    def load(cls, store: Store) -> SearchIndex:
        passages = store.all_units("passages")
        passages.sort(key=lambda u: u.id)
        sentences, vectors = store.units_with_vectors("sentences")
        order = sorted(range(len(sentences)), key=lambda i: sentences[i].id)
        sentences = [sentences[i] for i in order]
        vectors = vectors[order] if len(order) else vectors
        # One tokenization of the sentences serves BM25 and term coverage alike.
        sentence_tokens = tokenize([u.text for u in sentences]) if sentences else []
        by_article: dict[str, list[int]] = {}
        for i, unit in enumerate(sentences):
            by_article.setdefault(unit.article_id, []).append(i)
        for indices in by_article.values():
            indices.sort(key=lambda i: sentences[i].start)
        return cls(
            LexicalIndex(passages),
            sentences,
            LexicalIndex(sentences, sentence_tokens),
            TermCoverage([u.text for u in sentences], sentence_tokens),
            vectors,
            {a: ([sentences[i].start for i in ix], ix) for a, ix in by_article.items()},
        )

    def sentences_within(self, article_id: str, start: int, end: int) -> list[int]:
        """Indices of the sentences that begin inside [start, end) of an article."""
        starts, indices = self.by_article.get(article_id, ([], []))
        return indices[bisect_left(starts, start) : bisect_left(starts, end)]

    @property
    def empty(self) -> bool:
        return not self.passages.units


class HybridSearch:
    """Dense + BM25 with reciprocal-rank fusion over passage chunks and reference entries."""

    def __init__(self, store: Store, index: SearchIndex, settings: Settings) -> None:
        self.store = store
        self.index = index
        self.settings = settings

    def search(self, query: str, vector: Sequence[float] | None = None) -> list[Hit]:
        s = self.settings
        if vector is None:
            vector = self.store.embedder.embed_query(query)
        dense = self.store.dense("passages", vector, s.candidate_k)
        lexical = self.index.passages.top(query, s.candidate_k)
        fused: dict[str, dict[str, Any]] = {}
        for rank, (unit, cosine) in enumerate(dense, 1):
            entry = fused.setdefault(unit.id, {"unit": unit, "score": 0.0})
            entry.update(dense=cosine, dense_rank=rank)
            entry["score"] += 1.0 / (s.rrf_k + rank)
        for rank, (i, _score) in enumerate(lexical, 1):
            unit = self.index.passages.units[i]
            entry = fused.setdefault(unit.id, {"unit": unit, "score": 0.0})
            entry["lexical_rank"] = rank
            entry["score"] += 1.0 / (s.rrf_k + rank)
        ranked = sorted(fused.values(), key=lambda e: (-e["score"], e["unit"].id))
        return [
            Hit(
                unit=e["unit"],
                score=e["score"],
                dense=e.get("dense"),
                dense_rank=e.get("dense_rank"),
                lexical_rank=e.get("lexical_rank"),
            )
            for e in ranked[: s.top_k]
        ]


class HybridRetriever(BaseRetriever):
    """LangChain face of `HybridSearch`: `retriever.invoke("question")` → Documents whose
    metadata carry the article, offsets, section and fusion evidence."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    search: HybridSearch

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=hit.unit.text,
                id=hit.unit.id,
                metadata={
                    "kind": hit.unit.kind,
                    "article_id": hit.unit.article_id,
                    "start": hit.unit.start,
                    "end": hit.unit.end,
                    "section": hit.unit.section,
                    "score": hit.score,
                    "dense": hit.dense,
                    "dense_rank": hit.dense_rank,
                    "lexical_rank": hit.lexical_rank,
                },
            )
            for hit in self.search.search(query)
        ]
