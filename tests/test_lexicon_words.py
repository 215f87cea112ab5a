"""Common English words of CAMEO codes that the patterns lacked (round lexicon28), on sentences
written for these tests.

The round walked the CAMEO codes and listed, per code, the verbs and event nouns of wire stories
missing from verbs.yaml and nouns.yaml: deals hammered out or finalized, sides taken, verbs of
scolding ("berated", "excoriated", "vilified"), snubs and agreements torn up, stones thrown,
property razed or ransacked, fines and purges, a siege laid, detainees mistreated, aircraft
downed and vessels rammed, towns rocketed or pummeled, and the nouns of a phone conversation, a
tirade, an imprisonment and a counteroffensive. Each word was kept only where it fired right at
least as often as wrong on the dev articles, PLV half A and unseen State Department statements
and Wikinews stories.
"""

from __future__ import annotations

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow

DATE = "2023-05-04"


def _events(coder, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.type, e.actor.text if e.actor else None, e.recipient.text if e.recipient else None)
        for e in before_recipients(coder, text, None, DATE)
    ]


def _has(found: list[tuple[str, str | None, str | None]], type_: str, actor: str | None, recipient: str | None) -> bool:
    return any(
        t == type_
        and (actor is None or (a is not None and actor in a))
        and (recipient is None or (r is not None and recipient in r))
        for t, a, r in found
    )


# (sentence, type, words of the actor, words of the recipient or None): coded so
CODED = [
    # SUPPORT: a deal made, a side taken, praise
    ("The chancellor hammered out a deal with Poland on Tuesday.", "SUPPORT", "chancellor", "Poland"),
    ("Canada finalized a trade agreement with Ecuador.", "SUPPORT", "Canada", "Ecuador"),
    ("Slovakia sided with Hungary in the dispute over the dam.", "SUPPORT", "Slovakia", "Hungary"),
    ("The governor complimented the Kenyan envoy on his speech.", "SUPPORT", "governor", "Kenyan envoy"),
    ("The emir extolled the Jordanian prime minister.", "SUPPORT", "emir", "Jordanian prime minister"),
    # COOPERATE, AID, CONSULT
    ("Norway teamed up with Iceland on the fisheries survey.", "COOPERATE", "Norway", "Iceland"),
    ("Egypt airdropped medicine to Sudan.", "AID", "Egypt", "Sudan"),
    ("The envoy sat down with his Malaysian counterpart in Geneva.", "CONSULT", "envoy", "Malaysian counterpart"),
    (
        "The minister's telephone conversation with his Ghanaian counterpart lasted an hour.",
        "CONSULT",
        "minister",
        "Ghanaian counterpart",
    ),
    # RETREAT: a post quit
    ("The interior minister quit the cabinet over the scandal.", "RETREAT", "interior minister", None),
    # ACCUSE: scolding and disparaging words, insults hurled, a trial, a tirade
    ("The senator berated the treasury secretary.", "ACCUSE", "senator", "treasury secretary"),
    ("The mayor excoriated the provincial government over the floods.", "ACCUSE", "mayor", "provincial government"),
    ("The opposition leader chastised the cabinet over the budget.", "ACCUSE", "opposition leader", "cabinet"),
    ("The general vilified the student protesters.", "ACCUSE", "general", "student protesters"),
    ("The governor upbraided the police chief.", "ACCUSE", "governor", "police chief"),
    ("The ruling party denigrated the opposition leader.", "ACCUSE", "ruling party", "opposition leader"),
    ("Opposition lawmakers hurled insults at President Mwangi.", "ACCUSE", "lawmakers", "Mwangi"),
    ("The military government put former president Diallo on trial.", "ACCUSE", "military government", "Diallo"),
    (
        "The prime minister's tirade against the central bank drew criticism.",
        "ACCUSE",
        "prime minister",
        "central bank",
    ),
    ("Brussels' censure of Poland came on Tuesday.", "ACCUSE", "Brussels", "Poland"),
    ("The junta's imprisonment of the Togolese poet drew protests.", "COERCE", "junta", "Togolese poet"),
    # REJECT: snubs, an agreement torn up or renounced
    ("The president snubbed the Austrian chancellor.", "REJECT", "president", "Austrian chancellor"),
    ("The party shunned the nationalist leader.", "REJECT", "party", "nationalist leader"),
    ("The foreign minister disavowed the consul.", "REJECT", "foreign minister", "consul"),
    ("The president tore up the agreement with Honduras.", "REJECT", "president", "Honduras"),
    # PROTEST: stones thrown
    ("Protesters threw stones at the riot police.", "PROTEST", "Protesters", None),
    # COERCE: property razed or ransacked, fines, purges, jailing, a siege
    ("The militia razed the village of Dubo.", "COERCE", "militia", "Dubo"),
    ("Soldiers ransacked the offices of the opposition party.", "COERCE", "Soldiers", "opposition party"),
    ("The election commission fined the opposition party.", "COERCE", "election commission", "opposition party"),
    ("The president purged the army of officers loyal to his rival.", "COERCE", "president", "army"),
    ("The regime incarcerated the poet without trial.", "COERCE", "regime", "poet"),
    ("The insurgents laid siege to Kidal.", "COERCE", "insurgents", "Kidal"),
    # ASSAULT: mistreatment, manhandling, counterattacks, grenades, aircraft and vessels, rockets
    ("Prison guards mistreated the detainees.", "ASSAULT", "guards", "detainees"),
    ("Police manhandled the reporter outside the court.", "ASSAULT", "Police", "reporter"),
    ("The army counterattacked the rebels near Beni.", "ASSAULT", "army", "rebels"),
    ("The rebels hurled grenades at the checkpoint.", "ASSAULT", "rebels", "checkpoint"),
    ("Turkey downed a Syrian drone.", "ASSAULT", "Turkey", "Syrian"),
    ("The coast guard rammed a Vietnamese fishing boat.", "ASSAULT", "coast guard", "Vietnamese fishing boat"),
    ("Hezbollah rocketed the town of Metula.", "ASSAULT", "Hezbollah", "Metula"),
    ("Russian artillery pummeled the city of Sumy.", "ASSAULT", "Russian", "Sumy"),
    ("The army's counteroffensive against the rebels began in May.", "ASSAULT", "army", "rebels"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), CODED)
def test_lexicon_words_coded(coder, text: str, type_: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert _has(found, type_, actor, recipient), found


# guards (they pass without the round too): the senses of the new words that are no event
# (sentence, type that must not be coded, words of its actor): not coded so
NOT_CODED = [
    # a truce called for is asked for: no truce declared by the one who asks (a pattern "call
    # [ceasefire|truce]" was tried and dropped: it took the object of "for" too)
    ("The envoy called on both armies for a ceasefire.", "RETREAT", "envoy"),
    # a strike called for is asked for, not held (likewise "call [strike]", dropped)
    ("Opposition leaders called for a general strike against the government.", "PROTEST", "Opposition leaders"),
    # prices that rocket have no object: no shelling
    ("Food prices rocketed after the harvest failed.", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "type_", "actor"), NOT_CODED)
def test_lexicon_words_not_coded(coder, text: str, type_: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _events(coder, text)
    assert not _has(found, type_, actor, None), found
