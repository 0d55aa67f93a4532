"""The model export's lock is waited for, but not forever (a run stuck holding it once
blocked every other first run on a shared machine)."""

from __future__ import annotations

import fcntl
import time
from pathlib import Path

from liftqa.index.embed import _lock_within


def test_a_free_lock_is_taken(tmp_path: Path) -> None:
    with (tmp_path / "lock").open("a+") as lock:
        assert _lock_within(lock, 1.0)


def test_a_held_lock_is_given_up_on_after_the_wait(tmp_path: Path) -> None:
    with (tmp_path / "lock").open("a+") as held, (tmp_path / "lock").open("a+") as mine:
        fcntl.flock(held, fcntl.LOCK_EX)
        started = time.monotonic()
        assert not _lock_within(mine, 0.3)
        assert time.monotonic() - started < 5
