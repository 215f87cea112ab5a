"""Every import points down the layers, and no module imports itself back through others.

The layers, from the bottom (docs/architecture.md): records and errors; knowledge and places;
the pipeline's contracts; the grammar and the model; the stages; the coder; storage and I/O;
training and evaluation; the shells (CLI, API). A module may import from its own layer or a
lower one, never from a higher one, and there is no exception list.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

#: module prefixes by layer, lowest first; a module belongs to the layer of its longest prefix
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "records",
        ("detente.errors", "detente.version", "detente.records", "detente.text", "detente.columns", "detente.dedup"),
    ),
    ("knowledge", ("detente.knowledge", "detente.geo", "detente.schema")),
    ("pipeline", ("detente.pipeline",)),
    ("grammar and model", ("detente.grammar", "detente.model")),
    ("stages", ("detente.stages",)),
    ("coder", ("detente.coder",)),
    ("storage and I/O", ("detente.store", "detente.io", "detente.ingest", "detente.analytics", "detente.batch")),
    ("training and evaluation", ("detente.training", "detente.evaluation")),
    ("shells", ("detente.cli", "detente.api", "detente.__main__", "detente")),
)


def layer_of(module: str) -> int:
    best, level = "", -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > len(best):
                best, level = p, i
    assert level >= 0, f"{module} is in no layer: add it to LAYERS"
    return level


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "detente").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = modules()


def imports_of(path: Path) -> set[str]:
    """The detente modules ``path`` imports, anywhere in it (type-checking and lazy imports too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "detente")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "detente":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                out.add(sub if sub in MODULES else node.module)
    return out


GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def test_every_module_has_a_layer() -> None:
    for name in MODULES:
        layer_of(name)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    mine = layer_of(module)
    upward = sorted(dep for dep in GRAPH[module] if dep != "detente" and layer_of(dep) > mine)
    assert not upward, f"{module} ({LAYERS[mine][0]}) imports from a higher layer: " + ", ".join(
        f"{d} ({LAYERS[layer_of(d)][0]})" for d in upward
    )


def test_no_import_cycle() -> None:
    """Depth-first search over the module graph (the top package's lazy re-exports aside)."""
    graph = {m: {d for d in deps if d in GRAPH and d != "detente"} for m, deps in GRAPH.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        path.append(m)
        for d in sorted(graph[m]):
            if d == m or state.get(d) == 2:
                continue
            if state.get(d) == 1:
                cycle = [*path[path.index(d) :], d]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            visit(d)
        path.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


def test_the_layer_test_sees_an_upward_import(tmp_path: Path) -> None:
    """The check is not vacuous: a stage importing the coder is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from detente.coder import Coder\n", encoding="utf-8")
    deps = imports_of(bad)
    assert deps == {"detente.coder"}
    assert layer_of("detente.coder") > layer_of("detente.stages.build")
