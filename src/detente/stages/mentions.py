"""The mention stage: find named actors (dictionary names and NER names) in the article."""

from __future__ import annotations

from dataclasses import replace

from detente.knowledge.actors import ActorDictionary, ActorEntry
from detente.pipeline.work import Mention, Work

NER_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


class FindMentions:
    name = "find_mentions"
    requires = frozenset({"article", "doc"})
    provides = frozenset({"mentions"})

    def __init__(self, actors: ActorDictionary) -> None:
        self.actors = actors

    def __call__(self, work: Work) -> Work:
        doc = work.doc
        assert doc is not None
        day = work.article.published
        words = [t.text for t in doc]
        found: list[Mention] = []
        covered: set[int] = set()
        matches = list(self.actors.match(words))
        named = {e.country for _, _, entries in matches if len(entries) == 1 for e in entries if e.country}
        for start, end, entries in matches:
            entry = self.actors.choose(_of_the_article(entries, named), day)
            found.append(Mention(start, end, entry, "DICT"))
            covered.update(range(start, end))
        for ent in doc.ents:
            if ent.label_ in NER_ACTOR_LABELS and not covered.intersection(range(ent.start, ent.end)):
                found.append(Mention(ent.start, ent.end, None, ent.label_))
        found.sort(key=lambda m: m.start)
        return replace(work, mentions=tuple(found))


def _of_the_article(entries: tuple[ActorEntry, ...], named: set[str]) -> tuple[ActorEntry, ...]:
    """A name several entries share ("RSF": Sudan's Rapid Support Forces, Reporters Without
    Borders): those of a country the article names by an unshared name, when there are any."""
    if len(entries) < 2:
        return entries
    ours = tuple(e for e in entries if e.country in named)
    return ours or entries
