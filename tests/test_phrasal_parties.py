"""Phrasal verbs whose particle or preposition the parser hangs elsewhere, and lists of persons
met whose last items the parser hangs on the verb (round phrasal29), on sentences written for
these tests.

"walked away from the deal", "backed out of the accord", "pulled out of the talks": the parser
hangs "from" / "of" on the particle, not on the verb, so the matcher reads a preposition right
after a particle right after the verb as the verb's own (`syntax.particle_preps`). "spoke this
morning to President X" is a talk with X where the one spoken to is an official or a named
person (verbs.yaml CONSULT 040 "speak to {...}"; the title words and labels of the object of
the pattern's own preposition count). "met with President A of Kenya, President B of Uganda,
and President C of Rwanda": C hangs on "met", its comma and "and" too; it is met as well
(`syntax.stray_conjuncts`).
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow

DATE = "2024-03-05"


def _events(coder, text: str) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.type, e.cameo, e.actor.text if e.actor else None, e.recipient.text if e.recipient else None)
        for e in before_recipients(coder, text, None, DATE)
    ]


def _has(found, cameo: str, actor: str | None, recipient: str | None) -> bool:  # type: ignore[no-untyped-def]
    return any(
        c == cameo
        and (actor is None or (a is not None and actor in a))
        and (recipient is None or (r is not None and recipient in r))
        for _, c, a, r in found
    )


#: a list of titled persons whose last item the parser hangs on the verb
LIST = "The envoy met with President Hichilema of Zambia, President Museveni of Uganda, and President Kagame of Rwanda."

# (sentence, CAMEO code, words of the actor, words of the recipient or None): coded so
CODED = [
    # an agreement walked away from, backed out of or pulled out of is rejected (127)
    ("Moldova walked away from the energy deal with Romania.", "127", "Moldova", "Romania"),
    ("Bolivia backed out of the trade agreement with Paraguay.", "127", "Bolivia", "Paraguay"),
    ("Armenia pulled out of the security pact with Georgia.", "127", "Armenia", "Georgia"),
    # talks called off, walked away from or pulled out of are halted (164)
    ("Senegal walked away from the talks with Gambia on Friday.", "164", "Senegal", "Gambia"),
    ("Ecuador called off the negotiations with Peru.", "164", "Ecuador", "Peru"),
    ("Sudan pulled out of the peace talks with Chad.", "164", "Sudan", "Chad"),
    # spoken to: an official or a named person
    ("The Kenyan president spoke this morning to President Mbeki about the border.", "040", "president", "Mbeki"),
    ("The Thai foreign minister spoke to his Laotian counterpart on Monday.", "040", "minister", "Laotian counterpart"),
    # the last of a list of titled persons, hung on the verb
    (
        LIST,
        "040",
        "envoy",
        "Kagame",
    ),
    # ... and an item between it and the first, read as the first's apposition
    (
        "The secretary met with Prime Minister Rutte of the Netherlands, Chancellor Nehammer of Austria, and "
        "Prime Minister Fiala of the Czech Republic.",
        "040",
        "secretary",
        "Nehammer",
    ),
    (
        "The secretary met with Prime Minister Rutte of the Netherlands, Chancellor Nehammer of Austria, and "
        "Prime Minister Fiala of the Czech Republic.",
        "040",
        "secretary",
        "Fiala",
    ),
]


@pytest.mark.parametrize(("text", "cameo", "actor", "recipient"), CODED)
def test_phrasal_coded(coder, text: str, cameo: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert _has(found, cameo, actor, recipient), found


# guards (they pass without the round too): what the new readings must leave alone
# (sentence, CAMEO code that must not be coded, words of the actor)
NOT_CODED = [
    ("The governor spoke to reporters outside the courthouse.", "040", "governor"),
    ("The prime minister spoke to the nation on Sunday night.", "040", "prime minister"),
    ("The senator walked away from the podium.", "127", "senator"),
    ("The rebels pulled out of the town after heavy fighting.", "127", "rebels"),
    ("The union backed the minister's plan.", "127", "union"),
]


@pytest.mark.parametrize(("text", "cameo", "actor"), NOT_CODED)
def test_phrasal_not_coded(coder, text: str, cameo: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert not _has(found, cameo, actor, None), found


def test_list_after_verb_keeps_first_items(coder) -> None:  # type: ignore[no-untyped-def]
    """A guard: the items the parser did hang on the list stay met."""
    text = LIST
    found = _events(coder, text)
    for name in ("Hichilema", "Museveni"):
        assert _has(found, "040", "envoy", name), found


# a journalist named by the outlet is no party to what is told ("spoke to Martin Smith of PBS"),
# (the Reuters row a guard: "speaking to" coded nothing before the round)
# with "to" as with "with" (recipients.outlet_told)
TOLD_JOURNALIST = [
    ("The minister spoke with Lena Park of the BBC on Monday.", "Park"),
    ("Speaking to Omar Haddad of Reuters, the general denied the report.", "Haddad"),
]


@pytest.mark.parametrize(("text", "journalist"), TOLD_JOURNALIST)
def test_journalist_no_recipient(coder, text: str, journalist: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert not any(r is not None and journalist in r for _, _, _, r in found), found
