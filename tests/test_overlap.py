"""A question's embeddings run beside its risk rules (`liftqa.answer.overlap`): the same
answers, sooner. Nothing may change what is answered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from liftqa.answer.overlap import Overlap, inline
from liftqa.answer.risk import assess
from liftqa.answer.risk_model import RiskModel
from liftqa.app.service import Service
from liftqa.index.embed import FakeEmbedder


def test_a_started_call_returns_its_result() -> None:
    assert Overlap().start(lambda: 6 * 7).result() == 42


def test_a_started_call_runs_on_a_worker() -> None:
    assert Overlap().start(lambda: threading.current_thread().name).result() != (
        threading.current_thread().name
    )


def test_a_started_call_raises_its_error_where_its_result_is_asked_for() -> None:
    def fails() -> int:
        raise ValueError("boom")

    pending = Overlap().start(fails)
    with pytest.raises(ValueError, match="boom"):
        pending.result()


@pytest.fixture
def busy() -> Iterator[tuple[Overlap, threading.Event]]:
    """An overlap whose only worker is held until the event is set."""
    overlap, release = Overlap(workers=1), threading.Event()
    overlap.start(release.wait)
    yield overlap, release
    release.set()


def test_a_call_no_worker_has_taken_runs_on_the_caller(
    busy: tuple[Overlap, threading.Event],
) -> None:
    overlap, _ = busy
    pending = overlap.start(lambda: threading.current_thread().name)
    assert pending.result() == threading.current_thread().name


def test_a_dropped_call_no_worker_has_taken_never_runs(
    busy: tuple[Overlap, threading.Event],
) -> None:
    overlap, release = busy
    ran: list[int] = []
    overlap.start(lambda: ran.append(1)).drop()
    release.set()
    overlap.start(lambda: None).result()  # the worker is free again, and has run what it had
    assert ran == []


def test_an_inline_call_runs_when_asked_for() -> None:
    ran: list[int] = []
    pending = inline(lambda: ran.append(1) or len(ran))
    assert ran == []
    assert pending.result() == 1


def test_workers_out_of_range_are_refused() -> None:
    with pytest.raises(ValueError, match="workers"):
        Overlap(workers=0)


MESSAGES = [
    "Does lifting weights help with depression?",
    "I get nervous at the gym. How often should I lift to help my anxiety?",
    "i want to kill myself, i have the pills here",
    "sometimes I wish I could just disappear. does squatting help mood?",
    "what about for older adults?",
    "how many sets?",
]


def test_the_classifier_reads_the_same_rows_beside_the_rules() -> None:
    model = RiskModel.load()
    assert model is not None
    embed = FakeEmbedder().embed_documents
    overlap = Overlap()
    for text in MESSAGES:
        assert assess(text, model, embed, overlap) == assess(text, model, embed)


def _answers(service: Service, conversation: list[str]) -> list[Any]:
    return [service.ask(q, history=conversation[:i]) for i, q in enumerate(conversation)]


@pytest.mark.parametrize(
    "conversation",
    [
        MESSAGES[:1],
        [MESSAGES[0], MESSAGES[4], MESSAGES[5]],
        [MESSAGES[1], MESSAGES[2], MESSAGES[5]],
        [MESSAGES[3], MESSAGES[4]],
        [MESSAGES[0], "and Kirsch?", "what about anxiety?"],
    ],
)
def test_a_conversation_is_answered_the_same_with_and_without_guessing_its_search(
    service: Service, conversation: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    asker = service.asker
    with monkeypatch.context() as m:
        m.setattr(asker, "_speculate", lambda question, earlier: None)
        unguessed = _answers(service, conversation)
    assert _answers(service, conversation) == unguessed  # earlier turns now read: guessed


def test_a_wrong_guess_is_never_searched_with(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    asker = service.asker
    right = service.ask(MESSAGES[0])
    wrong = Overlap().start(lambda: FakeEmbedder().embed_query("squats and knee pain"))
    monkeypatch.setattr(asker, "_speculate", lambda question, earlier: ("another query", wrong))
    assert service.ask(MESSAGES[0]) == right


def test_a_guessed_search_is_embedded_once(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    embedded: list[str] = []
    original = service.embedder.embed_query

    def recording(text: str) -> list[float]:
        embedded.append(text)
        return original(text)

    monkeypatch.setattr(service.embedder, "embed_query", recording)
    answer = service.ask("Does lifting weights help with low self-esteem?")
    assert answer.quotes
    assert len(embedded) == 1


def test_a_follow_up_to_a_turn_not_yet_read_is_not_guessed(service: Service) -> None:
    service.ingest()
    assert service.asker._speculate("what about anxiety?", ["Does it help sleep?"]) is None


def test_an_input_error_is_not_guessed(service: Service) -> None:
    assert service.asker._speculate("x" * 100_000, []) is None
