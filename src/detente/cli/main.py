"""``detente`` command line. Errors become one line on stderr and an exit code (docs/cli.md).

Exit codes: 0 success; 2 usage; 3 some records failed, the rest were coded; 65 bad input
data (or a query that is not read-only SQL, an unknown actor); 66 input not found; 69 spaCy
model or an optional extra (Ray) missing; 70 internal error; 74 the store cannot be opened, read or written; 78 bad data
file or event model; 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from detente.cli.args import add_without, positive_int
from detente.errors import EXIT_PARTIAL, DetenteError, SourceNotFoundError
from detente.io.readers import Record
from detente.version import __version__

log = logging.getLogger("detente")


def build_parser() -> argparse.ArgumentParser:
    """The `detente` command's parser: the global options, then one function per subcommand."""
    parser = argparse.ArgumentParser(
        prog="detente", description="Code news text into political event data (PLOVER, CAMEO)."
    )
    parser.add_argument("--version", action="version", version=f"detente {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress (-vv for debug)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_code(sub)
    _add_evaluate(sub)
    _add_train(sub)
    sub.add_parser("schema", help="print the JSON Schema of the event record")

    _add_gazetteer(sub)

    from detente.cli import batch_command, store_commands

    batch_command.add_parser(sub)

    store_commands.add_parsers(sub)
    return parser


def _add_code(sub: Any) -> None:
    code = sub.add_parser("code", help="code text, HTML or JSONL articles into events")
    code.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="PATH",
        help="input files (text, HTML, JSONL, .gz); '-' or none for stdin",
    )
    code.add_argument("--published", help="publication date YYYY-MM-DD for inputs that do not carry one")
    code.add_argument(
        "--format", choices=("jsonl", "json", "table"), default="jsonl", help="output format (default jsonl)"
    )
    code.add_argument("-o", "--output", help="write events to this file instead of stdout (- is stdout)")
    code.add_argument("--failures", help="write each failed record, with its reason, to this JSONL file")
    code.add_argument("--batch-size", type=positive_int, default=64, help="articles per spaCy batch")
    code.add_argument(
        "--max-line-bytes",
        type=positive_int,
        default=8_000_000,
        help="a longer JSONL line is a failure (default 8,000,000)",
    )
    code.add_argument("--patterns-only", action="store_true", help="code with the patterns alone, without the model")
    add_without(code)


def _add_evaluate(sub: Any) -> None:
    ev = sub.add_parser("evaluate", help="score the coder on a gold-standard JSONL file (sentences or articles)")
    ev.add_argument("gold", help="gold file (see ../shared/gold/README.md): sentence gold, or article gold")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--limit", type=positive_int, help="score only the first N records")
    ev.add_argument("--patterns-only", action="store_true", help="score the patterns alone, without the model")
    add_without(ev)
    ev.add_argument(
        "--corpora", help="article gold: the folder of the article texts ($DETENTE_CORPORA, else ../shared/corpora)"
    )
    ev.add_argument("--split", choices=("dev", "test"), help="article gold: score one split only")
    ev.add_argument(
        "--verbose", dest="list_errors", action="store_true", help="article gold: list each miss and spurious event"
    )


def _add_train(sub: Any) -> None:
    tr = sub.add_parser("train", help="train the event model from gold data (seeded, deterministic)")
    tr.add_argument(
        "--gold", default="../shared/gold", help="folder with plv_train.jsonl and plover_gsr.jsonl (../shared/gold)"
    )
    tr.add_argument("--written", help="the team's written sentences (default: the packaged training file)")
    tr.add_argument(
        "--articles",
        default="benchmarks/gold/article_events.jsonl",
        help="article gold whose dev split the model also learns from (default: the team's, "
        "benchmarks/gold/article_events.jsonl); '' for none",
    )
    tr.add_argument("--corpora", help="the folder of the article texts ($DETENTE_CORPORA, else ../shared/corpora)")
    tr.add_argument("-o", "--output", help="where to write the model (default: the packaged model file)")
    tr.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    tr.add_argument("--folds", type=positive_int, default=5, help="cross-validation folds before training; 1: none")
    tr.add_argument(
        "--article-cv",
        type=positive_int,
        metavar="K",
        help="instead of training: K-fold cross-validation over the article gold's dev articles "
        "(each fold coded by a model trained without it), scored by the article rule; saves nothing",
    )


def _add_gazetteer(sub: Any) -> None:
    gz = sub.add_parser("gazetteer", help="build the place gazetteer (offline), or look a name up in it")
    gz_sub = gz.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    build = gz_sub.add_parser(
        "build", help="build the gazetteer file from the installed packages (make install runs it)"
    )
    build.add_argument("-o", "--output", help="where to write it (default: $DETENTE_GAZETTEER or the user cache)")
    build.add_argument("--force", action="store_true", help="rebuild even if the file exists")
    look = gz_sub.add_parser("lookup", help="list the places a name may be, most likely first")
    look.add_argument("name", nargs="+", help="a place name, e.g. Santa Marta")
    look.add_argument(
        "--context",
        help="text around the name (its sentence or article): candidates are scored as the place stage scores them",
    )


# Commands that only read files and write files or streams they close themselves: no child
# processes, servers or stores that need Python's exit handlers. `run` ends them without freeing
# the coder's heap one object at a time, as Python's orderly exit does: for a process that has
# coded the 89 VOA stories that takes 0.3-0.4 s, a tenth of spaCy's whole start-up
# (docs/benchmarks.md). mypy ends its runs the same way.
QUICK_EXIT_COMMANDS = frozenset({"code", "evaluate", "schema"})


def run() -> NoReturn:
    """The console entry point (``detente``, ``python -m detente``): `main`, then the exit."""
    args = build_parser().parse_args()
    code = dispatch(args)
    if args.command in QUICK_EXIT_COMMANDS:
        quick_exit(code)
    sys.exit(code)


def quick_exit(code: int) -> NoReturn:
    """Flush what is buffered, then end the process at once (``os._exit``: no exit handlers, no
    freeing of every object). Only for commands in `QUICK_EXIT_COMMANDS`."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`detente code ... | head`)
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the command; its exit status (for tests and embedding)."""
    return dispatch(build_parser().parse_args(argv))


def dispatch(args: argparse.Namespace) -> int:
    """Run a parsed command: the one place where errors become an exit status."""
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="detente: %(levelname)s: %(message)s", stream=sys.stderr)
    try:
        if args.command == "code":
            return cmd_code(args)
        if args.command == "evaluate":
            return cmd_evaluate(args)
        if args.command == "train":
            return cmd_train(args)
        if args.command == "schema":
            return cmd_schema()
        if args.command == "gazetteer":
            return cmd_gazetteer(args)
        if args.command == "batch":
            from detente.cli import batch_command

            return batch_command.run(args)
        from detente.cli import store_commands

        if args.command in store_commands.COMMANDS:
            return store_commands.run(args)
        print(f"detente: error: unknown command {args.command}", file=sys.stderr)
        return 2
    except DetenteError as exc:
        print(f"detente: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("detente: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the one place where unexpected errors become an exit code
        if args.debug:
            raise
        print(
            f"detente: internal error: {type(exc).__name__}: {' '.join(str(exc).split())} (rerun with --debug)",
            file=sys.stderr,
        )
        return 70
    return 0


def keep_loaded() -> None:
    """Put what is loaded so far (spaCy's model and vocabulary, the dictionaries, the event
    model: about 100,000 objects that live as long as the process) out of the garbage collector's
    reach, so that its full collections do not walk them again and again while coding (0.09 s
    on the 89 VOA stories, more on longer runs). Only the command line does this: it owns its
    process; the library never changes a host's collector."""
    gc.freeze()


def _open_out(path: str | None) -> TextIO:
    """The file to write events to; stdout with no path or ``-`` (as in most Unix tools)."""
    return open(path, "w", encoding="utf-8") if path and path != "-" else sys.stdout


def cmd_code(args: argparse.Namespace) -> int:
    from detente.coder import Coder
    from detente.io.readers import read_source
    from detente.io.writers import EventWriter
    from detente.records import Article, parse_date

    published = parse_date(args.published)
    failures: list[Record] = []
    origin: dict[int, Record] = {}  # id(article) -> where it was read, until its result comes back
    counts = {"read": 0, "coded": 0}

    def articles_from(paths: list[str]) -> Iterator[Article]:
        for path in paths:
            try:
                for rec in read_source(path, published, max_line_bytes=args.max_line_bytes):
                    if rec.error is not None:
                        _report(rec)
                        failures.append(rec)
                    elif rec.article is not None:
                        counts["read"] += 1
                        origin[id(rec.article)] = rec
                        yield rec.article
            except DetenteError as exc:  # an input that cannot be read at all (missing, a URL): the others go on
                failed = Record(path, None, error=exc)
                _report(failed)
                failures.append(failed)

    coder = Coder(batch_size=args.batch_size, model=False if args.patterns_only else None, exclude=args.without)
    keep_loaded()
    out = _open_out(args.output)
    writer = EventWriter(out, args.format)
    try:
        for result in coder.code_many(articles_from(args.paths)):
            read = origin.pop(id(result.article), None)
            if result.error is not None:
                error = result.error.with_context(line=read.line if read else None)
                failed = Record(read.source if read else "?", read.line if read else None, result.article, error)
                _report(failed)
                failures.append(failed)
                continue
            counts["coded"] += 1
            for event in result.events:
                writer.write(event)
        writer.close()
    finally:
        if out is not sys.stdout:
            out.close()
    if args.failures:
        _write_failures(Path(args.failures), failures)
    log.info("%d article(s) coded, %d event(s), %d failure(s)", counts["coded"], writer.count, len(failures))
    if not failures:
        return 0
    if counts["coded"] > 0:
        return EXIT_PARTIAL
    first = failures[0].error
    return first.exit_code if first is not None else 65


def _report(rec: Record) -> None:
    """One line on stderr: the input, then what went wrong."""
    assert rec.error is not None
    msg = rec.error.one_line()
    prefix = f"{rec.source}: " if rec.source and rec.source not in msg else ""
    print(f"detente: error: {prefix}{msg}", file=sys.stderr)


def _write_failures(path: Path, records: list[Record]) -> None:
    """Keep every failed input with its reason, so nothing is lost."""
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            err = rec.error
            assert err is not None
            row = {
                "source": rec.source,
                "line": rec.line,
                "id": err.article_id or (rec.article.id if rec.article else None),
                "error": type(err).__name__,
                "reason": err.one_line(),
                "raw": rec.raw,
                "text": rec.article.text if rec.article else None,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from detente.coder import Coder
    from detente.evaluation.articles import format_article_scores, looks_like_article_gold, verbose_report
    from detente.evaluation.runner import evaluate_articles_file, evaluate_file, format_scores

    if not Path(args.gold).is_file():
        raise SourceNotFoundError(f"no gold file {args.gold}")
    coder = Coder(model=False if args.patterns_only else None, exclude=args.without)
    keep_loaded()
    if looks_like_article_gold(args.gold):
        scores = evaluate_articles_file(args.gold, coder, args.corpora, args.limit, args.split)
        if args.split != "test" and coder.model is not None and _trained_on(coder.model, args.gold):
            print(
                f"detente: warning: the model learned from the dev split of {args.gold}: its dev figures "
                "are not a test (the test split is held out)",
                file=sys.stderr,
            )
        print(json.dumps(scores.as_dict(), indent=2) if args.json else format_article_scores(scores, args.gold))
        if args.list_errors:
            print("\n".join(verbose_report(scores)))
        return 0
    result = evaluate_file(args.gold, coder=coder, limit=args.limit)
    if result.get("trained_on"):
        print(
            f"detente: warning: the model was trained on {args.gold}: these figures are not a test "
            "(see `detente train` for cross-validated ones, or use --patterns-only)",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_scores(result, args.gold))
    return 0


def _trained_on(model: Any, path: str) -> bool:
    from detente.training import trained_on

    return trained_on(model, Path(path))


def cmd_train(args: argparse.Namespace) -> int:
    from detente.evaluation.runner import default_corpora
    from detente.model import default_model_path
    from detente.training import train

    if args.article_cv:
        return _article_cv(args)
    model = train(
        Path(args.gold),
        written=Path(args.written) if args.written else None,
        seed=args.seed,
        folds_k=args.folds,
        articles=Path(args.articles) if args.articles else None,
        corpora=Path(args.corpora) if args.corpora else default_corpora(),
    )
    path = model.save(Path(args.output) if args.output else default_model_path())
    info = model.info
    print(f"model: {path} ({path.stat().st_size / 1e6:.1f} MB), {info['records']} records, seed {info['seed']}")
    for name, settings in info["cross_validation"]["scores"].items():
        print(f"{name}, {info['cross_validation']['folds']}-fold cross-validation:")
        print(f"  {'':<12}" + "".join(f"{k:>17}" for k in next(iter(settings.values())) if k != "per_type"))
        for setting, row in settings.items():
            print(f"  {setting:<12}" + "".join(f"{v:>17.3f}" for k, v in row.items() if k != "per_type"))
    return 0


def _article_cv(args: argparse.Namespace) -> int:
    from detente.errors import ModelError
    from detente.evaluation.articles import format_article_scores
    from detente.evaluation.runner import default_corpora
    from detente.training import article_cv

    if not args.articles:
        raise ModelError("--article-cv needs an article gold (--articles FILE)")
    result = article_cv(
        Path(args.gold),
        Path(args.articles),
        Path(args.corpora) if args.corpora else default_corpora(),
        k=args.article_cv,
        written=Path(args.written) if args.written else None,
        seed=args.seed,
    )
    for setting, scores in result.items():
        print(format_article_scores(scores, f"{args.articles} (dev, {args.article_cv}-fold, {setting})"))
    return 0


def cmd_schema() -> int:
    from detente.schema import event_schema_text

    sys.stdout.write(event_schema_text())
    return 0


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from detente.geo.gazetteer import default_path

    if args.gazetteer_command == "build":
        from detente.geo.build import build_gazetteer

        path = Path(args.output) if args.output else default_path()
        if path.exists() and not args.force:
            print(f"gazetteer: {path} is up to date", file=sys.stderr)
            return 0
        count = build_gazetteer(path)
        print(f"gazetteer: {count} places written to {path}", file=sys.stderr)
        return 0
    from detente.coder import installed_gazetteer

    gazetteer = installed_gazetteer()
    name = " ".join(args.name)
    places = gazetteer.lookup(name)
    if not places:
        print(f"no place called {name!r}", file=sys.stderr)
        return 1
    if args.context is not None:
        return _lookup_in_context(gazetteer, name, places, args.context)
    for p in places[:20]:
        print(_place_line(p))
    return 0


def _place_line(p: Any) -> str:
    coords = f"{p.lat:.4f},{p.lon:.4f}" if p.lat is not None and p.lon is not None else "-"
    return f"{p.feature:<10}  {p.country or '-':<3}  {p.name}  ({p.admin1 or '-'})  {coords}  pop {p.population}"


def _lookup_in_context(gazetteer: Any, name: str, places: list[Any], text: str) -> int:
    """The candidates as the place stage ranks them when it codes ``text``, best first, and its
    choice: the coder reads the text up to the place stage, and the stage's own ranking of the
    name's first place phrase is printed (:func:`detente.stages.places.rank_in_article`)."""
    from detente.coder import Coder
    from detente.pipeline import Pipeline, Work
    from detente.records import Article
    from detente.stages.places import LocateEvents, rank_in_article

    coder = Coder(gazetteer=gazetteer)
    names = coder.pipeline.names
    before = Pipeline(coder.pipeline.get(n) for n in names[: names.index(LocateEvents.name)])
    work = before(Work(Article(id="lookup", text=text)))
    if work.error is not None:
        raise work.error
    stage = coder.pipeline.get(LocateEvents.name)
    assert isinstance(stage, LocateEvents)
    ranking = rank_in_article(stage, work, name)
    if ranking.mention is None or ranking.chosen is None:
        print(f"{name}: {ranking.why}; its places, largest first:")
        for p in places[:20]:
            print(_place_line(p))
        return 0
    for score, p in ranking.scored[:20]:
        print(f"{score:6.2f}  {_place_line(p)}")
    print(f"chosen: {_place_line(ranking.chosen)}\nreason: {ranking.why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
