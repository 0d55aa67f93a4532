"""Safety: crisis detection (and no false alarms), dosing guard, the disclaimer."""

from __future__ import annotations

import pytest

from liftqa.answer import safety
from liftqa.app.service import Service


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I don't want to be alive anymore. Is there an exercise plan for that?", "suicide"),
        ("thinking about suicide, can strength training fix this", "suicide"),
        ("I feel suicidal after my last breakup", "suicide"),
        ("There is no point in living, does lifting help?", "suicide"),
        ("Sometimes I want to die", "suicide"),
        ("Everyone would be better off without me", "suicide"),
        ("I keep thinking about ending my life", "suicide"),
        ("I want to kill myself", "suicide"),
        ("life isn't worth living lately", "suicide"),
        ("I’ve been cutting myself again", "self_harm"),
        ("is self-harm a sign of depression", "self_harm"),
        ("I've been starving myself to get lean for the meet", "eating_disorder"),
        ("I make myself throw up after eating", "eating_disorder"),
        ("I think I have an eating disorder, can I still lift?", "eating_disorder"),
    ],
)
def test_crisis_phrasings_are_detected(text: str, kind: str) -> None:
    assert safety.detect_crisis(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "This workout is killing my legs, is soreness normal?",
        "killer leg day, any tips for recovery?",
        "Can you kill the lights during a meditation set?",
        "I'm dying to try deadlifts",
        "How long should I do a dead hang?",
        "Is a false grip dangerous?",
        "My legs are dead tired after squats",
        "Does lifting help with depression?",
        "Which populations, like people with eating disorders, should be careful?",
    ],
)
def test_figurative_language_is_no_alarm(text: str) -> None:
    assert safety.detect_crisis(text) is None


def test_crisis_message_gives_resources_first_and_no_methods() -> None:
    msg = safety.crisis_message("suicide")
    assert "988" in msg and "findahelpline.com" in msg and "emergency" in msg
    assert msg.index("988") < msg.lower().index("exercise")


@pytest.mark.parametrize(
    "text",
    [
        "How many milligrams of fluoxetine go well with deadlifts?",
        "What dose of sertraline should I take if I train daily?",
        "how much Xanax before a heavy squat session",
        "is 25mg of sertraline ok with creatine",
        "can I take 10mg of propranolol before deadlifts?",
        "can i go from 50mg to 100mg of zoloft on training days",
    ],
)
def test_dose_questions_are_flagged(text: str) -> None:
    check = safety.check(text)
    assert check.dose and safety.DOSE_NOTICE in [n.text for n in check.notices]


def test_medication_change_is_flagged() -> None:
    check = safety.check("Can I stop my antidepressants if I lift three times a week?")
    assert check.medication_change and not check.dose


def test_a_strength_only_mentioned_is_not_a_dose_question() -> None:
    check = safety.check("im on sertraline 50mg, can i lift?")
    assert check.risk.medication and not check.dose


def test_a_strength_only_mentioned_still_quotes_only_what_speaks_of_medicines() -> None:
    assert safety.check("im on sertraline 50mg, can i lift?").changes_medication


def test_training_volume_questions_are_not_dose_questions() -> None:
    assert not safety.check("How many sets and reps should I do?").dose


def test_drug_quantities_are_recognised() -> None:
    assert safety.mentions_drug_dose("take 20 mg of fluoxetine")
    assert not safety.mentions_drug_dose("2-3 sets of 10-15 repetitions")


def test_disclaimer_covers_the_required_points() -> None:
    text = safety.DISCLAIMER.lower()
    for phrase in (
        "not medical advice",
        "clinician",
        "heart",
        "blood-pressure",
        "joint",
        "metabolic",
        "pregnant",
        "medication",
    ):
        assert phrase in text


def test_a_crisis_reply_does_not_claim_to_quote_articles(fake_service: Service) -> None:
    from liftqa.answer.safety import CRISIS_DISCLAIMER

    answer = fake_service.ask("I have the pills counted out and I'm taking them tonight.")
    assert answer.crisis and not answer.quotes
    assert answer.disclaimer == CRISIS_DISCLAIMER
    assert "quoted from the articles" not in answer.disclaimer


def test_a_web_address_in_a_quote_is_shown_literally_not_as_a_broken_link() -> None:
    from liftqa.answer.render import md_escape

    shown = md_escape("Gordon (2018). https://doi.org/10.1001/jamapsychiatry.2018.0572”.")
    assert "`https://doi.org/10.1001/jamapsychiatry.2018.0572`" in shown
    assert "doi\\.org" not in shown
