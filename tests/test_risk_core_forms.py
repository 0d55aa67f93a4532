"""Core forms the rules missed in every language they were written for (found in the v7 and
conv2 sets when they became tuning sets, 2026-11-24): a method question in the plural or
about "a person", a whole supply swallowed, a jump announced from a height, cutting in
progress, where to cut, purging in the past tense, a lethal-amount question in Italian's
feminine plural. One behaviour per test, texts written here (paraphrases, not the sets').
Rules only (no classifier)."""

from __future__ import annotations

import pytest

from liftqa.answer.risk import assess_rules


@pytest.mark.parametrize(
    "text",
    [
        "what are the least painful methods for someone my size",
        "how could a person end their own life without anyone noticing",
        "quante pastiglie di tachipirina servono per morire",
        "already swallowed them all, an hour ago now",
        "i've taken the whole lot, feels weird",
        "si je prends toutes les gélules, est-ce que je me réveille demain ?",
        "estoy en el puente, voy a tirarme",
        "on the roof of the car park, I'm going to jump",
        "gestern hab ich mir ein Seil gekauft",
    ],
)
def test_method_questions_supplies_swallowed_and_jumps_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "me estoy quemando el brazo con el mechero ahora mismo",
        "mi sto tagliando e non riesco a fermarmi",
        "ich ritze mich gerade im Bad",
        "which part of the thigh can I cut deepest and nobody sees",
    ],
)
def test_self_harm_in_progress_or_where_to_cut_is_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("self_harm", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "I've purged after dinner three nights running",
        "been sicking it up so the scale doesn't move",
        "binged again last night and then got rid of it in the toilet",
    ],
)
def test_purging_said_in_the_past_is_an_eating_disorder(text: str) -> None:
    assert assess_rules(text).kind == "eating_disorder"


@pytest.mark.parametrize(
    "text",
    [
        "I purged my wardrobe and the flat feels lighter",
        "it took it all out of me, that 5RM",
        "gonna jump on the box jumps today, 60 cm",
        "leg day on the bridge path, I'll jump rope after",
        "how do I take my life back after a divorce, lifting helps?",
        "voy a saltar a la comba diez minutos antes de las sentadillas",
    ],
)
def test_the_same_words_in_training_talk_are_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


def test_something_read_about_eating_disorders_is_not_a_disclosure() -> None:
    found = assess_rules("I heard that eating disorders are common among jockeys, true?")
    assert found.kind is None


def test_a_french_self_harm_history_that_is_over_is_history() -> None:
    found = assess_rules("je me scarifiais ado, c'est fini depuis longtemps, ça va")
    assert found.history and found.kind is None


def test_a_history_said_to_be_back_in_the_same_message_is_current() -> None:
    found = assess_rules("I used to cut when I was 15, years ago, but last night I did it again")
    assert found.kind == "self_harm" and found.tier == "elevated"


def test_again_about_the_gym_does_not_reopen_a_history() -> None:
    found = assess_rules("I had bulimia years ago, now I'm lifting again and loving it")
    assert found.kind is None and found.history


@pytest.mark.parametrize(
    "text",
    [
        "honestly I think about not being alive most days",
        "lifting is the only time I don't think about killing myself",
        "can't see myself making it to next christmas tbh",
        "not renewing my lease on life, sorted the cat already",
    ],
)
def test_habitual_thoughts_of_death_and_no_future_are_suicide(text: str) -> None:
    assert assess_rules(text).kind == "suicide"


def test_a_career_joke_about_the_future_is_not_risk() -> None:
    assert assess_rules("can't see myself at 40 still doing this job lol").kind is None


@pytest.mark.parametrize(
    "text",
    [
        "For my sports psych dissertation: does exercise reduce suicidal ideation in teens?",
        "I'm a dietetics student and my textbook is vague on purging disorder, which criteria?",
        "I'm a mod on a lifting forum, how do moderators handle posts about self-harm?",
        "Quels sont les facteurs de risque du suicide chez les sportifs ? C'est pour un exposé.",
    ],
)
def test_a_research_question_framed_by_the_writers_role_is_research(text: str) -> None:
    found = assess_rules(text)
    assert found.kind is None and found.research


def test_a_disclosure_beside_a_role_is_still_a_disclosure() -> None:
    found = assess_rules("I'm a nursing student and I've been cutting myself again this week")
    assert found.kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "Three years clean from self-harm today, hitting a squat PR to mark it",
        "10 years today since I tried to end it. Grateful. Best program for a first meet?",
        "I took an overdose at 17; I'm 40 now. How much of my story should I tell my clients?",
        "I had bulimia in my twenties, recovered for years. Macro tips without it becoming "
        "obsessive again?",
    ],
)
def test_an_anniversary_or_a_fear_of_relapse_does_not_reopen_a_history(text: str) -> None:
    found = assess_rules(text)
    assert found.kind is None and found.history


def test_a_lethal_amount_question_about_a_friend_stays_acute() -> None:
    found = assess_rules("my friend asks how much paracetamol is too much, where you don't wake up")
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "ready to end it... this cut, I mean 😂 how do I reverse diet?",
        "last heavy day before the meet, see you on the other side of the platform",
        "I don't want to wake up at 5am for the gym anymore, is evening lifting as good?",
        "a finisher that makes you want to die (in the fun way)? sled ideas please",
        "vou me matar de treinar essa semana kkk, quantos treinos por dia é demais?",
        "nicked my thumb on the knurling, small cut, fine to deadlift with tape?",
    ],
)
def test_training_talk_that_sounds_like_risk_is_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


def test_cuts_hidden_under_tape_in_a_grip_question_are_still_self_harm() -> None:
    text = "Chalk helps my calluses. How do I tape my wrists so nobody sees the cuts? They bleed."
    assert assess_rules(text).kind == "self_harm"


# From tconv1 (a tuning set of conversations, fifth session): forms no rule read.
@pytest.mark.parametrize(
    "text",
    [
        "stanotte voglio farla finita",
        "ce soir je vais en finir",
        "heute nacht bring ich mich um",
        "mañana me quito la vida",
        "hoje à noite vou me matar",
        "esta noche me mato",
    ],
)
def test_killing_oneself_with_a_time_is_acute_in_five_languages(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "el leg day me mato, no me puedo ni sentar jaja",
        "me mato en el gym jaja, hoy pierna",
        "me mato entrenando hoy",
        "hoy me mato en el gym jaja",
    ],
)
def test_training_hard_said_as_killing_oneself_in_spanish_is_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "aujourd'hui mon psy m'a demandé si je voulais me tuer, j'ai dit non",
        "oggi la psicologa mi ha chiesto se penso di uccidermi, ho detto di no",
        "heute hat mein Therapeut gefragt, ob ich mich umbringen will. Nein.",
    ],
)
def test_a_question_asked_by_a_therapist_today_is_not_a_plan(text: str) -> None:
    assert assess_rules(text).tier != "acute"


@pytest.mark.parametrize(
    "text",
    [
        "je veux en finir avec la procrastination aujourd'hui",
        "hoy quiero acabar con todo lo que queda de pollo",
        "ce soir je vais en finir avec ce programme",
    ],
)
def test_finishing_something_off_today_is_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


def test_a_time_after_a_past_wish_in_another_clause_is_not_a_plan() -> None:
    found = assess_rules("hace años pensaba en quitarme la vida, hoy estoy bien y entreno")
    assert found.tier != "acute"


@pytest.mark.parametrize(
    "text",
    [
        "i've looked up ways to do it",
        "I keep looking up ways to die",
        "i googled how to kill myself",
        "been googling methods all night",
    ],
)
def test_looking_up_ways_is_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "I looked up ways to do a muscle up",
        "i looked up how to do it properly, the deadlift i mean",
        "i researched methods of progressive overload",
        "i looked up ways to end my membership contract",
        "i looked up ways to go faster on the rower",
        "been googling ways out of my plateau",
    ],
)
def test_looking_up_ways_to_train_or_to_end_a_contract_is_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "how many units would it take to go low and just stay there",
        "how much would it take to go to sleep and not come back",
        "how many pills would it take to go to sleep and not wake up",
    ],
)
def test_an_amount_to_go_under_and_stay_is_a_lethal_amount_question(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "how many reps would it take to get stronger for good",
        "how many sets would it take to get strong and stay there",
        "how many calories do i need to drop low and stay there",
    ],
)
def test_an_amount_of_training_to_stay_strong_is_not_risk(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "My 15-year-old has stopped eating at dinner and I found laxatives in her school bag",
        "my 16yo says she wants to die",
    ],
)
def test_a_child_named_by_age_is_someone_else(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


def test_a_writer_giving_their_own_age_is_not_someone_else() -> None:
    assert assess_rules("I'm a 15 year old and I want to die").kind == "suicide"


def test_a_writers_own_age_and_self_is_the_writer() -> None:
    assert assess_rules("my 40 year old self wants to die").kind == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "also sleeping like garbage lately, not that much matters anymore",
        "nothing really matters to me anymore",
        "nothing seems to matter anymore",
        "i don't see the point in anything",
        "honestly i don't see the point in anything anymore",
        "ya nada importa",
        "plus rien n'a d'importance",
    ],
)
def test_nothing_mattering_anymore_is_hopelessness(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "elevated")


@pytest.mark.parametrize(
    "text",
    [
        "nothing matters more than sleep for recovery",
        "nothing matters if you skip leg day lol",
        "i don't see the point in counting macros on rest days",
        "when I'm lifting nothing matters anymore, all my stress is gone",
        "I don't see the point in anything above 12 reps, is that right?",
        "don't see the point in anything fancy, just do the basics?",
    ],
)
def test_what_matters_in_training_is_not_hopelessness(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "she texted me 'i can't do this anymore'",
        'she messaged me "i took all my pills"',
        "he told me he's going to end it tonight",
        "my brother said 'i'm going to kill myself'",
    ],
)
def test_what_another_person_told_the_writer_is_their_risk(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


def test_someone_else_saying_i_took_my_pills_keeps_the_acute_tier() -> None:
    assert assess_rules('she messaged me "i took all my pills"').tier == "acute"


@pytest.mark.parametrize(
    "text",
    [
        "i told her 'i want to die'",
        "she said i'd be better off dead",
        "he told me i should just kill myself",
        "my therapist told me to call if I want to die",
    ],
)
def test_the_writer_quoting_themself_or_being_told_stays_the_writers_risk(text: str) -> None:
    assert assess_rules(text).kind == "suicide"


@pytest.mark.parametrize(
    "text",
    [
        "my sister is barely eating and runs twice a day, she's 17",
        "one of my athletes has lost a lot of weight and faints at practice",
        "my girlfriend is skipping meals and exercising for hours",
        "my sister lost 10kg and wears hoodies even in summer",
    ],
)
def test_someone_else_eating_almost_nothing_with_a_second_sign_is_a_worry(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


@pytest.mark.parametrize(
    "text",
    [
        "i'm barely eating and run twice a day",
        "i've been skipping meals and doing hours of cardio",
    ],
)
def test_eating_almost_nothing_with_a_second_sign_is_an_eating_disorder(text: str) -> None:
    assert assess_rules(text).kind == "eating_disorder"


@pytest.mark.parametrize(
    "text",
    [
        "my friend is skipping meals because of exams",
        "my dad lost 8kg on his new diet, proud of him",
        "i'm barely eating since the breakup",
        "i lost 10 lbs on my cut, calories at 2200",
        "i'm skipping meals to save money, any cheap protein?",
    ],
)
def test_one_sign_alone_is_no_eating_disorder(text: str) -> None:
    assert assess_rules(text).kind not in ("eating_disorder", "third_party")


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("me contó que a veces se corta cuando tiene ataques de ansiedad", "elevated"),
        ("y hoy me escribió 'ya sé cómo lo voy a hacer, no me busques'", "acute"),
        ("ele mandou no grupo 'não aguento mais, vou acabar com isso hoje'", "acute"),
        ("il répète qu'il n'a plus de raison de se lever le matin", "elevated"),
        ("il a donné sa montre à mon fils en disant qu'il n'en aura plus besoin", "acute"),
        ("Meine Freundin macht nur noch Cardio und isst kaum was", "elevated"),
        ("il mio ragazzo si fa del male, ho visto le bruciature", "elevated"),
    ],
)
def test_someone_elses_words_and_acts_in_other_languages_are_a_worry(text: str, tier: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("third_party", tier)


@pytest.mark.parametrize(
    "text",
    [
        "me contó que hoy entrenó piernas",
        "él dice que no aguanta el entreno",
        "mi hermano dice que hoy no aguanta el entreno de pierna",
    ],
)
def test_someone_elses_training_talk_is_no_worry(text: str) -> None:
    assert assess_rules(text).kind is None
