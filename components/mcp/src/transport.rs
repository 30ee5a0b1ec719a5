//! The two transports over [`crate::protocol`], as plain functions of bytes so they are
//! tested natively: streamable HTTP (one POST = one exchange, JSON responses; GET and DELETE
//! are 405 — this server opens no streams and keeps no sessions) and stdio (one JSON-RPC
//! message per line; the first request decides the revision).

use crate::platform::Platform;
use crate::protocol::{self, Era, HANDSHAKE, HEADER_MISMATCH, MODERN, Message, Reply, RpcError};
use serde_json::{Value as Json, json};

/// Largest request body accepted.
pub const MAX_BODY: usize = 4 << 20;

pub struct HttpRequest {
    pub method: String,
    /// Header names lower-case, in order (repeats kept).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpRequest {
    fn all(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim()).collect()
    }

    fn one(&self, name: &str) -> Option<&str> {
        self.all(name).first().copied()
    }
}

fn respond(status: u16, body: &Json) -> HttpResponse {
    // `to_vec` writes bytes directly (`to_string` goes through `fmt`, several times slower).
    json_response(status, serde_json::to_vec(body).unwrap_or_default())
}

fn json_response(status: u16, body: Vec<u8>) -> HttpResponse {
    HttpResponse { status, headers: vec![("content-type".into(), "application/json".into())], body }
}

fn plain(status: u16, headers: Vec<(String, String)>) -> HttpResponse {
    HttpResponse { status, headers, body: Vec::new() }
}

fn rpc_error(id: &Json, e: RpcError, era: Era) -> HttpResponse {
    let status = if era == Era::Modern { protocol::http_status(e.code) } else { legacy_status(e.code) };
    json_response(status, protocol::response(id, Err(e)))
}

/// At a handshake revision only malformed messages are HTTP errors.
fn legacy_status(code: i64) -> u16 {
    if matches!(code, protocol::PARSE_ERROR | protocol::INVALID_REQUEST) { 400 } else { 200 }
}

/// A header value as the client meant it: `=?base64?…?=` decoded.
fn header_text(v: &str) -> String {
    if let Some(b64) = v.strip_prefix("=?base64?").and_then(|r| r.strip_suffix("?="))
        && let Some(bytes) = base64_decode(b64)
        && let Ok(s) = String::from_utf8(bytes)
    {
        return s;
    }
    v.to_string()
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        } as u32)
    };
    let clean: Vec<u8> = s.bytes().filter(|c| *c != b'=').collect();
    let mut out = Vec::new();
    for chunk in clean.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= val(*c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    Some(out)
}

/// The routing headers of a modern request must say what its body says.
fn check_headers(r: &HttpRequest, method: &str, params: &Json, version: &str) -> Result<(), RpcError> {
    let mismatch =
        |what: &str| Err(RpcError::new(HEADER_MISMATCH, format!("{what} header does not match the request body")));
    for name in ["mcp-protocol-version", "mcp-method", "mcp-name"] {
        if r.all(name).len() > 1 {
            return mismatch(name);
        }
    }
    if r.one("mcp-protocol-version") != Some(version) {
        return mismatch("mcp-protocol-version");
    }
    if r.one("mcp-method").map(header_text).as_deref() != Some(method) {
        return mismatch("mcp-method");
    }
    let named = match method {
        "tools/call" | "prompts/get" => params.get("name"),
        "resources/read" => params.get("uri"),
        _ => None,
    };
    if let Some(n) = named.and_then(Json::as_str)
        && r.one("mcp-name").map(|v| header_text(v).trim().to_string()).as_deref() != Some(n)
    {
        return mismatch("mcp-name");
    }
    Ok(())
}

/// Serves one HTTP exchange.
pub fn serve_http(p: &dyn Platform, r: &HttpRequest) -> HttpResponse {
    let version = r.one("mcp-protocol-version").map(str::to_string);
    let era = if version.as_deref().is_some_and(|v| !HANDSHAKE.contains(&v)) { Era::Modern } else { Era::Handshake };
    match r.method.as_str() {
        "POST" => {}
        "GET" | "DELETE" => return plain(405, vec![("allow".into(), "POST".into())]),
        _ => return plain(405, vec![("allow".into(), "POST".into())]),
    }
    let accept = r.one("accept").unwrap_or("*/*");
    if !(accept.contains("application/json") || accept.contains("*/*") || accept.contains("application/*")) {
        return respond(406, &json!({"error": "send `Accept: application/json, text/event-stream`"}));
    }
    if !r.one("content-type").is_some_and(|c| c.starts_with("application/json")) {
        return rpc_error(
            &Json::Null,
            RpcError::new(protocol::INVALID_REQUEST, "send the JSON-RPC message with `Content-Type: application/json`"),
            era,
        );
    }
    if r.body.len() > MAX_BODY {
        return respond(413, &json!({"error": format!("request bodies are limited to {MAX_BODY} bytes")}));
    }
    let (id, method, params) = match protocol::parse(&r.body) {
        Ok(Message::Request { id, method, params }) => (id, method, params),
        Ok(Message::Other) => return plain(202, Vec::new()),
        Err(e) => return rpc_error(&Json::Null, e, era),
    };
    let result = match era {
        Era::Modern => modern(p, r, &method, &params),
        Era::Handshake => {
            if let Some(v) = &version
                && !HANDSHAKE.contains(&v.as_str())
            {
                return respond(
                    400,
                    &json!({"error": format!("MCP-Protocol-Version `{v}` is not supported: use {MODERN} or one of {HANDSHAKE:?}")}),
                );
            }
            protocol::dispatch(p, Era::Handshake, &method, &params)
        }
    };
    match result {
        Ok(v) => json_response(200, protocol::response(&id, Ok(v))),
        Err(e) => rpc_error(&id, e, era),
    }
}

fn modern(p: &dyn Platform, r: &HttpRequest, method: &str, params: &Json) -> Result<Reply, RpcError> {
    let version = protocol::envelope(params)?;
    check_headers(r, method, params, &version)?;
    if version != MODERN {
        return Err(protocol::unsupported(&version));
    }
    protocol::dispatch(p, Era::Modern, method, params)
}

/// One stdio connection: the revision is fixed by its first request.
#[derive(Default)]
pub struct Stdio {
    era: Option<Era>,
}

impl Stdio {
    /// Handles one line; returns the line to write back, if any.
    pub fn line(&mut self, p: &dyn Platform, line: &str) -> Option<String> {
        if line.trim().is_empty() {
            return None;
        }
        let (id, method, params) = match protocol::parse(line.as_bytes()) {
            Ok(Message::Request { id, method, params }) => (id, method, params),
            Ok(Message::Other) => return None,
            Err(e) => return Some(line_of(protocol::response(&Json::Null, Err(e)))),
        };
        let enveloped = params.get("_meta").and_then(|m| m.get("io.modelcontextprotocol/protocolVersion")).is_some();
        let era =
            *self.era.get_or_insert(if enveloped && method != "initialize" { Era::Modern } else { Era::Handshake });
        let result = match era {
            Era::Modern if method == "initialize" => {
                let asked = params.get("protocolVersion").and_then(Json::as_str).unwrap_or("");
                Err(protocol::unsupported(asked))
            }
            Era::Modern => protocol::envelope(&params).and_then(|v| {
                if v == MODERN {
                    protocol::dispatch(p, Era::Modern, &method, &params)
                } else {
                    Err(protocol::unsupported(&v))
                }
            }),
            Era::Handshake => protocol::dispatch(p, Era::Handshake, &method, &params),
        };
        Some(line_of(protocol::response(&id, result)))
    }
}

/// A written response as a stdio line (serde_json writes UTF-8).
fn line_of(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::Answer;
    use std::cell::RefCell;

    /// Answers every request with `answer` and records what was asked.
    struct Fake {
        answer: Json,
        asked: RefCell<Vec<String>>,
    }

    impl Platform for Fake {
        fn send(&self, method: &str, path: &str, _body: Option<&Json>) -> Result<Answer, String> {
            self.asked.borrow_mut().push(format!("{method} {path}"));
            Ok(Answer::from_json(200, self.answer.clone()))
        }
    }

    fn fake() -> Fake {
        Fake { answer: json!({"actions": {"list": "allowed", "list_tenants": "allowed"}}), asked: RefCell::default() }
    }

    fn post(headers: &[(&str, &str)], body: &str) -> HttpRequest {
        let mut h: Vec<(String, String)> =
            vec![("content-type".into(), "application/json".into()), ("accept".into(), "application/json".into())];
        h.extend(headers.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())));
        HttpRequest { method: "POST".into(), headers: h, body: body.as_bytes().to_vec() }
    }

    const META: &str = r#""_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}"#;

    #[test]
    fn a_modern_tools_list_shows_only_reachable_tools_with_result_type_and_cache_hints() {
        let p = fake();
        let body = format!(r#"{{"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {{{META}}}}}"#);
        let r = serve_http(&p, &post(&[("mcp-protocol-version", "2026-07-28"), ("mcp-method", "tools/list")], &body));
        assert_eq!(r.status, 200);
        let v: Json = serde_json::from_slice(&r.body).unwrap_or_default();
        let names: Vec<&str> =
            v["result"]["tools"].as_array().into_iter().flatten().filter_map(|t| t["name"].as_str()).collect();
        assert_eq!(names, ["discover", "list", "observations"]);
        assert_eq!(v["result"]["resultType"], "complete");
        assert_eq!(v["result"]["cacheScope"], "private");
        assert_eq!(p.asked.borrow().as_slice(), ["GET /api/capabilities"]);
    }

    #[test]
    fn a_base64_name_header_is_decoded_before_it_is_compared() {
        let p = fake();
        let body = format!(
            r#"{{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {{"name": "list", "arguments": {{"tenant": "t", "entity_set": "Tasks", "filter": "a eq 'b c'"}}, {META}}}}}"#
        );
        let hdrs =
            [("mcp-protocol-version", "2026-07-28"), ("mcp-method", "tools/call"), ("mcp-name", "=?base64?bGlzdA==?=")];
        let r = serve_http(&p, &post(&hdrs, &body));
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(p.asked.borrow().as_slice(), ["GET /t/odata/Tasks?$filter=a%20eq%20%27b%20c%27"]);
    }

    #[test]
    fn handshake_requests_negotiate_and_notifications_are_accepted() {
        let p = fake();
        let init = r#"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}}}"#;
        let r = serve_http(&p, &post(&[], init));
        let v: Json = serde_json::from_slice(&r.body).unwrap_or_default();
        assert_eq!(v["result"]["protocolVersion"], "2025-06-18");
        let old = r#"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2023-01-01"}}"#;
        let v: Json = serde_json::from_slice(&serve_http(&p, &post(&[], old)).body).unwrap_or_default();
        assert_eq!(v["result"]["protocolVersion"], "2025-11-25", "an unknown version gets our latest handshake one");
        assert_eq!(
            serve_http(&p, &post(&[], r#"{"jsonrpc": "2.0", "method": "notifications/initialized"}"#)).status,
            202
        );
        let bad = serve_http(&p, &post(&[("mcp-protocol-version", "2025-01-01")], init));
        assert_eq!(bad.status, 400, "an unsupported version header is refused");
    }

    #[test]
    fn stdio_fixes_the_revision_with_its_first_request() {
        let p = fake();
        let mut modern = Stdio::default();
        let list = format!(r#"{{"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {{{META}}}}}"#);
        assert!(modern.line(&p, &list).is_some_and(|l| l.contains("\"resultType\":\"complete\"")));
        let init =
            r#"{"jsonrpc": "2.0", "id": 2, "method": "initialize", "params": {"protocolVersion": "2025-11-25"}}"#;
        assert!(
            modern.line(&p, init).is_some_and(|l| l.contains("-32022")),
            "initialize on a modern stream is refused"
        );
        let mut legacy = Stdio::default();
        assert!(legacy.line(&p, init).is_some_and(|l| l.contains("\"protocolVersion\":\"2025-11-25\"")));
        assert_eq!(legacy.line(&p, r#"{"jsonrpc": "2.0", "method": "notifications/initialized"}"#), None);
        assert!(legacy.line(&p, "{oops").is_some_and(|l| l.contains("-32700")));
    }
}
