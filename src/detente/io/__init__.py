"""Reading articles (text, HTML, JSONL, gzip) and writing events (JSONL, JSON, table)."""

from detente.io.readers import Record, read_source
from detente.io.writers import write_events

__all__ = ["Record", "read_source", "write_events"]
