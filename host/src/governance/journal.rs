//! Governance records (tokens, policy sets, decisions) as journaled streams: every change is an
//! event saying who, when and why, and the projection row holds the record's current state.

use crate::storage::{Backend, CommitRequest, Event, EventMeta, ProjectionRow, StorageError, StreamId};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// `n` random bytes as hex, from the OS.
pub fn random_hex(n: usize) -> anyhow::Result<String> {
    use std::io::Read;
    let mut bytes = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| anyhow::anyhow!("reading /dev/urandom: {e}"))?;
    Ok(hex::encode(bytes))
}

/// One change to a governance record.
pub struct Change<'a, T: Serialize> {
    pub stream: StreamId,
    /// The record's seq before this change (0 for a new record).
    pub expected_seq: u64,
    /// e.g. `token.created`, `policy.added`, `decision.approved`.
    pub kind: &'a str,
    /// The event payload (never a secret).
    pub payload: serde_json::Value,
    /// Who made the change, e.g. `Admin::"admin"`.
    pub actor: &'a str,
    /// The record's state after the change, and its status column.
    pub record: &'a T,
    pub status: &'a str,
}

/// Appends the change's event and replaces the record's row in one commit; returns the new seq.
pub async fn append<B: Backend, T: Serialize>(store: &B, c: Change<'_, T>) -> Result<u64, StorageError> {
    let time_ms = now_ms();
    let seq = c.expected_seq + 1;
    let event_id = format!("{}/{}/{}#{seq}", c.stream.tenant, c.stream.entity_type, c.stream.entity_id);
    let fields = serde_json::to_string(c.record).map_err(|e| StorageError::Invalid(e.to_string()))?;
    let req = CommitRequest {
        projection: ProjectionRow {
            id: c.stream.entity_id.clone(),
            status: c.status.to_string(),
            fields,
            seq,
            deleted: false,
        },
        events: vec![Event {
            seq,
            kind: c.kind.to_string(),
            payload: c.payload.to_string(),
            meta: EventMeta {
                event_id: event_id.clone(),
                causation_id: String::new(),
                correlation_id: event_id,
                actor: c.actor.to_string(),
                time_ms,
            },
        }],
        stream: c.stream,
        expected_seq: c.expected_seq,
        outbox: Vec::new(),
        idempotency: None,
        trajectory: None,
    };
    store.commit(req).await
}

/// Every record of one type in a tenant, with its seq, ids ascending.
pub async fn scan<B: Backend, T: DeserializeOwned>(
    store: &B,
    tenant: &str,
    entity_type: &str,
) -> anyhow::Result<Vec<(u64, T)>> {
    let mut out = Vec::new();
    let mut after = String::new();
    loop {
        let rows = store.scan_projection(tenant, entity_type, &after, 500).await?;
        let Some(last) = rows.last() else { break };
        after = last.id.clone();
        for row in rows {
            let record: T = serde_json::from_str(&row.fields).map_err(|e| {
                anyhow::anyhow!("the stored {entity_type} `{}` in tenant `{tenant}` is corrupt: {e}", row.id)
            })?;
            out.push((row.seq, record));
        }
    }
    Ok(out)
}

/// One record and its seq, if it exists.
pub async fn load<B: Backend, T: DeserializeOwned>(store: &B, stream: &StreamId) -> anyhow::Result<Option<(u64, T)>> {
    match store.load(stream).await {
        Ok(row) => {
            let record = serde_json::from_str(&row.fields)
                .map_err(|e| anyhow::anyhow!("the stored {stream} is corrupt: {e}"))?;
            Ok(Some((row.seq, record)))
        }
        Err(StorageError::NotFound) => Ok(None),
        Err(e) => Err(e.into()),
    }
}
