//! Discovery and feedback for agents: `GET /api/tenants` (the tenants whose specs the caller
//! may read, with their entity sets and apps), `GET /api/capabilities` (how far each platform
//! action is within the caller's reach, for the MCP tool list) and
//! `POST /api/tenants/{tenant}/intents` (an agent reports what it wanted and could not do: a
//! trajectory row the evolution pipeline reads).

use super::Call;
use crate::authz::capabilities::Reach;
use crate::authz::{AuthzRequest, Decision, EntityRef};
use crate::server::ReqBody;
use crate::server::respond::{Reply, error, json, read_json};
use crate::storage::{Backend, TrajectoryRow};
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::{Map, Value as Json, json};

/// The platform actions the capability report covers (bound entity actions are named by the
/// spec; `{action}` stands for them).
const ACTIONS: &[&str] = &[
    "list_tenants",
    "read_specs",
    "submit_specs",
    "list",
    "read",
    "create",
    "update",
    "delete",
    "{action}",
    "read_decision",
    "list_decisions",
    "decide",
    "read_trajectories",
    "read_apps",
    "install_app",
    "report_intent",
    "propose_change",
    "manage_policies",
    "read_policies",
];

fn may_read_specs(call: &Call<'_>, tenant: &str) -> bool {
    let who = &call.caller.identity;
    let req = AuthzRequest {
        tenant: crate::governance::PLATFORM.to_string(),
        principal: who.entity_ref(),
        principal_attrs: who.attrs(),
        action: "read_specs".into(),
        resource: EntityRef::new("Tenant", tenant),
        resource_attrs: json!({}),
        context: json!({}),
    };
    call.server.shared.authorizer.authorize(&req).decision == Decision::Allow
}

/// `GET /api/tenants`.
pub fn tenants(call: &Call<'_>) -> Reply {
    let s = &call.server.shared;
    let mut out = Vec::new();
    for t in s.registry.tenants() {
        if !may_read_specs(call, &t) {
            continue;
        }
        let specs = s.registry.get(&t);
        let sets: Vec<&str> = specs.iter().flat_map(|r| r.specs.iter()).map(|d| d.entity_set.as_str()).collect();
        let apps: Vec<String> = s.apps.list(Some(&t)).into_iter().map(|e| e.app).collect();
        out.push(json!({"tenant": t, "entity_sets": sets, "apps": apps, "odata": format!("/{t}/odata/")}));
    }
    json(StatusCode::OK, &json!({"tenants": out}))
}

/// `GET /api/capabilities[?tenant=t]`: per action, the widest reach over the tenant (or every
/// tenant) and the platform scope.
pub fn capabilities(call: &Call<'_>, query: Option<&str>) -> Reply {
    let s = &call.server.shared;
    let only = crate::server::respond::query_param(query, "tenant").map(str::to_string);
    let mut scopes = vec![crate::governance::PLATFORM.to_string()];
    match only {
        Some(t) => scopes.push(t),
        None => scopes.extend(s.registry.tenants()),
    }
    let principal = call.caller.identity.entity_ref();
    let mut actions = Map::new();
    for action in ACTIONS {
        let reach = scopes.iter().map(|t| s.authorizer.reach(t, &principal, action)).fold(Reach::Never, widest);
        actions.insert((*action).to_string(), json!(reach));
    }
    json(StatusCode::OK, &json!({"principal": call.caller.identity.uid(), "actions": actions}))
}

fn widest(a: Reach, b: Reach) -> Reach {
    match (a, b) {
        (Reach::Allowed, _) | (_, Reach::Allowed) => Reach::Allowed,
        (Reach::Approvable, _) | (_, Reach::Approvable) => Reach::Approvable,
        _ => Reach::Never,
    }
}

/// `POST /api/tenants/{tenant}/intents` with `{"intent": "...", "entity_type"?, "action"?,
/// "detail"?}`.
pub async fn report(call: &Call<'_>, req: Request<ReqBody>, request_id: &str) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let text = |k: &str| body.get(k).and_then(Json::as_str).map(str::trim).filter(|s| !s.is_empty());
    let Some(intent) = text("intent") else {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "InvalidBody",
            "say what you wanted to do: `{\"intent\": \"close every overdue task\", \"entity_type\": \"Task\", \"action\": \"CloseOverdue\", \"detail\": \"...\"}`",
        ));
    };
    if intent.len() > 2000 || text("detail").is_some_and(|d| d.len() > 8000) {
        return Ok(error(StatusCode::BAD_REQUEST, "InvalidBody", "`intent` is at most 2000 bytes, `detail` 8000"));
    }
    let s = &call.server.shared;
    let row = TrajectoryRow {
        id: format!("{request_id}#intent"),
        tenant: call.tenant.clone(),
        time_ms: s.clock.now_ms(),
        agent: call.caller.identity.uid(),
        session: call.caller.session.clone(),
        origin: "intent".into(),
        correlation_id: request_id.to_string(),
        entity_type: text("entity_type").map(str::to_string),
        action: text("action").map(str::to_string),
        params: text("detail").map(|d| json!({"detail": d}).to_string()),
        http_status: 404,
        error: Some(intent.to_string()),
        error_code: Some("UnmetIntent".into()),
        ..TrajectoryRow::default()
    };
    s.store.record_trajectory(row).await.map_err(|e| anyhow::anyhow!("recording the intent: {e}"))?;
    Ok(json(
        StatusCode::CREATED,
        &json!({"recorded": format!("{request_id}#intent"), "tenant": call.tenant, "intent": intent}),
    ))
}
