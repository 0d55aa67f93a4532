"""A labelled set of follow-ups (tests/conversation/followups.jsonl), scored as a whole so a
rule change that helps one wording but breaks others shows up as a lower score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from liftqa.answer.conversation import contextualize

SET = Path(__file__).parent / "conversation" / "followups.jsonl"
ROWS: list[dict[str, Any]] = [json.loads(line) for line in SET.read_text().splitlines() if line]


def passes(row: dict[str, Any]) -> bool:
    """Whether the searched-for text is the expected one (or has and lacks the key phrases)."""
    searched = contextualize(row["question"], row["previous"], names=row.get("names", ()))
    low = searched.lower()
    if "expect" in row and searched != row["expect"]:
        return False
    return all(p.lower() in low for p in row.get("expect_has", ())) and not any(
        p.lower() in low for p in row.get("expect_not", ())
    )


def test_the_set_is_big_and_varied() -> None:
    assert len(ROWS) >= 30 and len({r["id"] for r in ROWS}) == len(ROWS)


def test_the_set_scores_at_least_nine_in_ten() -> None:
    failed = [r["id"] for r in ROWS if not passes(r)]
    assert len(failed) <= len(ROWS) // 10, failed


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_each_follow_up(row: dict[str, Any]) -> None:
    searched = contextualize(row["question"], row["previous"], names=row.get("names", ()))
    assert passes(row), searched
