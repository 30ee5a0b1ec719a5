//! The platform as the tools see it: one request to the Temper API (a path under `/api/` or
//! `/{tenant}/odata/`), answered with a status and JSON. In the component the requests go out
//! through the `temper:kernel/platform` import; tests use a recording fake.

use serde_json::Value as Json;

/// A platform answer.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Json,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
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
            body: body.map(|b| b.to_string().into_bytes()).unwrap_or_default(),
        };
        let r = platform::send(&req)?;
        let body = if r.body.is_empty() {
            Json::Null
        } else {
            serde_json::from_slice(&r.body)
                .unwrap_or_else(|_| Json::String(String::from_utf8_lossy(&r.body).into_owned()))
        };
        Ok(Answer { status: r.status, body })
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
