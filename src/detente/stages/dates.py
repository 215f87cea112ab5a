"""When: each event's date, from the date expressions of its sentence.

The expressions are read by :class:`detente.grammar.dates.DateReader`. Each event takes the
expression of its own clause, else of a clause that governs it, else (a past act only) the day
the sentence before it in the same paragraph gives, else the publication date (precision
``published``). After the not-event filter, :class:`CarryDates` gives a past act still dated by
the publication only the story's day (the last day an earlier sentence names, across paragraphs),
and a headline event its lede's day. A mention whose date is still the publication date may
later take the day another mention of its event gives (:mod:`detente.stages.same_event`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.grammar.dates import DateMention, DateReader
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Event, TextRef, headline_end
from detente.stages.headline import lede_span

# the tags of a verb told in the past ("condemned", "has condemned")
PAST_TAGS = frozenset({"VBD", "VBN"})
#: the relations by which a date names a thing's own time ("the February 14 statement", "Sunday's vote")
NOUN_MODIFIERS = frozenset({"compound", "amod", "nummod", "poss", "nmod"})
#: how far before publication the story's day may lie, in days: a story is told from the week it
#: is published in (a weekday named reaches that far); an older day ("On March 18, 1965, he
#: performed the first spacewalk") is history, and what follows it is not dated by it
STORY_DAYS = 7


class DateEvents(EventsStage):
    """Dates each event from its own clause, a governing clause, or the publication date."""

    name = "date_events"
    requires = frozenset({"article", "doc", "events"})

    def __init__(self, reader: DateReader, future_words: frozenset[str], plan_words: frozenset[str]) -> None:
        self.reader = reader
        self.future_words = future_words  # "will", "shall": frames.yaml
        self.plan_words = plan_words  # "plans to", "is due to": modality.yaml

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        published = work.article.published
        sents = list(doc.sents)
        expressions = sentence_expressions(self.reader, doc, sents)

        by_sentence: dict[int, list[tuple[DateMention, tuple[Token, ...]]]] = {}
        out = []
        for ev in events:
            if ev.sentence not in by_sentence:
                by_sentence[ev.sentence] = [
                    (m, a)
                    for m in expressions(ev.sentence)
                    if (a := _attachments(doc, m, self.reader.time_prepositions, self._occurring(m, published)))
                ]
            dated = self._date(doc, ev, by_sentence[ev.sentence], published)
            if dated.date_precision == "published" and published is not None:
                dated = self._carried(doc, sents, dated, expressions, published, self._dates_a_clause) or dated
            out.append(dated)
        return out

    def _date(
        self, doc: Doc, ev: Event, mentions: list[tuple[DateMention, tuple[Token, ...]]], published: date | None
    ) -> Event:
        trigger = syntax.token_at(doc, ev.trigger.span[0])
        for mention, anchor in _ranked(trigger, mentions):
            value = mention.resolve(published, self._future(anchor))
            if value is not None:
                return replace(
                    ev,
                    date=value.date.isoformat(),
                    date_end=value.end.isoformat() if value.end else None,
                    date_precision=value.precision,
                    date_text=TextRef(mention.text, (mention.start, mention.end)),
                )
        if published is None:
            return ev
        return replace(ev, date=published.isoformat(), date_precision="published")

    @staticmethod
    def _carried(
        doc: Doc,
        sents: list[Span],
        ev: Event,
        expressions: Callable[[int], list[DateMention]],
        published: date,
        clause_date: Callable[[Doc, DateMention], bool],
    ) -> Event | None:
        """A past act told with no date of its own, right after a sentence of the same paragraph
        that dates what it tells to a day ("On Wednesday, Germany said ... . Its spokesperson
        condemned the attack."), happened on that day: the narrative's day carries on to the
        next sentence of its paragraph. Only one sentence back, only a verb in the past tense,
        only a day on or before publication; ``date_text`` is the earlier sentence's words."""
        if ev.sentence == 0 or syntax.token_at(doc, ev.trigger.span[0]).tag_ not in PAST_TAGS:
            return None
        before, own = sents[ev.sentence - 1], sents[ev.sentence]
        if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[before.end - 1 : own.start + 1]):
            return None  # a new paragraph
        for mention in reversed(expressions(ev.sentence - 1)):
            value = mention.resolve(published, False)
            if value is not None and value.precision == "day" and value.date <= published and clause_date(doc, mention):
                return _on_day(ev, value.date.isoformat(), _words(mention))
        return None

    def _occurring(self, mention: DateMention, published: date | None) -> frozenset[str]:
        """The verbs through which a clause on a noun dates the noun's event (``occurrence_verbs``),
        for a mention that names a day ("a lawsuit filed on Sunday"); none for a longer period:
        a year in such a clause ("crimes that took place in 1995") is the background the
        not-event filter reads, not the day of what the sentence tells."""
        value = mention.resolve(published, False)
        return self.reader.occurrence_verbs if value is not None and value.precision == "day" else frozenset()

    def _dates_a_clause(self, doc: Doc, mention: DateMention) -> bool:
        """Whether a date expression dates what a clause tells ("On Monday, the minister said"),
        not a thing a noun names ("the February 14 statement", "to follow up on their April 24
        meeting"): only the first tells the story's day."""
        words = _attachments(doc, mention, self.reader.time_prepositions)
        if not any(syntax.is_verb(w) for w in words):
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return True
        root = span.root
        # the date is a modifier of a noun outside it: that thing's day, not the clause's
        return not (
            root.dep_ in NOUN_MODIFIERS and not span.start <= root.head.i < span.end and syntax.is_noun(root.head)
        )

    def _future(self, verb: Token) -> bool:
        cur = verb
        for _ in range(3):
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in self.future_words for c in cur.children):
                return True
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in self.plan_words:
                return True
            if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
                break
            cur = cur.head
        return False


class CarryDates(DateEvents):
    """Dates what is still dated by the publication only, after the not-event filter (so no event
    is kept or dropped for a day it borrowed): a past act takes the story's day, the last single
    day an earlier sentence names ("On Wednesday, Germany said ... . [new paragraph] Merkel
    condemned the attack"); a headline event takes its lede's day."""

    name = "carry_dates"
    requires = frozenset({"article", "doc", "events"})

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        published = work.article.published
        if published is None or all(ev.date_precision != "published" for ev in events):
            return events
        sents = list(doc.sents)
        expressions = sentence_expressions(self.reader, doc, sents)

        headline = headline_end(work.article.text, work.article.title)
        lede: list[tuple[str, TextRef] | None] = []  # the lede's day, read at the first need
        narrative: list[tuple[str, TextRef] | None] = []  # each sentence's carried day, read at the first need
        out = []
        for ev in events:
            if ev.date_precision != "published":
                out.append(ev)
                continue
            dated = ev
            if ev.sentence > 0 and syntax.token_at(doc, ev.trigger.span[0]).tag_ in PAST_TAGS:
                if not narrative:
                    narrative.extend(self._narrative(doc, sents, expressions, published, self._dates_a_clause))
                day = narrative[ev.sentence]
                if day is not None:
                    dated = _on_day(ev, *day)
            if dated is ev and ev.trigger.span[0] < headline and not _lede_tells_another(doc, headline, ev, events):
                if not lede:
                    lede.append(self._lede_day(doc, headline, published))
                if lede[0] is not None:
                    dated = _on_day(ev, *lede[0])
            out.append(dated)
        return out

    def _lede_day(self, doc: Doc, headline: int, published: date) -> tuple[str, TextRef] | None:
        """The day the lede (the first paragraph after the headline) dates what it tells (ISO date
        and the words): a headline reports the act its lede tells in full ("Police shoot protester" /
        "... police shot a protester yesterday"), so a headline event with no date of its own
        happened on the lede's day. The first expression of the lede that gives a single day on or
        before publication, read with the tense of the verb it qualifies; ``None`` when it gives
        none (a month, a day to come)."""
        first, last = lede_span(doc, headline)
        span = doc.char_span(first, last, alignment_mode="expand")
        if span is None:
            return None
        for mention in self.reader.find(span.text, span.start_char):
            words = _attachments(doc, mention, self.reader.time_prepositions, self._occurring(mention, published))
            if not words:
                continue
            value = mention.resolve(published, self._future(words[-1]))
            if value is not None and value.precision == "day" and value.date <= published:
                return value.date.isoformat(), _words(mention)
        return None

    @staticmethod
    def _narrative(
        doc: Doc,
        sents: list[Span],
        expressions: Callable[[int], list[DateMention]],
        published: date,
        clause_date: Callable[[Doc, DateMention], bool],
    ) -> list[tuple[str, TextRef] | None]:
        """For each sentence, the day the story last named before it (ISO date and the words):
        the last expression naming a single day on or before publication, and no more than
        ``STORY_DAYS`` before it, in the nearest earlier sentence that names one; ``None`` before
        any. A sentence naming only a longer period
        ("Last month, ...") does not end the story's day: the events it dates take their own
        period, and the story returns to its day after. Read once per document, in one pass."""
        days: list[tuple[str, TextRef] | None] = []
        current: tuple[str, TextRef] | None = None
        for i in range(len(sents)):
            days.append(current)
            for mention in reversed(expressions(i)):
                value = mention.resolve(published, False)
                if (
                    value is not None
                    and value.precision == "day"
                    and 0 <= (published - value.date).days <= STORY_DAYS
                    and clause_date(doc, mention)
                ):
                    current = value.date.isoformat(), _words(mention)
                    break
        return days


#: where an article's date expressions, sentence by sentence, are kept with its parse
#: (``Doc.user_data``), read once for the date stages
EXPRESSIONS_KEY = "detente.date_expressions"


def sentence_expressions(reader: DateReader, doc: Doc, sents: list[Span]) -> Callable[[int], list[DateMention]]:
    """The date expressions of sentence ``i``, read at the first need and kept with the parse, so
    that ``date_events`` and ``carry_dates`` read each sentence once: what the coder read
    (detente.text.visible), at the article's offsets; not doc.text, which spaCy joins anew from
    every token at each call."""
    read: dict[int, list[DateMention]] = doc.user_data.setdefault(EXPRESSIONS_KEY, {})

    def expressions(i: int) -> list[DateMention]:
        if i not in read:
            read[i] = reader.find(sents[i].text, sents[i].start_char)
        return read[i]

    return expressions


def _on_day(ev: Event, day: str, words: TextRef) -> Event:
    """``ev`` dated to one day (ISO date), read from ``words``."""
    return replace(ev, date=day, date_end=None, date_precision="day", date_text=words)


def _words(mention: DateMention) -> TextRef:
    return TextRef(mention.text, (mention.start, mention.end))


def _attachments(
    doc: Doc, mention: DateMention, time_prepositions: frozenset[str], occurrence_verbs: frozenset[str] = frozenset()
) -> tuple[Token, ...]:
    """The words a date expression qualifies: the verb of its clause; or a
    noun it modifies ("the 1988 bombing", "Tuesday's attack"), with the verb above that noun
    when the date only hangs on it ("Lula on Tuesday backed", "a raid on Sunday night") or the
    noun is itself a time ("during Sunday's clashes", "killed in the 1988 bombing"). The last
    word is the one whose tense the date is read with."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return ()
    inside = range(span.start, span.end)
    cur = span.root
    link = cur  # the word of the expression (or on its way up) that hangs on ``cur``'s head
    for _ in range(8):
        # "every night since August": a time noun passes its date on to the clause
        if cur.i not in inside and syntax.is_noun(cur) and cur.dep_ in ("npadvmod", "advmod", "tmod", "obl"):
            link, cur = cur, cur.head
            continue
        if cur.i not in inside and (syntax.is_verb(cur) or syntax.is_noun(cur)):
            break
        if cur.head == cur:
            return (cur,)
        link, cur = cur, cur.head
    if syntax.is_verb(cur):
        return (*_occurrence_of(cur, time_prepositions, occurrence_verbs), cur)
    verb = next((t for t in cur.ancestors if syntax.is_verb(t)), None)
    if verb is None:
        return (cur,)
    if link.dep_ in NOUN_MODIFIERS and link.i in inside:
        # a date that names the noun's own time: the clause takes it only through a time phrase
        governor = cur.head if cur.dep_ == "pobj" else None
        if governor is not None and governor.lower_ in time_prepositions:
            return (cur, verb)
        return (cur,)
    return (cur, verb)


def _occurrence_of(
    verb: Token, time_prepositions: frozenset[str], occurrence_verbs: frozenset[str]
) -> tuple[Token, ...]:
    """The noun (and the verb it dates through a time phrase) whose occurrence a relative or
    participial clause tells: "a lawsuit *filed* on Sunday", "killed in a bombing that *happened*
    on June 27" (``occurrence_verbs``, dates.yaml); none for a clause that tells a later act
    ("the deal, which collapsed on Tuesday")."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun == verb or not syntax.is_noun(noun):
        return ()
    lemma = verb.lemma_.lower()
    told = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")}
    if not told & occurrence_verbs:
        return ()
    if noun.dep_ == "pobj" and noun.head.lower_ in time_prepositions:
        above = next((t for t in noun.ancestors if syntax.is_verb(t)), None)
        if above is not None:
            return (noun, above)
    return (noun,)


def _ranked(
    trigger: Token, mentions: list[tuple[DateMention, tuple[Token, ...]]]
) -> Iterator[tuple[DateMention, Token]]:
    """Mentions of the event's own clause first, then of the clauses above it, nearest first;
    each with the word it qualifies (for the tense)."""
    own = syntax.clause_heads(trigger)
    # a date of the event's own word first ("On Monday, Iran condemned Sunday's attack", "the
    # attack, which happened on Sunday"), then of its clause
    for mention, words in mentions:
        if any(w.i == trigger.i for w in words):
            yield mention, words[-1]
    for mention, words in mentions:
        if any(w.i in own for w in words) and not any(w.i == trigger.i for w in words):
            yield mention, words[-1]
    # "killed three and wounded six ... on 9 September": coordinated verbs share a date
    conjuncts = {t.i for t in trigger.conjuncts if syntax.is_verb(t)} - own
    for mention, words in mentions:
        if any(w.i in conjuncts for w in words) and not any(w.i in own for w in words):
            yield mention, words[-1]
    ancestors = [t.i for t in trigger.ancestors if syntax.is_verb(t)]
    for i in ancestors:
        for mention, words in mentions:
            if any(w.i == i for w in words) and not any(w.i in own for w in words):
                yield mention, words[-1]


def _lede_tells_another(doc: Doc, headline: int, ev: Event, events: tuple[Event, ...]) -> bool:
    """Whether the lede tells only events of a headline event's type in other countries
    ("Police arrest protesters in Nairobi" / "On Thursday, Ugandan police arrested protesters in
    Kampala"): its day is theirs, not the headline's. An event of the type between parties of
    the same countries may be the headline's own, or one of the same incident ("Police shoot
    man dead after knife attack" / "... a man stabbed two people on Sunday")."""
    first, last = lede_span(doc, headline)
    told = [o for o in events if o.type == ev.type and first <= o.trigger.span[0] < last]
    return bool(told) and all(_other_countries(ev, o) for o in told)


def _other_countries(a: Event, b: Event) -> bool:
    """Whether two events' parties are of different countries on a side whose country both give."""
    return any(
        x is not None and y is not None and x.country and y.country and x.country != y.country
        for x, y in ((a.actor, b.actor), (a.recipient, b.recipient))
    )
