"""Each labelled safety set keeps to its own format (ids, labels, tiers consistent with the
labels, no duplicate texts): its writer's stdlib validator must pass, so an edit or an
adjudication that breaks the set fails here and not in a figure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SAFETY = Path(__file__).parent / "safety"
# every set in its own folder: held-out and retired ones (v*, conv*) and the tuning sets the
# rules are written from (tconv*, tml)
VALIDATORS = sorted(SAFETY.glob("*/validate.py"))


def test_every_versioned_set_has_a_validator() -> None:
    sets = sorted(p.parent for p in SAFETY.glob("*/messages.jsonl"))
    sets += sorted(p.parent for p in SAFETY.glob("*/conversations.jsonl"))
    assert sorted(sets) == [p.parent for p in VALIDATORS]


@pytest.mark.parametrize("validator", VALIDATORS, ids=lambda p: p.parent.name)
def test_the_set_is_valid(validator: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(validator)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
