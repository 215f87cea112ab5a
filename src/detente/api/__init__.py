"""The REST API and the dashboard: a thin shell over the store and analytics (docs/api.md)."""

from detente.api.app import create_app

__all__ = ["create_app"]
