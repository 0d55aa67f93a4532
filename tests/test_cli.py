"""The `liftqa` command as users run it: real subprocesses, exit codes, no tracebacks."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CONTRACT_KEYS, ROOT, cli_env, copy_corpus, run_cli


@pytest.fixture
def fake_env(tmp_path: Path) -> dict[str, str]:
    copy_corpus(tmp_path / "corpus")
    return cli_env(tmp_path)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "The question is empty."),
        ("   ", "The question is empty."),
        ("x" * 2001, "the limit is 2,000"),
        ("bad\x07bell", "control characters"),
    ],
)
def test_bad_question_exits_2_with_a_message_and_no_traceback(
    fake_env: dict[str, str], question: str, message: str
) -> None:
    result = run_cli(["ask", question], fake_env)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "not medical advice" in result.stderr  # the disclaimer is on the error path too


def test_bad_input_and_help_never_load_torch() -> None:
    code = (
        "import sys\n"
        "from liftqa.app.cli import main\n"
        "assert main(['ask', '']) == 2\n"
        "heavy = {'torch', 'chromadb', 'sentence_transformers', 'langchain_core', 'gradio'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_help_lists_the_commands() -> None:
    result = run_cli(["--help"], dict(os.environ))
    assert result.returncode == 0
    assert "ask" in result.stdout and "ingest" in result.stdout


def test_ask_json_builds_the_index_first_and_prints_the_contract(fake_env: dict[str, str]) -> None:
    result = run_cli(["ask", "--json", "How long should I hold a plank?"], fake_env)
    assert result.returncode == 0, result.stderr
    assert "Indexed 5 articles" in result.stderr
    data = json.loads(result.stdout)
    assert set(data) == CONTRACT_KEYS
    assert any("20-60 seconds" in q["text"] for q in data["quotes"])


def test_ask_prints_quotes_sources_and_disclaimer(fake_env: dict[str, str]) -> None:
    result = run_cli(["ask", "How long should I hold a plank?"], fake_env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[1]" in out and "Sources:" in out and "Building a Foundational Routine" in out
    assert "not medical advice" in out


def test_crisis_question_prints_resources_first(fake_env: dict[str, str]) -> None:
    result = run_cli(["ask", "I don't want to be alive anymore"], fake_env)
    assert result.returncode == 0
    assert result.stdout.index("988") < result.stdout.lower().index("not medical advice")
    assert "Indexed" not in result.stderr  # no index work before the resources


def test_ingest_script_is_idempotent_and_reports_bad_files(fake_env: dict[str, str]) -> None:
    Path(fake_env["LIFTQA_CORPUS_DIR"], "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    first = run_cli([], fake_env, script="ingest.py")
    assert first.returncode == 0, first.stderr
    assert "Indexed 5 articles" in first.stdout
    assert "skipped broken.txt:" in first.stdout
    second = run_cli([], fake_env, script="ingest.py")
    assert "0 units added, 0 removed, 5 files unchanged" in second.stdout


def test_ingest_refused_while_another_holds_the_lock(fake_env: dict[str, str]) -> None:
    index = Path(fake_env["LIFTQA_INDEX_DIR"])
    index.mkdir(parents=True)
    with (index / "ingest.lock").open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = run_cli(["ingest"], fake_env)
    assert result.returncode == 3
    assert "another ingest is running" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_setting_is_a_clear_error(fake_env: dict[str, str]) -> None:
    result = run_cli(["ask", "Does lifting help?"], {**fake_env, "LIFTQA_TOP_K": "lots"})
    assert result.returncode == 2
    assert "LIFTQA_TOP_K='lots' is not a valid int" in result.stderr


def test_eval_prints_figures_and_fails_a_missed_gate(fake_env: dict[str, str]) -> None:
    questions = str(ROOT / "tests" / "eval_questions.jsonl")
    ok = run_cli(
        ["eval", questions, "--json", "--min-verbatim", "1", "--min-citation", "1"], fake_env
    )
    assert ok.returncode == 0, ok.stderr
    figures = json.loads(ok.stdout)
    assert figures["verbatim_rate"] == 1.0 and figures["citation_precision"] == 1.0
    assert figures["gates_missed"] == []
    missed = run_cli(["eval", questions, "--min-hit", "1.01"], fake_env)
    assert missed.returncode == 1
    assert "gate missed: hit_rate" in missed.stderr
    assert "kind" in missed.stdout and "latency_ms_median" in missed.stdout


def test_eval_of_a_broken_file_is_a_clear_error(fake_env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "fact"}\n', encoding="utf-8")
    result = run_cli(["eval", str(bad)], fake_env)
    assert result.returncode == 2 and "bad.jsonl:1 is not a question row" in result.stderr
