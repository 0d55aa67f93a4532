"""The app's front door (`liftqa.app.guard`), in front of a stand-in ASGI app: uploads
refused, only the documented endpoints for programs, bounded bodies, throttled logins. The
real app behind it is tested in test_app_security.py."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from liftqa.app.guard import PAGE_COOKIE, Guard, LoginThrottle
from liftqa.app.ui import ExportFolder

ASK, SEARCH_REFS = 0, 7  # fn_index of a public and of a page-only handler


class Backend:
    """Stands in for Gradio: records what reached it; logins succeed with "right"."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, bytes]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        self.seen.append((scope["path"], body))
        status, kind, text = 200, b"application/json", b"{}"
        if scope["path"] == "/":
            kind, text = b"text/html; charset=utf-8", b"<html></html>"
        if scope["path"] == "/login":
            status = 200 if b"password=right" in body else 400
        await send(
            {"type": "http.response.start", "status": status, "headers": [(b"content-type", kind)]}
        )
        await send({"type": "http.response.body", "body": text})


def _guard(backend: Backend, **kwargs: Any) -> Guard:
    return Guard(
        backend,
        public_names=frozenset({"ask", "refs"}),
        is_public=lambda i: i == ASK,
        max_body=kwargs.pop("max_body", 10_000),
        token="page-token",
        **kwargs,
    )


def _request(app: Guard, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(go())


def _join(fn_index: int) -> bytes:
    return json.dumps({"fn_index": fn_index, "data": [], "session_hash": "s"}).encode()


@pytest.mark.parametrize(
    "path", ["/gradio_api/upload", "/gradio_api/upload/", "/upload", "/gradio_api/upload_progress"]
)
def test_upload_routes_are_refused_before_gradio_sees_them(path: str) -> None:
    backend = Backend()
    response = _request(_guard(backend), "POST", path, files={"files": ("a.txt", b"hello")})
    assert response.status_code == 403 and backend.seen == []


def test_a_body_over_the_limit_is_refused_by_its_length() -> None:
    backend = Backend()
    response = _request(_guard(backend), "POST", "/gradio_api/queue/join", content=b"x" * 10_001)
    assert response.status_code == 413 and backend.seen == []


def test_a_chunked_body_over_the_limit_is_refused_as_it_arrives() -> None:
    backend = Backend()

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(100):
            yield b"x" * 1000

    response = _request(_guard(backend), "POST", "/gradio_api/queue/join", content=chunks())
    assert response.status_code == 413 and backend.seen == []


def test_a_body_under_the_limit_reaches_the_app_whole() -> None:
    backend = Backend()
    response = _request(_guard(backend), "POST", "/gradio_api/queue/join", content=_join(ASK))
    assert response.status_code == 200 and backend.seen == [("/gradio_api/queue/join", _join(ASK))]


def test_programs_may_join_the_queue_for_a_public_endpoint() -> None:
    response = _request(_guard(Backend()), "POST", "/gradio_api/queue/join", content=_join(ASK))
    assert response.status_code == 200


def test_programs_may_not_call_a_page_handler() -> None:
    backend = Backend()
    response = _request(
        _guard(backend), "POST", "/gradio_api/queue/join", content=_join(SEARCH_REFS)
    )
    assert response.status_code == 403 and backend.seen == []


def test_the_page_may_call_its_handlers_with_its_cookie() -> None:
    response = _request(
        _guard(Backend()),
        "POST",
        "/gradio_api/queue/join",
        content=_join(SEARCH_REFS),
        headers={"cookie": f"{PAGE_COOKIE}=page-token"},
    )
    assert response.status_code == 200


def test_a_forged_page_cookie_is_refused() -> None:
    response = _request(
        _guard(Backend()),
        "POST",
        "/gradio_api/queue/join",
        content=_join(SEARCH_REFS),
        headers={"cookie": f"{PAGE_COOKIE}=guess"},
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/gradio_api/call/ask", 200),
        ("/gradio_api/call/v2/refs", 200),
        ("/gradio_api/run/ask", 200),
        ("/gradio_api/call/search_refs", 403),
        ("/gradio_api/call/v2/respond", 403),
        ("/gradio_api/run/show_in_article", 403),
    ],
)
def test_named_calls_reach_only_the_documented_endpoints(path: str, status: int) -> None:
    response = _request(_guard(Backend()), "POST", path, json={"data": ["q"]})
    assert response.status_code == status


def test_results_of_a_private_named_call_are_not_served() -> None:
    response = _request(_guard(Backend()), "GET", "/gradio_api/call/search_refs/abc")
    assert response.status_code == 403


def test_the_page_sets_an_http_only_strict_cookie() -> None:
    response = _request(_guard(Backend()), "GET", "/")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{PAGE_COOKIE}=page-token")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_api_configuration_carries_no_page_cookie() -> None:
    response = _request(_guard(Backend()), "GET", "/config")
    assert "set-cookie" not in response.headers


def _login(app: Guard, password: str) -> int:
    return _request(
        app, "POST", "/login", data={"username": "alice", "password": password}
    ).status_code


def test_failed_logins_are_slowed_down() -> None:
    app = _guard(Backend(), throttle=LoginThrottle(max_failures=5, window=60))
    statuses = [_login(app, "wrong") for _ in range(30)]
    assert statuses[:5] == [400] * 5
    assert set(statuses[5:]) == {429}
    assert _login(app, "right") == 429  # until the window has passed


def test_a_successful_login_clears_the_failures() -> None:
    app = _guard(Backend(), throttle=LoginThrottle(max_failures=3, window=60))
    assert [_login(app, "wrong") for _ in range(2)] == [400, 400]
    assert _login(app, "right") == 200
    assert [_login(app, "wrong") for _ in range(3)] == [400, 400, 400]


def test_the_throttle_forgets_failures_after_its_window() -> None:
    throttle = LoginThrottle(max_failures=2, window=10)
    throttle.failed("1.2.3.4", now=0)
    throttle.failed("1.2.3.4", now=1)
    assert throttle.retry_after("1.2.3.4", now=2) == pytest.approx(8)
    assert throttle.retry_after("1.2.3.4", now=11.5) == 0
    assert throttle.retry_after("5.6.7.8", now=2) == 0


# --- reference exports ---------------------------------------------------------------------


def test_the_same_export_is_written_once(tmp_path: Path) -> None:
    exports = ExportFolder(tmp_path / "exports")
    first = exports.write("@article{a}", "bib")
    assert exports.write("@article{a}", "bib") == first
    assert len(exports.files()) == 1 and first.read_text() == "@article{a}"


def test_exports_are_bounded(tmp_path: Path) -> None:
    exports = ExportFolder(tmp_path / "exports", keep=5)
    for i in range(40):
        exports.write(f"@article{{w{i}}}", "bib")
    assert len(exports.files()) == 5
    assert any("w39" in p.read_text() for p in exports.files())  # the newest stays
