"""What is said or felt, not done: opinions, hopes, topics and forecasts, questions and
refusals to comment, views shared, descriptions, warnings of another's act, reputations,
a text's content, exhortations and ceremonies."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.grammar import layout, syntax
from detente.records import Event
from detente.stages.filter.base import FilterEventsBase
from detente.stages.filter.grammar import EXHORTATION_DEPTH, _asks_a_question, _holds_so, _owners_of, _tells_past

#: how many steps up from the act a topic verb may stand: through a list of topics and what one
#: includes ("will review a range of issues, *including* their support for Ukraine"; fixes42)
TOPIC_DEPTH = 6


class SpeechChecks(FilterEventsBase):
    """The checks of what is only said or felt."""

    @staticmethod
    def word_quoted(trigger: Token) -> bool:
        """Whether the act's verb is a word quoted as a word: alone between quotation marks,
        with no subject, object or agent of its own ("it is not hyperbole to say 'slaughtered'
        -- 'slaughtered'"). A verb in scare quotes with its parties ("Russia 'liberated' the
        town") tells an act and stays."""
        if not syntax.is_verb(trigger) or trigger.i == 0 or trigger.i + 1 >= len(trigger.doc):
            return False
        before, after = trigger.doc[trigger.i - 1], trigger.doc[trigger.i + 1]
        if not (before.is_quote and after.is_quote):
            return False
        parties = ("nsubj", "nsubjpass", "dobj", "agent", "dative", "attr")
        return not any(c.dep_ in parties for c in trigger.children)

    def topic(self, trigger: Token) -> bool:
        """Whether the act is only what is discussed or weighed (the lexicon's ``topic_verbs``: "discussed
        imposing costs on Russia", "is considering sanctions", also one of several topics listed,
        "discussed defence cooperation and U.S. support for Europe's efforts"), or said to be likely
        (``forecast_adjectives``: "the judges are likely to find him guilty", "it was evident that
        they would impose restrictions")."""
        w = self.words
        cur = trigger
        for _ in range(TOPIC_DEPTH):
            while cur.dep_ == "conj" and cur.head != cur and _same_kind(cur, cur.head):
                cur = cur.head  # one of several topics ("discussed trade, and U.S. support for Kyiv")
            if cur.head == cur or cur.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"):
                return False
            gov = cur.head
            if cur.dep_ != "prep" and self._lemma(gov) in self.topic_verbs and syntax.is_verb(gov):
                return True
            if cur.dep_ == "prep" and cur.lower_ in ("on", "about") and self._lemma(gov) in w.opinion_nouns:
                return True  # "exchanged views on ending the war": a topic (``opinion_nouns``)
            if cur.dep_ == "xcomp" and gov.lower_ in w.forecast_adjectives:
                return True
            if (
                cur.dep_ == "ccomp"
                and any(c.tag_ == "MD" for c in cur.children)
                and any(c.dep_ == "acomp" and c.lower_ in w.forecast_adjectives for c in gov.children)
            ):
                return True  # "it was evident that they would impose restrictions"
            if syntax.is_verb(gov) and cur.dep_ in ("xcomp", "ccomp"):
                return False  # another verb's complement: its own clause
            cur = gov
        return False

    def previewed(self, trigger: Token) -> bool:
        """Whether the act is a statement still to be made: the trigger is a verb of
        ``previewing_verbs`` told in the future or planned ("the Secretary *will emphasize* ...",
        "is expected to *reaffirm* its commitment"), or a noun in such a verb's object ("will
        underscore our *commitment* to", "will highlight U.S. *support* for"). An announcement
        telling what will be said is not the saying."""
        w = self.words
        cur = trigger
        for _ in range(5):
            if syntax.is_verb(cur):
                return self._lemma(cur) in w.previewing_verbs and self._to_come(cur)
            if cur.head == cur or cur.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "appos", "amod"):
                return False
            if cur.dep_ == "prep" and syntax.is_verb(cur.head):
                return False  # "will emphasize ... *during his meeting*": where, not what is said
            cur = cur.head
        return False

    @staticmethod
    def defined(trigger: Token) -> bool:
        """Whether an event noun only says what a named thing is, as the attribute of "is" or
        "are" in the present with a name as subject ("the Quad *is a partnership* between
        Australia, India, Japan and the United States", "the Assembly *is the decision-making
        body* of the organization", "the Dialogue *is an annual meeting* between ..."): a
        definition, a standing condition, not an act (fixes42)."""
        verb = trigger.head
        if not syntax.is_noun(trigger) or trigger.dep_ != "attr" or verb.lemma_.lower() != "be":
            return False
        if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "neg" for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return len(subjects) == 1 and subjects[0].pos_ == "PROPN"

    def _to_come(self, verb: Token) -> bool:
        """Whether a verb is told in the future (``previewing_auxiliaries``: "will emphasize"; a
        verb joined to one, "will meet and *stress*") or as planned or expected ("is expected to
        *reaffirm*", "plans to *highlight*": ``planning_verbs``)."""
        for _ in range(3):
            if any(c.dep_ == "aux" and c.lower_ in self.words.previewing_auxiliaries for c in verb.children):
                return True
            if verb.dep_ == "xcomp" and verb.head != verb and self._lemma(verb.head) in self.words.planning_verbs:
                return True
            own = any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
            if verb.dep_ != "conj" or own or verb.head == verb or not syntax.is_verb(verb.head):
                return False
            verb = verb.head
        return False

    def discussed_question(self, ev: Event, trigger: Token) -> bool:
        """Whether a talk's only other side lies in the question it is about: a clause opened by
        a question word (``question_openers``) as the verb's complement ("discusses why he joined
        the Reform Party", "talked about how the party chose its nominee"): the party is a topic,
        no one met (an interview's summary)."""
        if ev.type != "CONSULT" or ev.recipient is None or not syntax.is_verb(trigger):
            return False
        start, end = ev.recipient.span
        if self._talked_about(trigger, start, end):
            return True
        for comp in trigger.children:
            clause = comp
            if comp.dep_ == "prep":  # "talked about how ..."
                clause = next((g for g in comp.children if g.dep_ == "pcomp"), comp)
            if clause.dep_ not in ("ccomp", "pcomp"):
                continue
            tokens = list(clause.subtree)
            if tokens[0].lower_ not in self.words.question_openers:
                continue
            if tokens[0].idx <= start and end <= tokens[-1].idx + len(tokens[-1]):
                return True
        return False

    def _talked_about(self, trigger: Token, start: int, end: int) -> bool:
        """Whether a talk's other side lies only in what it is about (``about_prepositions``:
        "the minister talked about China's trade policy", "has been talking about Iran's nuclear
        programme for years"), with no one named talked with or to ("talked with Museveni about
        the border" stays): a party talked about is a topic, no one met (round precision47)."""
        w = self.words
        if any(c.dep_ == "prep" and c.lower_ in w.addressee_prepositions for c in trigger.children):
            return False
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in w.about_prepositions:
                continue
            tokens = list(prep.subtree)
            if tokens[0].idx <= start and end <= tokens[-1].idx + len(tokens[-1]):
                return True
        return False

    def weighed_threat(self, ev: Event, trigger: Token) -> bool:
        """Whether an act weighed is the threat its condition made of it (``weighed_threat_types``:
        "we discussed imposing further costs on Russia in case a ceasefire is not agreed")."""
        return (
            ev.type in self.words.weighed_threat_types
            and trigger.dep_ == "xcomp"
            and self._lemma(trigger.head) in self.topic_verbs
        )

    def role(self, trigger: Token) -> bool:
        """Whether an event noun names what an office is for ("the special envoy for Ukraine
        negotiations", "the aid agency": ``role_nouns``), not an act."""
        if not syntax.is_noun(trigger):
            return False
        if any(c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") for c in trigger.children):
            return False  # "thanked the minister for *Singapore's support*": someone's act, no office's brief
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ in ("for", "of", "on") and head.head.i != head.i:
            head = head.head
        elif trigger.dep_ != "compound":
            return False
        return syntax.is_noun(head) and self._lemma(head) in self.words.role_nouns

    def part_played(self, trigger: Token) -> bool:
        """Whether the act is the "in" phrase of a part a party plays in the present simple
        (``part_verbs``, ``part_nouns``: "Italy plays a crucial role in assuring NATO's southern
        flank", "in the defence of"): what the party is for, not an act (agree44)."""
        tok = trigger
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "in training and equipping"
        prep = tok.head
        if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ != "in" or prep.head.i == prep.i:
            return False
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # the parser hangs "in" on either
        parts = [c for c in verb.children if c.dep_ == "dobj" and self._lemma(c) in self.words.part_nouns]
        if not parts:
            return False
        return (
            self._lemma(verb) in self.words.part_verbs
            and verb.tag_ in ("VBP", "VBZ")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        )

    def concurs(self, trigger: Token, in_headline: bool = False, reply: bool = True) -> bool:
        """Whether "agree" or "disagree" (``concurring_verbs``) only reports a speaker sharing a
        view or not: said as speech ("'...,' agreed Sayim", "agreed, saying ...", "agreed and
        warned ...": ``saying_verbs``), or holding that something is or was so ("all agreed that
        vaccines have done more good than harm": a "that" clause with no modal or future, which
        would make it a settlement, "agreed that talks would resume"), also with a party ("agrees
        with the United States that migration is a shared challenge"), or disagreeing over a
        question ("disagreed about whether ..."). An object, a complement or a "to/on" phrase
        names what is agreed to ("agreed to withdraw", "agreed on a truce"). A view given now
        (``_view_now``; a bare reply only where ``reply``) is no settlement either, outside a headline."""
        w = self.words
        if self._lemma(trigger) not in w.concurring_verbs:
            return False
        if self._emphatic(trigger):
            return True  # "I couldn't agree with you more": a view shared, no refusal
        if not in_headline and self._view_now(trigger, reply):
            return True
        kids = list(trigger.children)
        if any(c.dep_ in ("dobj", "xcomp") for c in kids):
            return False
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "with", "over", "about")]
        named = [p for p in preps if not _asks_a_question(p) and not self._view_with(p)]
        held = any(c.dep_ == "ccomp" and c.i > trigger.i and _holds_so(c) for c in kids)
        # "agrees with the United States that migration is a shared challenge": a view shared
        # with a party ("agreed with Moscow that talks would resume" settles what comes)
        shared = held and all(p.lower_ == "with" for p in named)
        if named and not shared and (any(p.lower_ != "with" for p in named) or not self._said(trigger)):
            return False  # "agreed with Moscow on a truce"; "agreed with Merkel, saying ..." is a view
        inverted = any(c.dep_ == "nsubj" and c.i > trigger.i for c in kids)
        quoted = any(c.dep_ == "ccomp" and c.i < trigger.i for c in kids)
        return inverted or quoted or held or self._said(trigger) or bool(preps)

    def _emphatic(self, verb: Token) -> bool:
        """Whether a concurring verb is negated and raised by a comparative of degree
        (``emphatic_degrees``: "I couldn't agree with you more", "we could not disagree more"):
        a view held as strongly as can be, not the refusal its negation would make (noticedb)."""
        kids = list(verb.children)
        return any(c.dep_ == "neg" for c in kids) and any(
            c.dep_ == "advmod" and c.lower_ in self.words.emphatic_degrees for c in kids
        )

    def _view_now(self, verb: Token, reply: bool = True) -> bool:
        """Whether a concurring verb in the present simple gives a view (agree44): a bare reply
        with no object, complement or phrase ("'I agree,' the minister said", "We agree."), or a
        "that" clause under a modal of obligation (``obligation_modals``: "Ghana and Togo agree
        that they must do more"; "agree that talks will resume" settles what comes)."""
        if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            return False
        kids = list(verb.children)
        told = ("dobj", "xcomp", "ccomp", "prep", "advcl", "dative", "attr", "acomp", "conj", "pcomp")
        if not any(c.dep_ in told for c in kids):
            return reply
        return any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and any(m.tag_ == "MD" and m.lower_ in self.words.obligation_modals for m in c.children)
            for c in kids
        )

    def _view_with(self, prep: Token) -> bool:
        """Whether "with" names a view or a policy that no party owns ("agreed with the
        nationalization of the mines", "of the Federal Reserve", "agrees with the assessment"),
        or "on" or "to" a matter of opinion (``view_nouns``: "agreed on many issues", "agreed to
        the need for a regulator"): sharing it is a stance. With a party ("agreed with Moscow",
        "agree with the U.S. proposal", "agreed with the rebels' demands") it is an agreement
        between parties."""
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("on", "to") and objects:
            # "agreed on many issues", "agreed to the need for a regulator": a view shared
            return all(self._lemma(g) in self.words.view_nouns for g in objects)
        if prep.lower_ != "with":
            return False
        return bool(objects) and not any(self._names_party(t) for g in objects for t in _owners_of(g))

    def _said(self, verb: Token) -> bool:
        """Whether a participle or a verb joined to ``verb`` says or warns ("agreed, saying ...",
        "agreed and cautioned ...", "disagreed, stating ...")."""
        sayers = self.words.saying_verbs
        return any(
            ((c.dep_ == "advcl" and c.tag_ == "VBG") or (c.dep_ == "conj" and syntax.is_verb(c)))
            and self._lemma(c) in sayers
            for c in verb.children
        )

    def opinion(self, head: Token) -> bool:
        """Whether the trigger sits in a forward-looking complement clause of an opinion verb used
        actively ("she hopes [the two governments can work together]")."""
        cur = head
        for _ in range(4):
            if cur.head == cur or cur.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "nsubj", "acl"):
                return False
            gov = cur.head
            # "believes [the leaders will meet]"; "expects [the two sides] to sign"; the noun:
            # "in hopes [that the United States can help]"
            clause = (
                cur.dep_ == "ccomp"
                or (cur.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in gov.children))
                or (cur.dep_ == "acl" and syntax.is_noun(gov) and any(c.dep_ == "mark" for c in cur.children))
            )
            lemma = self.lemma_fixes.get(gov.lower_, gov.lemma_.lower())
            if clause and lemma in self.words.opinion_verbs:
                # a forecast or a wish: the clause looks ahead ("will meet", "can work together",
                # "to sign"); "believes militants attacked the post" reports an attack: kept
                ahead = (
                    cur.dep_ == "xcomp"
                    or any(c.tag_ == "MD" for c in cur.children)
                    # "expect [Iran and the United States to resume talks]": the parser's clause
                    # with its own subject and "to" (round support50)
                    or any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children)
                    or lemma in self.words.forecast_verbs  # "predicts the senator wins"
                )
                return ahead and not any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children)
            cur = gov
        return False

    def wished_of(self, ev: Event, trigger: Token) -> bool:
        """Whether the event is the appeal a wish makes of a party ("she hopes [Japan will free
        the fishermen]": her REQUEST to Japan, the events stage's wish frame), not the act hoped
        for: a REQUEST whose recipient is the subject of the hoped clause, under one of
        ``wish_modals``, the complement of one of ``wish_verbs`` (the act itself, done by that
        subject, stays an opinion)."""
        if ev.type != "REQUEST" or ev.recipient is None or trigger.dep_ != "ccomp":
            return False
        if self.lemma_fixes.get(trigger.head.lower_, trigger.head.lemma_.lower()) not in self.wish_verbs:
            return False
        if not any(c.dep_ == "aux" and c.lower_ in self.wish_modals for c in trigger.children):
            return False
        start, end = ev.recipient.span
        subjects = [c for c in trigger.children if c.dep_ in syntax.SUBJECT_DEPS]
        return any(start <= t.idx < end for c in subjects for t in syntax.with_conjuncts([c]))

    def hoped(self, trigger: Token) -> bool:
        """Whether the act is what someone looks forward to (``hoping_phrases``): the gerund of a
        "to" phrase of such a verb, or a noun that gerund takes ("look forward *to discussing*",
        "to continuing *our support*"), or the verb itself."""
        phrases = self.words.hoping_phrases
        if not phrases:
            return False

        def hopes(verb: Token) -> bool:
            return any(f"{self._lemma(verb)} {c.lower_}" in phrases for c in verb.children)

        tok = trigger
        if tok.dep_ == "dobj" and syntax.is_noun(tok):
            tok = tok.head  # "continuing [our support]"
        if hopes(tok):
            return True
        for _ in range(8):
            if _to_gerund(tok) and tok.dep_ in ("advcl", "xcomp") and hopes(tok.head):
                # "looks forward to *warmly welcoming*": the parser's "to" is the gerund's; a visit
                # set for a date stays (its "look" is no AGREE of its own in this parse)
                return not self._dated_hosting(tok)
            prep = tok.head
            if tok.dep_ in ("pcomp", "pobj") and prep.lower_ == "to":
                if prep.dep_ == "prep" and hopes(prep.head):
                    return True
                if prep.dep_ != "conj":
                    return False
                tok = prep.head  # "to welcoming him *and to having* talks"
            elif tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head  # "to meeting and working with"
            elif tok.dep_ == "xcomp" and self._lemma(tok.head) in self.words.carrying_verbs:
                # "to continue *working* with", "to continuing *to work* with", "to resuming talks"
                # (rounds fixes44, agree44: ``carrying_verbs``)
                tok = tok.head
            else:
                return False
        return False

    def _dated_hosting(self, gerund: Token) -> bool:
        """Whether a gerund receives a visitor (``hosting_verbs``) at a date in its phrase."""
        return self._lemma(gerund) in self.words.hosting_verbs and any(t.ent_type_ == "DATE" for t in gerund.subtree)

    def visit_set(self, trigger: Token) -> bool:
        """Whether what ``trigger`` looks forward to is a visit set for a date: its "to" phrase's
        gerund receives a visitor (``hosting_verbs``) and a date hangs in that phrase
        ("looks forward to *welcoming* the Prime Minister to the White House *on Wednesday, July
        5*", "to *hosting* the Emir *next week*"): a meeting announced, not a hope."""
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for gerund in prep.children:
                if gerund.dep_ not in ("pcomp", "pobj") or self._lemma(gerund) not in self.words.hosting_verbs:
                    continue
                if any(t.ent_type_ == "DATE" for t in gerund.subtree):
                    return True
        return False

    def past_assurance(self, trigger: Token) -> bool:
        """Whether an assurance (``assuring_words``) only states what was: its "that" clause (of
        the verb, or of the noun) tells the past, with no modal ("assured reporters that the army
        *had not attacked* civilians", "assurances that he *had* no involvement")."""
        if self._lemma(trigger) not in self.words.assuring_words:
            return False
        deps = ("ccomp",) if syntax.is_verb(trigger) else ("acl", "ccomp")
        clauses = [c for c in trigger.children if c.dep_ in deps and c.i > trigger.i and c.pos_ in ("VERB", "AUX")]
        return bool(clauses) and all(_tells_past(c) for c in clauses)

    def put_question(self, trigger: Token) -> bool:
        """Whether the act is asked about, not told: its subject (of its own clause, or of the
        clause it completes: "did you *agree* to be") is the one addressed (``addressed_pronouns``)
        and its sentence ends with a question mark ("How will you work with Congress?")."""
        last = next((t for t in reversed(trigger.sent) if not t.is_space and not t.is_quote), None)
        if last is None or last.text != "?":
            return False
        for verb in (trigger, *trigger.ancestors):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return any(s.lower_ in self.words.addressed_pronouns for s in subjects)
        return False

    def yes_no_question(self, trigger: Token) -> bool:
        """Whether the act is asked about, not told: the clause that tells it is a question that
        puts its auxiliary before its subject, with no question word before it, and the sentence
        ends with a question mark ("Has Maduro *committed* to you that ...?", a reporter's question
        in a transcript; "Did China *threaten* Taiwan today?", "Are the dockworkers *going* on
        strike?"). "Why did China threaten Taiwan?" takes the act as done and is left."""
        sent = trigger.sent
        last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
        if last is None or last.text != "?" or not self._transcript_line(sent):
            return False
        for verb in (trigger, *trigger.ancestors):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
            if not auxiliaries:
                return False
            opener = min(a.i for a in auxiliaries)
            # the subject follows the auxiliary; one before it is a transcript's label ("Q") or
            # one addressed, set off by a comma ("*Mr. President*, has Maduro committed ...?")
            if not any(s.left_edge.i > opener for s in subjects) or not all(
                s.left_edge.i > opener or s.lower_ in self.words.question_labels or _set_off(s) for s in subjects
            ):
                return False
            asked = self.words.question_words - {"if", "whether"}
            return not any(t.lower_ in asked for t in sent.doc[sent.start : opener])
        return False

    def _transcript_line(self, sent: Span) -> bool:
        """Whether the sentence stands in a transcript's turn: its line opens with a reporter's
        label ("Q Mr. President, ...", "QUESTION: ...", ``question_labels``) or a speaker's label in
        capitals and a colon ("THE PRESIDENT: Are we sending troops ...?"). A question in a news
        story ("Did Chile sign the agreement?") is left to the other checks."""
        text = sent.doc.text
        start = text.rfind("\n", 0, sent.start_char) + 1
        line = text[start : start + 60]
        label = _SPEAKER_LABEL.match(line)
        if label is not None:
            return True
        first = line.split(None, 1)[0].rstrip(":.") if line.strip() else ""
        return first.lower() in self.words.question_labels and first.isupper()

    def question(self, trigger: Token) -> bool:
        """Whether a REQUEST's verb asks a question, not for an act: its complement opens with a
        question word ("asked Japan when the talks would resume", "asked by VOA if the U.S. was
        considering action"). An "if" or "whether" clause with a modal asks for the act politely
        ("asked the U.S. if they could take them in"), and an adverbial one counts only when
        nothing else is asked for ("asked for aid if needed")."""
        # "asked Uganda about the refugees *and for help*": a "for" joined to another phrase asks too
        preps = [p for c in trigger.children if c.dep_ == "prep" for p in (c, *c.conjuncts)]
        asks_for = any(c.dep_ == "xcomp" for c in trigger.children) or any(p.lower_ == "for" for p in preps)
        if not asks_for and any(
            c.dep_ == "prep" and c.lower_ in self.words.query_prepositions for c in trigger.children
        ):
            return True  # "the press asked Trump about it": a question on a topic, nothing asked for
        clauses = list(trigger.children)
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and not asks_for:
            # "Asked by reporters on Monday if ..., the minister said ...": the parser hangs the
            # question on the main verb, next to the participle that asks it
            subject = min((c.i for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")), default=None)
            clauses += [c for c in trigger.head.children if c.i > trigger.i and (subject is None or c.i < subject)]
        for clause in clauses:
            if clause.dep_ not in ("ccomp", "advcl") or clause.i < trigger.i:
                continue
            openers = {g.lower_ for g in clause.children if g.dep_ in ("mark", "advmod") and g.i < clause.i}
            if not openers & self.words.question_words:
                continue
            if not openers & {"if", "whether"}:
                if clause.dep_ == "ccomp":
                    return True
                continue
            polite = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
            if not polite and (clause.dep_ == "ccomp" or not asks_for):
                return True
        return False

    def no_comment(self, trigger: Token) -> bool:
        """Whether a refusal refuses only to speak ("declined to comment on the report", "ignored
        requests for comment")."""
        words = self.words
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in words.comment_verbs for c in trigger.children):
            return True
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in trigger.children):
            return True  # "declined comment", "refused comment"
        # "declined to respond to questions about the detainees": not "to a request", which is refused
        if any(
            c.dep_ == "xcomp" and c.lemma_.lower() in words.reply_verbs and self._to_questions(c)
            for c in trigger.children
        ):
            return True
        # "ignored requests for comment", "did not reply to an email requesting comment": the
        # same refusal to speak, to a reporter
        return any(
            t.lemma_.lower() == "comment"
            and syntax.is_noun(t)
            and (t.head.lower_ == "for" or self._lemma(t.head) in ("request", "seek"))
            for t in trigger.subtree
        )

    def _to_questions(self, verb: Token) -> bool:
        return any(self._lemma(o) in self.words.question_nouns for o in syntax.prep_objects(verb, ("to",)))

    def reputation(self, trigger: Token) -> bool:
        """Whether the act is named as what a party is known for ("known for its investigations
        into corruption", "notorious for its attacks": ``reputation_adjectives``)."""
        noun = trigger
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "known for its raids and kidnappings"
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.lower_ == "for"
            and prep.head.lower_ in self.words.reputation_adjectives
            and prep.head.pos_ in ("ADJ", "VERB")
        )

    def content(self, trigger: Token) -> bool:
        """Whether the act is a gerund that a plan or a demand includes ("their demands have
        included dissolving parliament, appointing a commission": ``content_verbs``), or one in
        the "for" phrase of a plan or a proposal ("a proposal for signing a deal": ``content_nouns``)."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None or verb.tag_ != "VBG":
            return False
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_ == "VBG":
            verb = verb.head  # "included dissolving parliament, appointing a commission"
        prep = verb.head
        if verb.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.i != prep.i:
            # "an Indian proposal *for signing* a free trade agreement" (``content_nouns``)
            return self._lemma(prep.head) in self.words.content_nouns
        return verb.dep_ in ("dobj", "xcomp") and self._lemma(verb.head) in self.words.content_verbs

    def rule(self, trigger: Token) -> bool:
        """Whether the act is told in the present simple under a text or a rule ("Under the
        constitution, the parliament impeaches the president": ``thing_nouns``, ``rule_nouns``)."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None or verb.tag_ not in ("VBZ", "VBP"):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False  # "has impeached", "is impeaching": an act
        texts = self.words.thing_nouns | self.words.rule_nouns
        unders = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"]
        return any(self._lemma(o) in texts for p in unders for o in p.children if o.dep_ == "pobj")

    def comparison(self, trigger: Token) -> bool:
        """Whether the act is told in a clause of likeness ("kind of like the government is
        prosecuting the case", "as if the army attacked": ``comparison_marks``)."""
        verb = next((t for t in (trigger, *trigger.ancestors) if syntax.is_verb(t)), None)
        if verb is None:
            return False
        marks = " ".join(c.lower_ for c in verb.children if c.dep_ == "mark")
        return marks in self.words.comparison_marks

    def sympathy(self, trigger: Token) -> bool:
        """Whether what is given is sympathy, no aid ("we are sending love and strength to the
        congregation", "sent prayers to the families": ``sympathy_gifts``)."""
        return syntax.is_verb(trigger) and any(
            c.dep_ == "dobj" and self._lemma(c) in self.words.sympathy_gifts for c in trigger.children
        )

    def alleged_breach(self, trigger: Token) -> bool:
        """Whether breaking a law or a treaty (``defiance_codes``) is what someone says, finds
        or rules ("they say it violates the treaty", "ruled the ban violated the constitution",
        "determines that an individual has violated immigration laws": ``claiming_verbs``), or
        what a text's articles are said to do ("articles that violate the constitution"): the
        claim is the speaker's, no defiance by the one it is said of."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:1]) if syntax.is_verb(t)), None)
        if verb is None or verb.head == verb:
            return False
        if verb.dep_ == "ccomp" and self._lemma(verb.head) in self.words.claiming_verbs:
            return True
        if verb.dep_ == "relcl" and syntax.is_noun(verb.head):
            return self._lemma(verb.head) in self.words.thing_nouns or self._lemma(verb.head) in self.words.rule_nouns
        return False

    def endangered(self, trigger: Token, ev: Event) -> bool:
        """Whether a passive "threatened" with no one threatening says a good is in danger
        (``endangered_nouns``: "their lives were threatened", "peace in the region is
        threatened"), not that a party was threatened ("the judge was threatened"); or an act
        or a thing that names no party "threatens" such a good ("activities that threaten our
        national security", "any acts that threaten the sovereignty of the nation": a danger, no
        threat made; "the rebel leader threatened the security of Chad", "threatened the judge",
        "threatened to strike" stay). Whatever a happening, a condition or a flow
        (``endangering_nouns``, ``inert_actor_nouns``) threatens is in danger too, whatever the
        good or the place its phrase names ("the violence in Sudan threatens the peace", "our
        democracy is threatened by corruption", "imports threatening the industry")."""
        if not syntax.is_verb(trigger):
            return False
        doer = self._threatening_doer(trigger)
        if doer is not None and doer.pos_ == "NOUN":
            lemma = self._lemma(doer)
            if lemma in self.words.endangering_nouns or lemma in self.words.inert_actor_nouns:
                return True
        if not syntax.is_passive(trigger):
            actor = ev.actor
            if actor is not None and (actor.sector or actor.name or actor.country):
                return False  # a party threatens ("the rebel leader threatened the security of Chad")
            clause = trigger
            while clause.dep_ == "conj" and clause.head != clause and syntax.is_verb(clause.head):
                clause = clause.head  # "acts that advocate X and threaten Y": the first verb's subject
            subject = next((c for c in clause.children if c.dep_ in syntax.SUBJECT_DEPS), None)
            if (subject is None or subject.tag_ in ("WDT", "WP")) and clause.dep_ == "relcl":
                subject = clause.head  # "activities *that* threaten": the noun the clause describes
            if subject is None or subject.pos_ != "NOUN":
                return False
            # the first object decides ("the security, stability and prosperity of Lebanon and the
            # region": the parser may hang the owner's conjunct on the good)
            objects = [c for c in trigger.children if c.dep_ == "dobj"]
            return bool(objects) and all(self._lemma(o) in self.words.endangered_nouns for o in objects)
        if any(c.dep_ == "agent" for c in trigger.children):
            return False
        subjects = [c for c in trigger.children if c.dep_ == "nsubjpass"]
        return bool(subjects) and all(self._lemma(c) in self.words.endangered_nouns for c in subjects)

    def _threatening_doer(self, trigger: Token) -> Token | None:
        """The head noun of whoever or whatever threatens: the agent of a passive ("threatened
        by corruption"), the subject of the clause (of its first verb, "that advocate X and
        threaten Y"), the noun a relative clause or a participle describes ("imports that
        threaten", "imports threatening the industry")."""
        if syntax.is_passive(trigger):
            agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause and syntax.is_verb(clause.head):
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in syntax.SUBJECT_DEPS), None)
        if (subject is None or subject.tag_ in ("WDT", "WP")) and clause.dep_ in ("relcl", "acl"):
            return clause.head
        return subject

    def shown(self, trigger: Token) -> bool:
        """Whether a verb that is a protest only when it takes nothing (``showing_verbs``:
        "thousands demonstrated in Tbilisi") shows something: it has an object or a clause
        ("the additions demonstrate the United States will act", "demonstrated that the plan
        works", "demonstrated their resolve")."""
        if self._lemma(trigger) not in self.words.showing_verbs or not syntax.is_verb(trigger):
            return False
        return not syntax.is_passive(trigger) and any(c.dep_ in ("dobj", "ccomp") for c in trigger.children)

    def described(self, trigger: Token) -> bool:
        """Whether a verb of threatening (``describing_threat_verbs``) describes a party or a
        thing by what it does: in the present simple in a relative clause ("terrorist groups
        that threaten the United States", "those that destabilize it and threaten America"), with
        no act threatened ("that threaten to strike") and no auxiliary ("that have threatened")."""
        if self._lemma(trigger) not in self.words.describing_threat_verbs:
            return False
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause and syntax.is_verb(clause.head):
            clause = clause.head  # "that destabilize it and threaten America" (the tense is the first verb's)
        if clause.dep_ != "relcl" or clause.tag_ not in ("VBP", "VBZ") or trigger.tag_ not in ("VBP", "VBZ", "VB"):
            return False
        return not any(c.dep_ in ("xcomp", "aux", "auxpass", "neg") for c in trigger.children)

    def warning(self, trigger: Token) -> bool:
        """Whether a verb of warning (``warning_verbs``) warns of what another may do or of what
        may happen, not of the warner's own act: its "that" clause has a noun phrase as subject,
        in the active voice, that is not the warner's and no word of it points back to the
        warner, and tells what may be ("could", "might", "may") or is so, not what will be done
        ("warned that the militias could attack", not "warned that it would strike", "warned
        that our forces will respond", "warned that the ships would be targeted", "warned that
        police will no longer tolerate rallies": the warner's side's act announced); or advises
        the public what to do (``public_nouns``: "warned residents to stay inside"); or warns
        of a force of nature (``hazard_nouns``: "warned of flash floods", "warned of a storm
        surge")."""
        if self._lemma(trigger) not in self.words.warning_verbs or not syntax.is_verb(trigger):
            return False
        hazards = self.words.hazard_nouns
        warned = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
        # ... the "of" phrase on the verb, or on the one warned ("warned residents of heavy
        # flooding", where the parser hangs it on "residents"; round threats42)
        of = syntax.prep_objects(trigger, ("of", "about")) + [
            o for w in warned for o in syntax.prep_objects(w, ("of", "about"))
        ]
        of += [o for p in of for o in syntax.prep_objects(p, ("of",))]  # "residents of the coast of heavy rain"
        if any(self._lemma(o) in hazards or any(self._lemma(c) in hazards for c in o.children) for o in of):
            return True  # "warned of potential flash floods": a forecast, no threat
        if any(self._lemma(c) in self.words.public_nouns for c in warned) and (
            any(c.dep_ == "xcomp" for c in trigger.children)
            or any(p.dep_ == "prep" and p.lower_ == "against" for h in (trigger, *warned) for p in h.children)
        ):
            return True  # "warned residents to stay inside", "against travelling": advice to the public
        warner = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        own = {t.lower_ for t in warner.subtree} if warner is not None else set()
        for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.i > trigger.i):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if subject is None or subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN"):
                continue
            words = [t for t in subject.subtree]
            if any(t.tag_ in ("PRP", "PRP$") for t in words):
                continue  # "our forces", "its army": the warner's
            if own and subject.lower_ in own:
                continue  # "Iran warned that Iran's navy ...": the warner named again
            auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
            if auxes & self.words.warned_auxiliaries:
                continue  # "will no longer tolerate": an act announced, maybe the warner's side's
            return True
        return False

    def danger(self, doc: Doc, ev: Event, trigger: Token) -> bool:
        """Whether a threat noun names a danger, not words said: its party only a name or a
        nationality before it, no threatened act after it ("the China threat", "the Russian threat
        to Europe": ``danger_nouns``); "Russia's threat to cut supplies" is a threat made."""
        if self._lemma(trigger) not in self.words.danger_nouns or ev.actor is None:
            return False
        actor = syntax.token_at(doc, ev.actor.span[0])
        if actor.head.i != trigger.i and not any(t.i == trigger.i for t in actor.ancestors):
            return False
        owner = actor
        while owner.head.i != trigger.i and owner.head.i != owner.i:
            owner = owner.head
        if owner.dep_ not in ("compound", "amod", "nmod"):
            return False
        acts = [c for c in trigger.children if c.dep_ in ("acl", "relcl", "xcomp") and c.tag_ == "VB"]
        return not acts and not syntax.prep_objects(trigger, ("of",))

    def exhortation(self, trigger: Token) -> bool:
        """Whether the act is urged under "let us" (``exhorting_verbs``, ``exhorted_subjects``:
        "Let us support the families", "let us recommit to delivering ..."): the clause of an
        imperative "let" with "us" as its subject, reached from the trigger through the words
        that hang it there ("to", coordination, the verb's complements)."""
        w = self.words
        tok = trigger
        for _ in range(EXHORTATION_DEPTH):
            head = tok.head
            if head == tok:
                return False
            if (
                tok.dep_ == "ccomp"
                and self._lemma(head) in w.exhorting_verbs
                and any(c.dep_ == "nsubj" and c.lower_ in w.exhorted_subjects for c in tok.children)
                and not any(c.dep_ == "nsubj" for c in head.children)
            ):
                return True
            if tok.dep_ not in ("conj", "xcomp", "pcomp", "prep", "pobj", "dobj", "ccomp", "advcl"):
                return False
            tok = head
        return False

    def ceremony(self, trigger: Token) -> bool:
        """Whether an appeal asks for a ceremony: its infinitive or its "that" clause is a verb
        of ``observance_verbs`` ("called upon all Americans to celebrate ...", "asked that the
        people honor the victims with prayer", "to give thanks"), or of ``period_verbs`` with a
        noun of ``period_nouns`` as object or in its "in" phrase ("to observe this day", "to
        participate in National Wear Red Day"; "to observe the ceasefire" stays an appeal)."""
        verb = next((t for t in (trigger, *list(trigger.ancestors)[:2]) if syntax.is_verb(t)), None)
        if verb is None or not self._asks(verb):
            return False
        asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and syntax.is_verb(c)]
        return any(self._observance(v) for a in asked for v in (a, *a.conjuncts))

    def _observance(self, verb: Token, depth: int = 0) -> bool:
        """Whether a verb asked for is a ceremony (``ceremony``), also through "in" ("join me
        *in* celebrating")."""
        w = self.words
        lemma = self._lemma(verb)
        objects = syntax.objects(verb)
        if lemma in w.observance_verbs or any(f"{lemma} {o.lower_}" in w.observance_verbs for o in objects):
            return True
        if lemma not in w.period_verbs:
            return False
        # the parse may take the period for an adverb of time ("observe *this day* by honoring")
        held = [*objects, *syntax.prep_objects(verb, ("in",)), *(c for c in verb.children if c.dep_ == "npadvmod")]
        words = [t for o in held for t in (o, *(c for c in o.children if c.dep_ in ("amod", "compound")))]
        if any(self._lemma(t) in w.period_nouns or t.lower_ in w.period_nouns for t in words):
            return True  # "honor the fallen firefighters", "observe this week"
        steps = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
        return depth < 1 and any(g.dep_ == "pcomp" and self._observance(g, depth + 1) for g in steps)

    def interviewer_question(self, trigger: Token) -> bool:
        """Whether the act is asked about by an interviewer: the sentence ends in a question mark
        on a line the interviewer's label opens, in a question-and-answer interview
        (:func:`detente.grammar.layout.interview`: "((WN)) Did the federation ever support
        you?", "Wikinews: Why did the council reject the plan?"). A question, yes-or-no or one
        with a question word, tells no act; the answer on the lines after it may."""
        sent = trigger.sent
        last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
        if last is None or last.text != "?":
            return False
        turns = layout.interview(trigger.doc)
        return turns is not None and turns.asked(sent.start_char)

    def press_query(self, trigger: Token) -> bool:
        """Whether a query noun is a reporter's: a request for comment ("ignored VOA requests for
        comment") or an inquiry asking a question ("a VOA inquiry about whether ...")."""
        w = self.words
        if not syntax.is_noun(trigger) or self._lemma(trigger) not in w.query_nouns:
            return False
        for prep in (c for c in trigger.children if c.dep_ == "prep"):
            if prep.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in w.comment_nouns for g in prep.children
            ):
                return True
            for g in prep.children:
                if g.dep_ == "pcomp" and any(m.dep_ == "mark" and m.lower_ in w.question_words for m in g.children):
                    return True  # "an inquiry about [whether Rubio has responded]"
        return False


def _set_off(tok: Token) -> bool:
    """Whether a noun phrase is set off by a comma after it: one addressed ("Mr. President, has
    ...")."""
    edge = tok.right_edge  # (the parser may hang the comma on the phrase itself)
    end = edge.i + 1
    return edge.text == "," or (end < len(tok.doc) and tok.doc[end].text == ",")


#: a transcript's speaker label at a line's start: capitals, then a colon ("THE PRESIDENT:", "MS.
#: PSAKI:", "SECRETARY BLINKEN:")
_SPEAKER_LABEL = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}:")


def _same_kind(tok: Token, head: Token) -> bool:
    """Whether a conjunct and the one it is joined to are both nouns, or both gerunds: one of
    several topics ("discussed trade, and U.S. support for Kyiv", "discussed advancing human
    rights, strengthening regional security and ending the war": round retype39)."""
    if syntax.is_noun(tok) and syntax.is_noun(head):
        return True
    return tok.tag_ == "VBG" and head.tag_ == "VBG"


def _to_gerund(tok: Token) -> bool:
    """Whether a gerund is told with a "to" the parser took for its infinitive marker ("looks
    forward *to* warmly *welcoming*"), or the bare verb said in the gerund's place ("I look
    forward *to sit down* with you", "we look forward *to meet* with": the spoken slip; round
    fixes44)."""
    return tok.tag_ in ("VBG", "VB") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
