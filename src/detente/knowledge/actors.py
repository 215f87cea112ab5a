"""The actor dictionary: countries, demonyms, capitals and seats, IGOs, office-holders
and sector words, read from ``data/actors/*.tsv``.

Names are matched on the tokens of the text. The dictionary is compiled once with the
tokenizer of the pipeline (so "U.S." or "Côte d'Ivoire" split as the text does) and then
used by the actor stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_tsv, split_multi

#: PLOVER sector -> CAMEO role code where they differ
_ROLE_OF_SECTOR = {"PRM": "PRM", "UAF": "UAF", "SOC": "CVL", "CVL": "CVL"}
#: sectors of a state's own bodies and offices (CAMEO's state roles): a portfolio of one qualifies
#: an office, not an organisation ("the *Defence* Secretary"), and "*his* government" is of the
#: country of whoever owns it
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One named actor. People carry the office and the dates they held it."""

    name: str
    kind: str  # country | people | metonym | igo | group | person
    country: str | None
    sector: str | None
    cameo: str | None  # CAMEO actor code prefix: country code, or IGO code
    office: str | None = None
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None or self.kind != "person":
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class SectorWord:
    sector: str
    role: str


Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class LongerNames:
    """Longer proper names that hold a dictionary name and are something else (a sea, a
    university, a newspaper, a state's own council: ``longer_names.tsv``), each mapped to the
    kinds of entry that still name the party inside it (none: the name is no party's).

    ``last``: the longer name's last word (lower case); ``first``: its first word; ``names``:
    whole names as lower-case token tuples."""

    last: dict[str, frozenset[str]]
    first: dict[str, frozenset[str]]
    names: dict[tuple[str, ...], frozenset[str]]

    def keeps(self, words: list[str], inner: tuple[int, int]) -> frozenset[str] | None:
        """The entry kinds kept when the dictionary name at ``inner`` (token offsets into
        ``words``) stands inside the longer name ``words``; None when the longer name is
        none of the listed kinds."""
        low = [w.lower().replace("\u2019", "'") for w in words]
        start, end = inner
        for i in range(start + 1):
            for j in range(max(end, i + 1), len(low) + 1):
                if (i, j) != (start, end) and tuple(low[i:j]) in self.names:
                    return self.names[tuple(low[i:j])]
        if end < len(low) and low[-1] in self.last:
            return self.last[low[-1]]
        # a name whose head a phrase with "of" follows ("the Oneida Indian *Nation* of New York",
        # "the Menominee Indian *Tribe* of Wisconsin"): its last word before that phrase
        head = low.index("of", end) - 1 if "of" in low[end:] else -1
        if head >= end and low[head] in self.last:
            return self.last[low[head]]
        lead = 1 if len(low) > 1 and low[0] == "the" else 0  # "the Gulf of Mexico"
        if start > lead and low[lead] in self.first:
            return self.first[low[lead]]
        return None


@dataclass(frozen=True)
class ActorDictionary:
    """Surface forms (as token tuples) -> entries, and sector words (lemmas) -> sectors."""

    forms: dict[tuple[str, ...], tuple[ActorEntry, ...]]
    first_tokens: frozenset[str]
    longest: int
    sectors: dict[str, SectorWord]
    titles: dict[str, frozenset[str]]  # "president" -> offices it can refer back to
    #: longer names that hold a dictionary name and are something else (longer_names.tsv)
    longer: LongerNames = field(default_factory=lambda: LongerNames({}, {}, {}))

    @classmethod
    def load(cls, tokenize: Tokenize, directory: Path | None = None) -> ActorDictionary:
        base = (directory or data_dir()) / "actors"
        forms = _Forms(tokenize)
        countries = _load_countries(base, forms)
        _load_igos(base, forms)
        _load_groups(base, forms)
        _load_metonyms(base, forms, countries)
        _load_people(base, forms, countries)
        sectors = _load_sectors(base)
        titles = _load_titles(base)
        frozen = forms.frozen()
        return cls(
            longer=_load_longer_names(base, tokenize),
            forms=frozen,
            first_tokens=frozenset(k[0] for k in frozen),
            longest=max((len(k) for k in frozen), default=1),
            sectors=sectors,
            titles=titles,
        )

    def match(self, tokens: list[str]) -> Iterable[tuple[int, int, tuple[ActorEntry, ...]]]:
        """Longest-first, left-to-right matches of surface forms in a token list; a typographic
        apostrophe is read as the plain one the dictionary writes ("Democratic People’s Republic
        of Korea", "Côte d’Ivoire")."""
        tokens = [t.replace("\u2019", "'") for t in tokens]
        i, n = 0, len(tokens)
        while i < n:
            if tokens[i] in self.first_tokens:
                for length in range(min(self.longest, n - i), 0, -1):
                    entries = self.forms.get(tuple(tokens[i : i + length]))
                    if entries:
                        yield i, i + length, entries
                        i += length
                        break
                else:
                    i += 1
            else:
                i += 1

    def sector(self, phrase: str) -> SectorWord | None:
        """The sector word ``phrase`` (a lemma, lower case) names; a plural the tagger left as it
        was, taking a capitalised word opening a sentence for a name ("*Authorities* arrested
        ...", "*Security forces* fired ..."), is read as its singular."""
        found = self.sectors.get(phrase)
        if found is None and phrase.endswith("men"):
            return self.sectors.get(phrase[:-3] + "man")  # "*Gunmen* stormed ...", "militiamen"
        if found is not None or not phrase.endswith("s"):
            return found
        for singular in (phrase[:-3] + "y", phrase[:-2], phrase[:-1]) if phrase.endswith("ies") else (phrase[:-1],):
            found = self.sectors.get(singular)
            if found is not None:
                return found
        return None

    @property
    def title_words(self) -> frozenset[str]:
        """The words of titles and party nouns ("foreign", "minister", "spokesperson"): a headline
        in title case keeps them in capitals before a name ("Foreign Minister Hayashi")."""
        return frozenset(w for phrase in (*self.titles, *self.sectors) for w in phrase.split())

    @property
    def one_word_names(self) -> frozenset[str]:
        """The names of one capitalised word ("Japan", "Kremlin", "Biden"): a headline in title
        case keeps them in capitals when it is parsed in sentence case (``grammar.headlines``)."""
        return frozenset(k[0] for k in self.forms if len(k) == 1 and k[0][:1].isupper())

    @property
    def party_nouns(self) -> frozenset[str]:
        """The one-word sector words: nouns that name a kind of party ("activist", "party")."""
        return frozenset(w for w in self.sectors if " " not in w)

    @staticmethod
    def choose(entries: tuple[ActorEntry, ...], day: date | None) -> ActorEntry:
        """The entry in force on ``day``: a person's current term, else the latest one."""
        valid = [e for e in entries if e.valid_on(day)]
        if valid:
            return valid[0]
        dated = [e for e in entries if e.kind == "person" and e.start is not None]
        if dated and day is not None:
            before = [e for e in dated if e.start is not None and e.start <= day]
            if before:
                return max(before, key=lambda e: e.start or date.min)
        return entries[0]


# -- reading the files ----------------------------------------------------------------------------


class _Forms:
    """Surface forms being collected: token tuples -> entries, in the order first added."""

    def __init__(self, tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self.by_tokens: dict[tuple[str, ...], list[ActorEntry]] = {}

    def add(self, surfaces: Iterable[str], entry: ActorEntry) -> None:
        """Each surface form (tokenized) names ``entry``; empty forms and repeats are skipped."""
        for surface in surfaces:
            key = tuple(self.tokenize(surface))
            if key:
                bucket = self.by_tokens.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)

    def frozen(self) -> dict[tuple[str, ...], tuple[ActorEntry, ...]]:
        return {k: tuple(v) for k, v in self.by_tokens.items()}


@dataclass(frozen=True, slots=True)
class _Countries:
    """What the other files look up by ISO code: the CAMEO code and the name of each country."""

    cameo: dict[str, str]
    names: dict[str, str]


def _names(row: dict[str, str]) -> list[str]:
    """A row's name and its aliases."""
    return [row["name"], *split_multi(row.get("aliases", ""))]


def _load_longer_names(base: Path, tokenize: Tokenize) -> LongerNames:
    """longer_names.tsv: longer names that hold a dictionary name and are something else."""
    out = LongerNames({}, {}, {})
    path = base / "longer_names.tsv"
    if not path.exists():
        return out
    for number, row in read_tsv(path, ("text", "match")):
        keeps = frozenset(split_multi(row.get("keeps", "")))
        text = row["text"]
        if row["match"] == "last":
            out.last[text.lower()] = keeps
        elif row["match"] == "first":
            out.first[text.lower()] = keeps
        elif row["match"] == "name":
            out.names[tuple(t.lower() for t in tokenize(text))] = keeps
        else:
            raise KnowledgeError(f"longer_names.tsv:{number}: match is last, first or name, not {row['match']!r}")
    return out


def _load_countries(base: Path, forms: _Forms) -> _Countries:
    """countries.tsv: each country by its names, and its people by their adjectives."""
    countries = _Countries({}, {})
    for _, row in read_tsv(base / "countries.tsv", ("iso3", "name")):
        iso, cameo = row["iso3"], row.get("cameo") or row["iso3"]
        countries.cameo[iso] = cameo
        countries.names[iso] = row["name"]
        forms.add(_names(row), ActorEntry(row["name"], "country", iso, None, cameo))
        forms.add(split_multi(row.get("adjectives", "")), ActorEntry(row["name"], "people", iso, None, cameo))
    return countries


def _load_igos(base: Path, forms: _Forms) -> None:
    """igos.tsv: international organizations, with their own CAMEO codes."""
    for _, row in read_tsv(base / "igos.tsv", ("code", "name", "country")):
        entry = ActorEntry(row["name"], "igo", row["country"], row.get("sector") or None, row["code"])
        forms.add(_names(row), entry)


def _load_groups(base: Path, forms: _Forms) -> None:
    """groups.tsv: non-state groups (parties, movements, armed groups), coded as their country."""
    for _, row in read_tsv(base / "groups.tsv", ("code", "name", "country")):
        entry = ActorEntry(row["name"], "group", row["country"], row.get("sector") or None, row["country"])
        forms.add(_names(row), entry)


def _load_metonyms(base: Path, forms: _Forms, countries: _Countries) -> None:
    """metonyms.tsv: capitals and seats standing for their country ("Bogota", "the Kremlin")."""
    for _, row in read_tsv(base / "metonyms.tsv", ("text", "country")):
        country = row["country"]
        name = countries.names.get(country, country)
        cameo = countries.cameo.get(country, country)
        forms.add(split_multi(row["text"]), ActorEntry(name, "metonym", country, row.get("sector") or None, cameo))


def _load_people(base: Path, forms: _Forms, countries: _Countries) -> None:
    """people.tsv: office-holders, with the dates of their term."""
    for number, row in read_tsv(base / "people.tsv", ("name", "country", "office")):
        try:
            start = date.fromisoformat(row["start"]) if row.get("start") else None
            end = date.fromisoformat(row["end"]) if row.get("end") else None
        except ValueError as exc:
            raise KnowledgeError(f"people.tsv:{number}: {exc}") from exc
        country = row["country"]
        entry = ActorEntry(
            row["name"],
            "person",
            country,
            row.get("sector") or "GOV",
            countries.cameo.get(country, country),
            row["office"],
            start,
            end,
        )
        forms.add(_names(row), entry)


def _load_sectors(base: Path) -> dict[str, SectorWord]:
    """sectors.tsv: sector words (lowercased) -> their PLOVER sector and CAMEO role."""
    sectors: dict[str, SectorWord] = {}
    for _, row in read_tsv(base / "sectors.tsv", ("term", "sector")):
        role = row.get("cameo_role") or _ROLE_OF_SECTOR.get(row["sector"], row["sector"])
        sectors[row["term"].lower()] = SectorWord(row["sector"], role)
    return sectors


def _load_titles(base: Path) -> dict[str, frozenset[str]]:
    """titles.tsv: titles (lowercased) -> the offices they can refer back to."""
    return {
        row["title"].lower(): frozenset(split_multi(row["offices"]))
        for _, row in read_tsv(base / "titles.tsv", ("title", "offices"))
    }
