"""The gazetteer service and place choice, on hand-made places (no packages, no spaCy), and the
build from the installed packages (slow)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.geo.gazetteer import Gazetteer, Place, name_key
from detente.knowledge.files import data_dir, read_tsv
from detente.stages.places import Context, LocateEvents, PlaceMention, PlaceWords

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
    bad = tmp_path / "g.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as f:
        f.write("name\tcountry\nParis\tFRA\n")
    with pytest.raises(KnowledgeError, match="not a detente gazetteer"):
        Gazetteer.read(bad)


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

    out = tmp_path / "g.tsv.gz"
    count = build_gazetteer(out)
    g = Gazetteer.read(out)
    assert len(g) == count > 50_000
    features = {p.feature for p in g.places}
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
