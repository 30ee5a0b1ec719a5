//! The `authz` module: default deny, per-tenant Cedar policy sets with our own policy ids, the
//! guardrails no tenant can override, schema-less entities built from JSON, atomic swaps.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value as Json, json};
use std::sync::Arc;
use temper_host::authz::{
    Authorizer, AuthzRequest, AuthzResponse, Decision, EntityRef, admin_policy, http_destination_attrs,
};

fn req(tenant: &str, principal: (&str, &str), action: &str, resource: (&str, &str)) -> AuthzRequest {
    AuthzRequest {
        tenant: tenant.into(),
        principal: EntityRef::new(principal.0, principal.1),
        principal_attrs: json!({}),
        action: action.into(),
        resource: EntityRef::new(resource.0, resource.1),
        resource_attrs: json!({}),
        context: json!({}),
    }
}

fn with_attrs(mut r: AuthzRequest, resource_attrs: Json, context: Json) -> AuthzRequest {
    r.resource_attrs = resource_attrs;
    r.context = context;
    r
}

fn pol(id: &str, text: &str) -> (String, String) {
    (id.into(), text.into())
}

fn decide(authz: &Authorizer, r: &AuthzRequest) -> Decision {
    authz.authorize(r).decision
}

const PERMIT_ALL: &str = "permit(principal, action, resource);";

#[test]
fn empty_tenant_denies_by_default() {
    let authz = Authorizer::new();
    let resp = authz.authorize(&req("t", ("Agent", "bot"), "read", ("Task", "1")));
    assert_eq!(resp, AuthzResponse { decision: Decision::Deny, policies: vec![], errors: vec![] });
    authz.set_policies("t", &[]).unwrap();
    assert_eq!(decide(&authz, &req("t", ("Admin", "root"), "read", ("Task", "1"))), Decision::Deny);
    assert!(authz.policies("t").is_empty());
}

#[test]
fn admin_policy_permits_that_admin_only() {
    let authz = Authorizer::new();
    let admin = admin_policy("root");
    assert_eq!(admin, pol("bootstrap:admin", "permit(principal == Admin::\"root\", action, resource);"));
    authz.set_policies("t", std::slice::from_ref(&admin)).unwrap();
    for action in ["read", "delete", "manage_policies", "manage_tokens", "install_app", "Start"] {
        let resp = authz.authorize(&req("t", ("Admin", "root"), action, ("Task", "1")));
        assert_eq!(resp.decision, Decision::Allow, "{action}");
        assert_eq!(resp.policies, ["bootstrap:admin"]);
    }
    assert_eq!(decide(&authz, &req("t", ("Agent", "x"), "read", ("Task", "1"))), Decision::Deny);
    assert_eq!(decide(&authz, &req("t", ("Admin", "other"), "read", ("Task", "1"))), Decision::Deny);
    assert_eq!(decide(&authz, &req("t", ("Agent", "root"), "read", ("Task", "1"))), Decision::Deny);
    assert_eq!(authz.policies("t"), vec![admin]);
}

#[test]
fn guardrail_forbid_beats_tenant_permit() {
    let authz = Authorizer::new();
    authz.set_policies("t", &[pol("everything", PERMIT_ALL)]).unwrap();
    let allowed = authz.authorize(&req("t", ("Agent", "x"), "read", ("Task", "1")));
    assert_eq!((allowed.decision, allowed.policies), (Decision::Allow, vec!["everything".to_owned()]));
    for action in ["manage_policies", "manage_tokens", "manage_secrets"] {
        let resp = authz.authorize(&req("t", ("Agent", "x"), action, ("PolicySet", "t")));
        assert_eq!(resp.decision, Decision::Deny, "{action}");
        assert_eq!(resp.policies, ["guardrail:admin-only"], "{action}");
    }
    assert_eq!(decide(&authz, &req("t", ("Admin", "a"), "manage_policies", ("PolicySet", "t"))), Decision::Allow);
    // Installing apps is not admin-only: a tenant policy may allow a registry namespace, and
    // without one it is denied by default.
    let registry = ("Registry", "127.0.0.1:5000/temper");
    assert_eq!(decide(&authz, &req("t", ("Agent", "x"), "install_app", registry)), Decision::Allow);
    let narrow = Authorizer::new();
    let allow_ns = r#"permit(principal == Agent::"x", action == Action::"install_app", resource == Registry::"127.0.0.1:5000/temper");"#;
    narrow.set_policies("t", &[pol("registries", allow_ns)]).unwrap();
    assert_eq!(decide(&narrow, &req("t", ("Agent", "x"), "install_app", registry)), Decision::Allow);
    let elsewhere = ("Registry", "ghcr.io/someone");
    assert_eq!(decide(&narrow, &req("t", ("Agent", "x"), "install_app", elsewhere)), Decision::Deny);
    // A tenant cannot shadow a guardrail by taking its id.
    assert!(authz.set_policies("t", &[pol("guardrail:admin-only", PERMIT_ALL)]).is_err());
}

#[test]
fn narrow_generated_policy_matches_only_its_requests() {
    let authz = Authorizer::new();
    let text = r#"permit(principal == Agent::"bot", action == Action::"Start", resource is Task) when { resource.status == "Open" };"#;
    authz.set_policies("t", &[pol("decision:PD-1", text)]).unwrap();
    let open = json!({ "status": "Open", "priority": 3, "score": 0.5, "tags": ["a", null], "meta": { "x": null } });
    let start = |p: &str, action: &str, ty: &str, attrs: Json| {
        decide(&authz, &with_attrs(req("t", ("Agent", p), action, (ty, "t1")), attrs, json!({})))
    };
    assert_eq!(start("bot", "Start", "Task", open.clone()), Decision::Allow);
    assert_eq!(start("bot", "Start", "Task", json!({ "status": "Closed" })), Decision::Deny);
    assert_eq!(start("bot", "Start", "Task", json!({})), Decision::Deny);
    assert_eq!(start("bot2", "Start", "Task", open.clone()), Decision::Deny);
    assert_eq!(start("bot", "Stop", "Task", open.clone()), Decision::Deny);
    assert_eq!(start("bot", "Start", "Order", open.clone()), Decision::Deny);
    // A missing attribute is an evaluation error, reported, and the policy does not apply.
    let resp = authz.authorize(&req("t", ("Agent", "bot"), "Start", ("Task", "t1")));
    assert_eq!(resp.decision, Decision::Deny);
    assert_eq!(resp.errors.len(), 1, "{:?}", resp.errors);
}

#[test]
fn json_attributes_become_cedar_values() {
    let authz = Authorizer::new();
    let text = r#"permit(principal is Agent, action, resource) when {
        principal.role == "ops" && resource.n == 3 && resource.big == "18446744073709551615" &&
        resource.f == "1.5" && resource.tags.contains("b") && resource.meta.owner == "bot" &&
        !(resource has gone) && context.sessionId == "s1"
    };"#;
    authz.set_policies("t", &[pol("p", text)]).unwrap();
    let mut r = with_attrs(
        req("t", ("Agent", "bot"), "read", ("Task", "1")),
        json!({ "n": 3, "big": u64::MAX, "f": 1.5, "tags": ["a", "b"], "meta": { "owner": "bot" }, "gone": null }),
        json!({ "sessionId": "s1" }),
    );
    r.principal_attrs = json!({ "role": "ops" });
    assert_eq!(authz.authorize(&r).decision, Decision::Allow, "{:?}", authz.authorize(&r));
    r.principal_attrs = json!({ "role": "dev" });
    assert_eq!(decide(&authz, &r), Decision::Deny);
    // Bad shapes are a Deny with an error, never a panic.
    r.principal_attrs = json!("ops");
    let resp = authz.authorize(&r);
    assert_eq!((resp.decision, resp.errors.len()), (Decision::Deny, 1));
    r.principal_attrs = Json::Null;
    r.context = json!([1]);
    assert_eq!(authz.authorize(&r).errors.len(), 1);
}

#[test]
fn invalid_cedar_is_refused_and_the_old_set_keeps_deciding() {
    let authz = Authorizer::new();
    authz.set_policies("t", &[pol("good", PERMIT_ALL)]).unwrap();
    let r = req("t", ("Agent", "x"), "read", ("Task", "1"));
    assert_eq!(decide(&authz, &r), Decision::Allow);
    let bad =
        [pol("deny-all", "forbid(principal, action, resource);"), pol("broken", "permit(principal, action resource);")];
    let err = authz.set_policies("t", &bad).unwrap_err();
    assert_eq!(err.policy_id, "broken");
    assert!(err.message.contains("unexpected token"), "Cedar's own message: {}", err.message);
    assert!(err.to_string().contains("broken"));
    assert_eq!(decide(&authz, &r), Decision::Allow, "the old set still decides");
    assert_eq!(authz.policies("t"), vec![pol("good", PERMIT_ALL)]);
    // Duplicates and the reserved prefix are refused too.
    assert_eq!(authz.set_policies("t", &[pol("a", PERMIT_ALL), pol("a", PERMIT_ALL)]).unwrap_err().policy_id, "a");
    assert!(authz.set_policies("t", &[pol("", PERMIT_ALL)]).is_err());
}

#[test]
fn several_policies_in_one_text_get_our_ids() {
    let authz = Authorizer::new();
    let text = "permit(principal, action, resource);\nforbid(principal, action == Action::\"delete\", resource);";
    authz.set_policies("t", &[pol("pack", text)]).unwrap();
    let read = authz.authorize(&req("t", ("Agent", "x"), "read", ("Task", "1")));
    assert_eq!((read.decision, read.policies), (Decision::Allow, vec!["pack".to_owned()]));
    let delete = authz.authorize(&req("t", ("Agent", "x"), "delete", ("Task", "1")));
    assert_eq!((delete.decision, delete.policies), (Decision::Deny, vec!["pack#2".to_owned()]));
}

#[test]
fn tenants_are_isolated() {
    let authz = Authorizer::new();
    authz.set_policies("a", &[pol("all", PERMIT_ALL)]).unwrap();
    assert_eq!(decide(&authz, &req("a", ("Agent", "x"), "read", ("Task", "1"))), Decision::Allow);
    assert_eq!(decide(&authz, &req("b", ("Agent", "x"), "read", ("Task", "1"))), Decision::Deny);
    authz.set_policies("b", &[pol("none", "forbid(principal, action, resource);")]).unwrap();
    assert_eq!(decide(&authz, &req("a", ("Agent", "x"), "read", ("Task", "1"))), Decision::Allow);
    assert!(authz.policies("b") != authz.policies("a"));
}

#[test]
fn ids_and_type_names_cannot_inject_cedar() {
    let authz = Authorizer::new();
    let evil = r#"x", action, resource); permit(principal, action, resource); //"#;
    let (_, text) = admin_policy(evil);
    authz.set_policies("t", &[pol("bootstrap:admin", &text)]).unwrap();
    assert_eq!(authz.policies("t").len(), 1);
    assert_eq!(decide(&authz, &req("t", ("Admin", evil), "read", ("Task", "1"))), Decision::Allow);
    assert_eq!(decide(&authz, &req("t", ("Admin", "x"), "read", ("Task", "1"))), Decision::Deny);
    assert_eq!(decide(&authz, &req("t", ("Agent", "y"), "read", ("Task", "1"))), Decision::Deny);
    let backslash = r#"a\"b\\"#;
    authz.set_policies("t", &[admin_policy(backslash)]).unwrap();
    assert_eq!(decide(&authz, &req("t", ("Admin", backslash), "read", ("Task", "1"))), Decision::Allow);
    assert_eq!(decide(&authz, &req("t", ("Admin", "a\"b"), "read", ("Task", "1"))), Decision::Deny);
    // Request ids are escaped too; type names must be identifiers.
    authz.set_policies("t", &[pol("all", PERMIT_ALL)]).unwrap();
    assert_eq!(decide(&authz, &req("t", ("Agent", evil), "read", ("Task", evil))), Decision::Allow);
    for bad in [r#"Task::"1""#, "Task ", "1Task", "", "Task::", "if", "A-B"] {
        let resp = authz.authorize(&req("t", ("Agent", "x"), "read", (bad, "1")));
        assert_eq!((resp.decision, resp.errors.len()), (Decision::Deny, 1), "{bad:?}");
        assert_eq!(decide(&authz, &req("t", (bad, "x"), "read", ("Task", "1"))), Decision::Deny, "{bad:?}");
    }
    assert_eq!(decide(&authz, &req("t", ("App::Agent", "x"), "read", ("App::Task", "1"))), Decision::Allow);
}

#[test]
fn concurrent_authorize_sees_old_or_new_set() {
    let authz = Arc::new(Authorizer::new());
    let allow = [pol("allow", PERMIT_ALL)];
    let deny = [pol("allow", PERMIT_ALL), pol("deny", "forbid(principal, action, resource);")];
    authz.set_policies("t", &allow).unwrap();
    let readers: Vec<_> = (0..4)
        .map(|i| {
            let authz = Arc::clone(&authz);
            std::thread::spawn(move || {
                for _ in 0..2000 {
                    let resp = authz.authorize(&req("t", ("Agent", &format!("a{i}")), "read", ("Task", "1")));
                    let ok = match resp.decision {
                        Decision::Allow => resp.policies == ["allow"],
                        Decision::Deny => resp.policies == ["deny"],
                    };
                    assert!(ok && resp.errors.is_empty(), "{resp:?}");
                }
            })
        })
        .collect();
    for n in 0..500 {
        authz.set_policies("t", if n % 2 == 0 { &deny[..] } else { &allow[..] }).unwrap();
    }
    for reader in readers {
        reader.join().unwrap();
    }
}

#[test]
fn http_call_to_private_destinations_needs_an_allowlist() {
    let authz = Authorizer::new();
    authz.set_policies("t", &[pol("everything", PERMIT_ALL)]).unwrap();
    let call = |host: &str, attrs: Json, context: Json| {
        authz.authorize(&with_attrs(req("t", ("Agent", "mod"), "http_call", ("HttpDestination", host)), attrs, context))
    };
    let loopback = json!({ "is_loopback": true, "is_link_local": false, "is_private": false });
    let resp = call("127.0.0.1", loopback.clone(), json!({}));
    assert_eq!((resp.decision, resp.policies), (Decision::Deny, vec!["guardrail:http-private-destination".to_owned()]));
    assert_eq!(call("127.0.0.1", loopback.clone(), json!({ "allowlisted": false })).decision, Decision::Deny);
    assert_eq!(call("127.0.0.1", loopback.clone(), json!({ "allowlisted": "true" })).decision, Decision::Deny);
    assert_eq!(call("127.0.0.1", loopback, json!({ "allowlisted": true })).decision, Decision::Allow);
    let metadata = http_destination_attrs(&["169.254.169.254".parse().unwrap()]);
    assert_eq!(call("169.254.169.254", metadata, json!({})).decision, Decision::Deny);
    let public = http_destination_attrs(&["93.184.216.34".parse().unwrap()]);
    assert_eq!(call("example.com", public.clone(), json!({})).decision, Decision::Allow);
    // Fails closed: missing classification, or a resource that is not an HttpDestination.
    assert_eq!(call("example.com", json!({ "is_loopback": false }), json!({})).decision, Decision::Deny);
    let other = with_attrs(req("t", ("Agent", "mod"), "http_call", ("Url", "x")), public, json!({}));
    assert_eq!(decide(&authz, &other), Decision::Deny);
}

#[test]
fn only_a_tenant_permit_naming_the_exact_host_allowlists_it() {
    let authz = Authorizer::new();
    let private = json!({ "is_loopback": false, "is_link_local": false, "is_private": true });
    let call = |host: &str, module: &str| {
        with_attrs(
            req("t1", ("Integration", module), "http_call", ("HttpDestination", host)),
            private.clone(),
            json!({}),
        )
    };
    let naming = r#"permit(principal == Integration::"pay", action == Action::"http_call", resource == HttpDestination::"10.0.0.5");"#;
    authz.set_policies("t1", &[pol("names", naming), pol("broad", PERMIT_ALL)]).unwrap();
    assert!(authz.http_allowlisted(&call("10.0.0.5", "pay")));
    assert!(!authz.http_allowlisted(&call("10.0.0.6", "pay")), "another host");
    assert!(!authz.http_allowlisted(&call("10.0.0.5", "mail")), "the naming policy does not permit this principal");
    let mut other_tenant = call("10.0.0.5", "pay");
    other_tenant.tenant = "t2".into();
    assert!(!authz.http_allowlisted(&other_tenant), "another tenant");
    // The broad permit alone never lifts the guardrail.
    authz.set_policies("t1", &[pol("broad", PERMIT_ALL)]).unwrap();
    assert!(!authz.http_allowlisted(&call("10.0.0.5", "pay")));
    // A forbid naming the host allowlists nothing either.
    let forbid = naming.replacen("permit", "forbid", 1);
    authz.set_policies("t1", &[pol("f", &forbid), pol("broad", PERMIT_ALL)]).unwrap();
    assert!(!authz.http_allowlisted(&call("10.0.0.5", "pay")));
}
