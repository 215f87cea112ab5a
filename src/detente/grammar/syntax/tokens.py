"""Word lists and single-token tests: pronouns, quotes, entity labels, hyphenated and stance words,
verbs, nouns, venues.

Part of `detente.grammar.syntax`; callers use it as `syntax.NAME`.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: the named-entity labels of names that can be parties ("Iran", "the Houthis", "Hamas", "Ruto")
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: the entities that name a country or its people ("Kenya", "Kenyan")
NATION_ENTITIES = frozenset({"NORP", "GPE"})
#: pronouns resolved to an earlier mention: a person's, or a group's or country's
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
#: the group pronouns that stand for several ("they", not "it")
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
GROUP_PRONOUNS = frozenset({"it", "its"}) | PLURAL_PRONOUNS
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
#: participles that list the ways an act is done ("helps them, *including by* funding ...")
INCLUDING_WORDS = frozenset({"including"})
#: a speaker's own pronouns ("*we* reject", "*I* urge"): the actor is then the one the words are
#: attributed to ("'We urge the authorities to ...,' the groups said"); a single speaker's first
SINGULAR_FIRST = frozenset({"i", "me", "my"})
FIRST_PERSON = SINGULAR_FIRST | {"we", "us", "our", "ours"}
#: quotation marks: the double ones, which mark someone's words in a sentence ('"', “ ”); those
#: that may open a quotation (single ones too); and all
DOUBLE_QUOTES = frozenset({'"', "\u201c", "\u201d"})
OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "'"})
QUOTES = OPENING_QUOTES | frozenset({"\u201d", "\u2019"})
#: the pronouns by which an act falls back on its own doer ("killed *himself*")
REFLEXIVE_PRONOUNS = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"}
)
#: pronouns that may as well stand for a thing as for a party ("it", "this", "that")
THING_PRONOUNS = frozenset({"it", "this", "that"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
#: determiners that deny what their noun names ("*no* meeting took place", "*neither* side attacked")
NEGATING_DETERMINERS = frozenset({"no", "neither"})
#: tags of a finite verb (not an infinitive or a participle)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: words that introduce a clause of the time of an act
TIME_MARKERS = frozenset({"after", "when", "while", "as", "upon", "before", "during"})
#: prepositions that place a phrase ("protesters *in* Kyiv", "a message *on* Twitter")
PLACE_PREPOSITIONS = frozenset({"in", "on", "at"})
#: the entities of a time ("on Sunday", "last week")
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: the names of places (the NER's), as opposed to parties
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: the channels a call is held over, and their prepositions: the parser hangs the one spoken
#: with on the channel ("spoke by *phone* [with X]", "talked via *videoconference* [with X]")
CHANNEL_NOUNS = frozenset({"phone", "telephone", "videoconference", "videolink", "video", "link", "teleconference"})
CHANNEL_PREPOSITIONS = frozenset({"by", "over", "via"})
#: the prepositions of what a meeting or its sides talk about ("a call with leaders *on* Ukraine",
#: "the ministerial meeting *on* Haiti", "spoke *about* the war")
TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning", "over"})
#: the nouns of compound prepositions, with the first word of each: "discussed priorities *with
#: respect to* Iran", "*in relation to* the talks", "*with regard to* China" say what is talked
#: about, and their noun is no party met or acted on
COMPOUND_PREPOSITION_NOUNS = {
    "with": frozenset({"respect", "regard", "reference", "relation", "view", "eye"}),
    "in": frozenset({"respect", "regard", "relation", "reference", "connection", "light"}),
}
#: entity labels of a name that places a noun rather than acting ("a message on *Monday*")
PLACING_ENTITIES = TIME_ENTITIES | PLACE_ENTITIES
# Children that end a noun phrase: clauses, appositions, coordination.
PHRASE_STOP_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "advcl", "punct", "prep", "parataxis", "ccomp"})
MAX_CONTENT_WORDS = 10
QUANTITY_HEADS = frozenset({"part", "some", "all", "most", "much", "portion", "half", "rest", "bulk", "any"})
# Nouns that measure out an event in their of-phrase: "a round of talks", "a wave of strikes",
# "ten days of war games", "a series of attacks", "opened a process of consultations"; and
# a message that carries it ("sent a message of support for the Nicaraguan people").
CONTAINER_HEADS = QUANTITY_HEADS | frozenset(
    {
        "round",
        "process",
        "series",
        "wave",
        "spate",
        "string",
        "day",
        "week",
        "month",
        "year",
        "hour",
        "number",
        "dozen",
        "hundred",
        "thousand",
        "campaign",
        "spree",
        # "sent a message of support for X", "a message of condolence": the message is the act
        "message",
    }
)


def contained(tok: Token) -> Token:
    """The noun an of-phrase measures out ("a round of *talks*"), else the token itself."""
    if tok.lemma_.lower() in CONTAINER_HEADS:
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in p.children:
                    if g.dep_ == "pobj":
                        return g
    return tok


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_words(tok: Token) -> tuple[str, ...]:
    """A word written with a hyphen, which the tokenizer splits ("cease-fire" is "cease", "-",
    "fire"), read whole from its last part: ("cease-fire", "ceasefire"); else ()."""
    i = tok.i
    if i < 2:
        return ()
    doc = tok.doc
    hyphen, first = doc[i - 1], doc[i - 2]
    if hyphen.text not in HYPHENS or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return ()
    last = tok.lemma_.lower()
    return (f"{first.lower_}-{last}", f"{first.lower_}{last}")


#: prefixes that make a name a cause, not a membership ("*pro*-Russian", "*anti*-Israel")
STANCE_PREFIXES = frozenset({"pro", "anti"})
#: participles after a hyphen that make the name before them a patron, not a membership
#: ("Iran-*backed* militias", "Russian-*funded* separatists"; not "Saudi-*led*", a coalition
#: its leader acts for, nor "state-*controlled*", a body of its own state)
BACKING_SUFFIXES = frozenset(
    {"backed", "supported", "funded", "financed", "sponsored", "armed", "trained", "equipped", "allied", "aligned"}
)
#: participles after a hyphen that make the name before them the power holding a territory,
#: before a noun of a territory (``TERRITORY_NOUNS``: "the *Serb*-controlled entity", "the
#: Russian-occupied *territories*"): whose the territory is not; not before a named place
#: ("Russian-occupied Crimea", where an attack by the other side is aimed at the occupier), nor
#: before a body ("Kremlin-controlled media", which is the Kremlin's)
OCCUPATION_SUFFIXES = frozenset({"controlled", "occupied", "annexed"})
#: the nouns of a territory that "-controlled" describes as held by a power ("Serb-controlled *areas*")
TERRITORY_NOUNS = frozenset(
    [
        "territory",
        "area",
        "region",
        "entity",
        "republic",
        "zone",
        "part",
        "province",
        "district",
        "village",
        "town",
        "city",
        "land",
        "enclave",
        "side",
        "half",
        "north",
        "south",
        "east",
        "west",
    ]
)


def heritage(tok: Token) -> bool:
    """The first of two nationalities written together before the noun of a single party ("an
    *Iranian*-American journalist", "the *Iranian* American scholar"): a descent, not the
    party's nationality, which is the second; before a plural or an event ("Israeli-Palestinian
    talks") the two are parties each."""
    doc = tok.doc
    i = tok.i + 1
    hyphen = i < len(doc) and doc[i].text in HYPHENS and not tok.whitespace_ and not doc[i].whitespace_
    i += hyphen
    if i >= len(doc) or doc[i].pos_ not in ("ADJ", "PROPN"):
        return False
    nationalities = [t.ent_type_ == "NORP" or (hyphen and t.is_title) for t in (tok, doc[i])]
    if not all(nationalities):
        return False
    noun = doc[i].head
    return noun.i > i and noun.pos_ == "NOUN" and noun.tag_ == "NN"


def stance(tok: Token) -> bool:
    """A name written after "pro-" or "anti-" ("*pro-Russian* separatists", "an *anti-Israel*
    march", "*Pro-Palestinian* protesters"): a cause the phrase is for or against, not whose
    its members are; so is a name of one word before "-backed", "-funded" and the like
    ("*Iran*-backed militias", "*Turkish*-supported fighters", ``BACKING_SUFFIXES``): whom
    they are backed by, a proxy's patron, not whose they are; and before "-controlled", "-occupied"
    before a territory ("the *Serb*-controlled entity", ``OCCUPATION_SUFFIXES``): the power
    holding it, not its country."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 3]
    if (
        len(after) == 2
        and after[0].text in HYPHENS
        and not tok.whitespace_
        and not after[0].whitespace_
        and after[1].lower_ in BACKING_SUFFIXES
    ):
        return True
    if len(after) == 2 and after[0].text in HYPHENS and not tok.whitespace_ and not after[0].whitespace_:
        held = after[1].head if after[1].dep_ == "amod" else after[1]
        if after[1].lower_ in OCCUPATION_SUFFIXES and held.lemma_.lower() in TERRITORY_NOUNS:
            return True  # "the *Serb*-controlled entity": the power holding it, not its country
    i = tok.i - 1
    if i >= 0 and doc[i].text in HYPHENS and not doc[i].whitespace_:
        i -= 1
        return i >= 0 and doc[i].lower_ in STANCE_PREFIXES and not doc[i].whitespace_
    return False


def stance_word(tok: Token) -> bool:
    """A word of a "pro-"/"anti-" compound: the prefix, its hyphen, or the name after them."""
    doc = tok.doc
    if tok.lower_ in STANCE_PREFIXES:
        return tok.i + 1 < len(doc) and doc[tok.i + 1].text in HYPHENS and not tok.whitespace_
    if tok.text in HYPHENS:
        return tok.i > 0 and doc[tok.i - 1].lower_ in STANCE_PREFIXES and not doc[tok.i - 1].whitespace_
    return stance(tok)


def is_verb(tok: Token) -> bool:
    """A verb; also a root noun with a subject, a verb the tagger took for a noun, as it does in
    headlines ("Thousands protest in Belgrade", "Kenyan police arrest opposition leader")."""
    if tok.pos_ == "VERB" and _people_participle(tok):
        return False  # "the evacuation of *the wounded*", "treated *the injured*": people, no act
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return True  # "Qatar offered *to host* talks": an infinitive the tagger took for a noun
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)


def _people_participle(tok: Token) -> bool:
    """A participle with "the" before it where a noun stands ("the wounded", "the injured", "the
    accused"): the people it describes, which the tagger may read as a verb."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in (*NOMINAL_DEPS, "nsubj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def is_noun(tok: Token) -> bool:
    """A noun, or a word the tagger took for a verb where only a noun can stand ("held drills")."""
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.dep_ in NOMINAL_DEPS and tok.tag_ == "VBZ")


#: the prepositions of where a meeting is held ("met *in* Geneva", "talks *at* Camp David")
VENUE_PREPOSITIONS = frozenset({"in", "at"})


def owns_venue(tok: Token, place_nouns: frozenset[str]) -> bool:
    """Whether a place name is the owner of a place noun that is where something happens
    ("attacked a train *in Pakistan's* restive province", "clashes *at Russia's* border"): the
    place of the act, not a party to it."""
    owned = tok.head
    return (
        tok.dep_ == "poss"
        and tok.ent_type_ in PLACE_ENTITIES
        and owned.lemma_.lower() in place_nouns
        and owned.dep_ == "pobj"
        and owned.head.lower_ in VENUE_PREPOSITIONS
    )


def inside_venue(tok: Token) -> bool:
    """Whether a place name tells where the place an act happened at lies ("rioted at a jail
    *in Dili*", "protested outside the embassy *in Moscow*", "met at a hotel *in Doha*"):
    the object of "in" or "at" under a common noun that is itself the object of a preposition
    of place. The setting of the act, not a party to it."""
    place = tok.head.head
    return (
        is_venue(tok)
        and place.pos_ == "NOUN"
        and not place.ent_type_
        and place.dep_ == "pobj"
        and place.head.dep_ == "prep"
        and place.head.lower_ in VENUE_PREPOSITIONS | {"outside", "near", "inside"}
    )


def is_venue(tok: Token) -> bool:
    """Whether a word names the place something happens at: a place name after "in" or "at"
    ("met *in Geneva*", "held talks *at Camp David*")."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in VENUE_PREPOSITIONS
        and tok.head.dep_ == "prep"
        and tok.ent_type_ in PLACE_ENTITIES
    )


def legal_basis(tok: Token, phrases: frozenset[str]) -> bool:
    """Whether a word is the object of a phrase giving an act's legal basis ("took action *pursuant
    to* Presidential Proclamation 8015", "*in accordance with* Executive Order 13224"): the
    instrument acted under, never the one acted on. ``phrases`` are the phrases' last two words
    (``recipients.yaml`` ``legal_basis``: "pursuant to", "accordance with")."""
    return tok.dep_ == "pobj" and f"{tok.head.head.lower_} {tok.head.lower_}" in phrases


def led_by(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether a word is (a conjunct of) the agent of a participle of leading on a noun ("the
    meeting, *led by* the two advisers", "a delegation *headed by* the deputy minister"; ``verbs``:
    ``recipients.yaml`` ``leading_verbs``): one who leads a side, not the side met."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in verbs


def text_issuer(tok: Token, head: Token, documents: frozenset[str], topics: frozenset[str]) -> bool:
    """Whether a word is the issuer of a text that speaks about the act ``head`` names: the object
    of a "from" or "by" phrase of a text noun (``documents``) whose topic phrase (``topics``, on
    the noun or on the issuer, as the parser may hang it) holds the act ("Statement *from Press
    Secretary X* on the Visit of President Y", "a letter by the minister about the talks")."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("from", "by") or prep.head.lemma_.lower() not in documents:
        return False
    text = prep.head
    cur = head
    while cur != text and cur.head != cur:
        if cur.dep_ == "prep" and cur.lower_ in topics and cur.head in (text, tok):
            return True
        cur = cur.head
    return False


def denied(noun: Token) -> bool:
    """Whether a determiner denies the noun ("*no* meeting took place", "*no* condemnation came")."""
    return any(c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in noun.children)
