"""The talk of a transcript that performs no act between parties (round remarks45): handing the
floor over, a question announced ("let me ask you this"), thanks for coming or for hosting, and
what is said to an audience addressed as "you" that no one names."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.grammar import syntax
from detente.records import Event
from detente.stages.filter.base import FilterEventsBase

#: the first-person forms that tell the speaker
_SPEAKER = frozenset({"i", "me", "we", "us"})


class ChatterChecks(FilterEventsBase):
    """The checks of a speaker's talk to the room."""

    def floor_handed(self, trigger: Token) -> bool:
        """Whether the act hands the floor to the next speaker: a verb of handing over
        (``floor_verbs``) whose object is the floor itself or an empty "it" (``floor_objects``),
        said by "I" (or "let me") now or to come ("With that, I'll *turn* it over to the
        Secretary", "Let me *hand* the floor to the Minister"). "The militia handed over the
        hostages" and "I turned it over to the FBI" (told as done) stay."""
        words = self.words
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in words.floor_verbs:
            return False
        if trigger.tag_ in ("VBD", "VBN"):
            return False
        if not any(c.dep_ == "dobj" and c.lower_ in words.floor_objects for c in trigger.children):
            return False
        if not any(c.lower_ in ("over", "to") and c.dep_ in ("prt", "prep") for c in trigger.children):
            return False
        verb = trigger
        while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head  # agree47: "I'm going to turn it over", "I'd like to hand the floor": the subject above
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(s.lower_ in ("i", "me") for s in subjects)

    def called_to_stage(self, trigger: Token) -> bool:
        """Whether the act calls someone up to a place of the room: a verb of inviting or asking
        (``stage_inviting_verbs``) whose "to" phrase, its own or that of its particle ("over to",
        "up to"), is a place of the room (``stage_places``: "I'd like to *invite* the Deputy
        Secretaries over to the signing table", "let me *ask* the governor up to the podium").
        "Invited the parties to the negotiating table" and "invited Ruto to the summit" stay."""
        words = self.words
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in words.stage_inviting_verbs:
            return False
        heads = [
            trigger,
            *(c for c in trigger.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("up", "over")),
        ]
        places = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
        for place in places:
            if place.dep_ != "pobj":
                continue
            noun = self._lemma(place)
            named = {noun} | {f"{m.lower_} {noun}" for m in place.children if m.dep_ in ("compound", "amod")}
            if named & words.stage_places:
                return True
        return False

    def question_announced(self, trigger: Token) -> bool:
        """Whether the act only announces the speaker's own question or remark: a verb of asking
        or telling (``announcing_verbs``) that "let me" opens ("*Let me ask* you this", "let me
        just ask you a question"), with nothing asked for ("let me ask you to support the bill":
        an infinitive, or a "for" phrase, asks for an act and stays)."""
        if not syntax.is_verb(trigger) or self._lemma(trigger) not in self.words.announcing_verbs:
            return False
        head = trigger.head
        if head == trigger or head.lemma_.lower() != "let":
            return False
        if not any(c.dep_ == "nsubj" and c.lower_ == "me" for c in trigger.children):
            return False
        return not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in trigger.children)

    def courtesy_thanks(self, trigger: Token) -> bool:
        """Whether the act is thanks for coming or for hosting, or the coming or hosting so
        thanked: a word of thanks (``thanking_words``) whose "for" phrase is a gerund of attending
        or receiving (``attendance_verbs``) with no object but the speaker, or "here" ("thank you
        for *joining* us", "I'm grateful to all of you for being here", "thank you very much for
        *hosting* us"). Thanks for an act ("thank Japan for hosting the refugees", "for joining
        the coalition") stay."""
        words = self.words
        thanks, gerund = trigger, None
        if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ == "for":
            thanks, gerund = trigger.head.head, trigger
        if self._lemma(thanks) not in words.thanking_words:
            return False
        if gerund is None:
            # "thank you ... for coming": the "for" phrase of the word of thanks (of its
            # adjective's head: "grateful to you for being here")
            owners = (thanks, thanks.head) if thanks.dep_ == "acomp" else (thanks,)
            fors = [c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "for"]
            gerund = next((g for f in fors for g in f.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if gerund is None or self._lemma(gerund) not in words.attendance_verbs:
            return False
        objects = [c for c in gerund.children if c.dep_ in ("dobj", "attr", "acomp", "prep", "xcomp", "ccomp")]
        return all(c.lower_ in _SPEAKER or (c.lower_ in ("here", "with") and _to_speaker(c)) for c in objects)

    def audience_addressed(self, ev: Event) -> bool:
        """Whether the act is said to the room: its recipient is only the one addressed ("you",
        "all of you", "your": ``audience_forms``), whom nothing in the text names ("I'm grateful to
        all of you", "I'm here to applaud you"). A "you" the speakers' turns resolve to a named
        leader has a name and stays; types in ``audience_kept_types`` (an accusation put to the
        one addressed) stay too."""
        rec = ev.recipient
        if rec is None or rec.name or rec.country or rec.sector or rec.cameo_code:
            return False
        if ev.type in self.words.audience_kept_types:
            return False
        return " ".join(rec.text.lower().split()) in self.words.audience_forms

    def own_aides(self, doc: Doc, ev: Event) -> bool:
        """Whether the act is the speaker's talk with their own aides: its recipient is "my" or
        "our" staff, team or advisers (``aide_nouns``: "I asked my staff to look into it", "I was
        talking to my chief of staff this morning"), a leader's own deliberation, no act between
        parties. "I asked my counterpart", "our allies" stay."""
        rec = ev.recipient
        if rec is None:
            return False
        span = doc.char_span(*rec.span, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        # "my chief of staff" (the side "staff"): the owner stands before the phrase's first noun
        while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head != root.head:
            root = root.head.head
        if self._lemma(root) not in self.words.aide_nouns:
            return False
        owners = [t for t in root.children if t.dep_ == "poss"]
        return bool(owners) and all(t.lower_ in ("my", "our") for t in owners)


def _to_speaker(tok: Token) -> bool:
    """Whether "here" stands alone, or "with" names the speaker ("being with us")."""
    if tok.lower_ == "here":
        return True
    return all(g.lower_ in _SPEAKER for g in tok.children if g.dep_ == "pobj")
