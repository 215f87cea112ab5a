"""The attributes and shared methods of ArgumentFinder's families."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.grammar.arguments.clauses import (
    PERSONAL_POSSESSIVES,
    PLACING_PREPS,
    STORM_NAMES_KEY,
    _made_by,
    _made_in,
    _names_a_party,
    acting_sides,
    gathered_sides,
    issued_form,
    met_sides,
    reaction_sources,
    remarked_sides,
)
from detente.grammar.triggers import Reading, TriggerReader
from detente.knowledge.lexicon import Lexicon


class ArgumentFinderBase:
    """What every family of ArgumentFinder's methods reads (set by ArgumentFinder's ``__init__``), and the
    methods two families share."""

    lex: Lexicon
    triggers: TriggerReader
    party_nouns: frozenset[str]
    noun_lemmas: frozenset[str]
    restated_nouns: frozenset[str]
    object_control: frozenset[str]
    subject_words: syntax.SubjectWords

    def lemma(self, tok: Token) -> str:
        return self.triggers.lemma(tok)

    def _day(self, tok: Token) -> bool:
        """Whether a word names a time, not a party ("*today's*", "*Sunday's*", "*last night's*":
        a part of a day, ``dates.yaml`` ``day_parts``)."""
        lower = tok.lower_
        return tok.ent_type_ in syntax.TIME_ENTITIES or lower in self.lex.day_words or lower in self.lex.day_parts

    def _owners(self, tok: Token) -> list[Token]:
        """Whose the thing is: a possessive, or a name or nationality before it ("the U.S. plan");
        never a day's ("*today's* attack", "*Sunday's* bombing", "*last week's* arrests": when,
        not whose)."""
        owners = [
            c
            for c in tok.children
            if not syntax.stance_word(c)
            and (c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in syntax.PARTY_ENTITIES))
            and c.ent_type_ not in syntax.NOT_ACTORS
            and c.lower_ not in self.lex.day_words
        ]
        if owners:
            # ... and a name compounded with a participle beside it, which the parser hangs on the
            # participle ("duties on Mexican- and *Canadian*-made vehicles": both countries' goods)
            made = [m for o in owners for c in (tok, o) for m in _made_in(c)]
            return owners + [m for i, m in enumerate(made) if m not in owners and m not in made[:i]]
        # a name marked "'s" that the parser hangs on a noun modifying this one: "Ukraine’s
        # sovereignty and territorial integrity" parsed with "sovereignty" an nmod of "integrity"
        return [
            g
            for c in tok.children
            if c.dep_ == "nmod" and c.pos_ == "NOUN"
            for g in c.children
            if g.dep_ in ("nmod", "poss")
            and g.ent_type_ in syntax.PARTY_ENTITIES
            and any(m.dep_ == "case" and m.tag_ == "POS" for m in g.children)
        ]

    def stage_direction(self, tok: Token) -> bool:
        """Whether ``tok`` is a word of a transcript's stage direction in parentheses
        (``stage_directions``: "(Laughter.)", "(Applause and laughter.)", "— (laughs) —")."""
        if tok.lower_ not in self.lex.roles.stage_directions and self.lemma(tok) not in self.lex.roles.stage_directions:
            return False
        doc = tok.doc
        before = doc[max(0, tok.i - 3) : tok.i]
        after = doc[tok.i + 1 : tok.i + 5]
        opened = [t.i for t in before if t.text == "("]
        return (
            bool(opened)
            and not any(t.text == ")" and t.i > opened[-1] for t in before)
            and any(t.text == ")" for t in after)
        )

    def natural(self, tok: Token) -> bool:
        """Whether ``tok`` names a force of nature, a disease or an accident
        (``natural_causes``): the word itself ("floods", "the fire"), a name it carries
        ("*Hurricane* Dorian", "Tropical *Storm* Barry", "*Typhoon* Haiyan"), or a word before
        the one that does ("*Catalonia* apartment block fire kills three", "a *Karachi* factory
        fire"); not a party's or a weapon's fire, which is shooting ("*Hamas* fire", "*Israeli*
        fire", "rocket fire": ``means_nouns``)."""
        causes = self.lex.roles.natural_causes
        if self.lemma(tok) in causes:
            return True
        if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and self.lemma(c) in causes for c in tok.children):
            return True
        if tok.pos_ == "PROPN" and tok.text in self._storm_names(tok.doc):
            return True  # "Humberto" after "Hurricane Humberto": the storm named again
        root = tok
        while root.dep_ in ("compound", "amod") and root.head != root:
            root = root.head
        if root is tok or self.lemma(root) not in causes or tok.ent_type_ in ("ORG", "NORP", "PERSON"):
            return False
        means = self.lex.not_parties.means_nouns
        return not any(c.dep_ == "compound" and self.lemma(c) in means for c in root.children)

    def _storm_names(self, doc: Doc) -> frozenset[str]:
        """The names the article gives forces of nature ("Hurricane *Dorian*", "Tropical Storm
        *Barry*"), which stand for them when written alone ("Dorian reached the Bahamas"). Read
        once per article and kept with it (``doc.user_data``): a scan of the whole text for
        every candidate made long articles quadratic."""
        names = doc.user_data.get(STORM_NAMES_KEY)
        if names is None:
            causes = self.lex.roles.natural_causes
            names = frozenset(
                t.text
                for t in doc
                if t.pos_ == "PROPN" and any(c.dep_ == "compound" and self.lemma(c) in causes for c in t.children)
            )
            doc.user_data[STORM_NAMES_KEY] = names
        return names

    def subjects(self, verb: Token) -> list[Token]:
        """The actor heads of a verb (``syntax.subjects`` with this lexicon's words, ``subject_words``)."""
        return syntax.subjects(verb, words=self.subject_words)

    def restated_act(self, verb: Token) -> Token | None:
        """The noun of an attack, or of what it was done with, that ``verb`` tells again: the noun
        its participle qualifies ("the attack *targeting* the army"), the antecedent of its
        relative pronoun ("the bombing *that killed* six", "the bullet that killed ..."; through the
        place it happened in: "the attack in Gao, *which killed* two"), or an attack's noun as its
        subject ("these strikes killed nine"); else None."""
        means = self.lex.not_parties.means_nouns

        def act(tok: Token) -> bool:
            lemma = self.lemma(tok)
            if not syntax.is_noun(tok):
                return False
            # (what is fired or launched is its launcher's: "Iran launched missiles *that* hit ...",
            # and so is an attack a verb carries out: "Russia *launched* an attack targeting ...")
            if tok.dep_ == "dobj" and self.lemma(tok.head) in self.lex.roles.light_verbs:
                return False
            return lemma in self.restated_nouns or (lemma in means and tok.dep_ not in ("dobj", "conj"))

        if verb.dep_ == "acl" and verb.tag_ == "VBG" and act(verb.head):
            return verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and subjects and subjects[0].lower_ in syntax.RELATIVE_PRONOUNS:
            antecedent = verb.head
            return antecedent if act(antecedent) else self._placed_act(antecedent)
        # (a weapon as the subject is left as it was read: "rockets struck near the base")
        subject = subjects[0] if len(subjects) == 1 else None
        if subject is not None and act(subject) and self.lemma(subject) in self.restated_nouns:
            return subject if not any(c.dep_ == "conj" for c in subject.children) else None
        return None

    def _placed_act(self, place: Token) -> Token | None:
        """The attack a place phrase belongs to ("the attack *in Abu Dhabi in the United Arab
        Emirates*, which killed three"): a relative clause after the place tells the attack."""
        if not self._is_place(place):
            return None
        tok = place
        for _ in range(6):
            prep = tok.head.lower_ if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            if tok.dep_ in ("appos", "conj", "compound"):
                tok = tok.head
            elif prep == "of" and self._is_place(tok.head.head):
                tok = tok.head.head  # "in the Ghazni province *of Afghanistan*, which killed ..."
            elif prep in PLACING_PREPS:
                tok = tok.head.head
                if syntax.is_verb(tok):
                    # "condemns the attack earlier today in Dohuk, which killed ...": the place
                    # phrase hangs on the verb that carries the attack
                    tok = next((o for o in tok.children if o.dep_ == "dobj"), tok)
                if syntax.is_noun(tok) and self.lemma(tok) in self.restated_nouns:
                    return tok
                if syntax.is_verb(tok):
                    return None
            else:
                return None
        return None

    def _is_place(self, tok: Token) -> bool:
        """A place named as such ("Gao", "the Sahel") or by a place noun ("the province")."""
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or self.lemma(tok) in self.lex.not_parties.place_nouns

    def _restated_noun(self, verb: Token, c: Reading) -> Token | None:
        """The noun a restating verb carries ("reaffirmed their *commitment*"), else None."""
        if c.kind != "light" or c.inner is None or self.lemma(verb) not in self.lex.roles.restating_verbs:
            return None
        return verb.doc[c.inner.head]

    def _stance(self, head: Token) -> bool:
        """A feeling at another's act ("concerned by", "disappointed with"): its by-phrase is
        the cause the feeling is about, not an agent."""
        return self.lemma(head) in self.lex.roles.stance_words

    def _thing_setting(self, tok: Token, verb: Token, type_: str) -> bool:
        """Whether a name only says where a thing acted upon stands ("praised the hotel *in
        Mombasa*"): the object of "in" or "at" under the verb's direct object, a thing that names
        no kind of party for a verbal or diplomatic act (:meth:`names_nothing`)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
            return False
        thing = prep.head
        return thing.dep_ == "dobj" and thing.head == verb and self.names_nothing(thing, type_, "")

    def _background_place(self, tok: Token, verb: Token, type_: str) -> bool:
        """Whether a place is named only as where an earlier event happened: the object of "in"
        or "at" under the noun of a phrase of ``background_prepositions`` on the verb ("appealed
        for calm *after* the riots *in Athens*"), for an act not done to places."""
        words = self.lex.not_parties
        if type_ in words.place_target_types or tok.ent_type_ not in syntax.PLACE_ENTITIES:
            return False
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
            return False
        event = prep.head
        after = event.head
        return (
            event.dep_ == "pobj"
            and after.dep_ == "prep"
            and after.lower_ in words.background_prepositions
            and after.head == verb
        )

    def _helped_by_appeal(self, tok: Token, verb: Token, type_: str) -> bool:
        """Whether a name stands in the infinitive of purpose of an appeal for money (``money_nouns``
        or a sum after "for": "appealed for $50 million *to help refugees fleeing Sudan*"): the
        party to be helped, not the one asked."""
        if type_ != "REQUEST":
            return False
        asked = syntax.prep_objects(verb, ("for",))
        if not any(self.lemma(o) in self.lex.not_parties.money_nouns or o.ent_type_ == "MONEY" for o in asked):
            return False
        cur = tok
        while cur.head != cur and cur.head != verb:
            cur = cur.head
        return cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)

    def channel(self, tok: Token) -> bool:
        """Whether a phrase names the channel an act goes by ("*through* the World Food
        Programme", "via Qatar": ``channel_prepositions``), no party acted on; so does each of its
        conjuncts ("through USAID *and the State Department*")."""
        channels = self.lex.not_parties.channel_prepositions
        if tok.dep_ == "conj" and syntax.is_verb(tok.head) and tok.left_edge.i >= 2:
            # the parser may join the second name to the verb ("will provide $1.5 billion through
            # USAID and the State Department"): the name just before the "and" tells
            before = tok.doc[tok.left_edge.i - 2] if tok.doc[tok.left_edge.i - 1].dep_ == "cc" else tok
            tok = before if before.dep_ == "pobj" else tok
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in channels

    def partner(self, tok: Token, type_: str) -> bool:
        """Whether a phrase names a partner the act is done with, no party acted on ("fought
        *alongside* Nigerian forces", "an offensive in coordination *with* the Syrian army",
        "Kenya, together *with* Somalia"; frames.yaml ``partner_prepositions``, ``partner_adverbs``,
        ``partner_nouns``), for an act of another type than those a partner may receive
        (``partner_recipient_types``: cooperation, meetings, agreements, support)."""
        if type_ in self.lex.roles.partner_recipient_types:
            return False
        # the phrase or one it is a name inside ("the *Syrian* National Army")
        while not syntax.is_verb(tok) and tok.head.i != tok.i:
            if self._partner_phrase(tok):
                return True
            tok = tok.head
        return False

    def _partner_phrase(self, tok: Token) -> bool:
        roles = self.lex.roles
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj":
            return False
        if prep.lower_ == "in" and self.lemma(tok) in roles.partner_nouns:
            return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)  # "in coordination with"
        if prep.lower_ in roles.partner_prepositions:
            return True
        if prep.lower_ in roles.helping_prepositions and self.lemma(prep.head) in roles.helping_nouns:
            return prep.head.dep_ == "pobj" and prep.head.head.lower_ == "with"  # "with the help of"
        if prep.lower_ != "with":
            return False
        if self.joint(prep.head) or (
            syntax.is_verb(prep.head) and any(self.joint(o) for o in prep.head.children if o.dep_ == "dobj")
        ):
            return True  # "launched a joint operation with Uganda"
        if any(a.dep_ == "advmod" and a.lower_ in roles.partner_adverbs for a in prep.children):
            return True  # "together with Somalia"
        noun = prep.head
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and self.lemma(noun) in roles.partner_nouns

    def joint(self, noun: Token) -> bool:
        """A noun done "joint" ("a joint operation", "a combined offensive")."""
        return any(m.dep_ == "amod" and m.lower_ in self.lex.roles.joint_modifiers for m in noun.children)

    def aggression(self, tok: Token, type_: str) -> Token | None:
        """For an act of help or cooperation (``helped_types``), the war or attack
        (``aggression_nouns``) whose author a phrase names: its possessor ("*Russia's* war on
        Ukraine") or the object of its "by" phrase ("the invasion by *Moscow*"), never the one
        helped, or the phrase of the war itself; None otherwise."""
        words = self.lex.not_parties
        if type_ not in words.helped_types:
            return None
        if self.lemma(tok) in words.aggression_nouns:
            return tok  # "aid since the start of Putin's *war*": the war itself is no one helped
        if tok.dep_ == "poss" and self.lemma(tok.head) in words.aggression_nouns:
            return tok.head
        by = tok.head
        if tok.dep_ == "pobj" and by.lower_ == "by" and self.lemma(by.head) in words.aggression_nouns:
            return by.head
        return None

    def _worded_attack_targets(self, noun: Token, type_: str) -> list[Token]:
        """Whom an attack in words is "on" ("a scathing attack *on the governor*", "an attack on
        the spy chiefs, calling them nutters"): the target of an attack noun coded as criticism
        (``worded_attack_words``), which the criticism's own prepositions do not name."""
        if type_ != "ACCUSE" or self.lemma(noun) not in self.lex.roles.worded_attack_words:
            return []
        return syntax.prep_objects(noun, ("on", "upon"))

    def _repelled_targets(self, noun: Token, type_: str) -> list[Token]:
        """Whom an attack is on when the text tells only who withstood it (``repelled_types``):
        the subject of a verb of repelling it ("Ukrainian forces *repelled* Russian attacks",
        "the weapons they use *to repel* Russian attacks", ``repelling_verbs``), or the one a
        verb of defending guards *against* it ("help Ukraine *defend itself against* Russian
        attacks", "protect civilians against attacks", ``defending_verbs``). Not one who stops
        an attack on another ("police *foiled* an attack on the synagogue")."""
        roles = self.lex.roles
        if type_ not in roles.repelled_types:
            return []
        verb = noun.head
        if noun.dep_ == "dobj" and self.lemma(verb) in roles.repelling_verbs:
            return self.subjects(verb)
        if noun.dep_ == "pobj" and verb.lower_ == "against" and self.lemma(verb.head) in roles.defending_verbs:
            guarded = [o for o in verb.head.children if o.dep_ == "dobj" and o.lower_ not in syntax.REFLEXIVE_PRONOUNS]
            return guarded or self.subjects(verb.head)
        return []

    def _shared_doers(self, deed: Token, type_: str) -> list[Token]:
        """The doers a participle names for the last of joined deeds, which it tells of them all
        ("condemned the killings and the abuses *carried out by the junta*", "the aggression and
        the threats *made by* Ankara"): only deeds joined to this one, only a participle's agent."""
        words = self.lex.not_parties
        return [
            g
            for cj in deed.conjuncts
            if cj.i > deed.i and words.deed(self.lemma(cj), type_) and not self._deed_owners(cj)
            for g in syntax.with_conjuncts(_made_by(cj))
        ]

    def _deed_owners(self, deed: Token) -> list[Token]:
        """The owners of a deed condemned who did it: for a deed a person suffers
        (``undergone_deeds``), with no "of" phrase, a person's possessive or a personal pronoun
        names the one it was done to ("Navalny's arrest", "their detention") and is left out."""
        owners = self._owners(deed)
        if self.lemma(deed) not in self.lex.not_parties.undergone_deeds or syntax.prep_objects(deed, ("of",)):
            return owners
        return [o for o in owners if o.ent_type_ != "PERSON" and o.lower_ not in PERSONAL_POSSESSIVES]

    def _asked_doers(self, noun: Token) -> list[Token]:
        """Whom an appeal's noun asks to act in its "for ... to" clause ("renewed *demands for the
        interior minister to resign*", "a call for the government to release them"): the object
        of "for" whose infinitive follows it, hung on the noun or on the object; a party by its
        name or its word, not a thing ("an appeal for aid to reach the refugees")."""
        fors = [
            g for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"
        ]
        # ... or the subject of the clause that "for" marks ("calls [for the minister to resign]")
        # (hung on the noun, or on the verb whose object the noun is: "renewed their call [for him
        # to veto the bill]")
        hosts = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
        marked = [
            s
            for c in hosts
            if c.dep_ in ("acl", "advcl", "relcl")
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in c.children
            if s.dep_ == "nsubj"
        ]
        if marked:
            fors = marked
        else:
            # (the parser may hang the infinitive on the verb too: "renewed its demand for the
            # government [to release] them")
            clauses = [
                c for f in fors for c in (*hosts, *f.children) if c.dep_ in ("acl", "relcl", "advcl") and c.i > f.i
            ]
            if not any(
                syntax.is_verb(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clauses
            ):
                return []
        if len(fors) != 1:
            return []
        doer = fors[0]
        named = doer.pos_ == "PROPN" or doer.ent_type_ in syntax.PARTY_ENTITIES or self._party_noun(doer)
        # ... or a pronoun that stands for a party ("reiterated my call for *them* to pass the bill")
        if not (named or doer.lower_ in ("him", "her", "them")):
            return []
        return [doer]

    def _related(self, noun: Token) -> list[Token]:
        """The things between parties an act's noun is of ("a suspension *of air links* with
        21 countries"), whose other side is the party (``relation_nouns``)."""
        return [o for o in syntax.prep_objects(noun, ("of",)) if self.lemma(o) in self.lex.not_parties.relation_nouns]

    def _party_noun(self, tok: Token) -> bool:
        """Whether a common noun names a kind of party, by its own word or a word before it
        ("activists", "opposition parties", "the police officers"); never a thing or an amount."""
        if tok.pos_ != "NOUN" or self.thing(tok) or tok.ent_type_ in syntax.NOT_ACTORS:
            return False
        words = [self.lemma(tok), *(self.lemma(c) for c in tok.children if c.dep_ in ("compound", "amod"))]
        return any(w in self.party_nouns for w in words)

    def names_nothing(self, tok: Token, type_: str, cameo: str) -> bool:
        """Whether a recipient phrase of a verbal or diplomatic act (``party_types``) is a common
        noun that names no kind of party, where the act is not an inquiry, which looks into things
        too ("investigate *the recording*", ``inquiry_codes``), and the phrase is not the verb's
        own object under a rejection, the thing rejected as PLOVER codes it ("rejected *the
        results*", ``object_types``), unless it is the object of an appeal ("urged *the
        exemption* be revoked" asks no exemption)."""
        words = self.lex.not_parties
        return (
            type_ in words.party_types
            and (tok.dep_ not in ("dobj", "dative") or type_ not in words.object_types or self._asked_thing(tok))
            and not cameo.startswith(tuple(words.inquiry_codes))
            and not self.may_be_party(tok)
        )

    def _asked_thing(self, tok: Token) -> bool:
        """Whether a phrase is the object of a verb of appeal ("urged *the exemption* be revoked")."""
        return tok.dep_ in ("dobj", "dative") and self.lemma(tok.head) in self.object_control

    def may_be_party(self, tok: Token) -> bool:
        """Whether a phrase may be a party by its head word: a name, a pronoun, or a common noun
        that names a kind of party, by its own word or a word before it ("activists", "the two
        sides", "opposition figures", "Chinese nationals"; ``party_kinds`` and the sector words);
        not a thing or an idea ("the notion", "defamation", "the calculation")."""
        if tok.pos_ != "NOUN" or tok.ent_type_:
            return True
        if self.bare_force(tok):
            return False
        words = self.lex.not_parties
        lemma = self.lemma(tok)
        if lemma in self.noun_lemmas or lemma in words.deed_nouns or lemma in words.harm_nouns:
            # an act named by its noun stands for its authors ("condemned the exercises"), whom
            # the article tells (stages/actors/); its owner may be its victim ("his murder")
            return True
        if tok.i > tok.sent.start and tok.text[:1].isupper():
            return True  # a capitalised word inside the sentence: a name the tagger missed
        kinds = words.party_kinds
        before = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        if any(c.ent_type_ in syntax.PARTY_ENTITIES or c.pos_ == "PROPN" for c in before):
            return True
        if len(lemma) > 4 and lemma.endswith(tuple(words.party_suffixes)):
            return True  # "lecturers", "asylum seekers", "loyalists": a word of a person's role
        return any(w in self.party_nouns or w in kinds for w in (lemma, tok.lower_, *map(self.lemma, before)))

    def bare_force(self, tok: Token) -> bool:
        """Whether a noun is force as a means, in the bare singular (``force_means``): "condemned
        the use *of force*", "rejects the use of force to change borders" (round noticedi); not
        a body of armed men, which a determiner, an owner or a word before it marks ("a UN
        force", "the multinational force", "Russia's force", "Russian forces")."""
        if self.lemma(tok) not in self.lex.not_parties.force_means or tok.tag_ != "NN":
            return False
        return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in tok.children)

    def thing(self, tok: Token) -> bool:
        """Whether a noun names a thing, an idea, an amount or a deed, not a party."""
        lemma = self.lemma(tok)
        return self.lex.not_parties.no_party(lemma) or lemma in self.lex.not_parties.deed_nouns

    @staticmethod
    def _givers(verb: Token, noun: Token, of: bool = False) -> list[Token]:
        """Who gives what a subject receives: the "from"/"by" phrase of the noun (or, with ``of``,
        its "of"-phrase: "the backing of India") or the verb, else a country or organisation it is
        received in ("received bipartisan support in Washington")."""
        own = ("from", "by", "of") if of else ("from", "by")
        givers = syntax.prep_objects(noun, own) or syntax.prep_objects(verb, ("from", "by"))
        if givers:
            return givers
        return [t for t in syntax.prep_objects(verb, ("in",)) if t.ent_type_ in ("GPE", "ORG")]

    def _engaged_parties(self, noun: Token) -> list[Token]:
        """The parties said to be in a meeting: the subject of "is / remains in talks", "is on a
        visit to", "is in Kyiv for talks with", or the name a headline hangs such a phrase on ("Iran
        in talks with Saudi Arabia", "Lavrov in Pyongyang for talks with Kim"; the parser may read
        the headline's last noun as its verb, the name as that noun's subject)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.lex.roles.engaged_preps:
            return []
        if prep.lower_ in self.lex.roles.journey_preps and self.lemma(noun) not in self.lex.roles.journey_nouns:
            return []  # "on" a visit or a trip, not "Rubio on talks with Iran" (what he says of them)
        holder = prep.head
        if self.lemma(holder) in self.lex.roles.engaged_verbs:
            return self.subjects(holder)
        if holder.dep_ in ("ROOT", "nsubj") and holder.pos_ == "PROPN" and _names_a_party(holder):
            return syntax.with_conjuncts([holder])
        return []

    def _engaged_hosts(self, noun: Token) -> list[Token]:
        """The place a party is said to be in for a meeting ("Lavrov is *in Pyongyang* for
        talks", "the Iranian minister is in Moscow for consultations"): a country or a city (the
        NER's), the host of a meeting that names no one else met, as a visit's place is."""
        prep = noun.head
        if self.lemma(noun) not in self.lex.roles.hosted_nouns:
            return []  # "is in Brussels for a summit": the venue of a gathering of many hosts no one
        if prep.lower_ != "for" or self.lemma(prep.head) not in self.lex.roles.engaged_verbs:
            return []
        return [p for p in syntax.prep_objects(prep.head, ("in",)) if p.ent_type_ == "GPE"]

    def _noun_arguments(self, noun: Token, type_: str) -> tuple[list[Token], list[Token]]:
        actors: list[Token] = []
        patients: list[Token] = []
        of_objects = syntax.prep_objects(noun, ("of",))
        # "their detention": they were detained; "the regime's arrest of activists": the regime arrested
        undergone = self.lemma(noun) in self.lex.roles.patient_nouns and not of_objects
        if (
            self.lemma(noun) in self.lex.roles.patient_nouns
            or self.lemma(noun) in self.lex.roles.done_to_nouns
            or (of_objects and issued_form(noun, self.lemma(noun), self.lex.roles.issued_acts))
        ):
            # (a party listed: "the designation *of two financiers*", "Designation *of X* for ...";
            # an act done to a party: "Russia's invasion *of Ukraine*", round recipients48)
            patients.extend(of_objects)
        for ch in noun.children:
            if syntax.stance_word(ch):
                continue  # "an *anti-Brexit* march": what it is against, not who marches
            if ch.dep_ == "poss" and self._day(ch):
                continue  # "*today's* attack", "*last night's* shooting": when, not whose
            if ch.dep_ in ("compound", "amod") and ch.lower_ in self.lex.not_parties.format_words:
                continue  # "Before *Bilateral* Meeting": the meeting's kind, not who holds it
            if ch.dep_ == "poss" or (
                ch.dep_ in ("compound", "amod", "nmod") and (ch.ent_type_ in syntax.PARTY_ENTITIES)
            ):
                (patients if undergone and ch.dep_ in ("poss", "compound") else actors).append(ch)
        if not actors:
            actors = syntax.prep_objects(noun, ("by",))
        carried: list[Token] = []
        if not actors and type_ in self.lex.types.made_noun_types:
            # "a lawsuit *filed by* the Senate against the governor": the agent of a support verb's
            # participle on the noun makes it, and that participle's phrases name whom it is against
            carried = [
                v
                for v in noun.children
                if v.dep_ == "acl" and v.tag_ == "VBN" and self.lemma(v) in self.lex.roles.carrying_verbs
            ][:1]
            actors = syntax.with_conjuncts(_made_by(noun)) if carried else []
            carried = carried if actors else []
        doers: list[Token] = []
        if not actors and self.lemma(noun) in self.lex.roles.doer_of_nouns:
            # "the visit of the emir to Baghdad", "the request of the prime minister": the doer
            doers = [o for o in of_objects if (_names_a_party(o) and o.pos_ != "PRON") or self._party_noun(o)]
            actors = doers
        if not actors and self.lemma(noun) in self.lex.roles.freeing_nouns:
            # "the release of four hostages *held by Hamas*": whoever held them frees them
            actors = [a for p in of_objects for a in self._holders(p)]
        undergoer = self._undergoer(noun)
        if undergoer is not None:
            # "the convoy came under attack from rebels": the rebels attacked the convoy
            actors = actors or syntax.prep_objects(noun, ("from",))
            if not actors and self.lemma(noun) in self.lex.roles.undergone_only_nouns:
                # "came under fire [from Brazil] for ...": the phrase hung on the verb
                actors = [o for o in syntax.prep_objects(undergoer, ("from",)) if o.i > noun.i]
            patients.extend(self.subjects(undergoer))
        hosts: list[Token] = []
        if not actors and type_ in self.lex.types.gathering_noun_types:
            # "Iran is in talks with Riyadh", headline "Iran in talks with Riyadh": who is in it holds it
            actors = self._engaged_parties(noun)
            hosts = self._engaged_hosts(noun) if actors else []
        sides: list[Token] = []
        if not actors:
            # "fighting between Azerbaijanis and Armenians": every side acts; so when the noun is
            # said to happen and the parser hangs the phrase on that verb ("clashes *broke out*
            # between police and protesters", "fighting erupted between ...")
            sides = acting_sides(noun, self.lex.marks.between_preps, self.lex.roles.occurrence_verbs, self.lemma)
            if not sides and (
                type_ in self.lex.types.gathering_noun_types or self.lemma(noun) in self.lex.roles.gathered_nouns
            ):
                # "a summit bringing together the leaders of Kenya and Uganda": each meets the others
                # ("naval drills involving Egypt and Saudi Arabia": each exercises with the others)
                sides = (
                    gathered_sides(noun, self.lex.roles.gathering_verbs, self.lemma)
                    or met_sides(noun)
                    or remarked_sides(noun, self.lex.roles.remark_nouns, self.lex.roles.occasion_preps)
                )
            actors = sides
        if not actors and type_ in self.lex.types.source_noun_types:
            # "condemnation poured in from Iran and Turkey", "statements of condemnation have come
            # from the Pope and ...": the reaction's sayers
            actors = reaction_sources(noun, self.lex.roles.source_verbs, self.lemma)
        if not actors and self.lemma(noun) in self.lex.roles.message_nouns:
            # "'Congratulations to Ruto,' the minister wrote": a message is its sayer's act
            actors = self._message_sayers(noun)
        recipients = patients + [o for o in syntax.prep_objects(noun, self.lex.prepositions(type_)) if o not in doers]
        recipients = recipients or self._worded_attack_targets(noun, type_)
        # the one who withstood it, before where it happened ("fended off attacks *in the east*")
        recipients = self._repelled_targets(noun, type_) or recipients
        recipients += [o for v in carried for o in syntax.prep_objects(v, self.lex.prepositions(type_))]
        # (the parser may hang "against" on the agent: "filed by the opposition against the board")
        recipients += [o for a in actors if carried for o in syntax.prep_objects(a, ("against",))]
        # "Lavrov is in Pyongyang for talks": with no one named met, the place he is in hosts them
        recipients = recipients or hosts
        recipients = recipients or self._related(noun)
        if not recipients and type_ in self.lex.types.addressee_types:
            # "renewed demands for the minister to resign": the one asked to act
            recipients = self._asked_doers(noun)
        if not recipients and type_ in self.lex.types.mutual_refusal_types:
            # "Cuba's refusal *to engage with* the Colombian government": whom the refused act is
            # done to, as for the verb ("refused to engage with")
            refused = [v for v in noun.children if v.dep_ in ("acl", "xcomp") and syntax.is_verb(v)]
            refused = [v for v in refused if any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
            recipients = [
                o for v in refused[:1] for o in syntax.prep_objects(v, self.lex.prepositions("*")) or syntax.objects(v)
            ]
        if not actors and noun.dep_ == "conj":
            # "expressed its rejection and condemnation of ...": the second noun shares the first's anchor
            first = noun.head
            while first.dep_ == "conj" and first.head != first:
                first = first.head
            verb = first.head
            if first.dep_ in ("dobj", "nsubjpass") and self.lemma(verb) in self.lex.roles.carrying_verbs:
                actors = self.subjects(verb)
                if first.dep_ == "dobj" and self.lemma(verb) in self.lex.not_parties.receiving_verbs:
                    # "she received praise and recognition from critics": the critics recognise her
                    patients.extend(actors)
                    actors = self._givers(verb, first)
            else:
                owners = [c for c in first.children if c.dep_ == "poss"]
                # "Lai's trial and detention": the owner of a first noun undergone undergoes both
                undergone_first = self.lemma(first) in self.lex.roles.patient_nouns and not syntax.prep_objects(
                    first, ("of",)
                )
                if undergone and undergone_first:
                    patients.extend(owners)
                else:
                    actors = owners
            recipients = patients + syntax.prep_objects(noun, self.lex.prepositions(type_))
            recipients = recipients or syntax.prep_objects(first, self.lex.prepositions(type_))
        if len(syntax.with_conjuncts(sides)) > 1 and self.lex.types.mutual(type_, ""):
            # the sides of a mutual act between them are each other's recipients, not the place
            # it is in ("fighting between Azerbaijanis and Armenians *in Karabakh*")
            recipients = patients
        return actors, recipients

    def _message_sayers(self, noun: Token) -> list[Token]:
        """Who says a message noun that is the object or the bare fragment of a verb of saying
        ("tweeted *congratulations* to Ruto", "'*Congratulations* to Macron,' Scholz wrote")."""
        verb = noun.head
        # (a fronted quotation the parser may take for a second subject: "'Congratulations to
        # X,' wrote Y")
        if noun.dep_ not in ("dobj", "dep", "ccomp", "npadvmod", "nsubj") or verb == noun:
            return []
        if self.lemma(verb) not in self.lex.roles.reporting_verbs:
            return []
        return [c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i]

    def _freed_holders(self, noun: Token, type_: str) -> list[Token]:
        """Who holds those an appeal's freeing noun names (``freed_types``), by its "by" phrase
        or theirs ("the release of the sailors *held by Iran*"); none when the phrase names only
        the ones held."""
        if type_ not in self.lex.not_parties.freed_types or self.lemma(noun) not in self.lex.roles.freeing_nouns:
            return []
        freed = self._owners(noun) + syntax.prep_objects(noun, ("of",))
        # (the parser may hang the holding participle on the freeing noun: "the release of
        # American citizens *detained in Venezuela*")
        return syntax.prep_objects(noun, ("by",)) + [h for f in (*freed, noun) for h in self._holders(f, place=True)]

    def _holders(self, held: Token, place: bool = False) -> list[Token]:
        """Who held, detained or kidnapped someone, by the participle or relative clause on the
        noun ("hostages *held by Hamas*", "sailors who were *detained by* Iran"); with ``place``
        (an appeal's holder) and no doer named, the country they are held in ("a diplomat *jailed
        in Iran*", "citizens who are *detained in Venezuela*": that state holds them; not the doer
        of their release, which the appeal does not tell)."""
        holding = self.lex.roles.holding_verbs
        clauses = [v for v in held.children if v.dep_ in ("acl", "relcl") and self.lemma(v) in holding]
        by = [g for v in clauses for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if by or not place:
            return by
        return [
            g
            for v in clauses
            for a in v.children
            if a.dep_ == "prep" and a.lower_ == "in"
            for g in a.children
            if g.dep_ == "pobj" and g.ent_type_ == "GPE"
        ][:1]

    def _announcer(self, verb: Token) -> list[Token]:
        """'The ministry announced that troops would be deployed': an agentless future passive
        under an announcing verb is the announcer's act."""
        if verb.dep_ != "ccomp" or self.lemma(verb.head) not in self.lex.roles.announcing_verbs:
            return []
        if not syntax.is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
            return []
        if not any(c.dep_ == "aux" and c.norm_ in self.lex.marks.future_auxiliaries for c in verb.children):
            return []
        return [c for c in verb.head.children if c.dep_ in syntax.SUBJECT_DEPS]

    def _undergoer(self, noun: Token) -> Token | None:
        """The verb of "came under attack", "is under bombardment", whose subject undergoes the noun."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        return verb if self.lemma(verb) in self.lex.roles.undergoing_verbs else None
