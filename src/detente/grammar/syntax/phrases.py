"""Phrases and text: the span of a noun phrase, complements, offsets and text around a token, entities, bylines.

Part of `detente.grammar.syntax`; callers use it as `syntax.NAME`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from detente.grammar.syntax.tokens import (
    MAX_CONTENT_WORDS,
    PARTY_ENTITIES,
    PHRASE_STOP_DEPS,
    QUANTITY_HEADS,
    SUBJECT_DEPS,
    is_noun,
    is_verb,
)

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
        if c.dep_ == "case" or _clause_of(c) or _owned_reason(c):
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


def _owned_reason(prep: Token) -> bool:
    """A "for" phrase naming someone's act or part, a reason rather than part of a name ("thanked
    the Prime Minister *for Singapore's support*", "praised the minister *for his leadership*"):
    its object owned by a name or a pronoun ("the Minister for Women's Affairs" stays a title)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            g.dep_ == "pobj" and any(o.dep_ == "poss" and o.pos_ in ("PROPN", "PRON") for o in g.children)
            for g in prep.children
        )
    )


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
        elif c.dep_ == "xcomp" and is_verb(c):
            out.append(c)  # "offered *to host* talks": an infinitive the tagger took for a noun
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
    """Whether a noun names several: a plural, or names coordinated ("Kenya and Uganda"). An
    acronym in capitals names one body, whatever its tag ("*ECOWAS* said it will ...", tagged as
    a plural for its final S)."""
    plural = tok.tag_ in ("NNS", "NNPS") and not (tok.text.isupper() and len(tok.text) > 1)
    return plural or any(c.dep_ == "conj" for c in tok.children)


def venue_line(sent: Span) -> bool:
    """Whether a line with no verb is a transcript's venue, its place closing with the country or
    the state it lies in ("Windhoek, Namibia", "Europa Building Brussels, Belgium", "Institución
    Ferial de Madrid Madrid, Spain"): where the remarks were given, never who gives them (round
    fixes44). The words after the line's last comma are all of a place's name."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    commas = [t.i for t in sent if t.text == ","]
    if not commas:
        return False
    tail = [t for t in sent.doc[commas[-1] + 1 : sent.end] if not (t.is_punct or t.is_space)]
    return 0 < len(tail) <= 3 and all(t.ent_type_ in ("GPE", "LOC") for t in tail) and commas[-1] > sent.start


def byline(head: Token) -> bool:
    """Whether a name stands alone on its line with its office, as a statement's byline does
    ("*Jane Doe*, Department Spokesperson"): the root of a sentence with no verb, a proper noun
    with a capitalised apposition."""
    if head.sent.root.i != head.i or head.pos_ != "PROPN":
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in head.sent) or venue_line(head.sent):
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
