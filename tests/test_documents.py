"""PDF and HTML articles: extraction (reading order, running headers, hyphenation, page
spans, metadata), their reference lists, sidecar YAML, bad files, incremental ingest, and
page numbers on quotes. The files are made by the tests (tests/documents.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import CORPUS_NAMES, cli_env, copy_corpus, make_settings, run_cli
from documents import (
    FONT_PATH,
    article_html,
    article_pdf,
    blank_pdf,
    encrypted_pdf,
    two_column_pdf,
)
from liftqa.answer.render import pages_label, terminal
from liftqa.app.service import Service
from liftqa.errors import CorpusError
from liftqa.index.embed import make_embedder
from liftqa.ingest import extract as extract_module
from liftqa.ingest.corpus import parse_file, read_corpus_file
from liftqa.ingest.extract import extract
from liftqa.ingest.parse import parse_bytes, split_front_matter
from liftqa.types import Article

LEFT_1 = [
    "Introduction",
    "",
    "Resistance training reduces the symp-",
    "toms of depression in adults, as a large",
    "meta-analysis of randomized trials has",
    "shown. Self-esteem also improved in",
    "most studies that measured it.",
    "",
    "Kettlebell swings lowered the worry",
    "scores of students before their exams",
]
RIGHT_1 = [
    "by a third; the effect faded after four",
    "weeks without training.",
    "",
    "Methods",
    "",
    "We searched five databases for trials",
    "of resistance exercise in adults.",
]
LEFT_2 = [
    "Results",
    "",
    "Strength training improved self-",
    "esteem and mood in the included trials,",
    "and deadlift sessions eased insom-",
    "nia in older women.",
]
RIGHT_2 = [
    "References",
    "",
    "1. Gordon BR, McDowell CP, Hallgren M,",
    "et al. Association of efficacy of resis-",
    "tance exercise training with depressive",
    "symptoms. JAMA Psychiatry. 2018;75(6):",
    "566-576. doi:10.1001/jamapsychiatry.2018.0572",
    "2. Smith J. Lifting and mood: a trial of",
    "barbell training. J Sport Psychol. 2020;12:1-10.",
]
HEADER = "Journal of Lifting Studies 2024; 12: 1-9"
OWN_QUESTIONS = Path(__file__).with_name("eval_questions.jsonl")


def paper_pdf(**kwargs: object) -> bytes:
    defaults: dict[str, object] = {
        "title": "Lifting Weights for Worry: A Review",
        "header": HEADER,
        "info_title": "Lifting Weights for Worry",
        "info_author": "Ann Author",
    }
    return two_column_pdf([(LEFT_1, RIGHT_1), (LEFT_2, RIGHT_2)], **{**defaults, **kwargs})  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def paper() -> bytes:
    return paper_pdf()


@pytest.fixture(scope="module")
def paper_body(paper: bytes) -> str:
    return extract(paper, name="paper.pdf", kind="pdf").body


def _paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


# --- extraction ----------------------------------------------------------------------------


def test_two_columns_are_read_left_then_right_and_a_sentence_across_them_is_whole(
    paper_body: str,
) -> None:
    assert (
        "Kettlebell swings lowered the worry scores of students before their exams by a third;"
        " the effect faded after four weeks without training." in _paragraphs(paper_body)
    )
    assert paper_body.index("Introduction") < paper_body.index("Methods")


def test_running_header_and_page_numbers_are_dropped(paper_body: str) -> None:
    assert "Journal of Lifting Studies" not in paper_body
    assert all(not line.strip().isdigit() for line in paper_body.splitlines())


def test_words_hyphenated_at_line_ends_are_joined(paper_body: str) -> None:
    assert "reduces the symptoms of depression" in paper_body
    assert "eased insomnia in older women" in paper_body
    assert "symp-" not in paper_body and "insom-" not in paper_body


def test_a_compound_the_document_writes_with_a_hyphen_keeps_it(paper_body: str) -> None:
    assert "improved self-esteem and mood" in paper_body


def test_each_paragraph_is_one_line(paper_body: str) -> None:
    para = "We searched five databases for trials of resistance exercise in adults."
    assert para in paper_body.splitlines()


def test_page_starts_map_sentences_to_their_pages(paper: bytes) -> None:
    article = parse_bytes(paper, name="paper.pdf", default_id="paper")
    pages = {s.text[:20]: article.pages_of(s.start, s.end) for s in article.sentences}
    assert pages["Resistance training r"[:20]] == (1,)
    assert pages["Strength training im"] == (2,)


def test_a_span_across_a_page_break_carries_both_pages(paper: bytes) -> None:
    article = parse_bytes(paper, name="paper.pdf", default_id="paper")
    start = article.body.index("We searched")
    end = article.body.index("Strength training improved") + 10
    assert article.pages_of(start, end) == (1, 2)
    assert pages_label((1, 2)) == "pp. 1–2" and pages_label((2,)) == "p. 2"


def test_numbered_reference_list_is_parsed_with_its_doi(paper: bytes) -> None:
    article = parse_bytes(paper, name="paper.pdf", default_id="paper")
    assert len(article.references) == 2
    first = article.references[0]
    assert first.doi == "10.1001/jamapsychiatry.2018.0572"
    assert "resistance exercise training" in first.text
    assert article.references[1].text.startswith("Smith J. Lifting and mood")


def test_pdf_info_gives_title_and_author(paper: bytes) -> None:
    article = parse_bytes(paper, name="paper.pdf", default_id="paper")
    assert article.title == "Lifting Weights for Worry"
    assert article.author == "Ann Author"
    assert article.id == "paper"


def test_doi_on_the_first_page_becomes_a_note() -> None:
    left = ["Running and mood", "", "Published as doi:10.5555/lift.2024.12 in 2024.", ""]
    raw = two_column_pdf([(left, ["A second column of text."])])
    article = parse_bytes(raw, name="d.pdf", default_id="d")
    assert "DOI 10.5555/lift.2024.12" in article.notes


def test_without_pdf_info_the_title_is_the_first_heading() -> None:
    raw = paper_pdf(info_title=None, info_author=None)
    article = parse_bytes(raw, name="paper.pdf", default_id="paper")
    assert article.title == "Lifting Weights for Worry: A Review"
    assert article.author == "unknown"


def test_sidecar_yaml_overrides_the_document_metadata(paper: bytes) -> None:
    sidecar = b"id: worry-review\ntitle: Worry and Weights\nauthor: B. Other\ndate: 2024-03-01\n"
    article = parse_bytes(paper, name="paper.pdf", default_id="paper", sidecar=sidecar)
    assert (article.id, article.title, article.author, article.date) == (
        "worry-review",
        "Worry and Weights",
        "B. Other",
        "2024-03-01",
    )


def test_broken_sidecar_is_a_clear_error(paper: bytes) -> None:
    with pytest.raises(CorpusError, match="sidecar YAML file is not valid YAML"):
        parse_bytes(paper, name="paper.pdf", default_id="paper", sidecar=b"title: [oops\n")


def test_html_boilerplate_is_dropped_and_metadata_read() -> None:
    body = (
        "Heavy Lifting and Mood\n\nSquats made the volunteers calmer after six weeks of "
        "training, and the effect lasted for months after the study ended.\n\nThe researchers "
        "measured anxiety with a standard questionnaire before and after the programme, and "
        "found lower scores in the lifting group than in the stretching group.\n\nNobody was "
        "injured, and most participants kept training on their own.\n"
    )
    page = article_html(body, title="Heavy Lifting and Mood", author="Carla Writer").replace(
        "<head>", "<head><meta name='citation_doi' content='10.5555/html.7'>"
    )
    article = parse_bytes(page.encode(), name="page.html", default_id="page")
    assert "Squats made the volunteers calmer" in article.body
    assert "Shop" not in article.body and "All rights reserved" not in article.body
    assert (article.title, article.author) == ("Heavy Lifting and Mood", "Carla Writer")
    assert "DOI 10.5555/html.7" in article.notes
    assert article.page_starts == ()


# 001 writes lists as lines without bullets or full stops: set in a PDF, such a line that
# fills the column cannot be told from a wrapped one (see the test after this one).
UNAMBIGUOUS = [n for n in CORPUS_NAMES if not n.startswith("001_")]


@pytest.mark.skipif(not FONT_PATH.exists(), reason="needs the DejaVu font (fonts-dejavu-core)")
@pytest.mark.parametrize("name", UNAMBIGUOUS)
def test_a_corpus_article_as_pdf_and_html_has_the_text_versions_sentences(
    parsed: dict[str, Article], name: str
) -> None:
    source = parsed[name]
    want = [s.text for s in source.sentences]
    as_pdf = parse_bytes(article_pdf(source.body), name="a.pdf", default_id="a")
    as_html = parse_bytes(
        article_html(source.body, title=source.title, author=source.author).encode(),
        name="a.html",
        default_id="a",
    )
    assert [s.text for s in as_pdf.sentences] == want
    assert [s.text for s in as_html.sentences] == want
    assert [r.text for r in as_pdf.references] == [r.text for r in source.references]
    assert [r.text for r in as_html.references] == [r.text for r in source.references]
    assert len(as_pdf.page_starts) > 1


@pytest.mark.skipif(not FONT_PATH.exists(), reason="needs the DejaVu font (fonts-dejavu-core)")
def test_unpunctuated_list_lines_in_a_pdf_keep_most_sentences_whole(
    parsed: dict[str, Article],
) -> None:
    source = parsed["001_334da2ba96c80d15.txt"]
    as_pdf = parse_bytes(article_pdf(source.body), name="a.pdf", default_id="a")
    got = {s.text for s in as_pdf.sentences}
    kept = [s.text for s in source.sentences if s.text in got]
    assert len(kept) >= 0.85 * len(source.sentences)
    assert all(s.text in source.body.replace("\n", " ") for s in as_pdf.sentences)
    page = article_html(source.body, title=source.title, author=source.author)
    as_html = parse_bytes(page.encode(), name="a.html", default_id="a")
    assert [s.text for s in as_html.sentences] == [s.text for s in source.sentences]


# --- bad files -----------------------------------------------------------------------------


def _bad(name: str, raw: bytes) -> str:
    with pytest.raises(CorpusError) as caught:
        parse_bytes(raw, name=name, default_id="x")
    assert caught.value.path == name
    return caught.value.reason


def test_scanned_pdf_without_text_layer_needs_ocr() -> None:
    assert "no text layer: needs OCR" in _bad("scan.pdf", blank_pdf(2))


def test_encrypted_pdf_is_refused() -> None:
    assert "encrypted" in _bad("locked.pdf", encrypted_pdf("Secret squats reduce worry."))


def test_truncated_pdf_is_refused(paper: bytes) -> None:
    assert "truncated" in _bad("cut.pdf", paper[: len(paper) // 2])


def test_zero_byte_pdf_is_refused() -> None:
    assert "empty" in _bad("zero.pdf", b"")


def test_a_text_file_named_pdf_is_refused() -> None:
    assert "not a PDF" in _bad("fake.pdf", b"Just some words, not a PDF at all.\n")


def test_html_without_article_text_is_refused() -> None:
    assert "no article text" in _bad("empty.html", b"<html><body><nav></nav></body></html>")


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "MAX_PDF_PAGES", 150)
    reason = _bad("long.pdf", blank_pdf(200, text="Rows and presses."))
    assert "200 pages; the limit is 150" in reason


def test_a_200_page_pdf_is_ingested_with_its_last_page() -> None:
    article = parse_bytes(blank_pdf(200, text="Rows and presses."), name="l.pdf", default_id="l")
    assert len(article.page_starts) == 200
    last = article.sentences[-1]
    assert article.pages_of(last.start, last.end) == (200,)


def test_a_pdf_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    read = read_corpus_file(big)
    assert read.error is not None and "too large" in read.error.reason
    assert read.raw == b""


# --- ingest --------------------------------------------------------------------------------


@pytest.fixture
def corpus(service: Service) -> Path:
    return service.settings.index.corpus_dir


def test_pdf_and_html_are_ingested_beside_the_text_articles(
    service: Service, corpus: Path, paper: bytes
) -> None:
    (corpus / "paper.pdf").write_bytes(paper)
    (corpus / "page.htm").write_text(
        article_html(
            "Grip Work\n\nFarmer's carries made the walkers feel steadier on stairs, and "
            "their grip strength rose by a fifth over the twelve weeks of the study.\n\nThe "
            "walkers said they worried less about falling when they went out alone.\n",
            title="Grip Work",
            author="D. Coach",
        )
    )
    report = service.ingest()
    assert not report.errors and report.articles == 7
    library = service.library()
    assert library.articles["paper"].page_starts == (0, library.articles["paper"].page_starts[1])
    assert "Farmer's carries" in library.articles["page"].body


def test_quotes_from_a_pdf_carry_their_page(service: Service, corpus: Path, paper: bytes) -> None:
    (corpus / "paper.pdf").write_bytes(paper)
    service.ingest()
    answer = service.ask("Did deadlift sessions ease insomnia in older women?")
    quote = next(q for q in answer.quotes if q.article_id == "paper")
    assert quote.pages == (2,)
    assert quote.to_dict()["pages"] == [2]
    assert "p. 2, characters" in terminal(answer)
    body = service.library().articles["paper"].body
    assert body[quote.start : quote.end] == quote.text


def test_text_quotes_have_no_pages(fake_service: Service) -> None:
    answer = fake_service.ask("Does strength training help with anxiety?")
    assert answer.quotes and all(q.to_dict()["pages"] == [] for q in answer.quotes)


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("scan.pdf", blank_pdf(1), "no text layer: needs OCR"),
        ("locked.pdf", encrypted_pdf("Secret squats."), "encrypted"),
        ("zero.pdf", b"", "empty"),
        ("cut.pdf", paper_pdf()[:3000], "truncated"),
        ("blank.html", b"<html><body></body></html>", "no article text"),
    ],
)
def test_bad_documents_are_reported_by_name_and_the_rest_ingested(
    service: Service, corpus: Path, name: str, raw: bytes, reason: str
) -> None:
    (corpus / name).write_bytes(raw)
    report = service.ingest()
    assert report.articles == 5
    assert [e.path for e in report.errors] == [name]
    assert reason in report.errors[0].reason
    assert name in report.summary()
    assert not service.is_stale()  # an unchanged bad file is not re-read on every question


def test_a_pdf_turning_bad_keeps_its_last_good_version(
    service: Service, corpus: Path, paper: bytes
) -> None:
    (corpus / "paper.pdf").write_bytes(paper)
    service.ingest()
    (corpus / "paper.pdf").write_bytes(paper[:2000])
    report = service.ingest()
    assert [e.path for e in report.errors] == ["paper.pdf"]
    assert "paper" in service.library().articles


def test_unchanged_documents_are_not_read_again(
    service: Service, corpus: Path, paper: bytes
) -> None:
    (corpus / "paper.pdf").write_bytes(paper)
    service.ingest()
    again = service.ingest()
    assert not again.wrote_anything and again.unchanged_files == 6


def test_editing_the_sidecar_re_ingests_only_its_document(
    service: Service, corpus: Path, paper: bytes
) -> None:
    (corpus / "paper.pdf").write_bytes(paper)
    service.ingest()
    (corpus / "paper.yaml").write_text("title: Worry and Weights\n")
    report = service.ingest()
    assert report.changed_files == ["paper.pdf"]
    assert service.library().articles["paper"].title == "Worry and Weights"


def test_a_symlinked_pdf_is_skipped(service: Service, corpus: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(paper_pdf())
    (corpus / "linked.pdf").symlink_to(outside)
    report = service.ingest()
    assert [e.path for e in report.errors] == ["linked.pdf"]
    assert "symbolic link" in report.errors[0].reason


def test_a_symlinked_sidecar_is_refused(corpus: Path, tmp_path: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "paper.pdf").write_bytes(paper_pdf())
    secret = tmp_path / "secret.yaml"
    secret.write_text("title: from outside\n")
    (corpus / "paper.yaml").symlink_to(secret)
    with pytest.raises(CorpusError, match="symbolic link") as caught:
        parse_file(corpus / "paper.pdf")
    assert caught.value.path == "paper.yaml"


# --- the real model: the same questions get the same quotes ---------------------------------

AS_PDF, AS_HTML = "004_08e51c93ec6cb736.txt", "003_ecb8ebe718b6a058.txt"


@pytest.fixture(scope="module")
def document_service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    """The corpus with one article as a PDF and one as an HTML page instead of text (each
    with a sidecar YAML file holding the text version's header), real model."""
    tmp = tmp_path_factory.mktemp("documents")
    corpus = copy_corpus(tmp / "corpus")
    for name, suffix in ((AS_PDF, ".pdf"), (AS_HTML, ".html")):
        text = (corpus / name).read_text(encoding="utf-8")
        header, body = split_front_matter(text, name)
        (corpus / name).unlink()
        doc = corpus / Path(name).with_suffix(suffix)
        raw = (
            article_pdf(body)
            if suffix == ".pdf"
            else article_html(body, title=header["title"], author=header["author"]).encode()
        )
        doc.write_bytes(raw)
        doc.with_suffix(".yaml").write_text(yaml.safe_dump(header), encoding="utf-8")
    service = Service(make_settings(tmp), make_embedder("minilm"))
    report = service.ingest()
    assert not report.errors and report.articles == 5
    return service


def _own_questions() -> list[str]:
    items = [json.loads(line) for line in OWN_QUESTIONS.read_text().splitlines() if line]
    return [i["q"] for i in items]


@pytest.mark.integration
@pytest.mark.skipif(not FONT_PATH.exists(), reason="needs the DejaVu font (fonts-dejavu-core)")
def test_the_same_questions_get_the_same_quotes_from_pdf_and_html(
    real_service: Service, document_service: Service
) -> None:
    paged = {a.path: a.id for a in real_service.library().articles.values()}[AS_PDF]
    differ, pages_seen = [], 0
    for question in _own_questions():
        # the same quotes; two that score within a hair may swap places, as a PDF's lines
        # and a page's lists give their sentences slightly different section context
        want = sorted((q.article_id, q.text) for q in real_service.ask(question).quotes)
        answer = document_service.ask(question)
        got = sorted((q.article_id, q.text) for q in answer.quotes)
        if got != want:
            differ.append((question, want, got))
        for q in answer.quotes:
            assert bool(q.pages) == (q.article_id == paged)
            pages_seen += bool(q.pages)
    assert not differ, differ
    assert pages_seen > 0


def test_the_chat_shows_a_quotes_pages_beside_its_source() -> None:
    from liftqa.answer.model import Quote
    from liftqa.app.views import quote_html

    quote = Quote(1, "Squats help.", "paper", "Paper", "Results", 10, 22, pages=(2, 3))
    assert "pp. 2–3" in quote_html(quote)
    assert "p. " not in quote_html(Quote(1, "Squats help.", "t", "T", None, 0, 12))


def test_line_ends_in_compounds_numbers_dashes_and_addresses() -> None:
    left = [
        "Lifting and Worry",
        "",
        "Participants with low self-",
        "confidence lifted for 12 weeks (range 8-",
        "16) under supervision—",
        "and the results held. The data are at https://example.org/",
        "lifting/data for anyone.",
    ]
    raw = two_column_pdf([(left, ["Another column."])])
    body = extract(raw, name="d.pdf", kind="pdf").body
    assert "low self-confidence lifted for 12 weeks (range 8-16) under supervision—and" in body
    assert "https://example.org/lifting/data for anyone." in body


def test_ingest_script_names_bad_documents_and_ask_json_has_pages(tmp_path: Path) -> None:
    corpus = copy_corpus(tmp_path / "corpus")
    (corpus / "paper.pdf").write_bytes(paper_pdf())
    (corpus / "scan.pdf").write_bytes(blank_pdf(1))
    env = cli_env(tmp_path)
    ingest = run_cli([], env, script="ingest.py")
    assert ingest.returncode == 0, ingest.stderr
    assert "Indexed 6 articles" in ingest.stdout
    assert "skipped scan.pdf: no text layer: needs OCR" in ingest.stdout
    assert "Traceback" not in ingest.stderr
    asked = run_cli(["ask", "--json", "Did deadlift sessions ease insomnia in older women?"], env)
    quotes = json.loads(asked.stdout)["quotes"]
    assert any(q["article_id"] == "paper" and q["pages"] == [2] for q in quotes)


def test_a_sidecar_edit_changes_the_corpus_signature(
    service: Service, corpus: Path, paper: bytes
) -> None:
    (corpus / "paper.pdf").write_bytes(paper)
    before = service.indexer.signature()
    (corpus / "paper.yml").write_text("title: Worry and Weights\n")
    assert service.indexer.signature() != before


def test_a_pdfs_numbered_citations_join_the_bibliography(articles: list[Article]) -> None:
    from liftqa.references.bibliography import Bibliography

    left = [
        "Lifting and Mood",
        "",
        "Resistance training eased depressive",
        "symptoms across the included trials.1",
        "Mood also improved in older adults.2",
    ]
    right = RIGHT_2
    paper = parse_bytes(two_column_pdf([(left, right)]), name="p.pdf", default_id="p")
    assert [c.key for c in paper.citations] == ["#1", "#2"]
    bibliography = Bibliography.build([*articles, paper])
    sentence = next(s for s in paper.sentences if s.text.startswith("Resistance training"))
    (work,) = bibliography.works_in_span("p", sentence.start, sentence.end)
    assert work.doi == "10.1001/jamapsychiatry.2018.0572"
    listed_by = {e.split("#")[0] for e in work.entries}
    assert listed_by >= {"p", "abelsson-strengthlog-lifting-depression"}
