"""Dependency-parse helpers: subjects, objects, complements and phrases of a trigger.

Pure functions over spaCy tokens, shared by the event and record stages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: the named-entity labels of names that can be parties ("Iran", "the Houthis", "Hamas", "Ruto")
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
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


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children) or stative_passive(verb)


def is_negated(tok: Token) -> bool:
    """``did not attack``, ``never attacked``; also the negated auxiliary of a head verb, and a
    negated predicate word of the verb's wording (``pleaded not guilty``, ``found not guilty``),
    and the predicate word of a negated copula (``is not concerned about``).
    A verb joined by "or" or "nor" to a negated one shares its negation ("did not concede or
    admit defeat", "never confirmed nor denied"); one joined by "and" or "but" does not ("did
    not attend and left early")."""
    if any(_negates(c) or (_is_predicate(c) and any(_negates(g) for g in c.children)) for c in tok.children):
        return True
    if _copular_predicate(tok) and any(_negates(c) for c in tok.head.children):
        return True  # "is not ready to negotiate", "are not concerned about": the copula's "not"
    if tok.pos_ in ("VERB", "AUX") and any(_no_one(c) for c in tok.children if c.dep_ in NO_ONE_DEPS):
        return True  # "*no* soldiers were killed", "*nobody* was hurt": it befell no one
    if _purpose_of_negated(tok):
        return True  # "did not travel to Brussels *to sign* the deal": the purpose was not carried out
    return _disjunct_of_negated(tok)


def _purpose_of_negated(tok: Token) -> bool:
    """Whether ``tok`` is the purpose clause of a negated verb: an infinitive with no subject of
    its own that the parser hangs on the verb as an adverbial clause ("did not come to Lima *to
    meet* Boluarte", "will not go to Madrid *to attend* the summit"). The trip not made, its
    purpose was not carried out either. A complement ("did not hesitate *to attack*", "did not
    agree *to meet*") is not a purpose clause: its verb decides what it means."""
    if tok.dep_ != "advcl" or tok.head == tok or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    children = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children):
        return False
    return is_negated(tok.head)


#: the dependencies of a verb's subject, which "no" or "nobody" makes the denial of the act
NO_ONE_DEPS = frozenset({"nsubj", "nsubjpass"})

#: words for no one, as a subject ("*nobody* was hurt", "*none* were injured")
NO_ONE_WORDS = frozenset({"nobody", "none", "no-one"})


def _no_one(subject: Token) -> bool:
    """Whether a subject names no one: "no" before it ("*no* soldiers were killed", "*no* U.S.
    facilities were damaged"), or a word for no one ("*nobody*", "*none*")."""
    if subject.lower_ in NO_ONE_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


#: the verbs that link a subject to its predicate word, whose negation is the predicate's
COPULAS = frozenset({"be", "remain", "seem", "appear", "feel", "look", "become", "stay"})


def _copular_predicate(tok: Token) -> bool:
    """Whether ``tok`` is the predicate word of a copula ("Iran *is* not *ready*", "they *were*
    not *concerned*"), whose "not" the parser hangs on the copula."""
    return tok.dep_ in PREDICATE_DEPS and tok.head != tok and tok.head.lemma_.lower() in COPULAS


#: the conjunctions that carry a negation over to the verbs they join
NEGATION_SHARING_CONJUNCTIONS = frozenset({"or", "nor"})


def _disjunct_of_negated(tok: Token) -> bool:
    """Whether ``tok`` is a later item, in a list joined by "or"/"nor", of a negated verb ("did
    not shell the town, attack the village or arrest the mayor": the parser hangs each item on
    the one before and the "or" on the second-last, so the list's own conjunction decides,
    and the first item's negation). The conjunction that decides is the first one after the
    item before ``tok``: a clause added by "and" after the list does not undo it ("did not
    resign or admit wrongdoing, and vowed to fight the charges": "admit" is negated, "vowed" is not)."""
    if tok.dep_ != "conj" or tok.head == tok or tok.pos_ not in ("VERB", "AUX"):
        return False
    first = tok
    for _ in range(8):
        if first.dep_ != "conj" or first.head == first:
            break
        first = first.head
    if first.i == tok.i:
        return False
    items = sorted([first, *first.conjuncts], key=lambda t: t.i)
    joined = sorted((c for item in items for c in item.children if c.dep_ == "cc"), key=lambda c: c.i)
    if not joined:
        return False
    # the conjunction that joins ``tok`` to the item before it; where only a comma does, the
    # list's next one ("did not concede *or* admit defeat*, and* vowed to fight on": "admit" is
    # negated, "vowed" is not)
    before = max((t.i for t in items if t.i < tok.i), default=first.i)
    between = [c for c in joined if before < c.i < tok.i]
    after = [c for c in joined if c.i > tok.i]
    conjunction = between[-1] if between else after[0] if after else joined[-1]
    if conjunction.lower_ not in NEGATION_SHARING_CONJUNCTIONS:
        return False
    # ("*no* facilities were damaged or personnel injured": the first item's "no" subject too)
    return any(_negates(c) or (c.dep_ in NO_ONE_DEPS and _no_one(c)) for c in first.children)


#: the dependencies of a verb's predicate word ("pleaded [not] guilty", "found him [not] guilty")
PREDICATE_DEPS = frozenset({"acomp", "oprd"})


def _is_predicate(c: Token) -> bool:
    # "found him guilty": a small clause the parser may call ccomp
    return c.dep_ in PREDICATE_DEPS or (c.dep_ == "ccomp" and c.pos_ == "ADJ")


def _negates(c: Token) -> bool:
    if _hyphenated(c):
        return False  # "a no-deal Brexit", "a no-fly zone": a kind of thing, no negation
    return c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATIONS)


def _hyphenated(c: Token) -> bool:
    """Whether the word is the first part of a hyphenated compound ("no-deal", "no-fly")."""
    nxt = c.i + 1
    return not c.whitespace_ and nxt < len(c.doc) and c.doc[nxt].text == "-"


#: the words that close a person's name after a comma ("Martin Luther King, Jr.")
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def name_suffix(tok: Token) -> bool:
    """A suffix closing the name before it ("Biden, *Jr.*"), which the parser may take for a
    name of its own."""
    return tok.lower_ in NAME_SUFFIXES and tok.i > 0 and tok.text[:1].isupper()


def described_name(noun: Token) -> Token | None:
    """The person's name a common noun is read as coordinated with when it is in fact the name's
    first description ("the arrest of Palestinian *activist* and U.S. resident *Mahmoud Khalil*",
    "the journalist and VOA host Masih Alinejad": one person, not two): a singular noun whose one
    conjunct is a person's name with a description of its own, no determiner or owner of its own;
    also a title with no name, determiner or owner of its own coordinated with a titled name ("met
    *Deputy Prime Minister* and Foreign Minister Ishaq Dar", "*Crown Prince* and Prime Minister
    Salman": one office-holder with two offices)."""
    if _title_of_name(noun):
        return noun.conjuncts[0]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or len(noun.conjuncts) != 1:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("the",) for c in noun.children):
        return None  # "*a* protester and journalist Maria Lopez", "*his* aide and ...": two people
    name = noun.conjuncts[0]
    if name.dep_ != "conj" or name.head != noun or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    if any(c.dep_ in ("det", "poss") for c in name.children):
        return None  # "the minister and *his* deputy John Smith": two people
    return name if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in name.children) else None


#: the NER labels of a name that is no title ("*Congress* and Speaker X": two parties)
NAMED_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})


def _title_of_name(noun: Token) -> bool:
    """Whether a capitalised title with no name of its own ("*Deputy Prime Minister*", "*Crown
    Prince*") is the first of two offices of the titled name it is coordinated with ("... and
    Foreign Minister Ishaq Dar"): no determiner ("*the* President and Prime Minister X" may be
    two), every word a capitalised proper noun, the one conjunct a person's name with a title of
    its own."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in NAMED_LABELS or len(noun.conjuncts) != 1:
        return False
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    words = [c for c in noun.children if c.dep_ == "compound"]
    if not all(w.pos_ == "PROPN" and w.is_title and w.ent_type_ not in NAMED_LABELS for w in [noun, *words]):
        return False
    name = noun.conjuncts[0]
    if name.dep_ != "conj" or name.head != noun or name.pos_ != "PROPN" or name.i < noun.i:
        return False
    compounds = [c for c in name.children if c.dep_ == "compound"]
    # the title may hang on a word of the name ("Prime Minister Mohammed *bin* Salman Al Saud",
    # "Minister" a compound of "bin"): any compound inside the name's own words
    inner = [t for t in name.subtree if t.i < name.i and t.dep_ == "compound"]
    titles = [c for c in inner if c.pos_ == "PROPN" and c.ent_type_ not in NAMED_LABELS]
    persons = [c for c in compounds if c.ent_type_ == "PERSON"]
    return bool(titles) and (name.ent_type_ == "PERSON" or bool(persons))


def with_conjuncts(heads: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for h in heads:
        name = described_name(h)
        for t in (h, *h.conjuncts) if name is None else (name,):
            if t is not h and (fronted_conjunct(t) or fronted_conjunct(h)):
                continue  # "On a visit to Zimbabwe, *Ramaphosa* voiced": no pair with Zimbabwe
            if (
                t not in out
                and not (t is not h and name_suffix(t))
                and t.pos_ not in ("VERB", "AUX", "PUNCT")
                and t.ent_type_ not in NOT_ACTORS
                and any(ch.isalnum() for ch in t.text)
            ):
                out.append(t)
    return out


def _apposed_subject(verb: Token) -> Token | None:
    """'..., a charge Afghan spokesperson Abdul Qahar Balkhi *rejected* Thursday' read with the
    name as the end of an apposition ("a charge ... Balkhi") and the past-tense verb hung on a
    noun before it with no subject: the name just before the verb is its subject."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("acl", "relcl"):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head == verb and verb.doc[i].dep_ in ("advmod", "npadvmod"):
        i -= 1  # "... Balkhi *quickly* rejected"
    if i < 0:
        return None
    name = verb.doc[i]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or name.head == verb:
        return None
    first = verb.doc[phrase(name)[0]]
    return name if first.lower_ in ("a", "an") else None


#: how many words a short form in parentheses after a name may hold, with its parentheses
PAREN_SPAN = 6


#: prepositions that open an office's title at the head of a sentence ("*Under* Secretary of State
#: Jane Roe will visit Chad", the parser reading "Under" as a preposition of the verb)
TITLE_PREPOSITIONS = frozenset({"under"})


#: the small words inside an office's title ("Secretary *of* State *for* African Affairs")
TITLE_JOINERS = frozenset({"of", "for", "and", "on", "the"})


def title_run(first: Token) -> str:
    """The capitalised words of a title right before ``first`` (a name's first word), in its
    sentence, lower-cased and joined by spaces ("*Under Secretary of State for African Affairs*
    Jane Roe" -> "under secretary of state for african affairs"); a hyphen is a word of its own
    ("under - secretary")."""
    words: list[str] = []
    i = first.i - 1
    while i >= first.sent.start:
        tok = first.doc[i]
        if not (tok.text[:1].isupper() or tok.lower_ in TITLE_JOINERS or tok.text == "-"):
            break
        words.append(tok.lower_)
        i -= 1
    return " ".join(reversed(words))


def _titled_subject(verb: Token) -> Token | None:
    """'*Under* Secretary of State for Political Affairs Jane Roe will visit Chad' read as "under
    [the secretary ... Roe]", the verb left with no subject: the person named at the end of the
    title the sentence opens with is the subject."""
    for prep in verb.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in TITLE_PREPOSITIONS
            and prep.i == prep.sent.start
            and prep.text[:1].isupper()
            and prep.i + 1 < len(verb.doc)
            and verb.doc[prep.i + 1].text[:1].isupper()
        ):
            # (a name, however the NER labels it, right before the verb: "Under President Lula,
            # Brazil rejoined ..." sets a time off by a comma and has a subject of its own)
            names = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNP"]
            if names and names[0].i < verb.i and not any(t.text == "," for t in verb.doc[prep.i : verb.i]):
                return names[0]
    return None


def _fronted_subject(verb: Token) -> Token | None:
    """'On a visit to Zimbabwe, South African President Ramaphosa *voiced* ...' read with the
    subject as a conjunct or an apposition of the last name of a fronted phrase ("Zimbabwe, ...
    Ramaphosa"), the verb left with no subject: the name just before the verb, set off from the
    phrase by a comma with no "and" or "or", is its subject."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("advmod", "npadvmod", "aux", "pobj", "prep"):
        tok = verb.doc[i]
        top = tok.head if tok.dep_ == "pobj" else tok
        if top.head != verb or top.i > verb.i:
            break
        i = top.left_edge.i - 1  # "... Ramaphosa *on Monday* voiced", "... Ramaphosa *has* voiced"
    if i > 0 and verb.doc[i].text == ")":
        # "..., the Life and Liberty Party *(L&L)* held": a short form in parentheses after the name
        opening = next((j for j in range(i - 1, max(i - PAREN_SPAN, 0), -1) if verb.doc[j].text == "("), None)
        i = opening - 1 if opening is not None else i
    if i < 1:
        return None
    name = verb.doc[i]
    if name.dep_ not in ("conj", "appos") or name.pos_ not in ("PROPN", "NOUN"):
        return None
    first = name.head
    if any(c.dep_ == "cc" for c in first.children) or first.dep_ != "pobj":
        return None  # "in Kenya and Ruto": a true pair
    left = name.left_edge.i
    if left < 1 or verb.doc[left - 1].text != ",":
        return None
    prep = first.head
    while prep.dep_ in ("pobj", "prep") and prep.head != verb and prep.head.i < verb.i:
        prep = prep.head
    return name if prep.dep_ == "prep" and prep.head == verb and prep.i < first.i else None


def fronted_subject(verb: Token) -> Token | None:
    """The subject of a verb that the parser misread as a conjunct or an apposition of a fronted
    phrase's last name (:func:`_fronted_subject`), or None."""
    return _fronted_subject(verb)


def fronted_conjunct(name: Token) -> bool:
    """Whether a name is the subject :func:`_fronted_subject` finds misread as a conjunct."""
    if name.dep_ not in ("conj", "appos"):
        return False
    i = name.right_edge.i + 1
    doc = name.doc
    if i < len(doc) and doc[i].text == ")":
        i += 1  # "the Life and Liberty Party (*L&L*) held"
    while i < len(doc) and doc[i].dep_ in ("advmod", "npadvmod", "aux", "prep") and doc[i].head.i > i:
        i = doc[i].right_edge.i + 1 if doc[i].dep_ in ("prep", "npadvmod") else i + 1
    return i < len(doc) and _fronted_subject(doc[i]) == name


#: the words that make a copula's subject one of a class ("X is *one of* the countries that ...")
CLASS_MEMBER_HEADS = frozenset({"one", "some", "two", "three", "several", "few", "many"})


def class_member(noun: Token) -> list[Token]:
    """The parties a copula names as members of a class that a relative clause describes ("Chile
    and Peru *are among the countries* that have banned ...", "Peru *is one of the countries*
    that expelled ..."): the copula's subjects do what the clause says, not the class; [] when
    the noun is no such class."""
    if noun.dep_ != "pobj" or noun.tag_ not in ("NNS", "NNPS"):
        return []
    prep = noun.head
    if prep.lower_ == "among":
        cop = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ in CLASS_MEMBER_HEADS and prep.head.dep_ == "attr":
        cop = prep.head.head
    else:
        return []
    if cop.lemma_ != "be":
        return []
    return [c for c in cop.children if c.dep_ in SUBJECT_DEPS]


@dataclass(frozen=True, slots=True)
class SubjectWords:
    """The word groups :func:`subjects` climbs by (built once from the lexicon by the argument
    finder; empty, it climbs by the parse alone)."""

    #: verbs by which an actor has others act for it: the infinitive is the subject's act
    #: ("ordered security forces *to stop* sharing intelligence": the one who ordered)
    delegating: frozenset[str] = frozenset()
    #: verbs whose object does what their infinitive says ("forced the minister *to resign*")
    object_control: frozenset[str] = frozenset()
    #: nouns of events, whose clauses :func:`_noun_clause` reads
    event_nouns: frozenset[str] = frozenset()
    #: verbs of judging someone for a deed: the object does the "for" gerund ("thanked Qatar *for
    #: releasing* ...")
    reason_verbs: frozenset[str] = frozenset()
    #: a noun of steps taken and the verbs that take them: the taker does the infinitive ("took
    #: *steps* to expel them")
    undertaking_verbs: frozenset[str] = frozenset()
    undertaken_nouns: frozenset[str] = frozenset()
    #: what a reporter goes on to say after judging an act ("... was arbitrary and *called* for ...")
    follow_up_verbs: frozenset[str] = frozenset()


#: no word groups: :func:`subjects` by the parse alone
NO_SUBJECT_WORDS = SubjectWords()


def subjects(verb: Token, *, words: SubjectWords = NO_SUBJECT_WORDS) -> list[Token]:
    """The actor heads of a verb, climbing through control, coordination and relative clauses.
    The gerund of a reason ("thanked Qatar *for releasing* ...") is done by the object of one of
    ``words.reason_verbs``; the infinitive on a noun of steps taken ("took *steps* to expel them")
    by the one who takes them (``words.undertaking_verbs``, ``words.undertaken_nouns``)."""
    if stative_passive(verb):
        return _agents(verb)  # "X *stands accused* by prosecutors": the by-phrase, not X
    seen = 0
    tok = verb
    while seen < 6:
        seen += 1
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if len(subj) > 1:
            # "Joseph R. Biden, *Jr.* met ...": the suffix closes the name, it is no second subject
            subj = [c for c in subj if not name_suffix(c)] or subj
            # "*Assistant* to the President for National Security Affairs *Jane Roe* hosted":
            # a title read as a subject of its own right before the name it is the title of
            subj = [c for c in subj if not _title_run_before(c, subj)] or subj
        if subj and _with_purpose(tok):
            # "Lula spoke with Albanese *to express* his condolences": the parser reads "with
            # Albanese to express" as a clause of its own; the purpose is the speaker's
            tok = tok.head.head
            continue
        if subj and _absolute_purpose(tok):
            # "Sherman spoke with Adams *to congratulate* her": read as an absolute clause "[with
            # Adams to congratulate her]", whose subject is the one spoken with (absolute_with)
            tok = tok.head
            continue
        if subj:
            if tok.dep_ == "relcl" and subj[0].lower_ in RELATIVE_PRONOUNS:
                return class_member(tok.head) or [tok.head]
            return subj
        misread = (_apposed_subject(tok) or _fronted_subject(tok) or _titled_subject(tok)) if tok is verb else None
        if misread is not None:
            return [misread]
        agents = _agents(tok)
        if agents:
            return agents
        if tok is verb and understood_undergoers(verb):
            return []  # "died after *being shot*": the one shot is the clause's subject; who shot is not said
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in tok.children):
            # "journalists were injured after being attacked by protesters": the clause's agent
            return _clause_agents(tok)
        head = tok.head
        if head == tok:
            return []
        dep = tok.dep_
        undertaken = _object_infinitive(tok, head) and (
            head.lemma_.lower() in words.undertaken_nouns and head.head.lemma_.lower() in words.undertaking_verbs
        )
        if dep == "relcl" and undertaken:
            tok = head.head  # "has taken measures *to expel* them", parsed as a relative clause
            continue
        if dep == "relcl":
            return [head]
        if dep == "acl" and undertaken:
            tok = head.head  # "is taking action *to impose* visa restrictions"
            continue
        if dep == "acl" and is_noun(head):
            climb, found = _noun_clause(tok, head, words.event_nouns)
            if climb is None:
                return found
            tok = climb
            continue
        if dep == "conj" and tok.tag_ in FINITE_TAGS and head.dep_ == "xcomp" and head.tag_ == "VB":
            # "urged the embassy to reconsider and spoke with ...": a finite verb is not coordinated
            # with the infinitive but with the verb that governs it
            governor = head.head
            reporter = governor.head
            if (
                governor.dep_ == "ccomp"
                and governor.tag_ in FINITE_TAGS
                and governor.tag_ != tok.tag_
                and reporter.tag_ == tok.tag_
            ):
                # "X said the initiative aims to ... and urged Y to ...": a past verb does not go
                # with a present one, but with the past verb that reports it
                tok = reporter
                continue
            tok = governor
            continue
        infinitive = _infinitive_over_gerund(tok, head) if dep == "conj" else None
        if infinitive is not None:
            # "spoke with X to commend Chile for hosting the summit *and to congratulate* him": an
            # infinitive with its own "to" goes with the infinitive above the gerund, not with the
            # gerund, whose doer is the one commended
            tok = infinitive
            continue
        if dep == "conj" and _past_after_reported(tok, head):
            # "emphasized that any invasion would be met with consequences and *urged* Russia to
            # ...": a past verb does not go with a present or modal clause reported, but with the
            # past verb that reports it (round statements28)
            tok = head.head
            continue
        if (
            dep == "conj"
            and tok.lemma_.lower() in words.follow_up_verbs
            and _past_after_judged_act(tok, head, words.event_nouns)
        ):
            # "said the detention was arbitrary and *called* for his release": an act judged
            # does not call for anything; the past verb goes with the one who reports the judgement
            tok = head.head
            continue
        if dep == "conj" and _bare_after_participle(tok, head):
            # "argue Mauritius has never had a claim -- and object to the deal": a bare verb does
            # not share a perfect's subject, but that of the verb the perfect is the complement of
            tok = head.head
            continue
        if dep == "xcomp":
            hl = head.lemma_.lower()
            if hl in words.delegating:
                tok = head
                continue
            if hl in words.object_control:
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:
                    return objs
            tok = head
            continue
        if dep == "conj" and is_verb(head) and _active_after_passive(tok, head):
            # "soldiers have been deployed and *have attacked* protesters": the one the passive
            # is done to does the active verb coordinated with it
            return [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if dep == "conj" and tok.tag_ in FINITE_TAGS and not is_verb(head):
            clause_subject = _misread_clause_subject(head)
            if clause_subject:
                return clause_subject
        if dep == "acomp" or (dep in ("conj", "advcl", "pcomp", "ccomp") and is_verb(head)):
            tok = head
            continue
        if (
            dep == "pcomp"
            and tok.tag_ == "VBG"
            and head.lower_ == "for"
            and head.head.lemma_.lower() in words.reason_verbs
        ):
            objs = [c for c in head.head.children if c.dep_ in ("dobj", "dative")]
            if objs:
                return objs
        if dep == "pcomp" and tok.tag_ == "VBG" and head.lower_ == "in":
            doers = _role_holders(head.head, words.reason_verbs)
            if doers:
                return doers
        if dep == "pcomp" or (dep == "pobj" and head.dep_ == "prep"):
            tok = head.head
            continue
        if dep == "prep" and tok.lower_ in INCLUDING_WORDS and is_verb(head):
            # "will keep supporting them, *including by condemning* ...": the ways of an act
            # listed are done by its subject
            tok = head
            continue
        return []
    return []


def _role_holders(owner: Token, reason_verbs: frozenset[str]) -> list[Token]:
    """Who does an act told as a gerund of a part played ("commends Egypt for *its* role in
    brokering the ceasefire", "thanked the President for *Ghana's* stance in condemning the
    invasion"): the owner of the role, the stance or the effort the "in" phrase hangs on, or,
    where the parser hangs it on the verb of praise or blame, the owner of that verb's reason
    ("for its role"), else the one praised; [] where no one such is named."""
    if is_noun(owner):
        owners = [c for c in owner.children if c.dep_ == "poss"]
        verb = owner.head.head if owner.dep_ == "pobj" and owner.head.lower_ == "for" else None
        if verb is None or not owners or owners[0].pos_ != "PRON":
            return owners
        # "commends Egypt for *its* role in ...": the pronoun stands for the one praised (the
        # object the "for" phrase hangs on, where the parser hangs it there)
        if is_noun(verb) and verb.dep_ in ("dobj", "dative") and verb.head.lemma_.lower() in reason_verbs:
            return [verb]
        return _role_holders(verb, reason_verbs) or owners
    if not is_verb(owner) or owner.lemma_.lower() not in reason_verbs:
        return []
    reasons = [p for c in owner.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
    owners = [c for r in reasons if r.dep_ == "pobj" and is_noun(r) for c in r.children if c.dep_ == "poss"]
    objects = [c for c in owner.children if c.dep_ in ("dobj", "dative")]
    if objects and all(o.pos_ == "PRON" for o in owners):
        return objects
    return owners or objects


def _misread_clause_subject(head: Token) -> list[Token]:
    """The subject of a clause whose verb the parser read as a plural noun, with the clause's
    subject as its compound ("asserting that *China abides* by its obligations and rejects ...":
    "abides" a noun, "China" its compound, "that" its mark): a finite verb coordinated with that
    verb shares its subject; [] for any other noun."""
    if head.tag_ != "NNS" or head.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i][:1]


def _with_purpose(tok: Token) -> bool:
    """An infinitive of purpose the parser hung, with the one met as its subject, on the "with"
    of the verb before it ("spoke *with* Albanese *to express* ...", "met with the envoy to
    discuss ...")."""
    prep = tok.head
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VB"
        and prep.lower_ == "with"
        and is_verb(prep.head)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _bare_with_before(clause: Token) -> bool:
    """Whether a clause of a verb follows a bare "with" of that verb, one with no object of its
    own ("spoke [with] [*Adams* to welcome ...]"): the "with" phrase's party is the clause's
    subject as the parser reads it."""
    doc = clause.doc
    before = clause.left_edge.i - 1
    return (
        before >= 0
        and doc[before].lower_ == "with"
        and doc[before].head == clause.head
        and not list(doc[before].children)
    )


def _absolute_purpose(tok: Token) -> bool:
    """The same purpose read as an absolute clause marked by "with", with the one met as its
    subject ("spoke [*with* Adams *to congratulate* her]"), or after a bare "with" of the verb
    ("spoke [with] [Adams to congratulate her]"; :func:`absolute_with`)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and is_verb(tok.head)
        and (any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children) or _bare_with_before(tok))
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _title_run_before(subject: Token, subjects: list[Token]) -> bool:
    """Whether a subject is a title the parser cut off from the name right after it, both read
    as subjects of one verb ("*Assistant* to the President for ... Affairs Jane Roe hosted"):
    its phrase runs into the other's with nothing between, and the other is a person's name."""
    return subject.pos_ != "PRON" and any(
        o is not subject
        and o.pos_ == "PROPN"
        and o.ent_type_ == "PERSON"
        and subject.right_edge.i + 1 == o.left_edge.i
        and subject.i < o.i
        for o in subjects
    )


def _infinitive_over_gerund(tok: Token, head: Token) -> Token | None:
    """The infinitive an infinitive with its own "to" is coordinated with, when the parser hangs
    it on a gerund below that one ("to commend X for forming a government and *to
    congratulate* him"): the nearest infinitive above the gerund; else None."""
    if tok.tag_ != "VB" or head.tag_ != "VBG" or not _has_to(tok) or _has_to(head):
        return None
    return next((a for a in head.ancestors if a.tag_ == "VB" and _has_to(a)), None)


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _past_after_reported(tok: Token, head: Token) -> bool:
    """Whether a past verb coordinated after a reported clause in the present or under a modal
    belongs to the past verb reporting it ("underscored that Russia's disregard *demands* a
    response and *agreed* to coordinate", "said an attack *would be met* with force and *urged*
    ..."), not to the clause."""
    reporter = head.head
    return (
        tok.tag_ == "VBD"
        and tok.i > head.i
        and head.dep_ == "ccomp"
        and reporter.tag_ == "VBD"
        and is_verb(reporter)
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        and (head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))
    )


def _past_after_judged_act(tok: Token, head: Token, event_nouns: frozenset[str]) -> bool:
    """Whether a past verb coordinated after a reported judgement of an act belongs to the past
    verb reporting it ("the panel said the detention *was arbitrary* and *called* for his
    release", "said the strike was illegal and demanded an inquiry"): the clause's verb is "be"
    with an adjective, its subject a noun of an event (``event_nouns``; not "said the suspect
    was drunk and attacked a guard"), the coordinated verb (one of the caller's follow-up verbs
    of speech) has no subject of its own and takes an object or a phrase of its own, and the
    reporter speaks in the past."""
    reporter = head.head
    if not (
        tok.tag_ in ("VBD", "VBN")  # "has determined the detention is arbitrary and *called* ..."
        and tok.i > head.i
        and head.dep_ == "ccomp"
        and head.lemma_ == "be"
        and reporter.tag_ in ("VBD", "VBN")
        and is_verb(reporter)
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        and any(c.dep_ == "acomp" for c in head.children)
        and any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in tok.children)
    ):
        return False
    subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return bool(subj) and all(s.pos_ == "NOUN" and s.lemma_.lower() in event_nouns for s in subj)


def _bare_after_participle(tok: Token, head: Token) -> bool:
    """A bare verb with no auxiliary of its own coordinated with the participle of a perfect
    that is a reported clause: the two cannot share the perfect's auxiliary, nor its subject."""
    return (
        tok.tag_ == "VB"
        and head.tag_ == "VBN"
        and head.dep_ == "ccomp"
        and is_verb(head.head)
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    )


def _noun_clause(tok: Token, head: Token, event_nouns: frozenset[str]) -> tuple[Token | None, list[Token]]:
    """For a clause ``tok`` attached to the noun ``head``: the verb to climb to, else (None and)
    the actors found."""
    if head.dep_ == "ROOT" and tok.tag_ == "VBD":  # a misparse: "Chile's minister called on ..."
        return None, [head]
    if tok.tag_ != "VBG":
        return None, []
    # "protesters demanding ...", "a lawsuit accusing ..."
    if head.lemma_.lower() in event_nouns and is_verb(head.head):
        return head.head, []
    anchor = _placed(head)
    if anchor != head and is_verb(anchor):  # "protesters gathered in Kyiv demanding ...": the clause's subject
        return anchor, []
    return None, [anchor]  # "posted a message on Twitter blaming ...": the message, not Twitter


def _object_infinitive(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a to-infinitive on ``head``, a verb's direct object ("took steps *to
    expel* them"): its subject is that verb's."""
    return (
        tok.tag_ == "VB"
        and head.dep_ == "dobj"
        and is_verb(head.head)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _active_after_passive(verb: Token, head: Token) -> bool:
    """Whether ``verb``, coordinated with the passive ``head`` (which has a passive subject and no
    by-phrase), is active: it has an object, an auxiliary of its own that is not a passive one,
    or a finite form ("were deployed and *have attacked* protesters", "were beaten and *fled*";
    not "were killed and injured", where the passive's auxiliary is shared)."""
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in head.children) or _agents(head):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return False
    if verb.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ in ("dobj", "dative") or (c.dep_ == "aux" and c.lower_ != "to") for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    """The objects of a passive verb's by-phrase ("attacked *by protesters*")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _placed(noun: Token) -> Token:
    """The verb a place belongs to, when a participle is attached to the place: in "protesters
    gathered *in Kyiv* demanding ...", Kyiv does not demand, the clause's subject does; other
    nouns stand for themselves. A name or a date placing a noun ("a message *on Twitter*",
    "a statement *on Monday*") gives the noun it places."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
        return noun
    if is_verb(prep.head):
        return prep.head
    if is_noun(prep.head) and (noun.pos_ == "PROPN" or noun.ent_type_ in PLACING_ENTITIES):
        return prep.head
    return noun


def _clause_agents(verb: Token) -> list[Token]:
    """The agents of a passive clause attached to a passive verb with none: "journalists were
    injured *after being attacked by protesters*", "was killed *when struck by a police car*"."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and _temporal(c)]
    clauses += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in TIME_MARKERS
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    return [g for c in clauses if is_passive(c) or c.tag_ == "VBN" for g in _agents(c)]


def _temporal(clause: Token) -> bool:
    """A clause of the time of the act ("*when* struck by", "*after* being attacked by", a bare
    participle), not of its reason ("banned *because* it was written by a woman")."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return all(m in TIME_MARKERS for m in marks)


def antecedent(verb: Token, obj: Token) -> Token:
    """A relative pronoun object stands for the noun its clause qualifies: in "the curfew, which
    the government dropped" what was dropped is the curfew, and in "the ban, which he called
    inhumane" what was called so is the ban. Only in a clause set off by a comma, which adds what
    happened: "the ban that they imposed" only says which ban is meant; and not in the past
    perfect: "lifted the restriction, which it had imposed in March" recalls the background of
    the act reported."""
    if (
        obj.tag_ in RELATIVE_TAGS
        and obj.i > 0
        and obj.doc[obj.i - 1].text == ","
        and verb.dep_ == "relcl"
        and is_noun(verb.head)
        and not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children)
    ):
        return verb.head
    return obj


def described(verb: Token, obj: Token) -> Token:
    """What a comma-set "which" object stands for (:func:`antecedent`), out of the phrase of
    place or time the parser may have hung the clause on: "held an exercise near *the
    islands*, which Manila called a provocation" (the exercise), "launched a missile *on
    Sunday*, which Seoul called a provocation" (the launch: the verb of the clause)."""
    thing = antecedent(verb, obj)
    if thing is obj or obj.lower_ != "which":
        return thing
    while True:
        when = thing.ent_type_ in TIME_ENTITIES
        prep = thing.head
        if thing.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i:
            # out of a time ("on Sunday"), a place ("near the islands") or a name ("sanctions
            # on Hamas"); not out of what a verb is about ("spoke about the ban, which ...")
            named = thing.pos_ == "PROPN" or thing.ent_type_ in PLACING_ENTITIES | PARTY_ENTITIES
            if not (when or ((named or prep.lower_ in SPATIAL_PREPOSITIONS) and is_noun(prep.head))):
                return thing
            thing = prep.head
        elif thing.dep_ == "npadvmod" and when:
            thing = thing.head
        else:
            return thing


#: prepositions of where a thing is ("an exercise *near* the islands")
SPATIAL_PREPOSITIONS = frozenset({"near", "off", "around", "along", "across", "outside", "inside", "beside", "within"})


#: the tags of relative pronouns ("which", "that", "whom")
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: the auxiliary of the past perfect ("which it had imposed")
PERFECT_AUXILIARIES = frozenset({"had", "'d"})


def understood_undergoers(verb: Token) -> list[Token]:
    """Who undergoes a passive that hangs, with no subject of its own, from a preposition or as
    an adverbial clause of another verb ("the reporter died *after being shot* in his car",
    "they were freed *before being questioned*", "was injured *when being detained*"): the
    subject of that verb, which the passive's "being" or "been" takes for its own."""
    if verb.dep_ not in ("pcomp", "advcl") or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    gov = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if gov == verb or not is_verb(gov):
        return []
    return [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]


#: verbs of a state that take a participle as a passive's auxiliary would ("X *stands* accused of ...");
#: not the lexicon's ``stative_verbs`` (verbs of state the event model proposes nothing on)
STATIVE_PASSIVE_VERBS = frozenset({"stand", "remain", "stay"})


def stative_passive(verb: Token) -> bool:
    """Whether a participle completes a verb of a state, a passive in all but its auxiliary
    ("Lai *stands accused* of collusion", "the two *remain detained*"): its subject undergoes it."""
    return _stative_holder(verb) is not None


def _stative_holder(verb: Token) -> Token | None:
    """The word whose subject undergoes a participle of :func:`stative_passive`: the participle
    itself when the parser reads the verb of state as its auxiliary, else that verb."""
    if verb.tag_ != "VBN" or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in STATIVE_PASSIVE_VERBS for c in verb.children):
        return verb
    head = verb.head
    if (
        verb.dep_ in ("acomp", "oprd", "xcomp", "advcl")
        and head.lemma_.lower() in STATIVE_PASSIVE_VERBS
        and head.i < verb.i
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return head
    return None


def objects(verb: Token) -> list[Token]:
    """Direct objects; in the passive, the grammatical subject (or the subject it takes from the
    verb it hangs from: :func:`understood_undergoers`)."""
    holder = _stative_holder(verb)
    if holder is not None:
        # (the parser may hang the subject on the verb of state read as the auxiliary)
        holders = [holder, *(c for c in holder.children if c.dep_ == "auxpass")]
        return [c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS]
    if _shares_passive(verb):
        # "two journalists were arrested *and beaten*", "were killed *or injured*": the participle
        # shares the passive's auxiliary and its subject
        return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if is_passive(verb):
        objs = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or understood_undergoers(verb)
        if objs and verb.dep_ == "relcl" and _stands_for_noun(objs[0], verb.head) and _told(verb):
            return [verb.head]  # "the activist, *who* was arrested", "a truce *that* is backed by": the noun
        if objs:
            return objs
        if verb.dep_ == "acl":  # "the boats attacked by ..." -> boats
            return [verb.head]
        if verb.dep_ == "relcl":
            return [verb.head]
    # "the ban, *which* he called a disgrace", "the activist, *whom* police detained": the noun
    objs = [antecedent(verb, c) if c.dep_ == "dobj" else c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objs and verb.dep_ == "relcl":
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # (not a clause of place or time: "Cairo, *where* she will meet the minister")
        setting = any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "why") for c in verb.children)
        if subj and subj[0].lower_ not in RELATIVE_PRONOUNS and not setting:
            return [verb.head]  # "the camp that militiamen attacked"
    return objs


def _shares_passive(verb: Token) -> bool:
    """Whether a bare participle coordinated with a passive that has a subject is passive too,
    with that subject ("were arrested *and beaten*"): it has no auxiliary, subject or object of
    its own."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head == verb or head.tag_ != "VBN":
        return False
    own = ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative", "agent")
    if any(c.dep_ in own for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in head.children) and any(
        c.dep_ in PASSIVE_SUBJECT_DEPS for c in head.children
    )


def _stands_for_noun(pronoun: Token, noun: Token) -> bool:
    """Whether a relative pronoun subject is read here as the noun its clause hangs from: "that"
    and "which", and "who" or "whom" ("journalists *who* were detained", "Ana Ruiz, *who* was
    arrested") but after an of-phrase, which the clause may qualify the head of ("inhabitants of
    the islands *who* were expelled", "families of the victims *who* were killed")."""
    if pronoun.lower_ in ("that", "which"):
        return True
    after_of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    return pronoun.lower_ in ("who", "whom") and not after_of


def _told(verb: Token) -> bool:
    """Whether a relative clause tells an act as done, not one that may be ("an official, who
    *can* be removed") nor a kind of experience ("women who *have been* attacked")."""
    return not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in verb.children)


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions, in the order of ``preps`` (and the party the parser
    made the subject of a "with" clause: :func:`absolute_with`)."""
    allowed = tuple(preps)
    found: list[tuple[int, Token]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in allowed:
            for g in c.children:
                if g.dep_ == "pobj":
                    found.append((allowed.index(c.lower_), g))
    if "with" in allowed:
        found.extend((allowed.index("with"), g) for g in absolute_with(tok))
        found.extend((allowed.index("with"), g) for g in _with_over_channel(tok))
    found.sort(key=lambda x: x[0])
    return [g for _, g in found]


def _with_over_channel(verb: Token) -> list[Token]:
    """The one a verb's act is held with, hung by the parser on the channel it is held over
    ("spoke today by phone *with X*": "with" read as the phone's), for a verb with no "with"
    of its own."""
    if not is_verb(verb) or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPOSITIONS
        for channel in c.children
        if channel.dep_ == "pobj" and channel.lemma_.lower() in CHANNEL_NOUNS
        for w in channel.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
    ]


def linked_preps(adj: Token) -> list[Token]:
    """The prepositions the parser hung on the linking verb that a predicate adjective completes,
    right after the adjective: "We remain concerned *by* the reports" is read as "remain [by the
    reports]", where "The United States remains concerned by ..." gives "concerned" its "by"."""
    if adj.dep_ != "acomp" or adj.head == adj:
        return []
    return [c for c in adj.head.children if c.dep_ in ("prep", "agent") and c.i == adj.right_edge.i + 1]


def first_named_subject(names: Sequence[Token]) -> Token | None:
    """Of the names of several people who hold one title (each by its last word, latest
    first), the latest of the one person never named with a country, when every other holder
    is named with one and that person is the subject of a clause that names him: the text's own
    office-holder among guests ("President X spoke with President Y *of Kenya*. ... *The
    President* applauded ...": X); None otherwise (one holder, or holders each named with a
    country, "U.S. President X met Kenyan President Y": the latest, as before)."""
    people = {t.lower_ for t in names}
    if len(people) < 2:
        return None
    own = [p for p in people if not any(_country_named(t) for t in names if t.lower_ == p)]
    if len(own) != 1:
        return None
    named = [t for t in names if t.lower_ == own[0]]
    return named[0] if any(t.dep_ in ("nsubj", "nsubjpass") for t in named) else None


def _country_named(name: Token) -> bool:
    """Whether a person's name is named with a country ("*Kenyan* President X", "President X
    *of Kenya*")."""
    start, end = phrase(name)
    return any(t.ent_type_ in ("GPE", "NORP") for t in name.doc[start:end])


def absolute_with(verb: Token) -> list[Token]:
    """The party of a "with" phrase that the parser read as the subject of an absolute clause
    ("will work with *Peru* to fight smuggling" parsed as "work [with Peru to fight ...]"): the
    named subject of an infinitive clause of the verb marked by "with", or hung as the
    preposition's clause ("spoke with *Netanyahu* to welcome the deal" parsed as "spoke [with
    [Netanyahu to welcome ...]]")."""
    if not is_verb(verb):
        return []
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and (
            any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children)
            # or a bare "with" of the verb right before it ("spoke [with] [*X* to welcome ...]")
            or _bare_with_before(c)
        )
    ]
    clauses += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pcomp"
    ]
    return [
        s
        for c in clauses
        if any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        for s in c.children
        if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.ent_type_ in PARTY_ENTITIES)
    ]


#: dependents that open a noun phrase: nothing that modifies the noun comes before them
OPENING_DEPS = frozenset({"det", "nummod", "poss", "predet"})


def phrase(head: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by ``head``.

    The phrase keeps determiners, modifiers, possessives and compounds, plus prepositional
    phrases while it stays a name (at most ten content words); clauses, appositions and
    coordinated phrases are left out.
    """
    if head.pos_ in ("VERB", "AUX"):
        return head.i, head.i + 1
    doc = head.doc
    left = [c for c in head.lefts if c.dep_ not in PHRASE_STOP_DEPS]
    # an adjective before the phrase's determiner or number is a verb's complement the parser hung
    # on the noun ("set *free* 20 journalists", "let *free* the two activists"), not a modifier
    opening = min((c.i for c in left if c.dep_ in OPENING_DEPS), default=-1)
    left = [c for c in left if not (c.dep_ == "amod" and c.right_edge.i < opening)]
    start = min((c.left_edge.i for c in left), default=head.i)
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    # the core: modifiers up to the head, plus "of"-phrases ("President of Colombia")
    core_end = head.i + 1
    for c in head.rights:
        if _clause_of(c):
            break
        if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("compound", "nummod", "amod"):
            core_end = c.right_edge.i + 1
        elif _close_name(head, c, core_end):
            core_end = c.i + 1  # "Lai's son Sebastien": the name is part of the phrase
        else:
            break
    # the full phrase: prepositional phrases too ("a request from the U.S. authorities"),
    # as many as keep it a name (at most MAX_CONTENT_WORDS content words)
    end = core_end if _content(doc[start:core_end]) <= MAX_CONTENT_WORDS else head.i + 1
    for c in head.rights:
        if c.i < end:
            continue
        if c.dep_ == "case" or _clause_of(c):
            break  # "Zamora's": the name without the possessive; "the bloc of serving ...": no clause
        if c.dep_ in PHRASE_STOP_DEPS and not (c.dep_ == "prep" and c.lower_ in PHRASE_PREPS):
            break
        if _content(doc[start : c.right_edge.i + 1]) > MAX_CONTENT_WORDS:
            break
        end = c.right_edge.i + 1
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


PHRASE_PREPS = frozenset({"of", "for", "from", "by", "with", "against", "between", "to", "on", "in"})
NOT_ACTORS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _close_name(head: Token, c: Token, end: int) -> bool:
    """A name standing right after a common noun, with no comma, as its close apposition ("her
    son *Sebastien*", "the activist *Maria Lopez*")."""
    return (
        c.dep_ == "appos"
        and head.pos_ == "NOUN"
        and c.pos_ == "PROPN"
        and c.left_edge.i == end
        and all(t.pos_ == "PROPN" for t in c.doc[end : c.i + 1])
    )


def _clause_of(prep: Token) -> bool:
    """A preposition that opens a clause, not a name ("accused the bloc *of serving* foreign
    interests", "charged him *with inciting* violence")."""
    return prep.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)


def _content(tokens: Iterable[Token]) -> int:
    return sum(1 for t in tokens if not (t.is_stop or t.is_punct))


def _misread_infinitive(verb: Token, c: Token) -> bool:
    """An infinitive right after the verb that the parser hung as an adverbial clause ("have sworn
    *to fight* until they gain control"): the verb's complement, as "swore to fight the army" is,
    where the verb has no object (else the infinitive may be a purpose: "sent troops to fight")."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VB"
        and c.i == verb.i + 2
        and verb.doc[verb.i + 1].lower_ == "to"
        and verb.doc[verb.i + 1].head == c
        and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "mark" for g in c.children)
        and not any(g.dep_ in ("dobj", "nsubjpass") for g in verb.children)
    )


def complements(verb: Token) -> list[Token]:
    """Where a frame verb's embedded event may be: clause, gerund, noun object, 'for'-object."""
    out: list[Token] = []
    for c in verb.children:
        if (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")) or _misread_infinitive(verb, c):
            out.append(c)
        elif c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
            # "suspended part of a military aid program": the event is in the of-phrase
            if c.lemma_.lower() in QUANTITY_HEADS:
                out.extend(
                    g
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children
                    if g.dep_ == "pobj"
                )
        elif c.dep_ == "prep" and c.lower_ in ("for", "on", "from", "of", "to", "against"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out.append(g)
        elif c.dep_ == "prt":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g)
        elif c in for_clauses(verb):
            out.append(c)  # "called for the minister to be investigated"
    return out


def for_clauses(verb: Token) -> list[Token]:
    """Clauses 'for X to be ...' hanging on the verb ("called for the minister to be investigated")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    return [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]


def token_at(doc: Doc, char: int) -> Token:
    """The token at a character offset of the doc's text (the first token, if none is)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def text_before(doc: Doc, i: int, n: int) -> str:
    """The ``n`` characters of the doc's text before its token ``i`` (fewer at its start):
    ``doc.text[max(0, doc[i].idx - n) : doc[i].idx]`` without building ``doc.text``, which
    spaCy joins anew from every token at each call."""
    start = doc[i].idx
    k = i
    while k > 0 and doc[k].idx > start - n:
        k -= 1
    return doc[k:i].text_with_ws[-n:] if n > 0 else ""


def text_until(doc: Doc, n: int) -> str:
    """The doc's first ``n`` characters, ``doc.text[:n]``, from the tokens that hold them."""
    from spacy.attrs import IDX

    k = int(doc.to_array(IDX).searchsorted(n)) if len(doc) else 0  # the tokens starting before n
    return doc[:k].text_with_ws[:n]


def clause_heads(trigger: Token) -> set[int]:
    """The trigger and, for a noun event, the verb it is the object or subject of
    ("launched strikes on Tuesday": the date and place of "launched" are those of the strikes)."""
    heads = {trigger.i}
    cur = trigger
    while is_noun(cur) and cur.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "conj", "compound", "attr"):
        if cur.head == cur:
            break
        cur = cur.head
        if is_verb(cur):
            heads.add(cur.i)
            break
    return heads


def apposed(tok: Token) -> Token:
    """A common noun followed by the name it describes, set off by a comma ("an armed group,
    *the Syrian Democratic Forces*"): the name, which names the party; any other phrase stands
    for itself."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return tok
    doc, end = tok.doc, tok.right_edge.i
    apposed = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    inside = {t.i for c in apposed for t in c.subtree}
    if any(_a_name(t) and t.i not in inside for t in tok.subtree if t.i != tok.i):
        return tok  # "the UN refugee agency, UNHCR": the description names the party already
    for c in apposed:
        # set off by a comma; a close apposition ("the opposition leader Tundu Lissu") is one
        # phrase, whose head names the sector
        if _a_name(c) and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            return c
    if end + 2 < len(doc) and doc[end + 1].text == ",":
        # the parse may hang the name on a word above: "agreements between X and an armed group, *the SDF*"
        after = doc[end + 2]
        name = next((a for a in (after, *after.ancestors) if a.dep_ == "appos"), None)
        if name is not None and name.left_edge.i == end + 2 and _a_name(name):
            return name if tok.i not in {t.i for t in name.subtree} else tok
    return tok


def _a_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTITIES


def entity_of(tok: Token) -> Span | None:
    """The named entity ``tok`` is in, read from the tokens' IOB tags (``doc.ents`` builds all
    of the document's entities at each call, which makes a per-token look-up quadratic in the
    article's length); None outside any."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def several(tok: Token) -> bool:
    """Whether a noun names several: a plural, or names coordinated ("Kenya and Uganda")."""
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def byline(head: Token) -> bool:
    """Whether a name stands alone on its line with its office, as a statement's byline does
    ("*Jane Doe*, Department Spokesperson"): the root of a sentence with no verb, a proper noun
    with a capitalised apposition."""
    if head.sent.root.i != head.i or head.pos_ != "PROPN":
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return False
    # not set off by a colon: a headline's colon ("The United States and ASEAN: Strategic Partners
    # for the Indo-Pacific") gives a topic and what is said of it, not a name and its office; nor
    # a date: a transcript's venue line and its day ("East Room (March 12, 2024)") name no speaker
    return any(
        c.dep_ == "appos"
        and c.text[:1].isupper()
        and c.ent_type_ != "DATE"
        and head.doc[max(c.left_edge.i - 1, 0)].text != ":"
        for c in head.children
    )
