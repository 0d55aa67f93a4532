"""The app's front door: an ASGI middleware in front of Gradio's routes.

Gradio serves more than liftqa needs. This layer, which knows nothing of Gradio's objects,
enforces what the app promises:

- **No uploads.** liftqa takes no files: the upload routes answer 403, so nothing from
  outside is stored under the temp folder or served back by `/gradio_api/file=`.
- **Only `/ask` and `/refs` for programs.** The page's own handlers (chat streaming,
  "show in article", the references table…) are callable only with the page's cookie,
  which the app sets, HttpOnly and SameSite=Strict, on the HTML page itself. Programs
  (gradio_client, curl) reach the two documented endpoints and nothing else.
- **Bounded requests.** A body larger than `max_body` bytes is refused with 413 before it
  is read in full (by its Content-Length, or as soon as a chunked body passes the limit).
- **Slowed-down logins.** After `max_failures` failed logins from one address within
  `window` seconds, further attempts get 429 until the window has passed.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PAGE_COOKIE = "liftqa-page"
PREFIX = "/gradio_api"
UPLOAD_PATHS = ("/upload", "/upload_progress")
CALL_ROUTES = ("/call/", "/run/", "/api/")  # + api_name (also /call/v2/…)


class _TooLargeError(Exception):
    pass


class LoginThrottle:
    """Failed logins per client address, in a sliding window."""

    def __init__(self, max_failures: int = 5, window: float = 60.0) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, client: str, now: float | None = None) -> float:
        """Seconds this client must wait before trying again (0: it may try now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            failures = self._failures.get(client)
            if not failures:
                return 0.0
            while failures and now - failures[0] > self.window:
                failures.popleft()
            if len(failures) < self.max_failures:
                return 0.0
            return max(0.0, self.window - (now - failures[0]))

    def failed(self, client: str, now: float | None = None) -> None:
        with self._lock:
            self._failures[client].append(time.monotonic() if now is None else now)
            if len(self._failures) > 10_000:  # bounded memory under a flood of addresses
                self._failures.pop(next(iter(self._failures)))

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)


class Guard:
    """Wrap the Gradio app. `is_public(fn_index)` says whether a handler is one of the
    documented API endpoints; `public_names` are their api names."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        public_names: frozenset[str],
        is_public: Callable[[int], bool],
        max_body: int = 1_000_000,
        throttle: LoginThrottle | None = None,
        token: str | None = None,
    ) -> None:
        self.app = app
        self.public_names = public_names
        self.is_public = is_public
        self.max_body = max_body
        self.throttle = throttle or LoginThrottle()
        self.token = token or secrets.token_urlsafe(32)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        method: str = scope.get("method", "GET")
        route = path[len(PREFIX) :] if path.startswith(PREFIX + "/") else path
        route = route.rstrip("/") or "/"

        if route in UPLOAD_PATHS:
            await _respond(send, 403, "liftqa takes no uploads.")
            return
        if route == "/login" and method == "POST":
            await self._login(scope, receive, send)
            return
        if method in ("POST", "PUT", "PATCH"):
            length = _content_length(scope)
            if length is not None and length > self.max_body:
                await _respond(send, 413, f"Request larger than {self.max_body} bytes.")
                return
            try:
                body = await _read_body(receive, self.max_body)
            except _TooLargeError:
                await _respond(send, 413, f"Request larger than {self.max_body} bytes.")
                return
            refusal = self._refusal(scope, route, body)
            if refusal is not None:
                await _respond(send, 403, refusal)
                return
            receive = _replay(body, receive)
        elif route.startswith(CALL_ROUTES) and not self._is_public_name(route):
            await _respond(send, 403, "Only /ask and /refs are part of liftqa's API.")
            return
        if method == "GET" and route == "/":
            send = self._with_page_cookie(send)
        await self.app(scope, receive, send)

    # --- which handlers a request may call ---------------------------------------------

    def _has_page_cookie(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", []):
            if name != b"cookie":
                continue
            for part in value.decode("latin-1").split(";"):
                key, _, val = part.strip().partition("=")
                if key == PAGE_COOKIE and hmac.compare_digest(val, self.token):
                    return True
        return False

    def _is_public_name(self, route: str) -> bool:
        for prefix in CALL_ROUTES:
            if route.startswith(prefix):
                rest = route[len(prefix) :]
                if rest.startswith("v2/"):
                    rest = rest[3:]
                return rest.split("/")[0] in self.public_names
        return False

    def _refusal(self, scope: Scope, route: str, body: bytes) -> str | None:
        """Why a request with this body may not run (None: it may)."""
        if route.startswith(CALL_ROUTES):
            if self._is_public_name(route):
                return None
            return "Only /ask and /refs are part of liftqa's API."
        if route == "/queue/join":
            try:
                fn_index = json.loads(body).get("fn_index")
            except (ValueError, AttributeError):
                return None  # Gradio answers malformed bodies itself (422)
            if isinstance(fn_index, int) and self.is_public(fn_index):
                return None
            if self._has_page_cookie(scope):
                return None
            return "Only /ask and /refs are part of liftqa's API; the rest belongs to the page."
        return None

    def _with_page_cookie(self, send: Send) -> Send:
        cookie = f"{PAGE_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                content_type = dict(headers).get(b"content-type", b"")
                if content_type.startswith(b"text/html"):
                    headers.append((b"set-cookie", cookie.encode("latin-1")))
                    message["headers"] = headers
            await send(message)

        return sending

    # --- logins --------------------------------------------------------------------------

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.throttle.retry_after(client)
        if wait > 0:
            await _respond(
                send,
                429,
                "Too many failed logins: try again later.",
                [(b"retry-after", str(int(wait) + 1).encode())],
            )
            return
        length = _content_length(scope)
        if length is not None and length > 10_000:
            await _respond(send, 413, "Login request too large.")
            return
        status: list[int] = []

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, sending)
        if status and status[0] == 400:
            self.throttle.failed(client)
        elif status and status[0] < 400:
            self.throttle.succeeded(client)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLargeError
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the app the body already read, then the real stream (for
    the disconnect message)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _respond(
    send: Send, status: int, text: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps({"error": text}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
