//! The `authz` host interface: Cedar policy evaluation, per-tenant policy sets, guardrails.
//!
//! Every call is a Cedar decision, default deny. Evaluation is schema-less (tenants define their
//! own entity types): the principal `Kind::"id"` carries `principal_attrs`, the resource
//! `Type::"id"` carries `resource_attrs`, the action is `Action::"<name>"`. JSON attributes map
//! to Cedar values: strings, booleans and `i64` numbers as themselves, any other number as its
//! decimal string, arrays as sets, objects as records; `null` attributes are dropped. Type names
//! must be Cedar identifiers (`::`-separated namespaces allowed) and ids are escaped by Cedar, so
//! no request field can inject Cedar. A request that cannot be built is a `Deny` with an error.
//!
//! Each tenant's policies live in an `Arc` behind an `RwLock`: [`Authorizer::set_policies`]
//! parses and checks the whole new set first and swaps it in one write, so a bad set changes
//! nothing and readers only ever hold the lock long enough to clone an `Arc`.
//!
//! # Guardrails
//! `guardrails.cedar` is evaluated with every tenant's set. Its policies are `forbid`s (ids
//! `guardrail:…`), so a tenant `permit` cannot override them:
//! - `guardrail:admin-only`: `manage_policies`, `decide`, `manage_tokens`, `manage_secrets` and `manage_clock`
//!   need a principal of type `Admin`.
//! - `guardrail:http-private-destination`: `http_call` is forbidden unless the resource is an
//!   `HttpDestination::"<host>"` whose `is_loopback`, `is_link_local` and `is_private`
//!   attributes are all present and `false`, or the context says `allowlisted: true`.
//!
//! How a caller builds an `http_call` request: the resource is `HttpDestination::"<host>"` with
//! `host` the URL's host as written (lower-cased, no port). Resolve the host, then compute the
//! attributes with [`http_destination_attrs`] over EVERY resolved address (an attribute is true
//! if any address is in its class: loopback `127/8`, `::1`; link-local `169.254/16` (cloud
//! metadata), `fe80::/10`; private `10/8`, `172.16/12`, `192.168/16`, `100.64/10`, `0/8`,
//! `fc00::/7`, unspecified, multicast, reserved; IPv4-mapped, IPv4-compatible and NAT64 IPv6
//! are classified by their IPv4 part; no address at all means all true), and connect only to
//! those vetted addresses (no second lookup: DNS rebinding). Set context
//! `allowlisted` to `true` only when the tenant's configuration names this exact host as
//! allowed to be private; leave it out otherwise.

pub mod capabilities;
mod destination;
mod index;
mod policies;
mod request;

pub use destination::http_destination_attrs;
pub use policies::{BUILTIN_PREFIX, GUARDRAIL_PREFIX, GUARDRAILS_SRC, PolicyError, RESERVED_PREFIXES};
pub use request::is_type_name;

use cedar_policy::{EntityId, EntityTypeName, EntityUid, PolicySet};
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, PoisonError, RwLock};

/// A Cedar entity reference, e.g. type `Agent`, id `bot-1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntityRef {
    pub entity_type: String,
    pub id: String,
}

impl EntityRef {
    pub fn new(entity_type: impl Into<String>, id: impl Into<String>) -> Self {
        Self { entity_type: entity_type.into(), id: id.into() }
    }
}

/// One authorization question. The attribute and context fields are JSON objects (`null` is
/// read as `{}`); the principal is resolved by the host from the credential, never self-declared.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthzRequest {
    pub tenant: String,
    pub principal: EntityRef,
    pub principal_attrs: serde_json::Value,
    pub action: String,
    pub resource: EntityRef,
    pub resource_attrs: serde_json::Value,
    pub context: serde_json::Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    Allow,
    Deny,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthzResponse {
    pub decision: Decision,
    /// Ids of the determining policies (permits that allowed, or forbids that denied), sorted;
    /// empty for a default deny. The scope index decides in rounds (see `index.rs`), so an
    /// allow names the permits of the round that decided — each a complete reason.
    pub policies: Vec<String>,
    /// Evaluation errors of the policies evaluated (a policy that errors does not apply), or why
    /// the request was refused.
    pub errors: Vec<String>,
}

impl AuthzResponse {
    fn refused(error: String) -> Self {
        Self { decision: Decision::Deny, policies: Vec::new(), errors: vec![error] }
    }
}

/// One tenant's compiled set (its own policies plus the guardrails), its scope index, and the
/// texts it came from.
#[derive(Debug)]
struct TenantPolicies {
    set: PolicySet,
    index: index::ScopeIndex,
    sources: Vec<(String, String)>,
}

impl TenantPolicies {
    fn new(set: PolicySet, sources: Vec<(String, String)>) -> Self {
        Self { index: index::ScopeIndex::new(&set), set, sources }
    }
}

/// Per-tenant Cedar policy sets and the evaluator. Cheap to share (`Arc<Authorizer>`).
#[derive(Debug)]
pub struct Authorizer {
    /// The guardrails alone: what a tenant with no policies is evaluated against. `Err` only if
    /// the built-in guardrails failed to parse, and then every request is denied.
    base: Result<Arc<TenantPolicies>, PolicyError>,
    tenants: RwLock<HashMap<String, Arc<TenantPolicies>>>,
    cedar: cedar_policy::Authorizer,
}

impl Default for Authorizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Authorizer {
    pub fn new() -> Self {
        Self::with_builtins(&[])
    }

    /// An authorizer whose every tenant set also holds `builtins` (`(id, text)`, ids prefixed
    /// `builtin:`): permits Temper grants everywhere, e.g. admins may act, agents may read
    /// their own decisions. Guardrail `forbid`s still override them.
    pub fn with_builtins(builtins: &[(String, String)]) -> Self {
        let base = policies::guardrails()
            .and_then(|mut set| {
                policies::add_policies(&mut set, builtins)?;
                Ok(set)
            })
            .map(|set| Arc::new(TenantPolicies::new(set, Vec::new())));
        Self { base, tenants: RwLock::new(HashMap::new()), cedar: cedar_policy::Authorizer::new() }
    }

    /// Checks a tenant set as [`Authorizer::set_policies`] would, changing nothing.
    pub fn validate(&self, policies: &[(String, String)]) -> Result<(), PolicyError> {
        let base = self.base.as_ref().map_err(Clone::clone)?;
        let mut set = base.set.clone();
        policies::add_tenant_policies(&mut set, policies)
    }

    fn tenant(&self, tenant: &str) -> Option<Arc<TenantPolicies>> {
        self.tenants.read().unwrap_or_else(PoisonError::into_inner).get(tenant).cloned()
    }

    /// Decide `req`. Default deny; never panics; a malformed request is a `Deny` with an error.
    /// Each decision is a span (`authz.check`: tenant, action, resource type, decision) and
    /// counts in the metrics.
    pub fn authorize(&self, req: &AuthzRequest) -> AuthzResponse {
        let span = tracing::info_span!(
            "authz.check",
            temper.tenant = %req.tenant,
            cedar.principal_type = %req.principal.entity_type,
            cedar.action = %req.action,
            cedar.resource_type = %req.resource.entity_type,
            cedar.decision = tracing::field::Empty,
            cedar.policies = tracing::field::Empty,
        );
        let _entered = span.enter();
        let r = self.decide_counted(req);
        span.record("cedar.decision", if r.decision == Decision::Allow { "allow" } else { "deny" });
        span.record("cedar.policies", r.policies.join(",").as_str());
        r
    }

    /// Decides many requests (a page of rows the caller may or may not read) under one span,
    /// `authz.check_many`; each decision still counts in the metrics.
    pub fn authorize_many(&self, reqs: &[AuthzRequest]) -> Vec<AuthzResponse> {
        let span = tracing::info_span!(
            "authz.check_many",
            cedar.requests = reqs.len(),
            cedar.allowed = tracing::field::Empty,
        );
        let _entered = span.enter();
        let out: Vec<AuthzResponse> = reqs.iter().map(|r| self.decide_counted(r)).collect();
        span.record("cedar.allowed", out.iter().filter(|r| r.decision == Decision::Allow).count());
        out
    }

    fn decide_counted(&self, req: &AuthzRequest) -> AuthzResponse {
        let started = std::time::Instant::now();
        let r = self.decide(req);
        let allowed = r.decision == Decision::Allow;
        crate::telemetry::metrics::metrics().authz(&req.tenant, &req.action, allowed, started.elapsed());
        r
    }

    fn decide(&self, req: &AuthzRequest) -> AuthzResponse {
        let policies = match (self.tenant(&req.tenant), &self.base) {
            (Some(t), Ok(_)) => t,
            (None, Ok(base)) => Arc::clone(base),
            (_, Err(e)) => return AuthzResponse::refused(format!("guardrails unavailable: {e}")),
        };
        let (p, a, r) = match request::uids(req) {
            Ok(u) => u,
            Err(e) => return AuthzResponse::refused(e),
        };
        let candidates = policies.index.candidates(&p, &a, r.type_name());
        let (allowed, ids, errors) = match candidates.decide_by_scope(&r) {
            Some(verdict) => verdict,
            None => match request::build(req, (p, a, r)) {
                Ok((request, entities)) => candidates.decide(&self.cedar, req, &request, &entities),
                Err(e) => return AuthzResponse::refused(e),
            },
        };
        let decision = if allowed { Decision::Allow } else { Decision::Deny };
        AuthzResponse { decision, policies: ids, errors }
    }

    /// Replace `tenant`'s policies with `policies` (`(policy id, Cedar text)`; a text holding
    /// several policies names them `id`, `id#2`, …). Every text is checked first: on any error
    /// nothing changes and the previous set keeps serving. An empty slice leaves only the
    /// guardrails (default deny).
    pub fn set_policies(&self, tenant: &str, policies: &[(String, String)]) -> Result<(), PolicyError> {
        let base = self.base.as_ref().map_err(Clone::clone)?;
        let mut set = base.set.clone();
        policies::add_tenant_policies(&mut set, policies)?;
        let compiled = Arc::new(TenantPolicies::new(set, policies.to_vec()));
        self.tenants.write().unwrap_or_else(PoisonError::into_inner).insert(tenant.to_owned(), compiled);
        Ok(())
    }

    /// Whether the tenant explicitly allowlists `req`'s HTTP destination: some policy of the
    /// tenant's own (not a guardrail, not a built-in) is a `permit` whose resource constraint is
    /// exactly `resource == HttpDestination::"<req.resource.id>"`, and those policies alone permit
    /// `req` as given. This is what a caller of `http_call` sets context `allowlisted` from: a
    /// broad permit (`resource`, `resource is HttpDestination`) never lifts the private-destination
    /// guardrail, only a policy naming the host does.
    pub fn http_allowlisted(&self, req: &AuthzRequest) -> bool {
        if req.resource.entity_type != "HttpDestination" {
            return false;
        }
        let Some(policies) = self.tenant(&req.tenant) else { return false };
        let Ok((p, a, r)) = request::uids(req) else { return false };
        let mut naming = PolicySet::new();
        for policy in policies.set.policies() {
            let id = policy.id().to_string();
            let ours = !RESERVED_PREFIXES.iter().any(|prefix| id.starts_with(prefix));
            let names_host = policy.resource_constraint() == cedar_policy::ResourceConstraint::Eq(r.clone());
            if ours
                && names_host
                && policy.effect() == cedar_policy::Effect::Permit
                && naming.add(policy.clone()).is_err()
            {
                return false;
            }
        }
        if naming.is_empty() {
            return false;
        }
        match request::build(req, (p, a, r)) {
            Ok((request, entities)) => {
                self.cedar.is_authorized(&request, &naming, &entities).decision() == cedar_policy::Decision::Allow
            }
            Err(_) => false,
        }
    }

    /// The tenant's own policies as given to [`Authorizer::set_policies`] (not the guardrails).
    pub fn policies(&self, tenant: &str) -> Vec<(String, String)> {
        self.tenant(tenant).map(|t| t.sources.clone()).unwrap_or_default()
    }
}

/// The bootstrap policy that lets one admin do everything (guardrails still apply):
/// `("bootstrap:admin", "permit(principal == Admin::\"<id>\", action, resource);")`, the id
/// escaped by Cedar.
pub fn admin_policy(admin_id: &str) -> (String, String) {
    let admin = EntityTypeName::from_str("Admin")
        .map(|ty| EntityUid::from_type_name_and_id(ty, EntityId::new(admin_id)).to_string())
        // Unreachable: `Admin` is a valid type name. Escape by hand rather than panic.
        .unwrap_or_else(|_| format!("Admin::\"{}\"", admin_id.escape_default()));
    ("bootstrap:admin".to_owned(), format!("permit(principal == {admin}, action, resource);"))
}
