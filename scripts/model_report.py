"""Print the cross-validated figures recorded in the packaged event model, as Markdown.

    .venv/bin/detente train                     # trains, cross-validates, writes the model
    .venv/bin/python scripts/model_report.py    # the tables of docs/model.md, from that model

The figures are those ``detente train`` measured (k-fold, pooled over the folds); this script
only formats them, so the page and the shipped model cannot disagree.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from detente.model import EventModel

SETTINGS = ("patterns", "model_only", "model")
MEASURES = ("type_recall", "type_precision", "type_micro_f1", "tuple_recall", "tuple_precision", "tuple_f1", "coverage")


def report(model: EventModel) -> str:
    cv = model.info["cross_validation"]
    lines = []
    for name in sorted(cv["scores"], key=lambda n: n != "plv_train.jsonl"):
        settings = cv["scores"][name]
        lines.append(f"### `{name}`, {cv['folds']}-fold cross-validation")
        lines.append("")
        lines.append("| measure | patterns only | model only | patterns + model |")
        lines.append("|---|---:|---:|---:|")
        for m in MEASURES:
            lines.append(f"| {m} | " + " | ".join(f"{settings[s][m]:.3f}" for s in SETTINGS) + " |")
        lines.append("")
        lines.append(
            "| type | gold | F1 patterns | F1 model only | F1 patterns + model | R patterns | R patterns + model |"
        )
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        types = settings["patterns"]["per_type"]
        for t in types:
            row = [settings[s]["per_type"].get(t, {}) for s in SETTINGS]
            lines.append(
                f"| {t} | {row[0].get('gold', 0)} | "
                + " | ".join(f"{r.get('f1', 0.0):.3f}" for r in row)
                + f" | {row[0].get('recall', 0.0):.3f} | {row[2].get('recall', 0.0):.3f} |"
            )
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="model file (default: the packaged one)")
    args = ap.parse_args()
    print(report(EventModel.load(args.model)))


if __name__ == "__main__":
    main()
