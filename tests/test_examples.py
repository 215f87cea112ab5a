"""The sample reports: the events a reader sees in them are coded.

examples/events_expected.tsv lists, per sample, the events a careful human coder codes. The
intelligence-sharing report's events named in the core issue are checked one by one; over
all samples, a floor on the share found guards against regressions.
"""

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PUBLISHED = "2025-10-21"


def expected_rows() -> list[list[str]]:
    rows = []
    for line in (EXAMPLES / "events_expected.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            rows.append(cells + [""] * (5 - len(cells)))
    return rows[1:]  # header


@pytest.fixture(scope="module")
def coded(coder):  # type: ignore[no-untyped-def]
    return {
        p.name: coder.code(p.read_text(encoding="utf-8"), published=PUBLISHED, article_id=p.stem)
        for p in sorted(EXAMPLES.glob("*.txt"))
    }


def found(events, type_: str, actor: str, recipient: str = "") -> bool:  # type: ignore[no-untyped-def]
    return any(
        e.type in type_.split("|")
        and (not actor or (e.actor is not None and e.actor.country == actor))
        and (not recipient or (e.recipient is not None and e.recipient.country == recipient))
        for e in events
    )


@pytest.mark.parametrize(
    ("type_", "actor", "recipient"),
    [
        ("SANCTION", "COL", "USA"),  # the suspension of intelligence sharing
        ("ASSAULT", "USA", ""),  # the strikes on boats
        ("SANCTION|COERCE", "USA", "COL"),  # the sanctions on Petro
        ("MOBILIZE", "USA", ""),  # the naval build-up
        ("MOBILIZE", "VEN", ""),  # the counter-mobilization
        ("ACCUSE", "COL", "USA"),  # accusations both ways
        ("ACCUSE", "USA", "COL"),
        ("THREATEN", "USA", ""),  # the threat of strikes
    ],
)
def test_intelligence_sharing_report(coded, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert found(coded["01_intelligence_suspension.txt"], type_, actor, recipient)


def test_share_of_expected_events_found(coded) -> None:  # type: ignore[no-untyped-def]
    rows = expected_rows()
    hits = 0
    for file, substring, type_, actor, _recipient in rows:
        in_sentence = [e for e in coded[file] if substring in e.text]
        hits += found(in_sentence, type_, actor)
    assert hits / len(rows) >= 0.75, f"{hits}/{len(rows)} expected events found"
