"""How long hostile inputs take: HTML of unclosed ``<a`` tags (or another piece), an article
of 100,000 short sentences, a JSONL file with an over-long line, a gzip bomb.

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


if __name__ == "__main__":
    main()
