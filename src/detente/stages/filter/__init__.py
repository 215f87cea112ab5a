"""What is not an event of the article (docs/coding-manual.md, "Not events"): the opinions of
commentators, opinions and forecasts, background, questions, refusals to comment, and mentions
of an act whose actor the article names elsewhere.

An event is dropped when its actor is a commentator (an analyst, a researcher, a think tank:
``commentator_nouns`` of ``patterns/not_events.yaml``), or it is a commentator's forecast (not
asserted, attributed to a commentator); when it is told in the complement of an opinion verb used
actively ("hopes the two sides can work together", "believes the leaders will meet":
``opinion_verbs``); or when its date, resolved by ``date_events``, ends more than
``background_years`` before the publication date ("in 2015", "in the 1960s"); when the text tells
its act as not done: negated ("put no pressure on"), only supposed ("could be detained"), waiting
on a condition or only threatened (``unhappened_modalities``; a threat, an offer or a demand so
made stays); when a text is its actor ("the constitution prohibits": ``thing_nouns``); or when no
political party takes part: neither side, nor any argument of its clause, names one
(:class:`Parties`; ``group_nouns``); when a REQUEST asks a question ("asked by reporters whether
...": ``question_words``) or a REJECT refuses only to speak ("declined to comment":
``comment_verbs``); or when it names no actor, or an act as its actor ("five soldiers were also
killed", "the attacks struck the plant": ``act_nouns``), and the article has an event of its type
with a named actor (one event, many mentions). General statements ("G7 meetings usually center
on politics", "when they are convicted"), acts told as done before ("have used force before"), a
verdict dated by its charge to years back, a counterfactual, an act one is unable to do, a role
("the envoy for Ukraine negotiations"), a party's backing in the present passive and an
indefinite pronoun as actor ("the United States and others") go too, and so do an act one
"looks forward to" (a hope), a bond told in a state ("our cooperation rests on ...") and aid
whose actor is a common noun that resolves to no party. Each dropped event is
logged at debug level with its reason, so what it would have been stays traceable. The work is linear in the events.

The package: ``stage`` holds :class:`FilterEvents`, its check table (each check named by the
reason it logs) and the article-level passes; each family of checks is a mixin in a module of
its own (``happened``, ``speech``, ``wanted``, ``standing``, ``harm``, ``sides``) over the
attributes and shared checks of ``base`` and the clause grammar of ``grammar``; ``parties``
says whether a clause names a political party.
"""

from detente.stages.filter.grammar import _root, period_end
from detente.stages.filter.parties import Parties
from detente.stages.filter.stage import FilterEvents

__all__ = ["FilterEvents", "Parties", "_root", "period_end"]
