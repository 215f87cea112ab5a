"""Acts told on a condition ("until the U.S. stops"), as the consequence of another, as a
refusal, or as what an obligation or a failing makes of them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.grammar import syntax
from detente.grammar.triggers import Reading
from detente.pipeline.work import OWN_VOICE, Candidate
from detente.stages.events.base import FindEventsBase
from detente.stages.events.grammar import (
    _SPEAKERS_SIDE,
    _before_subject,
    _first_person,
    _own_subject,
    _verdict_candidate,
)


class Conditions(FindEventsBase):
    """Acts told on a condition, as a consequence or as a refusal."""

    def _fact(self, head: Token, c: Reading) -> tuple[Reading, str] | None:
        """The reading to report and how it stands: "asserted" (also a negation re-coded as a
        refusal, "will not accept refugees"), "condition" or "negated"; None when not reported."""
        refused_only = self.triggers.lemma(head) in self.lex.marks.refused_only_verbs
        if syntax.is_imperative(head):
            return None  # "Stop blocking aid to ...", "Release the hostages": a command, nothing done
        if not self._not_a_fact(head):
            return None if refused_only else (c, "asserted")
        refusal = self._refusal(head, c)
        if refusal is not None:
            return refusal, "asserted"
        if refused_only:
            return None  # "will consider the request": no act, and no refusal either
        if self._conditional(head) or self._conditional_noun(head) or self._consequence(head):
            return c, "condition"  # kept to be nested as the condition of the event it qualifies
        if syntax.is_negated(head):
            return c, "negated"
        return None

    def _refusal(self, head: Token, c: Reading) -> Reading | None:
        """'will not accept refugees' is a refusal; a negated attack stays an attack, negated."""
        frame = self.lex.negation_frame
        if frame is None or not syntax.is_negated(head) or self._conditional(head):
            return None
        inner_type = c.inner.type if c.kind == "frame" and c.inner is not None else c.type
        pending = any(m.dep_ == "advmod" and m.lower_ in self.lex.marks.pending_words for m in head.children)
        if pending and self.triggers.lemma(head) not in self.lex.marks.pending_refused_verbs:
            return None  # "has not yet endorsed her": not done so far, no refusal made
        if any(
            c.dep_ in ("ccomp", "advcl")
            and any(m.dep_ == "mark" and m.lower_ in self.lex.marks.doubt_marks for m in c.children)
            for c in head.children
        ):
            return None  # "could not guarantee whether the talks would resume": a doubt
        if self._habit(head):
            return None  # "I never negotiate in public": a habit, no refusal made
        if self._lasting(head):
            return None  # "have not held talks since 2019": a state lasting, no refusal made
        if (
            c.type not in self.lex.types.negation_refusal_types
            and inner_type not in self.lex.types.negation_refusal_types
        ):
            return None  # "did not attack" is a negated attack, not a refusal
        cameo = frame.result(c.cameo, c.type)
        if cameo is None or self.ontology.to_plover(cameo).type == c.type:
            return None
        inner = c.inner if c.kind == "frame" and c.inner is not None else c
        return Reading(
            cameo, self.ontology.to_plover(cameo).type, c.trigger, "frame", f"negated {c.source}", inner, frame, c.head
        )

    def _habit(self, head: Token) -> bool:
        """A verb in the simple present, with no auxiliary, negated by one of ``habit_negations``
        ("I *never negotiate* in public", "Washington *never negotiates* with terrorists"): what
        the party does not do as a rule, not a refusal of an act put to it now."""
        children = list(head.children)
        return (
            head.tag_ in ("VBP", "VBZ")
            and any(c.dep_ == "neg" and c.lower_ in self.lex.marks.habit_negations for c in children)
            and not any(c.dep_ in ("aux", "auxpass") for c in children)
        )

    def _lasting(self, head: Token) -> bool:
        """A verb in the perfect whose span opens with one of ``lasting_negation_marks`` ("Kenya and
        Uganda *have not held* talks *since 2019*", "have not met since the war ended"): the act
        not done over a span, a state of affairs, not a refusal made (precision48)."""
        marks = self.lex.marks.lasting_negation_marks
        children = list(head.children)
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
            return False
        return any(
            (c.dep_ == "prep" and c.lower_ in marks)
            or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children))
            for c in children
        )

    def _consequence(self, tok: Token) -> bool:
        """What doing something would bring about: a modal verb whose subject is a clause ("*to
        hold the vote tomorrow would force* voters to ...", "*holding* talks now *could* anger
        Moscow"), a hypothetical consequence, not an act (nor a threat) of anyone."""
        return any(c.dep_ == "csubj" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ in self.lex.marks.ultimatum_auxiliaries for c in tok.children
        )

    @staticmethod
    def _act_as_subject(tok: Token) -> bool:
        """A kind of act named as the subject of a judgement, a gerund with no subject of its own
        ("*attacking* civilians is a war crime", "*denying* them citizenship violated the
        amendment", "*closing* the border hurt traders"): what the clause says is about the act
        in general, no one is told to have done it here. The gerund opens its clause before the
        verb it is the subject of; one after a comma is a participle the parser misread ("lodged a
        protest, *charging* its neighbour with ...": the charge is the subject's)."""
        if tok.dep_ not in ("csubj", "csubjpass") or tok.tag_ != "VBG" or tok.i > tok.head.i:
            return False
        start = tok.left_edge.i
        if start > tok.sent.start and tok.doc[start - 1].text == ",":
            return False  # "lodged a protest, *charging* its neighbour with ...": a participle the parser misread
        return not any(c.dep_ in ("nsubj", "nsubjpass", "poss", "agent") for c in tok.children)

    def _conditional_noun(self, tok: Token) -> bool:
        """A noun event in the subject or object of a conditional clause ("until their demands are met")."""
        cur = tok
        while cur.dep_ in ("pobj", "prep", "compound", "conj", "nsubj", "nsubjpass", "dobj") and cur.head != cur:
            cur = cur.head
            if syntax.is_verb(cur):
                return self._conditional(cur)
        return False

    def _obligations(self, sent: Span, number: int) -> tuple[list[Candidate], set[int]]:
        """'Russia said Sudan must return the helicopter': a demand by Russia on Sudan. With the
        demands, the acts the speaker's own side says it must or has to do ("we must get Brexit
        done", "we have to ask European countries", "we have to put aside differences and stop
        attacking each other"): a resolve, neither a demand on a party nor an act done."""
        cameo = self.lex.obligation_cameo
        if cameo is None:
            return [], set()
        out = []
        resolves: set[int] = set()
        # start from the few auxiliaries ("must"), not from every token
        must = self.lex.marks.obligation_auxiliaries
        # ... set after the subject: one set before it opens a condition or asks a question
        # ("..., *should Russia* continue to escalate", "should Iran comply"), no demand
        obliged = {a.head: a.head for a in sent if a.dep_ == "aux" and a.lower_ in must and not _before_subject(a)}
        # "Israel needs to stop the settlements", "Russia has to withdraw": the verb of need
        # speaks (and has the subject), the act needed is the demand's wording
        obliged.update(
            (act, need)
            for need in sent
            if need.pos_ in ("VERB", "AUX")
            and need.tag_ not in ("VBD", "VBN")  # "they had to flee" tells what happened
            and self.triggers.lemma(need) in self.lex.marks.obligation_verbs
            # "Uganda has yet to respond" tells what has not happened yet
            and not any(c.dep_ == "advmod" and c.lower_ in self.lex.marks.not_yet_words for c in need.children)
            for act in need.children
            if act.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        )
        # "it is critical that Lebanese leaders form a government": the copula of necessity speaks,
        # the clause's verb is the act demanded of its own subject
        necessary = {
            act: verb
            for verb in sent
            if self.triggers.lemma(verb) == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
            and any(c.dep_ == "acomp" and c.lower_ in self.lex.marks.obligation_adjectives for c in verb.children)
            for act in verb.children
            if act.dep_ == "ccomp" and act.i > verb.i and syntax.is_verb(act)
        }
        obliged.update(necessary)
        # "stressed the need for Iran to drop its demands": the noun of need, its "for" clause's verb
        needed = {
            act: noun
            for noun in sent
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in self.lex.marks.obligation_nouns
            for act in noun.children
            if act.dep_ in ("advcl", "acl", "relcl")
            and syntax.is_verb(act)
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        }
        obliged.update(needed)
        # ... and the verb by which an act or a thing shows the need is no appeal of its own
        # ("the killings highlight the need for an end to the fighting": verbs.yaml "highlight
        # [need]" with no party as subject)
        resolves.update(
            noun.head.i
            for noun in sent
            if noun.dep_ == "dobj"
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.lex.marks.obligation_nouns
            and any(self._mute_stresser(s) for s in noun.head.children if s.dep_ == "nsubj")
        )
        # "she hopes Japan will free the fishermen": the verb of wishing, its clause's verb
        hoped = {
            act: wish
            for wish in sent
            if syntax.is_verb(wish)
            and self.triggers.lemma(wish) in self.lex.marks.wish_verbs
            and not syntax.is_negated(wish)
            for act in wish.children
            if act.dep_ == "ccomp"
            and act.i > wish.i
            and syntax.is_verb(act)
            and self.triggers.lemma(act) not in self.lex.marks.wish_outcome_verbs  # "hopes Trump will win"
            and any(c.dep_ == "aux" and c.lower_ in self.lex.marks.wish_modals for c in act.children)
        }
        obliged.update(hoped)
        # "it is now for Russia to accept it", "it is up to Moscow to show ...": the copula
        # speaks, the infinitive is the act demanded of the party whose turn it is
        onus = self._onus(sent)
        obliged.update((act, be) for act, (be, _party) in onus.items())
        # "the ball is now in Russia's court": the same onus, told by the idiom of a turn
        out.extend(self._turns(sent, number, cameo))
        for tok, need in sorted(obliged.items(), key=lambda kv: kv[0].i):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if need.i != tok.i and (syntax.is_negated(need) or syntax.is_negated(tok)):
                continue  # "Uganda does not need to respond", "has to not ...": no demand made
            if (
                need.i == tok.i
                and tok.dep_ == "ccomp"
                and self.triggers.lemma(tok.head) in self.lex.roles.asserting_demand_verbs
                and self.triggers.lemma(tok.head) in self.lex.frames
            ):
                continue  # "insisted that Iran must halt ...": the demand frame codes the clause once
            if need.i == tok.i and tok.dep_ == "acl" and tok.head.lemma_.lower() in self.lex.marks.disputed_idea_nouns:
                # "challenged the assumption that workers must tolerate ...": the idea told, no
                # demand, and no act done either
                resolves.add(tok.i)
                continue
            # a prohibition is a demand too ("Thailand should not send them back" asks Thailand),
            # and never a refusal by the one told not to act
            prohibited = need.i == tok.i and syntax.is_negated(tok)
            # the speaker of the clause: in a quotation over several sentences, what one must do
            # is mostly the speaker's view ("every society needs to respect ..."), not a demand
            speaker = self._need_stresser(need) if tok in needed else self.args.clause_speaker(need)
            # "these reports underscore the need for Mali to grant access", "the violence
            # illustrates the need for the parties to talk": an act or a thing that shows a need
            # asks nothing of anyone; the demand is the voice's that tells it (a statement's
            # issuers, the one quoted), its verb the clause it is told in
            voiced = need
            if tok in needed and speaker is not None and self._mute_stresser(speaker):
                speaker = None
                resolves.add(tok.i)  # the act needed is not done either
                if need.dep_ == "dobj":
                    voiced = need.head
            subj = [
                c
                for c in (tok if tok in necessary or tok in needed or tok in hoped else need).children
                if c.dep_ in syntax.SUBJECT_DEPS
            ]
            if tok in onus:
                subj = [onus[tok][1]]
                if not self._prohibited_party(tok, subj[0]):
                    continue  # "it is up to the voters to ...": no named party
                # a party's turn is put to it whoever voices it, also deep in a long quotation
                speaker = self.args.speaker(need)
            if tok in hoped:
                if not subj or not self._prohibited_party(tok, subj[0]):
                    continue  # "hopes the talks will succeed", "hopes his party will win": no appeal
                speaker = self._wisher(need)
                if speaker is None:
                    continue  # "investors hope the Fed will cut rates": a sentiment, no statement
            if any(c.pos_ == "PRON" and c.lower_ in _SPEAKERS_SIDE for c in subj):
                resolves.add(tok.i)
                resolves.update(c.i for c in tok.conjuncts if syntax.is_verb(c) and not _own_subject(c))
                continue
            if need.i != tok.i and (
                any(_first_person(c) for c in subj) or self._conditioned(need) or need.dep_ == "relcl"
            ):
                continue  # "we need to be firm", "if ..., Facebook has to ...", "what we need to do"
            if not subj:
                continue
            if prohibited and not self._prohibited_party(tok, subj[0]):
                continue  # "incidents like this should not happen", "the world must not forget"
            if speaker is None and tok not in hoped and self._prohibited_party(tok, subj[0]):
                # what a named party must or must not do, in a quotation whose speaker is told in
                # another sentence ('"... take them," he said. "The Thai government shouldn't give
                # them back."'): a demand on that party by the speaker, not a view (round speech35)
                speaker = self.args.speaker(tok)
            if speaker is None and not self._own_voice_demand(tok, voiced, subj, sent):
                if prohibited:
                    resolves.add(tok.i)  # '"Kenya should not hand them over."' with no speaker: no act
                continue
            out.append(
                _verdict_candidate(
                    number,
                    tok,
                    cameo,
                    syntax.with_conjuncts([speaker]) if speaker is not None else [],
                    syntax.with_conjuncts(subj),
                    speaker,
                    # in the text's own voice ("Iran must free the journalists"): the issuers the
                    # statement declares, read by build, else no one's
                    source="obligation" if speaker is not None else OWN_VOICE,
                    # the appeal is made now, whatever the future of the act hoped for
                    fact="wished" if tok in hoped else "asserted",
                )
            )
            if tok in needed and need.dep_ == "dobj" and speaker is not None:
                # "underscored the need for Kenya to reform": the verb that stresses the need
                # (a REQUEST pattern of its own, "stress [need]") is this demand, said once
                resolves.add(need.head.i)
        return out, resolves

    def _mute_stresser(self, head: Token) -> bool:
        """Whether what stresses or shows a need is an act or a thing, no party ("*the
        boycott* underscores the need for ...", "*these reports* illustrate the need for ..."),
        as a demand in the text's own voice tells it; not a pronoun, a name, an armed force
        ("*foreign forces*"), nor a text, which speaks for its issuer ("*the statement* stresses")."""
        if head.pos_ != "NOUN":
            return False
        lemma = self.triggers.lemma(head)
        if lemma in self.lex.roles.document_nouns:
            return False  # "the statement stresses the need for ...": its issuer's words
        return (lemma in self.lex.nouns and lemma not in self.lex.roles.force_nouns) or self.args.thing(head)

    def _onus(self, sent: Span) -> dict[Token, tuple[Token, Token]]:
        """The acts said to be a named party's turn ("it is now *for Russia* to accept it", "it
        was *up to Moscow* to show ..."): the infinitive, with the copula of "it" and the party."""
        marks = self.lex.marks.onus_marks
        moments = self.lex.marks.onus_nouns
        out: dict[Token, tuple[Token, Token]] = {}
        for be in sent:
            if syntax.is_negated(be):
                continue
            # "it is (high) time for Moscow to ...", "the time has come for the junta to ...": the
            # noun of the moment, whose clause (or the verb's) is the act
            moment = [
                c
                for c in be.children
                if c.lemma_.lower() in moments
                and c.pos_ == "NOUN"
                and (
                    (c.dep_ == "attr" and self.triggers.lemma(be) == "be")
                    or (c.dep_ == "nsubj" and self.triggers.lemma(be) in self.lex.marks.onus_arrival_verbs)
                )
            ]
            if moment:
                acts = [*be.children, *moment[0].children]
            elif self.triggers.lemma(be) != "be":
                continue
            else:
                acts = list(be.children)
            if not moment and not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
                continue
            if (
                moment
                and moment[0].dep_ == "attr"
                and not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)
            ):
                continue  # "this is the time for ...": no onus put
            if not moment and any(
                c.dep_ == "attr" or (c.dep_ == "acomp" and c.lower_ not in self.lex.marks.obligation_adjectives)
                for c in be.children
            ):
                continue  # "it is hard for Kyiv to accept", "it was a first for Rome to ...": no demand
            # "up to Moscow": the object of the "to" that hangs on "up"
            up = [
                p
                for c in be.children
                if c.dep_ == "prep" and c.lower_ == "up" and "up" in marks
                for t in c.children
                if t.dep_ == "prep" and t.lower_ == "to"
                for p in t.children
                if p.dep_ == "pobj"
            ]
            for act in acts:
                if act.dep_ not in ("advcl", "xcomp", "relcl", "acl") or act.i < be.i or not syntax.is_verb(act):
                    continue
                if act.dep_ in ("relcl", "acl") and act.head.i == be.i:
                    continue  # only the moment's own clause
                if not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
                    continue
                if self.triggers.lemma(act) in self.lex.marks.onus_choice_verbs:
                    continue  # "it is up to the voters to decide": a choice left, no demand
                own = [
                    c
                    for c in act.children
                    if c.dep_ == "nsubj" and any(m.dep_ == "mark" and m.lower_ in marks for m in act.children)
                ]
                party = (own or up)[:1]
                if party:
                    out[act] = (be, party[0])
        return out

    def _turns(self, sent: Span, number: int, cameo: str) -> list[Candidate]:
        """The onus told by the idiom of a turn ("the ball is now *in Russia's court*", said by
        someone): a demand (REQUEST) by the speaker on the named party that owns the place
        (``onus_turn_nouns``, ``onus_turn_places``); not a negated one, nor one without a named
        party ("the ball is in your court") or without a speaker."""
        marks = self.lex.marks
        out = []
        for be in sent:
            if self.triggers.lemma(be) != "be" or syntax.is_negated(be):
                continue
            if not any(c.dep_ == "nsubj" and self.triggers.lemma(c) in marks.onus_turn_nouns for c in be.children):
                continue
            parties = [
                owner
                for prep in be.children
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for place in prep.children
                if place.dep_ == "pobj" and self.triggers.lemma(place) in marks.onus_turn_places
                for owner in place.children
                if owner.dep_ == "poss" and self._named_side(owner)
            ]
            speaker = self.args.speaker(be) if parties else None
            if speaker is None:
                continue
            out.append(
                _verdict_candidate(
                    number,
                    be,
                    cameo,
                    syntax.with_conjuncts([speaker]),
                    syntax.with_conjuncts(parties[:1]),
                    speaker,
                    source="obligation",
                )
            )
        return out

    def _wisher(self, wish: Token) -> Token | None:
        """Who voices a wish as an appeal: the one who reports it ("*she* said she hopes ...",
        "*the minister* said Ukraine hopes ...": an analyst who reports a state's hope is no
        speaker of that state, and the filter drops a commentator's act), else the subject of the
        verb of wishing where it is a named state, body or person ("*Washington* hopes Beijing
        will ..."); the speaker of the quotation for a first person ('"We hope Russia will ...,"
        the minister said'). None for a sentiment nobody states ("investors hope the Fed will
        ...", "many Syrians hope ...")."""
        subj = [c for c in wish.children if c.dep_ in syntax.SUBJECT_DEPS]
        if not subj:
            return None
        if _first_person(subj[0]):
            return self.args.speaker(wish)
        reporter = self.args.clause_speaker(wish)
        if reporter is not None:
            return reporter
        named = subj[0].pos_ == "PROPN" and subj[0].ent_type_ in syntax.PARTY_ENTITIES - {"NORP"}
        return subj[0] if named else None

    def _conditioned(self, verb: Token) -> bool:
        """A clause that holds only under a condition of its own ("if ..., X has to ...")."""
        marks = self.lex.marks.conditional_marks
        return any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children
        )

    def _not_a_fact(self, tok: Token) -> bool:
        """Negated, a condition ("until the U.S. stops its strikes"), a consequence ("holding
        the vote would force ..."), or a kind of act judged ("attacking civilians is a crime")."""
        if syntax.is_negated(tok) or self._consequence(tok) or self._act_as_subject(tok):
            return True
        cur = tok
        if syntax.is_noun(tok):
            # a noun event takes the clause it sits in ("until their demands are met")
            while cur.dep_ in ("pobj", "prep", "compound", "conj") and cur.head != cur:
                cur = cur.head
            if cur.dep_ in ("nsubj", "nsubjpass", "dobj") and cur.head != cur:
                if cur.dep_ == "dobj" and self.triggers.lemma(cur.head) in self.lex.roles.presupposing_verbs:
                    return False
                cur = cur.head
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in self.lex.marks.conditional_marks for c in cur.children):
                return True
            if self._inverted_condition(cur):
                return True
            if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
                if syntax.is_negated(cur.head) and cur.dep_ == "xcomp":
                    return True
                cur = cur.head
                continue
            break
        return bool(tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("without",))
