"""Red flags and medication questions read by meaning, in six languages: one test per family
of `risk_rules/red_flags.py` and `risk_rules/medication.py`, each with texts written for it
(none is taken from the labelled sets)."""

from __future__ import annotations

import pytest

from liftqa.answer.risk import assess_rules

# --- medication: medicines recognised by class and stem ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm on atenolol, can I skip it on leg day?",  # beta blocker, -olol
        "my perindopril makes me dizzy, should I take it after training instead?",  # -pril
        "is it ok to take creatine with my candesartan?",  # sartan
        "on nifedipine and I want to add beta-alanine, any problem?",  # -dipine
        "can I stop my rosuvastatin if my cholesterol drops from lifting?",  # statin
        "I'm on apixaban, is it ok with turmeric capsules?",  # anticoagulant
        "I'm on dexamethasone for a month, how much protein with it?",  # corticosteroid
        "forgot my sitagliptin before my run, take it now?",  # -gliptin
        "can I take levothyroxine with my morning coffee before the gym?",  # thyroid
        "quiero dejar el diazepam, ¿puedo?",  # -azepam, Spanish
    ],
)
def test_a_medicine_is_named_by_its_class_or_stem(text: str) -> None:
    assert assess_rules(text).medication


@pytest.mark.parametrize(
    "text",
    [
        "I want to deadlift in april, how should I plan?",  # "april" is not an ACE inhibitor
        "how much pre-workout should I take before squats?",  # a pre-workout alone
        "what's the best exercise prescription for low mood?",  # a training term
    ],
)
def test_words_that_look_like_medicines_are_not_read_as_one(text: str) -> None:
    assert not assess_rules(text).medication


# --- medication: generic words in the other languages -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "¿puedo tomar proteína con mi medicamento para la tiroides?",
        "posso parar o remédio da ansiedade agora que treino?",
        "posso prendere la creatina insieme al mio farmaco?",
        "est-ce que je peux prendre mes comprimés après la séance ?",
        "darf ich meine Tabletten abends statt morgens nehmen?",
    ],
)
def test_the_other_languages_words_for_a_medicine_and_taking_it(text: str) -> None:
    assert assess_rules(text).medication


# --- medication: timing, combining, alcohol, heat --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "should I take my metoprolol in the evening now that I train at 7am?",  # timing
        "missed this morning's insulin, take it now or wait?",  # forgotten dose
        "can I take ashwagandha alongside my quetiapine?",  # herb with a medicine
        "how bad is drinking on my sertraline after a meet?",  # alcohol
        "I'm on ramipril, do I need to watch my fluids in a hot gym?",  # heat and fluids
    ],
)
def test_timing_combining_alcohol_and_heat_are_medication_questions(text: str) -> None:
    assert assess_rules(text).medication


def test_the_pill_as_contraception_is_not_a_medication_question() -> None:
    assert not assess_rules("I'm on the pill, does lifting change my cycle?").medication


# --- red flags: chest pain spreading to the arm or jaw ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mid-set a crushing pain went into my jaw and left arm",
        "dolor fuerte en el pecho al correr",
        "senti uma pressão no peito no supino",
        "ho una fitta al petto durante lo squat",
        "douleur à la poitrine pendant le développé couché",
        "Brustschmerzen beim Bankdrücken, strahlt in den linken Arm",
    ],
)
def test_chest_pain_and_pain_spreading_to_an_arm_are_urgent(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and not r.red_flag_condition


def test_chest_day_soreness_is_no_red_flag() -> None:
    assert not assess_rules("chest day tomorrow, my pecs are still sore from monday").red_flag


# --- red flags: fainting or blacking out -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "me desmayé después del peso muerto",
        "sono svenuta durante le trazioni",
        "je me suis évanoui après le squat",
        "beim Kreuzheben bin ich ohnmächtig geworden",
        "my vision went black at the top of the clean",
    ],
)
def test_fainting_or_blacking_out_is_a_red_flag(text: str) -> None:
    assert assess_rules(text).red_flag


# --- red flags: a racing heart that does not settle --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my heart is at 210 and won't come down after the sprint",
        "o coração está a mil e não baixa há meia hora",
        "il cuore batte fortissimo e non si calma da 15 minuti",
        "mein Puls geht nicht runter, seit 20 Minuten bei 200",
    ],
)
def test_a_racing_heart_that_does_not_settle_is_urgent(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and not r.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "my heart was racing after the hill sprints but settled after a minute",
        "heart rate hit 185 in my conditioning circuit, is that fine at 30?",
    ],
)
def test_a_normal_response_to_hard_effort_is_no_red_flag(text: str) -> None:
    assert not assess_rules(text).red_flag


# --- red flags: a sudden severe headache, stroke signs -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "me dio un dolor de cabeza repentino y horrible en la sentadilla",
        "plötzlich stärkste Kopfschmerzen beim Beinpressen",
        "un mal de tête violent pendant le soulevé de terre",
    ],
)
def test_a_sudden_severe_headache_is_urgent(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and not r.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "after the press my mouth drooped on one side",
        "one side of my body felt weak after the last set",
        "de repente un lado de la cara se me quedó dormido",
        "nach dem Training war meine Gesichtshälfte taub",
    ],
)
def test_one_sided_weakness_or_a_drooping_face_is_urgent(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and not r.red_flag_condition


def test_tingling_from_beta_alanine_is_no_stroke_sign() -> None:
    assert not assess_rules("beta-alanine gives me tingly cheeks, is that ok?").red_flag


# --- red flags: days or weeks after an operation or a birth ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "10 days after my hernia repair, can I squat?",
        "had my tonsils out a week ago, ok to bench?",
        "three weeks post c-section, can I do planks?",
        "hace dos semanas me operaron de la rodilla, ¿puedo hacer prensa?",
        "partorito 3 settimane fa, posso fare addominali?",
        "j'ai accouché il y a 10 jours, je peux reprendre le gainage ?",
        "Kaiserschnitt vor drei Wochen, darf ich wieder Kniebeugen machen?",
    ],
)
def test_days_or_weeks_after_an_operation_or_birth_is_a_condition(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and r.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "my knee surgery was 12 years ago, can I squat deep now?",
        "I had my baby six years ago and want to get strong again",
    ],
)
def test_an_operation_or_birth_years_ago_is_no_red_flag(text: str) -> None:
    assert not assess_rules(text).red_flag


# --- red flags: pregnancy with lifting ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm in my second trimester, can I still deadlift 100kg?",
        "estoy embarazada de 5 meses, ¿puedo levantar pesado?",
        "sono incinta, posso continuare lo stacco?",
        "ich bin schwanger, darf ich noch schwer heben?",
    ],
)
def test_pregnancy_with_lifting_is_a_condition(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and r.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "should I take creatine in the morning or the evening?",
        "creatine + caffeine before a heavy session?",
        "is creatine fine to use in the summer heat?",
    ],
)
def test_a_supplement_alone_with_timing_or_heat_is_not_a_medication_question(text: str) -> None:
    assert not assess_rules(text).medication


@pytest.mark.parametrize(
    "text",
    [
        "my GP just started me on citalopram, will it change my training?",
        "does bisoprolol change my heart rate zones on the bike?",
    ],
)
def test_starting_a_medicine_or_its_effect_on_training_is_a_medication_question(
    text: str,
) -> None:
    assert assess_rules(text).medication


# --- red flags: rhabdomyolysis, a clot, pressed nerves, low sugar, blood coming up -------


@pytest.mark.parametrize(
    "text",
    [
        "after the 500-rep challenge my urine is brown and my biceps are swollen",
        "la orina me salió marrón después del entreno de pierna",
        "left calf is swollen and warm since the flight home, leg day ok?",
        "numbness in my groin since I hurt my back on the squat",
        "type 1 and my sugar is 2.6 mid-session, I feel shaky",
        "I coughed up blood after the rowing test",
        "my kneecap popped out during the lunge",
    ],
)
def test_other_urgent_signs_are_read_by_meaning(text: str) -> None:
    r = assess_rules(text)
    assert r.red_flag and not r.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "pee is dark yellow after a long session, am I dehydrated?",
        "calf raises after a long flight to stretch out?",
        "how do I manage my blood sugar 2 hours before training?",
        "since my knee surgery I squat 3 days a week",
    ],
)
def test_training_talk_near_those_signs_is_no_red_flag(text: str) -> None:
    assert not assess_rules(text).red_flag


@pytest.mark.parametrize(
    "text",
    [
        "my protein delivery came 2 days late, train fasted?",
        "meal replacement shakes for 2 weeks, will I lose strength?",
        "parto per la gara tra due settimane, come faccio lo scarico?",  # Italian "I leave"
        "I dislocated my shoulder years ago, can I bench now?",
        "die Hantel ist umgekippt, mein Fuß ist okay",
    ],
)
def test_words_that_sound_like_an_operation_or_injury_are_no_red_flag(text: str) -> None:
    assert not assess_rules(text).red_flag


def test_a_dislocation_this_week_is_a_condition() -> None:
    r = assess_rules("dislocated my shoulder on Monday, can I do legs?")
    assert r.red_flag and r.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "no tengo remedio, siempre me salto el día de pierna",  # "remedio": no way out
        "estudio medicina y quiero dejar de saltarme entrenos",  # medicine as a field
    ],
)
def test_medicine_words_used_for_something_else_are_no_medication_question(text: str) -> None:
    assert not assess_rules(text).medication


def test_a_tendon_felt_to_snap_is_a_red_flag() -> None:
    assert assess_rules("heard my achilles snap on the sprint start").red_flag


def test_a_hip_that_pops_on_squats_is_no_red_flag() -> None:
    assert not assess_rules("felt my hip pop on squats, normal?").red_flag


def test_just_starting_a_named_medicine_is_a_medication_question() -> None:
    assert assess_rules("just started venlafaxine, will my bench drop?").medication


@pytest.mark.parametrize(
    "text",
    [
        "does lifting work as well as antidepressants",
        "what is the claim that lifting equals antidepressants based on?",
    ],
)
def test_a_treatment_compared_with_medicines_is_no_medication_question(text: str) -> None:
    # a new-user test (2026-11-24): these research questions got the prescriber notice first
    assert not assess_rules(text).medication


def test_a_comparison_with_a_change_is_still_a_medication_question() -> None:
    assert assess_rules("lifting works as well as antidepressants, so can I stop mine?").medication


# From tconv1 and v6/v7 red flags the rules did not name (fifth session).
@pytest.mark.parametrize(
    "text",
    [
        "my friend had a seizure at the gym",
        "a guy just had a fit on the floor by the rowing machines, it's been going for 5 minutes",
        "type 1 here, shaking and sweating mid-session, blood sugar meter says 2.4 and I'm muddled",
        "Ho avuto un mancamento durante lo spinning",
        "escutei um estalo no joelho durante o agachamento, inchou muito e não consigo apoiar o pé",
        "asthma attack at the gym, inhaler isn't helping, can barely talk",
        "Tengo insuficiencia cardíaca diagnosticada y quiero empezar crossfit",
    ],
)
def test_seizures_hypos_fainting_and_a_joint_that_gave_way_are_red_flags(text: str) -> None:
    assert assess_rules(text).red_flag


@pytest.mark.parametrize(
    "text",
    [
        "my kid had a fit about leaving the playground",
        "my kid had a fit on the floor of the supermarket, kicking and screaming",
        "this program is a good fit for me",
        "Started bupropion last week. I've heard it lowers the seizure threshold, is lifting OK?",
        "my calf is seizing up on long runs",
        "police seizure of steroids at the gym",
        "does creatine increase the risk of seizures?",
        "meine Knie knacken beim Squat, nicht geschwollen, schmerzfrei",
        "ouvi um estalo no joelho mas não inchou",
        "I have asthma, is lifting ok?",
        "my inhaler is working fine, can I do HIIT?",
    ],
)
def test_a_tantrum_a_good_fit_and_a_seizure_threshold_are_no_red_flag(text: str) -> None:
    assert not assess_rules(text).red_flag


@pytest.mark.parametrize(
    "text",
    [
        "tore my acl last week, im on crutches, can i still do upper body?",
        "broke my wrist two weeks ago, cast comes off friday, when can i bench again",
        "sprained my ankle yesterday and it's really swollen, can I still do legs?",
        "pulled my hamstring sprinting yesterday, can i deadlift today",
        "i think i fractured my toe, still want to train",
        "my arm is in a sling after a fall, can I do legs?",
    ],
)
def test_an_injury_of_days_or_weeks_is_a_condition_red_flag(text: str) -> None:
    found = assess_rules(text)
    assert found.red_flag and found.red_flag_condition


@pytest.mark.parametrize(
    "text",
    [
        "tore my ACL in 2015, fully recovered, best program for knee health?",
        "pulled a muscle in my back 3 years ago, still careful with deadlifts",
        "broke my PR today!",
        "leg day broke me today lol",
        "I'm torn between PPL and upper lower",
        "how do I avoid tearing my rotator cuff on bench?",
        "strained my voice yelling at the game today",
    ],
)
def test_an_old_injury_or_a_figure_of_speech_is_no_red_flag(text: str) -> None:
    assert not assess_rules(text).red_flag
