"""Wordings whose words belong to one PLOVER type and whose act is another (round retype39,
docs/coding-manual.md): a court that grants a prisoner house arrest eases his detention (RETREAT,
was COERCE from the noun "arrest"); police who dismantle a smuggling ring crack down on it
(COERCE, was RETREAT 0873, a side's own forces disarmed); leaders who acknowledge the progress
or the contributions of a party credit it (SUPPORT, was CONCEDE, an admission). Each row names
the type the wording must have and the type it used to be coded as; the kept rows are the same
words in the act they do name. And an act a party can, or cannot, afford is its means weighed,
not an act done (was the act's own type, proposed by the model): "critics say Europe cannot
afford to defend Ukraine" is no AGREE."""

from __future__ import annotations

import pytest

from coding_checks import check_coded, check_none_coded

#: (sentence, the type it is coded as, its actor's country, the type it must not be coded as)
RETYPED = [
    # a detention eased: house arrest granted
    ("A court in Quito granted the jailed journalist house arrest on Monday.", "RETREAT", "ECU", "COERCE"),
    ("The judge granted him house arrest while he awaits his appeal.", "RETREAT", None, "COERCE"),
    ("A Cairo court granted house arrest to the detained opposition leader.", "RETREAT", "EGY", "COERCE"),
    # a criminal organisation broken up
    ("Spanish police dismantled a people-smuggling ring in Almeria.", "COERCE", "ESP", "RETREAT"),
    ("Colombian authorities dismantled a drug trafficking network operating from Cali.", "COERCE", "COL", "RETREAT"),
    ("Italian investigators dismantled a mafia cell that extorted shop owners.", "COERCE", "ITA", "RETREAT"),
    # what a party did, acknowledged: credit given
    ("The minister acknowledged the contributions of Kenyan troops to the peace mission.", "SUPPORT", None, "CONCEDE"),
    ("Ghana's president acknowledged Nigeria's role in restoring calm in the region.", "SUPPORT", "GHA", "CONCEDE"),
    ("The envoy acknowledged the sacrifices of Ukrainian soldiers.", "SUPPORT", None, "CONCEDE"),
]

#: (sentence, the type it is still coded as, its actor's country)
KEPT = [
    ("Police arrested the opposition leader and placed him under house arrest.", "COERCE", None),
    ("The court ordered the arrest of the former mayor.", "COERCE", None),
    ("The judge granted the activist bail on Tuesday.", "RETREAT", None),
    ("The militia dismantled its checkpoints on the main road.", "RETREAT", None),
    ("Libya dismantled its chemical weapons stockpile under international supervision.", "RETREAT", "LBY"),
    ("Officials acknowledged that soldiers had fired on the crowd.", "CONCEDE", None),
    ("The ministry acknowledged mistakes in its handling of the evacuation.", "CONCEDE", None),
]

#: (sentence, the type it used to be coded as)
MEANS_WEIGHED = [
    ("Critics say Europe cannot afford to defend Ukraine on its own.", "AGREE"),
    ("Some lawmakers argue that Germany can afford to defend Lithuania without American help.", "SUPPORT"),
    ("He said Japan can afford to help the Philippines.", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "etype", "actor", "wrong"), RETYPED)
def test_the_wording_has_the_type_of_its_act(coder, sentence: str, etype: str, actor: str | None, wrong: str) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, etype, actor, None)
    check_none_coded(coder, sentence, wrong)


@pytest.mark.parametrize(("sentence", "etype", "actor"), KEPT)
def test_the_words_keep_the_act_they_name(coder, sentence: str, etype: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    check_coded(coder, sentence, etype, actor, None)


@pytest.mark.parametrize(("sentence", "etype"), MEANS_WEIGHED)
def test_an_act_one_can_or_cannot_afford_is_not_done(model_coder, sentence: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    check_none_coded(model_coder, sentence, etype)
