"""The gazetteer service and place choice, on hand-made places (no packages, no spaCy), and the
build from the installed packages (slow)."""

from __future__ import annotations

import gzip
import sqlite3
import threading
from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.geo import store
from detente.geo.gazetteer import Gazetteer, Place, name_key
from detente.knowledge.files import data_dir, read_tsv
from detente.knowledge.words import PlaceWords
from detente.stages.places import Context, LocateEvents, PlaceMention

PLACES = [
    Place("Tripoli", "city", "LBY", "Tripoli", 32.89, 13.19, 1_300_000, 1),
    Place("Tripoli", "city", "LBN", "North", 34.44, 35.85, 230_000, 2),
    Place("Georgia", "country", "GEO", None, 42.0, 43.5, 3_700_000),
    Place("Georgia", "admin area", "USA", "Georgia", 32.9, -83.4, 5_000_000),
    Place("Herāt", "city", "AFG", "Herat", 34.35, 62.2, 570_000, 3),
    Place("Herat", "admin area", "AFG", "Herat", 34.3, 62.1, 600_000),
    Place("Sāmarrā’", "city", "IRQ", "Salah ad Din", 34.2, 43.87, 158_000, 4, ("Samarra",)),
    Place("Red Sea", "sea", None, None, 20.0, 38.0),
    Place("Red Sea", "admin area", "SDN", "Red Sea", 19.6, 37.2, 900_000),
]


@pytest.fixture(scope="module")
def locate() -> LocateEvents:
    return LocateEvents(Gazetteer(PLACES), PlaceWords.load())


def mention(locate: LocateEvents, name: str, admin: bool = False, qualifier: str | None = None) -> PlaceMention:
    return PlaceMention(0, 1, tuple(locate.gazetteer.lookup(name)), admin, qualifier, name)


def none() -> Context:
    return Context({}, frozenset())


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Goražde", "gorazde"),
        ("the Gaza Strip", "gaza strip"),
        ("Deir ez-Zor", "deir ez zor"),
        ("St. Louis", "st louis"),
    ],
)
def test_name_keys_fold_accents_case_and_punctuation(text: str, key: str) -> None:
    assert name_key(text) == key


def test_lookup_finds_other_names_and_folded_spellings() -> None:
    g = Gazetteer(PLACES)
    assert [p.geonameid for p in g.lookup("samarra")] == [4]
    assert [p.geonameid for p in g.lookup("Samarra")] == [4]
    assert "herat" in g and "Atlantis" not in g
    assert g.lookup("Atlantis") == []


def test_the_biggest_place_wins_without_context(locate: LocateEvents) -> None:
    assert locate.choose(mention(locate, "Tripoli"), none()).country == "LBY"


def test_the_article_countries_choose_among_namesakes(locate: LocateEvents) -> None:
    lebanon = Context({"LBN": {5}}, frozenset())
    assert locate.choose(mention(locate, "Tripoli"), lebanon).country == "LBN"


def test_a_country_is_not_its_own_evidence(locate: LocateEvents) -> None:
    # the mention at token 0 names Georgia; that alone must not count as context for GEO
    assert locate.choose(mention(locate, "Georgia"), Context({"GEO": {0}}, frozenset())).feature == "country"
    near_atlanta = Context({"USA": {7}}, frozenset({("USA", "Georgia")}))
    assert locate.choose(mention(locate, "Georgia"), near_atlanta).country == "USA"


def test_a_city_before_the_region_of_its_name_unless_named_as_a_region(locate: LocateEvents) -> None:
    assert locate.choose(mention(locate, "Herat"), none()).feature == "city"
    assert locate.choose(mention(locate, "Herat", admin=True), none()).feature == "admin area"


def test_detentes_own_seas_and_regions_come_first(locate: LocateEvents) -> None:
    assert locate.choose(mention(locate, "Red Sea"), none()).feature == "sea"


def test_a_qualifier_picks_the_place(locate: LocateEvents) -> None:
    assert locate.choose(mention(locate, "Tripoli", qualifier="Lebanon"), none()).country in ("LBY", "LBN")


def test_a_file_that_is_not_a_gazetteer_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "g.tsv.gz"  # the gzipped TSV of format 2, or any other file
    with gzip.open(bad, "wt", encoding="utf-8") as f:
        f.write("name\tcountry\nParis\tFRA\n")
    with pytest.raises(KnowledgeError, match="not a detente gazetteer"):
        Gazetteer.read(bad)


def refused(path: Path) -> str:
    with pytest.raises(KnowledgeError) as err:
        Gazetteer.read(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_gazetteer_file_reads_back_with_the_same_lookups(tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    assert store.write_file(out, PLACES) == len(PLACES)
    disk, memory = Gazetteer.read(out), Gazetteer(PLACES)
    assert len(disk) == len(memory) == len(PLACES)
    assert list(disk.places()) == list(memory.places()) == PLACES
    for name in {n for p in PLACES for n in (p.name, *p.names, *p.aliases)} | {"Atlantis", "", "the Red Sea"}:
        assert disk.lookup(name) == memory.lookup(name), name
        assert (name in disk) == (name in memory) == bool(memory.lookup(name)), name
    assert [p.country for p in disk.lookup("Tripoli")] == ["LBY", "LBN"]  # by population
    assert [p.feature for p in disk.lookup("Red Sea")] == ["sea", "admin area"]  # by feature rank
    assert [p.feature for p in disk.lookup("herat")] == ["city", "admin area"]
    assert disk.lookup("Samarra")[0].names == ("Samarra",) and disk.lookup("Samarra")[0].lat == 34.2
    assert not list(tmp_path.glob("*.tmp"))


def test_a_lookup_returns_a_fresh_list() -> None:
    g = Gazetteer(PLACES)
    g.lookup("Tripoli").clear()  # a caller may change what it gets: the cache must not see it
    assert len(g.lookup("Tripoli")) == 2


def test_a_missing_file_is_refused_with_the_command_that_builds_it(tmp_path: Path) -> None:
    assert "detente gazetteer build" in refused(tmp_path / "nowhere.sqlite")


def test_a_corrupt_file_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "g.sqlite"
    store.write_file(good, PLACES)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(good.read_bytes()[:100] + b"\xff" * 5000)
    assert "not a detente gazetteer" in refused(bad)
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert "not a detente gazetteer" in refused(empty)


def test_a_foreign_sqlite_file_or_an_old_format_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    assert "not a detente gazetteer" in refused(foreign)
    old = tmp_path / "old.sqlite"
    store.write_file(old, PLACES)
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'format'")
    assert "rebuild it with `detente gazetteer build --force`" in refused(old)


def test_the_file_is_opened_read_only(tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    store.write_file(out, PLACES)
    g = Gazetteer.read(out)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        g._conn.execute("DELETE FROM places")


def test_lookups_from_threads_agree(tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    store.write_file(out, PLACES)
    g = Gazetteer.read(out)
    names = ["Tripoli", "Georgia", "Herat", "Samarra", "Red Sea", "Atlantis"] * 50
    expected = [Gazetteer(PLACES).lookup(n) for n in names]
    results: list[list[list[Place]]] = []

    def work() -> None:
        results.append([g.lookup(n) for n in names])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_a_place_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(KnowledgeError, match="feature 'village'"):
        Gazetteer([Place("Lido", "village", "ITA")])


def test_the_reader_does_not_import_the_builder() -> None:
    import ast

    import detente.geo.gazetteer as reader

    tree = ast.parse(Path(reader.__file__).read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any("build" in m for m in imported), imported


def test_regions_file_rows_are_valid() -> None:
    seen: set[str] = set()
    for number, row in read_tsv(data_dir() / "places" / "regions.tsv", required=("name", "feature", "lat", "lon")):
        assert row["feature"] in ("sea", "region"), number
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, number
        assert not row["country"] or (len(row["country"]) == 3 and row["country"].isupper()), number
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert name_key(name) not in seen, f"line {number}: {name} twice"
            seen.add(name_key(name))


@pytest.mark.slow
def test_the_built_gazetteer_reads_back(tmp_path: Path) -> None:
    from detente.geo.build import build_gazetteer

    out = tmp_path / "g.sqlite"
    count = build_gazetteer(out)
    g = Gazetteer.read(out)
    assert len(g) == count > 50_000
    features = {p.feature for p in g.places()}
    assert features == {"city", "admin area", "country", "sea", "region"}
    assert g.lookup("Santa Marta")[0].country == "COL"
    assert g.lookup("Gulf of Aden")[0].feature == "sea"
    assert any(p.admin1 for p in g.lookup("Kirkuk"))
    hodeidah = g.lookup("Hodeidah")  # a news spelling from aliases.tsv
    assert hodeidah[0].country == "YEM" and hodeidah[0].is_called("hodeidah")


def test_a_small_town_abroad_is_a_namesake_when_the_article_is_elsewhere(locate: LocateEvents) -> None:
    g = Gazetteer([Place("Lido", "city", "ITA", None, 41.7, 12.3, 15_000, 9)])
    small = LocateEvents(g, locate.words)
    lido = PlaceMention(3, 4, tuple(g.lookup("Lido")), False, None, "Lido")
    somalia = Context({"SOM": {0}}, frozenset(), {"SOM": {0}})
    assert small._stray(lido, lido.places[0], somalia)
    assert not small._stray(lido, lido.places[0], Context({"SOM": {0}}, frozenset()))  # only actors name Somalia
    assert not small._stray(lido, lido.places[0], Context({"ITA": {0}}, frozenset(), {"ITA": {0}}))


def test_aliases_file_rows_are_valid() -> None:
    seen: set[tuple[str, str]] = set()
    for number, row in read_tsv(
        data_dir() / "places" / "aliases.tsv", required=("alias", "country", "target", "feature")
    ):
        assert row["feature"] in ("city", "admin area"), number
        assert len(row["country"]) == 3 and row["country"].isupper(), number
        key = (name_key(row["alias"]), row["feature"])
        assert key not in seen, f"line {number}: {row['alias']} twice"
        seen.add(key)


def test_an_alias_is_as_good_as_the_name(locate: LocateEvents) -> None:
    places = [
        Place("Hengyang", "city", "CHN", "Hunan", 26.9, 112.6, 1_000_000, 5, ("Henan",)),
        Place("Henan Sheng", "admin area", "CHN", "Henan Sheng", 34.6, 113.8, 22_000_000, aliases=("Henan",)),
    ]
    g = Gazetteer(places)
    henan = PlaceMention(0, 1, tuple(g.lookup("Henan")), False, None, "Henan")
    assert LocateEvents(g, locate.words).choose(henan, none()).name == "Henan Sheng"
    assert g.lookup("Henan")[0].name == "Henan Sheng"


HIERARCHY = [
    Place("Arīsh", "city", "EGY", "Shamal Sina'", 31.13, 33.80, 199_000, 10, ("Al Arish", "Arish")),
    Place("Ta'izz", "admin area", "YEM", "Ta'izz", 13.5, 44.0, 2_000_000, names=("Taizz",)),
    Place("Salh", "admin area", "YEM", "Ta'izz", 13.58, 44.02, 900_000),
    Place("Akure", "city", "NGA", "Ondo", 7.25, 5.19, 730_000, 11),
    Place("Akure", "city", "USA", "Ohio", 40.0, -83.0, 600, 12),
    Place("Ondo", "admin area", "NGA", "Ondo", 7.1, 5.1, 3_000_000),
]


@pytest.fixture(scope="module")
def locate_hierarchy() -> LocateEvents:
    return LocateEvents(Gazetteer(HIERARCHY), PlaceWords.load())


@pytest.mark.parametrize(
    ("name", "containers", "country", "feature"),
    [
        ("Al Arish", ("Salh", "Taizz"), "YEM", "admin area"),  # only abroad: the area its phrase names
        ("Al Arish", (), "EGY", "city"),
        ("Akure", ("Ondo",), "NGA", "city"),
        ("Akure", ("Ohio",), "NGA", "city"),  # a name that is no area of ours changes nothing
    ],
)
def test_the_areas_named_in_the_phrase_place_a_town(
    locate_hierarchy: LocateEvents, name: str, containers: tuple[str, ...], country: str, feature: str
) -> None:
    places = tuple(locate_hierarchy.gazetteer.lookup(name))
    m = PlaceMention(0, 1, places, False, containers[0] if containers else None, name, containers)
    place, why = locate_hierarchy.choose_why(m, none())
    assert (place.country, place.feature) == (country, feature)
    assert why


@pytest.mark.parametrize(
    ("country", "name", "spelling"),
    [
        ("EGY", "Al-Arish", "arish"),
        ("EGY", "Al-Arish", "el arish"),
        ("IRQ", "An Nasiriyah", "nasiriya"),
        ("SYR", "Deir ez-Zor", "deir al zor"),
        ("YEM", "Shabwah", "shabwa"),
    ],
)
def test_spelling_rules_give_other_spellings(country: str, name: str, spelling: str) -> None:
    from detente.geo.spellings import Spellings
    from detente.knowledge.files import data_dir

    spell = Spellings.read(data_dir() / "places" / "spellings.yaml")
    assert spelling in spell.variants(country, (name,))
    assert spell.variants("FRA", ("Le Havre",)) == ()  # the rules apply only to their countries
    assert spell.generic("North") and not spell.generic("Akure South")


@pytest.mark.slow
def test_lookup_with_context_scores_and_chooses(capsys: pytest.CaptureFixture[str]) -> None:
    from detente.cli.main import main

    assert main(["gazetteer", "lookup", "Tripoli", "--context", "Lebanon is divided. Gunmen attacked Tripoli."]) == 0
    out = capsys.readouterr().out
    assert "chosen: city        LBN" in out and "reason: LBN named in the article" in out


@pytest.mark.slow
def test_lookup_with_context_ranks_as_the_coder_places(capsys: pytest.CaptureFixture[str]) -> None:
    """``--context`` reads the text as the coder does (places22): a country that only acts
    ("the United States announced") no longer outweighs the larger town abroad, in the command's
    ranking as in the coder's place."""
    from detente import Coder
    from detente.cli.main import main

    text = "In Geneva at a donors' conference, the United States announced $40 million in aid. It urged others to give."
    assert main(["gazetteer", "lookup", "Geneva", "--context", text]) == 0
    out = capsys.readouterr().out
    chosen = next(line for line in out.splitlines() if line.startswith("chosen:"))
    placed = [e.location for e in Coder(model=False).code(text) if e.location is not None]
    assert "CHE" in chosen and placed and all(loc.country == "CHE" for loc in placed), (out, placed)
