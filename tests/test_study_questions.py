"""Questions about one study's particulars are answered from its study snapshot: the
sentence giving the field asked, verbatim at its offsets, leads."""

from __future__ import annotations

from dataclasses import replace

import pytest

from liftqa.app.service import Service
from liftqa.references.bibliography import Bibliography
from liftqa.references.search import named_works
from liftqa.references.snapshot import asked_fields
from liftqa.types import Article


@pytest.fixture(scope="module")
def bib(articles: list[Article]) -> Bibliography:
    return Bibliography.build(articles)


def test_how_many_participants_asks_for_participants() -> None:
    assert asked_fields("how many participants were in Gordon 2018?") == ("participants",)


def test_how_long_did_the_trials_last_asks_for_the_duration_first() -> None:
    assert asked_fields("how long did the trials in the Gordon meta-analysis last?")[0] == (
        "duration"
    )


def test_fields_come_in_the_order_asked() -> None:
    fields = asked_fields("What design was it, and how many participants did it have?")
    assert fields == ("design", "participants")


def test_a_study_is_named_by_author_and_year(bib: Bibliography) -> None:
    works = named_works(bib.works.values(), "how many participants were in Gordon 2018?")
    assert [w.short for w in works] == ["Gordon et al. 2018"]


def test_a_study_is_named_by_author_alone(bib: Bibliography) -> None:
    works = named_works(bib.works.values(), "how long did the Gordon meta-analysis last?")
    assert works and all(w.short.startswith("Gordon") for w in works)


def test_a_study_is_named_by_its_journal(bib: Bibliography) -> None:
    works = named_works(bib.works.values(), "How many trials did the JAMA Psychiatry review use?")
    assert works[0].short == "Gordon et al. 2018"


def test_the_topic_picks_among_one_authors_studies(bib: Bibliography) -> None:
    works = named_works(bib.works.values(), "What did Gordon et al. find about anxiety?")
    assert works[0].short == "Gordon et al. 2020"


def test_a_common_word_is_not_an_authors_name(bib: Bibliography) -> None:
    gordon = next(w for w in bib.works.values() if w.short == "Gordon et al. 2018")
    long = replace(gordon, id="long", authors=("Long, A.",), cited_as=None)
    assert named_works([long], "how long should a workout be?") == []
    assert named_works([long], "What did Long et al. find?") == [long]


def test_the_snapshot_sentence_leads_the_answer(fake_service: Service) -> None:
    library = fake_service.library()
    answer = fake_service.ask("how many participants were in Gordon 2018?")
    work = next(w for w in library.bibliography.works.values() if w.short == "Gordon et al. 2018")
    field = library.bibliography.snapshot(work.id).get("participants")
    assert field is not None
    first = answer.quotes[0]
    assert (first.article_id, first.start, first.end, first.text) == (
        field.article_id,
        field.start,
        field.end,
        field.text,
    )
    assert library.articles[first.article_id].body[first.start : first.end] == first.text
    assert answer.references[0].id == work.id


def test_a_question_naming_no_study_names_no_work(bib: Bibliography) -> None:
    assert named_works(bib.works.values(), "How many participants do trials usually have?") == []
