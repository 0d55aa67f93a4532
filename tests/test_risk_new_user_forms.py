"""What a new-user test in five languages found (2026-11-24): quiet plans with things given
away, "that's me" after a friend, someone else's risk said reflexively, red flags in other
languages, a self-harm history in the imperfect, Spanish gym jokes, starving oneself as an
eating disorder. One behaviour per test, texts written here. Rules only, or the rules in
a conversation (fake embedder)."""

from __future__ import annotations

import pytest

from conftest import check_turns
from liftqa.answer.risk import assess_rules
from liftqa.app.service import Service


@pytest.mark.parametrize(
    "text",
    [
        "gave my cat and my guitars away to friends. sunday is the day. best leg accessories?",
        "regalé todas mis cosas a mis primos, ya no las necesitaré",
        "ho regalato le mie cose a mio fratello, non mi serviranno più",
        "j'ai donné toutes mes affaires, je n'en aurai plus besoin",
    ],
)
def test_things_given_away_with_no_more_need_or_a_day_set_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


def test_things_given_away_for_a_reason_are_not_risk() -> None:
    assert assess_rules("gave away my old rack, won't need it since I joined a gym").kind is None


@pytest.mark.parametrize(
    "text",
    [
        "my brother keeps talking about taking his own life",
        "meine Schwester redet davon, sich das Leben zu nehmen",
        "mi amiga dice que quiere quitarse la vida",
        "mon coloc parle de mettre fin à ses jours",
        # "killing", "wanting": only "kill himself" and "wants to die" were read (seventh session)
        "my brother has been talking about killing himself",
        "my sister talks about wanting to die",
    ],
)
def test_someone_else_talking_of_ending_their_life_is_third_party(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des douleurs dans la poitrine au développé couché",
        "me quedo sin aliento después de dos series",
        "tengo el brazo izquierdo dormido desde el press",
        "mal di testa improvviso durante lo stacco",
        "ich bekomme keine Luft mehr beim Training",
    ],
)
def test_red_flags_are_read_in_other_languages(text: str) -> None:
    assert assess_rules(text).red_flag


@pytest.mark.parametrize(
    "text",
    [
        "me muero con las sentadillas jaja 😂 quiero morirme en cada serie",
        "quiero morirme en cada burpee jajaja",
    ],
)
def test_spanish_gym_jokes_are_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


def test_wanting_to_die_in_spanish_without_a_joke_is_still_risk() -> None:
    assert assess_rules("quiero morirme, ya no aguanto").kind == "suicide"


def test_starving_oneself_is_an_eating_disorder_not_self_harm() -> None:
    assert assess_rules("I starve myself most days to stay light").kind == "eating_disorder"


def test_a_self_harm_habit_in_the_imperfect_that_stopped_is_history() -> None:
    found = assess_rules("anos atrás eu me queimava, mas parei faz tempo")
    assert found.kind is None and found.history


@pytest.mark.parametrize(
    "turns",
    [
        ("my friend talks about ending her life, can the gym help her?", "actually that's me"),
        ("mein Freund redet davon, sich umzubringen", "eigentlich bin ich das selbst"),
        ("mi amigo habla de suicidarse", "en realidad soy yo"),
    ],
)
def test_that_is_me_after_a_friend_at_risk_is_the_writers_own_risk(
    fake_service: Service, turns: tuple[str, str]
) -> None:
    assert check_turns(fake_service, *turns).crisis == "suicide"


def test_a_history_in_portuguese_that_starts_again_is_current(fake_service: Service) -> None:
    check = check_turns(
        fake_service,
        "anos atrás eu me cortava, mas parei faz tempo. musculação ajuda?",
        "começou de novo",
    )
    assert check.crisis == "self_harm"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("ya no quiero vivir, todo me pesa demasiado", "Si hay peligro, llama ahora"),
        ("je veux mourir, je n'en peux plus", "En cas de danger, appelle"),
        ("ich will nicht mehr leben", "Bei Gefahr ruf sofort den Notruf"),
        ("non voglio più vivere", "Se c'è pericolo, chiama subito"),
        ("não quero mais viver", "Em caso de perigo, ligue já"),
    ],
)
def test_a_writer_in_another_language_gets_a_first_line_in_it(
    fake_service: Service, text: str, line: str
) -> None:
    resources = check_turns(fake_service, text).resources
    assert resources is not None and resources.message.startswith(line)
    assert "findahelpline.com" in resources.message.split("\n")[0]


def test_an_english_writer_gets_no_translated_line(fake_service: Service) -> None:
    resources = check_turns(fake_service, "I don't want to be alive anymore").resources
    assert resources is not None and not resources.message.startswith(("Si ", "En ", "Bei "))


def test_a_friend_who_turns_out_to_be_the_writer_is_the_writers_risk() -> None:
    found = assess_rules(
        "asking for a friend but honestly it's me: how do you stop wanting to die?"
    )
    assert found.kind == "suicide"
