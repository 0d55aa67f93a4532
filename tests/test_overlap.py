"""A question's embeddings run beside its risk rules (`liftqa.answer.overlap`): the same
answers, sooner. Nothing may change what is answered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from liftqa.answer.asker import _Guess
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


@pytest.mark.parametrize("workers", [-1, 17])
def test_workers_out_of_range_are_refused(workers: int) -> None:
    with pytest.raises(ValueError, match="workers"):
        Overlap(workers=workers)


def test_without_workers_a_call_runs_on_the_caller_when_asked_for() -> None:
    ran: list[str] = []
    pending = Overlap(workers=0).start(lambda: ran.append(threading.current_thread().name))
    assert ran == []
    pending.result()
    assert ran == [threading.current_thread().name]


MESSAGES = [
    "Does lifting weights help with depression?",
    "I get nervous at the gym. How often should I lift to help my anxiety?",
    "i want to kill myself, i have the pills here",
    "sometimes I wish I could just disappear. does squatting help mood?",
    "what about for older adults?",
    "how many sets?",
]


@pytest.mark.parametrize("with_model", [True, False])
def test_then_is_called_once_after_the_rules_and_before_the_classifier(with_model: bool) -> None:
    model = RiskModel.load() if with_model else None
    seen: list[str] = []

    def embed(texts: list[str]) -> list[list[float]]:
        seen.append("embedded")
        return FakeEmbedder().embed_documents(texts)

    assess(MESSAGES[0], model, embed, lambda ruled: seen.append("then"))
    # the search embedding `then` starts runs beside the classifier's rows
    assert seen == (["then", "embedded"] if with_model else ["then"])


def test_then_is_called_for_a_message_already_read(service: Service) -> None:
    called: list[int] = []
    service.asker.assess(MESSAGES[1])
    service.asker.assess(MESSAGES[1], lambda ruled: called.append(1))
    assert called == [1]


def test_the_guess_is_started_for_a_follow_up_to_a_read_turn(service: Service) -> None:
    service.ingest()
    service.ask(MESSAGES[0])
    guess = service.asker._speculate("what about for anxiety?", [MESSAGES[0]])
    assert guess is not None and "anxiety" in guess.query


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
    asker._searched.clear()  # (else the vectors kept from the first pass answer, unguessed)
    used: list[str] = []
    vector = _Guess.vector

    def counting(guess: _Guess) -> list[float]:
        used.append(guess.query)
        return vector(guess)

    monkeypatch.setattr(_Guess, "vector", counting)
    assert _answers(service, conversation) == unguessed  # earlier turns now read: guessed
    assert used


def test_a_wrong_guess_is_never_searched_with(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    asker = service.asker
    right = service.ask(MESSAGES[0])
    asker._searched.clear()  # (else the vector kept from the first ask answers)
    guess = _Guess(
        "another query", lambda: FakeEmbedder().embed_query("squats and knee pain"), Overlap()
    )
    monkeypatch.setattr(asker, "_speculate", lambda question, earlier: guess)
    assert service.ask(MESSAGES[0]) == right


class _Recording:
    """What the service's embedder is asked to embed, and on which thread."""

    def __init__(self, service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str, str]] = []  # (method, thread, text)
        embedder = service.embedder
        for method in ("embed_query", "embed_documents"):
            original = getattr(embedder, method)

            def recording(arg: Any, method: str = method, original: Any = original) -> Any:
                texts = [arg] if isinstance(arg, str) else list(arg)
                thread = threading.current_thread().name
                self.calls += [(method, thread, t) for t in texts]
                return original(arg)

            monkeypatch.setattr(embedder, method, recording)

    def texts(self) -> list[str]:
        return [text for _, _, text in self.calls]


@pytest.fixture
def patient(monkeypatch: pytest.MonkeyPatch) -> None:
    """A started call is always taken by a worker before its caller goes on (so a guess
    started by mistake runs, and is seen)."""
    import liftqa.answer.overlap

    monkeypatch.setattr(liftqa.answer.overlap, "HANDOVER", 5.0)


def _settled(service: Service) -> None:
    """Every call started on the asker's workers has run (a dropped guess a worker had
    already taken runs to its end)."""
    pool = service.asker._overlap._pool
    if pool is not None:
        pool.shutdown(wait=True)


def test_a_new_question_is_embedded_for_its_search_once_beside_the_check(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest()
    seen = _Recording(service, monkeypatch)
    answer = service.ask("Does lifting weights help with low self-esteem?")
    assert answer.quotes
    # (no classifier rows with the fake embedder): one embedding, the guess's, on a worker
    assert len(seen.calls) == 1
    assert seen.calls[0][1].startswith("liftqa-overlap")


def test_a_message_the_rules_read_as_a_risk_is_never_embedded_for_a_search(
    service: Service, monkeypatch: pytest.MonkeyPatch, patient: None
) -> None:
    service.ingest()
    seen = _Recording(service, monkeypatch)
    answer = service.ask(MESSAGES[2])
    _settled(service)
    assert answer.crisis
    assert seen.calls == []  # (no classifier with the fake embedder: nothing to read rows)


@pytest.mark.parametrize(
    "history",
    [
        [MESSAGES[2]],
        # risk only in its conversation ("the friend is me"): each turn alone reads clean
        ["my friend keeps saying he wants to end it all", "honestly the friend is me"],
    ],
)
def test_a_follow_up_in_a_conversation_at_risk_is_never_embedded_for_a_search(
    service: Service, history: list[str], monkeypatch: pytest.MonkeyPatch, patient: None
) -> None:
    service.ingest()
    for i, turn in enumerate(history):
        service.ask(turn, history=history[:i])
    seen = _Recording(service, monkeypatch)
    answer = service.ask("what about for anxiety?", history=history)
    _settled(service)
    assert answer.resources is not None and not answer.quotes
    assert seen.calls == []  # (no classifier rows with the fake embedder)


def test_a_crisis_after_a_clean_turn_is_never_embedded_for_a_search(
    service: Service, monkeypatch: pytest.MonkeyPatch, patient: None
) -> None:
    service.ingest()
    service.ask(MESSAGES[0])
    seen = _Recording(service, monkeypatch)
    answer = service.ask(MESSAGES[2], history=[MESSAGES[0]])
    _settled(service)
    assert answer.crisis
    assert seen.calls == []


def test_an_embedder_whose_runs_take_every_core_is_run_in_turn(settings: Any) -> None:
    class Spreading(FakeEmbedder):
        side_by_side = False

    service = Service(settings, Spreading())
    service.ingest()
    names: list[str] = []
    original = service.embedder.embed_documents

    def recording(texts: list[str]) -> list[list[float]]:
        names.append(threading.current_thread().name)
        return original(texts)

    service.embedder.embed_documents = recording  # type: ignore[method-assign]
    service.ask("Does lifting weights help with low self-esteem?")
    assert names and set(names) == {threading.current_thread().name}


def test_a_follow_up_to_a_turn_not_yet_read_is_not_guessed(service: Service) -> None:
    service.ingest()
    assert service.asker._speculate("what about anxiety?", ["Does it help sleep?"]) is None


def test_an_input_error_is_not_guessed(service: Service) -> None:
    assert service.asker._speculate("x" * 100_000, []) is None
