//! The governance component: exports `temper:kernel/governance`. What a denied request becomes
//! (a deduplicated pending decision and the remedy an agent is shown) and what a human's answer
//! writes (the decided record and one generated Cedar `permit`). It imports nothing, so it is
//! deterministic; the host persists what it returns.
//!
//! Pure modules (no bindings, unit-tested natively): [`model`], [`cedar`], [`policy`],
//! [`scopes`], [`parse`], [`decision`], [`remedy`]. `convert` maps the WIT types to them.

// wit-bindgen's generated canonical-ABI glue (export shims, `cabi_realloc`) is `unsafe`;
// the crate's own code has none.
#![allow(unsafe_code)]

pub mod cedar;
mod convert;
pub mod decision;
pub mod model;
pub mod parse;
pub mod policy;
pub mod remedy;
pub mod scopes;

use convert::{decision_from, decision_to, denial_from, error_to, policy_to, scope_from, scope_option_to, scope_to};
use exports::temper::kernel::governance::{
    Denial, GovernanceError, Guest, PendingDecision, Policy, Scope, ScopeOption,
};

wit_bindgen::generate!({
    world: "governance-component",
    path: "../../wit/kernel",
});

/// The exported interface. Exported only on wasm: natively the export's symbol names cannot be
/// linked into the test cdylib, and the native build exists for lints and the pure modules' tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Governance;

impl Guest for Governance {
    fn dedup_key(d: Denial) -> String {
        decision::dedup_key(&denial_from(d))
    }

    fn open(d: Denial, existing: Option<PendingDecision>) -> PendingDecision {
        decision_to(decision::open(&denial_from(d), existing.map(decision_from)))
    }

    fn scopes(d: PendingDecision) -> Vec<ScopeOption> {
        scopes::options(&decision_from(d)).into_iter().map(scope_option_to).collect()
    }

    fn parse_scope(text: String) -> Result<Scope, GovernanceError> {
        parse::parse_scope(&text).map(scope_to).map_err(error_to)
    }

    fn preview(d: PendingDecision, s: Scope) -> Result<Policy, GovernanceError> {
        policy::generate(&decision_from(d), scope_from(s), None).map(policy_to).map_err(error_to)
    }

    fn approve(
        d: PendingDecision,
        s: Scope,
        decided_by: String,
        reason: String,
        time_ms: u64,
    ) -> Result<(PendingDecision, Policy), GovernanceError> {
        decision::approve(&decision_from(d), scope_from(s), &decided_by, &reason, time_ms)
            .map(|(d, p)| (decision_to(d), policy_to(p)))
            .map_err(error_to)
    }

    fn deny(
        d: PendingDecision,
        decided_by: String,
        reason: String,
        time_ms: u64,
    ) -> Result<PendingDecision, GovernanceError> {
        decision::deny(&decision_from(d), &decided_by, &reason, time_ms).map(decision_to).map_err(error_to)
    }

    fn remedy(d: PendingDecision, base_url: String) -> String {
        remedy::remedy(&decision_from(d), &base_url)
    }
}

#[cfg(target_arch = "wasm32")]
export!(Governance);
