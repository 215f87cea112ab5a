"""The talk of a transcript that performs no act between parties (round remarks45), on remarks
written for these tests: handing the floor to the next speaker, a question announced with "let
me", thanks for coming or for hosting, what is said to an audience addressed as "you" that no one
names, and a leader's talk with their own aides; the acts remarks do perform stay (guards)."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import before_recipients

pytestmark = pytest.mark.slow

TITLE = "Remarks by President Biden and Prime Minister Kishida of Japan Before Bilateral Meeting"
SPEECH = "Remarks by President Biden at a Reception for Union Workers"


def _turns(line: str) -> str:
    """A bilateral's remarks: the other leader's turn, then ``line``'s."""
    other = (
        "PRESIDENT BIDEN: Welcome, Fumio." if line.startswith("PRIME") else "PRIME MINISTER KISHIDA: Thank you, Joe."
    )
    return f"{TITLE}\n\nThe East Room\n\n{other}\n\n{line}\n"


def _speech(line: str) -> str:
    """One speaker's remarks to an audience."""
    return f"{SPEECH}\n\nThe East Room\n\n4:10 P.M. EST\n\nTHE PRESIDENT: Please, sit down. {line}\n"


@pytest.mark.parametrize(
    ("text", "title", "trigger", "kept"),
    [
        # handing the floor over
        (_turns("PRESIDENT BIDEN: Now I'll hand it over to Prime Minister Kishida."), TITLE, "hand", False),
        (
            _turns("PRESIDENT BIDEN: And so, with that, I will turn it over to the Prime Minister."),
            TITLE,
            "turn",
            False,
        ),
        # ... under "going to" (agree47)
        (_turns("PRESIDENT BIDEN: With that, I'm going to turn it over to the Prime Minister."), TITLE, "turn", False),
        # a question announced
        (_turns("PRIME MINISTER KISHIDA: Mr. President, let me ask you this."), TITLE, "ask", False),
        (_turns("PRESIDENT BIDEN: Let me just ask you a simple question, Fumio."), TITLE, "ask", False),
        # thanks for coming or for hosting, and the hosting so thanked
        (
            _turns("PRIME MINISTER KISHIDA: Well, thank you very much for hosting us today, Mr. President."),
            TITLE,
            "host",
            False,
        ),
        (_turns("PRESIDENT BIDEN: I'm so grateful to all of you for being here tonight."), TITLE, "grateful", False),
        # said to the room: an audience no one names
        (_speech("I appreciate your friendship and your hard work."), SPEECH, "appreciate", False),
        (_speech("I promise you the day will come when those mills open again."), SPEECH, "promise", False),
        (_speech("We are grateful to you for everything you do."), SPEECH, "grateful", False),
        # a leader's talk with their own aides
        (_turns("PRESIDENT BIDEN: Yesterday I asked my staff to look into the shipping costs."), TITLE, "ask", False),
        (_turns("PRESIDENT BIDEN: I was talking to my chief of staff about it this morning."), TITLE, "talk", False),
        # guards: the acts remarks perform
        (_turns("PRESIDENT BIDEN: I want to thank Japan for hosting the refugees from Sudan."), TITLE, "thank", True),
        (_turns("PRESIDENT BIDEN: We strongly condemn Russia's strikes on Kharkiv."), TITLE, "condemn", True),
        (_turns("PRESIDENT BIDEN: Let me ask China to release the detained journalists."), TITLE, "ask", True),
        (_turns("PRESIDENT BIDEN: I asked Prime Minister Kishida to join the talks on Gaza."), TITLE, "ask", True),
        (_speech("We are grateful to Japan for its support for Ukraine."), SPEECH, "grateful", True),
    ],
)
def test_transcript_chatter(model_coder: Any, text: str, title: str, trigger: str, kept: bool) -> None:
    line = text.rstrip().rsplit("\n", 1)[-1]
    start = text.rindex(line)
    events = [
        e
        for e in before_recipients(model_coder, text, title=title)
        if trigger in e.trigger.text.lower() and e.trigger.span[0] >= start
    ]
    found = [(e.type, e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert bool(events) == kept, f"{trigger!r} in {line!r}: {found}"
