"""The store's commands: ingest, failures, dyad, actors, timeline, alerts, query, export, check,
backup, restore, optimize.

Thin shells over :mod:`detente.ingest`, :mod:`detente.analytics`, :mod:`detente.io.export` and
:class:`detente.store.Store`; errors are turned into exit codes by ``detente.cli.main``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any, TextIO

from detente.cli.args import add_without, positive_int, positive_seconds
from detente.records import parse_date

COMMANDS = (
    "ingest", "failures", "show", "dyad", "actors", "timeline", "alerts", "query", "export", "import-gdelt",
    "watchlist", "token", "serve", "check", "backup", "restore", "optimize",
)  # fmt: skip


def add_parsers(sub: Any) -> None:
    """Add the store's subcommands to ``sub`` (the CLI's subparsers), in this order."""
    _add_ingest(sub)
    _add_failures(sub)
    _add_show(sub)
    _add_dyad(sub)
    _add_actors(sub)
    _add_timeline(sub)
    _add_alerts(sub)
    _add_query(sub)
    _add_export(sub)
    _add_import_gdelt(sub)
    _add_watchlist(sub)
    _add_token(sub)
    _add_serve(sub)
    _add_integrity(sub)


def _with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``--db`` option every store command takes."""
    p.add_argument("--db", help="DuckDB file (default: $DETENTE_DB or ./detente.duckdb)")
    return p


def _with_window(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``--db`` and the options of the analytics commands: a date window and an output format."""
    _with_db(p)
    p.add_argument("--since", help="from this date (YYYY-MM-DD)")
    p.add_argument("--until", help="to this date (YYYY-MM-DD)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    return p


def _add_ingest(sub: Any) -> None:
    ing = _with_db(sub.add_parser("ingest", help="code files, folders or globs into the store (idempotent, resumable)"))
    ing.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="files, folders, globs (.txt .html .jsonl .gz), URLs, RSS/Atom feeds, `detente batch` output folders",
    )
    ing.add_argument("--workers", type=positive_int, default=1, help="coding processes (default 1)")
    ing.add_argument("--published", help="publication date YYYY-MM-DD for records that carry none")
    ing.add_argument("--batch-size", type=positive_int, default=64, help="articles per transaction (default 64)")
    ing.add_argument("--retry-failed", action="store_true", help="ingest again the sources of stored failures")
    ing.add_argument("--quiet", action="store_true", help="no progress line")
    ing.add_argument("--patterns-only", action="store_true", help="code with the patterns alone, without the model")
    add_without(ing)
    ing.add_argument(
        "--max-line-bytes",
        type=positive_int,
        default=8_000_000,
        help="a longer JSONL line is a failure (default 8,000,000)",
    )
    ing.add_argument(
        "--allow-private", action="store_true", help="fetch URLs on private, loopback or link-local addresses too"
    )


def _add_failures(sub: Any) -> None:
    _with_db(sub.add_parser("failures", help="list the records that failed, with their reasons"))


def _add_show(sub: Any) -> None:
    sh = _with_db(sub.add_parser("show", help="an event and every report of it: articles, sources, sentences"))
    sh.add_argument("event_id", help="an event id (from timeline, export or query)")
    sh.add_argument("--format", choices=("table", "json"), default="table")


def _add_dyad(sub: Any) -> None:
    dy = _with_window(sub.add_parser("dyad", help="relations of actor A toward actor B over time"))
    dy.add_argument("a", help="actor: code, name or alias (COL, Colombia, Bogota)")
    dy.add_argument("b", help="the other actor")
    dy.add_argument("--by", choices=("day", "week", "month"), default="month")
    dy.add_argument("--both-directions", action="store_true", help="count B toward A as well")


def _add_actors(sub: Any) -> None:
    ac = _with_window(sub.add_parser("actors", help="the most active actors and dyads"))
    ac.add_argument("--limit", type=positive_int, default=10)


def _add_timeline(sub: Any) -> None:
    tl = _with_window(sub.add_parser("timeline", help="events of an actor (or a dyad) in date order"))
    tl.add_argument("a")
    tl.add_argument("b", nargs="?")
    tl.add_argument("--limit", type=positive_int, default=200)


def _add_alerts(sub: Any) -> None:
    al = _with_db(sub.add_parser("alerts", help="dyads whose relations shifted against their own baseline"))
    al.add_argument("--until", help="end of the recent window (default: the latest event date)")
    al.add_argument("--recent-days", type=int, default=7)
    al.add_argument("--baseline-days", type=int, default=90)
    al.add_argument("--min-events", type=int, default=3)
    al.add_argument("--goldstein-drop", type=float, default=2.0)
    al.add_argument("--conflict-rise", type=float, default=0.25)
    al.add_argument("--watchlist", help="only what crosses this saved rule (`detente watchlist add`)")
    al.add_argument("--format", choices=("table", "json"), default="table")


def _add_query(sub: Any) -> None:
    qu = _with_db(sub.add_parser("query", help="run read-only SQL on the store"))
    qu.add_argument("sql")
    qu.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _add_export(sub: Any) -> None:
    ex = _with_db(sub.add_parser("export", help="write stored events as JSONL, CSV, Parquet, GDELT 2.0 or PLOVER JSON"))
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet", "gdelt", "plover"), default="jsonl")
    ex.add_argument("-o", "--output", help="file to write (default stdout)")
    ex.add_argument("--since")
    ex.add_argument("--until")


def _add_import_gdelt(sub: Any) -> None:
    ig = _with_db(sub.add_parser("import-gdelt", help="load GDELT 2.0 event files into the store, beside your own"))
    ig.add_argument("files", nargs="+", metavar="FILE", help="GDELT 2.0 .export.CSV files (zipped or not)")


def _add_watchlist(sub: Any) -> None:
    wl = sub.add_parser("watchlist", help="save, list or remove alert rules (watchlists)")
    wl_sub = wl.add_subparsers(dest="watchlist_command", required=True, metavar="ACTION")
    add = _with_db(wl_sub.add_parser("add", help="save a rule (replacing one of that name)"))
    add.add_argument("name")
    add.add_argument("--actor", action="append", default=[], help="an actor to watch (repeatable)")
    add.add_argument("--dyad", nargs=2, metavar=("A", "B"), help="watch this dyad only (either direction)")
    add.add_argument("--type", action="append", default=[], help="count only this PLOVER type (repeatable)")
    add.add_argument("--mode", action="append", default=[], help="count only this PLOVER mode (repeatable)")
    add.add_argument("--min-shift", type=float, default=2.0, help="fall in mean Goldstein that alerts (2.0)")
    add.add_argument("--conflict-rise", type=float, default=0.25, help="rise in conflict share that alerts (0.25)")
    _with_db(wl_sub.add_parser("list", help="the saved rules"))
    rm = _with_db(wl_sub.add_parser("remove", help="remove a rule"))
    rm.add_argument("name")


def _add_token(sub: Any) -> None:
    tk = sub.add_parser("token", help="API tokens for POST /ingest and watchlist changes (kept hashed)")
    tk_sub = tk.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    cr = _with_db(tk_sub.add_parser("create", help="make a token and print it once"))
    cr.add_argument("--name", default="default", help="its name (a token of that name is replaced)")
    _with_db(tk_sub.add_parser("list", help="the tokens' names (never the tokens)"))
    rv = _with_db(tk_sub.add_parser("revoke", help="remove a token"))
    rv.add_argument("name")


def _add_serve(sub: Any) -> None:
    from detente.api.settings import ServerSettings  # the defaults, without the server

    d = ServerSettings()
    sv = _with_db(sub.add_parser("serve", help="the REST API and the dashboard (docs/api.md)"))
    sv.add_argument("--host", default=d.host, help=f"address to listen on (default {d.host})")
    sv.add_argument("--port", type=int, default=d.port, help=f"port (default {d.port})")
    sv.add_argument("--cors", action="append", default=[], metavar="ORIGIN", help="allow this origin (off by default)")
    sv.add_argument(
        "--threads", type=positive_int, default=None, metavar="N",
        help="requests answered at once, the others wait their turn (default: 2 per CPU core, at least 4)",
    )  # fmt: skip
    sv.add_argument(
        "--cache", type=int, default=1000, metavar="N",
        help="keep up to N answers of /events and the dyad series until the next write (DuckDB only; 0: none)",
    )  # fmt: skip
    sv.add_argument(
        "--patterns-only",
        action="store_true",
        help="POST /code and /ingest code with the patterns alone, without the model",
    )
    add_without(sv)
    # against slow and idle clients (docs/api.md "Slow clients")
    sv.add_argument(
        "--head-timeout", type=positive_seconds, default=d.head_timeout, metavar="S",
        help="close a connection that has not sent a whole request head S seconds after opening or "
        f"after its last answer (default {d.head_timeout:g})",
    )  # fmt: skip
    sv.add_argument(
        "--body-timeout", type=positive_seconds, default=d.body_timeout, metavar="S",
        help="answer 408 to a request whose body is not all there S seconds after its head "
        f"(default {d.body_timeout:g})",
    )  # fmt: skip
    sv.add_argument(
        "--timeout-keep-alive", type=positive_seconds, default=d.timeout_keep_alive, metavar="S",
        help=f"close an idle connection S seconds after its last answer (default {d.timeout_keep_alive:g})",
    )  # fmt: skip
    sv.add_argument(
        "--limit-concurrency", type=positive_int, default=d.limit_concurrency, metavar="N",
        help="with N connections open (idle ones too), answer new requests 503 at once (default: no limit)",
    )  # fmt: skip
    sv.add_argument(
        "--backlog", type=positive_int, default=d.backlog, metavar="N",
        help=f"connections the system holds before they are accepted (default {d.backlog})",
    )  # fmt: skip


def _add_integrity(sub: Any) -> None:
    _with_db(sub.add_parser("check", help="verify the store: events, articles, counts, ids (exit 1 on a problem)"))
    back = _with_db(sub.add_parser("backup", help="copy every table of the store to one file (gzip JSONL)"))
    back.add_argument("file", metavar="FILE")
    rest = _with_db(sub.add_parser("restore", help="load a backup into an empty store"))
    rest.add_argument("file", metavar="FILE")
    _with_db(
        sub.add_parser(
            "optimize", help="rewrite the events in date order (a store loaded out of order reads as fast again)"
        )
    )


def run(args: argparse.Namespace) -> int:
    from detente.store import open_store

    with open_store(args.db) as store:
        handler = {
            "ingest": _ingest,
            "failures": _failures,
            "show": _show,
            "dyad": _dyad,
            "actors": _actors,
            "timeline": _timeline,
            "alerts": _alerts,
            "query": _query,
            "export": _export,
            "import-gdelt": _import_gdelt,
            "watchlist": _watchlist,
            "token": _token,
            "serve": _serve,
            "check": _check,
            "backup": _backup,
            "restore": _restore,
            "optimize": _optimize,
        }[args.command]
        return handler(store, args)


def _window(args: argparse.Namespace) -> Any:
    from detente.analytics import Window

    return Window(parse_date(args.since), parse_date(args.until))


def _resolver() -> Any:
    from detente.analytics import actor_resolver, tokens
    from detente.knowledge import ActorDictionary

    return actor_resolver(ActorDictionary.load(tokens))


def _ingest(store: Any, args: argparse.Namespace) -> int:
    from detente.coder import Coder, check_exclude
    from detente.errors import EXIT_PARTIAL
    from detente.ingest import IngestReport, ingest, retry_failed

    if not args.sources and not args.retry_failed:
        print("detente: error: give sources to ingest, or --retry-failed", file=sys.stderr)
        return 2

    def progress(r: IngestReport) -> None:
        eta = ""
        if r.total and r.rate:
            eta = f", ETA {max(0.0, (r.total - r.read) / r.rate):.0f} s"
        of = f"/{r.total}" if r.total else ""
        print(
            f"\ringest: {r.read}{of} read, {r.new} new, {r.known} known, {r.failed} failed, "
            f"{r.rate:.1f} articles/s{eta}   ",
            end="",
            file=sys.stderr,
            flush=True,
        )

    options = {
        "workers": max(1, args.workers),
        "published": parse_date(args.published),
        "batch_size": args.batch_size,
        "progress": None if args.quiet or not sys.stderr.isatty() else progress,
        "allow_private": args.allow_private,
        "max_line_bytes": args.max_line_bytes,
    }
    from detente.batch.load import is_batch_folder, load_batch

    folders = [s for s in args.sources if is_batch_folder(s)]
    others = [s for s in args.sources if s not in folders]
    report = IngestReport()
    factory = partial(Coder, model=False if args.patterns_only else None, exclude=check_exclude(args.without))
    if args.retry_failed:
        report = retry_failed(store, factory, **options)
    elif others:
        report = ingest(store, others, factory, **options)
    for folder in folders:  # batch outputs: loaded, not coded again
        load_batch(store, folder, report, options["progress"])
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"ingest: {report.read} records read, {report.new} new articles, {report.known} already stored, "
        f"{report.failed} failed, {report.events} events; {report.seconds:.1f} s ({report.rate:.1f} articles/s)",
        file=sys.stderr,
    )
    for error in report.refused:  # a source that failed as a whole: why, in one line each
        print(f"detente: error: {error.one_line()}", file=sys.stderr)
    if report.failed:
        print("detente: failed records are kept: see `detente failures`", file=sys.stderr)
    if not report.failed:
        return 0
    if report.new + report.known:
        return EXIT_PARTIAL
    return report.refused[0].exit_code if report.refused else 65


def _failures(store: Any, args: argparse.Namespace) -> int:
    rows = store.failures()
    for f in rows:
        where = f"{f['source']}:{f['line']}" if f["line"] else f["source"]
        print(f"{where}\t{f['article_id'] or '-'}\t{f['stage'] or '-'}\t{f['reason']}")
    print(f"{len(rows)} failed record(s)", file=sys.stderr)
    return 0


def _show(store: Any, args: argparse.Namespace) -> int:
    from detente.errors import QueryError

    reports = store.event_group(args.event_id)
    if not reports:
        raise QueryError(f"no event {args.event_id!r} in the store")
    if args.format == "json":
        print(json.dumps(reports, default=str, indent=1))
        return 0
    first = reports[0]
    sources = {r["source"] for r in reports}
    articles = {r["article_id"] for r in reports}
    stories = {r["story_id"] for r in reports}
    print(
        f"{first['type']} ({first['cameo']}) on {first['date']}: {len(reports)} report(s) in "
        f"{len(articles)} article(s) from {len(sources)} source(s), {len(stories)} distinct story(ies)"
    )
    for r in reports:
        where = r["url"] or r["source"] or "-"
        print(f"  {r['id']}  {r['date']}  {where}")
        print(f"      {' '.join(str(r['evidence']).split())}")
    return 0


def _print(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, out: TextIO | None = None) -> None:
    from detente.analytics import format_rows

    out = out or sys.stdout  # looked up now: sys.stdout may have been replaced since import

    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        w.writerows(rows)
    elif fmt == "json":
        out.write(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], default=str, indent=1) + "\n")
    else:
        out.write(format_rows(columns, rows) + "\n")


def _dyad(store: Any, args: argparse.Namespace) -> int:
    from detente.analytics import dyad

    resolve = _resolver()
    a, b = resolve(args.a), resolve(args.b)
    columns, rows = dyad(store, a, b, args.by, _window(args), args.both_directions)
    if args.format == "table":
        arrow = "<->" if args.both_directions else "->"
        print(f"{a} {arrow} {b}, by {args.by}")
    _print(columns, rows, args.format)
    return 0


def _actors(store: Any, args: argparse.Namespace) -> int:
    from detente.analytics import top_actors

    found = top_actors(store, args.limit, _window(args))
    if args.format == "json":
        print(
            json.dumps({k: [dict(zip(c, r, strict=True)) for r in rows] for k, (c, rows) in found.items()}, default=str)
        )
        return 0
    for title, (columns, rows) in found.items():
        if args.format == "table":
            print(f"most active {title}")
        _print(columns, rows, args.format)
        print()
    return 0


def _timeline(store: Any, args: argparse.Namespace) -> int:
    from detente.analytics import timeline

    resolve = _resolver()
    columns, rows = timeline(store, resolve(args.a), resolve(args.b) if args.b else None, _window(args), args.limit)
    _print(columns, rows, args.format)
    return 0


def _alerts(store: Any, args: argparse.Namespace) -> int:
    from detente.analytics import Watchlist, alerts, watch_alerts

    options = {
        "until": parse_date(args.until),
        "recent_days": args.recent_days,
        "baseline_days": args.baseline_days,
        "min_events": args.min_events,
    }
    if args.watchlist:
        found = watch_alerts(store, Watchlist.from_dict(args.watchlist, store.watchlist(args.watchlist)), **options)
    else:
        found = alerts(store, goldstein_drop=args.goldstein_drop, conflict_rise=args.conflict_rise, **options)
    if args.format == "json":
        print(json.dumps([dataclasses.asdict(a) for a in found], default=str))
        return 0
    if not found:
        print("no alerts: no dyad departs from its baseline")
    for a in found:
        print(f"{a.actor} -> {a.recipient}: {'; '.join(a.reasons)} ({a.recent_events} recent events)")
        for day, type_, goldstein, evidence in a.evidence:
            print(f"    {day}  {type_:<9} {goldstein:+.1f}  {' '.join(str(evidence).split())[:100]}")
    return 0


def _query(store: Any, args: argparse.Namespace) -> int:
    columns, rows = store.query(args.sql)
    _print(columns, rows, args.format)
    return 0


def _export(store: Any, args: argparse.Namespace) -> int:
    from detente.io.export import write

    since: date | None = parse_date(args.since)
    until: date | None = parse_date(args.until)
    parts, params = [], []
    if since:
        parts.append("date >= ?")
        params.append(since)
    if until:
        parts.append("date <= ?")
        params.append(until)
    _, url_rows = store.query("SELECT id, url FROM articles WHERE url IS NOT NULL")
    urls = {i: u for i, u in url_rows}
    records = store.event_records(" AND ".join(parts), params)
    if args.format == "parquet":
        from detente.errors import InputError
        from detente.io.export import write_parquet

        if not args.output:
            raise InputError("--format parquet needs an output file (-o FILE)")
        count = write_parquet(records, args.output, urls)
    elif args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            count = write(records, out, args.format, urls)
    else:
        count = write(records, sys.stdout, args.format, urls)
    print(f"export: {count} events as {args.format}", file=sys.stderr)
    return 0


def _import_gdelt(store: Any, args: argparse.Namespace) -> int:
    from detente.io.gdelt import import_gdelt

    total = 0
    for f in args.files:
        n = import_gdelt(store, f)
        total += n
        print(f"import-gdelt: {n} events from {f}", file=sys.stderr)
    print(f"import-gdelt: {total} events in all", file=sys.stderr)
    return 0


def _watchlist(store: Any, args: argparse.Namespace) -> int:
    from detente.analytics import Watchlist, actor_code

    if args.watchlist_command == "add":
        resolve = _resolver() if any(not a.isupper() for a in [*args.actor, *(args.dyad or [])]) else str
        rule = Watchlist(
            args.name,
            tuple(actor_code(a, resolve) for a in args.actor),
            (actor_code(args.dyad[0], resolve), actor_code(args.dyad[1], resolve)) if args.dyad else None,
            tuple(args.type),
            tuple(args.mode),
            args.min_shift,
            args.conflict_rise,
        )
        store.save_watchlist(rule.name, rule.to_dict())
        print(f"watchlist {rule.name}: {json.dumps(rule.to_dict())}")
    elif args.watchlist_command == "list":
        for name, rule in store.watchlists().items():
            print(f"{name}\t{json.dumps(rule)}")
    else:
        store.remove_watchlist(args.name)
        print(f"watchlist {args.name} removed", file=sys.stderr)
    return 0


def _token(store: Any, args: argparse.Namespace) -> int:
    if args.token_command == "create":
        token = store.create_token(args.name)
        print(token)
        print(f"token {args.name!r} created: it is shown this once and kept only hashed", file=sys.stderr)
    elif args.token_command == "list":
        for t in store.tokens():
            print(f"{t['name']}\t{t['created_at']}")
    else:
        store.revoke_token(args.name)
        print(f"token {args.name!r} revoked", file=sys.stderr)
    return 0


def _serve(store: Any, args: argparse.Namespace) -> int:
    try:
        import uvicorn  # noqa: F401  # the server the API runs on, part of the same extra

        from detente.api import create_app
    except ImportError as exc:
        from detente.errors import ModelUnavailableError

        raise ModelUnavailableError(f"the API needs its extra: pip install 'detente[api]' ({exc.name})") from exc
    from detente.api.server import ServerSettings, serve

    settings = ServerSettings(
        host=args.host, port=args.port, head_timeout=args.head_timeout, body_timeout=args.body_timeout,
        timeout_keep_alive=args.timeout_keep_alive, limit_concurrency=args.limit_concurrency, backlog=args.backlog,
    )  # fmt: skip
    app = create_app(
        store, cors_origins=args.cors, threads=args.threads, cache=max(0, args.cache),
        body_timeout=settings.body_timeout, patterns_only=args.patterns_only, exclude=args.without,
    )  # fmt: skip
    print(f"detente: serving {store.name} on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    serve(app, settings)
    return 0


def _check(store: Any, args: argparse.Namespace) -> int:
    from detente.store.integrity import check

    problems = check(store)
    for p in problems:
        print(f"{p.check}\t{p.count}\t{p.meaning}\te.g. {p.example}")
    counts = store.counts()
    print(
        f"check: {counts['articles']} articles, {counts['events']} events, {counts['failures']} failures; "
        f"{len(problems)} problem(s)",
        file=sys.stderr,
    )
    return 1 if problems else 0


def _backup(store: Any, args: argparse.Namespace) -> int:
    from detente.store.integrity import backup

    rows = backup(store, args.file)
    print(f"backup: {args.file}: " + ", ".join(f"{n} {table}" for table, n in rows.items()), file=sys.stderr)
    return 0


def _restore(store: Any, args: argparse.Namespace) -> int:
    from detente.store.integrity import restore

    rows = restore(store, args.file)
    print(f"restore: {store.name}: " + ", ".join(f"{n} {table}" for table, n in rows.items()), file=sys.stderr)
    return 0


def _optimize(store: Any, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    rows = store.optimize()
    print(
        f"optimize: {store.name}: "
        + ", ".join(f"{n} {table}" for table, n in rows.items())
        + f" rewritten in order in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0
