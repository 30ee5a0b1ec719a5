//! Pure request helpers: the principal header, tenant ids, splitting the target, `If-Match`,
//! content types, request hashes, derived ids and `$skiptoken` links.

use crate::error::ODataError;
use sha2::{Digest, Sha256};

/// Largest request body accepted (1 MiB).
pub const MAX_BODY: usize = 1 << 20;

/// `Type::"id"` → (`Type`, `id`). The type may be namespaced (`A::B::"x"`); `\"` and `\\` in
/// the id are unescaped.
pub fn parse_principal(header: &str) -> Option<(String, String)> {
    let header = header.trim();
    let at = header.find("::\"")?;
    let (ty, rest) = (&header[..at], &header[at + 3..]);
    let inner = rest.strip_suffix('"')?;
    let valid_type = !ty.is_empty()
        && ty.split("::").all(|seg| {
            let mut c = seg.chars();
            c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_')
                && c.all(|x| x.is_ascii_alphanumeric() || x == '_')
        });
    if !valid_type {
        return None;
    }
    let mut id = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => id.push(chars.next()?),
            '"' => return None,
            c => id.push(c),
        }
    }
    Some((ty.to_string(), id))
}

/// `[a-z0-9][a-z0-9-]{0,62}`.
pub fn valid_tenant(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// `/{tenant}/odata/{rest}?{query}` → (tenant, rest, query). `rest` has no leading `/`.
pub fn split_target(target: &str) -> Option<(String, String, String)> {
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, q),
        None => (target, ""),
    };
    let path = path.strip_prefix('/')?;
    let (tenant, after) = path.split_once('/')?;
    if !valid_tenant(tenant) {
        return None;
    }
    let rest = match after.strip_prefix("odata") {
        Some("") => "",
        Some(r) => r.strip_prefix('/')?,
        None => return None,
    };
    Some((tenant.to_string(), rest.to_string(), query.to_string()))
}

/// `W/"<seq>"`.
pub fn etag(seq: u64) -> String {
    format!("W/\"{seq}\"")
}

/// Checks an `If-Match` header against the entity's current seq.
pub fn check_if_match(header: Option<&str>, seq: u64) -> Result<(), ODataError> {
    let Some(h) = header else { return Ok(()) };
    let mut any_valid = false;
    for tag in h.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if tag == "*" {
            return Ok(());
        }
        let bare = tag.strip_prefix("W/").unwrap_or(tag);
        let Some(n) = bare.strip_prefix('"').and_then(|t| t.strip_suffix('"')).and_then(|t| t.parse::<u64>().ok())
        else {
            return Err(ODataError::bad_request(format!(
                "If-Match: `{tag}` is not an ETag of this service; send `W/\"<n>\"` from `@odata.etag` or `*`"
            )));
        };
        any_valid = true;
        if n == seq {
            return Ok(());
        }
    }
    if !any_valid {
        return Err(ODataError::bad_request("If-Match is empty; send `W/\"<n>\"` or `*`"));
    }
    Err(ODataError::precondition_failed(format!(
        "If-Match `{h}` does not match the entity's current ETag {}; re-read the entity and retry",
        etag(seq)
    )))
}

/// Whether a `Content-Type` names JSON (`application/json`, with or without parameters).
pub fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// sha256 (hex) of method, target and body: what an `Idempotency-Key` is bound to.
pub fn request_hash(method: &str, target: &str, body: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(method.as_bytes());
    h.update(b" ");
    h.update(target.as_bytes());
    h.update(b"\n");
    h.update(body);
    hex::encode(h.finalize())
}

/// The id of an entity created without one: `<lowercase type>-<hex>` from the request id.
pub fn generated_id(entity_type: &str, request_id: &str) -> String {
    let digest = hex::encode(Sha256::digest(request_id.as_bytes()));
    format!("{}-{}", entity_type.to_ascii_lowercase(), &digest[..32])
}

/// A UUID-shaped event id derived from the request and the event's place in its stream.
pub fn event_id(request_id: &str, stream: &str, seq: u64) -> String {
    let d = hex::encode(Sha256::digest(format!("{request_id}\n{stream}\n{seq}").as_bytes()));
    format!("{}-{}-{}-{}-{}", &d[..8], &d[8..12], &d[12..16], &d[16..20], &d[20..32])
}

/// The query string with `$skiptoken` set to `offset` (any earlier one removed).
pub fn with_skiptoken(query: &str, offset: u64) -> String {
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let name = p.split('=').next().unwrap_or("");
            !name.eq_ignore_ascii_case("$skiptoken") && !name.eq_ignore_ascii_case("%24skiptoken")
        })
        .map(String::from)
        .collect();
    parts.push(format!("$skiptoken={offset}"));
    parts.join("&")
}

/// Escapes a key value for `Set('key')`.
pub fn key_literal(id: &str) -> String {
    let quoted = id.replace('\'', "''");
    let mut out = String::with_capacity(quoted.len());
    for b in quoted.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~'!$&*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    format!("('{out}')")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn principals() {
        assert_eq!(parse_principal("Admin::\"admin\""), Some(("Admin".into(), "admin".into())));
        assert_eq!(parse_principal("Ns::Agent::\"a\\\"b\""), Some(("Ns::Agent".into(), "a\"b".into())));
        assert_eq!(parse_principal("admin"), None);
        assert_eq!(parse_principal("::\"x\""), None);
        assert_eq!(parse_principal("A::\"x"), None);
    }

    #[test]
    fn tenants_and_targets() {
        assert!(valid_tenant("acme-1"));
        assert!(!valid_tenant("-acme"));
        assert!(!valid_tenant("Acme"));
        assert!(!valid_tenant(&"a".repeat(64)));
        assert_eq!(split_target("/acme/odata"), Some(("acme".into(), "".into(), "".into())));
        assert_eq!(split_target("/acme/odata/"), Some(("acme".into(), "".into(), "".into())));
        assert_eq!(
            split_target("/acme/odata/Tasks('a')?$top=1"),
            Some(("acme".into(), "Tasks('a')".into(), "$top=1".into()))
        );
        assert_eq!(split_target("/acme/odatax"), None);
        assert_eq!(split_target("/acme/other/Tasks"), None);
        assert_eq!(split_target("/ACME/odata/"), None);
    }

    #[test]
    fn if_match() {
        assert!(check_if_match(None, 3).is_ok());
        assert!(check_if_match(Some("*"), 3).is_ok());
        assert!(check_if_match(Some("W/\"3\""), 3).is_ok());
        assert!(check_if_match(Some("\"2\", W/\"3\""), 3).is_ok());
        assert_eq!(check_if_match(Some("W/\"2\""), 3).map_err(|e| e.status), Err(412));
        assert_eq!(check_if_match(Some("abc"), 3).map_err(|e| e.status), Err(400));
    }

    #[test]
    fn json_types() {
        assert!(is_json("application/json"));
        assert!(is_json("Application/JSON; charset=utf-8"));
        assert!(is_json("application/json;odata.metadata=minimal"));
        assert!(!is_json("text/plain"));
    }

    #[test]
    fn ids_and_links() {
        let id = generated_id("Task", "req-1");
        assert!(id.starts_with("task-") && id.len() == 5 + 32);
        assert_eq!(id, generated_id("Task", "req-1"));
        assert_eq!(event_id("r", "s", 1).len(), 36);
        assert_eq!(with_skiptoken("$top=5&$skiptoken=100", 200), "$top=5&$skiptoken=200");
        assert_eq!(with_skiptoken("", 100), "$skiptoken=100");
        assert_ne!(request_hash("POST", "/a", b"{}"), request_hash("POST", "/a", b"{ }"));
        assert_eq!(key_literal("a'b c"), "('a''b%20c')");
    }
}
