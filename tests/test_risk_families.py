"""The rule families written from the v5 tuning set's misses (2026-11-24): one behaviour per
test, texts written here (paraphrases, not the set's messages). Rules only (no classifier)."""

from __future__ import annotations

import pytest

from liftqa.answer.risk import assess_rules


@pytest.mark.parametrize(
    "text",
    [
        "the rope is already in the boot of my car and I've picked the place",
        "comprei carvão e fita, o carro está na garagem",
        "my letters to my kids are all written now, tomorrow I go to the lake",
        "i'm going to walk into the sea after work tonight",
        "tried with pills in spring and it didn't work, this time I'll get it right",
        "razor's in the drawer next to me and tonight is the night",
        "¿cuántas pastillas de clonazepam hacen falta para no despertar?",
        "j'ai pris tous mes cachets il y a une heure",
    ],
)
def test_means_farewells_acts_and_lethal_questions_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "honestly I can't see the point of many more birthdays",
        "no idea why I would keep living like this, anyway what's a good split",
        "some nights I pray God takes me before morning",
        "a part of me just wants to not be alive any more",
        "the guys who didn't make it back got off easy if you ask me",
        "won't be around for the season opener anyway",
        "j'en peux plus de cette vie",
        "non ce la faccio più a vivere così",
    ],
)
def test_passive_wishes_and_hopelessness_are_suicide_risk(text: str) -> None:
    assert assess_rules(text).kind == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "my forearms look like a barcode under the sleeves",
        "when I fail a lift I bite my arm hard enough to leave marks",
        "i slam my fist into the wall until it bruises",
        "me quemo con el mechero cuando estoy sola",
        "missed my target weight so I'm doing sprints until I collapse",
    ],
)
def test_other_ways_of_self_harm_are_recognised(text: str) -> None:
    assert assess_rules(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "acabo de cortarme y sale mucha sangre",
        "just burned my wrist with the lighter, the skin is blistered",
        "gonna burn myself again the second my mum leaves the house",
        "hit my head on the wall on purpose and now I'm dizzy",
    ],
)
def test_self_harm_just_done_or_with_means_in_hand_is_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("self_harm", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "four days with no food before the weigh in",
        "basically living on black coffee and diet coke this month",
        "I skip my insulin some days so I can drop weight faster",
        "me peso diez veces al día",
        "if I can't see my abs in the morning I don't eat until dinner",
        "no me dejo cenar si no corro una hora",
        "after eating anything I do crunches until 2am",
        "for months now around 700 kcal a day",
        "I eat a lot and then throw most of it up",
    ],
)
def test_restriction_compensation_and_insulin_omission_are_eating_disorders(text: str) -> None:
    assert assess_rules(text).kind == "eating_disorder"


def test_grey_vision_on_standing_makes_an_eating_disorder_acute() -> None:
    found = assess_rules("five days with zero food and everything goes grey when I stand up")
    assert (found.kind, found.tier) == ("eating_disorder", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "a lad at my boxing club told me he's going to end it after his court date",
        "my flatmate says nothing matters anymore and she stopped eating, I'm worried",
        "mi hermano se tomó todas sus pastillas, ¿qué hago?",
        "mio fratello ripete che è solo un peso per tutti",
        "meine Freundin hat sich gerade geschnitten und es blutet stark",
        "ma petite sœur ne mange presque plus",
    ],
)
def test_risk_said_in_another_persons_voice_is_third_party(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


@pytest.mark.parametrize(
    "text",
    [
        "my wife would be better off with the insurance money than with me",
        "my dad left and he never calls, I just want to die",
        "she told me to kill myself and honestly I might",
    ],
)
def test_the_writers_own_risk_stays_theirs_when_others_are_named(text: str) -> None:
    assert assess_rules(text).kind == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "years back I went through a spell of self-harm, all resolved now. best grip exercises?",
        "I attempted in 2012, long past and I'm well supported. gentle routine for my back?",
    ],
)
def test_a_history_with_a_year_or_resolved_is_not_a_crisis(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "Journalist here: safe messaging guidelines for reporting a suicide?",
        "what proportion of people who self-harm die by suicide? my dissertation sources disagree",
    ],
)
def test_research_and_reporting_questions_are_not_disclosures(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "bought a new jump rope today, ready for conditioning",
        "the guys who didn't make the cut got a better deal at the other club",
        "I live on coffee during exam week lol but I eat dinner",
        "I weigh myself 2 times a week",
        "punched the heavy bag until my arms were dead",
        "after eating lunch I do squats until the timer goes",
        "I won't be around for the meet, I'm on holiday",
    ],
)
def test_training_talk_near_the_new_families_is_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


# --- families from the v6 tuning set's misses (2026-11-24) -----------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thinking about sewerslide a lot lately", "suicide"),
        ("ctb thoughts again this week", "suicide"),
        ("might just top myself after the exams", "suicide"),
        ("honestly want to alt f4 out of life", "suicide"),
        ("only cat scratches this time but I relapsed", "self_harm"),
        ("in ana mode until the shoot, water and coffee only", "eating_disorder"),
    ],
)
def test_euphemisms_are_read_as_what_they_mean(text: str, kind: str) -> None:
    assert assess_rules(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "I've set a date now, after that everything is sorted",
        "scheduled goodbye emails to my family for 6am tomorrow",
        "ho comprato tutto quello che serve, lo faccio domani",
        "taped the hose to the exhaust, I'm in the garage",
        "j'ai pris la moitié de la boîte il y a une heure",
        "for a story: how many of these tablets would do it for a 60kg man?",
    ],
)
def test_dates_scheduled_goodbyes_methods_and_overdoses_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert found.kind == "suicide" and found.tier == "acute"


@pytest.mark.parametrize(
    "text",
    [
        "sometimes I wonder if anyone would notice if I wasn't here",
        "me pregunto si alguien se daría cuenta si desapareciera",
        "alle wären ohne mich besser dran, ohne mich besser",
        "siento que no hay salida",
        "makes me want to give up on everything, even being alive",
    ],
)
def test_would_anyone_notice_and_no_way_out_are_suicide_risk(text: str) -> None:
    assert assess_rules(text).kind == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "my partner found the marks so now I'm doing it somewhere else",
        "me rasco la piel hasta que sangra",
        "I max out with awful form half hoping something tears",
        "cold shower for an hour as punishment for eating",
    ],
)
def test_hidden_marks_scratching_and_seeking_injury_are_self_harm(text: str) -> None:
    assert assess_rules(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "no he comido nada en 5 días",
        "been eating around 500 a day since september",
        "48h fast after every weekend I overeat, jejum de 48h depois",
        "I run 15k after every bad meal",
        "skipped dinner as payback, didn't eat as punishment for missing the gym",
    ],
)
def test_fasting_and_undoing_food_are_eating_disorders(text: str) -> None:
    assert assess_rules(text).kind == "eating_disorder"


@pytest.mark.parametrize(
    "text",
    [
        "mi hijo se llevó las pastillas y dejó una carta de despedida",
        "ma fille se fait vomir après le dîner",
        "il mio compagno si dà pugni in testa quando sbaglia",
        "one of my boxers said he's got a knife and will use it on himself",
    ],
)
def test_someone_elses_risk_in_other_words_is_third_party(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


@pytest.mark.parametrize(
    "text",
    [
        "Mi ammazzo di lavoro, posso allenarmi solo il weekend?",
        "quero morrer de rir com esses vídeos de academia",
        "es para un trabajo de máster: ¿qué dice la evidencia sobre ejercicio y suicidio?",
        "is chewing and spitting classified as OSFED? dietetics textbook question",
        "hace años pensaba en quitarme la vida, hoy estoy bien y entreno",
        "mein Puls springt beim Treppensteigen auf 160",
    ],
)
def test_idioms_research_and_history_in_other_languages_are_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


# --- from the new-user test of 2026-11-24 (multi-turn chats) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hit my head on the bar, now blurry vision and throwing up",
        "pretty sure I have a concussion, can I still lift tomorrow",
    ],
)
def test_a_head_injury_is_a_red_flag(text: str) -> None:
    assert assess_rules(text).red_flag


@pytest.mark.parametrize(
    "text",
    [
        "that squat attempt was suicidal lmao",
        "gonna kill myself if I miss this PR lol",
        "I'd rather die than do walking lunges",
    ],
)
def test_dark_gym_jokes_are_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


def test_a_joke_word_does_not_hide_a_statement() -> None:
    assert assess_rules("I want to kill myself lol").kind == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "my sister has an eating disorder and wants to start lifting",
        "my friend is starving herself before her meet",
    ],
)
def test_an_eating_disorder_named_of_someone_else_is_third_party(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


def test_a_lethal_question_for_a_friend_stays_the_writers_crisis() -> None:
    found = assess_rules("my friend wants to know how much paracetamol is too much to survive")
    assert (found.kind, found.tier) == ("suicide", "acute")
