"""Hybrid retrieval: dense + BM25 fused by reciprocal rank, deterministic, a LangChain retriever."""

from __future__ import annotations

import itertools

from langchain_core.documents import Document
from langchain_core.runnables import Runnable

from liftqa.app.service import Service
from liftqa.index.lexical import LexicalIndex, TermCoverage, tokenize
from liftqa.types import Unit


def _unit(i: int, text: str) -> Unit:
    return Unit(
        id=f"u{i}", kind="passage", article_id="a", start=0, end=len(text), text=text, section=None
    )


def test_tokenize_stems_and_drops_question_words() -> None:
    assert tokenize(["How should lifting help?"])[0] == ["lift", "help"]


def test_bm25_ranks_the_exact_term_first() -> None:
    index = LexicalIndex([_unit(0, "squats and presses"), _unit(1, "the hippocampus grows")])
    assert index.top("hippocampus", 2)[0][0] == 1


def test_bm25_returns_nothing_for_unknown_words() -> None:
    index = LexicalIndex([_unit(0, "squats and presses")])
    assert index.top("sourdough", 5) == []


def test_term_coverage_is_absolute_and_rarity_weighted() -> None:
    cov = TermCoverage(["training helps mood", "training builds the hippocampus", "training"])
    terms = cov.query_terms("hippocampus training")
    assert cov.coverage(terms, 1) == 1.0
    assert cov.coverage(terms, 0) < 0.2  # shares only the common word
    assert cov.coverage(cov.query_terms("sourdough bread"), 0) == 0.0


def test_hybrid_search_is_deterministic(fake_service: Service) -> None:
    retriever = fake_service.retriever()
    first = [h.unit.id for h in retriever.search.search("planks hold seconds")]
    second = [h.unit.id for h in retriever.search.search("planks hold seconds")]
    assert first == second and first


def test_hybrid_fuses_both_sides(fake_service: Service) -> None:
    hits = fake_service.retriever().search.search("How long should I hold a plank?")
    top = hits[0]
    assert "Planks" in top.unit.text
    assert top.dense_rank is not None and top.lexical_rank is not None
    assert all(a.score >= b.score for a, b in itertools.pairwise(hits))


def test_reference_entries_are_retrievable(fake_service: Service) -> None:
    hits = fake_service.retriever().search.search("Cunha 2024 doi")
    assert any(h.unit.kind == "reference" and "Cunha" in h.unit.text for h in hits)


def test_retriever_is_a_langchain_runnable(fake_service: Service) -> None:
    retriever = fake_service.retriever()
    assert isinstance(retriever, Runnable)
    docs = retriever.invoke("Jonah panic disorder garage gym")
    assert docs and isinstance(docs[0], Document)
    meta = docs[0].metadata
    assert {"article_id", "start", "end", "section", "kind", "score"} <= set(meta)
