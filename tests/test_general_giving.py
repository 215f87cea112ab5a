"""Wrong events of the types that emit most (round precision21), on sentences written for these
tests: aid told in the present simple is what a giver does as a rule; an act told as lasting for
years is a standing condition; money named as a verb's subject is no party, even where the actor
is read from a title; love, prayers and strength sent are sympathy, not aid; a peaceful or
nationwide strike is a work stoppage, not an attack; crimes committed in a relative clause are no
commitment, nor is a commitment named as exemplified or breached, nor an act a plan is made
for ("in the event of"); a passive's subject does the active verb coordinated with it, and
undergoes a bare participle coordinated with it."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # aid told in the present simple: what it does as a rule
        (
            "Canada announced a new package for Haiti. It provides vital relief to families in need.",
            "AID",
            "absent",
            None,
        ),
        ("Japanese development assistance to Laos serves Japan's long-term interests.", "AID", "absent", None),
        ("Norway's humanitarian aid to Yemen continues to strengthen local clinics.", "AID", "absent", None),
        # an act told as lasting for years, with no count: a standing condition
        (
            "The people of Laos deserve better than the junta that has denied them basic rights for decades.",
            "REJECT",
            "absent",
            None,
        ),
        # a peaceful or nationwide strike is no attack
        ("Dockers in Chile began a nationwide strike on Monday.", "ASSAULT", "absent", None),
        # crimes committed, told in a relative clause, are no commitment
        ("Kenya condemned the atrocities the militia has committed in Somalia.", "AGREE", "absent", None),
        ("The crimes that Russian forces commit in Georgia will be punished.", "AGREE", "absent", None),
        # an act a plan is made for is a contingency
        ("Estonia has prepared shelters in the event of a Russian attack on Tallinn.", "ASSAULT", "absent", None),
        ("NATO keeps reserves in case of a Russian incursion into Latvia.", "ASSAULT", "absent", None),
        # a commitment exemplified or breached is described, not made
        (
            "The minister said the new funding is a concrete example of Canada's commitment to Haiti.",
            "AGREE",
            "absent",
            None,
        ),
    ],
)
def test_precision21_not_events(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards (they pass without this round's change): aid given now, and an act counted in years, stay
        ("Canada is providing $40 million in aid to Haiti.", "AID", "CAN", "HTI"),
        ("Canada has provided $40 million in aid to Haiti since January.", "AID", "CAN", "HTI"),
        (
            # (access denied is a restriction, COERCE, since round noticedb)
            "The government of Zambia has denied the opposition access to the capital for two weeks.",
            "COERCE",
            "ZMB",
            None,
        ),
        ("Rebels launched an air strike on the town in Sudan.", "ASSAULT", None, None),
        ("In the case of the Russian attack on Kharkiv, officials said 12 people died.", "ASSAULT", "RUS", None),
        # love and strength sent are sympathy (SUPPORT, as the coding manual has it)
        ("The Kenyan president is sending love and strength to the people of Uganda.", "SUPPORT", "KEN", "UGA"),
        ("Russia committed to the talks that Turkey proposed.", "AGREE", "RUS", "TUR"),
        # a passive's subject does the active verb coordinated with it ...
        (
            "Nigerian soldiers have been deployed in Lagos and have reportedly attacked and beaten protesters.",
            "ASSAULT",
            "NGA",
            None,
        ),
        # ... and undergoes a bare participle coordinated with it
        ("Two Kenyan journalists were arrested and beaten in Kampala.", "ASSAULT", None, "KEN"),
    ],
)
def test_precision21_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # sympathy sent is no aid, whatever the event model makes of it
        ("The Kenyan president spoke on Monday. We are sending love and strength to the people of Uganda.", "AID"),
    ],
)
def test_precision21_model_not_events(unaimed_model_coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    events = unaimed_model_coder.code(text, published=DATE)
    found = [(e.type, e.actor and e.actor.text, e.trigger.text) for e in events if e.type == type_]
    assert not found, f"{type_} coded in {text!r}: {found}"


def test_precision21_money_subject_under_title(unaimed_coder) -> None:  # type: ignore[no-untyped-def]
    """A title names the giver; the body's "this assistance will support ..." is no act of it."""
    record = {
        "id": "t",
        "title": "Canadian Assistance for the People of Haiti",
        "text": "This critical assistance will support humanitarian organizations to provide shelter.",
        "published": DATE,
    }
    events = next(iter(unaimed_coder.code_many([record]))).events
    found = [(e.type, e.actor and e.actor.text, e.trigger.text) for e in events if e.type == "AGREE"]
    assert not found, f"AGREE coded: {found}"
