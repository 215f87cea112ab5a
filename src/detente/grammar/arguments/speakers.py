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
        """The speakers of the quotations told with no attribution of their own, as (first token,
        end token, speaker token) in text order: a quotation that runs over several sentences of
        one paragraph, said by the subject of the reporting verb before the opening mark ('X
        wrote: "...') or after the closing one ('...," X said'); and a quotation that goes on
        with no speaker of its own, said by the one who spoke just before (:meth:`_carried`).
        Read once per article and kept with its parse (``doc.user_data``)."""
        cached: list[tuple[int, int, int]] | None = doc.user_data.get(QUOTATION_SPEAKERS_KEY)
        if cached is not None:
            return cached
        found: list[tuple[int, int, int]] = []
        run: list[Span] = []  # the sentences of the quotation open at the end of the last one
        previous: Span | None = None
        carried: Token | None = None  # who spoke the quotation just before (:meth:`_carried`)
        text = doc.text  # ``Doc.text`` joins every token anew: read once
        for sent in doc.sents:
            gap = text[previous.start_char : sent.start_char] if previous is not None else ""
            lead = sent.text[: len(sent.text) - len(sent.text.lstrip())]
            marks = [t for t in sent if t.text in syntax.DOUBLE_QUOTES]
            if "\n" in gap[len(gap.rstrip()) :] + lead:
                run = []  # a paragraph break: no quotation runs on past it
                # ... but a paragraph that ends by announcing it ('X told VOA:') gives its speaker
                carried = self._announced(previous) if previous is not None else None
            if run:
                run.append(sent)
                if len(marks) % 2 == 1:  # it closes here
                    speaker = self._said_after(sent, marks[0]) or self._read_after(sent, marks[0])
                    speaker = speaker or self._said_before(run[0])
                    speaker = speaker or self._unattributed(run, carried)
                    if speaker is not None:
                        found.append((run[0].start, run[-1].end, speaker.i))
                    # ('"...," *he* said.': the pronoun is no speaker of the run, which the resolver
                    # reads on its own, but the next quotation goes on in its voice)
                    carried = speaker or self._said_after(sent, marks[0], pronouns=True)
                    run = []
            elif len(marks) % 2 == 1:
                run = [sent]  # a quotation opens here and runs on
            elif marks:
                said = self._said_after(sent, marks[1], pronouns=True) or self._said_in(
                    reversed(doc[sent.start : marks[0].i]), pronouns=True
                )
                read = self._read_after(sent, marks[1])
                if read is not None:
                    found.append((marks[0].i, marks[1].i + 1, read.i))  # the words between the marks
                speaker = said or read or self._unattributed([sent], carried)
                if said is None and read is None and speaker is not None:
                    found.append((sent.start, sent.end, speaker.i))
                carried = speaker
            elif not (sent.text.rstrip().endswith(":") or self._announced(sent)):
                carried = None  # the text's own voice comes between
            previous = sent
        doc.user_data[QUOTATION_SPEAKERS_KEY] = found
        return found

    def _unattributed(self, sents: list[Span], carried: Token | None) -> Token | None:
        """Who says a quotation that names no speaker of its own: ``carried``, the one who spoke
        the quotation just before it in the same paragraph with no words of the text's own
        between ('"We are ignored," *Lenoir* told VOA. "Nobody asks us. We urge ..."'), or the one
        the paragraph before announced ('*Lenoir* told VOA:' / '"We urge ..."'), when the
        quotation is the whole of its sentences (it opens the first and closes the last)."""
        if carried is None:
            return None
        first = next((t for t in sents[0] if not t.is_space), None)
        last = next((t for t in reversed(sents[-1]) if not (t.is_space or (t.is_punct and not t.is_quote))), None)
        if first is None or last is None or first.text not in syntax.DOUBLE_QUOTES:
            return None
        return carried if last.text in syntax.DOUBLE_QUOTES else None

    def _announced(self, sent: Span) -> Token | None:
        """The speaker a sentence with no quotation marks announces with a colon at its end ('The
        minister *told* VOA:'), the subject of its reporting verb."""
        if any(t.text in syntax.DOUBLE_QUOTES for t in sent) or not sent.text.rstrip().endswith(":"):
            return None
        return self._said_in(reversed(sent), pronouns=True)

    def _said_before(self, sent: Span) -> Token | None:
        """The speaker of the reporting verb nearest before the last quotation mark of the sentence
        that opens a quotation ('the minister *wrote* on social media: "...'), in the words since
        the mark before it."""
        marks = [t for t in sent if t.text in syntax.DOUBLE_QUOTES]
        start = marks[-2].i + 1 if len(marks) > 1 else sent.start
        return self._said_in(reversed(sent.doc[start : marks[-1].i]))

    def _said_after(self, sent: Span, closing: Token, pronouns: bool = False) -> Token | None:
        """The speaker of a reporting verb right after the closing mark ('...," *the minister
        said*', '...," said *the minister*'), or of "according to" there ('...," according to
        *the minister*'), before any other quotation."""
        after: list[Token] = []
        for t in sent.doc[closing.i + 1 : min(sent.end, closing.i + 1 + QUOTE_ATTRIBUTION_REACH)]:
            if t.text in syntax.DOUBLE_QUOTES:
                break
            after.append(t)
        for t in after[:2]:  # '...," *according to* the minister'
            if t.lower_ == "according" and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].lower_ == "to":
                named = [g for g in sent.doc[t.i + 1].children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
                return named[0] if named else None
        return self._said_in(after, pronouns)

    def _read_after(self, sent: Span, closing: Token) -> Token | None:
        """The document a verb of ``document_verbs`` sets right after the closing mark ('...,"
        *read the statement*'), which speaks the quotation."""
        for t in sent.doc[closing.i + 1 : min(sent.end, closing.i + 3)]:
            if syntax.is_verb(t) and self.lemma(t) in self.lex.roles.document_verbs:
                named = _inverted_subject(t) or [c for c in t.children if c.dep_ in syntax.SUBJECT_DEPS and c.i > t.i]
                return named[0] if named and named[0].pos_ == "NOUN" else None
        return None

    def _said_in(self, tokens: Iterable[Token], pronouns: bool = False) -> Token | None:
        """The subject of the first reporting verb among ``tokens`` (a noun or a name, or with
        ``pronouns`` also "he" or "she", which the resolver reads as the person named before).
        A participle with no subject of its own is said by its governing verb's subject ('the
        company confirmed it in a filing, *writing* "..."': the company)."""
        for verb in tokens:
            if syntax.is_verb(verb) and self.lemma(verb) in self.lex.roles.reporting_verbs:
                subj = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
                if not subj and self.lemma(verb) not in self.lex.roles.addressing_verbs:
                    subj = _inverted_subject(verb)  # '"...," said *the minister*'
                if not subj and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and syntax.is_verb(verb.head):
                    subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and (subj[0].pos_ in ("PROPN", "NOUN") or (pronouns and subj[0].lower_ in ("he", "she"))):
                    return subj[0]
                return None
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
