"""The API on a real server (uvicorn on 127.0.0.1, an ephemeral port, in a thread) against slow,
idle and oversized clients: raw sockets, short timeouts, each test a few seconds at most.
DETENTE_ATTACK_SOCKETS sets how many idle sockets the idle test opens (40; `make soak`: 500)."""

from __future__ import annotations

import os
import resource
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

# The API is an optional extra; make install (and so CI) installs it, so these tests run there.
pytest.importorskip("uvicorn", reason="the API's extra is not installed: pip install -e '.[api]'")

import httpx
import uvicorn

from detente.api import create_app
from detente.api.server import ServerSettings, config, raise_open_files
from detente.ingest import ingest_articles
from detente.records import Article
from detente.store import open_store
from fakes import FakeCoder, seed_texts

CAP = 10_000  # the body cap of the app under test (the default is 4 MB)
HEAD = 1.0  # head timeout, seconds
BODY = 2.0  # body timeout, seconds
MEMORY = 3 * CAP  # what the bodies of all requests at once may hold
CHUNKED_HEAD = b"POST /code HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
SOCKETS = int(os.environ.get("DETENTE_ATTACK_SOCKETS", "40"))


class SlowCoder(FakeCoder):
    """Takes longer than the head timeout per text: a request being answered is not cut off."""

    def code_many(self, records: Iterable[Article]) -> Iterator[Any]:
        time.sleep(HEAD * 1.5)
        yield from super().code_many(records)


@dataclass
class Running:
    host: str
    port: int

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def connect(self) -> socket.socket:
        s = socket.create_connection((self.host, self.port), timeout=10)
        return s


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    store = open_store(":memory:")
    ingest_articles(store, seed_texts(), FakeCoder(), "seed")
    app = create_app(store, coder=SlowCoder(), max_body=CAP, body_timeout=BODY, body_memory=MEMORY)
    # uvicorn's keep-alive is long here so that what closes idle connections is the head timeout
    settings = ServerSettings(head_timeout=HEAD, body_timeout=BODY, timeout_keep_alive=30, log_level="error")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    running = uvicorn.Server(config(app, settings))
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield Running("127.0.0.1", sock.getsockname()[1])
    finally:
        running.should_exit = True
        thread.join(15)
        store.close()


def _status(data: bytes) -> int:
    assert data.startswith(b"HTTP/1.1 "), data[:80]
    return int(data.split(b" ", 2)[1])


def _read_answer(s: socket.socket) -> bytes:
    """What the server sends until it has sent one whole response head (or closes)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def _closed_after(s: socket.socket, trickle: bytes = b"", every: float = 0.0, limit: float = 10) -> float:
    """Seconds until the server closes ``s``; meanwhile send ``trickle`` a byte each ``every`` s."""
    started = time.monotonic()
    s.settimeout(every or limit)
    sent = 0
    while time.monotonic() - started < limit:
        try:
            if s.recv(65536) == b"":
                return time.monotonic() - started
        except TimeoutError:
            pass
        except ConnectionResetError:
            return time.monotonic() - started
        if trickle:
            try:
                s.send(trickle[sent % len(trickle) : sent % len(trickle) + 1])
            except (BrokenPipeError, ConnectionResetError):
                return time.monotonic() - started
            sent += 1
    raise AssertionError(f"still open after {limit} s")


def test_content_length_over_the_cap_gets_413_before_any_body(server: Running) -> None:
    with server.connect() as s:
        s.sendall(
            b"POST /ingest HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
        )  # and no body at all
        started = time.monotonic()
        answer = _read_answer(s)
    assert _status(answer) == 413 and time.monotonic() - started < 2


def test_chunked_body_over_the_cap_gets_413(server: Running) -> None:
    with server.connect() as s:
        s.sendall(CHUNKED_HEAD)
        chunk = b"x" * 1000
        for _ in range(CAP // len(chunk) + 1):  # one chunk past the cap, and no end
            s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        assert _status(_read_answer(s)) == 413


def test_chunked_body_under_the_cap_is_coded(server: Running) -> None:
    body = b'{"text": "USA hits COL on 2025-03-01", "published": "2025-03-01"}'
    with server.connect() as s:
        s.sendall(CHUNKED_HEAD)
        for part in (body[:10], body[10:]):
            s.sendall(b"%x\r\n%s\r\n" % (len(part), part))
        s.sendall(b"0\r\n\r\n")
        answer = _read_answer(s)
    assert _status(answer) == 200, answer


def test_idle_and_slow_sockets_do_not_stop_health_and_are_all_dropped(server: Running) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = 2 * SOCKETS + 256  # both ends of each socket are in this process
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (need if hard == resource.RLIM_INFINITY else min(need, hard), hard))
    idle: list[socket.socket] = []
    try:
        for i in range(SOCKETS):
            s = server.connect()
            if i % 2:  # half send part of a request line and headers, half nothing at all
                s.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\nX-Slow: ")
            idle.append(s)
        opened = time.monotonic()
        with httpx.Client(base_url=server.base, timeout=5) as client:
            for _ in range(5):
                started = time.monotonic()
                assert client.get("/health").status_code == 200
                assert time.monotonic() - started < 2
        for s in idle:  # every one closed by the server once the head timeout has passed
            s.settimeout(max(0.1, opened + HEAD + 3 - time.monotonic()))
            assert s.recv(100) == b""
        assert time.monotonic() - opened < HEAD + 3
    finally:
        for s in idle:
            s.close()


def test_a_connection_that_sends_nothing_is_closed_after_the_head_timeout(server: Running) -> None:
    with server.connect() as s:
        took = _closed_after(s)
    assert HEAD * 0.8 < took < HEAD + 2


def test_a_head_sent_a_byte_at_a_time_is_cut_at_the_head_timeout(server: Running) -> None:
    with server.connect() as s:
        took = _closed_after(s, b"GET /health HTTP/1.1\r\nHost: t\r\n" + b"X-Slow: a\r\n" * 100, every=HEAD / 5)
    assert HEAD * 0.8 < took < HEAD + 2


def test_after_an_answer_the_next_head_has_the_head_timeout_too(server: Running) -> None:
    with server.connect() as s:
        for _ in range(2):  # keep-alive works: two requests on one connection
            s.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
            answer = _read_answer(s)
            assert _status(answer) == 200
            length = int(answer.split(b"content-length: ", 1)[1].split(b"\r\n", 1)[0])
            rest = len(answer.split(b"\r\n\r\n", 1)[1])
            while rest < length:
                rest += len(s.recv(65536))
        # uvicorn's keep-alive (30 s here) is stopped by each byte; the head timeout is not
        took = _closed_after(s, b"GET /health HTTP/1.1\r\nHost: t\r\n" + b"X-Slow: a\r\n" * 100, every=HEAD / 5)
    assert HEAD * 0.8 < took < HEAD + 2


def test_a_body_that_stops_coming_gets_408_and_a_closed_connection(server: Running) -> None:
    with server.connect() as s:
        s.sendall(b"POST /code HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n")
        s.sendall(b'{"text": "USA hits')
        started = time.monotonic()
        answer = _read_answer(s)
        took = time.monotonic() - started
        assert _status(answer) == 408 and b"connection: close" in answer.lower()
        assert BODY * 0.8 < took < BODY + 2
        assert _closed_after(s, limit=3) < 3


def test_a_chunked_body_that_stops_coming_gets_408(server: Running) -> None:
    with server.connect() as s:
        s.sendall(CHUNKED_HEAD)
        s.sendall(b'5\r\n{"tex\r\n')
        assert _status(_read_answer(s)) == 408


HEAD_9000 = b"POST /code HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 9000\r\n\r\n"


def test_bodies_held_at_once_past_the_budget_get_503_and_the_budget_comes_back(server: Running) -> None:
    held: list[socket.socket] = []
    try:
        for _ in range(3):  # three bodies of 9,000 bytes, all but the last byte sent: 27,000 held
            s = server.connect()
            s.sendall(HEAD_9000)
            s.sendall(b" " * 8999)
            held.append(s)
        time.sleep(0.5)  # the server has read them (and their body timeout is far)
        with server.connect() as s:  # 27,000 + 9,000 would pass 30,000: refused by its length, before its body
            s.sendall(HEAD_9000)
            answer = _read_answer(s)
        assert _status(answer) == 503 and b"retry-after: 1" in answer.lower()
        with server.connect() as s:  # a chunked body is counted as it comes: 27,000 + 4,000
            s.sendall(CHUNKED_HEAD + b"%x\r\n%s\r\n" % (4000, b" " * 4000))
            assert _status(_read_answer(s)) == 503
        for s in held:  # the held ones end at the body timeout
            assert _status(_read_answer(s)) == 408
    finally:
        for s in held:
            s.close()
    with httpx.Client(base_url=server.base, timeout=10) as client:  # what they held is free again
        answer = client.post("/code", json={"text": "USA hits COL on 2025-03-01 " + " " * 8000})
    assert answer.status_code == 200


def test_an_answer_that_takes_longer_than_the_head_timeout_is_not_cut(server: Running) -> None:
    with httpx.Client(base_url=server.base, timeout=10) as client:
        answer = client.post("/code", json={"text": "USA hits COL on 2025-03-01", "published": "2025-03-01"})
    assert answer.status_code == 200 and answer.json()["events"]


def test_server_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="head_timeout"):
        ServerSettings(head_timeout=0)
    with pytest.raises(ValueError, match="limit_concurrency"):
        ServerSettings(limit_concurrency=0)


def test_serve_flags_reach_the_server_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.api.server
    from detente.cli.main import main

    seen: list[ServerSettings] = []
    monkeypatch.setattr(detente.api.server, "serve", lambda app, settings: seen.append(settings))
    argv = ["serve", "--db", ":memory:", "--head-timeout", "2.5", "--limit-concurrency", "7", "--port", "8123"]
    assert main(argv) == 0
    assert seen == [ServerSettings(port=8123, head_timeout=2.5, limit_concurrency=7)]


def test_serve_without_flags_runs_with_the_server_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.api.server
    from detente.cli.main import main

    seen: list[ServerSettings] = []
    monkeypatch.setattr(detente.api.server, "serve", lambda app, settings: seen.append(settings))
    assert main(["serve", "--db", ":memory:"]) == 0
    assert seen == [ServerSettings()]


def test_the_command_line_reads_the_defaults_without_importing_the_server() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; from detente.cli.main import build_parser; build_parser().parse_args(['serve']); "
        "print(sorted(m for m in ('uvicorn', 'fastapi', 'starlette') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert proc.stdout.strip() == "[]"


def test_the_open_files_limit_is_raised_up_to_the_hard_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = soft if hard == resource.RLIM_INFINITY else min(soft, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(256, want), hard))
    try:
        assert raise_open_files(want) == want == resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_serve_passes_the_coder_options_to_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.api.server
    from detente.cli.main import main

    apps: list[Any] = []
    monkeypatch.setattr(detente.api.server, "serve", lambda app, settings: apps.append(app))
    argv = ["serve", "--db", ":memory:", "--patterns-only", "--without", "require_recipient"]
    assert main(argv) == 0 and main(["serve", "--db", ":memory:"]) == 0
    chosen, default = (app.state.service.coder_options for app in apps)
    assert chosen == {"model": False, "exclude": ("require_recipient",)} and default == {}


def test_serve_refuses_a_stage_that_cannot_be_left_out(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import detente.api.server
    from detente.cli.main import main

    apps: list[Any] = []
    monkeypatch.setattr(detente.api.server, "serve", lambda app, settings: apps.append(app))
    assert main(["serve", "--db", ":memory:", "--without", "parse"]) == 2
    err = capsys.readouterr().err
    assert apps == [] and "cannot leave out 'parse'" in err and "serving" not in err
