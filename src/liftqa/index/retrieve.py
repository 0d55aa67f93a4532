"""Hybrid retrieval: dense (the store's vectors, cosine) + lexical BM25 (bm25s), fused by
reciprocal rank.

`SearchIndex` is an in-memory, read-only view of what the lexical side and the quote scorer
need (unit texts, BM25 indices, sentence vectors), built once from what the store holds.
`HybridSearch` asks any `DenseSearch` (the store) for the dense side, so this module never
imports the store. `HybridRetriever` is the same search as a LangChain retriever.
Results are deterministic: ties break on unit id.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from liftqa.config import RetrievalSettings
from liftqa.index.lexical import LexicalIndex, TermCoverage, tokenize, top_k
from liftqa.types import Hit, QueryEmbedder, Unit


class DenseSearch(Protocol):
    """Nearest units by meaning: `VectorSearch` over a frozen index, or the store."""

    def dense(
        self, which: Literal["passages"], vector: Sequence[float], k: int
    ) -> list[tuple[Unit, float]]: ...


class VectorSearch:
    """Exact nearest neighbours by cosine over L2-normalised vectors held in memory (a
    frozen index): one matrix product, ties broken by unit id."""

    def __init__(self, units: Sequence[Unit], vectors: np.ndarray) -> None:
        order = sorted(range(len(units)), key=lambda i: units[i].id)
        self.units = [units[i] for i in order]
        self.vectors = vectors[order] if len(order) else vectors

    def dense(
        self, which: Literal["passages"], vector: Sequence[float], k: int
    ) -> list[tuple[Unit, float]]:
        if not self.units:
            return []
        scores = self.vectors @ np.asarray(vector, dtype=np.float32)
        return [(self.units[i], score) for i, score in top_k(scores, k)]


@dataclass
class SearchIndex:
    passages: LexicalIndex
    sentences: list[Unit]
    sentence_bm25: LexicalIndex
    sentence_terms: TermCoverage
    sentence_vectors: np.ndarray  # (n_sentences, dim), L2-normalised
    by_article: dict[str, tuple[list[int], list[int]]]  # article → (starts, indices) by start
    # What later stages derive once from this (immutable) index, by name.
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, passages: list[Unit], sentences: list[Unit], vectors: np.ndarray) -> SearchIndex:
        """From the stored passages and the sentences with their vectors (any order)."""
        passages = sorted(passages, key=lambda u: u.id)
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
            TermCoverage(
                [u.text for u in sentences],
                sentence_tokens,
                _context_stems(sentences, sentence_tokens),
            ),
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


def _context_stems(sentences: list[Unit], tokens: list[list[str]]) -> list[list[str]]:
    """Where each sentence stands, as stems: its section title, and for a list item the
    other items of its list (so "8-12 repetitions per set" is part of a prescription)."""
    titles = sorted({u.section for u in sentences if u.section})
    stems = dict(zip(titles, tokenize(titles), strict=True)) if titles else {}
    lists: dict[tuple[str, str], list[int]] = {}
    for i, unit in enumerate(sentences):
        if unit.extra.get("item"):
            lists.setdefault((unit.article_id, unit.section or ""), []).append(i)
    out = []
    for i, unit in enumerate(sentences):
        context = list(stems.get(unit.section or "", []))
        if unit.extra.get("item"):
            for j in lists[(unit.article_id, unit.section or "")]:
                if j != i:
                    context += tokens[j]
        out.append(context)
    return out


class HybridSearch:
    """Dense + BM25 with reciprocal-rank fusion over passage chunks and reference entries."""

    def __init__(
        self,
        dense: DenseSearch,
        index: SearchIndex,
        settings: RetrievalSettings,
        embedder: QueryEmbedder,
    ) -> None:
        self.dense = dense
        self.index = index
        self.settings = settings
        self.embedder = embedder

    def search(self, query: str, vector: Sequence[float] | None = None) -> list[Hit]:
        s = self.settings
        if vector is None:
            vector = self.embedder.embed_query(query)
        dense = self.dense.dense("passages", vector, s.candidate_k)
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
