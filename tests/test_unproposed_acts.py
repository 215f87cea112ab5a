"""Political acts told in ordinary English that no pattern proposed (round recall42), on sentences
written for these tests: phrasal verbs ("sat down with", "pushed back against", "tore up"), fire
exchanged or traded, headline verbs ("raps", "nixes"), a light verb with its noun ("ramped up
pressure on", "extended an invitation to", "attended the summit"), a party's trip to a country,
and a party said to be in talks with another."""

from __future__ import annotations

import pytest

from coding_checks import DATE, check_coded, without

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # sitting down with a party, views exchanged with it: a meeting
        ("The Kenyan president sat down with the Ethiopian prime minister in Nairobi.", "CONSULT", "KEN", "ETH"),
        ("Chile's foreign minister exchanged views with his Peruvian counterpart.", "CONSULT", "CHL", "PER"),
        # attending a summit or talks meets the body or the party it is held with
        ("The Brazilian president attended the ASEAN summit in Jakarta.", "CONSULT", "BRA", None),
        ("Norway's envoy attended talks with Colombian rebels in Havana.", "CONSULT", "NOR", "COL"),
        # a party's trip to a country visits it
        ("The Japanese premier's trip to Manila comes after months of tension.", "CONSULT", "JPN", "PHL"),
        # a party said to be in talks with another holds them, in a sentence or a headline
        ("Ghana is in talks with the IMF over a new loan.", "CONSULT", "GHA", None),
        ("Kazakhstan remains in negotiations with Russia over the pipeline.", "CONSULT", "KAZ", "RUS"),
        ("Egypt in talks with Sudan over Nile dam", "CONSULT", "EGY", "SDN"),
        # an invitation extended or issued to a party, as "invited"
        ("The Chinese president extended an invitation to the Brazilian leader.", "REQUEST", "CHN", "BRA"),
        # pushing back against a proposal resists it; a snub refuses its party
        ("Poland pushed back against the German proposal on migration.", "REJECT", "POL", None),
        ("The Indian prime minister snubbed the Chinese president.", "REJECT", "IND", "CHN"),
        # pressure ramped up, ratcheted up or piled on a party is pressure on it
        ("Washington ramped up pressure on Havana.", "COERCE", "USA", "CUB"),
        ("The European Union piled pressure on Minsk.", "COERCE", None, "BLR"),
        # an agreement torn up is cancelled
        ("Serbia tore up its trade agreement with Kosovo.", "SANCTION", "SRB", None),
        ("Turkey in talks with Syria on border security", "CONSULT", "TUR", "SYR"),
        # fire exchanged or traded is fighting with the other side; a headline's "raps", "pummels",
        # "nixes"
        ("Thai troops exchanged fire with Cambodian soldiers near the temple.", "ASSAULT", "THA", "KHM"),
        ("Sudan's army traded fire with Ethiopian forces at the border.", "ASSAULT", "SDN", "ETH"),
        ("Brazil rapped Venezuela over the disputed vote.", "ACCUSE", "BRA", "VEN"),
        ("Russian drones pummeled Odesa overnight.", "ASSAULT", "RUS", "UKR"),
        ("Argentina nixed its trade deal with Chile.", "SANCTION", "ARG", None),
        # a proposal put forward or floated offers it; weight thrown behind a party supports it; a phone
        # conversation held with a party is a call
        ("Turkey put forward a ceasefire proposal to Syria.", "AGREE", "TUR", "SYR"),
        ("Paris floated a plan for talks with Algiers.", "AGREE", "FRA", "DZA"),
        ("Nigeria threw its weight behind the Ghanaian candidate.", "SUPPORT", "NGA", "GHA"),
        # protest48: support shown or signalled backs the party; taking its side backs it
        ("Kenya showed support for Somalia at the summit.", "SUPPORT", "KEN", "SOM"),
        ("Ghana signaled support for Togo's proposal.", "SUPPORT", "GHA", "TGO"),
        ("Laos sided with Cambodia in the border row.", "SUPPORT", "LAO", "KHM"),
        # cooperate49: support lent is support expressed; money lent stays a loan
        ("Hungary lent its support to Serbia at the summit.", "SUPPORT", "HUN", "SRB"),
        ("Qatar lent $500 million to Egypt.", "SUPPORT", "absent", None),
        # guard: a figure that shows a trend is no support
        ("The survey showed signs of growth in Ghana.", "SUPPORT", "absent", None),
        ("Vietnam's leader held a telephone conversation with the Cambodian premier.", "CONSULT", "VNM", "KHM"),
        # guard: a vote pushed back is only postponed
        ("The parliament pushed back the vote to next week.", "REJECT", "absent", None),
    ],
)
def test_recall42_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # playing host to a party hosts it; the headline's "dials" phones it
        ("The Malaysian premier played host to the Thai prime minister.", "CONSULT", "MYS", "THA"),
        ("Erdogan dialed Putin on Sunday.", "CONSULT", "TUR", "RUS"),
        # a border sealed is closed
        ("Algeria sealed its border with Morocco.", "COERCE", "DZA", "MAR"),
        ("Poland sealed off its border with Belarus.", "COERCE", "POL", "BLR"),
        # ground recaptured or retaken is taken
        ("The Congolese army recaptured the town from the rebels.", "COERCE", "COD", None),
        ("Syrian troops retook the city of Palmyra.", "COERCE", "SYR", None),
        # hitting back at a party is answering it in words, not a strike
        ("Caracas hit back at Bogota over the accusation.", "ACCUSE", "VEN", None),
        # the idioms of pressure on a party
        ("The European Union tightened the screws on Minsk.", "COERCE", "EUR", "BLR"),
        ("Washington turned the screws on Havana.", "COERCE", "USA", "CUB"),
        ("Brussels turned up the heat on Budapest.", "COERCE", "EUR", "HUN"),
        ("Britain upped the pressure on Tehran.", "COERCE", "GBR", "IRN"),
        # aid axed is cut; aircraft downed are shot down (in a sentence or a headline)
        ("The United States axed aid to Colombia.", "SANCTION", "USA", "COL"),
        ("Poland downed two Russian drones.", "ASSAULT", "POL", "RUS"),
        ("Israel downs Iranian missiles", "ASSAULT", "ISR", "IRN"),
        # guards: ballot boxes sealed close no border; a strike that hit a city is still a strike;
        # screws tightened on a machine press no one
        ("The mechanic tightened the screws on the engine.", "COERCE", "absent", None),
        ("The storm downed power lines across Florida.", "ASSAULT", "absent", None),
        # ground a drive is launched to take is aimed at, not taken
        ("The Libyan army launched an offensive to capture the city of Sirte.", "COERCE", "absent", None),
        ("Election officials sealed the ballot boxes in Nairobi.", "COERCE", "absent", None),
        ("Russian missiles hit Kyiv overnight.", "ASSAULT", "RUS", "UKR"),
    ],
)
def test_recall43_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a courtesy call paid on a party visits it ("call on" alone stays an appeal)
        ("The Indonesian ambassador paid a courtesy call on the Malaysian king.", "CONSULT", "IDN", "MYS"),
        # a named person or a premier received is hosted
        ("Erdogan received Viktor Orban in Ankara on Friday.", "CONSULT", "TUR", "HUN"),
        ("The Saudi crown prince received the Pakistani premier in Jeddah.", "CONSULT", "SAU", "PAK"),
        # a party on a visit, or in a city for talks, holds them; a visit concluded or wrapped up was made
        ("The Ghanaian president is on a state visit to Japan.", "CONSULT", "GHA", "JPN"),
        ("The Italian minister was in Algiers for talks with his Algerian counterpart.", "CONSULT", "ITA", "DZA"),
        ("Erdogan in Baghdad for talks with Iraqi premier", "CONSULT", "TUR", "IRQ"),
        # ... the city or country a party is in for talks or a visit hosts them, when no one met is named
        ("The Angolan foreign minister is in Lisbon for talks.", "CONSULT", "AGO", "PRT"),
        ("Chile's president was in Lima for consultations on Monday.", "CONSULT", "CHL", "PER"),
        ("The Nigerian president concluded a three-day visit to Brazil on Friday.", "CONSULT", "NGA", "BRA"),
        ("Lula wrapped up a two-day visit to Angola on Sunday.", "CONSULT", "BRA", "AGO"),
        # an attack claimed by a group (the verb's object, or "claimed by" on the attack) is its attack
        ("Al-Shabab claimed the attack on the army base near Kismayo.", "ASSAULT", "SOM", None),
        ("The suicide bombing, claimed by the Pakistani Taliban, killed 12 police officers.", "ASSAULT", "PAK", None),
        # a seat of power or a stronghold recaptured or retaken is ground taken
        ("Somali troops recaptured the presidential palace in Mogadishu.", "COERCE", "SOM", None),
        ("Yemen's army retook the governor's headquarters in Marib.", "COERCE", "YEM", None),
        # guards: a meeting to come is not held; a letter received hosts no one
        ("The Qatari emir will be in Paris next week for talks with Macron.", "CONSULT", "absent", None),
        ("The Kenyan president received a letter from the Chinese embassy.", "CONSULT", "absent", None),
    ],
)
def test_recall44_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a challenge answered with force, after the verb or after another phrase of it
        ("The Belarusian government responded with violence.", "ASSAULT", "BLR", None),
        ("Serbian police reacted to the march with tear gas and batons.", "ASSAULT", "SRB", None),
        # ... and a measure retaliated with after another phrase of the verb
        ("Canada retaliated against Washington with tariffs on steel.", "COERCE", "CAN", "USA"),
        # a party's action or leadership recognized is praised
        ("The Italian president recognized Ghana's leadership of the peace mission.", "SUPPORT", "ITA", "GHA"),
        # a named leader welcomed or greeted (also in the passive) is hosted
        ("The Angolan president was greeted by Portugal's premier Ana Ferreira in Lisbon.", "CONSULT", "PRT", "AGO"),
        ("Gabriel Boric was welcomed by Lula at the airport in Brasilia.", "CONSULT", "BRA", "CHL"),
        # an agreement finalized is concluded
        ("The Vietnamese government finalized a trade agreement with Chile on Monday.", "SUPPORT", "VNM", "CHL"),
        # a bare title stands for its present holder, not a former one named after
        (
            "Kenyan President William Ruto met Prime Minister Anthony Albanese in Canberra. Ruto paid tribute to "
            "former Prime Minister Boris Johnson of Britain. Ruto thanked the Prime Minister for his hospitality.",
            "SUPPORT",
            "KEN",
            "AUS",
        ),
        # guards: a crowd that greets a leader hosts no one; an answer in words is no force
        ("The Pakistani opposition leader was greeted by thousands of supporters.", "CONSULT", "absent", None),
        ("The Chilean foreign minister responded with a statement.", "ASSAULT", "absent", None),
    ],
)
def test_recall46_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # setting off for a country is travelling to it; a trip to come is an intention to meet
        ("The Peruvian foreign minister departed for Seoul on Thursday.", "CONSULT", "PER", "KOR"),
        ("The Nigerian president left for Accra after the vote.", "CONSULT", "NGA", "GHA"),
        ("Vietnam's trade minister will depart for Canberra next week.", "AGREE", "VNM", "AUS"),
        # a meal had or shared with a party is a meeting with it
        ("The Austrian chancellor had dinner with the Slovak prime minister in Vienna.", "CONSULT", "AUT", "SVK"),
        ("The Polish president had a working breakfast with his Lithuanian counterpart.", "CONSULT", "POL", "LTU"),
        # addressing a gathering of ministers or leaders meets them
        ("The Estonian premier addressed NATO defence ministers in Tallinn.", "CONSULT", "EST", None),
        # guards: a place left is no withdrawal and no visit unless forces leave it
        ("The Nigerian president left Accra after the vote.", "CONSULT", "absent", None),
        ("The Nigerian president left Accra after the vote.", "RETREAT", "absent", None),
        # ... and a place left before a "for" phrase is left, no visit to it (the "for" is no
        # journey's when the verb has an object): forces withdraw, others code nothing
        ("American troops have begun leaving Iraq for the first pullback under the deal.", "RETREAT", "USA", "IRQ"),
        ("The Qatari envoy left Kabul for Doha on Monday.", "CONSULT", "absent", None),
        # people designated to serve on a body are appointed, no sanctions listing; efforts
        # reinforced are no forces sent
        ("The Ghanaian president designated six judges to serve on the poll body.", "SANCTION", "absent", None),
        ("The Danish minister will reinforce Denmark's efforts on food security.", "MOBILIZE", "absent", None),
        # fighting for the people one speaks for is campaigning, no combat
        ("Relatives of the Kenyan hostages kept fighting for their loved ones.", "ASSAULT", "absent", None),
    ],
)
def test_recall47_wordings(coder, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, type_, actor, recipient)


def test_summit_venue_hosts_no_one(coder) -> None:  # type: ignore[no-untyped-def]
    """A party in a city for a summit meets no one of the city's country (the venue of a
    gathering of many; ``hosted_nouns``), unlike one there for talks."""
    events = without(coder, "require_recipient").code("The Kenyan president is in Geneva for a summit.", published=DATE)
    assert all(e.recipient is None or e.recipient.country != "CHE" for e in events), events
