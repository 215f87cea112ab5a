"""Agreements and cooperation told by a noun, a title or a mediator, and their parties (round
agree26), on sentences written for these tests: a text named by its title is no party, nor is
a name inside the title ("ratified the Rome Statute" is not Italy's); whom a signer signs for,
or acts on behalf of, is its own side; a deal "between" two parties is theirs, and one
"brokered by" a third is not the broker's; cooperation told as insufficient or lacking is
none; a question put to "you" tells no act; what a proposal is "for" is not done; several who
offer aid offer it to a third, not to each other; a deal signed or reached in the
passive with no agent is its sides'; a veto or an objection lifted or withdrawn is a
concession, no refusal; and an assurance of what was is a claim, not a promise."""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a text named by its title: the other side is the "with" party
        ("Morocco signed the Abraham Accords with Israel.", "SUPPORT", "MAR", "ISR"),
        # a deal brokered by a third party is the signers', each with the other
        ("Ghana and Togo signed an agreement brokered by Nigeria.", "SUPPORT", "GHA", "TGO"),
        # a deal between two parties, brokered by two others, is the two parties'
        ("Egypt and Qatar brokered a deal between Israel and Hamas.", "SUPPORT", "ISR", "PSE"),
        # cooperation told as lacking is no cooperation
        ("The agency criticized Iran's insufficient cooperation with inspectors.", "COOPERATE", "absent", None),
        ("The IAEA criticized Iran's inadequate cooperation with its inspectors.", "COOPERATE", "absent", None),
        ("The lack of cooperation between Serbia and Kosovo worries the European Union.", "COOPERATE", "absent", None),
        ("The EU regretted the absence of cooperation between Serbia and Kosovo.", "COOPERATE", "absent", None),
        # a question put to the one addressed tells no act of theirs
        ("How will you work with Congress to pass your agenda?", "AGREE", "absent", None),
        ("Why did you agree to be the running mate of Senator Mills?", "AGREE", "absent", None),
        # a deal signed or reached in the passive, with no agent, is its sides', each with the other
        ("A peace deal between Chad and Niger was signed in Doha on Monday.", "SUPPORT", "TCD", "NER"),
        ("An agreement between Kenya and Ethiopia was reached on Monday.", "SUPPORT", "KEN", "ETH"),
        # lifting one's own veto or objection yields to whom it blocked; the veto is not made again
        ("Hungary lifted its veto on Ukraine's membership talks.", "CONCEDE", "HUN", None),
        ("Turkey withdrew its veto on Sweden's membership.", "CONCEDE", "TUR", "SWE"),
        ("Hungary lifted its veto on Ukraine's membership talks.", "REJECT", "absent", None),
        # an assurance of what was is a claim, not a promise
        ("The minister assured reporters that the army had not attacked civilians.", "AGREE", "absent", None),
        (
            "Contrary to Ruto's assurances that he had no role in the deal, the e-mails said otherwise.",
            "AGREE",
            "absent",
            None,
        ),
        # what a proposal is for is not done
        (
            "Chile rejected a Peruvian proposal for signing the Pacific Trade Agreement with her.",
            "SUPPORT",
            "absent",
            None,
        ),
    ],
)
def test_agree26_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "not_recipient"),
    [
        # a name inside a text's title is no party
        ("Kenya ratified the Rome Statute last year.", "SUPPORT", "ITA"),
        ("At a ceremony, Chile became the tenth nation to sign the Lisbon Accords.", "SUPPORT", "PRT"),
        # the side a signer represents is not whom the act is done to
        ("Foreign Minister Ana Vega signed for Peru, and Minister Luis Soto signed for Bolivia.", "SUPPORT", "PER"),
        ("Foreign Minister Ana Vega signed for Peru, and Minister Luis Soto signed for Bolivia.", "SUPPORT", "BOL"),
        ("The minister signed the accord on behalf of Ghana.", "SUPPORT", "GHA"),
        # the broker of an agreement is not a side to it
        ("Ghana and Togo signed an agreement brokered by Nigeria.", "SUPPORT", "NGA"),
        ("Egypt and Qatar brokered a deal between Israel and Hamas.", "SUPPORT", "QAT"),
        # several who offer aid offer it to a third, not to each other
        ("Singapore, India and Australia offered military assistance after the ship sank.", "AGREE", "IND"),
        ("Norway and Denmark promised to send aid after the earthquake.", "AGREE", "DNK"),
    ],
)
def test_agree26_not_recipient(coder, sentence: str, type_: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    wrong = [e for e in events if e.type == type_ and e.recipient is not None and e.recipient.country == not_recipient]
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    assert not wrong, f"{type_} with recipient {not_recipient} in {sentence!r}: {found}"


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: what stays as it was
        ("Peru signed a Free Trade Agreement with South Korea.", "SUPPORT", "PER", "KOR"),
        ("Chile signed a trade agreement with Peru.", "SUPPORT", "CHL", "PER"),
        ("Kenya and Uganda signed a trade agreement.", "SUPPORT", "KEN", "UGA"),
        ("The agency praised Iran's full cooperation with inspectors.", "COOPERATE", "IRN", None),
        ("Brazil and Argentina agreed to share intelligence on drug trafficking.", "AGREE", "BRA", "ARG"),
        ("Colombia handed over the suspect to the United States.", "COOPERATE", "COL", "USA"),
        ("Kenya and Uganda agreed to hold talks.", "AGREE", "KEN", "UGA"),
        ("Singapore, India and Australia offered military assistance to Indonesia.", "AGREE", "IND", "IDN"),
        ("Did Chile sign the trade agreement with Peru?", "SUPPORT", "CHL", "PER"),
        ("Beijing assured Bangkok that the men would be treated well.", "AGREE", "CHN", "THA"),
        ("The two countries agreed on Monday to reopen the border crossing.", "AGREE", None, None),
        ("Chad and Niger agreed to reopen their border crossing.", "AGREE", "TCD", "NER"),
    ],
)
def test_agree26_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
