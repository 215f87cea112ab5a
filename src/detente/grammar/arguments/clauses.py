"""The clause shapes the argument finder reads: inverted subjects, members of a kind, addressees,
agents after a deed, makers of a thing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from detente.grammar import syntax

#: where an article's storm names are kept with its parse (``Doc.user_data``)
STORM_NAMES_KEY = "detente.storm_names"


#: where the speakers of an article's quotations that run over several sentences are kept
QUOTATION_SPEAKERS_KEY = "detente.quotation_speakers"


#: how many words after a quotation's closing mark its attribution is sought in ('," the
#: foreign minister of Ukraine said')
QUOTE_ATTRIBUTION_REACH = 8


def _inverted_subject(verb: Token) -> list[Token]:
    """The speaker after a reporting verb that follows its quotation, which the parser may read
    as its object ('"...," tweeted *Johnson*'): a name or a noun right after the verb."""
    after = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.left_edge.i == verb.i + 1]
    return [c for c in after if c.pos_ in ("PROPN", "NOUN")]


#: words that introduce the named members of a kind of party ("countries *including* France")
MEMBER_PREPOSITIONS = frozenset({"including", "like"})


def _members(kind: Token) -> list[Token]:
    """The parties a phrase naming a kind of party names as its members: "Western countries,
    *including France* and Germany", "rights groups *such as Amnesty International*", "his
    critics, *which include Greenpeace*" (the first member; its conjuncts are the others)."""
    found = [
        g
        for c in kind.children
        if c.dep_ == "prep"
        and (c.lower_ in MEMBER_PREPOSITIONS or (c.lower_ == "as" and any(w.lower_ == "such" for w in c.children)))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found += [
        o for c in kind.children if c.dep_ == "relcl" and c.lemma_ == "include" for o in c.children if o.dep_ == "dobj"
    ]
    return [t for t in found if _names_a_party(t) and t.pos_ != "PRON"]


#: possessive pronouns of persons, which own a deed as the ones it was done to ("*his* arrest")
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})


#: prepositions that place an attack, through which a relative clause after the place tells the
#: attack ("the attack *in* Gao, which killed two", "the attack *on* the compound *in* Herat that
#: resulted in ...")
PLACING_PREPS = frozenset({"in", "at", "near", "on", "outside"})


#: the prepositions that name the party an appeal is made to ("call on X to", "appeal to X to")
ASKED_PREPS = ("on", "upon", "to")


def addressees(verb: Token) -> list[Token]:
    """Whom an appeal in the participle is addressed to when the verb it qualifies names them:
    "wrote *to the embassy* asking to waive ...", "sent a letter *to the minister* urging him
    to ..." (the "to" of the verb or of its object), not the appeal's own object."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or any(c.dep_ == "dobj" for c in verb.children):
        return []
    holder = verb.head
    holders = [holder, *(o for o in holder.children if o.dep_ == "dobj")]
    return [g for h in holders for g in syntax.prep_objects(h, ("to",)) if g.pos_ in ("NOUN", "PROPN")]


#: the dependencies by which a clause of its own is coordinated with the verb's ("declined the
#: request and said ..."); a condition ("until Cuba ..."), a relative clause ("the equipment
#: Armenia obtained") or a participle ("a pendant engraved ...") may still name the recipient
OTHER_CLAUSES = frozenset({"conj", "parataxis"})


def _in_other_clause(tok: Token, verb: Token) -> bool:
    """Whether a word below ``verb`` stands in a finite clause coordinated with it ("declined the
    request and *said the family left*"), not in the verb's clause, its control complement
    ("refused to respond to a request from *the authorities*") or its purpose ("sent teams *to
    help Nepal*"), nor in what a participle of it reports ("called for controls, warning that it hurts
    *Chinese* teenagers")."""
    cur = tok
    while cur != verb and cur.head != cur:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        if cur.dep_ in OTHER_CLAUSES and cur.pos_ in ("VERB", "AUX") and not infinitive:
            return True
        said = cur.head
        if cur.dep_ == "ccomp" and said.dep_ == "advcl" and said.tag_ == "VBG" and said.head == verb:
            return True  # "called for controls, *warning that it hurts Chinese teenagers*": the participle's report
        cur = cur.head
    return False


def _reciprocal(tok: Token) -> bool:
    """A reciprocal pronoun: "each other", "one another" (either word may head the pair)."""
    words = {tok.lower_, *(c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "amod"))}
    return words in ({"each", "other"}, {"one", "another"})


def _sides_qualify(head: Token) -> bool:
    """Whether coordinated words before a plural noun name its sides ("*Israeli and Palestinian*
    negotiators", "*U.S. and EU* officials"): a qualifier of the noun with a conjunct."""
    return head.tag_ in ("NNS", "NNPS") and any(
        q.dep_ in ("amod", "compound", "nmod") and q.i < head.i and any(x.dep_ == "conj" for x in q.children)
        for q in head.children
    )


def _listed_in_apposition(name: Token) -> list[Token]:
    """The states of a list that the parser hung as an apposition of the first one ("Canada, *the
    Kingdom of Denmark, Finland, Iceland*, and the United States condemn ..."): a state's formal
    name ("the Kingdom of X") describes no other state, so the names coordinated in its "of"
    phrase are more parties of the list. (Not an apposition with conjuncts of its own, "Chile,
    the Republic of Peru, Bolivia": a version that read those too cost the held-out split two
    wrong events, round accusers24.)"""
    if name.ent_type_ != "GPE":
        return []
    out: list[Token] = []
    for a in name.children:
        if a.dep_ != "appos" or a.ent_type_ != "GPE" or a.pos_ != "PROPN":
            continue
        # ("the Kingdom *of Denmark, Finland*": the names coordinated in its "of" phrase, each)
        of = [o for o in syntax.prep_objects(a, ("of",)) if o.ent_type_ == "GPE"]
        inner = [c for o in of for c in o.conjuncts if c.ent_type_ == "GPE"]
        if inner:
            out += [*of, *inner]
    return out


def _called_antecedent(pronoun: Token, participle: Token) -> Token | None:
    """For "it" as the object of a participle of calling, the noun the verb above acts on
    ("condemned *the strike*, calling it ...", "spoke out against *the strike*, calling it ...")."""
    if pronoun.lower_ not in ("it", "this") or pronoun.dep_ != "dobj":
        return None
    above = participle.head
    acted = [c for c in above.children if c.dep_ == "dobj"]
    acted += [
        g for p in above.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj" and g.i < participle.i
    ]
    nouns = [a for a in acted if a.pos_ == "NOUN" and a.i < participle.i]
    return nouns[0] if nouns else None


def _placed_on(tok: Token, verb: Token) -> bool:
    """Whether a name is the object of "in" or "at" hung on the verb itself: where it was done."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head == verb


def _agent_after(deed: Token) -> list[Token]:
    """The "by" phrase right after a deed that the parser hung on an active verb above it
    ("opened an investigation into misconduct *by the governor*"): an active verb has no agent,
    so the phrase is the deed's doer."""
    end = max(t.i for t in deed.subtree) + 1
    if end >= len(deed.doc):
        return []
    by = deed.doc[end]
    if by.lower_ == "as" and by.dep_ == "prep" and by.head in deed.ancestors:
        # "attacked the recognition of Kosovo *as an independent state by Serbia*": the deed's
        # "as" phrase, hung on the verb above it, with the doer's "by" inside it or right after it
        inside = [t for t in by.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN")]
        after = max(t.i for t in by.subtree) + 1
        if inside:
            return [g for g in inside[0].children if g.dep_ == "pobj"]
        if after >= len(deed.doc):
            return []
        by = deed.doc[after]
    if (
        by.lower_ != "by"
        or by.dep_ not in ("prep", "agent")
        or by.head not in deed.ancestors
        or syntax.is_passive(by.head)
    ):
        return []
    return [g for g in by.children if g.dep_ == "pobj"]


def _several(actors: list[Token]) -> bool:
    """Whether the actors are several parties: coordinated, or one phrase for several named in
    its "of" phrase ("representatives *of Egypt, France and Jordan*")."""
    if len(actors) > 1:
        return True
    members = [o for a in actors for o in syntax.prep_objects(a, ("of",))]
    return any(c.dep_ == "conj" for o in members for c in o.children)


def _on_the_part_of(deed: Token) -> list[Token]:
    """Whose a deed is by "on the part of" after it, on the deed or on the verb above it
    ("condemned the abuses *on the part of the police*"): the one who did it."""
    near = {deed.i, *(a.i for a in deed.ancestors)}
    for on in deed.doc[deed.i + 1 : deed.sent.end]:
        if on.lower_ != "on" or on.dep_ != "prep" or on.head.i not in near:
            continue
        for part in on.children:
            if part.dep_ == "pobj" and part.lower_ == "part":
                return syntax.prep_objects(part, ("of",))
    return []


def _describes_as(tok: Token, verb: Token, describing: frozenset[str]) -> bool:
    """Whether a word only qualifies the noun of an "as" phrase by which a verb of naming or
    dismissing (``describing``) describes its object ("dismissed the claims as *Western*
    propaganda", "rejected the report as *American* lies"): a description, not a party
    (round noticeda)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in describing or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    return syntax.as_description(tok.head, verb)


def _in_claim(tok: Token, verb: Token, claims: frozenset[str]) -> bool:
    """Whether a word stands in the clause of its own that a claim noun below ``verb`` states
    ("rejected *the claims that their projects deprive ethnic Baloch*", "denied reports that
    its troops had entered *Syria*"): the claim's content, not whom the act on it is done to."""
    for a in tok.ancestors:
        if a == verb:
            return False
        if (
            a.pos_ in ("VERB", "AUX")
            and a.dep_ in ("acl", "ccomp", "appos")
            and a.head.lemma_.lower() in claims
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
        ):
            return True
    return False


def _by_inside(thing: Token) -> list[Token]:
    """The object of a "by" phrase the parser hangs on a noun inside a thing's phrase ("the
    easing of restrictions *by Tanzania*"), the first one."""
    return [
        g
        for t in thing.subtree
        if t.dep_ == "prep" and t.lower_ == "by" and t.head != thing and t.head.pos_ in ("NOUN", "PROPN")
        for g in t.children
        if g.dep_ == "pobj"
    ][:1]


def _by_after(thing: Token, verb: Token) -> list[Token]:
    """The object of a "by" phrase hung on an active verb after the verb's object ("welcomed the
    lifting of the ban *by Tanzania*"): in the active voice it names who did the thing, not the
    verb's agent."""
    if thing.head != verb or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [g for g in syntax.prep_objects(verb, ("by",)) if g.i > thing.i][:1]


def _made_by(thing: Token, brokers: frozenset[str] = frozenset()) -> list[Token]:
    """The agent of a past participle that qualifies a thing ("a lawsuit *filed by Texas*", "the
    claims *made by Britain*"): who made it; not one who only brokered it (``brokers``, verbs of
    mediation: "an agreement *brokered by Nigeria*" is the signers')."""
    return [
        g
        for c in thing.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in brokers
        for a in c.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for g in a.children
        if g.dep_ == "pobj"
    ]


def _made_in(word: Token) -> list[Token]:
    """The names compounded by a hyphen with a participle that qualifies a word ("*Canadian*-made
    vehicles", "*Chinese*-owned firms"): where the thing is made, whose it is."""
    return [
        g
        for c in word.children
        if c.dep_ in ("amod", "conj") and c.tag_ == "VBN"
        for g in c.children
        if g.i < c.i
        and g.dep_ in ("npadvmod", "compound", "nmod", "amod")
        and g.ent_type_ in syntax.PARTY_ENTITIES
        and g.i + 1 < len(g.doc)
        and g.doc[g.i + 1].tag_ == "HYPH"
    ]


def _done_in_clause(thing: Token) -> list[Token]:
    """The subject of a relative clause whose object is the thing ("the support *that Allies*
    are providing", "the steps *Kenya* has taken"): who does or did it; a thing already
    owned ("the House's decision, which Ross called a stunt") keeps its owner (``_party``). Not a clause with an
    object of its own ("the support that helped Kenya", "the aid that reached Gaza"), nor one
    in the passive ("the aid that was sent"). The parser may hang the clause as a complement
    marked by "that" ("the support [that Brazil is providing]"), read the same."""
    out: list[Token] = []
    for clause in thing.children:
        marked = clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if not (clause.dep_ == "relcl" or marked) or syntax.is_passive(clause):
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in syntax.RELATIVE_PRONOUNS for c in clause.children):
            continue
        edge = clause.left_edge.i
        if edge > 0 and clause.doc[edge - 1].text == ",":
            continue  # "a request from envoys of Abkhazia, which Russia recognized": a comment, often on another noun
        relative = [c for c in clause.children if c.lower_ in syntax.RELATIVE_PRONOUNS and c.dep_ != "mark"]
        if any(c.dep_ != "dobj" for c in relative):
            continue  # "the decision, which Ross referred to as a stunt": the thing is no object
        if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in clause.children):
            continue  # "the environment he returned to": the thing is where, not what was done
        out.extend(c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in syntax.RELATIVE_PRONOUNS)
    return out


def _names_a_party(tok: Token) -> bool:
    return tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in syntax.PARTY_ENTITIES


def issued_form(tok: Token, lemma: str, issued: frozenset[str]) -> bool:
    """Whether a word is one of ``issued_acts``: by its lemma, or with a word compounded with it
    ("*visa* restriction")."""
    return lemma in issued or any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in issued for c in tok.children)


#: the named entities that are titles of a text or a work, none of whose words is a party
TITLE_ENTITIES = frozenset({"WORK_OF_ART", "LAW"})


def _inside_name(tok: Token) -> bool:
    """Whether ``tok`` is a word inside the title of a text or a work whose head is another word
    ("a Memorandum of *Understanding*", "the Treaty of *Friendship*"): a part of its name, no
    party of its own. Only such titles: a name the parser runs on ("the District Court against
    *Thom*" read as one organisation) keeps its words."""
    if tok.ent_iob_ != "I" or tok.ent_type_ not in TITLE_ENTITIES:
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].root.i != tok.i


def happening_sides(
    noun: Token, between_preps: Iterable[str], occurrence_verbs: frozenset[str], lemma: Callable[[Token], str]
) -> list[Token]:
    """The sides of an event noun that the parser hung on the verb saying it happened, not on the
    noun: "clashes *broke out between* police and protesters", "fighting *flared between* ..."
    (that verb as the noun's head, or as a clause on it)."""
    if syntax.denied(noun):
        return []  # "no meeting took place between the two ministers": none happened
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    # ... or a relative clause on it ("the meetings *that took place* in Mexico between ..."; round nominal41)
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    for verb in verbs:
        if lemma(verb) in occurrence_verbs and not any(c.dep_ == "neg" for c in verb.children):
            sides = syntax.prep_objects(verb, tuple(between_preps))
            if sides:
                return sides
    return []


def gathered_sides(noun: Token, gathering_verbs: frozenset[str], lemma: Callable[[Token], str]) -> list[Token]:
    """The participants a meeting noun is said to gather, each meeting the others: the object of a
    verb of gathering whose subject is the noun ("the summit *brought together* the leaders of
    Kenya and Uganda"), or of such a participle or relative clause on it ("a meeting in Paris,
    *gathering* the defense chiefs of France and Germany", "talks *involving* Russia and
    Ukraine")."""
    if syntax.denied(noun) or _named_group(noun):
        return []
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    # ... a participle the parser hung on the clause the noun is in ("there is another meeting in
    # Paris, *gathering* ..."): the noun as that clause's subject or its "there is" attribute
    if noun.dep_ in ("nsubj", "attr") and (syntax.is_verb(noun.head) or noun.head.lemma_ == "be"):
        verbs += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    for verb in verbs:
        word = lemma(verb)
        particles = {f"{word} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")}
        if not ({word} | particles) & gathering_verbs or any(c.dep_ == "neg" for c in verb.children):
            continue
        sides = syntax.with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])
        if sides:
            return sides if _two_sides(sides) else []
    return []


def forum_sides(
    verb: Token, leading: frozenset[str], gathering: frozenset[str], lemma: Callable[[Token], str]
) -> list[Token]:
    """The two sides a forum's meeting names, where its verb's subject is a forum ("the Joint
    Commission met ..."): the agents of a participle of leading (``leading``: "..., *led by* A and
    B"), the "from" or "of" objects of the delegates of a "with" phrase ("with delegations *from*
    Kenya and Ethiopia"), or the objects of a participle of gathering (``gathering``: "...,
    *bringing together* the envoys of A and B"); empty unless two sides are named."""
    found: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and lemma(c) in leading:
            found = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "with":
            found = [o for p in c.children if p.dep_ == "pobj" for o in syntax.prep_objects(p, ("from", "of"))]
        elif c.dep_ == "advcl" and c.tag_ == "VBG":
            word = lemma(c)
            particles = {f"{word} {p.lower_}" for p in c.children if p.dep_ in ("prt", "advmod")}
            if ({word} | particles) & gathering:
                found = [o for o in c.children if o.dep_ == "dobj"]
        sides = syntax.with_conjuncts(found)
        if sides and _two_sides(sides):
            return sides
    return []


#: named entities of a meeting's modifier that are a place or a time, not the group meeting
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _named_group(noun: Token) -> bool:
    """Whether a meeting noun is told as a named group's ("the G7 talks", "the ASEAN summit",
    "NATO's meeting"): a multilateral meeting, coded as its group's (docs/coding-manual.md); "the
    Paris meeting", "Saturday's meeting" name a place and a time."""
    return any(
        c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ not in _PLACE_OR_TIME
        for c in noun.children
    )


def _two_sides(sides: list[Token]) -> bool:
    """Whether the participants a meeting gathers are two sides, each a party or a group of one
    party's people ("Serbia and Kosovo", "the foreign ministers *of Italy and Egypt*"): more ("the
    ministers of Britain, Canada, France ...") make a multilateral meeting, coded as its group's
    (docs/coding-manual.md), none split into pairs."""
    count = 0
    for side in sides:
        count += max(1, len(syntax.with_conjuncts(syntax.prep_objects(side, ("of", "from")))))
    return count == 2


def met_sides(noun: Token) -> list[Token]:
    """The participants a meeting noun's "of" phrase names, when it names more than one: "a
    meeting *of* Egypt and Jordan", "a meeting *of the foreign ministers of Egypt and Jordan*" (its
    noun, whose own "of" phrase names several). One party alone ("a meeting of the Security
    Council", "a meeting of NATO ministers") names no one met."""
    if syntax.denied(noun) or _named_group(noun):
        return []
    members = syntax.with_conjuncts(syntax.prep_objects(noun, ("of",)))
    if len(members) == 1 and not syntax.prep_objects(members[0], ("of", "from")):
        return []
    return members if _two_sides(members) else []


def remarked_sides(noun: Token, remark_nouns: frozenset[str], occasion_preps: frozenset[str]) -> list[Token]:
    """The two speakers of remarks made on the occasion of a meeting, which meet each other:
    "Remarks by President Lopez and Prime Minister Vega *Before Bilateral Meeting*" (the meeting
    noun the object of ``occasion_preps`` on a noun of ``remark_nouns`` whose "by" phrase names
    two sides; three or more, a multilateral meeting, name no pair)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in occasion_preps or noun.head.dep_ != "prep":
        return []
    remarks = noun.head.head
    if not syntax.is_noun(remarks) or remarks.lemma_.lower() not in remark_nouns:
        return []
    speakers = syntax.with_conjuncts(syntax.prep_objects(remarks, ("by",)))
    return speakers if len(speakers) == 2 and _two_sides(speakers) else []


def acting_sides(
    head: Token, between_preps: Iterable[str], occurrence_verbs: frozenset[str], lemma: Callable[[Token], str]
) -> list[Token]:
    """The sides a "between" phrase names for an act, each acting on the others: the phrase on the
    act's own word ("fighting *between* Azerbaijanis and Armenians") or on the verb that says it
    happened (:func:`happening_sides`)."""
    return syntax.prep_objects(head, tuple(between_preps)) or happening_sides(
        head, between_preps, occurrence_verbs, lemma
    )


def reaction_sources(noun: Token, source_verbs: frozenset[str], lemma: Callable[[Token], str]) -> list[Token]:
    """The sayers of a reaction noun said to come from them: "condemnation *poured in from* Iran,
    Turkey and the UN", "statements of condemnation *have come from* the Pope" (the noun, or the
    noun it is "of", the subject of such a verb), or said to be there from them ("*there was*
    swift condemnation *from* Iran"): each party of the "from" phrase."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and syntax.is_noun(noun.head.head):
        subject = noun.head.head  # "statements *of* condemnation", "messages of support"
    if syntax.denied(noun) or syntax.denied(subject):
        return []  # "no condemnation came from Iran": none was said
    verb = subject.head
    if not syntax.is_verb(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    if subject.dep_ == "nsubj" and lemma(verb) in source_verbs:
        sayers = syntax.prep_objects(verb, ("from",)) or syntax.prep_objects(subject, ("from",))
    elif subject.dep_ == "attr" and lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children):
        sayers = syntax.prep_objects(subject, ("from",)) or syntax.prep_objects(verb, ("from",))
    else:
        return []
    return syntax.with_conjuncts(sayers)
