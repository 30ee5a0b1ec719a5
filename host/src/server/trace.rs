//! Trajectories: one row per dispatch — an agent's request or the kernel's — that tried to
//! change something (create, PATCH, DELETE, a bound action), was denied, or named an entity
//! set the tenant does not have (an unmet intent). The host builds the row from what it saw
//! while the OData component ran: the credential's principal and session, the cascade's
//! origin, Cedar's decision and the matched policies (`authz` host calls), and the committed
//! event (`storage.commit`). A dispatch that commits writes its row in the same transaction;
//! one that commits nothing writes it afterwards. Secret values never pass through here.

use super::Shared;
use super::odata::RequestFacts;
use crate::storage::{Backend, CommitRequest, TrajectoryRow};
use serde_json::Value as Json;
use std::sync::{Arc, Mutex, PoisonError};

/// What the host observed while serving one request.
#[derive(Default)]
pub struct Trace {
    /// Keys of the wasm integrations the request's commit enqueued.
    pub awaited: Vec<String>,
    authz: Option<Authz>,
    commits: u32,
    /// The request body (parameters of a bound action), when it was JSON.
    pub params: Option<String>,
}

struct Authz {
    allow: bool,
    policies: Vec<String>,
    decision_id: Option<String>,
}

pub type Cell = Arc<Mutex<Trace>>;

pub fn lock(c: &Cell) -> std::sync::MutexGuard<'_, Trace> {
    c.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Trace {
    /// Records a Cedar decision; a denial outweighs the allows before it.
    pub fn authorized(&mut self, allow: bool, policies: &[String], decision_id: Option<String>) {
        if self.authz.as_ref().is_some_and(|a| !a.allow) {
            return;
        }
        self.authz = Some(Authz { allow, policies: policies.to_vec(), decision_id });
    }
}

/// What a request is about, from its path: `(entity type, entity id, action)`; the type is
/// `None` when the tenant has no such entity set.
struct About {
    set: Option<String>,
    entity_type: Option<String>,
    entity_id: Option<String>,
    action: Option<String>,
}

fn about(shared: &Shared, tenant: &str, request_line: &str) -> About {
    let (method, target) = request_line.split_once(' ').unwrap_or(("", request_line));
    let path = target.split('?').next().unwrap_or(target);
    let rest = path.strip_prefix(&format!("/{tenant}/odata")).unwrap_or(path);
    let parsed = temper_odata_query::path::parse_path(rest).ok();
    use temper_odata_query::path::ResourcePath as P;
    let (set, id, action) = match parsed {
        Some(P::Collection { set } | P::Count { set }) => (Some(set), None, None),
        Some(P::Entity { set, key } | P::Member { set, key, .. } | P::PropertyValue { set, key, .. }) => {
            (Some(set), Some(key.value), None)
        }
        Some(P::Action { set, key, name, .. }) => (Some(set), Some(key.value), Some(name)),
        _ => (None, None, None),
    };
    let entity_type = set.as_ref().and_then(|s| {
        shared.registry.get(tenant)?.specs.iter().find(|d| &d.entity_set == s).map(|d| d.entity_type.clone())
    });
    let action = action.or_else(|| {
        match method {
            "POST" if id.is_none() => Some("create"),
            "PATCH" | "PUT" => Some("update"),
            "DELETE" => Some("delete"),
            _ => None,
        }
        .map(str::to_string)
    });
    About { set, entity_type, entity_id: id, action }
}

fn tenant_of(f: &RequestFacts) -> String {
    f.request_line.split_whitespace().nth(1).and_then(|p| p.split('/').nth(1)).unwrap_or("").to_string()
}

fn base_row(shared: &Shared, f: &RequestFacts, t: &Trace, id: String, tenant: String, a: About) -> TrajectoryRow {
    TrajectoryRow {
        id,
        tenant,
        time_ms: shared.clock.now_ms(),
        agent: f.caller.identity.uid(),
        session: f.caller.session.clone(),
        origin: if f.origin.kind.is_empty() { "request".into() } else { f.origin.kind.clone() },
        correlation_id: f.origin.correlation.clone(),
        entity_type: a.entity_type.or(a.set),
        entity_id: a.entity_id,
        action: a.action,
        params: t.params.clone(),
        authz_decision: t.authz.as_ref().map(|a| if a.allow { "allow" } else { "deny" }.to_string()),
        policies: t.authz.as_ref().map(|a| a.policies.clone()).unwrap_or_default(),
        decision_id: t.authz.as_ref().and_then(|a| a.decision_id.clone()),
        ..TrajectoryRow::default()
    }
}

/// Adds the row of a committing dispatch to its commit (same transaction).
pub fn on_commit(shared: &Shared, f: &RequestFacts, c: &mut CommitRequest) {
    let mut t = lock(&f.trace);
    t.commits += 1;
    let id = if t.commits == 1 { f.request_id.clone() } else { format!("{}-{}", f.request_id, t.commits) };
    // What the commit is about is known from its stream: no path to parse.
    let a = About {
        set: None,
        entity_type: Some(c.stream.entity_type.clone()),
        entity_id: Some(c.stream.entity_id.clone()),
        action: None,
    };
    let mut row = base_row(shared, f, &t, id, c.stream.tenant.clone(), a);
    row.ok = true;
    row.http_status = 200;
    if let Some(e) = c.events.last() {
        let p: Json = serde_json::from_str(&e.payload).unwrap_or(Json::Null);
        match e.kind.as_str() {
            "action" => {
                row.action = p.get("action").and_then(Json::as_str).map(str::to_string);
                row.from_status = p.get("from").and_then(Json::as_str).map(str::to_string);
                row.to_status = p.get("to").and_then(Json::as_str).map(str::to_string);
                row.params = p.get("params").map(Json::to_string);
            }
            "created" => {
                row.action = Some("create".into());
                row.http_status = 201;
                row.to_status = Some(c.projection.status.clone());
            }
            _ => {
                row.from_status = Some(c.projection.status.clone());
                row.to_status = Some(c.projection.status.clone());
            }
        }
    }
    c.trajectory = Some(row);
}

/// The commit `on_commit` prepared was not written (a conflict the component retries, or a
/// storage failure).
pub fn commit_failed(f: &RequestFacts) {
    let mut t = lock(&f.trace);
    t.commits = t.commits.saturating_sub(1);
}

/// Whether a response that committed nothing is still a dispatch worth a row: every write
/// attempt, every denial, and every request naming an entity set the tenant lacks.
pub fn wants_row(shared: &Shared, f: &RequestFacts, status: u16) -> bool {
    if lock(&f.trace).commits > 0 {
        return false;
    }
    let method = f.request_line.split(' ').next().unwrap_or("");
    let write = matches!(method, "POST" | "PATCH" | "PUT" | "DELETE");
    let tenant = f.request_line.split_whitespace().nth(1).and_then(|p| p.split('/').nth(1)).unwrap_or("");
    let unknown_set = status == 404 && {
        let a = about(shared, tenant, &f.request_line);
        a.set.is_some() && a.entity_type.is_none()
    };
    // A replayed write (same Idempotency-Key) is answered from its record: no new dispatch.
    (write && status >= 400) || status == 403 || unknown_set
}

/// Records the row of a dispatch that committed nothing, from its error response.
pub async fn on_failure(shared: &Shared, f: &RequestFacts, status: u16, body: &[u8]) {
    let tenant = tenant_of(f);
    let a = about(shared, &tenant, &f.request_line);
    let mut row = {
        let t = lock(&f.trace);
        base_row(shared, f, &t, f.request_id.clone(), tenant, a)
    };
    let err: Json = serde_json::from_slice(body).unwrap_or(Json::Null);
    row.ok = false;
    row.http_status = status;
    row.error = err.pointer("/error/message").and_then(Json::as_str).map(str::to_string);
    let code = err.pointer("/error/code").and_then(Json::as_str).map(str::to_string);
    let tenant = row.tenant.clone();
    let unknown_set = status == 404 && {
        let a = about(shared, &tenant, &f.request_line);
        a.set.is_some() && a.entity_type.is_none()
    };
    row.error_code = if unknown_set { Some("EntitySetNotFound".into()) } else { code };
    if row.tenant.is_empty() {
        return;
    }
    if let Err(e) = shared.store.record_trajectory(row).await {
        tracing::warn!(error = %e, "recording a trajectory failed");
    }
}
