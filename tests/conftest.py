"""Shared fixtures. The spaCy-backed coder is built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder():  # type: ignore[no-untyped-def]
    """The pattern coder (no event model): the tests of the patterns, the actor dictionaries and
    the attribute stages check what those do, not what the learned model then decides."""
    from detente import Coder

    return Coder(model=False)


@pytest.fixture(scope="session")
def unaimed_coder(coder):  # type: ignore[no-untyped-def]
    """The pattern coder before ``require_recipient`` drops a directed act with no recipient:
    every event's parties, dates and places as the other stages set them."""
    from coding_checks import without

    return without(coder, "require_recipient")


@pytest.fixture(scope="session")
def model_coder(coder):  # type: ignore[no-untyped-def]
    """The coder as installed: patterns and the packaged event model (same services as ``coder``)."""
    return coder.with_model()


@pytest.fixture(scope="session")
def unaimed_model_coder(model_coder):  # type: ignore[no-untyped-def]
    """The installed coder (patterns and model) before ``require_recipient``: the parties the
    model chose, also for a directed act whose recipient it found none for."""
    from coding_checks import without

    return without(model_coder, "require_recipient")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"../shared is not beside the repository ({SHARED}); gold data tests need it")
    return SHARED
