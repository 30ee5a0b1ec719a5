//! A scope index over one tenant's policy set. Cedar evaluates every policy of a set for every
//! request; with a thousand generated policies that is most of a millisecond. But a policy
//! whose scope (`principal == …`, `action == …`, `resource is …`) cannot match a request can
//! neither permit nor forbid it — its condition is never evaluated — so dropping it changes
//! neither the decision, nor the determining policies, nor the errors. For each
//! (principal, action, resource type) seen, the index keeps the sub-set whose scopes can
//! match, and Cedar evaluates only that.
//!
//! Sound because Temper's entities have no parents: `principal in X` holds exactly when
//! `principal == X` (and likewise for resources and actions), so `in` is matched as `==`.
//!
//! A permit with no condition needs no evaluation at all: its scope matched, so it permits
//! (when no forbid is a candidate). Of the others, a permit whose `when` requires
//! `principal.role == "triager"` (or another attribute of the principal, context or resource
//! equal to a literal) is skipped when the request's attribute differs. The rest are asked in
//! rounds — the `forbid`s, the permits naming this very principal, then the other permits a
//! few at a time — and a round that settles the decision ends it: a satisfied
//! forbid denies, a satisfied permit (with no forbid) allows. The decision is exactly Cedar's;
//! the determining policies reported are those of the deciding round (each is a complete
//! reason), and errors are those of the rounds that ran.

use super::AuthzRequest;
use cedar_policy::{
    ActionConstraint, Effect, Entities, EntityTypeName, EntityUid, Policy, PolicySet, PrincipalConstraint, Request,
    ResourceConstraint,
};
use serde_json::Value as Json;
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

/// Most cached sub-sets per tenant; the cache is cleared when it would grow past this.
const MAX_CACHED: usize = 4096;

/// Permits not naming the principal are asked in rounds of this many: the first satisfied one
/// ends the evaluation (a wide tenant may hold hundreds of role- or type-scoped permits).
const ROUND: usize = 4;

type Key = (EntityUid, EntityUid, EntityTypeName);

#[derive(Debug)]
pub struct ScopeIndex {
    all: Vec<Policy>,
    cache: RwLock<HashMap<Key, Arc<Candidates>>>,
}

/// The policies that may apply to one (principal, action, resource type).
#[derive(Debug, Default)]
pub struct Candidates {
    forbids: PolicySet,
    /// The permits: those naming the principal first, then the others.
    permits: Vec<Permit>,
}

#[derive(Debug)]
struct Permit {
    policy: Policy,
    /// Equalities its `when` condition requires (see [`requirements`]).
    requires: Vec<Requirement>,
    /// No condition at all: its scope alone decides. `Some` names the one resource it covers.
    unconditional: Option<Option<EntityUid>>,
}

/// `principal.role == "triager"`: an attribute of the principal, the context or the resource
/// that must hold a literal (a string or a boolean) for the policy to be satisfied. A request
/// whose attribute is present with another value cannot satisfy the policy.
#[derive(Debug, PartialEq)]
struct Requirement {
    var: &'static str,
    attr: String,
    value: Json,
}

impl Requirement {
    fn holds(&self, req: &AuthzRequest) -> bool {
        let attrs = match self.var {
            "principal" => &req.principal_attrs,
            "context" => &req.context,
            _ => &req.resource_attrs,
        };
        // A missing attribute keeps the policy: Cedar evaluates it and reports the error
        // (or its `has` guard makes it false) — only a present, different value skips it.
        attrs.get(&self.attr).is_none_or(|v| v.is_null() || as_cedar(v) == self.value)
    }
}

/// A JSON attribute as the authorizer hands it to Cedar: numbers that are not `i64` become
/// their decimal string (see the module documentation of `authz`).
fn as_cedar(v: &Json) -> Json {
    match v {
        Json::Number(n) if n.as_i64().is_none() => Json::String(n.to_string()),
        other => other.clone(),
    }
}

/// The equalities a policy's `when` conditions require: each condition is a conjunction
/// (`a && b && …`), so if a conjunct `principal.x == "lit"` does not hold — the attribute is
/// missing (an error) or differs — the policy is not satisfied. Only such conjuncts are read;
/// anything else is left to Cedar. `unless` conditions are not read.
fn requirements(policy: &Policy) -> Vec<Requirement> {
    let Ok(json) = policy.to_json() else { return Vec::new() };
    let mut out = Vec::new();
    for cond in json["conditions"].as_array().into_iter().flatten() {
        if cond["kind"] == "when" {
            conjuncts(&cond["body"], &mut out);
        }
    }
    out
}

fn conjuncts(e: &Json, out: &mut Vec<Requirement>) {
    if let Some(and) = e.get("&&") {
        conjuncts(&and["left"], out);
        conjuncts(&and["right"], out);
        return;
    }
    let Some(eq) = e.get("==") else { return };
    let side = |x: &Json| -> Option<(&'static str, String)> {
        let dot = x.get(".")?;
        let var = match dot["left"]["Var"].as_str()? {
            "principal" => "principal",
            "context" => "context",
            "resource" => "resource",
            _ => return None,
        };
        Some((var, dot["attr"].as_str()?.to_string()))
    };
    let literal = |x: &Json| x.get("Value").filter(|v| v.is_string() || v.is_boolean()).cloned();
    let found = match (side(&eq["left"]), literal(&eq["right"])) {
        (Some(s), Some(v)) => Some((s, v)),
        _ => side(&eq["right"]).zip(literal(&eq["left"])),
    };
    if let Some(((var, attr), value)) = found {
        out.push(Requirement { var, attr, value });
    }
}

/// Cedar's answer: allowed?, the determining policy ids, the errors.
pub type Verdict = (bool, Vec<String>, Vec<String>);

impl Candidates {
    fn from(policies: Vec<Policy>) -> Self {
        let (forbids, permits): (Vec<Policy>, Vec<Policy>) =
            policies.into_iter().partition(|p| p.effect() == Effect::Forbid);
        let (own, others): (Vec<Policy>, Vec<Policy>) = permits
            .into_iter()
            .partition(|p| matches!(p.principal_constraint(), PrincipalConstraint::Eq(_) | PrincipalConstraint::In(_)));
        let permits = own
            .into_iter()
            .chain(others)
            .map(|policy| {
                let unconditional = (!policy.has_non_scope_constraint()).then(|| match policy.resource_constraint() {
                    ResourceConstraint::Eq(u) | ResourceConstraint::In(u) | ResourceConstraint::IsIn(_, u) => Some(u),
                    ResourceConstraint::Any | ResourceConstraint::Is(_) => None,
                });
                Permit { requires: requirements(&policy), unconditional, policy }
            })
            .collect();
        Self { forbids: PolicySet::from_policies(forbids).unwrap_or_default(), permits }
    }

    /// The decision without evaluating anything, when no forbid can apply and a permit without
    /// conditions matches: Cedar would allow, and that permit is a determining policy.
    pub fn decide_by_scope(&self, resource: &EntityUid) -> Option<Verdict> {
        if !self.forbids.is_empty() {
            return None;
        }
        let hit = self.permits.iter().find(|p| match &p.unconditional {
            Some(named) => named.as_ref().is_none_or(|u| u == resource),
            None => false,
        })?;
        Some((true, vec![hit.policy.id().to_string()], Vec::new()))
    }

    /// Decides `request` as Cedar would over every candidate: the forbids first, then the
    /// permits whose required equalities hold, a few at a time.
    pub fn decide(
        &self,
        cedar: &cedar_policy::Authorizer,
        req: &AuthzRequest,
        request: &Request,
        entities: &Entities,
    ) -> Verdict {
        let mut errors = Vec::new();
        let ask = |set: &PolicySet, errors: &mut Vec<String>| {
            let r = cedar.is_authorized(request, set, entities);
            let d = r.diagnostics();
            errors.extend(d.errors().map(ToString::to_string));
            let mut ids: Vec<String> = d.reason().map(ToString::to_string).collect();
            ids.sort();
            ids
        };
        if !self.forbids.is_empty() {
            let ids = ask(&self.forbids, &mut errors);
            if !ids.is_empty() {
                return (false, ids, errors);
            }
        }
        // When principal and resource are one entity their attributes are merged, so a
        // principal attribute may come from the resource's: filter nothing then.
        let one_entity = request.principal() == request.resource();
        let live: Vec<&Policy> = self
            .permits
            .iter()
            .filter(|p| one_entity || p.requires.iter().all(|r| r.holds(req)))
            .map(|p| &p.policy)
            .collect();
        for round in live.chunks(ROUND) {
            let set = PolicySet::from_policies(round.iter().map(|p| (*p).clone())).unwrap_or_default();
            let ids = ask(&set, &mut errors);
            if !ids.is_empty() {
                return (true, ids, errors);
            }
        }
        (false, Vec::new(), errors)
    }
}

fn principal_may_match(c: &PrincipalConstraint, p: &EntityUid) -> bool {
    match c {
        PrincipalConstraint::Any => true,
        PrincipalConstraint::Eq(u) | PrincipalConstraint::In(u) => u == p,
        PrincipalConstraint::Is(t) => t == p.type_name(),
        PrincipalConstraint::IsIn(t, u) => t == p.type_name() && u == p,
    }
}

fn action_may_match(c: &ActionConstraint, a: &EntityUid) -> bool {
    match c {
        ActionConstraint::Any => true,
        ActionConstraint::Eq(u) => u == a,
        ActionConstraint::In(list) => list.contains(a),
    }
}

/// Resource ids are not part of the key (a list authorizes many rows): a policy naming one
/// resource is kept for every resource of that type, and Cedar checks the id.
fn resource_may_match(c: &ResourceConstraint, t: &EntityTypeName) -> bool {
    match c {
        ResourceConstraint::Any => true,
        ResourceConstraint::Eq(u) | ResourceConstraint::In(u) => u.type_name() == t,
        ResourceConstraint::Is(ty) => ty == t,
        ResourceConstraint::IsIn(ty, u) => ty == t && u.type_name() == t,
    }
}

impl ScopeIndex {
    pub fn new(set: &PolicySet) -> Self {
        Self { all: set.policies().cloned().collect(), cache: RwLock::new(HashMap::new()) }
    }

    /// The policies whose scopes can match a request of `principal`, `action` on a resource
    /// of type `resource_type`.
    pub fn candidates(
        &self,
        principal: &EntityUid,
        action: &EntityUid,
        resource_type: &EntityTypeName,
    ) -> Arc<Candidates> {
        let key = (principal.clone(), action.clone(), resource_type.clone());
        if let Some(hit) = self.cache.read().unwrap_or_else(PoisonError::into_inner).get(&key) {
            return hit.clone();
        }
        let picked: Vec<Policy> = self
            .all
            .iter()
            .filter(|p| {
                principal_may_match(&p.principal_constraint(), principal)
                    && action_may_match(&p.action_constraint(), action)
                    && resource_may_match(&p.resource_constraint(), resource_type)
            })
            .cloned()
            .collect();
        let set = Arc::new(Candidates::from(picked));
        let mut cache = self.cache.write().unwrap_or_else(PoisonError::into_inner);
        if cache.len() >= MAX_CACHED {
            cache.clear();
        }
        cache.insert(key, set.clone());
        set
    }
}
