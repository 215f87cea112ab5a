"""Events a reader would not list, or of the wrong type (round precision24), on sentences written
for these tests: an act told as the one not taken ("instead of", "rather than"); an act told
under "must" or "should" (demanded, coded as the demand), or as what one "has to" or "needs to" do; a negated verb
whose clause is an open question ("could not guarantee whether ..."); a cooperative bond told as lasting
("the enduring partnership"), a working relation told in the present simple ("work closely
together") or a position held for long ("has always supported"); a commitment whose credibility is doubted or
that is breached; a verb in an "or" list after a
negated verb, when an "and" clause follows the list; a possibility under a condition that no one
is said to threaten ("if he were removed, the senate could disqualify him"), or a fate foretold
in the passive that no one announces; and, with the event model, the co-actors of a one-way act
taken as each other's recipients ("the warrant was issued jointly by A, B and C")."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow

DATE = "2025-10-21"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # the act not taken, "instead of" / "rather than"
        (
            "The junta in Mali, instead of freeing the journalists, has sentenced three of them to ten years in jail.",
            "RETREAT",
            "absent",
            None,
        ),
        (
            "Rather than release the activists, the Belarusian government extended their detention on Monday.",
            "RETREAT",
            "absent",
            None,
        ),
        ("Police arrested the protest leaders rather than negotiating with them.", "CONSULT", "absent", None),
        # what "should" or "must" do is demanded, not done
        (
            "Amnesty said the Gulf states should keep their doors open to the refugees and continue putting "
            "pressure on the Egyptian government to free the detainees.",
            "COERCE",
            "absent",
            None,
        ),
        # ... and so is what one "has to" or "needs to" do
        ("Russia needs to withdraw its troops from Georgia.", "RETREAT", "absent", None),
        # a negated verb whose clause is an open question is a doubt, no refusal
        ("The spokesman could not guarantee whether the talks would resume.", "REJECT", "absent", None),
        # a bond told as lasting is a standing condition
        (
            "We will work with the new president to deepen the enduring partnership between Japan and Vietnam.",
            "COOPERATE",
            "absent",
            None,
        ),
        # "or" after a negated verb shares its negation, though an "and" clause follows the list
        ("The governor did not resign or admit wrongdoing, and vowed to fight the charges.", "CONCEDE", "absent", None),
        # a possibility under a condition, told by no one, is no threat (nor an act done)
        (
            "If the governor were removed, the state senate could disqualify him from holding office again.",
            "THREATEN",
            "absent",
            None,
        ),
        # a fate foretold, told by no one, is no threat (a plan that is not cooperation is no event)
        ("The Uzbek refugees will be deported next month.", "THREATEN", "absent", None),
        # a working relation in the present simple, a position held for long: standing conditions
        ("Peru and Chile work closely together on many border issues.", "COOPERATE", "absent", None),
        (
            "Canada has long been the largest donor to the UN mission, providing a third of its funds.",
            "AID",
            "absent",
            None,
        ),
        ("Norway has always supported the talks between Colombia and the rebels.", "SUPPORT", "absent", None),
        # a commitment whose worth is weighed, or that is broken, is recalled, not made
        ("The strike casts doubt on the credibility of Iran's commitment to the truce.", "AGREE", "absent", None),
        ("Serbia breached its commitments by shelling the bridge in Kosovo.", "AGREE", "absent", None),
    ],
)
def test_precision24_not_events(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards (they pass without this round's change): the act taken, the demand, an "and"
        # list, a threat said, a mutual act between coordinated actors
        (
            "The junta in Mali, instead of freeing the journalists, has sentenced three of them to ten years in jail.",
            "COERCE",
            "MLI",
            None,
        ),
        (
            "Rather than release the activists, the Belarusian government extended their detention on Monday.",
            "COERCE",
            "BLR",
            None,
        ),
        ("The Kenyan opposition said the government must stop arresting journalists.", "REQUEST", "KEN", "KEN"),
        ("The governor did not resign and admitted wrongdoing on Friday.", "CONCEDE", None, None),
        ("The minister said Turkey could strike Syria if the attacks continue.", "THREATEN", "TUR", "SYR"),
        ("Chile and Peru signed a trade agreement on Monday.", "SUPPORT", "CHL", "PER"),
        ("The Greek police said the migrants will be deported to Turkey.", "THREATEN", None, None),
        ("Kenyan and Somali troops worked together to clear the town on Monday.", "COOPERATE", "KEN", None),
        ("Norway supported the talks between Colombia and the rebels on Monday.", "SUPPORT", "NOR", "COL"),
        ("Lenders said that Nepal must tighten security after the Pokhara bombing.", "ASSAULT", None, None),
        ("Russia withdrew its troops from Georgia.", "RETREAT", "RUS", "GEO"),
        ("Serbia reaffirmed its commitment to the accord with Kosovo on Monday.", "AGREE", "SRB", None),
        (
            "The spokesman could not guarantee the safety of the talks, and Kenya refused to attend them.",
            "REJECT",
            "KEN",
            None,
        ),
    ],
)
def test_precision24_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # the actors of a one-way act are not each other's recipients
        "The warrant was issued jointly by prosecutors Maria Lopez, Juan Ortiz and Ana Ruiz, who lead the inquiry.",
    ],
)
def test_precision24_coactors_not_recipients(unaimed_model_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = unaimed_model_coder.code(text, published=DATE)
    actors = {e.actor.text for e in events if e.actor is not None}
    crossed = [(e.type, e.recipient.text) for e in events if e.recipient and e.recipient.text in actors]
    assert not crossed, f"co-actors as recipients in {text!r}: {crossed}"
