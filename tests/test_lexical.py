"""Users' words meet the articles' words: synonyms, spelling, word forms, context."""

from __future__ import annotations

from typing import Any

from liftqa.index.lexical import (
    TermCoverage,
    correct,
    expand_for_meaning,
    expand_query,
    phrase_synonyms,
    synonyms,
    tokenize,
)


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


# --- the table, from the articles' own words (one entry, one test) ---------------------------


def test_ptsd_meets_trauma() -> None:
    assert "trauma" in synonyms("ptsd")
    assert "trauma" in expand_for_meaning("can lifting help with ptsd?")


def test_not_enjoying_anything_meets_anhedonia() -> None:
    assert "anhedonia" in phrase_synonyms("i dont enjoy anything anymore")["enjoy"]
    assert "anhedonia" in expand_for_meaning("I lost interest in everything")


def test_percent_of_my_max_meets_one_repetition_maximum() -> None:
    assert "maximum" in phrase_synonyms("what percent of my max should i lift")["max"]
    assert "one-repetition maximum" in expand_for_meaning("how heavy is 70% of my 1RM?")


def test_what_stops_people_meets_barriers() -> None:
    assert "barrier" in phrase_synonyms("what stops people from starting?")["stop"]
    assert "barriers" in expand_for_meaning("why is it so hard to get started")


def test_meds_meet_medication() -> None:
    assert "medic" in synonyms("med")
    assert "medication" in expand_for_meaning("should I stay on my meds")


def test_feeling_alone_meets_community() -> None:
    assert "communiti" in phrase_synonyms("can lifting make me feel less alone?")["alon"]
    assert "communiti" in synonyms("loneli")


def test_workout_length_meets_session_duration() -> None:
    assert {"durat", "minut"} <= phrase_synonyms("how long should each workout be?")["workout"]
    assert "session" in synonyms("workout")


# --- how the table counts ------------------------------------------------------------------


def test_more_of_the_articles_phrase_counts_more() -> None:
    cov = TermCoverage(["Short sessions of 20 minutes help.", "Two sessions per week help."])
    question = "how long should each workout be?"
    terms, extra = cov.query_terms(question), phrase_synonyms(question)
    assert cov.coverage(terms, 0, extra) > cov.coverage(terms, 1, extra)


def test_a_phrase_the_question_already_uses_adds_nothing() -> None:
    assert phrase_synonyms("What session duration works best?") == {}


def test_a_synonym_in_the_section_title_counts_in_part() -> None:
    cov = TermCoverage(["Lack of time.", "Lack of time."], None, [["barrier"], []])
    question = "what stops people?"
    terms, extra = cov.query_terms(question), phrase_synonyms(question)
    assert cov.coverage(terms, 0, extra) > cov.coverage(terms, 1, extra)


def test_obsessing_over_my_body_meets_body_dysmorphia() -> None:
    found = phrase_synonyms("ive been obsessing over my body in the mirror lately")
    assert {"dysmorphia", "aesthet"} <= found["mirror"]


def test_reps_meet_repetitions() -> None:
    assert "repetit" in synonyms("rep")


def test_a_prescription_meets_the_guidelines() -> None:
    assert "guidelin" in synonyms("prescript")


def test_already_on_meds_meets_combined_with() -> None:
    assert "combin" in phrase_synonyms("does it help if im already on meds")["alreadi"]


def test_being_72_meets_older_adults() -> None:
    assert "older" in expand_for_meaning("im 72, am i too old to start?")
    assert "older" in synonyms("old")


def test_the_filler_of_chat_questions_is_not_searched_for() -> None:
    assert tokenize(["how am i supposed to go to the gym at all anymore"])[0] == ["go", "gym"]


def test_how_often_meets_sessions_per_week() -> None:
    assert {"session", "week"} <= phrase_synonyms("how often should i go to the gym")["often"]


def test_what_it_does_to_the_brain_meets_neurotransmitters() -> None:
    assert "bdnf" in phrase_synonyms("what does lifting do to your brain?")["brain"]


def test_the_antidepressant_effect_of_training_meets_depressive_symptoms() -> None:
    found = phrase_synonyms("Does the antidepressant effect of resistance training last?")
    assert "symptom" in found["antidepress"] and "resist" not in found
    assert phrase_synonyms("Can lifting replace my antidepressant?") == {
        "lift": frozenset({"resist", "train"})
    }


def test_british_and_american_spellings_are_one_stem() -> None:
    assert tokenize(["behavioural programme organised"]) == tokenize(
        ["behavioral program organized"]
    )


def test_how_a_question_refers_to_the_articles_is_not_its_topic() -> None:
    """In "what role do the articles attribute to inflammation" the topic is inflammation."""
    cov = TermCoverage(
        ["Chronic inflammation is implicated in depression.", "This article's role is attributed."]
    )
    terms = cov.query_terms("What role do the articles attribute to inflammation?")
    assert cov.coverage(terms, 0) > cov.coverage(terms, 1)


def test_it_in_a_question_without_a_subject_means_strength_training() -> None:
    assert "resistance training" in expand_for_meaning("is it better than running for depression")


def test_it_later_in_a_question_is_left_alone() -> None:
    assert expand_for_meaning("how long until I notice it?") == "how long until I notice it?"


def test_tokens_are_those_of_bm25s_over_the_corpus_and_odd_text(articles: list[Any]) -> None:
    """The index's tokens and a question's come from the one tokenizer; it is bm25s's,
    done without its per-call overhead, and must stay word for word the same."""
    import bm25s

    from liftqa.index.lexical import _STEMMER, SPELLING, STOPWORDS, tokenize

    texts = [line for article in articles for line in article.body.splitlines()] + [
        "",
        "Lifting, lifts & LIFTED — behavioural 1RM 80% x2 a_b Ünïcödé naïve café",
        "the and of a",
        "don't won't it's 2-3 times/week; 3x10 @ RPE8",
    ]
    expected = bm25s.tokenize(
        texts, stopwords=STOPWORDS, stemmer=_STEMMER, return_ids=False, show_progress=False
    )
    assert tokenize(texts) == [[SPELLING.get(t, t) for t in doc] for doc in expected]


def test_one_text_is_tokenized_as_one_text() -> None:
    from liftqa.index.lexical import tokenize

    assert tokenize("Lifting helps") == [["lift", "help"]]
