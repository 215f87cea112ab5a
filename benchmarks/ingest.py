"""End-to-end ingest speed: `detente ingest` with 1 and 2 workers against spaCy alone.

    python benchmarks/ingest.py [--corpus PATH ...] [--limit N] [--json]

Default corpora (beside the repository): ``../shared/corpora/whitehouse-briefing-room-2021-2026``
and ``../shared/corpora/voa``. In one run, on the same articles (the first ``--limit`` of each
corpus, all by default):

(a) spaCy alone: the coder's own pipeline, ``list(nlp.pipe(texts))``, one process;
(b) ``detente ingest --workers 1`` into a fresh DuckDB store, end to end (reading, coding,
    storing), in a child process;
(c) the same with ``--workers 2``.

It prints articles/s for each, the ratio of (b) to (a), the speed-up of (c) over (b), and the
peak resident memory of the ingest process (its own high-water mark, VmHWM: ``ru_maxrss``
would carry over this script's memory across ``exec``) and of its busiest worker. Targets (event store
issue): ratio >= 0.75 at one worker; two workers >= 1.7x one; peak RSS <= 1.5 GB per worker.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULTS = ("whitehouse-briefing-room-2021-2026", "voa")


def corpus_files(names: list[str]) -> list[Path]:
    out = []
    for name in names:
        p = Path(name) if Path(name).exists() else CORPORA / name
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.name.endswith((".jsonl", ".jsonl.gz"))))
        elif p.exists():
            out.append(p)
        else:
            raise SystemExit(f"corpus {name} not found (looked in {CORPORA})")
    return out


def sample(files: list[Path], limit: int | None, out: Path) -> tuple[list[str], int]:
    """Write the first ``limit`` records of each file to one JSONL file; return the texts."""
    texts: list[str] = []
    with out.open("w", encoding="utf-8") as w:
        for f in files:
            opener = gzip.open if f.name.endswith(".gz") else open
            with opener(f, "rt", encoding="utf-8") as r:
                for n, line in enumerate(r):
                    if limit is not None and n >= limit:
                        break
                    obj = json.loads(line)
                    if not obj.get("text"):
                        continue
                    texts.append(obj["text"])
                    w.write(line if line.endswith("\n") else line + "\n")
    return texts, sum(len(t) for t in texts)


def spacy_alone(texts: list[str]) -> float:
    from detente.stages.parse import add_dateline_marker, load_nlp

    nlp = load_nlp()
    add_dateline_marker(nlp)
    list(nlp.pipe(texts[:10]))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started


def ingest_run(source: Path, workers: int, tmp: Path) -> dict[str, float]:
    db = tmp / f"ingest_{workers}.duckdb"
    code = (
        "import resource, sys, time\n"
        "from detente.cli.main import main\n"
        "t = time.perf_counter()\n"
        f"rc = main(['ingest', {str(source)!r}, '--db', {str(db)!r}, '--workers', '{workers}', '--quiet'])\n"
        "s = time.perf_counter() - t\n"
        "me = next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM'))\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(f'RESULT {rc} {s} {me} {kids}', file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    line = next((x for x in done.stderr.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise SystemExit(f"ingest with {workers} worker(s) failed:\n{done.stderr[-2000:]}")
    _, rc, seconds, me, kids = line.split()
    return {"rc": int(rc), "seconds": float(seconds), "rss_mb": int(me) / 1024, "worker_rss_mb": int(kids) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", help="corpus folder or JSONL file (repeatable)")
    parser.add_argument("--limit", type=int, help="records per corpus file (default all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = corpus_files(args.corpus or list(DEFAULTS))
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        source = tmp / "sample.jsonl"
        texts, chars = sample(files, args.limit, source)
        t_spacy = spacy_alone(texts)
        one = ingest_run(source, 1, tmp)
        two = ingest_run(source, 2, tmp)
    n = len(texts)
    result = {
        "corpora": [str(f) for f in files],
        "articles": n,
        "characters": chars,
        "spacy_articles_per_s": round(n / t_spacy, 2),
        "workers_1": {**one, "articles_per_s": round(n / one["seconds"], 2)},
        "workers_2": {**two, "articles_per_s": round(n / two["seconds"], 2)},
        "ratio_1_worker_to_spacy": round(t_spacy / one["seconds"], 3),
        "speedup_2_workers": round(one["seconds"] / two["seconds"], 2),
        "peak_rss_mb_per_worker": round(max(one["rss_mb"], two["worker_rss_mb"]), 0),
        "targets": {"ratio": 0.75, "speedup": 1.7, "rss_mb": 1536},
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{n:,} articles, {chars:,} characters from {len(files)} file(s)")
        print(f"spaCy alone        {result['spacy_articles_per_s']:8.2f} articles/s")
        print(f"ingest, 1 worker   {result['workers_1']['articles_per_s']:8.2f} articles/s  rss {one['rss_mb']:.0f} MB")
        print(
            f"ingest, 2 workers  {result['workers_2']['articles_per_s']:8.2f} articles/s  "
            f"parent {two['rss_mb']:.0f} MB, worker {two['worker_rss_mb']:.0f} MB"
        )
        print(
            f"ratio (1 worker / spaCy) {result['ratio_1_worker_to_spacy']}, speed-up with 2 workers "
            f"{result['speedup_2_workers']}x"
        )
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
