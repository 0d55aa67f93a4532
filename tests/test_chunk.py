"""Chunks: verbatim, inside one section, bounded, content-addressed, no reference lists."""

from __future__ import annotations

import pytest

from conftest import CORPUS_NAMES
from liftqa.ingest.chunk import chunk_article, reference_units, sentence_units, unit_id
from liftqa.types import Article


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_chunks_are_verbatim_bounded_and_inside_one_section(
    name: str, parsed: dict[str, Article]
) -> None:
    art = parsed[name]
    chunks = chunk_article(art, chunk_size=900, overlap=150)
    assert chunks
    for c in chunks:
        assert art.body[c.start : c.end] == c.text
        assert len(c.text) <= 900
        section = next(s for s in art.sections if s.start <= c.start < s.end)
        assert c.end <= section.end


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_reference_lists_are_not_passages(name: str, parsed: dict[str, Article]) -> None:
    art = parsed[name]
    chunks = chunk_article(art)
    for ref in art.references:
        assert not any(c.start <= ref.start < c.end for c in chunks)


def test_chunks_cover_the_prose(parsed: dict[str, Article]) -> None:
    art = parsed[CORPUS_NAMES[2]]
    chunks = chunk_article(art)
    text = "Nate, a recovering addict, replaced harmful habits with disciplined training."
    assert any(text in c.text for c in chunks)


def test_ids_are_content_hashes(parsed: dict[str, Article]) -> None:
    art = parsed[CORPUS_NAMES[0]]
    first = [u.id for u in chunk_article(art)]
    again = [u.id for u in chunk_article(art)]
    assert first == again
    assert unit_id("a", "passage", 0, "x") != unit_id("a", "passage", 0, "y")
    assert unit_id("a", "passage", 0, "x") != unit_id("a", "passage", 1, "x")


def test_reference_units_carry_their_metadata(parsed: dict[str, Article]) -> None:
    art = next(a for a in parsed.values() if a.references and a.references[0].doi)
    units = reference_units(art)
    assert all(u.kind == "reference" for u in units)
    assert units[0].extra["ref_n"] == 1 and "doi" in units[0].extra


def test_sentence_units_match_parsed_sentences(parsed: dict[str, Article]) -> None:
    art = parsed[CORPUS_NAMES[1]]
    assert [u.text for u in sentence_units(art)] == [s.text for s in art.sentences]
