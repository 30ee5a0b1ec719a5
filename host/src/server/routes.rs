//! The server's route table: every route it answers, with the Cedar action that guards it.
//! The platform API is dispatched from this table; OData routes are served by the OData
//! component (which asks the host's `authz` on every request) and listed here so that one
//! test can enumerate every route and prove each answers 403 to a principal no policy permits.

/// Who serves a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    /// Unauthenticated liveness probe; answers `ok` and nothing else.
    Health,
    /// The OData component (`/{tenant}/odata/...`).
    OData,
    SpecsRead,
    SpecsSubmit,
    PoliciesList,
    PolicyAdd,
    PolicyValidate,
    PolicyShow,
    PolicyRemove,
    DecisionsList,
    DecisionShow,
    DecisionPreview,
    DecisionApprove,
    DecisionDeny,
    TokensList,
    TokenCreate,
    TokenRotate,
    TokenRevoke,
    ClockRead,
    ClockAdvance,
    SecretsList,
    SecretPut,
    SecretDelete,
    Trajectories,
    Events,
    AppsList,
    AppShow,
    AppInstall,
    AppRollback,
    /// The tenants the caller may read the specs of (for discovery).
    Tenants,
    /// What the caller could ever be allowed to do (for the MCP tool list).
    Capabilities,
    /// An agent reports what it wanted and could not do.
    IntentReport,
    /// Prometheus metrics (`GET /metrics`, text format 0.0.4).
    Metrics,
    /// The Observe dashboard's files (`/observe`, `/observe/{asset}`): public, no data.
    Observe,
    /// Per-agent activity from trajectories (the dashboard's Agents view).
    Agents,
    /// One entity's journal (`…/entities/{entity_type}/{id}/history`).
    EntityHistory,
    /// A spec's state machine as SVG.
    SpecDiagram,
    /// The verification report of a tenant's deployed specs.
    Verification,
    /// Runs the evolution runner now.
    EvolutionRun,
    /// An agent proposes a spec change for an observation.
    ProposalCreate,
    /// A proposal with its verification report, refinement and diff.
    ProposalShow,
    /// A human approves, rejects or defers an evolution decision.
    EvolutionDecide,
}

/// One route: method, path template (`{name}` is one segment), the Cedar action asked, and the
/// policy scope the question is asked in.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    /// The Cedar action; for a bound action it is the action's own name (`{action}`).
    pub action: &'static str,
    pub scope: Scope,
    pub handler: Handler,
}

/// Which tenant's policy set decides a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// No authorization (only `/healthz`).
    Public,
    /// The tenant in the path.
    Tenant,
    /// The platform's own set (`_platform`): spec deployment and tokens.
    Platform,
}

const fn r(method: &'static str, path: &'static str, action: &'static str, scope: Scope, handler: Handler) -> Route {
    Route { method, path, action, scope, handler }
}

use Handler as H;
use Scope as S;

/// Every route the server answers.
pub const ROUTES: &[Route] = &[
    r("GET", "/healthz", "", S::Public, H::Health),
    // OData (the component authorizes; `{tenant}` is the policy scope).
    r("GET", "/{tenant}/odata/", "read_metadata", S::Tenant, H::OData),
    r("GET", "/{tenant}/odata/$metadata", "read_metadata", S::Tenant, H::OData),
    r("GET", "/{tenant}/odata/{set}", "list", S::Tenant, H::OData),
    r("GET", "/{tenant}/odata/{set}/$count", "list", S::Tenant, H::OData),
    r("POST", "/{tenant}/odata/{set}", "create", S::Tenant, H::OData),
    r("GET", "/{tenant}/odata/{set}('{id}')", "read", S::Tenant, H::OData),
    r("GET", "/{tenant}/odata/{set}('{id}')/{property}", "read", S::Tenant, H::OData),
    r("PATCH", "/{tenant}/odata/{set}('{id}')", "update", S::Tenant, H::OData),
    r("DELETE", "/{tenant}/odata/{set}('{id}')", "delete", S::Tenant, H::OData),
    r("POST", "/{tenant}/odata/{set}('{id}')/{namespace}.{action}", "{action}", S::Tenant, H::OData),
    // Specs: deploying decides what a tenant is, so it is a platform decision.
    r("GET", "/api/tenants/{tenant}/specs", "read_specs", S::Platform, H::SpecsRead),
    r("POST", "/api/tenants/{tenant}/specs", "submit_specs", S::Platform, H::SpecsSubmit),
    // Policies of a tenant (`_platform` names the platform's own set).
    r("GET", "/api/tenants/{tenant}/policies", "read_policies", S::Tenant, H::PoliciesList),
    r("POST", "/api/tenants/{tenant}/policies", "manage_policies", S::Tenant, H::PolicyAdd),
    r("POST", "/api/tenants/{tenant}/policies/$validate", "read_policies", S::Tenant, H::PolicyValidate),
    r("GET", "/api/tenants/{tenant}/policies/{id}", "read_policies", S::Tenant, H::PolicyShow),
    r("DELETE", "/api/tenants/{tenant}/policies/{id}", "manage_policies", S::Tenant, H::PolicyRemove),
    // Pending decisions.
    r("GET", "/api/tenants/{tenant}/decisions", "list_decisions", S::Tenant, H::DecisionsList),
    r("GET", "/api/tenants/{tenant}/decisions/{id}", "read_decision", S::Tenant, H::DecisionShow),
    r("POST", "/api/tenants/{tenant}/decisions/{id}/preview", "read_decision", S::Tenant, H::DecisionPreview),
    r("POST", "/api/tenants/{tenant}/decisions/{id}/approve", "decide", S::Tenant, H::DecisionApprove),
    r("POST", "/api/tenants/{tenant}/decisions/{id}/deny", "decide", S::Tenant, H::DecisionDeny),
    // What agents tried (one row per dispatch), and the tenant's journal as it happens (SSE).
    r("GET", "/api/tenants/{tenant}/trajectories", "read_trajectories", S::Tenant, H::Trajectories),
    r("GET", "/api/tenants/{tenant}/events", "read_events", S::Tenant, H::Events),
    // Credentials.
    r("GET", "/api/tokens", "manage_tokens", S::Platform, H::TokensList),
    r("POST", "/api/tokens", "manage_tokens", S::Platform, H::TokenCreate),
    r("POST", "/api/tokens/{id}/rotate", "manage_tokens", S::Platform, H::TokenRotate),
    r("DELETE", "/api/tokens/{id}", "manage_tokens", S::Platform, H::TokenRevoke),
    // The platform clock (advancing it needs `up --test-clock`).
    r("GET", "/api/clock", "read_clock", S::Platform, H::ClockRead),
    r("POST", "/api/clock", "manage_clock", S::Platform, H::ClockAdvance),
    // Tenant secrets for integrations: names listed, values set or removed, never read back.
    r("GET", "/api/tenants/{tenant}/secrets", "manage_secrets", S::Tenant, H::SecretsList),
    r("PUT", "/api/tenants/{tenant}/secrets/{name}", "manage_secrets", S::Tenant, H::SecretPut),
    r("DELETE", "/api/tenants/{tenant}/secrets/{name}", "manage_secrets", S::Tenant, H::SecretDelete),
    // Apps: the catalog, and installs from registries (`install_app` on `Registry::"host/ns"`).
    r("GET", "/api/tenants/{tenant}/apps", "read_apps", S::Tenant, H::AppsList),
    r("POST", "/api/tenants/{tenant}/apps", "install_app", S::Tenant, H::AppInstall),
    r("GET", "/api/tenants/{tenant}/apps/{app}", "read_apps", S::Tenant, H::AppShow),
    r("POST", "/api/tenants/{tenant}/apps/{app}/rollback", "install_app", S::Tenant, H::AppRollback),
    // Discovery and feedback any principal may use (built-in permits; guardrails still win).
    r("GET", "/api/tenants", "list_tenants", S::Platform, H::Tenants),
    r("GET", "/api/capabilities", "read_capabilities", S::Platform, H::Capabilities),
    r("POST", "/api/tenants/{tenant}/intents", "report_intent", S::Tenant, H::IntentReport),
    // Operations: Prometheus metrics, for admins and monitoring agents a `_platform` policy names.
    r("GET", "/metrics", "read_metrics", S::Platform, H::Metrics),
    // The Observe dashboard: its files are public (they hold no data; the page calls the API
    // with the human's token), and the reads it needs besides the routes above.
    r("GET", "/observe", "", S::Public, H::Observe),
    r("GET", "/observe/{asset}", "", S::Public, H::Observe),
    r("GET", "/api/tenants/{tenant}/agents", "read_trajectories", S::Tenant, H::Agents),
    r("GET", "/api/tenants/{tenant}/entities/{entity_type}/{id}/history", "read_events", S::Tenant, H::EntityHistory),
    r("GET", "/api/tenants/{tenant}/specs/{entity_type}/diagram.svg", "read_specs", S::Platform, H::SpecDiagram),
    r("GET", "/api/tenants/{tenant}/verification", "read_specs", S::Platform, H::Verification),
    // Evolution: the runner (admins), proposals (any principal, built-in permit), decisions
    // (admins only, a guardrail). The records themselves are OData entities of `temper-system`.
    r("POST", "/api/evolution/run", "run_evolution", S::Platform, H::EvolutionRun),
    r("POST", "/api/evolution/proposals", "propose_change", S::Platform, H::ProposalCreate),
    r("GET", "/api/evolution/proposals/{id}", "read_evolution", S::Platform, H::ProposalShow),
    r("POST", "/api/evolution/decisions/{id}/{verdict}", "decide_evolution", S::Platform, H::EvolutionDecide),
];

/// A matched platform route and its `{name}` captures.
#[derive(Debug)]
pub struct Matched {
    pub route: &'static Route,
    pub params: Vec<(&'static str, String)>,
}

impl Matched {
    pub fn param(&self, name: &str) -> &str {
        self.params.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| v.as_str())
    }
}

/// What a path resolves to among the platform (non-OData) routes.
#[derive(Debug)]
pub enum Lookup {
    Found(Matched),
    /// The path exists with other methods (for a 405 with `Allow`).
    WrongMethod(Vec<&'static str>),
    NotFound,
}

/// Matches `method path` against the platform routes (whole `{name}` segments only).
pub fn lookup(method: &str, path: &str) -> Lookup {
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let mut allowed = Vec::new();
    for route in ROUTES.iter().filter(|r| r.handler != H::OData) {
        let Some(params) = match_template(route.path, &segs) else { continue };
        if route.method == method {
            return Lookup::Found(Matched { route, params });
        }
        allowed.push(route.method);
    }
    if allowed.is_empty() { Lookup::NotFound } else { Lookup::WrongMethod(allowed) }
}

fn match_template(template: &'static str, segs: &[&str]) -> Option<Vec<(&'static str, String)>> {
    let parts: Vec<&'static str> = template.trim_start_matches('/').split('/').collect();
    if parts.len() != segs.len() {
        return None;
    }
    let mut params = Vec::new();
    for (p, s) in parts.iter().zip(segs) {
        if let Some(name) = p.strip_prefix('{').and_then(|n| n.strip_suffix('}')) {
            if s.is_empty() {
                return None;
            }
            params.push((name, percent_decode(s)));
        } else if p != s {
            return None;
        }
    }
    Some(params)
}

/// Decodes `%XX` escapes (invalid escapes are kept as written).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Some(v) = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_routes_match_with_captures() {
        let Lookup::Found(m) = lookup("POST", "/api/tenants/tasks/decisions/PD-1/approve") else { panic!("no match") };
        assert_eq!(m.route.handler, H::DecisionApprove);
        assert_eq!(m.param("tenant"), "tasks");
        assert_eq!(m.param("id"), "PD-1");
        assert!(matches!(lookup("PUT", "/api/tokens"), Lookup::WrongMethod(m) if m == ["GET", "POST"]));
        assert!(matches!(lookup("GET", "/api/nothing"), Lookup::NotFound));
        let Lookup::Found(m) = lookup("GET", "/api/tenants/t/policies/manual%3A1") else { panic!("no match") };
        assert_eq!(m.param("id"), "manual:1");
    }

    #[test]
    fn validate_is_not_taken_for_a_policy_id() {
        let Lookup::Found(m) = lookup("POST", "/api/tenants/t/policies/$validate") else { panic!("no match") };
        assert_eq!(m.route.handler, H::PolicyValidate);
    }
}
