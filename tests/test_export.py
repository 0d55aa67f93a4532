"""The Markdown export of an answer: readable crisis resources, named references, text
that stays text."""

from __future__ import annotations

from liftqa.answer.render import export_markdown
from liftqa.app.service import Service


def test_an_exported_crisis_reply_lists_the_helplines_readably(fake_service: Service) -> None:
    # a new-user test (2026-11-24): the export said "Suicide &amp; Crisis Lifeline" on
    # escaped "\-" lines that render as one paragraph
    text = export_markdown(fake_service.ask("I want to kill myself tonight"))
    assert "\n- In the US: call or text 988 (Suicide & Crisis Lifeline)" in text
    assert "&amp;" not in text and "\\-" not in text


def test_a_work_no_list_gives_is_named_in_the_exported_references(fake_service: Service) -> None:
    text = export_markdown(fake_service.ask("which article cites Kirsch 2008?"))
    references = text.split("## References", 1)[1]
    assert "Kirsch et al. 2008 (cited in the text; no reference list gives it)" in references
    assert "\n- \n" not in references


def test_an_entity_written_in_a_question_stays_text(fake_service: Service) -> None:
    text = export_markdown(fake_service.ask("what is &lt;script&gt; & strength?"))
    assert "&amp;lt;script&amp;gt;" in text  # shown as typed, never decoded into a tag
