"""Where the coder's time goes beyond spaCy: a stage split and a cProfile of detente's code.

    python benchmarks/profile_coder.py [--corpus PATH] [--limit 200] [--top 30] [--pstats FILE]

Codes the first ``--limit`` articles of the corpus (nothing excluded) with
``Coder.code_many`` twice, after a warm-up on the first 20:

1. without a profiler, with a clock around each stage and around spaCy's ``nlp.pipe``: the
   wall-clock split between spaCy and detente's stages (exclusive times: the time spaCy
   spends pulling texts through ``check_text`` is charged to ``check_text``);
2. under cProfile: the top ``--top`` functions of detente's own modules by cumulative
   time, the top ones by own time, and the profiled time split by package (time in
   built-ins and the standard library is charged to the package that called them).

The profiler slows Python code much more than spaCy's compiled code, so the profiled
split overstates detente's share; take the proportions from part 1 and the hotspots from
part 2. Exit status 66 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DEFAULT_CORPUS, EX_NOINPUT, WARMUP, make_articles, read_corpus

# -- part 1: a wall-clock split with exclusive timers --------------------------------------


class Clock:
    """Exclusive wall-clock time per label: entering a label pauses the one below it."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.stack: list[str] = []
        self.last = time.perf_counter()

    def enter(self, label: str) -> None:
        now = time.perf_counter()
        if self.stack:
            self.totals[self.stack[-1]] += now - self.last
        self.stack.append(label)
        self.calls[label] += 1
        self.last = now

    def exit(self) -> None:
        now = time.perf_counter()
        self.totals[self.stack.pop()] += now - self.last
        self.last = now


class TimedStage:
    """A per-item stage with a clock around each call (no ``pipe``, like the stage it wraps)."""

    def __init__(self, stage: Any, clock: Clock) -> None:
        self.stage = stage
        self.clock = clock
        self.name = stage.name
        self.requires = stage.requires
        self.provides = stage.provides

    def __call__(self, work: Any) -> Any:
        self.clock.enter(self.name)
        try:
            return self.stage(work)
        finally:
            self.clock.exit()


class TimedNlp:
    """Forwards to a spaCy pipeline; each step of ``pipe`` is timed as 'spaCy'."""

    def __init__(self, nlp: Any, clock: Clock) -> None:
        self._nlp = nlp
        self._clock = clock

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def __call__(self, text: str) -> Any:
        self._clock.enter("spaCy (nlp.pipe)")
        try:
            return self._nlp(text)
        finally:
            self._clock.exit()

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        docs = self._nlp.pipe(texts, **kwargs)
        while True:
            self._clock.enter("spaCy (nlp.pipe)")
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                self._clock.exit()
            yield doc


def stage_split(coder: Any, articles: list[Any]) -> tuple[dict[str, float], float, int]:
    """Code ``articles`` with clocks on every stage; restore the coder afterwards."""
    clock = Clock()
    stages = list(coder.pipeline.stages)
    parses = [st for st in stages if hasattr(st, "pipe") and hasattr(st, "nlp")]
    saved_nlp = [st.nlp for st in parses]
    try:
        for st in parses:
            st.nlp = TimedNlp(st.nlp, clock)
        coder.pipeline.stages = [st if hasattr(st, "pipe") else TimedStage(st, clock) for st in stages]
        events = 0
        t0 = time.perf_counter()
        clock.enter("pipeline glue (generators, replace, Result)")
        for r in coder.code_many(articles):
            events += len(r.events)
        clock.exit()
        total = time.perf_counter() - t0
    finally:
        coder.pipeline.stages = stages
        for st, nlp in zip(parses, saved_nlp, strict=True):
            st.nlp = nlp
    return dict(clock.totals), total, events


# -- part 2: cProfile ----------------------------------------------------------------------

StatKey = tuple[str, int, str]


def package_of(filename: str, detente_dir: str) -> str | None:
    """The package a function's file belongs to; None for built-ins and the standard library."""
    if filename.startswith(detente_dir):
        return "detente"
    for name in ("spacy", "thinc", "numpy", "srsly", "cymem", "preshed", "blis", "catalogue", "confection"):
        if f"/{name}/" in filename or f"\\{name}\\" in filename:
            return "spaCy (spacy, thinc, numpy, ...)"
    if "site-packages" in filename:
        return "other packages"
    return None


def split_by_package(stats: dict[StatKey, Any], detente_dir: str) -> dict[str, float]:
    """Own time per package; built-in and stdlib time is charged to its callers' packages."""
    memo: dict[StatKey, dict[str, float]] = {}

    def shares(key: StatKey, depth: int = 0) -> dict[str, float]:
        if key in memo:
            return memo[key]
        pkg = package_of(key[0], detente_dir)
        if pkg is not None:
            return {pkg: 1.0}
        callers = stats[key][4] if key in stats else {}
        weights = {c: v[2] + 1e-12 for c, v in callers.items()}  # v = (cc, nc, tt, ct)
        total = sum(weights.values())
        if depth > 12 or not total:
            return {"built-ins / stdlib (top level)": 1.0}
        out: dict[str, float] = defaultdict(float)
        memo[key] = {"built-ins / stdlib (top level)": 1.0}  # cycle guard
        for c, w in weights.items():
            for p, f in shares(c, depth + 1).items():
                out[p] += f * w / total
        memo[key] = dict(out)
        return memo[key]

    split: dict[str, float] = defaultdict(float)
    for key, (_cc, _nc, tt, _ct, _callers) in stats.items():
        for p, f in shares(key).items():
            split[p] += tt * f
    return dict(split)


def where(key: StatKey, detente_dir: str) -> str:
    filename, line, func = key
    rel = filename[len(detente_dir) :].lstrip("/\\") if filename.startswith(detente_dir) else filename
    return f"{rel}:{line}({func})"


def print_table(rows: list[tuple[StatKey, Any]], detente_dir: str, title: str) -> None:
    print(title)
    print(f"{'ncalls':>10} {'tottime':>9} {'cumtime':>9} {'percall(us)':>11}  function")
    for key, (_cc, nc, tt, ct, _callers) in rows:
        print(f"{nc:>10} {tt:>9.3f} {ct:>9.3f} {1e6 * ct / max(nc, 1):>11.1f}  {where(key, detente_dir)}")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Profile the coder's own code beyond spaCy.")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL or JSONL.gz corpus")
    ap.add_argument("--limit", type=int, default=200, help="profile the first N articles (default 200)")
    ap.add_argument("--top", type=int, default=30, help="rows of the cumulative-time table")
    ap.add_argument("--pstats", type=Path, help="also save the raw profile here (for snakeviz, pstats)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"profile_coder.py: corpus not found: {args.corpus}", file=sys.stderr)
        return EX_NOINPUT

    import detente
    from detente.stages.parse import add_dateline_marker, load_nlp

    detente_dir = str(Path(detente.__file__).resolve().parent)
    records = read_corpus(args.corpus, args.limit)
    articles = make_articles(records)
    nlp = load_nlp()
    add_dateline_marker(nlp)
    coder = detente.Coder(nlp=nlp)
    for _ in coder.code_many(articles[:WARMUP]):  # warm-up
        pass

    # part 1
    totals, wall, events = stage_split(coder, articles)
    spacy_t = sum(v for k, v in totals.items() if k.startswith("spaCy"))
    print(f"corpus {args.corpus}: {len(articles)} articles, {events} events")
    print(f"\n== wall-clock split, no profiler ({wall:.3f} s) ==")
    for label, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<46} {secs:8.3f} s  {100 * secs / wall:5.1f}%")
    beyond = wall - spacy_t
    print(
        f"  coding beyond spaCy: {beyond:.3f} s = {100 * beyond / spacy_t:.1f}% of spaCy's time "
        f"(implied ratio {spacy_t / wall:.3f})"
    )

    # part 2
    prof = cProfile.Profile()
    prof.enable()
    for _ in coder.code_many(articles):
        pass
    prof.disable()
    if args.pstats:
        prof.dump_stats(str(args.pstats))
    ps = pstats.Stats(prof)
    stats: dict[StatKey, Any] = ps.stats  # type: ignore[attr-defined]
    total_tt = sum(v[2] for v in stats.values())
    own = [(k, v) for k, v in stats.items() if k[0].startswith(detente_dir)]

    print(f"\n== cProfile ({total_tt:.3f} s profiled) ==")
    split = split_by_package(stats, detente_dir)
    print("profiled time by package (built-in/stdlib calls charged to their caller):")
    for pkg, secs in sorted(split.items(), key=lambda kv: -kv[1]):
        print(f"  {pkg:<36} {secs:8.3f} s  {100 * secs / total_tt:5.1f}%")
    stage_rows = [
        (k, v) for k, v in own if k[2] in ("__call__", "check_text") and "/stages/" in k[0].replace("\\", "/")
    ]
    print("detente stages (cumulative, profiled):")
    for key, v in sorted(stage_rows, key=lambda kv: -kv[1][3]):
        print(f"  {where(key, detente_dir):<46} {v[3]:8.3f} s  {100 * v[3] / total_tt:5.1f}%")
    print()

    print_table(
        sorted(own, key=lambda kv: -kv[1][3])[: args.top],
        detente_dir,
        f"top {args.top} detente functions by cumulative time:",
    )
    print_table(
        sorted(own, key=lambda kv: -kv[1][2])[: max(10, args.top // 2)],
        detente_dir,
        "top detente functions by own time (tottime; includes spaCy attribute access from them):",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
