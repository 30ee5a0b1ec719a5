//! The store's state and its commit rules, as the host's backends keep them: contiguous seqs
//! from 1, one commit all-or-nothing, `conflict` with the actual seq when `expected-seq` is
//! stale, an idempotency key and an event id used once, outbox items kept once per key.

use crate::exports::temper::host::storage::{
    CommitRequest, Event, IdempotencyRecord, OutboxItem, ProjectionRow, StorageError, StreamId,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// `(tenant, entity type, entity id)`: ordered, so a type's rows come out by id.
pub type Key = (String, String, String);

pub fn key(s: &StreamId) -> Key {
    (s.tenant.clone(), s.entity_type.clone(), s.entity_id.clone())
}

#[derive(Default)]
pub struct State {
    pub events: BTreeMap<Key, Vec<Event>>,
    pub projections: BTreeMap<Key, ProjectionRow>,
    /// Accepted post-commit work, per tenant, in commit order. Nothing runs it: the portable
    /// build has no drainer (no timers, triggers or integrations).
    pub outbox: Vec<(String, OutboxItem)>,
    outbox_keys: HashSet<String>,
    pub idempotency: HashMap<(String, String), IdempotencyRecord>,
    pub kv: HashMap<(String, String), Vec<u8>>,
    event_ids: HashSet<String>,
}

impl State {
    pub fn load(&self, stream: &StreamId) -> Result<ProjectionRow, StorageError> {
        self.projections.get(&key(stream)).cloned().ok_or(StorageError::NotFound)
    }

    pub fn read_events(&self, stream: &StreamId, after_seq: u64, limit: u32) -> Vec<Event> {
        self.events.get(&key(stream)).map_or_else(Vec::new, |evs| {
            evs.iter().filter(|e| e.seq > after_seq).take(limit as usize).cloned().collect()
        })
    }

    /// Applies one commit atomically (every check before any change); the stream's new last seq.
    pub fn commit(&mut self, req: CommitRequest) -> Result<u64, StorageError> {
        validate(&req)?;
        let k = key(&req.stream);
        let current = self.events.get(&k).map_or(0, |e| e.len() as u64);
        if current != req.expected_seq {
            return Err(StorageError::Conflict(current));
        }
        if let Some(rec) = &req.idempotency
            && self.idempotency.contains_key(&(rec.tenant.clone(), rec.key.clone()))
        {
            return Err(StorageError::Invalid(format!("idempotency key `{}` was already used", rec.key)));
        }
        for e in &req.events {
            if !e.meta.event_id.is_empty() && self.event_ids.contains(&e.meta.event_id) {
                return Err(StorageError::Invalid(format!("event id `{}` was already journaled", e.meta.event_id)));
            }
        }
        let last = req.expected_seq + req.events.len() as u64;
        for item in req.outbox {
            // The same work, derived from the same source event, is kept once.
            if self.outbox_keys.insert(item.idempotency_key.clone()) {
                self.outbox.push((req.stream.tenant.clone(), item));
            }
        }
        self.event_ids.extend(req.events.iter().map(|e| e.meta.event_id.clone()).filter(|id| !id.is_empty()));
        if let Some(rec) = req.idempotency {
            self.idempotency.insert((rec.tenant.clone(), rec.key.clone()), rec);
        }
        self.events.entry(k.clone()).or_default().extend(req.events);
        self.projections.insert(k, req.projection);
        Ok(last)
    }
}

/// The shape of a commit, checked as the host checks it (`host/src/storage/mod.rs` `validate`).
pub fn validate(req: &CommitRequest) -> Result<(), StorageError> {
    let s = &req.stream;
    if s.tenant.is_empty() || s.entity_type.is_empty() || s.entity_id.is_empty() {
        return Err(StorageError::Invalid("tenant, entity type and entity id must be non-empty".into()));
    }
    if req.events.is_empty() {
        return Err(StorageError::Invalid("a commit carries at least one event".into()));
    }
    for (i, e) in req.events.iter().enumerate() {
        let want = req.expected_seq + 1 + i as u64;
        if e.seq != want {
            return Err(StorageError::Invalid(format!(
                "event {i} has seq {}, expected {want} (seqs are contiguous after expected_seq)",
                e.seq
            )));
        }
    }
    let last = req.expected_seq + req.events.len() as u64;
    if req.projection.seq != last {
        return Err(StorageError::Invalid(format!(
            "projection seq {} is not the last event's seq {last}",
            req.projection.seq
        )));
    }
    if req.projection.id != s.entity_id {
        return Err(StorageError::Invalid(format!(
            "projection id `{}` is not the stream's entity id `{}`",
            req.projection.id, s.entity_id
        )));
    }
    if serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&req.projection.fields).is_err() {
        return Err(StorageError::Invalid("projection fields must be a JSON object".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
