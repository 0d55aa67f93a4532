"""A question in another language is told the articles are in English."""

from __future__ import annotations

import pytest

from liftqa.answer import safety
from liftqa.answer.language import language
from liftqa.app.service import Service


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me siento muy triste, ¿levantar pesas ayuda con la depresión?", "es"),
        ("Est-ce que la musculation aide contre la dépression ?", "fr"),
        ("Hilft Krafttraining bei Angst?", "de"),
        ("O treino de força ajuda com a ansiedade?", "pt"),
        ("Il sollevamento pesi aiuta con la depressione?", "it"),
    ],
)
def test_questions_in_other_languages_are_recognised(text: str, lang: str) -> None:
    assert language(text) == lang


@pytest.mark.parametrize(
    "text", ["Does lifting help anxiety?", "squats for anxiety?", "can i do squats con mi amigo"]
)
def test_english_and_keyword_questions_are_english(text: str) -> None:
    assert language(text) == "en"


def test_a_spanish_question_is_told_the_articles_are_in_english(fake_service: Service) -> None:
    answer = fake_service.ask("¿levantar pesas ayuda con la depresión?")
    assert safety.LANGUAGE_LINE in answer.text


def test_an_english_question_gets_no_language_line(fake_service: Service) -> None:
    assert safety.LANGUAGE_LINE not in fake_service.ask("Does lifting help anxiety?").text


def test_a_crisis_in_another_language_still_gets_the_crisis_reply(fake_service: Service) -> None:
    answer = fake_service.ask("quiero suicidarme esta noche, ¿las pesas ayudan?")
    assert answer.crisis


def test_markup_in_an_english_question_is_no_language() -> None:
    text = "<img src=x alt='la de la de' title='le la les'> does lifting help with depression?"
    assert language(text) == "en"


@pytest.mark.parametrize(
    "text",
    ["is lifting as good as therapy", "do I want to die or am I tired", "what was it per week"],
)
def test_english_words_other_languages_share_are_english(text: str) -> None:
    assert language(text) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("musculação ajuda na ansiedade?", "pt"),
        ("¿cuántas veces por semana?", "es"),
        ("Übungen für Angst?", "de"),
    ],
)
def test_a_short_question_is_known_by_its_letters(text: str, lang: str) -> None:
    # a new-user test (2026-11-24): these got no hint that the articles are in English
    assert language(text) == lang


@pytest.mark.parametrize("text", ["Müller 2020 effect size?", "what about jalapeño protein bars"])
def test_one_foreign_letter_in_english_is_still_english(text: str) -> None:
    assert language(text) == "en"
