"""The mention stage: find named actors (dictionary names and NER names) in the article."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.knowledge.actors import ActorDictionary, ActorEntry
from detente.pipeline.work import Mention, Work

if TYPE_CHECKING:
    from spacy.tokens import Doc

NER_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


class FindMentions:
    name = "find_mentions"
    requires = frozenset({"article", "doc"})
    provides = frozenset({"mentions"})

    def __init__(self, actors: ActorDictionary) -> None:
        self.actors = actors
        #: the words of every form of each person's and capital's entry (given names, aliases)
        self.own_words: dict[ActorEntry, frozenset[str]] = {}
        words: dict[ActorEntry, set[str]] = {}
        for form, entries in actors.forms.items():
            for entry in entries:
                if entry.kind in ("person", "metonym"):
                    words.setdefault(entry, set()).update(w.lower() for w in form)
        for entry, found in words.items():
            self.own_words[entry] = frozenset(found | {w.lower() for w in re.findall(r"\w+", entry.name)})

    def __call__(self, work: Work) -> Work:
        doc = work.doc
        assert doc is not None
        day = work.article.published
        words = [t.text for t in doc]
        found: list[Mention] = []
        covered: set[int] = set()
        matches = list(self.actors.match(words))
        named = {e.country for _, _, entries in matches if len(entries) == 1 for e in entries if e.country}
        chosen = [
            (start, end, self.actors.choose(_of_the_article(entries, named), day)) for start, end, entries in matches
        ]
        others, inside = self._other_persons(doc, chosen)
        in_person = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        # a capital stands for its state where the article names that state otherwise too
        states = {e.country for s, t, e in chosen if tuple(words[s:t]) not in others and e.kind != "metonym"}
        # a person the article also names in full ("Donald Trump" beside "Melania Trump"): the
        # surname alone is still the dictionary's person; only the longer name is someone else
        in_full = {e for s, t, e in chosen if e.kind == "person" and t - s > 1 and s not in inside}
        for start, end, entry in chosen:
            if start in inside and entry.kind == "person":
                continue  # "*Melania Trump*": another person, whom the NER name below stands for
            if (
                tuple(words[start:end]) in others
                and entry not in in_full
                and (entry.kind == "person" or start in in_person or entry.country not in states)
            ):
                continue  # the article's own person: the NER name below stands for it
            found.append(Mention(start, end, entry, "DICT"))
            covered.update(range(start, end))
        for ent in doc.ents:
            if ent.label_ in NER_ACTOR_LABELS and not covered.intersection(range(ent.start, ent.end)):
                found.append(Mention(ent.start, ent.end, None, ent.label_))
        found.sort(key=lambda m: m.start)
        return replace(work, mentions=tuple(found))

    def _other_persons(
        self, doc: Doc, chosen: list[tuple[int, int, ActorEntry]]
    ) -> tuple[set[tuple[str, ...]], set[int]]:
        """Names the dictionary knows that the article gives to someone else: a dictionary name
        that ends (or begins) a longer person's name whose given names the entry does not have
        ("Judge *Victor* Marrero" is not Cuba's Manuel Marrero, "*Sudesh* Amman" not Jordan's
        capital). Such a name is that person's throughout the article ("Marrero rejected ..."),
        not the dictionary's. Also the first words of each such match inside a longer name."""
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        others: set[tuple[str, ...]] = set()
        inside: set[int] = set()
        for start, end, entry in chosen:
            if entry.kind not in ("person", "metonym"):
                continue  # a country's name in a person's is a misread name ("Beyond Ukraine")
            ent = next(
                (e for e in persons if e.start <= start and end <= e.end and e.end - e.start > end - start), None
            )
            if ent is None:
                continue
            rest = [
                t.lower_
                for t in doc[ent.start : ent.end]
                if not start <= t.i < end and t.pos_ == "PROPN" and t.is_alpha and t.is_title and len(t) > 1
            ]
            rest = [w for w in rest if w not in self.actors.titles and self.actors.sector(w) is None]
            if rest and not self.own_words.get(entry, frozenset()).intersection(rest):
                others.add(tuple(t.text for t in doc[start:end]))
                inside.add(start)
        return others, inside


def _of_the_article(entries: tuple[ActorEntry, ...], named: set[str]) -> tuple[ActorEntry, ...]:
    """A name several entries share ("RSF": Sudan's Rapid Support Forces, Reporters Without
    Borders): those of a country the article names by an unshared name, when there are any."""
    if len(entries) < 2:
        return entries
    ours = tuple(e for e in entries if e.country in named)
    return ours or entries
