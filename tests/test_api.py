"""The REST API in process (FastAPI's TestClient) over an in-memory DuckDB store seeded with
the fake coder: filters, paging, formats, errors, auth, caps and headers. No spaCy."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest

# The API is an optional extra; make install (and so CI) installs it, so these tests run there.
pytest.importorskip("fastapi", reason="the API's extra is not installed: pip install -e '.[api]'")

from fastapi.testclient import TestClient

from detente.api import create_app
from detente.api.errors import status_of
from detente.errors import AuthError, InputError, NotFoundError, QueryError, SourceNotFoundError, StoreError
from detente.ingest import ingest_articles
from detente.store import Store, open_store
from fakes import FakeCoder, seed_texts


def _identity(name: str) -> str:
    return name


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as s:
        ingest_articles(s, seed_texts(), FakeCoder(), "seed")
        yield s


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, coder=FakeCoder(), resolver=_identity))


def _ids(client: TestClient, **params: Any) -> list[str]:
    answer = client.get("/events", params={"limit": 1000, **params})
    assert answer.status_code == 200, answer.text
    return [e["id"] for e in answer.json()["events"]]


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["schema"] >= 3 and body["events"] == 29


def test_events_filters(client: TestClient) -> None:
    assert len(_ids(client)) == 29
    assert len(_ids(client, actor="USA")) == 16
    assert len(_ids(client, actor="USA", recipient="COL", type="ASSAULT")) == 4
    assert len(_ids(client, either="GUY")) == 1
    assert len(_ids(client, either="COL", other="USA")) == 28 and len(_ids(client, either="GUY", other="USA")) == 0
    assert len(_ids(client, quad_class=4)) == 5
    assert len(_ids(client, country="COL")) == 4
    assert len(_ids(client, since="2025-03-01", until="2025-03-26")) == 3
    assert len(_ids(client, bbox="1.5,0.5,2.5,1.5")) == 5
    assert len(_ids(client, bbox="10,10,20,20")) == 0
    assert len(_ids(client, q="hits guy")) == 1
    assert len(_ids(client, modality="asserted")) == 29


def test_events_pages_follow_the_cursor_without_overlap(client: TestClient) -> None:
    for sort in ("date", "-date", "goldstein", "-goldstein", "confidence"):
        seen: list[str] = []
        cursor = None
        for _ in range(20):
            params: dict[str, Any] = {"limit": 4, "sort": sort, **({"cursor": cursor} if cursor else {})}
            page = client.get("/events", params=params).json()
            seen += [e["id"] for e in page["events"]]
            cursor = page["next"]
            if cursor is None:
                break
        assert sorted(seen) == sorted(_ids(client)), sort
    first = client.get("/events", params={"limit": 2, "sort": "date"}).json()["next"]
    wrong = client.get("/events", params={"limit": 2, "sort": "goldstein", "cursor": first})
    assert wrong.status_code == 400 and "cursor" in wrong.json()["message"]
    assert client.get("/events", params={"cursor": "!!not-a-cursor"}).status_code == 400


def test_filter_values_are_bound_parameters(client: TestClient, store: Store) -> None:
    for value in ("USA' OR '1'='1", "x'); DROP TABLE events; --", "%", "_"):
        for name in ("actor", "either", "type", "mode", "q", "country", "modality"):
            answer = client.get("/events", params={name: value[:3] if name == "country" else value})
            assert answer.status_code in (200, 422), (name, value)
            if answer.status_code == 200:
                assert answer.json()["events"] == [], (name, value)  # "%" and "_" are no wildcards either
    assert store.counts()["events"] == 29


def test_events_as_csv_and_geojson(client: TestClient) -> None:
    text = client.get("/events", params={"format": "csv", "type": "ASSAULT"})
    assert text.headers["content-type"].startswith("text/csv")
    lines = text.text.strip().splitlines()
    assert lines[0].startswith("id,article_id,group_id,date") and len(lines) == 6
    geo = client.get("/events", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 5
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [2.0, 1.0]}


def test_an_event_with_every_report(client: TestClient) -> None:
    first = client.get("/events", params={"type": "ASSAULT", "actor": "USA"}).json()["events"][0]
    body = client.get(f"/events/{first['id']}").json()
    assert body["reports"][0]["record"]["trigger"]["span"] == [4, 8]
    assert body["reports"][0]["record"]["text"].startswith("USA hits COL")
    assert body["articles"] == len(body["reports"])
    assert body["reports"][0]["sentence_html"].startswith('<mark class="actor">USA</mark> <mark class="trigger">hits')
    missing = client.get("/events/nope")
    assert missing.status_code == 404 and missing.json()["error"] == "NotFoundError"


def test_an_article_with_its_spans_escaped(client: TestClient) -> None:
    event = client.get("/events", params={"type": "ASSAULT", "actor": "USA"}).json()["events"][0]
    body = client.get(f"/articles/{event['article_id']}").json()
    assert "<script>" in body["text"] and body["events"]
    roles = {s["role"] for spans in body["spans"].values() for s in spans}
    assert {"actor", "trigger", "recipient", "location"} <= roles
    html = client.get(f"/articles/{event['article_id']}", params={"format": "html"}).text
    assert "<script>" not in html and "&lt;script&gt;" in html and '<mark class="trigger">' in html
    assert client.get("/articles/nope").status_code == 404


def test_dyad_series_both_directions(client: TestClient) -> None:
    body = client.get("/dyads/USA/COL/series", params={"by": "month"}).json()
    forward, back = body["series"]["USA->COL"], body["series"]["COL->USA"]
    assert [p["period"] for p in forward] == ["2025-01-01", "2025-02-01", "2025-03-01"]
    # four reports on consecutive days are one real-world event (merged), counted once
    assert forward[-1]["material_conflict"] == 1 and forward[-1]["reports"] == 4 and back[0]["material_coop"] > 0
    assert client.get("/dyads/USA/COL/series", params={"by": "year"}).status_code == 422


def test_actors_and_network(client: TestClient) -> None:
    actors = client.get("/actors", params={"limit": 3}).json()
    assert actors["actors"][0]["country"] in ("COL", "USA") and len(actors["dyads"]) == 3
    graph = client.get("/network").json()
    assert {n["id"] for n in graph["nodes"]} == {"COL", "USA", "VEN", "GUY"}
    edge = next(e for e in graph["edges"] if (e["source"], e["target"]) == ("USA", "COL"))
    assert edge["weight"] == 13 and edge["mean_goldstein"] < 7  # 12 aids, and 4 reports of one assault
    gexf = client.get("/network", params={"format": "gexf"})
    root = ET.fromstring(gexf.text)
    assert len(root.findall(".//{http://gexf.net/1.3}edge")) == len(graph["edges"])


def test_alerts_carry_their_events(client: TestClient) -> None:
    body = client.get("/alerts", params={"recent_days": 7, "min_events": 1}).json()
    alert = next(a for a in body["alerts"] if (a["actor"], a["recipient"]) == ("USA", "COL"))
    assert len(alert["events"]) == 4 and {e["type"] for e in alert["events"]} == {"ASSAULT"}
    assert client.get(f"/events/{alert['events'][0]['id']}").status_code == 200


def test_code_returns_events_and_stores_nothing(client: TestClient, store: Store) -> None:
    body = client.post("/code", json={"text": "GBR hits FRA on 2025-05-01", "published": "2025-05-01"}).json()
    assert [e["type"] for e in body["events"]] == ["ASSAULT"]
    assert store.counts()["events"] == 29
    assert client.post("/code", json={"text": ""}).status_code == 422
    assert client.post("/code", json={"text": "x" * 100_001}).status_code == 422


def test_request_bodies_are_capped(store: Store) -> None:
    small = TestClient(create_app(store, coder=FakeCoder(), resolver=_identity, max_body=1000))
    answer = small.post("/code", json={"text": "x" * 2000})
    assert answer.status_code == 413 and answer.json()["error"] == "BodyTooLarge"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        yield b"x" * 2000
        yield b'"}'

    streamed = small.post("/code", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert small.get("/events", params={"limit": 1001}).status_code == 422


def test_ingest_needs_a_valid_token(client: TestClient, store: Store) -> None:
    body = {"articles": [{"text": "GBR hits FRA on 2025-05-01", "id": "new-1"}]}
    assert client.post("/ingest", json=body).status_code == 401
    wrong = client.post("/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    token = store.create_token("tests")
    headers = {"Authorization": f"Bearer {token}"}
    report = client.post("/ingest", json=body, headers=headers).json()
    assert report["new"] == 1 and report["events"] == 1
    assert client.post("/ingest", json=body, headers=headers).json()["known"] == 1
    assert store.counts()["events"] == 30
    _, rows = store.query("SELECT digest FROM api_tokens")
    assert token not in str(rows)


def test_security_headers_and_no_cors_by_default(client: TestClient, store: Store) -> None:
    for path in ("/health", "/events", "/events/nope", "/nowhere"):
        answer = client.get(path, headers={"Origin": "http://elsewhere.example"})
        csp = answer.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "access-control-allow-origin" not in answer.headers
    assert client.get("/nowhere").json()["error"] == "HTTPError"
    open_ = TestClient(create_app(store, resolver=_identity, cors_origins=["http://dash.example"]))
    answer = open_.get("/health", headers={"Origin": "http://dash.example"})
    assert answer.headers["access-control-allow-origin"] == "http://dash.example"


def test_watchlists_through_the_api(client: TestClient, store: Store) -> None:
    headers = {"Authorization": f"Bearer {store.create_token('w')}"}
    rule = {"actors": ["COL"], "types": ["ASSAULT", "AID"], "min_shift": 1.0}
    assert client.put("/watchlists/colombia", json=rule).status_code == 401
    saved = client.put("/watchlists/colombia", json=rule, headers=headers).json()
    assert saved["actors"] == ["COL"] and saved["min_shift"] == 1.0
    assert "colombia" in client.get("/watchlists").json()
    found = client.get("/alerts", params={"watchlist": "colombia", "min_events": 1}).json()["alerts"]
    assert [(a["actor"], a["recipient"]) for a in found] == [("USA", "COL")] and found[0]["events"]
    client.put("/watchlists/guyana", json={"dyad": ["GUY", "VEN"]}, headers=headers)
    assert client.get("/alerts", params={"watchlist": "guyana", "min_events": 1}).json()["alerts"] == []
    assert client.delete("/watchlists/colombia", headers=headers).status_code == 204
    assert client.get("/alerts", params={"watchlist": "colombia"}).status_code == 404


def test_one_place_maps_errors_to_statuses() -> None:
    assert status_of(NotFoundError("x")) == 404
    assert status_of(QueryError("x")) == status_of(InputError("x")) == 400
    assert status_of(AuthError("x")) == 401
    assert status_of(SourceNotFoundError("x")) == 404
    assert status_of(StoreError("x")) == 503


def test_the_openapi_schema_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/events", "/events/{event_id}", "/articles/{article_id}", "/dyads/{a}/{b}/series", "/actors"):
        assert path in paths
    for path in ("/network", "/alerts", "/code", "/ingest", "/health", "/watchlists/{name}"):
        assert path in paths


@pytest.mark.slow
def test_code_with_the_real_coder(store: Store, coder) -> None:  # type: ignore[no-untyped-def]
    real = TestClient(create_app(store, coder=coder, resolver=_identity))
    text = (
        "Colombia's president ordered security forces on Tuesday to stop sharing intelligence with the United States."
    )
    events = real.post("/code", json={"text": text, "published": "2025-10-21"}).json()["events"]
    assert [(e["type"], e["recipient"]["country"]) for e in events] == [("SANCTION", "USA")]
    assert real.head("/").status_code == 200


def test_the_installed_coder_is_made_with_the_options_given(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.coder

    made: list[dict[str, Any]] = []

    def fake_coder(**options: Any) -> FakeCoder:
        made.append(options)
        return FakeCoder()

    monkeypatch.setattr(detente.coder, "Coder", fake_coder)
    app = create_app(store, resolver=_identity, patterns_only=True, exclude=["require_recipient", "require_recipient"])
    answer = TestClient(app).post(
        "/code", json={"text": "Colombia accused the United States of violating its sovereignty."}
    )
    assert answer.status_code == 200, answer.text
    assert made == [{"model": False, "exclude": ("require_recipient",)}]


def test_a_stage_that_cannot_be_left_out_stops_the_api_at_once(store: Store) -> None:
    from detente.errors import OptionError

    with pytest.raises(OptionError, match="cannot leave out 'parse'"):
        create_app(store, coder=FakeCoder(), exclude=["parse"])
