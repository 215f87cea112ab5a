"""The REST API under attack: slow and idle clients, oversized bodies and normal load at once.

    python benchmarks/api_attack.py [--events 50000] [--db PATH] [--seconds 60] [--slow 500] [--json]

Builds a store of N synthetic events (``synthetic.py``, as ``api_load.py`` does; ``--db PATH``
keeps it, an existing file is reused), starts ``python -m detente serve`` on it (127.0.0.1, a
free port, serve's defaults unless ``--serve-args`` says otherwise) as its own process, waits
for ``/health``, measures ``/health`` on the idle server, then for ``--seconds`` seconds at once:

* ``--slow`` raw connections (a separate process, asyncio), a third each: **idle** (connect,
  send nothing), **slowloris** (a request head sent a byte every ``--trickle`` seconds, never
  finished), **slow body** (``POST /code`` with a whole head and its body a byte every
  ``--trickle`` seconds); each that the server closes is opened again at once;
* ``--oversized`` clients in a loop: ``POST /ingest`` with ``Content-Length`` of 100 MB, the
  body pushed as fast as the server takes it until the answer comes; and as many with a
  chunked body (no length), likewise;
* ``--held`` connections that each send a body of nearly 4 MB (under the cap) but its last
  byte, and wait (408 at the body timeout, or 503 while the bodies held at once are at
  their budget), then again;
* ``--clients`` clients of normal load (``api_load.py``'s mix of ``/events`` and the dyad
  series) and a ``/health`` probe every ``--probe-every`` seconds, each probe on a new connection.

Then it checks ``/health`` once more and that the server's open files fall back, and stops it.
Nothing leaves 127.0.0.1; every socket has a timeout and the run a fixed length.

Reports: ``/health`` p50/p99/max and errors, idle and under attack; the normal load's figures;
per kind of attacker, how its connections ended (closed by the server, answered 408/413, ...)
and after how long; for the oversized bodies, the time to 413 and how much of the body the
client had sent by then; the server's peak RSS (``VmHWM`` of /proc/PID/status) and most open
files, its CPU seconds. Passes when every /health probe was answered (200 within 5 s), every
slow connection was dropped within its timeout (+2 s), every oversized body got 413 (or,
chunked, 503 while the bodies held at once are at their budget), every slow or held body 408
or 503, and the peak RSS stayed under ``--cap-mb`` (1,500).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_load import Server, load, percentile, summary, workload  # benchmarks/api_load.py
from synthetic import generate  # benchmarks/synthetic.py

from detente.store import open_store

BIG = 100_000_000  # the Content-Length the oversized clients announce
HELD = 3_999_000  # the Content-Length of a held body, under the cap (4 MB)
CHUNK = 65536
SLOW_HEAD = b"GET /health HTTP/1.1\r\nHost: attack\r\nUser-Agent: slowloris\r\n" + b"X-Slow: aaaaaaaa\r\n" * 2000
SLOW_BODY_HEAD = (
    b"POST /code HTTP/1.1\r\nHost: attack\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n"
)
#: /health must answer every probe, each within this, while under attack
PROBE_TIMEOUT = 5.0
#: how a body refused for the budget ends: 503, or a close that the client, still sending, saw first
REFUSED = ("answered 503", "closed by the server")


# -- the attackers: one process, asyncio ---------------------------------------------------------


async def _answer(reader: asyncio.StreamReader) -> int | None:
    """The status of the response the server sends, or None if it closes first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = await reader.read(CHUNK)
        if not chunk:
            return None
        data += chunk
    return int(data.split(b" ", 2)[1])


async def _connect(
    kind: str, host: str, port: int, out: list[dict[str, Any]]
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
    """A connection, or None after noting why it failed and waiting a second."""
    try:
        return await asyncio.wait_for(asyncio.open_connection(host, port), 10)
    except (OSError, TimeoutError) as exc:
        out.append({"kind": kind, "end": f"connect failed: {type(exc).__name__}", "seconds": 0.0})
        await asyncio.sleep(1)
        return None


def _close(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        writer.close()


async def slow(kind: str, host: str, port: int, end: float, trickle: float, out: list[dict[str, Any]]) -> None:
    """Open a connection, send (nothing, a head, a body) a byte every ``trickle`` s until the
    server ends it; note how and when; again until ``end``."""
    while time.monotonic() < end:
        connection = await _connect(kind, host, port, out)
        if connection is None:
            continue
        reader, writer = connection
        started = time.monotonic()
        payload = {"idle": b"", "slowloris": SLOW_HEAD, "slow_body": b"{" + b" " * 1998 + b"}"}[kind]
        if kind == "slow_body":
            writer.write(SLOW_BODY_HEAD)
        answered = asyncio.ensure_future(_answer(reader))
        sent, how = 0, "open at the end"
        try:
            while time.monotonic() < end:
                done, _ = await asyncio.wait({answered}, timeout=min(trickle, max(0.01, end - time.monotonic())))
                if done:
                    status = answered.result()
                    how = "closed by the server" if status is None else f"answered {status}"
                    break
                if payload and sent < len(payload):
                    writer.write(payload[sent : sent + 1])
                    sent += 1
        except (OSError, ConnectionError):
            how = "closed by the server"
        finally:
            answered.cancel()
            _close(writer)
        out.append({"kind": kind, "end": how, "seconds": time.monotonic() - started, "bytes": sent})


async def oversized(kind: str, host: str, port: int, end: float, out: list[dict[str, Any]]) -> None:
    """Send a body over the cap as fast as the server takes it until it answers; again until ``end``."""
    head = b"POST /ingest HTTP/1.1\r\nHost: attack\r\nContent-Type: application/json\r\n"
    head += b"Content-Length: %d\r\n\r\n" % BIG if kind == "content_length" else b"Transfer-Encoding: chunked\r\n\r\n"
    piece = b"x" * CHUNK if kind == "content_length" else b"%x\r\n%s\r\n" % (CHUNK, b"x" * CHUNK)
    while time.monotonic() < end:
        connection = await _connect(kind, host, port, out)
        if connection is None:
            continue
        reader, writer = connection
        started = time.monotonic()
        sent = 0

        async def push(writer: asyncio.StreamWriter = writer) -> None:
            nonlocal sent
            writer.write(head)
            while sent < BIG:
                writer.write(piece)
                await writer.drain()
                sent += CHUNK

        answered = asyncio.ensure_future(_answer(reader))
        pushing = asyncio.ensure_future(push())
        try:
            done, _ = await asyncio.wait({answered}, timeout=max(0.01, end + 30 - time.monotonic()))
            status = answered.result() if done else "no answer"
            how = "closed by the server" if status is None else f"answered {status}"
        except (OSError, ConnectionError):
            how = "closed by the server"
        took, at = time.monotonic() - started, sent
        pushing.cancel()
        answered.cancel()
        _close(writer)
        out.append({"kind": kind, "end": how, "seconds": took, "bytes": at})
        await asyncio.sleep(0.05)


async def held(host: str, port: int, end: float, out: list[dict[str, Any]]) -> None:
    """Send all of a body just under the cap but its last byte and wait for the answer (408
    at the body timeout, or 503 if the bodies held at once are at their budget); again until ``end``."""
    head = b"POST /code HTTP/1.1\r\nHost: attack\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
    while time.monotonic() < end:
        connection = await _connect("held_body", host, port, out)
        if connection is None:
            continue
        reader, writer = connection
        started = time.monotonic()

        async def push(writer: asyncio.StreamWriter = writer) -> None:
            writer.write(head % HELD)
            for at in range(0, HELD - 1, CHUNK):  # as fast as the server takes it
                writer.write(b" " * min(CHUNK, HELD - 1 - at))
                await writer.drain()

        answered = asyncio.ensure_future(_answer(reader))
        pushing = asyncio.ensure_future(push())
        how = "open at the end"
        try:
            done, _ = await asyncio.wait({answered}, timeout=max(0.01, end - time.monotonic()))
            if done:
                status = answered.result()
                how = "closed by the server" if status is None else f"answered {status}"
        except (OSError, ConnectionError):
            how = "closed by the server"
        pushing.cancel()
        answered.cancel()
        _close(writer)
        out.append({"kind": "held_body", "end": how, "seconds": time.monotonic() - started})
        await asyncio.sleep(0.5)


async def attack(
    host: str, port: int, seconds: float, n_slow: int, n_over: int, n_held: int, trickle: float
) -> list[dict[str, Any]]:
    end = time.monotonic() + seconds
    out: list[dict[str, Any]] = []
    kinds = ("idle", "slowloris", "slow_body")
    tasks = [slow(kinds[i % 3], host, port, end, trickle, out) for i in range(n_slow)]
    tasks += [oversized(k, host, port, end, out) for k in ("content_length", "chunked") for _ in range(n_over)]
    tasks += [held(host, port, end, out) for _ in range(n_held)]
    await asyncio.gather(*tasks)
    return out


def attacker(
    host: str, port: int, seconds: float, n_slow: int, n_over: int, n_held: int, trickle: float, conn: Any
) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4 * (n_slow + n_held) + 256)), hard))
    conn.send(asyncio.run(attack(host, port, seconds, n_slow, n_over, n_held, trickle)))
    conn.close()


# -- what the main process watches ---------------------------------------------------------------


def probe(base: str, end: float, every: float) -> list[tuple[float, bool]]:
    """``GET /health`` on a new connection each ``every`` s until ``end``: (seconds, ok)."""
    seen = []
    while time.monotonic() < end:
        started = time.perf_counter()
        try:
            ok = httpx.get(base + "/health", timeout=PROBE_TIMEOUT).status_code == 200
        except httpx.HTTPError:
            ok = False
        seen.append((time.perf_counter() - started, ok))
        time.sleep(max(0.0, every - (time.perf_counter() - started)))
    return seen


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (kB) and the open files of process ``pid``."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    fields["files"] = len(os.listdir(f"/proc/{pid}/fd"))
    return fields


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of process ``pid`` (its threads included) so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def watch(pid: int, stop: threading.Event, samples: list[dict[str, int]]) -> None:
    while not stop.is_set():
        try:
            samples.append(proc_status(pid))
        except OSError:
            return
        stop.wait(0.25)


def by_kind(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Per kind of attacker: connections, how they ended, the seconds to that end (p50, max)
    and for the oversized ones the MB sent before the answer (p50, max)."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        grouped[r["kind"]].append(r)
    out = {}
    for kind, rs in grouped.items():
        ended = [r for r in rs if r["end"] != "open at the end"]
        secs = [r["seconds"] for r in ended] or [0.0]
        row: dict[str, Any] = {
            "connections": len(rs),
            "ends": dict(Counter(r["end"] for r in rs)),
            "seconds_p50": round(percentile(secs, 50), 2),
            "seconds_max": round(max(secs), 2),
        }
        still = [r["seconds"] for r in rs if r["end"] == "open at the end"]
        row["open_at_the_end_longest_seconds"] = round(max(still), 2) if still else None
        if kind in ("content_length", "chunked"):
            mb = [r["bytes"] / 1e6 for r in ended] or [0.0]
            row |= {"sent_mb_p50": round(percentile(mb, 50), 2), "sent_mb_max": round(max(mb), 2)}
        out[kind] = row
    return out


def health_figures(samples: list[tuple[float, bool]]) -> dict[str, Any]:
    ms = [t * 1000 for t, _ in samples] or [0.0]
    return {
        "probes": len(samples),
        "p50_ms": round(percentile(ms, 50), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1),
        "errors": sum(1 for _, ok in samples if not ok),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--db", help="store file: reused if it exists, else built and kept (default: a temporary one)")
    parser.add_argument("--seconds", type=float, default=60, help="how long the attack lasts (default 60)")
    parser.add_argument("--slow", type=int, default=500, help="idle, slowloris and slow-body connections (default 500)")
    parser.add_argument("--oversized", type=int, default=4, help="clients of each kind of oversized body (default 4)")
    parser.add_argument(
        "--held", type=int, default=100, help="connections that each hold a body of nearly 4 MB (default 100)"
    )
    parser.add_argument("--clients", type=int, default=8, help="clients of normal load (default 8)")
    parser.add_argument("--trickle", type=float, default=2.0, help="seconds between a slow client's bytes (default 2)")
    parser.add_argument("--probe-every", type=float, default=0.2)
    parser.add_argument("--cap-mb", type=float, default=1500, help="the server's peak RSS must stay under this")
    parser.add_argument("--head-timeout", type=float, default=10.0, help="what the slow clients are held to (serve's)")
    parser.add_argument("--body-timeout", type=float, default=30.0, help="what the slow bodies are held to (serve's)")
    parser.add_argument("--serve-args", default="", help="more arguments for detente serve, e.g. '--head-timeout 5'")
    parser.add_argument(
        "--old-serve", action="store_true",
        help="serve has no timeout flags (a checkout from before them): pass none, judge by the figures given",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 unless it passes (make soak)")
    args = parser.parse_args()
    timeouts = ("--head-timeout", str(args.head_timeout), "--body-timeout", str(args.body_timeout))
    extra = (*args.serve_args.split(), *(() if args.old_serve else timeouts))
    requests = workload(args.clients * 5000, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "api_attack.duckdb"
        if not db.exists():
            generate(db, args.events, skew=True)
        with open_store(db) as store:
            n = store.counts()["events"]
        server = Server(db, Path(tmp) / "server.log", extra=extra)
        pid = server.process.pid
        samples: list[dict[str, int]] = []
        stop = threading.Event()
        try:
            server.wait()
            files_before = proc_status(pid)["files"]
            idle = probe(server.base, time.monotonic() + 5, args.probe_every)
            watcher = threading.Thread(target=watch, args=(pid, stop, samples), daemon=True)
            watcher.start()
            ctx = multiprocessing.get_context("spawn")
            mine, theirs = ctx.Pipe(duplex=False)
            host, port = "127.0.0.1", server.port
            child = ctx.Process(
                target=attacker,
                args=(host, port, args.seconds, args.slow, args.oversized, args.held, args.trickle, theirs),
            )
            child.start()
            cpu_start = cpu_seconds(pid)
            end = time.monotonic() + args.seconds
            probes: list[tuple[float, bool]] = []
            prober = threading.Thread(target=lambda: probes.extend(probe(server.base, end, args.probe_every)))
            prober.start()
            ran = load(server.base, requests, args.clients, end)
            prober.join(args.seconds + 60)
            cpu = cpu_seconds(pid) - cpu_start
            records = mine.recv() if mine.poll(args.seconds + 90) else []
            child.join(30)
            after = probe(server.base, time.monotonic() + 1, args.probe_every)
            settle = time.monotonic()
            while proc_status(pid)["files"] > files_before + 5 and time.monotonic() - settle < args.head_timeout + 5:
                time.sleep(0.2)
            files_after = proc_status(pid)["files"]
            peak = proc_status(pid)
        finally:
            stop.set()
            server.stop()
        log = (Path(tmp) / "server.log").read_text(errors="replace")
    overall = [s for v in ran["results"].values() for s in v]
    kinds = by_kind(records)
    dropped = ("closed by the server", args.head_timeout)
    timed = ("answered 408", args.body_timeout)
    limits = {"idle": dropped, "slowloris": dropped, "slow_body": timed, "held_body": timed}
    bodies = ("slow_body", "held_body")  # refused at once (503) while the bodies held are at their budget
    slow_ok = all(
        r["end"] in (limits[r["kind"]][0], "open at the end", *(REFUSED if r["kind"] in bodies else ()))
        and r["seconds"] <= limits[r["kind"]][1] + 2
        for r in records
        if r["kind"] in limits
    )
    # a Content-Length over the cap: 413 at once; a chunked body: 413 past the cap, or 503 before
    # that if the bodies held at once are at their budget
    over_ok = all(
        r["end"] == "answered 413" or (r["kind"] == "chunked" and r["end"] in REFUSED)
        for r in records
        if r["kind"] in ("content_length", "chunked")
    )
    figures: dict[str, Any] = {
        "events": n,
        "seconds": args.seconds,
        "slow_connections": args.slow,
        "oversized_clients": 2 * args.oversized,
        "held_bodies": args.held,
        "head_timeout": args.head_timeout,
        "body_timeout": args.body_timeout,
        "health_idle": health_figures(idle),
        "health_under_attack": health_figures(probes),
        "health_after": health_figures(after),
        "load": summary(overall, ran["seconds"]) if overall else None,
        "load_failures": ran["failures"],
        "attackers": kinds,
        "server": {
            "peak_rss_mb": round(peak["VmHWM"] / 1024),
            "cpu_seconds_under_attack": round(cpu, 1),
            "most_open_files": max((s["files"] for s in samples), default=0),
            "open_files_before": files_before,
            "open_files_after": files_after,
            "log_tracebacks": log.count("Traceback"),
            "log_lines": len(log.splitlines()),
        },
        "cap_mb": args.cap_mb,
        "target": {"health_errors": 0, "probe_timeout_s": PROBE_TIMEOUT, "peak_rss_mb": args.cap_mb},
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    h = figures["health_under_attack"]
    figures["pass"] = bool(
        h["errors"] == 0
        and figures["health_after"]["errors"] == 0
        and slow_ok
        and over_ok
        and records
        and figures["server"]["peak_rss_mb"] < args.cap_mb
    )
    failed = 1 if args.check and not figures["pass"] else 0
    if args.json:
        print(json.dumps(figures, indent=1))
        return failed
    print(f"{n:,} events; {args.seconds:g} s of attack: {args.slow} slow connections, {2 * args.oversized} oversized")
    for name in ("health_idle", "health_under_attack", "health_after"):
        f = figures[name]
        print(f"{name:20} {f['probes']:>5} probes  p50 {f['p50_ms']:>7} ms  p99 {f['p99_ms']:>7} ms  "
              f"max {f['max_ms']:>7} ms  errors {f['errors']}")  # fmt: skip
    if figures["load"]:
        lo = figures["load"]
        print(f"normal load: {lo['requests']} requests, p50 {lo['p50_ms']} ms, p99 {lo['p99_ms']} ms, "
              f"errors {lo['errors']}")  # fmt: skip
    for kind, row in kinds.items():
        print(f"  {kind:15} {row}")
    s = figures["server"]
    print(f"server: peak RSS {s['peak_rss_mb']} MB (cap {args.cap_mb:g}), {s['cpu_seconds_under_attack']} CPU s, "
          f"most open files {s['most_open_files']} "
          f"({s['open_files_before']} before, {s['open_files_after']} after), "
          f"tracebacks in its log {s['log_tracebacks']}; load average {figures['load_average']}")  # fmt: skip
    print("PASS" if figures["pass"] else "FAIL")
    return failed


if __name__ == "__main__":
    sys.exit(main())
