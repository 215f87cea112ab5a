"""The article stage for actors: who an event's actor and recipient are, read across the article.

``build_events`` resolves each argument within its sentence (names, sector words, pronouns and
titles that refer back). What only the whole article tells is settled here, for an actor or
recipient whose country is still unknown, by the words of ``references.yaml``:

- a quoted speaker's own pronoun ("'*We* urge the authorities ...,' the groups said") is the
  one the quote is attributed to;
- a definite description of a country ("*the country*") is the country last named before it,
  one of an intergovernmental organisation ("*the bloc*", "*the regional body*") the one last
  named, one of an armed group ("*the militants*") the armed group last named;
- a counted description of countries or of their representatives ("*the three nations*",
  "*both countries*", "*the two leaders*", "urged *both sides*", ``party_heads``), as actor or
  recipient, is the last that many countries named, one event each;
- "it"/"they" that the sentence before does not settle is the latest main-clause subject, up
  to three sentences back, naming a country or organisation and agreeing in number ("G7 foreign
  ministers held a session ..." ... "They called on China"); in the complement of a relative
  clause it is the clause's antecedent ("Mauritius, which argues *it* was forced ...");
- a rejection of an accusation that names no one ("Beijing denies *the allegations*") rejects
  the actor of the latest accusation by another country a few sentences before; a rejection
  or condemnation of an act ("Tehran condemned *the move*", ``act_nouns``), the actor of the
  latest act by another country; a charge on an act named with a demonstrative ("*this
  launch* is a flagrant violation", ``recalled_acts``) is on whom the same speaker charged a few
  sentences before;
- a verdict, a condemnation, a rejection or praise of an act named by a noun with no author in
  its sentence ("the ruling was unjust", "denounced the law", ``reported_acts``,
  ``enacted_acts``) is of the act's author as the article tells it, before or after: the actor
  of an event reporting it, else the subject of the verb that did it ("the court ruled",
  "parliament passed a law") or the noun's owner ("the judge's ruling"), of any country, the
  speaker's own included; a refusal that names nothing ("Poland refused") answers whoever last
  asked the refuser; backing a request ("backed the call") supports whoever made it;
- a charge or a request rejected that was addressed to the one who rejects it by name ("Ghana
  accused *Togo*") is answered however far back the article told it; "these calls", "the
  allegations" answer first the author an earlier mention of the same noun names ("*UN*
  calls"); "the decision" read as its welcomer is the decision's author;
- an acceptance of an act named by a noun ("Kenya accepted *the invitation*", "accepted *the
  demands*", ``answered_acts``) is of the author of the nearest earlier such act addressed to
  the accepter by name, else of another country's a few sentences before;
- an act done "in retaliation" or "in response to" another, naming no party it is done to
  (``retaliation_nouns``), is done to the answered act's author named in the phrase, else to the
  actor of the nearest earlier act done to the retaliator's country, a few sentences back; all
  these find the earlier events in an index of the article's events by type built once per
  article (``_EventIndex``);
- a threat that names no one, of the kinds of ``aimed_threat_words`` ("the United States will
  take all necessary measures", "will not be tolerated"), is aimed at the party of another
  country that its maker last condemned, accused, asked, sanctioned or threatened before it in
  the article (``threat_aim_types``);
- "both sides" of a war may be an armed group and a country's army, the last two named;
- a weapon or a document standing as the actor ("missiles targeting US troops", "a letter
  requesting") is replaced by whoever launched or sent it, the subject of the verb whose object
  it is, or its possessor;
- a person the dictionary does not know takes the country that qualifies the person's name
  anywhere in the article ("Guatemalan judge Erick Garcia" ... "Garcia said", "Bruno Parrilla,
  the foreign minister of Cuba"), else the one organisation the dictionary knows that qualifies
  it ("Geir Pedersen, the *U.N.* special envoy"), else, when nothing ties the name to something
  other than a country (an organisation, a passport, a country that is a topic: "a senior Iran
  analyst"), the country where the event happens or the article's main country;
- a place named as a party ("shelled *Kharkiv*"), where the event is located, is of the place's
  country;
- an actor of a domestic sector with no country ("authorities", "police", "protesters"), or
  counted people of no kind ("36 people", ``people_nouns``), takes
  the country where the event happens, else the article's main country when one dominates,
  but an actor never takes the state it faces by name ("the junta accused *Paris*");
- an act only a state's authorities perform, in the passive with no agent ("71 people were
  arrested"), is the authorities' of the country where it happens (``authority_passives``);
- an attack with no actor named ("two people were killed in a suicide bombing") is the one
  of the group that claimed responsibility for it in the same sentence or a few after ("Islamic
  State claimed responsibility for the attacks"; the coding manual: claims name the actor).

A resolved actor carries the text and span it was resolved from (the speaker, the country or
group named earlier), or keeps its own words with the country added, so a reader can check it;
the authorities of an agentless passive carry the passive verb's span.

The package: ``stage`` holds :class:`ResolveActors` and the order in which the ways of
resolving a side are tried; ``sides`` the resolution of one side and the country of a side from
places, offices and organisations; ``context`` the parties only the article's other events name
(the asker a refusal answers, the author of an act judged, accepted or retaliated for, the holder
of someone freed, the party a threat is aimed at); ``article`` what the article has told so far
(``_Article``, ``_EventIndex``), a package whose ``whole`` module holds ``_Article`` and asks its
parts (``reports``, ``antecedents``, ``ties``, ``titles``, ``people``) over one shared context;
``grammar`` the parse helpers.
"""

from detente.stages.actors.grammar import _main_country, _reports
from detente.stages.actors.stage import ResolveActors

__all__ = ["ResolveActors", "_main_country", "_reports"]
