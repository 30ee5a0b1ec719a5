//! The scope matrix: every principal × action × resource × duration scope (72) on the fixed
//! denial, compared with `tests/golden/matrix.cedar`, then evaluated by Cedar against the denied
//! request (must allow) and against 161 variations, each allowed exactly when an independent
//! oracle says the scope covers it.

mod common;

use common::{ATTRS, Req, TestResult, allows, denial, golden, parse_one, pending};
use serde_json::json;
use temper_governance::decision;
use temper_governance::model::{ActionScope, DurationScope, EntityRef, PrincipalScope, ResourceScope, Scope};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Same,
    SameUnverified,
    Peer,
    OtherRole,
    OtherType,
    Unverified,
    VerifiedString,
    NoAttrs,
    OtherPrincipalType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Same,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum On {
    Same,
    OtherId,
    OtherType,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Same,
    Other,
    None,
}

const WHO: &[Who] = &[
    Who::Same,
    Who::SameUnverified,
    Who::Peer,
    Who::OtherRole,
    Who::OtherType,
    Who::Unverified,
    Who::VerifiedString,
    Who::NoAttrs,
    Who::OtherPrincipalType,
];

fn request(who: Who, what: What, on: On, when: When) -> TestResult<Req> {
    let bot2 = EntityRef::new("Agent", "bot-2");
    let (principal, attrs) = match who {
        Who::Same => (EntityRef::new("Agent", "bot-1"), serde_json::from_str(ATTRS)?),
        Who::SameUnverified => {
            (EntityRef::new("Agent", "bot-1"), json!({"agent_type": "worker", "role": "triager", "verified": false}))
        }
        Who::Peer => (bot2, serde_json::from_str(ATTRS)?),
        Who::OtherRole => (bot2, json!({"agent_type": "worker", "role": "reviewer", "verified": true})),
        Who::OtherType => (bot2, json!({"agent_type": "planner", "role": "triager", "verified": true})),
        Who::Unverified => (bot2, json!({"agent_type": "worker", "role": "triager", "verified": false})),
        Who::VerifiedString => (bot2, json!({"agent_type": "worker", "role": "triager", "verified": "true"})),
        Who::NoAttrs => (bot2, json!({})),
        Who::OtherPrincipalType => (EntityRef::new("Admin", "bot-1"), serde_json::from_str(ATTRS)?),
    };
    let action = match what {
        What::Same => "Close",
        What::Other => "Delete",
    };
    let resource = match on {
        On::Same => EntityRef::new("Task", "t-1"),
        On::OtherId => EntityRef::new("Task", "t-2"),
        On::OtherType => EntityRef::new("Project", "t-1"),
    };
    let session = match when {
        When::Same => Some("s-1".to_owned()),
        When::Other => Some("s-2".to_owned()),
        When::None => None,
    };
    Ok(Req { principal, attrs, action: action.to_owned(), resource, session })
}

/// What each scope means, written independently of the generator.
fn oracle(s: Scope, who: Who, what: What, on: On, when: When) -> bool {
    let principal = match s.principal {
        PrincipalScope::ThisAgent => matches!(who, Who::Same | Who::SameUnverified),
        PrincipalScope::AgentsWithRole => matches!(who, Who::Same | Who::Peer | Who::OtherType),
        PrincipalScope::AgentsOfType => matches!(who, Who::Same | Who::Peer | Who::OtherRole),
        PrincipalScope::AnyAgent => who != Who::OtherPrincipalType,
    };
    let action = s.action != ActionScope::ThisAction || what == What::Same;
    let resource = match (s.resource, s.action) {
        (ResourceScope::ThisResource, _) => on == On::Same,
        (ResourceScope::AnyOfType, _) | (ResourceScope::AnyResource, ActionScope::AllActionsOnType) => {
            on != On::OtherType
        }
        (ResourceScope::AnyResource, _) => true,
    };
    let duration = s.duration == DurationScope::Always || when == When::Same;
    principal && action && resource && duration
}

fn all_scopes() -> Vec<Scope> {
    let mut out = Vec::new();
    for p in PrincipalScope::ALL {
        for a in ActionScope::ALL {
            for r in ResourceScope::ALL {
                for d in DurationScope::ALL {
                    out.push(Scope::new(*p, *a, *r, *d));
                }
            }
        }
    }
    out
}

#[test]
fn every_scope_matches_its_golden_policy_and_grants_exactly_its_scope() -> TestResult {
    let d = denial();
    let pd = pending(&d);
    let scopes = all_scopes();
    assert_eq!(scopes.len(), 72);
    let mut text = String::new();
    let (mut allowed, mut refused) = (0usize, 0usize);
    for s in scopes {
        let (decided, policy) = decision::approve(&pd, s, "Admin::\"alice\"", "triage backlog before the release", 42)?;
        assert_eq!(decided.policy_id.as_deref(), Some(policy.id.as_str()));
        text.push_str(&format!("// ==== {s} ====\n{}\n", policy.text));

        let set = parse_one(&policy.text)?;
        assert!(allows(&set, &Req::of(&d)?)?, "{s} must allow the denied request");
        for who in WHO {
            for what in [What::Same, What::Other] {
                for on in [On::Same, On::OtherId, On::OtherType] {
                    for when in [When::Same, When::Other, When::None] {
                        let want = oracle(s, *who, what, on, when);
                        let got = allows(&set, &request(*who, what, on, when)?)?;
                        assert_eq!(got, want, "{s}: {who:?} {what:?} {on:?} {when:?}\n{}", policy.text);
                        if got { allowed += 1 } else { refused += 1 }
                    }
                }
            }
        }
    }
    assert_eq!(allowed + refused, 72 * 9 * 2 * 3 * 3);
    assert!(allowed > 0 && refused > 0);
    let whole: cedar_policy::PolicySet = text.parse().map_err(|e| format!("{e:?}"))?;
    assert_eq!(whole.num_of_policies(), 72, "the golden file is itself one valid policy set");
    golden("matrix.cedar", &text)
}

#[test]
fn preview_and_approval_differ_only_in_comments() -> TestResult {
    let pd = pending(&denial());
    for s in all_scopes() {
        let preview = temper_governance::policy::generate(&pd, s, None)?;
        let (_, approved) = decision::approve(&pd, s, "Admin::\"alice\"", "ok", 7)?;
        let body = |t: &str| t.lines().filter(|l| !l.starts_with("//")).collect::<Vec<_>>().join("\n");
        assert_eq!(body(&preview.text), body(&approved.text), "{s}");
        assert_eq!(preview.id, approved.id);
        assert!(preview.text.contains("// Preview: not approved."));
        assert!(approved.text.contains("// Approved by Admin::\"alice\" at 7 ms."));
    }
    Ok(())
}
