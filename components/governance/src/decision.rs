//! A decision's life: the dedup key denials are counted on, opening (or counting into) a
//! pending decision, and the only two state changes — approve and deny, from pending only.

use crate::model::{Decision, Denial, EntityRef, GovError, Policy, Scope, Status};
use crate::policy::{self, Approval};
use sha2::{Digest, Sha256};

/// Hashes `parts` unambiguously: each part is preceded by its length in bytes (8 bytes, big
/// endian), so no two different lists of parts hash the same input.
fn hash_parts(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p.as_bytes());
    }
    hex::encode(h.finalize())
}

fn key(tenant: &str, principal: &EntityRef, action: &str, resource: &EntityRef) -> String {
    hash_parts(&[
        "temper-governance/dedup/v1",
        tenant,
        &principal.entity_type,
        &principal.id,
        action,
        &resource.entity_type,
        &resource.id,
    ])
}

/// The key denials are deduplicated on: tenant + principal + action + resource (64 hex chars).
pub fn dedup_key(d: &Denial) -> String {
    key(&d.tenant, &d.principal, &d.action, &d.resource)
}

/// The dedup key of the denial a decision was opened for.
pub fn decision_key(d: &Decision) -> String {
    key(&d.tenant, &d.principal, &d.action, &d.resource)
}

/// `PD-` and 16 hex chars derived from the dedup key and the request id.
pub fn decision_id(d: &Denial) -> String {
    let hash = hash_parts(&["temper-governance/decision/v1", &dedup_key(d), &d.request_id]);
    format!("PD-{}", &hash[..16])
}

/// Opens a decision for `d` or, if `existing` is pending with the same dedup key, counts `d` into
/// it (`denials + 1`, `last-denied-ms` = the later of the two times; everything else, the
/// session and request included, stays as first denied). A decided or unrelated `existing` is
/// ignored.
pub fn open(d: &Denial, existing: Option<Decision>) -> Decision {
    if let Some(mut e) = existing
        && e.status == Status::Pending
        && decision_key(&e) == dedup_key(d)
    {
        e.denials = e.denials.saturating_add(1);
        e.last_denied_ms = e.last_denied_ms.max(d.time_ms);
        return e;
    }
    Decision {
        id: decision_id(d),
        tenant: d.tenant.clone(),
        principal: d.principal.clone(),
        principal_attrs: d.principal_attrs.clone(),
        action: d.action.clone(),
        resource: d.resource.clone(),
        session: d.session.clone(),
        request: d.request.clone(),
        status: Status::Pending,
        created_ms: d.time_ms,
        denials: 1,
        last_denied_ms: d.time_ms,
        decided_by: None,
        decided_ms: None,
        reason: None,
        scope: None,
        policy_id: None,
    }
}

fn pending(d: &Decision) -> Result<(), GovError> {
    match d.status {
        Status::Pending => Ok(()),
        other => Err(GovError::AlreadyDecided(other)),
    }
}

/// An empty (or all-whitespace) reason is recorded as none.
fn reason_of(reason: &str) -> Option<String> {
    if reason.trim().is_empty() { None } else { Some(reason.to_owned()) }
}

/// Approves a pending decision at `s`: the decided record and the policy to install.
pub fn approve(
    d: &Decision,
    s: Scope,
    decided_by: &str,
    reason: &str,
    time_ms: u64,
) -> Result<(Decision, Policy), GovError> {
    pending(d)?;
    let policy = policy::generate(d, s, Some(Approval { by: decided_by, ms: time_ms, reason }))?;
    let decided = Decision {
        status: Status::Approved,
        decided_by: Some(decided_by.to_owned()),
        decided_ms: Some(time_ms),
        reason: reason_of(reason),
        scope: Some(s),
        policy_id: Some(policy.id.clone()),
        ..d.clone()
    };
    Ok((decided, policy))
}

/// Denies a pending decision: no scope, no policy.
pub fn deny(d: &Decision, decided_by: &str, reason: &str, time_ms: u64) -> Result<Decision, GovError> {
    pending(d)?;
    Ok(Decision {
        status: Status::Denied,
        decided_by: Some(decided_by.to_owned()),
        decided_ms: Some(time_ms),
        reason: reason_of(reason),
        scope: None,
        policy_id: None,
        ..d.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_length_prefixed() {
        assert_ne!(hash_parts(&["ab", "c"]), hash_parts(&["a", "bc"]));
        assert_ne!(hash_parts(&["a", ""]), hash_parts(&["", "a"]));
        assert_eq!(hash_parts(&["x"]).len(), 64);
    }
}
