//! The bundled set decides as the host's would: admins act (built-in), agents only look
//! (the portable tenant policy), guardrails win, malformed requests are denials with a reason.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests

use super::*;
use exports::temper::host::authz::EntityRef;

fn req(ptype: &str, pid: &str, action: &str, rtype: &str) -> AuthzRequest {
    AuthzRequest {
        tenant: "tasks".into(),
        principal: EntityRef { entity_type: ptype.into(), id: pid.into() },
        action: action.into(),
        resource: EntityRef { entity_type: rtype.into(), id: "t-1".into() },
        resource_attrs: r#"{"status":"Backlog","estimate_points":3,"labels":["a"],"ratio":0.5,"gone":null}"#.into(),
        context: r#"{"request_id":"r-1"}"#.into(),
    }
}

#[test]
fn the_bundled_set_parses_with_host_ids() {
    let set = policies::set().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<String> = set.policies().map(|p| p.id().to_string()).collect();
    for id in ["guardrail:admin-only", "builtin:admins", "builtin:kernel", "portable:tenant"] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
}

#[test]
fn admins_act_agents_look_everyone_else_is_denied() {
    let admin = decide(&req("Admin", "ada", "Start", "Task"));
    assert_eq!((admin.decision, admin.policies), (Decision::Allow, vec!["builtin:admins".to_string()]));
    let look = decide(&req("Agent", "bot-1", "list", "Task"));
    assert_eq!((look.decision, look.policies), (Decision::Allow, vec!["portable:tenant".to_string()]));
    let create = decide(&req("Agent", "bot-1", "create", "Task"));
    assert_eq!((create.decision, create.policies.len(), create.errors.len()), (Decision::Deny, 0, 0));
    assert_eq!(decide(&req("Human", "h", "read", "Task")).decision, Decision::Deny);
    let guarded = decide(&req("Agent", "bot-1", "manage_policies", "Tenant"));
    assert_eq!(guarded.decision, Decision::Deny);
}

#[test]
fn malformed_requests_are_denials_with_a_reason() {
    let mut bad_type = req("Admin", "ada", "read", "Task");
    bad_type.principal.entity_type = "Admin\" || true".into();
    let mut bad_attrs = req("Admin", "ada", "read", "Task");
    bad_attrs.resource_attrs = "[1]".into();
    let mut no_action = req("Admin", "ada", "", "Task");
    no_action.context = "{}".into();
    for (r, want) in [(bad_type, "principal"), (bad_attrs, "resource_attrs"), (no_action, "action")] {
        let answer = decide(&r);
        assert_eq!(answer.decision, Decision::Deny);
        assert!(answer.errors.iter().any(|e| e.contains(want)), "{want}: {:?}", answer.errors);
    }
    let ids = r#"Admin::"x" "#;
    let mut injected = req("Admin", ids, "read", "Task");
    injected.principal.id = r#"x"); permit(principal,action,resource"#.into();
    assert_eq!(decide(&injected).decision, Decision::Allow, "an id is data: still an Admin");
    assert_eq!(decide(&req("Agent", ids, "create", "Task")).decision, Decision::Deny);
}
