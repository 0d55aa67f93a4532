"""Issue 12: a study an article lists but never cites in its text is answered with the
sentences whose likely source it is (labelled as such), not with its reference-list entry
(new-user test, 2026-11-24: "what did the Wang 2025 meta-analysis find" led with the raw
reference entry)."""

from __future__ import annotations

import pytest

from liftqa.app.service import Service


@pytest.mark.parametrize(
    "question",
    ["what does Herring 2024 say", "what did the Wang 2025 meta-analysis find?"],
)
def test_a_study_listed_but_never_cited_is_answered_from_its_likely_sentences(
    fake_service: Service, question: str
) -> None:
    answer = fake_service.ask(question)
    assert answer.quotes
    assert all(q.kind != "reference" for q in answer.quotes)
    assert all(q.likely for q in answer.quotes)  # each labelled a likely source


def test_its_entry_is_among_the_references(fake_service: Service) -> None:
    answer = fake_service.ask("what does Herring 2024 say")
    assert any("Herring" in r.text for r in answer.references)


def test_a_tie_goes_to_the_sentence_that_states_a_finding(fake_service: Service) -> None:
    answer = fake_service.ask("what did the Wang 2025 meta-analysis find?")
    assert "2,342 patients" in answer.quotes[0].text


def test_a_study_cited_in_the_text_is_answered_from_its_citing_sentences(
    fake_service: Service,
) -> None:
    answer = fake_service.ask("what did Gordon 2018 find")
    assert any("Gordon et al., 2018" in q.text for q in answer.quotes)


def test_a_question_about_its_entry_gets_the_entry(fake_service: Service) -> None:
    answer = fake_service.ask("What is the DOI of the Cunha 2024 paper?")
    assert any("Cunha" in q.text for q in answer.quotes)


def test_which_article_cites_a_study_cited_in_the_text_quotes_no_guess(
    fake_service: Service,
) -> None:
    answer = fake_service.ask("Which article cites Gordon 2018 and in what context?")
    assert answer.quotes and not any(q.likely for q in answer.quotes if not q.works)


def test_which_article_cites_a_study_cited_nowhere_quotes_no_reference_entry(
    fake_service: Service,
) -> None:
    answer = fake_service.ask("which article cites Herring 2024")
    assert answer.quotes and all(q.kind != "reference" for q in answer.quotes)
