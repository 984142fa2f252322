"""Recorded schema migrations: each runs once, in its own transaction, and is noted in schema_migrations.

Append new migrations at the end with the next version number; never edit or reorder a recorded one
(databases in the field have applied it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "documents, sources, events, commitments, facts, links",
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR,
            published_confidence VARCHAR, language VARCHAR, text VARCHAR, raw_hash VARCHAR, url VARCHAR,
            segments JSON, removed_watermarks JSON, warnings JSON, ingested_at TIMESTAMP
        );
        CREATE TABLE sources (source VARCHAR PRIMARY KEY, raw_hash VARCHAR, doc_id VARCHAR, seen_at TIMESTAMP);
        CREATE TABLE event_mentions (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR, date VARCHAR, date_end VARCHAR, date_confidence VARCHAR,
            type VARCHAR, mode VARCHAR, cameo VARCHAR, source_actor JSON, target_actor JSON, parties VARCHAR[],
            location VARCHAR, summary VARCHAR, evidence JSON, goldstein DOUBLE, quad_class INTEGER
        );
        CREATE TABLE commitments (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR, kind VARCHAR, parties VARCHAR[], modality VARCHAR,
            text VARCHAR, domains VARCHAR[], deadline VARCHAR, made_on VARCHAR, made_on_confidence VARCHAR,
            evidence JSON
        );
        CREATE TABLE facts (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR, measure VARCHAR, value DOUBLE, unit VARCHAR,
            period_start VARCHAR, period_end VARCHAR, change_pct DOUBLE, is_target BOOLEAN, parties VARCHAR[],
            evidence JSON, bound VARCHAR, subject VARCHAR
        );
        CREATE TABLE links (id VARCHAR PRIMARY KEY, kind VARCHAR, a VARCHAR, b VARCHAR, score DOUBLE, detail JSON);
        CREATE TABLE event_clusters (mention_id VARCHAR PRIMARY KEY, event_id VARCHAR);
        CREATE TABLE commitment_status (commitment_id VARCHAR PRIMARY KEY, status VARCHAR, follow_ups JSON);
        CREATE TABLE reviews (
            id VARCHAR PRIMARY KEY, record_id VARCHAR, field VARCHAR, old_value VARCHAR, new_value VARCHAR,
            note VARCHAR, who VARCHAR, created_at TIMESTAMP
        );
        CREATE INDEX event_mentions_doc ON event_mentions(doc_id);
        CREATE INDEX commitments_doc ON commitments(doc_id);
        CREATE INDEX facts_doc ON facts(doc_id);
        """,
    ),
    (
        2,
        "meta table (links_stale marks derived tables that need recomputing after a crash)",
        "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    ),
    (3, "documents.parties: the document's main pair of countries", "ALTER TABLE documents ADD COLUMN parties VARCHAR[]"),
    (
        4,
        "events: mentions merged per cluster, derived by the link stage",
        """CREATE TABLE events (
            id VARCHAR PRIMARY KEY, date VARCHAR, date_end VARCHAR, date_confidence VARCHAR, type VARCHAR,
            mode VARCHAR, cameo VARCHAR, source_actor JSON, target_actor JSON, parties VARCHAR[], location VARCHAR,
            summary VARCHAR, evidence JSON, goldstein DOUBLE, quad_class INTEGER, mentions VARCHAR[], sources VARCHAR[]
        )""",
    ),
    (5, "events.seq: timeline order, so pages need no sort", "ALTER TABLE events ADD COLUMN seq BIGINT"),
    (
        6,
        "events.party_key (sorted codes joined by commas, fast to filter) and event_counts per party_key, date "
        "and type, so filtered totals need no scan of events",
        """ALTER TABLE events ADD COLUMN party_key VARCHAR;
           UPDATE events SET party_key = array_to_string(list_sort(parties), ',');
           CREATE TABLE event_counts AS SELECT party_key, date, type, count(*) AS n FROM events GROUP BY ALL""",
    ),
    (
        7,
        "derived tables (links, event_clusters, commitment_status, events) without primary keys: the link "
        "stage writes unique rows and indexes events.id after loading, so replacing them needs no index "
        "upkeep row by row (which held every row in memory)",
        """CREATE TABLE links_v7 AS SELECT * FROM links; DROP TABLE links; ALTER TABLE links_v7 RENAME TO links;
           CREATE TABLE event_clusters_v7 AS SELECT * FROM event_clusters; DROP TABLE event_clusters;
           ALTER TABLE event_clusters_v7 RENAME TO event_clusters;
           CREATE TABLE commitment_status_v7 AS SELECT * FROM commitment_status; DROP TABLE commitment_status;
           ALTER TABLE commitment_status_v7 RENAME TO commitment_status;
           CREATE TABLE events_v7 AS SELECT * FROM events; DROP TABLE events; ALTER TABLE events_v7 RENAME TO events;
           CREATE INDEX events_id ON events(id)""",
    ),
    (
        8,
        "contract v2: events.planned and events.background (a scheduled act; history the text recalls), on "
        "mentions and merged events; events.occasion_id and the occasions table (a visit, summit, meeting, call "
        "or signing with the events inside it), derived by the link stage",
        """ALTER TABLE event_mentions ADD COLUMN planned BOOLEAN DEFAULT false;
           ALTER TABLE event_mentions ADD COLUMN background BOOLEAN DEFAULT false;
           ALTER TABLE events ADD COLUMN planned BOOLEAN DEFAULT false;
           ALTER TABLE events ADD COLUMN background BOOLEAN DEFAULT false;
           ALTER TABLE events ADD COLUMN occasion_id VARCHAR;
           CREATE TABLE occasions (
               id VARCHAR, kind VARCHAR, date VARCHAR, date_end VARCHAR, date_confidence VARCHAR, location VARCHAR, parties VARCHAR[],
               planned BOOLEAN, summary VARCHAR, events VARCHAR[], evidence JSON, sources VARCHAR[],
               discrepancy JSON
           )""",
    ),
    (
        9,
        "commitment entities: commitment_status.entity_id (the first mention of the same commitment) and "
        "status_as_of (the date the status holds for)",
        """ALTER TABLE commitment_status ADD COLUMN entity_id VARCHAR;
           ALTER TABLE commitment_status ADD COLUMN status_as_of VARCHAR""",
    ),
    (
        10,
        "embeddings: one vector per distinct text and encoder, keyed by the text's content hash, so a re-run or "
        "an update never embeds a text twice (not a derived table: relinking keeps it)",
        "CREATE TABLE embeddings (encoder VARCHAR, key VARCHAR, vector BLOB, PRIMARY KEY (encoder, key))",
    ),
    (
        11,
        "documents.place (where the document was filed) and documents.context (its document context: "
        "publication, place, outlet, title, who is who)",
        "ALTER TABLE documents ADD COLUMN place VARCHAR; ALTER TABLE documents ADD COLUMN context JSON",
    ),
    (
        12,
        "incremental linking: each derived row names the scope it was derived in (a party pair, an event group, "
        "a figure), so a run recomputes only the scopes its documents touch; the link index keeps per document "
        "what linking needs of it (its latest sentence date; its texts' shingles, MinHash bands and buckets); "
        "link_pending lists what the next link must take in (documents added, scopes of documents removed)",
        """ALTER TABLE links ADD COLUMN scope VARCHAR;
           ALTER TABLE event_clusters ADD COLUMN scope VARCHAR;
           ALTER TABLE commitment_status ADD COLUMN scope VARCHAR;
           ALTER TABLE occasions ADD COLUMN scope VARCHAR;
           CREATE TABLE link_docs (doc_id VARCHAR, pair_key VARCHAR, as_of VARCHAR);
           CREATE TABLE link_units (
               id VARCHAR, doc_id VARCHAR, kind VARCHAR, bucket VARCHAR, published VARCHAR, doc_published VARCHAR,
               position INTEGER, start INTEGER, stop INTEGER, length INTEGER, shingles UINTEGER[]
           );
           CREATE TABLE link_bands (key BIGINT, unit_id VARCHAR);
           CREATE TABLE link_pending (kind VARCHAR, key VARCHAR)""",
    ),
    (
        13,
        "link index: the record that quotes each sentence of a document (an event mention, or a commitment, "
        "which answers for a sentence that is both), so follow-ups name it without reading every record's "
        "evidence again",
        "CREATE TABLE link_quotes (doc_id VARCHAR, start INTEGER, record_id VARCHAR)",
    ),
]


def migrate(con: Any, rollback: Callable[[], None]) -> None:
    """Apply, in order, every migration the database has not recorded yet."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    for version, description, sql in MIGRATIONS:
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in filter(str.strip, sql.split(";")):
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, description, datetime.now(UTC)])
            con.execute("COMMIT")
        except Exception:
            rollback()
            raise
