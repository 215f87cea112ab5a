"""Reading detente's data files (TSV and YAML) with errors that name file and line."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from detente.errors import KnowledgeError

# libyaml's safe loader when PyYAML was built with it (the same documents, parsed in C, several
# times faster); the pure-Python one otherwise
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_MERGE_TAG = "tag:yaml.org,2002:merge"


class _UniqueKeyLoader(SAFE_LOADER):
    """The safe loader, refusing a key written twice in one mapping: YAML keeps the last value
    silently, so a second list given an existing name ("holding_verbs") would replace the
    first without a word. Keys brought in by a merge (``<<: *anchor``) may be overridden."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice (first on line {seen[key] + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def data_dir() -> Path:
    """The directory of the data files that ship inside the package."""
    return Path(str(resources.files("detente") / "data"))


def read_tsv(path: Path, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for a TSV file whose '#' lines are comments.

    The first non-comment line is the header. A row with the wrong number of cells,
    or missing a required column value, raises :class:`KnowledgeError`.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read data file {path}: {exc}") from exc
    header: list[str] | None = None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeError(f"{path}:{number}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header):
            raise KnowledgeError(f"{path}:{number}: {len(cells)} cells for {len(header)} columns")
        row = {h: c.strip() for h, c in zip(header, cells, strict=True)}
        for col in required:
            if not row[col]:
                raise KnowledgeError(f"{path}:{number}: empty '{col}'")
        yield number, row


def read_yaml(path: Path) -> Any:
    """Load a YAML data file, naming the file in any error (a key written twice in one mapping
    is an error)."""
    try:
        with path.open(encoding="utf-8") as f:
            return yaml.load(f, Loader=_UniqueKeyLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read data file {path}: {' '.join(str(exc).split())}") from exc


def split_multi(cell: str) -> list[str]:
    """Split a '|'-separated cell, dropping empty parts."""
    return [part.strip() for part in cell.split("|") if part.strip()]
