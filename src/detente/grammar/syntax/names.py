"""Names and titles: name suffixes, described and titled names, conjuncts, fronted subjects, class members.

Part of `detente.grammar.syntax`; callers use it as `syntax.NAME`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from detente.grammar.syntax.phrases import NOT_ACTORS, phrase
from detente.grammar.syntax.tokens import FINITE_TAGS, SUBJECT_DEPS

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
    if [w.lower_ for w in words] == [t.lower_ for t in titles]:
        # "a call between *President Ruto* and President Hassan": the same title before both is
        # two holders named by it (the parser missing the first name), not one with two offices
        # (round support46)
        return False
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


def apposed_subject(verb: Token) -> Token | None:
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


def titled_subject(verb: Token) -> Token | None:
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


def fronted_subject(verb: Token) -> Token | None:
    """The subject of a verb that the parser misread as a conjunct or an apposition of a fronted
    phrase's last name, or None: 'On a visit to Zimbabwe, South African President Ramaphosa
    *voiced* ...' read with the subject as a conjunct or an apposition of the last name of a
    fronted phrase ("Zimbabwe, ... Ramaphosa"), the verb left with no subject: the name just
    before the verb, set off from the phrase by a comma with no "and" or "or", is its subject."""
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


def fronted_conjunct(name: Token) -> bool:
    """Whether a name is the subject :func:`fronted_subject` finds misread as a conjunct."""
    if name.dep_ not in ("conj", "appos"):
        return False
    i = name.right_edge.i + 1
    doc = name.doc
    if i < len(doc) and doc[i].text == ")":
        i += 1  # "the Life and Liberty Party (*L&L*) held"
    while i < len(doc) and doc[i].dep_ in ("advmod", "npadvmod", "aux", "prep") and doc[i].head.i > i:
        i = doc[i].right_edge.i + 1 if doc[i].dep_ in ("prep", "npadvmod") else i + 1
    return i < len(doc) and fronted_subject(doc[i]) == name


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
