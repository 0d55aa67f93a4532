"""Feedback on quotes: stored in SQLite under the index folder, listed and exported as
judged evaluation lines by the CLI, read back (round trip); the chat's handlers store it;
the chat's Markdown export of an answer."""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path

import pytest

from conftest import cli_env, copy_corpus, run_cli
from liftqa.app.feedback import FILE_NAME, Feedback, FeedbackStore, judged_lines, read_judged
from liftqa.app.service import Service
from liftqa.app.ui import App
from liftqa.errors import InputError

ITEM = Feedback(
    question="Does lifting help depression?",
    n=1,
    article_id="abelsson-strengthlog-lifting-depression",
    start=10,
    end=40,
    quote="some quoted words",
    verdict="wrong_study",
    works=("gordon-2018-association-efficacy-resistance",),
)


def test_feedback_is_stored_in_sqlite_under_the_index_folder(tmp_path: Path) -> None:
    stored = FeedbackStore(tmp_path).add(ITEM)
    assert (tmp_path / FILE_NAME).is_file() and stored.id == 1 and stored.created
    assert FeedbackStore(tmp_path).all() == [stored]


def test_unknown_verdict_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        FeedbackStore(tmp_path).add(Feedback(**{**ITEM.__dict__, "verdict": "great"}))


def test_judged_export_round_trips(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    for i, verdict in enumerate(("helpful", "doesnt_support", "wrong_study", "unclear")):
        store.add(Feedback(**{**ITEM.__dict__, "verdict": verdict, "start": 10 + 100 * i}))
    items = store.all()
    assert read_judged(judged_lines(items)) == items


def test_a_second_judgement_of_the_same_quote_replaces_the_first_in_the_export(
    tmp_path: Path,
) -> None:
    store = FeedbackStore(tmp_path)
    for verdict in ("helpful", "helpful", "doesnt_support"):
        store.add(Feedback(**{**ITEM.__dict__, "verdict": verdict}))
    assert len(store.all()) == 3  # every click is kept
    (only,) = read_judged(judged_lines(store.all()))
    assert only.verdict == "doesnt_support"


def test_judged_line_says_whether_the_quote_supports() -> None:
    line = json.loads(judged_lines([Feedback(**{**ITEM.__dict__, "id": 3, "created": "t"})]))
    assert line["kind"] == "judged" and line["supports"] is False
    assert line["q"] == ITEM.question and line["quote"]["start"] == 10


def test_cli_lists_and_exports_feedback(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    env = cli_env(tmp_path)
    FeedbackStore(tmp_path / "index").add(ITEM)
    listed = run_cli(["feedback"], env)
    assert listed.returncode == 0 and "wrong study" in listed.stdout
    exported = run_cli(["feedback", "export", "--judged"], env)
    assert exported.returncode == 0
    assert read_judged(exported.stdout) == FeedbackStore(tmp_path / "index").all()


def test_cli_export_needs_judged(tmp_path: Path) -> None:
    result = run_cli(["feedback", "export"], cli_env(tmp_path))
    assert result.returncode == 2 and "--judged" in result.stderr
    assert "Traceback" not in result.stderr


def test_chat_feedback_button_stores_the_quote(tmp_path: Path, fake_service: Service) -> None:
    app = App(fake_service)
    update = deque(app.respond("Does strength training help with depression?", [], []), 1)[0]
    item = update[2][0]
    before = len(FeedbackStore(fake_service.settings.index.index_dir).all())
    message = app.give_feedback(item, "helpful")
    assert "helpful" in message
    stored = FeedbackStore(fake_service.settings.index.index_dir).all()
    assert len(stored) == before + 1 and stored[-1].quote == item["text"]


def test_a_feedback_click_marks_its_button(fake_service: Service) -> None:
    from liftqa.app.ui import _marker

    app = App(fake_service)
    update = deque(app.respond("Does strength training help with depression?", [], []), 1)[0]
    status, *buttons = _marker(app, update[2][0], "unclear")()
    assert status.startswith("Thank you")
    assert [b.value for b in buttons if b.variant == "primary"] == ["✓ unclear"]


def test_chat_exports_the_answer_as_markdown(fake_service: Service) -> None:
    app = App(fake_service)
    last = deque(app.respond_page("Does strength training help with depression?", [], []), 1)[0]
    text = Path(last[-1]).read_text(encoding="utf-8")
    assert text.startswith("# Does strength training help with depression?")
    assert "## Quotes" in text and "characters" in text
