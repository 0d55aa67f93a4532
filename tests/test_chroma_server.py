"""LIFTQA_CHROMA_URL: everything works against a real `chroma run` server on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import copy_corpus, free_port
from liftqa.app.service import Service
from liftqa.config import Settings
from liftqa.errors import ConfigError, IndexUnavailableError
from liftqa.index.embed import FakeEmbedder

CHROMA = Path(sys.executable).with_name("chroma")


@pytest.fixture
def chroma_url(tmp_path: Path) -> Iterator[str]:
    if not CHROMA.exists():
        pytest.skip("the chroma command is not installed")
    port = free_port()
    proc = subprocess.Popen(
        [
            str(CHROMA),
            "run",
            "--path",
            str(tmp_path / "srv"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        else:
            pytest.fail("chroma run did not start within 30 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_ingest_and_ask_through_a_chroma_server(tmp_path: Path, chroma_url: str) -> None:
    copy_corpus(tmp_path / "corpus")
    settings = Settings.build(
        corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "lock", chroma_url=chroma_url
    )
    service = Service(settings, FakeEmbedder())
    report = service.ingest()
    assert report.articles == 5 and report.references == 20
    assert not (tmp_path / "lock" / "chroma").exists()  # nothing stored locally
    answer = service.ask("How long should I hold a plank?")
    assert any("20-60 seconds" in q.text for q in answer.quotes)
    again = Service(settings, FakeEmbedder()).ingest()
    assert not again.wrote_anything


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings.build(
        corpus_dir=tmp_path, index_dir=tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}"
    )
    with pytest.raises(IndexUnavailableError, match="cannot reach the Chroma server"):
        Service(settings, FakeEmbedder()).store()


def test_malformed_url_is_a_config_error(tmp_path: Path) -> None:
    settings = Settings.build(corpus_dir=tmp_path, index_dir=tmp_path, chroma_url="localhost:8000")
    with pytest.raises(ConfigError, match="not an http"):
        Service(settings, FakeEmbedder()).store()
