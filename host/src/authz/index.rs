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
//! The candidates are then asked in rounds — the `forbid`s, the permits naming this very
//! principal, then the other permits a few at a time — and a round that settles the decision ends it: a satisfied
//! forbid denies, a satisfied permit (with no forbid) allows. The decision is exactly Cedar's;
//! the determining policies reported are those of the deciding round (each is a complete
//! reason), and errors are those of the rounds that ran.

use cedar_policy::{
    ActionConstraint, Effect, Entities, EntityTypeName, EntityUid, Policy, PolicySet, PrincipalConstraint, Request,
    ResourceConstraint,
};
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

/// The policies that may apply to one (principal, action, resource type), by round.
#[derive(Debug, Default)]
pub struct Candidates {
    forbids: PolicySet,
    /// Permits whose scope names the principal itself.
    own: PolicySet,
    /// The other permits, in rounds of [`ROUND`].
    others: Vec<PolicySet>,
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
        let set = |v: Vec<Policy>| PolicySet::from_policies(v).unwrap_or_default();
        let others = others.chunks(ROUND).map(|c| set(c.to_vec())).collect();
        Self { forbids: set(forbids), own: set(own), others }
    }

    /// Decides `request` as Cedar would over all three rounds together.
    pub fn decide(&self, cedar: &cedar_policy::Authorizer, request: &Request, entities: &Entities) -> Verdict {
        let mut errors = Vec::new();
        let rounds = [(Effect::Forbid, &self.forbids), (Effect::Permit, &self.own)]
            .into_iter()
            .chain(self.others.iter().map(|s| (Effect::Permit, s)));
        for (round, set) in rounds {
            if set.is_empty() {
                continue;
            }
            let r = cedar.is_authorized(request, set, entities);
            let d = r.diagnostics();
            errors.extend(d.errors().map(ToString::to_string));
            let mut ids: Vec<String> = d.reason().map(ToString::to_string).collect();
            if !ids.is_empty() {
                ids.sort();
                return (round == Effect::Permit, ids, errors);
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
