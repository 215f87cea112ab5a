"""Subjects and agents of a verb: the subject words, `subjects` and its clause and agent helpers.

Part of `detente.grammar.syntax`; callers use it as `syntax.NAME`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.grammar.syntax.clauses import is_passive, stance_participle, stative_passive, understood_undergoers
from detente.grammar.syntax.names import apposed_subject, class_member, fronted_subject, name_suffix, titled_subject
from detente.grammar.syntax.objects import bare_with_before, prep_objects
from detente.grammar.syntax.tokens import (
    FINITE_TAGS,
    INCLUDING_WORDS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_PREPOSITIONS,
    PLACING_ENTITIES,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TIME_MARKERS,
    is_noun,
    is_verb,
)


@dataclass(frozen=True, slots=True)
class SubjectWords:
    """The word groups :func:`subjects` climbs by (built once from the lexicon by the argument
    finder; empty, it climbs by the parse alone)."""

    #: verbs by which an actor has others act for it: the infinitive is the subject's act
    #: ("ordered security forces *to stop* sharing intelligence": the one who ordered)
    delegating: frozenset[str] = frozenset()
    #: verbs of a schedule or an expectation whose passive subject does their infinitive
    #: ("Macron is *scheduled to meet* Zelenskyy": Macron meets)
    scheduling: frozenset[str] = frozenset()
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
    #: verbs a crowd does with no object, read as the sentence's verb when parsed as a participle
    #: on the subject noun ("A group of activists *protested* outside the embassy")
    crowd_acts: frozenset[str] = frozenset()
    #: verbs of a stance only a party takes: in a relative clause hung on a thing, the name just
    #: before the pronoun takes it ("pressure on Hamas *that is refusing* the deal")
    party_stances: frozenset[str] = frozenset()
    #: nouns of a choice made, whose possessor takes the stance their infinitive names
    #: ("Kosovo's *decision to reject* the proposal")
    stance_choices: frozenset[str] = frozenset()
    #: verbs of a conversation, whose object is the one spoken with: an infinitive after it that
    #: acts on "him" or "her" acts on that one, and is the caller's ("called the president *to
    #: urge him*": not the president urging himself)
    conversing: frozenset[str] = frozenset()
    #: heads of a by-phrase that judges, hung by the parser on the deed a passive verb of
    #: judging names by "for" ("was blamed for the attack *by officials*")
    judging_heads: frozenset[str] = frozenset()
    #: nouns of a meeting and the verbs of what one is held to say (an appeal, a charge): the one
    #: who holds it says it ("convened a *meeting to urge* Ethiopia to withdraw"; round noticedi)
    meeting_nouns: frozenset[str] = frozenset()
    said_verbs: frozenset[str] = frozenset()


#: no word groups: :func:`subjects` by the parse alone
NO_SUBJECT_WORDS = SubjectWords()

#: the object pronouns of one person, which never stand for their own clause's subject
_ONE_PERSON_OBJECTS = frozenset({"him", "her"})


def _aimed_back(verb: Token) -> bool:
    """Whether an infinitive acts on "him" or "her" and the verb it completes has one object, a
    single party: the one it is aimed at, so not its doer ("called the president to urge *him*")."""
    if not any(c.dep_ == "dobj" and c.lower_ in _ONE_PERSON_OBJECTS for c in verb.children):
        return False
    objs = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
    return len(objs) == 1 and objs[0].tag_ in ("NN", "NNP") and not objs[0].conjuncts


def _addressed(subj: Token, verb: Token) -> bool:
    """Whether ``subj`` is a name said to its hearer before an imperative ("*Paul*, welcome
    back to Berlin", "*Madam President*, thank you"): a proper name that opens the sentence (or
    follows an interjection: "Well, *Fumio*, welcome"), set off from a verb in the base form with
    no auxiliary by the comma right before it (the parser tags it VB or VBP). One name does not
    take the base form as its subject ("Paul welcomes"), nor a comma before its verb."""
    doc = verb.doc
    if verb.tag_ not in ("VB", "VBP") or verb.i < 2 or doc[verb.i - 1].text != "," or subj.i > verb.i:
        return False
    if subj.right_edge.i != verb.i - 2 or subj.tag_ != "NNP" or any(c.dep_ == "conj" for c in subj.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    before = [t for t in doc[verb.sent.start : subj.left_edge.i] if not t.is_punct]
    return all(t.dep_ == "intj" or t.lower_ in ("well", "so", "and", "oh") for t in before)


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
        if not subj and stance_participle(tok):
            # "Poland has been *opposed to* the plan": the passive's subject holds the stance
            subj = [c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if len(subj) > 1:
            # "Joseph R. Biden, *Jr.* met ...": the suffix closes the name, it is no second subject
            subj = [c for c in subj if not name_suffix(c)] or subj
            # "*Assistant* to the President for National Security Affairs *Jane Roe* hosted":
            # a title read as a subject of its own right before the name it is the title of
            subj = [c for c in subj if not _title_run_before(c, subj)] or subj
        if subj and tok is verb and all(_addressed(c, tok) for c in subj):
            # "Prime Minister Modi, welcome back to the White House": the one addressed by name
            # before an imperative is its hearer, no subject (round support46)
            return []
        if subj:
            # "Police in Leeds, *England* arrested ...": the country closing a place phrase read as
            # a subject of its own; the subject is the noun the place phrase is on
            subj = [placed_noun(c) or c for c in subj]
            subj = list(dict.fromkeys(subj))
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
                named = _named_before_pronoun(tok, subj[0], words.party_stances, verb)
                if named is not None:
                    return [named]
                return class_member(tok.head) or [tok.head]
            return subj
        misread = (
            (apposed_subject(tok) or fronted_subject(tok) or titled_subject(tok) or _conjunction_read_as_prep(tok))
            if tok is verb
            else None
        )
        if misread is not None:
            return [misread]
        agents = _agents(tok) or _judges(tok, words)
        if agents:
            return agents
        if tok is verb and understood_undergoers(verb):
            return []  # "died after *being shot*": the one shot is the clause's subject; who shot is not said
        scheduling = tok.lemma_.lower() in words.scheduling or tok.lower_ in words.scheduling
        if scheduling and any(c.dep_ == "xcomp" for c in tok.children):
            # "Macron is scheduled *to meet* Zelenskyy", "the army is set *to attack*": climbed
            # from the infinitive, the passive's subject is its doer
            scheduled = [c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if scheduled:
                return scheduled
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
        held_to_say = _object_infinitive(tok, head) and (
            head.lemma_.lower() in words.meeting_nouns and tok.lemma_.lower() in words.said_verbs
        )
        if dep in ("relcl", "acl") and held_to_say:
            tok = head.head  # "convened a meeting *to urge* Ethiopia to withdraw": the convener
            continue
        if dep == "relcl" and undertaken:
            tok = head.head  # "has taken measures *to expel* them", parsed as a relative clause
            continue
        if dep == "relcl":
            return [head]
        if dep == "acl" and undertaken:
            tok = head.head  # "is taking action *to impose* visa restrictions"
            continue
        if dep == "acl" and is_noun(head) and head.lemma_.lower() in words.stance_choices:
            chooser = _stance_chooser(tok, head, words.party_stances)
            if chooser is not None:
                return [chooser]
        if dep == "acl" and is_noun(head):
            climb, found = _noun_clause(tok, head, words.event_nouns, words.crowd_acts)
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
            if hl in words.object_control and not (hl in words.conversing and _aimed_back(tok)):
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


def placed_noun(tok: Token) -> Token | None:
    """The noun before a place phrase that ``tok``, a place name right after "PLACE," closes
    ("Police in Leeds, *England* arrested ...", "Prosecutors in Nairobi, *Kenya* charged ..."):
    the parser reads the country of "in Leeds, England" as the verb's subject; the noun the
    phrase is on, itself a subject or hung on the verb as an adverbial noun, is the subject."""
    doc = tok.doc
    if tok.ent_type_ != "GPE" or tok.i < 4 or doc[tok.i - 1].text != ",":
        return None
    place = doc[tok.i - 2]
    prep = place.head
    if place.dep_ != "pobj" or place.ent_type_ != "GPE" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    noun = prep.head
    if noun.head != tok.head or noun.dep_ not in ("npadvmod", "nsubj") or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


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


TIME_CONJUNCTIONS = frozenset({"before", "after", "until", "since", "once"})


def _conjunction_read_as_prep(verb: Token) -> Token | None:
    """The subject of a finite clause opened by "before", "after", "until" or "since" that the
    parser read as a preposition with its object, the clause's verb hung on the main one ("spent
    800 days in prison *before a court* in October *granted* him house arrest"): that object, when
    its phrase ends just before the verb."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in TIME_CONJUNCTIONS or prep.i > verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.right_edge.i == verb.i - 1 and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


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


def _absolute_purpose(tok: Token) -> bool:
    """The same purpose read as an absolute clause marked by "with", with the one met as its
    subject ("spoke [*with* Adams *to congratulate* her]"), or after a bare "with" of the verb
    ("spoke [with] [Adams to congratulate her]"; :func:`absolute_with`)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and is_verb(tok.head)
        and (any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children) or bare_with_before(tok))
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


def _noun_clause(
    tok: Token, head: Token, event_nouns: frozenset[str], crowd_acts: frozenset[str] = frozenset()
) -> tuple[Token | None, list[Token]]:
    """For a clause ``tok`` attached to the noun ``head``: the verb to climb to, else (None and)
    the actors found."""
    if head.dep_ == "ROOT" and tok.tag_ == "VBD":  # a misparse: "Chile's minister called on ..."
        return None, [head]
    if predicate_read_as_participle(tok, crowd_acts):
        # "Members of the House of Commons *protested by shouting* ...": a past tense read as a
        # participle on the noun; a "by" with a gerund tells the means, not a passive's agent, so
        # the noun is the subject of the sentence's only verb (round accuse38)
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


def predicate_read_as_participle(tok: Token, crowd_acts: frozenset[str] = frozenset()) -> bool:
    """Whether ``tok``, parsed as a participle on the sentence's root noun, is the sentence's verb:
    it has no passive agent but a "by" with a gerund ("Opposition MPs *protested by walking out*"),
    the means of an act, which a passive participle does not take so (round accuse38); or it is a
    verb a crowd does with no object (``crowd_acts``: "A group of activists *protested* outside the
    embassy", "A small group *marched* to parliament") with no auxiliary and no object, in a
    sentence with no verb of its own: nothing is "protested" or "marched" there (round protest45)."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or not is_noun(tok.head):
        return False
    if any(c.dep_ in ("agent", "auxpass") for c in tok.children):
        return False
    if tok.lemma_.lower() in crowd_acts and _crowd_act_read_as_participle(tok):
        return True
    if tok.head.dep_ != "ROOT":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        and not any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )


def _crowd_act_read_as_participle(tok: Token) -> bool:
    """Whether the crowd's verb ``tok`` (a participle on the root noun) is the sentence's only
    verb: no auxiliary or object of its own, no finite verb elsewhere in the sentence, and the
    sentence ends in a full stop (a headline's "Protesters detained in Minsk" is a passive)."""
    if any(c.dep_ in ("aux", "dobj", "nsubj", "nsubjpass", "attr") for c in tok.children):
        return False
    head = tok.head  # the root noun, or the "of" phrase's noun on it ("a small group of *pensioners*")
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "ROOT":
        head = head.head.head
    if head.dep_ != "ROOT":
        return False
    sent = tok.sent
    if not len(sent) or sent[-1].lower_ not in (".", "!"):
        return False
    return not any(t.tag_ in FINITE_TAGS or t.dep_ in ("aux", "auxpass") for t in sent if t.i != tok.i)


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
    """The objects of a passive verb's by-phrase ("attacked *by protesters*"); where it has none,
    a by-phrase that the parser hung on the gerund of its "from" phrase ("were barred from
    entering the building *by police*", "prevented from leaving *by soldiers*"; round noticedd)."""
    found = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.tag_ == "VBN":
        # a by-phrase the parser hung on the participle's predicative noun ("was held *hostage*
        # by Hamas", "were taken *captive* by the rebels"): the passive's agent (round noticedh)
        found = [
            o
            for c in verb.children
            if c.dep_ == "oprd" and c.pos_ == "NOUN"
            for o in prep_objects(c, ("by",))
            if o.pos_ in ("NOUN", "PROPN")
        ]
    if found or not any(c.dep_ == "auxpass" for c in verb.children):
        return found
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    return [
        o
        for g in gerunds
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
        for o in prep_objects(g, ("by",))
        if o.pos_ in ("NOUN", "PROPN")
    ]


def _judges(verb: Token, words: SubjectWords) -> list[Token]:
    """For a passive verb of judging with no by-phrase of its own (``reason_verbs``), a by-phrase
    hung on the noun of its "for" phrase whose head is one who judges (``judging_heads``): "Hamas
    was blamed for the attack *by Israeli officials*"; not "by militants" (the deed's doers)."""
    if verb.lemma_.lower() not in words.reason_verbs or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    deeds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return [o for d in deeds for o in prep_objects(d, ("by",)) if o.lemma_.lower() in words.judging_heads]


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


def _named_before_pronoun(clause: Token, pronoun: Token, stances: frozenset[str], verb: Token) -> Token | None:
    """The name a relative pronoun stands for when the parser hung the clause on the common noun
    above it: "increase the pressure *on Hamas that is refusing* the deal", a stance only a party
    takes (``stances``), the pronoun right after the name that closes a preposition's object of
    that noun (no comma between); the stance may be the clause's verb or the verb climbed from
    ("on Caracas that *keeps rejecting* the plan"). None when the clause is hung on a name."""
    head = clause.head
    if not {clause.lemma_.lower(), verb.lemma_.lower()} & stances or head.pos_ != "NOUN" or pronoun.i == 0:
        return None
    before = clause.doc[pronoun.i - 1]
    name = before if before.dep_ == "pobj" else before.head if before.dep_ in ("compound", "flat") else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "pobj" or name.i > pronoun.i:
        return None
    prep = name.head
    # the preposition on the noun, or on the verb of the noun it follows ("urged more pressure
    # *on Caracas that* ...": the parser hangs "on" on "urged")
    if prep.dep_ != "prep" or prep.head not in (head, head.head) or not head.i < prep.i < name.i:
        return None
    return name


def _stance_chooser(tok: Token, head: Token, stances: frozenset[str]) -> Token | None:
    """Who made the choice whose infinitive is a stance only a party takes: the possessor of the
    noun ("Kosovo's *decision to reject* the proposal": Kosovo), None when it names none."""
    if tok.tag_ != "VB" or tok.lemma_.lower() not in stances:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def reduced_passive(verb: Token, wordings: frozenset[str], lemma: str) -> tuple[list[Token], list[Token]] | None:
    """Who did it and to whom, for a verb of charging that always takes the one charged as its
    object, told with none and with the preposition of the charge after it, its "be" left out
    (a headline's "Hungary *accused of* blocking aid to Ukraine", "Iran *charged with* ...",
    "Russia *accused by Ukraine of* war crimes", "officials *accused of* abuse"): the subject, or
    the noun the participle qualifies, is the one charged, the by-phrase the doer (none named
    otherwise). ``wordings`` are "verb preposition" pairs by lemma ("accuse of"); ``lemma`` is
    the verb's. None for any other verb (round accuse50)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass", "aux", "ccomp", "xcomp") for c in children):
        return None
    if not any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in wordings for c in children):
        # (the parser may hang the charge's "of" on the by-phrase's party: "accused by Ukraine of")
        agents = _agents(verb)
        if not any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in wordings for a in agents for c in a.children):
            return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.head != verb or after.dep_ not in ("prep", "agent"):
        return None  # the preposition right after the verb, no object between
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _agents(verb), [verb.head]
    if verb.dep_ not in ("ROOT", "conj"):
        return None
    done_to = [c for c in children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return (_agents(verb), done_to) if done_to else None


def fronted_participle(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """Who did it and to whom, for a passive participle that opens its sentence with no subject
    of its own ("*Detained* at a checkpoint near Damascus, the journalist had gone to Syria",
    "*Kidnapped* by rebels in 2019, the priest was freed"): the main clause's subject is the one
    it was done to, the participle's by-phrase its doer (none named otherwise); None for any
    other verb (round noticedh)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not is_verb(head) or verb.i > head.i:
        return None
    if verb.i != verb.sent.start and verb.doc[verb.i - 1].dep_ != "advmod":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark") for c in verb.children):
        return None
    done_to = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    if not done_to:
        return None
    return _agents(verb), done_to
