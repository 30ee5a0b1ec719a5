//! Parsing policy texts into a Cedar `PolicySet` under the ids we choose (never Cedar's `policy0`
//! auto-ids), the built-in guardrails, and the error a rejected policy set reports.

use cedar_policy::{PolicyId, PolicySet};
use std::str::FromStr;

/// The guardrail policies' source, compiled into the host.
pub const GUARDRAILS_SRC: &str = include_str!("guardrails.cedar");

/// Every guardrail's PolicyId starts with this; tenant policy ids may not.
pub const GUARDRAIL_PREFIX: &str = "guardrail:";

/// A policy text that was refused. Nothing changed: the tenant's previous set keeps serving.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("policy `{policy_id}`: {message}")]
pub struct PolicyError {
    /// The id we were given for the offending text.
    pub policy_id: String,
    /// Cedar's own message (every parse error, `; `-separated), or ours for an id problem.
    pub message: String,
}

impl PolicyError {
    fn new(policy_id: &str, message: impl Into<String>) -> Self {
        Self { policy_id: policy_id.to_owned(), message: message.into() }
    }
}

/// Parse one text (which may hold several policies) into `(policy id, policy)` pairs in source
/// order: the first policy gets `id`, the next ones `id#2`, `id#3`, …. Templates are refused.
fn parse_text(id: &str, text: &str) -> Result<Vec<cedar_policy::Policy>, PolicyError> {
    let parsed = PolicySet::from_str(text).map_err(|errs| {
        let messages: Vec<String> = errs.iter().map(ToString::to_string).collect();
        PolicyError::new(id, messages.join("; "))
    })?;
    if parsed.num_of_templates() > 0 {
        return Err(PolicyError::new(id, "templates (`?principal`, `?resource`) are not supported"));
    }
    let count = parsed.num_of_policies();
    if count == 0 {
        return Err(PolicyError::new(id, "the text holds no policy"));
    }
    // Cedar names the policies of a parsed text `policy0`, `policy1`, … in source order.
    (0..count)
        .map(|i| {
            let auto = PolicyId::new(format!("policy{i}"));
            let ours = if i == 0 { id.to_owned() } else { format!("{id}#{}", i + 1) };
            parsed
                .policy(&auto)
                .map(|p| p.new_id(PolicyId::new(ours)))
                .ok_or_else(|| PolicyError::new(id, format!("internal: Cedar did not name policy {i} `policy{i}`")))
        })
        .collect()
}

/// Every prefix reserved for Temper's own policies.
pub const RESERVED_PREFIXES: &[&str] = &[GUARDRAIL_PREFIX, BUILTIN_PREFIX];

/// Temper's built-in permits start with this; tenant policy ids may not.
pub const BUILTIN_PREFIX: &str = "builtin:";

/// Add a tenant's policies to `set` (which already holds the guardrails). Validates every id
/// and every text; the first problem is returned and the caller throws `set` away.
pub fn add_tenant_policies(set: &mut PolicySet, policies: &[(String, String)]) -> Result<(), PolicyError> {
    for (id, _) in policies {
        if let Some(p) = RESERVED_PREFIXES.iter().find(|p| id.starts_with(**p)) {
            return Err(PolicyError::new(id, format!("the id prefix `{p}` is reserved")));
        }
    }
    add_policies(set, policies)
}

/// Adds `(id, text)` policies to `set` without the reserved-prefix rule (for built-ins).
pub fn add_policies(set: &mut PolicySet, policies: &[(String, String)]) -> Result<(), PolicyError> {
    for (id, text) in policies {
        if id.trim().is_empty() {
            return Err(PolicyError::new(id, "a policy id must not be empty"));
        }
        for policy in parse_text(id, text)? {
            let pid = policy.id().to_string();
            set.add(policy).map_err(|e| PolicyError::new(id, format!("{e} (policy id `{pid}`)")))?;
        }
    }
    Ok(())
}

/// The guardrails as a `PolicySet`, each named `guardrail:<its @id annotation>`.
pub fn guardrails() -> Result<PolicySet, PolicyError> {
    let parsed = PolicySet::from_str(GUARDRAILS_SRC).map_err(|errs| {
        let messages: Vec<String> = errs.iter().map(ToString::to_string).collect();
        PolicyError::new("guardrail", messages.join("; "))
    })?;
    let mut set = PolicySet::new();
    for i in 0..parsed.num_of_policies() {
        let auto = PolicyId::new(format!("policy{i}"));
        let policy =
            parsed.policy(&auto).ok_or_else(|| PolicyError::new("guardrail", format!("internal: no `policy{i}`")))?;
        let name = policy.annotation("id").map_or_else(|| format!("policy{i}"), ToOwned::to_owned);
        let id = format!("{GUARDRAIL_PREFIX}{name}");
        set.add(policy.new_id(PolicyId::new(&id))).map_err(|e| PolicyError::new(&id, e.to_string()))?;
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn guardrails_parse_with_their_ids() {
        let set = guardrails().unwrap();
        let mut ids: Vec<String> = set.policies().map(|p| p.id().to_string()).collect();
        ids.sort();
        assert_eq!(ids, ["guardrail:admin-only", "guardrail:http-private-destination"]);
        assert!(set.policies().all(|p| p.effect() == cedar_policy::Effect::Forbid));
    }

    #[test]
    fn several_policies_in_one_text_get_suffixed_ids_in_order() {
        let policies =
            parse_text("p", "permit(principal, action, resource); forbid(principal, action, resource);").unwrap();
        let ids: Vec<String> = policies.iter().map(|p| p.id().to_string()).collect();
        assert_eq!(ids, ["p", "p#2"]);
        assert_eq!(policies[1].effect(), cedar_policy::Effect::Forbid);
    }

    #[test]
    fn templates_and_empty_texts_are_refused() {
        assert!(parse_text("t", "permit(principal == ?principal, action, resource);").is_err());
        assert!(parse_text("e", "// nothing here").is_err());
    }
}
