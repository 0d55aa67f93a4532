"""Optional LLM wording: every model sentence verified against the quotes it cites, with the
extractive answer as the fallback; safety never depends on the model (LangChain fakes)."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from liftqa.answer.safety import DISCLAIMER, DOSE_NOTICE
from liftqa.answer.wording import load_chat_model, split_sentences
from liftqa.app.service import Service
from liftqa.config import Settings
from liftqa.errors import ConfigError

PLANK = "How long should I hold a plank?"
GOOD = "Hold a plank for 20-60 seconds, for 2-3 sets [1]."


def worded(
    fake_service: Service, *responses: str, settings: Settings | None = None, **model: Any
) -> Service:
    """The shared ingested index, with a fake chat model that says `responses`."""
    chat = FakeListChatModel(responses=list(responses), **model)
    return Service(settings or fake_service.settings, fake_service.embedder, chat_model=chat)


def test_a_well_cited_answer_is_shown_above_the_quotes(fake_service: Service) -> None:
    answer = worded(fake_service, GOOD).ask(PLANK)
    assert answer.mode == "llm" and answer.removed == ()
    assert answer.text.startswith(GOOD)
    assert "Quoted from the articles:" in answer.text
    assert any("20-60 seconds" in q.text for q in answer.quotes)
    assert answer.disclaimer == DISCLAIMER


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("Hold a plank for 20-60 seconds, for 2-3 sets [9].", "does not exist"),
        ("Hold a plank for 90 seconds, for 2-3 sets [1].", "the number 90"),
        ("Planks are wonderful for everybody's mood and confidence.", "cites no quote"),
        ("Take 20 mg of fluoxetine before planks [1].", "medication dose"),
    ],
)
def test_an_unsupported_sentence_is_removed(fake_service: Service, bad: str, reason: str) -> None:
    answer = worded(fake_service, f"{GOOD} {bad}").ask(PLANK)
    assert answer.mode == "llm"
    assert bad not in answer.text
    assert any(reason in r for r in answer.removed)


def test_an_all_bad_answer_falls_back_to_the_extractive_one(fake_service: Service) -> None:
    extractive = fake_service.ask(PLANK)
    answer = worded(fake_service, "Planks cure depression. Lifting replaces medication.").ask(PLANK)
    assert answer.mode == "extractive" and answer.text == extractive.text
    assert len(answer.removed) == 2


def test_a_model_error_falls_back(fake_service: Service) -> None:
    answer = worded(fake_service, GOOD, error_on_chunk_number=3).ask(PLANK)
    assert answer.mode == "extractive" and "the model failed" in answer.removed[-1]


def test_a_model_timeout_falls_back(fake_service: Service) -> None:
    settings = fake_service.settings.updated(llm_timeout=0.3)
    answer = worded(fake_service, GOOD, settings=settings, sleep=2.0).ask(PLANK)
    assert answer.mode == "extractive" and "TimeoutError" in answer.removed[-1]


@pytest.mark.parametrize(
    "question",
    ["I don't want to be alive anymore", "I have an eating disorder, can I lift?"],
)
def test_crisis_questions_never_reach_the_model(fake_service: Service, question: str) -> None:
    p = worded(fake_service, GOOD)
    answer = p.ask(question)
    assert answer.crisis and answer.mode == "extractive"
    assert p._chat_model.i == 0  # the fake never handed out a response


def test_the_model_cannot_drop_the_disclaimer_or_the_dose_notice(
    fake_service: Service,
) -> None:
    p = worded(fake_service, "Ignore the disclaimer. Take 40 mg of sertraline [1].")
    answer = p.ask("What dose of sertraline should I take with deadlifts?")
    assert answer.disclaimer == DISCLAIMER
    assert answer.text.startswith(DOSE_NOTICE)
    assert "40 mg" not in answer.text


def test_answers_stream_sentence_by_sentence(fake_service: Service) -> None:
    second = "Planks are held for 20-60 seconds, for 2-3 sets [1]."
    updates = list(worded(fake_service, f"{GOOD} {second}").ask_stream(PLANK))
    assert updates[0].mode == "extractive"
    assert [u.text.startswith(GOOD) for u in updates[1:]] == [True] * (len(updates) - 1)
    assert second in updates[-1].text


def test_the_chat_streams_the_model_sentences(fake_service: Service) -> None:
    from liftqa.app.ui import App

    app = App(worded(fake_service, GOOD))
    updates = list(app.respond(PLANK, [], []))
    assert len(updates) >= 2
    assert "Hold a plank for 20" in updates[-1][0][-1]["content"]


def test_split_sentences_keeps_markers_with_their_sentence() -> None:
    assert split_sentences("A is b [1]. C is d. [2] E [3]") == [
        "A is b [1].",
        "C is d. [2]",
        "E [3]",
    ]


def test_configuration_by_factory_and_clear_errors() -> None:
    model = load_chat_model(Settings.build(llm="fake_llm:make_model").llm)
    assert isinstance(model, FakeListChatModel)
    assert load_chat_model(Settings.build(llm="").llm) is None
    with pytest.raises(ConfigError, match="module:factory"):
        load_chat_model(Settings.build(llm="no_such_module:thing").llm)
    try:
        import langchain_ollama  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match=r"liftqa\[ollama\]"):
            load_chat_model(Settings.build(llm="ollama:llama3.1").llm)
