"""What the API's routes share: the open store, the coder and the actor resolver."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from detente.store import Store

T = TypeVar("T")


class Service:
    """What the routes share: the store (used by one request at a time: a DuckDB connection is
    not for concurrent use), the coder and the actor resolver, each made when first needed."""

    def __init__(self, store: Store, coder: Any = None, resolver: Callable[[str], str] | None = None) -> None:
        self.store = store
        self._coder = coder
        self._resolver = resolver
        self.lock = threading.Lock()

    def run(self, fn: Callable[[Store], T]) -> T:
        with self.lock:
            return fn(self.store)

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
