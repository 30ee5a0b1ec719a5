//! Replays journals and compares them with the projection: the check behind
//! `temper-host check-store`. A projection row must equal the fold of its stream's events
//! (`created` sets status and fields, `action` moves status and applies the variable changes
//! and merged parameters, `updated` merges fields, `deleted` tombstones).

use crate::storage::{Backend, Event, ProjectionRow, StreamId};
use anyhow::{Result, anyhow};
use serde_json::{Map, Value};

/// What a stream's events say its projection must be.
#[derive(Debug, Clone, PartialEq)]
pub struct Folded {
    pub status: String,
    pub fields: Map<String, Value>,
    pub seq: u64,
    pub deleted: bool,
}

/// Folds one stream's events; an unknown event kind or a malformed payload is an error.
pub fn fold(events: &[Event]) -> Result<Folded> {
    let mut f = Folded { status: String::new(), fields: Map::new(), seq: 0, deleted: false };
    for e in events {
        let p: Value = serde_json::from_str(&e.payload).map_err(|err| anyhow!("event {} is not JSON: {err}", e.seq))?;
        let obj = |key: &str| p.get(key).and_then(Value::as_object).cloned().unwrap_or_default();
        match e.kind.as_str() {
            "created" => {
                f.status = p
                    .get("status")
                    .and_then(Value::as_str)
                    .ok_or_else(|| anyhow!("event {} (created) has no status", e.seq))?
                    .to_string();
                f.fields = obj("fields");
            }
            "action" => {
                f.status = p
                    .get("to")
                    .and_then(Value::as_str)
                    .ok_or_else(|| anyhow!("event {} (action) has no target state", e.seq))?
                    .to_string();
                f.fields.extend(obj("changes"));
                f.fields.extend(obj("merged"));
            }
            "updated" => f.fields.extend(obj("fields")),
            "deleted" => f.deleted = true,
            other => return Err(anyhow!("event {} has unknown kind `{other}`", e.seq)),
        }
        f.seq = e.seq;
    }
    Ok(f)
}

/// One row whose projection differs from its journal.
#[derive(Debug, Clone)]
pub struct Drift {
    pub stream: StreamId,
    pub what: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub checked: usize,
    pub drift: Vec<Drift>,
}

/// Compares every projection row of one tenant's entity type with its replayed journal.
pub async fn check_type<B: Backend>(store: &B, tenant: &str, entity_type: &str, report: &mut Report) -> Result<()> {
    let mut after = String::new();
    loop {
        let rows = store.scan_projection(tenant, entity_type, &after, 500).await.map_err(|e| anyhow!("{e}"))?;
        let Some(last) = rows.last() else { break };
        after = last.id.clone();
        for row in rows {
            let s = StreamId::new(tenant, entity_type, row.id.clone());
            let events = store.read_events(&s, 0, u32::MAX).await.map_err(|e| anyhow!("{e}"))?;
            report.checked += 1;
            // Governance records (`_Token`, `_PolicySet`, `_Decision`): each event says what
            // changed, the row holds the whole record, so only the seqs can be compared.
            let drift = if entity_type.starts_with('_') {
                let last = events.last().map_or(0, |e| e.seq);
                (last != row.seq).then(|| format!("record at seq {} but the journal ends at {last}", row.seq))
            } else {
                compare(&row, &events)
            };
            if let Some(what) = drift {
                report.drift.push(Drift { stream: s, what });
            }
        }
    }
    Ok(())
}

fn compare(row: &ProjectionRow, events: &[Event]) -> Option<String> {
    let f = match fold(events) {
        Ok(f) => f,
        Err(e) => return Some(format!("the journal does not replay: {e}")),
    };
    let fields: Map<String, Value> = serde_json::from_str(&row.fields).unwrap_or_default();
    if f.seq != row.seq {
        return Some(format!("projection at seq {} but the journal ends at {}", row.seq, f.seq));
    }
    if f.status != row.status {
        return Some(format!("status `{}` but the journal says `{}`", row.status, f.status));
    }
    if f.deleted != row.deleted {
        return Some(format!("deleted = {} but the journal says {}", row.deleted, f.deleted));
    }
    if f.fields != fields {
        let keys: Vec<&String> =
            f.fields.keys().chain(fields.keys()).filter(|k| f.fields.get(*k) != fields.get(*k)).collect();
        return Some(format!(
            "fields differ: {}",
            keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
        ));
    }
    None
}
