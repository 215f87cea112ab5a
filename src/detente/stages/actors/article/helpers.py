"""What the article stages read off the article for one event or side: the country a sentence
opens with, a joint statement's act told once, a side's name word, whether the place is in the
sentence, who wielded a weapon or sent a document, whether a side is definite."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.records import Actor, Event
from detente.stages.actors.article.whole import _Article
from detente.stages.actors.grammar import (
    SUBJECTS,
    _definite,
    _names_party,
)


def _opening_country(head: Token, article: _Article) -> str | None:
    """The country a sentence opens with, as a place set off by a comma ("*In Guinea*, we urge
    ..."), on the main verb above ``head``: a country by the dictionary, not a city."""
    root = head
    for _ in range(12):  # up to the clause's root, within the sentence
        if root.head == root:
            break
        root = root.head
    for c in root.children:
        if c.dep_ != "prep" or c.lower_ != "in" or c.i != root.left_edge.i or c.i > root.i:
            continue
        after = c.right_edge.i + 1
        if after >= len(root.doc) or root.doc[after].text != ",":
            continue
        for g in c.children:
            m = article.at.get(g.i) if g.dep_ == "pobj" else None
            if m is not None and m.entry is not None and m.entry.kind == "country" and m.entry.country:
                return m.entry.country
    return None


def _once_for_no_party(events: list[Event], article: _Article) -> list[Event]:
    """A joint statement's "we" acting on no party ("We condemn the attack on the terminal",
    "we welcome the degree of consensus"), which the builder codes once for each signatory
    the statement declares: one act of the statement, told by the first signatory, as it
    enters no dyad. The signatories are told apart from parties the sentence names by being
    named outside it (in the statement's head); an act on a party stays each one's."""
    groups: dict[tuple[int, tuple[int, int], str, str, tuple[int, int] | None], list[Event]] = {}
    for ev in events:
        if _names_party(ev.recipient) or ev.actor is None or ev.sentence >= len(article.sentences):
            continue
        sentence = article.sentences[ev.sentence]
        if sentence.start_char <= ev.actor.span[0] < sentence.end_char:
            continue  # a party the sentence names itself ("Canada and Japan condemned ...")
        head = article.head(ev.recipient) if ev.recipient is not None else None
        if head is not None and head.pos_ == "PROPN":
            continue  # a body the dictionary does not know ("we urge the House of Representatives")
        verb = article.head(ev.trigger)
        if verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS] or [
            c for c in verb.head.children if c.dep_ in SUBJECTS and verb.dep_ in ("xcomp", "conj")
        ]
        if any(c.lower_ != "we" for c in subjects):
            continue  # "they", "both sides", "the two delegations": each of them acted
        key = (ev.sentence, ev.trigger.span, ev.type, ev.cameo, ev.recipient.span if ev.recipient else None)
        groups.setdefault(key, []).append(ev)
    extra = {
        id(ev)
        for group in groups.values()
        if len({e.actor.country for e in group if e.actor is not None}) > 1
        for ev in group[1:]
    }
    return [ev for ev in events if id(ev) not in extra]


def _name_word(side: Actor, article: _Article) -> str | None:
    """The name that heads a side's phrase ("Lula" of "President Lula", "*Togo*"); None for a
    description ("the Haitian ambassador", "the assassination of X in Haiti"), whatever country
    or name it was resolved to."""
    head = article.head(side)
    return head.text if head is not None and head.pos_ == "PROPN" else None


def _placed_in_sentence(ev: Event, article: _Article) -> bool:
    """Whether the event's place is named in the event's own sentence, with a country, by a
    word the NER reads as a place (not a name read as a town: "called for *Zamora*'s release")."""
    place = ev.location
    if place is None or not place.country or ev.sentence >= len(article.sentences):
        return False
    sentence = article.sentences[ev.sentence]
    if not sentence.start_char <= place.span[0] < place.span[1] <= sentence.end_char:
        return False
    words = article.doc.char_span(place.span[0], place.span[1], alignment_mode="expand")
    return words is not None and all(t.ent_type_ in syntax.PLACE_ENTITIES for t in words if not t.is_punct)


#: the possessive pronouns by which a party reporting an act names its own weapons
OWN_PRONOUNS = frozenset({"its", "their"})


def _wielder(ev: Event, head: Token, article: _Article) -> Actor | None:
    """Who used a weapon or sent a document standing as an event's actor: its possessor
    ("*Iran's* missiles"), else the subject of the verb whose object it is ("*Iran* launched
    missiles targeting US troops", "*the minister* sent a letter requesting ...")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None and head.dep_ == "dobj" and syntax.is_verb(head.head):
        owner = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if owner is not None and owner.lower_ in syntax.FIRST_PERSON and owner.pos_ == "PRON":
        # "*We* adopted a policy barring ...": the one the text's own "we" is
        found = article.resolver.resolve(owner)[0]
        return found if found.country is not None else None
    speaker = ev.attribution.actor if ev.attribution is not None else None
    if owner is not None and owner.lower_ in OWN_PRONOUNS and speaker is not None and speaker.country is not None:
        # "Ukraine said *its* drones hit a refinery", "the army said its aircraft struck ...":
        # the one reporting its own strike (round actors48)
        return speaker
    if owner is None or owner.pos_ == "PRON" or owner.lower_ in syntax.PRONOUNS:
        return None
    if speaker is not None and speaker.span[0] <= owner.idx < speaker.span[1]:
        return speaker  # the clause's subject, already resolved as the one reporting it
    return article.naming(owner)


def _definite_side(side: Actor | None, article: _Article) -> bool:
    head = article.head(side) if side is not None else None
    return head is not None and _definite(head)
