"""The application: ``create_app(store_target)`` opens the store once and serves the routes
(:mod:`detente.api.routes`), the OpenAPI docs at /docs and the dashboard at /.

Every response carries a Content-Security-Policy that allows scripts, styles and requests
from this origin only (no inline scripts); CORS is off unless origins are given; request
bodies are capped.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.api import errors
from detente.api.service import Service
from detente.store import Store, open_store
from detente.version import __version__

STATIC = Path(__file__).resolve().parent / "static"
#: the most a request body may hold (POST /ingest; POST /code has its own, lower cap)
MAX_BODY = 4_000_000
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
    Content-Length, and by counting what arrives when there is none)."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await errors.too_large(self.max_body)(scope, receive, self._with_headers(send))
            return
        if length is None and scope.get("method") in ("POST", "PUT", "PATCH"):
            body = await self._read(receive)
            if body is None:
                await errors.too_large(self.max_body)(scope, receive, self._with_headers(send))
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, self._with_headers(send))

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
) -> FastAPI:
    """The API over the store at ``store_target`` (a path, URL, ``:memory:`` or an open
    :class:`Store`). ``coder`` (anything with ``code_many``) codes POST /code and /ingest; by
    default the installed :class:`~detente.coder.Coder`, loaded on first use. ``threads``:
    how many requests are worked on at once (the routes run in a thread pool of this size;
    the others wait in line), by default :func:`default_threads`: twenty clients on two cores
    wait less in line than in a pool of forty threads sharing the cores (docs/benchmarks.md).
    ``cache``: how many answers of /events and the dyad series to keep until the next write
    (DuckDB only; :class:`~detente.api.service.Service`); 0, the default, keeps none."""
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
    app.state.service = Service(store, coder, resolver, cache)
    errors.install(app)
    app.include_router(routes.router)
    dashboard.install(app, STATIC)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"], allow_headers=["*"]
        )
    app.add_middleware(Guard, max_body=max_body)
    return app
