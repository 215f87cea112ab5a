"""The check the pattern tables share (tests/test_patterns.py, test_legal_acts.py,
test_verdicts.py): a sentence of our own codes an event of the expected type, between the
expected countries where the row gives them, or (``actor`` "absent") codes none that happened;
:func:`check_side`, the check of the tables of actors read across an article
(tests/test_resolve_actors.py, test_statement_voice.py); :func:`without`, a coder with some
of its stages left out, for the tests of one stage; and :func:`before_recipients`, what the
patterns code before ``require_recipient``."""

from __future__ import annotations

import copy
from typing import Any

DATE = "2025-10-21"


def without(coder: Any, *names: str) -> Any:
    """A copy of ``coder`` whose pipeline leaves out the stages ``names``."""
    other = copy.copy(coder)
    pipeline = coder.pipeline
    for name in names:
        pipeline = pipeline.remove(name)
    other.pipeline = pipeline
    return other


def before_recipients(coder: Any, text: str, title: str | None = None, published: str = DATE) -> Any:
    """The events the patterns code of ``text`` (an article with its headline when ``title`` is
    given), before ``require_recipient``, which only drops: the tables of wrong and right events
    (tests/test_wrong_events.py, test_unseen_news.py) test what the other stages decide."""
    coding = without(coder, "require_recipient")
    if title is None:
        return coding.code(text, published=published)
    record = {"id": "t", "title": title, "text": text, "published": published}
    return next(iter(coding.code_many([record]))).events


def coded_triples(coder: Any, text: str, published: str = DATE) -> list[tuple[str, str | None, str | None]]:
    """What the patterns code of ``text`` before ``require_recipient``, as (type, actor's text,
    recipient's text) triples (tests/test_quiet_unseen.py, test_quiet_stories.py)."""
    events = before_recipients(coder, text, None, published)
    return [(e.type, e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]


def country_pairs(events: Any, type_: str) -> list[tuple[str | None, str | None]]:
    """The (actor's country, recipient's country) of each event of ``type_`` among ``events``
    (tests/test_appeals_in_briefings.py, test_appeals_to_end_acts.py)."""
    return [
        (e.actor.country if e.actor is not None else None, e.recipient.country if e.recipient is not None else None)
        for e in events
        if e.type == type_
    ]


def check_coded(coder: Any, sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    """A row tests what the patterns code: before ``require_recipient``, which keeps a directed act
    only when its recipient is found (a row with a recipient is coded the same with it)."""
    events = without(coder, "require_recipient").code(sentence, published=DATE)
    typed = [e for e in events if e.type == type_]
    found = [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in events]
    if actor == "absent":
        # not reported as having happened: no such event, or one coded as negated ("has not expelled")
        happened = [e for e in typed if e.modality not in ("negated", "hypothetical")]
        assert not happened, f"{type_} coded in {sentence!r}: {found}"
        return
    assert typed, f"no {type_} in {sentence!r}: {found}"
    ok = [
        e
        for e in typed
        if (actor is None or (e.actor is not None and e.actor.country == actor))
        and (recipient is None or (e.recipient is not None and e.recipient.country == recipient))
    ]
    assert ok, f"{type_} found but not {actor}->{recipient} in {sentence!r}: {found}"


def check_none_coded(coder: Any, text: str, type_: str) -> None:
    """No event of ``type_`` at all is coded of ``text`` (a guard row: not even a negated one)."""
    events = [e for e in coder.code(text, published=DATE) if e.type == type_]
    assert not events, f"{type_} coded in {text!r}: {[(e.actor, e.recipient) for e in events]}"


def check_side(
    coder: Any, text: str, trigger: str, side: str, country: str, words: str | None, published: str = DATE
) -> None:
    """An event whose trigger holds ``trigger`` has its ``side`` ("actor" or "recipient") of
    ``country``, its text holding ``words`` (None: any), and the side keeps the span of the
    article it was resolved from."""
    events = [e for e in coder.code(text, published=published) if trigger in e.trigger.text]
    found = [(getattr(e, side) and (getattr(e, side).text, getattr(e, side).country)) for e in events]
    ok = [
        getattr(e, side)
        for e in events
        if getattr(e, side) is not None
        and getattr(e, side).country == country
        and (words is None or words in getattr(e, side).text)
    ]
    assert ok, f"{trigger!r}: {side} not resolved to {country} ({words}) in {text!r}: {found}"
    assert text[ok[0].span[0] : ok[0].span[1]] == ok[0].text  # the span it was resolved from


def coded_sides(coder: Any, text: str, trigger: str, side: str, published: str = DATE) -> list[Any]:
    """The ``side`` ("actor" or "recipient") of every event of ``text`` whose trigger holds
    ``trigger``; at least one such event must be coded."""
    sides = [getattr(e, side) for e in coder.code(text, published=published) if trigger in e.trigger.text]
    assert sides, f"no event on {trigger!r} in {text!r}"
    return sides


def check_sides_country(coder: Any, text: str, trigger: str, side: str, country: str, published: str = DATE) -> None:
    """Every event of ``text`` on ``trigger`` has its ``side`` resolved to ``country``."""
    sides = coded_sides(coder, text, trigger, side, published)
    assert all(s is not None and s.country == country for s in sides), [(s and (s.text, s.country)) for s in sides]


def check_sides_not_country(coder: Any, text: str, trigger: str, side: str, wrong: str, published: str = DATE) -> None:
    """No event of ``text`` on ``trigger`` has its ``side`` given the country ``wrong``."""
    sides = coded_sides(coder, text, trigger, side, published)
    assert all(s is None or s.country != wrong for s in sides), [(s and (s.text, s.country)) for s in sides]


def check_type_not_coded(coder: Any, text: str, title: str | None, type_: str, published: str = DATE) -> None:
    """No event of ``type_`` in ``text`` (headed by ``title``), before the recipient check."""
    found = [(e.type, e.trigger.text) for e in before_recipients(coder, text, title, published)]
    assert all(t != type_ for t, _ in found), found


def check_type_coded(coder: Any, text: str, type_: str, published: str = DATE) -> None:
    """An event of ``type_`` in ``text``, before the recipient check."""
    found = [e.type for e in before_recipients(coder, text, None, published)]
    assert type_ in found, found
