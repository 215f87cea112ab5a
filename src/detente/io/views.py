"""Views of query results for other tools: CSV and GeoJSON of event rows, GEXF of the actor
network, and an article's text as HTML with each event's spans marked (the text escaped).

Pure functions of what :mod:`detente.analytics` and :class:`~detente.store.Store` return; the
API and the CLI share them.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import quoteattr

#: the parts of an event record that carry a span, and the CSS class each is marked with
SPAN_ROLES = {
    "actor": "actor",
    "trigger": "trigger",
    "recipient": "recipient",
    "location": "location",
    "date_text": "date",
}


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def rows_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([[_cell(v) for v in r] for r in rows])
    return out.getvalue()


def rows_geojson(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """A FeatureCollection of the rows that have ``lat`` and ``lon``: each a Point with the
    row's other columns as properties."""
    features = []
    for row in rows:
        props = {c: _cell(v) for c, v in zip(columns, row, strict=True)}
        lat, lon = props.pop("lat", None), props.pop("lon", None)
        if lat is None or lon is None:
            continue
        geometry = {"type": "Point", "coordinates": [lon, lat]}
        features.append({"type": "Feature", "id": props.get("id"), "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def network_gexf(graph: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """The actor network (:func:`detente.analytics.network`) as GEXF 1.3, for Gephi."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
        '  <graph defaultedgetype="directed">',
        '    <attributes class="edge"><attribute id="0" title="mean_goldstein" type="double"/></attributes>',
        "    <nodes>",
    ]
    for node in graph["nodes"]:
        lines.append(f"      <node id={quoteattr(str(node['id']))} label={quoteattr(str(node['id']))}/>")
    lines += ["    </nodes>", "    <edges>"]
    for n, edge in enumerate(graph["edges"]):
        lines.append(
            f'      <edge id="{n}" source={quoteattr(str(edge["source"]))} target={quoteattr(str(edge["target"]))} '
            f'weight="{float(edge["weight"])}"><attvalues><attvalue for="0" value="{float(edge["mean_goldstein"])}"/>'
            "</attvalues></edge>"
        )
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(lines)


def event_spans(record: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, role) of the parts of an event record that carry an article span."""
    spans = []
    for key, role in SPAN_ROLES.items():
        part = record.get(key)
        span = part.get("span") if isinstance(part, Mapping) else None
        if span and len(span) == 2 and span[0] < span[1]:
            spans.append((int(span[0]), int(span[1]), role))
    return sorted(spans)


def marked_html(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text`` HTML-escaped, with each span as ``<mark class="ROLE">``; overlapping spans
    after the first (the longest of those starting together) are left unmarked, so the markup
    stays well nested."""
    out, at = [], 0
    for start, end, role in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        if start < at or end > len(text):
            continue
        out.append(html.escape(text[at:start]))
        out.append(f'<mark class="{html.escape(role)}">{html.escape(text[start:end])}</mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def sentence_html(article_text: str, record: Mapping[str, Any]) -> str:
    """The event's sentence, HTML-escaped, with its own spans marked (actor, trigger,
    recipient, place, date). Spans are offsets into the article: the sentence is found there
    (the occurrence that holds the trigger); if it is not, the sentence is shown unmarked."""
    sentence = str(record.get("text") or "")
    spans = event_spans(record)
    anchor = next((s for s, _, role in spans if role == "trigger"), spans[0][0] if spans else 0)
    start = article_text.find(sentence) if sentence else -1
    while start >= 0 and not start <= anchor < start + len(sentence):
        start = article_text.find(sentence, start + 1)
    if start < 0:
        return html.escape(sentence)
    inside = [(a - start, b - start, r) for a, b, r in spans if start <= a and b <= start + len(sentence)]
    return marked_html(sentence, inside)
