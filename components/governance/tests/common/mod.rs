//! Shared test fixtures: the fixed denial the golden tests use, and a small Cedar harness that
//! parses one generated policy and asks Cedar whether it allows a request.

#![allow(dead_code)] // each test binary uses a different part

use cedar_policy::{Authorizer, Context, Decision as CedarDecision, Entities, EntityId, EntityTypeName, EntityUid};
use cedar_policy::{PolicySet, Request};
use serde_json::{Value as Json, json};
use std::str::FromStr;
use temper_governance::decision;
use temper_governance::model::{Decision, Denial, EntityRef};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

pub const TIME: u64 = 1_700_000_000_000;
pub const ATTRS: &str = r#"{"agent_type":"worker","role":"triager","verified":true}"#;

/// `Agent::"bot-1"` (worker, triager, verified) was denied `Close` on `Task::"t-1"` in session `s-1`.
pub fn denial() -> Denial {
    Denial {
        tenant: "acme".into(),
        principal: EntityRef::new("Agent", "bot-1"),
        principal_attrs: ATTRS.into(),
        action: "Close".into(),
        resource: EntityRef::new("Task", "t-1"),
        session: Some("s-1".into()),
        request: "POST /acme/odata/Tasks('t-1')/Tasks.Close".into(),
        request_id: "req-1".into(),
        time_ms: TIME,
    }
}

/// The pending decision opened for `d`.
pub fn pending(d: &Denial) -> Decision {
    decision::open(d, None)
}

/// A request to evaluate a policy against.
#[derive(Debug, Clone)]
pub struct Req {
    pub principal: EntityRef,
    pub attrs: Json,
    pub action: String,
    pub resource: EntityRef,
    pub session: Option<String>,
}

impl Req {
    /// The request `d` describes (the denied one).
    pub fn of(d: &Denial) -> TestResult<Self> {
        Ok(Self {
            principal: d.principal.clone(),
            attrs: serde_json::from_str(&d.principal_attrs)?,
            action: d.action.clone(),
            resource: d.resource.clone(),
            session: d.session.clone(),
        })
    }
}

fn uid(e: &EntityRef) -> TestResult<EntityUid> {
    Ok(EntityUid::from_type_name_and_id(EntityTypeName::from_str(&e.entity_type)?, EntityId::new(&e.id)))
}

/// Parses `text`, requiring exactly one static policy.
pub fn parse_one(text: &str) -> TestResult<PolicySet> {
    let set = PolicySet::from_str(text).map_err(|e| format!("{e:?}\n{text}"))?;
    if set.num_of_policies() != 1 || set.num_of_templates() != 0 {
        return Err(format!("expected exactly one policy, got {}:\n{text}", set.num_of_policies()).into());
    }
    Ok(set)
}

/// Whether the policy set allows `req` (with no errors during evaluation).
pub fn allows(set: &PolicySet, req: &Req) -> TestResult<bool> {
    let principal = uid(&req.principal)?;
    let entities = Entities::from_json_value(
        json!([{
            "uid": {"type": req.principal.entity_type, "id": req.principal.id},
            "attrs": req.attrs,
            "parents": [],
        }]),
        None,
    )?;
    let context = match &req.session {
        Some(s) => Context::from_json_value(json!({ "session": s }), None)?,
        None => Context::empty(),
    };
    let action = EntityUid::from_type_name_and_id(EntityTypeName::from_str("Action")?, EntityId::new(&req.action));
    let request = Request::new(principal, action, uid(&req.resource)?, context, None)?;
    let response = Authorizer::new().is_authorized(&request, set, &entities);
    let errors: Vec<String> = response.diagnostics().errors().map(ToString::to_string).collect();
    if !errors.is_empty() {
        return Err(format!("evaluation errors: {errors:?}").into());
    }
    Ok(response.decision() == CedarDecision::Allow)
}

/// Compares `actual` with the golden file `tests/golden/<name>`; with `TEMPER_BLESS=1` rewrites it.
pub fn golden(name: &str, actual: &str) -> TestResult {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var("TEMPER_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, actual)?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (run with TEMPER_BLESS=1 to create it)", path.display()))?;
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        return Err(format!(
            "{} differs from the generated text (first difference near line {line}); rerun with TEMPER_BLESS=1 \
             if the change is intended\n--- generated ---\n{actual}",
            path.display()
        )
        .into());
    }
    Ok(())
}
