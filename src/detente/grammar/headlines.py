"""A headline read as the sentence it is (headline40 and before): the parser reads a headline
line as a fragment and a title-case headline as one long name, so the parse stage parses its
words again as a sentence (:func:`headline_sentence`: with a full stop, in sentence case) and
gives the article that parse (:func:`reparse_headline`), after mending what the parser still
misreads in a headline's telegraphic grammar (:func:`headline_clause`: a verb read as a noun, a
name read as a verb, a passive that lost its auxiliary, an act planned told by "to")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def headline_sentence(
    text: str,
    end: int,
    names: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
    words: frozenset[str] = frozenset(),
) -> str:
    """The headline as the parser reads a sentence: with a full stop, and in sentence case.
    Without a full stop, the parser reads a headline as a fragment ("... over Caribbean boat
    strikes": *strikes* a verb); in title case it reads every word as a name ("The United States
    Welcomes the Truce Extension in Yemen": one entity, no verb) (:func:`sentence_case`)."""
    return sentence_case(text[:end].rstrip(), text[end:], names, titles, words) + "."


#: a word in title case: a capital, then small letters (not "U.S.", "EU", "McCarthy", "2021")
_TITLE_WORD = re.compile(r"(?<![\w.’'-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:['’][a-z]+)?(?![\w.’'-])")
#: a capitalised word inside a sentence of the text (after a small letter, a digit or a comma)
_NAME_IN_TEXT = re.compile(r"(?<=[a-z0-9,;:)”’] )[A-Z][\w’'-]*")
#: at least this share of a headline's longer words after its first is capitalised in title case
TITLE_CASE_SHARE = 0.75


def sentence_case(
    headline: str,
    body: str,
    known: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
    words: frozenset[str] = frozenset(),
) -> str:
    """A headline in title case ("Secretary Blinken to Co-Host Virtual Ministerial with Foreign
    Minister Hayashi") written as a sentence is: a word capitalised only by the title's style
    ("Co-Host", "Virtual") in small letters, a name kept. A name is a word the article's text
    capitalises inside a sentence ("Secretary Blinken", "Minister Hayashi") or a name ``known``
    to the actor dictionary ("Japan"); a word of mixed case or in capitals ("U.S.", "EU") is
    kept too, and so is a word of a title before a name, as a sentence writes it ("Spokesperson
    Jane Okafor", "Foreign Minister Hayashi": ``titles``, the actor dictionary's titles and party
    nouns). Only a common word is written small: one the text writes small ("welcomes the
    truce"), or a word of the patterns or of the titles (``words``), in one of its forms
    ("Restricts": restrict); a word the text does not write ("Jane Okafor" named only in the
    title) stays as it is. A headline in sentence case ("Colombia halts intelligence sharing with U.S.") is
    returned unchanged. The result has the same length and the same word breaks as the headline."""
    longer = [w for w in headline.split()[1:] if sum(c.isalpha() for c in w) >= 4]
    if len(longer) < 2 or sum(w[:1].isupper() for w in longer) < TITLE_CASE_SHARE * len(longer):
        return headline
    names = {_stem(part) for m in _NAME_IN_TEXT.finditer(body) for part in m.group(0).split("-")}
    common = set(re.findall(r"(?<![\w’'])[a-z]+", body)) | words | titles
    first = len(headline) - len(headline.lstrip())
    out = list(headline)
    named: dict[int, bool] = {}  # each word's start: whether it stays a capitalised name
    for word in reversed(list(re.finditer(r"\S+", headline))):
        m = _TITLE_WORD.fullmatch(word.group(0).rstrip(",;:"))
        after = named.get(word.end() + 1, False)  # the next word (one space on)
        if m is None or word.start() == first:
            named[word.start()] = word.group(0)[:1].isupper()
            continue
        # each part of a joined word on its own: "Co-Host" is a verb, "Chile-Peru" two names
        parts = m.group(0).split("-")
        kept = [_stem(p) in names or _stem(p) in known or not _forms(_stem(p).lower()) & common for p in parts]
        if not all(kept) and after and m.group(0).lower() in titles:
            kept = [True] * len(parts)  # "Spokesperson Jane Okafor"
        cased = "-".join(p if k else p.lower() for p, k in zip(parts, kept, strict=True))
        out[word.start() : word.start() + len(cased)] = cased
        named[word.start()] = all(kept)
    return "".join(out)


def _forms(word: str) -> set[str]:
    """A word in small letters and the stems its endings may be added to ("restricts", "visas",
    "supporting", "linked", "policies")."""
    out = {word}
    for end, stem in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(end) and len(word) > len(end) + 2:
            out.add(word[: -len(end)] + stem)
    return out


def _stem(word: str) -> str:
    """A word without its possessive ("Russia’s": "Russia") or a trailing mark."""
    return re.split(r"['’]", word, maxsplit=1)[0].rstrip("-")


def headline_clause(
    headline: Doc,
    root: int,
    participles: frozenset[str] = frozenset(),
    verbs: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
    parties: frozenset[str] = frozenset(),
    asking: frozenset[str] = frozenset(),
) -> dict[int, tuple[int, str]]:
    """The dependencies a headline's grammar changes, token -> (head, label): a headline made of
    a noun and a participle ("Journalist arrested by police in Zimbabwe") is a passive clause
    without its auxiliary, the participle its verb; and so is a subject whose verb lost its
    auxiliary (:func:`headline_passive_subject`)."""
    out: dict[int, tuple[int, str]] = {}
    top = headline[root]
    if top.pos_ in ("NOUN", "PROPN"):
        subject, verb = _participle_of(top)
        if verb is not None:
            out[verb.i] = (verb.i, "ROOT")
            out[subject.i] = (verb.i, "nsubjpass")
            if subject != top:  # "Lyon, France *teacher* sentenced ...": the place before names the subject
                out[top.i] = (subject.i, "compound")
            for c in subject.children:
                if c.dep_ in ("punct", "cc") and c.i > verb.i:
                    out[c.i] = (verb.i, c.dep_)
    for tok in headline:
        placed = _place_country_subject(tok, participles, parties)
        if placed is not None and tok.i not in out:
            # "Mayor of Gdańsk, Poland stabbed on stage": the country ends the place's name, the
            # noun the place qualifies is the one the act was done to
            place, noun = placed
            out[tok.i] = (place.i, "appos")
            out[noun.i] = (tok.head.i, "nsubjpass")
        elif tok.i not in out and headline_passive_subject(tok, participles, asking):
            out[tok.i] = (tok.head.i, "nsubjpass")
    out.update(headline_name_as_verb(headline))
    out.update(headline_planned_act(headline, root))
    if not out:
        out.update(headline_verb_read_as_noun(headline, root, verbs, nouns, parties))
    return out


def _participle_of(top: Token) -> tuple[Token, Token | None]:
    """The subject and the participle of a headline made of a noun and a participle: the
    participle hangs on the headline's root ("Journalist arrested by police"), or on a noun in
    apposition to a name and a comma that open the headline ("Lyon, France teacher sentenced to
    prison": the parser makes the place the root, the noun its apposition)."""

    def acl(noun: Token) -> Token | None:
        return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)

    verb = acl(top)
    doc = top.doc
    if verb is not None or top.tag_ != "NNP" or top.i + 1 >= len(doc) or doc[top.i + 1].text != ",":
        return top, verb
    for noun in top.children:
        if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "PROPN") and noun.i > top.i:
            return noun, acl(noun)
    return top, None


#: the tags of the words a headline's object may open with ("signs *a* decree", "issues *new* rules")
_OBJECT_OPENERS = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "JJ", "CD", "PRP$", "VBG"})
#: the tags of a finite verb or a modal
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _party_acts(before: Token, after: Token, parties: frozenset[str]) -> bool:
    """An event noun in "-s" that is the headline's verb: it follows a party noun and opens its
    object ("Regional court *sentences* former mayor", "Army *attacks* rebel camp"), where "Hong
    Kong protests continue" or "Trade talks resume" follow no party or have a verb after them."""
    return before.lemma_.lower() in parties and after.tag_ in _OBJECT_OPENERS - {"VBG"}


def _in_relative_clause(tok: Token, verb: Token) -> bool:
    """A finite verb of a relative clause after the headline's verb ("sentences parents *who
    kept* ..."): it is no rival for the headline's verb."""
    return tok.i > verb.i and any(a.dep_ == "relcl" for a in [tok, *tok.ancestors])


def headline_verb_read_as_noun(
    headline: Doc,
    root: int,
    verbs: frozenset[str],
    nouns: frozenset[str] = frozenset(),
    parties: frozenset[str] = frozenset(),
) -> dict[int, tuple[int, str]]:
    """A headline's verb in the present with its "-s" ("Prime Minister *signs* decree to ban face
    veils", "Senate *issues* warning to government") that the tagger takes for a plural noun
    after a name: the name and the verb are read as one phrase, the subject of the object noun
    or with the object as its clause. When the word is a verb of the patterns (``verbs``),
    follows a noun, is followed by its object and is the headline's only finite verb, it is the
    headline's verb: the noun before it its subject, the phrase after it its object. When the
    object may have been read as the verb ("signs *decree* to ban"). An event noun of the patterns
    (``nouns``) is a noun: "Hong Kong protests continue", "Trade talks resume" are left as they are,
    unless it follows a party noun (``parties``) and opens its object ("Court sentences activist to
    prison": :func:`_party_acts`). A verb of a relative clause after it ("sentences parents who
    kept ...") is no rival finite verb."""
    top = headline[root]

    def misread(t: Token) -> bool:
        lemma = t.lemma_.lower()
        if t.tag_ not in ("NNS", "VBZ") or not t.lower_.endswith("s") or lemma not in verbs:
            return False
        before = headline[t.i - 1]
        if before.tag_ not in ("NN", "NNP", "NNPS"):
            return False
        if lemma in nouns and not _party_acts(before, headline[t.i + 1], parties):
            return False
        if t.tag_ == "VBZ":  # a verb's form read as the object's subject ("signs decree")
            return t.head == top and top.i > t.i and t.dep_ in ("nsubj", "compound")
        return t == top or (t.head == top and top.i > t.i and t.dep_ in ("nsubj", "compound"))

    verb = next((t for t in headline[1 : len(headline) - 1] if misread(t)), None)
    if verb is None or headline[verb.i + 1].tag_ not in _OBJECT_OPENERS | {"VBP", "VB"}:
        return {}
    if any(t.tag_ in _FINITE and not _in_relative_clause(t, verb) for t in headline if t != verb and t != top):
        return {}
    after = [c for c in (top.children if verb == top else ()) if c.i > verb.i and c.dep_ not in ("punct", "cc")]
    obj = top if verb != top else (after[0] if after else None)
    if obj is None or obj.i <= verb.i:
        return {}
    out = {verb.i: (verb.i, "ROOT"), obj.i: (verb.i, "dobj")}
    subject = headline[verb.i - 1]
    while subject.head.i < verb.i and subject.head != subject and subject.head.dep_ == "compound":
        subject = subject.head  # "Prime Minister": the head of the phrase before the verb
    out[subject.i] = (verb.i, "nsubj")
    for c in top.children if verb != top else ():
        if c.i < verb.i and c.i not in out and c != verb:
            out[c.i] = (verb.i, c.dep_)  # what hung on the object before the verb is the subject's
        elif c.dep_ == "xcomp" and c.i > obj.i:
            out[c.i] = (obj.i, "acl")  # "decree *to ban* ...": the object's clause, as in a sentence
    return out


#: what a headline's "to" before its verb stands for ("Russia to expel diplomats": will expel)
PLANNED = "will"


def headline_planned(headline: Doc | Any, to: int) -> bool:
    """Whether the headline's word ``to`` is the "to" of an act planned: the auxiliary of the
    headline's verb, which has a subject or takes the place of the headline's noun."""
    tok = headline[to]
    verb = tok.head
    return (
        tok.lower_ == "to"
        and tok.dep_ == "aux"
        and verb.tag_ == "VB"
        and verb.i == tok.i + 1
        and (verb.dep_ == "ROOT" or (verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "ROOT"))
        and not any(c.dep_ in ("aux", "auxpass") and c.i != tok.i for c in verb.children)
    )


def headline_planned_act(headline: Doc, root: int) -> dict[int, tuple[int, str]]:
    """A headline naming a party and an act planned ("Kenyan president to visit China", "Chile to
    host Peruvian leader for talks") is a sentence with "will" left out: the parser reads the
    party as the headline's root and the act as a clause of it; the act is the root, the party
    its subject (its "to" is read as "will": :func:`headline_planned`, ``PLANNED``)."""
    top = headline[root]
    if top.pos_ not in ("NOUN", "PROPN") or top.dep_ != "ROOT":
        return {}
    verb = next((c for c in top.children if c.dep_ in ("acl", "relcl") and c.i > top.i), None)
    if verb is None or verb.i < 2 or not headline_planned(headline, verb.i - 1):
        return {}
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return {}
    out = {verb.i: (verb.i, "ROOT"), top.i: (verb.i, "nsubj")}
    for c in top.children:
        if c.i > verb.i:
            out[c.i] = (verb.i, c.dep_)
    return out


def headline_name_as_verb(headline: Doc) -> dict[int, tuple[int, str]]:
    """A headline opening on a name that is also a verb, before "to" and a verb ("Trump to keep
    tariffs ..., aides say"): the parser reads the name as a verb and the act as its clause; the
    name is the subject of the act, which takes the name's place in the headline."""
    first = headline[0] if len(headline) > 2 else None
    if first is None or first.tag_ != "VB" or not first.text[:1].isupper():
        return {}
    act = headline[2]
    if headline[1].lower_ != "to" or headline[1].head != act or act.head != first or act.tag_ != "VB":
        return {}
    place = (act.i, "ROOT") if first.dep_ == "ROOT" else (first.head.i, first.dep_)
    out = {first.i: (act.i, "nsubj"), act.i: place}
    for c in first.children:
        if c != act:
            out[c.i] = (act.i, c.dep_)
    return out


#: what a verb of a headline that is active takes after it: its object or its complement
_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent"})


def _place_country_subject(
    tok: Token, participles: frozenset[str], parties: frozenset[str]
) -> tuple[Token, Token] | None:
    """A headline names a place as "City, Country" ("Mayor of Gdańsk, Poland stabbed on stage",
    "Journalist in Kismayo, Somalia shot dead"), and the parser takes the country after the comma
    for the subject of the participle that follows it. Returns the city and the noun the
    place qualifies (the one the "of" or "in" phrase hangs on: a person, by name or by a party
    noun, ``parties``), when the country is such a subject of a verb that lost its auxiliary (a
    past form: "-ed" or one of ``participles``, with no object: "After talks in Geneva, Iran
    signed the deal" is Iran's act)."""
    doc = tok.doc
    verb = tok.head
    if tok.dep_ != "nsubj" or tok.ent_type_ != "GPE" or tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    if verb.tag_ not in ("VBD", "VBN") or verb.i < tok.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.tag_ == "VBD" and not (verb.lower_.endswith("ed") or verb.lower_ in participles):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    place = doc[tok.i - 2]
    if place.ent_type_ != "GPE" or place.dep_ != "pobj" or place.head.lower_ not in ("of", "in"):
        return None
    noun = place.head.head
    if noun.i >= place.i or not (noun.ent_type_ == "PERSON" or noun.lemma_.lower() in parties):
        return None
    return place, noun


def headline_passive_subject(
    tok: Token, participles: frozenset[str] = frozenset(), asking: frozenset[str] = frozenset()
) -> bool:
    """A headline drops the auxiliary of its passives ("Oil facilities hit by drone attacks",
    "Publisher reimprisoned in Guatemala"), and the parser then takes their subject for the
    doer: a subject whose verb has no auxiliary and is a past participle or has a *by*-agent
    is the one the act is done to. A headline tells what happened in the present tense
    ("Rebels kill 12"), so a regular past form with no object or complement ("Engineer killed
    while repairing line", "Mayor stabbed on stage") is a participle too, whatever the tagger
    says, and so is an irregular past form that is also the participle (``participles``: "Four
    teenagers shot at party", "Journalist held in Tehran"); a past form that is not a participle
    ("Prices rose") is neither. The state the subject was left in is no complement of an active
    verb ("Reporter shot *dead* in Kismayo", "Leader declared *winner*": an object predicate with no
    object; "Police shot dead two men" has its object). A verb that asks its object to act
    (``asking``: "urge", "tell") with an infinitive and no object is a passive too ("Uganda *urged
    to* reopen border", "Miners *told to* leave the pit": Uganda is urged), since its active
    names the one asked."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb == tok or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children)):
        return True
    if (
        verb.tag_ == "VBD"
        and verb.lemma_.lower() in asking
        and verb.i > tok.i
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
        )
    ):
        return True
    return (
        verb.tag_ == "VBD"
        and (verb.lower_.endswith("ed") or verb.lower_ in participles)
        and verb.i > tok.i
        and not any(c.dep_ in _COMPLEMENTS and c.dep_ != "oprd" for c in verb.children)
    )


#: spaCy's codes of Token.ent_iob
_IOB_I, _IOB_O, _IOB_B = 1, 2, 3


def _close_entities(rows: Any, k: int, iob: int, kind: int) -> None:
    """After the headline's ``k`` tokens take another parse's entities, no entity of the first
    parse may run on across the line break: the break is outside any entity, and an entity that
    went on after it begins there anew."""
    if k < len(rows):
        rows[k][iob], rows[k][kind] = _IOB_O, 0
    if k + 1 < len(rows) and int(rows[k + 1][iob]) == _IOB_I:
        rows[k + 1][iob] = _IOB_B


def reparse_headline(
    doc: Doc,
    headline: Doc,
    participles: frozenset[str] = frozenset(),
    verbs: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
    parties: frozenset[str] = frozenset(),
    asking: frozenset[str] = frozenset(),
) -> Doc:
    """Give the headline that opens ``doc`` the parse, tags, entities and word vectors of
    ``headline`` (the same words parsed as a sentence, :func:`headline_sentence`), in place.
    The headline stays a sentence of its own; the blank line after it hangs on its root, so
    that no phrase of the headline takes it in; the subject of a passive that lost its auxiliary
    is marked passive (:func:`headline_passive_subject`). Nothing changes when the words differ."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
    from spacy.symbols import NOUN, PROPN, VERB

    k = len(headline) - 1
    if k < 1 or len(doc) <= k or [t.lower_ for t in doc[:k]] != [t.lower_ for t in headline[:k]]:
        return doc  # the words differ (the headline may be parsed in sentence case)
    if doc[k - 1].idx != headline[k - 1].idx or doc[k : k + 1].text.strip():
        return doc  # the headline's last word is not followed by the line break
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, NORM]
    ours, theirs = doc.to_array(attrs), headline.to_array(attrs)
    head, dep = attrs.index(HEAD), attrs.index(DEP)
    root = next((t.i for t in headline[:k] if t.dep_ == "ROOT"), 0)
    changed = headline_clause(headline, root, participles, verbs, nouns, parties, asking)
    root = next((i for i, (h, _) in changed.items() if h == i), root)
    for i in range(k):
        ours[i] = theirs[i]
        if i + int(theirs[i][head].astype("int64")) >= k:  # hung on the full stop
            ours[i][head] = (root - i) % (1 << 64)
        if i in changed:
            ours[i][head] = (changed[i][0] - i) % (1 << 64)
            ours[i][dep] = doc.vocab.strings.add(changed[i][1])
            if changed[i][1] == "nsubj" and headline[i].tag_ == "VB":  # a name read as a verb
                ours[i][attrs.index(TAG)] = doc.vocab.strings.add("NNP")
                ours[i][attrs.index(POS)] = PROPN
                ours[i][attrs.index(LEMMA)] = doc.vocab.strings.add(doc[i].text)
            elif changed[i][1] == "ROOT" and headline[i].tag_ in ("NNS", "VBZ"):
                # a verb read as a noun, or as the object's subject
                ours[i][attrs.index(TAG)] = doc.vocab.strings.add("VBZ")
                ours[i][attrs.index(POS)] = VERB
            elif changed[i][1] == "dobj" and headline[i].tag_.startswith("VB"):  # its object
                ours[i][attrs.index(TAG)] = doc.vocab.strings.add("NN")
                ours[i][attrs.index(POS)] = NOUN
                ours[i][attrs.index(LEMMA)] = doc.vocab.strings.add(headline[i].lower_)
    if doc[k].is_space:
        ours[k][head] = (root - k) % (1 << 64)
    _close_entities(ours, k, attrs.index(ENT_IOB), attrs.index(ENT_TYPE))
    doc.from_array(attrs, ours)  # type: ignore[arg-type]
    for i in range(1, k):  # the headline's "to" of an act planned is read as "will"
        if headline_planned(doc, i):
            doc[i].norm_ = PLANNED
    if doc.tensor.shape[0] == len(doc) and headline.tensor.shape[1:] == doc.tensor.shape[1:]:
        doc.tensor[:k] = headline.tensor[:k]  # what the event model reads of the words
    return doc
