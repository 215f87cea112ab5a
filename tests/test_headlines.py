"""Headlines: an article is its headline plus its text, and the headline is coded.

The headline heads the text (a record's ``title``, or the first line of a plain text), is parsed
as a sentence of its own, and never contradicts the lede's coding of the same two parties.
"""

from dataclasses import replace

import pytest

from detente.pipeline import Work
from detente.records import Actor, Article, Event, TextRef
from detente.stages.headline import HeadlineEvents, lede_span

BODY = "The announcement came on Monday in the capital."


def headline_events(coder, headline: str, body: str = BODY) -> list[Event]:  # type: ignore[no-untyped-def]
    text = f"{headline}\n\n{body}"
    return [e for e in coder.code(text, published="2025-03-04") if e.trigger.span[0] < len(headline)]


# --- the agreement rule, on events made by hand --------------------------------------------------


def event(type_: str, quad: int, start: int, actor: str | None = "COL", recipient: str | None = "USA") -> Event:
    def party(country: str | None) -> Actor | None:
        return Actor(country, (0, 1), None, country, None, None) if country else None

    return Event(
        f"{type_}{start}",
        "a",
        0,
        "",
        type_,
        None,
        (),
        "010",
        1.0 if quad in (1, 2) else -4.0,
        quad,
        party(actor),
        party(recipient),
        TextRef("w", (start, start + 1)),
        0.7,
        "test",
    )


@pytest.mark.parametrize(
    ("headline", "lede", "dropped"),
    [
        # cooperation in the headline, only conflict between the same parties in the lede
        (event("RETREAT", 2, 3), [event("SANCTION", 4, 40)], True),
        (event("ASSAULT", 4, 3), [event("AID", 2, 40)], True),
        # the same side of the line: kept, also as a repeat of the same act
        (event("SANCTION", 4, 3), [event("SANCTION", 4, 40)], False),
        (event("ACCUSE", 3, 3), [event("THREATEN", 3, 40)], False),
        # the lede codes the parties both ways: the headline agrees with one of them
        (event("AGREE", 1, 3), [event("ASSAULT", 4, 40), event("CONSULT", 1, 45)], False),
        # other parties, the other direction, or a party unknown: nothing to compare
        (event("RETREAT", 2, 3), [event("SANCTION", 4, 40, "VEN")], False),
        (event("RETREAT", 2, 3), [event("SANCTION", 4, 40, "USA", "COL")], False),
        (event("RETREAT", 2, 3, recipient=None), [event("SANCTION", 4, 40)], False),
        # an event outside the lede does not count
        (event("RETREAT", 2, 3), [event("SANCTION", 4, 200)], False),
    ],
)
def test_headline_event_against_the_lede(headline: Event, lede: list[Event], dropped: bool) -> None:
    lede_index = {}
    for ev in lede:
        if 30 <= ev.trigger.span[0] < 100 and ev.actor and ev.recipient:
            pair = (ev.actor.country or "", ev.recipient.country or "")
            lede_index.setdefault(pair, set()).add(ev.quad_class in (1, 2))
    assert HeadlineEvents.contradicts(headline, 20, lede_index) is dropped


# --- with the parser ------------------------------------------------------------------------


@pytest.mark.slow
def test_the_stage_drops_only_the_contradicting_headline_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Chile eases border rules for Peru\n\nChile closed its border with Peru on Monday. Trade fell."
    doc = coder.services.nlp(text)
    work = Work(Article("a", text), doc=doc)
    closed = replace(event("COERCE", 4, text.index("closed"), "CHL", "PER"))
    eases = replace(event("RETREAT", 2, text.index("eases"), "CHL", "PER"))
    other = replace(event("CONSULT", 1, text.index("eases"), "CHL", "ARG"))
    out = HeadlineEvents()(replace(work, events=(eases, other, closed))).events
    assert out == (other, closed)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lede"),
    [
        (
            "Chile recalls envoy\n\nChile recalled its ambassador. Peru protested.\n\nTalks are off.",
            "Chile recalled its ambassador. Peru protested.",
        ),
        (
            "Chile recalls envoy\n\nSANTIAGO — Chile recalled its ambassador.\n\nPeru protested.",
            "SANTIAGO — Chile recalled its ambassador.",
        ),
        ("Chile recalls envoy\n\nOne. Two. Three. Four.", "One. Two. Three."),
        # a byline above the text is not the lede (round core26)
        (
            "Chile recalls envoy\n\nOffice of the Spokesperson\n\nChile recalled its ambassador. Peru protested.",
            "Chile recalled its ambassador. Peru protested.",
        ),
        (
            "Chile recalls envoy\n\nMaria Lopez, Foreign Minister\n\nChile recalled its ambassador.\n\nPeru protested.",
            "Chile recalled its ambassador.",
        ),
    ],
)
def test_lede_is_the_first_paragraph(coder, text: str, lede: str) -> None:  # type: ignore[no-untyped-def]
    first, last = lede_span(coder.services.nlp(text), len("Chile recalls envoy"))
    assert text[first:last] == lede


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "type_", "actor", "recipient"),
    [
        # the sample report's headline: halting intelligence sharing is a sanction (CAMEO 161)
        ("Colombia halts intelligence sharing with U.S. over Caribbean boat strikes", "SANCTION", "COL", "USA"),
        # the tagger takes a headline's verb for a noun when it has a subject: it is read as the verb
        ("Thousands of Serbians protest in Belgrade against government", "PROTEST", "SRB", ""),
        ("Kenyan police arrest Ugandan opposition leader in Nairobi", "COERCE", "KEN", "UGA"),
        ("Colombia suspends intelligence sharing with U.S.", "SANCTION", "COL", "USA"),
        # present tense for a past act, no articles
        ("Chile recalls ambassador from Peru over border dispute", "", "CHL", ""),
        ("Russian forces shell Ukrainian port city", "ASSAULT", "RUS", ""),
        ("Kenya expels Somali envoy", "", "KEN", "SOM"),
        # a name that is also a verb, before "to" and the act: the name is the subject
        ("Trump to sanction Venezuelan oil firms, aides say", "", "USA", "VEN"),
        ("Trump to impose new tariffs to punish Brazil over steel, officials say", "", "USA", "BRA"),
    ],
)
def test_headline_is_coded(coder, headline: str, type_: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = headline_events(coder, headline)
    assert any(
        (not type_ or e.type == type_)
        and e.actor is not None
        and e.actor.country == actor
        and (not recipient or (e.recipient is not None and e.recipient.country == recipient))
        for e in events
    ), [(e.type, e.actor, e.recipient) for e in events]


@pytest.mark.slow
def test_sample_headline_counts_in_the_dyad_with_negative_goldstein(coder, model_coder) -> None:  # type: ignore[no-untyped-def]
    for c in (coder, model_coder):
        events = headline_events(c, "Colombia halts intelligence sharing with U.S. over Caribbean boat strikes")
        halts = [e for e in events if e.trigger.text == "halts"]
        assert halts and all(e.goldstein < 0 and e.type in ("SANCTION", "COERCE") for e in halts)
        assert any(e.actor and e.actor.country == "COL" and e.recipient and e.recipient.country == "USA" for e in halts)


@pytest.mark.slow
def test_headline_is_a_sentence_of_its_own(coder) -> None:  # type: ignore[no-untyped-def]
    """Parsed as a sentence, never merged with the lede; the blank line after it belongs to no
    phrase ("Cuba\\n\\n" is not an actor's text)."""
    text = "US announces restrictions on flights to Cuba\n\nThe Transportation Department said the rules start Friday."
    (result,) = coder.code_many([Article("a", text)])
    (work,) = coder.pipeline.run([Work(Article("a", text))])
    first = next(iter(work.doc.sents))
    assert first.text.strip() == "US announces restrictions on flights to Cuba"
    for e in result.events:
        for party in (e.actor, e.recipient):
            if party is not None:
                assert party.text == party.text.strip() and "\n" not in party.text
                assert text[party.span[0] : party.span[1]] == party.text


@pytest.mark.slow
def test_headline_words_are_read_as_a_sentence(coder) -> None:  # type: ignore[no-untyped-def]
    """Without a full stop the parser reads a headline as a fragment: *strikes* a verb."""
    text = "Colombia halts intelligence sharing with U.S. over Caribbean boat strikes\n\nBOGOTA — Petro spoke."
    (work,) = coder.pipeline.run([Work(Article("a", text))])
    doc = work.doc
    words = {t.text: t for t in doc if t.idx < 80}
    assert words["strikes"].dep_ != "ccomp"
    assert (words["sharing"].dep_, words["sharing"].head.text) == ("dobj", "halts")


@pytest.mark.slow
def test_records_with_titles_code_their_headline(coder) -> None:  # type: ignore[no-untyped-def]
    """`code_many` codes a dict's title as the headline; the result's text holds it, and spans
    point into that text; an article whose body opens with its headline is not given it twice."""
    body = "Officials said the decision was made on Monday."
    (result,) = coder.code_many([{"id": "k", "title": "Kenya expels Somali envoy", "text": body}])
    assert result.article.text == f"Kenya expels Somali envoy\n\n{body}"
    expel = [e for e in result.events if e.trigger.text.lower().startswith("expel")]
    assert expel and all(result.article.text[slice(*e.trigger.span)] == e.trigger.text for e in expel)
    (again,) = coder.code_many([result.article])
    assert again.article.text == result.article.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "type_", "actor_text", "recipient_text"),
    [
        # a passive that lost its auxiliary: the subject is acted on, the by-phrase acts
        ("Pipeline stations in Nigeria hit by militant attacks", "ASSAULT", "militant attacks", "Pipeline stations"),
        # a noun and a participle: the participle is the headline's verb
        ("Reporter detained by police in Harare", "COERCE", "police", "Reporter"),
        ("Soldiers attacked by gunmen near border post", "ASSAULT", "gunmen", "Soldiers"),
        # a place and a comma before the noun: the parser makes the place the root, the noun its
        # apposition, the participle the noun's clause
        ("Durban, South Africa activist detained by police", "COERCE", "police", "Durban, South Africa activist"),
        ("Lyon, France teacher sentenced to prison for fraud", "COERCE", "authorities", "Lyon, France teacher"),
    ],
)
def test_headline_passives(coder, headline: str, type_: str, actor_text: str, recipient_text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in headline_events(coder, headline) if e.type == type_]
    assert any(
        e.actor is not None
        and e.actor.text.startswith(actor_text)
        and e.recipient is not None
        and e.recipient.text.startswith(recipient_text)
        for e in events
    ), [(e.type, e.actor, e.recipient) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "word", "dep"),
    [
        ("Pipeline stations in Nigeria hit by militant attacks", "stations", "nsubjpass"),
        ("Reporter detained by police in Harare", "detained", "ROOT"),
        ("Reporter detained by police in Harare", "Reporter", "nsubjpass"),
        # an active headline keeps its subject
        ("Zambian police arrest opposition leader", "police", "nsubj"),
        ("Kenya expels Somali envoy", "Kenya", "nsubj"),
        # "City, Country": the country ends the place's name; the noun the place qualifies is the
        # one the act was done to
        ("Arrest made as mayor of Gdańsk, Poland stabbed on stage", "mayor", "nsubjpass"),
        ("Arrest made as mayor of Gdańsk, Poland stabbed on stage", "Poland", "appos"),
        ("Journalist in Kismayo, Somalia shot dead", "Journalist", "nsubjpass"),
        ("Journalist in Kismayo, Somalia shot dead", "Somalia", "appos"),
        # a country that acts after a comma keeps its verb
        ("After talks in Geneva, Iran signed the deal", "Iran", "nsubj"),
    ],
)
def test_headline_grammar(coder, headline: str, word: str, dep: str) -> None:  # type: ignore[no-untyped-def]
    (work,) = coder.pipeline.run([Work(Article("a", f"{headline}\n\n{BODY}"))])
    tok = next(t for t in work.doc if t.text == word)
    assert tok.dep_ == dep
    assert next(iter(work.doc.sents)).text.strip() == headline


# --- round core26: a headline in title case, and a headline's act planned ("X to VERB") -----------


@pytest.mark.parametrize(
    ("headline", "body", "known", "parsed"),
    [
        # a word capitalised only by the title's style is written small; a name the text
        # capitalises inside a sentence, or one the actor dictionary knows, keeps its capital
        (
            "The Netherlands Welcomes the Ceasefire Agreement in Sudan",
            "Officials of the Netherlands welcome the agreement: the parties in Sudan agreed to a ceasefire.",
            frozenset(),
            "The Netherlands welcomes the ceasefire agreement in Sudan",
        ),
        (
            "Minister Okafor to Co-Host Regional Summit with President Tinubu of Nigeria",
            "Foreign Minister Okafor will co-host a regional summit with President Tinubu.",
            frozenset({"Nigeria"}),
            "Minister Okafor to co-host regional summit with President Tinubu of Nigeria",
        ),
        # a possessive keeps the name's capital; mixed case and capitals are kept
        (
            "Peru’s Restrictions Prevent OSCE Observation of Local Elections",
            "Officials of Peru said the restrictions prevent the observation of local elections.",
            frozenset(),
            "Peru’s restrictions prevent OSCE observation of local elections",
        ),
        # a word the text does not write small stays as it is: a name only in the title
        (
            "Statement by Spokesperson Jane Okafor on Iran",
            "We demand that Iran free the detained sailors.",
            frozenset(),
            "Statement by Spokesperson Jane Okafor on Iran",
        ),
        # a headline in sentence case is left as it is
        ("Chile recalls ambassador from Peru over border dispute", "Chile recalled him.", frozenset(), None),
        ("Trump to keep tariffs to pressure Mexico, Canada, China on fentanyl", "", frozenset(), None),
    ],
)
def test_title_case_headline_is_read_in_sentence_case(
    headline: str, body: str, known: frozenset[str], parsed: str | None
) -> None:
    from detente.grammar.headlines import sentence_case

    out = sentence_case(headline, body, known)
    assert out == (parsed or headline)
    assert len(out) == len(headline)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "body", "type_", "cameo", "actor", "recipient"),
    [
        # title case: the verb is read as a verb, the party after it as the recipient
        (
            "Peru Restricts Visas of Bolivian Officials Linked to Election Fraud",
            "Peru has restricted the visas of officials in La Paz.",
            "COERCE",
            "",
            "PER",
            "BOL",
        ),
        # "X to VERB": the act is planned, as "X will VERB" is (future cooperation is AGREE)
        ("President Lula to meet with EU leaders in Brussels", BODY, "AGREE", "036", "BRA", "EUR"),
        ("Kenyan president to visit China next week", BODY, "AGREE", "036", "KEN", "CHN"),
        ("Chile to host Peruvian leader for border talks", BODY, "AGREE", "036", "CHL", "PER"),
    ],
)
def test_headline_constructions_are_coded(  # type: ignore[no-untyped-def]
    coder, headline: str, body: str, type_: str, cameo: str, actor: str, recipient: str
) -> None:
    events = headline_events(coder, headline, body)
    assert any(
        e.type == type_
        and (not cameo or e.cameo == cameo)
        and e.actor is not None
        and e.actor.country == actor
        and e.recipient is not None
        and e.recipient.country == recipient
        for e in events
    ), [(e.type, e.cameo, e.actor, e.recipient) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "word", "dep", "norm"),
    [
        # the party is the subject of the act planned, whose "to" is read as "will"
        ("Kenyan president to visit China next week", "president", "nsubj", "president"),
        ("Kenyan president to visit China next week", "visit", "ROOT", "visit"),
        ("Kenyan president to visit China next week", "to", "aux", "will"),
        ("Russia to expel ten Polish diplomats", "to", "aux", "will"),
        # a "to" that is no act's auxiliary is left as it is
        ("Russia, Ukraine agree to prisoner exchange", "to", "prep", "to"),
    ],
)
def test_headline_planned_act_grammar(coder, headline: str, word: str, dep: str, norm: str) -> None:  # type: ignore[no-untyped-def]
    (work,) = coder.pipeline.run([Work(Article("a", f"{headline}\n\n{BODY}"))])
    tok = next(t for t in work.doc if t.text == word)
    assert (tok.dep_, tok.norm_) == (dep, norm)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "word", "tag", "dep"),
    [
        # a verb in "-s" after a name, read as a plural noun or as the object's subject: the
        # headline's verb, the name its subject, the phrase after it its object
        ("Malawian Prime Minister signs decree to ban street protests", "signs", "VBZ", "ROOT"),
        ("Malawian Prime Minister signs decree to ban street protests", "Minister", "NNP", "nsubj"),
        ("Malawian Prime Minister signs decree to ban street protests", "decree", "NN", "dobj"),
        ("Senate issues warning to Kenyan government over abductions", "issues", "VBZ", "ROOT"),
        ("Senate issues warning to Kenyan government over abductions", "warning", "NN", "dobj"),
        # an event noun in the plural stays a noun
        ("Hong Kong protests continue through rain", "protests", "NNS", "nsubj"),
        ("Trade talks resume in Geneva", "talks", "NNS", "compound"),
        ("Police raids continue in capital", "raids", "NNS", "nsubj"),
        # ... unless a party noun acts with it on an object: "sentences" is the verb; a relative
        # clause on the object has its own verb, no rival for the headline's
        ("Zambian judge sentences activist to five years", "sentences", "VBZ", "ROOT"),
        ("Zambian judge sentences activist to five years", "judge", "NN", "nsubj"),
        ("Kenyan court sentences landlords who evicted tenants in Mombasa", "sentences", "VBZ", "ROOT"),
        ("Kenyan court sentences landlords who evicted tenants in Mombasa", "landlords", "NNS", "dobj"),
    ],
)
def test_headline_verb_read_as_noun(coder, headline: str, word: str, tag: str, dep: str) -> None:  # type: ignore[no-untyped-def]
    (work,) = coder.pipeline.run([Work(Article("a", f"{headline}\n\n{BODY}"))])
    tok = next(t for t in work.doc if t.text == word)
    assert (tok.tag_, tok.dep_) == (tag, dep)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "kept"),
    [
        # the headline's act with a thing for recipient, or its own side's country, where the
        # lede codes the same type by the same side against another country: the lede's stands
        (
            "Chile Welcomes Government Reform in Peru\n\nChile welcomes the formation of a new cabinet in Peru.",
            "SUPPORT",
            False,
        ),
        # a party named, of no known country, is no shorter telling
        (
            "Chile welcomes release of Ricardo Alvarez\n\nChile welcomed the decision of the Peruvian court.",
            "SUPPORT",
            True,
        ),
    ],
)
def test_headline_event_told_shorter_than_the_lede(coder, text: str, type_: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    (result,) = coder.code_many([Article("a", text)])
    end = text.index("\n")
    headline = [e for e in result.events if e.trigger.span[0] < end and e.type == type_]
    assert bool(headline) is kept, [(e.type, e.actor, e.recipient) for e in result.events]


@pytest.mark.parametrize(
    "headline",
    [
        # the kind of a meeting, capitalised in a headline, is no party of it (round parties47)
        "Remarks by President Jane Doe and Prime Minister John Roe of the United Kingdom Before Bilateral Meeting",
        "Remarks by President Jane Doe and Prime Minister John Roe of the United Kingdom Before Trilateral Meeting",
    ],
)
def test_meeting_kind_is_no_party(coder, headline: str) -> None:  # type: ignore[no-untyped-def]
    from coding_checks import without

    coding = without(coder, "require_recipient", "filter_events")
    events = coding.code(f"{headline}\n\n{BODY}", published="2025-03-04")
    sides = [(e.actor and e.actor.text, e.recipient and e.recipient.text) for e in events]
    assert all(s not in ("Bilateral", "Trilateral") for pair in sides for s in pair), sides
