"""Reference intelligence: every entry and every in-text citation of the corpus, table-driven;
merging, evidence types, provenance, search, export round trips, storage, CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
import rispy

from conftest import cli_env, run_cli
from liftqa.answer.render import evidence_lines
from liftqa.app.service import Service
from liftqa.references.bibliography import Bibliography
from liftqa.references.entries import split_authors
from liftqa.references.export import export
from liftqa.references.works import evidence_label
from liftqa.types import Article


@pytest.fixture(scope="module")
def bib(articles: list[Article]) -> Bibliography:
    return Bibliography.build(articles)


@pytest.fixture(scope="module")
def ids(articles: list[Article]) -> dict[str, str]:
    """ "didwal" → the article's full id."""
    return {a.id.split("-")[0]: a.id for a in articles}


# (article, n): authors, year, title, container, volume, issue, pages, doi, kind, publisher
ENTRIES: dict[tuple[str, int], dict[str, Any]] = {
    ("didwal", 1): dict(
        authors=("Wang, H.", "Liu, Q.", "Pan, Y."),
        year=2025,
        title="Impact of combiner aerobic and resistance training on depression: a systematic "
        "review and meta-analysis of randomized controlled trials",
        container="BMC Sports Sci Med Rehabil",
        volume="17",
        issue=None,
        pages="10",
        doi="10.1186/s13102-025-01058-w",
        kind="journal",
        publisher=None,
    ),
    ("didwal", 2): dict(
        authors=("Herring, M. P.", "Meyer, J. D."),
        year=2024,
        title="Resistance exercise for anxiety and depression: efficacy and plausible mechanisms",
        container="Trends in molecular medicine",
        volume="30",
        issue="3",
        pages="204–206",
        doi="10.1016/j.molmed.2023.11.016",
        kind="journal",
        publisher=None,
    ),
    ("didwal", 3): dict(
        authors=(
            "Cunha, P. M.",
            "Werneck, A. O.",
            "Santos, L. D.",
            "Oliveira, M. D.",
            "Zou, L.",
            "Schuch, F. B.",
            "Cyrino, E. S.",
        ),
        year=2024,
        title="Can resistance training improve mental health outcomes in older adults? A "
        "systematic review and meta-analysis of randomized controlled trials",
        container="Psychiatry research",
        volume="333",
        issue=None,
        pages="115746",
        doi="10.1016/j.psychres.2024.115746",
        kind="journal",
        publisher=None,
    ),
    ("didwal", 4): dict(
        authors=("Augustin, N.", "Bendau, A.", "Heuer, S.", "Kaminski, J.", "Ströhle, A."),
        year=2023,
        title="Resistance Training in Depression",
        container="Deutsches Arzteblatt international",
        volume="120",
        issue="45",
        pages="757–762",
        doi="10.3238/arztebl.m2023.0196",
        kind="journal",
        publisher=None,
    ),
    ("didwal", 5): dict(
        authors=(
            "Gordon, B. R.",
            "McDowell, C. P.",
            "Hallgren, M.",
            "Meyer, J. D.",
            "Lyons, M.",
            "Herring, M. P.",
        ),
        year=2018,
        title="Association of Efficacy of Resistance Exercise Training With Depressive Symptoms: "
        "Meta-analysis and Meta-regression Analysis of Randomized Clinical Trials",
        container="JAMA psychiatry",
        volume="75",
        issue="6",
        pages="566–576",
        doi="10.1001/jamapsychiatry.2018.0572",
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 1): dict(
        authors=("Chang, Y. K.", "Labban, J. D.", "Gapin, J. I.", "Etnier, J. L."),
        year=2018,
        title="The effects of acute exercise on cognitive performance: A meta-analysis",
        container="NeuroImage",
        volume="59",
        issue="3",
        pages="873–880",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 2): dict(
        authors=(
            "Gordon, B. R.",
            "McDowell, C. P.",
            "Hallgren, M.",
            "Meyer, J. D.",
            "Herring, M. P.",
        ),
        year=2018,
        title="Association of efficacy of resistance exercise training with depressive "
        "symptoms: Meta-analysis and meta-regression analysis of randomized clinical trials",
        container="JAMA Psychiatry",
        volume="75",
        issue="6",
        pages="566–576",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 3): dict(
        authors=("Hoffman, B. M.", "Babyak, M. A.", "Sherwood, A.", "Blumenthal, J. A."),
        year=2021,
        title="Exercise and depression: A review of reviews",
        container="American Psychologist",
        volume="76",
        issue="2",
        pages="173–186",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 4): dict(
        authors=("Lee, T. M. C.", "Cheng, Y.", "Wang, K.", "Chen, Y. P."),
        year=2020,
        title="Effects of resistance exercise on brain-derived neurotrophic factor in major "
        "depressive disorder: A randomized controlled trial",
        container="Translational Psychiatry",
        volume="10",
        issue=None,
        pages="130",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 5): dict(
        authors=("Mitchell, J. A.", "O’Connor, P. J.", "Herring, M. P."),
        year=2021,
        title="Psychological mechanisms of exercise in individuals with mental illness",
        container="Journal of Psychiatric Research",
        volume="135",
        issue=None,
        pages="89–98",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 6): dict(
        authors=("Smith, P. J.", "Blumenthal, J. A.", "Babyak, M. A.", "Sherwood, A."),
        year=2022,
        title="Effects of exercise on depression severity: A meta-analysis of randomized "
        "controlled trials",
        container="Frontiers in Psychology",
        volume="13",
        issue=None,
        pages="867401",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("mahmood", 7): dict(
        authors=("World Health Organization",),
        year=2023,
        title="Depression and other common mental disorders: Global health estimates",
        container=None,
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        kind="report",
        publisher=None,
    ),
    ("mahmood", 8): dict(
        authors=("National Institute of Mental Health",),
        year=2022,
        title="Any anxiety disorder",
        container=None,
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        kind="report",
        publisher="U.S. Department of Health and Human Services",
    ),
    ("mahmood", 9): dict(
        authors=("van der Kolk, B. A.",),
        year=2014,
        title="The body keeps the score: Brain, mind, and body in the healing of trauma",
        container=None,
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        kind="book",
        publisher="Viking",
    ),
    ("abelsson", 1): dict(
        authors=(),
        year=2017,
        title="Results from the 2017 National Survey on Drug Use and Health: Detailed Tables",
        container=None,
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        kind="report",
        publisher=None,
    ),
    ("abelsson", 2): dict(
        authors=(),
        year=2001,
        title="The world health report 2001 – Mental Health: New Understanding, New Hope",
        container=None,
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        kind="report",
        publisher=None,
    ),
    ("abelsson", 3): dict(
        authors=(),
        year=2015,
        title="The economic burden of adults with major depressive disorder in the United "
        "States (2005 and 2010)",
        container="J Clin Psychiatry",
        volume="76",
        issue="2",
        pages="155-62",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("abelsson", 4): dict(
        authors=(),
        year=2016,
        title="The economic costs of mental disorders",
        container="EMBO Rep",
        volume="17",
        issue="9",
        pages="1245–1249",
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("abelsson", 5): dict(
        authors=(),
        year=2018,
        title="Aerobic exercise for adult patients with major depressive disorder in mental "
        "health services: A systematic review and meta‐analysis",
        container="Depression & Anxiety",
        volume=None,
        issue=None,
        pages=None,
        doi=None,
        kind="journal",
        publisher=None,
    ),
    ("abelsson", 6): dict(
        authors=(),
        year=2018,
        title="Association of Efficacy of Resistance Exercise Training With Depressive "
        "Symptoms. Meta-analysis and Meta-regression Analysis of Randomized Clinical Trials",
        container="JAMA Psychiatry",
        volume="75",
        issue="6",
        pages="566-576",
        doi=None,
        kind="journal",
        publisher=None,
    ),
}

GORDON = "gordon-2018-association-efficacy-resistance"
# (article, offset, citation as written, work id or None = cited without a reference)
CITATIONS: list[tuple[str, int, str, str | None]] = [
    ("abelsson", 533, "1", "results-from-2017-2017"),
    ("abelsson", 649, "2", "world-health-report-2001"),
    ("abelsson", 833, "3", "j-clin-psychiatry-2015-economic-burden-adults"),
    ("abelsson", 975, "4", "embo-rep-2016-economic-costs-mental"),
    ("abelsson", 2562, "5", "depression-anxiety-2018-aerobic-exercise-adult"),
    ("abelsson", 3148, "6", GORDON),
    ("mahmood", 2075, "Smith et al., 2022", "smith-2022-effects-exercise-depression"),
    ("mahmood", 3048, "Lee et al., 2020", "lee-2020-effects-resistance-exercise"),
    ("mahmood", 3959, "Chang et al., 2018", "chang-2018-effects-acute-exercise"),
    ("mahmood", 5612, "Hoffman et al., 2021", "hoffman-2021-exercise-depression-review"),
    ("mahmood", 6252, "Mitchell et al., 2021", "mitchell-2021-psychological-mechanisms-exercise"),
    ("mahmood", 9901, "WHO, 2023", "world-health-organization-2023-depression-other-common"),
    ("mahmood", 10871, "Gordon et al., 2018", GORDON),
    ("mahmood", 12940, "NIH, 2022", "national-institute-of-mental-health-2022-anxiety-disorder"),
    ("mohammad", 1728, "Duman & Aghajanian, 2012", None),
    ("mohammad", 1884, "Erickson et al., 2015", None),
    ("mohammad", 2478, "Gordon et al., 2018", GORDON),
    ("mohammad", 2839, "Cuijpers et al., 2018", None),
    ("mohammad", 2986, "Kirsch et al., 2008", None),
    ("mohammad", 3700, "Gordon et al., 2020", None),
    ("mohammad", 5193, "Cuijpers et al., 2018", None),
    ("mohammad", 5346, "Kirsch et al., 2008", None),
    ("mohammad", 5467, "Gordon et al., 2018", GORDON),
    ("mohammad", 5488, "Schuch et al., 2016", None),
    ("mohammad", 5991, "Erickson et al., 2015", None),
]

EVIDENCE = {
    GORDON: "meta-analysis of RCTs",
    "cunha-2024-resistance-training-improve": "meta-analysis of RCTs",
    "wang-2025-impact-combiner-aerobic": "meta-analysis of RCTs",
    "smith-2022-effects-exercise-depression": "meta-analysis of RCTs",
    "chang-2018-effects-acute-exercise": "meta-analysis",
    "depression-anxiety-2018-aerobic-exercise-adult": "meta-analysis",
    "lee-2020-effects-resistance-exercise": "randomized controlled trial",
    "hoffman-2021-exercise-depression-review": "review",
    "van-der-kolk-2014-body-keeps-score": "book",
    "world-health-organization-2023-depression-other-common": "report/survey",
    "national-institute-of-mental-health-2022-anxiety-disorder": "report/survey",
    "results-from-2017-2017": "report/survey",
    "world-health-report-2001": "report/survey",
    "j-clin-psychiatry-2015-economic-burden-adults": "observational",
    "embo-rep-2016-economic-costs-mental": "observational",
    "herring-2024-resistance-exercise-anxiety": "unknown",
    "augustin-2023-resistance-training-depression": "unknown",
    "mitchell-2021-psychological-mechanisms-exercise": "unknown",
}


@pytest.mark.parametrize("key", sorted(ENTRIES), ids=lambda k: f"{k[0]}-{k[1]}")
def test_every_reference_entry_parses_into_all_fields(
    key: tuple[str, int], bib: Bibliography, ids: dict[str, str]
) -> None:
    entry = bib.entries[f"{ids[key[0]]}#ref{key[1]}"]
    got = {field: getattr(entry, field) for field in ENTRIES[key]}
    assert got == ENTRIES[key]


def test_the_table_covers_every_entry_in_the_corpus(bib: Bibliography) -> None:
    assert len(bib.entries) == len(ENTRIES) == 20


def test_urls_are_the_doi_links(bib: Bibliography) -> None:
    for entry in bib.entries.values():
        assert entry.url == (f"https://doi.org/{entry.doi}" if entry.doi else None)


@pytest.mark.parametrize(("art", "offset", "text", "work_id"), CITATIONS)
def test_every_in_text_citation_is_found_and_linked(
    art: str,
    offset: int,
    text: str,
    work_id: str | None,
    bib: Bibliography,
    articles: list[Article],
    ids: dict[str, str],
) -> None:
    link = next(link for link in bib.links if link.article_id == ids[art] and link.start == offset)
    body = next(a.body for a in articles if a.id == ids[art])
    assert link.text == text == body[offset : offset + len(text)]
    assert link.work_id == work_id


def test_the_table_covers_every_citation_and_nothing_else(
    bib: Bibliography, ids: dict[str, str]
) -> None:
    assert {(lk.article_id, lk.start) for lk in bib.links} == {
        (ids[a], o) for a, o, _, _ in CITATIONS
    }


def test_same_study_in_three_styles_is_one_work(bib: Bibliography, ids: dict[str, str]) -> None:
    work = bib.works[GORDON]
    assert len([w for w in bib.works.values() if w.listed]) == 18  # + 6 cited without a list
    assert len(work.entries) == 3
    assert work.listed_in == (ids["abelsson"], ids["didwal"], ids["mahmood"])
    assert work.doi == "10.1001/jamapsychiatry.2018.0572"
    assert "Lyons, M." in work.authors  # the fullest author list wins


def test_work_knows_every_citing_sentence(
    bib: Bibliography, articles: list[Article], ids: dict[str, str]
) -> None:
    contexts = bib.works[GORDON].contexts
    assert [(c.article_id, c.start) for c in contexts] == [
        (ids["abelsson"], 3148),
        (ids["mahmood"], 10871),
        (ids["mohammad"], 2478),
        (ids["mohammad"], 5467),
    ]
    for c in contexts:
        body = next(a.body for a in articles if a.id == c.article_id)
        assert body[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
        assert c.sentence_start <= c.start < c.sentence_start + len(c.sentence) + 2


@pytest.mark.parametrize(("work_id", "label"), sorted(EVIDENCE.items()))
def test_evidence_type_of_every_work(work_id: str, label: str, bib: Bibliography) -> None:
    assert evidence_label(bib.works[work_id]) == label


def test_work_summary_reads_like_a_citation(bib: Bibliography) -> None:
    assert bib.works[GORDON].summary() == (
        "meta-analysis of RCTs, JAMA psychiatry 2018, doi:10.1001/jamapsychiatry.2018.0572"
    )
    assert bib.works[GORDON].short == "Gordon et al. 2018"


def test_provenance_of_the_ai_cocreated_article_without_references(
    bib: Bibliography, ids: dict[str, str]
) -> None:
    p = bib.provenance[ids["mohammad"]]
    assert not p.has_reference_list and p.n_citations == 11 and p.n_resolved == 2
    assert p.self_statements == ("This article was co-created with the help of AI.",)
    assert "co-created with the help of AI" in p.summary()


def test_provenance_says_which_citations_no_reference_list_gives(
    bib: Bibliography, ids: dict[str, str]
) -> None:
    summary = bib.provenance[ids["mohammad"]].citations_summary
    assert summary == (
        "11 in-text citations: 2 found in a reference list, 9 naming works no reference list gives"
    )


@pytest.mark.parametrize(
    ("art", "resolved", "total"), [("mahmood", 8, 8), ("abelsson", 6, 6), ("didwal", 0, 0)]
)
def test_provenance_counts_resolved_citations(
    art: str, resolved: int, total: int, bib: Bibliography, ids: dict[str, str]
) -> None:
    p = bib.provenance[ids[art]]
    assert (p.n_resolved, p.n_citations) == (resolved, total)
    assert p.has_reference_list


def test_acronym_citations_resolve_to_organisations(bib: Bibliography) -> None:
    assert split_authors("World Health Organization") == ("World Health Organization",)
    nih = next(lk for lk in bib.links if lk.text == "NIH, 2022")
    assert nih.work_id == "national-institute-of-mental-health-2022-anxiety-disorder"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("gordon 2018", GORDON),
        ("Gordon et al. 2018 meta-analysis", GORDON),
        ("10.1016/j.psychres.2024.115746", "cunha-2024-resistance-training-improve"),
        ("older adults", "cunha-2024-resistance-training-improve"),
        ("WHO depression", "world-health-organization-2023-depression-other-common"),
        ("van der Kolk trauma", "van-der-kolk-2014-body-keeps-score"),
        ("BDNF randomized controlled trial", "lee-2020-effects-resistance-exercise"),
    ],
)
def test_reference_search_ranks_the_work_first(query: str, first: str, bib: Bibliography) -> None:
    assert bib.search(query)[0].id == first


def test_search_without_query_lists_all_and_nonsense_finds_nothing(bib: Bibliography) -> None:
    assert len(bib.search("", limit=100)) == 24  # 18 listed, 6 cited without a list
    assert bib.search("zzzz qqqq") == []


def test_bibliography_survives_json_round_trip(bib: Bibliography) -> None:
    back = Bibliography.from_json(bib.to_json())
    assert back.works == bib.works and back.links == bib.links
    assert back.entries == bib.entries and back.provenance == bib.provenance


def test_bibtex_export_parses_back(bib: Bibliography) -> None:
    text = export(list(bib.works.values()), "bibtex")
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 24
    gordon = next(e for e in library.entries if e.key == GORDON)
    assert gordon.entry_type == "article"
    assert gordon.fields_dict["doi"].value == "10.1001/jamapsychiatry.2018.0572"
    assert gordon.fields_dict["pages"].value == "566--576"
    assert gordon.fields_dict["author"].value.startswith("Gordon, B. R. and McDowell, C. P.")
    kolk = next(e for e in library.entries if e.key == "van-der-kolk-2014-body-keeps-score")
    assert kolk.entry_type == "book" and kolk.fields_dict["publisher"].value == "Viking"


def test_ris_export_parses_back(bib: Bibliography) -> None:
    records = rispy.loads(export(list(bib.works.values()), "ris"))
    assert len(records) == 24
    cunha = next(r for r in records if r.get("doi") == "10.1016/j.psychres.2024.115746")
    assert cunha["type_of_reference"] == "JOUR" and cunha["year"] == "2024"
    assert cunha["authors"][0] == "Cunha, P. M." and len(cunha["authors"]) == 7
    assert {r["type_of_reference"] for r in records} == {"JOUR", "BOOK", "RPRT", "GEN"}


def test_csl_json_export_is_valid_csl_shape(bib: Bibliography) -> None:
    items = json.loads(export(list(bib.works.values()), "csl-json"))
    assert len(items) == 24
    gordon = next(i for i in items if i["id"] == GORDON)
    assert gordon["type"] == "article-journal" and gordon["DOI"].startswith("10.1001/")
    assert gordon["author"][0] == {"family": "Gordon", "given": "B. R."}
    assert gordon["issued"] == {"date-parts": [[2018]]}
    who = next(i for i in items if i["id"].startswith("world-health-organization"))
    assert who["author"] == [{"literal": "World Health Organization"}] and who["type"] == "report"


def test_bibliography_and_works_are_stored_in_chroma(
    fake_service: Service, bib: Bibliography
) -> None:
    with fake_service.store() as store:
        stored = store.bibliography()
        assert stored is not None
        assert Bibliography.from_json(stored).works.keys() == bib.works.keys()
        assert store.count("works") == 24


def test_ask_for_a_doi_answers_from_the_reference_index(fake_service: Service) -> None:
    answer = fake_service.ask("What is the DOI of the Gordon 2018 meta-analysis?")
    assert any(r.doi == "10.1001/jamapsychiatry.2018.0572" for r in answer.references)
    assert any("Gordon" in q.text for q in answer.quotes)


def test_quote_with_a_citation_shows_the_work_and_its_evidence(fake_service: Service) -> None:
    answer = fake_service.ask("meta-analysis in JAMA Psychiatry Gordon behavioral activation")
    quote = next(q for q in answer.quotes if "(Gordon et al., 2018)" in q.text)
    assert quote.work_ids == (GORDON,)
    work = quote.works[0]
    assert (work.short, work.label) == ("Gordon et al. 2018", "meta-analysis of RCTs")
    assert evidence_lines(quote)[0].startswith("cites Gordon et al. 2018: meta-analysis of RCTs")
    assert "reference list of 9" in quote.provenance


def test_quote_with_an_unresolved_citation_says_so(fake_service: Service) -> None:
    answer = fake_service.ask("psychotherapy small to moderate effect sizes Cuijpers")
    quote = next(q for q in answer.quotes if "Cuijpers" in q.text)
    assert any("Cuijpers" in c for c in quote.unresolved)
    assert any("cited without a reference" in e for e in evidence_lines(quote))


def _refs(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_cli(["refs", *args], env)


@pytest.fixture
def fake_env(fake_service: Service) -> dict[str, str]:
    """The shared fake-embedder index, for the CLI."""
    index = fake_service.settings.index
    return cli_env(index.corpus_dir.parent, index=index.index_dir.name)


def test_refs_cli_json(fake_env: dict[str, str]) -> None:
    result = _refs(["--json", "gordon", "2018"], fake_env)
    assert result.returncode == 0, result.stderr
    works = json.loads(result.stdout)
    assert works[0]["id"] == GORDON and works[0]["evidence_label"] == "meta-analysis of RCTs"
    assert len(works[0]["contexts"]) == 4


def test_refs_cli_text_lists_unresolved_citations(fake_env: dict[str, str]) -> None:
    result = _refs([], fake_env)
    assert "Cited without a reference" in result.stdout
    assert "Kirsch et al., 2008 (mohammad-2026-body-carries-weight, 2 times)" in result.stdout


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_refs_cli_export_writes_a_file(fake_env: dict[str, str], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"refs.{fmt}"
    result = _refs(["--export", fmt, "--out", str(out), "meta-analysis"], fake_env)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "bibtex":
        assert len(bibtexparser.parse_string(text).entries) == 6
    elif fmt == "ris":
        assert len(rispy.loads(text)) == 6
    else:
        assert len(json.loads(text)) == 6
