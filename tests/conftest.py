"""Shared fixtures. The spaCy-backed coder is built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder():  # type: ignore[no-untyped-def]
    from detente import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"../shared is not beside the repository ({SHARED}); gold data tests need it")
    return SHARED
