"""Every event the coder emits validates against the published JSON Schema."""

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from detente.schema import event_schema

pytestmark = pytest.mark.slow
EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


def test_the_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(event_schema())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_emitted_event_validates(coder, path: Path) -> None:  # type: ignore[no-untyped-def]
    validator = Draft202012Validator(event_schema())
    text = path.read_text(encoding="utf-8")
    events = coder.code(text, published="2025-10-21", article_id=path.stem)
    assert events, f"no events in {path.name}"
    for ev in events:
        validator.validate(ev.to_dict())
        start, end = ev.trigger.span
        assert text[start:end] == ev.trigger.text
        for who in (ev.actor, ev.recipient):
            if who is not None:
                assert text[who.span[0] : who.span[1]] == who.text


ATTRIBUTE_TEXT = (
    "KYIV, Ukraine — Russian drones attacked a power plant near Kharkiv on Tuesday, killing at least 4 "
    "workers, officials said. Venezuela will stop sharing intelligence with the United States until "
    "Washington stops its strikes on boats."
)


def test_attribute_spans_point_into_the_text(coder) -> None:  # type: ignore[no-untyped-def]
    validator = Draft202012Validator(event_schema())
    events = coder.code(ATTRIBUTE_TEXT, published="2025-10-23")
    assert any(e.condition is not None and e.condition.event is not None for e in events)
    for ev in events:
        validator.validate(ev.to_dict())
        refs = [ev.date_text, ev.location, ev.condition, ev.attribution]
        for ref in refs:
            if ref is not None:
                assert ATTRIBUTE_TEXT[ref.span[0] : ref.span[1]] == ref.text, ref
