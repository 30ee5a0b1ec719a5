//! The platform as the tools see it: one request to the Temper API (a path under `/api/` or
//! `/{tenant}/odata/`), answered with a status and JSON. In the component the requests go out
//! through the `temper:kernel/platform` import; tests use a recording fake.

use serde_json::Value as Json;
use std::cell::OnceCell;

/// A platform answer: its status and its body as sent, parsed into a tree only when a tool
/// looks inside it (a read's answer passes through to the agent as written).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    raw: Vec<u8>,
    tree: OnceCell<Json>,
}

impl Answer {
    /// An answer with the body as sent (usually JSON; empty or text otherwise).
    pub fn new(status: u16, raw: Vec<u8>) -> Self {
        Self { status, raw, tree: OnceCell::new() }
    }

    /// An answer whose body is `body` (fakes in tests; answers made up by the component).
    pub fn from_json(status: u16, body: Json) -> Self {
        let raw = serde_json::to_vec(&body).unwrap_or_default();
        Self { status, raw, tree: OnceCell::from(body) }
    }

    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The body as JSON: `null` when empty, a string when it is not JSON.
    pub fn json(&self) -> &Json {
        self.tree.get_or_init(|| parse(&self.raw))
    }

    /// The body as JSON, owned.
    pub fn into_json(self) -> Json {
        match self.tree.into_inner() {
            Some(tree) => tree,
            None => parse(&self.raw),
        }
    }

    /// The body as written, when it is one well-formed JSON object (checked without building
    /// a tree); `None` for anything else. Surrounding whitespace is dropped.
    pub fn object_text(self) -> Result<String, Self> {
        let well_formed = std::str::from_utf8(&self.raw)
            .ok()
            .and_then(|s| serde_json::from_str::<&serde_json::value::RawValue>(s).ok())
            .is_some_and(|r| r.get().starts_with('{'));
        if !well_formed {
            return Err(self);
        }
        let text = String::from_utf8(self.raw).map_err(|e| Self::new(self.status, e.into_bytes()))?;
        let trimmed = text.trim();
        Ok(if trimmed.len() == text.len() { text } else { trimmed.to_string() })
    }
}

fn parse(raw: &[u8]) -> Json {
    if raw.is_empty() {
        return Json::Null;
    }
    serde_json::from_slice(raw).unwrap_or_else(|_| Json::String(String::from_utf8_lossy(raw).into_owned()))
}

pub trait Platform {
    /// Sends `method path` with an optional JSON body. `Err` is a transport failure in words.
    fn send(&self, method: &str, path: &str, body: Option<&Json>) -> Result<Answer, String>;
}

/// Percent-encodes `s` for a path segment or query value (RFC 3986 unreserved kept).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An OData key literal in a path: `('<id>')`, quotes doubled, percent-encoded.
pub fn key(id: &str) -> String {
    format!("('{}')", encode(&id.replace('\'', "''")))
}

/// The platform through the `temper:kernel/platform` import: the host sends each request on.
#[cfg(target_arch = "wasm32")]
pub struct Wasi;

#[cfg(target_arch = "wasm32")]
impl Platform for Wasi {
    fn send(&self, method: &str, path: &str, body: Option<&Json>) -> Result<Answer, String> {
        use crate::bindings::temper::kernel::platform;
        let mut headers = vec![("accept".to_string(), "application/json".to_string())];
        if body.is_some() {
            headers.push(("content-type".to_string(), "application/json".to_string()));
        }
        let req = platform::Request {
            method: method.to_string(),
            path: path.to_string(),
            headers,
            body: body.map(|b| serde_json::to_vec(b).unwrap_or_default()).unwrap_or_default(),
        };
        let r = platform::send(&req)?;
        Ok(Answer::new(r.status, r.body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_quoted_and_encoded() {
        assert_eq!(key("a b"), "('a%20b')");
        assert_eq!(key("o'x"), "('o%27%27x')");
        assert_eq!(encode("Status eq 'Open'"), "Status%20eq%20%27Open%27");
    }
}
