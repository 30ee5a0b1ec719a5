//! `/api/tenants/{tenant}/policies`: list, show, add, validate and remove a tenant's own Cedar
//! policies. Changes need `manage_policies`, which a guardrail keeps for admins; every change
//! is validated by Cedar with the whole set first, journaled, and swapped in atomically.

use super::Call;
use crate::governance::policies::{Policies, PolicyChangeError, StoredPolicy, manual_id};
use crate::server::ReqBody;
use crate::server::respond::{Reply, error, json, only_keys, opt_str, read_json};
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::json;

fn failed(e: PolicyChangeError) -> Result<Reply> {
    match e {
        PolicyChangeError::Invalid(e) => Ok(json(
            StatusCode::UNPROCESSABLE_ENTITY,
            &json!({"error": {"code": "InvalidPolicy", "message": format!("{e}; nothing changed, the current policies keep serving"),
                "policy_id": e.policy_id, "cedar": e.message}}),
        )),
        PolicyChangeError::Exists(id) => Ok(error(
            StatusCode::CONFLICT,
            "PolicyExists",
            &format!("a policy `{id}` exists already; remove it first or choose another id"),
        )),
        PolicyChangeError::NotFound(id) => {
            Ok(error(StatusCode::NOT_FOUND, "NotFound", &format!("no policy `{id}` in this tenant")))
        }
        PolicyChangeError::Storage(e) => Err(e),
    }
}

/// The built-in policies every tenant's set also holds (read-only).
fn built_in() -> Vec<serde_json::Value> {
    let mut v = vec![json!({"id": "guardrail:*", "effect": "forbid", "text": crate::authz::GUARDRAILS_SRC})];
    for (id, text) in crate::governance::builtins() {
        v.push(json!({"id": id, "effect": "permit", "text": text}));
    }
    v
}

pub fn list(call: &Call<'_>) -> Result<Reply> {
    let list: Vec<_> =
        call.server.shared.governance.policies.list(&call.tenant).iter().map(StoredPolicy::view).collect();
    Ok(json(StatusCode::OK, &json!({"tenant": call.tenant, "policies": list, "built_in": built_in()})))
}

pub fn show(call: &Call<'_>) -> Result<Reply> {
    let id = call.m.param("id");
    match call.server.shared.governance.policies.get(&call.tenant, id) {
        Some(p) => Ok(json(StatusCode::OK, &p.view())),
        None => Ok(error(
            StatusCode::NOT_FOUND,
            "NotFound",
            &format!(
                "no policy `{id}` in tenant `{}`; list them with GET /api/tenants/{}/policies",
                call.tenant, call.tenant
            ),
        )),
    }
}

/// Body: `{"text": "permit(...);", "id"?: "my-policy", "reason"?: "why"}`.
pub async fn add(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let parsed = only_keys(&body, &["text", "id", "reason"])
        .and_then(|()| Ok((opt_str(&body, "text")?, opt_str(&body, "id")?, opt_str(&body, "reason")?)));
    let (text, id, reason) = match parsed {
        Ok(x) => x,
        Err(bad) => return Ok(bad.reply()),
    };
    let Some(text) = text else {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "InvalidBody",
            "send `{\"text\": \"permit(...);\", \"id\": \"...\", \"reason\": \"...\"}`",
        ));
    };
    let s = &call.server.shared;
    let policy = StoredPolicy {
        id: id.unwrap_or_else(manual_id),
        text,
        origin: "manual".into(),
        created_by: call.actor(),
        created_ms: crate::governance::journal::now_ms(),
        reason: reason.unwrap_or_default(),
    };
    let view = policy.view();
    match s.governance.policies.add(&s.store, &s.authorizer, &call.tenant, policy, false, &call.actor()).await {
        Ok(()) => {
            s.governance.touch_tenant(&s.store, &call.tenant).await?;
            Ok(json(StatusCode::CREATED, &view))
        }
        Err(e) => failed(e),
    }
}

/// Body: `{"text": "...", "id"?: "..."}`; answers `{"valid": bool, ...}` and changes nothing.
pub async fn validate(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let parsed = only_keys(&body, &["text", "id"]).and_then(|()| Ok((opt_str(&body, "text")?, opt_str(&body, "id")?)));
    let (text, id) = match parsed {
        Ok(x) => x,
        Err(bad) => return Ok(bad.reply()),
    };
    let Some(text) = text else {
        return Ok(error(StatusCode::BAD_REQUEST, "InvalidBody", "send `{\"text\": \"permit(...);\"}`"));
    };
    let id = id.unwrap_or_else(|| "candidate".into());
    match Policies::validate(&call.server.shared.authorizer, &id, &text) {
        Ok(()) => Ok(json(StatusCode::OK, &json!({"valid": true, "tenant": call.tenant, "id": id}))),
        Err(e) => {
            Ok(json(StatusCode::OK, &json!({"valid": false, "tenant": call.tenant, "id": id, "error": e.message})))
        }
    }
}

/// `DELETE …/policies/{id}?reason=…`.
pub async fn remove(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let reason = req
        .uri()
        .query()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("reason=")))
        .map(|r| r.replace('+', " "))
        .unwrap_or_default();
    let s = &call.server.shared;
    let id = call.m.param("id");
    match s.governance.policies.remove(&s.store, &s.authorizer, &call.tenant, id, &reason, &call.actor()).await {
        Ok(p) => Ok(json(StatusCode::OK, &json!({"removed": p.view()}))),
        Err(e) => failed(e),
    }
}
