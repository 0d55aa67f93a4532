"""Follow-ups are searched with the conversation's context; standalone questions are not."""

from __future__ import annotations

import pytest

from liftqa.answer.conversation import contextualize
from liftqa.app.service import Service

DEPRESSION = "Does strength training help with depression?"


@pytest.mark.parametrize(
    ("follow_up", "searched"),
    [
        ("what about for anxiety?", "Does strength training help with anxiety?"),
        ("How about sleep", "Does strength training help with sleep?"),
        ("does it help with confidence too?", "Does strength training help with confidence?"),
    ],
)
def test_follow_up_swaps_the_topic(follow_up: str, searched: str) -> None:
    assert contextualize(follow_up, [DEPRESSION]) == searched


def test_a_group_the_question_lacks_is_added_not_swapped_for_the_condition() -> None:
    assert contextualize("And for older adults?", [DEPRESSION]) == (
        "Does strength training help with depression in older adults?"
    )


def test_a_group_swaps_the_group() -> None:
    searched = contextualize("what about women?", ["Is lifting safe for teenagers with anxiety?"])
    assert searched == "Is lifting safe for women with anxiety?"


def test_a_named_author_swaps_the_named_study() -> None:
    searched = contextualize("and what about Cuijpers?", ["which article cites Kirsch 2008?"])
    assert searched == "which article cites Cuijpers?"


def test_a_named_author_swaps_only_the_author_part_of_the_study() -> None:
    searched = contextualize("and Kirsch?", ["What did the Gordon meta-analysis conclude?"])
    assert searched == "What did the Kirsch meta-analysis conclude?"


def test_an_author_with_a_year_swaps_author_and_year() -> None:
    searched = contextualize("what about Cuijpers 2010?", ["What did Gordon et al. (2018) find?"])
    assert searched == "What did Cuijpers 2010 find?"


def test_a_known_name_in_lower_case_is_a_study() -> None:
    searched = contextualize(
        "what about cuijpers?", ["which article cites Kirsch 2008?"], {"cuijpers"}
    )
    assert searched == "which article cites cuijpers?"


def test_going_back_to_a_study_with_a_question_is_self_contained() -> None:
    searched = contextualize(
        "going back to Gordon - did supervision matter?", ["Does it help sleep?"]
    )
    assert searched == "Gordon: did supervision matter?"


@pytest.mark.parametrize("frame", ["back to", "Returning to", "ok, going back to"])
def test_return_frames_are_stripped(frame: str) -> None:
    searched = contextualize(f"{frame} depression, does supervision help?", ["Is sleep better?"])
    assert searched == "depression: does supervision help?"


def test_going_back_to_a_topic_alone_swaps_it_in() -> None:
    searched = contextualize("going back to depression", ["Does lifting help with anxiety?"])
    assert searched == "Does lifting help with depression?"


def test_going_back_as_the_first_question_searches_the_subject() -> None:
    assert contextualize("going back to depression", []) == "depression"


def test_a_question_naming_its_own_study_is_not_glued() -> None:
    q = "Did the Gordon meta-analysis find it helps?"
    assert contextualize(q, ["which article cites Kirsch 2008?"]) == q


def test_a_message_without_content_words_carries_the_previous_question() -> None:
    searched = contextualize("what should i do first?", ["im scared of the gym"])
    assert searched == "im scared of the gym what should i do first?"


def test_a_chain_of_follow_ups_keeps_its_subject() -> None:
    searched = contextualize("and for women?", [DEPRESSION, "what about anxiety?"])
    assert searched == "Does strength training help with anxiety in women?"


def test_a_long_what_about_question_is_its_own_subject() -> None:
    q = "what about doing squats twice a week at home?"
    assert contextualize(q, [DEPRESSION]) == q


def test_follow_up_without_a_topic_to_swap_adds_the_previous_question() -> None:
    assert contextualize("what about deadlifts?", ["How long should I rest between sets?"]) == (
        "How long should I rest between sets? deadlifts"
    )


def test_pronoun_question_carries_the_previous_question() -> None:
    searched = contextualize("How often should I do it?", ["Should I try squats?"])
    assert "squats" in searched and "How often" in searched


def test_standalone_question_is_unchanged() -> None:
    q = "How long should I hold a plank?"
    assert contextualize(q, [DEPRESSION]) == q


def test_first_question_is_unchanged() -> None:
    assert contextualize("what about anxiety?", []) == "what about anxiety?"


def test_only_the_latest_question_is_used() -> None:
    searched = contextualize("what about stress?", ["Is lifting good for sleep?", DEPRESSION])
    assert searched == "Does strength training help with stress?"


def test_the_service_knows_the_cited_authors_in_lower_case(fake_service: Service) -> None:
    works = [w for w in fake_service.bibliography().works.values() if w.authors and w.year]
    first, second = (w.authors[0].split(",")[0].strip() for w in works[:2])
    answer = fake_service.ask(f"what about {second.lower()}?", [f"which article cites {first}?"])
    assert answer.searched_for == f"which article cites {second.lower()}?"


def test_a_study_referred_to_as_it_is_the_one_named_before() -> None:
    # a new-user test (2026-11-24): "what is the effect size for depression in it" after
    # "which article cites Gordon 2018" quoted the psychotherapy meta-analysis first
    searched = contextualize(
        "what is the effect size for depression in it",
        ["which article cites Gordon 2018"],
        {"gordon"},
    )
    assert searched.endswith("Gordon 2018")


def test_that_meta_analysis_is_the_one_named_before() -> None:
    searched = contextualize(
        "how many people were in that meta-analysis?", ["what did Kirsch 2008 find"]
    )
    assert searched.endswith("Kirsch 2008")


def test_a_reference_to_a_study_with_none_named_before_is_left_alone() -> None:
    question = "what was the effect size in that meta analysis"
    assert contextualize(question, ["does the gym actually help when you feel flat"]) == question
