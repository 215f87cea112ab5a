"""What a statement says in its own voice: demands, solidarity and sympathy, the party a
vocative addresses."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Candidate
from detente.stages.events.base import FindEventsBase
from detente.stages.events.grammar import _ADDRESSED_OR_THIRD, _SPEAKERS_SIDE, _verdict_candidate

#: the entities that name a state or a body, never one person standing somewhere
_STATE_ENTITIES = frozenset({"GPE", "NORP"})


class OwnVoice(FindEventsBase):
    """What a statement says in its own voice."""

    def _solidarity(self, sent: Span, number: int) -> list[Candidate]:
        """'Paul, we are with you', 'our condolences are with his family', 'my first thoughts go to
        the families of the victims': solidarity or sympathy with a party told with no verb of
        saying (SUPPORT, ``solidarity_cameo``). The actor is the speaker's side, or the owner of
        the thoughts; the recipient the party they are with, or go to. Only what holds now or will
        ("I was with him that night" tells where someone was), never negated, hedged or asked."""
        cameo = self.lex.solidarity_cameo
        roles = self.lex.roles
        if cameo is None or sent[-1].text == "?":
            return []
        out = []
        for verb in sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            if lemma not in roles.solidarity_verbs | roles.sympathy_verbs | roles.standing_verbs:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "xcomp":
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "we will continue to stand"
            if not subjects or syntax.is_negated(verb) or self._conditional(verb):
                continue
            subj = subjects[0]
            if not (self._now_or_to_come(verb) or self._stood_by(verb, subj)):
                continue
            preps: tuple[str, ...]
            if subj.lower_ in _SPEAKERS_SIDE and lemma in roles.solidarity_verbs:
                actors, preps = [subj], ("with",)  # "we are with you"
            elif lemma in roles.standing_verbs and (subj.lower_ in _SPEAKERS_SIDE or self._named_party(subj)):
                actors, preps = [subj], tuple(sorted(roles.standing_prepositions))  # "Japan stands with Ukraine"
            elif self.triggers.lemma(subj) in roles.sympathy_nouns and lemma in roles.sympathy_verbs:
                # "our thoughts are with", "the prayers of the nation go out to"
                owners = [c for c in subj.children if c.dep_ == "poss"] or syntax.prep_objects(subj, ("of",))
                # the speaker's own or a party's ("everybody's sympathies are with ..." are no one's)
                actors = [o for o in owners if o.lower_ in syntax.FIRST_PERSON or self._named_party(o)]
                preps = ("to",) if lemma == "go" else ("with",)
            else:
                continue
            heads = syntax.prep_objects(verb, preps)
            heads += [o for p in verb.children if p.dep_ == "prt" for o in syntax.prep_objects(p, preps)]
            member = subj.lower_ in _SPEAKERS_SIDE  # "I am with the Red Cross": a member
            parties = [p for p in syntax.with_conjuncts(heads) if self._sympathy_party(p, member)]
            if not actors or not parties:
                continue
            # "Paul, we are with you": the one addressed by name; an unnamed "you" names no party
            vocative = self._vocative(verb)
            parties = [q for p in parties for q in ([vocative] if p.lower_ == "you" else [p]) if q is not None]
            if not parties:
                continue
            speaker = self.args.speaker(verb)  # in a quotation over several sentences, its speaker
            out.append(_verdict_candidate(number, verb, cameo, actors, parties, speaker, source="solidarity"))
        return out

    def _stood_by(self, verb: Token, subj: Token) -> bool:
        """Whether a state or a body stood with, by or behind another in the past ("Germany stood
        by Israel after the attack", "Japan stood firmly behind the Philippines"): a state cannot
        stand anywhere, so it took a side; a person who stood beside another may only have stood
        there ("Biden stood behind Zelensky at the podium"). Told as done, not hedged."""
        if self.triggers.lemma(verb) not in self.lex.roles.standing_verbs or verb.tag_ != "VBD":
            return False
        if any(c.dep_ == "aux" for c in verb.children):
            return False
        if subj.ent_type_ == "ORG":
            # a body by its name of several words ("the African Union"); one word the tagger
            # calls an organisation is often a person's name ("Biden")
            return any(t.ent_type_ == "ORG" and t.i != subj.i for t in subj.subtree)
        return subj.ent_type_ in _STATE_ENTITIES

    def _sympathy_party(self, tok: Token, member: bool) -> bool:
        """Whether one whom thoughts or solidarity are with is a party: a person or a group by
        pronoun, name or kind ("him", "the families"), not an organisation the speaker's side is
        "with" (``member``: its members) nor a thing ("with the proposal")."""
        if tok.pos_ == "PRON":
            return tok.lower_ in _ADDRESSED_OR_THIRD
        if tok.ent_type_ in syntax.NOT_ACTORS or (member and tok.ent_type_ == "ORG"):
            return False
        return tok.ent_type_ in syntax.PARTY_ENTITIES or tok.pos_ == "PROPN" or self.args.may_be_party(tok)

    @staticmethod
    def _vocative(verb: Token) -> Token | None:
        """The person a clause addresses by name before it ("*Paul*, we are with you")."""
        addressing = ("npadvmod", "dep", "intj")
        named = [c for c in verb.children if c.dep_ in addressing and c.ent_type_ == "PERSON" and c.i < verb.i]
        return named[0] if named else None
