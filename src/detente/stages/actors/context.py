"""The parties only the article's other events name: the asker a refusal answers, the author of
an act judged, accepted or retaliated for, the holder of someone freed, a partner, the party
a threat is aimed at."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from detente.grammar import syntax
from detente.records import Actor, Event
from detente.stages.actors.article import _definite_side, _name_word, _trigger_lemmas
from detente.stages.actors.grammar import (
    ACCUSE,
    AGREE,
    ASSAULT,
    COERCE,
    PRONOUN_LOOKBACK,
    QUALIFIER_DEPS,
    REJECT,
    REQUEST,
    SUBJECTS,
    SUPPORT,
    _addressed_to,
    _against,
    _definite,
    _same_party,
)
from detente.stages.actors.sides import ResolveActorsBase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.stages.actors.article import _Article


class ContextSides(ResolveActorsBase):
    """The parties only the article's other events name."""

    def _answered(
        self,
        ev: Event,
        actor: Actor,
        recipient: Actor | None,
        events: tuple[Event, ...],
        article: _Article,
        named: Actor | None = None,
    ) -> Actor | None:
        """Whom a rejection or a condemnation answers when its object names an act or a charge,
        not its author: "Beijing denies *the allegations*" (``rebuttal_nouns``) rejects the actor
        of the latest accusation, "Tehran condemned *the move*" (``act_nouns``) the actor of the
        latest act of another kind; either within ``PRONOUN_LOOKBACK`` sentences before, by
        another country. An acceptance of an act so named ("Lula accepted *the invitation*",
        ``answered_acts``, ``answering_types``) answers its author (:meth:`_accepted`)."""
        ended = self._ended(ev, actor, recipient, article)
        if ended is not None:
            return ended  # "We call for an end to *such practices*": whom the practices were charged on
        accepting = ev.type in self.words.answering_types
        if ev.type not in (REJECT, ACCUSE, SUPPORT) and not accepting:
            return None
        verb = article.head(ev.trigger)
        objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
        if verb is not None and not objects and any(c.dep_ == "agent" for c in verb.children):
            # "*The move* was condemned by the UN": the passive's subject is what was judged
            objects = [c for c in verb.children if c.dep_ == "nsubjpass" and syntax.is_noun(c)]
        if verb is not None and not objects:
            # "found the air strike justified": the subject of the small clause judged
            objects = [
                s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"
            ]
            objects = [o for o in objects if syntax.is_noun(o)]
        heads = {c.lemma_.lower() for c in objects}
        # the act a verdict or a rejection names: its recipient phrase, else its object, unless
        # that object is the event's own noun ("issued *a subpoena* to X")
        acts = {c.lemma_.lower() for c in objects if not ev.trigger.span[0] <= c.idx < ev.trigger.span[1]}
        if verb is not None and not heads:
            # "pleaded not guilty *to the charges*", "responded *to the allegations*"
            holders = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd"))]
            heads = {o.lemma_.lower() for h in holders for o in syntax.prep_objects(h, ("to",))}
        if verb is not None and not heads and verb.dep_ in ("relcl", "acl") and syntax.is_noun(verb.head):
            heads = {verb.head.lemma_.lower()}  # "..., *a charge* New Delhi rejected": what the clause rejects
        if recipient is not None:
            head = article.head(recipient)
            heads = {head.lemma_.lower()} if head is not None else set()
        if recipient is not None or named is not None:
            head = article.head(recipient or named)  # type: ignore[arg-type]
            acts = {head.lemma_.lower()} if head is not None else set()
        if accepting:
            # the act accepted: the object ("accepted *the invitation*"), not the event's own noun
            # ("made *an offer*"), else the noun of "to" ("agreed *to the proposal*")
            return self._accepted(ev, actor, acts if objects and recipient is None else heads, article)
        since = ev.sentence - PRONOUN_LOOKBACK
        if ev.type == REJECT and recipient is None and named is None and not heads:
            # "X asked Y to ..., but Y declined", "Y refused to appear": whoever asked Y
            return self._refused(ev, actor, since, events, article)
        recalled = self._recalled(ev, actor, recipient, article)
        if recalled is not None:
            return recalled
        if ev.type == SUPPORT or not heads & (self.words.rebuttal_nouns | self.words.request_nouns):
            author = self._reported(ev, actor, acts, events, article)
            if author is not None:
                return author
        said = heads & (self.words.rebuttal_nouns if ev.type == REJECT else frozenset())
        said |= heads & (self.words.request_nouns if ev.type in (REJECT, SUPPORT) else frozenset())
        if said and named is None:
            # "endorsed *UN calls* for a ceasefire. The Houthis have rejected *these calls*": the
            # author an earlier mention of the noun names in its own phrase, the nearest first
            author = self._noun_author(ev, actor, said, article)
            if author is not None:
                return author
        if ev.type == REJECT and heads & self.words.denied_nouns and not heads & self.words.rebuttal_nouns:
            # "the minister denied *any wrongdoing*": the deed charged, not the charge; its accuser
            answered = frozenset({ACCUSE, COERCE})
        elif ev.type == REJECT and heads & (self.words.rebuttal_nouns | self.words.charged_documents):
            # "police arrested X ... X denies the charges": who charged or held X, by name (COERCE);
            # "a UN report accused X ... X rejected *the report*": the latest accuser
            answered = frozenset({ACCUSE, COERCE})
        elif ev.type in (REJECT, SUPPORT) and heads & self.words.request_nouns:
            # "the embassy declined *the request*", "Merkel seconded *the call*": the one who asked
            answered = frozenset({REQUEST})
        elif heads & self.words.attack_nouns and (
            _definite_side(recipient, article) or (recipient is None and any(_definite(o) for o in objects))
        ):
            # "characterized *the attack* as a violation": the article's attack, however far back;
            # first the nearest earlier mention of that noun that names its author ("*the attacks
            # that the Houthis launched* ... We condemn *these attacks*")
            author = self._noun_author(ev, actor, heads & self.words.attack_nouns, article)
            if author is not None:
                return author
            answered, since = frozenset({ASSAULT}), 0
        elif heads & self.words.act_nouns:
            answered = self.words.act_types
        else:
            return None
        earlier = [
            e
            for e in article.events.before(answered, ev.trigger.span[0], since)
            if e.actor is not None
            and (
                _against(e, actor)
                or (actor.country is not None and e.actor.country != actor.country)
                or (answered == self.words.act_types and not _same_party(e.actor, actor))
            )
            and (e.actor.country is not None or _addressed_to(e, actor, answered) or _against(e, actor))
            # (a charge denied answers only a hold of the denier; a condemned move, any act)
            and (e.type != COERCE or answered == self.words.act_types or _against(e, actor))
        ]
        if not earlier and answered != self.words.act_types:
            # "Ghana accused Togo of ... [five sentences on] ... Togo denied the allegations": a
            # charge or a request addressed to the one who answers, however far back
            earlier = self._addressed(ev, actor, answered, article)[-1:]
        known = [e for e in earlier if e.actor is not None and e.actor.country is not None]
        if not earlier:
            return None
        last = (known or earlier)[-1]
        # the holder of a charge, read from its own event ("*a court* sentenced Zamora": the court's country)
        return self._resolve(last, last.actor, article) if last.type == COERCE else last.actor

    def _holder(
        self, ev: Event, actor: Actor, recipient: Actor | None, events: tuple[Event, ...], article: _Article
    ) -> Actor | None:
        """Whom an appeal for someone's release is made to when it names only the one held ("Police
        detained the reporter. The EU called for *his* release", ``freed_types``): the doer of the
        article's latest arrest, detention, sentence or abduction before it (``holding_codes``)
        of the one named as freed ("the reporter's release" after "arrested the reporter"), or,
        for a pronoun ("his release"), of anyone within ``PRONOUN_LOOKBACK`` sentences; never
        the appealing party's own. None when the article tells no such act, or the appeal's
        recipient is not the one held ("urged Iran to ...", "held by Iran")."""
        verb = article.head(ev.trigger)
        if verb is None:
            return None
        if ev.type in self.condemned_hold_types:
            return self._hold_judged(ev, actor, recipient, verb, events, article)
        if ev.type not in self.freed_types:
            return None
        nouns = [verb, *syntax.objects(verb), *syntax.prep_objects(verb, ("for",))]
        # a restated appeal's own "for" phrase ("reiterated *its call for* the release of ..."):
        # the call is the verb's object, the freeing noun hangs on it
        nouns += [f for o in syntax.objects(verb) for f in syntax.prep_objects(o, ("for",)) if f not in nouns]
        # "called for the reporters *to be released*", "demanded that they *be freed*": the release
        # told by a passive complement of the appeal, whose subject is the one held
        nouns += [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and _passive(c)]
        freeing = [n for n in nouns if n.lemma_.lower() in self.freeing]
        return self._holder_of(ev, actor, recipient, verb, freeing, events, article)

    def _hold_judged(
        self,
        ev: Event,
        actor: Actor,
        recipient: Actor | None,
        verb: Token,
        events: tuple[Event, ...],
        article: _Article,
    ) -> Actor | None:
        """Whom a verdict on someone's hold is on ("The EU condemned *their* detention",
        ``condemned_hold_types``): its holder, found as for an appeal to free them; not where the
        hold's "of" phrase names the one held, its possessor being the holder ("Russia's detention
        of Navalny")."""
        holds = [n for n in syntax.objects(verb) if n.lemma_.lower() in self.hold_nouns]
        holds = [
            n for n in holds if not syntax.prep_objects(n, ("of",)) or not any(c.dep_ == "poss" for c in n.children)
        ]
        return self._holder_of(ev, actor, recipient, verb, holds, events, article)

    def _holder_of(
        self,
        ev: Event,
        actor: Actor,
        recipient: Actor | None,
        verb: Token,
        freeing: list[Token],
        events: tuple[Event, ...],
        article: _Article,
    ) -> Actor | None:
        """The holder of those the nouns ``freeing`` (a release, a detention) name (see
        :meth:`_holder`)."""
        if not freeing:
            return None
        freed = [c for n in freeing for c in n.children if c.dep_ in ("poss", "nsubjpass")]
        freed += [o for n in freeing for o in syntax.prep_objects(n, ("of",))]
        # (the one held, or the freeing noun itself, which the event model may pick)
        held = {t.i for f in freed for t in f.subtree} | {n.i for n in freeing}
        side = article.head(recipient) if recipient is not None else None
        # (a recipient outside the appeal's sentence is the one a pronoun of the phrase named:
        # "called again for *his* release" read as Navalny)
        pronoun = any(f.pos_ == "PRON" for f in freed)
        if side is not None and side.i not in held and not (pronoun and side.sent != verb.sent):
            return None
        named = {f.lower_ for f in freed if f.pos_ != "PRON"}
        # one of the appealing side's own people ("the United States calls for the release of U.S.
        # citizen Paul Whelan") is held by another: with no hold of that name told, the latest hold
        # of anyone by another country, as for a pronoun
        own = recipient is not None and actor.country is not None and recipient.country == actor.country
        # "the release of *those detained*": a pronoun told by its own participle names the people
        # held at large, whom any hold the article tells before it names, however far back
        at_large = bool(freed) and all(
            f.pos_ == "PRON" and f.dep_ != "poss" and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in f.children)
            for f in freed
        )
        since = 0 if named or at_large else ev.sentence - PRONOUN_LOOKBACK
        holders = self._holders_of(ev, actor, named, since, events, article)
        if not holders and named and own:
            unnamed = self._holders_of(ev, actor, set(), ev.sentence - PRONOUN_LOOKBACK, events, article)
            holders = [h for h in unnamed if h.country is not None and h.country != actor.country]
        if not holders and own:
            # one's own people asked back, told by another country's side with no hold told: the
            # teller is the one asked ("the Thai government said China had asked for the return of
            # 45 Chinese nationals": China asked Thailand)
            teller = ev.attribution.actor if ev.attribution is not None else None
            if teller is not None and teller.country is not None and teller.country != actor.country:
                return teller
        return holders[-1] if holders else None

    def _holders_of(
        self, ev: Event, actor: Actor, named: set[str], since: int, events: tuple[Event, ...], article: _Article
    ) -> list[Actor]:
        """The doers of the article's holds (``holding_codes``) told from sentence ``since`` up to
        the appeal ``ev``, of someone ``named`` (any one when empty), not by the appealing side."""
        holders: list[Actor] = []
        for e in events:
            if not e.cameo.startswith(self.holding_codes) or not since <= e.sentence <= ev.sentence:
                continue
            if e.trigger.span[0] >= ev.trigger.span[0] or e.recipient is None:
                continue
            if named and not named & set(e.recipient.text.lower().replace("’s", "").split()):
                continue
            # (an arrest in the passive is the authorities': "imprisoned on fabricated grounds")
            holder = self._resolve(e, e.actor, article) if e.actor is not None else self._authorities(e, article)
            if holder is not None and not _same_party(holder, actor):
                holders.append(holder)
        return holders

    def _partner(self, ev: Event, actor: Actor, events: tuple[Event, ...], article: _Article) -> Actor | None:
        """Whom a commitment that names no one is made to ("Ecuador has committed to remove the
        barriers", ``committing_words``): the other side, of another country, of the latest
        agreement, meeting, deal or cooperation before it that the committer's country was a
        side of."""
        verb = article.head(ev.trigger)
        if ev.type != AGREE or verb is None or actor.country is None:
            return None
        if verb.lemma_.lower() not in self.words.committing_words:
            return None
        for e in reversed(article.events.before(self.words.partner_types, ev.trigger.span[0])):
            if e.actor is None or e.recipient is None:
                continue
            if e.actor.country == actor.country and e.recipient.country not in (None, actor.country):
                return e.recipient
            if e.recipient.country == actor.country and e.actor.country not in (None, actor.country):
                return e.actor
        return None

    def _aimed(
        self, ev: Event, actor: Actor, recipient: Actor | None, events: tuple[Event, ...], article: _Article
    ) -> Actor | None:
        """Whom a threat that names no one is aimed at: the party of another country that the
        same side last condemned, accused, asked, sanctioned or threatened before it in the
        article (``threat_aim_types``): "The United States condemns the DPRK's test. ... The
        United States will take all necessary measures" threatens the DPRK. Only threats of
        the kinds of ``aimed_threat_words`` (the trigger's lemma or its object's)."""
        if ev.type != "THREATEN":
            return None
        if recipient is not None:
            # "warned *malign actors*", "will hold *those responsible* accountable": a culprit
            # described, not named, is the party its maker last condemned (round fixes44)
            if not self._described_culprit(article.head(recipient)):
                return None
        else:
            verb = article.head(ev.trigger)
            said = _trigger_lemmas(ev, article)
            if verb is not None:
                said |= {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
            if not said & self.words.aimed_threat_words:
                return None
        for e in reversed(article.events.before(self.words.threat_aim_types, ev.trigger.span[0])):
            if e.actor is None or e.recipient is None or e.recipient.country is None:
                continue
            # (the earlier act's side as the article names it: "the Deputy Secretary" is Sherman)
            side = self._resolve(e, e.actor, article) or e.actor
            same = (
                _same_party(side, actor)
                or (side.name is not None and side.name == actor.name)
                or (actor.country is not None and side.country == actor.country)
            )
            if same and e.recipient.country != actor.country:
                return e.recipient
        return None

    def _described_culprit(self, head: Token | None) -> bool:
        # (read from the event's own phrase, before "those" is resolved as a pronoun)
        """Whether a phrase describes the doers of a wrong without naming them (``described_culprits``):
        its head ("*the perpetrators*", "the culprits"), its head with a modifier ("*malign
        actors*", "bad actors"), or "those" with what makes them doers ("*those responsible*",
        "those behind the attack")."""
        if head is None or any(c.dep_ == "poss" or c.ent_type_ in syntax.PARTY_ENTITIES for c in head.children):
            return False
        lemma = head.lemma_.lower()
        forms = {lemma} | {f"{c.lower_} {lemma}" for c in head.children if c.dep_ == "amod" and c.i < head.i}
        forms |= {f"{head.lower_} {c.lower_}" for c in head.children if c.i > head.i and c.dep_ in ("amod", "prep")}
        return bool(forms & self.words.described_culprits)

    def _refused(
        self, ev: Event, actor: Actor, since: int, events: tuple[Event, ...], article: _Article
    ) -> Actor | None:
        """Whom a refusal that names nothing refused ("Germany asked Poland to return the
        artworks. Poland refused."; "asked the judge to delay the trial, but she declined"): the
        one who last asked the refuser, by name, in its sentence or ``PRONOUN_LOOKBACK`` before."""
        asked = [
            e
            for e in article.events.before((REQUEST,), ev.trigger.span[0], since)
            if e.actor is not None
            and e.recipient is not None
            and _same_party(e.recipient, actor)
            and not _same_party(e.actor, actor)
        ]
        return self._resolve(asked[-1], asked[-1].actor, article) if asked else None

    def _retaliated(self, ev: Event, actor: Actor, recipient: Actor | None, article: _Article) -> Actor | None:
        """Whom an act done in answer to another, naming no party it is done to, is done to
        ("Moscow expelled three diplomats *in retaliation*", ``retaliation_nouns``, of
        ``retaliating_types``): the author the answering phrase names ("in response to *Canada's*
        levies", "in retaliation *against Japan*"), else the actor of the nearest earlier act of
        ``act_types`` done to the retaliator's country by another country, within
        ``PRONOUN_LOOKBACK`` sentences before."""
        if ev.type not in self.words.retaliating_types or (recipient is not None and recipient.country is not None):
            return None
        verb = article.head(ev.trigger)
        if verb is None:
            return None
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "advcl", "xcomp"))]
        nouns = [
            n
            for h in holders
            for n in syntax.prep_objects(h, ("in", "as"))
            if n.lemma_.lower() in self.words.retaliation_nouns
        ]
        if not nouns:
            return None
        for answered in (o for n in nouns for o in syntax.prep_objects(n, ("to", "for", "against"))):
            # the author named in the phrase ("*Canada's* levies", "the *Japanese* expulsions"), or
            # the party itself after "against"
            named = [c for c in answered.children if c.dep_ in QUALIFIER_DEPS and c.pos_ in ("PROPN", "ADJ")]
            for tok in [answered, *named] if answered.head.lower_ == "against" else named:
                for found in article.resolver.resolve(tok):
                    side = self._resolve(ev, found, article)
                    if side is not None and side.country is not None and not _same_party(side, actor):
                        return side
        done = [
            e
            for e in article.events.before(self.words.act_types, ev.trigger.span[0], ev.sentence - PRONOUN_LOOKBACK)
            if e.actor is not None
            and e.recipient is not None
            and actor.country is not None
            and e.recipient.country == actor.country
            and e.actor.country not in (None, actor.country)
        ]
        return (self._resolve(done[-1], done[-1].actor, article) or done[-1].actor) if done else None

    def _addressed(self, ev: Event, actor: Actor, types: Iterable[str], article: _Article) -> list[Event]:
        """The article's events of ``types`` before ``ev`` addressed to ``actor`` by name by another
        party, in text order ("Canada invited *Kenya*", "Ghana accused *Togo*"): their recipient
        is named by the same word as ``actor`` (:func:`_name_word`); not one only of the same
        country or office, which far back is as often another party of it."""
        return [
            e
            for e in article.events.before(types, ev.trigger.span[0])
            if e.actor is not None
            and e.recipient is not None
            and not _same_party(e.actor, actor)
            and _name_word(e.recipient, article) in (_name_word(actor, article) or "-",)
        ]

    def _accepted(self, ev: Event, actor: Actor, nouns: set[str], article: _Article) -> Actor | None:
        """Whose act an acceptance that names the act, not its author, accepts ("Canada invited
        Kenya to join the mission. Kenya accepted *the invitation*", ``answered_acts``): the
        actor of the nearest earlier event of the act's types addressed to the one who accepts
        (its recipient is the accepter's party or of its country), however far back in the
        article, else of the nearest by another country within ``PRONOUN_LOOKBACK`` sentences;
        never the accepter's own. None when no noun names such an act or the article tells none."""
        types = {t for noun in nouns for t in self.words.answered_acts.get(noun, "").split()}
        if not types:
            return None
        addressed = self._addressed(ev, actor, types, article)
        near = [
            e
            for e in article.events.before(types, ev.trigger.span[0], ev.sentence - PRONOUN_LOOKBACK)
            if e.actor is not None and e.actor.country not in (None, actor.country) and not _same_party(e.actor, actor)
        ]
        found = addressed or near
        if not found or found[-1].actor is None:
            return None
        return self._resolve(found[-1], found[-1].actor, article) or found[-1].actor

    def _recalled(self, ev: Event, actor: Actor, recipient: Actor | None, article: _Article) -> Actor | None:
        """Whom a charge on an act named with a demonstrative ("*This launch* is a flagrant
        violation", "*this outrageous incident*", ``recalled_acts``) is on: the party the same
        speaker charged a few sentences before (within ``PRONOUN_LOOKBACK``), of another country
        than the speaker's. None when the act is not pointed back to, or no such charge was told."""
        if ev.type != ACCUSE or recipient is None:
            return None
        head = article.head(recipient)
        words = self.words
        if (
            head is None
            or head.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ in words.recalled_determiners for c in head.children)
        ):
            return None
        if head.lemma_.lower() not in words.recalled_acts | words.act_nouns | words.attack_nouns:
            return None
        return self._charged_before(ev, actor, article)

    def _ended(self, ev: Event, actor: Actor, recipient: Actor | None, article: _Article) -> Actor | None:
        """Whom an appeal for an end to acts named with a demonstrative is made to ("We condemn the
        harassment of journalists by the security forces. We call for an immediate end to *such
        practices*", "urged a halt to *these attacks*": ``ending_nouns``, ``recalled_acts``): the
        party the same speaker charged a few sentences before, of another country (as
        :meth:`_recalled` reads a charge). None when the appeal names whom it asks, or its acts
        are not pointed back to."""
        if ev.type != REQUEST or recipient is not None:
            return None
        verb = article.head(ev.trigger)
        if verb is None:
            return None
        words = self.words
        asked = [verb, *syntax.objects(verb), *syntax.prep_objects(verb, ("for",))]
        asked += [f for o in syntax.objects(verb) for f in syntax.prep_objects(o, ("for",)) if f not in asked]
        ending = [n for n in syntax.with_conjuncts(asked) if n.lemma_.lower() in words.ending_nouns]
        acts = [a for n in ending for a in syntax.prep_objects(n, ("to", "of"))]
        if not any(
            a.pos_ == "NOUN"
            and a.lemma_.lower() in words.recalled_acts | words.act_nouns | words.attack_nouns
            and any(c.dep_ in ("det", "amod", "predet") and c.lower_ in words.recalled_determiners for c in a.children)
            for a in acts
        ):
            return None
        return self._charged_before(ev, actor, article)

    def _charged_before(self, ev: Event, actor: Actor, article: _Article) -> Actor | None:
        """The party the actor of ``ev`` charged within ``PRONOUN_LOOKBACK`` sentences before it, in
        an earlier sentence, of another country than the actor's, the latest first."""
        since = ev.sentence - PRONOUN_LOOKBACK
        for e in reversed(article.events.before(frozenset({ACCUSE}), ev.trigger.span[0], since)):
            if e.sentence == ev.sentence or e.actor is None or e.recipient is None:
                continue
            by, on = self._resolve(e, e.actor, article), self._resolve(e, e.recipient, article)
            if by is None or on is None:
                continue
            same = _same_party(by, actor) or (actor.country is not None and by.country == actor.country)
            if same and on.country is not None and on.country != actor.country:
                return on
        return None

    def _noun_author(self, ev: Event, actor: Actor, nouns: set[str], article: _Article) -> Actor | None:
        """The author an earlier mention of one of ``nouns`` names in its own phrase, the nearest
        within ``PRONOUN_LOOKBACK`` sentences before the event: the subject of its relative clause
        ("the attacks *that the Houthis launched*"), its possessor ("*Hamas's* attacks"), a name
        compounded with it ("*Houthi* attacks") or its by-phrase ("attacks *by the militia*"); not
        the one who now answers it."""
        trigger = article.head(ev.trigger)
        if trigger is None:
            return None
        first = article.sentences[max(0, ev.sentence - PRONOUN_LOOKBACK)].start
        for tok in reversed(article.doc[first : trigger.i]):
            if tok.lemma_.lower() not in nouns or not syntax.is_noun(tok):
                continue
            authors = [
                s
                for c in tok.children
                if c.dep_ == "relcl"
                for s in c.children
                if s.dep_ == "nsubj" and s.lower_ not in syntax.RELATIVE_PRONOUNS
            ]
            authors += [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            authors += [c for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"]
            authors += syntax.prep_objects(tok, ("by",))
            for author in authors:
                for found in article.resolver.resolve(author):
                    side = self._resolve(ev, found, article)
                    if side is not None and side.country is not None and not _same_party(side, actor):
                        return side
        return None

    def _reported(
        self, ev: Event, actor: Actor, heads: set[str], events: tuple[Event, ...], article: _Article
    ) -> Actor | None:
        """The author of an act a verdict, a condemnation, a rejection or praise names by a noun
        with no author in its sentence ("called *the ruling* arbitrary", "*this latest
        revocation* is unfair", ``reported_acts``): the actor of the article's latest earlier
        report of that act, an event whose trigger is the noun, its verb, or a word beginning
        with the verb's stem ("ruled", "revoked"), of any country, the speaker's own country included,
        but not the one who now answers it; else the first report after it (a story that opens
        with the reaction and tells the act later)."""
        nouns = {n: self.words.reported_acts[n] for n in heads if n in self.words.reported_acts}
        enacted = {n: frozenset(self.words.enacted_acts[n].split()) for n in heads if n in self.words.enacted_acts}
        if not nouns and not enacted:
            return None
        reports = sorted(
            {i for noun, verb in nouns.items() for i in article.reporting(events, noun, verb, None)}
            | {i for noun, verbs in enacted.items() for i in article.reporting(events, noun, None, verbs)}
        )
        before = [events[i] for i in reports if events[i].trigger.span[0] < ev.trigger.span[0]]
        after = [events[i] for i in reports if events[i].trigger.span[0] > ev.trigger.span[1]]
        for e in [*reversed(before), *after]:
            if e.actor is None or _same_party(e.actor, actor):
                continue
            if e.actor.country is None and (e.actor.name or e.actor.text).lower() in syntax.PRONOUNS:
                continue  # an author no better known than "their"
            return self._resolve(e, e.actor, article)
        # no event reports it: the text may ("the court *ruled* ...", "*the court's* ruling")
        verdict = article.head(ev.trigger)
        for tok in article.reports_of(nouns, verdict.i if verdict is not None else 0, enacted):
            for found in article.resolver.resolve(tok):
                author = self._resolve(ev, found, article)
                if author is not None and not _same_party(author, actor) and (author.country or author.name):
                    return author
        return None

    def _denied_claim(self, ev: Event, actor: Actor | None, article: _Article) -> Actor | None:
        """Whom a denial told by a relative clause after a comma rejects when the sentence's main
        verb tells a claim (``denied_claim_verbs``): "Smith claims Jones asked Xi for help, *which
        Jones denied*" denies Smith's claim (the parser hangs "which" on the claim's last noun);
        the claimer, resolved, unless it is the denier."""
        if ev.type != REJECT:
            return None
        verb = article.head(ev.trigger)
        if verb is None or verb.dep_ != "relcl":
            return None
        which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
        if which is None or which.i == 0 or verb.doc[which.i - 1].text != ",":
            return None
        root = verb.sent.root
        if root.i > which.i or root.lemma_.lower() not in self.words.denied_claim_verbs:
            return None
        claimers = [c for c in root.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
        found = next(iter(article.resolver.resolve(claimers[0])), None) if claimers else None
        found = self._resolve(ev, found, article) if found is not None else None
        if found is None or (actor is not None and _same_party(found, actor)):
            return None
        return found

    def _judged(self, ev: Event, actor: Actor | None, article: _Article) -> Actor | None:
        """Whom a verdict told in a comma-set relative clause judges ("X, which Y called a
        provocation"; ``verdict_types``): the party X names; for a thing or an act, its author,
        the subject of the verb it is the object of ("*Russia* opened a border crossing, which
        Tbilisi called a provocation", "*China's* navy held an exercise near the islands, which
        ..."), or of the clause "which" stands for ("*North Korea* launched a missile on Sunday,
        which Seoul called ..."), else its owner; never the judge. None when the clause is no
        such verdict, or names no author."""
        if ev.type not in self.words.verdict_types:
            return None
        verb = article.head(ev.trigger)
        if verb is None or verb.dep_ != "relcl":
            return None
        which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
        if which is None:
            return None
        thing = syntax.described(verb, which)
        if thing is which:
            return None
        lemma = thing.lemma_.lower()
        person = thing.ent_type_ == "PERSON" or lemma in self.actors.titles or lemma in self.words.envoy_words
        if person and thing.dep_ == "dobj" and syntax.is_verb(thing.head):
            thing = thing.head  # "expelled the ambassador, which Kampala called ...": no person is a "which"
        if syntax.is_verb(thing):
            doers = [c for c in thing.children if c.dep_ in syntax.SUBJECT_DEPS]
        else:
            # a party the noun itself names (a name, a body's or an office's word), not one
            # named inside its phrase ("a crossing *with Georgia*")
            proper = thing.pos_ == "PROPN" or thing.ent_type_ in syntax.PARTY_ENTITIES
            if proper or self.actors.sector(thing.lemma_.lower()) is not None:
                named = [self._resolve(ev, a, article) for a in article.resolver.resolve(thing)]
                party = next((a for a in named if a is not None), None)
                return None if party is None or (actor is not None and _same_party(party, actor)) else party
            doers = [c for c in thing.head.children if c.dep_ in syntax.SUBJECT_DEPS] if thing.dep_ == "dobj" else []
            if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
                # "the minister condemned the strike, which *he* called barbaric": a pronoun judge
                # is the subject of the verb the act is the object of, never the act's doer; the
                # act's own "by" phrase or owner names that ("the decision by Belarus, which he
                # called a provocation"; round accuse47)
                doers = syntax.prep_objects(thing, ("by",))
            doers = doers or [c for c in thing.children if c.dep_ == "poss"]
        for tok in doers:
            for found in article.resolver.resolve(tok):
                author = self._resolve(ev, found, article)
                if author is None or (actor is not None and _same_party(author, actor)):
                    continue
                if author.country or author.name:
                    return author
        return None


def _passive(verb: Token) -> bool:
    """Whether a verb is in the passive ("to be *released*", "that they be *freed*")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children)
