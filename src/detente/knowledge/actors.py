"""The actor dictionary: countries, demonyms, capitals and seats, IGOs, office-holders
and sector words, read from ``data/actors/*.tsv``.

Names are matched on the tokens of the text. The dictionary is compiled once with the
tokenizer of the pipeline (so "U.S." or "Côte d'Ivoire" split as the text does) and then
used by the actor stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.errors import KnowledgeError
from detente.knowledge.files import data_dir, read_tsv, split_multi

#: PLOVER sector -> CAMEO role code where they differ
_ROLE_OF_SECTOR = {"PRM": "PRM", "UAF": "UAF", "SOC": "CVL", "CVL": "CVL"}


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


@dataclass(frozen=True)
class ActorDictionary:
    """Surface forms (as token tuples) -> entries, and sector words (lemmas) -> sectors."""

    forms: dict[tuple[str, ...], tuple[ActorEntry, ...]]
    first_tokens: frozenset[str]
    longest: int
    sectors: dict[str, SectorWord]
    titles: dict[str, frozenset[str]]  # "president" -> offices it can refer back to

    @classmethod
    def load(cls, tokenize: Tokenize, directory: Path | None = None) -> ActorDictionary:
        base = (directory or data_dir()) / "actors"
        forms: dict[tuple[str, ...], list[ActorEntry]] = {}

        def add(surface: str, entry: ActorEntry) -> None:
            key = tuple(tokenize(surface))
            if key:
                bucket = forms.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)

        country_cameo: dict[str, str] = {}
        country_names: dict[str, str] = {}
        for _, row in read_tsv(base / "countries.tsv", ("iso3", "name")):
            iso, cameo = row["iso3"], row.get("cameo") or row["iso3"]
            country_cameo[iso] = cameo
            country_names[iso] = row["name"]
            entry = ActorEntry(row["name"], "country", iso, None, cameo)
            for surface in [row["name"], *split_multi(row.get("aliases", ""))]:
                add(surface, entry)
            people = ActorEntry(row["name"], "people", iso, None, cameo)
            for surface in split_multi(row.get("adjectives", "")):
                add(surface, people)
        for _, row in read_tsv(base / "igos.tsv", ("code", "name", "country")):
            entry = ActorEntry(row["name"], "igo", row["country"], row.get("sector") or None, row["code"])
            for surface in [row["name"], *split_multi(row.get("aliases", ""))]:
                add(surface, entry)
        for _, row in read_tsv(base / "groups.tsv", ("code", "name", "country")):
            entry = ActorEntry(row["name"], "group", row["country"], row.get("sector") or None, row["country"])
            for surface in [row["name"], *split_multi(row.get("aliases", ""))]:
                add(surface, entry)
        for _, row in read_tsv(base / "metonyms.tsv", ("text", "country")):
            country = row["country"]
            name = country_names.get(country, country)
            entry = ActorEntry(name, "metonym", country, row.get("sector") or None, country_cameo.get(country, country))
            for surface in split_multi(row["text"]):
                add(surface, entry)
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
                country_cameo.get(country, country),
                row["office"],
                start,
                end,
            )
            for surface in [row["name"], *split_multi(row.get("aliases", ""))]:
                add(surface, entry)
        sectors: dict[str, SectorWord] = {}
        for _, row in read_tsv(base / "sectors.tsv", ("term", "sector")):
            role = row.get("cameo_role") or _ROLE_OF_SECTOR.get(row["sector"], row["sector"])
            sectors[row["term"].lower()] = SectorWord(row["sector"], role)
        titles = {
            row["title"].lower(): frozenset(split_multi(row["offices"]))
            for _, row in read_tsv(base / "titles.tsv", ("title", "offices"))
        }
        frozen = {k: tuple(v) for k, v in forms.items()}
        return cls(
            forms=frozen,
            first_tokens=frozenset(k[0] for k in frozen),
            longest=max((len(k) for k in frozen), default=1),
            sectors=sectors,
            titles=titles,
        )

    def match(self, tokens: list[str]) -> Iterable[tuple[int, int, tuple[ActorEntry, ...]]]:
        """Longest-first, left-to-right matches of surface forms in a token list."""
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
        return self.sectors.get(phrase)

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
