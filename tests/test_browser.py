"""End to end: `python app.py` as users start it, driven by headless Chromium (Debian's
chromium + Playwright), and by gradio_client. Screenshots go to test-artifacts/browser/."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

from conftest import ROOT, copy_corpus, running_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "browser"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE_ARTICLE = (
    "---\n"
    "id: hostile-test\n"
    "title: \"Hostile <script>window.__pwned='title'</script> test\"\n"
    "author: \"<img src=x onerror=window.__pwned='author'>\"\n"
    "---\n"
    "Squat Depth and Knees\n\n"
    "Deep squats strengthen knees <img src=x onerror=\"window.__pwned='body'\"> when lifters "
    "move with control <script>window.__pwned='script'</script>.\n"
    "![tracker](http://evil.test/pixel.png) and [a link](javascript:window.__pwned='link') "
    "sit in this line.\n"
)
INJECTION = (
    '<script>window.__pwned="q"</script><img src=x onerror="window.__pwned=\'img\'"> lifting?'
)
LOCAL = re.compile(r"^(?:https?://(?:127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)")

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("app")


@pytest.fixture(scope="module")
def server(app_dir: Path) -> Iterator[str]:
    tmp = app_dir
    copy_corpus(tmp / "corpus")
    (tmp / "corpus" / "zz-hostile.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    with running_app(tmp) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs /usr/bin/chromium (make test installs it)")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.external_requests = []
    pg.on("request", lambda r: None if LOCAL.match(r.url) else pg.external_requests.append(r.url))
    pg.goto(server, wait_until="load")
    pg.wait_for_selector("#question textarea")
    yield pg
    assert pg.external_requests == [], "the page loaded something from outside"
    assert pg.evaluate("window.__pwned") is None, "injected script ran"
    context.close()


def ask(page: Any, question: str) -> None:
    before = page.locator("#chat .message").count()
    page.fill("#question textarea", question)
    page.click("#ask")
    page.wait_for_function(
        f"document.querySelectorAll('#chat .message').length >= {before + 2}", timeout=60_000
    )


def test_answer_shows_quotes_and_disclaimer_and_the_passage_in_its_article(page: Any) -> None:
    ask(page, "How long should I hold a plank?")
    page.wait_for_selector(".show-in-article")
    assert "[1]" in page.locator("#chat").inner_text()
    assert "not medical advice" in page.locator("#chat").inner_text()
    page.screenshot(path=ARTIFACTS / "1-answer.png")
    quote = page.locator(".lq-quote").first.inner_text()
    quoted = re.sub(r"^\[1\] “", "", quote).removesuffix("”")
    page.locator(".show-in-article").first.click()
    page.wait_for_selector("#liftqa-hl")
    assert page.locator("#liftqa-hl").inner_text() == quoted
    page.wait_for_function(
        "(() => { const r = document.getElementById('liftqa-hl').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; })()",
        timeout=10_000,
    )
    page.screenshot(path=ARTIFACTS / "2-show-in-article.png")


def test_each_article_group_renders_as_its_own_block(page: Any) -> None:
    ask(page, "Does strength training have side effects?")
    reply = page.locator("#chat .message").last
    reply.locator("ul").first.wait_for()
    headings = reply.locator("strong", has_text="According to")
    assert headings.count() >= 2
    for i in range(headings.count()):  # a heading never sits inside the previous list
        assert headings.nth(i).evaluate("el => el.closest('li') === null")
    assert reply.locator("ul").count() == headings.count()
    page.screenshot(path=ARTIFACTS / "1b-article-groups.png")


def test_crisis_question_shows_resources_first(page: Any) -> None:
    ask(page, "I don't want to be alive anymore. Is there an exercise plan for that?")
    banner = page.locator("#crisis-banner .lq-crisis")
    banner.wait_for()
    assert "988" in banner.inner_text()
    reply = page.locator("#chat .message").last.inner_text()
    assert reply.index("988") < reply.lower().index("not medical advice")
    assert page.locator(".show-in-article").count() == 0
    assert page.locator(".lq-crisis").count() == 1  # the banner; the reply has them too
    page.screenshot(path=ARTIFACTS / "3-crisis.png")


def test_a_crisis_at_the_end_of_a_very_long_message_is_not_cut_off(page: Any) -> None:
    """The box must not cut a message (a browser's maxlength does it silently)."""
    long = "I train four days a week and track everything. " * 45
    ask(page, long + "I have pills saved up and I plan to take them all tonight.")
    page.locator("#crisis-banner .lq-crisis").wait_for()
    assert "988" in page.locator("#crisis-banner").inner_text()
    page.screenshot(path=ARTIFACTS / "3b-long-crisis.png")


def test_follow_up_question_uses_the_conversation(page: Any) -> None:
    ask(page, "Does strength training help with depression?")
    ask(page, "what about for anxiety?")
    assert (
        "Searched for: Does strength training help with anxiety"
        in page.locator("#chat .message").last.inner_text()
    )


def test_script_injection_in_a_question_renders_as_text(page: Any) -> None:
    ask(page, INJECTION)
    shown = page.locator("#chat .message").nth(0).inner_text()
    assert "<script>" in shown and "onerror" in shown
    page.screenshot(path=ARTIFACTS / "4-injection-question.png")


def test_hostile_article_renders_as_text_everywhere(page: Any) -> None:
    ask(page, "Do deep squats strengthen knees when lifters move with control?")
    block = page.locator(".lq-quote-block", has_text="Deep squats")
    block.wait_for()
    assert "<img src=x" in block.inner_text()
    page.locator(".lq-quote-item", has_text="Deep squats").locator(".show-in-article").click()
    page.wait_for_selector("#liftqa-hl")
    assert "<img src=x" in page.locator("#liftqa-hl").inner_text()
    page.get_by_role("tab", name="Library").click()
    page.locator("#lib-article input").click()
    page.get_by_role("option", name=re.compile("Hostile")).click()
    page.wait_for_function("document.querySelector('#lib-view').innerText.includes('evil.test')")
    assert page.locator("#lib-view img").count() == 0
    page.screenshot(path=ARTIFACTS / "5-hostile-article.png")


def test_reference_search_contexts_and_bibtex_download(page: Any, tmp_path: Path) -> None:
    page.get_by_role("tab", name="References").click()
    page.fill("#ref-query textarea", "gordon 2018")
    page.click("#ref-search")
    page.wait_for_function(
        "document.querySelector('#ref-table').innerText.includes('Gordon, B. R.')"
    )
    page.locator("#ref-table").get_by_text("Gordon, B. R.").filter(visible=True).first.click()
    page.wait_for_function("document.querySelector('#ref-contexts').innerText.includes('Cited in')")
    page.screenshot(path=ARTIFACTS / "6-references.png")
    with page.expect_download() as info:
        page.click("#dl-bibtex")
    target = tmp_path / "refs.bib"
    info.value.save_as(target)
    entries = bibtexparser.parse_string(target.read_text()).entries
    assert entries[0].key == "gordon-2018-association-efficacy-resistance"


GORDON = "gordon-2018-association-efficacy-resistance"
POINT_OF = """(id) => {
  const gd = document.querySelector('#ref-map .js-plotly-plot');
  for (const t of gd.data) {
    const i = (t.customdata || []).indexOf(id);
    if (i >= 0) {
      const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
      const r = gd.getBoundingClientRect();
      return [r.left + xa._offset + xa.l2p(t.x[i]), r.top + ya._offset + ya.l2p(t.y[i])];
    }
  }
  return null;
}"""


def test_citation_map_is_shown_and_clicking_a_work_shows_its_snapshot(page: Any) -> None:
    page.get_by_role("tab", name="References").click()
    page.wait_for_selector("#ref-map .js-plotly-plot .scatterlayer .point", timeout=60_000)
    page.locator("#ref-map").scroll_into_view_if_needed()
    page.wait_for_timeout(1500)  # the click handler binds within a second
    x, y = page.evaluate(POINT_OF, GORDON)
    page.mouse.click(x, y)
    page.wait_for_function(
        "document.querySelector('#ref-contexts').innerText.includes('Study snapshot')",
        timeout=30_000,
    )
    text = page.locator("#ref-contexts").inner_text()
    assert "Gordon et al. 2018" in text and "1,877" in text and "6 to 52 weeks" in text
    page.screenshot(path=ARTIFACTS / "7-citation-map.png", full_page=True)
    page.get_by_role("button", name="Show participants in article").click()
    page.wait_for_selector("#ref-article #liftqa-hl")
    assert "1,877" in page.locator("#ref-article #liftqa-hl").inner_text()


def test_a_new_question_closes_the_last_answers_article_view(page: Any) -> None:
    ask(page, "How long should I hold a plank?")
    page.locator(".show-in-article").first.click()
    page.wait_for_selector("#article-view #liftqa-hl")
    ask(page, "Does lifting help anxiety?")
    page.wait_for_function("!document.querySelector('#article-view #liftqa-hl')", timeout=10_000)
    assert page.locator("#article-view #liftqa-hl").count() == 0  # not the old highlight


def test_a_snapshot_field_beside_a_chat_quote_opens_in_its_article(page: Any) -> None:
    ask(page, "Which article cites Gordon 2018 and in what context?")
    field = page.locator(".show-field").filter(has_text="Gordon et al. 2018").first
    field.wait_for()
    field.click()
    page.wait_for_selector("#article-view #liftqa-hl")
    assert page.locator("#article-view #liftqa-hl").inner_text().strip()
    page.screenshot(path=ARTIFACTS / "13-snapshot-field-in-chat.png", full_page=True)


def test_feedback_on_a_quote_is_stored_and_exported(page: Any, app_dir: Path) -> None:
    from liftqa.app.feedback import FeedbackStore, judged_lines, read_judged

    ask(page, "Does strength training help with depression?")
    page.wait_for_selector(".fb-wrong_study")
    quote = page.locator(".lq-quote").first.inner_text()
    page.locator(".fb-wrong_study").first.click()
    page.wait_for_function(
        "[...document.querySelectorAll('.fb-status')].some(e => e.innerText.includes('Thank'))"
    )
    chosen = page.locator(".fb-wrong_study").first
    assert chosen.inner_text().startswith("✓")
    assert not page.locator(".fb-helpful").first.inner_text().startswith("✓")
    stored = FeedbackStore(app_dir / "index").all()
    assert stored[-1].verdict == "wrong_study" and stored[-1].quote in quote
    assert read_judged(judged_lines(stored)) == stored
    with page.expect_download() as info:
        page.click("#dl-answer")
    assert info.value.suggested_filename.endswith(".md")


def test_gradio_client_named_endpoints(server: str) -> None:
    from gradio_client import Client

    client = Client(server, verbose=False)
    api = client.view_api(return_format="dict", print_info=False)
    assert set(api["named_endpoints"]) == {"/ask", "/refs"}  # the stable, public API
    answer = client.predict("How long should I hold a plank?", None, api_name="/ask")
    assert answer["quotes"] and answer["disclaimer"] and not answer["abstained"]
    assert any("20-60 seconds" in q["text"] for q in answer["quotes"])
    works = client.predict("older adults", api_name="/refs")
    assert works[0]["id"] == "cunha-2024-resistance-training-improve"
    bad = client.predict("", None, api_name="/ask")
    assert bad["error"] == "The question is empty."


# --- issue 12: the answer's shape, with the real model ---------------------------------------


@pytest.fixture(scope="module")
def real_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python app.py` over the corpus with the real embedding model (its answers have a
    lead, themes and disagreements worth looking at)."""
    with running_app(tmp_path_factory.mktemp("real-app"), LIFTQA_EMBEDDER="minilm") as url:
        yield url


@pytest.fixture
def real_page(browser: Any, real_server: str) -> Iterator[Any]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    pg = context.new_page()
    pg.goto(real_server, wait_until="load")
    pg.wait_for_selector("#question textarea")
    yield pg
    context.close()


def test_an_answer_shows_a_lead_themes_and_a_disagreement(real_page: Any) -> None:
    # two articles' advice differs (start with 1-2 sessions a week / 2-3x a week)
    ask(real_page, "How often should I lift weights per week?")
    reply = real_page.locator("#chat .message").last
    text = reply.inner_text()
    assert text.index("In short") < text.index("[1]") < text.index("[2]")
    assert "How to start" in text or "What the evidence says" in text
    assert "The articles differ on this point:" in text
    assert reply.locator("strong", has_text="In short").count() == 1  # a heading, not text
    real_page.screenshot(path=ARTIFACTS / "12-lead-themes-differ.png", full_page=True)


def test_a_citation_question_is_answered_from_the_bibliography_in_the_chat(
    real_page: Any,
) -> None:
    ask(real_page, "Which article cites Gordon 2018 and in what context?")
    text = real_page.locator("#chat .message").last.inner_text()
    assert "library do not cover" not in text
    assert "Gordon" in text and "[1]" in text and "[2]" in text  # citing sentences, verbatim
    real_page.screenshot(path=ARTIFACTS / "12-citation-question.png", full_page=True)


def test_the_references_table_is_readable_on_a_phone(browser: Any, server: str) -> None:
    # a new-user test (2026-11-24) at 390x844: the seven columns wrapped letter by letter
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    pg.goto(server, wait_until="load")
    pg.get_by_role("tab", name="References").click()
    header = pg.locator("#ref-table th").filter(has_text="First author").first
    header.wait_for()
    assert header.bounding_box()["width"] >= 70  # a word fits on a line
    pg.screenshot(path=ARTIFACTS / "14-references-on-a-phone.png", full_page=True)
    context.close()
