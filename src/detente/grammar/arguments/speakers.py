"""Who said it: a quotation's speaker, told before, after or around it, and the speaker of a
reported clause."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.grammar.arguments.base import ArgumentFinderBase
from detente.grammar.arguments.clauses import QUOTATION_SPEAKERS_KEY, QUOTE_ATTRIBUTION_REACH, _inverted_subject


class Speakers(ArgumentFinderBase):
    """Who said it."""

    def speaker(self, tok: Token) -> Token | None:
        """Who reports the event: the subject of a reporting verb above it, or 'according to X';
        in a quotation that runs over several sentences, the one it is attributed to where it
        opens or closes ('"This is a hard time for Europe. *We* condemn the attack on our plants.
        We urge Hungary to lift its veto," *the minister* said')."""
        found = self.clause_speaker(tok)
        if found is not None:
            return found
        runs = self._quotation_speakers(tok.doc)
        # the last run starting at or before the token (``Token.sent`` scans the whole text)
        k = bisect.bisect_right(runs, (tok.i, len(tok.doc), len(tok.doc))) - 1
        if k >= 0 and runs[k][0] <= tok.i < runs[k][1]:
            return tok.doc[runs[k][2]]
        return None

    def _quotation_speakers(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The speakers of the quotations that run over several sentences of one paragraph, as
        (first token, end token, speaker token) in text order: the subject of the reporting verb
        before the opening mark ('X wrote: "...') or after the closing one ('...," X said').
        Read once per article and kept with its parse (``doc.user_data``)."""
        cached: list[tuple[int, int, int]] | None = doc.user_data.get(QUOTATION_SPEAKERS_KEY)
        if cached is not None:
            return cached
        found: list[tuple[int, int, int]] = []
        run: list[Span] = []  # the sentences of the quotation open at the end of the last one
        previous: Span | None = None
        # the speaker of the quotation that the sentence before closed ('..., *he* said.'): an
        # unattributed quotation that opens the next sentence goes on in the same voice
        # ('"... take them," he said. "The Thai government shouldn't give them back."')
        last: tuple[int, Token] | None = None
        carried: Token | None = None  # that speaker, for the quotation open now
        text = doc.text  # ``Doc.text`` joins every token anew: read once
        for k, sent in enumerate(doc.sents):
            gap = text[previous.start_char : sent.start_char] if previous is not None else ""
            lead = sent.text[: len(sent.text) - len(sent.text.lstrip())]
            if "\n" in gap[len(gap.rstrip()) :] + lead:
                run = []  # a paragraph break: no quotation runs on past it
            marks = [t for t in sent if t.text in syntax.DOUBLE_QUOTES]
            went_on = last[1] if last is not None and last[0] == k - 1 else None
            closed = marks[-1] if marks and (len(marks) % 2 == 0 or run) else None
            last = None
            if run:
                run.append(sent)
                if len(marks) % 2 == 1:  # it closes here
                    speaker = self._said_after(sent, marks[0]) or self._said_before(run[0])
                    if speaker is None and self._opens_with_quote(run[0]):
                        speaker = carried
                    if speaker is not None:
                        found.append((run[0].start, run[-1].end, speaker.i))
                    run = []
            elif len(marks) % 2 == 1:
                run = [sent]  # a quotation opens here and runs on
                carried = went_on
            elif went_on is not None and len(marks) == 2 and self._whole_quote(sent, marks):
                found.append((sent.start, sent.end, went_on.i))  # a quoted sentence, unattributed
            if closed is not None:
                said = self._said_after(sent, closed, pronouns=True)
                last = (k, said) if said is not None else None
            previous = sent
        doc.user_data[QUOTATION_SPEAKERS_KEY] = found
        return found

    @staticmethod
    def _opens_with_quote(sent: Span) -> bool:
        """Whether the sentence's first word is an opening quotation mark."""
        first = next((t for t in sent if not t.is_space), None)
        return first is not None and first.text in syntax.DOUBLE_QUOTES

    def _whole_quote(self, sent: Span, marks: list[Token]) -> bool:
        """Whether the sentence is one quotation from end to end, with no reporting verb
        ('"The Thai government shouldn't give them back."')."""
        if not self._opens_with_quote(sent):
            return False
        after = [t for t in sent if t.i > marks[1].i and not t.is_space]
        return all(t.is_punct for t in after)

    def _said_before(self, sent: Span) -> Token | None:
        """The speaker of the reporting verb nearest before the last quotation mark of the sentence
        that opens a quotation ('the minister *wrote* on social media: "...'), in the words since
        the mark before it."""
        marks = [t for t in sent if t.text in syntax.DOUBLE_QUOTES]
        start = marks[-2].i + 1 if len(marks) > 1 else sent.start
        return self._said_in(reversed(sent.doc[start : marks[-1].i]))

    def _said_after(self, sent: Span, closing: Token, pronouns: bool = False) -> Token | None:
        """The speaker of a reporting verb right after the closing mark ('...," *the minister
        said*', '...," said *the minister*'), before any other quotation; with ``pronouns``, a
        pronoun too ('...," *he* said')."""
        after: list[Token] = []
        for t in sent.doc[closing.i + 1 : min(sent.end, closing.i + 1 + QUOTE_ATTRIBUTION_REACH)]:
            if t.text in syntax.DOUBLE_QUOTES:
                break
            after.append(t)
        return self._said_in(after, pronouns)

    def _said_in(self, tokens: Iterable[Token], pronouns: bool = False) -> Token | None:
        """The subject of the first reporting verb among ``tokens`` (a noun or a name)."""
        for verb in tokens:
            if syntax.is_verb(verb) and self.lemma(verb) in self.lex.roles.reporting_verbs:
                subj = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
                if not subj and self.lemma(verb) not in self.lex.roles.addressing_verbs:
                    subj = _inverted_subject(verb)  # '"...," said *the minister*'
                if not subj and verb.dep_ == "advcl" and verb.tag_ == "VBG" and syntax.is_verb(verb.head):
                    # 'the minister spoke to reporters, *saying*: "...': the one who spoke
                    subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
                kinds = ("PROPN", "NOUN", "PRON") if pronouns else ("PROPN", "NOUN")
                return subj[0] if subj and subj[0].pos_ in kinds and subj[0].lower_ not in syntax.FIRST_PERSON else None
        return None

    def clause_speaker(self, tok: Token) -> Token | None:
        """The subject of a reporting verb above ``tok`` in its sentence, or 'according to X'."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                for to in prep.children:
                    objs = [g for g in to.children if g.dep_ == "pobj"]
                    if to.lower_ == "to" and objs:
                        return objs[0]
        cur = tok
        for _ in range(4):
            inverted = self._reported_after_quote(cur)
            if inverted is not None:
                return inverted
            if cur.dep_ in ("ccomp", "parataxis") and self.lemma(cur.head) in self.lex.roles.reporting_verbs:
                subj = [c for c in cur.head.children if c.dep_ in syntax.SUBJECT_DEPS]
                if not subj and cur.i < cur.head.i and self.lemma(cur.head) not in self.lex.roles.addressing_verbs:
                    subj = _inverted_subject(cur.head)  # '"...," tweeted *the minister*'
                if not subj and cur.head.dep_ == "advcl" and cur.head.tag_ == "VBG" and syntax.is_verb(cur.head.head):
                    # "the army arrested 12 men, *claiming* they were spies": the one who arrested them
                    subj = [c for c in cur.head.head.children if c.dep_ == "nsubj"]
                return subj[0] if subj else None
            if cur.dep_ in ("acl", "ccomp") and syntax.is_noun(cur.head) and syntax.is_verb(cur.head.head):
                # "issued a reminder to Iraq that it must cooperate": the issuer speaks
                subj = [c for c in cur.head.head.children if c.dep_ in syntax.SUBJECT_DEPS]
                if subj and cur.head.dep_ in ("dobj", "pobj"):
                    return subj[0]
            if cur.head == cur:
                return None
            cur = cur.head
        return None

    def _reported_after_quote(self, verb: Token) -> Token | None:
        """The speaker of a quotation whose reporting verb follows its closing mark and which the
        parser coordinated with the quoted verb ('"We stand ready," *tweeted Johnson*', '"...,"
        *wrote the minister*'): that verb's subject."""
        doc = verb.doc
        for c in verb.children:
            if c.dep_ not in ("conj", "parataxis", "advcl") or c.i <= verb.i:
                continue
            if self.lemma(c) not in self.lex.roles.reporting_verbs:
                continue
            before = [doc[i] for i in range(max(verb.i, c.i - 2), c.i)]
            if not any(t.is_quote for t in before):
                continue
            if any(t.dep_ == "cc" for t in before):
                continue  # 'attacked "in self-defence" and told reporters': a second act, no attribution
            subj = [g for g in c.children if g.dep_ in syntax.SUBJECT_DEPS]
            if not subj and self.lemma(c) not in self.lex.roles.addressing_verbs:
                subj = _inverted_subject(c)
            return subj[0] if subj else None
        return None
