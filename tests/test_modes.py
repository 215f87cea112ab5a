"""The PLOVER mode of coded events: from the CAMEO code, or from the words of the event's own
clause (``patterns/modes.yaml``, docs/attributes.md "Mode"), on hand-written sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.knowledge.ontology import Ontology
from detente.stages.modes import ModeWords

# sentence, PLOVER type of the event checked, expected mode, the words expected as its evidence
# (None: the mode comes from the CAMEO code, or there is none)
MODES = [
    (
        "At least 23 people were killed when a suicide bomber struck a market in Mogadishu.",
        "ASSAULT",
        "suicide-attack",
        "suicide",
    ),
    ("A roadside bomb killed two soldiers near Kandahar on Monday.", "ASSAULT", "explosives", "bomb"),
    ("Israeli warplanes struck targets in southern Lebanon overnight.", "ASSAULT", "aerial", "warplanes"),
    ("A Ukrainian drone attack hit an oil depot in Bryansk.", "ASSAULT", "drone", "drone"),
    ("Russian artillery shelled the outskirts of Kharkiv.", "ASSAULT", "heavy-weapons", None),  # CAMEO 194
    ("Gunmen shot dead a police officer in Karachi.", "ASSAULT", "firearms", None),  # CAMEO 193
    ("Riot police fired tear gas at students in Dhaka.", "ASSAULT", "crowd-control", "tear gas"),
    ("Militants attacked a village with machetes, killing 12 people.", "ASSAULT", "primitive", "machetes"),
    # the relative clause's noun is part of the event: "a blast that killed"
    ("Police arrested two men after a blast that killed 30 people.", "ASSAULT", "explosives", "blast"),
    # a specific mode from the code is kept: kidnapping is "abduct" (CAMEO 181)
    ("Gunmen kidnapped three aid workers in Borno state.", "ASSAULT", "abduct", None),
    # no word names how: no mode
    ("Rebels killed 14 villagers in Ituri on Sunday.", "ASSAULT", None, None),
    ("The army imposed a curfew on the city of Cizre.", "COERCE", "curfew", "curfew"),
    ("The president declared a state of emergency in the capital.", "COERCE", "martial-law", "state of emergency"),
    ("Police arrested 40 protesters in Minsk.", "COERCE", "arrest", None),
    ("Thousands of teachers went on strike in Lagos over unpaid wages.", "PROTEST", "strike", "strike"),
    ("Hundreds of prisoners began a hunger strike in Ankara.", "PROTEST", "hunger", None),  # CAMEO 1422
    ("Britain mobilized army reservists for a possible war.", "MOBILIZE", "troops", "army"),
    ("Iran threatened to close the Strait of Hormuz to tankers if attacked.", "THREATEN", None, None),
    ("Russia threatened to suspend talks with Washington on arms control.", "THREATEN", "relations", "talks"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "etype", "mode", "evidence"), MODES, ids=[m[0][:40] for m in MODES])
def test_event_mode(coder, sentence: str, etype: str, mode: str | None, evidence: str | None) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coder.code(sentence, published="2025-10-21") if e.type == etype]
    assert events, [(e.type, e.mode) for e in coder.code(sentence)]
    ev = events[0]
    assert ev.mode == mode
    if evidence is None:
        assert ev.mode_text is None
    else:
        assert ev.mode_text is not None and ev.mode_text.text == evidence
        start, end = ev.mode_text.span
        assert sentence[start:end] == evidence


def test_modes_file_names_only_plover_modes(tmp_path: Path) -> None:
    ontology = Ontology.load()
    words = ModeWords.load(ontology)
    assert all((t, m) in ontology.modes for t, table in words.modes.items() for m, _ in table)
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "modes.yaml").write_text("modes:\n  ASSAULT:\n    fists: [punch]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="ASSAULT/fists"):
        ModeWords.load(ontology, tmp_path)
