"""Crash safety: `kill -9` in the middle of an ingest loses nothing. The index keeps
answering during and after, and a re-run completes with the counts of a clean ingest."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, cli_env, copy_corpus, run_python
from liftqa.ingest.corpus import parse_file

pytestmark = pytest.mark.integration


def _generated_articles(dest: Path, count: int) -> None:
    """Realistic extra articles: the real articles' sentences recombined."""
    sentences = [s.text for p in sorted(CORPUS.glob("*.txt")) for s in parse_file(p).sentences]
    rng = random.Random(11)
    for i in range(count):
        paragraphs = [" ".join(rng.sample(sentences, 5)) for _ in range(12)]
        (dest / f"extra-{i:03d}.txt").write_text(
            f"Extra Article {i}\n\n" + "\n\n".join(paragraphs), encoding="utf-8"
        )


def _generations(index: Path) -> set[str]:
    return {p.name for p in index.glob("gen-*")}


def _wait_for_new_generation(
    index: Path, ingest: subprocess.Popen[bytes], before: set[str]
) -> None:
    """Until the ingest has started writing its private copy of the index."""
    deadline = time.monotonic() + 120
    while not _generations(index) - before:
        assert ingest.poll() is None, "ingest ended before writing"
        assert time.monotonic() < deadline, "ingest never started writing"
        time.sleep(0.05)
    time.sleep(0.5)  # well into the writes


def _start_ingest(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "ingest.py"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _counts(env: dict[str, str]) -> tuple[int, ...]:
    code = (
        "import json; from liftqa.config import Settings\n"
        "from liftqa.index.embed import FakeEmbedder\n"
        "from liftqa.ingest.indexer import Indexer\n"
        "s = Indexer(Settings.from_env().index, FakeEmbedder()).open_published()\n"
        "print(json.dumps([len(s.articles()), s.count('passages', 'passage'),\n"
        "  s.count('passages', 'reference'), s.count('sentences', 'sentence'),\n"
        "  s.count('sentences'), s.count('passages')]))\n"
    )
    result = run_python(["-c", code], env)
    assert result.returncode == 0, result.stderr
    return tuple(json.loads(result.stdout))


def test_kill_9_during_ingest_loses_nothing(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    env = cli_env(tmp_path, index="index")
    assert run_python(["ingest.py"], env).returncode == 0  # the previous, good index
    _generated_articles(tmp_path / "corpus", 150)

    before = _generations(tmp_path / "index")
    ingest = _start_ingest(env)
    _wait_for_new_generation(tmp_path / "index", ingest, before)
    during = run_python(["-m", "liftqa", "ask", "--json", "How long should I hold a plank?"], env)
    assert ingest.poll() is None, "ingest finished too soon to test a crash"
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait()
    assert during.returncode == 0, during.stderr
    assert any("20-60 seconds" in q["text"] for q in json.loads(during.stdout)["quotes"])

    after = run_python(["-m", "liftqa", "ask", "--json", "How long should I hold a plank?"], env)
    assert after.returncode == 0, after.stderr
    rerun = run_python(["ingest.py"], env)
    assert rerun.returncode == 0, rerun.stderr
    clean_env = cli_env(tmp_path, index="clean")
    assert run_python(["ingest.py"], clean_env).returncode == 0
    assert _counts(env) == _counts(clean_env)
    assert _counts(env)[0] == 155


def test_second_concurrent_ingest_is_refused_not_hung(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    _generated_articles(tmp_path / "corpus", 150)
    env = cli_env(tmp_path, index="index")
    before = _generations(tmp_path / "index")
    first = _start_ingest(env)
    try:
        _wait_for_new_generation(tmp_path / "index", first, before)
        started = time.monotonic()
        second = run_python(["ingest.py"], env)
        assert time.monotonic() - started < 30
        assert second.returncode == 3
        assert "another ingest is running" in second.stderr
    finally:
        first.wait(timeout=600)
    assert first.returncode == 0
