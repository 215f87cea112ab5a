"""URLs and RSS/Atom feeds as ingest sources, served from 127.0.0.1 by a test HTTP server (no
network): private addresses refused by default, pages ingested, feeds polled so that a second
poll adds only the new entries."""

from __future__ import annotations

import http.server
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from detente.cli.main import main
from detente.errors import InputError, SourceNotFoundError
from detente.ingest import expand, ingest
from detente.io import fetch as fetch_module
from detente.io.fetch import BlockedAddressError, FetchTimeoutError, check_host, fetch, is_url, looks_like_feed
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
        self.redirects: dict[str, str] = {"/redirect": "/page"}
        self.hosts: list[str] = []  # the Host header of each request


@pytest.fixture()
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the name http.server calls
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            state.hosts.append(self.headers.get("Host", ""))
            if self.path in state.redirects:
                self.send_response(302)
                self.send_header("Location", state.redirects[self.path])
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
    assert check_host("http://127.0.0.1/", allow_private=True) == ["127.0.0.1"]


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


# -- one resolution per connection, through a resolver the test passes in (no DNS query) ------


class Names:
    """A resolver for the tests: each name's answers in turn (the last one repeated), and the
    questions it was asked."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> Sequence[str]:
        self.asked.append((host, port))
        turns = self.answers.get(host)
        if not turns:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return turns.pop(0) if len(turns) > 1 else turns[0]


#: a public address that stands for a server on the internet: never connected to, since
#: ``public_is_local`` sends its connections to the test server on 127.0.0.1
PUBLIC = "8.8.8.8"


@pytest.fixture()
def public_is_local(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Connections to PUBLIC go to 127.0.0.1 (the test server); the addresses connected to are listed."""
    opened: list[str] = []
    real = fetch_module._open_socket

    def open_socket(address: str, port: int, timeout: float) -> socket.socket:
        opened.append(address)
        return real("127.0.0.1" if address == PUBLIC else address, port, timeout)

    monkeypatch.setattr(fetch_module, "_open_socket", open_socket)
    return opened


def test_the_scheme_is_read_in_any_case(site: tuple[Site, str], store: Store) -> None:
    assert all(is_url(u) for u in ("HTTP://a.org/x", "Https://a.org/", "hTTp://a.org", "http://a.org"))
    assert not any(is_url(u) for u in ("httpx://a.org", "http:/a.org", "news/http://a.txt", "FTP://a.org"))
    state, base = site
    upper = base.replace("http://", "HTTP://")
    assert expand([f"{upper}/story.txt"]) == [f"{upper}/story.txt"]  # a URL, not a missing file
    state.pages["/story.txt"] = ("text/plain", b"COL hits USA on 2025-10-20\n")
    assert b"COL hits" in fetch(f"{upper}/story.txt", allow_private=True).body
    assert ingest(store, [f"{upper}/story.txt"], FakeCoder, allow_private=True).new == 1
    with pytest.raises(InputError, match="not an http"):
        check_host("ftp://a.org/x")


def test_a_name_is_resolved_once_and_the_checked_address_is_the_one_connected_to(site: tuple[Site, str]) -> None:
    state, base = site
    port = int(base.rsplit(":", 1)[1])
    state.pages["/page"] = ("text/plain", b"COL hits USA on 2025-10-20")
    names = Names({"news.test": [["127.0.0.1"]]})
    got = fetch(f"http://news.test:{port}/page", allow_private=True, resolver=names)
    assert got.body.startswith(b"COL hits") and names.asked == [("news.test", port)]
    assert state.hosts == [f"news.test:{port}"]  # the server is asked for the name, at the checked address
    with pytest.raises(BlockedAddressError, match=r"news\.test is a private or local address \(127\.0\.0\.1\)"):
        fetch(f"http://news.test:{port}/page", resolver=names)
    with pytest.raises(SourceNotFoundError, match=re.escape("cannot resolve nowhere.test")):
        fetch(f"http://nowhere.test:{port}/page", allow_private=True, resolver=names)
    assert state.hits == {"/page": 1}


def test_a_name_that_answers_public_then_private_is_connected_to_its_checked_answer(
    site: tuple[Site, str], public_is_local: list[str]
) -> None:
    # DNS rebinding: the first answer (checked) is public, a second one would be 127.0.0.1
    state, base = site
    port = int(base.rsplit(":", 1)[1])
    state.pages["/page"] = ("text/plain", b"COL hits USA on 2025-10-20")
    names = Names({"rebind.test": [[PUBLIC], ["127.0.0.1"]]})
    fetch(f"http://rebind.test:{port}/page", resolver=names)
    assert names.asked == [("rebind.test", port)]  # asked once: nothing resolves it again
    assert public_is_local == [PUBLIC]  # connected to the answer that was checked, never to 127.0.0.1
    # a name with one private answer among public ones is refused before any connection
    mixed = Names({"mixed.test": [[PUBLIC, "10.0.0.5"]]})
    with pytest.raises(BlockedAddressError, match=r"10\.0\.0\.5"):
        fetch(f"http://mixed.test:{port}/page", resolver=mixed)
    assert public_is_local == [PUBLIC]


def test_each_redirect_is_a_new_connection_checked_again(site: tuple[Site, str], public_is_local: list[str]) -> None:
    state, base = site
    port = int(base.rsplit(":", 1)[1])
    state.pages["/page"] = ("text/plain", b"COL hits USA on 2025-10-20")
    state.redirects["/away"] = f"http://inside.test:{port}/page"
    state.redirects["/elsewhere"] = f"http://other.test:{port}/page"
    state.redirects["/ftp"] = "ftp://files.test/page"
    names = Names({"news.test": [[PUBLIC]], "other.test": [[PUBLIC]], "inside.test": [["127.0.0.1"]]})
    with pytest.raises(BlockedAddressError, match=re.escape(f"news.test:{port}/away: inside.test is a private")):
        fetch(f"http://news.test:{port}/away", resolver=names)
    assert "/page" not in state.hits
    got = fetch(f"http://news.test:{port}/elsewhere", resolver=names)
    assert got.url == f"http://other.test:{port}/page" and public_is_local == [PUBLIC] * 3
    assert [h for h, _ in names.asked] == ["news.test", "inside.test", "news.test", "other.test"]
    with pytest.raises(InputError, match=re.escape("ftp://files.test/page: not an http")):
        fetch(f"http://news.test:{port}/ftp", resolver=names)


def test_https_connects_to_the_checked_address_and_names_the_host_to_tls() -> None:
    hello: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def accept() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(5)
            hello.append(conn.recv(65536))  # the client's TLS hello; then the connection is closed

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    names = Names({"secure.test": [["127.0.0.1"]]})
    try:
        with pytest.raises(SourceNotFoundError, match="cannot fetch"):
            fetch(f"HTTPS://secure.test:{port}/a", allow_private=True, resolver=names, timeout=5)
    finally:
        thread.join(5)
        listener.close()
    assert names.asked == [("secure.test", port)]
    assert hello[0][:1] == b"\x16" and b"secure.test" in hello[0]  # a TLS handshake, the name sent (SNI)


def serve_raw(answer: Callable[[socket.socket], None]) -> Iterator[str]:
    """A server on 127.0.0.1 that answers each connection with ``answer`` (in a thread)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=_answer, args=(answer, conn, stop), daemon=True).start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        listener.close()


def _answer(answer: Callable[[socket.socket], None], conn: socket.socket, stop: threading.Event) -> None:
    with conn:
        try:
            conn.recv(65536)
            answer(conn)
            while not stop.is_set() and not conn.recv(1):
                time.sleep(0.05)
        except OSError:
            pass


def _trickle(head: bytes) -> Callable[[socket.socket], None]:
    def answer(conn: socket.socket) -> None:
        conn.sendall(head)
        for _ in range(200):  # a byte every 0.05 s: 10 s in all, each byte well within the timeout
            conn.sendall(b"x")
            time.sleep(0.05)

    return answer


@pytest.mark.parametrize(
    "answer",
    [
        _trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"),  # the body, a byte at a time
        _trickle(b"HTTP/1.1 200 OK\r\nX-Slow: "),  # the headers, a byte at a time
        lambda conn: None,  # nothing at all
    ],
    ids=["slow-body", "slow-headers", "silent"],
)
def test_a_fetch_that_hangs_fails_with_its_reason_within_its_time(answer: Callable[[socket.socket], None]) -> None:
    for base in serve_raw(answer):
        started = time.perf_counter()
        with pytest.raises(FetchTimeoutError, match="no answer within 1 s"):
            fetch(f"{base}/slow", allow_private=True, timeout=1.0)
        assert time.perf_counter() - started < 2.5


def test_a_server_that_does_not_speak_http_is_a_failure_with_its_reason() -> None:
    for base in serve_raw(lambda conn: conn.sendall(b"HELLO THERE\r\n\r\n")):
        with pytest.raises(SourceNotFoundError, match="cannot fetch"):
            fetch(f"{base}/", allow_private=True, timeout=2.0)


def test_a_refused_url_is_kept_and_said_with_its_reason_and_exit_code(
    site: tuple[Site, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, base = site
    closed = socket.create_server(("127.0.0.1", 0))
    gone = f"http://127.0.0.1:{closed.getsockname()[1]}/x"
    closed.close()  # nothing listens there any more
    db = str(tmp_path / "s.duckdb")
    assert main(["ingest", f"{base.upper()}/story.txt", "--db", db, "--quiet"]) == 65
    err = capsys.readouterr().err
    assert f"detente: error: {base.upper()}/story.txt: 127.0.0.1 is a private or local address; use" in err
    assert main(["ingest", gone, "--db", db, "--quiet", "--allow-private"]) == 66
    assert f"detente: error: {gone}: cannot fetch: Connection refused\n" in capsys.readouterr().err
    with open_store(db) as store:
        reasons = {f["source"]: f["reason"] for f in store.failures()}
    assert "private or local address" in reasons[f"{base.upper()}/story.txt"] and "refused" in reasons[gone]


def test_a_url_given_to_code_is_a_failure_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("detente.coder.Coder", lambda *a, **k: FakeCoder())
    good = tmp_path / "a.txt"
    good.write_text("COL hits USA on 2025-10-20\n", encoding="utf-8")
    failures = tmp_path / "failures.jsonl"
    assert main(["code", "HTTPS://news.test/a", "--failures", str(failures)]) == 66
    assert main(["code", str(good), "Http://news.test/b", "--failures", str(failures)]) == 3
    err = capsys.readouterr().err
    assert "detente: error: Http://news.test/b: a URL, not a file (`detente ingest URL`" in err
    assert '"source": "Http://news.test/b"' in failures.read_text(encoding="utf-8")
