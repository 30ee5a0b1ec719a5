//! The libSQL schema: tables, indexes, the pragmas every connection runs, and the upgrade of
//! files written before events had positions and outbox items had errors.

use super::{Synchronous, unavailable};
use crate::storage::Result;
use ::libsql::Connection;

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS events (
    tenant TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL,
    kind TEXT NOT NULL, payload TEXT NOT NULL, event_id TEXT NOT NULL, causation_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL, actor TEXT NOT NULL, time_ms INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant, entity_type, entity_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS events_event_id ON events(event_id) WHERE event_id <> '';
CREATE TABLE IF NOT EXISTS projection_tables (
    tenant TEXT NOT NULL, entity_type TEXT NOT NULL, table_name TEXT NOT NULL UNIQUE,
    PRIMARY KEY (tenant, entity_type)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, tenant TEXT NOT NULL, kind TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, not_before_ms INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox(done, not_before_ms);
CREATE TABLE IF NOT EXISTS idempotency (
    tenant TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL,
    response TEXT NOT NULL, PRIMARY KEY (tenant, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kv (
    tenant TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (tenant, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS apps (
    tenant TEXT NOT NULL, app TEXT NOT NULL, reference TEXT NOT NULL, digest TEXT NOT NULL,
    artifact_digest TEXT NOT NULL, version TEXT NOT NULL, installed_at_ms INTEGER NOT NULL,
    status TEXT NOT NULL, error TEXT, installed TEXT NOT NULL, history TEXT NOT NULL,
    PRIMARY KEY (tenant, app)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS trajectories (
    position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, tenant TEXT NOT NULL,
    time_ms INTEGER NOT NULL, agent TEXT NOT NULL, session TEXT, origin TEXT NOT NULL,
    correlation_id TEXT NOT NULL, entity_type TEXT, entity_id TEXT, action TEXT, params TEXT,
    from_status TEXT, to_status TEXT, ok INTEGER NOT NULL, http_status INTEGER NOT NULL,
    error TEXT, error_code TEXT, authz_decision TEXT, policies TEXT NOT NULL, decision_id TEXT
);
CREATE INDEX IF NOT EXISTS trajectories_time ON trajectories(tenant, time_ms);
CREATE INDEX IF NOT EXISTS trajectories_agent ON trajectories(tenant, agent, time_ms);
CREATE INDEX IF NOT EXISTS trajectories_entity ON trajectories(tenant, entity_type, entity_id, time_ms);
";

/// Created after [`upgrade`]: an older `events` table gets its `position` column first.
const FEED_INDEX: &str = "CREATE UNIQUE INDEX IF NOT EXISTS events_feed ON events(tenant, position)";

pub async fn configure(conn: &Connection, sync: Synchronous) -> Result<()> {
    // Some pragmas answer with a row, so every pragma runs as a query and is drained.
    for pragma in
        ["PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", &format!("PRAGMA synchronous={}", sync.pragma())]
    {
        let mut rows = conn.query(pragma, ()).await.map_err(unavailable)?;
        while rows.next().await.map_err(unavailable)?.is_some() {}
    }
    Ok(())
}

async fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut rows = conn.query(&format!("PRAGMA table_info({table})"), ()).await.map_err(unavailable)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        out.push(r.get::<String>(1).map_err(unavailable)?);
    }
    Ok(out)
}

/// Creates what is missing and upgrades older files in one transaction: events journaled
/// before positions existed are numbered in time order (ties by stream and seq).
pub async fn create(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA).await.map_err(unavailable)?;
    conn.execute("BEGIN IMMEDIATE", ()).await.map_err(unavailable)?;
    let r = upgrade(conn).await;
    match r {
        Ok(()) => conn.execute("COMMIT", ()).await.map(|_| ()).map_err(unavailable),
        Err(e) => {
            let _ = conn.execute("ROLLBACK", ()).await;
            Err(e)
        }
    }
}

async fn upgrade(conn: &Connection) -> Result<()> {
    if !columns(conn, "events").await?.iter().any(|c| c == "position") {
        conn.execute("ALTER TABLE events ADD COLUMN position INTEGER NOT NULL DEFAULT 0", ())
            .await
            .map_err(unavailable)?;
        conn.execute(
            "UPDATE events SET position = r.n FROM (
                SELECT tenant, entity_type, entity_id, seq,
                       ROW_NUMBER() OVER (ORDER BY time_ms, tenant, entity_type, entity_id, seq) AS n FROM events
             ) AS r
             WHERE events.tenant = r.tenant AND events.entity_type = r.entity_type
               AND events.entity_id = r.entity_id AND events.seq = r.seq",
            (),
        )
        .await
        .map_err(unavailable)?;
    }
    if !columns(conn, "outbox").await?.iter().any(|c| c == "last_error") {
        conn.execute("ALTER TABLE outbox ADD COLUMN last_error TEXT", ()).await.map_err(unavailable)?;
    }
    conn.execute(FEED_INDEX, ()).await.map_err(unavailable)?;
    Ok(())
}

/// The last position journaled: the largest of each tenant's (every tenant with events has a
/// projection table), each read from the end of the feed index.
pub async fn last_position(conn: &Connection) -> Result<u64> {
    let mut rows = conn.query("SELECT DISTINCT tenant FROM projection_tables", ()).await.map_err(unavailable)?;
    let mut tenants = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        tenants.push(r.get::<String>(0).map_err(unavailable)?);
    }
    drop(rows);
    let mut last = 0u64;
    for t in tenants {
        let mut rows = conn
            .query("SELECT COALESCE(MAX(position), 0) FROM events WHERE tenant = ?1", [t.as_str()])
            .await
            .map_err(unavailable)?;
        if let Some(r) = rows.next().await.map_err(unavailable)? {
            last = last.max(r.get::<i64>(0).map_err(unavailable)? as u64);
        }
    }
    Ok(last)
}
