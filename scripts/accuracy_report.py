"""Re-measure accuracy on the gold sets and the attribute tables, and rewrite docs/accuracy.md.

    .venv/bin/python scripts/accuracy_report.py [../shared/gold]

Runs the same scoring as `detente evaluate` on plover_gsr.jsonl and plv_train.jsonl, and the
attribute test tables (tests/test_dates.py, test_places.py, test_event_attributes.py,
test_attributes.py) through pytest, counting the rows that pass per kind; writes the summary
and per-type tables. The prose around them lives here.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente import Coder, __version__
from detente.coder import Given
from detente.evaluation.runner import SUMMARY_KEYS, evaluate_articles_file, evaluate_file
from detente.model import EventModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_report import report as cv_report


def per_type(result: dict) -> str:
    rows = ["| type | gold | predicted | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for t, v in result["per_type"].items():
        rows.append(
            f"| {t} | {v['gold']} | {v['predicted']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |"
        )
    return "\n".join(rows)


ROOT = Path(__file__).resolve().parents[1]
#: the attribute tables: (kind, pytest node of the parametrised test)
TABLES = [
    ("date expressions", "tests/test_dates.py::test_date_expression"),
    ("event dates in sentences", "tests/test_dates.py::test_event_date"),
    ("place phrases (country, feature, name)", "tests/test_places.py::test_event_location"),
    ("casualty, arrest and size counts", "tests/test_event_attributes.py::test_event_counts"),
    ("casualty counts (first table)", "tests/test_attributes.py::test_casualty_counts"),
    ("modality, condition and attribution", "tests/test_event_attributes.py::test_event_modality"),
]


class _Tally:
    """A pytest plugin counting passed and run rows per test function."""

    def __init__(self) -> None:
        self.passed: Counter[str] = Counter()
        self.run: Counter[str] = Counter()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call":
            node = report.nodeid.split("[")[0]
            self.run[node] += 1
            self.passed[node] += int(report.passed)


def table_accuracy() -> list[tuple[str, int, int]]:
    tally = _Tally()
    pytest.main(["-q", "-p", "no:cacheprovider", "--no-header", *(ROOT / n for _, n in TABLES)], plugins=[tally])
    return [(kind, tally.passed[node], tally.run[node]) for kind, node in TABLES]


#: detente's own held-out attribute sets (benchmarks/gold/README.md)
HOLDOUTS = ("attributes_holdout.jsonl", "attributes_holdout2.jsonl")
#: the first, blind run on attributes_holdout.jsonl (before any change made after looking at it)
FIRST_RUN = {
    "date_exact": 0.812,
    "location_country": 0.872,
    "location_25km": 0.800,
    "fatalities_exact": 0.818,
    "modality": 0.938,
    "size_exact": 0.562,
    "type_micro_f1": 0.757,
    "tuple_recall": 0.725,
}
#: the blind run on attributes_holdout2.jsonl, the day it was written
FIRST_RUN_2 = {
    "date_exact": 0.870,
    "location_country": 0.833,
    "location_25km": 0.730,
    "fatalities_exact": 0.963,
    "modality": 0.910,
    "size_exact": 0.591,
    "type_micro_f1": 0.646,
    "tuple_recall": 0.610,
}
HOLDOUT_TARGETS = {"date_exact": 0.85, "location_country": 0.90, "location_25km": 0.70, "fatalities_exact": 0.85}


def holdout_rows(held: dict[str, dict]) -> str:
    names = [n for n in HOLDOUTS if n in held]
    head = (
        "| measure | target | first set, blind run | second set, blind run | "
        + " | ".join(f"`{n}` now" for n in names)
        + " |"
    )
    rows = [head, "|---|---:|---:|---:|" + "---:|" * len(names)]
    for key in ("date_exact", "location_country", "location_25km", "fatalities_exact", "modality", "size_exact"):
        cells = []
        for n in names:
            v = held[n]["attributes"].get(key)
            cells.append(f"{v['accuracy']:.3f} ({v['correct']}/{v['scored']})" if v else "-")
        target = f"≥ {HOLDOUT_TARGETS[key]:.2f}" if key in HOLDOUT_TARGETS else ""
        blind = f"{FIRST_RUN[key]:.3f} | {FIRST_RUN_2[key]:.3f}"
        rows.append(f"| {key} | {target} | {blind} | " + " | ".join(cells) + " |")
    for key in ("type_micro_f1", "tuple_recall"):
        blind = f"{FIRST_RUN[key]:.3f} | {FIRST_RUN_2[key]:.3f}"
        rows.append(f"| {key} | | {blind} | " + " | ".join(f"{held[n][key]:.3f}" for n in names) + " |")
    return "\n".join(rows)


def attribute_rows(result: dict) -> str:
    rows = ["| attribute | accuracy | correct | scored |", "|---|---:|---:|---:|"]
    for name, v in result["attributes"].items():
        rows.append(f"| {name} | {v['accuracy']:.3f} | {v['correct']} | {v['scored']} |")
    return "\n".join(rows)


ARTICLE_GOLD = ROOT / "benchmarks" / "gold" / "article_events.jsonl"
ARTICLE_KEYS = ("core_recall", "all_recall", "precision", "f1", "type_recall", "duplicates")


#: ``scripts/plv_half.py B --patterns-only`` at the twenty-seventh session's start and end (tuple recall /
#: precision / F1; not rerun here)
PLV_B_FIGURES = "from 0.672 / 0.630 / 0.650 to 0.661 / 0.622 / 0.641 (tuple recall / precision / F1)"

#: ``detente train --article-cv 5`` at the twenty-seventh session's end (not rerun here: it retrains five times)
CV_FIGURES = (
    "patterns only 0.767 / 0.722 / 0.723 / 0.723, with the model (retrained in each fold) 0.780 / 0.724 / 0.745 / 0.735"
)


def article_section(coder: Coder, corpora: Path) -> str:
    """Whole articles: the team's article gold, by split, with the model and with the patterns."""
    runs = {
        (split, name): evaluate_articles_file(ARTICLE_GOLD, c, corpora, split=split).as_dict()
        for split in (None, "dev", "test")
        for name, c in (("installed", coder.with_model()), ("patterns only", coder))
    }
    whole = runs[(None, "installed")]
    head = "| measure | " + " | ".join(f"{s or 'all'}, {n}" for s, n in runs) + " |"
    rows = [head, "|---|" + "---:|" * len(runs)]
    for k in ARTICLE_KEYS:
        cells = " | ".join(f"{r[k]:.3f}" if isinstance(r[k], float) else str(r[k]) for r in runs.values())
        rows.append(f"| {k} | {cells} |")
    missed, wrong = whole["causes"]["missed"], whole["causes"]["spurious"]
    within = whole["causes_in_sentence"]
    causes = "\n".join(f"| missed: {k} | {v} | {within['missed'][k]} |" for k, v in missed.items())
    causes += "\n" + "\n".join(f"| wrong: {k} | {v} | {within['spurious'][k]} |" for k, v in wrong.items())
    figures = ("core_recall", "all_recall", "precision", "f1")
    test_figures = " / ".join(f"{runs[('test', 'installed')][k]:.3f}" for k in figures)
    given: Any = {name: getattr(coder.services, name) for name in Given.__annotations__ if name != "model"}
    keeping = Coder(coder.services.nlp, exclude=["require_recipient"], **given)  # the packaged model
    unaimed = evaluate_articles_file(ARTICLE_GOLD, keeping, corpora, split="test").as_dict()
    without_figures = " / ".join(f"{unaimed[k]:.3f}" for k in figures)
    cv_figures = CV_FIGURES
    plv_b_figures = PLV_B_FIGURES
    return f"""## Whole articles

The team's article gold, `benchmarks/gold/article_events.jsonl`: {whole["articles"]} whole real articles,
{runs[("dev", "installed")]["articles"]} dev and {runs[("test", "installed")]["articles"]} test
(VOA stories of 2025 and Wikinews, texts read from `../shared/corpora`) with every codable event,
{whole["gold_events"]} events of which {whole["core_events"]} core, coded by the rules of
`docs/coding-manual.md`. Scored by the article rule of `../shared/gold/README.md`
(`src/detente/evaluation/articles.py`). The `dev` articles may be studied when rules are made,
and the event model learns from them (`detente train`, docs/model.md): the dev figures are not a
test. The `test` articles are scored, not studied, and nothing is trained on them: they are the
held-out figures.

```
.venv/bin/detente evaluate benchmarks/gold/article_events.jsonl [--split dev|test] [--patterns-only] [--verbose]
```

{chr(10).join(rows)}

Why the gold events of all articles were missed, and why wrong events were wrong (installed coder):

| cause | events | of which in a gold event's sentence |
|---|---:|---:|
{causes}

The last column is a diagnosis (`src/detente/evaluation/articles.py`): for a miss, its sentence
gave some event of another type or with other parties, so the coder read the sentence but coded
it otherwise; a miss whose sentence gave nothing was never proposed. For a wrong event, it came
from a sentence that states a gold event.

The issue's targets are core-event recall >= 0.80 and all-event F1 >= 0.65 on articles the rules
were not tuned on: detente is far from them; `tests/test_article_gold.py` holds today's figures
as floors. When the gold was made, before the whole-article work (headlines, article-level
actors, what is not an event, new wordings and recipients, the retrained model), the installed
coder scored, on all 59 articles, core recall 0.341, all recall 0.289, precision 0.264, F1 0.276.

Each round of work on whole articles, what it changed and its figures on the dev and test
splits, with the commands: [accuracy-rounds.md](accuracy-rounds.md). The rules of the rounds
were made on the dev split; the test split is where they are judged. On the first 59 articles
the test F1 barely moved over the first rounds (0.327 after the first, 0.321 before the rounds
of 2026-12-05) while dev rose from 0.374 to 0.442; after 16 articles were added (8 dev, 8 test,
split by a rule fixed before coding) the rounds `notevents4` (what is not an event) and
`people4` (actors' countries) moved both: on the 75 articles test F1 0.333 -> 0.372, dev 0.400 ->
0.464; the eight rounds after them (precision, actors, recipients and recall, twice each) took
test F1 to 0.397 and dev to 0.614: most of what they gain on dev does not carry over to the
held-out articles.

**40 more dev articles (2026-12-05, fourth session).** Political Wikinews articles of 2019-2020
(courts, legislatures, protests, impeachment, Brexit, Hong Kong), coded in two passes by the
manual, were first scored blind, before anything was tuned on them, by the coder of that time
(commit cedb44c): core recall 0.434 (63/145), all recall 0.387 (98/253), precision 0.449
(102/227), F1 0.416: a second held-out measure, in line with the test split's 0.480 / 0.411 /
0.384 / 0.397 then. They then joined the dev split, and the event model learned from the dev
articles' candidates (docs/model.md), which took the test split to 0.493 / 0.416 / 0.403 / 0.409;
four rounds of rules on the enlarged dev split (statements, legal and institutional acts, actors
and recipients, precision) and territories coded by their own ISO codes then gave 0.507 / 0.435 /
0.399 / 0.416: held-out recall up, precision down.

**Fifth session (2026-12-05).** Rounds on actors (`actors10`), recipients and the authors of acts
named by a noun (`recipients10`) and what is not an event (`notevents10`), and a stronger L2
penalty for the event model chosen on a new 5-fold cross-validation over the dev articles
(`model10`: `detente train --article-cv 5`, the figure of the model on dev articles it did not
learn from), took the test split to 0.533 / 0.442 / 0.408 / 0.425. Two short rounds on wrong types
(`typewrong11`) and wordings that proposed nothing (`typemissing11`) then raised the patterns' own
test F1 (0.392 -> 0.395) and the dev cross-validation (model F1 0.610 -> 0.627), but the model
retrained on them lost on the test split; with a review's fixes of the session's rules the test
split ends at 0.513 / 0.432 / 0.398 / 0.414: as before, the held-out level moves within about 0.01 of 0.41-0.42
F1 while dev rises. The article cross-validation at the end, pooled over the five folds of the
dev split: patterns only 0.677 / 0.618 / 0.561 / 0.588, with the model 0.684 / 0.623 / 0.627 /
0.625 (the rules themselves were made on dev, so only the model's gain over the patterns is out
of sample there).

**Sixth session (2026-12-05).** 20 more Wikinews articles, coded blind and reviewed against the
manual, joined the test split (now 57 articles, 502 events); scored as they came they gave 0.492 /
0.458 / 0.491 / 0.474, and the 57 test articles 0.507 / 0.438 / 0.417 / 0.427. A new stage,
`require_recipient`, stops coding a verbal or diplomatic act whose recipient is not found (on dev
such events were a quarter right); with rounds on bugs noticed earlier (`bugs12`), on errors
judged by hand on unseen government statements (`audit12`) and unseen Wikinews articles
(`audit13`), and on recipients the text names (`recipients12`), the test split ends at
0.530 / 0.458 / 0.469 / 0.463. This is the first session whose rounds move the held-out F1 past the 0.41-0.43
it had held: mostly by precision (what is emitted is more often right), not recall. The article
cross-validation at the end: patterns only 0.674 / 0.620 / 0.623 / 0.621, with the model 0.680 /
0.623 / 0.662 / 0.642 (0.625 at the session's start).

**Seventh session (2026-12-05).** Seven rounds, each on its own branch: errors judged by hand
on unseen text (`audit14`: Wikinews stories on relations between countries; `audit15`: White
House readouts and statements; `audit16`: State Department statements), the countries of actors
and recipients (`dyad14`, `dyad15`), the precision of the types that emit most wrong events
(`precision14`) and wordings never proposed (`recall15`); docs/accuracy-rounds.md has each. The
test split ended at 0.544 / 0.474 / 0.491 / 0.483 (0.530 / 0.458 / 0.469 / 0.463 at the start);
the article cross-validation at 0.677 / 0.628 / 0.685 / 0.655 with the model.

**Eighth session (2026-12-05).** Five rounds on their own branches: errors judged by hand on
unseen Wikinews stories of violence, law and disasters (`audit17`) and of politics (`audit18`),
the parties and countries of the stored events (`dyad16`), and the held-out split's weakest types
judged on unseen stories and statements (`accuse17`: accusations and demands; `agree17`:
agreements, cooperation, concessions and threats); plus meetings whose "with" the parser hangs on
the topic, offices facing a foreign counterpart or sanctioning abroad, and refusals to comment.
The test split ended at 0.549 / 0.478 / 0.510 / 0.493 (0.544 / 0.474 / 0.491 / 0.483 at the
start); the article cross-validation at 0.674 / 0.628 / 0.689 / 0.657 with the model.

**Ninth session (2026-12-05).** Eight rounds on their own branches, in two batches, most judged
by hand on unseen text: law and courts (`legal18`), who speaks in official statements
(`statements18`), the countries of persons described before they are named (`dyad17`, narrowed in
review) and of persons and organisations the dictionaries do not know (`people19`), stories with
few or no political events (`quiet18`), events told by a noun (`nominal19`), several parties
named as one (`plural19`), and sanctions, threats and protests (`threat19`). The test split ended
at 0.553 / 0.482 / 0.515 / 0.498 (0.549 / 0.478 / 0.510 / 0.493 at the start); the article
cross-validation at 0.684 / 0.636 / 0.690 / 0.662 with the model.

**Tenth session (2026-12-06).** Nine rounds on their own branches, each judged by hand on unseen
statements and stories: who accuses and who asks (`accuse20`), threats told without a threat verb
(`threat20`), accusations told as a claim (`blame21`), agreements and cooperation carried out
(`agree20`), sanctions and court acts told without a doer (`sanction20`), countries of persons the
dictionaries do not know (`persons20`), dictionary names inside longer names (`names21`), places
and their namesakes abroad (`places21`), and the wrong events of the types that emit the most
(`precision21`). The test split ended at 0.563 / 0.486 / 0.521 / 0.503 (0.553 / 0.482 /
0.515 / 0.498 at the start); the article cross-validation at 0.687 / 0.645 / 0.698 / 0.670 with
the model.

**Eleventh session (2026-12-06).** Nine rounds on their own branches, each judged by hand on unseen
statements and stories: accusations told as a claim or a characterisation (`accuse22`), who spoke
for whom (`parties22`), the party acted upon and never a thing (`recipients22`), threats told as
"will not be tolerated" (`threats22`), cooperative events (`coop22`), places (`places22`), dates
(`dates23`), coercion and legal acts (`coerce23`) and appeals in the speaker's own words
(`requests23`). The test split ended at 0.577 / 0.498 / 0.527 / 0.512 (0.563 / 0.486 / 0.521 /
0.503 at the start); the article cross-validation at 0.700 / 0.663 / 0.702 / 0.682 with the model.

**Twelfth session (2026-12-06).** Six rounds on their own branches, each judged by hand on unseen
statements and stories: who accuses whom (`accusers24`), refusals and denials (`reject24`),
solidarity and sympathy (`support24`), threats held to account and weighed on a condition
(`threats24`), events told but not done (`precision24`) and the recipients of requests and
appeals (`recipients24`); main added the speaker of a quotation over several sentences, threats
told as the act threatened counted as made (`asserted`), and seats of government as places. The
rounds left the test split as it was (each branch: test F1 within 0.001 of its base) while dev
and unseen text gained; the model retrained on them gave 0.572 / 0.498 / 0.524 / 0.511 (0.577 /
0.498 / 0.527 / 0.512 at the start; retraining alone moves it by about 0.005), and the article
cross-validation 0.716 / 0.669 / 0.720 / 0.694 with the model.

**Thirteenth session (2026-12-06).** Six rounds on their own branches, each judged by hand on
unseen statements and stories: places (`places25`:
seas are places, never parties; surnames are not towns; offices act at home), violence
(`assault25`: an attack told twice in one sentence is one event with its own author; counting the
dead), parties only the article's context names (`context25`: acceptances, "these calls",
retaliation), accusations and appeals (`accuse25`) and cooperative events (`coop25`); a sixth,
features of where and how a candidate is told for the event model (`model25`), was merged and
reverted (its model dropped two guarded events; its gain was within a fold seed's swing). The
test split ended at 0.581 / 0.502 / 0.518 / 0.510 (0.572 / 0.498 / 0.524 / 0.511 at the start:
recall up, precision down); the article cross-validation at its end: patterns only 0.725 / 0.678 /
0.698 / 0.688, with the model 0.719 / 0.671 / 0.734 / 0.701.

**Fourteenth session (2026-12-06).** Seven rounds on their own branches, each judged by hand on
unseen statements and stories: headlines and ledes (`core26`: title-case headlines, "X to VERB",
verbs read as nouns, bylines), violence whose author is not named (`attacks26`: attacks told by a
noun, death tolls), agreements, concessions and cooperation (`agree26`), what the event model may
choose as recipient (`sentence26`, which brought the sentence gold's cross-validated GSR figures
back to 0.745 / 0.679), who did it to whom in statements (`parties26`) and which date phrase
dates which event (`dates26`); a seventh, on where statements are placed (`places26`), was
merged and reverted (the human-coded sentence gold places a statement where its content
happened). The test split ended at 0.577 / 0.500 / 0.524 / 0.512 (0.581 / 0.502 / 0.518 / 0.510 at
the start); the article cross-validation at its end: patterns only 0.725 / 0.679 / 0.700 / 0.689,
with the model 0.722 / 0.679 / 0.733 / 0.705.

**Fifteenth session (2026-12-06).** The rounds studied real news sentences from many outlets
instead of the dev articles: the PLV sentence gold split in two fixed halves by the hash of each
record's id (`scripts/plv_half.py`), half A studied and half B only scored, so that each rule is
judged on news no one read. Six rounds on their own branches: yielding, refusing, threats and
demands (`plvyield27`), aid, agreements, support and cooperation (`plvcoop27`), violence,
accusations and coercion (`plvconflict27`), what news tells but was not done (`plvprecision27`),
who did it to whom (`plvparties27`), and constructions earlier rounds had noticed (court sentences,
summonses, acts welcomed as a noun: `leftovers27`). PLV half B with the patterns alone went from
0.652 / 0.608 / 0.629 to 0.663 / 0.619 / 0.640 (tuple recall / precision / F1). A learning curve of
the event model (`scripts/article_learning_curve.py`, docs/model.md) shows that more article gold
would move the model's held-out F1 by about 0.005. The test split ended at 0.581 / 0.506 / 0.525 /
0.516 (0.577 / 0.500 / 0.524 / 0.512 at the start); the article cross-validation at the end:
patterns only 0.732 / 0.684 / 0.704 / 0.694, with the model 0.728 / 0.681 / 0.725 / 0.702.
`--without require_recipient` (the stage left out, docs/cli.md) gave on the test split 0.581 /
0.508 / 0.490 / 0.499.

**Sixteenth session (2026-12-06).** With no unseen news articles left, ten rounds on their own
branches studied other unseen text, each judged on it by hand and on the held-out measures: in a
first batch, accusations and demands in State Department statements (`statements28`), aid and
cooperation in White House texts (`whitehouse28`), parties across four unread Wikinews campaign
stories (`trail28`), actors' countries (`country28`), half of the GSR sentence gold with the other
half only scored (`gsrhalf28`), and a code-by-code review of the lexicon (`lexicon28`, reverted:
with the model retrained it cost the test split two core events, and alone it put the GSR
cross-validation under the issue's floor); in a second, constructions earlier rounds had noticed:
wrong countries from the fallbacks (`fallback29`), phrasal verbs and lists of parties (`phrasal29`),
text that is not the report, such as photo captions and an order's terms (`furniture29`), and
strikes and blockades by workers as protests (`strikes29`). Each gained on its own unseen text; the
held-out measures hardly moved: PLV half B with the patterns alone went from 0.663 / 0.619 / 0.640
to 0.665 / 0.621 / 0.642 (tuple recall / precision / F1). The four largest modules became packages
split by family (behaviour unchanged). The test split ends at 0.577 / 0.504 / 0.522 / 0.513 (0.581 /
0.506 / 0.525 / 0.516 at the start); the article cross-validation at the end: patterns only 0.732 /
0.684 / 0.705 / 0.695, with the model 0.735 / 0.688 / 0.728 / 0.707. `--without require_recipient`
gives on the test split 0.577 / 0.506 / 0.488 / 0.497.

**Seventeenth session (2026-12-06).** Six rounds on their own branches, in two batches: a learned
actor chooser on the recipient model's lines (`actor30`, not merged: it gained on neither fold seed
of the article cross-validation, and its count showed that another phrase of the sentence is rarely
the right actor), the proposal model taught by every verb of the dev articles (`propose30`, chosen
on the article cross-validation over two fold seeds and on unseen statements) and kept from
proposing again a verb whose event it dropped (`propose31`), wrong events in White House and State
Department texts (`statements30`: "rallied the world", headings, signature lists, questions in
transcripts), conventions for strikes, peacekeepers and cancelled visits (`news30`), and "they" for
a group or for the parties of a meeting named sentences before (`resolve31`). PLV half B with the
patterns alone went from 0.665 / 0.621 / 0.642 to 0.665 / 0.622 / 0.643 (tuple recall / precision /
F1). `stages/places.py` became a package split by family (behaviour unchanged). The test split ends
at 0.586 / 0.508 / 0.522 / 0.515 (0.577 / 0.504 / 0.522 / 0.513 at the start); the article
cross-validation at the end: patterns only 0.732 / 0.684 / 0.707 / 0.696, with the model 0.732 /
0.688 / 0.736 / 0.711. `--without require_recipient` gives on the test split 0.586 / 0.510 / 0.492 /
0.501.


**Eighteenth session (2026-12-06).** Seven rounds on their own branches, in two batches, on news no
round had read: 183 Wikinews articles of 2019-2020 outside every gold set (accidents, obituaries,
science, sport, elections, campaign roundups, interviews), each kind split in a half the rounds
studied and a half they only ran the coder on and judged by hand. Six were merged: things, animals
and newsgathering as actors, private people and text in another script (`quiet32`), election
tallies, candidates leaving a race and other campaign news (`campaign32`), recipients within the
sentence (`recip32`), the right parties with the wrong type (`retype32`), the questions and answers
of interviews (`interview33`) and the country of those attacked (`victims33`); `positions33` (policy
positions and campaign rallies) was not. On the judge halves (99 articles) the coder went from 329
events to 282, and every event removed was wrong; dev and the test split moved by one event or none.
PLV half B with the patterns alone went from 0.665 / 0.622 / 0.643 to 0.667 / 0.625 / 0.645 (tuple
recall / precision / F1). The test split ends at 0.581 / 0.506 / 0.525 / 0.515 (0.586 / 0.508 /
0.522 / 0.515 at the start; with the new rules and the old model 0.586 / 0.508 / 0.525 / 0.516); the
article cross-validation at the end: patterns only 0.732 / 0.684 / 0.707 / 0.696, with the model
0.732 / 0.684 / 0.738 / 0.710. `--without require_recipient` gives on the test split 0.581 / 0.508 /
0.490 / 0.499.


**Nineteenth session (2026-12-07).** Rounds on their own branches on unseen official text about
foreign affairs (State Department and White House statements and readouts no round had read, each
round with a study file it read and a judge file it only ran the coder on and judged by hand):
twelve rounds in three batches, eleven merged: `stages/build.py` split into a package (`split34`) and word sets
bundled (`tidy36`), both with byte-identical output; wordings of official statements that news uses too
(`recall34`, `recall35`, `recall36`: contact reached out, tariffs raised, steps taken, concern highlighted,
the need for an end stressed, delegations sent); the parties of meetings, calls and titles (`parties34`,
`parties35`); wrong types and no-events (`retype34`); appeals, denials and condemnations told in speech
(`speech35`, `speech36`) and the speakers of quotations and of a statement's "I" (`voice35`); `parties36`
was not merged. On main's own 44 unseen texts the events that changed went from 5 right and 18 wrong
to 12 right and 10 wrong. PLV half B with the patterns alone went from 0.667 / 0.625 / 0.645 to 0.670 /
0.627 / 0.648 (tuple recall / precision / F1). The test split ends at 0.591 / 0.512 / 0.529 / 0.520
(0.581 / 0.506 / 0.525 / 0.515 at the start); the article cross-validation at the end: patterns only
0.735 / 0.691 / 0.709 / 0.700, with the model 0.738 / 0.693 / 0.739 / 0.715. `--without
require_recipient` gives on the test split 0.591 / 0.514 / 0.495 / 0.504.

**Twentieth session (2026-12-07).** A diagnosis first: `scripts/where_lost.py` runs the stages one
at a time and names where each missed gold event is lost; on the test split at the session's start
158 of 245 misses (57 of 88 core) never had a candidate of their type in their sentence, 60 were kept
with wrong parties and only 27 were lost by the judge, the filter or `require_recipient`. On the dev
article cross-validation the model's thresholds, wider proposals and a second type per event moved F1
by 0.002 or less (nothing changed). Fourteen rounds on their own branches, in three batches, thirteen
merged: two modules split into packages with byte-identical output (`split38`, `triggers38`); parties
in transcripts and readouts (`parties38`); eased trade penalties, security raised, military goods
supplied (`coop38`); gratitude and pledges (`request38`); heckling, and attackers tied to a group
(`accuse38`); acts told in the passive with no agent (`passive38`); reactions that "came from" parties
(`occur39`); courts' releases and dismissals (`verdict39`); wordings of the wrong type (`retype39`);
deeds said to be a party's doing or fault (`blame39`); people held in custody (`custody40`); headlines
(`headline40`); `concern40` was not merged. Main made the sides of "clashes broke out between X and Y"
act on each other, never on the place. PLV half B with the patterns alone went from 0.670 / 0.627 /
0.648 to 0.670 / 0.626 / 0.647 (tuple recall / precision / F1). The test split ends at 0.591 / 0.514 /
0.531 / 0.522 (0.591 / 0.512 / 0.529 / 0.520 at the start); the article cross-validation at the end:
patterns only 0.751 / 0.707 / 0.713 / 0.710, with the model 0.748 / 0.699 / 0.743 / 0.720. `--without
require_recipient` gives on the test split 0.591 / 0.516 / 0.501 / 0.508.

**Twenty-first session (2026-12-07).** Ten rounds on their own branches in five batches, all
merged, each judged on unseen official texts it only ran the coder on: structure with byte-identical
output (`tidy41`: one base for the parts of the split packages, custody and headline readings in
modules of their own); wrong events the last session's rules made (`fixes41`); commitments stated
and ties kept up (`quotes41`); meetings named by the sides they gather and event nouns announced
(`nominal41`, `nominal42`); goods of two countries, "all" after several subjects, appeals for the
held (`parties41`); the filter's reasons listed (`filter41`, `scripts/dropped.py`); a meeting's topic
is not the party met (`topics41`); names of the wrong country (`names41`: "President X of Spain",
short forms the article defines, envoys "for" a country, transcript speakers); stances and
conditional sanctions (`stances41`). Main's own: an attack told with no doer takes its doer as the
article goes on to call them ("the attacker", "the kidnappers"), or the group that claimed it when
the attack noun stands where its author should be; captives freed are freed by their captors;
"Mayor of Gdańsk, Poland stabbed" is an attack on the mayor, not by Poland; a plan "shot down" is
rejected. PLV half B with the patterns
alone went from 0.670 / 0.626 / 0.647 to 0.670 / 0.626 / 0.648 (tuple recall / precision / F1). The
test split ends at 0.605 / 0.518 / 0.534 / 0.526 (0.591 / 0.514 / 0.531 / 0.522 at the start); the
article cross-validation at the end: patterns only 0.757 / 0.717 / 0.723 / 0.720, with the model 0.770
/ 0.724 / 0.750 / 0.737. `--without require_recipient` gives on the test split 0.605 / 0.520 / 0.500 /
0.510.

**Twenty-second session (2026-12-07).** Twelve rounds on their own branches in five batches, all
merged (three without one rule each, below), judged on unseen official texts and, for the first
time in several sessions, on news: the 199 Wikinews stories outside the gold (disasters, deaths,
science, sport, campaigns), split into study and judge halves. Events that are not events in news
(`quiet42`, `quiet43`: a visit at home with no one met, obituaries' background, interview answers
read as threats, accident inquiries, a candidate's bare "withdrew"); wrong events the last session
left (`fixes42`: statements previewed, forums that meet, definitions, "said it carried out the
attack"; `fixes43`: the doer of a condemned act); the parties of readouts and of crime news
(`parties42`, `newsparties42`: titles joined to names, police and courts of the story's country,
"charged X"); yielding, cooperation and support (`yield42`: a government dropping its own measure
concedes, standing support in a relative clause describes a party); wordings no pattern proposed
(`recall42`, `recall43`: "sat down with", invitations extended, pressure ramped up, ground
recaptured, borders sealed); types (`retype42`: the model may not turn a commitment into aid given);
threats ("there will be consequences for", countermeasures, ultimatums: `threats42`); meetings
planned, upcoming or cancelled are not meetings held (`planned42`). Left out on
merge: a U.S. state named like a country (`fixes42`) and "laid siege to" (`recall43`), each because
alone it cost the held-out split an event, and convictions as COERCE (`retype42`): the test split
gained 0.007 F1, but PLV half B lost 0.010, PLV coding convictions ACCUSE. Main's own: the two turn layouts
of `grammar/layout.py` share one line scanner. PLV half B with the patterns alone went
from 0.670 / 0.626 / 0.648 to 0.672 / 0.625 / 0.648 (tuple recall / precision / F1). The test split
ends at 0.605 / 0.518 / 0.544 / 0.531 (0.605 / 0.518 / 0.534 / 0.526 at the start); the article
cross-validation at the end: patterns only 0.757 / 0.717 / 0.723 / 0.720, with the model 0.767 / 0.722 /
0.748 / 0.735. `--without require_recipient` gives on the test split 0.605 / 0.520 / 0.507 / 0.513.

**Twenty-third session (2026-12-07).** Fifteen rounds on their own branches in two batches, all
merged (two rules left out), judged on a new pool of unseen official texts and on the Wikinews
stories outside the gold, each aimed at what the held-out split's per-type summary misses most:
parties in transcripts of remarks (`parties44`, `fixes44`: bare-title turns, venue lines, "Remarks
by X"), wrong types (`retype44`), criticism and accusation (`accuse44`: "railed against", "a charge
Z denies", acts only alleged), places in news (`places44`: where a person is from is not where
they acted), AGREE where nothing was agreed (`agree44`), campaigns (`campaign44`: a candidate's own
rally, verbal attacks), wordings never proposed (`recall44`), chatter in transcripts (`remarks45`),
needs and appeals (`request45`), sanctions added, levied and frozen (`sanction45`), accidents'
tolls read as attacks (`assault45`), crowds and rallies (`protest45`), cooperation carried out
(`cooperate45`), warnings and threats (`threaten45`). Left out on merge: campaign44's stand on a
policy (alone it cost the held-out split one event and two places) and assault45's craft hitting
the sea (it also dropped attacks on ships at sea). Main's own: an unresolved
"it", "that" or "what" is no recipient. PLV half B with the patterns alone went
from 0.672 / 0.625 / 0.648 to 0.672 / 0.630 / 0.650 (tuple recall / precision / F1). The test split
ends at 0.614 / 0.524 / 0.551 / 0.537 (0.605 / 0.518 / 0.544 / 0.531 at the start); the article
cross-validation at the end: patterns only 0.757 / 0.716 / 0.721 / 0.718, with the model 0.767 /
0.717 / 0.751 / 0.734. `--without require_recipient` gives on the test split 0.614 / 0.526 / 0.509 /
0.517.

**Twenty-fourth session (2026-12-07).** Seventeen rounds on their own branches, all merged, judged
on unseen official texts from the twenty-third session's pool picked by each round's words, each
aimed at a line of the held-out split's per-type summary: the parties of remarks and statements
(`parties46`: bureau heads, "it is good to meet you", "Korea" alone), accusation carried by the name
of a party's wrong (`accuse46`: "the regime's brutality"), joint pledges and what is signed
(`agree46`), refusals and commands (`reject46`), praise, welcomes and talks (`support46`), threats
after "made it clear" and look-alike deployments (`threaten46`), the harmed read as doers
(`assault46`), appeals for a release (`request46`), what a statement is about is not where it was
made (`places46`), force used in answer and welcomes by name (`recall46`), a verb's sense by its
object (`retype46`), one's own staff barred and acts only feared (`coerce46`), operations done
jointly (`cooperate46`), and what the earlier rounds noticed and left (`noticeda` to `noticedd`:
"holds X responsible", "dismissed the claims as", one act said twice in a sentence, "couldn't agree
more", stage directions as parties, career background in nominations). Main's own: a gift's "for"
phrase that names no party is its purpose; a light verb left with no subject takes its noun's named
owner; "arrival" and "force" out of the people sheltered. The model retrained on the merged rules,
which the repository must ship (`detente train` reproduces the packaged model), did worse than the
twenty-third session's fit on the same rules (dev F1 0.767 against 0.772 for a first retraining,
held-out 0.534 against 0.538, more wrong events on unseen text; docs/model.md). PLV half B with the
patterns alone went from 0.672 / 0.630 / 0.650 to 0.672 / 0.631 / 0.651 (tuple recall / precision /
F1). The test split ends at 0.609 / 0.520 / 0.549 / 0.534 (0.614 / 0.524 / 0.551 / 0.537 at the
start); the article cross-validation at the end: patterns only 0.764 / 0.719 / 0.722 / 0.721, with
the model (retrained in each fold) 0.770 / 0.719 / 0.744 / 0.731. `--without require_recipient`
gives on the test split 0.609 / 0.522 / 0.509 / 0.515.

**Twenty-fifth session (2026-12-07).** Twelve rounds on their own branches in two batches, all
merged, judged on a new pool of unseen official texts (the White House and State Department texts no
earlier pool held, naming a country other than the United States), each aimed at a line of the
held-out split's per-type summary or at what the first batch noticed and left: accusation held,
borne and answered (`accuse47`), appeals made at briefings and meetings (`request47`), parties added
to sanctions lists and put on notice (`sanction47`), pledges told as held, not made (`agree47`),
operations done together (`cooperate47`), venue lines and "as Prepared for Delivery by"
(`parties47`), anniversary messages and other senses (`precision47`), departures, meals and
addresses as meetings (`recall47`), topics as recipients (`noticede`), posts taken, occasions hosted
and relief operations (`noticedf`), criticism "came under fire from", blamers in a "by" phrase, a
bilateral meeting's headline (`noticedg`), captives "held hostage by" and tribal nations
(`noticedh`). Main's own: one rule for people designated to a post (an infinitive after the object;
the stop that read "running" anywhere dropped real listings), and nine averaged fits per model
instead of three, chosen on the dev articles' cross-validation (docs/model.md). PLV half B with the patterns alone went
from 0.672 / 0.631 / 0.651 to 0.672 / 0.631 / 0.651 (tuple recall / precision / F1). The test split
ends at 0.614 / 0.524 / 0.549 / 0.536 (0.609 / 0.520 / 0.549 / 0.534 at the start); the article
cross-validation at the end: patterns only 0.764 / 0.724 / 0.722 / 0.723, with the model (retrained
in each fold) 0.776 / 0.732 / 0.748 / 0.740. `--without require_recipient` gives on the test split
0.614 / 0.526 / 0.510 / 0.518.

**Twenty-sixth session (2026-12-07).** Fourteen rounds on their own branches in two batches, all
merged, on a pool drawn again from every corpus text outside the gold (the earlier pools' lists were
lost), news first: co-actors "along with" a subject and a party's own drones (`actors48`, `actors49`:
"the general", "him" after an office holder, crowds in a capital), acts done "of" a party and
attacks told by their toll (`recipients48`, `recipients49`), aimed criticism and claims disputed
(`accuse48`), hunger strikes and slogans (`protest48`), acts done "once" or "in the past"
(`precision48`, `background49`), stops that read only their object (`notevents48`), force as a
means and meetings held to urge (`noticedi`), spouses' countries (`noticedj`), punishment vowed and
retorts "fired back" (`threaten49`), help in an operation and suspects handed over (`cooperate49`),
conferences attended (`noticedk`); main's own: clashes in words, ways of thinking attacked. With the
last session's model the merged rules give the test split 0.614 / 0.524 / 0.550 / 0.537 (one wrong
prediction fewer); the model retrained on them, which the repository ships, loses four. PLV half B
with the patterns alone went from 0.672 / 0.631 / 0.651 to 0.672 / 0.630 / 0.650 (tuple recall /
precision / F1). The test split ended at 0.614 / 0.524 / 0.542 / 0.533 (0.614 / 0.524 / 0.549 /
0.536 at the start); the article cross-validation at the end: patterns only 0.764 / 0.724 / 0.723 /
0.723, with the model (retrained in each fold) 0.773 / 0.726 / 0.745 / 0.735. `--without
require_recipient` gave on the test split 0.614 / 0.526 / 0.501 / 0.513.

**Twenty-seventh session (2026-12-08).** Eight rounds on their own branches in two batches, seven
merged, each working mostly from news probes of its own (news text outside the gold is nearly
exhausted) and judged on unseen texts: appeals "told to", "pleaded with", "it is time for"
(`request50`), meetings "scheduled" and states that "stood by" (`support50`), accusers carried across
sentences and accusations traded (`accuse50`), raids on homes, denials and threats' conditions
(`noticedl`), places of attacks named by their town and topics that place nothing (`places50`),
criticism "called out" and "taken to task" (`noticedm`), "the kingdom" after two states and "the
Pope" (`actors51`); `passives51` (reduced relatives) was merged and reverted, its events on the GSR
sentences all wrong. Main's own: exercises "involving" two sides, prisoner exchanges between sides,
threats "to keep attacking", talks in a host's city, the last session's review items; and
convictions coded COERCE as the coding manual and the blind article manual say (they were ACCUSE,
the PLV sentence gold's reading, which that set now pays for). With the last session's model the
merged rules give the test split 0.619 / 0.542 / 0.552 / 0.547. PLV half B with the patterns
alone went {plv_b_figures}. The test split ends at {test_figures} (0.614 / 0.524 / 0.542 / 0.533 at
the start); the article cross-validation at the end: {cv_figures}. `--without require_recipient`
gives on the test split {without_figures}.

"""


def main(gold_dir: Path) -> None:
    tables = table_accuracy()
    table_rows = "\n".join(
        f"| {kind} | {ok} | {n} | {ok / n:.1%} |" if n else f"| {kind} | 0 | 0 | - |" for kind, ok, n in tables
    )
    coder = Coder(model=False)  # the event model is trained on these gold files: docs/model.md
    gsr = evaluate_file(gold_dir / "plover_gsr.jsonl", coder=coder)
    plv = evaluate_file(gold_dir / "plv_train.jsonl", coder=coder)
    held = {name: evaluate_file(ROOT / "benchmarks" / "gold" / name, coder=coder) for name in HOLDOUTS}
    held_rows = holdout_rows(held)
    loc_scored = gsr["attributes"]["location_country"]["scored"]
    loc_all = gsr["attributes"]["location_text"]["scored"]
    summary = "\n".join(f"| {k} | {gsr[k]:.3f} | {plv[k]:.3f} |" for k in SUMMARY_KEYS)
    model = EventModel.load()
    cv = model.info["cross_validation"]["scores"]["plv_train.jsonl"]
    both, alone = cv["model"], cv["patterns"]
    text = f"""# Accuracy

All figures come from `detente evaluate`, which codes the gold texts and scores them by the
rule in `../shared/gold/README.md` (implemented in `src/detente/evaluation/score.py`).
Measured on {date.today().isoformat()} with detente {__version__}, spaCy 3.8 and `en_core_web_sm` 3.8.0.
**This page measures the pattern coder** (`--patterns-only`): the event model that judges the
patterns' candidates by default is trained on these two gold files, so its figures on them come
from 5-fold cross-validation: see "Patterns only, model only and both" below (PLV type
recall {both["type_recall"]:.3f}, tuple recall {both["tuple_recall"]:.3f}, tuple precision
{both["tuple_precision"]:.3f}, against the patterns' {alone["type_recall"]:.3f}, {alone["tuple_recall"]:.3f}
and {alone["tuple_precision"]:.3f} in the same folds).

```
.venv/bin/detente evaluate ../shared/gold/plover_gsr.jsonl --patterns-only
.venv/bin/detente evaluate ../shared/gold/plv_train.jsonl --patterns-only
```

(`--json` prints the same figures, per type included; `scripts/accuracy_report.py` rewrites
this page from a fresh run.)

{article_section(coder, gold_dir.parent / "corpora")}## Summary

| measure | `plover_gsr.jsonl` ({gsr["gold_events"]} events) | `plv_train.jsonl` ({plv["gold_events"]:,} events) |
|---|---:|---:|
{summary}

**These are development figures.** The verb, noun and frame patterns were extended while
looking at the errors on these two sets (general wordings and constructions only; no rule names
a gold sentence), so held-out news will score lower. Tuple precision is a lower bound: the gold
sets code only some of the events of a sentence, and detente codes all it finds.

## Against the targets of the core issue, and against peers

| | target | detente | PETRARCH2 | TABARI | TF-IDF + logistic regression |
|---|---:|---:|---:|---:|---:|
| PLV: right type for the gold event (`type_recall`) | ≥ 0.65 | {plv["type_recall"]:.3f} | 0.35 | 0.31 | 0.66 (1) |
| PLV: full who-type-whom (`tuple_recall`) | ≥ 0.50 | {plv["tuple_recall"]:.3f} | 0.26 | 0.20 | — |
| PLOVER GSR: `type_micro_f1` | ≥ 0.75 | {gsr["type_micro_f1"]:.3f} | | | |
| PLOVER GSR: `tuple_recall` | ≥ 0.60 | {gsr["tuple_recall"]:.3f} | | | |

(1) right type for the sentence. Peer figures are those quoted in the core issue (measured
on the PLV sentences by Hu et al., ACL 2024); they were not re-run here.

## Per type

### `plover_gsr.jsonl`

{per_type(gsr)}

### `plv_train.jsonl`

PLV's YIELD is scored as `["CONCEDE", "RETREAT"]`: a gold event counts under whichever of the
two the coder predicted.

{per_type(plv)}

## Patterns only, model only and both

From the 5-fold cross-validation that `detente train` runs and records in the shipped model
(each fold coded by a model trained on the other folds and the other files; docs/model.md
describes the model and the settings). "Model only" codes every sentence through the model's
own proposals, with no pattern candidate.

```
.venv/bin/detente train                   # retrains and cross-validates (about a minute)
.venv/bin/python scripts/model_report.py  # the same tables, from the shipped model's record
```

{cv_report(model).replace("### ", "#### ")}
## Event attributes

### On the gold sets

`detente evaluate` scores attributes where the gold event has them, on the predicted event
paired with it (accepted type and matching actor and recipient, else accepted type, else
matching arguments, else the record's first event). `plover_gsr.jsonl` gives locations as
text only: `location_country` is scored where the name resolves to one country (every
gazetteer place of that name lies in it, or one place of that name has ten times the people of
any namesake abroad): {loc_scored} of {loc_all} records. It also gives tolls, sizes and some
modes (`mode` is scored where the paired event has the gold type; many gold modes carry names
the 2024 PLOVER manual retired, which no coder can match: docs/attributes.md "Mode");
`plv_train.jsonl` gives none.

{attribute_rows(gsr)}

Targets of the attributes issue on this set: fatalities exact on at least 90% of records that
have them, location country on at least 85%. The misses: records where no event is coded (a
death "as a result of torture", UN peacekeepers "shipped out of" Gorazde, an information
blackout "around Sarajevo"), and one record whose gold location (Iran) is not in its text.

### On detente's held-out sets

Gold sets in the format of `../shared/gold`, written by the detente team for this purpose
without running the coder on them (`benchmarks/gold/`, see its README): invented wire-style
reports, one gold event each, with date, coordinates, tolls, sizes and modality.

```
.venv/bin/detente evaluate benchmarks/gold/attributes_holdout.jsonl --patterns-only
.venv/bin/detente evaluate benchmarks/gold/attributes_holdout2.jsonl --patterns-only
```

{held_rows}

The first set was scored once blind (third column); its errors were then studied and general
fixes made (dates that hang on a name or a time phrase, tolls reported beside the attack,
datelines for statements, namesake towns abroad), so its later figure is a development
figure. The second set was written after those fixes and scored blind (fourth column); its
errors have not been looked at. Its "now" column reflects changes made since for other reasons
(news spellings in `aliases.tsv`, GeoNames towns of 1,000 people or more instead of 5,000, and
place rules found on the PLOVER GSR set); its aggregate figures were seen while making them,
and one rule that proved redundant on the development sets was dropped after it lowered them.

### On detente's own tables

Hand-written tables in `tests/` (written by the detente team, checked by `make test`); a row
counts when every field it checks is right. The coder was developed against these rows, so
they measure coverage of the documented rules (docs/attributes.md), not held-out accuracy.

| kind | right | rows | accuracy |
|---|---:|---:|---:|
{table_rows}

Targets: dates at least 95% exact, place country at least 95%, casualties at least 95%.

## Regression guard

`tests/test_evaluate.py` (run by `make test` when `../shared` is present) fails when these
figures drop by more than about 0.01 (`GSR_FLOOR`, `TUPLE_FLOOR`, `PLV_*_FLOOR`), or when
fatalities or location country on `plover_gsr.jsonl` fall below the issue's targets
(`ATTRIBUTE_FLOORS`).

## What limits accuracy now

- One gold event per sentence: the gold sets code the main event only, so secondary events
  (the arrest after the clash, the purpose of a protest) count as false positives. detente
  leaves out events of background clauses ("after a jet shot down a helicopter"), purpose
  clauses of a coded event and participles used as modifiers, and codes the rest.
- Recipients: where the grammar gives none, detente takes the place of the event or a name in
  the event's own clause (its confidence is lowered by 0.1); gold sets often name another party.
- Conventions differ between the sets and the PLOVER manual. Imposed sanctions are SANCTION in
  the manual and in the GSR, COERCE in the CAMEO-to-PLOVER map and in PLV; detente follows the
  map. PLV codes seized cities and blockades as ASSAULT, cancelled visits as REJECT and most
  peacekeeping deployments as AID, where the map and the patterns say COERCE, SANCTION and
  MOBILIZE; the event model learns some of these conventions from the data (docs/model.md).
- spaCy's small model misparses some sentences (a verb tagged as an adjective, a headline
  parsed as a noun phrase); the pattern tests keep such cases as strict expected failures.
- Among the patterns, the most specific one wins; the event model then drops, re-types or adds
  events, and may pick another recipient (docs/model.md).
"""
    Path("docs/accuracy.md").write_text(text, encoding="utf-8")
    print(f"plover_gsr type_micro_f1 {gsr['type_micro_f1']:.3f} tuple_recall {gsr['tuple_recall']:.3f}")
    print(f"plv_train type_recall {plv['type_recall']:.3f} tuple_recall {plv['tuple_recall']:.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/gold"))
