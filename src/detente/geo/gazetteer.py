"""The gazetteer: place names to places, looked up by normalized name.

It is a service like the spaCy model: built once (``detente gazetteer build``, run by
``make install``) into an indexed SQLite file (:mod:`detente.geo.store`), opened once, passed
to the stages that need it. Opening reads one small table; each lookup reads the few rows of
its name, so a process pays neither time nor memory for the places it never asks about. Tests
build small gazetteers from a list of :class:`Place` records, held in an in-memory database
that is queried the same way.

This module reads; :mod:`detente.geo.build` writes, and is never imported from here.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.errors import KnowledgeError
from detente.geo import store
from detente.geo.places import FEATURE_RANK, FEATURES, Place, name_key
from detente.geo.store import FORMAT_VERSION, default_path

__all__ = ["FEATURES", "FEATURE_RANK", "FORMAT_VERSION", "Gazetteer", "Place", "default_path", "name_key"]

#: names whose places a gazetteer keeps at hand (the place stage asks about the same few often)
CACHE_SIZE = 4096


class Gazetteer:
    """Places indexed by every name they are known by."""

    def __init__(self, places: Iterable[Place]) -> None:
        """A gazetteer of ``places``, held in memory (for tests and small lists)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._setup(conn, store.write(conn, places), None)

    def _setup(self, conn: sqlite3.Connection, count: int, path: Path | None) -> None:
        self._conn = conn
        self._count = count
        self._path = path
        self._pid = os.getpid()
        self._lock = threading.Lock()  # one connection, shared by threads: one query at a time
        self._places = functools.lru_cache(maxsize=CACHE_SIZE)(self._query)

    def __len__(self) -> int:
        return self._count

    def lookup(self, text: str) -> list[Place]:
        """Every place called ``text``: those whose own name (or detente alias) it is first,
        then by kind of place and size."""
        return list(self._places(name_key(text)))

    def __contains__(self, text: str) -> bool:
        return bool(self._places(name_key(text)))

    def places(self) -> Iterator[Place]:
        """Every place, in the order they were built (reads the whole table: for tests and tools)."""
        yield from map(store.place_of, self._fetch(store.ALL_PLACES, ()))

    def close(self) -> None:
        self._conn.close()

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """Open a gazetteer file written by :func:`detente.geo.build.build_gazetteer`, read-only."""
        conn, count = store.open_file(path)
        gazetteer = cls.__new__(cls)
        gazetteer._setup(conn, count, path)
        return gazetteer

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The installed gazetteer (``detente gazetteer build`` writes it; ``make install`` runs that)."""
        return cls.read(path or default_path())

    def _query(self, key: str) -> tuple[Place, ...]:
        if not key:
            return ()
        return tuple(map(store.place_of, self._fetch(store.LOOKUP, (key,))))

    def _fetch(self, sql: str, params: tuple[str, ...]) -> list[store.Row]:
        with self._lock:
            if self._path is not None and self._pid != os.getpid():
                # a forked worker: SQLite connections must not cross a fork, so open its own
                self._conn, self._count = store.open_file(self._path)
                self._pid = os.getpid()
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise KnowledgeError(f"gazetteer {self._path or '(in memory)'}: {exc}") from exc
