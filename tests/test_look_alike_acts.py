"""Words that look like an act of one PLOVER type but name something else (round retype34,
docs/coding-manual.md): a press release is a text issued, not a captive freed (RETREAT); money
mobilized is raised, not forces readied (MOBILIZE); a delegation designated to attend a ceremony
is no sanctions listing (SANCTION); technology deployed or the private sector mobilized is no
force moved, and troops or refugees a state hosts are no visit (round threaten46); a stop's
words are read in the verb's own object and its named preposition only (round notevents48).
Each wrong row names the type the wording used to be coded as; each kept row is the same word in
the act it does name."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"

#: (sentence, the type it must not be coded as)
LOOK_ALIKES = [
    ("The Peruvian and Chilean ministers issued a joint press release after the talks in Lima.", "RETREAT"),
    ("The Kenyan embassy issued a news release on the envoy's visit to Uganda.", "RETREAT"),
    ("Uganda's army put out a press release after the clashes with Kenyan police.", "RETREAT"),
    ("The World Bank mobilized $500 million for Pakistan's flood recovery.", "MOBILIZE"),
    ("The fund has mobilized more than $3 billion in commitments for clean energy in Kenya.", "MOBILIZE"),
    ("Japan mobilized funding for the reconstruction of Ukraine's power grid.", "MOBILIZE"),
    ("President Ruto announced the designation of a delegation to attend the inauguration in Accra.", "SANCTION"),
    ("Kenya designated a delegation to attend the swearing-in of Ghana's president.", "SANCTION"),
    # a plan or a rumour shot down is refused or denied, not attacked
    ("The Senate committee shot down the governor's plan to close three hospitals.", "ASSAULT"),
    ("Lawmakers in Nairobi shot down the proposal to extend the curfew.", "ASSAULT"),
    ("The Kenyan minister shot down rumours of a cabinet reshuffle.", "ASSAULT"),
    # threaten46: lenders, investors and the private sector mobilized, technology or tools
    # deployed, are means put to work, not forces readied or moved (MOBILIZE) ...
    ("Ruto said Kenya will mobilize the private sector and regional lenders to build the dam.", "MOBILIZE"),
    ("The fund will mobilize investors from Japan to finance the railway in Kenya.", "MOBILIZE"),
    ("The new partnership will deploy Kenyan and Dutch irrigation technology to farmers in Tanzania.", "MOBILIZE"),
    ("Estonia deployed new software across its ministries to counter cyber attacks.", "MOBILIZE"),
    # ... nor is security the end a thing is strengthened for ("for" names no police alert raised)
    (
        "President Ruto used tariffs to strengthen manufacturing critical for our national and economic security.",
        "MOBILIZE",
    ),
    # ... and a state that hosts foreign troops or refugees receives no visit (CONSULT)
    ("Poland now hosts more than 10,000 American troops on its soil.", "CONSULT"),
    ("Jordan has hosted hundreds of thousands of Syrian refugees since 2012.", "CONSULT"),
    # precision47: the execution of a mission, a plan or an operation is its carrying out, no
    # killing (ASSAULT 186) ...
    ("The governor praised the agency for its flawless execution of the relief operation.", "ASSAULT"),
    ("Ghana's president praised the police for their execution of the security plan.", "ASSAULT"),
    # ... and fighting for a group's interests is campaigning for them, no fighting (ASSAULT)
    ("The senator said she is fighting for unions in Ohio.", "ASSAULT"),
    ("The governor vowed to keep fighting for workers and their pay.", "ASSAULT"),
    # ... and people "fed up" with something are weary of it, no one fed (AID)
    ("Most voters in Kenya are getting fed up with the delays.", "AID"),
    ("Farmers in Ghana say they are fed up with the ministry.", "AID"),
    # notevents48: a stop still reads its words in the verb's own object, and in the preposition
    # its wording names ("fight against [corruption]")
    ("The crew shot the documentary in Nairobi.", "ASSAULT"),
    ("The Kenyan government released a statement on the hostages.", "RETREAT"),
    ("The Kenyan charity fights against corruption in the ports of Mombasa.", "ASSAULT"),
    ("The Kenyan agency executes on the plan to build the railway in Uganda.", "ASSAULT"),
    ("The county designated the Nairobi clinics as vaccination agencies.", "SANCTION"),
]

#: (sentence, the type it is still coded as)
KEPT = [
    ("Hamas announced the release of three Israeli hostages on Saturday.", "RETREAT"),
    ("Azerbaijan mobilized thousands of reservists near the border with Armenia.", "MOBILIZE"),
    ("The Treasury announced the designation of two Hezbollah financiers.", "SANCTION"),
    ("The State Department designated the cartel as a terrorist organization.", "SANCTION"),
    ("Ukrainian air defences shot down 20 Russian drones overnight.", "ASSAULT"),
    ("Lawmakers in Nairobi shot down the proposal to extend the curfew.", "REJECT"),
    ("Armenia deployed air defence systems along the border with Azerbaijan.", "MOBILIZE"),
    ("Kenyan police stepped up security for the election in Nairobi.", "MOBILIZE"),
    ("Ghana hosted the Togolese president in Accra for talks on the border.", "CONSULT"),
    ("Iran condemned the execution of two dissidents by the Saudi authorities.", "ACCUSE"),
    ("The militants carried out the execution of three Kenyan soldiers.", "ASSAULT"),
    ("The rebels fought for control of the town against the Malian army.", "ASSAULT"),
    ("The World Food Programme fed thousands of refugees in Chad.", "AID"),
    # notevents48: a stop's word in another phrase of the verb stops nothing (the scene is where,
    # the plan under what, the need what the meeting was on, the day when)
    ("Police shot a protester at the scene of the rally in Nairobi.", "ASSAULT"),
    ("Soldiers fired on striking workers outside the mine in Kenya.", "ASSAULT"),
    ("Hamas released three Israeli hostages under the plan brokered by Egypt.", "RETREAT"),
    ("The Kenyan president met with Ethiopia's prime minister on the need for a ceasefire.", "CONSULT"),
    ("The Ugandan army executed two prisoners on orders from the commander.", "ASSAULT"),
    ("Israeli aircraft hit a convoy on the road to Rafah.", "ASSAULT"),
    ("The Treasury designated three Iranian officials on the first day of the crackdown.", "SANCTION"),
    ("Kenyan police shot the documentary's director at the scene in Nairobi.", "ASSAULT"),
]


def _types(coder, sentence: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.type for e in coder.code(sentence, published=PUBLISHED)}


@pytest.mark.parametrize(("sentence", "etype"), LOOK_ALIKES)
def test_a_look_alike_is_not_the_act(unaimed_coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype not in _types(unaimed_coder, sentence)


@pytest.mark.parametrize(("sentence", "etype"), KEPT)
def test_the_act_itself_stays(unaimed_coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    assert etype in _types(unaimed_coder, sentence)
