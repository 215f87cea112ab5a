"""The judging stage: the learned model decides on the events the patterns propose.

For each sentence, every candidate the patterns found is scored over the 16 PLOVER types and
"no event"; the model may drop it (it is not an event), re-type it, or keep it. In a sentence
where no pattern fires, verbs with a subject are scored too, and the best one may become an
event, its actor and recipient found by the same argument rules the patterns use. The
thresholds of each decision are stored with the model (see :class:`~detente.model.Thresholds`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import numpy as np
from spacy.tokens import Doc, Span, Token

from detente.grammar import syntax
from detente.grammar.arguments import ASKED_PREPS, ArgumentFinder, acting_sides, addressees
from detente.grammar.triggers import Reading, TriggerReader
from detente.knowledge.lexicon import Lexicon
from detente.knowledge.ontology import Ontology
from detente.model.artefact import NONE, EventModel
from detente.model.features import (
    NAME_TYPES,
    RECIPIENT_DEPS,
    candidate_features,
    candidate_vector,
    recipient_features,
    recipient_path,
    recipient_vector,
    sentence_features,
)
from detente.pipeline.work import HELD_STATE, OWN_VOICE, UNAIMED_THREAT, UNNAMED_ATTACK, Candidate, Work

#: clause roles in which a verb the patterns do not know may report an event
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "advcl"})


@dataclass(frozen=True, slots=True)
class Option:
    """A candidate as the model sees it: the type the patterns gave it, or NONE for a verb
    the model proposes itself."""

    candidate: Candidate
    pattern_type: str
    features: tuple[str, ...]
    vector: np.ndarray


class Judge:
    """Turns a sentence's candidates into :class:`Option` records (shared by training and coding)."""

    def __init__(self, lexicon: Lexicon, ontology: Ontology, party_nouns: frozenset[str] = frozenset()) -> None:
        self.lex = lexicon
        self.ontology = ontology
        self.triggers = TriggerReader(lexicon, ontology)
        self.args = ArgumentFinder(lexicon, self.triggers, party_nouns)
        codes: dict[str, str] = {}
        for code in sorted(ontology.plover, key=lambda c: (len(c), c)):
            if code in ontology.cameo:
                codes.setdefault(ontology.plover[code].type, code)
        self.type_codes = codes

    def options(self, doc: Doc, sent: Span, number: int, candidates: list[Candidate]) -> list[Option]:
        typed = [(c, self.ontology.to_plover(c.cameo).type) for c in candidates]
        # a pattern's candidate is judged on its own wording; the whole sentence's words are
        # for a verb no pattern codes, whose sentence is all the model has to go on
        words: list[str] = []
        if not typed:
            typed = [(c, NONE) for c in self._verbs(sent, number)]
            words = sentence_features(sent, self.triggers.lemma) if typed else []
        out = []
        for k, (cand, pt) in enumerate(typed):
            others = [t for j, (_, t) in enumerate(typed) if j != k and t != NONE]
            feats = candidate_features(doc, sent, cand, pt, others, self.triggers.lemma, words)
            out.append(Option(cand, pt, tuple(feats), candidate_vector(doc, sent, cand)))
        return out

    def _verbs(self, sent: Span, number: int) -> list[Candidate]:
        """What the model may code when no pattern does: a verb of a clause (not a verb of
        saying or of state: ``stative_verbs``, nor one whose wording NOT_EVENTS lists) whose
        subject and object or prepositional object
        both name someone, as an event between actors does ("Kenya shelved plans with Uganda").
        A verb with no subject of its own takes its head's, as the argument rules read it ("Kenya
        criticised Uganda and *shelved* plans with it"; round propose30)."""
        out = []
        names: set[int] | None = None  # the sentence's names, read once a verb needs them
        for tok in sent:
            if tok.dep_ not in _CLAUSE_DEPS or not syntax.is_verb(tok):
                continue
            if self.triggers.lemma(tok) in self.lex.roles.reporting_verbs | self.lex.roles.stative_verbs:
                continue  # a verb of saying reports an event; a verb of state names none
            if self.triggers.not_an_event(tok):
                continue  # a wording known to be no event ("released a statement", "holds a majority")
            subj = [c for c in tok.children if c.dep_ in syntax.SUBJECT_DEPS]
            if not subj and tok.dep_ != "ROOT":
                # a conjoined or controlled verb's subject is its head's ("X accused Y and
                # *expelled* Y's envoy", "X vowed *to punish* Y")
                subj = self.args.subjects(tok)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if not subj or not objs:
                continue
            if names is None:
                names = {i for s, e in self._names(sent) for i in range(s, e)}
            if not any(_names_someone(s, names) for s in subj) or not any(_names_someone(o, names) for o in objs):
                continue
            out.append(
                Candidate(
                    sentence=number,
                    trigger=(tok.i,),
                    cameo="",
                    actors=tuple(s.i for s in subj),
                    recipients=tuple(o.i for o in objs[:1]),
                    kind="verb",
                    source="model",
                )
            )
        return out

    def recipient_options(
        self, doc: Doc, sent: Span, cand: Candidate, named: frozenset[int], constrained: bool = False
    ) -> list[Token]:
        """Phrases that could be the event's recipient: those in its clause, and names in its sentence.

        ``constrained`` (coding, not training: the model learns from the phrases as they are):
        a thing, an idea, an amount or a condemned deed that names no party is no option ("the
        vast majority", "expressed concern"; ``recipients.yaml``), nor whom a condemned deed was
        done to ("condemned the killing *of Palestinians* by ..."), nor the place a meeting was
        held at ("met *in Geneva*"), nor the owner of the place where the act happened ("attacked
        a train *in Pakistan's* province"), nor a storm, a fire or a disease ("*Tropical Storm
        Barry*": :meth:`ArgumentFinder.natural`)."""
        head = doc[cand.trigger[-1]]
        actor_tokens = {t.i for a in cand.actors for t in doc[a].subtree if doc[a].i != head.i}
        out = []
        type_ = self.ontology.to_plover(cand.cameo).type if cand.cameo else ""
        if len(cand.actors) > 1 and (
            not constrained or self.lex.types.mutual(type_, cand.cameo) or set(cand.actors) <= set(cand.recipients)
        ):
            # "Britain and France signed a treaty": each actor may be the other's recipient; in
            # coding, only in a mutual act or where the grammar paired them ("accused each
            # other"): "the subpoena was issued by A, B and C" is not A's charge against B
            out.append(doc[cand.actors[-1]])
        for tok in sent:
            if tok.i in cand.trigger or tok.i in actor_tokens:
                continue
            if self.args.stage_direction(tok):
                continue  # "I asked — (laughs) — the Prime Minister": the room's answer, no party
            if tok.i in cand.recipients:
                out.append(tok)
                continue
            if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ not in RECIPIENT_DEPS:
                continue
            if (
                tok.pos_ == "NOUN"
                and self.lex.not_parties.no_party(self.triggers.lemma(tok))
                and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in tok.children)
            ):
                continue  # "rejected the fears", "fired tear gas": no party, nor a phrase naming one
            if recipient_path(tok, head)[1] or tok.i in named:
                out.append(tok)
        out.sort(key=lambda t: abs(t.i - head.i))
        out = out[:15]
        if constrained:
            venue = self.lex.not_parties.at_venue(type_, cand.cameo)
            holders = self.args.restated_owners(doc, cand.trigger)  # "reaffirmed *Biden's* commitment"
            holders += self.args.held_feelings(head)  # "expressed *its concern* over the drills"
            # "authorities *in the United Kingdom* announced that 337 users were arrested": the
            # names in the phrase of whoever reports the act are not whom it was done to (the
            # speaker's own head stays an option: it was left out too at first, which lost a
            # held-out event)
            speaker = self.args.speaker(head)
            speaking = (
                {t.i for t in speaker.subtree} - {speaker.i}
                if speaker is not None and head not in speaker.subtree
                else set()
            )
            out = [
                t
                for t in out
                if t.i in cand.recipients
                or not (
                    t in holders
                    or t.i in speaking
                    or self._other_act(t, head, type_)
                    or self._framed_act(t, head, cand)
                    or self._in_denied_clause(t, head)
                    or (type_ not in self.lex.not_parties.place_target_types and syntax.inside_venue(t))
                    or _apposed_description(t)
                    # "dismissed the claims *as Western propaganda*": what the object is taken
                    # for, no party (round noticeda)
                    or (
                        head.pos_ == "VERB"
                        and self.triggers.lemma(head) in self.lex.roles.naming_verbs | self.lex.roles.dismissing_verbs
                        and syntax.as_description(t, head)
                    )
                    or self._done_to(t, type_)
                    or self._harm(t, type_)
                    or (venue and syntax.is_venue(t))
                    # "hosting the ministerial meeting *on Haiti*", "spoke with X *about Ukraine*": a
                    # meeting's topic, not the party met
                    or (venue and syntax.meeting_topic(t, head))
                    # "pursuant to *Presidential Proclamation* 8015"
                    or syntax.legal_basis(t, self.lex.not_parties.legal_basis)
                    # "the meeting, *led by* the two advisers": who leads a side, not the side met
                    or syntax.led_by(t, self.lex.not_parties.leading_verbs)
                    # "Statement *from Press Secretary X* on the Visit of Y": who speaks about it
                    or syntax.text_issuer(
                        t, head, self.lex.roles.document_nouns, self.lex.not_parties.topic_prepositions
                    )
                    # "*the Joint Commission* met, with delegations from A and B": a forum, no side
                    or (t.dep_ == "nsubj" and t.head == head and self.args.forum_meets(head))
                    or syntax.owns_venue(t, self.lex.not_parties.place_nouns)
                    # "searched *the home* of the suspect": a building stands for its owner
                    or bool(self.args.dwelling_owners(t))
                    or _modifier(t)
                    or t.ent_type_ in syntax.NOT_ACTORS  # "*64* people", "for *eight weeks*": an amount, a date
                    or (t.i not in named and self._bare_place(t, type_))
                    or (self._no_party(t, type_, cand.cameo) and not self._named_by(t, head, type_, actor_tokens))
                    or self.args.natural(t)  # "with Tropical Storm Barry approaching": no party
                    # "assistance *through* the WFP": a channel; "aid to those hit by *Russia's* war"
                    or self.args.channel(t)
                    or self.args.partner(t, type_)  # "alongside X", "in coordination with X"
                    or self.args.aggression(t, type_) is not None
                    # "signed *the Artemis Accords*", "signed *for the United States*": a text, the
                    # signer's own side
                    or self.args.titled_text(t)
                    or self.args.represented(t)
                )
            ]
        return out

    def _other_act(self, tok: Token, head: Token, type_: str) -> bool:
        """Whether a phrase is an act named by its noun that is the object of another verb than
        the event's ("opened the bridge to allow *the delivery* of grain to Afghanistan", "ready
        to host *talks* on the crisis"): the act is what the event makes possible or offers, not
        the party acted upon, unless its "with", "between" or "against" phrase names the parties
        ("threatened to halt *talks with the president*", "to host *a meeting between* A and B").
        A deed condemned or an act praised stands for its authors and stays ("condemned the
        decision to resume *the exercises*")."""
        words = self.lex.not_parties
        return (
            tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and tok.head.i != head.i
            and syntax.is_verb(tok.head)
            and self.triggers.lemma(tok) in self.args.noun_lemmas
            and type_ not in words.deed_types
            and type_ not in words.praise_types
            and not any(
                o.ent_type_ in syntax.PARTY_ENTITIES or self.args.may_be_party(o)
                for o in syntax.prep_objects(tok, ("with", "between", "against"))
            )
        )

    def _framed_act(self, tok: Token, head: Token, cand: Candidate) -> bool:
        """Whether a phrase is the act a frame verb names as its object ("delayed *its
        offensive*", "paused *the strikes*", "suspended *the talks*"): the act halted, offered or
        threatened, whose "against", "on" or "with" phrase names the party, never that party
        itself (fixes41). Not a frame that takes its object's phrase as the recipient ("rejected
        the U.S. offer": ``recipient: owner``)."""
        if cand.kind != "frame" or tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.i != head.i:
            return False
        frame = self.lex.frames.get(self.triggers.lemma(head))
        return frame is not None and frame.recipient != "owner" and self.triggers.lemma(tok) in self.args.noun_lemmas

    def _in_denied_clause(self, tok: Token, head: Token) -> bool:
        """Whether a phrase is inside the that-clause a denial says never happened ("the army
        denied that *its soldiers* had killed *civilians*"): a side of the act denied, not whom
        the denial answers (``denial`` frame)."""
        frame = self.lex.frames.get(self.triggers.lemma(head))
        if frame is None or frame.name != "denial":
            return False
        return any(c.dep_ == "ccomp" and tok in c.subtree for c in head.children)

    def _no_party(self, tok: Token, type_: str, cameo: str = "") -> bool:
        """Whether a noun names no party itself: a thing, an idea, an amount, or under a
        criticism a deed ("condemned *the killing* by ...")."""
        if tok.pos_ != "NOUN":
            return False
        lemma, words = self.triggers.lemma(tok), self.lex.not_parties
        if self.args.names_nothing(tok, type_, cameo):
            return True  # a verbal act's recipient is a party, never a thing or an idea ("the notion")
        if type_ in words.chosen_party_types and not self.args.may_be_party(tok):
            return True  # "demanding *a referendum*": no party protested against
        return words.no_party(lemma) or words.deed(lemma, type_)

    def _bare_place(self, tok: Token, type_: str) -> bool:
        """Whether a phrase is a place or a setting that is no party of an act not done to places:
        a place named as such ("deployed a submarine to *the Caribbean*", "in *the region*"), a
        common noun after "in", "at" or "during" ("in the largest naval *build-up*"), not a
        country or a town's people ("Russia", "Kyiv": GPE), nor a place with an owner
        ("*Ukraine's* territory"), nor under an attack or a coercion (``place_target_types``:
        "shelled the region")."""
        words = self.lex.not_parties
        if type_ in words.place_target_types:
            return False
        if tok.ent_type_ in ("LOC", "FAC"):
            return True
        setting = tok.dep_ == "pobj" and tok.head.lower_ in words.setting_prepositions
        if tok.pos_ == "NOUN" and not tok.ent_type_ and setting:
            return True  # "deployed warships *in the largest naval build-up*": the setting of the act
        return (
            tok.pos_ == "NOUN"
            and self.triggers.lemma(tok) in words.place_nouns
            and not any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in tok.children)
        )

    def _done_to(self, tok: Token, type_: str) -> bool:
        """Whether a phrase is whom a condemned deed was done to ("the killing *of X*"), or who
        suffers a harm a condemnation or a concern names ("the plight *of X*", "the safety *of X*":
        ``harm_nouns``, round retype44)."""
        words = self.lex.not_parties
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        lemma = self.triggers.lemma(tok.head.head)
        return words.deed(lemma, type_) or (type_ in words.deed_types and lemma in words.harm_nouns)

    def _harm(self, tok: Token, type_: str) -> bool:
        """Whether a phrase is a harm suffered or a welfare at risk under a condemnation or a
        concern ("concerned about *the safety* of the journalists": ``harm_nouns``): it names those
        who suffer it, not the party censured (round retype44)."""
        words = self.lex.not_parties
        return type_ in words.deed_types and self.triggers.lemma(tok) in words.harm_nouns

    def asked_named(self, doc: Doc, cand: Candidate) -> bool:
        """Whether the candidate is a request or appeal whose recipient is the asking verb's own
        object ("asked Zelensky to investigate ...", "urged Iran to ..."), or the "on"/"to" of a
        request noun ("calls on the parties to ..."): the party asked, which the coding manual
        makes the recipient whatever the complement names."""
        if not cand.recipients:
            return False
        if cand.kind == "noun":
            # "repeated its calls *on the parties* to end the war", "an appeal *to Iran*": the
            # request noun's own "on"/"to" names the party asked
            noun = doc[cand.trigger[-1]]
            if self.ontology.to_plover(cand.cameo).type != "REQUEST":
                return False
            return all(_asked(doc[r], noun) and doc[r].dep_ == "pobj" for r in cand.recipients)
        if cand.kind not in ("frame", "verb"):
            return False
        verb = doc[cand.trigger[0]]
        if self.triggers.lemma(verb) not in self.args.object_control:
            return False
        # "wrote to the embassy asking to ...": the one written to is asked
        written_to = {t.i for t in addressees(verb)}
        if cand.kind == "verb":
            return all(r in written_to for r in cand.recipients)
        return all(_asked(doc[r], verb) or r in written_to for r in cand.recipients)

    @staticmethod
    def _names(sent: Span) -> list[tuple[int, int]]:
        """The name entities inside the sentence, read from the tokens: ``sent.ents`` scans all
        of the document's entities at each call, which made long articles quadratic."""
        doc, out, i = sent.doc, [], sent.start
        while i < sent.end:
            if doc[i].ent_iob_ != "B":
                i += 1
                continue
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= sent.end and doc[i].ent_type_ in NAME_TYPES:
                out.append((i, end))
            i = end
        return out

    def recipients_for(self, cand: Candidate, tok: Token, constrained: bool = False) -> tuple[int, ...]:
        """The recipient heads a chosen phrase gives: one of several actors stands for them all
        (each actor's event then takes the others), any other phrase itself and its conjuncts;
        ``constrained`` (coding), a thing, an idea, an amount or a condemned deed the party it
        names ("banned *her* book", "condemned the killing by *Israeli forces*")."""
        if tok.i in cand.actors:
            return cand.actors
        type_ = self.ontology.to_plover(cand.cameo).type if cand.cameo else ""
        if constrained and self._no_party(tok, type_, cand.cameo):
            head = tok.doc[cand.trigger[-1]]
            named = self._named_by(tok, head, type_, frozenset(cand.actors))
            if named:
                return tuple(t.i for t in syntax.with_conjuncts(named))
        return tuple(t.i for t in syntax.with_conjuncts([tok]))

    def _named_by(self, tok: Token, head: Token, type_: str, actors: Iterable[int]) -> list[Token]:
        """The parties a thing, an idea, an amount or a deed names (none but the actor's)."""
        taken = set(actors)
        return [p for p in self.args.parties(tok, head, type_) if p != tok and p.i not in taken]

    def cameo_for(self, tok: Token, type_: str, kind: str) -> str:
        """The CAMEO code of a re-typed event: the trigger word's own pattern of that type, or the type's root.
        A pattern whose extra words ("courtesy call on", "call in") are not on the word is not its
        own while one whose words are (or that has none) is: a model's CONSULT "call" is a phone
        call, not the courtesy call."""
        table = self.lex.nouns if kind == "noun" else self.lex.verbs
        own = table.get(self.triggers.lemma(tok), ())
        typed = [p for p in own if p.type == type_ and p.cameo in self.ontology.cameo]
        attached = {w for c in tok.children for w in (c.lower_, c.lemma_.lower())}
        for pattern in sorted(typed, key=lambda p: not all(w in attached for w in p.particles)):
            return pattern.cameo
        return self.type_codes[type_]

    def build(self, doc: Doc, cand: Candidate, type_: str, named: frozenset[int]) -> Candidate | None:
        """A proposed verb coded as ``type_``: its arguments found as the patterns would."""
        head = doc[cand.trigger[0]]
        cameo = self.cameo_for(head, type_, "verb")
        coded = Reading(cameo, type_, cand.trigger, "verb", "model", head=head.i)
        return self.args.arguments(doc, head, coded, cand.sentence, head, named)


def _modifier(tok: Token) -> bool:
    """Whether a common noun, not a name, only modifies another noun, alone or coordinated with
    another modifier ("an *air* and *sea* ceasefire", "*peace* talks"), or a modifier of a noun
    ("a *nuclear*-powered submarine", "*state*-owned media"): a word of a phrase, no party."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    modified = first.head
    if first.dep_ in ("compound", "amod", "nmod") and modified.pos_ in ("NOUN", "PROPN") and modified.i > first.i:
        return True
    # "nuclear" in "a nuclear-powered submarine": an adverbial noun of a modifier before its noun
    return (
        first.dep_ == "npadvmod"
        and modified.i > first.i
        and modified.dep_ in ("amod", "compound", "nmod")
        and modified.head.pos_ in ("NOUN", "PROPN")
        and modified.head.i > modified.i
    )


def _apposed_description(tok: Token) -> bool:
    """Whether a common noun describes a name it is set beside ("granted *David Ruiz*, formerly
    the agency's *chief* of staff, a pardon"): the name is the party, not its description."""
    return tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i


def _asked(tok: Token, verb: Token) -> bool:
    """Whether a phrase is the party an appeal verb asks: its object ("urged *Iran* to"), or the
    object of its "on"/"to" ("called on *Israel* to", "appealed to *the UN* to")."""
    if tok.head.i == verb.i and tok.dep_ in ("dobj", "dative"):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.head.i == verb.i and prep.dep_ == "prep" and prep.lower_ in ASKED_PREPS


def _names_someone(head: Token, names: set[int]) -> bool:
    """The phrase holds a name (an entity of the parse) or is a pronoun standing for one."""
    return (head.pos_ == "PRON" and head.lower_ not in syntax.THING_PRONOUNS) or any(t.i in names for t in head.subtree)


def _between_sides(doc: Doc, cand: Candidate, lex: Lexicon, lemma: Callable[[Token], str]) -> bool:
    """Whether the candidate's actors are the sides its trigger's "between" phrase names, each
    the other's recipient ("*fighting between* the army and the rebels in the north")."""
    head = doc[cand.trigger[-1]]
    found = acting_sides(head, lex.marks.between_preps, lex.roles.occurrence_verbs, lemma)
    sides = {t.i for t in syntax.with_conjuncts(found)}
    return len(sides) > 1 and set(cand.actors) <= sides and set(cand.recipients) <= sides


def _used_verbs(doc: Doc, candidates: Iterable[Candidate]) -> set[int]:
    """The tokens the patterns' candidates already code: their triggers, and the verb a noun
    trigger is the object of ("*made* a demand", "*launched* an attack")."""
    used: set[int] = set()
    for cand in candidates:
        used.update(cand.trigger)
        if cand.kind == "noun":
            used.update(doc[t].head.i for t in cand.trigger)
    return used


class JudgeEvents:
    """Drops, re-types or adds candidate events by the model's scores."""

    name = "judge_events"
    requires = frozenset({"doc", "mentions", "candidates"})
    provides = frozenset({"candidates"})

    def __init__(
        self, model: EventModel, lexicon: Lexicon, ontology: Ontology, party_nouns: frozenset[str] = frozenset()
    ) -> None:
        self.model = model
        self.judge = Judge(lexicon, ontology, party_nouns)
        self.classes = model.classes
        self.none = self.classes.index(NONE)
        self.trusted = frozenset(k for k in model.thresholds.trust.split(",") if k)
        self.ontology = ontology

    def __call__(self, work: Work) -> Work:
        doc, candidates = work.doc, work.candidates
        assert doc is not None and candidates is not None and work.mentions is not None
        named = frozenset(m.end - 1 for m in work.mentions)
        by_sentence: dict[int, list[Candidate]] = {}
        for cand in candidates:
            by_sentence.setdefault(cand.sentence, []).append(cand)
        out: list[Candidate] = []
        for number, sent in enumerate(doc.sents):
            out.extend(self.sentence(doc, sent, number, by_sentence.get(number, []), named))
        return replace(work, candidates=tuple(out))

    def sentence(
        self, doc: Doc, sent: Span, number: int, candidates: list[Candidate], named: frozenset[int]
    ) -> list[Candidate]:
        options = self.judge.options(doc, sent, number, candidates)
        judged = [o for o in options if o.pattern_type != NONE]
        out = [c for c in (self._judged(doc, o) for o in judged) if c is not None]
        verbs = [o for o in options if o.pattern_type == NONE]
        threshold = self.model.thresholds.propose
        if judged and not out:
            # every pattern event was dropped: the sentence's other verbs may still report one,
            # but not the verbs the dropped events were told by (their triggers, the verb a noun
            # trigger hangs on), which the model has just judged no event: "the agency has granted
            # a designation to the drugs" was proposed CONCEDE once its pattern's event was dropped,
            # and "they highlighted the shared commitment to impose costs on X" THREATEN on the verb
            # the dropped noun hung on (round propose31)
            used = _used_verbs(doc, candidates)
            verbs = [o for o in self.judge.options(doc, sent, number, []) if o.candidate.trigger[0] not in used]
        elif out and self.model.thresholds.propose_beside <= 1.0:
            # beside the patterns' events, a verb none of them uses ("X accused Y of ... *and
            # demanded* ..."), by a stricter threshold
            used = _used_verbs(doc, candidates)
            verbs = [o for o in self.judge.options(doc, sent, number, []) if o.candidate.trigger[0] not in used]
            threshold = self.model.thresholds.propose_beside
        for cand, type_ in self._best_proposals(verbs, threshold):
            built = self.judge.build(doc, cand, type_, named)
            if built is not None and built.actors:
                out.append(built)
        return [self.recipient(doc, sent, c, named) for c in out]

    def _judged(self, doc: Doc, opt: Option) -> Candidate | None:
        """A pattern's candidate kept, re-typed, or dropped (None)."""
        th = self.model.thresholds
        cand = opt.candidate
        # a construction the patterns name in full (a frame) is never dropped, and re-typed
        # only by a wider margin; a change between cooperation and conflict needs its own. So is
        # a verb that tells again an attack no one's name is on ("the attack in Gao, *which
        # killed* two", "a terror attack *killed* 13"): the model learned from candidates where the
        # noun or the condemner was its actor, and would drop it for its missing actor. (An attack
        # told by its noun alone is left to the model: trusting it cost test precision.)
        trusted = (
            cand.kind in self.trusted
            or (cand.source == UNNAMED_ATTACK and cand.kind != "noun")
            or cand.source == HELD_STATE  # "two suspects are in custody" (custody40)
        )
        p = self.model.linear.scores(opt.features, opt.vector)
        ranked = int(np.argmax(p))
        if ranked == self.none:
            drop = p[self.none] >= th.drop and cand.fact in ("asserted", "wished") and not trusted
            return None if drop else cand
        pt = self.classes.index(opt.pattern_type)
        if ranked == pt:
            return cand
        new_type = self.classes[ranked]
        groups = self.judge.lex.types
        if opt.pattern_type in groups.word_given_types and new_type in groups.deed_types:
            return cand  # a word given is no deed done (retype42)
        margin = th.retype_trusted if trusted else th.retype
        if self._side(new_type) != self._side(opt.pattern_type):
            margin = max(margin, th.retype_across)
        if p[ranked] - p[pt] < margin:
            return cand
        cameo = self.judge.cameo_for(doc[cand.trigger[-1]], new_type, cand.kind)
        return replace(cand, cameo=cameo, source=f"{cand.source} (model: {new_type})")

    def _best_proposals(self, verbs: list[Option], threshold: float) -> list[tuple[Candidate, str]]:
        """The verbs the proposal model scores highest as events, each with its type, whose
        score reaches ``threshold`` and beats "no event": the best one, or as many as the
        thresholds' ``proposals`` allows, best first."""
        proposer = self.model.proposals
        if proposer is None:
            return []
        scored: list[tuple[float, int, Candidate, str]] = []
        for n, opt in enumerate(verbs):
            p = proposer.scores(opt.features, opt.vector)
            p_none, p[self.none] = p[self.none], 0.0
            k = int(np.argmax(p))
            if p[k] >= threshold and p[k] > p_none:
                scored.append((-float(p[k]), n, opt.candidate, self.classes[k]))
        scored.sort(key=lambda x: (x[0], x[1]))
        return [(c, t) for _, _, c, t in scored[: max(1, self.model.thresholds.proposals)]]

    def _side(self, type_: str) -> bool:
        """Whether a PLOVER type is on the conflict side (quad classes 3 and 4)."""
        return self.ontology.type_quads.get(type_, 0) >= 3

    def recipient(self, doc: Doc, sent: Span, cand: Candidate, named: frozenset[int]) -> Candidate:
        """The phrase the recipient model prefers, when it clearly beats the argument rules' choice."""
        rmodel = self.model.recipients
        if rmodel is None or (cand.kind == "frame" and cand.source in ("obligation", UNAIMED_THREAT)):
            return cand
        if cand.source == OWN_VOICE and cand.recipients:
            # a verdict in a statement's own voice names its culprit by the grammar: the owner of
            # the condemned act ("... in the face of *Russia's* unprovoked war"), the subject of
            # the wrong; another party of the sentence (the one met, the one attacked) is not
            # whom the statement charges
            return cand
        if cand.source in (UNNAMED_ATTACK, HELD_STATE):
            return cand  # an attack no one's name is on: its target is what it is on, or no one
        if self.judge.asked_named(doc, cand):
            return cand
        type_ = self.ontology.to_plover(cand.cameo).type
        if (
            self.judge.lex.types.mutual(type_, cand.cameo)
            and len(cand.actors) > 1
            and (
                not cand.recipients
                or cand.recipient_from_clause
                or _between_sides(doc, cand, self.judge.lex, self.judge.triggers.lemma)
            )
        ):
            # "A and B met ...", "fighting between A and B in Karabakh": each the other's, as the
            # argument rules pair them
            return cand
        head = doc[cand.trigger[-1]]
        if syntax.is_verb(head) and self.judge.triggers.lemma(head) in self.judge.lex.not_parties.topic_verbs:
            # what is discussed names no party ("discussed the sanctions the US and the EU
            # imposed"): the one talked with is the "with" phrase the argument rules read
            return cand
        if cand.kind == "verb" and _passive_subjects(head, cand.recipients):
            # "a man suspected of supplying the gun was arrested", "the two parents were arrested
            # after their daughter phoned the police": the subject of a passive act is the one it
            # was done to, by the grammar; a name inside its own modifiers, a later clause or a
            # phrase of place is not
            return cand
        scored = []
        for tok in self.judge.recipient_options(doc, sent, cand, named, constrained=True):
            feats = recipient_features(doc, cand, tok, type_, self.judge.triggers.lemma, named)
            scored.append((float(rmodel.scores(feats, recipient_vector(doc, cand, tok))[1]), tok))
        if not scored:
            return cand
        p_best, tok = max(scored, key=lambda x: x[0])
        p_now = max((p for p, t in scored if t.i in cand.recipients), default=0.5)
        if tok.i in cand.recipients or p_best - p_now < self.model.thresholds.recipient:
            return cand
        if self.judge.args.outlet_told(tok):
            # "told VOA that ...": the outlet is no party, and the next phrase no better a choice
            return cand
        if _placed_away(head, cand.recipients, tok, self.judge.lex.not_parties.setting_prepositions):
            # "killed three *Turkish* soldiers in Syria": the ones it was done to carry their own
            # country; the place it happened in is not whom it was done to (round recipients49)
            return cand
        return replace(
            cand, recipients=self.judge.recipients_for(cand, tok, constrained=True), recipient_from_clause=False
        )


def _placed_away(verb: Token, recipients: tuple[int, ...], tok: Token, setting: frozenset[str]) -> bool:
    """Whether the model would trade a verb's direct objects that name their own country ("killed
    three *Turkish* soldiers", "arrested two *British* nationals") for the phrase of place the act
    happened in ("in Syria", "at a checkpoint in Gaza"), on the verb or on the objects."""
    if not recipients or not syntax.is_verb(verb) or syntax.is_passive(verb):
        return False
    doc = verb.doc
    if not all(doc[r].dep_ == "dobj" and doc[r].head == verb for r in recipients):
        return False
    if not all(
        any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in syntax.NATION_ENTITIES for c in doc[r].children)
        for r in recipients
    ):
        return False  # "attacked a police station in Kano": the place may tell whose it is
    holders = {verb.i, *recipients}
    return tok.dep_ == "pobj" and tok.head.lower_ in setting and tok.head.head.i in holders


def _passive_subjects(verb: Token, recipients: tuple[int, ...]) -> bool:
    """Whether the recipients read are the ones a passive verb was done to, by the grammar: its
    subject with its conjuncts ("*two men* were jailed", "*the mayor and his aide* were stabbed"),
    or the subject a subjectless passive takes from the clause it hangs on ("*the suspect* was
    in court after being detained on Friday"), or the noun a passive participle describes."""
    if not recipients or not syntax.is_verb(verb) or not syntax.is_passive(verb):
        return False
    undergoers = {t.i for o in syntax.objects(verb) for t in (o, *o.conjuncts)}
    return all(r in undergoers for r in recipients)
