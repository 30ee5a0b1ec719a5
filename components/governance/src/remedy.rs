//! The remedy a 403 body carries for an agent: which decision its denial joined, what was denied,
//! the scopes a human can choose from (with previews), how to wait for the outcome, and whether
//! to retry.

use crate::cedar;
use crate::model::{Decision, Scope, Status};
use crate::scopes;
use serde_json::{Value as Json, json};

/// Percent-encodes a URL path segment (everything but RFC 3986 unreserved characters).
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `Type::"id"` for display (the id escaped as Cedar writes it; the type as given).
fn entity(e: &crate::model::EntityRef) -> String {
    format!("{}::{}", e.entity_type, cedar::string(&e.id))
}

pub fn scope_json(s: Scope) -> Json {
    json!({
        "principal": s.principal.name(),
        "action": s.action.name(),
        "resource": s.resource.name(),
        "duration": s.duration.name(),
    })
}

fn retry(status: Status) -> &'static str {
    match status {
        Status::Pending => "retry the same request once the decision is approved",
        Status::Approved => "the decision is approved: retry the same request",
        Status::Denied => "the decision is denied: do not retry the same request",
    }
}

/// The remedy JSON object (compact). `base_url` is the server's origin (a trailing `/` is
/// ignored). Scopes are listed only while the decision is pending; a decided one says who
/// decided, when and why instead.
pub fn remedy(d: &Decision, base_url: &str) -> String {
    let base = base_url.trim_end_matches('/');
    let poll = format!("{base}/api/tenants/{}/decisions/{}", segment(&d.tenant), segment(&d.id));
    let mut denied = json!({
        "principal": entity(&d.principal),
        "action": d.action,
        "resource": entity(&d.resource),
        "request": d.request,
    });
    if let (Some(session), Json::Object(m)) = (&d.session, &mut denied) {
        m.insert("session".to_owned(), Json::String(session.clone()));
    }
    let options: Vec<Json> = if d.status == Status::Pending {
        scopes::options(d)
            .into_iter()
            .map(|o| {
                json!({
                    "name": o.name,
                    "summary": o.summary,
                    "scope": scope_json(o.scope),
                    "policy": o.policy.text,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut out = json!({
        "decision": d.id,
        "status": d.status.name(),
        "denials": d.denials,
        "denied": denied,
        "scopes": options,
        "wait": {
            "poll": poll,
            "long_poll": format!("{poll}?wait=60"),
            "note": format!(
                "an agent cannot approve or deny; a human decides with `temper-host decide` or POST {poll}/approve \
                 (or /deny)"
            ),
        },
        "retry": retry(d.status),
    });
    if d.status != Status::Pending
        && let Json::Object(m) = &mut out
    {
        m.insert(
            "decided".to_owned(),
            json!({
                "by": d.decided_by,
                "ms": d.decided_ms,
                "reason": d.reason,
                "scope": d.scope.map(scope_json),
                "policy_id": d.policy_id,
            }),
        );
    }
    out.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(segment("acme-1_x.y~"), "acme-1_x.y~");
        assert_eq!(segment("a/b c?é"), "a%2Fb%20c%3F%C3%A9");
    }
}
