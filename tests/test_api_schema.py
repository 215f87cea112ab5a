"""Property-based requests generated from the API's own OpenAPI schema (schemathesis, in
process over ASGI, a bounded number of examples per operation): no answer is a 5xx."""

from __future__ import annotations

import pytest

# The API extra and schemathesis come with make install (and so in CI): these tests run there;
# a bare `pip install detente` has neither.
pytest.importorskip("fastapi", reason="the API's extra is not installed: pip install -e '.[api]'")
pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency: make install")

import schemathesis
from hypothesis import HealthCheck, settings

from detente.api import create_app
from detente.ingest import ingest_articles
from detente.store import open_store
from fakes import FakeCoder, seed_texts


def _app():  # type: ignore[no-untyped-def]
    """The API over a seeded in-memory store (made at import: schemathesis reads the schema
    when the tests are collected)."""
    store = open_store(":memory:")
    ingest_articles(store, seed_texts(), FakeCoder(), "seed")
    return create_app(store, coder=FakeCoder(), resolver=lambda name: name.upper()[:3])


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_request_makes_a_server_error(case) -> None:  # type: ignore[no-untyped-def]
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text[:300]}"
