//! What a principal could ever be allowed to do, statically: for the MCP tool list, which
//! shows an agent only the tools its policies could allow. An action is
//! - `allowed` when some `permit` of the tenant's set (built-ins included) matches the
//!   principal and the action by scope — its conditions may still say no for a resource;
//! - `approvable` when none does but a denial opens a pending decision a human can approve;
//! - `never` when a guardrail forbids it for this principal whatever the resource, or it is
//!   an action no approval can lift (reading decisions) and no permit matches.
//!
//! Scope matching over-approximates (`principal in Group` is taken to match): "could ever".

use super::{Authorizer, EntityRef, request};
use cedar_policy::{ActionConstraint, Effect, EntityUid, PrincipalConstraint};
use serde::Serialize;

/// How far an action is within a principal's reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    Allowed,
    Approvable,
    Never,
}

/// Actions a denial never opens a decision for (see `governance::NOT_APPROVABLE`).
const NOT_APPROVABLE: &[&str] = &["read_decision", "list_decisions", "decide"];
/// The actions the `admin-only` guardrail forbids to every principal but an `Admin`.
const ADMIN_ONLY: &[&str] = &["manage_policies", "decide", "manage_tokens", "manage_secrets", "manage_clock"];

fn principal_matches(c: &PrincipalConstraint, p: &EntityUid) -> bool {
    match c {
        PrincipalConstraint::Any | PrincipalConstraint::In(_) => true,
        PrincipalConstraint::Eq(u) => u == p,
        PrincipalConstraint::Is(t) | PrincipalConstraint::IsIn(t, _) => t == p.type_name(),
    }
}

fn action_matches(c: &ActionConstraint, a: &EntityUid) -> bool {
    match c {
        ActionConstraint::Any => true,
        ActionConstraint::Eq(u) => u == a,
        ActionConstraint::In(us) => us.iter().any(|u| u == a),
    }
}

impl Authorizer {
    /// How far `action` is within `principal`'s reach in `tenant`.
    pub fn reach(&self, tenant: &str, principal: &EntityRef, action: &str) -> Reach {
        if ADMIN_ONLY.contains(&action) && principal.entity_type != "Admin" {
            return Reach::Never;
        }
        let Ok(p) = request::uid(principal) else { return Reach::Never };
        let Ok(a) = request::uid(&EntityRef::new("Action", action)) else { return Reach::Never };
        let set = match (self.tenant(tenant), &self.base) {
            (Some(t), _) => t,
            (None, Ok(base)) => std::sync::Arc::clone(base),
            (None, Err(_)) => return Reach::Never,
        };
        let permitted = set.set.policies().any(|policy| {
            policy.effect() == Effect::Permit
                && principal_matches(&policy.principal_constraint(), &p)
                && action_matches(&policy.action_constraint(), &a)
        });
        match (permitted, NOT_APPROVABLE.contains(&action)) {
            (true, _) => Reach::Allowed,
            (false, false) => Reach::Approvable,
            (false, true) => Reach::Never,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn agent() -> EntityRef {
        EntityRef::new("Agent", "bot")
    }

    #[test]
    fn guardrails_put_admin_actions_out_of_an_agents_reach() {
        let a = Authorizer::with_builtins(&crate::governance::builtins());
        assert_eq!(a.reach("t", &agent(), "manage_policies"), Reach::Never);
        assert_eq!(a.reach("t", &EntityRef::new("Admin", "root"), "manage_policies"), Reach::Allowed);
    }

    #[test]
    fn a_matching_permit_allows_and_anything_else_is_approvable_or_never() {
        let a = Authorizer::with_builtins(&crate::governance::builtins());
        assert_eq!(a.reach("t", &agent(), "submit_specs"), Reach::Approvable);
        assert_eq!(a.reach("t", &agent(), "list_decisions"), Reach::Never);
        assert_eq!(a.reach("t", &agent(), "read_decision"), Reach::Allowed, "the own-decisions built-in");
        a.set_policies(
            "t",
            &[(
                "p".into(),
                r#"permit(principal == Agent::"bot", action in [Action::"list", Action::"list_decisions"], resource);"#
                    .into(),
            )],
        )
        .unwrap();
        assert_eq!(a.reach("t", &agent(), "list"), Reach::Allowed);
        assert_eq!(a.reach("t", &agent(), "list_decisions"), Reach::Allowed);
        assert_eq!(a.reach("t", &EntityRef::new("Agent", "other"), "list_decisions"), Reach::Never);
    }
}
