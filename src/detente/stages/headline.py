"""The headline agrees with the lede: one act is not coded two contradictory ways.

An article is its headline plus its text (``docs/coding-manual.md``), and the headline reports
the act its lede (the first paragraph) tells in full. A headline is not a full sentence and is
parsed less surely, so when an event of the headline and an event of the lede join the same two
parties in the same direction but one is cooperative and the other conflictual (their quad
classes fall on opposite sides: "Colombia halts intelligence sharing with U.S." read as a
retreat, Goldstein +9, beside "Petro ordered forces to stop sharing intelligence with the United
States", a sanction), the lede's coding stands and the headline's is dropped. A headline event
that repeats the lede's coding, or that has no counterpart there, is kept.

So too a meeting: a headline naming a meeting ("Statement on the Bilateral Meeting Between
President Lopez and President Vega"), read as one held (CONSULT), whose two parties the lede codes
only as a meeting to come ("Lopez will host Vega for a bilateral meeting on May 3": AGREE 036,
``planned_codes``) is that meeting announced; the lede's coding stands.

And a headline event that names fewer parties than the lede's event of the same type by the same
side ("The United States Welcomes Government Reform in Yemen": a reform as the recipient, no
country; "United States Hosts U.S.-EU Space Dialogue": its own country read as the recipient)
is that event told shorter: the lede's coding ("The United States welcomes the formation of a
Presidential Leadership Council in Yemen") stands.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.pipeline.stage import EventsStage
from detente.pipeline.work import Work
from detente.records import Event, headline_end

#: the lede: the first paragraph after the headline, at most this many sentences of it
LEDE_SENTENCES = 3
#: a first line of at most this many words and no verb is a byline, not the lede ("Office of the
#: Spokesperson", "Antony J. Blinken, Secretary of State")
BYLINE_WORDS = 8
#: quad classes: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict
COOPERATIVE = frozenset({1, 2})
#: the type of a meeting held
MEETING = "CONSULT"


def dyad(ev: Event) -> tuple[str, str] | None:
    """The event's two parties by country, in its direction; ``None`` unless both are known."""
    if ev.actor is None or ev.recipient is None or not ev.actor.country or not ev.recipient.country:
        return None
    return ev.actor.country, ev.recipient.country


def lede_span(doc: Doc, end: int) -> tuple[int, int]:
    """The characters of the lede: the sentences after the headline (which ends at ``end``) up to
    the first blank line or line break that ends a paragraph, at most LEDE_SENTENCES of them."""
    start = stop = end
    first = last = 0  # the tokens of start and stop (doc.text is rebuilt from every token at each call)
    count = 0
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if sent.start_char < end or not words:
            continue
        if not count and _byline(doc, words):
            continue
        if count and "\n" in doc[last - 1].whitespace_ + doc[last : sent.start].text_with_ws:
            break  # the next paragraph
        if not count:
            start, first = words[0].idx, words[0].i
        stop, last = words[-1].idx + len(words[-1]), words[-1].i + 1
        count += 1
        if count >= LEDE_SENTENCES or "\n" in doc[first:last].text:
            break
    return start, stop


def _byline(doc: Doc, words: list[Token]) -> bool:
    """A short line on its own with no verb: the author or office above the text."""
    last = words[-1]
    ends_line = last.i + 1 >= len(doc) or "\n" in last.whitespace_ + doc[last.i + 1].text
    return (
        ends_line
        and len(words) <= BYLINE_WORDS
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
        and words[-1].text not in ".!?"
    )


class HeadlineEvents(EventsStage):
    """Drops a headline event whose coding contradicts the lede's coding of the same two parties
    (cooperative against conflictual); everything else passes unchanged."""

    name = "agree_headline"

    def __init__(self, planned_codes: Iterable[str] = ()) -> None:
        #: CAMEO codes of a meeting planned or agreed (recipients.yaml ``venue_codes``)
        self.planned_codes = frozenset(planned_codes)

    def refine(self, work: Work, doc: Doc, events: tuple[Event, ...]) -> Iterable[Event]:
        end = headline_end(work.article.text, work.article.title)
        if not end:
            return events
        first, last = lede_span(doc, end)
        lede: dict[tuple[str, str], set[bool]] = {}
        meetings: dict[frozenset[str], set[bool]] = {}  # each pair of the lede: held, planned
        fuller: set[tuple[str, str]] = set()  # the lede's types and sides with a recipient of another country
        for ev in events:
            pair = dyad(ev)
            if pair is not None and first <= ev.trigger.span[0] < last and pair[0] != pair[1]:
                fuller.add((ev.type, pair[0]))
            if pair is not None and first <= ev.trigger.span[0] < last:
                lede.setdefault(pair, set()).add(ev.quad_class in COOPERATIVE)
                if ev.type == MEETING or ev.cameo in self.planned_codes:
                    meetings.setdefault(frozenset(pair), set()).add(ev.type == MEETING)
        return [
            ev
            for ev in events
            if not self.contradicts(ev, end, lede)
            and not self.announced(ev, end, meetings)
            and not self.told_shorter(doc, ev, end, fuller)
        ]

    @staticmethod
    def told_shorter(doc: Doc, ev: Event, end: int, fuller: set[tuple[str, str]]) -> bool:
        """A headline event with no party acted upon (none, a thing: "government reform"), or
        its own side, where the lede codes an event of the same type by the same side against
        another country. A party named but of no known country ("kills Qasem Soleimani") is
        no shorter telling."""
        if ev.trigger.span[0] >= end or ev.actor is None or not ev.actor.country:
            return False
        if (ev.type, ev.actor.country) not in fuller:
            return False
        other = ev.recipient
        if other is None or other.country == ev.actor.country:
            return True
        if other.country or other.sector:
            return False
        words = doc.char_span(*other.span, alignment_mode="expand")
        return words is not None and not any(t.ent_type_ in syntax.PARTY_ENTITIES for t in words)

    @staticmethod
    def announced(ev: Event, end: int, meetings: dict[frozenset[str], set[bool]]) -> bool:
        """A headline meeting whose parties the lede codes only as a meeting to come."""
        pair = dyad(ev)
        if pair is None or ev.type != MEETING or ev.trigger.span[0] >= end:
            return False
        return meetings.get(frozenset(pair)) == {False}

    @staticmethod
    def contradicts(ev: Event, end: int, lede: dict[tuple[str, str], set[bool]]) -> bool:
        """A headline event whose parties the lede codes only on the other side of the line
        between cooperation and conflict."""
        pair = dyad(ev)
        if pair is None or ev.trigger.span[0] >= end or pair not in lede:
            return False
        return (ev.quad_class in COOPERATIVE) not in lede[pair]
