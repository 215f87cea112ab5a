"""How long hostile inputs take: HTML of unclosed ``<a`` tags (or another piece), an article
of 100,000 short sentences, a JSONL file with an over-long line, a gzip bomb; then the
watchdogs: a stage that loops (1-second budget), the cost of the stage timer per stage call,
and a fetch from a server on 127.0.0.1 that sends a byte every 0.05 s (1-second budget).

    python benchmarks/hostile.py [--html-module FILE] [--kb 20 40 80 1000] [--piece '<a']

``--html-module`` times the ``html_to_text`` of another file, e.g. the standard-library
version before issue 16 (``git show 514799b:src/detente/io/html.py > /tmp/old_html.py``).
Figures and commands are in docs/reliability.md. Exit status 0.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import time
from collections.abc import Callable
from typing import Any

from detente.io.readers import read_bytes
from detente.knowledge.words import LanguageWords
from detente.stages.validate import text_problem


def _timed(label: str, func: Callable[[], Any]) -> None:
    started = time.perf_counter()
    out = func()
    print(f"{label:48s} {time.perf_counter() - started:9.3f} s  {str(out)[:70]}", flush=True)


def _html_module(path: str | None) -> Any:
    if path is None:
        from detente.io import html

        return html
    spec = importlib.util.spec_from_file_location("other_html", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bomb(megabytes: int) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as f:
        f.write(b'{"text": "Colombia accused Venezuela."}\n')
        for _ in range(megabytes):
            f.write(b" " * 1_000_000)
    return out.getvalue()


def _watchdogs() -> None:
    from detente.pipeline import Pipeline, Work
    from detente.pipeline import pipeline as pipeline_module
    from detente.pipeline.stage import stage
    from detente.records import Article

    @stage(name="loop", requires=["article"], provides=[])
    def loop(work: Work) -> Work:
        end = time.perf_counter() + 30
        while work.article.text == "loop" and time.perf_counter() < end:
            pass
        return work

    items = [Work(Article(id=name, text=name)) for name in ("loop", "next")]
    _timed("a stage looping in Python, 1 s budget", lambda: [str(w.error) for w in Pipeline([loop], 1.0).run(items)])
    quick = [Work(Article(id=str(n), text="quick")) for n in range(50_000)]
    for label, allowed in (("with the stage timer", True), ("without (checked after the stage)", False)):
        if not allowed:
            pipeline_module._can_interrupt = lambda: False  # type: ignore[attr-defined]
        best = min(_seconds(lambda: list(Pipeline([loop], 60.0).run(quick))) for _ in range(3))
        print(f"{'one stage call, ' + label:48s} {best / len(quick) * 1e6:9.1f} us", flush=True)
    _timed("a fetch trickling a byte per 0.05 s, 1 s budget", _trickled_fetch)


def _seconds(func: Callable[[], Any]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def _trickled_fetch() -> str:
    import socket
    import threading

    from detente.errors import DetenteError
    from detente.io.fetch import fetch

    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
            try:
                for _ in range(200):
                    conn.sendall(b"x")
                    time.sleep(0.05)
            except OSError:
                pass

    threading.Thread(target=serve, daemon=True).start()
    try:
        fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", allow_private=True, timeout=1.0)
        return "fetched (no deadline!)"
    except DetenteError as exc:
        return exc.one_line()
    finally:
        listener.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html-module", help="time the html_to_text of this file instead")
    parser.add_argument("--kb", type=int, nargs="+", default=[20, 40, 80, 1000], help="sizes of the HTML inputs")
    parser.add_argument("--piece", default="<a", help="the piece repeated in the HTML body")
    args = parser.parse_args()
    html = _html_module(args.html_module)
    for kb in args.kb:
        page = "<html><body><p>" + args.piece * (kb * 1000 // len(args.piece))
        _timed(f"HTML, {kb:,} kB of {args.piece!r}", lambda page=page: len(html.html_to_text(page)[0]))
    language = LanguageWords.load()
    _timed("check_text, 100,000 short sentences", lambda: text_problem("He left. " * 100_000, language))
    line = b'{"text": "' + b"x" * 20_000_000 + b'"}\n'
    _timed("JSONL, one line of 20 MB", lambda: [str(r.error) for r in read_bytes(line, "long.jsonl")])
    bomb = _bomb(1000)
    _timed(f"gzip bomb, {len(bomb):,} bytes -> 1 GB", lambda: [str(r.error) for r in read_bytes(bomb, "bomb.gz")])
    _watchdogs()


if __name__ == "__main__":
    main()
