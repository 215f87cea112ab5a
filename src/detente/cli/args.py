"""Argument types shared by the subcommands: a bad value is a usage error (exit 2) with one line."""

from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    """A whole number of at least 1 (workers, threads, sizes, limits)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def positive_seconds(text: str) -> float:
    """A number of seconds more than 0 (timeouts)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text}")
    return value


def add_without(parser: argparse.ArgumentParser) -> None:
    """``--without STAGE`` (repeatable): leave an optional stage out of the coder (``Coder(exclude=...)``;
    a stage that cannot be left out is a usage error, exit 2, naming those that can)."""
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="STAGE",
        help="leave this stage out (repeatable): require_recipient keeps verbal and diplomatic acts whose "
        "recipient the text does not name; also agree_headline, filter_events, share_attributes",
    )
