//! Trajectories on the real binary: every dispatch of a reaction chain is a row sharing the
//! agent request's correlation id, with its origin, principal, from/to status and Cedar's
//! decision; a refused action, an authorization denial and an unknown entity set are rows too
//! (the unmet intents evolution reads), and the filters find them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::Value;
use std::time::{Duration, Instant};

const T: &str = "/chain/odata";

fn rows(h: &Host, query: &str) -> Vec<Value> {
    let r = h.request("GET", &format!("/api/tenants/chain/trajectories?{query}"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["value"].as_array().unwrap().clone()
}

#[test]
fn every_dispatch_of_a_cascade_is_a_row() {
    let dir = fresh_dir("trajectories");
    let h = Host::start_with(&dir, &fixture_apps("chain_app", "chain"));
    assert_eq!(h.request("POST", &format!("{T}/Requests"), &[], Some(r#"{"Id": "r1"}"#)).status, 201);
    let r = h.request("POST", &format!("{T}/Requests('r1')/Temper.Chain.Route"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let route = rows(&h, "entity_id=r1&action=Route");
    assert_eq!(route.len(), 1, "{route:?}");
    let route = &route[0];
    assert_eq!(route["agent"], "Admin::\"admin\"");
    assert_eq!(route["origin"], "request");
    assert_eq!(route["from_status"], "Open");
    assert_eq!(route["to_status"], "Routed");
    assert_eq!(route["ok"], true);
    assert_eq!(route["authz_decision"], "allow");
    assert!(route["policies"].as_array().unwrap().iter().any(|p| p == "builtin:admins"), "{route}");
    let correlation = route["correlation_id"].as_str().unwrap().to_string();

    // The whole cascade: Ticket created + opened, Job created + started, Request closed.
    let deadline = Instant::now() + Duration::from_secs(20);
    let cascade = loop {
        let c = rows(&h, &format!("correlation={correlation}"));
        if c.len() >= 6 || Instant::now() > deadline {
            break c;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let seen: Vec<(String, String, String)> = cascade
        .iter()
        .map(|r| {
            (
                r["entity_type"].as_str().unwrap_or("").to_string(),
                r["action"].as_str().unwrap_or("").to_string(),
                r["origin"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for (ty, action, origin) in [
        ("Request", "Route", "request"),
        ("Ticket", "create", "reaction"),
        ("Ticket", "Open", "reaction"),
        ("Job", "create", "reaction"),
        ("Job", "Start", "reaction"),
        ("Request", "Close", "reaction"),
    ] {
        assert!(
            seen.iter().any(|(t, a, o)| t == ty && a == action && o == origin),
            "missing {ty}.{action} ({origin}) in {seen:?}"
        );
    }
    assert_eq!(cascade.len(), 6, "one row per dispatch: {seen:?}");
    // Reactions run as the invoking principal.
    assert!(cascade.iter().all(|r| r["agent"] == "Admin::\"admin\""), "{cascade:?}");
    let close = cascade.iter().find(|r| r["action"] == "Close").unwrap();
    assert!(close["params"]["job_id"].is_string(), "{close}");
}

#[test]
fn failures_denials_and_unknown_sets_are_rows() {
    let dir = fresh_dir("trajectories-failures");
    let h = Host::start_with(&dir, &fixture_apps("chain_app", "chain"));
    assert_eq!(h.request("POST", &format!("{T}/Requests"), &[], Some(r#"{"Id": "f1"}"#)).status, 201);
    // Close is not allowed in Open: refused by the interpreter.
    let r = h.request("POST", &format!("{T}/Requests('f1')/Temper.Chain.Close"), &[], Some(r#"{"job_id": "j"}"#));
    assert_eq!(r.status, 409, "{}", r.body);
    // An agent nobody permitted: denied, with a pending decision.
    let (token, _) = h.agent("bot-7", "worker", "triager");
    let auth = format!("Bearer {token}");
    let r = request(
        &h.addr,
        "POST",
        &format!("{T}/Requests('f1')/Temper.Chain.Route"),
        &[("Authorization", &auth)],
        Some("{}"),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    // An entity set the tenant does not have: an unmet intent.
    let r = h.request("GET", &format!("{T}/Invoices"), &[], None);
    assert_eq!(r.status, 404, "{}", r.body);

    let failed = rows(&h, "failed=true");
    assert_eq!(failed.len(), 3, "{failed:?}");
    let refused = failed.iter().find(|r| r["action"] == "Close").unwrap();
    assert_eq!(refused["http_status"], 409);
    assert!(refused["error"].as_str().unwrap().contains("not allowed"), "{refused}");
    assert_eq!(refused["params"]["job_id"], "j", "{refused}");
    let denied = rows(&h, "agent=Agent::%22bot-7%22");
    assert_eq!(denied.len(), 1, "{denied:?}");
    assert_eq!(denied[0]["authz_decision"], "deny");
    assert_eq!(denied[0]["http_status"], 403);
    assert!(denied[0]["decision_id"].as_str().unwrap().starts_with("PD-"), "{}", denied[0]);
    let unmet = failed.iter().find(|r| r["error_code"] == "EntitySetNotFound").unwrap();
    assert_eq!(unmet["entity_type"], "Invoices");
    // Successful reads are not dispatches.
    let all = rows(&h, "");
    assert!(all.iter().all(|r| r["action"] != Value::Null || r["error_code"] == "EntitySetNotFound"), "{all:?}");
}
