"""The docs keep up with the code: every stage, CLI subcommand and record field is documented,
and every `detente ...` command the README and docs show is one the CLI accepts."""

from __future__ import annotations

import re
import shlex
from dataclasses import fields
from pathlib import Path

import pytest

from detente import records, stages
from detente.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = {p.name: p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}
ALL_DOCS = "\n".join(DOCS.values())
ARCHITECTURE = DOCS["architecture.md"]

STAGES = [getattr(stages, name) for name in stages.__all__]
RECORDS = [records.Article, records.Event, records.Actor, records.Location, records.TextRef, records.Count]
RECORDS += [records.Attribution, records.Condition]


def subcommands(parser=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Every subcommand, nested ones as 'gazetteer build'."""
    import argparse

    parser = parser or build_parser()
    out: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append(name)
                out.extend(f"{name} {inner}" for inner in subcommands(sub))
    return out


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.__name__)
def test_every_stage_is_in_the_architecture_page(stage: type) -> None:
    assert f"`{stage.name}`" in ARCHITECTURE or f" {stage.name} " in ARCHITECTURE, stage.name
    assert stage.__name__ in ARCHITECTURE, stage.__name__


def test_the_stages_docstring_names_every_stage() -> None:
    for stage in STAGES:
        assert stage.__name__ in (stages.__doc__ or ""), stage.__name__


@pytest.mark.parametrize("command", subcommands())
def test_every_subcommand_is_documented(command: str) -> None:
    assert f"detente {command}" in ALL_DOCS, f"`detente {command}` appears in no doc"


def documented_names() -> set[str]:
    """Names the docs show in code: `name`, and each name of a `{text, span, ...}` listing."""
    names = set(re.findall(r"`([A-Za-z_]+)`", ALL_DOCS))
    for listing in re.findall(r"`\{([^}`]*)\}`", ALL_DOCS):
        names.update(n.strip() for n in listing.split(","))
    return names


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_record_field_is_documented(record: type) -> None:
    names = documented_names()
    missing = [f.name for f in fields(record) if f.name not in names]
    assert not missing, f"{record.__name__} fields in no doc: {missing}"


def documented_commands() -> list[tuple[str, str]]:
    """``detente ...`` command lines in the README's and docs' code blocks."""
    found = []
    for name, text in DOCS.items():
        for block in re.findall(r"```(?:sh|bash|console|shell)?\n(.*?)```", text, flags=re.S):
            for line in block.splitlines():
                line = line.split("  #")[0].strip().removeprefix("$ ")
                if "|" in line:
                    line = line.split("|")[-1].strip()
                if line.startswith("detente "):
                    found.append((name, line))
    return found


COMMANDS = documented_commands()


def test_the_docs_show_commands() -> None:
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize(("doc", "line"), COMMANDS, ids=[f"{d}:{c[:50]}" for d, c in COMMANDS])
def test_documented_commands_parse(doc: str, line: str) -> None:
    """Each documented command is accepted by the CLI's own parser (argparse exits on an
    unknown subcommand or option)."""
    argv = shlex.split(line)[1:]
    try:
        build_parser().parse_args(argv)
    except SystemExit as exc:  # pragma: no cover - the failure itself
        pytest.fail(f"{doc}: `{line}` is not a valid command (exit {exc.code})")


def test_the_quick_start_targets_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in DOCS["README.md"]
        assert re.search(rf"^{target}:", makefile, flags=re.M), target
