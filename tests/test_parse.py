"""Parsing: header, sections, sentences with offsets, reference lists, in-text citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, CORPUS_NAMES
from liftqa.errors import CorpusError
from liftqa.ingest.corpus import parse_file
from liftqa.ingest.parse import is_heading, parse_bytes
from liftqa.types import Article


def article(stem: str) -> Article:
    return parse_file(next(CORPUS.glob(f"{stem}_*.txt")))


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_every_sentence_is_verbatim_at_its_offsets(name: str, parsed: dict[str, Article]) -> None:
    art = parsed[name]
    assert art.sentences
    for s in art.sentences:
        assert art.body[s.start : s.end] == s.text


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_sections_tile_the_body_in_order(name: str, parsed: dict[str, Article]) -> None:
    art = parsed[name]
    assert art.sections[0].start == 0
    for a, b in zip(art.sections, art.sections[1:], strict=False):
        assert a.end == b.start
    assert art.sections[-1].end == len(art.body)


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_reference_entries_are_verbatim(name: str, parsed: dict[str, Article]) -> None:
    art = parsed[name]
    for ref in art.references:
        assert art.body[ref.start : ref.end] == ref.text


def test_headings_found_in_title_case_article() -> None:
    titles = [s.title for s in article("002").sections]
    assert "Case Study: Jonah – From Panic to Peace" in titles
    assert "Lifting vs. Traditional Talk Therapy" in titles


def test_headings_found_in_sentence_case_article() -> None:
    titles = [s.title for s in article("004").sections]
    assert "The cost of depression" in titles
    assert "What are the driving mechanisms?" in titles


def test_numbered_chapter_headings_found() -> None:
    titles = [s.title for s in article("003").sections]
    assert "3. Risk Assessment and Contraindicated Populations" in titles


@pytest.mark.parametrize(
    "line",
    [
        "Free weights (dumbbells, barbells)",
        "Weight machines",
        "Middle-aged and elderly patients",
        "Why? Because:",
        "Anxiety thrives in unpredictability. Routine destroys it.",
        "  • Persistent low mood",
        "nature",
    ],
)
def test_list_items_and_sentences_are_not_headings(line: str) -> None:
    assert not is_heading(line, standalone=False)


def test_sentence_split_keeps_abbreviations_together() -> None:
    texts = [s.text for s in article("001").sentences]
    assert any(
        t.startswith("Anxiety disorders affect approximately 31.1% of U.S. adults") for t in texts
    )


def test_sentence_split_keeps_numeric_citation_marker_with_its_sentence() -> None:
    texts = [s.text for s in article("004").sentences]
    assert any(t.endswith("at some point in their life.1") for t in texts)


def test_bullets_are_not_part_of_sentences() -> None:
    assert not any(s.text.startswith("•") for s in article("002").sentences)


def test_sentence_knows_its_section() -> None:
    s = next(s for s in article("003").sentences if s.text.startswith("Planks: Hold"))
    assert s.section == "Building a Foundational Routine"


@pytest.mark.parametrize(
    ("stem", "count", "with_doi"),
    [("000", 0, 0), ("001", 5, 5), ("002", 9, 0), ("003", 0, 0), ("004", 6, 0)],
)
def test_reference_list_sizes(stem: str, count: int, with_doi: int) -> None:
    refs = article(stem).references
    assert len(refs) == count
    assert sum(1 for r in refs if r.doi) == with_doi


def test_doi_parsed_without_trailing_punctuation() -> None:
    refs = article("001").references
    assert "10.1016/j.psychres.2024.115746" in [r.doi for r in refs]
    assert "10.1001/jamapsychiatry.2018.0572" in [r.doi for r in refs]


def test_numbered_reference_text_starts_after_the_number() -> None:
    ref = article("004").references[2]
    assert ref.text.startswith("J Clin Psychiatry. 2015 Feb;76(2):155-62.")


def test_author_year_citations_found() -> None:
    keys = {c.key for c in article("000").citations}
    assert {
        "gordon-2018",
        "cuijpers-2018",
        "kirsch-2008",
        "schuch-2016",
        "erickson-2015",
        "duman-2012",
        "gordon-2020",
    } <= keys


def test_several_citations_in_one_parenthesis_are_separate() -> None:
    art = article("000")
    text = "(Gordon et al., 2018; Schuch et al., 2016)"
    pos = art.body.index(text)
    inside = [c for c in art.citations if pos <= c.start < pos + len(text)]
    assert [c.key for c in inside] == ["gordon-2018", "schuch-2016"]
    for c in inside:
        assert art.body[c.start : c.end] == c.text


def test_numbered_markers_found_including_one_glued_to_a_year() -> None:
    art = article("004")
    assert sorted({c.key for c in art.citations}) == ["#1", "#2", "#3", "#4", "#5", "#6"]
    marker3 = next(c for c in art.citations if c.key == "#3")
    assert art.body[marker3.start - 4 : marker3.end] == "20103"


def test_names_without_years_are_not_citations() -> None:
    art = article("002")
    suzuki = art.body.index("Dr. Wendy Suzuki")
    assert not [c for c in art.citations if suzuki <= c.start < suzuki + 20]


def test_header_is_optional() -> None:
    art = parse_bytes(b"My Notes\n\nLifting helps. It really does.", name="n.txt", default_id="n")
    assert art.id == "n" and art.author == "unknown" and art.title == "My Notes"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Caf\u00e9 and squats".encode("cp1252"), "not UTF-8"),
        (b"---\ntitle: [unclosed\n---\nbody text", "not valid YAML"),
        (b"---\ntitle: x\nbody without closing", "never closed"),
        (b"---\n- a\n- b\n---\nbody", "key: value"),
        (b"---\nid: 'bad id!'\n---\nbody", "may only use"),
        (b"---\ntitle: only a header\n---\n", "no article text"),
    ],
)
def test_bad_files_raise_corpus_error_with_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(CorpusError) as info:
        parse_bytes(raw, name="bad.txt", default_id="bad")
    assert reason in info.value.reason
    assert "bad.txt" in str(info.value)


def test_unreadable_large_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 6_000_000)
    with pytest.raises(CorpusError, match="too large"):
        parse_file(big)


def test_running_text_citations_are_found_with_offsets() -> None:
    body = (
        "Heading\n\nGordon et al. (2018) pooled 33 trials. Duman and Aghajanian (2012) "
        "described BDNF, and Kirsch (2008) compared drugs. Dr. Wendy Suzuki agrees."
    )
    art = parse_bytes(body.encode(), name="x.txt", default_id="x")
    found = [(c.key, art.body[c.start : c.end]) for c in art.citations]
    assert found == [
        ("gordon-2018", "Gordon et al. (2018)"),
        ("duman-2012", "Duman and Aghajanian (2012)"),
        ("kirsch-2008", "Kirsch (2008)"),
    ]
