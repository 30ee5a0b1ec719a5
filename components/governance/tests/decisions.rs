//! Decision rules: the dedup key, opening and counting into a pending decision, approve and deny
//! (pending only), the scope options offered, and the remedy an agent is shown.

mod common;

use common::{Req, TIME, TestResult, allows, denial, golden, parse_one, pending};
use serde_json::Value as Json;
use temper_governance::model::{Decision, Denial, EntityRef, GovError, Status};
use temper_governance::{decision, remedy, scopes};

fn preset(name: &str) -> TestResult<temper_governance::model::Scope> {
    scopes::preset(name).ok_or_else(|| format!("no preset {name}").into())
}

#[test]
fn dedup_key_covers_exactly_tenant_principal_action_resource() {
    let d = denial();
    let key = decision::dedup_key(&d);
    assert_eq!(key.len(), 64);
    assert!(key.chars().all(|c| c.is_ascii_hexdigit()));
    let same = Denial {
        session: None,
        request: "GET /other".into(),
        request_id: "req-2".into(),
        time_ms: 5,
        principal_attrs: "{}".into(),
        ..denial()
    };
    assert_eq!(decision::dedup_key(&same), key, "session, request, id, time and attrs are not in the key");
    let changed = [
        Denial { tenant: "acme2".into(), ..denial() },
        Denial { principal: EntityRef::new("Admin", "bot-1"), ..denial() },
        Denial { principal: EntityRef::new("Agent", "bot-2"), ..denial() },
        Denial { action: "Delete".into(), ..denial() },
        Denial { resource: EntityRef::new("Project", "t-1"), ..denial() },
        Denial { resource: EntityRef::new("Task", "t-2"), ..denial() },
        Denial { resource: EntityRef::new("Task", ""), ..denial() },
    ];
    for c in &changed {
        assert_ne!(decision::dedup_key(c), key, "{c:?}");
    }
}

#[test]
fn dedup_key_parts_cannot_collide_by_concatenation() {
    let base = denial();
    let pairs = [
        (
            Denial { principal: EntityRef::new("Agent", "x"), ..base.clone() },
            Denial { principal: EntityRef::new("Agen", "tx"), ..base.clone() },
        ),
        (
            Denial { tenant: "a".into(), principal: EntityRef::new("BAgent", "1"), ..base.clone() },
            Denial { tenant: "aB".into(), principal: EntityRef::new("Agent", "1"), ..base.clone() },
        ),
        (
            Denial { action: "Close".into(), resource: EntityRef::new("Task", "t"), ..base.clone() },
            Denial { action: "CloseTask".into(), resource: EntityRef::new("", "t"), ..base.clone() },
        ),
        (
            Denial { resource: EntityRef::new("Task", "\u{0}"), ..base.clone() },
            Denial { resource: EntityRef::new("Task\u{0}", ""), ..base.clone() },
        ),
    ];
    for (a, b) in &pairs {
        assert_ne!(decision::dedup_key(a), decision::dedup_key(b), "{a:?} vs {b:?}");
    }
}

#[test]
fn open_starts_a_fresh_pending_decision() {
    let d = denial();
    let pd = decision::open(&d, None);
    assert!(pd.id.starts_with("PD-") && pd.id.len() == 19, "{}", pd.id);
    assert!(pd.id[3..].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    assert_eq!(pd.id, decision::open(&d, None).id, "deterministic");
    assert_ne!(pd.id, decision::open(&Denial { request_id: "req-2".into(), ..denial() }, None).id);
    assert_eq!((pd.status, pd.denials, pd.created_ms, pd.last_denied_ms), (Status::Pending, 1, TIME, TIME));
    assert_eq!(
        (pd.principal.clone(), pd.resource.clone(), pd.session.as_deref()),
        (d.principal, d.resource, Some("s-1"))
    );
    assert!(pd.decided_by.is_none() && pd.decided_ms.is_none() && pd.reason.is_none());
    assert!(pd.scope.is_none() && pd.policy_id.is_none());
}

#[test]
fn open_counts_into_the_pending_decision_with_the_same_key() -> TestResult {
    let first = pending(&denial());
    let again = Denial { request_id: "req-2".into(), time_ms: TIME + 10, session: None, ..denial() };
    let counted = decision::open(&again, Some(first.clone()));
    assert_eq!(counted.id, first.id);
    assert_eq!((counted.denials, counted.created_ms, counted.last_denied_ms), (2, TIME, TIME + 10));
    assert_eq!(counted.session.as_deref(), Some("s-1"), "the first denial's details stay");
    let late = decision::open(&Denial { time_ms: TIME - 5, ..denial() }, Some(counted.clone()));
    assert_eq!((late.denials, late.last_denied_ms), (3, TIME + 10), "last-denied-ms never goes back");

    let other_key = Denial { action: "Delete".into(), ..again.clone() };
    let fresh = decision::open(&other_key, Some(first.clone()));
    assert_ne!(fresh.id, first.id);
    assert_eq!((fresh.denials, fresh.action.as_str()), (1, "Delete"));

    for decided in [
        decision::approve(&first, preset("narrow")?, "Admin::\"alice\"", "ok", 1)?.0,
        decision::deny(&first, "Admin::\"alice\"", "no", 1)?,
    ] {
        let reopened = decision::open(&again, Some(decided));
        assert_ne!(reopened.id, first.id);
        assert_eq!((reopened.status, reopened.denials), (Status::Pending, 1));
    }
    Ok(())
}

#[test]
fn approve_and_deny_only_from_pending() -> TestResult {
    let pd = pending(&denial());
    let (approved, policy) = decision::approve(&pd, preset("medium")?, "Admin::\"alice\"", "looks fine", TIME + 1)?;
    assert_eq!(approved.status, Status::Approved);
    assert_eq!(approved.decided_by.as_deref(), Some("Admin::\"alice\""));
    assert_eq!((approved.decided_ms, approved.reason.as_deref()), (Some(TIME + 1), Some("looks fine")));
    assert_eq!(approved.scope, Some(preset("medium")?));
    assert_eq!(policy.id, format!("decision:{}", pd.id));
    assert_eq!(approved.policy_id.as_deref(), Some(policy.id.as_str()));
    assert_eq!(Decision { status: Status::Pending, ..approved.clone() }.id, pd.id);
    assert!(policy.text.contains("// Reason: looks fine\n"));

    let denied = decision::deny(&pd, "Admin::\"bob\"", "  ", TIME + 2)?;
    assert_eq!((denied.status, denied.reason.as_deref(), denied.decided_ms), (Status::Denied, None, Some(TIME + 2)));
    assert!(denied.scope.is_none() && denied.policy_id.is_none());

    for (done, status) in [(&approved, Status::Approved), (&denied, Status::Denied)] {
        assert_eq!(decision::approve(done, preset("narrow")?, "x", "y", 1), Err(GovError::AlreadyDecided(status)));
        assert_eq!(decision::deny(done, "x", "y", 1), Err(GovError::AlreadyDecided(status)));
    }
    Ok(())
}

#[test]
fn approve_refuses_scopes_that_do_not_apply() -> TestResult {
    let plain = Denial { session: None, principal_attrs: "{}".into(), ..denial() };
    let pd = pending(&plain);
    for name in ["role", "type", "session"] {
        let err = decision::approve(&pd, preset(name)?, "a", "r", 1);
        assert!(matches!(err, Err(GovError::InvalidScope(_))), "{name}: {err:?}");
    }
    let names: Vec<String> = scopes::options(&pd).into_iter().map(|o| o.name).collect();
    assert_eq!(names, ["narrow", "medium", "broad", "any-agent"]);
    let unverified = Denial { principal_attrs: r#"{"role":"triager","agent_type":"worker"}"#.into(), ..denial() };
    let names: Vec<String> = scopes::options(&pending(&unverified)).into_iter().map(|o| o.name).collect();
    assert_eq!(names, ["narrow", "medium", "broad", "any-agent", "session"]);
    Ok(())
}

#[test]
fn options_are_the_presets_with_their_previews() -> TestResult {
    let pd = pending(&denial());
    let options = scopes::options(&pd);
    let names: Vec<&str> = options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["narrow", "medium", "broad", "role", "type", "any-agent", "session"]);
    for o in &options {
        assert_eq!(o.scope, preset(&o.name)?);
        assert_eq!(o.policy, temper_governance::policy::generate(&pd, o.scope, None)?);
        assert!(!o.summary.contains('\n'));
    }
    assert_eq!(options[1].summary, "Agent::\"bot-1\" may Close any Task, always");
    Ok(())
}

#[test]
fn a_collection_denial_still_offers_narrow() -> TestResult {
    let d = Denial { action: "create".into(), resource: EntityRef::new("Task", ""), ..denial() };
    let pd = pending(&d);
    let narrow = scopes::options(&pd).into_iter().find(|o| o.name == "narrow").ok_or("no narrow")?;
    assert!(narrow.policy.text.contains("resource == Task::\"\""), "{}", narrow.policy.text);
    let set = parse_one(&narrow.policy.text)?;
    assert!(allows(&set, &Req::of(&d)?)?);
    assert!(!allows(&set, &Req { resource: EntityRef::new("Task", "t-1"), ..Req::of(&d)? })?);
    Ok(())
}

#[test]
fn remedy_tells_the_agent_how_to_wait() -> TestResult {
    let pd = pending(&denial());
    let text = remedy::remedy(&pd, "https://temper.example/");
    let v: Json = serde_json::from_str(&text)?;
    let poll = format!("https://temper.example/api/tenants/acme/decisions/{}", pd.id);
    assert_eq!(v["decision"], pd.id.as_str());
    assert_eq!(v["status"], "pending");
    assert_eq!(v["denied"]["principal"], "Agent::\"bot-1\"");
    assert_eq!(v["denied"]["resource"], "Task::\"t-1\"");
    assert_eq!(v["wait"]["poll"], poll.as_str());
    assert_eq!(v["wait"]["long_poll"], format!("{poll}?wait=60").as_str());
    assert_eq!(v["scopes"].as_array().map(Vec::len), Some(7));
    assert_eq!(v["scopes"][0]["scope"]["resource"], "this-resource");
    golden("remedy.json", &format!("{}\n", serde_json::to_string_pretty(&v)?))?;

    let odd = Denial { tenant: "a b/c".into(), ..denial() };
    let v: Json = serde_json::from_str(&remedy::remedy(&pending(&odd), "http://h"))?;
    assert!(v["wait"]["poll"].as_str().is_some_and(|p| p.starts_with("http://h/api/tenants/a%20b%2Fc/decisions/")));

    let denied = decision::deny(&pd, "Admin::\"alice\"", "not this week", TIME)?;
    let v: Json = serde_json::from_str(&remedy::remedy(&denied, "http://h"))?;
    assert_eq!(v["status"], "denied");
    assert_eq!(v["scopes"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["decided"]["reason"], "not this week");
    assert!(v["retry"].as_str().is_some_and(|r| r.contains("do not retry")));
    Ok(())
}
