"""The data files load, agree with the ontology, and fail loudly when malformed."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from detente.errors import KnowledgeError
from detente.knowledge import ActorDictionary, Lexicon, Ontology
from detente.knowledge.files import data_dir, read_yaml
from detente.records import PLOVER_TYPES


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    # a whitespace tokenizer is enough to test the tables; the coder passes spaCy's
    return ActorDictionary.load(lambda s: s.split())


def lookup(actors: ActorDictionary, text: str):  # type: ignore[no-untyped-def]
    found = list(actors.match(text.split()))
    assert found, f"{text!r} not found"
    return found[0][2]


def test_every_cameo_code_maps_to_a_plover_type(ontology: Ontology) -> None:
    assert len(ontology.plover) > 100
    for code, coding in ontology.plover.items():
        assert coding.type in PLOVER_TYPES, code
        assert code in ontology.cameo, f"{code} is mapped to PLOVER but is not a CAMEO code"
    # all 16 types are reachable from CAMEO
    assert {p.type for p in ontology.plover.values()} == set(PLOVER_TYPES)
    # sub-codes fall back to their parent code
    assert ontology.to_plover("1831").type == "ASSAULT"
    with pytest.raises(KnowledgeError):
        ontology.to_plover("999")


def test_goldstein_and_quad_class(ontology: Ontology) -> None:
    assert all(-10 <= c.goldstein <= 10 for c in ontology.cameo.values())
    assert ontology.code("163").goldstein == -8.0
    assert ontology.code("163").quad_class == 4
    assert ontology.code("057").quad_class == 1
    assert ontology.code("173").quad_class == 4


def test_lexicon_patterns_are_consistent(ontology: Ontology) -> None:
    lex = Lexicon.load(ontology)
    assert "attack" in lex.verbs and "sanction" in lex.nouns
    for table in (lex.verbs, lex.nouns):
        for patterns in table.values():
            for p in patterns:
                if not p.is_event:
                    # NOT_EVENTS: wordings that are not events carry no code, and name more than the
                    # verb (an object, or a word on it: "meet [demand]", "plead guilty")
                    assert p.cameo == "" and (p.objects or p.particles), p.source
                    continue
                assert p.cameo in ontology.cameo, p.source
                assert ontology.to_plover(p.cameo).type == p.type, p.source
    assert lex.frames["threaten"].result("190", "ASSAULT") == "138"


def test_pattern_sources_name_the_line_that_holds_the_pattern(ontology: Ontology) -> None:
    lex = Lexicon.load(ontology)
    lines = {
        name: (data_dir() / "patterns" / name).read_text(encoding="utf-8").splitlines()
        for name in ("verbs.yaml", "nouns.yaml")
    }
    checked = 0
    for table in (lex.verbs, lex.nouns):
        for patterns in table.values():
            for p in patterns:
                name, number = p.source.rsplit(":", 1)
                assert int(number) >= 1, p.source
                line = lines[name][int(number) - 1]
                assert p.lemma in line.lower() and not line.lstrip().startswith("#"), (p.source, line)
                checked += 1
    assert checked > 100
    assert lex.frames["suspend"].result("073", "AID") == "1623"


def test_a_malformed_pattern_file_names_file_and_problem(ontology: Ontology, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    verbs = copy / "patterns" / "verbs.yaml"
    verbs.write_text(verbs.read_text(encoding="utf-8") + '\nASSAULT:\n  "190":\n    - "attack [unclosed"\n')
    with pytest.raises(KnowledgeError, match=r"verbs\.yaml"):
        Lexicon.load(ontology, copy)


def test_a_pattern_under_the_wrong_type_is_refused(ontology: Ontology, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    nouns = copy / "patterns" / "nouns.yaml"
    nouns.write_text('AGREE:\n  "190":\n    - attack\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="listed under AGREE"):
        Lexicon.load(ontology, copy)


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        ("Colombia", "COL", "country"),
        ("Venezuelan", "VEN", "people"),
        ("the Kremlin", "RUS", "metonym"),
        ("Caracas", "VEN", "metonym"),
        ("NATO", "IGO", "igo"),
        ("Petro", "COL", "person"),
        ("Bessent", "USA", "person"),
    ],
)
def test_actor_dictionary_names(actors: ActorDictionary, text: str, country: str, kind: str) -> None:
    entry = ActorDictionary.choose(lookup(actors, text), date(2025, 10, 21))
    assert entry.country == country
    assert entry.kind == kind


def test_office_holders_resolve_by_date(actors: ActorDictionary) -> None:
    trump = lookup(actors, "Trump")
    assert ActorDictionary.choose(trump, date(2019, 6, 1)).start == date(2017, 1, 20)
    assert ActorDictionary.choose(trump, date(2025, 6, 1)).start == date(2025, 1, 20)
    # out of office: the latest term that began before the day
    assert ActorDictionary.choose(trump, date(2022, 6, 1)).start == date(2017, 1, 20)
    biden = lookup(actors, "Biden")
    assert ActorDictionary.choose(biden, date(2015, 6, 1)).office == "vice_president"
    assert ActorDictionary.choose(biden, date(2023, 6, 1)).office == "head_of_state_and_government"


def test_sector_words(actors: ActorDictionary) -> None:
    assert actors.sector("president") is not None and actors.sector("president").sector == "GOV"  # type: ignore[union-attr]
    assert actors.sector("security force") is not None
    assert actors.sector("no such word") is None


def _booleans(value: object, where: str) -> list[str]:
    if isinstance(value, bool):
        return [where]
    if isinstance(value, dict):
        return [b for k, v in value.items() for b in _booleans(v, f"{where}.{k}") + _booleans(k, f"{where} key")]
    if isinstance(value, list):
        return [b for i, v in enumerate(value) for b in _booleans(v, f"{where}[{i}]")]
    return []


def test_a_key_written_twice_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys silently: a new list given an existing list's name
    would replace it without a word, so the loader refuses it."""
    path = tmp_path / "twice.yaml"
    path.write_text("holding_verbs: [hold]\nother: [x]\nholding_verbs: [keep]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"twice\.yaml.*'holding_verbs' twice \(first on line 1\).*line 3"):
        read_yaml(path)


def test_a_merged_key_may_be_overridden(tmp_path: Path) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text("base: &b {a: 1, c: 2}\nmine:\n  <<: *b\n  a: 3\n", encoding="utf-8")
    assert read_yaml(path)["mine"] == {"a": 3, "c": 2}


ALLOWED_BOOLEANS = ("keep_inner", "other_doer", "timed_clause", "infinitive_only")


@pytest.mark.parametrize("path", sorted((data_dir() / "patterns").glob("*.yaml")), ids=lambda p: p.name)
def test_word_lists_hold_no_yaml_booleans(path: Path) -> None:
    """YAML reads a bare on, off, yes or no as a boolean: a word list must quote them."""
    found = [b for b in _booleans(read_yaml(path), path.name) if not b.endswith(ALLOWED_BOOLEANS)]
    assert not found, found


@pytest.mark.parametrize("path", sorted((data_dir() / "patterns").glob("*.yaml")), ids=lambda p: p.name)
def test_every_list_of_event_types_names_plover_types(path: Path) -> None:
    """A list named ``*_types`` (``partner_types``, ``act_types`` ...) holds PLOVER types: a
    misspelt one would silently match no event."""
    doc = read_yaml(path)
    lists = (
        {k: v for k, v in doc.items() if isinstance(k, str) and k.endswith("_types")} if isinstance(doc, dict) else {}
    )
    wrong = {k: sorted(set(v) - set(PLOVER_TYPES)) for k, v in lists.items() if not set(v) <= set(PLOVER_TYPES)}
    assert not wrong, wrong


@pytest.mark.parametrize("path", sorted((data_dir() / "patterns").glob("*.yaml")), ids=lambda p: p.name)
def test_every_list_of_cameo_codes_names_known_codes(path: Path, ontology: Ontology) -> None:
    """A list named ``*_codes`` (``abroad_codes`` ...) holds CAMEO codes of ``cameo_codes.tsv``."""
    doc = read_yaml(path)
    lists = (
        {k: v for k, v in doc.items() if isinstance(k, str) and k.endswith("_codes")} if isinstance(doc, dict) else {}
    )
    wrong = {k: sorted(c for c in v if c not in ontology.cameo) for k, v in lists.items()}
    assert not any(wrong.values()), wrong


@pytest.mark.parametrize("path", sorted((data_dir() / "patterns").glob("*.yaml")), ids=lambda p: p.name)
def test_every_list_of_sectors_names_known_sectors(path: Path, ontology: Ontology) -> None:
    """A list named ``*_sectors`` (``home_sectors``, ``voting_sectors`` ...) holds sector codes
    of ``plover_sectors.tsv`` or its non-state codes."""
    doc = read_yaml(path)
    known = ontology.sectors | ontology.nonstate
    lists = (
        {k: v for k, v in doc.items() if isinstance(k, str) and k.endswith("_sectors")} if isinstance(doc, dict) else {}
    )
    wrong = {k: sorted(set(v) - known) for k, v in lists.items() if not set(v) <= known}
    assert not wrong, wrong


@pytest.mark.slow
def test_the_quick_name_tokenizer_agrees_with_spacy_on_every_dictionary_name() -> None:
    from detente.coder import name_tokenizer
    from detente.stages.parse import load_nlp

    tokenizer = load_nlp().tokenizer
    quick = name_tokenizer(tokenizer)
    names: list[str] = []
    ActorDictionary.load(lambda s: names.append(s) or quick(s))
    assert len(names) > 2000
    differ = [n for n in names if quick(n) != [t.text for t in tokenizer(n)]]
    assert differ == []
    # and the cases it leaves to spaCy are split as spaCy splits them
    assert quick("U.S. Navy") == ["U.S.", "Navy"]
    assert quick("Cote d'Ivoire") == [t.text for t in tokenizer("Cote d'Ivoire")]
    assert quick("cannot") == ["can", "not"]
