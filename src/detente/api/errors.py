"""The one place where errors become HTTP responses: library errors (:mod:`detente.errors`)
by their class, else by their exit code; request validation, and anything unexpected
likewise (bodies oversized: ``too_large``, slow: ``timed_out``, too many at once: ``busy``;
sent by the app's guard).
Every error is JSON: ``{"error": KIND, "message": TEXT}``."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from detente.errors import AuthError, DetenteError, NotFoundError

log = logging.getLogger(__name__)

#: errors whose class says more than their exit code
STATUS_BY_CLASS: tuple[tuple[type[DetenteError], int], ...] = ((NotFoundError, 404), (AuthError, 401))
#: the CLI's exit codes (docs/cli.md) as HTTP statuses
STATUS_BY_EXIT = {65: 400, 66: 404, 69: 503, 70: 500, 74: 503, 77: 401, 78: 500}


def status_of(error: DetenteError) -> int:
    for cls, status in STATUS_BY_CLASS:
        if isinstance(error, cls):
            return status
    return STATUS_BY_EXIT.get(error.exit_code, 500)


def error_response(status: int, kind: str, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": kind, "message": message}, status_code=status, headers=headers)


def too_large(limit: int) -> JSONResponse:
    return error_response(413, "BodyTooLarge", f"the request body is over {limit} bytes")


def timed_out(seconds: float) -> JSONResponse:
    """The body did not all arrive in time: 408, and the connection is closed."""
    answer = error_response(408, "BodyTimeout", f"the request body did not arrive within {seconds:g} s")
    answer.headers["connection"] = "close"
    return answer


def busy() -> JSONResponse:
    """The bodies being read at once hold as much as they may: 503, try again shortly."""
    answer = error_response(503, "Busy", "too many request bodies at once; try again shortly")
    answer.headers["connection"] = "close"
    answer.headers["retry-after"] = "1"
    return answer


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    @app.exception_handler(DetenteError)
    async def detente_error(request: Request, exc: DetenteError) -> JSONResponse:
        return error_response(status_of(exc), type(exc).__name__, exc.one_line())

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()[:5]
        )
        return error_response(422, "ValidationError", problems or "invalid request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return error_response(exc.status_code, "HTTPError", str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, "InternalError", f"internal error: {type(exc).__name__}")
