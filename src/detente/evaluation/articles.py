"""Article gold: whole articles with every codable event, and the article-level scoring rule.

The format and the rule are those of ``../shared/gold/README.md`` ("Article gold") and the team's
``docs/coding-manual.md``. A record names its article (``id``) but does not contain its text: the
text is read from the corpora (:func:`corpus_articles`). This module is a pure library: it prints
nothing, loads nothing at import, and does not code; :func:`evaluate_articles` takes the coder's
events per article id and returns :class:`ArticleScores`.

The rule, per article, with the entity rule of :func:`detente.evaluation.score.entity_matches`:

- a gold event *matches* a predicted event when the predicted type is one of the gold's accepted
  types and the actor and the recipient both match; a gold event is **found** when some predicted
  event of its article matches it (``core_recall`` over core events, ``all_recall`` over all);
- a predicted event is **correct** when it matches some gold event of its article (``precision``);
  ``f1`` is the harmonic mean of ``all_recall`` and ``precision``; the figures are pooled over
  all articles (micro averages);
- ``type_recall`` (diagnosis only): a gold event whose accepted types meet the set of the
  article's predicted types, whoever the parties;
- per type: a gold event counts under its *primary* type (the first one listed in the file);
  a predicted event under its own type;
- checks are scored on found gold events only, on the best matched predicted event (the matching
  event with the most checks right; the earliest of those): ``date`` exact, ``fatalities`` exact,
  ``location`` when the predicted location's text or gazetteer name shares a content word with one
  of ``location_any``. Each check reports ``gold`` (gold events with it), ``scored`` (those found)
  and ``correct``.

**Duplicates.** A correct predicted event that repeats a gold event another correct predicted
event already accounts for is a *duplicate*: the correct predicted events are paired one-to-one with
the gold events they match by a maximum matching (augmenting paths, predicted events tried in
their order, gold events in theirs); the correct ones left unpaired are the duplicates. They stay
correct under the rule (precision counts them) and are reported as a figure of their own.

**Causes** (one per gold miss and per wrong prediction, the first rule that applies, in this
order). For a gold event that was not found, looking at the article's predicted events whose type
it accepts (*typed* events):

1. ``type missing``: no typed event;
2. ``actor missing``: a typed event matches the recipient and has no actor;
3. ``actor wrong``: a typed event matches the recipient, its actor does not match;
4. ``recipient wrong``: a typed event matches the actor, its recipient does not match (or is missing);
5. ``both wrong``: typed events exist, none matches either side.

For a predicted event that is not correct, looking at the gold events of its article:

1. ``type wrong``: some gold event's actor and recipient both match it (the type is not accepted);
2. ``actor wrong``: some gold event accepts its type and its recipient matches;
3. ``recipient wrong``: some gold event accepts its type and its actor matches;
4. ``not an event``: otherwise (no gold event of its type shares a party with it).

A gold null or empty entity matches anything (the entity rule), so a gold event without a
recipient is never missed for its recipient.

**In its sentence** (a diagnosis beside each cause): a missed gold event whose sentence (the one
holding its quote) gave some predicted event, of any type and parties, was read and coded as
something else, a matter of type or parties; one whose sentence gave none was never proposed. A
wrong prediction from a sentence that states some gold event read a gold sentence wrongly; one
from another sentence coded what the gold does not list.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from detente.errors import GoldFormatError, InputError, SourceNotFoundError
from detente.evaluation.gold import GoldEntity, gold_lines, read_date, read_entity
from detente.evaluation.score import content_words, entity_matches
from detente.records import PLOVER_TYPES, Actor, Article, Event, parse_date

# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleGoldEvent:
    """One gold event of an article (``docs/coding-manual.md``)."""

    key: str
    core: bool
    types: frozenset[str]  # any one of them is right
    actor: GoldEntity | None
    recipient: GoldEntity | None
    date: str | None = None  # YYYY-MM-DD
    fatalities: int | None = None
    location_any: tuple[str, ...] = ()
    what: str | None = None
    quote: str = ""
    primary_type: str = ""  # the first type listed in the file: the one per-type figures count it under

    def __post_init__(self) -> None:
        if not self.primary_type:
            object.__setattr__(self, "primary_type", min(self.types) if self.types else "")


@dataclass(frozen=True, slots=True)
class ArticleGold:
    """One whole article and every codable event in it; the text is the corpus record's."""

    id: str
    published: date | None
    dataset: str | None
    split: str | None
    title: str | None
    events: tuple[ArticleGoldEvent, ...]


# --- reading the gold ----------------------------------------------------------------------

SPLITS = ("dev", "test")
CHECKS = ("date", "fatalities", "location_any")


def _types(raw: Any, where: str) -> tuple[str, ...]:
    listed = raw if isinstance(raw, list) else [raw]
    if not listed or not all(isinstance(t, str) for t in listed):
        raise GoldFormatError(f"{where}: type should be a PLOVER type or a non-empty list of them")
    unknown = sorted(set(listed) - set(PLOVER_TYPES))
    if unknown:
        raise GoldFormatError(f"{where}: unknown PLOVER type(s) {unknown}")
    return tuple(listed)


def _checks(raw: Any, where: str) -> tuple[str | None, int | None, tuple[str, ...]]:
    if raw is None:
        return None, None, ()
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: checks should be an object")
    unknown = sorted(set(raw) - set(CHECKS))
    if unknown:
        raise GoldFormatError(f"{where}: unknown check(s) {unknown} (known: {', '.join(CHECKS)})")
    fatalities = raw.get("fatalities")
    if fatalities is not None and (isinstance(fatalities, bool) or not isinstance(fatalities, int) or fatalities < 0):
        raise GoldFormatError(f"{where}: fatalities should be a whole number")
    places = raw.get("location_any")
    if places is None:
        places = []
    if not isinstance(places, list) or not all(isinstance(p, str) and p.strip() for p in places):
        raise GoldFormatError(f"{where}: location_any should be a list of place names")
    return read_date(raw.get("date"), where), fatalities, tuple(places)


def _optional_str(obj: dict[str, Any], name: str, where: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise GoldFormatError(f"{where}: {name} should be a string")
    return value or None


def _gold_event(ev: Any, index: int, keys: set[str], where: str) -> ArticleGoldEvent:
    if not isinstance(ev, dict):
        raise GoldFormatError(f"{where}: event {index} should be an object")
    key = ev.get("key")
    if not isinstance(key, str) or not key:
        raise GoldFormatError(f"{where}: event {index} has no key")
    here = f"{where}: event {key}"
    if key in keys:
        raise GoldFormatError(f"{here}: duplicate key")
    keys.add(key)
    if not isinstance(ev.get("core"), bool):
        raise GoldFormatError(f"{here}: core should be true or false")
    types = _types(ev.get("type"), here)
    quote = ev.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise GoldFormatError(f"{here}: no quote")
    day, fatalities, places = _checks(ev.get("checks"), here)
    return ArticleGoldEvent(
        key=key,
        core=ev["core"],
        types=frozenset(types),
        actor=read_entity(ev.get("actor"), here),
        recipient=read_entity(ev.get("recipient"), here),
        date=day,
        fatalities=fatalities,
        location_any=places,
        what=_optional_str(ev, "what", here),
        quote=quote,
        primary_type=types[0],
    )


def _gold_article(obj: Any, where: str) -> ArticleGold:
    if not isinstance(obj, dict) or not isinstance(obj.get("events"), list):
        raise GoldFormatError(f"{where}: an article gold record is an object with 'id' and 'events'")
    id_ = obj.get("id")
    if not isinstance(id_, str) or not id_:
        raise GoldFormatError(f"{where}: 'id' should be the corpus record's id (a string)")
    split = obj.get("split")
    if split is not None and split not in SPLITS:
        raise GoldFormatError(f"{where}: split {split!r} is not one of {', '.join(SPLITS)}")
    published = read_date(obj.get("published"), where)
    keys: set[str] = set()
    events = tuple(_gold_event(ev, i, keys, where) for i, ev in enumerate(obj["events"], start=1))
    return ArticleGold(
        id=id_,
        published=date.fromisoformat(published) if published else None,
        dataset=_optional_str(obj, "dataset", where),
        split=split,
        title=_optional_str(obj, "title", where),
        events=events,
    )


def load_article_gold(path: str | Path) -> list[ArticleGold]:
    """Read an article gold file (one JSON record per line), checking every line: the types are
    PLOVER's 16, event keys are unique within an article, article ids within the file, every event
    has a quote. A bad line raises :class:`GoldFormatError` naming ``file:line``."""
    records: list[ArticleGold] = []
    seen: dict[str, int] = {}
    for number, where, obj in gold_lines(path):
        record = _gold_article(obj, where)
        if record.id in seen:
            raise GoldFormatError(f"{where}: article {record.id} is already on line {seen[record.id]}")
        seen[record.id] = number
        records.append(record)
    return records


def looks_like_article_gold(path: str | Path) -> bool:
    """Whether a gold file holds article gold (records with events but no ``text``) rather than
    sentence gold (``detente.evaluation.gold``): decided on its first non-empty line."""
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(obj, dict) and "text" not in obj and isinstance(obj.get("events"), list)
    return False


# --- the texts -----------------------------------------------------------------------------

_ID = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.)*)"')


def _corpus_files(corpora_dir: Path) -> list[Path]:
    """Every ``.jsonl`` and ``.jsonl.gz`` file under the folder, smallest first (the article gold
    comes from the small corpora: a lookup that finds them all stops before the big ones)."""
    files = [p for p in corpora_dir.rglob("*") if p.is_file() and p.name.endswith((".jsonl", ".jsonl.gz"))]
    return sorted(files, key=lambda p: (p.stat().st_size, str(p)))


def _open_text(path: Path) -> TextIO:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _line_ids(line: str) -> set[str]:
    """The values of every ``"id"`` key on a line, read without parsing the whole record (an
    ``"id"`` inside a string value is escaped and never matches)."""
    ids = set()
    for m in _ID.finditer(line):
        try:
            value = json.loads(f'"{m.group(1)}"')
        except json.JSONDecodeError:
            continue
        ids.add(value)
    return ids


def _corpus_article(obj: Any, where: str) -> Article:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(f"{where}: a corpus record needs 'id' and 'text'")
    try:
        published = parse_date(obj.get("published"))
    except InputError:
        published = None
    title = obj.get("title")
    url = obj.get("url")
    return Article(
        id=str(obj["id"]),
        text=obj["text"],
        published=published,
        title=title if isinstance(title, str) and title else None,
        url=url if isinstance(url, str) and url else None,
    ).headed()


def corpus_articles(ids: Iterable[str], corpora_dir: str | Path) -> dict[str, Article]:
    """The corpus records of the given ids, as articles coded as ``detente code`` codes them (the
    title in ``Article.title`` and, as the headline, at the head of the text), read from the
    ``.jsonl`` / ``.jsonl.gz`` files under ``corpora_dir`` (e.g. ``../shared/corpora``). Only the
    wanted records are parsed; the search stops once all are found. An id found in no file raises
    :class:`SourceNotFoundError`; where an id is in several files, the smallest file's record wins."""
    wanted = set(ids)
    folder = Path(corpora_dir)
    if not folder.is_dir():
        raise SourceNotFoundError(f"{corpora_dir}: no such corpora folder")
    found: dict[str, Article] = {}
    for path in _corpus_files(folder):
        if len(found) == len(wanted):
            break
        with _open_text(path) as f:
            for number, line in enumerate(f, start=1):
                if not (_line_ids(line) & wanted):
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
                id_ = obj.get("id") if isinstance(obj, dict) else None
                if id_ in wanted and id_ not in found:  # not a nested object's "id"
                    found[id_] = _corpus_article(obj, f"{path}:{number}")
    missing = sorted(wanted - set(found))
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise SourceNotFoundError(f"{corpora_dir}: no corpus record for {shown}")
    return found


def check_quotes(gold: Iterable[ArticleGold], articles: Mapping[str, Article]) -> list[str]:
    """Problems with the gold quotes, one line each: an article whose text is missing, or a quote
    that is not an exact substring of its article's title or text. Empty when all is well."""
    problems = []
    for g in gold:
        art = articles.get(g.id)
        if art is None:
            problems.append(f"{g.id}: no article text")
            continue
        for ev in g.events:
            if ev.quote not in art.text and ev.quote not in (art.title or ""):
                problems.append(f"{g.id} {ev.key}: quote not in the title or text: {ev.quote!r}")
    return problems


# --- scoring -------------------------------------------------------------------------------

MISS_CAUSES = ("type missing", "actor missing", "actor wrong", "recipient wrong", "both wrong")
SPURIOUS_CAUSES = ("type wrong", "actor wrong", "recipient wrong", "not an event")
CHECK_NAMES = ("date", "fatalities", "location")


def matches(g: ArticleGoldEvent, ev: Event) -> bool:
    """The article rule: an accepted type, a matching actor and a matching recipient."""
    return ev.type in g.types and entity_matches(g.actor, ev.actor) and entity_matches(g.recipient, ev.recipient)


def miss_cause(g: ArticleGoldEvent, predicted: Sequence[Event]) -> str:
    """Why a gold event was not found (see the module docstring for the rule)."""
    typed = [e for e in predicted if e.type in g.types]
    if not typed:
        return "type missing"
    recipient_ok = [e for e in typed if entity_matches(g.recipient, e.recipient)]
    if any(e.actor is None for e in recipient_ok):
        return "actor missing"
    if recipient_ok:
        return "actor wrong"
    if any(entity_matches(g.actor, e.actor) for e in typed):
        return "recipient wrong"
    return "both wrong"


def spurious_cause(ev: Event, gold: Sequence[ArticleGoldEvent]) -> str:
    """Why a predicted event matches no gold event of its article (see the module docstring)."""
    if any(entity_matches(g.actor, ev.actor) and entity_matches(g.recipient, ev.recipient) for g in gold):
        return "type wrong"
    typed = [g for g in gold if ev.type in g.types]
    if any(entity_matches(g.recipient, ev.recipient) for g in typed):
        return "actor wrong"
    if any(entity_matches(g.actor, ev.actor) for g in typed):
        return "recipient wrong"
    return "not an event"


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def in_sentence(g: ArticleGoldEvent, ev: Event) -> bool:
    """Whether ``ev`` was coded from the sentence that states ``g``: the gold quote lies in the
    event's sentence, or the sentence in the quote (a quote may run over two sentences)."""
    quote, sentence = _squeezed(g.quote), _squeezed(ev.text)
    return bool(quote and sentence) and (quote in sentence or sentence in quote)


def _location_ok(g: ArticleGoldEvent, ev: Event) -> bool:
    loc = ev.location
    if loc is None:
        return False
    words = content_words(loc.text) | content_words(loc.name)
    return any(words & content_words(place) for place in g.location_any)


def _check_names(g: ArticleGoldEvent) -> list[str]:
    present = (g.date is not None, g.fatalities is not None, bool(g.location_any))
    return [name for name, has in zip(CHECK_NAMES, present, strict=True) if has]


def check_results(g: ArticleGoldEvent, ev: Event) -> dict[str, bool]:
    """The checks the gold event has, each right or wrong on this predicted event."""
    out = {}
    if g.date is not None:
        out["date"] = ev.date == g.date
    if g.fatalities is not None:
        out["fatalities"] = ev.fatalities is not None and ev.fatalities.value == g.fatalities
    if g.location_any:
        out["location"] = _location_ok(g, ev)
    return out


def _pair(correct: Sequence[tuple[int, list[int]]]) -> dict[int, int]:
    """A maximum one-to-one pairing of correct predicted events with gold events they match
    (augmenting paths; deterministic): gold index -> predicted index."""
    options = dict(correct)
    owner: dict[int, int] = {}

    def place(p: int, seen: set[int]) -> bool:
        for gi in options[p]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or place(owner[gi], seen):
                owner[gi] = p
                return True
        return False

    for p, _ in correct:
        place(p, set())
    return owner


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold event no predicted event matched."""

    article_id: str
    gold: ArticleGoldEvent
    cause: str
    sentence_coded: bool = False  # its sentence gave some predicted event


@dataclass(frozen=True, slots=True)
class Spurious:
    """A predicted event that is wrong (``cause`` one of SPURIOUS_CAUSES), or a duplicate
    (``cause`` ``"duplicate"``; ``duplicate_of`` the keys of the gold events it matches)."""

    article_id: str
    event: Event
    cause: str
    duplicate_of: tuple[str, ...] = ()
    in_gold_sentence: bool = False  # coded from a sentence that states some gold event


@dataclass(frozen=True, slots=True)
class CheckMiss:
    """A gold event found, whose best-matching predicted event gets a check wrong (``wrong``:
    the names of the checks, of ``CHECK_NAMES``)."""

    article_id: str
    gold: ArticleGoldEvent
    event: Event
    wrong: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article's counts."""

    id: str
    gold: int
    core: int
    predicted: int
    found: int
    core_found: int
    correct: int
    duplicates: int
    dataset: str | None = None  # the gold record's source ("voa-2025", "wikinews")


@dataclass
class ArticleScores:
    """The counts behind the article figures; :meth:`as_dict` gives the figures."""

    articles: int = 0
    gold_events: int = 0
    core_events: int = 0
    predicted_events: int = 0
    found: int = 0
    core_found: int = 0
    type_found: int = 0
    correct: int = 0
    duplicates: int = 0
    per_type: dict[str, Counter[str]] = field(default_factory=dict)
    miss_causes: Counter[str] = field(default_factory=Counter)
    spurious_causes: Counter[str] = field(default_factory=Counter)
    #: of each cause, the misses whose sentence gave some predicted event, and the wrong
    #: predictions from a sentence that states some gold event (the module docstring)
    miss_in_sentence: Counter[str] = field(default_factory=Counter)
    spurious_in_sentence: Counter[str] = field(default_factory=Counter)
    #: check name -> Counter(gold=, scored=, correct=)
    checks: dict[str, Counter[str]] = field(default_factory=dict)
    rows: list[ArticleRow] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    spurious: list[Spurious] = field(default_factory=list)  # wrong predictions and duplicates, by article
    check_misses: list[CheckMiss] = field(default_factory=list)  # found events with a check wrong

    @property
    def core_recall(self) -> float:
        return _ratio(self.core_found, self.core_events)

    @property
    def all_recall(self) -> float:
        return _ratio(self.found, self.gold_events)

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted_events)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.all_recall)

    @property
    def type_recall(self) -> float:
        return _ratio(self.type_found, self.gold_events)

    def by_dataset(self) -> dict[str, dict[str, Any]]:
        """The main figures for each source of the gold (its records' ``dataset``; "-" where none
        is given), from the per-article counts: sources can fail in opposite directions (one
        coded too much, another too little) that the pooled figures hide."""
        groups: dict[str, list[ArticleRow]] = {}
        for r in self.rows:
            groups.setdefault(r.dataset or "-", []).append(r)
        out = {}
        for name, rows in sorted(groups.items()):
            gold, core, predicted = (sum(getattr(r, k) for r in rows) for k in ("gold", "core", "predicted"))
            found, core_found, correct = (sum(getattr(r, k) for r in rows) for k in ("found", "core_found", "correct"))
            recall, precision = _ratio(found, gold), _ratio(correct, predicted)
            out[name] = {
                "articles": len(rows),
                "gold_events": gold,
                "predicted_events": predicted,
                "core_recall": round(_ratio(core_found, core), 4),
                "all_recall": round(recall, 4),
                "precision": round(precision, 4),
                "f1": round(_f1(precision, recall), 4),
            }
        return out

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain JSON-ready data, ratios rounded to 4 decimals."""
        per_type = {}
        for t in PLOVER_TYPES:
            c = self.per_type.get(t)
            if not c:
                continue
            per_type[t] = {
                "gold": c["gold"],
                "found": c["found"],
                "recall": round(_ratio(c["found"], c["gold"]), 4),
                "predicted": c["predicted"],
                "correct": c["correct"],
                "precision": round(_ratio(c["correct"], c["predicted"]), 4),
            }
        return {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "core_events": self.core_events,
            "predicted_events": self.predicted_events,
            "found": self.found,
            "core_found": self.core_found,
            "correct": self.correct,
            "duplicates": self.duplicates,
            "core_recall": round(self.core_recall, 4),
            "all_recall": round(self.all_recall, 4),
            "precision": round(self.precision, 4),
            "f1": round(self.f1, 4),
            "type_recall": round(self.type_recall, 4),
            "per_type": per_type,
            "causes": {
                "missed": {c: self.miss_causes[c] for c in MISS_CAUSES},
                "spurious": {c: self.spurious_causes[c] for c in SPURIOUS_CAUSES},
            },
            "causes_in_sentence": {
                "missed": {c: self.miss_in_sentence[c] for c in MISS_CAUSES},
                "spurious": {c: self.spurious_in_sentence[c] for c in SPURIOUS_CAUSES},
            },
            "checks": {
                name: {
                    "gold": c["gold"],
                    "scored": c["scored"],
                    "correct": c["correct"],
                    "accuracy": round(_ratio(c["correct"], c["scored"]), 4),
                }
                for name in CHECK_NAMES
                if (c := self.checks.get(name))
            },
            "by_dataset": self.by_dataset(),
            "articles_table": [
                {
                    "id": r.id,
                    "gold": r.gold,
                    "core": r.core,
                    "predicted": r.predicted,
                    "found": r.found,
                    "core_found": r.core_found,
                    "correct": r.correct,
                    "duplicates": r.duplicates,
                }
                for r in self.rows
            ],
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_article(scores: ArticleScores, gold: ArticleGold, predicted: Sequence[Event]) -> None:
    """Add one article's counts to ``scores``."""
    golds = gold.events
    hits = [[gi for gi, g in enumerate(golds) if matches(g, e)] for e in predicted]
    ptypes = {e.type for e in predicted}
    found = core_found = 0
    for gi, g in enumerate(golds):
        per = scores.per_type.setdefault(g.primary_type, Counter())
        per["gold"] += 1
        matched = [e for e, h in zip(predicted, hits, strict=True) if gi in h]
        if g.types & ptypes:
            scores.type_found += 1
        for name in _check_names(g):
            scores.checks.setdefault(name, Counter())["gold"] += 1
        if not matched:
            cause = miss_cause(g, predicted)
            scores.miss_causes[cause] += 1
            coded = any(in_sentence(g, e) for e in predicted)
            scores.miss_in_sentence[cause] += coded
            scores.misses.append(Miss(gold.id, g, cause, coded))
            continue
        found += 1
        core_found += int(g.core)
        per["found"] += 1
        best, best_event = max(
            ((check_results(g, e), e) for e in matched), key=lambda r: sum(r[0].values())
        )  # first of the best
        wrong = tuple(name for name, ok in best.items() if not ok)
        if wrong:
            scores.check_misses.append(CheckMiss(gold.id, g, best_event, wrong))
        for name, ok in best.items():
            cell = scores.checks[name]
            cell["scored"] += 1
            cell["correct"] += int(ok)
    paired = _pair([(pi, h) for pi, h in enumerate(hits) if h])
    paired_predicted = set(paired.values())
    correct = duplicates = 0
    for pi, (e, h) in enumerate(zip(predicted, hits, strict=True)):
        per = scores.per_type.setdefault(e.type, Counter())
        per["predicted"] += 1
        if h:
            correct += 1
            per["correct"] += 1
            if pi not in paired_predicted:
                duplicates += 1
                keys = tuple(golds[gi].key for gi in h)
                scores.spurious.append(Spurious(gold.id, e, "duplicate", keys))
            continue
        cause = spurious_cause(e, golds)
        scores.spurious_causes[cause] += 1
        stated = any(in_sentence(g, e) for g in golds)
        scores.spurious_in_sentence[cause] += stated
        scores.spurious.append(Spurious(gold.id, e, cause, in_gold_sentence=stated))
    core = sum(1 for g in golds if g.core)
    scores.articles += 1
    scores.gold_events += len(golds)
    scores.core_events += core
    scores.predicted_events += len(predicted)
    scores.found += found
    scores.core_found += core_found
    scores.correct += correct
    scores.duplicates += duplicates
    scores.rows.append(
        ArticleRow(gold.id, len(golds), core, len(predicted), found, core_found, correct, duplicates, gold.dataset)
    )


def evaluate_articles(gold: Sequence[ArticleGold], predicted: Mapping[str, Sequence[Event]]) -> ArticleScores:
    """Score the coder's events (per article id) against article gold. An article the mapping
    lacks counts as coded with no events; predicted ids without gold are ignored."""
    scores = ArticleScores()
    for g in gold:
        score_article(scores, g, predicted.get(g.id, ()))
    return scores


# --- reports -------------------------------------------------------------------------------


def _gold_side(e: GoldEntity | None) -> str:
    if e is None or e.empty:
        return "-"
    if e.text and e.country:
        return f"{e.text} ({e.country})"
    return e.text or f"({e.country})"


def _predicted_side(a: Actor | None) -> str:
    if a is None:
        return "-"
    return f"{a.text} ({a.country})" if a.country else a.text


def _types_text(g: ArticleGoldEvent) -> str:
    rest = sorted(g.types - {g.primary_type})
    return "/".join([g.primary_type, *rest])


def _check_text(name: str, g: ArticleGoldEvent, e: Event) -> str:
    """One wrong check: what the gold says and what was predicted, with why where known."""
    if name == "date":
        return f"date gold {g.date}, predicted {e.date or '-'} ({e.date_precision or 'none'})"
    if name == "fatalities":
        return f"fatalities gold {g.fatalities}, predicted {e.fatalities.value if e.fatalities else '-'}"
    loc = e.location
    said = f"{loc.name or loc.text} ({loc.reason})" if loc is not None else "-"
    return f"location gold {' | '.join(g.location_any)}, predicted {said}"


def verbose_report(scores: ArticleScores) -> list[str]:
    """Lines listing, article by article, each gold miss (key, type, actor -> recipient, cause,
    quote), each wrong prediction (cause, type, actor -> recipient, its sentence), each duplicate,
    and each found event with a check (date, fatalities, location) wrong."""
    lines: list[str] = []
    misses: dict[str, list[Miss]] = {}
    for m in scores.misses:
        misses.setdefault(m.article_id, []).append(m)
    extras: dict[str, list[Spurious]] = {}
    for s in scores.spurious:
        extras.setdefault(s.article_id, []).append(s)
    checks: dict[str, list[CheckMiss]] = {}
    for c in scores.check_misses:
        checks.setdefault(c.article_id, []).append(c)
    for row in scores.rows:
        these, wrong, checked = misses.get(row.id, []), extras.get(row.id, []), checks.get(row.id, [])
        if not these and not wrong and not checked:
            continue
        lines.append(
            f"article {row.id}: gold {row.gold} (core {row.core}), predicted {row.predicted}, "
            f"found {row.found}, correct {row.correct}"
        )
        for m in these:
            g = m.gold
            core = " core" if g.core else ""
            lines.append(
                f"  missed {g.key}{core} {_types_text(g)} {_gold_side(g.actor)} -> {_gold_side(g.recipient)} "
                f"[{m.cause}{'; sentence coded' if m.sentence_coded else ''}]"
            )
            lines.append(f"      quote: {' '.join(g.quote.split())}")
        for s in wrong:
            e = s.event
            label = f"duplicate of {', '.join(s.duplicate_of)}" if s.cause == "duplicate" else s.cause
            label += "; gold sentence" if s.in_gold_sentence else ""
            lines.append(f"  spurious {e.type} {_predicted_side(e.actor)} -> {_predicted_side(e.recipient)} [{label}]")
            lines.append(f"      sentence: {' '.join(e.text.split())}")
        for c in checked:
            said = "; ".join(_check_text(name, c.gold, c.event) for name in c.wrong)
            lines.append(f"  check {c.gold.key} {c.gold.primary_type}: {said}")
            lines.append(f"      sentence: {' '.join(c.event.text.split())}")
    return lines


def format_article_scores(result: ArticleScores | Mapping[str, Any], name: str | Path = "") -> str:
    """The table ``detente evaluate`` prints for article gold: overall figures, per type, causes, checks."""
    r = result.as_dict() if isinstance(result, ArticleScores) else result
    lines = [f"article gold: {name}"] if name else []
    lines += [
        f"articles {r['articles']}, gold events {r['gold_events']} (core {r['core_events']}), "
        f"predicted events {r['predicted_events']}",
        "",
        f"  {'core_recall':<14} {r['core_recall']:.3f}  ({r['core_found']}/{r['core_events']})",
        f"  {'all_recall':<14} {r['all_recall']:.3f}  ({r['found']}/{r['gold_events']})",
        f"  {'precision':<14} {r['precision']:.3f}  ({r['correct']}/{r['predicted_events']})",
        f"  {'f1':<14} {r['f1']:.3f}",
        f"  {'type_recall':<14} {r['type_recall']:.3f}  (diagnosis: type predicted in the article, any parties)",
        f"  {'duplicates':<14} {r['duplicates']:>5}  (correct, but repeat a gold event already matched)",
        "",
        f"  {'type':<10} {'gold':>5} {'found':>6} {'R':>6} {'pred':>5} {'corr':>5} {'P':>6}",
    ]
    for t, v in r["per_type"].items():
        lines.append(
            f"  {t:<10} {v['gold']:>5} {v['found']:>6} {v['recall']:>6.3f} "
            f"{v['predicted']:>5} {v['correct']:>5} {v['precision']:>6.3f}"
        )
    by_source = r.get("by_dataset") or {}
    if len(by_source) > 1:
        head = f"  {'source':<14} {'articles':>8} {'gold':>5} {'pred':>5} {'core_R':>7} {'all_R':>6} {'P':>6} {'F1':>6}"
        lines += ["", head]
        for name, v in by_source.items():
            lines.append(
                f"  {name:<14} {v['articles']:>8} {v['gold_events']:>5} {v['predicted_events']:>5} "
                f"{v['core_recall']:>7.3f} {v['all_recall']:>6.3f} {v['precision']:>6.3f} {v['f1']:>6.3f}"
            )
    causes, within = r["causes"], r.get("causes_in_sentence", {"missed": {}, "spurious": {}})
    lines += ["", f"  missed gold events, by cause:  {'its sentence coded':>20}"]
    lines += [f"    {c:<16} {n:>5} {within['missed'].get(c, ''):>20}" for c, n in causes["missed"].items()]
    lines += [f"  wrong predictions, by cause:   {'in a gold sentence':>20}"]
    lines += [f"    {c:<16} {n:>5} {within['spurious'].get(c, ''):>20}" for c, n in causes["spurious"].items()]
    if r["checks"]:
        lines += ["", f"  {'check':<12} {'gold':>5} {'scored':>7} {'correct':>8} {'accuracy':>9}"]
        for c, v in r["checks"].items():
            lines.append(f"  {c:<12} {v['gold']:>5} {v['scored']:>7} {v['correct']:>8} {v['accuracy']:>9.3f}")
    return "\n".join(lines)
