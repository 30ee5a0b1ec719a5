//! The in-memory backend: the same semantics as libSQL, for tests and the simulator. A single
//! mutex makes every commit atomic; nothing survives the process.

use super::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;

#[derive(Default)]
struct State {
    events: BTreeMap<StreamId, Vec<Event>>,
    projections: BTreeMap<StreamId, ProjectionRow>,
    outbox: BTreeMap<i64, (String, OutboxItem, bool)>,
    outbox_keys: HashMap<String, i64>,
    next_outbox: i64,
    idempotency: HashMap<(String, String), IdempotencyRecord>,
    kv: HashMap<(String, String), Vec<u8>>,
    event_ids: HashSet<String>,
}

#[derive(Default)]
pub struct MemoryBackend {
    state: Mutex<State>,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, State>> {
        self.state.lock().map_err(|_| StorageError::Unavailable("the in-memory store was poisoned by a panic".into()))
    }
}

impl Backend for MemoryBackend {
    async fn load(&self, stream: &StreamId) -> Result<ProjectionRow> {
        self.lock()?.projections.get(stream).cloned().ok_or(StorageError::NotFound)
    }

    async fn read_events(&self, stream: &StreamId, after_seq: u64, limit: u32) -> Result<Vec<Event>> {
        let st = self.lock()?;
        Ok(st.events.get(stream).map_or_else(Vec::new, |evs| {
            evs.iter().filter(|e| e.seq > after_seq).take(limit as usize).cloned().collect()
        }))
    }

    async fn commit(&self, req: CommitRequest) -> Result<u64> {
        validate(&req)?;
        let mut st = self.lock()?;
        let current = st.events.get(&req.stream).map_or(0, |e| e.len() as u64);
        if current != req.expected_seq {
            return Err(StorageError::Conflict(current));
        }
        if let Some(rec) = &req.idempotency
            && st.idempotency.contains_key(&(rec.tenant.clone(), rec.key.clone()))
        {
            return Err(StorageError::Invalid(format!("idempotency key `{}` was already used", rec.key)));
        }
        for e in &req.events {
            if !e.meta.event_id.is_empty() && st.event_ids.contains(&e.meta.event_id) {
                return Err(StorageError::Invalid(format!("event id `{}` was already journaled", e.meta.event_id)));
            }
        }
        let last = req.expected_seq + req.events.len() as u64;
        for item in req.outbox {
            if st.outbox_keys.contains_key(&item.idempotency_key) {
                continue; // the same work, derived from the same source event: kept once
            }
            st.next_outbox += 1;
            let id = st.next_outbox;
            st.outbox_keys.insert(item.idempotency_key.clone(), id);
            st.outbox.insert(id, (req.stream.tenant.clone(), item, false));
        }
        st.event_ids.extend(req.events.iter().map(|e| e.meta.event_id.clone()).filter(|id| !id.is_empty()));
        if let Some(rec) = req.idempotency {
            st.idempotency.insert((rec.tenant.clone(), rec.key.clone()), rec);
        }
        st.events.entry(req.stream.clone()).or_default().extend(req.events);
        st.projections.insert(req.stream, req.projection);
        Ok(last)
    }

    async fn idempotency(&self, tenant: &str, key: &str) -> Result<Option<IdempotencyRecord>> {
        Ok(self.lock()?.idempotency.get(&(tenant.to_string(), key.to_string())).cloned())
    }

    async fn scan_projection(
        &self,
        tenant: &str,
        entity_type: &str,
        after_id: &str,
        limit: u32,
    ) -> Result<Vec<ProjectionRow>> {
        let st = self.lock()?;
        Ok(st
            .projections
            .iter()
            .filter(|(s, r)| s.tenant == tenant && s.entity_type == entity_type && r.id.as_str() > after_id)
            .take(limit as usize)
            .map(|(_, r)| r.clone())
            .collect())
    }

    async fn pending_work(&self, now_ms: u64, limit: u32) -> Result<Vec<PendingWork>> {
        let st = self.lock()?;
        Ok(st
            .outbox
            .iter()
            .filter(|(_, (_, item, done))| !done && item.not_before_ms <= now_ms)
            .take(limit as usize)
            .map(|(id, (tenant, item, _))| PendingWork {
                id: *id,
                tenant: tenant.clone(),
                item: item.clone(),
                attempts: 0,
            })
            .collect())
    }

    async fn complete_work(&self, id: i64) -> Result<()> {
        let mut st = self.lock()?;
        match st.outbox.get_mut(&id) {
            Some(entry) => {
                entry.2 = true;
                Ok(())
            }
            None => Err(StorageError::NotFound),
        }
    }

    async fn kv_get(&self, tenant: &str, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.lock()?.kv.get(&(tenant.to_string(), key.to_string())).cloned())
    }

    async fn kv_set(&self, tenant: &str, key: &str, value: &[u8]) -> Result<()> {
        self.lock()?.kv.insert((tenant.to_string(), key.to_string()), value.to_vec());
        Ok(())
    }

    async fn kv_delete(&self, tenant: &str, key: &str) -> Result<()> {
        self.lock()?.kv.remove(&(tenant.to_string(), key.to_string()));
        Ok(())
    }
}
