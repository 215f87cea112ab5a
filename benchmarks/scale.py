"""Batch throughput: the local single-process engine against the Ray engine, same corpus.

    python benchmarks/scale.py [--corpus PATH] [--limit N] [--shard-size N] [--ray-cpus N] [--json]

In one run, on the first ``--limit`` records (default 400) of ``--corpus`` (default
``../shared/corpora/whitehouse-briefing-room-2021-2026/articles.jsonl.gz``):

(a) ``detente batch --engine local --workers 1``: one process, the coder loaded once;
(b) ``detente batch --engine ray`` on a local Ray cluster of ``--ray-cpus`` CPUs (default 2),
    one actor per CPU, each loading the coder once.

Each writes a fresh batch folder. The times are end to end: planning, coder loading (actors
start and load in parallel), coding and writing; Ray's own start (``ray.init``) is timed
apart. Prints articles/s for each, their ratio (target: >= 1.6 on 2 CPUs), the peak resident
memory of the process that ran (a) (one coder: what each worker needs), and whether both gave
the same events (every column, in an order of all of them) with one id per event. Where the
time went: the CPU time of (a) (above its wall time when BLAS runs threads), the shards' own
coding time (``done/`` summaries) against the wall time, and how long Ray took to its first
finished shard's start (actor start and coder loading).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "whitehouse-briefing-room-2021-2026" / "articles.jsonl.gz"


def sample(corpus: Path, limit: int, out: Path) -> int:
    """The first ``limit`` records of ``corpus`` into ``out`` (JSONL.gz); how many."""
    n = 0
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        for line in src:
            if n >= limit:
                break
            if line.strip():
                dst.write(line)
                n += 1
    return n


def peak_rss_mb() -> float:
    """This process's resident-memory high-water mark (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def events(folder: Path) -> list[tuple[object, ...]]:
    """Every event row, in an order of all the columns: a total order, whatever DuckDB's threads do."""
    import duckdb

    pattern = str(folder / "events" / "*.parquet")
    return duckdb.connect().execute(f"SELECT * FROM read_parquet('{pattern}') ORDER BY ALL").fetchall()


def shard_times(folder: Path, started: float) -> tuple[float, float]:
    """The shards' own coding seconds, summed; and when the first shard to finish began, in
    seconds after ``started`` (a wall-clock time): planning plus the worker's start."""
    done = [(json.loads(p.read_text()), p.stat().st_mtime) for p in (folder / "done").glob("*.json")]
    coding = sum(s["seconds"] for s, _ in done)
    first = min(mtime - s["seconds"] for s, mtime in done) - started
    return coding, first


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--shard-size", type=int, default=25)
    parser.add_argument("--ray-cpus", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"scale.py: corpus {args.corpus} not found", file=sys.stderr)
        return 66
    try:
        import ray
    except ImportError:
        print("scale.py: Ray is not installed: pip install 'detente[ray]'", file=sys.stderr)
        return 69
    from detente.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        n = sample(args.corpus, args.limit, work / "sample.jsonl.gz")
        src = [str(work / "sample.jsonl.gz")]
        wall, cpu = time.time(), cpu_seconds()
        local = run_batch(src, work / "local", engine="local", workers=1, shard_size=args.shard_size)
        local_cpu = cpu_seconds() - cpu
        local_coding, local_first = shard_times(work / "local", wall)
        rss = peak_rss_mb()
        started = time.perf_counter()
        ray.init(num_cpus=args.ray_cpus, include_dashboard=False, logging_level=logging.WARNING)
        ray_start = time.perf_counter() - started
        try:
            wall = time.time()
            remote = run_batch(src, work / "ray", engine="ray", workers=args.ray_cpus, shard_size=args.shard_size)
        finally:
            ray.shutdown()
        ray_coding, ray_first = shard_times(work / "ray", wall)
        rows = events(work / "local")
        same = rows == events(work / "ray")
        ids = len({row[0] for row in rows})
    figures = {
        "corpus": str(args.corpus),
        "articles": n,
        "events": local.events,
        "shard_size": args.shard_size,
        "local_seconds": round(local.seconds, 1),
        "local_articles_per_s": round(n / local.seconds, 2),
        "ray_cpus": args.ray_cpus,
        "ray_init_seconds": round(ray_start, 1),
        "ray_seconds": round(remote.seconds, 1),
        "ray_articles_per_s": round(n / remote.seconds, 2),
        "ratio": round(local.seconds / remote.seconds, 2),
        "ratio_with_ray_init": round(local.seconds / (remote.seconds + ray_start), 2),
        "peak_rss_mb_one_coder": round(rss),
        "same_events": same,
        "distinct_ids": ids,
        "local_cpu_seconds": round(local_cpu, 1),
        "local_shard_coding_seconds": round(local_coding, 1),
        "local_first_shard_start_s": round(local_first, 1),
        "ray_shard_coding_seconds": round(ray_coding, 1),
        "ray_first_shard_start_s": round(ray_first, 1),
        "ray_idle_cpu_seconds": round(args.ray_cpus * remote.seconds - ray_coding, 1),
    }
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    print(f"{n} articles, {local.events} events, shards of {args.shard_size}")
    print(f"local, 1 process   {local.seconds:8.1f} s  {figures['local_articles_per_s']:7.2f} articles/s")
    print(
        f"ray, {args.ray_cpus} CPUs        {remote.seconds:8.1f} s  {figures['ray_articles_per_s']:7.2f} articles/s"
        f"  (+ {ray_start:.1f} s ray.init)"
    )
    target = "PASS" if figures["ratio"] >= 1.6 else "FAIL"
    with_init = figures["ratio_with_ray_init"]
    print(f"ratio ray/local    {figures['ratio']:.2f}x ({with_init:.2f}x counting ray.init)  {target}")
    print(f"peak RSS of a coder process {rss:.0f} MB; same events: {same}; {ids} ids for {local.events} events")
    print(
        f"local: {local_cpu:.1f} CPU-s in {local.seconds:.1f} s; shards coding {local_coding:.1f} s, "
        f"first shard began at {local_first:.1f} s"
    )
    print(
        f"ray: shards coding {ray_coding:.1f} s on {args.ray_cpus} CPUs in {remote.seconds:.1f} s "
        f"({figures['ray_idle_cpu_seconds']:.1f} CPU-s not coding), first shard began at {ray_first:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
