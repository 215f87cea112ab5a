"""How one side of an event is resolved across the article (a pronoun, a description, a quoted
speaker, a person's or a generic actor's country), and the country of a side from places, offices
and organisations, which every way of resolving shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.geo.gazetteer import Gazetteer, name_key
from detente.grammar import syntax
from detente.knowledge.actors import STATE_SECTORS, ActorDictionary
from detente.knowledge.words import ReferenceWords
from detente.records import Actor, Event
from detente.stages.actors.article import _opening_country, _placed_in_sentence, _trigger_lemmas, _wielder
from detente.stages.actors.grammar import (
    ACCUSE,
    AUTHORITIES,
    COUNTRY_KINDS,
    EVERY_WORDS,
    NGO,
    NON_STATE,
    OPERATOR_KINDS,
    OUR,
    PLACE_LEAD,
    PLACE_SIZE,
    PRONOUN_LOOKBACK,
    REJECT,
    SIDES,
    SUBJECTS,
    UNIDENTIFIED,
    _actor,
    _affiliated,
    _authority_forms,
    _counted_people,
    _definite,
    _heading,
    _is_place_of,
    _keeps_name,
    _located_at,
    _names_a_place,
    _place_after,
    _place_label,
    _proper,
    _qualifier_words,
    _two_words,
    _with_country,
)

if TYPE_CHECKING:
    from detente.stages.actors.article import _Article


class ResolveActorsBase:
    """The settings every way of resolving reads (set by ``ResolveActors.__init__``), and the
    resolution of one side."""

    words: ReferenceWords
    freeing: frozenset[str]
    freed_types: frozenset[str]
    holding_codes: tuple[str, ...]
    hold_nouns: frozenset[str]
    condemned_hold_types: frozenset[str]
    actors: ActorDictionary
    mutual: Callable[[str, str], bool] | None
    gazetteer: Gazetteer | None
    documents: frozenset[str]
    issuing: frozenset[str]

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
            return self._placed_body(ev, side)
        return self._placed_body(ev, self._resolve_side(ev, side, article, facing, other_than, home, acted_upon))

    def _placed_body(self, ev: Event, side: Actor | None) -> Actor | None:
        """A police force or a court named with the place it sits in ("*a court in London,
        Ontario* convicted ...", "police in Perth, Scotland"), of that place's country as the
        place stage reads it, not the namesake's abroad that the name alone gave (round fixes44)."""
        place = ev.location
        if (
            side is None
            or side.country is None
            or place is None
            or not place.country
            or place.country == side.country
            or side.sector not in self.words.home_sectors
            or not side.span[0] <= place.span[0] < place.span[1] <= side.span[1]
        ):
            return side
        named = side.name if side.name and side.name.lower() in side.text.lower() else None
        return replace(side, name=named, country=place.country, cameo_code=place.country + (side.sector or ""))

    def _resolve_side(
        self,
        ev: Event,
        side: Actor,
        article: _Article,
        facing: Actor | None,
        other_than: frozenset[str],
        home: str | None,
        acted_upon: bool,
    ) -> Actor | None:
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
            if found is not None and found.country is None and found.text.lower() not in syntax.PRONOUNS:
                # an event's actor it stands for, read as that event's was ("*Four rights
                # groups* condemned ... *they* said": NGOs)
                return self._resolve(ev, found, article, facing, other_than) or found
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
        if head is not None and side.country is None and head.lemma_.lower() in words.attack_heads:
            claimed = article.claimer(ev)  # "facilities were hit by drone strikes": the claimer's
            if claimed is not None:
                return claimed
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
            # (an actor is not the state it acts on, named as a state: "Algeria cut ties with
            # Morocco. *The country* accused Rabat of ...", Algeria, though Morocco was named last;
            # "the country executed two Iranian men" may be Iran's own act)
            state = facing is not None and not acted_upon and bool(facing.country) and article.names_a_state(facing)
            facing_state = facing.country if state and facing is not None else None
            found = self._described(head, side, article, other_than | ({facing_state} if facing_state else set()))
            if found is not None:
                # "In Guinea, we urge the transition government to ...": the country the sentence
                # opens with is the description's, not that of the last one with its head ("the
                # transition government of Mali" in the paragraph before)
                opening = _opening_country(head, article)
                if (
                    opening is not None
                    and found.country is not None
                    and opening != found.country
                    and not _travelled_there(found, opening, article)
                ):
                    return _with_country(side, opening)
                return found
        if head is not None and _definite(head) and side.name is None and head.tag_ in ("NN", "NNP"):
            # "National Security Advisor Jake Sullivan met ... *The National Security Advisor*
            # thanked ...": a bare title refers back to the holder the article named with it,
            # not to an office of the place where the event happens
            holder = article.title_holder_country(head)
            if holder is not None:
                return _with_country(side, holder)
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
        if country is None and person is not None and head is not None and article.posted(person):
            # "Special Envoy for Yemen X" in a statement of one state's office, which names its
            # own envoys by their title alone: sent by the statement's issuer (the one state it
            # declares, else the office heading it: "Office of the Spokesperson")
            states = {a.country for a in article.resolver.declared_issuers(head) if a.country}
            country = next(iter(states)) if len(states) == 1 else article.office_country if not states else None
        heading = head is not None and _heading(head, article.sentences[ev.sentence], words.statement_nouns)
        if country is None and person is not None and not article.tied(person) and not heading:
            own = _is_place_of(ev, head)
            if own and acted_upon and _named_target_place(ev, head, article, words.attacked_place_types):
                # "Russian missiles struck *Kharkiv*", "an attack on *Kharkiv*": a place name the
                # event's own place was read from is the place acted upon, of that place's
                # country, never the attacker's because the article names no other
                return _with_country(side, ev.location.country if ev.location is not None else None)
            # a person of the story's own country, not a traveller of the trip's place ("X will
            # travel to Chisinau", "X travelled to Chisinau. There X met ...": ``travel_words``)
            travelling = not acted_upon and bool(_trigger_lemmas(ev, article) & self.words.travel_words)
            country = None if travelling else self._place_country(ev, article, other_than, own)
            if country in article.travelled_to.get(person.split()[-1].lower(), ()):
                country = None
            if not acted_upon and self._faces_own_state(country, facing, article):
                # "Kosovo PM blasts Serbia. *Prime Minister Albin Kurti* accused Belgrade of ...":
                # an official the story's state would be given accuses that very state; of the
                # state that acted just before, else of none
                country = self._carried_state(ev, side, facing, article)
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
            place = ev.location
            if (
                place is not None
                and place.country
                and self._home_body(side, head, article)
                and (
                    side.span[0] <= place.span[0] < place.span[1] <= side.span[1]
                    or (place.span[0] >= side.span[1] and _placed_in_sentence(ev, article))
                )
            ):
                # "*a court in Perth, Scotland* sentenced ...", "*Sussex Police* arrested two men in
                # Brighton": a police force or a court acts at home, in the place its own
                # sentence names, as the place stage reads it (not the larger namesake abroad)
                # (round fixes44)
                return _with_country(side, place.country)
            country = self._named_place(side, head, article, among=article.countries)  # "*Texas* police"
            if country is None and self._home_body(side, head, article):
                # "*Thames Valley* Police arrested ...", "a *Hampshire* Police spokesman": a
                # police force or a court, which acts only at home, named by a place the
                # gazetteer does not clearly put in one country: of the place where the event
                # happens, else of the story's main country
                country = self._place_country(ev, article, other_than, False, at_home=True)
            return _with_country(side, country)
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
            if country is None and acted_upon and ev.type in words.attacked_place_types:
                # "three civilians were wounded in a Russian missile attack *on Kharkiv*": the
                # place the attack fell on, when the sentence places the event nowhere else
                country = None if _placed_in_sentence(ev, article) else self._struck_place(ev, article)
            country = country or self._place_country(ev, article, other_than, _is_place_of(ev, head), at_home)
            if thing and country in other_than and not placed:
                return side  # "its troops took *two villages*": not the attacker's own, unless placed there
            country = country or article.sector_country_before(side)
            crowd = words.crowd_place_prepositions if ev.type in words.crowd_types else frozenset()
            # (for the recipient, only an office facing a foreign office or envoy: "Iran issued
            # arrest warrants for 36 people" or "Iran executed two men" says nothing of theirs)
            own_state = not acted_upon and self._faces_own_state(country, facing, article, crowd)
            charged = None if acted_upon else self._charged_state(ev, side, facing, article)
            if charged is not None:
                # "The United States accused Iran of ... *The ministry* rejected the claim": the
                # office that denies a charge speaks for the state charged
                return _with_country(side, charged)
            unplaced = country is None and not acted_upon
            if own_state or unplaced:
                # "Israel accused Iran of ... *The ministry* said Iran was lying": an office the
                # story's state would be given faces that very state, or is given none ('"The
                # claims are baseless," *a military spokesman* said' after Islamabad's denial); it
                # speaks for the state that acted just before, else for none ("the junta accused Paris")
                return _with_country(side, self._carried_state(ev, side, facing, article))
            if self._meets_foreign_office(ev, side, country, facing, article):
                return side
            return _with_country(side, country)
        rank = head is not None and head.lemma_.lower() in words.rank_heads and side.name is None
        if side.sector in words.salient_sectors and head is not None and (rank or not _definite(head)):
            # "Nigeria's army said it killed 30 fighters. *Troops* also rescued ...": the troops
            # of the country whose forces were named just before; "Pakistan's army chief X ...
            # *The general* criticized India": the officer of those forces (``rank_heads``)
            return _with_country(side, article.sector_country_before(side, PRONOUN_LOOKBACK))
        return side

    def _struck_place(self, ev: Event, article: _Article) -> str | None:
        """The country of the place named as what the attack behind an event's harm fell on: the
        attack noun (``attack_nouns``, ``operation_nouns``) that is the harm's trigger, its
        subject ("a drone strike on *Odesa* killed ..."), the object of its ``in`` or ``by``
        phrase ("wounded in a missile attack on *Kharkiv*") or the noun whose clause it is ("an
        attack on *Kharkiv* that killed ...") or the object or subject of the verb a participle or
        conjunct follows ("launched an attack on *Kharkiv*, killing ..."), or the place an attack
        verb before it struck (``struck_verbs``: "shelled *Kherson*, killing ..."); the place is
        the object of the attack's ``on`` or ``against`` phrase (on the attack, or on the harm's
        verb when the parser hangs it there), a country or place the dictionary knows, else a
        place name the gazetteer clearly puts in one country or in the one country of the
        article that has a place so called. Only the words around the trigger are read."""
        span = article.doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
        if span is None:
            return None
        words = self.words
        nouns = words.attack_nouns | words.operation_nouns
        verb = span.root
        near = [verb, *(c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS)]
        for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
            if prep.lower_ in words.harm_attack_prepositions or prep.dep_ in words.harm_attack_prepositions:
                near.extend(c for c in prep.children if c.dep_ == "pobj")
        if verb.dep_ in ("relcl", "acl"):
            near.append(verb.head)  # "an attack on Kharkiv *that killed* ..."
            if verb.head.dep_ == "pobj" and verb.head.head.lower_ in words.struck_place_prepositions:
                near.append(verb.head.head.head)  # "the attack on Kharkiv, *which killed* ...", hung on the place
        if verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in words.struck_verbs:
            # "Russian forces shelled *Kherson*, killing two civilians": what the verb before struck
            for target in (c for c in verb.head.children if c.dep_ == "dobj"):
                country = self._country_of_place(target, article)
                if country is not None:
                    return country
        if verb.dep_ in ("advcl", "conj"):
            # "launched a missile attack on Kharkiv, *killing* three": the attack the verb before names
            near.extend(c for c in verb.head.children if c.dep_ in ("dobj", *syntax.SUBJECT_DEPS))
        attacks = [t for t in near if t.lemma_.lower() in nouns]
        if attacks and verb not in attacks:
            # "wounded in a missile attack *on Kharkiv*" with the "on" phrase hung on the verb
            attacks.append(verb)
        for attack in attacks:
            for prep in (c for c in attack.children if c.dep_ == "prep"):
                if prep.lower_ not in words.struck_place_prepositions:
                    continue
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    country = self._country_of_place(place, article)
                    if country is not None:
                        return country
        return None

    def _country_of_place(self, place: Token, article: _Article) -> str | None:
        """The country of a place name: a country or a place of the actor dictionary (the Gaza
        Strip, a capital), else a GPE or LOC name the gazetteer clearly puts in one country (or
        the one of the article's countries with a place so called), else a name the NER took for
        a person's or a body's that the gazetteer clearly puts in one country."""
        m = article.at.get(place.i)
        if m is not None and m.entry is not None:
            return m.entry.country if m.entry.kind in ("country", "metonym") else None
        ent = syntax.entity_of(place)
        if ent is None or place.pos_ != "PROPN" or self.gazetteer is None:
            return None
        label = place.ent_type_
        if label in ("GPE", "LOC"):
            # else of the one country the article names that has a place so called ("Rafah")
            return self._place_name_country(ent.text) or self._place_among(ent.text, article.countries)
        if label == "PERSON" and article.full_names.get(place.lower_):
            return None  # "an attack on Navalny": a person the article names in full
        # a name the NER took for a person's or a body's ("an attack on *Kharkiv*" as a PERSON),
        # when the gazetteer clearly puts a place so called in one country
        return self._place_name_country(ent.text) if label in ("PERSON", "ORG", "FAC") else None

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
        self,
        side: Actor,
        head: Token | None,
        article: _Article,
        described: list[Token] | None = None,
        among: frozenset[str] = frozenset(),
    ) -> str | None:
        """The country of a place name that the dictionary does not know qualifying an actor
        ("*Texas* police", "*Kharkiv* regional governor Oleh Syniehubov"), or, given
        ``described``, among the words that describe a person's name; when the gazetteer
        says it clearly: its largest place of that name is ``PLACE_LEAD`` times larger than any
        abroad, and of some size (a name shared by places of similar size, "Punjab", says none);
        else, given ``among`` (the article's countries), the one of them with a place so called
        ("a *Cheltenham* man" in a story of England: not the Australian suburb)."""
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
            country = country or (self._place_name_country(" ".join(rest)) if rest else None)
            if country is None and among:
                country = self._place_among(" ".join(t.text for t in name), among)
            countries.add(country)
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

    def _home_body(self, side: Actor, head: Token, article: _Article) -> bool:
        """Whether an actor is a police force or a court (``home_sectors``), or speaks for one
        ("a Hampshire *Police* spokesman"): a body that acts only in its own country."""
        if side.sector in self.words.home_sectors:
            return True
        start = article.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        if start is None:
            return False
        for t in article.doc[start.start : head.i]:
            entry = self.actors.sector(t.lemma_.lower())
            if entry is not None and entry.sector in self.words.home_sectors:
                return True
        return False

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

    def _carried_state(self, ev: Event, side: Actor, facing: Actor | None, article: _Article) -> str | None:
        """The country an office of a state acting whose phrase names no country ("the ministry",
        "the spokesman", "officials", a minister the dictionary does not know) speaks for when
        the state it would be given is the one it faces, or none: that of
        the nearest earlier act, in its sentence or the few before, whose actor is a state by
        its name or its capital ("Beijing accused Manila ... *The spokesman* said ...") or an
        office of one, of another country than the one faced, else the last other country named
        in those sentences; None when there is none."""
        if not self._state_office(side, article):
            return None
        faced = facing.country if facing is not None else None
        since = max(0, ev.sentence - PRONOUN_LOOKBACK)
        for earlier in reversed(article.events.before(article.events.starts, ev.trigger.span[0], since)):
            actor = earlier.actor
            if actor is None or not actor.country or actor.country == faced or actor.span == side.span:
                continue
            if article.names_a_state(actor) or self._state_office(actor, article):
                return actor.country
        if faced is None:
            return None
        # no act of another state told: the other country the last sentences name ("*Ukraine*
        # says Russia struck its grid. *Officials* accused Russia of ...")
        named = article.named_before(side.span[0], COUNTRY_KINDS, exclude=frozenset({faced}))
        if named is None or named.span[0] < article.sentences[since].start_char:
            return None
        return named.country

    def _charged_state(self, ev: Event, side: Actor, facing: Actor | None, article: _Article) -> str | None:
        """The state an office with no country of its own ("the ministry", "officials") speaks
        for when it rejects a charge named as such ("rejected *the claim*", "denied *any
        wrongdoing*": ``rebuttal_nouns``, ``denied_nouns``): the country of the one charged by the
        latest accusation in its sentence or the few before; None otherwise."""
        if ev.type != REJECT or (facing is not None and facing.country is not None):
            return None
        verb = article.head(ev.trigger)
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
        if not set(objects) & (self.words.rebuttal_nouns | self.words.denied_nouns):
            return None
        if not self._state_office(side, article):
            return None
        since = max(0, ev.sentence - PRONOUN_LOOKBACK)
        for earlier in reversed(article.events.before((ACCUSE,), ev.trigger.span[0], since)):
            if earlier.recipient is not None and earlier.recipient.country:
                return earlier.recipient.country
        return None

    def _state_office(self, side: Actor, article: _Article) -> bool:
        """Whether a side is an office of a state: by its sector, or by a title of one in its
        phrase ("*Foreign Minister* Ahmed Attaf", "Kosovo *PM*")."""
        if side.sector in STATE_SECTORS:
            return True
        phrase = article.doc.char_span(side.span[0], side.span[1], alignment_mode="expand")
        words = (
            self.actors.sector(_two_words(t)) or self.actors.sector(t.lemma_.lower()) or self.actors.sector(t.lower_)
            for t in phrase or ()
        )
        return any(w is not None and w.sector in STATE_SECTORS for w in words)

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
        named = (article.at.get(t.i) for t in phrase if t != phrase.root and t.ent_type_ in syntax.NATION_ENTITIES)
        return any(m is not None and m.entry is not None and m.entry.country == facing.country for m in named)

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
        countries* to ...", "calls on *all nations*", "*every state* must ...", "*the nations
        gathered here*"): it names no party (both manuals code a recipient only when the text
        names one)."""
        if side is None or side.country is not None or side.name is not None:
            return False
        head = article.head(side)
        if head is None or head.lemma_.lower() not in self.words.country_heads:
            return False
        if head.tag_ == "NNS" and any(
            c.dep_ == "acl" and c.lemma_.lower() in self.words.assembled_verbs for c in head.children
        ):
            return True  # "*the nations gathered here*": the gathering addressed (``assembled_verbs``)
        if any(c.dep_ in ("prep", "amod", "compound", "poss", "relcl", "acl") for c in head.children):
            return False  # "all countries *in the region*", "all *Gulf* states"
        return any(c.dep_ in ("det", "predet") and c.lower_ in EVERY_WORDS for c in head.children)

    def _group_count(self, head: Token) -> int:
        """How many countries a definite group noun that is its own count stands for ("*the
        trio*": ``collective_counts``); 0 for any other head, or one told by a phrase of its own
        ("the trio of journalists", "a trio")."""
        number = self.words.collective_counts.get(head.lemma_.lower(), 0)
        if not number or head.tag_ != "NN":
            return 0
        if [c.lower_ for c in head.children if c.dep_ == "det"] != ["the"]:
            return 0
        if any(c.dep_ in ("prep", "amod", "compound", "poss", "relcl", "acl", "nummod") for c in head.children):
            return 0
        return number

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
        if side is not None and head is not None and side.country is None and self._group_count(head):
            # "maintain relations with *the trio*": the last three countries named
            return article.countries_before(side.span[0], self._group_count(head))
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
            # "Morocco recalled its envoy from Algeria. *The kingdom* accused ...": the country
            # the sentence before was about, not the one it named last; not a denial, which
            # answers the one charged ("Cambodia accused Thailand ... *The kingdom* denied the
            # claim": ``rebuttal_nouns``, ``denied_nouns``)
            answers = self.words.rebuttal_nouns | self.words.denied_nouns
            denial = any(c.dep_ == "dobj" and c.lemma_.lower() in answers for c in head.head.children)
            subject = None if denial else article.subject_country_before(head, exclude=other_than)
            return subject or article.named_before(side.span[0], COUNTRY_KINDS, exclude=other_than)
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


def _travelled_there(found: Actor, place: str, article: _Article) -> bool:
    """Whether the person a description was read as travels to the country the sentence opens
    with ("U.S. Special Envoy Jane Roe will travel to Chile ... In Chile, *the Special Envoy*
    will meet ...": a guest there, still of the United States; ``travel_words``)."""
    named = found.name or found.text
    return bool(named) and place in article.travelled_to.get(named.split()[-1].lower(), ())


def _named_target_place(ev: Event, head: Token | None, article: _Article, types: frozenset[str]) -> bool:
    """Whether the party attacked (``types``) is a place name from which the event's own place,
    with its country, was read in the event's sentence ("shelled *Kharkiv*"): a GPE or LOC
    entity, or a one-word name the parser took for a person's when the article names no person
    so called ("Russian missiles struck *Kharkiv*" read as a PERSON); not a person's surname taken
    for a town ("sentenced *Zamora*", after "Jose Ruben Zamora")."""
    place = ev.location
    if head is None or place is None or place.country is None or place.basis != "sentence":
        return False
    if not place.span[0] <= head.idx < place.span[1]:
        return False
    if ev.type not in types:
        return False
    if head.ent_type_ in ("GPE", "LOC"):
        return True
    ent = syntax.entity_of(head)
    one_word = ent is None or len(ent) == 1
    return head.ent_type_ == "PERSON" and one_word and not article.full_names.get(head.lower_)
