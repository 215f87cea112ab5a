"""The REST API and the dashboard: a thin shell over the store and analytics (docs/api.md).

``create_app`` is imported on first use, so that :mod:`detente.api.settings` can be read (by the
command line, for its help) without importing FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from detente.api.app import create_app

        return create_app
    raise AttributeError(f"module 'detente.api' has no attribute {name!r}")
