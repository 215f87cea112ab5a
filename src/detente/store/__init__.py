"""The event store: articles, events and failures in DuckDB (embedded, the default) behind
one :class:`Store` interface that the CLI, analytics and export share."""

from detente.store.store import Store, Stored, default_target, open_store

__all__ = ["Store", "Stored", "default_target", "open_store"]
