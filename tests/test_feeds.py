"""URLs and RSS/Atom feeds as ingest sources, served from 127.0.0.1 by a test HTTP server (no
network): private addresses refused by default, pages ingested, feeds polled so that a second
poll adds only the new entries."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.errors import SourceNotFoundError
from detente.ingest import ingest
from detente.io.fetch import BlockedAddressError, check_host, fetch, looks_like_feed
from detente.store import open_store
from detente.store.store import Store
from fakes import FakeCoder

LONG = " ".join(f"filler{i}" for i in range(150))


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{guid}</title><link>http://127.0.0.1/x</link>"
        f"<description>{text}</description><pubDate>Tue, 21 Oct 2025 10:00:00 GMT</pubDate></item>"
        for guid, text in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'


class Site:
    """The pages the test server serves, changeable between requests."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.hits: dict[str, int] = {}


@pytest.fixture()
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the name http.server calls
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            if self.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/page")
                self.end_headers()
                return
            if self.path not in state.pages:
                self.send_error(404)
                return
            kind, body = state.pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as s:
        yield s


def test_private_and_loopback_addresses_are_refused_by_default() -> None:
    for url in ("http://127.0.0.1/", "http://10.1.2.3/a", "http://169.254.169.254/latest", "http://[::1]/"):
        with pytest.raises(BlockedAddressError, match="--allow-private"):
            check_host(url)
    check_host("http://127.0.0.1/", allow_private=True)


def test_a_page_is_fetched_with_a_size_cap_and_redirects(site: tuple[Site, str]) -> None:
    state, base = site
    state.pages["/page"] = (
        "text/html",
        f"<html><body><p>COL hits USA on 2025-10-20</p><p>{LONG}</p></body></html>".encode(),
    )
    got = fetch(f"{base}/redirect", allow_private=True)
    assert got.url.endswith("/page") and b"COL hits" in got.body
    with pytest.raises(Exception, match="limit"):
        fetch(f"{base}/page", allow_private=True, max_bytes=100)
    with pytest.raises(SourceNotFoundError, match="HTTP 404"):
        fetch(f"{base}/missing", allow_private=True)


def test_a_url_is_ingested_and_refused_without_allow_private(site: tuple[Site, str], store: Store) -> None:
    state, base = site
    state.pages["/story.txt"] = ("text/plain", b"COL hits USA on 2025-10-20\n")
    report = ingest(store, [f"{base}/story.txt"], FakeCoder)
    assert (report.new, report.failed) == (0, 1)
    assert "private or local address" in store.failures()[0]["reason"]
    report = ingest(store, [f"{base}/story.txt"], FakeCoder, allow_private=True)
    assert report.new == 1
    assert store.query("SELECT url FROM articles")[1] == [(f"{base}/story.txt",)]


def test_a_feed_is_polled_for_new_entries_only(site: tuple[Site, str], store: Store) -> None:
    state, base = site
    first = [("a1", f"COL hits USA on 2025-10-20 {LONG}"), ("a2", f"USA helps COL on 2025-10-21 {LONG}")]
    state.pages["/feed.xml"] = ("application/rss+xml", rss(first).encode())
    assert looks_like_feed(state.pages["/feed.xml"][1])
    one = ingest(store, [f"{base}/feed.xml"], FakeCoder, allow_private=True)
    assert (one.read, one.new) == (2, 2)
    state.pages["/feed.xml"] = (
        "application/rss+xml",
        rss([*first, ("a3", f"VEN hits COL on 2025-10-22 {LONG}")]).encode(),
    )
    two = ingest(store, [f"{base}/feed.xml"], FakeCoder, allow_private=True)
    assert (two.read, two.new) == (1, 1)  # the two entries seen before are not read again
    assert store.counts()["articles"] == 3
    assert store.query("SELECT published FROM articles LIMIT 1")[1][0][0].isoformat() == "2025-10-21"


def test_a_short_entry_is_fetched_from_its_link(site: tuple[Site, str], store: Store, tmp_path: Path) -> None:
    state, base = site
    state.pages["/x"] = ("text/html", f"<html><body><p>COL hits VEN on 2025-10-19. {LONG}</p></body></html>".encode())
    state.pages["/feed.xml"] = (
        "application/rss+xml",
        rss([("short", "A teaser.")]).replace("http://127.0.0.1/x", f"{base}/x").encode(),
    )
    report = ingest(store, [f"{base}/feed.xml"], FakeCoder, allow_private=True)
    assert report.new == 1 and state.hits.get("/x") == 1
    assert "COL hits VEN" in store.query("SELECT text FROM articles")[1][0][0]
