"""Sentence roles read at ingest: findings, cautions, stories, rhetoric, lead-ins, reference
entries and boilerplate; back matter after a reference list; roles stored with each unit."""

from __future__ import annotations

from conftest import CORPUS_NAMES, synthetic_article
from liftqa.ingest.chunk import sentence_units
from liftqa.ingest.roles import classify, is_boilerplate, is_reference_like
from liftqa.types import Article, Sentence


def _roles(text: str, section: str | None = "Results", line: str | None = None) -> tuple[str, ...]:
    return classify(Sentence(0, len(text), text, section), line or text).roles


def _article(body: str) -> Article:
    return synthetic_article(body, title="A Title", author="Jo Writer")


def test_a_cited_result_is_a_finding() -> None:
    assert (
        _roles("A meta-analysis of 33 trials found moderate effects (Gordon et al., 2018).")[0]
        == "finding"
    )


def test_a_benefit_without_a_study_is_only_a_claim() -> None:
    roles = _roles("Lifting is now recognized as a powerful method for improving well-being.")
    assert "claim" in roles and "finding" not in roles


def test_advice_to_see_a_doctor_is_a_caution() -> None:
    assert "caution" in _roles("Consult a physician before starting if you have hypertension.")


def test_lower_risk_is_not_a_caution() -> None:
    assert "caution" not in _roles("It offers benefits and a lower risk of chronic disease.")


def test_a_personal_quote_is_a_story() -> None:
    assert _roles("“Lifting helped me fight it,” he explained.")[0] == "story"


def test_a_flourish_is_rhetoric() -> None:
    assert _roles("One lift at a time.", section="Conclusion")[0] == "rhetoric"


def test_a_line_ending_in_a_colon_is_a_lead_in() -> None:
    assert _roles("Barriers include:")[0] == "lead_in"


def test_ai_note_and_author_bio_are_boilerplate() -> None:
    assert is_boilerplate("*This article was co-created with the help of AI.")
    assert is_boilerplate("Andreas is a certified nutrition coach with over three decades of x.")
    assert not is_boilerplate("Resistance training reduces depressive symptoms.")


def test_a_reference_entry_is_recognised_without_a_heading() -> None:
    assert is_reference_like("Gordon, B. R., McDowell, C. P. (2018). Association of efficacy.")
    assert not is_reference_like("Gordon and colleagues found moderate effects in 2018.")


def test_back_matter_after_a_numbered_reference_list_is_boilerplate() -> None:
    body = (
        "Strength training reduced depressive symptoms in 33 trials.6\n\n"
        "  1. J Clin Psychiatry. 2015 Feb;76(2):155-62. The economic burden.\n"
        "  2. EMBO Rep. 2016 Sep; 17(9): 1245-1249. The economic costs.\n"
        "Jo is a certified coach who writes about health and training every week.\n"
    )
    article = _article(body)
    assert len(article.references) == 2
    texts = [s.text for s in article.sentences]
    assert not any("J Clin Psychiatry" in t for t in texts)  # entries are not sentences
    units = {u.text: u.extra["role"] for u in sentence_units(article)}
    assert units["Jo is a certified coach who writes about health and training every week."] == (
        "boilerplate"
    )


def test_every_sentence_unit_carries_its_roles(parsed: dict[str, Article]) -> None:
    units = sentence_units(parsed[CORPUS_NAMES[2]])
    assert all(u.extra["role"] and u.extra["roles"] for u in units)
    stories = [u for u in units if u.extra["role"] == "story"]
    assert any("he explained" in u.text for u in stories)


def test_no_corpus_reference_entry_is_a_sentence_and_bios_are_boilerplate(
    parsed: dict[str, Article],
) -> None:
    for article in parsed.values():
        entries = [(r.start, r.end) for r in article.references]
        for unit in sentence_units(article):
            assert not any(a <= unit.start < b for a, b in entries)
            if "is a certified" in unit.text or "is an experienced" in unit.text:
                assert unit.extra["role"] == "boilerplate"


def test_an_opening_frames_without_reporting_findings() -> None:
    text = "Effect sizes allow researchers to compare very different treatments."
    sentence = Sentence(0, len(text), text, "A Title")
    assert "finding" not in classify(sentence, text, in_intro=True).roles
    assert "finding" in classify(sentence, text, in_intro=False).roles


def test_the_items_of_a_lead_in_that_cautions_are_cautions() -> None:
    body = (
        "Strength training is studied as a treatment for depression in many trials today.\n"
        "Safety\n"
        "Discontinue exercise and seek medical advice if you experience:\n"
        "- Chest pain, pressure, or severe shortness of breath.\n"
        "- Dizziness, lightheadedness, or fainting.\n"
    )
    units = {u.text: u.extra for u in sentence_units(_article(body))}
    assert units["Dizziness, lightheadedness, or fainting."]["role"] == "caution"


def test_the_items_of_a_plain_lead_in_stay_as_they_are() -> None:
    body = (
        "Strength training is studied as a treatment for depression in many trials today.\n"
        "Program\nA session includes:\n- Squats and lunges for the legs.\n"
    )
    units = {u.text: u.extra for u in sentence_units(_article(body))}
    assert "caution" not in str(units["Squats and lunges for the legs."]["roles"])


def test_the_items_of_a_lead_in_that_reports_a_finding_are_part_of_it() -> None:
    body = (
        "Strength training is studied as a treatment for depression in many trials today.\n"
        "Results\nThe meta-analysis showed particularly significant effects for:\n"
        "Total weekly duration exceeding 180 minutes\n"
    )
    units = {u.text: u.extra for u in sentence_units(_article(body))}
    assert units["Total weekly duration exceeding 180 minutes"]["role"] == "finding"
