"""Readings of a verb's own pattern (:class:`VerbReadings`): the verb's event, and the other code
its wording gives: armed units that travel show force, peacekeepers keep the peace, borders
opened to refugees shelter them, a protest told as speech is a complaint, an attack told with a
charge is a criticism."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.triggers.context import Codes, Part, TriggerContext
from detente.grammar.triggers.crowds import Crowds
from detente.grammar.triggers.intentions import Intentions
from detente.grammar.triggers.reading import Reading
from detente.knowledge.lexicon import Pattern


class VerbReadings(Part):
    """The reading of a verb by its pattern."""

    def __init__(self, ctx: TriggerContext, crowds: Crowds, intentions: Intentions, reader: Codes) -> None:
        super().__init__(ctx)
        self.crowds = crowds
        self.intentions = intentions
        self.reader = reader

    def _worded_attack(self, verb: Token, word: Token, pat: Pattern) -> Pattern:
        """An attack told with a participle of blaming on its verb is a criticism ("launched a
        blistering attack on X, *accusing* him of lying"; ``worded_attack_cues``)."""
        roles, code = self.lex.roles, self.lex.worded_attack_cameo
        if code is None or pat.type != "ASSAULT" or self.lemma(word) not in roles.worded_attack_words:
            return pat
        if not any(
            c.dep_ in ("advcl", "conj")
            and c.tag_ == "VBG"
            and not any(g.dep_ in syntax.SUBJECT_DEPS for g in c.children)
            and any(g.dep_ == "dobj" for g in c.children)
            and (self.lemma(c) in roles.worded_attack_cues or self._charges(c))
            for c in verb.children
        ):
            return pat
        type_ = self.ontology.to_plover(code).type
        return replace(pat, cameo=code, type=type_, source=f"worded attack {pat.source}")

    def _charges(self, clause: Token) -> bool:
        """Whether a participle is itself a criticism or a charge ("calling them *nutters*",
        "calling him a liar": ``call {...}`` of ACCUSE); not "calling it a legitimate target"."""
        coded = self.reader.code(clause, {}, 1)
        return coded is not None and coded.type == "ACCUSE"

    def _verb_coding(self, tok: Token, pat: Pattern, depth: int) -> Reading:
        pat = self.crowds._crowd_act(tok, pat, tok)
        pat = self._worded_attack(tok, tok, pat)
        theme = (pat.objects is not None and not pat.object_is_recipient) or (
            pat.objects is None
            and pat.type in self.lex.types.theme_object_types
            and pat.cameo not in self.lex.types.freed_object_codes
        )
        coded = Reading(pat.cameo, pat.type, (tok.i,), "verb", pat.source, head=tok.i, pattern_object=theme)
        force = self._force_visit(tok, pat)
        if force is None and self.lex.shelter_cameo is not None and self._shelters(tok, pat):
            force = self.lex.shelter_cameo
        if force is None and self.lex.spoken_protest_cameo is not None and self._spoken_protest(tok, pat):
            force = self.lex.spoken_protest_cameo
        if force is None and self._rebutted(tok, pat):
            force = self.lex.rebuttal_cameo
        if force is not None:
            type_ = self.ontology.to_plover(force).type
            coded = Reading(force, type_, (tok.i,), "verb", f"force {pat.source}", head=tok.i, pattern_object=theme)
        return self.intentions._as_intention(tok, coded, depth)

    def _rebutted(self, tok: Token, pat: Pattern) -> bool:
        """Whether a verb naming its object a wrong ("called the accusations absurd", "branded the
        report a lie") names a claim so: it rejects the claim (``rebuttal_cameo``, REJECT), as the
        verdict on a claim does (stages/events/charges.py); "called the decision absurd" condemns."""
        roles = self.lex.roles
        return (
            self.lex.rebuttal_cameo is not None
            and pat.cameo == self.lex.condemnation_cameo
            and self.lemma(tok) in roles.naming_verbs
            and any(c.dep_ == "dobj" and self.lemma(c) in roles.claim_nouns for c in tok.children)
        )

    def _force_visit(self, tok: Token, pat: Pattern) -> str | None:
        """'U.S. troops arrived in Poland': armed units that travel show force (MOBILIZE), they do not
        visit; peacekeepers sent or deployed keep the peace ('sent peacekeeping troops to Mali', 'were
        deployed as peacekeepers': ``peacekeeping_cameo``, AID 074, as verbs.yaml codes 'deployed
        peacekeepers')."""
        keeping = self.lex.peacekeeping_cameo
        if keeping is not None and pat.cameo in self.lex.types.peacekeeping_move_codes and self._keeps_peace(tok):
            return keeping
        cameo = self.lex.force_visit_cameo
        if cameo is None or pat.cameo not in self.lex.types.force_visit_codes:
            return None
        subj = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
        if subj and self.lemma(subj[0]) in self.lex.roles.force_nouns:
            if keeping is not None and self._keeps_peace(tok):
                return keeping  # "UN peacekeepers arrived in Bangui": peacekeeping provided (AID 074)
            return cameo
        return None

    def _spoken_protest(self, verb: Token, pat: Pattern) -> bool:
        """Whether a protest is told as speech: a that-clause with a subject of its own says what is
        protested ("a rights group protested that the authorities are failing to ...", "protested
        the police had beaten them"): a complaint in words (``spoken_protest_cameo``)."""
        if pat.cameo not in self.lex.types.spoken_protest_codes:
            return False
        return any(
            c.dep_ == "ccomp"
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in syntax.SUBJECT_DEPS or g.dep_ == "nsubjpass" for g in c.children)
            for c in verb.children
        )

    def _shelters(self, verb: Token, pat: Pattern) -> bool:
        """Whether a border or a crossing is opened to people in flight ("opened its borders to
        refugees", "to displaced Afghans"): the "to" phrase of the verb or of its object is one of
        ``refugee_nouns`` or a noun one of them modifies (``shelter_cameo``)."""
        words = self.lex.roles.refugee_nouns
        if not words or pat.cameo not in self.lex.types.shelter_codes:
            return False
        heads = syntax.prep_objects(verb, ("to",))
        heads += [t for o in verb.children if o.dep_ == "dobj" for t in syntax.prep_objects(o, ("to",))]
        for head in syntax.with_conjuncts(heads):
            if self.lemma(head) in words:
                return True
            if any(
                c.dep_ in ("amod", "compound") and (self.lemma(c) in words or c.lower_ in words) for c in head.children
            ):
                return True
        return False

    def _keeps_peace(self, verb: Token) -> bool:
        """Whether the force a verb sends or deploys is told as peacekeepers: its object or passive
        subject, or the "as" phrase of the verb or of either, is one of ``peacekeeping_nouns`` or a
        force they modify ("peacekeeping troops"), or measures them out ("contingents of
        peacekeepers"); so do peacekeepers who arrive or deploy, the subject (round news30: CAMEO 074,
        the sentence gold's AID; the coding manual accepts MOBILIZE too)."""
        words = self.lex.roles.peacekeeping_nouns
        if not words:
            return False
        heads = [c for c in verb.children if c.dep_ in syntax.PASSIVE_SUBJECT_DEPS or c.dep_ in ("dobj", "nsubj")]
        if verb.dep_ == "xcomp":  # "peacekeepers began *deploying*"
            heads += [c for c in verb.head.children if c.dep_ == "nsubj"]
        heads += syntax.prep_objects(verb, ("as",))
        heads += [a for h in list(heads) for a in syntax.prep_objects(h, ("as",))]
        forces = self.lex.roles.force_nouns
        for head in heads:
            nouns = [head]
            if self.lemma(head) in forces or self.lemma(head) in syntax.CONTAINER_HEADS:
                nouns += syntax.prep_objects(head, ("of",))
            for noun in nouns:
                if self.lemma(noun) in words:
                    return True
                if self.lemma(noun) in forces and any(
                    c.dep_ in ("amod", "compound") and self.lemma(c) in words for c in noun.children
                ):
                    return True
        return False
