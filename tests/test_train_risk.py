"""Which rows the risk classifier is trained on (no model needed)."""

from __future__ import annotations

from liftqa.app.train_risk import ordinary_clauses


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
