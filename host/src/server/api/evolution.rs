//! The evolution API: `POST /api/evolution/run` (run the pattern detection now),
//! `POST /api/evolution/proposals` (an analysis with a spec diff for an observation),
//! `GET /api/evolution/proposals/{id}` (it, its decision, verification report, refinement and
//! diff) and `POST /api/evolution/decisions/{id}/approve|reject|defer` (humans only). The
//! records are OData entities of `temper-system`; see [`crate::evolution`].

use super::Call;
use crate::evolution::decide::{self, Verdict};
use crate::evolution::{proposals, runner};
use crate::server::ReqBody;
use crate::server::respond::{Reply, error, json, only_keys, opt_str, query_param, read_json};
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::json;

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// `POST /api/evolution/run[?tenant=t]`.
pub async fn run(call: &Call<'_>, query: Option<&str>) -> Result<Reply> {
    let only = query_param(query, "tenant").map(crate::server::routes::percent_decode);
    if let Some(q) = query
        && let Some(bad) = q.split('&').filter(|p| !p.is_empty()).find(|p| !p.starts_with("tenant="))
    {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "InvalidQuery",
            &format!("unknown parameter `{bad}`; this route reads `tenant`"),
        ));
    }
    if let Some(t) = &only
        && call.server.shared.registry.get(t).is_none()
    {
        return Ok(error(StatusCode::NOT_FOUND, "NotFound", &format!("tenant `{t}` has no specs")));
    }
    match runner::run(call.server, only.as_deref()).await {
        Ok(report) => Ok(json(StatusCode::OK, &serde_json::to_value(&report)?)),
        Err(e) => Ok(error(StatusCode::SERVICE_UNAVAILABLE, "EvolutionUnavailable", &format!("{e:#}"))),
    }
}

/// `POST /api/evolution/proposals` with `{"observation", "root_cause", "description"?, "diff"}`.
pub async fn propose(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let usage = "send `{\"observation\": \"O-…\", \"root_cause\": \"why agents fail\", \"description\": \"what the change does\", \"diff\": \"<unified diff against GET /api/tenants/{t}/specs?include=files>\"}` — or, instead of `diff`, `\"files\": {\"Name.ioa.toml\": \"<whole new content>\"}` (files added or replaced)";
    if let Err(bad) = only_keys(&body, &["observation", "root_cause", "description", "diff", "files"]) {
        return Ok(bad.reply());
    }
    let field = |k: &str| opt_str(&body, k);
    let (observation, root_cause, description, diff) =
        match (field("observation"), field("root_cause"), field("description"), field("diff")) {
            (Ok(Some(o)), Ok(Some(r)), Ok(d), Ok(diff)) if !o.is_empty() && !r.trim().is_empty() => {
                (o, r, d.unwrap_or_default(), diff)
            }
            _ => return Ok(error(StatusCode::BAD_REQUEST, "InvalidBody", usage)),
        };
    let change = match (diff, body.get("files")) {
        (Some(d), None) if !d.is_empty() => proposals::Change::Diff(d),
        (None, Some(serde_json::Value::Object(files))) if !files.is_empty() => {
            let mut list = Vec::new();
            for (name, content) in files {
                let Some(c) = content.as_str() else {
                    return Ok(error(
                        StatusCode::BAD_REQUEST,
                        "InvalidBody",
                        &format!("file `{name}` must be a string"),
                    ));
                };
                list.push((name.clone(), c.to_string()));
            }
            proposals::Change::Files(list)
        }
        _ => {
            return Ok(error(
                StatusCode::BAD_REQUEST,
                "InvalidBody",
                &format!("give exactly one of `diff` and `files`: {usage}"),
            ));
        }
    };
    let p = proposals::Proposal { observation, root_cause, description, change };
    match proposals::propose(call.server, call.caller, p).await? {
        Ok(body) => Ok(json(StatusCode::CREATED, &body)),
        Err(proposals::Refused(code, name, message)) => Ok(error(status(code), name, &message)),
    }
}

/// `GET /api/evolution/proposals/{id}`.
pub async fn show(call: &Call<'_>) -> Result<Reply> {
    let id = call.m.param("id");
    match proposals::show(call.server, id).await? {
        Some(body) => Ok(json(StatusCode::OK, &body)),
        None => Ok(error(StatusCode::NOT_FOUND, "NotFound", &format!("no analysis `{id}`"))),
    }
}

/// `POST /api/evolution/decisions/{id}/approve|reject|defer` with `{"rationale"}`.
pub async fn decide(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let verdict = match call.m.param("verdict") {
        "approve" => Verdict::Approve,
        "reject" => Verdict::Reject,
        "defer" => Verdict::Defer,
        other => {
            return Ok(error(
                StatusCode::NOT_FOUND,
                "NotFound",
                &format!("`{other}` is not a verdict: use approve, reject or defer"),
            ));
        }
    };
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    if let Err(bad) = only_keys(&body, &["rationale"]) {
        return Ok(bad.reply());
    }
    let rationale = match opt_str(&body, "rationale") {
        Ok(r) => r.unwrap_or_default(),
        Err(bad) => return Ok(bad.reply()),
    };
    if verdict == Verdict::Reject && rationale.trim().is_empty() {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "InvalidBody",
            "a rejection says why: send `{\"rationale\": \"...\"}`",
        ));
    }
    let id = call.m.param("id");
    match decide::decide(call.server, call.caller, id, verdict, &rationale).await? {
        Ok(decision) => {
            let failed = decision.get("status").and_then(|s| s.as_str()) == Some("DeployFailed");
            let code = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
            Ok(json(code, &json!({"decision": decision})))
        }
        Err(refusal) => {
            let mut body = refusal.body.clone();
            if body.is_null() {
                body = json!({"error": {"code": "NotFound", "message": format!("no evolution decision `{id}`")}});
            }
            Ok(json(status(refusal.status), &body))
        }
    }
}
