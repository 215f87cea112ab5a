"""The record stage: turn candidates into :class:`~detente.records.Event` records.

Resolves each argument phrase to an :class:`~detente.records.Actor` (the dictionary entry
named in the phrase, a sector word, a pronoun or a title resolved to an earlier mention in
the article), looks up CAMEO, Goldstein, quad class and PLOVER type and mode, and gives
each event an id, its spans and a confidence."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary
from detente.knowledge.ontology import Ontology
from detente.knowledge.words import ReferenceWords
from detente.pipeline.work import OWN_VOICE, Candidate, Mention, Work
from detente.records import Actor, Attribution, Event, TextRef
from detente.stages.build.resolver import PhraseResolver
from detente.version import __version__

# An event coded inside an if/unless/until clause did not happen: it is hypothetical.
#: a wish is an appeal made now ("hopes Japan will free them"), whatever the tense of the act hoped for
FACT_MODALITY = {"negated": "negated", "condition": "hypothetical", "wished": "asserted"}
BASE_CONFIDENCE = {"light": 0.75, "frame": 0.7, "verb": 0.65, "noun": 0.6}
#: the pronouns of the one a quoted speaker addresses
ADDRESSEE_PRONOUNS = frozenset({"you", "your", "yours"})


class BuildEvents:
    name = "build_events"
    requires = frozenset({"article", "doc", "mentions", "candidates"})
    provides = frozenset({"events"})

    def __init__(
        self,
        ontology: Ontology,
        actors: ActorDictionary,
        references: ReferenceWords,
        coder_version: str | None = None,
        mutual_types: frozenset[str] = frozenset(),
        one_way_codes: frozenset[str] = frozenset(),
        charges: frozenset[str] = frozenset(),
        issued: frozenset[str] = frozenset(),
        reasons: frozenset[str] = frozenset(),
        naming: frozenset[str] = frozenset(),
        joint_pledge: Callable[[str, Iterable[str], int], bool] | None = None,
        own_state_types: frozenset[str] = frozenset(),
        target_types: frozenset[str] = frozenset(),
    ) -> None:
        self.ontology = ontology
        #: types of acts that may be done to a thing or a place (recipients.yaml
        #: ``place_target_types``): their verb's own object is the target even where it names no
        #: party ("Kenyan and Ugandan troops attacked *the camp*": not each other)
        self.target_types = target_types
        #: verbs of praise and blame whose "for" phrase gives the reason (``reason_verbs``):
        #: "thanked Ghana for *its* support", the pronoun the one thanked
        self.reasons = reasons
        self.naming = naming
        #: acts a statement's issuer tells with no doer (``frames.yaml`` ``issued_acts``): its own
        self.issued = issued
        #: crimes a charge names ("accused the minister *of corruption*"), which are no part of a party
        self.charges = charges
        self.actors = actors
        #: the words references are read by (``patterns/references.yaml``): people a pronoun's
        #: owner has, bodies, delegates, meeting verbs, counts of parties
        self.references = references
        #: the name and version each event records as its ``coder``
        self.coder_version = coder_version or f"detente {__version__}"
        #: types whose coordinated actors act with each other ("Russia and Turkey's ministers met")
        self.mutual_types = mutual_types
        self.one_way_codes = one_way_codes
        #: whether a pledge of so many parties, told by words with these lemmas, is made by each
        #: and not to each other (``TypeGroups.joint_pledge``: a G7 statement's "we pledge")
        self.joint_pledge = joint_pledge
        #: types of cooperation no state, government or leader does with its own state (a
        #: party's own programme: "committed to opening new markets for *U.S.* ranchers")
        self.own_state_types = own_state_types

    def __call__(self, work: Work) -> Work:
        doc, mentions, candidates = work.doc, work.mentions, work.candidates
        assert doc is not None and mentions is not None and candidates is not None
        resolver = PhraseResolver(doc, mentions, self.actors, self.references, self.charges, self.reasons, self.naming)
        sents = list(doc.sents)
        # an act a statement demands in its own voice, where it declares its issuers ("Iran must
        # free the journalists"), is not coded as having happened
        demanded = {
            c.trigger for c in candidates if c.source == OWN_VOICE and resolver.declared_issuers(doc[c.trigger[0]])
        }
        events: list[Event] = []
        for cand in candidates:
            if cand.trigger in demanded and cand.source != OWN_VOICE:
                continue
            events.extend(self._events(work, doc, sents, cand, resolver))
        return replace(work, events=unique_ids(events))

    def _events(self, work: Work, doc: Doc, sents: list, cand: Candidate, resolver: PhraseResolver) -> list[Event]:
        """The records of one candidate: one per pair of resolved actor and recipient."""
        attribution = None
        if cand.attributed_to is not None:
            attribution = self._attribution(doc, doc[cand.attributed_to], resolver)
        speaker = attribution.actor if attribution is not None else None
        addressee = _addressee(doc, cand.attributed_to)
        # '"I want to recognize *your* role in defending the treaty," the minister told the
        # ambassador': the one addressed does what "you" does (round noticedd)
        doers = [
            (addressee or _quoted_addressee(doc[h]) or doc[h])
            if doc[h].pos_ == "PRON" and doc[h].lower_ in ADDRESSEE_PRONOUNS
            else doc[h]
            for h in cand.actors
        ]
        actors: list[Actor | None] = [a for h in doers for a in resolver.resolve(h, speaker=speaker)] or [None]
        if cand.source == OWN_VOICE:
            # a verdict in the text's own voice: the issuers the statement declares, else no one's
            declared = resolver.declared_issuers(doc[cand.trigger[0]])
            if not declared:
                return []
            actors = list(declared)
        elif not cand.actors and self._issued(doc, cand):
            # "Ruiz was designated under Section 7031(c)", "Designation of X for ...": in a
            # statement that declares its issuers, the issuer's own act; a noun with no doer
            # elsewhere stays a topic
            issuers = resolver.issuers_at(doc[cand.trigger[-1]])
            if issuers:
                actors = list(issuers)
            elif cand.kind == "noun":
                return []
        acting = frozenset(cand.actors)
        # "an armed group, the Syrian Democratic Forces": the name the description stands for
        heads = [syntax.apposed(doc[h]) for h in cand.recipients]
        if addressee is not None:
            # '"You must release the sailors," the minister told *the ambassador*': the one addressed
            heads = [addressee if h.pos_ == "PRON" and h.lower_ in ADDRESSEE_PRONOUNS else h for h in heads]
        recipients: list[Actor | None] = [r for h in heads for r in resolver.resolve(h, acting, speaker=speaker)] or [
            None
        ]
        if set(cand.recipients) != set(cand.actors):
            recipients = _distinct(sorted(recipients, key=lambda r: r.span[0] if r is not None else -1))
        code = self.ontology.code(cand.cameo)
        plover = self.ontology.to_plover(cand.cameo)
        if plover.type in self.mutual_types:
            pair = self._hyphened_pair(doc, cand, resolver, work.article.published)
            if pair is not None and all(a is None or a.span[0] <= pair[0].span[0] < a.span[1] for a in actors):
                actors, recipients = [pair[0]], [pair[1]]  # "U.S.-Ukraine talks": one with the other
        if self._topic_of_meeting(doc, cand, plover.type, actors):
            recipients = [None]  # "the leaders discussed Russia's ties with Iran": each other
        sent = sents[cand.sentence]
        trigger = self._trigger(work, doc, cand)
        out = []
        lemmas = [doc[i].lemma_.lower() for i in cand.trigger]
        targeted = plover.type in self.target_types and any(
            doc[h].dep_ in ("dobj", "nsubjpass") and doc[h].head.i in cand.trigger for h in cand.recipients
        )
        for actor, recipient in self._pairs(cand, plover.type, actors, recipients, lemmas, targeted):
            out.append(
                Event(
                    id=Event.make_id(
                        work.article.id, cand.sentence, trigger.span, plover.type, actor.span if actor else None
                    )
                    + (f"-{recipient.span[0]}" if recipient else ""),
                    article_id=work.article.id,
                    sentence=cand.sentence,
                    text=sent.text,  # what the coder read: invisible characters as spaces
                    type=plover.type,
                    mode=plover.mode,
                    context=plover.context,
                    cameo=cand.cameo,
                    goldstein=code.goldstein,
                    quad_class=code.quad_class,
                    actor=actor,
                    recipient=recipient,
                    trigger=trigger,
                    confidence=_confidence(cand, actor, recipient),
                    coder=self.coder_version,
                    attribution=attribution,
                    # the modality stage decides the rest; these two the parse already told
                    modality=FACT_MODALITY.get(cand.fact),
                )
            )
        return out

    def _issued(self, doc: Doc, cand: Candidate) -> bool:
        """Whether a candidate with no actor tells an act a statement's issuer does, with no doer
        named (``issued``): a noun of one (the event stage keeps it with no doer for that), or a verb of
        one, or a verb whose object is one ("impose *visa restrictions*"), in the passive with no
        agent or with no subject at all."""
        if not self.issued:
            return False
        if cand.kind == "noun":
            # (other nouns may come with no actor: "in protest of last week's arrest of activists")
            return any(_issued_form(doc[i], self.issued) for i in cand.trigger)
        verbs = [doc[i] for i in cand.trigger if syntax.is_verb(doc[i])]
        if not verbs:
            return False
        verb = verbs[0]
        if any(c.dep_ in ("agent", *syntax.SUBJECT_DEPS) for c in verb.children):
            return False
        words = self.issued
        if {verb.lemma_.lower(), verb.lower_, *syntax.hyphen_words(verb)} & words:
            return True
        if syntax.is_passive(verb):
            return False  # "this designation is made under Section 7031(c)": no act of its own
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [doc[i] for i in cand.trigger if doc[i] != verb]
        return any(_issued_form(o, words) for o in objects)

    def _hyphened_pair(
        self, doc: Doc, cand: Candidate, resolver: PhraseResolver, day: date | None
    ) -> tuple[Actor, Actor] | None:
        """Two parties joined by a hyphen before a mutual event's noun, which the tokenizer keeps
        as one word ("*U.S.-Ukraine* talks", "the *China-Japan* summit"): the first with the
        second, each the entry its name has in the dictionary."""
        for i in cand.trigger:
            if doc[i].pos_ != "NOUN":
                continue
            for c in doc[i].children:
                if c.dep_ not in ("compound", "amod", "nmod") or c.i > i:
                    continue
                words = doc[c.left_edge.i : c.i + 1]
                text = words.text
                if text.count("-") != 1 or " -" in text or "- " in text:
                    continue
                first, second = text.split("-")
                parts = []
                for offset, part in ((0, first), (len(first) + 1, second)):
                    tokens = part.split()
                    found = [entries for s, e, entries in self.actors.match(tokens) if (s, e) == (0, len(tokens))]
                    if not found:
                        break
                    entry = self.actors.choose(found[0], day)
                    span = (words.start_char + offset, words.start_char + offset + len(part))
                    parts.append(resolver.from_entry(part, span, Mention(c.i, c.i + 1, entry, "DICT")))
                if len(parts) == 2 and parts[0].country != parts[1].country:
                    return parts[0], parts[1]
        return None

    @staticmethod
    def _trigger(work: Work, doc: Doc, cand: Candidate) -> TextRef:
        """The trigger's words and the span from its first to its last."""
        first, last = doc[cand.trigger[0]], doc[cand.trigger[-1]]
        return TextRef(
            doc[first.i : last.i + 1].text  # doc.text would rebuild the whole text each time
            if len(cand.trigger) <= 3
            else " ".join(doc[i].text for i in cand.trigger),
            (first.idx, last.idx + len(last)),
        )

    def _topic_of_meeting(self, doc: Doc, cand: Candidate, type_: str, actors: list[Actor | None]) -> bool:
        """A mutual act of one phrase standing for both sides of a meeting ("the leaders", "they")
        whose verb names a topic (``topic_verbs``): what its object names is talked about, not
        talked with, unless it is the verb's own "with" phrase."""
        if type_ not in self.mutual_types or len(cand.actors) != 1 or len(actors) < 2 or not cand.recipients:
            return False
        verb = doc[cand.trigger[0]]
        if not syntax.is_verb(verb) or verb.lemma_.lower() not in self.references.topic_verbs:
            return False
        return not any(doc[h].dep_ == "pobj" and doc[h].head.head.i == verb.i for h in cand.recipients)

    def _pairs(
        self,
        cand: Candidate,
        type_: str,
        actors: list[Actor | None],
        recipients: list[Actor | None],
        lemmas: Sequence[str] = (),
        targeted: bool = False,
    ) -> list[tuple[Actor | None, Actor | None]]:
        """Each actor with each recipient, leaving out an actor acting on itself.

        One phrase naming several parties ("Russia and Turkey's foreign ministers met"): in a
        mutual event with no recipient from the grammar, or only one that names no party ("the two
        leaders discussed *the implementation*", "agreed to remain in *close contact*"), the first
        named acts and the others are its recipients; so too when the grammar made the parties
        each other's recipients ("talks between Kenya and Somalia"): one event, not one each way
        (docs/coding-manual.md). Not a pledge one phrase makes for three or more parties ("*we*
        reiterate our commitment to a peaceful solution" in a G7 statement): each pledges."""
        mutual = (
            type_ in self.mutual_types
            and cand.cameo not in self.one_way_codes
            and len(cand.actors) == 1
            and len(actors) > 1
            and not cand.joint  # "Kenyan and Ugandan troops *jointly* attacked": partners (round noticedh)
            and (recipients == [None] or cand.recipient_from_clause or all(map(_no_party, recipients)))
            and not targeted  # "Kenyan and Ugandan troops attacked *the camp*": the camp, not each other
            and not (self.joint_pledge is not None and self.joint_pledge(cand.cameo, lemmas, len(actors)))
        )
        if mutual or (type_ in self.mutual_types and len(cand.actors) > 1 and set(cand.actors) == set(cand.recipients)):
            first = actors[0]
            return [(first, r) for r in (actors if mutual else recipients) if r is not None and r != first] or [
                (first, None)
            ]
        # an actor whose only recipient is itself still acted: kept with no recipient (so too a
        # state's own programme told as cooperation with that state, ``own_state_types``)
        own = type_ in self.own_state_types
        pairs = [
            (actor, recipient)
            for actor in actors
            for recipient in [r for r in recipients if not _same_party(actor, r) and not (own and _own_state(actor, r))]
            or [None]
        ]
        if type_ in self.mutual_types and cand.cameo not in self.one_way_codes:
            # ... unless it is the other side of a mutual act ("Chile and Peru will work together
            # to address Peru's barriers": Chile with Peru, once)
            met = [r for _, r in pairs if r is not None]
            pairs = [(a, r) for a, r in pairs if r is not None or not any(_same_party(a, m) for m in met)]
        return pairs

    @staticmethod
    def _attribution(doc: Doc, head: Token, resolver: PhraseResolver) -> Attribution:
        """Who reports the event: the speaker, or for a report, figures or a statement, the
        one it is by ("according to figures supplied by the Trump administration")."""
        speaker = resolver.resolve(head)[0]
        issuer = resolver.issued_by(head) if speaker.country is None and speaker.name is None else None
        if issuer is not None:
            # "The task force released a statement ... '...,' read *the statement*": its issuer
            return Attribution(speaker.text, speaker.span, issuer)
        if speaker.country is None and speaker.name is None:
            for tok in head.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from", "of") and tok.i != head.i:
                    source = resolver.resolve(tok)[0]
                    if source.country is not None or source.name is not None:
                        words = sorted(t.i for t in head.subtree)
                        phrase = doc[words[0] : words[-1] + 1]
                        return Attribution(phrase.text, (phrase.start_char, phrase.end_char), source)
        return Attribution(speaker.text, speaker.span, speaker)


def _no_party(side: Actor | None) -> bool:
    """A side that names no party: no country, no name, no sector ("close contact", "the
    implementation of the deal"); the manual never makes an abstract noun a recipient."""
    return side is None or (side.country is None and side.name is None and side.sector is None)


def _same_party(actor: Actor | None, recipient: Actor | None) -> bool:
    """An actor acting on itself: the same phrase, or one phrase inside the other with the same
    country ("*Mr. Dodik* will not cooperate": the grammar's "Dodik" is the actor again), or the
    same words ("Chile and Peru will work together to address *Peru's* barriers": Peru does not
    work with itself)."""
    if actor is None or recipient is None or actor.country != recipient.country:
        return False
    if _bare_name(actor.text) == _bare_name(recipient.text):
        return True
    (a0, a1), (r0, r1) = actor.span, recipient.span
    if a0 <= r0 and actor.text[: r0 - a0].lower().endswith("anti-"):
        return False  # "*anti-government* protests continue": the crowd is against the government
    return a0 < r1 and r0 < a1


def _own_state(actor: Actor | None, recipient: Actor | None) -> bool:
    """A recipient that is the bare state of the actor's own country, the actor being that state,
    its government or its leader ("President Trump has committed that *the United States* will
    ..."): no counterpart."""
    if actor is None or recipient is None or actor.country is None or actor.country != recipient.country:
        return False
    state = recipient.sector is None and recipient.cameo_code == recipient.country
    return state and actor.sector in (None, "GOV")


def _bare_name(text: str) -> str:
    """A side's words without an article or a possessive ending ("the Peru's" -> "peru")."""
    words = text.lower().replace("\u2019", "'").removesuffix("'s").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _distinct(recipients: list[Actor | None]) -> list[Actor | None]:
    """One event per recipient only where the recipients differ materially: a later one is kept
    when it names a country none before it names ("sanctions on Russia and Iran"); otherwise the
    first named stands for them ("sanctions on the leader and his network", docs/coding-manual.md)."""
    kept = recipients[:1]
    for r in recipients[1:]:
        if r is not None and r.country and all(k is None or k.country != r.country for k in kept):
            kept.append(r)
    return kept


def _confidence(cand: Candidate, actor: Actor | None, recipient: Actor | None) -> float:
    """How sure the coding is: by the kind of trigger, more with countries known, less with a
    recipient taken from the clause or no actor; between 0.05 and 0.95."""
    confidence = BASE_CONFIDENCE.get(cand.kind, 0.6)
    if actor is not None and actor.country:
        confidence += 0.1
    if recipient is not None and recipient.country:
        confidence += 0.05
    if cand.recipient_from_clause:
        confidence -= 0.1
    if actor is None:
        confidence -= 0.15
    return round(min(0.95, max(0.05, confidence)), 2)


def unique_ids(events: Sequence[Event]) -> tuple[Event, ...]:
    """The events, each once and each with an id of its own, in their order.

    An id names the article, sentence, trigger, type, actor phrase and recipient phrase. One
    phrase can name two parties ("the leaders of Canada and Mexico", "Russia and Turkey's
    ministers"), whose events would then share an id: the store keeps one event per id, and no
    order by id tells them apart. Those events get a suffix hashed from their parties (their
    codes, names and spans), and a count after it if that is not enough. An event there twice,
    every field the same, is kept once."""
    kept: list[Event] = []
    same_id: dict[str, list[Event]] = {}
    for event in events:
        group = same_id.setdefault(event.id, [])
        if event not in group:
            group.append(event)
            kept.append(event)
    shared = {key for key, n in Counter(e.id for e in kept).items() if n > 1}
    if not shared:
        return tuple(kept)
    taken = {e.id for e in kept if e.id not in shared}
    out = []
    for event in kept:
        if event.id in shared:
            base = f"{event.id}-{_parties(event)}"
            new, k = base, 1
            while new in taken:
                k += 1
                new = f"{base}-{k}"
            event = replace(event, id=new)
        taken.add(event.id)
        out.append(event)
    return tuple(out)


def _parties(event: Event) -> str:
    """A short hash of who acts and who is acted on (code, name, span)."""
    key = "|".join(
        f"{a.cameo_code}/{a.name}/{a.span[0]}-{a.span[1]}" if a else "-" for a in (event.actor, event.recipient)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


def _addressee(doc: Doc, speaker: int | None) -> Token | None:
    """Whom a quoted speaker addresses: the object of the verb of saying whose subject the speaker
    is ("the minister *told the ambassador*", "said *to the envoy*"), else None."""
    if speaker is None:
        return None
    said = doc[speaker]
    if said.dep_ not in ("nsubj", "nsubjpass") or not syntax.is_verb(said.head):
        return None
    verb = said.head
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" and syntax.is_noun(c)]
    told = told or syntax.prep_objects(verb, ("to",))
    return told[0] if told else None


def _quoted_addressee(pronoun: Token) -> Token | None:
    """Whom "you" addresses in the quotation it is in, told to a named party ('Rubio told Saar:
    "I want to recognize *your* role in ..."'): the object of the verb of saying the quoted
    clause hangs on, however deep "you" is in it; else None."""
    for up in pronoun.ancestors:
        if up.dep_ in ("ccomp", "parataxis") and syntax.is_verb(up.head):
            said = [c for c in up.head.children if c.dep_ == "nsubj"]
            return _addressee(pronoun.doc, said[0].i) if said else None
    return None


def _issued_form(tok: Token, words: frozenset[str]) -> bool:
    """A noun of ``issued_acts``, by its lemma or with a word compounded with it ("*visa*
    restrictions"; a title's "Restrictions" is lemmatized as a name, so its form is read too)."""
    forms = {tok.lemma_.lower(), tok.lower_.removesuffix("s")}
    compounds = {f"{c.lower_} {f}" for c in tok.children if c.dep_ == "compound" for f in forms}
    return bool((forms | compounds) & words)
