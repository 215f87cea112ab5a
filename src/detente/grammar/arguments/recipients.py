"""To whom it was done: objects and the type's prepositions, addressees and contacts, parties
named in a phrase, and what is no party (a thing, a channel, an outlet, a place)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax
from detente.grammar.arguments.base import ArgumentFinderBase
from detente.grammar.arguments.clauses import (
    ASKED_PREPS,
    TITLE_ENTITIES,
    _agent_after,
    _by_after,
    _by_inside,
    _called_antecedent,
    _done_in_clause,
    _inside_name,
    _made_by,
    _names_a_party,
    _on_the_part_of,
    addressees,
)
from detente.grammar.triggers import Reading, chain


class Recipients(ArgumentFinderBase):
    """To whom it was done."""

    def _contacted(self, head: Token) -> list[Token]:
        """Whom an act done in the purpose or participle clause of a verb of contact is
        addressed to (``contact_verbs``): "called *Erdogan* to convey his support", "received
        *the ambassador* to discuss ties", "phoned *Macron*, discussing trade", "spoke *with the
        president* to demand ..."; only a party ("called a news conference to ..." names none)."""
        tok = head
        if syntax.is_noun(tok) and tok.dep_ == "dobj":
            tok = tok.head  # "to convey *support*": the verb the act's noun is the object of
        gov = tok.head
        if gov == tok or not syntax.is_verb(gov) or self.lemma(gov) not in self.lex.not_parties.contact_verbs:
            return []
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in ("advcl", "xcomp") and not (to or tok.tag_ == "VBG"):
            return []  # "called him *after he criticised* ...": a clause of its own
        if tok.dep_ == "conj" and any(c.dep_ in syntax.SUBJECT_DEPS for c in tok.children):
            return []
        if tok.dep_ not in ("advcl", "xcomp", "conj"):
            return []
        found = [o for o in gov.children if o.dep_ in ("dobj", "dative", "oprd")]
        found = found or syntax.prep_objects(gov, ("with", "to"))
        return [o for o in found if _names_a_party(o) or (syntax.is_noun(o) and self._owners(o) and not self.thing(o))]

    def _in_contact(self, verb: Token) -> list[Token]:
        """Whom an act done in a contact's phrase is addressed to: "*in a phone call with
        Macron*, Biden expressed support", "*in a letter to the Secretary-General*, Iran
        demanded ..." (``contact_nouns``; only a party)."""
        words = self.lex.not_parties.contact_nouns
        verb = verb.head if syntax.is_noun(verb) and verb.dep_ == "dobj" else verb
        return [
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during", "at")
            for n in p.children
            if n.dep_ == "pobj" and self.lemma(n) in words
            for g in syntax.prep_objects(n, ("with", "to"))
            if _names_a_party(g) or self._party_noun(g)
        ]

    def _clause_addressees(self, noun: Token, type_: str) -> list[Token]:
        """Whom a demand or a threat named by a noun is aimed at, as its that-clause says: the
        clause's subject for a demand ("its demand *that the US* ease sanctions"), the subject
        of the condition in it for a threat ("threats that he would cut gas *unless Moldova*
        paid")."""
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and syntax.is_verb(c)]
        end = noun.right_edge.i + 1
        if not clauses and end < len(noun.doc):
            # "threats by Erdogan *that he would ...*": a that-clause right after the noun's phrase,
            # which the parser hung on the verb of the sentence
            mark = noun.doc[end]
            if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.dep_ == "ccomp" and mark.head.i > end:
                clauses = [mark.head]
        if not clauses and noun.dep_ == "dobj":
            # "reiterated its demand *today* that Israel ease ...": the clause of the verb whose
            # object the noun is, after it
            after = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
            clauses = [c for c in after if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        clauses = [c for c in clauses if not any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]
        if type_ in self.lex.types.addressee_types:
            return [s for c in clauses for s in c.children if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"]
        if type_ in self.lex.types.conditioned_types:
            marks = self.lex.marks.conditional_marks
            return [
                s
                for c in clauses
                for cond in c.children
                if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in cond.children)
                for s in cond.children
                if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"
            ]
        return []

    @staticmethod
    def _denied_clause(verb: Token, c: Reading) -> bool:
        """Whether a reading is a denial (the ``denial`` frame) of an act told by a that-clause
        ("denied that its soldiers had killed civilians"): the clause's parties, the doer and the
        one it was done to, are what is denied, not whom the denial answers."""
        return (
            c.kind == "frame"
            and c.frame is not None
            and c.frame.name == "denial"
            and c.inner is not None
            and c.inner.kind != "noun"
            and verb.doc[c.inner.head].dep_ == "ccomp"
        )

    def _pressed_by_condition(self, verb: Token, act: Token, inner: Reading) -> list[Token]:
        """The party a threat's condition names ("threatened to kill the hostages *if Israel*
        continued its offensive", "to execute the soldiers *unless the government* freed their
        leader"): the subject of an "if" or "unless" clause on the threatened act or on the
        threat, a name or a kind of party, is the one the threat presses; not where the act's own
        recipient is a named party ("threatened to impose tariffs *on Mexico* if the migrants kept
        coming"; a place named is no party) nor a pronoun ("if they returned")."""
        if inner.kind != "verb":
            return []
        done_to = self._verb_recipients(act, inner)
        if any(_names_a_party(r) and r.pos_ != "PRON" and r.ent_type_ not in ("LOC", "FAC") for r in done_to):
            return []
        marks = self.lex.marks.conditional_marks
        return [
            s
            for h in (act, verb)
            for cond in h.children
            if cond.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in cond.children)
            for s in cond.children
            if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON" and (_names_a_party(s) or self._party_noun(s))
        ][:1]

    def _verb_recipients(self, verb: Token, c: Reading) -> list[Token]:
        preps = self.lex.prepositions(c.type)
        pleaded = ("with",) if self.lemma(verb) in self.lex.roles.pleading_verbs else ()
        preps += pleaded  # "pleaded with the army": the one asked
        if self.lemma(verb) in self.lex.not_parties.topic_verbs:
            # what is talked about is a topic and the one talked with its "with" phrase: "discussed
            # issues of importance *to Chile*" met no Chile (nor does "to" name one met)
            preps = tuple(p for p in preps if p == "with")
        doc = verb.doc
        dealt_with = self._dealt_with(verb)
        if dealt_with:
            return dealt_with
        let = self._let(verb) if c.kind in ("verb", "frame") else []
        if let and (c.frame is None or c.frame.controller != "object"):
            # "refused to allow two airlines to land": whom it lets, not what they would do
            return let
        if c.kind == "frame" and c.frame is not None:
            inner_trigger = set(chain(c.inner))
            if c.frame.controller == "object":
                # whoever is asked: the verb's object, else the complement's own actor
                objs = [o for o in syntax.objects(verb) if o.i not in inner_trigger]
                # "called on Israel to allow ...", "appealed to Iran to ...": the one called on
                # ... and the one pleaded with ("pleaded with the army to stay out of politics")
                called_on = syntax.prep_objects(verb, ASKED_PREPS + pleaded)
                no_party = self.lex.not_parties.no_party
                objs = objs or [o for o in called_on if o.i not in inner_trigger and not no_party(self.lemma(o))]
                # "wrote to the embassy asking to waive ...": the one written to is asked
                objs = objs or [o for o in addressees(verb) if not no_party(self.lemma(o))]
                if objs:
                    return objs
                holders = self._freed_holders(doc[c.inner.head], c.type) if c.inner is not None else []
                if holders:
                    # "called for the release of the sailors held by Iran": whoever holds them
                    return holders
                if c.inner is not None:
                    inner_head = doc[c.inner.head]
                    if c.inner.kind == "noun":
                        actors, _ = self._noun_arguments(inner_head, c.inner.type)
                        actors = actors or syntax.prep_objects(inner_head, ("of", "from"))
                    else:
                        actors = [x for x in inner_head.children if x.dep_ in syntax.SUBJECT_DEPS]
                    if actors:
                        return actors
            if c.frame.name == "threat" and c.inner is not None:
                # "warned Kyiv against joining NATO", "warned Manila not to provoke China": the one
                # warned off the act is threatened, not the one the act would touch (round threaten45)
                warned = self._warned_off(verb, doc[c.inner.head], inner_trigger)
                if warned:
                    return warned
                pressed = self._pressed_by_condition(verb, doc[c.inner.head], c.inner)
                if pressed:
                    return pressed
            if c.inner is not None:
                inner_head = doc[c.inner.head]
                if c.inner.kind == "noun" and c.frame.recipient == "owner":
                    owners, _ = self._noun_arguments(inner_head, c.inner.type)
                    rec = owners or [inner_head]
                elif c.inner.kind == "noun":
                    _, rec = self._noun_arguments(inner_head, c.inner.type)
                    rec = rec or syntax.prep_objects(inner_head, self.lex.prepositions("*"))
                elif self._denied_clause(verb, c):
                    # "the army denied that its soldiers had killed civilians": the act denied
                    # names no one the denial answers; whoever made the charge does, if named
                    # (the charged clause's subject, below), else no one
                    rec = []
                elif c.type in self.lex.not_parties.freed_types and c.inner.cameo in self.lex.types.freed_object_codes:
                    # "called for releasing the journalists": an appeal for a release is made to
                    # whoever holds them, never to the one held (as for the freeing noun)
                    rec = []
                else:
                    # "promised to support federal *recognition of the Tribe*": an act's noun the
                    # complement acts on is a topic; the party it is done to is (round noticede)
                    rec = [p for r in self._verb_recipients(inner_head, c.inner) for p in self._act_done_to(r)]
                if rec:
                    return rec
            # "agreed to a trade deal": the complement itself is not its own recipient
            return [
                t for t in syntax.prep_objects(verb, preps) if t.i not in inner_trigger and not syntax.co_actor(t, verb)
            ]
        if c.kind == "light" and c.inner is not None:
            noun = doc[c.inner.head]
            # "announced the arrests *of 74 people* for fraud": who undergoes it, before the reason
            undergone = syntax.prep_objects(noun, ("of",)) if self.lemma(noun) in self.lex.roles.patient_nouns else []
            asked = self._asked_doers(noun) if c.type in self.lex.types.addressee_types else []
            return (
                undergone
                or syntax.prep_objects(noun, preps)
                or self._worded_attack_targets(noun, c.type)
                or [g for g in syntax.prep_objects(verb, preps) if not syntax.co_actor(g, verb)]
                or asked  # "renewed demands for the minister to resign": the one asked to act
            )
        if c.kind == "verb" and self._stance(verb):
            # "disappointed by the decision": the by-phrase is what the feeling is about
            causes = syntax.prep_objects(verb, ("by", "about", "with", "at", "over"))
            causes += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            # "we remain concerned by the reports": the phrase the parser hung on the linking verb
            causes += [
                g
                for a in syntax.linked_preps(verb)
                if a.lower_ in ("by", "about", "with", "at", "over")
                for g in a.children
                if g.dep_ == "pobj"
            ]
            if causes:
                return causes
        objs = [o for o in syntax.objects(verb) if o.pos_ not in ("VERB", "AUX")]
        direct = [o for o in verb.children if o.dep_ == "dobj"]
        if self.lemma(verb) in self.lex.roles.calling_verbs and len(direct) > 1:
            # 'calling it "an aggression on Iraq" and a violation': the parser's second object
            # is what the first is called, a predicate, not whom the act is against
            predicate = {t.i for d in direct[1:] for t in (d, *d.conjuncts)}
            objs = [o for o in objs if o.i not in predicate]
        if self.lemma(verb) in self.lex.roles.calling_verbs and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
            # "spoke out against the strike, calling *it* an aggression": what the clause above
            # acts on, of which the pronoun speaks
            objs = [_called_antecedent(o, verb) or o for o in objs]
        if c.kind == "verb" and self.lemma(verb) in self.lex.roles.attributing_verbs:
            # "blamed the attack on Hamas": the deed is the object, Hamas the one blamed
            laid_on = [g for h in (verb, *objs) for g in syntax.prep_objects(h, ("on",))]
            if laid_on:
                return laid_on
        if c.kind == "verb" and c.pattern_object:
            # "share intelligence with X", "deploy troops to X": the object is part of the wording
            worded = [o for o in objs if syntax.is_passive(verb)]
            # "accepted demands from the army", "accepted the U.S. proposal": whose the wording's thing is
            # (not "its": the wording's own "expanded *its* naval presence" is the actor's; but
            # "unsealed charges *against him*": the one the wording's thing is against)
            # (what is discussed names a topic, not the one talked with: "discussed *sanctions on Iran*")
            # (but a request that will not be considered is refused to whoever made it: "would not
            # consider *Turkey's* request", frames.yaml `refused_only_verbs`)
            lemma = self.lemma(verb)
            topic = lemma in self.lex.not_parties.topic_verbs and lemma not in self.lex.marks.refused_only_verbs
            # "expressed *Japan's* concern over the drills", "the concern *of Canada* about the
            # arrests": a feeling's owner holds it; what it is about is the one it censures
            held = [
                o
                for o in objs
                if not topic
                and (self._stance(o) or self.lemma(o) in self.lex.roles.sentiment_nouns)
                and (self._owners(o) or syntax.prep_objects(o, ("of",)))
            ]
            # (the parser may hang what it is about on the owners' last name: "the concerns of the
            # United States and its allies *about* Russia's escalation", round blame39)
            felt = [
                g
                for o in held
                for h in (o, *syntax.with_conjuncts(syntax.prep_objects(o, ("of",))))
                for g in syntax.prep_objects(h, ("over", "about", "at", "regarding", "with", "by", "for", "to"))
            ]
            owned = [
                p
                for o in objs
                if self.thing(o) and not topic and o not in held
                for p in self._party(o, verb, c.type)
                if p != o and (p.pos_ != "PRON" or p.dep_ != "poss")
            ]
            # "said in a meeting with Ruto": the wording's noun stands in a phrase of a verb with
            # no object, and the party is that noun's ("with Ruto"), not a word of what was said
            # ("hit Beijing with tariffs on steel" keeps its object)
            in_wording = [
                g
                for p in verb.children
                if not objs and p.dep_ == "prep"
                for n in p.children
                if n.dep_ == "pobj" and any(q.type == c.type for q in self.lex.nouns.get(self.lemma(n), ()))
                for g in syntax.prep_objects(n, preps)
            ]
            # "denied bail *to the opposition leader*", "granted asylum *to two activists*": whom
            # the wording's thing is given or refused
            given = [g for h in (verb, *objs) for g in syntax.prep_objects(h, ("to",)) if self._given_to(g)]
            # ... or, for a release, its indirect object ("granted *him* bail", "granted *the
            # publisher* house arrest": frames.yaml freed_object_codes)
            if c.cameo in self.lex.types.freed_object_codes:
                given += [o for o in objs if o.dep_ == "dative" and self._given_to(o)]
                # (the parser may read the pronoun as a word of the object: "granted *him* house
                # arrest" as one noun phrase)
                given += [p for o in objs for p in o.children if p.dep_ == "compound" and p.pos_ == "PRON"]
            direct = [
                g
                for g in syntax.prep_objects(verb, preps)
                if g.ent_type_ not in syntax.NOT_ACTORS and not syntax.co_actor(g, verb)
            ]
            # "threatened Russia *with sanctions*": a measure in a "with" phrase is what the act
            # threatens or hits with; the direct object that names a party is acted on (round
            # threaten45); so is a list in a "to" phrase, where a party is listed ("added 12 firms
            # *to the Entity List*": the firms; round sanction47)
            means = [
                g
                for g in direct
                if (g.head.lower_ == "to" and self.lemma(g) in self.lex.not_parties.listing_nouns)
                or (
                    g.head.lower_ == "with"
                    and (
                        self.lemma(g) in self.lex.not_parties.measure_nouns
                        or (self.lemma(g) in self.lex.not_parties.force_means and g.tag_ not in ("NNS", "NNPS"))
                        or self.lemma(g) in self.lex.not_parties.means_nouns
                    )
                )
            ]
            if means:
                struck = [o for o in objs if o.dep_ == "dobj" and (_names_a_party(o) or self._party_noun(o))]
                direct = [g for g in direct if g not in means] or struck
            # "granted 20 million euros to Jordan *for water projects*": a "for" phrase that names
            # no party is what the gift is for, and the party it is given to (the parser may hang
            # "to Jordan" on the gift) is the recipient
            purpose = [g for g in direct if g.head.lower_ == "for" and not (_names_a_party(g) or self._party_noun(g))]
            if direct and len(purpose) == len(direct):
                given_to = [
                    g
                    for h in (verb, *objs)
                    for g in syntax.prep_objects(h, ("to",))
                    if _names_a_party(g) or self._party_noun(g)
                ]
                direct = given_to or direct
            # "closed Venezuela's borders *with Brazil*", "cut ties *with Qatar*": the other side
            related = [
                g
                for o in objs
                if self.lemma(o) in self.lex.not_parties.relation_nouns
                for g in syntax.prep_objects(o, ("with", "to")) or syntax.prep_objects(verb, ("with",))
                if self.lemma(g) not in self.lex.not_parties.place_nouns
            ]
            # "discussed the crisis *with the French ambassador*": the parser may hang the verb's
            # "with" on what is discussed (not a relation's own: "discussed ties *with Russia*")
            hung = [
                g
                for o in objs
                if topic and "with" in preps and self.lemma(o) not in self.lex.not_parties.relation_nouns
                for g in syntax.prep_objects(o, ("with",))
                if _names_a_party(g) or self._party_noun(g)
            ]
            # "the opposition leader was denied bail in Kampala", "she was granted asylum": a
            # passive that keeps the wording's thing as its object was done to its subject, before
            # any phrase of place
            kept = worded if any(o.dep_ in ("dobj", "oprd") for o in verb.children) else []
            # "lifted sanctions *on Iranian oil companies*": the one the wording's measure falls on
            measured = [p for o in objs for p in self._measure_target(o, c.type)]
            # "the conviction *of the publisher* was overturned on appeal": a measure that is the
            # passive's subject names the one it falls on before any phrase of the verb's
            undone = measured if syntax.is_passive(verb) else []
            # "froze any assets *they* hold in the United States": the holder of the wording's
            # thing, named by a relative clause on it, before the place the thing lies in
            holders = [
                g
                for o in objs
                for r in o.children
                if r.dep_ in ("relcl", "acl") and self.lemma(r) in self.lex.not_parties.property_verbs
                for g in r.children
                if g.dep_ == "nsubj"
            ]
            # accuse48: "took aim at Russia over ...": the parser hangs the wording's "at" on its
            # object; a party named there is the one aimed at, before the verb's other phrases
            aimed = [
                g
                for o in objs
                if o.dep_ == "dobj"
                for g in syntax.prep_objects(o, ("at",))
                if g.head.i == o.i + 1 and (_names_a_party(g) or self._party_noun(g))
            ]
            found = (
                kept
                or undone
                or holders
                or aimed
                or direct
                or measured
                or hung
                or in_wording
                or worded
                or related
                or felt
                or owned
                or given
            )
            if c.type in self.lex.not_parties.moved_force_types:
                # "massed thousands of *troops* near the border", "put its forces on *alert*": the
                # forces moved are the mover's own, and the state they are put in no party
                moved = self.lex.not_parties.moved_forces
                found = [f for f in found if self.lemma(f) not in moved or _names_a_party(f)]
            return found
        if objs and c.type in self.lex.not_parties.giving_types and self._gifts(verb, objs):
            # "donated ten ambulances *to Kenya*": the object is the gift, the phrase's party is given it
            given = [g for g in syntax.prep_objects(verb, ("to", "for")) if _names_a_party(g) or self._party_noun(g)]
            return given or objs
        if objs:
            return objs
        found = [g for g in syntax.prep_objects(verb, preps) if not syntax.co_actor(g, verb)]
        if not found and self.lemma(verb) in self.object_control:
            # "wrote to the embassy asking it to waive ...": the one written to is asked
            no_party = self.lex.not_parties.no_party
            found = [o for o in addressees(verb) if not no_party(self.lemma(o))]
        return found

    @staticmethod
    def _warned_off(verb: Token, act: Token, inner: set[int]) -> list[Token]:
        """The direct object of a verb of threatening whose complement is the act it warns the
        object off: a gerund of "against" or "from" ("warned Kyiv *against joining* NATO") or a
        negated infinitive ("warned Manila *not to provoke* China"); none for a that-clause
        ("warned that Iran would strike Iraq") or an act with no one warned."""
        warned = [o for o in verb.children if o.dep_ == "dobj" and o.i not in inner and o.pos_ in ("PROPN", "NOUN")]
        if not warned:
            return []
        off = act.dep_ == "pcomp" and act.head.lower_ in ("against", "from") and act.head.head.i == verb.i
        off = off or (act.dep_ == "xcomp" and act.head.i == verb.i and any(c.dep_ == "neg" for c in act.children))
        return warned if off else []

    def _parties(self, found: list[Token], verb: Token, type_: str, cameo: str | None = None) -> list[Token]:
        """The parties acted upon in the recipient phrases: a thing, an idea, a means, a body part
        or an amount is replaced by the party it names ("the U.S. plan" -> the U.S., "demands from
        X" -> X, "fired tear gas at them" -> them, "40 of them" -> them), or dropped (recipients.yaml)."""
        out: list[Token] = []
        for tok in found:
            for party in self._party(tok, verb, type_, cameo):
                if party not in out:
                    out.append(party)
        return out

    def _let(self, verb: Token) -> list[Token]:
        """Whom a frame verb's complement of letting lets ("refused to *allow* two airlines to
        land", "refused to *let* the journalists enter": ``letting_verbs``): the letting verb's
        object, else the subject of its own clause; none without such a complement."""
        out: list[Token] = []
        if syntax.objects(verb) or syntax.prep_objects(verb, ASKED_PREPS):
            return out  # "urged Croatia to allow ...": the one asked, not the one let
        for x in verb.children:
            if x.dep_ != "xcomp" or self.lemma(x) not in self.lex.not_parties.letting_verbs:
                continue
            out += [o for o in x.children if o.dep_ == "dobj"]
            if not out:
                out += [
                    s for cl in x.children if cl.dep_ in ("ccomp", "xcomp") for s in cl.children if s.dep_ == "nsubj"
                ]
        return [o for o in out if o.pos_ in ("NOUN", "PROPN", "PRON")]

    def _against_venue(self, head: Token, c: Reading) -> list[Token]:
        """Whom an act brought before a venue is against, where the parser hangs the "against"
        phrase on the venue's noun ("filed a lawsuit *in a Paris court against* X", ``venue_preps``)
        or reads a participle before the name as a verb ("against *visiting* President X"). Only
        for types whose recipient phrases include "against"."""
        if "against" not in self.lex.prepositions(c.type):
            return []
        words = self.lex.not_parties
        anchors = [head, *(o for o in head.children if o.dep_ == "dobj")]
        venues = [
            g
            for a in anchors
            for p in a.children
            if p.dep_ == "prep" and p.lower_ in words.venue_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        out = [o for v in venues for o in syntax.prep_objects(v, ("against",))]
        against = [p for a in (*anchors, *venues) for p in a.children if p.dep_ == "prep" and p.lower_ == "against"]
        # "against visiting Saudi Crown Prince X": the participle's object is the one named
        out += [
            o
            for p in against
            for v in p.children
            if v.dep_ == "pcomp" and v.tag_ == "VBG"
            for o in v.children
            if o.dep_ == "dobj" and o.pos_ == "PROPN"
        ]
        return out

    def _dealt_with(self, verb: Token) -> list[Token]:
        """Whom a measure bars its own people from dealing with (``barring_verbs``, ``dealing_verbs``,
        ``barred_people``): "prohibit *U.S. persons* from dealing *with the listed banks*" -> the
        banks, the first party the "from" clause's "with", "in", "to" or "from" phrases name (not a
        pronoun, which the article would have to resolve: "with *them*" keeps the default)."""
        words = self.lex.not_parties
        if self.lemma(verb) not in words.barring_verbs:
            return []
        barred = syntax.objects(verb)
        if not barred or not all(self.lemma(b) in words.barred_people for b in barred):
            return []
        dealings = [
            v
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for v in p.children
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and self.lemma(v) in words.dealing_verbs
        ]
        preps = ("with", "in", "to", "from")
        return [
            o
            for v in dealings
            for t in v.subtree
            if t.dep_ == "prep" and t.lower_ in preps
            for o in t.children
            if o.dep_ == "pobj"
            and o.pos_ != "PRON"
            and (_names_a_party(o) or self._party_noun(o))
            and not self.thing(o)
        ][:1]

    def _act_done_to(self, tok: Token) -> list[Token]:
        """The party an act's noun is done to, named by its "of" phrase ("the recognition *of the
        tribe*", "the accession *of Ukraine*"), when the noun has no owner of its own; else the
        phrase itself (its authors the article may tell)."""
        if tok.pos_ != "NOUN" or self.lemma(tok) not in self.noun_lemmas or self._owners(tok):
            return [tok]
        done_to = [
            o
            for o in syntax.prep_objects(tok, ("of",))
            if o.pos_ != "PRON" and self.may_be_party(o) and self.lemma(o) not in self.noun_lemmas and not self.thing(o)
        ]
        return syntax.with_conjuncts(done_to) or [tok]

    def _mutual(self, c: Reading, head: Token | None = None) -> bool:
        """Whether coordinated actors of a reading act on each other: a mutual act, one whose
        pattern names as the object of its verb ``head`` a thing traded ("Armenia and Azerbaijan
        *traded accusations*", ``mutual_words``), or one that a refusal frame turns into its
        failure ("Chile and Peru failed to reach agreement", "did not agree on a truce": each with
        the other; ``mutual_refusal_types``)."""
        types = self.lex.types
        if types.mutual(c.type, c.cameo):
            return True
        if (
            head is not None
            and c.pattern_object
            and any(o.dep_ == "dobj" and self.lemma(o) in types.mutual_words for o in head.children)
        ):
            return True
        inner = c.inner
        return (
            c.type in types.mutual_refusal_types
            and c.kind == "frame"
            and inner is not None
            and types.mutual(inner.type, inner.cameo)
        )

    def dwelling_owners(self, tok: Token) -> list[Token]:
        """Whose building or home a phrase names (``dwelling_nouns``): its possessive, else an
        "of" phrase that may name a party ("the offices *of the newspaper*"), never a place ("the
        headquarters *of the province*"); none for a building with no owner named ("raided a
        house in the village"), which is read as it was."""
        words = self.lex.not_parties
        if not syntax.is_noun(tok) or self.lemma(tok) not in words.dwelling_nouns:
            return []
        owners = [c for c in tok.children if c.dep_ == "poss"]
        return owners or [
            o
            for o in syntax.prep_objects(tok, ("of",))
            if _names_a_party(o) or (syntax.is_noun(o) and not self.thing(o) and self.lemma(o) not in words.place_nouns)
        ]

    def parties(self, tok: Token, verb: Token, type_: str) -> list[Token]:
        """The parties one recipient phrase names: itself, or for a thing, an idea, a means, a
        body part or an amount, the party inside it (none when it names none)."""
        return self._party(tok, verb, type_)

    def _party(self, tok: Token, verb: Token, type_: str, cameo: str | None = None) -> list[Token]:
        """The parties a phrase names (see :meth:`parties`); with the event's CAMEO code (an
        event's own recipient phrases), a verbal or diplomatic act's phrase that names no kind
        of party gives only the party inside it (``party_types``)."""
        words = self.lex.not_parties
        lemma = self.lemma(tok)
        quantity = lemma in words.quantity_words or (tok.pos_ == "NUM" and tok.like_num and lemma != "one")
        if self.outlet_told(tok):
            return []  # "told VOA that ...", "spoke with Reuters": the outlet is no party
        if self.natural(tok):
            return []  # "with Tropical Storm Barry approaching", "ahead of Hurricane Ian": no party
        if self.partner(tok, type_):
            return []  # "an offensive in coordination with the army", "fought alongside X": a partner
        if _inside_name(tok):
            return []  # "signed a Memorandum *of Understanding*": a word of the text's own title
        if self.represented(tok):
            return []  # "signed for Armenia", "signed the accord on behalf of Ghana"
        if self.titled_text(tok):
            # "signed the Abraham Accords", "ratified the Rome Statute": a text, whose own "with"
            # or "between" phrase may name the parties ("the Free Trade Agreement with Peru")
            # ("signed the Abraham Accords *with Israel*": the verb's)
            sides = syntax.prep_objects(tok, ("with", "between")) or syntax.prep_objects(verb, ("with",))
            sides = syntax.with_conjuncts([o for o in sides if o.i != tok.i])
            return [p for o in sides for p in self._party(o, verb, type_, cameo)]
        if (tok.pos_ == "PRON" and not quantity) or tok.ent_type_ in syntax.PARTY_ENTITIES:
            return [tok]
        if self.bare_force(tok):
            return []  # "condemned the use *of force*": a means, no armed force
        included = _included_names(tok)
        if included:
            # "issued arrest warrants for 36 people, *including* U.S. President Donald Trump",
            # "sanctioned 12 officials, *including* the defense minister Vladimir Padrino": the
            # parties the group's own list names, not the unnamed many
            return included
        if lemma == "one":
            # "charged one of the Kremlin's critics, the financier William Browder": the one is
            # the name set beside the group it is one of
            # (or the name the parser joined to the description: "*British investor* and
            # campaigner *John Whitfield*", one person)
            named = [
                n
                for g in syntax.prep_objects(tok, ("of",))
                for a in g.children
                if a.dep_ == "appos"
                for n in (a, *a.conjuncts)
                if n.ent_type_ in syntax.PARTY_ENTITIES or n.pos_ == "PROPN"
            ]
            if named:
                return named[:1]
        other = syntax.prep_objects(tok, ("with", "to")) if lemma in words.relation_nouns else []
        other = [o for o in other if self.lemma(o) not in words.place_nouns]  # not "links with its territory"
        if other:
            # "a suspension of air links *with 21 countries*", "closed its border *with Morocco*":
            # the party on the other side
            return other
        if lemma in words.relation_nouns and cameo is not None and self.lex.types.mutual(type_, cameo):
            # ties, exchanges or links a mutual act keeps up with no other side named ("agreed to
            # expand *academic exchanges*", "pledged to deepen *ties*") are the actors' own: the
            # party a name before them or their owner names ("the *Chile*-Peru relationship"), or
            # none, never the thing (round noticede)
            return [o for o in self._owners(tok) if o.pos_ != "PRON"]
        if lemma in words.collective_nouns:
            # "a group of protesters" -> the protesters; "an armed group" is the party itself
            return syntax.prep_objects(tok, ("of",)) or [tok]
        if (
            tok.pos_ == "NOUN"
            and type_ in words.deed_types | words.praise_types
            and not self._owners(tok)
            and not syntax.prep_objects(tok, ("by",))
        ):
            # "welcomed the support *that Allies are providing*", "condemned the attacks *the
            # militia carried out*": an act a relative clause says a party did stands for that party
            done = [d for d in _done_in_clause(tok) if _names_a_party(d) or self._party_noun(d)]
            if done:
                return syntax.with_conjuncts(done)
        if type_ in words.praise_types and lemma in words.welcomed_doings:
            # "welcomed the lifting of the emergency by the government" -> the government, not
            # the emergency; with no doer named, the phrase is read as below
            # (the parser may hang "by" on a noun inside the phrase, "the easing of restrictions
            # *by* Tanzania", or on the active verb, "welcomed the lifting of the ban *by* Tanzania")
            doers = (
                self._deed_owners(tok)
                or syntax.prep_objects(tok, ("by",))
                or _made_by(tok)
                or _by_inside(tok)
                or _by_after(tok, verb)
            )
            if doers:
                return syntax.with_conjuncts(doers)
        roles = self.lex.roles
        if lemma in roles.occasioned_objects and self.lemma(verb) in roles.occasioned_verbs:
            # a visit called off refuses its host, the place it was to go to, not its traveller
            # ("Chile called off *the minister's* trip *to Lima*" -> Lima; coding manual: REJECT
            # "with the host as recipient"; round fixes44); with no "to" phrase ("cancelled the
            # visit of the German minister"), the traveller, as below
            hosts = [o for o in syntax.prep_objects(tok, ("to",)) if not self.thing(o)]
            if hosts:
                return syntax.with_conjuncts(hosts)
        if words.deed(lemma, type_):
            # "condemned the killing of X by Y" -> Y (also where the parser hangs "by Y" on a noun
            # inside the phrase: "the attack on a village in Mali *by* the jihadists");
            # "Russia's invasion" -> Russia; "the actions taken by Y and Z" -> Y, Z
            by_done = [
                g
                for t in tok.subtree
                if t.dep_ == "prep" and t.lower_ == "by" and t.head != tok and t.head.pos_ in ("NOUN", "PROPN")
                for g in t.children
                if g.dep_ == "pobj"
            ][:1]
            doers = (
                self._deed_owners(tok)
                or syntax.prep_objects(tok, ("by",))
                or syntax.with_conjuncts(_made_by(tok))
                or by_done
                or _agent_after(tok)
                or self._shared_doers(tok, type_)
            )
            return doers or _on_the_part_of(tok) or [tok]
        if quantity:
            counted = syntax.prep_objects(tok, ("of",))
            if counted and counted[0].lower_ in syntax.RELATIVE_PRONOUNS:
                # "passengers ..., 37 of whom were injured": the relative clause's antecedent
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                return [clause.head] if clause is not None else []
            if counted and self.lemma(counted[0]) in words.means_nouns:
                tok, lemma = counted[0], self.lemma(counted[0])  # "fired *hundreds of drones* towards Israel"
            else:
                # "the vast majority had been raped": an amount that counts no one named is no party
                return counted
        if tok.ent_type_ in syntax.NOT_ACTORS:
            return []  # "suspend publication *for eight weeks*": a date is no party
        dwellers = self.dwelling_owners(tok)
        if dwellers:
            # "raided the BBC's offices" -> the BBC; "searched the home of the opposition leader"
            # -> the leader; "raided his home" -> him (the pronoun, resolved later)
            return syntax.with_conjuncts(dwellers)
        if lemma in words.place_nouns:
            # "Mexico's northern border" -> Mexico; "its border with Colombia" stays whole
            return [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] or [tok]
        if lemma in words.means_nouns or lemma in words.locative_nouns:
            not_party = words.means_nouns | words.abstract_nouns | words.locative_nouns
            preps = tuple(p for p in (*self._all_preps(type_), "from") if p not in ("in", "into"))
            found = [o for o in syntax.prep_objects(verb, preps) if self.lemma(o) not in not_party]
            return found or (self._owners(tok) if lemma in words.means_nouns else [])
        if lemma in words.body_parts and (tok.dep_ == "pobj" or self._owners(tok)):
            # "shot in the head", "his face" (but "accused the regional body": an organisation)
            return self._owners(tok)
        target = self._measure_target(tok, type_)
        if target:
            # "lifted the travel ban *on the activist*", "overturned the conviction *of the
            # publisher*", "quashed *his* conviction": the one the measure falls on
            return target
        holders = self._freed_holders(tok, type_)
        if holders:
            # "urged the release of the sailors held by Iran": whoever holds them is asked (else
            # the one held stands, until the article tells who holds them: stages/actors/)
            return holders
        if cameo is not None and lemma not in words.abstract_nouns and self.names_nothing(tok, type_, cameo):
            # a verbal or diplomatic act is done to a party, never to a thing or an idea
            # ("called *the notion* a waste of time", "sued for *defamation*", "urged *the
            # immunity* be waived"): the party the phrase names ("promises stricter punishments
            # *for child abusers*", "*Mohammad's* admission"), or none
            inside = syntax.prep_objects(tok, ("of", "from", "by", "with", "for", "to", "between"))
            # ("the quality *of al-Quaety's work*": a thing inside names its own party); a
            # pronoun owner last ("*its* war *with Azerbaijan*": the other side, not "its")
            owners = self._owners(tok)
            named = [o for o in owners if o.pos_ != "PRON"]
            return [
                p
                for o in named or inside or owners
                for p in ([o] if o.pos_ != "NOUN" or self.may_be_party(o) else self._party(o, verb, type_, cameo))
            ]
        if (
            type_ in words.deed_types
            and lemma in self.lex.roles.claim_nouns
            and not self._owners(tok)
            and not syntax.prep_objects(tok, ("by", "from"))
        ):
            # "concerned by reports of abuses committed by the army", "condemned allegations of
            # torture by the police": a report with no author of its own stands for the deed it
            # reports, whose doer is the one censured (none when the deed names none)
            reported = [
                p
                for o in syntax.with_conjuncts(syntax.prep_objects(tok, ("of",)))
                if words.deed(self.lemma(o), type_) or self.lemma(o) in self.lex.roles.claim_nouns
                for p in self._party(o, verb, type_, cameo)
                if p != o and not self.thing(p)
            ]
            if reported:
                return reported
        if lemma in words.abstract_nouns:
            # "demands from the army", "a proposal by the ministry": who made it, named or not
            # "a lawsuit filed by Texas", "the claims made by the ministry": its author
            # "a ceasefire with the government", "a deal with Iran": the other side to it
            # ("a deal *between Israel and Hamas*": its sides; "a deal *brokered by Qatar*" is not
            # Qatar's, ``mediating_verbs``)
            brokers = words.mediating_verbs
            authors = syntax.prep_objects(tok, ("from", "by", "with")) + _made_by(tok, brokers)
            by = [o for o in authors if o.pos_ == "NOUN" and not self.thing(o)]
            # (a common noun that names a kind of party too: "curbed the activities *of
            # opposition parties*", "appealed the acquittal *of the former president*")
            named = [
                o
                for o in [
                    *syntax.prep_objects(tok, ("of", "from", "by", "against", "with", "between")),
                    *_made_by(tok, brokers),
                ]
                if _names_a_party(o) or self._party_noun(o)
            ]
            # "visas *to two journalists*" (but "entry *to the United States*" is a place)
            named += [o for o in syntax.prep_objects(tok, ("to",)) if self._given_to(o)]
            named = named or by
            # "government plans": a noun before it may name the owner; the phrase is kept (not
            # when that noun is itself a thing or a deed: "the arrest warrant")
            # ("absentee ballots", "mail-in votes": a kind of thing, no owner)
            held = [
                tok
                for c in tok.children
                if c.dep_ == "compound" and c.pos_ == "NOUN" and not self.thing(c) and self._party_noun(c)
            ][:1]
            # (an author named by a participle or a by-phrase before a name compounded with the
            # thing, which names where it is made: "a *UN Security Council* resolution, proposed by
            # the United States and Japan" answers its authors; a possessive stays first)
            owners = self._owners(tok)
            possessive = [o for o in owners if o.dep_ == "poss"]
            authored = [
                o
                for o in [*syntax.prep_objects(tok, ("by",)), *_made_by(tok, brokers)]
                if _names_a_party(o) or self._party_noun(o)
            ]
            return possessive or syntax.with_conjuncts(authored) or owners or named or held
        return [tok]

    def _thing_conjuncts(self, phrases: list[Token]) -> list[Token]:
        """The common nouns coordinated with a recipient phrase that is a thing or an act, not a
        kind of party, that name their own owner ("North Korea's missile launch and *China's
        military drills*"), each to be read for the party it names, as the first is; not a thing
        with no owner of its own ("signed on commercial dialogue and *information technology*").
        A party's own conjuncts are paired later (``with_conjuncts``)."""
        out: list[Token] = []
        for p in phrases:
            if p.pos_ != "NOUN" or p.ent_type_ or self._party_noun(p):
                continue
            for cj in p.conjuncts:
                if cj.pos_ == "NOUN" and cj not in phrases and cj not in out and self._owners(cj):
                    out.append(cj)
        return out

    def _measure_target(self, tok: Token, type_: str) -> list[Token]:
        """The party a measure falls on (``measure_nouns``), for the types that impose or undo it
        (``measure_target_types``): its "on", "against" or "for" phrase, else its "of" phrase,
        else, for one person's own measure (``personal_measures``: a charge, a conviction), its
        possessive; a phrase that may name a party, never a thing ("a ban on *imports*") nor the
        measure's imposer ("lifted *its* sanctions against the bank": the bank)."""
        words = self.lex.not_parties
        lemma = self.lemma(tok)
        if type_ not in words.measure_target_types or lemma not in words.measure_nouns:
            return []
        for preps in (("on", "against", "for"), ("of",)):
            found = [o for o in syntax.prep_objects(tok, preps) if self.may_be_party(o) and not self.thing(o)]
            if found:
                return syntax.with_conjuncts(found)
        if lemma in words.personal_measures:
            return [c for c in tok.children if c.dep_ == "poss"]
        return []

    def titled_text(self, tok: Token) -> bool:
        """Whether a phrase is a text named by its title ("the Abraham Accords", "the Rome
        Statute", ``title_heads``): a proper name (a LAW or WORK_OF_ART entity, or a proper noun)
        whose head word is a noun of a text; no party, nor is any name inside it."""
        heads = self.lex.not_parties.title_heads
        if tok.dep_ == "compound" and tok.head.i != tok.i and tok.pos_ == "PROPN":
            tok = tok.head  # "the *Rome* Statute": a word of the title, not Italy
        if self.lemma(tok) not in heads and tok.lower_ not in heads:
            return False
        return tok.pos_ == "PROPN" or tok.ent_type_ in TITLE_ENTITIES

    def represented(self, tok: Token) -> bool:
        """Whether a phrase names the side an actor acts for, not the party acted upon: "on
        *behalf* of X" (``behalf_nouns``, and X itself) and the "for" phrase of a verb of signing
        ("signed *for Armenia*", ``signing_verbs``)."""
        words = self.lex.not_parties
        if self.lemma(tok) in words.behalf_nouns:
            return True
        prep = tok.head
        if tok.dep_ != "pobj" or prep == tok:
            return False
        if prep.lower_ == "of" and self.lemma(prep.head) in words.behalf_nouns:
            return True
        return prep.lower_ == "for" and syntax.is_verb(prep.head) and self.lemma(prep.head) in words.signing_verbs

    def outlet_told(self, tok: Token) -> bool:
        """Whether a phrase names a news outlet that a speaker tells, speaks with or is
        interviewed by ("told *VOA*", "spoke with *the BBC*", "in an interview with *Reuters*"),
        which is no party to the act reported (``news_outlets``, ``outlet_verbs``)."""
        if not self.outlet(tok):
            return False
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        return self.lemma(governor) in self.lex.not_parties.outlet_verbs

    def outlet(self, tok: Token) -> bool:
        """Whether a phrase names a news outlet (``news_outlets``; also its service in a language,
        "VOA Somali", "BBC Persian")."""
        name = syntax.entity_of(tok)
        text = (name.text if name is not None else tok.text).lower().replace("\u2019", "'").removesuffix("'s")
        text = text.removeprefix("the ").strip()
        return any(text == o or text.startswith(o + " ") for o in self.lex.not_parties.news_outlets)

    def _defied(self, noun: Token) -> list[Token]:
        """Whom a reaction named in a concessive phrase is against: the subject of the clause that
        went ahead "despite" or "amid" it ("Erdogan announced the change *despite criticism* by
        Greece": Greece criticised Erdogan); in the passive, its agent ("the law was passed *by
        parliament* amid protests"), never the thing done ("*the deal* was signed despite
        protests by farmers": the farmers protest no deal's act)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.lex.marks.concessive_preps or not syntax.is_verb(prep.head):
            return []
        verb = prep.head
        if syntax.is_passive(verb):
            return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        return [s for s in verb.children if s.dep_ == "nsubj"]

    def _given_to(self, tok: Token) -> bool:
        """Whether a "to" phrase names whom a thing is granted or refused: a person, a group or
        a kind of party, never a place one is let into ("denied entry *to the United States*")."""
        return tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP") or self._party_noun(tok)

    def _gifts(self, verb: Token, objs: list[Token]) -> bool:
        """Whether the objects of an active verb of giving are things given, not the people it
        moves or the party it aids ("donated *ambulances*", not "evacuated *200 civilians* to
        Chad", "airlifted *Navalny* to Berlin", "aided *Kenya*")."""
        return not syntax.is_passive(verb) and all(
            o.pos_ == "NOUN" and o.ent_type_ not in syntax.PARTY_ENTITIES and not self._party_noun(o) for o in objs
        )

    def _anti_target(self, noun: Token) -> list[Token]:
        """What an "anti-X" protest noun is against: X, a name or one of ``anti_targets``
        ("anti-government rallies"; "anti-war" names no party)."""
        for anti in (c for c in noun.children if c.lower_ == "anti" and c.i + 2 < noun.i):
            target = noun.doc[anti.i + 2]
            party = target.ent_type_ in syntax.PARTY_ENTITIES or (
                self.lemma(target) in self.lex.not_parties.anti_targets
            )
            if noun.doc[anti.i + 1].text == "-" and target.head == noun and party:
                return [target]
        return []

    def _opposed_in_sentence(self, head: Token, type_: str) -> list[Token]:
        """Whom a protest with no target of its own is against, as its sentence says of a protest:
        "anti-X protests" (X a name or one of ``anti_targets``), "the protest was against X",
        "protests against X" (the party X's measures name)."""
        for tok in head.sent:
            if tok.i != head.i and not self._names_type(tok, type_):
                continue
            anti = self._anti_target(tok)
            if anti:
                return anti
            holders = [tok, tok.head] if tok.dep_ in syntax.SUBJECT_DEPS else [tok]
            against = [o for h in holders for o in syntax.prep_objects(h, ("against",))]
            found = self._parties(against, head, type_)
            if found:
                return found
        return []

    def _purpose_targets(self, head: Token, type_: str) -> list[Token]:
        """Whom a protest's infinitive of purpose acts on (round strikes29): "rallied *to protest
        against* the president" (its "against" phrase), "marched *to denounce* the junta", "*to
        demand the resignation of* the prime minister" (its object, or the party a thing names)."""
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                continue
            found = syntax.prep_objects(clause, ("against",))
            found = found or [o for o in syntax.objects(clause) if o.pos_ not in ("VERB", "AUX")]
            # a thing stands only for the party its "of" phrase names ("the resignation *of* the
            # prime minister"), not for its owner ("to demand *their* freedoms", "against *his*
            # detention") nor for itself ("to demand jobs"); no pronoun
            named = [g for f in found for g in (syntax.prep_objects(f, ("of",)) if self.thing(f) else [f])]
            # (only a name or a noun of a kind of party: not "to demand higher wages")
            parties = [p for p in named if p.pos_ != "PRON" and (_names_a_party(p) or self._party_noun(p))]
            if parties:
                return parties
        return []

    def _harms(self, phrases: list[Token], c: Reading) -> list[Token]:
        """The phrases of a condemnation that name a harm suffered ("the deaths of civilians");
        none for an inquiry, which looks into the harm itself ("investigation into the death of")."""
        words = self.lex.not_parties
        if c.type not in words.deed_types or (c.cameo or "").startswith(tuple(words.inquiry_codes)):
            return []
        return [p for p in phrases if self.lemma(p) in words.harm_nouns]

    def _attempts(self, phrases: list[Token], c: Reading) -> list[Token]:
        """The phrases of a condemnation that name an attempt with an infinitive of its own
        ("any effort *to detain* the president"), whose target is not the one blamed."""
        words = self.lex.not_parties
        if c.type not in words.deed_types:
            return []
        return [
            p
            for p in phrases
            if self.lemma(p) in words.attempt_nouns
            and any(
                a.dep_ == "acl" and a.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                for a in p.children
            )
        ]

    def _names_type(self, tok: Token, type_: str) -> bool:
        """Whether a noun is one of the type's own event nouns ("protest", "rally" for PROTEST)."""
        return syntax.is_noun(tok) and any(p.type == type_ for p in self.lex.nouns.get(self.lemma(tok), ()))

    def _fallback_recipients(self, verb: Token, c: Reading) -> list[Token]:
        """Where the grammar names no recipient: inside the complement clause."""
        if c.kind == "light":
            return []
        skip = set(chain(c.inner)) if c.kind == "frame" else set()
        if c.type in self.lex.types.conditioned_types:
            borne = self._bearer(verb)
            if borne:
                return borne
        named = self._so_called(verb)
        if named:
            return named
        # "X accuses Y of ..., a charge Z denies": the clause charged is no complement of the denial
        charged = syntax.charged_clause(verb, self.lex.roles.claim_nouns)
        accusers = [s for s in charged.children if s.dep_ in syntax.SUBJECT_DEPS] if charged is not None else []
        if accusers:
            # ... it answers whoever charged: the charged clause's subject
            return accusers
        if self._denied_clause(verb, c):
            return []  # "denied that its soldiers had killed civilians": neither the soldiers nor the civilians
        return self._complement_recipients(
            verb, self._all_preps(c.type), skip, c.type in self.lex.types.addressee_types, charged
        )

    def _so_called(self, verb: Token) -> list[Token]:
        """The party of a free relative that names what the verb acts on ("condemned *what he
        called Russia's brutal war*", "rejected what it called provocations *by the Philippines*"):
        the owner of the thing named, else its "by" phrase (on the noun or on the naming verb),
        else the thing named when it is a party itself ("denounced what it called the
        terrorist regime in Kabul"). None when no clause "what ... called" hangs on the verb."""
        for comp in verb.children:
            if comp.dep_ != "ccomp" or self.lemma(comp) not in self.lex.roles.naming_verbs:
                continue
            if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") and c.i < comp.i for c in comp.children):
                continue
            # the thing named: "called *X*", "described as *X*"
            things = [c for c in comp.children if c.dep_ in ("oprd", "dobj") and c.lower_ != "what"]
            things += syntax.prep_objects(comp, ("as",))
            # ... and whose it is by a "by" phrase, on the noun or on the naming verb (the parser's agent)
            by_comp = syntax.prep_objects(comp, ("by",))
            by_comp += [g for a in comp.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for thing in things:
                owners = [c for c in thing.children if c.dep_ == "poss"]
                agents = syntax.prep_objects(thing, ("by",)) or by_comp
                return owners or agents or [thing]
        return []

    def _all_preps(self, type_: str) -> tuple[str, ...]:
        own = self.lex.prepositions(type_)
        return own + tuple(p for p in self.lex.prepositions("*") if p not in own)

    def _bearer(self, verb: Token) -> list[Token]:
        """Who is to bear what a threat's that-clause says ("warned that Beijing would *face*
        consequences", "said the militia would *pay* a heavy price": ``bearing_verbs``): the
        clause's subject, when it names someone."""
        return [
            s
            for comp in verb.children
            if comp.dep_ == "ccomp" and self.lemma(comp) in self.lex.roles.bearing_verbs
            for s in comp.children
            if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"
        ]

    def _place(self, verb: Token, type_: str, cameo: str) -> list[Token]:
        """With no one named as target, the place acted on ("declared a ceasefire in Tripoli");
        not where a thing acted upon stands ("praised the hotel in Mombasa": a thing that names
        no kind of party for a verbal act, :meth:`names_nothing`)."""
        objects = (o for o in verb.children if o.dep_ == "dobj" and not self.names_nothing(o, type_, cameo))
        for holder in (verb, *objects):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "into"):
                    for g in prep.children:
                        if g.dep_ == "pobj" and g.ent_type_ in syntax.PLACE_ENTITIES:
                            return [g]
        return []

    @staticmethod
    def _complement_recipients(
        verb: Token, preps: tuple[str, ...], skip: set[int], addressed: bool = False, charged: Token | None = None
    ) -> list[Token]:
        """'refused to allow U.N. planes to land': the recipient is inside the complement."""
        frontier = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c != charged]
        # "demanded that the government end curbs": whoever is to act (not so for a threat,
        # whose that-clause names what the threatener itself will do)
        for comp in frontier:
            if addressed and comp.dep_ == "ccomp":
                subj = [s for s in comp.children if s.dep_ in syntax.SUBJECT_DEPS and s.pos_ != "PRON"]
                if subj:
                    return subj
        for _ in range(3):
            nxt: list[Token] = []
            for comp in frontier:
                # a coded complement's own objects are its wording ("agreed to share information")
                found = [] if comp.i in skip else [o for o in syntax.objects(comp) if o.pos_ not in ("VERB", "AUX")]
                found = found or syntax.prep_objects(comp, preps)
                if found:
                    return found
                nxt.extend(c for c in comp.children if c.dep_ in ("xcomp", "ccomp"))
            frontier = nxt
        return []


def _included_names(tok: Token) -> list[Token]:
    """The names a common noun's "including" phrase lists ("36 people, *including* Donald Trump
    and Qasem Soleimani's aides": Trump), when every one it lists is a name (a proper noun or
    a party's named entity); none for a list of kinds ("civilians, including three children")."""
    if tok.pos_ != "NOUN":
        return []
    listed = [
        g for p in tok.children if p.dep_ == "prep" and p.lower_ == "including" for g in p.children if g.dep_ == "pobj"
    ]
    listed = syntax.with_conjuncts(listed)
    if listed and all(g.pos_ == "PROPN" or g.ent_type_ in syntax.PARTY_ENTITIES for g in listed):
        return listed
    return []
