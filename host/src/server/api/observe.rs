//! The reads the Observe dashboard needs beyond the rest of the API: per-agent activity
//! (`…/agents`, from trajectories), one entity's journal (`…/entities/{type}/{id}/history`),
//! a spec's state machine as SVG (`…/specs/{type}/diagram.svg`) and the verification report
//! of a tenant's deployed specs (`…/verification`). Each is a Cedar decision first, like every
//! route of the table.

use super::Call;
use crate::observe::{agents, diagram};
use crate::server::registry::TenantSpecs;
use crate::server::respond::{Bad, Reply, error, json, query_pairs};
use crate::storage::{Backend, MAX_TRAJECTORY_LIMIT, StorageError, StreamId, TrajectoryQuery};
use anyhow::{Result, anyhow};
use hyper::header::HeaderValue;
use hyper::{Response, StatusCode};
use serde_json::{Value as Json, json};
use std::sync::Arc;

/// Most trajectory rows one agents summary reads (newest first); the answer says when it
/// stopped there.
const MAX_SCAN: usize = 20_000;
/// Most journal events one history page returns.
const MAX_EVENTS: u32 = 1000;

fn invalid(message: String) -> Bad {
    Bad(StatusCode::BAD_REQUEST, "InvalidQuery", message)
}

fn number(k: &str, v: &str, what: &str) -> Result<u64, Bad> {
    v.parse::<u64>().map_err(|_| invalid(format!("`{k}={v}`: give {what}")))
}

/// The tenant's deployed specs, or the 404 to send.
fn specs_of(call: &Call<'_>) -> Result<Arc<TenantSpecs>, Bad> {
    call.server.shared.registry.get(&call.tenant).ok_or_else(|| {
        Bad(
            StatusCode::NOT_FOUND,
            "NotFound",
            format!("tenant `{}` has no specs; `GET /api/tenants` lists the tenants", call.tenant),
        )
    })
}

/// The entity type named in the path, checked against the tenant's specs (`Err`: the 404).
fn entity_type<'t>(call: &Call<'_>, t: &'t TenantSpecs) -> Result<&'t crate::runtime::interpreter::SpecSummary, Bad> {
    let name = call.m.param("entity_type");
    t.summaries.iter().find(|s| s.name == name).ok_or_else(|| {
        let known: Vec<&str> = t.summaries.iter().map(|s| s.name.as_str()).collect();
        Bad(
            StatusCode::NOT_FOUND,
            "NotFound",
            format!("tenant `{}` has no entity type `{name}`; its types are {}", call.tenant, known.join(", ")),
        )
    })
}

/// `GET /api/tenants/{t}/agents[?since=ms][&until=ms][&recent=n]`: per agent, what it tried
/// in the window (dispatches, failures, denials, denial rate, actions, last seen, recent rows).
pub async fn activity(call: &Call<'_>, query: Option<&str>) -> Result<Reply> {
    let pairs = match query_pairs(query, &["since", "until", "recent"]) {
        Ok(p) => p,
        Err(bad) => return Ok(bad.reply()),
    };
    let mut q = TrajectoryQuery::new(&call.tenant);
    q.limit = MAX_TRAJECTORY_LIMIT;
    let mut recent = 10usize;
    for (k, v) in &pairs {
        let parsed = match k.as_str() {
            "since" => number(k, v, "a time in milliseconds since the epoch").map(|n| q.since_ms = Some(n)),
            "until" => number(k, v, "a time in milliseconds since the epoch").map(|n| q.until_ms = Some(n)),
            _ => match number(k, v, "a number of rows from 0 to 100") {
                Ok(n) if n <= 100 => {
                    recent = n as usize;
                    Ok(())
                }
                Ok(_) => Err(invalid(format!("`recent={v}`: give a number of rows from 0 to 100"))),
                Err(bad) => Err(bad),
            },
        };
        if let Err(bad) = parsed {
            return Ok(bad.reply());
        }
    }
    if let (Some(s), Some(u)) = (q.since_ms, q.until_ms)
        && s >= u
    {
        return Ok(invalid(format!("`since={s}` is not before `until={u}`: the window is empty")).reply());
    }
    let mut rows = Vec::new();
    let truncated = loop {
        let page = call.server.shared.store.query_trajectories(&q).await?;
        rows.extend(page.rows);
        match page.next {
            Some(_) if rows.len() >= MAX_SCAN => break true,
            Some(next) => q.after = Some(next),
            None => break false,
        }
    };
    let summary = agents::summarize(&rows, recent);
    let agents: Vec<Json> = summary
        .iter()
        .map(|a| {
            let mut v = serde_json::to_value(a).unwrap_or(Json::Null);
            v["actions"] = a.actions.iter().map(|(name, n)| json!({"action": name, "count": n})).collect();
            v["recent"] = a.recent.iter().map(super::trajectories::view).collect();
            v
        })
        .collect();
    Ok(json(
        StatusCode::OK,
        &json!({"tenant": call.tenant, "since_ms": q.since_ms, "until_ms": q.until_ms,
            "rows_read": rows.len(), "truncated": truncated, "agents": agents}),
    ))
}

/// One journal event as the history shows it: the payload's action, states and parameters
/// lifted out (`created {status, fields}`, `action {action, from, to, params, changes}`,
/// `updated {fields}`, `deleted {}`), the payload itself kept.
fn event_view(e: &crate::storage::Event) -> Json {
    let payload = serde_json::from_str::<Json>(&e.payload).unwrap_or_else(|_| Json::String(e.payload.clone()));
    let get = |k: &str| payload.get(k).cloned().unwrap_or(Json::Null);
    let (action, from, to) = match e.kind.as_str() {
        "created" => (Json::Null, Json::Null, get("status")),
        "action" => (get("action"), get("from"), get("to")),
        _ => (Json::Null, Json::Null, Json::Null),
    };
    json!({"seq": e.seq, "kind": e.kind, "action": action, "from": from, "to": to,
        "params": get("params"), "changes": get("changes"), "fields": get("fields"),
        "actor": e.meta.actor, "time_ms": e.meta.time_ms, "correlation_id": e.meta.correlation_id,
        "payload": payload})
}

/// `GET /api/tenants/{t}/entities/{type}/{id}/history[?after=seq][&limit=n]`: the entity's
/// current state and its journal, oldest first.
pub async fn history(call: &Call<'_>, query: Option<&str>) -> Result<Reply> {
    let t = match specs_of(call) {
        Ok(t) => t,
        Err(bad) => return Ok(bad.reply()),
    };
    let ty = match entity_type(call, &t) {
        Ok(s) => s.name.clone(),
        Err(bad) => return Ok(bad.reply()),
    };
    let (mut after, mut limit) = (0u64, MAX_EVENTS);
    let pairs = match query_pairs(query, &["after", "limit"]) {
        Ok(p) => p,
        Err(bad) => return Ok(bad.reply()),
    };
    for (k, v) in &pairs {
        let parsed = match k.as_str() {
            "after" => number(k, v, "the seq of the last event read").map(|n| after = n),
            _ => match number(k, v, "a number of events") {
                Ok(n) if (1..=u64::from(MAX_EVENTS)).contains(&n) => {
                    limit = n as u32;
                    Ok(())
                }
                _ => Err(invalid(format!("`limit={v}`: give a number of events from 1 to {MAX_EVENTS}"))),
            },
        };
        if let Err(bad) = parsed {
            return Ok(bad.reply());
        }
    }
    let id = call.m.param("id");
    let stream = StreamId::new(&call.tenant, &ty, id);
    let store = &call.server.shared.store;
    let row = match store.load(&stream).await {
        Ok(r) => r,
        Err(StorageError::NotFound) => {
            return Ok(error(
                StatusCode::NOT_FOUND,
                "NotFound",
                &format!("no {ty} `{id}` in tenant `{}` (it was never created)", call.tenant),
            ));
        }
        Err(e) => return Err(anyhow!("{e}")),
    };
    // One more than asked: whether another page follows.
    let mut events = store.read_events(&stream, after, limit + 1).await.map_err(|e| anyhow!("{e}"))?;
    let more = events.len() > limit as usize;
    events.truncate(limit as usize);
    let next = if more { events.last().map(|e| e.seq) } else { None };
    let fields = serde_json::from_str::<Json>(&row.fields).unwrap_or(Json::Null);
    Ok(json(
        StatusCode::OK,
        &json!({"tenant": call.tenant, "entity_type": ty, "id": row.id, "status": row.status,
            "seq": row.seq, "deleted": row.deleted, "fields": fields,
            "events": events.iter().map(event_view).collect::<Vec<_>>(), "next": next}),
    ))
}

/// `GET /api/tenants/{t}/specs/{type}/diagram.svg`: the state machine, rendered here.
pub fn diagram(call: &Call<'_>) -> Reply {
    let t = match specs_of(call) {
        Ok(t) => t,
        Err(bad) => return bad.reply(),
    };
    let svg = match entity_type(call, &t) {
        Ok(s) => diagram::render(&diagram::Machine::from_summary(s)),
        Err(bad) => return bad.reply(),
    };
    let mut r = Response::new(crate::server::respond::body(svg.into_bytes()));
    let h = r.headers_mut();
    h.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    // Opened on its own, the document may show itself and nothing else.
    h.insert(
        hyper::header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
    );
    h.insert(hyper::header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    r
}

/// `GET /api/tenants/{t}/verification`: the cascade's report on the tenant's deployed files —
/// the one the deploy gate stored (by content hash), or, when none is stored (e.g. a cache
/// cleared since), the cascade run now and stored the same way.
pub async fn verification(call: &Call<'_>) -> Result<Reply> {
    let t = match specs_of(call) {
        Ok(t) => t,
        Err(bad) => return Ok(bad.reply()),
    };
    let s = &call.server.shared;
    let report = s.gate.check(&s.kernel, &s.store, &t.files).await?;
    Ok(json(
        StatusCode::OK,
        &json!({"tenant": call.tenant, "version": t.version, "key": s.gate.key(&t.files), "report": report}),
    ))
}
