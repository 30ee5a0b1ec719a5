//! The per-request context: the tenant's deployed specs and parsed CSDL (cached by registry
//! version), the authenticated principal, the request id, and the authorization check.

use crate::error::ODataError;
use crate::temper::host::authz::{self, AuthzRequest, Decision, EntityRef};
use crate::temper::kernel::interpreter::{self, Rejection, SpecSummary};
use crate::temper::kernel::registry::{self, DeployedSpec, TenantSpecs};
use serde_json::{Value as Json, json};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use temper_spec::csdl::{CsdlModel, EntityType, parse_csdl};

thread_local! {
    /// Parsed CSDL per tenant, with the registry version it was parsed at.
    static MODELS: RefCell<HashMap<String, (u64, Rc<CsdlModel>)>> = RefCell::new(HashMap::new());
}

pub struct Ctx {
    pub tenant: String,
    pub specs: TenantSpecs,
    pub model: Rc<CsdlModel>,
    pub principal: EntityRef,
    /// The principal as the header gave it (`Agent::"bot-1"`), recorded as the event actor.
    pub actor: String,
    pub request_id: String,
    /// `{origin}/{tenant}/odata/`.
    pub base: String,
}

/// One entity set of the tenant: its deployment and its CSDL entity type.
pub struct Target {
    pub deployed: DeployedSpec,
    pub ety: EntityType,
}

impl Ctx {
    pub fn load(
        tenant: &str,
        principal: EntityRef,
        actor: &str,
        request_id: &str,
        origin: &str,
    ) -> Result<Self, ODataError> {
        let Some(specs) = registry::specs_of(tenant) else {
            return Err(ODataError::not_found(format!("unknown tenant `{tenant}`: it has no deployed specs")));
        };
        let cached =
            MODELS.with(|m| m.borrow().get(tenant).filter(|(v, _)| *v == specs.version).map(|(_, m)| m.clone()));
        let model = match cached {
            Some(m) => m,
            None => {
                let parsed = parse_csdl(&format!("{tenant}.csdl.xml"), &specs.csdl).map_err(|d| {
                    let first = d.0.first().map_or(String::new(), |x| x.message.clone());
                    ODataError::internal(format!("the CSDL deployed in tenant `{tenant}` does not parse: {first}"))
                })?;
                let m = Rc::new(parsed);
                MODELS.with(|c| c.borrow_mut().insert(tenant.to_string(), (specs.version, m.clone())));
                m
            }
        };
        Ok(Self {
            tenant: tenant.to_string(),
            specs,
            model,
            principal,
            actor: actor.to_string(),
            request_id: request_id.to_string(),
            base: format!("{origin}/{tenant}/odata/"),
        })
    }

    /// The entity set `name`, or a 404 listing the tenant's sets.
    pub fn set(&self, name: &str) -> Result<Target, ODataError> {
        let Some(d) = self.specs.specs.iter().find(|s| s.entity_set == name) else {
            let known: Vec<&str> = self.specs.specs.iter().map(|s| s.entity_set.as_str()).collect();
            return Err(ODataError::not_found(format!(
                "unknown entity set `{name}` in tenant `{}`; entity sets: {}",
                self.tenant,
                known.join(", ")
            )));
        };
        let q = format!("{}.{}", d.namespace, d.entity_type);
        let Some(ety) = self.model.entity_type(&q) else {
            return Err(ODataError::internal(format!("entity type `{q}` is deployed but not in the tenant's CSDL")));
        };
        Ok(Target { deployed: d.clone(), ety: ety.clone() })
    }

    /// The entity set whose entity type is `qualified` (`Namespace.Type`), for navigation.
    pub fn type_target(&self, qualified: &str) -> Result<Target, ODataError> {
        let found = self.specs.specs.iter().find(|s| format!("{}.{}", s.namespace, s.entity_type) == qualified);
        let Some(d) = found else {
            return Err(ODataError::bad_request(format!(
                "entity type `{qualified}` has no entity set in tenant `{}`; deploy a spec for it to navigate to it",
                self.tenant
            )));
        };
        let set = d.entity_set.clone();
        self.set(&set)
    }

    /// `{base}$metadata#{fragment}`.
    pub fn context_url(&self, fragment: &str) -> String {
        format!("{}$metadata#{fragment}", self.base)
    }

    /// Which of `rows` (id and resource attributes) the principal may `read`. Asked in one
    /// host call; a denial here opens no decision — the row is simply not shown.
    pub fn readable(&self, entity_type: &str, rows: &[(&str, Json)]) -> Vec<bool> {
        if rows.is_empty() {
            return Vec::new();
        }
        let context = json!({"request_id": self.request_id}).to_string();
        let reqs: Vec<AuthzRequest> = rows
            .iter()
            .map(|(id, attrs)| AuthzRequest {
                tenant: self.tenant.clone(),
                principal: self.principal.clone(),
                action: "read".to_string(),
                resource: EntityRef { entity_type: entity_type.to_string(), id: id.to_string() },
                resource_attrs: attrs.to_string(),
                context: context.clone(),
            })
            .collect();
        authz::check_many(&reqs).into_iter().map(|d| d == Decision::Allow).collect()
    }

    /// Asks the host's policy engine; `deny` is a 403 naming the deciding policies.
    pub fn authorize(&self, action: &str, entity_type: &str, id: &str, attrs: &Json) -> Result<(), ODataError> {
        let req = AuthzRequest {
            tenant: self.tenant.clone(),
            principal: self.principal.clone(),
            action: action.to_string(),
            resource: EntityRef { entity_type: entity_type.to_string(), id: id.to_string() },
            resource_attrs: attrs.to_string(),
            context: json!({"request_id": self.request_id}).to_string(),
        };
        let resp = authz::authorize(&req);
        match resp.decision {
            Decision::Allow => Ok(()),
            Decision::Deny => Err(denied(action, entity_type, id, &self.principal, &resp)),
        }
    }
}

/// The 403 for a denial: what was denied, the deciding policies, and — when a human can lift
/// it — the pending decision's id and remedy (how to ask, which scopes, how to wait).
fn denied(action: &str, entity_type: &str, id: &str, principal: &EntityRef, resp: &authz::AuthzResponse) -> ODataError {
    let on = if id.is_empty() { entity_type.to_string() } else { format!("{entity_type} `{id}`") };
    let who = format!("{}::\"{}\"", principal.entity_type, principal.id);
    let remedy = resp.remedy.as_deref().and_then(|r| serde_json::from_str::<Json>(r).ok());
    let decision = remedy.as_ref().and_then(|r| r.get("decision")).and_then(Json::as_str).map(str::to_string);
    let message = match &decision {
        Some(d) => format!(
            "`{action}` on {on} denied for {who} (decision: {d}); a human can approve it — wait for it at `remedy.wait`, then retry"
        ),
        None => format!("`{action}` on {on} denied for {who}; no approval can lift this denial"),
    };
    let mut e = ODataError::forbidden(message, &resp.policies).with_code("AuthorizationDenied");
    if let (Some(d), Some(r)) = (decision, remedy) {
        e = e.with_extra("decision", json!(d)).with_extra("remedy", r);
    }
    e
}

thread_local! {
    /// Spec summaries by spec id. An id is the content hash of the spec's sources, so a
    /// summary never changes; a warm instance asks the interpreter once per spec.
    static SUMMARIES: RefCell<HashMap<String, Rc<SpecSummary>>> = RefCell::new(HashMap::new());
}

/// The interpreter's summary of a spec (cached for the life of the instance).
pub fn describe(spec: &str) -> Result<Rc<SpecSummary>, ODataError> {
    if let Some(s) = SUMMARIES.with(|c| c.borrow().get(spec).cloned()) {
        return Ok(s);
    }
    let s = Rc::new(interpreter::describe(spec).map_err(|r| spec_rejection(spec, r))?);
    SUMMARIES.with(|c| c.borrow_mut().insert(spec.to_string(), s.clone()));
    Ok(s)
}

/// A rejection from `describe`/`initial-state` (only `unknown-spec` is expected).
pub fn spec_rejection(spec: &str, r: Rejection) -> ODataError {
    match r {
        Rejection::UnknownSpec(_) => unknown_spec(spec),
        other => ODataError::internal(format!("the interpreter refused spec `{spec}`: {other:?}")),
    }
}

pub fn unknown_spec(spec: &str) -> ODataError {
    ODataError::unavailable(format!("the spec `{spec}` is not loaded in the interpreter yet; retry shortly"))
        .with_header("Retry-After", "1")
}
