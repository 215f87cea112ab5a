"""Countries of actors and recipients that the text gives by an office, a body, a place or the
kind of thing acted upon (round dyad14), on short articles written for these tests.

Each row: an article, a word of the event's trigger, the side ("actor" or "recipient"), the
country it must resolve to, and words its text must contain (None: any).
"""

from __future__ import annotations

import pytest

from coding_checks import check_side
from detente.knowledge.actors import ActorDictionary

DATE = "2025-06-02"


CASES = [
    # national departments and agencies, by their names and abbreviations, are of their state
    ("ICE detained 40 workers at a meatpacking plant in Nebraska.", "detained", "actor", "USA", "ICE"),
    ("The FBI arrested a former soldier accused of spying for China.", "arrested", "actor", "USA", "FBI"),
    ("Mexico accused DHS of mistreating its citizens at the border.", "accused", "recipient", "USA", "DHS"),
    ("The SBU detained a Russian agent in Odesa on Friday.", "detained", "actor", "UKR", "SBU"),
    # members of a government's cabinet, and of cabinet rank, are of their state
    ("Commerce Secretary Howard Lutnick warned Japan over its car exports.", "warned", "actor", "USA", "Lutnick"),
    ("Canada's trade minister met Lutnick in Ottawa on Monday.", "met", "recipient", "USA", "Lutnick"),
    ("Tulsi Gabbard accused Iran of hiding its enrichment sites.", "accused", "actor", "USA", "Gabbard"),
    # ... also named later by the surname alone, which the dictionary does not list
    (
        "Avril Haines met Japanese officials in Tokyo on Monday. Haines urged Japan to tighten its export controls.",
        "urged",
        "actor",
        "USA",
        "Haines",
    ),
    # heads of international organisations are of their organisation
    ("Tedros urged Ethiopia to let medical supplies into Tigray.", "urged", "actor", "UNO", "Tedros"),
    ("Rafael Grossi criticized Iran for blocking the inspectors.", "criticized", "actor", "UNO", "Grossi"),
    # leaders of a house of a legislature
    ("Chuck Schumer accused the president of ignoring the courts.", "accused", "actor", "USA", "Schumer"),
    # a title only one country gives, or a legislator's party-and-state label, says the country
    ("Rep. Alan Brooks criticized Beijing over its treatment of Tibetans.", "criticized", "actor", "USA", "Brooks"),
    ("Senator Jane Doyle (D-Mass.) urged Israel to allow aid into Gaza.", "urged", "actor", "USA", "Doyle"),
    ("Senator Mark Ellis, R-Ohio, criticized China for its steel subsidies.", "criticized", "actor", "USA", "Ellis"),
    ("Congresswoman Rita Vance condemned the airstrikes on Yemen.", "condemned", "actor", "USA", "Vance"),
    # a place the NER reads as a people's name (NORP) that the gazetteer knows, of an office
    ("The governor of Belgorod accused Ukraine of shelling border villages.", "accused", "actor", "RUS", "governor"),
    # the people the police or a court act upon are of the place the police or the court are of
    (
        "Moscow said its troops had taken two villages. Russia also accused Ukraine of sabotage. "
        "Odesa police detained three men suspected of arson.",
        "detained",
        "recipient",
        "UKR",
        "men",
    ),
    # a thing attacked or seized is of the place where it is
    (
        "Fighting continued in Somalia on Monday. Gunmen stormed a hotel in the town of Baidoa.",
        "stormed",
        "recipient",
        "SOM",
        "hotel",
    ),
    ("Rebels attacked a bus in northern Mali, killing six people.", "attacked", "recipient", "MLI", "bus"),
    # the head or a member of a body named in an of-phrase is of that body
    ("The head of Doctors Without Borders urged the Security Council to act.", "urged", "actor", "NGO", "head"),
    # non-governmental organisations named by a kind of theirs, that no country qualifies, are NGO
    (
        "Thailand deported 40 Uyghurs on Thursday. International rights groups condemned Thailand for it.",
        "condemned",
        "actor",
        "NGO",
        "rights groups",
    ),
    ("Sudan closed the border on Monday. Aid groups urged the army to reopen it.", "urged", "actor", "NGO", "Aid"),
    (
        "Zimbabwe jailed the reporter on Monday. Zimbabwean rights groups called for his release.",
        "called",
        "actor",
        "ZWE",
        "rights groups",
    ),
    # a place the dictionary does not know, in what describes a person, says the country
    (
        "Bosnia said the court would rule soon. "
        "Milorad Petrovic, president of Republika Srpska's national assembly, denounced the court.",
        "denounced",
        "actor",
        "BIH",
        "Petrovic",
    ),
    # a relative clause of being says what a person is, as an apposition does
    (
        "Russian officials met in Moscow on Monday. Russia said the talks went well. "
        "Tom Baker, who is a British diplomat, criticized the sanctions.",
        "criticized",
        "actor",
        "GBR",
        "Baker",
    ),
    (
        "Peru said on Monday that it would expand the program. "
        "Ana Ruiz, who is Chilean, accused the police of torture.",
        "accused",
        "actor",
        "CHL",
        "Ruiz",
    ),
    # Europeans named as a party are EUR (CAMEO's region code, PLOVER's code of the EU)
    ("European leaders urged Russia to accept the ceasefire.", "urged", "actor", "EUR", "European"),
    # a description headed by the last word of a body's name refers back to that body
    (
        "The envoy briefed the U.N. Security Council on Monday. Russia accused the council of ignoring the crisis.",
        "accused",
        "recipient",
        "UNO",
        "Council",
    ),
    (
        "The International Criminal Court issued a warrant for the general. "
        "Hungary criticized the court for the decision.",
        "criticized",
        "recipient",
        "IGO",
        "Court",
    ),
    # the one talked with, where the parser hangs the verb's "with" on what is discussed
    (
        "The foreign minister discussed the crisis with the French ambassador on Monday.",
        "discussed",
        "recipient",
        "FRA",
        "ambassador",
    ),
    (
        "Putin discussed the war in Ukraine with the Indian prime minister.",
        "discussed",
        "recipient",
        "IND",
        "prime minister",
    ),
    # police and courts act at home: the people they arrest or try are of their country
    ("Police arrested two Kenyan journalists on Monday.", "arrested", "actor", "KEN", "Police"),
    # a body's office meeting another country's own office-holder keeps its own country
    (
        "Kenyan opposition leader Raila Odinga met Kenyan President William Ruto on Monday.",
        "met",
        "actor",
        "KEN",
        "Odinga",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "side", "country", "words"), CASES)
def test_the_country_of_a_party(  # type: ignore[no-untyped-def]
    unaimed_coder, text: str, trigger: str, side: str, country: str, words: str | None
) -> None:
    check_side(unaimed_coder, text, trigger, side, country, words, DATE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # a topic in a relative clause is no nationality ("who is a senior Iran analyst")
        (
            "Russian officials met in Moscow on Monday. Russia said the talks went well. "
            "Tom Baker, who is a senior Iran analyst, criticized the sanctions.",
            "criticized",
            "actor",
        ),
        # "Europe" named as a place, in another name, is no party
        ("Angry farmers blocked the Europe Bridge over the Rhine on Monday.", "blocked", "recipient"),
        # a title several countries give says no country by itself
        ("Senator Maria Lopez, a member of the ruling party, criticized the army.", "criticized", "actor"),
        # a thing that is not acted upon by force is not given the place's country
        ("The minister praised the hotel in Mombasa for its service.", "praised", "recipient"),
        # nor one taken by an attacker that the text does not place: not the attacker's own
        ("Russia said on Monday that its troops had seized two villages.", "seized", "recipient"),
        # an office with no country is not of the other side's country, which the writer names as
        # the other's ("*Japanese* Prime Minister", "the *French* ambassador")
        ("The president discussed trade with Japanese Prime Minister Shigeru Ishiba.", "discussed", "actor"),
        ("The foreign minister met the French ambassador in the capital on Monday.", "met", "actor"),
        # ... nor an office that sanctions a party named by its nationality: sanctions are imposed abroad
        ("The defence minister thanked his Indian counterpart for the visit.", "thanked", "actor"),
        ("The Treasury imposed sanctions on three Russian banks on Friday.", "imposed", "actor"),
        ("The ministry placed sanctions on two Chinese shipping firms.", "placed", "actor"),
    ],
)
def test_no_country_where_the_text_gives_none(unaimed_coder, text: str, trigger: str, side: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in unaimed_coder.code(text, published=DATE) if trigger in e.trigger.text]
    assert all(getattr(e, side) is None or getattr(e, side).country is None for e in events), [
        getattr(e, side) for e in events
    ]


def test_a_plural_in_men_is_its_singulars_sector() -> None:
    """ "*Gunmen* stormed ...", "*militiamen*": the tagger may leave the plural as it is."""
    actors = ActorDictionary.load(str.split)
    gunmen, militiamen = actors.sector("gunmen"), actors.sector("militiamen")
    assert gunmen is not None and gunmen.sector == "UAF"
    assert militiamen is not None and militiamen.sector == "PRM"
    assert actors.sector("women") is None or actors.sector("women") == actors.sector("woman")
