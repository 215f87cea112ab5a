"""The parse helpers more than one part of the resolver reads: delegates and bare titles, the
names an "of" phrase lists, the possessive pronouns that own a body or an official."""

from __future__ import annotations

from spacy.tokens import Token

from detente.grammar import syntax

#: possessive pronouns that own a state's body or official ("*his* government")
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: demonstratives that stand for a noun said before, its party named by an "of" phrase ("his
#: efforts and *those* of his government", "a position close to *that* of Moscow")
STAND_IN_PRONOUNS = frozenset({"those", "that"})


def _delegate(head: Token, delegates: frozenset[str]) -> bool:
    """Whether a noun is one of ``delegates`` (``delegate_heads``; a capitalised plural the tagger
    calls a proper noun keeps its plural lemma: "*Representatives* of ...")."""
    lemma = head.lemma_.lower()
    return lemma in delegates or (lemma.endswith("s") and lemma[:-1] in delegates)


def _bare_title(head: Token, bodies: frozenset[str]) -> bool:
    """A capitalised title standing alone for a person ("*the Secretary*", "*the Special
    Envoy*"), not a body ("the Government": ``body_heads``)."""
    return (
        head.tag_ in ("NN", "NNP")
        and head.text[:1].isupper()
        and head.i > head.sent.start
        and head.lemma_.lower() not in bodies
        # "the Deputy Secretary and *Secretary General*": the article of the first title is its too
        and any(
            c.dep_ == "det" and c.lower_ == "the"
            for t in ((head, head.head) if head.dep_ == "conj" else (head,))
            for c in t.children
        )
    )


def _listed_of(head: Token) -> list[Token]:
    """The names a head's "of" phrase lists ("the Governments *of A, B and C*"), each one; where
    the first name has an "of" of its own ("of *the United States of America*, France and
    Italy"), the parser hangs the others on its last word, and they are taken from there."""
    listed = syntax.with_conjuncts(syntax.prep_objects(head, ("of",))[:1])
    if len(listed) == 1:
        inner = syntax.prep_objects(listed[0], ("of",))[:1]
        listed += syntax.with_conjuncts(inner)[1:]
    return listed
