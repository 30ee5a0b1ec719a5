//! The platform API (`/api/...`): every route of the table in [`super::routes`] is a Cedar
//! decision first — before its body is even read — and a denial a human can lift answers 403
//! with the pending decision and its remedy.

mod apps;
mod decisions;
mod discovery;
mod events;
mod evolution;
mod kernel;
mod observe;
mod policies;
mod specs;
mod tokens;
mod trajectories;

use super::respond::{Reply, error, json};
use super::routes::{Handler, Matched, Scope};
use super::{Server, registry};
use crate::authz::{AuthzRequest, Decision, EntityRef};
use crate::governance::{Caller, PLATFORM};
use crate::server::ReqBody;
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::{Value as Json, json};

/// What a request is about, for Cedar.
struct Target {
    tenant: String,
    resource: EntityRef,
    attrs: Json,
}

/// Everything a handler needs besides the body.
pub struct Call<'a> {
    pub server: &'a Server,
    pub caller: &'a Caller,
    pub m: &'a Matched,
    /// The tenant in the path (empty for token routes).
    pub tenant: String,
}

impl Call<'_> {
    pub fn actor(&self) -> String {
        self.caller.identity.uid()
    }
}

pub async fn dispatch(
    server: &Server,
    req: Request<ReqBody>,
    m: Matched,
    caller: &Caller,
    request_id: &str,
    base_url: &str,
) -> Result<Reply> {
    let tenant = m.param("tenant").to_string();
    let is_tenant_route = m.route.path.contains("{tenant}");
    if is_tenant_route {
        let platform_ok = m.route.scope == Scope::Tenant && tenant == PLATFORM;
        if !(registry::valid_tenant(&tenant) || platform_ok) {
            return Ok(error(
                StatusCode::BAD_REQUEST,
                "InvalidTenant",
                &format!(
                    "`{tenant}` is not a tenant id: use `[a-z0-9][a-z0-9-]{{0,62}}`, or `{PLATFORM}` for the platform's own policies and decisions"
                ),
            ));
        }
    }
    let target = target(server, &m, &tenant, req.uri().query());
    let request_line = format!("{} {}", req.method(), req.uri());
    let areq = AuthzRequest {
        tenant: target.tenant.clone(),
        principal: EntityRef::new(caller.identity.kind.cedar_type(), &caller.identity.id),
        principal_attrs: caller.identity.attrs(),
        action: m.route.action.to_string(),
        resource: target.resource.clone(),
        resource_attrs: target.attrs.clone(),
        context: context(caller, request_id, req.method().as_str(), req.uri().path()),
    };
    // Cedar answers in microseconds (the scope index) on this thread's own stack: no hop.
    let resp = server.shared.authorizer.authorize(&areq);
    if resp.decision == Decision::Deny {
        let g = &server.shared.governance;
        let found =
            g.on_denied(&server.shared.store, &areq, &resp, caller, &request_line, request_id, base_url).await?;
        return Ok(forbidden(&areq, &resp.policies, found.map(|(_, r)| r)));
    }
    let call = Call { server, caller, m: &m, tenant };
    match m.route.handler {
        Handler::SpecsRead => specs::read(&call, req.uri().query()),
        Handler::SpecsSubmit => specs::submit(&call, req).await,
        Handler::PoliciesList => policies::list(&call),
        Handler::PolicyShow => policies::show(&call),
        Handler::PolicyAdd => policies::add(&call, req).await,
        Handler::PolicyValidate => policies::validate(&call, req).await,
        Handler::PolicyRemove => policies::remove(&call, req).await,
        Handler::DecisionsList => decisions::list(&call, req.uri().query()),
        Handler::DecisionShow => decisions::show(&call, req.uri().query(), base_url).await,
        Handler::DecisionPreview => decisions::preview(&call, req).await,
        Handler::DecisionApprove => decisions::approve(&call, req).await,
        Handler::DecisionDeny => decisions::deny(&call, req).await,
        Handler::TokensList => tokens::list(&call),
        Handler::TokenCreate => tokens::create(&call, req).await,
        Handler::TokenRotate => tokens::rotate(&call).await,
        Handler::TokenRevoke => tokens::revoke(&call).await,
        Handler::ClockRead => kernel::clock(&call),
        Handler::ClockAdvance => kernel::advance(&call, req).await,
        Handler::SecretsList => kernel::secrets(&call),
        Handler::SecretPut => kernel::put_secret(&call, req).await,
        Handler::SecretDelete => kernel::delete_secret(&call).await,
        Handler::Trajectories => trajectories::query(&call, req.uri().query()).await,
        Handler::Events => Ok(events::stream(&call, &req)),
        Handler::AppsList => Ok(apps::list(&call)),
        Handler::AppShow => Ok(apps::show(&call, req.uri().query())),
        Handler::AppInstall => apps::install(&call, req.headers(), req.uri().query()).await,
        Handler::AppRollback => apps::rollback(&call, req.headers()).await,
        Handler::Tenants => Ok(discovery::tenants(&call)),
        Handler::Capabilities => Ok(discovery::capabilities(&call, req.uri().query())),
        Handler::IntentReport => discovery::report(&call, req, request_id).await,
        Handler::Metrics => Ok(crate::telemetry::http::metrics_reply()),
        Handler::Agents => observe::activity(&call, req.uri().query()).await,
        Handler::EntityHistory => observe::history(&call, req.uri().query()).await,
        Handler::SpecDiagram => Ok(observe::diagram(&call)),
        Handler::Verification => observe::verification(&call).await,
        Handler::EvolutionRun => evolution::run(&call, req.uri().query()).await,
        Handler::ProposalCreate => evolution::propose(&call, req).await,
        Handler::ProposalShow => evolution::show(&call).await,
        Handler::EvolutionDecide => evolution::decide(&call, req).await,
        Handler::Health | Handler::OData | Handler::Observe => {
            Ok(error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", "route is not a platform route"))
        }
    }
}

/// Request facts every decision sees: `request_id`, `time_ms`, `method`, `path` and, when the
/// request has one, `session`.
fn context(caller: &Caller, request_id: &str, method: &str, path: &str) -> Json {
    let mut c = json!({"request_id": request_id, "time_ms": crate::governance::journal::now_ms(),
        "method": method, "path": path});
    if let Some(s) = &caller.session {
        c["session"] = json!(s);
    }
    c
}

/// The Cedar resource of a platform route.
fn target(server: &Server, m: &Matched, tenant: &str, query: Option<&str>) -> Target {
    let id = m.param("id").to_string();
    let (resource, attrs) = match m.route.handler {
        // The journal of one entity is read as the tenant's journal is (`read_events`), and the
        // dashboard's spec reads as the specs are (`read_specs`).
        Handler::SpecsRead
        | Handler::SpecsSubmit
        | Handler::Events
        | Handler::IntentReport
        | Handler::Agents
        | Handler::EntityHistory
        | Handler::SpecDiagram
        | Handler::Verification => (EntityRef::new("Tenant", tenant), json!({})),
        // `?agent=` naming the caller lets the `own-trajectories` built-in decide.
        Handler::Trajectories => {
            let agent = super::respond::query_param(query, "agent").map(super::routes::percent_decode);
            let attrs = agent.map_or_else(|| json!({}), |a| json!({"own_agent": a}));
            (EntityRef::new("Tenant", tenant), attrs)
        }
        Handler::Tenants
        | Handler::Capabilities
        | Handler::EvolutionRun
        | Handler::ProposalCreate
        | Handler::Metrics => (EntityRef::new("Platform", "platform"), json!({})),
        Handler::ProposalShow => (EntityRef::new("Analysis", id), json!({})),
        Handler::EvolutionDecide => (EntityRef::new("EvolutionDecision", id), json!({})),
        Handler::PoliciesList | Handler::PolicyAdd | Handler::PolicyValidate => {
            (EntityRef::new("PolicySet", tenant), json!({}))
        }
        Handler::PolicyShow | Handler::PolicyRemove => (EntityRef::new("Policy", id), json!({})),
        Handler::DecisionsList => (EntityRef::new("Decision", ""), json!({})),
        Handler::DecisionShow | Handler::DecisionPreview | Handler::DecisionApprove | Handler::DecisionDeny => {
            let attrs = match server.shared.governance.decisions.get(tenant, &id) {
                Some(d) => json!({
                    "owner": crate::governance::decisions::principal_uid(&d),
                    "status": crate::governance::component::status_name(d.status),
                    "action": d.action,
                }),
                None => json!({}),
            };
            (EntityRef::new("Decision", id), attrs)
        }
        Handler::TokensList | Handler::TokenCreate => (EntityRef::new("Token", ""), json!({})),
        Handler::TokenRotate | Handler::TokenRevoke => (EntityRef::new("Token", id), json!({})),
        Handler::ClockRead | Handler::ClockAdvance => (EntityRef::new("Clock", "platform"), json!({})),
        Handler::SecretsList => (EntityRef::new("Secret", ""), json!({})),
        Handler::SecretPut | Handler::SecretDelete => (EntityRef::new("Secret", m.param("name")), json!({})),
        Handler::AppsList | Handler::AppShow => (EntityRef::new("Tenant", tenant), json!({})),
        Handler::AppInstall => apps::registry_of(query),
        Handler::AppRollback => apps::registry_of_pin(server, tenant, m.param("app")),
        Handler::Health | Handler::OData | Handler::Observe => (EntityRef::new("Tenant", tenant), json!({})),
    };
    let scope_tenant = match m.route.scope {
        Scope::Platform | Scope::Public => PLATFORM.to_string(),
        Scope::Tenant => tenant.to_string(),
    };
    Target { tenant: scope_tenant, resource, attrs }
}

/// The 403 of a platform route: what was denied, the deciding policies, and the remedy.
fn forbidden(req: &AuthzRequest, policies: &[String], remedy: Option<String>) -> Reply {
    let who =
        format!("{}::{}", req.principal.entity_type, crate::governance::identity::cedar_string(&req.principal.id));
    let on = if req.resource.id.is_empty() {
        req.resource.entity_type.clone()
    } else {
        format!("{} `{}`", req.resource.entity_type, req.resource.id)
    };
    let remedy: Option<Json> = remedy.and_then(|r| serde_json::from_str(&r).ok());
    let decision = remedy.as_ref().and_then(|r| r.get("decision")).cloned();
    let message = match &decision {
        Some(Json::String(d)) => format!(
            "`{}` on {on} denied for {who} (decision: {d}); a human can approve it — wait for it at `remedy.wait`, then retry",
            req.action
        ),
        _ => format!("`{}` on {on} denied for {who}; no approval can lift this denial", req.action),
    };
    let mut err = json!({"code": "AuthorizationDenied", "message": message,
        "details": [{"code": "policies", "message": policies.join(", ")}]});
    if let (Some(d), Some(r)) = (decision, remedy) {
        err["decision"] = d;
        err["remedy"] = r;
    }
    json(StatusCode::FORBIDDEN, &json!({ "error": err }))
}
