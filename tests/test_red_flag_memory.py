"""Issue 11: a medical red flag named earlier in a conversation keeps its notice, and an
urgent one (chest pain, fainting) is answered with cautions only: no set-and-rep plan under
a notice that says stop (new-user test, 2026-11-24)."""

from __future__ import annotations

from liftqa.answer import safety
from liftqa.app.service import Service

CHEST = "I get chest pain during bench press sometimes"
SETS = "ok what about leg day instead, how many sets and reps?"


def test_a_follow_up_after_a_red_flag_keeps_the_notice(fake_service: Service) -> None:
    answer = fake_service.ask(SETS, [CHEST])
    assert answer.notices and answer.notices[0].kind == "red_flag"
    assert answer.text.startswith("Stop training")


def test_the_same_follow_up_alone_gets_no_notice(fake_service: Service) -> None:
    assert not any(n.kind == "red_flag" for n in fake_service.ask(SETS).notices)


def test_an_urgent_red_flag_is_answered_with_warning_signs_only(fake_service: Service) -> None:
    answer = fake_service.ask("chest pain and dizziness when lifting, how many sets?")
    assert answer.quotes
    assert all(safety.speaks_of_warning_signs(q.text) for q in answer.quotes)


def test_a_condition_alone_still_gets_the_articles_advice(fake_service: Service) -> None:
    answer = fake_service.ask("I'm pregnant, how many sets of squats can I do?")
    assert answer.notices[0].text == safety.CONDITION_NOTICE
    assert answer.quotes
