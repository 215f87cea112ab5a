"""The grammar the not-event checks share: clause shapes, a phrase's root, an event's period."""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.records import Count, Event, parse_date

#: what makes a reaction's object news of its own: a date, a time, a number ("protested the
#: arrest on Friday of 40 students"), not only the act reacted to
NEWS_ENTITIES = syntax.TIME_ENTITIES | {"CARDINAL", "QUANTITY"}


_WORD = re.compile(r"[\w-]+")


#: a vote's tally: "52 to 48", "230-197"
_TALLY = re.compile(r"\b\d{1,3}\s*(?:-|\u2013|to)\s*\d{1,3}\b")


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


#: how many steps up the parse a goal noun may hold the act ("the need for solidarity *in imposing* costs")
GOAL_DEPTH = 6


#: how many words up from a trigger the clause of a "let us" is looked for
EXHORTATION_DEPTH = 5


#: the prepositions by which a goal noun names its act ("the importance *of*", "the need *for*")
GOAL_PREPS = frozenset({"of", "for", "in"})


def _titled(doc: Doc | None, text: str, span: tuple[int, int]) -> str:
    """A name's phrase with the titles and modifiers the parse hangs before it ("former federal
    prosecutor Elie Honig" for "Elie Honig")."""
    if doc is None:
        return text
    head = _root(syntax.token_at(doc, span[0]), span)
    if head.left_edge.idx >= span[0]:
        return text
    # the tokens' own text, not doc.text (rebuilt from every token at each call: per event, quadratic)
    return doc[head.left_edge.i : syntax.token_at(doc, span[1] - 1).i + 1].text


#: the dependencies of a clause that describes a noun ("murders *committed in 1994*")
DESCRIBING_CLAUSES = frozenset({"acl", "relcl"})


def _tells_past(clause: Token) -> bool:
    """Whether a clause tells the past with no modal: a simple past ("he *had* no involvement")
    or a perfect ("the army *had not attacked*")."""
    kids = list(clause.children)
    if any(c.tag_ == "MD" for c in kids):
        return False
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in kids)


#: adverbs that make a participle a reciprocal relation, no act in progress ("mutually reinforcing")
RECIPROCAL_ADVERBS = frozenset({"mutually"})


def _holds_so(clause: Token) -> bool:
    """Whether a "that" clause holds something is or was so, and settles nothing to come: no
    modal ("would resume", "should leave"), no "to" of a plan ("are to meet"), no present
    progressive of an arrangement ("are meeting"). A modal with a perfect judges what was or
    might have been ("agreed that the situation would have benefited from consultations",
    "could have been avoided"): a view, nothing settled."""
    kids = list(clause.children)
    if any(c.tag_ == "MD" for c in kids) and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in kids):
        return True
    if any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ in ("to", "going")) for c in kids):
        return False
    # noticedf: "are mutually reinforcing" is an adjective of a reciprocal relation the parser reads
    # as a progressive ("agree that peace and trade are mutually reinforcing"): a view
    if clause.tag_ == "VBG" and any(c.dep_ == "advmod" and c.lower_ in RECIPROCAL_ADVERBS for c in kids):
        return True
    return not (clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids))


def _owners_of(noun: Token) -> list[Token]:
    """A noun and the words that can say whose it is: its possessor, the names and words before
    it, the objects of its "by" or "from" phrase ("the U.S. proposal", "the rebels' demands",
    "a plan by the EU"); not what an "of" phrase says it is of ("the nationalization of the
    Federal Reserve")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _scheduled(trigger: Token) -> bool:
    """Whether the act is what is to be done, by "be" and an infinitive ("Avenatti is to be
    sentenced in June", "the activists are to be deported next week", "the aim was to isolate
    Moscow"): scheduled or intended, not done."""
    verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _share(tok: Token) -> bool:
    """Whether ``tok`` names a share of what its "of" phrase names ("some of", "most of", "two
    of", "part of")."""
    return tok.pos_ in ("DET", "NUM", "PRON") or tok.tag_ in ("JJS", "PDT") or tok.lemma_.lower() in ("part", "half")


def _mandative(verb: Token) -> bool:
    """Whether a complement clause's verb is the bare form an appeal takes ("demanded the EU
    *lift* the ban", "urged that Israel *halt* its strikes"): its own subject, no auxiliary, the
    form of its lemma (tagged past where the forms agree: "cut", "put"), no "whether" or "if"."""
    return (
        verb.tag_ in ("VB", "VBD", "VBP")
        and verb.lower_ == verb.lemma_.lower()
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)
    )


def _asks_a_question(prep: Token) -> bool:
    """Whether a preposition's object is a question ("about whether the tariffs hurt"), or a
    question of fact its own subject asks ("on how the inquiries work", "over why the talks
    failed"; not what to do: "agreed on how to share the water" settles an act)."""
    for g in prep.children:
        if g.dep_ not in ("pcomp", "pobj"):
            continue
        if any(m.lower_ in ("whether", "if") for m in g.children):
            return True
        wh = ("WRB", "WP", "WDT")
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in wh for c in g.children)
        if g.tag_ in FINITE and subject and any(c.tag_ in wh for c in g.children):
            return True
    return False


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` stands, below ``top``, in a clause that describes a noun ("charged with
    murders *committed in 1994*", "convicted of crimes *that took place in 1995*"): it dates
    that deed, not the charge nor the verdict."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in DESCRIBING_CLAUSES:
            return True
        cur = cur.head
    return False


def _counted(head: Token) -> bool:
    """Whether a noun phrase's head is a number or is counted by one ("400 people", "500
    raids")."""
    return head.tag_ == "CD" or any(c.dep_ == "nummod" for c in head.children)


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive of the verb it hangs on ("chooses to release", "raises
    money to assist")."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _present_simple(verb: Token) -> bool:
    """Whether ``verb`` is told in the present simple, active or passive ("centers", "lose",
    "is attacked", "are convicted"): no modal, no perfect, no progressive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "VBD") or c.lemma_.lower() == "have" for c in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in auxes)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _prep_objects(tok: Token) -> list[Token]:
    """The objects of a word's prepositions, through "in favour of" and "in support of" (the
    object of the inner "of"), never the words they stand for ("in support": none)."""
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            inner = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            inner = [o for o in inner if o.dep_ == "pobj"]
            out.extend(inner if obj.lemma_.lower() in ("favor", "favour", "support") else [obj])
    return out


def _root(token: Token, span: tuple[int, int]) -> Token:
    """The head of the phrase that starts at ``token`` and ends at ``span``'s end."""
    while token.head != token and span[0] <= token.head.idx < span[1]:
        token = token.head
    return token


def period_end(ev: Event) -> date | None:
    """The last day of the period an event is dated to; None when it is not dated from the text
    (``published``: the publication date stands in)."""
    if ev.date is None or ev.date_precision in (None, "published"):
        return None
    start = parse_date(ev.date)
    if ev.date_end is not None:
        return parse_date(ev.date_end)
    if start is None:
        return None
    if ev.date_precision == "year":
        return date(start.year, 12, 31)
    if ev.date_precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if ev.date_precision == "week":
        return start + timedelta(days=6)
    return start  # a day, or a range with no end


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _with_mentioned_tolls(events: list[Event], named: list[Event], mentions: list[Event]) -> list[Event]:
    """The events kept, where the article's only named act of a type that counts no dead or
    wounded takes the toll its unnamed mentions give, when they agree ("Bombs kill at least 20 at
    cathedral" ... "Twin bombings struck the cathedral": one attack, its toll told once)."""
    if not mentions:
        return events
    kinds = Counter(ev.type for ev in named)
    ids = {id(ev) for ev in named}
    fatal: dict[str, set[Count]] = defaultdict(set)
    hurt: dict[str, set[Count]] = defaultdict(set)
    for m in mentions:
        if m.fatalities is not None:
            fatal[m.type].add(m.fatalities)
        if m.injured is not None:
            hurt[m.type].add(m.injured)
    out = []
    for ev in events:
        if kinds[ev.type] == 1 and id(ev) in ids:
            if ev.fatalities is None and len(fatal[ev.type]) == 1:
                ev = replace(ev, fatalities=next(iter(fatal[ev.type])))
            if ev.injured is None and len(hurt[ev.type]) == 1:
                ev = replace(ev, injured=next(iter(hurt[ev.type])))
        out.append(ev)
    return out
