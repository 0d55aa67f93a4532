"""The layering is enforced by import-linter (`lint-imports`, contracts in pyproject.toml):
the real tree keeps every contract, and a copy with a forbidden import breaks one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(src: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports with the project's contracts over the package found in `src`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=src,
        timeout=300,
    )


def _copy_with(tmp_path: Path, module: str, line: str) -> Path:
    src = tmp_path / "src"
    shutil.copytree(
        ROOT / "src" / "liftqa", src / "liftqa", ignore=shutil.ignore_patterns("__pycache__")
    )
    path = src / "liftqa" / module
    text = path.read_text(encoding="utf-8")
    marker = "from __future__ import annotations\n"
    path.write_text(text.replace(marker, marker + "\n" + line + "\n", 1), encoding="utf-8")
    return src


def test_the_tree_keeps_every_contract() -> None:
    result = _lint(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("answer/compose.py", "import chromadb", "Only the store imports chromadb"),
        ("answer/render.py", "from liftqa.app import service", "Stages: imports flow one way"),
        ("index/lexical.py", "import gradio", "Only the UI imports gradio"),
        ("ingest/parse.py", "import onnxruntime", "Only the embedder imports the model runtimes"),
        (
            "answer/library.py",
            "from liftqa.index import store",
            "The answer stage never reaches chromadb or gradio",
        ),
    ],
)
def test_a_forbidden_import_is_caught(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    result = _lint(_copy_with(tmp_path, module, line))
    assert result.returncode != 0
    broken = [row for row in result.stdout.splitlines() if row.endswith("BROKEN")]
    assert any(row.startswith(contract) for row in broken), result.stdout
