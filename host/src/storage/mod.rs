//! The `storage` host interface: an event journal per entity stream, a current-state
//! projection per tenant and entity type, an outbox of post-commit work, idempotency records
//! and a small key/value space — behind one [`Backend`] trait with two siblings: libSQL (the
//! default, an embedded file) and in-memory (tests and the simulator). One conformance suite
//! (`host/tests/storage_conformance.rs`) runs against both.
//!
//! Invariants every backend upholds:
//! - a stream's seqs are contiguous from 1 and `(stream, seq)` is unique;
//! - one `commit` is all-or-nothing: events, projection row, outbox items, idempotency record;
//! - a commit whose `expected_seq` is not the stream's last seq writes nothing and returns
//!   [`StorageError::Conflict`] with the actual seq;
//! - a commit is acknowledged only once durable (for libSQL: after its transaction commits
//!   with the configured `synchronous` level; concurrent commits share one transaction);
//! - every journaled event gets a global position, strictly increasing in commit order; a
//!   tenant's feed ([`Backend::read_feed`]) is its events in position order, and
//!   [`Backend::subscribe`] ticks with the last position after each durable commit;
//! - a commit's trajectory row is written with its events or not at all.

pub mod catalog;
pub mod libsql;
pub mod memory;
pub mod trajectory;

pub use catalog::{CatalogEntry, Pin};
use std::fmt;
use std::future::Future;
pub use trajectory::*;

/// One entity's journal: `tenant/entity-type/entity-id`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamId {
    pub tenant: String,
    pub entity_type: String,
    pub entity_id: String,
}

impl StreamId {
    pub fn new(tenant: impl Into<String>, entity_type: impl Into<String>, entity_id: impl Into<String>) -> Self {
        Self { tenant: tenant.into(), entity_type: entity_type.into(), entity_id: entity_id.into() }
    }
}

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.tenant, self.entity_type, self.entity_id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventMeta {
    pub event_id: String,
    pub causation_id: String,
    pub correlation_id: String,
    pub actor: String,
    pub time_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub seq: u64,
    pub kind: String,
    /// JSON written by the kernel.
    pub payload: String,
    pub meta: EventMeta,
}

/// The current state of one entity as queries see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectionRow {
    pub id: String,
    pub status: String,
    /// A JSON object of the entity's fields.
    pub fields: String,
    /// The seq of the last event folded in (the entity's ETag).
    pub seq: u64,
    pub deleted: bool,
}

/// Post-commit work, journaled with the events that caused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub kind: String,
    /// Derived from the source event: a replayed item is recognised and not run twice.
    pub idempotency_key: String,
    pub payload: String,
    pub not_before_ms: u64,
}

/// The answer to a request made with an `Idempotency-Key`, stored with the commit it caused,
/// so a retried request gets the same answer and is not applied twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyRecord {
    pub tenant: String,
    pub key: String,
    /// A hash of the request, so the same key with a different request is refused.
    pub request_hash: String,
    pub status: u16,
    pub response: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitRequest {
    pub stream: StreamId,
    /// The last seq the caller saw (0 for a new entity).
    pub expected_seq: u64,
    pub events: Vec<Event>,
    pub projection: ProjectionRow,
    pub outbox: Vec<OutboxItem>,
    pub idempotency: Option<IdempotencyRecord>,
    /// The dispatch that caused this commit, written in the same transaction.
    pub trajectory: Option<TrajectoryRow>,
}

/// One event of a tenant's feed: its global position, its stream and the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEvent {
    pub position: u64,
    pub stream: StreamId,
    pub event: Event,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// `expected_seq` did not match; carries the stream's actual last seq.
    #[error("conflict: the stream is at seq {0}")]
    Conflict(u64),
    #[error("not found")]
    NotFound,
    /// The request is malformed; nothing was written.
    #[error("invalid: {0}")]
    Invalid(String),
    /// The backend failed; nothing was written.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
}

pub type Result<T> = std::result::Result<T, StorageError>;

/// A pending outbox item as the drainer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingWork {
    pub id: i64,
    pub tenant: String,
    pub item: OutboxItem,
    /// Failed attempts so far ([`Backend::retry_work`]).
    pub attempts: u32,
    /// The error of the last failed attempt.
    pub last_error: Option<String>,
}

/// The storage backend. Binding code (the WIT `storage` interface) only dispatches to it.
/// Futures are `Send`, so callers can run them on any runtime thread.
pub trait Backend: Send + Sync {
    /// The projection row of one entity (`NotFound` if it was never created).
    fn load(&self, stream: &StreamId) -> impl Future<Output = Result<ProjectionRow>> + Send;
    /// Events with `seq > after_seq`, at most `limit`, in order.
    fn read_events(
        &self,
        stream: &StreamId,
        after_seq: u64,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<Event>>> + Send;
    /// Applies one commit atomically; returns the stream's new last seq.
    fn commit(&self, req: CommitRequest) -> impl Future<Output = Result<u64>> + Send;
    /// The stored answer for an idempotency key, if any.
    fn idempotency(&self, tenant: &str, key: &str) -> impl Future<Output = Result<Option<IdempotencyRecord>>> + Send;
    /// Every entity's projection row of one type (ids ascending), for replay checks.
    fn scan_projection(
        &self,
        tenant: &str,
        entity_type: &str,
        after_id: &str,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<ProjectionRow>>> + Send;
    /// Outbox items due at `now_ms`, oldest first.
    fn pending_work(&self, now_ms: u64, limit: u32) -> impl Future<Output = Result<Vec<PendingWork>>> + Send;
    /// Marks an outbox item done (it will not be returned again).
    fn complete_work(&self, id: i64) -> impl Future<Output = Result<()>> + Send;
    /// Records a failed attempt at a pending item: `attempts` + 1, the error kept, and the item
    /// not due before `not_before_ms`. `NotFound` for an unknown or completed item.
    fn retry_work(&self, id: i64, not_before_ms: u64, error: &str) -> impl Future<Output = Result<()>> + Send;
    /// The earliest `not_before_ms` of pending work (`None` when nothing is pending), so a
    /// drainer can sleep exactly until then.
    fn next_due(&self) -> impl Future<Output = Result<Option<u64>>> + Send;
    /// Records the trajectory row of a dispatch that committed nothing; durable when it returns.
    fn record_trajectory(&self, row: TrajectoryRow) -> impl Future<Output = Result<()>> + Send;
    /// Trajectory rows matching `q`, newest first, one page at a time.
    fn query_trajectories(&self, q: &TrajectoryQuery) -> impl Future<Output = Result<TrajectoryPage>> + Send;
    /// A tenant's journal events with `position > after_position`, at most `limit`, in
    /// position order.
    fn read_feed(
        &self,
        tenant: &str,
        after_position: u64,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<FeedEvent>>> + Send;
    /// Ticks with the last position after each durable commit (the current value is the last
    /// position at subscription), so a reader of the feed can wait without polling.
    fn subscribe(&self) -> tokio::sync::watch::Receiver<u64>;
    fn kv_get(&self, tenant: &str, key: &str) -> impl Future<Output = Result<Option<Vec<u8>>>> + Send;
    fn kv_set(&self, tenant: &str, key: &str, value: &[u8]) -> impl Future<Output = Result<()>> + Send;
    fn kv_delete(&self, tenant: &str, key: &str) -> impl Future<Output = Result<()>> + Send;
    /// Writes an app's catalog entry (insert or replace); durable when it returns.
    fn catalog_put(&self, entry: CatalogEntry) -> impl Future<Output = Result<()>> + Send;
    /// One app's catalog entry in a tenant.
    fn catalog_get(&self, tenant: &str, app: &str) -> impl Future<Output = Result<Option<CatalogEntry>>> + Send;
    /// Every catalog entry (of one tenant, or all), ordered by tenant then app.
    fn catalog_list(&self, tenant: Option<&str>) -> impl Future<Output = Result<Vec<CatalogEntry>>> + Send;
    /// Removes an app's catalog entry (`NotFound` when there is none).
    fn catalog_delete(&self, tenant: &str, app: &str) -> impl Future<Output = Result<()>> + Send;
}

/// Validates the shape of a commit the same way in every backend.
pub fn validate(req: &CommitRequest) -> Result<()> {
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
    if let Some(t) = &req.trajectory {
        validate_trajectory(t)?;
        if t.tenant != s.tenant {
            return Err(StorageError::Invalid(format!(
                "the trajectory's tenant `{}` is not the stream's tenant `{}`",
                t.tenant, s.tenant
            )));
        }
    }
    Ok(())
}
