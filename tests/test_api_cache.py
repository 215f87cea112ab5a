"""The API's answer cache (detente.api.service.Service.cached): an answer is kept until the
next write through the service, the least recently used is dropped first, and nothing is kept
when the cache is off."""

from __future__ import annotations

from collections.abc import Callable

from detente.api.service import Service
from detente.store import Store, open_store


def _count(store: Store) -> int:
    return int(store.query("SELECT count(*) FROM watchlists")[1][0][0])


def test_an_answer_is_kept_until_the_next_write() -> None:
    with open_store(":memory:") as store:
        svc = Service(store, cache_size=2)
        assert svc.cached("n", _count) == 0
        store.save_watchlist("outside", {"actors": []})  # not through the service: the kept answer stays
        assert svc.cached("n", _count) == 0
        svc.run(lambda s: s.save_watchlist("w", {"actors": ["COL"]}), write=True)
        assert svc.cached("n", _count) == 2


def test_the_least_recently_used_answer_is_dropped_first() -> None:
    with open_store(":memory:") as store:
        svc = Service(store, cache_size=2)
        calls: list[str] = []

        def reader(key: str) -> Callable[[Store], str]:
            def read(s: Store) -> str:
                calls.append(key)
                return key

            return read

        for key in ("a", "b", "a", "c", "a", "b"):
            assert svc.cached(key, reader(key)) == key
        assert calls == ["a", "b", "c", "b"]  # a kept (used again), b dropped for c


def test_no_cache_reads_every_time() -> None:
    with open_store(":memory:") as store:
        svc = Service(store)
        assert svc.cached("n", _count) == 0
        store.save_watchlist("outside", {"actors": []})
        assert svc.cached("n", _count) == 1
