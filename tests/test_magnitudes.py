"""Effect sizes said in words, and when two quotes' sizes differ (`differences`)."""

from __future__ import annotations

from liftqa.answer.differences import magnitude, magnitudes_differ

SMALL_MODERATE = "resistance training produces small-to-moderate improvements in anxiety"
MODERATE_LARGE = "it reduces anxiety, with effect sizes that are often moderate and sometimes large"


def test_a_span_of_sizes_is_read_as_a_range() -> None:
    assert magnitude(SMALL_MODERATE) == (1, 2)


def test_sizes_after_effect_size_are_read() -> None:
    assert magnitude(MODERATE_LARGE) == (2, 3)


def test_size_words_that_size_no_effect_are_ignored() -> None:
    assert (
        magnitude("Large meta-analyses of moderate-intensity training in smaller samples") is None
    )


def test_overlapping_but_not_nested_sizes_differ() -> None:
    assert magnitudes_differ(SMALL_MODERATE, MODERATE_LARGE)


def test_a_size_inside_the_others_range_agrees() -> None:
    assert not magnitudes_differ(SMALL_MODERATE, "it produces moderate reductions in symptoms")


def test_studied_less_is_no_hedge_of_the_finding() -> None:
    from liftqa.answer.differences import _HEDGE_RE

    assert not _HEDGE_RE.search("anxiety has been studied less than depression; findings encourage")
    assert _HEDGE_RE.search("there was no significant effect on anxiety")
