"""A question in another language is searched for in the articles' (English) words
(`crosslingual.in_english`): before, every such question abstained."""

from __future__ import annotations

import pytest

from liftqa.answer.crosslingual import in_english
from liftqa.answer.language import language
from liftqa.app.service import Service


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "¿el entrenamiento de fuerza ayuda con la ansiedad?",
            "es",
            ["strength training", "anxiety"],
        ),
        (
            "la musculation aide-t-elle contre la dépression ?",
            "fr",
            ["strength training", "depression"],
        ),
        ("Hilft Krafttraining gegen Angst?", "de", ["strength training", "anxiety"]),
        ("musculação ajuda na ansiedade?", "pt", ["strength training", "anxiety"]),
        ("il sollevamento pesi aiuta con la depressione?", "it", ["lifting weights", "depression"]),
    ],
)
def test_each_language_names_the_training_and_the_condition(
    text: str, lang: str, words: list[str]
) -> None:
    rendering = in_english(text, lang)
    assert rendering is not None
    for word in words:
        assert word in rendering


def test_accents_are_optional() -> None:
    assert in_english("levantar pesas ayuda a la depresion?", "es") == in_english(
        "levantar pesas ayuda a la depresión?", "es"
    )


def test_what_the_question_asks_for_is_kept_in_its_order() -> None:
    rendering = in_english(
        "¿cuántas veces por semana hay que entrenar la fuerza para la ansiedad?", "es"
    )
    assert rendering is not None
    assert rendering.startswith("how often per week")
    assert rendering.index("strength training") < rendering.index("anxiety")


def test_the_longer_phrase_wins_over_a_word_inside_it() -> None:
    # "ça marche" is "it works"; "la marche rapide" is brisk walking
    rendering = in_english("la marche rapide ou la musculation pour le moral ?", "fr")
    assert rendering is not None
    assert "aerobic exercise" in rendering and "help improve" not in rendering


def test_a_question_naming_nothing_of_the_domain_is_left_alone() -> None:
    assert in_english("¿qué hora es en Madrid?", "es") is None


def test_english_has_no_glossary() -> None:
    assert in_english("does lifting help anxiety", "en") is None


def test_a_keyword_question_in_german_is_known_as_german() -> None:
    assert language("Hilft Krafttraining gegen Angst?") == "de"


def test_english_training_words_stay_english() -> None:
    assert language("does training help stress") == "en"


def test_a_spanish_question_is_answered_with_english_quotes(fake_service: Service) -> None:
    answer = fake_service.ask("¿levantar pesas ayuda con la depresión?")
    assert not answer.abstained and answer.quotes
    assert answer.searched_for is not None and "depression" in answer.searched_for


def test_a_question_naming_nothing_of_the_domain_still_abstains(fake_service: Service) -> None:
    assert fake_service.ask("¿qué hora es en Madrid ahora mismo?").abstained


def test_risk_is_read_on_the_words_the_person_wrote(fake_service: Service) -> None:
    # the rendering has no risk words; the crisis reply comes from the raw text
    answer = fake_service.ask("ya no quiero vivir, ¿el entrenamiento de fuerza ayuda?")
    assert answer.crisis


def test_a_cited_study_is_kept_as_written() -> None:
    rendering = in_english(
        "¿Qué artículo cita a Lee et al. (2020) en Translational Psychiatry?", "es"
    )
    assert rendering is not None
    assert rendering.startswith("which article cites")
    assert "Lee et al" in rendering and "2020" in rendering
    assert "Translational Psychiatry" in rendering


def test_a_capital_that_opens_the_question_is_no_name() -> None:
    rendering = in_english("Quale articolo cita Gordon 2018?", "it")
    assert rendering is not None and "Quale" not in rendering and "Gordon" in rendering


def test_german_nouns_are_not_kept_as_names() -> None:
    rendering = in_english("Hängt die Verringerung der Symptome vom Krafttraining ab?", "de")
    assert rendering is not None
    assert "Verringerung" not in rendering and "Symptome" not in rendering


def test_ligatures_are_folded() -> None:
    rendering = in_english("quand mon cœur s'accélère pendant la muscu", "fr")
    assert rendering is not None and "heart" in rendering


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Welcher Artikel zitiert Lee et al. (2020)?", "de"),
        ("machuquei a lombar e ainda tá doendo, continuo treinando?", "pt"),
        ("Quale articolo cita Lee et al. (2020) su Translational Psychiatry?", "it"),
    ],
)
def test_questions_with_few_function_words_are_known(text: str, lang: str) -> None:
    assert language(text) == lang


def test_a_medication_question_in_another_language_quotes_only_what_defers(
    fake_service: Service,
) -> None:
    # the words of a change are English-only: "dejar" (stop) must not get an effect size
    answer = fake_service.ask("¿Puedo dejar la sertralina si empiezo a entrenar fuerza?")
    assert any(n.kind == "medication" for n in answer.notices)
    assert not any("comparable" in q.text for q in answer.quotes)


def test_an_english_writer_saying_angst_stays_english() -> None:
    assert language("I have so much angst I will kill myself tonight") == "en"


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("no estoy seguro si las pesas ayudan con la ansiedad", "es", "safe"),
        ("tengo una cita con el psiquiatra, ¿las pesas ayudan?", "es", "cites"),
        ("J'ai du mal à me motiver pour la muscu", "fr", "pain"),
        ("Sto male, i pesi aiutano l'umore?", "it", "pain"),
        ("Hilft Krafttraining bei schwerer Depression?", "de", "heavy"),
        ("Ist körperliche Aktivität gut gegen Angst?", "de", "body image"),
        ("¿Qué porcentaje del 1RM se recomienda para la depresión?", "es", "effect size"),
        ("Herzlichen Dank! Wie oft pro Woche Krafttraining?", "de", "heart"),
    ],
)
def test_a_word_with_another_meaning_is_not_rendered_as_the_domain_word(
    text: str, lang: str, wrong: str
) -> None:
    rendering = in_english(text, lang)
    assert rendering is not None and wrong not in rendering


def test_an_off_topic_question_about_safety_is_left_alone() -> None:
    assert in_english("¿Es seguro viajar a México en verano?", "es") is None


def test_a_name_that_opens_the_question_is_kept() -> None:
    rendering = in_english("Schuch et al. (2016): ¿cuál es el tamaño del efecto?", "es")
    assert rendering is not None and "Schuch" in rendering


def test_a_name_after_a_title_is_kept() -> None:
    rendering = in_english("¿Qué dice el Dr. García sobre las pesas y la ansiedad?", "es")
    assert rendering is not None and "García" in rendering


def test_a_french_opener_is_no_name() -> None:
    rendering = in_english("Est-ce que la muscu aide contre l'anxiété ?", "fr")
    assert rendering is not None and "Est-ce" not in rendering


def test_offsets_stay_aligned_after_a_sharp_s() -> None:
    assert in_english("Was heißt das? Krafttraining bei ADHS", "de") == "strength training ADHD"
