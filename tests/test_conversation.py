"""Follow-ups are searched with the conversation's context; standalone questions are not."""

from __future__ import annotations

import pytest

from liftqa.answer.conversation import contextualize

DEPRESSION = "Does strength training help with depression?"


@pytest.mark.parametrize(
    ("follow_up", "searched"),
    [
        ("what about for anxiety?", "Does strength training help with anxiety?"),
        ("And for older adults?", "Does strength training help with older adults?"),
        ("How about sleep", "Does strength training help with sleep?"),
        ("does it help with confidence too?", "Does strength training help with confidence?"),
    ],
)
def test_follow_up_swaps_the_topic(follow_up: str, searched: str) -> None:
    assert contextualize(follow_up, [DEPRESSION]) == searched


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
