"""The filter's families of checks (src/detente/stages/filter/) are mixins of one stage: a method
that two families both define is silently taken from the first in the stage's order, so one
family's check would run in the other's place (noticedf's "described" once hid the threat
family's own). Each family's names must be its own."""

from __future__ import annotations

from collections import defaultdict

from detente.stages.filter.base import FilterEventsBase
from detente.stages.filter.stage import FilterEvents


def test_no_two_families_of_checks_define_the_same_method() -> None:
    families = [c for c in FilterEvents.__mro__[1:] if issubclass(c, FilterEventsBase) and c is not FilterEventsBase]
    assert len(families) >= 5
    owners: dict[str, list[str]] = defaultdict(list)
    for family in families:
        for name, value in vars(family).items():
            if callable(value) and not name.startswith("__"):
                owners[name].append(family.__name__)
    clashes = {name: where for name, where in owners.items() if len(where) > 1}
    assert not clashes, clashes
