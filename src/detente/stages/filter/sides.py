"""Who takes part: no political party, a thing or an animal as a side, aggregates and tallies,
a body's own session, commentators, an act's mentions whose actor is named elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from detente.grammar import layout, syntax
from detente.records import Actor, Attribution, Event, parse_date
from detente.stages.filter.base import FilterEventsBase
from detente.stages.filter.grammar import (
    _TALLY,
    _WORD,
    NEWS_ENTITIES,
    _counted,
    _prep_objects,
    _root,
    _titled,
    period_end,
)

if TYPE_CHECKING:
    from detente.stages.filter.parties import Parties


class SidesChecks(FilterEventsBase):
    """The checks of who takes part."""

    def unnamed(self, doc: Doc, ev: Event) -> bool:
        """Whether ``ev`` names no actor: none, or an act or a thing ("the attacks", "a traffic
        collision", "the protest": ``act_nouns``) that no dictionary name resolved (a sector
        given to it, as the protesters' to "the protest", does not name them)."""
        actor = ev.actor
        if actor is None:
            return True
        if actor.name:
            return False
        return _root(syntax.token_at(doc, actor.span[0]), actor.span).lemma_.lower() in self.words.act_nouns

    def mention_of(self, doc: Doc, ev: Event, named: list[Event]) -> bool:
        """Whether an act whose actor is not named (:meth:`unnamed`) can be a mention of one of
        the article's named acts of its type: not where its recipient is the doer of each of them
        ("Sirhan shot Kennedy" ... "Sirhan was stabbed in prison"; "gunmen stormed the hotel" ...
        "two of the gunmen were shot"): the doer acted on is another act's target. An act with no
        actor at all is also a mention of a named party's demand or appeal for it ("the court
        ordered Russia to suspend its operations" ... "an order to suspend military operations":
        the act asked for, not done; ``asking_frames``, round retype44)."""
        asked = self._asked_codes(ev) if ev.actor is None else set()
        same = [n for n in named if n.type == ev.type or n.cameo in asked]
        if not same:
            return False
        if ev.recipient is None or ev.type not in self.words.turned_types:
            return True
        target = _words(doc, ev.recipient)
        return not target or any(not (target & _words(doc, n.actor)) for n in same if n.actor is not None)

    def _asked_codes(self, ev: Event) -> set[str]:
        """The codes of a demand or an appeal for the event's act that the asking frames give by
        its code or its type, not by their default ("*": an appeal for anything)."""
        keys = (ev.cameo, ev.cameo[:3], ev.type)
        out: set[str] = set()
        for frame in self.asking_frames:
            if any(k in frame.inner or k in frame.verb_inner for k in keys):
                code = frame.result(ev.cameo, ev.type)
                if code is not None and code != frame.inner.get("*"):
                    out.add(code)
        return out

    def aggregate(self, doc: Doc, ev: Event) -> bool:
        """Whether ``ev`` is an aggregate figure, a state of affairs (the coding manual: "1,250
        terrorists killed this year"): an ASSAULT (``aggregate_types``) dated to a
        whole year or a span of more than a month, whose recipient is counted ("in 2024, the
        group killed nearly 400 people in over 500 attacks"), or the toll of a whole conflict
        named as its actor ("the war has killed 100,000 people": ``conflict_nouns``); or whose
        acts are counted over such a span ("have conducted 11,654 operations so far this year",
        "carried out more than 500 raids since January")."""
        if ev.type not in self.words.aggregate_types:
            return False
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        acts = [trigger] if syntax.is_noun(trigger) else [c for c in trigger.children if c.dep_ == "dobj"]
        counted_acts = any(_counted(t) for t in acts)
        if ev.recipient is not None:
            head = _root(syntax.token_at(doc, ev.recipient.span[0]), ev.recipient.span)
            if self.actor_head(doc, ev) in self.words.conflict_nouns and _counted(head):
                return True  # "a war that killed 100,000 people": a whole conflict's toll
            if ev.actor is None and _counted(head) and self._in_conflict(trigger):
                return True  # "300,000 people were killed in the civil war": the same toll, passive
            counted_acts = counted_acts or _counted(head)
        if not counted_acts or ev.date is None:
            return False
        start, end = parse_date(ev.date), period_end(ev)
        return ev.date_precision == "year" or (start is not None and end is not None and (end - start).days > 31)

    def _in_conflict(self, trigger: Token) -> bool:
        """Whether a verb is told as happening "in" or "during" a whole conflict
        (``conflict_nouns``, ``conflict_span_preps``: "were killed in the civil war", "died during
        the conflict")."""
        if not syntax.is_verb(trigger):
            return False
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.words.conflict_span_preps:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                lemma = obj.lemma_.lower()
                modifiers = " ".join(c.lower_ for c in obj.children if c.dep_ in ("amod", "compound"))
                if lemma in self.words.conflict_nouns or f"{modifiers} {lemma}".strip() in self.words.conflict_nouns:
                    return True
        return False

    def thing_acts(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether the actor is a force of nature (``hazard_nouns``: "the storm slammed into the
        coast"), money or aid given (``money_nouns``: "this funding will provide food"), or a text
        or a state of affairs (``thing_nouns``: "the proposed deal
        gives in to ..."; "Interpol's constitution prohibits ...", whoever it belongs to), not the
        noun a participle or a relative clause qualifies ("passed a resolution criticizing X",
        "introduced a bill that would sanction X": the text's act is that of the body that made
        it)."""
        actor = ev.actor
        if actor is None:
            return False
        head = _root(syntax.token_at(doc, actor.span[0]), actor.span)
        word = head.lemma_.lower()
        hazards = self.words.hazard_nouns
        if word in hazards or any(c.dep_ == "compound" and c.lemma_.lower() in hazards for c in head.children):
            return True  # "the hurricane slammed", "Typhoon Haiyan destroyed": a force of nature
        if word in self.words.money_nouns and head.pos_ == "NOUN" and head.is_lower and not head.ent_type_:
            return True  # "this additional funding will provide food": the giver acts (not "Israel Flying Aid")
        if syntax.is_verb(trigger) and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in self.words.money_nouns
            and c.pos_ == "NOUN"
            and c.is_lower
            and not c.ent_type_
            # (not the aid of a party named on it: "Australian aid also supported 2 million girls")
            and not any(g.dep_ == "poss" or g.ent_type_ in syntax.PARTY_ENTITIES for g in c.children)
            for c in trigger.children
        ):
            return True  # "this critical assistance will support ...", its actor read from a title
        if not (actor.country or actor.sector or actor.cameo_code):
            # agree47: a law named by its title ("The Inflation Reduction Act will invest ...",
            # ``titled_thing_nouns``, as written), or a word read as the actor inside a text's
            # name ("The Bipartisan Infrastructure Deal will invest", the actor read as "Bipartisan")
            named = head
            while named.dep_ in ("compound", "amod") and named.head.i > named.i:
                named = named.head
            if named.text in self.words.titled_thing_nouns or (
                named.i != head.i and named.lemma_.lower() in self.words.thing_nouns
            ):
                return not any(
                    t.dep_ in ("acl", "relcl") and t.head.i == named.i for t in (trigger, *trigger.ancestors)
                )
        if word not in self.words.thing_nouns and head.lower_ not in self.words.thing_nouns:
            return False  # (the form as written too: "politics", which the tagger lemmatises "politic")
        if any(word in n.lower() or head.lower_ in n.lower() for n in (actor.name, actor.cameo_code) if n):
            return False  # the dictionary names the thing itself ("the Paris Agreement secretariat")
        # the clause that qualifies the noun, or one it holds ("a resolution that aims to tighten")
        return not any(t.dep_ in ("acl", "relcl") and t.head.i == head.i for t in (trigger, *trigger.ancestors))

    def given_thing(self, doc: Doc, ev: Event, parties: Parties) -> bool:
        """Whether what an act of giving (``given_types``) is done to is a thing, not a party:
        what is given or paid for ("donated blood", "allocated funding for the construction of
        a wall", "funded the new bridge"); a party is a name, a pronoun, a word of the actor
        dictionary, a group counted or named ("the refugees", "two hospitals' staff"), or people
        in need (``needy_nouns``: "the victims", "the wounded")."""
        side = ev.recipient
        if side is None:
            # money given to no one named ("allocated funding for the construction of a bridge")
            trigger = syntax.token_at(doc, ev.trigger.span[0])
            objects = [c for c in trigger.children if c.dep_ == "dobj"]
            return bool(objects) and all(self._lemma(o) in self.words.given_money for o in objects)
        if side.name or side.sector or side.cameo_code:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.pos_ != "NOUN" or head.ent_type_ in syntax.PARTY_ENTITIES:
            return False
        if self._lemma(head) in self.words.needy_nouns or head.lower_ in self.words.needy_nouns:
            return False  # "rescued the victims", "treated the wounded"
        # a party named in the phrase ("assistance for the extension of care at the Institute")
        return not parties.party(head)

    def animal(self, doc: Doc, ev: Event) -> bool:
        """Whether an animal takes part (``animal_nouns``), no party and no political actor: as
        the one acted on ("ordered the killing of 300,000 pigs", "explosives killed a jackal"), or
        as the one acting ("a bat attacked the candidate", "the creature struck her on the chin",
        "was killed by his lions"). A side resolved to a name, a country or a code is kept; an
        actor is also an animal when it passes the test of a thing that cannot act
        (:meth:`_common_actor`), whatever country or code it was given."""
        for side in (ev.recipient, ev.actor):
            if side is None or side.name or side.country or side.cameo_code:
                continue
            if self._an_animal(_root(syntax.token_at(doc, side.span[0]), side.span)):
                return True
        # (read by its lemma alone, as ``inert_actor`` reads its things)
        actor = self._common_actor(doc, ev)
        if actor is not None and self._lemma(actor) in self.words.animal_nouns:
            return True
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        # "spotlight: a bat attacks the nominee": the verb's own subject, when the actor found is
        # another phrase
        return any(c.dep_ == "nsubj" and self._an_animal(c) for c in trigger.children)

    def _an_animal(self, tok: Token) -> bool:
        """Whether a word names an animal (``animal_nouns``), by its lemma or as written."""
        return self._lemma(tok) in self.words.animal_nouns or tok.lower_ in self.words.animal_nouns

    def joined_as_member(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a person joins a party as its member (``joining_verbs``, ``member_bodies``:
        "Patel joined the Solidarity Party and rose to chairman"): a career step, no act of
        support between parties; a state or a party joining a bloc or a coalition stays."""
        if ev.actor is None or ev.recipient is None or self._lemma(trigger) not in self.words.joining_verbs:
            return False
        actor = _root(syntax.token_at(doc, ev.actor.span[0]), ev.actor.span)
        body = _root(syntax.token_at(doc, ev.recipient.span[0]), ev.recipient.span)
        return actor.ent_type_ == "PERSON" and self._lemma(body) in self.words.member_bodies

    def campaign_left(self, trigger: Token) -> bool:
        """Whether a withdrawal (``leaving_verbs``) leaves a race, not an adversary: what the
        verb leaves or precedes is a campaign's (``campaign_nouns``: "withdrew from the presidential
        race", "dropped out of the race", "withdrew her candidacy", "withdrew before the
        primaries"), and no other object is withdrawn ("withdrew its troops before the election"
        stays)."""
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in self.words.leaving_verbs:
            return False
        found = False
        for c in trigger.children:
            if c.dep_ == "dobj":
                if self._lemma(c) not in self.words.campaign_nouns:
                    return False  # something withdrawn: troops, an ambassador, a bill
                found = True
            elif c.dep_ == "prep":
                prep = c  # "out of the race": a preposition's preposition
                while True:
                    objects = [g for g in prep.children if g.dep_ == "pobj"]
                    if objects or not any(g.dep_ == "prep" for g in prep.children):
                        break
                    prep = next(g for g in prep.children if g.dep_ == "prep")
                found = found or any(self._lemma(o) in self.words.campaign_nouns for o in objects)
        return found or self._candidate_withdrew(trigger)

    def _candidate_withdrew(self, trigger: Token) -> bool:
        """Whether a person withdraws with nothing withdrawn and nothing left named ("Ortiz
        withdrew in March", "she withdrew due to ill health") where the text around speaks of a
        race: this sentence or the two before hold a campaign's or a candidate's noun
        (``campaign_nouns``, ``candidate_nouns``). A state's or a force's bare withdrawal, or a
        person's "from the talks" (``left_prepositions``), is not read so."""
        w = self.words
        if self._lemma(trigger) != "withdraw" or any(c.dep_ in ("dobj", "prt") for c in trigger.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in w.left_prepositions for c in trigger.children):
            return False
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        # a person's surname named in full before ("Bill Ortiz ... Ortiz withdrew"), which the
        # tagger may read as an organisation
        surnames = {e[-1].lower_ for e in trigger.doc.ents if e.label_ == "PERSON" and e.end <= trigger.i}
        if not subjects or not all(
            c.ent_type_ == "PERSON"
            or (c.tag_ == "NNP" and c.lower_ in surnames)
            or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
            for c in subjects
        ):  # "Ortiz withdrew", "its first pick, Maria Ortiz, withdrew"
            return False
        return self._race_spoken(trigger)

    def _race_spoken(self, trigger: Token) -> bool:
        """Whether the trigger's sentence or the two before speak of a race or its candidates
        (``campaign_nouns``, ``candidate_nouns``)."""
        sents = list(trigger.doc.sents)
        at = next((i for i, s in enumerate(sents) if s.start <= trigger.i < s.end), 0)
        words = self.words.campaign_nouns | self.words.candidate_nouns
        return any(self._lemma(t) in words for s in sents[max(at - 2, 0) : at + 1] for t in s)

    def owned_rally(self, ev: Event, trigger: Token) -> bool:
        """Whether a protest is told by a rally one person owns ("attended Trump's Tulsa rally",
        "at his rally in Erie, the senator mocked his rival") where the text around speaks of a
        race (:meth:`_race_spoken`): that candidate's campaign event, no protest against anyone.
        A crowd's ("their rally"), an opposition's (``rally_kept_sectors``) and an unowned one
        ("the candidate held a rally in Minsk") stay."""
        w = self.words
        if syntax.is_verb(trigger):
            # ... or by a support verb that carries the rally ("attended Trump's Tulsa rally",
            # "held his first rally in Tulsa": round protest45)
            trigger = next((c for c in trigger.children if c.dep_ == "dobj"), trigger)
        if syntax.is_verb(trigger) or self._lemma(trigger) not in w.rally_nouns:
            return False
        if ev.actor is not None and ev.actor.sector in w.rally_kept_sectors:
            return False
        owners = [c for c in trigger.children if c.dep_ == "poss"]
        # a person's surname named in full before ("Mark Fowler ... Fowler's rally"), which the
        # tagger may read as an organisation
        surnames = {e[-1].lower_ for e in trigger.doc.ents if e.label_ == "PERSON" and e.end <= trigger.i}
        if not owners or not all(
            c.lower_ in w.owner_pronouns or (c.tag_ == "NNP" and (c.ent_type_ == "PERSON" or c.lower_ in surnames))
            for c in owners
        ):
            return False
        return self._race_spoken(trigger)

    def verbal_clash(self, trigger: Token) -> bool:
        """Whether a clash (``verbal_clash_verbs``) is one of words: its subjects all roles that
        speak (``verbal_clash_roles``: "Rival candidates clash over foreign policy"), or it happens
        at an occasion of speech
        (``speech_occasion_nouns``: "the two candidates clashed over taxes in Tuesday's debate",
        "sparred during the interview"): words, no assault. The occasion is a preposition's object
        under the verb or under the verb's own preposition's object ("over taxes in the debate")."""
        w = self.words
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in w.verbal_clash_verbs:
            return False
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        subjects += [g for s in subjects for g in s.conjuncts]
        if subjects and all(self._lemma(s) in w.verbal_clash_roles for s in subjects):
            return True  # "Rival candidates clash over foreign policy": people who speak (round main26)
        preps = [c for c in trigger.children if c.dep_ == "prep"]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        preps += [g for o in objects for g in o.children if g.dep_ == "prep"]
        return any(o.dep_ == "pobj" and self._lemma(o) in w.speech_occasion_nouns for p in preps for o in p.children)

    def figurative_attack(self, trigger: Token) -> bool:
        """Whether an attack told by a noun (``attack_nouns``) is aimed "on" or "against" an idea
        or a practice (``figurative_targets``: "his attacks on mail-in voting", "attacks on
        democracy"): criticism of no party, no assault; "attacks on voters" stays."""
        w = self.words
        if syntax.is_verb(trigger) or self._lemma(trigger) not in w.attack_nouns:
            return False
        targets = [
            o
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against", "upon")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return bool(targets) and all(self._lemma(o) in w.figurative_targets for o in targets)

    def election_tally(self, doc: Doc, trigger: Token) -> bool:
        """Whether the act's object is a count of an election's delegates, votes or seats
        (``electoral_nouns``: "has amassed 1,217 pledged delegates", "won 52 seats", "earned 914"
        after such a count): a result, no act between parties."""
        if not syntax.is_verb(trigger):
            return False
        electoral = self.words.electoral_nouns
        if any(c.dep_ == "dobj" and _counted(c) and self._lemma(c) in electoral for c in trigger.children):
            return True
        # the parse may read a participle of the count as a verb ("amassed 1,217 [pledged]
        # delegates"): a number right after the verb, then the noun within the next two words
        after = doc[trigger.i + 1 : trigger.i + 5]
        if not after or not (after[0].like_num or after[0].tag_ == "CD"):
            return False
        return any(self._lemma(t) in electoral for t in after[1:])

    def inert_actor(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is a thing that cannot act (:meth:`_common_actor`, ``inert_actor_nouns``:
        "a fire killed five children", "a fruit filled with firecrackers damaged her jaw", "the
        book alleges ..."); an animal acting is :meth:`animal`'s."""
        actor = self._common_actor(doc, ev)
        return actor is not None and self._lemma(actor) in self.words.inert_actor_nouns

    def _common_actor(self, doc: Doc, ev: Event) -> Token | None:
        """The head of an actor named by a common noun in lower case that no dictionary entry
        resolved (no name; no sector but civilians'; no entity type), or None: a name is kept
        ("Event Horizon")."""
        side = ev.actor
        if side is None or side.name or (side.sector and side.sector != "CVL"):
            return None
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.pos_ != "NOUN" or not head.is_lower or head.ent_type_:
            return None
        return head

    def private_persons(self, doc: Doc, ev: Event) -> bool:
        """Whether both sides are private people: one a speaker's or a listener's own pronoun that
        no one resolved (``speaker_person_pronouns``: "me", "I"), the other a person's pronoun
        (``private_pronouns``) or a person's name, with no sector but civilians' and no title
        that names a party ("she asked me what had happened", "I met Raghu then"); no political
        actor on either side."""
        if ev.actor is None or ev.recipient is None or ev.type in self.words.apolitical_kept_types:
            return False
        sides = (ev.actor, ev.recipient)
        # one side a speaker's or a listener's own pronoun that no one resolved (a name the
        # dictionaries do not know may be a party's: "Dodik rejected the warrant")
        if not any(s.text.lower() in self.words.speaker_person_pronouns for s in sides):
            return False
        return all(self._private(doc, s) for s in sides)

    def _private(self, doc: Doc, side: Actor) -> bool:
        if side.sector and side.sector != "CVL":
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.pos_ == "PRON":
            return head.lower_ in self.words.private_pronouns
        return head.ent_type_ == "PERSON" and not self._titled_party(doc, side)

    def newsgathering(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor (of ``newsgathering_types``), or the one met (of
        ``newsgathered_types``), is a news outlet (``news_outlets``) or a reporter
        (``newsgathering_nouns``) gathering news: "Wikinews spoke with her", "a correspondent
        contacted the developer", "discussed the implications with Wikinews"; a speaker who
        addresses reporters, calling for an inquiry, still calls for it."""
        sides = [ev.actor] if ev.type in self.words.newsgathering_types else []
        if ev.type in self.words.newsgathered_types:
            sides.append(ev.recipient)  # "discussed the implications with Wikinews"
        for side in sides:
            if side is None:
                continue
            text = side.text.lower()
            text = text[4:] if text.startswith("the ") else text
            if any(text == o or text.startswith(o + " ") for o in self.news_outlets):
                return True
            head = _root(syntax.token_at(doc, side.span[0]), side.span)
            if head.pos_ == "NOUN" and self._lemma(head) in self.words.newsgathering_nouns:
                return True
        return False

    def measure_recipient(self, doc: Doc, ev: Event) -> bool:
        """Whether the recipient is a time, a date, a quantity, a share or a sum
        (``measure_entities``: "reopened at 2 p.m. ET (1800 UTC)", "occupied .0605 square km"):
        the wrong phrase read, and no act between parties."""
        side = ev.recipient
        if side is None:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        return head.ent_type_ in self.words.measure_entities or head.lower_ in self.words.unit_nouns

    def product_released(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a RETREAT of releasing (``product_release_verbs``) frees a thing, a product or
        a work, no captive: "released Red Hat Enterprise Linux", "has released many kinds of
        games", a name with its version ("released Red Hat Linux 9"); "released twenty
        prisoners", "freed the journalist" stay."""
        side = ev.recipient
        if ev.type != "RETREAT" or side is None or self._lemma(trigger) not in self.words.product_release_verbs:
            return False
        if side.sector:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.ent_type_ in ("PRODUCT", "WORK_OF_ART", "LAW"):
            return True
        phrase = doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if phrase is not None and self._versioned(phrase) and not side.country:
            return True  # "released Red Hat Linux 9": a name and its version number
        if head.ent_type_ or head.pos_ != "NOUN" or self._names_party(head):
            return False
        return not any(self._names_party(t) for t in (phrase or [head]))

    @staticmethod
    def _versioned(span: Span) -> bool:
        """Whether a phrase is a name followed by a version number ("Red Hat Linux 9", "RHL 8",
        "Windows 11"): a product's name, no person's."""
        return len(span) >= 2 and span[-1].like_num and all(t.pos_ == "PROPN" for t in span[:-1])

    def demonstrative_actor(self, ev: Event) -> bool:
        """Whether the actor is a demonstrative or a question word that no one resolved
        (``demonstrative_actors``: "that would go on to support the theory", "who supports the
        group?"): a fact, an idea or a question, no party."""
        side = ev.actor
        if side is None or side.name or side.text.isupper():
            return False  # "WHO urged ...": a name, not the question word
        return side.text.lower() in self.words.demonstrative_actors

    def speaker_as_country(self, doc: Doc, ev: Event, trigger: Token, statement: bool = False) -> bool:
        """Whether the act's subject is a person's "I" (``singular_speakers``) and the later
        stages took its actor for a country named elsewhere ("I support it" in an interview,
        read as the state the article named first): a person is no state, and the act so read
        is misread. Not the text's own "I" where it is an office's statement (``statement``:
        its headline says so, :meth:`declares_statement`) and the state is the one it speaks
        for (:meth:`_stance_of`): outside quotation marks and an interview's turns, "The United
        States will defend ... I have ordered the deployment of forces" in the President's
        statement is the office's holder, the state's act."""
        side = ev.actor
        if side is None or not side.country or side.sector:
            return False
        speakers = [c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in self.words.singular_speakers]
        if not speakers:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.ent_type_ not in ("GPE", "NORP") or head.i == trigger.i:
            return False
        own = not any(_inside_quotation(doc.text, s.idx) or _in_turns(doc, s.idx) for s in speakers)
        return not (statement and own and self._stance_of(head))

    def _stance_of(self, head: Token) -> bool:
        """Whether a state's name is the subject of a stance, as a statement speaks of its own
        state: a pledge (``stance_modals``: "The United States *will defend* every inch ...") or
        a stance told in the present (``stance_verbs``: "*stands* with ...", "*condemns* ...");
        not an act another state did ("Russia *launched* missiles", "Germany *has pledged* aid")
        or does ("Russia *continues* its war", "Iran *supplies* drones")."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return False
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in self.words.stance_modals for a in auxiliaries):
            return True
        return verb.tag_ in ("VBZ", "VBP") and not auxiliaries and self._lemma(verb) in self.words.stance_verbs

    def declares_statement(self, doc: Doc, headline: int) -> bool:
        """Whether the text's headline (its first ``headline`` characters) declares it an
        office's statement by a noun of ``voice_nouns`` ("Statement of the President on the
        Summit", "Remarks by the Secretary at ...")."""
        for tok in doc:
            if tok.idx >= headline:
                return False
            if syntax.is_noun(tok) and (
                tok.lower_ in self.words.voice_nouns or tok.lemma_.lower() in self.words.voice_nouns
            ):
                return True
        return False

    def interviewee_account(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is the pronoun of one who speaks in a question-and-answer
        interview's turns (``interview_pronouns``: "I", "we", "you"), resolved to no party: the
        interviewee's own story or views ("((Jane Roe)) I left the country at sixteen"), not an
        act the news reports; so is one of their own people, named by the possessive ("*my* father
        took me", "*our* team released it"). "I" resolved to a party (a quoted speaker's words)
        stays."""
        side = ev.actor
        if side is None or side.country or side.sector or side.cameo_code or side.name:
            return False
        turns = layout.interview(doc)
        if turns is None or not turns.started(side.span[0]):
            return False
        if side.text.lower() in self.words.interview_pronouns:
            return True
        if side.text.lower() in self.words.interview_other_pronouns:
            return True  # "they keep making a fuss about it": others the answerer tells of
        # "*my* father", "*our* team": the speaker's own people, of no party the text names
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        return head.pos_ != "PROPN" and any(
            c.dep_ == "poss" and c.lower_ in self.words.interview_pronouns for c in head.children
        )

    def interview_forecast(self, ev: Event, trigger: Token) -> bool:
        """Whether a threat is read from what an interviewee says others will or would do
        (``forecast_auxiliaries``: "each side will attack them", "they would also kill liberals"),
        told in an interview's answers outside quotation marks: the answerer's account or
        forecast, no threat the actor made; a threat quoted ("they told us, 'we will kill you'")
        or worded ("he threatened to ...") stays."""
        if ev.type not in self.words.forecast_threat_types or not syntax.is_verb(trigger):
            return False
        if self._lemma(trigger) in self.words.describing_threat_verbs:
            return False
        if not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in self.words.forecast_auxiliaries for c in trigger.children
        ):
            return False
        turns = layout.interview(trigger.doc)
        if turns is None or not turns.started(trigger.idx) or turns.asked(trigger.idx):
            return False
        return not _inside_quotation(trigger.doc.text, trigger.idx)

    def foreign_script(self, ev: Event) -> bool:
        """Whether the sentence, or a side, is written mostly in a script that is not Latin (a
        quoted interview in Hindi or Russian): the English parser reads noise there."""
        share = self.words.foreign_share
        return any(
            _foreign_share(text) > share
            for text in (ev.text, *(s.text for s in (ev.actor, ev.recipient) if s is not None))
        )

    def apolitical(self, doc: Doc, ev: Event) -> bool:
        """Whether a side is named by a trade of entertainment, the arts or sport
        (``apolitical_nouns``: "the guitarist", "comedian Tim Heidecker"), or is a family in its
        private dealings (``private_nouns``, ``private_types``: "the family thanked the
        doctors"), and the other names no party the later stages resolved (no country, sector or
        code): "rock musicians paid tribute to the guitarist"; "police arrested the rapper"
        stays, and so do a protest and its end (``apolitical_kept_types``)."""
        if ev.type in self.words.apolitical_kept_types:
            return False  # "musicians have lifted their boycott of the venue": a protest ended
        sides = [s for s in (ev.actor, ev.recipient) if s is not None]
        private = ev.type in self.words.private_types
        plain = [s for s in sides if self._apolitical_side(doc, s) or (private and self._kin(doc, s))]
        if not plain:
            return False
        others = [s for s in sides if not any(s is p for p in plain)]
        return not any(self._party(doc, s) for s in others)

    def no_giver(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is a common noun that resolved to no party at all: no country, no
        sector but civilians', no code ("more than 1,100 trucks have reached Tigray to deliver
        food", "the move gives ... access to funding", "a bystander attempted to aid the
        passengers"). A name may be a party the dictionaries do not know ("Action Against Hunger
        is providing food assistance"), and a pronoun may stand for one: both are kept; an event
        with no actor is left to the other checks."""
        side = ev.actor
        if side is None or side.country or (side.sector and side.sector != "CVL"):
            return False
        if side.cameo_code and side.cameo_code != side.sector:
            return False  # a code of its own (an organisation the dictionary knows)
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        # (written in lower case: "*Action* Against Hunger" is a name the parser tags a noun)
        return head.pos_ == "NOUN" and head.is_lower and head.ent_type_ not in syntax.PARTY_ENTITIES

    def _party(self, doc: Doc, side: Actor) -> bool:
        """Whether a side the later stages resolved is a party: a sector other than civilians'
        (its own, or a title's before its name: :meth:`_titled_party`), or a country that is not
        only a person's (a state, a body, a group: "the United States", "Toyota"; a person told
        of in a story set in Kenya gets Kenya's code and is no party for that); a pronoun may
        stand for one ("we send our condolences to his family" in a president's statement)."""
        if (side.sector and side.sector != "CVL") or self._titled_party(doc, side):
            return True
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        if head.pos_ == "PRON":
            return True  # "we send our condolences to his family": who "we" is, is not known here
        return bool(side.country) and head.ent_type_ != "PERSON"

    def _titled_party(self, doc: Doc, side: Actor) -> bool:
        """Whether a word of a side's phrase, or a title before its name, is a sector word of
        the actor dictionary other than civilians' ("Governor Hochul", "Senator Mark Ellis":
        the later stages give such a one its sector)."""
        if self.actors is None:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        words = doc[min(head.left_edge.i, head.i) : head.i + 1]
        found = [self.actors.sector(self._lemma(t)) for t in words if syntax.is_noun(t)]
        return any(f is not None and f.sector != "CVL" for f in found)

    def _kin(self, doc: Doc, side: Actor) -> bool:
        """Whether a side is a family or one of its members (``private_nouns``: "the family",
        "his widow"), with no name a dictionary gave it (its sector is the family's own,
        civilians; its country, the article's)."""
        if side.name:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        return syntax.is_noun(head) and self._lemma(head) in self.words.private_nouns

    def _apolitical_side(self, doc: Doc, side: Actor) -> bool:
        """Whether a side's head, or a noun before it in its phrase ("future band guitarist
        Jerry Garcia"), is of ``apolitical_nouns``, and no sector word made it a party (a
        country is the story's)."""
        if side.sector:
            return False
        head = _root(syntax.token_at(doc, side.span[0]), side.span)
        before = [t for t in doc[head.left_edge.i : head.i] if t.dep_ in ("compound", "nmod", "appos")]
        return any(syntax.is_noun(t) and (self._lemma(t) in self.words.apolitical_nouns) for t in (head, *before))

    def session(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a body sits on its own: one legislature, cabinet or court (``session_bodies``)
        that meets or convenes (``session_verbs``) with no one met ("the Senate was to meet on
        Monday to discuss the nomination": what it discusses is no party met), also as the act a
        trigger schedules ("the Senate was set to meet"); "the council met with the envoy" and
        "the two leaders met" are meetings."""
        w = self.words
        if ev.actor is None:
            return False
        if self._lemma(trigger) not in w.session_verbs:
            # "the Senate was set to meet on Wednesday", "is due to convene": the sitting scheduled
            sittings = [c for c in trigger.children if c.dep_ == "xcomp" and self._lemma(c) in w.session_verbs]
            if not sittings:
                return False
            trigger = sittings[0]
        if any(c.dep_ in ("dobj", "dative") for c in trigger.children) or syntax.prep_objects(
            trigger, ("with", "between", "among", "by")
        ):
            return False
        span = doc.char_span(ev.actor.span[0], ev.actor.span[1], alignment_mode="expand")
        if span is None:
            return False
        body = span.root
        return (
            body.lemma_.lower() in w.session_bodies
            and body.tag_ in ("NN", "NNP")
            and not any(c.dep_ == "conj" for c in body.children)
        )

    def reacted_to(self, ev: Event, doc: Doc, reactions: frozenset[int]) -> bool:
        """Whether a refusal, a threat or an accusation named by a noun (``topic_types``) is
        only what another event reacts to: the object of a verdict, a rejection, praise or a
        protest the article codes (``topic_host_types``: "criticized *Trump's refusal* to
        concede", "denounced the government's *threat* to close the border"). The reaction's
        recipient is its author; the stance is an event of its own where the article reports
        it (its own sentence), or where the noun's phrase tells it as news: a count, a date or
        a time."""
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        if not syntax.is_noun(trigger) or syntax.is_verb(trigger) or ev.type not in self.words.topic_types:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return False  # "signed no deal": the refusal the negated noun itself codes
        holder = trigger.head
        if trigger.dep_ == "pobj" and holder.dep_ == "prep" and holder.lower_ in self.words.topic_prepositions:
            holder = holder.head  # "protested against the ban", "criticized him for his refusal"
        elif trigger.dep_ != "dobj":
            return False
        if holder.i not in reactions or holder.i == trigger.i:
            return False
        return not any(t.ent_type_ in NEWS_ENTITIES or t.like_num for t in trigger.subtree)

    def vote_for(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a backing is a vote for a legislature's own measure: its actor a legislature,
        a lawmaker or a party (``voting_sectors``), its sentence a vote (``vote_words``, or a
        tally "52 to 48"), and what it backs a measure (``measure_nouns``: "backed the amendment
        by 300 votes to 250", "with 231 Democrats supporting the resolution"; "it" where the
        sentence names one) or nothing named ("joined Democrats in support")."""
        w = self.words
        if ev.actor is None or ev.actor.sector not in w.voting_sectors:
            return False
        sent = trigger.sent
        if not (any(self._lemma(t) in w.vote_words for t in sent) or _TALLY.search(sent.text)):
            return False
        measures = [t for t in sent if t.pos_ == "NOUN" and self._lemma(t) in w.measure_nouns]
        backed = [] if self._lemma(trigger) in w.companion_verbs else [t for t in trigger.children if t.dep_ == "dobj"]
        backed += [o for o in _prep_objects(trigger) if o.pos_ in ("NOUN", "PROPN", "PRON")]
        if ev.recipient is not None and not (
            self._lemma(trigger) in w.companion_verbs and ev.recipient.span[0] in {t.idx for t in trigger.children}
        ):
            head = _root(syntax.token_at(doc, ev.recipient.span[0]), ev.recipient.span)
            backed.append(head)
        things = [t for t in backed if t.pos_ != "PRON" or t.lower_ == "it"]
        if not things:
            return True  # "joined Democrats in support": the vote's own measure
        return any(t in measures or (t.lower_ == "it" and measures) for t in things)

    def tally(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is a bare count no dictionary entry resolved ("only 27 have ratified
        the agreement": a number with no noun of its own, nor of a partitive "of"; "the United
        States and others have accused Beijing": ``indefinite_actors``), unless the type is one a
        crowd does (``crowd_types``: "thousands marched")."""
        if ev.type in self.words.crowd_types:
            return False
        head = self.actor_token(doc, ev)
        if head is None or head.lemma_.lower() in self.words.group_nouns:
            return False
        if head.pos_ != "NUM" and not head.like_num and head.lower_ not in self.words.indefinite_actors:
            return False
        # "three of the gunmen fired": the partitive's noun names the party, as a phrase names
        # who the others are ("others in the Democratic Party")
        return not any(syntax.is_noun(t) or t.pos_ == "PROPN" for t in head.subtree if t.i != head.i)

    def vague_quantity(self, doc: Doc, ev: Event) -> bool:
        """Whether the actor is a loose quantity of people of a kind that no dictionary entry
        resolved (``vague_quantity_nouns``: "a lot of farmers will criticise it", "lots of voters
        would oppose it"): a speaker's generalisation, no party acting; a crowd's acts
        (``crowd_types``) stay."""
        if ev.type in self.words.crowd_types:
            return False
        head = self.actor_token(doc, ev)
        return head is not None and self._lemma(head) in self.words.vague_quantity_nouns

    def home_visit(self, doc: Doc, ev: Event) -> bool:
        """Whether a visit (``home_visit_codes``) goes to a place (``home_place_entities``) of the
        visitor's own country, no party named as visited ("the president flew to Lyon, visiting
        the wounded"); "flew to Kyiv", "visited the governor in Lyon" and "travelled to Cleveland
        to debate Joe Biden" (``met_party_entities`` in the visit's words) stay; so is one carried
        to a place with no visitor named ("the boy was flown to Moscow for treatment")."""
        w = self.words
        actor, side = ev.actor, ev.recipient
        if ev.cameo not in w.home_visit_codes or side is None:
            return False
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        if actor is None:
            # "the boy was flown to Moscow for treatment": one carried there, no visitor
            verbs = [trigger]
            if trigger.tag_ == "VBN" and trigger.dep_ == "conj":
                # "was rescued alive and flown to Moscow": the passive's subject is the first verb's
                verbs += [t for t in list(trigger.ancestors)[:3] if syntax.is_verb(t)][:1]
            return any(c.dep_ == "nsubjpass" for v in verbs for c in v.children)
        if not actor.country or side.country != actor.country or side.sector:
            return False
        span = doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if span is None or not len(span) or span.root.ent_type_ not in w.home_place_entities:
            return False
        # "travelled to Cleveland to debate Joe Biden": a party met there is named
        own = range(actor.span[0], actor.span[1])
        return not any(t.ent_type_ in w.met_party_entities and t.idx not in own for t in trigger.subtree)

    def private_travel(self, ev: Event) -> bool:
        """Whether a visit (``home_visit_codes``) is private people's travel: its actor a group of
        a country's people (``traveller_sectors``: "Indian tourists have travelled to Thailand",
        "citizens travelled to China"); a delegation's or a leader's visit stays."""
        side = ev.actor
        if ev.cameo not in self.words.home_visit_codes or side is None:
            return False
        return side.sector in self.words.traveller_sectors

    def generic_doer(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether the act is what a relative clause in the present says a kind of party does
        (``generic_pronouns``: "all those who support Iran's attacks", "anyone who helps the
        cartels"): a general statement, no act; "those who attacked the convoy" tells one."""
        head = self.actor_token(doc, ev)
        if head is None or head.lower_ not in self.words.generic_pronouns:
            return False
        verb = _present_relative(trigger)
        return verb is not None and verb.head.i == head.i

    def portrayed(self, trigger: Token) -> bool:
        """Whether the act is what a relative clause in the simple present says its party does
        ("eight companies *that support* Iran's oil sales", "Iran, *which backs* the Houthis",
        "a group *that helps* migrants"): the party described, a standing condition, not an act
        of the article; "which *backed* the coup" tells one."""
        verb = _present_relative(trigger)
        return verb is not None and any(c.dep_ == "nsubj" and c.tag_ in syntax.RELATIVE_TAGS for c in verb.children)

    def actor_head(self, doc: Doc, ev: Event) -> str | None:
        """The lemma of the head of an actor phrase no dictionary entry resolved; else None."""
        head = self.actor_token(doc, ev)
        return None if head is None else head.lemma_.lower()

    @staticmethod
    def actor_token(doc: Doc, ev: Event) -> Token | None:
        """The head of an actor phrase no dictionary entry resolved; else None."""
        actor = ev.actor
        if actor is None or actor.name or actor.cameo_code:
            return None
        return _root(syntax.token_at(doc, actor.span[0]), actor.span)

    def commentator_names(self, doc: Doc) -> frozenset[str]:
        """The last words (lower case) of the persons' names that one of their mentions gives a
        commentator's title or apposition ("Professor John Eastman of Chapman University", "Andy
        Martin, a former law professor"; not an apposition naming an organisation, whose the person
        is): later mentions by name alone ("Eastman argues ...") are the same commentator. Read
        once per document."""
        found: set[str] = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            head = ent.root
            text = _titled(doc, ent.text, (ent.start_char, ent.end_char))
            # (an apposition that names an organisation says whom the person speaks for: "Ruth
            # Nakato, a researcher at Amnesty International" is Amnesty's, a party)
            appositions = (
                doc[c.left_edge.i : c.right_edge.i + 1].text
                for c in head.children
                if c.dep_ == "appos" and not any(t.ent_type_ == "ORG" for t in c.subtree)
            )
            described = [text, *appositions]
            if any(self.commentator(t) for t in described):
                found.add(ent[-1].lower_)
        return frozenset(found)

    def described_commentator(self, ev: Event, commentators: frozenset[str]) -> str | None:
        """ "commentator's act" when ``ev``'s actor is a person named alone (no title of its own)
        whom another mention describes as a commentator (:meth:`commentator_names`), and
        "commentator's view" for what such a speaker tells that is not asserted; else None."""

        def named(side: Actor | Attribution | None) -> bool:
            words = _WORD.findall(side.text) if side is not None else []
            return bool(words) and all(w[0].isupper() for w in words) and words[-1].lower() in commentators

        if not commentators:
            return None
        if ev.actor is not None and named(ev.actor):
            return "commentator's act"
        if ev.modality not in (None, "asserted") and named(ev.attribution):
            return "commentator's view"
        return None

    def commentator(self, text: str) -> bool:
        """Whether a phrase names a commentator ("Security analyst Kabiru Adamu", "Former French
        Ambassador Michel Duclos")."""
        tokens = [w.lower() for w in _WORD.findall(text)]
        roles = self.words.former_roles
        if any(w == "former" and any(r in roles for r in tokens[i + 1 : i + 4]) for i, w in enumerate(tokens)):
            return True
        return any(
            tuple(tokens[i : i + n]) in self.phrases for i in range(len(tokens)) for n in range(1, self.longest + 1)
        )


def _foreign_share(text: str) -> float:
    """The share of a text's letters that are of no Latin script (above U+024F)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 0x24F) / len(letters)


def _words(doc: Doc, party: Actor) -> frozenset[str]:
    """The words that identify a party: the proper nouns of its phrase ("Militia leader Omar
    Dede" and "Dede" share one), else the phrase's head noun ("two of the gunmen" -> "gunman");
    none for a party the text does not name there (the generic "authorities" given to an arrest)."""
    span = doc.char_span(*party.span, alignment_mode="expand")
    if span is None or span.text != party.text:
        return frozenset()
    proper = frozenset(t.lower_ for t in span if t.pos_ == "PROPN")
    if proper:
        return proper
    head = _root(syntax.token_at(doc, party.span[0]), party.span)
    return frozenset({head.lemma_.lower()}) if syntax.is_noun(head) else frozenset()


def _inside_quotation(text: str, char: int) -> bool:
    """Whether a quotation opened before character ``char`` is still open there (curly quotes
    opened more often than closed, or an odd number of straight double quotes)."""
    before = text[:char]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _in_turns(doc: Doc, char: int) -> bool:
    """Whether character ``char`` stands in the turns of a question-and-answer interview."""
    turns = layout.interview(doc)
    return turns is not None and turns.started(char)


def _present_relative(trigger: Token) -> Token | None:
    """The verb of a relative clause in the simple present that tells the act, the trigger or one
    of its two nearest heads, up its conjuncts ("those who enable or *support*", "companies that
    *finance* or support"), with no auxiliary: "which *backs*", not "which backed" or "which has
    backed"; else None."""
    verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
    while verb is not None and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return verb
