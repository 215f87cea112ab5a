"""Where the events of whole articles happen (round places46): what a statement or a meeting is
about is not where it happened, and a meeting or an office title named with a capital is no town.

In a verbal event, a place named in a phrase of "on", "about", "over", "regarding" on the event's
word or its object ("talks on Syria", "concerned about the crisis in Sudan"), or after the object
of a verb of speaking of something ("discussed the war in Sudan", "condemned the bombing in
Mogadishu"), is what the event is about: the event keeps the place its own clause or the dateline
gives it, or none. So is what a protest is "over" ("protests over the war in Gaza"), what another
noun of the sentence is about, and the topic of an article's opening is not its place (round
places50). "the G20 Summit" and "a Foreign Service Officer" are no towns (Summit, New
Jersey; Officer, Victoria). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2025-10-21"


def _event(coder, text: str, trigger: str):  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(text, published=PUBLISHED) if trigger in e.trigger.text]
    assert events, [(e.type, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]
    return events[0]


# (text, a word of the event's trigger, the name of the event's place (with "/" its country), or
# None for no place)
TOPICS = [
    ("The foreign ministers of Iran and Turkey held talks about the war in Syria on Monday.", "talks", None),
    (
        "NAIROBI — Kenya's president condemned the bombing in Mogadishu on Friday.",
        "condemned",
        "Nairobi/KEN",
    ),
    ("Kenya's president condemned the bombing in Mogadishu on Friday.", "condemned", None),
    (
        "The State Department said on Tuesday it was deeply concerned about the humanitarian crisis in Sudan.",
        "concerned",
        None,
    ),
    ("The Saudi foreign minister criticized the killings in Darfur on Sunday.", "criticized", None),
    # what the condemned attack struck is spoken of too
    (
        "The U.N. Security Council condemned the attack on peacekeepers in southern Lebanon on Friday.",
        "condemned",
        None,
    ),
    # a protest is about what it is "over", as a statement is
    ("Students staged protests over the war in Sudan on Monday.", "protests", None),
    # what another noun of the sentence is about places no event
    (
        "Police detained a student who had led protests over the war in Gaza, officials said on Monday.",
        "detained",
        None,
    ),
    # ... nor the article: the opening's topic is not its place
    (
        "Talks on the war in Yemen stalled on Monday. Saudi officials accused the Houthis of stalling.",
        "accused",
        None,
    ),
]

NAMES = [
    ("On the margins of the Summit, President Lula met the Japanese prime minister.", "met", None),
    (
        "At the G20 Summit in Bali, President Lula met the Japanese prime minister on Tuesday.",
        "met",
        "Bali/IDN",
    ),
]

GUARDS = [
    # the place of the talks themselves, of a party, of the attack spoken of
    ("The foreign ministers of Iran and Turkey held talks on Syria in Geneva on Monday.", "talks", "Geneva/CHE"),
    ("The French minister met business leaders in Algiers on Monday.", "met", "Algiers/DZA"),
    (
        "The Turkish foreign minister met his Greek counterpart on the sidelines of the summit in Rome on Friday.",
        "met",
        "Rome/ITA",
    ),
    ("Kenya's president condemned the bombing in Mogadishu on Friday.", "bombing", "Mogadishu/SOM"),
    # a protest's own place phrase; the town an attack's noun is aimed at (this one fails before
    # round places50: "strikes on Kharkiv" was read as no place phrase), and an opening that
    # names an attack's target "on" is the article's place
    ("Thousands protested in Paris on Saturday over the killing of a teenager in a suburb.", "protested", "Paris/FRA"),
    ("Russian strikes on Kharkiv killed three people on Monday.", "killed", "Kharkiv/UKR"),
    (
        "The attack on a police station in Kandahar killed four officers on Monday. The governor condemned the attack.",
        "condemned",
        "Kandahār/AFG",
    ),
    # a host's guest is placed with the welcome
    ("The prime minister welcomed the delegation in Islamabad on Monday.", "welcomed", "Islamabad/PAK"),
]

ALL = TOPICS + NAMES + GUARDS


@pytest.mark.parametrize(("text", "trigger", "place"), ALL, ids=[f"{c[1]}: {c[0][:60]}" for c in ALL])
def test_what_is_not_where(coder, text: str, trigger: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event(coder, text, trigger)
    if place is None:
        assert event.location is None, event.location
    else:
        name, _, country = place.partition("/")
        assert event.location is not None and event.location.name == name, event.location
        assert not country or event.location.country == country, event.location
