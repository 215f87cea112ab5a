"""The published JSON Schema of the event record (``data/schema/event.schema.json``)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from detente.knowledge.files import data_dir


def event_schema_text() -> str:
    return (data_dir() / "schema" / "event.schema.json").read_text(encoding="utf-8")


@cache
def event_schema() -> dict[str, Any]:
    return dict(json.loads(event_schema_text()))
