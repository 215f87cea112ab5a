"""What the API's routes share: the open store, the coder and the actor resolver."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
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
    store itself.

    Answers to reads may be kept (:meth:`cached`, at most ``cache_size``, the least recently
    used dropped first) until the next write through this service, which empties the cache. Only
    on DuckDB: a DuckDB file is written by one process at a time, and while the API holds it
    every write goes through here, so a kept answer is always the store's answer. A PostgreSQL
    database can be written by others at any time, so there nothing is kept."""

    def __init__(
        self,
        store: Store,
        coder: Any = None,
        resolver: Callable[[str], str] | None = None,
        cache_size: int = 0,
        coder_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.store = store
        self._coder = coder
        self.coder_options = dict(coder_options or {})  # for the installed Coder, when none is given
        self._resolver = resolver
        self.lock = threading.Lock()
        self.cache_size = cache_size if store.dialect == "duckdb" else 0
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._writes = 0  # writes through this service: an answer read before one is not kept

    def run(self, fn: Callable[[Store], T], write: bool = False) -> T:
        if write or self.store.dialect != "duckdb":
            with self.lock:
                if write:
                    self._cache.clear()
                    self._writes += 1
                return fn(self.store)
        with self.lock:
            cursor = self.store.connection.cursor()
        try:
            return fn(Store(cursor, self.store.name, self.store.dialect))
        finally:
            cursor.close()

    def cached(self, key: Hashable, fn: Callable[[Store], T]) -> T:
        """``run(fn)``, or the answer kept from an earlier call with the same ``key`` and no
        write since. The answer is shared: callers must not change it."""
        if self.cache_size <= 0:
            return self.run(fn)
        with self.lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            writes = self._writes
        value = self.run(fn)
        with self.lock:
            if writes == self._writes:
                self._cache[key] = value
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return value

    @cached_property
    def coder(self) -> Any:
        if self._coder is None:
            from detente.coder import Coder

            self._coder = Coder(**self.coder_options)
        return self._coder

    @cached_property
    def resolve(self) -> Callable[[str], str]:
        if self._resolver is None:
            from detente.analytics import actor_resolver, tokens
            from detente.knowledge import ActorDictionary

            self._resolver = actor_resolver(ActorDictionary.load(tokens))
        return self._resolver
