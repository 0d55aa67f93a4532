"""Question intent: what a question asks for decides the roles preferred."""

from __future__ import annotations

import pytest

from liftqa.answer.intent import read_intent


def test_effect_question() -> None:
    assert read_intent("will lifting weights actually help my depression").has("efficacy")


def test_quantity_and_time_questions() -> None:
    assert read_intent("how often should I train?").has("quantity")
    assert read_intent("how long until I notice a change?").has("time")


def test_risk_question_wants_cautions_first() -> None:
    intent = read_intent("will heavy lifting set off my panic attacks")
    assert intent.has("risk") and intent.wants_caution_first
    assert "caution" in intent.preferred_roles


def test_a_plain_effect_question_is_not_a_risk_question() -> None:
    assert not read_intent("Does lifting help my mood?").wants_caution_first


def test_mechanism_and_citation_questions() -> None:
    assert read_intent("why does lifting change the brain?").has("mechanism")
    assert read_intent("Which article cites Gordon 2018 and in what context?").has("citation")
    assert read_intent("What is the DOI of the Cunha 2024 paper?").has("citation")


def test_story_question_wants_stories() -> None:
    assert read_intent("What did the recovering addict say about weights?").has("story")
    assert not read_intent("What does the evidence say about older adults?").has("story")


def test_how_am_i_supposed_to_is_a_how_to_question() -> None:
    assert read_intent("how am i supposed to get myself to the gym").has("howto")


def test_what_to_ask_my_doctor_is_a_safety_question() -> None:
    assert read_intent("what should i ask my doctor before i start lifting?").wants_caution_first


def test_asking_for_tips_is_a_how_to_question() -> None:
    assert read_intent("any tips to actually get started and keep going").has("howto")


def test_asking_for_advice_on_motivation_is_a_how_to_question() -> None:
    assert read_intent("i cant stay motivated, what do you advise").has("howto")


def test_what_to_check_before_starting_is_a_safety_question() -> None:
    assert read_intent("i have epilepsy, anything i should check before lifting").has("risk")


def test_keep_going_or_stop_is_not_a_how_to_question() -> None:
    """Asking whether to keep going or stop weighs a risk; it does not ask how to train."""
    assert not read_intent("my chest felt tight, should i keep going or stop").has("howto")


def test_how_does_it_compare_is_not_a_mechanism_question() -> None:
    intent = read_intent("How does resistance training compare with aerobic exercise?")
    assert intent.has("comparison") and not intent.has("mechanism")


def test_how_does_lifting_change_the_brain_is_a_mechanism_question() -> None:
    assert read_intent("how does lifting change the brain").has("mechanism")


def test_a_mechanism_question_prefers_mechanisms_to_findings() -> None:
    roles = read_intent("what mechanisms explain the antidepressant effect").preferred_roles
    assert "mechanism" in roles and "finding" not in roles


def test_naming_an_exercise_in_passing_is_not_a_how_to_question() -> None:
    assert not read_intent("Is aerobic exercise better than lifting for anxiety?").has("howto")
    assert read_intent("what exercise should i do first").has("howto")


def test_a_quantity_question_names_the_dimension_it_asks_for() -> None:
    from liftqa.answer.intent import read_intent

    assert read_intent("How often should I lift?").dimension == "frequency"
    assert read_intent("Does lifting help anxiety?").dimension is None


@pytest.mark.parametrize(
    "question",
    [
        "does severity of depression change how much people benefit",
        "how much does lifting help anxiety?",
        "how much better is it than running?",
    ],
)
def test_how_much_of_a_benefit_is_a_question_of_degree_not_an_amount(question: str) -> None:
    assert not read_intent(question).has("quantity")


def test_how_much_to_lift_is_still_an_amount() -> None:
    assert read_intent("how much weight should I lift at first?").has("quantity")
