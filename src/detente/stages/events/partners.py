"""Acts done with a partner: the party one fought, patrolled or operated alongside, or "in
coordination with", is a party one cooperated with (COOPERATE), beside the act itself."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.pipeline.work import Candidate
from detente.stages.events.base import FindEventsBase


class Partners(FindEventsBase):
    """Cooperation carried out that a preposition of partnership tells (round cooperate45)."""

    def _partnered_acts(self, sent: Span, number: int) -> list[Candidate]:
        """'Chadian troops fought alongside Nigerian forces', 'Turkish forces launched an
        operation in coordination with the Syrian National Army', 'Kenya, together with Uganda,
        raided the camps': the act is coded by its own wording; the partnership is cooperation
        carried out (COOPERATE, ``partnered_cameo``) by the verb's subject with the party named
        after "alongside", "in coordination / cooperation / partnership with" or "together with".
        Only acts of the listed verbs (operations, fighting, patrols: ``partnered_verbs``), told
        as done or being done (not a plan, a wish, a negation, a condition or a question), and
        only between parties (a name or a kind of party): "serve alongside their parents",
        "work alongside" are left (round agree44: "working alongside" found wrong parties)."""
        roles = self.lex.roles
        cameo = self.lex.partnered_cameo
        if not cameo or sent[-1].text == "?":
            return []
        out = []
        for verb in sent:
            if verb.pos_ != "VERB" or self.triggers.lemma(verb) not in roles.partnered_verbs:
                continue
            if not self._told_as_done(verb) or syntax.is_negated(verb) or self._conditional(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "conj":
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "fought and killed"
            if not subjects or not self._named_party(subjects[0]):
                continue
            partners = [p for p in syntax.with_conjuncts(self._partners(verb)) if self._named_party(p)]
            if not partners:
                continue
            out.append(
                Candidate(
                    sentence=number,
                    trigger=(verb.i,),
                    cameo=cameo,
                    actors=(subjects[0].i,),
                    recipients=tuple(dict.fromkeys(p.i for p in partners)),
                    kind="frame",
                    source="partnered",
                    attributed_to=(s.i if (s := self.args.speaker(verb)) is not None else None),
                )
            )
        return out

    def _partners(self, verb: Token) -> list[Token]:
        """The parties a verb names as partners: "alongside X", "together with X", "in
        coordination with X" (the noun's "with" phrase)."""
        roles = self.lex.roles
        out: list[Token] = []
        # on the verb or on its object ("launched an operation in coordination with X"); after a
        # verb whose object is no operation, "alongside" may join the object's fellows ("rescued
        # 20 hostages alongside two soldiers"): read only "in coordination with" there
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        beside = all(syntax.is_noun(o) and self._operation(o) for o in objects)
        for head in (verb, *objects):
            if beside:
                out += syntax.prep_objects(head, tuple(roles.partner_prepositions))
            for c in head.children:
                if beside and c.dep_ == "advmod" and c.lower_ in roles.partner_adverbs:
                    out += syntax.prep_objects(c, ("with",))  # "together with Uganda"
                if c.dep_ == "prep" and c.lower_ == "in":
                    for noun in c.children:
                        if noun.dep_ == "pobj" and self.triggers.lemma(noun) in roles.partner_nouns:
                            out += syntax.prep_objects(noun, ("with",))
        # on the subject: "Kenya, together with Somalia, raided the camps"
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for prep in subj.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ == "with"
                    and any(a.dep_ == "advmod" and a.lower_ in roles.partner_adverbs for a in prep.children)
                ):
                    out += [o for o in prep.children if o.dep_ == "pobj"]
        return out

    def _operation(self, noun: Token) -> bool:
        """Whether an object names an act ("launched an offensive", "carried out strikes"): a noun
        with an event pattern."""
        pat = self.triggers.patterns._noun_pattern(noun)
        return pat is not None and pat.is_event

    @staticmethod
    def _told_as_done(verb: Token) -> bool:
        """Done or being done: no modal ("will fight alongside"), no infinitive ("to fight
        alongside"), no bare gerund ("by fighting alongside")."""
        for c in verb.children:
            if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"):
                return False
        if verb.tag_ == "VBG":
            return any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        return verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
