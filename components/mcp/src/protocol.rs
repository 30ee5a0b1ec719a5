//! MCP over JSON-RPC, both revisions on one endpoint and one stdio stream:
//! - **2026-07-28** (current): stateless. Every request carries `params._meta` with the
//!   protocol version and client capabilities; over HTTP the `MCP-Protocol-Version`,
//!   `Mcp-Method` and `Mcp-Name` headers must agree with the body. `server/discover` replaces
//!   the handshake; results carry `resultType` (and cache hints where cacheable).
//! - **2025-11-25** (and earlier handshake revisions): `initialize` negotiates the version;
//!   no session is kept (`Mcp-Session-Id` is optional and this server is stateless), so any
//!   instance serves any request.
//!
//! An HTTP request is modern when its `MCP-Protocol-Version` header names a non-handshake
//! revision; a stdio stream is modern when its first request carries the `_meta` envelope.

use crate::platform::Platform;
use crate::{prompts, resources, tools};
use serde_json::{Map, Value as Json, json};

pub const MODERN: &str = "2026-07-28";
/// Handshake-era revisions, newest first.
pub const HANDSHAKE: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];
const META_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
const META_CAPS: &str = "io.modelcontextprotocol/clientCapabilities";
const META_SERVER: &str = "io.modelcontextprotocol/serverInfo";

pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;
pub const METHOD_NOT_FOUND: i64 = -32601;
pub const INVALID_PARAMS: i64 = -32602;
pub const INTERNAL_ERROR: i64 = -32603;
pub const HEADER_MISMATCH: i64 = -32020;
pub const UNSUPPORTED_VERSION: i64 = -32022;

const INSTRUCTIONS: &str = "Temper: governed, verified state machines served as OData. Start with `discover` (tenants, then one tenant's entity sets, states, actions and hints). Act with `create`, `get`, `list`, `action`, `patch`. A denial (isError, AuthorizationDenied) names a pending decision: wait for a human with `decision` (wait_seconds), then retry. Report what you could not do with `report_intent`. Specs and app docs are resources.";

/// A JSON-RPC error.
#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
    pub code: i64,
    pub message: String,
    pub data: Option<Json>,
}

impl RpcError {
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), data: None }
    }

    pub fn with_data(mut self, data: Json) -> Self {
        self.data = Some(data);
        self
    }
}

/// Which revision a request speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Era {
    Modern,
    Handshake,
}

pub fn server_info() -> Json {
    json!({"name": "temper", "title": "Temper", "version": env!("CARGO_PKG_VERSION")})
}

fn capabilities() -> Json {
    json!({"tools": {"listChanged": false}, "resources": {"listChanged": false, "subscribe": false},
        "prompts": {"listChanged": false}})
}

/// A request's result: a JSON tree, or a tool's success whose structured content is the
/// platform's JSON object as written — passed through, never parsed into a tree and written
/// back twice (the whole of a read's answer; see `tools::call`).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Tree(Json),
    Passed {
        /// One well-formed JSON object.
        object: String,
        /// Further members of the result (`resultType`, `_meta`).
        extra: Map<String, Json>,
    },
}

impl Reply {
    /// Adds a member to the result object (nothing, for a result that is not an object).
    pub fn insert(&mut self, key: &str, value: Json) {
        match self {
            Reply::Tree(Json::Object(m)) | Reply::Passed { extra: m, .. } => {
                m.insert(key.to_string(), value);
            }
            Reply::Tree(_) => {}
        }
    }

    /// The result as a tree (tests, and callers that look inside).
    pub fn into_json(self) -> Json {
        let mut out = Vec::new();
        match self {
            Reply::Tree(v) => v,
            passed => {
                passed.write(&mut out);
                serde_json::from_slice(&out).unwrap_or_default()
            }
        }
    }

    /// Writes the result as JSON. A passed object is the tool result `{"content": [{"type":
    /// "text", "text": <the object as text>}], "isError": false, "structuredContent": <the
    /// object>, …extra}`.
    pub fn write(&self, out: &mut Vec<u8>) {
        match self {
            Reply::Tree(v) => {
                // Writing into a Vec cannot fail.
                let _ = serde_json::to_writer(&mut *out, v);
            }
            Reply::Passed { object, extra } => {
                out.extend_from_slice(br#"{"content":[{"type":"text","text":"#);
                let _ = serde_json::to_writer(&mut *out, object.as_str());
                out.extend_from_slice(br#"}],"isError":false,"structuredContent":"#);
                out.extend_from_slice(object.as_bytes());
                for (k, v) in extra {
                    out.push(b',');
                    let _ = serde_json::to_writer(&mut *out, k);
                    out.push(b':');
                    let _ = serde_json::to_writer(&mut *out, v);
                }
                out.push(b'}');
            }
        }
    }
}

/// The JSON-RPC response to `id` for `result`, written.
pub fn response(id: &Json, result: Result<Reply, RpcError>) -> Vec<u8> {
    match result {
        Ok(r) => {
            let mut out = Vec::with_capacity(256);
            out.extend_from_slice(br#"{"jsonrpc":"2.0","id":"#);
            let _ = serde_json::to_writer(&mut out, id);
            out.extend_from_slice(br#","result":"#);
            r.write(&mut out);
            out.push(b'}');
            out
        }
        Err(e) => {
            let mut err = Map::new();
            err.insert("code".into(), json!(e.code));
            err.insert("message".into(), Json::String(e.message));
            if let Some(d) = e.data {
                err.insert("data".into(), d);
            }
            let mut m = Map::new();
            m.insert("jsonrpc".into(), json!("2.0"));
            m.insert("id".into(), id.clone());
            m.insert("error".into(), Json::Object(err));
            serde_json::to_vec(&Json::Object(m)).unwrap_or_default()
        }
    }
}

/// One parsed JSON-RPC message.
pub enum Message {
    Request {
        id: Json,
        method: String,
        params: Json,
    },
    /// A notification, or a response to a request (this server sends none): acknowledged,
    /// nothing to answer.
    Other,
}

/// Parses one message; `Err` is the error response to send (id `null`).
pub fn parse(bytes: &[u8]) -> Result<Message, RpcError> {
    let v: Json = serde_json::from_slice(bytes).map_err(|e| RpcError::new(PARSE_ERROR, format!("Parse error: {e}")))?;
    let Json::Object(mut m) = v else {
        return Err(RpcError::new(INVALID_REQUEST, "Body must be a single JSON-RPC request or notification object"));
    };
    if m.get("jsonrpc").and_then(Json::as_str) != Some("2.0") {
        return Err(RpcError::new(INVALID_REQUEST, "`jsonrpc` must be \"2.0\""));
    }
    let Some(method) = m.get("method") else {
        return if m.contains_key("result") || m.contains_key("error") {
            Ok(Message::Other)
        } else {
            Err(RpcError::new(INVALID_REQUEST, "a request needs `method`"))
        };
    };
    let Some(method) = method.as_str().map(str::to_string) else {
        return Err(RpcError::new(INVALID_REQUEST, "`method` must be a string"));
    };
    match m.remove("id") {
        None => Ok(Message::Other),
        // The params are moved out, not copied: they are the bulk of the message.
        Some(id @ (Json::String(_) | Json::Number(_))) => {
            Ok(Message::Request { id, method, params: m.remove("params").unwrap_or_else(|| json!({})) })
        }
        Some(_) => Err(RpcError::new(INVALID_REQUEST, "`id` must be a string or a number")),
    }
}

/// The `_meta` envelope of a modern request: `Ok(version)` or the error to answer.
pub fn envelope(params: &Json) -> Result<String, RpcError> {
    let meta = params.get("_meta").and_then(Json::as_object).ok_or_else(|| {
        RpcError::new(
            INVALID_PARAMS,
            format!("params._meta is required at {MODERN}: give `{META_VERSION}` and `{META_CAPS}`"),
        )
    })?;
    let version = meta
        .get(META_VERSION)
        .and_then(Json::as_str)
        .ok_or_else(|| RpcError::new(INVALID_PARAMS, format!("params._meta[\"{META_VERSION}\"] is required")))?;
    if !meta.get(META_CAPS).is_some_and(Json::is_object) {
        return Err(RpcError::new(INVALID_PARAMS, format!("params._meta[\"{META_CAPS}\"] is required (an object)")));
    }
    Ok(version.to_string())
}

pub fn unsupported(requested: &str) -> RpcError {
    RpcError::new(UNSUPPORTED_VERSION, "Unsupported protocol version")
        .with_data(json!({"supported": [MODERN], "requested": requested}))
}

/// Methods the current revision removed.
const REMOVED: &[&str] = &["initialize", "ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"];

/// Runs one request of either era.
pub fn dispatch(p: &dyn Platform, era: Era, method: &str, params: &Json) -> Result<Reply, RpcError> {
    let tree = match (era, method) {
        (Era::Modern, m) if REMOVED.contains(&m) => {
            return Err(
                RpcError::new(METHOD_NOT_FOUND, format!("`{m}` does not exist at {MODERN}")).with_data(json!(m))
            );
        }
        (Era::Modern, "server/discover") => json!({
            "supportedVersions": [MODERN], "capabilities": capabilities(), "instructions": INSTRUCTIONS,
        }),
        (Era::Handshake, "initialize") => {
            let asked = params.get("protocolVersion").and_then(Json::as_str).unwrap_or("");
            let version = if HANDSHAKE.contains(&asked) { asked } else { HANDSHAKE[0] };
            json!({"protocolVersion": version, "capabilities": capabilities(), "serverInfo": server_info(),
                "instructions": INSTRUCTIONS})
        }
        (Era::Handshake, "ping") => json!({}),
        (_, "tools/list") => json!({"tools": tools::list(p)?}),
        (_, "tools/call") => {
            let name = params
                .get("name")
                .and_then(Json::as_str)
                .ok_or_else(|| RpcError::new(INVALID_PARAMS, "tools/call needs `name`"))?;
            let empty = json!({});
            let mut reply = tools::call(p, name, params.get("arguments").unwrap_or(&empty))?;
            if era == Era::Modern {
                modern_result(method, &mut reply);
            }
            return Ok(reply);
        }
        (_, "prompts/list") => json!({"prompts": prompts::list()}),
        (_, "prompts/get") => {
            let name = params
                .get("name")
                .and_then(Json::as_str)
                .ok_or_else(|| RpcError::new(INVALID_PARAMS, "prompts/get needs `name`"))?;
            prompts::get(p, name, params.get("arguments").unwrap_or(&Json::Null))?
        }
        (_, "resources/list") => json!({"resources": resources::list(p)?}),
        (_, "resources/templates/list") => json!({"resourceTemplates": resources::templates()}),
        (_, "resources/read") => {
            let uri = params
                .get("uri")
                .and_then(Json::as_str)
                .ok_or_else(|| RpcError::new(INVALID_PARAMS, "resources/read needs `uri`"))?;
            json!({"contents": resources::read(p, uri)?})
        }
        (_, m) => return Err(RpcError::new(METHOD_NOT_FOUND, format!("Method not found: `{m}`")).with_data(json!(m))),
    };
    let mut result = Reply::Tree(tree);
    if era == Era::Modern {
        modern_result(method, &mut result);
    }
    Ok(result)
}

fn modern_result(method: &str, r: &mut Reply) {
    r.insert("resultType", json!("complete"));
    let cacheable = matches!(
        method,
        "server/discover"
            | "tools/list"
            | "prompts/list"
            | "resources/list"
            | "resources/templates/list"
            | "resources/read"
    );
    if cacheable {
        // What an agent may do changes with its policies: never cache across principals.
        r.insert("ttlMs", json!(0));
        r.insert("cacheScope", json!("private"));
    }
    r.insert("_meta", json!({META_SERVER: server_info()}));
}

/// The HTTP status a JSON-RPC error is answered with at the current revision.
pub fn http_status(code: i64) -> u16 {
    match code {
        PARSE_ERROR | INVALID_REQUEST | INVALID_PARAMS | HEADER_MISMATCH | -32021 | UNSUPPORTED_VERSION => 400,
        METHOD_NOT_FOUND => 404,
        _ => 200,
    }
}
