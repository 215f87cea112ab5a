"""The dashboard and the docs page are offline: every script, style and map shape is one of
the package's own static files (npm packages copied there by `make install`), nothing points
at another host, and no page has an inline script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# The API is an optional extra; make install (and so CI) installs it, so these tests run there.
pytest.importorskip("fastapi", reason="the API's extra is not installed: pip install -e '.[api]'")

from fastapi.testclient import TestClient

from detente.api import create_app
from detente.api.app import STATIC
from detente.store import open_store

PAGES = ("/", "/docs")


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(open_store(":memory:"), resolver=str))


def _assets(page: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', page)


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_only_their_own_files(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", answer.text), "an inline script"
    assert not re.search(r"\son[a-z]+=", answer.text), "an inline event handler"
    for asset in _assets(answer.text):
        assert asset.startswith("/") or asset == "data:,", f"{asset}: another host"


def test_the_scripts_fetch_only_this_server() -> None:
    for script in STATIC.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        assert not re.findall(r"https?://(?!www\.w3\.org/2000/svg)", text.replace("/^https?:\\/\\//", "")), script


def test_the_own_files_are_served(client: TestClient) -> None:
    for name in ("dashboard.js", "dashboard.css", "docs.js"):
        assert client.get(f"/static/{name}").status_code == 200


VENDOR = STATIC / "vendor"


# without npm, make install cannot fetch the dashboard's assets (the API works without them);
# CI's make install builds them, so this test runs there
@pytest.mark.skipif(not VENDOR.is_dir(), reason="the dashboard's npm assets are not installed: make install")
def test_every_asset_of_the_pages_is_installed(client: TestClient) -> None:
    for path in PAGES:
        for asset in _assets(client.get(path).text):
            if asset.startswith("/static/"):
                assert client.get(asset).status_code == 200, asset
    assert Path(VENDOR / "countries-110m.json").stat().st_size > 50_000
