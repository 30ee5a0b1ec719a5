//! `/api/tenants/{tenant}/decisions`: what agents were denied, and a human's answer. Listing,
//! previewing, approving and denying are for admins (approving and denying are guardrailed);
//! an agent may read — and long-poll — its own decisions through a built-in policy.

use super::Call;
use crate::governance::component::{
    ActionScope, DecisionStatus, DurationScope, GovernanceError, PendingDecision, PrincipalScope, ResourceScope, Scope,
    status_name,
};
use crate::governance::decisions::{DecideError, principal_uid};
use crate::server::ReqBody;
use crate::server::respond::query_param;
use crate::server::respond::{Reply, error, json, only_keys, opt_str, read_json};
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::{Value as Json, json};
use std::time::Duration;

/// The longest `?wait=` a long poll may ask for, in seconds.
const MAX_WAIT_S: u64 = 120;

pub fn scope_json(s: &Scope) -> Json {
    let p = match s.principal {
        PrincipalScope::ThisAgent => "this-agent",
        PrincipalScope::AgentsWithRole => "agents-with-role",
        PrincipalScope::AgentsOfType => "agents-of-type",
        PrincipalScope::AnyAgent => "any-agent",
    };
    let a = match s.action {
        ActionScope::ThisAction => "this-action",
        ActionScope::AllActionsOnType => "all-actions-on-type",
        ActionScope::AllActions => "all-actions",
    };
    let r = match s.resource {
        ResourceScope::ThisResource => "this-resource",
        ResourceScope::AnyOfType => "any-of-type",
        ResourceScope::AnyResource => "any-resource",
    };
    let d = match s.duration {
        DurationScope::Session => "session",
        DurationScope::Always => "always",
    };
    json!({"principal": p, "action": a, "resource": r, "duration": d})
}

/// The API's view of a decision.
pub fn view(d: &PendingDecision) -> Json {
    let resource = format!("{}::{}", d.resource.entity_type, crate::governance::identity::cedar_string(&d.resource.id));
    json!({
        "id": d.id,
        "tenant": d.tenant,
        "status": status_name(d.status),
        "principal": principal_uid(d),
        "principal_attrs": serde_json::from_str::<Json>(&d.principal_attrs).unwrap_or(Json::Null),
        "action": d.action,
        "resource": resource,
        "session": d.session,
        "request": d.request,
        "created_ms": d.created_ms,
        "denials": d.denials,
        "last_denied_ms": d.last_denied_ms,
        "decided_by": d.decided_by,
        "decided_ms": d.decided_ms,
        "reason": d.reason,
        "scope": d.scope.as_ref().map(scope_json),
        "policy_id": d.policy_id,
    })
}

fn not_found(call: &Call<'_>) -> Reply {
    let id = call.m.param("id");
    error(StatusCode::NOT_FOUND, "NotFound", &format!("no decision `{id}` in tenant `{}`", call.tenant))
}

/// `?status=pending|approved|denied|all` (default `pending`); pending ones carry their scopes.
pub fn list(call: &Call<'_>, query: Option<&str>) -> Result<Reply> {
    let status = match query_param(query, "status").unwrap_or("pending") {
        "pending" => Some(DecisionStatus::Pending),
        "approved" => Some(DecisionStatus::Approved),
        "denied" => Some(DecisionStatus::Denied),
        "all" => None,
        other => {
            return Ok(error(
                StatusCode::BAD_REQUEST,
                "InvalidQuery",
                &format!("`status={other}`: use pending, approved, denied or all"),
            ));
        }
    };
    let g = &call.server.shared.governance;
    let mut out = Vec::new();
    for d in g.decisions.list(&call.tenant, status) {
        let mut v = view(&d);
        if d.status == DecisionStatus::Pending {
            let scopes = g.component.scopes(&d)?;
            v["scopes"] = scopes
                .iter()
                .map(|o| json!({"name": o.name, "summary": o.summary, "scope": scope_json(&o.scope), "policy": o.policy.text}))
                .collect();
        }
        out.push(v);
    }
    Ok(json(StatusCode::OK, &json!({"tenant": call.tenant, "decisions": out})))
}

/// `?wait=N` long-polls up to N seconds (at most 120) until the decision is no longer pending.
pub async fn show(call: &Call<'_>, query: Option<&str>, base_url: &str) -> Result<Reply> {
    let g = &call.server.shared.governance;
    let id = call.m.param("id");
    let wait = match query_param(query, "wait").map(str::parse::<u64>) {
        None => 0,
        Some(Ok(n)) => n.min(MAX_WAIT_S),
        Some(Err(_)) => {
            return Ok(error(StatusCode::BAD_REQUEST, "InvalidQuery", "`wait` is a number of seconds (at most 120)"));
        }
    };
    let d = if wait > 0 {
        g.decisions.wait(&call.tenant, id, Duration::from_secs(wait)).await
    } else {
        g.decisions.get(&call.tenant, id)
    };
    let Some(d) = d else { return Ok(not_found(call)) };
    let mut v = view(&d);
    if d.status == DecisionStatus::Pending {
        v["remedy"] = serde_json::from_str(&g.component.remedy(&d, base_url)?).unwrap_or(Json::Null);
    }
    Ok(json(StatusCode::OK, &v))
}

/// Reads `scope` from a body: scope text (`medium`, `principal=…,action=…`) or a JSON object.
fn scope_of(call: &Call<'_>, body: &serde_json::Map<String, Json>) -> Result<Result<Scope, Reply>> {
    let text = match body.get("scope") {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Object(o)) => Json::Object(o.clone()).to_string(),
        _ => {
            return Ok(Err(error(
                StatusCode::BAD_REQUEST,
                "InvalidScope",
                "send `\"scope\"`: a preset (narrow, medium, broad, role, type, any-agent, session), `principal=this-agent,action=this-action,resource=any-of-type,duration=always`, or a JSON object with those keys",
            )));
        }
    };
    Ok(call.server.shared.governance.component.parse_scope(&text)?.map_err(refused))
}

fn refused(e: GovernanceError) -> Reply {
    let (status, code) = match &e {
        GovernanceError::AlreadyDecided(_) => (StatusCode::CONFLICT, "AlreadyDecided"),
        GovernanceError::InvalidValue(_) => (StatusCode::UNPROCESSABLE_ENTITY, "InvalidValue"),
        GovernanceError::InvalidScope(_) | GovernanceError::MalformedScope(_) => {
            (StatusCode::BAD_REQUEST, "InvalidScope")
        }
    };
    error(status, code, &format!("{}; nothing changed", crate::governance::component::describe(&e)))
}

fn decide_failed(call: &Call<'_>, e: DecideError) -> Result<Reply> {
    match e {
        DecideError::NotFound(_) => Ok(not_found(call)),
        DecideError::Refused(e) => Ok(refused(e)),
        DecideError::Policy(e) => Ok(error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "InvalidPolicy",
            &format!("the generated policy was refused ({e}); the decision stays pending"),
        )),
        DecideError::Storage(e) => Err(e),
    }
}

/// Body `{"scope": …}`: the policy an approval at that scope would install.
pub async fn preview(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let scope = match scope_of(call, &body)? {
        Ok(s) => s,
        Err(reply) => return Ok(reply),
    };
    let g = &call.server.shared.governance;
    let Some(d) = g.decisions.get(&call.tenant, call.m.param("id")) else { return Ok(not_found(call)) };
    match g.component.preview(&d, scope)? {
        Ok(p) => Ok(json(
            StatusCode::OK,
            &json!({"decision": d.id, "scope": scope_json(&scope), "policy": {"id": p.id, "text": p.text}}),
        )),
        Err(e) => Ok(refused(e)),
    }
}

/// Body `{"scope": …, "reason"?: "…"}`: installs the generated policy, then the agent's retry
/// succeeds.
pub async fn approve(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    if let Err(reply) = only_keys(&body, &["scope", "reason"]) {
        return Ok(reply.reply());
    }
    let reason = match opt_str(&body, "reason") {
        Ok(r) => r.unwrap_or_default(),
        Err(bad) => return Ok(bad.reply()),
    };
    let scope = match scope_of(call, &body)? {
        Ok(s) => s,
        Err(reply) => return Ok(reply),
    };
    let s = &call.server.shared;
    let g = &s.governance;
    let r = g
        .decisions
        .approve(
            &s.store,
            &g.component,
            &s.authorizer,
            &g.policies,
            &call.tenant,
            call.m.param("id"),
            scope,
            &call.actor(),
            &reason,
        )
        .await;
    match r {
        Ok((d, p)) => {
            g.touch_tenant(&s.store, &call.tenant).await?;
            let mut v = view(&d);
            v["policy"] = json!({"id": p.id, "text": p.text});
            Ok(json(StatusCode::OK, &v))
        }
        Err(e) => decide_failed(call, e),
    }
}

/// Body `{"reason"?: "…"}`.
pub async fn deny(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let reason = match only_keys(&body, &["reason"]).and_then(|()| opt_str(&body, "reason")) {
        Ok(r) => r.unwrap_or_default(),
        Err(bad) => return Ok(bad.reply()),
    };
    let s = &call.server.shared;
    let g = &s.governance;
    match g.decisions.deny(&s.store, &g.component, &call.tenant, call.m.param("id"), &call.actor(), &reason).await {
        Ok(d) => Ok(json(StatusCode::OK, &view(&d))),
        Err(e) => decide_failed(call, e),
    }
}
