"""Casualty counts and attribution, on hand-written sentences (a first part of the attributes work)."""

from __future__ import annotations

import pytest

from detente.records import Count


def value(count: Count | None) -> int | None:
    return count.value if count is not None else None


pytestmark = pytest.mark.slow

# sentence, trigger word, fatalities, fatalities lower bound, injured
CASUALTIES = [
    ("The U.S. strikes on the speedboats killed 64 people.", "killed", 64, False, None),
    ("At least 75 people were killed in the clashes.", "killed", 75, True, None),
    ("Gunmen killed six civilians near Maiduguri.", "killed", 6, False, None),
    ("A car bomb killed 1,200 soldiers over the year.", "killed", 1200, False, None),
    ("Israeli strikes killed more than 40 people in Rafah.", "killed", 40, True, None),
    ("Police shot dead two protesters and wounded 30 others.", "shot", 2, False, 30),
    ("Three prisoners were beaten to death by guards.", "beaten", 3, False, None),
    ("Pakistani forces killed six militants and wounded 12 others.", "killed", 6, False, 12),
    ("The attack wounded eight soldiers.", "wounded", None, None, 8),
    ("Rebels killed two hundred villagers.", "killed", 200, False, None),
    ("Dozens of people were killed in the fighting.", "killed", 12, True, None),
    ("Russian shelling injured nearly 20 people in Kharkiv.", "injured", None, None, 20),
    ("The army killed the rebel commander.", "killed", 1, False, None),
    ("A prominent journalist was killed in Beirut.", "killed", 1, False, None),
    ("Police killed members of the gang.", "killed", None, None, None),
]


@pytest.mark.parametrize(("sentence", "trigger", "fatal", "fatal_min", "injured"), CASUALTIES)
def test_casualty_counts(coder, sentence: str, trigger: str, fatal, fatal_min, injured) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(sentence) if e.trigger.text.startswith(trigger)]
    assert events, f"no event triggered by {trigger!r}: {[e.trigger.text for e in coder.code(sentence)]}"
    ev = events[0]
    assert (value(ev.fatalities), value(ev.injured)) == (fatal, injured)
    if fatal is not None:
        assert ev.fatalities.at_least is fatal_min


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials said Pakistani forces killed six militants.", "Officials"),
        ("The Syrian army shelled Idlib, according to the Observatory.", "the Observatory"),
        ("Police said protesters blocked the main highway.", "Police"),
    ],
)
def test_reported_events_are_attributed_to_their_speaker(coder, sentence: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(sentence)
    assert events and all(e.attribution is not None and e.attribution.text == speaker for e in events)


def test_unreported_events_have_no_attribution(coder) -> None:  # type: ignore[no-untyped-def]
    assert all(e.attribution is None for e in coder.code("Russia attacked Ukraine."))
