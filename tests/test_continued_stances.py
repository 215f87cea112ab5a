"""Stances and threats coded as acts in official statements (round stances41, issue 12), on
sentences written for these tests: an act a party "will continue to" or "will keep" doing is told
in the future of the verb of going on, an intention (AGREE) when it cooperates and a threat
(THREATEN) when it coerces, as "will provide aid" and "will impose sanctions" are, not an act done
now ("continues to provide aid", "continued to shell" still tell what is done; "could continue to"
is a possibility); a partnership or cooperation reaffirmed is the commitment to it (AGREE 031), not
cooperation carried out (COOPERATE); a party that "stands ready" to coerce threatens, and offers
nothing beside the threat; a pledge named as what an act is "part of" is recalled, not made."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import check_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # the act goes on in the future: an intention or a threat, not an act done
        ("Canada will continue to send humanitarian aid to Sudan.", "AGREE", "CAN", "SDN"),
        ("Canada will continue to send humanitarian aid to Sudan.", "AID", "absent", None),
        ("Norway will keep sending weapons to Ukraine.", "AGREE", "NOR", "UKR"),
        ("Norway will keep sending weapons to Ukraine.", "AID", "absent", None),
        ("France will continue to consult closely with Germany on energy.", "AGREE", "FRA", "DEU"),
        ("France will continue to consult closely with Germany on energy.", "CONSULT", "absent", None),
        ("The European Union will continue to impose sanctions on Belarus.", "THREATEN", "EUR", "BLR"),
        ("The European Union will continue to impose sanctions on Belarus.", "COERCE", "absent", None),
        ("Britain will continue to impose costs on Iran if it keeps enriching uranium.", "THREATEN", "GBR", "IRN"),
        ("Britain will continue to impose costs on Iran if it keeps enriching uranium.", "COERCE", "absent", None),
        # a possibility is no act
        ("Washington could continue to impose tariffs on Brazilian steel.", "COERCE", "absent", None),
        # what is done goes on: left as it is read
        ("Russia continued to shell Odesa on Tuesday.", "ASSAULT", "RUS", "UKR"),
        ("Japan continues to provide assistance to the Philippines.", "AID", "JPN", "PHL"),
        ("Turkey kept shelling Kurdish positions in Syria.", "ASSAULT", "TUR", None),
        # a partnership reaffirmed is the commitment to it
        ("Kenya reaffirmed its strategic partnership with Ethiopia.", "AGREE", "KEN", "ETH"),
        ("Kenya reaffirmed its strategic partnership with Ethiopia.", "COOPERATE", "absent", None),
        ("The Indian minister reiterated the close cooperation between India and France.", "AGREE", "IND", None),
        ("The Indian minister reiterated the close cooperation between India and France.", "COOPERATE", "absent", None),
        # readiness to coerce is the threat, not an offer beside it
        ("France stands ready to impose further sanctions on Syria if the attacks go on.", "THREATEN", "FRA", "SYR"),
        ("France stands ready to impose further sanctions on Syria if the attacks go on.", "AGREE", "absent", None),
        ("Italy stands ready to work with Libya.", "AGREE", "ITA", "LBY"),
        # a pledge named as what an act is part of is recalled, not made
        (
            "Germany reviewed the reforms in Moldova as part of its commitment to Moldova's accession.",
            "AGREE",
            "absent",
            None,
        ),
        ("Germany reaffirmed its commitment to Moldova's security.", "AGREE", "DEU", "MDA"),
        # support said again stays support
        ("Kenya reaffirmed its support for Ethiopia.", "SUPPORT", "KEN", "ETH"),
    ],
)
def test_continued_and_reaffirmed(
    coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None
) -> None:
    check_coded(coder, sentence, type_, actor, recipient)
