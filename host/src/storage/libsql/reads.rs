//! Reads of the journal, the tenant feed and the outbox, on a reader connection (they never
//! wait for the writer).

use super::unavailable;
use crate::storage::{Event, EventMeta, FeedEvent, OutboxItem, PendingWork, Result, StreamId};
use ::libsql::Connection;

/// An `INTEGER` parameter from a `u64` (SQLite integers are signed: larger values saturate).
pub fn int(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// Decodes `seq, kind, payload, event_id, causation_id, correlation_id, actor, time_ms`
/// starting at column `at`.
fn event(r: &::libsql::Row, at: i32) -> Result<Event> {
    Ok(Event {
        seq: r.get::<i64>(at).map_err(unavailable)? as u64,
        kind: r.get(at + 1).map_err(unavailable)?,
        payload: r.get(at + 2).map_err(unavailable)?,
        meta: EventMeta {
            event_id: r.get(at + 3).map_err(unavailable)?,
            causation_id: r.get(at + 4).map_err(unavailable)?,
            correlation_id: r.get(at + 5).map_err(unavailable)?,
            actor: r.get(at + 6).map_err(unavailable)?,
            time_ms: r.get::<i64>(at + 7).map_err(unavailable)? as u64,
        },
    })
}

const EVENT_COLUMNS: &str = "seq, kind, payload, event_id, causation_id, correlation_id, actor, time_ms";

pub async fn events(conn: &Connection, stream: &StreamId, after_seq: u64, limit: u32) -> Result<Vec<Event>> {
    let mut rows = conn
        .query(
            &format!(
                "SELECT {EVENT_COLUMNS} FROM events
                 WHERE tenant = ?1 AND entity_type = ?2 AND entity_id = ?3 AND seq > ?4 ORDER BY seq LIMIT ?5"
            ),
            ::libsql::params![
                stream.tenant.as_str(),
                stream.entity_type.as_str(),
                stream.entity_id.as_str(),
                int(after_seq),
                i64::from(limit)
            ],
        )
        .await
        .map_err(unavailable)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        out.push(event(&r, 0)?);
    }
    Ok(out)
}

pub async fn feed(conn: &Connection, tenant: &str, after_position: u64, limit: u32) -> Result<Vec<FeedEvent>> {
    let mut rows = conn
        .query(
            &format!(
                "SELECT position, entity_type, entity_id, {EVENT_COLUMNS} FROM events
                 WHERE tenant = ?1 AND position > ?2 ORDER BY position LIMIT ?3"
            ),
            ::libsql::params![tenant, int(after_position), i64::from(limit)],
        )
        .await
        .map_err(unavailable)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        out.push(FeedEvent {
            position: r.get::<i64>(0).map_err(unavailable)? as u64,
            stream: StreamId::new(
                tenant,
                r.get::<String>(1).map_err(unavailable)?,
                r.get::<String>(2).map_err(unavailable)?,
            ),
            event: event(&r, 3)?,
        });
    }
    Ok(out)
}

pub async fn pending(conn: &Connection, now_ms: u64, limit: u32) -> Result<Vec<PendingWork>> {
    let mut rows = conn
        .query(
            "SELECT id, tenant, kind, idempotency_key, payload, not_before_ms, attempts, last_error FROM outbox
             WHERE done = 0 AND not_before_ms <= ?1 ORDER BY id LIMIT ?2",
            ::libsql::params![int(now_ms), i64::from(limit)],
        )
        .await
        .map_err(unavailable)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        out.push(PendingWork {
            id: r.get(0).map_err(unavailable)?,
            tenant: r.get(1).map_err(unavailable)?,
            item: OutboxItem {
                kind: r.get(2).map_err(unavailable)?,
                idempotency_key: r.get(3).map_err(unavailable)?,
                payload: r.get(4).map_err(unavailable)?,
                not_before_ms: r.get::<i64>(5).map_err(unavailable)? as u64,
            },
            attempts: r.get::<i64>(6).map_err(unavailable)? as u32,
            last_error: r.get::<Option<String>>(7).map_err(unavailable)?,
        });
    }
    Ok(out)
}

pub async fn next_due(conn: &Connection) -> Result<Option<u64>> {
    let mut rows = conn.query("SELECT MIN(not_before_ms) FROM outbox WHERE done = 0", ()).await.map_err(unavailable)?;
    match rows.next().await.map_err(unavailable)? {
        Some(r) => Ok(r.get::<Option<i64>>(0).map_err(unavailable)?.map(|v| v.max(0) as u64)),
        None => Ok(None),
    }
}
