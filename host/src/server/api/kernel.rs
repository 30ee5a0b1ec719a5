//! Platform routes for the kernel's own state: the clock (`/api/clock`: read it; advance it
//! when the server runs with `--test-clock`) and tenant secrets (`/api/tenants/{t}/secrets`:
//! names listed, values set or removed — never read back).

use super::Call;
use crate::server::ReqBody;
use crate::server::respond::{Reply, error, json, read_json};
use crate::server::secrets::check_name;
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::{Value as Json, json};

pub fn clock(call: &Call<'_>) -> Result<Reply> {
    let c = &call.server.shared.clock;
    Ok(json(StatusCode::OK, &json!({"now_ms": c.now_ms(), "offset_ms": c.offset_ms(), "adjustable": c.adjustable()})))
}

/// Body: `{"advance_seconds": n}` (or `advance_ms`).
pub async fn advance(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let ms = match (body.get("advance_seconds").and_then(Json::as_u64), body.get("advance_ms").and_then(Json::as_u64)) {
        (Some(s), None) => s.saturating_mul(1000),
        (None, Some(ms)) => ms,
        _ => {
            return Ok(error(
                StatusCode::BAD_REQUEST,
                "InvalidBody",
                "send {\"advance_seconds\": <non-negative integer>} or {\"advance_ms\": <non-negative integer>}",
            ));
        }
    };
    match call.server.shared.clock.advance(ms) {
        Some(now) => Ok(json(StatusCode::OK, &json!({"now_ms": now, "advanced_ms": ms}))),
        None => Ok(error(
            StatusCode::CONFLICT,
            "ClockNotAdjustable",
            "this server runs on the system clock; start it with `temper-host up --test-clock` to advance time",
        )),
    }
}

pub fn secrets(call: &Call<'_>) -> Result<Reply> {
    let names = call.server.shared.secrets.names(&call.tenant);
    Ok(json(StatusCode::OK, &json!({"secrets": names})))
}

/// Body: `{"value": "..."}`.
pub async fn put_secret(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    let name = call.m.param("name").to_string();
    if let Err(why) = check_name(&name) {
        return Ok(error(StatusCode::BAD_REQUEST, "InvalidSecretName", &why));
    }
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let Some(value) = body.get("value").and_then(Json::as_str).filter(|v| !v.is_empty()) else {
        return Ok(error(StatusCode::BAD_REQUEST, "InvalidBody", "send {\"value\": \"<non-empty string>\"}"));
    };
    let s = &call.server.shared;
    s.secrets.put(&s.store, &call.tenant, &name, value).await?;
    Ok(json(StatusCode::OK, &json!({"secret": name, "set": true})))
}

pub async fn delete_secret(call: &Call<'_>) -> Result<Reply> {
    let name = call.m.param("name");
    let s = &call.server.shared;
    if s.secrets.delete(&s.store, &call.tenant, name).await? {
        Ok(json(StatusCode::OK, &json!({"secret": name, "deleted": true})))
    } else {
        Ok(error(StatusCode::NOT_FOUND, "NotFound", &format!("tenant `{}` has no secret `{name}`", call.tenant)))
    }
}
