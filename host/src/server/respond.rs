//! Building the platform API's responses (JSON, OData-style errors) and reading its bodies.

use super::ReqBody;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper::{Request, Response, StatusCode};
use serde_json::Value as Json;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

pub type Reply = Response<HyperOutgoingBody>;

/// Largest request body the platform API reads (spec submissions).
pub const MAX_API_BODY: usize = 4 << 20;

pub fn body(bytes: Vec<u8>) -> HyperOutgoingBody {
    Full::new(Bytes::from(bytes)).map_err(|never| match never {}).boxed_unsync()
}

pub fn text(status: StatusCode, t: &str) -> Reply {
    let mut r = Response::new(body(t.as_bytes().to_vec()));
    *r.status_mut() = status;
    r
}

pub fn json(status: StatusCode, v: &Json) -> Reply {
    let mut r = Response::new(body(v.to_string().into_bytes()));
    *r.status_mut() = status;
    r.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/json"));
    r
}

pub fn error(status: StatusCode, code: &str, message: &str) -> Reply {
    json(status, &serde_json::json!({"error": {"code": code, "message": message}}))
}

/// A refused request (small, unlike a [`Reply`]): status, error code and message.
#[derive(Debug)]
pub struct Bad(pub StatusCode, pub &'static str, pub String);

impl Bad {
    pub fn bad_body(message: impl Into<String>) -> Self {
        Self(StatusCode::BAD_REQUEST, "InvalidBody", message.into())
    }

    pub fn reply(self) -> Reply {
        error(self.0, self.1, &self.2)
    }
}

/// Reads a whole body of at most `limit` bytes; `Err` is the 4xx to send (413 naming `what`
/// and the limit when it is larger, 400 when it cannot be read).
pub async fn read_whole(body: ReqBody, limit: usize, what: &str) -> Result<Bytes, Bad> {
    match Limited::new(body, limit).collect().await {
        Ok(c) => Ok(c.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            Err(Bad(StatusCode::PAYLOAD_TOO_LARGE, "PayloadTooLarge", format!("{what} are limited to {limit} bytes")))
        }
        Err(e) => Err(Bad::bad_body(format!("reading the body: {e}"))),
    }
}

/// Reads a JSON object body (an empty body is `{}`); `Err` is the 4xx to send.
pub async fn read_json(req: Request<ReqBody>) -> Result<serde_json::Map<String, Json>, Bad> {
    let bytes = read_whole(req.into_body(), MAX_API_BODY, "request bodies of the platform API").await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(serde_json::Map::new());
    }
    match serde_json::from_slice::<Json>(&bytes) {
        Ok(Json::Object(m)) => Ok(m),
        Ok(_) => Err(Bad::bad_body("the body must be a JSON object")),
        Err(e) => Err(Bad::bad_body(format!("the body is not JSON: {e}"))),
    }
}

/// A string member of a body: `Ok(None)` if absent, a 400 if it is not a string.
pub fn opt_str(body: &serde_json::Map<String, Json>, key: &str) -> Result<Option<String>, Bad> {
    match body.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Bad::bad_body(format!("`{key}` must be a string"))),
    }
}

/// Refuses members not in `known`, naming them.
pub fn only_keys(body: &serde_json::Map<String, Json>, known: &[&str]) -> Result<(), Bad> {
    if let Some(k) = body.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(Bad::bad_body(format!("unknown member `{k}`; this route reads {}", known.join(", "))));
    }
    Ok(())
}

/// The `name=value` pairs of a query string, decoded (`%XX`, and `+` as a space); a name given
/// twice, or one not in `known`, is a 400 naming it and what the route accepts.
/// The raw value of `key` in a query string, if present.
pub fn query_param<'a>(query: Option<&'a str>, key: &str) -> Option<&'a str> {
    query?.split('&').find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
}

pub fn query_pairs(query: Option<&str>, known: &[&str]) -> Result<Vec<(String, String)>, Bad> {
    let mut out: Vec<(String, String)> = Vec::new();
    for part in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let decode = |s: &str| super::routes::percent_decode(&s.replace('+', " "));
        let (k, v) = (decode(k), decode(v));
        if !known.contains(&k.as_str()) {
            return Err(Bad(
                StatusCode::BAD_REQUEST,
                "InvalidQuery",
                format!("unknown query parameter `{k}`; this route accepts {}", known.join(", ")),
            ));
        }
        if out.iter().any(|(seen, _)| *seen == k) {
            return Err(Bad(StatusCode::BAD_REQUEST, "InvalidQuery", format!("`{k}` is given more than once")));
        }
        out.push((k, v));
    }
    Ok(out)
}
