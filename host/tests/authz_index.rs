//! The scope index is invisible: for random policy sets (permits and forbids, every scope
//! form, conditions on attributes, session and role) and random requests, the authorizer's
//! decision equals Cedar's over the whole set, and a permit it names really is satisfied.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use cedar_policy::{Entities, Entity, EntityUid, PolicySet, Request, RestrictedExpression};
use proptest::prelude::*;
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use temper_host::authz::{Authorizer, AuthzRequest, Decision, EntityRef};

const AGENTS: &[&str] = &["a", "b", "c"];
const ACTIONS: &[&str] = &["read", "list", "Close", "Open"];
const TYPES: &[&str] = &["Task", "Order"];
const IDS: &[&str] = &["1", "2", ""];

fn principal_clause() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("principal".to_string()),
        prop::sample::select(AGENTS).prop_map(|a| format!("principal == Agent::\"{a}\"")),
        prop::sample::select(AGENTS).prop_map(|a| format!("principal in Agent::\"{a}\"")),
        Just("principal is Agent".to_string()),
        Just("principal is Admin".to_string()),
        prop::sample::select(AGENTS).prop_map(|a| format!("principal is Agent in Agent::\"{a}\"")),
    ]
}

fn action_clause() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("action".to_string()),
        prop::sample::select(ACTIONS).prop_map(|a| format!("action == Action::\"{a}\"")),
        prop::sample::subsequence(ACTIONS.to_vec(), 1..3).prop_map(|v| {
            let list: Vec<String> = v.iter().map(|a| format!("Action::\"{a}\"")).collect();
            format!("action in [{}]", list.join(", "))
        }),
    ]
}

fn resource_clause() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("resource".to_string()),
        (prop::sample::select(TYPES), prop::sample::select(IDS)).prop_map(|(t, i)| format!("resource == {t}::\"{i}\"")),
        prop::sample::select(TYPES).prop_map(|t| format!("resource is {t}")),
        (prop::sample::select(TYPES), prop::sample::select(IDS)).prop_map(|(t, i)| format!("resource in {t}::\"{i}\"")),
    ]
}

fn condition() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" when { principal has role && principal.role == \"triager\" }".to_string()),
        Just(" when { context has session && context.session == \"s-1\" }".to_string()),
        Just(" when { resource has status && resource.status == \"Open\" }".to_string()),
        Just(" unless { resource has secret && resource.secret }".to_string()),
        // Errors when the attribute is missing: the policy then does not apply.
        Just(" when { resource.status == \"Done\" }".to_string()),
    ]
}

fn policy() -> impl Strategy<Value = String> {
    (prop::bool::weighted(0.25), principal_clause(), action_clause(), resource_clause(), condition())
        .prop_map(|(forbid, p, a, r, c)| format!("{}({p}, {a}, {r}){c};", if forbid { "forbid" } else { "permit" }))
}

fn request() -> impl Strategy<Value = AuthzRequest> {
    (
        prop::sample::select(vec![("Agent", "a"), ("Agent", "b"), ("Agent", "z"), ("Admin", "a")]),
        prop::option::of(Just("triager")),
        prop::sample::select(ACTIONS),
        prop::sample::select(TYPES),
        prop::sample::select(IDS),
        prop::sample::select(vec![json!({}), json!({"status": "Open"}), json!({"status": "Done", "secret": true})]),
        prop::option::of(prop::sample::select(vec!["s-1", "s-2"])),
    )
        .prop_map(|((pt, pid), role, action, rt, rid, attrs, session)| AuthzRequest {
            tenant: "t".into(),
            principal: EntityRef::new(pt, pid),
            principal_attrs: match role {
                Some(r) => json!({"role": r}),
                None => json!({}),
            },
            action: action.into(),
            resource: EntityRef::new(rt, rid),
            resource_attrs: attrs,
            context: match session {
                Some(s) => json!({"session": s}),
                None => json!({}),
            },
        })
}

/// Cedar over the whole set, entities built independently of the authorizer.
fn reference(texts: &[String], r: &AuthzRequest) -> Decision {
    let set = PolicySet::from_str(&format!("{}\n{}", temper_host::authz::GUARDRAILS_SRC, texts.join("\n"))).unwrap();
    let uid = |t: &str, i: &str| EntityUid::from_str(&format!("{t}::\"{i}\"")).unwrap();
    let attrs = |v: &serde_json::Value| -> HashMap<String, RestrictedExpression> {
        v.as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| {
                let e = match v {
                    serde_json::Value::Bool(b) => RestrictedExpression::new_bool(*b),
                    other => RestrictedExpression::new_string(other.as_str().unwrap().to_string()),
                };
                (k.clone(), e)
            })
            .collect()
    };
    let p = uid(&r.principal.entity_type, &r.principal.id);
    let res = uid(&r.resource.entity_type, &r.resource.id);
    let entities = if p == res {
        let mut a = attrs(&r.resource_attrs);
        a.extend(attrs(&r.principal_attrs));
        vec![Entity::new(p.clone(), a, HashSet::new()).unwrap()]
    } else {
        vec![
            Entity::new(p.clone(), attrs(&r.principal_attrs), HashSet::new()).unwrap(),
            Entity::new(res.clone(), attrs(&r.resource_attrs), HashSet::new()).unwrap(),
        ]
    };
    let ctx = cedar_policy::Context::from_pairs(attrs(&r.context)).unwrap();
    let req = Request::new(p, uid("Action", &r.action), res, ctx, None).unwrap();
    let resp =
        cedar_policy::Authorizer::new().is_authorized(&req, &set, &Entities::from_entities(entities, None).unwrap());
    match resp.decision() {
        cedar_policy::Decision::Allow => Decision::Allow,
        cedar_policy::Decision::Deny => Decision::Deny,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn indexed_decisions_equal_cedar_over_the_whole_set(
        texts in prop::collection::vec(policy(), 0..40),
        reqs in prop::collection::vec(request(), 1..20),
    ) {
        let authz = Authorizer::new();
        let named: Vec<(String, String)> = texts.iter().enumerate().map(|(i, t)| (format!("p{i}"), t.clone())).collect();
        authz.set_policies("t", &named).unwrap();
        for r in &reqs {
            let got = authz.authorize(r);
            prop_assert_eq!(got.decision, reference(&texts, r), "request {:?}\npolicies {:#?}", r, texts);
            // A named permit really is satisfied on its own; a named forbid really applies.
            for id in &got.policies {
                if let Some(i) = id.strip_prefix('p').and_then(|n| n.parse::<usize>().ok()) {
                    let alone = Authorizer::new();
                    alone.set_policies("t", &[(id.clone(), texts[i].replace("forbid(", "permit("))]).unwrap();
                    prop_assert_eq!(alone.authorize(r).decision, Decision::Allow, "{} does not hold for {:?}", texts[i], r);
                }
            }
        }
    }
}
