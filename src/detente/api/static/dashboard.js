"use strict";
// The dashboard: every piece of data comes from this server's API, every script from the
// package's own static files (npm packages copied there by `make install`). The filters live
// in the page's URL, so a view can be bookmarked or shared.

const QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
const QUAD_COLORS = ["#9ecae1", "#3182bd", "#fdae6b", "#e6550d"];
const state = { cursor: null, map: null, markers: null };

function $(id) { return document.getElementById(id); }

function params() { return new URLSearchParams(window.location.search); }

function message(text) {
  const box = $("message");
  box.textContent = text || "";
  box.hidden = !text;
}

async function api(path) {
  const answer = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await answer.json();
  if (!answer.ok) throw new Error(body.message || answer.statusText);
  return body;
}

function query(values) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  return q.toString();
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

// -- filters in the URL ------------------------------------------------------------------------

function readFilters() {
  const p = params();
  const form = $("filters");
  for (const name of ["a", "b", "since", "until", "by", "watchlist"]) {
    if (p.has(name)) form.elements[name].value = p.get(name);
  }
}

function filters() {
  const f = $("filters").elements;
  return { a: f.a.value.trim(), b: f.b.value.trim(), since: f.since.value, until: f.until.value,
           by: f.by.value, watchlist: f.watchlist.value.trim() };
}

function saveFilters(extra) {
  const q = query(Object.assign(filters(), extra || {}));
  window.history.replaceState(null, "", q ? "?" + q : window.location.pathname);
}

// -- the source sentence -----------------------------------------------------------------------

async function openEvent(id) {
  saveFilters({ event: id });
  const box = $("detail");
  box.replaceChildren(el("p", "Loading…", { class: "hint" }));
  try {
    const found = await api("/events/" + encodeURIComponent(id));
    const first = found.reports[0];
    const r = first.record;
    const sentence = el("p", null, { class: "sentence", id: "sentence" });
    sentence.innerHTML = first.sentence_html; // escaped and marked by the server (detente.io.views)
    const facts = el("p", `${r.date || "undated"} · ${r.type} (CAMEO ${r.cameo}, Goldstein ${r.goldstein}) · ` +
      `${found.reports.length} report(s) in ${found.articles} article(s)`);
    const legend = el("p", null, { class: "legend" });
    for (const role of ["actor", "trigger", "recipient", "location", "date"]) legend.append(el("mark", role, { class: role }));
    const link = el("a", "the article, with its events marked", { href: "/articles/" + encodeURIComponent(first.article_id) + "?format=html" });
    const links = el("p");
    links.append(link);
    if (first.url && /^https?:\/\//.test(first.url)) {
      links.append(" · ", el("a", first.title || first.url, { href: first.url, rel: "noreferrer noopener", target: "_blank" }));
    }
    box.replaceChildren(sentence, facts, legend, links);
  } catch (err) {
    box.replaceChildren(el("p", String(err.message || err), { class: "hint" }));
  }
}

// -- relation over time ------------------------------------------------------------------------

function periodEnd(day, by) {
  const d = new Date(day + "T00:00:00Z");
  if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function seriesSpec(rows, title) {
  const values = rows.map((r) => Object.assign({ day: String(r.period) }, r));
  const x = { field: "day", type: "ordinal", title: null, axis: { labelAngle: -45 } };
  return {
    title, width: "container", height: 170, data: { values },
    layer: [
      { transform: [{ fold: QUADS, as: ["quad", "count"] }],
        mark: "bar",
        encoding: { x, y: { field: "count", type: "quantitative", stack: true, title: "events" },
                    color: { field: "quad", type: "nominal", scale: { domain: QUADS, range: QUAD_COLORS }, title: null },
                    tooltip: [{ field: "day" }, { field: "quad" }, { field: "count" }] } },
      { mark: { type: "line", point: true, color: "#222" },
        encoding: { x, y: { field: "mean_goldstein", type: "quantitative", title: "mean Goldstein",
                            scale: { domain: [-10, 10] } },
                    tooltip: [{ field: "day" }, { field: "mean_goldstein" }, { field: "types" }] } },
    ],
    resolve: { scale: { y: "independent" } },
  };
}

async function drawRelation(f) {
  const boxes = [$("chart-ab"), $("chart-ba")];
  boxes.forEach((b) => b.replaceChildren());
  if (!f.a || !f.b) { boxes[0].append(el("p", "Pick two actors.", { class: "hint" })); return; }
  const found = await api(`/dyads/${encodeURIComponent(f.a)}/${encodeURIComponent(f.b)}/series?` +
    query({ by: f.by, since: f.since, until: f.until }));
  const directions = Object.keys(found.series);
  for (let i = 0; i < directions.length; i++) {
    const [from, to] = directions[i].split("->");
    const rows = found.series[directions[i]];
    if (!rows.length) { boxes[i].append(el("p", `${from} → ${to}: no events`, { class: "hint" })); continue; }
    const result = await vegaEmbed(boxes[i], seriesSpec(rows, `${from} → ${to}`), {
      actions: false, ast: true, expr: vega.expressionInterpreter, defaultStyle: false, renderer: "svg",
      tooltip: { disableDefaultStyle: true } });
    result.view.addEventListener("click", (_event, item) => {
      if (item && item.datum && item.datum.day) openPeriod(from, to, item.datum.day, f.by);
    });
  }
}

async function openPeriod(from, to, day, by) {
  await loadTable({ actor: from, recipient: to, since: day, until: periodEnd(day, by) }, true);
}

// -- alerts ------------------------------------------------------------------------------------

async function drawAlerts(f) {
  const list = $("alerts");
  list.replaceChildren();
  const found = await api("/alerts?" + query({ watchlist: f.watchlist, until: f.until, min_events: 1 }));
  if (!found.alerts.length) list.append(el("li", "No dyad departs from its baseline."));
  for (const alert of found.alerts) {
    const item = el("li", `${alert.actor} → ${alert.recipient}: ${alert.reasons.join("; ")}`);
    const events = el("ul");
    for (const ev of alert.events) {
      const line = el("li", `${ev.date} ${ev.type} ${ev.goldstein}: ${String(ev.evidence).slice(0, 90)}`);
      line.addEventListener("click", () => openEvent(ev.id));
      events.append(line);
    }
    item.append(events);
    list.append(item);
  }
}

// -- actor network -----------------------------------------------------------------------------

function svg(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function drawNetwork(f) {
  const box = $("network");
  box.replaceChildren();
  const graph = await api("/network?" + query({ limit: 60, since: f.since, until: f.until }));
  const nodes = graph.nodes.slice(0, 24);
  const at = {};
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    at[n.id] = [210 + 170 * Math.cos(angle), 210 + 170 * Math.sin(angle)];
  });
  const heaviest = Math.max(1, ...graph.edges.map((e) => e.weight));
  for (const e of graph.edges) {
    if (!at[e.source] || !at[e.target]) continue;
    const line = svg("line", { x1: at[e.source][0], y1: at[e.source][1], x2: at[e.target][0], y2: at[e.target][1],
      "stroke-width": 1 + 5 * (e.weight / heaviest), class: e.mean_goldstein < 0 ? "conflict" : "coop" });
    line.append(svg("title"));
    line.firstChild.textContent = `${e.source} → ${e.target}: ${e.weight} events, mean Goldstein ${e.mean_goldstein}`;
    box.append(line);
  }
  for (const n of nodes) {
    const [x, y] = at[n.id];
    const dot = svg("circle", { cx: x, cy: y, r: 4 + Math.min(10, Math.sqrt(n.weight)), "data-actor": n.id });
    const label = svg("text", { x: x + 8, y: y - 8, "data-actor": n.id });
    label.textContent = n.id;
    for (const node of [dot, label]) node.addEventListener("click", () => pickActor(n.id));
    box.append(dot, label);
  }
}

function pickActor(id) {
  const f = $("filters").elements;
  if (!f.a.value || (f.a.value && f.b.value)) { f.a.value = id; f.b.value = ""; } else f.b.value = id;
  refresh();
}

// -- map ---------------------------------------------------------------------------------------

async function drawMap(f) {
  if (!state.map) {
    state.map = L.map("map", { worldCopyJump: true }).setView([15, 0], 2);
    state.map.attributionControl.addAttribution("Natural Earth (world-atlas)");
    const world = await fetch("/static/vendor/countries-110m.json").then((r) => r.json());
    L.geoJSON(topojson.feature(world, world.objects.countries),
      { style: { color: "#8aa", weight: 0.6, fillColor: "#f4f1e8", fillOpacity: 1 } }).addTo(state.map);
    state.markers = L.layerGroup().addTo(state.map);
  }
  state.markers.clearLayers();
  const where = f.a ? { either: f.a, other: f.b } : {};
  const found = await api("/events?" + query(Object.assign({ format: "geojson", limit: 1000, since: f.since, until: f.until }, where)));
  for (const feature of found.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const marker = L.circleMarker([lat, lon], { radius: 6, color: p.quad_class >= 3 ? "#c0392b" : "#2b7bba" });
    marker.bindTooltip(`${p.date} ${p.type} ${p.location_name || ""}`);
    marker.on("click", () => openEvent(p.id));
    state.markers.addLayer(marker);
  }
}

// -- table -------------------------------------------------------------------------------------

async function loadTable(where, openFirst) {
  const body = $("events").tBodies[0];
  if (!where.cursor) body.replaceChildren();
  const found = await api("/events?" + query(Object.assign({ limit: 50, sort: "-date" }, where)));
  for (const e of found.events) {
    const row = el("tr", null, { "data-event": e.id });
    const cells = [e.date, e.type, e.actor_code, e.recipient_code, e.goldstein, e.location_name, String(e.evidence).slice(0, 120)];
    for (const value of cells) row.append(el("td", value === null ? "" : value));
    row.addEventListener("click", () => openEvent(e.id));
    body.append(row);
  }
  const more = $("more");
  more.hidden = !found.next;
  more.onclick = () => loadTable(Object.assign({}, where, { cursor: found.next }), false);
  if (openFirst && found.events.length) openEvent(found.events[0].id);
}

// -- everything --------------------------------------------------------------------------------

async function refresh() {
  saveFilters();
  message("");
  const f = filters();
  const where = f.a ? { either: f.a, other: f.b } : {};
  const jobs = [drawRelation(f), drawAlerts(f), drawNetwork(f), drawMap(f),
    loadTable(Object.assign({ since: f.since, until: f.until }, where), false)];
  const results = await Promise.allSettled(jobs);
  const failed = results.filter((r) => r.status === "rejected").map((r) => String(r.reason.message || r.reason));
  if (failed.length) message(failed.join(" · "));
}

function start() {
  if (typeof vegaEmbed === "undefined" || typeof L === "undefined" || typeof topojson === "undefined") {
    message("The dashboard's scripts are not installed: run `make install` (they come from npm packages).");
    return;
  }
  readFilters();
  $("filters").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  const opened = params().get("event");
  refresh().then(() => { if (opened) openEvent(opened); });
}

document.addEventListener("DOMContentLoaded", start);
