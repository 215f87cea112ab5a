"""The dashboard in a real browser: Debian's Chromium driven by Playwright for Python, over a
server on 127.0.0.1 with the seeded store. Charts, map, network and table draw; clicking a
table row, a map marker and a chart bar shows the source sentence with its parts marked; no
request leaves 127.0.0.1 and the Content-Security-Policy is never violated. A screenshot is
kept in build/test-artefacts/. Skipped with a reason without Chromium or the npm assets."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# The API extra and playwright come with make install (and so in CI), where these tests run.
pytest.importorskip("fastapi", reason="the API's extra is not installed: pip install -e '.[api]'")
pytest.importorskip("playwright", reason="playwright is a dev dependency: make install")

import uvicorn
from playwright.sync_api import sync_playwright

from detente.api import create_app
from detente.api.app import STATIC
from detente.ingest import ingest_articles
from detente.store import open_store
from fakes import FakeCoder, seed_texts

CHROMIUM = Path("/usr/bin/chromium")
ARTEFACTS = Path(__file__).resolve().parents[1] / "build" / "test-artefacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip

# A user's clone may lack Debian's Chromium or the npm assets (make install builds them when npm
# exists); .ci/run installs Chromium and make install the assets, so in CI these tests run.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium at /usr/bin/chromium: apt-get install chromium"),
    pytest.mark.skipif(not (STATIC / "vendor").is_dir(), reason="the dashboard's npm assets are missing: make install"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(tmp_path_factory.mktemp("db") / "seed.duckdb")
    ingest_articles(store, seed_texts(), FakeCoder(), "seed")
    port = _free_port()
    config = uvicorn.Config(create_app(store, resolver=str), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _sentence(page: Any) -> str:
    page.wait_for_selector("#sentence mark.trigger", timeout=10_000)
    return str(page.inner_html("#sentence"))


def test_the_dashboard_works_offline(server: str, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"{server}/?a=USA&b=COL&by=month")
    page.wait_for_selector("#chart-ab svg", timeout=15_000)
    page.wait_for_selector("#events tbody tr", timeout=10_000)
    page.wait_for_selector("#network circle", timeout=10_000)
    page.wait_for_selector("#alerts li li", timeout=10_000)
    page.wait_for_selector("#map path.leaflet-interactive", timeout=10_000)

    page.click("#events tbody tr")
    assert '<mark class="actor">' in _sentence(page)
    assert "event=" in page.url and "a=USA" in page.url

    page.evaluate("document.getElementById('detail').replaceChildren()")
    page.locator("#map .leaflet-marker-pane path, #map .leaflet-overlay-pane path.leaflet-interactive").last.click(
        force=True
    )
    assert "trigger" in _sentence(page)

    page.evaluate("document.getElementById('detail').replaceChildren()")
    page.locator('#chart-ab [aria-roledescription="bar"]:not([aria-label$="count: 0"])').first.click(force=True)
    assert '<mark class="trigger">helps</mark>' in _sentence(page)  # the fake coder's spans point into the line
    assert "USA helps COL on 2025-01" in page.inner_text("#sentence")  # a January USA-COL event, as clicked

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "dashboard.png"), full_page=True)
    outside = [u for u in requests if not u.startswith(server + "/")]
    assert not outside, f"requests left 127.0.0.1: {outside[:5]}"
    assert not problems, problems
    page.close()


def test_the_api_docs_page_works_offline(server: str, browser: Any) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert not [u for u in requests if not u.startswith(server + "/")]
    page.close()
