//! Storage access: loading an entity's projection row, building commits (event, projection,
//! outbox, idempotency record) and turning storage errors into OData errors.

use crate::ctx::{Ctx, Target};
use crate::entity::Fields;
use crate::error::ODataError;
use crate::request::event_id;
use crate::temper::host::clock;
use crate::temper::host::storage::{
    self, CommitRequest, Event, EventMeta, IdempotencyRecord, OutboxItem, ProjectionRow, StorageError, StreamId,
};
use serde_json::{Value as Json, json};

/// Attempts per write before giving up on concurrent updates.
pub const MAX_ATTEMPTS: usize = 5;

/// A live (not deleted) entity.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub status: String,
    pub seq: u64,
    pub fields: Fields,
}

impl Row {
    /// Resource attributes for authorization: fields + `status` + `has_spec`.
    pub fn attrs(&self) -> Json {
        let mut a = self.fields.clone();
        a.insert("status".into(), Json::String(self.status.clone()));
        a.insert("has_spec".into(), Json::Bool(true));
        Json::Object(a)
    }
}

/// The pending `Idempotency-Key` of a POST: stored with the commit.
#[derive(Debug, Clone)]
pub struct Idem {
    pub key: String,
    pub hash: String,
}

pub fn stream(ctx: &Ctx, target: &Target, id: &str) -> StreamId {
    StreamId { tenant: ctx.tenant.clone(), entity_type: target.deployed.entity_type.clone(), entity_id: id.to_string() }
}

pub fn storage_error(e: StorageError) -> ODataError {
    match e {
        StorageError::Conflict(seq) => ODataError::conflict(format!("the entity changed concurrently (now at {seq})")),
        StorageError::NotFound => ODataError::not_found("not found"),
        StorageError::Invalid(m) => ODataError::internal(format!("storage refused the request: {m}")),
        StorageError::Unavailable(m) => {
            ODataError::unavailable(format!("storage is unavailable: {m}; retry")).with_header("Retry-After", "1")
        }
    }
}

/// A projection row's stored fields; anything but a JSON object is a storage fault (500),
/// never silently an empty entity.
pub fn stored_fields(id: &str, text: &str) -> Result<Fields, ODataError> {
    match serde_json::from_str::<Json>(text) {
        Ok(Json::Object(m)) => Ok(m),
        _ => Err(ODataError::internal(format!("stored fields of `{id}` are not a JSON object"))),
    }
}

/// The entity's row; `None` when it does not exist or is deleted.
pub fn load(ctx: &Ctx, target: &Target, id: &str) -> Result<Option<Row>, ODataError> {
    match storage::load(&stream(ctx, target, id)) {
        Ok(r) if r.deleted => Ok(None),
        Ok(r) => {
            let fields = stored_fields(id, &r.fields)?;
            Ok(Some(Row { id: r.id, status: r.status, seq: r.seq, fields }))
        }
        Err(StorageError::NotFound) => Ok(None),
        Err(e) => Err(storage_error(e)),
    }
}

pub fn not_found(target: &Target, id: &str) -> ODataError {
    ODataError::not_found(format!(
        "no {} with Id `{id}` in `{}`",
        target.deployed.entity_type, target.deployed.entity_set
    ))
}

/// The entity's row or a 404.
pub fn require(ctx: &Ctx, target: &Target, id: &str) -> Result<Row, ODataError> {
    load(ctx, target, id)?.ok_or_else(|| not_found(target, id))
}

/// One write: the next event of the stream with its projection and follow-up work.
pub struct Write {
    pub id: String,
    pub expected_seq: u64,
    pub kind: &'static str,
    pub payload: Json,
    pub status: String,
    pub fields: Fields,
    pub deleted: bool,
    pub outbox: Vec<OutboxItem>,
}

/// Builds the commit for `w`, with the idempotency record of the reply about to be sent.
pub fn commit_request(ctx: &Ctx, target: &Target, w: Write, idem: Option<(&Idem, u16, &str)>) -> CommitRequest {
    let seq = w.expected_seq + 1;
    let s = stream(ctx, target, &w.id);
    let key = format!("{}/{}/{}", s.tenant, s.entity_type, s.entity_id);
    let meta = EventMeta {
        event_id: event_id(&ctx.request_id, &key, seq),
        causation_id: String::new(),
        correlation_id: ctx.request_id.clone(),
        actor: ctx.actor.clone(),
        time_ms: clock::now_ms(),
    };
    CommitRequest {
        stream: s,
        expected_seq: w.expected_seq,
        events: vec![Event { seq, kind: w.kind.to_string(), payload: w.payload.to_string(), meta }],
        projection: ProjectionRow {
            id: w.id,
            status: w.status,
            fields: Json::Object(w.fields).to_string(),
            seq,
            deleted: w.deleted,
        },
        outbox: w.outbox,
        idempotency: idem.map(|(i, status, response)| IdempotencyRecord {
            tenant: ctx.tenant.clone(),
            key: i.key.clone(),
            request_hash: i.hash.clone(),
            status,
            response: response.to_string(),
        }),
    }
}

/// Commits; `Ok(false)` on a seq conflict (re-load and retry).
pub fn commit(req: &CommitRequest) -> Result<bool, ODataError> {
    match storage::commit(req) {
        Ok(_) => Ok(true),
        Err(StorageError::Conflict(_)) => Ok(false),
        Err(e) => Err(storage_error(e)),
    }
}

/// The payload of a `created` event.
pub fn created_payload(status: &str, fields: &Fields) -> Json {
    json!({"status": status, "fields": fields})
}
