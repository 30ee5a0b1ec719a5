//! The in-memory backend: the same semantics as libSQL, for tests and the simulator. A single
//! mutex makes every commit atomic; nothing survives the process.

use super::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

struct Work {
    tenant: String,
    item: OutboxItem,
    done: bool,
    attempts: u32,
    last_error: Option<String>,
}

#[derive(Default)]
struct State {
    events: BTreeMap<StreamId, Vec<Event>>,
    projections: BTreeMap<StreamId, ProjectionRow>,
    outbox: BTreeMap<i64, Work>,
    outbox_keys: HashMap<String, i64>,
    next_outbox: i64,
    idempotency: HashMap<(String, String), IdempotencyRecord>,
    kv: HashMap<(String, String), Vec<u8>>,
    event_ids: HashSet<String>,
    /// The feed: entry `i` is position `i + 1`, naming its stream and seq.
    feed: Vec<(Arc<StreamId>, u64)>,
    /// Trajectory rows in the order they were recorded (row `i` is position `i + 1`).
    trajectories: Vec<TrajectoryRow>,
    trajectory_ids: HashSet<String>,
    catalog: BTreeMap<(String, String), CatalogEntry>,
}

pub struct MemoryBackend {
    state: Mutex<State>,
    positions: watch::Sender<u64>,
}

impl Default for MemoryBackend {
    fn default() -> Self {
        Self { state: Mutex::default(), positions: watch::Sender::new(0) }
    }
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
        if let Some(t) = &req.trajectory
            && st.trajectory_ids.contains(&t.id)
        {
            return Err(duplicate_trajectory(&t.id));
        }
        let last = req.expected_seq + req.events.len() as u64;
        for item in req.outbox {
            if st.outbox_keys.contains_key(&item.idempotency_key) {
                continue; // the same work, derived from the same source event: kept once
            }
            st.next_outbox += 1;
            let id = st.next_outbox;
            st.outbox_keys.insert(item.idempotency_key.clone(), id);
            let work = Work { tenant: req.stream.tenant.clone(), item, done: false, attempts: 0, last_error: None };
            st.outbox.insert(id, work);
        }
        if let Some(t) = req.trajectory {
            st.trajectory_ids.insert(t.id.clone());
            st.trajectories.push(t);
        }
        let stream = Arc::new(req.stream.clone());
        st.feed.extend(req.events.iter().map(|e| (stream.clone(), e.seq)));
        let position = st.feed.len() as u64;
        st.event_ids.extend(req.events.iter().map(|e| e.meta.event_id.clone()).filter(|id| !id.is_empty()));
        if let Some(rec) = req.idempotency {
            st.idempotency.insert((rec.tenant.clone(), rec.key.clone()), rec);
        }
        st.events.entry(req.stream.clone()).or_default().extend(req.events);
        st.projections.insert(req.stream, req.projection);
        drop(st);
        // Concurrent commits may get here out of order: the signal only moves forward.
        self.positions.send_if_modified(|last| {
            let newer = position > *last;
            if newer {
                *last = position;
            }
            newer
        });
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
            .filter(|(_, w)| !w.done && w.item.not_before_ms <= now_ms)
            .take(limit as usize)
            .map(|(id, w)| PendingWork {
                id: *id,
                tenant: w.tenant.clone(),
                item: w.item.clone(),
                attempts: w.attempts,
                last_error: w.last_error.clone(),
            })
            .collect())
    }

    async fn complete_work(&self, id: i64) -> Result<()> {
        let mut st = self.lock()?;
        match st.outbox.get_mut(&id) {
            Some(w) => {
                w.done = true;
                Ok(())
            }
            None => Err(StorageError::NotFound),
        }
    }

    async fn retry_work(&self, id: i64, not_before_ms: u64, error: &str) -> Result<()> {
        let mut st = self.lock()?;
        match st.outbox.get_mut(&id) {
            Some(w) if !w.done => {
                w.attempts += 1;
                w.last_error = Some(error.to_string());
                w.item.not_before_ms = not_before_ms;
                Ok(())
            }
            _ => Err(StorageError::NotFound),
        }
    }

    async fn next_due(&self) -> Result<Option<u64>> {
        Ok(self.lock()?.outbox.values().filter(|w| !w.done).map(|w| w.item.not_before_ms).min())
    }

    async fn record_trajectory(&self, row: TrajectoryRow) -> Result<()> {
        validate_trajectory(&row)?;
        let mut st = self.lock()?;
        if !st.trajectory_ids.insert(row.id.clone()) {
            return Err(duplicate_trajectory(&row.id));
        }
        st.trajectories.push(row);
        Ok(())
    }

    async fn query_trajectories(&self, q: &TrajectoryQuery) -> Result<TrajectoryPage> {
        let st = self.lock()?;
        let mut hits: Vec<(TrajectoryCursor, &TrajectoryRow)> = st
            .trajectories
            .iter()
            .enumerate()
            .map(|(i, r)| (TrajectoryCursor { time_ms: r.time_ms, position: i as u64 + 1 }, r))
            .filter(|(c, r)| q.matches(r, c.position))
            .collect();
        hits.sort_by_key(|(c, _)| std::cmp::Reverse(*c));
        let limit = q.effective_limit() as usize;
        let next = if hits.len() > limit { Some(hits[limit - 1].0) } else { None };
        Ok(TrajectoryPage { rows: hits.into_iter().take(limit).map(|(_, r)| r.clone()).collect(), next })
    }

    async fn read_feed(&self, tenant: &str, after_position: u64, limit: u32) -> Result<Vec<FeedEvent>> {
        let st = self.lock()?;
        let start = usize::try_from(after_position).unwrap_or(usize::MAX).min(st.feed.len());
        let mut out = Vec::new();
        for (i, (stream, seq)) in st.feed.iter().enumerate().skip(start) {
            if out.len() >= limit as usize {
                break;
            }
            if stream.tenant != tenant {
                continue;
            }
            let Some(event) = seq.checked_sub(1).and_then(|i| st.events.get(&**stream)?.get(i as usize)) else {
                continue;
            };
            out.push(FeedEvent { position: i as u64 + 1, stream: (**stream).clone(), event: event.clone() });
        }
        Ok(out)
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.positions.subscribe()
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

    async fn catalog_put(&self, entry: CatalogEntry) -> Result<()> {
        entry.validate()?;
        self.lock()?.catalog.insert((entry.tenant.clone(), entry.app.clone()), entry);
        Ok(())
    }

    async fn catalog_get(&self, tenant: &str, app: &str) -> Result<Option<CatalogEntry>> {
        Ok(self.lock()?.catalog.get(&(tenant.to_string(), app.to_string())).cloned())
    }

    async fn catalog_list(&self, tenant: Option<&str>) -> Result<Vec<CatalogEntry>> {
        Ok(self.lock()?.catalog.values().filter(|e| tenant.is_none_or(|t| e.tenant == t)).cloned().collect())
    }

    async fn catalog_delete(&self, tenant: &str, app: &str) -> Result<()> {
        match self.lock()?.catalog.remove(&(tenant.to_string(), app.to_string())) {
            Some(_) => Ok(()),
            None => Err(StorageError::NotFound),
        }
    }
}
