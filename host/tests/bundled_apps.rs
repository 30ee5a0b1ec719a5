//! The bundled apps, published by the test to a real registry (Debian's `docker-registry` on
//! 127.0.0.1) and installed from it into a server whose apps dir is empty: tasks and
//! notifications share a tenant, and a task's transition becomes a Notification (the
//! notifications app's subscription) that the `deliver` module posts to a webhook; knowledge
//! comes with its seed entries, indexed by its `indexer` module.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::registry::Registry;
use common::service::service;
use common::{Host, fresh_dir, repo};
use serde_json::Value as Json;
use std::process::Command;
use std::time::{Duration, Instant};

fn publish(app: &str, reference: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["app", "publish"])
        .arg(repo().join("apps").join(app))
        .arg(reference)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "publishing {app}: {text}{}", String::from_utf8_lossy(&out.stderr));
    text.lines().find(|l| l.trim_start().starts_with("manifest")).unwrap().split_whitespace().last().unwrap().into()
}

fn install(h: &Host, tenant: &str, reference: &str) -> Json {
    let path = format!("/api/tenants/{tenant}/apps?reference={}", reference.replace(':', "%3A"));
    let r = h.request("POST", &path, &[], None);
    assert_eq!(r.status, 200, "installing {reference} into {tenant}: {}", r.body);
    r.json()["result"].clone()
}

fn until(what: &str, mut f: impl FnMut() -> Option<Json>) -> Json {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn bundled_apps_from_a_registry_work_together() {
    let reg = Registry::start();
    let mut refs = std::collections::BTreeMap::new();
    for app in ["approvals", "knowledge", "notifications", "orders", "tasks"] {
        let reference = format!("{}/temper/{app}:0.1.0", reg.addr());
        publish(app, &reference);
        refs.insert(app, reference);
    }
    let (data, empty) = (fresh_dir("bundled-data"), fresh_dir("bundled-empty"));
    let h = Host::start_with(&data, &empty);

    // Tasks and notifications in one tenant: one data model, both apps' entity sets.
    let tasks = install(&h, "team", &refs["tasks"]);
    assert_eq!(tasks["installed"]["seeds"]["created"], 2, "{tasks}");
    let notes = install(&h, "team", &refs["notifications"]);
    assert_eq!(notes["installed"]["entity_sets"], serde_json::json!(["Notifications"]), "{notes}");
    let apps = h.request("GET", "/api/tenants/team/apps", &[], None).json();
    let names: Vec<&str> = apps["apps"].as_array().unwrap().iter().map(|a| a["app"].as_str().unwrap()).collect();
    assert_eq!(names, ["notifications", "tasks"]);
    let policies = h.request("GET", "/api/tenants/team/policies", &[], None).body;
    assert!(policies.contains("app:notifications:notifications"), "the app's policy came with it: {policies}");

    // The operator points the webhook at a local receiver.
    let (port, seen) = service();
    let url = format!(r#"{{"value": "http://127.0.0.1:{port}/hook"}}"#);
    assert!(h.request("PUT", "/api/tenants/team/secrets/notifications_webhook_url", &[], Some(&url)).status < 300);
    let permit = r#"permit(principal == Integration::"deliver", action == Action::"http_call", resource == HttpDestination::"127.0.0.1");"#;
    let body = serde_json::json!({"id": "hook", "text": permit}).to_string();
    assert!(h.request("POST", "/api/tenants/team/policies", &[], Some(&body)).status < 300);

    // A task moves; the notifications app hears it.
    let t = "/team/odata/Tasks";
    assert_eq!(h.request("POST", t, &[], Some(r#"{"Id": "t9", "title": "Ship it"}"#)).status, 201);
    let r = h.request("POST", &format!("{t}('t9')/Temper.Tasks.Estimate"), &[], Some(r#"{"points": 3}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    let r = h.request("POST", &format!("{t}('t9')/Temper.Tasks.Plan"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let filter = "/team/odata/Notifications?$filter=source_id%20eq%20't9'%20and%20source_action%20eq%20'Plan'";
    let n = until("the Plan notification to be delivered", || {
        let v = h.request("GET", filter, &[], None).json();
        v["value"].as_array().and_then(|l| l.first()).filter(|n| n["status"] == "Delivered").cloned()
    });
    assert_eq!((n["source_type"].as_str(), n["source_state"].as_str()), (Some("Task"), Some("Todo")), "{n}");
    {
        let seen = seen.lock().unwrap();
        let hook: Vec<&String> = seen.iter().filter(|(p, _, _)| p == "/hook").map(|(_, _, b)| b).collect();
        assert!(
            hook.iter().any(|b| b.contains("\"source_id\":\"t9\"") && b.contains("\"source_action\":\"Plan\"")),
            "{hook:?}"
        );
    }
    // Its own transitions never notify about themselves.
    let own = h.request("GET", "/team/odata/Notifications?$filter=source_type%20eq%20'Notification'", &[], None);
    assert_eq!(own.json()["value"].as_array().unwrap().len(), 0, "{}", own.body);

    // After a restart (the apps dir still empty) the catalog brings both apps back, the
    // subscription included.
    h.stop();
    let h = Host::start_with(&data, &empty);
    let r = h.request("POST", &format!("{t}('t9')/Temper.Tasks.Prioritize"), &[], Some(r#"{"priority": "high"}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    let started = "/team/odata/Notifications?$filter=source_id%20eq%20't9'%20and%20source_action%20eq%20'Prioritize'";
    until("the Prioritize notification after the restart", || {
        let v = h.request("GET", started, &[], None).json();
        v["value"].as_array().and_then(|l| l.first()).filter(|n| n["status"] == "Delivered").cloned()
    });

    // Knowledge in a tenant of its own, with its seed entries; its indexer module runs.
    let k = install(&h, "kb", &refs["knowledge"]);
    assert_eq!(k["installed"]["modules"], serde_json::json!(["indexer"]), "{k}");
    assert_eq!(k["installed"]["seeds"]["created"], 3, "{k}");
    let r = h.request(
        "POST",
        "/kb/odata/KnowledgeEntries('k-1')/Temper.Knowledge.Index?await_integration=true",
        &[],
        Some("{}"),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["status"], "Indexed", "{}", r.body);
}
