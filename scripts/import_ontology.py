"""Turn the reference tables in ../shared/ontology into detente's own data files.

Run from the repository root: ``python scripts/import_ontology.py [../shared/ontology]``.
The output lives in ``src/detente/data/ontology/`` and is committed; each file names
its source in its header.  Deliberate departures from the sources are listed in the
``OVERRIDES`` tables below and repeated in the files' headers.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path("src/detente/data/ontology")

# Goldstein values for the seven CAMEO 1.1b3 codes that GDELT's table lacks:
# the value of their parent code (GDELT), stated as such in the output.
PARENT_GOLDSTEIN = {"106": "105", "155": "154", "176": "170", "1834": "183", "1951": "195", "1952": "195"}

# CAMEO -> PLOVER departures from the 2021 draft map, with the reason.
PLOVER_OVERRIDES = {
    # Root 01 / 02 are not in the 2021 map; PLOVER folds appeals into REQUEST.
    "016": ("REJECT", "", "", "denial of responsibility"),
    "018": ("SUPPORT", "", "", "empathetic comment"),
    "019": ("SUPPORT", "", "", "express accord"),
    "020": ("REQUEST", "", "", "appeal"),
    "021": ("REQUEST", "assist", "", "appeal for material cooperation"),
    "0211": ("REQUEST", "assist", "economic", "appeal"),
    "0212": ("REQUEST", "assist", "military", "appeal"),
    "0213": ("REQUEST", "assist", "legal", "appeal"),
    "0214": ("REQUEST", "assist", "intelligence", "appeal"),
    "022": ("REQUEST", "assist", "diplomatic", "appeal"),
    "023": ("REQUEST", "assist", "", "appeal for aid"),
    "0231": ("REQUEST", "assist", "economic", "appeal"),
    "0232": ("REQUEST", "assist", "military", "appeal"),
    "0233": ("REQUEST", "assist", "humanitarian", "appeal"),
    "0234": ("REQUEST", "assist", "peacekeeping", "appeal"),
    "024": ("REQUEST", "change", "political_institutions", "appeal"),
    "0241": ("REQUEST", "change", "executive", "appeal"),
    "0242": ("REQUEST", "change", "executive", "appeal"),
    "0243": ("REQUEST", "change", "rights_freedoms", "appeal"),
    "0244": ("REQUEST", "change", "political_institutions", "appeal"),
    "025": ("REQUEST", "yield", "", "appeal"),
    "0251": ("REQUEST", "yield", "legal", "appeal"),
    "0252": ("REQUEST", "yield", "", "appeal"),
    "0253": ("REQUEST", "yield", "legal", "appeal"),
    "0254": ("REQUEST", "yield", "economic", "appeal"),
    "0255": ("REQUEST", "yield", "diplomatic", "appeal"),
    "0256": ("REQUEST", "yield", "military", "appeal"),
    "026": ("REQUEST", "meet", "diplomatic", "appeal"),
    "027": ("REQUEST", "meet", "diplomatic", "appeal"),
    "028": ("REQUEST", "meet", "diplomatic", "appeal"),
    "155": ("MOBILIZE", "", "cyber", "not in the 2021 map"),
    "176": ("COERCE", "cyber", "cyber", "not in the 2021 map"),
    "1834": ("ASSAULT", "explosives", "", "not in the 2021 map"),
    "1951": ("ASSAULT", "aerial", "military", "not in the 2021 map"),
    "1952": ("ASSAULT", "drone", "military", "not in the 2021 map"),
    "191": ("COERCE", "restrict", "military", "blockade"),
    # PLOVER 2024 has RETREAT mode "resign"; the draft map puts leadership change under CONCEDE.
    "0831": ("RETREAT", "resign", "political_institutions", "PLOVER RETREAT:resign"),
    "20": ("ASSAULT", "unconventional", "", "root 20"),
    "01": ("", "", "", "public statements have no PLOVER type"),
}
# Retired PLOVER modes in the 2021 map -> modes of the 2024 manual ("" = none).
MODE_FIXES = {
    ("RETREAT", "return"): "release",
    ("RETREAT", "ease"): "",
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): "",
    ("COERCE", "ban"): "restrict",
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "",
    ("ASSAULT", "cleansing"): "",
    ("ASSAULT", "seize"): "abduct",
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def write_tsv(name: str, header: list[str], rows: list[list[str]], comment: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / name).open("w", encoding="utf-8", newline="") as f:
        for line in comment.strip().splitlines():
            f.write(f"# {line}\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row) + "\n")


def quad_class(code: str) -> str:
    root = int(code[:2])
    return "1" if root <= 5 else "2" if root <= 9 else "3" if root <= 14 else "4"


def main(src: Path) -> None:
    codes = read_tsv(src / "cameo_codes.tsv")
    by_code = {r["code"]: r for r in codes}
    rows = []
    for r in codes:
        code = r["code"]
        g = r["goldstein_gdelt"]
        origin = "gdelt"
        if not g:
            parent = PARENT_GOLDSTEIN.get(code, code[:3] if len(code) == 4 else code[:2])
            g = by_code[parent]["goldstein_gdelt"] or r["goldstein_icews_codebook"]
            origin = f"parent {parent}"
        name = r["name_cameo_manual_1.1b3"] or r["name_gdelt_lookup"] or r["name_icews_codebook"]
        rows.append([code, r["root_code"], name, g, origin, quad_class(code)])
    write_tsv(
        "cameo_codes.tsv",
        ["code", "root", "name", "goldstein", "goldstein_source", "quad_class"],
        rows,
        """CAMEO event codes with Goldstein values and quad classes.
Source: CAMEO Manual 1.1b3 ch. 6 (names); GDELT CAMEO.goldsteinscale.txt (Goldstein values),
as gathered in ../shared/ontology/cameo_codes.tsv. Codes missing from GDELT's table take the
value of their parent code (goldstein_source says which).
quad_class: detente uses the GDELT root convention: roots 01-05 = 1 verbal cooperation,
06-09 = 2 material cooperation, 10-14 = 3 verbal conflict, 15-20 = 4 material conflict.
Generated by scripts/import_ontology.py; edit that script, not this file.""",
    )

    modes = read_tsv(src / "plover_modes.tsv")
    valid_modes = {(m["event_type"], m["mode"]) for m in modes}
    mapping = {r["cameo_code"]: r for r in read_tsv(src / "cameo_to_plover_2021.tsv")}
    out = []
    for r in codes:
        code = r["code"]
        if code in PLOVER_OVERRIDES:
            t, m, c, why = PLOVER_OVERRIDES[code]
            if not t:
                continue
            out.append([code, t, m, c, f"override: {why}"])
            continue
        src_row = mapping.get(code) or mapping.get(code[:3] if len(code) == 4 else code + "0")
        if src_row is None and len(code) == 2:
            src_row = mapping.get(code + "0")
        if src_row is None:
            parent = code[:3] if len(code) == 4 else code[:2] + "0"
            if parent in PLOVER_OVERRIDES and PLOVER_OVERRIDES[parent][0]:
                t, m, c, _ = PLOVER_OVERRIDES[parent]
                out.append([code, t, m, c, f"from parent {parent}"])
            continue
        t = src_row["plover_event"].strip()
        m = src_row["plover_mode"].strip()
        if (t, m) in MODE_FIXES:
            m = MODE_FIXES[(t, m)]
        note = "2021 map" if src_row["cameo_code"] == code else f"2021 map via {src_row['cameo_code']}"
        if m and (t, m) not in valid_modes:
            # a context written in the mode column, or a retired mode
            m = ""
            note += "; retired mode dropped"
        ctx = ";".join(x.strip() for x in src_row["plover_context"].replace(",", ";").split(";") if x.strip())
        out.append([code, t, m, ctx, note])
    write_tsv(
        "cameo_plover.tsv",
        ["cameo", "type", "mode", "context", "note"],
        out,
        """CAMEO code -> PLOVER event type, mode and contexts.
Source: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (Schrodt 2021, draft), via
../shared/ontology/cameo_to_plover_2021.tsv; modes retired by the 2024 PLOVER manual are
mapped to current ones or dropped; rows marked 'override' depart from the draft map (reason given).
Generated by scripts/import_ontology.py.""",
    )

    types = read_tsv(src / "plover_event_types.tsv")
    write_tsv(
        "plover_types.tsv",
        ["type", "quad_class", "requires_recipient", "definition"],
        [[t["event_type"], t["quad_numeric_section"], t["requires_recipient"], t["definition"]] for t in types],
        "PLOVER event types. Source: PLOVER manual (openeventdata/PLOVER, 2024), via ../shared/ontology.",
    )
    write_tsv(
        "plover_modes.tsv",
        ["type", "mode", "plover_score"],
        [[m["event_type"], m["mode"], m["plover_score"]] for m in modes],
        "PLOVER modes per event type. Source: PLOVER manual (2024), via ../shared/ontology.",
    )
    ctx = read_tsv(src / "plover_contexts.tsv")
    write_tsv(
        "plover_contexts.tsv",
        ["context", "definition"],
        [[c["context"], c["definition"]] for c in ctx],
        "PLOVER contexts. Source: PLOVER manual (2024), via ../shared/ontology.",
    )
    sectors = read_tsv(src / "plover_sector_codes.tsv")
    keys = list(sectors[0].keys())
    write_tsv(
        "plover_sectors.tsv",
        keys,
        [[s[k] for k in keys] for s in sectors],
        "PLOVER sector codes. Source: PLOVER manual (2024), via ../shared/ontology.",
    )
    ns = read_tsv(src / "plover_nonstate_country_codes.tsv")
    keys = list(ns[0].keys())
    write_tsv(
        "plover_nonstate_codes.tsv",
        keys,
        [[s[k] for k in keys] for s in ns],
        "PLOVER non-state 'country' codes. Source: PLOVER manual (2024), via ../shared/ontology.",
    )
    gd = read_tsv(src / "gdelt_event_columns.tsv")
    keys = list(gd[0].keys())
    write_tsv(
        "gdelt_event_columns.tsv",
        keys,
        [[s[k] for k in keys] for s in gd],
        "GDELT 2.0 Event table columns. Source: GDELT Event Codebook V2.0 (2015), via ../shared/ontology.",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/ontology"))
