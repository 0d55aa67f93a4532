"""Routing: questions about the articles themselves (made with AI? who wrote it? what is a
claim based on?) are answered from provenance and the bibliography, quoting verbatim."""

from __future__ import annotations

from liftqa.answer.compose import Scorer
from liftqa.answer.intent import read_intent
from liftqa.app.service import Service


def test_an_ai_question_quotes_the_articles_own_disclosure(fake_service: Service) -> None:
    answer = fake_service.ask("Which article was written with AI help?")
    provenance = fake_service.library().bibliography.provenance
    assert answer.quotes
    for quote in answer.quotes:
        assert quote.text in provenance[quote.article_id].self_statements


def test_the_disclosure_is_a_verbatim_slice_of_its_article(fake_service: Service) -> None:
    answer = fake_service.ask("did any of the articles use AI assistance to write them?")
    articles = fake_service.library().articles
    assert answer.quotes
    assert all(articles[q.article_id].body[q.start : q.end] == q.text for q in answer.quotes)


def test_a_question_about_ai_in_general_is_not_routed(fake_service: Service) -> None:
    answer = fake_service.ask("Will AI replace my personal trainer at the gym?")
    provenance = fake_service.library().bibliography.provenance
    assert not any(q.text in provenance[q.article_id].self_statements for q in answer.quotes)


def test_who_wrote_names_the_author_the_metadata_gives(fake_service: Service) -> None:
    articles = fake_service.library().articles
    article = next(a for a in articles.values() if "Relieve Depression" in a.title)
    answer = fake_service.ask("who wrote the article about lifting weights to relieve depression?")
    assert [g.article_id for g in answer.groups] == [article.id]
    assert answer.groups[0].author == article.author


def test_who_wrote_quotes_the_byline_when_the_article_has_one(fake_service: Service) -> None:
    answer = fake_service.ask("Who wrote The Body Carries the Weight for the Mind?")
    assert "Mohammad" in answer.quotes[0].text


def test_what_is_that_based_on_is_a_citation_question() -> None:
    assert read_intent("what is that based on?").has("citation")
    assert read_intent("where does this come from?").has("citation")
    assert not read_intent("what are the sources of stress?").has("citation")


def test_a_citation_question_searches_its_topic_not_its_frame(fake_service: Service) -> None:
    index = fake_service.snapshot().search.index
    vector = [0.0] * index.sentence_vectors.shape[1]
    scorer = Scorer("What is the claim that lifting eases anxiety based on?", vector, index)
    assert "base" not in scorer.terms and "anxieti" in scorer.terms


def test_a_claim_question_leads_with_a_sentence_that_cites(fake_service: Service) -> None:
    answer = fake_service.ask("What source is given for the claim that lifting reduces anxiety?")
    first = answer.quotes[0]
    assert first.works or first.unresolved
