"""Answers: verbatim quotes, [n] markers, abstention, safety on every path, the contract."""

from __future__ import annotations

import re

import pytest

from conftest import CONTRACT_KEYS
from liftqa.answer.model import Answer
from liftqa.answer.render import ABSTAIN_TEXT
from liftqa.answer.safety import (
    CRISIS_DISCLAIMER,
    DISCLAIMER,
    DOSE_NOTICE,
    MEDICATION_CHANGE_NOTICE,
)
from liftqa.app.service import Service
from liftqa.errors import InputError

QUOTE_KEYS = {"n", "text", "article_id", "title", "section", "start", "end", "pages"}


def _check_verbatim(service: Service, answer: Answer) -> None:
    library = service.library()
    for q in answer.quotes:
        assert library.articles[q.article_id].body[q.start : q.end] == q.text


def test_to_dict_has_exactly_the_contract_keys(fake_service: Service) -> None:
    d = fake_service.ask("How long should I hold a plank?").to_dict()
    assert set(d) == CONTRACT_KEYS
    assert d["quotes"] and set(d["quotes"][0]) == QUOTE_KEYS
    for ref in d["references"]:
        assert set(ref) == {"id", "text", "doi"}


def test_quotes_are_verbatim_and_numbered_in_the_answer(fake_service: Service) -> None:
    answer = fake_service.ask("How long should I hold a plank?")
    _check_verbatim(fake_service, answer)
    assert [q.n for q in answer.quotes] == list(range(1, len(answer.quotes) + 1))
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", answer.text)]
    assert markers == [q.n for q in answer.quotes]
    assert "20-60 seconds" in answer.quotes[0].text


def test_each_quote_appears_in_the_answer_text(fake_service: Service) -> None:
    answer = fake_service.ask("What did Nate, the recovering addict, say about weights?")
    for q in answer.quotes:
        assert f"“{q.text}” [{q.n}]" in answer.text


def test_quote_carries_section_and_title(fake_service: Service) -> None:
    q = fake_service.ask("How long should I hold a plank?").quotes[0]
    assert q.section == "Building a Foundational Routine"
    assert "untitled guide" in q.title


def test_out_of_domain_question_abstains_with_the_fixed_sentence(fake_service: Service) -> None:
    answer = fake_service.ask("How do I bake sourdough bread?")
    assert answer.abstained and answer.text == ABSTAIN_TEXT
    assert answer.quotes == () and answer.references == ()
    assert answer.disclaimer == DISCLAIMER


def test_every_path_carries_the_disclaimer(fake_service: Service) -> None:
    for question in [
        "Does lifting help anxiety?",
        "What's the weather tomorrow?",
        "How many mg of sertraline?",
    ]:
        assert fake_service.ask(question).disclaimer == DISCLAIMER
    assert fake_service.ask("I want to die").disclaimer == CRISIS_DISCLAIMER  # quotes nothing


def test_crisis_answer_has_resources_first_and_no_quotes(fake_service: Service) -> None:
    answer = fake_service.ask("I don't want to be alive anymore. Is there an exercise plan?")
    assert answer.crisis and not answer.abstained
    assert answer.quotes == ()
    assert answer.text.index("988") < 200


def test_crisis_never_needs_the_index(settings_no_corpus: Service) -> None:
    answer = settings_no_corpus.ask("thinking about suicide")
    assert answer.crisis


@pytest.fixture
def settings_no_corpus(tmp_path) -> Service:  # type: ignore[no-untyped-def]
    from liftqa.config import Settings
    from liftqa.index.embed import FakeEmbedder

    return Service(
        Settings.build(corpus_dir=tmp_path / "none", index_dir=tmp_path / "ix"), FakeEmbedder()
    )


def test_eating_disorder_gets_support_and_no_training_content(fake_service: Service) -> None:
    answer = fake_service.ask("I have an eating disorder, is strength training safe for me?")
    assert answer.crisis
    assert answer.text.startswith("What you describe")
    assert not answer.quotes


def test_figurative_question_is_answered_normally(fake_service: Service) -> None:
    answer = fake_service.ask("This workout is killing my legs, is soreness normal?")
    assert not answer.crisis


def test_dose_question_gets_the_notice_first_and_no_dose(fake_service: Service) -> None:
    answer = fake_service.ask("How many milligrams of fluoxetine go well with deadlifts?")
    assert answer.text.startswith(DOSE_NOTICE)
    assert not re.search(r"\d+\s*(mg|milligram)", answer.text.replace(DOSE_NOTICE, ""))


def test_medication_change_question_gets_the_notice(fake_service: Service) -> None:
    answer = fake_service.ask("Can lifting replace my antidepressant medication?")
    assert MEDICATION_CHANGE_NOTICE in answer.text


def test_conflicting_claims_show_both_sides(fake_service: Service) -> None:
    answer = fake_service.ask("Does strength training have negative side effects or risks?")
    texts = " ".join(q.text for q in answer.quotes)
    assert "no negative side effects" in texts
    assert re.search(r"injur", texts)
    assert "do not agree" in answer.text


def test_numbered_citation_resolves_to_its_reference(fake_service: Service) -> None:
    answer = fake_service.ask(
        "What was the incremental economic burden of major depressive disorder in the US?"
    )
    assert any("J Clin Psychiatry" in r.text for r in answer.references)


def test_citation_without_own_reference_list_resolves_across_articles(
    fake_service: Service,
) -> None:
    library = fake_service.library()
    art = library.articles["mohammad-2026-body-carries-weight"]
    gordon = next(c for c in art.citations if c.key == "gordon-2018")
    work = library.bibliography.work_for(art.id, gordon)
    assert work is not None and work.doi == "10.1001/jamapsychiatry.2018.0572"


def test_list_item_that_says_enough_is_quoted_alone(fake_service: Service) -> None:
    answer = fake_service.ask("How many different exercises should a strength program include?")
    quote = next(q for q in answer.quotes if "At least 8 different exercises" in q.text)
    assert "Progressive intensity increases over time" not in quote.text  # not the whole list
    _check_verbatim(fake_service, answer)


def test_same_question_same_answer(fake_service: Service) -> None:
    q = "Does strength training help with anxiety?"
    assert fake_service.ask(q).to_dict() == fake_service.ask(q).to_dict()


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 2001, "2,001 characters"),
        ("lifting\x00help", "control characters"),
        ("bad \x1b[31m escape", "control characters"),
        ("lone \ud800 surrogate", "not valid text"),
        (None, "must be text"),
    ],
)
def test_bad_questions_raise_input_error(
    fake_service: Service, question: object, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        fake_service.ask(question)


def test_emoji_and_rtl_text_are_fine(fake_service: Service) -> None:
    answer = fake_service.ask("💪 هل رفع الأثقال يساعد؟ does lifting help depression?")
    assert answer.disclaimer == DISCLAIMER


def test_a_risk_statement_never_pulls_in_a_no_side_effects_claim(
    fake_service: Service,
) -> None:
    answer = fake_service.ask("Is lifting safe if I have severe osteoporosis?")
    assert not any("no negative side effects" in q.text for q in answer.quotes)


def test_every_statement_cites_its_own_quote_from_a_retrieved_passage(
    fake_service: Service,
) -> None:
    from liftqa.app.evaluate import citation_quality

    for question in [
        "Does strength training have side effects?",
        "How long should I hold a plank?",
        "What is the DOI of the Gordon 2018 meta-analysis?",
    ]:
        statements, right = citation_quality(fake_service.ask(question))
        assert statements > 0 and right == statements


def test_a_work_no_reference_list_gives_is_named_in_the_references(
    fake_service: Service,
) -> None:
    from liftqa.answer.model import CitedWork, Quote
    from liftqa.answer.quoting import works_behind

    library = fake_service.library()
    unlisted = next(w for w in library.bibliography.works.values() if not w.raw.strip())
    cited = CitedWork(id=unlisted.id, short=unlisted.short, label="", venue="", doi=None)
    quote = Quote(
        n=1, text="t", article_id="a", title="T", section=None, start=0, end=1, works=(cited,)
    )
    (ref,) = works_behind([quote], library)
    assert ref.text.startswith(unlisted.short) and "no reference list" in ref.text


# --- markup in a question (a new-user test, 2026-11-24) ---------------------------------------


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("<b>hi</b> <script>alert(1)</script> what helps anxiety", "hi what helps anxiety"),
        ("see [this study](http://x.org) on anxiety", "see this study on anxiety"),
        ("![x](http://e.com/a.png) does lifting help?", "does lifting help?"),
        ("a < b and c > d? does lifting help", "a < b and c > d? does lifting help"),
    ],
)
def test_markup_is_set_aside_from_what_a_question_asks(raw: str, plain: str) -> None:
    from liftqa.answer.question import searchable

    assert searchable(raw) == plain


def test_a_question_wrapped_in_markup_is_answered_like_the_plain_one(fake_service: Service) -> None:
    wrapped = fake_service.ask(
        "<b>hi</b> <script>alert(1)</script> does strength training help anxiety?"
    )
    plain = fake_service.ask("hi does strength training help anxiety?")
    assert wrapped.quotes and [q.text for q in wrapped.quotes] == [q.text for q in plain.quotes]
