"""The PLV sentence gold in two fixed halves, one to study and one to judge on.

    .venv/bin/python scripts/plv_half.py A --patterns-only --list miss --types ACCUSE,REJECT
    .venv/bin/python scripts/plv_half.py B --patterns-only          # figures only: never list B

A record's half is fixed by the MD5 hash of its id (even: A, odd: B), chosen before any study.
Rules are written from half A's misses and wrong events; half B, whose sentences are never
listed, says whether they carry over to news not studied. Figures follow ``detente evaluate``'s
tuple rule: a gold event is found when one coded event of its sentence has an accepted type and a
matching actor and recipient; a coded event is right when it so matches a gold event (PLV codes
one event a sentence, so precision is a lower bound).
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from detente.coder import Coder
from detente.evaluation.gold import GoldEvent, load_gold
from detente.evaluation.score import entity_matches
from detente.records import Event


def half(record_id: str) -> str:
    return "A" if int(hashlib.md5(record_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _matches(g: GoldEvent, e: Event) -> bool:
    return e.type in g.types and entity_matches(g.actor, e.actor) and entity_matches(g.recipient, e.recipient)


def _show(e: Event) -> str:
    actor = e.actor.text if e.actor else None
    recipient = e.recipient.text if e.recipient else None
    return f"{e.type}({e.cameo}) {actor!r} -> {recipient!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", choices=["A", "B"])
    ap.add_argument("--gold", type=Path, default=Path("../shared/gold/plv_train.jsonl"))
    ap.add_argument("--patterns-only", action="store_true", help="code without the event model")
    ap.add_argument("--list", choices=["miss", "spurious", "all"], help="half A only: misses, wrong events, both")
    ap.add_argument("--types", default="", help="list only these types (comma-separated)")
    args = ap.parse_args()
    if args.list and args.half == "B":
        ap.error("half B judges: its sentences are not listed")
    types = set(filter(None, args.types.split(",")))
    records = [r for r in load_gold(args.gold) if half(r.id) == args.half]
    coder = Coder(model=False) if args.patterns_only else Coder()
    found = gold_n = correct = coded = 0
    for r in records:
        events = coder.code(r.text, r.published, r.id)
        for g in r.events:
            gold_n += 1
            hit = any(_matches(g, e) for e in events)
            found += hit
            if not hit and args.list in ("miss", "all") and (not types or g.types & types):
                actor, recipient = (g.actor.text if g.actor else None), (g.recipient.text if g.recipient else None)
                print(f"MISS {r.id} gold={sorted(g.types)} {actor!r} -> {recipient!r}\n     {r.text}")
                print("".join(f"     coded {_show(e)}\n" for e in events), end="")
        for e in events:
            coded += 1
            right = any(_matches(g, e) for g in r.events)
            correct += right
            if not right and args.list in ("spurious", "all") and (not types or e.type in types):
                print(f"WRONG {r.id} {_show(e)}\n     {r.text}")
    recall, precision = found / max(gold_n, 1), correct / max(coded, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"half {args.half}: records {len(records)}, gold {gold_n}, coded {coded}; tuple recall {recall:.3f} "
        f"({found}/{gold_n}), precision {precision:.3f} ({correct}/{coded}), F1 {f1:.3f}"
    )


if __name__ == "__main__":
    main()
