"""Where statements, meetings and visits happen (round places26).

A place phrase inside what a verbal act is about ("condemned the bombing in Quetta", "concern
about the fighting in Darfur", "discussed the crisis in Yemen") is where that other thing
happened, not where the act was done; a statement whose own sentence states no place is not
placed by such a phrase of the article's opening sentences either. A meeting is placed by a
phrase on its verb, its partner or the summit around it ("met with the minister in Lisbon", "on
the sidelines of the summit in Jakarta"); a visit's place is the land visited ("during her visit
to Osaka"); "in defence of Somalia's sovereignty" is no place phrase. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"


def _event(coder, text: str, trigger: str):  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert events, [(e.type, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]
    return events[-1]


# (text, trigger, a word of the event's place's name, or None for no place)
PLACES = [
    # what a statement is about
    ("The Canadian government strongly condemned the bombing in Quetta on Sunday.", "condemned", None),
    (
        "Speaking at a news conference in Ottawa, the Canadian foreign minister condemned the bombing in Quetta.",
        "condemned",
        "Ottawa",
    ),
    ("The Kenyan president thanked Ethiopia for its support in defence of Somalia's sovereignty.", "thanked", None),
    (
        "Indonesia's foreign minister expressed concern about the situation in Myanmar and condemned the killings"
        " of protesters.",
        "condemned",
        None,
    ),
    (
        "The Danish foreign minister discussed cooperation on the crisis in Yemen with her Saudi counterpart.",
        "discussed",
        None,
    ),
    # a statement about an attack that the opening sentences place
    (
        "Statement on the Attack in Kandahar\n\nThe Australian government strongly condemns the attack on a school"
        " in Kandahar. We urge all parties to refrain from violence.",
        "urge",
        None,
    ),
    # a visit, and meetings where they were held
    ("The Swiss foreign minister met Japan's prime minister during her visit to Osaka on Monday.", "met", "Osaka"),
    ("The Portuguese president met with the Chilean foreign minister in Lisbon on Friday.", "met", "Lisbon"),
    ("The leaders of Chile and Peru met on the sidelines of the regional summit in Jakarta.", "met", "Jakarta"),
    ("The Dutch prime minister met the Kenyan president in Nairobi on Tuesday.", "met", "Nairobi"),
    # an attack keeps its own place
    ("The Canadian government condemned the militants' bombing of a market in Quetta on Sunday.", "bombing", "Quetta"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), PLACES, ids=[f"{c[1]}: {c[0][:50]}" for c in PLACES])
def test_the_place_of_the_event(coder, text: str, trigger: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    loc = _event(coder, text, trigger).location
    if name is None:
        assert loc is None, (loc.name, loc.country, loc.reason)
    else:
        assert loc is not None and name in (loc.name or ""), loc
