"""The app's handlers, server-side: what each returns for the page (fake embedder)."""

from __future__ import annotations

import json
import re
from collections import deque
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
import rispy

from conftest import CONTRACT_KEYS
from liftqa.answer.render import markdown, md_escape
from liftqa.answer.safety import CRISIS_DISCLAIMER, DISCLAIMER
from liftqa.app.service import Service
from liftqa.app.ui import App, build, feedback_buttons
from liftqa.app.views import HIGHLIGHT_ID, article_html, esc, evidence_html, library_html

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> ![x](http://evil.test/a.png)'


def respond(app: App, *args: Any) -> Any:
    """The chat handler streams; the page ends on its last update."""
    return deque(app.respond(*args), maxlen=1)[0]


@pytest.fixture(scope="module")
def app(fake_service: Service) -> App:
    return App(fake_service)


def test_escaping_leaves_no_markup() -> None:
    assert "<" not in esc(HOSTILE) and ">" not in esc(HOSTILE)
    md = md_escape(HOSTILE)
    assert "<" not in md
    assert not re.search(r"(?<!\\)!(?<!\\)\[|(?<!\\)\]\(", md)  # no unescaped ![ or ](


def test_respond_appends_question_and_answer_with_disclaimer(app: App) -> None:
    chat, questions, quotes, _head, crisis, box = respond(
        app, "How long should I hold a plank?", [], []
    )
    assert [m["role"] for m in chat] == ["user", "assistant"]
    assert "\\[1\\]" in chat[1]["content"]  # the [n] marker, escaped for Markdown
    assert md_escape(DISCLAIMER) in chat[1]["content"]
    assert questions == ["How long should I hold a plank?"]
    assert quotes and quotes[0]["n"] == 1 and "20-60 seconds" in quotes[0]["html"]
    assert box == "" and crisis == ""


def test_quote_html_shows_article_author_section_and_provenance(app: App) -> None:
    _, _, quotes, *_ = respond(
        app,
        "Which meta-analysis did Gordon et al. 2018 publish in JAMA "
        "Psychiatry on depressive symptoms?",
        [],
        [],
    )
    block = next(q["html"] for q in quotes if "Gordon et al., 2018" in q["html"])
    assert "About this source:" in block
    assert 'href="https://doi.org/10.1001/jamapsychiatry.2018.0572"' in block
    assert "meta-analysis of RCTs" in block


def test_follow_up_uses_the_conversation(app: App) -> None:
    chat, questions, *_ = respond(app, "Does strength training help with depression?", [], [])
    chat, questions, *_ = respond(app, "what about for anxiety?", chat, questions)
    assert "Searched for: Does strength training help with anxiety" in chat[-1]["content"]


def test_crisis_message_puts_resources_first(app: App) -> None:
    chat, _, quotes, _head, crisis, _ = respond(app, "I don't want to be alive anymore", [], [])
    assert quotes == []
    assert 'class="lq-crisis"' in crisis and "988" in crisis
    reply = chat[1]["content"]
    assert reply.index("988") < reply.index(md_escape(CRISIS_DISCLAIMER)[:20])


def test_crisis_resources_are_not_repeated_in_the_evidence_panel(app: App) -> None:
    *_, head, crisis, _ = respond(app, "I don't want to be alive anymore", [], [])
    assert "lq-crisis" in crisis
    assert 'lq-crisis"' not in head and "988" not in head
    assert 'href="#crisis-banner"' in head


def test_bad_input_gets_a_friendly_message_not_an_error(app: App) -> None:
    chat, questions, quotes, *_ = respond(app, "   ", [], [])
    assert "The question is empty" in chat[-1]["content"] and quotes == [] and questions == []
    chat, *_ = respond(app, "x" * 100_000, [], [])
    assert "the limit is 2,000" in chat[-1]["content"]


def test_user_input_is_escaped_in_the_chat(app: App) -> None:
    chat, *_ = respond(app, HOSTILE, [], [])
    assert "<script" not in chat[0]["content"] and "<img" not in chat[0]["content"]


def test_show_in_article_highlights_exactly_the_quote(app: App, fake_service: Service) -> None:
    answer = fake_service.ask("How long should I hold a plank?")
    q = answer.quotes[0]
    page = app.show_in_article(q.article_id, q.start, q.end)
    marked = page.split(f'<mark id="{HIGHLIGHT_ID}">')[1].split("</mark>")[0]
    assert marked == esc(q.text)
    assert "Building a Foundational Routine" in page


def test_article_html_refuses_stale_offsets(fake_service: Service) -> None:
    library = fake_service.library()
    art = next(iter(library.articles))
    assert "no longer" in article_html(library, art, 10, 10_000_000)
    assert "no longer" in article_html(library, "missing", 0, 1)


def test_reference_search_gives_rows_and_downloadable_files(app: App) -> None:
    rows, ids, bib, ris = app.search_refs("gordon 2018")
    assert ids[0] == "gordon-2018-association-efficacy-resistance"
    assert rows[0][0] == "Gordon, B. R." and rows[0][1] == 2018
    assert "doi.org/10.1001/jamapsychiatry.2018.0572" in rows[0][5]
    assert bibtexparser.parse_string(Path(bib).read_text()).entries[0].key == ids[0]
    assert rispy.loads(Path(ris).read_text())[0]["doi"] == "10.1001/jamapsychiatry.2018.0572"


def test_choosing_a_row_shows_its_citation_contexts(app: App) -> None:
    _, ids, _, _ = app.search_refs("gordon 2018")
    html = app.show_contexts(ids, 0)
    cited = html.split('class="lq-contexts"')[1]
    assert "(Gordon et al., 2018)" in cited and cited.count("<li>") == 4
    assert "Choose a study" in app.show_contexts(ids, 99)


def test_choosing_a_work_shows_its_checks_and_snapshot_with_buttons(app: App) -> None:
    html, fields = app.show_work("gordon-2018-association-efficacy-resistance")
    assert "Check this citation" in html and "Study snapshot" in html and "1,877" in html
    participants = next(f for f in fields if f["name"] == "participants")
    body = app.library().articles[participants["article_id"]].body
    assert "1,877" in body[participants["start"] : participants["end"]]
    assert app.show_work("no-such-work")[1] == []


def test_library_shows_provenance_and_full_text(fake_service: Service) -> None:
    library = fake_service.library()
    page = library_html(library, "mohammad-2026-body-carries-weight")
    assert "co-created with the help of AI" in page and "Reference list</th><td>none" in page
    assert esc("Strength training does more than build muscle.") in page


def test_api_ask_returns_the_contract(app: App) -> None:
    result = app.api_ask("How long should I hold a plank?")
    assert set(result) == CONTRACT_KEYS
    assert app.api_ask("")["error"] == "The question is empty."
    json.dumps(result)


def test_api_refs_returns_works(app: App) -> None:
    works = app.api_refs("older adults")
    assert works[0]["id"] == "cunha-2024-resistance-training-improve"


def test_chat_markdown_marks_crisis_and_keeps_disclaimer(fake_service: Service) -> None:
    text = markdown(fake_service.ask("thinking about suicide"))
    assert text.startswith("**⚠️") and md_escape(CRISIS_DISCLAIMER) in text
    assert "lq-disclaimer" in evidence_html(None)


# --- failures and odd input from the page (issue 15) ----------------------------------------


class Broken:
    """A service whose every question fails with `error`."""

    def __init__(self, real: Service, error: Exception) -> None:
        self.settings = real.settings
        self.error = error

    def ask_stream(self, *_args: Any) -> Any:
        raise self.error


def test_an_unexpected_failure_gets_a_friendly_message_and_keeps_the_question(
    fake_service: Service,
) -> None:
    broken = App(Broken(fake_service, RuntimeError("boom")))  # type: ignore[arg-type]
    chat, _, quotes, _, _, box = respond(broken, "Does lifting help anxiety?", [], [])
    assert box == "Does lifting help anxiety?" and quotes == []
    assert "went wrong on our side" in chat[-1]["content"] and "boom" not in chat[-1]["content"]
    assert md_escape(DISCLAIMER) in chat[-1]["content"]


def test_a_storage_failure_shows_its_hint_and_keeps_the_question(fake_service: Service) -> None:
    from liftqa.errors import IndexStorageError

    error = IndexStorageError("the index is damaged", hint="rebuild it: liftqa ingest --rebuild")
    broken = App(Broken(fake_service, error))  # type: ignore[arg-type]
    chat, _, _, _, _, box = respond(broken, "Does lifting help anxiety?", [], [])
    assert box == "Does lifting help anxiety?"
    assert "damaged" in chat[-1]["content"] and "ingest --rebuild" in chat[-1]["content"]


def test_the_chat_gradio_sends_back_is_kept(app: App) -> None:
    earlier = [
        {"role": "user", "content": [{"type": "text", "text": "hi"}], "metadata": None},
        {"role": "assistant", "content": [{"type": "text", "text": "hello"}]},
    ]
    chat, *_ = respond(app, "How long should I hold a plank?", earlier, ["hi"])
    assert len(chat) == 4 and chat[0]["content"] == [{"type": "text", "text": "hi"}]


@pytest.mark.parametrize("chat", ["not a list", [1, 2], [{"role": "system", "content": "x"}]])
def test_a_malformed_chat_from_the_page_is_dropped_not_fatal(app: App, chat: Any) -> None:
    out, *_ = respond(app, "How long should I hold a plank?", chat, "nope")
    assert [m["role"] for m in out] == ["user", "assistant"]


def test_api_ask_refuses_a_history_that_is_not_a_list_of_questions(app: App) -> None:
    assert "list of earlier questions" in app.api_ask("Does lifting help?", "abc")["error"]  # type: ignore[arg-type]


def test_api_ask_reads_the_most_recent_questions_of_a_long_history(app: App) -> None:
    result = app.api_ask("How long should I hold a plank?", ["q"] * 51)
    assert "error" not in result and result["quotes"]


_LONG_CRISIS = (
    "I lift four days a week. " * 100 + "I have pills saved up and I plan to take them all tonight."
)


def test_a_crisis_at_the_end_of_an_over_long_question_gets_the_resources(app: App) -> None:
    result = app.api_ask(_LONG_CRISIS)
    assert len(_LONG_CRISIS) > 2000 and result["crisis"] and "error" not in result


def test_a_crisis_in_an_over_long_earlier_question_keeps_the_resources(app: App) -> None:
    result = app.api_ask("How many sets should I do?", [_LONG_CRISIS])
    assert result["crisis"] and "error" not in result


def test_the_question_box_never_cuts_a_message(app: App) -> None:
    """A browser cuts a textarea at its maxlength silently: a crisis at the end is lost."""
    import gradio as gr

    boxes = [b for b in build(app).blocks.values() if isinstance(b, gr.Textbox)]
    question = next(b for b in boxes if b.elem_id == "question")
    assert question.max_length is None


def test_api_refs_carries_snapshot_and_checks(app: App) -> None:
    gordon = app.api_refs("gordon 2018")[0]
    assert "1,877" in gordon["snapshot"]["participants"]["value"]
    assert gordon["checks"][0]["rule"] == "forms"


def test_api_refs_refuses_a_long_query(app: App) -> None:
    import gradio as gr

    with pytest.raises(gr.Error, match="longer than 200"):
        app.api_refs("x" * 201)


def test_reference_searches_reuse_one_export_folder(app: App) -> None:
    _, _, bib, _ = app.search_refs("gordon 2018")
    _, _, again, _ = app.search_refs("gordon 2018")
    assert bib == again and Path(bib).parent.parent == app.exports.root


def test_the_clicked_feedback_button_is_marked() -> None:
    buttons = feedback_buttons("wrong_study")
    marked = [b for b in buttons if b["variant"] == "primary"]
    assert [b["value"] for b in marked] == ["✓ wrong study"]


def test_no_feedback_button_is_marked_before_a_click() -> None:
    assert all(b["variant"] == "secondary" for b in feedback_buttons(None))


def test_markdown_escaping_leaves_plain_punctuation_readable() -> None:
    assert md_escape("blood-pressure (20-30 minutes).") == "blood-pressure (20-30 minutes)."


def test_markdown_escaping_neutralises_links_images_and_emphasis() -> None:
    assert md_escape("![x](y) [a](b) *e*") == "!\\[x\\](y) \\[a\\](b) \\*e\\*"


def test_markdown_escaping_neutralises_line_start_markers() -> None:
    assert md_escape("# h\n- i\n2. j") == "\\# h\n\\- i\n2\\. j"


def test_an_input_error_reads_as_two_sentences(app: App) -> None:
    chat, *_ = respond(app, "   ", [], [])
    message = chat[-1]["content"]
    assert re.search(r"The question is empty\. Ask something", message), message
