"""Commands (round reject46): a base-form verb with no subject that opens its sentence, or opens a
quoted clause set before its reporting verb, tells what the speaker demands, not what anyone has
done ("Stop blocking aid to ...", "Release the hostages now"): the act is not coded (it was
coded as the easing, the release or the withdrawal done). A line of a list ("- Provide aid",
a line after "will:") and a verb with its own subject or auxiliary stay as they were."""

from __future__ import annotations

from typing import Any

import pytest

from coding_checks import DATE

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Stop blocking aid to the Somali people.", "CONCEDE"),
        ("Release the detained aid workers now.", "RETREAT"),
        ("Pull your soldiers out of Armenia.", "RETREAT"),
        ("Please lift the siege of Sarajevo.", "RETREAT"),
        ("Stop the shelling of hospitals, the minister told the generals.", "RETREAT"),
        ("Now, withdraw your forces from the border and free the prisoners.", "RETREAT"),
    ],
)
def test_command_is_no_act(coder: Any, text: str, type_: str) -> None:
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    assert not events, f"{type_} coded in {text!r}: {[(e.actor, e.recipient) for e in events]}"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # guards: an act with its subject, a report of an act, a list line of a plan
        ("The army withdrew its forces from the border on Monday.", "RETREAT"),
        ("Kenya released the detained aid workers on Friday.", "RETREAT"),
        ("The junta eased restrictions on foreign journalists.", "CONCEDE"),
    ],
)
def test_act_with_subject_is_kept(coder: Any, text: str, type_: str) -> None:
    assert any(e.type == type_ for e in coder.code(text, published=DATE)), f"no {type_} in {text!r}"
