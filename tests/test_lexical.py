"""Users' words meet the articles' words: synonyms, spelling, word forms, context."""

from __future__ import annotations

from liftqa.index.lexical import TermCoverage, correct, expand_for_meaning, expand_query, tokenize


def test_lifting_meets_resistance_training() -> None:
    cov = TermCoverage(["Resistance training reduces depressive symptoms.", "Bake bread."])
    terms = cov.query_terms("lifting for depression")
    assert cov.coverage(terms, 0) > cov.coverage(terms, 1)
    assert cov.coverage(terms, 0) > 0.5


def test_an_exact_word_counts_more_than_its_synonym() -> None:
    cov = TermCoverage(["Gym anxiety is common.", "Resistance anxiety is common."])
    terms = cov.query_terms("gym anxiety")
    assert cov.coverage(terms, 0) > cov.coverage(terms, 1)


def test_feeling_nervous_and_meds_are_expanded() -> None:
    assert "anxieti" in expand_query(tokenize(["nervous"])[0])
    assert "medic" in expand_query(tokenize(["meds"])[0])
    assert "resistance training" in expand_for_meaning("is lifting good for me")
    assert "depression" in expand_for_meaning("I have been feeling low")


def test_misspelt_and_other_forms_are_corrected() -> None:
    vocabulary = frozenset({"anxieti", "insomnia", "method"})
    assert correct("anxeiti", vocabulary) == "anxieti"
    assert correct("insomina", vocabulary) == "insomnia"
    assert correct("methodolog", vocabulary) == "method"
    assert correct("sourdough", vocabulary) == "sourdough"
    assert correct("powder", frozenset({"power"})) == "powder"  # short words are not guessed


def test_a_term_in_the_section_title_counts_in_part() -> None:
    cov = TermCoverage(["Squats and rows.", "Squats and rows."], None, [["beginn"], []])
    terms = cov.query_terms("beginner")
    assert 0 < cov.coverage(terms, 0) < 1 and cov.coverage(terms, 1) == 0
    assert list(cov.coverage_all(terms)) == [cov.coverage(terms, 0), cov.coverage(terms, 1)]
