"""The API's routes: each parses its request, calls one library function (detente.analytics,
detente.store, detente.ingest, detente.io.views) and shapes the answer. Errors are raised as
library errors and mapped to statuses in :mod:`detente.api.errors`."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from detente import analytics
from detente.analytics import EventFilter, Window
from detente.api.service import Service
from detente.errors import AuthError, InputError, QueryError
from detente.io import views
from detente.records import Article
from detente.store import Store

router = APIRouter()
bearer = HTTPBearer(auto_error=False, description="a token made with `detente token create`")

#: the most rows one page of /events may hold, the most articles one POST /ingest may carry,
#: and the longest text POST /code accepts
MAX_PAGE = 1000
MAX_ARTICLES = 100
MAX_TEXT = 100_000

Code = Annotated[str, Query(min_length=1, max_length=40, description="a code (COL, COLGOV) or a name (Colombia)")]
Since = Annotated[date | None, Query(description="from this date (YYYY-MM-DD)")]
Until = Annotated[date | None, Query(description="to this date (YYYY-MM-DD)")]


def service(request: Request) -> Service:
    return request.app.state.service


Svc = Annotated[Service, Depends(service)]


def authorized(svc: Svc, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
    """The name of the request's token; AuthError (401) without a valid one."""
    if credentials is None or not credentials.credentials:
        raise AuthError("this needs a token: Authorization: Bearer TOKEN (made with `detente token create`)")
    name = svc.run(lambda s: s.check_token(credentials.credentials))
    if name is None:
        raise AuthError("the token is not valid")
    return name


Token = Annotated[str, Depends(authorized)]


def _window(since: date | None, until: date | None) -> Window:
    if since and until and since > until:
        raise QueryError("since is after until")
    return Window(since, until)


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        w, s, e, n = (float(v) for v in text.split(","))
    except ValueError:
        raise QueryError("bbox is min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise QueryError("bbox is min_lon,min_lat,max_lon,max_lat, each in range, min <= max")
    return w, s, e, n


def _plain(value: Any) -> Any:
    """Decimals (SQL's rounded NUMERIC) as JSON numbers, inside dicts and lists too."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _rows(columns: list[str], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [_plain(dict(zip(columns, r, strict=True))) for r in rows]


@router.get("/health", tags=["meta"])
def health(svc: Svc) -> dict[str, Any]:
    """The store answers: its schema version and what it holds."""
    return {"status": "ok", **svc.run(lambda s: {"schema": s.version(), **s.counts()}, write=True)}


@router.get("/events", tags=["events"])
def events(
    svc: Svc,
    actor: Annotated[str | None, Query(max_length=40)] = None,
    recipient: Annotated[str | None, Query(max_length=40)] = None,
    either: Annotated[str | None, Query(max_length=40, description="actor or recipient")] = None,
    other: Annotated[str | None, Query(max_length=40, description="with either: the other side")] = None,
    country: Annotated[str | None, Query(max_length=3, description="where it happened (ISO alpha-3)")] = None,
    type: Annotated[str | None, Query(max_length=20, description="PLOVER type")] = None,
    mode: Annotated[str | None, Query(max_length=40)] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Annotated[str | None, Query(max_length=20)] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in the sentence")] = None,
    since: Since = None,
    until: Until = None,
    bbox: Annotated[str | None, Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat")] = None,
    sort: Annotated[str, Query(pattern=r"^-?(date|goldstein|confidence)$")] = "date",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    cursor: Annotated[str | None, Query(max_length=500, description="`next` of the previous page")] = None,
    format: Literal["json", "csv", "geojson"] = "json",
) -> Any:
    """Events, filtered, sorted and paged: follow `next` for the following page."""
    code = lambda v: analytics.actor_code(v, svc.resolve) if v else None  # noqa: E731
    where = EventFilter(
        code(actor), code(recipient), code(either), code(other), country, type, mode, quad_class, modality, q,
        _window(since, until), _bbox(bbox),
    )  # fmt: skip
    columns, rows, following = svc.cached(
        ("events", where, sort, limit, cursor), lambda s: analytics.find_events(s, where, sort, limit, cursor)
    )
    if format == "csv":
        return Response(views.rows_csv(columns, rows), media_type="text/csv; charset=utf-8")
    if format == "geojson":
        return Response(
            _json(views.rows_geojson(columns, rows) | {"next": following}), media_type="application/geo+json"
        )
    return {"events": _rows(columns, rows), "next": following}


def _json(value: Any) -> str:
    import json

    return json.dumps(value, default=str)


@router.get("/events/{event_id}", tags=["events"])
def event(svc: Svc, event_id: str) -> dict[str, Any]:
    """A real-world event: every report of it, with its sentence (also as escaped HTML with
    the actor, trigger, recipient, place and date marked), spans and article."""
    reports = svc.run(lambda s: s.event_reports(event_id))
    for r in reports:
        r["sentence_html"] = views.sentence_html(r.pop("article_text"), r["record"])
    return {
        "id": event_id,
        "reports": reports,
        "articles": len({r["article_id"] for r in reports}),
        "sources": len({r["source"] for r in reports}),
        "stories": len({r["story_id"] for r in reports}),
    }


@router.get("/articles/{article_id}", tags=["events"])
def article(svc: Svc, article_id: str, format: Literal["json", "html"] = "json") -> Any:
    """An article's text and each event's spans (actor, trigger, recipient, place, date);
    `format=html`: the text escaped, with the spans marked."""
    found = svc.run(lambda s: s.article(article_id))
    spans = {ev["id"]: views.event_spans(ev) for ev in found["events"]}
    if format == "html":
        marks = sorted({span for these in spans.values() for span in these})
        return HTMLResponse(f"<article>{views.marked_html(found['text'], marks)}</article>")
    found["spans"] = {k: [{"start": a, "end": b, "role": r} for a, b, r in v] for k, v in spans.items()}
    return found


@router.get("/dyads/{a}/{b}/series", tags=["analytics"])
def dyad_series(
    svc: Svc, a: str, b: str, by: Literal["day", "week", "month"] = "month", since: Since = None, until: Until = None
) -> dict[str, Any]:
    """Per period, in both directions: real-world events by quad class, reports, mean and
    total Goldstein, types."""
    x, y = analytics.actor_code(a, svc.resolve), analytics.actor_code(b, svc.resolve)
    window = _window(since, until)
    series = svc.cached(("series", x, y, by, window), lambda s: analytics.dyad_both(s, x, y, by, window))
    return {"a": x, "b": y, "by": by, "series": _plain(series)}


@router.get("/actors", tags=["analytics"])
def actors(
    svc: Svc, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 10, since: Since = None, until: Until = None
) -> dict[str, Any]:
    """The most active actors (as actor or recipient) and dyads."""
    found = svc.run(lambda s: analytics.top_actors(s, limit, _window(since, until)))
    return {k: _rows(c, r) for k, (c, r) in found.items()}


@router.get("/network", tags=["analytics"])
def network(
    svc: Svc,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 200,
    since: Since = None,
    until: Until = None,
    format: Literal["json", "gexf"] = "json",
) -> Any:
    """The actor graph: nodes, and directed edges weighted by events with mean Goldstein."""
    graph = svc.run(lambda s: analytics.network(s, _window(since, until), limit))
    if format == "gexf":
        return Response(views.network_gexf(graph), media_type="application/gexf+xml")
    return _plain(graph)


def _alert(a: analytics.Alert) -> dict[str, Any]:
    out = dataclasses.asdict(a)
    out["events"] = [
        {"id": i, "date": d, "type": t, "goldstein": g, "evidence": e}
        for i, (d, t, g, e) in zip(a.event_ids, a.evidence, strict=True)
    ]
    del out["evidence"], out["event_ids"]
    return out


@router.get("/alerts", tags=["analytics"])
def alerts(
    svc: Svc,
    watchlist: Annotated[str | None, Query(max_length=100, description="a saved rule's name")] = None,
    until: Until = None,
    recent_days: Annotated[int, Query(ge=1, le=3650)] = 7,
    baseline_days: Annotated[int, Query(ge=1, le=36500)] = 90,
    min_events: Annotated[int, Query(ge=1, le=100_000)] = 3,
) -> dict[str, Any]:
    """Dyads that shifted against their baseline (or crossed a watchlist's rule), each with
    the events that drove it."""
    options = {"until": until, "recent_days": recent_days, "baseline_days": baseline_days, "min_events": min_events}

    def find(s: Store) -> list[analytics.Alert]:
        if watchlist is None:
            return analytics.alerts(s, **options)  # type: ignore[arg-type]
        return analytics.watch_alerts(s, analytics.Watchlist.from_dict(watchlist, s.watchlist(watchlist)), **options)

    return {"watchlist": watchlist, "alerts": [_alert(a) for a in svc.run(find)]}


class Rule(BaseModel):
    actors: list[Annotated[str, Field(max_length=40)]] = Field(default=[], max_length=50)
    dyad: list[Annotated[str, Field(max_length=40)]] | None = Field(default=None, min_length=2, max_length=2)
    types: list[Annotated[str, Field(max_length=20)]] = Field(default=[], max_length=20)
    modes: list[Annotated[str, Field(max_length=40)]] = Field(default=[], max_length=50)
    min_shift: float = Field(default=2.0, ge=0, le=20)
    conflict_rise: float = Field(default=0.25, ge=0, le=1)


@router.get("/watchlists", tags=["watchlists"])
def watchlists(svc: Svc) -> dict[str, Any]:
    """The saved rules, by name."""
    return svc.run(lambda s: s.watchlists())


@router.put("/watchlists/{name}", tags=["watchlists"])
def save_watchlist(svc: Svc, _token: Token, name: Annotated[str, Path(max_length=100)], rule: Rule) -> dict[str, Any]:
    """Save (or replace) a rule; needs a token."""
    data = rule.model_dump()
    if data["dyad"]:
        data["dyad"] = [analytics.actor_code(v, svc.resolve) for v in data["dyad"]]
    data["actors"] = [analytics.actor_code(v, svc.resolve) for v in data["actors"]]
    saved = analytics.Watchlist.from_dict(name, data)
    svc.run(lambda s: s.save_watchlist(name, saved.to_dict()), write=True)
    return {"name": name, **saved.to_dict()}


@router.delete("/watchlists/{name}", tags=["watchlists"], status_code=204)
def remove_watchlist(svc: Svc, _token: Token, name: str) -> Response:
    """Remove a rule; needs a token."""
    svc.run(lambda s: s.remove_watchlist(name), write=True)
    return Response(status_code=204)


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    id: str | None = Field(default=None, max_length=200)
    published: date | None = None
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)

    def article(self) -> Article:
        return Article(self.id or Article.make_id(self.text), self.text, self.published, self.title, self.url)


class Articles(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


@router.post("/code", tags=["coding"])
def code(svc: Svc, body: ArticleIn) -> dict[str, Any]:
    """Code one text into events; nothing is stored."""
    results = list(svc.coder.code_many([body.article()]))
    if results and results[0].error is not None:
        error = results[0].error
        raise error if isinstance(error, InputError) else InputError(error.one_line())
    return {"events": [ev.to_dict() for r in results for ev in r.events]}


@router.post("/ingest", tags=["coding"])
def ingest(svc: Svc, token: Token, body: Articles) -> dict[str, Any]:
    """Code articles and store them (idempotent: a text already stored adds nothing); needs a token."""
    from detente.ingest import ingest_articles

    articles = [a.article() for a in body.articles]
    report = svc.run(lambda s: ingest_articles(s, articles, svc.coder, f"api:{token}"), write=True)
    return {k: v for k, v in dataclasses.asdict(report).items() if k not in ("total", "sources", "refused")}
