"""What the API's routes share: the open store, the coder and the actor resolver."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from detente.store import Store

T = TypeVar("T")


class Service:
    """What the routes share: the store, the coder and the actor resolver, each made when
    first needed.

    A DuckDB connection is not for concurrent use, but its cursors are: on DuckDB each read
    runs on a cursor of its own, opened for it and closed after it, so that requests read side by
    side (a short query does not wait behind a long one) and no cursor outlives its request (a
    cursor left to a thread's end can be destroyed after its connection, which aborts the
    process). Writes, and everything on PostgreSQL (one connection), run one at a time on the
    store itself."""

    def __init__(self, store: Store, coder: Any = None, resolver: Callable[[str], str] | None = None) -> None:
        self.store = store
        self._coder = coder
        self._resolver = resolver
        self.lock = threading.Lock()

    def run(self, fn: Callable[[Store], T], write: bool = False) -> T:
        if write or self.store.dialect != "duckdb":
            with self.lock:
                return fn(self.store)
        with self.lock:
            cursor = self.store.connection.cursor()
        try:
            return fn(Store(cursor, self.store.name, self.store.dialect))
        finally:
            cursor.close()

    @cached_property
    def coder(self) -> Any:
        if self._coder is None:
            from detente.coder import Coder

            self._coder = Coder()
        return self._coder

    @cached_property
    def resolve(self) -> Callable[[str], str]:
        if self._resolver is None:
            from detente.analytics import actor_resolver, tokens
            from detente.knowledge import ActorDictionary

            self._resolver = actor_resolver(ActorDictionary.load(tokens))
        return self._resolver
