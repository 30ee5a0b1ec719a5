//! Hostile values: ids, actions, sessions, roles and agent types holding quotes, backslashes,
//! newlines, `) ; permit(`, `*` and Unicode still yield exactly one policy that grants only the
//! exact value; hostile comment text cannot leave its comment; invalid entity types are refused.

mod common;

use common::{Req, TestResult, allows, denial, parse_one, pending};
use serde_json::json;
use temper_governance::model::{Decision, Denial, EntityRef, GovError};
use temper_governance::{decision, policy, scopes};

const EVIL: &[&str] = &[
    "t\"1",
    "t\\1",
    "t\\\"",
    "\\",
    "\"",
    "a\nb",
    "a\r\nb",
    "x\") ; permit(principal, action, resource); //",
    "\"; permit(principal, action, resource) when { true }; //",
    "\" || true || \"",
    "*",
    "t-*",
    "é☃🦀",
    "\u{0}",
    "\u{202e}evil\u{2028}line",
    "\\u{41}",
    "",
];

fn preset(name: &str) -> TestResult<temper_governance::model::Scope> {
    scopes::preset(name).ok_or_else(|| format!("no preset {name}").into())
}

/// Generates `preset` for `d`, parses it (one policy), and checks the denied request is allowed
/// and every request in `others` is not.
fn grants_only(d: &Denial, preset_name: &str, others: &[Req]) -> TestResult {
    let pd = pending(d);
    let p = policy::generate(&pd, preset(preset_name)?, None)?;
    let set = parse_one(&p.text)?;
    assert!(allows(&set, &Req::of(d)?)?, "{preset_name} must allow the exact value\n{}", p.text);
    for other in others {
        assert!(!allows(&set, other)?, "{preset_name} must not allow {other:?}\n{}", p.text);
    }
    Ok(())
}

/// Values that must not be granted when `evil` is: near misses of it.
fn near(evil: &str) -> Vec<String> {
    let mut v = vec![format!("{evil}x"), "t-1".to_owned(), "anything".to_owned()];
    if !evil.is_empty() {
        v.push(evil[..evil.len() - evil.chars().last().map_or(0, char::len_utf8)].to_owned());
    }
    v.retain(|n| n != evil);
    v
}

#[test]
fn hostile_resource_ids_grant_only_themselves() -> TestResult {
    for evil in EVIL {
        let d = Denial { resource: EntityRef::new("Task", *evil), ..denial() };
        let others: Vec<Req> = near(evil)
            .into_iter()
            .map(|id| Ok(Req { resource: EntityRef::new("Task", id), ..Req::of(&d)? }))
            .collect::<TestResult<_>>()?;
        grants_only(&d, "narrow", &others)?;
    }
    Ok(())
}

#[test]
fn hostile_principal_ids_grant_only_themselves() -> TestResult {
    for evil in EVIL {
        let d = Denial { principal: EntityRef::new("Agent", *evil), ..denial() };
        let others: Vec<Req> = near(evil)
            .into_iter()
            .map(|id| Ok(Req { principal: EntityRef::new("Agent", id), ..Req::of(&d)? }))
            .collect::<TestResult<_>>()?;
        grants_only(&d, "narrow", &others)?;
        grants_only(&d, "broad", &others)?;
    }
    Ok(())
}

#[test]
fn hostile_actions_grant_only_themselves() -> TestResult {
    for evil in EVIL {
        let d = Denial { action: (*evil).to_owned(), ..denial() };
        let mut others: Vec<Req> =
            near(evil).into_iter().map(|a| Ok(Req { action: a, ..Req::of(&d)? })).collect::<TestResult<_>>()?;
        others.push(Req { action: "Close".into(), ..Req::of(&d)? });
        grants_only(&d, "narrow", &others)?;
        grants_only(&d, "any-agent", &others)?;
    }
    Ok(())
}

#[test]
fn hostile_sessions_grant_only_themselves() -> TestResult {
    for evil in EVIL.iter().filter(|e| !e.is_empty()) {
        let d = Denial { session: Some((*evil).to_owned()), ..denial() };
        let mut others: Vec<Req> =
            near(evil).into_iter().map(|s| Ok(Req { session: Some(s), ..Req::of(&d)? })).collect::<TestResult<_>>()?;
        others.push(Req { session: None, ..Req::of(&d)? });
        grants_only(&d, "session", &others)?;
    }
    Ok(())
}

#[test]
fn hostile_roles_and_agent_types_grant_only_themselves() -> TestResult {
    for evil in EVIL.iter().filter(|e| !e.is_empty()) {
        for (key, preset_name) in [("role", "role"), ("agent_type", "type")] {
            let mut attrs = json!({"agent_type": "worker", "role": "triager", "verified": true});
            attrs[key] = json!(evil);
            let d = Denial { principal_attrs: attrs.to_string(), ..denial() };
            let mut others = Vec::new();
            for n in near(evil) {
                let mut other = attrs.clone();
                other[key] = json!(n);
                others.push(Req { principal: EntityRef::new("Agent", "bot-2"), attrs: other, ..Req::of(&d)? });
            }
            grants_only(&d, preset_name, &others)?;
        }
    }
    Ok(())
}

#[test]
fn hostile_comment_text_stays_in_comments() -> TestResult {
    let clean = pending(&denial());
    let (_, reference) = decision::approve(&clean, preset("medium")?, "Admin::\"alice\"", "ok", 1)?;
    let body = |t: &str| t.lines().filter(|l| !l.starts_with("//")).map(str::to_owned).collect::<Vec<_>>();
    for evil in EVIL {
        let hostile = format!("x\n{evil}\npermit(principal, action, resource);\r\n// y\u{2028}z");
        let d = Denial { request: hostile.clone(), tenant: hostile.clone(), ..denial() };
        let pd = Decision { id: clean.id.clone(), ..pending(&d) };
        let (_, p) = decision::approve(&pd, preset("medium")?, &hostile, &hostile, 1)?;
        parse_one(&p.text)?;
        assert_eq!(body(&p.text), body(&reference.text), "only comments may differ:\n{}", p.text);
        let comments = p.text.lines().take_while(|l| l.starts_with("//")).count();
        assert_eq!(comments, 5, "five comment lines, no more:\n{}", p.text);
        assert!(!p.text.contains('\r') && !p.text.contains('\u{2028}'));
    }
    Ok(())
}

#[test]
fn invalid_entity_types_are_refused() -> TestResult {
    let bad = ["", "Task\"", "Task::", "::Task", "if", "App::in", "Tâche", "Task;permit", "Task ", "Ta sk", "1Task"];
    for b in bad {
        for which in ["principal", "resource"] {
            let mut d = denial();
            if which == "principal" {
                d.principal.entity_type = b.to_owned();
            } else {
                d.resource.entity_type = b.to_owned();
            }
            let pd = pending(&d);
            let err = policy::generate(&pd, preset("narrow")?, None);
            assert!(matches!(&err, Err(GovError::InvalidValue(m)) if m.contains(which)), "{which} type {b:?}: {err:?}");
            assert!(scopes::options(&pd).is_empty(), "no scope applies with {which} type {b:?}");
            let approved = decision::approve(&pd, preset("medium")?, "a", "r", 1);
            assert!(matches!(approved, Err(GovError::InvalidValue(_))), "{which} type {b:?}");
        }
    }
    Ok(())
}

#[test]
fn namespaced_types_are_accepted() -> TestResult {
    let d = Denial {
        principal: EntityRef::new("App::Agent", "bot-1"),
        resource: EntityRef::new("App::Tasks::Task", "t-1"),
        ..denial()
    };
    let others = [Req { resource: EntityRef::new("App::Task", "t-1"), ..Req::of(&d)? }];
    grants_only(&d, "medium", &others)?;
    grants_only(&d, "any-agent", &others)?;
    Ok(())
}
