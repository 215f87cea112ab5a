"""``detente batch``: code many files into a folder of Parquet event files, here or on Ray."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from detente.cli.args import add_without, positive_int
from detente.errors import EXIT_PARTIAL
from detente.records import parse_date


def add_parser(sub: Any) -> None:
    b = sub.add_parser(
        "batch", help="code files, folders or globs into Parquet event files, resumable, here or on a Ray cluster"
    )
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs (.jsonl .jsonl.gz .parquet ...)")
    b.add_argument("--out", required=True, metavar="DIR", help="the batch folder (created; a second run resumes it)")
    b.add_argument("--engine", choices=("local", "ray"), default="local", help="where to code (default local)")
    b.add_argument("--address", help="--engine ray: the cluster's address (default: start Ray on this machine)")
    b.add_argument(
        "--workers", type=positive_int, help="coding processes or Ray actors (default: 1 local, every CPU on Ray)"
    )
    b.add_argument("--shard-size", type=positive_int, default=500, help="records per shard (default 500)")
    b.add_argument("--published", help="publication date YYYY-MM-DD for records that carry none")
    b.add_argument("--patterns-only", action="store_true", help="code with the patterns alone, without the model")
    add_without(b)
    b.add_argument(
        "--max-line-bytes",
        type=positive_int,
        default=8_000_000,
        help="a longer JSONL line is a failure (default 8,000,000)",
    )
    b.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is not a terminal")


def run(args: argparse.Namespace) -> int:
    from detente.batch import CoderFactory, run_batch

    report = run_batch(
        args.inputs,
        args.out,
        engine=args.engine,
        workers=args.workers,
        shard_size=args.shard_size,
        address=args.address,
        published=parse_date(args.published),
        factory=CoderFactory(patterns_only=args.patterns_only, without=tuple(args.without)),
        progress=args.progress or sys.stderr.isatty(),
        max_line_bytes=args.max_line_bytes,
    )
    print(
        f"batch: {report.shards} shards ({report.skipped} finished before, {report.coded} coded now), "
        f"{report.records} records, {report.articles} articles, {report.events} events, "
        f"{report.failures} failed; {report.seconds:.1f} s ({report.rate:.1f} articles/s) -> {args.out}",
        file=sys.stderr,
    )
    if not report.failures:
        return 0
    return EXIT_PARTIAL if report.articles else 65
