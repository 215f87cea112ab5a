"""CAMEO codes, Goldstein values, quad classes and the CAMEO-to-PLOVER map."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_tsv
from detente.records import PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True, slots=True)
class PloverCoding:
    """What a CAMEO code means in PLOVER."""

    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    cameo: dict[str, CameoCode]
    plover: dict[str, PloverCoding]
    modes: frozenset[tuple[str, str]]
    sectors: frozenset[str]
    nonstate: frozenset[str]
    #: PLOVER type -> quad class (1 verbal and 2 material cooperation, 3 verbal and 4 material conflict)
    type_quads: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None = None) -> Ontology:
        base = (directory or data_dir()) / "ontology"
        cameo = {}
        for _, row in read_tsv(base / "cameo_codes.tsv", ("code", "goldstein", "quad_class")):
            cameo[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"]), int(row["quad_class"]))
        modes = frozenset(
            (row["type"], row["mode"]) for _, row in read_tsv(base / "plover_modes.tsv", ("type", "mode"))
        )
        plover = {}
        for number, row in read_tsv(base / "cameo_plover.tsv", ("cameo", "type")):
            if row["type"] not in PLOVER_TYPES:
                raise KnowledgeError(f"cameo_plover.tsv:{number}: unknown PLOVER type {row['type']}")
            mode = row["mode"] or None
            if mode and (row["type"], mode) not in modes:
                raise KnowledgeError(f"cameo_plover.tsv:{number}: {row['type']} has no mode {mode}")
            context = tuple(c for c in row["context"].split(";") if c)
            plover[row["cameo"]] = PloverCoding(row["type"], mode, context)
        sectors = frozenset(r["sector_code"] for _, r in read_tsv(base / "plover_sectors.tsv", ("sector_code",)))
        nonstate = frozenset(r["code"] for _, r in read_tsv(base / "plover_nonstate_codes.tsv", ("code",)))
        types = read_tsv(base / "plover_types.tsv", ("type", "quad_class"))
        quads = {r["type"]: int(r["quad_class"]) for _, r in types}
        if set(quads) != set(PLOVER_TYPES):
            raise KnowledgeError(f"plover_types.tsv: expected the 16 PLOVER types, found {sorted(quads)}")
        return cls(cameo, plover, modes, sectors, nonstate, quads)

    def code(self, cameo: str) -> CameoCode:
        try:
            return self.cameo[cameo]
        except KeyError:
            raise KnowledgeError(f"unknown CAMEO code {cameo!r}") from None

    def to_plover(self, cameo: str) -> PloverCoding:
        """The PLOVER coding of a CAMEO code, falling back to its parent codes."""
        for key in (cameo, cameo[:3], cameo[:2] + "0", cameo[:2]):
            if key in self.plover:
                return self.plover[key]
        raise KnowledgeError(f"CAMEO code {cameo!r} has no PLOVER type")
