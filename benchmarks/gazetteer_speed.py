"""What the gazetteer costs: open time, lookup time, resident memory, file size, build time,
and a whole ``detente code`` process against spaCy's load alone.

    python benchmarks/gazetteer_speed.py [--path FILE] [--corpus PATH] [--build] [--processes 5] [--json]

In this process: the resident set (``VmRSS``) after importing the gazetteer module, after
``Gazetteer.load(path)`` and after 1,000 lookups; the time of the open; the time per lookup of
every distinct candidate name of the corpus (runs of one to three capitalized words, the kind
of name the place stage asks about), a first pass and a second, repeated one. ``--build``
also builds a gazetteer into a temporary folder and times it. ``--processes N`` then runs, N
times each and alternating, ``python -m detente code`` on a one-line file and ``python -c
"import spacy; spacy.load(MODEL)"`` under ``/usr/bin/time -v`` and prints the median wall
time and peak resident set of each.

Exit status: 0 when measured, 66 when the corpus or gazetteer file is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
ONE_LINE = "Russian forces shelled Kherson on Monday, Ukrainian officials said.\n"
EX_NOINPUT = 66
_CANDIDATE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def rss_mb() -> float:
    """This process's resident set now, in MB (from /proc/self/status)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def candidates(corpus: Path, limit: int) -> list[str]:
    """Distinct runs of one to three capitalized words, and every shorter run they start with."""
    seen: dict[str, None] = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            for m in _CANDIDATE.finditer(text):
                words = m.group().split()
                for n in range(len(words), 0, -1):
                    seen.setdefault(" ".join(words[:n]).rstrip(".,"), None)
            if len(seen) >= limit:
                break
    return list(seen)[:limit]


def in_process(path: Path | None, names: list[str]) -> dict[str, Any]:
    rss_start = rss_mb()
    from detente.geo.gazetteer import Gazetteer, default_path

    t0 = time.perf_counter()
    default = default_path()  # what Gazetteer.load() works out first: a hash of the inputs
    default_path_s = time.perf_counter() - t0
    path = path or default
    if not path.exists():
        print(f"gazetteer_speed: no gazetteer at {path}; run `detente gazetteer build`", file=sys.stderr)
        sys.exit(EX_NOINPUT)
    rss_imported = rss_mb()
    t0 = time.perf_counter()
    g = Gazetteer.load(path)
    open_s = time.perf_counter() - t0
    rss_open = rss_mb()
    for name in names[:1000]:
        g.lookup(name)
    rss_1000 = rss_mb()
    t0 = time.perf_counter()
    found = sum(1 for name in names if g.lookup(name))
    first_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for name in names:
        g.lookup(name)
    again_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for name in names:
        _ = name in g
    contains_s = time.perf_counter() - t0
    return {
        "path": str(path),
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "places": len(g),
        "default_path_ms": round(default_path_s * 1000, 1),
        "open_ms": round(open_s * 1000, 1),
        "rss_start_mb": round(rss_start, 1),
        "rss_after_import_mb": round(rss_imported, 1),
        "rss_after_open_mb": round(rss_open, 1),
        "rss_after_1000_lookups_mb": round(rss_1000, 1),
        "rss_added_by_open_and_1000_lookups_mb": round(rss_1000 - rss_imported, 1),
        "names": len(names),
        "names_found": found,
        "lookup_us_first_pass": round(first_s / len(names) * 1e6, 1),
        "lookup_us_second_pass": round(again_s / len(names) * 1e6, 1),
        "contains_us": round(contains_s / len(names) * 1e6, 1),
    }


def build_time() -> dict[str, Any]:
    from detente.geo.build import build_gazetteer

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "gazetteer"
        t0 = time.perf_counter()
        count = build_gazetteer(out)
        seconds = time.perf_counter() - t0
        return {
            "build_s": round(seconds, 1),
            "built_places": count,
            "built_file_mb": round(out.stat().st_size / 1e6, 1),
        }


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one process, from ``/usr/bin/time -v``."""
    done = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"gazetteer_speed: {' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert wall is not None and peak is not None, done.stderr
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    return hours * 3600 + minutes * 60 + seconds, int(peak.group(1)) / 1024


def processes(runs: int) -> dict[str, Any]:
    from detente.stages.parse import MODEL

    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(ONE_LINE, encoding="utf-8")
        code = [sys.executable, "-m", "detente", "code", str(one), "--published", "2025-10-21", "-o", os.devnull]
        spacy_only = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
        coder_runs, spacy_runs = [], []
        for _ in range(runs):
            coder_runs.append(timed(code))
            spacy_runs.append(timed(spacy_only))
    coder_s = statistics.median(w for w, _ in coder_runs)
    spacy_s = statistics.median(w for w, _ in spacy_runs)
    return {
        "runs": runs,
        "code_one_line_s_median": round(coder_s, 2),
        "code_one_line_peak_mb_median": round(statistics.median(m for _, m in coder_runs), 1),
        "spacy_load_s_median": round(spacy_s, 2),
        "spacy_load_peak_mb_median": round(statistics.median(m for _, m in spacy_runs), 1),
        "code_minus_spacy_s": round(coder_s - spacy_s, 2),
        "code_s_all": [round(w, 2) for w, _ in coder_runs],
        "spacy_s_all": [round(w, 2) for w, _ in spacy_runs],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--path", type=Path, help="the gazetteer file (default: the installed one)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL texts to take candidate names from")
    ap.add_argument("--names", type=int, default=20_000, help="distinct candidate names to look up (20,000)")
    ap.add_argument("--build", action="store_true", help="also time a build into a temporary folder")
    ap.add_argument("--processes", type=int, default=0, help="whole-process runs of each command (0: none)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"gazetteer_speed: no corpus at {args.corpus}", file=sys.stderr)
        return EX_NOINPUT
    names = candidates(args.corpus, args.names)
    figures = in_process(args.path, names)
    if args.build:
        figures |= build_time()
    if args.processes:
        figures |= processes(args.processes)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
