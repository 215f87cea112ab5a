"""What the actor stage reads from a parse: names, descriptions, places and reports, and the
small rules on resolved sides."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.knowledge.actors import ActorDictionary, ActorEntry
from detente.knowledge.words import ReferenceWords
from detente.pipeline.work import Mention
from detente.records import Actor, Event

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


REJECT, ACCUSE, ASSAULT, REQUEST, SUPPORT, RETREAT = "REJECT", "ACCUSE", "ASSAULT", "REQUEST", "SUPPORT", "RETREAT"
#: a release of people (CAMEO 0841) is RETREAT with a code that opens so
RELEASE_CAMEO = "084"


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
#: the words that make a noun name one the text has in view ("*the* kidnappers", "*her* captors")
DEFINITE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


def _keeps_name(head: Token, side: Actor, found: Actor) -> bool:
    """Whether the phrase a definite description was taken for holds the proper names that qualify
    the description's head ("the *Foreign* Ministry" for "Pakistan's Foreign Ministry"): a head
    named by words of its own ("the *Life and Liberty* Party") is another body, not an earlier
    one with that head ("the American Delta parties")."""
    start, end = side.span
    own = [t.lower_ for t in head.doc[head.left_edge.i : head.i] if t.pos_ == "PROPN" and start <= t.idx < end]
    text = found.text.lower()
    return all(w in text for w in own)


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
    the event's sentence or in the title that tells the event: its byline ("Jane Doe, Department
    Spokesperson") or the by- or from-phrase of its title names ("Statement *by Spokesperson Jane
    Doe* on ..."; not the one the title is about, "Statement on the Passing of *Jane Doe*"). The
    author of a statement is not of the place it speaks of."""
    # a title: a statement noun at the root of its line, which a participle may follow
    # ("Statement from Spokesperson Jane Doe *Welcoming* the Ceasefire in Ruritania")
    root = head.sent.root
    title = root.pos_ in ("NOUN", "PROPN") and root.lemma_.lower() in statements
    if not title and (head.sent.start == sentence.start or any(t.pos_ in ("VERB", "AUX") for t in head.sent)):
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


def _posted_to(name: Token, envoy_words: frozenset[str], portfolio_titles: frozenset[str] = frozenset()) -> bool:
    """Whether a name is read as the object of "for" or "to" after an envoy's title ("Special
    Envoy *for* Yemen Tim Lenderking", the parser taking the country as the name's compound),
    or of "for" after a title whose "for" names a portfolio (``portfolio_titles``: "Special
    Representative *for* the DPRK Jane Roe"): the country is where the office looks, not whose
    it is."""
    prep = name.head
    title = prep.head.lemma_.lower()
    return (
        name.dep_ == "pobj"
        and prep.head.i < prep.i
        and (
            (prep.lower_ in ("for", "to") and title in envoy_words)
            or (prep.lower_ == "for" and prep.head.lower_ in portfolio_titles)
        )
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
    # ... and with its passive subject, for the acts a court or a prosecutor does to a case ("the
    # *case* was *thrown* out", "the *charges* were *dropped*": "throw case", "drop charge")
    kept += [c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
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
