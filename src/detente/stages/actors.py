"""The article stage for actors: who an event's actor and recipient are, read across the article.

``build_events`` resolves each argument within its sentence (names, sector words, pronouns and
titles that refer back). What only the whole article tells is settled here, for an actor or
recipient whose country is still unknown, by the words of ``references.yaml``:

- a quoted speaker's own pronoun ("'*We* urge the authorities ...,' the groups said") is the
  one the quote is attributed to;
- a definite description of a country ("*the country*") is the country last named before it,
  one of an intergovernmental organisation ("*the bloc*", "*the regional body*") the one last
  named, one of an armed group ("*the militants*") the armed group last named;
- a counted description of countries or of their representatives ("*the three nations*",
  "*both countries*", "*the two leaders*", "urged *both sides*", ``party_heads``), as actor or
  recipient, is the last that many countries named, one event each;
- "it"/"they" that the sentence before does not settle is the latest main-clause subject, up
  to three sentences back, naming a country or organisation and agreeing in number ("G7 foreign
  ministers held a session ..." ... "They called on China"); in the complement of a relative
  clause it is the clause's antecedent ("Mauritius, which argues *it* was forced ...");
- a rejection of an accusation that names no one ("Beijing denies *the allegations*") rejects
  the actor of the latest accusation by another country a few sentences before; a rejection
  or condemnation of an act ("Tehran condemned *the move*", ``act_nouns``), the actor of the
  latest act by another country;
- a verdict, a condemnation, a rejection or praise of an act named by a noun with no author in
  its sentence ("the ruling was unjust", "denounced the law", ``reported_acts``,
  ``enacted_acts``) is of the act's author as the article tells it, before or after: the actor
  of an event reporting it, else the subject of the verb that did it ("the court ruled",
  "parliament passed a law") or the noun's owner ("the judge's ruling"), of any country, the
  speaker's own included; a refusal that names nothing ("Poland refused") answers whoever last
  asked the refuser; backing a request ("backed the call") supports whoever made it;
- a charge or a request rejected that was addressed to the one who rejects it by name ("Ghana
  accused *Togo*") is answered however far back the article told it; "these calls", "the
  allegations" answer first the author an earlier mention of the same noun names ("*UN*
  calls"); "the decision" read as its welcomer is the decision's author;
- an acceptance of an act named by a noun ("Kenya accepted *the invitation*", "accepted *the
  demands*", ``answered_acts``) is of the author of the nearest earlier such act addressed to
  the accepter by name, else of another country's a few sentences before;
- an act done "in retaliation" or "in response to" another, naming no party it is done to
  (``retaliation_nouns``), is done to the answered act's author named in the phrase, else to the
  actor of the nearest earlier act done to the retaliator's country, a few sentences back; all
  these find the earlier events in an index of the article's events by type built once per
  article (``_EventIndex``);
- a threat that names no one, of the kinds of ``aimed_threat_words`` ("the United States will
  take all necessary measures", "will not be tolerated"), is aimed at the party of another
  country that its maker last condemned, accused, asked, sanctioned or threatened before it in
  the article (``threat_aim_types``);
- "both sides" of a war may be an armed group and a country's army, the last two named;
- a weapon or a document standing as the actor ("missiles targeting US troops", "a letter
  requesting") is replaced by whoever launched or sent it, the subject of the verb whose object
  it is, or its possessor;
- a person the dictionary does not know takes the country that qualifies the person's name
  anywhere in the article ("Guatemalan judge Erick Garcia" ... "Garcia said", "Bruno Parrilla,
  the foreign minister of Cuba"), else the one organisation the dictionary knows that qualifies
  it ("Geir Pedersen, the *U.N.* special envoy"), else, when nothing ties the name to something
  other than a country (an organisation, a passport, a country that is a topic: "a senior Iran
  analyst"), the country where the event happens or the article's main country;
- a place named as a party ("shelled *Kharkiv*"), where the event is located, is of the place's
  country;
- an actor of a domestic sector with no country ("authorities", "police", "protesters"), or
  counted people of no kind ("36 people", ``people_nouns``), takes
  the country where the event happens, else the article's main country when one dominates,
  but an actor never takes the state it faces by name ("the junta accused *Paris*");
- an act only a state's authorities perform, in the passive with no agent ("71 people were
  arrested"), is the authorities' of the country where it happens (``authority_passives``);
- an attack with no actor named ("two people were killed in a suicide bombing") is the one
  of the group that claimed responsibility for it in the same sentence or a few after ("Islamic
  State claimed responsibility for the attacks"; the coding manual: claims name the actor).

A resolved actor carries the text and span it was resolved from (the speaker, the country or
group named earlier), or keeps its own words with the country added, so a reader can check it;
the authorities of an agentless passive carry the passive verb's span.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from detente.geo.gazetteer import Gazetteer, name_key
from detente.grammar import syntax
from detente.knowledge.actors import STATE_SECTORS, ActorDictionary, ActorEntry
from detente.knowledge.words import ReferenceWords
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Mention, Work
from detente.records import Actor, Event, TextRef
from detente.stages.build import PhraseResolver

#: kinds of dictionary entries that name a country (or stand for one)
COUNTRY_KINDS = frozenset({"country", "people", "metonym"})
#: the sector of political parties (groups.tsv), each the party of one state
PARTY_SECTOR = "PTY"
#: dependencies by which a word qualifies a person's name ("*Guatemalan* judge Erick Garcia",
#: "Erick Garcia, *Guatemala's* judge")
QUALIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos"})
#: the prepositions that tie a person's description to an organisation they work at, come from
#: or head ("a fellow *at*", "an analyst *with*", "a researcher *from*", "director *of*")
INSTITUTION_PREPOSITIONS = frozenset({"at", "with", "from", "of"})
#: the share of the article's country mentions the main country needs over the next one
MAIN_COUNTRY_LEAD = 2
#: the heads of a counted description that may stand for armed groups too ("*both sides*", "the two *parties*")
SIDES = frozenset({"side", "party"})
#: determiners of every one of a kind ("*all* countries", "*every* nation")
EVERY_WORDS = frozenset({"all", "every", "each", "any"})
#: the kinds of entry that may be a side of a war: countries and armed groups
SIDE_KINDS = COUNTRY_KINDS | frozenset({"group"})
#: organisations that are not of states: "the bloc", "the body" never refer back to them
NON_STATE = frozenset({"NGO"})
#: prepositions whose object says whose members a kind of actor is ("diplomats *from* the G7")
PREPS_OF_MEMBERS = ("from", "of")
MEMBER_KINDS = COUNTRY_KINDS | frozenset({"igo"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: pronouns that stand in apposition for names coordinated before them ("X and Y, *both* from Z")
GROUPING_WORDS = frozenset({"both", "all", "each"})
SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "pobj", "dative")
#: how many sentences back a pronoun may look for the country or organisation it stands for
PRONOUN_LOOKBACK = 3
#: names the dictionary does not know that tie a person to something other than a country
OTHER_LABELS = frozenset({"ORG", "NORP"})
#: the kinds of name that say whose an operation or attack is ("a *U.S.* operation", "a *Taliban* attack")
OPERATOR_KINDS = frozenset({"country", "people", "group", "igo"})
#: the small words inside a body's name before its short form ("Association *of* America (RIAA)")
LINKS = frozenset({"of", "for", "on", "and", "the", "'s", "’s", "de"})
REJECT, ACCUSE, ASSAULT, REQUEST, SUPPORT = "REJECT", "ACCUSE", "ASSAULT", "REQUEST", "SUPPORT"
AGREE, COERCE = "AGREE", "COERCE"
#: the speakers' own possessive: "*our* soldiers" are the speaker's country's
OUR = "our"
#: the text of the unnamed agent of an act only authorities perform ("were arrested")
AUTHORITIES = "authorities"
#: how much larger than any namesake abroad a place must be for its name alone to say its
#: country, and how large at least ("*Texas* police": USA; "*Punjab* police": Pakistan or India)
PLACE_LEAD = 10
#: the NER labels a place's name may carry (the NER reads "Kharkiv" as an organisation too)
PLACE_LABELS = frozenset({"", "GPE", "LOC", "ORG", "FAC"})
#: how far back (in tokens before the description's sentence) "the council" looks for the body it names
BODY_LOOKBACK_TOKENS = 300
#: the country code of non-governmental organisations
NGO = "NGO"
PLACE_SIZE = 50_000
#: the sector of unidentified armed actors, which a weapon no one is named wielding stands for
UNIDENTIFIED = "UAF"
#: the prefix of a person's first word as a key of the article's persons (a surname written first)
FIRST_WORD = "first:"
#: how many sentences before a claim of responsibility the attacks it claims may be reported
CLAIM_LOOKBACK = 4


class ResolveActors(EventsStage):
    name = "resolve_actors"
    requires = frozenset({"doc", "events", "mentions"})

    def __init__(
        self,
        words: ReferenceWords,
        actors: ActorDictionary,
        documents: frozenset[str] = frozenset(),
        issuing: frozenset[str] = frozenset(),
        gazetteer: Gazetteer | None = None,
        mutual: Callable[[str, str], bool] | None = None,
        freeing: frozenset[str] = frozenset(),
        freed_types: frozenset[str] = frozenset(),
        holding_codes: frozenset[str] = frozenset(),
    ) -> None:
        self.words = words
        #: nouns of freeing someone ("release"), and the appeals whose recipient is the holder
        self.freeing = freeing
        self.freed_types = freed_types
        #: CAMEO codes (prefixes) of arrests, abductions and prison terms: who holds someone
        self.holding_codes = tuple(sorted(holding_codes))
        self.actors = actors
        #: whether an event of a type and code between parties goes both ways (``mutual_types``)
        self.mutual = mutual
        #: where a place name that qualifies an actor ("*Texas* police") is, when it is clear
        self.gazetteer = gazetteer
        #: texts an actor issues ("statement", "resolution") and the verbs that issue them
        self.documents = documents
        self.issuing = issuing

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        assert work.mentions is not None
        article = _Article(doc, work.mentions, self.actors, self.words)
        article.speakers = _speakers(events)
        article.events = _EventIndex(events)
        return _once_for_no_party(list(self._refine(article, events)), article)

    def _refine(self, article: _Article, events: tuple[Event, ...]) -> Iterable[Event]:
        for ev in events:
            each = self._each_country(ev.actor, article)
            if each:
                recipient = self._resolve(ev, ev.recipient, article)
                head = article.head(ev.actor) if ev.actor is not None else None
                subject = head is not None and head.dep_ in syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS
                if recipient is None and subject and self.mutual is not None and self.mutual(ev.type, ev.cameo):
                    # "the two leaders spoke by telephone", "both countries agreed to reopen
                    # embassies": each met or agreed with the other, as coordinated names do (not
                    # "a pact between the two countries", whose agreement the verb codes)
                    yield from (_one_of(ev, a, b) for a in each for b in each if a.country != b.country)
                    continue
                yield from (
                    _one_of(ev, a, recipient) for a in each if recipient is None or a.country != recipient.country
                )
                continue
            named = None if self._place_of_act(ev.actor, article) else ev.actor
            actor = (
                self._resolve(ev, named, article, ev.recipient)
                if named is not None
                else self._authorities(ev, article) or self._operator(ev, article) or article.claimer(ev)
            )
            each = self._each_country(ev.recipient, article)
            if each:
                yield from (_to_each(ev, actor, r) for r in each if actor is None or r.country != actor.country)
                continue
            if self._everyone(ev.recipient, article):
                # "urged *all countries* to enforce the sanctions": no party is named
                yield replace(ev, actor=actor, recipient=None)
                continue
            other = frozenset({actor.country}) if actor is not None and actor.country else frozenset()
            judged = self._judged(ev, actor, article) or self._denied_claim(ev, actor, article)
            home = actor.country if actor is not None and actor.sector in self.words.home_sectors else None
            recipient = judged or self._resolve(
                ev, ev.recipient, article, actor, other_than=other, home=home, acted_upon=True
            )
            holder = self._holder(ev, actor, ev.recipient, events, article) if actor is not None else None
            recipient = holder or recipient
            if actor is not None and (recipient is None or recipient.country is None):
                recipient = (
                    self._answered(ev, actor, recipient, events, article)
                    or self._partner(ev, actor, events, article)
                    or self._aimed(ev, actor, recipient, events, article)
                    or self._retaliated(ev, actor, recipient, article)
                    or recipient
                )
            elif actor is not None and ev.recipient is not None and _same_span(recipient, actor):
                # "Damascus welcomed *the decision*" read as Damascus itself: the act the phrase names
                recipient = self._answered(ev, actor, ev.recipient, events, article) or recipient
            elif actor is not None and recipient is not None and recipient.country == actor.country:
                # "..., a charge Afghan spokesperson X rejected" read with Afghanistan as the one
                # rejected: a rejection of one's own country answers the charge, when it names one
                recipient = self._answered(ev, actor, None, events, article, named=recipient) or recipient
            if actor is ev.actor and recipient is ev.recipient:
                yield ev
            elif actor is not None and recipient is not None and actor.span == recipient.span:
                yield ev  # the two sides would become one: leave the event as it was
            else:
                yield replace(ev, actor=actor, recipient=recipient)

    def _resolve(
        self,
        ev: Event,
        side: Actor | None,
        article: _Article,
        facing: Actor | None = None,
        other_than: frozenset[str] = frozenset(),
        home: str | None = None,
        acted_upon: bool = False,
    ) -> Actor | None:
        """``side`` (the actor or the recipient) with its country, when the article tells it;
        ``facing`` is the party across the event (the recipient when ``side`` is the actor, the
        actor when it is the recipient); ``other_than``, the actor's country
        when ``side`` is the recipient, which "the country" acted upon does not refer to; ``home``,
        for the recipient, the country of an actor that acts only at home (police, courts: ``home_sectors``),
        where its act happens when the article does not place it ("*Kharkiv* police arrested *two men*");
        ``acted_upon``, whether ``side`` is the recipient (a thing attacked is of the place: ``target_things``)."""
        if side is None or side.country is not None:
            return side
        words = self.words
        if side.text.lower() in syntax.FIRST_PERSON:
            speaker = self._speaker(ev, side, article)
            if speaker is side or speaker.text.lower() in syntax.FIRST_PERSON:
                return speaker
            return self._resolve(ev, speaker, article, facing, other_than)  # "the diplomats said": whose
        head = article.head(side)
        if (
            head is not None
            and side.sector is not None
            and any(c.dep_ == "poss" and c.lower_ == OUR for c in head.children)
        ):
            # '"*Our* soldiers shot two militants," the army spokesman said': the speaker's own
            # (a sector word only: "our partners", "our allies" are others)
            speaker = self._speaker(ev, side, article)
            found = self._resolve(ev, speaker, article) if speaker is not side else None
            if found is not None and found.country is not None:
                return _with_country(side, found.country)
        if head is not None and side.text.lower() in syntax.GROUP_PRONOUNS:
            found = article.antecedent(head) or self._described_subject(head, article)
            if found is not None and found.country is None and found.sector in words.domestic_sectors:
                return _with_country(found, self._place_country(ev, article))
            return found or side
        if head is not None and head.lemma_.lower() in self.documents and _definite(head):
            # "X issued a statement on Monday. *The statement* condemned ...": X's
            issuer = article.issuer(head, self.issuing)
            if issuer is not None:
                return issuer
        if head is not None and head.lemma_.lower() in words.instrument_heads | words.weapon_heads:
            wielder = _wielder(ev, head, article)
            if wielder is not None or head.lemma_.lower() not in words.weapon_heads:
                return wielder or side
            claimed = article.claimer(ev)  # "a car bomb killed ...": the group that claimed it
            if claimed is not None:
                return claimed
            # else the weapon stands for unidentified armed men, of the place where it struck
            side = replace(side, sector=side.sector or UNIDENTIFIED, cameo_code=side.cameo_code or UNIDENTIFIED)
        if head is not None and head.lemma_.lower() in words.owned_people and head.tag_ in ("NNS", "NNPS"):
            # "lawyers *for the journalist*", "supporters *of the opposition leader*": the one they act for
            for client in syntax.prep_objects(head, ("for", "of")):
                found = next(iter(article.resolver.resolve(client)), None)
                found = self._resolve(ev, found, article) if found is not None else None
                if found is not None and found.country is not None:
                    return _with_country(side, found.country)
        if head is not None:
            # "*Gil Castillo's* spouse Doris Vega", "the minister's wife": kin or people of a
            # person named in the possessive are of that person's country (``owned_people``)
            kin = [
                h
                for h in (head, *(c for c in head.children if c.dep_ == "compound"))
                if h.lemma_.lower() in words.owned_people
            ]
            for owner in (c for k in kin for c in k.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
                found = next(iter(article.resolver.resolve(owner)), None)
                found = self._resolve(ev, found, article) if found is not None and found.span != side.span else None
                if found is not None and found.country is not None:
                    return _with_country(side, found.country)
        if head is not None and head.lemma_.lower() in words.member_nouns | words.head_nouns:
            # "the *head of* Doctors Without Borders", "a *member of* the U.S. Senate": its people
            member = article.member_of(head, words.head_nouns)
            if member is not None and member.entry is not None and member.entry.country:
                return _with_country(side, member.entry.country)
        if head is not None and _definite(head):
            found = self._described(head, side, article, other_than)
            if found is not None:
                # "In Guinea, we urge the transition government to ...": the country the sentence
                # opens with is the description's, not that of the last one with its head ("the
                # transition government of Mali" in the paragraph before)
                opening = _opening_country(head, article)
                if opening is not None and found.country is not None and opening != found.country:
                    return _with_country(side, opening)
                return found
        short = side.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
        if short in article.acronyms:
            return _with_country(side, article.acronyms[short])  # "RIAA": the body it stands for
        name = side.name or (side.text if head is not None and head.pos_ == "PROPN" else None)
        country = article.person_country(name) if name else None
        # a person's name, also one a pronoun or a quote's "we" was read as ("he", '"We will
        # ...," said *Delfin Lorenzana*'), whose phrase carries no name of its own
        person = side.name or (name if head is not None and head.ent_type_ == "PERSON" else None)
        if person is None and name is not None and head is not None:
            # "Melania Trump ... *Trump* said" (the NER reading the surname alone as a body's
            # name): the person the article names in full by that surname
            person = article.full_name(name)
            country = country or (article.person_country(person) if person else None)
        if country is None and person is not None:
            country = self._named_place(side, head, article)  # "*Kharkiv* regional governor X"
            if country is None and head is not None:
                # "X, president of *Republika Srpska*'s national assembly": a place in what describes X
                # (not a word of the name itself, "*Carmen* Cruz")
                country = self._named_place(side, head, article, _qualifier_words(head, self.actors))
        heading = head is not None and _heading(head, article.sentences[ev.sentence], words.statement_nouns)
        if country is None and person is not None and not article.tied(person) and not heading:
            own = _is_place_of(ev, head)
            country = self._place_country(ev, article, other_than, own)  # a person of the story's own country
        if country or person is not None:
            return _with_country(side, country)
        place = ev.location
        if (
            place is not None
            and place.country
            and head is not None
            and head.pos_ == "PROPN"
            and side.span[0] <= place.span[0] < place.span[1] <= side.span[1]
        ):
            return _with_country(side, place.country)  # "shelled *Kharkiv*": the place is the party's
        region = words.acting_regions.get(side.text.lower()) if head is not None else None
        if region is not None and head is not None and head.dep_ in (*syntax.SUBJECT_DEPS, "dobj"):
            return _with_country(side, region)  # "*Europe* retaliated", "warned *Europe*": its states together
        if head is not None and head.pos_ == "PROPN" and head.ent_type_ == "GPE" and self.gazetteer is not None:
            # "*Louisiana* declared a state of emergency", "*Ontario* sued the firm": a state, a
            # province or a city the dictionary does not know, acting, is its government, of the
            # country the gazetteer clearly puts it in
            ent = syntax.entity_of(head)
            country = self._place_name_country(ent.text) if ent is not None else None
            if country is not None:
                return _with_country(side, country)
        domestic = side.sector in words.domestic_sectors or (head is not None and _counted_people(head, words))
        # a crowd that protests is of the place where it protests ("*opposition supporters* rallied
        # in Kinshasa", "*workers* marched in Seoul"): a common noun with no sector, as the actor
        domestic = domestic or (
            not acted_upon
            and ev.type in words.crowd_types
            and head is not None
            and head.pos_ == "NOUN"
            and side.sector is None
        )
        # "*Republican* members", "*Socialist* deputies": people a party's capitalised word
        # qualifies are of a party within the state (``affiliation_words``), of the story's country
        domestic = domestic or (head is not None and side.sector is None and _affiliated(head, words.affiliation_words))
        thing = (
            acted_upon
            and head is not None
            and side.sector is None
            and ev.type in words.target_thing_types
            and (head.lemma_.lower() in words.target_things or _two_words(head) in words.target_things)
            # not one whose owner a people's name the dictionary does not know says ("*Kampuchean* camps")
            and not any(c.ent_type_ == "NORP" and c.i not in article.at for c in head.children)
        )
        domestic = domestic or thing  # "gunmen stormed *a hotel*": a thing attacked or seized is of its place
        domestic = domestic or self._local_ngo(side, head)  # "*local* rights groups": of the place
        known = self._known_place
        if domestic and head is not None and _names_a_place(head, known):
            return _with_country(side, self._named_place(side, head, article))  # "*Texas* police"
        if head is not None and _names_a_place(head, known, after=True) and self._office(side, head, article):
            # "the governor *of Texas*", "the *Texas* governor's office": an office of a place
            country = self._named_place(side, head, article)
            if country is not None:
                return _with_country(side, country)
        if head is not None and head.lemma_.lower() in words.place_body_heads and _place_after(head, known):
            # "a lawsuit against *the state of Montana*", "*the province of Ontario* sued": the
            # place's own government, of the country the gazetteer clearly puts the place in, else
            # of the one country the article names that has a place so called ("Montana": a
            # U.S. state and a Bulgarian province)
            place_name = " ".join(t.text for t in _place_after(head, known))
            country = self._named_place(side, head, article) or self._place_among(place_name, article.countries)
            if country is not None:
                return _with_country(side, country)
        if head is not None and side.sector in (None, "SOC") and self._non_governmental(head):
            return _with_country(side, NGO)  # "international rights groups condemned ...": NGOs
        if (
            domestic
            and head is not None
            and any(c.dep_ in ("amod", "det") and c.lower_ in words.elsewhere_words for c in head.children)
        ):
            return side  # "called on *other* governments to join us": none of the place's own
        if domestic and not (head is not None and _names_a_place(head, known)):
            placed = ev.location is not None and ev.location.country in article.countries
            country = home if home and not placed else None
            at_home = side.sector in words.home_sectors
            country = country or self._place_country(ev, article, other_than, _is_place_of(ev, head), at_home)
            if thing and country in other_than and not placed:
                return side  # "its troops took *two villages*": not the attacker's own, unless placed there
            country = country or article.sector_country_before(side)
            crowd = words.crowd_place_prepositions if ev.type in words.crowd_types else frozenset()
            # (for the recipient, only an office facing a foreign office or envoy: "Iran issued
            # arrest warrants for 36 people" or "Iran executed two men" says nothing of theirs)
            own_state = not acted_upon and self._faces_own_state(country, facing, article, crowd)
            if own_state or self._meets_foreign_office(ev, side, country, facing, article):
                return side  # "the junta accused Paris": not the state it faces across the event
            return _with_country(side, country)
        if side.sector in words.salient_sectors and head is not None and not _definite(head):
            # "Nigeria's army said it killed 30 fighters. *Troops* also rescued ...": the troops
            # of the country whose forces were named just before
            return _with_country(side, article.sector_country_before(side, PRONOUN_LOOKBACK))
        return side

    def _described_subject(self, pronoun: Token, article: _Article) -> Actor | None:
        """What 'it' or 'they' stands for when a description of a country, an organisation or an
        armed group is the subject before it in its own sentence ("the terror group was on pace
        to double the attacks *it* had carried out", "the bloc said *it* would respond"): the one
        the description refers back to; a country's only in the singular (a group's, either)."""
        words = self.words
        own = [t for t in article.doc[pronoun.sent.start : pronoun.i] if t.dep_ in SUBJECTS and t.pos_ == "NOUN"]
        if not own or not _definite(own[-1]):
            return None
        subject = own[-1]
        lemma = subject.lemma_.lower()
        group = lemma in words.group_heads | words.igo_heads
        several = syntax.several(subject) or pronoun.lower_ in syntax.PLURAL_PRONOUNS
        if not group and (lemma not in words.country_heads or several):
            return None  # (not "those countries ... their offers": several, not the last one named)
        start, end = syntax.phrase(subject)
        first, last = article.doc[start], article.doc[end - 1]
        phrase = Actor(article.doc[start:end].text, (first.idx, last.idx + len(last)))
        found = self._described(subject, phrase, article)
        return found if found is not None and found.country is not None else None

    def _non_governmental(self, head: Token) -> bool:
        """Whether a phrase names non-governmental organisations by a sector word of theirs
        ("rights groups", "aid agencies", ``ngo_roles``) that no word makes local ("*local*
        rights groups", ``local_words``)."""
        if not self._ngo_word(head):
            return False
        before = {t.lower_ for t in head.subtree if t.i < head.i}
        # "international and local rights groups": international ones among them, no one state's
        return not before & self.words.local_words or bool(before & self.words.international_words)

    def _local_ngo(self, side: Actor, head: Token | None) -> bool:
        """Whether a phrase names non-governmental organisations that a word makes local ("*local*
        rights groups condemned the arrest"): civil society of the place where they act."""
        if head is None or side.sector not in (None, "SOC", "HRI", "NGO") or self._non_governmental(head):
            return False
        before = {t.lower_ for t in head.subtree if t.i < head.i}
        return bool(before & self.words.local_words) and self._ngo_word(head)

    def _ngo_word(self, head: Token) -> bool:
        """Whether a phrase's head is a sector word of non-governmental organisations ("*rights*
        groups", "aid *agencies*", ``ngo_roles``), read with the word before it (not the lemma
        "right"), as two words, or alone."""
        left = head.doc[head.i - 1].lower_ + " " if head.i > 0 else ""
        word = (
            self.actors.sector(left + head.lemma_.lower())
            or self.actors.sector(_two_words(head))
            or self.actors.sector(head.lemma_.lower())
        )
        return word is not None and word.role in self.words.ngo_roles

    def _named_place(
        self, side: Actor, head: Token | None, article: _Article, described: list[Token] | None = None
    ) -> str | None:
        """The country of a place name that the dictionary does not know qualifying an actor
        ("*Texas* police", "*Kharkiv* regional governor Oleh Syniehubov"), or, given
        ``described``, among the words that describe a person's name; when the gazetteer
        says it clearly: its largest place of that name is ``PLACE_LEAD`` times larger than any
        abroad, and of some size (a name shared by places of similar size, "Punjab", says none)."""
        if self.gazetteer is None or head is None:
            return None
        start = article.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if start is None:
            return None
        words = (
            sorted((t for t in described if t.ent_type_ != "PERSON" and t.head != head), key=lambda t: t.i)
            if described is not None
            else [*article.doc[start.start : head.i], *_place_after(head, self._known_place)]
        )
        names: list[list[Token]] = []
        for tok in words:
            if not _proper(tok, self._known_place) or not _place_label(tok, self._known_place) or tok.i in article.at:
                continue
            if tok.lower_ in self.actors.titles or self.actors.sector(tok.lemma_.lower()) is not None:
                continue  # "Kharkiv *Mayor* Ihor Terekhov": a title, not part of the place's name
            if names and names[-1][-1].i == tok.i - 1:
                names[-1].append(tok)
            else:
                names.append([tok])
        countries = set()
        for name in names:
            # the whole name first ("*New York* prosecutors"); else without the ordinary words
            # some place is named ("*Federal* Police", "*West* Bank")
            whole = " ".join(t.text for t in name) if len(name) > 1 else None
            country = self._place_name_country(whole) if whole and self._known_place(whole) else None
            rest = [t.text for t in name if t.lower_ not in self.words.common_place_words]
            countries.add(country or (self._place_name_country(" ".join(rest)) if rest else None))
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def _known_place(self, name: str) -> bool:
        """Whether the gazetteer knows a city or an admin area of some size by this very name."""
        if self.gazetteer is None:
            return False
        key = name_key(name)
        return any(
            p.feature in ("city", "admin area") and p.population >= PLACE_SIZE and p.is_called(key)
            for p in self.gazetteer.lookup(name)
        )

    def _office(self, side: Actor, head: Token, article: _Article) -> bool:
        """Whether an actor's phrase names an office or a body by a title or a sector word up
        to its head ("the *governor* of Texas", "the Texas *governor*'s office")."""
        start = article.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if start is None:
            return False
        return any(
            t.lower_ in self.actors.titles or self.actors.sector(t.lemma_.lower()) is not None
            for t in article.doc[start.start : head.i + 1]
            if t.pos_ == "NOUN"
        )

    def _place_among(self, name: str, countries: frozenset[str]) -> str | None:
        """The one country among ``countries`` (the article's) with a city or an admin area of
        some size called ``name``; None when none or several are."""
        if self.gazetteer is None or not name:
            return None
        key = name_key(name)
        found = {
            p.country
            for p in self.gazetteer.lookup(name)
            if p.feature in ("city", "admin area") and p.population >= PLACE_SIZE and p.is_called(key)
        }
        found &= countries
        return found.pop() if len(found) == 1 else None

    def _place_name_country(self, name: str) -> str | None:
        assert self.gazetteer is not None
        places = self.gazetteer.lookup(name)
        key = name_key(name)
        # the largest city or admin area of that very name ("Odesa", the city, not the larger
        # "Odessa" region, so spelt): a region, or a place known by that name only as another
        # name, larger and abroad, says none
        called = [p for p in places if p.feature in ("city", "admin area") and p.is_called(key)]
        biggest = max(called, key=lambda p: p.population, default=None)
        if biggest is None or biggest.country is None or biggest.population < PLACE_SIZE:
            return None
        largest = max(places, key=lambda p: p.population)
        if largest.country != biggest.country and largest.population > biggest.population:
            return None
        # namesakes abroad: places of that very name (not "Hong Kong", once called "Victoria")
        abroad = max((p.population for p in called if p.country != biggest.country), default=0)
        return biggest.country if biggest.population >= PLACE_LEAD * max(abroad, 1) else None

    @staticmethod
    def _faces_own_state(
        country: str | None, facing: Actor | None, article: _Article, crowd: frozenset[str] = frozenset()
    ) -> bool:
        """Whether the party an actor faces across the event is the very state the actor would
        be given by default (the place's, the story's): then the actor is not of it; not when
        that state is named as where the act happens, after a place preposition or, for a
        crowd, one of ``crowd`` ("marched *through* Nairobi")."""
        return (
            country is not None
            and facing is not None
            and facing.country == country
            and article.names_a_state(facing)
            and not _located_at(article.head(facing), crowd)
        )

    def _meets_foreign_office(
        self, ev: Event, side: Actor, country: str | None, facing: Actor | None, article: _Article
    ) -> bool:
        """Whether an office of a state that names no country ("the president", "the ministry")
        faces a party whose own phrase names that party's country ("*Japanese* Prime Minister
        Ishiba", "the *French* ambassador", "three *Russian* banks") across an act done between
        states: meeting, agreeing with or backing another office-holder (``partner_types``), or
        sanctioning anyone (``abroad_types``, ``abroad_codes``). A writer names the other side's
        country, not the subject's own, so the office is not given the other side's (the story's
        main country is then often it); police and courts arresting "two Kenyan journalists"
        act at home and keep it. A counterpart ("his Indian counterpart", ``counterpart_nouns``)
        is of another state whatever the act, and so is an envoy whose phrase names the state
        that sent it ("threatened to expel *the French ambassador*", "summoned *a Chinese
        diplomat*", ``envoy_words``): posted abroad, it is not of the office's state, which
        the story's main country often is only because the envoy's word names it.
        ``country`` is the one the office would be given."""
        if facing is None or country is None or facing.country != country or side.sector not in STATE_SECTORS:
            return False
        words = self.words
        facing_head = article.head(facing)
        if facing_head is not None and facing_head.lemma_.lower() in words.counterpart_nouns:
            return True  # "thanked *his Indian counterpart*": the same office in another state
        envoy = facing_head is not None and facing_head.lemma_.lower() in words.envoy_words
        between_offices = ev.type in words.partner_types and facing.sector in STATE_SECTORS
        if not (envoy or between_offices or ev.type in words.abroad_types or ev.cameo in words.abroad_codes):
            return False
        if side.sector in words.home_sectors:
            return False
        phrase = article.doc.char_span(facing.span[0], facing.span[1], alignment_mode="expand")
        if phrase is None:
            return False
        named = (article.at.get(t.i) for t in phrase if t != phrase.root and t.ent_type_ in ("NORP", "GPE"))
        return any(m is not None and m.entry is not None and m.entry.country == facing.country for m in named)

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
        accepting = ev.type in self.words.answering_types
        if ev.type not in (REJECT, ACCUSE, SUPPORT) and not accepting:
            return None
        verb = article.head(ev.trigger)
        objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
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
        if ev.type == REJECT and heads & self.words.rebuttal_nouns:
            # "police arrested X ... X denies the charges": who charged or held X, by name (COERCE)
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
        if ev.type not in self.freed_types or verb is None:
            return None
        nouns = [verb, *syntax.objects(verb), *syntax.prep_objects(verb, ("for",))]
        freeing = [n for n in nouns if n.lemma_.lower() in self.freeing]
        if not freeing:
            return None
        freed = [c for n in freeing for c in n.children if c.dep_ == "poss"]
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
        holders = self._holders_of(ev, actor, named, 0 if named else ev.sentence - PRONOUN_LOOKBACK, events, article)
        if not holders and named and own:
            unnamed = self._holders_of(ev, actor, set(), ev.sentence - PRONOUN_LOOKBACK, events, article)
            holders = [h for h in unnamed if h.country is not None and h.country != actor.country]
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
        if ev.type != "THREATEN" or recipient is not None:
            return None
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
            doers = doers or [c for c in thing.children if c.dep_ == "poss"]
        for tok in doers:
            for found in article.resolver.resolve(tok):
                author = self._resolve(ev, found, article)
                if author is None or (actor is not None and _same_party(author, actor)):
                    continue
                if author.country or author.name:
                    return author
        return None

    def _place_of_act(self, side: Actor | None, article: _Article) -> bool:
        """A city named as a compound of an act of violence ("a *Kabul* car bombing", "the
        *Mogadishu* attack"): the place where it happened, not its actor; a country or a people
        so named ("a *U.S.* airstrike", "*Israeli* strikes") is the actor."""
        head = article.head(side) if side is not None else None
        if head is None or head.dep_ != "compound" or head.head.lemma_.lower() not in self.words.attack_nouns:
            return False
        m = article.at.get(head.i)
        return m is not None and m.entry is not None and m.entry.kind == "metonym"

    @staticmethod
    def _place_country(
        ev: Event,
        article: _Article,
        other_than: frozenset[str] = frozenset(),
        named_place: bool = False,
        at_home: bool = False,
    ) -> str | None:
        """The country where the event happens, when the article names it, else its main
        country; for a recipient (``other_than``: the actor's country), the country of the
        event's place also when the article does not name it, rather than make the one acted
        upon the actor's own ("Russian missiles killed 12 people *in Kharkiv*"); not when the
        place is the party's own name (``named_place``: "sentenced *Zamora*" read as a town).
        For police and courts, which act only at home (``at_home``), a place named in the
        event's own sentence is theirs even when the article names no country of it ("Police
        charged a man *in Toronto*"), before a country the story names elsewhere; not for
        others, whose act a namesake place would misplace ("launched ... from Kennedy Space
        Center in *Florida*" read as Colombia's). A place read from the actor's own words, the
        land of its office ("*Northamptonshire* police spoke with X", places25), says where the
        event is, not whose the recipient is: it is not read for the recipient."""
        place = ev.location.country if ev.location is not None else None
        if other_than and ev.location is not None and ev.location.basis == "office":
            place = None
        here = place in article.countries or (at_home and _placed_in_sentence(ev, article))
        found = place if here else article.main_country
        if found in other_than and place and place not in other_than and not named_place:
            return place
        return found

    def _everyone(self, side: Actor | None, article: _Article) -> bool:
        """Whether a side is every country, with no country or name of its own ("urged *all
        countries* to ...", "calls on *all nations*", "*every state* must ..."): it names no
        party (both manuals code a recipient only when the text names one)."""
        if side is None or side.country is not None or side.name is not None:
            return False
        head = article.head(side)
        if head is None or head.lemma_.lower() not in self.words.country_heads:
            return False
        if any(c.dep_ in ("prep", "amod", "compound", "poss", "relcl", "acl") for c in head.children):
            return False  # "all countries *in the region*", "all *Gulf* states"
        return any(c.dep_ in ("det", "predet") and c.lower_ in EVERY_WORDS for c in head.children)

    def _each_country(self, side: Actor | None, article: _Article) -> list[Actor]:
        """A counted description of countries or of their representatives as an actor or
        recipient ("*the three nations* accused ...", "*both countries* agreed", "*the two
        leaders* agreed", "urged *both sides*"): the last that many countries the article named
        before it, one each; empty when the article named fewer, or for any other side."""
        head = article.head(side) if side is not None else None
        if head is not None and head.tag_ == "NNS" and head.lemma_.lower() in self.words.party_heads:
            # "the leaders *of the two countries*", "the foreign ministers *of both nations*":
            # the countries the representatives are of are counted
            head = next(
                (
                    g
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in self.words.country_heads
                ),
                head,
            )
        lemma = head.lemma_.lower() if head is not None else ""
        if side is None or head is None or head.tag_ != "NNS":
            return []
        # a counted title ("the two leaders") may have been read as the last one of them named
        if not ((side.country is None and lemma in self.words.country_heads) or lemma in self.words.party_heads):
            return []
        counts = [self.words.party_counts.get(c.lower_) for c in head.children if c.dep_ in ("nummod", "det", "predet")]
        number = next((n for n in counts if n), 0)
        if number < 2:
            return []
        found = article.countries_before(side.span[0], number)
        if not found and lemma in SIDES:
            # "the RSF has been fighting the Sudanese army ... both sides committed abuses": the
            # sides of a war may be armed groups, not only countries
            found = article.parties_before(side.span[0], number)
        return found

    def _authorities(self, ev: Event, article: _Article) -> Actor | None:
        """The unnamed agent of an act only a state's authorities perform, in the passive ("71
        people were arrested"): the authorities of the country where it happens (else of the
        article's main country), with the passive verb's span, the words it was read from."""
        verb = article.head(ev.trigger)
        if verb is None or self.words.authority_passives.isdisjoint(_authority_forms(verb)):
            return None
        noun = verb.pos_ == "NOUN"  # "the arrest of X has prompted ...": no one's name is on it
        if not (noun or syntax.is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "acl")):
            return None
        if any(c.dep_ == "agent" for c in verb.children):
            return None
        country = self._place_country(ev, article)
        if not country:
            return None
        return Actor(AUTHORITIES, ev.trigger.span, country=country, sector="GOV", cameo_code=country + "GOV")

    def _operator(self, ev: Event, article: _Article) -> Actor | None:
        """The agent of a passive with none, named by the operation or the attack it happened in
        ("was killed *in a U.S. counterterrorism operation*", "were wounded in an *Israeli*
        airstrike"): the country or people qualifying that noun."""
        verb = article.head(ev.trigger)
        if verb is None or not syntax.is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
            return None
        nouns = self.words.attack_nouns | self.words.operation_nouns
        for noun in syntax.prep_objects(verb, ("in", "during")):
            if noun.lemma_.lower() not in nouns:
                continue
            for tok in article.doc[noun.left_edge.i : noun.i]:  # "a *U.S.* counterterrorism operation"
                m = article.at.get(tok.i)
                # a country, a people, an armed group or an alliance; a city is where ("a Kabul bombing")
                if m is not None and m.entry is not None and m.entry.kind in OPERATOR_KINDS:
                    return _actor(article.doc, m)
        return None

    def _speaker(self, ev: Event, side: Actor, article: _Article) -> Actor:
        """'We' in a quote: the one the quote is attributed to, when the text names it; an event
        deep in the quote whose own attribution was not read takes that of the sentence's other
        events, when they name one speaker ('X said, "... how *we* can support Ukraine"'); a quote
        with no attribution that opens the sentence after a quoted speaker's is that speaker's
        ('"...," X said. "*We* also discussed ..."')."""
        speaker = ev.attribution.actor if ev.attribution is not None else None
        if speaker is None:
            speaker = article.speakers.get(ev.sentence)
        if speaker is None and article.continues_quote(ev.sentence):
            speaker = article.speakers.get(ev.sentence - 1)  # '"...," X said. "*We* also ..."'
        if speaker is None or speaker.span == side.span:
            return side
        text = speaker.text.lower()
        if text in syntax.FIRST_PERSON or text in syntax.PRONOUNS:
            return side
        return speaker

    def _described(
        self, head: Token, side: Actor, article: _Article, other_than: frozenset[str] = frozenset()
    ) -> Actor | None:
        """What a definite description refers back to: the country, armed group or organisation last named
        (not the actor's own country, for the recipient: "Japan condemned *the country*"), or the
        last earlier phrase with the same head that a country qualified ("Saudi Crown Prince
        Mohammed bin Salman" ... "the crown prince")."""
        lemma = head.lemma_.lower()
        if lemma in self.words.country_heads or _two_words(head) in self.words.country_heads:
            return article.named_before(side.span[0], COUNTRY_KINDS, exclude=other_than)
        if lemma in self.words.igo_heads:
            found = article.named_before(side.span[0], frozenset({"igo"}), exclude=NON_STATE)
            if found is not None:
                return found
        if lemma in self.words.group_heads:
            found = article.named_before(side.span[0], frozenset({"group"}))
            if found is not None:
                return found
        if lemma in self.words.organisation_heads:
            # no armed group named: the organisation last named ("Amnesty said ... the group said")
            found = article.named_before(side.span[0], frozenset({"igo"}))
            if found is not None:
                return found
        found = article.same_head_before(head, side) or article.body_before(head, side)
        if found is not None and not _keeps_name(head, side, found):
            return None  # "the *Life and Liberty* Party" is a name of its own, not "the American Delta parties"
        return found


def _keeps_name(head: Token, side: Actor, found: Actor) -> bool:
    """Whether the phrase a definite description was taken for holds the proper names that qualify
    the description's head ("the *Foreign* Ministry" for "Pakistan's Foreign Ministry"): a head
    named by words of its own ("the *Life and Liberty* Party") is another body, not an earlier
    one with that head ("the American Delta parties")."""
    start, end = side.span
    own = [t.lower_ for t in head.doc[head.left_edge.i : head.i] if t.pos_ == "PROPN" and start <= t.idx < end]
    text = found.text.lower()
    return all(w in text for w in own)


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


def _same_span(one: Actor | None, other: Actor) -> bool:
    """Whether a side was resolved to the very words of the other ("the decision" read as its welcomer)."""
    return one is not None and one.span == other.span


def _names_party(side: Actor | None) -> bool:
    """Whether a side names a party: a country, a name or a sector."""
    return side is not None and (side.country is not None or side.name is not None or side.sector is not None)


def _addressed_to(request: Event, refuser: Actor, answered: frozenset[str]) -> bool:
    """Whether a request of an actor whose country is not known was made to the one who refuses
    it ("the chief constable wrote to the embassy asking ..." ... "the embassy declined the
    request"): its recipient is of the refuser's country."""
    recipient = request.recipient
    return answered == {REQUEST} and recipient is not None and recipient.country == refuser.country


def _against(earlier: Event, actor: Actor) -> bool:
    """Whether an earlier event was done to the one who now answers it, by name ("prosecutors
    charged *Avenatti* ... *Avenatti* pleaded not guilty to the charges"): then it answers its
    doer, of its own country or not."""
    target = earlier.recipient
    if target is None or earlier.actor is None or earlier.actor.span == actor.span:
        return False
    last = (target.name or target.text).split()[-1:]
    return bool(last) and last == (actor.name or actor.text).split()[-1:] and last[0][:1].isupper()


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


def _is_place_of(ev: Event, head: Token | None) -> bool:
    """Whether the event's place is read from the party's own head word ("sentenced *Zamora*"
    with Zamora taken for the Spanish town): then its country says nothing of the party."""
    place = ev.location
    return head is None or (place is not None and place.span[0] <= head.idx < place.span[1])


def _agents(verb: Token) -> list[Token]:
    """The agent of a passive verb or participle: "was revoked *by a judge*"."""
    by = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return by or syntax.prep_objects(verb, ("by",))


def _same_party(one: Actor, other: Actor) -> bool:
    """Whether two sides are the same party: the same words, words ending alike ("Judge Erick
    Garcia" ... "Garcia"), or the same office of one country (both "BRAGOV")."""
    if one.span == other.span or (one.sector is not None and one.cameo_code == other.cameo_code):
        return True
    last = one.text.lower().split()[-1:]
    return bool(last) and last == other.text.lower().split()[-1:]


def _trigger_lemmas(ev: Event, article: _Article) -> set[str]:
    """The lemmas of the words of an event's trigger ("revoked", "issued a ruling")."""
    span = article.doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
    return {t.lemma_.lower() for t in span} if span is not None else set()


#: letters a verb's stem needs at least to count words it begins ("investigat-": "investigating")
STEM = 5


def _reports(noun: str, verb: str, said: set[str]) -> bool:
    """Whether a trigger's lemmas report the act a noun names: the noun, its verb, or a word
    that begins with the verb's stem ("investigat-", of at least ``STEM``
    letters); not a shorter word the two merely begin alike ("invested" is no investigation,
    "blocked" no blockade, "convinced" no conviction)."""
    stem = verb.removesuffix("e")
    return any(w in (noun, verb) or (len(stem) >= STEM and w.startswith(stem)) for w in said)


def _one_of(ev: Event, actor: Actor, recipient: Actor | None) -> Event:
    """The event with one of the actors a counted description stands for, under its own id."""
    key = Event.make_id(ev.article_id, ev.sentence, ev.trigger.span, ev.type, actor.span)
    return replace(ev, id=key + (f"-{recipient.span[0]}" if recipient else ""), actor=actor, recipient=recipient)


def _to_each(ev: Event, actor: Actor | None, recipient: Actor) -> Event:
    """The event with one of the recipients a counted description stands for, under its own id."""
    key = Event.make_id(ev.article_id, ev.sentence, ev.trigger.span, ev.type, actor.span if actor else None)
    return replace(ev, id=f"{key}-r{recipient.span[0]}", actor=actor, recipient=recipient)


def _speakers(events: tuple[Event, ...]) -> dict[int, Actor]:
    """Sentence -> the one speaker its events are attributed to (none when they name two)."""
    found: dict[int, dict[tuple[int, int], Actor]] = {}
    for ev in events:
        if ev.attribution is not None and ev.attribution.actor is not None:
            found.setdefault(ev.sentence, {})[ev.attribution.actor.span] = ev.attribution.actor
    return {n: next(iter(by_span.values())) for n, by_span in found.items() if len(by_span) == 1}


def _heading(head: Token, sentence: Span, statements: frozenset[str]) -> bool:
    """Whether a name is the issuer a statement's heading declares, in a line with no verb before
    the event's sentence: its byline ("Jane Doe, Department Spokesperson") or the by- or
    from-phrase of its title names ("Statement *by Spokesperson Jane Doe* on ..."; not the one
    the title is about, "Statement on the Passing of *Jane Doe*"). The author of a statement is not
    of the place it speaks of."""
    if head.sent.start == sentence.start or any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return False
    if syntax.byline(head):
        return True
    titled = any(
        t.lemma_.lower() in statements and any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in t.children)
        for t in head.sent
    )
    # not one the statement is about ("on the Passing of *Jane Doe*"), however the title is parsed
    about = any(t.dep_ == "prep" and t.lower_ in ("on", "about", "regarding") for t in head.ancestors)
    return titled and not about


def _located_at(head: Token | None, more: frozenset[str] = frozenset()) -> bool:
    """Whether a name stands as where the act happens ("protesting ... *in Monrovia*", and after
    ``more`` prepositions: "marched *through* Nairobi"), not as a party across it: then a
    domestic actor is of that place after all; also as the "of" of a common noun there
    ("marched through the streets *of Kampala*")."""
    if head is None or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.dep_ == "prep" and (prep.lower_ in syntax.PLACE_PREPOSITIONS or prep.lower_ in more)


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
    if owner is None or owner.pos_ == "PRON" or owner.lower_ in syntax.PRONOUNS:
        return None
    speaker = ev.attribution.actor if ev.attribution is not None else None
    if speaker is not None and speaker.span[0] <= owner.idx < speaker.span[1]:
        return speaker  # the clause's subject, already resolved as the one reporting it
    return article.naming(owner)


def _relative_reporter(pronoun: Token) -> Token | None:
    """'Mauritius, which argues *it* was forced to ...': the subject of a clause that is the
    complement of a relative clause's verb is the relative clause's antecedent."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp" or clause.head.dep_ != "relcl":
        return None
    verb = clause.head
    if not any(c.dep_ == "nsubj" and c.lower_ in syntax.RELATIVE_PRONOUNS for c in verb.children):
        return None
    return verb.head


def _counted_people(head: Token, words: ReferenceWords) -> bool:
    """People of no kind, counted ("*36 people*", "one *person*"); uncounted "people" are no party."""
    counted = head.tag_ == "CD" or any(c.dep_ == "nummod" or c.tag_ == "CD" for c in head.children)
    return counted and head.lemma_.lower() in words.people_nouns


#: the prepositions after an office or a body that name the place it is of ("the mayor *of*
#: Kharkiv", "police *in* Kharkiv")
OFFICE_PLACE_PREPS = ("of", "in")


def _names_a_place(head: Token, known: Callable[[str], bool], after: bool = False) -> bool:
    """A phrase whose head a proper name qualifies ("Hong Kong authorities", "*Kharkiv* police"
    at the head of a sentence; also through a possessive, "the *Texas* governor's office"; with
    ``after``, in an "of" or "in" phrase, "the governor *of Texas*"): it names its own place,
    which the dictionary does not know; the event's place is no evidence then."""
    qualifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    qualifiers += [q for c in qualifiers if c.dep_ == "poss" for q in c.children if q.dep_ == "compound"]
    return any(_proper(c, known) for c in qualifiers) or (after and bool(_place_after(head, known)))


def _proper(tok: Token, known: Callable[[str], bool]) -> bool:
    """A proper name's word: tagged so, or capitalised at the head of its sentence before the
    noun it qualifies, where the tagger reads a place's name as a common noun or an adjective
    ("*Kharkiv* police arrested ...", "*Odesa* police detained ..."), when a place is ``known``
    by it ("*Car* bomb" is no place's)."""
    if tok.pos_ == "PROPN":
        return True
    opening = tok.pos_ in ("NOUN", "ADJ") and tok.is_title and tok.i == tok.sent.start and tok.dep_ == "compound"
    return opening and known(tok.text)


def _place_label(tok: Token, known: Callable[[str], bool]) -> bool:
    """Whether the NER's label of a proper name allows a place: a place's or none, or a people's
    (NORP) on a name the gazetteer knows as a city or an admin area of some size, which the NER
    took for a people's ("the governor of *Belgorod*")."""
    return tok.ent_type_ in PLACE_LABELS or (tok.ent_type_ == "NORP" and known(tok.text))


def _affiliated(head: Token, affiliation: frozenset[str]) -> bool:
    """Whether a common noun of people is qualified by a party's capitalised word ("*Republican*
    members", "*Labour* councillors", "*Democratic* representatives"), not a person's or a place's
    name, nor an ideology in lower case ("liberal democracies")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("PERSON", "GPE"):
        return False
    return any(
        c.dep_ in ("amod", "compound") and c.i < head.i and c.is_title and c.lemma_.lower() in affiliation
        for c in head.children
    )


def _place_after(head: Token, known: Callable[[str], bool]) -> list[Token]:
    """The proper name of an "of" or "in" phrase on an office or a body ("the governor *of
    Texas*", "police *in Kharkiv*"), with the words of its name before it."""
    out: list[Token] = []
    for name in syntax.prep_objects(head, OFFICE_PLACE_PREPS):
        if name.pos_ == "PROPN" and _place_label(name, known):
            out.extend(c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i)
            out.append(name)
    return sorted(out, key=lambda t: t.i)


def _definite_side(side: Actor | None, article: _Article) -> bool:
    head = article.head(side) if side is not None else None
    return head is not None and _definite(head)


def _definite(head: Token) -> bool:
    """A definite description: "the militants", "these groups", not "militants" or "a group"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)


def _two_words(head: Token) -> str:
    left = head.doc[head.i - 1] if head.i > 0 else None
    return f"{left.lemma_.lower()} {head.lemma_.lower()}" if left is not None else head.lemma_.lower()


def _with_country(side: Actor, country: str | None) -> Actor:
    """The actor, its words kept, with the country added (and the CAMEO code it prefixes)."""
    if not country:
        return side
    return replace(side, country=country, cameo_code=country + (side.cameo_code or ""))


def _actor(doc: Doc, m: Mention) -> Actor:
    """The actor a dictionary mention names, with the mention's own text and span."""
    assert m.entry is not None
    first, last = doc[m.start], doc[m.end - 1]
    entry = m.entry
    return Actor(
        doc[m.start : m.end].text,
        (first.idx, last.idx + len(last)),
        name=entry.name,
        country=entry.country,
        sector=entry.sector,
        cameo_code=(entry.cameo or entry.country or "") + (entry.sector or "") or None,
    )


class _EventIndex:
    """The article's events by type, each type's in text order (by where the trigger starts),
    built once per article: the events of some types told before a point, within some sentences,
    found by bisection, never by a scan of all the article's events for each event."""

    def __init__(self, events: tuple[Event, ...]) -> None:
        by_type: dict[str, list[tuple[int, int]]] = {}
        for i, ev in enumerate(events):
            by_type.setdefault(ev.type, []).append((ev.trigger.span[0], i))
        self.events = events
        self.starts: dict[str, list[int]] = {}
        self.order: dict[str, list[int]] = {}
        for type_, found in by_type.items():
            found.sort()
            self.starts[type_] = [start for start, _ in found]
            self.order[type_] = [i for _, i in found]

    def before(self, types: Iterable[str], char: int, since: int = 0) -> list[Event]:
        """The events of ``types`` whose trigger starts before character ``char``, told in
        sentence ``since`` or later, in text order (the nearest last)."""
        found: list[tuple[int, int]] = []
        for type_ in types:
            starts = self.starts.get(type_)
            if not starts:
                continue
            order = self.order[type_]
            end = bisect.bisect_left(starts, char)
            first = end
            while first > 0 and self.events[order[first - 1]].sentence >= since:
                first -= 1
            found.extend((starts[j], order[j]) for j in range(first, end))
        return [self.events[i] for _, i in sorted(found)]


class _Article:
    """What the article has named: its dictionary mentions in order, the country that
    qualifies each person's name, and its main country."""

    def __init__(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        actors: ActorDictionary,
        words: ReferenceWords,
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.words = words
        self.members = words.member_nouns  # "members of the U.S. Senate": nouns of belonging, not of a sector
        self.actors = actors
        self.acts = words.act_nouns  # nouns of acts: "the attack was claimed by ..." (not "the island was claimed by")
        self.citizenship = words.citizenship_nouns  # "a British national": a passport, not whom a person acts for
        self.named = [m for m in mentions if m.entry is not None and m.entry.kind != "person"]
        self.starts = [doc[m.start].idx for m in self.named]
        self.by_last = {m.end - 1: m for m in self.named}
        #: known office-holders, by their last word: "the *Trump* administration", "*Putin's* office"
        self.holders = {
            m.end - 1: m for m in mentions if m.entry is not None and m.entry.kind == "person" and m.entry.country
        }
        self.by_start = {doc[m.start].idx: m for m in self.named}
        self.at = {i: m for m in self.named for i in range(m.start, m.end)}
        #: unknown names tied to something other than a country that would say whose they are
        #: (an organisation, a topic, a passport): no country of the place for them
        self.untied: set[str] = set()
        self.others = {m.end - 1: m for m in mentions if m.entry is None and m.label in OTHER_LABELS}
        #: each act's reports, found once (``reports_of``, ``reporting``), and the lemmas of each
        #: event's trigger
        self._report_cache: dict[tuple[str, str | None, frozenset[str] | None], list[tuple[int, Token]]] = {}
        self._event_cache: dict[tuple[str, str | None, frozenset[str] | None], list[int]] = {}
        self._said: list[set[str]] | None = None
        self.persons = self._person_countries(mentions)
        #: the persons named in full, by surname
        full_names: dict[str, list[str]] = {}
        for m in mentions:
            if m.entry is None and m.label == "PERSON" and m.end - m.start > 1:
                whole = doc[m.start : m.end].text
                names = full_names.setdefault(doc[m.end - 1].lower_, [])
                if whole not in names:
                    names.append(whole)
        self.full_names = {k: tuple(v) for k, v in full_names.items()}
        self.acronyms = self._acronym_countries()
        countries = [m.entry.country for m in self.named if m.entry is not None and _of_a_state(m.entry)]
        self.countries = frozenset(c for c in countries if c)
        # "an *anti-American* protest": a cause, which says nothing of where the story is
        # (nor the office that heads a statement on a line of its own, "Office of the
        # Spokesperson": who issues it, not what it is about)
        self.main_country = _main_country(
            m.entry.country
            for m in self.named
            if m.entry is not None
            and _of_a_state(m.entry)
            and not syntax.stance(doc[m.start])
            and not _body_line(doc, m, words.body_heads)
        )
        #: sentence -> the one speaker its events are attributed to
        self.speakers: dict[int, Actor] = {}
        #: the article's events by type, for the acts an event answers
        self.events = _EventIndex(())

    @cached_property
    def claims(self) -> list[tuple[int, Actor]]:
        """Who claimed responsibility, by sentence: the subject of "claimed responsibility", or
        the agent of "the attack was claimed by", or the one an attack is ascribed to with no one
        named ascribing it ("an attack *ascribed to* X"), as the dictionary names it."""
        sentences = {s.start: n for n, s in enumerate(self.doc.sents)}
        out = []
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            ascribing = self.words.ascribing_verbs
            if lemma not in self.words.claim_verbs and lemma not in ascribing:
                continue
            objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
            if lemma in ascribing:
                claimers = self._ascribed_to(tok, ascribing[lemma])
            elif "responsibility" in objects:
                claimers = [c for c in tok.children if c.dep_ == "nsubj"]
            elif syntax.is_passive(tok) and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in self.acts for c in tok.children
            ):
                claimers = syntax.prep_objects(tok, ("by",))
            else:
                continue
            named = [self.at[t.i] for c in claimers for t in c.subtree if t.i in self.at]
            if named:
                out.append((sentences[tok.sent.start], _actor(self.doc, named[0])))
        return out

    def _ascribed_to(self, verb: Token, prep: str) -> list[Token]:
        """The one an attack is ascribed to with no one named ascribing it: "another attack
        *ascribed to* the Taliban", "the bombing *was blamed on* al-Shabab" (not "Kabul blamed
        the attack on ...", an accusation, nor a passive with its by-phrase)."""
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            acts = [verb.head]
        elif syntax.is_passive(verb):
            acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            return []
        if not any(a.lemma_.lower() in self.acts for a in acts):
            return []
        return syntax.prep_objects(verb, (prep,))

    def claimer(self, ev: Event) -> Actor | None:
        """The group that claimed an attack with no actor named, in its sentence or up to
        ``CLAIM_LOOKBACK`` sentences after it (its own sentence's first); None when no one, or
        more than one, did."""
        if ev.type != ASSAULT:
            return None
        own = {a.text: a for n, a in self.claims if n == ev.sentence}
        if len(own) == 1:
            return next(iter(own.values()))
        found = {a.text: a for n, a in self.claims if ev.sentence <= n <= ev.sentence + CLAIM_LOOKBACK}
        return next(iter(found.values())) if len(found) == 1 else None

    def continues_quote(self, sentence: int) -> bool:
        """Whether a sentence opens with a quotation and the sentence before it held one too
        (a speaker's quote going on in the next sentence)."""
        if sentence < 1 or sentence >= len(self.sentences):
            return False
        text = self.sentences[sentence].text.lstrip()
        return text[:1] in syntax.OPENING_QUOTES and any(q in self.sentences[sentence - 1].text for q in syntax.QUOTES)

    @cached_property
    def resolver(self) -> PhraseResolver:
        return PhraseResolver(self.doc, self.mentions, self.actors, self.words)

    def reports_of(
        self, acts: dict[str, str], at: int, enacted: dict[str, frozenset[str]] | None = None
    ) -> list[Token]:
        """The authors the text names for the acts ``acts`` names (noun -> verb), or ``enacted``
        (noun -> the verbs that make it, with the noun as their object: "passed *a law*"),
        nearest first before token ``at``, then after it: the subject of the verb ("*the court*
        ruled", not in the passive), its agent ("was revoked *by a judge*"), or the noun's owner
        or doer ("*the court's* ruling", "the ruling *by the court*", "a ruling *issued by* ...").
        Each act's reports are found once per article (a verdict after another asks again)."""
        found: dict[int, Token] = {}
        for noun, verb in acts.items():
            for i, author in self._reports(noun, verb, None):
                found.setdefault(i, author)
        for noun, verbs in (enacted or {}).items():
            for i, author in self._reports(noun, None, verbs):
                found.setdefault(i, author)
        ordered = sorted(found.items())
        before = [a for i, a in reversed(ordered) if i < at]
        return before + [a for i, a in ordered if i > at]

    def reporting(
        self, events: tuple[Event, ...], noun: str, verb: str | None, makers: frozenset[str] | None
    ) -> list[int]:
        """The indices of the article's events (``events``, the same at every call) whose
        trigger reports one act: the noun, its verb or the verb's stem (``verb``), or the noun
        with a verb that makes it (``makers``: "passed a law"). Found once per act."""
        key = (noun, verb, makers)
        if key not in self._event_cache:
            if self._said is None:
                self._said = [_trigger_lemmas(e, self) for e in events]

            def reports(said: set[str]) -> bool:
                if verb is not None:
                    return _reports(noun, verb, said)
                return noun in said and not (makers or frozenset()).isdisjoint(said)

            self._event_cache[key] = [i for i, said in enumerate(self._said) if reports(said)]
        return self._event_cache[key]

    def _reports(self, noun: str, verb: str | None, makers: frozenset[str] | None) -> list[tuple[int, Token]]:
        """The words that report one act, with their first author, in text order: a verb that
        reports it (``verb``: the noun, the verb or its stem; ``makers``: a verb that makes the
        noun, its object), or the noun itself."""
        key = (noun, verb, makers)
        if key not in self._report_cache:
            out = []
            for i, lemma, pos, made, author in self._authored:
                if pos == "VERB" and verb is not None:
                    hit = _reports(noun, verb, {lemma})
                elif pos == "VERB":
                    hit = noun in made and lemma in (makers or ())
                else:
                    hit = lemma == noun
                if hit:
                    out.append((i, author))
            self._report_cache[key] = out
        return self._report_cache[key]

    @cached_property
    def _authored(self) -> list[tuple[int, str, str, frozenset[str], Token]]:
        """Every verb and noun of the article whose author the text names, read once: its index,
        lemma, part of speech, what a verb makes (the lemmas of its object or passive subject) and
        its first author (see :meth:`reports_of`)."""
        out = []
        for tok in self.doc:
            made: frozenset[str] = frozenset()
            if tok.pos_ == "VERB":
                made = frozenset(c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
                authors = _agents(tok) if syntax.is_passive(tok) else [c for c in tok.children if c.dep_ == "nsubj"]
            elif tok.pos_ == "NOUN":
                authors = [c for c in tok.children if c.dep_ == "poss"] + syntax.prep_objects(tok, ("by",))
                authors += [g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in _agents(c)]
            else:
                continue
            authors = [a for a in authors if a.lower_ not in syntax.RELATIVE_PRONOUNS]
            if authors:
                out.append((tok.i, tok.lemma_.lower(), tok.pos_, made, authors[0]))
        return out

    @cached_property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)

    def head(self, side: Actor | TextRef) -> Token | None:
        span = self.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def named_before(self, char: int, kinds: frozenset[str], exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The last mention of one of ``kinds`` before character ``char`` (not of a country code
        in ``exclude``)."""
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0:
            m = self.named[i]
            if m.entry is not None and m.entry.kind in kinds and m.entry.country and m.entry.country not in exclude:
                return _actor(self.doc, m)
            i -= 1
        return None

    def countries_before(self, char: int, number: int) -> list[Actor]:
        """The last ``number`` different countries named before character ``char`` (latest
        first); empty when the article named fewer."""
        out: dict[str, Actor] = {}
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0 and len(out) < number:
            m = self.named[i]
            if m.entry is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country and m.entry.country not in out:
                out[m.entry.country] = _actor(self.doc, m)
            i -= 1
        return list(out.values()) if len(out) == number else []

    def parties_before(self, char: int, number: int) -> list[Actor]:
        """The last ``number`` different countries or armed groups named before character
        ``char`` (latest first); empty when the article named fewer."""
        out: dict[str, Actor] = {}
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0 and len(out) < number:
            m = self.named[i]
            entry = m.entry
            if entry is not None and entry.country and entry.kind in SIDE_KINDS:
                key = entry.name if entry.kind == "group" else entry.country
                out.setdefault(key, _actor(self.doc, m))
            i -= 1
        return list(out.values()) if len(out) == number else []

    def naming(self, tok: Token) -> Actor | None:
        """The country, organisation or armed group a phrase names: its head is the name, or the
        name qualifies its head ("*G7* foreign ministers", "*Iranian* officials"), or says whose
        members a kind of actor is ("members *of the U.S. Senate*")."""
        m = self.at.get(tok.i)
        for c in tok.children if m is None else ():
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in self.by_last:
                m = self.by_last[c.i]
                break
        if m is None:
            m = self._member_of(tok)  # "three members *of the U.S. Senate*"
        return _actor(self.doc, m) if m is not None else None

    def antecedent(self, pronoun: Token) -> Actor | None:
        """What 'it'/'its'/'they'/'their' stands for when the sentence before named nothing: the
        latest subject of a main clause within ``PRONOUN_LOOKBACK`` sentences that names a
        country or organisation, agreeing in number (an organisation agrees with either), or,
        for "they"/"them", a plural kind of actor ("the protesters"). An object pronoun is never
        its own clause's subject ("police fired tear gas at *them*")."""
        relative = _relative_reporter(pronoun)
        if relative is not None:
            return self.naming(relative)
        plural = pronoun.lower_ in syntax.PLURAL_PRONOUNS
        sent = pronoun.sent
        own = self.doc[sent.start : pronoun.i]
        if pronoun.dep_ not in OBJECTS and any(t.dep_ in SUBJECTS and t.pos_ != "PRON" for t in own):
            return None  # a subject before it in its own sentence is the likelier antecedent
        clause = next((a for a in pronoun.ancestors if syntax.is_verb(a)), None)
        if pronoun.dep_ in OBJECTS and any(t.dep_ in SUBJECTS and t.pos_ != "PRON" and t.head != clause for t in own):
            return None  # another clause's subject before it is the likelier antecedent
        for _ in range(PRONOUN_LOOKBACK):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            subjects = [
                t
                for t in sent
                if t.dep_ in SUBJECTS
                and t.head.dep_ in ("ROOT", "conj")
                and t.pos_ != "PRON"
                and t.lower_ not in syntax.PRONOUNS
            ]
            fronted = syntax.fronted_subject(sent.root) if not subjects else None
            if fronted is not None:
                subjects = [fronted]  # "On June 27, via Zoom, *the X Party (XP)* held ...": misread as a conjunct
            named_main = False
            for subject in reversed(subjects):
                found = self.naming(subject)
                if found is None and plural and syntax.several(subject):
                    found = self._sector_phrase(subject)  # "the protesters" ... "at them"
                    if found is not None:
                        return found
                if found is None:
                    continue
                named_main = True
                kind = self._kind(found)
                if kind in ("igo", "group") or syntax.several(subject) == plural:
                    return found
            if not named_main and sent.end == pronoun.sent.start:
                # "The war would stop if *Hamas* agreed to release the hostages. *It* has refused
                # to do so": when no main clause of the sentence just before names a party, the
                # subject of one of its other clauses that does, agreeing in number
                for subject in reversed([t for t in sent if t.dep_ in SUBJECTS and t not in subjects]):
                    if subject.pos_ == "PRON" or subject.lower_ in syntax.PRONOUNS:
                        continue
                    found = self.naming(subject)
                    if found is not None and (
                        self._kind(found) in ("igo", "group") or syntax.several(subject) == plural
                    ):
                        return found
        return None

    def _tie(self, name: Token) -> tuple[bool, str | None]:
        """What qualifies a name that no country qualifies: whether anything does that would
        make the article's places wrong for it (an organisation, a passport, a country that is
        a topic, not a nationality: "a senior *Iran* analyst"), and the code of the one known
        organisation or armed group among them ("the *U.N.* special envoy", "a *Hamas* commander")."""
        tied, organisations = False, set()
        for tok in _qualifier_words(name, self.actors):
            affiliation = tok.lemma_.lower() in self.words.affiliation_words  # "Democrat X": a party at home
            if tok.lemma_.lower() in self.citizenship or (
                tok.i in self.others and not self._portfolio(tok) and not affiliation
            ):
                tied = True
            m = self.by_last.get(tok.i)
            if m is None or m.entry is None:
                continue
            if m.entry.kind in COUNTRY_KINDS:
                tied = tied or not _qualifies(tok, self.actors)
            elif m.entry.country:
                tied = True
                organisations.add(m.entry.country)
        institute, country = self._institution(name)
        tied = tied or institute
        if country is not None:
            organisations.add(country)  # "the *Spanish* National Research Council": that state's
        return tied, next(iter(organisations)) if len(organisations) == 1 else None

    def _institution(self, name: Token) -> tuple[bool, str | None]:
        """Whether a person's description places them at a research institute or think tank the
        dictionary does not know (``institute_heads``: "Ana Ruiz, a senior fellow *at the Atlantic
        Council*", "Tom Reed, an analyst *with the Lowy Institute*", "X, director *of* the Y
        Center"), whose country the story's places do not tell; not a state's own body ("a
        spokesman at the Defense *Council*"), nor a local outlet or university ("a journalist with
        NewsDay", "a professor at Koya University": the story's country is theirs, usually).
        With it, the one country the institute's own name gives as an adjective or an of-phrase
        ("the *Spanish* National Research Council", "the Distilled Spirits Council *of the United
        States*"); a country's noun inside the name is a topic ("the Carnegie *Russia* Eurasia Center")."""
        holders = [name, *(c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in INSTITUTION_PREPOSITIONS:
                    continue
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    known = self.by_last.get(obj.i)
                    if obj.ent_type_ != "ORG" or obj.lemma_.lower() not in self.words.institute_heads:
                        continue
                    if known is not None and known.entry is not None:
                        continue  # one the dictionary knows gives its own country (``_tie``)
                    word = self.actors.sector(obj.lemma_.lower()) or self.actors.sector(obj.lower_)
                    if word is not None and word.sector in STATE_SECTORS:
                        continue
                    own = {
                        m.entry.country
                        for tok in obj.subtree
                        for m in (self.by_last.get(tok.i),)
                        if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS
                        if m.entry.country
                        # a people's word or short form ("*Spanish*", "the *U.S.* Institute of
                        # Peace") or an of-phrase, not the country's own name compounded ("*Russia*")
                        if (tok.dep_ == "pobj" and tok.head.lower_ == "of")
                        or self.doc[m.start : m.end].text.lower() != m.entry.name.lower()
                    }
                    return True, next(iter(own)) if len(own) == 1 else None
        return False, None

    def _portfolio(self, tok: Token) -> bool:
        """An unknown name that only names a state office's portfolio ("the *Defence* Secretary",
        "the *Interior* Minister"): a state's own office, which ties its holder to no organisation."""
        word = self.actors.sector(tok.head.lower_) if tok.dep_ == "compound" else None
        return word is not None and word.sector in STATE_SECTORS

    def _sector_phrase(self, subject: Token) -> Actor | None:
        """A subject that names no one but a kind of actor ("the protesters", "police"): its
        phrase, with its sector ("hundreds of protesters" counts protesters); None for any other noun."""
        subject = syntax.contained(subject)
        word = self.actors.sector(subject.lemma_.lower()) or self.actors.sector(subject.lower_)
        if word is None:
            return None
        start, end = syntax.phrase(subject)
        first, last = self.doc[start], self.doc[end - 1]
        return Actor(
            self.doc[start:end].text, (first.idx, last.idx + len(last)), sector=word.sector, cameo_code=word.sector
        )

    def names_a_state(self, side: Actor) -> bool:
        """Whether a side is a state by its name or its capital ("Paris", "Kenya"), not a kind
        of actor a country qualifies ("Kenyan police")."""
        head = self.head(side)
        m = self.at.get(head.i) if head is not None else None
        return m is not None and m.entry is not None and m.entry.kind in ("country", "metonym")

    def _kind(self, actor: Actor) -> str | None:
        m = self.by_start.get(actor.span[0])
        return m.entry.kind if m is not None and m.entry is not None else None

    def same_head_before(self, head: Token, side: Actor) -> Actor | None:
        """The last phrase before ``head`` with the same head word (two lemmas, or one) that a
        country qualifies: its text and span, its country, and the sector ``side`` has."""
        # "the air force" is not "Russian forces": a noun compounded with the head must match too
        modified = head.i > 0 and head.doc[head.i - 1].head == head and head.doc[head.i - 1].dep_ == "compound"
        for key in (_two_words(head),) if modified else (_two_words(head), head.lemma_.lower()):
            earlier = [i for i in self.qualified.get(key, ()) if i < head.i]
            m = self._qualifying(self.doc[earlier[-1]]) if earlier else None
            if m is None or m.entry is None or not m.entry.country:
                continue
            if self._named_between(head.lemma_.lower(), earlier[-1], head.i):
                # "the US Green Party ... the Libertarian Party nominated X. The next day, *the
                # party* nominated Y": a name with the same head nearer than the qualified one
                return None
            found = self.doc[earlier[-1]]
            start, end = syntax.phrase(_titled_name(found, self.actors) or found)  # the titled name, whole
            first, last = self.doc[start], self.doc[end - 1]
            return Actor(
                self.doc[start:end].text,
                (first.idx, last.idx + len(last)),
                country=m.entry.country,
                sector=side.sector,
                cameo_code=(m.entry.cameo or m.entry.country) + (side.cameo_code or ""),
            )
        return None

    def body_before(self, head: Token, side: Actor) -> Actor | None:
        """The body last named before a definite description, in the last few sentences, whose
        name ends in the description's head word ("the U.N. Security Council ... *the council*",
        "the International Criminal Court ... *the court*"): an organisation, a state's named
        body or an armed group of the dictionary, not a country or a person."""
        lemma = head.lemma_.lower()
        phrase = self.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if phrase is None or any(t.pos_ == "PROPN" for t in phrase if t.i < head.i):
            return None  # "the recently formed *Pan Africanist* Congress": a name of its own
        i = bisect.bisect_left(self.starts, side.span[0]) - 1
        # the same description repeated keeps the body in view ("the U.N. Security Council ...
        # *the council* ... *the council*"): the look-back runs from the earliest of a chain of them
        anchor = head.sent.start
        for tok in reversed(self.doc[: head.sent.start]):
            if anchor - tok.i > BODY_LOOKBACK_TOKENS:
                break
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and _definite(tok):
                anchor = tok.sent.start
        first = max(anchor - BODY_LOOKBACK_TOKENS, 0)
        while i >= 0 and self.named[i].start >= first:
            m = self.named[i]
            i -= 1
            last = self.doc[m.end - 1]
            if m.entry is None or m.entry.kind in COUNTRY_KINDS or not m.entry.country or m.end - m.start < 2:
                continue
            if last.lemma_.lower() == lemma or last.lower_ == head.lower_:
                if self._named_between(lemma, m.end - 1, head.i):
                    return None  # another name with that head stands nearer ("the Libertarian Party")
                return replace(_actor(self.doc, m), sector=_actor(self.doc, m).sector or side.sector)
        return None

    def issuer(self, document: Token, issuing: frozenset[str]) -> Actor | None:
        """Who issued the text a definite description names ("*the statement*"): the subject of
        the last verb that issued a text of that name ("the Egyptian foreign ministry *issued
        a statement*") or said something in one ("*said in a statement*"), in its sentence or up
        to ``PRONOUN_LOOKBACK`` before, when the subject names a country, an organisation or
        a group (its whole phrase, with that one's identity)."""
        sentence = self.sentences.index(document.sent)
        first = self.sentences[max(0, sentence - PRONOUN_LOOKBACK)].start
        lemma = document.lemma_.lower()
        for tok in reversed(self.doc[first : document.i]):
            if tok.lemma_.lower() != lemma:
                continue
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ == "in":
                verb = verb.head  # "said *in a statement*"
            elif tok.dep_ != "dobj" or verb.lemma_.lower() not in issuing:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            named = self.naming(subject) if subject is not None and subject.pos_ != "PRON" else None
            if subject is None or named is None:
                return None
            start, end = syntax.phrase(subject)
            first_tok, last = self.doc[start], self.doc[end - 1]
            return replace(named, text=self.doc[start:end].text, span=(first_tok.idx, last.idx + len(last)))
        return None

    def sector_country_before(self, side: Actor, within: int | None = None) -> str | None:
        """The country of the last phrase before ``side`` of the same sector that a country
        qualified ("*Thai* authorities deported ... *The government* defended the move"):
        whose "the government", "police" or "officials" are when the article has no one main
        country and the event no place."""
        head = self.head(side)
        if head is None or side.sector is None:
            return None
        first = 0
        if within is not None:
            sentence = self.sentences.index(head.sent)
            first = self.sentences[max(0, sentence - within)].start
        earlier = sorted({i for key, at in self.qualified.items() if " " not in key for i in at if first <= i < head.i})
        for i in reversed(earlier):
            tok = self.doc[i]
            if tok.lemma_.lower() in self.words.envoy_words:
                continue  # "the Chinese ambassador": serves abroad, says nothing of the government here
            word = (
                self.actors.sector(_two_words(tok))
                or self.actors.sector(tok.lemma_.lower())
                or self.actors.sector(tok.lower_)
            )
            m = self._qualifying(tok) if word is not None and word.sector == side.sector else None
            if m is not None and m.entry is not None and m.entry.country:
                return m.entry.country
        return None

    def _qualifying(self, tok: Token) -> Mention | None:
        """The country that qualifies a noun ("*Peru's* foreign ministry"), else the known
        office-holder who does ("the *Trump* administration"); a title before a person's name
        is qualified as the name is ("Crown Prince Mohammed *of Saudi Arabia*", "President
        *Putin*")."""
        found = _qualifiers(tok, self.by_last, self.actors, self.citizenship)
        if found:
            return found[0]
        holder = next(
            (self.holders[c.i] for c in tok.children if c.dep_ in ("compound", "poss") and c.i in self.holders), None
        )
        if holder is not None:
            return holder
        member = self._member_of(tok)
        if member is not None:
            return member
        name = _titled_name(tok, self.actors)
        if name is None:
            return None
        # "Crown Prince Mohammed bin Salman of Saudi Arabia": the title is the named person's
        found = _qualifiers(name, self.by_last, self.actors, self.citizenship)
        return found[0] if found else self.holders.get(name.i)

    def member_of(self, tok: Token, nouns: frozenset[str] = frozenset()) -> Mention | None:
        """:meth:`_member_of`, also for the nouns ``nouns`` ("the *head* of MSF")."""
        if tok.lemma_.lower() in nouns:
            for p in syntax.prep_objects(tok, PREPS_OF_MEMBERS):
                m = self.at.get(p.i)
                if m is not None and m.entry is not None and m.entry.country and m.entry.kind in MEMBER_KINDS:
                    return m
        return self._member_of(tok)

    def _member_of(self, tok: Token) -> Mention | None:
        """The country or organisation a from- or of-phrase names after a kind of actor
        ("diplomats *from the Group of Seven*", "officials *from Japan*", "envoys *of the
        African Union*"): whose members they are."""
        if self.actors.sector(tok.lemma_.lower()) is None and tok.lemma_.lower() not in self.members:
            return None
        for p in syntax.prep_objects(tok, PREPS_OF_MEMBERS):
            m = self.at.get(p.i)
            if m is not None and m.entry is not None and m.entry.country and m.entry.kind in MEMBER_KINDS:
                return m
        return None

    @cached_property
    def _names_by_head(self) -> dict[str, list[int]]:
        """Where each head word of a proper name stands ("the Libertarian *Party*"), by lemma, in
        text order (built when first asked for)."""
        out: dict[str, list[int]] = {}
        for tok in self.doc:
            if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                out.setdefault(tok.lemma_.lower(), []).append(tok.i)
        return out

    def _named_between(self, lemma: str, after: int, before: int) -> bool:
        """Whether a proper name headed by ``lemma`` that no country qualifies stands between
        the two token positions."""
        found = self._names_by_head.get(lemma, [])
        qualified = self.qualified.get(lemma, [])
        at = bisect.bisect_right(found, after)
        while at < len(found) and found[at] < before:
            if found[at] not in qualified:
                return True
            at += 1
        return False

    @cached_property
    def qualified(self) -> dict[str, list[int]]:
        """Head words (one and two lemmas) of common-noun phrases a country qualifies -> where
        (read when first asked for, by an article that needs it)."""
        out: dict[str, list[int]] = {}
        for tok in self.doc:
            if tok.pos_ in ("NOUN", "PROPN") and self._qualifying(tok) is not None:
                for key in {tok.lemma_.lower(), _two_words(tok)}:
                    out.setdefault(key, []).append(tok.i)
        return out

    def _acronym_countries(self) -> dict[str, str]:
        """Short forms the article defines in brackets after a name, with the one country that
        name carries ("the Recording Industry Association of *America* (RIAA)", "the *UK's*
        National Crime Agency (NCA)"): the short form later is that body, of that country."""
        doc, found = self.doc, {}
        for tok in doc:
            short = tok.text
            if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()) or tok.i < 2:
                continue
            if doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
                continue
            start = tok.i - 1
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper or doc[start - 1].lower_ in LINKS):
                start -= 1
            words = [t for t in doc[start : tok.i - 1] if t.is_title or t.is_upper]
            if not words or short[0] not in {t.text[0] for t in words}:
                continue
            countries = {
                m.entry.country
                for m in self.named
                if m.entry is not None and m.entry.kind in COUNTRY_KINDS and start <= m.start and m.end <= tok.i - 1
            }
            if len(countries) == 1:
                found[short] = next(iter(countries))
        return {k: v for k, v in found.items() if v}

    def full_name(self, name: str) -> str | None:
        """The one person the article names in full (two words or more, a person's name to the
        NER) whose surname ``name`` is alone ("Melania Trump ... *Trump* said"); None when
        there is none, or several."""
        if " " in name.strip():
            return None
        found = self.full_names.get(name.lower(), ())
        return found[0] if len(found) == 1 else None

    def person_country(self, name: str) -> str | None:
        words = name.split()
        found = self.persons.get(name.lower()) or (self.persons.get(words[-1].lower()) if words else None)
        if found is None and len(words) == 1:
            # "Guo Jiakun ... *Guo* urged": a name written surname first, referred to by it
            found = self.persons.get(FIRST_WORD + words[0].lower())
        return found

    def tied(self, name: str) -> bool:
        """Whether a person the dictionary does not know is described as someone whose country
        the article's places would not tell: of an organisation ("Christopher Lockyear,
        secretary general of Doctors Without Borders"), an analyst of a country ("a senior *Iran*
        analyst"), a citizen ("an Irish national")."""
        words = name.split()
        return name.lower() in self.untied or (bool(words) and words[-1].lower() in self.untied)

    def _person_countries(self, mentions: tuple[Mention, ...]) -> dict[str, str]:
        """Each unknown person's name (whole, and the surname) -> the one country qualifying it."""
        found: dict[str, set[str]] = {}
        seen: set[str] = set()  # the names already met, which a description before cannot introduce
        placed: dict[str, set[str]] = {}  # where a description puts a person (:meth:`_described_place`)
        for m in mentions:
            if m.entry is not None and m.entry.kind == "person" and m.entry.country and m.end - m.start > 1:
                # a known person named in full ("UNICEF chief Catherine Russell"), later by the
                # surname alone, which the dictionary need not list ("Russell said")
                found.setdefault(self.doc[m.end - 1].lower_, set()).add(m.entry.country)
            if m.entry is not None or m.label != "PERSON":
                continue
            quals = _qualifiers(self.doc[m.end - 1], self.by_last, self.actors, self.citizenship)
            if _posted_to(self.doc[m.end - 1], self.words.envoy_words):
                # "Special Envoy for *Yemen* X" parsed with the country on the name: where the
                # envoy is sent, not whose the envoy is
                quals = [q for q in quals if self.doc[q.end - 1].head != self.doc[m.end - 1]]
            countries = {q.entry.country for q in quals if q.entry is not None and q.entry.country}
            name = self.doc[m.start : m.end].text
            keys = {name.lower(), self.doc[m.end - 1].lower_}
            if m.end - m.start > 1:
                keys.add(FIRST_WORD + self.doc[m.start].lower_)  # looked up only when nothing else is
            if not countries:
                countries = self._office_label(self.doc[m.start], self.doc[m.end - 1])
            title = _title_closed_by(self.doc[m.end - 1], self.actors) if not countries else None
            if title is not None:
                # "U.S. Special Envoy for the Horn of Africa Mike Hammer", "British Ambassador to
                # Kenya Jane Marriott": the name read as the end of the title's phrase; the country
                # qualifying the title is the person's (where the envoy is posted is not)
                title_quals = _qualifiers(title, self.by_last, self.actors, self.citizenship)
                countries = {q.entry.country for q in title_quals if q.entry is not None and q.entry.country}
            if not countries:
                # "Manolev's wife, Nadya Manoleva", "Ruiz's lawyer, Ana Soto": of the owner's country
                owner = self._owner_country(self.doc[m.end - 1], found)
                countries = {owner} if owner else countries
            if not countries:
                tied, organisation = self._tie(self.doc[m.end - 1])
                if organisation:  # "Geir Pedersen, the U.N. special envoy for Syria"
                    countries = {organisation}
                else:
                    # weaker than what another mention ties the name to ("Sayim, an ethnic
                    # Uyghur living in Australia ... Sayim, of the World Uyghur Congress")
                    place = self._described_place(self.doc[m.end - 1])
                    for key in keys if place else ():
                        placed.setdefault(key, set()).update(place)
                    if tied and not place:
                        self.untied.update(keys)
            if not countries and not keys & seen:
                introduced = self._introduced(m)
                countries = {introduced} if introduced else countries
            last = self.doc[m.end - 1]
            if not countries and self._envoy(self.doc[m.start], last) and not self._office_apposed(last):
                # "Special Envoy X", "Ambassador X" with no country of their own: posted abroad,
                # so the story's places tell where they serve, not whose they are (unless an
                # apposition names another office: "the spokesperson for Pakistan's Ministry of
                # Foreign Affairs, Ambassador X", an honorific)
                self.untied.update(keys)
            seen.update(keys)
            if len(countries) == 1:
                for key in keys:
                    found.setdefault(key, set()).update(countries)
        for key, countries in self._untagged_surnames(mentions).items():
            found.setdefault(key, set()).update(countries)
        for key, places in placed.items():
            found.setdefault(key, places)
        # a person whom the article's own words give two countries ("U.S. Special Envoy for
        # Yemen X": the parser hangs Yemen on the name) is not given the story's country either
        self.untied.update(k for k, v in found.items() if len(v) > 1 and not k.startswith(FIRST_WORD))
        return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}

    def _owner_country(self, name: Token, found: dict[str, set[str]]) -> str | None:
        """The country of the one a person's name is described as kin or people of, named in the
        possessive of the noun the name is an apposition of or has as one ("Manolev's *wife*,
        Nadya Manoleva", "Ana Soto, *Ruiz's lawyer*", ``owned_people``): a person the article
        already gave one country, or a name the dictionary knows with a country."""
        nouns = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN":
            nouns.append(name.head)
        countries: set[str] = set()
        for noun in nouns:
            if noun.lemma_.lower() not in self.words.owned_people:
                continue
            # (a possessive the parser may hang as a modifier with its "'s": "Manolev*’s* wife")
            owners = [
                c
                for c in noun.children
                if c.pos_ == "PROPN"
                and (c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)))
            ]
            for owner in owners:
                m = self.by_last.get(owner.i) or self.holders.get(owner.i)
                if m is not None and m.entry is not None and m.entry.country:
                    countries.add(m.entry.country)
                elif len(found.get(owner.lower_, ())) == 1:
                    countries |= found[owner.lower_]
        return countries.pop() if len(countries) == 1 else None

    def _untagged_surnames(self, mentions: tuple[Mention, ...]) -> dict[str, set[str]]:
        """The countries qualifying a person's surname where the NER did not read it as a name
        ("Khalid Aliyev told jurors ... *Aliyev*, who is Azerbaijani, said", the surname tagged a
        common noun there): keyed by the person's whole name and surname."""
        keys: dict[str, set[str]] = {}
        covered: set[int] = set()
        # the last word of a name the NER took for another kind ("... Rashad Hussain": ORG)
        misread: set[int] = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
            if m.entry is None and m.label != "PERSON":
                misread.add(m.end - 1)
            if m.entry is None and m.label == "PERSON":
                last = self.doc[m.end - 1].lower_
                keys.setdefault(last, {last}).add(self.doc[m.start : m.end].text.lower())
        out: dict[str, set[str]] = {}
        for tok in self.doc:
            if (tok.i in covered and tok.i not in misread) or tok.lower_ not in keys or not tok.text[:1].isupper():
                continue
            if tok.tag_ not in ("NN", "NNP"):
                continue
            title = _title_closed_by(tok, self.actors)
            quals = _qualifiers(tok, self.by_last, self.actors, self.citizenship)
            if not quals and title is not None:
                # "U.S. Ambassador at Large for International Religious Freedom Rashad Hussain":
                # the parser hangs the name at the end of the title's phrase; the title's
                # country is the person's ("Ambassador Hussain met ...")
                quals = _qualifiers(title, self.by_last, self.actors, self.citizenship)
            countries = {q.entry.country for q in quals if q.entry is not None and q.entry.country}
            for key in keys[tok.lower_] if len(countries) == 1 else ():
                out.setdefault(key, set()).update(countries)
        return out

    def _described_place(self, name: Token) -> set[str]:
        """The one country an apposition describing a person puts them in or brings them from,
        where no country qualifies the name ("Lai, a businessman and founder of a newspaper *in
        Hong Kong*", "Moyo, a lawyer *in Harare*", "Amirov and Omarov, both *from Azerbaijan*"):
        where they live and work, which a passport named elsewhere ("a British national") does
        not change (docs/coding-manual.md)."""
        descriptions = [c for c in name.children if c.dep_ == "appos"]
        if name.dep_ == "conj":  # "Amirov and *Omarov*, both from Azerbaijan": after the names coordinated
            descriptions += [c for c in name.head.children if c.dep_ == "appos" and c.i > name.i]
        found = {
            m.entry.country
            for appos in descriptions
            if appos.pos_ == "NOUN" or appos.lower_ in GROUPING_WORDS
            for tok in appos.subtree
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "from")
            for m in (self.by_last.get(tok.i),)
            if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country
        }
        return found if len(found) == 1 else set()

    def _introduced(self, m: Mention) -> str | None:
        """The country or organisation of whom the sentence before a person's first mention
        describes as its subject, where the name's own title repeats that description's head:
        the office described before the name ("*China's U.N. ambassador* told reporters ...
        *Ambassador* Fu Cong blamed"), or the body whose office the title holds ("*Afghanistan's
        Ministry of Foreign Affairs* called ... , foreign *ministry* spokesperson X said").
        A name with no such title is not taken for the one described, nor one where another
        fits the title: news alternates between sides ("Iran's foreign minister rejected the
        demands. Spokesman X criticized Washington"). None when that sentence's subject is
        anything else, or names no one country."""
        doc, words = self.doc, self.words
        last = doc[m.end - 1]
        sentence = self.sentences.index(last.sent)
        if sentence == 0:
            return None
        start, _ = syntax.phrase(last)
        title = {t.lemma_.lower() for t in doc[start : m.start] if t.pos_ in ("NOUN", "PROPN")}
        if not title:
            return None
        root = self.sentences[sentence - 1].root
        found: set[str] = set()
        for subject in (c for c in root.children if c.dep_ in SUBJECTS):
            first, end = syntax.phrase(subject)
            if subject.lemma_.lower() not in title or any(t.ent_type_ == "PERSON" for t in doc[first:end]):
                continue
            if not (_definite(subject) or any(c.dep_ == "poss" for c in subject.children)):
                continue
            quals = _qualifiers(subject, self.by_last, self.actors, self.citizenship)
            member = quals[0] if quals else self.member_of(subject, words.head_nouns)
            country = member.entry.country if member is not None and member.entry is not None else None
            country = country or self._tie(subject)[1]
            if country:
                found.add(country)
        if len(found) != 1:
            return None
        country = next(iter(found))
        # the sentence before also describes someone the title fits, or a counterpart ("Kenya's
        # foreign minister met his Somali counterpart. Foreign Minister X said ..."), or the
        # name's own sentence names the described one's country beside it ("Iran's minister held
        # talks with European envoys. Minister Y criticized Tehran"): the name may be the other side's
        before = self.sentences[sentence - 1]
        described = [syntax.phrase(c) for c in before.root.children if c.dep_ in SUBJECTS]
        if any(
            t.pos_ == "NOUN" and (t.lemma_.lower() in title or t.lemma_.lower() in words.counterpart_nouns)
            for t in before
            if not any(a <= t.i < b for a, b in described)
        ):
            return None
        own = last.sent
        if any(
            n.entry is not None and n.entry.country == country and not start <= n.start < m.end
            for n in self.named
            if own.start <= n.start < own.end
        ):
            return None
        return country

    def _office_apposed(self, name: Token) -> bool:
        """Whether a name and a common noun of an office are appositions of each other ("the
        *spokesperson* for the ministry, Ambassador X", which the parser may read as conjuncts)."""
        nouns = [c for c in name.children if c.dep_ == "appos"]
        nouns += [name.head] if name.dep_ in ("appos", "conj") and name.head.i < name.i else []
        return any(n.pos_ == "NOUN" and self.actors.sector(n.lemma_.lower()) is not None for n in nouns)

    def _envoy(self, first: Token, last: Token) -> bool:
        """Whether the title before a person's name is an envoy's ("Special *Envoy* X",
        "*Ambassador* X", ``envoy_words``), in the name's compounds or just before the NER's name."""
        titles = [c for c in last.children if c.dep_ == "compound" and c.i < first.i]
        titles += list(last.doc[max(first.i - 2, 0) : last.i])
        envoys = self.words.envoy_words
        return any(t.lemma_.lower() in envoys for t in titles) or _posted_to(last, envoys)

    def _office_label(self, first: Token, last: Token) -> set[str]:
        """The country of a title of one country's offices before a person's name ("*Rep.* Jim
        Banks", ``office_countries``) or of a legislator's party-and-state label after it ("Jim
        Banks (*R-Ind.*)", "Ilhan Omar, *D-Minn.*,", ``party_labels``)."""
        words = self.words
        titles = [c for c in last.children if c.dep_ == "compound" and c.i < first.i]
        titles += list(last.doc[max(first.i - 1, 0) : last.i])  # the NER's name may take the title in
        found = {words.office_countries[t.lower_] for t in titles if t.lower_ in words.office_countries}
        for label in (c for c in last.children if c.dep_ == "appos" and c.i > last.i):
            # "Jane Doe, *Department Spokesperson*": a title set after the name, as a byline gives it
            title = " ".join(t.lower_ for t in label.subtree if not (t.is_punct or t.is_space or t.dep_ == "det"))
            if title in words.office_countries:
                found.add(words.office_countries[title])
            tokens = [t for t in label.subtree if not t.is_punct or t.text == "-"]
            for letter, dash in itertools.pairwise(tokens):
                if letter.text in words.party_labels and dash.text == "-" and dash.i == letter.i + 1:
                    found.add(words.party_labels[letter.text])
        return found if len(found) == 1 else set()


def _title_closed_by(name: Token, actors: ActorDictionary) -> Token | None:
    """The office title whose phrase a person's name closes when the parser reads the name as
    the last word of the title's of/for/at phrases ("U.S. *Ambassador* at Large for International
    Religious Freedom Rashad *Hussain*"): every word between is a capitalised name word or a
    preposition, and nothing follows the name in the title's phrase. None otherwise."""
    tok = name
    while tok.dep_ in ("pobj", "prep", "compound") and tok.head.i < tok.i:
        tok = tok.head
        if actors.sector(tok.lemma_.lower()) is not None and tok.pos_ in ("PROPN", "NOUN"):
            if tok.right_edge.i != name.i or not any(t.dep_ == "pobj" for t in tok.doc[tok.i + 1 : name.i + 1]):
                return None
            between = tok.doc[tok.i + 1 : name.i]
            return tok if all(t.pos_ in ("PROPN", "ADP") or t.is_punct for t in between) else None
        if tok.pos_ not in ("PROPN", "ADP"):
            return None
    return None


def _posted_to(name: Token, envoy_words: frozenset[str]) -> bool:
    """Whether a name is read as the object of "for" or "to" after an envoy's title ("Special
    Envoy *for* Yemen Tim Lenderking", the parser taking the country as the name's compound)."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ in ("for", "to")
        and prep.head.lemma_.lower() in envoy_words
        and prep.head.i < prep.i
    )


def _titled_name(tok: Token, actors: ActorDictionary) -> Token | None:
    """The last word of the person's name a title is compounded with ("*Crown Prince* Mohammed
    bin Salman", "*President* Petro"), when ``tok`` is a word of such a title; else None."""
    if tok.dep_ != "compound" or (actors.sector(tok.lemma_.lower()) is None and actors.sector(_two_words(tok)) is None):
        return None
    name = tok.head
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    return name if name.pos_ == "PROPN" and name.i > tok.i and name.ent_type_ == "PERSON" else None


def _walk_qualifiers(head: Token, actors: ActorDictionary, visit: Callable[[Token], bool]) -> None:
    """Visit, nearest first, the words that qualify a noun or a person's name: its modifiers and
    appositions, their own modifiers and of-phrases, and the phrase the name is an apposition
    of; a word's own qualifiers are visited when ``visit`` returns True for it."""
    todo = [c for c in head.children if c.dep_ in QUALIFIER_DEPS] + _of_phrase(head, actors) + _described_as(head)
    if head.dep_ == "appos":
        todo.append(head.head)
    if _coordinated_description(head):
        # "the Iranian American journalist and VOA host Masih Alinejad": the parser coordinates
        # the name with the first of its descriptions
        todo.append(head.head)
    seen = {head.i}
    while todo:
        tok = todo.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if visit(tok):
            todo.extend(c for c in tok.children if c.dep_ in QUALIFIER_DEPS)
            todo.extend(_of_phrase(tok, actors))


def _coordinated_description(name: Token) -> bool:
    """Whether a person's name is read as coordinated with a common noun before it that is in
    fact its description ("the Russian opposition leader and campaigner *Alexei Navalny*": the
    leader and campaigner are Navalny), the name's own phrase holding a description too."""
    noun = name.head
    return (
        name.dep_ == "conj"
        and name.ent_type_ == "PERSON"
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.i < name.i
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children)
    )


def _described_as(head: Token) -> list[Token]:
    """What a relative clause of being says a name is, as an apposition would ("Tom Baker, who
    is *a British diplomat*,", "Ana Ruiz, who is *Chilean*,"): the clause's predicate."""
    clauses = [c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be" and c.i > head.i]
    return [
        p
        for c in clauses
        if any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)
        for p in c.children
        if p.dep_ in ("attr", "acomp")
    ]


def _qualifier_words(head: Token, actors: ActorDictionary) -> list[Token]:
    """The words that qualify a person's name (:func:`_walk_qualifiers`), all of them."""
    out: list[Token] = []

    def visit(tok: Token) -> bool:
        out.append(tok)
        return True

    _walk_qualifiers(head, actors, visit)
    return out


def _qualifiers(
    head: Token, by_last: dict[int, Mention], actors: ActorDictionary, citizenship: frozenset[str]
) -> list[Mention]:
    """The country names among the words that qualify a noun or a person's name: its modifiers
    and appositions ("*Guatemalan* judge Erick Garcia", "Garcia, *Guatemala's* judge"), and the
    phrase a name is the apposition of; nearest first."""
    out: list[Mention] = []

    def visit(tok: Token) -> bool:
        if tok.lemma_.lower() in citizenship:
            return False  # "Lai, a British national": a passport, not the party a person acts for
        if syntax.heritage(tok):
            return False  # "an Iranian-American journalist": a descent; the second is the nationality
        m = by_last.get(tok.i)
        if m is not None and m.entry is not None and m.entry.kind in COUNTRY_KINDS:
            if _qualifies(tok, actors):
                out.append(m)
            return False
        return True

    _walk_qualifiers(head, actors, visit)
    return out


def _of_phrase(tok: Token, actors: ActorDictionary) -> list[Token]:
    """The object of an of-phrase qualifying a name or an office ("Crown Prince Mohammed *of
    Saudi Arabia*", "the foreign minister *of Cuba*"), not another noun ("the invasion of ...")."""
    if tok.pos_ != "PROPN" and actors.sector(tok.lemma_.lower()) is None:
        return []
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _qualifies(name: Token, actors: ActorDictionary) -> bool:
    """Whether a country name says whose the word it modifies is: as a possessive or adjective
    ("*Pakistan's* minister", "*Guatemalan* judge"), or as a noun before a title or an office
    ("*U.S.* President", "*Iraqi* forces"), not before a topic ("a senior *Iran* analyst")."""
    if name.dep_ != "compound":
        return True
    word = name.head
    return word.pos_ == "PROPN" or actors.sector(word.lemma_.lower()) is not None


def _body_line(doc: Doc, m: Mention, body_heads: frozenset[str]) -> bool:
    """Whether a name of a body is alone on its line with no verb, as the office that issues a
    statement heads it ("*Office of the Spokesperson*")."""
    head = doc[m.end - 1]
    sent = head.sent
    if sent.root.lemma_.lower() not in body_heads or not m.start <= sent.root.i < m.end:
        return False
    return all(m.start <= t.i < m.end or t.is_punct or t.is_space for t in sent) and not any(
        t.pos_ in ("VERB", "AUX") for t in sent
    )


def _of_a_state(entry: ActorEntry) -> bool:
    """Whether a dictionary name says which state a story is about: a country's, its people's,
    a capital's, or a political party's ("House *Democrats*", "*Labour*": the politics of one
    state); not an armed group's, an organisation's or a person's."""
    return entry.kind in COUNTRY_KINDS or (entry.kind == "group" and entry.sector == PARTY_SECTOR)


def _main_country(countries: Iterable[str | None]) -> str | None:
    """The country the article names most, when it leads the next by ``MAIN_COUNTRY_LEAD`` times."""
    counts = Counter(c for c in countries if c)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= MAIN_COUNTRY_LEAD * ranked[1][1]:
        return ranked[0][0]
    return None


def _authority_forms(verb: Token) -> set[str]:
    """The forms by which ``authority_passives`` may list a verb: its lemma, its word, and its
    lemma with that of an object or a predicate it keeps in the passive ("was *denied bail*",
    "was *found guilty*"), for verbs that are the authorities' act only with that word."""
    lemma = verb.lemma_.lower()
    # (not a verdict denied: "was found *not guilty*", "not-guilty" is an acquittal)
    kept = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "oprd", "acomp") and not _negated_word(c)]
    return {lemma, verb.lower_, *(f"{lemma} {k}" for k in kept)}


def _negated_word(tok: Token) -> bool:
    """A word with its own negation: "not guilty", "not-guilty"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    doc = tok.doc
    return (
        tok.i > 0
        and doc[tok.i - 1].lower_ in ("not", "-")
        and (doc[tok.i - 1].lower_ == "not" or (tok.i > 1 and doc[tok.i - 2].lower_ == "not"))
    )
