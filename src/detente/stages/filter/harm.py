"""Harm that is no attack: accidents and crashes, disease, damage left, shots at no one, the
hardest hit, acts on oneself."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.records import Actor, Event
from detente.stages.filter.base import FilterEventsBase


class HarmChecks(FilterEventsBase):
    """The checks of harm that is no attack."""

    def shot_fired(self, trigger: Token) -> bool:
        """Whether a verb of dismissal that also means shooting (``shooting_dismissals``:
        "fire") is used actively with no object ("fired across the line") or with a weapon as
        object (``weapon_nouns``: "fired small arms"): shooting, not a dismissal."""
        w = self.words
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in w.shooting_dismissals:
            return False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
            return False  # "he was fired"
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        return not objects or any(self._lemma(o) in w.weapon_nouns for o in objects)

    def affected(self, trigger: Token) -> bool:
        """Whether "hit" says who is the hardest or the worst affected ("will be the hardest
        hit", "the worst-hit provinces"), not an attack; "the worst massacre" is still one."""
        if self._lemma(trigger) not in self.words.impact_verbs:
            return False
        words = {c.lower_ for c in trigger.children if c.dep_ in ("advmod", "amod")}
        text = trigger.doc[max(trigger.i - 2, 0) : trigger.i + 1].text.lower().replace(" ", "")
        return bool(words & self.words.impact_degree_words) or any(
            text.endswith(f"{w}hit") or text.endswith(w) for w in self.words.impact_degree_words if "-" in w
        )

    def accident(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a person is struck, hit or run over by a vehicle ("was struck by a car"), or
        killed or hurt in a crash and no one is said to have done it ("seven people were killed
        when a bomber crashed", "were injured in the collision": ``accident_nouns``,
        ``accident_verbs``), or a vehicle hits something ("as a bus hit a bridge")."""
        if self._vehicle_first(trigger) or self._crash_beside(trigger):
            return True
        if ev.actor is None:
            return self._crash(trigger)
        if self._driven(trigger) or self._after_crash(trigger):
            return True
        if self._lemma(trigger) not in self.words.collision_verbs:
            return False
        span = doc.char_span(ev.actor.span[0], ev.actor.span[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        return head.lemma_.lower() in self.words.vehicle_nouns or head.ent_type_ == "PRODUCT"

    def accident_inquiry(self, trigger: Token) -> bool:
        """Whether an investigation (``inquiry_words``) looks into an accident or a fire and
        nothing else (``inquired_accident_nouns``: "began an investigation of the crash", "police
        are investigating the fire", "the crash was investigated by the board"): no party is
        accused. The inquiry is the trigger or the object of its verb ("started a probe");
        what it looks into is the verb's object or passive subject, or the object of the
        inquiry's or the verb's ``inquiry_prepositions`` ("of", "into", ...). A party among them keeps it
        ("opened a probe into the airline over the crash")."""
        w = self.words
        inquiries = [trigger] if self._lemma(trigger) in w.inquiry_words else []
        if syntax.is_verb(trigger):
            inquiries += [c for c in trigger.children if c.dep_ == "dobj" and self._lemma(c) in w.inquiry_words]
        if not inquiries:
            return False
        heads = {t.i: t for t in (trigger, *inquiries)}.values()
        looked: list[Token] = []
        for head in heads:
            for c in head.children:
                if c.dep_ in ("dobj", "nsubjpass") and self._lemma(c) not in w.inquiry_words:
                    looked.append(c)
                elif c.dep_ == "prep" and c.lower_ in w.inquiry_prepositions:
                    looked += [g for g in c.children if g.dep_ == "pobj"]
        return bool(looked) and all(self._lemma(t) in w.inquired_accident_nouns for t in looked)

    def _vehicle_first(self, trigger: Token) -> bool:
        """Whether a verb of collision follows a vehicle's noun in a headline's clipped words,
        which the parser reads as one compound ("... injured as *bus hits* bridge")."""
        if trigger.i == 0 or self._lemma(trigger) not in self.words.collision_verbs:
            return False
        before = trigger.doc[trigger.i - 1]
        return syntax.is_noun(before) and self._lemma(before) in self.words.vehicle_nouns

    def accident_story(self, doc: Doc, headline: int) -> bool:
        """Whether the headline (the text's first ``headline`` characters) tells an accident or a
        disaster (``accident_nouns``, ``accident_verbs``, ``disaster_headline_words``, a vehicle
        hitting something: "Plane crashes on landing", "Fire kills nine at a market") and no
        attack (``attack_headline_words``). A disaster's word used as a verb with an object or
        aimed "on" or "at" someone ("Troops fire on protesters") tells no disaster."""
        w = self.words
        toks = [t for t in doc if t.idx < headline]
        if any(self._lemma(t) in w.attack_headline_words or t.lower_ in w.attack_headline_words for t in toks):
            return False
        disasters = w.disaster_headline_words | w.accident_nouns | w.accident_verbs
        for t in toks:
            if self._vehicle_first(t):
                return True
            if self._lemma(t) not in disasters:
                continue
            aimed = syntax.is_verb(t) and any(
                c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at")) for c in t.children
            )
            if not aimed:
                return True
        return False

    def accident_toll(self, ev: Event, trigger: Token) -> bool:
        """Whether a killing or a wounding (``toll_verbs``) is told with no doer: no actor, the
        pronoun "it", or a passive with no "by" ("a bystander was also injured", "scores more
        were injured"), and no word of an attack in its sentence (``attack_headline_words``).
        Under an accident's headline (:meth:`accident_story`) it is the accident's toll."""
        w = self.words
        if self._lemma(trigger) not in w.toll_verbs:
            return False
        if any(self._lemma(t) in w.attack_headline_words or t.lower_ in w.attack_headline_words for t in trigger.sent):
            return False  # "three gunmen were killed in a firefight": an attack told in its own sentence
        if ev.actor is None or ev.actor.text.lower() == "it":
            return True
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
        return passive and not any(c.dep_ == "agent" for c in trigger.children)

    def harmed_actor(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether an attack's actor, named in its sentence, is one it harmed: the subject of a
        verb of dying (``dying_verbs``: "U.S. troops died in Iraq"), the subject of its passive
        ("five soldiers were killed"), the noun its participle qualifies ("Troops wounded in
        Afghanistan: 20,769"), or the subject of a bare participle with no auxiliary at the head of its sentence, as a
        headline's or a list's clipped words tell a passive: with no object ("Troops wounded in
        Afghanistan: 20,769") or, of any participle of the sentence, a count of people
        (:meth:`_counted_victims`: "hundreds taken hostage"). The doer is another ("died in an
        Israeli airstrike" names it inside its phrase, and stays)."""
        actor = ev.actor
        sent = trigger.sent
        if actor is None or not (sent.start_char <= actor.span[0] < sent.end_char):
            return False
        span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        verb = trigger
        # "were killed or wounded", "fought and died": the first verb holds the subject; an
        # active act joined to a passive ("was surrounded and shot two guards") is its own
        shared = trigger.tag_ == "VBN" and verb.head.tag_ == "VBN"
        if (
            verb.dep_ == "conj"
            and syntax.is_verb(verb.head)
            and (shared or self._lemma(trigger) in self.words.dying_verbs)
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        ):
            verb = verb.head
        if verb.tag_ == "VBN" and verb.dep_ == "acl" and head == verb.head:
            return True  # "Troops wounded in Afghanistan"
        if self._counted_victims(head):
            return True  # "Over a thousand slaughtered, hundreds taken hostage"
        if head.head != verb or head.i == verb.i:
            return False
        if head.dep_ == "nsubj" and self._lemma(trigger) in self.words.dying_verbs:
            return True
        if head.dep_ == "nsubjpass":
            return self._lemma(verb) not in self.words.party_passives  # "were engaged in fighting"
        if verb.tag_ != "VBN":
            return False
        bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # (the tally after a colon is no object: "Troops wounded in Afghanistan: 20,769")
        unaimed = not any(
            c.dep_ == "dobj" and not (c.like_num and c.i > 0 and c.doc[c.i - 1].text == ":") for c in verb.children
        )
        return bare and verb.dep_ == "ROOT" and head.dep_ == "nsubj" and unaimed

    @staticmethod
    def victim_elsewhere(doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether an attack told in a passive relative clause ("every citizen *who has been
        killed* by the regime") has a recipient other than the noun the clause qualifies, those
        harmed: another party of the sentence, often the main clause's subject ("Jill and I
        remember every citizen who has been killed")."""
        side = ev.recipient
        verb = trigger
        if verb.dep_ == "conj" and syntax.is_verb(verb.head) and trigger.tag_ == "VBN" and verb.head.tag_ == "VBN":
            verb = verb.head  # "who has been killed, wounded or jailed"
        if side is None or verb.dep_ != "relcl" or verb.head == verb:
            return False
        if not any(c.dep_ == "nsubjpass" and c.lower_ in syntax.RELATIVE_PRONOUNS for c in verb.children):
            return False
        sent = trigger.sent
        if not (sent.start_char <= side.span[0] < sent.end_char):
            return False
        span = doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if span is None:
            return False
        harmed = verb.head
        return (
            span.root.i != harmed.i
            and span.root.i not in {t.i for t in verb.subtree}
            and not any(t.i == harmed.i for t in span)
        )

    @staticmethod
    def tally_line(trigger: Token) -> bool:
        """Whether the act is told in a line that labels a figure: its sentence ends in a colon
        and a number, and the act's word stands before the colon ("Wounded in Iraq: 32,766",
        "Civilians killed since January: 1,200"): a tally, no attack."""
        words = [t for t in trigger.sent if not (t.is_punct and t.text != ":") and not t.is_quote and not t.is_space]
        if len(words) < 3 or not words[-1].like_num or words[-2].text != ":":
            return False
        return trigger.i < words[-2].i

    def _counted_victims(self, head: Token) -> bool:
        """Whether ``head`` is a count of people (a number, ``count_nouns``) that is the subject
        of a bare participle with no auxiliary ("hundreds taken hostage"): those it was done to,
        whichever act of the sentence they are read as doing."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        return head.like_num or head.pos_ == "NUM" or head.lower_ in self.words.count_nouns

    def disaster_felt(self, trigger: Token) -> bool:
        """Whether a word of feeling (``feeling_words``: the trigger, or the object of the
        trigger's verb) is voiced about a disaster only: every noun of its "about/over/at"
        phrases (``feeling_prepositions``) a force of nature, an epidemic, or an outbreak of a
        disease ("expressed concern about the cholera outbreak in Yemen", "concerned about the
        pandemic"), which no one is censured for (noticedb)."""
        w = self.words
        feelings = [trigger] if self._lemma(trigger) in w.feeling_words else []
        feelings += [c for c in trigger.children if c.dep_ == "dobj" and self._lemma(c) in w.feeling_words]
        if not feelings:
            return False
        holders = {t.i: t for f in feelings for t in (f, f.head if f.dep_ == "dobj" else f)}
        topics = [
            t
            for h in holders.values()
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in w.feeling_prepositions
            for g in p.children
            if g.dep_ == "pobj"
            for t in (g, *g.conjuncts)
        ]
        return bool(topics) and all(self._disaster(t) for t in topics)

    def _disaster(self, noun: Token) -> bool:
        """A force of nature, an epidemic, or the outbreak or spread of a disease."""
        w = self.words
        lemma = self._lemma(noun)
        if lemma in w.hazard_nouns or lemma in w.plague_nouns:
            return True
        if lemma not in w.spreading_nouns:
            return False
        named = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        named += [
            g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]
        return any(self._lemma(c) in w.disease_names or c.lower_ in w.disease_names for c in named)

    @staticmethod
    def read_twice(doc: Doc, ev: Event, events: list[Event]) -> bool:
        """Whether ``ev`` is an act read twice from one word, the other reading with the doer
        the text names: one with no actor whose recipient is the doer of another event of its
        type and trigger ("Hamas has slaughtered over 1,300 people" also read as - -> Hamas), or,
        for an act told by a noun with a possessor ("Russia's attacks on the grid"), one whose
        actor is not the possessor while another event of its type and trigger has it (Ukraine
        -> the grid beside Russia -> the grid, from "aggression on Ukraine and Russia's
        attacks")."""
        same = [
            o
            for o in events
            if o is not ev and o.type == ev.type and o.trigger.span == ev.trigger.span and o.actor is not None
        ]
        if not same:
            return False
        if ev.actor is None:
            side = ev.recipient
            return side is not None and any(_one_party(side, o.actor) for o in same if o.actor is not None)
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        if not syntax.is_noun(trigger):
            return False
        # the possessors: those with a possessive ending ("Russia's"), also when the parser hangs
        # them as a conjunct of another modifier ("on Ukraine and Russia's attacks")
        owners = {
            t.i
            for c in trigger.children
            if c.dep_ in ("poss", "nmod", "compound")
            for t in (c, *c.conjuncts)
            if t.dep_ == "poss" or any(g.dep_ == "case" and g.tag_ == "POS" for g in t.children)
        }
        if not owners:
            return False

        def by_owner(e: Event) -> bool:
            if e.actor is None:
                return False
            span = doc.char_span(e.actor.span[0], e.actor.span[1], alignment_mode="expand")
            return span is not None and span.root.i in owners

        return not by_owner(ev) and any(by_owner(o) for o in same)

    def _crash_beside(self, trigger: Token) -> bool:
        """Whether a harm with no object tells, in what hangs on it, a vehicle hitting or
        crashing ("three children injured *as bus hits bridge*", "two pupils were hurt *when a
        van struck a wall*"): the headline's clipped words, which the parser reads as a phrase or
        a compound, or a clause whose subject is the vehicle. The people hurt are the accident's,
        not an attack's ("soldiers shot the driver as the bus reached the checkpoint" has an
        object and stays)."""
        w = self.words
        if not syntax.is_verb(trigger) or any(c.dep_ == "dobj" for c in trigger.children):
            return False
        for t in trigger.subtree:
            if t.i <= trigger.i or self._lemma(t) not in (w.collision_verbs | w.accident_verbs):
                continue
            if self._vehicle_first(t) or any(
                s.dep_ in ("nsubj", "compound") and self._lemma(s) in w.vehicle_nouns for s in t.children
            ):
                return True
        return False

    def _after_crash(self, trigger: Token) -> bool:
        """Whether a killing or a wounding is the outcome told after a crash with no object ("a
        cargo truck crashes near the border, *killing* four", "the ferry capsized, *killing*
        dozens": ``accident_verbs``): the vehicle that crashed is no attacker."""
        verb = trigger.head
        return (
            trigger.dep_ == "advcl"
            and trigger.tag_ == "VBG"
            and verb != trigger
            and syntax.is_verb(verb)
            and self._lemma(verb) in self.words.accident_verbs
            and not any(c.dep_ == "dobj" for c in verb.children)
        )

    def _driven(self, trigger: Token) -> bool:
        """Whether a verb of collision is joined by "and" to a crash or to driving a vehicle ("the
        helicopter struck power lines *and crashed*", "was *driving a truck* and struck a group
        of motorcycles", "hit a guard rail and *flipped the truck*"), or a killing or a wounding
        is the outcome told after such a collision ("..., *killing* seven riders")."""
        w = self.words
        verb = trigger
        if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head != verb:
            verb = verb.head  # "struck a group of motorcycles, killing seven riders"
        if not syntax.is_verb(verb) or self._lemma(verb) not in w.collision_verbs:
            return False
        joined = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj" and verb.head != verb:
            joined.append(verb.head)
        return any(
            self._lemma(j) in w.accident_verbs
            or (
                self._lemma(j) in w.driving_verbs
                and any(o.dep_ == "dobj" and self._lemma(o) in w.vehicle_nouns for o in j.children)
            )
            for j in joined
            if syntax.is_verb(j)
        )

    def on_oneself(self, ev: Event, trigger: Token) -> bool:
        """Whether the act is done to its own doer, no event between parties: its recipient is a
        reflexive pronoun ("announced investigating *itself*"), or for an act of force
        (``self_harm_types``) with no other party the verb's object is one ("killed *himself*",
        "set *himself* on fire", where the object is part of the wording; "handed himself over to
        the police" is to them). A suicide bombing ("blew himself up",
        "detonated himself": ``suicide_attack_codes``) is an attack on others."""
        if any(ev.cameo.startswith(code) for code in self.words.suicide_attack_codes):
            return False
        reflexive = syntax.REFLEXIVE_PRONOUNS
        if ev.recipient is not None and ev.recipient.text.lower() in reflexive:
            return True
        if self._own_thing(ev, trigger):
            return True
        return (
            ev.type in self.words.self_harm_types
            and not self._handed_to(trigger.doc, ev)  # "handed himself over *to the police*": to them
            and syntax.is_verb(trigger)
            and any(c.dep_ == "dobj" and c.lower_ in reflexive for c in trigger.children)
        )

    @staticmethod
    def _own_thing(ev: Event, trigger: Token) -> bool:
        """Whether the recipient is the doer, read from the possessive pronoun of what the verb
        acts on ("O'Rourke defended *his* proposal", "she praised *her* own record"): the
        recipient is named outside the sentence and it and the actor are one person (the same
        name, or one the surname of the other: "O'Rourke", "Beto O'Rourke")."""
        actor, side = ev.actor, ev.recipient
        if actor is None or side is None or not syntax.is_verb(trigger):
            return False
        sent = trigger.sent
        if sent.start_char <= side.span[0] < sent.end_char:
            return False  # the recipient is named in the sentence itself
        owned = any(
            g.dep_ == "poss" and g.tag_ == "PRP$" and g.lower_ in ("his", "her")
            for c in trigger.children
            if c.dep_ == "dobj"
            for g in c.children
        )
        if not owned:
            return False
        a, r = actor.text.split(), side.text.split()
        return bool(a and r) and a[-1].lower() == r[-1].lower() and a[-1][:1].isupper()

    @staticmethod
    def _handed_to(doc: Doc, ev: Event) -> bool:
        """Whether the event's recipient is the party the act goes *to* ("handed himself over to
        the police"); a place where it happened ("set himself on fire *outside the US embassy*",
        the place read as the recipient) is no party acted upon."""
        if ev.recipient is None:
            return False
        span = doc.char_span(ev.recipient.span[0], ev.recipient.span[1], alignment_mode="expand")
        if span is None:
            return True
        head = span.root.head
        while head.dep_ in ("pobj", "compound", "prep") and head.head != head and head.tag_ != "IN":
            head = head.head
        return not (head.tag_ == "IN" and head.lower_ not in ("to", "into", "with"))

    def damage_left(self, trigger: Token) -> bool:
        """Whether the act is damage told in the passive with no doer ("three malls were
        damaged", "had been damaged or destroyed": ``damage_verbs``), what an act or a disaster
        left rather than an act; an actor given to it is a guess (the model's "*Rappler*
        reported three malls were damaged"), not the text's."""
        if self._lemma(trigger) not in self.words.damage_verbs or not syntax.is_verb(trigger):
            return False
        verb = trigger
        while verb.dep_ == "conj" and verb.head != verb and syntax.is_verb(verb.head):
            verb = verb.head  # "damaged or destroyed": the first verb holds the auxiliary
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ == "acl"
        )
        return passive and not any(c.dep_ == "agent" for c in (*trigger.children, *verb.children))

    def infection(self, trigger: Token) -> bool:
        """Whether a killing is joined by "and" to infecting or sickening people
        (``infection_verbs``: "it has infected 3,000 people and killed 40"), by a subject that is
        no party (a pronoun, or a noun that is no sector word nor a name): a disease's toll."""
        if not syntax.is_verb(trigger):
            return False
        first = trigger.head if trigger.dep_ == "conj" else trigger
        verbs = [first, *first.conjuncts]
        infecting = [
            v
            for v in verbs
            if v.i != trigger.i
            and self._lemma(v) in self.words.infection_verbs
            and any(
                o.like_num
                or o.lower_ in ("people", "hundreds", "thousands", "dozens")
                or any(c.like_num for c in o.children)
                for o in syntax.objects(v)
            )
        ]
        if not infecting:
            return False
        subjects = [c for c in first.children if c.dep_ == "nsubj"]
        return all(c.pos_ == "PRON" or (not c.ent_type_ and not self.group(self._lemma(c))) for c in subjects)

    def _crash(self, trigger: Token) -> bool:
        """Whether an act with no doer is told as a crash: its verb's "in" phrase or the clause
        that tells when it happened (also one hung on the day: "killed yesterday, when ...")
        tells a crash, or a vehicle is the subject of either."""
        w = self.words
        if not syntax.is_verb(trigger):
            return False
        if any(self._lemma(c) in w.vehicle_nouns for c in trigger.children if c.dep_ == "nsubj"):
            return True  # "as a bus hit a bridge"
        phrases = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("in", "during") for g in p.children]
        if any(g.dep_ == "pobj" and self._lemma(g) in w.accident_nouns for g in phrases):
            return True
        clauses = [c for c in trigger.children if c.dep_ == "advcl"]
        # "were killed yesterday / on Sunday, *when a bomber crashed*": the clause hung on the day
        days = [t for t in trigger.children if t.dep_ == "npadvmod"]
        days += [g for p in trigger.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        clauses += [
            r for t in days for r in t.children if r.dep_ == "relcl" and any(w.lower_ == "when" for w in r.children)
        ]
        return any(
            self._lemma(c) in w.accident_verbs
            or any(self._lemma(s) in w.vehicle_nouns for s in c.children if s.dep_ == "nsubj")
            for c in clauses
        )


def _one_party(a: Actor, b: Actor) -> bool:
    """Whether two sides name one party: the same words, the same resolved name, or mentions
    that overlap in the text."""
    if a.text.lower() == b.text.lower() or (a.name is not None and a.name == b.name):
        return True
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]
