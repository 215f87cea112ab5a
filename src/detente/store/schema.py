"""The store's schema, as numbered migrations applied in order and recorded in
``schema_version``. The SQL is portable between DuckDB and PostgreSQL (standard types, JSON
kept as text), so one schema serves both.

Nothing needed to rebuild an event is lost: ``events.record`` holds the event's full JSON
(docs/attributes.md), the flat columns beside it are for querying.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the events that count as having happened (modality ``asserted`` or unknown): the series count these
HAPPENED = "(modality IS NULL OR modality = 'asserted')"
#: the columns of ``dyad_keys`` after its two keys, as the events table names them
DYAD_KEY_COLUMNS: tuple[str, ...] = (
    "id", "date", "actor_country", "recipient_country", "type", "mode", "quad_class", "modality",
    "location_country", "lat", "lon", "goldstein", "confidence", "group_id",
)  # fmt: skip
#: one row of ``dyad_keys`` for each pair of a side's country or code and the other side's
_DYAD_KEY_PAIRS = " UNION ".join(
    f"SELECT {a} AS actor_key, {r} AS recipient_key, id FROM events"
    for a in ("actor_country", "actor_code")
    for r in ("recipient_country", "recipient_code")
)
#: ``dyad_keys`` filled from the events table, in its order (dyad, then date): see ``Store.cluster``
DYAD_KEYS_FILL = (
    f"INSERT INTO dyad_keys SELECT k.actor_key, k.recipient_key, {', '.join('e.' + c for c in DYAD_KEY_COLUMNS)} "
    f"FROM ({_DYAD_KEY_PAIRS}) k JOIN events e ON e.id = k.id "
    "WHERE k.actor_key IS NOT NULL AND k.recipient_key IS NOT NULL ORDER BY 1, 2, e.date, e.id"
)
DYAD_KEYS_TABLE = """CREATE TABLE dyad_keys (
                actor_key TEXT NOT NULL,      -- the actor's country or its code: one row for each
                recipient_key TEXT NOT NULL,  -- the recipient's country or its code
                id TEXT NOT NULL,             -- the event (events.id); the other columns are its own
                date DATE,
                actor_country TEXT,
                recipient_country TEXT,
                type TEXT NOT NULL,
                mode TEXT,
                quad_class INTEGER NOT NULL,
                modality TEXT,
                location_country TEXT,
                lat DOUBLE PRECISION,
                lon DOUBLE PRECISION,
                goldstein DOUBLE PRECISION NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                group_id TEXT NOT NULL,
                PRIMARY KEY (actor_key, recipient_key, id)
            )"""

#: the dyads of the actor graph (``/network`` without dates): the events that happened between
#: two different countries, per directed dyad: reports, their summed Goldstein, and real-world
#: events (groups); kept by every write, as ``dyad_keys`` is
DYAD_TOTALS_TABLE = """CREATE TABLE dyad_totals (
                actor_country TEXT NOT NULL,
                recipient_country TEXT NOT NULL,
                reports BIGINT NOT NULL,      -- events (reports) that happened (modality asserted or unknown)
                goldstein DOUBLE PRECISION NOT NULL,  -- their Goldstein values summed
                events BIGINT NOT NULL,       -- distinct groups among them: real-world events
                PRIMARY KEY (actor_country, recipient_country)
            )"""
#: the events that count in ``dyad_totals``
DYAD_TOTALS_WHERE = (
    f"actor_country IS NOT NULL AND recipient_country IS NOT NULL AND actor_country <> recipient_country AND {HAPPENED}"
)


def dyad_totals_fill(where: str = "TRUE") -> str:
    """``dyad_totals`` filled from the events (of the dyads ``where`` selects)."""
    return (
        "INSERT INTO dyad_totals SELECT actor_country, recipient_country, count(*), sum(goldstein), "
        f"count(DISTINCT group_id) FROM events WHERE {DYAD_TOTALS_WHERE} AND {where} "
        "GROUP BY actor_country, recipient_country"
    )


DYAD_TOTALS_FILL = dyad_totals_fill()

#: the tables made from the events (not backed up: a restore fills them from the events)
DERIVED_FILLS = (DYAD_KEYS_FILL, DYAD_TOTALS_FILL)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    postgresql: tuple[str, ...] = ()  # run after the statements on PostgreSQL only


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles (with stories), events (with groups), feed items, failures",
        (
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,          -- hash of the normalized text: the same text is one article
                source_id TEXT,               -- the id the source gave it, if any
                source TEXT,                  -- file, URL or feed it came from
                url TEXT,
                title TEXT,
                published DATE,
                text TEXT NOT NULL,
                n_events INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL,
                story_id TEXT,                -- the first article of its near-duplicate story (MinHash)
                minhash TEXT                  -- its MinHash signature, base64
            )""",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles (id),
                sentence INTEGER NOT NULL,
                date DATE,
                date_end DATE,
                date_precision TEXT,
                type TEXT NOT NULL,
                mode TEXT,
                cameo TEXT NOT NULL,
                goldstein DOUBLE PRECISION NOT NULL,
                quad_class INTEGER NOT NULL,
                actor_code TEXT,
                actor_country TEXT,
                actor_sector TEXT,
                actor_name TEXT,
                actor_text TEXT,
                recipient_code TEXT,
                recipient_country TEXT,
                recipient_sector TEXT,
                recipient_name TEXT,
                recipient_text TEXT,
                location_name TEXT,
                location_country TEXT,
                lat DOUBLE PRECISION,
                lon DOUBLE PRECISION,
                fatalities INTEGER,
                injured INTEGER,
                arrested INTEGER,
                size INTEGER,
                modality TEXT,
                confidence DOUBLE PRECISION NOT NULL,
                evidence TEXT NOT NULL,       -- the sentence the event was coded from
                record TEXT NOT NULL,         -- the full event as JSON
                group_id TEXT NOT NULL        -- the real-world event: the id of its first report
            )""",
            "CREATE INDEX events_dyad ON events (actor_country, recipient_country, date)",
            "CREATE INDEX events_group ON events (group_id)",
            "CREATE INDEX events_article ON events (article_id)",
            """CREATE TABLE feed_items (
                feed TEXT NOT NULL,           -- the RSS/Atom feed's URL
                entry TEXT NOT NULL,          -- the entry's id (or link)
                article_id TEXT,
                seen_at TIMESTAMP NOT NULL,
                PRIMARY KEY (feed, entry)
            )""",
            """CREATE TABLE failures (
                source TEXT NOT NULL,
                line INTEGER NOT NULL,        -- 0 for a whole file
                article_id TEXT,
                stage TEXT,
                reason TEXT NOT NULL,
                raw TEXT,                     -- the input, so nothing is lost
                failed_at TIMESTAMP NOT NULL,
                PRIMARY KEY (source, line)
            )""",
        ),
    ),
    Migration(
        2,
        "API tokens (hashed)",
        (
            """CREATE TABLE api_tokens (
                name TEXT PRIMARY KEY,
                digest TEXT NOT NULL,         -- SHA-256 of the token, hex: the token itself is never kept
                created_at TIMESTAMP NOT NULL
            )""",
        ),
    ),
    Migration(
        3,
        "watchlists: saved alert rules",
        (
            """CREATE TABLE watchlists (
                name TEXT PRIMARY KEY,
                rule TEXT NOT NULL,           -- the rule as JSON (detente.analytics.Watchlist)
                created_at TIMESTAMP NOT NULL
            )""",
        ),
    ),
    Migration(
        4,
        "dyad_keys: the events' filter and sort columns by dyad, kept by every write (the series, dyad pages)",
        (DYAD_KEYS_TABLE, DYAD_KEYS_FILL),
        # DuckDB reads a dyad by the table's order (row-group min/max); PostgreSQL by an index
        ("CREATE INDEX dyad_keys_date ON dyad_keys (actor_key, recipient_key, date)",),
    ),
    Migration(
        5,
        "dyad_totals: reports, Goldstein and real-world events per dyad, kept by every write (the actor graph)",
        (DYAD_TOTALS_TABLE, DYAD_TOTALS_FILL),
    ),
)
