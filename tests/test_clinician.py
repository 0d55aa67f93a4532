"""For clinicians: every cited work findable (also those no reference list gives), no venue
as an author, citation checks (one rule per test, on the corpus's own cases), study
snapshots with checked offsets, likely sources for uncited claims, Markdown export."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import bibtexparser
import pytest
import rispy

from conftest import cli_env, run_cli
from liftqa.answer.model import Answer, CitedWork, Quote, WorkRef
from liftqa.answer.render import evidence_lines, export_markdown, terminal
from liftqa.app.service import Service
from liftqa.app.views import reference_rows
from liftqa.references.bibliography import Bibliography
from liftqa.references.export import export
from liftqa.references.likely import LIKELY_LABEL, evaluate
from liftqa.references.snapshot import NOT_REPORTED, verify
from liftqa.types import Article

GORDON = "gordon-2018-association-efficacy-resistance"


@pytest.fixture(scope="module")
def bib(articles: list[Article]) -> Bibliography:
    return Bibliography.build(articles)


@pytest.fixture(scope="module")
def by_id(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


def _refs(args: list[str], fake_service: Service) -> subprocess.CompletedProcess[str]:
    index = fake_service.settings.index
    return run_cli(["refs", *args], cli_env(index.corpus_dir.parent, index=index.index_dir.name))


# --- every cited work findable -------------------------------------------------------------


def test_work_cited_without_a_list_is_found_by_author(bib: Bibliography) -> None:
    found = bib.search("Kirsch")
    assert [w.short for w in found] == ["Kirsch et al. 2008"]
    assert not found[0].listed and len(found[0].contexts) == 2


def test_work_cited_without_a_list_keeps_only_what_the_citation_says(bib: Bibliography) -> None:
    kirsch = bib.search("Kirsch")[0]
    assert kirsch.authors == ("Kirsch",) and kirsch.year == 2008
    assert kirsch.title is None and kirsch.doi is None and kirsch.container is None
    assert "no reference list gives it" in kirsch.summary()


def test_refs_cli_finds_kirsch_with_its_two_contexts(fake_service: Service) -> None:
    result = _refs(["Kirsch", "--contexts"], fake_service)
    assert result.returncode == 0, result.stderr
    assert "Kirsch et al. 2008" in result.stdout and "no reference list gives it" in result.stdout
    assert result.stdout.count("    > ") == 2


def test_no_venue_or_title_is_an_author_in_any_work(bib: Bibliography) -> None:
    for work in bib.works.values():
        for author in work.authors:
            assert author not in {work.container, work.publisher, work.title}, work.id
        if not work.authors:
            assert work.container is None or work.container not in work.short, work.id


def test_no_table_row_has_a_venue_as_first_author(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    from liftqa.answer.library import Library

    works = list(bib.works.values())
    rows = reference_rows(works, Library(by_id, bib))
    for work, row in zip(works, rows, strict=True):
        if not work.authors:
            assert row[0] == "", work.id
        assert row[0] not in {work.container, work.publisher} or not row[0], work.id


def test_no_export_has_a_venue_as_author_or_an_unknown_note(bib: Bibliography) -> None:
    works = list(bib.works.values())
    for entry in bibtexparser.parse_string(export(works, "bibtex")).entries:
        fields = {f.key: f.value for f in entry.fields}
        assert fields.get("note") != "unknown", entry.key
        if "author" in fields and "journal" in fields:
            assert fields["journal"] not in fields["author"], entry.key
    for record in rispy.loads(export(works, "ris")):
        assert record.get("secondary_title") not in record.get("authors", []), record["id"]
    for item in json.loads(export(works, "csl-json")):
        names = [a.get("literal") or a.get("family") for a in item.get("author", [])]
        assert item.get("container-title") not in names, item["id"]


def test_unlisted_works_are_flagged_in_every_export(bib: Bibliography) -> None:
    unlisted = [w for w in bib.works.values() if not w.listed]
    assert len(unlisted) == 6
    assert export(unlisted, "bibtex").count("no reference list gives it") == 6
    assert all(
        "no reference list gives it" in r["notes"][0] for r in rispy.loads(export(unlisted, "ris"))
    )
    assert all("no reference list" in i["note"] for i in json.loads(export(unlisted, "csl-json")))


def test_doi_is_printed_once_in_the_terminal() -> None:
    doi = "10.1001/jamapsychiatry.2018.0572"
    answer = Answer(
        question="q",
        disclaimer="d",
        references=(WorkRef("w", f"Gordon (2018). T. https://doi.org/{doi}", doi),),
    )
    assert terminal(answer).count(doi) == 1


# --- citation checks: one rule per test, on the corpus's cases -----------------------------


def _checks(bib: Bibliography, rule: str, work_id: str) -> list[str]:
    return [c.reason for c in bib.checks if c.rule == rule and c.work_id == work_id]


def test_check_topic_acute_exercise_meta_analysis_cited_for_strength_vs_cardio(
    bib: Bibliography,
) -> None:
    (reason,) = _checks(bib, "topic", "chang-2018-effects-acute-exercise")
    assert "acute" in reason and "resistance training" in reason


def test_check_topic_is_silent_when_the_title_is_about_resistance_training(
    bib: Bibliography,
) -> None:
    assert _checks(bib, "topic", GORDON) == []


def test_check_effect_mechanisms_paper_cited_for_a_55_percent_reduction(
    bib: Bibliography,
) -> None:
    (reason,) = _checks(bib, "effect", "mitchell-2021-psychological-mechanisms-exercise")
    assert "55%" in reason and "mechanisms" in reason


def test_check_effect_is_silent_for_prevalence_figures_from_surveys(bib: Bibliography) -> None:
    assert [c for c in bib.checks if c.rule == "effect"] == [
        c
        for c in bib.checks
        if c.work_id == "mitchell-2021-psychological-mechanisms-exercise" and c.rule == "effect"
    ]


def test_check_year_in_text_differs_from_the_listed_year(bib: Bibliography) -> None:
    (reason,) = _checks(bib, "year", "gordon-2020-unlisted")
    assert "2020" in reason and "2018" in reason
    # Gordon et al. 2020 is a real, different paper: the check says it may be one
    assert "a different paper by the same authors, or a wrong year" in reason


def test_check_forms_same_work_listed_in_different_forms(bib: Bibliography) -> None:
    (reason,) = _checks(bib, "forms", GORDON)
    assert "3 reference lists" in reason and "author lists differ" in reason


def test_check_missing_doi_and_authors(bib: Bibliography) -> None:
    reasons = _checks(bib, "missing", "depression-anxiety-2018-aerobic-exercise-adult")
    assert reasons == ["no DOI in any reference list", "no authors in any reference list"]
    assert _checks(bib, "missing", "cunha-2024-resistance-training-improve") == []


def test_claim_checks_sit_on_the_citation_in_the_article(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    for check in bib.checks:
        if check.article_id:
            body = by_id[check.article_id].body
            assert re.search(r"\d{4}|\d", body[check.start : check.end]), check


# --- study snapshots -----------------------------------------------------------------------


def test_gordon_snapshot_has_trials_participants_duration_from_the_articles(
    bib: Bibliography,
) -> None:
    snap = bib.snapshot(GORDON)
    trials, participants, duration = (snap.get(n) for n in ("trials", "participants", "duration"))
    assert trials and "33" in trials.value
    assert participants and "1,877" in participants.value
    assert duration and "6 to 52 weeks" in duration.value


def test_every_snapshot_field_is_verbatim_at_its_offsets(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    assert all(verify(s, by_id) for s in bib.snapshots.values())
    for snap in bib.snapshots.values():
        for f in snap.fields:
            assert by_id[f.article_id].body[f.value_start : f.value_end] == f.value


def test_unreported_field_says_so(bib: Bibliography) -> None:
    snap = bib.snapshot("van-der-kolk-2014-body-keeps-score").to_dict()
    assert snap["trials"] == NOT_REPORTED


def test_refs_json_carries_snapshot_and_checks(fake_service: Service) -> None:
    result = _refs(["--json", "gordon", "2018"], fake_service)
    work = next(w for w in json.loads(result.stdout) if w["id"] == GORDON)
    assert "1,877" in work["snapshot"]["participants"]["value"]
    assert {c["rule"] for c in work["checks"]} == {"forms"}


# --- likely sources ------------------------------------------------------------------------


def test_likely_sources_only_in_articles_that_cite_nothing_in_text(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    assert bib.likely
    for link in bib.likely:
        article = by_id[link.article_id]
        assert article.references and not article.citations
        assert link.work_id in {w.id for w in bib.listed_by(article.id)}


def test_older_adults_claim_gets_the_older_adults_meta_analysis(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    links = [
        link
        for link in bib.likely
        if "older adults" in by_id[link.article_id].body[link.start : link.end]
    ]
    assert links and links[0].work_id == "cunha-2024-resistance-training-improve"


def test_likely_source_ranks_the_cited_work_first_on_the_corpus_pairs(
    bib: Bibliography, articles: list[Article]
) -> None:
    candidates = {a.id: bib.listed_by(a.id) for a in articles}
    result = evaluate(bib.cited_pairs(), candidates, bib.scorer(articles))
    assert result.pairs == 14 and result.first >= 10  # the README's figure


def test_likely_source_is_labelled_never_as_a_citation() -> None:
    likely = CitedWork(
        "w", "Cunha et al. 2024", "meta-analysis", "Psychiatry research 2024", None, similarity=0.4
    )
    quote = Quote(1, "t", "a", "T", None, 0, 1, likely=(likely,))
    (line,) = evidence_lines(quote)
    assert line.startswith(LIKELY_LABEL) and "0.40" in line and not line.startswith("cites")


# --- Markdown export -----------------------------------------------------------------------


def test_markdown_export_has_question_quotes_sources_references_disclaimer() -> None:
    work = CitedWork("g", "Gordon et al. 2018", "meta-analysis", "JAMA 2018", "10.1/x")
    quote = Quote(1, "Lifting helps.", "art", "Title", "Intro", 5, 19, author="A", works=(work,))
    answer = Answer(
        question="Does lifting help?",
        disclaimer="Not medical advice.",
        quotes=(quote,),
        references=(WorkRef("g", "Gordon et al. (2018). Title.", "10.1/x"),),
    )
    text = export_markdown(answer)
    assert text.startswith("# Does lifting help?")
    assert "“Lifting helps.”" in text and "characters 5–19" in text
    assert "https://doi.org/10.1/x" in text and text.rstrip().endswith("*Not medical advice.*")


def test_ask_markdown_prints_the_answer_as_a_document(fake_service: Service) -> None:
    index = fake_service.settings.index
    env = cli_env(index.corpus_dir.parent, index=index.index_dir.name)
    result = run_cli(["ask", "--markdown", "Does strength training help with depression?"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Does strength training help with depression?")
    assert "## Quotes" in result.stdout and "not medical advice" in result.stdout


# --- citation map --------------------------------------------------------------------------


def test_map_has_every_article_and_work_with_its_id(bib: Bibliography) -> None:
    from liftqa.references.citation_map import map_figure

    fig = map_figure(bib)
    ids = [i for trace in fig.data for i in (trace.customdata or ())]
    assert sorted(ids) == sorted(bib.works)
    gordon = next(t for t in fig.data if t.customdata is not None and GORDON in t.customdata)
    sizes = dict(zip(gordon.customdata, gordon.marker.size, strict=True))
    assert sizes[GORDON] == max(sizes.values())  # the most cited is the largest


def test_map_labels_cannot_become_links(bib: Bibliography) -> None:
    from liftqa.references.citation_map import map_figure

    fig = map_figure(bib, {a: '<a href="http://evil.test">x</a>' for a in bib.provenance})
    assert all("<a" not in t for trace in fig.data for t in (trace.text or ()))


@pytest.mark.parametrize("suffix", [".html", ".svg"])
def test_refs_cli_draws_the_map(fake_service: Service, tmp_path: Path, suffix: str) -> None:
    if suffix == ".svg" and not Path("/usr/bin/chromium").exists():
        pytest.skip("SVG export drives the system's Chromium")
    out = tmp_path / f"map{suffix}"
    result = _refs(["--map", str(out)], fake_service)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Kirsch et al. 2008" in text and ("<svg" in text or "<html" in text)


def test_refs_cli_refuses_another_map_format(fake_service: Service, tmp_path: Path) -> None:
    result = _refs(["--map", str(tmp_path / "map.png")], fake_service)
    assert result.returncode == 2 and ".svg or .html" in result.stderr


def test_bibliography_stored_by_an_older_liftqa_is_rebuilt_from_the_articles(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    from types import SimpleNamespace

    from liftqa.app.service import _bibliography

    old = json.loads(bib.to_json())
    del old["schema"], old["snapshots"]
    with pytest.raises(ValueError):
        Bibliography.from_json(json.dumps(old))
    index = SimpleNamespace(bibliography=json.dumps(old), articles={})
    rebuilt = _bibliography(index, by_id)  # type: ignore[arg-type]
    assert rebuilt.snapshot(GORDON).get("trials") is not None


def test_sentences_after_a_citation_count_only_when_they_refer_back_to_the_study(
    bib: Bibliography,
) -> None:
    # the sentence after Kirsch et al. 2008 is about other people: not Kirsch's population
    assert bib.snapshot("kirsch-2008-unlisted").get("population") is None
    # the sentences after the JAMA Psychiatry citation say "the researchers", "participants"
    assert bib.snapshot(GORDON).get("trials") is not None


def test_prevalence_counts_are_not_participants(bib: Bibliography) -> None:
    who = "world-health-organization-2023-depression-other-common"
    assert bib.snapshot(who).get("participants") is None


def test_refs_cli_prints_each_doi_once(fake_service: Service) -> None:
    result = _refs(["gordon", "2018"], fake_service)
    assert result.stdout.count("10.1001/jamapsychiatry.2018.0572") == 1


def test_a_quote_citing_a_study_offers_its_snapshot_fields_in_the_article(
    fake_service: Service,
) -> None:
    from liftqa.answer.model import CitedWork, Quote
    from liftqa.app.ui import App

    app = App(fake_service)
    cited = CitedWork(GORDON, "Gordon et al. 2018", "meta-analysis", "JAMA", None)
    [fields] = app.snapshot_buttons([Quote(1, "x", "a", "T", None, 0, 1, works=(cited,))])
    articles = fake_service.library().articles
    assert fields and all(f["name"].startswith("Gordon et al. 2018 ") for f in fields)
    assert any("1,877" in articles[f["article_id"]].body[f["start"] : f["end"]] for f in fields)


def test_a_quote_citing_nothing_offers_no_snapshot_fields(fake_service: Service) -> None:
    from liftqa.answer.model import Quote
    from liftqa.app.ui import App

    assert App(fake_service).snapshot_buttons([Quote(1, "x", "a", "T", None, 0, 1)]) == [[]]


def test_snapshot_fields_are_offered_once_per_answer(fake_service: Service) -> None:
    from liftqa.answer.model import CitedWork, Quote
    from liftqa.app.ui import App

    cited = CitedWork(GORDON, "Gordon et al. 2018", "meta-analysis", "JAMA", None)
    quotes = [Quote(n, "x", "a", "T", None, 0, 1, works=(cited,)) for n in (1, 2)]
    first, second = App(fake_service).snapshot_buttons(quotes)
    assert first and second == []


def test_the_table_names_articles_that_only_list_a_work_as_well(
    bib: Bibliography, by_id: dict[str, Article]
) -> None:
    """A clinician looking up a study sees every article that cites it or lists it."""
    from liftqa.answer.library import Library

    work = next(w for w in bib.works.values() if w.cited_in and set(w.listed_in) - set(w.cited_in))
    (row,) = reference_rows([work], Library(by_id, bib))
    assert "(listed only)" in row[-1] and row[-1].count(",") >= 1
