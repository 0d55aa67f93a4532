"""Selection: a relevance floor instead of padding, lists with only their relevant items, no
dangling lead-ins, no quote cut before its "But", cautions first for risk questions."""

from __future__ import annotations

import re

import numpy as np

from conftest import synthetic_article
from liftqa.answer.amounts import numbers
from liftqa.answer.compose import Candidate, Scorer, _floor, _number
from liftqa.answer.intent import asks_if_it_helps
from liftqa.answer.library import Library
from liftqa.answer.model import Answer, ArticleGroup, Quote
from liftqa.answer.render import markdown
from liftqa.answer.spans import span_of
from liftqa.app.service import Service
from liftqa.config import AnswerSettings
from liftqa.ingest.chunk import sentence_units
from liftqa.references.bibliography import Bibliography
from liftqa.types import Article, Unit

BODY = (
    "Guidelines\n"
    "Barriers include:\n"
    "Fear of judgment\n"
    "Low motivation\n"
    "Time constraints\n"
    "Lifting reduced symptoms in most trials. But the effect was small in older adults.\n"
    "At least 8 different exercises targeting major muscle groups\n"
    "2-3 sets of each exercise\n"
)


def _article(body: str = BODY) -> Article:
    return synthetic_article(body)


def _cand(text: str, score: float = 1.0) -> Candidate:
    start = BODY.index(text)
    unit = Unit("u" + str(start), "sentence", "a", start, start + len(text), text, None)
    return Candidate(0, unit, score, 0.5)


def test_lead_in_keeps_its_list_only_up_to_the_last_relevant_item() -> None:
    art = _article()
    relevant = {BODY.index("Low motivation")}
    start, end = span_of(_cand("Barriers include:").unit, art, relevant)
    assert BODY[start:end] == "Barriers include:\nFear of judgment\nLow motivation"


def test_a_relevant_lead_in_brings_its_short_list_whole() -> None:
    start, end = span_of(_cand("Barriers include:").unit, _article(), set())
    whole = "Barriers include:\nFear of judgment\nLow motivation\nTime constraints"
    assert BODY[start:end] == whole


def test_a_short_item_comes_with_its_lead_in() -> None:
    start, end = span_of(_cand("Fear of judgment").unit, _article(), set())
    assert BODY[start:end] == "Barriers include:\nFear of judgment"


def test_a_sentence_keeps_the_but_that_qualifies_it() -> None:
    start, end = span_of(_cand("Lifting reduced symptoms in most trials.").unit, _article(), set())
    assert BODY[start:end].endswith("But the effect was small in older adults.")


def test_relevance_floor_instead_of_padding() -> None:
    cands = [_cand("Fear of judgment", 0.9), _cand("Low motivation", 0.7)]
    assert _floor(cands, AnswerSettings(quote_window=0.1)) == 0.8


def test_risk_question_leads_with_a_caution(fake_service: Service) -> None:
    answer = fake_service.ask("Is it safe to lift weights with high blood pressure?")
    assert answer.quotes
    first = answer.quotes[0]
    article = fake_service.library().articles[first.article_id]
    unit = next(u for u in sentence_units(article) if u.start == first.start)
    assert "caution" in str(unit.extra["roles"]).split(",")
    assert "no negative side effects" not in first.text


def test_answers_are_not_padded_to_five(fake_service: Service) -> None:
    lengths = {
        len(fake_service.ask(q).quotes)
        for q in (
            "How long should I hold a plank?",
            "Does lifting help with anxiety?",
            "What is BDNF?",
        )
    }
    assert min(lengths) < 5


def test_no_quote_is_boilerplate_or_a_reference_entry(fake_service: Service) -> None:
    library = fake_service.library()  # (provenance questions quote it: see test_routing)
    for q in ("Who are these people and what is their training?", "Does lifting help depression?"):
        for quote in fake_service.ask(q).quotes:
            article = library.articles[quote.article_id]
            assert "co-created" not in quote.text and "certified" not in quote.text
            if "cite" not in q:
                assert not any(r.start <= quote.start < r.end for r in article.references)


def test_citation_question_is_answered_from_the_bibliography(fake_service: Service) -> None:
    answer = fake_service.ask("Which article cites Gordon 2018 and in what context?")
    library = fake_service.library()
    assert len({q.article_id for q in answer.quotes}) >= 2  # every citing article
    for quote in answer.quotes:
        assert library.articles[quote.article_id].body[quote.start : quote.end] == quote.text
        assert any(w.id for w in quote.works if w.short.startswith("Gordon"))
    assert answer.references and answer.references[0].doi == "10.1001/jamapsychiatry.2018.0572"


def test_amounts_are_read_whole_without_years() -> None:
    assert numbers("2-3 sessions per week (Gordon, 2018)") == {"2-3"}
    assert numbers("3–4 times weekly, 9-24 weeks") == {"3-4", "9-24"}


def _two_quote_answer(**extra: object) -> Answer:
    quotes = tuple(
        Quote(n, text, f"art{n}", f"Title {n}", None, 0, len(text))
        for n, text in ((1, "Train 2-3 times a week."), (2, "Train 3-4 times a week."))
    )
    groups = tuple(ArticleGroup(f"art{n}", f"Title {n}", "x", (n,)) for n in (1, 2))
    return Answer("q", "disclaimer", quotes=quotes, groups=groups, **extra)  # type: ignore[arg-type]


def test_a_difference_between_articles_is_stated() -> None:
    answer = _two_quote_answer(differ=((1, 2),))
    assert "The articles differ on this point: [1] (Title 1) and [2] (Title 2)" in answer.text
    assert "differ" in markdown(answer)


def test_agreement_is_shown_with_the_quote() -> None:
    answer = _two_quote_answer(agreement=(2, 0))
    assert "“Train 2-3 times a week.” [1] (2 other articles say the same)" in answer.text


def test_a_closing_flourish_never_answers_an_effect_question(fake_service: Service) -> None:
    answer = fake_service.ask("Does resistance training help with depression?")
    assert not any("will have to suffice" in q.text for q in answer.quotes)
    assert not any(q.text.rstrip().endswith(":") for q in answer.quotes)  # no dangling lead-in


def test_answer_has_a_lead_then_themes_in_reading_order(fake_service: Service) -> None:
    answer = fake_service.ask("total beginner here - what exercises should i do and how many sets")
    assert answer.lead == 1 and answer.themes
    numbers = [n for theme in answer.themes for n in theme.quotes]
    assert numbers == list(range(2, len(answer.quotes) + 1))  # every other quote, in order
    text = answer.text
    assert text.index("In short:") < text.index("[1]")
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", text)]
    assert markers == sorted(markers)


def test_risk_question_puts_cautions_before_other_themes(fake_service: Service) -> None:
    answer = fake_service.ask("could lifting heavy weights hurt me or trigger panic?")
    keys = [t.key for t in answer.themes]
    if "cautions" in keys:
        assert keys[0] == "cautions"


def test_a_red_flag_question_quotes_the_articles_cautions(fake_service: Service) -> None:
    answer = fake_service.ask("My chest hurt and I nearly fainted on the bench press, carry on?")
    assert answer.notices[0].kind == "red_flag"
    assert answer.quotes and "Discontinue exercise" in answer.quotes[0].text


def test_the_safety_layer_can_add_the_risk_intent(fake_service: Service) -> None:
    index = fake_service.snapshot().search.index
    vector = [0.0] * index.sentence_vectors.shape[1]
    assert not Scorer("keep going or stop?", vector, index).intent.wants_caution_first
    assert Scorer("keep going or stop?", vector, index, ("risk",)).intent.wants_caution_first


def test_an_effect_question_leads_with_a_quote_naming_its_condition() -> None:
    body = "Cardio builds the heart and lungs well.\n\nLifting eases anxiety in several trials.\n"
    article = _article(body)
    library = Library({"a": article}, Bibliography())

    def cand(text: str, score: float) -> Candidate:
        start = body.index(text)
        unit = Unit(f"u{start}", "sentence", "a", start, start + len(text), text, None)
        return Candidate(0, unit, score, 0.5)

    off = cand("Cardio builds the heart and lungs well.", 0.9)
    on = cand("Lifting eases anxiety in several trials.", 0.5)
    quotes, _groups, _themes = _number([off, on], library, on_topic={("a", on.unit.start)})
    assert quotes[0].text == on.unit.text
    quotes, _groups, _themes = _number([off, on], library)
    assert quotes[0].text == off.unit.text  # without a condition named: the best leads


def test_asking_whether_it_helps_is_not_asking_about_the_evidence() -> None:
    assert asks_if_it_helps("can lifting help with PTSD?")
    assert asks_if_it_helps("does lifting do anything for anxiety")
    assert not asks_if_it_helps("What are the limitations of the evidence on lifting?")


def test_the_condition_asked_is_found_in_the_articles_words(fake_service: Service) -> None:
    index = fake_service.snapshot().search.index
    vector = [0.0] * index.sentence_vectors.shape[1]
    named = Scorer("can lifting help with PTSD?", vector, index).conditions()
    assert named is not None
    assert any("trauma" in index.sentences[i].text for i in np.flatnonzero(named))
    assert Scorer("how do I start?", vector, index).conditions() is None


def test_what_a_question_sets_aside_is_not_searched_for(fake_service: Service) -> None:
    index = fake_service.snapshot().search.index
    vector = [0.0] * index.sentence_vectors.shape[1]
    scorer = Scorer("Beyond injury, what psychological risks should I watch for?", vector, index)
    assert "injuri" not in scorer.terms and "psycholog" in scorer.terms
    plain = Scorer("what psychological risks should I watch for?", vector, index)
    about_injury = index.sentence_terms.mask_any({"injuri"})
    assert (scorer.scores[about_injury] < plain.scores[about_injury]).all()


def test_a_lead_in_keeps_its_list_under_a_subheading() -> None:
    body = (
        "Many people face barriers to starting a routine:\n"
        "Common Barriers and Solutions\n"
        "Lack of time: Even short sessions help\n"
        "Gym anxiety: Begin with home routines\n"
    )
    article = _article(body)
    lead = "Many people face barriers to starting a routine:"
    unit = Unit("u0", "sentence", "a", 0, len(lead), lead, None)
    start, end = span_of(unit, article, set())
    assert body[start:end] == body.rstrip("\n")


def _unit_in(article_id: str, text: str) -> Candidate:
    return Candidate(
        0, Unit("u-" + article_id, "sentence", article_id, 0, len(text), text, None), 1.0, 0.5
    )


def test_one_article_qualifying_its_own_claim_is_not_a_disagreement() -> None:
    from liftqa.answer.compose import _disagree

    calm = _unit_in("a", "Strength training has no negative side effects for most people.")
    risk = _unit_in("a", "Lifting too heavy too soon carries a risk of injury.")
    assert not _disagree([calm, risk])


def test_two_articles_that_differ_on_risk_disagree() -> None:
    from liftqa.answer.compose import _disagree

    calm = _unit_in("a", "Strength training has no negative side effects for most people.")
    risk = _unit_in("b", "Lifting too heavy too soon carries a risk of injury.")
    assert _disagree([calm, risk])


SPACED = (
    "Despite its benefits, lifting can seem daunting. Barriers include:\n\n"
    "  • Fear of judgment in the gym environment.\n\n"
    "  • Low motivation due to depressive fatigue.\n\n"
    "Start with light weights and good form, and progress slowly over several weeks.\n"
)


def test_a_short_bullet_of_a_spaced_out_list_comes_with_its_lead_in() -> None:
    art = _article(SPACED)
    text = "Fear of judgment in the gym environment."
    start = SPACED.index(text)
    unit = Unit("u", "sentence", "a", start, start + len(text), text, None)
    a, b = span_of(unit, art, set())
    assert SPACED[a:b].startswith("Despite its benefits") and SPACED[a:b].endswith(text)


def test_a_sentence_after_a_spaced_out_list_stands_alone() -> None:
    art = _article(SPACED)
    text = "Start with light weights and good form, and progress slowly over several weeks."
    start = SPACED.index(text)
    unit = Unit("u", "sentence", "a", start, start + len(text), text, None)
    assert span_of(unit, art, set()) == (start, start + len(text))


PLAIN_LIST = (
    "A review of 27 studies found that combined training improved symptoms.\n"
    "This combined approach showed particularly significant effects for:\n"
    "Middle-aged and elderly patients\n"
    "Total weekly duration exceeding 180 minutes\n"
    "Supervised training sessions\n"
)


def _span_text(body: str, text: str) -> str:
    start = body.index(text)
    unit = Unit("u", "sentence", "a", start, start + len(text), text, None)
    a, b = span_of(unit, _article(body), set())
    return body[a:b]


def test_a_fragment_line_of_a_plain_list_comes_with_its_lead_in() -> None:
    # a new-user test (2026-11-24): "Total weekly duration exceeding 180 minutes" was
    # quoted alone for "how long should each session be"; it is an effect of combined
    # training, which only its lead-in says
    quoted = _span_text(PLAIN_LIST, "Total weekly duration exceeding 180 minutes")
    assert quoted.startswith("This combined approach showed")


POINTING_BACK = (
    "Resistance exercise raises BDNF, a protein that supports neurons. It also lowers "
    "cortisol. These are many of the same targets antidepressants address.\n"
    "This one opens its paragraph, so it stands alone.\n"
)


def test_a_sentence_that_points_back_comes_with_what_it_points_to() -> None:
    pointer = "These are many of the same targets antidepressants address."
    quoted = _span_text(POINTING_BACK, pointer)
    assert quoted.startswith("Resistance exercise raises BDNF")


def test_pointing_back_never_crosses_a_paragraph() -> None:
    quoted = _span_text(POINTING_BACK, "This one opens its paragraph, so it stands alone.")
    assert quoted == "This one opens its paragraph, so it stands alone."


def test_a_sentence_near_every_other_is_a_hub() -> None:
    from liftqa.answer.compose import _hubness

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(60, 16)).astype(np.float32)
    vectors[0] = vectors[1:].mean(axis=0)  # near everything, like a generic statement
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    hub = _hubness(vectors)
    assert hub[0] > 0 and float(hub[1:].max()) < hub[0]
    assert float((hub[1:] == 0).mean()) > 0.9  # ordinary sentences are no hubs


def test_no_hub_among_too_few_sentences() -> None:
    from liftqa.answer.compose import _hubness

    assert not _hubness(np.eye(5, dtype=np.float32)).any()
