"""Appeals in the wordings news uses, on sentences written for these tests: a party told to act
("told Russia to stop"), pleaded with, or told it is time for it to act; an appeal named by a
noun with a "for X to" clause ("renewed demands for the minister to resign"); the one asked when
a pronoun names them ("He called on *him*", "sent a letter to X asking *him*", "In a letter to
X, ... asked *him*"); redress demanded "from" a party; a party pressed "on" a measure; a
headline's passive that lost its auxiliary ("Uganda urged to reopen border"); a second act asked
"for" is asked, not done. The recipient is the party asked, never the thing asked for."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _requests(events) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.actor.text if e.actor is not None else None, e.recipient.text if e.recipient is not None else None)
        for e in events
        if e.type == "REQUEST"
    ]


@pytest.mark.parametrize(
    ("text", "actor", "asked"),
    [
        # a party told to act is asked to (frames.yaml "told", infinitive only)
        ("Germany told Russia to stop the attacks on civilians.", "Germany", "Russia"),
        ("The Croatian premier told the European Commission to release the frozen funds.", "Croatian", "Commission"),
        ("The prime minister told the police chief to resign.", "prime minister", "police chief"),
        # the one pleaded with (frames.yaml pleading_verbs)
        ("Opposition lawmakers pleaded with the president to veto the bill.", "lawmakers", "president"),
        ("The opposition party pleaded with the army to stay out of politics.", "opposition", "army"),
        # the onus of the moment (frames.yaml onus_nouns, onus_arrival_verbs)
        ('"It is time for Moscow to withdraw its troops," the Latvian president said on Friday.', "Latvian", "Moscow"),
        ("The Estonian premier said it was high time for Minsk to free the prisoners.", "Estonian", "Minsk"),
        ("The time has come for Caracas to hold free elections, the Chilean president said.", "Chilean", "Caracas"),
        # an appeal's noun with a "for X to" clause asks X
        ("Students in Tirana renewed demands for the interior minister to resign.", "Students", "interior minister"),
        ("Farmers renewed calls for the agriculture minister to step down.", "Farmers", "agriculture minister"),
        ("The union renewed its demand for the government to release the detained leaders.", "union", "government"),
        # a party pressed on a measure is asked, not rallied against (reader: verb_inner)
        ("The EU pressed Montenegro on sanctions against Belarus during the talks.", "EU", "Montenegro"),
    ],
)
def test_appeal_wording(coder, text: str, actor: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    found = _requests(coder.code(text, published="2025-06-10"))
    assert any(a and actor in a and r and asked in r for a, r in found), f"no REQUEST {actor} -> {asked}: {found}"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # redress demanded from a party: the party, not the redress (recipients.yaml abstract_nouns)
        ("The Bolivian president demanded an apology from Madrid over the raid.", "Madrid"),
        ("Tanzania demanded reparations from Germany for the colonial-era killings.", "Germany"),
        ("Ankara sought assurances from Stockholm that the suspects would be handed over.", "Stockholm"),
    ],
)
def test_redress_demanded_from_a_party(coder, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    found = _requests(coder.code(text, published="2025-06-10"))
    assert any(r == asked for _, r in found), f"no REQUEST to {asked}: {found}"


@pytest.mark.parametrize(
    ("text", "actor", "asked"),
    [
        # "him" as the object of "call on" is not its verb's subject, named or "he"
        (
            "President Tinubu met the Ghanaian leader on Monday. He called on him to reopen the border.",
            "Tinubu",
            "Ghanaian leader",
        ),
        # ... nor the subject described by an office ("Egypt's president urged him")
        (
            "The Libyan army chief arrived in Tunis on Sunday. Algeria's president urged him to accept a truce.",
            "Algeria",
            "Libyan army chief",
        ),
        # the one written to, in a participle on the verb of writing or sending a letter
        (
            "The opposition leader wrote to the electoral commission, asking it to delay the vote.",
            "opposition leader",
            "electoral commission",
        ),
        (
            "The senators sent a letter to the defence secretary asking him to explain the strike.",
            "senators",
            "defence secretary",
        ),
        ("The senator wrote to the secretary of state urging him to intervene.", "senator", "secretary of state"),
        # ... on the letter itself, or its verb's indirect object
        (
            "The union leader sent a letter to the labour commission asking it to delay the ruling.",
            "union leader",
            "labour commission",
        ),
        ("Twenty senators sent the governor a letter urging him to veto the bill.", "senators", "governor"),
        # ... and the one a letter is sent to, in an "in" phrase
        ("In a letter to the UN chief, Pakistan asked him to condemn the attack.", "Pakistan", "UN chief"),
        # the one spoken with, by the office that describes them
        (
            "Rubio spoke with the Saudi foreign minister. He pressed him to release the detained blogger.",
            "Rubio",
            "Saudi foreign minister",
        ),
        # the counterpart telephoned, in the verb coordinated after
        (
            "Zambia's president telephoned his Malawian counterpart on Monday and asked him to lift the ban on maize.",
            "Zambia",
            "Malawian counterpart",
        ),
        # a name that owns the office described is neither "she" nor "him"
        (
            "The Norwegian prime minister met Putin's envoy in Oslo. She asked him to stop the overflights.",
            "Norwegian prime minister",
            "envoy",
        ),
    ],
)
def test_appeal_to_a_pronoun(coder, text: str, actor: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    found = _requests(coder.code(text, published="2025-06-10"))
    assert any(a and actor in a and r and asked in r for a, r in found), f"no REQUEST {actor} -> {asked}: {found}"


def test_headline_passive_appeal(coder) -> None:  # type: ignore[no-untyped-def]
    """A headline's "X urged to ..." is X urged by someone (the story names who), not X's appeal
    to the party its infinitive names."""
    title = "Malawi urged to reopen border with Zambia"
    body = "Zambia's president on Monday urged Malawi to reopen the border crossing at Mwami."
    (result,) = coder.code_many([{"id": "h", "title": title, "text": body, "published": "2025-06-10"}])
    found = _requests(result.events)
    assert ("Malawi", "Zambia") not in found, found
    assert any(r == "Malawi" for _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president called for a ceasefire in Sudan and for the release of all hostages held by the RSF.",
        "The Chilean president called for a ceasefire and the release of all hostages held by the RSF.",
    ],
)
def test_second_act_asked_for_is_not_done(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(text, published="2025-06-10")
    assert not [e for e in events if e.type == "RETREAT"], events


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass before and after): telling what is said asks nothing
        '"We reject the allegations," the Indian foreign ministry spokesperson told reporters.',
        "The minister told reporters that the troops would stay.",
        "The defendant told jurors that he was arrested in his car in Brooklyn.",
        # an appeal for a thing to reach someone names no party asked
        "The charity issued an appeal for donations to help the flood victims.",
        # "it is time" with no party
        "It is time to act, the Kenyan president said.",
    ],
)
def test_no_appeal_read(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _requests(coder.code(text, published="2025-06-10"))
    assert not [r for _, r in found if r], found
