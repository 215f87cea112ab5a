"""How ``detente serve`` runs the app: uvicorn's settings against slow and idle clients, in one
place (:class:`ServerSettings`), used by the CLI, the tests and ``benchmarks/api_attack.py``.

uvicorn (h11) closes a keep-alive connection that sends nothing for ``timeout_keep_alive``
seconds after a response, but it has no timer on a connection that has not finished a request
head: one that connects and sends nothing, or sends its headers a byte every few seconds
(slowloris), or starts a request after a response and stops half-way, stays open for ever. The
protocol here adds that timer (``head_timeout``): from the moment a connection opens, and again
from the end of each response, the client has that long to send a complete request head, or
the connection is closed. What arrives meanwhile does not restart it. Bodies are timed in the
app (:class:`~detente.api.app.Guard`, ``body_timeout``: 408).
"""

from __future__ import annotations

import asyncio
import logging
import resource
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from detente.api.settings import HEAD_TIMEOUT, ServerSettings

log = logging.getLogger(__name__)

__all__ = ["HeadTimeoutProtocol", "ServerSettings", "config", "serve"]


class HeadTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, and a connection that has not sent a complete request head
    ``head_timeout`` seconds after it opened or after the last response is closed."""

    head_timeout: float = HEAD_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._head_cycle: object = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.cycle is not self._head_cycle:  # a request head arrived: the app has it now
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        waiting = self.cycle is None or self.cycle.response_complete  # not already on a pipelined request
        if waiting and not self.transport.is_closing():
            self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_cycle = self.cycle
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.cycle is self._head_cycle and not self.transport.is_closing():
            log.debug("closing %s: no complete request head in %.1f s", self.client, self.head_timeout)
            self.transport.close()


def protocol(head_timeout: float) -> type[HeadTimeoutProtocol]:
    """The protocol class with this head timeout (uvicorn takes a class, not an instance)."""
    return type("HeadTimeoutProtocol", (HeadTimeoutProtocol,), {"head_timeout": head_timeout})


def config(app: Any, settings: ServerSettings) -> uvicorn.Config:
    """uvicorn's configuration for ``app`` under ``settings``."""
    return uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        http=protocol(settings.head_timeout),
        timeout_keep_alive=settings.timeout_keep_alive,  # type: ignore[arg-type]  # a float works
        limit_concurrency=settings.limit_concurrency,
        backlog=settings.backlog,
        h11_max_incomplete_event_size=settings.max_head,
        log_level=settings.log_level,
    )


#: the most open files ``serve`` asks for (each connection is one)
OPEN_FILES = 65536


def raise_open_files(want: int = OPEN_FILES) -> int:
    """Raise this process's soft limit of open files towards ``want`` (at most the hard limit,
    which only the system can raise): the connections a server holds at once are bounded by
    it, and many systems start processes at 1,024. The limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError) as exc:
            log.warning("could not raise the open-files limit from %d to %d: %s", soft, target, exc)
    return int(soft)


def serve(app: Any, settings: ServerSettings, sockets: list[socket.socket] | None = None) -> None:
    """Run ``app`` until interrupted (or, with ``sockets``, on those already bound), with the
    open-files limit raised (:func:`raise_open_files`)."""
    files = raise_open_files()
    log.info("open-files limit %d: at most about that many connections at once", files)
    uvicorn.Server(config(app, settings)).run(sockets=sockets)
