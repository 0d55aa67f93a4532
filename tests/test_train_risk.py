"""Which rows the risk classifier is trained on (no model needed)."""

from __future__ import annotations

import pytest

from liftqa.app.train_risk import budget_threshold, ordinary_clauses


def _message(text: str, label: str) -> dict[str, str]:
    return {"text": text, "label": label, "tier": "none"}


def test_the_clauses_of_an_ordinary_message_are_rows() -> None:
    clauses, owners = ordinary_clauses(
        [_message("My legs are sore today. How many sets for squats next week?", "none")]
    )
    assert len(clauses) == 2 and owners == [0, 0]


def test_a_risk_message_gives_no_clause_rows() -> None:
    text = "I have the pills counted out. What should I eat before a morning session?"
    assert ordinary_clauses([_message(text, "suicide")]) == ([], [])


def test_a_red_flag_message_gives_no_clause_rows() -> None:
    # its other clause ("good beginner program?") is no red flag
    text = "Chest pain on the bench last night. Good beginner program for home?"
    assert ordinary_clauses([_message(text, "red_flag")]) == ([], [])


def test_clauses_under_three_words_are_left_out() -> None:
    clauses, _ = ordinary_clauses([_message("Ok. Thanks. What rep range builds strength?", "none")])
    assert clauses == ["what rep range builds strength?"]  # as the app reads it: normalised


@pytest.mark.parametrize("budget", [0.0, 0.1, 0.25, 0.5])
def test_at_most_the_budget_reaches_a_threshold(budget: float) -> None:
    values = [i / 20 for i in range(20)]
    at = budget_threshold(values, budget)
    assert sum(v >= at for v in values) <= budget * len(values)


def test_a_threshold_is_as_low_as_the_budget_allows() -> None:
    values = [i / 20 for i in range(20)]
    at = budget_threshold(values, 0.1)
    assert sum(v >= at - 0.01 for v in values) > 0.1 * len(values)


def test_no_values_give_a_threshold_never_reached() -> None:
    assert budget_threshold([], 0.05) > 1.0
