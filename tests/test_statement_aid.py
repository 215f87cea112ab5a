"""Aid, commitments, thanks and joint work as statements word them (round whitehouse28), on
sentences written for these tests: a sum a support verb carries is the aid it is counted in
("approved $40 billion in aid to Ukraine", "a $500 million aid package"); arms by their kind and
military "capabilities" provided or delivered are military aid; a pledge to a named party's
security or prosperity is a pledge to that party, not to an ideal; "I want to thank X" thanks X (a
speaker's wish to praise is the praise); what is "joint" (an initiative, a project)
launched is cooperation, and so is coordinating or teaming up with a party. Round request38:
gratitude stated with an adjective ("grateful to X for ...") thanks X; a pledge to the security or
sovereignty "of" a named state is a pledge to that state, as the possessive is."""

from __future__ import annotations

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a sum counted in aid is the aid
        ("The U.S. Senate approved $40 billion in aid to Moldova.", "AID", "USA", "MDA"),
        ("Japan announced $28 million in food assistance to Haiti.", "AID", "JPN", "HTI"),
        (
            "Canada is authorizing an additional $300 million in weapons and security assistance to Georgia.",
            "AID",
            "CAN",
            "GEO",
        ),
        ("The European Union approved a 50 million euro aid package for Lebanon.", "AID", "EUR", "LBN"),
        # arms by their kind, and military capabilities
        # (told "will continue to": aid pledged, AGREE, since stances41)
        ("Norway will continue to provide Ukraine with the capabilities to defend itself.", "AGREE", "NOR", "UKR"),
        ("Norway provided Ukraine with the capabilities to defend itself.", "AID", "NOR", "UKR"),
        ("France delivered howitzers and munitions to Kyiv.", "AID", "FRA", "UKR"),
        ("Germany sent rocket launchers to Ukraine.", "AID", "DEU", "UKR"),
        # a pledge to a named party's good is a pledge to the party
        ("The minister emphasized Britain's commitment to Estonia's security.", "AGREE", "GBR", "EST"),
        ("Blinken reaffirmed the U.S. commitment to Jordan's security and economic prosperity.", "AGREE", "USA", "JOR"),
        # (a curly apostrophe, which the parser hangs on "sovereignty", itself a modifier of "integrity")
        (
            "The minister stressed Canada\u2019s commitment to Latvia\u2019s sovereignty and territorial integrity.",
            "AGREE",
            "CAN",
            "LVA",
        ),
        # a speaker's wish to thank or congratulate is the thanks
        ("I want to thank the Polish government for its help.", "SUPPORT", None, "POL"),
        ("We wish to congratulate the people of Ghana on a peaceful election.", "SUPPORT", None, "GHA"),
        # what is joint is done together
        ("Kenya and Uganda launched a joint project against cattle rustling.", "COOPERATE", "KEN", "UGA"),
        ("Peru and Chile will launch a joint initiative to protect fisheries.", "AGREE", "PER", "CHL"),
        # acting in concert
        ("Turkey coordinated with Russia on the evacuation.", "COOPERATE", "TUR", "RUS"),
        ("Rwandan police teamed up with Burundian officers on the case.", "COOPERATE", "RWA", "BDI"),
    ],
)
def test_whitehouse28_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: what stays as it was
        ("The court awarded $10 million in damages to the family.", "AID", "absent", None),
        ("The government announced a $2 billion stimulus package.", "AID", "absent", None),
        ("The World Bank approved a $300 million loan to Kenya.", "AID", "IGO", "KEN"),
        ("The minister wants to thank Japan.", "SUPPORT", "absent", None),
        ("Ghana reaffirmed its commitment to democracy.", "AGREE", "absent", None),
        ("The president stressed Kenya's commitment to Somalia.", "AGREE", "KEN", "SOM"),
        ("I would like to thank the government of Qatar for its help.", "SUPPORT", None, "QAT"),
    ],
)
def test_whitehouse28_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # gratitude stated with an adjective is thanks to whom it is owed
        ("The minister said Ghana is grateful to Japan for its support.", "SUPPORT", "GHA", "JPN"),
        ("Zelenskyy said Ukraine is thankful to Lithuania.", "SUPPORT", "UKR", "LTU"),
        (
            "The president said Kenya was deeply grateful to Norway and Qatar for their mediation.",
            "SUPPORT",
            "KEN",
            "NOR",
        ),
        # a pledge to the good "of" a named state is a pledge to the state
        ("Britain reaffirmed its commitment to the security of Estonia.", "AGREE", "GBR", "EST"),
        (
            "Blinken reiterated the U.S. commitment to the sovereignty and territorial integrity of Georgia.",
            "AGREE",
            "USA",
            "GEO",
        ),
        (
            "The minister underscored Canada's commitment to the security of both Latvia and Lithuania.",
            "AGREE",
            "CAN",
            "LTU",
        ),
    ],
)
def test_request38_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # guards: gratitude for a deed no party is named for, and ideals with no state
        ("The families said they were grateful for the rescue.", "SUPPORT", "absent", None),
        ("The mayor said the city was grateful for the support.", "SUPPORT", "absent", None),
        ("Ghana reaffirmed its commitment to the rule of law.", "AGREE", "absent", None),
        ("The ministers reaffirmed their commitment to the principles of the UN Charter.", "AGREE", "absent", None),
        ("The two leaders reaffirmed their commitment to the security of the region.", "AGREE", "absent", None),
    ],
)
def test_request38_guards(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)
