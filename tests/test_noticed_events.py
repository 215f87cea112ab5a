"""Events earlier rounds noticed missed or misread and left (round noticedg), on sentences
written for these tests:

- a meal had with a party is a meeting with it where the parser hangs the "with" on "had"
  ("had lunch with the Japanese foreign minister": CONSULT 040);
- "came under fire from X for/over Y" is criticism (ACCUSE 111) by X of the subject; "came
  under fire from rebels" alone (the literal fire) and "opened fire over the crowd" are none;
- an object pronoun in the infinitive of purpose of a verb of addressing ("wrote to Kenya's
  president *to urge him*", "called the minister to press her") is the one addressed, and the
  urging is the caller's, not the one called;
- the by-phrase the parser hangs on the deed a passive verb of judging names by "for" is the
  judge when it is one who judges ("Hamas was blamed for the rocket attack *by Israeli
  officials*"), not when it is the deed's doers.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients, check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a meal with a party, "with" hung on the light verb
        ("The Indian minister had lunch with the Japanese foreign minister in Tokyo.", "CONSULT", "IND", "JPN"),
        # (guard: a meal the parser already hangs on its noun)
        ("Chancellor Merz had breakfast with the Polish prime minister in Warsaw.", "CONSULT", "DEU", "POL"),
        # criticism undergone (the last two rows: guards)
        ("Chile came under fire from Argentina for its fishing policy.", "ACCUSE", "ARG", "CHL"),
        ("The Kenyan minister came under fire from Ugandan lawmakers over the rail deal.", "ACCUSE", "UGA", "KEN"),
        ("The convoy came under fire from rebels near Goma.", "ACCUSE", "absent", None),
        ("Soldiers opened fire over the heads of protesters in Nairobi.", "ACCUSE", "absent", None),
        # the one addressed, in the infinitive of purpose
        (
            "President Trump wrote to Kenya's president to urge him to release the detained journalists.",
            "REQUEST",
            "USA",
            "KEN",
        ),
        (
            "The French president called the Kenyan president to urge him to free the activists.",
            "REQUEST",
            "FRA",
            "KEN",
        ),
        # (guard: "with" kept the one spoken with before)
        ("The French minister spoke with President Ruto to urge him to free the activists.", "REQUEST", "FRA", "KEN"),
        # the judge hung on the deed
        ("Hamas was blamed for the rocket attack by Israeli officials.", "ACCUSE", "ISR", "PSE"),
        ("Russia was blamed for the attack by Ukrainian officials.", "ACCUSE", "UKR", "RUS"),
        ("Kenya was praised for its restraint by the Ugandan foreign ministry.", "SUPPORT", "UGA", "KEN"),
    ],
)
def test_noticed_events(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    check_coded(coder, sentence, type_, actor, recipient)


# (headline, the countries that must meet (actor, recipient), or None: no meeting coded at the headline)
REMARKS_CASES = [
    (
        "Remarks by President Lopez of Mexico and Prime Minister Vega of Chile Before Bilateral Meeting",
        ("MEX", "CHL"),
    ),
    (
        "Remarks by Prime Minister Carney of Canada and President Sheinbaum of Mexico Before Bilateral Meeting",
        ("CAN", "MEX"),
    ),
    # one speaker: no pair
    ("Remarks by President Lopez of Mexico Before Cabinet Meeting", None),
]


@pytest.mark.parametrize(("title", "pair"), REMARKS_CASES)
def test_remarks_before_a_meeting(coder, title: str, pair: tuple[str, str] | None) -> None:
    """The two speakers of remarks made before (or after, at) a meeting meet each other."""
    events = before_recipients(coder, "PRESIDENT LOPEZ: Thank you all for coming today.", title)
    met = [
        (e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in events
        if e.type == "CONSULT" and e.trigger.text == "Meeting"
    ]
    if pair is None:
        assert not [m for m in met if m[0] and m[1]], met
    else:
        assert pair in met, met
