//! `parse-scope`: presets, `key=value` pairs and JSON (unspecified keys default to `medium`),
//! `-`/`_` and case in values, a round trip of every scope, and helpful `malformed-scope` errors.

mod common;

use common::TestResult;
use temper_governance::model::{ActionScope as A, DurationScope as D, GovError, PrincipalScope as P};
use temper_governance::model::{ResourceScope as R, Scope};
use temper_governance::parse::parse_scope;
use temper_governance::scopes::{DEFAULT, PRESETS};

#[test]
fn every_preset_parses_in_every_spelling() -> TestResult {
    assert_eq!(PRESETS.len(), 7);
    for (name, scope) in PRESETS {
        assert_eq!(parse_scope(name)?, *scope, "{name}");
        assert_eq!(parse_scope(&name.replace('-', "_"))?, *scope, "{name}");
        assert_eq!(parse_scope(&format!("  {}\n", name.to_uppercase()))?, *scope, "{name}");
    }
    assert_eq!(parse_scope("narrow")?, Scope::new(P::ThisAgent, A::ThisAction, R::ThisResource, D::Always));
    assert_eq!(parse_scope("broad")?, Scope::new(P::ThisAgent, A::AllActionsOnType, R::AnyOfType, D::Always));
    assert_eq!(parse_scope("session")?, Scope::new(P::ThisAgent, A::ThisAction, R::AnyOfType, D::Session));
    Ok(())
}

#[test]
fn pairs_with_defaults_from_medium() -> TestResult {
    let full = "principal=agents-with-role,action=all-actions,resource=any-resource,duration=session";
    assert_eq!(parse_scope(full)?, Scope::new(P::AgentsWithRole, A::AllActions, R::AnyResource, D::Session));
    let spaced = " principal = agents_of_type , ACTION=All_Actions_On_Type,resource=this_resource ";
    assert_eq!(parse_scope(spaced)?, Scope::new(P::AgentsOfType, A::AllActionsOnType, R::ThisResource, D::Always));
    assert_eq!(parse_scope("resource=this-resource")?, parse_scope("narrow")?);
    assert_eq!(parse_scope("duration=session")?, parse_scope("session")?);
    assert_eq!(parse_scope("principal=any_agent")?, parse_scope("any-agent")?);
    assert_eq!(parse_scope("action=this-action,")?, DEFAULT);
    Ok(())
}

#[test]
fn json_objects_with_defaults_from_medium() -> TestResult {
    let full = r#"{"principal":"any-agent","action":"all_actions","resource":"any-of-type","duration":"always"}"#;
    assert_eq!(parse_scope(full)?, Scope::new(P::AnyAgent, A::AllActions, R::AnyOfType, D::Always));
    assert_eq!(parse_scope(r#" {"resource": "this_resource"} "#)?, parse_scope("narrow")?);
    assert_eq!(parse_scope("{}")?, DEFAULT);
    Ok(())
}

#[test]
fn every_scope_round_trips_through_its_text() -> TestResult {
    for p in P::ALL {
        for a in A::ALL {
            for r in R::ALL {
                for d in D::ALL {
                    let s = Scope::new(*p, *a, *r, *d);
                    assert_eq!(parse_scope(&s.to_string())?, s);
                    let json = serde_json::to_string(&temper_governance::remedy::scope_json(s))?;
                    assert_eq!(parse_scope(&json)?, s);
                }
            }
        }
    }
    Ok(())
}

fn malformed(text: &str) -> TestResult<String> {
    match parse_scope(text) {
        Err(GovError::MalformedScope(m)) => Ok(m),
        other => Err(format!("{text:?} should be malformed, got {other:?}").into()),
    }
}

#[test]
fn malformed_scopes_say_what_is_accepted() -> TestResult {
    let every_form = |m: &str| {
        ["narrow, medium, broad, role, type, any-agent, session", "key=value", "JSON object", "default"]
            .iter()
            .all(|part| m.contains(part))
    };
    for bad in ["", "  ", "wide", "this-agent", "principal", "narrow,medium"] {
        let m = malformed(bad)?;
        assert!(every_form(&m), "{bad:?}: {m}");
    }
    let m = malformed("principal=everyone")?;
    assert!(m.contains("`everyone`") && m.contains("this-agent, agents-with-role, agents-of-type, any-agent"), "{m}");
    let m = malformed("action=close")?;
    assert!(m.contains("this-action, all-actions-on-type, all-actions"), "{m}");
    let m = malformed("resource=mine")?;
    assert!(m.contains("this-resource, any-of-type, any-resource"), "{m}");
    let m = malformed("duration=forever")?;
    assert!(m.contains("session, always") && every_form(&m), "{m}");
    let m = malformed("who=this-agent")?;
    assert!(m.contains("unknown key `who`") && m.contains("principal, action, resource, duration"), "{m}");
    assert!(malformed("principal=this-agent,principal=any-agent")?.contains("twice"));
    assert!(malformed("principal=this-agent,action")?.contains("`action` is not a `key=value` pair"));
    assert!(malformed("[1]")?.contains("the JSON is not an object"));
    assert!(malformed("{\"principal\": 1}")?.contains("must be a string"));
    assert!(malformed("{\"principal\": \"this-agent\"")?.contains("does not parse"));
    assert!(malformed("{\"scope\": \"narrow\"}")?.contains("unknown key `scope`"));
    assert!(malformed("{\"duration\": \"sometimes\"}")?.contains("session, always"));
    Ok(())
}
