"""The application: ``create_app(store_target)`` opens the store once and serves the routes
(:mod:`detente.api.routes`), the OpenAPI docs at /docs and the dashboard at /.

Every response carries a Content-Security-Policy that allows scripts, styles and requests
from this origin only (no inline scripts); CORS is off unless origins are given; request
bodies are capped.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.api import errors
from detente.api.service import Service
from detente.api.settings import BODY_TIMEOUT
from detente.store import Store, open_store
from detente.version import __version__

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
#: the most a request body may hold (POST /ingest; POST /code has its own, lower cap)
MAX_BODY = 4_000_000
#: the most the bodies of all requests at once may hold (64 bodies at the cap)
BODY_MEMORY = 256_000_000
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """ASGI middleware: security headers on every response, and request bodies capped (by
    Content-Length, and by counting what arrives when there is none), timed (a body not all
    there ``body_timeout`` seconds after the request head: 408, and the connection is closed)
    and held to a budget: the bodies of all requests being read or worked on at once may hold
    ``body_memory`` bytes together; the request whose body would go past it gets 503 (at once,
    before its body is read, when it says its length)."""

    def __init__(
        self, app: ASGIApp, max_body: int = MAX_BODY, body_timeout: float = BODY_TIMEOUT,
        body_memory: int = BODY_MEMORY,
    ) -> None:  # fmt: skip
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.budget = _Budget(body_memory)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self._with_headers(send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await errors.too_large(self.max_body)(scope, receive, send)
            return
        body = _Body(scope, receive, send, self.body_timeout, self.budget)
        if length is not None and int(length) > 0:  # the whole body is taken from the budget at once
            if not self.budget.take(int(length)):
                await errors.busy()(scope, receive, send)
                return
            body.held, body.reserved = int(length), True
        try:
            if length is None and scope.get("method") in ("POST", "PUT", "PATCH"):
                whole = await self._read(body.receive)
                if body.answered:
                    return
                if whole is None:
                    await errors.too_large(self.max_body)(scope, receive, send)
                    return
                await self.app(scope, _replay(whole, body.receive), body.send)
            else:
                await self.app(scope, body.receive, body.send)
        except Exception:
            if not body.answered:  # after a 408 or 503 the app may fail on the missing body: it was answered
                raise
        finally:
            self.budget.release(body.held)

    async def _read(self, receive: Receive) -> bytes | None:
        """A body sent without Content-Length, read up to the cap (None past it)."""
        parts, seen = [], 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_body:
                return None
            parts.append(chunk)
            if message["type"] != "http.request" or not message.get("more_body", False):
                return b"".join(parts)

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return sending


class _Budget:
    """Bytes of request bodies held at once, across requests (the event loop's one thread
    counts them: no lock). Refusals are logged at most once every ``every`` seconds, with
    their count, so that a flood of them does not flood the log too."""

    def __init__(self, limit: int, every: float = 10.0) -> None:
        self.limit = limit
        self.held = 0
        self.every = every
        self.refused = 0
        self._logged = -every

    def take(self, n: int) -> bool:
        if self.held + n > self.limit:
            self.refused += 1
            now = time.monotonic()
            if now - self._logged >= self.every:
                log.warning(
                    "request bodies held at once are at their budget of %d bytes: %d request(s) refused with 503 "
                    "(in all)", self.limit, self.refused,
                )  # fmt: skip
                self._logged = now
            return False
        self.held += n
        return True

    def release(self, n: int) -> None:
        self.held -= n


class _Body:
    """One request's ``receive`` and ``send``. Until its body has all arrived (later calls,
    which wait for the client to go, are let through), each read has the time left to the
    deadline, and what it brings is taken from the budget. Past the deadline (408) or the
    budget (503) the guard answers unless a response has started, tells the app the client is
    gone, and drops what the app sends after that. A body with a Content-Length has it
    taken from the budget before the body is read (``reserved``), a chunked one as it comes."""

    def __init__(self, scope: Scope, receive: Receive, send: Send, seconds: float, budget: _Budget) -> None:
        self._scope, self._receive, self._send = scope, receive, send
        self.deadline, self.seconds = anyio.current_time() + seconds, seconds
        self.budget = budget
        self.held = 0
        self.reserved = False  # True: ``held`` is the whole body, taken by its Content-Length
        self.body_done = self.started = self.answered = False

    async def receive(self) -> Message:
        if self.answered:
            return {"type": "http.disconnect"}
        if self.body_done:
            return await self._receive()
        try:
            with anyio.fail_after(max(0.0, self.deadline - anyio.current_time())):
                message = await self._receive()
        except TimeoutError:
            log.info("request body not complete in %.1f s: 408", self.seconds)
            return await self._answer(errors.timed_out(self.seconds))
        if not self.reserved:
            size = len(message.get("body", b""))
            if not self.budget.take(size):
                return await self._answer(errors.busy())
            self.held += size
        if message["type"] != "http.request" or not message.get("more_body", False):
            self.body_done = True
        return message

    async def _answer(self, response: Response) -> Message:
        self.answered = True
        if not self.started:
            self.started = True
            await response(self._scope, self._receive, self._send)
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if self.answered:
            return
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


def _replay(body: bytes, then: Receive) -> Receive:
    """A ``receive`` that gives the body read already, then whatever the client sends next."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await then()

    return receive


def default_threads() -> int:
    """Requests answered at once by default: two per CPU core, at least four."""
    return max(4, 2 * (os.cpu_count() or 1))


def create_app(
    store_target: str | Store | None = None,
    *,
    coder: Any = None,
    resolver: Callable[[str], str] | None = None,
    cors_origins: Sequence[str] = (),
    max_body: int = MAX_BODY,
    threads: int | None = None,
    cache: int = 0,
    body_timeout: float = BODY_TIMEOUT,
    body_memory: int = BODY_MEMORY,
    patterns_only: bool = False,
    exclude: Sequence[str] = (),
) -> FastAPI:
    """The API over the store at ``store_target`` (a path, URL, ``:memory:`` or an open
    :class:`Store`). ``coder`` (anything with ``code_many``) codes POST /code and /ingest; by
    default the installed :class:`~detente.coder.Coder`, loaded on first use, with the patterns
    alone when ``patterns_only`` and without the optional stages named in ``exclude``
    (``Coder(exclude=...)``; :class:`~detente.errors.OptionError` at once for a stage that cannot
    be left out). ``threads``:
    how many requests are worked on at once (the routes run in a thread pool of this size;
    the others wait in line), by default :func:`default_threads`: twenty clients on two cores
    wait less in line than in a pool of forty threads sharing the cores (docs/benchmarks.md).
    ``cache``: how many answers of /events and the dyad series to keep until the next write
    (DuckDB only; :class:`~detente.api.service.Service`); 0, the default, keeps none.
    ``body_timeout``: seconds a request has to send its body after its head (408 after that;
    :class:`Guard`). ``body_memory``: bytes the bodies of all requests at once may hold (503
    for the request that would pass it)."""
    from detente.api import dashboard, routes

    store = store_target if isinstance(store_target, Store) else open_store(store_target)
    pool = threads or default_threads()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = pool
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="detente",
        version=__version__,
        description="Political events coded from news (PLOVER, CAMEO), with their evidence: docs/api.md",
        docs_url=None,
        redoc_url=None,
    )
    options: dict[str, Any] = {}
    if patterns_only:
        options["model"] = False
    if exclude:
        from detente.coder import check_exclude

        options["exclude"] = check_exclude(exclude)
    app.state.service = Service(store, coder, resolver, cache, options)
    errors.install(app)
    app.include_router(routes.router)
    dashboard.install(app, STATIC)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"], allow_headers=["*"]
        )
    app.add_middleware(Guard, max_body=max_body, body_timeout=body_timeout, body_memory=body_memory)
    return app
