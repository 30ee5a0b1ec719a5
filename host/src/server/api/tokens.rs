//! `/api/tokens`: mint, list, rotate and revoke bearer tokens (admins only — a guardrail).
//! A token is shown once, in the answer that creates or rotates it.

use super::Call;
use crate::governance::tokens::{NewToken, TokenError};
use crate::server::ReqBody;
use crate::server::respond::{Reply, error, json, read_json};
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::json;

fn failed(e: TokenError) -> Result<Reply> {
    match e {
        TokenError::Invalid(m) => Ok(error(StatusCode::BAD_REQUEST, "InvalidToken", &m)),
        TokenError::NotFound(m) => Ok(error(StatusCode::NOT_FOUND, "NotFound", &m)),
        TokenError::Storage(e) => Err(e),
    }
}

pub fn list(call: &Call<'_>) -> Result<Reply> {
    let tokens: Vec<_> = call.server.shared.governance.tokens.list().iter().map(|t| t.view()).collect();
    Ok(json(StatusCode::OK, &json!({ "tokens": tokens })))
}

/// Body: `{"kind": "agent"|"admin", "id": "bot-1", "agent_type"?, "role"?, "verified"?, "label"?}`.
pub async fn create(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let new: NewToken = match serde_json::from_value(serde_json::Value::Object(body)) {
        Ok(n) => n,
        Err(e) => {
            return Ok(error(
                StatusCode::BAD_REQUEST,
                "InvalidBody",
                &format!(
                    "{e}; send {{\"kind\": \"agent\", \"id\": \"bot-1\", \"agent_type\": \"worker\", \"role\": \"triager\", \"label\": \"...\"}}"
                ),
            ));
        }
    };
    let s = &call.server.shared;
    match s.governance.tokens.create(&s.store, &new, &call.actor()).await {
        Ok((token, rec)) => {
            let mut v = rec.view();
            v["token"] = json!(token);
            v["note"] =
                json!("the token is shown only now; store it safely (send it as `Authorization: Bearer <token>`)");
            Ok(json(StatusCode::CREATED, &v))
        }
        Err(e) => failed(e),
    }
}

pub async fn rotate(call: &Call<'_>) -> Result<Reply> {
    let s = &call.server.shared;
    match s.governance.tokens.rotate(&s.store, call.m.param("id"), &call.actor()).await {
        Ok((token, rec)) => {
            let mut v = rec.view();
            v["token"] = json!(token);
            v["note"] = json!("the previous token no longer works; this one is shown only now");
            Ok(json(StatusCode::OK, &v))
        }
        Err(e) => failed(e),
    }
}

pub async fn revoke(call: &Call<'_>) -> Result<Reply> {
    let s = &call.server.shared;
    match s.governance.tokens.revoke(&s.store, call.m.param("id"), &call.actor()).await {
        Ok(rec) => Ok(json(StatusCode::OK, &rec.view())),
        Err(e) => failed(e),
    }
}
