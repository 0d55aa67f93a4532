"""Amounts with what they measure: a quantity question is answered by an amount of the
dimension it asks for, and "the articles differ" compares like with like."""

from __future__ import annotations

import numpy as np

from conftest import synthetic_article
from liftqa.answer.amounts import Amount, amounts, asked_dimension, by_dimension
from liftqa.answer.compose import (
    Candidate,
    _floor,
    _number,
    select,
)
from liftqa.answer.differences import amounts_differ, differences
from liftqa.answer.library import Library
from liftqa.answer.model import Quote
from liftqa.app.service import Service
from liftqa.config import AnswerSettings
from liftqa.index.retrieve import SearchIndex
from liftqa.ingest.chunk import sentence_units
from liftqa.references.bibliography import Bibliography
from liftqa.types import Article, Unit


def test_times_per_week_is_a_frequency() -> None:
    assert amounts("Training 3-4 times per week") == (Amount("3-4", "frequency"),)


def test_x_per_week_is_a_frequency() -> None:
    assert amounts("Start small – 2–3x per week.") == (Amount("2-3", "frequency"),)


def test_days_per_week_range_in_words_is_a_frequency() -> None:
    assert Amount("2-7", "frequency") in amounts("ranged from 2 to 7 days per week")


def test_a_number_in_words_is_an_amount() -> None:
    assert amounts("even two sessions per week help") == (Amount("2", "frequency"),)


def test_twice_weekly_is_a_frequency() -> None:
    assert Amount("2", "frequency") in amounts("six weeks of twice-weekly training")


def test_weeks_in_length_is_a_duration_not_a_frequency() -> None:
    found = by_dimension("protocols ranged from 6 to 52 weeks in length")
    assert found == {"duration": frozenset({"6-52"})}


def test_minutes_are_a_session_length() -> None:
    assert by_dimension("Even short sessions (20-30 minutes) help") == {
        "session": frozenset({"20-30"})
    }


def test_sets_and_reps_are_volume() -> None:
    assert by_dimension("2-3 sets of 10-15 repetitions") == {"volume": frozenset({"2-3", "10-15"})}


def test_percent_of_one_rm_is_intensity() -> None:
    assert by_dimension("loads of 70-80% of 1RM") == {"intensity": frozenset({"70-80"})}


def test_participants_and_trials_are_counts() -> None:
    assert by_dimension("33 RCTs with 1,877 participants") == {"count": frozenset({"33", "1877"})}


def test_an_effect_size_is_an_effect() -> None:
    assert by_dimension("an effect size of 0.66 (95% CI)") == {"effect": frozenset({"0.66"})}


def test_a_plain_percentage_is_a_percent() -> None:
    assert by_dimension("reduced symptoms by 55%") == {"percent": frozenset({"55"})}


def test_years_and_number_words_that_are_not_amounts_are_left_out() -> None:
    assert amounts("one of the best ways (Gordon, 2018)") == ()


def test_how_often_asks_for_a_frequency() -> None:
    assert asked_dimension("How often should I lift?") == "frequency"
    assert asked_dimension("how many days a week should I train") == "frequency"


def test_how_long_until_asks_for_a_duration() -> None:
    assert asked_dimension("how long until I feel better") == "duration"


def test_how_long_a_session_asks_for_a_session_length() -> None:
    assert asked_dimension("how long should a session be") == "session"


def test_how_heavy_asks_for_intensity() -> None:
    assert asked_dimension("how heavy should I lift") == "intensity"


def test_how_many_sets_asks_for_volume() -> None:
    assert asked_dimension("how many sets and reps") == "volume"


def test_a_question_without_an_amount_asks_for_none() -> None:
    assert asked_dimension("Does lifting help with anxiety?") is None


def test_a_length_and_a_frequency_do_not_differ() -> None:
    assert not amounts_differ(
        "protocols ranged from 6 to 52 weeks in length", "Start with 1-2 sessions per week"
    )


def test_two_different_frequencies_differ() -> None:
    assert amounts_differ("2-3 sessions per week", "Training 3-4 times per week")


def test_the_same_frequency_does_not_differ() -> None:
    assert not amounts_differ("Start with 1-2 sessions per week", "1-2 sessions per week")


def test_different_participant_counts_are_not_a_disagreement() -> None:
    assert not amounts_differ("a trial of 40 adults", "a trial of 120 adults")


# A synthetic library: one sentence stating programme length scores best, one a frequency.
BODY = (
    "Programmes in the trials ran for 8 to 12 weeks in length.\n\n"
    "Most people train 2-3 times per week for the best results.\n"
)


def _article(body: str = BODY) -> Article:
    return synthetic_article(body)


def _cand(text: str, score: float) -> Candidate:
    start = BODY.index(text)
    unit = Unit(f"u{start}", "sentence", "a", start, start + len(text), text, None)
    return Candidate(0, unit, score, 0.5)


LENGTH = "Programmes in the trials ran for 8 to 12 weeks in length."
FREQUENCY = "Most people train 2-3 times per week for the best results."


def test_a_frequency_question_leads_with_a_frequency(fake_service: Service) -> None:
    answer = fake_service.ask("How often should I lift?")
    assert "frequency" in by_dimension(answer.quotes[0].text)


def test_a_frequency_question_quotes_no_programme_length_alone(fake_service: Service) -> None:
    answer = fake_service.ask("How often should I lift?")
    assert all(by_dimension(q.text).keys() != {"duration"} for q in answer.quotes)


def test_without_an_asked_dimension_the_best_leads() -> None:
    library = Library({"a": _article()}, Bibliography())
    quotes, _groups, _themes = _number([_cand(LENGTH, 0.9), _cand(FREQUENCY, 0.6)], library)
    assert quotes[0].text == LENGTH


def test_the_bonus_of_the_asked_dimension_does_not_narrow_the_answer() -> None:
    settings = AnswerSettings(min_evidence=0.1, quote_window=0.1)
    cands = [_cand(FREQUENCY, 1.0), _cand(LENGTH, 0.85)]
    # the frequency's 1.0 holds its bonus (0.12): the floor is 0.88 less the window
    assert np.isclose(_floor(cands, settings, False, "frequency"), 0.78)


def test_a_share_question_gets_no_dimension_preference() -> None:
    assert asked_dimension("what share of its trials involved people with illness?") is None


def test_overlapping_ranges_that_are_not_identical_differ() -> None:
    assert amounts_differ("Start small – 2–3x per week.", "train 3-4 times weekly")


def test_a_single_amount_inside_a_range_agrees_with_it() -> None:
    assert not amounts_differ("even two sessions per week help", "2-3 sessions per week")


HEAVY = (
    "Start gradually and focus on proper technique rather than heavy weights.\n\n"
    "Facing a heavy lift evokes fear, doubt, and effort in most people.\n\n"
    "Moderate intensity (60-80% of one-repetition maximum) works well.\n"
)


def _scored(body: str, scores: dict[str, float]) -> tuple[SearchIndex, list[Candidate]]:
    """A synthetic index of `body`'s sentences, scored by their first word, best first."""
    units = sentence_units(_article(body))
    index = SearchIndex.build([], units, np.eye(len(units), 8, dtype=np.float32))
    cands = [Candidate(i, u, scores[u.text.split()[0]], 0.5) for i, u in enumerate(index.sentences)]
    return index, sorted(cands, key=lambda c: -c.score)


def test_the_best_amount_asked_for_is_quoted_just_below_the_floor() -> None:
    # "Moderate …" scores under the floor (0.86 - 0.12 = 0.74) but within a window of it
    index, scored = _scored(HEAVY, {"Start": 0.86, "Facing": 0.8, "Moderate": 0.73})
    settings = AnswerSettings(min_evidence=0.1, quote_window=0.12)
    chosen = select(scored, index, settings, dimension="intensity")
    assert [c.unit.text for c in chosen][-1].startswith("Moderate intensity")
    assert len(select(scored, index, settings)) == 2  # not for other questions


def _differ_between(
    text_a: str, text_b: str, roles: tuple[str, str] = ("", "")
) -> tuple[tuple[int, int], ...]:
    """`_differences` for one quote from each of two articles on the same point."""
    units = [
        Unit(f"u-{aid}", "sentence", aid, 0, len(text), text, None, {"roles": role})
        for aid, text, role in (("a", text_a, roles[0]), ("b", text_b, roles[1]))
    ]
    same_point = np.tile(np.eye(1, 8, dtype=np.float32), (2, 1))  # cosine 1
    index = SearchIndex.build([], units, same_point)
    quotes = [
        Quote(n, u.text, u.article_id, "T", None, 0, len(u.text))
        for n, u in ((1, units[0]), (2, units[1]))
    ]
    return differences(quotes, index)


def test_two_articles_with_two_frequencies_differ() -> None:
    assert _differ_between("Start small – 2–3x per week.", "Training 3-4 times per week") == (
        (1, 2),
    )


def test_two_pieces_of_advice_with_two_frequencies_differ() -> None:
    advice = ("recommendation", "recommendation")
    assert _differ_between(
        "Start with 1-2 sessions per week.", "Start small – 2–3x per week.", advice
    ) == ((1, 2),)


def test_advice_and_what_studies_did_are_not_the_same_point() -> None:
    # a new-user test (2026-11-24): "start with 1-2 sessions" was shown as differing from
    # "the training frequency ranged from 2 to 7 days per week" in the trials
    roles = ("recommendation", "recommendation")  # the role reader calls both advice
    assert not _differ_between(
        "Start with 1-2 sessions per week.",
        "The training frequency ranged from 2 to 7 days per week in the trials.",
        roles,
    )


def test_a_programme_length_and_a_frequency_are_no_difference() -> None:
    assert not _differ_between(
        "The protocols ranged from 6 to 52 weeks in length.", "Start with 1-2 sessions per week."
    )


def test_how_long_each_week_asks_for_training_time_not_programme_length() -> None:
    assert asked_dimension("how long should I train each week") == "session"


def test_a_range_inside_another_agrees_with_it() -> None:
    assert not amounts_differ("benefits after 8-12 weeks", "protocols of 6 to 52 weeks")
