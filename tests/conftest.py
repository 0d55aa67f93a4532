"""Shared fixtures. Unit tests use the deterministic FakeEmbedder over a temporary copy of
the corpus and a temporary Chroma folder; `integration` tests use the real model."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from liftqa.answer.safety import SafetyCheck
from liftqa.app.service import Service
from liftqa.config import Settings
from liftqa.index.embed import Embedder, FakeEmbedder, make_embedder
from liftqa.ingest.corpus import parse_file
from liftqa.ingest.parse import parse_body
from liftqa.types import Article

# The public answer contract: Answer.to_dict() keys, whatever the interface.
CONTRACT_KEYS = {"question", "answer", "quotes", "references", "disclaimer", "crisis", "abstained"}

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CORPUS_NAMES = sorted(p.name for p in CORPUS.glob("*.txt"))  # parametrize over these
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def parsed() -> dict[str, Article]:
    """The corpus, parsed once per session: file name → Article."""
    return {name: parse_file(CORPUS / name) for name in CORPUS_NAMES}


@pytest.fixture(scope="session")
def articles(parsed: dict[str, Article]) -> list[Article]:
    return list(parsed.values())


def synthetic_article(body: str, *, title: str = "T", author: str = "x") -> Article:
    """An article made of `body` alone (id "a"), for tests of spans, roles and amounts."""
    return parse_body(
        body,
        id="a",
        path="a.txt",
        title=title,
        author=author,
        date=None,
        publisher=None,
        notes=(),
        fingerprint="f",
    )


def check_turns(service: Service, *turns: str) -> SafetyCheck:
    """The safety check of the last turn, read after the turns before it."""
    return service.asker.safety_check(turns[-1], list(turns[:-1]))


def cli_env(tmp: Path, *, index: str = "index", real_model: bool = False) -> dict[str, str]:
    """The environment a test runs liftqa in: a corpus copy and an index under `tmp`, the
    fake embedder unless the test is about the real model."""
    env = {
        **os.environ,
        "LIFTQA_CORPUS_DIR": str(tmp / "corpus"),
        "LIFTQA_INDEX_DIR": str(tmp / index),
        "LIFTQA_EMBEDDER": "fake",
    }
    if real_model:
        del env["LIFTQA_EMBEDDER"]
    return env


def run_python(
    args: list[str], env: dict[str, str], *, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """`python ARGS` in a fresh process, from the project root."""
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout
    )


def run_cli(
    args: list[str], env: dict[str, str], *, script: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m liftqa ARGS` (or `python SCRIPT ARGS`) as users run it."""
    return run_python([script, *args] if script else ["-m", "liftqa", *args], env)


def copy_corpus(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for path in CORPUS.iterdir():
        shutil.copy2(path, dest / path.name)
    return dest


def make_settings(tmp: Path, **overrides: Any) -> Settings:
    return Settings.build(corpus_dir=tmp / "corpus", index_dir=tmp / "index", **overrides)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    copy_corpus(tmp_path / "corpus")
    return make_settings(tmp_path)


@pytest.fixture
def service(settings: Settings) -> Service:
    """A fresh service over a private corpus copy, not yet ingested (fake embedder)."""
    return Service(settings, FakeEmbedder())


def ingested(factory: pytest.TempPathFactory, embedder: Embedder) -> Service:
    tmp = factory.mktemp(embedder.name)
    copy_corpus(tmp / "corpus")
    p = Service(make_settings(tmp), embedder)
    p.ingest()
    return p


@pytest.fixture(scope="session")
def fake_service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    """One ingested fake-embedder service shared by read-only tests."""
    return ingested(tmp_path_factory, FakeEmbedder())


@pytest.fixture(scope="session")
def real_service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    """The product: all-MiniLM-L6-v2 (ONNX, the default) and Chroma on disk, ingested once
    per session."""
    return ingested(tmp_path_factory, make_embedder("minilm"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Fail any connection that leaves this machine (loopback and unix sockets are fine)."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None and host not in {"127.0.0.1", "::1", "localhost"}:
            attempts.append(address)
            raise OSError(f"test forbids network access to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield attempts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def running_app(tmp: Path, **env_extra: str) -> Iterator[str]:
    """`python app.py` as users start it (fake embedder, private corpus copy and index);
    yields its URL once it answers, stops it afterwards."""
    if not (tmp / "corpus").exists():
        copy_corpus(tmp / "corpus")
    port = free_port()
    env = {**cli_env(tmp), **env_extra}
    log_path = tmp / f"app-{port}.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "app.py", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 420  # the real model embeds the corpus first: slow if busy
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except urllib.error.HTTPError:
                break  # it answers (a login page may say 401)
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("app did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
