"""The running app under hostile or heavy use: file routes, server-side limits, odd input
through the API, optional login, 50 concurrent clients, and a full queue."""

from __future__ import annotations

import json
import statistics
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, running_app

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_app(tmp_path_factory.mktemp("secure")) as url:
        yield url


def _client(url: str, **kwargs: Any) -> Any:
    from gradio_client import Client

    return Client(url, verbose=False, **kwargs)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.mark.parametrize(
    "path",
    [
        "gradio_api/file=/etc/passwd",
        "gradio_api/file=../../../../../../etc/passwd",
        "gradio_api/file=%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "gradio_api/file=..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "file=/etc/passwd",
        "gradio_api/file=app.py",
        f"gradio_api/file={ROOT / 'app.py'}",
        f"gradio_api/file={ROOT / 'pyproject.toml'}",
    ],
)
def test_file_routes_serve_nothing_outside_the_app(app_url: str, path: str) -> None:
    status, body = _get(app_url + path)
    assert status != 200 or (b"root:" not in body and b"liftqa" not in body)
    assert status in {400, 403, 404, 405}


def test_index_and_corpus_are_not_served(app_url: str, tmp_path: Path) -> None:
    for name in ("index/chroma/chroma.sqlite3", "corpus/000_f19f100c25854bc2.txt"):
        status, _ = _get(app_url + "gradio_api/file=" + name)
        assert status in {400, 403, 404}


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("", "The question is empty."),
        ("   \t  ", "The question is empty."),
        ("x" * 100_000, "the limit is 2,000"),
        ("lifting\x00help", "control characters"),
        ("bell\x07", "control characters"),
    ],
)
def test_bad_questions_through_the_api_get_a_clear_message(
    app_url: str, question: str, expect: str
) -> None:
    result = _client(app_url).predict(question, None, api_name="/ask")
    assert expect in result["error"] and result["disclaimer"]


def test_lone_surrogate_sent_as_raw_json_gets_a_clear_message(app_url: str) -> None:
    """Client libraries cannot even encode a lone surrogate; a raw request can."""
    body = b'{"data": ["lone \\ud800 surrogate", null]}'
    request = urllib.request.Request(
        app_url + "gradio_api/call/ask", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        event_id = json.loads(response.read())["event_id"]
    with urllib.request.urlopen(f"{app_url}gradio_api/call/ask/{event_id}", timeout=60) as r:
        stream = r.read().decode()
    assert "event: complete" in stream and "not valid text" in stream


@pytest.mark.parametrize(
    "question",
    [
        "💪🏋️ does lifting help with depression? 💪",
        "هل يساعد رفع الأثقال على القلق؟ does lifting help anxiety",
        "'; DROP TABLE passages; -- does lifting help anxiety?",
        "Robert'); DELETE FROM sentences WHERE 1=1; --",
    ],
)
def test_unusual_but_valid_questions_get_a_normal_answer(app_url: str, question: str) -> None:
    result = _client(app_url).predict(question, None, api_name="/ask")
    assert "error" not in result and result["disclaimer"]
    again = _client(app_url).predict("How long should I hold a plank?", None, api_name="/ask")
    assert any("20-60 seconds" in q["text"] for q in again["quotes"])  # the index is intact


QUESTIONS = {
    "How long should I hold a plank?": "20-60 seconds",
    "How many different exercises should a strength program include?": "At least 8",
    "What did Nate, the recovering addict, say about weights?": "Nate",
    "What is the DOI of the Cunha 2024 paper?": "Cunha",
    "What happened to Jonah in the case study?": "Jonah",
}


def test_fifty_concurrent_clients_each_get_their_own_answer(app_url: str) -> None:
    jobs = [list(QUESTIONS)[i % len(QUESTIONS)] for i in range(50)]
    with ThreadPoolExecutor(max_workers=50) as pool:
        clients = list(pool.map(lambda _: _client(app_url), jobs))  # connect first

    def ask(job: tuple[Any, str]) -> tuple[str, dict[str, Any], float]:
        client, question = job
        started = time.perf_counter()
        result = client.predict(question, None, api_name="/ask")
        return question, result, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(ask, zip(clients, jobs, strict=True)))
    for question, result, _ in results:
        assert result["question"] == question  # no cross-talk
        assert any(QUESTIONS[question] in q["text"] for q in result["quotes"]), question
    seconds = sorted(s for _, _, s in results)
    print(
        f"50 clients: p50 {statistics.median(seconds):.2f} s, "
        f"p95 {seconds[int(0.95 * (len(seconds) - 1))]:.2f} s"
    )


def test_a_full_queue_answers_busy_instead_of_hanging(tmp_path: Path) -> None:
    with running_app(tmp_path, LIFTQA_CONCURRENCY="1", LIFTQA_QUEUE_SIZE="1") as url:
        clients = [_client(url) for _ in range(12)]

        def ask(client: Any) -> str:
            try:
                client.predict("How long should I hold a plank?", None, api_name="/ask")
                return "answered"
            except Exception as err:
                return str(err)

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=12) as pool:
            outcomes = list(pool.map(ask, clients))
        assert time.monotonic() - started < 120
        assert "answered" in outcomes
        busy = [o for o in outcomes if o != "answered"]
        assert busy and all("queue is full" in o.lower() for o in busy), outcomes


def test_login_is_required_when_configured(tmp_path: Path) -> None:
    with running_app(tmp_path, LIFTQA_AUTH="alice:s3cret") as url:
        status, _ = _get(url + "config")
        assert status == 401
        with pytest.raises(Exception):  # noqa: B017 - gradio_client's own error type
            _client(url).predict("How long should I hold a plank?", None, api_name="/ask")
        result = _client(url, auth=("alice", "s3cret")).predict(
            "How long should I hold a plank?", None, api_name="/ask"
        )
        assert result["quotes"]


# --- issue 15: what an independent attack found open ----------------------------------------


def _post(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_the_upload_route_is_refused(app_url: str) -> None:
    boundary = "liftqa-boundary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="x.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\nplanted\r\n--{boundary}--\r\n"
    ).encode()
    status, _ = _post(
        app_url + "gradio_api/upload", body, f"multipart/form-data; boundary={boundary}"
    )
    assert status == 403


def _page_handlers(url: str) -> dict[str, int]:
    status, raw = _get(url + "config")
    assert status == 200
    config = json.loads(raw)
    return {
        str(d.get("api_name")): int(d["id"])
        for d in config["dependencies"]
        if d.get("api_name") not in ("ask", "refs")
    }


def test_page_handlers_cannot_be_called_by_programs(app_url: str) -> None:
    handlers = _page_handlers(app_url)
    assert "search_refs" in handlers and "respond_page" in handlers
    for name, fn_index in handlers.items():
        body = json.dumps({"fn_index": fn_index, "data": ["x"], "session_hash": "attacker"})
        status, _ = _post(app_url + "gradio_api/queue/join", body.encode())
        assert status == 403, name
        status, _ = _post(app_url + f"gradio_api/call/{name}", b'{"data": ["x"]}')
        assert status == 403, name
    with pytest.raises(Exception):  # noqa: B017 - gradio_client's own error type
        _client(app_url).predict("gordon", api_name="/search_refs")


def test_a_ten_megabyte_refs_query_is_refused_at_once(app_url: str) -> None:
    """Refused by its announced length, before the body is read: the answer comes while
    the client has sent only the first kilobyte."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(app_url)
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        head = (
            f"POST /gradio_api/call/refs HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n"
        )
        sock.sendall(head.encode() + b'{"data": ["' + b"gordon " * 150)
        reply = sock.recv(4096).decode("latin-1")
    assert reply.startswith("HTTP/1.1 413") and time.monotonic() - started < 5
    result = _client(app_url).predict("How long should I hold a plank?", None, api_name="/ask")
    assert result["quotes"]


def test_a_long_refs_query_gets_a_clear_message(app_url: str) -> None:
    with pytest.raises(Exception, match="longer than 200 characters"):
        _client(app_url).predict("gordon " * 100, api_name="/refs")


@pytest.mark.parametrize(
    ("history", "expect"),
    [
        ([1, 2], "must be a list of earlier questions"),
        ([["nested"]], "must be a list of earlier questions"),
    ],
)
def test_history_of_the_wrong_shape_gets_a_clear_message(
    app_url: str, history: Any, expect: str
) -> None:
    result = _client(app_url).predict("Does lifting help anxiety?", history, api_name="/ask")
    assert expect in result["error"] and result["disclaimer"]


@pytest.mark.parametrize("history", [["q"] * 51, ["x" * 3000]], ids=["long", "over-long item"])
def test_a_long_history_is_read_not_refused(app_url: str, history: list[str]) -> None:
    """The latest `max_history` questions are read, whatever their length: a risk disclosed
    in a long earlier message still keeps the resources first."""
    result = _client(app_url).predict("Does lifting help anxiety?", history, api_name="/ask")
    assert "error" not in result and result["disclaimer"]


def test_history_sent_as_raw_json_of_the_wrong_type_is_not_a_server_error(app_url: str) -> None:
    body = b'{"data": ["Does lifting help anxiety?", {"not": "a list"}]}'
    status, raw = _post(app_url + "gradio_api/call/ask", body)
    if status == 200:  # accepted: the event must end with a message, not a bare error
        event_id = json.loads(raw)["event_id"]
        with urllib.request.urlopen(f"{app_url}gradio_api/call/ask/{event_id}", timeout=60) as r:
            stream = r.read().decode()
        assert "must be a list of earlier questions" in stream
    else:
        assert status in {400, 422}


def test_failed_logins_are_throttled(tmp_path: Path) -> None:
    with running_app(tmp_path, LIFTQA_AUTH="alice:s3cret") as url:
        statuses = []
        for _ in range(30):
            status, _ = _post(
                url + "login", b"username=alice&password=wrong", "application/x-www-form-urlencoded"
            )
            statuses.append(status)
        assert statuses[:5] == [400] * 5
        assert statuses.count(429) >= 20


def test_the_app_serves_a_read_only_index(tmp_path: Path) -> None:
    import subprocess

    from conftest import cli_env, copy_corpus, run_cli

    if __import__("os").geteuid() != 0:
        pytest.skip("needs root for a read-only bind mount")
    copy_corpus(tmp_path / "corpus")
    assert run_cli(["ingest"], cli_env(tmp_path)).returncode == 0
    index = str(tmp_path / "index")
    subprocess.run(["mount", "--bind", index, index], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", index], check=True)
        (tmp_path / "corpus" / "new.txt").write_text("Rowing\n\nRowing calms most people.\n")
        with running_app(tmp_path) as url:
            result = _client(url).predict("How long should I hold a plank?", None, api_name="/ask")
            assert result["quotes"]
    finally:
        subprocess.run(["umount", "-l", index], check=False)
