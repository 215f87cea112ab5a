"""A one-line progress bar on stderr: shards done, articles per second, time left."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

WIDTH = 24


class Progress:
    """Counts finished shards and redraws the line (when ``enabled``) at most every 0.2 s."""

    def __init__(
        self,
        shards: int,
        records: int,
        done_shards: int,
        done_records: int,
        *,
        enabled: bool,
        out: TextIO | None = None,
    ) -> None:
        self.shards = shards
        self.records = records
        self.done_shards = done_shards
        self.done_records = done_records
        self.coded = 0  # records coded by this run (the rate's numerator)
        self.enabled = enabled
        self.out = out or sys.stderr
        self.started = time.perf_counter()
        self.drawn = 0.0

    @property
    def rate(self) -> float:
        seconds = time.perf_counter() - self.started
        return self.coded / seconds if seconds > 0 else 0.0

    def add(self, summary: dict[str, Any]) -> None:
        self.done_shards += 1
        self.done_records += int(summary["records"])
        self.coded += int(summary["records"])
        if self.enabled and time.perf_counter() - self.drawn > 0.2:
            self.draw()

    def line(self) -> str:
        share = self.done_shards / self.shards if self.shards else 1.0
        bar = "#" * round(share * WIDTH)
        rate = self.rate
        left = (self.records - self.done_records) / rate if rate else None
        eta = f"ETA {_clock(left)}" if left is not None else "ETA -"
        return (
            f"batch [{bar:<{WIDTH}}] {self.done_shards}/{self.shards} shards, "
            f"{self.done_records}/{self.records} records, {rate:.1f} articles/s, {eta}"
        )

    def draw(self) -> None:
        self.drawn = time.perf_counter()
        print(f"\r{self.line()}  ", end="", file=self.out, flush=True)

    def close(self) -> None:
        if self.enabled:
            self.draw()
            print(file=self.out, flush=True)


def _clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
