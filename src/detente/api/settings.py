"""What ``detente serve`` listens on and how long it waits for slow clients: the settings alone,
without the server (:mod:`detente.api.server`), so that the command line can show their defaults
without importing uvicorn or FastAPI at every start.
"""

from __future__ import annotations

from dataclasses import dataclass

#: seconds a client has to send a complete request head (after connecting, or after a response)
HEAD_TIMEOUT = 10.0
#: seconds a request has to send its whole body once its head has arrived (408 after that)
BODY_TIMEOUT = 30.0
#: seconds an idle keep-alive connection is kept after a response (uvicorn's own default)
KEEP_ALIVE = 5.0
#: the most bytes of a request head (request line and headers); past it, 400 (h11's default)
MAX_HEAD = 16 * 1024


@dataclass(frozen=True)
class ServerSettings:
    """What ``detente serve`` listens on and how long it waits for slow clients.

    ``limit_concurrency``: when this many connections are open (idle ones too), a new request
    gets 503 at once instead of waiting (uvicorn's; ``None``, the default: no limit).
    ``backlog``: connections the kernel holds before they are accepted."""

    host: str = "127.0.0.1"
    port: int = 8000
    head_timeout: float = HEAD_TIMEOUT
    body_timeout: float = BODY_TIMEOUT
    timeout_keep_alive: float = KEEP_ALIVE
    limit_concurrency: int | None = None
    backlog: int = 2048
    max_head: int = MAX_HEAD
    log_level: str = "warning"

    def __post_init__(self) -> None:
        for name in ("head_timeout", "body_timeout", "timeout_keep_alive"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be more than 0 seconds: {getattr(self, name)}")
        for name in ("backlog", "max_head"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1: {getattr(self, name)}")
        if self.limit_concurrency is not None and self.limit_concurrency < 1:
            raise ValueError(f"limit_concurrency must be at least 1: {self.limit_concurrency}")
