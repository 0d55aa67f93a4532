"""The project's own judged sets (tests/judged/questions.jsonl, tests/judged/heldout/
(held out until 2026-11-24) and the held-out tests/judged/heldout2/) are well formed: every judged
phrase is found exactly once in the article text (the body, not the metadata header) of
the file it names, in no other article, and inside one sentence, so a quote can contain it."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from liftqa.types import Article

JUDGED = Path(__file__).with_name("judged") / "questions.jsonl"
HELDOUT = Path(__file__).with_name("judged") / "heldout" / "questions.jsonl"
HELDOUT2 = Path(__file__).with_name("judged") / "heldout2" / "questions.jsonl"


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


ITEMS = _read(JUDGED)
HELD = _read(HELDOUT)
HELD2 = _read(HELDOUT2)
EVERY = ITEMS + HELD + HELD2  # the per-question checks run over every set
TYPES = {
    "efficacy",
    "dose",
    "quantity",
    "list",
    "howto",
    "compare",
    "risk",
    "mechanism",
    "population",
    "time",
    "citation",
    "definition",
}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_set_holds_at_least_forty_questions_from_both_personas() -> None:
    personas = Counter(item["persona"] for item in ITEMS)
    assert len(ITEMS) >= 40
    assert set(personas) == {"patient", "clinician"} and min(personas.values()) >= 15


@pytest.mark.parametrize("held", [HELD, HELD2], ids=["heldout", "heldout2"])
def test_a_held_out_set_holds_thirty_questions_from_both_personas(
    held: list[dict[str, Any]],
) -> None:
    personas = Counter(item["persona"] for item in held)
    assert len(held) >= 30 and set(personas) == {"patient", "clinician"}


def test_question_ids_and_texts_are_unique_across_every_set() -> None:
    assert len({i["id"] for i in EVERY}) == len(EVERY)
    assert len({norm(i["q"]).lower() for i in EVERY}) == len(EVERY)


def test_every_question_has_a_known_type_and_some_key_evidence() -> None:
    for item in EVERY:
        assert item["type"] in TYPES, item["id"]
        assert any(g["grade"] == 2 for g in item["grades"]), item["id"]
        assert {g["grade"] for g in item["grades"]} <= {1, 2}, item["id"]


@pytest.mark.parametrize("item", EVERY, ids=[i["id"] for i in EVERY])
def test_every_phrase_is_found_once_in_its_article_and_nowhere_else(
    item: dict[str, Any], parsed: dict[str, Article]
) -> None:
    bodies = {name: norm(article.body) for name, article in parsed.items()}
    for g in item["grades"]:
        phrase = norm(g["phrase"])
        assert g["file"] in bodies, f"{item['id']}: no corpus file {g['file']}"
        assert bodies[g["file"]].count(phrase) == 1, f"{item['id']}: {phrase!r} not once"
        elsewhere = [name for name, body in bodies.items() if name != g["file"] and phrase in body]
        assert not elsewhere, f"{item['id']}: {phrase!r} also in {elsewhere}"


@pytest.mark.parametrize("item", EVERY, ids=[i["id"] for i in EVERY])
def test_every_phrase_lies_inside_one_sentence_and_grades_it_once(
    item: dict[str, Any], parsed: dict[str, Article]
) -> None:
    """A phrase across a sentence boundary could never be found in a quoted sentence; two
    phrases of one sentence in one question would grade it twice."""
    graded = []
    for g in item["grades"]:
        phrase = norm(g["phrase"])
        article = parsed[g["file"]]
        holding = [s.start for s in article.sentences if phrase in norm(s.text)]
        assert len(holding) == 1, f"{item['id']}: {phrase!r} lies in {len(holding)} sentences"
        graded.append((g["file"], holding[0]))
    assert len(graded) == len(set(graded)), f"{item['id']}: a sentence is graded twice"
