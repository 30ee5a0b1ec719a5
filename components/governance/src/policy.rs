//! The Cedar policy a scope generates for a decision: one `permit`, preceded by comments naming
//! the decision, the denied request, the scope and (for an approval) who approved, when and why.
//! Every value is escaped and every entity type validated (see [`crate::cedar`]).

use crate::cedar::{self, comment_text};
use crate::model::{ActionScope, Decision, DurationScope, GovError, Policy, PrincipalScope, ResourceScope, Scope};
use serde_json::Value as Json;

/// Who approved, when and why: written into the policy's comments.
#[derive(Debug, Clone, Copy)]
pub struct Approval<'a> {
    pub by: &'a str,
    pub ms: u64,
    pub reason: &'a str,
}

/// The id a decision's policy has in the tenant's set: `decision:<id>`.
pub fn policy_id(decision_id: &str) -> String {
    format!("decision:{decision_id}")
}

/// The three scope clauses of the `permit` head and the `when` conditions.
struct Clauses {
    principal: String,
    action: String,
    resource: String,
    conditions: Vec<String>,
}

/// A string attribute of the principal (from the `principal-attrs` JSON object), or why not.
pub fn principal_attr(d: &Decision, key: &str) -> Result<String, String> {
    let who = cedar::entity(&d.principal, "principal").unwrap_or_else(|_| cedar::string(&d.principal.id));
    match serde_json::from_str::<Json>(&d.principal_attrs) {
        Ok(Json::Object(map)) => match map.get(key) {
            Some(Json::String(s)) if !s.is_empty() => Ok(s.clone()),
            Some(Json::String(_)) => Err(format!("the principal {who} has an empty `{key}`")),
            None | Some(Json::Null) => Err(format!("the principal {who} has no `{key}`")),
            Some(_) => Err(format!("the principal {who} has a `{key}` that is not a string")),
        },
        _ => Err(format!("the principal {who} has no attributes (principal-attrs is not a JSON object)")),
    }
}

/// Whether the principal's attributes say `"verified": true`.
pub fn principal_verified(d: &Decision) -> bool {
    matches!(serde_json::from_str::<Json>(&d.principal_attrs), Ok(Json::Object(m)) if m.get("verified") == Some(&Json::Bool(true)))
}

/// The `when` conditions matching verified principals whose `attr` equals the principal's.
fn verified_with(d: &Decision, attr: &str, scope_name: &str) -> Result<Vec<String>, GovError> {
    let value = principal_attr(d, attr).map_err(|why| {
        GovError::InvalidScope(format!(
            "{why}, so `principal={scope_name}` cannot apply; choose this-agent (presets narrow, medium, broad) \
             or any-agent"
        ))
    })?;
    if !principal_verified(d) {
        return Err(GovError::InvalidScope(format!(
            "`principal={scope_name}` matches only verified principals, and the principal of this decision is not \
             verified (`verified` is not true), so the approval would not cover its request; choose this-agent or \
             any-agent"
        )));
    }
    Ok(vec![
        format!("principal has {attr} && principal.{attr} == {}", cedar::string(&value)),
        "principal has verified && principal.verified == true".to_owned(),
    ])
}

fn clauses(d: &Decision, s: Scope) -> Result<Clauses, GovError> {
    let principal_entity = cedar::entity(&d.principal, "principal")?;
    let resource_entity = cedar::entity(&d.resource, "resource")?;
    let ptype = &d.principal.entity_type;
    let rtype = &d.resource.entity_type;
    let mut conditions = Vec::new();

    let principal = match s.principal {
        PrincipalScope::ThisAgent => format!("principal == {principal_entity}"),
        PrincipalScope::AgentsWithRole => {
            conditions.extend(verified_with(d, "role", s.principal.name())?);
            format!("principal is {ptype}")
        }
        PrincipalScope::AgentsOfType => {
            conditions.extend(verified_with(d, "agent_type", s.principal.name())?);
            format!("principal is {ptype}")
        }
        PrincipalScope::AnyAgent => format!("principal is {ptype}"),
    };
    let action = match s.action {
        ActionScope::ThisAction => format!("action == {}", cedar::action(&d.action)),
        ActionScope::AllActionsOnType | ActionScope::AllActions => "action".to_owned(),
    };
    let resource = match (s.resource, s.action) {
        (ResourceScope::ThisResource, _) => format!("resource == {resource_entity}"),
        (ResourceScope::AnyOfType, _) | (ResourceScope::AnyResource, ActionScope::AllActionsOnType) => {
            format!("resource is {rtype}")
        }
        (ResourceScope::AnyResource, _) => "resource".to_owned(),
    };
    match (s.duration, d.session.as_deref()) {
        (DurationScope::Always, _) => {}
        (DurationScope::Session, Some(session)) if !session.is_empty() => {
            conditions.push(format!("context has session && context.session == {}", cedar::string(session)));
        }
        (DurationScope::Session, _) => {
            return Err(GovError::InvalidScope(
                "`duration=session` needs the session of the denied request, and it came without one \
                 (no `Temper-Session` header); choose `duration=always`"
                    .to_owned(),
            ));
        }
    }
    Ok(Clauses { principal, action, resource, conditions })
}

/// The policy approving `d` at scope `s` would install; `approval` (if any) is recorded in its
/// comments. Fails with `invalid-value` for an entity type Cedar cannot name, and with
/// `invalid-scope` for a scope that does not apply to `d`.
pub fn generate(d: &Decision, s: Scope, approval: Option<Approval<'_>>) -> Result<Policy, GovError> {
    let c = clauses(d, s)?;
    let id = policy_id(&d.id);
    // The entities were validated by `clauses`, so these render.
    let principal = cedar::entity(&d.principal, "principal")?;
    let resource = cedar::entity(&d.resource, "resource")?;
    let mut text = String::new();
    text.push_str(&format!(
        "// Decision {}: {principal} was denied {} on {resource} (tenant {}).\n",
        comment_text(&d.id),
        cedar::action(&d.action),
        cedar::string(&d.tenant),
    ));
    text.push_str(&format!("// Request: {}\n", comment_text(&d.request)));
    text.push_str(&format!("// Scope: {s}\n"));
    match approval {
        Some(a) => {
            text.push_str(&format!("// Approved by {} at {} ms.\n", comment_text(a.by), a.ms));
            let reason = comment_text(a.reason);
            let reason = if reason.is_empty() { "(none given)".to_owned() } else { reason };
            text.push_str(&format!("// Reason: {reason}\n"));
        }
        None => text.push_str("// Preview: not approved.\n"),
    }
    text.push_str(&format!("@id({})\n", cedar::string(&id)));
    text.push_str(&format!("permit (\n    {},\n    {},\n    {}\n)", c.principal, c.action, c.resource));
    if !c.conditions.is_empty() {
        text.push_str(&format!("\nwhen {{\n    {}\n}}", c.conditions.join(" &&\n    ")));
    }
    text.push_str(";\n");
    Ok(Policy { id, text })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityRef, Status};

    fn decision(attrs: &str, session: Option<&str>) -> Decision {
        Decision {
            id: "PD-0123456789abcdef".into(),
            tenant: "acme".into(),
            principal: EntityRef::new("Agent", "bot-1"),
            principal_attrs: attrs.into(),
            action: "Close".into(),
            resource: EntityRef::new("Task", "t-1"),
            session: session.map(str::to_owned),
            request: "POST /x".into(),
            status: Status::Pending,
            created_ms: 1,
            denials: 1,
            last_denied_ms: 1,
            decided_by: None,
            decided_ms: None,
            reason: None,
            scope: None,
            policy_id: None,
        }
    }

    const ROLE: Scope = Scope::new(
        PrincipalScope::AgentsWithRole,
        ActionScope::ThisAction,
        ResourceScope::AnyOfType,
        DurationScope::Always,
    );

    #[test]
    fn role_scope_needs_a_verified_role() {
        let no_role = decision(r#"{"verified":true}"#, None);
        assert!(matches!(generate(&no_role, ROLE, None), Err(GovError::InvalidScope(m)) if m.contains("no `role`")));
        let unverified = decision(r#"{"role":"triager"}"#, None);
        assert!(matches!(generate(&unverified, ROLE, None), Err(GovError::InvalidScope(m)) if m.contains("verified")));
        let not_json = decision("nope", None);
        assert!(matches!(generate(&not_json, ROLE, None), Err(GovError::InvalidScope(_))));
        assert!(generate(&decision(r#"{"role":"triager","verified":true}"#, None), ROLE, None).is_ok());
    }

    #[test]
    fn session_scope_needs_a_session() {
        let s = Scope { duration: DurationScope::Session, ..ROLE };
        let s = Scope { principal: PrincipalScope::ThisAgent, ..s };
        assert!(matches!(generate(&decision("{}", None), s, None), Err(GovError::InvalidScope(_))));
        assert!(matches!(generate(&decision("{}", Some("")), s, None), Err(GovError::InvalidScope(_))));
        assert!(generate(&decision("{}", Some("s")), s, None).is_ok());
    }
}
