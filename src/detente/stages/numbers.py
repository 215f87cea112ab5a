"""How many were killed or injured in an event, read from the event's own clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_yaml

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


@dataclass(frozen=True)
class CasualtyWords:
    fatal: frozenset[str]
    injury: frozenset[str]
    deadly_with: frozenset[str]
    lower_bound: frozenset[str]
    numbers: dict[str, int]

    @classmethod
    def load(cls, directory: Path | None = None) -> CasualtyWords:
        path = (directory or data_dir()) / "patterns" / "casualties.yaml"
        doc: Any = read_yaml(path)
        try:
            return cls(
                fatal=frozenset(doc["fatal_verbs"]),
                injury=frozenset(doc["injury_verbs"]),
                deadly_with=frozenset(doc.get("deadly_with") or ()),
                lower_bound=frozenset(doc["lower_bound_words"]),
                numbers={str(k): int(v) for k, v in doc["number_words"].items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    at_least: bool


def count_of(noun: Token, words: CasualtyWords) -> Count | None:
    """The number that quantifies a noun phrase: "64 people", "at least 75 civilians", "six"."""
    candidates = [c for c in noun.children if c.dep_ in ("nummod", "quantmod")]
    if noun.like_num or noun.pos_ == "NUM":
        candidates.insert(0, noun)
    if not candidates and noun.tag_ in ("NN", "NNP") and noun.ent_type_ not in ("ORG", "GPE", "NORP"):
        return Count(1, False)  # "killed the deputy chief", "a journalist was killed"
    for num in candidates:
        value = _value(num, words)
        if value is not None:
            bound = any(t.lower_ in words.lower_bound for t in num.subtree) or any(
                t.lower_ in words.lower_bound for t in noun.children if t.dep_ in ("advmod", "quantmod", "amod")
            )
            return Count(value, bound)
    return None


def _value(tok: Token, words: CasualtyWords) -> int | None:
    text = tok.lower_
    if _DIGITS.match(text):
        return int(text.replace(",", ""))
    if text in words.numbers:
        value = words.numbers[text]
        # "two hundred", "5 million": a multiplier on the left
        for left in tok.children:
            if left.i < tok.i and left.dep_ in ("compound", "nummod", "quantmod"):
                base = _value(left, words)
                if base is not None and value >= 100:
                    return base * value
        return value
    return None


def casualties(verb: Token, lemma: str, words: CasualtyWords) -> tuple[Count | None, Count | None]:
    """(fatalities, injured) for an event whose trigger is ``verb``, from it and verbs coordinated with it."""
    fatal: Count | None = None
    injured: Count | None = None
    # the first of coordinated verbs counts for all ("killed six and wounded 12"); a later one for itself
    others = [c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")] if verb.dep_ != "conj" else []
    for v in (verb, *others):
        kind = _kind(v, lemma if v is verb else v.lemma_.lower(), words)
        if kind is None:
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        victims = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        for victim in victims:
            found = count_of(victim, words)
            if found is None:
                continue
            if kind == "fatal" and fatal is None:
                fatal = found
            elif kind == "injury" and injured is None:
                injured = found
    return fatal, injured


def _kind(verb: Token, lemma: str, words: CasualtyWords) -> str | None:
    if lemma in words.fatal:
        return "fatal"
    if lemma in words.deadly_with and any(
        t.lower_ in ("dead", "death") for t in verb.subtree if t.head == verb or t.head.head == verb
    ):
        return "fatal"  # "shot dead", "beaten to death"
    if lemma in words.injury:
        return "injury"
    return None
